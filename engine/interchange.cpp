#include "interchange.h"

#include "availability.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace caredesk {

namespace {

const QRegularExpression &keyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,62}$"));
    return re;
}

/// Reads typed values out of JSON, recording every problem with its path.
class Reader
{
public:
    QStringList errors;

    void fail(const QString &path, const QString &problem)
    {
        errors << path + QStringLiteral(": ") + problem;
    }

    std::optional<QString> text(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, QStringLiteral("%1 is missing").arg(key));
            return std::nullopt;
        }
        if (!v.isString()) {
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected text"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<int> integer(const QJsonObject &o, const QString &key, const QString &path, int min,
                               int max, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, QStringLiteral("%1 is missing").arg(key));
            return std::nullopt;
        }
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            fail(path + QLatin1Char('.') + key,
                 QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return int(d);
    }

    std::optional<QDate> date(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const auto t = text(o, key, path, required);
        if (!t)
            return std::nullopt;
        const QDate d = QDate::fromString(*t, Qt::ISODate);
        if (!d.isValid() || t->size() != 10) {
            fail(path + QLatin1Char('.') + key, QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(*t));
            return std::nullopt;
        }
        return d;
    }

    std::optional<WallMinutes> time(const QJsonObject &o, const QString &key, const QString &path,
                                    bool required, bool endOfDayAllowed)
    {
        const auto t = text(o, key, path, required);
        if (!t)
            return std::nullopt;
        const WallMinutes m = parseWallMinutes(*t);
        if (m < 0 || (m == kEndOfDay && !endOfDayAllowed)) {
            fail(path + QLatin1Char('.') + key, m == kEndOfDay
                                                    ? QStringLiteral("24:00 is allowed only as an end time")
                                                    : QStringLiteral("\"%1\" is not a time (HH:MM)").arg(*t));
            return std::nullopt;
        }
        return m;
    }

    QJsonArray array(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(key, QStringLiteral("expected a list"));
            return {};
        }
        return v.toArray();
    }

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            fail(path, QStringLiteral("expected an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

    /// An optional wall-clock window: both start_time and end_time, or neither.
    bool window(const QJsonObject &o, const QString &path, std::optional<WallMinutes> &start,
                std::optional<WallMinutes> &end)
    {
        start = time(o, QStringLiteral("start_time"), path, false, false);
        end = time(o, QStringLiteral("end_time"), path, false, true);
        const bool hasStart = o.contains(QStringLiteral("start_time"));
        const bool hasEnd = o.contains(QStringLiteral("end_time"));
        if (hasStart != hasEnd) {
            fail(path, QStringLiteral("start_time and end_time go together"));
            return false;
        }
        if (start && end && *end <= *start) {
            fail(path, QStringLiteral("end %1 is not after start %2")
                           .arg(formatWallMinutes(*end), formatWallMinutes(*start)));
            return false;
        }
        return true;
    }
};

void readException(Reader &r, const QJsonObject &o, const QString &path, const QStringList &kinds,
                   ExceptionData &e)
{
    const auto start = r.date(o, QStringLiteral("start_date"), path, true);
    const auto end = r.date(o, QStringLiteral("end_date"), path, true);
    if (start && end && *end < *start)
        r.fail(path, QStringLiteral("end_date %1 is before start_date %2")
                         .arg(end->toString(Qt::ISODate), start->toString(Qt::ISODate)));
    e.startDate = start.value_or(QDate());
    e.endDate = end.value_or(QDate());
    const auto kind = r.text(o, QStringLiteral("kind"), path, true);
    if (kind && !kinds.contains(*kind))
        r.fail(path + QStringLiteral(".kind"),
               QStringLiteral("\"%1\" is not one of %2").arg(*kind, kinds.join(QStringLiteral(", "))));
    e.kind = kind.value_or(QString());
    r.window(o, path, e.startMinute, e.endMinute);
    e.reason = r.text(o, QStringLiteral("reason"), path, false).value_or(QString());
}

} // namespace

