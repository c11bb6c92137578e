// Clinic chains in one database (schema v9): a single-clinic database becomes clinic 1
// with every row kept; each clinic's availability is in its own zone; closures are
// chain-wide or per clinic with the practitioner override rule unchanged; and staff of
// one clinic can neither read nor write another's rows through raw SQL, while a chain
// manager sees all.
#include "engine/bulk.h"
#include "engine/clinics.h"
#include "engine/closures.h"
#include "engine/demo.h"
#include "engine/notifier.h"
#include "engine/pool.h"
#include "engine/schedule.h"
#include "engine/schema.h"
#include "tests/support/clirun.h"
#include "tests/support/printers.h"
#include "tests/support/rawsql.h"
#include "tests/support/seededdatabase.h"
#include "tests/support/stafflogin.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <memory>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

PoolConfig smallPool()
{
    PoolConfig c;
    c.poolSize = 2;
    c.maxOverflow = 0;
    return c;
}

/// Every row of `table`, as sorted JSON text, without the columns named in `drop`.
QString rowsOf(const QString &conninfo, const QString &table, const QString &drop = {})
{
    const QString row =
        drop.isEmpty() ? QStringLiteral("to_jsonb(t)") : QStringLiteral("(to_jsonb(t) - '%1')").arg(drop);
    return queryOnce(conninfo,
                     QStringLiteral("SELECT coalesce(jsonb_agg(%1 ORDER BY %1::text), '[]')::text FROM %2 t")
                         .arg(row, table));
}

/// Copies every row of the older database's tables from `from` into `to` (each table's
/// columns as `to` has them; triggers and foreign keys off while copying, then the
/// sequences moved past the copied ids). Returns an error text, empty when it worked.
QString copyRowsInto(const QString &from, const QString &to)
{
    using Conn = std::unique_ptr<PGconn, decltype(&PQfinish)>;
    Conn src(PQconnectdb(from.toUtf8().constData()), &PQfinish);
    Conn dst(PQconnectdb(to.toUtf8().constData()), &PQfinish);
    if (PQstatus(src.get()) != CONNECTION_OK || PQstatus(dst.get()) != CONNECTION_OK)
        return QStringLiteral("cannot connect for the copy");
    const auto run = [](PGconn *c, const QByteArray &sql, ExecStatusType want) {
        PGresult *r = PQexec(c, sql.constData());
        const bool ok = PQresultStatus(r) == want;
        const QString error = ok ? QString() : QString::fromUtf8(PQerrorMessage(c)) + QString::fromUtf8(sql);
        PQclear(r);
        return error;
    };
    if (QString e = run(dst.get(), "SET session_replication_role = replica", PGRES_COMMAND_OK); !e.isEmpty())
        return e;
    PGresult *tables = PQexec(dst.get(), "SELECT c.table_name, string_agg(quote_ident(c.column_name), ', '"
                                         " ORDER BY c.ordinal_position)"
                                         " FROM information_schema.columns c JOIN pg_tables t"
                                         " ON t.tablename = c.table_name AND t.schemaname = 'public'"
                                         " WHERE c.table_schema = 'public'"
                                         " AND c.table_name NOT IN ('schema_migrations', 'clinic_settings')"
                                         " GROUP BY 1");
    QList<QPair<QByteArray, QByteArray>> list;
    for (int i = 0; i < PQntuples(tables); ++i)
        list.append({QByteArray(PQgetvalue(tables, i, 0)), QByteArray(PQgetvalue(tables, i, 1))});
    PQclear(tables);
    for (const auto &[table, columns] : std::as_const(list)) {
        if (QString e =
                run(src.get(), "COPY (SELECT " + columns + " FROM " + table + ") TO STDOUT", PGRES_COPY_OUT);
            !e.isEmpty())
            return e;
        if (QString e = run(dst.get(), "COPY " + table + " (" + columns + ") FROM STDIN", PGRES_COPY_IN);
            !e.isEmpty())
            return e;
        char *line = nullptr;
        int n = 0;
        while ((n = PQgetCopyData(src.get(), &line, 0)) > 0) {
            PQputCopyData(dst.get(), line, n);
            PQfreemem(line);
        }
        PQclear(PQgetResult(src.get()));
        if (PQputCopyEnd(dst.get(), nullptr) != 1)
            return QStringLiteral("copy into %1 failed").arg(QString::fromUtf8(table));
        PGresult *done = PQgetResult(dst.get());
        const bool ok = PQresultStatus(done) == PGRES_COMMAND_OK;
        PQclear(done);
        if (!ok)
            return QStringLiteral("copy into %1: %2")
                .arg(QString::fromUtf8(table), QString::fromUtf8(PQerrorMessage(dst.get())));
    }
    return run(dst.get(),
               "SELECT setval(pg_get_serial_sequence(quote_ident(table_name), column_name),"
               " greatest(1, (xpath('/row/m/text()', query_to_xml(format('SELECT max(%I) AS m FROM %I',"
               " column_name, table_name), false, true, '')))[1]::text::bigint))"
               " FROM information_schema.columns"
               " WHERE table_schema = 'public' AND column_default LIKE 'nextval%'",
               PGRES_TUPLES_OK);
}

