#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

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

/// How a wall-clock reading exists in a zone: once, not at all (in a spring-forward gap)
/// or twice (in a fall-back overlap).
enum class WallClockReading
{
    Once,
    Gap,
    Twice
};
/// wallClockToInstant(), saying also which of those cases the reading was.
[[nodiscard]] QDateTime wallClockToInstant(const QDate &date, const QTime &time, const QTimeZone &zone,
                                           WallClockReading &reading);

/// An ISO weekday's English name ("Monday"), for messages and logs.
[[nodiscard]] QString weekdayName(int isoWeekday);

/// Why `id` cannot be a clinic's zone ("… is not a time zone this computer knows"), or
/// nothing.
[[nodiscard]] std::optional<QString> timeZoneProblem(const QString &id);

/// An instant as ISO 8601 with the numeric UTC offset it has in `zone`
/// (`2025-12-22T09:30:00+11:00`, never `Z`).
[[nodiscard]] QString formatInstant(const QDateTime &instant, const QTimeZone &zone);

/// formatInstant() for many instants in one zone: the zone's offset is looked up once
/// per stretch between two of its transitions and the text is composed by arithmetic, so
/// a quarter's slots for a whole clinic format in microseconds each. Same text as
/// formatInstant() for every instant (tested).
class InstantFormatter
{
public:
    explicit InstantFormatter(QTimeZone zone)
        : m_zone(std::move(zone))
    {}

    /// `msSinceEpoch` (UTC) as `2025-12-22T09:30:00+11:00` in the zone.
    [[nodiscard]] QString format(qint64 msSinceEpoch);

private:
    int offsetSecondsAt(qint64 msSinceEpoch);

    QTimeZone m_zone;
    qint64 m_validFrom = 1; ///< [m_validFrom, m_validUntil): m_offset holds; empty at first
    qint64 m_validUntil = 0;
    int m_offset = 0;
};

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
