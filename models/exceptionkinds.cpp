#include "exceptionkinds.h"

#include <QCoreApplication>

namespace caredesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("caredesk::ExceptionKind", text);
}

} // namespace

QString exceptionKindName(const QString &kind, bool clinicWide)
{
    if (kind == QLatin1String("holiday"))
        return clinicWide ? tr("Public holiday") : tr("Holiday");
    if (kind == QLatin1String("vacation"))
        return tr("Vacation");
    if (kind == QLatin1String("blocked"))
        return tr("Blocked");
    if (kind == QLatin1String("closure"))
        return tr("Closure");
    if (kind == QLatin1String("work"))
        return tr("Working anyway");
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
