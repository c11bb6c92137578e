#include "weeklyhoursdialog.h"

#include "engine/schedule.h"
#include "models/availabilityresultsmodel.h"
#include "models/localeformat.h"
#include "ui/shell/inlinemessage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace caredesk {

namespace {

enum Column
{
    WeekdayColumn,
    StartColumn,
    EndColumn
};

WallMinutes minutesOf(const QTimeEdit *e, bool isEnd)
{
    const int m = e->time().msecsSinceStartOfDay() / 60'000;
    return isEnd && m == 0 ? kEndOfDay : m; // "until midnight"
}

} // namespace

WeeklyHoursDialog::WeeklyHoursDialog(const QString &practitionerName, const QList<WorkingInterval> &hours,
                                     const QDate &from, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_from(new QDateEdit(from, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("weeklyHoursDialog"));
    setWindowTitle(tr("Weekly Hours — %1").arg(practitionerName));
    resize(520, 460);
    auto *layout = new QVBoxLayout(this);
    m_table->setObjectName(QStringLiteral("weeklyHoursTableWidget"));
    m_table->setAccessibleName(tr("Working intervals"));
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("From"), tr("Until")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Interval"), this);
    add->setObjectName(QStringLiteral("addIntervalPushButton"));
    auto *remove = new QPushButton(tr("&Remove Interval"), this);
    remove->setObjectName(QStringLiteral("removeIntervalPushButton"));
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    auto *form = new QFormLayout;
    m_from->setObjectName(QStringLiteral("hoursFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_from->setAccessibleName(tr("New hours apply from"));
    auto *fromLabel = new QLabel(tr("Appl&y from:"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, m_from);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Days before that keep their hours. Appointments already booked stay; any "
                               "that fall outside the new hours are flagged on the day sheet."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_message->setObjectName(QStringLiteral("hoursMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("hoursSavePushButton"));
    layout->addWidget(m_buttons);

    for (const WorkingInterval &w : hours)
        addInterval(w);
    connect(add, &QPushButton::clicked, this, [this] {
        WorkingInterval w;
        w.weekday = 1;
        w.start = 9 * 60;
        w.end = 17 * 60;
        addInterval(w);
        m_table->setCurrentCell(m_table->rowCount() - 1, WeekdayColumn);
        m_table->cellWidget(m_table->rowCount() - 1, WeekdayColumn)->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            validate();
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_buttons->setEnabled(false);
        showInlineMessage(m_message, tr("Saving…"), false);
        Q_EMIT saveRequested(this->hours(), m_from->date());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void WeeklyHoursDialog::addInterval(const WorkingInterval &w)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *day = new QComboBox(m_table);
    for (int d = 1; d <= 7; ++d)
        day->addItem(QLocale().dayName(d), d);
    day->setCurrentIndex(w.weekday - 1);
    day->setAccessibleName(tr("Day of interval %1").arg(row + 1));
    connect(day, &QComboBox::currentIndexChanged, this, &WeeklyHoursDialog::validate);
    m_table->setCellWidget(row, WeekdayColumn, day);
    const QString format = localeformat::shortTimeFormat(QLocale());
    for (int column : {StartColumn, EndColumn}) {
        const WallMinutes m = column == StartColumn ? w.start : w.end;
        auto *edit = new QTimeEdit(QTime(0, 0).addSecs(qint64(m % kEndOfDay) * 60), m_table);
        edit->setDisplayFormat(format);
        edit->setAccessibleName(column == StartColumn
                                    ? tr("Start of interval %1").arg(row + 1)
                                    : tr("End of interval %1 (00:00 means midnight)").arg(row + 1));
        connect(edit, &QTimeEdit::timeChanged, this, &WeeklyHoursDialog::validate);
        m_table->setCellWidget(row, column, edit);
    }
    validate();
}

QList<WorkingInterval> WeeklyHoursDialog::hours() const
{
    QList<WorkingInterval> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        WorkingInterval w;
        w.weekday = qobject_cast<QComboBox *>(m_table->cellWidget(row, WeekdayColumn))->currentData().toInt();
        w.start = minutesOf(qobject_cast<QTimeEdit *>(m_table->cellWidget(row, StartColumn)), false);
        w.end = minutesOf(qobject_cast<QTimeEdit *>(m_table->cellWidget(row, EndColumn)), true);
        out.append(w);
    }
    return out;
}

QDate WeeklyHoursDialog::from() const
{
    return m_from->date();
}

void WeeklyHoursDialog::validate()
{
    const auto problem = weeklyHoursProblem(hours());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!problem.has_value());
    if (problem)
        showInlineMessage(m_message, *problem, true);
    else
        showInlineMessage(m_message, tr("%n interval(s) a week.", nullptr, m_table->rowCount()), false);
}

void WeeklyHoursDialog::setResult(bool saved, const QString &message)
{
    finishFormSave(this, m_buttons, m_message, saved, message);
}

} // namespace caredesk
