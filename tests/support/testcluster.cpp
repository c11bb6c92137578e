#include "testcluster.h"

#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace caredesk::test {

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

/// Runs a PostgreSQL program, as the postgres user when we are root.
QString runPg(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    args);
    else
        p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return QStringLiteral("%1 did not finish").arg(program);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).trimmed());
    return {};
}

bool chownToPostgres(const QString &path)
{
    const passwd *pw = ::getpwnam("postgres");
    return pw != nullptr && ::chown(path.toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

int freeTcpPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

TestCluster::TestCluster()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/caredesk-cluster-XXXXXX")))
{
    prepareDir();
    if (!m_error.isEmpty())
        return;
    QDir().mkpath(m_data);
    if (isRoot() && !chownToPostgres(m_data)) {
        m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_data);
        return;
    }
    m_error = runPg(m_bin + QStringLiteral("/initdb"),
                    {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("postgres"),
                     QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                     QStringLiteral("--locale=C.UTF-8")},
                    120000);
    if (m_error.isEmpty())
        start();
}

TestCluster::TestCluster(StandbyTag, const TestCluster &primary)
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/caredesk-standby-XXXXXX")))
{
    prepareDir();
    if (!m_error.isEmpty())
        return;
    // pg_basebackup makes the data dir itself; -R writes standby.signal and primary_conninfo.
    m_error = runPg(m_bin + QStringLiteral("/pg_basebackup"),
                    {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                     QString::number(primary.port()), QStringLiteral("-U"), QStringLiteral("postgres"),
                     QStringLiteral("-D"), m_data, QStringLiteral("-R"), QStringLiteral("-X"),
                     QStringLiteral("stream"), QStringLiteral("-c"), QStringLiteral("fast")},
                    120000);
    if (m_error.isEmpty())
        start();
}

std::unique_ptr<TestCluster> TestCluster::standbyOf(TestCluster &primary, bool synchronous)
{
    std::unique_ptr<TestCluster> standby(new TestCluster(StandbyTag{}, primary));
    if (!standby->ok() || !synchronous)
        return standby;
    standby->m_error =
        execOnce(primary.conninfo(), QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '*'"));
    if (standby->m_error.isEmpty())
        standby->m_error = execOnce(primary.conninfo(), QStringLiteral("SELECT pg_reload_conf()"));
    return standby;
}

void TestCluster::prepareDir()
{
    m_bin = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_TEST_PGBIN"));
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("CAREDESK_TEST_PGBIN is not set: run the tests through scripts/test");
        return;
    }
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return;
    }
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                             QFileDevice::ExeGroup);
    m_data = m_dir->filePath(QStringLiteral("data"));
    if (isRoot() && !chownToPostgres(m_dir->path()))
        m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir->path());
}

void TestCluster::start()
{
    m_port = freeTcpPort();
    m_error =
        pgctl({QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-o"),
               QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200")
                   .arg(m_port)
                   .arg(m_dir->path())});
    m_started = m_error.isEmpty();
}

TestCluster::~TestCluster()
{
    if (m_started)
        (void)pgctl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate"),
                     QStringLiteral("-w")});
    if (isRoot() && m_dir && m_dir->isValid())
        QDir(m_dir->path()).removeRecursively();
}

QString TestCluster::pgctl(const QStringList &args, int timeoutMs)
{
    return runPg(m_bin + QStringLiteral("/pg_ctl"),
                 QStringList{QStringLiteral("-D"), m_data, QStringLiteral("-l"),
                             m_dir->filePath(QStringLiteral("server.log"))} +
                     args,
                 timeoutMs);
}

QString TestCluster::conninfo(const QString &dbname) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=%2").arg(m_port).arg(dbname);
}

QString TestCluster::waitForReplay(const TestCluster &primary) const
{
    const QString lsn = queryOnce(primary.conninfo(), QStringLiteral("SELECT pg_current_wal_lsn()"));
    if (lsn.startsWith(QLatin1String("error")))
        return lsn;
    const QString caughtUp = QStringLiteral("SELECT pg_last_wal_replay_lsn() >= '%1'::pg_lsn").arg(lsn);
    QDeadlineTimer deadline(30000);
    while (queryOnce(conninfo(), caughtUp) != QLatin1String("t")) {
        if (deadline.hasExpired())
            return QStringLiteral("the standby on port %1 has not replayed up to %2 within 30 s")
                .arg(m_port)
                .arg(lsn);
        QThread::msleep(50);
    }
    return {};
}

QString TestCluster::stopImmediately()
{
    QString error = pgctl(
        {QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w")});
    if (error.isEmpty())
        m_started = false;
    return error;
}

QString TestCluster::promote()
{
    return pgctl({QStringLiteral("promote"), QStringLiteral("-w")});
}

QString TestCluster::listConninfo(const TestCluster &first, const TestCluster &second)
{
    return QStringLiteral("host=127.0.0.1,127.0.0.1 port=%1,%2 user=postgres dbname=postgres")
        .arg(first.port())
        .arg(second.port());
}

QString TestCluster::restart()
{
    return pgctl(
        {QStringLiteral("restart"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")});
}

} // namespace caredesk::test
