// The pool under load and faults, against real PostgreSQL: bursts beyond the limit,
// timeouts, overflow, recycle, pre-ping, killed backends, a restarted server, a
// frozen server behind a proxy, and LISTEN surviving a backend kill.
#include "engine/notifier.h"
#include "engine/pool.h"
#include "tests/support/printers.h"
#include "tests/support/tcpproxy.h"
#include "tests/support/testcluster.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <mutex>
#include <thread>

using namespace caredesk;
using namespace caredesk::test;
using namespace std::chrono_literals;
using SteadyClock = std::chrono::steady_clock;

namespace {

PoolConfig configNamed(const QString &app)
{
    PoolConfig c;
    c.applicationName = app;
    c.housekeepingInterval = 50ms;
    return c;
}

int connectionsNamed(const QString &admin, const QString &app)
{
    return queryOnce(
               admin,
               QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = '%1'").arg(app))
        .toInt();
}

QString killAll(const QString &admin, const QString &app)
{
    return execOnce(
        admin,
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'")
            .arg(app));
}

/// Waits (polling) until `pred` holds or the time is up.
template<typename Pred>
bool eventually(Pred pred, std::chrono::milliseconds limit = 10s)
{
    const auto end = SteadyClock::now() + limit;
    while (SteadyClock::now() < end) {
        if (pred())
            return true;
        std::this_thread::sleep_for(20ms);
    }
    return pred();
}

/// A write that stores its request id under a UNIQUE constraint, and its lookup:
/// exactly-once inserts for the fault tests.
struct OnceWriter
{
    static constexpr const char *kTable =
        "CREATE TABLE IF NOT EXISTS writes (request_id uuid PRIMARY KEY, client int)";

    static Result<bool> write(ConnectionPool &pool, const QUuid &id, int client)
    {
        const QString key = id.toString(QUuid::WithoutBraces);
        return pool.runOnceBlocking(
            [key, client](Session &s) {
                Transaction tx(s);
                s.exec(QStringLiteral("INSERT INTO writes (request_id, client) VALUES (CAST(? AS uuid), ?)"),
                       {key, client});
                tx.commit();
                return true;
            },
            [key](Session &s) -> std::optional<bool> {
                if (s.scalar(QStringLiteral("SELECT count(*) FROM writes WHERE request_id = CAST(? AS uuid)"),
                             {key})
                        .toInt() == 1)
                    return true;
                return std::nullopt;
            },
            QStringLiteral("once-write"));
    }
};

class PoolFaults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        ASSERT_EQ(db.execAdmin(QString::fromLatin1(OnceWriter::kTable)), QString());
    }
    QString admin() const { return db.conninfo(); }
    TestDatabase db;
};

TEST_F(PoolFaults, BurstOfFortyNeverExceedsThirtyAndTheRestWait)
{
    const QString app = QStringLiteral("cd_burst_%1").arg(QCoreApplication::applicationPid());
    ConnectionPool pool(db.target(), configNamed(app));
    std::atomic<int> maxSeen{0};
    std::atomic<bool> done{false};
    std::thread monitor([&] {
        while (!done) {
            maxSeen = std::max(maxSeen.load(), connectionsNamed(admin(), app));
            std::this_thread::sleep_for(20ms);
        }
    });
    std::atomic<int> ok{0};
    std::atomic<int> maxWaiters{0};
    std::vector<std::thread> clients;
    for (int i = 0; i < 40; ++i) {
        clients.emplace_back([&] {
            auto r = pool.runBlocking(Access::Read, [](Session &s) {
                return s.scalar(QStringLiteral("SELECT pg_sleep(0.6)")).isValid();
            });
            if (r.ok())
                ++ok;
        });
    }
    for (int i = 0; i < 20; ++i) {
        maxWaiters = std::max(maxWaiters.load(), pool.stats().waiters);
        std::this_thread::sleep_for(25ms);
    }
    for (auto &t : clients)
        t.join();
    done = true;
    monitor.join();
    EXPECT_EQ(ok.load(), 40) << "the 31st to 40th waited, then succeeded";
    EXPECT_LE(maxSeen.load(), 30);
    EXPECT_GE(maxSeen.load(), 25) << "the burst really used the overflow";
    EXPECT_GE(maxWaiters.load(), 1);
    const PoolStats st = pool.stats();
    EXPECT_LE(st.size, 30);
    EXPECT_GT(st.maxWaitMs, 300.0);
    EXPECT_TRUE(eventually([&] { return pool.stats().size == 10; }))
        << "overflow connections closed on return";
    EXPECT_TRUE(eventually([&] { return connectionsNamed(admin(), app) == 10; }));
}

