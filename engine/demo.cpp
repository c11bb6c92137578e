#include "demo.h"

#include "logging.h"
#include "session.h"

#include <QTimeZone>

#include <array>
#include <random>

namespace caredesk {

namespace {

/// A fixed, portable generator: std::mt19937 is specified exactly; the standard
/// distributions are not, so draws are mapped by hand.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_engine(seed)
    {}
    int below(int n) { return int(m_engine() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::mt19937 m_engine;
};

struct Roster
{
    const char *key;
    const char *name;
};

constexpr std::array<Roster, 8> kNamedPractitioners{{
    {"iwizz", "Isla Wizz"},
    {"dbrown", "David Brown"},
    {"schen", "Sarah Chen"},
    {"mpatel", "Mohan Patel"},
    {"jnguyen", "Julia Nguyen"},
    {"tokafor", "Tunde Okafor"},
    {"lrossi", "Lucia Rossi"},
    {"hkaur", "Harpreet Kaur"},
}};

constexpr std::array<const char *, 16> kFirstNames{
    "Olivia", "Noah", "Charlotte", "Jack",  "Amelia", "William", "Mia",  "Oliver",
    "Ava",    "Leo",  "Grace",     "Lucas", "Chloe",  "Henry",   "Zara", "Ethan"};
constexpr std::array<const char *, 16> kLastNames{
    "Smith",  "Jones",  "Williams", "Taylor", "Nguyen", "Singh", "Kelly", "Martin",
    "Walker", "Wright", "Li",       "Murphy", "Harris", "King",  "Evans", "Young"};

constexpr int h(int hours, int minutes = 0)
{
    return hours * 60 + minutes;
}

/// Weekly patterns, chosen per practitioner: {weekday mask (bit 1 = Monday), windows}.
struct Pattern
{
    int weekdays;
    std::array<std::pair<int, int>, 2> windows;
};

constexpr std::array<Pattern, 5> kPatterns{{
    {0b0011111, {{{h(9), h(12, 30)}, {h(13, 30), h(17)}}}},     // full-time with lunch
    {0b0001111, {{{h(7, 30), h(11, 30)}, {h(12), h(15, 30)}}}}, // early starter, Mon-Thu
    {0b0101010, {{{h(10), h(14)}, {h(14, 30), h(18)}}}},        // Tue, Thu, Sat
    {0b0010101, {{{h(8), h(12)}, {h(12), h(16)}}}},             // Mon, Wed, Fri; touching windows
    {0b0011110, {{{h(12), h(16)}, {h(16, 30), h(20)}}}},        // late clinic Tue-Fri
}};

QList<WorkingInterval> hoursFor(int index, DemoRandom &rnd)
{
    // The named practitioners get fixed patterns; the rest are drawn.
    const Pattern &p =
        kPatterns[std::size_t(index < 8 ? index % int(kPatterns.size()) : rnd.below(int(kPatterns.size())))];
    QList<WorkingInterval> out;
    for (int day = 1; day <= 7; ++day) {
        if ((p.weekdays & (1 << (day - 1))) == 0)
            continue;
        for (const auto &[start, end] : p.windows)
            out.append({day, start, end, std::nullopt, std::nullopt});
    }
    return out;
}

/// Free wall-clock windows of one practitioner on one day, from weekly hours,
/// `work` overrides, clinic closures and personal blocks. Only for laying out demo
/// appointments; availability itself is the engine's availability module.
QList<std::pair<int, int>> demoFreeWindows(const PractitionerData &p, const QList<ExceptionData> &exceptions,
                                           const QDate &day)
{
    QList<std::pair<int, int>> windows;
    for (const auto &w : p.hours) {
        if (w.weekday == day.dayOfWeek())
            windows.append({w.start, w.end});
    }
    bool exempt = false;
    for (const auto &e : exceptions) {
        if (e.practitionerKey == p.key && e.kind == QLatin1String("work") && e.covers(day)) {
            exempt = true;
            if (!e.allDay())
                windows = {{*e.startMinute, *e.endMinute}};
        }
    }
    for (const auto &e : exceptions) {
        if (!e.covers(day) || e.kind == QLatin1String("work"))
            continue;
        const bool clinicWide = e.practitionerKey.isEmpty();
        if ((clinicWide && exempt) || (!clinicWide && e.practitionerKey != p.key))
            continue;
        if (e.allDay())
            return {};
        QList<std::pair<int, int>> cut;
        for (const auto &[s, t] : windows) {
            if (*e.endMinute <= s || *e.startMinute >= t) {
                cut.append({s, t});
                continue;
            }
            if (s < *e.startMinute)
                cut.append({s, *e.startMinute});
            if (*e.endMinute < t)
                cut.append({*e.endMinute, t});
        }
        windows = cut;
    }
    return windows;
}

QDate nextWeekday(QDate from, int weekday)
{
    while (from.dayOfWeek() != weekday)
        from = from.addDays(1);
    return from;
}

} // namespace

QDate comingChristmasClosureStart(const QDate &today)
{
    // Dec 24 .. Jan 5: in the first days of January the closure of last December is current.
    if (today <= QDate(today.year(), 1, 5))
        return QDate(today.year() - 1, 12, 24);
    return QDate(today.year(), 12, 24);
}

ClinicData generateDemoClinic(const QDate &today, const DemoOptions &options)
{
    DemoRandom rnd(options.seed);
    ClinicData clinic;
    clinic.name = QStringLiteral("Harbourside Family Clinic");
    clinic.timeZone = QString::fromUtf8(demoTimeZone().id());
    clinic.slotStepMinutes = 30;
    clinic.appointmentTypes = {{QStringLiteral("standard"), QStringLiteral("Standard consult"), 30},
                               {QStringLiteral("long"), QStringLiteral("Long consult"), 60},
                               {QStringLiteral("brief"), QStringLiteral("Brief follow-up"), 15}};

    for (int i = 0; i < options.practitioners; ++i) {
        PractitionerData p;
        if (i < int(kNamedPractitioners.size())) {
            p.key = QString::fromLatin1(kNamedPractitioners[std::size_t(i)].key);
            p.name = QString::fromLatin1(kNamedPractitioners[std::size_t(i)].name);
        } else {
            const char *first = kFirstNames[std::size_t(rnd.below(int(kFirstNames.size())))];
            const char *last = kLastNames[std::size_t(rnd.below(int(kLastNames.size())))];
            p.key = QStringLiteral("p%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            p.name = QStringLiteral("%1 %2").arg(QString::fromLatin1(first), QString::fromLatin1(last));
        }
        p.hours = hoursFor(i, rnd);
        clinic.practitioners.append(p);
        StaffData staff{p.key, p.name, {QStringLiteral("practitioner")}, p.key};
        if (p.key == QLatin1String("iwizz"))
            staff.roles << QStringLiteral("manager");
        clinic.staff.append(staff);
    }
    clinic.staff.append(
        {QStringLiteral("reception"), QStringLiteral("Riley Front"), {QStringLiteral("front_desk")}, {}});
    clinic.staff.append(
        {QStringLiteral("manager"), QStringLiteral("Morgan Lee"), {QStringLiteral("manager")}, {}});

    const QDate xmas = comingChristmasClosureStart(today);
    const QDate xmasEnd = QDate(xmas.year() + 1, 1, 5);
    clinic.exceptions.append({{},
                              QStringLiteral("closure"),
                              xmas,
                              xmasEnd,
                              std::nullopt,
                              std::nullopt,
                              QStringLiteral("Christmas closure")});
    clinic.exceptions.append({{},
                              QStringLiteral("holiday"),
                              QDate(xmas.year() + 1, 1, 26),
                              QDate(xmas.year() + 1, 1, 26),
                              std::nullopt,
                              std::nullopt,
                              QStringLiteral("Australia Day")});
    const QDate training = nextWeekday(today.addDays(7), 3);
    clinic.exceptions.append(
        {{}, QStringLiteral("closure"), training, training, h(13), h(17), QStringLiteral("Staff training")});
    const auto has = [&clinic](const char *key) {
        return std::any_of(clinic.practitioners.cbegin(), clinic.practitioners.cend(),
                           [key](const PractitionerData &p) { return p.key == QLatin1String(key); });
    };
    if (has("iwizz")) {
        clinic.exceptions.append({QStringLiteral("iwizz"), QStringLiteral("vacation"), xmas, xmasEnd,
                                  std::nullopt, std::nullopt, QStringLiteral("Christmas leave")});
    }
    if (has("schen")) {
        clinic.exceptions.append({QStringLiteral("schen"), QStringLiteral("work"), QDate(xmas.year(), 12, 29),
                                  QDate(xmas.year(), 12, 29), h(10), h(14),
                                  QStringLiteral("Covering the closure")});
    }
    if (has("mpatel")) {
        const QDate conference = nextWeekday(today.addDays(3), 5);
        clinic.exceptions.append({QStringLiteral("mpatel"), QStringLiteral("blocked"), conference, conference,
                                  std::nullopt, std::nullopt, QStringLiteral("Conference")});
    }

    const QTimeZone zone(clinic.timeZone.toUtf8());
    int patientSeq = 0;
    for (int d = 0; d < options.days; ++d) {
        const QDate day = today.addDays(d);
        for (const auto &p : clinic.practitioners) {
            for (const auto &[start, end] : demoFreeWindows(p, clinic.exceptions, day)) {
                int t = start;
                while (t + 30 <= end) {
                    if (!rnd.chance(22)) {
                        t += 30;
                        continue;
                    }
                    const bool isLong = t + 60 <= end && rnd.chance(15);
                    const int minutes = isLong ? 60 : 30;
                    AppointmentData a;
                    a.practitionerKey = p.key;
                    a.start = wallClockToInstant(day, t, zone);
                    a.minutes = minutes;
                    a.patient = QStringLiteral("%1 %2").arg(
                        QString::fromLatin1(kFirstNames[std::size_t(rnd.below(int(kFirstNames.size())))]),
                        QString::fromLatin1(kLastNames[std::size_t(rnd.below(int(kLastNames.size())))]));
                    a.phone = QStringLiteral("04%1 %2 %3")
                                  .arg(rnd.below(100), 2, 10, QLatin1Char('0'))
                                  .arg(rnd.below(1000), 3, 10, QLatin1Char('0'))
                                  .arg(++patientSeq % 1000, 3, 10, QLatin1Char('0'));
                    a.typeKey = isLong ? QStringLiteral("long") : QStringLiteral("standard");
                    a.status = rnd.chance(5) ? QStringLiteral("cancelled") : QStringLiteral("booked");
                    clinic.appointments.append(a);
                    t += minutes;
                }
            }
        }
    }
    return clinic;
}

DemoReport loadDemo(Session &session, const QDate &today, const DemoOptions &options)
{
    const ClinicData clinic = generateDemoClinic(today, options);
    Transaction tx(session);
    writeClinic(session, clinic, options.replace);
    tx.commit();

    DemoReport report;
    report.practitioners = int(clinic.practitioners.size());
    for (const auto &p : clinic.practitioners)
        report.workingIntervals += int(p.hours.size());
    report.exceptions = int(clinic.exceptions.size());
    report.appointments = int(clinic.appointments.size());
    report.christmasStart = comingChristmasClosureStart(today);
    report.christmasEnd = QDate(report.christmasStart.year() + 1, 1, 5);
    qCInfo(lcDemo) << "demo clinic loaded:" << report.practitioners << "practitioners," << report.appointments
                   << "appointments";
    return report;
}

} // namespace caredesk
