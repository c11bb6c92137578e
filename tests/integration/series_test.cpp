// Recurring series against the real PostgreSQL (schema v8), on the seed clinic (David
// Brown works weekdays 09:00-12:30 and 13:30-17:00; the clinic closes from Christmas Eve
// to 5 January; he works 10:00-14:00 on 29 December anyway; P. Smith is booked with him
// at 09:00 on 22 December). A preview judges every occurrence and proposes the nearest
// free slot for those that are not free; booking writes the chosen ones in one
// transaction under one request id, or nothing; a weekly 09:00 stays at 09:00 across
// daylight saving in Sydney and Lord Howe; "this and following" cancels and moves are
// one undoable bulk change each; a closure added later puts an occurrence in
// Appointments to Resolve with its series; bad rules name what is wrong and write nothing.
#include "engine/bulk.h"
#include "engine/clinictime.h"
#include "engine/schedule.h"
#include "engine/series.h"
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

QString wall(const QDateTime &t, const QTimeZone &zone = kSydney)
{
    return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

SeriesRequest weekly(const QString &rule,
                     const QDateTime &first = wallClockToInstant(QDate(2025, 12, 1), 9 * 60, kSydney))
{
    SeriesRequest r;
    r.practitionerKey = QStringLiteral("dbrown");
    r.firstStart = first;
    r.rrule = rule;
    r.patient = QStringLiteral("Jane Doe");
    r.phone = QStringLiteral("0400 111 222");
    r.requestId = QUuid::createUuid();
    return r;
}

class Series : public SeededDatabase
{
protected:
    Result<SeriesPreview> preview(const SeriesRequest &r, const QDateTime &now = kNow)
    {
        return pool->runBlocking(Access::Read, [r, now](Session &s) { return previewSeries(s, r, now); });
    }
    Result<BookedSeries> book(const SeriesRequest &r, const QList<SeriesChoice> &choices,
                              const QDateTime &now = kNow)
    {
        return pool->runBlocking(Access::Write,
                                 [r, choices, now](Session &s) { return bookSeries(s, r, choices, now); });
    }
    /// Previews the series and books every free occurrence.
    Result<BookedSeries> bookFree(const SeriesRequest &r)
    {
        const auto p = preview(r);
        if (!p)
            return p.error();
        return book(r, seriesChoices(p.value(), false));
    }
    QString count(const QString &sql) { return queryOnce(db.conninfo(), sql); }
    /// Every appointment, as a snapshot an undo must restore exactly.
    QString appointments()
    {
        return count(
            QStringLiteral("SELECT coalesce(string_agg((to_jsonb(a) - 'version' - 'updated_at')::text,"
                           " E'\\n' ORDER BY id), '') FROM appointments a"));
    }
};

TEST_F(Series, PreviewSaysWhyEachOccurrenceIsNotFreeAndProposesTheNearestSlot)
{
    const auto p = preview(weekly(QStringLiteral("FREQ=WEEKLY;COUNT=6")));
    ASSERT_TRUE(p) << p.error().toString().toStdString();
    struct Row
    {
        const char *start;
        SpanVerdict verdict;
        const char *reason;
        const char *alternative; ///< empty: none (free)
    };
    const Row expected[] = {
        {"2025-12-01 09:00", SpanVerdict::Free, "", ""},
        {"2025-12-08 09:00", SpanVerdict::Free, "", ""},
        {"2025-12-15 09:00", SpanVerdict::Free, "", ""},
        // P. Smith has 09:00; 09:30 that morning is the nearest free slot.
        {"2025-12-22 09:00", SpanVerdict::Taken, "already booked", "2025-12-22 09:30"},
        // The closure day he works 10:00-14:00: 09:00 is outside his hours.
        {"2025-12-29 09:00", SpanVerdict::Hours, "outside working hours", "2025-12-29 10:00"},
        // The last day of the Christmas closure: the Tuesday after.
        {"2026-01-05 09:00", SpanVerdict::Closure, "Christmas closure", "2026-01-06 09:00"},
    };
    ASSERT_EQ(p.value().occurrences.size(), qsizetype(std::size(expected)));
    for (int i = 0; i < int(std::size(expected)); ++i) {
        const SeriesOccurrence &o = p.value().occurrences.at(i);
        const Row &e = expected[i];
        SCOPED_TRACE(e.start);
        EXPECT_EQ(o.index, i + 1);
        EXPECT_EQ(wall(o.start).toStdString(), e.start);
        EXPECT_EQ(o.start.secsTo(o.end), 30 * 60);
        EXPECT_EQ(o.verdict, e.verdict);
        EXPECT_EQ(o.reason.toStdString(), e.reason);
        EXPECT_EQ(o.alternative ? wall(*o.alternative).toStdString() : std::string(), e.alternative);
    }
    EXPECT_EQ(p.value().freeCount(), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM appointment_series")), QStringLiteral("0"));
}

TEST_F(Series, AnOccurrenceInThePastIsNotOfferedAndABlockIsNamed)
{
    ASSERT_EQ(db.execAdmin(QStringLiteral(
                  "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, reason)"
                  " SELECT id, 'vacation', '2025-12-08', '2025-12-12', 'Conference' FROM practitioners"
                  " WHERE key = 'dbrown'")),
              QString());
    const auto p = preview(weekly(QStringLiteral("FREQ=WEEKLY;COUNT=3")),
                           wallClockToInstant(QDate(2025, 12, 1), 10 * 60, kSydney));
    ASSERT_TRUE(p) << p.error().toString().toStdString();
    ASSERT_EQ(p.value().occurrences.size(), 3);
    EXPECT_TRUE(p.value().occurrences.at(0).past);
    EXPECT_EQ(p.value().occurrences.at(0).reason, QStringLiteral("in the past"));
    EXPECT_EQ(p.value().occurrences.at(1).verdict, SpanVerdict::Block);
    EXPECT_EQ(p.value().occurrences.at(1).reason, QStringLiteral("Conference"));
    // The whole week is away: the earliest free slot of the week after, clear of
    // occurrence 3 (15 December 09:00), which is free.
    ASSERT_TRUE(p.value().occurrences.at(1).alternative.has_value());
    EXPECT_EQ(wall(*p.value().occurrences.at(1).alternative), QStringLiteral("2025-12-15 09:30"));
    EXPECT_EQ(p.value().occurrences.at(2).verdict, SpanVerdict::Free);
}

TEST_F(Series, BooksTheChosenOccurrencesInOneTransactionOnce)
{
    const SeriesRequest r = weekly(QStringLiteral("freq=weekly;count=6"));
    const auto p = preview(r);
    ASSERT_TRUE(p);
    const QList<SeriesChoice> choices = seriesChoices(p.value(), true, {2});
    ASSERT_EQ(choices.size(), 5);
    const QString before = count(QStringLiteral("SELECT count(*) FROM appointments"));
    const auto made = book(r, choices);
    ASSERT_TRUE(made) << made.error().toString().toStdString();
    EXPECT_EQ(made.value().rrule, QStringLiteral("FREQ=WEEKLY;COUNT=6"));
    EXPECT_EQ(made.value().requestId, r.requestId.toString(QUuid::WithoutBraces));
    QStringList got;
    for (const Appointment &a : made.value().appointments) {
        got << QStringLiteral("%1 %2").arg(a.seriesIndex).arg(wall(a.start));
        EXPECT_EQ(a.seriesId, made.value().id);
        EXPECT_EQ(a.patient, QStringLiteral("Jane Doe"));
        EXPECT_EQ(a.status, QStringLiteral("booked"));
    }
    EXPECT_EQ(got, (QStringList{QStringLiteral("1 2025-12-01 09:00"), QStringLiteral("3 2025-12-15 09:00"),
                                QStringLiteral("4 2025-12-22 09:30"), QStringLiteral("5 2025-12-29 10:00"),
                                QStringLiteral("6 2026-01-06 09:00")}));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM appointments")),
              QString::number(before.toInt() + 5));

    // The same request again (a retry after a lost answer) books nothing more.
    const auto again = book(r, choices);
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ(again.value().id, made.value().id);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM appointments")),
              QString::number(before.toInt() + 5));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM appointment_series")), QStringLiteral("1"));
    // Audited: the series and each occurrence.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'appointment_series'")),
              QStringLiteral("1"));
}

