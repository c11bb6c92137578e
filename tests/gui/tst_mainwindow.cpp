// GUI smoke test: the real main window and controller against the test database,
// under the offscreen platform.
#include "app/appcontroller.h"
#include "app/closurescontroller.h"
#include "app/diagnostics.h"
#include "engine/schema.h"
#include "models/closuresmodel.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "tests/support/seed.h"
#include "tests/support/testcluster.h"
#include "tests/support/testdatabase.h"
#include "ui/closures/closuresworkspace.h"
#include "ui/shell/diagnosticsdialog.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_logDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_logDir.isValid());
        DiagnosticsLog::install(m_logDir.path());
    }

    void diagnosticsShowThePoolButNeverThePassword()
    {
        TestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.migrate(), QString());
        auto target = ConnectionTarget::parse(db.conninfo() + QStringLiteral(" password=s3cret-pw"));
        QVERIFY(target.ok());
        MainWindow window;
        AppController controller({target.value(), PoolConfig{}, std::make_shared<SystemClock>(), false},
                                 &window);
        QSignalSpy ready(&controller, &AppController::ready);
        controller.start();
        QVERIFY(!ready.isEmpty() || ready.wait(30000));
        const QString text = DiagnosticsDialog::render(controller.diagnostics());
        QVERIFY2(!text.contains(QStringLiteral("s3cret-pw")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("••••••••")));
        QVERIFY(text.contains(QStringLiteral("Pool (size 10, overflow 20)")));
        QVERIFY(text.contains(QStringLiteral("statement_timeout=30000")));
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("poolStatusLabel"))
                        ->text()
                        .startsWith(QStringLiteral("Connections:")));
    }

    void aLostConnectionShowsABannerUntilItIsBack()
    {
        TestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.migrate(), QString());
        PoolConfig config;
        config.applicationName = QStringLiteral("cd_banner");
        config.listenHeartbeat = std::chrono::milliseconds(100);
        MainWindow window;
        AppController controller({db.target(), config, std::make_shared<SystemClock>(), false}, &window);
        QSignalSpy ready(&controller, &AppController::ready);
        window.show();
        controller.start();
        QVERIFY(!ready.isEmpty() || ready.wait(30000));
        QTest::qWait(300); // the listener is connected
        QCOMPARE(window.connectionBanner(), QString());
        QCOMPARE(
            execOnce(db.conninfo(), QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                   "WHERE application_name = 'cd_banner'")),
            QString());
        QTRY_VERIFY_WITH_TIMEOUT(DiagnosticsLog::recentProblems()
                                     .join(QLatin1Char('\n'))
                                     .contains(QStringLiteral("Reconnecting to the clinic's database…")),
                                 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBanner(), QString(), 5000); // back: the banner goes
        QFile log(DiagnosticsLog::logFilePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("Reconnecting to the clinic"));
    }

    // A primary and its standby in one conninfo: the primary dies hard, the window says it
    // is reconnecting and keeps what the user set, the standby is promoted, the banner goes
    // and the diagnostics show the connections the reload used on the promoted server.
    void aFailoverShowsReconnectingKeepsInputAndDiagnosticsSayWhere()
    {
        TestCluster primary;
        QVERIFY2(primary.ok(), qPrintable(primary.error()));
        QCOMPARE(migrateAndLoadSeedClinic(primary.conninfo()), QString());
        auto standby = TestCluster::standbyOf(primary, true);
        QVERIFY2(standby->ok(), qPrintable(standby->error()));
        QCOMPARE(standby->waitForReplay(primary), QString());
        auto target = ConnectionTarget::parse(TestCluster::listConninfo(primary, *standby));
        QVERIFY(target.ok());
        PoolConfig config;
        config.listenHeartbeat = std::chrono::milliseconds(100);
        MainWindow window;
        AppController controller(
            {target.value(), config,
             std::make_shared<FixedClock>(QDateTime(QDate(2025, 12, 1), QTime(0, 0), QTimeZone::utc())),
             false},
            &window);
        QSignalSpy ready(&controller, &AppController::ready);
        window.resize(1200, 760);
        window.show();
        window.showWorkspace(WorkspaceModel::Workspace::Book);
        controller.start();
        QVERIFY(!ready.isEmpty() || ready.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(controller.isListening(), 15000); // live updates are connected
        auto *minutes = window.findChild<QSpinBox *>(QStringLiteral("minutesSpinBox"));
        QVERIFY(minutes);
        minutes->setValue(45);

        QCOMPARE(primary.stopImmediately(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBanner(),
                                  QStringLiteral("Reconnecting to the clinic's database…"), 5000);
        QTest::qWait(500); // still reconnecting: the standby is not promoted yet
        QCOMPARE(window.connectionBanner(), QStringLiteral("Reconnecting to the clinic's database…"));
        QCOMPARE(window.databaseState(), MainWindow::DatabaseState::Connecting);
        saveScreenshot(&window, QStringLiteral("reconnecting.png"));

        QCOMPARE(standby->promote(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBanner(), QString(), 15000);
        QCOMPARE(window.databaseState(), MainWindow::DatabaseState::Ready);
        QCOMPARE(minutes->value(), 45);
        // The views reloaded on the promoted server; its connections say so.
        const QString where = QStringLiteral("127.0.0.1:%1 · primary").arg(standby->port());
        QTRY_VERIFY_WITH_TIMEOUT(DiagnosticsDialog::render(controller.diagnostics()).contains(where), 15000);
    }

    void opensOnTheDemoClinic()
    {
        TestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error()));
        // The embedded-demo path: the controller migrates and fills the database itself.
        auto clock =
            std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 26), QTime(22, 0), QTimeZone::utc()));
        MainWindow window;
        AppController controller({db.target(), PoolConfig{}, clock, true}, &window);
        QSignalSpy ready(&controller, &AppController::ready);
        window.show();
        controller.start();
        QVERIFY(!ready.isEmpty() || ready.wait(30000));

        QCOMPARE(window.databaseState(), MainWindow::DatabaseState::Ready);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("Harbourside Family Clinic")),
                 qPrintable(window.windowTitle()));
        auto *status = window.findChild<QLabel *>(QStringLiteral("databaseStatusLabel"));
        QVERIFY(status);
        // The label elides to the room it has; its tooltip holds the whole text.
        QVERIFY2(status->toolTip().contains(QStringLiteral("schema v%1").arg(latestSchemaVersion())),
                 qPrintable(status->toolTip()));
        QVERIFY2(status->toolTip().contains(QStringLiteral("practitioners: 8")),
                 qPrintable(status->toolTip()));
        QVERIFY(status->fontMetrics().horizontalAdvance(status->text()) <= std::max(40, status->width()));
        QCOMPARE(controller.databaseInfo().practitioners, 8);

        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("workspaceStackedWidget"));
        QVERIFY(pages);
        QCOMPARE(pages->count(), 5);
        QCOMPARE(window.currentWorkspace(), WorkspaceModel::Workspace::MyAvailability);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(window.currentWorkspace(), WorkspaceModel::Workspace::Book);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("bookWorkspace"));
        auto *nav = window.findChild<QListView *>(QStringLiteral("navigationListView"));
        QVERIFY(nav);
        QVERIFY(!nav->accessibleName().isEmpty());
        // One clinic: no clinic switcher.
        auto *clinicBar = window.findChild<QToolBar *>(QStringLiteral("clinicToolBar"));
        QVERIFY(clinicBar);
        QVERIFY(!clinicBar->isVisible());
        // Nor a "whole chain" closure.
        auto *chainWide = window.findChild<QCheckBox *>(QStringLiteral("closureChainWideCheckBox"));
        QVERIFY(chainWide);
        QVERIFY(chainWide->isHidden());
    }

    void aChainsClinicSwitcherMovesTheWindowToThatClinic()
    {
        TestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.migrate(), QString());
        QCOMPARE(db.execAdmin(QStringLiteral("INSERT INTO clinics (key, name, timezone)"
                                             " VALUES ('perth', 'Perth Clinic', 'Australia/Perth')")),
                 QString());
        auto clock =
            std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 26), QTime(22, 0), QTimeZone::utc()));
        MainWindow window;
        AppController controller({db.target(), PoolConfig{}, clock, true}, &window);
        QSignalSpy ready(&controller, &AppController::ready);
        window.show();
        controller.start();
        QVERIFY(!ready.isEmpty() || ready.wait(30000));

        auto *clinicBar = window.findChild<QToolBar *>(QStringLiteral("clinicToolBar"));
        auto *switcher = window.findChild<QComboBox *>(QStringLiteral("clinicSwitcher"));
        QVERIFY(clinicBar && switcher);
        QVERIFY(clinicBar->isVisible());
        QVERIFY(!switcher->accessibleName().isEmpty());
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->currentText(), QStringLiteral("Harbourside Family Clinic (Australia/Sydney)"));
        QCOMPARE(controller.databaseInfo().practitioners, 8);

        // From the keyboard: Ctrl+Shift+K goes to the switcher, Down picks Perth.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(switcher->view()->isVisible()); // its list opens for the arrow keys
        switcher->hidePopup();
        QTRY_VERIFY(switcher->hasFocus());
        QTest::keyClick(switcher, Qt::Key_Down);
        QCOMPARE(switcher->currentText(), QStringLiteral("Perth Clinic (Australia/Perth)"));
        QTRY_VERIFY2(window.windowTitle().contains(QStringLiteral("Perth Clinic")),
                     qPrintable(window.windowTitle()));
        QTRY_COMPARE(controller.databaseInfo().timeZone, QStringLiteral("Australia/Perth"));
        QCOMPARE(controller.databaseInfo().practitioners, 0);
        QCOMPARE(switcher->currentText(), QStringLiteral("Perth Clinic (Australia/Perth)"));

        // The owner (like a chain manager) closes the whole chain from Perth's Clinic Closures.
        auto *closures = window.findChild<ClosuresWorkspace *>(QStringLiteral("closuresWorkspace"));
        QVERIFY(closures);
        auto *chainWide = closures->findChild<QCheckBox *>(QStringLiteral("closureChainWideCheckBox"));
        QVERIFY(chainWide);
        QVERIFY(!chainWide->isHidden());
        QVERIFY(!chainWide->accessibleName().isEmpty());
        closures->findChild<QDateEdit *>(QStringLiteral("closureFromDateEdit"))->setDate(QDate(2026, 12, 28));
        closures->findChild<QDateEdit *>(QStringLiteral("closureToDateEdit"))->setDate(QDate(2026, 12, 28));
        auto *reason = closures->findChild<QLineEdit *>(QStringLiteral("closureReasonLineEdit"));
        QTest::keyClicks(reason, QStringLiteral("National day of rest"));
        chainWide->setChecked(true);
        QSignalSpy changed(controller.closuresController(), &ClosuresController::changeFinished);
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(!changed.isEmpty() || changed.wait(10000));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(changed.first().at(1).toString()));
        QVERIFY2(!chainWide->isChecked(), "the form clears after a closure was added");

        // Back in Sydney it is there too, marked as the whole chain's.
        QTest::keyClick(switcher, Qt::Key_Up);
        QTRY_COMPARE(controller.databaseInfo().timeZone, QStringLiteral("Australia/Sydney"));
        const auto chainRow = [closures]() -> QString {
            for (int row = 0; row < closures->model()->rowCount(); ++row) {
                const QModelIndex kind = closures->model()->index(row, ClosuresModel::KindColumn);
                if (kind.siblingAtColumn(ClosuresModel::ReasonColumn).data().toString() ==
                    QLatin1String("National day of rest"))
                    return kind.data().toString();
            }
            return {};
        };
        QTRY_VERIFY2(chainRow().endsWith(QStringLiteral("· whole chain")), qPrintable(chainRow()));
    }

    void anUnknownClinicIsRefusedByName()
    {
        TestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.migrate(), QString());
        MainWindow window;
        AppController controller({db.target(), PoolConfig{}, std::make_shared<SystemClock>(), false},
                                 &window);
        controller.setClinic(QStringLiteral("hobart"));
        QSignalSpy failed(&controller, &AppController::failed);
        window.show();
        controller.start();
        QVERIFY(!failed.isEmpty() || failed.wait(30000));
        QCOMPARE(window.databaseState(), MainWindow::DatabaseState::Failed);
        QVERIFY2(failed.first().first().toString().contains(
                     QStringLiteral("--clinic: There is no clinic \"hobart\" among yours (main)")),
                 qPrintable(failed.first().first().toString()));
    }

    void saysWhenTheDatabaseIsUnreachable()
    {
        auto target =
            ConnectionTarget::parse(QStringLiteral("host=127.0.0.1 port=1 dbname=none connect_timeout=2"));
        QVERIFY(target.ok());
        MainWindow window;
        AppController controller({target.value(), PoolConfig{}, std::make_shared<SystemClock>(), false},
                                 &window);
        QSignalSpy failed(&controller, &AppController::failed);
        window.show();
        controller.start();
        QVERIFY(!failed.isEmpty() || failed.wait(30000));
        QCOMPARE(window.databaseState(), MainWindow::DatabaseState::Failed);
        auto *status = window.findChild<QLabel *>(QStringLiteral("databaseStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("Cannot connect")));
        QVERIFY(status->text().contains(QStringLiteral("Ctrl+R")));
    }
};

CAREDESK_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
