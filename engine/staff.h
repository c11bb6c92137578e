#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caredesk {

class Session;

/// A staff member and how they sign in. Each staff member with a login is a PostgreSQL
/// LOGIN role of the same name, a member of caredesk_front_desk, caredesk_practitioner
/// and/or caredesk_manager (schema v5): the database enforces what they may change.
struct StaffMember
{
    qint64 id = 0;
    QString login;
    QString name;
    QStringList roles;       ///< front_desk, practitioner, manager (sorted)
    bool active = true;      ///< disabled staff cannot sign in
    bool canSignIn = false;  ///< a LOGIN role exists for them
    QString practitionerKey; ///< the practitioner they are, if any
};

/// Why a login, name, role list or password cannot be used, or nothing. Pure; the
/// database checks the same again.
[[nodiscard]] std::optional<QString> staffLoginProblem(const QString &login);
[[nodiscard]] std::optional<QString> staffRolesProblem(const QStringList &roles);
[[nodiscard]] std::optional<QString> staffPasswordProblem(const QString &password);

/// Active staff by name (everyone with `includeInactive`), with their roles,
/// practitioner and whether they can sign in. Throws DbException.
[[nodiscard]] QList<StaffMember> listStaff(Session &session, bool includeInactive = false);

/// Adds a staff member who signs in as `member.login` with `password` (sent to the
/// server only as a SCRAM-SHA-256 verifier, made here with libpq), in the given roles,
/// linked to a practitioner when `member.practitionerKey` is set. Only a manager (or the
/// owner/admin) may; InvalidInput or PermissionDenied say why not. One transaction.
void addStaff(Session &session, const StaffMember &member, const QString &password);
/// Replaces a staff member's roles (the database role memberships follow).
void setStaffRoles(Session &session, const QString &login, const QStringList &roles);
/// Disables a staff member: they can no longer sign in; their history stays.
void disableStaff(Session &session, const QString &login);
/// Sets a new password (and enables the login again).
void resetStaffPassword(Session &session, const QString &login, const QString &password);

/// Gives every active staff member who has no login yet one with `password` and their
/// roles (the demo, and a clinic's first setup before everyone chose a password).
/// Returns the logins created. One transaction.
QStringList addMissingLogins(Session &session, const QString &password);

/// The SCRAM-SHA-256 verifier for `password` (libpq's PQencryptPasswordConn): what
/// CREATE/ALTER ROLE stores, so the password itself never reaches the server or its logs.
[[nodiscard]] QString scramVerifier(Session &session, const QString &login, const QString &password);

} // namespace caredesk
