// My Availability, day sheets and Clinic setup against real PostgreSQL, on the seed
// clinic (David Brown and Isla Wizz around Christmas 2025, Australia/Sydney).
#include "engine/booking.h"
#include "engine/clinicsetup.h"
#include "engine/interchange.h"
#include "engine/pool.h"
#include "engine/schedule.h"
#include "tests/support/printers.h"
#include "tests/support/seed.h"
#include "tests/support/seededdatabase.h"
#include "tests/support/testdatabase.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QTimeZone kSydney("Australia/Sydney");
const QString kBrown = QStringLiteral("dbrown");

ExceptionData block(const QString &key, QDate from, QDate to, const QString &kind, const QString &reason,
                    std::optional<int> start = std::nullopt, std::optional<int> end = std::nullopt)
{
    ExceptionData e;
    e.practitionerKey = key;
    e.kind = kind;
    e.startDate = from;
    e.endDate = to;
    e.startMinute = start;
    e.endMinute = end;
    e.reason = reason;
    return e;
}

QStringList patients(const QList<AppointmentSummary> &list)
{
    QStringList out;
    for (const AppointmentSummary &a : list)
        out.append(a.patient);
    return out;
}

class Schedule : public SeededDatabase
{
protected:
    template<typename Fn>
    auto run(Fn fn)
    {
        return pool->runBlocking(Access::Write, std::move(fn));
    }

    DayAvailability dayOf(const QDate &d)
    {
        auto cal = run([d](Session &s) { return loadPractitionerCalendar(s, kBrown, d, d); });
        EXPECT_TRUE(cal.ok()) << cal.error().toString().toStdString();
        return cal ? cal.value().days.value(0) : DayAvailability{};
    }
};

struct HitCase
{
    const char *name;
    ExceptionData exception;
    QStringList expected;
};

class BlockHits : public Schedule, public ::testing::WithParamInterface<HitCase>
{};

TEST_P(BlockHits, ListsTheBookedAppointmentsItWouldHit)
{
    const ExceptionData e = GetParam().exception;
    auto hits = run([e](Session &s) { return appointmentsHitBy(s, e); });
    ASSERT_TRUE(hits.ok()) << hits.error().toString().toStdString();
    EXPECT_EQ(patients(hits.value()), GetParam().expected);
}

const QDate kMonday(2025, 12, 22);
INSTANTIATE_TEST_SUITE_P(
    Cases, BlockHits,
    ::testing::Values(
        HitCase{"AllDayRange",
                block(kBrown, kMonday.addDays(-3), kMonday, QStringLiteral("vacation"), {}),
                {QStringLiteral("P. Smith"), QStringLiteral("R. Jones")}},
        HitCase{"WindowHitsOne",
                block(kBrown, kMonday, kMonday, QStringLiteral("blocked"), {}, 9 * 60, 9 * 60 + 30),
                {QStringLiteral("P. Smith")}},
        HitCase{"WindowTouchingMissesBoth",
                block(kBrown, kMonday, kMonday, QStringLiteral("blocked"), {}, 9 * 60 + 30, 10 * 60),
                {}},
        HitCase{"OtherPractitioner",
                block(QStringLiteral("iwizz"), kMonday, kMonday, QStringLiteral("holiday"), {}),
                {}},
        HitCase{"ClinicWide",
                block({}, kMonday, kMonday, QStringLiteral("closure"), QStringLiteral("Flood")),
                {QStringLiteral("P. Smith"), QStringLiteral("R. Jones")}},
        HitCase{"WorkHitsNothing", block(kBrown, kMonday, kMonday, QStringLiteral("work"), {}), {}}),
    [](const auto &p) { return std::string(p.param.name); });

TEST_F(Schedule, ClinicClosureSparesAPractitionerWhoWorksThatDay)
{
    ASSERT_TRUE(run([](Session &s) {
        return addException(s, block(kBrown, kMonday, kMonday, QStringLiteral("work"), {}));
    }));
    auto hits = run([](Session &s) {
        return appointmentsHitBy(
            s, block({}, kMonday, kMonday, QStringLiteral("closure"), QStringLiteral("Flood")));
    });
    ASSERT_TRUE(hits.ok());
    EXPECT_TRUE(hits.value().isEmpty()) << patients(hits.value()).join(QLatin1Char(',')).toStdString();
}

