#include "bookcontroller.h"

#include "diagnostics.h"
#include "engine/booking.h"
#include "engine/clinicsetup.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "models/availabilityresultsmodel.h"
#include "models/daysheetmodel.h"
#include "models/localeformat.h"
#include "ui/book/daysheetpanel.h"
#include "ui/book/waitlistpanel.h"

#include <QLocale>
#include <QUuid>

namespace caredesk {

BookController::BookController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                               BookWorkspace *view, QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_clock(std::move(clock))
    , m_view(view)
{
    connect(view, &BookWorkspace::searchRequested, this, &BookController::search);
    connect(view, &BookWorkspace::nextAvailableRequested, this,
            [this](const BookSearch &s) { nextAvailableAsync(s); });
    connect(view, &BookWorkspace::cancelRequested, this, &BookController::cancelSearch);
    connect(view, &BookWorkspace::bookRequested, this,
            [this](const QString &key, qint64 start, int minutes, const PatientDetails &p) {
                bookAsync(key, start, minutes, p);
            });
    connect(view, &BookWorkspace::seriesPreviewRequested, this,
            [this](const QString &key, qint64 start, int minutes, const PatientDetails &p) {
                previewSeriesAsync(key, start, minutes, p);
            });
    connect(
        view, &BookWorkspace::seriesBookRequested, this,
        [this](const SeriesRequest &r, const QList<SeriesChoice> &choices) { bookSeriesAsync(r, choices); });
    connect(view->waitlist(), &WaitlistPanel::addRequested, this,
            [this](const WaitlistEntry &e) { addWaitlistAsync(e); });
    connect(view->waitlist(), &WaitlistPanel::bookOfferRequested, this,
            [this](const WaitlistOffer &o) { bookOfferAsync(o); });
    connect(view->waitlist(), &WaitlistPanel::removeRequested, this,
            [this](qint64 id) { removeWaitlistAsync(id); });
    connect(view, &BookWorkspace::rescheduleToRequested, this,
            [this](const AppointmentSummary &a, qint64 start) { rescheduleAsync(a, start); });
    connect(view->daySheet(), &DaySheetPanel::daySheetRequested, this,
            [this](const QString &key, const QDate &date) { daySheetAsync(key, date, 0); });
    connect(view->daySheet(), &DaySheetPanel::cancelAppointmentRequested, this,
            [this](const AppointmentSummary &a) { cancelAsync(a); });
    connect(view->daySheet(), &DaySheetPanel::cancelSeriesRequested, this,
            [this](const AppointmentSummary &a) { cancelSeriesAsync(a); });
    connect(view, &BookWorkspace::moveSeriesToRequested, this,
            [this](const AppointmentSummary &a, const QString &key, qint64 start) {
                moveSeriesAsync(a, key, start);
            });
}

void BookController::load()
{
    loadAsync();
}

void BookController::refresh()
{
    refreshSearch();
    if (m_view) {
        reloadDaySheet({});
        waitlistAsync();
    }
}

void BookController::reloadDaySheet(const QDate &firstDay)
{
    // The day sheet the user asked for last, even while it is still loading: a refresh
    // must not bring back the previous day, nor lose an appointment the user asked to see
    // (Open in Book) before it is selected.
    if (m_sheetWanted.date.isValid() || m_sheetWanted.selectId > 0)
        daySheetAsync(m_sheetWanted.key, m_sheetWanted.date, m_sheetWanted.selectId, true);
    else if (firstDay.isValid())
        daySheetAsync(m_view->daySheet()->practitionerKey(), firstDay, 0, true);
}

void BookController::showDaySheet(const QString &key, const QDate &date, qint64 appointmentId)
{
    if (m_view)
        m_view->showDaySheetTab();
    daySheetAsync(key, date, appointmentId);
}

QCoro::Task<> BookController::daySheetAsync(QString key, QDate date, qint64 selectId, bool quiet)
{
    QPointer<BookController> self(this);
    const int generation = ++m_sheetGeneration;
    m_sheetWanted = {key, date, selectId};
    struct Sheet
    {
        QDate date;
        QTimeZone zone;
        QList<AppointmentSummary> rows;
    };
    QCoro::Task<Result<Sheet>> task = m_pool->run(
        Access::Read,
        [key, date, selectId](Session &s) {
            Sheet out;
            out.zone = clinicTimeZone(s);
            out.date = date;
            if (!out.date.isValid() && selectId > 0)
                out.date = readAppointment(s, selectId).start.toTimeZone(out.zone).date();
            out.rows = daySheet(s, out.date, key);
            return out;
        },
        QStringLiteral("book: day sheet"));
    Result<Sheet> sheet = co_await task;
    if (!self || !m_view || generation != m_sheetGeneration)
        co_return;
    if (!sheet) {
        m_view->showMessage(tr("The day sheet could not be loaded: %1").arg(sheet.error().message), true);
        co_return;
    }
    DaySheetPanel *panel = m_view->daySheet();
    const auto keep = panel->selectedAppointment();
    panel->setDay(key, sheet.value().date);
    m_sheetWanted = {key, sheet.value().date, 0};
    // The appointment the user asked to see takes the keyboard; a reload's never does, and
    // without one the row the user stands on stays selected.
    const qint64 select = selectId > 0 ? selectId : (keep ? keep->id : 0);
    panel->showAppointments(sheet.value().rows, sheet.value().zone, select,
                            selectId > 0 && !quiet ? DaySheetPanel::Focus::Take : DaySheetPanel::Focus::Keep);
    Q_EMIT daySheetLoaded();
}

QCoro::Task<> BookController::rescheduleAsync(AppointmentSummary appointment, qint64 startMs)
{
    QPointer<BookController> self(this);
    const QDateTime now = m_clock->now();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    const qint64 id = appointment.id;
    const int version = appointment.version;
    QCoro::Task<Result<Appointment>> task = m_pool->run(
        Access::Write,
        [id, version, start, now](Session &s) { return reschedule(s, id, start, version, now); },
        QStringLiteral("book: reschedule"));
    Result<Appointment> moved = co_await task;
    if (!self || !m_view)
        co_return;
    const QLocale locale;
    const QDateTime local = start.toTimeZone(m_zone);
    QString message;
    if (moved) {
        message = tr("Moved %1 to %2 at %3.")
                      .arg(appointment.patient, locale.toString(local.date(), QLocale::LongFormat),
                           localeformat::shortTime(locale, local.time()));
        m_view->stopReschedule();
        m_view->showMessage(message, false);
        m_view->daySheet()->setDay(m_view->daySheet()->practitionerKey(), local.date());
        daySheetAsync(m_view->daySheet()->practitionerKey(), local.date(), id);
    } else if (moved.error().code == ErrorCode::SlotTaken) {
        message = tr("That slot was just taken — choose another one for %1.").arg(appointment.patient);
        m_view->showMessage(message, true);
    } else if (moved.error().code == ErrorCode::StaleVersion) {
        message =
            tr("Someone else changed %1's appointment meanwhile; it was not moved. Check the day sheet.")
                .arg(appointment.patient);
        m_view->stopReschedule();
        m_view->showMessage(message, true);
    } else {
        message = tr("Not moved: %1").arg(moved.error().message);
        m_view->showMessage(message, true);
    }
    Q_EMIT changeFinished(moved.ok(), message);
    refreshSearch();
}

QCoro::Task<> BookController::cancelAsync(AppointmentSummary appointment)
{
    QPointer<BookController> self(this);
    const qint64 id = appointment.id;
    const int version = appointment.version;
    QCoro::Task<Result<Appointment>> task =
        m_pool->runOnce([id, version](Session &s) { return cancel(s, id, version); },
                        [id](Session &s) { return findCancelled(s, id); }, QStringLiteral("book: cancel"));
    Result<Appointment> cancelled = co_await task;
    if (!self || !m_view)
        co_return;
    QString message;
    if (cancelled)
        message =
            tr("Cancelled %1's appointment with %2.").arg(appointment.patient, appointment.practitionerName);
    else if (cancelled.error().code == ErrorCode::StaleVersion)
        message = tr("Someone else changed %1's appointment meanwhile; it was not cancelled. Check it again.")
                      .arg(appointment.patient);
    else
        message = tr("Not cancelled: %1").arg(cancelled.error().message);
    m_view->showMessage(message, !cancelled);
    Q_EMIT changeFinished(cancelled.ok(), message);
    refresh();
}

void BookController::refreshSearch()
{
    if (!m_shown)
        return;
    // A refresh never takes over a search the user is waiting for (its results could
    // predate the change, so the refresh follows it instead).
    if (m_searching) {
        m_refreshWaiting = true;
        return;
    }
    searchAsync(*m_shown, {}, 0, Run::Refresh);
}

void BookController::searchEnded()
{
    m_searching = false;
    if (m_refreshWaiting) {
        m_refreshWaiting = false;
        refreshSearch();
    }
}

void BookController::cancelSearch()
{
    ++m_generation;
    searchEnded(); // a refresh that waited for the stopped search runs now, on what is shown
    if (m_view) {
        m_view->setBusy(false);
        m_view->showMessage(tr("Search stopped."), false);
    }
}

void BookController::search(const BookSearch &search)
{
    if (m_view)
        m_view->showMessage({}, false);
    searchAsync(search, {}, 0, Run::Asked);
}

QCoro::Task<> BookController::loadAsync()
{
    QPointer<BookController> self(this);
    struct Setup
    {
        ClinicSettings settings;
        QList<QPair<QString, QString>> practitioners;
        QList<AppointmentTypeData> types;
    };
    QCoro::Task<Result<Setup>> task = m_pool->run(
        Access::Read,
        [](Session &s) {
            Setup out;
            out.settings = readClinicSettings(s);
            for (const PractitionerInfo &p : listPractitioners(s, false))
                out.practitioners.append({p.key, p.name});
            out.types = listAppointmentTypes(s);
            return out;
        },
        QStringLiteral("book: setup"));
    Result<Setup> setup = co_await task;
    if (!self || !m_view)
        co_return;
    if (!setup) {
        m_view->showMessage(tr("The clinic could not be loaded: %1").arg(setup.error().message), true);
        co_return;
    }
    m_zone = QTimeZone(setup.value().settings.timeZone.toUtf8());
    m_names.clear();
    for (const auto &[key, name] : setup.value().practitioners)
        m_names.insert(key, name);
    m_view->setPractitioners(setup.value().practitioners);
    m_view->setAppointmentTypes(setup.value().types);
    const QDate today = m_clock->now().toTimeZone(m_zone).date();
    m_view->setToday(today);
    if (m_zone != QTimeZone::systemTimeZone())
        m_view->setClinicZoneNote(tr("Times are clinic time (%1)").arg(QString::fromUtf8(m_zone.id())));
    // The first load opens today's sheet and searches the form; a reload (after a
    // reconnect) repeats what the user asked for last instead.
    reloadDaySheet(today);
    waitlistAsync();
    if (m_shown)
        refreshSearch();
    else
        search(m_view->currentSearch());
}

QCoro::Task<> BookController::searchAsync(BookSearch search, QString selectKey, qint64 selectStart, Run run)
{
    QPointer<BookController> self(this);
    const int generation = ++m_generation;
    if (search.to < search.from) {
        m_view->setBusy(false);
        m_view->showMessage(tr("The last date is before the first."), true);
        searchEnded();
        co_return;
    }
    const int days = int(search.from.daysTo(search.to)) + 1;
    m_searching = true;
    if (run == Run::Asked)
        m_view->setBusy(true, tr("Searching %n day(s)…", nullptr, days));
    AvailabilityOptions options;
    options.from = search.from;
    options.to = search.to;
    options.minutes = search.minutes;
    options.nowMs = m_clock->now().toMSecsSinceEpoch();
    const QStringList keys = search.keys;
    // A search the user asked for may be read from a standby; a refresh follows a change
    // (this desk's or another's) and reads the primary, so it always shows that change.
    QCoro::Task<Result<QList<PractitionerAvailability>>> task = m_pool->run(
        run == Run::Asked ? Access::StandbyRead : Access::Read,
        [keys, options](Session &s) {
            Transaction tx(s, Transaction::Kind::Snapshot);
            const AvailabilityData data = loadAvailabilityData(s, keys, options.from, options.to);
            tx.commit();
            return evaluateAvailability(data, options);
        },
        QStringLiteral("book: search"));
    Result<QList<PractitionerAvailability>> result = co_await task;
    if (!self || !m_view || generation != m_generation)
        co_return; // a newer search, or a stop, superseded this one
    m_view->setBusy(false);
    if (!result) {
        m_view->showMessage(tr("The search failed: %1").arg(result.error().message), true);
        DiagnosticsLog::recordProblem(result.error().toString());
    } else {
        QList<PractitionerAvailability> found = result.value();
        filterSlots(found, m_zone, search.minutes, search.weekdays, search.timeFrom, search.timeTo);
        m_view->showResults(found, m_zone, search.minutes,
                            run == Run::Refresh ? BookWorkspace::Show::KeepPlace
                                                : BookWorkspace::Show::FromTop);
        m_shown = search; // what refreshes repeat: the search whose results are on screen
        if (!selectKey.isEmpty() || selectStart != 0)
            m_view->selectSlot(selectKey, selectStart);
    }
    searchEnded();
    Q_EMIT searchFinished();
}

QCoro::Task<> BookController::nextAvailableAsync(BookSearch search)
{
    QPointer<BookController> self(this);
    const int generation = ++m_generation;
    m_searching = true;
    m_view->showMessage({}, false);
    m_view->setBusy(true, tr("Looking for the next free slot…"));
    NextAvailableQuery q;
    q.keys = search.keys;
    q.minutes = search.minutes;
    q.after = m_clock->now();
    q.limit = 1;
    q.dayFrom = search.timeFrom;
    q.dayTo = search.timeTo;
    q.weekdays = search.weekdays.size() == 7 ? QList<int>() : search.weekdays;
    QCoro::Task<Result<QList<FoundSlot>>> task = m_pool->run(
        Access::StandbyRead, [q](Session &s) { return nextAvailable(s, q); },
        QStringLiteral("book: next available"));
    Result<QList<FoundSlot>> found = co_await task;
    if (!self || !m_view || generation != m_generation)
        co_return;
    m_view->setBusy(false);
    if (!found) {
        m_view->showMessage(tr("The search failed: %1").arg(found.error().message), true);
        searchEnded();
        co_return;
    }
    if (found.value().isEmpty()) {
        m_view->showMessage(tr("No free slot in the next %n day(s) for this search.", nullptr, q.horizonDays),
                            true);
        searchEnded();
        co_return;
    }
    const FoundSlot slot = found.value().first();
    const QDate day = QDateTime::fromMSecsSinceEpoch(slot.start, QTimeZone::utc()).toTimeZone(m_zone).date();
    m_view->showDates(day, day.addDays(6));
    search.from = day;
    search.to = day.addDays(6);
    searchAsync(search, slot.practitionerKey, slot.start, Run::Asked);
}

QCoro::Task<> BookController::bookAsync(QString key, qint64 startMs, int minutes, PatientDetails patient)
{
    QPointer<BookController> self(this);
    BookingRequest request;
    request.practitionerKey = key;
    request.start = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    request.minutes = minutes;
    request.patient = patient.name;
    request.phone = patient.phone;
    request.typeKey = patient.typeKey;
    request.requestId = QUuid::createUuid();
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<Appointment>> task =
        m_pool->runOnce([request, now](Session &s) { return book(s, request, now); },
                        [id = request.requestId](Session &s) { return findByRequestId(s, id); },
                        QStringLiteral("book: book"));
    Result<Appointment> made = co_await task;
    if (!self || !m_view)
        co_return;
    const QLocale locale;
    const QDateTime local = request.start.toTimeZone(m_zone);
    QString message;
    if (made) {
        message = tr("Booked %1 with %2 on %3 at %4.")
                      .arg(patient.name, m_names.value(key, key),
                           locale.toString(local.date(), QLocale::LongFormat),
                           localeformat::shortTime(locale, local.time()));
        m_view->showMessage(message, false);
    } else if (made.error().code == ErrorCode::SlotTaken) {
        message =
            tr("That slot was just taken. %1's details are kept — choose another slot.").arg(patient.name);
        m_view->showMessage(message, true);
    } else {
        message = tr("Not booked: %1").arg(made.error().message);
        DiagnosticsLog::recordProblem(made.error().toString());
        m_view->showMessage(message, true);
    }
    Q_EMIT bookingFinished(made.ok(), message);
    refresh();
}

QCoro::Task<> BookController::previewSeriesAsync(QString key, qint64 startMs, int minutes,
                                                 PatientDetails patient)
{
    QPointer<BookController> self(this);
    SeriesRequest request;
    request.practitionerKey = key;
    request.firstStart = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    request.rrule = patient.repeatRule;
    request.minutes = minutes;
    request.patient = patient.name;
    request.phone = patient.phone;
    request.typeKey = patient.typeKey;
    request.requestId = QUuid::createUuid(); // one id for the series, kept for a retry
    const QDateTime now = m_clock->now();
    m_view->setBusy(true, tr("Checking every visit…"));
    QCoro::Task<Result<SeriesPreview>> task = m_pool->run(
        Access::Read, [request, now](Session &s) { return previewSeries(s, request, now); },
        QStringLiteral("book: series preview"));
    Result<SeriesPreview> preview = co_await task;
    if (!self || !m_view)
        co_return;
    m_view->setBusy(false);
    if (!preview) {
        const QString message = tr("The series was not checked: %1").arg(preview.error().message);
        DiagnosticsLog::recordProblem(preview.error().toString());
        m_view->showMessage(message, true);
        Q_EMIT bookingFinished(false, message);
        co_return;
    }
    const QLocale locale;
    const QDateTime local = request.firstStart.toTimeZone(m_zone);
    m_view->showSeriesPreview(
        request, preview.value(),
        tr("%1 with %2, %3 at %4, %n visit(s)", nullptr, int(preview.value().occurrences.size()))
            .arg(patient.name, m_names.value(key, key), locale.toString(local.date(), QLocale::LongFormat),
                 localeformat::shortTime(locale, local.time())));
}

QCoro::Task<> BookController::bookSeriesAsync(SeriesRequest request, QList<SeriesChoice> choices)
{
    QPointer<BookController> self(this);
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<BookedSeries>> task =
        m_pool->runOnce([request, choices, now](Session &s) { return bookSeries(s, request, choices, now); },
                        [id = request.requestId](Session &s) { return findSeriesByRequestId(s, id); },
                        QStringLiteral("book: book series"));
    Result<BookedSeries> made = co_await task;
    if (!self || !m_view)
        co_return;
    QString message;
    if (made) {
        const QLocale locale;
        const QDateTime first = made.value().appointments.first().start.toTimeZone(m_zone);
        message = tr("Booked %n visit(s) for %1 with %2, the first on %3 at %4.", nullptr,
                     int(made.value().appointments.size()))
                      .arg(request.patient, m_names.value(request.practitionerKey, request.practitionerKey),
                           locale.toString(first.date(), QLocale::LongFormat),
                           localeformat::shortTime(locale, first.time()));
        m_view->showMessage(message, false);
    } else {
        message = made.error().code == ErrorCode::SlotTaken || made.error().code == ErrorCode::NotAllowed
                      ? tr("Nothing was booked: %1. Check the visits again.").arg(made.error().message)
                      : tr("Not booked: %1").arg(made.error().message);
        if (made.error().code != ErrorCode::SlotTaken)
            DiagnosticsLog::recordProblem(made.error().toString());
        m_view->showMessage(message, true);
    }
    Q_EMIT bookingFinished(made.ok(), message);
    refresh();
}

QCoro::Task<> BookController::waitlistAsync()
{
    QPointer<BookController> self(this);
    const int generation = ++m_waitlistGeneration;
    const QDateTime now = m_clock->now();
    struct Waiting
    {
        QTimeZone zone;
        QList<WaitlistEntry> entries;
        QList<WaitlistOffer> offers;
    };
    QCoro::Task<Result<Waiting>> task = m_pool->run(
        Access::Read,
        [now](Session &s) {
            Waiting out;
            out.zone = clinicTimeZone(s);
            out.entries = listWaitlist(s, true);
            QDate last;
            for (const WaitlistEntry &e : std::as_const(out.entries))
                last = last.isValid() ? std::max(last, e.latest) : e.latest;
            const QDate today = now.toTimeZone(out.zone).date();
            if (!out.entries.isEmpty() && last >= today) {
                last = std::min(last, today.addDays(90));
                out.offers = matchWaitlist(s, {}, now, wallClockToInstant(last, kEndOfDay, out.zone), now);
            }
            return out;
        },
        QStringLiteral("book: waitlist"));
    Result<Waiting> waiting = co_await task;
    if (!self || !m_view || generation != m_waitlistGeneration)
        co_return;
    if (!waiting) {
        DiagnosticsLog::recordProblem(waiting.error().toString());
        m_view->waitlist()->showMessage(
            tr("The waitlist could not be loaded: %1").arg(waiting.error().message), true);
        co_return;
    }
    m_view->showWaitlist(waiting.value().entries, waiting.value().offers, waiting.value().zone);
}

QCoro::Task<> BookController::addWaitlistAsync(WaitlistEntry entry)
{
    QPointer<BookController> self(this);
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<WaitlistEntry>> task = m_pool->run(
        Access::Write, [entry, now](Session &s) { return addWaitlistEntry(s, entry, now); },
        QStringLiteral("book: waitlist add"));
    Result<WaitlistEntry> made = co_await task;
    if (!self || !m_view)
        co_return;
    if (made)
        m_view->waitlist()->showMessage(tr("%1 is on the waitlist.").arg(made.value().patient), false);
    else
        m_view->waitlist()->showMessage(tr("Not added: %1").arg(made.error().message), true);
    Q_EMIT bookingFinished(made.ok(), {});
    waitlistAsync();
}

QCoro::Task<> BookController::bookOfferAsync(WaitlistOffer offer)
{
    QPointer<BookController> self(this);
    const QDateTime now = m_clock->now();
    const QUuid requestId = QUuid::createUuid();
    QCoro::Task<Result<Appointment>> task = m_pool->runOnce(
        [offer, requestId, now](Session &s) {
            return bookFromWaitlist(s, offer.entry.id, offer.practitionerKey, offer.start, requestId, now);
        },
        [requestId](Session &s) { return findByRequestId(s, requestId); },
        QStringLiteral("book: waitlist offer"));
    Result<Appointment> made = co_await task;
    if (!self || !m_view)
        co_return;
    QString message;
    if (made) {
        const QLocale locale;
        const QDateTime local = made.value().start.toTimeZone(m_zone);
        message = tr("Booked %1 from the waitlist with %2 on %3 at %4.")
                      .arg(offer.entry.patient, m_names.value(offer.practitionerKey, offer.practitionerKey),
                           locale.toString(local.date(), QLocale::LongFormat),
                           localeformat::shortTime(locale, local.time()));
    } else {
        message = tr("Not booked: %1").arg(made.error().message);
        if (made.error().code != ErrorCode::SlotTaken)
            DiagnosticsLog::recordProblem(made.error().toString());
    }
    m_view->waitlist()->showMessage(message, !made);
    Q_EMIT bookingFinished(made.ok(), message);
    refresh();
}

QCoro::Task<> BookController::removeWaitlistAsync(qint64 entryId)
{
    QPointer<BookController> self(this);
    QCoro::Task<Result<WaitlistEntry>> task = m_pool->run(
        Access::Write, [entryId](Session &s) { return removeWaitlistEntry(s, entryId); },
        QStringLiteral("book: waitlist remove"));
    Result<WaitlistEntry> removed = co_await task;
    if (!self || !m_view)
        co_return;
    m_view->waitlist()->showMessage(removed ? tr("%1 is off the waitlist.").arg(removed.value().patient)
                                            : tr("Not removed: %1").arg(removed.error().message),
                                    !removed);
    waitlistAsync();
}

QCoro::Task<> BookController::cancelSeriesAsync(AppointmentSummary appointment)
{
    QPointer<BookController> self(this);
    const qint64 id = appointment.id;
    QCoro::Task<Result<SeriesChange>> task = m_pool->run(
        Access::Write, [id](Session &s) { return cancelSeriesFrom(s, id); },
        QStringLiteral("book: cancel series"));
    Result<SeriesChange> done = co_await task;
    if (!self || !m_view)
        co_return;
    const QString message =
        done ? tr("Cancelled %n visit(s) of %1's series. Tools → Undo Last Bulk Change takes it back.",
                  nullptr, done.value().changed)
                   .arg(appointment.patient)
             : tr("Not cancelled: %1").arg(done.error().message);
    m_view->showMessage(message, !done);
    Q_EMIT changeFinished(done.ok(), message);
    refresh();
}

QCoro::Task<> BookController::moveSeriesAsync(AppointmentSummary appointment, QString key, qint64 startMs)
{
    QPointer<BookController> self(this);
    const QDateTime now = m_clock->now();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    const qint64 id = appointment.id;
    const QString to = key; // every visit moved goes to the chosen slot's practitioner
    QCoro::Task<Result<SeriesChange>> task = m_pool->run(
        Access::Write, [id, to, start, now](Session &s) { return moveSeriesFrom(s, id, to, start, now); },
        QStringLiteral("book: move series"));
    Result<SeriesChange> moved = co_await task;
    if (!self || !m_view)
        co_return;
    QString message;
    if (moved) {
        message = tr("Moved %n visit(s) of %1's series. Tools → Undo Last Bulk Change takes it back.",
                     nullptr, moved.value().changed)
                      .arg(appointment.patient);
        m_view->stopReschedule();
        const QDate day = start.toTimeZone(m_zone).date();
        m_view->daySheet()->setDay(m_view->daySheet()->practitionerKey(), day);
        daySheetAsync(m_view->daySheet()->practitionerKey(), day, id);
    } else {
        // Nothing moved; the user stays in "move" mode to choose another slot.
        message = tr("Nothing was moved: %1").arg(moved.error().message);
    }
    m_view->showMessage(message, !moved);
    Q_EMIT changeFinished(moved.ok(), message);
    refresh();
}

} // namespace caredesk