Result<ClinicData> parseInterchange(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: not valid JSON at offset %2: %3")
                                                      .arg(source)
                                                      .arg(parseError.offset)
                                                      .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: expected a JSON object").arg(source));
    const QJsonObject root = doc.object();
    Reader r;
    ClinicData clinic;

    const QString format = root.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(kInterchangeFormat)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: format: expected \"%2\", found \"%3\"")
                             .arg(source, QLatin1String(kInterchangeFormat), format));
    }

    const QJsonObject c = root.value(QStringLiteral("clinic")).toObject();
    if (!root.value(QStringLiteral("clinic")).isObject())
        r.fail(QStringLiteral("clinic"), QStringLiteral("expected an object"));
    clinic.name = r.text(c, QStringLiteral("name"), QStringLiteral("clinic"), true).value_or(QString());
    if (root.value(QStringLiteral("clinic")).isObject() && clinic.name.trimmed().isEmpty() &&
        c.contains(QStringLiteral("name")))
        r.fail(QStringLiteral("clinic.name"), QStringLiteral("is empty"));
    clinic.timeZone =
        r.text(c, QStringLiteral("timezone"), QStringLiteral("clinic"), true).value_or(QString());
    const QTimeZone zone(clinic.timeZone.toUtf8());
    if (!clinic.timeZone.isEmpty() && !zone.isValid())
        r.fail(QStringLiteral("clinic.timezone"),
               QStringLiteral("\"%1\" is not an IANA time zone").arg(clinic.timeZone));
    clinic.slotStepMinutes =
        r.integer(c, QStringLiteral("slot_step_minutes"), QStringLiteral("clinic"), 5, 240, false)
            .value_or(30);

    QSet<QString> typeKeys;
    const QJsonArray types = r.array(root, QStringLiteral("appointment_types"));
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString path = QStringLiteral("appointment_types[%1]").arg(i);
        const auto o = r.object(types[i], path);
        if (!o)
            continue;
        AppointmentTypeData t;
        t.key = r.text(*o, QStringLiteral("key"), path, true).value_or(QString());
        if (!t.key.isEmpty() && !keyPattern().match(t.key).hasMatch())
            r.fail(path + QStringLiteral(".key"),
                   QStringLiteral("\"%1\" must be lower-case letters, digits, . _ -").arg(t.key));
        if (typeKeys.contains(t.key))
            r.fail(path + QStringLiteral(".key"), QStringLiteral("\"%1\" is used twice").arg(t.key));
        typeKeys.insert(t.key);
        t.name = r.text(*o, QStringLiteral("name"), path, true).value_or(QString());
        t.minutes = r.integer(*o, QStringLiteral("minutes"), path, 5, 480, true).value_or(30);
        clinic.appointmentTypes.append(t);
    }

    QSet<QString> keys;
    const QJsonArray practitioners = r.array(root, QStringLiteral("practitioners"));
    for (qsizetype i = 0; i < practitioners.size(); ++i) {
        const QString path = QStringLiteral("practitioners[%1]").arg(i);
        const auto o = r.object(practitioners[i], path);
        if (!o)
            continue;
        PractitionerData p;
        p.key = r.text(*o, QStringLiteral("key"), path, true).value_or(QString());
        if (!p.key.isEmpty() && !keyPattern().match(p.key).hasMatch())
            r.fail(path + QStringLiteral(".key"),
                   QStringLiteral("\"%1\" must be lower-case letters, digits, . _ -").arg(p.key));
        if (keys.contains(p.key))
            r.fail(path + QStringLiteral(".key"), QStringLiteral("\"%1\" is used twice").arg(p.key));
        keys.insert(p.key);
        p.name = r.text(*o, QStringLiteral("name"), path, true).value_or(QString());
        const QJsonArray hours = o->value(QStringLiteral("working_hours")).toArray();
        if (o->contains(QStringLiteral("working_hours")) &&
            !o->value(QStringLiteral("working_hours")).isArray())
            r.fail(path + QStringLiteral(".working_hours"), QStringLiteral("expected a list"));
        for (qsizetype j = 0; j < hours.size(); ++j) {
            const QString hpath = path + QStringLiteral(".working_hours[%1]").arg(j);
            const auto h = r.object(hours[j], hpath);
            if (!h)
                continue;
            WorkingInterval w;
            const auto day = r.integer(*h, QStringLiteral("weekday"), hpath, 1, 7, true);
            const auto start = r.time(*h, QStringLiteral("start"), hpath, true, false);
            const auto end = r.time(*h, QStringLiteral("end"), hpath, true, true);
            w.validFrom = r.date(*h, QStringLiteral("valid_from"), hpath, false);
            w.validUntil = r.date(*h, QStringLiteral("valid_until"), hpath, false);
            if (!day || !start || !end)
                continue;
            if (*end <= *start) {
                r.fail(hpath, QStringLiteral("end %1 is not after start %2")
                                  .arg(formatWallMinutes(*end), formatWallMinutes(*start)));
                continue;
            }
            if (w.validFrom && w.validUntil && *w.validUntil < *w.validFrom) {
                r.fail(hpath, QStringLiteral("valid_until is before valid_from"));
                continue;
            }
            w.weekday = *day;
            w.start = *start;
            w.end = *end;
            for (qsizetype k = 0; k < p.hours.size(); ++k) {
                const WorkingInterval &x = p.hours[k];
                const bool datesOverlap = (!x.validUntil || !w.validFrom || *w.validFrom <= *x.validUntil) &&
                                          (!w.validUntil || !x.validFrom || *x.validFrom <= *w.validUntil);
                if (x.weekday == w.weekday && datesOverlap && x.start < w.end && w.start < x.end) {
                    r.fail(hpath, QStringLiteral("overlaps working_hours[%1] (%2 %3-%4)")
                                      .arg(k)
                                      .arg(weekdayName(x.weekday), formatWallMinutes(x.start),
                                           formatWallMinutes(x.end)));
                }
            }
            p.hours.append(w);
        }
        clinic.practitioners.append(p);
    }

    const QJsonArray closures = r.array(root, QStringLiteral("closures"));
    for (qsizetype i = 0; i < closures.size(); ++i) {
        const QString path = QStringLiteral("closures[%1]").arg(i);
        const auto o = r.object(closures[i], path);
        if (!o)
            continue;
        ExceptionData e;
        readException(r, *o, path, {QStringLiteral("closure"), QStringLiteral("holiday")}, e);
        clinic.exceptions.append(e);
    }
    const QJsonArray exceptions = r.array(root, QStringLiteral("exceptions"));
    for (qsizetype i = 0; i < exceptions.size(); ++i) {
        const QString path = QStringLiteral("exceptions[%1]").arg(i);
        const auto o = r.object(exceptions[i], path);
        if (!o)
            continue;
        ExceptionData e;
        e.practitionerKey = r.text(*o, QStringLiteral("practitioner"), path, true).value_or(QString());
        if (!e.practitionerKey.isEmpty() && !keys.contains(e.practitionerKey))
            r.fail(path + QStringLiteral(".practitioner"),
                   QStringLiteral("unknown practitioner \"%1\"").arg(e.practitionerKey));
        readException(r, *o, path,
                      {QStringLiteral("blocked"), QStringLiteral("holiday"), QStringLiteral("vacation"),
                       QStringLiteral("work")},
                      e);
        clinic.exceptions.append(e);
    }

    static const QStringList statuses{QStringLiteral("booked"), QStringLiteral("completed"),
                                      QStringLiteral("cancelled"), QStringLiteral("no_show")};
    static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"));
    const QJsonArray appointments = r.array(root, QStringLiteral("appointments"));
    QHash<QString, QList<qsizetype>> byPractitioner;
    for (qsizetype i = 0; i < appointments.size(); ++i) {
        const QString path = QStringLiteral("appointments[%1]").arg(i);
        const auto o = r.object(appointments[i], path);
        if (!o)
            continue;
        AppointmentData a;
        a.practitionerKey = r.text(*o, QStringLiteral("practitioner"), path, true).value_or(QString());
        if (!a.practitionerKey.isEmpty() && !keys.contains(a.practitionerKey))
            r.fail(path + QStringLiteral(".practitioner"),
                   QStringLiteral("unknown practitioner \"%1\"").arg(a.practitionerKey));
        const auto start = r.text(*o, QStringLiteral("start"), path, true);
        if (start) {
            if (withOffset.match(*start).hasMatch()) {
                a.start = QDateTime::fromString(*start, Qt::ISODateWithMs).toUTC();
            } else if (zone.isValid()) {
                const QDateTime local = QDateTime::fromString(*start, Qt::ISODateWithMs);
                if (local.isValid())
                    a.start = wallClockToInstant(local.date(), local.time(), zone);
            }
            if (!a.start.isValid())
                r.fail(path + QStringLiteral(".start"),
                       QStringLiteral(
                           "\"%1\" is not a date and time (YYYY-MM-DDTHH:MM, optionally with an offset)")
                           .arg(*start));
        }
        a.minutes = r.integer(*o, QStringLiteral("minutes"), path, 1, 1440, true).value_or(0);
        a.patient = r.text(*o, QStringLiteral("patient"), path, true).value_or(QString());
        if (o->contains(QStringLiteral("patient")) && a.patient.trimmed().isEmpty())
            r.fail(path + QStringLiteral(".patient"), QStringLiteral("is empty"));
        a.phone = r.text(*o, QStringLiteral("phone"), path, false).value_or(QString());
        a.typeKey = r.text(*o, QStringLiteral("type"), path, false).value_or(QString());
        if (!a.typeKey.isEmpty() && !typeKeys.contains(a.typeKey))
            r.fail(path + QStringLiteral(".type"),
                   QStringLiteral("unknown appointment type \"%1\"").arg(a.typeKey));
        a.status = r.text(*o, QStringLiteral("status"), path, false).value_or(QStringLiteral("booked"));
        if (!statuses.contains(a.status))
            r.fail(
                path + QStringLiteral(".status"),
                QStringLiteral("\"%1\" is not one of %2").arg(a.status, statuses.join(QStringLiteral(", "))));
        if (a.start.isValid() && a.status != QLatin1String("cancelled")) {
            for (qsizetype k : byPractitioner.value(a.practitionerKey)) {
                const AppointmentData &x = clinic.appointments[k];
                if (x.start < a.start.addSecs(a.minutes * 60LL) &&
                    a.start < x.start.addSecs(x.minutes * 60LL))
                    r.fail(path,
                           QStringLiteral("overlaps appointments[%1] for %2").arg(k).arg(a.practitionerKey));
            }
            byPractitioner[a.practitionerKey].append(clinic.appointments.size());
        }
        clinic.appointments.append(a);
    }

    if (!r.errors.isEmpty()) {
        const int shown = int(std::min<qsizetype>(r.errors.size(), 20));
        QString message = QStringLiteral("%1: %2").arg(
            source, r.errors.mid(0, shown).join(QStringLiteral("\n") + source + QStringLiteral(": ")));
        if (r.errors.size() > shown)
            message +=
                QStringLiteral("\n%1: … and %2 more problems").arg(source).arg(r.errors.size() - shown);
        return makeError(ErrorCode::InvalidInput, message);
    }
    return clinic;
}

