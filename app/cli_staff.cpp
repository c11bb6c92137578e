// caredesk-cli staff: scripted onboarding. Each staff member signs in as their own
// PostgreSQL role; these commands run on a manager's (or the owner's) connection and
// the database refuses anyone else (exit code 5).
#include "cli_context.h"
#include "engine/schema.h"
#include "engine/staff.h"

#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace caredesk::cli {

namespace {

QJsonObject staffJson(const StaffMember &m)
{
    return {{QStringLiteral("login"), m.login},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("roles"), QJsonArray::fromStringList(m.roles)},
            {QStringLiteral("active"), m.active},
            {QStringLiteral("can_sign_in"), m.canSignIn},
            {QStringLiteral("practitioner"), m.practitionerKey.isEmpty() ? QJsonValue() : m.practitionerKey}};
}

/// The password from standard input: its first line, without the line end. Never from
/// the command line, where other users see it in the process list.
Result<QString> passwordFromStdin(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("password-stdin")))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("give the password on standard input with --password-stdin"));
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (const auto problem = staffPasswordProblem(password))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--password-stdin: %1").arg(*problem));
    return password;
}

QStringList rolesOption(Context &ctx)
{
    return ctx.parser.value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

int printStaff(Context &ctx, const QString &login)
{
    auto list = ctx.pool.runBlocking(
        Access::Read,
        [](Session &s) {
            requireCurrentSchema(s);
            return listStaff(s, true);
        },
        QStringLiteral("staff list"));
    if (!list)
        return fail(list.error());
    QJsonArray staff;
    for (const StaffMember &m : list.value()) {
        if (login.isEmpty() || m.login == login)
            staff.append(staffJson(m));
    }
    printJson({{QStringLiteral("staff"), staff}});
    return 0;
}

int staffAdd(Context &ctx)
{
    StaffMember m;
    m.login = ctx.parser.value(QStringLiteral("login"));
    m.name = ctx.parser.value(QStringLiteral("name"));
    m.roles = rolesOption(ctx);
    const QStringList keys = ctx.parser.values(QStringLiteral("practitioner"));
    if (keys.size() > 1)
        return failInput(QStringLiteral("staff add: --practitioner links one practitioner"));
    m.practitionerKey = keys.value(0);
    if (const auto problem = staffLoginProblem(m.login))
        return failInput(QStringLiteral("--login: %1").arg(*problem));
    if (m.name.trimmed().isEmpty())
        return failInput(QStringLiteral("--name: the staff member needs a name"));
    if (const auto problem = staffRolesProblem(m.roles))
        return failInput(QStringLiteral("--roles: %1").arg(*problem));
    const auto password = passwordFromStdin(ctx);
    if (!password)
        return fail(password.error());
    auto done = ctx.pool.runBlocking(
        Access::Write,
        [m, pw = password.value()](Session &s) {
            requireCurrentSchema(s);
            addStaff(s, m, pw);
            return true;
        },
        QStringLiteral("staff add"));
    if (!done)
        return fail(done.error());
    return printStaff(ctx, m.login);
}

template<typename Fn>
int changeStaff(Context &ctx, const QString &label, Fn &&change)
{
    if (ctx.args.size() != 2)
        return failInput(QStringLiteral("staff %1: expected one login").arg(label));
    const QString login = ctx.args.at(1);
    if (const auto problem = staffLoginProblem(login))
        return failInput(*problem);
    auto done = ctx.pool.runBlocking(
        Access::Write,
        [login, change](Session &s) {
            requireCurrentSchema(s);
            change(s, login);
            return true;
        },
        QStringLiteral("staff ") + label);
    if (!done)
        return fail(done.error());
    return printStaff(ctx, login);
}

} // namespace

int cmdStaff(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    if (sub == QLatin1String("list") && ctx.args.size() == 1)
        return printStaff(ctx, {});
    if (sub == QLatin1String("add") && ctx.args.size() == 1)
        return staffAdd(ctx);
    if (sub == QLatin1String("disable"))
        return changeStaff(ctx, sub, [](Session &s, const QString &login) { disableStaff(s, login); });
    if (sub == QLatin1String("roles")) {
        const QStringList roles = rolesOption(ctx);
        if (const auto problem = staffRolesProblem(roles))
            return failInput(QStringLiteral("--roles: %1").arg(*problem));
        return changeStaff(ctx, sub,
                           [roles](Session &s, const QString &login) { setStaffRoles(s, login, roles); });
    }
    if (sub == QLatin1String("logins") && ctx.args.size() == 1) {
        const auto password = passwordFromStdin(ctx);
        if (!password)
            return fail(password.error());
        auto created = ctx.pool.runBlocking(
            Access::Write,
            [pw = password.value()](Session &s) {
                requireCurrentSchema(s);
                return addMissingLogins(s, pw);
            },
            QStringLiteral("staff logins"));
        if (!created)
            return fail(created.error());
        printJson({{QStringLiteral("created"), QJsonArray::fromStringList(created.value())}});
        return 0;
    }
    if (sub == QLatin1String("password")) {
        const auto password = passwordFromStdin(ctx);
        if (!password)
            return fail(password.error());
        return changeStaff(ctx, sub, [pw = password.value()](Session &s, const QString &login) {
            resetStaffPassword(s, login, pw);
        });
    }
    return failInput(
        QStringLiteral("staff: expected list, add, logins, disable LOGIN, roles LOGIN or password LOGIN"));
}

} // namespace caredesk::cli
