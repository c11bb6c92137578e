// The clinic interchange format through caredesk-cli: import -> export -> import is
// exact, and every broken file is refused with exit code 2, its message, and no change.
#include "tests/support/clirun.h"
#include "tests/support/printers.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace caredesk::test;

namespace {

CliRun cli(const TestDatabase &db, const QStringList &args)
{
    return caredesk::test::cli(db, args, QStringLiteral("2025-12-01T08:00"));
}

const QString kSeed = QStringLiteral(CAREDESK_TEST_DATA "/interchange/seed.json");

TEST(Interchange, ImportExportImportIsExact)
{
    TestDatabase a;
    TestDatabase b;
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a.migrate(), QString());
    ASSERT_EQ(b.migrate(), QString());
    CliRun imported = cli(a, {QStringLiteral("import"), kSeed});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    CliRun first = cli(a, {QStringLiteral("export")});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();

    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write(first.out);
    file.flush();
    ASSERT_EQ(cli(b, {QStringLiteral("import"), file.fileName()}).code, 0);
    CliRun second = cli(b, {QStringLiteral("export")});
    ASSERT_EQ(second.code, 0);
    EXPECT_EQ(first.out, second.out);

    const QJsonObject doc = QJsonDocument::fromJson(first.out).object();
    EXPECT_EQ(doc.value(QStringLiteral("appointments")).toArray().size(), 3);
    EXPECT_EQ(doc.value(QStringLiteral("appointments"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("start"))
                  .toString(),
              QStringLiteral("2025-12-22T08:00:00+11:00"));
    EXPECT_EQ(doc.value(QStringLiteral("closures")).toArray().size(), 2);

    CliRun again = cli(b, {QStringLiteral("import"), file.fileName()});
    EXPECT_EQ(again.code, 2) << "a database that holds a clinic needs --replace";
    EXPECT_TRUE(again.err.contains("--replace"));
    EXPECT_EQ(cli(b, {QStringLiteral("import"), file.fileName(), QStringLiteral("--replace")}).code, 0);
    EXPECT_EQ(cli(b, {QStringLiteral("export")}).out, first.out);
}

TEST(Interchange, ARepeatedDstHourSurvivesTheRoundTrip)
{
    TestDatabase db;
    ASSERT_TRUE(db.ok());
    ASSERT_EQ(db.migrate(), QString());
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write(R"({"format": "caredesk-clinic/1", "clinic": {"name": "C", "timezone": "Australia/Sydney"},
      "practitioners": [{"key": "dbrown", "name": "David Brown"}],
      "appointments": [{"practitioner": "dbrown", "start": "2026-04-05T02:30:00+11:00", "minutes": 30, "patient": "First"},
                       {"practitioner": "dbrown", "start": "2026-04-05T02:30:00+10:00", "minutes": 30, "patient": "Second"}]})");
    file.flush();
    ASSERT_EQ(cli(db, {QStringLiteral("import"), file.fileName()}).code, 0);
    const QJsonArray out = QJsonDocument::fromJson(cli(db, {QStringLiteral("export")}).out)
                               .object()
                               .value(QStringLiteral("appointments"))
                               .toArray();
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out[0].toObject().value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-04-05T02:30:00+11:00"));
    EXPECT_EQ(out[1].toObject().value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-04-05T02:30:00+10:00"));
}

TEST(Interchange, BrokenFilesAreRefusedAndChangeNothing)
{
    TestDatabase db;
    ASSERT_TRUE(db.ok());
    ASSERT_EQ(db.migrate(), QString());
    ASSERT_EQ(cli(db, {QStringLiteral("import"), kSeed}).code, 0);
    const QByteArray before = cli(db, {QStringLiteral("export")}).out;
    ASSERT_FALSE(before.isEmpty());

    const QDir dir(QStringLiteral(CAREDESK_TEST_DATA "/interchange/broken"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 10);
    for (const QString &name : files) {
        QFile expect(dir.filePath(QString(name).replace(QStringLiteral(".json"), QStringLiteral(".expect"))));
        ASSERT_TRUE(expect.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray expected = expect.readAll().trimmed();
        CliRun r = cli(db, {QStringLiteral("import"), dir.filePath(name), QStringLiteral("--replace")});
        EXPECT_EQ(r.code, 2) << name.toStdString();
        EXPECT_TRUE(r.err.contains(expected))
            << name.toStdString() << "\n  expected: " << expected.toStdString()
            << "\n  got: " << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << name.toStdString();
    }
    EXPECT_EQ(cli(db, {QStringLiteral("export")}).out, before) << "no broken file changed anything";

    CliRun missing = cli(db, {QStringLiteral("import"), QStringLiteral("/nonexistent/clinic.json")});
    EXPECT_EQ(missing.code, 2);
    EXPECT_TRUE(missing.err.contains("/nonexistent/clinic.json"));
}

TEST(Interchange, AvailabilityJsonShowsTheSeedCase)
{
    TestDatabase db;
    ASSERT_TRUE(db.ok());
    ASSERT_EQ(db.migrate(), QString());
    ASSERT_EQ(cli(db, {QStringLiteral("import"), kSeed}).code, 0);
    CliRun r =
        cli(db, {QStringLiteral("availability"), QStringLiteral("--from"), QStringLiteral("2025-12-22"),
                 QStringLiteral("--to"), QStringLiteral("2025-12-28"), QStringLiteral("--practitioner"),
                 QStringLiteral("dbrown"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(doc.value(QStringLiteral("timezone")).toString(), QStringLiteral("Australia/Sydney"));
    EXPECT_EQ(doc.value(QStringLiteral("minutes")).toInt(), 30);
    const QJsonArray days = doc.value(QStringLiteral("practitioners"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("days"))
                                .toArray();
    ASSERT_EQ(days.size(), 7) << "every date in the range";
    const QJsonObject mon = days[0].toObject();
    EXPECT_EQ(mon.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_EQ(mon.value(QStringLiteral("slots")).toArray().first().toString(),
              QStringLiteral("2025-12-22T09:30:00+11:00"))
        << "09:00 is booked";
    EXPECT_FALSE(mon.contains(QStringLiteral("blocked_by")));
    const QJsonObject boxing = days[4].toObject();
    EXPECT_EQ(boxing.value(QStringLiteral("date")).toString(), QStringLiteral("2025-12-26"));
    EXPECT_EQ(boxing.value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
    EXPECT_EQ(boxing.value(QStringLiteral("blocked_by")).toArray(),
              QJsonArray{QStringLiteral("Christmas closure")});
    EXPECT_TRUE(boxing.value(QStringLiteral("slots")).toArray().isEmpty());
    EXPECT_EQ(days[1].toObject().value(QStringLiteral("slots")).toArray().size(), 7)
        << "the early close removes the afternoon";

    CliRun bad =
        cli(db, {QStringLiteral("availability"), QStringLiteral("--from"), QStringLiteral("2025-12-28"),
                 QStringLiteral("--to"), QStringLiteral("2025-12-22")});
    EXPECT_EQ(bad.code, 2);
    CliRun unknown =
        cli(db, {QStringLiteral("availability"), QStringLiteral("--from"), QStringLiteral("2025-12-22"),
                 QStringLiteral("--to"), QStringLiteral("2025-12-22"), QStringLiteral("--practitioner"),
                 QStringLiteral("ghost")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains("ghost"));
}

TEST(Interchange, BookingThroughTheCliUsesTheExitCodeTable)
{
    TestDatabase db;
    ASSERT_TRUE(db.ok());
    ASSERT_EQ(db.migrate(), QString());
    ASSERT_EQ(cli(db, {QStringLiteral("import"), kSeed}).code, 0);
    const QStringList base{QStringLiteral("book"),    QStringLiteral("--practitioner"),
                           QStringLiteral("dbrown"),  QStringLiteral("--patient"),
                           QStringLiteral("Ann Lee"), QStringLiteral("--minutes"),
                           QStringLiteral("30"),      QStringLiteral("--start")};
    CliRun ok = cli(db, base + QStringList{QStringLiteral("2025-12-22T15:00"), QStringLiteral("--request-id"),
                                           QStringLiteral("0d3c6a34-6a0e-4d55-9c5e-2f7b3f1e9a10")});
    ASSERT_EQ(ok.code, 0) << ok.err.toStdString();
    const QJsonObject made = QJsonDocument::fromJson(ok.out).object();
    for (const char *key : {"id", "practitioner", "start", "end", "status", "version", "request_id"})
        EXPECT_TRUE(made.contains(QLatin1String(key))) << key;
    EXPECT_EQ(made.value(QStringLiteral("start")).toString(), QStringLiteral("2025-12-22T15:00:00+11:00"));
    CliRun same =
        cli(db, base + QStringList{QStringLiteral("2025-12-22T15:00"), QStringLiteral("--request-id"),
                                   QStringLiteral("0d3c6a34-6a0e-4d55-9c5e-2f7b3f1e9a10")});
    EXPECT_EQ(same.code, 0);
    EXPECT_EQ(QJsonDocument::fromJson(same.out).object().value(QStringLiteral("id")),
              made.value(QStringLiteral("id")));
    EXPECT_EQ(cli(db, base + QStringList{QStringLiteral("2025-12-22T15:00")}).code, 3);
    EXPECT_EQ(cli(db, base + QStringList{QStringLiteral("2025-12-26T10:00")}).code, 4);
    EXPECT_EQ(cli(db, base + QStringList{QStringLiteral("yesterday")}).code, 2);
    const QString id = QString::number(made.value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(
        cli(db, {QStringLiteral("cancel"), id, QStringLiteral("--expect-version"), QStringLiteral("5")}).code,
        7);
    CliRun cancelled =
        cli(db, {QStringLiteral("cancel"), id, QStringLiteral("--expect-version"), QStringLiteral("1")});
    EXPECT_EQ(cancelled.code, 0);
    EXPECT_EQ(QJsonDocument::fromJson(cancelled.out).object().value(QStringLiteral("status")).toString(),
              QStringLiteral("cancelled"));
}

} // namespace
