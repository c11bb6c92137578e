// The Book workspace through its real widgets against real PostgreSQL (offscreen):
// the seed case reads "Clinic closed — Christmas closure", a keyboard-only booking,
// a lost race shown as "just taken" with the form kept, and live refresh that neither
// swallows the user's own search nor loses their place in the results.
#include "app/appcontroller.h"
#include "app/bookcontroller.h"
#include "engine/booking.h"
#include "engine/interchange.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "models/availabilityresultsmodel.h"
#include "models/daysheetmodel.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "ui/book/bookdialog.h"
#include "ui/book/bookworkspace.h"
#include "ui/book/daysheetpanel.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestBook : public QObject
{
    Q_OBJECT

private:
    SeededClinic m_clinic;
    TestDatabase *m_db = nullptr;
    MainWindow *m_window = nullptr;
    AppController *m_app = nullptr;
    BookWorkspace *m_view = nullptr;

    QModelIndex practitionerRow(const QDate &date, const QString &key)
    {
        return m_view->resultsModel()->indexOf({AvailabilityResultsModel::Level::Practitioner, date, key});
    }

    /// The Book dialog on screen now (a closed one may linger until deleteLater runs, and a
    /// new one may reuse a deleted one's address, so pointers prove nothing).
    BookDialog *visibleDialog() const
    {
        for (BookDialog *d : m_window->findChildren<BookDialog *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    void searchDavidBrown(const QDate &from, const QDate &to)
    {
        auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("practitionerComboBox"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("dbrown")));
        m_view->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"))->setDate(from);
        m_view->findChild<QDateEdit *>(QStringLiteral("toDateEdit"))->setDate(to);
        QSignalSpy done(m_app->bookController(), &BookController::searchFinished);
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("searchPushButton")),
                          Qt::LeftButton);
        QVERIFY(arrived(done, 15000));
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
        QVERIFY(m_clinic.openBook());
    }

    void cleanup() { m_clinic.close(); }

    void resultsModelIsConsistent()
    {
        QAbstractItemModelTester tester(m_view->resultsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        searchDavidBrown(QDate(2025, 12, 22), QDate(2025, 12, 28));
        QVERIFY(m_view->resultsModel()->firstSlot().isValid());
    }

    void closedDaySaysWhy()
    {
        searchDavidBrown(QDate(2025, 12, 22), QDate(2025, 12, 28));
        QCOMPARE(m_view->resultsModel()->rowCount(), 7);
        const QModelIndex boxingDay = practitionerRow(QDate(2025, 12, 26), QStringLiteral("dbrown"));
        QVERIFY(boxingDay.isValid());
        QCOMPARE(boxingDay.siblingAtColumn(1).data().toString(),
                 QStringLiteral("Clinic closed — Christmas closure"));
        QCOMPARE(m_view->resultsModel()->rowCount(boxingDay), 0);
        const QModelIndex monday = practitionerRow(QDate(2025, 12, 22), QStringLiteral("dbrown"));
        QVERIFY(monday.siblingAtColumn(1).data().toString().startsWith(
            QStringLiteral("Free slots: 11, first at ")));
        const QModelIndex saturday = practitionerRow(QDate(2025, 12, 27), QStringLiteral("dbrown"));
        QCOMPARE(saturday.siblingAtColumn(1).data().toString(), QStringLiteral("Not working"));
    }

    void keyboardOnlyBooking()
    {
        m_view->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"))->setDate(QDate(2025, 12, 22));
        m_view->findChild<QDateEdit *>(QStringLiteral("toDateEdit"))->setDate(QDate(2025, 12, 22));
        auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("practitionerComboBox"));
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClicks(combo, QStringLiteral("David"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("dbrown"));
        QSignalSpy searched(m_app->bookController(), &BookController::searchFinished);
        QTest::keyClick(combo, Qt::Key_Return);
        QVERIFY(arrived(searched, 15000));

        auto *tree = m_view->findChild<QTreeView *>(QStringLiteral("resultsTreeView"));
        for (int i = 0; i < 20 && !tree->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Down);  // the day
        QTest::keyClick(tree, Qt::Key_Down);  // David Brown
        QTest::keyClick(tree, Qt::Key_Right); // open his slots
        QTest::keyClick(tree, Qt::Key_Down);  // the first slot
        QCOMPARE(tree->currentIndex().data(AvailabilityResultsModel::LevelRole).toInt(),
                 int(AvailabilityResultsModel::Level::Slot));
        const qint64 start = tree->currentIndex().data(AvailabilityResultsModel::SlotStartRole).toLongLong();
        QTest::keyClick(tree, Qt::Key_Return);
        BookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog()) != nullptr);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("patientNameLineEdit"));
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Ann Lee"));
        QSignalSpy booked(m_app->bookController(), &BookController::bookingFinished);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(arrived(booked, 15000));
        QVERIFY2(booked.first().at(0).toBool(), qPrintable(booked.first().at(1).toString()));
        QCOMPARE(
            queryOnce(m_db->conninfo(), QStringLiteral("SELECT count(*) FROM appointments WHERE patient_name "
                                                       "= 'Ann Lee' AND starts_at = to_timestamp(%1)")
                                            .arg(start / 1000)),
            QStringLiteral("1"));
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("bookMessageLabel"))
                    ->text()
                    .contains(QStringLiteral("Booked Ann Lee")));
    }

    void lostRaceSaysJustTakenAndKeepsTheForm()
    {
        searchDavidBrown(QDate(2025, 12, 22), QDate(2025, 12, 22));
        const QModelIndex first = m_view->resultsModel()->firstSlot();
        QVERIFY(first.isValid());
        const qint64 start = first.data(AvailabilityResultsModel::SlotStartRole).toLongLong();
        {
            // Another desk takes the slot first.
            ConnectionPool other(m_db->target(), PoolConfig{});
            BookingRequest b;
            b.practitionerKey = QStringLiteral("dbrown");
            b.start = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc());
            b.minutes = 30;
            b.patient = QStringLiteral("Other Desk");
            const QDateTime now = seededNow();
            QVERIFY(other.runBlocking(Access::Write, [b, now](Session &s) { return book(s, b, now); }).ok());
        }
        m_view->selectSlot(QStringLiteral("dbrown"), start);
        auto *tree = m_view->findChild<QTreeView *>(QStringLiteral("resultsTreeView"));
        QTest::keyClick(tree, Qt::Key_Return);
        BookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog()) != nullptr);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("patientNameLineEdit"));
        QTest::keyClicks(name, QStringLiteral("Bea Park"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("patientPhoneLineEdit")),
                         QStringLiteral("0400 111 222"));
        QSignalSpy booked(m_app->bookController(), &BookController::bookingFinished);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(arrived(booked, 15000));
        QCOMPARE(booked.first().at(0).toBool(), false);
        auto *banner = m_view->findChild<QLabel *>(QStringLiteral("bookMessageLabel"));
        QVERIFY2(banner->text().contains(QStringLiteral("just taken")), qPrintable(banner->text()));
        QCOMPARE(m_view->lastPatient().name, QStringLiteral("Bea Park"));
        QCOMPARE(m_view->lastPatient().phone, QStringLiteral("0400 111 222"));
        // The results refresh: the taken slot is gone, and the next dialog is pre-filled.
        QTRY_VERIFY(!m_view->resultsModel()->findSlot(QStringLiteral("dbrown"), start).isValid());
        m_view->selectSlot(QString(), 0);
        QTest::keyClick(tree, Qt::Key_Return);
        BookDialog *again = nullptr;
        QTRY_VERIFY((again = visibleDialog()) != nullptr);
        QCOMPARE(again->details().name, QStringLiteral("Bea Park"));
        again->reject();
    }

    void aBookingInOneWindowAppearsInTheOther()
    {
        // A second client: its own window, controller and pool, on the same database.
        MainWindow otherWindow;
        AppController other({m_db->target(), PoolConfig{}, std::make_shared<FixedClock>(seededNow()), false},
                            &otherWindow);
        auto *otherView = otherWindow.findChild<BookWorkspace *>(QStringLiteral("bookWorkspace"));
        QSignalSpy otherFirst(other.bookController(), &BookController::searchFinished);
        otherWindow.show();
        otherWindow.showWorkspace(WorkspaceModel::Workspace::Book);
        other.start();
        QVERIFY(arrived(otherFirst, 20000));
        auto *combo = otherView->findChild<QComboBox *>(QStringLiteral("practitionerComboBox"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("dbrown")));
        otherView->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"))->setDate(QDate(2025, 12, 22));
        otherView->findChild<QDateEdit *>(QStringLiteral("toDateEdit"))->setDate(QDate(2025, 12, 22));
        QSignalSpy otherSearched(other.bookController(), &BookController::searchFinished);
        otherView->findChild<QPushButton *>(QStringLiteral("searchPushButton"))->click();
        QVERIFY(arrived(otherSearched, 15000));
        QTest::qWait(300); // both listeners are connected

        searchDavidBrown(QDate(2025, 12, 22), QDate(2025, 12, 22));
        const QModelIndex first = m_view->resultsModel()->firstSlot();
        const qint64 start = first.data(AvailabilityResultsModel::SlotStartRole).toLongLong();
        QVERIFY(otherView->resultsModel()->findSlot(QStringLiteral("dbrown"), start).isValid());
        m_view->selectSlot(QStringLiteral("dbrown"), start);
        QTest::keyClick(m_window->findChild<QTreeView *>(QStringLiteral("resultsTreeView")), Qt::Key_Return);
        BookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog()) != nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("patientNameLineEdit")),
                         QStringLiteral("Cy Two"));
        QSignalSpy booked(m_app->bookController(), &BookController::bookingFinished);
        QElapsedTimer timer;
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("patientNameLineEdit")),
                        Qt::Key_Return);
        QVERIFY(arrived(booked, 15000));
        timer.start();
        QVERIFY(booked.first().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(
            !otherView->resultsModel()->findSlot(QStringLiteral("dbrown"), start).isValid(), 3000);
        qInfo("the other window dropped the booked slot %lld ms after the booking", timer.elapsed());
        QVERIFY2(timer.elapsed() < 1000, "the other client shows it within 1 s");
    }

    void aSearchDuringAnotherIsNotSwallowed()
    {
        searchDavidBrown(QDate(2025, 12, 22), QDate(2025, 12, 28));
        auto *search = m_view->findChild<QPushButton *>(QStringLiteral("searchPushButton"));
        auto *fromEdit = m_view->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"));
        auto *toEdit = m_view->findChild<QDateEdit *>(QStringLiteral("toDateEdit"));
        // While another desk's change refreshes the results, or while the user's own last
        // search still runs, the user searches another week: with the button or with Enter.
        enum class While
        {
            Refresh,
            OwnSearch
        };
        const struct
        {
            While during;
            bool enter;
            QDate from;
        } cases[] = {{While::Refresh, false, QDate(2025, 12, 29)},
                     {While::Refresh, true, QDate(2026, 1, 5)},
                     {While::OwnSearch, false, QDate(2026, 1, 12)},
                     {While::OwnSearch, true, QDate(2026, 1, 19)}};
        for (const auto &c : cases) {
            if (c.during == While::Refresh) {
                m_app->bookController()->refresh();
            } else {
                toEdit->setDate(toEdit->date().addDays(60));
                QTest::mouseClick(search, Qt::LeftButton);
            }
            fromEdit->setDate(c.from);
            toEdit->setDate(c.from.addDays(6));
            QVERIFY2(search->isEnabled(), "nothing running takes Search away");
            if (c.enter) {
                toEdit->setFocus();
                QTRY_VERIFY(toEdit->hasFocus());
                QTest::keyClick(toEdit, Qt::Key_Return);
            } else {
                QTest::mouseClick(search, Qt::LeftButton);
            }
            QTRY_COMPARE_WITH_TIMEOUT(
                m_view->resultsModel()->index(0, 0).data(AvailabilityResultsModel::DateRole).toDate(), c.from,
                10000);
            QTRY_VERIFY(!m_view->findChild<QProgressBar *>(QStringLiteral("searchProgressBar"))->isVisible());
            QCOMPARE(m_view->resultsModel()->rowCount(), 7);
        }
    }

    void aRefreshFollowsTheUsersSearchAndStopKeepsWhatIsShown()
    {
        searchDavidBrown(QDate(2025, 12, 22), QDate(2025, 12, 28));
        auto *search = m_view->findChild<QPushButton *>(QStringLiteral("searchPushButton"));
        auto *fromEdit = m_view->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"));
        auto *toEdit = m_view->findChild<QDateEdit *>(QStringLiteral("toDateEdit"));
        const auto firstDay = [this] {
            return m_view->resultsModel()->index(0, 0).data(AvailabilityResultsModel::DateRole).toDate();
        };
        QSignalSpy finished(m_app->bookController(), &BookController::searchFinished);

        // A change arrives while the user's own search runs: it is refreshed after it.
        fromEdit->setDate(QDate(2026, 1, 12));
        toEdit->setDate(QDate(2026, 1, 18));
        QTest::mouseClick(search, Qt::LeftButton);
        m_app->bookController()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000); // the user's search, then the refresh
        QCOMPARE(firstDay(), QDate(2026, 1, 12));

        // The user starts another week and stops it: a later refresh repeats what is shown.
        fromEdit->setDate(QDate(2026, 2, 2));
        toEdit->setDate(QDate(2026, 2, 8));
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("stopSearchPushButton")),
                          Qt::LeftButton);
        finished.clear();
        m_app->bookController()->refresh();
        QVERIFY(arrived(finished, 10000));
        QCOMPARE(firstDay(), QDate(2026, 1, 12));
    }

    void aRefreshLeavesTheKeyboardOnTheBookButton()
    {
        searchDavidBrown(QDate(2026, 1, 12), QDate(2026, 1, 18));
        auto *tree = m_view->findChild<QTreeView *>(QStringLiteral("resultsTreeView"));
        auto *book = m_view->findChild<QPushButton *>(QStringLiteral("bookPushButton"));
        tree->setCurrentIndex(m_view->resultsModel()->firstSlot());
        QVERIFY(book->isEnabled());
        book->setFocus();
        QTRY_VERIFY(book->hasFocus());
        QSignalSpy finished(m_app->bookController(), &BookController::searchFinished);
        m_app->bookController()->refresh();
        QVERIFY(arrived(finished, 10000));
        QVERIFY(book->isEnabled());
        QVERIFY2(book->hasFocus(), "a refresh does not knock the keyboard off Book…");
    }

    void aRefreshKeepsTheUsersPlace()
    {
        // Two weeks after the Christmas closure: David Brown works every weekday.
        searchDavidBrown(QDate(2026, 1, 6), QDate(2026, 1, 19));
        auto *tree = m_view->findChild<QTreeView *>(QStringLiteral("resultsTreeView"));
        auto *book = m_view->findChild<QPushButton *>(QStringLiteral("bookPushButton"));
        const auto dbrown = [this](int day) {
            return practitionerRow(QDate(2026, 1, day), QStringLiteral("dbrown"));
        };
        for (const int day : {6, 7, 8, 9}) {
            QCOMPARE(dbrown(day).data(AvailabilityResultsModel::DayStatusRole).toInt(), int(DayStatus::Open));
            tree->expand(dbrown(day));
        }
        QCOMPARE(dbrown(13).data(AvailabilityResultsModel::DayStatusRole).toInt(), int(DayStatus::Open));
        tree->collapse(dbrown(12).parent()); // the user folded Monday the 12th
        const QModelIndex slot = m_view->resultsModel()->index(2, 0, dbrown(6));
        tree->setCurrentIndex(slot);
        const AvailabilityResultsModel::Place place = m_view->resultsModel()->placeOf(slot);
        QCOMPARE(place.level, AvailabilityResultsModel::Level::Slot);
        QVERIFY(book->isEnabled());
        QTRY_VERIFY(tree->verticalScrollBar()->maximum() > 1); // four days' slots opened: it scrolls
        tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum() / 2);
        const int scroll = tree->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        // Someone blocks David Brown's Tuesday the 13th: the results refresh around the user.
        QTest::qWait(300); // the notifier is listening
        const auto block = [this](const char *date) {
            return m_db->execAdmin(
                QStringLiteral("INSERT INTO availability_exceptions"
                               " (practitioner_id, kind, start_date, end_date, reason)"
                               " SELECT id, 'blocked', '%1', '%1', 'Training' FROM practitioners"
                               " WHERE key = 'dbrown'")
                    .arg(QLatin1String(date)));
        };
        QCOMPARE(block("2026-01-13"), QString());
        QTRY_COMPARE_WITH_TIMEOUT(dbrown(13).data(AvailabilityResultsModel::DayStatusRole).toInt(),
                                  int(DayStatus::Blocked), 5000);
        QCOMPARE(m_view->resultsModel()->placeOf(tree->currentIndex()), place);
        for (const int day : {6, 7, 8, 9})
            QVERIFY2(tree->isExpanded(dbrown(day)), qPrintable(QString::number(day)));
        QVERIFY(!tree->isExpanded(dbrown(14)));
        QVERIFY(!tree->isExpanded(dbrown(12).parent()));
        QVERIFY(tree->isExpanded(dbrown(13).parent()));
        QCOMPARE(tree->verticalScrollBar()->value(), scroll);
        QVERIFY(book->isEnabled());

        // When the slot the user stands on goes, nothing bookable stays chosen.
        QCOMPARE(block("2026-01-06"), QString());
        QTRY_COMPARE_WITH_TIMEOUT(dbrown(6).data(AvailabilityResultsModel::DayStatusRole).toInt(),
                                  int(DayStatus::Blocked), 5000);
        QVERIFY(!m_view->resultsModel()->indexOf(place).isValid());
        QVERIFY(!book->isEnabled());
    }

    void aRefreshDoesNotUndoTheDaySheetAskedFor()
    {
        // The user opens David Brown's 22 December; a change notification arrives before
        // the sheet has loaded. The refresh must load the day asked for, not the one shown.
        auto *panel = m_view->daySheet();
        QVERIFY(panel->date() != QDate(2025, 12, 22));
        QSignalSpy sheet(m_app->bookController(), &BookController::daySheetLoaded);
        m_app->bookController()->showDaySheet(QStringLiteral("dbrown"), QDate(2025, 12, 22));
        m_app->bookController()->refresh();
        QVERIFY(arrived(sheet));
        QTRY_COMPARE(panel->date(), QDate(2025, 12, 22));
        QCOMPARE(panel->practitionerKey(), QStringLiteral("dbrown"));
        QCOMPARE(panel->model()->rowCount(), 2);
        // And later refreshes keep that day.
        sheet.clear();
        m_app->bookController()->refresh();
        QVERIFY(arrived(sheet));
        QCOMPARE(panel->date(), QDate(2025, 12, 22));
        QCOMPARE(panel->model()->rowCount(), 2);
    }

    void aReloadKeepsTheUsersFocusAndChoices()
    {
        auto *panel = m_view->daySheet();
        QSignalSpy sheet(m_app->bookController(), &BookController::daySheetLoaded);
        m_app->bookController()->showDaySheet(QStringLiteral("dbrown"), QDate(2025, 12, 22));
        QVERIFY(arrived(sheet));
        panel->selectAppointment(
            panel->model()->index(1, 0).data(DaySheetModel::AppointmentIdRole).toLongLong());
        const qint64 chosen = panel->selectedAppointment().value().id;
        auto *type = m_view->findChild<QComboBox *>(QStringLiteral("searchTypeComboBox"));
        QVERIFY(type->count() > 1);
        type->setCurrentIndex(type->count() - 1);
        const QString typeKey = type->currentData().toString();
        m_view->findChild<QTabWidget *>()->setCurrentIndex(0); // back to Find a Slot
        auto *from = m_view->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"));
        from->setFocus();
        QTRY_VERIFY(from->hasFocus());

        // A change notification, then a reconnect (which reloads the clinic's setup).
        sheet.clear();
        m_app->bookController()->refresh();
        QVERIFY(arrived(sheet));
        QVERIFY2(from->hasFocus(), "a refresh leaves the keyboard where the user types");
        QCOMPARE(panel->selectedAppointment().value().id, chosen);
        sheet.clear();
        m_app->bookController()->load();
        QVERIFY(arrived(sheet));
        QCOMPARE(panel->date(), QDate(2025, 12, 22));
        QCOMPARE(panel->practitionerKey(), QStringLiteral("dbrown"));
        QCOMPARE(type->currentData().toString(), typeKey);
        QVERIFY(from->hasFocus());
    }

    void anotherClientsChangeShowsWithinASecond()
    {
        searchDavidBrown(QDate(2025, 12, 22), QDate(2025, 12, 22));
        QCOMPARE(practitionerRow(QDate(2025, 12, 22), QStringLiteral("dbrown"))
                     .data(AvailabilityResultsModel::DayStatusRole)
                     .toInt(),
                 int(DayStatus::Open));
        QTest::qWait(300); // the notifier is listening
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_db->execAdmin(
                     QStringLiteral("INSERT INTO availability_exceptions (kind, start_date, end_date, reason)"
                                    " VALUES ('closure', '2025-12-22', '2025-12-22', 'Power outage')")),
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(practitionerRow(QDate(2025, 12, 22), QStringLiteral("dbrown"))
                                      .siblingAtColumn(1)
                                      .data()
                                      .toString(),
                                  QStringLiteral("Clinic closed — Power outage"), 5000);
        qInfo("refreshed %lld ms after another client's change", timer.elapsed());
        QVERIFY2(timer.elapsed() < 1000, "views refresh within 1 s");
    }
};

CAREDESK_GUI_TEST_MAIN(TestBook)
#include "tst_book.moc"
