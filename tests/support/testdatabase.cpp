#include "testdatabase.h"

#include "engine/pool.h"
#include "engine/schema.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <atomic>
#include <libpq-fe.h>
#include <memory>

namespace caredesk::test {

namespace {
std::atomic<int> g_counter{0};
}

QString TestDatabase::loginPrefix() const
{
    return m_name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("_"));
}

QString execOnce(const QString &conninfo, const QString &sql)
{
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.toUtf8().constData()), &PQfinish);
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return QStringLiteral("cannot connect (%1): %2")
            .arg(conninfo, QString::fromUtf8(PQerrorMessage(conn.get())).trimmed());
    PGresult *res = PQexec(conn.get(), sql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(res);
    QString err;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        err = QString::fromUtf8(PQerrorMessage(conn.get())).trimmed();
    PQclear(res);
    return err;
}

QString queryOnce(const QString &conninfo, const QString &sql)
{
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.toUtf8().constData()), &PQfinish);
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return QStringLiteral("error: cannot connect: ") +
               QString::fromUtf8(PQerrorMessage(conn.get())).trimmed();
    PGresult *res = PQexec(conn.get(), sql.toUtf8().constData());
    QString out;
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        out = QStringLiteral("error: ") + QString::fromUtf8(PQerrorMessage(conn.get())).trimmed();
    else if (PQntuples(res) > 0)
        out = QString::fromUtf8(PQgetvalue(res, 0, 0));
    PQclear(res);
    return out;
}

QString TestDatabase::adminConninfo()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_TEST_ADMIN"));
}

TestDatabase::TestDatabase()
{
    const QString admin = adminConninfo();
    if (admin.isEmpty()) {
        m_error = QStringLiteral(
            "CAREDESK_TEST_ADMIN is not set: run the tests through scripts/test, which starts PostgreSQL");
        return;
    }
    // A rerun through PgBouncer (ctest label pgbouncer): the engine's connections go
    // through the pooler scripts/test started; the admin's stay direct.
    const QString via = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_TEST_VIA"));
    if (!via.isEmpty()) {
        const QString variable = QStringLiteral("CAREDESK_TEST_PGBOUNCER_") + via.toUpper();
        m_route = QProcessEnvironment::systemEnvironment().value(variable);
        if (m_route.isEmpty()) {
            m_error = QStringLiteral("CAREDESK_TEST_VIA=%1 but %2 is not set: run the tests through "
                                     "scripts/test, which starts PgBouncer")
                          .arg(via, variable);
            return;
        }
    }
    m_name = QStringLiteral("cdt_%1_%2").arg(QCoreApplication::applicationPid()).arg(g_counter.fetch_add(1));
    // A crashed run may have left a database of this name (process ids are reused).
    (void)execOnce(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    m_error = execOnce(admin, QStringLiteral("CREATE DATABASE %1").arg(m_name));
}

TestDatabase::~TestDatabase()
{
    if (ok())
        (void)execOnce(adminConninfo(),
                       QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

QString TestDatabase::conninfo() const
{
    return adminConninfo() + QStringLiteral(" dbname=") + m_name;
}

ConnectionTarget TestDatabase::target() const
{
    auto parsed = ConnectionTarget::parse(m_route.isEmpty() ? conninfo()
                                                            : m_route + QStringLiteral(" dbname=") + m_name);
    return parsed ? parsed.value() : ConnectionTarget();
}

ConnectionTarget TestDatabase::directTarget() const
{
    auto parsed = ConnectionTarget::parse(conninfo());
    return parsed ? parsed.value() : ConnectionTarget();
}

Result<ConnectionTarget> TestDatabase::tcpTarget() const
{
    const QString tcp = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_TEST_TCP"));
    if (tcp.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("CAREDESK_TEST_TCP is not set: run the tests through scripts/test"));
    const QString port = QRegularExpression(QStringLiteral("port=(\\d+)")).match(tcp).captured(1);
    return ConnectionTarget::parse(QStringLiteral("host=127.0.0.1 port=%1 dbname=%2").arg(port, m_name));
}

QString migrateDatabase(const ConnectionTarget &target)
{
    PoolConfig config;
    config.poolSize = 1;
    config.maxOverflow = 0;
    ConnectionPool pool(target, config);
    auto result = pool.runBlocking(Access::Write, [](Session &s) { return caredesk::migrate(s); });
    return result ? QString() : result.error().toString();
}

QString TestDatabase::migrate() const
{
    return migrateDatabase(target());
}

QString TestDatabase::execAdmin(const QString &sql) const
{
    return execOnce(conninfo(), sql);
}

} // namespace caredesk::test
