#include "legacyimport.h"

#include "clinictime.h"
#include "connectiontarget.h"
#include "schedule.h"
#include "session.h"
#include "text.h"
#include "warnings.h"

#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <libpq-fe.h>
#include <memory>
#include <tuple>

namespace caredesk {

namespace {

const QString kUsers = QStringLiteral("users");
const QString kPatterns = QStringLiteral("availability_patterns");
const QString kExceptions = QStringLiteral("availability_exceptions");
const QString kAppointments = QStringLiteral("appointments");
const QString kPatients = QStringLiteral("patients");

constexpr int kMaxKeyLength = 63;
/// Longer than a day is no appointment: most likely a mistyped date, which would also
/// hide every later booking of that practitioner behind an "overlap".
constexpr qint64 kMaxAppointmentSeconds = 24 * 3600;

WallMinutes minutesOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

/// A practitioner key from an old username: lower case, [a-z0-9_.-], starting with a
/// letter or digit, at most 63 characters; unique among `used`: a taken key gets the old
/// id, then a counter, until it is free (bob, bob-7 and Bob with id 7).
QString practitionerKey(const LegacyUser &user, const QSet<QString> &used)
{
    QString base;
    for (const QChar c : user.username.trimmed().toLower()) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                           c == QLatin1Char('.') || c == QLatin1Char('-');
        base += plain ? c : QLatin1Char('-');
    }
    while (!base.isEmpty() && !base.front().isLetterOrNumber())
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("user");
    QString key = base.left(kMaxKeyLength);
    for (int n = 0; used.contains(key); ++n) {
        const QString suffix =
            n == 0 ? QStringLiteral("-%1").arg(user.id) : QStringLiteral("-%1-%2").arg(user.id).arg(n);
        key = base.left(kMaxKeyLength - suffix.size()) + suffix;
    }
    return key;
}

QString displayName(const LegacyUser &user)
{
    const QString name = QStringList{user.firstName.trimmed(), user.lastName.trimmed()}
                             .filter(QRegularExpression(QStringLiteral("\\S")))
                             .join(QLatin1Char(' '));
    if (!name.isEmpty())
        return name;
    if (!user.username.trimmed().isEmpty())
        return user.username.trimmed();
    return EngineText::tr("User %1").arg(user.id);
}

bool rangesOverlap(const std::optional<QDate> &aFrom, const std::optional<QDate> &aUntil,
                   const std::optional<QDate> &bFrom, const std::optional<QDate> &bUntil)
{
    const bool aBeforeB = aUntil && bFrom && *aUntil < *bFrom;
    const bool bBeforeA = bUntil && aFrom && *bUntil < *aFrom;
    return !aBeforeB && !bBeforeA;
}

/// wallClockToInstant() remembered per wall-clock reading: a clinic's appointments start
/// at a few thousand distinct times over years, and a zone lookup is the costly part.
struct WallReadings
{
    QTimeZone zone;
    QHash<qint64, std::pair<WallClockReading, QDateTime>> seen;

    WallClockReading read(const QDate &date, const QTime &time, QDateTime &instant)
    {
        const qint64 key = date.toJulianDay() * 86'400'000 + time.msecsSinceStartOfDay();
        auto it = seen.constFind(key);
        if (it == seen.constEnd()) {
            WallClockReading reading = WallClockReading::Once;
            const QDateTime at = wallClockToInstant(date, time, zone, reading);
            it = seen.insert(key, {reading, at});
        }
        instant = it->second;
        return it->first;
    }
};

/// Report lines by old table (in reading order), then old id.
void sortLines(QList<LegacySkip> &lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const LegacySkip &a, const LegacySkip &b) {
        static const QStringList order{kUsers, kPatterns, kExceptions, kAppointments};
        return std::pair(order.indexOf(a.table), a.id) < std::pair(order.indexOf(b.table), b.id);
    });
}

QString wallText(const QDate &date, const QTime &time)
{
    return date.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm"));
}

} // namespace

LegacyTableCount &LegacyImportReport::count(const QString &table)
{
    for (LegacyTableCount &c : tables) {
        if (c.table == table)
            return c;
    }
    tables.append(LegacyTableCount{table});
    return tables.last();
}

const LegacyTableCount *LegacyImportReport::find(const QString &table) const
{
    for (const LegacyTableCount &c : tables) {
        if (c.table == table)
            return &c;
    }
    return nullptr;
}

std::optional<QList<int>> parseLegacyWeekdays(const QString &csv)
{
    QList<int> days;
    const QStringList parts = csv.split(QLatin1Char(','));
    for (const QString &part : parts) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (!ok || day < 0 || day > 6)
            return std::nullopt;
        if (!days.contains(day + 1))
            days.append(day + 1);
    }
    if (days.isEmpty())
        return std::nullopt;
    std::sort(days.begin(), days.end());
    return days;
}

