// Holiday import through the real widgets (offscreen, real PostgreSQL, a local HTTP
// server for feeds): Clinic Closures → Import… previews a calendar file, the manager
// unticks what they do not want and imports the rest; a bad file keeps what was typed
// and writes nothing; a subscribed feed is re-checked and its changes wait for review.
#include "app/closurescontroller.h"
#include "models/closuresmodel.h"
#include "models/importplanmodel.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "tests/support/fixtures.h"
#include "tests/support/httpserver.h"
#include "ui/closures/closuresworkspace.h"
#include "ui/closures/importdialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

namespace {

/// With CAREDESK_SCREENSHOTS set (scripts/screenshots), saves what the test shows there.
void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("CAREDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name), "PNG");
}

} // namespace

class TestHolidayImport : public QObject
{
    Q_OBJECT

private:
    SeededClinic m_clinic;
    ClosuresWorkspace *m_view = nullptr;
    ClosuresController *m_controller = nullptr;

    QStringList reasons() const
    {
        QStringList out;
        for (const ClosureSummary &c : m_view->model()->closures())
            out.append(c.closure.reason);
        return out;
    }

    int importedRows() const
    {
        return queryOnce(m_clinic.db->conninfo(),
                         QStringLiteral(
                             "SELECT count(*) FROM availability_exceptions WHERE source_uid IS NOT NULL"))
            .toInt();
    }

    /// Opens Import… and loads a preview of `source`; returns the dialog.
    ImportDialog *preview(const QString &source, bool expectOk = true,
                          const char *button = "importClosuresPushButton")
    {
        m_view->findChild<QPushButton *>(QString::fromLatin1(button))->click();
        ImportDialog *dialog = m_controller->importDialog();
        if (!dialog)
            return nullptr;
        dialog->findChild<QLineEdit *>(QStringLiteral("importSourceLineEdit"))->setText(source);
        QSignalSpy previewed(m_controller, &ClosuresController::previewLoaded);
        dialog->findChild<QPushButton *>(QStringLiteral("importPreviewPushButton"))->click();
        if (!arrived(previewed) || previewed.first().first().toBool() != expectOk)
            return nullptr;
        return dialog;
    }

    bool clickImport(ImportDialog *dialog)
    {
        QSignalSpy finished(m_controller, &ClosuresController::importFinished);
        QSignalSpy loaded(m_controller, &ClosuresController::loaded);
        dialog->findChild<QPushButton *>(QStringLiteral("importApplyPushButton"))->click();
        if (!arrived(finished))
            return false;
        if (!finished.first().first().toBool()) {
            qWarning("import failed: %s", qPrintable(finished.first().at(1).toString()));
            return false;
        }
        return arrived(loaded);
    }

private Q_SLOTS:
    void init()
    {
        const QString error = m_clinic.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_view = m_clinic.window->findChild<ClosuresWorkspace *>(QStringLiteral("closuresWorkspace"));
        QVERIFY(m_view);
        m_controller = m_clinic.app->closuresController();
        QSignalSpy loaded(m_controller, &ClosuresController::loaded);
        m_clinic.window->show();
        m_clinic.window->showWorkspace(WorkspaceModel::Workspace::ClinicClosures);
        m_clinic.app->start();
        QVERIFY(arrived(loaded, 20000));
    }

    void cleanup() { m_clinic.close(); }

    void previewTickAndImportAFile()
    {
        ImportDialog *dialog = preview(QStringLiteral(CAREDESK_TEST_DATA "/ics/public_holidays_feed.ics"));
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The clock says 2025-12-01: the range runs two years, to 2027-12-01.
        const ImportPlan &plan = dialog->model()->plan();
        QCOMPARE(plan.count(ImportChange::Kind::Create), 11);
        QCOMPARE(plan.skipped.size(), 4);
        QCOMPARE(plan.skipped.first().reason, QStringLiteral("it is after the import range (to 2027-12-01)"));
        QCOMPARE(dialog->model()->rowCount(), 15);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("importStatusLabel"));
        QCOMPARE(status->text(),
                 QStringLiteral("“Holidays in Australia”: 11 new, 0 already there, 4 skipped"));
        QCOMPARE(importedRows(), 0);

