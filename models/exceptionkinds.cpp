#include "exceptionkinds.h"

#include <QCoreApplication>

namespace caredesk {

/// The translation context of the kinds' names.
struct ExceptionKindText
{
    Q_DECLARE_TR_FUNCTIONS(caredesk::ExceptionKind)
};

QString exceptionKindName(const QString &kind, bool clinicWide)
{
    if (kind == QLatin1String("holiday"))
        return clinicWide ? ExceptionKindText::tr("Public holiday") : ExceptionKindText::tr("Holiday");
    if (kind == QLatin1String("vacation"))
        return ExceptionKindText::tr("Vacation");
    if (kind == QLatin1String("blocked"))
        return ExceptionKindText::tr("Blocked");
    if (kind == QLatin1String("closure"))
        return ExceptionKindText::tr("Closure");
    if (kind == QLatin1String("work"))
        return ExceptionKindText::tr("Working anyway");
    return kind;
}

QList<QPair<QString, QString>> exceptionKindChoices(bool clinicWide)
{
    const QStringList kinds = clinicWide ? QStringList{QStringLiteral("closure"), QStringLiteral("holiday")}
                                         : QStringList{QStringLiteral("vacation"), QStringLiteral("holiday"),
                                                       QStringLiteral("blocked")};
    QList<QPair<QString, QString>> out;
    for (const QString &k : kinds)
        out.append({k, exceptionKindName(k, clinicWide)});
    return out;
}

} // namespace caredesk
