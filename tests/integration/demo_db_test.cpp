// The demo loader against a real database: deterministic rows, the seed case, the
// audit trail, and refusal to overwrite a clinic without --replace.
#include "engine/demo.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "tests/support/printers.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QProcess>

#include <gtest/gtest.h>

using namespace caredesk;
using namespace caredesk::test;

namespace {

/// A digest of every clinic row that matters, ids and creation times left out.
QString clinicDigest(ConnectionPool &pool)
{
    auto r = pool.runBlocking(Access::Read, [](Session &s) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QStringList queries{
            QStringLiteral("SELECT name || timezone || slot_step_minutes FROM clinic_settings"),
            QStringLiteral("SELECT key || display_name FROM practitioners ORDER BY key"),
            QStringLiteral(
                "SELECT p.key || weekday || '/' || start_minute || '/' || end_minute FROM working_hours w"
                " JOIN practitioners p ON p.id = w.practitioner_id ORDER BY 1"),
            QStringLiteral("SELECT coalesce(p.key, '*') || kind || start_date || end_date || "
                           "coalesce(start_minute, -1) || reason"
                           " FROM availability_exceptions e LEFT JOIN practitioners p ON p.id = "
                           "e.practitioner_id ORDER BY 1"),
            QStringLiteral(
                "SELECT p.key || extract(epoch FROM starts_at) || extract(epoch FROM ends_at) || patient_name"
                " || patient_phone || status FROM appointments a JOIN practitioners p ON p.id = "
                "a.practitioner_id"
                " ORDER BY 1"),
            QStringLiteral("SELECT s.login || string_agg(r.role, ',' ORDER BY r.role) FROM staff s"
                           " JOIN staff_roles r ON r.staff_id = s.id GROUP BY s.login ORDER BY 1"),
        };
        for (const QString &q : queries) {
            QSqlQuery rows = s.exec(q);
            while (rows.next())
                hash.addData(rows.value(0).toString().toUtf8() + '\n');
        }
        return QString::fromLatin1(hash.result().toHex());
    });
    return r ? r.value() : QStringLiteral("error: ") + r.error().toString();
}

int runCli(const TestDatabase &db, const QStringList &args, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(CAREDESK_CLI_PATH), QStringList{QStringLiteral("--db"), db.conninfo()} + args);
    if (!p.waitForFinished(120000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}

TEST(DemoDatabase, SameSeedGivesTheSameRows)
{
    TestDatabase a;
    TestDatabase b;
    ASSERT_TRUE(a.ok() && b.ok()) << a.error().toStdString() << b.error().toStdString();
    ASSERT_EQ(a.migrate(), QString());
    ASSERT_EQ(b.migrate(), QString());
    const QStringList demo{QStringLiteral("--now"), QStringLiteral("2026-11-27T08:00:00+11:00"),
                           QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("11")};
    ASSERT_EQ(runCli(a, demo), 0);
    ASSERT_EQ(runCli(b, demo), 0);

    PoolConfig config;
    config.poolSize = 1;
    ConnectionPool poolA(a.target(), config);
    ConnectionPool poolB(b.target(), config);
    const QString digestA = clinicDigest(poolA);
    EXPECT_FALSE(digestA.startsWith(QStringLiteral("error")));
    EXPECT_EQ(digestA, clinicDigest(poolB));

    QByteArray err;
    EXPECT_EQ(runCli(b, demo, &err), exitCodeFor(ErrorCode::InvalidInput))
        << "a second demo without --replace is refused";
    EXPECT_TRUE(err.contains("--replace"));
    EXPECT_EQ(clinicDigest(poolB), digestA) << "the refused load changed nothing";

    ASSERT_EQ(runCli(b, demo + QStringList{QStringLiteral("--replace"), QStringLiteral("--seed"),
                                           QStringLiteral("12")}),
              0);
    EXPECT_NE(clinicDigest(poolB), digestA) << "another seed, another clinic";
}

TEST(DemoDatabase, HoldsTheSeedCaseAndAnAuditTrail)
{
    TestDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    ASSERT_EQ(db.migrate(), QString());
    ASSERT_EQ(
        runCli(db, {QStringLiteral("--now"), QStringLiteral("2026-11-27T08:00"), QStringLiteral("demo")}), 0);
    PoolConfig config;
    config.poolSize = 1;
    ConnectionPool pool(db.target(), config);
    auto r = pool.runBlocking(Access::Read, [](Session &s) {
        QStringList out;
        QSqlQuery q = s.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM availability_exceptions e JOIN practitioners p ON p.id = "
            "e.practitioner_id"
            "        WHERE p.key = 'dbrown'),"
            " (SELECT count(*) FROM availability_exceptions WHERE practitioner_id IS NULL AND kind = "
            "'closure'"
            "        AND start_date = '2026-12-24' AND end_date = '2027-01-05' AND start_minute IS NULL),"
            " (SELECT count(*) FROM availability_exceptions e JOIN practitioners p ON p.id = "
            "e.practitioner_id"
            "        WHERE p.key = 'iwizz' AND start_date = '2026-12-24' AND end_date = '2027-01-05'),"
            " (SELECT count(*) FROM availability_exceptions WHERE kind = 'work'),"
            " (SELECT count(*) FROM appointments),"
            " (SELECT count(*) FROM audit_log WHERE table_name = 'appointments' AND operation = 'INSERT'),"
            " (SELECT count(*) FROM staff_roles r JOIN staff s ON s.id = r.staff_id WHERE s.login = "
            "'iwizz')"));
        q.next();
        for (int i = 0; i < 7; ++i)
            out << q.value(i).toString();
        return out;
    });
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    const QStringList v = r.value();
    EXPECT_EQ(v[0], QStringLiteral("0")) << "David Brown has no blocks of his own";
    EXPECT_EQ(v[1], QStringLiteral("1")) << "clinic-wide Christmas closure";
    EXPECT_EQ(v[2], QStringLiteral("1")) << "iwizz's personal leave";
    EXPECT_EQ(v[3], QStringLiteral("1")) << "a work override";
    EXPECT_GE(v[4].toInt(), 200);
    EXPECT_EQ(v[5], v[4]) << "every appointment insert is audited";
    EXPECT_EQ(v[6], QStringLiteral("2")) << "iwizz is practitioner and manager";
}

} // namespace
