// Fetching holiday feeds over HTTP from a local server: good feeds, redirects, HTTP
// errors, a stalled body and huge bodies each end with the feed or a clear message.
#include "engine/feeds.h"
#include "tests/support/fixtures.h"
#include "tests/support/httpserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caredesk;
using namespace caredesk::test;
using namespace std::chrono_literals;

namespace {

class FeedFetch : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.isListening()) << server.errorString().toStdString();
        options.timeout = 3s;
        options.stallTimeout = 700ms;
        options.maxBytes = 256 * 1024;
        using B = LocalHttpServer::Behaviour;
        server.route("/public/basic.ics", {B::Serve, icsFixture("public_holidays_feed.ics")});
        server.route("/moved.ics", {B::Redirect, "/public/basic.ics"});
        server.route("/loop.ics", {B::Redirect, "/loop.ics"});
        server.route("/missing.ics", {B::Status, "gone\n", 404});
        server.route("/broken.ics", {B::Status, "oops\n", 500});
        server.route("/stall.ics", {B::Stall, icsFixture("public_holidays_feed.ics")});
        server.route("/endless.ics", {B::Endless, {}});
        server.route("/declared-huge.ics", {B::DeclaredHuge, {}});
        server.route("/login.html", {B::Serve, "<!DOCTYPE html><html>Sign in</html>", 200, "text/html"});
    }

    Result<QByteArray> fetch(const QByteArray &path)
    {
        QCoro::Task<Result<QByteArray>> task = fetchCalendar(nam, QUrl(server.url(path)), options);
        return QCoro::waitFor(task);
    }

    LocalHttpServer server;
    QNetworkAccessManager nam;
    FetchOptions options;
};

TEST_F(FeedFetch, AGoodFeedArrivesWhole)
{
    const auto body = fetch("/public/basic.ics");
    ASSERT_TRUE(body.ok()) << body.error().message.toStdString();
    EXPECT_EQ(body.value(), icsFixture("public_holidays_feed.ics"));
}

TEST_F(FeedFetch, ARedirectIsFollowed)
{
    const auto body = fetch("/moved.ics");
    ASSERT_TRUE(body.ok()) << body.error().message.toStdString();
    EXPECT_EQ(body.value(), icsFixture("public_holidays_feed.ics"));
    EXPECT_EQ(server.hits("/public/basic.ics"), 1);
}

struct FailCase
{
    const char *name;
    const char *path;
    ErrorCode code;
    const char *message; ///< after the address
};

class FeedFetchFails : public FeedFetch, public ::testing::WithParamInterface<FailCase>
{};

TEST_P(FeedFetchFails, WithAClearMessage)
{
    const FailCase &c = GetParam();
    const auto body = fetch(c.path);
    ASSERT_FALSE(body.ok());
    EXPECT_EQ(body.error().code, c.code) << body.error().message.toStdString();
    EXPECT_TRUE(body.error().message.contains(server.url(c.path)) ||
                body.error().message.contains(QStringLiteral("127.0.0.1")))
        << body.error().message.toStdString();
    EXPECT_TRUE(body.error().message.contains(QString::fromUtf8(c.message)))
        << body.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Server, FeedFetchFails,
    ::testing::Values(
        FailCase{"RedirectLoop", "/loop.ics", ErrorCode::InvalidInput, "redirects more than 5 times"},
        FailCase{"NotFound", "/missing.ics", ErrorCode::InvalidInput,
                 "answered 404 Not Found: there is no calendar at this address"},
        FailCase{"ServerError", "/broken.ics", ErrorCode::Unreachable,
                 "answered 500 Internal Server Error: the server failed"},
        FailCase{"StalledBody", "/stall.ics", ErrorCode::Unreachable, "stopped sending for 0.7 s"},
        FailCase{"EndlessBody", "/endless.ics", ErrorCode::InvalidInput, "sends more than 256 KB"},
        FailCase{"DeclaredHugeBody", "/declared-huge.ics", ErrorCode::InvalidInput,
                 "sends more than 256 KB"}),
    [](const ::testing::TestParamInfo<FailCase> &row) { return std::string(row.param.name); });

