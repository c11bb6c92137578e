// caredesk-cli print against real PostgreSQL: the PDF's text (poppler's pdftotext),
// page count and page breaks on a busy day, closures and blocks on the sheet, and bad
// arguments that write nothing.
#include "tests/support/clirun.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace caredesk::test;

namespace {

/// Runs a poppler tool; FAILs the test when it is missing (scripts/test installs it).
QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << tool.toStdString() << " is missing (Debian package poppler-utils)";
        return {};
    }
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
            .match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString pageText(const QString &pdf, int page)
{
    return poppler(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
}

class Print : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(cli(db, {QStringLiteral("migrate")}, kNow).code, 0);
    }

    const QString kNow = QStringLiteral("2026-11-27T08:00");
    TestDatabase db;
    QTemporaryDir dir;
};

TEST_F(Print, ABusyDaySheetSplitsCleanlyAcrossPages)
{
    ASSERT_EQ(cli(db,
                  {QStringLiteral("demo"), QStringLiteral("--practitioners"), QStringLiteral("24"),
                   QStringLiteral("--days"), QStringLiteral("14")},
                  kNow)
                  .code,
              0);
    const QString clinic = QJsonDocument::fromJson(cli(db, {QStringLiteral("status")}, kNow).out)
                               .object()[QStringLiteral("clinic")]
                               .toString();
    const QString pdf = dir.filePath(QStringLiteral("day.pdf"));
    const CliRun r = cli(db,
                         {QStringLiteral("print"), QStringLiteral("day"), QStringLiteral("--date"),
                          QStringLiteral("2026-12-01"), QStringLiteral("--pdf"), pdf},
                         kNow);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(out[QStringLiteral("practitioners")].toInt(), 24);
    const int appointments = out[QStringLiteral("appointments")].toInt();
    ASSERT_GT(appointments, 40) << "the demo's Tuesday should be busy enough for several pages";

    const int pages = pageCount(pdf);
    ASSERT_GE(pages, 2);
    const QRegularExpression row(QStringLiteral("^\\s*\\d\\d:\\d\\d–\\d\\d:\\d\\d\\s+\\S"),
                                 QRegularExpression::MultilineOption);
    int rows = 0;
    for (int p = 1; p <= pages; ++p) {
        const QString text = pageText(pdf, p);
        EXPECT_TRUE(text.contains(clinic)) << "page " << p;
        EXPECT_TRUE(text.contains(QStringLiteral("Day sheet — Tuesday 1 December 2026"))) << "page " << p;
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages))) << "page " << p;
        rows += int(text.count(row));
        if (p > 1) {
            // A page starts with a practitioner's heading: a new one or the one going on.
            const QString afterTitle = text.section(QStringLiteral("December 2026"), 1).trimmed();
            EXPECT_TRUE(afterTitle.contains(QStringLiteral("(continued)")) ||
                        afterTitle.left(200).contains(QStringLiteral("Hours ")) ||
                        afterTitle.left(200).contains(QStringLiteral("Not working")))
                << "page " << p << " starts with:\n"
                << afterTitle.left(200).toStdString();
        }
    }
    EXPECT_EQ(rows, appointments) << "every appointment printed once, none split or lost at a page break";
}

TEST_F(Print, TheSheetShowsClosuresBlocksAndOverrides)
{
    ASSERT_EQ(
        cli(db, {QStringLiteral("import"), QStringLiteral(CAREDESK_TEST_DATA "/interchange/seed.json")}, kNow)
            .code,
        0);
    const QString early = dir.filePath(QStringLiteral("early.pdf"));
    ASSERT_EQ(cli(db,
                  {QStringLiteral("print"), QStringLiteral("day"), QStringLiteral("--date"),
                   QStringLiteral("2025-12-23"), QStringLiteral("--pdf"), early},
                  kNow)
                  .code,
              0);
    const QString text = pageText(early, 1);
    EXPECT_TRUE(text.contains(QStringLiteral("Clinic closed 13:00 – 24:00: Early close")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("David Brown"))) << text.toStdString();

    const QString christmas = dir.filePath(QStringLiteral("override.pdf"));
    const CliRun r =
        cli(db,
            {QStringLiteral("print"), QStringLiteral("day"), QStringLiteral("--date"),
             QStringLiteral("2025-12-29"), QStringLiteral("--practitioner"), QStringLiteral("dbrown"),
             QStringLiteral("--practitioner"), QStringLiteral("iwizz"), QStringLiteral("--pdf"), christmas},
            kNow);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString sheet = pageText(christmas, 1);
    EXPECT_TRUE(sheet.contains(QStringLiteral("Clinic closed All day: Christmas closure")))
        << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("Working (override) 10:00 – 14:00"))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("Vacation All day: Leave"))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("Hours 10:00–14:00"))) << sheet.toStdString();

    const QString roster = dir.filePath(QStringLiteral("roster.pdf"));
    ASSERT_EQ(cli(db,
                  {QStringLiteral("print"), QStringLiteral("week"), QStringLiteral("--date"),
                   QStringLiteral("2025-12-24"), QStringLiteral("--pdf"), roster},
                  kNow)
                  .code,
              0);
    const QString week = pageText(roster, 1);
    EXPECT_TRUE(week.contains(QStringLiteral("Week roster — 22 December to 28 December 2025")))
        << week.toStdString();
    EXPECT_TRUE(week.contains(QStringLiteral("Closed"))) << week.toStdString();
    EXPECT_TRUE(week.contains(QStringLiteral("2 booked"))) << week.toStdString();
}

TEST_F(Print, BadArgumentsWriteNothing)
{
    const QString missingDir = dir.filePath(QStringLiteral("nowhere/day.pdf"));
    CliRun r = cli(db,
                   {QStringLiteral("print"), QStringLiteral("day"), QStringLiteral("--date"),
                    QStringLiteral("2026-12-01"), QStringLiteral("--pdf"), missingDir},
                   kNow);
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains("does not exist")) << r.err.toStdString();
    r = cli(db,
            {QStringLiteral("print"), QStringLiteral("day"), QStringLiteral("--date"),
             QStringLiteral("2026-13-01"), QStringLiteral("--pdf"), dir.filePath(QStringLiteral("x.pdf"))},
            kNow);
    EXPECT_EQ(r.code, 2);
    r = cli(db,
            {QStringLiteral("print"), QStringLiteral("day"), QStringLiteral("--date"),
             QStringLiteral("2026-12-01"), QStringLiteral("--practitioner"), QStringLiteral("nobody"),
             QStringLiteral("--pdf"), dir.filePath(QStringLiteral("y.pdf"))},
            kNow);
    EXPECT_EQ(r.code, 2) << r.err.toStdString();
    r = cli(db,
            {QStringLiteral("print"), QStringLiteral("month"), QStringLiteral("--date"),
             QStringLiteral("2026-12-01"), QStringLiteral("--pdf"), dir.filePath(QStringLiteral("z.pdf"))},
            kNow);
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty()) << "no file, not even a partial one";
}

} // namespace
