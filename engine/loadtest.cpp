#include "loadtest.h"

#include "availability.h"
#include "booking.h"
#include "clinicdata.h"
#include "clock.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <random>
#include <thread>

namespace caredesk {

namespace {

using SteadyClock = std::chrono::steady_clock;

struct Tally
{
    std::map<QString, int> operations;
    std::map<QString, int> errors;
    std::vector<double> latencies;
    QStringList succeeded; ///< request ids of bookings reported as made
    QStringList failed;    ///< request ids of bookings reported as not made
    int unknown = 0;
    int cancellations = 0;
    QList<qint64> cancelledIds;                    ///< appointments reported as cancelled
    std::vector<SteadyClock::time_point> bookedAt; ///< when each reported booking came back
};

QString errorClass(const Error &e)
{
    if (e.poolTimeout)
        return QStringLiteral("pool_timeout");
    if (e.outcomeUnknown)
        return QStringLiteral("outcome_unknown");
    return errorCodeName(e.code);
}

} // namespace

QJsonObject runLoad(ConnectionPool &pool, const LoadOptions &options)
{
    auto keysResult = pool.runBlocking(Access::Read, [](Session &s) {
        QStringList keys;
        QSqlQuery q = s.exec(QStringLiteral("SELECT key FROM practitioners WHERE active"
                                            " AND clinic_id = caredesk_current_clinic() ORDER BY key"));
        while (q.next())
            keys << q.value(0).toString();
        return keys;
    });
    if (!keysResult || keysResult.value().isEmpty())
        return {{QStringLiteral("error"), keysResult ? QStringLiteral("the clinic has no practitioners")
                                                     : keysResult.error().toString()}};
    const QStringList keys = keysResult.value();
    const QDateTime now = options.now;

    std::mutex mutex;
    Tally total;
    std::atomic<bool> stop{false};
    std::vector<std::thread> clients;
    for (int c = 0; c < options.clients; ++c) {
        clients.emplace_back([&, c] {
            std::mt19937 rng(options.seed * 7919U + quint32(c));
            Tally mine;
            QList<qint64> myBookings;
            while (!stop) {
                const int pick = int(rng() % 100);
                const auto started = SteadyClock::now();
                QString kind;
                std::optional<Error> error;
                if (pick < 40) {
                    kind = QStringLiteral("availability");
                    QStringList some{keys[int(rng() % keys.size())], keys[int(rng() % keys.size())]};
                    some.removeDuplicates();
                    const QDate from = now.date().addDays(int(rng() % 28));
                    auto r = pool.runBlocking(Access::StandbyRead, [some, from, now](Session &s) {
                        const AvailabilityData data = loadAvailabilityData(s, some, from, from.addDays(6));
                        AvailabilityOptions o;
                        o.from = from;
                        o.to = from.addDays(6);
                        o.nowMs = now.toMSecsSinceEpoch();
                        return int(evaluateAvailability(data, o).size());
                    });
                    if (!r)
                        error = r.error();
                } else if (pick < 90) {
                    // next-available, and for half of them a booking of what it found
                    const bool bookIt = pick >= 65;
                    kind = bookIt ? QStringLiteral("book") : QStringLiteral("next_available");
                    NextAvailableQuery q;
                    q.keys = {keys[int(rng() % keys.size())]};
                    q.minutes = 30;
                    q.after = now.addSecs(qint64(rng() % (21 * 86400)));
                    q.limit = 3;
                    auto found = pool.runBlocking(Access::StandbyRead,
                                                  [q](Session &s) { return nextAvailable(s, q); });
                    if (!found) {
                        error = found.error();
                    } else if (bookIt && !found.value().isEmpty()) {
                        const FoundSlot &slot = found.value()[int(rng() % found.value().size())];
                        BookingRequest b;
                        b.practitionerKey = slot.practitionerKey;
                        b.start = QDateTime::fromMSecsSinceEpoch(slot.start, QTimeZone::utc());
                        b.minutes = 30;
                        b.patient = QStringLiteral("Load patient %1").arg(c);
                        b.requestId = QUuid::createUuid();
                        auto made = pool.runOnceBlocking(
                            [b, now](Session &s) { return book(s, b, now); },
                            [id = b.requestId](Session &s) { return findByRequestId(s, id); },
                            QStringLiteral("load: book"));
                        const QString rid = b.requestId.toString(QUuid::WithoutBraces);
                        if (made) {
                            mine.succeeded << rid;
                            mine.bookedAt.push_back(SteadyClock::now());
                            myBookings << made.value().id;
                        } else {
                            error = made.error();
                            if (made.error().outcomeUnknown)
                                ++mine.unknown;
                            else
                                mine.failed << rid;
                        }
                    }
                } else {
                    kind = QStringLiteral("cancel");
                    if (!myBookings.isEmpty()) {
                        const qint64 id = myBookings.takeAt(int(rng() % myBookings.size()));
                        // Exactly once too: a lost connection is resolved by looking the appointment up.
                        auto r =
                            pool.runOnceBlocking([id](Session &s) { return cancel(s, id, std::nullopt); },
                                                 [id](Session &s) { return findCancelled(s, id); },
                                                 QStringLiteral("load: cancel"));
                        if (r) {
                            ++mine.cancellations;
                            mine.cancelledIds << id;
                        } else
                            error = r.error();
                    }
                }
                mine.latencies.push_back(msBetween(started, SteadyClock::now()));
                ++mine.operations[kind];
                if (error)
                    ++mine.errors[errorClass(*error)];
            }
            std::lock_guard lock(mutex);
            for (const auto &[k, v] : mine.operations)
                total.operations[k] += v;
            for (const auto &[k, v] : mine.errors)
                total.errors[k] += v;
            total.latencies.insert(total.latencies.end(), mine.latencies.begin(), mine.latencies.end());
            total.succeeded += mine.succeeded;
            total.failed += mine.failed;
            total.unknown += mine.unknown;
            total.cancellations += mine.cancellations;
            total.cancelledIds += mine.cancelledIds;
            total.bookedAt.insert(total.bookedAt.end(), mine.bookedAt.begin(), mine.bookedAt.end());
        });
    }
    const auto began = SteadyClock::now();
    std::this_thread::sleep_for(std::chrono::seconds(options.seconds));
    stop = true;
    for (auto &t : clients)
        t.join();
    const auto ended = SteadyClock::now();
    const double elapsed = std::chrono::duration<double>(ended - began).count();

    // The longest time in which no desk managed to book: through a server failover this
    // is the outage the front desk saw.
    std::sort(total.bookedAt.begin(), total.bookedAt.end());
    double longestGapMs = 0;
    auto previous = began;
    for (const auto at : total.bookedAt) {
        longestGapMs = std::max(longestGapMs, msBetween(previous, at));
        previous = at;
    }
    // Up to the planned end: the clients' last operations after it are not a gap.
    longestGapMs = std::max(
        longestGapMs, msBetween(previous, std::min(ended, began + std::chrono::seconds(options.seconds))));

    std::sort(total.latencies.begin(), total.latencies.end());
    const auto pct = [&total](double p) {
        if (total.latencies.empty())
            return 0.0;
        return total
            .latencies[std::min(total.latencies.size() - 1, std::size_t(p * double(total.latencies.size())))];
    };
    QJsonObject operations;
    int count = 0;
    for (const auto &[k, v] : total.operations) {
        operations.insert(k, v);
        count += v;
    }
    QJsonObject errors;
    for (const auto &[k, v] : total.errors)
        errors.insert(k, v);

    // Check the promise: every reported booking is stored, no failed one is.
    ArrayLiteral ok, bad, cancelled;
    for (qint64 id : std::as_const(total.cancelledIds))
        cancelled.addInt(id);
    for (const QString &id : std::as_const(total.succeeded))
        ok.addText(id);
    for (const QString &id : std::as_const(total.failed))
        bad.addText(id);
    auto check = pool.runBlocking(Access::Read, [ok, bad, cancelled](Session &s) {
        QSqlQuery q =
            s.exec(QStringLiteral(
                       "SELECT (SELECT count(*) FROM appointments WHERE request_id = ANY(CAST(? AS uuid[]))),"
                       " (SELECT count(*) FROM appointments WHERE request_id = ANY(CAST(? AS uuid[]))),"
                       " (SELECT count(*) FROM appointments WHERE status = 'cancelled'"
                       "  AND id = ANY(CAST(? AS bigint[])))"),
                   {ok.toString(), bad.toString(), cancelled.toString()});
        q.next();
        return std::array<int, 3>{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
    });
    // Every reported booking is stored, no failed one is, every reported cancel took.
    const bool verified = check && check.value()[0] == total.succeeded.size() && check.value()[1] == 0 &&
                          check.value()[2] == total.cancelledIds.size();

    const PoolStats st = pool.stats();
    return {
        {QStringLiteral("clients"), options.clients},
        {QStringLiteral("seconds"), elapsed},
        {QStringLiteral("operations"), operations},
        {QStringLiteral("operations_per_second"), double(count) / elapsed},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("p50"), pct(0.50)},
                                                   {QStringLiteral("p95"), pct(0.95)},
                                                   {QStringLiteral("p99"), pct(0.99)}}},
        {QStringLiteral("bookings_succeeded"), int(total.succeeded.size())},
        {QStringLiteral("bookings_failed"), int(total.failed.size())},
        {QStringLiteral("bookings_outcome_unknown"), total.unknown},
        {QStringLiteral("longest_booking_gap_ms"), longestGapMs},
        {QStringLiteral("cancellations_succeeded"), total.cancellations},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("pool"),
         QJsonObject{{QStringLiteral("size"), st.size},
                     {QStringLiteral("idle"), st.idle},
                     {QStringLiteral("in_use"), st.inUse},
                     {QStringLiteral("overflow"), st.overflow},
                     {QStringLiteral("waiters"), st.waiters},
                     {QStringLiteral("checkouts"), qint64(st.checkouts)},
                     {QStringLiteral("timeouts"), qint64(st.timeouts)},
                     {QStringLiteral("pre_ping_failures"), qint64(st.prePingFailures)},
                     {QStringLiteral("discarded"), qint64(st.discarded)},
                     {QStringLiteral("recycled"), qint64(st.recycled)},
                     {QStringLiteral("retries"), qint64(st.retries)},
                     {QStringLiteral("in_doubt"), qint64(st.inDoubt)},
                     {QStringLiteral("resolved"), qint64(st.resolved)},
                     {QStringLiteral("read_only_refusals"), qint64(st.readOnlyRefusals)},
                     {QStringLiteral("standby_reads"), qint64(st.standbyReads)},
                     {QStringLiteral("standby_fallbacks"), qint64(st.standbyFallbacks)},
                     {QStringLiteral("max_wait_ms"), st.maxWaitMs}}},
    };
}

} // namespace caredesk
