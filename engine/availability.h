#pragma once

#include "clinicdata.h"
#include "clinictime.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace caredesk {

class Session;

/// A half-open span of time [start, end) in milliseconds since the epoch (UTC).
struct Span
{
    qint64 start = 0;
    qint64 end = 0;
    friend bool operator==(const Span &, const Span &) = default;
};

/// Sorted, disjoint spans.
using SpanList = QList<Span>;

/// `a` without every span of `cut` (both sorted and disjoint).
[[nodiscard]] SpanList subtractSpans(const SpanList &a, const SpanList &cut);
/// Sorts and merges overlapping or touching spans.
[[nodiscard]] SpanList normalizeSpans(SpanList spans);

/// One availability exception as loaded, with its row id and practitioner id.
struct ExceptionRecord : ExceptionData
{
    qint64 id = 0;
    qint64 practitionerId = 0; ///< 0 for a clinic-wide closure

    /// The reason, or the kind when there is none (for `blocked_by`).
    [[nodiscard]] QString label() const { return reason.isEmpty() ? kind : reason; }
};

struct PractitionerRecord
{
    qint64 id = 0;
    QString key;
    QString name;
};

/// Everything the rules need for a set of practitioners over a date range, as a
/// constant number of set-based queries returns it.
struct AvailabilityData
{
    QTimeZone zone;
    int slotStepMinutes = 30;
    QList<PractitionerRecord> practitioners; ///< in the order results are wanted
    QHash<qint64, QList<WorkingInterval>> hours;
    QList<ExceptionRecord> exceptions; ///< clinic-wide ones and the practitioners' own
    QHash<qint64, SpanList> busy;      ///< non-cancelled appointments, by practitioner
};

enum class DayStatus
{
    Off,
    Blocked,
    Full,
    Open
};
[[nodiscard]] QString dayStatusName(DayStatus status);

struct DayAvailability
{
    QDate date;
    DayStatus status = DayStatus::Off;
    QStringList blockedBy;     ///< sorted, unique; only for Blocked days
    bool clinicClosed = false; ///< a clinic-wide closure is among what blocked the day
    QList<qint64> slots;       ///< slot starts, ms since the epoch, ascending
    SpanList windows;          ///< working windows after rules 1-2 (instants)
    SpanList open;             ///< working time left after rules 3-4 (closures, blocks)
    SpanList free;             ///< free time after rules 3-6
};

struct PractitionerAvailability
{
    PractitionerRecord practitioner;
    QList<DayAvailability> days;
};

struct AvailabilityOptions
{
    QDate from;
    QDate to;
    int minutes = 0; ///< 0: the slot step
    int step = 0;    ///< 0: the clinic's slot step
    qint64 nowMs = 0;
    qint64 ignoreAppointmentId = 0; ///< unused by evaluate(); the loader leaves it out
};

/// Caches, per date, how the clinic zone maps that day's wall clock to instants.
/// Most days have one offset all day; DST days fall back to wallClockToInstant.
class ZoneDays
{
public:
    explicit ZoneDays(QTimeZone zone);
    [[nodiscard]] qint64 toInstant(const QDate &date, WallMinutes minutes);

private:
    struct Day
    {
        qint64 midnightNaive = 0; ///< the day's 00:00 read as UTC
        bool uniform = false;     ///< one offset from 00:00 to 24:00
        qint64 offsetMs = 0;
    };
    const Day &day(const QDate &date);
    QTimeZone m_zone;
    QHash<qint64, Day> m_days;
};

/// Reads id, practitioner id (0 when clinic-wide), then the ExceptionData columns.
[[nodiscard]] ExceptionRecord exceptionRecordFromRow(const QSqlQuery &q, int first);

/// The span an exception removes on date `d` (all day, or its window that day).
[[nodiscard]] Span exceptionSpan(const ExceptionRecord &e, const QDate &d, ZoneDays &days);

