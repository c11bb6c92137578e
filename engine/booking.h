#pragma once

#include "error.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

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

/// Reads one appointment; InvalidInput when there is none with that id.
Appointment readAppointment(Session &session, qint64 id);

} // namespace caredesk
