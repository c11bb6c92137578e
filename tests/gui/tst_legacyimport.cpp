// Clinic Setup → Import from the Old System… through the real widgets (offscreen, real
// PostgreSQL): the old schema with its traps in a second database; the manager previews
// (a dry run that writes nothing), sees the counts and every row that will not come
// across and why, imports, and saves the report. Bad input says what is wrong and keeps
// what was typed; a preview stops counting once the fields change.
#include "app/setupcontroller.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "tests/support/legacyfixture.h"
#include "ui/setup/legacyimportdialog.h"
#include "ui/setup/setupworkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestLegacyImport : public QObject
{
    Q_OBJECT

private:
    SeededClinic m_clinic;
    std::unique_ptr<TestDatabase> m_old;
    SetupWorkspace *m_view = nullptr;

    QString practitionerCount() const
    {
        return queryOnce(m_clinic.db->conninfo(), QStringLiteral("SELECT count(*) FROM practitioners"));
    }

    template<typename T>
    T *child(QWidget *dialog, const char *name) const
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_clinic.open(
            QStringLiteral("INSERT INTO staff (login, display_name) VALUES ('boss', 'Morgan Lee');"
                           "INSERT INTO staff_roles SELECT id, 'manager' FROM staff WHERE login = 'boss'"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_old = std::make_unique<TestDatabase>();
        QVERIFY2(m_old->ok(), qPrintable(m_old->error()));
        QCOMPARE(m_old->execAdmin(legacySchemaSql(LegacyShape::Altered)), QString());
        QCOMPARE(m_old->execAdmin(legacySmallClinicSql()), QString());
        m_view = m_clinic.window->findChild<SetupWorkspace *>(QStringLiteral("setupWorkspace"));
        QVERIFY(m_view);
        QVERIFY(m_clinic.openSetupAs(QStringLiteral("boss")));
    }

    void cleanupTestCase()
    {
        m_clinic.close();
        m_old.reset();
    }

    void previewThenImportThenSaveTheReport()
    {
        m_view->findChild<QPushButton *>(QStringLiteral("legacyImportOpenPushButton"))->click();
        LegacyImportDialog *dialog = m_view->legacyImportDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *conninfo = child<QLineEdit>(dialog, "legacyConninfoLineEdit");
        auto *zone = child<QComboBox>(dialog, "legacyZoneComboBox");
        auto *preview = child<QPushButton>(dialog, "legacyPreviewPushButton");
        auto *importButton = child<QPushButton>(dialog, "legacyImportPushButton");
        auto *status = child<QLabel>(dialog, "legacyImportStatusLabel");
        auto *counts = child<QTableWidget>(dialog, "legacyCountsTableWidget");
        auto *skipped = child<QTableWidget>(dialog, "legacySkippedTableWidget");
        auto *progress = child<QProgressBar>(dialog, "legacyImportProgressBar");
        QCOMPARE(zone->currentText(), QStringLiteral("Australia/Sydney")); // the clinic's
        QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("officeHoursLabel"))->isVisible());
        QVERIFY(!importButton->isEnabled());
        QTRY_VERIFY(conninfo->hasFocus());
        const QString before = practitionerCount();

        // Nothing typed: said so, nothing asked of the database.
        QTest::mouseClick(preview, Qt::LeftButton);
        QVERIFY(status->text().contains(QLatin1String("Enter the old system's database connection")));

        // A connection libpq cannot read: the engine's reason, and the text stays.
        QTest::keyClicks(conninfo, QStringLiteral("host=/tmp port"));
        QTest::mouseClick(preview, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Old database:")), 20000);
        QVERIFY2(status->text().contains(QLatin1String("not valid")), qPrintable(status->text()));
        QCOMPARE(conninfo->text(), QStringLiteral("host=/tmp port"));
        QVERIFY(!importButton->isEnabled());

        // The preview: a dry run, nothing written; progress while it runs.
        conninfo->setText(m_old->conninfo());
        QTest::mouseClick(preview, Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QVERIFY(!preview->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->report().has_value(), 20000);
        QVERIFY(dialog->report()->dryRun);
        QVERIFY(!progress->isVisible());
        QCOMPARE(counts->rowCount(), 4);
        QCOMPARE(counts->item(2, 0)->text(), QStringLiteral("availability_exceptions"));
        QCOMPARE(counts->item(2, 1)->text(), QStringLiteral("34")); // read
        QCOMPARE(counts->item(2, 4)->text(), QStringLiteral("18")); // folded
        QCOMPARE(skipped->rowCount(), 28);
        QCOMPARE(skipped->item(0, 0)->text(), QStringLiteral("users"));
        QCOMPARE(skipped->item(0, 1)->text(), QStringLiteral("4"));
        QVERIFY(skipped->item(0, 2)->text().contains(QLatin1String("not bookable")));
        QCOMPARE(practitionerCount(), before);
        QVERIFY(importButton->isEnabled());
        QTRY_VERIFY(importButton->hasFocus()); // Enter imports what was previewed
        saveScreenshot(dialog, QStringLiteral("legacy-import.png"));

        // Another database typed: the preview no longer describes it.
        conninfo->setText(m_old->conninfo() + QStringLiteral(" connect_timeout=5"));
        QVERIFY(!importButton->isEnabled());
        conninfo->setText(m_old->conninfo());
        QVERIFY(!importButton->isEnabled());
        QTest::mouseClick(preview, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 20000);

        // Import: the same counts, now written; Setup reloads with the new practitioners.
        const LegacyImportReport previewed = *dialog->report();
        QSignalSpy done(m_clinic.app->setupController(), &SetupController::changeFinished);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(arrived(done, 30000));
        QVERIFY(done.first().at(0).toBool());
        QVERIFY(!dialog->report()->dryRun);
        QCOMPARE(dialog->report()->tables.size(), previewed.tables.size());
        for (qsizetype i = 0; i < previewed.tables.size(); ++i) {
            QCOMPARE(dialog->report()->tables.at(i).imported, previewed.tables.at(i).imported);
            QCOMPARE(dialog->report()->tables.at(i).created, previewed.tables.at(i).created);
            QCOMPARE(dialog->report()->tables.at(i).skipped, previewed.tables.at(i).skipped);
        }
        QCOMPARE(practitionerCount().toInt(), before.toInt() + 5);
        QVERIFY(status->text().contains(QLatin1String("Done")));
        QVERIFY(!importButton->isEnabled());
        auto *practitioners = m_view->findChild<QTableWidget *>(QStringLiteral("practitionersTableWidget"));
        QVERIFY(practitioners);
        QTRY_COMPARE(practitioners->rowCount(), before.toInt() + 5);
        // The old company-wide pattern is the clinic's office hours, shown under its settings.
        auto *officeHours = m_view->findChild<QLabel *>(QStringLiteral("officeHoursLabel"));
        QVERIFY(officeHours);
        QTRY_VERIFY(officeHours->isVisible());
        const QLocale locale = m_view->locale();
        QVERIFY2(officeHours->text().contains(QStringLiteral("%1, %2, %3, %4, %5 08:00–18:00")
                                                  .arg(locale.dayName(1, QLocale::ShortFormat),
                                                       locale.dayName(2, QLocale::ShortFormat),
                                                       locale.dayName(3, QLocale::ShortFormat),
                                                       locale.dayName(4, QLocale::ShortFormat),
                                                       locale.dayName(5, QLocale::ShortFormat))),
                 qPrintable(officeHours->text()));

        // The report, saved as text.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.txt"));
        QString error;
        QVERIFY2(dialog->saveReport(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QLatin1String("Not imported (28):")));
        QVERIFY(text.contains(QLatin1String("appointments 7: status is NULL")));
        QVERIFY(!dialog->saveReport(dir.filePath(QStringLiteral("no/such/folder/report.txt")), &error));
        QVERIFY(error.contains(QLatin1String("could not be saved")));
        dialog->close();
    }
};

CAREDESK_GUI_TEST_MAIN(TestLegacyImport)
#include "tst_legacyimport.moc"
