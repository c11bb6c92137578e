#pragma once

#include "engine/clock.h"
#include "engine/connectiontarget.h"
#include "engine/poolconfig.h"
#include "engine/schedule.h"
#include "engine/schema.h"
#include "engine/warnings.h"
#include "ui/shell/diagnosticsdialog.h"

#include <QCoroTask>
#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

class QSettings;

namespace caredesk {

class AvailabilityController;
class BookController;
class SetupController;
class CapacityController;
class PrintController;
class ClosuresController;
class ConflictsController;
class BulkController;
class ChangeNotifier;
class ConnectionPool;
class MainWindow;

/// Wires the main window to the engine: owns the connection pool, brings the
/// database up (migrating and filling the embedded demo cluster only), and reports
/// the database status. All SQL runs on the pool's threads; this object only awaits.
class AppController final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        ConnectionTarget target;
        PoolConfig pool;
        std::shared_ptr<Clock> clock;
        /// The private cluster scripts/run manages: the only database the desktop
        /// client migrates and fills with the demo clinic by itself.
        bool embeddedDemo = false;
    };

    AppController(Options options, MainWindow *window, QObject *parent = nullptr);
    ~AppController() override;

    /// Where live updates are listened for (`--notify-db`): a direct connection when the
    /// database is PgBouncer in transaction mode. Unset: the database itself. Call
    /// before the database is up.
    void setNotifyTarget(const ConnectionTarget &target) { m_notifyTarget = target; }
    /// The clinic of a chain to work in, by key (`--clinic`); empty: the person's first.
    /// Call before the database is up; the header's switcher changes it afterwards.
    void setClinic(const QString &key) { m_clinicKey = key; }
    /// Availability searches, next-available, reports and the capacity view may read from
    /// a standby here (`--read-db`) while its replay lag is within the pool's
    /// standby_max_lag. Call before the database is up.
    void setStandbyReads(const ConnectionTarget &target);

    /// How the user is chosen once the database is up: as `login` without asking
    /// (`--user`, CAREDESK_USER), else by asking when `ask` (the desktop client). Without
    /// either, nobody signs in and every workspace shows (tests, a clinic without staff).
    void setSignIn(const QString &login, bool ask);

    /// The staff member signed in with their own login and password (the target carries
    /// them): Switch User signs out instead of picking a name, and after `idleLock`
    /// without keyboard or mouse input the window locks until their password is typed
    /// again (zero: never). What was typed before the lock stays where it was.
    void setStaffSession(std::chrono::milliseconds idleLock);
    [[nodiscard]] bool isLocked() const { return m_lockOverlay != nullptr; }
    /// Locks the window now (as if the idle time had passed).
    void lock();

    /// Connects (again) in the background; emits ready() or failed().
    void start();

    [[nodiscard]] const DatabaseInfo &databaseInfo() const { return m_info; }
    /// True while the live-update listener has its connection (the banner's opposite).
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] ConnectionPool &pool() const { return *m_pool; }
    [[nodiscard]] BookController *bookController() const { return m_book; }
    [[nodiscard]] ClosuresController *closuresController() const { return m_closures; }
    [[nodiscard]] AvailabilityController *availabilityController() const { return m_availability; }
    [[nodiscard]] SetupController *setupController() const { return m_setup; }
    [[nodiscard]] CapacityController *capacityController() const { return m_capacity; }
    [[nodiscard]] PrintController *printController() const { return m_print; }
    [[nodiscard]] ConflictsController *conflictsController() const { return m_conflicts; }
    [[nodiscard]] BulkController *bulkController() const { return m_bulk; }
    /// What the user arranged (window, last workspace, Book's filters, Capacity's weeks),
    /// kept between runs in the user's settings.
    void saveViewState(QSettings &settings) const;
    void restoreViewState(const QSettings &settings);
    /// The signed-in staff member (empty login: nobody, every workspace shown).
    [[nodiscard]] const StaffMember &user() const { return m_user; }
    /// Signs in as `login` (from the staff loaded at start); false when unknown.
    bool signInAs(const QString &login);
    /// What Help → Diagnostics shows (no password).
    [[nodiscard]] DiagnosticsSnapshot diagnostics() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    /// Somebody signed in (or the client settled on nobody): workspaces are loading.
    void signedIn();
    /// The staff member signed out (or gave up unlocking): close this session's window.
    void signOutRequested();
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCoro::Task<> startup();
    /// Offers closures of the whole chain in Clinic Closures when the person may write them.
    QCoro::Task<> offerChainClosuresAsync();
    QCoro::Task<> signInAsync(bool ask);
    void askWhoSignsIn();
    void applyUser(const StaffMember &user);
    /// Whether the signed-in person has this role (nobody signed in: every role).
    [[nodiscard]] bool hasRole(const QString &role) const;
    /// The warnings strip: the last loaded warnings, plus the feeds' holidays for managers.
    void showWarnings();
    QCoro::Task<> unlockAsync(QString password);
    void unlocked();

    Options m_options;
    std::optional<ConnectionTarget> m_notifyTarget;
    QString m_clinicKey;
    int m_chainOfferGeneration = 0; ///< the latest offerChainClosuresAsync() decides
    bool m_demoPrepared = false;    ///< the embedded demo is migrated and filled (once)
    QPointer<MainWindow> m_window;
    std::shared_ptr<ConnectionPool> m_pool;
    DatabaseInfo m_info;
    QString m_readyStatus; ///< the status bar's text once connected, restored after a reconnect
    bool m_starting = false;
    BookController *m_book = nullptr;
    ClosuresController *m_closures = nullptr;
    AvailabilityController *m_availability = nullptr;
    SetupController *m_setup = nullptr;
    CapacityController *m_capacity = nullptr;
    PrintController *m_print = nullptr;
    ConflictsController *m_conflicts = nullptr;
    BulkController *m_bulk = nullptr;
    qint64 m_undoOffered = 0; ///< the bulk change the undo question is about
    QList<AvailabilityWarning> m_warnings;
    QList<StaffMember> m_staff;
    StaffMember m_user;
    bool m_signedIn = false;
    QString m_signInLogin;
    bool m_askSignIn = false;
    ChangeNotifier *m_notifier = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_poolTimer = nullptr;
    bool m_staffSession = false;
    class IdleWatcher *m_idle = nullptr;
    QPointer<QWidget> m_lockOverlay;
    QPointer<class PasswordSignInDialog> m_unlockDialog;
};

} // namespace caredesk
