// My Availability and sign-in through the real widgets (offscreen, real PostgreSQL),
// on the seed clinic with the clock pinned to 2025-12-01: a practitioner signs in and
// sees only their calendar; blocks a date range from the keyboard; is warned about the
// booked appointments a block hits, keeps them, and the day sheet flags them; works on
// Boxing Day (the clinic is closed) and Book offers David Brown that day; undoes it;
// edits weekly hours with overlaps explained.
#include "app/availabilitycontroller.h"
#include "app/bookcontroller.h"
#include "models/availabilityresultsmodel.h"
#include "models/calendarmodel.h"
#include "models/daysheetmodel.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "ui/availability/availabilityworkspace.h"
#include "ui/book/bookworkspace.h"
#include "ui/book/daysheetpanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const char *kStaff =
    "INSERT INTO staff (login, display_name) VALUES ('dbrown', 'David Brown'),"
    " ('reception', 'Riley Front'), ('boss', 'Morgan Lee');"
    "INSERT INTO staff_roles SELECT id, 'practitioner' FROM staff WHERE login = 'dbrown';"
    "INSERT INTO staff_roles SELECT id, 'front_desk' FROM staff WHERE login IN ('dbrown', 'reception');"
    "INSERT INTO staff_roles SELECT id, 'manager' FROM staff WHERE login = 'boss';"
    "UPDATE practitioners SET staff_id = (SELECT id FROM staff WHERE login = 'dbrown')"
    " WHERE key = 'dbrown'";

} // namespace

class TestAvailability : public QObject
{
    Q_OBJECT

private:
    SeededClinic m_clinic;
    AvailabilityWorkspace *m_view = nullptr;

    CalendarModel::Look lookOf(const QDate &d) const
    {
        return CalendarModel::Look(
            m_view->model()->data(m_view->model()->indexOf(d), CalendarModel::LookRole).toInt());
    }

    QTableView *calendar() const
    {
        return m_view->findChild<QTableView *>(QStringLiteral("calendarTableView"));
    }

    /// Moves the selection to `date` with the keyboard, from wherever it is.
    void walkTo(const QDate &date, bool extend = false)
    {
        while (m_view->currentDate() != date) {
            const qint64 gap = m_view->currentDate().daysTo(date);
            Qt::Key key = gap > 0 ? Qt::Key_Right : Qt::Key_Left;
            if (std::abs(gap) >= 7)
                key = gap > 0 ? Qt::Key_Down : Qt::Key_Up;
            QTest::keyClick(calendar(), key, extend ? Qt::ShiftModifier : Qt::NoModifier);
        }
    }

    bool waitLoaded(QSignalSpy &spy)
    {
        const bool ok = arrived(spy, 15000);
        spy.clear();
        return ok;
    }

private Q_SLOTS:
    void init()
    {
        const QString error = m_clinic.open(QString::fromLatin1(kStaff));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_view = m_clinic.window->findChild<AvailabilityWorkspace *>(QStringLiteral("availabilityWorkspace"));
        QVERIFY(m_view);
        QSignalSpy loaded(m_clinic.app->availabilityController(), &AvailabilityController::loaded);
        QSignalSpy signedIn(m_clinic.app.get(), &AppController::signedIn);
        QSignalSpy searched(m_clinic.app->bookController(), &BookController::searchFinished);
        m_clinic.app->setSignIn(QStringLiteral("dbrown"), false);
        m_clinic.window->show();
        m_clinic.app->start();
        QVERIFY(arrived(signedIn, 20000));
        QVERIFY(arrived(loaded, 20000));
        QVERIFY(arrived(searched, 20000)); // Book's first search is out of the way
        calendar()->setFocus();
    }

    void cleanup() { m_clinic.close(); }

