#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace caredesk {

class Session;

/// One change as the audit log recorded it: who, when, which row, before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< instant (UTC)
    QString actor;
    QString table;     ///< working_hours, availability_exceptions, appointments, …
    QString operation; ///< INSERT, UPDATE, DELETE
    qint64 rowId = 0;
    QString practitionerKey; ///< whose availability or appointment, when the row says
    QString practitionerName;
    QJsonObject before; ///< empty for an insert
    QJsonObject after;  ///< empty for a delete
    QString note;
    qint64 bulkId = 0; ///< the bulk change it belongs to, if any
    QString bulkSummary;
};

/// Which audit entries to show: by person (actor), by practitioner, between two clinic
/// dates (inclusive; invalid: open), newest first, at most `limit`.
struct AuditFilter
{
    QString actor;
    QString practitionerKey;
    QDate from;
    QDate to;
    int limit = 500;
};

/// The entries that match, newest first. Managers only (the database says so otherwise:
/// PermissionDenied). Throws DbException.
[[nodiscard]] QList<AuditEntry> queryAudit(Session &session, const AuditFilter &filter,
                                           const QTimeZone &zone);
/// Everybody who appears in the audit log, by name.
[[nodiscard]] QStringList auditActors(Session &session);

/// One field an entry changed.
struct FieldChange
{
    QString field;
    QString before; ///< empty when the row was inserted
    QString after;  ///< empty when the row was deleted
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

/// What changed, field by field, in the order of the fields' names; bookkeeping fields
/// (created_at, updated_at, created_by, version) are left out. Pure.
[[nodiscard]] QList<FieldChange> auditChanges(const QJsonObject &before, const QJsonObject &after);

/// A few words for a person: "Appointment moved", "Block added", "Weekly hours ended"… Pure.
[[nodiscard]] QString auditWhat(const AuditEntry &entry);

} // namespace caredesk
