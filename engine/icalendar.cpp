#include "icalendar.h"

#include "clinictime.h"
#include "text.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <libical/ical.h>
#include <memory>
#include <optional>
#include <tuple>

namespace caredesk {

QString holidayKey(const QString &uid, const QDate &date)
{
    return uid + QLatin1Char('|') + date.toString(Qt::ISODate);
}

QString HolidayOccurrence::key() const
{
    return holidayKey(uid, closure.startDate);
}

QString SkippedEvent::key() const
{
    return holidayKey(uid, date);
}

namespace {

constexpr qsizetype kMaxUid = 255;

// libical keeps error state and time zone caches in globals: one reader at a time.
QMutex s_libicalMutex;

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct IteratorDeleter
{
    void operator()(icalrecur_iterator *i) const { icalrecur_iterator_free(i); }
};
using IteratorPtr = std::unique_ptr<icalrecur_iterator, IteratorDeleter>;

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

/// A SUMMARY as a closure reason: one line, no control characters, bounded.
QString reasonFrom(const QString &summary)
{
    QString r = summary;
    for (QChar &c : r) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    r = r.simplified();
    if (r.size() > 200)
        r = r.left(199) + QChar(0x2026);
    return r.isEmpty() ? QStringLiteral("Imported holiday") : r;
}

QDate dateOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

/// Where an event's times are: libical resolved the zone (VTIMEZONE or built-in),
/// UTC, a zone Qt knows by the TZID's name, or floating (the clinic's wall clock).
struct EventZone
{
    const icaltimezone *ical = nullptr;
    bool utc = false;
    std::optional<QTimeZone> named;
};

std::optional<QString> resolveZone(icalproperty *prop, const icaltimetype &t, EventZone &zone)
{
    if (icaltime_is_utc(t)) {
        zone.utc = true;
        return std::nullopt;
    }
    if (t.zone) {
        zone.ical = t.zone;
        return std::nullopt;
    }
    icalparameter *tzid = prop ? icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER) : nullptr;
    if (!tzid)
        return std::nullopt; // floating
    const QByteArray name = QByteArray(icalparameter_get_tzid(tzid)).trimmed();
    QTimeZone qz(name);
    if (!qz.isValid()) {
        const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(name);
        if (!iana.isEmpty())
            qz = QTimeZone(iana);
    }
    if (!qz.isValid())
        return EngineText::tr("unknown time zone \"%1\"").arg(QString::fromUtf8(name));
    zone.named = qz;
    return std::nullopt;
}

/// A date-time of the event as an instant.
std::optional<QDateTime> instantOf(icaltimetype t, const EventZone &zone, const QTimeZone &clinicZone)
{
    if (zone.utc || zone.ical) {
        if (zone.ical && !t.zone)
            t.zone = zone.ical;
        t = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
    }
    const QDate date = dateOf(t);
    const QTime time(t.hour, t.minute, std::min(t.second, 59));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (zone.utc || zone.ical)
        return QDateTime(date, time, QTimeZone::utc());
    const QTimeZone &wall = zone.named ? *zone.named : clinicZone;
    QDateTime instant = wallClockToInstant(date, time.hour() * 60 + time.minute(), wall);
    return instant.addSecs(time.second());
}

/// The parts of one event that every occurrence shares.
struct EventShape
{
    QString uid;
    QString summary;
    bool allDay = false;
    int days = 1;                                                   ///< all-day: how many dates
    qint64 seconds = 0;                                             ///< timed: how long
    icaldurationtype wallLength = icaldurationtype_null_duration(); ///< timed: nominal length
    EventZone zone;
};

class Reader
{
public:
    Reader(const QTimeZone &zone, const QDate &from, const QDate &to, const CalendarLimits &limits)
        : m_zone(zone)
        , m_from(from)
        , m_to(to)
        , m_limits(limits)
    {}

    Result<HolidayCalendar> read(const QByteArray &data);

private:
    void readEvent(icalcomponent *event);
    void skip(const EventShape &shape, const QDate &date, const QString &reason, bool unreadable = true)
    {
        m_out.skipped.append({shape.uid, shape.summary, date, reason, unreadable});
    }
    /// Closures for one occurrence starting at `start`; false when it cannot be placed.
    bool place(const EventShape &shape, const icaltimetype &start, QList<HolidayOccurrence> &out,
               QString &problem) const;

