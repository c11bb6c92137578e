// Conflicts and warnings against the real PostgreSQL: a closure added through the
// desktop's engine call or through `caredesk-cli closures import` turns the booked
// appointments inside it into conflicts that `caredesk-cli conflicts` lists with the
// closure that hits them; a practitioner's block hits only their own; a `work` override
// exempts; changed hours conflict without a closure. Each warning appears with its cause
// and goes with it.
#include "engine/bulkmove.h"
#include "engine/clinictime.h"
#include "engine/feeds.h"
#include "engine/schedule.h"
#include "engine/warnings.h"
#include "tests/support/clirun.h"
#include "tests/support/httpserver.h"
#include "tests/support/seededdatabase.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace caredesk;
using namespace caredesk::test;

namespace {

// The seed clinic: David Brown has P. Smith at 09:00 and R. Jones at 10:00 on Monday
// 22 December 2025; Isla Wizz has only a cancelled one that day.
const QString kNow = QStringLiteral("2025-12-01T08:00");
const QDate kMonday(2025, 12, 22);

class Conflicts : public SeededDatabase
{
protected:
    /// `caredesk-cli conflicts` over December 2025: patient → the closures/blocks' reasons.
    QMap<QString, QStringList> cliConflicts()
    {
        const CliRun r =
            cli(db,
                {QStringLiteral("conflicts"), QStringLiteral("--from"), QStringLiteral("2025-12-01"),
                 QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--json")},
                kNow);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        QMap<QString, QStringList> out;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("conflicts")).toArray()) {
            QStringList reasons;
            for (const QJsonValue &h : v.toObject().value(QStringLiteral("hit_by")).toArray())
                reasons << h.toObject().value(QStringLiteral("reason")).toString();
            out.insert(v.toObject().value(QStringLiteral("patient")).toString(), reasons);
        }
        return out;
    }

    void addException(const ExceptionData &e)
    {
        auto added =
            pool->runBlocking(Access::Write, [e](Session &s) { return caredesk::addException(s, e); });
        ASSERT_TRUE(added) << added.error().toString().toStdString();
    }

    QString sql(const QString &statement) { return db.execAdmin(statement); }

    /// The warnings from 1 December 2025, as kind:practitioner[:date].
    QStringList warnings()
    {
        auto list = pool->runBlocking(Access::Read,
                                      [](Session &s) { return loadWarnings(s, QDate(2025, 12, 1), 90); });
        EXPECT_TRUE(list) << (list ? std::string() : list.error().toString().toStdString());
        QStringList out;
        for (const AvailabilityWarning &w : list.value()) {
            QString text = warningKindName(w.kind) + QLatin1Char(':') + w.practitionerKey;
            if (w.date.isValid())
                text += QLatin1Char(':') + w.date.toString(Qt::ISODate);
            out << text;
        }
        return out;
    }
};

ExceptionData closure(const QDate &from, const QDate &to, const QString &reason)
{
    ExceptionData e;
    e.kind = QStringLiteral("closure");
    e.startDate = from;
    e.endDate = to;
    e.reason = reason;
    return e;
}

} // namespace

TEST_F(Conflicts, NoneInTheSeedClinic)
{
    EXPECT_TRUE(cliConflicts().isEmpty());
}

