// The pool spec as defaults, its settings layers, and how the connect options reach libpq.
#include "engine/clock.h"
#include "engine/connectiontarget.h"
#include "engine/poolconfig.h"
#include "tests/support/printers.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caredesk;
using namespace std::chrono_literals;

namespace {

TEST(PoolConfig, DefaultsAreTheClinicsPoolSpec)
{
    const PoolConfig c;
    EXPECT_EQ(c.poolSize, 10);
    EXPECT_EQ(c.maxOverflow, 20);
    EXPECT_EQ(c.maxConnections(), 30);
    EXPECT_EQ(c.poolTimeout, 30s);
    EXPECT_EQ(c.recycle, 1800s);
    EXPECT_TRUE(c.prePing);
    EXPECT_EQ(c.connectTimeoutSecs, 10);
    EXPECT_EQ(c.statementTimeoutMs, 30000);
    EXPECT_TRUE(c.keepalives);
    EXPECT_EQ(c.keepalivesIdleSecs, 30);
    EXPECT_EQ(c.keepalivesIntervalSecs, 10);
    EXPECT_EQ(c.keepalivesCount, 5);
}

TEST(PoolConfig, SetValidatesEachKey)
{
    const struct
    {
        const char *key;
        const char *value;
        bool accepted;
    } cases[] = {
        {"pool_size", "5", true},         {"pool_size", "0", false},        {"pool_size", "x", false},
        {"max_overflow", "0", true},      {"pool_timeout", "0.5", true},    {"pool_timeout", "-1", false},
        {"pool_recycle", "2", true},      {"pool_pre_ping", "off", true},   {"pool_pre_ping", "maybe", false},
        {"statement_timeout", "0", true}, {"keepalives_count", "0", false}, {"application_name", "", false},
        {"no_such_key", "1", false}};
    for (const auto &c : cases) {
        PoolConfig config;
        const auto err =
            config.set(QString::fromLatin1(c.key), QString::fromLatin1(c.value), QStringLiteral("test"));
        EXPECT_EQ(!err.has_value(), c.accepted) << c.key << "=" << c.value;
        if (err) {
            EXPECT_EQ(err->code, ErrorCode::InvalidInput);
            EXPECT_TRUE(err->message.contains(QStringLiteral("test"))) << "message names its source";
        }
    }
    PoolConfig config;
    ASSERT_FALSE(config.set(QStringLiteral("pool_timeout"), QStringLiteral("0.25"), {}));
    EXPECT_EQ(config.poolTimeout, 250ms);
}

TEST(PoolConfig, LayersFileThenEnvironmentThenOverrides)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("caredesk.conf"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("[pool]\npool_size=4\nmax_overflow=6\npool_timeout=12\n");
    }
    qputenv("CAREDESK_POOL_MAX_OVERFLOW", "7");
    auto loaded = PoolConfig::load(file, {QStringLiteral("pool_timeout=3")});
    qunsetenv("CAREDESK_POOL_MAX_OVERFLOW");
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded.value().poolSize, 4);
    EXPECT_EQ(loaded.value().maxOverflow, 7);
    EXPECT_EQ(loaded.value().poolTimeout, 3s);

    auto bad = PoolConfig::load(file, {QStringLiteral("pool_size")});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidInput);
}

