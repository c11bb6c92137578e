#include "signinflow.h"

#include "credentialstore.h"
#include "staffsignin.h"
#include "ui/shell/passwordsignindialog.h"

#include <QApplication>
#include <QSettings>
#include <QUrl>

namespace caredesk {

namespace {

/// signIn/remembered/<database, percent-encoded> = the login remembered there: plain
/// text an administrator can read (and delete); never a password.
QString rememberedKey(const ConnectionTarget &target)
{
    return QStringLiteral("signIn/remembered/") +
           QString::fromLatin1(QUrl::toPercentEncoding(target.describe()));
}

} // namespace

SignInFlow::SignInFlow(ConnectionTarget target, PoolConfig config, PasswordSignInDialog *dialog,
                       const CredentialStore *store, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_config(std::move(config))
    , m_dialog(dialog)
    , m_store(store)
    , m_settings(settings)
{
    m_dialog->setRememberAvailable(m_store != nullptr);
    connect(m_dialog, &PasswordSignInDialog::signInRequested, this,
            [this](const QString &login, const QString &password) {
                attempt(login, password, m_dialog->remember());
            });
}

QString SignInFlow::rememberedLogin() const
{
    if (m_settings == nullptr)
        return {};
    return m_settings->value(rememberedKey(m_target)).toString();
}

void SignInFlow::setRememberedLogin(const QString &login)
{
    if (m_settings == nullptr)
        return;
    if (login.isEmpty())
        m_settings->remove(rememberedKey(m_target));
    else
        m_settings->setValue(rememberedKey(m_target), login);
    m_settings->sync();
}

QCoro::Task<> SignInFlow::prepare(QString login, bool fillPassword)
{
    QPointer<SignInFlow> self(this);
    const QString remembered = rememberedLogin();
    if (login.isEmpty())
        login = remembered;
    m_dialog->setLogin(login);
    if (m_store != nullptr && fillPassword && !login.isEmpty() && login == remembered) {
        QCoro::Task<Result<std::optional<QString>>> task =
            m_store->read(CredentialStore::keyFor(m_target, login));
        const Result<std::optional<QString>> password = co_await task;
        if (!self || !m_dialog)
            co_return;
        if (!password)
            Q_EMIT keychainProblem(password.error().message);
        else if (password.value() && m_dialog->login() == login && !m_dialog->hasPassword()) {
            m_filledPassword = *password.value();
            m_dialog->setRememberedPassword(m_filledPassword);
        }
    }
    Q_EMIT prepared();
}

QCoro::Task<> SignInFlow::attempt(QString login, QString password, bool remember)
{
    QPointer<SignInFlow> self(this);
    const ConnectionTarget target = m_target.withCredentials(login, password);
    QCoro::Task<Result<StaffMember>> check = checkStaffSignIn(target, m_config);
    const Result<StaffMember> result = co_await check;
    if (!self || !m_dialog)
        co_return;
    const QString key = CredentialStore::keyFor(m_target, login);
    if (!result) {
        // A refused password says so plainly; anything else (not on the staff list, the
        // server unreachable, a certificate refused) says what the engine found.
        const bool refused = result.error().code == ErrorCode::PermissionDenied &&
                             result.error().detail.contains(QLatin1String("authentication failed"));
        if (refused && m_store != nullptr && !m_filledPassword.isEmpty() && password == m_filledPassword) {
            // The remembered password no longer works (changed or reset): forget it.
            m_filledPassword.clear();
            m_dialog->setRememberedPassword({});
            QCoro::Task<Status> forget = m_store->forget(key);
            (void)co_await forget;
            if (!self || !m_dialog)
                co_return;
            setRememberedLogin({});
        }
        m_dialog->showProblem(refused ? tr("The user name or password is not right.")
                                      : result.error().message);
        co_return;
    }
    // The keychain is touched only for who ticked Remember me, or who unticked it.
    if (m_store != nullptr && (remember || rememberedLogin() == login)) {
        QCoro::Task<Status> keep = remember ? m_store->write(key, password) : m_store->forget(key);
        const Status kept = co_await keep;
        if (!self || !m_dialog)
            co_return;
        if (!kept)
            Q_EMIT keychainProblem(kept.error().message);
        if (remember && kept)
            setRememberedLogin(login);
        else if (!remember)
            setRememberedLogin({});
    }
    m_accepted = target;
    Q_EMIT signedIn(target);
    m_dialog->accept();
}

std::optional<ConnectionTarget> SignInFlow::ask(const ConnectionTarget &target, const PoolConfig &config,
                                                const QString &login, const QString &note, bool fillPassword)
{
    PasswordSignInDialog dialog(PasswordSignInDialog::Mode::SignIn);
    dialog.setNote(note.isEmpty() ? tr("Signing in to %1.").arg(target.describe()) : note);
    const CredentialStore store;
    QSettings settings;
    SignInFlow flow(target, config, &dialog, &store, &settings);
    // Said in the dialog while it is open, and in the diagnostics log either way.
    connect(&flow, &SignInFlow::keychainProblem, &dialog, [&dialog](const QString &message) {
        qWarning("caredesk: remember me: %s", qPrintable(message));
        if (dialog.isVisible())
            dialog.showProblem(tr("Remember me: %1").arg(message));
    });
    flow.prepare(login, fillPassword);
    dialog.exec();
    return flow.accepted();
}

} // namespace caredesk