TEST(ClinicChainMigration, ASingleClinicDatabaseBecomesClinicOneWithEveryRowKept)
{
    TestDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    // The schema as it was before clinic chains: every migration up to v8.
    const QList<Migration> all = bundledMigrations();
    ASSERT_GE(all.last().version, 9);
    ASSERT_EQ(
        db.execAdmin(QStringLiteral("CREATE TABLE schema_migrations (version integer PRIMARY KEY,"
                                    " name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")),
        QString());
    for (const Migration &m : all) {
        if (m.version > 8)
            break;
        ASSERT_EQ(db.execAdmin(m.sql), QString()) << m.name.toStdString();
        ASSERT_EQ(
            db.execAdmin(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (%1, '%2')")
                             .arg(m.version)
                             .arg(m.name)),
            QString());
    }
    // A clinic in use: the demo clinic (practitioners, hours, blocks, closures,
    // appointments, audit rows), made by this build in a current database and copied
    // row by row into the v8 one, plus the tables the demo leaves empty.
    TestDatabase demoDb;
    ASSERT_TRUE(demoDb.ok()) << demoDb.error().toStdString();
    ASSERT_EQ(demoDb.migrate(), QString());
    {
        ConnectionPool pool(demoDb.directTarget(), smallPool());
        auto demo = pool.runBlocking(Access::Write, [](Session &s) {
            return loadDemo(s, QDate(2026, 12, 7), DemoOptions{}).appointments;
        });
        ASSERT_TRUE(demo.ok()) << demo.error().toString().toStdString();
        ASSERT_GT(demo.value(), 0);
    }
    ASSERT_EQ(copyRowsInto(demoDb.conninfo(), db.conninfo()), QString());
    ASSERT_EQ(
        db.execAdmin(QStringLiteral(
            "INSERT INTO holiday_feeds (url, name) VALUES ('https://example.org/holidays.ics', 'NSW');"
            " INSERT INTO holiday_feed_declined (feed_id, source_uid, occurrence_date)"
            "  SELECT id, 'uid-1', '2027-01-26' FROM holiday_feeds;"
            " INSERT INTO hours_templates (name, intervals) VALUES ('Mornings',"
            "  '[{\"weekday\": 1, \"start\": 480, \"end\": 720}]');"
            " INSERT INTO appointment_series (practitioner_id, rrule, first_starts_at, time_zone, minutes,"
            "  patient_name, request_id) SELECT id, 'FREQ=WEEKLY;COUNT=2', '2027-03-02 09:00+11',"
            "  'Australia/Sydney', 30, 'Series ' || key, gen_random_uuid() FROM practitioners;"
            " INSERT INTO waitlist_entries (patient_name, earliest, latest, minutes)"
            "  VALUES ('Waiting for anyone', '2027-03-02', '2027-03-06', 30)")),
        QString());
    // The last bulk change before the upgrade: it cancelled an appointment and deleted a
    // practitioner's block and a clinic closure. Its audit rows have no clinic_id; it must still be undoable.
    const QString conn = db.conninfo();
    const QString cancelledId =
        queryOnce(conn, QStringLiteral("SELECT min(id) FROM appointments WHERE status = 'booked'"));
    const QString deletedBlock = queryOnce(
        conn,
        QStringLiteral("SELECT min(id) FROM availability_exceptions WHERE practitioner_id IS NOT NULL"));
    const QString deletedClosure = queryOnce(
        conn, QStringLiteral("SELECT min(id) FROM availability_exceptions WHERE practitioner_id IS NULL"));
    ASSERT_FALSE(cancelledId.isEmpty());
    ASSERT_FALSE(deletedBlock.isEmpty());
    ASSERT_FALSE(deletedClosure.isEmpty());
    const auto blockRow = [&conn](const QString &id) {
        return queryOnce(
            conn, QStringLiteral(
                      "SELECT coalesce(practitioner_id::text, '-') || '|' || kind || '|' || start_date || '|'"
                      " || end_date || '|' || reason FROM availability_exceptions"
                      " WHERE id = %1")
                      .arg(id));
    };
    const QString blockBefore = blockRow(deletedBlock);
    const QString closureBefore = blockRow(deletedClosure);
    ASSERT_EQ(db.execAdmin(
                  QStringLiteral("SELECT caredesk_begin_bulk('cancel', 'a bulk change before the upgrade');"
                                 " UPDATE appointments SET status = 'cancelled' WHERE id = %1;"
                                 " DELETE FROM availability_exceptions WHERE id IN (%2, %3)")
                      .arg(cancelledId, deletedBlock, deletedClosure)),
              QString());
    const QStringList tables =
        queryOnce(conn, QStringLiteral("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables"
                                       " WHERE schemaname = 'public'"
                                       " AND tablename NOT IN ('schema_migrations', 'clinic_settings')"))
            .split(QLatin1Char(','));
    ASSERT_GE(tables.size(), 14) << tables.join(QLatin1Char(',')).toStdString();
    QMap<QString, QString> before;
    for (const QString &t : tables) {
        before.insert(t, rowsOf(conn, t));
        ASSERT_FALSE(before.value(t).startsWith(QLatin1String("error"))) << before.value(t).toStdString();
    }
    EXPECT_NE(before.value(QStringLiteral("appointments")), QStringLiteral("[]"));
    EXPECT_NE(before.value(QStringLiteral("audit_log")), QStringLiteral("[]"));
    const QString settingsBefore = queryOnce(
        conn,
        QStringLiteral("SELECT name || '|' || timezone || '|' || slot_step_minutes FROM clinic_settings"));

    ASSERT_EQ(db.migrate(), QString());

    for (const QString &t : tables) {
        EXPECT_EQ(rowsOf(conn, t, QStringLiteral("clinic_id")), before.value(t)) << t.toStdString();
        const bool hasClinic =
            queryOnce(conn,
                      QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = '%1'"
                                     " AND column_name = 'clinic_id'")
                          .arg(t)) == QLatin1String("1");
        if (hasClinic) {
            EXPECT_EQ(
                queryOnce(
                    conn,
                    QStringLiteral("SELECT count(*) FROM %1 WHERE clinic_id IS DISTINCT FROM 1").arg(t)),
                QStringLiteral("0"))
                << t.toStdString() << " has rows outside clinic 1";
        }
    }
    for (const char *t :
         {"practitioners", "working_hours", "availability_exceptions", "appointments", "holiday_feeds",
          "hours_templates", "audit_log", "appointment_series", "waitlist_entries", "bulk_operations"}) {
        EXPECT_EQ(
            queryOnce(conn,
                      QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = '%1'"
                                     " AND column_name = 'clinic_id'")
                          .arg(QLatin1String(t))),
            QStringLiteral("1"))
            << t << " does not name its clinic";
    }
    EXPECT_EQ(
        queryOnce(conn, QStringLiteral("SELECT string_agg(id || ':' || key || '|' || name || '|' || timezone"
                                       " || '|' || slot_step_minutes, ',') FROM clinics")),
        QStringLiteral("1:main|") + settingsBefore);
    EXPECT_EQ(
        queryOnce(conn,
                  QStringLiteral(
                      "SELECT name || '|' || timezone || '|' || slot_step_minutes FROM clinic_settings")),
        settingsBefore);
    EXPECT_EQ(
        queryOnce(conn, QStringLiteral(
                            "SELECT count(*) FROM staff s WHERE NOT EXISTS (SELECT 1 FROM staff_clinics c"
                            " WHERE c.staff_id = s.id AND c.clinic_id = 1)")),
        QStringLiteral("0"));

    // The bulk change from before the upgrade is undone whole.
    ConnectionPool pool(db.directTarget(), smallPool());
    auto undone = pool.runBlocking(Access::Write, [](Session &s) {
        const std::optional<BulkChangeInfo> last = lastBulkChange(s);
        if (!last)
            throw DbException(makeError(ErrorCode::InvalidInput, QStringLiteral("no bulk change to undo")));
        return std::pair(last->summary, undoBulkChange(s, last->id));
    });
    ASSERT_TRUE(undone.ok()) << undone.error().toString().toStdString();
    EXPECT_EQ(undone.value().first, QStringLiteral("a bulk change before the upgrade"));
    EXPECT_EQ(
        queryOnce(conn, QStringLiteral("SELECT status || ':' || clinic_id FROM appointments WHERE id = %1")
                            .arg(cancelledId)),
        QStringLiteral("booked:1"));
    EXPECT_EQ(blockRow(deletedBlock), blockBefore);
    EXPECT_EQ(blockRow(deletedClosure), closureBefore);
    // Both are back in clinic 1: the closure has not become one of the whole chain.
    EXPECT_EQ(queryOnce(conn, QStringLiteral("SELECT string_agg(coalesce(clinic_id::text, 'chain'), ',')"
                                             " FROM availability_exceptions WHERE id IN (%1, %2)")
                                  .arg(deletedBlock, deletedClosure)),
              QStringLiteral("1,1"));
}

