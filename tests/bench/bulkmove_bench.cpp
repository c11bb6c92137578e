// Closures that strand patients, measured (run on demand with scripts/bench; not a test).
// On the demo clinic (50 practitioners, 90 days of appointments), a three-day clinic
// closure a week ahead is added; then, end to end through the pool:
//  1. findConflicts over a year ahead (what the list of appointments to resolve and the
//     warnings load after every change): median and p95;
//  2. loadWarnings (the strip): median;
//  3. planBulkMove for every stranded appointment (the preview), applyBulkMove (the
//     move, one transaction) and undoBulkChange (one transaction): once each, with the
//     number of appointments moved.
#include "engine/bulk.h"
#include "engine/bulkmove.h"
#include "engine/clinictime.h"
#include "engine/demo.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "engine/warnings.h"
#include "tests/bench/benchclinic.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace caredesk;
using Clock = std::chrono::steady_clock;

using bench::ms;
using bench::percentile;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto target = bench::benchTarget();
    if (!target)
        return 2;
    const int runs = bench::benchRuns();
    ConnectionPool pool(*target, PoolConfig{});
    const QDate today(2026, 11, 27);
    const QDateTime now = wallClockToInstant(today, 8 * 60, QTimeZone("Australia/Sydney"));
    auto loaded = bench::loadBenchClinic(pool, today, [today](Session &s) {
        s.exec(QStringLiteral("INSERT INTO availability_exceptions (kind, start_date, end_date, reason)"
                              " VALUES ('closure', ?, ?, 'Flood')"),
               {today.addDays(7), today.addDays(9)});
    });
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    std::printf("# demo clinic: 50 practitioners, 90 days, %d appointments; a 3-day closure a week ahead\n",
                loaded.value());

    std::vector<double> find;
    QList<AppointmentSummary> stranded;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        auto r = pool.runBlocking(
            Access::Read, [today](Session &s) { return findConflicts(s, today, today.addDays(365)); });
        find.push_back(ms(Clock::now() - t0));
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        stranded = r.value();
    }
    std::printf("findConflicts, a year ahead: %lld stranded; median %.1f ms, p95 %.1f ms (%d runs)\n",
                static_cast<long long>(stranded.size()), percentile(find, 0.5), percentile(find, 0.95), runs);

    std::vector<double> warn;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        auto r = pool.runBlocking(Access::Read, [today](Session &s) { return loadWarnings(s, today); });
        warn.push_back(ms(Clock::now() - t0));
        if (!r)
            return 1;
    }
    std::printf("loadWarnings, 90 days: median %.1f ms, p95 %.1f ms\n", percentile(warn, 0.5),
                percentile(warn, 0.95));

    auto t0 = Clock::now();
    auto plan = pool.runBlocking(Access::Read,
                                 [stranded, now](Session &s) { return planBulkMove(s, stranded, now); });
    const double planMs = ms(Clock::now() - t0);
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error().toString()));
        return 1;
    }
    int movable = 0;
    for (const MoveProposal &p : plan.value().moves)
        movable += p.newStart ? 1 : 0;
    std::printf("planBulkMove (preview): %d of %lld get a slot; %.0f ms (%.1f ms per appointment)\n", movable,
                static_cast<long long>(stranded.size()), planMs,
                planMs / std::max<qsizetype>(1, stranded.size()));
    t0 = Clock::now();
    auto moved = pool.runBlocking(Access::Write,
                                  [plan, now](Session &s) { return applyBulkMove(s, plan.value(), now); });
    const double moveMs = ms(Clock::now() - t0);
    if (!moved) {
        std::fprintf(stderr, "%s\n", qPrintable(moved.error().toString()));
        return 1;
    }
    std::printf("applyBulkMove (one transaction): %lld moved in %.0f ms\n",
                static_cast<long long>(moved.value().size()), moveMs);
    t0 = Clock::now();
    auto undone =
        pool.runBlocking(Access::Write, [](Session &s) { return undoBulkChange(s, lastBulkChange(s)->id); });
    const double undoMs = ms(Clock::now() - t0);
    if (!undone) {
        std::fprintf(stderr, "%s\n", qPrintable(undone.error().toString()));
        return 1;
    }
    std::printf("undoBulkChange (one transaction): %.0f ms\n", undoMs);
    return 0;
}
