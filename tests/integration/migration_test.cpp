// Migrations against a real PostgreSQL: from empty, idempotent, two processes at
// once, and a schema newer than this build.
#include "engine/availability.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "tests/support/printers.h"
#include "tests/support/testdatabase.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <functional>
#include <gtest/gtest.h>
#include <optional>
#include <vector>

using namespace caredesk;
using namespace caredesk::test;

namespace {

class Migrations : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(db.ok()) << db.error().toStdString(); }

    PoolConfig smallPool() const
    {
        PoolConfig c;
        c.poolSize = 2;
        c.maxOverflow = 0;
        return c;
    }

    TestDatabase db;
};

TEST_F(Migrations, FromEmptyThenIdempotent)
{
    ConnectionPool pool(db.target(), smallPool());
    auto first = pool.runBlocking(Access::Write, [](Session &s) { return migrate(s); });
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first.value().fromVersion, 0);
    EXPECT_EQ(first.value().toVersion, latestSchemaVersion());
    EXPECT_EQ(first.value().applied.size(), bundledMigrations().size());

    auto second = pool.runBlocking(Access::Write, [](Session &s) { return migrate(s); });
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second.value().applied.isEmpty());
    EXPECT_EQ(second.value().fromVersion, latestSchemaVersion());

    auto tables = pool.runBlocking(Access::Read, [](Session &s) {
        return s
            .scalar(
                QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename IN "
                               "('clinics','staff','staff_roles','practitioners','working_hours',"
                               "'availability_exceptions','appointment_types','appointments','audit_log')"))
            .toInt();
    });
    ASSERT_TRUE(tables.ok());
    EXPECT_EQ(tables.value(), 9);
}

