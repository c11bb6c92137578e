// The waitlist against the real PostgreSQL (schema v8), on the seed clinic: an entry that
// cannot be satisfied is refused naming the field and nothing is written; a free slot is
// offered to the entries it fits (practitioner or any, dates, weekday, time of day,
// length), oldest entry first; a cancelled appointment's slot (with the free time around
// it) is offered at once; booking an offer closes the entry in the same transaction,
// once; a closure or booked time is never offered.
#include "engine/booking.h"
#include "engine/clinictime.h"
#include "engine/waitlist.h"
#include "tests/support/clirun.h"
#include "tests/support/seededdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QTimeZone kSydney("Australia/Sydney");
const QDateTime kNow = wallClockToInstant(QDate(2025, 11, 28), 8 * 60, kSydney);
const QString kNowText = QStringLiteral("2025-11-28T08:00:00+11:00");

QString wall(const QDateTime &t)
{
    return t.toTimeZone(kSydney).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

WaitlistEntry entry(const QString &patient, const QString &key, const QDate &from, const QDate &to,
                    int minutes)
{
    WaitlistEntry e;
    e.patient = patient;
    e.practitionerKey = key;
    e.earliest = from;
    e.latest = to;
    e.minutes = minutes;
    return e;
}

class Waitlist : public SeededDatabase
{
protected:
    Result<WaitlistEntry> add(const WaitlistEntry &e)
    {
        return pool->runBlocking(Access::Write, [e](Session &s) { return addWaitlistEntry(s, e, kNow); });
    }
    QStringList match(const QDate &from, const QDate &to, const QStringList &keys = {})
    {
        const QDateTime start = wallClockToInstant(from, 0, kSydney);
        const QDateTime end = wallClockToInstant(to, kEndOfDay, kSydney);
        auto offers = pool->runBlocking(Access::Read, [keys, start, end](Session &s) {
            return matchWaitlist(s, keys, start, end, kNow);
        });
        EXPECT_TRUE(offers) << (offers ? std::string() : offers.error().toString().toStdString());
        return offers ? describe(offers.value()) : QStringList();
    }
    static QStringList describe(const QList<WaitlistOffer> &offers)
    {
        QStringList out;
        for (const WaitlistOffer &o : offers)
            out << QStringLiteral("%1: %2 %3-%4")
                       .arg(o.entry.patient, o.practitionerKey, wall(o.start),
                            o.end.toTimeZone(kSydney).toString(QStringLiteral("HH:mm")));
        return out;
    }
    QString count(const QString &sql) { return queryOnce(db.conninfo(), sql); }
};

TEST_F(Waitlist, AnEntryThatCannotBeSatisfiedIsRefusedNamingTheFieldAndNothingIsWritten)
{
    struct Bad
    {
        const char *what;
        WaitlistEntry e;
        const char *message;
    };
    auto with = [](auto change) {
        WaitlistEntry e = entry(QStringLiteral("Ann Lee"), {}, QDate(2025, 12, 1), QDate(2025, 12, 19), 30);
        change(e);
        return e;
    };
    const Bad cases[] = {
        {"no patient", with([](WaitlistEntry &e) { e.patient = QStringLiteral("  "); }),
         "patient's name is missing"},
        {"dates reversed", with([](WaitlistEntry &e) { e.latest = QDate(2025, 11, 30); }),
         "the latest date 2025-11-30 is before the earliest 2025-12-01"},
        {"window passed", with([](WaitlistEntry &e) {
             e.earliest = QDate(2025, 11, 1);
             e.latest = QDate(2025, 11, 20);
         }),
         "the latest date 2025-11-20 has passed"},
        {"no such weekday", with([](WaitlistEntry &e) {
             e.earliest = QDate(2025, 12, 6);
             e.latest = QDate(2025, 12, 7);
             e.weekdays = {1, 2};
         }),
         "none of the weekdays falls between 2025-12-06 and 2025-12-07"},
        {"time of day too short", with([](WaitlistEntry &e) {
             e.dayFrom = 9 * 60;
             e.dayTo = 9 * 60 + 15;
         }),
         "09:00 to 09:15 is shorter than the 30 minutes wanted"},
        {"length", with([](WaitlistEntry &e) { e.minutes = 600; }), "5 to 480 minutes, not 600"},
        {"weekday 8", with([](WaitlistEntry &e) { e.weekdays = {8}; }), "not 8"},
        {"unknown practitioner", with([](WaitlistEntry &e) { e.practitionerKey = QStringLiteral("nobody"); }),
         "Unknown practitioner: nobody"},
    };
    for (const Bad &c : cases) {
        SCOPED_TRACE(c.what);
        const auto made = add(c.e);
        ASSERT_FALSE(made);
        EXPECT_EQ(made.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(made.error().message.contains(QString::fromUtf8(c.message)))
            << made.error().message.toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM waitlist_entries")), QStringLiteral("0"));
    // The command line: exit 2, the field named, nothing written.
    const CliRun run = cli(db,
                           {QStringLiteral("waitlist"), QStringLiteral("add"), QStringLiteral("--patient"),
                            QStringLiteral("Ann Lee"), QStringLiteral("--from"), QStringLiteral("2025-12-10"),
                            QStringLiteral("--to"), QStringLiteral("2025-12-01"), QStringLiteral("--minutes"),
                            QStringLiteral("30")},
                           kNowText);
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains("waitlist window is empty")) << run.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM waitlist_entries")), QStringLiteral("0"));
}

TEST_F(Waitlist, AFreeSlotIsOfferedToTheEntriesItFitsOldestFirst)
{
    // Oldest first: created one after another.
    WaitlistEntry mondays = entry(QStringLiteral("Ann Lee"), QStringLiteral("dbrown"), QDate(2025, 12, 1),
                                  QDate(2025, 12, 19), 30);
    mondays.weekdays = {1};
    mondays.dayFrom = 14 * 60;
    mondays.dayTo = 17 * 60;
    ASSERT_TRUE(add(mondays));
    ASSERT_TRUE(add(entry(QStringLiteral("Bo Chan"), {}, QDate(2025, 12, 2), QDate(2025, 12, 31), 60)));
    ASSERT_TRUE(add(entry(QStringLiteral("Cy Dunn"), QStringLiteral("iwizz"), QDate(2025, 12, 24),
                          QDate(2026, 1, 5), 30))); // Isla is on leave all that time
    ASSERT_TRUE(add(entry(QStringLiteral("Di Eve"), QStringLiteral("dbrown"), QDate(2025, 12, 1),
                          QDate(2025, 12, 31), 300))); // longer than any stretch he works
    EXPECT_EQ(match(QDate(2025, 12, 1), QDate(2025, 12, 5)),
              (QStringList{QStringLiteral("Ann Lee: dbrown 2025-12-01 14:00-14:30"),
                           QStringLiteral("Bo Chan: iwizz 2025-12-02 08:00-09:00")}));
    // Only David's time: Bo takes his first free hour.
    EXPECT_EQ(match(QDate(2025, 12, 2), QDate(2025, 12, 2), {QStringLiteral("dbrown")}),
              (QStringList{QStringLiteral("Bo Chan: dbrown 2025-12-02 09:00-10:00")}));
    // The Christmas closure offers nothing, but for the day David works anyway (10:00-14:00).
    EXPECT_EQ(match(QDate(2025, 12, 24), QDate(2026, 1, 2)),
              (QStringList{QStringLiteral("Bo Chan: dbrown 2025-12-29 10:00-11:00")}));
    // The command line prints the same offers.
    const CliRun run =
        cli(db,
            {QStringLiteral("waitlist"), QStringLiteral("match"), QStringLiteral("--from"),
             QStringLiteral("2025-12-01"), QStringLiteral("--to"), QStringLiteral("2025-12-05")},
            kNowText);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray offers =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("offers")).toArray();
    ASSERT_EQ(offers.size(), 2);
    EXPECT_EQ(offers.at(0)[QStringLiteral("entry")][QStringLiteral("patient")].toString(),
              QStringLiteral("Ann Lee"));
    EXPECT_EQ(offers.at(1)[QStringLiteral("start")].toString(), QStringLiteral("2025-12-02T08:00:00+11:00"));
}

TEST_F(Waitlist, ACancelledAppointmentsSlotIsOfferedAndBookingItClosesTheEntryOnce)
{
    // David's 22 December morning: R. Jones 10:00-11:00; the rest booked solid by two
    // walk-ins, so nothing is free until R. Jones cancels.
    for (const QString &start : {QStringLiteral("2025-12-22T09:30"), QStringLiteral("2025-12-22T11:00")}) {
        BookingRequest b;
        b.practitionerKey = QStringLiteral("dbrown");
        b.start = wallClockToInstant(QDate(2025, 12, 22), parseWallMinutes(start.mid(11)), kSydney);
        b.minutes = start.endsWith(QLatin1String("09:30")) ? 30 : 90;
        b.patient = QStringLiteral("Walk In");
        ASSERT_TRUE(pool->runBlocking(Access::Write, [b](Session &s) { return book(s, b, kNow); }));
    }
    WaitlistEntry want = entry(QStringLiteral("Ann Lee"), QStringLiteral("dbrown"), QDate(2025, 12, 22),
                               QDate(2025, 12, 22), 60);
    want.dayTo = 12 * 60;
    ASSERT_TRUE(add(want));
    ASSERT_TRUE(add(entry(QStringLiteral("Bo Chan"), {}, QDate(2025, 12, 22), QDate(2025, 12, 22), 30)));
    EXPECT_EQ(match(QDate(2025, 12, 22), QDate(2025, 12, 22), {QStringLiteral("dbrown")}),
              (QStringList{QStringLiteral("Bo Chan: dbrown 2025-12-22 13:30-14:00")}));

    const qint64 jones =
        count(QStringLiteral("SELECT id FROM appointments WHERE patient_name = 'R. Jones'")).toLongLong();
    ASSERT_TRUE(
        pool->runBlocking(Access::Write, [jones](Session &s) { return cancel(s, jones, std::nullopt); }));
    auto freed = pool->runBlocking(Access::Read,
                                   [jones](Session &s) { return matchFreedAppointment(s, jones, kNow); });
    ASSERT_TRUE(freed);
    EXPECT_EQ(describe(freed.value()),
              (QStringList{QStringLiteral("Ann Lee: dbrown 2025-12-22 10:00-11:00"),
                           QStringLiteral("Bo Chan: dbrown 2025-12-22 10:00-10:30")}));

    // Ann takes it: booked and closed in one go; Bo is offered what is left.
    const WaitlistOffer offer = freed.value().first();
    const QUuid request = QUuid::createUuid();
    const auto booked = pool->runBlocking(Access::Write, [offer, request](Session &s) {
        return bookFromWaitlist(s, offer.entry.id, offer.practitionerKey, offer.start, request, kNow);
    });
    ASSERT_TRUE(booked) << booked.error().toString().toStdString();
    EXPECT_EQ(booked.value().patient, QStringLiteral("Ann Lee"));
    EXPECT_EQ(booked.value().start.secsTo(booked.value().end), 3600);
    EXPECT_EQ(
        count(QStringLiteral("SELECT status || ' ' || appointment_id FROM waitlist_entries WHERE id = %1")
                  .arg(offer.entry.id)),
        QStringLiteral("booked %1").arg(booked.value().id));
    // The same acceptance again (a retry) answers the same appointment.
    const auto retry = pool->runBlocking(Access::Write, [offer, request](Session &s) {
        return bookFromWaitlist(s, offer.entry.id, offer.practitionerKey, offer.start, request, kNow);
    });
    ASSERT_TRUE(retry);
    EXPECT_EQ(retry.value().id, booked.value().id);
    // A new acceptance of a closed entry is refused.
    const auto twice = pool->runBlocking(Access::Write, [offer](Session &s) {
        return bookFromWaitlist(s, offer.entry.id, offer.practitionerKey, offer.start.addSecs(7200),
                                QUuid::createUuid(), kNow);
    });
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::NotAllowed);
    freed = pool->runBlocking(Access::Read,
                              [jones](Session &s) { return matchFreedAppointment(s, jones, kNow); });
    ASSERT_TRUE(freed);
    EXPECT_EQ(describe(freed.value()), QStringList());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM appointments WHERE patient_name = 'Ann Lee'")),
              QStringLiteral("1"));
}

