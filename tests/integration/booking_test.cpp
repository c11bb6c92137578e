// Booking against real PostgreSQL: 50 clients racing for one slot, the rules
// refusing closures, a closure committed at the same moment, request ids, versions.
#include "engine/availability.h"
#include "engine/booking.h"
#include "engine/interchange.h"
#include "engine/loadtest.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "tests/support/printers.h"
#include "tests/support/seed.h"
#include "tests/support/seededdatabase.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QUuid>

#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace caredesk;
using namespace caredesk::test;
using namespace std::chrono_literals;

namespace {

const QTimeZone kSydney("Australia/Sydney");
const QDateTime kNow = wallClockToInstant(QDate(2025, 12, 1), 8 * 60, kSydney);

QDateTime at(int y, int m, int d, int hour, int minute = 0)
{
    return wallClockToInstant(QDate(y, m, d), hour * 60 + minute, kSydney);
}

class Booking : public SeededDatabase
{
protected:
    Result<Appointment> bookAt(const QDateTime &start, int minutes = 30, QUuid id = {},
                               bool overrideRules = false)
    {
        BookingRequest b;
        b.practitionerKey = QStringLiteral("dbrown");
        b.start = start;
        b.minutes = minutes;
        b.patient = QStringLiteral("Test Patient");
        b.requestId = id.isNull() ? QUuid::createUuid() : id;
        b.overrideRules = overrideRules;
        return pool->runOnceBlocking([b](Session &s) { return book(s, b, kNow); },
                                     [id = b.requestId](Session &s) { return findByRequestId(s, id); });
    }

    int count(const QString &where)
    {
        return queryOnce(db.conninfo(), QStringLiteral("SELECT count(*) FROM appointments WHERE ") + where)
            .toInt();
    }
};

TEST_F(Booking, FiftyClientsRaceForOneSlotExactlyOneWins)
{
    std::atomic<int> ok{0};
    std::atomic<int> taken{0};
    std::atomic<int> other{0};
    std::vector<std::thread> clients;
    for (int i = 0; i < 50; ++i)
        clients.emplace_back([&] {
            auto r = bookAt(at(2025, 12, 22, 14));
            if (r.ok())
                ++ok;
            else if (r.error().code == ErrorCode::SlotTaken &&
                     r.error().message == QLatin1String("slot just taken"))
                ++taken;
            else
                ++other;
        });
    for (auto &t : clients)
        t.join();
    EXPECT_EQ(ok.load(), 1);
    EXPECT_EQ(taken.load(), 49);
    EXPECT_EQ(other.load(), 0);
    EXPECT_EQ(count(QStringLiteral("patient_name = 'Test Patient'")), 1);
}

TEST_F(Booking, TheRulesRefuseClosuresBlocksAndTimeOff)
{
    const struct
    {
        const char *name;
        QDateTime start;
        ErrorCode code;
        const char *says;
    } cases[] = {
        {"clinic closure", at(2025, 12, 26, 10), ErrorCode::NotAllowed, "Christmas closure"},
        {"partial closure", at(2025, 12, 23, 14), ErrorCode::NotAllowed, "Early close"},
        {"lunch break", at(2025, 12, 22, 12, 30), ErrorCode::NotAllowed, "does not work"},
        {"crossing into lunch", at(2025, 12, 22, 12, 15), ErrorCode::NotAllowed, "does not work"},
        {"weekend", at(2025, 12, 20, 10), ErrorCode::NotAllowed, "does not work"},
        {"in the past", at(2025, 11, 28, 10), ErrorCode::NotAllowed, "in the past"},
        {"an existing appointment", at(2025, 12, 22, 10, 30), ErrorCode::SlotTaken, "slot just taken"},
    };
    for (const auto &c : cases) {
        auto r = bookAt(c.start);
        ASSERT_FALSE(r.ok()) << c.name;
        EXPECT_EQ(exitCodeFor(r.error().code), exitCodeFor(c.code))
            << c.name << ": " << r.error().toString().toStdString();
        EXPECT_TRUE(r.error().message.contains(QString::fromLatin1(c.says)))
            << c.name << ": " << r.error().message.toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("patient_name = 'Test Patient'")), 0) << "nothing was written";

