#pragma once

#include "engine/clinictime.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

/// How CareDesk writes times and weeks for the person at the screen: everything follows
/// the locale (QLocale), so a clinic in Sydney whose computers say en_AU sees "9:00 am" and
/// weeks starting Monday, and one whose computers say en_US sees weeks starting Sunday.
/// The engine keeps computing in wall minutes and ISO dates; only what is shown changes.
namespace caredesk::localeformat {

/// The locale's short time format without seconds ("HH:mm", "h:mm ap", "ah:mm"…).
[[nodiscard]] QString shortTimeFormat(const QLocale &locale);
/// `time` in shortTimeFormat().
[[nodiscard]] QString shortTime(const QLocale &locale, const QTime &time);
/// Whether the locale writes the time of day on a 12-hour clock.
[[nodiscard]] bool uses12HourClock(const QLocale &locale);
/// The end of a span: midnight at the end of a day reads "24:00" on a 24-hour clock (and
/// as midnight, "12:00 am", on a 12-hour one).
[[nodiscard]] QString endTime(const QLocale &locale, const QTime &time, bool endOfDay);
/// "9:00 am–12:30 pm" / "09:00–12:30" for two instants already in the clinic's zone; an
/// end at midnight of the next day is the end of the day.
[[nodiscard]] QString timeRange(const QLocale &locale, const QDateTime &start, const QDateTime &end);
/// Wall minutes after midnight (0–1440) as the locale writes them.
[[nodiscard]] QString wallTime(const QLocale &locale, WallMinutes minutes);
/// "9:00 am–12:30 pm" / "09:00–12:30", for wall minutes.
[[nodiscard]] QString wallRange(const QLocale &locale, WallMinutes from, WallMinutes to);
/// Dates written with a pattern rather than QLocale's short or long format. The patterns
/// are translatable (a Chinese translation writes "11月27日 周五" where English writes
/// "Fri 27 Nov"); month and day names come from the locale.
enum class DateStyle
{
    DayMonth,         ///< 27 Nov
    WeekdayDayMonth,  ///< Fri 27 Nov
    WeekdayDate,      ///< Fri 27 Nov 2026
    LongWeekdayDate,  ///< Friday 27 November 2026
    DayLongMonth,     ///< 27 November
    DayLongMonthYear, ///< 27 November 2026
    MonthYear,        ///< November 2026
};
[[nodiscard]] QString dateText(const QLocale &locale, const QDate &date, DateStyle style);
/// "Fri 27 Nov, 09:30": a day and the locale's short time.
[[nodiscard]] QString dateTimeText(const QLocale &locale, const QDateTime &when);
/// The pattern dateText() uses, for date editors' display formats.
[[nodiscard]] QString datePattern(DateStyle style);

/// The first day of the week on or before `date`, weeks starting on `firstDay`.
[[nodiscard]] QDate weekStart(const QDate &date, Qt::DayOfWeek firstDay);
/// The weekday shown in column `column` (0–6) of a week starting on `firstDay`.
[[nodiscard]] Qt::DayOfWeek weekdayAt(int column, Qt::DayOfWeek firstDay);

} // namespace caredesk::localeformat
