// The demo clinic generator: deterministic, and it carries the seed case.
#include "engine/demo.h"
#include "tests/support/printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caredesk;

namespace {

QStringList fingerprint(const ClinicData &c)
{
    QStringList out;
    for (const auto &p : c.practitioners) {
        out << p.key + p.name;
        for (const auto &h : p.hours)
            out << QStringLiteral("%1 %2 %3").arg(h.weekday).arg(h.start).arg(h.end);
    }
    for (const auto &e : c.exceptions)
        out << e.practitionerKey + e.kind + e.startDate.toString(Qt::ISODate) +
                   e.endDate.toString(Qt::ISODate) + e.reason;
    for (const auto &a : c.appointments)
        out << a.practitionerKey + a.start.toString(Qt::ISODate) + QString::number(a.minutes) + a.patient +
                   a.phone + a.status;
    return out;
}

TEST(Demo, SameSeedSameClinic)
{
    const QDate today(2026, 11, 27);
    EXPECT_EQ(fingerprint(generateDemoClinic(today, {})), fingerprint(generateDemoClinic(today, {})));
    DemoOptions other;
    other.seed = 7;
    EXPECT_NE(fingerprint(generateDemoClinic(today, {})), fingerprint(generateDemoClinic(today, other)));
}

TEST(Demo, ChristmasClosureIsTheComingOne)
{
    const struct
    {
        QDate today;
        QDate start;
    } cases[] = {{QDate(2026, 11, 27), QDate(2026, 12, 24)},
                 {QDate(2026, 12, 25), QDate(2026, 12, 24)},
                 {QDate(2027, 1, 5), QDate(2026, 12, 24)},
                 {QDate(2027, 1, 6), QDate(2027, 12, 24)}};
    for (const auto &c : cases)
        EXPECT_EQ(comingChristmasClosureStart(c.today), c.start)
            << c.today.toString(Qt::ISODate).toStdString();
}

TEST(Demo, CarriesTheSeedCase)
{
    const ClinicData clinic = generateDemoClinic(QDate(2026, 11, 27), {});
    EXPECT_EQ(clinic.practitioners.size(), 8);
    const auto count = [&clinic](const QString &key, const QString &kind) {
        return std::count_if(
            clinic.exceptions.cbegin(), clinic.exceptions.cend(),
            [&](const ExceptionData &e) { return e.practitionerKey == key && e.kind == kind; });
    };
    EXPECT_EQ(count({}, QStringLiteral("closure")), 2) << "Christmas closure and a partial-day closure";
    EXPECT_EQ(count(QStringLiteral("iwizz"), QStringLiteral("vacation")), 1);
    EXPECT_EQ(count(QStringLiteral("schen"), QStringLiteral("work")), 1);
    EXPECT_FALSE(
        std::any_of(clinic.exceptions.cbegin(), clinic.exceptions.cend(),
                    [](const ExceptionData &e) { return e.practitionerKey == QLatin1String("dbrown"); }))
        << "David Brown has no blocks of his own";
    const auto xmas =
        std::find_if(clinic.exceptions.cbegin(), clinic.exceptions.cend(),
                     [](const ExceptionData &e) { return e.reason == QLatin1String("Christmas closure"); });
    ASSERT_NE(xmas, clinic.exceptions.cend());
    EXPECT_EQ(xmas->startDate, QDate(2026, 12, 24));
    EXPECT_EQ(xmas->endDate, QDate(2027, 1, 5));
    EXPECT_TRUE(xmas->allDay());
    EXPECT_GE(clinic.appointments.size(), 200);
    EXPECT_LE(clinic.appointments.size(), 900);
}

TEST(Demo, AppointmentsNeverOverlapAndAvoidClosures)
{
    DemoOptions options;
    options.days = 60; // reaches into the Christmas closure
    const ClinicData clinic = generateDemoClinic(QDate(2026, 11, 27), options);
    const QTimeZone zone("Australia/Sydney");
    QHash<QString, QList<const AppointmentData *>> byPractitioner;
    for (const auto &a : clinic.appointments) {
        if (a.status != QLatin1String("cancelled"))
            byPractitioner[a.practitionerKey].append(&a);
        const QDate day = a.start.toTimeZone(zone).date();
        const bool inClosure = day >= QDate(2026, 12, 24) && day <= QDate(2027, 1, 5);
        if (inClosure) {
            EXPECT_EQ(a.practitionerKey, QStringLiteral("schen"))
                << "only the work override opens a closure day";
        }
    }
    for (auto it = byPractitioner.begin(); it != byPractitioner.end(); ++it) {
        auto list = it.value();
        std::sort(list.begin(), list.end(), [](auto *x, auto *y) { return x->start < y->start; });
        for (int i = 1; i < list.size(); ++i)
            EXPECT_GE(list[i]->start, list[i - 1]->start.addSecs(list[i - 1]->minutes * 60))
                << it.key().toStdString();
    }
}

} // namespace
