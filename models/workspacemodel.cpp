#include "workspacemodel.h"

namespace caredesk {

WorkspaceModel::WorkspaceModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_entries(allEntries())
{}

QList<WorkspaceModel::Entry> WorkspaceModel::allEntries()
{
    return {
        {Workspace::MyAvailability,
         tr("My Availability"),
         tr("Weekly working hours, block dates and working on clinic closure days"),
         {QStringLiteral("practitioner"), QStringLiteral("manager")}},
        {Workspace::ClinicClosures,
         tr("Clinic Closures"),
         tr("Public holidays and shutdowns that apply to every practitioner"),
         {QStringLiteral("manager")}},
        {Workspace::Book,
         tr("Book"),
         tr("Find free slots; book, reschedule and cancel appointments"),
         {QStringLiteral("front_desk")}},
        {Workspace::ClinicSetup,
         tr("Clinic Setup"),
         tr("Clinic settings, appointment types and practitioners"),
         {QStringLiteral("manager")}},
        {Workspace::Capacity,
         tr("Capacity"),
         tr("Booked against available hours per practitioner and week"),
         {QStringLiteral("manager")}},
    };
}

void WorkspaceModel::setStaffRoles(const QStringList &roles)
{
    QList<Entry> visible;
    for (const Entry &e : allEntries()) {
        if (roles.isEmpty() || std::any_of(e.roles.cbegin(), e.roles.cend(),
                                           [&roles](const QString &r) { return roles.contains(r); }))
            visible.append(e);
    }
    beginResetModel(); // the whole list changes at sign-in only
    m_entries = visible;
    endResetModel();
}

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return e.purpose;
    case WorkspaceRole:
        return int(e.workspace);
    case RequiredRolesRole:
        return e.roles;
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkspaceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(WorkspaceRole, "workspace");
    names.insert(RequiredRolesRole, "requiredRoles");
    return names;
}

WorkspaceModel::Workspace WorkspaceModel::workspaceAt(int row) const
{
    return m_entries.at(row).workspace;
}

int WorkspaceModel::rowOf(Workspace workspace) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).workspace == workspace)
            return i;
    }
    return -1;
}

} // namespace caredesk