TEST_F(FeedFetch, AnOverallTimeoutEndsASlowFeed)
{
    options.timeout = 500ms;
    options.stallTimeout = 10s;
    const auto body = fetch("/stall.ics");
    ASSERT_FALSE(body.ok());
    EXPECT_EQ(body.error().code, ErrorCode::Unreachable);
    EXPECT_TRUE(body.error().message.endsWith(QStringLiteral("did not answer within 0.5 s")))
        << body.error().message.toStdString();
}

TEST_F(FeedFetch, NobodyListeningIsUnreachable)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QCoro::Task<Result<QByteArray>> task =
        fetchCalendar(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/x.ics").arg(port)), options);
    const auto body = QCoro::waitFor(task);
    ASSERT_FALSE(body.ok());
    EXPECT_EQ(body.error().code, ErrorCode::Unreachable);
    EXPECT_TRUE(body.error().message.startsWith(QStringLiteral("Could not fetch http://127.0.0.1:")))
        << body.error().message.toStdString();
}

struct SourceCase
{
    const char *text;
    bool ok;
    const char *expect; ///< the URL, the path, or the start of the error
};

class CalendarSources : public ::testing::TestWithParam<SourceCase>
{};

TEST_P(CalendarSources, AreReadOrRefused)
{
    const SourceCase &c = GetParam();
    const auto s = parseCalendarSource(QString::fromUtf8(c.text));
    ASSERT_EQ(s.ok(), c.ok) << c.text;
    if (c.ok)
        EXPECT_EQ(s.value().display(), QString::fromUtf8(c.expect));
    else
        EXPECT_TRUE(s.error().message.startsWith(QString::fromUtf8(c.expect)))
            << s.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Text, CalendarSources,
    ::testing::Values(
        SourceCase{"https://calendar.example.org/ical/en.australian%23holiday/public/basic.ics", true,
                   "https://calendar.example.org/ical/en.australian%23holiday/public/basic.ics"},
        SourceCase{"  webcal://holidays.example.org/au.ics ", true, "https://holidays.example.org/au.ics"},
        SourceCase{"/home/manager/holidays.ics", true, "/home/manager/holidays.ics"},
        SourceCase{"file:///tmp/h.ics", true, "/tmp/h.ics"}, SourceCase{"", false, "Give a calendar file"},
        SourceCase{"ftp://example.org/h.ics", false, "\"ftp://example.org/h.ics\": CareDesk reads calendars"},
        SourceCase{"https:///nohost.ics", false, "\"https:///nohost.ics\" has no host name"}));

TEST(CalendarFile, TooLargeOrMissingFilesAreRefusedByName)
{
    const auto missing = readCalendarFile(QStringLiteral("/nonexistent/holidays.ics"), 1024);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, QStringLiteral("/nonexistent/holidays.ics: no such file"));
    const QString feed = QStringLiteral(CAREDESK_TEST_DATA "/ics/public_holidays_feed.ics");
    const auto big = readCalendarFile(feed, 1024);
    ASSERT_FALSE(big.ok());
    EXPECT_TRUE(big.error().message.startsWith(feed + QStringLiteral(" is ")))
        << big.error().message.toStdString();
    EXPECT_TRUE(big.error().message.endsWith(QStringLiteral("CareDesk reads calendars of up to 1 KB")));
    const auto dir = readCalendarFile(QStringLiteral(CAREDESK_TEST_DATA), 1024);
    ASSERT_FALSE(dir.ok());
    EXPECT_TRUE(dir.error().message.endsWith(QStringLiteral(": not a file")));
}

} // namespace

namespace {

TEST(FeedCheck, IsDueADayAfterTheLastCheck)
{
    const QDateTime now(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
    HolidayFeed feed;
    EXPECT_TRUE(feedCheckDue(feed, now)) << "never checked";
    feed.lastChecked = now.addSecs(-23 * 3600);
    EXPECT_FALSE(feedCheckDue(feed, now));
    feed.lastChecked = now.addSecs(-24 * 3600);
    EXPECT_TRUE(feedCheckDue(feed, now));
}

} // namespace
