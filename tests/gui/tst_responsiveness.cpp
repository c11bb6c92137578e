// Event-loop responsiveness: while Book searches 90 days across all 50 practitioners of
// a benchmark-sized demo clinic, a probe timer on the GUI thread measures the longest
// stall. It prints the figure; it fails only above 250 ms (shared, noisy machines); the
// goal, 50 ms, is tracked in docs/performance.md.
#include "app/appcontroller.h"
#include "app/bookcontroller.h"
#include "engine/demo.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "models/availabilityresultsmodel.h"
#include "tests/gui/testmain.h"
#include "tests/support/testdatabase.h"
#include "ui/book/bookworkspace.h"
#include "ui/shell/mainwindow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QPushButton>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestResponsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNinetyDaySearchKeepsTheWindowPainting()
    {
        TestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.migrate(), QString());
        const QDate today(2026, 11, 27);
        {
            ConnectionPool pool(db.target(), PoolConfig{});
            auto loaded = pool.runBlocking(Access::Write, [today](Session &s) {
                DemoOptions o;
                o.practitioners = 50;
                o.days = 90;
                return loadDemo(s, today, o).appointments;
            });
            QVERIFY(loaded.ok());
        }
        const QDateTime now = wallClockToInstant(today, 8 * 60, QTimeZone("Australia/Sydney"));
        MainWindow window;
        AppController app({db.target(), PoolConfig{}, std::make_shared<FixedClock>(now), false}, &window);
        auto *view = window.findChild<BookWorkspace *>(QStringLiteral("bookWorkspace"));
        QSignalSpy first(app.bookController(), &BookController::searchFinished);
        window.show();
        window.showWorkspace(WorkspaceModel::Workspace::Book);
        app.start();
        QVERIFY(!first.isEmpty() || first.wait(30000));

        view->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"))->setDate(today);
        view->findChild<QDateEdit *>(QStringLiteral("toDateEdit"))->setDate(today.addDays(89));
        QSignalSpy done(app.bookController(), &BookController::searchFinished);

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 t = clock.elapsed();
            longest = std::max(longest, t - last);
            last = t;
        });
        clock.start();
        probe.start();
        view->findChild<QPushButton *>(QStringLiteral("searchPushButton"))->click();
        QVERIFY(!done.isEmpty() || done.wait(60000));
        QTest::qWait(100); // the view lays out the results
        probe.stop();
        const qint64 total = clock.elapsed();
        QCOMPARE(view->resultsModel()->rowCount(), 90);
        qInfo("90 days x 50 practitioners: results after %lld ms; longest GUI-thread stall %lld ms", total,
              longest);
        QVERIFY2(longest <= 250, qPrintable(QStringLiteral("the window froze for %1 ms").arg(longest)));
    }
};

CAREDESK_GUI_TEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
