#include "cli.h"

#include "engine/clock.h"
#include "engine/connectiontarget.h"
#include "engine/demo.h"
#include "engine/pool.h"
#include "engine/schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <map>

namespace caredesk::cli {

namespace {

const char *const kExitCodes = R"(Exit codes (every command):
  0  done
  1  unexpected internal error
  2  invalid input (arguments, files, connection string)
  3  slot just taken
  4  not allowed by the availability rules
  5  permission denied (refused password, missing privilege)
  6  database unreachable (server down, network, pool timeout)
  7  stale version
  8  database schema newer than this CareDesk, or not migrated)";

const char *const kCommands = R"(Commands:
  migrate                 create or upgrade the schema (run by the database owner)
  demo                    load the demo clinic [--practitioners N] [--days D] [--seed S] [--replace]
  status                  show the database, schema version and clinic)";

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

int fail(const Error &error)
{
    std::fprintf(stderr, "caredesk-cli: %s\n", qPrintable(error.toString()));
    return exitCodeFor(error.code);
}

int failInput(const QString &message)
{
    return fail(makeError(ErrorCode::InvalidInput, message));
}

/// Reads a whole number option within bounds, or says which option was wrong.
std::optional<Error> intOption(const QCommandLineParser &parser, const QString &name, int min, int max,
                               int &out)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--%1 %2: expected a whole number from %3 to %4")
                             .arg(name, parser.value(name))
                             .arg(min)
                             .arg(max));
    }
    out = v;
    return std::nullopt;
}

struct Context
{
    QCommandLineParser &parser;
    ConnectionPool &pool;
    QString nowText;

    /// "Now" from --now (wall-clock text is read in the clinic's zone) or the system clock.
    Result<QDateTime> now(const QByteArray &zone) const
    {
        auto clock = makeClock(nowText, zone);
        if (!clock)
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("--now %1: expected an ISO 8601 date and time, e.g. 2025-12-22T09:00 or "
                               "2025-12-22T09:00:00+11:00")
                    .arg(nowText));
        return clock->now();
    }
};

int cmdMigrate(Context &ctx)
{
    auto result = ctx.pool.runBlocking(
        Access::Write, [](Session &s) { return migrate(s); }, QStringLiteral("migrate"));
    if (!result)
        return fail(result.error());
    QJsonArray applied;
    for (const QString &name : result.value().applied)
        applied.append(name);
    printJson({{QStringLiteral("from_version"), result.value().fromVersion},
               {QStringLiteral("to_version"), result.value().toVersion},
               {QStringLiteral("applied"), applied}});
    return 0;
}

