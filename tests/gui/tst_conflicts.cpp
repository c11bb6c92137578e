// Closures that never strand a patient, through the real widgets (offscreen, real
// PostgreSQL, the seed clinic, clock pinned to 1 December 2025): the warnings strip says
// on sign-in that David works on a closure day; adding a closure over booked appointments
// in Clinic Closures opens the list of appointments to resolve; a preview proposes each
// practitioner's next free time and Move does exactly that; the list exports for phoning;
// Undo Last Bulk Change puts them back; the strip follows. Importing a closure from a
// calendar file opens the list too. Bulk Changes applies weekly
// hours to many from a date, and the audit log shows who did it, before and after.
#include "app/bulkcontroller.h"
#include "app/closurescontroller.h"
#include "app/conflictscontroller.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "ui/audit/auditdialog.h"
#include "ui/bulk/bulkchangesdialog.h"
#include "ui/closures/closuresworkspace.h"
#include "ui/closures/importdialog.h"
#include "ui/conflicts/conflictsdialog.h"
#include "ui/shell/warningsstrip.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestConflicts : public QObject
{
    Q_OBJECT

private:
    SeededClinic m_clinic;

    WarningsStrip *strip() const { return m_clinic.window->warningsStrip(); }

    QString cell(QTableWidget *table, int row, int column) const
    {
        return table->item(row, column) ? table->item(row, column)->text() : QString();
    }

    QString appointmentsAt(const QString &patient)
    {
        return queryOnce(m_clinic.db->conninfo(),
                         QStringLiteral("SELECT starts_at AT TIME ZONE 'Australia/Sydney' FROM appointments"
                                        " WHERE patient_name = '%1'")
                             .arg(patient));
    }

    ConflictsDialog *addClosureOnMonday()
    {
        auto *view = m_clinic.window->findChild<ClosuresWorkspace *>(QStringLiteral("closuresWorkspace"));
        m_clinic.window->showWorkspace(WorkspaceModel::Workspace::ClinicClosures);
        view->findChild<QDateEdit *>(QStringLiteral("closureFromDateEdit"))->setDate(QDate(2025, 12, 22));
        view->findChild<QDateEdit *>(QStringLiteral("closureToDateEdit"))->setDate(QDate(2025, 12, 22));
        auto *reason = view->findChild<QLineEdit *>(QStringLiteral("closureReasonLineEdit"));
        QTest::keyClicks(reason, QStringLiteral("Staff training"));
        QSignalSpy listed(m_clinic.app->conflictsController(), &ConflictsController::loaded);
        QTest::keyClick(reason, Qt::Key_Return);
        if (!arrived(listed, 20000))
            return nullptr;
        return m_clinic.app->conflictsController()->dialog();
    }

private Q_SLOTS:
    void init()
    {
        const QString error = m_clinic.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSignalSpy warned(m_clinic.app->conflictsController(), &ConflictsController::warningsLoaded);
        m_clinic.window->resize(1280, 800);
        m_clinic.window->show();
        m_clinic.app->start();
        QVERIFY(arrived(warned, 20000));
    }

    void cleanup() { m_clinic.close(); }

    void theStripSaysWhoWorksOnAClosureDay()
    {
        QVERIFY(strip()->isVisible());
        QVERIFY2(strip()->text().contains(QLatin1String("David Brown on")), qPrintable(strip()->text()));
        QVERIFY(strip()->text().contains(QLatin1String("day:2025-12-29")));
        QVERIFY(!strip()->text().contains(QLatin1String("resolve")));
    }

    void aClosureOverBookingsOpensTheListAndMoveDoesWhatThePreviewSaid()
    {
        ConflictsDialog *dialog = addClosureOnMonday();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictsTableWidget"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("P. Smith"));
        QCOMPARE(cell(table, 1, 4), QStringLiteral("Staff training"));
        // The strip now asks to resolve them.
        QTRY_VERIFY(strip()->text().contains(QLatin1String("2 booked appointments")));

        auto *move = dialog->findChild<QPushButton *>(QStringLiteral("conflictsMovePushButton"));
        QVERIFY(!move->isEnabled()); // a preview first
        QSignalSpy done(m_clinic.app->conflictsController(), &ConflictsController::actionFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("conflictsPreviewPushButton"))->click();
        QVERIFY(arrived(done, 20000));
        QVERIFY(!cell(table, 0, 5).isEmpty());
        QVERIFY(move->isEnabled());
        saveScreenshot(dialog, QStringLiteral("conflicts.png"));
        saveScreenshot(m_clinic.window.get(), QStringLiteral("warnings.png"));
        const QList<MoveProposal> previewed = dialog->plan().moves;
        QCOMPARE(previewed.size(), 2);

        // Export for phoning (what the file dialog would name).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("phone.csv"));
        done.clear();
        Q_EMIT dialog->exportRequested(path, dialog->plan());
        QVERIFY(arrived(done, 20000));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("patient,phone,practitioner,old_time,proposed_time,reason"));
        QVERIFY(text.contains(
            "R. Jones,0400 000 000,David Brown,2025-12-22T10:00:00+11:00,2025-12-23T09:30:00+11:00"));

        done.clear();
        QTest::mouseClick(move, Qt::LeftButton);
        QVERIFY(arrived(done, 20000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(appointmentsAt(QStringLiteral("R. Jones")), QStringLiteral("2025-12-23 09:30:00"));
        QCOMPARE(appointmentsAt(QStringLiteral("P. Smith")), QStringLiteral("2025-12-23 09:00:00"));
        QTRY_COMPARE(table->rowCount(), 0);
        QTRY_VERIFY(!strip()->text().contains(QLatin1String("booked appointments")));

        // Undo puts both back where they were.
        QSignalSpy offered(m_clinic.app->bulkController(), &BulkController::undoOffered);
        Q_EMIT m_clinic.window->undoBulkRequested();
        QVERIFY(arrived(offered, 20000));
        auto *confirm = m_clinic.window->findChild<QMessageBox *>(QStringLiteral("undoBulkMessageBox"));
        QVERIFY(confirm);
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::No));
        QSignalSpy undone(m_clinic.app->bulkController(), &BulkController::undoFinished);
        confirm->button(QMessageBox::Yes)->click();
        QVERIFY(arrived(undone, 20000));
        QVERIFY2(undone.first().at(0).toBool(), qPrintable(undone.first().at(1).toString()));
        QCOMPARE(appointmentsAt(QStringLiteral("R. Jones")), QStringLiteral("2025-12-22 10:00:00"));
        QTRY_VERIFY(strip()->text().contains(QLatin1String("2 booked appointments")));
    }

    void othersChangesNeitherLeaveTheListBusyNorKeepAStalePreview()
    {
        ConflictsDialog *dialog = addClosureOnMonday();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictsTableWidget"));
        auto *refresh = dialog->findChild<QPushButton *>(QStringLiteral("conflictsRefreshPushButton"));
        auto *move = dialog->findChild<QPushButton *>(QStringLiteral("conflictsMovePushButton"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("conflictsMessageLabel"));
        ConflictsController *conflicts = m_clinic.app->conflictsController();

        // The person refreshes; another desk's change arrives while that load runs.
        QSignalSpy loaded(conflicts, &ConflictsController::loaded);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(!refresh->isEnabled()); // busy: the person waits for this load
        conflicts->refresh();
        QVERIFY(arrived(loaded, 20000));
        QTRY_VERIFY(refresh->isEnabled());
        QCOMPARE(table->rowCount(), 2);

        // A preview, then another desk cancels one of the two: the preview goes, and says so.
        QSignalSpy done(conflicts, &ConflictsController::actionFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("conflictsPreviewPushButton"))->click();
        QVERIFY(arrived(done, 20000));
        QVERIFY(move->isEnabled());
        QCOMPARE(m_clinic.db->execAdmin(QStringLiteral(
                     "UPDATE appointments SET status = 'cancelled' WHERE patient_name = 'R. Jones'")),
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10000);
        QVERIFY(!move->isEnabled());
        QVERIFY2(message->text().contains(QLatin1String("preview the move again")),
                 qPrintable(message->text()));
        QVERIFY(refresh->isEnabled());
    }

    void aClosureImportedThroughTheDialogOpensTheListToo()
    {
        // "Staff training day" on Monday 22 December 2025.
        const QString path = QStringLiteral(CAREDESK_TEST_DATA "/ics/staff_training_day.ics");
        auto *view = m_clinic.window->findChild<ClosuresWorkspace *>(QStringLiteral("closuresWorkspace"));
        m_clinic.window->showWorkspace(WorkspaceModel::Workspace::ClinicClosures);
        ClosuresController *closures = m_clinic.app->closuresController();
        view->findChild<QPushButton *>(QStringLiteral("importClosuresPushButton"))->click();
        ImportDialog *import = closures->importDialog();
        QVERIFY(import);
        import->findChild<QLineEdit *>(QStringLiteral("importSourceLineEdit"))->setText(path);
        QSignalSpy previewed(closures, &ClosuresController::previewLoaded);
        import->findChild<QPushButton *>(QStringLiteral("importPreviewPushButton"))->click();
        QVERIFY(arrived(previewed, 20000));
        QVERIFY(previewed.first().first().toBool());
        QSignalSpy listed(m_clinic.app->conflictsController(), &ConflictsController::loaded);
        import->findChild<QPushButton *>(QStringLiteral("importApplyPushButton"))->click();
        QVERIFY(arrived(listed, 20000));
        ConflictsDialog *dialog = m_clinic.app->conflictsController()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictsTableWidget"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 1, 4), QStringLiteral("Staff training day"));
    }

    void cancellingAsksFirstAndCancelsTheChosenOnes()
    {
        ConflictsDialog *dialog = addClosureOnMonday();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictsTableWidget"));
        table->selectRow(0); // P. Smith only
        dialog->findChild<QPushButton *>(QStringLiteral("conflictsCancelPushButton"))->click();
        auto *confirm = dialog->findChild<QMessageBox *>(QStringLiteral("conflictsCancelMessageBox"));
        QVERIFY(confirm);
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::No));
        QSignalSpy done(m_clinic.app->conflictsController(), &ConflictsController::actionFinished);
        confirm->button(QMessageBox::Yes)->click();
        QVERIFY(arrived(done, 20000));
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("R. Jones"));
        QCOMPARE(queryOnce(m_clinic.db->conninfo(),
                           QStringLiteral("SELECT status FROM appointments WHERE patient_name = 'P. Smith'")),
                 QStringLiteral("cancelled"));
    }

    void bulkHoursFromADateAndTheAuditLogShowsThem()
    {
        QSignalSpy finished(m_clinic.app->bulkController(), &BulkController::bulkFinished);
        Q_EMIT m_clinic.window->bulkChangesRequested();
        BulkChangesDialog *dialog = m_clinic.app->bulkController()->bulkDialog();
        QVERIFY(dialog);
        auto *targets = dialog->findChild<QListWidget *>(QStringLiteral("bulkTargetsListWidget"));
        QTRY_COMPARE(targets->count(), 2);
        // Isla gets David's weekly hours from 12 January.
        for (int i = 0; i < targets->count(); ++i) {
            if (targets->item(i)->data(Qt::UserRole).toString() == QLatin1String("iwizz"))
                targets->item(i)->setCheckState(Qt::Checked);
        }
        auto *source = dialog->findChild<QComboBox *>(QStringLiteral("bulkHoursSourceComboBox"));
        source->setCurrentIndex(source->findData(QStringLiteral("p:dbrown")));
        QVERIFY(source->currentIndex() >= 0);
        dialog->findChild<QDateEdit *>(QStringLiteral("bulkHoursFromDateEdit"))->setDate(QDate(2026, 1, 12));
        dialog->findChild<QPushButton *>(QStringLiteral("bulkHoursPreviewPushButton"))->click();
        QVERIFY(arrived(finished, 20000));
        auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("bulkHoursPreviewTableWidget"));
        QCOMPARE(preview->rowCount(), 1);
        QCOMPARE(cell(preview, 0, 0), QStringLiteral("Isla Wizz"));
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("bulkHoursApplyPushButton"));
        QVERIFY(apply->isEnabled());
        saveScreenshot(dialog, QStringLiteral("bulk-changes.png"));
        finished.clear();
        apply->click();
        QVERIFY(arrived(finished, 20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(queryOnce(m_clinic.db->conninfo(),
                           QStringLiteral(
                               "SELECT count(*) FROM working_hours h JOIN practitioners p ON p.id ="
                               " h.practitioner_id WHERE p.key = 'iwizz' AND h.valid_from = '2026-01-12'")),
                 QStringLiteral("10"));

        // The audit log, filtered to Isla: the new hours, in one bulk change.
        QSignalSpy audited(m_clinic.app->bulkController(), &BulkController::auditLoaded);
        Q_EMIT m_clinic.window->auditRequested();
        QVERIFY(arrived(audited, 20000));
        AuditDialog *audit = m_clinic.app->bulkController()->auditDialog();
        // The entries carry the server's time; the client's clock is pinned to 2025.
        const QDate serverToday = QDate::fromString(
            queryOnce(m_clinic.db->conninfo(), QStringLiteral("SELECT current_date::text")), Qt::ISODate);
        audit->setDates(QDate(2025, 1, 1), serverToday.addDays(1));
        auto *who = audit->findChild<QComboBox *>(QStringLiteral("auditPractitionerComboBox"));
        audited.clear();
        who->setCurrentIndex(who->findData(QStringLiteral("iwizz")));
        QVERIFY(arrived(audited, 20000));
        auto *entries = audit->findChild<QTableWidget *>(QStringLiteral("auditTableWidget"));
        QVERIFY(entries->rowCount() >= 10);
        QCOMPARE(cell(entries, 0, 2), QStringLiteral("Weekly hours added"));
        QVERIFY(cell(entries, 0, 4).contains(QLatin1String("David Brown")) ||
                cell(entries, 0, 4).contains(QLatin1String("dbrown")));
        auto *details = audit->findChild<QTableWidget *>(QStringLiteral("auditDetailsTableWidget"));
        QTRY_VERIFY(details->rowCount() > 0);
        saveScreenshot(audit, QStringLiteral("audit.png"));
    }
};

CAREDESK_GUI_TEST_MAIN(TestConflicts)
#include "tst_conflicts.moc"
