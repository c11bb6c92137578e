// caredesk-cli: recurring series (book --repeat, series) and the waitlist. Thin over the
// engine (engine/series.h, engine/waitlist.h).

#include "cli_context.h"
#include "engine/bulk.h"
#include "engine/icalendar.h"
#include "engine/series.h"
#include "engine/waitlist.h"

#include <QJsonArray>

namespace caredesk::cli {

namespace {

QString instantText(const QDateTime &t, const QTimeZone &zone)
{
    return formatInstant(t, zone);
}

Result<QSet<int>> dropOption(const Context &ctx)
{
    QSet<int> out;
    if (!ctx.parser.isSet(QStringLiteral("drop")))
        return out;
    for (const QString &part : ctx.parser.value(QStringLiteral("drop")).split(QLatin1Char(','))) {
        bool ok = false;
        const int i = part.trimmed().toInt(&ok);
        if (!ok || i < 1 || i > kMaxSeriesOccurrences)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--drop %1: expected occurrence numbers 1-%2, e.g. 3,5")
                                 .arg(ctx.parser.value(QStringLiteral("drop")))
                                 .arg(kMaxSeriesOccurrences));
        out.insert(i);
    }
    return out;
}

QJsonObject previewJson(const SeriesPreview &p, const QString &rule)
{
    QJsonArray occurrences;
    for (const SeriesOccurrence &o : p.occurrences) {
        QJsonObject j{
            {QStringLiteral("index"), o.index},
            {QStringLiteral("start"), instantText(o.start, p.zone)},
            {QStringLiteral("end"), instantText(o.end, p.zone)},
            {QStringLiteral("status"), o.past ? QStringLiteral("past") : spanVerdictName(o.verdict)}};
        if (!o.reason.isEmpty())
            j.insert(QStringLiteral("reason"), o.reason);
        if (o.alternative)
            j.insert(QStringLiteral("alternative"), instantText(*o.alternative, p.zone));
        occurrences.append(j);
    }
    return {{QStringLiteral("rule"), rule.trimmed().toUpper()},
            {QStringLiteral("minutes"), p.minutes},
            {QStringLiteral("free"), p.freeCount()},
            {QStringLiteral("occurrences"), occurrences}};
}

QJsonObject seriesJson(const BookedSeries &s, const QTimeZone &zone)
{
    QJsonArray appointments;
    for (const Appointment &a : s.appointments)
        appointments.append(appointmentJson(a, zone));
    return {{QStringLiteral("series"), s.id},
            {QStringLiteral("rule"), s.rrule},
            {QStringLiteral("request_id"), s.requestId},
            {QStringLiteral("appointments"), appointments}};
}

QJsonObject entryJson(const WaitlistEntry &e, const QTimeZone &zone)
{
    QJsonArray weekdays;
    for (int d : e.weekdays)
        weekdays.append(d);
    QJsonObject j{{QStringLiteral("id"), e.id},
                  {QStringLiteral("patient"), e.patient},
                  {QStringLiteral("phone"), e.phone},
                  {QStringLiteral("practitioner"),
                   e.practitionerKey.isEmpty() ? QJsonValue() : QJsonValue(e.practitionerKey)},
                  {QStringLiteral("earliest"), e.earliest.toString(Qt::ISODate)},
                  {QStringLiteral("latest"), e.latest.toString(Qt::ISODate)},
                  {QStringLiteral("weekdays"), weekdays},
                  {QStringLiteral("time_from"), formatWallMinutes(e.dayFrom)},
                  {QStringLiteral("time_to"), formatWallMinutes(e.dayTo)},
                  {QStringLiteral("minutes"), e.minutes},
                  {QStringLiteral("note"), e.note},
                  {QStringLiteral("status"), e.status},
                  {QStringLiteral("created_by"), e.createdBy},
                  {QStringLiteral("created_at"), instantText(e.createdAt, zone)}};
    if (e.appointmentId != 0)
        j.insert(QStringLiteral("appointment"), e.appointmentId);
    return j;
}

Result<qint64> idArgument(const Context &ctx, const QString &command, const QString &what)
{
    bool ok = false;
    const qint64 id = ctx.args.size() == 2 ? ctx.args.at(1).toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: expected one %2 id").arg(command, what));
    return id;
}

} // namespace

