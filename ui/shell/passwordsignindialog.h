#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace caredesk {

/// Signs a staff member in with their own database login and password (schema v5: the
/// database decides what each login may change). Emits signInRequested() and stays open,
/// busy, until the controller says whether it worked: a refusal is shown inline and the
/// user name stays as typed. In unlock mode the login is fixed (the idle lock).
class PasswordSignInDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        SignIn,
        Unlock
    };

    explicit PasswordSignInDialog(Mode mode, QWidget *parent = nullptr);

    void setLogin(const QString &login);
    [[nodiscard]] QString login() const;
    /// Shown above the fields, e.g. the demo's passwords or where CareDesk connects.
    void setNote(const QString &note);
    /// While the database checks the password: fields and buttons wait.
    void setBusy(bool busy);
    /// Why signing in did not work; the user name stays, the password is selected to retype.
    void showProblem(const QString &message);

    /// Sign-in mode: offer "Remember me" (only where a keychain can keep the password).
    void setRememberAvailable(bool available);
    [[nodiscard]] bool remember() const;
    /// Fills in a remembered password (ticking Remember me) and waits on Sign In; an
    /// empty one clears the field and the tick. Changing the user name afterwards clears
    /// both: one person's password is never sent, or remembered, for another.
    void setRememberedPassword(const QString &password);
    /// Whether the password field holds anything (typed or filled in).
    [[nodiscard]] bool hasPassword() const;

Q_SIGNALS:
    void signInRequested(const QString &login, const QString &password);
    /// Unlock mode: give up and sign out instead.
    void signOutRequested();

public Q_SLOTS:
    /// Escape and the window's close button: quit signing in; a locked window stays locked
    /// (only Sign Out or the password leave it).
    void reject() override;

private:
    void submit();

    Mode m_mode;
    QLabel *m_note;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QString m_filledFor; ///< the login a remembered password was filled in for
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace caredesk
