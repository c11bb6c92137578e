#pragma once

#include <QCoreApplication>

namespace caredesk {

/// The engine's messages to people — refusals, what went wrong and where — translated
/// where the application installs a translation (the desktop client does; caredesk-cli
/// keeps English for scripts). Log lines, SQL and JSON keys are not messages and stay
/// untranslated. The engine stays UI-free: this is Qt Core's QCoreApplication::translate.
class EngineText
{
    Q_DECLARE_TR_FUNCTIONS(caredesk::Engine)
};

} // namespace caredesk