int bookSeriesCommand(Context &ctx, const BookingRequest &first)
{
    SeriesRequest r;
    r.practitionerKey = first.practitionerKey;
    r.firstStart = first.start;
    r.rrule = ctx.parser.value(QStringLiteral("repeat"));
    r.minutes = first.minutes;
    r.patient = first.patient;
    r.phone = first.phone;
    r.typeKey = first.typeKey;
    r.requestId = first.requestId;
    if (first.overrideRules)
        return failInput(QStringLiteral("book --repeat: --override books single appointments only"));
    const auto drop = dropOption(ctx);
    if (!drop)
        return fail(drop.error());
    const auto zone = ctx.clinicZone();
    if (!zone)
        return fail(zone.error());
    const auto now = ctx.clinicNow();
    if (!now)
        return fail(now.error());
    const QDateTime at = now.value();
    auto preview = ctx.pool.runBlocking(
        Access::Read, [r, at](Session &s) { return previewSeries(s, r, at); },
        QStringLiteral("series preview"));
    if (!preview)
        return fail(preview.error());
    if (ctx.parser.isSet(QStringLiteral("preview"))) {
        printJson(previewJson(preview.value(), r.rrule));
        return 0;
    }
    const QList<SeriesChoice> choices =
        seriesChoices(preview.value(), ctx.parser.isSet(QStringLiteral("alternatives")), drop.value());
    auto made =
        ctx.pool.runOnceBlocking([r, choices, at](Session &s) { return bookSeries(s, r, choices, at); },
                                 [id = r.requestId](Session &s) { return findSeriesByRequestId(s, id); },
                                 QStringLiteral("book series"));
    if (!made)
        return fail(made.error());
    QJsonObject out = seriesJson(made.value(), zone.value());
    QJsonArray notBooked;
    for (const SeriesOccurrence &o : preview.value().occurrences) {
        const bool booked = std::any_of(choices.cbegin(), choices.cend(),
                                        [&o](const SeriesChoice &c) { return c.index == o.index; });
        if (booked)
            continue;
        QJsonObject j{
            {QStringLiteral("index"), o.index},
            {QStringLiteral("start"), instantText(o.start, zone.value())},
            {QStringLiteral("status"), o.past ? QStringLiteral("past") : spanVerdictName(o.verdict)}};
        if (!o.reason.isEmpty())
            j.insert(QStringLiteral("reason"), o.reason);
        else if (drop.value().contains(o.index))
            j.insert(QStringLiteral("reason"), QStringLiteral("dropped"));
        notBooked.append(j);
    }
    out.insert(QStringLiteral("not_booked"), notBooked);
    printJson(out);
    return 0;
}

int cmdSeries(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    const auto zone = ctx.clinicZone();
    if (sub == QLatin1String("show")) {
        const auto id = idArgument(ctx, QStringLiteral("series show"), QStringLiteral("series"));
        if (!id)
            return fail(id.error());
        if (!zone)
            return fail(zone.error());
        const qint64 series = id.value();
        auto found =
            ctx.pool.runBlocking(Access::Read, [series](Session &s) { return readSeries(s, series); });
        if (!found)
            return fail(found.error());
        printJson(seriesJson(found.value(), zone.value()));
        return 0;
    }
    if (sub == QLatin1String("cancel") || sub == QLatin1String("move")) {
        const auto id = idArgument(ctx, QStringLiteral("series ") + sub, QStringLiteral("appointment"));
        if (!id)
            return fail(id.error());
        const qint64 appointment = id.value();
        Result<SeriesChange> done = makeError(ErrorCode::Internal, QString());
        if (sub == QLatin1String("cancel")) {
            done = ctx.pool.runBlocking(
                Access::Write, [appointment](Session &s) { return cancelSeriesFrom(s, appointment); },
                QStringLiteral("series cancel"));
        } else {
            std::optional<QDateTime> start;
            if (ctx.parser.isSet(QStringLiteral("start"))) {
                const auto t =
                    ctx.instant(QStringLiteral("start"), ctx.parser.value(QStringLiteral("start")));
                if (!t)
                    return fail(t.error());
                start = t.value();
            }
            if (ctx.parser.values(QStringLiteral("practitioner")).size() > 1)
                return failInput(QStringLiteral("series move: at most one --practitioner KEY"));
            const QString key = ctx.parser.value(QStringLiteral("practitioner"));
            const auto now = ctx.clinicNow();
            if (!now)
                return fail(now.error());
            const QDateTime at = now.value();
            done = ctx.pool.runBlocking(
                Access::Write,
                [appointment, key, start, at](Session &s) {
                    return moveSeriesFrom(s, appointment, key, start, at);
                },
                QStringLiteral("series move"));
        }
        if (!done)
            return fail(done.error());
        printJson({{QStringLiteral("bulk_change"), done.value().bulkId},
                   {sub == QLatin1String("cancel") ? QStringLiteral("cancelled") : QStringLiteral("moved"),
                    done.value().changed}});
        return 0;
    }
    return failInput(QStringLiteral("series: expected show SERIES, cancel APPOINTMENT or move APPOINTMENT"));
}

