#include "text.h"

namespace caredesk {

std::optional<QString> textFieldProblem(const QString &field, const QString &text, int maxLength)
{
    if (text.size() > maxLength)
        return EngineText::tr("%1 is %2 characters long; at most %3 fit")
            .arg(field)
            .arg(text.size())
            .arg(maxLength);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar::ReplacementCharacter)
            return EngineText::tr("%1 holds bytes that are not valid text (character %2)")
                .arg(field)
                .arg(i + 1);
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
            return EngineText::tr("%1 holds a control character (U+%2, character %3)")
                .arg(field)
                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return std::nullopt;
}

} // namespace caredesk
