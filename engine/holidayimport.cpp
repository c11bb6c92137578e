#include "holidayimport.h"

#include "feeds.h"
#include "schedule.h"
#include "session.h"
#include "text.h"

#include <QHash>

#include <algorithm>

namespace caredesk {

int ImportPlan::count(ImportChange::Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const ImportChange &c) { return c.kind == kind; }));
}

QSet<QString> allChangeKeys(const ImportPlan &plan)
{
    QSet<QString> keys;
    for (const ImportChange &c : plan.changes)
        keys.insert(c.key());
    return keys;
}

namespace {

struct SavedClosure
{
    qint64 id = 0;
    QString uid;
    qint64 feedId = 0;
    ExceptionData closure;
};

bool sameClosure(const ExceptionData &a, const ExceptionData &b)
{
    return a.startDate == b.startDate && a.endDate == b.endDate && a.startMinute == b.startMinute &&
           a.endMinute == b.endMinute && a.reason == b.reason;
}

QVariant optionalMinute(const std::optional<WallMinutes> &m)
{
    return m ? QVariant(*m) : QVariant(QMetaType::fromType<int>());
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

ImportPlan makePlan(Session &session, const HolidayCalendar &calendar, const ImportScope &scope)
{
    ImportPlan plan;
    plan.calendarName = calendar.name;
    plan.skipped = calendar.skipped;

    QHash<QString, SavedClosure> saved;
    QSqlQuery q = session.exec(QStringLiteral(
        "SELECT id, source_uid, coalesce(source_feed_id, 0), kind, start_date, end_date, start_minute, "
        "end_minute, reason FROM availability_exceptions "
        "WHERE source_uid IS NOT NULL AND practitioner_id IS NULL AND clinic_id = "
        "caredesk_current_clinic()"));
    while (q.next()) {
        SavedClosure s;
        s.id = q.value(0).toLongLong();
        s.uid = q.value(1).toString();
        s.feedId = q.value(2).toLongLong();
        exceptionFromRow(q, 3, s.closure);
        saved.insert(holidayKey(s.uid, s.closure.startDate), s);
    }

    // All-day clinic-wide closures that may already cover an imported day.
    struct Cover
    {
        QString key; ///< its match key when it was imported
        QString uid;
        ExceptionData closure;
    };
    QList<Cover> covers;
    q = session.exec(
        QStringLiteral("SELECT coalesce(source_uid, ''), kind, start_date, end_date, start_minute, "
                       "end_minute, reason FROM availability_exceptions "
                       "WHERE practitioner_id IS NULL AND start_minute IS NULL "
                       "AND (clinic_id IS NULL OR clinic_id = caredesk_current_clinic()) "
                       "AND end_date >= ? AND start_date <= ?"),
        {scope.from, scope.to});
    while (q.next()) {
        Cover c;
        c.uid = q.value(0).toString();
        exceptionFromRow(q, 1, c.closure);
        if (!c.uid.isEmpty())
            c.key = holidayKey(c.uid, c.closure.startDate);
        covers.append(c);
    }

    QHash<QString, QString> declined;
    if (scope.feedId) {
        q = session.exec(QStringLiteral("SELECT source_uid, occurrence_date, declined_by, declined_at::date "
                                        "FROM holiday_feed_declined WHERE feed_id = ?"),
                         {*scope.feedId});
        while (q.next())
            declined.insert(holidayKey(q.value(0).toString(), q.value(1).toDate()),
                            EngineText::tr("%1 declined it on %2")
                                .arg(q.value(2).toString(), q.value(3).toDate().toString(Qt::ISODate)));
    }

    // First what matches a saved closure: unchanged, or changed.
    QSet<QString> inCalendar;
    QSet<QString> changing; ///< saved closures this plan changes or removes
    QList<HolidayOccurrence> fresh;
    for (const HolidayOccurrence &o : calendar.occurrences) {
        inCalendar.insert(o.key());
        try {
            validateException(o.closure);
        } catch (const DbException &e) {
            plan.skipped.append({o.uid, o.closure.reason, o.closure.startDate, e.error().message, true});
            continue;
        }
        const auto it = saved.constFind(o.key());
        if (it == saved.cend()) {
            fresh.append(o);
        } else if (sameClosure(it->closure, o.closure)) {
            plan.present.append(o);
            if (it->feedId == 0)
                plan.unattached.append(it->id);
        } else {
            ImportChange c;
            c.kind = ImportChange::Kind::Update;
            c.uid = o.uid;
            c.closure = o.closure;
            c.before = it->closure;
            c.existingId = it->id;
            plan.changes.append(c);
            changing.insert(o.key());
        }
    }

    // A feed's holidays it no longer lists; not the ones it lists but could not be read.
    if (scope.feedId) {
        QSet<QString> unreadable;
        for (const SkippedEvent &e : calendar.skipped) {
            if (e.unreadable)
                unreadable.insert(e.uid);
        }
        for (const SavedClosure &s : std::as_const(saved)) {
            const QString key = holidayKey(s.uid, s.closure.startDate);
            if (s.feedId != *scope.feedId || s.closure.startDate < scope.from ||
                s.closure.startDate > scope.to || inCalendar.contains(key) || unreadable.contains(s.uid))
                continue;
            ImportChange c;
            c.kind = ImportChange::Kind::Remove;
            c.uid = s.uid;
            c.closure = s.closure;
            c.existingId = s.id;
            plan.changes.append(c);
            changing.insert(key);
        }
    }

    // Then what is new, unless a closure that stays already closes the clinic then or
    // the manager declined it.
    for (const HolidayOccurrence &o : std::as_const(fresh)) {
        const auto cover = std::find_if(covers.cbegin(), covers.cend(), [&o, &changing](const Cover &c) {
            return c.uid != o.uid && !changing.contains(c.key) &&
                   c.closure.startDate <= o.closure.startDate && o.closure.endDate <= c.closure.endDate;
        });
        if (cover != covers.cend()) {
            plan.skipped.append({o.uid, o.closure.reason, o.closure.startDate,
                                 EngineText::tr("the clinic is already closed all day then (\"%1\")")
                                     .arg(cover->closure.reason),
                                 false});
            continue;
        }
        if (const auto d = declined.constFind(o.key()); d != declined.cend()) {
            plan.skipped.append({o.uid, o.closure.reason, o.closure.startDate, *d, false});
            continue;
        }
        ImportChange c;
        c.kind = ImportChange::Kind::Create;
        c.uid = o.uid;
        c.closure = o.closure;
        plan.changes.append(c);
    }
    std::stable_sort(plan.changes.begin(), plan.changes.end(),
                     [](const ImportChange &a, const ImportChange &b) {
                         return std::tie(a.closure.startDate, a.closure.startMinute, a.uid) <
                                std::tie(b.closure.startDate, b.closure.startMinute, b.uid);
                     });
    return plan;
}

} // namespace

ImportPlan planImport(Session &session, const HolidayCalendar &calendar, const ImportScope &scope)
{
    Transaction tx(session, Transaction::Kind::Snapshot);
    ImportPlan plan = makePlan(session, calendar, scope);
    tx.commit();
    return plan;
}

namespace {

ImportOutcome applyInTransaction(Session &session, const HolidayCalendar &calendar, const ImportScope &scope,
                                 const QSet<QString> &chosen, const QSet<QString> &offered)
{
    // Imports wait for each other, so the second of two simultaneous imports of one
    // feed plans against the first one's closures.
    session.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('caredesk.holiday_import'))"));
    ImportOutcome outcome;
    outcome.plan = makePlan(session, calendar, scope);
    for (const ImportChange &c : std::as_const(outcome.plan.changes)) {
        if (!chosen.contains(c.key())) {
            if (scope.feedId && c.kind == ImportChange::Kind::Create && offered.contains(c.key())) {
                session.exec(
                    QStringLiteral("INSERT INTO holiday_feed_declined (feed_id, source_uid, occurrence_date)"
                                   " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                    {*scope.feedId, c.uid, c.closure.startDate});
                outcome.declined.append(c);
            }
            continue;
        }
        switch (c.kind) {
        case ImportChange::Kind::Create:
            session.exec(
                QStringLiteral("INSERT INTO availability_exceptions (practitioner_id, kind, start_date, "
                               "end_date, start_minute, end_minute, reason, source_uid, source_feed_id)"
                               " VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {c.closure.kind, c.closure.startDate, c.closure.endDate,
                 optionalMinute(c.closure.startMinute), optionalMinute(c.closure.endMinute), c.closure.reason,
                 c.uid, optionalId(scope.feedId)});
            break;
        case ImportChange::Kind::Update:
            session.exec(
                QStringLiteral("UPDATE availability_exceptions SET end_date = ?, start_minute = ?, "
                               "end_minute = ?, reason = ?, source_feed_id = coalesce(?, source_feed_id) "
                               "WHERE id = ?"),
                {c.closure.endDate, optionalMinute(c.closure.startMinute),
                 optionalMinute(c.closure.endMinute), c.closure.reason, optionalId(scope.feedId),
                 c.existingId});
            break;
        case ImportChange::Kind::Remove:
            session.exec(QStringLiteral("DELETE FROM availability_exceptions WHERE id = ?"), {c.existingId});
            break;
        }
        outcome.applied.append(c);
    }
    if (scope.feedId) {
        for (const qint64 id : std::as_const(outcome.plan.unattached))
            session.exec(QStringLiteral("UPDATE availability_exceptions SET source_feed_id = ? "
                                        "WHERE id = ? AND source_feed_id IS NULL"),
                         {*scope.feedId, id});
    }
    return outcome;
}

} // namespace

ImportOutcome applyImport(Session &session, const HolidayCalendar &calendar, const ImportScope &scope,
                          const QSet<QString> &chosen, const QSet<QString> &offered)
{
    Transaction tx(session);
    ImportOutcome outcome = applyInTransaction(session, calendar, scope, chosen, offered);
    tx.commit();
    return outcome;
}

ImportOutcome subscribeAndImport(Session &session, const HolidayCalendar &calendar, ImportScope scope,
                                 const QString &url, const QString &name, const QSet<QString> &chosen,
                                 const QSet<QString> &offered)
{
    Transaction tx(session);
    scope.feedId = saveFeed(session, url, name);
    ImportOutcome outcome = applyInTransaction(session, calendar, scope, chosen, offered);
    outcome.feedId = scope.feedId;
    tx.commit();
    return outcome;
}

} // namespace caredesk
