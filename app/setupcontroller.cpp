#include "setupcontroller.h"

#include "change.h"
#include "engine/legacyimport.h"
#include "engine/pool.h"
#include "engine/schedule.h"
#include "engine/schema.h"
#include "engine/staff.h"
#include "ui/setup/setupworkspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

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
    connect(view, &SetupWorkspace::legacyImportRequested, this,
            [this](const QString &conninfo, const QString &zone, bool dryRun) {
                legacyImportAsync(conninfo, zone, dryRun);
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
        QList<WorkingInterval> officeHours;
    };
    QCoro::Task<Result<Setup>> task = m_pool->run(
        Access::Read,
        [](Session &s) {
            return Setup{readClinicSettings(s), listAppointmentTypes(s), listPractitioners(s, true),
                         listStaff(s, true), listOfficeHours(s)};
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
    m_view->setOfficeHours(setup.value().officeHours);
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

QCoro::Task<> SetupController::legacyImportAsync(QString conninfo, QString zone, bool dryRun)
{
    QPointer<SetupController> self(this);
    QPointer<LegacyImportDialog> dialog = m_view ? m_view->legacyImportDialog() : nullptr;
    if (!dialog)
        co_return;
    LegacyImportOptions options;
    options.fromConninfo = conninfo;
    options.sourceLabel = tr("Old database");
    options.zone = QTimeZone(zone.toUtf8());
    options.dryRun = dryRun;
    options.today = m_clock->now().toTimeZone(options.zone).date();
    // Progress: the engine reports each step on the pool's thread; the dialog hears of it
    // on the GUI thread (posted to the application, which outlives both).
    constexpr int kSteps = 5;
    options.afterStep = [dialog, dryRun](Session &, const QString &step) {
        static const QStringList order{QStringLiteral("practitioners"), QStringLiteral("hours"),
                                       QStringLiteral("blocks"), QStringLiteral("appointments")};
        const int done = int(order.indexOf(step)) + 2;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [dialog, done, dryRun] {
                if (!dialog)
                    return;
                const QString text = done < kSteps ? tr("Writing %1 of %2…").arg(done).arg(kSteps)
                                                   : tr("Checking for conflicts and warnings…");
                dialog->setProgress(dryRun ? tr("Preview: %1").arg(text) : text, done, kSteps);
            },
            Qt::QueuedConnection);
    };
    dialog->setProgress(tr("Reading the old system's database…"), 1, kSteps);
    QCoro::Task<Result<LegacyImportReport>> task = m_pool->run(
        Access::Write,
        [options](Session &s) {
            requireCurrentSchema(s);
            return importLegacy(s, options);
        },
        dryRun ? QStringLiteral("setup: legacy import preview") : QStringLiteral("setup: legacy import"));
    Result<LegacyImportReport> report = co_await task;
    if (!self)
        co_return;
    if (dialog) {
        if (report)
            dialog->showReport(report.value());
        else
            dialog->showError(report.error().message);
    }
    if (report && !dryRun) {
        Q_EMIT changeFinished(true, tr("Imported the clinic from the old system."));
        loadAsync();
    }
}

} // namespace caredesk
