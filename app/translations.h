#pragma once

#include <QLocale>
#include <QStringList>

namespace caredesk {

/// Installs CareDesk's translations into the running application (QCoreApplication must
/// exist). Always the English plural forms first — the source texts are Australian English
/// written once ("%n day(s)"), and caredesk_en gives each count its form ("1 day", "2 days").
/// With `userLanguage`, then Qt's own and CareDesk's translation for `locale`'s language,
/// where one ships (Simplified Chinese today). Returns the translation files installed.
QStringList installTranslations(const QLocale &locale, bool userLanguage = true);

} // namespace caredesk
