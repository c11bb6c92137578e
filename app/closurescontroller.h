#pragma once

#include "engine/clinicdata.h"
#include "engine/clock.h"
#include "engine/feeds.h"
#include "engine/holidayimport.h"
#include "engine/warnings.h"
#include "ui/closures/importdialog.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace caredesk {

class ClosuresWorkspace;
class ConnectionPool;

/// The manager's Clinic Closures: lists, adds and deletes clinic-wide closures through
/// the engine; the list reloads after every change and on notifications. Imports
/// closures from calendar files and feeds (preview, then the ticked changes in one
/// transaction) and checks saved feeds daily and on demand, keeping what changed for
/// the manager to review: a feed never changes the closures by itself.
class ClosuresController final : public QObject
{
    Q_OBJECT

public:
    ClosuresController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                       ClosuresWorkspace *view, QObject *parent = nullptr);
    void load();
    /// Daily feed checks run while enabled (for managers).
    void setFeedChecksEnabled(bool enabled);
    /// Offers closures of the whole chain (chain managers of a chain of clinics).
    void setChainWideAllowed(bool allowed);
    /// Checks every saved feed now (0) or one; what changed waits for review.
    void checkFeeds(qint64 feedId = 0);
    /// The open import or review dialog, if any.
    [[nodiscard]] ImportDialog *importDialog() const { return m_dialog; }
    /// Changes each feed has waiting for review, by feed id.
    [[nodiscard]] const QHash<qint64, int> &pendingFeedChanges() const { return m_pendingCounts; }
    /// Opens the review of what a checked feed offers.
    void openReview(qint64 feedId);
    /// The subscribed feeds' upcoming holidays (the next `days` days) that are no closures
    /// yet, from the last checks (managers' clients check daily).
    [[nodiscard]] QList<AvailabilityWarning> feedWarnings(int days) const;

Q_SIGNALS:
    /// A closure was added or imported (or an imported one changed): booked appointments
    /// may now lie inside one.
    void closuresWidened();
    void loaded();
    void changeFinished(bool ok, const QString &message);
    void insideLoaded();
    void previewLoaded(bool ok);
    void importFinished(bool ok, const QString &message);
    void feedsLoaded();
    void feedsChecked();

private:
    QCoro::Task<> loadAsync();
    QCoro::Task<> addAsync(ExceptionData closure);
    QCoro::Task<> insideAsync(qint64 id, ExceptionData closure);
    QCoro::Task<> deleteAsync(qint64 id, QString description);
    /// A new import dialog wired to this controller (it deletes itself on close).
    ImportDialog *newDialog();
    void openImportDialog(bool subscribe);
    QCoro::Task<> previewAsync(QString sourceText, QDate from, QDate to);
    QCoro::Task<> importAsync(QSet<QString> keys, bool subscribe, QString feedName);
    QCoro::Task<> loadFeedsAsync();
    /// Checks feeds (all when onlyId is 0); a forced check asked for while one runs
    /// runs after it. Emits feedsChecked once, when none is left.
    QCoro::Task<> checkFeedsAsync(qint64 onlyId, bool force);
    /// One pass; false when the controller went away meanwhile.
    QCoro::Task<bool> checkFeedsOnceAsync(qint64 onlyId, bool force);
    QCoro::Task<> removeFeedAsync(qint64 id, QString title);
    /// Fetches or reads a calendar and reads it in the clinic's zone over [from, to].
    QCoro::Task<Result<HolidayCalendar>> readCalendarAsync(CalendarSource source, QDate from, QDate to);

    std::shared_ptr<ConnectionPool> m_pool;
    std::shared_ptr<Clock> m_clock;
    QPointer<ClosuresWorkspace> m_view;
    int m_generation = 0;
    int m_insideGeneration = 0;

    /// A calendar read for the dialog or a feed check, and where it would apply.
    struct Prepared
    {
        HolidayCalendar calendar;
        ImportScope scope;
        CalendarSource source;
        QString feedTitle;
        ImportPlan plan;
    };
    QNetworkAccessManager *m_nam;
    QTimer *m_feedTimer;
    QPointer<ImportDialog> m_dialog;
    std::optional<Prepared> m_prepared; ///< what the open dialog previewed
    std::optional<qint64> m_dialogFeed; ///< the feed the dialog reviews
    int m_previewGeneration = 0;
    QHash<qint64, Prepared> m_feedReviews; ///< feeds with changes to review
    QHash<qint64, int> m_pendingCounts;
    bool m_checking = false;
    std::optional<qint64> m_queuedCheck; ///< a forced check asked for while one ran
    QDate m_today;                       ///< in the clinic's zone, from the last load
    bool m_feedChecks = false;
};

} // namespace caredesk
