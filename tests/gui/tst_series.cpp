// Recurring series and the waitlist through the Book workspace's real widgets against real
// PostgreSQL (offscreen), on the seed clinic with "now" 1 December 2025 08:00 Sydney:
// a weekly series booked from the keyboard after a preview that says why each visit is
// not free and offers alternatives; the waitlist entry dialog refusing an empty window
// and keeping what was typed; a slot another client frees showing as an offer in every
// open window within a second, booked with Alt+L and Enter.
#include "app/appcontroller.h"
#include "app/bookcontroller.h"
#include "models/availabilityresultsmodel.h"
#include "models/daysheetmodel.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "ui/book/bookdialog.h"
#include "ui/book/bookworkspace.h"
#include "ui/book/daysheetpanel.h"
#include "ui/book/seriespreviewdialog.h"
#include "ui/book/waitlistpanel.h"
#include "ui/shell/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestSeries : public QObject
{
    Q_OBJECT

private:
    SeededClinic m_clinic;
    TestDatabase *m_db = nullptr;
    MainWindow *m_window = nullptr;
    AppController *m_app = nullptr;
    BookWorkspace *m_view = nullptr;

    template<typename Dialog>
    Dialog *visible() const
    {
        for (Dialog *d : m_window->findChildren<Dialog *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    void searchDavidBrown(const QDate &day)
    {
        auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("practitionerComboBox"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("dbrown")));
        m_view->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"))->setDate(day);
        m_view->findChild<QDateEdit *>(QStringLiteral("toDateEdit"))->setDate(day);
        QSignalSpy done(m_app->bookController(), &BookController::searchFinished);
        m_view->findChild<QPushButton *>(QStringLiteral("searchPushButton"))->click();
        QVERIFY(arrived(done, 15000));
    }

    QString count(const QString &sql) const { return queryOnce(m_db->conninfo(), sql); }

    /// Clicks Yes on the message box named `name` once it shows.
    void answerYes(const QString &name)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(name)) != nullptr && box->isVisible());
        box->button(QMessageBox::Yes)->click();
    }

    /// Shows David Brown's day sheet for `day` with appointment `id` selected.
    void openDaySheet(const QDate &day, qint64 id)
    {
        QSignalSpy loaded(m_app->bookController(), &BookController::daySheetLoaded);
        m_app->bookController()->showDaySheet(QStringLiteral("dbrown"), day, id);
        QVERIFY(arrived(loaded, 15000));
        QTRY_COMPARE(m_view->daySheet()->selectedAppointment().value_or(AppointmentSummary{}).id, id);
    }

    QString series() const
    {
        return count(QStringLiteral(
            "SELECT string_agg(series_index || ' ' || status || ' ' || to_char(starts_at AT TIME"
            " ZONE 'Australia/Sydney', 'MM-DD HH24:MI'), ',' ORDER BY series_index)"
            " FROM appointments WHERE series_id IS NOT NULL"));
    }

