// The old system's rows mapped onto CareDesk, without a database: weekday lists,
// folding one-row-per-day exceptions into ranges, keys from usernames, DST readings.
#include "engine/legacyimport.h"

#include <gtest/gtest.h>

using namespace caredesk;

namespace {

struct WeekdayCase
{
    const char *csv;
    std::optional<QList<int>> iso;
};

TEST(LegacyWeekdays, ParsesTheOldCsvOrRefusesIt)
{
    const std::vector<WeekdayCase> cases{
        {"0,1,2,3,4", QList<int>{1, 2, 3, 4, 5}},
        {"6", QList<int>{7}},
        {" 3 , 1 ", QList<int>{2, 4}},
        {"1,1", QList<int>{2}},
        {"", std::nullopt},
        {"7", std::nullopt},
        {"-1", std::nullopt},
        {"Mon,Tue", std::nullopt},
        {"0,,1", std::nullopt},
        {"0;1", std::nullopt},
    };
    for (const WeekdayCase &c : cases)
        EXPECT_EQ(parseLegacyWeekdays(QString::fromLatin1(c.csv)), c.iso) << c.csv;
}

LegacyUser user(qint64 id, const char *username)
{
    return {id,
            QString::fromLatin1(username),
            QStringLiteral("First"),
            QStringLiteral("Last"),
            QStringLiteral("practitioner"),
            false,
            true};
}

LegacyException day(qint64 id, std::optional<qint64> userId, const QDate &date, const char *type,
                    std::optional<QTime> start = std::nullopt, std::optional<QTime> end = std::nullopt)
{
    return {id,
            userId,
            date,
            QString::fromLatin1(type),
            !userId,
            start.has_value() ? std::optional(false) : true,
            start,
            end,
            QStringLiteral("r%1").arg(id)};
}

TEST(LegacyPlan, FoldsConsecutiveDaysOfTheSameKindAndTimesIntoOneRange)
{
    LegacyTables t;
    t.users = {user(1, "asmith")};
    const QDate d(2026, 12, 1);
    t.exceptions = {
        day(5, 1, d.addDays(2), "vacation"), // out of order on purpose
        day(4, 1, d.addDays(1), "vacation"),
        day(3, 1, d, "vacation"),
        day(6, 1, d.addDays(4), "vacation"), // a gap: a new range
        day(7, 1, d, "blocked", QTime(9, 0), QTime(10, 0)),
        day(8, 1, d.addDays(1), "blocked", QTime(9, 0), QTime(10, 30)), // other times: a new range
        day(9, std::nullopt, d, "holiday"),
        day(10, std::nullopt, d.addDays(1), "holiday"),
    };
    const LegacyPlan plan = planLegacyImport(t, QTimeZone("Australia/Sydney"), {});
    QStringList ranges;
    for (const LegacyBlock &b : plan.blocks) {
        ranges << QStringLiteral("%1 %2 %3..%4 %5 [%6]")
                      .arg(b.block.practitionerKey.isEmpty() ? QStringLiteral("clinic")
                                                             : b.block.practitionerKey,
                           b.block.kind, b.block.startDate.toString(Qt::ISODate),
                           b.block.endDate.toString(Qt::ISODate), b.block.reason)
                      .arg(b.exceptionIds.size());
    }
    EXPECT_EQ(ranges, (QStringList{QStringLiteral("clinic holiday 2026-12-01..2026-12-02 r9; r10 [2]"),
                                   QStringLiteral("asmith blocked 2026-12-01..2026-12-01 r7 [1]"),
                                   QStringLiteral("asmith blocked 2026-12-02..2026-12-02 r8 [1]"),
                                   QStringLiteral("asmith vacation 2026-12-01..2026-12-03 r3; r4; r5 [3]"),
                                   QStringLiteral("asmith vacation 2026-12-05..2026-12-05 r6 [1]")}));
    const LegacyTableCount *c = plan.report.find(QStringLiteral("availability_exceptions"));
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->read, 8);
    EXPECT_EQ(c->imported, 8);
    EXPECT_EQ(c->created, 5);
    EXPECT_EQ(c->folded, 3);
}

/// A daily 09:00–10:00 pattern for every user, so each is bookable.
void giveEachAPattern(LegacyTables &t)
{
    for (const LegacyUser &u : std::as_const(t.users))
        t.patterns.append({u.id * 10,
                           u.id,
                           false,
                           {},
                           QStringLiteral("daily"),
                           {},
                           QTime(9, 0),
                           QTime(10, 0),
                           {},
                           {},
                           true});
}

TEST(LegacyPlan, KeysFromUsernamesAreValidAndUnique)
{
    LegacyTables t;
    t.users = {user(1, "Dr. Smith"), user(2, "dr--smith"), user(3, "__x"), user(4, "!!!"), user(5, "taken")};
    giveEachAPattern(t);
    LegacyExisting existing;
    existing.practitionerKeys = {QStringLiteral("taken")};
    const LegacyPlan plan = planLegacyImport(t, QTimeZone("Australia/Sydney"), existing);
    QStringList keys;
    for (const LegacyPractitioner &p : plan.practitioners)
        keys << p.key;
    EXPECT_EQ(keys, (QStringList{QStringLiteral("dr.-smith"), QStringLiteral("dr--smith"),
                                 QStringLiteral("x"), QStringLiteral("user"), QStringLiteral("taken-5")}));
}

TEST(LegacyPlan, AKeyMadeUniqueByTheOldIdIsCheckedAgain)
{
    LegacyTables t;
    t.users = {user(2, "bob"), user(3, "bob-7"), user(7, "Bob")};
    giveEachAPattern(t);
    const LegacyPlan plan = planLegacyImport(t, QTimeZone("Australia/Sydney"), {});
    QStringList keys;
    for (const LegacyPractitioner &p : plan.practitioners)
        keys << p.key;
    EXPECT_EQ(keys, (QStringList{QStringLiteral("bob"), QStringLiteral("bob-7"), QStringLiteral("bob-7-1")}));
}

