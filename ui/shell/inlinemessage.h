#pragma once

class QLabel;
class QString;
class QWidget;

namespace caredesk {

/// Shows a one-line message above a workspace's content, styled as information or
/// error; empty text hides the label. Shared by every workspace.
void showInlineMessage(QLabel *label, const QString &text, bool isError);

/// A workspace page's title: the page's font, larger and bold.
[[nodiscard]] QLabel *makePageHeading(const QString &title, QWidget *parent);

} // namespace caredesk
