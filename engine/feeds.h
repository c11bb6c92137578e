#pragma once

#include "error.h"

#include <QByteArray>
#include <QCoroTask>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace caredesk {

class Session;

/// Where a calendar comes from: a file on this computer or an http(s) address.
struct CalendarSource
{
    QUrl url;     ///< for http(s) (webcal:// is read as https://)
    QString path; ///< for a file

    [[nodiscard]] bool isUrl() const { return url.isValid() && !url.isEmpty(); }
    [[nodiscard]] QString display() const { return isUrl() ? url.toDisplayString() : path; }
};

/// Reads what the user typed as a file path or an address. InvalidInput says what is
/// wrong with it (an unsupported scheme, an address without a host).
[[nodiscard]] Result<CalendarSource> parseCalendarSource(const QString &text);

/// Limits on fetching a feed.
struct FetchOptions
{
    qint64 maxBytes = 4 * 1024 * 1024;
    std::chrono::milliseconds timeout{20000};      ///< the whole request
    std::chrono::milliseconds stallTimeout{10000}; ///< no bytes for this long
    int maxRedirects = 5;
};

/// Reads a calendar file, refusing one larger than `maxBytes` (InvalidInput names the
/// file and what is wrong).
[[nodiscard]] Result<QByteArray> readCalendarFile(const QString &path, qint64 maxBytes);

/// Fetches a feed with `nam` (on the calling thread's event loop): follows up to
/// maxRedirects redirects that do not go from https to http, gives up after the
/// timeouts, and refuses HTTP errors and bodies over maxBytes. The error names the
/// address and what happened (Unreachable for network trouble and server errors,
/// InvalidInput for what the address serves).
[[nodiscard]] QCoro::Task<Result<QByteArray>> fetchCalendar(QNetworkAccessManager &nam, QUrl url,
                                                            FetchOptions options = {});

/// A file or a feed: readCalendarFile() or fetchCalendar().
[[nodiscard]] QCoro::Task<Result<QByteArray>> loadCalendar(QNetworkAccessManager &nam, CalendarSource source,
                                                           FetchOptions options = {});

/// A saved holiday feed.
struct HolidayFeed
{
    qint64 id = 0;
    QString url;
    QString name;
    QDateTime lastChecked; ///< invalid when never checked
    QString lastResult;    ///< what the last check found, for a person
    int closures = 0;      ///< closures imported from it

    [[nodiscard]] QString title() const { return name.isEmpty() ? url : name; }
};

/// How often a saved feed is checked on its own.
inline constexpr std::chrono::hours kFeedCheckInterval{24};

/// True when the feed has not been checked in the last kFeedCheckInterval.
[[nodiscard]] bool feedCheckDue(const HolidayFeed &feed, const QDateTime &now);

/// Saved feeds by name. Throws DbException.
[[nodiscard]] QList<HolidayFeed> listFeeds(Session &session);

/// Saves a feed address (http or https) with a name; InvalidInput when the address is
/// not one or is saved already. Returns its id.
qint64 addFeed(Session &session, const QString &url, const QString &name);

/// Saves a feed, or renames the one saved at that address (when `name` is not empty);
/// runs in the caller's transaction. Returns its id.
qint64 saveFeed(Session &session, const QString &url, const QString &name);

/// Forgets a feed; the closures imported from it stay.
void removeFeed(Session &session, qint64 id);

/// Records when a feed was checked (by the caller's clock) and what was found.
void recordFeedCheck(Session &session, qint64 id, const QDateTime &at, const QString &result);

} // namespace caredesk
