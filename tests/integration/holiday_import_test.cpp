// Holiday import against real PostgreSQL on the seed clinic (Australia/Sydney): the
// preview is what is applied, importing twice creates nothing, feeds show new, changed
// and removed holidays, a failed import writes nothing, and imported closures close
// availability and are exported like any other closure.
#include "engine/closures.h"
#include "engine/feeds.h"
#include "engine/holidayimport.h"
#include "engine/interchange.h"
#include "engine/pool.h"
#include "engine/schedule.h"
#include "tests/support/clirun.h"
#include "tests/support/printers.h"
#include "tests/support/seed.h"
#include "tests/support/seededdatabase.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <thread>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QTimeZone kSydney("Australia/Sydney");
const QString kNow = QStringLiteral("2026-11-27T09:00");
const QString kFeed = QStringLiteral(CAREDESK_TEST_DATA "/ics/public_holidays_feed.ics");
const QString kFeedLater = QStringLiteral(CAREDESK_TEST_DATA "/ics/public_holidays_feed_later.ics");

QStringList describe(const QList<ImportChange> &changes)
{
    static const char *const kinds[] = {"create", "update", "remove"};
    QStringList out;
    for (const ImportChange &c : changes)
        out.append(QStringLiteral("%1 %2 %3")
                       .arg(QLatin1String(kinds[int(c.kind)]), c.closure.startDate.toString(Qt::ISODate),
                            c.closure.reason));
    return out;
}

class HolidayImport : public SeededDatabase
{
protected:
    void SetUp() override
    {
        SeededDatabase::SetUp();
        if (HasFatalFailure())
            return;
        scope.from = QDate(2026, 11, 27);
        scope.to = QDate(2028, 11, 27);
    }

    HolidayCalendar calendar(const QString &file)
    {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        auto cal = readHolidayCalendar(f.readAll(), kSydney, scope.from, scope.to);
        EXPECT_TRUE(cal.ok()) << cal.error().message.toStdString();
        return cal ? cal.value() : HolidayCalendar{};
    }

    template<typename Fn>
    auto run(Fn fn)
    {
        auto r = pool->runBlocking(Access::Write, std::move(fn));
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r;
    }

    ImportPlan plan(const HolidayCalendar &cal)
    {
        return run([&](Session &s) { return planImport(s, cal, scope); }).value();
    }

    /// Applies the `chosen` changes of a preview that `offered` these (default: the chosen).
    ImportOutcome apply(const HolidayCalendar &cal, const QSet<QString> &chosen, QSet<QString> offered = {})
    {
        if (offered.isEmpty())
            offered = chosen;
        return run([&](Session &s) { return applyImport(s, cal, scope, chosen, offered); }).value();
    }

    HolidayCalendar inlineCalendar(const QByteArray &events)
    {
        auto cal = readHolidayCalendar("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events + "END:VCALENDAR\r\n",
                                       kSydney, scope.from, scope.to);
        EXPECT_TRUE(cal.ok()) << cal.error().message.toStdString();
        return cal ? cal.value() : HolidayCalendar{};
    }

    qint64 saveFeedNamed(const QString &name)
    {
        return run([name](Session &s) {
                   return addFeed(
                       s, QStringLiteral("https://holidays.example.org/") + name + QStringLiteral(".ics"),
                       name);
               })
            .value();
    }

    int importedRows()
    {
        return run([](Session &s) {
                   return s
                       .scalar(QStringLiteral(
                           "SELECT count(*) FROM availability_exceptions WHERE source_uid IS NOT NULL"))
                       .toInt();
               })
            .value();
    }

    ImportScope scope;
};

TEST_F(HolidayImport, ThePreviewIsWhatIsAppliedAndASecondImportCreatesNothing)
{
    const HolidayCalendar cal = calendar(kFeed);
    const ImportPlan preview = plan(cal);
    ASSERT_EQ(preview.count(ImportChange::Kind::Create), 15);
    EXPECT_EQ(importedRows(), 0) << "a preview writes nothing";

    const ImportOutcome outcome = apply(cal, allChangeKeys(preview));
    EXPECT_EQ(describe(outcome.applied), describe(preview.changes));
    EXPECT_EQ(importedRows(), 15);

    // What is saved is what the preview listed, closure for closure.
    auto saved = run([](Session &s) { return listClosures(s, QDate(2026, 11, 27)); }).value();
    ASSERT_EQ(saved.size(), 15);
    for (int i = 0; i < saved.size(); ++i) {
        EXPECT_EQ(saved[i].closure.startDate, preview.changes[i].closure.startDate);
        EXPECT_EQ(saved[i].closure.endDate, preview.changes[i].closure.endDate);
        EXPECT_EQ(saved[i].closure.reason, preview.changes[i].closure.reason);
        EXPECT_EQ(saved[i].closure.kind, QStringLiteral("holiday"));
    }

    const ImportPlan again = plan(cal);
    EXPECT_TRUE(again.changes.isEmpty()) << describe(again.changes).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(again.present.size(), 15);
    const ImportOutcome second = apply(cal, allChangeKeys(again));
    EXPECT_TRUE(second.applied.isEmpty());
    EXPECT_EQ(importedRows(), 15);
}

