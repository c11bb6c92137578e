#pragma once

#include "icalendar.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace caredesk {

class Session;

/// One thing an import would do to the clinic's closures.
struct ImportChange
{
    enum class Kind
    {
        Create, ///< a holiday the clinic does not have yet
        Update, ///< the calendar now says something else (dates within the day, title)
        Remove, ///< a subscribed feed no longer has it
    };
    Kind kind = Kind::Create;
    QString uid;
    ExceptionData closure; ///< Create/Update: as it will be; Remove: as it is
    ExceptionData before;  ///< Update: as it is now
    qint64 existingId = 0; ///< Update/Remove: the saved closure

    /// The event UID and first date: what the manager ticks and a re-import matches.
    [[nodiscard]] QString key() const { return holidayKey(uid, closure.startDate); }
};

/// What importing a calendar would do, for the manager to look at and tick.
struct ImportPlan
{
    QString calendarName;
    QList<ImportChange> changes;      ///< what applying can do, in date order
    QList<HolidayOccurrence> present; ///< already saved as the calendar says
    QList<SkippedEvent> skipped;      ///< left out, with the reason
    /// Saved closures that match but belong to no feed: a feed's import adopts them, so
    /// the feed can later change or remove them.
    QList<qint64> unattached;

    [[nodiscard]] int count(ImportChange::Kind kind) const;
};

/// Where an import applies. A feed's import also removes the feed's holidays it no
/// longer lists (within [from, to]) and remembers the new ones the manager declined.
struct ImportScope
{
    QDate from;
    QDate to;
    std::optional<qint64> feedId;
};

/// Compares a calendar with the saved closures (matched by event UID and first date)
/// and says what an import would create, update or remove; changes nothing. Closures
/// a clinic-wide all-day closure already covers, or the manager declined for this
/// feed, are skipped with the reason. Throws DbException.
[[nodiscard]] ImportPlan planImport(Session &session, const HolidayCalendar &calendar,
                                    const ImportScope &scope);

/// What an import did.
struct ImportOutcome
{
    ImportPlan plan;              ///< the plan it carried out (made inside its transaction)
    QList<ImportChange> applied;  ///< the chosen changes, as made
    QList<ImportChange> declined; ///< feed holidays not chosen: not offered again
    std::optional<qint64> feedId; ///< the feed subscribeAndImport() saved or found
};

/// Carries out the changes of planImport() whose keys are in `chosen`, in one
/// transaction (serialised with other imports, so two managers importing the same
/// feed at once create each closure once). The plan is made again inside the
/// transaction: what was previewed and has not changed since is what is applied.
/// For a feed, the new holidays that were `offered` (shown in the preview) but not
/// chosen are declined; one the manager never saw is not. Throws DbException; on any
/// error nothing is written.
ImportOutcome applyImport(Session &session, const HolidayCalendar &calendar, const ImportScope &scope,
                          const QSet<QString> &chosen, const QSet<QString> &offered);

/// Saves `url` as a feed (or finds it when it is saved already) and imports its
/// calendar as that feed's, all in one transaction: a failure saves neither.
ImportOutcome subscribeAndImport(Session &session, const HolidayCalendar &calendar, ImportScope scope,
                                 const QString &url, const QString &name, const QSet<QString> &chosen,
                                 const QSet<QString> &offered);

/// Every change's key: "apply all" for scripts.
[[nodiscard]] QSet<QString> allChangeKeys(const ImportPlan &plan);

} // namespace caredesk
