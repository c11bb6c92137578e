#pragma once

#include "clinicdata.h"
#include "error.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace caredesk {

/// How much of a calendar CareDesk is willing to read: a holiday feed is small, so
/// anything far larger is a mistake (or an attack) and is refused, not half-read.
struct CalendarLimits
{
    qint64 maxBytes = 4 * 1024 * 1024; ///< the whole file or body
    int maxEvents = 5000;              ///< VEVENT components in one calendar
    int maxOccurrencesPerEvent = 400;  ///< closures one event may produce in the range
    int maxOccurrences = 5000;         ///< closures one import may produce
    int maxRuleSteps = 100000;         ///< recurrence iterator steps per event
    int maxEventDays = 366;            ///< the longest event, in days
};

/// One closure a calendar asks for. Its key is the event's UID and the closure's first
/// date: importing the same calendar twice matches every closure to the one already
/// saved. A timed event that spans several days gives one closure per day.
struct HolidayOccurrence
{
    QString uid;
    ExceptionData closure; ///< clinic-wide, kind `holiday`, reason = the event's SUMMARY

    [[nodiscard]] QString key() const;
};

/// An event (or one occurrence of it) the import leaves out, and why.
struct SkippedEvent
{
    QString uid;
    QString summary;
    QDate date; ///< the occurrence's date, when it has one
    QString reason;
    /// The event could not be read (a bad date, zone or rule, too many occurrences): the
    /// calendar may still mean it, so a feed check does not take it for removed.
    bool unreadable = false;

    [[nodiscard]] QString key() const;
};

/// What a calendar holds for the clinic, read in its time zone over a date range.
struct HolidayCalendar
{
    QString name;                         ///< X-WR-CALNAME, when the calendar has one
    QList<HolidayOccurrence> occurrences; ///< by date, then UID
    QList<SkippedEvent> skipped;
};

/// The key `uid` and `date` make (what HolidayOccurrence::key() returns).
[[nodiscard]] QString holidayKey(const QString &uid, const QDate &date);

/// Reads an iCalendar document (RFC 5545) with libical into clinic closures:
/// all-day events (DTEND exclusive) and multi-day events become all-day closures;
/// timed events (UTC, TZID with VTIMEZONE, an IANA or Windows zone name, or floating)
/// become partial-day closures in the clinic's wall-clock time, one per day covered;
/// RRULE/RDATE are expanded within [from, to] with EXDATE and RECURRENCE-ID overrides
/// honoured; cancelled events are skipped. Events that overlap [from, to] are kept.
/// A document that is not iCalendar, too large or too busy is an InvalidInput error
/// naming what was wrong; a bad event is skipped with its reason. Pure and
/// thread-safe (libical calls are serialised).
[[nodiscard]] Result<HolidayCalendar> readHolidayCalendar(const QByteArray &data, const QTimeZone &clinicZone,
                                                          const QDate &from, const QDate &to,
                                                          const CalendarLimits &limits = {});

/// The most occurrences a recurring series may have (two years of weekly visits).
inline constexpr int kMaxSeriesOccurrences = 104;

/// The dates of a recurring series' occurrences. `rrule` is an RFC 5545 RRULE value
/// ("FREQ=WEEKLY;INTERVAL=2;COUNT=10"); libical expands it from `firstDate` at
/// `wallTime` in floating (wall-clock) time, so every occurrence keeps the first one's
/// time of day across daylight-saving changes. The first appointment is always the first
/// occurrence. Accepted: FREQ=DAILY or WEEKLY with COUNT (at most 104) or UNTIL (at most
/// 104 occurrences), INTERVAL, BYDAY and WKST. An UNTIL is inclusive; a UTC one
/// ("…T000000Z") is read in `zone`, a date or floating one as wall-clock time. Anything
/// else, a rule libical rejects, or an UNTIL before the first appointment is an
/// InvalidInput error that names the rule and what is wrong. Thread-safe (libical calls
/// are serialised).
[[nodiscard]] Result<QList<QDate>> expandSeriesRule(const QString &rrule, const QDate &firstDate,
                                                    const QTime &wallTime, const QTimeZone &zone);

} // namespace caredesk
