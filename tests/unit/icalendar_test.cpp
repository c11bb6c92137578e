// Reading holiday calendars with libical: every construct the clinic's feeds use,
// table-driven over the fixtures in tests/data/ics.
#include "engine/icalendar.h"
#include "tests/support/fixtures.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QTimeZone kSydney("Australia/Sydney");

/// "2026-12-24..2026-12-24 17:00-24:00 uid" or "... all-day uid".
std::string describe(const HolidayOccurrence &o)
{
    const ExceptionData &c = o.closure;
    QString window =
        c.allDay() ? QStringLiteral("all-day")
                   : formatWallMinutes(*c.startMinute) + QLatin1Char('-') + formatWallMinutes(*c.endMinute);
    return QStringLiteral("%1..%2 %3 %4")
        .arg(c.startDate.toString(Qt::ISODate), c.endDate.toString(Qt::ISODate), window, o.uid)
        .toStdString();
}

std::vector<std::string> describeAll(const HolidayCalendar &cal)
{
    std::vector<std::string> out;
    for (const HolidayOccurrence &o : cal.occurrences)
        out.push_back(describe(o));
    return out;
}

/// "uid: reason" for each skipped event.
std::vector<std::string> skippedOf(const HolidayCalendar &cal)
{
    std::vector<std::string> out;
    for (const SkippedEvent &s : cal.skipped)
        out.push_back((s.uid + QStringLiteral(": ") + s.reason).toStdString());
    return out;
}

struct ReadCase
{
    const char *name;
    const char *file;
    QDate from;
    QDate to;
    std::vector<std::string> closures;
    std::vector<std::string> skipped; ///< "uid: reason" prefixes, in order
};

class ReadCalendar : public ::testing::TestWithParam<ReadCase>
{};

TEST_P(ReadCalendar, GivesTheClosuresAndSkipsWithReasons)
{
    const ReadCase &c = GetParam();
    const auto result = readHolidayCalendar(icsFixture(c.file), kSydney, c.from, c.to);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(describeAll(result.value()), c.closures);
    const auto skipped = skippedOf(result.value());
    ASSERT_EQ(skipped.size(), c.skipped.size()) << ::testing::PrintToString(skipped);
    for (size_t i = 0; i < skipped.size(); ++i)
        EXPECT_EQ(skipped[i].rfind(c.skipped[i], 0), 0u)
            << skipped[i] << " does not start with " << c.skipped[i];
}

const QDate kFrom(2026, 1, 1);
const QDate kTo(2036, 12, 31);