TEST_F(Conflicts, AClosureAddedInTheClientListsTheAppointmentsItHits)
{
    addException(closure(kMonday, kMonday, QStringLiteral("Staff training")));
    const auto found = cliConflicts();
    EXPECT_EQ(found.keys(), (QStringList{QStringLiteral("P. Smith"), QStringLiteral("R. Jones")}));
    EXPECT_EQ(found.value(QStringLiteral("R. Jones")), QStringList{QStringLiteral("Staff training")});
    // The JSON carries what the front desk phones about.
    const CliRun r = cli(db,
                         {QStringLiteral("conflicts"), QStringLiteral("--from"), QStringLiteral("2025-12-22"),
                          QStringLiteral("--to"), QStringLiteral("2025-12-22")},
                         kNow);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray list =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(list.size(), 2);
    const QJsonObject jones = list.at(1).toObject();
    EXPECT_EQ(jones.value(QStringLiteral("practitioner")).toString(), QStringLiteral("dbrown"));
    EXPECT_EQ(jones.value(QStringLiteral("start")).toString(), QStringLiteral("2025-12-22T10:00:00+11:00"));
    EXPECT_EQ(jones.value(QStringLiteral("phone")).toString(), QStringLiteral("0400 000 000"));
    EXPECT_EQ(jones.value(QStringLiteral("hit_by"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("scope"))
                  .toString(),
              QStringLiteral("clinic"));
}

TEST_F(Conflicts, AClosureImportedFromACalendarFileListsThemToo)
{
    // A one-day calendar: "Staff training day" on Monday 22 December 2025.
    const QString path = QStringLiteral(CAREDESK_TEST_DATA "/ics/staff_training_day.ics");
    const CliRun r =
        cli(db,
            {QStringLiteral("closures"), QStringLiteral("import"), path, QStringLiteral("--from"),
             QStringLiteral("2025-12-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31")},
            kNow);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // The import says at once whom the new closure strands.
    const QJsonArray stranded =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(stranded.size(), 2) << r.out.toStdString();
    EXPECT_EQ(stranded.at(0).toObject().value(QStringLiteral("patient")).toString(),
              QStringLiteral("P. Smith"));
    const auto found = cliConflicts();
    EXPECT_EQ(found.keys(), (QStringList{QStringLiteral("P. Smith"), QStringLiteral("R. Jones")}));
    EXPECT_EQ(found.value(QStringLiteral("P. Smith")), QStringList{QStringLiteral("Staff training day")});
}

TEST_F(Conflicts, ABlockHitsOnlyItsOwnPractitionerAndWorkOverridesExempt)
{
    ExceptionData block;
    block.practitionerKey = QStringLiteral("dbrown");
    block.kind = QStringLiteral("blocked");
    block.startDate = kMonday;
    block.endDate = kMonday;
    block.startMinute = 9 * 60;
    block.endMinute = 9 * 60 + 30;
    block.reason = QStringLiteral("Dentist");
    addException(block);
    EXPECT_EQ(cliConflicts().keys(), QStringList{QStringLiteral("P. Smith")}); // 10:00 is outside the block

    // A closure that day, but David chose to work it: only his own block still hits.
    addException(closure(kMonday, kMonday, QStringLiteral("Staff training")));
    ExceptionData work;
    work.practitionerKey = QStringLiteral("dbrown");
    work.kind = QStringLiteral("work");
    work.startDate = kMonday;
    work.endDate = kMonday;
    addException(work);
    const auto found = cliConflicts();
    EXPECT_EQ(found.keys(), QStringList{QStringLiteral("P. Smith")});
    EXPECT_EQ(found.value(QStringLiteral("P. Smith")), QStringList{QStringLiteral("Dentist")});
}

TEST_F(Conflicts, ChangedHoursConflictWithoutAClosure)
{
    // David's Mondays now start at 13:30.
    ASSERT_EQ(sql(QStringLiteral("DELETE FROM working_hours WHERE weekday = 1 AND start_minute = 540 AND "
                                 "practitioner_id = (SELECT id FROM practitioners WHERE key = 'dbrown')")),
              QString());
    const auto found = cliConflicts();
    EXPECT_EQ(found.keys(), (QStringList{QStringLiteral("P. Smith"), QStringLiteral("R. Jones")}));
    EXPECT_TRUE(found.value(QStringLiteral("R. Jones")).isEmpty()); // nothing hits it: the hours moved
}

TEST_F(Conflicts, BadDatesAreRefusedAndSayWhich)
{
    CliRun r =
        cli(db, {QStringLiteral("conflicts"), QStringLiteral("--from"), QStringLiteral("2025-13-01")}, kNow);
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains("--from")) << r.err.toStdString();
    r = cli(db,
            {QStringLiteral("conflicts"), QStringLiteral("--from"), QStringLiteral("2025-12-10"),
             QStringLiteral("--to"), QStringLiteral("2025-12-01")},
            kNow);
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains("before")) << r.err.toStdString();
    r = cli(db, {QStringLiteral("warnings"), QStringLiteral("--days"), QStringLiteral("-3")}, kNow);
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains("--days")) << r.err.toStdString();
}

