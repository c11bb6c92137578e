#pragma once

#include "engine/schedule.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

namespace caredesk {

/// A day sheet: one practitioner's or everyone's appointments for a day, in time
/// order, with a note on those a later block or closure now hits. Thin: it shows the
/// engine's AppointmentSummary values, which the controller hands over whole.
class DaySheetModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        PractitionerColumn,
        PatientColumn,
        PhoneColumn,
        TypeColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        AppointmentIdRole = Qt::UserRole + 1, ///< qint64
        ConflictRole,                         ///< bool: a block or closure now hits it
        RoleCount
    };

    explicit DaySheetModel(QObject *parent = nullptr);

    void setAppointments(const QList<AppointmentSummary> &appointments, const QTimeZone &zone);
    [[nodiscard]] const QList<AppointmentSummary> &appointments() const { return m_rows; }
    [[nodiscard]] int rowOf(qint64 appointmentId) const;
    [[nodiscard]] static QString statusName(const QString &status);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<AppointmentSummary> m_rows;
    QTimeZone m_zone;
    QLocale m_locale;
};

} // namespace caredesk
