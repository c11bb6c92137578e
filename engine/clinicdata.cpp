#include "clinicdata.h"

#include "session.h"
#include "text.h"

#include <QSqlQuery>

namespace caredesk {

void ArrayLiteral::addText(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('"'), QLatin1String("\\\""));
    m_items << QLatin1Char('"') + v + QLatin1Char('"');
}

void ArrayLiteral::addInt(qint64 value)
{
    m_items << QString::number(value);
}

void ArrayLiteral::addOptionalInt(const std::optional<int> &value)
{
    if (value)
        addInt(*value);
    else
        addNull();
}

void ArrayLiteral::addDate(const std::optional<QDate> &value)
{
    if (value && value->isValid())
        m_items << value->toString(Qt::ISODate);
    else
        addNull();
}

void ArrayLiteral::addInstant(const QDateTime &value)
{
    m_items << QLatin1Char('"') + value.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char('"');
}

void ArrayLiteral::addNull()
{
    m_items << QStringLiteral("NULL");
}

QString ArrayLiteral::toString() const
{
    return QLatin1Char('{') + m_items.join(QLatin1Char(',')) + QLatin1Char('}');
}

WorkingInterval workingIntervalFromRow(const QSqlQuery &q, int first)
{
    WorkingInterval w{q.value(first).toInt(), q.value(first + 1).toInt(), q.value(first + 2).toInt(),
                      std::nullopt, std::nullopt};
    if (!q.value(first + 3).isNull())
        w.validFrom = q.value(first + 3).toDate();
    if (!q.value(first + 4).isNull())
        w.validUntil = q.value(first + 4).toDate();
    return w;
}

void exceptionFromRow(const QSqlQuery &q, int first, ExceptionData &out)
{
    out.kind = q.value(first).toString();
    out.startDate = q.value(first + 1).toDate();
    out.endDate = q.value(first + 2).toDate();
    if (!q.value(first + 3).isNull()) {
        out.startMinute = q.value(first + 3).toInt();
        out.endMinute = q.value(first + 4).toInt();
    }
    out.reason = q.value(first + 5).toString();
}

bool clinicHasData(Session &session)
{
    return session
        .scalar(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM practitioners WHERE clinic_id = caredesk_current_clinic())"))
        .toBool();
}

