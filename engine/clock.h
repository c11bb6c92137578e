#pragma once

#include <QDateTime>

#include <atomic>
#include <chrono>
#include <memory>

namespace caredesk {

/// Milliseconds from `a` to `b` on the steady clock (durations and waits, never "now").
[[nodiscard]] inline double msBetween(std::chrono::steady_clock::time_point a,
                                      std::chrono::steady_clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

/// The one way CareDesk learns what time it is. Nothing else reads the wall clock,
/// so tests and demos can pin "now" (`--now`, `CAREDESK_NOW`).
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current instant, in UTC.
    [[nodiscard]] virtual QDateTime now() const = 0;
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
};

/// A clock that stands still until told otherwise; thread-safe.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &instant);
    [[nodiscard]] QDateTime now() const override;
    void set(const QDateTime &instant);
    void advanceSecs(qint64 seconds);

private:
    std::atomic<qint64> m_msecs;
};

/// Parses an ISO 8601 instant for `--now` / `CAREDESK_NOW`. Without a UTC offset the
/// text is wall-clock time in `zone`. Returns an invalid QDateTime on bad input.
[[nodiscard]] QDateTime parseNow(const QString &text, const QByteArray &zoneId);

/// The clock the command line or environment asks for: fixed when `nowText` is
/// non-empty, else the system clock. Null when `nowText` does not parse.
[[nodiscard]] std::shared_ptr<Clock> makeClock(const QString &nowText, const QByteArray &zoneId);

} // namespace caredesk
