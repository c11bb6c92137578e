#pragma once

#include "engine/availability.h"
#include "engine/clock.h"
#include "engine/schedule.h"
#include "ui/book/bookworkspace.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <memory>

namespace caredesk {

class ConnectionPool;

/// Front desk's controller: turns the Book workspace's intents into engine calls on
/// the pool and puts the answers back into the view. Never runs SQL itself.
class BookController final : public QObject
{
    Q_OBJECT

public:
    BookController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock, BookWorkspace *view,
                   QObject *parent = nullptr);

    /// Loads practitioners, appointment types and the clinic zone, then searches.
    void load();
    /// Runs the last search again (another client changed something).
    void refresh();

    /// Drops search results that are no longer wanted when they arrive.
    void cancelSearch();
    /// Opens the day sheet for a practitioner (empty: everyone) and day; with an
    /// appointment id and no date, the appointment's own day, with it selected.
    void showDaySheet(const QString &key, const QDate &date, qint64 appointmentId = 0);

Q_SIGNALS:
    void searchFinished();
    void bookingFinished(bool booked, const QString &message);
    void daySheetLoaded();
    void changeFinished(bool ok, const QString &message);

private:
    QCoro::Task<> loadAsync();
    /// Asked: the user's search, with progress. Refresh: the last search again after a
    /// change, without progress, keeping the user's place in the results.
    enum class Run
    {
        Asked,
        Refresh
    };
    QCoro::Task<> searchAsync(BookSearch search, QString selectKey, qint64 selectStart, Run run);
    /// Repeats the last search quietly; while one the user asked for still runs, once it ends.
    void refreshSearch();
    /// The current search (or next-available look-up) ended; runs a refresh that waited.
    void searchEnded();
    QCoro::Task<> nextAvailableAsync(BookSearch search);
    QCoro::Task<> bookAsync(QString key, qint64 startMs, int minutes, PatientDetails patient);
    QCoro::Task<> previewSeriesAsync(QString key, qint64 startMs, int minutes, PatientDetails patient);
    QCoro::Task<> bookSeriesAsync(SeriesRequest request, QList<SeriesChoice> choices);
    /// The open waitlist entries and the earliest free slot fitting each, from now to the
    /// last date any entry accepts (at most 90 days on): one batch and one match query.
    QCoro::Task<> waitlistAsync();
    QCoro::Task<> addWaitlistAsync(WaitlistEntry entry);
    QCoro::Task<> bookOfferAsync(WaitlistOffer offer);
    QCoro::Task<> removeWaitlistAsync(qint64 entryId);
    void search(const BookSearch &search);
    /// `quiet`: a reload, which never takes the keyboard.
    QCoro::Task<> daySheetAsync(QString key, QDate date, qint64 selectId, bool quiet = false);
    /// Reloads the day sheet asked for last; before any was, `firstDay`'s (if valid).
    void reloadDaySheet(const QDate &firstDay);
    QCoro::Task<> rescheduleAsync(AppointmentSummary appointment, qint64 startMs);
    QCoro::Task<> cancelAsync(AppointmentSummary appointment);
    QCoro::Task<> cancelSeriesAsync(AppointmentSummary appointment);
    QCoro::Task<> moveSeriesAsync(AppointmentSummary appointment, QString key, qint64 startMs);

    std::shared_ptr<ConnectionPool> m_pool;
    std::shared_ptr<Clock> m_clock;
    QPointer<BookWorkspace> m_view;
    QTimeZone m_zone;
    QHash<QString, QString> m_names;
    std::optional<BookSearch> m_shown; ///< the search whose results are on screen
    int m_generation = 0;
    bool m_searching = false;      ///< a search of the current generation is running
    bool m_refreshWaiting = false; ///< a change arrived while it ran
    int m_sheetGeneration = 0;
    int m_waitlistGeneration = 0;
    /// The day sheet asked for last: practitioner (empty: everyone), day (invalid: the
    /// appointment's own) and an appointment to select once it has loaded.
    struct SheetRequest
    {
        QString key;
        QDate date;
        qint64 selectId = 0;
    };
    SheetRequest m_sheetWanted;
};

/// Keeps only the slots a search's weekday and time-of-day filters allow; an open day
/// left without a slot becomes `full`.
void applySearchFilters(QList<PractitionerAvailability> &results, const BookSearch &search,
                        const QTimeZone &zone);

} // namespace caredesk
