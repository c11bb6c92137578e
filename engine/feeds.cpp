#include "feeds.h"

#include "clinics.h"
#include "session.h"
#include "text.h"

#include <QCoroNetworkReply>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QScopedPointer>

#include <memory>

namespace caredesk {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw DbException(makeError(ErrorCode::InvalidInput, message));
}

QString kilobytes(qint64 bytes)
{
    return QString::number(bytes / 1024);
}

} // namespace

Result<CalendarSource> parseCalendarSource(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("Give a calendar file or an http(s) address"));
    const qsizetype colon = t.indexOf(QLatin1String("://"));
    if (colon < 0) {
        CalendarSource s;
        s.path = t;
        return s;
    }
    QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("\"%1\" is not a valid address: %2").arg(t, url.errorString()));
    if (scheme == QLatin1String("file")) {
        CalendarSource s;
        s.path = url.toLocalFile();
        return s;
    }
    if (scheme == QLatin1String("webcal"))
        url.setScheme(QStringLiteral("https"));
    else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("\"%1\": CareDesk reads calendars from files and http(s) addresses, "
                                        "not %2:// addresses")
                             .arg(t, scheme));
    if (url.host().isEmpty())
        return makeError(ErrorCode::InvalidInput, EngineText::tr("\"%1\" has no host name").arg(t));
    CalendarSource s;
    s.url = url;
    return s;
}

Result<QByteArray> readCalendarFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::InvalidInput, EngineText::tr("%1: no such file").arg(path));
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput, EngineText::tr("%1: not a file").arg(path));
    if (info.size() > maxBytes)
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("%1 is %2 KB; CareDesk reads calendars of up to %3 KB")
                             .arg(path, kilobytes(info.size()), kilobytes(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(path, file.errorString()));
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes) // grew while we looked
        return makeError(ErrorCode::InvalidInput,
                         EngineText::tr("%1 is larger than %2 KB").arg(path, kilobytes(maxBytes)));
    return data;
}

QCoro::Task<Result<QByteArray>> fetchCalendar(QNetworkAccessManager &nam, QUrl url, FetchOptions options)
{
    const QString where = url.toDisplayString();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maxRedirects);
    request.setTransferTimeout(int(options.stallTimeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("CareDesk/" CAREDESK_VERSION));
    request.setRawHeader("Accept", "text/calendar, */*;q=0.5");

    // The manager owns its replies too: hand ours back with deleteLater, never delete.
    std::unique_ptr<QNetworkReply, QScopedPointerDeleteLater> reply(nam.get(request));
    auto body = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    QNetworkReply *r = reply.get();
    const qint64 maxBytes = options.maxBytes;
    QObject::connect(r, &QNetworkReply::metaDataChanged, r, [r, tooLarge, maxBytes] {
        const QVariant length = r->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            *tooLarge = true;
            r->abort();
        }
    });
    QObject::connect(r, &QIODevice::readyRead, r, [r, body, tooLarge, maxBytes] {
        body->append(r->readAll());
        if (body->size() > maxBytes) {
            *tooLarge = true;
            r->abort();
        }
    });

    auto coReply = qCoro(r);
    QCoro::Task<bool> wait = coReply.waitForFinished(options.timeout);
    const bool finished = co_await wait;
    if (!finished) {
        r->abort();
        co_return makeError(ErrorCode::Unreachable, EngineText::tr("%1 did not answer within %2 s")
                                                        .arg(where)
                                                        .arg(options.timeout.count() / 1000.0, 0, 'g', 3));
    }
    if (*tooLarge)
        co_return makeError(ErrorCode::InvalidInput,
                            EngineText::tr("%1 sends more than %2 KB; CareDesk reads "
                                           "calendars of up to %2 KB")
                                .arg(where, kilobytes(maxBytes)));
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString phrase = r->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    switch (r->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::TooManyRedirectsError:
        co_return makeError(
            ErrorCode::InvalidInput,
            EngineText::tr("%1 redirects more than %2 times").arg(where).arg(options.maxRedirects));
    case QNetworkReply::InsecureRedirectError:
        co_return makeError(
            ErrorCode::InvalidInput,
            EngineText::tr("%1 redirects from https to http, which CareDesk does not follow").arg(where));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        co_return makeError(ErrorCode::Unreachable, EngineText::tr("%1 stopped sending for %2 s")
                                                        .arg(where)
                                                        .arg(options.stallTimeout.count() / 1000.0));
    default:
        if (status >= 400)
            break; // said below, with the server's status
        co_return makeError(ErrorCode::Unreachable,
                            EngineText::tr("Could not fetch %1: %2").arg(where, r->errorString()));
    }
    if (status >= 400) {
        const QString answer = QStringLiteral("%1 %2").arg(status).arg(phrase).trimmed();
        co_return makeError(
            status >= 500 ? ErrorCode::Unreachable : ErrorCode::InvalidInput,
            status >= 500
                ? EngineText::tr("%1 answered %2: the server failed; try again later").arg(where, answer)
                : EngineText::tr("%1 answered %2: there is no calendar at this address "
                                 "for CareDesk")
                      .arg(where, answer));
    }
    body->append(r->readAll());
    if (body->size() > maxBytes)
        co_return makeError(ErrorCode::InvalidInput,
                            EngineText::tr("%1 sends more than %2 KB").arg(where, kilobytes(maxBytes)));
    co_return *body;
}