TEST_F(Schedule, ADateRangeBlockIsOneEntryAndUndoRestoresTheDays)
{
    const QDate from(2025, 12, 15), to(2025, 12, 19);
    auto id = run([&](Session &s) {
        return addException(s,
                            block(kBrown, from, to, QStringLiteral("vacation"), QStringLiteral("Surfing")));
    });
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    EXPECT_EQ(
        queryOnce(db.conninfo(),
                  QStringLiteral("SELECT count(*) FROM availability_exceptions WHERE reason = 'Surfing'"))
            .toInt(),
        1);
    auto cal =
        run([&](Session &s) { return loadPractitionerCalendar(s, kBrown, from.addDays(-1), to.addDays(1)); });
    ASSERT_TRUE(cal.ok());
    ASSERT_EQ(cal.value().days.size(), 7);
    EXPECT_EQ(cal.value().days.at(0).status, DayStatus::Off); // Sunday
    for (int i = 1; i <= 5; ++i) {
        EXPECT_EQ(cal.value().days.at(i).status, DayStatus::Blocked) << i;
        EXPECT_EQ(cal.value().days.at(i).blockedBy, QStringList{QStringLiteral("Surfing")});
    }
    EXPECT_EQ(cal.value().days.at(6).status, DayStatus::Off); // Saturday
    const qint64 blockId = id.value();
    ASSERT_TRUE(run([blockId](Session &s) {
        deletePractitionerException(s, kBrown, blockId);
        return true;
    }));
    EXPECT_EQ(dayOf(from).status, DayStatus::Open);
    // Someone else's block cannot be removed through David's calendar.
    auto other = run([blockId](Session &s) {
        deletePractitionerException(s, QStringLiteral("iwizz"), blockId);
        return true;
    });
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::InvalidInput);
}

TEST_F(Schedule, WorkOverrideReopensAClosureDayAndUndoClosesItAgain)
{
    const QDate boxingDay(2025, 12, 26);
    EXPECT_EQ(dayOf(boxingDay).status, DayStatus::Blocked);
    EXPECT_TRUE(dayOf(boxingDay).clinicClosed);
    auto id = run([&](Session &s) {
        return addException(s,
                            block(kBrown, boxingDay, boxingDay, QStringLiteral("work"), {}, 9 * 60, 12 * 60));
    });
    ASSERT_TRUE(id.ok());
    const DayAvailability open = dayOf(boxingDay);
    EXPECT_EQ(open.status, DayStatus::Open);
    EXPECT_EQ(open.slots.size(), 6); // 09:00 to 11:30
    const qint64 overrideId = id.value();
    ASSERT_TRUE(run([overrideId](Session &s) {
        deletePractitionerException(s, kBrown, overrideId);
        return true;
    }));
    EXPECT_EQ(dayOf(boxingDay).status, DayStatus::Blocked);
}

TEST_F(Schedule, BlocksAreValidatedWithReasons)
{
    auto bad = run([](Session &s) {
        return addException(s, block(kBrown, kMonday, kMonday.addDays(-1), QStringLiteral("vacation"), {}));
    });
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("before the first date")))
        << bad.error().message.toStdString();
    auto kind = run([](Session &s) {
        return addException(s, block(kBrown, kMonday, kMonday, QStringLiteral("closure"), {}));
    });
    ASSERT_FALSE(kind.ok());
    EXPECT_TRUE(kind.error().message.contains(QStringLiteral("blocked, holiday, vacation or work")));
    auto nobody = run([](Session &s) {
        return addException(s,
                            block(QStringLiteral("nobody"), kMonday, kMonday, QStringLiteral("blocked"), {}));
    });
    ASSERT_FALSE(nobody.ok());
    EXPECT_TRUE(nobody.error().message.contains(QStringLiteral("nobody")));
}

