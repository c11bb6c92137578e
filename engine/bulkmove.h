#pragma once

#include "booking.h"
#include "schedule.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace caredesk {

class Session;

/// One appointment of a bulk move: where it is, and the same practitioner's next free
/// slot of the same length that the plan gives it (none within the horizon: it stays,
/// to be phoned about).
struct MoveProposal
{
    AppointmentSummary appointment; ///< as planned: id, version, start, end, patient, phone
    std::optional<QDateTime> newStart;
    QDateTime newEnd;
};

/// What a bulk move would do; the preview shows exactly this and applyBulkMove() does
/// exactly this (or nothing).
struct MovePlan
{
    QList<MoveProposal> moves; ///< in the order of the appointments' start
};

/// How far ahead a bulk move looks for each appointment's next free slot.
inline constexpr int kBulkMoveHorizonDays = 60;

/// Plans moving each booked appointment (e.g. from findConflicts()) to its practitioner's
/// next free slot of the same length, at or after its old start (and never before
/// `now`); an earlier appointment of the plan takes its slot first, so two never get the
/// same time. Each appointment is read again (its version and time now; the name and
/// reason come from the list). Cancelled or unknown ones are refused (InvalidInput).
/// Reads only, from one snapshot.
[[nodiscard]] MovePlan planBulkMove(Session &session, const QList<AppointmentSummary> &appointments,
                                    const QDateTime &now, int horizonDays = kBulkMoveHorizonDays);

/// Applies exactly `plan` in one transaction: every appointment must still be as planned
/// (version) and every new slot still free under the rules; otherwise nothing moves and
/// the error names the appointment (StaleVersion, SlotTaken, NotAllowed). Proposals
/// without a slot are left as they are. Returns the moved appointments.
QList<Appointment> applyBulkMove(Session &session, const MovePlan &plan, const QDateTime &now);

/// Cancels the appointments in one transaction (each at its planned version); all or none.
QList<Appointment> cancelAppointments(Session &session, const QList<AppointmentSummary> &appointments);

/// The list for phoning patients, as CSV (UTF-8, header row): patient, phone,
/// practitioner, old time, proposed time (empty when none), reason; times in the clinic's
/// zone with their offset. Formula-safe.
[[nodiscard]] QByteArray movePlanCsv(const MovePlan &plan, const QTimeZone &zone);

} // namespace caredesk
