#pragma once

#include "error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <thread>

namespace caredesk {

/// One pooled connection, as a unit of work sees it. It only exists on the
/// connection's own worker thread: every call checks that and aborts otherwise,
/// so a connection can never be used by two threads at once (the cause of
/// "lost synchronization with server"). Errors are thrown as DbException.
class Session
{
public:
    Session(QSqlDatabase db, std::thread::id owner);
    Q_DISABLE_COPY_MOVE(Session)
    ~Session() = default;

    /// Runs one statement; `binds` fill positional `?` placeholders.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    /// The first column of the first row, or a null QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    /// Runs a script of several statements (simple query protocol, no binds).
    void execScript(const QString &sql);

    enum class TxState
    {
        Idle,
        InTransaction,
        InError,
        Active,
        Unknown
    };
    [[nodiscard]] TxState transactionState() const;
    /// True when libpq says the connection is gone (status not OK).
    [[nodiscard]] bool isBroken() const;
    /// The server process id of this connection.
    [[nodiscard]] int backendPid() const;

    /// The staff member this client acts for, recorded by the audit triggers.
    void setActor(const QString &actor) { m_actor = actor; }
    [[nodiscard]] const QString &actor() const { return m_actor; }

    /// The clinic of a chain this client works in (`caredesk.clinic` for each
    /// transaction); 0 leaves it to the database: the signed-in staff member's first clinic.
    void setClinic(qint64 clinicId) { m_clinic = clinicId; }
    [[nodiscard]] qint64 clinic() const { return m_clinic; }

    /// Aborts the process when called off the owning thread.
    void assertOwnerThread() const;

    /// Statements sent to the server on this session so far (each one round trip).
    [[nodiscard]] quint64 statementsSent() const { return m_statementsSent; }

    /// How many Transaction guards are open on this session (nested ones are savepoints).
    [[nodiscard]] int transactionDepth() const { return m_transactionDepth; }

    /// Settings each transaction sends with its BEGIN, in the same round trip (SET LOCAL
    /// statements), for a connection through a pooler that refused the startup options.
    void setTransactionSettings(const QString &statements) { m_transactionSettings = statements; }
    [[nodiscard]] const QString &transactionSettings() const { return m_transactionSettings; }

    /// libpq's connection (PGconn *), for what QPSQL lacks (COPY-free scripts, password
    /// verifiers). Only on the owning thread, like everything else here.
    [[nodiscard]] void *pgconn() const;

private:
    [[nodiscard]] QString inlineBinds(const QString &sql, const QVariantList &binds) const;
    [[noreturn]] void fail(const QSqlQuery &query, const QString &sql) const;

    QSqlDatabase m_db;
    std::thread::id m_owner;
    QString m_actor;
    qint64 m_clinic = 0;
    int m_transactionDepth = 0;
    QString m_transactionSettings;
    quint64 m_statementsSent = 0;
    friend class Transaction;
};

/// An RAII transaction: BEGIN on construction, ROLLBACK in the destructor unless
/// commit() succeeded. Inside another one it is a savepoint (released on commit, rolled
/// back to otherwise), so an operation that is one transaction on its own — a
/// reschedule, new weekly hours — can be one step of a bulk change that is one
/// transaction as a whole. Sets `caredesk.actor` for the audit log and `caredesk.clinic` when the
/// session has them.
class Transaction
{
public:
    enum class Kind
    {
        ReadWrite,
        /// One consistent snapshot for several reads (REPEATABLE READ, READ ONLY).
        Snapshot
    };
    explicit Transaction(Session &session, Kind kind = Kind::ReadWrite);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit();
    [[nodiscard]] bool committed() const { return m_committed; }

private:
    Session &m_session;
    bool m_committed = false;
    int m_level = 0; ///< 1: the outer transaction; deeper: a savepoint
};

/// The libpq PGconn* behind a QPSQL handle, or null (only for the owning thread,
/// and for the pool's watchdog to find the socket).
[[nodiscard]] void *nativeConnection(const QSqlDatabase &db);

/// Classifies a SQLSTATE into the engine's error codes.
[[nodiscard]] ErrorCode classifySqlState(const QString &sqlState);
/// True for SQLSTATEs that mean the connection itself is gone (class 08, 57P01..03).
[[nodiscard]] bool isConnectionFailureState(const QString &sqlState);

} // namespace caredesk
