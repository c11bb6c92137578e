#pragma once

#include "availability.h"
#include "clinicdata.h"
#include "staff.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caredesk {

class Session;

/// An appointment as day sheets and conflict lists show it.
struct AppointmentSummary
{
    qint64 id = 0;
    int version = 0;
    QString practitionerKey;
    QString practitionerName;
    QDateTime start; ///< instant (UTC)
    QDateTime end;
    QString patient;
    QString phone;
    QString typeName;
    QString status;
    qint64 seriesId = 0; ///< the recurring series it belongs to (schema v8), or 0
    int seriesIndex = 0; ///< which occurrence of it, or 0
    /// Why the appointment no longer lies in working time (a block or closure added
    /// after it was booked, hours changed); empty when it does.
    QString conflict;
    /// The closures and blocks that hit it (empty for a conflict with the weekly hours).
    QList<ExceptionRecord> hitBy;
};

/// The longest range findConflicts() looks at in one go.
inline constexpr int kMaxConflictDays = 731;

/// The booked appointments an exception would hit: a practitioner's block hits their
/// own; a clinic-wide closure hits everyone's except where a `work` override covers
/// that day. The exception need not be saved. Throws DbException.
[[nodiscard]] QList<AppointmentSummary> appointmentsHitBy(Session &session, const ExceptionData &exception);

/// The appointments (booked, completed, no-show) on `date` in the clinic's zone, for
/// one practitioner or everyone (`key` empty), in time order; each says whether it
/// now conflicts with the practitioner's blocks, closures or hours.
[[nodiscard]] QList<AppointmentSummary> daySheet(Session &session, const QDate &date, const QString &key);

/// Every booked appointment starting between `from` and `to` (clinic dates, inclusive)
/// that the current rules no longer allow: a closure or block added after it was booked,
/// or weekly hours changed. Each says why (`conflict`) and what hits it (`hitBy`), in
/// time order. One snapshot, rules evaluated in memory. Throws DbException.
[[nodiscard]] QList<AppointmentSummary> findConflicts(Session &session, const QDate &from, const QDate &to);

/// Checks an exception's fields for its scope and explains what is wrong (InvalidInput).
void validateException(const ExceptionData &exception);

/// Validates and adds an exception (a practitioner's when practitionerKey is set, else
/// clinic-wide) in one transaction; returns its id.
qint64 addException(Session &session, const ExceptionData &exception);

/// Removes one of a practitioner's own exceptions; InvalidInput when that practitioner
/// has no exception with that id.
void deletePractitionerException(Session &session, const QString &practitionerKey, qint64 id);

/// Why a set of weekly intervals cannot be saved (e.g. "Tuesday: 09:00–12:00 overlaps
/// 11:00–13:00"), or nothing when it can. Pure.
[[nodiscard]] std::optional<QString> weeklyHoursProblem(const QList<WorkingInterval> &hours);

/// The weekly intervals in effect on `date`, by weekday and start.
[[nodiscard]] QList<WorkingInterval> readWeeklyHours(Session &session, const QString &practitionerKey,
                                                     const QDate &date);
/// The same for several practitioners in one query, by key (none: no hours that day).
[[nodiscard]] QHash<QString, QList<WorkingInterval>>
readWeeklyHoursOf(Session &session, const QStringList &practitionerKeys, const QDate &date);

/// Makes `hours` the practitioner's weekly hours from `from` on: intervals that were in
/// effect end the day before, later ones are replaced; earlier days keep their hours.
/// One transaction; InvalidInput when the hours overlap or are out of range.
void setWeeklyHours(Session &session, const QString &practitionerKey, const QList<WorkingInterval> &hours,
                    const QDate &from);

/// One practitioner's calendar over a date range: what the rules make of each day,
/// the exceptions that touch it and the appointments in it.
struct PractitionerCalendar
{
    PractitionerRecord practitioner;
    QTimeZone zone;
    QList<DayAvailability> days;            ///< every date of the range
    QList<ExceptionRecord> exceptions;      ///< clinic-wide and the practitioner's own
    QList<AppointmentSummary> appointments; ///< booked, in time order
};
[[nodiscard]] PractitionerCalendar loadPractitionerCalendar(Session &session, const QString &practitionerKey,
                                                            const QDate &from, const QDate &to);

} // namespace caredesk
