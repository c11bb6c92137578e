// Bulk changes against the real PostgreSQL (schema v6): a weekly-hours template applied
// to many practitioners from a date leaves earlier weeks alone; copying blocks and
// closure-day work to many adds only what is missing; every bulk change is one
// transaction and one group in the audit log; undoing the last one restores every row
// exactly (an appointment's version counter still moves forward), is refused when a row
// changed since or when it is not the last, and obeys who may change what; a staff member
// cannot file changes under somebody else's bulk change.
#include "engine/bulk.h"
#include "engine/bulkmove.h"
#include "engine/clinictime.h"
#include "engine/schedule.h"
#include "engine/staff.h"
#include "tests/support/seededdatabase.h"
#include "tests/support/stafflogin.h"

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QString kPassword = QStringLiteral("bulk test password");

QList<WorkingInterval> mornings()
{
    QList<WorkingInterval> out;
    for (int day = 1; day <= 5; ++day)
        out.append({day, 8 * 60, 12 * 60, {}, {}});
    return out;
}

QString describe(const QList<WorkingInterval> &hours)
{
    QStringList out;
    for (const WorkingInterval &w : hours)
        out << QStringLiteral("%1 %2-%3").arg(w.weekday).arg(w.start).arg(w.end);
    out.sort();
    return out.join(QLatin1Char(','));
}

class Bulk : public SeededDatabase
{
protected:
    void TearDown() override
    {
        pool.reset();
        for (const QString &login : std::as_const(m_logins))
            (void)execOnce(TestDatabase::adminConninfo(),
                           QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    }

    /// Every row of `table` as JSON, by id, leaving out what an undo may not restore.
    QString snapshot(const QString &table)
    {
        return queryOnce(
            db.conninfo(),
            QStringLiteral("SELECT coalesce(string_agg((to_jsonb(t) - 'version' - 'updated_at')::text,"
                           " E'\\n' ORDER BY id), '') FROM %1 t")
                .arg(table));
    }

    QString hoursOn(const QString &key, const QDate &date)
    {
        auto hours = pool->runBlocking(Access::Read,
                                       [key, date](Session &s) { return readWeeklyHours(s, key, date); });
        return hours ? describe(hours.value()) : hours.error().message;
    }

    /// A pool signed in as a new staff login with these roles.
    std::unique_ptr<ConnectionPool> signedIn(const QString &name, const QStringList &roles)
    {
        const QString login = db.loginPrefix() + QLatin1Char('_') + name;
        m_logins.append(login);
        EXPECT_EQ(addStaffLogin(*pool, login, name, roles, kPassword), QString());
        return std::make_unique<ConnectionPool>(db.target().withCredentials(login, QString()), PoolConfig{});
    }

    QStringList m_logins;
};

const QDateTime kNow = wallClockToInstant(QDate(2025, 12, 1), 8 * 60, QTimeZone("Australia/Sydney"));

} // namespace