    void signInShowsWhatTheRolesAllow()
    {
        // David is a practitioner who also works the front desk.
        auto *nav = m_clinic.window->findChild<QListView *>(QStringLiteral("navigationListView"));
        QStringList shown;
        for (int r = 0; r < nav->model()->rowCount(); ++r)
            shown << nav->model()->index(r, 0).data().toString();
        QCOMPARE(shown, (QStringList{QStringLiteral("My Availability"), QStringLiteral("Book")}));
        QVERIFY(m_clinic.window->windowTitle().startsWith(QStringLiteral("David Brown")));
        QCOMPARE(m_clinic.app->pool().actor(), QStringLiteral("dbrown"));
        // A practitioner opens only their own calendar.
        auto *who = m_view->findChild<QComboBox *>(QStringLiteral("calendarPractitionerComboBox"));
        QCOMPARE(who->count(), 1);
        QVERIFY(!who->isEnabled());
        QCOMPARE(m_view->practitionerKey(), QStringLiteral("dbrown"));

        // The manager sees Clinic Closures and Setup, and may open anyone's calendar.
        QSignalSpy loaded(m_clinic.app->availabilityController(), &AvailabilityController::loaded);
        QVERIFY(m_clinic.app->signInAs(QStringLiteral("boss")));
        QVERIFY(waitLoaded(loaded));
        shown.clear();
        for (int r = 0; r < nav->model()->rowCount(); ++r)
            shown << nav->model()->index(r, 0).data().toString();
        QCOMPARE(shown, (QStringList{QStringLiteral("My Availability"), QStringLiteral("Clinic Closures"),
                                     QStringLiteral("Clinic Setup"), QStringLiteral("Capacity")}));
        QCOMPARE(who->count(), 2);
        QVERIFY(who->isEnabled());
        QCOMPARE(m_clinic.app->pool().actor(), QStringLiteral("boss"));
    }