TEST_F(HolidayImport, OnlyTheTickedChangesAreMade)
{
    const HolidayCalendar cal = calendar(kFeed);
    const ImportPlan preview = plan(cal);
    const QSet<QString> two{preview.changes[0].key(), preview.changes[3].key()};
    const ImportOutcome outcome = apply(cal, two);
    EXPECT_EQ(describe(outcome.applied), (QStringList{QStringLiteral("create 2026-12-25 Christmas Day"),
                                                      QStringLiteral("create 2027-01-01 New Year's Day")}));
    EXPECT_TRUE(outcome.declined.isEmpty()) << "a file import remembers nothing it was not told to";
    EXPECT_EQ(importedRows(), 2);
    EXPECT_EQ(plan(cal).count(ImportChange::Kind::Create), 13);
}

TEST_F(HolidayImport, ImportedClosuresCloseTheClinicAndAreExported)
{
    auto before = run([](Session &s) {
        return loadPractitionerCalendar(s, QStringLiteral("dbrown"), QDate(2026, 12, 25),
                                        QDate(2026, 12, 25));
    });
    ASSERT_EQ(before.value().days.size(), 1);
    ASSERT_EQ(before.value().days[0].status, DayStatus::Open)
        << "the seed's hours make Christmas 2026 bookable";

    const HolidayCalendar cal = calendar(kFeed);
    apply(cal, allChangeKeys(plan(cal)));

    auto after = run([](Session &s) {
        return loadPractitionerCalendar(s, QStringLiteral("dbrown"), QDate(2026, 12, 25),
                                        QDate(2026, 12, 25));
    });
    const DayAvailability &day = after.value().days[0];
    EXPECT_EQ(day.status, DayStatus::Blocked);
    EXPECT_TRUE(day.clinicClosed);
    EXPECT_TRUE(day.slots.isEmpty());
    EXPECT_TRUE(day.blockedBy.join(QLatin1Char(' ')).contains(QStringLiteral("Christmas Day")))
        << day.blockedBy.join(QLatin1Char(',')).toStdString();

    const QJsonObject exported = run([](Session &s) { return toInterchange(readClinic(s)); }).value();
    QStringList reasons;
    for (const QJsonValue &c : exported.value(QStringLiteral("closures")).toArray())
        reasons.append(c.toObject().value(QStringLiteral("reason")).toString());
    EXPECT_TRUE(reasons.contains(QStringLiteral("Boxing Day (substitute day)")))
        << reasons.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(reasons.size(), 2 + 15) << "the seed's two closures and the feed's fifteen";
}

TEST_F(HolidayImport, TimedEventsArePartialDayClosuresInClinicTime)
{
    const HolidayCalendar cal = calendar(QStringLiteral(CAREDESK_TEST_DATA "/ics/utc.ics"));
    apply(cal, allChangeKeys(plan(cal)));
    auto rows = run([](Session &s) {
        QSqlQuery q =
            s.exec(QStringLiteral("SELECT start_date, coalesce(start_minute, -1), coalesce(end_minute, -1) "
                                  "FROM availability_exceptions WHERE source_uid IS NOT NULL "
                                  "ORDER BY start_date"));
        QStringList out;
        while (q.next())
            out.append(QStringLiteral("%1 %2-%3")
                           .arg(q.value(0).toDate().toString(Qt::ISODate))
                           .arg(q.value(1).toInt())
                           .arg(q.value(2).toInt()));
        return out;
    });
    EXPECT_EQ(rows.value(),
              (QStringList{QStringLiteral("2026-12-24 1020-1440"), QStringLiteral("2026-12-25 -1--1"),
                           QStringLiteral("2026-12-26 0-780"), QStringLiteral("2027-01-01 0-780")}));
}