LegacyPlan planLegacyImport(const LegacyTables &tables, const QTimeZone &zone, const LegacyExisting &existing)
{
    LegacyPlan plan;
    LegacyImportReport &report = plan.report;
    for (const QString &t : {kUsers, kPatterns, kExceptions, kAppointments})
        (void)report.count(t);
    const auto skip = [&report](const QString &table, qint64 id, const QString &reason) {
        report.skipped.append({table, id, reason});
        ++report.count(table).skipped;
    };
    const auto already = [&existing](const QString &table, qint64 id) {
        const auto it = existing.importedIds.constFind(table);
        return it != existing.importedIds.constEnd() && it->contains(id);
    };

    // Users: who has weekly patterns or appointments of their own (the old system let
    // every active user be booked; CareDesk brings across those who were).
    QSet<qint64> hasOwnWork;
    for (const LegacyPattern &p : tables.patterns) {
        if (p.userId)
            hasOwnWork.insert(*p.userId);
    }
    for (const LegacyAppointment &a : tables.appointments) {
        if (a.practitionerId)
            hasOwnWork.insert(*a.practitionerId);
    }
    const QString activeIsNull =
        EngineText::tr("is_active is NULL (the old system's Python default was \"active\"; not guessed)");
    QHash<qint64, QString> keyOfUser = existing.importedUsers;
    QHash<qint64, QString> whyNotImported; // user id → reason, for their rows' report lines
    QSet<QString> usedKeys = existing.practitionerKeys;
    for (const LegacyUser &u : tables.users) {
        LegacyTableCount &c = report.count(kUsers);
        ++c.read;
        if (existing.importedUsers.contains(u.id)) {
            ++c.alreadyImported;
            continue;
        }
        QString reason;
        if (!u.isActive)
            reason = activeIsNull;
        else if (!*u.isActive)
            reason = EngineText::tr("inactive user");
        else if (!u.role)
            reason = EngineText::tr("role is NULL (the old system's Python default was \"practitioner\"; "
                                    "not guessed)");
        else if (*u.role != QLatin1String("practitioner") && *u.role != QLatin1String("nurse")) {
            if (*u.role != QLatin1String("admin") && *u.role != QLatin1String("receptionist"))
                reason = EngineText::tr("unknown role \"%1\"").arg(*u.role);
            else if (!hasOwnWork.contains(u.id))
                reason = EngineText::tr("role %1 with no weekly patterns or appointments of their own: "
                                        "not bookable")
                             .arg(*u.role);
        }
        if (!reason.isEmpty()) {
            whyNotImported.insert(u.id, reason);
            skip(kUsers, u.id, reason);
            continue;
        }
        LegacyPractitioner p{u.id, practitionerKey(u, usedKeys), displayName(u)};
        usedKeys.insert(p.key);
        keyOfUser.insert(u.id, p.key);
        plan.practitioners.append(p);
        ++c.imported;
        ++c.created;
    }
    const auto userProblem = [&](qint64 userId) {
        const auto why = whyNotImported.constFind(userId);
        return why != whyNotImported.constEnd()
                   ? EngineText::tr("user %1 is not imported: %2").arg(userId).arg(*why)
                   : EngineText::tr("user %1 does not exist").arg(userId);
    };
    // Whose row this is, from the old user_id and is_company_wide: the practitioner's key,
    // an empty key for the clinic's own, or nothing with `why` set.
    const auto scopeOf = [&](const std::optional<qint64> &userId, bool companyWide, const QString &noOwner,
                             QString &why) -> std::optional<QString> {
        if (!userId) {
            if (companyWide)
                return QString();
            why = noOwner;
            return std::nullopt;
        }
        if (companyWide) {
            why = EngineText::tr("has user %1 and is marked company-wide: which is meant is not guessed")
                      .arg(*userId);
            return std::nullopt;
        }
        if (!keyOfUser.contains(*userId)) {
            why = userProblem(*userId);
            return std::nullopt;
        }
        return keyOfUser.value(*userId);
    };
    // Why a wall-clock window from the old tables cannot be used, or nothing.
    const auto windowProblem = [](const QTime &start, const QTime &end) -> std::optional<QString> {
        if (!start.isValid() || !end.isValid())
            return EngineText::tr("a start or end time CareDesk cannot read (such as 24:00)");
        if (minutesOf(end) <= minutesOf(start))
            return EngineText::tr("ends (%1) at or before it starts (%2)")
                .arg(end.toString(QStringLiteral("HH:mm")), start.toString(QStringLiteral("HH:mm")));
        return std::nullopt;
    };

    // Weekly patterns → weekly hours per weekday, or clinic office hours.
    for (const LegacyPattern &p : tables.patterns) {
        LegacyTableCount &c = report.count(kPatterns);
        ++c.read;
        if (already(kPatterns, p.id)) {
            ++c.alreadyImported;
            continue;
        }
        if (!p.isActive) {
            skip(kPatterns, p.id, activeIsNull);
            continue;
        }
        if (!*p.isActive) {
            skip(kPatterns, p.id, EngineText::tr("inactive pattern"));
            continue;
        }
        QString why;
        const std::optional<QString> scope = scopeOf(
            p.userId, p.companyWide,
            EngineText::tr("no user and not company-wide: whose hours these are is not guessed"), why);
        if (!scope) {
            skip(kPatterns, p.id, why);
            continue;
        }
        const QString key = *scope;
        std::optional<QList<int>> days;
        if (p.frequency == QLatin1String("daily"))
            days = QList<int>{1, 2, 3, 4, 5, 6, 7};
        else if (p.frequency == QLatin1String("weekdays"))
            days = QList<int>{1, 2, 3, 4, 5};
        else if (p.frequency == QLatin1String("weekly") || p.frequency == QLatin1String("custom")) {
            days = p.weekdays ? parseLegacyWeekdays(*p.weekdays) : std::nullopt;
            if (!days) {
                skip(kPatterns, p.id,
                     p.weekdays ? EngineText::tr("unreadable weekday list \"%1\" (expected day numbers "
                                                 "0 = Monday to 6 = Sunday, comma-separated)")
                                      .arg(*p.weekdays)
                                : EngineText::tr("weekday list is NULL for a %1 pattern").arg(p.frequency));
                continue;
            }
        } else {
            skip(kPatterns, p.id, EngineText::tr("unknown frequency \"%1\"").arg(p.frequency));
            continue;
        }
        if (const auto problem = windowProblem(p.start, p.end)) {
            skip(kPatterns, p.id, *problem);
            continue;
        }
        const WallMinutes start = minutesOf(p.start);
        const WallMinutes end = minutesOf(p.end);
        if (p.validFrom && p.validUntil && *p.validUntil < *p.validFrom) {
            skip(kPatterns, p.id,
                 EngineText::tr("valid until %1, before it is valid from %2")
                     .arg(p.validUntil->toString(Qt::ISODate), p.validFrom->toString(Qt::ISODate)));
            continue;
        }
        // Two patterns of one practitioner over the same hours and dates: CareDesk's
        // weekly hours cannot overlap, and which one was meant is not guessed.
        QString clash;
        if (!key.isEmpty()) {
            for (const LegacyHours &h : std::as_const(plan.hours)) {
                if (h.practitionerKey != key || !days->contains(h.interval.weekday))
                    continue;
                if (h.interval.start < end && start < h.interval.end &&
                    rangesOverlap(h.interval.validFrom, h.interval.validUntil, p.validFrom, p.validUntil)) {
                    clash = EngineText::tr("overlaps pattern %1 on %2")
                                .arg(h.patternId)
                                .arg(weekdayName(h.interval.weekday));
                    break;
                }
            }
        }
        if (!clash.isEmpty()) {
            skip(kPatterns, p.id, clash);
            continue;
        }
        for (const int day : *days)
            plan.hours.append(
                {p.id, key, p.title, WorkingInterval{day, start, end, p.validFrom, p.validUntil}});
        ++c.imported;
        c.created += int(days->size());
    }

    // Exceptions: one old row per day, folded into ranges of the same scope, kind,
    // all-day flag and times.
    struct Day
    {
        qint64 id;
        QString key; ///< empty: the clinic
        QString kind;
        std::optional<WallMinutes> start;
        std::optional<WallMinutes> end;
        QDate date;
        QString reason;
    };
    QList<Day> daysToFold;
    for (const LegacyException &e : tables.exceptions) {
        LegacyTableCount &c = report.count(kExceptions);
        ++c.read;
        if (already(kExceptions, e.id)) {
            ++c.alreadyImported;
            continue;
        }
        if (!e.date.isValid()) {
            skip(kExceptions, e.id, EngineText::tr("a date CareDesk cannot read"));
            continue;
        }
        Day d{e.id, {}, {}, std::nullopt, std::nullopt, e.date, e.reason.trimmed()};
        QString why;
        const std::optional<QString> scope =
            scopeOf(e.userId, e.companyWide,
                    EngineText::tr("no user and not company-wide: whose block this is is not guessed"), why);
        if (!scope) {
            skip(kExceptions, e.id, why);
            continue;
        }
        d.key = *scope;
        const bool clinic = d.key.isEmpty();
        if (e.type == QLatin1String("blocked"))
            d.kind = clinic ? QStringLiteral("closure") : QStringLiteral("blocked");
        else if (e.type == QLatin1String("holiday"))
            d.kind = QStringLiteral("holiday");
        else if (e.type == QLatin1String("vacation"))
            d.kind = clinic ? QStringLiteral("closure") : QStringLiteral("vacation");
        else if (e.type == QLatin1String("custom_hours")) {
            skip(kExceptions, e.id,
                 EngineText::tr("kind custom_hours (different hours that day) has no safe mapping: enter "
                                "them as a block or a working-day override"));
            continue;
        } else {
            skip(kExceptions, e.id, EngineText::tr("unknown kind \"%1\"").arg(e.type));
            continue;
        }
        if (!e.allDay) {
            skip(kExceptions, e.id,
                 EngineText::tr("is_all_day is NULL (all day or part of the day is not guessed)"));
            continue;
        }
        if (!*e.allDay) {
            if (!e.start || !e.end) {
                skip(kExceptions, e.id, EngineText::tr("part-day block without a start or end time"));
                continue;
            }
            if (const auto problem = windowProblem(*e.start, *e.end)) {
                skip(kExceptions, e.id, *problem);
                continue;
            }
            d.start = minutesOf(*e.start);
            d.end = minutesOf(*e.end);
        }
        daysToFold.append(d);
    }
    std::sort(daysToFold.begin(), daysToFold.end(), [](const Day &a, const Day &b) {
        return std::tie(a.key, a.kind, a.start, a.end, a.date, a.id) <
               std::tie(b.key, b.kind, b.start, b.end, b.date, b.id);
    });
    for (const Day &d : std::as_const(daysToFold)) {
        LegacyTableCount &c = report.count(kExceptions);
        ++c.imported;
        if (!plan.blocks.isEmpty()) {
            LegacyBlock &last = plan.blocks.last();
            ExceptionData &b = last.block;
            if (b.practitionerKey == d.key && b.kind == d.kind && b.startMinute == d.start &&
                b.endMinute == d.end && d.date <= b.endDate.addDays(1)) {
                b.endDate = std::max(b.endDate, d.date);
                if (!d.reason.isEmpty() && !b.reason.split(QStringLiteral("; ")).contains(d.reason))
                    b.reason = b.reason.isEmpty() ? d.reason : b.reason + QStringLiteral("; ") + d.reason;
                last.exceptionIds.append(d.id);
                ++c.folded;
                continue;
            }
        }
        ExceptionData b;
        b.practitionerKey = d.key;
        b.kind = d.kind;
        b.startDate = d.date;
        b.endDate = d.date;
        b.startMinute = d.start;
        b.endMinute = d.end;
        b.reason = d.reason;
        plan.blocks.append({{d.id}, b});
        ++c.created;
    }

    // Appointments: naive wall-clock in `zone`, statuses mapped, overlaps reported.
    WallReadings readings{zone, {}};
    QList<LegacyBooking> candidates;
    for (const LegacyAppointment &a : tables.appointments) {
        LegacyTableCount &c = report.count(kAppointments);
        ++c.read;
        if (already(kAppointments, a.id)) {
            ++c.alreadyImported;
            continue;
        }
        if (!a.practitionerId) {
            skip(kAppointments, a.id, EngineText::tr("no practitioner"));
            continue;
        }
        if (!keyOfUser.contains(*a.practitionerId)) {
            skip(kAppointments, a.id, userProblem(*a.practitionerId));
            continue;
        }
        QString status;
        if (!a.status) {
            skip(kAppointments, a.id,
                 EngineText::tr("status is NULL (the old system's Python default was \"scheduled\", but its "
                                "calendar hid such appointments; not guessed)"));
            continue;
        }
        if (*a.status == QLatin1String("scheduled") || *a.status == QLatin1String("urgent") ||
            *a.status == QLatin1String("late"))
            status = QStringLiteral("booked");
        else if (*a.status == QLatin1String("cancelled"))
            status = QStringLiteral("cancelled");
        else if (*a.status == QLatin1String("no-show"))
            status = QStringLiteral("no_show");
        else {
            skip(kAppointments, a.id, EngineText::tr("unknown status \"%1\"").arg(*a.status));
            continue;
        }
        if (!a.startDate.isValid() || !a.startTime.isValid() || !a.endDate.isValid() ||
            !a.endTime.isValid()) {
            skip(kAppointments, a.id,
                 EngineText::tr("a start or end that is not a date and time CareDesk can read"));
            continue;
        }
        QDateTime start;
        QDateTime end;
        const WallClockReading startReading = readings.read(a.startDate, a.startTime, start);
        const WallClockReading endReading = readings.read(a.endDate, a.endTime, end);
        if (startReading == WallClockReading::Gap || endReading == WallClockReading::Gap) {
            const QString zoneName = QString::fromUtf8(zone.id());
            skip(kAppointments, a.id,
                 startReading == WallClockReading::Gap
                     ? EngineText::tr(
                           "starts at %1, which does not exist in %2 (the clocks went forward then)")
                           .arg(wallText(a.startDate, a.startTime), zoneName)
                     : EngineText::tr("ends at %1, which does not exist in %2 (the clocks went forward then)")
                           .arg(wallText(a.endDate, a.endTime), zoneName));
            continue;
        }
        const qint64 seconds = start.secsTo(end);
        if (seconds <= 0) {
            skip(kAppointments, a.id,
                 EngineText::tr("ends (%1) at or before it starts (%2)")
                     .arg(wallText(a.endDate, a.endTime), wallText(a.startDate, a.startTime)));
            continue;
        }
        if (seconds > kMaxAppointmentSeconds) {
            skip(kAppointments, a.id,
                 EngineText::tr("lasts from %1 to %2, longer than a day (a mistyped date?)")
                     .arg(wallText(a.startDate, a.startTime), wallText(a.endDate, a.endTime)));
            continue;
        }
        if (seconds % 60 != 0) {
            skip(kAppointments, a.id, EngineText::tr("its length is not a whole number of minutes"));
            continue;
        }
        QList<LegacySkip> notes; // reported only if the appointment comes across
        if (startReading == WallClockReading::Twice || endReading == WallClockReading::Twice) {
            notes.append({kAppointments, a.id,
                          EngineText::tr("%1 happens twice in %2 (the clocks went back); read as the "
                                         "first, as CareDesk reads such times")
                              .arg(wallText(a.startDate, a.startTime), QString::fromUtf8(zone.id()))});
        }
        const int minutes = int(seconds / 60);
        if (a.durationMinutes && *a.durationMinutes != minutes) {
            notes.append({kAppointments, a.id,
                          EngineText::tr("duration_minutes says %1 but start and end are %2 minutes "
                                         "apart; start and end kept")
                              .arg(*a.durationMinutes)
                              .arg(minutes)});
        }
        LegacyBooking b;
        b.appointmentId = a.id;
        b.patientId = a.patientId;
        b.appointment.practitionerKey = keyOfUser.value(*a.practitionerId);
        b.appointment.start = start;
        b.appointment.minutes = minutes;
        b.appointment.patient = a.patientName.trimmed().isEmpty()
                                    ? EngineText::tr("Patient %1").arg(a.patientId)
                                    : a.patientName.trimmed();
        b.appointment.phone = a.phone.trimmed();
        b.appointment.status = status;
        b.notes = notes;
        candidates.append(b);
    }
    // Overlaps among what stays booked: the earlier (then the lower old id) is kept.
    std::sort(candidates.begin(), candidates.end(), [](const LegacyBooking &a, const LegacyBooking &b) {
        return std::tie(a.appointment.practitionerKey, a.appointment.start, a.appointmentId) <
               std::tie(b.appointment.practitionerKey, b.appointment.start, b.appointmentId);
    });
    QHash<QString, QPair<QDateTime, qint64>> lastEnd; // practitioner → end of the last kept, its old id
    for (const LegacyBooking &b : std::as_const(candidates)) {
        const AppointmentData &a = b.appointment;
        if (a.status != QLatin1String("cancelled")) {
            const auto it = lastEnd.constFind(a.practitionerKey);
            if (it != lastEnd.constEnd() && a.start < it->first) {
                skip(kAppointments, b.appointmentId,
                     EngineText::tr("overlaps old appointment %1 of the same practitioner").arg(it->second));
                continue;
            }
            lastEnd.insert(a.practitionerKey, {a.start.addSecs(qint64(a.minutes) * 60), b.appointmentId});
        }
        plan.appointments.append(b);
        report.notes += b.notes;
        LegacyTableCount &c = report.count(kAppointments);
        ++c.imported;
        ++c.created;
    }
    std::sort(
        plan.appointments.begin(), plan.appointments.end(),
        [](const LegacyBooking &a, const LegacyBooking &b) { return a.appointmentId < b.appointmentId; });

    sortLines(report.skipped);
    sortLines(report.notes);
    return plan;
}

