#pragma once

#include "engine/feeds.h"
#include "engine/schedule.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QCalendarWidget;
class QLabel;
class QListWidget;
class QTabWidget;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimeEdit;
class QTreeWidget;

namespace caredesk {

class ClosuresModel;
class ExceptionForm;

/// The Clinic Closures workspace (managers): the closures ahead, each with who works
/// anyway and how many booked appointments it hits, and a form to add one. Emits
/// intent; ClosuresController acts.
class ClosuresWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit ClosuresWorkspace(QWidget *parent = nullptr);

    [[nodiscard]] ClosuresModel *model() const { return m_model; }
    void setToday(const QDate &today);
    void showMessage(const QString &text, bool isError);
    /// Clears the form after a closure was added (its input is kept on failure).
    void clearForm();
    /// The booked appointments inside the selected closure (asked for by closureSelected).
    void setClosureAppointments(qint64 closureId, const QList<AppointmentSummary> &appointments,
                                const QTimeZone &zone);
    /// Paints the closures into the year view (called after every load).
    void updateYear();
    /// The saved holiday feeds, with how many changes each has waiting for review.
    void setFeeds(const QList<HolidayFeed> &feeds, const QHash<qint64, int> &pendingChanges);
    [[nodiscard]] const QList<HolidayFeed> &feeds() const { return m_feeds; }
    /// Chain managers of a chain of clinics may add (and delete) closures of the whole
    /// chain: the form then offers "For the whole chain".
    void setChainWideAllowed(bool allowed);

Q_SIGNALS:
    void addRequested(const caredesk::ExceptionData &closure);
    void deleteRequested(qint64 id, const QString &description);
    /// The user selected a closure: list the appointments inside it.
    void closureSelected(qint64 id, const caredesk::ExceptionData &closure);
    /// Open one of those appointments in Book (to reschedule it).
    void openAppointmentRequested(const caredesk::AppointmentSummary &appointment);
    /// Import… (Ctrl+I): import closures from a calendar file or address.
    void importRequested();
    /// Feeds → Subscribe…: the import dialog with "subscribe" ticked.
    void subscribeRequested();
    /// Check a feed now (0: every feed).
    void checkFeedsRequested(qint64 feedId);
    void reviewFeedRequested(qint64 feedId);
    void removeFeedRequested(qint64 feedId, const QString &title);

private:
    void requestAdd();
    void requestDelete();
    /// Delete is for a selected closure this person may delete.
    void updateDeleteButton();

    ClosuresModel *m_model;
    QTableView *m_table;
    ExceptionForm *m_form;
    QPushButton *m_add;
    QPushButton *m_delete;
    QCheckBox *m_chainWide;
    bool m_chainWideAllowed = false;
    QListWidget *m_inside;
    QPushButton *m_openInBook;
    QTabWidget *m_views;
    QList<QCalendarWidget *> m_months;
    QLabel *m_yearTitle;
    int m_year = 0;
    QList<AppointmentSummary> m_insideRows;
    qint64 m_insideFor = 0;  ///< the closure whose appointments the list shows
    qint64 m_selectedId = 0; ///< the closure the user selected (its list may still load)
    QLabel *m_banner;
    QPushButton *m_import;
    QTreeWidget *m_feedList;
    QPushButton *m_checkFeed;
    QPushButton *m_reviewFeed;
    QPushButton *m_removeFeed;
    QLabel *m_feedNotice;
    QPushButton *m_feedNoticeReview;
    QList<HolidayFeed> m_feeds;
    QHash<qint64, int> m_pending;
    [[nodiscard]] qint64 selectedFeed() const;
    void updateFeedButtons();
};

} // namespace caredesk