TEST_F(HolidayImport, AFeedRecheckShowsNewChangedAndRemovedAndRemembersWhatWasDeclined)
{
    const qint64 feed =
        run([](Session &s) {
            return addFeed(s, QStringLiteral("https://holidays.example.org/au/public/basic.ics"),
                           QStringLiteral("Public holidays"));
        }).value();
    scope.feedId = feed;
    const HolidayCalendar first = calendar(kFeed);
    apply(first, allChangeKeys(plan(first)));

    const HolidayCalendar later = calendar(kFeedLater);
    const ImportPlan review = plan(later);
    EXPECT_EQ(describe(review.changes),
              (QStringList{QStringLiteral("update 2027-10-04 Labour Day (moved)"),
                           QStringLiteral("create 2027-11-02 Melbourne Cup"),
                           QStringLiteral("remove 2027-12-27 Christmas Day (substitute day)")}));
    EXPECT_EQ(review.changes[0].before.reason, QStringLiteral("Labour Day"));
    EXPECT_EQ(review.changes[0].closure.endDate, QDate(2027, 10, 5));

    // The manager keeps the update and the removal but not Melbourne Cup.
    const ImportOutcome outcome =
        apply(later, {review.changes[0].key(), review.changes[2].key()}, allChangeKeys(review));
    EXPECT_EQ(outcome.applied.size(), 2);
    EXPECT_EQ(describe(outcome.declined), QStringList{QStringLiteral("create 2027-11-02 Melbourne Cup")});
    EXPECT_EQ(importedRows(), 14);

    const ImportPlan next = plan(later);
    EXPECT_TRUE(next.changes.isEmpty()) << describe(next.changes).join(QLatin1Char('\n')).toStdString();
    ASSERT_FALSE(next.skipped.isEmpty());
    EXPECT_EQ(next.skipped.last().summary, QStringLiteral("Melbourne Cup"));
    EXPECT_TRUE(next.skipped.last().reason.contains(QStringLiteral("declined it on")))
        << next.skipped.last().reason.toStdString();

    auto feeds = run([](Session &s) { return listFeeds(s); }).value();
    ASSERT_EQ(feeds.size(), 1);
    EXPECT_EQ(feeds[0].closures, 14);
    EXPECT_EQ(feeds[0].title(), QStringLiteral("Public holidays"));
    // Forgetting the feed keeps its closures: they are the clinic's now.
    run([feed](Session &s) {
        removeFeed(s, feed);
        return true;
    });
    EXPECT_EQ(importedRows(), 14);
}

TEST_F(HolidayImport, AnAllDayClosureAlreadyThereCoversTheFeedsHolidays)
{
    ExceptionData shutdown;
    shutdown.kind = QStringLiteral("closure");
    shutdown.startDate = QDate(2026, 12, 24);
    shutdown.endDate = QDate(2027, 1, 1);
    shutdown.reason = QStringLiteral("Christmas shutdown");
    run([shutdown](Session &s) { return addClosure(s, shutdown); });
    const ImportPlan p = plan(calendar(kFeed));
    EXPECT_EQ(p.count(ImportChange::Kind::Create), 11);
    QStringList covered;
    for (const SkippedEvent &e : p.skipped)
        covered.append(e.summary + QStringLiteral(": ") + e.reason);
    EXPECT_EQ(
        covered,
        (QStringList{
            QStringLiteral(
                "Christmas Day: the clinic is already closed all day then (\"Christmas shutdown\")"),
            QStringLiteral("Boxing Day: the clinic is already closed all day then (\"Christmas shutdown\")"),
            QStringLiteral("Boxing Day (substitute day): the clinic is already closed all day then "
                           "(\"Christmas shutdown\")"),
            QStringLiteral(
                "New Year's Day: the clinic is already closed all day then (\"Christmas shutdown\")")}));
}

TEST_F(HolidayImport, AFailedImportWritesNothing)
{
    ASSERT_EQ(db.execAdmin(QStringLiteral(R"(
CREATE FUNCTION refuse_easter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.reason = 'Easter Monday' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER refuse_easter BEFORE INSERT ON availability_exceptions
    FOR EACH ROW EXECUTE FUNCTION refuse_easter();)")),
              QString());
    const HolidayCalendar cal = calendar(kFeed);
    const QSet<QString> all = allChangeKeys(plan(cal));
    auto failed =
        pool->runBlocking(Access::Write, [&](Session &s) { return applyImport(s, cal, scope, all, all); });
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().toString().contains(QStringLiteral("disk full")))
        << failed.error().toString().toStdString();
    EXPECT_EQ(importedRows(), 0) << "Christmas to Easter Saturday were inserted before the failure";
}