TEST_F(PoolFaults, AllBusyBeyondTheTimeoutFailsWithPoolTimeout)
{
    PoolConfig c = configNamed(QStringLiteral("cd_timeout"));
    c.poolSize = 2;
    c.maxOverflow = 1;
    c.poolTimeout = 400ms;
    ConnectionPool pool(db.target(), c);
    std::vector<std::thread> holders;
    for (int i = 0; i < 3; ++i)
        holders.emplace_back([&] {
            (void)pool.runBlocking(Access::Read, [](Session &s) {
                return s.scalar(QStringLiteral("SELECT pg_sleep(1.5)")).isValid();
            });
        });
    ASSERT_TRUE(eventually([&] { return pool.stats().inUse == 3; }));
    const auto start = SteadyClock::now();
    auto r = pool.runBlocking(Access::Read,
                              [](Session &s) { return s.scalar(QStringLiteral("SELECT 1")).toInt(); });
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - start);
    for (auto &t : holders)
        t.join();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().poolTimeout);
    EXPECT_EQ(r.error().code, ErrorCode::Unreachable);
    EXPECT_EQ(r.error().pool.size, 3);
    EXPECT_EQ(r.error().pool.inUse, 3);
    EXPECT_EQ(r.error().pool.idle, 0);
    EXPECT_GE(r.error().pool.waiters, 1);
    EXPECT_GE(waited, 380ms);
    EXPECT_LT(waited, 1400ms) << "failed after about the timeout, not after the holders finished";
    EXPECT_EQ(pool.stats().timeouts, 1u);
}

TEST_F(PoolFaults, RecyclesOldConnections)
{
    PoolConfig c = configNamed(QStringLiteral("cd_recycle"));
    ASSERT_FALSE(c.set(QStringLiteral("pool_recycle"), QStringLiteral("0.3"), {}));
    ConnectionPool pool(db.target(), c);
    const auto pid = [&pool] {
        return pool.runBlocking(Access::Read, [](Session &s) { return s.backendPid(); });
    };
    auto first = pid();
    ASSERT_TRUE(first.ok());
    std::this_thread::sleep_for(600ms);
    auto second = pid();
    ASSERT_TRUE(second.ok());
    EXPECT_NE(first.value(), second.value());
    EXPECT_GE(pool.stats().recycled, 1u);
}

TEST_F(PoolFaults, AStatementTimeoutKeepsTheConnection)
{
    PoolConfig c = configNamed(QStringLiteral("cd_stmt_timeout"));
    c.statementTimeoutMs = 200;
    ConnectionPool pool(db.target(), c);
    auto before = pool.runBlocking(Access::Read, [](Session &s) { return s.backendPid(); });
    ASSERT_TRUE(before.ok());
    auto slow = pool.runBlocking(
        Access::Read, [](Session &s) { return s.scalar(QStringLiteral("SELECT pg_sleep(2)")).isValid(); });
    ASSERT_FALSE(slow.ok());
    EXPECT_EQ(slow.error().sqlState, QStringLiteral("57014"));
    auto after = pool.runBlocking(Access::Read, [](Session &s) { return s.backendPid(); });
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.value(), before.value());
    EXPECT_EQ(pool.stats().discarded, 0u);
    EXPECT_EQ(pool.stats().retries, 0u);
}

