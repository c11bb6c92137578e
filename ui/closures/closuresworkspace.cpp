#include "closuresworkspace.h"

#include "models/availabilityresultsmodel.h"
#include "models/closuresmodel.h"
#include "models/exceptionkinds.h"
#include "ui/shell/exceptionform.h"
#include "ui/shell/inlinemessage.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTextCharFormat>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace caredesk {

ClosuresWorkspace::ClosuresWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_model(new ClosuresModel(this))
    , m_table(new QTableView(this))
    , m_form(new ExceptionForm(QStringLiteral("closure"), exceptionKindChoices(true), this))
    , m_add(new QPushButton(tr("Add &Closure"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_banner(new QLabel(this))
{
    setObjectName(QStringLiteral("closuresWorkspace"));
    setAccessibleName(tr("Clinic Closures"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(tr("Clinic Closures"), this));
    auto *intro = new QLabel(
        tr("A closure applies to every practitioner, unless one has chosen to work that day."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("closuresTableView"));
    m_table->setAccessibleName(tr("Clinic closures"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    // A list and a year view of the same closures.
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("closuresViewTabWidget"));
    auto *listPage = new QWidget(m_views);
    auto *listLayout = new QHBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 5);
    auto *insidePanel = new QVBoxLayout;
    auto *insideLabel = new QLabel(tr("Booked &inside the selected closure:"), listPage);
    m_inside = new QListWidget(listPage);
    m_inside->setObjectName(QStringLiteral("closureAppointmentsListWidget"));
    m_inside->setAccessibleName(tr("Booked appointments inside the selected closure"));
    insideLabel->setBuddy(m_inside);
    m_openInBook = new QPushButton(tr("&Open in Book"), listPage);
    m_openInBook->setObjectName(QStringLiteral("closureOpenInBookPushButton"));
    m_openInBook->setEnabled(false);
    insidePanel->addWidget(insideLabel);
    insidePanel->addWidget(m_inside, 1);
    insidePanel->addWidget(m_openInBook);
    listLayout->addLayout(insidePanel, 2);
    m_views->addTab(listPage, tr("&List"));
    auto *yearPage = new QWidget(m_views);
    auto *yearLayout = new QVBoxLayout(yearPage);
    auto *yearBar = new QHBoxLayout;
    auto *previousYear = new QToolButton(yearPage);
    previousYear->setArrowType(Qt::LeftArrow);
    previousYear->setAccessibleName(tr("Previous year"));
    auto *nextYear = new QToolButton(yearPage);
    nextYear->setArrowType(Qt::RightArrow);
    nextYear->setAccessibleName(tr("Next year"));
    m_yearTitle = new QLabel(yearPage);
    m_yearTitle->setObjectName(QStringLiteral("closuresYearLabel"));
    yearBar->addWidget(previousYear);
    yearBar->addWidget(m_yearTitle);
    yearBar->addWidget(nextYear);
    yearBar->addStretch(1);
    yearLayout->addLayout(yearBar);
    auto *grid = new QGridLayout;
    for (int m = 0; m < 12; ++m) {
        auto *month = new QCalendarWidget(yearPage);
        month->setNavigationBarVisible(false);
        month->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        month->setHorizontalHeaderFormat(QCalendarWidget::SingleLetterDayNames);
        month->setFirstDayOfWeek(Qt::Monday);
        month->setSelectionMode(QCalendarWidget::NoSelection);
        month->setGridVisible(false);
        month->setAccessibleName(QLocale().monthName(m + 1));
        auto *cell = new QVBoxLayout;
        auto *name = new QLabel(QLocale().monthName(m + 1), yearPage);
        name->setAlignment(Qt::AlignCenter);
        cell->addWidget(name);
        cell->addWidget(month);
        grid->addLayout(cell, m / 4, m % 4);
        m_months.append(month);
    }
    yearLayout->addLayout(grid, 1);
    m_views->addTab(yearPage, tr("&Year"));
    layout->addWidget(m_views, 1);
    connect(previousYear, &QToolButton::clicked, this, [this] {
        --m_year;
        updateYear();
    });
    connect(nextYear, &QToolButton::clicked, this, [this] {
        ++m_year;
        updateYear();
    });

    m_banner->setObjectName(QStringLiteral("closuresMessageLabel"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_form->setReasonPlaceholder(tr("e.g. Christmas closure"));
    layout->addWidget(m_form);

    auto *buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addClosurePushButton"));
    m_delete->setObjectName(QStringLiteral("deleteClosurePushButton"));
    m_delete->setEnabled(false);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    setTabOrder(m_table, m_form->firstField());
    setTabOrder(m_form->lastField(), m_add);
    setTabOrder(m_add, m_delete);

    connect(m_add, &QPushButton::clicked, this, &ClosuresWorkspace::requestAdd);
    connect(m_form, &ExceptionForm::submitted, this, &ClosuresWorkspace::requestAdd);
    connect(m_delete, &QPushButton::clicked, this, &ClosuresWorkspace::requestDelete);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_delete->setEnabled(m_table->selectionModel()->hasSelection());
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty()) {
            setClosureAppointments(0, {}, {});
            return;
        }
        const ClosureSummary &c = m_model->closures().at(rows.first().row());
        Q_EMIT closureSelected(c.id, c.closure);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_delete->setEnabled(false);
        m_table->resizeColumnsToContents();
        updateYear();
        // Keep the selected closure selected across reloads.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_insideFor != 0 && m_model->closures().at(row).id == m_insideFor) {
                m_table->selectRow(row);
                return;
            }
        }
        setClosureAppointments(0, {}, {});
    });
    connect(m_inside, &QListWidget::currentRowChanged, this,
            [this](int row) { m_openInBook->setEnabled(row >= 0 && row < m_insideRows.size()); });
    connect(m_inside, &QListWidget::itemActivated, m_openInBook, &QPushButton::click);
    connect(m_openInBook, &QPushButton::clicked, this, [this] {
        const int row = m_inside->currentRow();
        if (row >= 0 && row < m_insideRows.size())
            Q_EMIT openAppointmentRequested(m_insideRows.at(row));
    });
}

void ClosuresWorkspace::setClosureAppointments(qint64 closureId,
                                               const QList<AppointmentSummary> &appointments,
                                               const QTimeZone &zone)
{
    m_insideFor = closureId;
    m_insideRows = appointments;
    m_inside->clear();
    const QLocale locale;
    for (const AppointmentSummary &a : appointments) {
        const QDateTime local = a.start.toTimeZone(zone);
        m_inside->addItem(tr("%1 %2 — %3 with %4")
                              .arg(locale.toString(local.date(), QLocale::ShortFormat),
                                   AvailabilityResultsModel::shortTime(locale, local.time()), a.patient,
                                   a.practitionerName));
    }
    if (closureId != 0 && appointments.isEmpty())
        m_inside->addItem(tr("None: nobody is booked inside this closure."));
    m_openInBook->setEnabled(false);
}

void ClosuresWorkspace::updateYear()
{
    if (m_year == 0)
        m_year = QDate::currentDate().year();
    m_yearTitle->setText(QString::number(m_year));
    QTextCharFormat closed;
    closed.setBackground(QBrush(QColor(0xa8, 0xa8, 0xb4), Qt::BDiagPattern));
    closed.setFontWeight(QFont::Bold);
    QTextCharFormat partly;
    partly.setBackground(QColor(0xfb, 0xe3, 0xc0));
    for (int m = 0; m < 12; ++m) {
        QCalendarWidget *month = m_months.at(m);
        month->setDateTextFormat(QDate(), QTextCharFormat()); // clears every date's format
        const QDate first(m_year, m + 1, 1);
        month->setCurrentPage(m_year, m + 1);
        month->setDateRange(first, first.addMonths(1).addDays(-1));
    }
    for (const ClosureSummary &c : m_model->closures()) {
        for (QDate d = std::max(c.closure.startDate, QDate(m_year, 1, 1));
             d <= c.closure.endDate && d.year() == m_year; d = d.addDays(1)) {
            QTextCharFormat f = c.closure.allDay() ? closed : partly;
            f.setToolTip(c.closure.reason);
            m_months.at(d.month() - 1)->setDateTextFormat(d, f);
        }
    }
}

void ClosuresWorkspace::setToday(const QDate &today)
{
    m_year = today.year();
    m_form->setDates(today, today);
}

void ClosuresWorkspace::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_banner, text, isError);
}

void ClosuresWorkspace::clearForm()
{
    m_form->clear();
}

void ClosuresWorkspace::requestAdd()
{
    const ExceptionData c = m_form->exception();
    Q_EMIT addRequested(c);
}

void ClosuresWorkspace::requestDelete()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex row = rows.first();
    const QString description =
        tr("%1 (%2)").arg(row.siblingAtColumn(ClosuresModel::ReasonColumn).data().toString(),
                          row.siblingAtColumn(ClosuresModel::DatesColumn).data().toString());
    const qint64 id = row.data(ClosuresModel::IdRole).toLongLong();
    auto *confirm = new QMessageBox(
        QMessageBox::Question, tr("Delete Closure"),
        tr("Delete the closure %1? Practitioners become bookable on those days again.").arg(description),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("deleteClosureMessageBox"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id, description](int result) {
        if (result == QMessageBox::Yes)
            Q_EMIT deleteRequested(id, description);
    });
    confirm->open();
}

} // namespace caredesk
