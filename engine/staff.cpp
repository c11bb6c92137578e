#include "staff.h"

#include "error.h"
#include "session.h"
#include "text.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <memory>

namespace caredesk {

namespace {

constexpr int kMaxPasswordLength = 1024;
constexpr int kMinPasswordLength = 8;

[[noreturn]] void refuse(const QString &message)
{
    throw DbException(makeError(ErrorCode::InvalidInput, message));
}

void check(const std::optional<QString> &problem)
{
    if (problem)
        refuse(*problem);
}

QString rolesArray(const QStringList &roles)
{
    // A PostgreSQL array literal; the roles are checked words, so no quoting is needed.
    return QLatin1Char('{') + roles.join(QLatin1Char(',')) + QLatin1Char('}');
}

/// The database function that creates the login and the staff row (schema v5); the
/// password arrives as a SCRAM verifier.
void callAddStaff(Session &session, const StaffMember &member, const QString &verifier)
{
    session.exec(
        QStringLiteral("SELECT caredesk_add_staff(?, ?, ?::text[], ?, ?)"),
        {member.login, member.name.trimmed(), rolesArray(member.roles),
         member.practitionerKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : member.practitionerKey,
         verifier});
}

} // namespace

std::optional<QString> staffLoginProblem(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    if (!pattern.match(login).hasMatch())
        return EngineText::tr(
                   "\"%1\" is not a login: use 1 to 63 lower-case letters, digits, '.', '_' or '-', "
                   "starting with a letter")
            .arg(login.left(80));
    if (login.startsWith(QLatin1String("pg_")) || login.startsWith(QLatin1String("caredesk_")))
        return EngineText::tr("Logins starting with pg_ or caredesk_ are reserved");
    return std::nullopt;
}

std::optional<QString> staffRolesProblem(const QStringList &roles)
{
    static const QStringList known{QStringLiteral("front_desk"), QStringLiteral("practitioner"),
                                   QStringLiteral("manager")};
    if (roles.isEmpty())
        return EngineText::tr("Give at least one role: front_desk, practitioner or manager");
    for (const QString &r : roles) {
        if (!known.contains(r))
            return EngineText::tr("\"%1\" is not a role; roles are front_desk, practitioner and manager")
                .arg(r.left(80));
    }
    return std::nullopt;
}

std::optional<QString> staffPasswordProblem(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return EngineText::tr("A password has at least %1 characters").arg(kMinPasswordLength);
    if (password.size() > kMaxPasswordLength)
        return EngineText::tr("A password has at most %1 characters").arg(kMaxPasswordLength);
    if (password.contains(QChar(0)))
        return EngineText::tr("A password cannot contain a NUL character");
    return std::nullopt;
}

QList<StaffMember> listStaff(Session &session, bool includeInactive)
{
    QSqlQuery q = session.exec(
        QStringLiteral("SELECT s.id, s.login, s.display_name, s.active,"
                       " EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = s.login AND r.rolcanlogin),"
                       " coalesce((SELECT string_agg(role, ',' ORDER BY role) FROM staff_roles WHERE "
                       "staff_id = s.id), ''),"
                       " coalesce((SELECT key FROM practitioners p WHERE p.staff_id = s.id AND p.active "
                       "ORDER BY key LIMIT 1),"
                       " '')"
                       " FROM staff s WHERE s.active OR ? ORDER BY s.display_name, s.login"),
        {includeInactive});
    QList<StaffMember> out;
    while (q.next()) {
        StaffMember m;
        m.id = q.value(0).toLongLong();
        m.login = q.value(1).toString();
        m.name = q.value(2).toString();
        m.active = q.value(3).toBool();
        m.canSignIn = q.value(4).toBool();
        m.roles = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        m.practitionerKey = q.value(6).toString();
        out.append(m);
    }
    return out;
}

QString scramVerifier(Session &session, const QString &login, const QString &password)
{
    session.assertOwnerThread();
    auto *conn = static_cast<PGconn *>(session.pgconn());
    if (conn == nullptr)
        throw DbException(
            makeError(ErrorCode::Unreachable, EngineText::tr("The connection to the database is not open")));
    const QByteArray user = login.toUtf8();
    QByteArray secret = password.toUtf8();
    std::unique_ptr<char, decltype(&PQfreemem)> verifier(
        PQencryptPasswordConn(conn, secret.constData(), user.constData(), "scram-sha-256"), &PQfreemem);
    secret.fill('\0');
    if (!verifier)
        throw DbException(
            makeError(ErrorCode::Internal, EngineText::tr("The password could not be prepared: %1")
                                               .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed())));
    return QString::fromLatin1(verifier.get());
}

void addStaff(Session &session, const StaffMember &member, const QString &password)
{
    check(staffLoginProblem(member.login));
    check(staffRolesProblem(member.roles));
    check(staffPasswordProblem(password));
    if (member.name.trimmed().isEmpty())
        refuse(EngineText::tr("The staff member needs a name"));
    check(textFieldProblem(EngineText::tr("The staff member's name"), member.name, 200));
    const QString verifier = scramVerifier(session, member.login, password);
    Transaction tx(session);
    callAddStaff(session, member, verifier);
    tx.commit();
}

QStringList addMissingLogins(Session &session, const QString &password)
{
    check(staffPasswordProblem(password));
    QStringList created;
    Transaction tx(session);
    for (const StaffMember &m : listStaff(session)) {
        if (m.canSignIn || m.roles.isEmpty() || staffLoginProblem(m.login))
            continue;
        callAddStaff(session, m, scramVerifier(session, m.login, password));
        created << m.login;
    }
    tx.commit();
    return created;
}

void setStaffRoles(Session &session, const QString &login, const QStringList &roles)
{
    check(staffLoginProblem(login));
    check(staffRolesProblem(roles));
    Transaction tx(session);
    session.exec(QStringLiteral("SELECT caredesk_set_staff_roles(?, ?::text[])"), {login, rolesArray(roles)});
    tx.commit();
}

void disableStaff(Session &session, const QString &login)
{
    check(staffLoginProblem(login));
    Transaction tx(session);
    session.exec(QStringLiteral("SELECT caredesk_disable_staff(?)"), {login});
    tx.commit();
}

void resetStaffPassword(Session &session, const QString &login, const QString &password)
{
    check(staffLoginProblem(login));
    check(staffPasswordProblem(password));
    const QString verifier = scramVerifier(session, login, password);
    Transaction tx(session);
    session.exec(QStringLiteral("SELECT caredesk_reset_staff_password(?, ?)"), {login, verifier});
    tx.commit();
}

} // namespace caredesk