TEST_F(Conflicts, EachWarningComesAndGoesWithItsCause)
{
    // The seed: David works 29 December inside the Christmas closure; nothing else.
    EXPECT_EQ(warnings(), QStringList{QStringLiteral("works_on_closure_day:dbrown:2025-12-29")});

    // A closure over booked appointments.
    addException(closure(kMonday, kMonday, QStringLiteral("Staff training")));
    EXPECT_EQ(warnings(), (QStringList{QStringLiteral("booked_on_blocked_day:dbrown:2025-12-22"),
                                       QStringLiteral("booked_on_blocked_day:dbrown:2025-12-22"),
                                       QStringLiteral("works_on_closure_day:dbrown:2025-12-29")}));
    ASSERT_EQ(sql(QStringLiteral("DELETE FROM availability_exceptions WHERE reason = 'Staff training'")),
              QString());

    // A practitioner nobody can book.
    ASSERT_EQ(
        sql(QStringLiteral("INSERT INTO practitioners (key, display_name) VALUES ('newdoc', 'New Doctor')")),
        QString());
    EXPECT_EQ(warnings(), (QStringList{QStringLiteral("no_working_hours:newdoc"),
                                       QStringLiteral("works_on_closure_day:dbrown:2025-12-29")}));
    ASSERT_EQ(
        sql(QStringLiteral("INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute)"
                           " SELECT id, 2, 540, 720 FROM practitioners WHERE key = 'newdoc'")),
        QString());
    // Hours that ended before today do not count.
    ASSERT_EQ(sql(QStringLiteral("UPDATE working_hours SET valid_until = '2025-11-30' WHERE practitioner_id ="
                                 " (SELECT id FROM practitioners WHERE key = 'newdoc')")),
              QString());
    EXPECT_EQ(warnings().first(), QStringLiteral("no_working_hours:newdoc"));
    ASSERT_EQ(sql(QStringLiteral("UPDATE working_hours SET valid_until = NULL WHERE practitioner_id ="
                                 " (SELECT id FROM practitioners WHERE key = 'newdoc')")),
              QString());

    // David no longer works the closure day.
    ASSERT_EQ(sql(QStringLiteral("DELETE FROM availability_exceptions WHERE kind = 'work'")), QString());
    EXPECT_TRUE(warnings().isEmpty()) << warnings().join(QLatin1Char(' ')).toStdString();

    // The command line says the same.
    ASSERT_EQ(
        sql(QStringLiteral("INSERT INTO practitioners (key, display_name) VALUES ('other', 'Other Doctor')")),
        QString());
    const CliRun r = cli(db, {QStringLiteral("warnings"), QStringLiteral("--json")}, kNow);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray list =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("no_working_hours"));
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("practitioner")).toString(),
              QStringLiteral("other"));
}

namespace {

/// The booked appointments a closure over Monday 22 December hits, as the client lists them.
QList<AppointmentSummary> conflictsOnMonday(ConnectionPool &pool)
{
    auto list = pool.runBlocking(Access::Read, [](Session &s) { return findConflicts(s, kMonday, kMonday); });
    return list ? list.value() : QList<AppointmentSummary>{};
}

QDateTime sydneyTime(const QDate &date, int hour, int minute)
{
    return wallClockToInstant(date, hour * 60 + minute, QTimeZone("Australia/Sydney"));
}

const QDateTime kNowInstant = sydneyTime(QDate(2025, 12, 1), 8, 0);

} // namespace

