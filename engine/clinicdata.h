#pragma once

#include "clinictime.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace caredesk {

class Session;

/// A practitioner's weekly working interval (ISO weekday, wall-clock minutes),
/// in effect from valid_from to valid_until inclusive (open when empty).
struct WorkingInterval
{
    int weekday = 1;
    WallMinutes start = 0;
    WallMinutes end = 0;
    std::optional<QDate> validFrom;
    std::optional<QDate> validUntil;
};

/// An availability exception: clinic-wide when practitionerKey is empty.
/// No window means all day; a window applies on each day of the range.
struct ExceptionData
{
    QString practitionerKey;
    QString kind;
    QDate startDate;
    QDate endDate;
    std::optional<WallMinutes> startMinute;
    std::optional<WallMinutes> endMinute;
    QString reason;
    /// A closure for every clinic of a chain (a national public holiday) rather than
    /// only the clinic the session works in; never for a practitioner's own dates.
    bool chainWide = false;

    [[nodiscard]] bool allDay() const { return !startMinute.has_value(); }
    [[nodiscard]] bool covers(const QDate &d) const { return startDate <= d && d <= endDate; }
};

struct PractitionerData
{
    QString key;
    QString name;
    QList<WorkingInterval> hours;
};

struct AppointmentTypeData
{
    QString key;
    QString name;
    int minutes = 30;
};

struct AppointmentData
{
    QString practitionerKey;
    QDateTime start; ///< an instant
    int minutes = 30;
    QString patient;
    QString phone;
    QString typeKey;
    QString status = QStringLiteral("booked");
};

struct StaffData
{
    QString login;
    QString name;
    QStringList roles;
    QString practitionerKey; ///< the practitioner this login is, if any
};

/// A whole clinic in memory: what the demo generates and the interchange format carries.
struct ClinicData
{
    QString name = QStringLiteral("CareDesk Clinic");
    QString timeZone = QStringLiteral("Australia/Sydney");
    int slotStepMinutes = 30;
    QList<AppointmentTypeData> appointmentTypes;
    QList<PractitionerData> practitioners;
    QList<ExceptionData> exceptions; ///< clinic-wide closures and practitioner exceptions
    QList<AppointmentData> appointments;
    QList<StaffData> staff;
};

/// True when the database already holds clinic data (any practitioner).
[[nodiscard]] bool clinicHasData(Session &session);

/// Writes a whole clinic inside the caller's transaction, with one set-based
/// statement per table. With `replace`, existing clinic data is removed first;
/// without it, a database that already holds a clinic is refused (InvalidInput).
/// Staff are replaced only when `clinic.staff` is not empty (the demo); otherwise the
/// existing logins stay and are linked to practitioners whose key equals the login.
void writeClinic(Session &session, const ClinicData &clinic, bool replace);

/// Reads weekday, start, end, valid_from, valid_until from `q` starting at column `first`.
[[nodiscard]] WorkingInterval workingIntervalFromRow(const QSqlQuery &q, int first);
/// Reads kind, start_date, end_date, start_minute, end_minute, reason from `q` at `first`.
void exceptionFromRow(const QSqlQuery &q, int first, ExceptionData &out);

/// A PostgreSQL array literal (`{"a","b",NULL}`) for binding a column of values.
class ArrayLiteral
{
public:
    void addText(const QString &value);
    void addInt(qint64 value);
    void addOptionalInt(const std::optional<int> &value);
    void addDate(const std::optional<QDate> &value);
    void addInstant(const QDateTime &value);
    void addNull();
    [[nodiscard]] QString toString() const;

private:
    QStringList m_items;
};

} // namespace caredesk
