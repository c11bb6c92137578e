// caredesk-cli clinics: the clinics of a chain in one database (schema v9).
#include "cli_context.h"
#include "engine/clinics.h"

#include <QJsonArray>

namespace caredesk::cli {

namespace {

int clinicsList(Context &ctx)
{
    struct Listed
    {
        QList<ClinicInfo> clinics;
        qint64 current = 0;
    };
    auto listed = ctx.pool.runBlocking(
        Access::Read,
        [](Session &s) {
            Listed l;
            l.clinics = listMyClinics(s);
            l.current = s.scalar(QStringLiteral("SELECT caredesk_current_clinic()")).toLongLong();
            return l;
        },
        QStringLiteral("clinics"));
    if (!listed)
        return fail(listed.error());
    QJsonArray out;
    for (const ClinicInfo &c : std::as_const(listed.value().clinics))
        out.append(QJsonObject{{QStringLiteral("key"), c.key},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("timezone"), c.timeZone},
                               {QStringLiteral("slot_step_minutes"), c.slotStepMinutes},
                               {QStringLiteral("current"), c.id == listed.value().current}});
    printJson({{QStringLiteral("clinics"), out}});
    return 0;
}

int clinicsAdd(Context &ctx)
{
    if (ctx.args.size() != 2)
        return failInput(QStringLiteral("clinics add: give the new clinic's key, e.g. clinics add perth"));
    ClinicInfo c;
    c.key = ctx.args.at(1);
    c.name = ctx.parser.value(QStringLiteral("name"));
    c.timeZone = ctx.parser.value(QStringLiteral("zone"));
    if (c.name.isEmpty())
        return failInput(QStringLiteral("clinics add: --name is required"));
    if (c.timeZone.isEmpty())
        return failInput(QStringLiteral("clinics add: --zone is required (e.g. Australia/Perth)"));
    auto step = ctx.intOption(QStringLiteral("step"), 5, 240, 30);
    if (!step)
        return fail(step.error());
    c.slotStepMinutes = step.value();
    auto added = ctx.pool.runBlocking(
        Access::Write, [c](Session &s) { return addClinic(s, c); }, QStringLiteral("clinics add"));
    if (!added)
        return fail(added.error());
    printJson({{QStringLiteral("added"), c.key}, {QStringLiteral("id"), added.value()}});
    return 0;
}

int clinicsJoin(Context &ctx)
{
    const QString login = ctx.parser.value(QStringLiteral("login"));
    if (ctx.args.size() != 2 || login.isEmpty())
        return failInput(QStringLiteral("clinics join: give the clinic and --login, e.g. clinics join perth "
                                        "--login jsmith"));
    const QString key = ctx.args.at(1);
    auto joined = ctx.pool.runBlocking(
        Access::Write,
        [login, key](Session &s) {
            addStaffToClinic(s, login, key);
            return true;
        },
        QStringLiteral("clinics join"));
    if (!joined)
        return fail(joined.error());
    printJson({{QStringLiteral("clinic"), key}, {QStringLiteral("login"), login}});
    return 0;
}

} // namespace

int cmdClinics(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    if (sub.isEmpty() || sub == QLatin1String("list")) {
        if (ctx.args.size() > 1)
            return failInput(QStringLiteral("clinics list: unexpected argument \"%1\"").arg(ctx.args.at(1)));
        return clinicsList(ctx);
    }
    if (sub == QLatin1String("add"))
        return clinicsAdd(ctx);
    if (sub == QLatin1String("join"))
        return clinicsJoin(ctx);
    return failInput(QStringLiteral("clinics: unknown subcommand \"%1\"; say list, add or join").arg(sub));
}

} // namespace caredesk::cli