QCoro::Task<Result<QByteArray>> loadCalendar(QNetworkAccessManager &nam, CalendarSource source,
                                             FetchOptions options)
{
    if (!source.isUrl())
        co_return readCalendarFile(source.path, options.maxBytes);
    QCoro::Task<Result<QByteArray>> fetch = fetchCalendar(nam, source.url, options);
    Result<QByteArray> body = co_await fetch;
    co_return body;
}

bool feedCheckDue(const HolidayFeed &feed, const QDateTime &now)
{
    return !feed.lastChecked.isValid() ||
           feed.lastChecked.secsTo(now) >=
               std::chrono::duration_cast<std::chrono::seconds>(kFeedCheckInterval).count();
}

QList<HolidayFeed> listFeeds(Session &session)
{
    QSqlQuery q = session.exec(
        QStringLiteral("SELECT f.id, f.url, f.name, f.last_checked_at, f.last_result, "
                       "(SELECT count(*) FROM availability_exceptions e WHERE e.source_feed_id = f.id) "
                       "FROM holiday_feeds f WHERE f.clinic_id = caredesk_current_clinic() ORDER BY "
                       "lower(coalesce(nullif(f.name, ''), f.url)), f.id"));
    QList<HolidayFeed> out;
    while (q.next()) {
        HolidayFeed f;
        f.id = q.value(0).toLongLong();
        f.url = q.value(1).toString();
        f.name = q.value(2).toString();
        f.lastChecked = q.value(3).toDateTime();
        f.lastResult = q.value(4).toString();
        f.closures = q.value(5).toInt();
        out.append(f);
    }
    return out;
}

namespace {

/// The feed's address as it is saved, or InvalidInput saying what is wrong.
QString feedAddress(const QString &url)
{
    const auto source = parseCalendarSource(url);
    if (!source)
        refuse(source.error().message);
    if (!source.value().isUrl())
        refuse(EngineText::tr("A feed is an http or https address, not a file (\"%1\")").arg(url.trimmed()));
    const QString address = source.value().url.toString(QUrl::FullyEncoded);
    if (address.size() > 2048)
        refuse(EngineText::tr("The feed address is longer than 2048 characters"));
    return address;
}

QString feedTitle(const QString &name)
{
    const QString title = name.simplified();
    if (auto problem = textFieldProblem(EngineText::tr("The feed name"), title, 200))
        refuse(*problem);
    return title;
}

} // namespace

qint64 addFeed(Session &session, const QString &url, const QString &name)
{
    const QString address = feedAddress(url);
    const QString title = feedTitle(name);
    Transaction tx(session);
    if (session
            .scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM holiday_feeds WHERE url = ?"
                                   " AND clinic_id = caredesk_current_clinic())"),
                    {address})
            .toBool())
        refuse(EngineText::tr("%1 is saved already").arg(address));
    const qint64 id = saveFeed(session, address, title);
    tx.commit();
    return id;
}

qint64 saveFeed(Session &session, const QString &url, const QString &name)
{
    const QString address = feedAddress(url);
    const QString title = feedTitle(name);
    return session
        .scalar(QStringLiteral(
                    "INSERT INTO holiday_feeds (url, name) VALUES (?, ?) "
                    "ON CONFLICT (clinic_id, url) DO UPDATE SET name = coalesce(nullif(EXCLUDED.name, ''), "
                    "holiday_feeds.name) RETURNING id"),
                {address, title})
        .toLongLong();
}

void removeFeed(Session &session, qint64 id)
{
    Transaction tx(session);
    QSqlQuery q =
        session.exec(QStringLiteral("DELETE FROM holiday_feeds f WHERE f.id = ?") + inThisClinic("f"), {id});
    if (q.numRowsAffected() != 1)
        refuse(EngineText::tr("There is no saved feed %1").arg(id));
    tx.commit();
}

void recordFeedCheck(Session &session, qint64 id, const QDateTime &at, const QString &result)
{
    Transaction tx(session);
    session.exec(
        QStringLiteral(
            "UPDATE holiday_feeds f SET last_checked_at = ?::timestamptz, last_result = ? WHERE f.id = ?") +
            inThisClinic("f"),
        {at.toUTC().toString(Qt::ISODateWithMs), result.left(500), id});
    tx.commit();
}

} // namespace caredesk
