#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace caredesk {

/// The workspaces of the main window, filtered by the signed-in user's roles.
/// A thin list model: the navigation view shows it, the shell switches pages by id.
class WorkspaceModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Workspace
    {
        MyAvailability,
        ClinicClosures,
        Book,
        ClinicSetup,
        Capacity
    };
    Q_ENUM(Workspace)

    /// Data roles beyond Qt::DisplayRole (the title) and Qt::ToolTipRole (the purpose).
    enum Role
    {
        WorkspaceRole = Qt::UserRole + 1, ///< Workspace, as int
        RequiredRolesRole,                ///< QStringList of staff roles that may open it
        RoleCount                         ///< sentinel
    };

    explicit WorkspaceModel(QObject *parent = nullptr);

    /// Shows only the workspaces these staff roles allow (`practitioner`, `manager`,
    /// `front_desk`); an empty list shows all (nobody signed in: a database without staff).
    void setStaffRoles(const QStringList &roles);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] Workspace workspaceAt(int row) const;
    [[nodiscard]] int rowOf(Workspace workspace) const;

private:
    struct Entry
    {
        Workspace workspace;
        QString title;
        QString purpose;
        QStringList roles;
    };
    [[nodiscard]] static QList<Entry> allEntries();

    QList<Entry> m_entries;
};

} // namespace caredesk
