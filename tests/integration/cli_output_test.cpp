// What `availability` prints is a contract with the scripts clinics write around it: the
// streamed writer must print, byte for byte, what the QJsonDocument it replaced printed on
// the demo clinic (files under tests/data/cli were written by that earlier build), and
// --timings must add phase lines to standard error without touching standard output.
#include "tests/support/clirun.h"
#include "tests/support/printers.h"
#include "tests/support/testdatabase.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace caredesk::test;

namespace {

const QString kNow = QStringLiteral("2026-12-21T09:00");

QByteArray golden(const char *name)
{
    QFile file(QStringLiteral(CAREDESK_TEST_DATA "/cli/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct OutputCase
{
    const char *name;
    const char *file;
    QStringList args;
};

void PrintTo(const OutputCase &c, std::ostream *os)
{
    *os << c.name;
}

class CliOutput : public ::testing::TestWithParam<OutputCase>
{
protected:
    static void SetUpTestSuite()
    {
        s_db = new TestDatabase;
        ASSERT_TRUE(s_db->ok()) << s_db->error().toStdString();
        ASSERT_EQ(s_db->migrate(), QString());
        const CliRun demo = cli(*s_db, {QStringLiteral("demo")}, kNow);
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        s_db = nullptr;
    }
    static TestDatabase *s_db;
};

TestDatabase *CliOutput::s_db = nullptr;

TEST_P(CliOutput, IsByteForByteWhatTheTreeWriterPrinted)
{
    ASSERT_NE(s_db, nullptr);
    const QByteArray expected = golden(GetParam().file);
    ASSERT_FALSE(expected.isEmpty()) << GetParam().file;

    const CliRun run = cli(*s_db, GetParam().args, kNow);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.size(), expected.size());
    EXPECT_TRUE(run.out == expected) << "first difference at byte " << [&] {
        qsizetype i = 0;
        while (i < run.out.size() && i < expected.size() && run.out[i] == expected[i])
            ++i;
        return i;
    }();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST_P(CliOutput, TimingsGoToStandardErrorOnly)
{
    ASSERT_NE(s_db, nullptr);
    const CliRun run = cli(*s_db, GetParam().args + QStringList{QStringLiteral("--timings")}, kNow);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out == golden(GetParam().file));
    for (const char *phase : {"qcoreapplication", "connect", "schema-check-and-clinic-settings", "queries",
                              "rules", "json-written", "closing-connections", "total-in-main"}) {
        EXPECT_TRUE(run.err.contains(QByteArray("caredesk-cli: timing ") + phase + ' '))
            << phase << " missing from:\n"
            << run.err.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Demo, CliOutput,
    ::testing::Values(
        OutputCase{"ChristmasAndNewYear",
                   "availability-christmas.json",
                   {QStringLiteral("availability"), QStringLiteral("--from"), QStringLiteral("2026-12-21"),
                    QStringLiteral("--to"), QStringLiteral("2027-01-10")}},
        OutputCase{"DaylightSavingEndsIn45MinuteSlots",
                   "availability-dst-end-45min.json",
                   {QStringLiteral("availability"), QStringLiteral("--from"), QStringLiteral("2027-04-01"),
                    QStringLiteral("--to"), QStringLiteral("2027-04-06"), QStringLiteral("--minutes"),
                    QStringLiteral("45"), QStringLiteral("--step"), QStringLiteral("15")}}),
    [](const ::testing::TestParamInfo<OutputCase> &param) { return std::string(param.param.name); });

} // namespace