    void monthShowsOpenClosedAndBooked()
    {
        QAbstractItemModelTester tester(m_view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_view->currentDate(), QDate(2025, 12, 1));
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("calendarTitleLabel"))->text(),
                 QLocale().toString(QDate(2025, 12, 1), QStringLiteral("MMMM yyyy")));
        QCOMPARE(lookOf(QDate(2025, 12, 22)), CalendarModel::Look::Open);
        QCOMPARE(m_view->model()
                     ->data(m_view->model()->indexOf(QDate(2025, 12, 22)), CalendarModel::BookedRole)
                     .toInt(),
                 2);
        QCOMPARE(lookOf(QDate(2025, 12, 23)), CalendarModel::Look::PartBlocked); // early close
        QCOMPARE(lookOf(QDate(2025, 12, 26)), CalendarModel::Look::Closed);
        QCOMPARE(lookOf(QDate(2025, 12, 27)), CalendarModel::Look::Off);
        QCOMPARE(lookOf(QDate(2025, 12, 29)), CalendarModel::Look::WorkOverride); // the seed's override
        const QString accessible =
            m_view->model()
                ->data(m_view->model()->indexOf(QDate(2025, 12, 26)), Qt::AccessibleTextRole)
                .toString();
        QVERIFY2(accessible.contains(QStringLiteral("Clinic closed")) &&
                     accessible.contains(QStringLiteral("Christmas closure")),
                 qPrintable(accessible));
        // Page Down moves a month; Home comes back to today.
        QSignalSpy loaded(m_clinic.app->availabilityController(), &AvailabilityController::loaded);
        QTest::keyClick(calendar(), Qt::Key_PageDown);
        QCOMPARE(m_view->currentDate(), QDate(2026, 1, 1));
        QVERIFY(waitLoaded(loaded));
        QCOMPARE(lookOf(QDate(2026, 1, 5)), CalendarModel::Look::Closed);
        QTest::keyClick(calendar(), Qt::Key_Home);
        QCOMPARE(m_view->currentDate(), QDate(2025, 12, 1));
        QVERIFY(waitLoaded(loaded));
        // The week view shows the appointments themselves.
        m_view->findChild<QToolButton *>(QStringLiteral("weekViewToolButton"))->click();
        QVERIFY(waitLoaded(loaded));
        walkTo(QDate(2025, 12, 22));
        QVERIFY(waitLoaded(loaded));
        const QStringList lines =
            m_view->model()
                ->data(m_view->model()->indexOf(QDate(2025, 12, 22)), CalendarModel::LinesRole)
                .toStringList();
        const CalendarModel *model = m_view->model();
        QVERIFY2(
            lines.join(QLatin1Char('|')).contains(QStringLiteral("P. Smith")),
            qPrintable(QStringLiteral("lines \"%1\"; current %2, shown %3 – %4, week %5, loaded %6")
                           .arg(lines.join(QLatin1Char('|')), m_view->currentDate().toString(Qt::ISODate),
                                model->firstShown().toString(Qt::ISODate),
                                model->lastShown().toString(Qt::ISODate))
                           .arg(model->mode() == CalendarModel::Mode::Week)
                           .arg(model->data(model->indexOf(QDate(2025, 12, 22)), CalendarModel::LookRole)
                                    .isValid())));
    }

    void aReloadKeepsTheDetailLineTheUserChose()
    {
        QSignalSpy loaded(m_clinic.app->availabilityController(), &AvailabilityController::loaded);
        walkTo(QDate(2025, 12, 22));
        auto *details = m_view->findChild<QListWidget *>(QStringLiteral("dayDetailsListWidget"));
        const auto rowWith = [details](const QString &text) {
            for (int r = 0; r < details->count(); ++r) {
                if (details->item(r)->text().contains(text))
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY(rowWith(QStringLiteral("R. Jones")) >= 0);
        details->setCurrentRow(rowWith(QStringLiteral("R. Jones")));
        QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("openInBookPushButton"))->isEnabled());

        // Another client adds a line above it (a block on the same day).
        QCOMPARE(m_clinic.db->execAdmin(QStringLiteral(
                     "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, "
                     "start_minute, end_minute, reason) SELECT id, 'blocked', '2025-12-22', '2025-12-22', "
                     "720, 780, 'Dentist' FROM practitioners WHERE key = 'dbrown'")),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(QStringLiteral("Dentist")) >= 0, 10000);
        QVERIFY(details->currentItem());
        QVERIFY2(details->currentItem()->text().contains(QStringLiteral("R. Jones")),
                 qPrintable(details->currentItem()->text()));
    }

    void blocksADateRangeFromTheKeyboard()
    {
        QSignalSpy loaded(m_clinic.app->availabilityController(), &AvailabilityController::loaded);
        walkTo(QDate(2025, 12, 15));
        walkTo(QDate(2025, 12, 17), true); // Shift+arrows select Mon–Wed
        QCOMPARE(m_view->selection(), qMakePair(QDate(2025, 12, 15), QDate(2025, 12, 17)));
        QTest::keyClick(calendar(), Qt::Key_B, Qt::ControlModifier);
        QTRY_VERIFY(m_view->blockDialog());
        BlockDialog *dialog = m_view->blockDialog();
        QCOMPARE(dialog->block().startDate, QDate(2025, 12, 15));
        QCOMPARE(dialog->block().endDate, QDate(2025, 12, 17));
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("blockReasonLineEdit"));
        QTest::keyClicks(reason, QStringLiteral("Conference"));
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(waitLoaded(loaded));
        QTRY_VERIFY(!m_view->blockDialog());
        for (QDate d(2025, 12, 15); d <= QDate(2025, 12, 17); d = d.addDays(1))
            QCOMPARE(lookOf(d), CalendarModel::Look::Blocked);
        QCOMPARE(lookOf(QDate(2025, 12, 18)), CalendarModel::Look::Open);
        // One row for the whole range, not one per day.
        QCOMPARE(queryOnce(m_clinic.db->conninfo(),
                           QStringLiteral(
                               "SELECT count(*) FROM availability_exceptions WHERE reason = 'Conference'")),
                 QStringLiteral("1"));
        // Enter opens the day's details; Delete removes the block (after asking).
        QTest::keyClick(calendar(), Qt::Key_Return);
        auto *details = m_view->findChild<QListWidget *>(QStringLiteral("dayDetailsListWidget"));
        QCOMPARE(m_view->window()->focusWidget(), details);
        int blockRow = -1;
        for (int r = 0; r < details->count(); ++r) {
            if (details->item(r)->text().contains(QStringLiteral("Conference")))
                blockRow = r;
        }
        QVERIFY(blockRow >= 0);
        details->setCurrentRow(blockRow);
        QTest::keyClick(details, Qt::Key_Delete);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = m_view->findChild<QMessageBox *>(QStringLiteral("removeBlockMessageBox"))));
        confirm->button(QMessageBox::Yes)->click();
        QVERIFY(waitLoaded(loaded));
        QTRY_COMPARE(lookOf(QDate(2025, 12, 15)), CalendarModel::Look::Open);
    }

    void aBlockOverBookedAppointmentsAsksAndTheDaySheetFlagsThem()
    {
        QSignalSpy loaded(m_clinic.app->availabilityController(), &AvailabilityController::loaded);
        walkTo(QDate(2025, 12, 22));
        QTest::keyClick(calendar(), Qt::Key_B, Qt::ControlModifier);
        QTRY_VERIFY(m_view->blockDialog());
        QTest::keyClicks(m_view->blockDialog()->findChild<QLineEdit *>(QStringLiteral("blockReasonLineEdit")),
                         QStringLiteral("Sick"));
        m_view->blockDialog()->findChild<QPushButton *>(QStringLiteral("blockSavePushButton"))->click();
        QMessageBox *ask = nullptr;
        QTRY_VERIFY(
            (ask = m_view->blockDialog()->findChild<QMessageBox *>(QStringLiteral("blockHitsMessageBox"))));
        QVERIFY2(ask->text().contains(QStringLiteral("P. Smith")) &&
                     ask->text().contains(QStringLiteral("R. Jones")),
                 qPrintable(ask->text()));
        // David works the front desk too, so he may reschedule them himself.
        QVERIFY(ask->findChild<QPushButton *>(QStringLiteral("rescheduleInBookPushButton")));
        ask->findChild<QPushButton *>(QStringLiteral("keepAppointmentsPushButton"))->click();
        QVERIFY(waitLoaded(loaded));
        QCOMPARE(lookOf(QDate(2025, 12, 22)), CalendarModel::Look::Blocked);
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("availabilityMessageLabel"))
                    ->text()
                    .contains(QStringLiteral("flagged")));

        // Book's day sheet: both kept appointments are flagged for the front desk.
        auto *book = m_clinic.window->findChild<BookWorkspace *>(QStringLiteral("bookWorkspace"));
        QSignalSpy sheet(m_clinic.app->bookController(), &BookController::daySheetLoaded);
        m_clinic.app->bookController()->showDaySheet(QStringLiteral("dbrown"), QDate(2025, 12, 22));
        QVERIFY(arrived(sheet));
        DaySheetModel *rows = book->daySheet()->model();
        QAbstractItemModelTester tester(rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rows->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            QVERIFY(rows->index(r, 0).data(DaySheetModel::ConflictRole).toBool());
            QVERIFY(
                rows->index(r, DaySheetModel::NoteColumn).data().toString().contains(QStringLiteral("Sick")));
        }
    }

    void worksOnBoxingDayAndBookOffersIt()
    {
        QSignalSpy loaded(m_clinic.app->availabilityController(), &AvailabilityController::loaded);
        walkTo(QDate(2025, 12, 26));
        auto *work = m_view->findChild<QPushButton *>(QStringLiteral("workThisDayPushButton"));
        QVERIFY(work->isEnabled());
        work->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_view->findChild<QDialog *>(QStringLiteral("workThisDayDialog"))));
        dialog->findChild<QRadioButton *>(QStringLiteral("customHoursRadioButton"))->setChecked(true);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(waitLoaded(loaded));
        QTRY_COMPARE(lookOf(QDate(2025, 12, 26)), CalendarModel::Look::WorkOverride);
        QVERIFY(!work->isEnabled());
        auto *undo = m_view->findChild<QPushButton *>(QStringLiteral("undoWorkPushButton"));
        QVERIFY(undo->isEnabled());

        // Front desk now finds David Brown on Boxing Day, 09:00 to 13:00.
        auto *book = m_clinic.window->findChild<BookWorkspace *>(QStringLiteral("bookWorkspace"));
        QSignalSpy searched(m_clinic.app->bookController(), &BookController::searchFinished);
        book->showDates(QDate(2025, 12, 26), QDate(2025, 12, 26));
        auto *who = book->findChild<QComboBox *>(QStringLiteral("practitionerComboBox"));
        who->setCurrentIndex(who->findData(QStringLiteral("dbrown")));
        book->findChild<QPushButton *>(QStringLiteral("searchPushButton"))->click();
        QVERIFY(arrived(searched));
        const QModelIndex day = book->resultsModel()->index(0, 0);
        QCOMPARE(day.data(AvailabilityResultsModel::DateRole).toDate(), QDate(2025, 12, 26));
        const QModelIndex brown = book->resultsModel()->index(0, 0, day);
        QCOMPARE(brown.data(AvailabilityResultsModel::PractitionerKeyRole).toString(),
                 QStringLiteral("dbrown"));
        QCOMPARE(brown.data(AvailabilityResultsModel::DayStatusRole).toInt(), int(DayStatus::Open));
        QCOMPARE(book->resultsModel()->rowCount(brown), 8); // 09:00 … 12:30

        undo->click();
        QVERIFY(waitLoaded(loaded));
        QTRY_COMPARE(lookOf(QDate(2025, 12, 26)), CalendarModel::Look::Closed);
    }

    void theDaySheetReschedulesAndCancels()
    {
        auto *book = m_clinic.window->findChild<BookWorkspace *>(QStringLiteral("bookWorkspace"));
        QSignalSpy sheet(m_clinic.app->bookController(), &BookController::daySheetLoaded);
        QSignalSpy searched(m_clinic.app->bookController(), &BookController::searchFinished);
        QSignalSpy changed(m_clinic.app->bookController(), &BookController::changeFinished);
        m_clinic.window->showWorkspace(WorkspaceModel::Workspace::Book);
        m_clinic.app->bookController()->showDaySheet(QStringLiteral("dbrown"), QDate(2025, 12, 22));
        QVERIFY(arrived(sheet));
        sheet.clear();
        DaySheetPanel *panel = book->daySheet();
        QCOMPARE(panel->model()->rowCount(), 2);
        const qint64 smith = panel->model()->appointments().at(0).id;
        const qint64 jones = panel->model()->appointments().at(1).id;

        // Reschedule P. Smith: Book searches David's diary for a new slot.
        panel->selectAppointment(smith);
        panel->findChild<QPushButton *>(QStringLiteral("reschedulePushButton"))->click();
        QVERIFY(book->isRescheduling());
        QVERIFY(arrived(searched));
        auto *results = book->findChild<QTreeView *>(QStringLiteral("resultsTreeView"));
        const QModelIndex slot = book->resultsModel()->firstSlot();
        QVERIFY(slot.isValid());
        QCOMPARE(slot.data(AvailabilityResultsModel::PractitionerKeyRole).toString(),
                 QStringLiteral("dbrown"));
        const qint64 newStart = slot.data(AvailabilityResultsModel::SlotStartRole).toLongLong();
        results->setCurrentIndex(slot);
        book->findChild<QPushButton *>(QStringLiteral("bookPushButton"))->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = book->findChild<QMessageBox *>(QStringLiteral("rescheduleMessageBox"))));
        confirm->button(QMessageBox::Yes)->click();
        QVERIFY(arrived(changed));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(changed.first().at(1).toString()));
        changed.clear();
        QVERIFY(!book->isRescheduling());
        QCOMPARE(
            queryOnce(
                m_clinic.db->conninfo(),
                QStringLiteral(
                    "SELECT (extract(epoch FROM starts_at) * 1000)::bigint FROM appointments WHERE id = %1")
                    .arg(smith)),
            QString::number(newStart));

        // Cancel R. Jones after confirming.
        m_clinic.app->bookController()->showDaySheet(QStringLiteral("dbrown"), QDate(2025, 12, 22), jones);
        QTRY_VERIFY(panel->selectedAppointment() && panel->selectedAppointment()->id == jones);
        panel->findChild<QPushButton *>(QStringLiteral("cancelAppointmentPushButton"))->click();
        QTRY_VERIFY(
            (confirm = panel->findChild<QMessageBox *>(QStringLiteral("cancelAppointmentMessageBox"))));
        QVERIFY(confirm->text().contains(QStringLiteral("R. Jones")));
        confirm->button(QMessageBox::Yes)->click();
        QVERIFY(arrived(changed));
        QVERIFY(changed.first().at(0).toBool());
        QCOMPARE(queryOnce(m_clinic.db->conninfo(),
                           QStringLiteral("SELECT status FROM appointments WHERE id = %1").arg(jones)),
                 QStringLiteral("cancelled"));
    }

    void weeklyHoursExplainOverlapsAndApplyFromADate()
    {
        QSignalSpy loaded(m_clinic.app->availabilityController(), &AvailabilityController::loaded);
        m_view->findChild<QPushButton *>(QStringLiteral("weeklyHoursPushButton"))->click();
        QTRY_VERIFY(m_view->weeklyHoursDialog());
        WeeklyHoursDialog *dialog = m_view->weeklyHoursDialog();
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("weeklyHoursTableWidget"));
        QCOMPARE(table->rowCount(), 10); // Monday to Friday, two intervals each
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        // Monday 12:00–14:00 overlaps Monday 09:00–12:30 and 13:30–17:00.
        WorkingInterval bad;
        bad.weekday = 1;
        bad.start = 12 * 60;
        bad.end = 14 * 60;
        dialog->addInterval(bad);
        QVERIFY(!save->isEnabled());
        const QString problem = dialog->findChild<QLabel *>(QStringLiteral("hoursMessageLabel"))->text();
        QVERIFY2(problem.contains(QStringLiteral("Monday")) && problem.contains(QStringLiteral("overlaps")),
                 qPrintable(problem));
        table->setCurrentCell(table->rowCount() - 1, 0);
        dialog->findChild<QPushButton *>(QStringLiteral("removeIntervalPushButton"))->click();
        QVERIFY(save->isEnabled());
        // Saturday mornings from 2025-12-08 on.
        WorkingInterval saturday;
        saturday.weekday = 6;
        saturday.start = 9 * 60;
        saturday.end = 12 * 60;
        dialog->addInterval(saturday);
        dialog->findChild<QDateEdit *>(QStringLiteral("hoursFromDateEdit"))->setDate(QDate(2025, 12, 8));
        save->click();
        QVERIFY(waitLoaded(loaded));
        QTRY_VERIFY(!m_view->weeklyHoursDialog());
        QCOMPARE(lookOf(QDate(2025, 12, 6)), CalendarModel::Look::Off);
        QCOMPARE(lookOf(QDate(2025, 12, 13)), CalendarModel::Look::Open);
    }
};

CAREDESK_GUI_TEST_MAIN(TestAvailability)
#include "tst_availability.moc"
