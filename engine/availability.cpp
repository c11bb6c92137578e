#include "availability.h"

#include "schema.h"
#include "session.h"
#include "text.h"

#include <algorithm>
#include <set>

namespace caredesk {

namespace {
constexpr qint64 kMsPerMinute = 60'000;
constexpr qint64 kMsPerDay = 86'400'000;
} // namespace

QString dayStatusName(DayStatus status)
{
    switch (status) {
    case DayStatus::Off:
        return QStringLiteral("off");
    case DayStatus::Blocked:
        return QStringLiteral("blocked");
    case DayStatus::Full:
        return QStringLiteral("full");
    case DayStatus::Open:
        return QStringLiteral("open");
    }
    return QStringLiteral("off");
}

SpanList normalizeSpans(SpanList spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    SpanList out;
    for (const Span &s : spans) {
        if (s.end <= s.start)
            continue;
        if (!out.isEmpty() && s.start <= out.last().end)
            out.last().end = std::max(out.last().end, s.end);
        else
            out.append(s);
    }
    return out;
}

SpanList subtractSpans(const SpanList &a, const SpanList &cut)
{
    SpanList out;
    qsizetype j = 0;
    for (const Span &s : a) {
        qint64 cursor = s.start;
        while (j < cut.size() && cut[j].end <= cursor)
            ++j;
        qsizetype k = j;
        while (k < cut.size() && cut[k].start < s.end) {
            if (cut[k].start > cursor)
                out.append({cursor, cut[k].start});
            cursor = std::max(cursor, cut[k].end);
            ++k;
        }
        if (cursor < s.end)
            out.append({cursor, s.end});
    }
    return out;
}

ZoneDays::ZoneDays(QTimeZone zone)
    : m_zone(std::move(zone))
{}

const ZoneDays::Day &ZoneDays::day(const QDate &date)
{
    const qint64 key = date.toJulianDay();
    auto it = m_days.find(key);
    if (it != m_days.end())
        return *it;
    Day d;
    d.midnightNaive = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 start = wallClockToInstant(date, 0, m_zone).toMSecsSinceEpoch();
    const qint64 end = wallClockToInstant(date.addDays(1), 0, m_zone).toMSecsSinceEpoch();
    // A day whose midnights are exactly 24 h apart and share one offset has no
    // transition inside (zones do not change twice and back within a day).
    const qint64 offsetStart = d.midnightNaive - start;
    const qint64 offsetEnd = d.midnightNaive + kMsPerDay - end;
    d.uniform = offsetStart == offsetEnd &&
                m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(end - 1, QTimeZone::utc())) * 1000LL ==
                    offsetStart;
    d.offsetMs = offsetStart;
    return *m_days.insert(key, d);
}

qint64 ZoneDays::toInstant(const QDate &date, WallMinutes minutes)
{
    const Day &d = day(date);
    if (d.uniform && minutes < kEndOfDay)
        return d.midnightNaive + minutes * kMsPerMinute - d.offsetMs;
    if (minutes >= kEndOfDay)
        return toInstant(date.addDays(1), minutes - kEndOfDay);
    return wallClockToInstant(date, minutes, m_zone).toMSecsSinceEpoch();
}

namespace {} // namespace

Span exceptionSpan(const ExceptionRecord &e, const QDate &d, ZoneDays &days)
{
    if (e.allDay())
        return {days.toInstant(d, 0), days.toInstant(d, kEndOfDay)};
    return {days.toInstant(d, *e.startMinute), days.toInstant(d, *e.endMinute)};
}

namespace {

bool isPersonalBlock(const QString &kind)
{
    return kind == QLatin1String("blocked") || kind == QLatin1String("holiday") ||
           kind == QLatin1String("vacation");
}

bool intersects(const SpanList &list, const Span &s)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&s](const Span &w) { return w.start < s.end && s.start < w.end; });
}

} // namespace

QString spanVerdictName(SpanVerdict verdict)
{
    switch (verdict) {
    case SpanVerdict::Free:
        return QStringLiteral("free");
    case SpanVerdict::Closure:
        return QStringLiteral("closure");
    case SpanVerdict::Block:
        return QStringLiteral("block");
    case SpanVerdict::Hours:
        return QStringLiteral("hours");
    case SpanVerdict::Taken:
        return QStringLiteral("booked");
    }
    return {};
}