// ---- The old database, through libpq ----

struct LegacySource::Rows
{
    std::unique_ptr<PGresult, decltype(&PQclear)> res{nullptr, &PQclear};
    [[nodiscard]] int count() const { return PQntuples(res.get()); }
    [[nodiscard]] bool isNull(int row, int col) const { return PQgetisnull(res.get(), row, col) != 0; }
    [[nodiscard]] QString text(int row, int col) const
    {
        return QString::fromUtf8(PQgetvalue(res.get(), row, col));
    }
    [[nodiscard]] std::optional<QString> optText(int row, int col) const
    {
        return isNull(row, col) ? std::nullopt : std::optional<QString>(text(row, col));
    }
    [[nodiscard]] qint64 id(int row, int col) const { return text(row, col).toLongLong(); }
    [[nodiscard]] std::optional<qint64> optId(int row, int col) const
    {
        return isNull(row, col) ? std::nullopt : std::optional<qint64>(id(row, col));
    }
    [[nodiscard]] std::optional<bool> optBool(int row, int col) const
    {
        return isNull(row, col) ? std::nullopt : std::optional<bool>(text(row, col) == QLatin1String("t"));
    }
    [[nodiscard]] QTime time(int row, int col) const
    {
        return QTime::fromString(text(row, col), Qt::ISODateWithMs);
    }
    [[nodiscard]] std::optional<QTime> optTime(int row, int col) const
    {
        return isNull(row, col) ? std::nullopt : std::optional<QTime>(time(row, col));
    }
    [[nodiscard]] std::optional<QDate> optDate(int row, int col) const
    {
        return isNull(row, col) ? std::nullopt
                                : std::optional<QDate>(QDate::fromString(text(row, col), Qt::ISODate));
    }
};

