#include "bookdialog.h"

#include "engine/icalendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace caredesk {

void setUpPatientFields(QLineEdit *name, const QString &nameObject, QLineEdit *phone,
                        const QString &phoneObject)
{
    name->setObjectName(nameObject);
    name->setAccessibleName(BookDialog::tr("Patient name"));
    name->setMaxLength(200);
    phone->setObjectName(phoneObject);
    phone->setAccessibleName(BookDialog::tr("Patient phone"));
    phone->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 +()-]{0,30}")), phone));
}

BookDialog::BookDialog(const QString &slotText, const QList<AppointmentTypeData> &types,
                       const PatientDetails &prefill, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_repeat(new QCheckBox(tr("&Repeat weekly"), this))
    , m_every(new QSpinBox(this))
    , m_visits(new QSpinBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bookDialog"));
    setWindowTitle(tr("Book Appointment"));
    auto *layout = new QVBoxLayout(this);
    auto *slot = new QLabel(slotText, this);
    slot->setObjectName(QStringLiteral("bookSlotLabel"));
    QFont bold = slot->font();
    bold.setBold(true);
    slot->setFont(bold);
    layout->addWidget(slot);

    auto *form = new QFormLayout;
    setUpPatientFields(m_name, QStringLiteral("patientNameLineEdit"), m_phone,
                       QStringLiteral("patientPhoneLineEdit"));
    m_type->setObjectName(QStringLiteral("appointmentTypeComboBox"));
    m_type->setAccessibleName(tr("Appointment type"));
    m_type->addItem(tr("(none)"), QString());
    for (const AppointmentTypeData &t : types)
        m_type->addItem(tr("%1 (%2 min)").arg(t.name).arg(t.minutes), t.key);
    form->addRow(tr("Patient &name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Type:"), m_type);
    // Repeat: every N weeks on this weekday and time, M visits in all (the first included).
    m_repeat->setObjectName(QStringLiteral("repeatCheckBox"));
    m_repeat->setAccessibleName(tr("Repeat weekly"));
    m_every->setObjectName(QStringLiteral("repeatEverySpinBox"));
    m_every->setAccessibleName(tr("Repeat every how many weeks"));
    m_every->setRange(1, 8);
    m_every->setPrefix(tr("every "));
    m_every->setSuffix(tr(" week(s)"));
    m_visits->setObjectName(QStringLiteral("repeatVisitsSpinBox"));
    m_visits->setAccessibleName(tr("Number of visits"));
    m_visits->setRange(2, kMaxSeriesOccurrences);
    m_visits->setValue(10);
    m_visits->setSuffix(tr(" visits"));
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeat);
    repeatRow->addWidget(m_every);
    repeatRow->addWidget(m_visits);
    repeatRow->addStretch();
    auto *repeatLabel = new QLabel(tr("Repeat:"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, repeatRow);
    layout->addLayout(form);
    m_hint->setObjectName(QStringLiteral("bookHintLabel"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bookConfirmPushButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &BookDialog::validate);
    connect(m_repeat, &QCheckBox::toggled, this, &BookDialog::validate);
    setTabOrder(m_name, m_phone);
    setTabOrder(m_phone, m_type);
    setTabOrder(m_type, m_repeat);
    setTabOrder(m_repeat, m_every);
    setTabOrder(m_every, m_visits);
    setTabOrder(m_visits, m_buttons);

    m_name->setText(prefill.name);
    m_phone->setText(prefill.phone);
    const int typeRow = m_type->findData(prefill.typeKey);
    m_type->setCurrentIndex(typeRow >= 0 ? typeRow : 0);
    m_repeat->setChecked(!prefill.repeatRule.isEmpty());
    validate();
    m_name->setFocus();
}

void BookDialog::validate()
{
    const bool ok = !m_name->text().trimmed().isEmpty();
    const bool repeat = m_repeat->isChecked();
    m_every->setEnabled(repeat);
    m_visits->setEnabled(repeat);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    // A series is previewed before anything is booked: every visit is checked first.
    m_buttons->button(QDialogButtonBox::Ok)->setText(repeat ? tr("&Check Visits…") : tr("&Book"));
    m_hint->setText(!ok      ? tr("Enter the patient's name to book.")
                    : repeat ? tr("The next step lists every visit and whether it is free.")
                             : QString());
}

PatientDetails BookDialog::details() const
{
    QString rule;
    if (m_repeat->isChecked()) {
        rule = m_every->value() > 1 ? QStringLiteral("FREQ=WEEKLY;INTERVAL=%1;COUNT=%2")
                                          .arg(m_every->value())
                                          .arg(m_visits->value())
                                    : QStringLiteral("FREQ=WEEKLY;COUNT=%1").arg(m_visits->value());
    }
    return {m_name->text().trimmed(), m_phone->text().trimmed(), m_type->currentData().toString(), rule};
}

} // namespace caredesk
