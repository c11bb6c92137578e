#pragma once

#include "engine/holidayimport.h"

#include <QAbstractTableModel>
#include <QSet>

namespace caredesk {

/// The preview of a holiday import, one row per closure: first what the import would
/// change (tickable, all ticked at first), then what is already there, then what it
/// skips and why. Thin: the engine's ImportPlan is the data.
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhatColumn, ///< "New", "Changed", "Removed from the feed", "Already there", "Skipped"
        DatesColumn,
        HoursColumn,
        ReasonColumn,
        NoteColumn, ///< what it was (changes), why (skipped)
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, ///< QString, the change's key (changes only)
        ChangeRole,                 ///< bool, true for a row the import can make
        RoleCount
    };

    explicit ImportPlanModel(QObject *parent = nullptr);
    void setPlan(const ImportPlan &plan);
    [[nodiscard]] const ImportPlan &plan() const { return m_plan; }

    /// The keys of the ticked changes.
    [[nodiscard]] QSet<QString> chosenKeys() const;
    void setAllChosen(bool chosen);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void chosenChanged();

private:
    ImportPlan m_plan;
    QList<bool> m_chosen; ///< one per change
};

} // namespace caredesk
