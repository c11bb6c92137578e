#include "bulk.h"

#include "clinics.h"
#include "clinicsetup.h"
#include "schedule.h"
#include "text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace caredesk {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw DbException(makeError(ErrorCode::InvalidInput, message));
}

QString intervalsJson(const QList<WorkingInterval> &hours)
{
    QJsonArray out;
    for (const WorkingInterval &w : hours)
        out.append(QJsonObject{{QStringLiteral("weekday"), w.weekday},
                               {QStringLiteral("start"), w.start},
                               {QStringLiteral("end"), w.end}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<WorkingInterval> intervalsFromJson(const QString &text)
{
    QList<WorkingInterval> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        WorkingInterval w;
        w.weekday = o.value(QStringLiteral("weekday")).toInt();
        w.start = o.value(QStringLiteral("start")).toInt();
        w.end = o.value(QStringLiteral("end")).toInt();
        out.append(w);
    }
    return out;
}

/// Weekly intervals as a comparable list (weekday, start, end), ignoring validity.
QList<std::tuple<int, int, int>> shape(const QList<WorkingInterval> &hours)
{
    QList<std::tuple<int, int, int>> out;
    for (const WorkingInterval &w : hours)
        out.append({w.weekday, w.start, w.end});
    std::sort(out.begin(), out.end());
    return out;
}

QStringList copyKinds(CopyKind kind)
{
    return kind == CopyKind::Blocks
               ? QStringList{QStringLiteral("blocked"), QStringLiteral("holiday"), QStringLiteral("vacation")}
               : QStringList{QStringLiteral("work")};
}

/// The exceptions of those kinds ending on or after `from`, by practitioner key; one query.
QHash<QString, QList<ExceptionData>> exceptionsOf(Session &session, const QStringList &keys,
                                                  const QStringList &kinds, const QDate &from)
{
    ArrayLiteral keyArray;
    for (const QString &k : keys)
        keyArray.addText(k);
    QSqlQuery q = session.exec(
        QStringLiteral(
            "SELECT e.kind, e.start_date, e.end_date, e.start_minute, e.end_minute, e.reason, p.key"
            " FROM availability_exceptions e JOIN practitioners p ON p.id = e.practitioner_id"
            " WHERE p.key = ANY (?::text[]) AND e.kind = ANY (string_to_array(?, ',')) AND e.end_date >= ?") +
            inThisClinic("p") + QStringLiteral(" ORDER BY e.start_date, e.id"),
        {keyArray.toString(), kinds.join(QLatin1Char(',')), from});
    QHash<QString, QList<ExceptionData>> out;
    while (q.next()) {
        ExceptionData e;
        exceptionFromRow(q, 0, e);
        e.practitionerKey = q.value(6).toString();
        out[e.practitionerKey].append(e);
    }
    return out;
}

bool sameException(const ExceptionData &a, const ExceptionData &b)
{
    return a.kind == b.kind && a.startDate == b.startDate && a.endDate == b.endDate &&
           a.startMinute == b.startMinute && a.endMinute == b.endMinute && a.reason == b.reason;
}

} // namespace

QHash<QString, QString> practitionerNames(Session &session, const QStringList &keys)
{
    ArrayLiteral keyArray;
    for (const QString &k : keys)
        keyArray.addText(k);
    QSqlQuery q = session.exec(
        QStringLiteral("SELECT p.key, p.display_name FROM practitioners p WHERE p.key = ANY (?::text[])") +
            inThisClinic("p"),
        {keyArray.toString()});
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    for (const QString &k : keys) {
        if (!out.contains(k))
            refuse(EngineText::tr("There is no practitioner \"%1\"").arg(k));
    }
    return out;
}

BulkChange::BulkChange(Session &session, const QString &kind, const QString &summary)
    : m_tx(session)
{
    // Recorded by the server as the signed-in person; the audit trigger files this
    // transaction's entries under it.
    m_id = session.scalar(QStringLiteral("SELECT caredesk_begin_bulk(?, ?)"), {kind, summary.left(1000)})
               .toLongLong();
}

std::optional<BulkChangeInfo> lastBulkChange(Session &session)
{
    QSqlQuery q = session.exec(
        QStringLiteral(
            "SELECT b.id, b.kind, b.summary, b.actor, (extract(epoch FROM b.at) * 1000)::bigint,"
            " (SELECT count(*) FROM caredesk_bulk_entries(b.id))" // the audit log is the managers' to read
            " FROM bulk_operations b WHERE b.kind <> 'undo' AND b.undone_by IS NULL") +
        inThisClinic("b") + QStringLiteral(" ORDER BY b.id DESC LIMIT 1"));
    if (!q.next())
        return std::nullopt;
    BulkChangeInfo info;
    info.id = q.value(0).toLongLong();
    info.kind = q.value(1).toString();
    info.summary = q.value(2).toString();
    info.actor = q.value(3).toString();
    info.at = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
    info.entries = q.value(5).toInt();
    return info;
}

qint64 undoBulkChange(Session &session, qint64 id)
{
    Transaction tx(session);
    const QVariant summary = session.scalar(
        QStringLiteral("SELECT b.summary FROM bulk_operations b WHERE b.id = ?") + inThisClinic("b"), {id});
    if (summary.isNull())
        refuse(EngineText::tr("There is no bulk change %1").arg(id));
    qint64 undo = 0;
    try {
        undo = session
                   .scalar(QStringLiteral("SELECT caredesk_undo_bulk(?, ?)"),
                           {id, EngineText::tr("Undo: %1").arg(summary.toString())})
                   .toLongLong();
    } catch (const DbException &e) {
        Error error = e.error();
        QString why = error.detail.isEmpty() ? error.message : error.detail;
        if (error.sqlState == QLatin1String("40001")) {
            error.code = ErrorCode::StaleVersion;
        } else if (error.sqlState == QLatin1String("22023")) {
            error.code = ErrorCode::InvalidInput;
        } else if (error.sqlState == QLatin1String("23P01") || error.sqlState == QLatin1String("23505")) {
            // Putting a row back would collide with what was booked or saved since.
            error.code = ErrorCode::SlotTaken;
            why = EngineText::tr("a time it would give back has been booked or used since");
        }
        error.message = EngineText::tr("Not undone: %1").arg(why);
        throw DbException(error);
    }
    tx.commit();
    return undo;
}

QList<HoursTemplate> listHoursTemplates(Session &session)
{
    QSqlQuery q = session.exec(QStringLiteral("SELECT id, name, intervals::text FROM hours_templates"
                                              " WHERE clinic_id = caredesk_current_clinic() ORDER BY name"));
    QList<HoursTemplate> out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), q.value(1).toString(), intervalsFromJson(q.value(2).toString())});
    return out;
}