TEST_F(Waitlist, AnEntryForOnePractitionerIsNotBookedWithAnother)
{
    const auto made = add(entry(QStringLiteral("Ann Lee"), QStringLiteral("dbrown"), QDate(2025, 12, 1),
                                QDate(2025, 12, 19), 30));
    ASSERT_TRUE(made);
    const qint64 id = made.value().id;
    const auto refused = pool->runBlocking(Access::Write, [id](Session &s) {
        return bookFromWaitlist(s, id, QStringLiteral("iwizz"),
                                wallClockToInstant(QDate(2025, 12, 2), 8 * 60, kSydney), QUuid::createUuid(),
                                kNow);
    });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::NotAllowed);
    EXPECT_EQ(count(QStringLiteral("SELECT status FROM waitlist_entries WHERE id = %1").arg(id)),
              QStringLiteral("open"));
    const auto removed =
        pool->runBlocking(Access::Write, [id](Session &s) { return removeWaitlistEntry(s, id); });
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed.value().status, QStringLiteral("removed"));
    EXPECT_EQ(match(QDate(2025, 12, 1), QDate(2025, 12, 19)), QStringList());
}

TEST_F(Waitlist, NewHoursOrARemovedBlockFreeTimeForTheWaitlist)
{
    ASSERT_TRUE(add(entry(QStringLiteral("Ann Lee"), QStringLiteral("dbrown"), QDate(2025, 12, 6),
                          QDate(2025, 12, 6), 30)));
    EXPECT_EQ(match(QDate(2025, 12, 6), QDate(2025, 12, 6)), QStringList()); // he does not work Saturdays
    ASSERT_EQ(db.execAdmin(QStringLiteral("INSERT INTO working_hours (practitioner_id, weekday, start_minute,"
                                          " end_minute) SELECT id, 6, 600, 720 FROM practitioners"
                                          " WHERE key = 'dbrown'")),
              QString());
    EXPECT_EQ(match(QDate(2025, 12, 6), QDate(2025, 12, 6)),
              QStringList{QStringLiteral("Ann Lee: dbrown 2025-12-06 10:00-10:30")});
    ASSERT_EQ(
        db.execAdmin(QStringLiteral("INSERT INTO availability_exceptions (practitioner_id, kind, start_date,"
                                    " end_date, reason) SELECT id, 'blocked', '2025-12-06', '2025-12-06',"
                                    " 'Course' FROM practitioners WHERE key = 'dbrown'")),
        QString());
    EXPECT_EQ(match(QDate(2025, 12, 6), QDate(2025, 12, 6)), QStringList());
    ASSERT_EQ(db.execAdmin(QStringLiteral("DELETE FROM availability_exceptions WHERE reason = 'Course'")),
              QString());
    EXPECT_EQ(match(QDate(2025, 12, 6), QDate(2025, 12, 6)),
              QStringList{QStringLiteral("Ann Lee: dbrown 2025-12-06 10:00-10:30")});
}

} // namespace