TEST_F(PoolFaults, WarnsAboutAUnitHoldingAConnectionTooLong)
{
    PoolConfig c = configNamed(QStringLiteral("cd_leak"));
    c.leakThreshold = 150ms;
    ConnectionPool pool(db.target(), c);
    auto r = pool.runBlocking(
        Access::Read, [](Session &s) { return s.scalar(QStringLiteral("SELECT pg_sleep(0.5)")).isValid(); },
        QStringLiteral("slow report"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(pool.stats().leakWarnings, 1u);
}

TEST_F(PoolFaults, PrePingReplacesAConnectionKilledWhileIdle)
{
    const QString app = QStringLiteral("cd_preping");
    ConnectionPool pool(db.target(), configNamed(app));
    ASSERT_TRUE(pool.runBlocking(Access::Read, [](Session &s) { return s.backendPid(); }).ok());
    ASSERT_EQ(killAll(admin(), app), QString());
    std::this_thread::sleep_for(600ms); // idle longer than the 500 ms pre-ping skip
    auto r = pool.runBlocking(Access::Read,
                              [](Session &s) { return s.scalar(QStringLiteral("SELECT 7")).toInt(); });
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r.value(), 7);
    EXPECT_EQ(pool.stats().prePingFailures, 1u);
    EXPECT_EQ(pool.stats().retries, 0u) << "the pre-ping caught it before the work ran";
}

TEST_F(PoolFaults, KilledDuringWorkReadsRetryOnceWritesDoNot)
{
    const QString app = QStringLiteral("cd_killwork");
    ConnectionPool pool(db.target(), configNamed(app));
    // Kill once the statement is seen running, however loaded the machine is.
    const auto killWhenRunning = [&] {
        EXPECT_TRUE(eventually(
            [&] {
                return queryOnce(admin(),
                                 QStringLiteral(
                                     "SELECT count(*) FROM pg_stat_activity WHERE application_name = '%1'"
                                     " AND state = 'active' AND query LIKE '%%pg_sleep(5)%%'")
                                     .arg(app)) == QLatin1String("1");
            },
            30s));
        (void)killAll(admin(), app);
    };
    std::atomic<int> attempts{0};
    std::thread killer(killWhenRunning);
    auto read = pool.runBlocking(Access::Read, [&attempts](Session &s) {
        // Only the first attempt is slow: the retry must not be killed too.
        return s
            .scalar(++attempts == 1 ? QStringLiteral("SELECT pg_sleep(5), 5") : QStringLiteral("SELECT 5"))
            .isValid();
    });
    killer.join();
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_EQ(attempts.load(), 2);
    EXPECT_EQ(pool.stats().retries, 1u);

    attempts = 0;
    std::thread killer2(killWhenRunning);
    auto write = pool.runBlocking(Access::Write, [&attempts](Session &s) {
        ++attempts;
        s.exec(QStringLiteral(
            "INSERT INTO writes (request_id, client) SELECT gen_random_uuid(), 99 FROM pg_sleep(5)"));
        return true;
    });
    killer2.join();
    ASSERT_FALSE(write.ok());
    EXPECT_EQ(attempts.load(), 1) << "a write that may have reached the server is never retried";
    EXPECT_EQ(write.error().code, ErrorCode::Unreachable);
    EXPECT_TRUE(write.error().outcomeUnknown);
    EXPECT_EQ(queryOnce(admin(), QStringLiteral("SELECT count(*) FROM writes WHERE client = 99")),
              QStringLiteral("0"));
}

TEST_F(PoolFaults, KillingEveryBackendRepeatedlyLosesNoReadAndDoublesNoWrite)
{
    const QString app = QStringLiteral("cd_killall");
    ConnectionPool pool(db.target(), configNamed(app));
    std::atomic<bool> stop{false};
    std::atomic<int> reads{0};
    std::atomic<int> readsFailed{0};
    std::atomic<int> unclearFailures{0};
    std::atomic<int> readsAfter{0};
    std::atomic<int> writesOk{0};
    std::atomic<int> writesUnknown{0};
    std::mutex errorsMutex;
    QStringList errors;
    std::vector<std::thread> clients;
    for (int c = 0; c < 8; ++c) {
        clients.emplace_back([&, c] {
            const auto read = [&pool] {
                return pool.runBlocking(Access::Read, [](Session &s) {
                    return s.scalar(QStringLiteral("SELECT count(*) FROM writes")).toInt();
                });
            };
            while (!stop) {
                auto r = read();
                ++reads;
                if (!r.ok()) {
                    // A read is retried once on a fresh connection; the killer may take
                    // that one too. Then it fails, clearly, as unreachable.
                    ++readsFailed;
                    if (r.error().code != ErrorCode::Unreachable) {
                        ++unclearFailures;
                        std::lock_guard lock(errorsMutex);
                        errors << r.error().toString();
                    }
                }
                auto w = OnceWriter::write(pool, QUuid::createUuid(), c);
                if (w.ok())
                    ++writesOk;
                else if (w.error().outcomeUnknown)
                    ++writesUnknown;
            }
            if (read().ok()) // after the storm: reads succeed again
                ++readsAfter;
        });
    }
    for (int i = 0; i < 8; ++i) {
        std::this_thread::sleep_for(250ms);
        (void)killAll(admin(), app);
    }
    stop = true;
    for (auto &t : clients)
        t.join();
    EXPECT_GT(reads.load(), 100);
    EXPECT_EQ(unclearFailures.load(), 0) << errors.join(QStringLiteral("\n")).toStdString();
    EXPECT_LT(readsFailed.load() * 20, reads.load())
        << "the retry on a fresh connection saves almost every read";
    EXPECT_EQ(readsAfter.load(), 8);
    EXPECT_GT(pool.stats().retries, 0u);
    const int rows = queryOnce(admin(), QStringLiteral("SELECT count(*) FROM writes")).toInt();
    EXPECT_GE(rows, writesOk.load()) << "every write reported as saved is there";
    EXPECT_LE(rows, writesOk.load() + writesUnknown.load())
        << "no write was made twice or saved while reported failed";
    EXPECT_GT(pool.stats().discarded, 0u);
}

TEST(PoolServerRestart, ThirtyClientsThroughARestart)
{
    TestCluster cluster;
    ASSERT_TRUE(cluster.ok()) << cluster.error().toStdString();
    ASSERT_EQ(execOnce(cluster.conninfo(), QString::fromLatin1(OnceWriter::kTable)), QString());
    auto target = ConnectionTarget::parse(cluster.conninfo());
    ASSERT_TRUE(target.ok());
    PoolConfig c = configNamed(QStringLiteral("cd_restart"));
    c.connectTimeoutSecs = 2;
    ConnectionPool pool(target.value(), c);

    std::atomic<bool> restarted{false};
    std::atomic<bool> stop{false};
    std::atomic<int> writesOk{0};
    std::atomic<int> writesUnknown{0};
    std::atomic<int> writesFailed{0};
    std::atomic<int> readsAfterRecovery{0};
    std::atomic<int> readsAfterRecoveryFailed{0};
    std::vector<std::thread> clients;
    for (int i = 0; i < 30; ++i) {
        clients.emplace_back([&, i] {
            while (!stop) {
                auto w = OnceWriter::write(pool, QUuid::createUuid(), i);
                if (w.ok())
                    ++writesOk;
                else if (w.error().outcomeUnknown)
                    ++writesUnknown;
                else
                    ++writesFailed;
                std::this_thread::sleep_for(5ms);
            }
            // After recovery every client reads again, successfully.
            auto r = pool.runBlocking(Access::Read, [](Session &s) {
                return s.scalar(QStringLiteral("SELECT count(*) FROM writes")).toInt();
            });
            ++readsAfterRecovery;
            if (!r.ok())
                ++readsAfterRecoveryFailed;
        });
    }
    std::this_thread::sleep_for(700ms);
    const QString restartError = cluster.restart();
    restarted = true;
    std::this_thread::sleep_for(1200ms);
    stop = true;
    for (auto &t : clients)
        t.join();
    ASSERT_EQ(restartError, QString());
    EXPECT_EQ(readsAfterRecovery.load(), 30);
    EXPECT_EQ(readsAfterRecoveryFailed.load(), 0);
    const int rows = queryOnce(cluster.conninfo(), QStringLiteral("SELECT count(*) FROM writes")).toInt();
    EXPECT_GT(writesOk.load(), 0);
    EXPECT_GE(rows, writesOk.load()) << "no write reported as saved was lost";
    EXPECT_LE(rows, writesOk.load() + writesUnknown.load()) << "no write reported as failed was saved";
    EXPECT_GT(pool.stats().discarded, 0u);
}

TEST_F(PoolFaults, AFrozenServerFailsTheUnitInTimeAndThePoolRecovers)
{
    const int port = queryOnce(admin(), QStringLiteral("SELECT current_setting('port')")).toInt();
    ASSERT_GT(port, 0);
    TcpProxy proxy(port);
    ASSERT_GT(proxy.port(), 0);
    auto target = ConnectionTarget::parse(
        QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=postgres password=caredesk-test")
            .arg(proxy.port())
            .arg(db.name()));
    ASSERT_TRUE(target.ok());
    PoolConfig c = configNamed(QStringLiteral("cd_frozen"));
    c.statementTimeoutMs = 1000;
    c.watchdogGrace = 500ms;
    c.poolSize = 2;
    ConnectionPool pool(target.value(), c);
    auto warm = pool.runBlocking(Access::Read,
                                 [](Session &s) { return s.scalar(QStringLiteral("SELECT 1")).toInt(); });
    ASSERT_TRUE(warm.ok()) << warm.error().toString().toStdString();

    proxy.pause();
    const auto start = SteadyClock::now();
    auto stuck = pool.runBlocking(Access::Read,
                                  [](Session &s) { return s.scalar(QStringLiteral("SELECT 2")).toInt(); });
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - start);
    ASSERT_FALSE(stuck.ok());
    EXPECT_EQ(stuck.error().code, ErrorCode::Unreachable);
    EXPECT_TRUE(stuck.error().message.contains(QStringLiteral("did not answer")))
        << stuck.error().toString().toStdString();
    EXPECT_LT(took, 3000ms) << "statement timeout + grace, not forever";
    EXPECT_GE(pool.stats().watchdogKills, 1u);

    proxy.resume();
    auto after = pool.runBlocking(Access::Read,
                                  [](Session &s) { return s.scalar(QStringLiteral("SELECT 3")).toInt(); });
    ASSERT_TRUE(after.ok()) << after.error().toString().toStdString();
    EXPECT_EQ(after.value(), 3);
}