/// Why a span of time is or is not free for one practitioner.
enum class SpanVerdict
{
    Free,
    Closure, ///< a clinic-wide closure is in the way (and perhaps blocks too)
    Block,   ///< the practitioner's own block (holiday, vacation, blocked)
    Hours,   ///< outside the practitioner's working hours
    Taken    ///< in working time, but booked
};
/// The short name of a verdict: free, closure, block, hours, booked.
[[nodiscard]] QString spanVerdictName(SpanVerdict verdict);

struct SpanJudgement
{
    SpanVerdict verdict = SpanVerdict::Free;
    QStringList blockers; ///< the closures and blocks in the way, by reason (or kind)
};

/// Whether `want` lies in the free time of `result` (evaluated from `data`) and, when it
/// does not, why: booked (it lies in open time), the closures and blocks in the way
/// (a work override lifting a closure that day counts), or outside working hours.
[[nodiscard]] SpanJudgement judgeSpan(const AvailabilityData &data, const PractitionerAvailability &result,
                                      const Span &want, ZoneDays &days);

/// Applies CareDesk's availability rules (docs/availability.md) to loaded data: pure,
/// no I/O. Every date in [from, to] appears for every practitioner in `data`.
[[nodiscard]] QList<PractitionerAvailability> evaluateAvailability(const AvailabilityData &data,
                                                                   const AvailabilityOptions &options);

/// Loads AvailabilityData for the practitioners with these keys (all active ones when
/// empty, ordered by key; otherwise in the order given) over [from, to] with five
/// set-based queries in one read-only snapshot. Unknown keys are an InvalidInput error.
/// Appointments overlapping the range are loaded except `ignoreAppointmentId`.
[[nodiscard]] AvailabilityData loadAvailabilityData(Session &session, const QStringList &keys,
                                                    const QDate &from, const QDate &to,
                                                    qint64 ignoreAppointmentId = 0);

/// The clinic's zone and slot step.
struct ClinicSettings
{
    QString name;
    QString timeZone;
    int slotStepMinutes = 30;
};
[[nodiscard]] ClinicSettings readClinicSettings(Session &session);
/// readClinicSettings() and requireCurrentSchema() in one round trip (a command's first
/// statement). Throws DbException (SchemaMismatch when the schema is not current).
[[nodiscard]] ClinicSettings readClinicSettingsCheckingSchema(Session &session);
/// The clinic's time zone, as clinic_settings names it.
[[nodiscard]] QTimeZone clinicTimeZone(Session &session);
/// "Today" in the clinic's zone for the instant `now` (from the injected clock).
[[nodiscard]] QDate clinicToday(Session &session, const QDateTime &now);

} // namespace caredesk

namespace caredesk {

struct NextAvailableQuery
{
    QStringList keys; ///< empty: every active practitioner
    int minutes = 0;  ///< 0: the slot step
    int step = 0;     ///< 0: the clinic's slot step
    QDateTime after;  ///< first possible start (instant)
    int limit = 10;
    int horizonDays = 90;               ///< how far ahead to search
    std::optional<WallMinutes> dayFrom; ///< slots must start at or after this wall time
    std::optional<WallMinutes> dayTo;   ///< and end by this wall time
    QList<int> weekdays;                ///< ISO weekdays allowed; empty: all
};

/// Keeps only slots on the given ISO weekdays (all when empty) that start at or after
/// `dayFrom` and end by `dayTo` (wall minutes in `zone`); a day not on those weekdays is
/// dropped, an open day left without a slot becomes `full`.
void filterSlots(QList<PractitionerAvailability> &results, const QTimeZone &zone, int minutes,
                 const QList<int> &weekdays, std::optional<WallMinutes> dayFrom,
                 std::optional<WallMinutes> dayTo);

struct FoundSlot
{
    QString practitionerKey;
    qint64 start = 0;
    qint64 end = 0;
};

/// The first `limit` slots after `after`, in time order (ties in practitioner order),
/// searching forward in two-week chunks up to the horizon; each chunk is one batch load.
[[nodiscard]] QList<FoundSlot> nextAvailable(Session &session, const NextAvailableQuery &query,
                                             QTimeZone *zoneOut = nullptr);

} // namespace caredesk
