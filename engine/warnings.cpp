#include "warnings.h"

#include "session.h"
#include "text.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace caredesk {

QString warningKindName(AvailabilityWarning::Kind kind)
{
    switch (kind) {
    case AvailabilityWarning::Kind::BookedOnBlockedDay:
        return QStringLiteral("booked_on_blocked_day");
    case AvailabilityWarning::Kind::NoWorkingHours:
        return QStringLiteral("no_working_hours");
    case AvailabilityWarning::Kind::WorksOnClosureDay:
        return QStringLiteral("works_on_closure_day");
    case AvailabilityWarning::Kind::FeedHolidayNotClosed:
        return QStringLiteral("feed_holiday_not_closed");
    case AvailabilityWarning::Kind::FeedFailed:
        return QStringLiteral("feed_failed");
    }
    return {};
}

QList<AvailabilityWarning> loadWarnings(Session &session, const QDate &today, int horizonDays)
{
    const QDate last = today.addDays(std::clamp(horizonDays, 0, kMaxConflictDays));
    const QTimeZone zone = clinicTimeZone(session);
    QList<AvailabilityWarning> out;

    // Booked appointments that a closure or block now covers (hours changes are the day
    // sheet's business: they are conflicts, but nobody forgot a holiday there).
    for (const AppointmentSummary &a : findConflicts(session, today, last)) {
        if (a.hitBy.isEmpty())
            continue;
        AvailabilityWarning w;
        w.kind = AvailabilityWarning::Kind::BookedOnBlockedDay;
        w.practitionerKey = a.practitionerKey;
        w.practitionerName = a.practitionerName;
        w.date = a.start.toTimeZone(zone).date();
        w.appointmentId = a.id;
        w.exceptionId = a.hitBy.first().id;
        w.message = EngineText::tr("%1 has %2 booked on %3, which is closed: %4")
                        .arg(a.practitionerName, a.patient, w.date.toString(Qt::ISODate), a.conflict);
        out.append(w);
    }

    QSqlQuery none = session.exec(
        QStringLiteral("SELECT p.key, p.display_name FROM practitioners p"
                       " WHERE p.active AND p.clinic_id = caredesk_current_clinic() AND NOT EXISTS"
                       " (SELECT 1 FROM working_hours h WHERE h.practitioner_id = p.id"
                       "  AND (h.valid_until IS NULL OR h.valid_until >= ?::date))"
                       " ORDER BY p.display_name, p.key"),
        {today});
    while (none.next()) {
        AvailabilityWarning w;
        w.kind = AvailabilityWarning::Kind::NoWorkingHours;
        w.practitionerKey = none.value(0).toString();
        w.practitionerName = none.value(1).toString();
        w.message = EngineText::tr("%1 has no weekly hours, so nobody can book them").arg(w.practitionerName);
        out.append(w);
    }

    // A `work` override on a closure day: the clinic is closed, yet this person works.
    QSqlQuery working = session.exec(
        QStringLiteral("SELECT p.key, p.display_name, greatest(w.start_date, c.start_date, ?::date), c.id,"
                       " CASE WHEN c.reason = '' THEN c.kind ELSE c.reason END"
                       " FROM availability_exceptions w JOIN practitioners p ON p.id = w.practitioner_id"
                       " JOIN availability_exceptions c ON c.practitioner_id IS NULL"
                       "  AND (c.clinic_id IS NULL OR c.clinic_id = p.clinic_id)"
                       "  AND c.start_date <= w.end_date AND w.start_date <= c.end_date"
                       " WHERE w.kind = 'work' AND p.active AND p.clinic_id = caredesk_current_clinic() AND "
                       "w.end_date >= ?::date AND c.end_date >= ?::date"
                       "  AND greatest(w.start_date, c.start_date, ?::date) <= ?::date"
                       " ORDER BY 3, p.display_name, c.id"),
        {today, today, today, today, last});
    while (working.next()) {
        AvailabilityWarning w;
        w.kind = AvailabilityWarning::Kind::WorksOnClosureDay;
        w.practitionerKey = working.value(0).toString();
        w.practitionerName = working.value(1).toString();
        w.date = working.value(2).toDate();
        w.exceptionId = working.value(3).toLongLong();
        w.message = EngineText::tr("%1 works on %2 although the clinic is closed (%3)")
                        .arg(w.practitionerName, w.date.toString(Qt::ISODate), working.value(4).toString());
        out.append(w);
    }
    return out;
}

QList<AvailabilityWarning> feedWarnings(const HolidayFeed &feed, const ImportPlan &plan, const QDate &from,
                                        const QDate &to)
{
    QList<AvailabilityWarning> out;
    for (const ImportChange &c : plan.changes) {
        if (c.kind != ImportChange::Kind::Create || c.closure.startDate < from || c.closure.startDate > to)
            continue;
        AvailabilityWarning w;
        w.kind = AvailabilityWarning::Kind::FeedHolidayNotClosed;
        w.date = c.closure.startDate;
        w.feedId = feed.id;
        w.feedTitle = feed.title();
        w.holiday = c.closure.reason;
        w.message = EngineText::tr("%1 on %2 (from the feed %3) is not a clinic closure yet")
                        .arg(c.closure.reason, c.closure.startDate.toString(Qt::ISODate), feed.title());
        out.append(w);
    }
    return out;
}

} // namespace caredesk
