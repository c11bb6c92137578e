#include "schedule.h"

#include "clinics.h"
#include "session.h"
#include "text.h"

#include <QLocale>

#include <algorithm>

namespace caredesk {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw DbException(makeError(ErrorCode::InvalidInput, message));
}

const QString kSelectSummary = QStringLiteral(
    "SELECT a.id, a.version, p.key, p.display_name, (extract(epoch FROM a.starts_at) * 1000)::bigint,"
    " (extract(epoch FROM a.ends_at) * 1000)::bigint, a.patient_name, a.patient_phone,"
    " coalesce(t.name, ''), a.status, coalesce(a.series_id, 0), coalesce(a.series_index, 0)"
    " FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id"
    " LEFT JOIN appointment_types t ON t.id = a.type_id ");

AppointmentSummary summaryFromRow(const QSqlQuery &q)
{
    AppointmentSummary a;
    a.id = q.value(0).toLongLong();
    a.version = q.value(1).toInt();
    a.practitionerKey = q.value(2).toString();
    a.practitionerName = q.value(3).toString();
    a.start = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
    a.end = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
    a.patient = q.value(6).toString();
    a.phone = q.value(7).toString();
    a.typeName = q.value(8).toString();
    a.status = q.value(9).toString();
    a.seriesId = q.value(10).toLongLong();
    a.seriesIndex = q.value(11).toInt();
    return a;
}

/// Appointments overlapping [from 00:00, to 24:00) in the clinic zone, for the
/// practitioners with these keys (all when empty), with the given statuses.
QList<AppointmentSummary> appointmentsIn(Session &session, const QTimeZone &zone, const QDate &from,
                                         const QDate &to, const QStringList &keys, const QString &statuses)
{
    ZoneDays days(zone);
    const qint64 start = days.toInstant(from, 0);
    const qint64 end = days.toInstant(to, kEndOfDay);
    ArrayLiteral keyArray;
    for (const QString &k : keys)
        keyArray.addText(k);
    QSqlQuery q = session.exec(
        kSelectSummary +
            QStringLiteral(
                "WHERE a.status = ANY (string_to_array(?, ',')) AND a.clinic_id = caredesk_current_clinic()"
                " AND a.starts_at < to_timestamp(? / 1000.0) AND a.ends_at > to_timestamp(? / 1000.0)"
                " AND (cardinality(?::text[]) = 0 OR p.key = ANY (?::text[]))"
                " ORDER BY a.starts_at, p.display_name, a.id"),
        {statuses, end, start, keyArray.toString(), keyArray.toString()});
    QList<AppointmentSummary> out;
    while (q.next())
        out.append(summaryFromRow(q));
    return out;
}

ExceptionRecord recordOf(const ExceptionData &e)
{
    ExceptionRecord r;
    static_cast<ExceptionData &>(r) = e;
    return r;
}

bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}

/// Whether a practitioner has a `work` override on date `d` among `exceptions`.
bool worksAnyway(const QList<ExceptionRecord> &exceptions, qint64 practitionerId, const QDate &d)
{
    return std::any_of(exceptions.cbegin(), exceptions.cend(), [&](const ExceptionRecord &e) {
        return e.practitionerId == practitionerId && e.kind == QLatin1String("work") && e.covers(d);
    });
}

} // namespace

QList<AppointmentSummary> appointmentsHitBy(Session &session, const ExceptionData &exception)
{
    if (exception.kind == QLatin1String("work") || !exception.startDate.isValid() ||
        !exception.endDate.isValid() || exception.endDate < exception.startDate)
        return {};
    const QTimeZone zone = clinicTimeZone(session);
    const bool clinicWide = exception.practitionerKey.isEmpty();
    QStringList keys;
    if (!clinicWide)
        keys.append(exception.practitionerKey);
    const QList<AppointmentSummary> candidates =
        appointmentsIn(session, zone, exception.startDate, exception.endDate, keys, QStringLiteral("booked"));
    if (candidates.isEmpty())
        return {};
    // Work overrides exempt practitioners from a clinic-wide closure on their days.
    QHash<QString, QList<QPair<QDate, QDate>>> overrides;
    if (clinicWide) {
        QSqlQuery w = session.exec(QStringLiteral("SELECT p.key, e.start_date, e.end_date"
                                                  " FROM availability_exceptions e JOIN practitioners p"
                                                  " ON p.id = e.practitioner_id WHERE e.kind = 'work'"
                                                  " AND e.start_date <= ? AND e.end_date >= ?"),
                                   {exception.endDate, exception.startDate});
        while (w.next())
            overrides[w.value(0).toString()].append({w.value(1).toDate(), w.value(2).toDate()});
    }
    ZoneDays days(zone);
    const ExceptionRecord record = recordOf(exception);
    QList<AppointmentSummary> out;
    for (const AppointmentSummary &a : candidates) {
        const Span span{a.start.toMSecsSinceEpoch(), a.end.toMSecsSinceEpoch()};
        bool hit = false;
        for (QDate d = std::max(exception.startDate, a.start.toTimeZone(zone).date().addDays(-1));
             !hit && d <= exception.endDate && d <= a.end.toTimeZone(zone).date(); d = d.addDays(1)) {
            if (!overlaps(span, exceptionSpan(record, d, days)))
                continue;
            const auto exempt = overrides.value(a.practitionerKey);
            hit = std::none_of(exempt.cbegin(), exempt.cend(),
                               [d](const QPair<QDate, QDate> &w) { return w.first <= d && d <= w.second; });
        }
        if (hit)
            out.append(a);
    }
    return out;
}