QJsonObject exceptionToJson(const ExceptionData &e)
{
    QJsonObject o{{QStringLiteral("start_date"), e.startDate.toString(Qt::ISODate)},
                  {QStringLiteral("end_date"), e.endDate.toString(Qt::ISODate)},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("reason"), e.reason}};
    if (!e.allDay()) {
        o.insert(QStringLiteral("start_time"), formatWallMinutes(*e.startMinute));
        o.insert(QStringLiteral("end_time"), formatWallMinutes(*e.endMinute));
    }
    return o;
}

QJsonObject toInterchange(const ClinicData &clinic)
{
    const QTimeZone zone(clinic.timeZone.toUtf8());
    QJsonArray types;
    for (const auto &t : clinic.appointmentTypes)
        types.append(QJsonObject{{QStringLiteral("key"), t.key},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("minutes"), t.minutes}});
    QJsonArray practitioners;
    for (const auto &p : clinic.practitioners) {
        QJsonArray hours;
        for (const auto &w : p.hours) {
            QJsonObject h{{QStringLiteral("weekday"), w.weekday},
                          {QStringLiteral("start"), formatWallMinutes(w.start)},
                          {QStringLiteral("end"), formatWallMinutes(w.end)}};
            if (w.validFrom)
                h.insert(QStringLiteral("valid_from"), w.validFrom->toString(Qt::ISODate));
            if (w.validUntil)
                h.insert(QStringLiteral("valid_until"), w.validUntil->toString(Qt::ISODate));
            hours.append(h);
        }
        practitioners.append(QJsonObject{{QStringLiteral("key"), p.key},
                                         {QStringLiteral("name"), p.name},
                                         {QStringLiteral("working_hours"), hours}});
    }
    QJsonArray closures;
    QJsonArray exceptions;
    for (const auto &e : clinic.exceptions) {
        QJsonObject o = exceptionToJson(e);
        if (e.practitionerKey.isEmpty()) {
            closures.append(o);
        } else {
            o.insert(QStringLiteral("practitioner"), e.practitionerKey);
            exceptions.append(o);
        }
    }
    QJsonArray appointments;
    for (const auto &a : clinic.appointments) {
        QJsonObject o{{QStringLiteral("practitioner"), a.practitionerKey},
                      {QStringLiteral("start"), formatInstant(a.start, zone)},
                      {QStringLiteral("minutes"), a.minutes},
                      {QStringLiteral("patient"), a.patient},
                      {QStringLiteral("status"), a.status}};
        if (!a.phone.isEmpty())
            o.insert(QStringLiteral("phone"), a.phone);
        if (!a.typeKey.isEmpty())
            o.insert(QStringLiteral("type"), a.typeKey);
        appointments.append(o);
    }
    return QJsonObject{{QStringLiteral("format"), QLatin1String(kInterchangeFormat)},
                       {QStringLiteral("clinic"),
                        QJsonObject{{QStringLiteral("name"), clinic.name},
                                    {QStringLiteral("timezone"), clinic.timeZone},
                                    {QStringLiteral("slot_step_minutes"), clinic.slotStepMinutes}}},
                       {QStringLiteral("appointment_types"), types},
                       {QStringLiteral("practitioners"), practitioners},
                       {QStringLiteral("closures"), closures},
                       {QStringLiteral("exceptions"), exceptions},
                       {QStringLiteral("appointments"), appointments}};
}