    // Any start in free time is allowed: no grid needed; the work override reopens Dec 29.
    EXPECT_TRUE(bookAt(at(2025, 12, 22, 15, 10), 20).ok());
    EXPECT_TRUE(bookAt(at(2025, 12, 29, 10)).ok());
    EXPECT_FALSE(bookAt(at(2025, 12, 29, 15)).ok()) << "outside the override's custom hours";
}

TEST_F(Booking, OverrideBooksOutsideTheRulesAndIsAudited)
{
    auto r = bookAt(at(2025, 12, 26, 10), 30, {}, true);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(queryOnce(db.conninfo(),
                        QStringLiteral(
                            "SELECT note FROM audit_log WHERE table_name = 'appointments' AND row_id = %1")
                            .arg(r.value().id)),
              QStringLiteral("booked with the override flag, outside availability"));
}

TEST_F(Booking, TheSameRequestIdBooksOnce)
{
    const QUuid id = QUuid::createUuid();
    auto first = bookAt(at(2025, 12, 22, 15), 30, id);
    auto again = bookAt(at(2025, 12, 22, 15), 30, id);
    ASSERT_TRUE(first.ok() && again.ok());
    EXPECT_EQ(first.value().id, again.value().id);
    EXPECT_EQ(first.value().requestId, id.toString(QUuid::WithoutBraces));
    EXPECT_EQ(count(QStringLiteral("request_id = '%1'").arg(id.toString(QUuid::WithoutBraces))), 1);
}

TEST_F(Booking, RescheduleAndCancelUseVersions)
{
    auto made = bookAt(at(2025, 12, 22, 15));
    ASSERT_TRUE(made.ok());
    const qint64 id = made.value().id;
    auto moved = pool->runBlocking(
        Access::Write, [id](Session &s) { return reschedule(s, id, at(2025, 12, 22, 16), 1, kNow); });
    ASSERT_TRUE(moved.ok()) << moved.error().toString().toStdString();
    EXPECT_EQ(moved.value().version, 2);
    EXPECT_EQ(moved.value().start, at(2025, 12, 22, 16));

    auto stale = pool->runBlocking(
        Access::Write, [id](Session &s) { return reschedule(s, id, at(2025, 12, 22, 9, 30), 1, kNow); });
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::StaleVersion);

    auto ontoOther = pool->runBlocking(
        Access::Write, [id](Session &s) { return reschedule(s, id, at(2025, 12, 22, 9), 2, kNow); });
    ASSERT_FALSE(ontoOther.ok());
    EXPECT_EQ(ontoOther.error().code, ErrorCode::SlotTaken);

    auto closure = pool->runBlocking(
        Access::Write, [id](Session &s) { return reschedule(s, id, at(2025, 12, 26, 9), 2, kNow); });
    ASSERT_FALSE(closure.ok());
    EXPECT_EQ(closure.error().code, ErrorCode::NotAllowed);

    // Moving within its own time is fine: the rules ignore the appointment being moved.
    auto nudge = pool->runBlocking(
        Access::Write, [id](Session &s) { return reschedule(s, id, at(2025, 12, 22, 16, 15), 2, kNow); });
    ASSERT_TRUE(nudge.ok()) << nudge.error().toString().toStdString();

    auto staleCancel = pool->runBlocking(Access::Write, [id](Session &s) { return cancel(s, id, 1); });
    ASSERT_FALSE(staleCancel.ok());
    EXPECT_EQ(staleCancel.error().code, ErrorCode::StaleVersion);
    auto cancelled = pool->runBlocking(Access::Write, [id](Session &s) { return cancel(s, id, 3); });
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled.value().status, QStringLiteral("cancelled"));
    EXPECT_TRUE(bookAt(at(2025, 12, 22, 16, 15)).ok()) << "a cancelled appointment frees its slot";
}