int cmdDemo(Context &ctx)
{
    DemoOptions options;
    int seed = int(options.seed);
    for (const auto &err :
         {intOption(ctx.parser, QStringLiteral("practitioners"), 1, 500, options.practitioners),
          intOption(ctx.parser, QStringLiteral("days"), 1, 730, options.days),
          intOption(ctx.parser, QStringLiteral("seed"), 0, 2'000'000'000, seed)}) {
        if (err)
            return fail(*err);
    }
    options.seed = quint32(seed);
    options.replace = ctx.parser.isSet(QStringLiteral("replace"));
    const QByteArray zone("Australia/Sydney"); // the demo clinic's zone
    const auto now = ctx.now(zone);
    if (!now)
        return fail(now.error());
    const QDate today = now.value().toTimeZone(QTimeZone(zone)).date();
    auto result = ctx.pool.runBlocking(
        Access::Write,
        [today, options](Session &s) {
            requireCurrentSchema(s);
            return loadDemo(s, today, options);
        },
        QStringLiteral("demo"));
    if (!result)
        return fail(result.error());
    const DemoReport &r = result.value();
    printJson({{QStringLiteral("today"), today.toString(Qt::ISODate)},
               {QStringLiteral("practitioners"), r.practitioners},
               {QStringLiteral("working_intervals"), r.workingIntervals},
               {QStringLiteral("exceptions"), r.exceptions},
               {QStringLiteral("appointments"), r.appointments},
               {QStringLiteral("christmas_closure"),
                QJsonObject{{QStringLiteral("start_date"), r.christmasStart.toString(Qt::ISODate)},
                            {QStringLiteral("end_date"), r.christmasEnd.toString(Qt::ISODate)}}}});
    return 0;
}

int cmdStatus(Context &ctx)
{
    auto result = ctx.pool.runBlocking(
        Access::Read, [](Session &s) { return readDatabaseInfo(s); }, QStringLiteral("status"));
    if (!result)
        return fail(result.error());
    const DatabaseInfo &i = result.value();
    printJson({{QStringLiteral("database"), i.databaseName},
               {QStringLiteral("server_version"), i.serverVersion},
               {QStringLiteral("user"), i.sessionUser},
               {QStringLiteral("schema_version"), i.schemaVersion},
               {QStringLiteral("clinic"), i.clinicName},
               {QStringLiteral("timezone"), i.timeZone},
               {QStringLiteral("slot_step_minutes"), i.slotStepMinutes},
               {QStringLiteral("practitioners"), i.practitioners}});
    return 0;
}

} // namespace

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caredesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CareDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CareDesk engine commands for scripting, operations and tests.\n\n") +
        QString::fromUtf8(kCommands) + QStringLiteral("\n\n") + QString::fromUtf8(kExitCodes));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QStringLiteral("libpq conninfo or URI (default: CAREDESK_DB, then libpq's PG* environment)."),
         QStringLiteral("conninfo")},
        {QStringLiteral("now"),
         QStringLiteral("Pin the current time (ISO 8601; without an offset: clinic wall-clock time)."),
         QStringLiteral("iso8601")},
        {QStringLiteral("pool"), QStringLiteral("Override a pool setting, e.g. pool_size=5 (repeatable)."),
         QStringLiteral("key=value")},
        {QStringLiteral("config"),
         QStringLiteral("Settings file with a [pool] section (default: ~/.config/caredesk/caredesk.conf)."),
         QStringLiteral("file")},
        {QStringLiteral("json"),
         QStringLiteral("Write JSON to standard output (the default for every command).")},
        {QStringLiteral("practitioners"), QStringLiteral("demo: number of practitioners (default 8)."),
         QStringLiteral("n")},
        {QStringLiteral("days"), QStringLiteral("demo: days of appointments from today (default 28)."),
         QStringLiteral("d")},
        {QStringLiteral("seed"), QStringLiteral("demo: random seed (default 42)."), QStringLiteral("s")},
        {QStringLiteral("replace"), QStringLiteral("demo: replace the clinic data already in the database.")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("migrate | demo | status"));

    if (!parser.parse(QCoreApplication::arguments()))
        return failInput(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("caredesk-cli %s\n", CAREDESK_VERSION);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return failInput(QStringLiteral("no command given; see caredesk-cli --help"));
    const QString command = positional.first();
    if (positional.size() > 1)
        return failInput(QStringLiteral("%1: unexpected argument \"%2\"").arg(command, positional.at(1)));

    const std::map<QString, std::function<int(Context &)>> commands{
        {QStringLiteral("migrate"), cmdMigrate},
        {QStringLiteral("demo"), cmdDemo},
        {QStringLiteral("status"), cmdStatus},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return failInput(QStringLiteral("unknown command \"%1\"; see caredesk-cli --help").arg(command));

    const QString conninfo =
        parser.isSet(QStringLiteral("db"))
            ? parser.value(QStringLiteral("db"))
            : QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_DB"));
    auto target = ConnectionTarget::parse(conninfo);
    if (!target)
        return fail(target.error());

    QString settingsFile = parser.value(QStringLiteral("config"));
    if (parser.isSet(QStringLiteral("config")) && !QFileInfo::exists(settingsFile))
        return failInput(QStringLiteral("--config %1: no such file").arg(settingsFile));
    if (settingsFile.isEmpty())
        settingsFile = QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) +
                       QStringLiteral("/caredesk/caredesk.conf");
    auto config = PoolConfig::load(settingsFile, parser.values(QStringLiteral("pool")));
    if (!config)
        return fail(config.error());

    ConnectionPool pool(target.value(), config.value());
    Context ctx{parser, pool, parser.value(QStringLiteral("now"))};
    return it->second(ctx);
}

} // namespace caredesk::cli
