#include "importplanmodel.h"

#include "closuresmodel.h"
#include "localeformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace caredesk {

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPlanModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_chosen = QList<bool>(plan.changes.size(), true);
    endResetModel();
    Q_EMIT chosenChanged();
}

QSet<QString> ImportPlanModel::chosenKeys() const
{
    QSet<QString> keys;
    for (qsizetype i = 0; i < m_plan.changes.size(); ++i) {
        if (m_chosen.at(i))
            keys.insert(m_plan.changes.at(i).key());
    }
    return keys;
}

void ImportPlanModel::setAllChosen(bool chosen)
{
    if (m_chosen.isEmpty())
        return;
    m_chosen.fill(chosen);
    Q_EMIT dataChanged(index(0, WhatColumn), index(int(m_chosen.size()) - 1, WhatColumn),
                       {Qt::CheckStateRole});
    Q_EMIT chosenChanged();
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.changes.size() + m_plan.present.size() + m_plan.skipped.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int changes = int(m_plan.changes.size());
    const int present = int(m_plan.present.size());
    const QLocale locale;
    if (row < changes) {
        const ImportChange &c = m_plan.changes.at(row);
        if (role == KeyRole)
            return c.key();
        if (role == ChangeRole)
            return true;
        if (role == Qt::CheckStateRole && index.column() == WhatColumn)
            return m_chosen.at(row) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ForegroundRole && index.column() == WhatColumn &&
            c.kind == ImportChange::Kind::Remove)
            return QBrush(QColor(0xb0, 0x30, 0x30));
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case WhatColumn:
            switch (c.kind) {
            case ImportChange::Kind::Create:
                return tr("New");
            case ImportChange::Kind::Update:
                return tr("Changed");
            case ImportChange::Kind::Remove:
                return tr("Removed from the feed");
            }
            return {};
        case DatesColumn:
            return ClosuresModel::datesText(c.closure);
        case HoursColumn:
            return ClosuresModel::hoursText(c.closure);
        case ReasonColumn:
            return c.closure.reason;
        case NoteColumn:
            if (c.kind == ImportChange::Kind::Update)
                //: what an imported closure was before the feed changed it
                return tr("Was: %1, %2, %3")
                    .arg(ClosuresModel::datesText(c.before), ClosuresModel::hoursText(c.before),
                         c.before.reason);
            if (c.kind == ImportChange::Kind::Remove)
                return tr("The feed no longer lists it; ticked, the closure is deleted");
            return {};
        default:
            return {};
        }
    }
    if (role == ChangeRole)
        return false;
    if (role == Qt::ForegroundRole)
        return QBrush(QColor(0x6a, 0x6a, 0x72));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    if (row < changes + present) {
        const HolidayOccurrence &o = m_plan.present.at(row - changes);
        switch (index.column()) {
        case WhatColumn:
            return tr("Already there");
        case DatesColumn:
            return ClosuresModel::datesText(o.closure);
        case HoursColumn:
            return ClosuresModel::hoursText(o.closure);
        case ReasonColumn:
            return o.closure.reason;
        default:
            return {};
        }
    }
    const SkippedEvent &s = m_plan.skipped.at(row - changes - present);
    switch (index.column()) {
    case WhatColumn:
        return tr("Skipped");
    case DatesColumn:
        return s.date.isValid() ? localeformat::dateText(locale, s.date, localeformat::DateStyle::WeekdayDate)
                                : QString();
    case ReasonColumn:
        return s.summary;
    case NoteColumn:
        return s.reason;
    default:
        return {};
    }
}

bool ImportPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != WhatColumn || index.row() >= m_plan.changes.size())
        return false;
    m_chosen[index.row()] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT chosenChanged();
    return true;
}

Qt::ItemFlags ImportPlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == WhatColumn && index.row() < m_plan.changes.size())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        return tr("Import");
    case DatesColumn:
        return tr("Dates");
    case HoursColumn:
        return tr("Hours");
    case ReasonColumn:
        return tr("Holiday");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace caredesk
