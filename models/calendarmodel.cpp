#include "calendarmodel.h"

#include "availabilityresultsmodel.h"
#include "exceptionkinds.h"
#include "localeformat.h"

namespace caredesk {

namespace {

constexpr int kDaysPerWeek = 7;

bool isClinicWide(const ExceptionRecord &e)
{
    return e.practitionerId == 0;
}

} // namespace

CalendarModel::CalendarModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setView(Mode::Month, QDate::currentDate());
}

void CalendarModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    setView(m_mode, m_focus); // the first column may be another weekday now
}

void CalendarModel::setView(Mode mode, const QDate &date)
{
    beginResetModel(); // a new range of days: every cell changes
    m_mode = mode;
    m_focus = date;
    const QDate anchor = mode == Mode::Month ? QDate(date.year(), date.month(), 1) : date;
    m_first = localeformat::weekStart(anchor, m_locale.firstDayOfWeek());
    m_calendar = {};
    m_dayIndex.clear();
    endResetModel();
}

QDate CalendarModel::lastShown() const
{
    return m_first.addDays(qint64(rowCount()) * kDaysPerWeek - 1);
}

void CalendarModel::setToday(const QDate &today)
{
    m_today = today;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kDaysPerWeek - 1), {TodayRole});
}

void CalendarModel::setCalendar(const PractitionerCalendar &calendar)
{
    m_calendar = calendar;
    m_dayIndex.clear();
    for (int i = 0; i < m_calendar.days.size(); ++i)
        m_dayIndex.insert(m_calendar.days.at(i).date, i);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kDaysPerWeek - 1));
}

void CalendarModel::clear()
{
    setCalendar({});
}

QModelIndex CalendarModel::indexOf(const QDate &date) const
{
    const qint64 offset = m_first.daysTo(date);
    if (offset < 0 || offset >= qint64(rowCount()) * kDaysPerWeek)
        return {};
    return index(int(offset / kDaysPerWeek), int(offset % kDaysPerWeek));
}

QDate CalendarModel::dateAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return m_first.addDays(qint64(index.row()) * kDaysPerWeek + index.column());
}

const ExceptionRecord *CalendarModel::DayInfo::workOverride() const
{
    for (const ExceptionRecord &e : blocks) {
        if (e.kind == QLatin1String("work"))
            return &e;
    }
    return nullptr;
}

CalendarModel::DayInfo CalendarModel::dayInfo(const QDate &date) const
{
    DayInfo info;
    info.date = date;
    const auto it = m_dayIndex.constFind(date);
    if (it == m_dayIndex.cend())
        return info;
    const DayAvailability &day = m_calendar.days.at(*it);
    for (const Span &w : day.windows)
        info.hours.append(timeRange(w.start, w.end));
    for (const ExceptionRecord &e : m_calendar.exceptions) {
        if (e.covers(date))
            (isClinicWide(e) ? info.closures : info.blocks).append(e);
    }
    for (const AppointmentSummary &a : m_calendar.appointments) {
        if (a.start.toTimeZone(m_calendar.zone).date() == date)
            info.appointments.append(a);
    }
    const bool overridden = info.workOverride() != nullptr && !info.closures.isEmpty();
    switch (day.status) {
    case DayStatus::Off:
        info.look = Look::Off;
        break;
    case DayStatus::Blocked:
        info.look = day.clinicClosed ? Look::Closed : Look::Blocked;
        break;
    case DayStatus::Open:
    case DayStatus::Full:
        if (overridden)
            info.look = Look::WorkOverride;
        else
            info.look = day.open == day.windows ? Look::Open : Look::PartBlocked;
        break;
    }
    return info;
}

QString CalendarModel::lookName(Look look)
{
    switch (look) {
    case Look::Off:
        return tr("Not working");
    case Look::Open:
        return tr("Working");
    case Look::PartBlocked:
        return tr("Partly blocked");
    case Look::Blocked:
        return tr("Blocked");
    case Look::Closed:
        return tr("Clinic closed");
    case Look::WorkOverride:
        return tr("Working on a closure day");
    }
    return {};
}

QString CalendarModel::timeRange(qint64 startMs, qint64 endMs) const
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, m_calendar.zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(endMs, m_calendar.zone);
    return localeformat::timeRange(m_locale, start, end);
}

QString CalendarModel::exceptionText(const ExceptionRecord &e) const
{
    // In a calendar a closure reads as what it does to the day.
    QString kind =
        e.kind == QLatin1String("closure") ? tr("Clinic closed") : exceptionKindName(e.kind, isClinicWide(e));
    if (!e.allDay())
        kind += QLatin1Char(' ') + localeformat::wallRange(m_locale, *e.startMinute, *e.endMinute);
    return e.reason.isEmpty() ? kind : tr("%1: %2").arg(kind, e.reason);
}

