#include "booking.h"

#include "availability.h"
#include "clinics.h"
#include "clinictime.h"
#include "session.h"
#include "text.h"

namespace caredesk {

namespace {

const QString kSelectAppointment =
    QStringLiteral("SELECT a.id, p.key, (extract(epoch FROM a.starts_at) * 1000)::bigint, (extract(epoch "
                   "FROM a.ends_at) * 1000)::bigint,"
                   " a.status, a.version, coalesce(a.request_id::text, ''), a.patient_name, a.patient_phone, "
                   "coalesce(t.key, ''), coalesce(a.series_id, 0), coalesce(a.series_index, 0)"
                   " FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id LEFT JOIN "
                   "appointment_types t ON t.id = a.type_id ");

Appointment fromRow(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.practitionerKey = q.value(1).toString();
    a.start = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc());
    a.end = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
    a.status = q.value(4).toString();
    a.version = q.value(5).toInt();
    a.requestId = q.value(6).toString();
    a.patient = q.value(7).toString();
    a.phone = q.value(8).toString();
    a.typeKey = q.value(9).toString();
    a.seriesId = q.value(10).toLongLong();
    a.seriesIndex = q.value(11).toInt();
    return a;
}

std::optional<Appointment> findOne(Session &session, const QString &where, const QVariantList &binds)
{
    QSqlQuery q = session.exec(kSelectAppointment + where, binds);
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

[[noreturn]] void refuse(ErrorCode code, const QString &message)
{
    throw DbException(makeError(code, message));
}

/// Refuses [start, end) unless it lies in free time under rules 1-6 (ignoring one
/// appointment), explaining why: a closure or block, outside hours, or taken.
void requireFree(Session &session, const QString &key, const QDateTime &start, const QDateTime &end,
                 qint64 ignoreId, const QDateTime &now, bool overrideRules)
{
    if (overrideRules) {
        session.exec(QStringLiteral("SELECT set_config('caredesk.note', 'booked with the override flag, "
                                    "outside availability', true)"));
        return;
    }
    const ClinicSettings settings = readClinicSettings(session);
    const QTimeZone zone(settings.timeZone.toUtf8());
    if (start < now)
        refuse(ErrorCode::NotAllowed, EngineText::tr("%1 is in the past").arg(formatInstant(start, zone)));
    const QDate from = start.toTimeZone(zone).date().addDays(-1);
    const QDate to = end.toTimeZone(zone).date();
    const AvailabilityData data = loadAvailabilityData(session, {key}, from, to, ignoreId);
    AvailabilityOptions options;
    options.from = from;
    options.to = to;
    options.minutes = 1;
    options.step = 1;
    options.nowMs = std::numeric_limits<qint64>::max(); // slots are not needed here
    const QList<PractitionerAvailability> result = evaluateAvailability(data, options);
    ZoneDays days(zone);
    const SpanJudgement judged =
        judgeSpan(data, result.first(), {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()}, days);
    switch (judged.verdict) {
    case SpanVerdict::Free:
        return;
    case SpanVerdict::Taken:
        refuse(ErrorCode::SlotTaken, EngineText::tr("slot just taken"));
    case SpanVerdict::Closure:
    case SpanVerdict::Block:
        refuse(ErrorCode::NotAllowed, EngineText::tr("%1 is not available then: %2")
                                          .arg(key, judged.blockers.join(QStringLiteral(", "))));
    case SpanVerdict::Hours:
        break;
    }
    refuse(ErrorCode::NotAllowed, EngineText::tr("%1 does not work from %2 to %3")
                                      .arg(key, formatInstant(start, zone), formatInstant(end, zone)));
}

/// Refuses an optimistic edit made against an older version.
void requireVersion(const Appointment &current, std::optional<int> expectVersion)
{
    if (expectVersion && *expectVersion != current.version) {
        refuse(ErrorCode::StaleVersion,
               EngineText::tr("Appointment %1 has changed (version %2, not %3); reload it")
                   .arg(current.id)
                   .arg(current.version)
                   .arg(*expectVersion));
    }
}

} // namespace

// The scope rows are locked by function (see migrations 0002 and 0005: front desk may
// lock, not update, them).
qint64 lockPractitioner(Session &session, const QString &key)
{
    const QVariant id = session.scalar(QStringLiteral("SELECT caredesk_lock_booking_scope(?)"), {key});
    if (id.isNull() || !id.isValid())
        refuse(ErrorCode::InvalidInput, EngineText::tr("Unknown practitioner: %1").arg(key));
    return id.toLongLong();
}

void rethrowWriteError(const DbException &e)
{
    const QString state = e.error().sqlState;
    if (state == QLatin1String("23P01") || state == QLatin1String("40P01"))
        refuse(ErrorCode::SlotTaken, EngineText::tr("slot just taken"));
    throw e;
}

void requireBookingFields(const BookingRequest &request)
{
    if (request.patient.trimmed().isEmpty())
        refuse(ErrorCode::InvalidInput, EngineText::tr("The patient's name is missing"));
    if (!request.start.isValid())
        refuse(ErrorCode::InvalidInput, EngineText::tr("The start time is missing or not valid"));
    if (auto problem = textFieldProblem(EngineText::tr("The patient's name"), request.patient, 200))
        refuse(ErrorCode::InvalidInput, *problem);
    if (auto problem = textFieldProblem(EngineText::tr("The phone number"), request.phone, 40))
        refuse(ErrorCode::InvalidInput, *problem);
}

BookingLength resolveBookingLength(Session &session, const QString &typeKey, int minutes)
{
    BookingLength out;
    out.minutes = minutes;
    if (!typeKey.isEmpty()) {
        QSqlQuery t = session.exec(QStringLiteral("SELECT id, minutes FROM appointment_types WHERE key = ?"),
                                   {typeKey});
        if (!t.next())
            refuse(ErrorCode::InvalidInput, EngineText::tr("Unknown appointment type: %1").arg(typeKey));
        out.typeId = t.value(0);
        if (out.minutes <= 0)
            out.minutes = t.value(1).toInt();
    }
    if (out.minutes <= 0)
        out.minutes = readClinicSettings(session).slotStepMinutes;
    if (out.minutes > 24 * 60)
        refuse(ErrorCode::InvalidInput,
               EngineText::tr("An appointment of %1 minutes is longer than a day").arg(out.minutes));
    return out;
}

std::optional<Appointment> findByRequestId(Session &session, const QUuid &requestId)
{
    return findOne(session, QStringLiteral("WHERE a.request_id = CAST(? AS uuid)"),
                   {requestId.toString(QUuid::WithoutBraces)});
}

std::optional<Appointment> findCancelled(Session &session, qint64 id)
{
    return findOne(session, QStringLiteral("WHERE a.id = ? AND a.status = 'cancelled'") + inThisClinic("a"),
                   {id});
}

QList<Appointment> readAppointmentsWhere(Session &session, const QString &where, const QVariantList &binds)
{
    QSqlQuery q = session.exec(kSelectAppointment + where, binds);
    QList<Appointment> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Appointment readAppointment(Session &session, qint64 id)
{
    auto a = findOne(session, QStringLiteral("WHERE a.id = ?") + inThisClinic("a"), {id});
    if (!a)
        refuse(ErrorCode::InvalidInput, EngineText::tr("There is no appointment %1").arg(id));
    return *a;
}

namespace {

Appointment bookInTransaction(Session &session, const BookingRequest &request, const QUuid &requestId,
                              const QDateTime &now);

} // namespace

Appointment book(Session &session, const BookingRequest &request, const QDateTime &now)
{
    const QUuid requestId = request.requestId.isNull() ? QUuid::createUuid() : request.requestId;
    try {
        return bookInTransaction(session, request, requestId, now);
    } catch (const DbException &e) {
        // The same request id stored by another attempt at the same moment (for another
        // practitioner, so the lock did not order them): answer what that attempt made.
        if (e.error().sqlState != QLatin1String("23505"))
            throw;
        if (auto existing = findByRequestId(session, requestId))
            return *existing;
        throw;
    }
}

namespace {

Appointment bookInTransaction(Session &session, const BookingRequest &request, const QUuid &requestId,
                              const QDateTime &now)
{
    requireBookingFields(request);
    Transaction tx(session);
    const BookingLength length = resolveBookingLength(session, request.typeKey, request.minutes);
    const int minutes = length.minutes;
    const QVariant typeId = length.typeId;
    const QDateTime end = request.start.addSecs(qint64(minutes) * 60);

    const qint64 practitionerId = lockPractitioner(session, request.practitionerKey);
    // After the lock, so a first attempt that is still committing (its connection lost)
    // has finished and is seen here: the same request again answers what it made.
    if (auto existing = findByRequestId(session, requestId))
        return *existing;
    requireFree(session, request.practitionerKey, request.start, end, 0, now, request.overrideRules);
    QVariant id;
    try {
        id = session.scalar(
            QStringLiteral(
                "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name, patient_phone,"
                " type_id, request_id) VALUES (?, CAST(? AS timestamptz), CAST(? AS timestamptz), ?, ?, ?,"
                " CAST(? AS uuid)) RETURNING id"),
            {practitionerId, request.start.toUTC().toString(Qt::ISODateWithMs),
             end.toUTC().toString(Qt::ISODateWithMs), request.patient.trimmed(), request.phone.trimmed(),
             typeId.isValid() ? typeId : QVariant(QMetaType::fromType<qlonglong>()),
             requestId.toString(QUuid::WithoutBraces)});
    } catch (const DbException &e) {
        rethrowWriteError(e);
    }
    Appointment made = readAppointment(session, id.toLongLong());
    tx.commit();
    return made;
}

} // namespace

Appointment reschedule(Session &session, qint64 id, const QDateTime &newStart,
                       std::optional<int> expectVersion, const QDateTime &now, bool overrideRules)
{
    Transaction tx(session);
    const Appointment current = readAppointment(session, id);
    requireVersion(current, expectVersion);
    if (current.status == QLatin1String("cancelled"))
        refuse(ErrorCode::NotAllowed, EngineText::tr("Appointment %1 is cancelled").arg(id));
    lockPractitioner(session, current.practitionerKey);
    const QDateTime newEnd = newStart.addMSecs(current.start.msecsTo(current.end));
    requireFree(session, current.practitionerKey, newStart, newEnd, id, now, overrideRules);
    QSqlQuery q;
    try {
        q = session.exec(
            QStringLiteral(
                "UPDATE appointments SET starts_at = CAST(? AS timestamptz), ends_at = CAST(? AS timestamptz)"
                " WHERE id = ? AND version = ?"),
            {newStart.toUTC().toString(Qt::ISODateWithMs), newEnd.toUTC().toString(Qt::ISODateWithMs), id,
             current.version});
    } catch (const DbException &e) {
        rethrowWriteError(e);
    }
    if (q.numRowsAffected() != 1)
        refuse(ErrorCode::StaleVersion,
               EngineText::tr("Appointment %1 changed while it was being moved; reload it").arg(id));
    Appointment moved = readAppointment(session, id);
    tx.commit();
    return moved;
}

Appointment cancel(Session &session, qint64 id, std::optional<int> expectVersion)
{
    Transaction tx(session);
    const Appointment current = readAppointment(session, id);
    requireVersion(current, expectVersion);
    if (current.status == QLatin1String("cancelled")) {
        tx.commit();
        return current;
    }
    QSqlQuery q = session.exec(
        QStringLiteral("UPDATE appointments SET status = 'cancelled' WHERE id = ? AND version = ?"),
        {id, current.version});
    if (q.numRowsAffected() != 1)
        refuse(ErrorCode::StaleVersion,
               EngineText::tr("Appointment %1 changed while it was being cancelled; reload it").arg(id));
    Appointment cancelled = readAppointment(session, id);
    tx.commit();
    return cancelled;
}

} // namespace caredesk
