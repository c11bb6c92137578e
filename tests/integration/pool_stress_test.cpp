// 64 threads x thousands of units of work through one pool: zero errors, and the
// Session's thread-ownership check (which aborts on any off-thread use) never fires.
// Also built under ThreadSanitizer (tsan preset), with fewer units.
#include "engine/pool.h"
#include "tests/support/printers.h"
#include "tests/support/testdatabase.h"

#include <QProcessEnvironment>

#include <atomic>
#include <gtest/gtest.h>
#include <mutex>
#include <thread>

using namespace caredesk;
using namespace caredesk::test;

namespace {

TEST(PoolStress, SixtyFourThreadsThousandsOfUnitsNoProtocolErrors)
{
    TestDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    ASSERT_EQ(db.execAdmin(QStringLiteral("CREATE TABLE hits (thread int, n int)")), QString());
    const int perThread = QProcessEnvironment::systemEnvironment()
                              .value(QStringLiteral("CAREDESK_STRESS_UNITS"), QStringLiteral("1500"))
                              .toInt();
    constexpr int kThreads = 64;
    ConnectionPool pool(db.target(), PoolConfig{});
    std::atomic<int> errors{0};
    std::atomic<int> writes{0};
    std::mutex firstErrorMutex;
    QString firstError;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < perThread; ++i) {
                const bool write = i % 10 == 0;
                Result<int> r =
                    write ? pool.runBlocking(
                                Access::Write,
                                [t, i](Session &s) {
                                    Transaction tx(s);
                                    s.exec(QStringLiteral("INSERT INTO hits VALUES (?, ?)"), {t, i});
                                    tx.commit();
                                    return i;
                                })
                          : pool.runBlocking(Access::Read, [t, i](Session &s) {
                                QSqlQuery q =
                                    s.exec(QStringLiteral("SELECT ? * 1000 + ?, repeat('x', 200)"), {t, i});
                                return q.next() ? q.value(0).toInt() - t * 1000 : -1;
                            });
                if (!r.ok() || r.value() != i) {
                    if (errors.fetch_add(1) == 0) {
                        std::lock_guard lock(firstErrorMutex);
                        firstError = r.ok() ? QStringLiteral("wrong value") : r.error().toString();
                    }
                } else if (write) {
                    ++writes;
                }
            }
        });
    }
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(errors.load(), 0) << firstError.toStdString();
    EXPECT_EQ(queryOnce(db.conninfo(), QStringLiteral("SELECT count(*) FROM hits")).toInt(), writes.load());
    const PoolStats st = pool.stats();
    EXPECT_EQ(st.checkouts, quint64(kThreads) * quint64(perThread));
    EXPECT_LE(st.size, 30);
    EXPECT_EQ(st.discarded, 0u);
}

} // namespace
