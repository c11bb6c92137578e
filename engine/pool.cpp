#include "pool.h"

#include "clock.h"
#include "logging.h"
#include "text.h"

#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <atomic>
#include <deque>
#include <libpq-fe.h>
#include <random>
#include <sys/socket.h>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace caredesk {

namespace {

using SteadyClock = std::chrono::steady_clock;

std::atomic<int> g_nextPoolId{1};

/// Turns a failed open into an error a person can act on. libpq reports no SQLSTATE
/// for a failed connection, so the server's message decides.
Error connectError(const QSqlError &sqlError, const ConnectionTarget &target)
{
    const QString text = (sqlError.databaseText() + QLatin1Char(' ') + sqlError.driverText()).trimmed();
    Error err;
    err.detail = text;
    if (sqlError.driverText().contains(QLatin1String("Driver not loaded"))) {
        err.code = ErrorCode::Internal;
        err.message =
            EngineText::tr("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)");
    } else if (text.contains(QLatin1String("password authentication failed")) ||
               text.contains(QLatin1String("no password supplied")) ||
               text.contains(QLatin1String("authentication failed")) ||
               text.contains(QLatin1String("is not permitted to log in")) ||
               (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist")))) {
        err.code = ErrorCode::PermissionDenied;
        err.message = EngineText::tr("The database refused the sign-in for %1").arg(target.describe());
    } else if (text.contains(QLatin1String("does not match host name"))) {
        // sslmode=verify-full: the certificate is for another name than the one we dialled.
        err.code = ErrorCode::Unreachable;
        err.message =
            EngineText::tr("The database server's certificate is not for the host name %1; CareDesk did "
                           "not connect (sslmode=verify-full)")
                .arg(target.host());
    } else if (text.contains(QLatin1String("certificate verify failed")) ||
               text.contains(QLatin1String("root certificate file"))) {
        err.code = ErrorCode::Unreachable;
        err.message = EngineText::tr("The database server's certificate could not be verified with the root "
                                     "certificate in the connection settings (sslrootcert); CareDesk did not "
                                     "connect to %1")
                          .arg(target.describe());
    } else {
        err.code = ErrorCode::Unreachable;
        err.message = EngineText::tr("Cannot connect to the database %1").arg(target.describe());
    }
    return err;
}

struct ServerPlace
{
    QString host;
    QString port;
    bool standby = false;
};

/// Which of the conninfo's servers a connection is on, and whether that server is a
/// standby, from what libpq already knows (no round trip: in_hot_standby is a
/// parameter the server reports itself, PostgreSQL 14 and later).
ServerPlace serverPlace(PGconn *conn)
{
    ServerPlace place;
    if (conn == nullptr)
        return place;
    place.host = QString::fromUtf8(PQhost(conn));
    place.port = QString::fromUtf8(PQport(conn));
    const char *hot = PQparameterStatus(conn, "in_hot_standby");
    place.standby = hot != nullptr && qstrcmp(hot, "on") == 0;
    return place;
}

/// Server notices (e.g. "relation already exists, skipping") go to the log, not stderr.
void logNotice(void * /*arg*/, const char *message)
{
    qCDebug(lcPool) << "server notice:" << QString::fromUtf8(message).trimmed();
}

} // namespace

struct ConnectionPool::Job
{
    enum class Kind
    {
        Work,
        Recycle
    };
    Kind kind = Kind::Work;
    UnitOfWork unit;
    Completion complete;
    SteadyClock::time_point enqueued;
    SteadyClock::time_point deadline;
    // Read from the pool's state when the job is handed to a worker, so the worker
    // needs the pool's lock only once per unit of work, afterwards.
    QString actor;
    qint64 clinic = 0;
    bool usedRecently = false; ///< the connection did work within pre_ping_skip
    bool expired = false;      ///< the connection has outlived its recycle time
};

struct ConnectionPool::Worker
{
    int seq = 0;
    std::thread thread;
    // The hand-off slot has a lock of its own: a worker waits and wakes on it without
    // touching the pool's lock, which every client and worker otherwise queues on.
    // Lock order: the pool's lock, then `handoff`; never the other way round.
    std::mutex handoff;
    std::condition_variable wake;
    std::optional<Job> job; ///< guarded by handoff
    bool stop = false;      ///< guarded by handoff
    // The rest is guarded by the pool's lock.
    bool busy = false;
    bool connected = false;
    bool watchdogFired = false;
    bool leakWarned = false;
    int socketFd = -1; ///< the watchdog's only way in; -1 when closed
    SteadyClock::time_point busySince;
    SteadyClock::time_point lastUsed;
    SteadyClock::time_point openedAt;
    SteadyClock::duration lifetime{};
    QString label;
    ServerPlace place; ///< where the connection is, as libpq and the server last said
};

/// The standby's replay lag as last measured. Shared with the measuring unit's
/// completion, which may run on the standby pool's thread after this pool is gone.
struct ConnectionPool::StandbyLag
{
    std::mutex mutex;
    double ms = -1; ///< -1: not known (not measured yet, failed, or nothing replayed yet)
    SteadyClock::time_point measuredAt{};
    bool measuring = false;
};

struct ConnectionPool::State
{
    std::shared_ptr<ConnectionPool> standby; ///< setStandbyReads
    std::chrono::milliseconds standbyMaxLag{0};
    std::shared_ptr<StandbyLag> lag;
    std::vector<std::unique_ptr<Worker>> workers; ///< live connections' threads
    std::deque<Worker *> idle;                    ///< FIFO, as QueuePool
    std::deque<Job> waiters;
    std::vector<std::unique_ptr<Worker>> retired; ///< finished threads to join
    std::condition_variable drained;
    std::thread housekeeping;
    bool shuttingDown = false;
    bool wakeHousekeeping = false; ///< set with every notify, so no wake-up is lost
    int nextSeq = 1;
    PoolStats counters;
    QString actor;
    qint64 clinic = 0;
    std::mt19937 rng{20251226};
};

ConnectionPool::ConnectionPool(ConnectionTarget target, PoolConfig config)
    : m_target(std::move(target))
    , m_config(std::move(config))
    , m_poolId(g_nextPoolId.fetch_add(1))
    , m_state(std::make_unique<State>())
{
    m_state->housekeeping = std::thread([this] { housekeepingMain(); });
}

ConnectionPool::~ConnectionPool()
{
    shutdown();
}

void ConnectionPool::setActor(const QString &actor)
{
    std::lock_guard lock(m_mutex);
    m_state->actor = actor;
}

QString ConnectionPool::actor() const
{
    std::lock_guard lock(m_mutex);
    return m_state->actor;
}

void ConnectionPool::setClinic(qint64 clinicId)
{
    std::lock_guard lock(m_mutex);
    m_state->clinic = clinicId;
    if (m_state->standby)
        m_state->standby->setClinic(clinicId);
}

qint64 ConnectionPool::clinic() const
{
    std::lock_guard lock(m_mutex);
    return m_state->clinic;
}

PoolStats ConnectionPool::statsLocked() const
{
    const State &s = *m_state;
    PoolStats out = s.counters;
    out.size = int(s.workers.size());
    out.idle = int(s.idle.size());
    out.inUse = int(std::count_if(s.workers.begin(), s.workers.end(), [](const auto &w) { return w->busy; }));
    out.overflow = std::max(0, out.size - m_config.poolSize);
    out.waiters = int(s.waiters.size());
    return out;
}

PoolStats ConnectionPool::stats() const
{
    std::shared_ptr<StandbyLag> lag;
    PoolStats out;
    {
        std::lock_guard lock(m_mutex);
        out = statsLocked();
        lag = m_state->lag;
    }
    if (lag) {
        std::lock_guard lock(lag->mutex);
        out.standbyLagMs = lag->ms;
    }
    return out;
}

void ConnectionPool::setStandbyReads(std::shared_ptr<ConnectionPool> standby,
                                     std::chrono::milliseconds maxLag)
{
    std::lock_guard lock(m_mutex);
    m_state->standby = std::move(standby);
    m_state->standbyMaxLag = maxLag;
    m_state->lag = m_state->standby ? std::make_shared<StandbyLag>() : nullptr;
    if (m_state->standby)
        m_state->standby->setClinic(m_state->clinic);
}

std::shared_ptr<ConnectionPool> ConnectionPool::standbyPool() const
{
    std::lock_guard lock(m_mutex);
    return m_state->standby;
}

// Measured from the last replayed commit, so an idle primary reads as a growing lag:
// then reads simply stay on the primary, which has nothing else to do.
QString replayLagQuery()
{
    return QStringLiteral(
        "SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0"
        " ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000, -1) END");
}

bool standbyLagAcceptable(double lagMs, std::chrono::milliseconds maxLag)
{
    return lagMs >= 0 && lagMs <= double(maxLag.count());
}

ConnectionPool::StandbyChoice ConnectionPool::standbyForRead()
{
    std::shared_ptr<ConnectionPool> standby;
    std::shared_ptr<StandbyLag> lag;
    std::chrono::milliseconds maxLag{0};
    {
        std::lock_guard lock(m_mutex);
        if (!m_state->standby)
            return {};
        standby = m_state->standby;
        lag = m_state->lag;
        maxLag = m_state->standbyMaxLag;
    }
    double lagMs = -1;
    bool measure = false;
    {
        std::lock_guard lock(lag->mutex);
        lagMs = lag->ms;
        const auto now = SteadyClock::now();
        if (!lag->measuring && now - lag->measuredAt >= std::chrono::seconds(1)) {
            lag->measuring = true;
            measure = true;
        }
    }
    if (measure) {
        auto measured = std::make_shared<double>(-1);
        UnitOfWork unit;
        unit.access = Access::Read;
        unit.label = QStringLiteral("standby: replay lag");
        unit.body = [measured](Session &session) { *measured = session.scalar(replayLagQuery()).toDouble(); };
        standby->submit(std::move(unit), [lag, measured](std::optional<Error> err) {
            std::lock_guard lock(lag->mutex);
            lag->ms = err ? -1 : *measured;
            lag->measuredAt = SteadyClock::now();
            lag->measuring = false;
        });
    }
    const bool fresh = standbyLagAcceptable(lagMs, maxLag);
    std::lock_guard lock(m_mutex);
    ++(fresh ? m_state->counters.standbyReads : m_state->counters.standbyFallbacks);
    if (!fresh)
        return {};
    return {std::move(standby), std::move(lag)};
}

std::vector<PoolConnectionInfo> ConnectionPool::connections() const
{
    std::lock_guard lock(m_mutex);
    std::vector<PoolConnectionInfo> out;
    for (const auto &w : m_state->workers) {
        PoolConnectionInfo info;
        info.seq = w->seq;
        info.connected = w->connected;
        info.host = w->place.host;
        info.port = w->place.port;
        info.standby = w->place.standby;
        out.push_back(std::move(info));
    }
    return out;
}

void ConnectionPool::checkOutLocked(Worker *worker, Job &job)
{
    const auto now = SteadyClock::now();
    if (job.kind == Job::Kind::Work) {
        PoolStats &c = m_state->counters;
        ++c.checkouts;
        const double waited = msBetween(job.enqueued, now);
        c.totalWaitMs += waited;
        c.maxWaitMs = std::max(c.maxWaitMs, waited);
    }
    worker->label = job.unit.label;
    worker->busy = true;
    worker->leakWarned = false;
    startLocked(worker, job);
}

void ConnectionPool::startLocked(Worker *worker, Job &job)
{
    const auto now = SteadyClock::now();
    job.actor = m_state->actor;
    job.clinic = m_state->clinic;
    job.usedRecently = now - worker->lastUsed < m_config.prePingSkip;
    job.expired = worker->connected && now - worker->openedAt > worker->lifetime;
    worker->busySince = now;
    worker->watchdogFired = false;
}

void ConnectionPool::dispatchLocked(Worker *worker, Job job)
{
    checkOutLocked(worker, job);
    // Notified with the slot's lock held: the worker cannot see the job, finish it and
    // leave the pool (freeing `wake`) before notify_one() has returned.
    std::lock_guard slot(worker->handoff);
    worker->job = std::move(job);
    worker->wake.notify_one();
}

void ConnectionPool::submit(UnitOfWork unit, Completion complete)
{
    if (unit.access == Access::StandbyRead) {
        unit.access = Access::Read;
        if (StandbyChoice standby = standbyForRead(); standby.pool) {
            // A standby that cannot be reached is no reason to fail a read: it runs here
            // instead, and the lag counts as unknown until measured again.
            UnitOfWork here = unit;
            standby.pool->submit(std::move(unit),
                                 [this, lag = standby.lag, here = std::move(here),
                                  complete = std::move(complete)](std::optional<Error> err) mutable {
                                     if (!err || err->code != ErrorCode::Unreachable) {
                                         complete(std::move(err));
                                         return;
                                     }
                                     {
                                         std::lock_guard lock(lag->mutex);
                                         lag->ms = -1;
                                     }
                                     {
                                         std::lock_guard lock(m_mutex);
                                         --m_state->counters.standbyReads;
                                         ++m_state->counters.standbyFallbacks;
                                     }
                                     submit(std::move(here), std::move(complete));
                                 });
            return;
        }
    }
    Job job;
    job.unit = std::move(unit);
    job.complete = std::move(complete);
    job.enqueued = SteadyClock::now();
    job.deadline = job.enqueued + m_config.poolTimeout;

    std::unique_lock lock(m_mutex);
    State &s = *m_state;
    if (s.shuttingDown) {
        lock.unlock();
        job.complete(makeError(ErrorCode::Unreachable,
                               EngineText::tr("The database connection pool has been shut down")));
        return;
    }
    if (!s.idle.empty()) {
        Worker *worker = s.idle.front();
        s.idle.pop_front();
        dispatchLocked(worker, std::move(job));
        return;
    }
    if (int(s.workers.size()) < m_config.maxConnections()) {
        auto worker = std::make_unique<Worker>();
        worker->seq = s.nextSeq++;
        Worker *raw = worker.get();
        s.workers.push_back(std::move(worker));
        dispatchLocked(raw, std::move(job));
        try {
            raw->thread = std::thread([this, raw] { workerMain(raw); });
        } catch (const std::system_error &e) {
            // No thread, no connection: hand the job back with the reason.
            Job failed = std::move(*raw->job); // no other thread has seen this worker
            s.workers.pop_back();
            lock.unlock();
            failed.complete(makeError(ErrorCode::Unreachable,
                                      EngineText::tr("Cannot start a database connection thread"),
                                      QString::fromUtf8(e.what())));
            return;
        }
        qCDebug(lcPool) << "opened worker" << raw->seq << "size" << s.workers.size();
        return;
    }
    s.waiters.push_back(std::move(job));
    s.wakeHousekeeping = true;
    m_housekeepingWake.notify_one();
}

/// True when the server's statement_timeout is the pool's: the startup options arrived.
/// One round trip per new connection. An error here is left to the unit that follows.
bool timeoutArrived(Session &session, int statementTimeoutMs)
{
    try {
        return session
                   .scalar(QStringLiteral(
                       "SELECT extract(epoch FROM current_setting('statement_timeout')::interval) * 1000"))
                   .toDouble() == double(statementTimeoutMs);
    } catch (const DbException &) {
        return true;
    }
}

/// One worker's connection: opened, used and closed on the worker's thread only.
class ConnectionPool::Link
{
public:
    Link(ConnectionPool &pool, Worker *worker)
        : m_pool(pool)
        , m_worker(worker)
        , m_name(QStringLiteral("caredesk-pool%1-conn%2").arg(pool.m_poolId).arg(worker->seq))
    {}
    ~Link() { close(); }
    Q_DISABLE_COPY_MOVE(Link)

