#include "bookdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace caredesk {

BookDialog::BookDialog(const QString &slotText, const QList<AppointmentTypeData> &types,
                       const PatientDetails &prefill, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_type(new QComboBox(this))
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
    m_name->setObjectName(QStringLiteral("patientNameLineEdit"));
    m_name->setAccessibleName(tr("Patient name"));
    m_name->setMaxLength(200);
    m_phone->setObjectName(QStringLiteral("patientPhoneLineEdit"));
    m_phone->setAccessibleName(tr("Patient phone"));
    m_phone->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 +()-]{0,30}")), m_phone));
    m_type->setObjectName(QStringLiteral("appointmentTypeComboBox"));
    m_type->setAccessibleName(tr("Appointment type"));
    m_type->addItem(tr("(none)"), QString());
    for (const AppointmentTypeData &t : types)
        m_type->addItem(tr("%1 (%2 min)").arg(t.name).arg(t.minutes), t.key);
    form->addRow(tr("Patient &name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Type:"), m_type);
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
    setTabOrder(m_name, m_phone);
    setTabOrder(m_phone, m_type);
    setTabOrder(m_type, m_buttons);

    m_name->setText(prefill.name);
    m_phone->setText(prefill.phone);
    const int typeRow = m_type->findData(prefill.typeKey);
    m_type->setCurrentIndex(typeRow >= 0 ? typeRow : 0);
    validate();
    m_name->setFocus();
}

void BookDialog::validate()
{
    const bool ok = !m_name->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_hint->setText(ok ? QString() : tr("Enter the patient's name to book."));
}

PatientDetails BookDialog::details() const
{
    return {m_name->text().trimmed(), m_phone->text().trimmed(), m_type->currentData().toString()};
}

} // namespace caredesk
