// Capacity and printing through the real widgets (offscreen, real PostgreSQL, the seed
// clinic with the clock on 2025-12-01): the heat map shows the engine's own numbers and
// follows a booking made elsewhere; CSV and PNG exports; a day sheet saved as PDF and
// the print preview.
#include "app/capacitycontroller.h"
#include "app/printcontroller.h"
#include "engine/booking.h"
#include "models/utilisationmodel.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "ui/book/bookworkspace.h"
#include "ui/book/daysheetpanel.h"
#include "ui/capacity/capacityworkspace.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestCapacity : public QObject
{
    Q_OBJECT

private:
    SeededClinic m_clinic;
    CapacityWorkspace *m_view = nullptr;
    CapacityController *m_controller = nullptr;

    QList<PractitionerUtilisation> engineNumbers(int weeks)
    {
        ConnectionPool pool(m_clinic.db->target(), PoolConfig{});
        auto r = pool.runBlocking(
            Access::Read, [weeks](Session &s) { return loadUtilisation(s, QDate(2025, 12, 1), weeks); });
        if (!r)
            qWarning("%s", qPrintable(r.error().toString()));
        return r ? r.value() : QList<PractitionerUtilisation>{};
    }

private Q_SLOTS:
    void init()
    {
        const QString error = m_clinic.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_view = m_clinic.window->findChild<CapacityWorkspace *>(QStringLiteral("capacityWorkspace"));
        QVERIFY(m_view);
        m_controller = m_clinic.app->capacityController();
        QSignalSpy loaded(m_controller, &CapacityController::loaded);
        m_clinic.window->show();
        m_clinic.window->showWorkspace(WorkspaceModel::Workspace::Capacity);
        m_clinic.app->start();
        QVERIFY(arrived(loaded, 20000));
    }

    void cleanup() { m_clinic.close(); }

    void theHeatMapShowsTheEnginesNumbers()
    {
        QAbstractItemModelTester tester(m_view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto expected = engineNumbers(8);
        QCOMPARE(m_view->model()->rowCount(), int(expected.size()));
        QCOMPARE(m_view->model()->columnCount(), 8);
        for (int r = 0; r < expected.size(); ++r) {
            QCOMPARE(m_view->model()->headerData(r, Qt::Vertical).toString(), expected[r].practitioner.name);
            for (int c = 0; c < 8; ++c) {
                const QModelIndex i = m_view->model()->index(r, c);
                QCOMPARE(i.data(UtilisationModel::AvailableHoursRole).toDouble(),
                         expected[r].weeks[c].availableHours);
                QCOMPARE(i.data(UtilisationModel::BookedHoursRole).toDouble(),
                         expected[r].weeks[c].bookedHours);
            }
        }
        // The week of 22 December: David Brown's two bookings (1.5 h) and the closure
        // from Wednesday 24th; Isla Wizz is on leave from the 24th.
        const int brown = expected[0].practitioner.key == QLatin1String("dbrown") ? 0 : 1;
        const UtilisationWeek christmas = expected[brown].weeks[3];
        QCOMPARE(christmas.monday, QDate(2025, 12, 22));
        QCOMPARE(christmas.bookedHours, 1.5);
        QVERIFY(christmas.closureHours > 0);
        QCOMPARE(m_view->model()->index(brown, 3).data().toString(),
                 QStringLiteral("%1 %").arg(qRound(christmas.utilisation() * 100)));
        // The chart shows the selected week, a bar per practitioner.
        m_view->setChartWeek(3);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(m_view->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 4);
        QCOMPARE(series->barSets().at(0)->count(), int(expected.size()));
    }

    void aBookingElsewhereShowsWithoutReloading()
    {
        const double before = m_view->model()->index(0, 0).data(UtilisationModel::BookedHoursRole).toDouble();
        const QString key = m_view->model()->utilisation().first().practitioner.key;
        // The user stands on the second practitioner's third week, having just exported.
        auto *heat = m_view->findChild<QTableView *>(QStringLiteral("capacityHeatMapTableView"));
        QVERIFY(m_view->model()->rowCount() > 1 && m_view->model()->columnCount() > 2);
        heat->setCurrentIndex(m_view->model()->index(1, 2));
        const QString standing = m_view->model()->utilisation().at(1).practitioner.key;
        QCOMPARE(m_view->chartWeek(), 2);
        auto *banner = m_view->findChild<QLabel *>(QStringLiteral("capacityMessageLabel"));
        m_view->showMessage(QStringLiteral("Saved capacity.csv."), false);
        QSignalSpy loaded(m_controller, &CapacityController::loaded);
        ConnectionPool other(m_clinic.db->target(), PoolConfig{});
        const QDateTime start = wallClockToInstant(QDate(2025, 12, 2), 11 * 60, sydney());
        BookingRequest request;
        request.practitionerKey = key;
        request.start = start;
        request.minutes = 60;
        request.patient = QStringLiteral("Walk In");
        auto booked =
            other.runBlocking(Access::Write, [request](Session &s) { return book(s, request, seededNow()); });
        if (!booked.ok())
            QFAIL(qPrintable(booked.error().toString()));
        QVERIFY(arrived(loaded, 5000));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_view->model()->index(0, 0).data(UtilisationModel::BookedHoursRole).toDouble(), before + 1.0,
            5000);
        // ...and stays there, with what was said.
        QVERIFY(heat->currentIndex().isValid());
        QCOMPARE(m_view->model()->utilisation().at(heat->currentIndex().row()).practitioner.key, standing);
        QCOMPARE(heat->currentIndex().column(), 2);
        QCOMPARE(m_view->chartWeek(), 2);
        QCOMPARE(banner->text(), QStringLiteral("Saved capacity.csv."));
    }

    void exportsCsvAndPng()
    {
        QTemporaryDir dir;
        QSignalSpy exported(m_controller, &CapacityController::exported);
        const QString csv = dir.filePath(QStringLiteral("capacity.csv"));
        Q_EMIT m_view->exportCsvRequested(csv);
        QVERIFY(arrived(exported));
        QVERIFY(exported.first().first().toBool());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), utilisationCsv(m_view->model()->utilisation()));

        exported.clear();
        const QString png = dir.filePath(QStringLiteral("capacity.png"));
        Q_EMIT m_view->exportPngRequested(png);
        QVERIFY(arrived(exported));
        QVERIFY(exported.first().first().toBool());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200);

        // A folder that does not exist: a message, no file.
        exported.clear();
        Q_EMIT m_view->exportCsvRequested(dir.filePath(QStringLiteral("missing/capacity.csv")));
        QVERIFY(arrived(exported));
        QVERIFY(!exported.first().first().toBool());
        QVERIFY(exported.first().at(1).toString().startsWith(QStringLiteral("Not saved: ")));
    }

    void theDaySheetPrintsToPdfAndPreview()
    {
        m_clinic.window->showWorkspace(WorkspaceModel::Workspace::Book);
        auto *panel = m_clinic.window->findChild<DaySheetPanel *>(QStringLiteral("daySheetPanel"));
        QVERIFY(panel);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        QSignalSpy written(m_clinic.app->printController(), &PrintController::pdfWritten);
        Q_EMIT panel->pdfRequested(QString(), QDate(2025, 12, 22), pdf);
        QVERIFY(arrived(written));
        QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000), "pdftotext is missing (Debian package poppler-utils)");
        const QString sheet = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(sheet.contains(QStringLiteral("P. Smith")) && sheet.contains(QStringLiteral("R. Jones")),
                 qPrintable(sheet));
        QVERIFY(!sheet.contains(QStringLiteral("Cancelled One")));

        QSignalSpy shown(m_clinic.app->printController(), &PrintController::previewShown);
        panel->findChild<QPushButton *>(QStringLiteral("printDaySheetPushButton"))->click();
        QVERIFY(arrived(shown));
        QCOMPARE(shown.first().first().toInt(), 1);
        auto *preview =
            m_clinic.window->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreviewDialog"));
        QVERIFY(preview);
        preview->reject();
    }
};

CAREDESK_GUI_TEST_MAIN(TestCapacity)
#include "tst_capacity.moc"