    [[nodiscard]] Session *session() const { return m_session.get(); }
    [[nodiscard]] const QString &name() const { return m_name; }

    /// The server's role as it last reported it (a standby promoted while this
    /// connection was open reports in_hot_standby = off). Worker thread only.
    [[nodiscard]] bool standbyNow() const { return m_session && serverPlace(m_conn).standby; }

    /// Makes `caredesk.clinic` the session's clinic for statements outside a transaction
    /// too, sent only when it changes. Behind a transaction pooler a session setting
    /// would stay on a server connection other clients get next: there it returns false
    /// when a clinic is chosen, and the unit then runs in one transaction that sets it.
    [[nodiscard]] bool applyClinic(Session &session)
    {
        if (!session.transactionSettings().isEmpty())
            return session.clinic() == 0;
        if (session.clinic() == m_appliedClinic)
            return true;
        session.exec(QStringLiteral("SELECT set_config('caredesk.clinic', ?, false)"),
                     {session.clinic() != 0 ? QString::number(session.clinic()) : QString()});
        m_appliedClinic = session.clinic();
        return true;
    }

    /// Runs `body` with the session's clinic in force (see applyClinic).
    void inClinic(Session &session, const std::function<void(Session &)> &body)
    {
        if (applyClinic(session)) {
            body(session);
            return;
        }
        Transaction tx(session);
        body(session);
        tx.commit();
    }