        // Untick Christmas Day; the button says how many remain.
        const QModelIndex first = dialog->model()->index(0, ImportPlanModel::WhatColumn);
        QCOMPARE(dialog->model()->index(0, ImportPlanModel::ReasonColumn).data().toString(),
                 QStringLiteral("Christmas Day"));
        QVERIFY(dialog->model()->setData(first, Qt::Unchecked, Qt::CheckStateRole));
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("importApplyPushButton"));
        QCOMPARE(apply->text(), QStringLiteral("&Import 10"));
        QVERIFY(apply->isEnabled());
        screenshot(dialog, "import.png");

        QPointer<ImportDialog> guard(dialog);
        QVERIFY(clickImport(dialog));
        QTRY_VERIFY(!guard);
        QCOMPARE(importedRows(), 10);
        QTRY_VERIFY(reasons().contains(QStringLiteral("Boxing Day (substitute day)")));
        QVERIFY(!reasons().contains(QStringLiteral("Christmas Day")));
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("closuresMessageLabel"))
                    ->text()
                    .contains(QStringLiteral("10 closures added, 0 changed, 0 removed")));

        // Importing the same file again offers only what was left out.
        ImportDialog *again = preview(QStringLiteral(CAREDESK_TEST_DATA "/ics/public_holidays_feed.ics"));
        QVERIFY(again);
        QCOMPARE(again->model()->plan().count(ImportChange::Kind::Create), 1);
        QCOMPARE(again->model()->plan().present.size(), 10);
        again->reject();
    }

    void aBadFileKeepsWhatWasTypedAndWritesNothing()
    {
        const QString path = QStringLiteral(CAREDESK_TEST_DATA "/ics/not_calendar.html");
        ImportDialog *dialog = preview(path, false);
        QVERIFY(dialog);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("importStatusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("This is not an iCalendar file: it starts with")),
                 qPrintable(status->text()));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("importSourceLineEdit"))->text(), path);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importApplyPushButton"))->isEnabled());
        QCOMPARE(dialog->model()->rowCount(), 0);
        QCOMPARE(importedRows(), 0);

        // An address nobody serves: a clear message, the same fields.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString dead = QStringLiteral("http://127.0.0.1:%1/holidays.ics").arg(probe.serverPort());
        probe.close();
        dialog->findChild<QLineEdit *>(QStringLiteral("importSourceLineEdit"))->setText(dead);
        QSignalSpy previewed(m_controller, &ClosuresController::previewLoaded);
        dialog->findChild<QPushButton *>(QStringLiteral("importPreviewPushButton"))->click();
        QVERIFY(arrived(previewed));
        QVERIFY2(status->text().contains(QStringLiteral("Could not fetch ") + dead),
                 qPrintable(status->text()));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("importSourceLineEdit"))->text(), dead);
        dialog->reject();
    }

    void aSubscribedFeedIsRecheckedAndItsChangesWaitForReview()
    {
        LocalHttpServer server;
        QVERIFY(server.isListening());
        server.route("/public/basic.ics",
                     {LocalHttpServer::Behaviour::Serve, icsFixture("public_holidays_feed.ics")});
        const QString url = server.url("/public/basic.ics");

        ImportDialog *dialog = preview(url, true, "subscribeFeedPushButton");
        QVERIFY(dialog);
        auto *subscribe = dialog->findChild<QCheckBox *>(QStringLiteral("importSubscribeCheckBox"));
        QVERIFY(subscribe->isEnabled());
        QVERIFY(subscribe->isChecked());
        dialog->findChild<QLineEdit *>(QStringLiteral("importFeedNameLineEdit"))
            ->setText(QStringLiteral("NSW holidays"));
        QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("importApplyPushButton"))->text(),
                 QStringLiteral("&Import 11 and Subscribe"));
        QVERIFY(clickImport(dialog));
        // The feed list reloads after the import; an earlier reload may finish first.
        auto *feeds = m_view->findChild<QTreeWidget *>(QStringLiteral("feedsTreeWidget"));
        QTRY_COMPARE_WITH_TIMEOUT(feeds->topLevelItemCount(), 1, 10000);
        QCOMPARE(feeds->topLevelItem(0)->text(0), QStringLiteral("NSW holidays"));
        QTRY_COMPARE_WITH_TIMEOUT(feeds->topLevelItem(0)->text(3), QStringLiteral("11"), 10000);
        QCOMPARE(importedRows(), 11);

        // A month later the feed moved Labour Day and added Melbourne Cup.
        server.route("/public/basic.ics",
                     {LocalHttpServer::Behaviour::Serve, icsFixture("public_holidays_feed_later.ics")});
        QSignalSpy checked(m_controller, &ClosuresController::feedsChecked);
        m_view->findChild<QPushButton *>(QStringLiteral("checkFeedPushButton"))->click();
        QVERIFY(arrived(checked));
        QCOMPARE(importedRows(), 11); // nothing applied by itself
        QCOMPARE(m_controller->pendingFeedChanges().size(), 1);
        QCOMPARE(m_controller->pendingFeedChanges().cbegin().value(), 2);
        auto *notice = m_view->findChild<QLabel *>(QStringLiteral("feedNoticeLabel"));
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("NSW holidays")), qPrintable(notice->text()));
        QCOMPARE(feeds->topLevelItem(0)->text(2), QStringLiteral("2 changes to review"));
        // The new holiday is a warning until it is a closure (the strip looks 90 days ahead;
        // Melbourne Cup is almost two years away).
        QVERIFY(m_controller->feedWarnings(90).isEmpty());
        const QList<AvailabilityWarning> ahead = m_controller->feedWarnings(800);
        QCOMPARE(ahead.size(), 1);
        QCOMPARE(ahead.first().kind, AvailabilityWarning::Kind::FeedHolidayNotClosed);
        QVERIFY2(ahead.first().holiday.contains(QLatin1String("Melbourne Cup")),
                 qPrintable(ahead.first().holiday));
        QCOMPARE(ahead.first().feedTitle, QStringLiteral("NSW holidays"));
        m_view->findChild<QTabWidget *>(QStringLiteral("closuresViewTabWidget"))->setCurrentIndex(2);
        screenshot(m_clinic.window.get(), "feeds.png");
        m_view->findChild<QTabWidget *>(QStringLiteral("closuresViewTabWidget"))->setCurrentIndex(0);

        m_view->findChild<QPushButton *>(QStringLiteral("feedNoticeReviewPushButton"))->click();
        ImportDialog *review = m_controller->importDialog();
        QVERIFY(review);
        QCOMPARE(review->windowTitle(), QStringLiteral("Review Changes: NSW holidays"));
        screenshot(review, "feed-review.png");
        const ImportPlan &plan = review->model()->plan();
        QCOMPARE(plan.changes.size(), 2);
        QCOMPARE(plan.changes[0].kind, ImportChange::Kind::Update);
        QCOMPARE(plan.changes[0].closure.reason, QStringLiteral("Labour Day (moved)"));
        QVERIFY(review->model()
                    ->index(0, ImportPlanModel::NoteColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Labour Day")));
        QCOMPARE(plan.changes[1].closure.reason, QStringLiteral("Melbourne Cup"));
        QVERIFY(review->model()->setData(review->model()->index(1, ImportPlanModel::WhatColumn),
                                         Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(review->findChild<QPushButton *>(QStringLiteral("importApplyPushButton"))->text(),
                 QStringLiteral("&Apply 1, Decline the Rest"));
        QVERIFY(clickImport(review));
        QTRY_VERIFY(reasons().contains(QStringLiteral("Labour Day (moved)")));
        QVERIFY(!reasons().contains(QStringLiteral("Melbourne Cup")));
        QTRY_VERIFY(!notice->isVisible());

        // Checked again: nothing new (Melbourne Cup was declined).
        checked.clear();
        m_view->findChild<QPushButton *>(QStringLiteral("checkFeedPushButton"))->click();
        QVERIFY(arrived(checked));
        QVERIFY(m_controller->pendingFeedChanges().isEmpty());

        // The server breaks: the check says so and changes nothing.
        server.route("/public/basic.ics", {LocalHttpServer::Behaviour::Status, "oops", 500, "text/plain"});
        checked.clear();
        m_view->findChild<QPushButton *>(QStringLiteral("checkFeedPushButton"))->click();
        QVERIFY(arrived(checked));
        QVERIFY2(feeds->topLevelItem(0)->text(2).startsWith(QStringLiteral("Failed: ") + url +
                                                            QStringLiteral(" answered 500")),
                 qPrintable(feeds->topLevelItem(0)->text(2)));
        QCOMPARE(importedRows(), 11);
    }
};

CAREDESK_GUI_TEST_MAIN(TestHolidayImport)
#include "tst_holidayimport.moc"
