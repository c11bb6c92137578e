// Which change notifications make a clinic's client reload (clinic chains, schema v10).
#include "engine/notifier.h"

#include <gtest/gtest.h>

using namespace caredesk;

namespace {

struct PayloadCase
{
    const char *what;
    const char *payload;
    qint64 clinic;
    bool concerns;
};

const PayloadCase kPayloads[] = {
    {"a row of this clinic", R"({"table" : "appointments", "op" : "INSERT", "id" : 7, "clinic_id" : 2})", 2,
     true},
    {"a row of another clinic", R"({"table" : "appointments", "op" : "UPDATE", "id" : 7, "clinic_id" : 1})",
     2, false},
    {"a closure of the whole chain",
     R"({"table" : "availability_exceptions", "op" : "INSERT", "clinic_id" : null})", 2, true},
    {"a setup change (no clinic named)", R"({"table" : "practitioners", "op" : "UPDATE"})", 2, true},
    {"a row from before v10 (no clinic named)", R"({"table" : "working_hours", "op" : "DELETE", "id" : 3})",
     1, true},
    {"no clinic chosen", R"({"table" : "appointments", "clinic_id" : 5})", 0, true},
    {"not JSON", "reload", 2, true},
    {"an empty payload", "", 2, true},
    {"a clinic id given as text", R"({"table" : "appointments", "clinic_id" : "1"})", 2, true},
};

class ChangePayloads : public ::testing::TestWithParam<PayloadCase>
{};

TEST_P(ChangePayloads, ReloadUnlessAnotherClinicIsNamed)
{
    const PayloadCase &c = GetParam();
    EXPECT_EQ(concernsClinic(QString::fromUtf8(c.payload), c.clinic), c.concerns) << c.what;
}

INSTANTIATE_TEST_SUITE_P(Cases, ChangePayloads, ::testing::ValuesIn(kPayloads));

} // namespace
