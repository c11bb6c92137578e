#pragma once

#include "engine/connectiontarget.h"
#include "engine/error.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QString>

#include <chrono>
#include <optional>

namespace caredesk {

/// Passwords a person asked CareDesk to remember ("Remember me" at sign-in), kept only in
/// the operating system's keychain through QtKeychain: the Secret Service (GNOME Keyring,
/// KWallet) on Linux, the Keychain on macOS, the Credential Manager on Windows. Never in
/// a settings file, never in a log; without a keychain nothing is remembered (QtKeychain's
/// plaintext fallback is never switched on). Each entry is one login on one database.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(caredesk::CredentialStore)

public:
    /// `service` names CareDesk's entries in the keychain; tests pass their own.
    explicit CredentialStore(QString service = QStringLiteral("CareDesk"),
                             std::chrono::milliseconds timeout = std::chrono::seconds(15));

    /// The keychain key for `login` on the database `target` names (host, port, database;
    /// never a password).
    [[nodiscard]] static QString keyFor(const ConnectionTarget &target, const QString &login);

    /// The remembered password, nothing when none is kept; an error when the keychain
    /// cannot be reached or refuses.
    [[nodiscard]] QCoro::Task<Result<std::optional<QString>>> read(QString key) const;
    [[nodiscard]] QCoro::Task<Status> write(QString key, QString password) const;
    /// Forgets the entry; forgetting one that is not there is not an error.
    [[nodiscard]] QCoro::Task<Status> forget(QString key) const;

    [[nodiscard]] QString service() const { return m_service; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace caredesk