    QTimeZone m_zone;
    QDate m_from;
    QDate m_to;
    CalendarLimits m_limits;
    HolidayCalendar m_out;
    QSet<QString> m_seen;
    /// UID → clinic dates that a RECURRENCE-ID component replaces.
    QHash<QString, QSet<QDate>> m_overridden;
};

bool Reader::place(const EventShape &shape, const icaltimetype &start, QList<HolidayOccurrence> &out,
                   QString &problem) const
{
    ExceptionData base;
    base.kind = QStringLiteral("holiday");
    base.reason = reasonFrom(shape.summary);
    if (shape.allDay) {
        const QDate first = dateOf(start);
        if (!first.isValid()) {
            problem = EngineText::tr("its start is not a valid date");
            return false;
        }
        base.startDate = first;
        base.endDate = first.addDays(shape.days - 1);
        if (base.endDate >= m_from && base.startDate <= m_to)
            out.append({shape.uid, base});
        return true;
    }
    const auto begin = instantOf(start, shape.zone, m_zone);
    icaltimetype endTime = icaltime_add(start, shape.wallLength);
    auto end = instantOf(endTime, shape.zone, m_zone);
    if (!begin || !end) {
        problem = EngineText::tr("its start is not a valid date and time");
        return false;
    }
    if (*end <= *begin) // a wall-clock length that a DST change swallowed
        end = begin->addSecs(shape.seconds);
    const QDateTime localBegin = begin->toTimeZone(m_zone);
    const QDateTime localEnd = end->toTimeZone(m_zone);
    const QDate lastDay = localEnd.addMSecs(-1).date();
    for (QDate d = localBegin.date(); d <= lastDay; d = d.addDays(1)) {
        if (d < m_from || d > m_to)
            continue;
        ExceptionData c = base;
        c.startDate = d;
        c.endDate = d;
        int from = d == localBegin.date() ? localBegin.time().hour() * 60 + localBegin.time().minute() : 0;
        int until = kEndOfDay;
        if (d == localEnd.date()) {
            const QTime t = localEnd.time();
            until = t.hour() * 60 + t.minute() + (t.second() > 0 ? 1 : 0);
        }
        if (until <= from) {
            // The clocks went back inside the event (01:30 EDT to 01:15 EST): close every
            // wall-clock minute it touches that day.
            int low = kEndOfDay;
            int high = 0;
            for (QDateTime t = localBegin; t < localEnd; t = t.addSecs(60)) {
                const int m = t.time().hour() * 60 + t.time().minute();
                low = std::min(low, m);
                high = std::max(high, m + 1);
            }
            from = low;
            until = std::max(high, low + 1);
        }
        if (from > 0 || until < kEndOfDay) {
            c.startMinute = from;
            c.endMinute = until;
        }
        out.append({shape.uid, c});
    }
    return true;
}

void Reader::readEvent(icalcomponent *event)
{
    EventShape shape;
    shape.summary = text(icalcomponent_get_summary(event)).simplified();
    shape.uid = text(icalcomponent_get_uid(event)).trimmed();
    icalproperty *startProp = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (shape.uid.size() > kMaxUid) {
        // The database keeps UIDs of up to 1000 characters; a longer one stands in by
        // its hash, which matches again on the next import all the same.
        shape.uid = QStringLiteral("caredesk-uid-") +
                    QString::fromLatin1(
                        QCryptographicHash::hash(shape.uid.toUtf8(), QCryptographicHash::Sha1).toHex());
    }
    if (shape.uid.isEmpty()) {
        // No UID breaks the rule, but some exporters forget it: the event's title and
        // start stand in, so re-importing still matches.
        const QByteArray seed =
            shape.summary.toUtf8() + '|' +
            (startProp ? QByteArray(icalproperty_as_ical_string(startProp)) : QByteArray());
        shape.uid = QStringLiteral("caredesk-no-uid-") +
                    QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex());
    }
    if (!startProp) {
        skip(shape, {}, EngineText::tr("it has no valid start date (DTSTART)"));
        return;
    }
    const icaltimetype start = icalcomponent_get_dtstart(event);
    if (icaltime_is_null_time(start) || !icaltime_is_valid_time(start) || !dateOf(start).isValid()) {
        skip(shape, {}, EngineText::tr("its start date (DTSTART) is not a valid date"));
        return;
    }
    const QDate startDate = dateOf(start);
    if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) {
        skip(shape, startDate, EngineText::tr("it is cancelled"), false);
        return;
    }
    if (const auto problem = resolveZone(startProp, start, shape.zone)) {
        skip(shape, startDate, *problem);
        return;
    }
    shape.allDay = icaltime_is_date(start);

    const bool hasEnd = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY) != nullptr ||
                        icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY) != nullptr;
    if (shape.allDay) {
        if (hasEnd) {
            const icaltimetype end = icalcomponent_get_dtend(event);
            const QDate endDate = dateOf(end);
            if (!endDate.isValid()) {
                skip(shape, startDate, EngineText::tr("its end (DTEND) is not a valid date"));
                return;
            }
            shape.days = int(startDate.daysTo(endDate)); // DTEND is exclusive
        }
        if (shape.days < 1) {
            skip(shape, startDate, EngineText::tr("it ends before it starts"));
            return;
        }
    } else {
        if (!hasEnd) {
            skip(shape, startDate, EngineText::tr("it has no end time (DTEND or DURATION), so no length"));
            return;
        }
        const icaltimetype end = icalcomponent_get_dtend(event);
        const auto b = instantOf(start, shape.zone, m_zone);
        const auto e = icaltime_is_null_time(end) ? std::nullopt : instantOf(end, shape.zone, m_zone);
        if (!b || !e) {
            skip(shape, startDate, EngineText::tr("its start or end is not a valid date and time"));
            return;
        }
        shape.seconds = b->secsTo(*e);
        if (shape.seconds <= 0) {
            skip(shape, startDate, EngineText::tr("it ends before it starts"));
            return;
        }
        // Each occurrence lasts as long on the wall clock as the first one: 01:00-04:00
        // stays 01:00-04:00 on the night clocks change.
        icaltimetype wallEnd = end;
        if (end.zone && start.zone && end.zone != start.zone)
            wallEnd = icaltime_convert_to_zone(end, const_cast<icaltimezone *>(start.zone));
        icaltimetype wallStart = start;
        wallStart.zone = nullptr;
        wallEnd.zone = nullptr;
        qint64 wallSeconds = icaldurationtype_as_int(icaltime_subtract(wallEnd, wallStart));
        if (wallSeconds <= 0)
            wallSeconds = shape.seconds;
        shape.wallLength = icaldurationtype_from_int(int(std::min<qint64>(wallSeconds, 400LL * 86400)));
        shape.days = int(shape.seconds / 86400) + 1;
    }
    if (shape.days > m_limits.maxEventDays) {
        skip(shape, startDate,
             EngineText::tr("it lasts %1 days; CareDesk imports events of up to %2 days")
                 .arg(shape.days)
                 .arg(m_limits.maxEventDays));
        return;
    }

    // The occurrence starts: DTSTART, then RRULE and RDATE within the range, less EXDATE.
    QList<icaltimetype> starts{start};
    icalproperty *ruleProp = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    const bool recurs = ruleProp || icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
    const QDate horizon = m_to.addDays(2);
    if (ruleProp) {
        icalrecurrencetype rule = icalproperty_get_rrule(ruleProp);
        if (rule.freq == ICAL_NO_RECURRENCE) {
            skip(shape, startDate, EngineText::tr("its repeat rule (RRULE) is not valid"));
            return;
        }
        if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE ||
            rule.freq == ICAL_HOURLY_RECURRENCE) {
            skip(shape, startDate, EngineText::tr("it repeats more often than daily"));
            return;
        }
        IteratorPtr it(icalrecur_iterator_new(rule, start));
        if (!it) {
            skip(shape, startDate, EngineText::tr("its repeat rule (RRULE) is not valid"));
            return;
        }
        int steps = 0;
        for (icaltimetype t = icalrecur_iterator_next(it.get()); !icaltime_is_null_time(t);
             t = icalrecur_iterator_next(it.get())) {
            if (++steps > m_limits.maxRuleSteps) {
                skip(shape, startDate,
                     EngineText::tr("its repeat rule needs more than %1 steps to reach %2")
                         .arg(m_limits.maxRuleSteps)
                         .arg(m_to.toString(Qt::ISODate)));
                return;
            }
            const QDate d = dateOf(t);
            if (!d.isValid() || d > horizon)
                break;
            t.zone = start.zone;
            t.is_date = start.is_date;
            starts.append(t);
        }
    }
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype rd = icalproperty_get_rdate(p);
        icaltimetype t = icaltime_is_null_time(rd.time) ? rd.period.start : rd.time;
        if (icaltime_is_null_time(t) || !dateOf(t).isValid())
            continue;
        if (!t.zone && !icaltime_is_utc(t))
            t.zone = start.zone;
        starts.append(t);
    }

    QList<HolidayOccurrence> placed;
    QSet<QString> startsSeen;
    icaltimetype firstStart = start;
    bool replacedAny = false;
    const QSet<QDate> replaced = m_overridden.value(shape.uid);
    const bool isOverride = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY) != nullptr;
    for (icaltimetype t : starts) {
        const QString tKey = QString::fromLatin1(icaltime_as_ical_string(t));
        if (startsSeen.contains(tKey))
            continue;
        startsSeen.insert(tKey);
        if (recurs && icalproperty_recurrence_is_excluded(event, &firstStart, &t))
            continue;
        QList<HolidayOccurrence> closures;
        QString problem;
        if (!place(shape, t, closures, problem)) {
            skip(shape, dateOf(t), problem);
            continue;
        }
        for (const HolidayOccurrence &o : closures) {
            if (!isOverride && replaced.contains(o.closure.startDate)) {
                replacedAny = true; // a RECURRENCE-ID component stands in for this one
                continue;
            }
            placed.append(o);
        }
        if (placed.size() > m_limits.maxOccurrencesPerEvent) {
            skip(shape, startDate,
                 EngineText::tr("it repeats more than %1 times between %2 and %3")
                     .arg(m_limits.maxOccurrencesPerEvent)
                     .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate)));
            return;
        }
    }
    if (placed.isEmpty() && replacedAny)
        return;
    if (placed.isEmpty()) {
        const bool before = !recurs && startDate < m_from;
        skip(shape, recurs ? QDate() : startDate,
             recurs ? EngineText::tr("it has no occurrence between %1 and %2")
                          .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate))
             : before
                 ? EngineText::tr("it is before the import range (from %1)").arg(m_from.toString(Qt::ISODate))
                 : EngineText::tr("it is after the import range (to %1)").arg(m_to.toString(Qt::ISODate)),
             false);
        return;
    }
    for (const HolidayOccurrence &o : std::as_const(placed)) {
        if (m_seen.contains(o.key())) {
            skip(shape, o.closure.startDate, EngineText::tr("another event has the same UID and date"),
                 false);
            continue;
        }
        m_seen.insert(o.key());
        m_out.occurrences.append(o);
    }
}

