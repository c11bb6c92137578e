#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace caredesk {

/// The engine's messages to people — refusals, what went wrong and where — translated
/// where the application installs a translation (the desktop client does; caredesk-cli
/// keeps English for scripts). Log lines, SQL and JSON keys are not messages and stay
/// untranslated. The engine stays UI-free: this is Qt Core's QCoreApplication::translate.
class EngineText
{
    Q_DECLARE_TR_FUNCTIONS(caredesk::Engine)
};

/// Why a one-line text field (a patient's name, a reason, a feed's name…) cannot be
/// stored, or nothing: longer than `maxLength`, or holding a NUL or other control
/// character, or U+FFFD (bytes that were not valid text where they came from). `field`
/// names it in the message ("The patient's name"). Quotes, backslashes and semicolons are
/// fine: values are always bound, never spliced into SQL.
[[nodiscard]] std::optional<QString> textFieldProblem(const QString &field, const QString &text,
                                                      int maxLength);

} // namespace caredesk