TEST_F(Schedule, DaySheetFlagsAppointmentsABlockNowHits)
{
    auto before = run([](Session &s) { return daySheet(s, kMonday, {}); });
    ASSERT_TRUE(before.ok()) << before.error().toString().toStdString();
    ASSERT_EQ(patients(before.value()),
              (QStringList{QStringLiteral("P. Smith"), QStringLiteral("R. Jones")}));
    EXPECT_EQ(before.value().at(0).practitionerName, QStringLiteral("David Brown"));
    EXPECT_EQ(before.value().at(1).phone, QStringLiteral("0400 000 000"));
    EXPECT_EQ(before.value().at(1).typeName, QStringLiteral("Standard consult"));
    EXPECT_TRUE(before.value().at(0).conflict.isEmpty());
    ASSERT_TRUE(run([](Session &s) {
        return addException(s, block(kBrown, kMonday, kMonday, QStringLiteral("blocked"),
                                     QStringLiteral("Dentist"), 9 * 60, 9 * 60 + 30));
    }));
    auto after = run([](Session &s) { return daySheet(s, kMonday, kBrown); });
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after.value().size(), 2);
    EXPECT_EQ(after.value().at(0).conflict, QStringLiteral("Dentist"));
    EXPECT_TRUE(after.value().at(1).conflict.isEmpty());
    auto other = run([](Session &s) { return daySheet(s, kMonday, QStringLiteral("iwizz")); });
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE(other.value().isEmpty()); // the cancelled one is not on the sheet
}

TEST_F(Schedule, NewWeeklyHoursApplyFromTheirDateAndKeepThePast)
{
    const QDate firstMonday(2025, 12, 1), secondMonday(2025, 12, 8);
    WorkingInterval mondayMorning;
    mondayMorning.weekday = 1;
    mondayMorning.start = 10 * 60;
    mondayMorning.end = 11 * 60;
    ASSERT_TRUE(run([&](Session &s) {
        setWeeklyHours(s, kBrown, {mondayMorning}, secondMonday);
        return true;
    }));
    EXPECT_EQ(dayOf(firstMonday).windows.size(), 2); // 09:00–12:30, 13:30–17:00
    const DayAvailability later = dayOf(secondMonday);
    ASSERT_EQ(later.windows.size(), 1);
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(later.windows.at(0).start, kSydney).time(), QTime(10, 0));
    EXPECT_EQ(dayOf(secondMonday.addDays(1)).status, DayStatus::Off); // Tuesday no longer worked
    auto read = run([&](Session &s) { return readWeeklyHours(s, kBrown, secondMonday); });
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read.value().size(), 1);
    EXPECT_EQ(read.value().at(0).start, 10 * 60);
    EXPECT_EQ(run([&](Session &s) { return readWeeklyHours(s, kBrown, firstMonday); }).value().size(), 10);
    // Saving again from the same date replaces rather than stacks.
    ASSERT_TRUE(run([&](Session &s) {
        setWeeklyHours(s, kBrown, {mondayMorning}, secondMonday);
        return true;
    }));
    EXPECT_EQ(run([&](Session &s) { return readWeeklyHours(s, kBrown, secondMonday); }).value().size(), 1);
    WorkingInterval overlapping = mondayMorning;
    overlapping.start = 10 * 60 + 30;
    overlapping.end = 12 * 60;
    auto refused = run([&](Session &s) {
        setWeeklyHours(s, kBrown, {mondayMorning, overlapping}, secondMonday);
        return true;
    });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("Monday: 10:00–11:00 overlaps 10:30–12:00"));
}

