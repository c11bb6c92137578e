#pragma once

#include "availability.h"
#include "clinicdata.h"

#include <QList>
#include <QString>

namespace caredesk {

class Session;

/// A practitioner as Clinic setup lists them.
struct PractitionerInfo
{
    QString key;
    QString name;
    bool active = true;
};

/// Practitioners by name; inactive ones too when asked. Throws DbException.
/// Throws InvalidInput unless `key` is a key the schema accepts for practitioners,
/// appointment types and clinics; `what` names the kind of key in the message.
void checkKey(const QString &what, const QString &key);

[[nodiscard]] QList<PractitionerInfo> listPractitioners(Session &session, bool includeInactive);
/// Appointment types by length, then key.
[[nodiscard]] QList<AppointmentTypeData> listAppointmentTypes(Session &session);

/// The clinic's office hours (brought across from the old system; information for people,
/// not a rule availability uses), by weekday and start. Throws DbException.
[[nodiscard]] QList<WorkingInterval> listOfficeHours(Session &session);

/// Why these clinic settings cannot be saved (unknown zone, step out of range, no
/// name), or nothing. Pure.
[[nodiscard]] std::optional<QString> clinicSettingsProblem(const ClinicSettings &settings);
/// Saves the clinic's name, zone and slot step; InvalidInput explains a bad field.
void saveClinicSettings(Session &session, const ClinicSettings &settings);

/// Adds an appointment type, or changes the name and minutes of the one with that key.
void saveAppointmentType(Session &session, const AppointmentTypeData &type);

/// Adds a practitioner (no working hours yet); InvalidInput for a bad or taken key.
void addPractitioner(Session &session, const PractitionerInfo &practitioner);
/// Renames a practitioner and (de)activates them; existing appointments stay.
void updatePractitioner(Session &session, const PractitionerInfo &practitioner);

} // namespace caredesk