Result<std::shared_ptr<LegacySource>> LegacySource::open(const QString &conninfo, const QString &label)
{
    const QString where = label.isEmpty() ? EngineText::tr("The old system's database") : label;
    auto target = ConnectionTarget::parse(conninfo);
    if (!target) {
        Error e = target.error();
        e.message = EngineText::tr("%1: %2").arg(where, e.message);
        return e;
    }
    // The old system's own options stay; CareDesk adds read-only, ISO dates, a timeout.
    QString options;
    if (!conninfo.trimmed().isEmpty()) {
        char *errmsg = nullptr;
        std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> parsed(
            PQconninfoParse(conninfo.toUtf8().constData(), &errmsg), &PQconninfoFree);
        PQfreemem(errmsg);
        for (PQconninfoOption *o = parsed.get(); o && o->keyword; ++o) {
            if (o->val && qstrcmp(o->keyword, "options") == 0)
                options = QString::fromUtf8(o->val);
        }
    }
    options += QStringLiteral(" -c default_transaction_read_only=on -c DateStyle=ISO,YMD -c TimeZone=UTC"
                              " -c statement_timeout=120000 -c lock_timeout=10000");
    const QByteArray dbname = conninfo.toUtf8();
    const QByteArray opts = options.trimmed().toUtf8();
    const std::array<const char *, 5> keys{"dbname", "options", "application_name", "connect_timeout",
                                           nullptr};
    std::array<const char *, 5> values{dbname.isEmpty() ? nullptr : dbname.constData(), opts.constData(),
                                       "CareDesk import-legacy", "10", nullptr};
    if (conninfo.contains(QLatin1String("connect_timeout")))
        values[3] = nullptr; // the caller's own
    PGconn *conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        ErrorCode code = ErrorCode::Unreachable;
        if (why.contains(QLatin1String("does not exist")))
            code = ErrorCode::InvalidInput;
        else if (why.contains(QLatin1String("password")) || why.contains(QLatin1String("authentication")))
            code = ErrorCode::PermissionDenied;
        return makeError(
            code, EngineText::tr("%1: could not connect to the old system's database: %2").arg(where, why));
    }
    std::shared_ptr<LegacySource> source(new LegacySource);
    source->m_conn = conn;
    source->m_label = where;
    source->m_describe = QStringLiteral("%1 on %2:%3")
                             .arg(QString::fromUtf8(PQdb(conn)), QString::fromUtf8(PQhost(conn)),
                                  QString::fromUtf8(PQport(conn)));
    return source;
}

