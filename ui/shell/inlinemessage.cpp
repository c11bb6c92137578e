#include "inlinemessage.h"

#include <QLabel>

namespace caredesk {

void showInlineMessage(QLabel *label, const QString &text, bool isError)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(
        isError ? QStringLiteral(
                      "QLabel { background: #fde8e8; color: #8a1f1f; padding: 6px; border-radius: 3px; }")
                : QStringLiteral(
                      "QLabel { background: #e8f3fd; color: #1f4f8a; padding: 6px; border-radius: 3px; }"));
}

QLabel *makePageHeading(const QString &title, QWidget *parent)
{
    auto *heading = new QLabel(title, parent);
    heading->setObjectName(QStringLiteral("pageHeadingLabel"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

} // namespace caredesk
