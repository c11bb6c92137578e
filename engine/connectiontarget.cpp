#include "connectiontarget.h"

#include "text.h"

#include <QSqlDatabase>

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
            bool ok = false;
            target.m_port = val.toInt(&ok);
            if (!ok || target.m_port <= 0 || target.m_port > 65535)
                return makeError(ErrorCode::InvalidInput,
                                 EngineText::tr("The database port \"%1\" is not a port number").arg(val));
        } else {
            target.m_extra.append({key, val});
        }
    }
    return target;
}

QString ConnectionTarget::connectOptions(const PoolConfig &config) const
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
    opts.append({QStringLiteral("options"), serverOptions});

    QStringList parts;
    for (const auto &[key, val] : opts)
        parts << key + QLatin1Char('=') + quoteConninfoValue(val);
    return parts.join(QLatin1Char(' '));
}

void ConnectionTarget::applyTo(QSqlDatabase &db, const PoolConfig &config) const
{
    db.setHostName(m_host);
    db.setDatabaseName(m_dbname);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setPort(m_port);
    db.setConnectOptions(connectOptions(config));
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
    QString where = m_host.isEmpty() ? QStringLiteral("local socket") : m_host;
    if (where.startsWith(QLatin1Char('/')))
        where = QStringLiteral("socket in %1").arg(where);
    if (m_port > 0)
        where += QStringLiteral(":%1").arg(m_port);
    return QStringLiteral("%1 on %2").arg(db, where);
}

QString ConnectionTarget::toConninfo() const
{
    QStringList parts;
    const auto add = [&parts](const QString &k, const QString &v) {
        if (!v.isEmpty())
            parts << k + QLatin1Char('=') + quoteConninfoValue(v);
    };
    add(QStringLiteral("host"), m_host);
    add(QStringLiteral("port"), m_port > 0 ? QString::number(m_port) : QString());
    add(QStringLiteral("dbname"), m_dbname);
    add(QStringLiteral("user"), m_user);
    add(QStringLiteral("password"), m_password);
    for (const auto &[key, val] : m_extra)
        add(key, val);
    return parts.join(QLatin1Char(' '));
}

} // namespace caredesk
