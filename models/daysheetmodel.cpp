#include "daysheetmodel.h"

#include "availabilityresultsmodel.h"
#include "localeformat.h"

#include <QColor>

namespace caredesk {

DaySheetModel::DaySheetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DaySheetModel::setAppointments(const QList<AppointmentSummary> &appointments, const QTimeZone &zone)
{
    beginResetModel(); // a new day, or the same day reloaded whole
    m_rows = appointments;
    m_zone = zone;
    endResetModel();
}

int DaySheetModel::rowOf(qint64 appointmentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == appointmentId)
            return i;
    }
    return -1;
}

QString DaySheetModel::statusName(const QString &status)
{
    if (status == QLatin1String("booked"))
        return tr("Booked");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("no_show"))
        return tr("No show");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

int DaySheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DaySheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DaySheetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppointmentSummary &a = m_rows.at(index.row());
    if (role == AppointmentIdRole)
        return a.id;
    if (role == ConflictRole)
        return !a.conflict.isEmpty();
    if (role == Qt::ForegroundRole && index.column() == NoteColumn && !a.conflict.isEmpty())
        return QColor(0xb0, 0x3a, 0x00);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return localeformat::timeRange(m_locale, a.start.toTimeZone(m_zone), a.end.toTimeZone(m_zone));
    case PractitionerColumn:
        return a.practitionerName;
    case PatientColumn:
        return a.patient;
    case PhoneColumn:
        return a.phone;
    case TypeColumn:
        return a.typeName;
    case StatusColumn:
        return statusName(a.status);
    case NoteColumn:
        if (!a.conflict.isEmpty())
            return tr("⚠ Now blocked: %1 — reschedule").arg(a.conflict);
        return a.seriesId == 0 ? QString() : tr("Series %1, visit %2").arg(a.seriesId).arg(a.seriesIndex);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DaySheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case PractitionerColumn:
        return tr("Practitioner");
    case PatientColumn:
        return tr("Patient");
    case PhoneColumn:
        return tr("Phone");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace caredesk
