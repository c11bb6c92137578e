#include "appcontroller.h"
#include "availabilitycontroller.h"
#include "bookcontroller.h"
#include "diagnostics.h"
#include "signinflow.h"
#include "translations.h"
#include "ui/shell/appearance.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoroTask>
#include <QIcon>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace caredesk;

namespace {

/// The event loop's exit code when a staff member signed out: the sign-in comes back.
constexpr int kSignedOut = 64;

int failStartup(const QString &message)
{
    std::fprintf(stderr, "caredesk: %s\n", qPrintable(message));
    return exitCodeFor(ErrorCode::InvalidInput);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CareDesk"));
    QApplication::setOrganizationName(QStringLiteral("CareDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CAREDESK_VERSION));
    // The installed desktop entry and icon (packaging/) share this id.
    QApplication::setDesktopFileName(QStringLiteral("io.caredesk.CareDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.caredesk.CareDesk")));
    DiagnosticsLog::install();
    // The user's language, where CareDesk and Qt have a translation for it.
    installTranslations(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CareDesk — clinic scheduling."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QApplication::translate("main", "Database (libpq conninfo or URI); default: CAREDESK_DB."),
         QStringLiteral("conninfo")},
        {QStringLiteral("notify-db"),
         QApplication::translate("main", "Listen for other desks' changes over this connection instead "
                                         "(direct to PostgreSQL when --db is PgBouncer in transaction "
                                         "mode); default: CAREDESK_NOTIFY_DB, else --db."),
         QStringLiteral("conninfo")},
        {QStringLiteral("read-db"),
         QApplication::translate("main", "Read availability, next-available, reports and capacity from this "
                                         "standby while its replay lag is within standby_max_lag; default: "
                                         "CAREDESK_READ_DB, else all from --db."),
         QStringLiteral("conninfo")},
        {QStringLiteral("clinic"),
         QApplication::translate("main", "Work in this clinic of a chain (its key); default: "
                                         "CAREDESK_CLINIC, else your first clinic."),
         QStringLiteral("key")},
        {QStringLiteral("embedded-demo"),
         QApplication::translate(
             "main", "The database is the private demo cluster: migrate it and load the demo clinic.")},
        {QStringLiteral("pool"),
         QApplication::translate("main", "Override a pool setting, e.g. pool_size=5."),
         QStringLiteral("key=value")},
        {QStringLiteral("appearance"),
         QApplication::translate("main", "Colours: system, dark or high-contrast (default: as last time)."),
         QStringLiteral("name")},
        {QStringLiteral("workspace"),
         QApplication::translate(
             "main", "Open this workspace first: availability, closures, book, setup or capacity."),
         QStringLiteral("name")},
        {QStringLiteral("user"),
         QApplication::translate("main", "Sign in as this staff login (default: CAREDESK_USER, else ask)."),
         QStringLiteral("login")},
        {QStringLiteral("idle-lock"),
         QApplication::translate("main", "Lock the window after this many minutes without input (0: never; "
                                         "default 10, staff sign-in only)."),
         QStringLiteral("minutes")},
        {QStringLiteral("demo-sign-in"),
         QApplication::translate("main", "Say on the sign-in screen how to sign in to the demo clinic.")},
        {QStringLiteral("screenshot"),
         QApplication::translate("main", "Save a PNG of the main window once the database is up, then quit."),
         QStringLiteral("file")},
    });
    parser.process(app);

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString conninfo = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : env.value(QStringLiteral("CAREDESK_DB"));
    auto target = ConnectionTarget::parse(conninfo);
    if (!target)
        return failStartup(target.error().toString());
    // Optional second connections: where live updates are listened for, where reads may
    // come from a standby. Each names its option in a bad value's message.
    const auto optionalTarget = [&parser, &env](const QString &option, const QString &variable,
                                                QString *error) -> std::optional<ConnectionTarget> {
        const QString given = parser.isSet(option) ? parser.value(option) : env.value(variable);
        if (given.isEmpty())
            return std::nullopt;
        auto parsed = ConnectionTarget::parse(given);
        if (!parsed) {
            *error = QStringLiteral("--%1: %2").arg(option, parsed.error().toString());
            return std::nullopt;
        }
        return parsed.value();
    };
    QString targetError;
    const std::optional<ConnectionTarget> notifyTarget =
        optionalTarget(QStringLiteral("notify-db"), QStringLiteral("CAREDESK_NOTIFY_DB"), &targetError);
    const std::optional<ConnectionTarget> readTarget =
        optionalTarget(QStringLiteral("read-db"), QStringLiteral("CAREDESK_READ_DB"), &targetError);
    if (!targetError.isEmpty())
        return failStartup(targetError);
    const QString settingsFile = QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) +
                                 QStringLiteral("/caredesk/caredesk.conf");
    auto poolConfig = PoolConfig::load(settingsFile, parser.values(QStringLiteral("pool")));
    if (!poolConfig)
        return failStartup(poolConfig.error().toString());
    auto clock = makeClock(env.value(QStringLiteral("CAREDESK_NOW")), QByteArray("Australia/Sydney"));
    if (!clock)
        return failStartup(QStringLiteral("CAREDESK_NOW=%1 is not an ISO 8601 date and time")
                               .arg(env.value(QStringLiteral("CAREDESK_NOW"))));

    const QString workspaceName = parser.value(QStringLiteral("workspace"));
    const QHash<QString, WorkspaceModel::Workspace> workspaces{
        {QStringLiteral("availability"), WorkspaceModel::Workspace::MyAvailability},
        {QStringLiteral("closures"), WorkspaceModel::Workspace::ClinicClosures},
        {QStringLiteral("book"), WorkspaceModel::Workspace::Book},
        {QStringLiteral("setup"), WorkspaceModel::Workspace::ClinicSetup},
        {QStringLiteral("capacity"), WorkspaceModel::Workspace::Capacity}};
    if (!workspaceName.isEmpty() && !workspaces.contains(workspaceName))
        return failStartup(
            QStringLiteral("--workspace %1: expected availability, closures, book, setup or capacity")
                .arg(workspaceName));

    // A connection that names no user: every person signs in as themselves (their own
    // database login and password, schema v5), and the window locks when left idle. A
    // connection with a user (an administrator's, the screenshots') picks a name instead.
    const bool staffSignIn =
        target.value().userName().isEmpty() && !parser.isSet(QStringLiteral("embedded-demo"));
    bool idleOk = true;
    const int idleMinutes = parser.isSet(QStringLiteral("idle-lock"))
                                ? parser.value(QStringLiteral("idle-lock")).toInt(&idleOk)
                                : 10;
    if (!idleOk || idleMinutes < 0 || idleMinutes > 24 * 60)
        return failStartup(QStringLiteral("--idle-lock %1: expected minutes from 0 to 1440")
                               .arg(parser.value(QStringLiteral("idle-lock"))));
    const QString demoNote =
        parser.isSet(QStringLiteral("demo-sign-in"))
            ? QApplication::translate("main",
                                      "Demo clinic: sign in as reception (front desk), manager (clinic "
                                      "manager) or a practitioner such as dbrown. Every demo password "
                                      "is caredesk-demo.")
            : QString();
    QString lastLogin = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                             : env.value(QStringLiteral("CAREDESK_USER"));
    for (bool firstSignIn = true;; firstSignIn = false) {
        ConnectionTarget sessionTarget = target.value();
        if (staffSignIn) {
            // A remembered password is filled in when CareDesk starts, never after a sign-out.
            const auto signedIn =
                SignInFlow::ask(target.value(), poolConfig.value(), lastLogin, demoNote, firstSignIn);
            if (!signedIn)
                return 0;
            sessionTarget = *signedIn;
            lastLogin = sessionTarget.userName();
        }
        const int code = [&]() -> int {
            MainWindow window;
            AppController controller(
                {sessionTarget, poolConfig.value(), clock, parser.isSet(QStringLiteral("embedded-demo"))},
                &window);
            if (notifyTarget)
                controller.setNotifyTarget(notifyTarget->signingInAs(sessionTarget));
            if (readTarget)
                controller.setStandbyReads(readTarget->signingInAs(sessionTarget));
            controller.setClinic(parser.isSet(QStringLiteral("clinic"))
                                     ? parser.value(QStringLiteral("clinic"))
                                     : env.value(QStringLiteral("CAREDESK_CLINIC")));

            const QString user = parser.isSet(QStringLiteral("user"))
                                     ? parser.value(QStringLiteral("user"))
                                     : env.value(QStringLiteral("CAREDESK_USER"));
            const QString screenshot = parser.value(QStringLiteral("screenshot"));
            // A screenshot run never waits for a person to pick a name.
            controller.setSignIn(user, screenshot.isEmpty() && !staffSignIn);
            if (staffSignIn) {
                controller.setStaffSession(std::chrono::minutes(idleMinutes));
                // Signing out closes this window and its pool (every connection); the
                // sign-in comes back for the next person.
                QObject::connect(&controller, &AppController::signOutRequested, &window,
                                 [] { QApplication::exit(kSignedOut); });
            }
            if (!screenshot.isEmpty()) {
                const auto capture = [&window, screenshot](int exitCode) {
                    QTimer::singleShot(400, &window, [&window, screenshot, exitCode] {
                        const bool saved = window.grab().save(screenshot, "PNG");
                        std::printf("%s\n", qPrintable(screenshot));
                        std::fflush(stdout);
                        QApplication::exit(saved ? exitCode : 1);
                    });
                };
                // The Book workspace is captured once its first search has landed.
                if (workspaceName == QLatin1String("book"))
                    QObject::connect(controller.bookController(), &BookController::searchFinished, &window,
                                     [capture] { capture(0); });
                else if (workspaceName == QLatin1String("availability"))
                    QObject::connect(controller.availabilityController(), &AvailabilityController::loaded,
                                     &window, [capture] { capture(0); });
                else
                    QObject::connect(&controller, &AppController::ready, &window, [capture] { capture(0); });
                QObject::connect(&controller, &AppController::failed, &window,
                                 [capture] { capture(exitCodeFor(ErrorCode::Unreachable)); });
            }

            // The window as the user left it (not for screenshots, which must look the same
            // every time); --workspace still decides where to start.
            QSettings viewState;
            if (screenshot.isEmpty()) {
                controller.restoreViewState(viewState);
                QObject::connect(&app, &QApplication::aboutToQuit, &controller,
                                 [&controller, &viewState] { controller.saveViewState(viewState); });
            }
            if (parser.isSet(QStringLiteral("appearance"))) {
                const auto look = appearanceFromId(parser.value(QStringLiteral("appearance")));
                if (!look)
                    return failStartup(
                        QStringLiteral("--appearance %1: expected system, dark or high-contrast")
                            .arg(parser.value(QStringLiteral("appearance"))));
                applyAppearance(*look);
            }
            if (!workspaceName.isEmpty())
                window.showWorkspace(workspaces.value(workspaceName));
            window.show();
            controller.start();
            return QApplication::exec();
        }();
        if (code != kSignedOut)
            return code;
    }
}
