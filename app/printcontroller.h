#pragma once

#include <QCoroTask>
#include <QDate>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace caredesk {

class ConnectionPool;
class DaySheetPanel;

/// Prints day sheets and week rosters from Book's day sheet: loads the report through
/// the engine (never on the GUI thread), then shows a print preview (print from there,
/// or to a PDF file through the print dialog) or writes a PDF directly.
class PrintController final : public QObject
{
    Q_OBJECT

public:
    PrintController(std::shared_ptr<ConnectionPool> pool, DaySheetPanel *panel, QWidget *dialogParent,
                    QObject *parent = nullptr);

Q_SIGNALS:
    /// The preview dialog is open with this many pages.
    void previewShown(int pages);
    void pdfWritten(bool ok, const QString &message);

private:
    QCoro::Task<> printAsync(QString key, QDate date, bool weekRoster);
    QCoro::Task<> pdfAsync(QString key, QDate date, QString path);

    std::shared_ptr<ConnectionPool> m_pool;
    QPointer<DaySheetPanel> m_panel;
    QPointer<QWidget> m_dialogParent;
};

} // namespace caredesk
