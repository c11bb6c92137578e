// Every constraint of schema v1 rejects what it must, with the SQLSTATE asserted;
// double booking is impossible even for two clients racing.
#include "engine/pool.h"
#include "engine/schema.h"
#include "tests/support/printers.h"
#include "tests/support/testdatabase.h"

#include <atomic>
#include <barrier>
#include <gtest/gtest.h>
#include <mutex>
#include <thread>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const char *const kFixture = R"(
INSERT INTO practitioners (key, display_name) VALUES ('dbrown', 'David Brown'), ('schen', 'Sarah Chen');
INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute)
    VALUES (1, 1, 540, 720), (1, 1, 720, 1020);
INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name)
    VALUES (1, '2025-12-22 09:00+11', '2025-12-22 09:30+11', 'P. Smith');
)";

struct ConstraintCase
{
    const char *name;
    const char *sql;
    const char *sqlState; // empty: must be accepted
};

void PrintTo(const ConstraintCase &c, std::ostream *os)
{
    *os << c.name;
}

class Constraints : public ::testing::TestWithParam<ConstraintCase>
{
protected:
    static void SetUpTestSuite()
    {
        s_db = new TestDatabase;
        if (s_db->ok()) {
            s_setupError = s_db->migrate();
            if (s_setupError.isEmpty())
                s_setupError = s_db->execAdmin(QString::fromLatin1(kFixture));
        } else {
            s_setupError = s_db->error();
        }
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        s_db = nullptr;
    }
    static TestDatabase *s_db;
    static QString s_setupError;
};

TestDatabase *Constraints::s_db = nullptr;
QString Constraints::s_setupError;

TEST_P(Constraints, SqlStateIsAsExpected)
{
    ASSERT_TRUE(s_setupError.isEmpty()) << s_setupError.toStdString();
    const ConstraintCase &c = GetParam();
    PoolConfig config;
    config.poolSize = 1;
    ConnectionPool pool(s_db->target(), config);
    auto result = pool.runBlocking(Access::Write, [&c](Session &s) {
        Transaction tx(s); // rolled back: cases stay independent
        s.execScript(QString::fromLatin1(c.sql));
        return true;
    });
    if (*c.sqlState == '\0') {
        EXPECT_TRUE(result.ok()) << result.error().toString().toStdString();
    } else {
        ASSERT_FALSE(result.ok()) << c.name << " was accepted";
        EXPECT_EQ(result.error().sqlState, QString::fromLatin1(c.sqlState))
            << result.error().toString().toStdString();
        EXPECT_FALSE(result.error().sql.isEmpty()) << "the error carries the failing SQL";
    }
}

INSTANTIATE_TEST_SUITE_P(
    SchemaV1, Constraints,
    ::testing::Values(
        ConstraintCase{"appointment_overlap",
                       "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name)"
                       " VALUES (1, '2025-12-22 09:15+11', '2025-12-22 09:45+11', 'Q')",
                       "23P01"},
        ConstraintCase{"appointment_touching_is_fine",
                       "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name)"
                       " VALUES (1, '2025-12-22 09:30+11', '2025-12-22 10:00+11', 'Q')",
                       ""},
        ConstraintCase{"appointment_other_practitioner_is_fine",
                       "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name)"
                       " VALUES (2, '2025-12-22 09:00+11', '2025-12-22 09:30+11', 'Q')",
                       ""},
        ConstraintCase{"cancelled_does_not_block",
                       "UPDATE appointments SET status = 'cancelled' WHERE id = 1;"
                       " INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name)"
                       " VALUES (1, '2025-12-22 09:00+11', '2025-12-22 09:30+11', 'Q')",
                       ""},
        ConstraintCase{"appointment_end_before_start",
                       "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name)"
                       " VALUES (1, '2025-12-23 10:00+11', '2025-12-23 09:00+11', 'Q')",
                       "23514"},
        ConstraintCase{"appointment_unknown_status",
                       "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name, status)"
                       " VALUES (1, '2025-12-23 09:00+11', '2025-12-23 09:30+11', 'Q', 'maybe')",
                       "23514"},
        ConstraintCase{"appointment_blank_patient",
                       "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name)"
                       " VALUES (1, '2025-12-23 09:00+11', '2025-12-23 09:30+11', '  ')",
                       "23514"},
        ConstraintCase{"clinic_wide_work",
                       "INSERT INTO availability_exceptions (kind, start_date, end_date) VALUES ('work', "
                       "'2025-12-26', '2025-12-26')",
                       "23514"},
        ConstraintCase{"practitioner_closure",
                       "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date)"
                       " VALUES (1, 'closure', '2025-12-26', '2025-12-26')",
                       "23514"},
        ConstraintCase{"clinic_wide_closure_is_fine",
                       "INSERT INTO availability_exceptions (kind, start_date, end_date, reason)"
                       " VALUES ('closure', '2025-12-24', '2026-01-05', 'Christmas closure')",
                       ""},
        ConstraintCase{"exception_end_date_before_start",
                       "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date)"
                       " VALUES (1, 'vacation', '2025-12-26', '2025-12-20')",
                       "23514"},
        ConstraintCase{"exception_window_end_before_start",
                       "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, "
                       "start_minute, end_minute)"
                       " VALUES (1, 'blocked', '2025-12-26', '2025-12-26', 780, 600)",
                       "23514"},
        ConstraintCase{
            "exception_window_half_given",
            "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, start_minute)"
            " VALUES (1, 'blocked', '2025-12-26', '2025-12-26', 780)",
            "23514"},
        ConstraintCase{
            "exception_window_to_24_00_is_fine",
            "INSERT INTO availability_exceptions (kind, start_date, end_date, start_minute, end_minute)"
            " VALUES ('closure', '2025-12-23', '2025-12-23', 780, 1440)",
            ""},
        ConstraintCase{"working_hours_overlap",
                       "INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute)"
                       " VALUES (1, 1, 600, 660)",
                       "23P01"},
        ConstraintCase{
            "working_hours_overlap_in_effective_dates",
            "INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute, valid_from)"
            " VALUES (1, 1, 600, 660, '2026-01-01')",
            "23P01"},
        ConstraintCase{
            "working_hours_disjoint_dates_are_fine",
            "UPDATE working_hours SET valid_until = '2025-12-31' WHERE id = 1;"
            " INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute, valid_from)"
            " VALUES (1, 1, 600, 660, '2026-01-01')",
            ""},
        ConstraintCase{"working_hours_end_before_start",
                       "INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute) "
                       "VALUES (2, 2, 600, 540)",
                       "23514"},
        ConstraintCase{"working_hours_bad_weekday",
                       "INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute) "
                       "VALUES (2, 8, 540, 600)",
                       "23514"},
        ConstraintCase{"working_hours_until_24_00_is_fine",
                       "INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute) "
                       "VALUES (2, 3, 1200, 1440)",
                       ""},
        ConstraintCase{"unknown_time_zone", "UPDATE clinic_settings SET timezone = 'Mars/Olympus_Mons'",
                       "22023"},
        ConstraintCase{"duplicate_practitioner_key",
                       "INSERT INTO practitioners (key, display_name) VALUES ('dbrown', 'Another David')",
                       "23505"}),
    [](const auto &testInfo) { return std::string(testInfo.param.name); });