ClinicData readClinic(Session &session)
{
    ClinicData c;
    const ClinicSettings settings = readClinicSettings(session);
    c.name = settings.name;
    c.timeZone = settings.timeZone;
    c.slotStepMinutes = settings.slotStepMinutes;
    QSqlQuery t =
        session.exec(QStringLiteral("SELECT key, name, minutes FROM appointment_types ORDER BY key"));
    while (t.next())
        c.appointmentTypes.append({t.value(0).toString(), t.value(1).toString(), t.value(2).toInt()});
    QSqlQuery p = session.exec(QStringLiteral("SELECT id, key, display_name FROM practitioners"
                                              " WHERE clinic_id = caredesk_current_clinic() ORDER BY key"));
    QHash<qint64, qsizetype> index;
    while (p.next()) {
        index.insert(p.value(0).toLongLong(), c.practitioners.size());
        c.practitioners.append({p.value(1).toString(), p.value(2).toString(), {}});
    }
    QSqlQuery h = session.exec(
        QStringLiteral("SELECT practitioner_id, weekday, start_minute, end_minute, valid_from, valid_until"
                       " FROM working_hours WHERE clinic_id = caredesk_current_clinic()"
                       " ORDER BY practitioner_id, weekday, start_minute, valid_from NULLS FIRST"));
    while (h.next())
        c.practitioners[index.value(h.value(0).toLongLong())].hours.append(workingIntervalFromRow(h, 1));
    QSqlQuery e = session.exec(QStringLiteral(
        "SELECT coalesce(p.key, ''), e.kind, e.start_date, e.end_date, e.start_minute, e.end_minute, e.reason"
        " FROM availability_exceptions e LEFT JOIN practitioners p ON p.id = e.practitioner_id"
        " WHERE e.clinic_id = caredesk_current_clinic()"
        " ORDER BY p.key NULLS FIRST, e.start_date, e.end_date, e.kind, e.start_minute NULLS FIRST, e.id"));
    while (e.next()) {
        ExceptionData x;
        x.practitionerKey = e.value(0).toString();
        exceptionFromRow(e, 1, x);
        c.exceptions.append(x);
    }
    QSqlQuery a = session.exec(QStringLiteral(
        "SELECT p.key, (extract(epoch FROM a.starts_at) * 1000)::bigint,"
        " (extract(epoch FROM a.ends_at - a.starts_at) / 60)::int, a.patient_name, a.patient_phone,"
        " coalesce(t.key, ''), a.status FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id"
        " LEFT JOIN appointment_types t ON t.id = a.type_id WHERE a.clinic_id = caredesk_current_clinic()"
        " ORDER BY a.starts_at, p.key, a.id"));
    while (a.next()) {
        AppointmentData x;
        x.practitionerKey = a.value(0).toString();
        x.start = QDateTime::fromMSecsSinceEpoch(a.value(1).toLongLong(), QTimeZone::utc());
        x.minutes = a.value(2).toInt();
        x.patient = a.value(3).toString();
        x.phone = a.value(4).toString();
        x.typeKey = a.value(5).toString();
        x.status = a.value(6).toString();
        c.appointments.append(x);
    }
    return c;
}

void importClinic(Session &session, const ClinicData &clinic, bool replace)
{
    Transaction tx(session);
    writeClinic(session, clinic, replace);
    tx.commit();
}

} // namespace caredesk
