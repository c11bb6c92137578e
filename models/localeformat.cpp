#include "localeformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace caredesk::localeformat {

namespace {

constexpr int kDaysPerWeek = 7;

/// Translators write the date patterns in their language's order.
class DateFormat
{
    Q_DECLARE_TR_FUNCTIONS(caredesk::DateFormat)
};

} // namespace

QString shortTimeFormat(const QLocale &locale)
{
    // Some locales' short format carries seconds ("HH:mm:ss" in C); a clinic never needs them.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    format.remove(seconds);
    return format;
}

QString shortTime(const QLocale &locale, const QTime &time)
{
    return locale.toString(time, shortTimeFormat(locale));
}

bool uses12HourClock(const QLocale &locale)
{
    // "ap", "AP", "a" and "A" are Qt's am/pm markers; a 24-hour format has none.
    return locale.timeFormat(QLocale::ShortFormat).contains(QLatin1Char('a'), Qt::CaseInsensitive);
}

QString endTime(const QLocale &locale, const QTime &time, bool endOfDay)
{
    if (endOfDay && time == QTime(0, 0) && !uses12HourClock(locale))
        return QStringLiteral("24:00");
    return shortTime(locale, time);
}

QString timeRange(const QLocale &locale, const QDateTime &start, const QDateTime &end)
{
    return QStringLiteral("%1–%2").arg(shortTime(locale, start.time()),
                                       endTime(locale, end.time(), end.date() > start.date()));
}

QString wallTime(const QLocale &locale, WallMinutes minutes)
{
    const bool endOfDay = minutes >= kEndOfDay;
    const QTime time = endOfDay ? QTime(0, 0) : QTime(0, 0).addSecs(qint64(minutes) * 60);
    return endTime(locale, time, endOfDay);
}

QString wallRange(const QLocale &locale, WallMinutes from, WallMinutes to)
{
    return QStringLiteral("%1–%2").arg(wallTime(locale, from), wallTime(locale, to));
}

QString datePattern(DateStyle style)
{
    // Translators reorder these for their language; the letters are QDate::toString()'s.
    switch (style) {
    case DateStyle::DayMonth:
        //: date pattern (QDate::toString): day and short month, e.g. 27 Nov
        return DateFormat::tr("d MMM");
    case DateStyle::WeekdayDayMonth:
        //: date pattern (QDate::toString): short weekday, day, short month, e.g. Fri 27 Nov
        return DateFormat::tr("ddd d MMM");
    case DateStyle::WeekdayDate:
        //: date pattern (QDate::toString): short weekday, day, short month, year, e.g. Fri 27 Nov 2026
        return DateFormat::tr("ddd d MMM yyyy");
    case DateStyle::LongWeekdayDate:
        //: date pattern (QDate::toString): weekday, day, month, year, e.g. Friday 27 November 2026
        return DateFormat::tr("dddd d MMMM yyyy");
    case DateStyle::DayLongMonth:
        //: date pattern (QDate::toString): day and month, e.g. 27 November
        return DateFormat::tr("d MMMM");
    case DateStyle::DayLongMonthYear:
        //: date pattern (QDate::toString): day, month and year, e.g. 27 November 2026
        return DateFormat::tr("d MMMM yyyy");
    case DateStyle::MonthYear:
        //: date pattern (QDate::toString): month and year, e.g. November 2026
        return DateFormat::tr("MMMM yyyy");
    }
    return {};
}

QString dateText(const QLocale &locale, const QDate &date, DateStyle style)
{
    return locale.toString(date, datePattern(style));
}

QString dateTimeText(const QLocale &locale, const QDateTime &when)
{
    //: a day and a time of day, e.g. Fri 27 Nov, 09:30
    return DateFormat::tr("%1, %2").arg(dateText(locale, when.date(), DateStyle::WeekdayDayMonth),
                                        shortTime(locale, when.time()));
}

QDate weekStart(const QDate &date, Qt::DayOfWeek firstDay)
{
    const int back = (date.dayOfWeek() - int(firstDay) + kDaysPerWeek) % kDaysPerWeek;
    return date.addDays(-back);
}

Qt::DayOfWeek weekdayAt(int column, Qt::DayOfWeek firstDay)
{
    return Qt::DayOfWeek((int(firstDay) - 1 + column) % kDaysPerWeek + 1);
}

} // namespace caredesk::localeformat
