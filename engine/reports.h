#pragma once

#include "availability.h"
#include "schedule.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace caredesk {

class Session;

/// One practitioner's part of a printed day sheet.
struct DaySheetSection
{
    PractitionerRecord practitioner;
    DayAvailability day;                    ///< the rules' verdict: working windows, what is left open
    QList<ExceptionRecord> exceptions;      ///< closures and the practitioner's own exceptions that day
    QList<AppointmentSummary> appointments; ///< booked, completed and no-shows, in time order
};

/// A day sheet for printing: one practitioner or everyone, one day.
struct DaySheetReport
{
    QString clinicName;
    QTimeZone zone;
    QDate date;
    QList<DaySheetSection> sections; ///< by practitioner name
};

/// The day sheet of `date` for the practitioners with these keys (every active one
/// when empty), in one snapshot. Unknown keys are InvalidInput. Throws DbException.
[[nodiscard]] DaySheetReport loadDaySheetReport(Session &session, const QDate &date, const QStringList &keys);

/// One practitioner's day in a week roster.
struct RosterDay
{
    DayAvailability day;
    QStringList exceptions; ///< what closes or blocks the day, or "work" overrides ("Working: …")
    int booked = 0;         ///< appointments that take time (not cancelled)
};

struct RosterRow
{
    PractitionerRecord practitioner;
    QList<RosterDay> days; ///< Monday to Sunday
};

/// Who works when in one week (Monday to Sunday), for printing.
struct WeekRoster
{
    QString clinicName;
    QTimeZone zone;
    QDate monday;
    QList<RosterRow> rows; ///< by practitioner name
};

/// The roster of the week that contains `date`. Throws DbException.
[[nodiscard]] WeekRoster loadWeekRoster(Session &session, const QDate &date, const QStringList &keys);

/// One practitioner's week in hours. Scheduled is the weekly hours (with `work`
/// overrides); closures and personal blocks take their share of it; what is left is
/// available, of which booked is what appointments fill.
struct UtilisationWeek
{
    QDate monday;
    double scheduledHours = 0;
    double closureHours = 0;
    double blockHours = 0;
    double availableHours = 0;
    double bookedHours = 0;

    /// Booked as a share of available (0 when nothing is available).
    [[nodiscard]] double utilisation() const { return availableHours > 0 ? bookedHours / availableHours : 0; }
};

struct PractitionerUtilisation
{
    PractitionerRecord practitioner;
    QList<UtilisationWeek> weeks;
};

/// Utilisation per practitioner and week from loaded availability data, by the same
/// rules that decide bookable slots (evaluateAvailability): the rules run once as they
/// are and once without personal blocks, which tells the closures' share from the
/// blocks'. Pure. `data` must cover [firstMonday, firstMonday + 7 × weeks − 1].
[[nodiscard]] QList<PractitionerUtilisation> computeUtilisation(const AvailabilityData &data,
                                                                const QDate &firstMonday, int weeks);

/// Loads the data and computes utilisation for `weeks` weeks from the Monday of the
/// week containing `from`, for every active practitioner. Throws DbException.
[[nodiscard]] QList<PractitionerUtilisation> loadUtilisation(Session &session, const QDate &from, int weeks);

/// Utilisation as CSV (RFC 4180, UTF-8, a header row): practitioner key and name, the
/// week's Monday, scheduled, closure, block, available and booked hours, utilisation.
/// One CSV field: quoted when it must be, and never a formula a spreadsheet would run
/// (a leading = + - @ gets a quote mark).
[[nodiscard]] QByteArray csvField(const QString &text);
[[nodiscard]] QByteArray utilisationCsv(const QList<PractitionerUtilisation> &utilisation);

} // namespace caredesk
