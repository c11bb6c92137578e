// CareDesk pool benchmarks (run on demand with scripts/bench; not a test).
//  1. SELECT 1 round trip: raw libpq in the calling thread, a bare hand-off to a worker
//     thread running raw libpq, and the pool (runBlocking). Ratios from one run.
//  2. Throughput of pgbench's select-only query with 10 and 30 concurrent clients, blocking
//     (a thread each) and awaiting (coroutines on event-loop threads),
//     through the pool, against `pgbench -S` with the same client count and server.
#include "engine/pool.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <libpq-fe.h>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace caredesk;
using Clock = std::chrono::steady_clock;

namespace {

double micros(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double mean = 0;
};

Stats summarise(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    s.median = v[v.size() / 2];
    s.p95 = v[v.size() * 95 / 100];
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / double(v.size());
    return s;
}

void runQuery(PGconn *conn, const char *sql = "SELECT 1")
{
    PGresult *r = PQexec(conn, sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK)
        std::fprintf(stderr, "query failed: %s\n", PQerrorMessage(conn));
    PQclear(r);
}

/// One worker thread that owns a raw libpq connection; the caller hands it a job and
/// waits: the least any thread-owning design must pay.
class BareWorker
{
public:
    explicit BareWorker(const QByteArray &conninfo)
    {
        m_thread = std::thread([this, conninfo] {
            PGconn *conn = PQconnectdb(conninfo.constData());
            std::unique_lock lock(m_mutex);
            for (;;) {
                m_cv.wait(lock, [this] { return m_pending || m_stop; });
                if (m_stop)
                    break;
                const QByteArray sql = m_sql;
                lock.unlock();
                runQuery(conn, sql.constData());
                lock.lock();
                m_pending = false;
                m_done = true;
                m_cv.notify_all();
            }
            PQfinish(conn);
        });
    }
    ~BareWorker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
    void roundTrip(const QByteArray &sql = QByteArrayLiteral("SELECT 1"))
    {
        std::unique_lock lock(m_mutex);
        m_sql = sql;
        m_pending = true;
        m_done = false;
        m_cv.notify_all();
        m_cv.wait(lock, [this] { return m_done; });
    }

private:
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    QByteArray m_sql;
    bool m_pending = false;
    bool m_done = false;
    bool m_stop = false;
};

/// Lets the client threads run for `seconds`, stops and joins them: transactions per second.
double runFor(std::vector<std::thread> &threads, std::atomic<bool> &stop, const std::atomic<long> &done,
              int seconds)
{
    const auto start = Clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto &t : threads)
        t.join();
    return double(done) / std::chrono::duration<double>(Clock::now() - start).count();
}

/// The floor of any design where a connection's own thread runs the query for a
/// blocked client: each client with a BareWorker of its own running
/// pgbench's select on raw libpq, with nothing shared between clients.
double bareThroughput(const QByteArray &conninfo, int clients, int seconds, int accounts)
{
    std::atomic<bool> stop{false};
    std::atomic<long> done{0};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            BareWorker worker(conninfo);
            QRandomGenerator rng(quint32(c + 1));
            while (!stop) {
                worker.roundTrip("SELECT abalance FROM pgbench_accounts WHERE aid = " +
                                 QByteArray::number(int(rng.bounded(accounts)) + 1));
                ++done;
            }
        });
    }
    return runFor(threads, stop, done, seconds);
}

double poolThroughput(ConnectionPool &pool, int clients, int seconds, int accounts)
{
    std::atomic<bool> stop{false};
    std::atomic<long> done{0};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            QRandomGenerator rng(quint32(c + 1));
            while (!stop) {
                const int aid = int(rng.bounded(accounts)) + 1;
                auto r = pool.runBlocking(Access::Read, [aid](Session &s) {
                    return s
                        .scalar(QStringLiteral("SELECT abalance FROM pgbench_accounts WHERE aid = ?"), {aid})
                        .toInt();
                });
                if (r.ok())
                    ++done;
            }
        });
    }
    return runFor(threads, stop, done, seconds);
}