/// Sydney ("main") and Perth in one database, each with one practitioner working
/// 09:00–17:00 on weekdays in the clinic's own zone.
class ClinicChain : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        ASSERT_EQ(db.migrate(), QString());
        pool = std::make_unique<ConnectionPool>(db.target(), PoolConfig{});
        ClinicInfo perth;
        perth.key = QStringLiteral("perth");
        perth.name = QStringLiteral("Perth Clinic");
        perth.timeZone = QStringLiteral("Australia/Perth");
        auto added = pool->runBlocking(Access::Write, [perth](Session &s) { return addClinic(s, perth); });
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
        perthId = added.value();
        ASSERT_EQ(
            db.execAdmin(
                QStringLiteral(
                    "UPDATE clinics SET name = 'Sydney Clinic', timezone = 'Australia/Sydney' WHERE id = 1;"
                    " INSERT INTO practitioners (key, display_name, clinic_id) VALUES"
                    "  ('sydney.one', 'Sam Sydney', 1), ('perth.one', 'Pat Perth', %1);"
                    " INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute)"
                    "  SELECT p.id, d, 540, 1020 FROM practitioners p, generate_series(1, 5) d;"
                    " INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name)"
                    "  SELECT id, ('2026-12-14 10:00' || CASE key WHEN 'perth.one' THEN '+08' ELSE '+11' "
                    "END)::timestamptz,"
                    "   ('2026-12-14 10:30' || CASE key WHEN 'perth.one' THEN '+08' ELSE '+11' "
                    "END)::timestamptz,"
                    "   'Patient of ' || key FROM practitioners")
                    .arg(perthId)),
            QString());
    }

    void TearDown() override
    {
        pool.reset();
        for (const QString &login : std::as_const(logins))
            (void)execOnce(TestDatabase::adminConninfo(),
                           QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    }

    /// The first free 30-minute slot `caredesk-cli --clinic clinic` offers after `now`.
    QString firstSlot(const QString &clinic, const QString &now, QString *practitioner = nullptr) const
    {
        const CliRun r = cli(db,
                             {QStringLiteral("--clinic"), clinic, QStringLiteral("next-available"),
                              QStringLiteral("--minutes"), QStringLiteral("30"), QStringLiteral("--limit"),
                              QStringLiteral("1")},
                             now);
        if (r.code != 0)
            return QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.err));
        const QJsonObject slot =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("slots")).toArray().at(0).toObject();
        if (practitioner)
            *practitioner = slot.value(QStringLiteral("practitioner")).toString();
        return slot.value(QStringLiteral("start")).toString();
    }

    QString addLogin(const QString &role, const QStringList &roles, const QString &clinicKey)
    {
        const QString login = db.loginPrefix() + QLatin1Char('_') + role;
        logins.append(login);
        pool->setClinic(clinicKey == QLatin1String("perth") ? perthId : 1);
        const QString error = addStaffLogin(*pool, login, QStringLiteral("Test ") + role, roles, kPassword);
        pool->setClinic(0);
        EXPECT_EQ(error, QString());
        return db.conninfo() + QStringLiteral(" user=") + login;
    }

    TestDatabase db;
    std::unique_ptr<ConnectionPool> pool;
    qint64 perthId = 0;
    QStringList logins;
};

