#include "cli.h"

#include "cli_context.h"
#include "engine/clinics.h"
#include "engine/clock.h"
#include "engine/connectiontarget.h"
#include "engine/demo.h"
#include "engine/pool.h"
#include "engine/schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#ifdef CAREDESK_CLI_TRANSLATIONS
#include "translations.h"
#endif
#ifdef CAREDESK_CLI_PRINT
#include <QGuiApplication>
#endif
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#ifdef CAREDESK_CLI_PRINT_HELPER
#include <unistd.h>
#endif

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
  status                  show the database, schema version and clinic
  import FILE.json        load a clinic in the caredesk-clinic/1 format [--replace]
  export                  write the clinic in the caredesk-clinic/1 format
  import-legacy           --from CONNINFO [--zone ZONE] [--dry-run] [--json]: move a clinic in
                          from the old web system's database (read-only there; one
                          transaction here; running it twice imports nothing new)
  availability            --from DATE --to DATE [--practitioner KEY]... [--minutes N] [--step N]
  next-available          --minutes N [--practitioner KEY]... [--after ISO] [--limit N]
                          [--horizon-days D] [--time-from HH:MM] [--time-to HH:MM] [--weekdays 1,2,..]
  book                    --practitioner KEY --start ISO --patient NAME [--minutes N] [--phone P]
                          [--type KEY] [--request-id UUID] [--override]
                          [--repeat RRULE [--preview] [--alternatives] [--drop 3,5]]: a recurring
                          series (FREQ=WEEKLY;COUNT=10), its free occurrences in one transaction
  series show ID          a series and its occurrences
  series cancel APPT      cancel this occurrence and every later one (one undoable change)
  series move APPT        [--start ISO] [--practitioner KEY]: move this occurrence and every
                          later one (one undoable change)
  undo                    undo the last bulk change still standing
  waitlist add            --patient NAME --from DATE --to DATE --minutes N [--practitioner KEY]
                          [--weekdays 1,3] [--time-from HH:MM] [--time-to HH:MM] [--phone P]
                          [--note TEXT]
  waitlist list           open entries, oldest first
  waitlist match          [--from DATE --to DATE [--practitioner KEY]... | --appointment ID]:
                          open entries a free slot fits, oldest first
  waitlist book ENTRY     --practitioner KEY --start ISO [--request-id UUID]: book and close it
  waitlist remove ENTRY   close it without booking
  cancel ID               [--expect-version N]
  reschedule ID           --start ISO [--expect-version N] [--override]
  clinics [list]          the clinics of the chain you work at; "current" marks the one --clinic
                          (or, without it, your first clinic) names
  clinics add KEY         --name NAME --zone IANA [--step N]: open another clinic (chain manager)
  clinics join KEY        --login LOGIN: let a staff member work at that clinic too
  closures list           clinic closures from today (or --from DATE), with who works anyway
  closures add            --from DATE [--to DATE] --reason TEXT [--kind closure|holiday]
                          [--time-from HH:MM --time-to HH:MM] [--chain]: close this clinic
                          (--chain: every clinic of the chain; chain managers)
  closures delete ID      delete a closure (one of the whole chain: chain managers)
  closures import SOURCE  clinic closures from an iCalendar file or http(s) feed, matched by
                          event UID and date (importing twice creates nothing new)
                          [--from DATE --to DATE] (default: today and two years on) [--dry-run]
  conflicts               booked appointments the current rules no longer allow, with the
                          closure or block that hits each [--from DATE] [--to DATE]
                          (default: today and a year on)
  warnings                booked appointments on closure or block days, practitioners with no
                          weekly hours or working on a closure day [--days N] (default 90)
  print day               --date DATE --pdf FILE [--practitioner KEY]...: the day sheet as PDF
  print week              --date DATE --pdf FILE [--practitioner KEY]...: that week's roster
  staff list              staff members, their roles and whether they can sign in
  staff add               --login LOGIN --name NAME --roles front_desk,practitioner,manager
                          [--practitioner KEY] --password-stdin: a staff member with their own
                          database sign-in (a manager's or the owner's connection)
  staff logins            --password-stdin: a sign-in with that password for every staff member
                          who has none yet (the demo; a first setup)
  staff disable LOGIN     they can no longer sign in; their history stays
  staff roles LOGIN       --roles ROLES: replace their roles
  staff password LOGIN    --password-stdin: set a new password
  load                    --clients N --seconds S: simulated front desks through the pool
