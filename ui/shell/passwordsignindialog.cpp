#include "passwordsignindialog.h"

#include "ui/shell/inlinemessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk {

PasswordSignInDialog::PasswordSignInDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_note(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("passwordSignInDialog"));
    setWindowTitle(mode == Mode::SignIn ? tr("Sign In to CareDesk") : tr("CareDesk Is Locked"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    m_note->setObjectName(QStringLiteral("signInNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);
    auto *form = new QFormLayout;
    m_login->setObjectName(QStringLiteral("signInLoginLineEdit"));
    m_login->setAccessibleName(tr("User name"));
    m_login->setMaxLength(63);
    m_login->setReadOnly(mode == Mode::Unlock);
    m_password->setObjectName(QStringLiteral("signInPasswordLineEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    m_remember->setObjectName(QStringLiteral("signInRememberCheckBox"));
    m_remember->setToolTip(tr("Keeps the password in this computer's keychain, never in a file. "
                              "Untick it and sign in to forget it."));
    m_remember->setHidden(true);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("signInMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    QPushButton *ok = m_buttons->addButton(mode == Mode::SignIn ? tr("&Sign In") : tr("&Unlock"),
                                           QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("signInPushButton"));
    ok->setDefault(true);
    QPushButton *other = m_buttons->addButton(mode == Mode::SignIn ? tr("&Quit") : tr("Sign &Out"),
                                              QDialogButtonBox::RejectRole);
    other->setObjectName(QStringLiteral("signInOtherPushButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordSignInDialog::submit);
    connect(m_login, &QLineEdit::textEdited, this, [this] {
        if (m_filledFor.isEmpty() || login() == m_filledFor)
            return;
        m_filledFor.clear();
        m_password->clear();
        m_remember->setChecked(false);
    });
    connect(other, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::Unlock)
            Q_EMIT signOutRequested();
        QDialog::reject();
    });
    (mode == Mode::SignIn ? m_login : m_password)->setFocus();
}

void PasswordSignInDialog::reject()
{
    if (m_mode == Mode::SignIn)
        QDialog::reject();
}

void PasswordSignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

QString PasswordSignInDialog::login() const
{
    return m_login->text().trimmed();
}

void PasswordSignInDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    adjustSize(); // wrapped text needs its height
}

void PasswordSignInDialog::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        showInlineMessage(m_message, tr("Signing in…"), false);
}

void PasswordSignInDialog::showProblem(const QString &message)
{
    setBusy(false);
    showInlineMessage(m_message, message, true);
    adjustSize(); // the whole message shows, however long
    m_password->setFocus();
    m_password->selectAll();
}

void PasswordSignInDialog::setRememberAvailable(bool available)
{
    m_remember->setHidden(!available || m_mode != Mode::SignIn);
    if (m_remember->isHidden())
        m_remember->setChecked(false);
}

bool PasswordSignInDialog::remember() const
{
    return !m_remember->isHidden() && m_remember->isChecked();
}

bool PasswordSignInDialog::hasPassword() const
{
    return !m_password->text().isEmpty();
}

void PasswordSignInDialog::setRememberedPassword(const QString &password)
{
    m_filledFor = password.isEmpty() ? QString() : login();
    m_password->setText(password);
    m_remember->setChecked(!password.isEmpty());
    if (password.isEmpty())
        m_password->setFocus();
    else if (auto *ok = findChild<QPushButton *>(QStringLiteral("signInPushButton")))
        ok->setFocus(); // Enter signs in; Tab back to change anything
}

void PasswordSignInDialog::submit()
{
    if (login().isEmpty()) {
        showInlineMessage(m_message, tr("Type your user name."), true);
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showInlineMessage(m_message, tr("Type your password."), true);
        m_password->setFocus();
        return;
    }
    setBusy(true);
    Q_EMIT signInRequested(login(), m_password->text());
}

} // namespace caredesk
