#pragma once

#include "engine/connectiontarget.h"
#include "engine/poolconfig.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <optional>

class QSettings;

namespace caredesk {

class CredentialStore;
class PasswordSignInDialog;

/// Signing in with a staff member's own login and password (schema v5): drives a
/// PasswordSignInDialog, checks each attempt with the database off the GUI thread, and
/// keeps "Remember me" — the password in the operating system's keychain
/// (CredentialStore), only the login name in the settings. A remembered sign-in is
/// filled in, not sent: the person still presses Sign In, so a shared desk never signs
/// somebody in by itself. Unticking Remember me and signing in forgets the password; a
/// remembered password the database refuses is forgotten too.
class SignInFlow final : public QObject
{
    Q_OBJECT

public:
    /// `store` may be null (nothing is remembered); `settings` keeps which login each
    /// database remembers.
    SignInFlow(ConnectionTarget target, PoolConfig config, PasswordSignInDialog *dialog,
               const CredentialStore *store, QSettings *settings, QObject *parent = nullptr);

    /// Fills in the dialog: `login` when given, else the login this database remembers,
    /// and — with `fillPassword` — that login's remembered password when the keychain
    /// has one and nothing was typed meanwhile.
    QCoro::Task<> prepare(QString login, bool fillPassword = true);

    /// The connection to use once the database accepted a sign-in.
    [[nodiscard]] std::optional<ConnectionTarget> accepted() const { return m_accepted; }

    /// Shows the dialog until someone signs in (or quits). Blocks in the dialog's own loop.
    /// After somebody signed out, `fillPassword` is false: the next person at the desk
    /// never finds the last one's password filled in.
    [[nodiscard]] static std::optional<ConnectionTarget> ask(const ConnectionTarget &target,
                                                             const PoolConfig &config, const QString &login,
                                                             const QString &note, bool fillPassword);

Q_SIGNALS:
    /// The database accepted the sign-in and the keychain was updated (or said why not).
    void signedIn(const caredesk::ConnectionTarget &target);
    /// The keychain could not keep or forget the password; signing in went ahead.
    void keychainProblem(const QString &message);
    /// prepare() has filled in what it could.
    void prepared();

private:
    QCoro::Task<> attempt(QString login, QString password, bool remember);
    [[nodiscard]] QString rememberedLogin() const;
    void setRememberedLogin(const QString &login);

    ConnectionTarget m_target;
    PoolConfig m_config;
    QPointer<PasswordSignInDialog> m_dialog;
    const CredentialStore *m_store;
    QSettings *m_settings;
    QString m_filledPassword; ///< what prepare() put in from the keychain
    std::optional<ConnectionTarget> m_accepted;
};

} // namespace caredesk
