#pragma once

#include "engine/audit.h"
#include "engine/bulk.h"
#include "engine/clock.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QWidget;

namespace caredesk {

class AuditDialog;
class BulkChangesDialog;
class ConnectionPool;

/// Bulk changes, their undo, and the audit log (Tools menu): opens BulkChangesDialog and
/// AuditDialog, previews and applies through the engine (one bulk change each), finds
/// the last bulk change for Undo and undoes it. Apply does exactly the last preview.
class BulkController final : public QObject
{
    Q_OBJECT

public:
    BulkController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock, QWidget *dialogParent,
                   QObject *parent = nullptr);
    ~BulkController() override;

    void openBulkChanges();
    void openAudit();
    /// Finds the last bulk change still standing; undoOffered() (or undoFinished() when
    /// there is none) follows.
    void offerUndo();
    void undo(qint64 id);
    [[nodiscard]] BulkChangesDialog *bulkDialog() const;
    [[nodiscard]] AuditDialog *auditDialog() const;

Q_SIGNALS:
    void undoOffered(const caredesk::BulkChangeInfo &change);
    void undoFinished(bool ok, const QString &message);
    /// A preview or apply finished (for tests and the status bar).
    void bulkFinished(bool ok, const QString &message);
    void auditLoaded();

private:
    QCoro::Task<> loadBulkAsync();
    QCoro::Task<> hoursPreviewAsync(QString source, QStringList keys, QDate from);
    QCoro::Task<> hoursApplyAsync();
    QCoro::Task<> copyPreviewAsync(QString source, QStringList keys, CopyKind kind, QDate from);
    QCoro::Task<> copyApplyAsync();
    QCoro::Task<> templateAsync(QString name, QString practitionerKey, bool remove);
    QCoro::Task<> offerUndoAsync();
    QCoro::Task<> undoAsync(qint64 id);
    QCoro::Task<> auditChoicesAsync();
    QCoro::Task<> auditAsync(AuditFilter filter);
    void report(bool ok, const QString &message);

    struct HoursPlan
    {
        QList<WorkingInterval> hours;
        QStringList keys;
        QDate from;
        QString summary;
    };
    struct CopyPlan
    {
        QString source;
        QStringList keys;
        CopyKind kind = CopyKind::Blocks;
        QDate from;
    };

    std::shared_ptr<ConnectionPool> m_pool;
    std::shared_ptr<Clock> m_clock;
    QPointer<QWidget> m_dialogParent;
    QPointer<BulkChangesDialog> m_bulk;
    QPointer<AuditDialog> m_audit;
    std::optional<HoursPlan> m_hoursPlan;
    std::optional<CopyPlan> m_copyPlan;
    QTimeZone m_zone;
    int m_auditGeneration = 0;
};

} // namespace caredesk
