#pragma once

#include "clinicdata.h"
#include "session.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caredesk {

/// A bulk change as the audit log groups it (schema v6): one transaction, one row in
/// bulk_operations, every audit entry it caused filed under it.
struct BulkChangeInfo
{
    qint64 id = 0;
    QString kind; ///< move, cancel, apply_hours, copy_blocks, copy_overrides, undo
    QString summary;
    QString actor;
    QDateTime at;
    int entries = 0; ///< audit entries filed under it (0 for whoever may not undo it)
};

/// RAII for a bulk change: opens a transaction (or a step of the enclosing one), records
/// the bulk change and files every audit entry the transaction causes under it. Like
/// Transaction, it rolls back unless committed.
class BulkChange
{
public:
    BulkChange(Session &session, const QString &kind, const QString &summary);
    Q_DISABLE_COPY_MOVE(BulkChange)
    ~BulkChange() = default;

    [[nodiscard]] qint64 id() const { return m_id; }
    void commit() { m_tx.commit(); }

private:
    Transaction m_tx;
    qint64 m_id = 0;
};

/// The names of these practitioners by key, in one query; InvalidInput names a key that
/// is no practitioner.
[[nodiscard]] QHash<QString, QString> practitionerNames(Session &session, const QStringList &keys);

/// The last bulk change still standing (not undone, not itself an undo), if any.
[[nodiscard]] std::optional<BulkChangeInfo> lastBulkChange(Session &session);
/// Undoes bulk change `id`, which must be the last still standing: every row it changed
/// goes back to what it was, in one transaction (itself a bulk change of kind "undo").
/// Refused when a row was changed again since (StaleVersion), or by row security.
/// Returns the undo's id.
qint64 undoBulkChange(Session &session, qint64 id);

/// Named weekly hours (schema v6), for applying to many practitioners at once.
struct HoursTemplate
{
    qint64 id = 0;
    QString name;
    QList<WorkingInterval> hours;
};

[[nodiscard]] QList<HoursTemplate> listHoursTemplates(Session &session);
/// Saves `hours` under `name` (replacing a template of that name); InvalidInput names
/// what is wrong (empty name, overlapping hours).
void saveHoursTemplate(Session &session, const QString &name, const QList<WorkingInterval> &hours);
void deleteHoursTemplate(Session &session, const QString &name);

/// What new weekly hours would change for one practitioner, from a date on.
struct HoursChange
{
    QString practitionerKey;
    QString practitionerName;
    QList<WorkingInterval> before; ///< in effect on the date
    QList<WorkingInterval> after;
    [[nodiscard]] bool changes() const;
};

/// The preview of giving each practitioner `hours` from `from` on. Reads only.
[[nodiscard]] QList<HoursChange> previewHoursForMany(Session &session, const QList<WorkingInterval> &hours,
                                                     const QStringList &practitionerKeys, const QDate &from);
/// Gives each practitioner `hours` from `from` on (earlier weeks keep theirs): one bulk
/// change. Returns its id.
qint64 applyHoursToMany(Session &session, const QList<WorkingInterval> &hours,
                        const QStringList &practitionerKeys, const QDate &from, const QString &summary);

/// Which of a practitioner's exceptions to copy.
enum class CopyKind
{
    Blocks,   ///< blocked, holiday and vacation
    Overrides ///< `work` (working on a closure day, custom hours)
};

/// The exceptions of `sourceKey` of that kind ending on or after `from` that each target
/// lacks (the same kind, dates, times and reason), as they would be added. Reads only.
[[nodiscard]] QList<ExceptionData> previewCopy(Session &session, const QString &sourceKey,
                                               const QStringList &targetKeys, CopyKind kind,
                                               const QDate &from);
/// Adds what previewCopy() lists, in one bulk change; returns its id (0 when nothing was
/// missing).
qint64 copyExceptions(Session &session, const QString &sourceKey, const QStringList &targetKeys,
                      CopyKind kind, const QDate &from);

} // namespace caredesk