SpanJudgement judgeSpan(const AvailabilityData &data, const PractitionerAvailability &result,
                        const Span &want, ZoneDays &days)
{
    const QDate from = QDateTime::fromMSecsSinceEpoch(want.start, data.zone).date().addDays(-1);
    const QDate to = QDateTime::fromMSecsSinceEpoch(want.end, data.zone).date();
    SpanList free;
    SpanList open; // after rules 1-5 only: tells "taken" from "not working then"
    for (const DayAvailability &d : result.days) {
        if (d.date < from || d.date > to)
            continue;
        free += d.free;
        open += d.open;
    }
    SpanJudgement out;
    if (subtractSpans({want}, normalizeSpans(free)).isEmpty())
        return out;
    if (subtractSpans({want}, normalizeSpans(open)).isEmpty()) {
        out.verdict = SpanVerdict::Taken;
        return out;
    }
    const qint64 practitionerId = result.practitioner.id;
    const auto exemptOn = [&](const QDate &d) {
        return std::any_of(data.exceptions.cbegin(), data.exceptions.cend(), [&](const ExceptionRecord &w) {
            return w.kind == QLatin1String("work") && w.practitionerId == practitionerId && w.covers(d);
        });
    };
    bool clinicWide = false;
    for (const ExceptionRecord &e : data.exceptions) {
        if (e.kind == QLatin1String("work") || (e.practitionerId != 0 && e.practitionerId != practitionerId))
            continue;
        for (QDate d = std::max(e.startDate, from); d <= std::min(e.endDate, to); d = d.addDays(1)) {
            if (e.practitionerId == 0 && exemptOn(d))
                continue; // a work override lifts clinic closures that day
            const Span s = exceptionSpan(e, d, days);
            if (s.start < want.end && want.start < s.end) {
                clinicWide = clinicWide || e.practitionerId == 0;
                if (!out.blockers.contains(e.label()))
                    out.blockers << e.label();
            }
        }
    }
    out.verdict = out.blockers.isEmpty() ? SpanVerdict::Hours
                  : clinicWide           ? SpanVerdict::Closure
                                         : SpanVerdict::Block;
    return out;
}

