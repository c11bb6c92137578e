#include "reports.h"

#include "session.h"

#include <QHash>

#include <algorithm>

namespace caredesk {

namespace {

/// The exceptions that touch `date` for practitioner `id` (clinic-wide ones and its own).
QList<ExceptionRecord> exceptionsOn(const AvailabilityData &data, qint64 id, const QDate &date)
{
    QList<ExceptionRecord> out;
    for (const ExceptionRecord &e : data.exceptions) {
        if ((e.practitionerId == 0 || e.practitionerId == id) && e.covers(date))
            out.append(e);
    }
    return out;
}

qint64 lengthOf(const SpanList &spans)
{
    qint64 ms = 0;
    for (const Span &s : spans)
        ms += s.end - s.start;
    return ms;
}

SpanList intersect(const SpanList &a, const SpanList &b)
{
    return subtractSpans(a, subtractSpans(a, b));
}

double hours(qint64 ms)
{
    return double(ms) / 3'600'000.0;
}

} // namespace

DaySheetReport loadDaySheetReport(Session &session, const QDate &date, const QStringList &keys)
{
    Transaction tx(session, Transaction::Kind::Snapshot);
    DaySheetReport report;
    report.clinicName = readClinicSettings(session).name;
    report.date = date;
    const AvailabilityData data = loadAvailabilityData(session, keys, date, date);
    report.zone = data.zone;
    AvailabilityOptions options;
    options.from = date;
    options.to = date;
    const QList<PractitionerAvailability> evaluated = evaluateAvailability(data, options);
    QHash<QString, QList<AppointmentSummary>> byKey;
    for (const AppointmentSummary &a : daySheet(session, date, {}))
        byKey[a.practitionerKey].append(a);
    for (const PractitionerAvailability &p : evaluated) {
        DaySheetSection s;
        s.practitioner = p.practitioner;
        s.day = p.days.value(0);
        s.exceptions = exceptionsOn(data, p.practitioner.id, date);
        s.appointments = byKey.take(p.practitioner.key);
        report.sections.append(s);
    }
    // A practitioner deactivated since still has their bookings on the sheet.
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (!keys.isEmpty() && !keys.contains(it.key()))
            continue;
        DaySheetSection s;
        s.practitioner = {0, it.key(), it.value().first().practitionerName};
        s.day.date = date;
        s.appointments = it.value();
        report.sections.append(s);
    }
    std::stable_sort(report.sections.begin(), report.sections.end(),
                     [](const DaySheetSection &a, const DaySheetSection &b) {
                         return QString::localeAwareCompare(a.practitioner.name, b.practitioner.name) < 0;
                     });
    tx.commit();
    return report;
}

WeekRoster loadWeekRoster(Session &session, const QDate &date, const QStringList &keys)
{
    Transaction tx(session, Transaction::Kind::Snapshot);
    WeekRoster roster;
    roster.clinicName = readClinicSettings(session).name;
    roster.monday = mondayOf(date);
    const QDate sunday = roster.monday.addDays(6);
    const AvailabilityData data = loadAvailabilityData(session, keys, roster.monday, sunday);
    roster.zone = data.zone;
    AvailabilityOptions options;
    options.from = roster.monday;
    options.to = sunday;
    const QList<PractitionerAvailability> evaluated = evaluateAvailability(data, options);
    // Appointments per practitioner and day, counted where they start (clinic time).
    QHash<QString, int> booked;
    QSqlQuery q = session.exec(
        QStringLiteral("SELECT p.key, (a.starts_at AT TIME ZONE ?)::date, count(*) "
                       "FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id "
                       "WHERE a.status <> 'cancelled' AND (a.starts_at AT TIME ZONE ?)::date BETWEEN ? AND ? "
                       "GROUP BY 1, 2"),
        {QString::fromUtf8(data.zone.id()), QString::fromUtf8(data.zone.id()), roster.monday, sunday});
    while (q.next())
        booked.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toDate().toString(Qt::ISODate),
                      q.value(2).toInt());
    for (const PractitionerAvailability &p : evaluated) {
        RosterRow row;
        row.practitioner = p.practitioner;
        for (const DayAvailability &d : p.days) {
            RosterDay rd;
            rd.day = d;
            rd.booked = booked.value(p.practitioner.key + QLatin1Char('|') + d.date.toString(Qt::ISODate));
            for (const ExceptionRecord &e : exceptionsOn(data, p.practitioner.id, d.date))
                rd.exceptions.append(e.label());
            row.days.append(rd);
        }
        roster.rows.append(row);
    }
    std::stable_sort(roster.rows.begin(), roster.rows.end(), [](const RosterRow &a, const RosterRow &b) {
        return QString::localeAwareCompare(a.practitioner.name, b.practitioner.name) < 0;
    });
    tx.commit();
    return roster;
}

