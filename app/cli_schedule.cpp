// caredesk-cli's scheduling commands: interchange import/export, availability,
// next-available, book, cancel, reschedule and load. Thin over the engine.
#include "cli_context.h"
#include "engine/booking.h"
#include "engine/interchange.h"
#include "engine/jsonstream.h"
#include "engine/loadtest.h"
#include "engine/schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cstdio>

namespace caredesk::cli {

void Context::markUnit(const char *phase)
{
    if (!timings.enabled())
        return;
    const double connectMs = pool.stats().connectMs;
    if (connectMs > m_connectMsSeen)
        timings.split("connect", connectMs - m_connectMsSeen);
    m_connectMsSeen = connectMs;
    timings.mark(phase);
}

Result<QTimeZone> Context::clinicZone()
{
    if (m_zone)
        return *m_zone;
    auto settings =
        pool.runBlocking(Access::Read, [](Session &s) { return readClinicSettingsCheckingSchema(s); });
    markUnit("schema-check-and-clinic-settings");
    if (!settings)
        return settings.error();
    m_zone = QTimeZone(settings.value().timeZone.toUtf8());
    return *m_zone;
}

Result<QDateTime> Context::now(const QTimeZone &zone) const
{
    auto clock = makeClock(nowText, zone.id());
    if (!clock) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--now %1: expected an ISO 8601 date and time, e.g. "
                                        "2025-12-22T09:00 or 2025-12-22T09:00:00+11:00")
                             .arg(nowText));
    }
    return clock->now();
}

Result<QDateTime> Context::clinicNow()
{
    auto zone = clinicZone();
    if (!zone)
        return zone.error();
    return now(zone.value());
}

Result<QDateTime> Context::instant(const QString &option, const QString &text)
{
    auto zone = clinicZone();
    if (!zone)
        return zone.error();
    const QDateTime t = parseNow(text, zone.value().id());
    if (!t.isValid()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--%1 %2: expected an ISO 8601 date and time, e.g. 2025-12-22T09:30")
                             .arg(option, text));
    }
    return t;
}

Result<int> Context::intOption(const QString &name, int min, int max, int fallback) const
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--%1 %2: expected a whole number from %3 to %4")
                             .arg(name, parser.value(name))
                             .arg(min)
                             .arg(max));
    }
    return v;
}

Result<QDate> Context::dateOption(const QString &name) const
{
    if (!parser.isSet(name))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--%1 is required (YYYY-MM-DD)").arg(name));
    const QDate d = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!d.isValid())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("--%1 %2: expected a date (YYYY-MM-DD)").arg(name, parser.value(name)));
    return d;
}

Result<QList<int>> Context::weekdaysOption() const
{
    QList<int> out;
    if (!parser.isSet(QStringLiteral("weekdays")))
        return out;
    for (const QString &part : parser.value(QStringLiteral("weekdays")).split(QLatin1Char(','))) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (!ok || d < 1 || d > 7)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--weekdays %1: expected ISO weekdays 1-7, e.g. 1,3,5")
                                 .arg(parser.value(QStringLiteral("weekdays"))));
        out << d;
    }
    return out;
}

Result<std::optional<WallMinutes>> Context::timeOption(const QString &name) const
{
    if (!parser.isSet(name))
        return std::optional<WallMinutes>();
    const WallMinutes m = parseWallMinutes(parser.value(name));
    if (m < 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--%1 %2: expected a time (HH:MM)").arg(name, parser.value(name)));
    return std::optional<WallMinutes>(m);
}

Result<qint64> appointmentId(const Context &ctx, const QString &command)
{
    if (ctx.args.size() != 1)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: expected one appointment id").arg(command));
    bool ok = false;
    const qint64 id = ctx.args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1: \"%2\" is not an appointment id").arg(command, ctx.args.first()));
    return id;
}

QJsonObject appointmentJson(const Appointment &a, const QTimeZone &zone)
{
    QJsonObject out{{QStringLiteral("id"), a.id},
                    {QStringLiteral("practitioner"), a.practitionerKey},
                    {QStringLiteral("start"), formatInstant(a.start, zone)},
                    {QStringLiteral("end"), formatInstant(a.end, zone)},
                    {QStringLiteral("status"), a.status},
                    {QStringLiteral("version"), a.version},
                    {QStringLiteral("request_id"), a.requestId},
                    {QStringLiteral("patient"), a.patient}};
    if (a.seriesId != 0) {
        out.insert(QStringLiteral("series"), a.seriesId);
        out.insert(QStringLiteral("series_index"), a.seriesIndex);
    }
    return out;
}

