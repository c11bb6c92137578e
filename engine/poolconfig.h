#pragma once

#include "error.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace caredesk {

/// The connection pool's settings. The defaults are the clinic's pool spec:
/// size 10, overflow 20, timeout 30 s, recycle 1800 s, pre-ping, connect timeout
/// 10 s, statement timeout 30 s, TCP keepalives 1/30/10/5.
struct PoolConfig
{
    int poolSize = 10;
    int maxOverflow = 20;
    std::chrono::milliseconds poolTimeout{30'000};
    std::chrono::milliseconds recycle{1'800'000};
    /// Connections expire between (1 - jitter) x recycle and recycle, so they do not all go at once.
    double recycleJitter = 0.05;
    bool prePing = true;
    /// A connection used more recently than this is handed out without a pre-ping.
    std::chrono::milliseconds prePingSkip{500};
    int connectTimeoutSecs = 10;
    int statementTimeoutMs = 30'000;
    bool keepalives = true;
    int keepalivesIdleSecs = 30;
    int keepalivesIntervalSecs = 10;
    int keepalivesCount = 5;
    /// Notices a half-open connection while sending, too: idle + interval x count.
    int tcpUserTimeoutMs = 80'000;
    QString applicationName = QStringLiteral("caredesk");
    /// The watchdog ends a unit of work that outlives statement timeout + this.
    std::chrono::milliseconds watchdogGrace{5'000};
    /// A unit of work holding a connection longer than this is logged as a likely leak.
    std::chrono::milliseconds leakThreshold{10'000};
    std::chrono::milliseconds housekeepingInterval{1'000};
    /// How often the change listener checks its connection.
    std::chrono::milliseconds listenHeartbeat{10'000};
    /// Reads go to the standby (`--read-db`) only while its replay lag is at most this.
    std::chrono::milliseconds standbyMaxLag{5'000};

    [[nodiscard]] int maxConnections() const { return poolSize + maxOverflow; }

    /// Sets one setting by its spec name (`pool_size`, `max_overflow`, `pool_timeout`
    /// (seconds), `pool_recycle` (seconds), `pool_pre_ping`, `connect_timeout`,
    /// `statement_timeout` (ms), `keepalives`, `keepalives_idle`, `keepalives_interval`,
    /// `keepalives_count`, `tcp_user_timeout` (ms), `application_name`,
    /// `leak_threshold` (ms), `watchdog_grace` (ms), `listen_heartbeat` (ms), `standby_max_lag`
    /// (seconds)). `where` names the source for
    /// messages.
    [[nodiscard]] std::optional<Error> set(const QString &key, const QString &value, const QString &where);

    /// All keys `set` knows, for help texts and validation.
    [[nodiscard]] static QStringList keys();

    /// Layers the settings file (`[pool]` group), then `CAREDESK_POOL_<KEY>` environment
    /// variables, then `key=value` overrides (from `--pool`), over the spec defaults.
    [[nodiscard]] static Result<PoolConfig> load(const QString &settingsFile, const QStringList &overrides);
};

} // namespace caredesk