TEST_F(ClinicChain, EachClinicsAvailabilityIsInItsOwnZone)
{
    // Tuesday evening in both zones: the first slot is Wednesday 09:00 local.
    const QString now = QStringLiteral("2026-12-08T12:00:00Z");
    QString who;
    EXPECT_EQ(firstSlot(QStringLiteral("main"), now, &who), QStringLiteral("2026-12-09T09:00:00+11:00"));
    EXPECT_EQ(who, QStringLiteral("sydney.one"));
    EXPECT_EQ(firstSlot(QStringLiteral("perth"), now, &who), QStringLiteral("2026-12-09T09:00:00+08:00"));
    EXPECT_EQ(who, QStringLiteral("perth.one"));

    // Another clinic's practitioner is not one of this clinic's.
    const CliRun r =
        cli(db,
            {QStringLiteral("--clinic"), QStringLiteral("main"), QStringLiteral("availability"),
             QStringLiteral("--from"), QStringLiteral("2026-12-09"), QStringLiteral("--to"),
             QStringLiteral("2026-12-09"), QStringLiteral("--practitioner"), QStringLiteral("perth.one")},
            now);
    EXPECT_EQ(r.code, exitCodeFor(ErrorCode::InvalidInput)) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains("perth.one")) << r.err.toStdString();

    const CliRun unknown =
        cli(db, {QStringLiteral("--clinic"), QStringLiteral("hobart"), QStringLiteral("status")}, now);
    EXPECT_EQ(unknown.code, exitCodeFor(ErrorCode::InvalidInput));
    EXPECT_TRUE(unknown.err.contains("--clinic: There is no clinic \"hobart\" among yours (main, perth)"))
        << unknown.err.toStdString();
}

TEST_F(ClinicChain, ClosuresAreChainWideOrPerClinicAndAWorkDayStillWins)
{
    const auto add = [this](qint64 clinic, const ExceptionData &e) {
        pool->setClinic(clinic);
        auto r = pool->runBlocking(Access::Write, [e](Session &s) {
            return e.practitionerKey.isEmpty() ? addClosure(s, e) : addException(s, e);
        });
        pool->setClinic(0);
        return r.ok() ? QString() : r.error().toString();
    };
    ExceptionData national;
    national.kind = QStringLiteral("holiday");
    national.startDate = national.endDate = QDate(2026, 12, 9);
    national.reason = QStringLiteral("National day of rest");
    national.chainWide = true;
    ASSERT_EQ(add(perthId, national), QString());
    ExceptionData state;
    state.kind = QStringLiteral("holiday");
    state.startDate = state.endDate = QDate(2026, 12, 10);
    state.reason = QStringLiteral("WA state holiday");
    ASSERT_EQ(add(perthId, state), QString());

    const QString now = QStringLiteral("2026-12-08T12:00:00Z");
    // Wednesday is closed everywhere; Thursday only in Perth.
    EXPECT_EQ(firstSlot(QStringLiteral("main"), now), QStringLiteral("2026-12-10T09:00:00+11:00"));
    EXPECT_EQ(firstSlot(QStringLiteral("perth"), now), QStringLiteral("2026-12-11T09:00:00+08:00"));

    // Perth's practitioner chooses to work the national holiday: the override wins there.
    ExceptionData work;
    work.practitionerKey = QStringLiteral("perth.one");
    work.kind = QStringLiteral("work");
    work.startDate = work.endDate = QDate(2026, 12, 9);
    ASSERT_EQ(add(perthId, work), QString());
    EXPECT_EQ(firstSlot(QStringLiteral("perth"), now), QStringLiteral("2026-12-09T09:00:00+08:00"));
    EXPECT_EQ(firstSlot(QStringLiteral("main"), now), QStringLiteral("2026-12-10T09:00:00+11:00"));

    // Each clinic lists the chain's closures and its own, not another clinic's.
    for (const auto &[clinic, expected] :
         {std::pair{qint64(1), QStringList{QStringLiteral("National day of rest:chain")}},
          std::pair{perthId, QStringList{QStringLiteral("National day of rest:chain"),
                                         QStringLiteral("WA state holiday:clinic")}}}) {
        pool->setClinic(clinic);
        auto listed =
            pool->runBlocking(Access::Read, [](Session &s) { return listClosures(s, QDate(2026, 12, 1)); });
        ASSERT_TRUE(listed.ok());
        QStringList got;
        for (const ClosureSummary &c : listed.value())
            got << c.closure.reason +
                       (c.closure.chainWide ? QStringLiteral(":chain") : QStringLiteral(":clinic"));
        EXPECT_EQ(got, expected) << clinic;
        if (clinic == perthId) {
            EXPECT_EQ(listed.value().first().workingAnyway, QStringList{QStringLiteral("Pat Perth")});
        } else {
            EXPECT_TRUE(listed.value().first().workingAnyway.isEmpty()) << "Perth's override shows in Sydney";
        }
    }
    pool->setClinic(0);
}

