// Moving a big clinic in from the old web system, measured (run on demand with
// scripts/bench; not a test). The old schema is filled with 50 practitioners and two
// years of appointments (about 100,000 rows) in CAREDESK_BENCH_OLD_DB; then, into a
// freshly migrated CAREDESK_BENCH_DB through the pool: the read of the old tables, the
// mapping, a dry run (the whole import, rolled back) and the real import, each timed,
// with the statements sent to CareDesk (set-based: a handful, not one per row). Peak
// memory is measured by scripts/bench on a whole caredesk-cli import-legacy process.
#include "engine/legacyimport.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "tests/bench/benchclinic.h"
#include "tests/support/legacyfixture.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <chrono>
#include <cstdio>
#include <libpq-fe.h>

using namespace caredesk;
using Clock = std::chrono::steady_clock;

using bench::ms;

namespace {

bool execOld(const QString &conninfo, const QString &sql)
{
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK;
    if (!ok)
        std::fprintf(stderr, "old database: %s\n", PQerrorMessage(conn));
    PQclear(res);
    PQfinish(conn);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto target = bench::benchTarget();
    const QString old =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_BENCH_OLD_DB"));
    if (!target || old.isEmpty()) {
        std::fprintf(stderr, "CAREDESK_BENCH_DB and CAREDESK_BENCH_OLD_DB must be set: run scripts/bench\n");
        return 2;
    }
    const auto fill0 = Clock::now();
    if (!execOld(old,
                 test::legacySchemaSql(test::LegacyShape::Altered) + test::legacyLargeClinicSql(50, 120)))
        return 1;
    const double fillMs = ms(Clock::now() - fill0);

    ConnectionPool pool(*target, PoolConfig{});
    if (auto m = pool.runBlocking(Access::Write, [](Session &s) { return migrate(s); }); !m) {
        std::fprintf(stderr, "migrate: %s\n", qPrintable(m.error().toString()));
        return 1;
    }
    LegacyImportOptions options;
    options.fromConninfo = old;
    options.zone = QTimeZone("Australia/Sydney");
    options.today = QDate(2026, 12, 6);

    // Reading and mapping on their own.
    const auto read0 = Clock::now();
    auto source = LegacySource::open(old);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(source.error().toString()));
        return 1;
    }
    const LegacyTables tables = source.value()->read();
    const auto read1 = Clock::now();
    const LegacyPlan plan = planLegacyImport(tables, options.zone, {});
    const auto plan1 = Clock::now();
    const qsizetype oldRows =
        tables.users.size() + tables.patterns.size() + tables.exceptions.size() + tables.appointments.size();

    const auto timed = [&](bool dryRun, quint64 &statements) {
        options.dryRun = dryRun;
        const auto t0 = Clock::now();
        auto r = pool.runBlocking(Access::Write, [&](Session &s) {
            const quint64 before = s.statementsSent();
            LegacyImportReport report = importLegacy(s, options);
            statements = s.statementsSent() - before;
            return report;
        });
        const double took = ms(Clock::now() - t0);
        if (!r) {
            std::fprintf(stderr, "import: %s\n", qPrintable(r.error().toString()));
            std::exit(1);
        }
        return std::pair(took, r.value());
    };
    quint64 dryStatements = 0;
    quint64 realStatements = 0;
    quint64 againStatements = 0;
    const auto [dryMs, dryReport] = timed(true, dryStatements);
    const auto [realMs, report] = timed(false, realStatements);
    const auto [againMs, again] = timed(false, againStatements);

    std::printf(
        "# import-legacy: 50 practitioners, two years of appointments (old fixture made in %.0f ms)\n",
        fillMs);
    std::printf("old rows read: %lld (users %lld, patterns %lld, exceptions %lld, appointments %lld)\n",
                qlonglong(oldRows), qlonglong(tables.users.size()), qlonglong(tables.patterns.size()),
                qlonglong(tables.exceptions.size()), qlonglong(tables.appointments.size()));
    std::printf("read old tables (libpq, one query each): %8.0f ms\n", ms(read1 - read0));
    std::printf("map (pure, in memory):                    %8.0f ms\n", ms(plan1 - read1));
    std::printf("dry run (whole import, rolled back):      %8.0f ms  statements %llu\n", dryMs,
                static_cast<unsigned long long>(dryStatements));
    std::printf("import:                                   %8.0f ms  statements %llu\n", realMs,
                static_cast<unsigned long long>(realStatements));
    std::printf("second run (imports nothing):             %8.0f ms  statements %llu\n", againMs,
                static_cast<unsigned long long>(againStatements));
    const LegacyTableCount *a = report.find(QStringLiteral("appointments"));
    const LegacyTableCount *e = report.find(QStringLiteral("availability_exceptions"));
    std::printf("appointments imported: %d, exceptions %d folded into %d, skipped rows %lld, conflicts %d\n",
                a->imported, e->imported, e->created, qlonglong(report.skipped.size()), report.conflicts);
    std::printf("second run imported: %d appointments\n",
                again.find(QStringLiteral("appointments"))->imported);
    (void)dryReport;
    return 0;
}
