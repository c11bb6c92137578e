#pragma once

#include "engine/clinicsetup.h"
#include "engine/clock.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace caredesk {

class ConnectionPool;
class SetupWorkspace;

/// Clinic Setup: loads settings, appointment types and practitioners, and saves the
/// manager's changes through the engine; reloads after each change and on notifications.
class SetupController final : public QObject
{
    Q_OBJECT

public:
    SetupController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock, SetupWorkspace *view,
                    QObject *parent = nullptr);
    void load();

Q_SIGNALS:
    void loaded();
    void changeFinished(bool ok, const QString &message);

private:
    QCoro::Task<> loadAsync();
    QCoro::Task<> hoursAsync(QString key, QString name);
    QCoro::Task<> legacyImportAsync(QString conninfo, QString zone, bool dryRun);
    QCoro::Task<> changeAsync(QString label, std::function<void(Session &)> change, QString success,
                              std::function<void(bool, const QString &)> done = {});

    std::shared_ptr<ConnectionPool> m_pool;
    std::shared_ptr<Clock> m_clock;
    QPointer<SetupWorkspace> m_view;
    int m_generation = 0;
};

} // namespace caredesk
