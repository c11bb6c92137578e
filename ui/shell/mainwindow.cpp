#include "mainwindow.h"

#include "appearance.h"
#include "models/localeformat.h"
#include "placeholderpage.h"
#include "signindialog.h"
#include "warningsstrip.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace caredesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspaces(new WorkspaceModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CareDesk"));
    resize(1100, 720);

    auto *splitter = new QSplitter(this);
    m_navigation = new QListView(splitter);
    m_navigation->setObjectName(QStringLiteral("navigationListView"));
    m_navigation->setAccessibleName(tr("Workspaces"));
    m_navigation->setModel(m_workspaces);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setMaximumWidth(240);
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("workspaceStackedWidget"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);

    // The banner: non-modal, above the workspaces, with the error detail on demand.
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("connectionBannerWidget"));
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(
        QStringLiteral("#connectionBannerWidget { background: #fff4d6; border-bottom: 1px solid #e0c070; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("connectionBannerLabel"));
    auto *details = new QPushButton(tr("&Details…"), m_banner);
    details->setObjectName(QStringLiteral("connectionDetailsPushButton"));
    connect(details, &QPushButton::clicked, this, [this] {
        QMessageBox::information(this, tr("Connection Details"),
                                 m_bannerDetails.isEmpty() ? m_bannerText->text() : m_bannerDetails);
    });
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(details);
    m_banner->setVisible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    m_warnings = new WarningsStrip(central);
    centralLayout->addWidget(m_warnings);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_statusIcon = new QLabel(this);
    m_statusIcon->setObjectName(QStringLiteral("databaseStatusIconLabel"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Database status"));
    m_poolLabel = new QLabel(this);
    m_poolLabel->setObjectName(QStringLiteral("poolStatusLabel"));
    m_poolLabel->setAccessibleName(tr("Connection pool"));
    statusBar()->addWidget(m_statusIcon);
    // The status text is elided to the room it has (the whole text is its tooltip).
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_userLabel->setAccessibleName(tr("Signed in as"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_poolLabel);

    // The clinic switcher, for staff of several clinics of a chain (hidden otherwise).
    m_clinicBar = addToolBar(tr("Clinic"));
    m_clinicBar->setObjectName(QStringLiteral("clinicToolBar"));
    m_clinicBar->setMovable(false);
    auto *clinicLabel = new QLabel(tr("Clinic:"), m_clinicBar);
    m_clinicSwitcher = new QComboBox(m_clinicBar);
    m_clinicSwitcher->setObjectName(QStringLiteral("clinicSwitcher"));
    m_clinicSwitcher->setAccessibleName(tr("Clinic"));
    m_clinicSwitcher->setToolTip(tr("The clinic you are working in (Ctrl+Shift+K)"));
    m_clinicSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    clinicLabel->setBuddy(m_clinicSwitcher);
    clinicLabel->setContentsMargins(6, 0, 6, 0);
    m_clinicBar->addWidget(clinicLabel);
    m_clinicBar->addWidget(m_clinicSwitcher);
    m_clinicBar->setVisible(false);
    connect(m_clinicSwitcher, &QComboBox::activated, this,
            [this](int index) { Q_EMIT clinicChosen(m_clinicSwitcher->itemData(index).toLongLong()); });
    auto *focusClinic = new QAction(tr("Switch Clinic"), this);
    focusClinic->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(focusClinic, &QAction::triggered, this, [this] {
        if (m_clinicBar->isVisible()) {
            m_clinicSwitcher->setFocus(Qt::ShortcutFocusReason);
            m_clinicSwitcher->showPopup();
        }
    });
    addAction(focusClinic);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *reconnect = fileMenu->addAction(tr("&Reconnect to Database"));
    reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(reconnect, &QAction::triggered, this, &MainWindow::reconnectRequested);
    QAction *switchUser = fileMenu->addAction(tr("&Switch User…"));
    switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(switchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    rebuildGoMenu();

    // Appearance: the desktop's palette, dark, or high contrast; kept between runs.
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *looks = new QActionGroup(this);
    const QList<std::pair<Appearance, QString>> choices{{Appearance::System, tr("&System Colours")},
                                                        {Appearance::Dark, tr("&Dark")},
                                                        {Appearance::HighContrast, tr("&High Contrast")}};
    for (const auto &[appearance, title] : choices) {
        QAction *action = viewMenu->addAction(title);
        action->setCheckable(true);
        action->setChecked(appearance == currentAppearance());
        action->setData(appearanceId(appearance));
        looks->addAction(action);
        connect(action, &QAction::triggered, this, [appearance] { applyAppearance(appearance); });
    }
    m_appearanceActions = looks;

    auto *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_conflictsAction = toolsMenu->addAction(tr("Appointments to &Resolve…"));
    m_conflictsAction->setObjectName(QStringLiteral("conflictsAction"));
    m_conflictsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_conflictsAction, &QAction::triggered, this, &MainWindow::conflictsRequested);
    toolsMenu->addSeparator();
    m_bulkAction = toolsMenu->addAction(tr("&Bulk Changes…"));
    m_bulkAction->setObjectName(QStringLiteral("bulkChangesAction"));
    m_bulkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_bulkAction, &QAction::triggered, this, &MainWindow::bulkChangesRequested);
    QAction *undoBulk = toolsMenu->addAction(tr("&Undo Last Bulk Change…"));
    undoBulk->setObjectName(QStringLiteral("undoBulkAction"));
    connect(undoBulk, &QAction::triggered, this, &MainWindow::undoBulkRequested);
    toolsMenu->addSeparator();
    m_auditAction = toolsMenu->addAction(tr("&Audit Log…"));
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::auditRequested);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *diagnostics = helpMenu->addAction(tr("&Diagnostics…"));
    connect(diagnostics, &QAction::triggered, this, &MainWindow::diagnosticsRequested);

    buildPages();
    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.row()); });
    m_navigation->setCurrentIndex(m_workspaces->index(0));
    setDatabaseStatus(DatabaseState::Connecting, tr("Connecting to the database…"));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    for (int row = 0; row < m_workspaces->rowCount(); ++row) {
        const QModelIndex index = m_workspaces->index(row);
        auto *page =
            new PlaceholderPage(index.data().toString(), index.data(Qt::ToolTipRole).toString(), m_pages);
        page->setObjectName(QStringLiteral("workspacePage%1").arg(row));
        m_pages->addWidget(page);
        m_pageFor.insert(m_workspaces->workspaceAt(row), page);
    }
}

