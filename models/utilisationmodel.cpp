#include "utilisationmodel.h"

#include "localeformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace caredesk {

UtilisationModel::UtilisationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UtilisationModel::setUtilisation(const QList<PractitionerUtilisation> &utilisation)
{
    beginResetModel(); // recomputed whole on every change
    m_rows = utilisation;
    endResetModel();
}

int UtilisationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UtilisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.first().weeks.size());
}

QVariant UtilisationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PractitionerUtilisation &p = m_rows.at(index.row());
    if (index.column() >= p.weeks.size())
        return {};
    const UtilisationWeek &w = p.weeks.at(index.column());
    const QLocale locale;
    switch (role) {
    case UtilisationRole:
        return w.utilisation();
    case AvailableHoursRole:
        return w.availableHours;
    case BookedHoursRole:
        return w.bookedHours;
    case Qt::DisplayRole:
        if (w.availableHours <= 0)
            return w.scheduledHours <= 0            ? tr("Off")
                   : w.closureHours >= w.blockHours ? tr("Closed")
                                                    : tr("Blocked");
        //: a week's booked share of available hours
        return tr("%1 %").arg(qRound(w.utilisation() * 100));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, week of %2: %3 of %4 available hours booked; %5 h closed by clinic closures, %6 h "
                  "blocked")
            .arg(p.practitioner.name, locale.toString(w.monday, QLocale::ShortFormat),
                 locale.toString(w.bookedHours, 'f', 1), locale.toString(w.availableHours, 'f', 1),
                 locale.toString(w.closureHours, 'f', 1), locale.toString(w.blockHours, 'f', 1));
    case Qt::BackgroundRole: {
        if (w.availableHours <= 0)
            return QBrush(QColor(0xdd, 0xdd, 0xe2), Qt::BDiagPattern);
        const double u = std::clamp(w.utilisation(), 0.0, 1.0);
        // From pale to deep blue as the week fills.
        return QBrush(QColor::fromRgbF(float(1.0 - 0.75 * u), float(1.0 - 0.55 * u), 1.0f));
    }
    case Qt::ForegroundRole:
        return w.availableHours > 0 && w.utilisation() > 0.6 ? QBrush(Qt::white) : QBrush(Qt::black);
    default:
        return {};
    }
}

QVariant UtilisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || m_rows.isEmpty())
        return {};
    if (orientation == Qt::Vertical)
        return section < m_rows.size() ? QVariant(m_rows.at(section).practitioner.name) : QVariant();
    const QList<UtilisationWeek> &weeks = m_rows.first().weeks;
    if (section >= weeks.size())
        return {};
    //: column title: the week starting on this Monday
    return tr("Week of %1")
        .arg(localeformat::dateText(QLocale(), weeks.at(section).monday, localeformat::DateStyle::DayMonth));
}

} // namespace caredesk
