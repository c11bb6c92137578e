#include "exceptionform.h"

#include "models/availabilityresultsmodel.h"
#include "models/localeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeEdit>

namespace caredesk {

ExceptionForm::ExceptionForm(const QString &prefix, const QList<QPair<QString, QString>> &kindsAndLabels,
                             QWidget *parent)
    : QWidget(parent)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_allDay(new QCheckBox(tr("&All day"), this))
    , m_start(new QTimeEdit(QTime(13, 0), this))
    , m_end(new QTimeEdit(QTime(17, 0), this))
    , m_kind(new QComboBox(this))
    , m_reason(new QLineEdit(this))
{
    const auto name = [&prefix](const char *suffix) { return prefix + QLatin1String(suffix); };
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(name("FromDateEdit"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(name("ToDateEdit"));
    m_to->setAccessibleName(tr("Last day"));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    m_allDay->setObjectName(name("AllDayCheckBox"));
    m_allDay->setChecked(true);
    for (QTimeEdit *e : {m_start, m_end}) {
        e->setDisplayFormat(localeformat::shortTimeFormat(QLocale()));
        e->setEnabled(false);
        connect(m_allDay, &QCheckBox::toggled, e, [e](bool allDay) { e->setEnabled(!allDay); });
    }
    m_start->setObjectName(name("StartTimeEdit"));
    m_start->setAccessibleName(tr("From time"));
    m_end->setObjectName(name("EndTimeEdit"));
    m_end->setAccessibleName(tr("Until time (00:00 means midnight)"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_allDay);
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_end);
    hours->addStretch(1);
    m_kind->setObjectName(name("KindComboBox"));
    m_kind->setAccessibleName(tr("Kind"));
    for (const auto &[kind, label] : kindsAndLabels)
        m_kind->addItem(label, kind);
    m_reason->setObjectName(name("ReasonLineEdit"));
    m_reason->setAccessibleName(tr("Reason"));
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

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_allDay);
    setTabOrder(m_allDay, m_start);
    setTabOrder(m_start, m_end);
    setTabOrder(m_end, m_kind);
    setTabOrder(m_kind, m_reason);
    setFocusProxy(m_from);

    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_to->date() < d)
            m_to->setDate(d);
    });
    connect(m_reason, &QLineEdit::returnPressed, this, &ExceptionForm::submitted);
}

void ExceptionForm::setDates(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ExceptionForm::setReasonPlaceholder(const QString &text)
{
    m_reason->setPlaceholderText(text);
}

ExceptionData ExceptionForm::exception() const
{
    ExceptionData e;
    e.kind = m_kind->currentData().toString();
    e.startDate = m_from->date();
    e.endDate = m_to->date();
    if (!m_allDay->isChecked()) {
        e.startMinute = m_start->time().msecsSinceStartOfDay() / 60'000;
        e.endMinute = m_end->time().msecsSinceStartOfDay() / 60'000;
        if (*e.endMinute == 0)
            e.endMinute = kEndOfDay; // "until midnight"
    }
    e.reason = m_reason->text().trimmed();
    return e;
}

void ExceptionForm::clear()
{
    m_reason->clear();
    m_allDay->setChecked(true);
}

QWidget *ExceptionForm::firstField() const
{
    return m_from;
}

QWidget *ExceptionForm::lastField() const
{
    return m_reason;
}

} // namespace caredesk
