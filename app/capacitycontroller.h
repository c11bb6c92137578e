#pragma once

#include "engine/clock.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <memory>

namespace caredesk {

class CapacityWorkspace;
class ConnectionPool;

/// The manager's Capacity workspace: loads utilisation for the coming weeks through
/// the engine (loadUtilisation, the availability rules' own numbers), reloads when
/// bookings, blocks or closures change (AppController's notifications), and exports
/// CSV and PNG.
class CapacityController final : public QObject
{
    Q_OBJECT

public:
    CapacityController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                       CapacityWorkspace *view, QObject *parent = nullptr);
    void load();
    /// Only managers see Capacity: for anyone else it does not reload on every change.
    void setEnabled(bool enabled);

Q_SIGNALS:
    void loaded();
    void exported(bool ok, const QString &message);

private:
    QCoro::Task<> loadAsync();
    void exportCsv(const QString &path);
    void exportPng(const QString &path);

    std::shared_ptr<ConnectionPool> m_pool;
    std::shared_ptr<Clock> m_clock;
    QPointer<CapacityWorkspace> m_view;
    bool m_failed = false; ///< the last load failed and said so
    int m_generation = 0;
    bool m_enabled = true;
};

} // namespace caredesk