void writeClinic(Session &session, const ClinicData &clinic, bool replace)
{
    const bool withStaff = !clinic.staff.isEmpty();
    if (replace) {
        // Replacing empties the tables: in a chain that would take every clinic's data.
        const int clinics = session.scalar(QStringLiteral("SELECT count(*) FROM clinics")).toInt();
        if (clinics > 1)
            throw DbException(makeError(
                ErrorCode::InvalidInput,
                EngineText::tr("This database holds %1 clinics; replacing would remove every clinic's "
                               "practitioners and appointments, so it is refused")
                    .arg(clinics)));
        session.exec(
            withStaff
                ? QStringLiteral(
                      "TRUNCATE waitlist_entries, appointments, appointment_series, availability_exceptions,"
                      " working_hours, practitioners,"
                      " appointment_types, staff_roles, staff, clinic_office_hours, "
                      "legacy_import_refs RESTART IDENTITY"
                      " CASCADE")
                : QStringLiteral(
                      "TRUNCATE waitlist_entries, appointments, appointment_series, availability_exceptions,"
                      " working_hours, practitioners,"
                      " appointment_types, clinic_office_hours, legacy_import_refs RESTART IDENTITY"
                      " CASCADE"));
    } else if (clinicHasData(session)) {
        throw DbException(
            makeError(ErrorCode::InvalidInput,
                      QStringLiteral("The database already holds a clinic; pass --replace to replace it")));
    }

    session.exec(
        QStringLiteral(
            "UPDATE clinic_settings SET name = ?, timezone = ?, slot_step_minutes = ?, updated_at = now()"),
        {clinic.name, clinic.timeZone, clinic.slotStepMinutes});

    ArrayLiteral typeKeys, typeNames, typeMinutes;
    for (const auto &t : clinic.appointmentTypes) {
        typeKeys.addText(t.key);
        typeNames.addText(t.name);
        typeMinutes.addInt(t.minutes);
    }
    session.exec(
        QStringLiteral("INSERT INTO appointment_types (key, name, minutes)"
                       " SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS int[]))"),
        {typeKeys.toString(), typeNames.toString(), typeMinutes.toString()});

    if (withStaff) {
        ArrayLiteral staffLogins, staffNames;
        ArrayLiteral roleLogins, roleNames;
        for (const auto &s : clinic.staff) {
            staffLogins.addText(s.login);
            staffNames.addText(s.name);
            for (const QString &role : s.roles) {
                roleLogins.addText(s.login);
                roleNames.addText(role);
            }
        }
        session.exec(QStringLiteral("INSERT INTO staff (login, display_name)"
                                    " SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[]))"),
                     {staffLogins.toString(), staffNames.toString()});
        session.exec(
            QStringLiteral(
                "INSERT INTO staff_roles (staff_id, role)"
                " SELECT s.id, u.role FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS u(login, role)"
                " JOIN staff s ON s.login = u.login"),
            {roleLogins.toString(), roleNames.toString()});
    }

    ArrayLiteral pKeys, pNames;
    ArrayLiteral hKeys, hDays, hStarts, hEnds, hFrom, hUntil;
    for (const auto &p : clinic.practitioners) {
        pKeys.addText(p.key);
        pNames.addText(p.name);
        for (const auto &h : p.hours) {
            hKeys.addText(p.key);
            hDays.addInt(h.weekday);
            hStarts.addInt(h.start);
            hEnds.addInt(h.end);
            hFrom.addDate(h.validFrom);
            hUntil.addDate(h.validUntil);
        }
    }
    session.exec(QStringLiteral("INSERT INTO practitioners (key, display_name)"
                                " SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[]))"),
                 {pKeys.toString(), pNames.toString()});
    // Link practitioners to their logins: as the staff data says, or (staff kept)
    // where a login equals the practitioner's key.
    ArrayLiteral linkLogins, linkKeys;
    for (const auto &s : clinic.staff) {
        if (!s.practitionerKey.isEmpty()) {
            linkLogins.addText(s.login);
            linkKeys.addText(s.practitionerKey);
        }
    }
    if (!withStaff) {
        for (const auto &p : clinic.practitioners) {
            linkLogins.addText(p.key);
            linkKeys.addText(p.key);
        }
    }
    session.exec(QStringLiteral("UPDATE practitioners p SET staff_id = s.id"
                                " FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS u(login, key)"
                                " JOIN staff s ON s.login = u.login WHERE p.key = u.key"),
                 {linkLogins.toString(), linkKeys.toString()});
    const auto expectRows = [](const QSqlQuery &q, qsizetype expected, const char *what) {
        if (q.numRowsAffected() != expected) {
            throw DbException(
                makeError(ErrorCode::InvalidInput,
                          QStringLiteral("%1: %2 of %3 rows refer to an unknown practitioner or type")
                              .arg(QString::fromLatin1(what))
                              .arg(expected - q.numRowsAffected())
                              .arg(expected)));
        }
    };
    qsizetype hourCount = 0;
    for (const auto &p : clinic.practitioners)
        hourCount += p.hours.size();
    expectRows(
        session.exec(
            QStringLiteral(
                "INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute, valid_from, "
                "valid_until)"
                " SELECT p.id, u.weekday, u.s, u.e, u.f, u.t"
                " FROM unnest(CAST(? AS text[]), CAST(? AS smallint[]), CAST(? AS int[]), CAST(? AS int[]),"
                "             CAST(? AS date[]), CAST(? AS date[])) AS u(key, weekday, s, e, f, t)"
                " JOIN practitioners p ON p.key = u.key"),
            {hKeys.toString(), hDays.toString(), hStarts.toString(), hEnds.toString(), hFrom.toString(),
             hUntil.toString()}),
        hourCount, "working_hours");

    ArrayLiteral eKeys, eKinds, eStart, eEnd, eFrom, eTo, eReason;
    for (const auto &e : clinic.exceptions) {
        if (e.practitionerKey.isEmpty())
            eKeys.addNull();
        else
            eKeys.addText(e.practitionerKey);
        eKinds.addText(e.kind);
        eStart.addDate(e.startDate);
        eEnd.addDate(e.endDate);
        eFrom.addOptionalInt(e.startMinute);
        eTo.addOptionalInt(e.endMinute);
        eReason.addText(e.reason);
    }
    expectRows(
        session.exec(
            QStringLiteral(
                "INSERT INTO availability_exceptions"
                " (practitioner_id, kind, start_date, end_date, start_minute, end_minute, reason)"
                " SELECT p.id, u.kind, u.sd, u.ed, u.sm, u.em, u.reason"
                " FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS date[]), CAST(? AS date[]),"
                "             CAST(? AS int[]), CAST(? AS int[]), CAST(? AS text[]))"
                "      WITH ORDINALITY AS u(key, kind, sd, ed, sm, em, reason, n)"
                " LEFT JOIN practitioners p ON p.key = u.key"
                " WHERE u.key IS NULL OR p.id IS NOT NULL ORDER BY u.n"),
            {eKeys.toString(), eKinds.toString(), eStart.toString(), eEnd.toString(), eFrom.toString(),
             eTo.toString(), eReason.toString()}),
        clinic.exceptions.size(), "exceptions");

    ArrayLiteral aKeys, aStarts, aMinutes, aPatients, aPhones, aTypes, aStatus;
    for (const auto &a : clinic.appointments) {
        aKeys.addText(a.practitionerKey);
        aStarts.addInstant(a.start);
        aMinutes.addInt(a.minutes);
        aPatients.addText(a.patient);
        aPhones.addText(a.phone);
        if (a.typeKey.isEmpty())
            aTypes.addNull();
        else
            aTypes.addText(a.typeKey);
        aStatus.addText(a.status);
    }
    expectRows(
        session.exec(
            QStringLiteral(
                "INSERT INTO appointments"
                " (practitioner_id, starts_at, ends_at, patient_name, patient_phone, type_id, status)"
                " SELECT p.id, u.st, u.st + make_interval(mins => u.mins), u.patient, u.phone, t.id, u.status"
                " FROM unnest(CAST(? AS text[]), CAST(? AS timestamptz[]), CAST(? AS int[]), CAST(? AS "
                "text[]),"
                "             CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))"
                "      WITH ORDINALITY AS u(key, st, mins, patient, phone, type, status, n)"
                " JOIN practitioners p ON p.key = u.key"
                " LEFT JOIN appointment_types t ON t.key = u.type"
                " WHERE u.type IS NULL OR t.id IS NOT NULL ORDER BY u.n"),
            {aKeys.toString(), aStarts.toString(), aMinutes.toString(), aPatients.toString(),
             aPhones.toString(), aTypes.toString(), aStatus.toString()}),
        clinic.appointments.size(), "appointments");
}

} // namespace caredesk
