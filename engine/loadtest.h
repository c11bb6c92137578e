#pragma once

#include "pool.h"

#include <QDateTime>
#include <QJsonObject>

namespace caredesk {

struct LoadOptions
{
    int clients = 10;
    int seconds = 10;
    QDateTime now; ///< "now" for the simulated front desk (slots before it are not offered)
    quint32 seed = 1;
};

/// Drives the engine through the pool with simulated front-desk users (availability
/// queries, next-available searches, bookings and cancellations) and reports what
/// happened: operations by kind, errors by class, latency percentiles, bookings and
/// cancellations that succeeded, and the pool's statistics. Bookings carry request ids
/// and go through runOnce (cancels too, resolved by looking the appointment up), so
/// under injected faults every booking reported as succeeded is in the database, none
/// reported as failed is, and every reported cancel took; the report checks this
/// against the database at the end (`verified`).
[[nodiscard]] QJsonObject runLoad(ConnectionPool &pool, const LoadOptions &options);

} // namespace caredesk
