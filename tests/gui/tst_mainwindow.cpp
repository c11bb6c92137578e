// GUI smoke test: the real main window and controller against the test database,
// under the offscreen platform.
#include "app/appcontroller.h"
#include "engine/schema.h"
#include "tests/support/testdatabase.h"
#include "ui/shell/mainwindow.h"

#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        QVERIFY2(status->text().contains(QStringLiteral("schema v%1").arg(latestSchemaVersion())),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("practitioners: 8")), qPrintable(status->text()));
        QCOMPARE(controller.databaseInfo().practitioners, 8);

        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("workspaceStackedWidget"));
        QVERIFY(pages);
        QCOMPARE(pages->count(), 3);
        QCOMPARE(pages->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(pages->currentIndex(), 2);
        auto *nav = window.findChild<QListView *>(QStringLiteral("navigationListView"));
        QVERIFY(nav);
        QVERIFY(!nav->accessibleName().isEmpty());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