TEST_F(Conflicts, TheBulkMovePreviewIsWhatIsAppliedAndNobodySharesASlot)
{
    addException(closure(kMonday, kMonday, QStringLiteral("Staff training")));
    const QList<AppointmentSummary> hit = conflictsOnMonday(*pool);
    ASSERT_EQ(hit.size(), 2);
    auto plan =
        pool->runBlocking(Access::Read, [hit](Session &s) { return planBulkMove(s, hit, kNowInstant); });
    ASSERT_TRUE(plan) << plan.error().toString().toStdString();
    const QList<MoveProposal> &moves = plan.value().moves;
    ASSERT_EQ(moves.size(), 2);
    // Tuesday 23 December, David's first two free times: P. Smith (30 min) at 09:00, then
    // R. Jones (60 min) right after, not on top of her.
    ASSERT_TRUE(moves.at(0).newStart && moves.at(1).newStart);
    EXPECT_EQ(moves.at(0).appointment.patient, QStringLiteral("P. Smith"));
    EXPECT_EQ(*moves.at(0).newStart, sydneyTime(QDate(2025, 12, 23), 9, 0));
    EXPECT_EQ(*moves.at(1).newStart, sydneyTime(QDate(2025, 12, 23), 9, 30));
    EXPECT_EQ(moves.at(1).newEnd, sydneyTime(QDate(2025, 12, 23), 10, 30));
    EXPECT_EQ(moves.at(1).appointment.conflict, QStringLiteral("Staff training"));

    auto applied = pool->runBlocking(
        Access::Write, [plan](Session &s) { return applyBulkMove(s, plan.value(), kNowInstant); });
    ASSERT_TRUE(applied) << applied.error().toString().toStdString();
    ASSERT_EQ(applied.value().size(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(applied.value().at(i).id, moves.at(i).appointment.id);
        EXPECT_EQ(applied.value().at(i).start, *moves.at(i).newStart); // exactly the preview
        EXPECT_EQ(applied.value().at(i).end, moves.at(i).newEnd);
    }
    EXPECT_TRUE(cliConflicts().isEmpty());
}

TEST_F(Conflicts, ASlotTakenAfterThePreviewMovesNothing)
{
    addException(closure(kMonday, kMonday, QStringLiteral("Staff training")));
    const QList<AppointmentSummary> hit = conflictsOnMonday(*pool);
    auto plan =
        pool->runBlocking(Access::Read, [hit](Session &s) { return planBulkMove(s, hit, kNowInstant); });
    ASSERT_TRUE(plan);
    // Somebody at another desk books R. Jones's proposed time before Apply.
    BookingRequest other;
    other.practitionerKey = QStringLiteral("dbrown");
    other.start = *plan.value().moves.at(1).newStart;
    other.minutes = 30;
    other.patient = QStringLiteral("Walk In");
    ASSERT_TRUE(
        pool->runBlocking(Access::Write, [other](Session &s) { return book(s, other, kNowInstant); }));
    auto applied = pool->runBlocking(
        Access::Write, [plan](Session &s) { return applyBulkMove(s, plan.value(), kNowInstant); });
    ASSERT_FALSE(applied);
    EXPECT_TRUE(applied.error().message.contains(QLatin1String("Nothing was moved")))
        << applied.error().message.toStdString();
    EXPECT_TRUE(applied.error().message.contains(QLatin1String("R. Jones")))
        << applied.error().message.toStdString();
    // P. Smith, planned first, did not move either: all or nothing.
    EXPECT_EQ(cliConflicts().keys(), (QStringList{QStringLiteral("P. Smith"), QStringLiteral("R. Jones")}));
    // A new preview steps around the walk-in and applies.
    auto again =
        pool->runBlocking(Access::Read, [hit](Session &s) { return planBulkMove(s, hit, kNowInstant); });
    ASSERT_TRUE(again);
    EXPECT_NE(*again.value().moves.at(1).newStart, *plan.value().moves.at(1).newStart);
    ASSERT_TRUE(pool->runBlocking(
        Access::Write, [again](Session &s) { return applyBulkMove(s, again.value(), kNowInstant); }));
    EXPECT_TRUE(cliConflicts().isEmpty());
}

TEST_F(Conflicts, ABulkMoveWhileBookingsRaceNeverDoubleBooks)
{
    addException(closure(kMonday, kMonday, QStringLiteral("Staff training")));
    const QList<AppointmentSummary> hit = conflictsOnMonday(*pool);
    auto plan =
        pool->runBlocking(Access::Read, [hit](Session &s) { return planBulkMove(s, hit, kNowInstant); });
    ASSERT_TRUE(plan);
    // Four desks book every half hour of Tuesday morning while the move is applied.
    std::atomic<int> booked{0};
    std::vector<std::thread> desks;
    for (int desk = 0; desk < 4; ++desk) {
        desks.emplace_back([&, desk] {
            for (int slot = 0; slot < 7; ++slot) {
                BookingRequest r;
                r.practitionerKey = QStringLiteral("dbrown");
                r.start = sydneyTime(QDate(2025, 12, 23), 9, 0).addSecs(qint64((slot + desk) % 7) * 1800);
                r.minutes = 30;
                r.patient = QStringLiteral("Desk %1").arg(desk);
                if (pool->runBlocking(Access::Write, [r](Session &s) { return book(s, r, kNowInstant); }))
                    ++booked;
            }
        });
    }
    auto applied = pool->runBlocking(
        Access::Write, [plan](Session &s) { return applyBulkMove(s, plan.value(), kNowInstant); });
    for (std::thread &t : desks)
        t.join();
    // Either the whole move went through or none of it; never two people at once.
    const QString overlapping = db.execAdmin(QStringLiteral(
        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM appointments a JOIN appointments b ON a.id < b.id"
        " AND a.practitioner_id = b.practitioner_id AND a.status <> 'cancelled' AND b.status <> 'cancelled'"
        " AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at) THEN RAISE EXCEPTION 'double booked'; END "
        "IF; END $$"));
    EXPECT_EQ(overlapping, QString());
    const int stillHit = int(conflictsOnMonday(*pool).size());
    EXPECT_EQ(stillHit, applied ? 0 : 2) << (applied ? "" : applied.error().toString().toStdString());
    EXPECT_GT(booked.load(), 0);
}

TEST_F(Conflicts, CancellingInBulkAndThePhoneList)
{
    addException(closure(kMonday, kMonday, QStringLiteral("Staff training")));
    ASSERT_EQ(
        sql(QStringLiteral(
            "UPDATE appointments SET patient_name = '=HYPERLINK(\"x\")' WHERE patient_name = 'P. Smith'")),
        QString());
    QList<AppointmentSummary> hit = conflictsOnMonday(*pool);
    auto plan =
        pool->runBlocking(Access::Read, [hit](Session &s) { return planBulkMove(s, hit, kNowInstant); });
    ASSERT_TRUE(plan);
    const QByteArray csv = movePlanCsv(plan.value(), QTimeZone("Australia/Sydney"));
    const QList<QByteArray> lines = csv.split('\n');
    EXPECT_EQ(lines.at(0).trimmed(), QByteArray("patient,phone,practitioner,old_time,proposed_time,reason"));
    EXPECT_TRUE(lines.at(1).startsWith("\"'=HYPERLINK(\"\"x\"\")\"")) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).startsWith("R. Jones,0400 000 000,David Brown,2025-12-22T10:00:00+11:00,"
                                       "2025-12-23T09:30:00+11:00,Staff training"))
        << lines.at(2).toStdString();

    auto cancelled =
        pool->runBlocking(Access::Write, [hit](Session &s) { return cancelAppointments(s, hit); });
    ASSERT_TRUE(cancelled) << cancelled.error().toString().toStdString();
    EXPECT_EQ(cancelled.value().size(), 2);
    EXPECT_TRUE(cliConflicts().isEmpty());
}

