#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace caredesk::test {

/// A PostgreSQL cluster of a test's own (initdb into a temp dir), for fault tests
/// that restart the server: they must never disturb the shared test cluster.
/// Needs CAREDESK_TEST_PGBIN (scripts/test sets it). As root, the server runs as
/// the postgres user.
class TestCluster
{
public:
    TestCluster();
    ~TestCluster();
    TestCluster(const TestCluster &) = delete;
    TestCluster &operator=(const TestCluster &) = delete;

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] int port() const { return m_port; }
    /// Over TCP on 127.0.0.1 (trust), to `dbname`.
    [[nodiscard]] QString conninfo(const QString &dbname = QStringLiteral("postgres")) const;

    /// Both servers in one libpq multi-host conninfo, `first` listed first.
    [[nodiscard]] static QString listConninfo(const TestCluster &first, const TestCluster &second);

    /// pg_ctl restart -m fast: every connection is dropped. Returns an error text or empty.
    [[nodiscard]] QString restart();

    /// A streaming-replication standby of `primary`, made with `pg_basebackup -R` into a
    /// temp dir of its own and started on a free port. With `synchronous`, the primary
    /// then waits for it on every commit (synchronous_standby_names = '*'), so a commit
    /// the primary confirmed survives the primary's failure. Check ok() on the result.
    [[nodiscard]] static std::unique_ptr<TestCluster> standbyOf(TestCluster &primary, bool synchronous);

    /// Waits (up to 30 s) until this standby has replayed everything `primary` has committed
    /// so far. Returns an error text or empty.
    [[nodiscard]] QString waitForReplay(const TestCluster &primary) const;

    /// pg_ctl stop -m immediate: the server dies as in a crash. Returns an error text or empty.
    [[nodiscard]] QString stopImmediately();
    /// pg_ctl promote -w: a standby becomes a writable primary. Returns an error text or empty.
    [[nodiscard]] QString promote();

private:
    struct StandbyTag
    {};
    TestCluster(StandbyTag, const TestCluster &primary);
    void prepareDir();
    void start();
    [[nodiscard]] QString pgctl(const QStringList &args, int timeoutMs = 60000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_data;
    int m_port = 0;
    QString m_error;
    bool m_started = false;
};

/// A free TCP port on 127.0.0.1.
[[nodiscard]] int freeTcpPort();

} // namespace caredesk::test