// A closure committed while a booking is under way: the two serialize on the clinic
// row (migration 0002), so the booking either lands before the closure or is refused.
TEST_F(Booking, ABookingNeverLandsInAClosureCommittedAtTheSameMoment)
{
    std::atomic<bool> closureHoldsLock{false};
    std::thread manager([&] {
        auto r = pool->runBlocking(Access::Write, [&](Session &s) {
            Transaction tx(s);
            s.exec(QStringLiteral("INSERT INTO availability_exceptions (kind, start_date, end_date, reason)"
                                  " VALUES ('closure', '2025-12-22', '2025-12-22', 'Burst pipe')"));
            closureHoldsLock = true;
            std::this_thread::sleep_for(400ms);
            tx.commit();
            return true;
        });
        EXPECT_TRUE(r.ok());
    });
    while (!closureHoldsLock)
        std::this_thread::sleep_for(5ms);
    const auto started = std::chrono::steady_clock::now();
    auto booking = bookAt(at(2025, 12, 22, 15));
    const auto waited = std::chrono::steady_clock::now() - started;
    manager.join();
    ASSERT_FALSE(booking.ok()) << "the booking landed inside the new closure";
    EXPECT_EQ(booking.error().code, ErrorCode::NotAllowed);
    EXPECT_TRUE(booking.error().message.contains(QStringLiteral("Burst pipe")));
    EXPECT_GT(waited, 200ms) << "it waited for the closure's transaction";
}

TEST_F(Booking, NextAvailableFindsSlotsInTimeOrderAcrossTheClosure)
{
    NextAvailableQuery q;
    q.keys = {QStringLiteral("iwizz"), QStringLiteral("dbrown")};
    q.minutes = 60;
    q.after = at(2025, 12, 23, 11);
    q.limit = 6;
    auto found = pool->runBlocking(Access::Read, [q](Session &s) { return nextAvailable(s, q); });
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
    QStringList got;
    for (const auto &f : found.value())
        got << f.practitionerKey + QLatin1Char('@') +
                   formatInstant(QDateTime::fromMSecsSinceEpoch(f.start, QTimeZone::utc()), kSydney);
    EXPECT_EQ(got, (QStringList{QStringLiteral("iwizz@2025-12-23T11:00:00+11:00"),
                                QStringLiteral("dbrown@2025-12-23T11:00:00+11:00"),
                                QStringLiteral("iwizz@2025-12-23T11:30:00+11:00"),
                                QStringLiteral("dbrown@2025-12-23T11:30:00+11:00"),
                                QStringLiteral("iwizz@2025-12-23T12:00:00+11:00"),
                                QStringLiteral("dbrown@2025-12-29T10:00:00+11:00")}))
        << "ties in the order asked; dbrown's 11:30 ends exactly at 12:30; the early close takes the "
           "afternoon; then the "
           "Christmas closure, which the work override opens on Dec 29 for dbrown only";
}

// The load driver under injected faults: every backend is killed again and again
// while simulated desks book; what it reports as booked is exactly what is stored.
TEST_F(Booking, LoadUnderKilledBackendsReportsOnlyTheTruth)
{
    PoolConfig c;
    c.applicationName = QStringLiteral("cd_load_faults");
    ConnectionPool loadPool(db.target(), c);
    std::atomic<bool> stop{false};
    std::thread killer([&] {
        while (!stop) {
            std::this_thread::sleep_for(300ms);
            (void)execOnce(db.conninfo(),
                           QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                          "application_name = 'cd_load_faults'"));
        }
    });
    LoadOptions o;
    o.clients = 6;
    o.seconds = 3;
    o.now = kNow;
    const QJsonObject report = runLoad(loadPool, o);
    stop = true;
    killer.join();
    EXPECT_FALSE(report.contains(QStringLiteral("error")))
        << report.value(QStringLiteral("error")).toString().toStdString();
    EXPECT_TRUE(report.value(QStringLiteral("verified")).toBool());
    EXPECT_GT(report.value(QStringLiteral("bookings_succeeded")).toInt(), 0);
    EXPECT_GT(report.value(QStringLiteral("cancellations_succeeded")).toInt(), 0);
    EXPECT_GT(loadPool.stats().discarded, 0u) << "the faults really happened";
}

} // namespace