QList<PractitionerAvailability> evaluateAvailability(const AvailabilityData &data,
                                                     const AvailabilityOptions &options)
{
    const int step = options.step > 0 ? options.step : data.slotStepMinutes;
    const int minutes = options.minutes > 0 ? options.minutes : step;
    const qint64 stepMs = qint64(step) * kMsPerMinute;
    const qint64 durationMs = qint64(minutes) * kMsPerMinute;
    ZoneDays days(data.zone);

    // Exceptions by scope, so each practitioner-day looks at few.
    QList<const ExceptionRecord *> clinicWide;
    QHash<qint64, QList<const ExceptionRecord *>> personal;
    for (const ExceptionRecord &e : data.exceptions) {
        if (e.practitionerId == 0)
            clinicWide.append(&e);
        else
            personal[e.practitionerId].append(&e);
    }

    QList<PractitionerAvailability> out;
    out.reserve(data.practitioners.size());
    const QList<WorkingInterval> noHours;
    const SpanList noBusy;
    for (const PractitionerRecord &p : data.practitioners) {
        PractitionerAvailability pa;
        pa.practitioner = p;
        const QList<WorkingInterval> &hours = data.hours.contains(p.id) ? data.hours[p.id] : noHours;
        const QList<const ExceptionRecord *> own = personal.value(p.id);
        const SpanList &busy = data.busy.contains(p.id) ? data.busy[p.id] : noBusy;
        for (QDate d = options.from; d <= options.to; d = d.addDays(1)) {
            DayAvailability day;
            day.date = d;

            // Rule 1: weekly hours in effect on d.
            QList<std::pair<int, int>> wall;
            for (const WorkingInterval &w : hours) {
                if (w.weekday == d.dayOfWeek() && (!w.validFrom || *w.validFrom <= d) &&
                    (!w.validUntil || d <= *w.validUntil))
                    wall.append({w.start, w.end});
            }
            // Rule 2: `work` overrides exempt from closures; timed ones replace the hours.
            bool exempt = false;
            QList<std::pair<int, int>> custom;
            for (const ExceptionRecord *e : own) {
                if (e->kind == QLatin1String("work") && e->covers(d)) {
                    exempt = true;
                    if (!e->allDay())
                        custom.append({*e->startMinute, *e->endMinute});
                }
            }
            if (!custom.isEmpty())
                wall = custom;
            SpanList windows;
            for (const auto &[s, t] : wall)
                windows.append({days.toInstant(d, s), days.toInstant(d, t)});
            // A window wholly inside a DST gap has no length: it is no working time.
            windows.erase(std::remove_if(windows.begin(), windows.end(),
                                         [](const Span &w) { return w.end <= w.start; }),
                          windows.end());
            std::sort(windows.begin(), windows.end(),
                      [](const Span &a, const Span &b) { return a.start < b.start; });
            if (!custom.isEmpty())
                windows = normalizeSpans(windows); // several timed `work` windows count as their union
            day.windows = windows;
            if (windows.isEmpty()) {
                day.status = DayStatus::Off;
                pa.days.append(day);
                continue;
            }

            // Rules 3-4: clinic closures (unless exempt) and personal blocks.
            SpanList removed;
            std::set<QString> blockedBy;
            bool clinicBlocker = false;
            const auto removeBy = [&](const ExceptionRecord *e) {
                const Span s = exceptionSpan(*e, d, days);
                removed.append(s);
                if (intersects(windows, s)) {
                    blockedBy.insert(e->label());
                    clinicBlocker = clinicBlocker || e->practitionerId == 0;
                }
            };
            if (!exempt) {
                for (const ExceptionRecord *e : clinicWide) {
                    if (e->covers(d))
                        removeBy(e);
                }
            }
            for (const ExceptionRecord *e : own) {
                if (isPersonalBlock(e->kind) && e->covers(d))
                    removeBy(e);
            }
            removed = normalizeSpans(removed);
            const SpanList open = subtractSpans(normalizeSpans(windows), removed);
            if (open.isEmpty()) {
                day.status = DayStatus::Blocked;
                day.blockedBy = QStringList(blockedBy.begin(), blockedBy.end());
                day.clinicClosed = clinicBlocker;
                pa.days.append(day);
                continue;
            }

            day.open = open;
            // Rule 6: booked time. Rule 7: slots stepped from each window's start,
            // inside that window's free time, not before now.
            day.free = subtractSpans(open, busy);
            for (const Span &w : windows) {
                const SpanList freeInWindow =
                    subtractSpans(day.free, {{std::numeric_limits<qint64>::min(), w.start},
                                             {w.end, std::numeric_limits<qint64>::max()}});
                qsizetype k = 0;
                for (qint64 t = w.start; t + durationMs <= w.end; t += stepMs) {
                    if (t < options.nowMs)
                        continue;
                    while (k < freeInWindow.size() && freeInWindow[k].end < t + durationMs)
                        ++k;
                    if (k < freeInWindow.size() && freeInWindow[k].start <= t)
                        day.slots.append(t);
                }
            }
            std::sort(day.slots.begin(), day.slots.end());
            day.slots.erase(std::unique(day.slots.begin(), day.slots.end()), day.slots.end());
            day.status = day.slots.isEmpty() ? DayStatus::Full : DayStatus::Open;
            pa.days.append(day);
        }
        out.append(pa);
    }
    return out;
}

ExceptionRecord exceptionRecordFromRow(const QSqlQuery &q, int first)
{
    ExceptionRecord e;
    e.id = q.value(first).toLongLong();
    e.practitionerId = q.value(first + 1).toLongLong();
    exceptionFromRow(q, first + 2, e);
    return e;
}

QTimeZone clinicTimeZone(Session &session)
{
    return QTimeZone(readClinicSettings(session).timeZone.toUtf8());
}

QDate clinicToday(Session &session, const QDateTime &now)
{
    return now.toTimeZone(clinicTimeZone(session)).date();
}

namespace {

ClinicSettings clinicSettingsFrom(const QSqlQuery &q, int first)
{
    ClinicSettings s;
    if (q.isValid()) {
        s.name = q.value(first).toString();
        s.timeZone = q.value(first + 1).toString();
        s.slotStepMinutes = q.value(first + 2).toInt();
    }
    return s;
}

} // namespace

