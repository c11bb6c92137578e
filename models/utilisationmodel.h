#pragma once

#include "engine/reports.h"

#include <QAbstractTableModel>

namespace caredesk {

/// Utilisation as a heat map: a row per practitioner, a column per week, each cell the
/// booked share of available hours ("72 %", coloured by how full the week is, so the
/// number tells it without the colour). Thin over the engine's computeUtilisation.
class UtilisationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        UtilisationRole = Qt::UserRole + 1, ///< double, 0..1 (or more when overbooked)
        AvailableHoursRole,                 ///< double
        BookedHoursRole,                    ///< double
        RoleCount
    };

    explicit UtilisationModel(QObject *parent = nullptr);
    void setUtilisation(const QList<PractitionerUtilisation> &utilisation);
    [[nodiscard]] const QList<PractitionerUtilisation> &utilisation() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<PractitionerUtilisation> m_rows;
};

} // namespace caredesk