TEST_F(Series, ASlotTakenAfterThePreviewRefusesTheWholeSeriesAndWritesNothing)
{
    const SeriesRequest r = weekly(QStringLiteral("FREQ=WEEKLY;COUNT=3"));
    const auto p = preview(r);
    ASSERT_TRUE(p);
    ASSERT_EQ(p.value().freeCount(), 3);
    // Another front desk books the second Monday meanwhile.
    BookingRequest other;
    other.practitionerKey = QStringLiteral("dbrown");
    other.start = p.value().occurrences.at(1).start;
    other.patient = QStringLiteral("Walk In");
    ASSERT_TRUE(
        pool->runBlocking(Access::Write, [other](Session &s) { return caredesk::book(s, other, kNow); }));
    const QString before = appointments();
    const auto made = book(r, seriesChoices(p.value(), false));
    ASSERT_FALSE(made);
    EXPECT_EQ(made.error().code, ErrorCode::SlotTaken);
    EXPECT_TRUE(made.error().message.contains(QStringLiteral("Occurrence 2 (2025-12-08 09:00)")))
        << made.error().message.toStdString();
    EXPECT_EQ(appointments(), before);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM appointment_series")), QStringLiteral("0"));
}

TEST_F(Series, BadChoicesAreRefusedAndNothingIsWritten)
{
    const SeriesRequest r = weekly(QStringLiteral("FREQ=WEEKLY;COUNT=3"));
    const QDateTime first = r.firstStart;
    struct Bad
    {
        const char *what;
        QList<SeriesChoice> choices;
        ErrorCode code;
        const char *message;
    };
    const Bad cases[] = {
        {"none", {}, ErrorCode::InvalidInput, "No occurrence"},
        {"out of range", {{4, first.addDays(21)}}, ErrorCode::InvalidInput, "has no occurrence 4"},
        {"twice", {{1, first}, {1, first.addDays(7)}}, ErrorCode::InvalidInput, "chosen twice"},
        {"overlapping", {{1, first}, {2, first.addSecs(600)}}, ErrorCode::InvalidInput, "overlap"},
        {"past", {{1, first.addDays(-7)}}, ErrorCode::NotAllowed, "in the past"},
        {"outside hours", {{1, first.addSecs(-3600)}}, ErrorCode::NotAllowed, "outside working hours"},
    };
    const QString before = appointments();
    for (const Bad &c : cases) {
        SCOPED_TRACE(c.what);
        const auto made = book(r, c.choices);
        ASSERT_FALSE(made);
        EXPECT_EQ(made.error().code, c.code);
        EXPECT_TRUE(made.error().message.contains(QString::fromUtf8(c.message)))
            << made.error().message.toStdString();
    }
    EXPECT_EQ(appointments(), before);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM appointment_series")), QStringLiteral("0"));
}