LegacySource::~LegacySource()
{
    PQfinish(static_cast<PGconn *>(m_conn));
}

LegacySource::Rows LegacySource::query(const QString &sql)
{
    auto *conn = static_cast<PGconn *>(m_conn);
    Rows rows;
    rows.res.reset(PQexec(conn, sql.toUtf8().constData()));
    const ExecStatusType status = PQresultStatus(rows.res.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return rows;
    Error err;
    const char *state = rows.res ? PQresultErrorField(rows.res.get(), PG_DIAG_SQLSTATE) : nullptr;
    err.sqlState = state ? QString::fromLatin1(state) : QString();
    err.detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    err.sql = sql.left(200);
    err.code = err.sqlState.isEmpty() && PQstatus(conn) != CONNECTION_OK ? ErrorCode::Unreachable
                                                                         : classifySqlState(err.sqlState);
    err.message = EngineText::tr("The old system's database refused a statement: %1").arg(err.detail);
    throw DbException(err);
}

void LegacySource::exec(const QString &sql)
{
    (void)query(sql);
}

LegacyTables LegacySource::read()
{
    (void)query(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    // The old system's tables and the columns the import reads (both the create_all()
    // shape and the hand-ALTERed one have them).
    static const QList<QPair<QString, QStringList>> required{
        {kUsers,
         {QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("first_name"),
          QStringLiteral("last_name"), QStringLiteral("role"), QStringLiteral("is_admin"),
          QStringLiteral("is_active")}},
        {kPatients,
         {QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
          QStringLiteral("phone"), QStringLiteral("mobile")}},
        {kPatterns,
         {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("is_company_wide"),
          QStringLiteral("title"), QStringLiteral("frequency"), QStringLiteral("weekdays"),
          QStringLiteral("start_time"), QStringLiteral("end_time"), QStringLiteral("valid_from"),
          QStringLiteral("valid_until"), QStringLiteral("is_active")}},
        {kExceptions,
         {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("exception_date"),
          QStringLiteral("exception_type"), QStringLiteral("is_company_wide"), QStringLiteral("is_all_day"),
          QStringLiteral("start_time"), QStringLiteral("end_time"), QStringLiteral("reason")}},
        {kAppointments,
         {QStringLiteral("id"), QStringLiteral("patient_id"), QStringLiteral("practitioner_id"),
          QStringLiteral("start_time"), QStringLiteral("end_time"), QStringLiteral("duration_minutes"),
          QStringLiteral("status")}},
    };
    const Rows columns = query(QStringLiteral(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
        " AND table_name IN ('users', 'patients', 'availability_patterns', 'availability_exceptions',"
        " 'appointments')"));
    QHash<QString, QSet<QString>> present;
    for (int r = 0; r < columns.count(); ++r)
        present[columns.text(r, 0)].insert(columns.text(r, 1));
    for (const auto &[table, cols] : required) { // in this order: users first
        if (!present.contains(table))
            throw DbException(
                makeError(ErrorCode::InvalidInput,
                          EngineText::tr("%1: %2 is not the old system's database: it has no table \"%3\"")
                              .arg(m_label, m_describe, table)));
        for (const QString &col : cols) {
            if (!present.value(table).contains(col))
                throw DbException(makeError(
                    ErrorCode::InvalidInput,
                    EngineText::tr("%1: %2 is not the old system's database: table \"%3\" has no column "
                                   "\"%4\"")
                        .arg(m_label, m_describe, table, col)));
        }
    }

    LegacyTables t;
    const Rows users = query(QStringLiteral(
        "SELECT id, username, first_name, last_name, role, is_admin, is_active FROM users ORDER BY id"));
    for (int r = 0; r < users.count(); ++r) {
        t.users.append({users.id(r, 0), users.text(r, 1), users.text(r, 2), users.text(r, 3),
                        users.optText(r, 4), users.optBool(r, 5), users.optBool(r, 6)});
    }
    const Rows patterns = query(QStringLiteral(
        "SELECT id, user_id, is_company_wide, title, frequency, weekdays, start_time, end_time, valid_from,"
        " valid_until, is_active FROM availability_patterns ORDER BY id"));
    for (int r = 0; r < patterns.count(); ++r) {
        t.patterns.append({patterns.id(r, 0), patterns.optId(r, 1), patterns.optBool(r, 2).value_or(false),
                           patterns.text(r, 3), patterns.text(r, 4), patterns.optText(r, 5),
                           patterns.time(r, 6), patterns.time(r, 7), patterns.optDate(r, 8),
                           patterns.optDate(r, 9), patterns.optBool(r, 10)});
    }
    const Rows exceptions =
        query(QStringLiteral("SELECT id, user_id, exception_date, exception_type, is_company_wide, "
                             "is_all_day, start_time, end_time,"
                             " coalesce(reason, '') FROM availability_exceptions ORDER BY id"));
    for (int r = 0; r < exceptions.count(); ++r) {
        t.exceptions.append({exceptions.id(r, 0), exceptions.optId(r, 1),
                             exceptions.optDate(r, 2).value_or(QDate()), exceptions.text(r, 3),
                             exceptions.optBool(r, 4).value_or(false), exceptions.optBool(r, 5),
                             exceptions.optTime(r, 6), exceptions.optTime(r, 7), exceptions.text(r, 8)});
    }
    const Rows appointments = query(QStringLiteral(
        "SELECT a.id, a.practitioner_id, a.patient_id,"
        " concat_ws(' ', nullif(btrim(p.first_name), ''), nullif(btrim(p.last_name), '')),"
        " coalesce(nullif(btrim(p.mobile), ''), p.phone, ''),"
        " to_char(a.start_time, 'YYYY-MM-DD'), to_char(a.start_time, 'HH24:MI:SS'),"
        " to_char(a.end_time, 'YYYY-MM-DD'), to_char(a.end_time, 'HH24:MI:SS'), a.duration_minutes, a.status"
        " FROM appointments a LEFT JOIN patients p ON p.id = a.patient_id ORDER BY a.id"));
    t.appointments.reserve(appointments.count());
    for (int r = 0; r < appointments.count(); ++r) {
        LegacyAppointment a;
        a.id = appointments.id(r, 0);
        a.practitionerId = appointments.optId(r, 1);
        a.patientId = appointments.id(r, 2);
        a.patientName = appointments.text(r, 3);
        a.phone = appointments.text(r, 4);
        a.startDate = QDate::fromString(appointments.text(r, 5), Qt::ISODate);
        a.startTime = QTime::fromString(appointments.text(r, 6), Qt::ISODate);
        a.endDate = QDate::fromString(appointments.text(r, 7), Qt::ISODate);
        a.endTime = QTime::fromString(appointments.text(r, 8), Qt::ISODate);
        if (!appointments.isNull(r, 9))
            a.durationMinutes = appointments.text(r, 9).toInt();
        a.status = appointments.optText(r, 10);
        t.appointments.append(a);
    }
    (void)query(QStringLiteral("COMMIT"));
    return t;
}

// ---- Writing into CareDesk ----

namespace {

/// `n` fresh ids from `sequence`, in one round trip.
QList<qint64> allocateIds(Session &session, const QString &sequence, qsizetype n)
{
    QList<qint64> ids;
    if (n == 0)
        return ids;
    ids.reserve(n);
    QSqlQuery q =
        session.exec(QStringLiteral("SELECT nextval(CAST(? AS regclass)) FROM generate_series(1, ?)"),
                     {sequence, qint64(n)});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

/// The ids of an INSERT … RETURNING id.
QSet<qint64> returnedIds(QSqlQuery q)
{
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

/// Rows per multi-row statement for the big tables: each statement stays far inside the
/// pool's statement timeout, and the bound arrays stay a few megabytes.
constexpr qsizetype kBatchRows = 10'000;

struct Refs
{
    struct Ref
    {
        const QString *sourceTable;
        qint64 sourceId;
        const char *targetTable;
        qint64 targetId;
    };
    QList<Ref> rows;
    void add(const QString &sourceTable, qint64 sourceId, const char *targetTable, qint64 targetId)
    {
        rows.append({&sourceTable, sourceId, targetTable, targetId});
    }
    void write(Session &session) const
    {
        for (qsizetype first = 0; first < rows.size(); first += kBatchRows) {
            ArrayLiteral sourceTables, sourceIds, targetTables, targetIds;
            for (qsizetype i = first; i < std::min(rows.size(), first + kBatchRows); ++i) {
                const Ref &r = rows.at(i);
                sourceTables.addText(*r.sourceTable);
                sourceIds.addInt(r.sourceId);
                targetTables.addText(QString::fromLatin1(r.targetTable));
                targetIds.addInt(r.targetId);
            }
            session.exec(
                QStringLiteral(
                    "INSERT INTO legacy_import_refs (source_table, source_id, target_table, target_id)"
                    " SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS bigint[]),"
                    "                      CAST(? AS text[]), CAST(? AS bigint[]))"),
                {sourceTables.toString(), sourceIds.toString(), targetTables.toString(),
                 targetIds.toString()});
        }
    }
};

LegacyExisting loadExisting(Session &session)
{
    LegacyExisting existing;
    QSqlQuery keys = session.exec(QStringLiteral("SELECT key FROM practitioners"));
    while (keys.next())
        existing.practitionerKeys.insert(keys.value(0).toString());
    QSqlQuery refs = session.exec(
        QStringLiteral("SELECT r.source_table, r.source_id, p.key FROM legacy_import_refs r"
                       " LEFT JOIN practitioners p ON r.target_table = 'practitioners' AND p.id = r.target_id"
                       " WHERE r.source_table <> 'patients'"));
    while (refs.next()) {
        const QString table = refs.value(0).toString();
        const qint64 id = refs.value(1).toLongLong();
        existing.importedIds[table].insert(id);
        if (table == kUsers && !refs.value(2).isNull())
            existing.importedUsers.insert(id, refs.value(2).toString());
    }
    return existing;
}

} // namespace

LegacyImportReport importLegacy(Session &session, const LegacyImportOptions &options)
{
    if (!options.zone.isValid())
        throw DbException(
            makeError(ErrorCode::InvalidInput,
                      EngineText::tr("The zone of the old appointment times is not a time zone")));
    LegacyTables tables;
    QString source;
    {
        auto opened = LegacySource::open(options.fromConninfo, options.sourceLabel);
        if (!opened)
            throw DbException(opened.error());
        tables = opened.value()->read();
        source = opened.value()->describe();
    } // the old database's connection is closed before CareDesk is written

    Transaction tx(session);
    // One import at a time: two at once would both see nothing imported yet.
    session.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('caredesk.legacy_import'))"));
    const LegacyExisting existing = loadExisting(session);
    LegacyPlan plan = planLegacyImport(tables, options.zone, existing);
    LegacyImportReport &report = plan.report;
    report.source = source;
    report.zone = QString::fromUtf8(options.zone.id());
    report.dryRun = options.dryRun;
    const auto step = [&](const QString &name) {
        if (options.afterStep)
            options.afterStep(session, name);
    };
    Refs refs;

    // Practitioners.
    const QList<qint64> practitionerIds =
        allocateIds(session, QStringLiteral("practitioners_id_seq"), plan.practitioners.size());
    {
        ArrayLiteral ids, keys, names;
        for (qsizetype i = 0; i < plan.practitioners.size(); ++i) {
            const LegacyPractitioner &p = plan.practitioners.at(i);
            ids.addInt(practitionerIds.at(i));
            keys.addText(p.key);
            names.addText(p.name);
            refs.add(kUsers, p.userId, "practitioners", practitionerIds.at(i));
        }
        session.exec(QStringLiteral(
                         "INSERT INTO practitioners (id, key, display_name)"
                         " SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]))"),
                     {ids.toString(), keys.toString(), names.toString()});
    }
    step(QStringLiteral("practitioners"));

    // Weekly hours (a row that overlaps hours already in CareDesk is reported) and
    // office hours.
    {
        QList<const LegacyHours *> own;
        QList<const LegacyHours *> office;
        for (const LegacyHours &h : std::as_const(plan.hours))
            (h.practitionerKey.isEmpty() ? office : own).append(&h);
        const QList<qint64> hourIds =
            allocateIds(session, QStringLiteral("working_hours_id_seq"), own.size());
        ArrayLiteral ids, keys, days, starts, ends, from, until;
        for (qsizetype i = 0; i < own.size(); ++i) {
            const LegacyHours &h = *own.at(i);
            ids.addInt(hourIds.at(i));
            keys.addText(h.practitionerKey);
            days.addInt(h.interval.weekday);
            starts.addInt(h.interval.start);
            ends.addInt(h.interval.end);
            from.addDate(h.interval.validFrom);
            until.addDate(h.interval.validUntil);
        }
        const QSet<qint64> inserted = returnedIds(session.exec(
            QStringLiteral(
                "INSERT INTO working_hours (id, practitioner_id, weekday, start_minute, end_minute,"
                " valid_from, valid_until)"
                " SELECT u.id, p.id, u.weekday, u.s, u.e, u.f, u.t"
                " FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS smallint[]),"
                "             CAST(? AS int[]), CAST(? AS int[]), CAST(? AS date[]), CAST(? AS date[]))"
                "      AS u(id, key, weekday, s, e, f, t)"
                " JOIN practitioners p ON p.key = u.key"
                " ON CONFLICT DO NOTHING RETURNING id"),
            {ids.toString(), keys.toString(), days.toString(), starts.toString(), ends.toString(),
             from.toString(), until.toString()}));
        // A pattern none of whose weekdays went in is skipped; one partly in is imported
        // with a note naming the weekdays that were not.
        LegacyTableCount &c = report.count(kPatterns);
        QMap<qint64, QStringList> refused; // pattern → its weekdays that overlap
        QSet<qint64> someInserted;
        for (qsizetype i = 0; i < own.size(); ++i) {
            const LegacyHours &h = *own.at(i);
            if (inserted.contains(hourIds.at(i))) {
                refs.add(kPatterns, h.patternId, "working_hours", hourIds.at(i));
                someInserted.insert(h.patternId);
                continue;
            }
            --c.created;
            refused[h.patternId].append(weekdayName(h.interval.weekday));
        }
        for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
            const QString why = EngineText::tr("overlaps weekly hours already in CareDesk on %1")
                                    .arg(it.value().join(QStringLiteral(", ")));
            if (someInserted.contains(it.key())) {
                report.notes.append({kPatterns, it.key(), why});
            } else {
                --c.imported;
                ++c.skipped;
                report.skipped.append({kPatterns, it.key(), why});
            }
        }

        const QList<qint64> officeIds =
            allocateIds(session, QStringLiteral("clinic_office_hours_id_seq"), office.size());
        ArrayLiteral oIds, oDays, oStarts, oEnds, oFrom, oUntil, oTitles;
        for (qsizetype i = 0; i < office.size(); ++i) {
            const LegacyHours &h = *office.at(i);
            oIds.addInt(officeIds.at(i));
            oDays.addInt(h.interval.weekday);
            oStarts.addInt(h.interval.start);
            oEnds.addInt(h.interval.end);
            oFrom.addDate(h.interval.validFrom);
            oUntil.addDate(h.interval.validUntil);
            oTitles.addText(h.title.left(200));
            refs.add(kPatterns, h.patternId, "clinic_office_hours", officeIds.at(i));
        }
        session.exec(
            QStringLiteral("INSERT INTO clinic_office_hours (id, weekday, start_minute, end_minute,"
                           " valid_from, valid_until, title)"
                           " SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS smallint[]),"
                           "   CAST(? AS int[]), CAST(? AS int[]), CAST(? AS date[]), CAST(? AS date[]),"
                           "   CAST(? AS text[]))"),
            {oIds.toString(), oDays.toString(), oStarts.toString(), oEnds.toString(), oFrom.toString(),
             oUntil.toString(), oTitles.toString()});
    }
    step(QStringLiteral("hours"));

    // Blocks and closures, folded.
    {
        const QList<qint64> blockIds =
            allocateIds(session, QStringLiteral("availability_exceptions_id_seq"), plan.blocks.size());
        ArrayLiteral ids, keys, kinds, sd, ed, sm, em, reasons;
        for (qsizetype i = 0; i < plan.blocks.size(); ++i) {
            const LegacyBlock &b = plan.blocks.at(i);
            ids.addInt(blockIds.at(i));
            if (b.block.practitionerKey.isEmpty())
                keys.addNull();
            else
                keys.addText(b.block.practitionerKey);
            kinds.addText(b.block.kind);
            sd.addDate(b.block.startDate);
            ed.addDate(b.block.endDate);
            sm.addOptionalInt(b.block.startMinute);
            em.addOptionalInt(b.block.endMinute);
            reasons.addText(b.block.reason);
            for (const qint64 old : b.exceptionIds)
                refs.add(kExceptions, old, "availability_exceptions", blockIds.at(i));
        }
        session.exec(
            QStringLiteral(
                "INSERT INTO availability_exceptions"
                " (id, practitioner_id, kind, start_date, end_date, start_minute, end_minute, reason)"
                " SELECT u.id, p.id, u.kind, u.sd, u.ed, u.sm, u.em, u.reason"
                " FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]),"
                "   CAST(? AS date[]), CAST(? AS date[]), CAST(? AS int[]), CAST(? AS int[]),"
                "   CAST(? AS text[])) AS u(id, key, kind, sd, ed, sm, em, reason)"
                " LEFT JOIN practitioners p ON p.key = u.key"),
            {ids.toString(), keys.toString(), kinds.toString(), sd.toString(), ed.toString(), sm.toString(),
             em.toString(), reasons.toString()});
    }
    step(QStringLiteral("blocks"));

    // Appointments: an overlap with one already in CareDesk is a report line (the
    // exclusion constraint refuses it; ON CONFLICT DO NOTHING leaves it out).
    {
        const QList<qint64> apptIds =
            allocateIds(session, QStringLiteral("appointments_id_seq"), plan.appointments.size());
        QSet<qint64> inserted;
        for (qsizetype first = 0; first < plan.appointments.size(); first += kBatchRows) {
            ArrayLiteral ids, keys, starts, minutes, patients, phones, statuses;
            for (qsizetype i = first; i < std::min(plan.appointments.size(), first + kBatchRows); ++i) {
                const AppointmentData &a = plan.appointments.at(i).appointment;
                ids.addInt(apptIds.at(i));
                keys.addText(a.practitionerKey);
                starts.addInstant(a.start);
                minutes.addInt(a.minutes);
                patients.addText(a.patient);
                phones.addText(a.phone);
                statuses.addText(a.status);
            }
            inserted += returnedIds(session.exec(
                QStringLiteral(
                    "INSERT INTO appointments"
                    " (id, practitioner_id, starts_at, ends_at, patient_name, patient_phone, status)"
                    " SELECT u.id, p.id, u.st, u.st + make_interval(mins => u.mins), u.patient, u.phone,"
                    "        u.status"
                    " FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS timestamptz[]),"
                    "   CAST(? AS int[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))"
                    "   AS u(id, key, st, mins, patient, phone, status)"
                    " JOIN practitioners p ON p.key = u.key"
                    " ON CONFLICT DO NOTHING RETURNING id"),
                {ids.toString(), keys.toString(), starts.toString(), minutes.toString(), patients.toString(),
                 phones.toString(), statuses.toString()}));
        }
        LegacyTableCount &c = report.count(kAppointments);
        for (qsizetype i = 0; i < plan.appointments.size(); ++i) {
            const LegacyBooking &b = plan.appointments.at(i);
            if (inserted.contains(apptIds.at(i))) {
                refs.add(kAppointments, b.appointmentId, "appointments", apptIds.at(i));
                refs.add(kPatients, b.patientId, "appointments", apptIds.at(i));
                continue;
            }
            --c.imported;
            --c.created;
            ++c.skipped;
            report.skipped.append({kAppointments, b.appointmentId,
                                   EngineText::tr("overlaps an appointment already in CareDesk")});
            report.notes.removeIf(
                [&b](const LegacySkip &n) { return n.table == kAppointments && n.id == b.appointmentId; });
        }
    }
    refs.write(session);
    step(QStringLiteral("appointments"));

    sortLines(report.skipped);
    sortLines(report.notes);
    report.conflicts = int(findConflicts(session, options.today, options.today.addDays(365)).size());
    report.warnings = int(loadWarnings(session, options.today).size());
    if (!options.dryRun)
        tx.commit(); // a dry run rolls everything back: the report is what a real run would say
    return report;
}

} // namespace caredesk

namespace caredesk {

QJsonObject legacyReportJson(const LegacyImportReport &report)
{
    QJsonObject tables;
    for (const LegacyTableCount &c : report.tables) {
        tables.insert(c.table, QJsonObject{{QStringLiteral("read"), c.read},
                                           {QStringLiteral("imported"), c.imported},
                                           {QStringLiteral("created"), c.created},
                                           {QStringLiteral("folded"), c.folded},
                                           {QStringLiteral("already_imported"), c.alreadyImported},
                                           {QStringLiteral("skipped"), c.skipped}});
    }
    const auto lines = [](const QList<LegacySkip> &list, const QString &field) {
        QJsonArray out;
        for (const LegacySkip &s : list) {
            out.append(QJsonObject{
                {QStringLiteral("table"), s.table}, {QStringLiteral("id"), s.id}, {field, s.reason}});
        }
        return out;
    };
    return {{QStringLiteral("source"), report.source},
            {QStringLiteral("zone"), report.zone},
            {QStringLiteral("dry_run"), report.dryRun},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("skipped"), lines(report.skipped, QStringLiteral("reason"))},
            {QStringLiteral("notes"), lines(report.notes, QStringLiteral("note"))},
            {QStringLiteral("conflicts"), report.conflicts},
            {QStringLiteral("warnings"), report.warnings}};
}

QString legacyReportText(const LegacyImportReport &report)
{
    QString out;
    out += EngineText::tr("Import from the old system: %1 (appointment times read in %2)\n")
               .arg(report.source, report.zone);
    if (report.dryRun)
        out += EngineText::tr("Dry run: nothing was written.\n");
    out += QLatin1Char('\n');
    const QStringList heads{EngineText::tr("table"),   EngineText::tr("read"),   EngineText::tr("imported"),
                            EngineText::tr("created"), EngineText::tr("folded"), EngineText::tr("already"),
                            EngineText::tr("skipped")};
    const auto row = [&out](const QStringList &cells) {
        out += cells.at(0).leftJustified(26);
        for (qsizetype i = 1; i < cells.size(); ++i)
            out += cells.at(i).rightJustified(10);
        out += QLatin1Char('\n');
    };
    row(heads);
    for (const LegacyTableCount &c : report.tables) {
        row({c.table, QString::number(c.read), QString::number(c.imported), QString::number(c.created),
             QString::number(c.folded), QString::number(c.alreadyImported), QString::number(c.skipped)});
    }
    out += QLatin1Char('\n');
    out +=
        EngineText::tr("Conflicts after the import: %1 (see caredesk-cli conflicts)\n").arg(report.conflicts);
    out += EngineText::tr("Warnings after the import: %1 (see caredesk-cli warnings)\n").arg(report.warnings);
    const auto list = [&out](const QString &title, const QList<LegacySkip> &items) {
        if (items.isEmpty())
            return;
        out += QLatin1Char('\n') + title.arg(items.size()) + QLatin1Char('\n');
        for (const LegacySkip &s : items)
            out += QStringLiteral("  %1 %2: %3\n").arg(s.table).arg(s.id).arg(s.reason);
    };
    list(EngineText::tr("Not imported (%1):"), report.skipped);
    list(EngineText::tr("Imported, worth a look (%1):"), report.notes);
    return out;
}

} // namespace caredesk
