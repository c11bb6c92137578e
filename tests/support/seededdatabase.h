#pragma once

#include "engine/pool.h"
#include "tests/support/seed.h"
#include "tests/support/testdatabase.h"

#include <gtest/gtest.h>
#include <memory>

namespace caredesk::test {

/// A gtest fixture: a fresh database on the throwaway cluster, migrated, holding the
/// seed clinic, with a pool on it (as the superuser). Fails — never skips — when the
/// cluster is missing.
class SeededDatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        ASSERT_EQ(db.migrate(), QString());
        pool = std::make_unique<ConnectionPool>(db.target(), PoolConfig{});
        ASSERT_EQ(loadSeedClinic(*pool), QString());
    }

    TestDatabase db;
    std::unique_ptr<ConnectionPool> pool;
};

} // namespace caredesk::test
