#pragma once

#include "feeds.h"
#include "holidayimport.h"
#include "schedule.h"

#include <QDate>
#include <QList>
#include <QString>

namespace caredesk {

class Session;

/// Something about the clinic's availability that nobody should have to remember to
/// check, with where it is fixed. Shown on sign-in and by `caredesk-cli warnings`.
struct AvailabilityWarning
{
    enum class Kind
    {
        BookedOnBlockedDay,   ///< a booked appointment inside a closure or block
        NoWorkingHours,       ///< an active practitioner with no weekly hours from today on
        WorksOnClosureDay,    ///< a practitioner works on a clinic closure day (front desk should know)
        FeedHolidayNotClosed, ///< a subscribed feed has an upcoming holiday that is no closure yet
        FeedFailed,           ///< a subscribed feed could not be checked
    };
    Kind kind = Kind::NoWorkingHours;
    QString message;         ///< one sentence for a person
    QString practitionerKey; ///< whose it is
    QString practitionerName;
    QDate date;               ///< the day it is about (invalid for NoWorkingHours)
    qint64 appointmentId = 0; ///< BookedOnBlockedDay
    qint64 exceptionId = 0;   ///< the closure or block (first one that hits, or the closure worked)
    qint64 feedId = 0;        ///< the feed (feed warnings)
    QString feedTitle;
    QString holiday; ///< the feed's name for the holiday (FeedHolidayNotClosed)
};

/// How far ahead warnings look unless told otherwise (days).
inline constexpr int kWarningDays = 90;

/// A short, stable name for a warning kind (JSON, logs): booked_on_blocked_day,
/// no_working_hours, works_on_closure_day, feed_holiday_not_closed, feed_failed.
[[nodiscard]] QString warningKindName(AvailabilityWarning::Kind kind);

/// The warnings from `today` to `today + horizonDays` (clinic dates): booked appointments
/// on closure or block days, active practitioners without weekly hours, practitioners
/// working on a closure day. By kind, then date. Throws DbException.
[[nodiscard]] QList<AvailabilityWarning> loadWarnings(Session &session, const QDate &today,
                                                      int horizonDays = kWarningDays);

/// The holidays a feed's plan would newly create (not yet closures, not declined) that
/// start between `from` and `to`, as warnings. Pure.
[[nodiscard]] QList<AvailabilityWarning> feedWarnings(const HolidayFeed &feed, const ImportPlan &plan,
                                                      const QDate &from, const QDate &to);

} // namespace caredesk