void saveHoursTemplate(Session &session, const QString &name, const QList<WorkingInterval> &hours)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        refuse(EngineText::tr("Give the template a name"));
    if (trimmed.size() > 100)
        refuse(EngineText::tr("A template name has at most 100 characters"));
    if (hours.isEmpty())
        refuse(EngineText::tr("A template needs at least one interval of weekly hours"));
    if (const auto problem = weeklyHoursProblem(hours))
        refuse(*problem);
    Transaction tx(session);
    session.exec(
        QStringLiteral("INSERT INTO hours_templates (name, intervals) VALUES (?, ?::jsonb)"
                       " ON CONFLICT (clinic_id, name) DO UPDATE SET intervals = EXCLUDED.intervals"),
        {trimmed, intervalsJson(hours)});
    tx.commit();
}

void deleteHoursTemplate(Session &session, const QString &name)
{
    Transaction tx(session);
    QSqlQuery q = session.exec(QStringLiteral("DELETE FROM hours_templates WHERE name = ?"
                                              " AND clinic_id = caredesk_current_clinic()"),
                               {name});
    if (q.numRowsAffected() != 1)
        refuse(EngineText::tr("There is no template \"%1\"").arg(name));
    tx.commit();
}

bool HoursChange::changes() const
{
    return shape(before) != shape(after);
}

