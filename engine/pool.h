#pragma once

#include "connectiontarget.h"
#include "error.h"
#include "poolconfig.h"
#include "session.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>
#include <QPromise>
#include <QString>

#include <condition_variable>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>
#include <vector>

namespace caredesk {

/// Whether a unit of work only reads (and may be retried once on a fresh
/// connection after a connection fault) or writes (never retried once sent).
enum class Access
{
    Read,
    Write,
    /// A read a standby may serve: availability, next-available, reports and the
    /// capacity view. With standby reads set up (setStandbyReads) it goes to the standby
    /// while its replay lag is within the limit; otherwise it is a Read here.
    StandbyRead
};

/// One value: the replay lag in ms of the server it runs on (0 on a primary, -1 when a
/// standby has replayed nothing yet). What setStandbyReads measures.
[[nodiscard]] QString replayLagQuery();
/// Whether a standby whose replay lag is `lagMs` (negative: unknown) may serve reads.
[[nodiscard]] bool standbyLagAcceptable(double lagMs, std::chrono::milliseconds maxLag);

/// A snapshot of what the pool is doing.
struct PoolStats
{
    int size = 0;     ///< connections (worker threads) that exist
    int idle = 0;     ///< waiting in the pool for work
    int inUse = 0;    ///< running a unit of work
    int overflow = 0; ///< connections beyond pool_size
    int waiters = 0;  ///< requests waiting for a connection
    quint64 checkouts = 0;
    quint64 timeouts = 0;
    quint64 prePingFailures = 0;
    quint64 discarded = 0;
    quint64 recycled = 0;
    quint64 opened = 0;
    quint64 retries = 0;
    quint64 watchdogKills = 0;
    quint64 resolved = 0;         ///< writes whose unknown outcome was looked up after a fault
    quint64 inDoubt = 0;          ///< writes whose connection was lost before their commit was confirmed
    quint64 readOnlyRefusals = 0; ///< refusals of a write by a read-only server (a standby): SQLSTATE 25006
    quint64 leakWarnings = 0;
    /// The server in front refused startup options (PgBouncer): the statement timeout
    /// goes with each transaction's BEGIN instead.
    bool settingsPerTransaction = false;
    quint64 standbyReads = 0;     ///< StandbyRead units sent to the standby pool
    quint64 standbyFallbacks = 0; ///< StandbyRead units served here: lag unknown or too high, standby away
    double standbyLagMs = -1;     ///< the standby's replay lag as last measured; -1: unknown or none
    double totalWaitMs = 0;       ///< summed over checkouts that had to wait
    double maxWaitMs = 0;
    double connectMs = 0; ///< summed over opened connections: connect, sign-in and session setup
};

/// Where one pooled connection is, for `status` and the desktop's diagnostics.
struct PoolConnectionInfo
{
    int seq = 0; ///< the connection's number in this pool
    bool connected = false;
    QString host;         ///< the server libpq chose from the conninfo's list (PQhost)
    QString port;         ///< (PQport)
    bool standby = false; ///< the server reports in_hot_standby = on
};

/// CareDesk's connection pool, to the clinic's pool spec (SQLAlchemy QueuePool
/// semantics). Every connection is created, used and closed by one long-lived worker
/// thread of its own; work is submitted as a function that runs on that thread and
/// receives the thread's Session. No QSqlDatabase ever leaves its thread.
///
/// Thread-safe: submit from any thread. The pool's own state is guarded by standard
/// library primitives (so ThreadSanitizer sees them). See docs/pool.md.
class ConnectionPool
{
public:
    using Body = std::function<void(Session &)>;
    /// Called once per submitted unit, on a worker thread (or the housekeeping thread
    /// for timeouts), with no error on success.
    using Completion = std::function<void(std::optional<Error>)>;

    /// What is submitted: the work, whether it writes, and for a write that must
    /// happen exactly once, how to find out whether it committed.
    struct UnitOfWork
    {
        Access access = Access::Read;
        Body body;
        /// Runs on a fresh connection when the connection died while the write's
        /// outcome was unknown (e.g. during COMMIT); returns true when the write is
        /// found committed (typically: its client-generated request id is stored).
        /// When it returns false the write provably did not happen and is run once more.
        std::function<bool(Session &)> resolve;
        QString label;
    };