TEST_F(Bulk, ATemplateFromADateLeavesEarlierWeeksAlone)
{
    ASSERT_TRUE(pool->runBlocking(Access::Write, [](Session &s) {
        saveHoursTemplate(s, QStringLiteral("Mornings"), mornings());
        return true;
    }));
    auto templates = pool->runBlocking(Access::Read, [](Session &s) { return listHoursTemplates(s); });
    ASSERT_TRUE(templates);
    ASSERT_EQ(templates.value().size(), 1);
    EXPECT_EQ(describe(templates.value().at(0).hours), describe(mornings()));

    const QString davidBefore = hoursOn(QStringLiteral("dbrown"), QDate(2026, 1, 5));
    const QString islaBefore = hoursOn(QStringLiteral("iwizz"), QDate(2026, 1, 5));
    const QStringList both{QStringLiteral("dbrown"), QStringLiteral("iwizz")};
    const QDate from(2026, 1, 12);
    auto preview = pool->runBlocking(
        Access::Read, [both, from](Session &s) { return previewHoursForMany(s, mornings(), both, from); });
    ASSERT_TRUE(preview) << preview.error().toString().toStdString();
    ASSERT_EQ(preview.value().size(), 2);
    EXPECT_EQ(describe(preview.value().at(0).before), hoursOn(QStringLiteral("dbrown"), from));
    EXPECT_TRUE(preview.value().at(0).changes());

    auto applied = pool->runBlocking(Access::Write, [both, from](Session &s) {
        return applyHoursToMany(s, mornings(), both, from, QStringLiteral("Mornings for everyone"));
    });
    ASSERT_TRUE(applied) << applied.error().toString().toStdString();
    // The week before keeps its hours; from the date on, the template's.
    EXPECT_EQ(hoursOn(QStringLiteral("dbrown"), QDate(2026, 1, 5)), davidBefore);
    EXPECT_EQ(hoursOn(QStringLiteral("iwizz"), QDate(2026, 1, 11)), islaBefore);
    EXPECT_EQ(hoursOn(QStringLiteral("dbrown"), from), describe(mornings()));
    EXPECT_EQ(hoursOn(QStringLiteral("iwizz"), QDate(2026, 6, 1)), describe(mornings()));
    // One bulk change, every audit entry of it in its group, none outside.
    const QString id = QString::number(applied.value());
    EXPECT_EQ(queryOnce(db.conninfo(), QStringLiteral("SELECT count(*) FROM bulk_operations")),
              QStringLiteral("1"));
    EXPECT_NE(
        queryOnce(db.conninfo(), QStringLiteral("SELECT count(*) FROM audit_log WHERE bulk_id = %1").arg(id)),
        QStringLiteral("0"));
    EXPECT_EQ(queryOnce(db.conninfo(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'working_hours'"
                                       " AND bulk_id IS NULL AND at > (SELECT at FROM bulk_operations)")),
              QStringLiteral("0"));
}

TEST_F(Bulk, UndoRestoresTheHoursExactly)
{
    const QString before = snapshot(QStringLiteral("working_hours"));
    auto applied = pool->runBlocking(Access::Write, [](Session &s) {
        return applyHoursToMany(s, mornings(), {QStringLiteral("dbrown"), QStringLiteral("iwizz")},
                                QDate(2026, 1, 12), QStringLiteral("Mornings"));
    });
    ASSERT_TRUE(applied);
    ASSERT_NE(snapshot(QStringLiteral("working_hours")), before);
    auto last = pool->runBlocking(Access::Read, [](Session &s) { return lastBulkChange(s); });
    ASSERT_TRUE(last && last.value().has_value());
    EXPECT_EQ(last.value()->id, applied.value());
    EXPECT_EQ(last.value()->kind, QStringLiteral("apply_hours"));
    EXPECT_GT(last.value()->entries, 0);

    const qint64 id = applied.value();
    auto undone = pool->runBlocking(Access::Write, [id](Session &s) { return undoBulkChange(s, id); });
    ASSERT_TRUE(undone) << undone.error().toString().toStdString();
    EXPECT_EQ(snapshot(QStringLiteral("working_hours")), before);
    // Nothing left to undo; the undo itself is in the audit log as its own group.
    auto none = pool->runBlocking(Access::Read, [](Session &s) { return lastBulkChange(s); });
    ASSERT_TRUE(none);
    EXPECT_FALSE(none.value().has_value());
    EXPECT_NE(
        queryOnce(db.conninfo(),
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE bulk_id = %1").arg(undone.value())),
        QStringLiteral("0"));
}

TEST_F(Bulk, CopyingBlocksAddsOnlyWhatIsMissingAndUndoes)
{
    // Isla has leave over Christmas (the seed); David gets it, once.
    const QString before = snapshot(QStringLiteral("availability_exceptions"));
    const QDate from(2025, 12, 1);
    auto preview = pool->runBlocking(Access::Read, [from](Session &s) {
        return previewCopy(s, QStringLiteral("iwizz"), {QStringLiteral("dbrown")}, CopyKind::Blocks, from);
    });
    ASSERT_TRUE(preview) << preview.error().toString().toStdString();
    ASSERT_EQ(preview.value().size(), 1);
    EXPECT_EQ(preview.value().at(0).practitionerKey, QStringLiteral("dbrown"));
    EXPECT_EQ(preview.value().at(0).reason, QStringLiteral("Leave"));
    auto copied = pool->runBlocking(Access::Write, [from](Session &s) {
        return copyExceptions(s, QStringLiteral("iwizz"), {QStringLiteral("dbrown")}, CopyKind::Blocks, from);
    });
    ASSERT_TRUE(copied);
    EXPECT_GT(copied.value(), 0);
    auto again = pool->runBlocking(Access::Write, [from](Session &s) {
        return copyExceptions(s, QStringLiteral("iwizz"), {QStringLiteral("dbrown")}, CopyKind::Blocks, from);
    });
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value(), 0); // nothing missing: nothing added, no empty bulk change
    // David's closure-day work goes to Isla too.
    auto overrides = pool->runBlocking(Access::Write, [from](Session &s) {
        return copyExceptions(s, QStringLiteral("dbrown"), {QStringLiteral("iwizz")}, CopyKind::Overrides,
                              from);
    });
    ASSERT_TRUE(overrides);
    EXPECT_EQ(queryOnce(db.conninfo(),
                        QStringLiteral("SELECT count(*) FROM availability_exceptions WHERE kind = 'work'")),
              QStringLiteral("2"));
    // Undo goes back one bulk change at a time, and only from the last.
    const qint64 first = copied.value();
    const qint64 second = overrides.value();
    auto early = pool->runBlocking(Access::Write, [first](Session &s) { return undoBulkChange(s, first); });
    ASSERT_FALSE(early);
    EXPECT_TRUE(early.error().message.contains(QLatin1String("last"))) << early.error().message.toStdString();
    ASSERT_TRUE(pool->runBlocking(Access::Write, [second](Session &s) { return undoBulkChange(s, second); }));
    ASSERT_TRUE(pool->runBlocking(Access::Write, [first](Session &s) { return undoBulkChange(s, first); }));
    EXPECT_EQ(snapshot(QStringLiteral("availability_exceptions")), before);
}

