#pragma once

class QLabel;
class QString;

namespace caredesk {

/// Shows a one-line message above a workspace's content, styled as information or
/// error; empty text hides the label. Shared by every workspace.
void showInlineMessage(QLabel *label, const QString &text, bool isError);

} // namespace caredesk
