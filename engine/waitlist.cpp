#include "waitlist.h"

#include "availability.h"
#include "clinics.h"
#include "session.h"
#include "text.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <tuple>

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
    QSqlQuery q = session.exec(kSelectEntry + QStringLiteral("WHERE w.id = ?") + inThisClinic("w") +
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
        practitionerId =
            session.scalar(QStringLiteral("SELECT p.id FROM practitioners p WHERE p.key = ? AND p.active") +
                               inThisClinic("p"),
                           {entry.practitionerKey});
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
        session.exec(kSelectEntry + QStringLiteral("WHERE w.clinic_id = caredesk_current_clinic() ") +
                     (openOnly ? QStringLiteral("AND w.status = 'open' ") : QString()) +
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

QList<WaitlistOffer> matchFreeTime(const QList<WaitlistEntry> &entries,
                                   const QList<PractitionerAvailability> &results, const QTimeZone &zone,
                                   qint64 fromMs, qint64 toMs, bool wholeSpans)
{
    // Every stretch of free time in range, by date, in time order (ties in the
    // practitioners' order), with its wall-clock start and end that day.
    struct Free
    {
        qsizetype practitioner; ///< index into `results`
        WallMinutes wallStart;
        WallMinutes wallEnd;
        qint64 start;
        qint64 end;
    };
    QHash<QDate, QList<Free>> byDate;
    QHash<QString, qsizetype> practitionerIndex;
    QDate first;
    QDate last;
    for (qsizetype p = 0; p < results.size(); ++p) {
        practitionerIndex.insert(results.at(p).practitioner.key, p);
        for (const DayAvailability &d : results.at(p).days) {
            for (const Span &f : d.free) {
                if (wholeSpans && (f.end <= fromMs || f.start >= toMs))
                    continue;
                const qint64 start = wholeSpans ? f.start : std::max(f.start, fromMs);
                const qint64 end = wholeSpans ? f.end : std::min(f.end, toMs);
                if (end - start < 5 * 60 * 1000)
                    continue;
                const QDateTime ls = QDateTime::fromMSecsSinceEpoch(start, zone);
                const QDateTime le = QDateTime::fromMSecsSinceEpoch(end, zone);
                const WallMinutes ws = ls.date() < d.date ? 0 : ls.time().msecsSinceStartOfDay() / 60000;
                const WallMinutes we =
                    le.date() > d.date ? kEndOfDay : (le.time().msecsSinceStartOfDay() + 59999) / 60000;
                byDate[d.date].append({p, ws, we, start, end});
                first = first.isValid() ? std::min(first, d.date) : d.date;
                last = last.isValid() ? std::max(last, d.date) : d.date;
            }
        }
    }
    for (QList<Free> &day : byDate) {
        std::sort(day.begin(), day.end(), [](const Free &a, const Free &b) {
            return std::tie(a.start, a.practitioner) < std::tie(b.start, b.practitioner);
        });
    }
    QList<WaitlistOffer> out;
    if (byDate.isEmpty())
        return out;
    QList<WaitlistEntry> oldestFirst = entries;
    std::stable_sort(oldestFirst.begin(), oldestFirst.end(),
                     [](const WaitlistEntry &a, const WaitlistEntry &b) {
                         return std::tie(a.createdAt, a.id) < std::tie(b.createdAt, b.id);
                     });
    for (const WaitlistEntry &e : std::as_const(oldestFirst)) {
        if (e.status != QLatin1String("open"))
            continue;
        qsizetype wanted = -1;
        if (!e.practitionerKey.isEmpty()) {
            wanted = practitionerIndex.value(e.practitionerKey, -1);
            if (wanted < 0)
                continue; // not among the practitioners looked at
        }
        // The earliest fit: the first date with one, then the earliest start that day
        // (ties in the practitioners' order).
        std::optional<WaitlistOffer> offer;
        for (QDate d = std::max(e.earliest, first); d <= std::min(e.latest, last) && !offer;
             d = d.addDays(1)) {
            if (!e.weekdays.isEmpty() && !e.weekdays.contains(d.dayOfWeek()))
                continue;
            const auto day = byDate.constFind(d);
            if (day == byDate.cend())
                continue;
            const Free *best = nullptr;
            qint64 bestStart = 0;
            for (const Free &f : *day) {
                if (wanted >= 0 && f.practitioner != wanted)
                    continue;
                if (best && f.start > bestStart)
                    break; // sorted by start: nothing later can begin earlier than bestStart
                const WallMinutes wall = std::max(f.wallStart, e.dayFrom);
                if (wall + e.minutes > std::min(f.wallEnd, e.dayTo))
                    continue;
                // The wall-clock start as an instant; on a daylight-saving day it must
                // still lie in the free stretch with the whole length.
                const qint64 start = std::max(wallClockToInstant(d, wall, zone).toMSecsSinceEpoch(), f.start);
                if (start + qint64(e.minutes) * 60 * 1000 > f.end)
                    continue;
                if (!best || start < bestStart ||
                    (start == bestStart && f.practitioner < best->practitioner)) {
                    best = &f;
                    bestStart = start;
                }
            }
            if (best) {
                offer = WaitlistOffer{e, results.at(best->practitioner).practitioner.key,
                                      QDateTime::fromMSecsSinceEpoch(bestStart, QTimeZone::utc()),
                                      QDateTime::fromMSecsSinceEpoch(
                                          bestStart + qint64(e.minutes) * 60 * 1000, QTimeZone::utc())};
            }
        }
        if (offer)
            out.append(*offer);
    }
    return out;
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
    const QList<WaitlistEntry> entries = listWaitlist(session, true);
    tx.commit();
    AvailabilityOptions options;
    options.from = firstDate;
    options.to = lastDate;
    options.nowMs = now.toMSecsSinceEpoch();
    const QList<PractitionerAvailability> results = evaluateAvailability(data, options);
    // Free time from now on only: a slot in the past is never offered.
    QList<PractitionerAvailability> fromNow = results;
    for (PractitionerAvailability &p : fromNow) {
        for (DayAvailability &d : p.days)
            d.free = subtractSpans(d.free, {{std::numeric_limits<qint64>::min(), now.toMSecsSinceEpoch()}});
    }
    return matchFreeTime(entries, fromNow, zone, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(),
                         wholeSpans);
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
    // Again under the entry's lock: a first attempt that was still committing (its answer
    // lost) has finished now, and the retry answers what it made.
    if (auto existing = findByRequestId(session, requestId))
        return *existing;
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
