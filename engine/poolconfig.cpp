#include "poolconfig.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>

#include <functional>
#include <map>

namespace caredesk {

namespace {

using Setter = std::function<bool(PoolConfig &, const QString &)>;

Setter intSetter(int PoolConfig::*member, int min, int max)
{
    return [=](PoolConfig &c, const QString &v) {
        bool ok = false;
        const int n = v.trimmed().toInt(&ok);
        if (!ok || n < min || n > max)
            return false;
        c.*member = n;
        return true;
    };
}

Setter msSetter(std::chrono::milliseconds PoolConfig::*member, qint64 scale, qint64 min, qint64 max)
{
    return [=](PoolConfig &c, const QString &v) {
        bool ok = false;
        const double n = v.trimmed().toDouble(&ok);
        if (!ok || n * double(scale) < double(min) || n * double(scale) > double(max))
            return false;
        c.*member = std::chrono::milliseconds(qint64(n * double(scale)));
        return true;
    };
}

Setter boolSetter(bool PoolConfig::*member)
{
    return [=](PoolConfig &c, const QString &v) {
        const QString t = v.trimmed().toLower();
        if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") ||
            t == QLatin1String("on"))
            c.*member = true;
        else if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no") ||
                 t == QLatin1String("off"))
            c.*member = false;
        else
            return false;
        return true;
    };
}

const std::map<QString, std::pair<Setter, QString>> &setters()
{
    static const std::map<QString, std::pair<Setter, QString>> table{
        {QStringLiteral("pool_size"),
         {intSetter(&PoolConfig::poolSize, 1, 1000), QStringLiteral("a whole number from 1 to 1000")}},
        {QStringLiteral("max_overflow"),
         {intSetter(&PoolConfig::maxOverflow, 0, 1000), QStringLiteral("a whole number from 0 to 1000")}},
        {QStringLiteral("pool_timeout"),
         {msSetter(&PoolConfig::poolTimeout, 1000, 1, 3'600'000), QStringLiteral("seconds, more than 0")}},
        {QStringLiteral("pool_recycle"),
         {msSetter(&PoolConfig::recycle, 1000, 100, 86'400'000), QStringLiteral("seconds, at least 0.1")}},
        {QStringLiteral("pool_pre_ping"),
         {boolSetter(&PoolConfig::prePing), QStringLiteral("true or false")}},
        {QStringLiteral("connect_timeout"),
         {intSetter(&PoolConfig::connectTimeoutSecs, 2, 3600), QStringLiteral("seconds from 2 to 3600")}},
        {QStringLiteral("statement_timeout"),
         {intSetter(&PoolConfig::statementTimeoutMs, 0, 86'400'000),
          QStringLiteral("milliseconds, 0 for none")}},
        {QStringLiteral("keepalives"),
         {boolSetter(&PoolConfig::keepalives), QStringLiteral("true or false")}},
        {QStringLiteral("keepalives_idle"),
         {intSetter(&PoolConfig::keepalivesIdleSecs, 1, 86'400), QStringLiteral("seconds")}},
        {QStringLiteral("keepalives_interval"),
         {intSetter(&PoolConfig::keepalivesIntervalSecs, 1, 86'400), QStringLiteral("seconds")}},
        {QStringLiteral("keepalives_count"),
         {intSetter(&PoolConfig::keepalivesCount, 1, 1000), QStringLiteral("a whole number")}},
        {QStringLiteral("tcp_user_timeout"),
         {intSetter(&PoolConfig::tcpUserTimeoutMs, 0, 86'400'000),
          QStringLiteral("milliseconds, 0 for the system default")}},
        {QStringLiteral("application_name"),
         {[](PoolConfig &c, const QString &v) {
              if (v.trimmed().isEmpty() || v.size() > 63)
                  return false;
              c.applicationName = v.trimmed();
              return true;
          },
          QStringLiteral("1 to 63 characters")}},
        {QStringLiteral("leak_threshold"),
         {msSetter(&PoolConfig::leakThreshold, 1, 1, 86'400'000), QStringLiteral("milliseconds")}},
        {QStringLiteral("listen_heartbeat"),
         {msSetter(&PoolConfig::listenHeartbeat, 1, 50, 3'600'000), QStringLiteral("milliseconds")}},
        {QStringLiteral("standby_max_lag"),
         {msSetter(&PoolConfig::standbyMaxLag, 1000, 0, 3'600'000), QStringLiteral("seconds, 0 or more")}},
        {QStringLiteral("watchdog_grace"),
         {msSetter(&PoolConfig::watchdogGrace, 1, 100, 3'600'000), QStringLiteral("milliseconds")}},
    };
    return table;
}

} // namespace

std::optional<Error> PoolConfig::set(const QString &key, const QString &value, const QString &where)
{
    const auto &table = setters();
    const auto it = table.find(key.trimmed().toLower());
    if (it == table.end()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: unknown pool setting \"%2\" (known: %3)")
                             .arg(where, key, keys().join(QStringLiteral(", "))));
    }
    if (!it->second.first(*this, value)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: pool setting %2 = \"%3\" is not valid: expected %4")
                             .arg(where, it->first, value, it->second.second));
    }
    return std::nullopt;
}

QStringList PoolConfig::keys()
{
    QStringList out;
    for (const auto &[key, unused] : setters())
        out << key;
    return out;
}

Result<PoolConfig> PoolConfig::load(const QString &settingsFile, const QStringList &overrides)
{
    PoolConfig config;
    if (!settingsFile.isEmpty() && QFileInfo::exists(settingsFile)) {
        QSettings settings(settingsFile, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1: the settings file cannot be read").arg(settingsFile));
        settings.beginGroup(QStringLiteral("pool"));
        for (const QString &key : settings.childKeys()) {
            if (auto err =
                    config.set(key, settings.value(key).toString(), settingsFile + QStringLiteral(" [pool]")))
                return *err;
        }
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : keys()) {
        const QString var = QStringLiteral("CAREDESK_POOL_") + key.toUpper();
        if (env.contains(var)) {
            if (auto err = config.set(key, env.value(var), var))
                return *err;
        }
    }
    for (const QString &item : overrides) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--pool %1: expected KEY=VALUE").arg(item));
        if (auto err = config.set(item.left(eq), item.mid(eq + 1), QStringLiteral("--pool")))
            return *err;
    }
    return config;
}

} // namespace caredesk
