// caredesk-cli closures: list, add and delete clinic closures, and import them from
// iCalendar files and feeds.
#include "cli_context.h"
#include "engine/closures.h"
#include "engine/feeds.h"
#include "engine/holidayimport.h"
#include "engine/interchange.h"
#include "engine/schema.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

#include <algorithm>

namespace caredesk::cli {

namespace {

QJsonObject closureJson(const QString &uid, const ExceptionData &closure)
{
    QJsonObject o = exceptionToJson(closure);
    o.insert(QStringLiteral("uid"), uid);
    return o;
}

QJsonObject summaryJson(const ClosureSummary &c)
{
    QJsonObject o = exceptionToJson(c.closure);
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("working_anyway"), QJsonArray::fromStringList(c.workingAnyway));
    o.insert(QStringLiteral("booked_inside"), c.bookedInside);
    o.insert(QStringLiteral("chain_wide"), c.closure.chainWide);
    return o;
}

int closuresList(Context &ctx)
{
    auto today = ctx.clinicNow();
    if (!today)
        return fail(today.error());
    QDate from = today.value().date();
    if (ctx.parser.isSet(QStringLiteral("from"))) {
        const auto d = ctx.dateOption(QStringLiteral("from"));
        if (!d)
            return fail(d.error());
        from = d.value();
    }
    auto list = ctx.pool.runBlocking(
        Access::Read,
        [from](Session &s) {
            requireCurrentSchema(s);
            return listClosures(s, from);
        },
        QStringLiteral("closures list"));
    if (!list)
        return fail(list.error());
    QJsonArray closures;
    for (const ClosureSummary &c : list.value())
        closures.append(summaryJson(c));
    printJson({{QStringLiteral("from"), from.toString(Qt::ISODate)}, {QStringLiteral("closures"), closures}});
    return 0;
}

/// Fails with the command's name before the message: "closures add: …".
int failIn(const QString &command, Error e)
{
    e.message = QStringLiteral("%1: %2").arg(command, e.message);
    return fail(e);
}

int closuresAdd(Context &ctx)
{
    if (ctx.args.size() > 1)
        return failInput(QStringLiteral("closures add: unexpected argument \"%1\"").arg(ctx.args.at(1)));
    ExceptionData closure;
    closure.kind = ctx.parser.isSet(QStringLiteral("kind")) ? ctx.parser.value(QStringLiteral("kind"))
                                                            : QStringLiteral("closure");
    if (!ctx.parser.isSet(QStringLiteral("from")))
        return failInput(QStringLiteral("closures add: say the first day with --from YYYY-MM-DD"));
    const auto from = ctx.dateOption(QStringLiteral("from"));
    if (!from)
        return fail(from.error());
    closure.startDate = from.value();
    closure.endDate = closure.startDate;
    if (ctx.parser.isSet(QStringLiteral("to"))) {
        const auto to = ctx.dateOption(QStringLiteral("to"));
        if (!to)
            return fail(to.error());
        closure.endDate = to.value();
    }
    const auto start = ctx.timeOption(QStringLiteral("time-from"));
    if (!start)
        return fail(start.error());
    const auto end = ctx.timeOption(QStringLiteral("time-to"));
    if (!end)
        return fail(end.error());
    closure.startMinute = start.value();
    closure.endMinute = end.value();
    closure.reason = ctx.parser.value(QStringLiteral("reason"));
    closure.chainWide = ctx.parser.isSet(QStringLiteral("chain"));
    auto added = ctx.pool.runBlocking(
        Access::Write,
        [closure](Session &s) {
            requireCurrentSchema(s);
            const qint64 id = addClosure(s, closure);
            // As the list shows it: who works anyway and how many booked appointments it hits.
            for (const ClosureSummary &c : listClosures(s, closure.startDate)) {
                if (c.id == id)
                    return c;
            }
            ClosureSummary c;
            c.id = id;
            c.closure = closure;
            return c;
        },
        QStringLiteral("closures add"));
    if (!added)
        return failIn(QStringLiteral("closures add"), added.error());
    printJson({{QStringLiteral("added"), summaryJson(added.value())}});
    return 0;
}

int closuresDelete(Context &ctx)
{
    bool ok = false;
    const qint64 id = ctx.args.value(1).toLongLong(&ok);
    if (ctx.args.size() != 2 || !ok || id <= 0)
        return failInput(QStringLiteral("closures delete: expected one closure id (see closures list)"));
    auto deleted = ctx.pool.runBlocking(
        Access::Write,
        [id](Session &s) {
            requireCurrentSchema(s);
            deleteClosure(s, id);
            return true;
        },
        QStringLiteral("closures delete"));
    if (!deleted)
        return failIn(QStringLiteral("closures delete"), deleted.error());
    printJson({{QStringLiteral("deleted"), id}});
    return 0;
}

int closuresImport(Context &ctx)
{
    if (ctx.args.size() != 2)
        return failInput(QStringLiteral("closures import: expected one file or http(s) address "
                                        "(caredesk-cli closures import FILE_OR_URL [--from DATE --to DATE] "
                                        "[--dry-run])"));
    const auto source = parseCalendarSource(ctx.args.at(1));
    if (!source)
        return fail(source.error());
    auto zone = ctx.clinicZone();
    if (!zone)
        return fail(zone.error());
    auto now = ctx.now(zone.value());
    if (!now)
        return fail(now.error());
    const QDate today = now.value().toTimeZone(zone.value()).date();
    ImportScope scope;
    scope.from = today;
    scope.to = today.addYears(2);
    for (auto [name, target] :
         {std::pair{QStringLiteral("from"), &scope.from}, std::pair{QStringLiteral("to"), &scope.to}}) {
        if (!ctx.parser.isSet(name))
            continue;
        const auto d = ctx.dateOption(name);
        if (!d)
            return fail(d.error());
        *target = d.value();
    }
    if (scope.to < scope.from)
        return failInput(QStringLiteral("--to %1 is before --from %2")
                             .arg(scope.to.toString(Qt::ISODate), scope.from.toString(Qt::ISODate)));

    QNetworkAccessManager nam;
    QCoro::Task<Result<QByteArray>> load = loadCalendar(nam, source.value());
    const Result<QByteArray> body = QCoro::waitFor(load);
    if (!body)
        return fail(body.error());
    auto calendar = readHolidayCalendar(body.value(), zone.value(), scope.from, scope.to);
    if (!calendar) {
        Error e = calendar.error();
        e.message = QStringLiteral("%1: %2").arg(source.value().display(), e.message);
        return fail(e);
    }
    const HolidayCalendar cal = calendar.value();
    const bool dryRun = ctx.parser.isSet(QStringLiteral("dry-run"));
    struct Imported
    {
        ImportOutcome outcome;
        QList<AppointmentSummary> hit; ///< booked appointments clinic closures now hit
        QTimeZone zone;
    };
    auto imported = ctx.pool.runBlocking(
        Access::Write,
        [cal, scope, dryRun](Session &s) {
            requireCurrentSchema(s);
            Imported out;
            out.zone = clinicTimeZone(s);
            if (dryRun) {
                out.outcome.plan = planImport(s, cal, scope);
                out.outcome.applied = out.outcome.plan.changes;
                return out;
            }
            const ImportPlan plan = planImport(s, cal, scope);
            const QSet<QString> all = allChangeKeys(plan);
            out.outcome = applyImport(s, cal, scope, all, all);
            // What the closures now there strand, so nobody is left booked on a closed day.
            // The import has committed: a failure here must not make it look failed.
            try {
                for (const AppointmentSummary &a :
                     findConflicts(s, scope.from, std::min(scope.to, scope.from.addDays(kMaxConflictDays)))) {
                    if (std::any_of(a.hitBy.cbegin(), a.hitBy.cend(),
                                    [](const ExceptionRecord &e) { return e.practitionerId == 0; }))
                        out.hit.append(a);
                }
            } catch (const DbException &e) {
                qWarning("caredesk-cli: the import is done, but its conflicts could not be listed: %s",
                         qPrintable(e.error().message));
            }
            return out;
        },
        QStringLiteral("closures import"));
    if (!imported)
        return fail(imported.error());
    const auto outcome = Result<ImportOutcome>(imported.value().outcome);
    QJsonArray hit;
    for (const AppointmentSummary &a : imported.value().hit)
        hit.append(conflictJson(a, imported.value().zone));

    QJsonArray created;
    QJsonArray updated;
    for (const ImportChange &c : outcome.value().applied) {
        if (c.kind == ImportChange::Kind::Create) {
            created.append(closureJson(c.uid, c.closure));
        } else if (c.kind == ImportChange::Kind::Update) {
            QJsonObject o = closureJson(c.uid, c.closure);
            o.insert(QStringLiteral("before"), exceptionToJson(c.before));
            updated.append(o);
        }
    }
    QJsonArray present;
    for (const HolidayOccurrence &o : outcome.value().plan.present)
        present.append(closureJson(o.uid, o.closure));
    QJsonArray skipped;
    for (const SkippedEvent &e : outcome.value().plan.skipped) {
        QJsonObject o{{QStringLiteral("uid"), e.uid},
                      {QStringLiteral("summary"), e.summary},
                      {QStringLiteral("reason"), e.reason}};
        if (e.date.isValid())
            o.insert(QStringLiteral("date"), e.date.toString(Qt::ISODate));
        skipped.append(o);
    }
    printJson({{QStringLiteral("source"), source.value().display()},
               {QStringLiteral("calendar"), cal.name},
               {QStringLiteral("from"), scope.from.toString(Qt::ISODate)},
               {QStringLiteral("to"), scope.to.toString(Qt::ISODate)},
               {QStringLiteral("dry_run"), dryRun},
               {QStringLiteral("created"), created},
               {QStringLiteral("updated"), updated},
               {QStringLiteral("already_present"), present},
               {QStringLiteral("skipped"), skipped},
               {QStringLiteral("conflicts"), hit}});
    return 0;
}

} // namespace

int cmdClosures(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    if (sub == QLatin1String("list")) {
        if (ctx.args.size() > 1)
            return failInput(QStringLiteral("closures list: unexpected argument \"%1\"").arg(ctx.args.at(1)));
        return closuresList(ctx);
    }
    if (sub == QLatin1String("import"))
        return closuresImport(ctx);
    if (sub == QLatin1String("add"))
        return closuresAdd(ctx);
    if (sub == QLatin1String("delete"))
        return closuresDelete(ctx);
    return failInput(
        sub.isEmpty() ? QStringLiteral("closures: say list, add, delete or import; see caredesk-cli --help")
                      : QStringLiteral("closures: unknown subcommand \"%1\"; say list, add, delete or import")
                            .arg(sub));
}

} // namespace caredesk::cli