private Q_SLOTS:
    void init()
    {
        const QString error = m_clinic.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_db = m_clinic.db.get();
        m_window = m_clinic.window.get();
        m_app = m_clinic.app.get();
        m_view = m_window->findChild<BookWorkspace *>(QStringLiteral("bookWorkspace"));
        QVERIFY(m_view);
        QVERIFY(m_clinic.openBook(QSize(1100, 760)));
    }

    void cleanup() { m_clinic.close(); }

    void aWeeklySeriesIsPreviewedAndBookedFromTheKeyboard()
    {
        searchDavidBrown(QDate(2025, 12, 1));
        const QModelIndex nine = m_view->resultsModel()->findSlot(
            QStringLiteral("dbrown"),
            wallClockToInstant(QDate(2025, 12, 1), 9 * 60, sydney()).toMSecsSinceEpoch());
        QVERIFY(nine.isValid());
        m_view->selectSlot(QStringLiteral("dbrown"),
                           nine.data(AvailabilityResultsModel::SlotStartRole).toLongLong());
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("resultsTreeView"));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        BookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visible<BookDialog>()) != nullptr);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("patientNameLineEdit"));
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Jane Doe"));
        // Tab to Repeat, Space ticks it, Tab past "every 1 week", six visits.
        auto *repeat = dialog->findChild<QCheckBox *>(QStringLiteral("repeatCheckBox"));
        for (int i = 0; i < 6 && !repeat->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(repeat->hasFocus());
        QTest::keyClick(repeat, Qt::Key_Space);
        QVERIFY(repeat->isChecked());
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("bookConfirmPushButton"));
        QCOMPARE(ok->text(), QStringLiteral("&Check Visits…"));
        QTest::keyClick(repeat, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *visits = dialog->findChild<QSpinBox *>(QStringLiteral("repeatVisitsSpinBox"));
        QVERIFY(visits->hasFocus());
        visits->selectAll();
        QTest::keyClicks(visits, QStringLiteral("6"));
        QCOMPARE(visits->value(), 6);
        QTest::keyClick(visits, Qt::Key_Return);

        SeriesPreviewDialog *preview = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((preview = visible<SeriesPreviewDialog>()) != nullptr, 15000);
        auto *table = preview->findChild<QTableWidget *>(QStringLiteral("seriesVisitsTableWidget"));
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Free"));
        QCOMPARE(table->item(3, 2)->text(), QStringLiteral("Already booked"));
        QCOMPARE(table->item(4, 2)->text(), QStringLiteral("Outside working hours"));
        QCOMPARE(table->item(5, 2)->text(), QStringLiteral("Clinic closed: Christmas closure"));
        QVERIFY(!table->item(5, 3)->text().isEmpty()); // an alternative is proposed
        auto *book = preview->findChild<QPushButton *>(QStringLiteral("seriesBookPushButton"));
        QCOMPARE(book->text(), QStringLiteral("&Book 3 Visits"));
        preview->findChild<QPushButton *>(QStringLiteral("seriesAlternativesPushButton"))->click();
        QCOMPARE(book->text(), QStringLiteral("&Book 6 Visits"));
        // Space on visit 2 leaves it out.
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(1, 0)->checkState(), Qt::Unchecked);
        QCOMPARE(book->text(), QStringLiteral("&Book 5 Visits"));
        saveScreenshot(preview, QStringLiteral("series-preview.png"));

        QSignalSpy booked(m_app->bookController(), &BookController::bookingFinished);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(arrived(booked, 15000));
        QVERIFY2(booked.first().at(0).toBool(), qPrintable(booked.first().at(1).toString()));
        QVERIFY(booked.first().at(1).toString().startsWith(QStringLiteral("Booked 5 visits for Jane Doe")));
        QCOMPARE(
            count(QStringLiteral("SELECT string_agg(series_index::text, ',' ORDER BY series_index) FROM "
                                 "appointments WHERE patient_name = 'Jane Doe' AND series_id IS NOT NULL")),
            QStringLiteral("1,3,4,5,6"));
    }

    void aStalePreviewBooksNothingAndSaysSo()
    {
        searchDavidBrown(QDate(2025, 12, 1));
        const qint64 nine = wallClockToInstant(QDate(2025, 12, 1), 9 * 60, sydney()).toMSecsSinceEpoch();
        m_view->selectSlot(QStringLiteral("dbrown"), nine);
        m_window->findChild<QPushButton *>(QStringLiteral("bookPushButton"))->click();
        BookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visible<BookDialog>()) != nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("patientNameLineEdit")),
                         QStringLiteral("Jane Doe"));
        dialog->findChild<QCheckBox *>(QStringLiteral("repeatCheckBox"))->setChecked(true);
        dialog->findChild<QSpinBox *>(QStringLiteral("repeatVisitsSpinBox"))->setValue(3);
        dialog->findChild<QPushButton *>(QStringLiteral("bookConfirmPushButton"))->click();
        SeriesPreviewDialog *preview = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((preview = visible<SeriesPreviewDialog>()) != nullptr, 15000);
        // Another front desk books the second Monday meanwhile.
        QCOMPARE(execOnce(m_db->conninfo(),
                          QStringLiteral(
                              "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name)"
                              " SELECT id, '2025-12-08 09:00+11', '2025-12-08 09:30+11', 'Walk In'"
                              " FROM practitioners WHERE key = 'dbrown'")),
                 QString());
        QSignalSpy booked(m_app->bookController(), &BookController::bookingFinished);
        preview->findChild<QPushButton *>(QStringLiteral("seriesBookPushButton"))->click();
        QVERIFY(arrived(booked, 15000));
        QVERIFY(!booked.first().at(0).toBool());
        const QString message = booked.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("Nothing was booked")) &&
                     message.contains(QStringLiteral("Occurrence 2")),
                 qPrintable(message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM appointments WHERE patient_name = 'Jane Doe'")),
                 QStringLiteral("0"));
        // What was typed is kept for the next try.
        m_window->findChild<QPushButton *>(QStringLiteral("bookPushButton"))->click();
        QTRY_VERIFY((dialog = visible<BookDialog>()) != nullptr);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("patientNameLineEdit"))->text(),
                 QStringLiteral("Jane Doe"));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("repeatCheckBox"))->isChecked());
        dialog->reject();
    }

    void theDaySheetMovesOrCancelsASeriesFromAVisitOn()
    {
        // Jane Doe weekly on Mondays at 14:00 from 8 December, three visits.
        {
            ConnectionPool pool(m_db->target(), PoolConfig{});
            SeriesRequest r;
            r.practitionerKey = QStringLiteral("dbrown");
            r.firstStart = wallClockToInstant(QDate(2025, 12, 8), 14 * 60, sydney());
            r.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=3");
            r.patient = QStringLiteral("Jane Doe");
            const QDateTime now = seededNow();
            auto made = pool.runBlocking(Access::Write, [r, now](Session &s) {
                return bookSeries(s, r, seriesChoices(previewSeries(s, r, now), false), now);
            });
            QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
        }
        QCOMPARE(series(), QStringLiteral("1 booked 12-08 14:00,2 booked 12-15 14:00,3 booked 12-22 14:00"));
        const qint64 second =
            count(QStringLiteral("SELECT id FROM appointments WHERE series_index = 2")).toLongLong();
        openDaySheet(QDate(2025, 12, 15), second);
        auto *sheet = m_view->daySheet();
        const QModelIndex row = sheet->findChild<QTableView *>()->currentIndex();
        QCOMPARE(sheet->model()->index(row.row(), DaySheetModel::NoteColumn).data().toString(),
                 QStringLiteral("Series 1, visit 2"));

        // Move from visit 2 on: to Tuesday 10:00, so visit 3 goes to Tuesday 23 December
        // 10:00 (before the early close).
        QVERIFY(sheet->findChild<QPushButton *>(QStringLiteral("seriesMenuPushButton"))->isEnabled());
        auto *move = sheet->findChild<QAction *>(QStringLiteral("moveSeriesAction"));
        QVERIFY(move->isEnabled());
        QSignalSpy searched(m_app->bookController(), &BookController::searchFinished);
        move->trigger();
        QVERIFY(arrived(searched, 15000));
        const qint64 tuesday = wallClockToInstant(QDate(2025, 12, 16), 10 * 60, sydney()).toMSecsSinceEpoch();
        QTRY_VERIFY(m_view->resultsModel()->findSlot(QStringLiteral("dbrown"), tuesday).isValid());
        m_view->selectSlot(QStringLiteral("dbrown"), tuesday);
        QSignalSpy changed(m_app->bookController(), &BookController::changeFinished);
        m_window->findChild<QPushButton *>(QStringLiteral("bookPushButton"))->click();
        answerYes(QStringLiteral("moveSeriesMessageBox"));
        QVERIFY(arrived(changed, 15000));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(changed.first().at(1).toString()));
        QCOMPARE(series(), QStringLiteral("1 booked 12-08 14:00,2 booked 12-16 10:00,3 booked 12-23 10:00"));

        // Cancel from visit 2 on.
        openDaySheet(QDate(2025, 12, 16), second);
        auto *cancel = sheet->findChild<QAction *>(QStringLiteral("cancelSeriesAction"));
        QTRY_VERIFY(cancel->isEnabled());
        changed.clear();
        cancel->trigger();
        answerYes(QStringLiteral("cancelSeriesMessageBox"));
        QVERIFY(arrived(changed, 15000));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(changed.first().at(1).toString()));
        QVERIFY(changed.first().at(1).toString().startsWith(
            QStringLiteral("Cancelled 2 visits of Jane Doe's series")));
        QCOMPARE(series(),
                 QStringLiteral("1 booked 12-08 14:00,2 cancelled 12-16 10:00,3 cancelled 12-23 10:00"));
        // Both changes are bulk changes, the cancel the last one standing.
        QCOMPARE(count(QStringLiteral("SELECT string_agg(kind, ',' ORDER BY id) FROM bulk_operations")),
                 QStringLiteral("move,cancel"));
    }

    void theWaitlistDialogNamesAnEmptyWindowAndKeepsWhatWasTyped()
    {
        auto *tabs = m_view->findChild<QTabWidget *>(QStringLiteral("bookTabWidget"));
        tabs->setCurrentWidget(m_view->waitlist());
        m_view->waitlist()->findChild<QPushButton *>(QStringLiteral("waitlistAddPushButton"))->click();
        WaitlistEntryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visible<WaitlistEntryDialog>()) != nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("waitlistNameLineEdit")),
                         QStringLiteral("Ann Lee"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("waitlistAddConfirmPushButton"));
        QVERIFY(ok->isEnabled());
        dialog->findChild<QDateEdit *>(QStringLiteral("waitlistLatestDateEdit"))
            ->setDate(QDate(2025, 11, 30));
        QVERIFY(!ok->isEnabled());
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("waitlistHintLabel"));
        QVERIFY2(hint->text().contains(QStringLiteral("waitlist window is empty")), qPrintable(hint->text()));
        dialog->findChild<QDateEdit *>(QStringLiteral("waitlistLatestDateEdit"))
            ->setDate(QDate(2025, 12, 19));
        dialog->findChild<QTimeEdit *>(QStringLiteral("waitlistFromTimeEdit"))->setTime(QTime(9, 0));
        dialog->findChild<QTimeEdit *>(QStringLiteral("waitlistToTimeEdit"))->setTime(QTime(9, 15));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("shorter than the 30 minutes")),
                 qPrintable(hint->text()));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("waitlistNameLineEdit"))->text(),
                 QStringLiteral("Ann Lee"));
        dialog->findChild<QTimeEdit *>(QStringLiteral("waitlistToTimeEdit"))->setTime(QTime(12, 0));
        QVERIFY(ok->isEnabled());
        QSignalSpy added(m_app->bookController(), &BookController::bookingFinished);
        ok->click();
        QVERIFY(arrived(added, 15000));
        QCOMPARE(count(QStringLiteral(
                     "SELECT patient_name || ' ' || day_from || '-' || day_to FROM waitlist_entries")),
                 QStringLiteral("Ann Lee 540-720"));
        auto *list = m_view->waitlist()->findChild<QTreeWidget *>(QStringLiteral("waitlistTreeWidget"));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QTRY_VERIFY(list->topLevelItem(0)->text(3).contains(QStringLiteral("David Brown")));
    }

    void aSlotAnotherClientFreesIsOfferedEverywhereAndBookedInTwoKeys()
    {
        // Ann wants David on 22 December between 10:00 and 11:00, which R. Jones holds.
        QCOMPARE(execOnce(m_db->conninfo(),
                          QStringLiteral(
                              "INSERT INTO waitlist_entries (patient_name, practitioner_id, earliest, latest,"
                              " day_from, day_to, minutes) SELECT 'Ann Lee', id, '2025-12-22', '2025-12-22',"
                              " 600, 660, 60 FROM practitioners WHERE key = 'dbrown'")),
                 QString());
        MainWindow otherWindow;
        AppController other({m_db->target(), PoolConfig{}, std::make_shared<FixedClock>(seededNow()), false},
                            &otherWindow);
        auto *otherView = otherWindow.findChild<BookWorkspace *>(QStringLiteral("bookWorkspace"));
        QSignalSpy otherFirst(other.bookController(), &BookController::searchFinished);
        otherWindow.resize(1100, 760);
        otherWindow.show();
        otherWindow.showWorkspace(WorkspaceModel::Workspace::Book);
        other.start();
        QVERIFY(arrived(otherFirst, 20000));
        auto *mine = m_view->waitlist()->findChild<QTreeWidget *>(QStringLiteral("waitlistTreeWidget"));
        auto *theirs = otherView->waitlist()->findChild<QTreeWidget *>(QStringLiteral("waitlistTreeWidget"));
        m_app->bookController()->refresh(); // the entry was written behind both clients' backs
        other.bookController()->refresh();
        QTRY_COMPARE(mine->topLevelItemCount(), 1);
        QTRY_COMPARE(theirs->topLevelItemCount(), 1);
        QCOMPARE(theirs->topLevelItem(0)->text(3), QStringLiteral("nothing free yet"));
        QTest::qWait(300); // both listeners are connected

        // A third party (the phone line) cancels R. Jones.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(
            execOnce(m_db->conninfo(),
                     QStringLiteral(
                         "UPDATE appointments SET status = 'cancelled' WHERE patient_name = 'R. Jones'")),
            QString());
        QTRY_VERIFY_WITH_TIMEOUT(theirs->topLevelItem(0)->text(3).contains(QStringLiteral("David Brown")),
                                 3000);
        QTRY_VERIFY_WITH_TIMEOUT(mine->topLevelItem(0)->text(3).contains(QStringLiteral("David Brown")),
                                 3000);
        qInfo("both windows offered the freed slot %lld ms after the cancellation", timer.elapsed());
        QVERIFY2(timer.elapsed() < 1000, "every client shows it within 1 s");
        QVERIFY(otherWindow.findChild<QLabel *>(QStringLiteral("bookMessageLabel"))
                    ->text()
                    .contains(QStringLiteral("A slot that fits the waitlist is free: Ann Lee")));

        // Alt+L, Enter.
        otherWindow.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&otherWindow));
        QTest::keyClick(&otherWindow, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(theirs->hasFocus());
        saveScreenshot(otherView, QStringLiteral("waitlist.png"));
        QSignalSpy booked(other.bookController(), &BookController::bookingFinished);
        QTest::keyClick(theirs, Qt::Key_Return);
        QVERIFY(arrived(booked, 15000));
        QVERIFY2(booked.first().at(0).toBool(), qPrintable(booked.first().at(1).toString()));
        QCOMPARE(count(QStringLiteral(
                     "SELECT w.status || ' ' || to_char(a.starts_at AT TIME ZONE 'Australia/Sydney',"
                     " 'YYYY-MM-DD HH24:MI') || ' ' || a.patient_name FROM waitlist_entries w"
                     " JOIN appointments a ON a.id = w.appointment_id")),
                 QStringLiteral("booked 2025-12-22 10:00 Ann Lee"));
        QTRY_COMPARE(mine->topLevelItemCount(), 0);
    }
};

CAREDESK_GUI_TEST_MAIN(TestSeries)
#include "tst_series.moc"
