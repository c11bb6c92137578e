#pragma once

#include "engine/closures.h"

#include <QAbstractTableModel>

namespace caredesk {

/// Clinic closures for the Clinic Closures workspace: one row per closure.
class ClosuresModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DatesColumn,
        HoursColumn,
        KindColumn,
        ReasonColumn,
        WorkingColumn,
        BookedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< qint64 closure id
        BookedRole,                ///< int, booked appointments inside
        RoleCount                  ///< sentinel
    };

    explicit ClosuresModel(QObject *parent = nullptr);
    void setClosures(const QList<ClosureSummary> &closures);
    [[nodiscard]] const QList<ClosureSummary> &closures() const { return m_rows; }

    /// "Thu 25 Dec 2025" or a range, in the user's locale.
    [[nodiscard]] static QString datesText(const ExceptionData &exception);
    /// "All day" or "13:00 – 24:00".
    [[nodiscard]] static QString hoursText(const ExceptionData &exception);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<ClosureSummary> m_rows;
};

} // namespace caredesk