TEST_F(Series, BadRulesNameTheRuleAndWriteNothing)
{
    struct Bad
    {
        const char *rule;
        const char *message;
    };
    const Bad cases[] = {
        {"", "The repeat rule is empty"},
        {"FREQ=WEKLY;COUNT=3", "is not a repeat rule libical can read"},
        {"FREQ=WEEKLY;COUNT=3;FOO=1", "is not a repeat rule libical can read"},
        {"FREQ=WEEKLY;COUNT=105", "asks for 105 occurrences (COUNT); a series has at most 104"},
        {"FREQ=WEEKLY;UNTIL=20251101", "ends (UNTIL 2025-11-01) before the first appointment on 2025-12-01"},
        {"FREQ=WEEKLY", "needs an end"},
        {"FREQ=MONTHLY;COUNT=3", "must repeat daily or weekly"},
        {"FREQ=WEEKLY;COUNT=3;BYHOUR=10", "may not change the time of day"},
        {"FREQ=WEEKLY;BYDAY=1MO;COUNT=3", "may not number its weekdays"},
        {"FREQ=DAILY;UNTIL=20270101", "gives more than 104 occurrences"},
    };
    for (const Bad &c : cases) {
        SCOPED_TRACE(c.rule);
        const auto p = preview(weekly(QString::fromUtf8(c.rule)));
        ASSERT_FALSE(p);
        EXPECT_EQ(p.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(p.error().message.contains(QString::fromUtf8(c.message)))
            << p.error().message.toStdString();
    }
    // Through the command line: exit 2, the message on stderr, nothing written.
    const QString before = appointments();
    const CliRun run =
        cli(db,
            {QStringLiteral("book"), QStringLiteral("--practitioner"), QStringLiteral("dbrown"),
             QStringLiteral("--start"), QStringLiteral("2025-12-01T09:00"), QStringLiteral("--patient"),
             QStringLiteral("Jane Doe"), QStringLiteral("--repeat"), QStringLiteral("FREQ=WEEKLY;COUNT=200")},
            kNowText);
    EXPECT_EQ(run.code, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("at most 104")) << run.err.toStdString();
    EXPECT_EQ(appointments(), before);
}

TEST_F(Series, TheCommandLineBooksTheFreeOccurrencesAndSaysWhichItLeftOut)
{
    const CliRun run =
        cli(db,
            {QStringLiteral("book"), QStringLiteral("--practitioner"), QStringLiteral("dbrown"),
             QStringLiteral("--start"), QStringLiteral("2025-12-01T09:00"), QStringLiteral("--patient"),
             QStringLiteral("Jane Doe"), QStringLiteral("--repeat"), QStringLiteral("FREQ=WEEKLY;COUNT=6"),
             QStringLiteral("--drop"), QStringLiteral("3")},
            kNowText);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(out.value(QStringLiteral("appointments")).toArray().size(), 2);
    QStringList left;
    for (const QJsonValue &v : out.value(QStringLiteral("not_booked")).toArray())
        left << QStringLiteral("%1 %2")
                    .arg(v[QStringLiteral("index")].toInt())
                    .arg(v[QStringLiteral("reason")].toString());
    EXPECT_EQ(left, (QStringList{QStringLiteral("3 dropped"), QStringLiteral("4 already booked"),
                                 QStringLiteral("5 outside working hours"),
                                 QStringLiteral("6 Christmas closure")}));
}

TEST_F(Series, AWeeklySeriesKeepsItsWallClockTimeAcrossDaylightSaving)
{
    struct Zone
    {
        const char *zone;
        const char *practitioner;    ///< each zone's series with somebody else, so they do not meet
        QDate first;                 ///< a Monday a fortnight before a change
        const char *expectedOffsets; ///< of the four Mondays at 09:00
    };
    const Zone zones[] = {
        // Clocks go back on Sunday 5 April 2026 and forward on Sunday 4 October 2026.
        {"Australia/Sydney", "dbrown", QDate(2026, 3, 23), "+11:00,+11:00,+10:00,+10:00"},
        {"Australia/Sydney", "dbrown", QDate(2026, 9, 21), "+10:00,+10:00,+11:00,+11:00"},
        // Lord Howe moves by half an hour.
        {"Australia/Lord_Howe", "iwizz", QDate(2026, 3, 23), "+11:00,+11:00,+10:30,+10:30"},
        {"Australia/Lord_Howe", "iwizz", QDate(2026, 9, 21), "+10:30,+10:30,+11:00,+11:00"},
    };
    for (const Zone &z : zones) {
        SCOPED_TRACE(std::string(z.zone) + " " + z.first.toString(Qt::ISODate).toStdString());
        ASSERT_EQ(
            db.execAdmin(
                QStringLiteral("UPDATE clinic_settings SET timezone = '%1'").arg(QLatin1String(z.zone))),
            QString());
        const QTimeZone zone(z.zone);
        SeriesRequest r =
            weekly(QStringLiteral("FREQ=WEEKLY;COUNT=4"), wallClockToInstant(z.first, 9 * 60, zone));
        r.practitionerKey = QString::fromLatin1(z.practitioner);
        const auto p = preview(r);
        ASSERT_TRUE(p) << p.error().toString().toStdString();
        ASSERT_EQ(p.value().occurrences.size(), 4);
        QStringList offsets;
        for (const SeriesOccurrence &o : p.value().occurrences) {
            EXPECT_EQ(o.start.toTimeZone(zone).time(), QTime(9, 0));
            EXPECT_EQ(o.verdict, SpanVerdict::Free);
            offsets << formatInstant(o.start, zone).right(6);
        }
        EXPECT_EQ(offsets.join(QLatin1Char(',')).toStdString(), z.expectedOffsets);
        const auto made = book(r, seriesChoices(p.value(), false));
        ASSERT_TRUE(made) << made.error().toString().toStdString();
        for (const Appointment &a : made.value().appointments)
            EXPECT_EQ(a.start.toTimeZone(zone).time(), QTime(9, 0));
    }
}

TEST_F(Series, CancelThisAndFollowingIsOneUndoableBulkChange)
{
    const SeriesRequest r = weekly(QStringLiteral("FREQ=WEEKLY;COUNT=3"));
    const auto made = bookFree(r);
    ASSERT_TRUE(made) << made.error().toString().toStdString();
    const qint64 second = made.value().appointments.at(1).id;
    const QString before = appointments();

    const auto done =
        pool->runBlocking(Access::Write, [second](Session &s) { return cancelSeriesFrom(s, second); });
    ASSERT_TRUE(done) << done.error().toString().toStdString();
    EXPECT_EQ(done.value().changed, 2);
    EXPECT_EQ(
        count(QStringLiteral("SELECT string_agg(series_index || ' ' || status, ',' ORDER BY series_index)"
                             " FROM appointments WHERE series_id = %1")
                  .arg(made.value().id)),
        QStringLiteral("1 booked,2 cancelled,3 cancelled"));
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE bulk_id = %1").arg(done.value().bulkId)),
        QStringLiteral("2"));
    // The slots are free again.
    const auto again = preview(weekly(QStringLiteral("FREQ=WEEKLY;COUNT=3")));
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value().occurrences.at(1).verdict, SpanVerdict::Free);
    EXPECT_EQ(again.value().occurrences.at(0).verdict, SpanVerdict::Taken);

    const auto undone = pool->runBlocking(
        Access::Write, [id = done.value().bulkId](Session &s) { return undoBulkChange(s, id); });
    ASSERT_TRUE(undone) << undone.error().toString().toStdString();
    EXPECT_EQ(appointments(), before);

    // An appointment outside any series has no "following".
    const qint64 single =
        count(QStringLiteral("SELECT min(id) FROM appointments WHERE series_id IS NULL")).toLongLong();
    const auto refused =
        pool->runBlocking(Access::Write, [single](Session &s) { return cancelSeriesFrom(s, single); });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
}