TEST_F(PoolFaults, ListenSurvivesABackendKillAndResyncs)
{
    ASSERT_EQ(db.migrate(), QString());
    PoolConfig c = configNamed(QStringLiteral("cd_listen"));
    ChangeNotifier notifier(db.target(), c, {ChangeNotifier::changesChannel()}, 200ms);
    QSignalSpy connected(&notifier, &ChangeNotifier::connectedChanged);
    QSignalSpy notified(&notifier, &ChangeNotifier::notified);
    QSignalSpy resynced(&notifier, &ChangeNotifier::resynced);
    notifier.start();
    ASSERT_TRUE(connected.wait(10000));
    ASSERT_TRUE(notifier.isConnected());

    ASSERT_EQ(db.execAdmin(QStringLiteral(
                  "INSERT INTO practitioners (key, display_name) VALUES ('dbrown', 'David Brown');"
                  "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date)"
                  " VALUES (1, 'vacation', '2026-12-24', '2027-01-05')")),
              QString());
    // The practitioner's row notifies too (setup changes, migration 3); the exception follows.
    const auto heard = [&notified](const QString &table) {
        return std::any_of(notified.cbegin(), notified.cend(), [&table](const QList<QVariant> &n) {
            return n.at(0).toString() == ChangeNotifier::changesChannel() &&
                   n.at(1).toString().contains(QStringLiteral("\"table\" : \"%1\"").arg(table));
        });
    };
    for (int i = 0; i < 50 && !heard(QStringLiteral("availability_exceptions")); ++i)
        notified.wait(100);
    EXPECT_TRUE(heard(QStringLiteral("practitioners")));
    ASSERT_TRUE(heard(QStringLiteral("availability_exceptions")));

    const int pid = notifier.backendPid();
    ASSERT_GT(pid, 0);
    ASSERT_EQ(execOnce(admin(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)), QString());
    ASSERT_TRUE(resynced.wait(10000)) << "reconnected and said so";
    EXPECT_NE(notifier.backendPid(), pid);

    notified.clear();
    ASSERT_EQ(db.execAdmin(QStringLiteral("DELETE FROM availability_exceptions")), QString());
    ASSERT_TRUE(notified.wait(5000)) << "subscribed again after the reconnect";
}

} // namespace

