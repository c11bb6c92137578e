#pragma once

#include "engine/clinics.h"
#include "models/workspacemodel.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QToolBar;
class QListView;
class QMenu;
class QStackedWidget;

class QAction;
class QActionGroup;
class QSettings;

namespace caredesk {

/// The main window: a navigation list of workspaces, one page per workspace and
/// the database status in the status bar. It shows state and emits intent; it never
/// talks to the database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class DatabaseState
    {
        Connecting,
        Ready,
        Failed
    };
    Q_ENUM(DatabaseState)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the connection state and a one-line description in the status bar.
    void setDatabaseStatus(DatabaseState state, const QString &text, const QString &details = {});
    /// The clinic name for the window title.
    void setClinicName(const QString &name);
    /// The clinics of a chain the signed-in person works at, `current` chosen: the
    /// clinic switcher in the header shows for two or more.
    void setClinics(const QList<ClinicInfo> &clinics, qint64 current);

    [[nodiscard]] DatabaseState databaseState() const { return m_state; }
    [[nodiscard]] WorkspaceModel *workspaceModel() const { return m_workspaces; }
    void showWorkspace(WorkspaceModel::Workspace workspace);
    /// A non-modal banner above the workspaces about database trouble; empty text hides it.
    void setConnectionBanner(const QString &text, const QString &details = {});
    [[nodiscard]] QString connectionBanner() const;
    /// The pool's state in the status bar.
    void setPoolStatus(const QString &text);

    /// Puts a workspace's real page in place of its placeholder (the window owns it).
    void setWorkspaceWidget(WorkspaceModel::Workspace workspace, QWidget *page);
    [[nodiscard]] QWidget *workspaceWidget(WorkspaceModel::Workspace workspace) const;
    [[nodiscard]] WorkspaceModel::Workspace currentWorkspace() const;
    /// Window geometry and the workspace open last, kept between runs.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    /// Who is signed in (shown in the status bar and title); navigation shows the
    /// workspaces these roles allow. An empty name: nobody (all workspaces).
    void setSignedIn(const QString &name, const QStringList &roles);
    /// Asks whether to undo the last bulk change (made at `at`, shown in its own zone);
    /// undoBulkConfirmed() when yes.
    void confirmUndo(const QString &summary, const QString &actor, const QDateTime &at);
    /// A passing message in the status bar (what an action came to).
    void showStatusMessage(const QString &text);
    /// The warnings under the header (AppController fills it).
    [[nodiscard]] class WarningsStrip *warningsStrip() const { return m_warnings; }

Q_SIGNALS:
    /// The user asked to retry the database connection.
    void reconnectRequested();
    /// The user asked for Help → Diagnostics.
    void diagnosticsRequested();
    /// The user asked to sign in as somebody else.
    void switchUserRequested();
    /// Tools → Appointments to Resolve.
    void conflictsRequested();
    void bulkChangesRequested();
    void undoBulkRequested();
    void undoBulkConfirmed();
    void auditRequested();
    /// The user picked another clinic of the chain in the switcher.
    void clinicChosen(qint64 clinicId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildPages();
    void rebuildGoMenu();
    void onCurrentRowChanged(int row);
    void elideStatus();

    WorkspaceModel *m_workspaces = nullptr;
    QListView *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_poolLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QToolBar *m_clinicBar = nullptr;
    QComboBox *m_clinicSwitcher = nullptr;
    QMenu *m_goMenu = nullptr;
    QHash<WorkspaceModel::Workspace, QWidget *> m_pageFor;
    QString m_statusText;
    QString m_clinicName;
    QString m_userName;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QString m_bannerDetails;
    DatabaseState m_state = DatabaseState::Connecting;
    QActionGroup *m_appearanceActions = nullptr;
    class WarningsStrip *m_warnings = nullptr;
    QAction *m_bulkAction = nullptr;
    QAction *m_conflictsAction = nullptr;
    QAction *m_auditAction = nullptr;
};

} // namespace caredesk
