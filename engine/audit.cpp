#include "audit.h"

#include "availability.h"
#include "clinics.h"
#include "clinictime.h"
#include "session.h"
#include "text.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace caredesk {

namespace {

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

QList<AuditEntry> queryAudit(Session &session, const AuditFilter &filter, const QTimeZone &zone)
{
    ZoneDays days(zone);
    const QVariant noInstant(QMetaType::fromType<qint64>());
    const QVariant from = filter.from.isValid() ? QVariant(days.toInstant(filter.from, 0)) : noInstant;
    const QVariant to = filter.to.isValid() ? QVariant(days.toInstant(filter.to, kEndOfDay)) : noInstant;
    QSqlQuery q = session.exec(
        QStringLiteral(
            "SELECT l.id, (extract(epoch FROM l.at) * 1000)::bigint, l.actor, l.table_name, l.operation,"
            " coalesce(l.row_id, 0), coalesce(p.key, ''), coalesce(p.display_name, ''),"
            " coalesce(l.old_row::text, ''), coalesce(l.new_row::text, ''), coalesce(l.note, ''),"
            " coalesce(l.bulk_id, 0), coalesce(b.summary, '')"
            " FROM audit_log l"
            " LEFT JOIN practitioners p ON p.id = coalesce(l.new_row->>'practitioner_id',"
            "   l.old_row->>'practitioner_id')::bigint"
            " LEFT JOIN bulk_operations b ON b.id = l.bulk_id"
            " WHERE (? = '' OR l.actor = ?) AND (? = '' OR p.key = ?)"
            "  AND (?::bigint IS NULL OR l.at >= to_timestamp(?::bigint / 1000.0))"
            "  AND (?::bigint IS NULL OR l.at < to_timestamp(?::bigint / 1000.0))") +
            inThisClinic("l") + QStringLiteral(" ORDER BY l.id DESC LIMIT ?"),
        {filter.actor, filter.actor, filter.practitionerKey, filter.practitionerKey, from, from, to, to,
         std::clamp(filter.limit, 1, 10000)});
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
        e.actor = q.value(2).toString();
        e.table = q.value(3).toString();
        e.operation = q.value(4).toString();
        e.rowId = q.value(5).toLongLong();
        e.practitionerKey = q.value(6).toString();
        e.practitionerName = q.value(7).toString();
        e.before = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        e.note = q.value(10).toString();
        e.bulkId = q.value(11).toLongLong();
        e.bulkSummary = q.value(12).toString();
        out.append(e);
    }
    return out;
}

QStringList auditActors(Session &session)
{
    QSqlQuery q = session.exec(QStringLiteral("SELECT DISTINCT l.actor FROM audit_log l WHERE true") +
                               inThisClinic("l") + QStringLiteral(" ORDER BY l.actor"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QList<FieldChange> auditChanges(const QJsonObject &before, const QJsonObject &after)
{
    static const QSet<QString> bookkeeping{QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                           QStringLiteral("created_by"), QStringLiteral("version")};
    QStringList fields = before.keys() + after.keys();
    std::sort(fields.begin(), fields.end());
    fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
    QList<FieldChange> out;
    for (const QString &field : fields) {
        if (bookkeeping.contains(field))
            continue;
        const QString was = before.isEmpty() ? QString() : valueText(before.value(field));
        const QString now = after.isEmpty() ? QString() : valueText(after.value(field));
        if (!before.isEmpty() && !after.isEmpty() && was == now)
            continue;
        if (was.isEmpty() && now.isEmpty())
            continue;
        out.append({field, was, now});
    }
    return out;
}

QString auditWhat(const AuditEntry &e)
{
    const bool insert = e.operation == QLatin1String("INSERT");
    const bool remove = e.operation == QLatin1String("DELETE");
    if (e.table == QLatin1String("appointments")) {
        if (insert)
            return EngineText::tr("Appointment booked");
        if (remove)
            return EngineText::tr("Appointment deleted");
        if (e.after.value(QStringLiteral("status")) != e.before.value(QStringLiteral("status")))
            return e.after.value(QStringLiteral("status")).toString() == QLatin1String("cancelled")
                       ? EngineText::tr("Appointment cancelled")
                       : EngineText::tr("Appointment marked %1")
                             .arg(e.after.value(QStringLiteral("status")).toString());
        if (e.after.value(QStringLiteral("starts_at")) != e.before.value(QStringLiteral("starts_at")))
            return EngineText::tr("Appointment moved");
        return EngineText::tr("Appointment changed");
    }
    if (e.table == QLatin1String("availability_exceptions")) {
        const QJsonObject row = remove ? e.before : e.after;
        const bool clinicWide = row.value(QStringLiteral("practitioner_id")).isNull();
        const bool work = row.value(QStringLiteral("kind")).toString() == QLatin1String("work");
        const QString thing = clinicWide
                                  ? EngineText::tr("Closure")
                                  : (work ? EngineText::tr("Closure-day work") : EngineText::tr("Block"));
        if (insert)
            return EngineText::tr("%1 added").arg(thing);
        if (remove)
            return EngineText::tr("%1 removed").arg(thing);
        return EngineText::tr("%1 changed").arg(thing);
    }
    if (e.table == QLatin1String("working_hours")) {
        if (insert)
            return EngineText::tr("Weekly hours added");
        if (remove)
            return EngineText::tr("Weekly hours removed");
        if (e.before.value(QStringLiteral("valid_until")).isNull() &&
            !e.after.value(QStringLiteral("valid_until")).isNull())
            return EngineText::tr("Weekly hours ended");
        return EngineText::tr("Weekly hours changed");
    }
    if (e.table == QLatin1String("hours_templates"))
        return insert ? EngineText::tr("Template saved")
                      : (remove ? EngineText::tr("Template deleted") : EngineText::tr("Template changed"));
    if (e.table == QLatin1String("practitioners"))
        return insert ? EngineText::tr("Practitioner added") : EngineText::tr("Practitioner changed");
    if (e.table == QLatin1String("appointment_types"))
        return insert ? EngineText::tr("Appointment type added") : EngineText::tr("Appointment type changed");
    return EngineText::tr("%1: %2").arg(e.table, e.operation.toLower());
}

} // namespace caredesk
