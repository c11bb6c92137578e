#include "clinictime.h"

#include <QRegularExpression>

#include <array>

namespace caredesk {

namespace {
constexpr qint64 kMsPerMinute = 60'000;
constexpr qint64 kMsTwoDays = 48LL * 3600 * 1000;
} // namespace

QDateTime wallClockToInstant(const QDate &date, const QTime &time, const QTimeZone &zone)
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
    for (const qint64 offset : offsets) {
        const qint64 candidate = naive - offset;
        if (offsetAt(candidate) == offset && (!found || candidate < best)) {
            best = candidate; // several valid readings: the first occurrence wins
            found = true;
        }
    }
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
