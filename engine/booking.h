#pragma once

#include "error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace caredesk {

class Session;

/// An appointment as the booking commands return it.
struct Appointment
{
    qint64 id = 0;
    QString practitionerKey;
    QDateTime start; ///< instant (UTC)
    QDateTime end;
    QString status;
    int version = 0;
    QString requestId;
    QString patient;
    QString phone;
    QString typeKey;
    qint64 seriesId = 0; ///< the recurring series it is an occurrence of, or 0
    int seriesIndex = 0; ///< which occurrence (1 for the first), or 0
};

struct BookingRequest
{
    QString practitionerKey;
    QDateTime start; ///< instant
    int minutes = 0; ///< 0: the type's minutes, else the slot step
    QString patient;
    QString phone;
    QString typeKey;
    QUuid requestId; ///< generated when null
    /// Book even where the availability rules say no (recorded in the audit log).
    bool overrideRules = false;
};

/// Books in one short transaction: locks the clinic row (shared) and the
/// practitioner's row, checks [start, end) lies in free time under the rules
/// (start not in the past unless overriding), then inserts; the exclusion constraint
/// is the arbiter. A repeated request id answers the appointment already made.
/// Throws DbException: SlotTaken (3), NotAllowed (4), InvalidInput (2).
Appointment book(Session &session, const BookingRequest &request, const QDateTime &now);

/// The appointment stored under a request id, if any (for resolving a lost COMMIT).
std::optional<Appointment> findByRequestId(Session &session, const QUuid &requestId);

/// Moves an appointment (same duration) to `newStart`; the rules ignore the appointment
/// itself. With `expectVersion`, a stale edit is refused (StaleVersion, 7).
Appointment reschedule(Session &session, qint64 id, const QDateTime &newStart,
                       std::optional<int> expectVersion, const QDateTime &now, bool overrideRules = false);

/// Cancels an appointment; with `expectVersion`, a stale edit is refused.
Appointment cancel(Session &session, qint64 id, std::optional<int> expectVersion);

/// For resolving a cancel whose connection was lost: the appointment if it is cancelled.
std::optional<Appointment> findCancelled(Session &session, qint64 id);

/// The appointments a WHERE clause over `appointments a` selects (e.g. "WHERE a.series_id
/// = ? ORDER BY a.starts_at"), in one query.
[[nodiscard]] QList<Appointment> readAppointmentsWhere(Session &session, const QString &where,
                                                       const QVariantList &binds);

/// Reads one appointment; InvalidInput when there is none with that id.
Appointment readAppointment(Session &session, qint64 id);

/// Building blocks the single, series and waitlist bookings share (each inside the
/// caller's transaction).

/// Refuses a request whose patient, phone or start is missing or not valid (InvalidInput
/// naming the field).
void requireBookingFields(const BookingRequest &request);

/// An appointment's length and type id: the type's minutes when `minutes` is 0, else the
/// clinic's slot step; refuses an unknown type or a length over a day.
struct BookingLength
{
    int minutes = 0;
    QVariant typeId; ///< null when there is no type
};
[[nodiscard]] BookingLength resolveBookingLength(Session &session, const QString &typeKey, int minutes);

/// Locks the clinic row (shared) and the practitioner's row, as every booking does first;
/// returns the practitioner's id. InvalidInput for an unknown key.
qint64 lockPractitioner(Session &session, const QString &key);

/// Maps a constraint failure of an appointment write to the engine's meaning (an overlap
/// or a deadlock is "slot just taken").
[[noreturn]] void rethrowWriteError(const DbException &e);

} // namespace caredesk