TEST_F(ClinicChain, OnlyAChainManagerClosesOrReopensTheWholeChain)
{
    const QString manager =
        addLogin(QStringLiteral("manager_a"), {QStringLiteral("manager")}, QStringLiteral("main"));
    const QString chain =
        addLogin(QStringLiteral("chain"), {QStringLiteral("manager")}, QStringLiteral("main"));
    ASSERT_FALSE(HasFailure());
    ASSERT_EQ(
        db.execAdmin(QStringLiteral("GRANT caredesk_chain_manager TO \"%1_chain\"").arg(db.loginPrefix())),
        QString());
    const QString now = QStringLiteral("2026-12-08T12:00:00Z");
    const QString closures =
        QStringLiteral("SELECT count(*) FROM availability_exceptions WHERE practitioner_id IS NULL");
    const QStringList national{QStringLiteral("closures"), QStringLiteral("add"),
                               QStringLiteral("--from"),   QStringLiteral("2026-12-09"),
                               QStringLiteral("--kind"),   QStringLiteral("holiday"),
                               QStringLiteral("--reason"), QStringLiteral("National day of rest"),
                               QStringLiteral("--chain")};

    // A clinic manager closes their own clinic, never the whole chain.
    const CliRun refused = cliOn(manager, national, now);
    EXPECT_EQ(refused.code, 5) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("closures add: Only a chain manager can close every clinic"))
        << refused.err.toStdString();
    EXPECT_EQ(queryOnce(db.conninfo(), closures), QStringLiteral("0"));
    const CliRun own = cliOn(manager,
                             {QStringLiteral("closures"), QStringLiteral("add"), QStringLiteral("--from"),
                              QStringLiteral("2026-12-10"), QStringLiteral("--time-from"),
                              QStringLiteral("13:00"), QStringLiteral("--time-to"), QStringLiteral("17:00"),
                              QStringLiteral("--reason"), QStringLiteral("Staff training")},
                             now);
    ASSERT_EQ(own.code, 0) << own.err.toStdString();
    const QJsonObject ownAdded =
        QJsonDocument::fromJson(own.out).object().value(QStringLiteral("added")).toObject();
    EXPECT_FALSE(ownAdded.value(QStringLiteral("chain_wide")).toBool());
    EXPECT_EQ(ownAdded.value(QStringLiteral("start_time")).toString(), QStringLiteral("13:00"));
    EXPECT_EQ(ownAdded.value(QStringLiteral("kind")).toString(), QStringLiteral("closure"));

    // The chain manager closes every clinic, working in Perth.
    const CliRun added =
        cliOn(chain, QStringList{QStringLiteral("--clinic"), QStringLiteral("perth")} + national, now);
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const QJsonObject closure =
        QJsonDocument::fromJson(added.out).object().value(QStringLiteral("added")).toObject();
    EXPECT_TRUE(closure.value(QStringLiteral("chain_wide")).toBool());
    const QString id = QString::number(closure.value(QStringLiteral("id")).toInteger());
    for (const QString &clinic : {QStringLiteral("main"), QStringLiteral("perth")}) {
        const CliRun listed =
            cli(db,
                {QStringLiteral("--clinic"), clinic, QStringLiteral("closures"), QStringLiteral("list"),
                 QStringLiteral("--from"), QStringLiteral("2026-12-01")},
                now);
        ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
        const QJsonArray all =
            QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("closures")).toArray();
        ASSERT_FALSE(all.isEmpty()) << clinic.toStdString();
        EXPECT_EQ(all.first().toObject().value(QStringLiteral("reason")).toString(),
                  QStringLiteral("National day of rest"));
        EXPECT_TRUE(all.first().toObject().value(QStringLiteral("chain_wide")).toBool());
    }
    EXPECT_EQ(firstSlot(QStringLiteral("main"), now), QStringLiteral("2026-12-10T09:00:00+11:00"));
    EXPECT_EQ(firstSlot(QStringLiteral("perth"), now), QStringLiteral("2026-12-10T09:00:00+08:00"));

    // Nor does the clinic manager reopen it; the chain manager does.
    const CliRun keep = cliOn(manager, {QStringLiteral("closures"), QStringLiteral("delete"), id}, now);
    EXPECT_EQ(keep.code, 5) << keep.err.toStdString();
    EXPECT_TRUE(keep.err.contains("closes every clinic of the chain; only a chain manager can delete it"))
        << keep.err.toStdString();
    EXPECT_EQ(queryOnce(db.conninfo(), closures), QStringLiteral("2"));
    const CliRun reopened = cliOn(chain, {QStringLiteral("closures"), QStringLiteral("delete"), id}, now);
    EXPECT_EQ(reopened.code, 0) << reopened.err.toStdString();
    EXPECT_EQ(firstSlot(QStringLiteral("main"), now), QStringLiteral("2026-12-09T09:00:00+11:00"));

    // On an owner connection shared by the staff who sign in on it, the person signed in
    // decides (the desktop client offers "For the whole chain" by the same rule).
    const QString prefix = db.loginPrefix();
    for (const auto &[actor, may] :
         {std::pair{QString(), true}, std::pair{prefix + QStringLiteral("_manager_a"), false},
          std::pair{prefix + QStringLiteral("_chain"), true},
          std::pair{QStringLiteral("nobody-of-that-name"), false}}) {
        pool->setActor(actor);
        auto asked = pool->runBlocking(Access::Read, [](Session &s) { return mayWriteChainClosures(s); });
        ASSERT_TRUE(asked.ok()) << asked.error().toString().toStdString();
        EXPECT_EQ(asked.value(), may) << actor.toStdString();
    }
    pool->setActor(prefix + QStringLiteral("_manager_a"));
    ExceptionData byOwnerConnection;
    byOwnerConnection.kind = QStringLiteral("holiday");
    byOwnerConnection.startDate = byOwnerConnection.endDate = QDate(2026, 12, 9);
    byOwnerConnection.reason = QStringLiteral("National day of rest");
    byOwnerConnection.chainWide = true;
    auto sharedRefused = pool->runBlocking(
        Access::Write, [byOwnerConnection](Session &s) { return addClosure(s, byOwnerConnection); });
    ASSERT_FALSE(sharedRefused.ok());
    EXPECT_EQ(sharedRefused.error().code, ErrorCode::PermissionDenied);
    pool->setActor(QString());

    // Bad input says what is wrong and writes nothing.
    for (const auto &[args, message] :
         {std::pair{QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-12"),
                                QStringLiteral("--to"), QStringLiteral("2026-12-11"),
                                QStringLiteral("--reason"), QStringLiteral("x")},
                    "closures add: The last date 2026-12-11 is before the first date 2026-12-12"},
          std::pair{QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-12")},
                    "closures add: Give the closure a reason"},
          std::pair{QStringList{QStringLiteral("--reason"), QStringLiteral("x")},
                    "closures add: say the first day with --from"},
          std::pair{QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-12"),
                                QStringLiteral("--kind"), QStringLiteral("vacation"),
                                QStringLiteral("--reason"), QStringLiteral("x")},
                    "A clinic closure is of kind closure or holiday, not \"vacation\""}}) {
        const CliRun bad =
            cliOn(chain, QStringList{QStringLiteral("closures"), QStringLiteral("add")} + args, now);
        EXPECT_EQ(bad.code, 2) << message;
        EXPECT_TRUE(bad.err.contains(message)) << bad.err.toStdString();
    }
    EXPECT_EQ(queryOnce(db.conninfo(), closures), QStringLiteral("1"));
}

