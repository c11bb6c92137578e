#pragma once

#include "engine/connectiontarget.h"
#include "engine/error.h"

#include <QString>

namespace caredesk::test {

/// A fresh, empty database on the throwaway cluster scripts/test starts
/// (CAREDESK_TEST_ADMIN), dropped again by the destructor. When the cluster is
/// missing or unreachable, ok() is false and error() says why: tests then FAIL.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QString &name() const { return m_name; }
    /// A prefix for login roles a test creates: roles are cluster-wide, so tests running in
    /// parallel name theirs after their own database.
    [[nodiscard]] QString loginPrefix() const;
    /// A conninfo for this database (over the cluster's unix socket).
    [[nodiscard]] QString conninfo() const;
    /// Where the engine connects: the socket, or PgBouncer when CAREDESK_TEST_VIA names
    /// one of the poolers scripts/test started (CAREDESK_TEST_PGBOUNCER_<MODE>).
    [[nodiscard]] ConnectionTarget target() const;
    /// This database over the cluster's socket, never through a pooler.
    [[nodiscard]] ConnectionTarget directTarget() const;
    /// True when target() goes through PgBouncer.
    [[nodiscard]] bool viaPooler() const { return !m_route.isEmpty(); }
    /// This database over TCP on 127.0.0.1 with no user yet, where passwords are checked
    /// (SCRAM; the cluster trusts its socket). Empty with an error when CAREDESK_TEST_TCP
    /// is not set.
    [[nodiscard]] Result<ConnectionTarget> tcpTarget() const;

    /// Applies the bundled migrations; returns an error text or empty.
    [[nodiscard]] QString migrate() const;
    /// Runs SQL as the superuser on this database; returns an error text or empty.
    [[nodiscard]] QString execAdmin(const QString &sql) const;

    /// The admin conninfo from CAREDESK_TEST_ADMIN (empty when unset).
    [[nodiscard]] static QString adminConninfo();

private:
    QString m_name;
    QString m_error;
    QString m_route; ///< a PgBouncer conninfo without dbname, or empty
};

/// Applies the bundled migrations to the database behind `target` over one connection;
/// returns an error text or empty.
[[nodiscard]] QString migrateDatabase(const ConnectionTarget &target);
/// Runs one SQL statement with libpq on `conninfo`; returns an error text or empty.
[[nodiscard]] QString execOnce(const QString &conninfo, const QString &sql);
/// The first value of the first row of a query run with libpq, or "error: …".
[[nodiscard]] QString queryOnce(const QString &conninfo, const QString &sql);

} // namespace caredesk::test
