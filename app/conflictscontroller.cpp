#include "conflictscontroller.h"

#include "engine/pool.h"
#include "engine/session.h"
#include "ui/conflicts/conflictsdialog.h"

#include <QSaveFile>
#include <QWidget>

namespace caredesk {

namespace {

/// How far ahead the list of appointments to resolve looks.
constexpr int kConflictDays = 365;

} // namespace

ConflictsController::ConflictsController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                                         QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_clock(std::move(clock))
    , m_dialogParent(dialogParent)
{}

ConflictsDialog *ConflictsController::dialog() const
{
    return m_dialog;
}

void ConflictsController::open()
{
    showDialog();
    loadAsync();
}

void ConflictsController::showDialog()
{
    if (!m_dialog) {
        m_dialog = new ConflictsDialog(m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ConflictsDialog::refreshRequested, this, [this] { loadAsync(); });
        connect(m_dialog, &ConflictsDialog::previewRequested, this,
                [this](const QList<AppointmentSummary> &list) { previewAsync(list); });
        connect(m_dialog, &ConflictsDialog::moveRequested, this,
                [this](const MovePlan &plan) { moveAsync(plan); });
        connect(m_dialog, &ConflictsDialog::cancelRequested, this,
                [this](const QList<AppointmentSummary> &list) { cancelAsync(list); });
        connect(m_dialog, &ConflictsDialog::exportRequested, this,
                [this](const QString &path, const MovePlan &plan) { exportAsync(path, plan); });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void ConflictsController::openIfAny()
{
    openIfAnyAsync();
}

QCoro::Task<Result<ConflictsController::Ahead>> ConflictsController::loadAhead() const
{
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<Ahead>> task = m_pool->run(
        Access::Read,
        [now](Session &s) {
            Transaction tx(s, Transaction::Kind::Snapshot);
            Ahead ahead;
            ahead.zone = clinicTimeZone(s);
            const QDate today = now.toTimeZone(ahead.zone).date();
            ahead.conflicts = findConflicts(s, today, today.addDays(kConflictDays));
            tx.commit();
            return ahead;
        },
        QStringLiteral("conflicts: load"));
    Result<Ahead> ahead = co_await task;
    co_return ahead;
}

QCoro::Task<> ConflictsController::openIfAnyAsync()
{
    QPointer<ConflictsController> self(this);
    warningsAsync();
    if (m_dialog) {
        loadAsync();
        co_return;
    }
    // One load: it is what the dialog shows when there is anything to show.
    const int generation = ++m_generation;
    QCoro::Task<Result<Ahead>> task = loadAhead();
    Result<Ahead> ahead = co_await task;
    if (!self || generation != m_generation || !ahead || ahead.value().conflicts.isEmpty())
        co_return;
    showDialog();
    present(ahead.value(), {}, false, false);
}

void ConflictsController::loadWarnings()
{
    warningsAsync();
}

void ConflictsController::refresh()
{
    // Somebody changed something: the list follows quietly, keeping what the person
    // selected and previewed when their rows did not change.
    // A load the person waits for is not overtaken (it would leave the dialog busy);
    // the quiet one follows it.
    if (m_dialog && m_busyGeneration == m_generation)
        m_refreshWaiting = true;
    else if (m_dialog)
        loadAsync({}, false, true);
    warningsAsync();
}

QCoro::Task<> ConflictsController::loadAsync(QString note, bool noteIsError, bool quiet)
{
    QPointer<ConflictsController> self(this);
    const int generation = ++m_generation;
    if (m_dialog && !quiet) {
        m_busyGeneration = generation;
        m_dialog->setBusy(true, note.isEmpty() ? tr("Looking for appointments to resolve…") : note);
    }
    QCoro::Task<Result<Ahead>> task = loadAhead();
    Result<Ahead> ahead = co_await task;
    if (!self || generation != m_generation)
        co_return;
    m_busyGeneration = 0;
    const bool refreshWaiting = std::exchange(m_refreshWaiting, false);
    if (!m_dialog)
        co_return;
    if (!quiet)
        m_dialog->setBusy(false);
    if (!ahead) {
        m_loadFailed = true;
        m_dialog->showMessage(tr("The list could not be loaded: %1").arg(ahead.error().message), true);
    } else {
        present(ahead.value(), note, noteIsError, quiet);
    }
    if (refreshWaiting)
        loadAsync({}, false, true);
}

void ConflictsController::present(const Ahead &ahead, const QString &note, bool noteIsError, bool quiet)
{
    m_zone = ahead.zone;
    m_dialog->setZone(m_zone);
    const bool previewed = !m_dialog->plan().moves.isEmpty();
    const bool changed = m_dialog->setConflicts(ahead.conflicts);
    const bool failedBefore = std::exchange(m_loadFailed, false);
    if (!quiet || failedBefore) // a quiet refresh leaves what was said, but not a stale error
        m_dialog->showMessage(note, noteIsError);
    else if (changed && previewed)
        m_dialog->showMessage(tr("These appointments changed meanwhile, so the preview was dropped: "
                                 "preview the move again."),
                              false);
    Q_EMIT loaded();
}

QCoro::Task<> ConflictsController::warningsAsync()
{
    QPointer<ConflictsController> self(this);
    const int generation = ++m_warningGeneration;
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<QList<AvailabilityWarning>>> task = m_pool->run(
        Access::Read,
        [now](Session &s) {
            Transaction tx(s, Transaction::Kind::Snapshot);
            const QTimeZone zone = clinicTimeZone(s);
            QList<AvailabilityWarning> list = caredesk::loadWarnings(s, now.toTimeZone(zone).date());
            tx.commit();
            return list;
        },
        QStringLiteral("warnings"));
    Result<QList<AvailabilityWarning>> warnings = co_await task;
    if (!self || generation != m_warningGeneration || !warnings)
        co_return; // the strip keeps what it showed; the status bar says when the database is gone
    Q_EMIT warningsLoaded(warnings.value());
}

QCoro::Task<> ConflictsController::previewAsync(QList<AppointmentSummary> appointments)
{
    QPointer<ConflictsController> self(this);
    const QList<AppointmentSummary> listed = m_dialog ? m_dialog->conflicts() : QList<AppointmentSummary>{};
    if (m_dialog)
        m_dialog->setBusy(true, tr("Finding the next free times…"));
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<MovePlan>> task = m_pool->run(
        Access::Read, [appointments, now](Session &s) { return planBulkMove(s, appointments, now); },
        QStringLiteral("conflicts: preview"));
    Result<MovePlan> plan = co_await task;
    if (!self || !m_dialog)
        co_return;
    m_dialog->setBusy(false);
    if (!sameAppointments(listed, m_dialog->conflicts())) {
        m_dialog->showMessage(tr("The list changed meanwhile: preview again."), false);
        co_return;
    }
    if (!plan) {
        finish(false, tr("No preview: %1").arg(plan.error().message), true);
        co_return;
    }
    m_dialog->setPlan(plan.value());
    Q_EMIT actionFinished(true, {});
}

QCoro::Task<> ConflictsController::moveAsync(MovePlan plan)
{
    QPointer<ConflictsController> self(this);
    if (m_dialog)
        m_dialog->setBusy(true, tr("Moving…"));
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<QList<Appointment>>> task = m_pool->run(
        Access::Write, [plan, now](Session &s) { return applyBulkMove(s, plan, now); },
        QStringLiteral("conflicts: move"));
    Result<QList<Appointment>> moved = co_await task;
    if (!self)
        co_return;
    if (!moved) {
        finish(false, moved.error().message, true);
        co_return;
    }
    finish(true,
           tr("Moved %n appointment(s) to the previewed times. Let the patients know.", nullptr,
              int(moved.value().size())),
           true);
}

QCoro::Task<> ConflictsController::cancelAsync(QList<AppointmentSummary> appointments)
{
    QPointer<ConflictsController> self(this);
    if (m_dialog)
        m_dialog->setBusy(true, tr("Cancelling…"));
    QCoro::Task<Result<QList<Appointment>>> task = m_pool->run(
        Access::Write, [appointments](Session &s) { return cancelAppointments(s, appointments); },
        QStringLiteral("conflicts: cancel"));
    Result<QList<Appointment>> cancelled = co_await task;
    if (!self)
        co_return;
    if (!cancelled) {
        finish(false, tr("Nothing was cancelled: %1").arg(cancelled.error().message), true);
        co_return;
    }
    finish(true, tr("Cancelled %n appointment(s).", nullptr, int(cancelled.value().size())), true);
}

QCoro::Task<> ConflictsController::exportAsync(QString path, MovePlan plan)
{
    QPointer<ConflictsController> self(this);
    if (plan.moves.isEmpty() && m_dialog) {
        // Without a preview the list goes out with every proposed time the preview would give.
        const QList<AppointmentSummary> chosen = m_dialog->chosen();
        const QDateTime now = m_clock->now();
        QCoro::Task<Result<MovePlan>> task = m_pool->run(
            Access::Read, [chosen, now](Session &s) { return planBulkMove(s, chosen, now); },
            QStringLiteral("conflicts: export"));
        Result<MovePlan> planned = co_await task;
        if (!self)
            co_return;
        if (!planned) {
            finish(false, tr("Not exported: %1").arg(planned.error().message), false);
            co_return;
        }
        plan = planned.value();
    }
    // All or nothing: a half-written list for phoning is worse than none.
    QSaveFile file(path);
    const QByteArray csv = movePlanCsv(plan, m_zone);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        finish(false, tr("Not exported: %1 could not be written (%2).").arg(path, file.errorString()), false);
        co_return;
    }
    finish(true, tr("Saved %n appointment(s) for phoning to %1.", nullptr, int(plan.moves.size())).arg(path),
           false);
}

void ConflictsController::finish(bool ok, const QString &message, bool reload)
{
    if (m_dialog) {
        m_dialog->setBusy(false);
        m_dialog->showMessage(message, !ok);
        if (reload)
            loadAsync(message, !ok);
    }
    if (reload)
        warningsAsync();
    Q_EMIT actionFinished(ok, message);
}

} // namespace caredesk