TEST_F(Bulk, UndoIsRefusedWhenARowChangedSince)
{
    auto applied = pool->runBlocking(Access::Write, [](Session &s) {
        return applyHoursToMany(s, mornings(), {QStringLiteral("dbrown")}, QDate(2026, 1, 12),
                                QStringLiteral("Mornings"));
    });
    ASSERT_TRUE(applied);
    ASSERT_EQ(db.execAdmin(
                  QStringLiteral("UPDATE working_hours SET end_minute = 700 WHERE valid_from = '2026-01-12'"
                                 " AND weekday = 1")),
              QString());
    const QString changed = snapshot(QStringLiteral("working_hours"));
    const qint64 id = applied.value();
    auto undone = pool->runBlocking(Access::Write, [id](Session &s) { return undoBulkChange(s, id); });
    ASSERT_FALSE(undone);
    EXPECT_EQ(undone.error().code, ErrorCode::StaleVersion);
    EXPECT_TRUE(undone.error().message.contains(QLatin1String("changed after")))
        << undone.error().message.toStdString();
    EXPECT_EQ(snapshot(QStringLiteral("working_hours")), changed); // nothing half-undone
}

TEST_F(Bulk, ABulkMoveIsUndoneByWhoMadeItOrAManagerOnly)
{
    ASSERT_EQ(
        db.execAdmin(QStringLiteral("INSERT INTO availability_exceptions (kind, start_date, end_date, reason)"
                                    " VALUES ('closure', '2025-12-22', '2025-12-22', 'Training')")),
        QString());
    auto desk = signedIn(QStringLiteral("desk"), {QStringLiteral("front_desk")});
    auto other = signedIn(QStringLiteral("desk2"), {QStringLiteral("front_desk")});
    auto manager = signedIn(QStringLiteral("boss"), {QStringLiteral("manager")});
    const QString before = snapshot(QStringLiteral("appointments"));
    auto moved = desk->runBlocking(Access::Write, [](Session &s) {
        const QList<AppointmentSummary> hit = findConflicts(s, QDate(2025, 12, 22), QDate(2025, 12, 22));
        return applyBulkMove(s, planBulkMove(s, hit, kNow), kNow).size();
    });
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(moved.value(), 2);
    auto last = desk->runBlocking(Access::Read, [](Session &s) { return lastBulkChange(s); });
    ASSERT_TRUE(last && last.value().has_value());
    const qint64 id = last.value()->id;
    EXPECT_EQ(last.value()->actor, m_logins.at(0));

    auto byOther = other->runBlocking(Access::Write, [id](Session &s) { return undoBulkChange(s, id); });
    ASSERT_FALSE(byOther);
    EXPECT_EQ(byOther.error().code, ErrorCode::PermissionDenied) << byOther.error().toString().toStdString();
    auto byDesk = desk->runBlocking(Access::Write, [id](Session &s) { return undoBulkChange(s, id); });
    ASSERT_TRUE(byDesk) << byDesk.error().toString().toStdString();
    EXPECT_EQ(snapshot(QStringLiteral("appointments")), before);
    // The versions moved on: an edit made against the moved appointment is stale now.
    EXPECT_EQ(
        queryOnce(db.conninfo(),
                  QStringLiteral("SELECT min(version) FROM appointments WHERE patient_name = 'R. Jones'")),
        QStringLiteral("3"));

    // A manager may undo somebody else's.
    auto again = desk->runBlocking(Access::Write, [](Session &s) {
        const QList<AppointmentSummary> hit = findConflicts(s, QDate(2025, 12, 22), QDate(2025, 12, 22));
        return applyBulkMove(s, planBulkMove(s, hit, kNow), kNow).size();
    });
    ASSERT_TRUE(again);
    auto id2 = desk->runBlocking(Access::Read, [](Session &s) { return lastBulkChange(s)->id; });
    ASSERT_TRUE(id2);
    const qint64 second = id2.value();
    ASSERT_TRUE(
        manager->runBlocking(Access::Write, [second](Session &s) { return undoBulkChange(s, second); }));
    EXPECT_EQ(snapshot(QStringLiteral("appointments")), before);
}

