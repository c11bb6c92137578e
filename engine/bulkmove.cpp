#include "bulkmove.h"

#include "availability.h"
#include "bulk.h"
#include "clinictime.h"
#include "reports.h"
#include "session.h"
#include "text.h"

#include <QHash>

#include <algorithm>

namespace caredesk {

namespace {

[[noreturn]] void refuse(ErrorCode code, const QString &message)
{
    throw DbException(makeError(code, message));
}

/// `listed` as the database has it now (version, time, status, patient), keeping the
/// list's practitioner name and conflict reason.
AppointmentSummary refreshed(Session &session, AppointmentSummary listed)
{
    const Appointment a = readAppointment(session, listed.id);
    listed.version = a.version;
    listed.practitionerKey = a.practitionerKey;
    listed.start = a.start;
    listed.end = a.end;
    listed.patient = a.patient;
    listed.phone = a.phone;
    listed.status = a.status;
    return listed;
}

bool overlapsAny(const QList<Span> &taken, const Span &span)
{
    return std::any_of(taken.cbegin(), taken.cend(),
                       [&span](const Span &t) { return t.start < span.end && span.start < t.end; });
}

} // namespace

MovePlan planBulkMove(Session &session, const QList<AppointmentSummary> &listed, const QDateTime &now,
                      int horizonDays)
{
    Transaction tx(session, Transaction::Kind::Snapshot);
    QList<AppointmentSummary> appointments;
    for (const AppointmentSummary &l : listed) {
        AppointmentSummary a = refreshed(session, l);
        if (a.status != QLatin1String("booked"))
            refuse(ErrorCode::InvalidInput,
                   EngineText::tr("%1's appointment is %2, not booked; it cannot be moved")
                       .arg(a.patient, a.status));
        appointments.append(a);
    }
    std::stable_sort(
        appointments.begin(), appointments.end(),
        [](const AppointmentSummary &a, const AppointmentSummary &b) { return a.start < b.start; });

    const int step = std::max(1, readClinicSettings(session).slotStepMinutes);
    MovePlan plan;
    QHash<QString, QList<Span>> taken; // slots earlier proposals of this plan took, by practitioner
    for (const AppointmentSummary &a : appointments) {
        MoveProposal p;
        p.appointment = a;
        const qint64 length = a.start.msecsTo(a.end);
        NextAvailableQuery query;
        query.keys = {a.practitionerKey};
        query.minutes = int(length / 60000);
        query.after = std::max(a.start, now);
        query.horizonDays = horizonDays;
        // Enough candidates to step past every slot this plan already gave away: a taken
        // span of L minutes rules out the starts within (L + this length) of it.
        query.limit = 1;
        for (const Span &t : taken.value(a.practitionerKey)) {
            const int takenMinutes = int((t.end - t.start) / 60000);
            query.limit += (takenMinutes + query.minutes + step - 1) / step + 1;
        }
        for (const FoundSlot &slot : nextAvailable(session, query)) {
            const Span span{slot.start, slot.end};
            if (overlapsAny(taken.value(a.practitionerKey), span))
                continue;
            taken[a.practitionerKey].append(span);
            p.newStart = QDateTime::fromMSecsSinceEpoch(slot.start, QTimeZone::utc());
            p.newEnd = QDateTime::fromMSecsSinceEpoch(slot.end, QTimeZone::utc());
            break;
        }
        plan.moves.append(p);
    }
    tx.commit();
    return plan;
}

QList<Appointment> applyBulkMove(Session &session, const MovePlan &plan, const QDateTime &now)
{
    int moving = 0;
    for (const MoveProposal &p : plan.moves)
        moving += p.newStart ? 1 : 0;
    BulkChange tx(
        session, QStringLiteral("move"),
        EngineText::tr("Moved %n appointment(s) to their practitioners' next free times", nullptr, moving));
    // Practitioners are locked in one order by every bulk move, so two at once wait for
    // each other instead of deadlocking. The plan's slots never overlap one another or a
    // planned appointment's old time, so the order of the moves does not matter.
    QList<MoveProposal> ordered = plan.moves;
    std::stable_sort(ordered.begin(), ordered.end(), [](const MoveProposal &a, const MoveProposal &b) {
        return a.appointment.practitionerKey < b.appointment.practitionerKey;
    });
    QList<Appointment> moved;
    for (const MoveProposal &p : std::as_const(ordered)) {
        if (!p.newStart)
            continue;
        try {
            // One step of this transaction: the rules and the exclusion constraint judge
            // each slot against everything booked so far, this plan's earlier moves included.
            moved.append(reschedule(session, p.appointment.id, *p.newStart, p.appointment.version, now));
        } catch (const DbException &e) {
            Error error = e.error();
            error.message =
                EngineText::tr("Nothing was moved: %1's appointment could not go to its new time (%2). "
                               "Preview again.")
                    .arg(p.appointment.patient, error.message);
            throw DbException(error);
        }
    }
    tx.commit();
    return moved;
}

QList<Appointment> cancelAppointments(Session &session, const QList<AppointmentSummary> &appointments)
{
    BulkChange tx(session, QStringLiteral("cancel"),
                  EngineText::tr("Cancelled %n appointment(s)", nullptr, int(appointments.size())));
    QList<Appointment> cancelled;
    for (const AppointmentSummary &a : appointments)
        cancelled.append(cancel(session, a.id, a.version));
    tx.commit();
    return cancelled;
}

QByteArray movePlanCsv(const MovePlan &plan, const QTimeZone &zone)
{
    QByteArray out = "patient,phone,practitioner,old_time,proposed_time,reason\r\n";
    for (const MoveProposal &p : plan.moves) {
        const AppointmentSummary &a = p.appointment;
        out += csvField(a.patient) + ',' + csvField(a.phone) + ',' +
               csvField(a.practitionerName.isEmpty() ? a.practitionerKey : a.practitionerName) + ',' +
               csvField(formatInstant(a.start, zone)) + ',' +
               csvField(p.newStart ? formatInstant(*p.newStart, zone) : QString()) + ',' +
               csvField(a.conflict) + "\r\n";
    }
    return out;
}

} // namespace caredesk
