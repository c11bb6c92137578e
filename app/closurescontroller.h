#pragma once

#include "engine/clinicdata.h"
#include "engine/clock.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <memory>

namespace caredesk {

class ClosuresWorkspace;
class ConnectionPool;

/// The manager's Clinic Closures: lists, adds and deletes clinic-wide closures through
/// the engine; the list reloads after every change and on notifications.
class ClosuresController final : public QObject
{
    Q_OBJECT

public:
    ClosuresController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                       ClosuresWorkspace *view, QObject *parent = nullptr);
    void load();

Q_SIGNALS:
    void loaded();
    void changeFinished(bool ok, const QString &message);
    void insideLoaded();

private:
    QCoro::Task<> loadAsync();
    QCoro::Task<> addAsync(ExceptionData closure);
    QCoro::Task<> insideAsync(qint64 id, ExceptionData closure);
    QCoro::Task<> deleteAsync(qint64 id, QString description);

    std::shared_ptr<ConnectionPool> m_pool;
    std::shared_ptr<Clock> m_clock;
    QPointer<ClosuresWorkspace> m_view;
    int m_generation = 0;
    int m_insideGeneration = 0;
};

} // namespace caredesk