TEST_F(Bulk, NobodyFilesChangesUnderSomebodyElsesBulkChange)
{
    auto desk = signedIn(QStringLiteral("desk"), {QStringLiteral("front_desk")});
    auto applied = pool->runBlocking(Access::Write, [](Session &s) {
        return applyHoursToMany(s, mornings(), {QStringLiteral("dbrown")}, QDate(2026, 1, 12),
                                QStringLiteral("Mornings"));
    });
    ASSERT_TRUE(applied);
    const QString id = QString::number(applied.value());
    // The desk names that bulk change and books: the booking is not filed under it.
    auto booked = desk->runBlocking(Access::Write, [id](Session &s) {
        Transaction tx(s);
        s.exec(QStringLiteral("SELECT set_config('caredesk.bulk_id', ?, true)"), {id});
        BookingRequest r;
        r.practitionerKey = QStringLiteral("dbrown");
        r.start = wallClockToInstant(QDate(2025, 12, 2), 9 * 60, QTimeZone("Australia/Sydney"));
        r.patient = QStringLiteral("Sneaky");
        const Appointment a = book(s, r, kNow);
        tx.commit();
        return a.id;
    });
    ASSERT_TRUE(booked) << booked.error().toString().toStdString();
    EXPECT_EQ(queryOnce(db.conninfo(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'appointments'"
                                       " AND row_id = %1 AND bulk_id IS NULL")
                            .arg(booked.value())),
              QStringLiteral("1"));
    // Nor can anyone record a bulk change in another's name.
    const QString login = m_logins.at(0);
    EXPECT_TRUE(queryOnce(db.conninfo() + QStringLiteral(" user=") + login,
                          QStringLiteral("INSERT INTO bulk_operations (kind, summary, actor) VALUES"
                                         " ('move', 'x', 'somebody') RETURNING id"))
                    .startsWith(QLatin1String("error")));
}

