// Waitlist matching, pure (matchFreeTime): oldest entry first, each with its earliest
// fit; practitioner or anyone; dates, weekdays, time of day and length all respected; a
// stretch cut to the range unless whole stretches are asked for; a daylight-saving day
// checked as instants.
#include "engine/clinictime.h"
#include "engine/waitlist.h"

#include <gtest/gtest.h>

using namespace caredesk;

namespace {

const QTimeZone kSydney("Australia/Sydney");

qint64 at(const QDate &d, WallMinutes m)
{
    return wallClockToInstant(d, m, kSydney).toMSecsSinceEpoch();
}

/// One practitioner free on each day from `from` to `to` (wall clock, every listed day).
PractitionerAvailability freeOn(const QString &key, qint64 id, const QList<QDate> &days, WallMinutes from,
                                WallMinutes to)
{
    PractitionerAvailability p;
    p.practitioner = {id, key, key};
    for (const QDate &d : days) {
        DayAvailability day;
        day.date = d;
        day.status = DayStatus::Open;
        day.free = {{at(d, from), at(d, to)}};
        p.days.append(day);
    }
    return p;
}

WaitlistEntry wants(qint64 id, const QString &key, const QDate &from, const QDate &to, int minutes)
{
    WaitlistEntry e;
    e.id = id;
    e.patient = QStringLiteral("Patient %1").arg(id);
    e.practitionerKey = key;
    e.earliest = from;
    e.latest = to;
    e.minutes = minutes;
    e.status = QStringLiteral("open");
    e.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + id * 60'000, QTimeZone::utc());
    return e;
}

QStringList describe(const QList<WaitlistOffer> &offers)
{
    QStringList out;
    for (const WaitlistOffer &o : offers)
        out << QStringLiteral("%1 %2 %3")
                   .arg(o.entry.id)
                   .arg(o.practitionerKey,
                        o.start.toTimeZone(kSydney).toString(QStringLiteral("MM-dd HH:mm")));
    return out;
}

} // namespace

TEST(WaitlistMatch, EachEntryGetsItsEarliestFitOldestFirst)
{
    const QDate mon(2025, 12, 1);
    const QList<QDate> week{mon, mon.addDays(1), mon.addDays(2), mon.addDays(3), mon.addDays(4)};
    const QList<PractitionerAvailability> free{freeOn(QStringLiteral("amy"), 1, week, 9 * 60, 12 * 60),
                                               freeOn(QStringLiteral("ben"), 2, week, 8 * 60, 10 * 60)};
    struct Case
    {
        const char *what;
        WaitlistEntry entry;
        const char *offer; ///< empty: none
    };
    auto with = [](WaitlistEntry e, auto change) {
        change(e);
        return e;
    };
    const QDate fri = mon.addDays(4);
    const Case cases[] = {
        {"anyone: the earliest start of all", wants(1, {}, mon, fri, 30), "1 ben 12-01 08:00"},
        {"only Amy", wants(2, QStringLiteral("amy"), mon, fri, 30), "2 amy 12-01 09:00"},
        {"from Wednesday", wants(3, {}, mon.addDays(2), fri, 30), "3 ben 12-03 08:00"},
        {"Thursdays only", with(wants(4, {}, mon, fri, 30), [](WaitlistEntry &e) { e.weekdays = {4}; }),
         "4 ben 12-04 08:00"},
        {"from 09:00 both are free: a tie goes to the first practitioner",
         with(wants(11, {}, mon, fri, 30), [](WaitlistEntry &e) { e.dayFrom = 9 * 60; }),
         "11 amy 12-01 09:00"},
        {"after 11:00", with(wants(5, {}, mon, fri, 30), [](WaitlistEntry &e) { e.dayFrom = 11 * 60; }),
         "5 amy 12-01 11:00"},
        {"two hours: only Amy's mornings are long enough", wants(6, {}, mon, fri, 150), "6 amy 12-01 09:00"},
        {"four hours: nobody", wants(7, {}, mon, fri, 240), ""},
        {"a weekend: nobody", wants(8, {}, QDate(2025, 12, 6), QDate(2025, 12, 7), 30), ""},
        {"an unknown practitioner: nobody", wants(9, QStringLiteral("cat"), mon, fri, 30), ""},
        {"by 08:20: too short",
         with(wants(10, {}, mon, fri, 30), [](WaitlistEntry &e) { e.dayTo = 8 * 60 + 20; }), ""},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.what);
        const QStringList got =
            describe(matchFreeTime({c.entry}, free, kSydney, at(mon, 0), at(fri, kEndOfDay), false));
        EXPECT_EQ(got.join(QLatin1Char(',')).toStdString(), c.offer);
    }
    // Several at once come out oldest first, whatever order they are given in.
    QList<WaitlistEntry> many{wants(3, {}, mon, fri, 30), wants(1, QStringLiteral("amy"), mon, fri, 30),
                              wants(2, {}, mon, fri, 30)};
    many[0].createdAt = many[1].createdAt.addSecs(-60); // entry 3 was made first
    EXPECT_EQ(describe(matchFreeTime(many, free, kSydney, at(mon, 0), at(fri, kEndOfDay), false)),
              (QStringList{QStringLiteral("3 ben 12-01 08:00"), QStringLiteral("1 amy 12-01 09:00"),
                           QStringLiteral("2 ben 12-01 08:00")}));
    // Closed entries are not offered anything.
    WaitlistEntry booked = wants(12, {}, mon, fri, 30);
    booked.status = QStringLiteral("booked");
    EXPECT_TRUE(matchFreeTime({booked}, free, kSydney, at(mon, 0), at(fri, kEndOfDay), false).isEmpty());
}

TEST(WaitlistMatch, ARangeCutsTheFreeTimeUnlessWholeStretchesAreAsked)
{
    const QDate mon(2025, 12, 1);
    const QList<PractitionerAvailability> free{freeOn(QStringLiteral("amy"), 1, {mon}, 9 * 60, 12 * 60)};
    const WaitlistEntry hour = wants(1, {}, mon, mon, 60);
    // The freed half hour 10:00-10:30 alone is too short; with the free time around it, not.
    EXPECT_TRUE(
        matchFreeTime({hour}, free, kSydney, at(mon, 10 * 60), at(mon, 10 * 60 + 30), false).isEmpty());
    EXPECT_EQ(describe(matchFreeTime({hour}, free, kSydney, at(mon, 10 * 60), at(mon, 10 * 60 + 30), true)),
              QStringList{QStringLiteral("1 amy 12-01 09:00")});
}

TEST(WaitlistMatch, ADaylightSavingDayIsCheckedAsInstants)
{
    // Sydney springs forward at 02:00 on Sunday 4 October 2026: 01:00-04:00 on the wall
    // clock is two real hours, and 02:30 does not exist (it reads as 03:30).
    const QDate sunday(2026, 10, 4);
    const QList<PractitionerAvailability> free{freeOn(QStringLiteral("amy"), 1, {sunday}, 60, 4 * 60)};
    WaitlistEntry half = wants(1, {}, sunday, sunday, 30);
    half.dayFrom = 2 * 60 + 30;
    WaitlistEntry hour = half;
    hour.id = 2;
    hour.minutes = 60;
    const auto offers =
        matchFreeTime({half, hour}, free, kSydney, at(sunday, 0), at(sunday, kEndOfDay), false);
    EXPECT_EQ(describe(offers), QStringList{QStringLiteral("1 amy 10-04 03:30")});
    ASSERT_EQ(offers.size(), 1);
    EXPECT_EQ(offers.first().start.secsTo(offers.first().end), 30 * 60);
}
