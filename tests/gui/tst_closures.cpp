// Clinic Closures through the real widgets (offscreen, real PostgreSQL): a manager
// adds a closure and Book shows the day closed with its reason; each closure shows who
// works anyway and the appointments it hits; bad input keeps the form; delete confirms.
#include "app/bookcontroller.h"
#include "app/closurescontroller.h"
#include "models/availabilityresultsmodel.h"
#include "models/closuresmodel.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "ui/book/bookworkspace.h"
#include "ui/closures/closuresworkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestClosures : public QObject
{
    Q_OBJECT

private:
    SeededClinic m_clinic;
    ClosuresWorkspace *m_view = nullptr;

    int rowWithReason(const QString &reason) const
    {
        for (int r = 0; r < m_view->model()->rowCount(); ++r) {
            if (m_view->model()->index(r, ClosuresModel::ReasonColumn).data().toString() == reason)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        const QString error = m_clinic.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_view = m_clinic.window->findChild<ClosuresWorkspace *>(QStringLiteral("closuresWorkspace"));
        QVERIFY(m_view);
        QSignalSpy loaded(m_clinic.app->closuresController(), &ClosuresController::loaded);
        QSignalSpy searched(m_clinic.app->bookController(), &BookController::searchFinished);
        m_clinic.window->show();
        m_clinic.window->showWorkspace(WorkspaceModel::Workspace::ClinicClosures);
        m_clinic.app->start();
        QVERIFY(arrived(loaded, 20000));
        QVERIFY(arrived(searched, 20000));
    }

    void cleanup() { m_clinic.close(); }

    void listsClosuresWithOverridesAndAppointments()
    {
        QAbstractItemModelTester tester(m_view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int christmas = rowWithReason(QStringLiteral("Christmas closure"));
        QVERIFY(christmas >= 0);
        QCOMPARE(m_view->model()->index(christmas, ClosuresModel::WorkingColumn).data().toString(),
                 QStringLiteral("David Brown"));
        QCOMPARE(m_view->model()->index(christmas, ClosuresModel::HoursColumn).data().toString(),
                 QStringLiteral("All day"));
        const int early = rowWithReason(QStringLiteral("Early close"));
        QVERIFY(early >= 0);
        QCOMPARE(m_view->model()->index(early, ClosuresModel::HoursColumn).data().toString(),
                 QStringLiteral("13:00 – 24:00"));
    }

    void addedClosureClosesTheDayInBook()
    {
        m_view->findChild<QDateEdit *>(QStringLiteral("closureFromDateEdit"))->setDate(QDate(2025, 12, 22));
        m_view->findChild<QDateEdit *>(QStringLiteral("closureToDateEdit"))->setDate(QDate(2025, 12, 22));
        auto *reason = m_view->findChild<QLineEdit *>(QStringLiteral("closureReasonLineEdit"));
        QTest::keyClicks(reason, QStringLiteral("Staff meeting"));
        QSignalSpy changed(m_clinic.app->closuresController(), &ClosuresController::changeFinished);
        QSignalSpy loaded(m_clinic.app->closuresController(), &ClosuresController::loaded);
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(arrived(changed, 10000));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(changed.first().at(1).toString()));
        QTRY_VERIFY(rowWithReason(QStringLiteral("Staff meeting")) >= 0);
        const int row = rowWithReason(QStringLiteral("Staff meeting"));
        QCOMPARE(m_view->model()->index(row, 0).data(ClosuresModel::BookedRole).toInt(), 2);
        QCOMPARE(m_view->model()->index(row, ClosuresModel::BookedColumn).data().toString(),
                 QStringLiteral("Booked inside: 2"));
        QVERIFY2(reason->text().isEmpty(), "the form clears after a closure was added");

        // Front desk sees it at once: Book's results name the new closure.
        auto *book = m_clinic.window->findChild<BookWorkspace *>(QStringLiteral("bookWorkspace"));
        auto *combo = book->findChild<QComboBox *>(QStringLiteral("practitionerComboBox"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("dbrown")));
        book->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"))->setDate(QDate(2025, 12, 22));
        book->findChild<QDateEdit *>(QStringLiteral("toDateEdit"))->setDate(QDate(2025, 12, 22));
        QSignalSpy searched(m_clinic.app->bookController(), &BookController::searchFinished);
        book->findChild<QPushButton *>(QStringLiteral("searchPushButton"))->click();
        QVERIFY(arrived(searched, 10000));
        // A refresh the closure's notification started may finish first: wait for ours.
        QTRY_COMPARE_WITH_TIMEOUT(
            book->resultsModel()->index(0, 1, book->resultsModel()->index(0, 0)).data().toString(),
            QStringLiteral("Clinic closed — Staff meeting"), 10000);
    }

    void theFormStartsAtTodayEvenWhenAReloadOvertakesTheFirst()
    {
        // A change notification can reload the list before the first load has answered;
        // the form must still start at the clinic's today.
        cleanup();
        const QString error = m_clinic.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_view = m_clinic.window->findChild<ClosuresWorkspace *>(QStringLiteral("closuresWorkspace"));
        QSignalSpy loaded(m_clinic.app->closuresController(), &ClosuresController::loaded);
        m_clinic.window->show();
        m_clinic.window->showWorkspace(WorkspaceModel::Workspace::ClinicClosures);
        ClosuresController *closures = m_clinic.app->closuresController();
        // A second load as the database comes up: one of the two overtakes the other.
        connect(m_clinic.app.get(), &AppController::ready, closures, [closures] { closures->load(); });
        m_clinic.app->start();
        QVERIFY(arrived(loaded, 20000));
        QCOMPARE(m_view->findChild<QDateEdit *>(QStringLiteral("closureFromDateEdit"))->date(),
                 QDate(2025, 12, 1));
        QCOMPARE(m_view->findChild<QDateEdit *>(QStringLiteral("closureToDateEdit"))->date(),
                 QDate(2025, 12, 1));
    }

    void aReloadKeepsTheChosenClosureAndAppointment()
    {
        ClosuresController *closures = m_clinic.app->closuresController();
        QSignalSpy loaded(closures, &ClosuresController::loaded);
        const auto addClosure = [this](const char *date, const char *reason) {
            return m_clinic.db->execAdmin(
                QStringLiteral("INSERT INTO availability_exceptions (kind, start_date, "
                               "end_date, reason) VALUES ('closure', '%1', '%1', '%2')")
                    .arg(QLatin1String(date), QLatin1String(reason)));
        };
        QCOMPARE(addClosure("2025-12-22", "Staff meeting"), QString());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithReason(QStringLiteral("Staff meeting")) >= 0, 10000);
        auto *table = m_view->findChild<QTableView *>(QStringLiteral("closuresTableView"));
        auto *inside = m_view->findChild<QListWidget *>(QStringLiteral("closureAppointmentsListWidget"));
        auto *open = m_view->findChild<QPushButton *>(QStringLiteral("closureOpenInBookPushButton"));
        QSignalSpy insideLoaded(closures, &ClosuresController::insideLoaded);
        table->selectRow(rowWithReason(QStringLiteral("Staff meeting")));
        QVERIFY(arrived(insideLoaded, 10000));
        QCOMPARE(inside->count(), 2);
        inside->setCurrentRow(1);
        const QString chosen = inside->currentItem()->text();
        QVERIFY(open->isEnabled());

        // Another manager adds a closure elsewhere: the list reloads around the user.
        loaded.clear();
        insideLoaded.clear();
        QCOMPARE(addClosure("2026-03-02", "Audit day"), QString());
        QVERIFY(arrived(loaded, 10000));
        QVERIFY(arrived(insideLoaded, 10000));
        QTRY_VERIFY(rowWithReason(QStringLiteral("Audit day")) >= 0);
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().siblingAtColumn(ClosuresModel::ReasonColumn).data().toString(),
                 QStringLiteral("Staff meeting"));
        QCOMPARE(inside->count(), 2);
        QVERIFY(inside->currentItem());
        QCOMPARE(inside->currentItem()->text(), chosen);
        QVERIFY(open->isEnabled());
    }

    void badInputSaysWhatAndKeepsTheForm()
    {
        m_view->findChild<QDateEdit *>(QStringLiteral("closureFromDateEdit"))->setDate(QDate(2025, 12, 22));
        auto *reason = m_view->findChild<QLineEdit *>(QStringLiteral("closureReasonLineEdit"));
        QVERIFY(reason->text().isEmpty());
        QSignalSpy changed(m_clinic.app->closuresController(), &ClosuresController::changeFinished);
        m_view->findChild<QPushButton *>(QStringLiteral("addClosurePushButton"))->click();
        QVERIFY(arrived(changed, 10000));
        QCOMPARE(changed.first().at(0).toBool(), false);
        auto *banner = m_view->findChild<QLabel *>(QStringLiteral("closuresMessageLabel"));
        QVERIFY2(banner->text().contains(QStringLiteral("reason")), qPrintable(banner->text()));
        QCOMPARE(m_view->findChild<QDateEdit *>(QStringLiteral("closureFromDateEdit"))->date(),
                 QDate(2025, 12, 22));
    }

    void deleteAsksFirst()
    {
        const int early = rowWithReason(QStringLiteral("Early close"));
        QVERIFY(early >= 0);
        auto *table = m_view->findChild<QTableView *>(QStringLiteral("closuresTableView"));
        table->selectRow(early);
        m_view->findChild<QPushButton *>(QStringLiteral("deleteClosurePushButton"))->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = m_view->findChild<QMessageBox *>(QStringLiteral("deleteClosureMessageBox"))) !=
                    nullptr);
        QSignalSpy changed(m_clinic.app->closuresController(), &ClosuresController::changeFinished);
        confirm->button(QMessageBox::Yes)->click();
        QVERIFY(arrived(changed, 10000));
        QVERIFY(changed.first().at(0).toBool());
        QTRY_COMPARE(rowWithReason(QStringLiteral("Early close")), -1);
        QVERIFY(rowWithReason(QStringLiteral("Christmas closure")) >= 0);
    }
};

CAREDESK_GUI_TEST_MAIN(TestClosures)
#include "tst_closures.moc"
