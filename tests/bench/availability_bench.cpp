// Availability benchmarks (run on demand with scripts/bench; not a test).
//  1. Batch availability, 50 practitioners x 90 days of the demo clinic, end to end
//     through the pool: median and p95 over repeated runs.
//  2. The same answer computed the old system's way: per practitioner and per day,
//     querying hours, the practitioner's exceptions, clinic-wide exceptions and the
//     day's appointments (P x (1 + 3D) queries), then the same rules per day. Ratio.
//  3. The in-memory rule evaluation alone: practitioner-days per second.
#include "engine/availability.h"
#include "engine/demo.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "tests/bench/benchclinic.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace caredesk;
using Clock = std::chrono::steady_clock;

using bench::ms;

namespace {

/// The old pattern: one query per practitioner for hours, then three per day.
QList<PractitionerAvailability> perDayBaseline(Session &s, const AvailabilityOptions &o)
{
    AvailabilityData base;
    const ClinicSettings settings = readClinicSettings(s);
    base.zone = QTimeZone(settings.timeZone.toUtf8());
    base.slotStepMinutes = settings.slotStepMinutes;
    QSqlQuery pq =
        s.exec(QStringLiteral("SELECT id, key, display_name FROM practitioners WHERE active ORDER BY key"));
    QList<PractitionerRecord> practitioners;
    while (pq.next())
        practitioners.append({pq.value(0).toLongLong(), pq.value(1).toString(), pq.value(2).toString()});
    QList<PractitionerAvailability> out;
    for (const PractitionerRecord &p : practitioners) {
        PractitionerAvailability pa;
        pa.practitioner = p;
        QList<WorkingInterval> hours;
        QSqlQuery hq =
            s.exec(QStringLiteral(
                       "SELECT weekday, start_minute, end_minute, valid_from, valid_until FROM working_hours"
                       " WHERE practitioner_id = ?"),
                   {p.id});
        while (hq.next())
            hours.append(workingIntervalFromRow(hq, 0));
        for (QDate d = o.from; d <= o.to; d = d.addDays(1)) {
            AvailabilityData day = base;
            day.practitioners = {p};
            day.hours[p.id] = hours;
            for (const QString &scope : {QStringLiteral("practitioner_id = ?"),
                                         QStringLiteral("practitioner_id IS NULL AND ? > 0")}) {
                QSqlQuery eq = s.exec(
                    QStringLiteral(
                        "SELECT id, coalesce(practitioner_id, 0), kind, start_date, end_date, start_minute,"
                        " end_minute, reason FROM availability_exceptions WHERE ") +
                        scope + QStringLiteral(" AND start_date <= ? AND end_date >= ?"),
                    {p.id, d, d});
                while (eq.next())
                    day.exceptions.append(exceptionRecordFromRow(eq, 0));
            }
            QSqlQuery aq =
                s.exec(QStringLiteral(
                           "SELECT (extract(epoch FROM starts_at) * 1000)::bigint, (extract(epoch FROM "
                           "ends_at) * 1000)::bigint"
                           " FROM appointments WHERE practitioner_id = ? AND status <> 'cancelled'"
                           " AND starts_at < CAST(? AS timestamptz) AND ends_at > CAST(? AS timestamptz)"),
                       {p.id, wallClockToInstant(d.addDays(1), 0, base.zone).toString(Qt::ISODateWithMs),
                        wallClockToInstant(d, 0, base.zone).toString(Qt::ISODateWithMs)});
            while (aq.next())
                day.busy[p.id].append({aq.value(0).toLongLong(), aq.value(1).toLongLong()});
            day.busy[p.id] = normalizeSpans(day.busy[p.id]);
            AvailabilityOptions one = o;
            one.from = d;
            one.to = d;
            pa.days += evaluateAvailability(day, one).first().days;
        }
        out.append(pa);
    }
    return out;
}

bool sameAnswer(const QList<PractitionerAvailability> &a, const QList<PractitionerAvailability> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].days.size() != b[i].days.size())
            return false;
        for (qsizetype j = 0; j < a[i].days.size(); ++j) {
            if (a[i].days[j].slots != b[i].days[j].slots || a[i].days[j].status != b[i].days[j].status ||
                a[i].days[j].blockedBy != b[i].days[j].blockedBy)
                return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto target = bench::benchTarget();
    if (!target)
        return 2;
    const int runs = bench::benchRuns();
    ConnectionPool pool(*target, PoolConfig{});
    const QDate today(2026, 11, 27);
    auto loaded = bench::loadBenchClinic(pool, today, [](Session &) {});
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    AvailabilityOptions o;
    o.from = today;
    o.to = today.addDays(89);
    o.nowMs = wallClockToInstant(today, 8 * 60, QTimeZone("Australia/Sydney")).toMSecsSinceEpoch();
    std::printf("# demo clinic: 50 practitioners, 90 days, %d appointments\n", loaded.value());

    std::vector<double> batch;
    QList<PractitionerAvailability> batchAnswer;
    for (int i = 0; i < runs; ++i) {
        const auto t = Clock::now();
        auto r = pool.runBlocking(Access::Read, [o](Session &s) {
            return evaluateAvailability(loadAvailabilityData(s, {}, o.from, o.to), o);
        });
        batch.push_back(ms(Clock::now() - t));
        batchAnswer = r.value();
    }
    std::sort(batch.begin(), batch.end());

    const int baselineRuns = std::max(1, runs / 5);
    std::vector<double> baseline;
    QList<PractitionerAvailability> baselineAnswer;
    for (int i = 0; i < baselineRuns; ++i) {
        const auto t = Clock::now();
        auto r = pool.runBlocking(Access::Read, [o](Session &s) { return perDayBaseline(s, o); });
        baseline.push_back(ms(Clock::now() - t));
        baselineAnswer = r.value();
    }
    std::sort(baseline.begin(), baseline.end());
    const bool same = sameAnswer(batchAnswer, baselineAnswer);

    auto data =
        pool.runBlocking(Access::Read, [o](Session &s) { return loadAvailabilityData(s, {}, o.from, o.to); });
    const int evalRuns = 20;
    const auto t = Clock::now();
    for (int i = 0; i < evalRuns; ++i)
        (void)evaluateAvailability(data.value(), o);
    const double evalMs = ms(Clock::now() - t) / evalRuns;
    const double practitionerDays = 50.0 * 90.0;

    std::printf("%-46s %10s %10s\n", "path (50 x 90, ms)", "median", "p95");
    std::printf("%-46s %10.1f %10.1f\n", "batch: 5 set-based queries + rules", batch[batch.size() / 2],
                batch[batch.size() * 95 / 100]);
    std::printf("%-46s %10.1f %10.1f\n", "old pattern: per practitioner per day",
                baseline[baseline.size() / 2], baseline[baseline.size() * 95 / 100]);
    std::printf("ratio old / batch (median): %.1f   same answer: %s\n",
                baseline[baseline.size() / 2] / batch[batch.size() / 2], same ? "yes" : "NO");
    std::printf("rules alone: %.1f ms for 4,500 practitioner-days = %.0f practitioner-days/s\n", evalMs,
                practitionerDays / (evalMs / 1000.0));
    return same ? 0 : 1;
}