Times without a UTC offset are clinic wall-clock time; output times carry their offset.)";

} // namespace

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

namespace {

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
    const auto practitioners = ctx.intOption(QStringLiteral("practitioners"), 1, 500, options.practitioners);
    const auto days = ctx.intOption(QStringLiteral("days"), 1, 730, options.days);
    const auto seedValue = ctx.intOption(QStringLiteral("seed"), 0, 2'000'000'000, int(options.seed));
    for (const auto *r : {&practitioners, &days, &seedValue}) {
        if (!*r)
            return fail(r->error());
    }
    options.practitioners = practitioners.value();
    options.days = days.value();
    const int seed = seedValue.value();
    options.seed = quint32(seed);
    options.replace = ctx.parser.isSet(QStringLiteral("replace"));
    const QTimeZone zone = demoTimeZone();
    const auto now = ctx.now(zone);
    if (!now)
        return fail(now.error());
    const QDate today = now.value().toTimeZone(zone).date();
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
    const auto listConnections = [](const ConnectionPool &pool) {
        QJsonArray out;
        for (const PoolConnectionInfo &c : pool.connections()) {
            if (!c.connected)
                continue;
            out.append(QJsonObject{
                {QStringLiteral("connection"), c.seq},
                {QStringLiteral("host"), c.host},
                {QStringLiteral("port"), c.port},
                {QStringLiteral("role"), c.standby ? QStringLiteral("standby") : QStringLiteral("primary")}});
        }
        return out;
    };
    const QJsonArray connections = listConnections(ctx.pool);
    QJsonValue standbyReads; // null without --read-db
    if (const std::shared_ptr<ConnectionPool> standby = ctx.pool.standbyPool()) {
        auto lag = standby->runBlocking(
            Access::Read, [](Session &s) { return s.scalar(replayLagQuery()).toDouble(); },
            QStringLiteral("status: replay lag"));
        if (!lag) {
            Error e = lag.error();
            e.message = QStringLiteral("--read-db: ") + e.message;
            return fail(e);
        }
        standbyReads = QJsonObject{
            {QStringLiteral("connections"), listConnections(*standby)},
            {QStringLiteral("replay_lag_ms"), lag.value()},
            {QStringLiteral("max_lag_ms"), qint64(ctx.pool.config().standbyMaxLag.count())},
            {QStringLiteral("used"), standbyLagAcceptable(lag.value(), ctx.pool.config().standbyMaxLag)}};
    }
    printJson({{QStringLiteral("database"), i.databaseName},
               {QStringLiteral("server_version"), i.serverVersion},
               {QStringLiteral("user"), i.sessionUser},
               {QStringLiteral("schema_version"), i.schemaVersion},
               {QStringLiteral("clinic"), i.clinicName},
               {QStringLiteral("timezone"), i.timeZone},
               {QStringLiteral("slot_step_minutes"), i.slotStepMinutes},
               {QStringLiteral("practitioners"), i.practitioners},
               {QStringLiteral("connections"), connections},
               {QStringLiteral("standby_reads"), standbyReads},
               // Behind PgBouncer the statement timeout goes with each transaction.
               {QStringLiteral("settings"), ctx.pool.stats().settingsPerTransaction
                                                ? QStringLiteral("per-transaction")
                                                : QStringLiteral("startup-options")}});
    return 0;
}

#ifdef CAREDESK_CLI_PRINT_HELPER
/// `print` lays out text with real fonts, which takes Qt Gui — and loading Qt Gui with
/// its X11, OpenGL and fontconfig libraries cost every other command more time than its
/// queries (docs/performance.md). So printing lives in caredesk-cli-print, the same
/// command line built with Qt Gui, installed beside this program (the build tree) or in
/// CareDesk's libexec folder; this process becomes that one with the same arguments.
int handOverToPrintHelper(std::vector<char *> &argv)
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString name = QStringLiteral(CAREDESK_CLI_PRINT_HELPER);
    const QStringList candidates{
        dir + QLatin1Char('/') + name,
        QDir::cleanPath(dir + QStringLiteral("/" CAREDESK_CLI_PRINT_HELPER_DIR "/") + name)};
    for (const QString &path : candidates) {
        if (!QFileInfo(path).isExecutable())
            continue;
        const QByteArray file = QFile::encodeName(path);
        std::fflush(stdout);
        std::fflush(stderr);
        ::execv(file.constData(), argv.data());
        const int error = errno; // execv returns only when it failed
        return fail(
            makeError(ErrorCode::Internal, QStringLiteral("print: could not start %1: %2")
                                               .arg(path, QString::fromLocal8Bit(std::strerror(error)))));
    }
    return fail(
        makeError(ErrorCode::Internal,
                  QStringLiteral("print: CareDesk's printing helper %1 is not installed (looked for %2)")
                      .arg(name, candidates.join(QStringLiteral(" and ")))));
}
#endif

} // namespace

