// The calendar and day-sheet models on made-up data: consistent under
// QAbstractItemModelTester through view changes, and each day's look is what the
// rules' result says (table-driven). Times and weeks follow the locale.
#include "models/calendarmodel.h"
#include "models/daysheetmodel.h"
#include "models/localeformat.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace caredesk;

namespace {

const QTimeZone kZone("Australia/Sydney");

qint64 at(const QDate &d, int hour, int minute = 0)
{
    return wallClockToInstant(d, hour * 60 + minute, kZone).toMSecsSinceEpoch();
}

ExceptionRecord exception(qint64 id, qint64 practitionerId, const QString &kind, const QDate &from,
                          const QDate &to, const QString &reason, std::optional<int> start = {},
                          std::optional<int> end = {})
{
    ExceptionRecord e;
    e.id = id;
    e.practitionerId = practitionerId;
    e.kind = kind;
    e.startDate = from;
    e.endDate = to;
    e.reason = reason;
    e.startMinute = start;
    e.endMinute = end;
    return e;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calendarLooks_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("clinicClosed");
        QTest::addColumn<bool>("partBlocked");
        QTest::addColumn<bool>("override");
        QTest::addColumn<int>("look");
        QTest::newRow("open") << int(DayStatus::Open) << false << false << false
                              << int(CalendarModel::Look::Open);
        QTest::newRow("full is still open")
            << int(DayStatus::Full) << false << false << false << int(CalendarModel::Look::Open);
        QTest::newRow("part blocked")
            << int(DayStatus::Open) << false << true << false << int(CalendarModel::Look::PartBlocked);
        QTest::newRow("blocked") << int(DayStatus::Blocked) << false << false << false
                                 << int(CalendarModel::Look::Blocked);
        QTest::newRow("closed") << int(DayStatus::Blocked) << true << false << false
                                << int(CalendarModel::Look::Closed);
        QTest::newRow("override") << int(DayStatus::Open) << false << false << true
                                  << int(CalendarModel::Look::WorkOverride);
        QTest::newRow("off") << int(DayStatus::Off) << false << false << false
                             << int(CalendarModel::Look::Off);
    }

