// Who may change what, enforced by PostgreSQL itself (schema v5): for each role, a table of
// raw SQL a staff member could type into psql with their own sign-in — every forbidden
// statement fails with SQLSTATE 42501 or touches no row, every allowed one works. Each
// statement runs in a transaction that is rolled back, so the cases do not meet. Also:
// the audit log is append-only for everyone, the actor cannot be forged, staff logins
// are SCRAM over TCP, and caredesk-cli obeys the same rules (exit code 5, nothing written).
#include "engine/pool.h"
#include "engine/staff.h"
#include "tests/support/clirun.h"
#include "tests/support/rawsql.h"
#include "tests/support/seed.h"
#include "tests/support/seededdatabase.h"
#include "tests/support/stafflogin.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <gtest/gtest.h>
#include <memory>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QString kNow = QStringLiteral("2025-12-01T09:00:00+11:00");
const QString kPassword = QStringLiteral("correct horse battery");
const QString kHolidayFile = QStringLiteral(CAREDESK_TEST_DATA "/ics/public_holidays_feed.ics");

struct Case
{
    const char *role; ///< desk, practitioner, manager
    const char *what;
    const char *sql; ///< DBROWN / IWIZZ stand for the practitioners' ids
    Expect expect;
};

// clang-format off
const Case kCases[] = {
    // A practitioner (David Brown): their own hours, blocks and overrides; nothing else.
    {"practitioner", "reads appointments", "SELECT * FROM appointments", Expect::Works},
    {"practitioner", "reads every practitioner's blocks", "SELECT * FROM availability_exceptions WHERE practitioner_id = IWIZZ", Expect::Works},
    {"practitioner", "adds their own vacation", "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, reason) VALUES (DBROWN, 'vacation', '2026-03-02', '2026-03-06', 'leave')", Expect::Works},
    {"practitioner", "works a closure day", "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, reason) VALUES (DBROWN, 'work', '2025-12-26', '2025-12-26', 'on call')", Expect::Works},
    {"practitioner", "changes their own hours", "UPDATE working_hours SET end_minute = end_minute WHERE practitioner_id = DBROWN", Expect::Works},
    {"practitioner", "deletes their own block", "DELETE FROM availability_exceptions WHERE practitioner_id = DBROWN", Expect::Works},
    {"practitioner", "adds hours for themselves", "INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute, valid_from) VALUES (DBROWN, 7, 600, 660, '2030-01-01')", Expect::Works},
    {"practitioner", "adds a block for a colleague", "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date) VALUES (IWIZZ, 'blocked', '2026-03-02', '2026-03-02')", Expect::Denied},
    {"practitioner", "changes a colleague's block", "UPDATE availability_exceptions SET reason = 'x' WHERE practitioner_id = IWIZZ", Expect::NoRows},
    {"practitioner", "deletes a colleague's block", "DELETE FROM availability_exceptions WHERE practitioner_id = IWIZZ", Expect::NoRows},
    {"practitioner", "changes a colleague's hours", "UPDATE working_hours SET end_minute = end_minute WHERE practitioner_id = IWIZZ", Expect::NoRows},
    {"practitioner", "deletes a colleague's hours", "DELETE FROM working_hours WHERE practitioner_id = IWIZZ", Expect::NoRows},
    {"practitioner", "hands their hours to a colleague", "UPDATE working_hours SET practitioner_id = IWIZZ WHERE practitioner_id = DBROWN", Expect::Denied},
    {"practitioner", "adds a clinic closure", "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, reason) VALUES (NULL, 'closure', '2026-03-02', '2026-03-02', 'x')", Expect::Denied},
    {"practitioner", "changes a clinic closure", "UPDATE availability_exceptions SET reason = 'x' WHERE practitioner_id IS NULL", Expect::NoRows},
    {"practitioner", "deletes a clinic closure", "DELETE FROM availability_exceptions WHERE practitioner_id IS NULL", Expect::NoRows},
    {"practitioner", "books an appointment", "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name) VALUES (DBROWN, '2026-03-04 10:00+11', '2026-03-04 10:30+11', 'X')", Expect::Denied},
    {"practitioner", "cancels an appointment", "UPDATE appointments SET status = 'cancelled'", Expect::Denied},
    {"practitioner", "changes the clinic's settings", "UPDATE clinic_settings SET name = 'x'", Expect::Denied},
    {"practitioner", "adds a practitioner", "INSERT INTO practitioners (key, display_name) VALUES ('zz', 'Z')", Expect::Denied},
    {"practitioner", "reads the audit log", "SELECT * FROM audit_log", Expect::Denied},
    {"practitioner", "writes the audit log", "INSERT INTO audit_log (table_name, operation) VALUES ('x', 'INSERT')", Expect::Denied},
    {"practitioner", "adds a feed", "INSERT INTO holiday_feeds (url) VALUES ('https://example.org/x.ics')", Expect::Denied},
    {"practitioner", "adds staff", "SELECT caredesk_add_staff('zz', 'Z', '{manager}', NULL, NULL)", Expect::Denied},
    {"practitioner", "creates a role", "CREATE ROLE intruder LOGIN", Expect::Denied},
    {"practitioner", "creates a table", "CREATE TABLE intruder (x int)", Expect::Denied},
    {"practitioner", "drops a table", "DROP TABLE appointments", Expect::Denied},
    {"practitioner", "turns row security off", "ALTER TABLE availability_exceptions DISABLE ROW LEVEL SECURITY", Expect::Denied},
    {"practitioner", "makes a temporary table (to hang an owner's trigger function on)", "CREATE TEMP TABLE appointments (id bigint)", Expect::Denied},
    {"practitioner", "calls the audit trigger function", "SELECT audit_row_change()", Expect::Denied},
    {"practitioner", "calls the scope-lock trigger function", "SELECT lock_availability_scope()", Expect::Denied},

    // The front desk: appointments only.
    {"desk", "reads availability", "SELECT * FROM working_hours", Expect::Works},
    {"desk", "books an appointment", "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name) VALUES (DBROWN, '2026-03-04 10:00+11', '2026-03-04 10:30+11', 'X')", Expect::Works},
    // Recurring series and the waitlist (schema v8): a practitioner reads their own.
    {"practitioner", "reads their own series", "SELECT * FROM appointment_series WHERE practitioner_id = DBROWN", Expect::Works},
    {"practitioner", "reads a colleague's series", "SELECT * FROM appointment_series WHERE practitioner_id = IWIZZ", Expect::NoRows},
    {"practitioner", "books a series", "INSERT INTO appointment_series (practitioner_id, rrule, first_starts_at, time_zone, minutes, patient_name, request_id) VALUES (DBROWN, 'FREQ=WEEKLY;COUNT=2', '2026-03-02 09:00+11', 'Australia/Sydney', 30, 'X', gen_random_uuid())", Expect::Denied},
    {"practitioner", "reads their own and any-practitioner waitlist entries", "SELECT * FROM waitlist_entries WHERE practitioner_id IS NULL OR practitioner_id = DBROWN", Expect::Works},
    {"practitioner", "reads a colleague's waitlist entries", "SELECT * FROM waitlist_entries WHERE practitioner_id = IWIZZ", Expect::NoRows},
    {"practitioner", "adds a waitlist entry", "INSERT INTO waitlist_entries (patient_name, earliest, latest, minutes) VALUES ('X', '2026-03-02', '2026-03-06', 30)", Expect::Denied},
    {"desk", "reads every series", "SELECT * FROM appointment_series WHERE practitioner_id = IWIZZ", Expect::Works},
    {"desk", "rewrites a series' rule", "UPDATE appointment_series SET rrule = 'FREQ=DAILY;COUNT=2'", Expect::Denied},
    {"desk", "reads every waitlist entry", "SELECT * FROM waitlist_entries WHERE practitioner_id = IWIZZ", Expect::Works},
    {"desk", "adds a waitlist entry", "INSERT INTO waitlist_entries (patient_name, earliest, latest, minutes) VALUES ('X', '2026-03-02', '2026-03-06', 30)", Expect::Works},
    {"desk", "closes a waitlist entry", "UPDATE waitlist_entries SET status = 'removed', closed_at = now()", Expect::Works},
    {"desk", "deletes a waitlist entry", "DELETE FROM waitlist_entries", Expect::Denied},
    {"desk", "cancels an appointment", "UPDATE appointments SET status = 'cancelled' WHERE practitioner_id = DBROWN", Expect::Works},
    {"desk", "locks a booking's scope", "SELECT caredesk_lock_booking_scope('dbrown')", Expect::Works},
    {"desk", "deletes an appointment", "DELETE FROM appointments", Expect::Denied},
    {"desk", "adds a block", "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date) VALUES (DBROWN, 'blocked', '2026-03-02', '2026-03-02')", Expect::Denied},
    {"desk", "deletes a block", "DELETE FROM availability_exceptions WHERE practitioner_id = DBROWN", Expect::Denied},
    {"desk", "changes working hours", "UPDATE working_hours SET end_minute = end_minute", Expect::Denied},
    {"desk", "adds a clinic closure", "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, reason) VALUES (NULL, 'closure', '2026-03-02', '2026-03-02', 'x')", Expect::Denied},
    {"desk", "changes the clinic's settings", "UPDATE clinic_settings SET name = 'x'", Expect::Denied},
    {"desk", "reads the audit log", "SELECT * FROM audit_log", Expect::Denied},
    {"desk", "locks a practitioner for hours", "SELECT caredesk_lock_practitioner('dbrown')", Expect::Denied},
    {"desk", "disables staff", "SELECT caredesk_disable_staff('reception')", Expect::Denied},
    {"desk", "creates a table", "CREATE TABLE intruder (x int)", Expect::Denied},

    // A manager: everything above, for anyone; never the audit log's past or the schema.
    {"manager", "adds a clinic closure", "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, reason) VALUES (NULL, 'closure', '2026-03-02', '2026-03-02', 'Labour Day')", Expect::Works},
    {"manager", "changes a practitioner's block", "UPDATE availability_exceptions SET reason = 'x' WHERE practitioner_id = IWIZZ", Expect::Works},
    {"manager", "adds hours for anyone", "INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute, valid_from) VALUES (IWIZZ, 7, 600, 660, '2030-01-01')", Expect::Works},
    {"manager", "books an appointment", "INSERT INTO appointments (practitioner_id, starts_at, ends_at, patient_name) VALUES (DBROWN, '2026-03-04 10:00+11', '2026-03-04 10:30+11', 'X')", Expect::Works},
    {"manager", "changes the clinic's settings", "UPDATE clinic_settings SET name = 'Renamed'", Expect::Works},
    {"manager", "adds a practitioner", "INSERT INTO practitioners (key, display_name) VALUES ('zz', 'Z')", Expect::Works},
    {"manager", "adds a feed", "INSERT INTO holiday_feeds (url) VALUES ('https://example.org/x.ics')", Expect::Works},
    {"manager", "reads the audit log", "SELECT * FROM audit_log", Expect::Works},
    {"manager", "changes the audit log", "UPDATE audit_log SET actor = 'someone'", Expect::Denied},
    {"manager", "deletes the audit log", "DELETE FROM audit_log", Expect::Denied},
    {"manager", "truncates the audit log", "TRUNCATE audit_log", Expect::Denied},
    {"manager", "creates a role", "CREATE ROLE intruder LOGIN", Expect::Denied},
    {"manager", "grants themselves the owner", "GRANT caredesk_owner TO CURRENT_USER", Expect::Denied},
    {"manager", "drops a table", "DROP TABLE appointments", Expect::Denied},
    {"manager", "turns row security off", "ALTER TABLE appointments DISABLE ROW LEVEL SECURITY", Expect::Denied},
    {"manager", "creates a table", "CREATE TABLE intruder (x int)", Expect::Denied},
};
// clang-format on