TEST_F(ClinicChain, AnOwnerConnectionReachesOnlyTheChosenClinicsRowsById)
{
    const QString sydneyAppointment = queryOnce(
        db.conninfo(),
        QStringLiteral("SELECT a.id FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id"
                       " WHERE p.key = 'sydney.one'"));
    const QString status =
        QStringLiteral("SELECT status FROM appointments WHERE id = %1").arg(sydneyAppointment);
    const QString now = QStringLiteral("2026-12-08T12:00:00Z");
    for (const QStringList &args :
         {QStringList{QStringLiteral("cancel"), sydneyAppointment},
          QStringList{QStringLiteral("reschedule"), sydneyAppointment, QStringLiteral("--start"),
                      QStringLiteral("2026-12-15T10:00:00")}}) {
        const CliRun r =
            cli(db, QStringList{QStringLiteral("--clinic"), QStringLiteral("perth")} + args, now);
        EXPECT_EQ(r.code, 2) << args.first().toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("There is no appointment " + sydneyAppointment.toUtf8()))
            << r.err.toStdString();
        EXPECT_EQ(queryOnce(db.conninfo(), status), QStringLiteral("booked"));
    }
    // Its own clinic's appointment it cancels.
    const CliRun r = cli(
        db, {QStringLiteral("--clinic"), QStringLiteral("main"), QStringLiteral("cancel"), sydneyAppointment},
        now);
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(queryOnce(db.conninfo(), status), QStringLiteral("cancelled"));
}

TEST_F(ClinicChain, ARowsChangeNotificationNamesItsClinic)
{
    ChangeNotifier notifier(db.directTarget(), PoolConfig{}, {ChangeNotifier::changesChannel()},
                            std::chrono::milliseconds(200));
    QSignalSpy connected(&notifier, &ChangeNotifier::connectedChanged);
    QSignalSpy notified(&notifier, &ChangeNotifier::notified);
    notifier.start();
    ASSERT_TRUE(connected.wait(10000));
    ASSERT_EQ(db.execAdmin(QStringLiteral(
                  "UPDATE appointments SET patient_phone = '0400 000 000' WHERE practitioner_id ="
                  " (SELECT id FROM practitioners WHERE key = 'perth.one');"
                  " INSERT INTO availability_exceptions (clinic_id, kind, start_date, end_date, reason)"
                  "  VALUES (NULL, 'holiday', '2026-12-25', '2026-12-25', 'Christmas Day')")),
              QString());
    const auto payloadOf = [&notified](const char *table) -> QString {
        for (int i = 0; i < 50; ++i) {
            for (const QList<QVariant> &n : std::as_const(notified)) {
                if (n.at(1).toString().contains(
                        QStringLiteral("\"table\" : \"%1\"").arg(QLatin1String(table))))
                    return n.at(1).toString();
            }
            notified.wait(100);
        }
        return {};
    };
    const QString appointment = payloadOf("appointments");
    ASSERT_FALSE(appointment.isEmpty());
    EXPECT_TRUE(concernsClinic(appointment, perthId)) << appointment.toStdString();
    EXPECT_FALSE(concernsClinic(appointment, 1)) << "Sydney reloads for Perth's appointment";
    const QString closure = payloadOf("availability_exceptions");
    ASSERT_FALSE(closure.isEmpty());
    EXPECT_TRUE(concernsClinic(closure, 1)) << closure.toStdString();
    EXPECT_TRUE(concernsClinic(closure, perthId)) << closure.toStdString();
}

