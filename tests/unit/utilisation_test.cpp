// Utilisation from the availability rules, checked against hours worked out by hand
// for a small clinic (Australia/Sydney, no DST change in March 2026).
#include "engine/reports.h"

#include <gtest/gtest.h>

using namespace caredesk;

namespace {

const QTimeZone kSydney("Australia/Sydney");
const QDate kMon(2026, 3, 2);
const QDate kWed(2026, 3, 4);
const QDate kFri(2026, 3, 6);

constexpr int h(int hours, int minutes = 0)
{
    return hours * 60 + minutes;
}

ExceptionRecord exception(qint64 id, qint64 practitioner, const char *kind, QDate day,
                          std::optional<int> from = {}, std::optional<int> to = {})
{
    ExceptionRecord e;
    e.id = id;
    e.practitionerId = practitioner;
    e.kind = QString::fromLatin1(kind);
    e.startDate = day;
    e.endDate = day;
    e.startMinute = from;
    e.endMinute = to;
    e.reason = e.kind;
    return e;
}

void book(AvailabilityData &data, qint64 practitioner, QDate day, int start, int minutes)
{
    const qint64 t = wallClockToInstant(day, start, kSydney).toMSecsSinceEpoch();
    data.busy[practitioner] = normalizeSpans(data.busy[practitioner] + SpanList{{t, t + minutes * 60'000LL}});
}

/// Ann works Monday to Friday 09:00-17:00 (40 h a week); Ben Monday and Wednesday
/// 08:00-12:00 (8 h). The clinic closes on Wednesday, but Ben works that day anyway
/// (a `work` override). Ann blocks Friday afternoon (13:00-17:00).
AvailabilityData smallClinic()
{
    AvailabilityData data;
    data.zone = kSydney;
    data.slotStepMinutes = 30;
    data.practitioners = {{1, QStringLiteral("ann"), QStringLiteral("Ann")},
                          {2, QStringLiteral("ben"), QStringLiteral("Ben")}};
    for (int d = 1; d <= 5; ++d)
        data.hours[1].append({d, h(9), h(17), {}, {}});
    data.hours[2].append({1, h(8), h(12), {}, {}});
    data.hours[2].append({3, h(8), h(12), {}, {}});
    data.exceptions = {exception(1, 0, "closure", kWed), exception(2, 2, "work", kWed),
                       exception(3, 1, "blocked", kFri, h(13), h(17))};
    book(data, 1, kMon, h(9), 60);             // 1 h, counts
    book(data, 1, kMon.addDays(1), h(10), 90); // 1.5 h, counts
    book(data, 1, kWed, h(9), 60);             // inside the closure: not available time
    book(data, 1, kFri, h(14), 60);            // inside the block: not available time
    book(data, 1, kFri, h(12, 30), 60);        // half inside the block: 0.5 h counts
    book(data, 2, kWed, h(8), 60);             // Ben works the closure day: counts
    return data;
}

TEST(Utilisation, MatchesHoursWorkedOutByHand)
{
    const auto u = computeUtilisation(smallClinic(), kMon, 2);
    ASSERT_EQ(u.size(), 2);
    const UtilisationWeek &ann = u[0].weeks[0];
    EXPECT_EQ(u[0].practitioner.key, QStringLiteral("ann"));
    EXPECT_EQ(ann.monday, kMon);
    EXPECT_DOUBLE_EQ(ann.scheduledHours, 40.0);
    EXPECT_DOUBLE_EQ(ann.closureHours, 8.0);
    EXPECT_DOUBLE_EQ(ann.blockHours, 4.0);
    EXPECT_DOUBLE_EQ(ann.availableHours, 28.0);
    EXPECT_DOUBLE_EQ(ann.bookedHours, 3.0);
    EXPECT_DOUBLE_EQ(ann.utilisation(), 3.0 / 28.0);

    const UtilisationWeek &ben = u[1].weeks[0];
    EXPECT_DOUBLE_EQ(ben.scheduledHours, 8.0);
    EXPECT_DOUBLE_EQ(ben.closureHours, 0.0) << "Ben's override spares him the closure";
    EXPECT_DOUBLE_EQ(ben.blockHours, 0.0);
    EXPECT_DOUBLE_EQ(ben.availableHours, 8.0);
    EXPECT_DOUBLE_EQ(ben.bookedHours, 1.0);

    // The next week has none of it.
    const UtilisationWeek &annNext = u[0].weeks[1];
    EXPECT_EQ(annNext.monday, kMon.addDays(7));
    EXPECT_DOUBLE_EQ(annNext.scheduledHours, 40.0);
    EXPECT_DOUBLE_EQ(annNext.availableHours, 40.0);
    EXPECT_DOUBLE_EQ(annNext.closureHours + annNext.blockHours + annNext.bookedHours, 0.0);
}

TEST(Utilisation, AClosingWeekIsAllClosureAndNothingAvailable)
{
    AvailabilityData data = smallClinic();
    data.exceptions = {exception(1, 0, "closure", kMon)};
    data.exceptions.first().endDate = kFri.addDays(2);
    const auto u = computeUtilisation(data, kMon, 1);
    EXPECT_DOUBLE_EQ(u[0].weeks[0].closureHours, 40.0);
    EXPECT_DOUBLE_EQ(u[0].weeks[0].availableHours, 0.0);
    EXPECT_DOUBLE_EQ(u[0].weeks[0].utilisation(), 0.0);
}

TEST(Utilisation, CsvHasAHeaderARowPerWeekAndQuotesNames)
{
    AvailabilityData data = smallClinic();
    data.practitioners[0].name = QStringLiteral("Ann \"Nan\", MD");
    data.practitioners[1].name = QStringLiteral("=HYPERLINK(\"x\")");
    const QByteArray csv = utilisationCsv(computeUtilisation(data, kMon, 1));
    const QList<QByteArray> lines = csv.split('\n');
    ASSERT_EQ(lines.size(), 4); // header, two rows, and the empty tail after the last CRLF
    EXPECT_EQ(lines[0], "practitioner,name,week,scheduled_hours,closure_hours,block_hours,available_hours,"
                        "booked_hours,utilisation\r");
    EXPECT_EQ(lines[1], "ann,\"Ann \"\"Nan\"\", MD\",2026-03-02,40.00,8.00,4.00,28.00,3.00,0.1071\r");
    EXPECT_EQ(lines[2], "ben,\"'=HYPERLINK(\"\"x\"\")\",2026-03-02,8.00,0.00,0.00,8.00,1.00,0.1250\r");
}

TEST(Utilisation, WeeksStartOnMonday)
{
    EXPECT_EQ(mondayOf(QDate(2026, 3, 4)), kMon);
    EXPECT_EQ(mondayOf(kMon), kMon);
    EXPECT_EQ(mondayOf(QDate(2026, 3, 8)), kMon);
}

} // namespace
