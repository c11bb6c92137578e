// The waitlist, measured (run on demand with scripts/bench; not a test). On the demo
// clinic (50 practitioners, 90 days of appointments) with 1,000 open waitlist entries
// (a fifth for any practitioner; various dates, weekdays, times of day and lengths),
// end to end through the pool:
//  1. matchWaitlist over the next 90 days for every practitioner: what Book's Waitlist tab
//     runs after every change (one batch load, one match query): median and p95;
//  2. matchFreedAppointment for one cancelled appointment (a freed slot): median and p95;
//  3. for comparison in the same run, entry by entry: one nextAvailable per entry (what a
//     per-entry design costs), once over all 1,000.
#include "engine/availability.h"
#include "engine/booking.h"
#include "engine/clinictime.h"
#include "engine/waitlist.h"
#include "tests/bench/benchclinic.h"

#include <QCoreApplication>

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
    const QTimeZone zone("Australia/Sydney");
    const QDate today(2026, 11, 27);
    const QDateTime now = wallClockToInstant(today, 8 * 60, zone);
    auto loaded = bench::loadBenchClinic(pool, today, [today](Session &s) {
        // 1,000 entries, deterministic: entry i wants practitioner i % 50 (none for every
        // fifth), a window of 7 to 34 days starting 0 to 59 days ahead, weekdays and a
        // time of day from i, 30 or 60 minutes.
        s.exec(
            QStringLiteral(
                "INSERT INTO waitlist_entries (patient_name, practitioner_id, earliest, latest, weekdays,"
                " day_from, day_to, minutes, created_at)"
                " SELECT 'Waiting ' || i,"
                "  CASE WHEN i % 5 = 0 THEN NULL ELSE (SELECT id FROM practitioners ORDER BY key"
                "   OFFSET i % 50 LIMIT 1) END,"
                "  CAST(? AS date) + (i % 60), CAST(? AS date) + (i % 60) + 7 + (i % 28),"
                "  CASE i % 3 WHEN 0 THEN '{1,2,3,4,5}'::smallint[] WHEN 1 THEN '{1,3,5}' ELSE '{2,4}' END,"
                "  CASE i % 4 WHEN 0 THEN 0 WHEN 1 THEN 480 WHEN 2 THEN 720 ELSE 900 END,"
                "  CASE i % 4 WHEN 0 THEN 1440 WHEN 1 THEN 720 WHEN 2 THEN 1020 ELSE 1080 END,"
                "  CASE WHEN i % 2 = 0 THEN 30 ELSE 60 END, now() - (1000 - i) * interval '1 minute'"
                " FROM generate_series(1, 1000) AS i"),
            {today, today});
    });
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    std::printf("# demo clinic: 50 practitioners, 90 days, %d appointments; 1,000 open waitlist entries\n",
                loaded.value());

    const QDateTime horizon = wallClockToInstant(today.addDays(90), kEndOfDay, zone);
    std::vector<double> all;
    qsizetype offers = 0;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        auto r = pool.runBlocking(
            Access::Read, [now, horizon](Session &s) { return matchWaitlist(s, {}, now, horizon, now); });
        all.push_back(ms(Clock::now() - t0));
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        offers = r.value().size();
    }
    std::printf("matchWaitlist, every practitioner, 90 days: %lld entries offered a slot; median %.1f ms, "
                "p95 %.1f ms (%d runs)\n",
                static_cast<long long>(offers), percentile(all, 0.5), percentile(all, 0.95), runs);

    // A freed slot: the first booked appointment a week ahead, cancelled.
    auto freed = pool.runBlocking(Access::Write, [today](Session &s) {
        const qint64 id =
            s.scalar(QStringLiteral("SELECT id FROM appointments WHERE status = 'booked' AND"
                                    " starts_at >= CAST(? AS date) + 7 ORDER BY starts_at, id LIMIT 1"),
                     {today})
                .toLongLong();
        return cancel(s, id, std::nullopt).id;
    });
    if (!freed) {
        std::fprintf(stderr, "%s\n", qPrintable(freed.error().toString()));
        return 1;
    }
    std::vector<double> one;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        auto r = pool.runBlocking(Access::Read, [id = freed.value(), now](Session &s) {
            return matchFreedAppointment(s, id, now);
        });
        one.push_back(ms(Clock::now() - t0));
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        offers = r.value().size();
    }
    std::printf("matchFreedAppointment, one cancelled appointment: %lld entries offered it; median %.1f ms, "
                "p95 %.1f ms (%d runs)\n",
                static_cast<long long>(offers), percentile(one, 0.5), percentile(one, 0.95), runs);

    // Entry by entry, for comparison: one nextAvailable per entry.
    auto entries = pool.runBlocking(Access::Read, [](Session &s) { return listWaitlist(s, true); });
    if (!entries) {
        std::fprintf(stderr, "%s\n", qPrintable(entries.error().toString()));
        return 1;
    }
    const auto t0 = Clock::now();
    int found = 0;
    for (const WaitlistEntry &e : entries.value()) {
        NextAvailableQuery q;
        if (!e.practitionerKey.isEmpty())
            q.keys = {e.practitionerKey};
        q.minutes = e.minutes;
        q.after = std::max(now, wallClockToInstant(e.earliest, 0, zone));
        q.horizonDays = int(std::max<qint64>(1, q.after.toTimeZone(zone).date().daysTo(e.latest) + 1));
        q.limit = 1;
        q.weekdays = e.weekdays;
        q.dayFrom = e.dayFrom;
        q.dayTo = e.dayTo;
        auto r = pool.runBlocking(Access::Read, [q](Session &s) { return nextAvailable(s, q); });
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        found += r.value().isEmpty() ? 0 : 1;
    }
    const double perEntry = ms(Clock::now() - t0);
    std::printf(
        "entry by entry (one nextAvailable each, for comparison): %d entries offered a slot; %.0f ms for "
        "all 1,000 (%.1f× the set-based median)\n",
        found, perEntry, perEntry / percentile(all, 0.5));
    return 0;
}
