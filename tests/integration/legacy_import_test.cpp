// Moving in from the old web system against the real PostgreSQL: the old schema (both
// shapes) in a second database on the test server, filled with a small clinic holding
// every trap; caredesk-cli import-legacy brings it across with a report of what it left.
#include "engine/legacyimport.h"
#include "engine/pool.h"
#include "tests/support/clirun.h"
#include "tests/support/legacyfixture.h"
#include "tests/support/printers.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QString kNow = QStringLiteral("2026-12-06T08:00");

/// Row counts and a checksum of every old table, to prove the import wrote nothing there.
QString oldChecksum(const TestDatabase &old)
{
    QStringList parts;
    for (const char *table : {"users", "patients", "availability_patterns", "availability_exceptions",
                              "appointments", "user_availability"}) {
        parts << queryOnce(
            old.conninfo(),
            QStringLiteral("SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER "
                           "BY x.id), '')) FROM %1 x")
                .arg(QLatin1String(table)));
    }
    return parts.join(QLatin1Char(' '));
}

/// What CareDesk holds: counts of every table the import writes.
QString caredeskCounts(const TestDatabase &db)
{
    return queryOnce(db.conninfo(), QStringLiteral("SELECT (SELECT count(*) FROM practitioners) || '/' ||"
                                                   " (SELECT count(*) FROM working_hours) || '/' ||"
                                                   " (SELECT count(*) FROM clinic_office_hours) || '/' ||"
                                                   " (SELECT count(*) FROM availability_exceptions) || '/' ||"
                                                   " (SELECT count(*) FROM appointments) || '/' ||"
                                                   " (SELECT count(*) FROM legacy_import_refs)"));
}

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QJsonObject table(const QJsonObject &report, const char *name)
{
    return report.value(QStringLiteral("tables")).toObject().value(QLatin1String(name)).toObject();
}

/// "table id" of every skipped line, and the reason of one.
QStringList skippedIds(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &v : report.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject o = v.toObject();
        out << QStringLiteral("%1 %2")
                   .arg(o.value(QStringLiteral("table")).toString())
                   .arg(o.value(QStringLiteral("id")).toInt());
    }
    return out;
}

QString reasonOf(const QJsonObject &report, const QString &table, int id)
{
    for (const QJsonValue &v : report.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("table")).toString() == table &&
            o.value(QStringLiteral("id")).toInt() == id)
            return o.value(QStringLiteral("reason")).toString();
    }
    return {};
}

class LegacyImport : public ::testing::TestWithParam<LegacyShape>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        ASSERT_TRUE(old.ok()) << old.error().toStdString();
        ASSERT_EQ(db.migrate(), QString());
        ASSERT_EQ(old.execAdmin(legacySchemaSql(GetParam())), QString());
        ASSERT_EQ(old.execAdmin(legacySmallClinicSql()), QString());
    }

    CliRun importLegacy(const QStringList &extra = {})
    {
        return cli(db,
                   QStringList{QStringLiteral("import-legacy"), QStringLiteral("--from"), old.conninfo()} +
                       extra,
                   kNow);
    }

    TestDatabase db;
    TestDatabase old;
};

