#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace caredesk {

/// Minutes after local midnight; 0..1440 where 1440 is the end of the day ("24:00"),
/// which QTime cannot represent.
using WallMinutes = int;
inline constexpr WallMinutes kEndOfDay = 1440;

/// Turns a clinic wall-clock time into an instant (UTC), by CareDesk's rule:
///  - a time that does not exist (in a spring-forward gap) moves forward by the gap's
///    length: 02:30 on 2025-10-05 in Australia/Sydney is 03:30+11:00;
///  - a time that exists twice (in a fall-back overlap) means its first occurrence:
///    02:30 on 2026-04-05 in Australia/Sydney is 02:30+11:00;
///  - 1440 minutes is midnight at the start of the next day.
/// This is decided here, not left to a library default.
[[nodiscard]] QDateTime wallClockToInstant(const QDate &date, WallMinutes minutes, const QTimeZone &zone);

/// The same for a QTime with seconds and milliseconds (used for `--now`).
[[nodiscard]] QDateTime wallClockToInstant(const QDate &date, const QTime &time, const QTimeZone &zone);

/// An instant as ISO 8601 with the numeric UTC offset it has in `zone`
/// (`2025-12-22T09:30:00+11:00`, never `Z`).
[[nodiscard]] QString formatInstant(const QDateTime &instant, const QTimeZone &zone);

/// The Monday of the week that contains `date` (CareDesk's weeks start on Monday).
[[nodiscard]] inline QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

/// "HH:MM" for wall minutes, with 1440 as "24:00".
[[nodiscard]] QString formatWallMinutes(WallMinutes minutes);

/// Parses "HH:MM" (00:00..24:00); returns -1 when the text is not such a time.
[[nodiscard]] WallMinutes parseWallMinutes(const QString &text);

} // namespace caredesk