TEST_F(Series, MoveThisAndFollowingToAnotherTimeOrPractitioner)
{
    const SeriesRequest r = weekly(QStringLiteral("FREQ=WEEKLY;COUNT=3"));
    const auto made = bookFree(r);
    ASSERT_TRUE(made) << made.error().toString().toStdString();
    const qint64 second = made.value().appointments.at(1).id;
    const auto series = [&] {
        return count(
            QStringLiteral("SELECT string_agg(series_index || ' ' || p.key || ' ' || to_char(starts_at AT"
                           " TIME ZONE 'Australia/Sydney', 'YYYY-MM-DD HH24:MI'), ',' ORDER BY series_index)"
                           " FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id"
                           " WHERE series_id = %1")
                .arg(made.value().id));
    };
    const QString before = appointments();

    // To Tuesdays at 14:00: as many days later as the occurrence moves.
    const QDateTime tuesday = wallClockToInstant(QDate(2025, 12, 9), 14 * 60, kSydney);
    const auto moved = pool->runBlocking(Access::Write, [second, tuesday](Session &s) {
        return moveSeriesFrom(s, second, QString(), tuesday, kNow);
    });
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(moved.value().changed, 2);
    EXPECT_EQ(series(), QStringLiteral(
                            "1 dbrown 2025-12-01 09:00,2 dbrown 2025-12-09 14:00,3 dbrown 2025-12-16 14:00"));
    ASSERT_TRUE(pool->runBlocking(Access::Write,
                                  [id = moved.value().bulkId](Session &s) { return undoBulkChange(s, id); }));
    EXPECT_EQ(appointments(), before);

    // To Isla Wizz, same times.
    const auto toIsla = pool->runBlocking(Access::Write, [second](Session &s) {
        return moveSeriesFrom(s, second, QStringLiteral("iwizz"), std::nullopt, kNow);
    });
    ASSERT_TRUE(toIsla) << toIsla.error().toString().toStdString();
    EXPECT_EQ(series(),
              QStringLiteral("1 dbrown 2025-12-01 09:00,2 iwizz 2025-12-08 09:00,3 iwizz 2025-12-15 09:00"));
    ASSERT_TRUE(pool->runBlocking(
        Access::Write, [id = toIsla.value().bulkId](Session &s) { return undoBulkChange(s, id); }));

    // Into the Christmas closure: refused, naming each occurrence in the way; nothing moves.
    const QDateTime christmas = wallClockToInstant(QDate(2025, 12, 29), 9 * 60, kSydney);
    const qint64 firstId = made.value().appointments.at(0).id;
    const auto refused = pool->runBlocking(Access::Write, [firstId, christmas](Session &s) {
        return moveSeriesFrom(s, firstId, QString(), christmas, kNow);
    });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::NotAllowed);
    EXPECT_TRUE(refused.error().message.contains(
        QStringLiteral("occurrence 1 at 2025-12-29 09:00: outside working hours")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(
        QStringLiteral("occurrence 2 at 2026-01-05 09:00: Christmas closure")))
        << refused.error().message.toStdString();
    EXPECT_EQ(appointments(), before);
}