namespace {

/// Says of each booked appointment in `list` (all between `from` and `to`, clinic dates)
/// whether the rules still put it in working time, and if not, which closures and
/// blocks hit it: one snapshot of the rules for the practitioners in the list, evaluated
/// in memory.
void flagConflicts(Session &session, QList<AppointmentSummary> &list, const QDate &from, const QDate &to)
{
    QStringList keys;
    for (const AppointmentSummary &a : list) {
        if (!keys.contains(a.practitionerKey))
            keys.append(a.practitionerKey);
    }
    if (keys.isEmpty())
        return;
    const AvailabilityData data = loadAvailabilityData(session, keys, from, to);
    AvailabilityOptions options;
    options.from = from;
    options.to = to;
    const QList<PractitionerAvailability> evaluated = evaluateAvailability(data, options);
    ZoneDays days(data.zone);
    for (AppointmentSummary &a : list) {
        if (a.status != QLatin1String("booked"))
            continue;
        const auto it =
            std::find_if(evaluated.cbegin(), evaluated.cend(), [&a](const PractitionerAvailability &p) {
                return p.practitioner.key == a.practitionerKey;
            });
        if (it == evaluated.cend())
            continue;
        const QDate date = a.start.toTimeZone(data.zone).date();
        const auto day = std::find_if(it->days.cbegin(), it->days.cend(),
                                      [&date](const DayAvailability &d) { return d.date == date; });
        if (day == it->days.cend())
            continue;
        const Span span{a.start.toMSecsSinceEpoch(), a.end.toMSecsSinceEpoch()};
        if (subtractSpans({span}, day->open).isEmpty())
            continue;
        QStringList reasons;
        const bool exempt = worksAnyway(data.exceptions, it->practitioner.id, date);
        for (const ExceptionRecord &e : data.exceptions) {
            if (e.kind == QLatin1String("work") || !e.covers(date))
                continue;
            const bool own = e.practitionerId == it->practitioner.id;
            const bool closure = e.practitionerId == 0 && !exempt;
            if ((own || closure) && overlaps(span, exceptionSpan(e, date, days))) {
                a.hitBy.append(e);
                if (!reasons.contains(e.label()))
                    reasons.append(e.label());
            }
        }
        a.conflict =
            reasons.isEmpty() ? EngineText::tr("outside working hours") : reasons.join(QStringLiteral(", "));
    }
}

} // namespace

QList<AppointmentSummary> daySheet(Session &session, const QDate &date, const QString &key)
{
    if (!date.isValid())
        refuse(EngineText::tr("The day sheet needs a date"));
    const QTimeZone zone = clinicTimeZone(session);
    QList<AppointmentSummary> sheet =
        appointmentsIn(session, zone, date, date, key.isEmpty() ? QStringList{} : QStringList{key},
                       QStringLiteral("booked,completed,no_show"));
    // What the rules make of the day now, blocks and closures included, decides
    // whether each appointment still lies in working time.
    flagConflicts(session, sheet, date, date);
    return sheet;
}