namespace {

TEST(PoolServerList, ADeadFirstServerIsSkippedAndEachConnectionSaysWhereItIs)
{
    TestCluster cluster;
    ASSERT_TRUE(cluster.ok()) << cluster.error().toStdString();
    const int dead = freeTcpPort();
    ASSERT_GT(dead, 0);
    auto target = ConnectionTarget::parse(
        QStringLiteral("host=127.0.0.1,127.0.0.1 port=%1,%2 user=postgres dbname=postgres")
            .arg(dead)
            .arg(cluster.port()));
    ASSERT_TRUE(target.ok()) << target.error().toString().toStdString();
    PoolConfig c = configNamed(QStringLiteral("cd_list"));
    c.connectTimeoutSecs = 2;
    ConnectionPool pool(target.value(), c);
    auto r = pool.runBlocking(Access::Write, [](Session &s) {
        return s.scalar(QStringLiteral("SELECT inet_server_port()")).toInt();
    });
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r.value(), cluster.port());
    const auto conns = pool.connections();
    ASSERT_EQ(conns.size(), 1u);
    EXPECT_TRUE(conns.front().connected);
    EXPECT_EQ(conns.front().host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(conns.front().port, QString::number(cluster.port()));
    EXPECT_FALSE(conns.front().standby);
}

} // namespace