QList<PractitionerUtilisation> computeUtilisation(const AvailabilityData &data, const QDate &firstMonday,
                                                  int weeks)
{
    AvailabilityOptions options;
    options.from = firstMonday;
    options.to = firstMonday.addDays(7 * weeks - 1);
    const QList<PractitionerAvailability> full = evaluateAvailability(data, options);
    // The same rules without personal blocks (work overrides stay: they decide hours and
    // who a closure spares): what they leave open differs from `full` by the blocks.
    AvailabilityData closuresOnly = data;
    closuresOnly.exceptions.removeIf(
        [](const ExceptionRecord &e) { return e.practitionerId != 0 && e.kind != QLatin1String("work"); });
    const QList<PractitionerAvailability> withoutBlocks = evaluateAvailability(closuresOnly, options);

    QList<PractitionerUtilisation> out;
    for (qsizetype p = 0; p < full.size(); ++p) {
        PractitionerUtilisation u;
        u.practitioner = full[p].practitioner;
        const SpanList busy = data.busy.value(u.practitioner.id);
        for (int w = 0; w < weeks; ++w) {
            UtilisationWeek week;
            week.monday = firstMonday.addDays(7 * w);
            qint64 scheduled = 0;
            qint64 afterClosures = 0;
            qint64 available = 0;
            qint64 bookedMs = 0;
            for (int d = 7 * w; d < 7 * (w + 1) && d < full[p].days.size(); ++d) {
                const DayAvailability &day = full[p].days[d];
                scheduled += lengthOf(day.windows);
                afterClosures += lengthOf(withoutBlocks[p].days[d].open);
                available += lengthOf(day.open);
                bookedMs += lengthOf(intersect(day.open, busy));
            }
            week.scheduledHours = hours(scheduled);
            week.closureHours = hours(scheduled - afterClosures);
            week.blockHours = hours(afterClosures - available);
            week.availableHours = hours(available);
            week.bookedHours = hours(bookedMs);
            u.weeks.append(week);
        }
        out.append(u);
    }
    return out;
}

QList<PractitionerUtilisation> loadUtilisation(Session &session, const QDate &from, int weeks)
{
    const QDate monday = mondayOf(from);
    Transaction tx(session, Transaction::Kind::Snapshot);
    AvailabilityData data = loadAvailabilityData(session, {}, monday, monday.addDays(7 * weeks - 1));
    tx.commit();
    QList<PractitionerUtilisation> out = computeUtilisation(data, monday, weeks);
    std::stable_sort(out.begin(), out.end(),
                     [](const PractitionerUtilisation &a, const PractitionerUtilisation &b) {
                         return QString::localeAwareCompare(a.practitioner.name, b.practitioner.name) < 0;
                     });
    return out;
}

QByteArray csvField(const QString &text)
{
    QString t = text;
    // A spreadsheet must not run a name as a formula.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) ||
        t.contains(QLatin1Char('\r')))
        t = QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return t.toUtf8();
}

namespace {

QByteArray number(double value, int decimals)
{
    return QByteArray::number(value, 'f', decimals);
}

} // namespace

QByteArray utilisationCsv(const QList<PractitionerUtilisation> &utilisation)
{
    QByteArray out = "practitioner,name,week,scheduled_hours,closure_hours,block_hours,available_hours,"
                     "booked_hours,utilisation\r\n";
    for (const PractitionerUtilisation &p : utilisation) {
        for (const UtilisationWeek &w : p.weeks) {
            out += csvField(p.practitioner.key) + ',' + csvField(p.practitioner.name) + ',' +
                   w.monday.toString(Qt::ISODate).toUtf8() + ',' + number(w.scheduledHours, 2) + ',' +
                   number(w.closureHours, 2) + ',' + number(w.blockHours, 2) + ',' +
                   number(w.availableHours, 2) + ',' + number(w.bookedHours, 2) + ',' +
                   number(w.utilisation(), 4) + "\r\n";
        }
    }
    return out;
}

} // namespace caredesk