INSTANTIATE_TEST_SUITE_P(
    Fixtures, ReadCalendar,
    ::testing::Values(ReadCase{"AllDayCrlfFoldedAndNoEnd",
                               "allday_crlf_folded.ics",
                               kFrom,
                               kTo,
                               {"2026-12-25..2026-12-25 all-day christmas-2026@caredesk.test",
                                "2026-12-26..2026-12-26 all-day no-end-2026@caredesk.test"},
                               {}},
                      ReadCase{"AllDayLineFeedsOnly",
                               "allday_lf.ics",
                               kFrom,
                               kTo,
                               {"2027-01-01..2027-01-01 all-day newyear-2027@caredesk.test"},
                               {}},
                      ReadCase{"MultiDayDtendExclusiveAndDuration",
                               "multiday.ics",
                               kFrom,
                               kTo,
                               {"2026-12-24..2027-01-01 all-day shutdown-2026@caredesk.test",
                                "2027-03-26..2027-03-29 all-day easter-2027@caredesk.test"},
                               {}},
                      ReadCase{"TimedWithVtimezoneNamedWindowsFloatingAndUnknownZones",
                               "timed_vtimezone.ics",
                               kFrom,
                               kTo,
                               {"2026-12-02..2026-12-02 12:00-15:00 staff-training@caredesk.test",
                                "2026-12-03..2026-12-03 09:00-12:30 sydney-named@caredesk.test",
                                "2026-12-04..2026-12-04 13:00-17:00 windows-zone@caredesk.test",
                                "2026-12-07..2026-12-07 16:00-18:00 floating@caredesk.test"},
                               {"unknown-zone@caredesk.test: unknown time zone \"Mars/Olympus_Mons\""}},
                      ReadCase{"DstBoundariesKeepWallClockTimes",
                               "dst_boundaries.ics",
                               kFrom,
                               kTo,
                               {"2026-04-05..2026-04-05 02:00-04:00 fall-back@caredesk.test",
                                "2026-09-27..2026-09-27 12:00-13:00 weekly-meeting@caredesk.test",
                                "2026-10-04..2026-10-04 01:00-04:00 spring-forward@caredesk.test",
                                "2026-10-04..2026-10-04 12:00-13:00 weekly-meeting@caredesk.test",
                                "2026-10-11..2026-10-11 12:00-13:00 weekly-meeting@caredesk.test"},
                               {}},
                      ReadCase{"UtcEventsBecomePartialDaysInClinicTime",
                               "utc.ics",
                               kFrom,
                               kTo,
                               {"2026-12-24..2026-12-24 17:00-24:00 xmas-utc@caredesk.test",
                                "2026-12-25..2026-12-25 all-day xmas-utc@caredesk.test",
                                "2026-12-26..2026-12-26 00:00-13:00 xmas-utc@caredesk.test",
                                "2027-01-01..2027-01-01 00:00-13:00 nye-utc@caredesk.test"},
                               {}},
                      ReadCase{"TenYearsOfRulesWithExdateRdateAndOverrides",
                               "recurring_ten_years.ics",
                               kFrom,
                               kTo,
                               {"2027-01-26..2027-01-26 all-day australia-day@caredesk.test",
                                "2027-04-25..2027-04-25 all-day anzac-day@caredesk.test",
                                "2027-04-26..2027-04-26 all-day anzac-day@caredesk.test",
                                "2027-06-14..2027-06-14 all-day kings-birthday@caredesk.test",
                                "2028-01-26..2028-01-26 all-day australia-day@caredesk.test",
                                "2028-04-24..2028-04-24 all-day anzac-day@caredesk.test",
                                "2028-06-12..2028-06-12 all-day kings-birthday@caredesk.test",
                                "2029-04-25..2029-04-25 all-day anzac-day@caredesk.test",
                                "2029-06-11..2029-06-11 all-day kings-birthday@caredesk.test",
                                "2030-01-26..2030-01-26 all-day australia-day@caredesk.test",
                                "2030-06-10..2030-06-10 all-day kings-birthday@caredesk.test",
                                "2031-04-25..2031-04-25 all-day anzac-day@caredesk.test",
                                "2031-06-09..2031-06-09 all-day kings-birthday@caredesk.test",
                                "2032-01-26..2032-01-26 all-day australia-day@caredesk.test",
                                "2032-04-25..2032-04-25 all-day anzac-day@caredesk.test",
                                "2033-04-25..2033-04-25 all-day anzac-day@caredesk.test",
                                "2033-06-13..2033-06-13 all-day kings-birthday@caredesk.test",
                                "2034-01-26..2034-01-26 all-day australia-day@caredesk.test",
                                "2034-04-25..2034-04-25 all-day anzac-day@caredesk.test",
                                "2034-06-12..2034-06-12 all-day kings-birthday@caredesk.test",
                                "2035-01-26..2035-01-26 all-day australia-day@caredesk.test",
                                "2035-04-25..2035-04-25 all-day anzac-day@caredesk.test",
                                "2035-06-11..2035-06-11 all-day kings-birthday@caredesk.test",
                                "2036-01-26..2036-01-26 all-day australia-day@caredesk.test",
                                "2036-04-25..2036-04-25 all-day anzac-day@caredesk.test",
                                "2036-06-09..2036-06-09 all-day kings-birthday@caredesk.test"},
                               {"anzac-day@caredesk.test: it is cancelled"}},
                      ReadCase{"RecurrenceOnlyWithinTheRange",
                               "recurring_ten_years.ics",
                               QDate(2028, 1, 1),
                               QDate(2028, 12, 31),
                               {"2028-01-26..2028-01-26 all-day australia-day@caredesk.test",
                                "2028-04-24..2028-04-24 all-day anzac-day@caredesk.test",
                                "2028-06-12..2028-06-12 all-day kings-birthday@caredesk.test"},
                               {"anzac-day@caredesk.test: it is cancelled"}},
                      ReadCase{"CancelledIsSkipped",
                               "cancelled.ics",
                               kFrom,
                               kTo,
                               {"2026-12-29..2026-12-29 all-day kept@caredesk.test"},
                               {"cancelled@caredesk.test: it is cancelled"}},
                      ReadCase{"BadEventsAreSkippedTheRestIsRead",
                               "bad_events.ics",
                               kFrom,
                               kTo,
                               {"2026-12-14..2026-12-14 all-day fine@caredesk.test"},
                               {"no-start@caredesk.test: it has no valid start date",
                                "backwards@caredesk.test: it ends before it starts",
                                "no-length@caredesk.test: it has no end time",
                                "garbage-date@caredesk.test: it has no valid start date",
                                "too-long@caredesk.test: it lasts 1461 days",
                                "secondly@caredesk.test: it repeats more often than daily",
                                "daily-forever@caredesk.test: it repeats more than 400 times"}},
                      ReadCase{
                          "OutsideTheRangeIsSkipped",
                          "allday_crlf_folded.ics",
                          QDate(2026, 12, 26),
                          QDate(2026, 12, 31),
                          {"2026-12-26..2026-12-26 all-day no-end-2026@caredesk.test"},
                          {"christmas-2026@caredesk.test: it is before the import range (from 2026-12-26)"}}),
    [](const ::testing::TestParamInfo<ReadCase> &row) { return std::string(row.param.name); });