    void calendarLooks()
    {
        QFETCH(int, status);
        QFETCH(bool, clinicClosed);
        QFETCH(bool, partBlocked);
        QFETCH(bool, override);
        QFETCH(int, look);
        const QDate d(2025, 12, 26);
        CalendarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(CalendarModel::Mode::Month, d);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.firstShown(), QDate(2025, 12, 1)); // a Monday
        PractitionerCalendar cal;
        cal.zone = kZone;
        cal.practitioner = {7, QStringLiteral("dbrown"), QStringLiteral("David Brown")};
        DayAvailability day;
        day.date = d;
        day.status = DayStatus(status);
        day.clinicClosed = clinicClosed;
        if (status != int(DayStatus::Off) && status != int(DayStatus::Blocked)) {
            day.windows = {{at(d, 9), at(d, 17)}};
            day.open = partBlocked ? SpanList{{at(d, 9), at(d, 12)}} : day.windows;
        }
        cal.days = {day};
        if (clinicClosed || override)
            cal.exceptions.append(
                exception(1, 0, QStringLiteral("closure"), d, d, QStringLiteral("Boxing Day")));
        if (override)
            cal.exceptions.append(exception(2, 7, QStringLiteral("work"), d, d, {}));
        model.setCalendar(cal);
        const QModelIndex cell = model.indexOf(d);
        QCOMPARE(model.dateAt(cell), d);
        QCOMPARE(cell.data(CalendarModel::LookRole).toInt(), look);
        QVERIFY(!cell.data(Qt::AccessibleTextRole).toString().isEmpty());
        if (look == int(CalendarModel::Look::Closed))
            QCOMPARE(cell.data(CalendarModel::LinesRole).toStringList().value(0),
                     QStringLiteral("Boxing Day"));
        // A neighbouring day without data has no look, only its date.
        QVERIFY(!model.indexOf(d.addDays(1)).data(CalendarModel::LookRole).isValid());
        model.setView(CalendarModel::Mode::Week, d);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.firstShown(), QDate(2025, 12, 22));
        QCOMPARE(model.lastShown(), QDate(2025, 12, 28));
        QVERIFY(!model.indexOf(QDate(2025, 12, 29)).isValid());
    }

    void weekStartsOnTheLocalesFirstDay_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("firstDay");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("weekStart");
        // 27 November 2026 is a Friday.
        QTest::newRow("Australia: Monday")
            << "en_AU" << int(Qt::Monday) << QDate(2026, 11, 27) << QDate(2026, 11, 23);
        QTest::newRow("United States: Sunday")
            << "en_US" << int(Qt::Sunday) << QDate(2026, 11, 27) << QDate(2026, 11, 22);
        QTest::newRow("Egypt: Saturday")
            << "ar_EG" << int(Qt::Saturday) << QDate(2026, 11, 27) << QDate(2026, 11, 21);
        QTest::newRow("China: Sunday (CLDR)")
            << "zh_CN" << int(Qt::Sunday) << QDate(2026, 11, 27) << QDate(2026, 11, 22);
        QTest::newRow("the first day itself")
            << "en_US" << int(Qt::Sunday) << QDate(2026, 11, 22) << QDate(2026, 11, 22);
        QTest::newRow("across a month")
            << "en_AU" << int(Qt::Monday) << QDate(2026, 11, 1) << QDate(2026, 10, 26);
    }

    void weekStartsOnTheLocalesFirstDay()
    {
        QFETCH(QString, locale);
        QFETCH(int, firstDay);
        QFETCH(QDate, date);
        QFETCH(QDate, weekStart);
        const QLocale l(locale);
        QCOMPARE(int(l.firstDayOfWeek()), firstDay);
        QCOMPARE(localeformat::weekStart(date, l.firstDayOfWeek()), weekStart);
        QCOMPARE(int(localeformat::weekdayAt(0, l.firstDayOfWeek())), firstDay);
        QCOMPARE(int(localeformat::weekdayAt(6, l.firstDayOfWeek())), (firstDay + 5) % 7 + 1);

        // The calendar's month grid starts on that day and heads its columns with it.
        CalendarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(l);
        model.setView(CalendarModel::Mode::Month, date);
        QCOMPARE(model.firstShown().dayOfWeek(), firstDay);
        QVERIFY(model.firstShown() <= QDate(date.year(), date.month(), 1));
        QVERIFY(model.firstShown().daysTo(QDate(date.year(), date.month(), 1)) < 7);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::AccessibleTextRole).toString(), l.dayName(firstDay));
        for (int column = 0; column < 7; ++column)
            QCOMPARE(model.dateAt(model.index(0, column)).dayOfWeek(),
                     int(localeformat::weekdayAt(column, l.firstDayOfWeek())));
        model.setView(CalendarModel::Mode::Week, date);
        QCOMPARE(model.firstShown(), weekStart);
        QCOMPARE(model.indexOf(date).column(), int(weekStart.daysTo(date)));
    }

    void timesFollowTheLocalesClock_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("twelveHour");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("text");
        QTest::newRow("en_GB 24-hour") << "en_GB" << false << 9 * 60 + 30 << "09:30";
        QTest::newRow("en_GB afternoon") << "en_GB" << false << 17 * 60 << "17:00";
        QTest::newRow("en_GB end of day") << "en_GB" << false << 1440 << "24:00";
        QTest::newRow("en_US 12-hour") << "en_US" << true << 9 * 60 + 30 << "9:30 AM";
        QTest::newRow("en_US afternoon") << "en_US" << true << 17 * 60 << "5:00 PM";
        QTest::newRow("en_US end of day is midnight") << "en_US" << true << 1440 << "12:00 AM";
        QTest::newRow("C locale, no seconds") << "C" << false << 8 * 60 + 5 << "08:05";
        QTest::newRow("de_DE") << "de_DE" << false << 13 * 60 + 45 << "13:45";
    }

    void timesFollowTheLocalesClock()
    {
        QFETCH(QString, locale);
        QFETCH(bool, twelveHour);
        QFETCH(int, minutes);
        QFETCH(QString, text);
        const QLocale l(locale);
        QCOMPARE(localeformat::uses12HourClock(l), twelveHour);
        QString shown = localeformat::wallTime(l, minutes);
        // CLDR versions differ in the space before AM/PM (U+202F or U+0020): either is right.
        shown.replace(QChar(0x0020), QChar(0x202f));
        QCOMPARE(shown, text);
        QVERIFY(!localeformat::shortTimeFormat(l).contains(QLatin1String("ss")));
    }

    void daySheetRows()
    {
        DaySheetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AppointmentSummary a;
        a.id = 41;
        a.patient = QStringLiteral("P. Smith");
        a.practitionerName = QStringLiteral("David Brown");
        a.start = QDateTime::fromMSecsSinceEpoch(at(QDate(2025, 12, 22), 9), QTimeZone::utc());
        a.end = a.start.addSecs(1800);
        a.status = QStringLiteral("booked");
        AppointmentSummary b = a;
        b.id = 42;
        b.conflict = QStringLiteral("Sick");
        model.setAppointments({a, b}, kZone);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(42), 1);
        QCOMPARE(model.rowOf(7), -1);
        QCOMPARE(model.index(0, DaySheetModel::TimeColumn).data().toString(), QStringLiteral("09:00–09:30"));
        QVERIFY(model.index(0, DaySheetModel::NoteColumn).data().toString().isEmpty());
        QVERIFY(model.index(1, DaySheetModel::NoteColumn).data().toString().contains(QStringLiteral("Sick")));
        model.setAppointments({}, kZone);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
