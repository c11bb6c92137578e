#include "clinics.h"

#include "clinicsetup.h"
#include "error.h"
#include "session.h"
#include "text.h"

#include <QStringList>
#include <QTimeZone>

namespace caredesk {

namespace {

[[noreturn]] void refuseClinic(const QString &message)
{
    throw DbException(makeError(ErrorCode::InvalidInput, message));
}

} // namespace

QString inThisClinic(const char *alias)
{
    return QStringLiteral(" AND %1.clinic_id = caredesk_current_clinic()").arg(QLatin1String(alias));
}

QList<ClinicInfo> listMyClinics(Session &session)
{
    QSqlQuery q = session.exec(QStringLiteral("SELECT id, key, name, timezone, slot_step_minutes FROM clinics"
                                              " WHERE id = ANY (caredesk_my_clinic_ids()) ORDER BY id"));
    QList<ClinicInfo> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt()});
    return out;
}

ClinicInfo findMyClinic(Session &session, const QString &key)
{
    const QList<ClinicInfo> mine = listMyClinics(session);
    QStringList keys;
    for (const ClinicInfo &c : mine) {
        if (c.key == key)
            return c;
        keys << c.key;
    }
    refuseClinic(EngineText::tr("There is no clinic \"%1\" among yours (%2)")
                     .arg(key, keys.isEmpty() ? EngineText::tr("none") : keys.join(QStringLiteral(", "))));
}

qint64 addClinic(Session &session, const ClinicInfo &clinic)
{
    checkKey(EngineText::tr("Clinic"), clinic.key);
    if (clinic.name.trimmed().isEmpty() || clinic.name.size() > 200)
        refuseClinic(EngineText::tr("The clinic needs a name of up to 200 characters"));
    if (!QTimeZone::isTimeZoneIdAvailable(clinic.timeZone.toUtf8()))
        refuseClinic(EngineText::tr("Unknown time zone \"%1\" (use a name like Australia/Perth)")
                         .arg(clinic.timeZone));
    if (clinic.slotStepMinutes < 5 || clinic.slotStepMinutes > 240)
        refuseClinic(EngineText::tr("The slot step is 5 to 240 minutes"));
    Transaction tx(session);
    if (!session.scalar(QStringLiteral("SELECT 1 FROM clinics WHERE key = ?"), {clinic.key}).isNull())
        refuseClinic(EngineText::tr("There is a clinic \"%1\" already").arg(clinic.key));
    const qint64 id =
        session
            .scalar(QStringLiteral("INSERT INTO clinics (key, name, timezone, slot_step_minutes)"
                                   " VALUES (?, ?, ?, ?) RETURNING id"),
                    {clinic.key, clinic.name.trimmed(), clinic.timeZone, clinic.slotStepMinutes})
            .toLongLong();
    tx.commit();
    return id;
}

void addStaffToClinic(Session &session, const QString &login, const QString &clinicKey)
{
    Transaction tx(session);
    const ClinicInfo clinic = findMyClinic(session, clinicKey);
    const QVariant staffId = session.scalar(QStringLiteral("SELECT id FROM staff WHERE login = ?"), {login});
    if (staffId.isNull())
        refuseClinic(EngineText::tr("There is no staff member \"%1\"").arg(login));
    session.exec(QStringLiteral(
                     "INSERT INTO staff_clinics (staff_id, clinic_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                 {staffId, clinic.id});
    tx.commit();
}

} // namespace caredesk