namespace {

Result<std::optional<int>> expectVersion(const Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("expect-version")))
        return std::optional<int>();
    auto v = ctx.intOption(QStringLiteral("expect-version"), 1, std::numeric_limits<int>::max(), 0);
    if (!v)
        return v.error();
    return std::optional<int>(v.value());
}

} // namespace

int cmdImport(Context &ctx)
{
    if (ctx.args.size() != 1)
        return failInput(
            QStringLiteral("import: expected one file (caredesk-cli import FILE.json [--replace])"));
    QFile file(ctx.args.first());
    if (!file.open(QIODevice::ReadOnly))
        return failInput(QStringLiteral("%1: cannot be read: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return failInput(QStringLiteral("%1: larger than 64 MiB").arg(file.fileName()));
    auto clinic = parseInterchange(file.readAll(), file.fileName());
    if (!clinic)
        return fail(clinic.error());
    const bool replace = ctx.parser.isSet(QStringLiteral("replace"));
    const ClinicData data = clinic.value();
    auto done = ctx.pool.runBlocking(
        Access::Write,
        [data, replace](Session &s) {
            requireCurrentSchema(s);
            importClinic(s, data, replace);
            return true;
        },
        QStringLiteral("import"));
    if (!done)
        return fail(done.error());
    int hours = 0;
    for (const auto &p : data.practitioners)
        hours += int(p.hours.size());
    printJson({{QStringLiteral("imported"),
                QJsonObject{{QStringLiteral("practitioners"), int(data.practitioners.size())},
                            {QStringLiteral("working_hours"), hours},
                            {QStringLiteral("exceptions"), int(data.exceptions.size())},
                            {QStringLiteral("appointments"), int(data.appointments.size())}}},
               {QStringLiteral("replaced"), replace}});
    return 0;
}

int cmdExport(Context &ctx)
{
    auto clinic = ctx.pool.runBlocking(Access::Read, [](Session &s) {
        requireCurrentSchema(s);
        Transaction tx(s, Transaction::Kind::Snapshot); // one snapshot for every table
        ClinicData c = readClinic(s);
        tx.commit();
        return c;
    });
    if (!clinic)
        return fail(clinic.error());
    printJson(toInterchange(clinic.value()));
    return 0;
}

int cmdAvailability(Context &ctx)
{
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from)
        return fail(from.error());
    if (!to)
        return fail(to.error());
    if (to.value() < from.value())
        return failInput(QStringLiteral("--to %1 is before --from %2")
                             .arg(to.value().toString(Qt::ISODate), from.value().toString(Qt::ISODate)));
    if (from.value().daysTo(to.value()) > 366)
        return failInput(QStringLiteral("--from/--to: at most 367 days at once"));
    const auto minutes = ctx.intOption(QStringLiteral("minutes"), 5, 24 * 60, 0);
    const auto step = ctx.intOption(QStringLiteral("step"), 5, 24 * 60, 0);
    if (!minutes)
        return fail(minutes.error());
    if (!step)
        return fail(step.error());
    const auto zone = ctx.clinicZone();
    if (!zone)
        return fail(zone.error());
    const auto now = ctx.now(zone.value());
    if (!now)
        return fail(now.error());
    const QStringList keys = ctx.parser.values(QStringLiteral("practitioner"));
    AvailabilityOptions options;
    options.from = from.value();
    options.to = to.value();
    options.minutes = minutes.value();
    options.step = step.value();
    options.nowMs = now.value().toMSecsSinceEpoch();
    Timings &timings = ctx.timings; // marked on the pool's thread while this one waits
    ctx.timings.mark("options");
    auto result = ctx.pool.runBlocking(Access::StandbyRead, [keys, options, &timings](Session &s) {
        Transaction tx(s, Transaction::Kind::Snapshot);
        const AvailabilityData data = loadAvailabilityData(s, keys, options.from, options.to);
        tx.commit();
        timings.mark("queries");
        auto days = evaluateAvailability(data, options);
        timings.mark("rules");
        return std::pair{data.slotStepMinutes, std::move(days)};
    });
    ctx.markUnit("pool-hand-back");
    if (!result)
        return fail(result.error());
    const int clinicStep = result.value().first;
    const int usedStep = options.step > 0 ? options.step : clinicStep;
    // Streamed as it is produced: a clinic's quarter is a few MB of JSON, and building it
    // as a QJsonDocument first cost more than finding the slots (docs/performance.md).
    // Keys in QJsonObject's order, so the text is what printJson() would write.
    InstantFormatter instants(zone.value());
    JsonStream json(stdout);
    json.beginObject();
    json.member("from", options.from.toString(Qt::ISODate));
    json.member("minutes", options.minutes > 0 ? options.minutes : usedStep);
    json.key("practitioners");
    json.beginArray();
    for (const PractitionerAvailability &pa : result.value().second) {
        json.beginObject();
        json.key("days");
        json.beginArray();
        for (const DayAvailability &d : pa.days) {
            json.beginObject();
            if (d.status == DayStatus::Blocked) {
                json.key("blocked_by");
                json.beginArray();
                for (const QString &reason : d.blockedBy)
                    json.value(reason);
                json.endArray();
            }
            json.member("date", d.date.toString(Qt::ISODate));
            json.key("slots");
            json.beginArray();
            for (qint64 s : d.slots)
                json.value(instants.format(s));
            json.endArray();
            json.member("status", dayStatusName(d.status));
            json.endObject();
        }
        json.endArray();
        json.member("key", pa.practitioner.key);
        json.endObject();
    }
    json.endArray();
    json.member("step", usedStep);
    json.member("timezone", QString::fromUtf8(zone.value().id()));
    json.member("to", options.to.toString(Qt::ISODate));
    json.endObject();
    json.flush();
    ctx.timings.mark("json-written");
    return 0;
}

int cmdNextAvailable(Context &ctx)
{
    const auto minutes = ctx.intOption(QStringLiteral("minutes"), 5, 24 * 60, 0);
    const auto limit = ctx.intOption(QStringLiteral("limit"), 1, 1000, 10);
    const auto horizon = ctx.intOption(QStringLiteral("horizon-days"), 1, 366, 90);
    const auto step = ctx.intOption(QStringLiteral("step"), 5, 24 * 60, 0);
    for (const auto *r : {&minutes, &limit, &horizon, &step}) {
        if (!*r)
            return fail(r->error());
    }
    if (!ctx.parser.isSet(QStringLiteral("minutes")))
        return failInput(QStringLiteral("next-available: --minutes is required"));
    const auto zone = ctx.clinicZone();
    if (!zone)
        return fail(zone.error());
    NextAvailableQuery q;
    q.keys = ctx.parser.values(QStringLiteral("practitioner"));
    q.minutes = minutes.value();
    q.limit = limit.value();
    q.horizonDays = horizon.value();
    q.step = step.value();
    const auto after = ctx.parser.isSet(QStringLiteral("after"))
                           ? ctx.instant(QStringLiteral("after"), ctx.parser.value(QStringLiteral("after")))
                           : ctx.now(zone.value());
    if (!after)
        return fail(after.error());
    q.after = after.value();
    const auto dayFrom = ctx.timeOption(QStringLiteral("time-from"));
    const auto dayTo = ctx.timeOption(QStringLiteral("time-to"));
    const auto weekdays = ctx.weekdaysOption();
    if (!dayFrom)
        return fail(dayFrom.error());
    if (!dayTo)
        return fail(dayTo.error());
    if (!weekdays)
        return fail(weekdays.error());
    q.dayFrom = dayFrom.value();
    q.dayTo = dayTo.value();
    q.weekdays = weekdays.value();
    auto found = ctx.pool.runBlocking(Access::StandbyRead, [q](Session &s) { return nextAvailable(s, q); });
    if (!found)
        return fail(found.error());
    QJsonArray slots;
    for (const FoundSlot &s : found.value()) {
        slots.append(QJsonObject{
            {QStringLiteral("practitioner"), s.practitionerKey},
            {QStringLiteral("start"),
             formatInstant(QDateTime::fromMSecsSinceEpoch(s.start, QTimeZone::utc()), zone.value())},
            {QStringLiteral("end"),
             formatInstant(QDateTime::fromMSecsSinceEpoch(s.end, QTimeZone::utc()), zone.value())}});
    }
    printJson({{QStringLiteral("slots"), slots}});
    return 0;
}

int cmdBook(Context &ctx)
{
    BookingRequest b;
    b.practitionerKey = ctx.parser.value(QStringLiteral("practitioner"));
    if (ctx.parser.values(QStringLiteral("practitioner")).size() != 1)
        return failInput(QStringLiteral("book: exactly one --practitioner KEY is required"));
    if (!ctx.parser.isSet(QStringLiteral("start")))
        return failInput(QStringLiteral("book: --start is required"));
    b.patient = ctx.parser.value(QStringLiteral("patient"));
    if (b.patient.trimmed().isEmpty())
        return failInput(QStringLiteral("book: --patient NAME is required"));
    b.phone = ctx.parser.value(QStringLiteral("phone"));
    b.typeKey = ctx.parser.value(QStringLiteral("type"));
    b.overrideRules = ctx.parser.isSet(QStringLiteral("override"));
    const auto minutes = ctx.intOption(QStringLiteral("minutes"), 5, 24 * 60, 0);
    if (!minutes)
        return fail(minutes.error());
    b.minutes = minutes.value();
    if (ctx.parser.isSet(QStringLiteral("request-id"))) {
        b.requestId = QUuid::fromString(ctx.parser.value(QStringLiteral("request-id")));
        if (b.requestId.isNull())
            return failInput(QStringLiteral("--request-id %1: expected a UUID")
                                 .arg(ctx.parser.value(QStringLiteral("request-id"))));
    } else {
        b.requestId = QUuid::createUuid();
    }
    const auto start = ctx.instant(QStringLiteral("start"), ctx.parser.value(QStringLiteral("start")));
    if (!start)
        return fail(start.error());
    b.start = start.value();
    if (ctx.parser.isSet(QStringLiteral("repeat")))
        return bookSeriesCommand(ctx, b);
    const auto zone = ctx.clinicZone();
    const auto now = ctx.clinicNow();
    if (!now)
        return fail(now.error());
    const QDateTime at = now.value();
    auto made = ctx.pool.runOnceBlocking([b, at](Session &s) { return book(s, b, at); },
                                         [id = b.requestId](Session &s) { return findByRequestId(s, id); },
                                         QStringLiteral("book"));
    if (!made)
        return fail(made.error());
    printJson(appointmentJson(made.value(), zone.value()));
    return 0;
}

int cmdCancel(Context &ctx)
{
    const auto id = appointmentId(ctx, QStringLiteral("cancel"));
    const auto expect = expectVersion(ctx);
    if (!id)
        return fail(id.error());
    if (!expect)
        return fail(expect.error());
    const auto zone = ctx.clinicZone();
    if (!zone)
        return fail(zone.error());
    const qint64 appointment = id.value();
    const std::optional<int> version = expect.value();
    auto done = ctx.pool.runOnceBlocking(
        [appointment, version](Session &s) { return cancel(s, appointment, version); },
        [appointment](Session &s) { return findCancelled(s, appointment); }, QStringLiteral("cancel"));
    if (!done)
        return fail(done.error());
    printJson(appointmentJson(done.value(), zone.value()));
    return 0;
}

int cmdReschedule(Context &ctx)
{
    const auto id = appointmentId(ctx, QStringLiteral("reschedule"));
    const auto expect = expectVersion(ctx);
    if (!id)
        return fail(id.error());
    if (!expect)
        return fail(expect.error());
    if (!ctx.parser.isSet(QStringLiteral("start")))
        return failInput(QStringLiteral("reschedule: --start is required"));
    const auto start = ctx.instant(QStringLiteral("start"), ctx.parser.value(QStringLiteral("start")));
    if (!start)
        return fail(start.error());
    const auto zone = ctx.clinicZone();
    const auto now = ctx.clinicNow();
    if (!now)
        return fail(now.error());
    const qint64 appointment = id.value();
    const std::optional<int> version = expect.value();
    const QDateTime newStart = start.value();
    const QDateTime at = now.value();
    const bool overrideRules = ctx.parser.isSet(QStringLiteral("override"));
    auto moved = ctx.pool.runBlocking(
        Access::Write,
        [=](Session &s) { return reschedule(s, appointment, newStart, version, at, overrideRules); },
        QStringLiteral("reschedule"));
    if (!moved)
        return fail(moved.error());
    printJson(appointmentJson(moved.value(), zone.value()));
    return 0;
}

int cmdLoad(Context &ctx)
{
    const auto clients = ctx.intOption(QStringLiteral("clients"), 1, 200, 10);
    const auto seconds = ctx.intOption(QStringLiteral("seconds"), 1, 3600, 10);
    if (!clients)
        return fail(clients.error());
    if (!seconds)
        return fail(seconds.error());
    const auto now = ctx.clinicNow();
    if (!now)
        return fail(now.error());
    LoadOptions o;
    o.clients = clients.value();
    o.seconds = seconds.value();
    o.now = now.value();
    const QJsonObject report = runLoad(ctx.pool, o);
    printJson(report);
    if (report.contains(QStringLiteral("error")))
        return exitCodeFor(ErrorCode::Unreachable);
    return report.value(QStringLiteral("verified")).toBool() ? 0 : exitCodeFor(ErrorCode::Internal);
}

} // namespace caredesk::cli