TEST(ReadCalendar, KeepsNonAsciiSummariesAndTheCalendarName)
{
    const auto result = readHolidayCalendar(icsFixture("allday_crlf_folded.ics"), kSydney, kFrom, kTo);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().name, QStringLiteral("Clinic holidays"));
    EXPECT_EQ(
        result.value().occurrences.first().closure.reason,
        QString::fromUtf8("Christmas Day \u2014 Weihnachtstag \u5723\u8bde\u8282 with a summary long enough "
                          "to be folded over two lines"));
    EXPECT_EQ(result.value().occurrences.first().closure.kind, QStringLiteral("holiday"));
    EXPECT_TRUE(result.value().occurrences.first().closure.practitionerKey.isEmpty());
}

struct RefuseCase
{
    const char *name;
    QByteArray data;
    CalendarLimits limits;
    const char *message; ///< what the error starts with
};

class RefuseCalendar : public ::testing::TestWithParam<RefuseCase>
{};

TEST_P(RefuseCalendar, SaysWhatIsWrong)
{
    const RefuseCase &c = GetParam();
    const auto result = readHolidayCalendar(c.data, kSydney, kFrom, kTo, c.limits);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(result.error().message.startsWith(QString::fromUtf8(c.message)))
        << result.error().message.toStdString();
}

CalendarLimits tinyBytes()
{
    CalendarLimits l;
    l.maxBytes = 100;
    return l;
}

CalendarLimits fewEvents()
{
    CalendarLimits l;
    l.maxEvents = 3;
    return l;
}

