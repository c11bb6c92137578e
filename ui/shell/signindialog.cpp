#include "signindialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk {

QString describeRoles(const QStringList &roles)
{
    QStringList names;
    for (const QString &r : roles) {
        if (r == QLatin1String("front_desk"))
            names.append(SignInDialog::tr("front desk"));
        else if (r == QLatin1String("practitioner"))
            names.append(SignInDialog::tr("practitioner"));
        else if (r == QLatin1String("manager"))
            names.append(SignInDialog::tr("manager"));
    }
    return names.join(QStringLiteral(", "));
}

SignInDialog::SignInDialog(const QList<StaffMember> &staff, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to CareDesk"));
    resize(380, 420);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Who is using CareDesk?"), this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    m_list->setObjectName(QStringLiteral("staffListWidget"));
    m_list->setAccessibleName(tr("Staff"));
    for (const StaffMember &m : staff) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(m.name, describeRoles(m.roles)), m_list);
        item->setData(Qt::UserRole, m.login);
        if (m.login == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    QPushButton *signIn = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signInPushButton"));
    signIn->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    m_list->setFocus();
}

StaffMember SignInDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_staff.size() ? m_staff.at(row) : StaffMember{};
}

} // namespace caredesk
