#include "change.h"

#include "engine/pool.h"
#include "engine/schedule.h"

#include <QCoreApplication>
#include <QLocale>

namespace caredesk {

QCoro::Task<ChangeOutcome> runChange(std::shared_ptr<ConnectionPool> pool, QString label,
                                     std::function<void(Session &)> change, QString success)
{
    QCoro::Task<Result<bool>> task = pool->run(
        Access::Write,
        [change](Session &s) {
            change(s);
            return true;
        },
        label);
    Result<bool> result = co_await task;
    if (result)
        co_return ChangeOutcome{true, success};
    co_return ChangeOutcome{
        false, QCoreApplication::translate("caredesk::Change", "Not saved: %1").arg(result.error().message)};
}

QCoro::Task<Result<WeeklyHoursToday>> loadWeeklyHours(std::shared_ptr<ConnectionPool> pool,
                                                      std::shared_ptr<Clock> clock, QString key)
{
    const QDateTime now = clock->now();
    QCoro::Task<Result<WeeklyHoursToday>> task = pool->run(
        Access::Read,
        [key, now](Session &s) {
            const QDate today = clinicToday(s, now);
            return WeeklyHoursToday{today, readWeeklyHours(s, key, today)};
        },
        QStringLiteral("weekly hours"));
    co_return co_await task;
}

std::function<void(Session &)> weeklyHoursChange(const QString &key, const QList<WorkingInterval> &hours,
                                                 const QDate &from)
{
    return [key, hours, from](Session &s) { setWeeklyHours(s, key, hours, from); };
}

QString weeklyHoursSavedMessage(const QDate &from)
{
    return QCoreApplication::translate("caredesk::Change", "New weekly hours apply from %1.")
        .arg(QLocale().toString(from, QLocale::LongFormat));
}

} // namespace caredesk