    ConnectionPool(ConnectionTarget target, PoolConfig config);
    ~ConnectionPool();
    Q_DISABLE_COPY_MOVE(ConnectionPool)

    /// Queues a unit of work. Never blocks beyond taking the pool's lock.
    void submit(UnitOfWork unit, Completion complete);

    /// Runs `fn(Session &)` on a pooled connection and resumes the awaiting coroutine
    /// with its value or the error (a DbException thrown by `fn` becomes the error).
    /// The awaiting thread needs a running Qt event loop.
    ///
    /// Deliberately not a coroutine itself: GCC 12 destroys a by-value coroutine
    /// argument twice when the caller passes a temporary (a lambda) inside co_await.
    /// Only the QFuture crosses into a coroutine frame.
    template<typename Fn, typename R = std::invoke_result_t<Fn &, Session &>>
    QCoro::Task<Result<R>> run(Access access, Fn fn, QString label = {})
    {
        return awaitResult(submitFuture<R>(access, std::move(fn), NoLookup{}, std::move(label)));
    }

    /// The blocking form of run(), for the command line and tests.
    template<typename Fn, typename R = std::invoke_result_t<Fn &, Session &>>
    Result<R> runBlocking(Access access, Fn fn, QString label = {})
    {
        return submitBlocking<R>(access, std::move(fn), NoLookup{}, std::move(label));
    }

    /// A write that happens exactly once even when the connection dies during COMMIT:
    /// `lookup(Session &) -> std::optional<R>` finds the committed result (by a request
    /// id the write stores under a UNIQUE constraint) on a fresh connection.
    template<typename Fn, typename Lookup, typename R = std::invoke_result_t<Fn &, Session &>>
    QCoro::Task<Result<R>> runOnce(Fn fn, Lookup lookup, QString label = {})
    {
        return awaitResult(
            submitFuture<R>(Access::Write, std::move(fn), std::move(lookup), std::move(label)));
    }

    /// The blocking form of runOnce().
    template<typename Fn, typename Lookup, typename R = std::invoke_result_t<Fn &, Session &>>
    Result<R> runOnceBlocking(Fn fn, Lookup lookup, QString label = {})
    {
        QFuture<Result<R>> future =
            submitFuture<R>(Access::Write, std::move(fn), std::move(lookup), std::move(label));
        return future.result();
    }

    /// Serves StandbyRead units from `standby`, a pool on a standby server, while its
    /// replay lag (now() - pg_last_xact_replay_timestamp(), measured on it at most once a
    /// second) is known and at most `maxLag`; from this pool otherwise, and when the
    /// standby cannot be reached. The standby pool shuts down with this one.
    void setStandbyReads(std::shared_ptr<ConnectionPool> standby, std::chrono::milliseconds maxLag);
    /// The standby pool, if any (for status and diagnostics).
    [[nodiscard]] std::shared_ptr<ConnectionPool> standbyPool() const;

    /// The staff member units of work act for (recorded by the audit triggers).
    void setActor(const QString &actor);
    [[nodiscard]] QString actor() const;

    /// The clinic of a chain units of work run for (Session::setClinic); 0: the database's
    /// default, the signed-in staff member's first clinic.
    void setClinic(qint64 clinicId);
    [[nodiscard]] qint64 clinic() const;

    [[nodiscard]] PoolStats stats() const;
    /// Each live connection's server and role, oldest first.
    [[nodiscard]] std::vector<PoolConnectionInfo> connections() const;
    [[nodiscard]] const PoolConfig &config() const { return m_config; }
    [[nodiscard]] const ConnectionTarget &target() const { return m_target; }

    /// Fails queued requests, lets running units finish, closes every connection and
    /// joins every thread. Called by the destructor; submit() fails afterwards.
    void shutdown();

private:
    struct Job;
    struct Worker;