struct FenceCase
{
    const char *who;
    const char *what;
    const char *sql; ///< PERTH and SYDNEY stand for the clinics' practitioners' ids
    Expect expect;
    const char *value = nullptr; ///< for a SELECT count(*): the count expected
};

/// A well-formed SCRAM verifier nobody knows the password of.
const char *const kVerifier =
    "'SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    ":AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";

// clang-format off
const FenceCase kFence[] = {
    {"desk_a", "reads its own clinic's appointments", "SELECT count(*) FROM appointments", Expect::Works, "1"},
    {"desk_a", "reads Perth's appointments", "SELECT count(*) FROM appointments WHERE clinic_id <> 1", Expect::Works, "0"},
    {"desk_a", "reads Perth's practitioners", "SELECT count(*) FROM practitioners WHERE key = 'perth.one'", Expect::Works, "0"},
    {"desk_a", "reads Perth's hours", "SELECT count(*) FROM working_hours WHERE practitioner_id = PERTH", Expect::Works, "0"},
    {"desk_a", "books with Perth's practitioner",
     "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name) VALUES (PERTH, '2026-12-15 10:00+08', '2026-12-15 10:30+08', 'x')",
     Expect::Denied},
    {"desk_a", "files a booking under Perth",
     "INSERT INTO appointments (clinic_id, practitioner_id, starts_at, ends_at, patient_name) VALUES (2, SYDNEY, '2026-12-15 10:00+11', '2026-12-15 10:30+11', 'x') RETURNING clinic_id",
     Expect::Works},
    {"desk_a", "cancels Perth's appointments", "UPDATE appointments SET status = 'cancelled' WHERE practitioner_id = PERTH", Expect::NoRows},
    {"desk_a", "picks Perth with caredesk.clinic",
     "SELECT set_config('caredesk.clinic', '2', true) || ':' || (SELECT count(*) FROM appointments)", Expect::Works, "2:0"},
    {"desk_b", "reads Sydney's appointments", "SELECT count(*) FROM appointments WHERE practitioner_id = SYDNEY", Expect::Works, "0"},
    {"desk_b", "reads its own clinic's appointments", "SELECT count(*) FROM appointments", Expect::Works, "1"},
    {"desk_b", "sees the clinics it works at", "SELECT string_agg(key, ',') FROM clinics", Expect::Works, "perth"},
    {"manager_a", "closes its own clinic",
     "INSERT INTO availability_exceptions (kind, start_date, end_date, reason) VALUES ('closure', '2026-12-21', '2026-12-21', 'x')", Expect::Works},
    {"manager_a", "closes the whole chain",
     "INSERT INTO availability_exceptions (clinic_id, kind, start_date, end_date, reason) VALUES (NULL, 'closure', '2026-12-21', '2026-12-21', 'x')", Expect::Denied},
    {"manager_a", "closes Perth",
     "INSERT INTO availability_exceptions (clinic_id, kind, start_date, end_date, reason) VALUES (2, 'closure', '2026-12-21', '2026-12-21', 'x')", Expect::Denied},
    {"manager_a", "renames Perth", "UPDATE clinics SET name = 'x' WHERE key = 'perth'", Expect::NoRows},
    {"manager_a", "renames its own clinic", "UPDATE clinic_settings SET name = 'Sydney CBD'", Expect::Works},
    {"manager_a", "joins Perth",
     "INSERT INTO staff_clinics (staff_id, clinic_id) SELECT id, 2 FROM staff WHERE login = current_user", Expect::Denied},
    {"manager_a", "takes over Perth's desk", "SELECT caredesk_set_staff_roles('DESK_B', ARRAY['manager'])", Expect::Denied},
    {"manager_a", "resets the password of Perth's desk",
     "SELECT caredesk_reset_staff_password('DESK_B', VERIFIER)",
     Expect::Denied},
    {"manager_a", "adds Perth's desk to its own clinic",
     "INSERT INTO staff_clinics (staff_id, clinic_id) SELECT id, 1 FROM staff WHERE login = 'DESK_B'", Expect::Denied},
    {"manager_a", "resets the password of a desk of both clinics",
     "SELECT caredesk_reset_staff_password('BOTH', VERIFIER)", Expect::Denied},
    {"manager_a", "resets the chain manager's password",
     "SELECT caredesk_reset_staff_password('CHAIN', VERIFIER)", Expect::Denied},
    {"manager_a", "links a new login to Perth's practitioner",
     "SELECT caredesk_add_staff('intruder', 'Intruder', ARRAY['practitioner'], 'perth.one', VERIFIER)", Expect::Denied},
    {"manager_a", "names Perth and closes it",
     "SELECT set_config('caredesk.clinic', '2', true); INSERT INTO availability_exceptions (kind, start_date, end_date, reason) VALUES ('closure', '2026-12-21', '2026-12-21', 'x')",
     Expect::Denied},
    {"manager_a", "reads Perth's audit rows", "SELECT count(*) FROM audit_log WHERE clinic_id = 2", Expect::Works, "0"},
    {"manager_a", "deletes Perth's hours", "DELETE FROM working_hours WHERE practitioner_id = PERTH", Expect::NoRows},
    {"chain", "reads every clinic's appointments", "SELECT count(*) FROM appointments", Expect::Works, "2"},
    {"chain", "closes the whole chain",
     "INSERT INTO availability_exceptions (clinic_id, kind, start_date, end_date, reason) VALUES (NULL, 'closure', '2026-12-21', '2026-12-21', 'x')", Expect::Works},
    {"chain", "renames Perth", "UPDATE clinics SET name = 'Perth CBD' WHERE key = 'perth'", Expect::Works},
    {"both", "reads both clinics' appointments", "SELECT count(*) FROM appointments", Expect::Works, "2"},
    {"both", "with Perth chosen reads only Perth's",
     "SELECT set_config('caredesk.clinic', '2', true) || ':' || (SELECT count(*) FROM appointments WHERE practitioner_id = SYDNEY)",
     Expect::Works, "2:0"},
    {"both", "with Perth chosen books in Sydney",
     "SELECT set_config('caredesk.clinic', '2', true); INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name) VALUES (SYDNEY, '2026-12-15 10:00+11', '2026-12-15 10:30+11', 'x')",
     Expect::Denied},
};
// clang-format on

