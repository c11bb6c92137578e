#pragma once

// What the database benchmarks share: where to run (CAREDESK_BENCH_DB, set by
// scripts/bench) and the benchmark-sized demo clinic.
#include "engine/demo.h"
#include "engine/pool.h"
#include "engine/schema.h"

#include <QProcessEnvironment>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <vector>

namespace caredesk::bench {

/// A steady-clock duration in milliseconds.
inline double ms(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

/// The `p` quantile (0.5: the median) of the measurements, nearest rank.
inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5)));
}

/// The database CAREDESK_BENCH_DB names; says why on standard error when it cannot.
inline std::optional<ConnectionTarget> benchTarget()
{
    const QString conninfo =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_BENCH_DB"));
    auto target = ConnectionTarget::parse(conninfo);
    if (conninfo.isEmpty() || !target) {
        std::fprintf(stderr, "CAREDESK_BENCH_DB is not set: run scripts/bench\n");
        return std::nullopt;
    }
    return target.value();
}

/// How many times to repeat a measurement (CAREDESK_BENCH_RUNS, default 20).
inline int benchRuns()
{
    return QProcessEnvironment::systemEnvironment()
        .value(QStringLiteral("CAREDESK_BENCH_RUNS"), QStringLiteral("20"))
        .toInt();
}

/// Migrates and loads the demo clinic at benchmark size (50 practitioners, 90 days of
/// appointments from `today`), replacing what is there; `then` runs in the same
/// transaction's session afterwards. Returns the number of appointments.
template<typename Then>
Result<int> loadBenchClinic(ConnectionPool &pool, const QDate &today, Then then)
{
    return pool.runBlocking(Access::Write, [today, then](Session &s) {
        migrate(s);
        DemoOptions o;
        o.practitioners = 50;
        o.days = 90;
        o.replace = true;
        const int appointments = loadDemo(s, today, o).appointments;
        then(s);
        return appointments;
    });
}

} // namespace caredesk::bench
