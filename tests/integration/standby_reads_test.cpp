// Reads from a standby (--read-db): availability goes to a standby that keeps up, not
// to one too far behind or gone, and a stale standby can make a booking fail as "slot
// just taken" but never double-book. A primary and a streaming standby of the test's own.
#include "engine/availability.h"
#include "engine/booking.h"
#include "engine/clinictime.h"
#include "engine/pool.h"
#include "tests/support/printers.h"
#include "tests/support/seed.h"
#include "tests/support/testcluster.h"
#include "tests/support/testdatabase.h"

#include <QUuid>

#include <chrono>
#include <gtest/gtest.h>
#include <thread>

using namespace caredesk;
using namespace caredesk::test;
using namespace std::chrono_literals;

namespace {

const QTimeZone kSydney("Australia/Sydney");
const QDateTime kNow = wallClockToInstant(QDate(2025, 12, 1), 8 * 60, kSydney);

/// Whether a StandbyRead ran on a server in recovery, and what it saw.
struct Seen
{
    bool onStandby = false;
    bool slotFree = false;
};

class StandbyReads : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(primary.ok()) << primary.error().toStdString();
        ASSERT_EQ(migrateAndLoadSeedClinic(primary.conninfo()), QString());
        standby = TestCluster::standbyOf(primary, false);
        ASSERT_TRUE(standby->ok()) << standby->error().toStdString();
        touchPrimary(); // something to replay, so the standby has a replay time
        ASSERT_EQ(standby->waitForReplay(primary), QString());
    }

    /// A primary pool reading from the standby while it is at most `maxLag` behind.
    std::unique_ptr<ConnectionPool> pools(std::chrono::milliseconds maxLag)
    {
        auto target = ConnectionTarget::parse(primary.conninfo());
        auto readTarget = ConnectionTarget::parse(standby->conninfo());
        EXPECT_TRUE(target.ok() && readTarget.ok());
        auto pool = std::make_unique<ConnectionPool>(target.value(), PoolConfig{});
        pool->setStandbyReads(
            std::make_shared<ConnectionPool>(readTarget.value().preferringStandby(), PoolConfig{}), maxLag);
        return pool;
    }

    void touchPrimary()
    {
        ASSERT_EQ(execOnce(primary.conninfo(), QStringLiteral("CREATE TABLE IF NOT EXISTS touch (n int);"
                                                              "INSERT INTO touch VALUES (1)")),
                  QString());
    }

    static BookingRequest bookingAt(int day, const QString &patient)
    {
        BookingRequest b;
        b.practitionerKey = QStringLiteral("dbrown");
        b.start = wallClockToInstant(QDate(2025, 12, day), 10 * 60, kSydney);
        b.minutes = 30;
        b.patient = patient;
        b.requestId = QUuid::createUuid();
        return b;
    }

    /// The availability search a desk runs, as a StandbyRead: is `b`'s slot offered?
    static Result<Seen> search(ConnectionPool &pool, const BookingRequest &b)
    {
        return pool.runBlocking(Access::StandbyRead, [b](Session &s) {
            Seen seen;
            seen.onStandby = s.scalar(QStringLiteral("SELECT pg_is_in_recovery()")).toBool();
            const QDate day = b.start.toTimeZone(kSydney).date();
            const AvailabilityData data = loadAvailabilityData(s, {b.practitionerKey}, day, day);
            AvailabilityOptions o;
            o.from = day;
            o.to = day;
            o.minutes = b.minutes;
            o.nowMs = kNow.toMSecsSinceEpoch();
            for (const PractitionerAvailability &p : evaluateAvailability(data, o)) {
                for (const DayAvailability &d : p.days)
                    seen.slotFree = seen.slotFree || d.slots.contains(b.start.toMSecsSinceEpoch());
            }
            return seen;
        });
    }

    /// Runs searches until one is served by the standby (the first wait for a lag measurement).
    static Result<Seen> searchUntilOnStandby(ConnectionPool &pool, const BookingRequest &b)
    {
        Result<Seen> seen = search(pool, b);
        for (int i = 0; i < 40 && seen.ok() && !seen.value().onStandby; ++i) {
            std::this_thread::sleep_for(100ms);
            seen = search(pool, b);
        }
        return seen;
    }

    QString pauseReplay() const
    {
        return execOnce(standby->conninfo(), QStringLiteral("SELECT pg_wal_replay_pause()"));
    }

    TestCluster primary;
    std::unique_ptr<TestCluster> standby;
};