/// One desk's stream of requests through the coroutine API, as the desktop client makes
/// them: each awaits its result on an event loop without blocking its thread.
QCoro::Task<> asyncClient(ConnectionPool &pool, const std::atomic<bool> &stop, std::atomic<long> &done,
                          quint32 seed, int accounts, int &running)
{
    QRandomGenerator rng(seed);
    while (!stop) {
        const int aid = int(rng.bounded(accounts)) + 1;
        auto r = co_await pool.run(Access::Read, [aid](Session &s) {
            return s.scalar(QStringLiteral("SELECT abalance FROM pgbench_accounts WHERE aid = ?"), {aid})
                .toInt();
        });
        if (r.ok())
            ++done;
    }
    --running;
}

/// `clients` concurrent requesters shared among `loops` threads that each run an event
/// loop (the shape of `pgbench -c clients -j loops`): requests are awaited, not blocked on.
double poolThroughputAwaited(ConnectionPool &pool, int clients, int loops, int seconds, int accounts)
{
    std::atomic<bool> stop{false};
    std::atomic<long> done{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < loops; ++t) {
        const int mine = clients / loops + (t < clients % loops ? 1 : 0);
        threads.emplace_back(QThread::create([&, t, mine] {
            QEventLoop loop;
            int running = mine;
            for (int c = 0; c < mine; ++c)
                asyncClient(pool, stop, done, quint32(1000 * (t + 1) + c), accounts, running);
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (running == 0)
                    loop.quit();
            });
            poll.start(10);
            loop.exec();
        }));
        threads.back()->start();
    }
    const auto start = Clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto &t : threads)
        t->wait();
    return double(done) / std::chrono::duration<double>(Clock::now() - start).count();
}

double pgbenchTps(const QString &pgbench, const QString &conninfo, int clients, int seconds)
{
    QProcess p;
    p.start(pgbench, {QStringLiteral("-n"), QStringLiteral("-S"), QStringLiteral("-c"),
                      QString::number(clients), QStringLiteral("-j"), QString::number(std::min(clients, 4)),
                      QStringLiteral("-T"), QString::number(seconds), conninfo});
    p.waitForFinished(-1);
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("tps = ([0-9.]+)")).match(out);
    if (!m.hasMatch()) {
        std::fprintf(stderr, "pgbench failed: %s %s\n", qPrintable(out),
                     p.readAllStandardError().constData());
        return 0;
    }
    return m.captured(1).toDouble();
}

