#pragma once

#include "availability.h"
#include "booking.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace caredesk {

class Session;

/// A recurring series as the front desk asks for it: the first appointment and a repeat
/// rule (an RFC 5545 RRULE such as FREQ=WEEKLY;COUNT=10, see expandSeriesRule()).
struct SeriesRequest
{
    QString practitionerKey;
    QDateTime firstStart; ///< instant; its wall-clock time in the clinic's zone is kept
    QString rrule;
    int minutes = 0; ///< 0: the type's minutes, else the slot step
    QString patient;
    QString phone;
    QString typeKey;
    QUuid requestId; ///< generated when null; the same id books the series once
};

/// One occurrence of a series in a preview: free, or not and why, with the nearest free
/// slot proposed instead.
struct SeriesOccurrence
{
    int index = 0; ///< 1 for the first
    QDateTime start;
    QDateTime end;
    SpanVerdict verdict = SpanVerdict::Free;
    bool past = false;
    QString reason; ///< empty when free: "Christmas closure", "outside working hours", …
    std::optional<QDateTime> alternative; ///< a free start proposed when not free
};

struct SeriesPreview
{
    QTimeZone zone;
    int minutes = 0;
    QList<SeriesOccurrence> occurrences;
    [[nodiscard]] int freeCount() const;
};

/// The occurrences of the rule with each one judged against the practitioner's
/// availability (one batch load for the whole series). For one that is not free, the
/// alternative is the same practitioner's free slot nearest to it in the same week
/// (Monday to Sunday), else the earliest in the week after, never one another occurrence
/// (or another alternative) holds. Reads only. InvalidInput names what is wrong (the
/// rule, the patient, an unknown practitioner or type).
[[nodiscard]] SeriesPreview previewSeries(Session &session, const SeriesRequest &request,
                                          const QDateTime &now);

/// Which occurrences to book, at which starts.
struct SeriesChoice
{
    int index = 0;
    QDateTime start; ///< the occurrence's own start, or an alternative
};

/// What to book of a preview: every free occurrence, with the proposed alternatives for
/// the others when `alternatives`, less the occurrences in `drop`.
[[nodiscard]] QList<SeriesChoice> seriesChoices(const SeriesPreview &preview, bool alternatives,
                                                const QSet<int> &drop = {});

struct BookedSeries
{
    qint64 id = 0;
    QString rrule;
    QString requestId;
    QList<Appointment> appointments; ///< by start
};

/// Books a series in one transaction under one request id: the chosen occurrences
/// (at least one), each re-checked against the rules on the primary after locking the
/// practitioner; the exclusion constraint is the arbiter. A repeated request id answers
/// the series already made. Refuses (and writes nothing) when a choice is not free
/// (SlotTaken or NotAllowed naming the occurrence), in the past, outside the rule's
/// occurrences, or two choices overlap.
BookedSeries bookSeries(Session &session, const SeriesRequest &request, const QList<SeriesChoice> &choices,
                        const QDateTime &now);

/// The series stored under a request id, if any (for resolving a lost COMMIT).
[[nodiscard]] std::optional<BookedSeries> findSeriesByRequestId(Session &session, const QUuid &requestId);
/// A series and its occurrences (cancelled ones too); InvalidInput when there is none.
[[nodiscard]] BookedSeries readSeries(Session &session, qint64 id);

/// A change to "this and following" occurrences: one bulk change (undoable, audited).
struct SeriesChange
{
    qint64 bulkId = 0;
    int changed = 0;
};

/// Cancels the occurrence `appointmentId` and every later booked one of its series.
/// InvalidInput when the appointment is not in a series; NotAllowed when nothing from it
/// on is still booked.
SeriesChange cancelSeriesFrom(Session &session, qint64 appointmentId);

/// Moves the occurrence `appointmentId` and every later booked one of its series: to
/// another practitioner (`practitionerKey`, empty to keep each one's) and, with
/// `newStart`, that occurrence to exactly `newStart` and the later ones as many days
/// later or earlier and to its new wall-clock time (each keeps its length). Every new
/// slot must be free under the rules (each in its practitioner's diary, the moved visits'
/// old times aside); otherwise nothing moves and NotAllowed lists the occurrences in the
/// way. Practitioners are locked in key order.
SeriesChange moveSeriesFrom(Session &session, qint64 appointmentId, const QString &practitionerKey,
                            const std::optional<QDateTime> &newStart, const QDateTime &now);

} // namespace caredesk
