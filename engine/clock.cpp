#include "clock.h"

#include "clinictime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace caredesk {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(const QDateTime &instant)
    : m_msecs(instant.toMSecsSinceEpoch())
{}

QDateTime FixedClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), QTimeZone::utc());
}

void FixedClock::set(const QDateTime &instant)
{
    m_msecs.store(instant.toMSecsSinceEpoch());
}

void FixedClock::advanceSecs(qint64 seconds)
{
    m_msecs.fetch_add(seconds * 1000);
}

QDateTime parseNow(const QString &text, const QByteArray &zoneId)
{
    static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (withOffset.match(trimmed).hasMatch()) {
        QDateTime dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        return dt.isValid() ? dt.toUTC() : QDateTime();
    }
    const QDateTime local = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!local.isValid())
        return {};
    const QTimeZone zone(zoneId);
    if (!zone.isValid())
        return {};
    return wallClockToInstant(local.date(), local.time(), zone);
}

std::shared_ptr<Clock> makeClock(const QString &nowText, const QByteArray &zoneId)
{
    if (nowText.trimmed().isEmpty())
        return std::make_shared<SystemClock>();
    const QDateTime now = parseNow(nowText, zoneId);
    if (!now.isValid())
        return nullptr;
    return std::make_shared<FixedClock>(now);
}

} // namespace caredesk
