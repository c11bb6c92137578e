// Rule 5: wall-clock times become instants through the clinic's zone; gaps move
// forward by the gap, repeated times mean their first occurrence.
#include "engine/clinictime.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace caredesk;

namespace {

struct WallCase
{
    const char *name;
    const char *zone;
    const char *date;
    const char *time; // HH:MM
    const char *expected;
};

void PrintTo(const WallCase &c, std::ostream *os)
{
    *os << c.name;
}

class WallClockToInstant : public ::testing::TestWithParam<WallCase>
{};

TEST_P(WallClockToInstant, FollowsCareDeskRule)
{
    const WallCase &c = GetParam();
    const QTimeZone zone(c.zone);
    ASSERT_TRUE(zone.isValid()) << c.zone;
    const WallMinutes minutes = parseWallMinutes(QString::fromLatin1(c.time));
    ASSERT_GE(minutes, 0);
    const QDateTime instant =
        wallClockToInstant(QDate::fromString(QString::fromLatin1(c.date), Qt::ISODate), minutes, zone);
    EXPECT_EQ(formatInstant(instant, zone), QString::fromLatin1(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Zones, WallClockToInstant,
    ::testing::Values(
        WallCase{"sydney_summer", "Australia/Sydney", "2025-12-22", "09:30", "2025-12-22T09:30:00+11:00"},
        WallCase{"sydney_winter", "Australia/Sydney", "2025-07-01", "09:30", "2025-07-01T09:30:00+10:00"},
        WallCase{"sydney_gap_moves_forward", "Australia/Sydney", "2025-10-05", "02:30",
                 "2025-10-05T03:30:00+11:00"},
        WallCase{"sydney_gap_start", "Australia/Sydney", "2025-10-05", "02:00", "2025-10-05T03:00:00+11:00"},
        WallCase{"sydney_after_gap", "Australia/Sydney", "2025-10-05", "03:00", "2025-10-05T03:00:00+11:00"},
        WallCase{"sydney_overlap_first", "Australia/Sydney", "2026-04-05", "02:30",
                 "2026-04-05T02:30:00+11:00"},
        WallCase{"sydney_overlap_start", "Australia/Sydney", "2026-04-05", "02:00",
                 "2026-04-05T02:00:00+11:00"},
        WallCase{"sydney_after_overlap", "Australia/Sydney", "2026-04-05", "03:00",
                 "2026-04-05T03:00:00+10:00"},
        WallCase{"lord_howe_gap_30min", "Australia/Lord_Howe", "2025-10-05", "02:15",
                 "2025-10-05T02:45:00+11:00"},
        WallCase{"lord_howe_overlap_first", "Australia/Lord_Howe", "2026-04-05", "01:45",
                 "2026-04-05T01:45:00+11:00"},
        WallCase{"lord_howe_after_overlap", "Australia/Lord_Howe", "2026-04-05", "02:00",
                 "2026-04-05T02:00:00+10:30"},
        WallCase{"brisbane_no_dst", "Australia/Brisbane", "2025-10-05", "02:30", "2025-10-05T02:30:00+10:00"},
        WallCase{"end_of_day_is_next_midnight", "Australia/Sydney", "2025-12-23", "24:00",
                 "2025-12-24T00:00:00+11:00"},
        WallCase{"utc", "UTC", "2025-12-22", "09:00", "2025-12-22T09:00:00+00:00"},
        WallCase{"negative_offset", "America/New_York", "2025-03-09", "02:30", "2025-03-09T03:30:00-04:00"}),
    [](const auto &testInfo) { return std::string(testInfo.param.name); });

TEST(WallMinutes, ParseAndFormatRoundTrip)
{
    const struct
    {
        const char *text;
        int minutes;
    } cases[] = {{"00:00", 0},  {"09:30", 570}, {"23:59", 1439}, {"24:00", 1440}, {"24:01", -1},
                 {"25:00", -1}, {"9:30", -1},   {"09:60", -1},   {"", -1},        {"ab:cd", -1}};
    for (const auto &c : cases) {
        EXPECT_EQ(parseWallMinutes(QString::fromLatin1(c.text)), c.minutes) << c.text;
        if (c.minutes >= 0) {
            EXPECT_EQ(formatWallMinutes(c.minutes), QString::fromLatin1(c.text));
        }
    }
}

TEST(FormatInstant, NeverWritesZ)
{
    const QDateTime t = QDateTime(QDate(2025, 12, 22), QTime(0, 0), QTimeZone::utc());
    EXPECT_EQ(formatInstant(t, QTimeZone::utc()), QStringLiteral("2025-12-22T00:00:00+00:00"));
}

} // namespace
