#pragma once

#include <QList>
#include <QString>

namespace caredesk {

class Session;

/// One clinic of a chain (schema v9), as the clinic switcher and `caredesk-cli clinics`
/// show it.
/// " AND <alias>.clinic_id = caredesk_current_clinic()": keeps a lookup by id or key
/// inside the session's clinic. Row security already does that for staff logins; this
/// does it for owner and admin connections, which bypass row security.
[[nodiscard]] QString inThisClinic(const char *alias);

struct ClinicInfo
{
    qint64 id = 0;
    QString key;
    QString name;
    QString timeZone;
    int slotStepMinutes = 30;
};

/// The clinics the signed-in person works at — every clinic for chain managers and
/// owner/admin connections — in id order. Throws DbException.
[[nodiscard]] QList<ClinicInfo> listMyClinics(Session &session);

/// The clinic with `key` among listMyClinics(); InvalidInput naming the ones there are
/// when it is not one of them.
[[nodiscard]] ClinicInfo findMyClinic(Session &session, const QString &key);

/// Opens another clinic of the chain (a chain manager or the owner); returns its id.
/// InvalidInput names the field that is wrong; nothing is written then.
qint64 addClinic(Session &session, const ClinicInfo &clinic);

/// Lets the staff member `login` work at the clinic `clinicKey` too (a chain manager or
/// the owner; anyone else is refused by the database).
void addStaffToClinic(Session &session, const QString &login, const QString &clinicKey);

} // namespace caredesk
