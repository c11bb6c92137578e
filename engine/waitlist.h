#pragma once

#include "availability.h"
#include "booking.h"
#include "clinictime.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace caredesk {

class Session;

/// A patient waiting for an earlier slot (schema v8).
struct WaitlistEntry
{
    qint64 id = 0;
    QString patient;
    QString phone;
    QString practitionerKey; ///< empty: any practitioner
    QDate earliest;
    QDate latest;
    QList<int> weekdays; ///< ISO weekdays; empty: every day
    WallMinutes dayFrom = 0;
    WallMinutes dayTo = kEndOfDay;
    int minutes = 0;
    QString note;
    QString status; ///< open, booked, removed
    qint64 appointmentId = 0;
    QString createdBy;
    QDateTime createdAt;
};

/// Why the entry cannot be saved, naming the field (patient, minutes, dates, weekdays,
/// time of day), or nothing. `today` is the clinic's today: a window that has passed is
/// empty too.
[[nodiscard]] std::optional<QString> waitlistEntryProblem(const WaitlistEntry &entry, const QDate &today);

/// Saves a new entry (InvalidInput for waitlistEntryProblem() or an unknown practitioner);
/// returns it as stored.
WaitlistEntry addWaitlistEntry(Session &session, const WaitlistEntry &entry, const QDateTime &now);
/// Open entries (or every entry), oldest first.
[[nodiscard]] QList<WaitlistEntry> listWaitlist(Session &session, bool openOnly = true);
/// Closes an open entry without booking.
WaitlistEntry removeWaitlistEntry(Session &session, qint64 id);

/// A free slot offered to a waitlist entry.
struct WaitlistOffer
{
    WaitlistEntry entry;
    QString practitionerKey;
    QDateTime start;
    QDateTime end;
};

/// The open entries a free slot between `from` and `to` fits, oldest entry first, each
/// with the earliest fitting slot: the practitioners' free time (one batch load) and the
/// open entries (one query), read in one snapshot, are matched in memory by
/// matchFreeTime() — never a query per entry. No practitioner keys: every active
/// practitioner. With `wholeSpans`, a
/// stretch of free time that overlaps [from, to] counts whole (a freed slot joins the free
/// time around it); otherwise it is cut to [from, to].
[[nodiscard]] QList<WaitlistOffer> matchWaitlist(Session &session, const QStringList &practitionerKeys,
                                                 const QDateTime &from, const QDateTime &to,
                                                 const QDateTime &now, bool wholeSpans = false);

/// The matching itself, pure: for each open entry, oldest first, the earliest free
/// stretch of `results` (on one of its weekdays, between its dates, inside its time of
/// day, long enough, with its practitioner or anyone) within [fromMs, toMs) — or, with
/// `wholeSpans`, any stretch that overlaps it, whole. Free time is indexed by date, so an
/// entry looks only at its own dates.
[[nodiscard]] QList<WaitlistOffer> matchFreeTime(const QList<WaitlistEntry> &entries,
                                                 const QList<PractitionerAvailability> &results,
                                                 const QTimeZone &zone, qint64 fromMs, qint64 toMs,
                                                 bool wholeSpans);

/// matchWaitlist() for the slot an appointment held (a cancelled one: the slot it freed,
/// with the free time around it).
[[nodiscard]] QList<WaitlistOffer> matchFreedAppointment(Session &session, qint64 appointmentId,
                                                         const QDateTime &now);

/// Books an open entry's patient with `practitionerKey` at `start` for the entry's length
/// and closes the entry, in one transaction (idempotent by `requestId` like any booking).
/// Refused when the entry is not open or wants another practitioner, and for whatever a
/// booking is refused.
Appointment bookFromWaitlist(Session &session, qint64 entryId, const QString &practitionerKey,
                             const QDateTime &start, const QUuid &requestId, const QDateTime &now);

} // namespace caredesk
