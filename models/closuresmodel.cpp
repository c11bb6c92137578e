#include "closuresmodel.h"

#include "availabilityresultsmodel.h"
#include "exceptionkinds.h"
#include "localeformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace caredesk {

ClosuresModel::ClosuresModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClosuresModel::setClosures(const QList<ClosureSummary> &closures)
{
    beginResetModel(); // the list is reloaded whole after every change
    m_rows = closures;
    endResetModel();
}

int ClosuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClosuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClosuresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClosureSummary &c = m_rows.at(index.row());
    const QLocale locale;
    if (role == IdRole)
        return c.id;
    if (role == BookedRole)
        return c.bookedInside;
    if (role == Qt::ForegroundRole && index.column() == BookedColumn && c.bookedInside > 0)
        return QBrush(QColor(0xb0, 0x30, 0x30));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DatesColumn:
        return datesText(c.closure);
    case HoursColumn:
        return hoursText(c.closure);
    case KindColumn:
        //: the kind of a closure that closes every clinic of a chain, e.g. "Public holiday · whole chain"
        return c.closure.chainWide ? tr("%1 · whole chain").arg(exceptionKindName(c.closure.kind, true))
                                   : exceptionKindName(c.closure.kind, true);
    case ReasonColumn:
        return c.closure.reason;
    case WorkingColumn:
        return c.workingAnyway.isEmpty() ? tr("Nobody") : c.workingAnyway.join(QStringLiteral(", "));
    case BookedColumn:
        return c.bookedInside == 0 ? tr("None") : tr("Booked inside: %1").arg(c.bookedInside);
    default:
        return {};
    }
}

QString ClosuresModel::datesText(const ExceptionData &e)
{
    const QLocale locale;
    if (e.startDate == e.endDate)
        return localeformat::dateText(locale, e.startDate, localeformat::DateStyle::WeekdayDate);
    //: a date range, first – last
    return tr("%1 – %2").arg(
        localeformat::dateText(locale, e.startDate, localeformat::DateStyle::WeekdayDate),
        localeformat::dateText(locale, e.endDate, localeformat::DateStyle::WeekdayDate));
}

QString ClosuresModel::hoursText(const ExceptionData &e)
{
    if (e.allDay())
        return tr("All day");
    //: a part-day closure's hours, from – to
    return tr("%1 – %2").arg(localeformat::wallTime(QLocale(), *e.startMinute),
                             localeformat::wallTime(QLocale(), *e.endMinute));
}

QVariant ClosuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DatesColumn:
        return tr("Dates");
    case HoursColumn:
        return tr("Hours");
    case KindColumn:
        return tr("Kind");
    case ReasonColumn:
        return tr("Reason");
    case WorkingColumn:
        return tr("Working anyway");
    case BookedColumn:
        return tr("Appointments inside");
    default:
        return {};
    }
}

} // namespace caredesk
