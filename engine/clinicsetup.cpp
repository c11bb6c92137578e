#include "clinicsetup.h"

#include "clinics.h"
#include "session.h"
#include "text.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace caredesk {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw DbException(makeError(ErrorCode::InvalidInput, message));
}

void checkName(const QString &what, const QString &name)
{
    if (name.trimmed().isEmpty())
        refuse(EngineText::tr("%1 needs a name").arg(what));
}

} // namespace

void checkKey(const QString &what, const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,62}$"));
    if (!pattern.match(key).hasMatch())
        refuse(EngineText::tr("%1 key \"%2\": use 1 to 63 lower-case letters, digits, '.', '_' or '-', "
                              "starting with a letter or digit")
                   .arg(what, key));
}

QList<PractitionerInfo> listPractitioners(Session &session, bool includeInactive)
{
    QSqlQuery q = session.exec(QStringLiteral("SELECT key, display_name, active FROM practitioners"
                                              " WHERE (active OR ?) AND clinic_id = caredesk_current_clinic()"
                                              " ORDER BY display_name, key"),
                               {includeInactive});
    QList<PractitionerInfo> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

QList<AppointmentTypeData> listAppointmentTypes(Session &session)
{
    QSqlQuery q = session.exec(
        QStringLiteral("SELECT key, name, minutes FROM appointment_types ORDER BY minutes, key"));
    QList<AppointmentTypeData> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

QList<WorkingInterval> listOfficeHours(Session &session)
{
    QSqlQuery q =
        session.exec(QStringLiteral("SELECT weekday, start_minute, end_minute, valid_from, valid_until"
                                    " FROM clinic_office_hours ORDER BY weekday, start_minute, id"));
    QList<WorkingInterval> out;
    while (q.next())
        out.append(workingIntervalFromRow(q, 0));
    return out;
}

std::optional<QString> clinicSettingsProblem(const ClinicSettings &s)
{
    if (s.name.trimmed().isEmpty())
        return EngineText::tr("The clinic needs a name");
    if (auto problem = timeZoneProblem(s.timeZone))
        return problem;
    if (s.slotStepMinutes < 5 || s.slotStepMinutes > 240)
        return EngineText::tr("The slot step is between 5 and 240 minutes, not %1").arg(s.slotStepMinutes);
    return std::nullopt;
}

void saveClinicSettings(Session &session, const ClinicSettings &s)
{
    if (const auto problem = clinicSettingsProblem(s))
        refuse(*problem);
    Transaction tx(session);
    session.exec(QStringLiteral("UPDATE clinic_settings SET name = ?, timezone = ?, slot_step_minutes = ?,"
                                " updated_at = now()"),
                 {s.name.trimmed(), s.timeZone, s.slotStepMinutes});
    tx.commit();
}

void saveAppointmentType(Session &session, const AppointmentTypeData &type)
{
    checkKey(EngineText::tr("Appointment type"), type.key);
    checkName(EngineText::tr("The appointment type"), type.name);
    if (type.minutes < 5 || type.minutes > 480)
        refuse(EngineText::tr("An appointment lasts 5 to 480 minutes, not %1").arg(type.minutes));
    Transaction tx(session);
    session.exec(
        QStringLiteral("INSERT INTO appointment_types (key, name, minutes) VALUES (?, ?, ?)"
                       " ON CONFLICT (key) DO UPDATE SET name = excluded.name, minutes = excluded.minutes"),
        {type.key, type.name.trimmed(), type.minutes});
    tx.commit();
}

void addPractitioner(Session &session, const PractitionerInfo &p)
{
    checkKey(QStringLiteral("Practitioner"), p.key);
    checkName(EngineText::tr("The practitioner"), p.name);
    Transaction tx(session);
    if (!session.scalar(QStringLiteral("SELECT 1 FROM practitioners WHERE key = ?"), {p.key}).isNull())
        refuse(EngineText::tr("There is already a practitioner with key \"%1\"").arg(p.key));
    session.exec(QStringLiteral("INSERT INTO practitioners (key, display_name, active) VALUES (?, ?, ?)"),
                 {p.key, p.name.trimmed(), p.active});
    tx.commit();
}

void updatePractitioner(Session &session, const PractitionerInfo &p)
{
    checkName(EngineText::tr("The practitioner"), p.name);
    Transaction tx(session);
    QSqlQuery q =
        session.exec(QStringLiteral("UPDATE practitioners SET display_name = ?, active = ? WHERE key = ?") +
                         inThisClinic("practitioners"),
                     {p.name.trimmed(), p.active, p.key});
    if (q.numRowsAffected() != 1)
        refuse(EngineText::tr("There is no practitioner \"%1\"").arg(p.key));
    tx.commit();
}

} // namespace caredesk
