// Reading holiday calendars (libical, no database): how long a preview waits for the
// reader on calendars from a typical public-holiday feed to the largest one accepted.
// Prints the median of repeated reads; compare rows of one run, not runs on different days.
#include "engine/icalendar.h"
#include "tests/support/fixtures.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace caredesk;
using namespace caredesk::test;

namespace {

/// `events` all-day events, one every other day from 2026-01-01 (near the reader's limit
/// of 5,000 events at the top).
QByteArray manyEvents(int events)
{
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CareDesk bench//EN\r\n";
    const QDate first(2026, 1, 1);
    for (int i = 0; i < events; ++i) {
        const QDate d = first.addDays(2 * i);
        ics += "BEGIN:VEVENT\r\nUID:bench-" + QByteArray::number(i) +
               "@caredesk.test\r\nDTSTART;VALUE=DATE:" + d.toString(QStringLiteral("yyyyMMdd")).toLatin1() +
               "\r\nSUMMARY:Holiday " + QByteArray::number(i) + "\r\nEND:VEVENT\r\n";
    }
    return ics + "END:VCALENDAR\r\n";
}

/// `rules` yearly events with an EXDATE each, expanded over the range.
QByteArray manyRules(int rules)
{
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CareDesk bench//EN\r\n";
    for (int i = 0; i < rules; ++i) {
        const QDate d = QDate(2000, 1, 1).addDays(i % 365);
        const QByteArray day = d.toString(QStringLiteral("MMdd")).toLatin1();
        ics += "BEGIN:VEVENT\r\nUID:rule-" + QByteArray::number(i) +
               "@caredesk.test\r\nDTSTART;VALUE=DATE:2000" + day +
               "\r\nRRULE:FREQ=YEARLY\r\nEXDATE;VALUE=DATE:2030" + day + "\r\nSUMMARY:Rule " +
               QByteArray::number(i) + "\r\nEND:VEVENT\r\n";
    }
    return ics + "END:VCALENDAR\r\n";
}

void measure(const char *label, const QByteArray &ics, const QDate &from, const QDate &to, int repeats)
{
    const QTimeZone sydney("Australia/Sydney");
    std::vector<double> ms;
    qsizetype closures = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        const auto r = readHolidayCalendar(ics, sydney, from, to);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r)
            qFatal("%s: %s", label, qPrintable(r.error().message));
        closures = r.value().occurrences.size();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-46s %8lld KB %6lld closures  median %8.2f ms  (min %.2f, max %.2f, %d reads)\n", label,
                static_cast<long long>(ics.size() / 1024), static_cast<long long>(closures),
                ms[ms.size() / 2], ms.front(), ms.back(), repeats);
}

} // namespace

int main()
{
    const QDate from(2026, 1, 1);
    std::printf("# readHolidayCalendar, clinic zone Australia/Sydney\n");
    measure("public-holiday feed (15 events), 2 years", icsFixture("public_holidays_feed.ics"), from,
            from.addYears(2), 200);
    measure("ten yearly rules with exceptions, 11 years", icsFixture("recurring_ten_years.ics"), from,
            QDate(2036, 12, 31), 200);
    measure("200 yearly rules since 2000, 2 years", manyRules(200), from, from.addYears(2), 20);
    measure("200 yearly rules since 2000, 10 years", manyRules(200), from, from.addYears(10), 20);
    measure("1,000 all-day events, 30 years", manyEvents(1000), from, from.addYears(30), 20);
    measure("4,900 all-day events, 30 years", manyEvents(4900), from, from.addYears(30), 10);
    return 0;
}
