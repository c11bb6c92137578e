#pragma once

#include "engine/availability.h"
#include "engine/clinicdata.h"
#include "engine/schedule.h"
#include "engine/series.h"
#include "engine/waitlist.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QCheckBox;
class QSettings;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class QToolButton;
class QTreeView;

namespace caredesk {

class AvailabilityResultsModel;
class DaySheetPanel;
class WaitlistPanel;

/// What front desk searches for.
struct BookSearch
{
    QStringList keys; ///< empty: any practitioner
    QDate from;
    QDate to;
    int minutes = 30;
    std::optional<int> timeFrom; ///< wall minutes
    std::optional<int> timeTo;
    QList<int> weekdays; ///< ISO; all seven when nothing is filtered
};

/// What the Book dialog collects.
struct PatientDetails
{
    QString name;
    QString phone;
    QString typeKey;
    QString repeatRule; ///< an RRULE (FREQ=WEEKLY;COUNT=10) for a series; empty: one appointment
};

/// The Book workspace (front desk): search form, results grouped by day and
/// practitioner, and booking. It shows state and emits intent; BookController acts.
class BookWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit BookWorkspace(QWidget *parent = nullptr);

    void setPractitioners(const QList<QPair<QString, QString>> &keysAndNames);
    void setAppointmentTypes(const QList<AppointmentTypeData> &types);
    /// Sets the date range to a week from `today` (when the user has not chosen one).
    void setToday(const QDate &today);
    /// The clinic zone's name, shown when it differs from the workstation's.
    void setClinicZoneNote(const QString &note);

    [[nodiscard]] AvailabilityResultsModel *resultsModel() const { return m_model; }
    [[nodiscard]] BookSearch currentSearch() const;
    /// The search filters a front desk keeps between runs: appointment length, time of
    /// day and weekdays (not dates or practitioners, which change every search).
    void saveFilters(QSettings &settings) const;
    void restoreFilters(const QSettings &settings);
    /// Moves the form's dates so they cover `date` (used by Next available).
    void showDates(const QDate &from, const QDate &to);

    /// Shows a search's results. With KeepPlace (a refresh after someone's change), the
    /// row the user stands on, the rows they opened or closed and the scroll position stay
    /// where they were, as far as those rows still exist; focus is not moved.
    enum class Show
    {
        FromTop,
        KeepPlace
    };
    void showResults(const QList<PractitionerAvailability> &results, const QTimeZone &zone, int minutes,
                     Show show);
    /// Shows the progress and Stop; Search and Next available stay usable, and using them
    /// replaces the running search.
    void setBusy(bool busy, const QString &text = {});
    /// A message in the banner above the results; errors stay until the next action.
    void showMessage(const QString &text, bool isError);
    void selectSlot(const QString &key, qint64 startMs);
    /// The details typed last; kept when a booking fails so nothing is retyped.
    [[nodiscard]] const PatientDetails &lastPatient() const { return m_lastPatient; }

    [[nodiscard]] DaySheetPanel *daySheet() const { return m_daySheet; }
    [[nodiscard]] WaitlistPanel *waitlist() const { return m_waitlist; }
    /// Shows the open waitlist entries and their offers; a new offer is announced on the
    /// Find a Slot tab too (Alt+L goes to it, Enter books it).
    void showWaitlist(const QList<caredesk::WaitlistEntry> &entries,
                      const QList<caredesk::WaitlistOffer> &offers, const QTimeZone &zone);
    void showDaySheetTab();
    /// Reschedule mode: the search looks for a new slot for this appointment and the
    /// Book button moves it there.
    void startReschedule(const caredesk::AppointmentSummary &appointment);
    /// The same for an occurrence of a series and every later one: the chosen slot gives
    /// the new day (the others move as many days) and time, with any practitioner.
    void startSeriesMove(const caredesk::AppointmentSummary &appointment);
    void stopReschedule();
    /// Shows every visit of the series asked for (from seriesPreviewRequested); booking
    /// the ticked ones emits seriesBookRequested.
    void showSeriesPreview(const caredesk::SeriesRequest &request, const caredesk::SeriesPreview &preview,
                           const QString &heading);
    [[nodiscard]] bool isRescheduling() const { return m_rescheduling.has_value(); }

Q_SIGNALS:
    void searchRequested(const caredesk::BookSearch &search);
    void nextAvailableRequested(const caredesk::BookSearch &search);
    void cancelRequested();
    void bookRequested(const QString &practitionerKey, qint64 startMs, int minutes,
                       const caredesk::PatientDetails &patient);
    /// Check every visit of a series whose first is the slot at `startMs` (patient.repeatRule).
    void seriesPreviewRequested(const QString &practitionerKey, qint64 startMs, int minutes,
                                const caredesk::PatientDetails &patient);
    /// Book these visits of the series, in one go.
    void seriesBookRequested(const caredesk::SeriesRequest &request,
                             const QList<caredesk::SeriesChoice> &choices);
    /// Move an occurrence and every later one of its series: this one to `startMs` with
    /// `practitionerKey`, the others as many days and to the same time.
    void moveSeriesToRequested(const caredesk::AppointmentSummary &appointment,
                               const QString &practitionerKey, qint64 startMs);
    /// Move an appointment to the slot starting at `startMs`.
    void rescheduleToRequested(const caredesk::AppointmentSummary &appointment, qint64 startMs);

private:
    void requestBooking();
    void updateBookButton();
    void chooseSeveral();
    [[nodiscard]] QString severalText() const;

    AvailabilityResultsModel *m_model;
    QComboBox *m_practitioner;
    QComboBox *m_type;
    QSpinBox *m_minutes;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_timeFilter;
    QTimeEdit *m_timeFrom;
    QTimeEdit *m_timeTo;
    QList<QToolButton *> m_weekdays;
    QPushButton *m_search;
    QPushButton *m_next;
    QPushButton *m_cancel;
    QPushButton *m_book;
    QLabel *m_banner;
    QLabel *m_zoneNote;
    QProgressBar *m_progress;
    QTreeView *m_results;
    PatientDetails m_lastPatient;
    QList<AppointmentTypeData> m_types;
    bool m_datesChosen = false;
    bool m_keepingPlace = false; ///< showResults is putting the user's place back
    QTabWidget *m_tabs = nullptr;
    DaySheetPanel *m_daySheet = nullptr;
    WaitlistPanel *m_waitlist = nullptr;
    QPushButton *m_stopReschedule = nullptr;
    std::optional<AppointmentSummary> m_rescheduling;
    bool m_movingSeries = false; ///< m_rescheduling and every later occurrence of its series
    QList<QPair<QString, QString>> m_allPractitioners;
    QStringList m_chosenKeys;
};

} // namespace caredesk

Q_DECLARE_METATYPE(caredesk::BookSearch)
Q_DECLARE_METATYPE(caredesk::PatientDetails)
Q_DECLARE_METATYPE(caredesk::SeriesRequest)