int run(int argc, char *argv[])
{
    Timings timings;
    // As given, for handing `print` over to the helper (QCoreApplication may edit argv).
    std::vector<char *> given(argv, argv + argc);
    given.push_back(nullptr);
#ifdef CAREDESK_CLI_PRINT
    // Printing lays out text with real fonts: that takes Qt Gui, on the offscreen
    // platform (the command line never opens a window).
    const bool printing =
        std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "print") == 0; });
    if (printing) // never a window, whatever display a cron job inherits
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = printing ? std::make_unique<QGuiApplication>(argc, argv)
                                                             : std::make_unique<QCoreApplication>(argc, argv);
#else
    auto application = std::make_unique<QCoreApplication>(argc, argv);
#endif
#ifdef CAREDESK_CLI_TRANSLATIONS
    // The command line speaks English, so scripts and logs read the same everywhere; the
    // English plural forms give counts their right form ("1 booked", "2 booked").
    installTranslations(QLocale(), false);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("caredesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CareDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREDESK_VERSION));
    timings.mark("qcoreapplication");

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
        {QStringLiteral("read-db"),
         QStringLiteral("A standby for availability, next-available and reports while its replay lag is "
                        "within standby_max_lag (default: CAREDESK_READ_DB; none: all on --db)."),
         QStringLiteral("conninfo")},
        {QStringLiteral("clinic"),
         QStringLiteral("The clinic of a chain to work in, by key (default: CAREDESK_CLINIC, then your "
                        "first clinic); see caredesk-cli clinics."),
         QStringLiteral("key")},
        {QStringLiteral("now"),
         QStringLiteral("Pin the current time (ISO 8601; without an offset: clinic wall-clock time)."),
         QStringLiteral("iso8601")},
        {QStringLiteral("pool"), QStringLiteral("Override a pool setting, e.g. pool_size=5 (repeatable)."),
         QStringLiteral("key=value")},
        {QStringLiteral("config"),
         QStringLiteral("Settings file with a [pool] section (default: ~/.config/caredesk/caredesk.conf)."),
         QStringLiteral("file")},
        {QStringLiteral("json"),
         QStringLiteral("Write JSON to standard output (the default for every command but "
                        "import-legacy, which writes a text report without it).")},
        {QStringLiteral("timings"),
         QStringLiteral("Write where the command's time went, phase by phase, to standard error.")},
        {QStringLiteral("practitioners"), QStringLiteral("demo: number of practitioners (default 8)."),
         QStringLiteral("n")},
        {QStringLiteral("days"),
         QStringLiteral(
             "demo: days of appointments from today (default 28); warnings: days ahead (default 90)."),
         QStringLiteral("d")},
        {QStringLiteral("seed"), QStringLiteral("demo: random seed (default 42)."), QStringLiteral("s")},
        {QStringLiteral("replace"),
         QStringLiteral("demo, import: replace the clinic data already in the database.")},
        {QStringLiteral("from"),
         QStringLiteral("availability, closures, conflicts: first date (YYYY-MM-DD); import-legacy: "
                        "the old system's database (libpq conninfo or URI)."),
         QStringLiteral("date")},
        {QStringLiteral("zone"),
         QStringLiteral("import-legacy: the zone the old appointment times are wall-clock in "
                        "(default: the clinic's); clinics add: the new clinic's zone."),
         QStringLiteral("iana")},
        {QStringLiteral("to"),
         QStringLiteral("availability, closures add, closures import, conflicts: last date, inclusive."),
         QStringLiteral("date")},
        {QStringLiteral("practitioner"),
         QStringLiteral("A practitioner's key (repeatable; default: all, by key)."), QStringLiteral("key")},
        {QStringLiteral("minutes"), QStringLiteral("Appointment length in minutes (default: the slot step)."),
         QStringLiteral("n")},
        {QStringLiteral("step"),
         QStringLiteral("Slot step in minutes (default: the clinic's; clinics add: default 30)."),
         QStringLiteral("n")},
        {QStringLiteral("after"), QStringLiteral("next-available: earliest start (default: now)."),
         QStringLiteral("iso8601")},
        {QStringLiteral("limit"), QStringLiteral("next-available: how many slots (default 10)."),
         QStringLiteral("n")},
        {QStringLiteral("horizon-days"),
         QStringLiteral("next-available: how far ahead to look (default 90)."), QStringLiteral("d")},
        {QStringLiteral("time-from"),
         QStringLiteral("next-available: slots starting at or after this time of day; closures add: "
                        "the closure's start (part of a day)."),
         QStringLiteral("hh:mm")},
        {QStringLiteral("time-to"),
         QStringLiteral("next-available: slots ending by this time of day; closures add: the closure's end."),
         QStringLiteral("hh:mm")},
        {QStringLiteral("weekdays"), QStringLiteral("next-available: ISO weekdays allowed, e.g. 1,3,5."),
         QStringLiteral("list")},
        {QStringLiteral("start"), QStringLiteral("book, reschedule: the start (ISO 8601)."),
         QStringLiteral("iso8601")},
        {QStringLiteral("patient"), QStringLiteral("book: the patient's name."), QStringLiteral("name")},
        {QStringLiteral("phone"), QStringLiteral("book: the patient's phone."), QStringLiteral("phone")},
        {QStringLiteral("type"), QStringLiteral("book: appointment type key."), QStringLiteral("key")},
        {QStringLiteral("request-id"), QStringLiteral("book: client-generated UUID; the same id books once."),
         QStringLiteral("uuid")},
        {QStringLiteral("override"),
         QStringLiteral("book, reschedule: allow outside availability (audited).")},
        {QStringLiteral("expect-version"),
         QStringLiteral("cancel, reschedule: refuse if the appointment changed."), QStringLiteral("n")},
        {QStringLiteral("clients"), QStringLiteral("load: concurrent simulated users (default 10)."),
         QStringLiteral("n")},
        {QStringLiteral("seconds"), QStringLiteral("load: how long (default 10)."), QStringLiteral("s")},
        {QStringLiteral("date"), QStringLiteral("print: the day (or a day of the week) to print."),
         QStringLiteral("date")},
        {QStringLiteral("pdf"), QStringLiteral("print: the PDF file to write (replaced whole)."),
         QStringLiteral("file")},
        {QStringLiteral("login"),
         QStringLiteral("staff add: the new staff member's login; clinics join: who."),
         QStringLiteral("login")},
        {QStringLiteral("name"),
         QStringLiteral("staff add: their name as colleagues see it; clinics add: the clinic's name."),
         QStringLiteral("name")},
        {QStringLiteral("roles"),
         QStringLiteral("staff add, roles: front_desk, practitioner, manager (comma list)."),
         QStringLiteral("list")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("staff add, password: read the password from standard input's first line.")},
        {QStringLiteral("repeat"),
         QStringLiteral("book: a repeat rule (RFC 5545 RRULE), e.g. FREQ=WEEKLY;COUNT=10."),
         QStringLiteral("rrule")},
        {QStringLiteral("preview"), QStringLiteral("book --repeat: list every occurrence, book nothing.")},
        {QStringLiteral("alternatives"),
         QStringLiteral(
             "book --repeat: book the proposed alternative for each occurrence that is not free.")},
        {QStringLiteral("drop"), QStringLiteral("book --repeat: occurrence numbers to leave out, e.g. 3,5."),
         QStringLiteral("list")},
        {QStringLiteral("note"), QStringLiteral("waitlist add: a note for the front desk."),
         QStringLiteral("text")},
        {QStringLiteral("reason"), QStringLiteral("closures add: what front desk and practitioners see."),
         QStringLiteral("text")},
        {QStringLiteral("kind"), QStringLiteral("closures add: closure (the default) or holiday."),
         QStringLiteral("kind")},
        {QStringLiteral("chain"),
         QStringLiteral("closures add: close every clinic of the chain (a national public holiday).")},
        {QStringLiteral("appointment"), QStringLiteral("waitlist match: the slot this appointment held."),
         QStringLiteral("id")},
        {QStringLiteral("dry-run"),
         QStringLiteral("closures import, import-legacy: say what would be created, changed and skipped; "
                        "write nothing.")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("See the list of commands above."));

    if (!parser.parse(QCoreApplication::arguments()))
        return failInput(parser.errorText());
    timings.setEnabled(parser.isSet(QStringLiteral("timings")));
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
    const QStringList args = positional.mid(1);
    static const QStringList takesArguments{
        QStringLiteral("import"),   QStringLiteral("cancel"),   QStringLiteral("reschedule"),
        QStringLiteral("closures"), QStringLiteral("print"),    QStringLiteral("staff"),
        QStringLiteral("series"),   QStringLiteral("waitlist"), QStringLiteral("clinics")};
    if (!args.isEmpty() && !takesArguments.contains(command))
        return failInput(QStringLiteral("%1: unexpected argument \"%2\"").arg(command, args.first()));

#ifdef CAREDESK_CLI_PRINT_HELPER
    if (command == QLatin1String("print"))
        return handOverToPrintHelper(given);
#endif

    const std::map<QString, std::function<int(Context &)>> commands{
        {QStringLiteral("migrate"), cmdMigrate},
        {QStringLiteral("demo"), cmdDemo},
        {QStringLiteral("status"), cmdStatus},
        {QStringLiteral("import"), cmdImport},
        {QStringLiteral("export"), cmdExport},
        {QStringLiteral("availability"), cmdAvailability},
        {QStringLiteral("next-available"), cmdNextAvailable},
        {QStringLiteral("book"), cmdBook},
        {QStringLiteral("cancel"), cmdCancel},
        {QStringLiteral("reschedule"), cmdReschedule},
        {QStringLiteral("load"), cmdLoad},
        {QStringLiteral("clinics"), cmdClinics},
        {QStringLiteral("closures"), cmdClosures},
        {QStringLiteral("staff"), cmdStaff},
        {QStringLiteral("conflicts"), cmdConflicts},
        {QStringLiteral("warnings"), cmdWarnings},
        {QStringLiteral("import-legacy"), cmdImportLegacy},
        {QStringLiteral("series"), cmdSeries},
        {QStringLiteral("undo"), cmdUndo},
        {QStringLiteral("waitlist"), cmdWaitlist},
#ifdef CAREDESK_CLI_PRINT
        {QStringLiteral("print"), cmdPrint},
#endif
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
    const QString readConninfo =
        parser.isSet(QStringLiteral("read-db"))
            ? parser.value(QStringLiteral("read-db"))
            : QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_READ_DB"));
    std::optional<ConnectionTarget> readTarget;
    if (!readConninfo.isEmpty()) {
        auto parsed = ConnectionTarget::parse(readConninfo);
        if (!parsed) {
            Error e = parsed.error();
            e.message = QStringLiteral("--read-db: ") + e.message;
            return fail(e);
        }
        readTarget = parsed.value().preferringStandby();
    }

    QString settingsFile = parser.value(QStringLiteral("config"));
    if (parser.isSet(QStringLiteral("config")) && !QFileInfo::exists(settingsFile))
        return failInput(QStringLiteral("--config %1: no such file").arg(settingsFile));
    if (settingsFile.isEmpty())
        settingsFile = QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) +
                       QStringLiteral("/caredesk/caredesk.conf");
    auto config = PoolConfig::load(settingsFile, parser.values(QStringLiteral("pool")));
    if (!config)
        return fail(config.error());

    timings.mark("command-line-and-settings");

    int rc = 0;
    {
        ConnectionPool pool(target.value(), config.value());
        if (readTarget)
            pool.setStandbyReads(std::make_shared<ConnectionPool>(*readTarget, config.value()),
                                 config.value().standbyMaxLag);
        const QString clinic =
            parser.isSet(QStringLiteral("clinic"))
                ? parser.value(QStringLiteral("clinic"))
                : QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_CLINIC"));
        if (!clinic.isEmpty() && command != QLatin1String("migrate")) {
            auto found = pool.runBlocking(
                Access::Read, [clinic](Session &s) { return findMyClinic(s, clinic).id; },
                QStringLiteral("--clinic"));
            if (!found) {
                Error e = found.error();
                e.message = QStringLiteral("--clinic: ") + e.message;
                return fail(e);
            }
            pool.setClinic(found.value());
        }
        Context ctx(parser, args, pool, parser.value(QStringLiteral("now")), timings);
        rc = it->second(ctx);
        timings.mark("rest-of-command");
    }
    timings.mark("closing-connections");
    timings.print();
    return rc;
}

} // namespace caredesk::cli