CalendarLimits fewOccurrences()
{
    CalendarLimits l;
    l.maxOccurrences = 10;
    return l;
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, RefuseCalendar,
    ::testing::Values(
        RefuseCase{"Html",
                   icsFixture("not_calendar.html"),
                   {},
                   "This is not an iCalendar file: it starts with \"<!DOCTYPE"},
        RefuseCase{"Empty", QByteArray(), {}, "This is not an iCalendar file: it is empty"},
        RefuseCase{"NulByte",
                   icsFixture("nul_byte.ics"),
                   {},
                   "This is not an iCalendar file: it holds a NUL byte at offset 30"},
        RefuseCase{"Truncated", icsFixture("truncated.ics"), {}, "This iCalendar file could not be read"},
        RefuseCase{"Json",
                   QByteArray("{\"holidays\": []}"),
                   {},
                   "This is not an iCalendar file: it starts with \"{"},
        RefuseCase{"Oversize", icsFixture("public_holidays_feed.ics"), tinyBytes(), "The calendar is"},
        RefuseCase{"TooManyEvents", icsFixture("public_holidays_feed.ics"), fewEvents(),
                   "The calendar has more than 3 events"},
        RefuseCase{"TooManyClosures", icsFixture("recurring_ten_years.ics"), fewOccurrences(),
                   "The calendar gives more than 10 closures"}),
    [](const ::testing::TestParamInfo<RefuseCase> &row) { return std::string(row.param.name); });

TEST(ReadCalendar, AnEmptyRangeIsRefused)
{
    const auto result = readHolidayCalendar(icsFixture("allday_lf.ics"), kSydney, kTo, kFrom);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, QStringLiteral("The import range is empty or not valid"));
}

TEST(ReadCalendar, ARuleThatTakesTooLongToReachTheRangeIsSkipped)
{
    // A daily rule from 1900 needs ~46,000 steps to reach 2026: over a limit of 1,000.
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:old@caredesk.test\r\n"
                           "DTSTART;VALUE=DATE:19000101\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Old\r\n"
                           "END:VEVENT\r\nEND:VCALENDAR\r\n";
    CalendarLimits limits;
    limits.maxRuleSteps = 1000;
    const auto result = readHolidayCalendar(ics, kSydney, kFrom, kTo, limits);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.value().occurrences.isEmpty());
    ASSERT_EQ(result.value().skipped.size(), 1);
    EXPECT_TRUE(result.value().skipped.first().reason.startsWith(
        QStringLiteral("its repeat rule needs more than 1000")));
}

TEST(ReadCalendar, WithoutUidTheTitleAndStartMatchAgain)
{
    const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261224\n"
                           "SUMMARY:Christmas Eve\nEND:VEVENT\nEND:VCALENDAR\n";
    const auto a = readHolidayCalendar(ics, kSydney, kFrom, kTo);
    const auto b = readHolidayCalendar(ics, kSydney, kFrom, kTo);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a.value().occurrences.size(), 1);
    EXPECT_TRUE(a.value().occurrences.first().uid.startsWith(QStringLiteral("caredesk-no-uid-")));
    EXPECT_EQ(a.value().occurrences.first().key(), b.value().occurrences.first().key());
}

TEST(ReadCalendar, AnHourTheClocksRepeatIsClosedWhole)
{
    // 02:30 AEDT to 02:15 AEST on 5 April 2026: the wall clock passes 02:00-03:00 twice.
    const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:repeat@caredesk.test\n"
                           "DTSTART:20260404T153000Z\nDTEND:20260404T161500Z\nSUMMARY:Backup\nEND:VEVENT\n"
                           "END:VCALENDAR\n";
    const auto r = readHolidayCalendar(ics, kSydney, kFrom, kTo);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.value().occurrences.size(), 1) << ::testing::PrintToString(skippedOf(r.value()));
    EXPECT_EQ(describe(r.value().occurrences.first()),
              "2026-04-05..2026-04-05 02:00-03:00 repeat@caredesk.test");
}

TEST(ReadCalendar, AVeryLongUidStandsInByItsHash)
{
    const QByteArray uid(2000, 'u');
    const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:" + uid +
                           "\nDTSTART;VALUE=DATE:20261224\nSUMMARY:Long\nEND:VEVENT\nEND:VCALENDAR\n";
    const auto a = readHolidayCalendar(ics, kSydney, kFrom, kTo);
    const auto b = readHolidayCalendar(ics, kSydney, kFrom, kTo);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a.value().occurrences.size(), 1);
    EXPECT_TRUE(a.value().occurrences.first().uid.startsWith(QStringLiteral("caredesk-uid-")));
    EXPECT_LE(a.value().occurrences.first().uid.size(), 60);
    EXPECT_EQ(a.value().occurrences.first().uid, b.value().occurrences.first().uid);
}

