#pragma once

#include "engine/availability.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QTimeZone>

namespace caredesk {

/// Search results for the Book workspace as a tree: day → practitioner → slot.
/// A practitioner row says what the day is ("3 free slots", "Clinic closed — Christmas
/// closure", "Not working"); slot rows are bookable. Thin: it only adapts the engine's
/// PractitionerAvailability values, which the controller hands over whole.
class AvailabilityResultsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Level
    {
        Day,
        Practitioner,
        Slot
    };
    enum Role
    {
        LevelRole = Qt::UserRole + 1, ///< Level, as int
        DateRole,                     ///< QDate of the row's day
        PractitionerKeyRole,          ///< QString (practitioner and slot rows)
        SlotStartRole,                ///< qint64 ms since the epoch (slot rows)
        SlotEndRole,                  ///< qint64 ms since the epoch (slot rows)
        DayStatusRole,                ///< DayStatus as int (practitioner rows)
        RoleCount                     ///< sentinel
    };

    explicit AvailabilityResultsModel(QObject *parent = nullptr);

    /// Replaces the results (a new search); `minutes` is the appointment length.
    void setResults(const QList<PractitionerAvailability> &results, const QTimeZone &zone, int minutes);
    void clear();

    /// Text for a practitioner's day: the status and, for blocked days, why.
    [[nodiscard]] static QString describeDay(const DayAvailability &day, const QLocale &locale,
                                             const QTimeZone &zone);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The first slot row, or an invalid index when there is none.
    [[nodiscard]] QModelIndex firstSlot() const;
    /// The slot row starting at `startMs` for `key`, if shown.
    [[nodiscard]] QModelIndex findSlot(const QString &key, qint64 startMs) const;

    /// Where a row is, in terms that outlive a refresh of the results: its day, and for
    /// practitioner and slot rows the practitioner, and for slot rows the start.
    struct Place
    {
        Level level = Level::Day;
        QDate date;
        QString key;
        qint64 start = 0;
        bool operator==(const Place &) const = default;
    };
    [[nodiscard]] Place placeOf(const QModelIndex &index) const;
    /// The row at `place` in the current results, or an invalid index when it is gone.
    [[nodiscard]] QModelIndex indexOf(const Place &place) const;

private:
    struct Row
    {
        QString key;
        QString name;
        DayAvailability day;
    };
    struct Day
    {
        QDate date;
        QList<Row> rows;
    };
    // Internal ids say where a row hangs: 0 for a day row, day + 1 for a practitioner
    // row, and for a slot row a tag bit with its day and practitioner packed below.
    static quintptr practitionerId(int day) { return quintptr(day + 1); }
    static quintptr slotId(int day, int practitioner)
    {
        return (quintptr(1) << 62) | (quintptr(day) << 31) | quintptr(practitioner);
    }

    QList<Day> m_days;
    QTimeZone m_zone;
    int m_minutes = 30;
};

} // namespace caredesk
