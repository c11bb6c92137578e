#include "clinictime.h"

#include "text.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <limits>

namespace caredesk {

namespace {
constexpr qint64 kMsPerMinute = 60'000;
constexpr qint64 kMsTwoDays = 48LL * 3600 * 1000;
} // namespace

QDateTime wallClockToInstant(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    WallClockReading reading = WallClockReading::Once;
    return wallClockToInstant(date, time, zone, reading);
}

QDateTime wallClockToInstant(const QDate &date, const QTime &time, const QTimeZone &zone,
                             WallClockReading &reading)
{
    // The wall-clock reading as if it were UTC; each candidate offset o gives the
    // instant naive - o, which is right iff the zone really has offset o then.
    const qint64 naive =
        QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() + time.msecsSinceStartOfDay();
    const auto offsetAt = [&zone](qint64 ms) {
        return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))) * 1000;
    };
    const qint64 before = offsetAt(naive - kMsTwoDays);
    const std::array<qint64, 3> offsets{before, offsetAt(naive), offsetAt(naive + kMsTwoDays)};

    bool found = false;
    qint64 best = 0;
    int distinct = 0; // valid readings that are different instants
    for (qsizetype i = 0; i < qsizetype(offsets.size()); ++i) {
        const qint64 offset = offsets.at(i);
        const qint64 candidate = naive - offset;
        if (offsetAt(candidate) != offset)
            continue;
        if (std::find(offsets.begin(), offsets.begin() + i, offset) == offsets.begin() + i)
            ++distinct;
        if (!found || candidate < best) {
            best = candidate; // several valid readings: the first occurrence wins
            found = true;
        }
    }
    reading = !found         ? WallClockReading::Gap
              : distinct > 1 ? WallClockReading::Twice
                             : WallClockReading::Once;
    if (!found) {
        // In a gap: read the time with the offset in force before the transition,
        // which lands the gap's length later on the clock.
        best = naive - before;
    }
    return QDateTime::fromMSecsSinceEpoch(best, QTimeZone::utc());
}

QDateTime wallClockToInstant(const QDate &date, WallMinutes minutes, const QTimeZone &zone)
{
    if (minutes >= kEndOfDay)
        return wallClockToInstant(date.addDays(minutes / kEndOfDay),
                                  QTime::fromMSecsSinceStartOfDay(int((minutes % kEndOfDay) * kMsPerMinute)),
                                  zone);
    return wallClockToInstant(date, QTime::fromMSecsSinceStartOfDay(int(minutes * kMsPerMinute)), zone);
}

QString weekdayName(int isoWeekday)
{
    return QLocale::c().dayName(isoWeekday, QLocale::LongFormat);
}

std::optional<QString> timeZoneProblem(const QString &id)
{
    if (QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return std::nullopt;
    return EngineText::tr("\"%1\" is not a time zone this computer knows (e.g. Australia/Sydney)").arg(id);
}

QString formatInstant(const QDateTime &instant, const QTimeZone &zone)
{
    const int offset = zone.offsetFromUtc(instant);
    const QDateTime local = instant.toOffsetFromUtc(offset);
    const int absMinutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(absMinutes / 60, 2, 10, QLatin1Char('0'))
               .arg(absMinutes % 60, 2, 10, QLatin1Char('0'));
}

int InstantFormatter::offsetSecondsAt(qint64 ms)
{
    if (ms >= m_validFrom && ms < m_validUntil)
        return m_offset;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    m_offset = m_zone.offsetFromUtc(at);
    // The stretch this instant lies in: from the last transition at or before it to the next.
    const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    m_validFrom =
        previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_validUntil = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (ms < m_validFrom || ms >= m_validUntil) {
        // A zone without transition data: trust only this very instant.
        m_validFrom = ms;
        m_validUntil = ms + 1;
    }
    return m_offset;
}

QString InstantFormatter::format(qint64 ms)
{
    const int offset = offsetSecondsAt(ms);
    const qint64 local = ms + qint64(offset) * 1000;
    constexpr qint64 kMsPerDay = 86'400'000;
    const qint64 day = local >= 0 ? local / kMsPerDay : (local - kMsPerDay + 1) / kMsPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(day);
    if (date.year() < 1000 || date.year() > 9999)
        return formatInstant(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()), m_zone);
    const int secondOfDay = int((local - day * kMsPerDay) / 1000);
    const int absMinutes = std::abs(offset) / 60;
    char text[26];
    const auto two = [&text](int at, int v) {
        text[at] = char('0' + v / 10);
        text[at + 1] = char('0' + v % 10);
    };
    two(0, date.year() / 100);
    two(2, date.year() % 100);
    text[4] = '-';
    two(5, date.month());
    text[7] = '-';
    two(8, date.day());
    text[10] = 'T';
    two(11, secondOfDay / 3600);
    text[13] = ':';
    two(14, secondOfDay / 60 % 60);
    text[16] = ':';
    two(17, secondOfDay % 60);
    text[19] = offset < 0 ? '-' : '+';
    two(20, absMinutes / 60);
    text[22] = ':';
    two(23, absMinutes % 60);
    return QString::fromLatin1(text, 25);
}

QString formatWallMinutes(WallMinutes minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

WallMinutes parseWallMinutes(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([01]\\d|2[0-4]):([0-5]\\d)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return minutes <= kEndOfDay ? minutes : -1;
}

} // namespace caredesk
