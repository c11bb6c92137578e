#pragma once

#include "engine/schedule.h"
#include "models/calendarmodel.h"
#include "ui/availability/blockdialog.h"
#include "ui/availability/weeklyhoursdialog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QToolButton;

namespace caredesk {

/// My Availability (practitioners; managers may open anyone's): month and week views
/// of one practitioner's calendar, a panel with the selected day's details, and the
/// actions — block dates, work on a closure day and undo it, weekly hours. Keyboard:
/// arrows move the day (Shift extends the selection), Page Up/Down change month, Home
/// goes to today, Enter opens the day's details, Ctrl+B blocks the selected days.
/// Emits intent; AvailabilityController acts.
class AvailabilityWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityWorkspace(QWidget *parent = nullptr);

    [[nodiscard]] CalendarModel *model() const { return m_model; }
    /// The practitioners the user may open; a choice only when there is more than one.
    void setPractitioners(const QList<QPair<QString, QString>> &keysAndNames);
    void setPractitioner(const QString &key);
    [[nodiscard]] QString practitionerKey() const;
    [[nodiscard]] QString practitionerName() const;
    void setToday(const QDate &today);
    /// Whether the signed-in user works the front desk too (offers "Open in Book").
    void setCanBook(bool canBook);
    void setMode(CalendarModel::Mode mode);

    [[nodiscard]] QDate currentDate() const { return m_current; }
    /// The selected days, first to last.
    [[nodiscard]] QPair<QDate, QDate> selection() const;
    void selectDate(const QDate &date, bool extend = false);

    void showMessage(const QString &text, bool isError);
    /// The model got new data: refresh the detail panel.
    void calendarLoaded();

    void openBlockDialog();
    [[nodiscard]] BlockDialog *blockDialog() const { return m_blockDialog; }
    void blockFinished(bool saved, const QString &message);
    /// Before a block is saved: these booked appointments are in its way.
    void askAboutHits(const ExceptionData &block, const QList<AppointmentSummary> &hits);
    void openWeeklyHours(const QList<WorkingInterval> &hours, const QDate &from);
    [[nodiscard]] WeeklyHoursDialog *weeklyHoursDialog() const { return m_hoursDialog; }
    void weeklyHoursFinished(bool saved, const QString &message);

Q_SIGNALS:
    /// Load this practitioner's calendar over the shown range.
    void rangeRequested(const QString &practitionerKey, const QDate &from, const QDate &to);
    /// Check a block against booked appointments (then blockConfirmed, or askAboutHits).
    void blockRequested(const caredesk::ExceptionData &block);
    /// Save the block; with openInBook, open the first hit appointment in Book afterwards.
    void blockConfirmed(const caredesk::ExceptionData &block, bool openInBook,
                        const QList<caredesk::AppointmentSummary> &hits);
    void workThisDayRequested(const caredesk::ExceptionData &override);
    void removeExceptionRequested(qint64 id, const QString &description);
    void weeklyHoursRequested(const QString &practitionerKey);
    void weeklyHoursSaveRequested(const QString &practitionerKey,
                                  const QList<caredesk::WorkingInterval> &hours, const QDate &from);
    void openInBookRequested(const caredesk::AppointmentSummary &appointment);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveTo(const QDate &date, bool extend);
    void applySelection();
    void requestRange();
    void updateTitle();
    void updateDetails();
    void updateActions();
    void requestWorkThisDay();
    void requestRemove();

    CalendarModel *m_model;
    QComboBox *m_practitioner;
    QToolButton *m_month;
    QToolButton *m_week;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_todayButton;
    QLabel *m_title;
    QPushButton *m_block;
    QPushButton *m_hours;
    QLabel *m_banner;
    QTableView *m_calendar;
    QLabel *m_dayTitle;
    QListWidget *m_details;
    QDate m_detailsDay; ///< the day the details list shows
    QPushButton *m_work;
    QPushButton *m_undoWork;
    QPushButton *m_remove;
    QPushButton *m_openInBook;
    QPointer<BlockDialog> m_blockDialog;
    QPointer<WeeklyHoursDialog> m_hoursDialog;
    QDate m_anchor;
    QDate m_current;
    QDate m_today;
    bool m_canBook = false;
};

} // namespace caredesk
