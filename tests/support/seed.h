#pragma once

#include "engine/interchange.h"
#include "engine/pool.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QString>

namespace caredesk::test {

/// Loads the seed clinic (tests/data/interchange/seed.json: David Brown and Isla Wizz
/// around Christmas 2025, Australia/Sydney) into the migrated database behind `pool`.
/// Returns an error text, empty when it worked.
inline QString loadSeedClinic(ConnectionPool &pool)
{
    QFile f(QStringLiteral(CAREDESK_TEST_DATA "/interchange/seed.json"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("seed.json cannot be read");
    auto clinic = parseInterchange(f.readAll(), f.fileName());
    if (!clinic)
        return clinic.error().toString();
    const ClinicData data = clinic.value();
    auto done = pool.runBlocking(Access::Write, [data](Session &s) {
        importClinic(s, data, false);
        return true;
    });
    return done ? QString() : done.error().toString();
}

/// Migrates the database at `conninfo` and loads the seed clinic into it, for tests that
/// bring a server of their own. Returns an error text, empty when it worked.
inline QString migrateAndLoadSeedClinic(const QString &conninfo)
{
    auto target = ConnectionTarget::parse(conninfo);
    if (!target)
        return target.error().toString();
    if (QString error = migrateDatabase(target.value()); !error.isEmpty())
        return error;
    ConnectionPool pool(target.value(), PoolConfig{});
    return loadSeedClinic(pool);
}

} // namespace caredesk::test
