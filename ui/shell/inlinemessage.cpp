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

} // namespace caredesk