TEST_F(StandbyReads, AvailabilityIsReadFromAStandbyThatKeepsUp)
{
    auto pool = pools(5s);
    const BookingRequest b = bookingAt(2, QStringLiteral("Standby patient"));
    auto seen = searchUntilOnStandby(*pool, b);
    ASSERT_TRUE(seen.ok()) << seen.error().toString().toStdString();
    EXPECT_TRUE(seen.value().onStandby) << "a standby within the limit serves availability";
    EXPECT_TRUE(seen.value().slotFree);
    const PoolStats st = pool->stats();
    EXPECT_GT(st.standbyReads, 0u);
    EXPECT_GE(st.standbyLagMs, 0.0);
    EXPECT_LE(st.standbyLagMs, 5000.0);
    for (const PoolConnectionInfo &c : pool->standbyPool()->connections())
        EXPECT_TRUE(!c.connected || c.standby) << "the read pool prefers the standby";

    // Plain reads and every write stay on the primary.
    auto wrote = pool->runBlocking(Access::Write, [b](Session &s) {
        book(s, b, kNow);
        return s.scalar(QStringLiteral("SELECT pg_is_in_recovery()")).toBool();
    });
    ASSERT_TRUE(wrote.ok()) << wrote.error().toString().toStdString();
    EXPECT_FALSE(wrote.value());
    auto read = pool->runBlocking(Access::Read, [](Session &s) {
        return s.scalar(QStringLiteral("SELECT pg_is_in_recovery()")).toBool();
    });
    ASSERT_TRUE(read.ok());
    EXPECT_FALSE(read.value());
}

TEST_F(StandbyReads, AStandbyTooFarBehindIsNotReadFrom)
{
    auto pool = pools(1s);
    const BookingRequest b = bookingAt(3, QStringLiteral("Lag patient"));
    ASSERT_TRUE(searchUntilOnStandby(*pool, b).value().onStandby);

    // The standby stops replaying; the primary takes the slot.
    ASSERT_EQ(pauseReplay(), QString());
    auto made = pool->runBlocking(Access::Write, [b](Session &s) { return book(s, b, kNow).id; });
    ASSERT_TRUE(made.ok()) << made.error().toString().toStdString();
    // Past the limit (and a lag measurement later), reads come from the primary and see it.
    std::this_thread::sleep_for(2500ms);
    (void)search(*pool, b); // starts a measurement
    std::this_thread::sleep_for(300ms);
    auto seen = search(*pool, b);
    ASSERT_TRUE(seen.ok()) << seen.error().toString().toStdString();
    EXPECT_FALSE(seen.value().onStandby) << "lag " << pool->stats().standbyLagMs << " ms";
    EXPECT_FALSE(seen.value().slotFree) << "the primary knows the slot is taken";
    EXPECT_GT(pool->stats().standbyLagMs, 1000.0);
    EXPECT_GT(pool->stats().standbyFallbacks, 0u);
}

TEST_F(StandbyReads, AStaleStandbyNeverCausesADoubleBooking)
{
    // A limit so generous the stale standby keeps serving: the worst case.
    auto pool = pools(3600s);
    const BookingRequest first = bookingAt(4, QStringLiteral("First patient"));
    ASSERT_TRUE(searchUntilOnStandby(*pool, first).value().slotFree);
    ASSERT_EQ(pauseReplay(), QString());
    auto made = pool->runBlocking(Access::Write, [first](Session &s) { return book(s, first, kNow).id; });
    ASSERT_TRUE(made.ok()) << made.error().toString().toStdString();

    // A second desk still sees the slot free on the standby, and tries it.
    BookingRequest second = first;
    second.patient = QStringLiteral("Second patient");
    second.requestId = QUuid::createUuid();
    auto seen = search(*pool, second);
    ASSERT_TRUE(seen.ok());
    ASSERT_TRUE(seen.value().onStandby);
    EXPECT_TRUE(seen.value().slotFree) << "the standby is stale, as intended";
    auto refused =
        pool->runBlocking(Access::Write, [second](Session &s) { return book(s, second, kNow).id; });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SlotTaken) << refused.error().toString().toStdString();
    EXPECT_EQ(refused.error().message, QStringLiteral("slot just taken"));
    EXPECT_EQ(queryOnce(primary.conninfo(),
                        QStringLiteral("SELECT count(*) FROM appointments WHERE starts_at = '%1'")
                            .arg(first.start.toUTC().toString(Qt::ISODate))),
              QStringLiteral("1"));
}

TEST_F(StandbyReads, AStandbyThatGoesAwayLeavesReadsToThePrimary)
{
    auto pool = pools(5s);
    const BookingRequest b = bookingAt(5, QStringLiteral("Away patient"));
    ASSERT_TRUE(searchUntilOnStandby(*pool, b).value().onStandby);
    ASSERT_EQ(standby->stopImmediately(), QString());
    for (int i = 0; i < 5; ++i) {
        auto seen = search(*pool, b);
        ASSERT_TRUE(seen.ok()) << "read " << i << ": " << seen.error().toString().toStdString();
        EXPECT_FALSE(seen.value().onStandby);
        EXPECT_TRUE(seen.value().slotFree);
    }
    EXPECT_GT(pool->stats().standbyFallbacks, 0u);
}

} // namespace