TEST_F(Series, AMoveWithoutAPractitionerKeepsEachVisitsOwn)
{
    const auto made = bookFree(weekly(QStringLiteral("FREQ=WEEKLY;COUNT=3")));
    ASSERT_TRUE(made) << made.error().toString().toStdString();
    const qint64 first = made.value().appointments.at(0).id;
    const qint64 second = made.value().appointments.at(1).id;
    ASSERT_TRUE(pool->runBlocking(Access::Write, [second](Session &s) {
        return moveSeriesFrom(s, second, QStringLiteral("iwizz"), std::nullopt, kNow);
    }));
    const QDateTime tuesday = wallClockToInstant(QDate(2025, 12, 2), 10 * 60, kSydney);
    const auto moved = pool->runBlocking(Access::Write, [first, tuesday](Session &s) {
        return moveSeriesFrom(s, first, QString(), tuesday, kNow);
    });
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(
        count(QStringLiteral("SELECT string_agg(series_index || ' ' || p.key || ' ' || to_char(starts_at AT"
                             " TIME ZONE 'Australia/Sydney', 'MM-DD HH24:MI'), ',' ORDER BY series_index)"
                             " FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id"
                             " WHERE series_id = %1")
                  .arg(made.value().id)),
        QStringLiteral("1 dbrown 12-02 10:00,2 iwizz 12-09 10:00,3 iwizz 12-16 10:00"));
}

