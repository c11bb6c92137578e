// Pure validation that My Availability and Clinic setup show as the user types.
#include "engine/clinicsetup.h"
#include "engine/schedule.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace caredesk;

namespace {

struct HoursCase
{
    const char *name;
    QList<WorkingInterval> hours;
    const char *problem; ///< empty: acceptable
};

WorkingInterval iv(int weekday, int startHour, int endHour, int endMinute = 0)
{
    WorkingInterval w;
    w.weekday = weekday;
    w.start = startHour * 60;
    w.end = endHour * 60 + endMinute;
    return w;
}

class WeeklyHours : public ::testing::TestWithParam<HoursCase>
{};

TEST_P(WeeklyHours, ExplainsWhatIsWrong)
{
    const auto problem = weeklyHoursProblem(GetParam().hours);
    EXPECT_EQ(problem.value_or(QString()), QString::fromUtf8(GetParam().problem));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, WeeklyHours,
    ::testing::Values(
        HoursCase{"Empty", {}, ""}, HoursCase{"SplitDay", {iv(2, 9, 12, 30), iv(2, 13, 17)}, ""},
        HoursCase{"TouchingIsFine", {iv(1, 9, 12), iv(1, 12, 17)}, ""},
        HoursCase{"UntilMidnight", {iv(6, 18, 24)}, ""},
        HoursCase{"Overlap", {iv(2, 9, 12), iv(2, 11, 13)}, "Tuesday: 09:00–12:00 overlaps 11:00–13:00"},
        HoursCase{"OverlapOutOfOrder",
                  {iv(3, 11, 13), iv(1, 8, 9), iv(3, 9, 12)},
                  "Wednesday: 09:00–12:00 overlaps 11:00–13:00"},
        HoursCase{"SameDayOtherWeekdays", {iv(1, 9, 12), iv(2, 9, 12)}, ""},
        HoursCase{"Backwards", {iv(5, 14, 13)}, "Friday: 14:00–13:00 ends before it starts"},
        HoursCase{"PastMidnight", {iv(5, 20, 24, 30)}, "Friday: times lie between 00:00 and 24:00"},
        HoursCase{"NoSuchWeekday", {iv(8, 9, 10)}, "Weekday 8 is not between 1 (Monday) and 7 (Sunday)"}),
    [](const auto &p) { return std::string(p.param.name); });

TEST(ClinicSettingsRules, ExplainEachField)
{
    ClinicSettings ok{QStringLiteral("Harbour Clinic"), QStringLiteral("Australia/Sydney"), 15};
    EXPECT_FALSE(clinicSettingsProblem(ok).has_value());
    ClinicSettings s = ok;
    s.name = QStringLiteral("  ");
    EXPECT_EQ(clinicSettingsProblem(s).value_or(QString()), QStringLiteral("The clinic needs a name"));
    s = ok;
    s.timeZone = QStringLiteral("Mars/Olympus");
    EXPECT_TRUE(clinicSettingsProblem(s).value_or(QString()).contains(QStringLiteral("Mars/Olympus")));
    s = ok;
    s.slotStepMinutes = 3;
    EXPECT_TRUE(clinicSettingsProblem(s).value_or(QString()).contains(QStringLiteral("not 3")));
}

} // namespace
