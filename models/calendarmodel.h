#pragma once

#include "engine/schedule.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>

namespace caredesk {

/// One practitioner's calendar as a grid of days, seven columns (the locale's first day
/// of the week first: Monday in Australia, Sunday in the United States): six
/// rows in the month view, one in the week view. Each cell describes its day: working
/// hours, personal blocks, clinic closures (and a `work` override), appointments. Thin:
/// it adapts the engine's PractitionerCalendar, which the controller hands over whole.
class CalendarModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode
    {
        Month,
        Week
    };
    /// How a day looks: the views colour and hatch by it.
    enum class Look
    {
        Off,         ///< no working hours
        Open,        ///< working, nothing in the way
        PartBlocked, ///< working, part of the day blocked or closed
        Blocked,     ///< a personal block takes the whole day
        Closed,      ///< a clinic closure takes the whole day
        WorkOverride ///< a clinic closure day the practitioner works anyway
    };
    Q_ENUM(Look)

    enum Role
    {
        DateRole = Qt::UserRole + 1, ///< QDate
        LookRole,                    ///< Look, as int
        LinesRole,                   ///< QStringList: what the cell lists under the day number
        InFocusMonthRole,            ///< bool: the day belongs to the month shown
        TodayRole,                   ///< bool
        BookedRole,                  ///< int: booked appointments that day
        ClosureReasonRole,           ///< QString: the clinic closure's reason, if any
        RoleCount                    ///< sentinel
    };

    explicit CalendarModel(QObject *parent = nullptr);

    /// Shows the month or week around `date` (the grid starts on the locale's first day
    /// of the week); the data is dropped until setCalendar() brings the new range.
    void setView(Mode mode, const QDate &date);
    /// The locale for day names, times and the first day of the week (default: the
    /// system's); changing it shows the same month or week again.
    void setLocale(const QLocale &locale);
    [[nodiscard]] QLocale locale() const { return m_locale; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QDate focusDate() const { return m_focus; }
    [[nodiscard]] QDate firstShown() const { return m_first; }
    [[nodiscard]] QDate lastShown() const;
    void setToday(const QDate &today);

    /// The loaded calendar; days outside the shown range are ignored.
    void setCalendar(const PractitionerCalendar &calendar);
    [[nodiscard]] const PractitionerCalendar &calendar() const { return m_calendar; }
    void clear();

    [[nodiscard]] QModelIndex indexOf(const QDate &date) const;
    [[nodiscard]] QDate dateAt(const QModelIndex &index) const;

    /// What the model knows of one day (for the detail panel).
    struct DayInfo
    {
        QDate date;
        Look look = Look::Off;
        QStringList hours;                      ///< "09:00–12:30"
        QList<ExceptionRecord> blocks;          ///< the practitioner's own, work overrides included
        QList<ExceptionRecord> closures;        ///< clinic-wide
        QList<AppointmentSummary> appointments; ///< booked, in time order
        [[nodiscard]] const ExceptionRecord *workOverride() const;
    };
    [[nodiscard]] DayInfo dayInfo(const QDate &date) const;
    [[nodiscard]] static QString lookName(Look look);
    /// "Closed — Christmas closure", "Vacation: Surfing", "Working 09:00–17:00" …
    [[nodiscard]] QString summary(const DayInfo &day) const;
    [[nodiscard]] QString exceptionText(const ExceptionRecord &e) const;
    [[nodiscard]] QString timeRange(qint64 startMs, qint64 endMs) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    [[nodiscard]] QStringList lines(const DayInfo &day) const;

    Mode m_mode = Mode::Month;
    QDate m_focus;
    QDate m_first;
    QDate m_today;
    PractitionerCalendar m_calendar;
    QHash<QDate, int> m_dayIndex; ///< date → index into m_calendar.days
    QLocale m_locale;
};

} // namespace caredesk