TEST_F(Schedule, ClinicSetupChangesWhatBookingUses)
{
    ASSERT_TRUE(run([](Session &s) {
        saveClinicSettings(s, {QStringLiteral("Harbour Clinic"), QStringLiteral("Australia/Perth"), 15});
        saveAppointmentType(s, {QStringLiteral("long"), QStringLiteral("Long consult"), 60});
        saveAppointmentType(s, {QStringLiteral("standard"), QStringLiteral("Standard"), 20});
        addPractitioner(s, {QStringLiteral("akim"), QStringLiteral("Ana Kim"), true});
        updatePractitioner(s, {QStringLiteral("iwizz"), QStringLiteral("Isla Wizz-Hart"), false});
        return true;
    }));
    auto settings = run([](Session &s) { return readClinicSettings(s); });
    EXPECT_EQ(settings.value().timeZone, QStringLiteral("Australia/Perth"));
    EXPECT_EQ(settings.value().slotStepMinutes, 15);
    auto types = run([](Session &s) { return listAppointmentTypes(s); }).value();
    ASSERT_EQ(types.size(), 2);
    EXPECT_EQ(types.at(0).name, QStringLiteral("Standard"));
    EXPECT_EQ(types.at(0).minutes, 20);
    auto active = run([](Session &s) { return listPractitioners(s, false); }).value();
    ASSERT_EQ(active.size(), 2);
    EXPECT_EQ(active.at(0).name, QStringLiteral("Ana Kim"));
    EXPECT_EQ(run([](Session &s) { return listPractitioners(s, true); }).value().size(), 3);

    struct Bad
    {
        std::function<void(Session &)> change;
        const char *says;
    };
    const QList<Bad> bad{
        {[](Session &s) {
             addPractitioner(s, {QStringLiteral("dbrown"), QStringLiteral("Dup"), true});
         },
         "already a practitioner"},
        {[](Session &s) {
             addPractitioner(s, {QStringLiteral("Bad Key"), QStringLiteral("X"), true});
         },
         "Practitioner key \"Bad Key\""},
        {[](Session &s) {
             saveAppointmentType(s, {QStringLiteral("x"), QStringLiteral("X"), 600});
         },
         "not 600"},
        {[](Session &s) {
             saveClinicSettings(s, {QStringLiteral("X"), QStringLiteral("Nowhere/City"), 30});
         },
         "Nowhere/City"},
        {[](Session &s) {
             updatePractitioner(s, {QStringLiteral("ghost"), QStringLiteral("G"), true});
         },
         "ghost"},
    };
    for (const Bad &b : bad) {
        auto r = run([&b](Session &s) {
            b.change(s);
            return true;
        });
        ASSERT_FALSE(r.ok()) << b.says;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput) << b.says;
        EXPECT_TRUE(r.error().message.contains(QString::fromUtf8(b.says))) << r.error().message.toStdString();
    }
}

TEST_F(Schedule, StaffAreListedWithRolesAndPractitioner)
{
    ASSERT_EQ(
        execOnce(db.conninfo(),
                 QStringLiteral(
                     "INSERT INTO staff (login, display_name) VALUES ('dbrown', 'David Brown'), ('fdesk', "
                     "'Fran Desk'),"
                     " ('gone', 'Gone Person');"
                     "UPDATE staff SET active = false WHERE login = 'gone';"
                     "INSERT INTO staff_roles SELECT id, 'practitioner' FROM staff WHERE login = 'dbrown';"
                     "INSERT INTO staff_roles SELECT id, 'front_desk' FROM staff WHERE login IN ('dbrown', "
                     "'fdesk');"
                     "UPDATE practitioners SET staff_id = (SELECT id FROM staff WHERE login = 'dbrown') "
                     "WHERE key = 'dbrown'")),
        QString());
    auto staff = run([](Session &s) { return listStaff(s); });
    ASSERT_TRUE(staff.ok()) << staff.error().toString().toStdString();
    ASSERT_EQ(staff.value().size(), 2);
    EXPECT_EQ(staff.value().at(0).login, QStringLiteral("dbrown"));
    EXPECT_EQ(staff.value().at(0).roles,
              (QStringList{QStringLiteral("front_desk"), QStringLiteral("practitioner")}));
    EXPECT_EQ(staff.value().at(0).practitionerKey, kBrown);
    EXPECT_EQ(staff.value().at(1).roles, QStringList{QStringLiteral("front_desk")});
    EXPECT_TRUE(staff.value().at(1).practitionerKey.isEmpty());
}

} // namespace

namespace {

TEST_F(Schedule, TheSignedInActorIsAuditedAndSnapshotsStillWork)
{
    pool->setActor(QStringLiteral("dbrown"));
    // A snapshot read begins with its isolation level even though the actor is set first.
    auto cal = run([](Session &s) { return loadPractitionerCalendar(s, kBrown, kMonday, kMonday); });
    ASSERT_TRUE(cal.ok()) << cal.error().toString().toStdString();
    ASSERT_TRUE(run([](Session &s) {
        return addException(
            s, block(kBrown, kMonday, kMonday, QStringLiteral("blocked"), QStringLiteral("Audit me")));
    }));
    EXPECT_EQ(queryOnce(db.conninfo(),
                        QStringLiteral("SELECT actor FROM audit_log WHERE new_row->>'reason' = 'Audit me'")),
              QStringLiteral("dbrown"));
}

} // namespace