ClinicSettings readClinicSettings(Session &session)
{
    QSqlQuery q =
        session.exec(QStringLiteral("SELECT name, timezone, slot_step_minutes FROM clinic_settings"));
    q.next();
    return clinicSettingsFrom(q, 0);
}

ClinicSettings readClinicSettingsCheckingSchema(Session &session)
{
    const QSqlQuery q = execWithSchemaCheck(
        session, QStringLiteral("SELECT (SELECT coalesce(max(version), 0) FROM schema_migrations),"
                                " name, timezone, slot_step_minutes FROM clinic_settings"));
    return clinicSettingsFrom(q, 1);
}

AvailabilityData loadAvailabilityData(Session &session, const QStringList &keys, const QDate &from,
                                      const QDate &to, qint64 ignoreAppointmentId)
{
    AvailabilityData data;
    const ClinicSettings settings = readClinicSettings(session);
    data.zone = QTimeZone(settings.timeZone.toUtf8());
    data.slotStepMinutes = settings.slotStepMinutes;

    ArrayLiteral keyArray;
    for (const QString &k : keys)
        keyArray.addText(k);
    QSqlQuery pq =
        keys.isEmpty()
            ? session.exec(
                  QStringLiteral("SELECT id, key, display_name FROM practitioners"
                                 " WHERE active AND clinic_id = caredesk_current_clinic() ORDER BY key"))
            : session.exec(
                  QStringLiteral("SELECT p.id, p.key, p.display_name FROM unnest(CAST(? AS text[]))"
                                 " WITH ORDINALITY AS u(key, n) JOIN practitioners p ON p.key = u.key"
                                 " AND p.clinic_id = caredesk_current_clinic()"
                                 " ORDER BY u.n"),
                  {keyArray.toString()});
    ArrayLiteral ids;
    while (pq.next()) {
        data.practitioners.append({pq.value(0).toLongLong(), pq.value(1).toString(), pq.value(2).toString()});
        ids.addInt(pq.value(0).toLongLong());
    }
    if (!keys.isEmpty() && data.practitioners.size() != keys.size()) {
        QStringList unknown = keys;
        for (const auto &p : std::as_const(data.practitioners))
            unknown.removeAll(p.key);
        throw DbException(
            makeError(ErrorCode::InvalidInput,
                      EngineText::tr("Unknown practitioner: %1").arg(unknown.join(QStringLiteral(", ")))));
    }
    const QString idList = ids.toString();

    QSqlQuery hq = session.exec(
        QStringLiteral(
            "SELECT practitioner_id, weekday, start_minute, end_minute, valid_from, valid_until"
            " FROM working_hours WHERE practitioner_id = ANY(CAST(? AS bigint[]))"
            " AND (valid_from IS NULL OR valid_from <= ?) AND (valid_until IS NULL OR valid_until >= ?)"
            " ORDER BY practitioner_id, weekday, start_minute"),
        {idList, to, from});
    while (hq.next())
        data.hours[hq.value(0).toLongLong()].append(workingIntervalFromRow(hq, 1));

    QSqlQuery eq = session.exec(
        QStringLiteral("SELECT id, coalesce(practitioner_id, 0), kind, start_date, end_date, start_minute, "
                       "end_minute, reason"
                       " FROM availability_exceptions"
                       " WHERE ((practitioner_id IS NULL AND (clinic_id IS NULL OR clinic_id = "
                       "caredesk_current_clinic()))"
                       "        OR practitioner_id = ANY(CAST(? AS bigint[])))"
                       " AND start_date <= ? AND end_date >= ? ORDER BY id"),
        {idList, to, from});
    while (eq.next())
        data.exceptions.append(exceptionRecordFromRow(eq, 0));

    // Appointments overlapping the range, with a day's margin for zone offsets.
    const QDateTime rangeStart = wallClockToInstant(from.addDays(-1), 0, data.zone);
    const QDateTime rangeEnd = wallClockToInstant(to.addDays(2), 0, data.zone);
    QSqlQuery aq = session.exec(
        QStringLiteral(
            "SELECT practitioner_id, (extract(epoch FROM starts_at) * 1000)::bigint,"
            " (extract(epoch FROM ends_at) * 1000)::bigint FROM appointments"
            " WHERE status <> 'cancelled' AND practitioner_id = ANY(CAST(? AS bigint[]))"
            " AND starts_at < CAST(? AS timestamptz) AND ends_at > CAST(? AS timestamptz) AND id <> ?"
            " ORDER BY practitioner_id, starts_at"),
        {idList, rangeEnd.toString(Qt::ISODateWithMs), rangeStart.toString(Qt::ISODateWithMs),
         ignoreAppointmentId});
    while (aq.next())
        data.busy[aq.value(0).toLongLong()].append({aq.value(1).toLongLong(), aq.value(2).toLongLong()});
    for (auto it = data.busy.begin(); it != data.busy.end(); ++it)
        *it = normalizeSpans(*it);
    return data;
}

} // namespace caredesk

