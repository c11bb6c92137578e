#include "staffdialog.h"

#include "ui/shell/inlinemessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk {

namespace {

QLineEdit *passwordField(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(1024);
    return field;
}

} // namespace

StaffDialog::StaffDialog(Mode mode, const StaffMember &member, const QList<PractitionerInfo> &practitioners,
                         QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_member(member)
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("staffDialog"));
    setMinimumWidth(440);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add Staff Member"));
        break;
    case Mode::Roles:
        setWindowTitle(tr("Roles of %1").arg(member.name));
        break;
    case Mode::Password:
        setWindowTitle(tr("New Password for %1").arg(member.name));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (mode == Mode::Add) {
        m_login = new QLineEdit(this);
        m_login->setObjectName(QStringLiteral("staffLoginLineEdit"));
        m_login->setAccessibleName(tr("Login"));
        m_login->setMaxLength(63);
        m_login->setPlaceholderText(tr("e.g. akim (lower case; cannot change later)"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("staffNameLineEdit"));
        m_name->setAccessibleName(tr("Name"));
        m_name->setMaxLength(200);
        form->addRow(tr("&Login:"), m_login);
        form->addRow(tr("&Name:"), m_name);
    } else {
        auto *who = new QLabel(tr("%1 (%2)").arg(member.name, member.login), this);
        who->setObjectName(QStringLiteral("staffWhoLabel"));
        form->addRow(tr("Staff member:"), who);
    }
    if (mode != Mode::Password) {
        auto *roles = new QWidget(this);
        roles->setObjectName(QStringLiteral("staffRolesWidget"));
        auto *row = new QHBoxLayout(roles);
        row->setContentsMargins(0, 0, 0, 0);
        m_frontDesk = new QCheckBox(tr("&Front desk"), roles);
        m_frontDesk->setObjectName(QStringLiteral("staffFrontDeskCheckBox"));
        m_practitioner = new QCheckBox(tr("&Practitioner"), roles);
        m_practitioner->setObjectName(QStringLiteral("staffPractitionerCheckBox"));
        m_manager = new QCheckBox(tr("&Manager"), roles);
        m_manager->setObjectName(QStringLiteral("staffManagerCheckBox"));
        m_frontDesk->setChecked(member.roles.contains(QLatin1String("front_desk")));
        m_practitioner->setChecked(member.roles.contains(QLatin1String("practitioner")));
        m_manager->setChecked(member.roles.contains(QLatin1String("manager")));
        for (QCheckBox *box : {m_frontDesk, m_practitioner, m_manager}) {
            row->addWidget(box);
            connect(box, &QCheckBox::toggled, this, &StaffDialog::validate);
        }
        row->addStretch(1);
        form->addRow(tr("Roles:"), roles);
    }
    if (mode == Mode::Add) {
        m_practitionerKey = new QComboBox(this);
        m_practitionerKey->setObjectName(QStringLiteral("staffPractitionerComboBox"));
        m_practitionerKey->setAccessibleName(tr("Is this practitioner"));
        m_practitionerKey->addItem(tr("Nobody (not a practitioner)"), QString());
        for (const PractitionerInfo &p : practitioners) {
            if (p.active)
                m_practitionerKey->addItem(tr("%1 (%2)").arg(p.name, p.key), p.key);
        }
        form->addRow(tr("&Is practitioner:"), m_practitionerKey);
        connect(m_practitionerKey, &QComboBox::currentIndexChanged, this, &StaffDialog::validate);
    }
    if (mode != Mode::Roles) {
        m_password = passwordField(QStringLiteral("staffPasswordLineEdit"), tr("Password"), this);
        m_confirm = passwordField(QStringLiteral("staffConfirmLineEdit"), tr("Password again"), this);
        form->addRow(mode == Mode::Add ? tr("First pass&word:") : tr("New pass&word:"), m_password);
        form->addRow(tr("&Again:"), m_confirm);
    }
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("staffMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("staffSavePushButton"));
    layout->addWidget(m_buttons);
    for (QLineEdit *field : {m_login, m_name, m_password, m_confirm}) {
        if (field != nullptr)
            connect(field, &QLineEdit::textChanged, this, &StaffDialog::validate);
    }
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_buttons->setEnabled(false);
        showInlineMessage(m_message, tr("Saving…"), false);
        Q_EMIT saveRequested(this->member(), password());
    });
    validate();
}

StaffMember StaffDialog::member() const
{
    StaffMember m = m_member;
    if (m_login != nullptr)
        m.login = m_login->text().trimmed();
    if (m_name != nullptr)
        m.name = m_name->text().trimmed();
    if (m_frontDesk != nullptr) {
        m.roles.clear();
        if (m_frontDesk->isChecked())
            m.roles << QStringLiteral("front_desk");
        if (m_manager->isChecked())
            m.roles << QStringLiteral("manager");
        if (m_practitioner->isChecked())
            m.roles << QStringLiteral("practitioner");
    }
    if (m_practitionerKey != nullptr)
        m.practitionerKey = m_practitionerKey->currentData().toString();
    return m;
}

QString StaffDialog::password() const
{
    return m_password != nullptr ? m_password->text() : QString();
}

void StaffDialog::validate()
{
    const StaffMember m = member();
    std::optional<QString> problem;
    if (m_mode == Mode::Add) {
        if (m.login.isEmpty())
            problem = tr("Type the login this person signs in with.");
        else
            problem = staffLoginProblem(m.login);
        if (!problem && m.name.isEmpty())
            problem = tr("Type the person's name.");
    }
    if (!problem && m_frontDesk != nullptr)
        problem = staffRolesProblem(m.roles);
    if (!problem && m_practitionerKey != nullptr && !m.practitionerKey.isEmpty() &&
        !m.roles.contains(QLatin1String("practitioner")))
        problem = tr("Tick Practitioner for someone who is a practitioner.");
    if (!problem && m_password != nullptr) {
        problem = staffPasswordProblem(m_password->text());
        if (!problem && m_password->text() != m_confirm->text())
            problem = tr("The two passwords differ.");
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!problem);
    showInlineMessage(m_message, problem.value_or(QString()), false);
}

void StaffDialog::setResult(bool saved, const QString &message)
{
    finishFormSave(this, m_buttons, m_message, saved, message);
}

} // namespace caredesk