// Two clients race for one slot: both open a transaction and insert overlapping
// appointments; exactly one commits. The loser gets 23P01, or 40P01 when both
// inserts reached the exclusion index at once (PostgreSQL documents that concurrent
// exclusion-constraint inserts can deadlock); either way the database refuses it.
// The engine's booking path locks the practitioner's row first, so it always sees 23P01.
TEST(DoubleBooking, TwoClientsRacingGetExactlyOneBooking)
{
    TestDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    ASSERT_EQ(db.migrate(), QString());
    ASSERT_EQ(db.execAdmin(QStringLiteral(
                  "INSERT INTO practitioners (key, display_name) VALUES ('dbrown', 'David Brown')")),
              QString());

    PoolConfig config;
    config.poolSize = 2;
    config.maxOverflow = 0;
    ConnectionPool pool(db.target(), config);
    for (int round = 0; round < 10; ++round) {
        std::barrier sync(2);
        std::atomic<int> ok{0};
        std::atomic<int> taken{0};
        std::mutex errorsMutex;
        QStringList errors;
        const auto client = [&](int minuteOffset) {
            auto r = pool.runBlocking(Access::Write, [&](Session &s) {
                Transaction tx(s);
                sync.arrive_and_wait(); // both inside a transaction before either inserts
                s.exec(QStringLiteral(
                           "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name)"
                           " VALUES (1, CAST(? AS timestamptz), CAST(? AS timestamptz), 'Racer')"),
                       {QStringLiteral("2026-02-%1T09:%2:00+11:00")
                            .arg(round + 2, 2, 10, QLatin1Char('0'))
                            .arg(minuteOffset, 2, 10, QLatin1Char('0')),
                        QStringLiteral("2026-02-%1T09:%2:00+11:00")
                            .arg(round + 2, 2, 10, QLatin1Char('0'))
                            .arg(minuteOffset + 30, 2, 10, QLatin1Char('0'))});
                tx.commit();
                return true;
            });
            if (r.ok())
                ++ok;
            else if (r.error().sqlState == QLatin1String("23P01") ||
                     r.error().sqlState == QLatin1String("40P01"))
                ++taken;
            else {
                std::lock_guard lock(errorsMutex);
                errors << r.error().toString();
            }
        };
        std::thread a(client, 0);
        std::thread b(client, 15);
        a.join();
        b.join();
        EXPECT_EQ(ok.load(), 1) << "round " << round;
        auto rows = pool.runBlocking(Access::Read, [round](Session &s) {
            return s
                .scalar(QStringLiteral("SELECT count(*) FROM appointments WHERE (starts_at AT TIME ZONE "
                                       "'Australia/Sydney')::date = ?::date"),
                        {QStringLiteral("2026-02-%1").arg(round + 2, 2, 10, QLatin1Char('0'))})
                .toInt();
        });
        ASSERT_TRUE(rows.ok());
        EXPECT_EQ(rows.value(), 1) << "round " << round;
        EXPECT_EQ(taken.load(), 1) << "round " << round << ": "
                                   << errors.join(QStringLiteral("; ")).toStdString();
    }
}

} // namespace