TEST_F(ClinicChain, StaffOfOneClinicNeitherReadNorWriteAnothersRows)
{
    QMap<QString, QString> as;
    as.insert(QStringLiteral("desk_a"),
              addLogin(QStringLiteral("desk_a"), {QStringLiteral("front_desk")}, QStringLiteral("main")));
    as.insert(QStringLiteral("desk_b"),
              addLogin(QStringLiteral("desk_b"), {QStringLiteral("front_desk")}, QStringLiteral("perth")));
    as.insert(QStringLiteral("manager_a"),
              addLogin(QStringLiteral("manager_a"), {QStringLiteral("manager")}, QStringLiteral("main")));
    as.insert(QStringLiteral("chain"),
              addLogin(QStringLiteral("chain"), {QStringLiteral("manager")}, QStringLiteral("main")));
    as.insert(QStringLiteral("both"),
              addLogin(QStringLiteral("both"), {QStringLiteral("front_desk")}, QStringLiteral("main")));
    ASSERT_FALSE(HasFailure());
    const QString prefix = db.loginPrefix();
    ASSERT_EQ(db.execAdmin(QStringLiteral("GRANT caredesk_chain_manager TO \"%1_chain\"").arg(prefix)),
              QString());
    auto joined = pool->runBlocking(Access::Write, [prefix](Session &s) {
        addStaffToClinic(s, prefix + QStringLiteral("_both"), QStringLiteral("perth"));
        return true;
    });
    ASSERT_TRUE(joined.ok()) << joined.error().toString().toStdString();
    const QString perth =
        queryOnce(db.conninfo(), QStringLiteral("SELECT id FROM practitioners WHERE key = 'perth.one'"));
    const QString sydney =
        queryOnce(db.conninfo(), QStringLiteral("SELECT id FROM practitioners WHERE key = 'sydney.one'"));

    int checked = 0;
    for (const FenceCase &c : kFence) {
        QString sql = QString::fromUtf8(c.sql);
        sql.replace(QLatin1String("PERTH"), perth)
            .replace(QLatin1String("SYDNEY"), sydney)
            .replace(QLatin1String("DESK_B"), prefix + QStringLiteral("_desk_b"))
            .replace(QLatin1String("BOTH"), prefix + QStringLiteral("_both"))
            .replace(QLatin1String("CHAIN"), prefix + QStringLiteral("_chain"))
            .replace(QLatin1String("VERIFIER"), QString::fromLatin1(kVerifier));
        const QString who = QString::fromLatin1(c.who);
        const Outcome o = runRolledBack(as.value(who), sql);
        const std::string label = std::string(c.who) + " " + c.what + ": [" + o.sqlState.toStdString() +
                                  "] " + o.message.toStdString() + " rows " + std::to_string(o.rows);
        expectOutcome(c.expect, o, label);
        if (c.value) {
            EXPECT_EQ(queryOnce(as.value(who), sql), QString::fromUtf8(c.value)) << label;
        }
        ++checked;
    }
    EXPECT_EQ(checked, int(std::size(kFence)));
    // The booking desk A tried to file under Perth went to its practitioner's clinic.
    EXPECT_EQ(
        queryOnce(
            as.value(QStringLiteral("desk_a")),
            QStringLiteral(
                "INSERT INTO appointments (clinic_id, practitioner_id, starts_at, ends_at, patient_name)"
                " VALUES (2, %1, '2026-12-16 10:00+11', '2026-12-16 10:30+11', 'x') RETURNING clinic_id")
                .arg(sydney)),
        QStringLiteral("1"));
}

} // namespace
