#include "waitlist.h"

#include "availability.h"
#include "clinicdata.h"
#include "session.h"
#include "text.h"

#include <QHash>

#include <algorithm>

namespace caredesk {

namespace {

[[noreturn]] void refuse(ErrorCode code, const QString &message)
{
    throw DbException(makeError(code, message));
}

const QString kSelectEntry = QStringLiteral(
    "SELECT w.id, w.patient_name, w.patient_phone, coalesce(p.key, ''), w.earliest::text, w.latest::text,"
    " array_to_string(w.weekdays, ','), w.day_from, w.day_to, w.minutes, w.note, w.status,"
    " coalesce(w.appointment_id, 0), w.created_by, (extract(epoch FROM w.created_at) * 1000)::bigint"
    " FROM waitlist_entries w LEFT JOIN practitioners p ON p.id = w.practitioner_id ");

WaitlistEntry entryFromRow(const QSqlQuery &q)
{
    WaitlistEntry e;
    e.id = q.value(0).toLongLong();
    e.patient = q.value(1).toString();
    e.phone = q.value(2).toString();
    e.practitionerKey = q.value(3).toString();
    e.earliest = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    e.latest = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    for (const QString &d : q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        e.weekdays << d.toInt();
    if (e.weekdays.size() == 7)
        e.weekdays.clear(); // every day
    e.dayFrom = q.value(7).toInt();
    e.dayTo = q.value(8).toInt();
    e.minutes = q.value(9).toInt();
    e.note = q.value(10).toString();
    e.status = q.value(11).toString();
    e.appointmentId = q.value(12).toLongLong();
    e.createdBy = q.value(13).toString();
    e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(14).toLongLong(), QTimeZone::utc());
    return e;
}

WaitlistEntry readEntry(Session &session, qint64 id, bool lock = false)
{
    QSqlQuery q = session.exec(kSelectEntry + QStringLiteral("WHERE w.id = ?") +
                                   (lock ? QStringLiteral(" FOR UPDATE OF w") : QString()),
                               {id});
    if (!q.next())
        refuse(ErrorCode::InvalidInput, EngineText::tr("There is no waitlist entry %1").arg(id));
    return entryFromRow(q);
}

QString weekdaysLiteral(const QList<int> &weekdays)
{
    QList<int> days = weekdays.isEmpty() ? QList<int>{1, 2, 3, 4, 5, 6, 7} : weekdays;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QStringList parts;
    for (int d : days)
        parts << QString::number(d);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

std::optional<QString> waitlistEntryProblem(const WaitlistEntry &e, const QDate &today)
{
    if (e.patient.trimmed().isEmpty())
        return EngineText::tr("The patient's name is missing");
    if (auto problem = textFieldProblem(EngineText::tr("The patient's name"), e.patient, 200))
        return problem;
    if (auto problem = textFieldProblem(EngineText::tr("The phone number"), e.phone, 40))
        return problem;
    if (e.note.size() > 1000)
        return EngineText::tr("The note is longer than 1000 characters");
    if (e.minutes < 5 || e.minutes > 480)
        return EngineText::tr("The length must be 5 to 480 minutes, not %1").arg(e.minutes);
    if (!e.earliest.isValid() || !e.latest.isValid())
        return EngineText::tr("The earliest and latest dates are both needed");
    if (e.latest < e.earliest)
        return EngineText::tr("The waitlist window is empty: the latest date %1 is before the earliest %2")
            .arg(e.latest.toString(Qt::ISODate), e.earliest.toString(Qt::ISODate));
    if (e.latest < today)
        return EngineText::tr("The waitlist window is empty: the latest date %1 has passed")
            .arg(e.latest.toString(Qt::ISODate));
    for (int d : e.weekdays) {
        if (d < 1 || d > 7)
            return EngineText::tr("The weekdays must be ISO weekdays 1 (Monday) to 7 (Sunday), not %1")
                .arg(d);
    }
    if (!e.weekdays.isEmpty()) {
        bool any = false;
        for (QDate d = std::max(e.earliest, today); d <= e.latest && !any; d = d.addDays(1))
            any = e.weekdays.contains(d.dayOfWeek());
        if (!any)
            return EngineText::tr(
                       "The waitlist window is empty: none of the weekdays falls between %1 and %2")
                .arg(std::max(e.earliest, today).toString(Qt::ISODate), e.latest.toString(Qt::ISODate));
    }
    if (e.dayFrom < 0 || e.dayFrom >= kEndOfDay || e.dayTo <= 0 || e.dayTo > kEndOfDay)
        return EngineText::tr("The time of day must lie between 00:00 and 24:00");
    if (e.dayTo - e.dayFrom < e.minutes)
        return EngineText::tr("The waitlist window is empty: %1 to %2 is shorter than the %3 minutes wanted")
            .arg(formatWallMinutes(e.dayFrom), formatWallMinutes(e.dayTo))
            .arg(e.minutes);
    return std::nullopt;
}

WaitlistEntry addWaitlistEntry(Session &session, const WaitlistEntry &entry, const QDateTime &now)
{
    Transaction tx(session);
    if (auto problem = waitlistEntryProblem(entry, clinicToday(session, now)))
        refuse(ErrorCode::InvalidInput, *problem);
    QVariant practitionerId(QMetaType::fromType<qlonglong>());
    if (!entry.practitionerKey.isEmpty()) {
        practitionerId = session.scalar(
            QStringLiteral("SELECT id FROM practitioners WHERE key = ? AND active"), {entry.practitionerKey});
        if (!practitionerId.isValid() || practitionerId.isNull())
            refuse(ErrorCode::InvalidInput,
                   EngineText::tr("Unknown practitioner: %1").arg(entry.practitionerKey));
    }
    const qint64 id =
        session
            .scalar(
                QStringLiteral("INSERT INTO waitlist_entries (patient_name, patient_phone, practitioner_id,"
                               " earliest, latest, weekdays, day_from, day_to, minutes, note)"
                               " VALUES (?, ?, ?, CAST(? AS date), CAST(? AS date), CAST(? AS smallint[]),"
                               " ?, ?, ?, ?) RETURNING id"),
                {entry.patient.trimmed(), entry.phone.trimmed(), practitionerId,
                 entry.earliest.toString(Qt::ISODate), entry.latest.toString(Qt::ISODate),
                 weekdaysLiteral(entry.weekdays), entry.dayFrom, entry.dayTo, entry.minutes,
                 entry.note.trimmed()})
            .toLongLong();
    WaitlistEntry made = readEntry(session, id);
    tx.commit();
    return made;
}

QList<WaitlistEntry> listWaitlist(Session &session, bool openOnly)
{
    QSqlQuery q =
        session.exec(kSelectEntry + (openOnly ? QStringLiteral("WHERE w.status = 'open' ") : QString()) +
                     QStringLiteral("ORDER BY w.created_at, w.id"));
    QList<WaitlistEntry> out;
    while (q.next())
        out.append(entryFromRow(q));
    return out;
}

WaitlistEntry removeWaitlistEntry(Session &session, qint64 id)
{
    Transaction tx(session);
    const WaitlistEntry e = readEntry(session, id, true);
    if (e.status != QLatin1String("open"))
        refuse(ErrorCode::NotAllowed,
               EngineText::tr("Waitlist entry %1 is already %2").arg(id).arg(e.status));
    session.exec(
        QStringLiteral("UPDATE waitlist_entries SET status = 'removed', closed_at = now() WHERE id = ?"),
        {id});
    WaitlistEntry removed = readEntry(session, id);
    tx.commit();
    return removed;
}

QList<WaitlistOffer> matchWaitlist(Session &session, const QStringList &practitionerKeys,
                                   const QDateTime &from, const QDateTime &to, const QDateTime &now,
                                   bool wholeSpans)
{
    Transaction tx(session, Transaction::Kind::Snapshot);
    const QTimeZone zone = clinicTimeZone(session);
    const QDate firstDate = from.toTimeZone(zone).date();
    const QDate lastDate = to.toTimeZone(zone).date();
    const AvailabilityData data = loadAvailabilityData(session, practitionerKeys, firstDate, lastDate);
    AvailabilityOptions options;
    options.from = firstDate;
    options.to = lastDate;
    options.nowMs = now.toMSecsSinceEpoch();
    const QList<PractitionerAvailability> results = evaluateAvailability(data, options);

    // The free time in [from, to], from now on, per practitioner and day, in wall minutes.
    const qint64 lower = std::max(from.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
    const qint64 upper = to.toMSecsSinceEpoch();
    ArrayLiteral pids, dates, wallStarts, wallEnds, spanStarts, spanEnds;
    QHash<qint64, QString> keys;
    int spans = 0;
    for (const PractitionerAvailability &p : results) {
        keys.insert(p.practitioner.id, p.practitioner.key);
        for (const DayAvailability &d : p.days) {
            for (const Span &f : d.free) {
                if (wholeSpans && (f.end <= from.toMSecsSinceEpoch() || f.start >= upper))
                    continue;
                const qint64 s = std::max(f.start, wholeSpans ? now.toMSecsSinceEpoch() : lower);
                const qint64 e = wholeSpans ? f.end : std::min(f.end, upper);
                if (e - s < 5 * 60 * 1000)
                    continue;
                const QDateTime ls = QDateTime::fromMSecsSinceEpoch(s, zone);
                const QDateTime le = QDateTime::fromMSecsSinceEpoch(e, zone);
                pids.addInt(p.practitioner.id);
                dates.addText(d.date.toString(Qt::ISODate));
                wallStarts.addInt(ls.date() < d.date ? 0 : ls.time().msecsSinceStartOfDay() / 60000);
                wallEnds.addInt(le.date() > d.date ? kEndOfDay
                                                   : (le.time().msecsSinceStartOfDay() + 59999) / 60000);
                spanStarts.addInt(s);
                spanEnds.addInt(e);
                ++spans;
            }
        }
    }
    QList<WaitlistOffer> out;
    if (spans == 0) {
        tx.commit();
        return out;
    }
    // One query for every free span against every open entry: each entry's earliest fit.
    QSqlQuery q = session.exec(
        QStringLiteral(
            "SELECT DISTINCT ON (w.id) w.id, f.pid, f.d::text, greatest(f.ws, w.day_from), f.ss, f.se"
            " FROM unnest(CAST(? AS bigint[]), CAST(? AS date[]), CAST(? AS integer[]), CAST(? AS integer[]),"
            "             CAST(? AS bigint[]), CAST(? AS bigint[])) AS f (pid, d, ws, we, ss, se)"
            " JOIN waitlist_entries w ON w.status = 'open'"
            "  AND (w.practitioner_id IS NULL OR w.practitioner_id = f.pid)"
            "  AND f.d BETWEEN w.earliest AND w.latest"
            "  AND CAST(extract(isodow FROM f.d) AS smallint) = ANY (w.weekdays)"
            "  AND greatest(f.ws, w.day_from) + w.minutes <= least(f.we, w.day_to)"
            " ORDER BY w.id, f.d, greatest(f.ws, w.day_from), f.pid"),
        {pids.toString(), dates.toString(), wallStarts.toString(), wallEnds.toString(), spanStarts.toString(),
         spanEnds.toString()});
    struct Fit
    {
        qint64 entry;
        qint64 pid;
        QDate date;
        int wall;
        qint64 spanStart;
        qint64 spanEnd;
    };
    QList<Fit> fits;
    while (q.next())
        fits.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                     QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toInt(),
                     q.value(4).toLongLong(), q.value(5).toLongLong()});
    QHash<qint64, WaitlistEntry> entries;
    for (const WaitlistEntry &e : listWaitlist(session, true))
        entries.insert(e.id, e);
    tx.commit();
    for (const Fit &f : std::as_const(fits)) {
        const WaitlistEntry &e = entries.value(f.entry);
        // The wall-clock start as an instant; on a daylight-saving day it must still lie
        // in the free span with the whole length.
        QDateTime start = wallClockToInstant(f.date, f.wall, zone);
        if (start.toMSecsSinceEpoch() < f.spanStart)
            start = QDateTime::fromMSecsSinceEpoch(f.spanStart, QTimeZone::utc());
        const QDateTime end = start.addSecs(qint64(e.minutes) * 60);
        if (end.toMSecsSinceEpoch() > f.spanEnd || e.id == 0)
            continue;
        out.append({e, keys.value(f.pid), start.toUTC(), end.toUTC()});
    }
    std::sort(out.begin(), out.end(), [](const WaitlistOffer &a, const WaitlistOffer &b) {
        return std::tie(a.entry.createdAt, a.entry.id) < std::tie(b.entry.createdAt, b.entry.id);
    });
    return out;
}

QList<WaitlistOffer> matchFreedAppointment(Session &session, qint64 appointmentId, const QDateTime &now)
{
    const Appointment a = readAppointment(session, appointmentId);
    return matchWaitlist(session, {a.practitionerKey}, a.start, a.end, now, true);
}

Appointment bookFromWaitlist(Session &session, qint64 entryId, const QString &practitionerKey,
                             const QDateTime &start, const QUuid &requestId, const QDateTime &now)
{
    Transaction tx(session);
    if (auto existing = findByRequestId(session, requestId))
        return *existing; // the same offer accepted twice (a lost COMMIT retried)
    const WaitlistEntry e = readEntry(session, entryId, true);
    if (e.status != QLatin1String("open"))
        refuse(ErrorCode::NotAllowed,
               EngineText::tr("Waitlist entry %1 is already %2").arg(entryId).arg(e.status));
    if (!e.practitionerKey.isEmpty() && e.practitionerKey != practitionerKey)
        refuse(ErrorCode::NotAllowed, EngineText::tr("Waitlist entry %1 is for %2, not %3")
                                          .arg(entryId)
                                          .arg(e.practitionerKey, practitionerKey));
    BookingRequest request;
    request.practitionerKey = practitionerKey;
    request.start = start;
    request.minutes = e.minutes;
    request.patient = e.patient;
    request.phone = e.phone;
    request.requestId = requestId;
    const Appointment made = book(session, request, now);
    session.exec(
        QStringLiteral("UPDATE waitlist_entries SET status = 'booked', appointment_id = ?, closed_at = now()"
                       " WHERE id = ?"),
        {made.id, entryId});
    tx.commit();
    return made;
}

} // namespace caredesk
