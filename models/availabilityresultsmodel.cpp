#include "availabilityresultsmodel.h"

#include "localeformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QRegularExpression>

namespace caredesk {

namespace {
constexpr quintptr kSlotTag = quintptr(1) << 62;
constexpr quintptr kLow31 = (quintptr(1) << 31) - 1;
} // namespace

AvailabilityResultsModel::AvailabilityResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void AvailabilityResultsModel::setResults(const QList<PractitionerAvailability> &results,
                                          const QTimeZone &zone, int minutes)
{
    beginResetModel(); // a new search replaces everything
    m_days.clear();
    m_zone = zone;
    m_minutes = minutes;
    if (!results.isEmpty()) {
        for (qsizetype d = 0; d < results.first().days.size(); ++d) {
            Day day;
            day.date = results.first().days[d].date;
            for (const PractitionerAvailability &pa : results)
                day.rows.append({pa.practitioner.key, pa.practitioner.name, pa.days.value(d)});
            m_days.append(day);
        }
    }
    endResetModel();
}

void AvailabilityResultsModel::clear()
{
    beginResetModel();
    m_days.clear();
    endResetModel();
}

QString AvailabilityResultsModel::describeDay(const DayAvailability &day, const QLocale &locale,
                                              const QTimeZone &zone)
{
    switch (day.status) {
    case DayStatus::Open: {
        const QString first = localeformat::shortTime(
            locale,
            QDateTime::fromMSecsSinceEpoch(day.slots.first(), QTimeZone::utc()).toTimeZone(zone).time());
        //: %1 is how many slots are free that day, %2 the first one's time
        return tr("Free slots: %1, first at %2").arg(day.slots.size()).arg(first);
    }
    case DayStatus::Full:
        //: booked up, too short for the appointment, in the past, or outside the chosen times
        return tr("No free slot");
    case DayStatus::Off:
        return tr("Not working");
    case DayStatus::Blocked:
        //: %1 lists the reasons, e.g. "Christmas closure"
        return day.clinicClosed ? tr("Clinic closed — %1").arg(day.blockedBy.join(QStringLiteral(", ")))
                                : tr("Not available — %1").arg(day.blockedBy.join(QStringLiteral(", ")));
    }
    return {};
}

QModelIndex AvailabilityResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, practitionerId(parent.row()));
    if ((parent.internalId() & kSlotTag) == 0)
        return createIndex(row, column, slotId(int(parent.internalId() - 1), parent.row()));
    return {};
}

QModelIndex AvailabilityResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    if ((id & kSlotTag) == 0)
        return createIndex(int(id - 1), 0, quintptr(0));
    const int day = int((id >> 31) & kLow31);
    const int practitioner = int(id & kLow31);
    return createIndex(practitioner, 0, practitionerId(day));
}

int AvailabilityResultsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_days.size());
    const quintptr id = parent.internalId();
    if (id == 0)
        return int(m_days.at(parent.row()).rows.size());
    if ((id & kSlotTag) == 0)
        return int(m_days.at(int(id - 1)).rows.at(parent.row()).day.slots.size());
    return 0;
}

int AvailabilityResultsModel::columnCount(const QModelIndex &) const
{
    return 2;
}

Qt::ItemFlags AvailabilityResultsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AvailabilityResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QLocale locale;
    const quintptr id = index.internalId();
    if (id == 0) {
        const Day &day = m_days.at(index.row());
        int open = 0;
        for (const Row &r : day.rows)
            open += int(r.day.slots.size());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return index.column() == 0
                       ? localeformat::dateText(locale, day.date, localeformat::DateStyle::WeekdayDate)
                       //: free slots that day across the practitioners shown
                       : tr("Free slots: %1").arg(open);
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case LevelRole:
            return int(Level::Day);
        case DateRole:
            return day.date;
        default:
            return {};
        }
    }
    if ((id & kSlotTag) == 0) {
        const Day &day = m_days.at(int(id - 1));
        const Row &r = day.rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return index.column() == 0 ? r.name : describeDay(r.day, locale, m_zone);
        case Qt::ForegroundRole:
            if (index.column() == 1 && r.day.status != DayStatus::Open)
                return QBrush(r.day.status == DayStatus::Blocked ? QColor(0xb0, 0x30, 0x30)
                                                                 : QColor(0x70, 0x70, 0x70));
            return {};
        case LevelRole:
            return int(Level::Practitioner);
        case DateRole:
            return day.date;
        case PractitionerKeyRole:
            return r.key;
        case DayStatusRole:
            return int(r.day.status);
        default:
            return {};
        }
    }
    const int dayIndex = int((id >> 31) & kLow31);
    const Row &r = m_days.at(dayIndex).rows.at(int(id & kLow31));
    const qint64 start = r.day.slots.at(index.row());
    const qint64 end = start + qint64(m_minutes) * 60'000;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        if (index.column() == 1)
            return r.name;
        const QDateTime s = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()).toTimeZone(m_zone);
        const QDateTime e = QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc()).toTimeZone(m_zone);
        //: a slot, start – end
        return tr("%1 – %2").arg(localeformat::shortTime(locale, s.time()),
                                 localeformat::shortTime(locale, e.time()));
    }
    case LevelRole:
        return int(Level::Slot);
    case DateRole:
        return m_days.at(dayIndex).date;
    case PractitionerKeyRole:
        return r.key;
    case SlotStartRole:
        return start;
    case SlotEndRole:
        return end;
    default:
        return {};
    }
}

QModelIndex AvailabilityResultsModel::firstSlot() const
{
    for (int d = 0; d < m_days.size(); ++d) {
        for (int p = 0; p < m_days[d].rows.size(); ++p) {
            if (!m_days[d].rows[p].day.slots.isEmpty())
                return index(0, 0, index(p, 0, index(d, 0)));
        }
    }
    return {};
}

QModelIndex AvailabilityResultsModel::findSlot(const QString &key, qint64 startMs) const
{
    for (int d = 0; d < m_days.size(); ++d) {
        for (int p = 0; p < m_days[d].rows.size(); ++p) {
            const Row &r = m_days[d].rows[p];
            if (r.key != key)
                continue;
            const qsizetype at = r.day.slots.indexOf(startMs);
            if (at >= 0)
                return index(int(at), 0, index(p, 0, index(d, 0)));
        }
    }
    return {};
}

AvailabilityResultsModel::Place AvailabilityResultsModel::placeOf(const QModelIndex &index) const
{
    Place place;
    if (!index.isValid())
        return place;
    const QModelIndex row = index.siblingAtColumn(0);
    place.level = Level(row.data(LevelRole).toInt());
    place.date = row.data(DateRole).toDate();
    if (place.level != Level::Day)
        place.key = row.data(PractitionerKeyRole).toString();
    if (place.level == Level::Slot)
        place.start = row.data(SlotStartRole).toLongLong();
    return place;
}

QModelIndex AvailabilityResultsModel::indexOf(const Place &place) const
{
    for (int d = 0; d < m_days.size(); ++d) {
        if (m_days[d].date != place.date)
            continue;
        const QModelIndex day = index(d, 0);
        if (place.level == Level::Day)
            return day;
        for (int p = 0; p < m_days[d].rows.size(); ++p) {
            const Row &r = m_days[d].rows[p];
            if (r.key != place.key)
                continue;
            const QModelIndex practitioner = index(p, 0, day);
            if (place.level == Level::Practitioner)
                return practitioner;
            const qsizetype at = r.day.slots.indexOf(place.start);
            return at >= 0 ? index(int(at), 0, practitioner) : QModelIndex();
        }
        return {};
    }
    return {};
}

} // namespace caredesk