Result<HolidayCalendar> Reader::read(const QByteArray &data)
{
    if (data.size() > m_limits.maxBytes)
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("The calendar is %1 KB; CareDesk reads calendars of up to %2 KB")
                             .arg(data.size() / 1024)
                             .arg(m_limits.maxBytes / 1024));
    if (!m_from.isValid() || !m_to.isValid() || m_from > m_to)
        return makeError(ErrorCode::InvalidInput, EngineText::tr("The import range is empty or not valid"));
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        return makeError(
            ErrorCode::InvalidInput,
            EngineText::tr("This is not an iCalendar file: it holds a NUL byte at offset %1").arg(nul));
    QByteArray body = data;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    const QByteArray head = body.trimmed().left(15).toUpper();
    if (head != "BEGIN:VCALENDAR") {
        QString start = QString::fromUtf8(body.trimmed().left(40)).simplified();
        return makeError(ErrorCode::InvalidInput,
                         start.isEmpty()
                             ? EngineText::tr("This is not an iCalendar file: it is empty")
                             : EngineText::tr("This is not an iCalendar file: it starts with \"%1\", not "
                                              "BEGIN:VCALENDAR")
                                   .arg(start));
    }

    ComponentPtr root(icalparser_parse_string(body.constData()));
    if (!root)
        return makeError(
            ErrorCode::InvalidInput,
            EngineText::tr("This iCalendar file could not be read: it is incomplete or malformed"));
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.append(root.get());
    } else {
        for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.append(c);
    }
    if (calendars.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("This iCalendar file holds no calendar (VCALENDAR)"));

    QList<icalcomponent *> events;
    for (icalcomponent *cal : std::as_const(calendars)) {
        for (icalproperty *p = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(cal, ICAL_X_PROPERTY)) {
            if (m_out.name.isEmpty() && qstrcmp(icalproperty_get_x_name(p), "X-WR-CALNAME") == 0)
                m_out.name = reasonFrom(text(icalproperty_get_x(p)));
        }
        for (icalcomponent *e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
            if (events.size() >= m_limits.maxEvents)
                return makeError(ErrorCode::InvalidInput,
                                 EngineText::tr("The calendar has more than %1 events; CareDesk reads "
                                                "holiday calendars of up to %1")
                                     .arg(m_limits.maxEvents));
            events.append(e);
        }
    }

    // RECURRENCE-ID components replace one occurrence of their series.
    for (icalcomponent *e : std::as_const(events)) {
        icalproperty *rid = icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY);
        const QString uid = text(icalcomponent_get_uid(e)).trimmed();
        if (!rid || uid.isEmpty())
            continue;
        const icaltimetype t = icalproperty_get_datetime_with_component(rid, e);
        if (icaltime_is_null_time(t) || !dateOf(t).isValid())
            continue;
        if (icaltime_is_date(t)) {
            m_overridden[uid].insert(dateOf(t));
        } else {
            EventZone zone;
            resolveZone(rid, t, zone);
            if (const auto at = instantOf(t, zone, m_zone))
                m_overridden[uid].insert(at->toTimeZone(m_zone).date());
        }
    }

    for (icalcomponent *e : std::as_const(events)) {
        readEvent(e);
        if (m_out.occurrences.size() > m_limits.maxOccurrences)
            return makeError(ErrorCode::InvalidInput,
                             EngineText::tr("The calendar gives more than %1 closures between %2 and %3; "
                                            "choose a shorter range")
                                 .arg(m_limits.maxOccurrences)
                                 .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate)));
    }
    if (events.isEmpty() && icalcomponent_count_errors(root.get()) > 0)
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("This iCalendar file could not be read: it has no events and "
                                        "%1 malformed lines")
                             .arg(icalcomponent_count_errors(root.get())));

    std::sort(m_out.occurrences.begin(), m_out.occurrences.end(),
              [](const HolidayOccurrence &a, const HolidayOccurrence &b) {
                  return std::tie(a.closure.startDate, a.closure.startMinute, a.uid) <
                         std::tie(b.closure.startDate, b.closure.startMinute, b.uid);
              });
    return std::move(m_out);
}

} // namespace

