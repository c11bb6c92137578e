#include "bulkcontroller.h"

#include "engine/clinicsetup.h"
#include "engine/pool.h"
#include "engine/schedule.h"
#include "ui/audit/auditdialog.h"
#include "ui/bulk/bulkchangesdialog.h"

#include <QWidget>

namespace caredesk {

BulkController::BulkController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                               QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_clock(std::move(clock))
    , m_dialogParent(dialogParent)
{}

BulkController::~BulkController() = default;

BulkChangesDialog *BulkController::bulkDialog() const
{
    return m_bulk;
}

AuditDialog *BulkController::auditDialog() const
{
    return m_audit;
}

void BulkController::openBulkChanges()
{
    if (!m_bulk) {
        m_bulk = new BulkChangesDialog(m_dialogParent);
        m_bulk->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_bulk, &BulkChangesDialog::hoursPreviewRequested, this,
                [this](const QString &source, const QStringList &keys, const QDate &from) {
                    hoursPreviewAsync(source, keys, from);
                });
        connect(m_bulk, &BulkChangesDialog::hoursApplyRequested, this, [this] { hoursApplyAsync(); });
        connect(m_bulk, &BulkChangesDialog::copyPreviewRequested, this,
                [this](const QString &source, const QStringList &keys, CopyKind kind, const QDate &from) {
                    copyPreviewAsync(source, keys, kind, from);
                });
        connect(m_bulk, &BulkChangesDialog::copyApplyRequested, this, [this] { copyApplyAsync(); });
        connect(m_bulk, &BulkChangesDialog::templateSaveRequested, this,
                [this](const QString &name, const QString &key) { templateAsync(name, key, false); });
        connect(m_bulk, &BulkChangesDialog::templateDeleteRequested, this,
                [this](const QString &name) { templateAsync(name, {}, true); });
        m_hoursPlan.reset();
        m_copyPlan.reset();
    }
    m_bulk->show();
    m_bulk->raise();
    m_bulk->activateWindow();
    loadBulkAsync();
}

QCoro::Task<> BulkController::loadBulkAsync()
{
    QPointer<BulkController> self(this);
    struct Loaded
    {
        QList<PractitionerInfo> practitioners;
        QList<HoursTemplate> templates;
        QDate today;
    };
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<Loaded>> task = m_pool->run(
        Access::Read,
        [now](Session &s) {
            Loaded l;
            l.practitioners = listPractitioners(s, false);
            l.templates = listHoursTemplates(s);
            l.today = clinicToday(s, now);
            return l;
        },
        QStringLiteral("bulk: load"));
    Result<Loaded> loaded = co_await task;
    if (!self || !m_bulk)
        co_return;
    if (!loaded) {
        m_bulk->setResult(false, tr("Could not load the practitioners: %1").arg(loaded.error().message));
        co_return;
    }
    m_bulk->setPractitioners(loaded.value().practitioners);
    m_bulk->setTemplates(loaded.value().templates);
    m_bulk->setToday(loaded.value().today);
}

QCoro::Task<> BulkController::hoursPreviewAsync(QString source, QStringList keys, QDate from)
{
    QPointer<BulkController> self(this);
    m_hoursPlan.reset();
    struct Preview
    {
        QList<HoursChange> changes;
        QList<WorkingInterval> hours;
        QString summary;
    };
    QCoro::Task<Result<Preview>> task = m_pool->run(
        Access::Read,
        [source, keys, from](Session &s) {
            Preview p;
            const QString name = source.mid(2);
            if (source.startsWith(QLatin1String("t:"))) {
                const QList<HoursTemplate> templates = listHoursTemplates(s);
                const auto it = std::find_if(templates.cbegin(), templates.cend(),
                                             [&name](const HoursTemplate &t) { return t.name == name; });
                if (it == templates.cend())
                    throw DbException(
                        makeError(ErrorCode::InvalidInput, tr("There is no template \"%1\"").arg(name)));
                p.hours = it->hours;
                p.summary = tr("Template \"%1\" for %n practitioner(s) from %2", nullptr, int(keys.size()))
                                .arg(name, from.toString(Qt::ISODate));
            } else {
                p.hours = readWeeklyHours(s, name, from);
                p.summary = tr("Weekly hours of %1 for %n practitioner(s) from %2", nullptr, int(keys.size()))
                                .arg(practitionerNames(s, {name}).value(name), from.toString(Qt::ISODate));
            }
            p.changes = previewHoursForMany(s, p.hours, keys, from);
            return p;
        },
        QStringLiteral("bulk: hours preview"));
    Result<Preview> preview = co_await task;
    if (!self || !m_bulk)
        co_return;
    if (!preview) {
        report(false, tr("No preview: %1").arg(preview.error().message));
        co_return;
    }
    QStringList changing;
    for (const HoursChange &c : preview.value().changes) {
        if (c.changes())
            changing << c.practitionerKey;
    }
    m_hoursPlan = HoursPlan{preview.value().hours, changing, from, preview.value().summary};
    m_bulk->setHoursPreview(preview.value().changes, from);
    Q_EMIT bulkFinished(true, {});
}