TEST_P(LegacyImport, MapsFoldsAndReportsEveryTrap)
{
    const QString before = oldChecksum(old);
    const CliRun run = importLegacy({QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject report = json(run);
    EXPECT_EQ(report.value(QStringLiteral("zone")).toString(), QStringLiteral("Australia/Sydney"));
    EXPECT_FALSE(report.value(QStringLiteral("dry_run")).toBool());

    const QJsonObject users = table(report, "users");
    EXPECT_EQ(users.value(QStringLiteral("read")).toInt(), 9);
    EXPECT_EQ(users.value(QStringLiteral("imported")).toInt(), 5);
    EXPECT_EQ(users.value(QStringLiteral("skipped")).toInt(), 4);
    const QJsonObject patterns = table(report, "availability_patterns");
    EXPECT_EQ(patterns.value(QStringLiteral("read")).toInt(), 14);
    EXPECT_EQ(patterns.value(QStringLiteral("imported")).toInt(), 6);
    EXPECT_EQ(patterns.value(QStringLiteral("created")).toInt(), 26);
    EXPECT_EQ(patterns.value(QStringLiteral("skipped")).toInt(), 8);
    const QJsonObject exceptions = table(report, "availability_exceptions");
    EXPECT_EQ(exceptions.value(QStringLiteral("read")).toInt(), 34);
    EXPECT_EQ(exceptions.value(QStringLiteral("imported")).toInt(), 25);
    EXPECT_EQ(exceptions.value(QStringLiteral("created")).toInt(), 7);
    EXPECT_EQ(exceptions.value(QStringLiteral("folded")).toInt(), 18);
    EXPECT_EQ(exceptions.value(QStringLiteral("skipped")).toInt(), 9);
    const QJsonObject appointments = table(report, "appointments");
    EXPECT_EQ(appointments.value(QStringLiteral("read")).toInt(), 15);
    EXPECT_EQ(appointments.value(QStringLiteral("imported")).toInt(), 8);
    EXPECT_EQ(appointments.value(QStringLiteral("skipped")).toInt(), 7);

    // Every skipped row, with its reason.
    EXPECT_EQ(skippedIds(report), (QStringList{QStringLiteral("users 4"),
                                               QStringLiteral("users 5"),
                                               QStringLiteral("users 6"),
                                               QStringLiteral("users 8"),
                                               QStringLiteral("availability_patterns 6"),
                                               QStringLiteral("availability_patterns 7"),
                                               QStringLiteral("availability_patterns 8"),
                                               QStringLiteral("availability_patterns 9"),
                                               QStringLiteral("availability_patterns 10"),
                                               QStringLiteral("availability_patterns 11"),
                                               QStringLiteral("availability_patterns 12"),
                                               QStringLiteral("availability_patterns 13"),
                                               QStringLiteral("availability_exceptions 35"),
                                               QStringLiteral("availability_exceptions 36"),
                                               QStringLiteral("availability_exceptions 37"),
                                               QStringLiteral("availability_exceptions 38"),
                                               QStringLiteral("availability_exceptions 39"),
                                               QStringLiteral("availability_exceptions 40"),
                                               QStringLiteral("availability_exceptions 41"),
                                               QStringLiteral("availability_exceptions 42"),
                                               QStringLiteral("availability_exceptions 43"),
                                               QStringLiteral("appointments 2"),
                                               QStringLiteral("appointments 6"),
                                               QStringLiteral("appointments 7"),
                                               QStringLiteral("appointments 8"),
                                               QStringLiteral("appointments 9"),
                                               QStringLiteral("appointments 10"),
                                               QStringLiteral("appointments 13")}));
    const QString users4 = QStringLiteral("users");
    EXPECT_TRUE(reasonOf(report, users4, 4).contains(QStringLiteral("not bookable")));
    EXPECT_TRUE(reasonOf(report, users4, 5).contains(QStringLiteral("inactive")));
    EXPECT_TRUE(reasonOf(report, users4, 6).contains(QStringLiteral("is_active is NULL")));
    EXPECT_TRUE(reasonOf(report, users4, 8).contains(QStringLiteral("unknown role \"therapist\"")));
    const QString pat = QStringLiteral("availability_patterns");
    EXPECT_TRUE(reasonOf(report, pat, 6).contains(QStringLiteral("unreadable weekday list \"Mon,Tue\"")));
    EXPECT_TRUE(reasonOf(report, pat, 7).contains(QStringLiteral("overlaps pattern 1 on Monday")));
    EXPECT_TRUE(reasonOf(report, pat, 9).contains(QStringLiteral("is_active is NULL")));
    EXPECT_TRUE(reasonOf(report, pat, 10).contains(QStringLiteral("user 5 is not imported: inactive user")));
    EXPECT_TRUE(reasonOf(report, pat, 12).contains(QStringLiteral("unknown frequency \"fortnightly\"")));
    const QString exc = QStringLiteral("availability_exceptions");
    EXPECT_TRUE(reasonOf(report, exc, 35).contains(QStringLiteral("custom_hours")));
    EXPECT_TRUE(reasonOf(report, exc, 36).contains(QStringLiteral("unknown kind \"sick\"")));
    EXPECT_TRUE(reasonOf(report, exc, 37).contains(QStringLiteral("is_all_day is NULL")));
    EXPECT_TRUE(reasonOf(report, exc, 38).contains(QStringLiteral("without a start or end time")));
    EXPECT_TRUE(reasonOf(report, exc, 39).contains(QStringLiteral("without a start or end time")));
    const QString appt = QStringLiteral("appointments");
    EXPECT_TRUE(reasonOf(report, appt, 2).contains(QStringLiteral("overlaps old appointment 1")));
    EXPECT_EQ(
        reasonOf(report, appt, 6),
        QStringLiteral("starts at 2026-10-04 02:30, which does not exist in Australia/Sydney (the clocks "
                       "went forward then)"));
    EXPECT_TRUE(reasonOf(report, appt, 7).contains(QStringLiteral("status is NULL")));
    EXPECT_TRUE(reasonOf(report, appt, 8).contains(QStringLiteral("unknown status \"rescheduled\"")));
    EXPECT_TRUE(reasonOf(report, appt, 10).contains(QStringLiteral("user 6 is not imported")));
    const QJsonArray notes = report.value(QStringLiteral("notes")).toArray();
    ASSERT_EQ(notes.size(), 3) << run.out.toStdString();
    EXPECT_EQ(notes.at(0).toObject().value(QStringLiteral("id")).toInt(), 12);
    EXPECT_TRUE(
        notes.at(1).toObject().value(QStringLiteral("note")).toString().contains(QStringLiteral("twice")));

    // Practitioners: keys from usernames, names from first/last name.
    EXPECT_EQ(
        queryOnce(db.conninfo(), QStringLiteral("SELECT string_agg(key || '=' || display_name, ', ' ORDER BY "
                                                "key) FROM practitioners")),
        QStringLiteral("asmith=Alice Smith, cjones=Carol Jones, dbrown=David Brown, dradmin=Adam Admin, "
                       "emma-o-neil=O'Neil"));
    // Folded ranges, exactly.
    EXPECT_EQ(queryOnce(db.conninfo(),
                        QStringLiteral(
                            "SELECT string_agg(coalesce(p.key, 'clinic') || ' ' || e.kind || ' ' || "
                            "e.start_date || '..' || e.end_date || coalesce(' ' || e.start_minute || '-' "
                            "|| e.end_minute, '') || ' ' || e.reason, '; ' ORDER BY e.start_date, p.key)"
                            " FROM availability_exceptions e LEFT JOIN practitioners p ON p.id = "
                            "e.practitioner_id")),
              QStringLiteral("asmith blocked 2026-12-10..2026-12-11 780-900 Training; "
                             "asmith blocked 2026-12-12..2026-12-12 540-660 ; "
                             "asmith blocked 2026-12-15..2026-12-15 Course; "
                             "clinic holiday 2026-12-24..2027-01-05 Christmas shutdown; "
                             "cjones vacation 2027-01-11..2027-01-15 Leave; "
                             "cjones vacation 2027-01-18..2027-01-18 Leave; "
                             "clinic closure 2027-01-27..2027-01-27 720-1020 Staff meeting"));
    EXPECT_EQ(queryOnce(db.conninfo(),
                        QStringLiteral("SELECT string_agg(weekday || ' ' || start_minute || '-' || "
                                       "end_minute, ', ' ORDER BY weekday) FROM clinic_office_hours")),
              QStringLiteral("1 480-1080, 2 480-1080, 3 480-1080, 4 480-1080, 5 480-1080"));
    EXPECT_EQ(
        queryOnce(db.conninfo(), QStringLiteral("SELECT string_agg(weekday::text, ',' ORDER BY weekday) FROM "
                                                "working_hours h JOIN practitioners p ON p.id = "
                                                "h.practitioner_id WHERE p.key = 'cjones'")),
        QStringLiteral("2,4"));
    // Appointments: wall-clock read in the zone, statuses mapped, patients by name.
    EXPECT_EQ(
        queryOnce(db.conninfo(),
                  QStringLiteral("SELECT string_agg(p.key || ' ' || to_char(a.starts_at AT TIME ZONE "
                                 "'Australia/Sydney', 'YYYY-MM-DD HH24:MI') || ' ' || a.status || ' ' || "
                                 "a.patient_name, '; ' ORDER BY a.starts_at, a.status) FROM appointments a "
                                 "JOIN practitioners p ON p.id = a.practitioner_id")),
        QStringLiteral(
            "cjones 2026-11-19 10:00 no_show Pat One; asmith 2026-12-08 09:00 booked Pat One; "
            "asmith 2026-12-08 09:00 cancelled Quinn Two; asmith 2026-12-08 10:00 cancelled Robin "
            "Three; asmith 2026-12-09 14:00 booked Pat One; cjones 2026-12-10 10:00 booked Quinn "
            "Two; dbrown 2026-12-28 10:00 booked Pat One; cjones 2027-04-04 02:30 booked Quinn Two"));
    EXPECT_EQ(
        queryOnce(db.conninfo(), QStringLiteral("SELECT patient_phone FROM appointments a JOIN "
                                                "legacy_import_refs r ON r.target_id = a.id AND "
                                                "r.source_table = 'appointments' WHERE r.source_id = 12")),
        QStringLiteral("0400 222 222"));
    // The imported bookings that fall on the closure are counted at once.
    EXPECT_EQ(report.value(QStringLiteral("conflicts")).toInt(), 2);
    EXPECT_GE(report.value(QStringLiteral("warnings")).toInt(), 1);

    // David Brown has no block dates of his own, works every day, and is not bookable on
    // Boxing Day: the clinic's closure applies to him. A Saturday before it he is.
    const auto slotsOn = [this](const QString &date) {
        const CliRun a =
            cli(db,
                {QStringLiteral("availability"), QStringLiteral("--from"), date, QStringLiteral("--to"), date,
                 QStringLiteral("--practitioner"), QStringLiteral("dbrown")},
                kNow);
        EXPECT_EQ(a.code, 0) << a.err.toStdString();
        return json(a)
            .value(QStringLiteral("practitioners"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("days"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("slots"))
            .toArray()
            .size();
    };
    EXPECT_EQ(slotsOn(QStringLiteral("2026-12-26")), 0);
    EXPECT_EQ(slotsOn(QStringLiteral("2026-12-19")), 16);

    // A second run brings nothing new.
    const QString counts = caredeskCounts(db);
    const CliRun again = importLegacy({QStringLiteral("--json")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    const QJsonObject second = json(again);
    for (const char *name : {"users", "availability_patterns", "availability_exceptions", "appointments"}) {
        EXPECT_EQ(table(second, name).value(QStringLiteral("imported")).toInt(), 0) << name;
        EXPECT_EQ(table(second, name).value(QStringLiteral("already_imported")).toInt(),
                  table(report, name).value(QStringLiteral("imported")).toInt())
            << name;
    }
    EXPECT_EQ(caredeskCounts(db), counts);
    EXPECT_EQ(oldChecksum(old), before) << "the old database must not change";
}

TEST_P(LegacyImport, DryRunReportsTheSameAndWritesNothing)
{
    const QString empty = caredeskCounts(db);
    const CliRun dry = importLegacy({QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_EQ(caredeskCounts(db), empty);
    QJsonObject dryReport = json(dry);
    EXPECT_TRUE(dryReport.value(QStringLiteral("dry_run")).toBool());

    const CliRun real = importLegacy({QStringLiteral("--json")});
    ASSERT_EQ(real.code, 0) << real.err.toStdString();
    dryReport.insert(QStringLiteral("dry_run"), false);
    EXPECT_EQ(dryReport, json(real));
    EXPECT_NE(caredeskCounts(db), empty);
}

TEST_P(LegacyImport, AReplacedClinicImportsEverythingAgain)
{
    // `import --replace` starts the clinic afresh: what was imported before is gone, and
    // so are its references, so the old system's rows come across again.
    const CliRun first = importLegacy({QStringLiteral("--json")});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    const CliRun replaced =
        cli(db,
            {QStringLiteral("import"), QStringLiteral(CAREDESK_TEST_DATA "/interchange/seed.json"),
             QStringLiteral("--replace")},
            kNow);
    ASSERT_EQ(replaced.code, 0) << replaced.err.toStdString();
    EXPECT_EQ(queryOnce(db.conninfo(), QStringLiteral("SELECT count(*) FROM legacy_import_refs")),
              QStringLiteral("0"));
    const CliRun again = importLegacy({QStringLiteral("--json")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    for (const char *name : {"users", "availability_patterns", "availability_exceptions", "appointments"}) {
        EXPECT_EQ(table(json(again), name).value(QStringLiteral("already_imported")).toInt(), 0) << name;
        EXPECT_EQ(table(json(again), name).value(QStringLiteral("imported")).toInt(),
                  table(json(first), name).value(QStringLiteral("imported")).toInt())
            << name;
    }
}

TEST_P(LegacyImport, TextReportNamesCountsAndSkippedRows)
{
    const CliRun run = importLegacy();
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(
        text.contains(QStringLiteral("availability_exceptions           34        25         7        18"
                                     "         0         9")))
        << run.out.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Conflicts after the import: 2")));
    EXPECT_TRUE(text.contains(QStringLiteral("  appointments 7: status is NULL")));
}

TEST_P(LegacyImport, AFailureHalfWayLeavesCareDeskUnchanged)
{
    const QString empty = caredeskCounts(db);
    ConnectionPool pool(db.target(), PoolConfig{});
    LegacyImportOptions options;
    options.fromConninfo = old.conninfo();
    options.zone = QTimeZone("Australia/Sydney");
    options.today = QDate(2026, 12, 6);
    int steps = 0;
    options.afterStep = [&](Session &s, const QString &step) {
        ++steps;
        if (step == QLatin1String("blocks")) { // practitioners and hours are written by now
            ASSERT_EQ(execOnce(db.conninfo(),
                               QStringLiteral("SELECT pg_terminate_backend(%1)").arg(s.backendPid())),
                      QString());
        }
    };
    auto result =
        pool.runBlocking(Access::Write, [&](Session &s) { return caredesk::importLegacy(s, options); });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Unreachable) << result.error().toString().toStdString();
    EXPECT_EQ(steps, 3);
    EXPECT_EQ(caredeskCounts(db), empty);
    // And it then goes through whole.
    options.afterStep = nullptr;
    auto again =
        pool.runBlocking(Access::Write, [&](Session &s) { return caredesk::importLegacy(s, options); });
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again.value().find(QStringLiteral("appointments"))->imported, 8);
}

TEST_P(LegacyImport, TheOldDatabaseIsOpenedReadOnly)
{
    auto source = LegacySource::open(old.conninfo());
    ASSERT_TRUE(source.ok()) << source.error().toString().toStdString();
    try {
        source.value()->exec(QStringLiteral("DELETE FROM appointments"));
        FAIL() << "a write to the old database went through";
    } catch (const DbException &e) {
        EXPECT_EQ(e.error().sqlState, QStringLiteral("25006"));
    }
    EXPECT_EQ(queryOnce(old.conninfo(), QStringLiteral("SELECT count(*) FROM appointments")),
              QStringLiteral("15"));
}

INSTANTIATE_TEST_SUITE_P(BothOldShapes, LegacyImport,
                         ::testing::Values(LegacyShape::CreateAll, LegacyShape::Altered),
                         [](const ::testing::TestParamInfo<LegacyShape> &shape) {
                             return shape.param == LegacyShape::CreateAll ? "CreateAll" : "Altered";
                         });

struct BadInput
{
    const char *name;
    QString from; ///< "OLD" is replaced by the old database's conninfo, "CAREDESK" by CareDesk's
    QStringList extra;
    const char *message;
};

TEST(LegacyImportInput, BadInputExitsTwoAndWritesNothing)
{
    TestDatabase db;
    TestDatabase old;
    TestDatabase empty;
    ASSERT_TRUE(db.ok() && old.ok() && empty.ok());
    ASSERT_EQ(db.migrate(), QString());
    ASSERT_EQ(old.execAdmin(legacySchemaSql(LegacyShape::Altered)), QString());
    ASSERT_EQ(old.execAdmin(legacySmallClinicSql()), QString());
    ASSERT_EQ(empty.execAdmin(QStringLiteral("CREATE TABLE users (id int)")), QString());
    const QString counts = caredeskCounts(db);
    const std::vector<BadInput> cases{
        {"conninfo libpq cannot parse",
         QStringLiteral("host=/tmp port"),
         {},
         "--from: The database connection string is not valid"},
        {"database that does not exist", QStringLiteral("OLD_missing"), {}, "does not exist"},
        {"not the old schema: CareDesk itself",
         QStringLiteral("CAREDESK"),
         {},
         "is not the old system's database: it has no table \"users\""},
        {"not the old schema: a table lacks columns",
         QStringLiteral("EMPTY"),
         {},
         "table \"users\" has no column \"username\""},
        {"zone that does not exist",
         QStringLiteral("OLD"),
         {QStringLiteral("--zone"), QStringLiteral("Mars/Olympus_Mons")},
         "--zone \"Mars/Olympus_Mons\" is not a time zone"},
    };
    for (const BadInput &c : cases) {
        QString from = c.from;
        if (from == QLatin1String("OLD"))
            from = old.conninfo();
        else if (from == QLatin1String("OLD_missing"))
            from = old.conninfo().replace(old.name(), old.name() + QStringLiteral("_missing"));
        else if (from == QLatin1String("CAREDESK"))
            from = db.conninfo();
        else if (from == QLatin1String("EMPTY"))
            from = empty.conninfo();
        const CliRun run = cli(
            db, QStringList{QStringLiteral("import-legacy"), QStringLiteral("--from"), from} + c.extra, kNow);
        EXPECT_EQ(run.code, 2) << c.name << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(c.message)) << c.name << ": " << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << c.name;
        EXPECT_EQ(caredeskCounts(db), counts) << c.name;
    }
    const CliRun missing = cli(db, {QStringLiteral("import-legacy")}, kNow);
    EXPECT_EQ(missing.code, 2);
    EXPECT_TRUE(missing.err.contains("--from")) << missing.err.toStdString();
}

} // namespace
