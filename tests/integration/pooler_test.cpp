// What CareDesk relies on from whatever sits between it and PostgreSQL. These run in
// the main pass (direct to the server) and again through PgBouncer in transaction and
// session mode (ctest label pgbouncer, CAREDESK_TEST_VIA), where they must hold as well.
#include "engine/notifier.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "engine/session.h"
#include "tests/support/printers.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace caredesk;
using namespace caredesk::test;
using namespace std::chrono_literals;

namespace {

class Pooler : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(db.ok()) << db.error().toStdString(); }
    TestDatabase db;
};

QString via()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_TEST_VIA"));
}

TEST_F(Pooler, TheStatementTimeoutHoldsInEveryTransaction)
{
    PoolConfig config;
    config.statementTimeoutMs = 400;
    ConnectionPool pool(db.target(), config);
    QString setting;
    QElapsedTimer timer;
    timer.start();
    auto r = pool.runBlocking(Access::Write, [&setting](Session &s) {
        Transaction tx(s);
        setting = s.scalar(QStringLiteral("SELECT current_setting('statement_timeout')")).toString();
        s.exec(QStringLiteral("SELECT pg_sleep(5)"));
        tx.commit();
        return true;
    });
    const qint64 took = timer.elapsed();
    ASSERT_FALSE(r.ok()) << "a five-second statement outlived a 400 ms timeout";
    EXPECT_EQ(r.error().sqlState, QStringLiteral("57014")) << r.error().toString().toStdString();
    EXPECT_EQ(setting, QStringLiteral("400ms"));
    EXPECT_LT(took, 3000) << "the server cancelled it, not the pool's watchdog";
    // PgBouncer refuses startup options; straight to the server they are used.
    EXPECT_EQ(pool.stats().settingsPerTransaction, db.viaPooler());
    EXPECT_EQ(pool.stats().discarded, 0u) << "a cancelled statement keeps its connection";

    auto after = pool.runBlocking(Access::Read, [](Session &s) {
        Transaction tx(s, Transaction::Kind::Snapshot);
        return s.scalar(QStringLiteral("SELECT current_setting('statement_timeout')")).toString();
    });
    ASSERT_TRUE(after.ok()) << after.error().toString().toStdString();
    EXPECT_EQ(after.value(), QStringLiteral("400ms")) << "a read-only snapshot gets it too";
}

TEST_F(Pooler, TwoPoolsMigratingAtOnceApplyEachMigrationOnce)
{
    PoolConfig config;
    config.poolSize = 2;
    ConnectionPool a(db.target(), config);
    ConnectionPool b(db.target(), config);
    Result<MigrationReport> ra = makeError(ErrorCode::Internal, QStringLiteral("not run"));
    Result<MigrationReport> rb = ra;
    std::thread first([&] { ra = a.runBlocking(Access::Write, [](Session &s) { return migrate(s); }); });
    std::thread second([&] { rb = b.runBlocking(Access::Write, [](Session &s) { return migrate(s); }); });
    first.join();
    second.join();
    ASSERT_TRUE(ra.ok()) << ra.error().toString().toStdString();
    ASSERT_TRUE(rb.ok()) << rb.error().toString().toStdString();
    const int bundled = int(bundledMigrations().size());
    EXPECT_EQ(ra.value().applied.size() + rb.value().applied.size(), bundled);
    EXPECT_EQ(queryOnce(db.conninfo(), QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
              bundled);
    // No advisory lock outlives its transaction on any server connection.
    EXPECT_EQ(
        // (pg_locks is the whole cluster's: tests migrating other databases run alongside.)
        queryOnce(db.conninfo(),
                  QStringLiteral(
                      "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                      " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")),
        QStringLiteral("0"));
}

TEST_F(Pooler, LiveUpdatesArriveOverTheListeningConnection)
{
    ASSERT_EQ(db.migrate(), QString());
    // Transaction pooling cannot carry LISTEN: there the listener goes direct, as
    // --notify-db tells the desktop client to (docs/pool.md). Session pooling can.
    const ConnectionTarget listenAt = via() == QLatin1String("transaction") ? db.directTarget() : db.target();
    ChangeNotifier notifier(listenAt, PoolConfig{}, {ChangeNotifier::changesChannel()}, 200ms);
    QSignalSpy connected(&notifier, &ChangeNotifier::connectedChanged);
    QSignalSpy notified(&notifier, &ChangeNotifier::notified);
    notifier.start();
    ASSERT_TRUE(connected.wait(10000));
    ASSERT_TRUE(notifier.isConnected());

    // A change written through the pool (through the pooler, when there is one).
    ConnectionPool pool(db.target(), PoolConfig{});
    auto wrote = pool.runBlocking(Access::Write, [](Session &s) {
        Transaction tx(s);
        s.exec(
            QStringLiteral("INSERT INTO practitioners (key, display_name) VALUES ('dbrown', 'David Brown')"));
        tx.commit();
        return true;
    });
    ASSERT_TRUE(wrote.ok()) << wrote.error().toString().toStdString();
    const auto heard = [&notified] {
        return std::any_of(notified.cbegin(), notified.cend(), [](const QList<QVariant> &n) {
            return n.at(1).toString().contains(QStringLiteral("\"table\" : \"practitioners\""));
        });
    };
    for (int i = 0; i < 50 && !heard(); ++i)
        notified.wait(100);
    EXPECT_TRUE(heard());
}

} // namespace