TEST_F(Bulk, AnAppointmentMovedThenCancelledIsUndoneStepByStepInAnyTimeZone)
{
    ASSERT_EQ(
        db.execAdmin(QStringLiteral("INSERT INTO availability_exceptions (kind, start_date, end_date, reason)"
                                    " VALUES ('closure', '2025-12-22', '2025-12-22', 'Training')")),
        QString());
    const QString before = snapshot(QStringLiteral("appointments"));
    // Moved from a session in Sydney time, cancelled from one in New York time...
    auto moved = pool->runBlocking(Access::Write, [](Session &s) {
        s.exec(QStringLiteral("SET TimeZone = 'Australia/Sydney'"));
        const QList<AppointmentSummary> hit = findConflicts(s, QDate(2025, 12, 22), QDate(2025, 12, 22));
        applyBulkMove(s, planBulkMove(s, hit, kNow), kNow);
        s.exec(QStringLiteral("SET TimeZone = 'America/New_York'"));
        QList<AppointmentSummary> jones;
        for (const AppointmentSummary &a : daySheet(s, QDate(2025, 12, 23), QStringLiteral("dbrown")))
            if (a.patient == QLatin1String("R. Jones"))
                jones.append(a);
        cancelAppointments(s, jones);
        return jones.size();
    });
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    ASSERT_EQ(moved.value(), 1);
    // ...and undone, last first, from a session in UTC.
    for (int step = 0; step < 2; ++step) {
        auto undone = pool->runBlocking(Access::Write, [](Session &s) {
            s.exec(QStringLiteral("SET TimeZone = 'UTC'"));
            return undoBulkChange(s, lastBulkChange(s)->id);
        });
        ASSERT_TRUE(undone) << undone.error().toString().toStdString();
    }
    EXPECT_EQ(snapshot(QStringLiteral("appointments")), before);
}

TEST_F(Bulk, NobodyWritesBulkChangesByHandOrMarksThemUndone)
{
    auto desk = signedIn(QStringLiteral("desk"), {QStringLiteral("front_desk")});
    const QString asDesk = db.conninfo() + QStringLiteral(" user=") + m_logins.at(0);
    auto applied = pool->runBlocking(Access::Write, [](Session &s) {
        return applyHoursToMany(s, mornings(), {QStringLiteral("dbrown")}, QDate(2026, 1, 12),
                                QStringLiteral("Mornings"));
    });
    ASSERT_TRUE(applied);
    const QString id = QString::number(applied.value());
    // Writing the table directly: refused.
    EXPECT_TRUE(
        queryOnce(asDesk, QStringLiteral("INSERT INTO bulk_operations (kind, summary) VALUES ('move', 'x')"
                                         " RETURNING id"))
            .startsWith(QLatin1String("error")));
    EXPECT_TRUE(
        execOnce(asDesk, QStringLiteral("UPDATE bulk_operations SET undone_by = %1 WHERE id = %1").arg(id))
            .contains(QLatin1String("permission denied")));
    // Starting an undo of the manager's change: refused; of one's own without restoring
    // anything: refused when it commits.
    EXPECT_TRUE(queryOnce(asDesk, QStringLiteral("SELECT caredesk_begin_undo(%1, 'x')").arg(id))
                    .startsWith(QLatin1String("error")));
    auto own = desk->runBlocking(Access::Write, [](Session &s) {
        QList<AppointmentSummary> smith;
        for (const AppointmentSummary &a : daySheet(s, QDate(2025, 12, 22), QStringLiteral("dbrown")))
            if (a.patient == QLatin1String("P. Smith"))
                smith.append(a);
        cancelAppointments(s, smith);
        return lastBulkChange(s)->id;
    });
    ASSERT_TRUE(own) << own.error().toString().toStdString();
    const QString ownId = QString::number(own.value());
    EXPECT_NE(execOnce(asDesk, QStringLiteral("SELECT caredesk_begin_undo(%1, 'x')").arg(ownId)), QString());
    EXPECT_EQ(queryOnce(db.conninfo(),
                        QStringLiteral("SELECT count(*) FROM bulk_operations WHERE undone_by IS NOT NULL")),
              QStringLiteral("0"));
}