void MainWindow::rebuildGoMenu()
{
    m_goMenu->clear();
    for (int row = 0; row < m_workspaces->rowCount(); ++row) {
        const auto workspace = m_workspaces->workspaceAt(row);
        QAction *go = m_goMenu->addAction(m_workspaces->index(row).data().toString());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(go, &QAction::triggered, this, [this, workspace] { showWorkspace(workspace); });
    }
}

void MainWindow::onCurrentRowChanged(int row)
{
    if (row >= 0 && row < m_workspaces->rowCount())
        m_pages->setCurrentWidget(m_pageFor.value(m_workspaces->workspaceAt(row)));
}

QWidget *MainWindow::workspaceWidget(WorkspaceModel::Workspace workspace) const
{
    return m_pageFor.value(workspace);
}

WorkspaceModel::Workspace MainWindow::currentWorkspace() const
{
    return m_pageFor.key(m_pages->currentWidget());
}

void MainWindow::setSignedIn(const QString &name, const QStringList &roles)
{
    const WorkspaceModel::Workspace before = currentWorkspace();
    m_userName = name;
    m_workspaces->setStaffRoles(name.isEmpty() ? QStringList{} : roles);
    rebuildGoMenu();
    const int keep = m_workspaces->rowOf(before);
    m_navigation->setCurrentIndex(m_workspaces->index(keep >= 0 ? keep : 0));
    onCurrentRowChanged(m_navigation->currentIndex().row());
    m_userLabel->setText(name.isEmpty() ? QString()
                                        : tr("Signed in: %1 (%2)").arg(name, describeRoles(roles)));
    // Bulk changes and the audit log are the managers' (the database says so too).
    const bool manager = name.isEmpty() || roles.contains(QStringLiteral("manager"));
    m_bulkAction->setEnabled(manager);
    m_auditAction->setEnabled(manager);
    // Moving and cancelling appointments is the front desk's (and managers').
    m_conflictsAction->setEnabled(manager || roles.contains(QStringLiteral("front_desk")));
    setClinicName(m_clinicName);
}