TEST_F(Series, AClosureAddedLaterPutsTheOccurrenceInAppointmentsToResolveWithItsSeries)
{
    const SeriesRequest r =
        weekly(QStringLiteral("FREQ=WEEKLY;COUNT=4"), wallClockToInstant(QDate(2026, 2, 2), 9 * 60, kSydney));
    const auto made = bookFree(r);
    ASSERT_TRUE(made) << made.error().toString().toStdString();
    ASSERT_EQ(made.value().appointments.size(), 4);
    ASSERT_EQ(db.execAdmin(QStringLiteral(
                  "INSERT INTO availability_exceptions (practitioner_id, kind, start_date, end_date, reason)"
                  " VALUES (NULL, 'closure', '2026-02-16', '2026-02-16', 'Staff training')")),
              QString());
    const auto conflicts = pool->runBlocking(
        Access::Read, [](Session &s) { return findConflicts(s, QDate(2026, 2, 1), QDate(2026, 2, 28)); });
    ASSERT_TRUE(conflicts);
    ASSERT_EQ(conflicts.value().size(), 1);
    const AppointmentSummary &hit = conflicts.value().first();
    EXPECT_EQ(hit.id, made.value().appointments.at(2).id);
    EXPECT_EQ(hit.seriesId, made.value().id);
    EXPECT_EQ(hit.seriesIndex, 3);
    EXPECT_TRUE(hit.conflict.contains(QStringLiteral("Staff training"))) << hit.conflict.toStdString();
    // And the command line says so.
    const CliRun run =
        cli(db,
            {QStringLiteral("conflicts"), QStringLiteral("--from"), QStringLiteral("2026-02-01"),
             QStringLiteral("--to"), QStringLiteral("2026-02-28")},
            kNowText);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("\"series_index\": 3")) << run.out.toStdString();
}

} // namespace