    void close()
    {
        {
            std::lock_guard lock(m_pool.m_mutex);
            m_worker->socketFd = -1;
            m_worker->connected = false;
        }
        m_conn = nullptr;
        m_appliedClinic = 0;
        if (m_session) {
            m_session.reset();
            QSqlDatabase::database(m_name, false).close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    std::optional<Error> open()
    {
        close();
        const auto started = SteadyClock::now();
        {
            bool startupOptions = true;
            {
                std::lock_guard lock(m_pool.m_mutex);
                startupOptions = !m_pool.m_state->counters.settingsPerTransaction;
            }
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            const bool opened = m_pool.m_target.open(db, m_pool.m_config, startupOptions);
            bool perTransaction = !startupOptions;
            if (!opened) {
                Error err = connectError(db.lastError(), m_pool.m_target);
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_name);
                return err;
            }
            m_session = std::make_unique<Session>(db, std::this_thread::get_id());
            if (!perTransaction && !timeoutArrived(*m_session, m_pool.m_config.statementTimeoutMs)) {
                // A pooler told to ignore startup options drops them without a word.
                qCInfo(lcPool) << "the statement timeout did not arrive with the startup options (a pooler "
                                  "ignoring them); it goes with each transaction instead";
                perTransaction = true;
            }
            if (perTransaction) {
                // Refused or dropped: every later connection of this pool goes without them.
                {
                    std::lock_guard lock(m_pool.m_mutex);
                    m_pool.m_state->counters.settingsPerTransaction = true;
                }
                m_session->setTransactionSettings(QStringLiteral("SET LOCAL statement_timeout = %1")
                                                      .arg(m_pool.m_config.statementTimeoutMs));
            }
        }
        auto *conn = static_cast<PGconn *>(nativeConnection(QSqlDatabase::database(m_name, false)));
        const int fd = conn ? PQsocket(conn) : -1;
        if (conn)
            PQsetNoticeProcessor(conn, &logNotice, nullptr);
        m_conn = conn;
        std::lock_guard lock(m_pool.m_mutex);
        // The watchdog's clock restarts with the socket it may shut: a connection opened
        // late in a unit (after a fault, a retry) is not judged by the unit's old start.
        m_worker->busySince = SteadyClock::now();
        m_worker->watchdogFired = false;
        m_worker->socketFd = fd;
        m_worker->connected = true;
        m_worker->place = serverPlace(conn);
        m_worker->openedAt = SteadyClock::now();
        const double spread =
            std::uniform_real_distribution<double>(0.0, m_pool.m_config.recycleJitter)(m_pool.m_state->rng);
        m_worker->lifetime =
            std::chrono::duration_cast<SteadyClock::duration>(m_pool.m_config.recycle * (1.0 - spread));
        ++m_pool.m_state->counters.opened;
        m_pool.m_state->counters.connectMs += msBetween(started, SteadyClock::now());
        return std::nullopt;
    }

private:
    ConnectionPool &m_pool;
    Worker *m_worker;
    QString m_name;
    std::unique_ptr<Session> m_session;
    PGconn *m_conn = nullptr;   ///< the session's libpq handle, for what libpq already knows
    qint64 m_appliedClinic = 0; ///< the clinic set for this server session (0: none)
};

namespace {

/// Runs a unit's body and turns whatever it throws into an Error.
std::optional<Error> runBody(const std::function<void(Session &)> &body, Session &session)
{
    try {
        body(session);
        return std::nullopt;
    } catch (const DbException &e) {
        return e.error();
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Internal, EngineText::tr("An unexpected error in the engine"),
                         QString::fromUtf8(e.what()));
    } catch (...) {
        return makeError(ErrorCode::Internal, EngineText::tr("An unexpected error in the engine"));
    }
}

/// SQLSTATE 25006, read_only_sql_transaction: a write sent to a standby.
constexpr char kReadOnlyTransaction[] = "25006";

/// After a unit of work: true when the connection can go back to the pool. An open
/// transaction is rolled back; a connection in an unknown state is not kept.
bool settleConnection(Session &session, const std::optional<Error> &outcome)
{
    if (session.isBroken() || (outcome && isConnectionFailureState(outcome->sqlState)))
        return false;
    // A server that turned read-only under us (a primary demoted after a failover) is
    // not where CareDesk writes: the next unit connects afresh to the writable one.
    if (outcome && outcome->sqlState == QLatin1String(kReadOnlyTransaction))
        return false;
    const Session::TxState tx = session.transactionState();
    if (tx == Session::TxState::InTransaction || tx == Session::TxState::InError) {
        try {
            session.exec(QStringLiteral("ROLLBACK"));
        } catch (const DbException &) {
            return false;
        }
        return true;
    }
    return tx == Session::TxState::Idle;
}

} // namespace

std::optional<Error> ConnectionPool::execute(Worker *w, Link &link, const Job &job)
{
    const UnitOfWork &unit = job.unit;
    const auto count = [this](quint64 PoolStats::*counter) {
        std::lock_guard lock(m_mutex);
        ++(m_state->counters.*counter);
    };

    bool needPing = m_config.prePing && !job.usedRecently;
    bool resolving = false;          // a write's outcome is unknown: look it up before anything else
    SteadyClock::time_point faultAt; // when the connection of a write in doubt was lost
    std::optional<Error> outcome;
    for (int attempt = 0;; ++attempt) {
        // The watchdog's clock started at checkout; a retry or a ping restarts it, and so
        // does opening a connection (Link::open).
        const bool restartClock = attempt > 0 || needPing;
        if (!link.session()) {
            std::optional<Error> err = link.open();
            // A write in doubt is looked up, not given up: a restarting server or a standby
            // being promoted after its primary failed takes a moment to accept connections.
            // Keep trying for connect_timeout from the fault, backing off to once a second;
            // a pool shutting down stops waiting at once (the outcome stays unknown).
            const auto stopping = [this] {
                std::lock_guard lock(m_mutex);
                return m_state->shuttingDown;
            };
            auto pause = std::chrono::milliseconds(100);
            const auto deadline = faultAt + std::chrono::seconds(m_config.connectTimeoutSecs);
            while (err && resolving && !stopping() && SteadyClock::now() + pause < deadline) {
                for (auto slept = std::chrono::milliseconds(0); slept < pause && !stopping();
                     slept += std::chrono::milliseconds(50))
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                pause = std::min(pause * 2, std::chrono::milliseconds(1000));
                if (!stopping())
                    err = link.open();
            }
            if (err) {
                if (resolving) {
                    outcome->message =
                        EngineText::tr("The connection was lost while saving, and whether the change was "
                                       "saved cannot be checked until the database is back");
                    outcome->detail = err->toString();
                    outcome->outcomeUnknown = true;
                    return outcome;
                }
                return err; // nothing was sent: no write can have happened
            }
        } else if (needPing) {
            try {
                link.session()->exec(QStringLiteral("SELECT 1"));
            } catch (const DbException &e) {
                qCInfo(lcPool) << "pre-ping failed on" << link.name() << e.error().toString();
                count(&PoolStats::prePingFailures);
                count(&PoolStats::discarded);
                if (auto err = link.open())
                    return err;
            }
        }
        needPing = false;
        if (restartClock) {
            // Each attempt gets the whole statement timeout before the watchdog steps in.
            std::lock_guard lock(m_mutex);
            w->busySince = SteadyClock::now();
            w->watchdogFired = false;
        }
        Session &session = *link.session();
        session.setActor(job.actor);
        session.setClinic(job.clinic);

        if (resolving) {
            std::optional<Error> lookupError = runBody(
                [&unit, &resolving, &link](Session &s) {
                    link.inClinic(s, [&unit, &resolving](Session &in) { resolving = !unit.resolve(in); });
                },
                session);
            if (lookupError) {
                outcome->message =
                    EngineText::tr("The connection was lost while saving, and whether the change was "
                                   "saved could not be checked");
                outcome->detail = lookupError->toString();
                outcome->outcomeUnknown = true;
                return outcome;
            }
            if (!resolving) {
                count(&PoolStats::resolved);
                qCInfo(lcPool) << "a write whose outcome was unknown had committed:" << unit.label;
                return std::nullopt;
            }
            if (attempt > 1) {
                outcome->message =
                    EngineText::tr("The connection to the database was lost twice; the change was not saved");
                return outcome;
            }
            qCInfo(lcPool) << "a write whose outcome was unknown had not committed; running it again:"
                           << unit.label;
        }

        outcome = runBody([&unit, &link](Session &s) { link.inClinic(s, unit.body); }, session);
        if (settleConnection(session, outcome))
            return outcome;

        bool killed = false;
        {
            std::lock_guard lock(m_mutex);
            killed = w->watchdogFired;
            ++m_state->counters.discarded;
            // The server may have dropped the others too: make them pre-ping.
            for (Worker *idle : m_state->idle)
                idle->lastUsed = SteadyClock::time_point{};
        }
        qCInfo(lcPool) << "discarding broken connection" << link.name()
                       << (outcome ? outcome->toString() : QString());
        link.close();
        if (!outcome)
            return outcome; // the work finished before the connection went: it stands
        outcome->code = ErrorCode::Unreachable;
        // A write refused as read-only wrote nothing: it may run again like a read.
        const bool refusedReadOnly = outcome->sqlState == QLatin1String(kReadOnlyTransaction);
        if (killed) {
            // A frozen server: looking the write up would hang just the same. Say so.
            outcome->message =
                EngineText::tr("The database did not answer within %1 s; the connection was closed")
                    .arg(double(m_config.statementTimeoutMs + m_config.watchdogGrace.count()) / 1000.0);
            outcome->outcomeUnknown = unit.access == Access::Write;
            return outcome;
        }
        if (refusedReadOnly) {
            outcome->message = EngineText::tr("The database server is read-only (a standby)");
        } else if (unit.access == Access::Write) {
            outcome->message =
                EngineText::tr("The connection to the database was lost before the change was confirmed");
            outcome->outcomeUnknown = !unit.resolve;
        } else {
            outcome->message = EngineText::tr("The connection to the database was lost");
        }
        if (refusedReadOnly)
            count(&PoolStats::readOnlyRefusals);
        if (!refusedReadOnly && unit.access == Access::Write && unit.resolve && attempt < 2) {
            if (!resolving)
                count(&PoolStats::inDoubt);
            resolving = true;
            faultAt = SteadyClock::now();
            continue;
        }
        if ((unit.access != Access::Read && !refusedReadOnly) || attempt > 0)
            return outcome;
        count(&PoolStats::retries);
        qCInfo(lcPool) << "retrying read-only unit of work on a fresh connection" << unit.label;
    }
}

void ConnectionPool::workerMain(Worker *w)
{
    Link link(*this, w);
    std::optional<Job> next; // a waiter taken straight from the queue, already checked out
    bool direct = false;     // `next` was taken from the queue, not handed over
    std::unique_lock lock(m_mutex, std::defer_lock);
    for (;;) {
        if (!next) {
            std::unique_lock slot(w->handoff);
            w->wake.wait(slot, [w] { return w->job.has_value() || w->stop; });
            if (!w->job)
                break;
            next = std::move(w->job);
            w->job.reset();
        }
        Job job = std::move(*next);
        next.reset();
        if (std::exchange(direct, false)) {
            // Taken from the queue before the previous caller's completion ran: the
            // watchdog's clock, the pre-ping and recycle decisions start now, not then.
            std::lock_guard guard(m_mutex);
            startLocked(w, job);
        }

        std::optional<Error> outcome;
        if (job.kind == Job::Kind::Recycle || job.expired) {
            link.close();
            std::lock_guard guard(m_mutex);
            ++m_state->counters.recycled;
        }
        if (job.kind == Job::Kind::Work)
            outcome = execute(w, link, job);
        const bool standby = link.standbyNow();

        lock.lock();
        w->place.standby = standby;
        // Replaced at return too, not only at the next checkout or by housekeeping.
        // A socket the watchdog shut down after the work finished is not reused.
        const bool shotDown = w->watchdogFired && w->connected;
        const bool expiredNow = !shotDown && w->connected && SteadyClock::now() - w->openedAt > w->lifetime;
        if (expiredNow)
            ++m_state->counters.recycled;
        if (shotDown)
            ++m_state->counters.discarded;
        if (expiredNow || shotDown) {
            lock.unlock();
            link.close();
            lock.lock();
        }
        w->busy = false;
        w->lastUsed = SteadyClock::now();
        State &s = *m_state;
        bool retire = false;
        if (!s.waiters.empty() && !s.shuttingDown) {
            next = std::move(s.waiters.front());
            s.waiters.pop_front();
            checkOutLocked(w, *next);
            direct = true;
        } else if (s.shuttingDown || int(s.idle.size()) >= m_config.poolSize) {
            retire = true; // QueuePool: a connection returned while pool_size are idle is closed
        } else {
            s.idle.push_back(w);
        }
        lock.unlock();
        if (job.complete)
            job.complete(std::move(outcome));
        if (retire)
            break;
    }
    lock.lock();
    // Leave the pool: no longer idle nor live; the housekeeping thread joins us.
    State &s = *m_state;
    s.idle.erase(std::remove(s.idle.begin(), s.idle.end(), w), s.idle.end());
    const auto it =
        std::find_if(s.workers.begin(), s.workers.end(), [w](const auto &p) { return p.get() == w; });
    if (it != s.workers.end()) {
        s.retired.push_back(std::move(*it));
        s.workers.erase(it);
    }
    s.drained.notify_all();
    s.wakeHousekeeping = true;
    m_housekeepingWake.notify_one();
    lock.unlock();
    link.close();
}

void ConnectionPool::housekeepingMain()
{
    std::unique_lock lock(m_mutex);
    State &s = *m_state;
    for (;;) {
        auto wakeAt = SteadyClock::now() + m_config.housekeepingInterval;
        for (const Job &job : s.waiters)
            wakeAt = std::min(wakeAt, job.deadline);
        m_housekeepingWake.wait_until(lock, wakeAt, [&s] { return s.wakeHousekeeping; });
        s.wakeHousekeeping = false;
        const auto now = SteadyClock::now();

        std::vector<Job> expired;
        while (!s.waiters.empty() && s.waiters.front().deadline <= now) {
            expired.push_back(std::move(s.waiters.front()));
            s.waiters.pop_front();
            ++s.counters.timeouts;
        }
        const PoolStats snapshot = statsLocked();

        for (const auto &w : s.workers) {
            if (!w->busy)
                continue;
            const auto elapsed = now - w->busySince;
            const auto limit =
                std::chrono::milliseconds(m_config.statementTimeoutMs) + m_config.watchdogGrace;
            if (m_config.statementTimeoutMs > 0 && elapsed > limit && !w->watchdogFired && w->socketFd >= 0) {
                // The one exception to "nobody else touches a connection": end a unit of
                // work stuck on a server that no longer answers. libpq then fails in the
                // worker thread, which discards the connection itself.
                ::shutdown(w->socketFd, SHUT_RDWR);
                w->watchdogFired = true;
                ++s.counters.watchdogKills;
                qCWarning(lcPool) << "watchdog: closed the socket of a unit of work stuck for"
                                  << msBetween(w->busySince, now) << "ms" << w->label;
            }
            if (elapsed > m_config.leakThreshold && !w->leakWarned) {
                w->leakWarned = true;
                ++s.counters.leakWarnings;
                qCWarning(lcPool) << "a unit of work has held a connection for"
                                  << msBetween(w->busySince, now)
                                  << "ms:" << (w->label.isEmpty() ? QStringLiteral("(unnamed)") : w->label);
            }
        }

        if (!s.shuttingDown) {
            for (auto it = s.idle.begin(); it != s.idle.end();) {
                Worker *w = *it;
                if (w->connected && now - w->openedAt > w->lifetime) {
                    it = s.idle.erase(it);
                    Job recycle;
                    recycle.kind = Job::Kind::Recycle;
                    dispatchLocked(w, std::move(recycle));
                } else {
                    ++it;
                }
            }
        }

        std::vector<std::unique_ptr<Worker>> toJoin;
        toJoin.swap(s.retired);
        const bool finished = s.shuttingDown && s.workers.empty();
        lock.unlock();
        for (Job &job : expired) {
            Error err = makeError(
                ErrorCode::Unreachable,
                EngineText::tr("No database connection became free within %1 s (pool: %2 connections, "
                               "%3 idle, %4 in use, %5 waiting)")
                    .arg(double(m_config.poolTimeout.count()) / 1000.0)
                    .arg(snapshot.size)
                    .arg(snapshot.idle)
                    .arg(snapshot.inUse)
                    .arg(snapshot.waiters + int(expired.size())));
            err.poolTimeout = true;
            err.pool = {snapshot.size, snapshot.idle, snapshot.inUse, snapshot.waiters + int(expired.size())};
            if (job.complete)
                job.complete(std::move(err));
        }
        for (auto &w : toJoin) {
            if (w->thread.joinable())
                w->thread.join();
        }
        lock.lock();
        if (finished && s.retired.empty())
            return;
    }
}

void ConnectionPool::shutdown()
{
    // Once, even when called from two threads at the same time.
    std::call_once(m_shutdownOnce, [this] { shutdownNow(); });
}

void ConnectionPool::shutdownNow()
{
    // The standby pool first: a read it hands back to this pool on its way down still
    // finds this one whole.
    std::shared_ptr<ConnectionPool> standby = standbyPool();
    if (standby)
        standby->shutdown();
    std::unique_lock lock(m_mutex);
    State &s = *m_state;
    s.shuttingDown = true;
    std::deque<Job> waiting;
    waiting.swap(s.waiters);
    for (Worker *w : s.idle) {
        std::lock_guard slot(w->handoff);
        w->stop = true;
        w->wake.notify_one();
    }
    lock.unlock();
    for (Job &job : waiting) {
        if (job.complete)
            job.complete(makeError(ErrorCode::Unreachable,
                                   EngineText::tr("The database connection pool has been shut down")));
    }
    lock.lock();
    s.drained.wait(lock, [&s] { return s.workers.empty(); });
    s.wakeHousekeeping = true;
    m_housekeepingWake.notify_one();
    std::thread housekeeping = std::move(s.housekeeping);
    lock.unlock();
    housekeeping.join();
}

} // namespace caredesk