void latency(const QString &conninfo, const ConnectionTarget &target, int iterations)
{
    std::printf("# SELECT 1 round trip, %d iterations each (microseconds)\n", iterations);
    std::vector<double> raw, bare, pooled;
    {
        PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
        for (int i = 0; i < 1000; ++i)
            runQuery(conn);
        for (int i = 0; i < iterations; ++i) {
            const auto t = Clock::now();
            runQuery(conn);
            raw.push_back(micros(Clock::now() - t));
        }
        PQfinish(conn);
    }
    {
        BareWorker worker(conninfo.toUtf8());
        for (int i = 0; i < 1000; ++i)
            worker.roundTrip();
        for (int i = 0; i < iterations; ++i) {
            const auto t = Clock::now();
            worker.roundTrip();
            bare.push_back(micros(Clock::now() - t));
        }
    }
    {
        ConnectionPool pool(target, PoolConfig{});
        const auto one = [](Session &s) {
            s.exec(QStringLiteral("SELECT 1"));
            return true;
        };
        for (int i = 0; i < 1000; ++i)
            (void)pool.runBlocking(Access::Read, one);
        for (int i = 0; i < iterations; ++i) {
            const auto t = Clock::now();
            (void)pool.runBlocking(Access::Read, one);
            pooled.push_back(micros(Clock::now() - t));
        }
    }
    const Stats a = summarise(raw), b = summarise(bare), c = summarise(pooled);
    std::printf("%-34s %9s %9s %9s\n", "path", "median", "p95", "mean");
    std::printf("%-34s %9.1f %9.1f %9.1f\n", "raw libpq, calling thread", a.median, a.p95, a.mean);
    std::printf("%-34s %9.1f %9.1f %9.1f\n", "bare hand-off to a libpq thread", b.median, b.p95, b.mean);
    std::printf("%-34s %9.1f %9.1f %9.1f\n", "ConnectionPool::runBlocking", c.median, c.p95, c.mean);
    std::printf("ratio pool / raw libpq (median):    %.2f\n", c.median / a.median);
    std::printf("ratio pool / bare hand-off (median): %.2f\n\n", c.median / b.median);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString conninfo = env.value(QStringLiteral("CAREDESK_BENCH_DB"));
    const QString pgbench = env.value(QStringLiteral("CAREDESK_BENCH_PGBENCH"), QStringLiteral("pgbench"));
    const int iterations =
        env.value(QStringLiteral("CAREDESK_BENCH_ITERATIONS"), QStringLiteral("20000")).toInt();
    const int seconds = env.value(QStringLiteral("CAREDESK_BENCH_SECONDS"), QStringLiteral("10")).toInt();
    if (conninfo.isEmpty()) {
        std::fprintf(stderr, "CAREDESK_BENCH_DB is not set: run scripts/bench\n");
        return 2;
    }
    auto target = ConnectionTarget::parse(conninfo);
    if (!target) {
        std::fprintf(stderr, "%s\n", qPrintable(target.error().toString()));
        return 2;
    }

    const bool throughputOnly =
        env.value(QStringLiteral("CAREDESK_BENCH_THROUGHPUT_ONLY")) == QLatin1String("1");
    const int rounds =
        std::max(1, env.value(QStringLiteral("CAREDESK_BENCH_ROUNDS"), QStringLiteral("1")).toInt());
    QList<int> clientCounts;
    for (const QString &n : env.value(QStringLiteral("CAREDESK_BENCH_CLIENTS"), QStringLiteral("10,30"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        clientCounts.append(std::max(1, n.toInt()));
    if (!throughputOnly)
        latency(conninfo, target.value(), iterations);

    const int accounts = 100000; // pgbench -i -s 1
    std::printf("# select-only throughput, %d s per run (transactions per second)\n", seconds);
    std::printf("(pool, blocked: one thread per client blocking in runBlocking; pool, awaited: the clients\n"
                " as coroutines awaiting run() on min(clients, 4) event-loop threads, like pgbench -j;\n"
                " bare hand-off: each client with a raw libpq thread of its own, nothing shared: the\n"
                " floor of any design in which a connection's own thread serves a blocked client)\n");
    std::printf("%-5s %-7s %13s %13s %13s %11s %13s %13s %13s\n", "round", "clients", "pool, blocked",
                "pool, awaited", "bare hand-off", "pgbench -S", "blocked ratio", "awaited ratio",
                "bare ratio");
    for (int round = 1; round <= rounds; ++round) {
        for (int clients : clientCounts) {
            double blocked = 0;
            double awaited = 0;
            {
                ConnectionPool pool(target.value(), PoolConfig{});
                blocked = poolThroughput(pool, clients, seconds, accounts);
            }
            {
                ConnectionPool pool(target.value(), PoolConfig{});
                awaited = poolThroughputAwaited(pool, clients, std::min(clients, 4), seconds, accounts);
            }
            const double bare = bareThroughput(conninfo.toUtf8(), clients, seconds, accounts);
            const double theirs = pgbenchTps(pgbench, conninfo, clients, seconds);
            const auto ratio = [theirs](double ours) { return theirs > 0 ? ours / theirs : 0.0; };
            std::printf("%-5d %-7d %13.0f %13.0f %13.0f %11.0f %13.2f %13.2f %13.2f\n", round, clients,
                        blocked, awaited, bare, theirs, ratio(blocked), ratio(awaited), ratio(bare));
            std::fflush(stdout);
        }
    }
    return 0;
}
