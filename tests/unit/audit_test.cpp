// What the audit log shows a manager: field-by-field changes and a few words for each
// entry (pure; table-driven).
#include "engine/audit.h"
#include "tests/support/printers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace caredesk;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

struct ChangesCase
{
    const char *name;
    const char *before;
    const char *after;
    QList<FieldChange> expected;
};

class AuditChanges : public ::testing::TestWithParam<ChangesCase>
{};

TEST_P(AuditChanges, ListsWhatChanged)
{
    const ChangesCase &c = GetParam();
    EXPECT_EQ(auditChanges(json(c.before), json(c.after)), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AuditChanges,
    ::testing::Values(
        ChangesCase{"moved",
                    R"({"id":1,"starts_at":"2025-12-22T09:00:00+11:00","version":1,"updated_at":"x"})",
                    R"({"id":1,"starts_at":"2025-12-23T09:00:00+11:00","version":2,"updated_at":"y"})",
                    {{QStringLiteral("starts_at"), QStringLiteral("2025-12-22T09:00:00+11:00"),
                      QStringLiteral("2025-12-23T09:00:00+11:00")}}},
        ChangesCase{"inserted",
                    "{}",
                    R"({"id":7,"kind":"blocked","reason":"","created_by":"boss"})",
                    {{QStringLiteral("id"), QString(), QStringLiteral("7")},
                     {QStringLiteral("kind"), QString(), QStringLiteral("blocked")}}},
        ChangesCase{"deleted",
                    R"({"id":7,"practitioner_id":null,"end_minute":720})",
                    "{}",
                    {{QStringLiteral("end_minute"), QStringLiteral("720"), QString()},
                     {QStringLiteral("id"), QStringLiteral("7"), QString()}}},
        ChangesCase{"ended",
                    R"({"valid_until":null,"weekday":1})",
                    R"({"valid_until":"2026-01-11","weekday":1})",
                    {{QStringLiteral("valid_until"), QString(), QStringLiteral("2026-01-11")}}},
        ChangesCase{"nothing", R"({"a":true})", R"({"a":true})", {}}),
    [](const ::testing::TestParamInfo<ChangesCase> &row) { return std::string(row.param.name); });

struct WhatCase
{
    const char *name;
    const char *table;
    const char *operation;
    const char *before;
    const char *after;
    const char *expected;
};

class AuditWhat : public ::testing::TestWithParam<WhatCase>
{};

TEST_P(AuditWhat, SaysItInAFewWords)
{
    const WhatCase &c = GetParam();
    AuditEntry e;
    e.table = QString::fromLatin1(c.table);
    e.operation = QString::fromLatin1(c.operation);
    e.before = json(c.before);
    e.after = json(c.after);
    EXPECT_EQ(auditWhat(e), QString::fromUtf8(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Table, AuditWhat,
    ::testing::Values(WhatCase{"booked", "appointments", "INSERT", "{}", R"({"status":"booked"})",
                               "Appointment booked"},
                      WhatCase{"moved", "appointments", "UPDATE", R"({"status":"booked","starts_at":"a"})",
                               R"({"status":"booked","starts_at":"b"})", "Appointment moved"},
                      WhatCase{"cancelled", "appointments", "UPDATE", R"({"status":"booked"})",
                               R"({"status":"cancelled"})", "Appointment cancelled"},
                      WhatCase{"closure", "availability_exceptions", "INSERT", "{}",
                               R"({"practitioner_id":null,"kind":"closure"})", "Closure added"},
                      WhatCase{"block", "availability_exceptions", "DELETE",
                               R"({"practitioner_id":3,"kind":"vacation"})", "{}", "Block removed"},
                      WhatCase{"work", "availability_exceptions", "INSERT", "{}",
                               R"({"practitioner_id":3,"kind":"work"})", "Closure-day work added"},
                      WhatCase{"hoursEnded", "working_hours", "UPDATE", R"({"valid_until":null})",
                               R"({"valid_until":"2026-01-11"})", "Weekly hours ended"}),
    [](const ::testing::TestParamInfo<WhatCase> &row) { return std::string(row.param.name); });

} // namespace