void MainWindow::confirmUndo(const QString &summary, const QString &actor, const QDateTime &at)
{
    auto *confirm =
        new QMessageBox(QMessageBox::Question, tr("Undo Last Bulk Change"),
                        tr("Undo \"%1\" by %2 (%3)? Every row it changed goes back to what it was.")
                            .arg(summary, actor, localeformat::dateTimeText(locale(), at)),
                        QMessageBox::Yes | QMessageBox::No, this);
    confirm->setObjectName(QStringLiteral("undoBulkMessageBox"));
    confirm->button(QMessageBox::Yes)->setText(tr("&Undo It"));
    confirm->button(QMessageBox::No)->setText(tr("&Keep It"));
    confirm->setDefaultButton(QMessageBox::No);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            Q_EMIT undoBulkConfirmed();
    });
    confirm->open();
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 20000);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    elideStatus();
}

void MainWindow::elideStatus()
{
    const int room = std::max(40, m_statusLabel->width());
    m_statusLabel->setText(m_statusLabel->fontMetrics().elidedText(m_statusText, Qt::ElideRight, room));
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/workspace"), int(currentWorkspace()));
    settings.setValue(QStringLiteral("window/appearance"), appearanceId(currentAppearance()));
}

void MainWindow::restoreSettings(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    bool ok = false;
    const int workspace = settings.value(QStringLiteral("window/workspace")).toInt(&ok);
    const QMetaEnum names = QMetaEnum::fromType<WorkspaceModel::Workspace>();
    if (ok && names.valueToKey(workspace))
        showWorkspace(WorkspaceModel::Workspace(workspace));
    if (const auto look = appearanceFromId(settings.value(QStringLiteral("window/appearance")).toString())) {
        applyAppearance(*look);
        for (QAction *a : m_appearanceActions->actions())
            a->setChecked(a->data().toString() == appearanceId(*look));
    }
}

void MainWindow::showWorkspace(WorkspaceModel::Workspace workspace)
{
    const int row = m_workspaces->rowOf(workspace);
    if (row >= 0)
        m_navigation->setCurrentIndex(m_workspaces->index(row));
}

void MainWindow::setConnectionBanner(const QString &text, const QString &details)
{
    m_bannerText->setText(text);
    m_bannerDetails = details;
    m_banner->setVisible(!text.isEmpty());
}

QString MainWindow::connectionBanner() const
{
    return m_banner->isVisible() ? m_bannerText->text() : QString();
}

void MainWindow::setPoolStatus(const QString &text)
{
    m_poolLabel->setText(text);
}

void MainWindow::setWorkspaceWidget(WorkspaceModel::Workspace workspace, QWidget *page)
{
    QWidget *old = m_pageFor.value(workspace);
    const bool current = m_pages->currentWidget() == old;
    m_pages->addWidget(page);
    m_pageFor.insert(workspace, page);
    if (old) {
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    if (current)
        m_pages->setCurrentWidget(page);
}

void MainWindow::setDatabaseStatus(DatabaseState state, const QString &text, const QString &details)
{
    m_state = state;
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    if (state == DatabaseState::Ready)
        icon = QStyle::SP_DialogApplyButton;
    else if (state == DatabaseState::Failed)
        icon = QStyle::SP_MessageBoxCritical;
    m_statusIcon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_statusText = text;
    elideStatus();
    m_statusLabel->setToolTip(details.isEmpty() ? text : details);
    m_statusLabel->setAccessibleDescription(details);
}

void MainWindow::setClinics(const QList<ClinicInfo> &clinics, qint64 current)
{
    const QSignalBlocker quiet(m_clinicSwitcher);
    m_clinicSwitcher->clear();
    for (const ClinicInfo &c : clinics) {
        m_clinicSwitcher->addItem(tr("%1 (%2)").arg(c.name, c.timeZone), c.id);
        if (c.id == current)
            m_clinicSwitcher->setCurrentIndex(m_clinicSwitcher->count() - 1);
    }
    m_clinicBar->setVisible(clinics.size() > 1);
}

void MainWindow::setClinicName(const QString &name)
{
    m_clinicName = name;
    QString title = name.isEmpty() ? tr("CareDesk") : tr("%1 — CareDesk").arg(name);
    if (!m_userName.isEmpty())
        title = tr("%1 — %2").arg(m_userName, title);
    setWindowTitle(title);
}

} // namespace caredesk
