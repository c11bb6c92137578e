#include "connectiontarget.h"

#include "logging.h"
#include "text.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <algorithm>
#include <libpq-fe.h>
#include <memory>

namespace caredesk {

QString quoteConninfoValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

Result<ConnectionTarget> ConnectionTarget::parse(const QString &conninfo)
{
    ConnectionTarget target;
    if (conninfo.trimmed().isEmpty())
        return target; // everything from libpq's environment (PGHOST, PGDATABASE, …)

    char *errmsg = nullptr;
    const QByteArray raw = conninfo.toUtf8();
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(raw.constData(), &errmsg), &PQconninfoFree);
    if (!options) {
        QString why = errmsg ? QString::fromUtf8(errmsg).trimmed() : QStringLiteral("out of memory");
        PQfreemem(errmsg);
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("The database connection string is not valid: %1").arg(why));
    }
    for (PQconninfoOption *o = options.get(); o->keyword != nullptr; ++o) {
        if (o->val == nullptr)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString val = QString::fromUtf8(o->val);
        if (key == QLatin1String("host"))
            target.m_host = val;
        else if (key == QLatin1String("dbname"))
            target.m_dbname = val;
        else if (key == QLatin1String("user"))
            target.m_user = val;
        else if (key == QLatin1String("password"))
            target.m_password = val;
        else if (key == QLatin1String("port")) {
            // One port, or a list matching a multi-host `host` (libpq's failover form).
            const QStringList ports = val.split(QLatin1Char(','));
            for (const QString &p : ports) {
                bool ok = false;
                const int n = p.trimmed().toInt(&ok);
                if (!p.trimmed().isEmpty() && (!ok || n <= 0 || n > 65535))
                    return makeError(ErrorCode::InvalidInput,
                                     EngineText::tr("The database port \"%1\" is not a port number").arg(p));
            }
            target.m_ports = ports;
        } else {
            target.m_extra.append({key, val});
        }
    }
    const QStringList hosts = target.hosts();
    if (target.m_ports.size() > 1 && target.m_ports.size() != std::max<qsizetype>(1, hosts.size()))
        return makeError(
            ErrorCode::InvalidInput,
            EngineText::tr("The database connection string lists %1 ports for %2 hosts; give one "
                           "port for all hosts or one port per host")
                .arg(target.m_ports.size())
                .arg(hosts.size()));
    if (hosts.size() > 1 &&
        std::any_of(hosts.begin(), hosts.end(), [](const QString &h) { return h.trimmed().isEmpty(); }))
        return makeError(
            ErrorCode::InvalidInput,
            EngineText::tr("The database host list \"%1\" has an empty entry").arg(target.m_host));
    return target;
}

QStringList ConnectionTarget::hosts() const
{
    return m_host.isEmpty() ? QStringList{} : m_host.split(QLatin1Char(','));
}

int ConnectionTarget::port() const
{
    if (m_ports.size() != 1)
        return -1;
    bool ok = false;
    const int n = m_ports.front().trimmed().toInt(&ok);
    return ok ? n : -1;
}

bool ConnectionTarget::isMultiHost() const
{
    return hosts().size() > 1 || m_ports.size() > 1;
}

QString ConnectionTarget::connectOptions(const PoolConfig &config, bool startupOptions) const
{
    QList<QPair<QString, QString>> opts{
        {QStringLiteral("connect_timeout"), QString::number(config.connectTimeoutSecs)},
        {QStringLiteral("application_name"), config.applicationName},
        {QStringLiteral("keepalives"), config.keepalives ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("keepalives_idle"), QString::number(config.keepalivesIdleSecs)},
        {QStringLiteral("keepalives_interval"), QString::number(config.keepalivesIntervalSecs)},
        {QStringLiteral("keepalives_count"), QString::number(config.keepalivesCount)},
        {QStringLiteral("tcp_user_timeout"), QString::number(config.tcpUserTimeoutMs)},
    };
    // QPSQL passes a single port number only; a list for several hosts goes as an option.
    if (m_ports.size() > 1)
        opts.append({QStringLiteral("port"), m_ports.join(QLatin1Char(','))});
    // With several servers listed, only the writable one may take CareDesk's connections
    // (a standby still in recovery is skipped even when listed first), unless the
    // conninfo says otherwise.
    if (isMultiHost())
        opts.append({QStringLiteral("target_session_attrs"), QStringLiteral("read-write")});
    QString serverOptions = QStringLiteral("-c statement_timeout=%1").arg(config.statementTimeoutMs);
    for (const auto &[key, val] : m_extra) {
        if (key == QLatin1String("options")) {
            serverOptions = val + QLatin1Char(' ') + serverOptions;
            continue;
        }
        bool replaced = false;
        for (auto &opt : opts) {
            if (opt.first == key) {
                opt.second = val;
                replaced = true;
            }
        }
        if (!replaced)
            opts.append({key, val});
    }
    if (startupOptions)
        opts.append({QStringLiteral("options"), serverOptions});

    QStringList parts;
    for (const auto &[key, val] : opts)
        parts << key + QLatin1Char('=') + quoteConninfoValue(val);
    return parts.join(QLatin1Char(' '));
}

