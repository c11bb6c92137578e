#include "daysheetpanel.h"

#include "models/daysheetmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace caredesk {

DaySheetPanel::DaySheetPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DaySheetModel(this))
    , m_date(new QDateEdit(this))
    , m_practitioner(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_reschedule(new QPushButton(tr("&Reschedule…"), this))
    , m_cancel(new QPushButton(tr("Cancel &Appointment…"), this))
    , m_series(new QPushButton(tr("&Series"), this))
    , m_moveSeries(new QAction(tr("&Move This and Later Visits…"), this))
    , m_cancelSeries(new QAction(tr("&Cancel This and Later Visits…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
    , m_roster(new QPushButton(tr("Print &Week Roster…"), this))
{
    setObjectName(QStringLiteral("daySheetPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("Da&y:"), this);
    dayLabel->setBuddy(m_date);
    m_date->setObjectName(QStringLiteral("daySheetDateEdit"));
    m_date->setAccessibleName(tr("Day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setDate(QDate::currentDate());
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setAccessibleName(tr("Previous day"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setAccessibleName(tr("Next day"));
    auto *whoLabel = new QLabel(tr("&Practitioner:"), this);
    whoLabel->setBuddy(m_practitioner);
    m_practitioner->setObjectName(QStringLiteral("daySheetPractitionerComboBox"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_practitioner->addItem(tr("Everyone"), QString());
    bar->addWidget(dayLabel);
    bar->addWidget(previous);
    bar->addWidget(m_date);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(whoLabel);
    bar->addWidget(m_practitioner);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_table->setObjectName(QStringLiteral("daySheetTableView"));
    m_table->setAccessibleName(tr("Appointments of the day"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    m_empty->setObjectName(QStringLiteral("daySheetEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    m_reschedule->setObjectName(QStringLiteral("reschedulePushButton"));
    m_cancel->setObjectName(QStringLiteral("cancelAppointmentPushButton"));
    buttons->addWidget(m_reschedule);
    // An occurrence of a recurring series: it and every later one, as one undoable change
    // (a menu, so the row of buttons stays narrow).
    m_series->setObjectName(QStringLiteral("seriesMenuPushButton"));
    m_series->setToolTip(tr("Move or cancel this visit and every later one of its series"));
    m_moveSeries->setObjectName(QStringLiteral("moveSeriesAction"));
    m_moveSeries->setStatusTip(
        tr("Moves this visit and every later one of the series to the slot you choose next"));
    m_cancelSeries->setObjectName(QStringLiteral("cancelSeriesAction"));
    m_cancelSeries->setStatusTip(tr("Cancels this visit and every later one of the series"));
    auto *seriesMenu = new QMenu(m_series);
    seriesMenu->addAction(m_moveSeries);
    seriesMenu->addAction(m_cancelSeries);
    m_series->setMenu(seriesMenu);
    buttons->addWidget(m_series);
    buttons->addStretch(1);
    m_print->setObjectName(QStringLiteral("printDaySheetPushButton"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the day sheet shown, with a preview (Ctrl+P)"));
    m_pdf->setObjectName(QStringLiteral("pdfDaySheetPushButton"));
    m_roster->setObjectName(QStringLiteral("printRosterPushButton"));
    m_roster->setToolTip(tr("Print who works when in this day's week"));
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_roster);
    buttons->addSpacing(12);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &DaySheetPanel::request);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &DaySheetPanel::request);
    connect(previous, &QToolButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(1)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_refilling) // showAppointments decides once the selection is back
            updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        m_empty->setText(m_model->rowCount() == 0 ? tr("No appointments on this day.") : QString());
        m_empty->setVisible(m_model->rowCount() == 0);
        if (!m_refilling)
            updateButtons();
    });
    connect(m_reschedule, &QPushButton::clicked, this, [this] {
        if (const auto a = selectedAppointment())
            Q_EMIT rescheduleRequested(*a);
    });
    connect(m_table, &QTableView::activated, m_reschedule, &QPushButton::click);
    connect(m_cancel, &QPushButton::clicked, this, &DaySheetPanel::confirmCancel);
    connect(m_cancelSeries, &QAction::triggered, this, &DaySheetPanel::confirmCancelSeries);
    connect(m_moveSeries, &QAction::triggered, this, [this] {
        if (const auto a = selectedAppointment(); a && a->seriesId != 0)
            Q_EMIT moveSeriesRequested(*a);
    });
    connect(m_print, &QPushButton::clicked, this,
            [this] { Q_EMIT printRequested(practitionerKey(), date(), false); });
    connect(m_roster, &QPushButton::clicked, this,
            [this] { Q_EMIT printRequested(practitionerKey(), date(), true); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save Day Sheet as PDF"));
        dialog->setObjectName(QStringLiteral("daySheetPdfFileDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("PDF files (*.pdf)"));
        dialog->setDefaultSuffix(QStringLiteral("pdf"));
        dialog->selectFile(tr("day-sheet-%1.pdf").arg(date().toString(Qt::ISODate)));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &path) { Q_EMIT pdfRequested(practitionerKey(), date(), path); });
        dialog->open();
    });
    updateButtons();
}

void DaySheetPanel::setPractitioners(const QList<QPair<QString, QString>> &keysAndNames)
{
    const QString keep = practitionerKey();
    const QSignalBlocker block(m_practitioner);
    m_practitioner->clear();
    m_practitioner->addItem(tr("Everyone"), QString());
    for (const auto &[key, name] : keysAndNames)
        m_practitioner->addItem(name, key);
    m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(keep)));
}

void DaySheetPanel::setDay(const QString &key, const QDate &date)
{
    const QSignalBlocker blockDate(m_date);
    const QSignalBlocker blockWho(m_practitioner);
    m_date->setDate(date);
    m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(key)));
}

QString DaySheetPanel::practitionerKey() const
{
    return m_practitioner->currentData().toString();
}

QDate DaySheetPanel::date() const
{
    return m_date->date();
}

void DaySheetPanel::request()
{
    Q_EMIT daySheetRequested(practitionerKey(), date());
}

void DaySheetPanel::showAppointments(const QList<AppointmentSummary> &rows, const QTimeZone &zone,
                                     qint64 selectId, Focus focus)
{
    m_refilling = true;
    m_model->setAppointments(rows, zone);
    if (selectId > 0)
        selectAppointment(selectId, focus);
    m_refilling = false;
    updateButtons();
}

void DaySheetPanel::selectAppointment(qint64 id, Focus focus)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, DaySheetModel::PatientColumn));
    if (focus == Focus::Take)
        m_table->setFocus();
}

std::optional<AppointmentSummary> DaySheetPanel::selectedAppointment() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->appointments().value(rows.first().row());
}

void DaySheetPanel::updateButtons()
{
    const auto a = selectedAppointment();
    const bool booked = a && a->status == QLatin1String("booked");
    m_reschedule->setEnabled(booked);
    m_cancel->setEnabled(booked);
    const bool series = booked && a->seriesId != 0;
    m_series->setEnabled(series);
    m_cancelSeries->setEnabled(series);
    m_moveSeries->setEnabled(series);
}

namespace {

/// Asks before a cancel (No is the default: Enter keeps the appointments) and runs
/// `then` only on Yes.
void askBeforeCancelling(QWidget *parent, const QString &objectName, const QString &title,
                         const QString &text, const QString &yes, const QString &no,
                         std::function<void()> then)
{
    auto *confirm =
        new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    confirm->setObjectName(objectName);
    confirm->button(QMessageBox::Yes)->setText(yes);
    confirm->button(QMessageBox::No)->setText(no);
    confirm->setDefaultButton(QMessageBox::No);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(confirm, &QMessageBox::finished, parent, [then = std::move(then)](int result) {
        if (result == QMessageBox::Yes)
            then();
    });
    confirm->open();
}

} // namespace

void DaySheetPanel::confirmCancelSeries()
{
    const auto a = selectedAppointment();
    if (!a || a->seriesId == 0)
        return;
    const AppointmentSummary appointment = *a;
    askBeforeCancelling(
        this, QStringLiteral("cancelSeriesMessageBox"), tr("Cancel Series From Here"),
        tr("Cancel %1's visit %2 on %3 and every later visit of the series? Tools → Undo Last Bulk "
           "Change takes it back.")
            .arg(a->patient)
            .arg(a->seriesIndex)
            .arg(QLocale().toString(date(), QLocale::LongFormat)),
        tr("&Cancel the Visits"), tr("&Keep Them"),
        [this, appointment] { Q_EMIT cancelSeriesRequested(appointment); });
}

void DaySheetPanel::confirmCancel()
{
    const auto a = selectedAppointment();
    if (!a)
        return;
    const QLocale locale;
    const QModelIndex row = m_table->selectionModel()->selectedRows().first();
    const AppointmentSummary appointment = *a;
    askBeforeCancelling(this, QStringLiteral("cancelAppointmentMessageBox"), tr("Cancel Appointment"),
                        tr("Cancel %1's appointment with %2 at %3 on %4? The slot becomes free for others.")
                            .arg(a->patient, a->practitionerName,
                                 row.siblingAtColumn(DaySheetModel::TimeColumn).data().toString(),
                                 locale.toString(date(), QLocale::LongFormat)),
                        tr("&Cancel Appointment"), tr("&Keep It"),
                        [this, appointment] { Q_EMIT cancelAppointmentRequested(appointment); });
}

} // namespace caredesk
