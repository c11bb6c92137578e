#include "conflictsdialog.h"

#include "models/localeformat.h"
#include "ui/shell/inlinemessage.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace caredesk {

namespace {

enum Column
{
    Patient,
    Phone,
    Practitioner,
    Time,
    Why,
    Proposed,
    ColumnCount
};

} // namespace

ConflictsDialog::ConflictsDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(makeRowTable(
          QStringLiteral("conflictsTableWidget"), tr("Appointments to resolve"),
          {tr("Patient"), tr("Phone"), tr("Practitioner"), tr("Booked for"), tr("Why"), tr("Proposed time")},
          this, QAbstractItemView::ExtendedSelection))
    , m_message(new QLabel(this))
    , m_preview(new QPushButton(tr("&Preview Move"), this))
    , m_move(new QPushButton(tr("&Move as Previewed"), this))
    , m_cancel(new QPushButton(tr("&Cancel Appointments…"), this))
    , m_export(new QPushButton(tr("&Export for Phoning…"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Appointments to Resolve"));
    resize(900, 480);
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("conflictsSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_message->setObjectName(QStringLiteral("conflictsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_preview->setObjectName(QStringLiteral("conflictsPreviewPushButton"));
    m_preview->setToolTip(tr("Finds each practitioner's next free time for the selected appointments "
                             "(all when none is selected); nothing changes yet"));
    m_move->setObjectName(QStringLiteral("conflictsMovePushButton"));
    m_move->setToolTip(tr("Moves the appointments to exactly the previewed times, all or none"));
    m_cancel->setObjectName(QStringLiteral("conflictsCancelPushButton"));
    m_cancel->setToolTip(tr("Cancels the selected appointments, after asking"));
    m_export->setObjectName(QStringLiteral("conflictsExportPushButton"));
    m_export->setToolTip(tr("Saves patient, phone, old time and proposed time as CSV"));
    m_refresh->setObjectName(QStringLiteral("conflictsRefreshPushButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    for (QPushButton *b : {m_preview, m_move, m_cancel, m_export})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("conflictsClosePushButton"));
    buttons->addWidget(close);
    layout->addLayout(buttons);
    m_preview->setDefault(true);

    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_refresh, &QPushButton::clicked, this, &ConflictsDialog::refreshRequested);
    connect(m_preview, &QPushButton::clicked, this, [this] { Q_EMIT previewRequested(chosen()); });
    connect(m_move, &QPushButton::clicked, this, [this] { Q_EMIT moveRequested(m_plan); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QList<AppointmentSummary> list = chosen();
        if (list.isEmpty())
            return;
        auto *confirm = new QMessageBox(
            QMessageBox::Question, tr("Cancel Appointments"),
            tr("Cancel %n appointment(s)? Phone the patients first; the list can be exported.", nullptr,
               int(list.size())),
            QMessageBox::Yes | QMessageBox::No, this);
        confirm->setObjectName(QStringLiteral("conflictsCancelMessageBox"));
        confirm->button(QMessageBox::Yes)->setText(tr("&Cancel Them"));
        confirm->button(QMessageBox::No)->setText(tr("&Keep Them"));
        confirm->setDefaultButton(QMessageBox::No);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QMessageBox::finished, this, [this, list](int result) {
            if (result == QMessageBox::Yes)
                Q_EMIT cancelRequested(list);
        });
        confirm->open();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export for Phoning"),
                                                          dir + QStringLiteral("/appointments-to-phone.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            Q_EMIT exportRequested(path, m_plan);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        // A preview stands for the rows it was made for.
        if (!m_plan.moves.isEmpty()) {
            m_plan = {};
            for (int row = 0; row < m_table->rowCount(); ++row)
                m_table->item(row, Proposed)->setText(QString());
            showMessage(tr("The selection changed: preview again before moving."), false);
        }
        updateButtons();
    });
    updateButtons();
}

QString ConflictsDialog::when(const QDateTime &instant) const
{
    return localeformat::dateTimeText(locale(), instant.toTimeZone(m_zone));
}

bool sameAppointments(const QList<AppointmentSummary> &a, const QList<AppointmentSummary> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const AppointmentSummary &x, const AppointmentSummary &y) {
                          return x.id == y.id && x.version == y.version && x.conflict == y.conflict;
                      });
}

bool ConflictsDialog::setConflicts(const QList<AppointmentSummary> &conflicts)
{
    if (sameAppointments(conflicts, m_conflicts) && m_table->rowCount() == conflicts.size())
        return false;
    QSet<qint64> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected.insert(m_conflicts.at(index.row()).id);
    m_conflicts = conflicts;
    m_plan = {};
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const AppointmentSummary &a : conflicts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // An occurrence of a recurring series says so: moving or cancelling it leaves the
        // rest of the series as it is.
        const QString patient =
            a.seriesId == 0
                ? a.patient
                : tr("%1 (series %2, visit %3)").arg(a.patient).arg(a.seriesId).arg(a.seriesIndex);
        const QStringList cells{patient, a.phone, a.practitionerName, when(a.start), a.conflict, QString()};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    for (int row = 0; row < m_conflicts.size(); ++row) {
        if (selected.contains(m_conflicts.at(row).id))
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        conflicts.isEmpty()
            ? tr("No booked appointment is on a closure or block day or outside working hours.")
            : tr("%n booked appointment(s) the clinic's closures, blocks or hours no longer allow. "
                 "Select some (or none for all), then preview a move, cancel or export the list.",
                 nullptr, int(conflicts.size())));
    updateButtons();
    return true;
}

void ConflictsDialog::setPlan(const MovePlan &plan)
{
    m_plan = plan;
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, Proposed)->setText(QString());
    int withoutSlot = 0;
    for (const MoveProposal &p : plan.moves) {
        for (int row = 0; row < m_conflicts.size(); ++row) {
            if (m_conflicts.at(row).id != p.appointment.id)
                continue;
            m_table->item(row, Proposed)->setText(p.newStart ? when(*p.newStart) : tr("no free time found"));
        }
        withoutSlot += p.newStart ? 0 : 1;
    }
    m_table->resizeColumnsToContents();
    showMessage(withoutSlot == 0
                    ? tr("Preview: %n appointment(s) would move as shown. Nothing has changed yet.", nullptr,
                         int(plan.moves.size()))
                    : tr("Preview: %n appointment(s) have no free time in the next two months and "
                         "would stay; phone those patients.",
                         nullptr, withoutSlot),
                withoutSlot > 0);
    updateButtons();
}

QList<AppointmentSummary> ConflictsDialog::chosen() const
{
    QList<AppointmentSummary> out;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return m_conflicts;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows)
        out.append(m_conflicts.at(index.row()));
    return out;
}

void ConflictsDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    if (busy && !what.isEmpty())
        showMessage(what, false);
    updateButtons();
}

void ConflictsDialog::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_message, text, isError);
}

void ConflictsDialog::updateButtons()
{
    const bool any = !m_conflicts.isEmpty() && !m_busy;
    const bool movable = std::any_of(m_plan.moves.cbegin(), m_plan.moves.cend(),
                                     [](const MoveProposal &p) { return p.newStart.has_value(); });
    m_preview->setEnabled(any);
    m_move->setEnabled(any && movable);
    // Cancelling takes an explicit choice of rows; moving and exporting default to all.
    m_cancel->setEnabled(any && m_table->selectionModel()->hasSelection());
    m_export->setEnabled(any);
    m_refresh->setEnabled(!m_busy);
}

} // namespace caredesk
