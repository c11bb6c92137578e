#pragma once

#include "engine/schedule.h"

#include <QTimeZone>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace caredesk {

class DaySheetModel;

/// The Book workspace's day sheet: one practitioner's or everyone's appointments for
/// a day, with Reschedule and Cancel. Emits intent; BookController acts.
class DaySheetPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DaySheetPanel(QWidget *parent = nullptr);

    [[nodiscard]] DaySheetModel *model() const { return m_model; }
    void setPractitioners(const QList<QPair<QString, QString>> &keysAndNames);
    /// Shows this practitioner (empty: everyone) and day without asking for a reload.
    void setDay(const QString &key, const QDate &date);
    [[nodiscard]] QString practitionerKey() const;
    [[nodiscard]] QDate date() const;
    /// Selects the appointment's row; with TakeFocus the table gets the keyboard (the user
    /// asked to see it), with KeepFocus (a reload) wherever the user types stays so.
    enum class Focus
    {
        Take,
        Keep
    };
    void selectAppointment(qint64 id, Focus focus = Focus::Take);
    /// Shows a day's appointments and selects `selectId` (if there). The buttons change
    /// state once, after the selection is back, so a reload never knocks the keyboard off
    /// a button the user stands on.
    void showAppointments(const QList<AppointmentSummary> &rows, const QTimeZone &zone, qint64 selectId,
                          Focus focus);
    [[nodiscard]] std::optional<AppointmentSummary> selectedAppointment() const;

Q_SIGNALS:
    void daySheetRequested(const QString &practitionerKey, const QDate &date);
    void rescheduleRequested(const caredesk::AppointmentSummary &appointment);
    void cancelAppointmentRequested(const caredesk::AppointmentSummary &appointment);
    /// Cancel this occurrence of a series and every later one (confirmed).
    void cancelSeriesRequested(const caredesk::AppointmentSummary &appointment);
    /// Move this occurrence of a series and every later one: choose the new slot first.
    void moveSeriesRequested(const caredesk::AppointmentSummary &appointment);
    /// Print (with preview) the day sheet shown, or the roster of its week.
    void printRequested(const QString &practitionerKey, const QDate &date, bool weekRoster);
    /// Save the day sheet shown as a PDF file.
    void pdfRequested(const QString &practitionerKey, const QDate &date, const QString &path);

private:
    void request();
    void updateButtons();
    void confirmCancel();
    void confirmCancelSeries();

    bool m_refilling = false;
    DaySheetModel *m_model;
    QDateEdit *m_date;
    QComboBox *m_practitioner;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_reschedule;
    QPushButton *m_cancel;
    QPushButton *m_series;
    QAction *m_moveSeries;
    QAction *m_cancelSeries;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_roster;
};

} // namespace caredesk
