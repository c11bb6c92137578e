#pragma once

#include "engine/bulkmove.h"
#include "engine/clock.h"
#include "engine/warnings.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace caredesk {

class ConflictsDialog;
class ConnectionPool;

/// Appointments to resolve and the warnings nobody has to remember: loads the booked
/// appointments the rules no longer allow (`findConflicts`, a year ahead) into the
/// ConflictsDialog and carries out its bulk move (preview, then exactly that), cancel and
/// export; loads the warnings for the strip under the window's header. All SQL on the
/// pool; a newer load drops an older answer.
class ConflictsController final : public QObject
{
    Q_OBJECT

public:
    ConflictsController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                        QWidget *dialogParent, QObject *parent = nullptr);

    /// Shows the dialog (raising it when open) and loads the list.
    void open();
    /// After a closure or block was added, imported or widened: loads the list and shows
    /// it when something is there to resolve (the warnings follow too).
    void openIfAny();
    [[nodiscard]] ConflictsDialog *dialog() const;
    /// Loads the warnings; warningsLoaded() carries them.
    void loadWarnings();
    /// Reloads what is showing (the list when the dialog is open, and the warnings).
    void refresh();

Q_SIGNALS:
    void loaded();
    void warningsLoaded(const QList<caredesk::AvailabilityWarning> &warnings);
    /// A preview, move, cancel or export finished (ok or not), with what the dialog says.
    void actionFinished(bool ok, const QString &message);

private:
    /// Booked appointments the rules no longer allow, a year ahead, and the clinic's zone.
    struct Ahead
    {
        QTimeZone zone;
        QList<AppointmentSummary> conflicts;
    };
    [[nodiscard]] QCoro::Task<Result<Ahead>> loadAhead() const;
    /// Shows the list in the dialog (which must exist).
    void present(const Ahead &ahead, const QString &note, bool noteIsError, bool quiet);
    /// Creates the dialog when needed and brings it up.
    void showDialog();
    /// Loads the list; `note` (what the last action came to) is said while and after.
    /// `quiet` (a refresh after somebody's change): the dialog does not wait for it.
    QCoro::Task<> loadAsync(QString note = {}, bool noteIsError = false, bool quiet = false);
    QCoro::Task<> warningsAsync();
    QCoro::Task<> openIfAnyAsync();
    QCoro::Task<> previewAsync(QList<AppointmentSummary> appointments);
    QCoro::Task<> moveAsync(MovePlan plan);
    QCoro::Task<> cancelAsync(QList<AppointmentSummary> appointments);
    QCoro::Task<> exportAsync(QString path, MovePlan plan);
    void finish(bool ok, const QString &message, bool reload);

    std::shared_ptr<ConnectionPool> m_pool;
    std::shared_ptr<Clock> m_clock;
    QPointer<QWidget> m_dialogParent;
    QPointer<ConflictsDialog> m_dialog;
    QTimeZone m_zone;
    int m_generation = 0;
    int m_busyGeneration = 0;      ///< the load the person waits for (busy shown), if current
    bool m_refreshWaiting = false; ///< a change arrived meanwhile: refresh once it is done
    bool m_loadFailed = false;     ///< the last load failed and said so
    int m_warningGeneration = 0;
};

} // namespace caredesk
