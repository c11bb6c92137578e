#include "capacitycontroller.h"

#include "engine/availability.h"
#include "engine/pool.h"
#include "engine/reports.h"
#include "models/utilisationmodel.h"
#include "ui/capacity/capacityworkspace.h"

#include <QSaveFile>

namespace caredesk {

CapacityController::CapacityController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                                       CapacityWorkspace *view, QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_clock(std::move(clock))
    , m_view(view)
{
    connect(view, &CapacityWorkspace::weeksChanged, this, &CapacityController::load);
    connect(view, &CapacityWorkspace::exportCsvRequested, this, &CapacityController::exportCsv);
    connect(view, &CapacityWorkspace::exportPngRequested, this, &CapacityController::exportPng);
}

void CapacityController::load()
{
    if (m_enabled)
        loadAsync();
}

void CapacityController::setEnabled(bool enabled)
{
    const bool was = m_enabled;
    m_enabled = enabled;
    if (enabled && !was)
        loadAsync();
}

QCoro::Task<> CapacityController::loadAsync()
{
    QPointer<CapacityController> self(this);
    if (!m_view)
        co_return;
    const int generation = ++m_generation;
    const int weeks = m_view->weeks();
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<QList<PractitionerUtilisation>>> task = m_pool->run(
        Access::StandbyRead,
        [now, weeks](Session &s) { return loadUtilisation(s, clinicToday(s, now), weeks); },
        QStringLiteral("capacity: utilisation"));
    Result<QList<PractitionerUtilisation>> result = co_await task;
    if (!self || !m_view || generation != m_generation)
        co_return;
    if (!result) {
        m_failed = true;
        m_view->showMessage(tr("Capacity could not be loaded: %1").arg(result.error().message), true);
        co_return;
    }
    if (m_failed) // a reload that works clears the error it replaces, nothing else said
        m_view->showMessage({}, false);
    m_failed = false;
    m_view->model()->setUtilisation(result.value());
    Q_EMIT loaded();
}

void CapacityController::exportCsv(const QString &path)
{
    if (!m_view)
        return;
    QSaveFile file(path);
    const QByteArray csv = utilisationCsv(m_view->model()->utilisation());
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
    const QString message =
        ok ? tr("Saved %1.").arg(path) : tr("Not saved: %1: %2").arg(path, file.errorString());
    m_view->showMessage(message, !ok);
    Q_EMIT exported(ok, message);
}

void CapacityController::exportPng(const QString &path)
{
    if (!m_view)
        return;
    QSaveFile file(path);
    const bool ok =
        file.open(QIODevice::WriteOnly) && m_view->chartImage().save(&file, "PNG") && file.commit();
    const QString message =
        ok ? tr("Saved %1.").arg(path) : tr("Not saved: %1: %2").arg(path, file.errorString());
    m_view->showMessage(message, !ok);
    Q_EMIT exported(ok, message);
}

} // namespace caredesk