TEST_F(Conflicts, AFeedHolidayThatIsNoClosureYetIsAWarningUntilItIs)
{
    // A subscribed feed (served here) has a holiday on 15 December nobody declared yet.
    LocalHttpServer server;
    ASSERT_TRUE(server.isListening());
    const QByteArray ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CareDesk test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:founders-day@feed\r\nDTSTAMP:20251101T000000Z\r\nDTSTART;VALUE=DATE:20251215\r\n"
        "DTEND;VALUE=DATE:20251216\r\nSUMMARY:Founders Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    server.route("/holidays.ics", {LocalHttpServer::Behaviour::Serve, ics});
    server.route("/gone.ics", {LocalHttpServer::Behaviour::Status, "gone\n", 404});
    const QString url = server.url("/holidays.ics");
    ASSERT_TRUE(pool->runBlocking(Access::Write,
                                  [url](Session &s) { return addFeed(s, url, QStringLiteral("Local")); }));
    // caredesk-cli fetches the feed from this process's server: keep its event loop turning.
    const auto warningsNow = [&] {
        QProcess p;
        p.start(QStringLiteral(CAREDESK_CLI_PATH),
                {QStringLiteral("--db"), db.conninfo(), QStringLiteral("--now"), kNow,
                 QStringLiteral("warnings")});
        QDeadlineTimer deadline(60000);
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(p.readAllStandardOutput())
                                       .object()
                                       .value(QStringLiteral("warnings"))
                                       .toArray()) {
            const QJsonObject o = v.toObject();
            out << o.value(QStringLiteral("kind")).toString() + QLatin1Char(':') +
                       o.value(QStringLiteral("holiday")).toString() + QLatin1Char(':') +
                       o.value(QStringLiteral("date")).toString();
        }
        return out;
    };
    EXPECT_TRUE(warningsNow().contains(QStringLiteral("feed_holiday_not_closed:Founders Day:2025-12-15")))
        << warningsNow().join(QLatin1Char(' ')).toStdString();
    // Declared (as the feed's import makes it): a closure now, no longer a warning.
    ASSERT_EQ(db.execAdmin(
                  QStringLiteral("INSERT INTO availability_exceptions (kind, start_date, end_date, reason,"
                                 " source_uid, source_feed_id) SELECT 'holiday', '2025-12-15', '2025-12-15',"
                                 " 'Founders Day', 'founders-day@feed', id FROM holiday_feeds")),
              QString());
    EXPECT_FALSE(warningsNow().join(QLatin1Char(' ')).contains(QLatin1String("Founders Day")));
    // A feed that cannot be fetched says so.
    const QString gone = server.url("/gone.ics");
    ASSERT_TRUE(pool->runBlocking(Access::Write,
                                  [gone](Session &s) { return addFeed(s, gone, QStringLiteral("Gone")); }));
    EXPECT_TRUE(warningsNow().join(QLatin1Char(' ')).contains(QLatin1String("feed_failed")));
}
