#include "availabilitycontroller.h"

#include "change.h"
#include "engine/clinicsetup.h"
#include "engine/pool.h"
#include "ui/availability/availabilityworkspace.h"

#include <QLocale>

namespace caredesk {

AvailabilityController::AvailabilityController(std::shared_ptr<ConnectionPool> pool,
                                               std::shared_ptr<Clock> clock, AvailabilityWorkspace *view,
                                               QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_clock(std::move(clock))
    , m_view(view)
{
    connect(view, &AvailabilityWorkspace::rangeRequested, this,
            [this](const QString &key, const QDate &from, const QDate &to) {
                if (!m_configuring)
                    rangeAsync(key, from, to);
            });
    connect(view, &AvailabilityWorkspace::blockRequested, this,
            [this](const ExceptionData &block) { checkBlockAsync(block); });
    connect(view, &AvailabilityWorkspace::blockConfirmed, this,
            [this](const ExceptionData &block, bool openInBook, const QList<AppointmentSummary> &hits) {
                saveBlockAsync(block, openInBook, hits);
            });
    connect(view, &AvailabilityWorkspace::workThisDayRequested, this, [this](const ExceptionData &w) {
        changeAsync(
            QStringLiteral("availability: work this day"), [w](Session &s) { addException(s, w); },
            tr("You work on %1; front desk can book you that day.")
                .arg(QLocale().toString(w.startDate, QLocale::LongFormat)));
    });
    connect(view, &AvailabilityWorkspace::removeExceptionRequested, this,
            [this](qint64 id, const QString &description) {
                const QString key = m_view ? m_view->practitionerKey() : QString();
                changeAsync(
                    QStringLiteral("availability: remove"),
                    [key, id](Session &s) { deletePractitionerException(s, key, id); },
                    tr("Removed: %1.").arg(description));
            });
    connect(view, &AvailabilityWorkspace::weeklyHoursRequested, this,
            [this](const QString &key) { weeklyHoursAsync(key); });
    connect(view, &AvailabilityWorkspace::weeklyHoursSaveRequested, this,
            [this](const QString &key, const QList<WorkingInterval> &hours, const QDate &from) {
                QPointer<AvailabilityWorkspace> v = m_view;
                changeAsync(QStringLiteral("availability: weekly hours"), weeklyHoursChange(key, hours, from),
                            weeklyHoursSavedMessage(from), [v](bool ok, const QString &message) {
                                if (v)
                                    v->weeklyHoursFinished(ok, message);
                            });
            });
    connect(view, &AvailabilityWorkspace::openInBookRequested, this,
            &AvailabilityController::openInBookRequested);
}

void AvailabilityController::setUser(bool mayOpenAnyone, const QString &ownKey, bool canBook)
{
    m_mayOpenAnyone = mayOpenAnyone;
    m_ownKey = ownKey;
    if (m_view)
        m_view->setCanBook(canBook);
}

void AvailabilityController::load()
{
    loadAsync();
}

void AvailabilityController::refresh()
{
    if (!m_key.isEmpty())
        rangeAsync(m_key, m_from, m_to);
}

QCoro::Task<> AvailabilityController::loadAsync()
{
    QPointer<AvailabilityController> self(this);
    const QDateTime now = m_clock->now();
    struct Setup
    {
        QDate today;
        QList<PractitionerInfo> practitioners;
    };
    QCoro::Task<Result<Setup>> task = m_pool->run(
        Access::Read,
        [now](Session &s) {
            Setup out;
            out.today = clinicToday(s, now);
            out.practitioners = listPractitioners(s, false);
            return out;
        },
        QStringLiteral("availability: setup"));
    Result<Setup> setup = co_await task;
    if (!self || !m_view)
        co_return;
    if (!setup) {
        m_view->showMessage(tr("The practitioners could not be loaded: %1").arg(setup.error().message), true);
        co_return;
    }
    QList<QPair<QString, QString>> choices;
    for (const PractitionerInfo &p : setup.value().practitioners) {
        if (m_mayOpenAnyone || p.key == m_ownKey)
            choices.append({p.key, p.name});
    }
    // Setting up the view asks for ranges as it goes; one load at the end serves them all.
    m_configuring = true;
    m_view->setPractitioners(choices);
    if (!m_ownKey.isEmpty())
        m_view->setPractitioner(m_ownKey);
    if (choices.isEmpty())
        m_view->showMessage(tr("There is no practitioner calendar for you to open."), false);
    m_view->setToday(setup.value().today);
    m_configuring = false;
    const CalendarModel *model = m_view->model();
    rangeAsync(m_view->practitionerKey(), model->firstShown(), model->lastShown());
}

QCoro::Task<> AvailabilityController::rangeAsync(QString key, QDate from, QDate to)
{
    if (key.isEmpty())
        co_return;
    QPointer<AvailabilityController> self(this);
    const int generation = ++m_generation;
    m_key = key;
    m_from = from;
    m_to = to;
    QCoro::Task<Result<PractitionerCalendar>> task = m_pool->run(
        Access::Read, [key, from, to](Session &s) { return loadPractitionerCalendar(s, key, from, to); },
        QStringLiteral("availability: calendar"));
    Result<PractitionerCalendar> calendar = co_await task;
    if (!self || !m_view || generation != m_generation)
        co_return;
    if (!calendar) {
        m_view->showMessage(tr("The calendar could not be loaded: %1").arg(calendar.error().message), true);
        co_return;
    }
    // The view may have moved on while this ran; only a matching range is shown.
    if (m_view->practitionerKey() != key || m_view->model()->firstShown() != from)
        co_return;
    m_view->model()->setCalendar(calendar.value());
    m_view->calendarLoaded();
    Q_EMIT loaded();
}

QCoro::Task<> AvailabilityController::checkBlockAsync(ExceptionData block)
{
    QPointer<AvailabilityController> self(this);
    QCoro::Task<Result<QList<AppointmentSummary>>> task = m_pool->run(
        Access::Read,
        [block](Session &s) {
            validateException(block);
            return appointmentsHitBy(s, block);
        },
        QStringLiteral("availability: check block"));
    Result<QList<AppointmentSummary>> hits = co_await task;
    if (!self || !m_view)
        co_return;
    if (!hits) {
        m_view->blockFinished(false, hits.error().message);
        co_return;
    }
    if (hits.value().isEmpty())
        saveBlockAsync(block, false, {});
    else
        m_view->askAboutHits(block, hits.value());
}

QCoro::Task<> AvailabilityController::saveBlockAsync(ExceptionData block, bool openInBook,
                                                     QList<AppointmentSummary> hits)
{
    QPointer<AvailabilityController> self(this);
    const QLocale locale;
    QString success = block.startDate == block.endDate
                          ? tr("Blocked %1.").arg(locale.toString(block.startDate, QLocale::LongFormat))
                          : tr("Blocked %1 to %2.")
                                .arg(locale.toString(block.startDate, QLocale::ShortFormat),
                                     locale.toString(block.endDate, QLocale::ShortFormat));
    if (!hits.isEmpty() && !openInBook)
        success += QLatin1Char(' ') + tr("%n booked appointment(s) kept and flagged for the front desk.",
                                         nullptr, int(hits.size()));
    QPointer<AvailabilityWorkspace> v = m_view;
    // Built before co_await: GCC 12 mishandles temporaries inside a co_await expression.
    QCoro::Task<bool> change = changeAsync(
        QStringLiteral("availability: block"), [block](Session &s) { addException(s, block); }, success,
        [v](bool ok, const QString &message) {
            if (v)
                v->blockFinished(ok, message);
        });
    const bool saved = co_await change;
    if (self && saved && openInBook && !hits.isEmpty())
        Q_EMIT openInBookRequested(hits.first());
    else if (self && saved && !hits.isEmpty())
        Q_EMIT blockKeptAppointments();
}

QCoro::Task<> AvailabilityController::weeklyHoursAsync(QString key)
{
    QPointer<AvailabilityController> self(this);
    QCoro::Task<Result<WeeklyHoursToday>> task = loadWeeklyHours(m_pool, m_clock, key);
    Result<WeeklyHoursToday> hours = co_await task;
    if (!self || !m_view)
        co_return;
    if (!hours) {
        m_view->showMessage(tr("The weekly hours could not be loaded: %1").arg(hours.error().message), true);
        co_return;
    }
    m_view->openWeeklyHours(hours.value().hours, hours.value().today);
}

QCoro::Task<bool> AvailabilityController::changeAsync(QString label, std::function<void(Session &)> change,
                                                      QString success,
                                                      std::function<void(bool, const QString &)> done)
{
    QPointer<AvailabilityController> self(this);
    QCoro::Task<ChangeOutcome> task = runChange(m_pool, label, std::move(change), success);
    const ChangeOutcome outcome = co_await task;
    if (!self)
        co_return false;
    if (done)
        done(outcome.ok, outcome.message);
    else if (m_view)
        m_view->showMessage(outcome.message, !outcome.ok);
    Q_EMIT changeFinished(outcome.ok, outcome.message);
    refresh();
    co_return outcome.ok;
}

} // namespace caredesk
