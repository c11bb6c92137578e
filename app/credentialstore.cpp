#include "credentialstore.h"

#include <QCoroSignal>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace caredesk {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "caredesk.keychain")

Error keychainError(QKeychain::Error error, const QString &detail)
{
    const ErrorCode code = (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser)
                               ? ErrorCode::PermissionDenied
                               : ErrorCode::Unreachable;
    const QString message =
        error == QKeychain::NoBackendAvailable
            ? CredentialStore::tr("This computer has no keychain to keep the password in.")
            : CredentialStore::tr("The keychain refused: %1").arg(detail);
    return makeError(code, message, detail);
}

/// Runs a keychain job to its end (or the timeout) and says how it ended. The job deletes
/// itself after finishing; its outcome is read in the signal that says so.
template<typename Job>
QCoro::Task<std::optional<QKeychain::Error>> finish(Job *job, std::chrono::milliseconds timeout,
                                                    QString *detail, QString *text = nullptr)
{
    QCoro::Task<std::optional<QKeychain::Job *>> done = qCoro(job, &QKeychain::Job::finished, timeout);
    job->start();
    const std::optional<QKeychain::Job *> finished = co_await done;
    if (!finished)
        co_return std::nullopt; // the job goes on and deletes itself; nobody waits for it
    *detail = job->errorString();
    if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>) {
        if (text != nullptr && job->error() == QKeychain::NoError)
            *text = job->textData();
    }
    co_return job->error();
}

Error timedOut()
{
    return makeError(ErrorCode::Unreachable, CredentialStore::tr("The keychain did not answer in time."));
}

} // namespace

CredentialStore::CredentialStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{}

QString CredentialStore::keyFor(const ConnectionTarget &target, const QString &login)
{
    return QStringLiteral("%1@%2").arg(login, target.describe());
}

QCoro::Task<Result<std::optional<QString>>> CredentialStore::read(QString key) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    QString detail;
    QString password;
    const std::optional<QKeychain::Error> error = co_await finish(job, m_timeout, &detail, &password);
    if (!error)
        co_return timedOut();
    if (*error == QKeychain::EntryNotFound)
        co_return std::optional<QString>();
    if (*error != QKeychain::NoError) {
        qCWarning(lcKeychain) << "reading" << key << "failed:" << detail;
        co_return keychainError(*error, detail);
    }
    co_return std::optional<QString>(password);
}

QCoro::Task<Status> CredentialStore::write(QString key, QString password) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(password);
    QString detail;
    const std::optional<QKeychain::Error> error = co_await finish(job, m_timeout, &detail);
    if (!error)
        co_return timedOut();
    if (*error != QKeychain::NoError) {
        qCWarning(lcKeychain) << "keeping the password of" << key << "failed:" << detail;
        co_return keychainError(*error, detail);
    }
    co_return Unit{};
}

QCoro::Task<Status> CredentialStore::forget(QString key) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    QString detail;
    const std::optional<QKeychain::Error> error = co_await finish(job, m_timeout, &detail);
    if (!error)
        co_return timedOut();
    if (*error != QKeychain::NoError && *error != QKeychain::EntryNotFound) {
        qCWarning(lcKeychain) << "forgetting" << key << "failed:" << detail;
        co_return keychainError(*error, detail);
    }
    co_return Unit{};
}

} // namespace caredesk