QCoro::Task<> BulkController::hoursApplyAsync()
{
    QPointer<BulkController> self(this);
    if (!m_hoursPlan)
        co_return;
    const HoursPlan plan = *m_hoursPlan;
    m_hoursPlan.reset();
    QCoro::Task<Result<qint64>> task = m_pool->run(
        Access::Write,
        [plan](Session &s) { return applyHoursToMany(s, plan.hours, plan.keys, plan.from, plan.summary); },
        QStringLiteral("bulk: apply hours"));
    Result<qint64> applied = co_await task;
    if (!self)
        co_return;
    report(applied.ok(), applied
                             ? tr("Done: %1. Tools → Undo Last Bulk Change takes it back.").arg(plan.summary)
                             : tr("Nothing was changed: %1").arg(applied.error().message));
}

QCoro::Task<> BulkController::copyPreviewAsync(QString source, QStringList keys, CopyKind kind, QDate from)
{
    QPointer<BulkController> self(this);
    m_copyPlan.reset();
    QCoro::Task<Result<QList<ExceptionData>>> task = m_pool->run(
        Access::Read,
        [source, keys, kind, from](Session &s) { return previewCopy(s, source, keys, kind, from); },
        QStringLiteral("bulk: copy preview"));
    Result<QList<ExceptionData>> preview = co_await task;
    if (!self || !m_bulk)
        co_return;
    if (!preview) {
        report(false, tr("No preview: %1").arg(preview.error().message));
        co_return;
    }
    m_copyPlan = CopyPlan{source, keys, kind, from};
    m_bulk->setCopyPreview(preview.value());
    Q_EMIT bulkFinished(true, {});
}

QCoro::Task<> BulkController::copyApplyAsync()
{
    QPointer<BulkController> self(this);
    if (!m_copyPlan)
        co_return;
    const CopyPlan plan = *m_copyPlan;
    m_copyPlan.reset();
    QCoro::Task<Result<qint64>> task = m_pool->run(
        Access::Write,
        [plan](Session &s) { return copyExceptions(s, plan.source, plan.keys, plan.kind, plan.from); },
        QStringLiteral("bulk: copy"));
    Result<qint64> copied = co_await task;
    if (!self)
        co_return;
    if (!copied)
        report(false, tr("Nothing was copied: %1").arg(copied.error().message));
    else if (copied.value() == 0)
        report(true, tr("Nothing to copy: the ticked practitioners had all of it by now."));
    else
        report(true, tr("Copied. Tools → Undo Last Bulk Change takes it back."));
}

QCoro::Task<> BulkController::templateAsync(QString name, QString practitionerKey, bool remove)
{
    QPointer<BulkController> self(this);
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<QList<HoursTemplate>>> task = m_pool->run(
        Access::Write,
        [name, practitionerKey, remove, now](Session &s) {
            if (remove) {
                deleteHoursTemplate(s, name);
            } else {
                const QDate today = clinicToday(s, now);
                saveHoursTemplate(s, name, readWeeklyHours(s, practitionerKey, today));
            }
            return listHoursTemplates(s);
        },
        QStringLiteral("bulk: template"));
    Result<QList<HoursTemplate>> templates = co_await task;
    if (!self || !m_bulk)
        co_return;
    if (!templates) {
        report(false, (remove ? tr("Not deleted: %1") : tr("Not saved: %1")).arg(templates.error().message));
        co_return;
    }
    m_bulk->setTemplates(templates.value());
    report(true, remove ? tr("Deleted the template \"%1\".").arg(name)
                        : tr("Saved the template \"%1\".").arg(name));
}