QList<HoursChange> previewHoursForMany(Session &session, const QList<WorkingInterval> &hours,
                                       const QStringList &practitionerKeys, const QDate &from)
{
    if (practitionerKeys.isEmpty())
        refuse(EngineText::tr("Choose at least one practitioner"));
    if (!from.isValid())
        refuse(EngineText::tr("Say from which date the new hours apply"));
    if (const auto problem = weeklyHoursProblem(hours))
        refuse(*problem);
    Transaction tx(session, Transaction::Kind::Snapshot);
    const QHash<QString, QString> names = practitionerNames(session, practitionerKeys);
    const QHash<QString, QList<WorkingInterval>> before = readWeeklyHoursOf(session, practitionerKeys, from);
    QList<HoursChange> out;
    for (const QString &key : practitionerKeys)
        out.append({key, names.value(key), before.value(key), hours});
    tx.commit();
    return out;
}

qint64 applyHoursToMany(Session &session, const QList<WorkingInterval> &hours,
                        const QStringList &practitionerKeys, const QDate &from, const QString &summary)
{
    if (practitionerKeys.isEmpty())
        refuse(EngineText::tr("Choose at least one practitioner"));
    BulkChange bulk(session, QStringLiteral("apply_hours"), summary);
    for (const QString &key : practitionerKeys)
        setWeeklyHours(session, key, hours, from);
    bulk.commit();
    return bulk.id();
}

QList<ExceptionData> previewCopy(Session &session, const QString &sourceKey, const QStringList &targetKeys,
                                 CopyKind kind, const QDate &from)
{
    if (targetKeys.isEmpty())
        refuse(EngineText::tr("Choose at least one practitioner to copy to"));
    if (targetKeys.contains(sourceKey))
        refuse(EngineText::tr("%1 is where the copy comes from; choose others to copy to").arg(sourceKey));
    const QStringList kinds = copyKinds(kind);
    Transaction tx(session, Transaction::Kind::Snapshot);
    (void)practitionerNames(session, QStringList{sourceKey} + targetKeys);
    const QHash<QString, QList<ExceptionData>> existing =
        exceptionsOf(session, QStringList{sourceKey} + targetKeys, kinds, from);
    const QList<ExceptionData> source = existing.value(sourceKey);
    QList<ExceptionData> out;
    for (const QString &target : targetKeys) {
        const QList<ExceptionData> has = existing.value(target);
        for (ExceptionData e : source) {
            e.practitionerKey = target;
            if (std::none_of(has.cbegin(), has.cend(),
                             [&e](const ExceptionData &h) { return sameException(h, e); }))
                out.append(e);
        }
    }
    tx.commit();
    return out;
}

qint64 copyExceptions(Session &session, const QString &sourceKey, const QStringList &targetKeys,
                      CopyKind kind, const QDate &from)
{
    const QString what =
        kind == CopyKind::Blocks ? EngineText::tr("blocks") : EngineText::tr("closure-day work");
    // The audit log names people, not keys.
    const QHash<QString, QString> names = practitionerNames(session, QStringList{sourceKey} + targetKeys);
    QStringList targets;
    for (const QString &k : targetKeys)
        targets << names.value(k);
    BulkChange bulk(
        session, kind == CopyKind::Blocks ? QStringLiteral("copy_blocks") : QStringLiteral("copy_overrides"),
        EngineText::tr("Copied %1's %2 to %3")
            .arg(names.value(sourceKey), what, targets.join(QStringLiteral(", "))));
    // Planned inside the bulk change's transaction: what is added is what is missing now.
    const QList<ExceptionData> missing = previewCopy(session, sourceKey, targetKeys, kind, from);
    if (missing.isEmpty())
        return 0; // nothing to add: the bulk change rolls back, no empty entry is left
    for (const ExceptionData &e : missing)
        addException(session, e);
    bulk.commit();
    return bulk.id();
}

} // namespace caredesk
