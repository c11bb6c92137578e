#pragma once

#include "engine/clock.h"
#include "engine/schedule.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace caredesk {

class AvailabilityWorkspace;
class ConnectionPool;

/// My Availability: loads a practitioner's calendar for the range the view shows,
/// checks blocks against booked appointments before saving them, adds and removes
/// blocks and `work` overrides, and edits weekly hours — all through the engine on
/// the pool. Practitioners see their own calendar; managers may open anyone's.
class AvailabilityController final : public QObject
{
    Q_OBJECT

public:
    AvailabilityController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                           AvailabilityWorkspace *view, QObject *parent = nullptr);

    /// Who is signed in: a manager (or nobody, before sign-in) may open every
    /// practitioner; otherwise only `ownKey`.
    void setUser(bool mayOpenAnyone, const QString &ownKey, bool canBook);
    /// Loads the practitioners and today's date, then the calendar.
    void load();
    /// Reloads the shown range (another client changed something).
    void refresh();

Q_SIGNALS:
    void loaded();
    void changeFinished(bool ok, const QString &message);
    /// The user asked to reschedule this appointment in Book.
    void openInBookRequested(const caredesk::AppointmentSummary &appointment);
    /// A block was saved over booked appointments that were kept.
    void blockKeptAppointments();

private:
    QCoro::Task<> loadAsync();
    QCoro::Task<> rangeAsync(QString key, QDate from, QDate to);
    QCoro::Task<> checkBlockAsync(ExceptionData block);
    QCoro::Task<> saveBlockAsync(ExceptionData block, bool openInBook, QList<AppointmentSummary> hits);
    QCoro::Task<> weeklyHoursAsync(QString key);
    /// Runs one change on the pool, shows the outcome and reloads the calendar;
    /// `done` (when given) hears whether it worked and the message.
    QCoro::Task<bool> changeAsync(QString label, std::function<void(Session &)> change, QString success,
                                  std::function<void(bool, const QString &)> done = {});

    std::shared_ptr<ConnectionPool> m_pool;
    std::shared_ptr<Clock> m_clock;
    QPointer<AvailabilityWorkspace> m_view;
    bool m_mayOpenAnyone = true;
    QString m_ownKey;
    QString m_key;
    QDate m_from;
    QDate m_to;
    int m_generation = 0;
    bool m_configuring = false; ///< loadAsync() is setting up the view
};

} // namespace caredesk