void BulkController::report(bool ok, const QString &message)
{
    if (m_bulk)
        m_bulk->setResult(ok, message);
    Q_EMIT bulkFinished(ok, message);
}

void BulkController::offerUndo()
{
    offerUndoAsync();
}

QCoro::Task<> BulkController::offerUndoAsync()
{
    QPointer<BulkController> self(this);
    QCoro::Task<Result<std::optional<BulkChangeInfo>>> task = m_pool->run(
        Access::Read,
        [](Session &s) {
            std::optional<BulkChangeInfo> last = lastBulkChange(s);
            if (last) // said in the clinic's time, as everything else is
                last->at = last->at.toTimeZone(clinicTimeZone(s));
            return last;
        },
        QStringLiteral("bulk: last"));
    Result<std::optional<BulkChangeInfo>> last = co_await task;
    if (!self)
        co_return;
    if (!last) {
        Q_EMIT undoFinished(false,
                            tr("Could not look for the last bulk change: %1").arg(last.error().message));
        co_return;
    }
    if (!last.value()) {
        Q_EMIT undoFinished(false, tr("There is no bulk change to undo."));
        co_return;
    }
    if (last.value()->entries == 0) {
        // Its entries are only for who made it and managers: the database would refuse.
        Q_EMIT undoFinished(false,
                            tr("The last bulk change, \"%1\", was made by %2: only they or a manager can "
                               "undo it.")
                                .arg(last.value()->summary, last.value()->actor));
        co_return;
    }
    Q_EMIT undoOffered(*last.value());
}

void BulkController::undo(qint64 id)
{
    undoAsync(id);
}

QCoro::Task<> BulkController::undoAsync(qint64 id)
{
    QPointer<BulkController> self(this);
    QCoro::Task<Result<qint64>> task = m_pool->run(
        Access::Write, [id](Session &s) { return undoBulkChange(s, id); }, QStringLiteral("bulk: undo"));
    Result<qint64> undone = co_await task;
    if (!self)
        co_return;
    Q_EMIT undoFinished(undone.ok(),
                        undone ? tr("Undone: every row is back as it was.") : undone.error().message);
}

void BulkController::openAudit()
{
    if (!m_audit) {
        m_audit = new AuditDialog(m_dialogParent);
        m_audit->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_audit, &AuditDialog::filterChanged, this, [this](const AuditFilter &f) { auditAsync(f); });
    }
    m_audit->show();
    m_audit->raise();
    m_audit->activateWindow();
    auditChoicesAsync();
}

QCoro::Task<> BulkController::auditChoicesAsync()
{
    QPointer<BulkController> self(this);
    struct Choices
    {
        QStringList actors;
        QList<PractitionerInfo> practitioners;
        QTimeZone zone;
        QDate today;
    };
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<Choices>> task = m_pool->run(
        Access::Read,
        [now](Session &s) {
            Choices c;
            c.actors = auditActors(s);
            c.practitioners = listPractitioners(s, true);
            c.zone = clinicTimeZone(s);
            c.today = now.toTimeZone(c.zone).date();
            return c;
        },
        QStringLiteral("audit: choices"));
    Result<Choices> choices = co_await task;
    if (!self || !m_audit)
        co_return;
    if (!choices) {
        m_audit->showMessage(tr("The audit log could not be opened: %1").arg(choices.error().message), true);
        co_return;
    }
    m_zone = choices.value().zone;
    m_audit->setZone(m_zone);
    m_audit->setChoices(choices.value().actors, choices.value().practitioners);
    m_audit->setDates(choices.value().today.addDays(-30), choices.value().today);
    auditAsync(m_audit->filter());
}

QCoro::Task<> BulkController::auditAsync(AuditFilter filter)
{
    QPointer<BulkController> self(this);
    const int generation = ++m_auditGeneration;
    const QTimeZone zone = m_zone;
    QCoro::Task<Result<QList<AuditEntry>>> task = m_pool->run(
        Access::Read, [filter, zone](Session &s) { return queryAudit(s, filter, zone); },
        QStringLiteral("audit: entries"));
    Result<QList<AuditEntry>> entries = co_await task;
    if (!self || !m_audit || generation != m_auditGeneration)
        co_return;
    if (!entries) {
        m_audit->showMessage(tr("The audit log could not be read: %1").arg(entries.error().message), true);
        co_return;
    }
    m_audit->setEntries(entries.value(), filter.limit);
    Q_EMIT auditLoaded();
}

} // namespace caredesk
