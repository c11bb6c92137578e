#include "series.h"

#include "bulk.h"
#include "clinicdata.h"
#include "clinics.h"
#include "clinictime.h"
#include "icalendar.h"
#include "session.h"
#include "text.h"

#include <algorithm>
#include <cstdlib>

namespace caredesk {

int SeriesPreview::freeCount() const
{
    return int(std::count_if(occurrences.cbegin(), occurrences.cend(), [](const SeriesOccurrence &o) {
        return o.verdict == SpanVerdict::Free && !o.past;
    }));
}

namespace {

[[noreturn]] void refuse(ErrorCode code, const QString &message)
{
    throw DbException(makeError(code, message));
}

Span spanOf(const QDateTime &start, const QDateTime &end)
{
    return {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
}

bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}

QDateTime instantOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

/// "2025-12-22 09:00" in the clinic's wall clock, for messages.
QString wallText(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString reasonText(const SpanJudgement &j)
{
    switch (j.verdict) {
    case SpanVerdict::Free:
        return {};
    case SpanVerdict::Closure:
    case SpanVerdict::Block:
        return j.blockers.join(QStringLiteral(", "));
    case SpanVerdict::Hours:
        return EngineText::tr("outside working hours");
    case SpanVerdict::Taken:
        return EngineText::tr("already booked");
    }
    return {};
}

/// The series' occurrences as instants in the clinic's zone, each at the first one's
/// wall-clock time (a time in a spring-forward gap moves forward, CareDesk's rule).
struct Expanded
{
    QTimeZone zone;
    int slotStep = 30;
    BookingLength length;
    QList<QPair<QDateTime, QDateTime>> occurrences;
};

Expanded expand(Session &session, const SeriesRequest &request)
{
    BookingRequest fields;
    fields.patient = request.patient;
    fields.phone = request.phone;
    fields.start = request.firstStart;
    requireBookingFields(fields);
    const ClinicSettings settings = readClinicSettings(session);
    Expanded out;
    out.zone = QTimeZone(settings.timeZone.toUtf8());
    out.slotStep = settings.slotStepMinutes;
    out.length = resolveBookingLength(session, request.typeKey, request.minutes);
    const QDateTime local = request.firstStart.toTimeZone(out.zone);
    const QTime wall(local.time().hour(), local.time().minute());
    auto dates = expandSeriesRule(request.rrule, local.date(), wall, out.zone);
    if (!dates)
        throw DbException(dates.error());
    for (const QDate &d : dates.value()) {
        const QDateTime start =
            d == local.date() ? request.firstStart.toUTC() : wallClockToInstant(d, wall, out.zone).toUTC();
        out.occurrences.append({start, start.addSecs(qint64(out.length.minutes) * 60)});
    }
    return out;
}

/// Loads and evaluates one practitioner's availability around [first, last], with
/// slots of `minutes` for proposing alternatives.
struct Evaluated
{
    AvailabilityData data;
    PractitionerAvailability result;
};

Evaluated evaluate(Session &session, const QString &key, const QDate &first, const QDate &last, int minutes,
                   int step, const QDateTime &now, const SpanList &ignore = {})
{
    Evaluated out;
    out.data = loadAvailabilityData(session, {key}, first.addDays(-1), last.addDays(1));
    if (!ignore.isEmpty() && !out.data.practitioners.isEmpty()) {
        SpanList &busy = out.data.busy[out.data.practitioners.first().id];
        busy = subtractSpans(normalizeSpans(busy), normalizeSpans(ignore));
    }
    AvailabilityOptions options;
    options.from = first.addDays(-1);
    options.to = last.addDays(1);
    options.minutes = minutes;
    options.step = step;
    options.nowMs = now.toMSecsSinceEpoch();
    out.result = evaluateAvailability(out.data, options).first();
    return out;
}

/// The free slot nearest to `wanted` in its week, else the earliest in the next week,
/// clear of every span in `held`.
std::optional<qint64> alternativeFor(const PractitionerAvailability &result, const Span &wanted, int minutes,
                                     const QTimeZone &zone, const SpanList &held)
{
    const QDate monday = mondayOf(instantOf(wanted.start).toTimeZone(zone).date());
    const qint64 length = qint64(minutes) * 60 * 1000;
    for (int week = 0; week < 2; ++week) {
        const QDate from = monday.addDays(7 * week);
        const QDate to = from.addDays(6);
        std::optional<qint64> best;
        for (const DayAvailability &d : result.days) {
            if (d.date < from || d.date > to)
                continue;
            for (qint64 slot : d.slots) {
                const Span s{slot, slot + length};
                if (std::any_of(held.cbegin(), held.cend(), [&s](const Span &h) { return overlaps(s, h); }))
                    continue;
                if (week == 0) {
                    if (!best || std::llabs(slot - wanted.start) < std::llabs(*best - wanted.start))
                        best = slot;
                } else if (!best) {
                    best = slot;
                }
            }
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

} // namespace

SeriesPreview previewSeries(Session &session, const SeriesRequest &request, const QDateTime &now)
{
    Transaction tx(session, Transaction::Kind::Snapshot);
    const Expanded expanded = expand(session, request);
    SeriesPreview preview;
    preview.zone = expanded.zone;
    preview.minutes = expanded.length.minutes;
    // From the Monday of the first week: an alternative may be earlier that week.
    const QDate first = mondayOf(expanded.occurrences.first().first.toTimeZone(expanded.zone).date());
    const QDate last = expanded.occurrences.last().first.toTimeZone(expanded.zone).date().addDays(14);
    const Evaluated ev = evaluate(session, request.practitionerKey, first, last, expanded.length.minutes,
                                  expanded.slotStep, now);
    ZoneDays days(expanded.zone);
    SpanList held;
    for (int i = 0; i < expanded.occurrences.size(); ++i) {
        SeriesOccurrence o;
        o.index = i + 1;
        o.start = expanded.occurrences.at(i).first;
        o.end = expanded.occurrences.at(i).second;
        const SpanJudgement j = judgeSpan(ev.data, ev.result, spanOf(o.start, o.end), days);
        o.verdict = j.verdict;
        o.past = o.start < now;
        o.reason = o.past ? EngineText::tr("in the past") : reasonText(j);
        if (o.verdict == SpanVerdict::Free && !o.past)
            held.append(spanOf(o.start, o.end));
        preview.occurrences.append(o);
    }
    for (SeriesOccurrence &o : preview.occurrences) {
        if (o.verdict == SpanVerdict::Free && !o.past)
            continue;
        if (auto alt = alternativeFor(ev.result, spanOf(o.start, o.end), expanded.length.minutes,
                                      expanded.zone, held)) {
            o.alternative = instantOf(*alt);
            held.append({*alt, *alt + qint64(expanded.length.minutes) * 60 * 1000});
        }
    }
    tx.commit();
    return preview;
}

QList<SeriesChoice> seriesChoices(const SeriesPreview &preview, bool alternatives, const QSet<int> &drop)
{
    QList<SeriesChoice> out;
    for (const SeriesOccurrence &o : preview.occurrences) {
        if (drop.contains(o.index))
            continue;
        if (o.verdict == SpanVerdict::Free && !o.past)
            out.append({o.index, o.start});
        else if (alternatives && o.alternative)
            out.append({o.index, *o.alternative});
    }
    return out;
}

namespace {

const QString kSelectSeries =
    QStringLiteral("SELECT s.id, s.rrule, s.request_id::text FROM appointment_series s ");

std::optional<BookedSeries> findSeries(Session &session, const QString &where, const QVariantList &binds)
{
    QSqlQuery q = session.exec(kSelectSeries + where, binds);
    if (!q.next())
        return std::nullopt;
    BookedSeries s;
    s.id = q.value(0).toLongLong();
    s.rrule = q.value(1).toString();
    s.requestId = q.value(2).toString();
    q.finish();
    s.appointments = readAppointmentsWhere(
        session, QStringLiteral("WHERE a.series_id = ? ORDER BY a.starts_at, a.id"), {s.id});
    return s;
}

BookedSeries bookSeriesInTransaction(Session &session, const SeriesRequest &request, const QUuid &requestId,
                                     const QList<SeriesChoice> &choices, const QDateTime &now)
{
    Transaction tx(session);
    const Expanded expanded = expand(session, request);
    const qint64 practitionerId = lockPractitioner(session, request.practitionerKey);
    // After the lock, as for single bookings: a first attempt still committing is seen.
    if (auto existing = findSeriesByRequestId(session, requestId))
        return *existing;
    if (choices.isEmpty())
        refuse(ErrorCode::InvalidInput, EngineText::tr("No occurrence of the series is chosen to book"));

    const qint64 length = qint64(expanded.length.minutes) * 60 * 1000;
    QList<SeriesChoice> sorted = choices;
    std::sort(sorted.begin(), sorted.end(),
              [](const SeriesChoice &a, const SeriesChoice &b) { return a.start < b.start; });
    QSet<int> seen;
    QDate first;
    QDate last;
    for (const SeriesChoice &c : std::as_const(sorted)) {
        if (c.index < 1 || c.index > expanded.occurrences.size())
            refuse(ErrorCode::InvalidInput, EngineText::tr("The series has no occurrence %1 (it has %2)")
                                                .arg(c.index)
                                                .arg(expanded.occurrences.size()));
        if (seen.contains(c.index))
            refuse(ErrorCode::InvalidInput, EngineText::tr("Occurrence %1 is chosen twice").arg(c.index));
        seen.insert(c.index);
        if (!c.start.isValid())
            refuse(ErrorCode::InvalidInput, EngineText::tr("Occurrence %1 has no start").arg(c.index));
        if (c.start < now)
            refuse(ErrorCode::NotAllowed, EngineText::tr("Occurrence %1 (%2) is in the past")
                                              .arg(c.index)
                                              .arg(wallText(c.start, expanded.zone)));
        const QDate d = c.start.toTimeZone(expanded.zone).date();
        first = first.isValid() ? std::min(first, d) : d;
        last = last.isValid() ? std::max(last, d) : d;
    }
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        if (sorted.at(i).start.toMSecsSinceEpoch() < sorted.at(i - 1).start.toMSecsSinceEpoch() + length)
            refuse(ErrorCode::InvalidInput, EngineText::tr("Occurrences %1 and %2 overlap")
                                                .arg(sorted.at(i - 1).index)
                                                .arg(sorted.at(i).index));
    }
    const Evaluated ev = evaluate(session, request.practitionerKey, first, last, expanded.length.minutes,
                                  expanded.slotStep, now);
    ZoneDays days(expanded.zone);
    for (const SeriesChoice &c : std::as_const(sorted)) {
        const Span want{c.start.toMSecsSinceEpoch(), c.start.toMSecsSinceEpoch() + length};
        const SpanJudgement j = judgeSpan(ev.data, ev.result, want, days);
        if (j.verdict == SpanVerdict::Free)
            continue;
        refuse(j.verdict == SpanVerdict::Taken ? ErrorCode::SlotTaken : ErrorCode::NotAllowed,
               EngineText::tr("Occurrence %1 (%2) is not free: %3")
                   .arg(c.index)
                   .arg(wallText(c.start, expanded.zone), reasonText(j)));
    }

    const QVariant typeId = expanded.length.typeId.isValid() ? expanded.length.typeId
                                                             : QVariant(QMetaType::fromType<qlonglong>());
    const qint64 seriesId =
        session
            .scalar(QStringLiteral("INSERT INTO appointment_series (practitioner_id, rrule, first_starts_at,"
                                   " time_zone, minutes, patient_name, patient_phone, type_id, request_id)"
                                   " VALUES (?, ?, CAST(? AS timestamptz), ?, ?, ?, ?, ?, CAST(? AS uuid))"
                                   " RETURNING id"),
                    {practitionerId, request.rrule.trimmed().toUpper(),
                     expanded.occurrences.first().first.toString(Qt::ISODateWithMs),
                     QString::fromUtf8(expanded.zone.id()), expanded.length.minutes,
                     request.patient.trimmed(), request.phone.trimmed(), typeId,
                     requestId.toString(QUuid::WithoutBraces)})
            .toLongLong();
    ArrayLiteral starts, ends, indexes;
    for (const SeriesChoice &c : std::as_const(sorted)) {
        starts.addInstant(c.start);
        ends.addInstant(c.start.addMSecs(length));
        indexes.addInt(c.index);
    }
    try {
        session.exec(
            QStringLiteral("INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name,"
                           " patient_phone, type_id, series_id, series_index)"
                           " SELECT ?, s, e, ?, ?, ?, ?, i FROM unnest(CAST(? AS timestamptz[]),"
                           " CAST(? AS timestamptz[]), CAST(? AS integer[])) AS o (s, e, i)"),
            {practitionerId, request.patient.trimmed(), request.phone.trimmed(), typeId, seriesId,
             starts.toString(), ends.toString(), indexes.toString()});
    } catch (const DbException &e) {
        rethrowWriteError(e);
    }
    BookedSeries made = readSeries(session, seriesId);
    tx.commit();
    return made;
}

} // namespace

BookedSeries bookSeries(Session &session, const SeriesRequest &request, const QList<SeriesChoice> &choices,
                        const QDateTime &now)
{
    const QUuid requestId = request.requestId.isNull() ? QUuid::createUuid() : request.requestId;
    try {
        return bookSeriesInTransaction(session, request, requestId, choices, now);
    } catch (const DbException &e) {
        if (e.error().sqlState != QLatin1String("23505"))
            throw;
        if (auto existing = findSeriesByRequestId(session, requestId))
            return *existing;
        throw;
    }
}

std::optional<BookedSeries> findSeriesByRequestId(Session &session, const QUuid &requestId)
{
    return findSeries(session, QStringLiteral("WHERE s.request_id = CAST(? AS uuid)"),
                      {requestId.toString(QUuid::WithoutBraces)});
}

BookedSeries readSeries(Session &session, qint64 id)
{
    auto s = findSeries(session, QStringLiteral("WHERE s.id = ?") + inThisClinic("s"), {id});
    if (!s)
        refuse(ErrorCode::InvalidInput, EngineText::tr("There is no series %1").arg(id));
    return *s;
}

namespace {

/// The pivot occurrence and every later booked one of its series, by start.
QList<Appointment> thisAndFollowing(Session &session, qint64 appointmentId)
{
    const Appointment pivot = readAppointment(session, appointmentId);
    if (pivot.seriesId == 0)
        refuse(ErrorCode::InvalidInput,
               EngineText::tr("Appointment %1 is not part of a recurring series").arg(appointmentId));
    const QList<Appointment> out = readAppointmentsWhere(
        session,
        QStringLiteral(
            "WHERE a.series_id = ? AND a.status = 'booked' AND a.starts_at >= CAST(? AS timestamptz)"
            " ORDER BY a.starts_at"),
        {pivot.seriesId, pivot.start.toString(Qt::ISODateWithMs)});
    if (out.isEmpty())
        refuse(ErrorCode::NotAllowed, EngineText::tr("No occurrence of series %1 from %2 on is still booked")
                                          .arg(pivot.seriesId)
                                          .arg(formatInstant(pivot.start, clinicTimeZone(session))));
    return out;
}

} // namespace

SeriesChange cancelSeriesFrom(Session &session, qint64 appointmentId)
{
    Transaction read(session);
    const QList<Appointment> targets = thisAndFollowing(session, appointmentId);
    const QTimeZone zone = clinicTimeZone(session);
    BulkChange bulk(
        session, QStringLiteral("cancel"),
        EngineText::tr("Cancel %n occurrence(s) of %1's series %2 from %3 on", nullptr, int(targets.size()))
            .arg(targets.first().patient)
            .arg(targets.first().seriesId)
            .arg(wallText(targets.first().start, zone)));
    ArrayLiteral ids, versions;
    for (const Appointment &a : targets) {
        ids.addInt(a.id);
        versions.addInt(a.version);
    }
    QSqlQuery q = session.exec(
        QStringLiteral(
            "UPDATE appointments a SET status = 'cancelled' FROM unnest(CAST(? AS bigint[]),"
            " CAST(? AS integer[])) AS t (id, version) WHERE a.id = t.id AND a.version = t.version"),
        {ids.toString(), versions.toString()});
    if (q.numRowsAffected() != targets.size())
        refuse(ErrorCode::StaleVersion,
               EngineText::tr("The series changed while it was being cancelled; reload it"));
    SeriesChange out{bulk.id(), int(targets.size())};
    bulk.commit();
    read.commit();
    return out;
}

SeriesChange moveSeriesFrom(Session &session, qint64 appointmentId, const QString &practitionerKey,
                            const std::optional<QDateTime> &newStart, const QDateTime &now)
{
    if (practitionerKey.isEmpty() && !newStart)
        refuse(ErrorCode::InvalidInput, EngineText::tr("Say where to move the series: a new start, a new "
                                                       "practitioner, or both"));
    Transaction tx(session);
    const QList<Appointment> targets = thisAndFollowing(session, appointmentId);
    const ClinicSettings settings = readClinicSettings(session);
    const QTimeZone zone(settings.timeZone.toUtf8());
    const Appointment &pivot = targets.first();
    const auto targetKey = [&practitionerKey](const Appointment &a) {
        return practitionerKey.isEmpty() ? a.practitionerKey : practitionerKey;
    };
    // Every practitioner involved, old and new, locked once each in key order (as bulk
    // moves do), so two moves between the same two diaries cannot deadlock.
    QStringList keys;
    for (const Appointment &a : targets)
        keys << a.practitionerKey << targetKey(a);
    keys.sort();
    keys.removeDuplicates();
    QHash<QString, qint64> practitionerIds;
    for (const QString &k : std::as_const(keys))
        practitionerIds.insert(k, lockPractitioner(session, k));

    int dayShift = 0;
    std::optional<QTime> wall;
    if (newStart) {
        const QDateTime from = pivot.start.toTimeZone(zone);
        const QDateTime to = newStart->toTimeZone(zone);
        dayShift = int(from.date().daysTo(to.date()));
        wall = QTime(to.time().hour(), to.time().minute());
    }
    struct Move
    {
        const Appointment *appointment;
        QString key;
        QDateTime start;
        QDateTime end;
    };
    QList<Move> moves;
    for (const Appointment &a : targets) {
        // The chosen visit goes exactly where it was put (an instant: a repeated hour on
        // the night the clocks go back stays the one chosen); the later ones as many days
        // on at that wall-clock time; without a new start each keeps its time.
        QDateTime start = a.start.toUTC();
        if (newStart && &a == &pivot)
            start = newStart->toUTC();
        else if (newStart)
            start =
                wallClockToInstant(a.start.toTimeZone(zone).date().addDays(dayShift), *wall, zone).toUTC();
        moves.append({&a, targetKey(a), start, start.addMSecs(a.start.msecsTo(a.end))});
    }
    // Each new practitioner's diary once, without the moved visits' own old times.
    QHash<QString, Evaluated> diaries;
    for (const QString &k : std::as_const(keys)) {
        QDate first;
        QDate last;
        SpanList ignore;
        for (const Move &m : std::as_const(moves)) {
            if (m.appointment->practitionerKey == k)
                ignore.append(spanOf(m.appointment->start, m.appointment->end));
            if (m.key != k)
                continue;
            const QDate d = m.start.toTimeZone(zone).date();
            first = first.isValid() ? std::min(first, d) : d;
            last = last.isValid() ? std::max(last, d) : d;
        }
        if (first.isValid())
            diaries.insert(k, evaluate(session, k, first, last, 0, 0, now, ignore));
    }
    ZoneDays days(zone);
    QStringList problems;
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const Move &m = moves.at(i);
        QString why;
        if (m.start < now) {
            why = EngineText::tr("in the past");
        } else if (i > 0 && moves.at(i - 1).end > m.start) {
            why = EngineText::tr("overlaps the occurrence before it");
        } else {
            const Evaluated &ev = diaries[m.key];
            why = reasonText(judgeSpan(ev.data, ev.result, spanOf(m.start, m.end), days));
        }
        if (!why.isEmpty())
            problems << EngineText::tr("occurrence %1 at %2: %3")
                            .arg(m.appointment->seriesIndex)
                            .arg(wallText(m.start, zone), why);
    }
    if (!problems.isEmpty())
        refuse(ErrorCode::NotAllowed, EngineText::tr("The series cannot move to %1 there: %2")
                                          .arg(targetKey(pivot), problems.join(QStringLiteral("; "))));

    BulkChange bulk(
        session, QStringLiteral("move"),
        EngineText::tr("Move %n occurrence(s) of %1's series %2 from %3 on", nullptr, int(moves.size()))
            .arg(pivot.patient)
            .arg(pivot.seriesId)
            .arg(wallText(pivot.start, zone)));
    // Later first when moving later, earlier first otherwise: no occurrence steps on the
    // old time of one not moved yet.
    if (moves.first().start > pivot.start)
        std::reverse(moves.begin(), moves.end());
    for (const Move &m : std::as_const(moves)) {
        QSqlQuery q;
        try {
            q = session.exec(
                QStringLiteral("UPDATE appointments SET practitioner_id = ?, starts_at = CAST(? AS "
                               "timestamptz), ends_at = CAST(? AS timestamptz) WHERE id = ? AND "
                               "version = ?"),
                {practitionerIds.value(m.key), m.start.toString(Qt::ISODateWithMs),
                 m.end.toString(Qt::ISODateWithMs), m.appointment->id, m.appointment->version});
        } catch (const DbException &e) {
            rethrowWriteError(e);
        }
        if (q.numRowsAffected() != 1)
            refuse(ErrorCode::StaleVersion,
                   EngineText::tr("The series changed while it was being moved; reload it"));
    }
    SeriesChange out{bulk.id(), int(moves.size())};
    bulk.commit();
    tx.commit();
    return out;
}

} // namespace caredesk