int cmdUndo(Context &ctx)
{
    auto undone = ctx.pool.runBlocking(
        Access::Write,
        [](Session &s) {
            const auto last = lastBulkChange(s);
            if (!last)
                throw DbException(
                    makeError(ErrorCode::NotAllowed, QStringLiteral("There is no change to undo")));
            const qint64 undo = undoBulkChange(s, last->id);
            return QJsonObject{{QStringLiteral("undone"), last->id},
                               {QStringLiteral("summary"), last->summary},
                               {QStringLiteral("undo"), undo}};
        },
        QStringLiteral("undo"));
    if (!undone)
        return fail(undone.error());
    printJson(undone.value());
    return 0;
}

int cmdWaitlist(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    const auto zone = ctx.clinicZone();
    if (!zone)
        return fail(zone.error());
    const auto now = ctx.clinicNow();
    if (!now)
        return fail(now.error());
    const QDateTime at = now.value();
    if (sub == QLatin1String("add")) {
        WaitlistEntry e;
        e.patient = ctx.parser.value(QStringLiteral("patient"));
        e.phone = ctx.parser.value(QStringLiteral("phone"));
        e.note = ctx.parser.value(QStringLiteral("note"));
        if (ctx.parser.values(QStringLiteral("practitioner")).size() > 1)
            return failInput(QStringLiteral("waitlist add: at most one --practitioner KEY (none: any)"));
        e.practitionerKey = ctx.parser.value(QStringLiteral("practitioner"));
        const auto from = ctx.dateOption(QStringLiteral("from"));
        const auto to = ctx.dateOption(QStringLiteral("to"));
        const auto minutes = ctx.intOption(QStringLiteral("minutes"), 5, 480, 0);
        const auto weekdays = ctx.weekdaysOption();
        const auto dayFrom = ctx.timeOption(QStringLiteral("time-from"));
        const auto dayTo = ctx.timeOption(QStringLiteral("time-to"));
        for (const Result<QDate> *r : {&from, &to}) {
            if (!*r)
                return fail(r->error());
        }
        if (!minutes)
            return fail(minutes.error());
        if (minutes.value() == 0)
            return failInput(QStringLiteral("waitlist add: --minutes N is required"));
        if (!weekdays)
            return fail(weekdays.error());
        if (!dayFrom)
            return fail(dayFrom.error());
        if (!dayTo)
            return fail(dayTo.error());
        e.earliest = from.value();
        e.latest = to.value();
        e.minutes = minutes.value();
        e.weekdays = weekdays.value();
        e.dayFrom = dayFrom.value().value_or(0);
        e.dayTo = dayTo.value().value_or(kEndOfDay);
        auto made = ctx.pool.runBlocking(
            Access::Write, [e, at](Session &s) { return addWaitlistEntry(s, e, at); },
            QStringLiteral("waitlist add"));
        if (!made)
            return fail(made.error());
        printJson(entryJson(made.value(), zone.value()));
        return 0;
    }
    if (sub == QLatin1String("list")) {
        auto entries = ctx.pool.runBlocking(
            Access::Read, [](Session &s) { return listWaitlist(s, true); }, QStringLiteral("waitlist"));
        if (!entries)
            return fail(entries.error());
        QJsonArray list;
        for (const WaitlistEntry &e : entries.value())
            list.append(entryJson(e, zone.value()));
        printJson({{QStringLiteral("entries"), list}});
        return 0;
    }
    if (sub == QLatin1String("match")) {
        Result<QList<WaitlistOffer>> offers = QList<WaitlistOffer>();
        if (ctx.parser.isSet(QStringLiteral("appointment"))) {
            bool ok = false;
            const qint64 id = ctx.parser.value(QStringLiteral("appointment")).toLongLong(&ok);
            if (!ok || id <= 0)
                return failInput(QStringLiteral("--appointment %1: expected an appointment id")
                                     .arg(ctx.parser.value(QStringLiteral("appointment"))));
            offers = ctx.pool.runBlocking(
                Access::Read, [id, at](Session &s) { return matchFreedAppointment(s, id, at); },
                QStringLiteral("waitlist match"));
        } else {
            const auto from = ctx.dateOption(QStringLiteral("from"));
            const auto to = ctx.dateOption(QStringLiteral("to"));
            if (!from)
                return fail(from.error());
            if (!to)
                return fail(to.error());
            const QDateTime start = wallClockToInstant(from.value(), 0, zone.value());
            const QDateTime end = wallClockToInstant(to.value(), kEndOfDay, zone.value());
            const QStringList keys = ctx.parser.values(QStringLiteral("practitioner"));
            offers = ctx.pool.runBlocking(
                Access::Read,
                [keys, start, end, at](Session &s) { return matchWaitlist(s, keys, start, end, at); },
                QStringLiteral("waitlist match"));
        }
        if (!offers)
            return fail(offers.error());
        QJsonArray list;
        for (const WaitlistOffer &o : offers.value()) {
            list.append(QJsonObject{{QStringLiteral("entry"), entryJson(o.entry, zone.value())},
                                    {QStringLiteral("practitioner"), o.practitionerKey},
                                    {QStringLiteral("start"), instantText(o.start, zone.value())},
                                    {QStringLiteral("end"), instantText(o.end, zone.value())}});
        }
        printJson({{QStringLiteral("offers"), list}});
        return 0;
    }
    if (sub == QLatin1String("book") || sub == QLatin1String("remove")) {
        const auto id = idArgument(ctx, QStringLiteral("waitlist ") + sub, QStringLiteral("waitlist entry"));
        if (!id)
            return fail(id.error());
        const qint64 entry = id.value();
        if (sub == QLatin1String("remove")) {
            auto removed = ctx.pool.runBlocking(
                Access::Write, [entry](Session &s) { return removeWaitlistEntry(s, entry); },
                QStringLiteral("waitlist remove"));
            if (!removed)
                return fail(removed.error());
            printJson(entryJson(removed.value(), zone.value()));
            return 0;
        }
        if (ctx.parser.values(QStringLiteral("practitioner")).size() != 1)
            return failInput(QStringLiteral("waitlist book: exactly one --practitioner KEY is required"));
        if (!ctx.parser.isSet(QStringLiteral("start")))
            return failInput(QStringLiteral("waitlist book: --start is required"));
        const auto start = ctx.instant(QStringLiteral("start"), ctx.parser.value(QStringLiteral("start")));
        if (!start)
            return fail(start.error());
        QUuid requestId = QUuid::createUuid();
        if (ctx.parser.isSet(QStringLiteral("request-id"))) {
            requestId = QUuid::fromString(ctx.parser.value(QStringLiteral("request-id")));
            if (requestId.isNull())
                return failInput(QStringLiteral("--request-id %1: expected a UUID")
                                     .arg(ctx.parser.value(QStringLiteral("request-id"))));
        }
        const QString key = ctx.parser.value(QStringLiteral("practitioner"));
        const QDateTime when = start.value();
        auto made = ctx.pool.runOnceBlocking(
            [entry, key, when, requestId, at](Session &s) {
                return bookFromWaitlist(s, entry, key, when, requestId, at);
            },
            [requestId](Session &s) { return findByRequestId(s, requestId); },
            QStringLiteral("waitlist book"));
        if (!made)
            return fail(made.error());
        printJson(appointmentJson(made.value(), zone.value()));
        return 0;
    }
    return failInput(QStringLiteral("waitlist: expected add, list, match, book ENTRY or remove ENTRY"));
}

} // namespace caredesk::cli
