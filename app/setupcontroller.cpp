#include "setupcontroller.h"

#include "change.h"
#include "engine/pool.h"
#include "engine/schedule.h"
#include "engine/staff.h"
#include "ui/setup/setupworkspace.h"

#include <QLocale>

namespace caredesk {

SetupController::SetupController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                                 SetupWorkspace *view, QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_clock(std::move(clock))
    , m_view(view)
{
    connect(view, &SetupWorkspace::settingsSaveRequested, this, [this](const ClinicSettings &settings) {
        changeAsync(
            QStringLiteral("setup: settings"), [settings](Session &s) { saveClinicSettings(s, settings); },
            tr("Saved the clinic settings."));
    });
    connect(view, &SetupWorkspace::typeSaveRequested, this, [this](const AppointmentTypeData &type) {
        changeAsync(
            QStringLiteral("setup: appointment type"), [type](Session &s) { saveAppointmentType(s, type); },
            tr("Saved the appointment type %1.").arg(type.name));
    });
    connect(view, &SetupWorkspace::practitionerAddRequested, this, [this](const PractitionerInfo &p) {
        changeAsync(
            QStringLiteral("setup: add practitioner"), [p](Session &s) { addPractitioner(s, p); },
            tr("Added %1. Give them weekly hours to make them bookable.").arg(p.name));
    });
    connect(view, &SetupWorkspace::practitionerUpdateRequested, this, [this](const PractitionerInfo &p) {
        changeAsync(
            QStringLiteral("setup: update practitioner"), [p](Session &s) { updatePractitioner(s, p); },
            p.active ? tr("Saved %1.").arg(p.name)
                     : tr("Saved %1: inactive, no longer bookable; booked appointments stay.").arg(p.name));
    });
    connect(view, &SetupWorkspace::weeklyHoursRequested, this,
            [this](const QString &key, const QString &name) { hoursAsync(key, name); });
    connect(view, &SetupWorkspace::weeklyHoursSaveRequested, this,
            [this](const QString &key, const QList<WorkingInterval> &hours, const QDate &from) {
                QPointer<SetupWorkspace> v = m_view;
                changeAsync(QStringLiteral("setup: weekly hours"), weeklyHoursChange(key, hours, from),
                            weeklyHoursSavedMessage(from), [v](bool ok, const QString &message) {
                                if (v)
                                    v->weeklyHoursFinished(ok, message);
                            });
            });

    // Staff (managers): each change is one engine call; the form stays open until it is saved.
    const auto staffDone = [this] {
        QPointer<SetupWorkspace> v = m_view;
        return [v](bool ok, const QString &message) {
            if (v)
                v->staffChangeFinished(ok, message);
        };
    };
    connect(view, &SetupWorkspace::staffAddRequested, this,
            [this, staffDone](const StaffMember &m, const QString &password) {
                changeAsync(
                    QStringLiteral("setup: add staff"),
                    [m, password](Session &s) { addStaff(s, m, password); },
                    tr("Added %1: they sign in as %2.").arg(m.name, m.login), staffDone());
            });
    connect(view, &SetupWorkspace::staffRolesRequested, this,
            [this, staffDone](const QString &login, const QStringList &roles) {
                changeAsync(
                    QStringLiteral("setup: staff roles"),
                    [login, roles](Session &s) { setStaffRoles(s, login, roles); },
                    tr("Saved the roles of %1; they apply from their next sign-in.").arg(login), staffDone());
            });
    connect(view, &SetupWorkspace::staffPasswordRequested, this,
            [this, staffDone](const QString &login, const QString &password) {
                changeAsync(
                    QStringLiteral("setup: staff password"),
                    [login, password](Session &s) { resetStaffPassword(s, login, password); },
                    tr("%1 has a new password and can sign in with it.").arg(login), staffDone());
            });
    connect(view, &SetupWorkspace::staffDisableRequested, this, [this](const QString &login) {
        changeAsync(
            QStringLiteral("setup: disable staff"), [login](Session &s) { disableStaff(s, login); },
            tr("%1 can no longer sign in.").arg(login));
    });
}

void SetupController::load()
{
    loadAsync();
}

QCoro::Task<> SetupController::loadAsync()
{
    QPointer<SetupController> self(this);
    const int generation = ++m_generation;
    struct Setup
    {
        ClinicSettings settings;
        QList<AppointmentTypeData> types;
        QList<PractitionerInfo> practitioners;
        QList<StaffMember> staff;
    };
    QCoro::Task<Result<Setup>> task = m_pool->run(
        Access::Read,
        [](Session &s) {
            return Setup{readClinicSettings(s), listAppointmentTypes(s), listPractitioners(s, true),
                         listStaff(s, true)};
        },
        QStringLiteral("setup: load"));
    Result<Setup> setup = co_await task;
    if (!self || !m_view || generation != m_generation)
        co_return;
    if (!setup) {
        m_view->showMessage(tr("The clinic setup could not be loaded: %1").arg(setup.error().message), true);
        co_return;
    }
    m_view->setSettings(setup.value().settings);
    m_view->setAppointmentTypes(setup.value().types);
    m_view->setPractitioners(setup.value().practitioners);
    m_view->setStaff(setup.value().staff);
    Q_EMIT loaded();
}

QCoro::Task<> SetupController::hoursAsync(QString key, QString name)
{
    QPointer<SetupController> self(this);
    QCoro::Task<Result<WeeklyHoursToday>> task = loadWeeklyHours(m_pool, m_clock, key);
    Result<WeeklyHoursToday> hours = co_await task;
    if (!self || !m_view)
        co_return;
    if (!hours) {
        m_view->showMessage(tr("The weekly hours could not be loaded: %1").arg(hours.error().message), true);
        co_return;
    }
    m_view->openWeeklyHours(key, name, hours.value().hours, hours.value().today);
}

QCoro::Task<> SetupController::changeAsync(QString label, std::function<void(Session &)> change,
                                           QString success, std::function<void(bool, const QString &)> done)
{
    QPointer<SetupController> self(this);
    QCoro::Task<ChangeOutcome> task = runChange(m_pool, label, std::move(change), success);
    const ChangeOutcome outcome = co_await task;
    if (!self)
        co_return;
    if (done)
        done(outcome.ok, outcome.message);
    else if (m_view)
        m_view->showMessage(outcome.message, !outcome.ok);
    Q_EMIT changeFinished(outcome.ok, outcome.message);
    loadAsync();
}

} // namespace caredesk