TEST(ConnectionTarget, ParsesKeywordAndUriForms)
{
    auto kw = ConnectionTarget::parse(
        QStringLiteral("host=db.example port=6543 dbname=clinic user=fd password=secret"));
    ASSERT_TRUE(kw.ok());
    EXPECT_EQ(kw.value().host(), QStringLiteral("db.example"));
    EXPECT_EQ(kw.value().port(), 6543);
    EXPECT_EQ(kw.value().databaseName(), QStringLiteral("clinic"));
    EXPECT_FALSE(kw.value().describe().contains(QStringLiteral("secret")));

    auto uri = ConnectionTarget::parse(
        QStringLiteral("postgresql://fd:secret@db.example:6543/clinic?sslmode=require"));
    ASSERT_TRUE(uri.ok());
    EXPECT_EQ(uri.value().userName(), QStringLiteral("fd"));
    EXPECT_EQ(uri.value().port(), 6543);
    EXPECT_TRUE(uri.value().connectOptions(PoolConfig{}).contains(QStringLiteral("sslmode='require'")));

    for (const char *bad : {"hots=x", "postgresql://host:notaport/db", "host='unterminated"}) {
        auto r = ConnectionTarget::parse(QString::fromLatin1(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput) << bad;
    }
}

TEST(ConnectionTarget, AcceptsAPrimaryAndStandbyListInBothForms)
{
    for (const char *text :
         {"host=a.example,b.example port=5432,5433 dbname=clinic target_session_attrs=read-write",
          "postgresql://a.example:5432,b.example:5433/clinic?target_session_attrs=read-write"}) {
        auto t = ConnectionTarget::parse(QString::fromLatin1(text));
        ASSERT_TRUE(t.ok()) << text;
        EXPECT_TRUE(t.value().isMultiHost()) << text;
        EXPECT_EQ(t.value().hosts(), (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")}));
        EXPECT_EQ(t.value().port(), -1) << "a port list goes to libpq as an option";
        const QString opts = t.value().connectOptions(PoolConfig{});
        EXPECT_TRUE(opts.contains(QStringLiteral("port='5432,5433'"))) << opts.toStdString();
        EXPECT_EQ(opts.count(QStringLiteral("target_session_attrs=")), 1) << opts.toStdString();
        EXPECT_EQ(t.value().describe(), QStringLiteral("clinic on a.example:5432, b.example:5433"));
    }
    // Several hosts and no target_session_attrs: only a writable server is used.
    auto implicit = ConnectionTarget::parse(QStringLiteral("host=a,b port=5432 dbname=clinic"));
    ASSERT_TRUE(implicit.ok());
    EXPECT_TRUE(implicit.value()
                    .connectOptions(PoolConfig{})
                    .contains(QStringLiteral("target_session_attrs='read-write'")));
    EXPECT_EQ(implicit.value().port(), 5432);
    // One server: nothing added.
    auto single = ConnectionTarget::parse(QStringLiteral("host=a port=5432 dbname=clinic"));
    ASSERT_TRUE(single.ok());
    EXPECT_FALSE(
        single.value().connectOptions(PoolConfig{}).contains(QStringLiteral("target_session_attrs")));

    struct Bad
    {
        const char *conninfo;
        const char *names;
    };
    for (const Bad &b :
         {Bad{"host=a,b,c port=5432,5433", "3 hosts"}, Bad{"host=a,b port=5432,x", "\"x\""},
          Bad{"host=a,,b port=5432", "empty entry"}, Bad{"postgresql://a:5432,b:99999/clinic", "99999"}}) {
        auto r = ConnectionTarget::parse(QString::fromLatin1(b.conninfo));
        ASSERT_FALSE(r.ok()) << b.conninfo;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput) << b.conninfo;
        EXPECT_TRUE(r.error().message.contains(QString::fromLatin1(b.names)))
            << b.conninfo << ": " << r.error().message.toStdString();
    }
}

TEST(ConnectionTarget, PassesTheSpecsConnectOptionsToLibpq)
{
    auto target = ConnectionTarget::parse(QStringLiteral("host=localhost dbname=clinic"));
    ASSERT_TRUE(target.ok());
    const QString opts = target.value().connectOptions(PoolConfig{});
    for (const char *expected :
         {"connect_timeout='10'", "options='-c statement_timeout=30000'", "keepalives='1'",
          "keepalives_idle='30'", "keepalives_interval='10'", "keepalives_count='5'",
          "application_name='caredesk'", "tcp_user_timeout='80000'"}) {
        EXPECT_TRUE(opts.contains(QString::fromLatin1(expected))) << expected << " in " << opts.toStdString();
    }
    EXPECT_FALSE(opts.contains(QLatin1Char(';'))) << "QPSQL turns ';' into spaces";

    auto withOptions =
        ConnectionTarget::parse(QStringLiteral("host=x options='-c search_path=clinic' connect_timeout=3"));
    ASSERT_TRUE(withOptions.ok());
    const QString merged = withOptions.value().connectOptions(PoolConfig{});
    EXPECT_TRUE(
        merged.contains(QStringLiteral("options='-c search_path=clinic -c statement_timeout=30000'")));
    EXPECT_TRUE(merged.contains(QStringLiteral("connect_timeout='3'")));
    EXPECT_FALSE(merged.contains(QStringLiteral("connect_timeout='10'")));
}

TEST(Clock, ParsesNowWithAndWithoutOffset)
{
    const QDateTime withOffset = parseNow(QStringLiteral("2025-12-22T09:00:00+11:00"), "Australia/Sydney");
    EXPECT_EQ(withOffset, QDateTime(QDate(2025, 12, 21), QTime(22, 0), QTimeZone::utc()));
    const QDateTime wall = parseNow(QStringLiteral("2025-12-22T09:00"), "Australia/Sydney");
    EXPECT_EQ(wall, withOffset) << "no offset: clinic wall-clock time";
    const QDateTime zulu = parseNow(QStringLiteral("2025-12-21T22:00:00Z"), "Australia/Sydney");
    EXPECT_EQ(zulu, withOffset);
    EXPECT_FALSE(parseNow(QStringLiteral("tomorrow"), "Australia/Sydney").isValid());
    EXPECT_EQ(makeClock(QStringLiteral("garbage"), "Australia/Sydney"), nullptr);

    FixedClock clock(withOffset);
    clock.advanceSecs(90);
    EXPECT_EQ(clock.now(), withOffset.addSecs(90));
}

} // namespace