LegacyAppointment appointment(qint64 id, const QDate &date, const QTime &start, const QDate &endDate,
                              const QTime &end, std::optional<int> minutes = std::nullopt)
{
    return {id,      1,   1,       QStringLiteral("Pat"),      {}, date, start,
            endDate, end, minutes, QStringLiteral("scheduled")};
}

TEST(LegacyPlan, UnreadableTimesAndDayLongAppointmentsAreReportedNotImported)
{
    LegacyTables t;
    t.users = {user(1, "asmith")};
    // 24:00 (valid in PostgreSQL) does not fit a QTime: the row is reported, not mangled.
    t.patterns = {{1, 1, false, {}, QStringLiteral("daily"), {}, QTime(18, 0), QTime(), {}, {}, true}};
    t.exceptions = {
        {2, 1, QDate(), QStringLiteral("blocked"), false, true, {}, {}, {}},
        {3, 1, QDate(2026, 12, 9), QStringLiteral("blocked"), false, false, QTime(), QTime(10, 0), {}}};
    const QDate d(2026, 12, 8);
    t.appointments = {
        appointment(1, d, QTime(9, 0), QDate(2062, 12, 8), QTime(9, 30)), // a mistyped year
        appointment(2, d, QTime(10, 0), d, QTime(10, 30)),                // not hidden by it
        appointment(3, d, QTime(10, 15), d, QTime(10, 45), 60),           // overlaps 2: no note for it
        appointment(4, QDate(), QTime(), QDate(), QTime()),               // 'infinity' in the old table
    };
    const LegacyPlan plan = planLegacyImport(t, QTimeZone("Australia/Sydney"), {});
    QStringList skipped;
    for (const LegacySkip &s : plan.report.skipped)
        skipped << QStringLiteral("%1 %2").arg(s.table).arg(s.id);
    EXPECT_EQ(
        skipped,
        (QStringList{QStringLiteral("availability_patterns 1"), QStringLiteral("availability_exceptions 2"),
                     QStringLiteral("availability_exceptions 3"), QStringLiteral("appointments 1"),
                     QStringLiteral("appointments 3"), QStringLiteral("appointments 4")}));
    EXPECT_TRUE(plan.report.skipped.at(3).reason.contains(QLatin1String("longer than a day")));
    ASSERT_EQ(plan.appointments.size(), 1);
    EXPECT_EQ(plan.appointments.first().appointmentId, 2);
    EXPECT_TRUE(plan.report.notes.isEmpty());
}

TEST(LegacyPlan, AlreadyImportedRowsAreCountedNotPlanned)
{
    LegacyTables t;
    t.users = {user(1, "asmith")};
    t.appointments = {{7,
                       1,
                       3,
                       QStringLiteral("Pat"),
                       {},
                       QDate(2026, 12, 8),
                       QTime(9, 0),
                       QDate(2026, 12, 8),
                       QTime(9, 30),
                       30,
                       QStringLiteral("scheduled")}};
    LegacyExisting existing;
    existing.importedUsers.insert(1, QStringLiteral("asmith"));
    existing.importedIds[QStringLiteral("users")].insert(1);
    existing.importedIds[QStringLiteral("appointments")].insert(7);
    const LegacyPlan plan = planLegacyImport(t, QTimeZone("Australia/Sydney"), existing);
    EXPECT_TRUE(plan.practitioners.isEmpty());
    EXPECT_TRUE(plan.appointments.isEmpty());
    EXPECT_EQ(plan.report.find(QStringLiteral("users"))->alreadyImported, 1);
    EXPECT_EQ(plan.report.find(QStringLiteral("appointments"))->alreadyImported, 1);
    EXPECT_TRUE(plan.report.skipped.isEmpty());
}

struct WallCase
{
    const char *zone;
    QDate date;
    QTime time;
    bool skipped;
    bool noted;
};

TEST(LegacyPlan, AppointmentTimesInADstGapAreReportedAndRepeatedOnesNoted)
{
    const std::vector<WallCase> cases{
        {"Australia/Sydney", QDate(2026, 10, 4), QTime(2, 30), true, false},
        {"Australia/Sydney", QDate(2026, 10, 4), QTime(3, 0), false, false},
        {"Australia/Sydney", QDate(2027, 4, 4), QTime(2, 30), false, true},
        {"Australia/Lord_Howe", QDate(2026, 10, 4), QTime(2, 15), true, false},
        {"Australia/Lord_Howe", QDate(2027, 4, 4), QTime(1, 45), false, true},
        {"Australia/Perth", QDate(2026, 10, 4), QTime(2, 30), false, false},
    };
    for (const WallCase &c : cases) {
        LegacyTables t;
        t.users = {user(1, "asmith")};
        t.appointments = {{1,
                           1,
                           1,
                           QStringLiteral("Pat"),
                           {},
                           c.date,
                           c.time,
                           c.date,
                           c.time.addSecs(3600 * 2),
                           std::nullopt,
                           QStringLiteral("scheduled")}};
        const LegacyPlan plan = planLegacyImport(t, QTimeZone(c.zone), {});
        EXPECT_EQ(plan.report.skipped.size(), c.skipped ? 1 : 0)
            << c.zone << " " << qPrintable(c.time.toString());
        EXPECT_EQ(plan.report.notes.size(), c.noted ? 1 : 0)
            << c.zone << " " << qPrintable(c.time.toString());
    }
}

} // namespace