class Security : public SeededDatabase
{
protected:
    void SetUp() override
    {
        SeededDatabase::SetUp();
        if (HasFatalFailure())
            return;
        // Logins are cluster-wide: named after this test's database so parallel runs differ.
        prefix = db.loginPrefix();
        ASSERT_EQ(
            db.execAdmin(QStringLiteral(
                "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, reason) "
                "SELECT id, 'vacation', '2026-02-02', '2026-02-03', 'Isla away' FROM practitioners "
                "WHERE key = 'iwizz'")),
            QString());
        ASSERT_EQ(
            db.execAdmin(QStringLiteral(
                "INSERT INTO appointment_series (practitioner_id, rrule, first_starts_at, time_zone, minutes,"
                " patient_name, request_id) SELECT id, 'FREQ=WEEKLY;COUNT=2', '2026-03-02 09:00+11',"
                " 'Australia/Sydney', 30, 'Series ' || key, gen_random_uuid() FROM practitioners;"
                " INSERT INTO waitlist_entries (patient_name, practitioner_id, earliest, latest, minutes)"
                " SELECT 'Waiting for ' || key, id, date '2026-03-02', date '2026-03-06', 30 FROM "
                "practitioners"
                " UNION ALL SELECT 'Waiting for anyone', NULL, '2026-03-02', '2026-03-06', 30")),
            QString());
        addLogin(QStringLiteral("desk"), {QStringLiteral("front_desk")}, {});
        addLogin(QStringLiteral("practitioner"), {QStringLiteral("practitioner")}, QStringLiteral("dbrown"));
        addLogin(QStringLiteral("manager"), {QStringLiteral("manager")}, {});
        dbrown =
            queryOnce(db.conninfo(), QStringLiteral("SELECT id FROM practitioners WHERE key = 'dbrown'"));
        iwizz = queryOnce(db.conninfo(), QStringLiteral("SELECT id FROM practitioners WHERE key = 'iwizz'"));
    }