QList<AppointmentSummary> findConflicts(Session &session, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        refuse(EngineText::tr("Conflicts are looked for between two dates"));
    if (to < from)
        refuse(EngineText::tr("The last date %1 is before the first date %2")
                   .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (from.daysTo(to) > kMaxConflictDays)
        refuse(
            EngineText::tr("Look for conflicts over at most %n day(s) at a time", nullptr, kMaxConflictDays));
    Transaction tx(session, Transaction::Kind::Snapshot); // appointments and rules agree
    const QTimeZone zone = clinicTimeZone(session);
    QList<AppointmentSummary> booked = appointmentsIn(session, zone, from, to, {}, QStringLiteral("booked"));
    // An appointment belongs to the day it starts on: one that began the evening before
    // `from` is not this range's.
    booked.erase(std::remove_if(booked.begin(), booked.end(),
                                [&](const AppointmentSummary &a) {
                                    const QDate d = a.start.toTimeZone(zone).date();
                                    return d < from || d > to;
                                }),
                 booked.end());
    flagConflicts(session, booked, from, to);
    booked.erase(std::remove_if(booked.begin(), booked.end(),
                                [](const AppointmentSummary &a) { return a.conflict.isEmpty(); }),
                 booked.end());
    tx.commit();
    return booked;
}

void validateException(const ExceptionData &e)
{
    const bool clinicWide = e.practitionerKey.isEmpty();
    static const QStringList clinicKinds{QStringLiteral("closure"), QStringLiteral("holiday")};
    static const QStringList personalKinds{QStringLiteral("blocked"), QStringLiteral("holiday"),
                                           QStringLiteral("vacation"), QStringLiteral("work")};
    if (clinicWide && !clinicKinds.contains(e.kind))
        refuse(EngineText::tr("A clinic closure is of kind closure or holiday, not \"%1\"").arg(e.kind));
    if (!clinicWide && !personalKinds.contains(e.kind))
        refuse(
            EngineText::tr("A practitioner's block is of kind blocked, holiday, vacation or work, not \"%1\"")
                .arg(e.kind));
    if (!e.startDate.isValid() || !e.endDate.isValid())
        refuse(EngineText::tr("Give a first and a last date"));
    if (e.endDate < e.startDate)
        refuse(EngineText::tr("The last date %1 is before the first date %2")
                   .arg(e.endDate.toString(Qt::ISODate), e.startDate.toString(Qt::ISODate)));
    if (e.startMinute.has_value() != e.endMinute.has_value())
        refuse(EngineText::tr("Part of a day needs both a start and an end time"));
    if (e.startMinute && (*e.startMinute < 0 || *e.endMinute > kEndOfDay))
        refuse(EngineText::tr("Times lie between 00:00 and 24:00"));
    if (e.startMinute && *e.endMinute <= *e.startMinute)
        refuse(EngineText::tr("The end time %1 is not after the start time %2")
                   .arg(formatWallMinutes(*e.endMinute), formatWallMinutes(*e.startMinute)));
    if (clinicWide && e.reason.trimmed().isEmpty())
        refuse(EngineText::tr("Give the closure a reason; it is what front desk and practitioners see"));
    if (auto problem = textFieldProblem(EngineText::tr("The reason"), e.reason, 500))
        refuse(*problem);
}

qint64 addException(Session &session, const ExceptionData &e)
{
    validateException(e);
    Transaction tx(session);
    QVariant practitioner(QMetaType::fromType<qint64>());
    if (!e.practitionerKey.isEmpty()) {
        practitioner = session.scalar(QStringLiteral("SELECT id FROM practitioners p WHERE p.key = ?") +
                                          inThisClinic("p"),
                                      {e.practitionerKey});
        if (practitioner.isNull())
            refuse(EngineText::tr("There is no practitioner \"%1\"").arg(e.practitionerKey));
    }
    const QVariant nullMinute(QMetaType::fromType<int>());
    const qint64 id =
        session
            .scalar(QStringLiteral("INSERT INTO availability_exceptions (clinic_id, practitioner_id, kind,"
                                   " start_date, end_date, start_minute, end_minute, reason)"
                                   " VALUES (CASE WHEN ? THEN NULL ELSE caredesk_current_clinic() END,"
                                   " ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    {e.chainWide && e.practitionerKey.isEmpty(), practitioner, e.kind, e.startDate, e.endDate,
                     e.startMinute ? QVariant(*e.startMinute) : nullMinute,
                     e.endMinute ? QVariant(*e.endMinute) : nullMinute, e.reason.trimmed()})
            .toLongLong();
    tx.commit();
    return id;
}

void deletePractitionerException(Session &session, const QString &practitionerKey, qint64 id)
{
    Transaction tx(session);
    QSqlQuery q = session.exec(QStringLiteral("DELETE FROM availability_exceptions e USING practitioners p"
                                              " WHERE e.id = ? AND p.id = e.practitioner_id AND p.key = ?") +
                                   inThisClinic("p"),
                               {id, practitionerKey});
    if (q.numRowsAffected() != 1)
        refuse(EngineText::tr("%1 has no block or override %2").arg(practitionerKey).arg(id));
    tx.commit();
}

std::optional<QString> weeklyHoursProblem(const QList<WorkingInterval> &hours)
{
    QList<WorkingInterval> sorted = hours;
    std::sort(sorted.begin(), sorted.end(), [](const WorkingInterval &a, const WorkingInterval &b) {
        return std::pair(a.weekday, a.start) < std::pair(b.weekday, b.start);
    });
    const auto range = [](const WorkingInterval &w) {
        return QStringLiteral("%1–%2").arg(formatWallMinutes(w.start), formatWallMinutes(w.end));
    };
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const WorkingInterval &w = sorted.at(i);
        if (w.weekday < 1 || w.weekday > 7)
            return EngineText::tr("Weekday %1 is not between 1 (Monday) and 7 (Sunday)").arg(w.weekday);
        if (w.start < 0 || w.end > kEndOfDay)
            return EngineText::tr("%1: times lie between 00:00 and 24:00").arg(weekdayName(w.weekday));
        if (w.end <= w.start)
            return EngineText::tr("%1: %2 ends before it starts").arg(weekdayName(w.weekday), range(w));
        if (i > 0 && sorted.at(i - 1).weekday == w.weekday && sorted.at(i - 1).end > w.start)
            return QStringLiteral("%1: %2 overlaps %3")
                .arg(weekdayName(w.weekday), range(sorted.at(i - 1)), range(w));
    }
    return std::nullopt;
}

