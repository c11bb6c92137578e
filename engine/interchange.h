#pragma once

#include "clinicdata.h"
#include "error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace caredesk {

class Session;

/// The clinic interchange format's identifier.
inline constexpr const char *kInterchangeFormat = "caredesk-clinic/1";

/// Parses and validates a `caredesk-clinic/1` document completely: types, keys,
/// references, times, overlapping working hours and appointments. Every problem is
/// reported with its JSON path (`practitioners[2].working_hours[0]: end 09:00 is not
/// after start 17:00`), one per line, as an InvalidInput error.
[[nodiscard]] Result<ClinicData> parseInterchange(const QByteArray &json, const QString &source);

/// The document for a clinic; appointment starts carry their UTC offset.
[[nodiscard]] QJsonObject toInterchange(const ClinicData &clinic);

/// An exception as the interchange format writes it (dates, kind, reason, and the
/// window as start_time/end_time when it has one); no practitioner.
[[nodiscard]] QJsonObject exceptionToJson(const ExceptionData &exception);

/// Reads the whole clinic (settings, types, practitioners with hours, closures,
/// exceptions, appointments; not staff). Throws DbException.
[[nodiscard]] ClinicData readClinic(Session &session);

/// Imports in one transaction; refused (InvalidInput) when the database already holds
/// a clinic, unless `replace`. Staff logins are kept and linked to practitioners whose
/// key equals their login. Throws DbException.
void importClinic(Session &session, const ClinicData &clinic, bool replace);

} // namespace caredesk