TEST_F(Migrations, TwoProcessesAtOnceMigrateOnce)
{
    QProcess a;
    QProcess b;
    const QStringList args{QStringLiteral("--db"), db.conninfo(), QStringLiteral("migrate")};
    a.start(QStringLiteral(CAREDESK_CLI_PATH), args);
    b.start(QStringLiteral(CAREDESK_CLI_PATH), args);
    ASSERT_TRUE(a.waitForFinished(60000));
    ASSERT_TRUE(b.waitForFinished(60000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();

    ConnectionPool pool(db.target(), smallPool());
    auto rows = pool.runBlocking(Access::Read, [](Session &s) {
        return s
            .scalar(
                QStringLiteral("SELECT count(*) || '/' || count(DISTINCT version) FROM schema_migrations"))
            .toString();
    });
    ASSERT_TRUE(rows.ok());
    const QString n = QString::number(bundledMigrations().size());
    EXPECT_EQ(rows.value(), n + QLatin1Char('/') + n) << "every migration recorded exactly once";
}

TEST_F(Migrations, RefusesASchemaNewerThanThisBuild)
{
    ASSERT_EQ(db.migrate(), QString());
    ASSERT_EQ(db.execAdmin(QStringLiteral(
                  "INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_future')")),
              QString());
    ConnectionPool pool(db.target(), smallPool());
    auto migrated = pool.runBlocking(Access::Write, [](Session &s) { return migrate(s); });
    ASSERT_FALSE(migrated.ok());
    EXPECT_EQ(migrated.error().code, ErrorCode::SchemaMismatch);
    EXPECT_TRUE(migrated.error().message.contains(QStringLiteral("newer")))
        << migrated.error().message.toStdString();

    auto info = pool.runBlocking(Access::Read, [](Session &s) { return readDatabaseInfo(s); });
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, ErrorCode::SchemaMismatch);

    QProcess cli;
    cli.start(QStringLiteral(CAREDESK_CLI_PATH),
              {QStringLiteral("--db"), db.conninfo(), QStringLiteral("status")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    EXPECT_EQ(cli.exitCode(), exitCodeFor(ErrorCode::SchemaMismatch));
    EXPECT_TRUE(cli.readAllStandardError().contains("newer"));
}

TEST_F(Migrations, AnUnmigratedDatabaseIsReportedNotUsed)
{
    ConnectionPool pool(db.target(), smallPool());
    auto info = pool.runBlocking(Access::Read, [](Session &s) { return readDatabaseInfo(s); });
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, ErrorCode::SchemaMismatch);
    EXPECT_TRUE(info.error().message.contains(QStringLiteral("caredesk-cli migrate")));
}

// The schema check rides on a command's first read: one statement when the schema is
// current, and every way it can be wrong still reported as SchemaMismatch, with the
// same message as the separate check, inside a transaction or not.
TEST_F(Migrations, TheSchemaCheckIsOneStatementAndStillRefusesEveryMismatch)
{
    struct Read
    {
        const char *name;
        std::function<void(Session &)> run;
    };
    const std::vector<Read> reads{
        {"readDatabaseInfo", [](Session &s) { (void)readDatabaseInfo(s); }},
        {"readClinicSettingsCheckingSchema", [](Session &s) { (void)readClinicSettingsCheckingSchema(s); }},
        {"requireCurrentSchema", [](Session &s) { requireCurrentSchema(s); }},
    };
    struct Case
    {
        const char *name;
        QString setUp; // admin SQL after migrating; empty for a current schema
        bool migrated;
        const char *message; // expected in the error; nullptr for success
    };
    const std::vector<Case> cases{
        {"current", {}, true, nullptr},
        {"unmigrated", {}, false, "caredesk-cli migrate"},
        {"older",
         QStringLiteral("DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM "
                        "schema_migrations)"),
         true, "caredesk-cli migrate"},
        {"newer",
         QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_future')"), true,
         "newer"},
    };
    for (const Case &c : cases) {
        TestDatabase fresh;
        ASSERT_TRUE(fresh.ok()) << fresh.error().toStdString();
        if (c.migrated) {
            ASSERT_EQ(fresh.migrate(), QString());
        }
        if (!c.setUp.isEmpty()) {
            ASSERT_EQ(fresh.execAdmin(c.setUp), QString());
        }
        ConnectionPool pool(fresh.target(), smallPool());
        for (const Read &r : reads) {
            for (const bool inTransaction : {false, true}) {
                SCOPED_TRACE(std::string(c.name) + " / " + r.name +
                             (inTransaction ? " / in a transaction" : ""));
                auto sent = pool.runBlocking(Access::Read, [&r, inTransaction](Session &s) {
                    std::optional<Transaction> tx;
                    if (inTransaction)
                        tx.emplace(s, Transaction::Kind::Snapshot);
                    const quint64 before = s.statementsSent();
                    r.run(s);
                    return s.statementsSent() - before;
                });
                if (c.message == nullptr) {
                    ASSERT_TRUE(sent.ok()) << sent.error().toString().toStdString();
                    if (!inTransaction) {
                        EXPECT_EQ(sent.value(), 1U) << "the check and the read in one round trip";
                    }
                } else {
                    ASSERT_FALSE(sent.ok());
                    EXPECT_EQ(sent.error().code, ErrorCode::SchemaMismatch)
                        << sent.error().toString().toStdString();
                    EXPECT_TRUE(sent.error().message.contains(QLatin1String(c.message)))
                        << sent.error().message.toStdString();
                }
            }
        }
    }
}

// One exit-code table for every command: a bad connection string, a server that is not
// there and a refused password each say what was wrong, with their own code.
TEST(CliConnection, BadConninfoUnreachableAndRefusedPasswordHaveTheirExitCodes)
{
    const QString tcp = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_TEST_TCP"));
    ASSERT_FALSE(tcp.isEmpty()) << "CAREDESK_TEST_TCP is not set: run the tests through scripts/test";
    const auto run = [](const QString &conninfo, QByteArray *err) {
        QProcess p;
        p.start(QStringLiteral(CAREDESK_CLI_PATH),
                {QStringLiteral("--db"), conninfo, QStringLiteral("status")});
        p.waitForFinished(60000);
        *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray err;
    EXPECT_EQ(run(QStringLiteral("hots=localhost"), &err), exitCodeFor(ErrorCode::InvalidInput));
    EXPECT_TRUE(err.contains("hots")) << err.toStdString();
    EXPECT_EQ(run(QStringLiteral("host=127.0.0.1 port=1 connect_timeout=3"), &err),
              exitCodeFor(ErrorCode::Unreachable));
    EXPECT_TRUE(err.contains("Cannot connect")) << err.toStdString();
    QString wrong = tcp;
    wrong.replace(QRegularExpression(QStringLiteral("password=\\S+")),
                  QStringLiteral("password=not-the-password"));
    EXPECT_EQ(run(wrong, &err), exitCodeFor(ErrorCode::PermissionDenied));
    EXPECT_TRUE(err.contains("refused the sign-in")) << err.toStdString();
    const int withRightPassword = run(tcp, &err);
    EXPECT_NE(withRightPassword, exitCodeFor(ErrorCode::PermissionDenied)) << "the right password gets in";
    EXPECT_NE(withRightPassword, exitCodeFor(ErrorCode::Unreachable)) << err.toStdString();
}

} // namespace
