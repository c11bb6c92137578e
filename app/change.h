#pragma once

#include "engine/clinicdata.h"
#include "engine/clock.h"
#include "engine/error.h"

#include <QCoroTask>
#include <QString>

#include <functional>
#include <memory>

namespace caredesk {

class ConnectionPool;
class Session;

/// What a change the user asked for came to: whether it was saved, and the message
/// to show (the success text, or "Not saved: " and the engine's reason).
struct ChangeOutcome
{
    bool ok = false;
    QString message;
};

/// Runs one write on the pool (never on the GUI thread) and says how it went. Shared
/// by the workspace controllers so every change reports the same way.
QCoro::Task<ChangeOutcome> runChange(std::shared_ptr<ConnectionPool> pool, QString label,
                                     std::function<void(Session &)> change, QString success);

/// A practitioner's weekly hours in effect today (in the clinic's zone, by the injected
/// clock), which is also the date new hours apply from unless the user picks another.
struct WeeklyHoursToday
{
    QDate today;
    QList<WorkingInterval> hours;
};
QCoro::Task<Result<WeeklyHoursToday>> loadWeeklyHours(std::shared_ptr<ConnectionPool> pool,
                                                      std::shared_ptr<Clock> clock, QString key);

/// The weekly-hours change both My Availability and Clinic Setup make.
[[nodiscard]] std::function<void(Session &)>
weeklyHoursChange(const QString &key, const QList<WorkingInterval> &hours, const QDate &from);
[[nodiscard]] QString weeklyHoursSavedMessage(const QDate &from);

} // namespace caredesk
