// caredesk-cli conflicts and warnings: the booked appointments the current rules no
// longer allow, and what nobody should have to remember to check.
#include "cli_context.h"
#include "engine/feeds.h"
#include "engine/icalendar.h"
#include "engine/interchange.h"
#include "engine/schema.h"
#include "engine/warnings.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace caredesk::cli {

namespace {

/// --from/--to, each defaulting (today, and today + `days`).
Result<QPair<QDate, QDate>> dateRange(Context &ctx, const QDate &today, int days)
{
    QDate from = today;
    if (ctx.parser.isSet(QStringLiteral("from"))) {
        const auto d = ctx.dateOption(QStringLiteral("from"));
        if (!d)
            return d.error();
        from = d.value();
    }
    QDate to = from.addDays(days);
    if (ctx.parser.isSet(QStringLiteral("to"))) {
        const auto d = ctx.dateOption(QStringLiteral("to"));
        if (!d)
            return d.error();
        to = d.value();
    }
    return qMakePair(from, to);
}

/// Each saved holiday feed fetched now: its upcoming holidays that are no closures yet,
/// or why it could not be checked.
QList<AvailabilityWarning> subscribedFeedWarnings(Context &ctx, const QDate &from, const QDate &to)
{
    QList<AvailabilityWarning> out;
    auto zone = ctx.clinicZone();
    auto feeds = ctx.pool.runBlocking(
        Access::Read, [](Session &s) { return listFeeds(s); }, QStringLiteral("feeds"));
    if (!zone || !feeds)
        return out;
    QNetworkAccessManager nam;
    for (const HolidayFeed &feed : feeds.value()) {
        const auto failed = [&out, &feed](const QString &why) {
            AvailabilityWarning w;
            w.kind = AvailabilityWarning::Kind::FeedFailed;
            w.feedId = feed.id;
            w.feedTitle = feed.title();
            w.message = QStringLiteral("The holiday feed %1 could not be checked: %2").arg(feed.title(), why);
            out.append(w);
        };
        const auto source = parseCalendarSource(feed.url);
        if (!source) {
            failed(source.error().message);
            continue;
        }
        QCoro::Task<Result<QByteArray>> load = loadCalendar(nam, source.value());
        const Result<QByteArray> body = QCoro::waitFor(load);
        if (!body) {
            failed(body.error().message);
            continue;
        }
        const auto calendar = readHolidayCalendar(body.value(), zone.value(), from, to);
        if (!calendar) {
            failed(calendar.error().message);
            continue;
        }
        ImportScope scope;
        scope.from = from;
        scope.to = to;
        scope.feedId = feed.id;
        const HolidayCalendar cal = calendar.value();
        auto plan = ctx.pool.runBlocking(
            Access::Read, [cal, scope](Session &s) { return planImport(s, cal, scope); },
            QStringLiteral("warnings: feed"));
        if (!plan) {
            failed(plan.error().message);
            continue;
        }
        out += feedWarnings(feed, plan.value(), from, to);
    }
    return out;
}

} // namespace

QJsonObject conflictJson(const AppointmentSummary &a, const QTimeZone &zone)
{
    QJsonArray hitBy;
    for (const ExceptionRecord &e : a.hitBy) {
        QJsonObject o = exceptionToJson(e);
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("scope"),
                 e.practitionerId == 0 ? QStringLiteral("clinic") : QStringLiteral("practitioner"));
        hitBy.append(o);
    }
    QJsonObject out{{QStringLiteral("appointment_id"), a.id},
                    {QStringLiteral("version"), a.version},
                    {QStringLiteral("practitioner"), a.practitionerKey},
                    {QStringLiteral("practitioner_name"), a.practitionerName},
                    {QStringLiteral("start"), formatInstant(a.start, zone)},
                    {QStringLiteral("end"), formatInstant(a.end, zone)},
                    {QStringLiteral("patient"), a.patient},
                    {QStringLiteral("phone"), a.phone},
                    {QStringLiteral("reason"), a.conflict},
                    {QStringLiteral("hit_by"), hitBy}};
    if (a.seriesId != 0) {
        out.insert(QStringLiteral("series"), a.seriesId);
        out.insert(QStringLiteral("series_index"), a.seriesIndex);
    }
    return out;
}

int cmdConflicts(Context &ctx)
{
    auto zone = ctx.clinicZone();
    if (!zone)
        return fail(zone.error());
    auto now = ctx.clinicNow();
    if (!now)
        return fail(now.error());
    const auto range = dateRange(ctx, now.value().date(), 365);
    if (!range)
        return fail(range.error());
    const QDate from = range.value().first;
    const QDate to = range.value().second;
    auto list = ctx.pool.runBlocking(
        Access::Read,
        [from, to](Session &s) {
            requireCurrentSchema(s);
            return findConflicts(s, from, to);
        },
        QStringLiteral("conflicts"));
    if (!list)
        return fail(list.error());
    QJsonArray conflicts;
    for (const AppointmentSummary &a : list.value())
        conflicts.append(conflictJson(a, zone.value()));
    printJson({{QStringLiteral("from"), from.toString(Qt::ISODate)},
               {QStringLiteral("to"), to.toString(Qt::ISODate)},
               {QStringLiteral("conflicts"), conflicts}});
    return 0;
}

int cmdWarnings(Context &ctx)
{
    auto now = ctx.clinicNow();
    if (!now)
        return fail(now.error());
    const QDate today = now.value().date();
    const auto days = ctx.intOption(QStringLiteral("days"), 0, kMaxConflictDays, kWarningDays);
    if (!days)
        return fail(days.error());
    const int horizon = days.value();
    auto list = ctx.pool.runBlocking(
        Access::Read,
        [today, horizon](Session &s) {
            requireCurrentSchema(s);
            return loadWarnings(s, today, horizon);
        },
        QStringLiteral("warnings"));
    if (!list)
        return fail(list.error());
    QList<AvailabilityWarning> all = list.value();
    all += subscribedFeedWarnings(ctx, today, today.addDays(horizon));
    QJsonArray warnings;
    for (const AvailabilityWarning &w : std::as_const(all)) {
        QJsonObject o{{QStringLiteral("kind"), warningKindName(w.kind)},
                      {QStringLiteral("message"), w.message},
                      {QStringLiteral("practitioner"), w.practitionerKey},
                      {QStringLiteral("practitioner_name"), w.practitionerName}};
        if (w.date.isValid())
            o.insert(QStringLiteral("date"), w.date.toString(Qt::ISODate));
        if (w.appointmentId != 0)
            o.insert(QStringLiteral("appointment_id"), w.appointmentId);
        if (w.exceptionId != 0)
            o.insert(QStringLiteral("exception_id"), w.exceptionId);
        if (w.feedId != 0) {
            o.insert(QStringLiteral("feed_id"), w.feedId);
            o.insert(QStringLiteral("feed"), w.feedTitle);
        }
        if (!w.holiday.isEmpty())
            o.insert(QStringLiteral("holiday"), w.holiday);
        warnings.append(o);
    }
    printJson({{QStringLiteral("from"), today.toString(Qt::ISODate)},
               {QStringLiteral("to"), today.addDays(horizon).toString(Qt::ISODate)},
               {QStringLiteral("warnings"), warnings}});
    return 0;
}

} // namespace caredesk::cli
