#include "closurescontroller.h"

#include "diagnostics.h"
#include "engine/availability.h"
#include "engine/closures.h"
#include "engine/pool.h"
#include "engine/schedule.h"
#include "models/closuresmodel.h"
#include "ui/closures/closuresworkspace.h"

namespace caredesk {

ClosuresController::ClosuresController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                                       ClosuresWorkspace *view, QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_clock(std::move(clock))
    , m_view(view)
{
    connect(view, &ClosuresWorkspace::addRequested, this, [this](const ExceptionData &c) { addAsync(c); });
    connect(view, &ClosuresWorkspace::deleteRequested, this,
            [this](qint64 id, const QString &description) { deleteAsync(id, description); });
    connect(view, &ClosuresWorkspace::closureSelected, this,
            [this](qint64 id, const ExceptionData &closure) { insideAsync(id, closure); });
}

void ClosuresController::load()
{
    loadAsync();
}

QCoro::Task<> ClosuresController::loadAsync()
{
    QPointer<ClosuresController> self(this);
    const int generation = ++m_generation;
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<std::pair<QDate, QList<ClosureSummary>>>> task = m_pool->run(
        Access::Read,
        [now](Session &s) {
            const QDate today = now.toTimeZone(QTimeZone(readClinicSettings(s).timeZone.toUtf8())).date();
            return std::pair{today, listClosures(s, today)};
        },
        QStringLiteral("closures: list"));
    auto result = co_await task;
    if (!self || !m_view || generation != m_generation)
        co_return;
    if (!result) {
        m_view->showMessage(tr("The closures could not be loaded: %1").arg(result.error().message), true);
        co_return;
    }
    if (m_view->model()->rowCount() == 0 && generation == 1)
        m_view->setToday(result.value().first);
    m_view->model()->setClosures(result.value().second);
    Q_EMIT loaded();
}

QCoro::Task<> ClosuresController::insideAsync(qint64 id, ExceptionData closure)
{
    QPointer<ClosuresController> self(this);
    const int generation = ++m_insideGeneration;
    using Inside = std::pair<QTimeZone, QList<AppointmentSummary>>;
    QCoro::Task<Result<Inside>> task = m_pool->run(
        Access::Read,
        [closure](Session &s) {
            return Inside{QTimeZone(readClinicSettings(s).timeZone.toUtf8()), appointmentsHitBy(s, closure)};
        },
        QStringLiteral("closures: appointments inside"));
    Result<Inside> inside = co_await task;
    if (!self || !m_view || generation != m_insideGeneration)
        co_return;
    if (!inside) {
        m_view->showMessage(tr("The appointments inside could not be loaded: %1").arg(inside.error().message),
                            true);
        co_return;
    }
    m_view->setClosureAppointments(id, inside.value().second, inside.value().first);
    Q_EMIT insideLoaded();
}

QCoro::Task<> ClosuresController::addAsync(ExceptionData closure)
{
    QPointer<ClosuresController> self(this);
    QCoro::Task<Result<qint64>> task = m_pool->run(
        Access::Write, [closure](Session &s) { return addClosure(s, closure); },
        QStringLiteral("closures: add"));
    Result<qint64> added = co_await task;
    if (!self || !m_view)
        co_return;
    QString message;
    if (added) {
        message = tr("Added: %1.").arg(closure.reason);
        m_view->showMessage(message, false);
        m_view->clearForm();
    } else {
        message = tr("Not added: %1").arg(added.error().message);
        m_view->showMessage(message, true); // the form keeps what was typed
    }
    Q_EMIT changeFinished(added.ok(), message);
    loadAsync();
}

QCoro::Task<> ClosuresController::deleteAsync(qint64 id, QString description)
{
    QPointer<ClosuresController> self(this);
    QCoro::Task<Result<bool>> task = m_pool->run(
        Access::Write,
        [id](Session &s) {
            deleteClosure(s, id);
            return true;
        },
        QStringLiteral("closures: delete"));
    Result<bool> deleted = co_await task;
    if (!self || !m_view)
        co_return;
    const QString message =
        deleted ? tr("Deleted: %1.").arg(description) : tr("Not deleted: %1").arg(deleted.error().message);
    m_view->showMessage(message, !deleted);
    Q_EMIT changeFinished(deleted.ok(), message);
    loadAsync();
}

} // namespace caredesk