Result<HolidayCalendar> readHolidayCalendar(const QByteArray &data, const QTimeZone &clinicZone,
                                            const QDate &from, const QDate &to, const CalendarLimits &limits)
{
    QMutexLocker lock(&s_libicalMutex);
    icalerror_set_errors_are_fatal(0);
    Reader reader(clinicZone.isValid() ? clinicZone : QTimeZone::utc(), from, to, limits);
    Result<HolidayCalendar> result = reader.read(data);
    icalerror_clear_errno();
    return result;
}

namespace {

bool listIsSet(const short *list)
{
    return list[0] != ICAL_RECURRENCE_ARRAY_MAX;
}

Result<QList<QDate>> expandLocked(const QString &rrule, const QDate &firstDate, const QTime &wallTime,
                                  const QTimeZone &zone)
{
    const QString text = rrule.trimmed().toUpper();
    const auto refuse = [&rrule](const QString &why) -> Result<QList<QDate>> {
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("The repeat rule \"%1\" %2").arg(rrule.trimmed(), why));
    };
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, EngineText::tr("The repeat rule is empty"));
    if (text.size() > 500)
        return refuse(EngineText::tr("is longer than 500 characters"));
    if (!firstDate.isValid() || !wallTime.isValid())
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("The series has no valid first appointment"));
    icalerror_clear_errno();
    const QByteArray utf8 = text.toUtf8();
    icalrecurrencetype rule = icalrecurrencetype_from_string(utf8.constData());
    if (rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        return refuse(EngineText::tr("is not a repeat rule libical can read (RFC 5545 RRULE, e.g. "
                                     "FREQ=WEEKLY;COUNT=10)"));
    }
    if (rule.freq != ICAL_DAILY_RECURRENCE && rule.freq != ICAL_WEEKLY_RECURRENCE)
        return refuse(EngineText::tr("must repeat daily or weekly (FREQ=DAILY or FREQ=WEEKLY)"));
    if (listIsSet(rule.by_second) || listIsSet(rule.by_minute) || listIsSet(rule.by_hour))
        return refuse(EngineText::tr("may not change the time of day (BYHOUR, BYMINUTE, BYSECOND): every "
                                     "occurrence is at the first one's time"));
    if (listIsSet(rule.by_month_day) || listIsSet(rule.by_year_day) || listIsSet(rule.by_week_no) ||
        listIsSet(rule.by_month) || listIsSet(rule.by_set_pos))
        return refuse(EngineText::tr("may only use INTERVAL, COUNT, UNTIL, BYDAY and WKST"));
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        if (icalrecurrencetype_day_position(rule.by_day[i]) != 0)
            return refuse(EngineText::tr("may not number its weekdays in BYDAY (such as 1MO)"));
    }
    const bool hasUntil = !icaltime_is_null_time(rule.until);
    if (rule.count <= 0 && !hasUntil)
        return refuse(EngineText::tr("needs an end: COUNT (at most %1) or UNTIL").arg(kMaxSeriesOccurrences));
    if (rule.count > kMaxSeriesOccurrences)
        return refuse(EngineText::tr("asks for %1 occurrences (COUNT); a series has at most %2")
                          .arg(rule.count)
                          .arg(kMaxSeriesOccurrences));
    // UNTIL is compared in wall-clock time (a UTC UNTIL by its date), then libical runs
    // without it: a floating start and a UTC end do not compare in libical.
    QDate untilDate;
    std::optional<QTime> untilTime;
    if (hasUntil) {
        untilDate = dateOf(rule.until);
        if (!untilDate.isValid())
            return refuse(EngineText::tr("has an UNTIL that is not a date"));
        if (!rule.until.is_date) {
            untilTime = QTime(rule.until.hour, rule.until.minute, rule.until.second);
            if (icaltime_is_utc(rule.until)) { // an instant: where the clinic's clock is then
                const QDateTime local = QDateTime(untilDate, *untilTime, QTimeZone::utc()).toTimeZone(zone);
                untilDate = local.date();
                untilTime = local.time();
            }
        }
        if (untilDate < firstDate || (untilDate == firstDate && untilTime && *untilTime < wallTime))
            return refuse(EngineText::tr("ends (UNTIL %1) before the first appointment on %2")
                              .arg(untilDate.toString(Qt::ISODate), firstDate.toString(Qt::ISODate)));
        rule.until = icaltime_null_time();
    }

    icaltimetype start = icaltime_null_time();
    start.year = firstDate.year();
    start.month = firstDate.month();
    start.day = firstDate.day();
    start.hour = wallTime.hour();
    start.minute = wallTime.minute();
    start.second = wallTime.second();
    start.is_date = 0;
    IteratorPtr it(icalrecur_iterator_new(rule, start));
    if (!it) {
        icalerror_clear_errno();
        return refuse(EngineText::tr("is not a repeat rule libical can read (RFC 5545 RRULE, e.g. "
                                     "FREQ=WEEKLY;COUNT=10)"));
    }
    QList<QDate> dates{firstDate};
    const int wanted = rule.count > 0 ? rule.count : kMaxSeriesOccurrences + 1;
    constexpr int kMaxSteps = 5000;
    int steps = 0;
    for (icaltimetype t = icalrecur_iterator_next(it.get());
         !icaltime_is_null_time(t) && dates.size() < wanted; t = icalrecur_iterator_next(it.get())) {
        if (++steps > kMaxSteps)
            break;
        const QDate d = dateOf(t);
        if (!d.isValid())
            break;
        if (d <= dates.last())
            continue; // DTSTART itself, which the first appointment already is
        if (hasUntil && (d > untilDate || (d == untilDate && untilTime && *untilTime < wallTime)))
            break;
        dates.append(d);
    }
    icalerror_clear_errno();
    if (dates.size() > kMaxSeriesOccurrences)
        return refuse(
            EngineText::tr("gives more than %1 occurrences before its UNTIL").arg(kMaxSeriesOccurrences));
    return dates;
}

} // namespace

Result<QList<QDate>> expandSeriesRule(const QString &rrule, const QDate &firstDate, const QTime &wallTime,
                                      const QTimeZone &zone)
{
    QMutexLocker lock(&s_libicalMutex);
    icalerror_set_errors_are_fatal(0);
    return expandLocked(rrule, firstDate, wallTime, zone.isValid() ? zone : QTimeZone::utc());
}

} // namespace caredesk