    struct NoLookup
    {};

    template<typename R>
    static QCoro::Task<Result<R>> awaitResult(QFuture<Result<R>> future)
    {
        co_return co_await future;
    }

    /// Wraps `fn` (and an optional lookup) into a UnitOfWork whose value travels
    /// through a shared slot.
    template<typename R, typename Fn, typename Lookup>
    static UnitOfWork makeUnit(Access access, Fn fn, Lookup lookup, QString label,
                               const std::shared_ptr<std::optional<R>> &value)
    {
        auto work = std::make_shared<Fn>(std::move(fn));
        UnitOfWork unit;
        unit.access = access;
        unit.label = std::move(label);
        unit.body = [work, value](Session &session) { *value = (*work)(session); };
        if constexpr (!std::is_same_v<Lookup, NoLookup>) {
            auto find = std::make_shared<Lookup>(std::move(lookup));
            unit.resolve = [find, value](Session &session) {
                std::optional<R> found = (*find)(session);
                if (found)
                    *value = std::move(*found);
                return found.has_value();
            };
        }
        return unit;
    }

    template<typename R>
    static Result<R> takeResult(std::optional<Error> &err, std::optional<R> &value)
    {
        return err ? Result<R>(std::move(*err)) : Result<R>(std::move(*value));
    }

    /// For coroutines: the completion fulfils a QPromise, which resumes the awaiting
    /// coroutine on its own thread through QCoro.
    template<typename R, typename Fn, typename Lookup>
    QFuture<Result<R>> submitFuture(Access access, Fn fn, Lookup lookup, QString label)
    {
        auto promise = std::make_shared<QPromise<Result<R>>>();
        QFuture<Result<R>> future = promise->future();
        promise->start();
        auto value = std::make_shared<std::optional<R>>();
        submit(makeUnit<R>(access, std::move(fn), std::move(lookup), std::move(label), value),
               [promise, value](std::optional<Error> err) {
                   promise->addResult(takeResult<R>(err, *value));
                   promise->finish();
               });
        return future;
    }

    /// For blocking callers: a std::promise (standard synchronisation, which
    /// ThreadSanitizer sees; Qt's futures synchronise inside libQt6Core, which it cannot).
    template<typename R, typename Fn, typename Lookup>
    Result<R> submitBlocking(Access access, Fn fn, Lookup lookup, QString label)
    {
        // Shared, not on this stack: set_value may still be finishing on the worker
        // thread when get() has already returned here.
        auto promise = std::make_shared<std::promise<Result<R>>>();
        std::future<Result<R>> future = promise->get_future();
        auto value = std::make_shared<std::optional<R>>();
        submit(
            makeUnit<R>(access, std::move(fn), std::move(lookup), std::move(label), value),
            [promise, value](std::optional<Error> err) { promise->set_value(takeResult<R>(err, *value)); });
        return future.get();
    }

    class Link;
    struct StandbyLag;
    struct StandbyChoice
    {
        std::shared_ptr<ConnectionPool> pool; ///< null: the read runs here
        std::shared_ptr<StandbyLag> lag;
    };
    /// The standby pool when a StandbyRead may go there now (starts a lag measurement
    /// when the last one is older than a second), with the lag it was judged by.
    [[nodiscard]] StandbyChoice standbyForRead();
    void workerMain(Worker *worker);
    void shutdownNow();
    std::optional<Error> execute(Worker *worker, Link &link, const Job &job);
    void housekeepingMain();
    void checkOutLocked(Worker *worker, Job &job);
    void startLocked(Worker *worker, Job &job);
    void dispatchLocked(Worker *worker, Job job);
    [[nodiscard]] PoolStats statsLocked() const;

    const ConnectionTarget m_target;
    const PoolConfig m_config;
    const int m_poolId;

    mutable std::mutex m_mutex;
    std::once_flag m_shutdownOnce;
    std::condition_variable m_housekeepingWake;
    struct State;
    std::unique_ptr<State> m_state; // guarded by m_mutex
};

} // namespace caredesk
