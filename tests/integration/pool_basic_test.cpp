// The pool's contract, basic part: work runs on the connection's own thread,
// errors come back as values with SQLSTATE and SQL, and a connection used off its
// thread aborts the process.
#include "engine/pool.h"
#include "tests/support/printers.h"
#include "tests/support/testdatabase.h"

#include <QCoroTask>

#include <gtest/gtest.h>
#include <thread>

using namespace caredesk;
using namespace caredesk::test;

namespace {

class PoolBasics : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(db.ok()) << db.error().toStdString(); }
    TestDatabase db;
};

TEST_F(PoolBasics, RunsWorkOnTheConnectionsOwnThread)
{
    ConnectionPool pool(db.target(), PoolConfig{});
    const auto caller = std::this_thread::get_id();
    auto r = pool.runBlocking(Access::Read, [caller](Session &s) {
        EXPECT_NE(std::this_thread::get_id(), caller);
        return s.scalar(QStringLiteral("SELECT 40 + ?"), {2}).toInt();
    });
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r.value(), 42);
    const PoolStats st = pool.stats();
    EXPECT_EQ(st.size, 1) << "starts empty, grows on demand";
    EXPECT_EQ(st.checkouts, 1u);
}

TEST_F(PoolBasics, CoroutineFormDeliversOnTheCallersThread)
{
    ConnectionPool pool(db.target(), PoolConfig{});
    const auto caller = std::this_thread::get_id();
    auto check = [&]() -> QCoro::Task<int> {
        QCoro::Task<Result<QString>> task = pool.run(Access::Read, [](Session &s) {
            return s.scalar(QStringLiteral("SELECT current_setting('application_name')")).toString();
        });
        Result<QString> r = co_await task;
        EXPECT_EQ(std::this_thread::get_id(), caller);
        co_return r.ok() && r.value() == QLatin1String("caredesk") ? 1 : 0;
    };
    EXPECT_EQ(QCoro::waitFor(check()), 1);
}

TEST_F(PoolBasics, ServerSettingsFollowTheSpec)
{
    ConnectionPool pool(db.target(), PoolConfig{});
    auto r = pool.runBlocking(Access::Read, [](Session &s) {
        return s.scalar(QStringLiteral("SELECT current_setting('statement_timeout')")).toString();
    });
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), QStringLiteral("30s"));
}

TEST_F(PoolBasics, ErrorsAreValuesWithSqlStateAndSql)
{
    ConnectionPool pool(db.target(), PoolConfig{});
    auto r = pool.runBlocking(
        Access::Read, [](Session &s) { return s.scalar(QStringLiteral("SELECT * FROM no_such_table")); });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().sqlState, QStringLiteral("42P01"));
    EXPECT_EQ(r.error().sql, QStringLiteral("SELECT * FROM no_such_table"));
    EXPECT_EQ(pool.stats().discarded, 0u) << "a statement error keeps the connection";

    auto again = pool.runBlocking(Access::Read,
                                  [](Session &s) { return s.scalar(QStringLiteral("SELECT 1")).toInt(); });
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), 1);
}

TEST_F(PoolBasics, BindsBecomeEscapedLiteralsOnlyOutsideQuotes)
{
    ConnectionPool pool(db.target(), PoolConfig{});
    auto r = pool.runBlocking(Access::Read, [](Session &s) {
        return s
            .scalar(QStringLiteral("SELECT ? || '?' || $$?$$ || $tag$?$tag$ || \"?column?\" FROM (SELECT ? "
                                   "AS \"?column?\") t -- ?\n"),
                    {QStringLiteral("it's \\ 'quoted'"), QStringLiteral("ok")})
            .toString();
    });
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r.value(), QStringLiteral("it's \\ 'quoted'???ok"));

    auto nulls = pool.runBlocking(Access::Read, [](Session &s) {
        return s.scalar(QStringLiteral("SELECT coalesce(?::int, -1)"), {QVariant(QMetaType::fromType<int>())})
            .toInt();
    });
    ASSERT_TRUE(nulls.ok());
    EXPECT_EQ(nulls.value(), -1);

    auto mismatch = pool.runBlocking(Access::Read, [](Session &s) {
        return s.scalar(QStringLiteral("SELECT ?"), {1, 2}).toInt();
    });
    ASSERT_FALSE(mismatch.ok());
    EXPECT_EQ(mismatch.error().code, ErrorCode::Internal);
}

TEST_F(PoolBasics, AnOpenTransactionIsRolledBackOnReturn)
{
    ConnectionPool pool(db.target(), [] {
        PoolConfig c;
        c.poolSize = 1;
        c.maxOverflow = 0;
        return c;
    }());
    auto left = pool.runBlocking(Access::Write, [](Session &s) {
        s.exec(QStringLiteral("BEGIN"));
        s.exec(QStringLiteral("CREATE TABLE leaked (x int)"));
        return true; // forgot to commit
    });
    ASSERT_TRUE(left.ok());
    auto state = pool.runBlocking(Access::Read, [](Session &s) {
        return int(s.transactionState()) * 10 +
               s.scalar(QStringLiteral("SELECT to_regclass('leaked') IS NULL")).toBool();
    });
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state.value(), int(Session::TxState::Idle) * 10 + 1) << "idle, and the table never existed";
}

TEST_F(PoolBasics, TransactionGuardRollsBackUnlessCommitted)
{
    ASSERT_EQ(db.execAdmin(QStringLiteral("CREATE TABLE t (x int)")), QString());
    ConnectionPool pool(db.target(), PoolConfig{});
    auto r = pool.runBlocking(Access::Write, [](Session &s) -> int {
        {
            Transaction tx(s);
            s.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        } // no commit
        {
            Transaction tx(s);
            s.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
            tx.commit();
        }
        return s.scalar(QStringLiteral("SELECT string_agg(x::text, ',') FROM t")).toString().toInt();
    });
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), 2);
}

TEST_F(PoolBasics, ManyThreadsNeverExceedTheLimit)
{
    PoolConfig c;
    c.poolSize = 3;
    c.maxOverflow = 2;
    ConnectionPool pool(db.target(), c);
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 12; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                auto r = pool.runBlocking(Access::Read, [i](Session &s) {
                    return s.scalar(QStringLiteral("SELECT ?::int"), {i}).toInt();
                });
                if (!r.ok() || r.value() != i)
                    ++failures;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    const PoolStats st = pool.stats();
    EXPECT_LE(st.size, 5);
    EXPECT_LE(st.idle, 3) << "overflow connections close on return";
    EXPECT_EQ(st.checkouts, 600u);
}

using PoolDeathTest = PoolBasics;

TEST_F(PoolDeathTest, UsingAConnectionOffItsThreadAborts)
{
    EXPECT_DEATH(
        {
            ConnectionPool pool(db.target(), PoolConfig{});
            Session *leaked = nullptr;
            (void)pool.runBlocking(Access::Read, [&leaked](Session &s) {
                leaked = &s;
                return true;
            });
            leaked->exec(QStringLiteral("SELECT 1")); // from the test thread: must abort
        },
        "used off its own thread");
}

} // namespace