TEST(ReadCalendar, ControlCharactersNeverReachTheReason)
{
    const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x@caredesk.test\n"
                           "DTSTART;VALUE=DATE:20261224\nSUMMARY:Line one\\nLine\ttwo\\; and more\n"
                           "END:VEVENT\nEND:VCALENDAR\n";
    const auto r = readHolidayCalendar(ics, kSydney, kFrom, kTo);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.value().occurrences.size(), 1);
    EXPECT_EQ(r.value().occurrences.first().closure.reason, QStringLiteral("Line one Line two; and more"));
}

} // namespace

// Series repeat rules: libical expands them in wall-clock dates; the first appointment is
// always the first occurrence and COUNT counts it (RFC 5545).
TEST(SeriesRule, ExpandsWeeklyAndDailyRulesFromTheFirstAppointment)
{
    const QTimeZone sydney("Australia/Sydney");
    struct Case
    {
        const char *rule;
        QDate first;
        const char *dates; ///< expected, comma separated
    };
    const Case cases[] = {
        {"FREQ=WEEKLY;COUNT=3", QDate(2026, 3, 23), "2026-03-23,2026-03-30,2026-04-06"},
        {"freq=weekly;interval=2;count=3", QDate(2026, 3, 23), "2026-03-23,2026-04-06,2026-04-20"},
        // Twice a week; the first appointment on a Monday counts as the first.
        {"FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4", QDate(2026, 3, 23),
         "2026-03-23,2026-03-26,2026-03-30,2026-04-02"},
        // A first appointment on a day the rule does not name still comes first.
        {"FREQ=WEEKLY;BYDAY=TH;COUNT=3", QDate(2026, 3, 23), "2026-03-23,2026-03-26,2026-04-02"},
        // UNTIL is inclusive, as a date or a floating date-time at the appointment's time.
        {"FREQ=WEEKLY;UNTIL=20260406", QDate(2026, 3, 23), "2026-03-23,2026-03-30,2026-04-06"},
        {"FREQ=WEEKLY;UNTIL=20260406T090000", QDate(2026, 3, 23), "2026-03-23,2026-03-30,2026-04-06"},
        {"FREQ=WEEKLY;UNTIL=20260406T085900", QDate(2026, 3, 23), "2026-03-23,2026-03-30"},
        // A UTC UNTIL is an instant: 22:59Z on 5 April is 08:59 on 6 April in Sydney, just
        // before that Monday's 09:00; 23:00Z is 09:00, which counts.
        {"FREQ=WEEKLY;UNTIL=20260405T225900Z", QDate(2026, 3, 23), "2026-03-23,2026-03-30"},
        {"FREQ=WEEKLY;UNTIL=20260405T230000Z", QDate(2026, 3, 23), "2026-03-23,2026-03-30,2026-04-06"},
        {"FREQ=DAILY;COUNT=3", QDate(2026, 12, 31), "2026-12-31,2027-01-01,2027-01-02"},
        {"FREQ=WEEKLY;COUNT=1", QDate(2026, 3, 23), "2026-03-23"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.rule);
        const auto dates = expandSeriesRule(QString::fromUtf8(c.rule), c.first, QTime(9, 0), sydney);
        ASSERT_TRUE(dates) << dates.error().toString().toStdString();
        QStringList got;
        for (const QDate &d : dates.value())
            got << d.toString(Qt::ISODate);
        EXPECT_EQ(got.join(QLatin1Char(',')).toStdString(), c.dates);
    }
    const auto most =
        expandSeriesRule(QStringLiteral("FREQ=WEEKLY;COUNT=104"), QDate(2026, 1, 5), QTime(9, 0), sydney);
    ASSERT_TRUE(most);
    EXPECT_EQ(most.value().size(), 104);
    EXPECT_EQ(most.value().last(), QDate(2026, 1, 5).addDays(7 * 103));
}