QString CalendarModel::summary(const DayInfo &day) const
{
    switch (day.look) {
    case Look::Off:
        return lookName(Look::Off);
    case Look::Closed:
        for (const ExceptionRecord &e : day.closures) {
            if (e.allDay())
                return tr("Closed — %1").arg(e.label());
        }
        return tr("Closed — %1").arg(day.closures.value(0).label());
    case Look::Blocked:
        for (const ExceptionRecord &e : day.blocks) {
            if (e.kind != QLatin1String("work"))
                return exceptionText(e);
        }
        return lookName(Look::Blocked);
    case Look::WorkOverride:
        return tr("Working %1 (clinic closed)").arg(day.hours.join(QStringLiteral(", ")));
    case Look::Open:
    case Look::PartBlocked:
        return day.hours.join(QStringLiteral(", "));
    }
    return {};
}

QStringList CalendarModel::lines(const DayInfo &day) const
{
    // Cells are narrow: one working window a line, and a closure by its reason alone
    // (the hatching already says "closed"; the accessible text says it in words).
    QStringList out;
    switch (day.look) {
    case Look::Open:
    case Look::PartBlocked:
        out = day.hours;
        break;
    case Look::WorkOverride:
        out = day.hours;
        out.prepend(tr("Working anyway"));
        break;
    case Look::Closed:
        out.append(day.closures.isEmpty() ? lookName(day.look) : day.closures.first().label());
        for (const ExceptionRecord &e : day.closures) {
            if (e.allDay()) {
                out.first() = e.label();
                break;
            }
        }
        break;
    case Look::Off:
    case Look::Blocked:
        out.append(summary(day));
        break;
    }
    const auto appointmentLines = [&] {
        if (m_mode == Mode::Month) {
            if (!day.appointments.isEmpty())
                out.append(tr("Booked: %1").arg(day.appointments.size()));
            return;
        }
        for (const AppointmentSummary &a : day.appointments) {
            out.append(QStringLiteral("%1 %2").arg(
                localeformat::shortTime(m_locale, a.start.toTimeZone(m_calendar.zone).time()), a.patient));
        }
    };
    if (m_mode == Mode::Month)
        appointmentLines();
    if (day.look == Look::PartBlocked || day.look == Look::WorkOverride) {
        for (const ExceptionRecord &e : day.closures + day.blocks) {
            if (e.kind != QLatin1String("work") && !e.allDay())
                out.append(exceptionText(e));
        }
    }
    if (m_mode == Mode::Week)
        appointmentLines();
    return out;
}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_mode == Mode::Month ? 6 : 1;
}

int CalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kDaysPerWeek;
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate date = dateAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return date.day() == 1 || (index.row() == 0 && index.column() == 0)
                   ? localeformat::dateText(m_locale, date, localeformat::DateStyle::DayMonth)
                   : QString::number(date.day());
    case DateRole:
        return date;
    case InFocusMonthRole:
        return m_mode == Mode::Week || date.month() == m_focus.month();
    case TodayRole:
        return date == m_today;
    default:
        break;
    }
    if (!m_dayIndex.contains(date)) {
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return m_locale.toString(date, QLocale::LongFormat);
        return {};
    }
    const DayInfo day = dayInfo(date);
    switch (role) {
    case LookRole:
        return int(day.look);
    case LinesRole:
        return lines(day);
    case BookedRole:
        return int(day.appointments.size());
    case ClosureReasonRole:
        return day.closures.isEmpty() ? QString() : day.closures.first().label();
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QStringList parts{m_locale.toString(date, QLocale::LongFormat), lookName(day.look)};
        parts.append(lines(day));
        if (m_mode == Mode::Week && !day.appointments.isEmpty())
            parts.append(tr("Booked: %1").arg(day.appointments.size()));
        return parts.join(QStringLiteral(". "));
    }
    default:
        return {};
    }
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kDaysPerWeek)
        return {};
    if (role == Qt::DisplayRole) {
        if (m_mode == Mode::Week)
            return localeformat::dateText(m_locale, m_first.addDays(section),
                                          localeformat::DateStyle::WeekdayDayMonth);
        return m_locale.dayName(localeformat::weekdayAt(section, m_locale.firstDayOfWeek()),
                                QLocale::ShortFormat);
    }
    if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
        return m_locale.dayName(localeformat::weekdayAt(section, m_locale.firstDayOfWeek()),
                                QLocale::LongFormat);
    return {};
}

QHash<int, QByteArray> CalendarModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DateRole, "date");
    names.insert(LookRole, "look");
    names.insert(LinesRole, "lines");
    names.insert(InFocusMonthRole, "inFocusMonth");
    names.insert(TodayRole, "today");
    names.insert(BookedRole, "booked");
    names.insert(ClosureReasonRole, "closureReason");
    return names;
}

} // namespace caredesk