bool ConnectionTarget::open(QSqlDatabase &db, const PoolConfig &config, bool &startupOptions) const
{
    applyTo(db, config, startupOptions);
    if (db.open())
        return true;
    const QSqlError error = db.lastError();
    if (!startupOptions ||
        !(error.databaseText() + error.driverText()).contains(QLatin1String("unsupported startup parameter")))
        return false;
    qCInfo(lcEngine) << "the server refused startup options (a pooler such as PgBouncer);"
                        " the statement timeout goes with each transaction instead";
    startupOptions = false;
    db.close();
    applyTo(db, config, false);
    return db.open();
}

void ConnectionTarget::applyTo(QSqlDatabase &db, const PoolConfig &config, bool startupOptions) const
{
    db.setHostName(m_host);
    db.setDatabaseName(m_dbname);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setPort(port());
    db.setConnectOptions(connectOptions(config, startupOptions));
}

ConnectionTarget ConnectionTarget::withCredentials(const QString &user, const QString &password) const
{
    ConnectionTarget t = *this;
    t.m_user = user;
    t.m_password = password;
    return t;
}

QString ConnectionTarget::describe() const
{
    const QString db =
        m_dbname.isEmpty() ? (m_user.isEmpty() ? QStringLiteral("(default database)") : m_user) : m_dbname;
    const QStringList hostList = hosts().isEmpty() ? QStringList{QString()} : hosts();
    QStringList places;
    for (qsizetype i = 0; i < hostList.size(); ++i) {
        QString where = hostList.at(i).isEmpty() ? QStringLiteral("local socket") : hostList.at(i);
        if (where.startsWith(QLatin1Char('/')))
            where = QStringLiteral("socket in %1").arg(where);
        const QString p = m_ports.size() > 1 ? m_ports.value(i).trimmed()
                                             : (m_ports.isEmpty() ? QString() : m_ports.front().trimmed());
        if (!p.isEmpty())
            where += QStringLiteral(":%1").arg(p);
        places << where;
    }
    return QStringLiteral("%1 on %2").arg(db, places.join(QStringLiteral(", ")));
}

ConnectionTarget ConnectionTarget::preferringStandby() const
{
    ConnectionTarget t = *this;
    const bool own = std::any_of(m_extra.cbegin(), m_extra.cend(), [](const auto &kv) {
        return kv.first == QLatin1String("target_session_attrs");
    });
    if (!own)
        t.m_extra.append({QStringLiteral("target_session_attrs"), QStringLiteral("prefer-standby")});
    return t;
}

ConnectionTarget ConnectionTarget::signingInAs(const ConnectionTarget &session) const
{
    return m_user.isEmpty() ? withCredentials(session.m_user, session.m_password) : *this;
}

QString ConnectionTarget::toConninfo() const
{
    QStringList parts;
    const auto add = [&parts](const QString &k, const QString &v) {
        if (!v.isEmpty())
            parts << k + QLatin1Char('=') + quoteConninfoValue(v);
    };
    add(QStringLiteral("host"), m_host);
    add(QStringLiteral("port"), m_ports.join(QLatin1Char(',')));
    add(QStringLiteral("dbname"), m_dbname);
    add(QStringLiteral("user"), m_user);
    add(QStringLiteral("password"), m_password);
    for (const auto &[key, val] : m_extra)
        add(key, val);
    return parts.join(QLatin1Char(' '));
}

} // namespace caredesk