TEST_F(HolidayImport, TwoManagersImportingAtOnceCreateEachClosureOnce)
{
    const HolidayCalendar cal = calendar(kFeed);
    const QSet<QString> all = allChangeKeys(plan(cal));
    Result<ImportOutcome> a;
    Result<ImportOutcome> b;
    std::thread ta([&] {
        a = pool->runBlocking(Access::Write,
                              [&](Session &s) { return applyImport(s, cal, scope, all, all); });
    });
    std::thread tb([&] {
        b = pool->runBlocking(Access::Write,
                              [&](Session &s) { return applyImport(s, cal, scope, all, all); });
    });
    ta.join();
    tb.join();
    ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
    ASSERT_TRUE(b.ok()) << b.error().toString().toStdString();
    EXPECT_EQ(a.value().applied.size() + b.value().applied.size(), 15);
    EXPECT_EQ(importedRows(), 15);
}

TEST_F(HolidayImport, TheCommandLineImportsPreviewsAndSaysWhatItSkipped)
{
    const auto counts = [](const CliRun &r) {
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        return QStringLiteral("created %1 updated %2 present %3 skipped %4")
            .arg(o.value(QStringLiteral("created")).toArray().size())
            .arg(o.value(QStringLiteral("updated")).toArray().size())
            .arg(o.value(QStringLiteral("already_present")).toArray().size())
            .arg(o.value(QStringLiteral("skipped")).toArray().size());
    };
    const QStringList import{QStringLiteral("closures"), QStringLiteral("import"), kFeed,
                             QStringLiteral("--json")};
    const CliRun dry = cli(db, import + QStringList{QStringLiteral("--dry-run")}, kNow);
    ASSERT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_EQ(counts(dry), QStringLiteral("created 15 updated 0 present 0 skipped 0"));
    EXPECT_EQ(importedRows(), 0);

    const CliRun first = cli(db, import, kNow);
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_EQ(counts(first), QStringLiteral("created 15 updated 0 present 0 skipped 0"));
    const QJsonObject created =
        QJsonDocument::fromJson(first.out).object()[QStringLiteral("created")].toArray()[0].toObject();
    EXPECT_EQ(created[QStringLiteral("uid")].toString(),
              QStringLiteral("20261225_au_public@holidays.caredesk.test"));
    EXPECT_EQ(created[QStringLiteral("start_date")].toString(), QStringLiteral("2026-12-25"));
    EXPECT_EQ(created[QStringLiteral("reason")].toString(), QStringLiteral("Christmas Day"));

    const CliRun second = cli(db, import, kNow);
    ASSERT_EQ(second.code, 0);
    EXPECT_EQ(counts(second), QStringLiteral("created 0 updated 0 present 15 skipped 0"));

    // A narrower range skips what lies outside it, with the reason.
    const CliRun narrow =
        cli(db,
            {QStringLiteral("closures"), QStringLiteral("import"),
             QStringLiteral(CAREDESK_TEST_DATA "/ics/cancelled.ics"), QStringLiteral("--from"),
             QStringLiteral("2026-12-29"), QStringLiteral("--to"), QStringLiteral("2026-12-31")},
            kNow);
    ASSERT_EQ(narrow.code, 0) << narrow.err.toStdString();
    const QJsonArray skipped =
        QJsonDocument::fromJson(narrow.out).object()[QStringLiteral("skipped")].toArray();
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_EQ(skipped[0].toObject()[QStringLiteral("reason")].toString(), QStringLiteral("it is cancelled"));
    EXPECT_EQ(importedRows(), 16);
}

QByteArray allDayEvent(const char *uid, const char *date, const char *summary)
{
    return QByteArray("BEGIN:VEVENT\r\nUID:") + uid + "\r\nDTSTART;VALUE=DATE:" + date +
           "\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
}

