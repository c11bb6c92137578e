#include "closuresworkspace.h"

#include "models/availabilityresultsmodel.h"
#include "models/closuresmodel.h"
#include "ui/shell/inlinemessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace caredesk {

ClosuresWorkspace::ClosuresWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_model(new ClosuresModel(this))
    , m_table(new QTableView(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_allDay(new QCheckBox(tr("&All day"), this))
    , m_start(new QTimeEdit(QTime(13, 0), this))
    , m_end(new QTimeEdit(QTime(17, 0), this))
    , m_kind(new QComboBox(this))
    , m_reason(new QLineEdit(this))
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
    layout->addWidget(m_table, 1);

    m_banner->setObjectName(QStringLiteral("closuresMessageLabel"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("closureFromDateEdit"));
    m_from->setAccessibleName(tr("First day closed"));
    m_to->setObjectName(QStringLiteral("closureToDateEdit"));
    m_to->setAccessibleName(tr("Last day closed"));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    m_allDay->setObjectName(QStringLiteral("allDayCheckBox"));
    m_allDay->setChecked(true);
    for (QTimeEdit *e : {m_start, m_end}) {
        e->setDisplayFormat(AvailabilityResultsModel::shortTimeFormat(QLocale()));
        e->setEnabled(false);
        connect(m_allDay, &QCheckBox::toggled, e, [e](bool allDay) { e->setEnabled(!allDay); });
    }
    m_start->setObjectName(QStringLiteral("closureStartTimeEdit"));
    m_start->setAccessibleName(tr("Closed from"));
    m_end->setObjectName(QStringLiteral("closureEndTimeEdit"));
    m_end->setAccessibleName(tr("Closed until"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_allDay);
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_end);
    hours->addStretch(1);
    m_kind->setObjectName(QStringLiteral("closureKindComboBox"));
    m_kind->setAccessibleName(tr("Kind of closure"));
    m_kind->addItem(tr("Closure"), QStringLiteral("closure"));
    m_kind->addItem(tr("Public holiday"), QStringLiteral("holiday"));
    m_reason->setObjectName(QStringLiteral("closureReasonLineEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. Christmas closure"));
    m_reason->setMaxLength(200);
    auto *datesLabel = new QLabel(tr("Dat&es:"), this);
    datesLabel->setBuddy(m_from);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(datesLabel, dates);
    form->addRow(tr("Hours:"), hours);
    form->addRow(kindLabel, m_kind);
    form->addRow(reasonLabel, m_reason);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addClosurePushButton"));
    m_delete->setObjectName(QStringLiteral("deleteClosurePushButton"));
    m_delete->setEnabled(false);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    setTabOrder(m_table, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_allDay);
    setTabOrder(m_allDay, m_start);
    setTabOrder(m_start, m_end);
    setTabOrder(m_end, m_kind);
    setTabOrder(m_kind, m_reason);
    setTabOrder(m_reason, m_add);
    setTabOrder(m_add, m_delete);

    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_to->date() < d)
            m_to->setDate(d);
    });
    connect(m_add, &QPushButton::clicked, this, &ClosuresWorkspace::requestAdd);
    connect(m_reason, &QLineEdit::returnPressed, this, &ClosuresWorkspace::requestAdd);
    connect(m_delete, &QPushButton::clicked, this, &ClosuresWorkspace::requestDelete);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_delete->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_delete->setEnabled(false);
        m_table->resizeColumnsToContents();
    });
}

void ClosuresWorkspace::setToday(const QDate &today)
{
    m_from->setDate(today);
    m_to->setDate(today);
}

void ClosuresWorkspace::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_banner, text, isError);
}

void ClosuresWorkspace::clearForm()
{
    m_reason->clear();
    m_allDay->setChecked(true);
}

void ClosuresWorkspace::requestAdd()
{
    ExceptionData c;
    c.kind = m_kind->currentData().toString();
    c.startDate = m_from->date();
    c.endDate = m_to->date();
    if (!m_allDay->isChecked()) {
        c.startMinute = m_start->time().msecsSinceStartOfDay() / 60'000;
        c.endMinute = m_end->time().msecsSinceStartOfDay() / 60'000;
        if (*c.endMinute == 0)
            c.endMinute = kEndOfDay; // "until midnight"
    }
    c.reason = m_reason->text().trimmed();
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
