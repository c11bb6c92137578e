#include "appcontroller.h"

#include "availabilitycontroller.h"
#include "bookcontroller.h"
#include "bulkcontroller.h"
#include "capacitycontroller.h"
#include "closurescontroller.h"
#include "conflictscontroller.h"
#include "diagnostics.h"
#include "engine/clinics.h"
#include "engine/closures.h"
#include "engine/demo.h"
#include "engine/logging.h"
#include "engine/notifier.h"
#include "engine/pool.h"
#include "printcontroller.h"
#include "setupcontroller.h"
#include "staffsignin.h"
#include "ui/availability/availabilityworkspace.h"
#include "ui/book/bookworkspace.h"
#include "ui/book/daysheetpanel.h"
#include "ui/capacity/capacityworkspace.h"
#include "ui/closures/closuresworkspace.h"
#include "ui/setup/setupworkspace.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/passwordsignindialog.h"
#include "ui/shell/signindialog.h"
#include "ui/shell/warningsstrip.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>

namespace caredesk {

AppController::AppController(Options options, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_window(window)
    , m_pool(std::make_shared<ConnectionPool>(m_options.target, m_options.pool))
{
    if (m_window) {
        connect(m_window, &MainWindow::reconnectRequested, this, &AppController::start);
        auto *book = new BookWorkspace;
        m_window->setWorkspaceWidget(WorkspaceModel::Workspace::Book, book);
        m_book = new BookController(m_pool, m_options.clock, book, this);
        m_print = new PrintController(m_pool, book->daySheet(), m_window, this);
        auto *closures = new ClosuresWorkspace;
        m_window->setWorkspaceWidget(WorkspaceModel::Workspace::ClinicClosures, closures);
        m_closures = new ClosuresController(m_pool, m_options.clock, closures, this);
        auto *availability = new AvailabilityWorkspace;
        m_window->setWorkspaceWidget(WorkspaceModel::Workspace::MyAvailability, availability);
        m_availability = new AvailabilityController(m_pool, m_options.clock, availability, this);
        auto *setup = new SetupWorkspace;
        m_window->setWorkspaceWidget(WorkspaceModel::Workspace::ClinicSetup, setup);
        m_setup = new SetupController(m_pool, m_options.clock, setup, this);
        auto *capacity = new CapacityWorkspace;
        m_window->setWorkspaceWidget(WorkspaceModel::Workspace::Capacity, capacity);
        m_capacity = new CapacityController(m_pool, m_options.clock, capacity, this);
        // "Reschedule in Book" and "Open in Book" from the other workspaces.
        const auto openInBook = [this](const QString &key, const QDate &date, qint64 appointmentId) {
            if (!m_window)
                return;
            m_window->showWorkspace(WorkspaceModel::Workspace::Book);
            m_book->showDaySheet(key, date, appointmentId);
        };
        connect(m_availability, &AvailabilityController::openInBookRequested, this,
                [openInBook](const AppointmentSummary &a) { openInBook(a.practitionerKey, {}, a.id); });
        connect(closures, &ClosuresWorkspace::openAppointmentRequested, this,
                [openInBook](const AppointmentSummary &a) { openInBook(a.practitionerKey, {}, a.id); });
        // Appointments to resolve and the warnings strip.
        m_conflicts = new ConflictsController(m_pool, m_options.clock, m_window, this);
        WarningsStrip *strip = m_window->warningsStrip();
        connect(m_window, &MainWindow::conflictsRequested, m_conflicts, &ConflictsController::open);
        connect(m_closures, &ClosuresController::closuresWidened, m_conflicts,
                &ConflictsController::openIfAny);
        // Bulk changes, their undo and the audit log.
        m_bulk = new BulkController(m_pool, m_options.clock, m_window, this);
        connect(m_window, &MainWindow::bulkChangesRequested, m_bulk, &BulkController::openBulkChanges);
        connect(m_window, &MainWindow::auditRequested, m_bulk, &BulkController::openAudit);
        connect(m_window, &MainWindow::undoBulkRequested, m_bulk, &BulkController::offerUndo);
        connect(m_bulk, &BulkController::undoOffered, this, [this](const BulkChangeInfo &change) {
            m_undoOffered = change.id;
            if (m_window)
                m_window->confirmUndo(change.summary, change.actor, change.at);
        });
        connect(m_window, &MainWindow::undoBulkConfirmed, this, [this] {
            if (m_undoOffered != 0)
                m_bulk->undo(m_undoOffered);
            m_undoOffered = 0;
        });
        connect(m_bulk, &BulkController::undoFinished, this, [this](bool, const QString &message) {
            if (m_window)
                m_window->showStatusMessage(message);
        });
        connect(m_availability, &AvailabilityController::blockKeptAppointments, this, [this] {
            // Whoever books (front desk, managers) resolves them now; a practitioner's kept
            // appointments reach the front desk through the warnings.
            if (hasRole(QStringLiteral("front_desk")) || hasRole(QStringLiteral("manager")))
                m_conflicts->openIfAny();
        });
        connect(strip, &WarningsStrip::resolveRequested, m_conflicts, &ConflictsController::open);
        connect(strip, &WarningsStrip::setupRequested, this, [this] {
            if (m_window)
                m_window->showWorkspace(WorkspaceModel::Workspace::ClinicSetup);
        });
        connect(strip, &WarningsStrip::daySheetRequested, this,
                [openInBook](const QDate &date) { openInBook(QString(), date, 0); });
        connect(strip, &WarningsStrip::feedReviewRequested, this, [this](qint64 feedId) {
            if (m_window)
                m_window->showWorkspace(WorkspaceModel::Workspace::ClinicClosures);
            m_closures->openReview(feedId);
        });
        connect(m_conflicts, &ConflictsController::warningsLoaded, this,
                [this](const QList<AvailabilityWarning> &warnings) {
                    m_warnings = warnings;
                    showWarnings();
                });
        // The daily feed checks (managers) find holidays that are no closures yet.
        connect(m_closures, &ClosuresController::feedsChecked, this, &AppController::showWarnings);
        // Another clinic of the chain: its zone, practitioners and closures everywhere.
        connect(m_window, &MainWindow::clinicChosen, this, [this](qint64 clinicId) {
            if (clinicId == m_pool->clinic())
                return;
            m_pool->setClinic(clinicId);
            start();
            if (m_availability)
                m_availability->load();
            m_refreshTimer->start();
        });
        connect(m_window, &MainWindow::switchUserRequested, this, [this] {
            if (m_staffSession)
                Q_EMIT signOutRequested(); // their own login: another person signs in afresh
            else
                askWhoSignsIn();
        });
    }
    // Other clients' changes arrive as notifications; views refresh shortly after,
    // once for a burst, and reload everything after a reconnect.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_book)
            m_book->refresh();
        if (m_closures)
            m_closures->load();
        if (m_availability)
            m_availability->refresh();
        if (m_setup)
            m_setup->load();
        if (m_capacity)
            m_capacity->load();
        // Warnings and the list to resolve are for those who act on them.
        if (m_conflicts && m_signedIn &&
            (hasRole(QStringLiteral("manager")) || hasRole(QStringLiteral("front_desk"))))
            m_conflicts->refresh();
    });
    // The pool's state in the status bar, once a second (statistics only, no SQL).
    m_poolTimer = new QTimer(this);
    m_poolTimer->setInterval(1000);
    connect(m_poolTimer, &QTimer::timeout, this, [this] {
        if (!m_window)
            return;
        const PoolStats st = m_pool->stats();
        m_window->setPoolStatus(
            tr("Connections: %1 in use, %2 idle, %3 waiting").arg(st.inUse).arg(st.idle).arg(st.waiters));
    });
    m_poolTimer->start();
    if (m_window) {
        connect(m_window, &MainWindow::diagnosticsRequested, this, [this] {
            auto *dialog = new DiagnosticsDialog(diagnostics(), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    connect(this, &AppController::failed, this,
            [](const QString &message) { DiagnosticsLog::recordProblem(message); });
    connect(this, &AppController::ready, this, [this] {
        if (!m_signedIn)
            signInAsync(m_askSignIn);
        if (m_book)
            m_book->load();
        if (m_closures)
            m_closures->load();
        if (m_setup)
            m_setup->load();
        if (m_capacity)
            m_capacity->load();
        if (!m_notifier) {
            m_notifier =
                new ChangeNotifier(m_notifyTarget.value_or(m_options.target), m_options.pool,
                                   {ChangeNotifier::changesChannel()}, m_options.pool.listenHeartbeat, this);
            // Another clinic's rows change what that clinic's desks see, not this one's.
            connect(m_notifier, &ChangeNotifier::notified, this,
                    [this](const QString &, const QString &payload) {
                        if (concernsClinic(payload, m_pool->clinic()))
                            m_refreshTimer->start();
                    });
            connect(m_notifier, &ChangeNotifier::resynced, m_refreshTimer, qOverload<>(&QTimer::start));
            // Nothing blocks and nothing is lost while the database is away: say so.
            connect(m_notifier, &ChangeNotifier::connectedChanged, this, [this](bool connected) {
                if (!m_window)
                    return;
                if (connected) {
                    m_window->setConnectionBanner({});
                    // Only undo what the loss did: a later failure (Ctrl+R) keeps its own text.
                    if (!m_readyStatus.isEmpty() &&
                        m_window->databaseState() == MainWindow::DatabaseState::Connecting)
                        m_window->setDatabaseStatus(MainWindow::DatabaseState::Ready, m_readyStatus);
                    return;
                }
                // The status bar must not say "Connected" while the banner says otherwise.
                m_window->setDatabaseStatus(MainWindow::DatabaseState::Connecting,
                                            tr("Reconnecting to %1…").arg(m_options.target.describe()));
                const QString text = tr("Reconnecting to the clinic's database…");
                DiagnosticsLog::recordProblem(text);
                m_window->setConnectionBanner(
                    text, tr("CareDesk lost its connection to %1 and is reconnecting (to whichever of "
                             "the listed servers takes writes). What you typed is kept; views reload "
                             "once the database is back.")
                              .arg(m_options.target.describe()));
            });
            m_notifier->start();
        }
    });
}

AppController::~AppController() = default;

/// Restarts its timer on every keyboard, mouse or wheel event anywhere in the application.
class IdleWatcher final : public QObject
{
public:
    IdleWatcher(std::chrono::milliseconds after, QObject *parent)
        : QObject(parent)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(after);
        qApp->installEventFilter(this);
        m_timer.start();
    }
    ~IdleWatcher() override { qApp->removeEventFilter(this); }
    QTimer &timer() { return m_timer; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
            if (m_timer.isActive())
                m_timer.start();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTimer m_timer;
};

void AppController::setStaffSession(std::chrono::milliseconds idleLock)
{
    m_staffSession = true;
    delete m_idle;
    m_idle = nullptr;
    if (idleLock.count() > 0 && m_window) {
        m_idle = new IdleWatcher(idleLock, this);
        connect(&m_idle->timer(), &QTimer::timeout, this, &AppController::lock);
    }
}

void AppController::lock()
{
    if (!m_window || m_lockOverlay)
        return;
    // An opaque cover over the whole window: nothing of the clinic's day shows on a shared
    // front-desk screen, and every field keeps what was typed underneath.
    auto *overlay = new QWidget(m_window);
    overlay->setObjectName(QStringLiteral("lockOverlay"));
    overlay->setAutoFillBackground(true);
    overlay->setGeometry(m_window->rect());
    auto *layout = new QVBoxLayout(overlay);
    auto *label =
        new QLabel(tr("CareDesk is locked. %1 can unlock it with their password.").arg(m_user.name), overlay);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
    overlay->show();
    overlay->raise();
    m_lockOverlay = overlay;
    m_window->installEventFilter(this);
    auto *dialog = new PasswordSignInDialog(PasswordSignInDialog::Mode::Unlock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLogin(m_options.target.userName());
    connect(dialog, &PasswordSignInDialog::signInRequested, this,
            [this](const QString &, const QString &password) { unlockAsync(password); });
    connect(dialog, &PasswordSignInDialog::signOutRequested, this, &AppController::signOutRequested);
    m_unlockDialog = dialog;
    dialog->open();
    Q_EMIT lockedChanged(true);
}

QCoro::Task<> AppController::unlockAsync(QString password)
{
    // A fresh sign-in with the typed password: the database, not a copy here, decides.
    QPointer<AppController> self(this);
    const ConnectionTarget target = m_options.target.withCredentials(m_options.target.userName(), password);
    QCoro::Task<Result<StaffMember>> task = checkStaffSignIn(target, m_options.pool);
    Result<StaffMember> result = co_await task;
    if (!self || !m_unlockDialog)
        co_return;
    if (!result) {
        m_unlockDialog->showProblem(
            result.error().code == ErrorCode::PermissionDenied
                ? tr("That is not the password for %1.").arg(m_options.target.userName())
                : result.error().message);
        co_return;
    }
    unlocked();
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    // The lock's cover follows the window's size.
    if (watched == m_window && event->type() == QEvent::Resize && m_lockOverlay)
        m_lockOverlay->setGeometry(m_window->rect());
    return QObject::eventFilter(watched, event);
}

void AppController::unlocked()
{
    if (m_unlockDialog)
        m_unlockDialog->accept();
    if (m_window)
        m_window->removeEventFilter(this);
    delete m_lockOverlay;
    if (m_idle)
        m_idle->timer().start();
    Q_EMIT lockedChanged(false);
}

void AppController::setSignIn(const QString &login, bool ask)
{
    m_signInLogin = login;
    m_askSignIn = ask;
}

QCoro::Task<> AppController::signInAsync(bool ask)
{
    QPointer<AppController> self(this);
    QCoro::Task<Result<QList<StaffMember>>> task = m_pool->run(
        Access::Read, [](Session &s) { return listStaff(s); }, QStringLiteral("sign-in: staff"));
    Result<QList<StaffMember>> staff = co_await task;
    if (!self)
        co_return;
    m_staff = staff ? staff.value() : QList<StaffMember>{};
    if (!staff)
        DiagnosticsLog::recordProblem(staff.error().toString());
    if (!m_signInLogin.isEmpty()) {
        if (signInAs(m_signInLogin))
            co_return;
        if (m_window)
            m_window->setConnectionBanner(
                tr("There is no active staff member \"%1\"; choose who you are.").arg(m_signInLogin));
        ask = true;
    }
    if (ask && !m_staff.isEmpty() && m_window) {
        askWhoSignsIn();
        co_return;
    }
    applyUser({}); // no staff in this database: everything is open, as before sign-in existed
}

bool AppController::signInAs(const QString &login)
{
    for (const StaffMember &m : std::as_const(m_staff)) {
        if (m.login == login) {
            applyUser(m);
            return true;
        }
    }
    return false;
}

void AppController::askWhoSignsIn()
{
    if (!m_window || m_staff.isEmpty())
        return;
    auto *dialog = new SignInDialog(m_staff, m_user.login, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_window)
            m_window->setConnectionBanner({});
        applyUser(dialog->selected());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_signedIn && m_window)
            m_window->close(); // nobody signed in: the client has nothing to show
    });
    dialog->open();
}

bool AppController::hasRole(const QString &role) const
{
    return m_user.login.isEmpty() || m_user.roles.contains(role);
}

void AppController::showWarnings()
{
    if (!m_window)
        return;
    const bool manager = hasRole(QStringLiteral("manager"));
    const bool desk = hasRole(QStringLiteral("front_desk"));
    // Managers and the front desk act on them; a practitioner's own calendar already says
    // what concerns them.
    QList<AvailabilityWarning> shown = manager || desk ? m_warnings : QList<AvailabilityWarning>{};
    if (manager && m_closures)
        shown += m_closures->feedWarnings(kWarningDays);
    m_window->warningsStrip()->setWarnings(shown, manager);
}

void AppController::applyUser(const StaffMember &user)
{
    m_user = user;
    m_signedIn = true;
    m_pool->setActor(user.login);
    if (m_window)
        m_window->setSignedIn(user.name, user.roles);
    if (m_availability) {
        m_availability->setUser(hasRole(QStringLiteral("manager")), user.practitionerKey,
                                hasRole(QStringLiteral("front_desk")));
        m_availability->load();
    }
    if (m_closures)
        m_closures->setFeedChecksEnabled(hasRole(QStringLiteral("manager")));
    offerChainClosuresAsync(); // who signed in decides, on a shared connection too
    if (m_capacity)
        m_capacity->setEnabled(hasRole(QStringLiteral("manager")));
    if (m_conflicts)
        m_conflicts->loadWarnings(); // said on sign-in, kept current by notifications
    Q_EMIT signedIn();
}

void AppController::start()
{
    if (m_starting)
        return;
    m_starting = true;
    startup();
}

bool AppController::isListening() const
{
    return m_notifier && m_notifier->isConnected();
}

void AppController::setStandbyReads(const ConnectionTarget &target)
{
    m_pool->setStandbyReads(std::make_shared<ConnectionPool>(target.preferringStandby(), m_options.pool),
                            m_options.pool.standbyMaxLag);
}

DiagnosticsSnapshot AppController::diagnostics() const
{
    DiagnosticsSnapshot d;
    d.connection = m_options.target.describe();
    d.password = m_options.target.hasPassword() ? QStringLiteral("••••••••") : tr("(none)");
    d.connectOptions = m_options.target.connectOptions(m_options.pool);
    d.pool = m_pool->stats();
    d.connections = m_pool->connections();
    d.liveUpdates = m_notifyTarget.value_or(m_options.target).describe();
    if (const std::shared_ptr<ConnectionPool> standby = m_pool->standbyPool()) {
        d.standbyReads = standby->target().describe();
        d.standbyConnections = standby->connections();
        d.standbyMaxLag = m_options.pool.standbyMaxLag;
    }
    d.poolSize = m_options.pool.poolSize;
    d.maxOverflow = m_options.pool.maxOverflow;
    d.recentProblems = DiagnosticsLog::recentProblems();
    d.logFile = DiagnosticsLog::logFilePath();
    return d;
}

QCoro::Task<> AppController::offerChainClosuresAsync()
{
    // A chain manager of a chain closes every clinic from the Clinic Closures workspace.
    QPointer<AppController> self(this);
    const int generation = ++m_chainOfferGeneration;
    QCoro::Task<Result<bool>> ask = m_pool->run(
        Access::Read, [](Session &s) { return listMyClinics(s).size() > 1 && mayWriteChainClosures(s); },
        QStringLiteral("chain closures"));
    const Result<bool> offer = co_await ask;
    if (!self || generation != m_chainOfferGeneration || !m_closures)
        co_return;
    m_closures->setChainWideAllowed(offer.ok() && offer.value());
}

QCoro::Task<> AppController::startup()
{
    // Guard every resumption: the window (or this controller) may be gone by then.
    QPointer<AppController> self(this);
    std::shared_ptr<ConnectionPool> pool = m_pool;
    const auto report = [self](MainWindow::DatabaseState state, const QString &text,
                               const QString &details = {}) {
        if (self && self->m_window)
            self->m_window->setDatabaseStatus(state, text, details);
    };
    const QString where = m_options.target.describe();
    report(MainWindow::DatabaseState::Connecting, tr("Connecting to %1…").arg(where));

    if (m_options.embeddedDemo && !m_demoPrepared) {
        const QDate today = m_options.clock->now().toTimeZone(demoTimeZone()).date();
        // Tasks are built before co_await: GCC 12 mishandles temporaries with
        // destructors inside a co_await expression (see CONTRIBUTING.md).
        QCoro::Task<Result<bool>> prepare = pool->run(
            Access::Write,
            [today](Session &s) {
                migrate(s);
                if (clinicHasData(s))
                    return false;
                loadDemo(s, today, DemoOptions{});
                return true;
            },
            QStringLiteral("prepare embedded demo clinic"));
        Result<bool> prepared = co_await prepare;
        if (!self)
            co_return;
        if (!prepared) {
            m_starting = false;
            report(MainWindow::DatabaseState::Failed,
                   tr("The demo database could not be prepared: %1").arg(prepared.error().message),
                   prepared.error().toString());
            Q_EMIT failed(prepared.error().toString());
            co_return;
        }
        m_demoPrepared = true;
        if (prepared.value())
            qCInfo(lcDemo) << "filled the embedded database with the demo clinic";
    }

    // The clinic of a chain to work in: --clinic, else the one chosen before a
    // reconnect, else the person's first.
    QCoro::Task<Result<QList<ClinicInfo>>> listClinics = pool->run(
        Access::Read, [](Session &s) { return listMyClinics(s); }, QStringLiteral("clinics"));
    Result<QList<ClinicInfo>> clinics = co_await listClinics;
    if (!self)
        co_return;
    if (clinics) {
        qint64 chosen = pool->clinic();
        if (!m_clinicKey.isEmpty() && chosen == 0) {
            const auto named = std::find_if(clinics.value().cbegin(), clinics.value().cend(),
                                            [this](const ClinicInfo &c) { return c.key == m_clinicKey; });
            if (named == clinics.value().cend()) {
                m_starting = false;
                QStringList keys;
                for (const ClinicInfo &c : clinics.value())
                    keys << c.key;
                const QString text = tr("--clinic: There is no clinic \"%1\" among yours (%2)")
                                         .arg(m_clinicKey, keys.join(QStringLiteral(", ")));
                report(MainWindow::DatabaseState::Failed, text, text);
                Q_EMIT failed(text);
                co_return;
            }
            chosen = named->id;
        }
        if (chosen == 0 && !clinics.value().isEmpty())
            chosen = clinics.value().first().id;
        pool->setClinic(chosen);
        if (m_window)
            m_window->setClinics(clinics.value(), chosen);
        offerChainClosuresAsync();
    }

    QCoro::Task<Result<DatabaseInfo>> load = pool->run(
        Access::Read, [](Session &s) { return readDatabaseInfo(s); }, QStringLiteral("database info"));
    Result<DatabaseInfo> info = co_await load;
    if (!self)
        co_return;
    m_starting = false;
    if (!clinics && info)
        info = Result<DatabaseInfo>(clinics.error());
    if (!info) {
        report(MainWindow::DatabaseState::Failed, info.error().message + tr(" — press Ctrl+R to retry."),
               info.error().toString());
        Q_EMIT failed(info.error().toString());
        co_return;
    }
    m_info = info.value();
    if (m_window)
        m_window->setClinicName(m_info.clinicName);
    m_readyStatus = tr("Connected to %1 · PostgreSQL %2 · schema v%3 · %4 · practitioners: %5")
                        .arg(where, m_info.serverVersion)
                        .arg(m_info.schemaVersion)
                        .arg(m_info.timeZone)
                        .arg(m_info.practitioners);
    report(MainWindow::DatabaseState::Ready, m_readyStatus);
    Q_EMIT ready();
}

} // namespace caredesk

namespace caredesk {

void AppController::saveViewState(QSettings &settings) const
{
    if (!m_window)
        return;
    m_window->saveSettings(settings);
    if (auto *book = m_window->findChild<BookWorkspace *>(QStringLiteral("bookWorkspace")))
        book->saveFilters(settings);
    if (auto *capacity = m_window->findChild<CapacityWorkspace *>(QStringLiteral("capacityWorkspace")))
        settings.setValue(QStringLiteral("capacity/weeks"), capacity->weeks());
}

void AppController::restoreViewState(const QSettings &settings)
{
    if (!m_window)
        return;
    m_window->restoreSettings(settings);
    if (auto *book = m_window->findChild<BookWorkspace *>(QStringLiteral("bookWorkspace")))
        book->restoreFilters(settings);
    bool ok = false;
    const int weeks = settings.value(QStringLiteral("capacity/weeks")).toInt(&ok);
    if (auto *capacity = m_window->findChild<CapacityWorkspace *>(QStringLiteral("capacityWorkspace"));
        capacity && ok)
        capacity->setWeeks(weeks);
}

} // namespace caredesk
