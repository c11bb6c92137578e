// CareDesk's availability rules (docs/availability.md), table-driven over the pure
// evaluator, plus a seeded property test over random clinics.
#include "engine/availability.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>
#include <random>

using namespace caredesk;

namespace {

constexpr int h(int hours, int minutes = 0)
{
    return hours * 60 + minutes;
}

/// A small clinic for one practitioner (id 1) in a zone, built fluently.
struct Clinic
{
    AvailabilityData data;
    explicit Clinic(const char *zone = "Australia/Sydney")
    {
        data.zone = QTimeZone(zone);
        data.slotStepMinutes = 30;
        data.practitioners = {{1, QStringLiteral("dbrown"), QStringLiteral("David Brown")}};
    }
    Clinic &hours(int weekday, int start, int end, std::optional<QDate> from = {},
                  std::optional<QDate> until = {})
    {
        data.hours[1].append({weekday, start, end, from, until});
        return *this;
    }
    Clinic &weekdays(int start, int end)
    {
        for (int d = 1; d <= 5; ++d)
            hours(d, start, end);
        return *this;
    }
    Clinic &exception(qint64 practitioner, const char *kind, QDate from, QDate to, std::optional<int> s = {},
                      std::optional<int> e = {}, const char *reason = "")
    {
        data.exceptions.append(ExceptionRecord{
            {QString(), QString::fromLatin1(kind), from, to, s, e, QString::fromLatin1(reason)},
            data.exceptions.size() + 1,
            practitioner});
        return *this;
    }
    Clinic &booked(const QDate &d, int start, int minutes)
    {
        const qint64 t = wallClockToInstant(d, start, data.zone).toMSecsSinceEpoch();
        data.busy[1] = normalizeSpans(data.busy[1] + SpanList{{t, t + minutes * 60'000LL}});
        return *this;
    }
    DayAvailability day(const QDate &d, int minutes = 0, qint64 nowMs = 0) const
    {
        AvailabilityOptions o;
        o.from = d;
        o.to = d;
        o.minutes = minutes;
        o.nowMs = nowMs;
        return evaluateAvailability(data, o).first().days.first();
    }
    QStringList slotTexts(const DayAvailability &d) const
    {
        QStringList out;
        for (qint64 s : d.slots)
            out << formatInstant(QDateTime::fromMSecsSinceEpoch(s, QTimeZone::utc()), data.zone).mid(11, 14);
        return out;
    }
};

const QDate kMon22(2025, 12, 22);
const QDate kTue23(2025, 12, 23);
const QDate kFri26(2025, 12, 26);
const QDate kMon29(2025, 12, 29);
const QDate kSat27(2025, 12, 27);

Clinic seedClinic()
{
    Clinic c;
    c.weekdays(h(9), h(12, 30)).weekdays(h(13, 30), h(17));
    c.exception(0, "closure", QDate(2025, 12, 24), QDate(2026, 1, 5), {}, {}, "Christmas closure");
    return c;
}

TEST(AvailabilityRules, SeedCaseDavidBrownIsBlockedOnBoxingDay)
{
    const Clinic c = seedClinic();
    const DayAvailability boxingDay = c.day(kFri26);
    EXPECT_EQ(boxingDay.status, DayStatus::Blocked);
    EXPECT_EQ(boxingDay.blockedBy, QStringList{QStringLiteral("Christmas closure")});
    EXPECT_TRUE(boxingDay.clinicClosed);
    EXPECT_TRUE(boxingDay.slots.isEmpty());
    const DayAvailability monday = c.day(kMon22);
    EXPECT_EQ(monday.status, DayStatus::Open);
    EXPECT_EQ(monday.slots.size(), 14) << "07 in the morning, 07 in the afternoon";
    EXPECT_TRUE(monday.blockedBy.isEmpty());
}

struct RuleCase
{
    const char *name;
    std::function<Clinic()> clinic;
    QDate date;
    int minutes;
    DayStatus status;
    int slots;
    QStringList blockedBy;
};

void PrintTo(const RuleCase &c, std::ostream *os)
{
    *os << c.name;
}

class Rules : public ::testing::TestWithParam<RuleCase>
{};

TEST_P(Rules, StatusSlotsAndBlockers)
{
    const RuleCase &rc = GetParam();
    const Clinic c = rc.clinic();
    const DayAvailability d = c.day(rc.date, rc.minutes);
    EXPECT_EQ(dayStatusName(d.status), dayStatusName(rc.status));
    EXPECT_EQ(d.slots.size(), rc.slots) << c.slotTexts(d).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(d.blockedBy, rc.blockedBy);
}

INSTANTIATE_TEST_SUITE_P(
    Precedence, Rules,
    ::testing::Values(
        RuleCase{"off_without_hours", [] { return seedClinic(); }, kSat27, 0, DayStatus::Off, 0, {}},
        RuleCase{"work_override_all_day_keeps_hours",
                 [] { return seedClinic().exception(1, "work", kMon29, kMon29); },
                 kMon29,
                 0,
                 DayStatus::Open,
                 14,
                 {}},
        RuleCase{"work_override_window_replaces_hours",
                 [] { return seedClinic().exception(1, "work", kMon29, kMon29, h(10), h(14)); },
                 kMon29,
                 0,
                 DayStatus::Open,
                 8,
                 {}},
        RuleCase{"work_override_on_a_day_off",
                 [] { return seedClinic().exception(1, "work", kSat27, kSat27, h(9), h(12)); },
                 kSat27,
                 0,
                 DayStatus::Open,
                 6,
                 {}},
        RuleCase{"work_windows_count_as_their_union",
                 [] {
                     return seedClinic()
                         .exception(1, "work", kMon29, kMon29, h(10), h(12))
                         .exception(1, "work", kMon29, kMon29, h(11), h(13));
                 },
                 kMon29,
                 0,
                 DayStatus::Open,
                 6,
                 {}},
        RuleCase{"work_override_exempts_only_that_practitioner",
                 [] {
                     Clinic c = seedClinic().exception(2, "work", kMon29, kMon29);
                     return c;
                 },
                 kMon29,
                 0,
                 DayStatus::Blocked,
                 0,
                 {QStringLiteral("Christmas closure")}},
        RuleCase{
            "partial_closure_removes_only_its_window",
            [] { return seedClinic().exception(0, "closure", kTue23, kTue23, h(13), h(24), "Early close"); },
            kTue23,
            0,
            DayStatus::Open,
            7,
            {}},
        RuleCase{"windowed_closure_over_a_range_applies_each_day",
                 [] {
                     return seedClinic().exception(0, "holiday", kMon22, kTue23, h(9), h(12, 30),
                                                   "Mornings off");
                 },
                 kTue23,
                 0,
                 DayStatus::Open,
                 7,
                 {}},
        RuleCase{"personal_block_beats_work_override",
                 [] {
                     return seedClinic()
                         .exception(1, "work", kMon29, kMon29)
                         .exception(1, "vacation", kMon29, kMon29, {}, {}, "Leave");
                 },
                 kMon29,
                 0,
                 DayStatus::Blocked,
                 0,
                 {QStringLiteral("Leave")}},
        RuleCase{"personal_window_block",
                 [] { return seedClinic().exception(1, "blocked", kMon22, kMon22, h(10), h(11), "Meeting"); },
                 kMon22,
                 0,
                 DayStatus::Open,
                 12,
                 {}},
        RuleCase{
            "blocked_by_sorted_unique_and_kind_without_reason",
            [] {
                return seedClinic()
                    .exception(1, "holiday", kFri26, kFri26)
                    .exception(0, "closure", kFri26, kFri26, {}, {}, "Christmas closure")
                    .exception(1, "blocked", kFri26, kFri26, h(9), h(10), "A meeting");
            },
            kFri26,
            0,
            DayStatus::Blocked,
            0,
            {QStringLiteral("A meeting"), QStringLiteral("Christmas closure"), QStringLiteral("holiday")}},
        RuleCase{"blocker_outside_working_time_is_not_named",
                 [] { return seedClinic().exception(1, "blocked", kFri26, kFri26, h(18), h(19), "Evening"); },
                 kFri26,
                 0,
                 DayStatus::Blocked,
                 0,
                 {QStringLiteral("Christmas closure")}},
        RuleCase{"hours_not_yet_in_effect",
                 [] {
                     Clinic c;
                     c.hours(1, h(9), h(17), QDate(2026, 1, 1));
                     return c;
                 },
                 kMon22,
                 0,
                 DayStatus::Off,
                 0,
                 {}},
        RuleCase{"hours_no_longer_in_effect",
                 [] {
                     Clinic c;
                     c.hours(1, h(9), h(17), {}, QDate(2025, 12, 21));
                     return c;
                 },
                 kMon22,
                 0,
                 DayStatus::Off,
                 0,
                 {}},
        RuleCase{"slot_never_spans_touching_windows",
                 [] {
                     Clinic c;
                     c.hours(1, h(9), h(12)).hours(1, h(12), h(15));
                     return c;
                 },
                 kMon22,
                 60,
                 DayStatus::Open,
                 10,
                 {}},
        RuleCase{"appointments_remove_their_time",
                 [] { return seedClinic().booked(kMon22, h(9), 30).booked(kMon22, h(10, 15), 30); },
                 kMon22,
                 0,
                 DayStatus::Open,
                 11,
                 {}},
        RuleCase{"booked_up_is_full",
                 [] {
                     Clinic c;
                     c.hours(1, h(9), h(10));
                     c.booked(kMon22, h(9), 60);
                     return c;
                 },
                 kMon22,
                 0,
                 DayStatus::Full,
                 0,
                 {}},
        RuleCase{"too_short_is_full",
                 [] {
                     Clinic c;
                     c.hours(1, h(9), h(9, 45));
                     return c;
                 },
                 kMon22,
                 60,
                 DayStatus::Full,
                 0,
                 {}}),
    [](const auto &testInfo) { return std::string(testInfo.param.name); });

TEST(AvailabilityRules, NothingBeforeNow)
{
    const Clinic c = seedClinic();
    const qint64 now = wallClockToInstant(kMon22, h(10, 10), c.data.zone).toMSecsSinceEpoch();
    const DayAvailability d = c.day(kMon22, 0, now);
    ASSERT_FALSE(d.slots.isEmpty());
    EXPECT_EQ(c.slotTexts(d).first(), QStringLiteral("10:30:00+11:00"));
    EXPECT_EQ(d.slots.size(), 11);

    const DayAvailability past = c.day(kMon22, 0, now + 24LL * 3600 * 1000);
    EXPECT_EQ(past.status, DayStatus::Full) << "working time left, but every slot is past";
}

struct DstCase
{
    const char *name;
    const char *zone;
    QDate date;
    const char *slots; ///< expected slot times, space-separated
};

void PrintTo(const DstCase &c, std::ostream *os)
{
    *os << c.name;
}

class Dst : public ::testing::TestWithParam<DstCase>
{};

TEST_P(Dst, SlotsFollowElapsedTime)
{
    const DstCase &dc = GetParam();
    Clinic c(dc.zone);
    c.hours(dc.date.dayOfWeek(), h(1), h(4));
    const DayAvailability d = c.day(dc.date);
    EXPECT_EQ(c.slotTexts(d).join(QLatin1Char(' ')), QString::fromLatin1(dc.slots));
}

INSTANTIATE_TEST_SUITE_P(
    Zones, Dst,
    ::testing::Values(
        DstCase{"sydney_spring_forward_two_hours", "Australia/Sydney", QDate(2025, 10, 5),
                "01:00:00+10:00 01:30:00+10:00 03:00:00+11:00 03:30:00+11:00"},
        DstCase{"sydney_fall_back_four_hours_repeated_hour_twice", "Australia/Sydney", QDate(2026, 4, 5),
                "01:00:00+11:00 01:30:00+11:00 02:00:00+11:00 02:30:00+11:00 02:00:00+10:00 02:30:00+10:00 "
                "03:00:00+10:00 03:30:00+10:00"},
        DstCase{"lord_howe_spring_forward_half_hour", "Australia/Lord_Howe", QDate(2025, 10, 5),
                "01:00:00+10:30 01:30:00+10:30 02:30:00+11:00 03:00:00+11:00 03:30:00+11:00"},
        DstCase{"lord_howe_fall_back_half_hour", "Australia/Lord_Howe", QDate(2026, 4, 5),
                "01:00:00+11:00 01:30:00+11:00 01:30:00+10:30 02:00:00+10:30 02:30:00+10:30 03:00:00+10:30 "
                "03:30:00+10:30"},
        DstCase{"brisbane_has_no_dst", "Australia/Brisbane", QDate(2025, 10, 5),
                "01:00:00+10:00 01:30:00+10:00 02:00:00+10:00 02:30:00+10:00 03:00:00+10:00 03:30:00+10:00"}),
    [](const auto &testInfo) { return std::string(testInfo.param.name); });

TEST(AvailabilityRules, AWindowInsideADstGapIsNoWorkingTime)
{
    Clinic c;
    c.hours(7, 2 * 60, 3 * 60); // 02:00-03:00 on a Sunday: skipped entirely on 2025-10-05 in Sydney
    const DayAvailability d = c.day(QDate(2025, 10, 5));
    EXPECT_EQ(d.status, DayStatus::Off);
    EXPECT_TRUE(d.blockedBy.isEmpty());
}

TEST(Spans, SubtractAndNormalize)
{
    EXPECT_EQ(normalizeSpans({{5, 8}, {1, 3}, {3, 4}, {7, 9}}), (SpanList{{1, 4}, {5, 9}}));
    EXPECT_EQ(subtractSpans({{0, 10}, {20, 30}}, {{2, 3}, {9, 21}, {25, 40}}),
              (SpanList{{0, 2}, {3, 9}, {21, 25}}));
    EXPECT_EQ(subtractSpans({{0, 10}}, {}), (SpanList{{0, 10}}));
    EXPECT_TRUE(subtractSpans({{0, 10}}, {{-5, 15}}).isEmpty());
}

// Random clinics: every offered slot lies inside one working window, avoids every
// closure (unless a work override exempts the day), every personal block and every
// appointment, and starts no earlier than now.
TEST(AvailabilityProperty, SlotsNeverOverlapWhatTheyMustAvoid)
{
    const char *zones[] = {"Australia/Sydney", "Australia/Lord_Howe", "Australia/Brisbane",
                           "America/New_York"};
    for (quint32 seed = 1; seed <= 60; ++seed) {
        std::mt19937 rng(seed);
        const auto pick = [&rng](int n) { return int(rng() % quint32(n)); };
        AvailabilityData data;
        data.zone = QTimeZone(zones[seed % 4]);
        data.slotStepMinutes = 15 * (1 + pick(4));
        const QDate from = QDate(2025, 9, 25).addDays(pick(200));
        const QDate to = from.addDays(20);
        for (qint64 p = 1; p <= 3; ++p) {
            data.practitioners.append({p, QStringLiteral("p%1").arg(p), QStringLiteral("P")});
            for (int day = 1; day <= 7; ++day) {
                int t = h(6) + 15 * pick(12);
                for (int k = 0; k < 2 && t < h(22); ++k) {
                    const int end = std::min(kEndOfDay, t + 30 * (1 + pick(12)));
                    data.hours[p].append({day, t, end, std::nullopt, std::nullopt});
                    t = end + 15 * pick(4);
                }
            }
        }
        const char *kinds[] = {"closure", "blocked", "vacation", "work", "holiday"};
        for (int i = 0; i < 12; ++i) {
            const qint64 p = pick(4); // 0 = clinic-wide
            QString kind = QString::fromLatin1(kinds[pick(5)]);
            if (p == 0 && (kind == QLatin1String("blocked") || kind == QLatin1String("vacation") ||
                           kind == QLatin1String("work")))
                kind = QStringLiteral("closure");
            if (p != 0 && kind == QLatin1String("closure"))
                kind = QStringLiteral("blocked");
            const QDate s = from.addDays(pick(20));
            const bool window = pick(2) == 0;
            const int ws = h(6) + 30 * pick(24);
            const std::optional<int> ws0 = window ? std::optional<int>(ws) : std::nullopt;
            const std::optional<int> we0 =
                window ? std::optional<int>(std::min(kEndOfDay, ws + 30 * (1 + pick(8)))) : std::nullopt;
            data.exceptions.append(ExceptionRecord{
                {QString(), kind, s, s.addDays(pick(3)), ws0, we0, QStringLiteral("r%1").arg(i)}, i + 1, p});
        }
        for (qint64 p = 1; p <= 3; ++p) {
            for (int i = 0; i < 15; ++i) {
                const qint64 t = wallClockToInstant(from.addDays(pick(20)), h(6) + 15 * pick(60), data.zone)
                                     .toMSecsSinceEpoch();
                data.busy[p].append({t, t + 60'000LL * 15 * (1 + pick(6))});
            }
            data.busy[p] = normalizeSpans(data.busy[p]);
        }
        AvailabilityOptions o;
        o.from = from;
        o.to = to;
        o.minutes = 15 * (1 + pick(6));
        o.nowMs = wallClockToInstant(from.addDays(pick(5)), h(12), data.zone).toMSecsSinceEpoch();
        const qint64 dur = o.minutes * 60'000LL;

        for (const PractitionerAvailability &pa : evaluateAvailability(data, o)) {
            ASSERT_EQ(pa.days.size(), from.daysTo(to) + 1);
            for (const DayAvailability &d : pa.days) {
                bool exempt = false;
                for (const ExceptionRecord &e : data.exceptions)
                    exempt = exempt || (e.practitionerId == pa.practitioner.id &&
                                        e.kind == QLatin1String("work") && e.covers(d.date));
                for (qint64 s : d.slots) {
                    const Span slot{s, s + dur};
                    EXPECT_GE(s, o.nowMs) << "seed " << seed;
                    EXPECT_TRUE(std::any_of(
                        d.windows.cbegin(), d.windows.cend(),
                        [&](const Span &w) { return w.start <= slot.start && slot.end <= w.end; }))
                        << "seed " << seed << ": a slot crosses its window";
                    for (const Span &b : data.busy.value(pa.practitioner.id))
                        EXPECT_FALSE(b.start < slot.end && slot.start < b.end)
                            << "seed " << seed << ": overlaps an appointment";
                    for (const ExceptionRecord &e : data.exceptions) {
                        const bool applies =
                            (e.practitionerId == 0 && !exempt) ||
                            (e.practitionerId == pa.practitioner.id && e.kind != QLatin1String("work"));
                        if (!applies)
                            continue;
                        for (QDate x = e.startDate; x <= e.endDate; x = x.addDays(1)) {
                            const qint64 a = wallClockToInstant(x, e.startMinute.value_or(0), data.zone)
                                                 .toMSecsSinceEpoch();
                            const qint64 b = wallClockToInstant(x, e.endMinute.value_or(kEndOfDay), data.zone)
                                                 .toMSecsSinceEpoch();
                            EXPECT_FALSE(a < slot.end && slot.start < b)
                                << "seed " << seed << ": slot overlaps " << e.kind.toStdString() << " "
                                << e.reason.toStdString();
                        }
                    }
                }
            }
        }
    }
}

} // namespace