    void TearDown() override
    {
        pool.reset();
        for (const QString &login : std::as_const(logins))
            (void)execOnce(TestDatabase::adminConninfo(),
                           QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    }

    void addLogin(const QString &role, const QStringList &roles, const QString &practitioner)
    {
        logins.append(login(role));
        ASSERT_EQ(
            addStaffLogin(*pool, login(role), QStringLiteral("Test ") + role, roles, kPassword, practitioner),
            QString());
    }

    [[nodiscard]] QString login(const QString &role) const { return prefix + QLatin1Char('_') + role; }
    /// Signs in as that role's login over the cluster's socket.
    [[nodiscard]] QString as(const QString &role) const
    {
        return db.conninfo() + QStringLiteral(" user=") + login(role);
    }
    [[nodiscard]] QString withIds(QString sql) const
    {
        return sql.replace(QLatin1String("DBROWN"), dbrown).replace(QLatin1String("IWIZZ"), iwizz);
    }

    QString prefix;
    QStringList logins;
    QString dbrown;
    QString iwizz;
};

TEST_F(Security, EveryRoleCanDoWhatItsJobNeedsAndNothingElse)
{
    int checked = 0;
    for (const Case &c : kCases) {
        const QString sql = withIds(QString::fromUtf8(c.sql));
        const Outcome o = runRolledBack(as(QString::fromLatin1(c.role)), sql);
        const std::string label = std::string(c.role) + " " + c.what + ": " + sql.toStdString() + " -> [" +
                                  o.sqlState.toStdString() + "] " + o.message.toStdString() + " rows " +
                                  std::to_string(o.rows);
        expectOutcome(c.expect, o, label, !sql.startsWith(QLatin1String("SELECT caredesk")));
        ++checked;
    }
    EXPECT_EQ(checked, int(std::size(kCases)));
}

TEST_F(Security, NobodyChangesTheAuditLogNotEvenTheAdmin)
{
    ASSERT_EQ(db.execAdmin(QStringLiteral("UPDATE clinic_settings SET name = 'Audited'")), QString());
    const QString count = QStringLiteral("SELECT count(*) FROM audit_log");
    const QString before = queryOnce(db.conninfo(), count);
    // The practitioners change is audited; the audit rows themselves stay as they are.
    ASSERT_EQ(db.execAdmin(QStringLiteral("UPDATE practitioners SET display_name = display_name || ''")),
              QString());
    EXPECT_GT(queryOnce(db.conninfo(), count).toInt(), before.toInt());
    const Outcome update = runRolledBack(db.conninfo(), QStringLiteral("UPDATE audit_log SET actor = 'x'"));
    EXPECT_EQ(update.sqlState, QStringLiteral("42501")) << update.message.toStdString();
    const Outcome del = runRolledBack(db.conninfo(), QStringLiteral("DELETE FROM audit_log"));
    EXPECT_EQ(del.sqlState, QStringLiteral("42501")) << del.message.toStdString();
}

TEST_F(Security, AStaffLoginCannotForgeWhoMadeAChange)
{
    const QString sql = withIds(QStringLiteral(
        "SET caredesk.actor = 'someone-else'; "
        "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, reason) "
        "VALUES (DBROWN, 'vacation', '2026-05-04', '2026-05-05', 'forged?')"));
    ASSERT_EQ(execOnce(as(QStringLiteral("practitioner")), sql), QString());
    EXPECT_EQ(queryOnce(db.conninfo(), QStringLiteral("SELECT actor FROM audit_log WHERE table_name = "
                                                      "'availability_exceptions' ORDER BY id DESC LIMIT 1")),
              login(QStringLiteral("practitioner")));
    // A manager's change to someone else's hours is recorded as the manager's.
    ASSERT_EQ(execOnce(as(QStringLiteral("manager")),
                       withIds(QStringLiteral(
                           "DELETE FROM availability_exceptions WHERE practitioner_id = IWIZZ"))),
              QString());
    EXPECT_EQ(
        queryOnce(db.conninfo(), QStringLiteral("SELECT actor FROM audit_log WHERE operation = 'DELETE' "
                                                "ORDER BY id DESC LIMIT 1")),
        login(QStringLiteral("manager")));
}

TEST_F(Security, OnlyTheOwnerMayNameAnotherActor)
{
    // A staff login, and a login in no staff group at all, are always themselves.
    const QString ghost = login(QStringLiteral("ghost"));
    logins << ghost;
    ASSERT_EQ(execOnce(TestDatabase::adminConninfo(), QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(ghost)),
              QString());
    ASSERT_EQ(
        db.execAdmin(QStringLiteral("GRANT CONNECT ON DATABASE \"%1\" TO \"%2\"").arg(db.name(), ghost)),
        QString());
    const QString forge =
        QStringLiteral("SELECT set_config('caredesk.actor', 'iwizz', false), caredesk_actor()");
    for (const QString &who : {login(QStringLiteral("desk")), ghost}) {
        const QString actor = queryOnce(db.conninfo() + QStringLiteral(" user=") + who,
                                        QStringLiteral("SELECT caredesk_actor() FROM (%1) f").arg(forge));
        EXPECT_EQ(actor, who) << actor.toStdString();
    }
    // The owner/admin connection (import, demo) may.
    EXPECT_EQ(queryOnce(db.conninfo(), QStringLiteral("SELECT caredesk_actor() FROM (%1) f").arg(forge)),
              QStringLiteral("iwizz"));
}

TEST_F(Security, AnotherClinicDatabasesManagerCannotTakeOverALogin)
{
    // A second CareDesk database in the same cluster, with its own manager and a staff row
    // named like this database's practitioner login.
    TestDatabase other;
    ASSERT_TRUE(other.ok()) << other.error().toStdString();
    ASSERT_EQ(other.migrate(), QString());
    ConnectionPool otherPool(other.target(), PoolConfig{});
    StaffMember boss;
    boss.login = login(QStringLiteral("otherboss"));
    boss.name = QStringLiteral("Other Boss");
    boss.roles = {QStringLiteral("manager")};
    logins << boss.login;
    auto added = otherPool.runBlocking(Access::Write, [boss](Session &s) {
        addStaff(s, boss, kPassword);
        return true;
    });
    ASSERT_TRUE(added) << added.error().toString().toStdString();
    const QString victim = login(QStringLiteral("practitioner"));
    ASSERT_EQ(
        other.execAdmin(
            QStringLiteral("INSERT INTO staff (login, display_name) VALUES ('%1', 'Same Name')").arg(victim)),
        QString());
    const QString asBoss = other.conninfo() + QStringLiteral(" user=") + boss.login;
    ConnectionPool bossPool(ConnectionTarget::parse(asBoss).value(), PoolConfig{});
    auto reset = bossPool.runBlocking(Access::Write, [victim](Session &s) {
        resetStaffPassword(s, victim, QStringLiteral("taken over now"));
        return true;
    });
    ASSERT_FALSE(reset) << "another database's manager reset this database's login";
    EXPECT_EQ(reset.error().code, ErrorCode::PermissionDenied) << reset.error().toString().toStdString();
    auto promoted = bossPool.runBlocking(Access::Write, [victim](Session &s) {
        setStaffRoles(s, victim, {QStringLiteral("manager")});
        return true;
    });
    ASSERT_FALSE(promoted);
    EXPECT_EQ(
        runRolledBack(as(QStringLiteral("practitioner")), QStringLiteral("SELECT * FROM audit_log")).sqlState,
        QStringLiteral("42501"))
        << "the practitioner became a manager";
    // Nor can that manager connect to this database at all.
    EXPECT_TRUE(queryOnce(db.conninfo() + QStringLiteral(" user=") + boss.login, QStringLiteral("SELECT 1"))
                    .contains(QLatin1String("permission denied")));
}

TEST_F(Security, StaffSignInWithScramOverTcpAndADisabledLoginCannot)
{
    const QString tcp = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREDESK_TEST_TCP"));
    ASSERT_FALSE(tcp.isEmpty()) << "CAREDESK_TEST_TCP is not set: run the tests through scripts/test";
    const QRegularExpressionMatch port = QRegularExpression(QStringLiteral("port=(\\d+)")).match(tcp);
    ASSERT_TRUE(port.hasMatch());
    const auto over = [&](const QString &user, const QString &password) {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 password='%4'")
            .arg(port.captured(1), db.name(), user, password);
    };
    const QString desk = login(QStringLiteral("desk"));
    EXPECT_EQ(queryOnce(over(desk, kPassword), QStringLiteral("SELECT session_user")), desk);
    EXPECT_TRUE(queryOnce(over(desk, QStringLiteral("wrong password")), QStringLiteral("SELECT 1"))
                    .contains(QLatin1String("password authentication failed")));
    // The server stores a SCRAM verifier, never the password.
    const QString stored =
        queryOnce(TestDatabase::adminConninfo(),
                  QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(desk));
    EXPECT_TRUE(stored.startsWith(QLatin1String("SCRAM-SHA-256$"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(kPassword));

    auto disabled = pool->runBlocking(Access::Write, [desk](Session &s) {
        disableStaff(s, desk);
        return true;
    });
    ASSERT_TRUE(disabled) << disabled.error().toString().toStdString();
    EXPECT_TRUE(queryOnce(over(desk, kPassword), QStringLiteral("SELECT 1"))
                    .contains(QLatin1String("not permitted")));
}

TEST_F(Security, OnlyAManagerManagesStaffAndRolesFollow)
{
    // A manager adds a front-desk colleague through the engine, on their own sign-in.
    ConnectionPool managerPool(ConnectionTarget::parse(as(QStringLiteral("manager"))).value(), PoolConfig{});
    StaffMember m;
    m.login = login(QStringLiteral("newdesk"));
    m.name = QStringLiteral("New Desk");
    m.roles = {QStringLiteral("front_desk")};
    logins.append(m.login);
    auto added = managerPool.runBlocking(Access::Write, [m](Session &s) {
        addStaff(s, m, kPassword);
        return listStaff(s, true);
    });
    ASSERT_TRUE(added) << added.error().toString().toStdString();
    const auto it = std::find_if(added.value().cbegin(), added.value().cend(),
                                 [&](const StaffMember &s) { return s.login == m.login; });
    ASSERT_NE(it, added.value().cend());
    EXPECT_TRUE(it->canSignIn);
    EXPECT_EQ(it->roles, QStringList{QStringLiteral("front_desk")});
    EXPECT_EQ(
        runRolledBack(as(QStringLiteral("newdesk")), QStringLiteral("SELECT * FROM audit_log")).sqlState,
        QStringLiteral("42501"));

    // Promoted to manager, the database lets them read the audit log.
    auto promoted = managerPool.runBlocking(Access::Write, [m](Session &s) {
        setStaffRoles(s, m.login, {QStringLiteral("front_desk"), QStringLiteral("manager")});
        return true;
    });
    ASSERT_TRUE(promoted) << promoted.error().toString().toStdString();
    EXPECT_TRUE(runRolledBack(as(QStringLiteral("newdesk")), QStringLiteral("SELECT * FROM audit_log"))
                    .sqlState.isEmpty());

    // The front desk cannot add staff: refused by the database, nothing created.
    ConnectionPool deskPool(ConnectionTarget::parse(as(QStringLiteral("desk"))).value(), PoolConfig{});
    StaffMember sneaky = m;
    sneaky.login = login(QStringLiteral("sneaky"));
    logins.append(sneaky.login);
    auto refused = deskPool.runBlocking(Access::Write, [sneaky](Session &s) {
        addStaff(s, sneaky, kPassword);
        return true;
    });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied) << refused.error().toString().toStdString();
    EXPECT_EQ(
        queryOnce(TestDatabase::adminConninfo(),
                  QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(sneaky.login)),
        QStringLiteral("0"));
}

TEST_F(Security, TheCommandLineObeysTheSamePolicies)
{
    // A practitioner's closures import is refused (exit code 5) and writes nothing.
    const QString count =
        QStringLiteral("SELECT count(*) FROM availability_exceptions WHERE practitioner_id IS NULL");
    const QString before = queryOnce(db.conninfo(), count);
    const CliRun imported =
        cliOn(as(QStringLiteral("practitioner")),
              {QStringLiteral("closures"), QStringLiteral("import"), kHolidayFile, QStringLiteral("--from"),
               QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2027-12-31")},
              kNow);
    EXPECT_EQ(imported.code, 5) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains("not allowed")) << imported.err.toStdString();
    EXPECT_EQ(queryOnce(db.conninfo(), count), before);

    // The same import by the manager works.
    const CliRun managed =
        cliOn(as(QStringLiteral("manager")),
              {QStringLiteral("closures"), QStringLiteral("import"), kHolidayFile, QStringLiteral("--from"),
               QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2027-12-31")},
              kNow);
    EXPECT_EQ(managed.code, 0) << managed.err.toStdString();
    EXPECT_GT(queryOnce(db.conninfo(), count).toInt(), before.toInt());

    // Scripted onboarding: staff add with the password on standard input, then list.
    const QString newLogin = login(QStringLiteral("cli"));
    logins.append(newLogin);
    const QStringList add{QStringLiteral("staff"),           QStringLiteral("add"),
                          QStringLiteral("--login"),         newLogin,
                          QStringLiteral("--name"),          QStringLiteral("Casey Line"),
                          QStringLiteral("--roles"),         QStringLiteral("practitioner"),
                          QStringLiteral("--practitioner"),  QStringLiteral("iwizz"),
                          QStringLiteral("--password-stdin")};
    const CliRun byDesk = cliOn(as(QStringLiteral("desk")), add, kNow, kPassword.toUtf8() + '\n');
    EXPECT_EQ(byDesk.code, 5) << byDesk.err.toStdString();
    const CliRun byManager = cliOn(as(QStringLiteral("manager")), add, kNow, kPassword.toUtf8() + '\n');
    ASSERT_EQ(byManager.code, 0) << byManager.err.toStdString();
    const CliRun list =
        cliOn(as(QStringLiteral("manager")), {QStringLiteral("staff"), QStringLiteral("list")}, kNow);
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    const QJsonArray staff =
        QJsonDocument::fromJson(list.out).object().value(QStringLiteral("staff")).toArray();
    bool found = false;
    for (const QJsonValue &v : staff) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("login")).toString() == newLogin) {
            found = true;
            EXPECT_EQ(o.value(QStringLiteral("practitioner")).toString(), QStringLiteral("iwizz"));
            EXPECT_TRUE(o.value(QStringLiteral("can_sign_in")).toBool());
        }
    }
    EXPECT_TRUE(found) << list.out.toStdString();
    // The new practitioner login edits Isla's blocks, not David's.
    const QString casey = db.conninfo() + QStringLiteral(" user=") + newLogin;
    const QString islas =
        withIds(QStringLiteral("SELECT count(*) FROM availability_exceptions WHERE practitioner_id = IWIZZ"));
    EXPECT_EQ(runRolledBack(casey, withIds(QStringLiteral(
                                       "DELETE FROM availability_exceptions WHERE practitioner_id = IWIZZ")))
                  .rows,
              queryOnce(db.conninfo(), islas).toInt());
    EXPECT_EQ(runRolledBack(
                  casey, withIds(QStringLiteral("INSERT INTO availability_exceptions (practitioner_id, kind, "
                                                "start_date, end_date) VALUES (DBROWN, 'blocked', "
                                                "'2026-03-02', '2026-03-02')")))
                  .sqlState,
              QStringLiteral("42501"));

    // Bad input changes nothing and says what was wrong.
    const CliRun badRole =
        cliOn(as(QStringLiteral("manager")),
              {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
               login(QStringLiteral("bad")), QStringLiteral("--name"), QStringLiteral("B"),
               QStringLiteral("--roles"), QStringLiteral("superuser"), QStringLiteral("--password-stdin")},
              kNow, kPassword.toUtf8() + '\n');
    EXPECT_EQ(badRole.code, 2);
    EXPECT_TRUE(badRole.err.contains("superuser")) << badRole.err.toStdString();
    const CliRun shortPassword =
        cliOn(as(QStringLiteral("manager")),
              {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
               login(QStringLiteral("bad")), QStringLiteral("--name"), QStringLiteral("B"),
               QStringLiteral("--roles"), QStringLiteral("front_desk"), QStringLiteral("--password-stdin")},
              kNow, "short\n");
    EXPECT_EQ(shortPassword.code, 2);
    EXPECT_EQ(queryOnce(TestDatabase::adminConninfo(),
                        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'")
                            .arg(login(QStringLiteral("bad")))),
              QStringLiteral("0"));
}

} // namespace