QList<WorkingInterval> readWeeklyHours(Session &session, const QString &practitionerKey, const QDate &date)
{
    return readWeeklyHoursOf(session, {practitionerKey}, date).value(practitionerKey);
}

QHash<QString, QList<WorkingInterval>>
readWeeklyHoursOf(Session &session, const QStringList &practitionerKeys, const QDate &date)
{
    ArrayLiteral keys;
    for (const QString &k : practitionerKeys)
        keys.addText(k);
    QSqlQuery q = session.exec(
        QStringLiteral("SELECT w.weekday, w.start_minute, w.end_minute, w.valid_from, w.valid_until, p.key"
                       " FROM working_hours w JOIN practitioners p ON p.id = w.practitioner_id"
                       " WHERE p.key = ANY (?::text[]) AND (w.valid_from IS NULL OR w.valid_from <= ?)"
                       " AND (w.valid_until IS NULL OR w.valid_until >= ?)") +
            inThisClinic("p") + QStringLiteral(" ORDER BY w.weekday, w.start_minute"),
        {keys.toString(), date, date});
    QHash<QString, QList<WorkingInterval>> out;
    while (q.next())
        out[q.value(5).toString()].append(workingIntervalFromRow(q, 0));
    return out;
}

void setWeeklyHours(Session &session, const QString &practitionerKey, const QList<WorkingInterval> &hours,
                    const QDate &from)
{
    if (const auto problem = weeklyHoursProblem(hours))
        refuse(*problem);
    if (!from.isValid())
        refuse(EngineText::tr("Say from which date the new hours apply"));
    Transaction tx(session);
    const QVariant id =
        session.scalar(QStringLiteral("SELECT caredesk_lock_practitioner(?)"), {practitionerKey});
    if (id.isNull())
        refuse(EngineText::tr("There is no practitioner \"%1\"").arg(practitionerKey));
    session.exec(QStringLiteral("DELETE FROM working_hours WHERE practitioner_id = ? AND valid_from >= ?"),
                 {id, from});
    session.exec(QStringLiteral("UPDATE working_hours SET valid_until = ?::date - 1 WHERE practitioner_id = ?"
                                " AND (valid_until IS NULL OR valid_until >= ?)"),
                 {from, id, from});
    ArrayLiteral weekdays;
    ArrayLiteral starts;
    ArrayLiteral ends;
    for (const WorkingInterval &w : hours) {
        weekdays.addInt(w.weekday);
        starts.addInt(w.start);
        ends.addInt(w.end);
    }
    session.exec(
        QStringLiteral("INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute, "
                       "valid_from)"
                       " SELECT ?, w, s, e, ? FROM unnest(?::int[], ?::int[], ?::int[]) AS t(w, s, e)"),
        {id, from, weekdays.toString(), starts.toString(), ends.toString()});
    tx.commit();
}

PractitionerCalendar loadPractitionerCalendar(Session &session, const QString &practitionerKey,
                                              const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        refuse(EngineText::tr("The calendar needs a first date on or before the last"));
    Transaction tx(session, Transaction::Kind::Snapshot); // hours, blocks and appointments agree
    const AvailabilityData data = loadAvailabilityData(session, {practitionerKey}, from, to);
    AvailabilityOptions options;
    options.from = from;
    options.to = to;
    const QList<PractitionerAvailability> evaluated = evaluateAvailability(data, options);
    PractitionerCalendar out;
    out.practitioner = data.practitioners.value(0);
    out.zone = data.zone;
    out.days = evaluated.value(0).days;
    out.exceptions = data.exceptions;
    out.appointments =
        appointmentsIn(session, data.zone, from, to, {practitionerKey}, QStringLiteral("booked"));
    return out;
}

} // namespace caredesk