TEST_F(HolidayImport, AFeedEventThatCannotBeReadIsNotTakenForRemoved)
{
    scope.feedId = saveFeedNamed(QStringLiteral("unreadable"));
    const HolidayCalendar first =
        inlineCalendar(allDayEvent("picnic@caredesk.test", "20261228", "Picnic day"));
    apply(first, allChangeKeys(plan(first)));
    // The feed now gives the event a zone nobody knows: it is skipped, not removed.
    const HolidayCalendar later = inlineCalendar(
        "BEGIN:VEVENT\r\nUID:picnic@caredesk.test\r\nDTSTART;TZID=Mars/Olympus:20261228T090000\r\n"
        "DTEND;TZID=Mars/Olympus:20261228T170000\r\nSUMMARY:Picnic day\r\nEND:VEVENT\r\n");
    const ImportPlan p = plan(later);
    EXPECT_TRUE(p.changes.isEmpty()) << describe(p.changes).join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(p.skipped.size(), 1);
    EXPECT_TRUE(p.skipped.first().unreadable);
}

TEST_F(HolidayImport, AClosureTheFeedReplacesDoesNotHideItsReplacement)
{
    scope.feedId = saveFeedNamed(QStringLiteral("renamed"));
    const HolidayCalendar first =
        inlineCalendar(allDayEvent("old-uid@caredesk.test", "20261228", "Picnic day"));
    apply(first, allChangeKeys(plan(first)));
    const HolidayCalendar later =
        inlineCalendar(allDayEvent("new-uid@caredesk.test", "20261228", "Picnic day"));
    const ImportPlan p = plan(later);
    EXPECT_EQ(describe(p.changes), (QStringList{QStringLiteral("create 2026-12-28 Picnic day"),
                                                QStringLiteral("remove 2026-12-28 Picnic day")}))
        << "the old closure goes, so it cannot cover the new one";
    apply(later, allChangeKeys(p));
    auto saved = run([](Session &s) { return listClosures(s, QDate(2026, 12, 28)); }).value();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().closure.startDate, QDate(2026, 12, 28));
}

TEST_F(HolidayImport, OnlyOfferedHolidaysAreDeclinedAndAFeedAdoptsWhatAFileImported)
{
    // Imported once from a file...
    const HolidayCalendar cal = calendar(kFeed);
    apply(cal, allChangeKeys(plan(cal)));
    // ...then the same calendar subscribed to: its closures become the feed's.
    const qint64 feed = saveFeedNamed(QStringLiteral("adopting"));
    scope.feedId = feed;
    const ImportPlan p = plan(cal);
    EXPECT_TRUE(p.changes.isEmpty());
    EXPECT_EQ(p.unattached.size(), 15);
    apply(cal, {});
    auto feeds = run([](Session &s) { return listFeeds(s); }).value();
    ASSERT_EQ(feeds.size(), 1);
    EXPECT_EQ(feeds.first().closures, 15);

    // A holiday the manager never saw in a preview is not declined by applying.
    const HolidayCalendar more = inlineCalendar(allDayEvent("unseen@caredesk.test", "20270310", "Unseen"));
    const ImportOutcome outcome = apply(more, {}, QSet<QString>{QStringLiteral("something-else")});
    EXPECT_TRUE(outcome.declined.isEmpty());
    EXPECT_EQ(plan(more).count(ImportChange::Kind::Create), 1);
}

struct BadSource
{
    const char *name;
    QString source;
    const char *stderrContains;
};

class HolidayImportRefuses : public HolidayImport, public ::testing::WithParamInterface<BadSource>
{};

TEST_P(HolidayImportRefuses, WithExitCodeTwoAMessageAndNoChange)
{
    const BadSource &c = GetParam();
    const CliRun r = cli(db, {QStringLiteral("closures"), QStringLiteral("import"), c.source}, kNow);
    EXPECT_EQ(r.code, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(c.stderrContains)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(importedRows(), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Sources, HolidayImportRefuses,
    ::testing::Values(BadSource{"Html", QStringLiteral(CAREDESK_TEST_DATA "/ics/not_calendar.html"),
                                "not_calendar.html: This is not an iCalendar file: it starts with"},
                      BadSource{"Truncated", QStringLiteral(CAREDESK_TEST_DATA "/ics/truncated.ics"),
                                "truncated.ics: This iCalendar file could not be read"},
                      BadSource{"Binary", QStringLiteral(CAREDESK_TEST_DATA "/ics/nul_byte.ics"), "NUL byte"},
                      BadSource{"Missing", QStringLiteral("/nonexistent/holidays.ics"),
                                "/nonexistent/holidays.ics: no such file"},
                      BadSource{"Scheme", QStringLiteral("gopher://example.org/h.ics"),
                                "not gopher:// addresses"}),
    [](const ::testing::TestParamInfo<BadSource> &row) { return std::string(row.param.name); });

} // namespace