namespace caredesk {

void filterSlots(QList<PractitionerAvailability> &results, const QTimeZone &zone, int minutes,
                 const QList<int> &weekdays, std::optional<WallMinutes> dayFrom,
                 std::optional<WallMinutes> dayTo)
{
    for (PractitionerAvailability &pa : results) {
        QList<DayAvailability> kept;
        for (DayAvailability &d : pa.days) {
            if (!weekdays.isEmpty() && !weekdays.contains(d.date.dayOfWeek()))
                continue;
            if (dayFrom || dayTo) {
                QList<qint64> slots;
                for (qint64 s : std::as_const(d.slots)) {
                    const QDateTime local =
                        QDateTime::fromMSecsSinceEpoch(s, QTimeZone::utc()).toTimeZone(zone);
                    const int wall = local.time().msecsSinceStartOfDay() / 60'000;
                    if ((!dayFrom || wall >= *dayFrom) && (!dayTo || wall + minutes <= *dayTo))
                        slots.append(s);
                }
                d.slots = slots;
                if (d.status == DayStatus::Open && d.slots.isEmpty())
                    d.status = DayStatus::Full;
            }
            kept.append(d);
        }
        pa.days = kept;
    }
}

QList<FoundSlot> nextAvailable(Session &session, const NextAvailableQuery &query, QTimeZone *zoneOut)
{
    constexpr int kChunkDays = 14;
    const ClinicSettings settings = readClinicSettings(session);
    const QTimeZone zone(settings.timeZone.toUtf8());
    if (zoneOut)
        *zoneOut = zone;
    const int step = query.step > 0 ? query.step : settings.slotStepMinutes;
    const int minutes = query.minutes > 0 ? query.minutes : step;
    const QDate first = query.after.toTimeZone(zone).date();
    const QDate last = first.addDays(std::max(0, query.horizonDays));
    QList<FoundSlot> found;
    for (QDate from = first; from <= last && found.size() < query.limit; from = from.addDays(kChunkDays)) {
        const QDate to = std::min(last, from.addDays(kChunkDays - 1));
        const AvailabilityData data = loadAvailabilityData(session, query.keys, from, to);
        AvailabilityOptions options;
        options.from = from;
        options.to = to;
        options.minutes = minutes;
        options.step = step;
        options.nowMs = query.after.toMSecsSinceEpoch();
        QList<std::pair<FoundSlot, int>> chunk; // slot, practitioner order
        QList<PractitionerAvailability> result = evaluateAvailability(data, options);
        filterSlots(result, zone, minutes, query.weekdays, query.dayFrom, query.dayTo);
        for (int pi = 0; pi < result.size(); ++pi) {
            for (const DayAvailability &day : result[pi].days) {
                for (qint64 start : day.slots)
                    chunk.append(
                        {FoundSlot{result[pi].practitioner.key, start, start + qint64(minutes) * 60'000},
                         pi});
            }
        }
        std::sort(chunk.begin(), chunk.end(), [](const auto &a, const auto &b) {
            return a.first.start != b.first.start ? a.first.start < b.first.start : a.second < b.second;
        });
        for (const auto &[slot, order] : chunk) {
            if (found.size() >= query.limit)
                break;
            found.append(slot);
        }
    }
    return found;
}

} // namespace caredesk
