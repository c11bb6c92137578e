#include "legacyimportdialog.h"

#include "ui/shell/inlinemessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace caredesk {

LegacyImportDialog::LegacyImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_conninfo(new QLineEdit(this))
    , m_zone(makeZoneComboBox(QStringLiteral("legacyZoneComboBox"),
                              tr("Time zone of the old appointment times"), this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_save(new QPushButton(tr("&Save Report…"), this))
{
    setObjectName(QStringLiteral("legacyImportDialog"));
    setWindowTitle(tr("Import from the Old System"));
    setAccessibleName(tr("Import from the old system"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Brings the old web system's practitioners, weekly hours, block dates, closures and "
           "appointments into CareDesk. The old database is only read. Preview first: it shows "
           "what will come across and every row that will not, and why; nothing is written until "
           "you choose Import, and then all of it or nothing."));
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_conninfo->setObjectName(QStringLiteral("legacyConninfoLineEdit"));
    m_conninfo->setAccessibleName(tr("Old system's database connection"));
    m_conninfo->setPlaceholderText(tr("host=old-server dbname=clinic user=readonly"));
    addBuddyRow(form, tr("Old &database:"), m_conninfo);
    addBuddyRow(form, tr("Times are &wall-clock in:"), m_zone);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_preview->setObjectName(QStringLiteral("legacyPreviewPushButton"));
    m_preview->setDefault(true);
    actions->addWidget(m_preview);
    m_progress->setObjectName(QStringLiteral("legacyImportProgressBar"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setVisible(false);
    m_progress->setTextVisible(false);
    actions->addWidget(m_progress, 1);
    layout->addLayout(actions);
    m_status->setObjectName(QStringLiteral("legacyImportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    m_summary->setObjectName(QStringLiteral("legacySummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_counts = makeRowTable(QStringLiteral("legacyCountsTableWidget"), tr("Counts per old table"),
                            {tr("Old table"), tr("Read"), tr("Imported"), tr("Created"), tr("Folded"),
                             tr("Already imported"), tr("Skipped")},
                            this, QAbstractItemView::NoSelection);
    m_counts->horizontalHeader()->setStretchLastSection(false);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_counts);
    m_skipped = makeRowTable(QStringLiteral("legacySkippedTableWidget"), tr("Rows not imported, and why"),
                             {tr("Old table"), tr("Old id"), tr("Why")}, this);
    auto *skippedLabel = makeBuddyLabel(tr("Not imported, and &why:"), m_skipped);
    layout->addWidget(skippedLabel);
    layout->addWidget(m_skipped, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_import->setObjectName(QStringLiteral("legacyImportPushButton"));
    m_save->setObjectName(QStringLiteral("legacySaveReportPushButton"));
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_preview, &QPushButton::clicked, this, &LegacyImportDialog::requestPreview);
    connect(m_import, &QPushButton::clicked, this, &LegacyImportDialog::requestImport);
    connect(m_save, &QPushButton::clicked, this, &LegacyImportDialog::chooseReportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_conninfo, &QLineEdit::textChanged, this, &LegacyImportDialog::inputsChanged);
    connect(m_zone, &QComboBox::currentTextChanged, this, &LegacyImportDialog::inputsChanged);
    // Import does not close the dialog (accepted is not connected): its report follows.
    resize(860, 620);
    setIdle();
    m_conninfo->setFocus();
}

void LegacyImportDialog::setZone(const QString &zone)
{
    m_zone->setCurrentText(zone);
}

void LegacyImportDialog::setConninfo(const QString &conninfo)
{
    m_conninfo->setText(conninfo);
}

void LegacyImportDialog::requestPreview()
{
    if (m_busy)
        return;
    const QString conninfo = m_conninfo->text().trimmed();
    const QString zone = m_zone->currentText().trimmed();
    if (conninfo.isEmpty()) {
        showError(tr("Enter the old system's database connection, e.g. host=old-server dbname=clinic."));
        m_conninfo->setFocus();
        return;
    }
    if (const auto problem = timeZoneProblem(zone)) {
        showError(*problem);
        m_zone->setFocus();
        return;
    }
    Q_EMIT previewRequested(conninfo, zone);
}

void LegacyImportDialog::requestImport()
{
    if (m_busy || !m_previewCurrent)
        return;
    Q_EMIT importRequested(m_conninfo->text().trimmed(), m_zone->currentText().trimmed());
}

void LegacyImportDialog::inputsChanged()
{
    // A preview describes the old database and zone it was made for, nothing else.
    m_previewCurrent = false;
    setIdle();
}

void LegacyImportDialog::setProgress(const QString &text, int step, int steps)
{
    m_busy = true;
    m_progress->setVisible(true);
    m_progress->setRange(0, steps);
    m_progress->setValue(step);
    showInlineMessage(m_status, text, false);
    m_preview->setEnabled(false);
    m_import->setEnabled(false);
    m_save->setEnabled(false);
    m_conninfo->setReadOnly(true);
    m_zone->setEnabled(false);
}

void LegacyImportDialog::setIdle()
{
    m_busy = false;
    m_progress->setVisible(false);
    m_conninfo->setReadOnly(false);
    m_zone->setEnabled(true);
    m_preview->setEnabled(true);
    m_import->setEnabled(m_previewCurrent && m_report && m_report->dryRun);
    m_save->setEnabled(m_report.has_value());
}

void LegacyImportDialog::showError(const QString &message)
{
    m_busy = false;
    setIdle();
    showInlineMessage(m_status, message, true);
}

void LegacyImportDialog::showReport(const LegacyImportReport &report)
{
    m_report = report;
    m_previewCurrent = report.dryRun;
    m_counts->setRowCount(int(report.tables.size()));
    for (int r = 0; r < report.tables.size(); ++r) {
        const LegacyTableCount &c = report.tables.at(r);
        const QList<int> values{c.read, c.imported, c.created, c.folded, c.alreadyImported, c.skipped};
        m_counts->setItem(r, 0, new QTableWidgetItem(c.table));
        for (int i = 0; i < values.size(); ++i) {
            auto *item = new QTableWidgetItem(QLocale().toString(values.at(i)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(r, i + 1, item);
        }
    }
    m_skipped->setRowCount(int(report.skipped.size()));
    for (int r = 0; r < report.skipped.size(); ++r) {
        const LegacySkip &s = report.skipped.at(r);
        m_skipped->setItem(r, 0, new QTableWidgetItem(s.table));
        auto *id = new QTableWidgetItem(QString::number(s.id));
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_skipped->setItem(r, 1, id);
        m_skipped->setItem(r, 2, new QTableWidgetItem(s.reason));
    }
    m_skipped->resizeColumnToContents(0);
    m_skipped->resizeColumnToContents(1);
    int imported = 0;
    for (const LegacyTableCount &c : report.tables)
        imported += c.imported;
    const int skippedRows = int(report.skipped.size());
    //: the parts of the import summary, one sentence each
    const QStringList parts{
        report.dryRun ? tr("%n old row(s) will come across.", nullptr, imported)
                      : tr("%n old row(s) came across.", nullptr, imported),
        report.dryRun ? tr("%n will not (listed below, with why).", nullptr, skippedRows)
                      : tr("%n did not (listed below, with why).", nullptr, skippedRows),
        tr("Afterwards: %n booked appointment(s) to resolve (closures or hours).", nullptr, report.conflicts),
        tr("%n warning(s).", nullptr, report.warnings)};
    m_summary->setText((report.dryRun ? tr("Preview, nothing written yet:") : tr("Imported:")) +
                       QLatin1Char(' ') + parts.join(QLatin1Char(' ')));
    const int rowsHeight = m_counts->verticalHeader()->defaultSectionSize() * m_counts->rowCount();
    m_counts->setFixedHeight(m_counts->horizontalHeader()->sizeHint().height() + rowsHeight +
                             2 * m_counts->frameWidth());
    setIdle();
    showInlineMessage(
        m_status,
        report.dryRun
            ? tr("Preview of %1 ready: check what will not come across, then Import.").arg(report.source)
            : tr("Done: the import from %1 is saved. Running it again brings "
                 "nothing new.")
                  .arg(report.source),
        false);
    if (report.dryRun)
        m_import->setFocus();
}

bool LegacyImportDialog::saveReport(const QString &path, QString *error) const
{
    if (!m_report) {
        if (error)
            *error = tr("There is no report yet: preview first.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) ||
        file.write(legacyReportText(*m_report).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("The report could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void LegacyImportDialog::chooseReportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Report"), tr("import-report.txt"),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveReport(path, &error))
        showInlineMessage(m_status, tr("Saved the report to %1.").arg(path), false);
    else
        showInlineMessage(m_status, error, true);
}

} // namespace caredesk
