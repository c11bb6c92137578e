#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace caredesk {

namespace {

/// Loads `name` for `locale` from `directory` and installs it; the application owns it.
bool install(const QLocale &locale, const QString &name, const QString &directory, QStringList &installed)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed << translator->filePath();
    return true;
}

} // namespace

QStringList installTranslations(const QLocale &locale, bool userLanguage)
{
    QStringList installed;
    const QString embedded = QStringLiteral(":/i18n");
    // Translators installed later are asked first, so the user's language wins over the
    // English plural forms wherever it has a text.
    install(QLocale(QLocale::English, QLocale::Australia), QStringLiteral("caredesk"), embedded, installed);
    if (userLanguage && locale.language() != QLocale::English && locale.language() != QLocale::C) {
        install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                installed);
        install(locale, QStringLiteral("caredesk"), embedded, installed);
    }
    return installed;
}

} // namespace caredesk
