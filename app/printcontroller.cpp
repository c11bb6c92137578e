#include "printcontroller.h"

#include "engine/pool.h"
#include "engine/reports.h"
#include "ui/book/daysheetpanel.h"
#include "ui/print/reportprinter.h"

#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>

namespace caredesk {

PrintController::PrintController(std::shared_ptr<ConnectionPool> pool, DaySheetPanel *panel,
                                 QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_panel(panel)
    , m_dialogParent(dialogParent)
{
    connect(panel, &DaySheetPanel::printRequested, this,
            [this](const QString &key, const QDate &date, bool week) { printAsync(key, date, week); });
    connect(
        panel, &DaySheetPanel::pdfRequested, this,
        [this](const QString &key, const QDate &date, const QString &path) { pdfAsync(key, date, path); });
}

QCoro::Task<> PrintController::printAsync(QString key, QDate date, bool weekRoster)
{
    QPointer<PrintController> self(this);
    const QStringList keys = key.isEmpty() ? QStringList{} : QStringList{key};
    using Reports = std::pair<DaySheetReport, WeekRoster>;
    QCoro::Task<Result<Reports>> task = m_pool->run(
        Access::StandbyRead,
        [date, keys, weekRoster](Session &s) {
            return weekRoster ? Reports{{}, loadWeekRoster(s, date, keys)}
                              : Reports{loadDaySheetReport(s, date, keys), {}};
        },
        QStringLiteral("print: load"));
    Result<Reports> reports = co_await task;
    if (!self)
        co_return;
    if (!reports) {
        QMessageBox::warning(m_dialogParent, tr("Print"),
                             tr("Nothing to print: %1").arg(reports.error().message));
        co_return;
    }
    // The dialog owns its printer, so the printer lives exactly as long as the preview.
    auto *preview = new QPrintPreviewDialog(m_dialogParent);
    QPrinter *printer = preview->printer();
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(weekRoster ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer->setDocName(weekRoster ? tr("Week roster %1").arg(mondayOf(date).toString(Qt::ISODate))
                                   : tr("Day sheet %1").arg(date.toString(Qt::ISODate)));
    preview->setObjectName(QStringLiteral("printPreviewDialog"));
    preview->setWindowTitle(weekRoster ? tr("Print Week Roster") : tr("Print Day Sheet"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    const Reports r = reports.value();
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, r, weekRoster](QPrinter *p) {
        const int pages = weekRoster ? ReportPrinter::printWeekRoster(r.second, *p)
                                     : ReportPrinter::printDaySheet(r.first, *p);
        Q_EMIT previewShown(pages);
    });
    preview->open();
}

QCoro::Task<> PrintController::pdfAsync(QString key, QDate date, QString path)
{
    QPointer<PrintController> self(this);
    const QStringList keys = key.isEmpty() ? QStringList{} : QStringList{key};
    QCoro::Task<Result<DaySheetReport>> task = m_pool->run(
        Access::StandbyRead, [date, keys](Session &s) { return loadDaySheetReport(s, date, keys); },
        QStringLiteral("print: day sheet"));
    Result<DaySheetReport> report = co_await task;
    if (!self)
        co_return;
    QString error;
    const bool ok = report && ReportPrinter::writeDaySheetPdf(report.value(), path, &error);
    if (!report)
        error = report.error().message;
    const QString message = ok ? tr("Saved the day sheet to %1.").arg(path) : tr("Not saved: %1").arg(error);
    if (!ok)
        QMessageBox::warning(m_dialogParent, tr("Save as PDF"), message);
    Q_EMIT pdfWritten(ok, message);
}

} // namespace caredesk
