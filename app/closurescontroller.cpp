#include "closurescontroller.h"

#include "change.h"
#include "diagnostics.h"
#include "engine/availability.h"
#include "engine/closures.h"
#include "engine/pool.h"
#include "engine/schedule.h"
#include "models/closuresmodel.h"
#include "ui/closures/closuresworkspace.h"
#include "ui/closures/importdialog.h"

#include <QCoroFuture>
#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace caredesk {

ClosuresController::ClosuresController(std::shared_ptr<ConnectionPool> pool, std::shared_ptr<Clock> clock,
                                       ClosuresWorkspace *view, QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_clock(std::move(clock))
    , m_view(view)
    , m_nam(new QNetworkAccessManager(this))
    , m_feedTimer(new QTimer(this))
{
    connect(view, &ClosuresWorkspace::addRequested, this, [this](const ExceptionData &c) { addAsync(c); });
    connect(view, &ClosuresWorkspace::deleteRequested, this,
            [this](qint64 id, const QString &description) { deleteAsync(id, description); });
    connect(view, &ClosuresWorkspace::closureSelected, this,
            [this](qint64 id, const ExceptionData &closure) { insideAsync(id, closure); });
    connect(view, &ClosuresWorkspace::importRequested, this, [this] { openImportDialog(false); });
    connect(view, &ClosuresWorkspace::subscribeRequested, this, [this] { openImportDialog(true); });
    connect(view, &ClosuresWorkspace::reviewFeedRequested, this, &ClosuresController::openReview);
    connect(view, &ClosuresWorkspace::checkFeedsRequested, this, [this](qint64 id) { checkFeeds(id); });
    connect(view, &ClosuresWorkspace::removeFeedRequested, this,
            [this](qint64 id, const QString &title) { removeFeedAsync(id, title); });
    // Due feeds are looked at every hour; each is fetched once a day.
    m_feedTimer->setInterval(std::chrono::hours(1));
    connect(m_feedTimer, &QTimer::timeout, this, [this] { checkFeedsAsync(0, false); });
}

namespace {

/// How far ahead an import or feed check looks by default.
constexpr int kImportYears = 2;

} // namespace

void ClosuresController::setFeedChecksEnabled(bool enabled)
{
    m_feedChecks = enabled;
    if (!enabled) {
        m_feedTimer->stop();
        return;
    }
    m_feedTimer->start();
    checkFeedsAsync(0, false);
}

void ClosuresController::setChainWideAllowed(bool allowed)
{
    if (m_view)
        m_view->setChainWideAllowed(allowed);
}

void ClosuresController::checkFeeds(qint64 feedId)
{
    checkFeedsAsync(feedId, true);
}

void ClosuresController::load()
{
    loadAsync();
}

QCoro::Task<> ClosuresController::loadAsync()
{
    QPointer<ClosuresController> self(this);
    const int generation = ++m_generation;
    const QDateTime now = m_clock->now();
    QCoro::Task<Result<std::pair<QDate, QList<ClosureSummary>>>> task = m_pool->run(
        Access::Read,
        [now](Session &s) {
            const QDate today = clinicToday(s, now);
            return std::pair{today, listClosures(s, today)};
        },
        QStringLiteral("closures: list"));
    auto result = co_await task;
    if (!self || !m_view || generation != m_generation)
        co_return;
    if (!result) {
        m_view->showMessage(tr("The closures could not be loaded: %1").arg(result.error().message), true);
        co_return;
    }
    // The form starts at today once; a reload (even one that overtook the first) leaves
    // the dates the user chose alone.
    if (!m_today.isValid())
        m_view->setToday(result.value().first);
    m_today = result.value().first;
    m_view->model()->setClosures(result.value().second);
    Q_EMIT loaded();
    loadFeedsAsync();
}

QCoro::Task<> ClosuresController::insideAsync(qint64 id, ExceptionData closure)
{
    QPointer<ClosuresController> self(this);
    const int generation = ++m_insideGeneration;
    using Inside = std::pair<QTimeZone, QList<AppointmentSummary>>;
    QCoro::Task<Result<Inside>> task = m_pool->run(
        Access::Read,
        [closure](Session &s) {
            return Inside{clinicTimeZone(s), appointmentsHitBy(s, closure)};
        },
        QStringLiteral("closures: appointments inside"));
    Result<Inside> inside = co_await task;
    if (!self || !m_view || generation != m_insideGeneration)
        co_return;
    if (!inside) {
        m_view->showMessage(tr("The appointments inside could not be loaded: %1").arg(inside.error().message),
                            true);
        co_return;
    }
    m_view->setClosureAppointments(id, inside.value().second, inside.value().first);
    Q_EMIT insideLoaded();
}

QCoro::Task<> ClosuresController::addAsync(ExceptionData closure)
{
    QPointer<ClosuresController> self(this);
    QCoro::Task<Result<qint64>> task = m_pool->run(
        Access::Write, [closure](Session &s) { return addClosure(s, closure); },
        QStringLiteral("closures: add"));
    Result<qint64> added = co_await task;
    if (!self || !m_view)
        co_return;
    QString message;
    if (added) {
        message = tr("Added: %1.").arg(closure.reason);
        m_view->showMessage(message, false);
        m_view->clearForm();
        Q_EMIT closuresWidened();
    } else {
        message = tr("Not added: %1").arg(added.error().message);
        m_view->showMessage(message, true); // the form keeps what was typed
    }
    Q_EMIT changeFinished(added.ok(), message);
    loadAsync();
}

QCoro::Task<> ClosuresController::deleteAsync(qint64 id, QString description)
{
    QPointer<ClosuresController> self(this);
    QCoro::Task<ChangeOutcome> task = runChange(
        m_pool, QStringLiteral("closures: delete"), [id](Session &s) { deleteClosure(s, id); },
        tr("Deleted: %1.").arg(description));
    const ChangeOutcome outcome = co_await task;
    if (!self || !m_view)
        co_return;
    m_view->showMessage(outcome.message, !outcome.ok);
    Q_EMIT changeFinished(outcome.ok, outcome.message);
    loadAsync();
}

QList<AvailabilityWarning> ClosuresController::feedWarnings(int days) const
{
    QList<AvailabilityWarning> out;
    for (auto it = m_feedReviews.cbegin(); it != m_feedReviews.cend(); ++it) {
        HolidayFeed feed;
        feed.id = it.key();
        feed.name = it->feedTitle;
        const QDate today = it->scope.from;
        out += caredesk::feedWarnings(feed, it->plan, today, today.addDays(days));
    }
    std::sort(out.begin(), out.end(),
              [](const AvailabilityWarning &a, const AvailabilityWarning &b) { return a.date < b.date; });
    return out;
}

ImportDialog *ClosuresController::newDialog()
{
    auto *dialog = new ImportDialog(m_view ? m_view->window() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ImportDialog::previewRequested, this,
            [this](const QString &source, const QDate &from, const QDate &to) {
                previewAsync(source, from, to);
            });
    connect(
        dialog, &ImportDialog::importRequested, this,
        [this](const QSet<QString> &keys, bool sub, const QString &name) { importAsync(keys, sub, name); });
    return dialog;
}

void ClosuresController::openImportDialog(bool subscribe)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    ImportDialog *dialog = newDialog();
    m_prepared.reset();
    m_dialogFeed.reset();
    const QDate today = m_today.isValid() ? m_today : m_clock->now().date();
    dialog->setRange(today, today.addYears(kImportYears));
    dialog->setSubscribe(subscribe);
    dialog->open();
}

void ClosuresController::openReview(qint64 feedId)
{
    const auto it = m_feedReviews.constFind(feedId);
    if (it == m_feedReviews.cend())
        return;
    if (m_dialog)
        m_dialog->close();
    ImportDialog *dialog = newDialog();
    m_prepared = *it;
    m_dialogFeed = feedId;
    dialog->setReviewMode(it->feedTitle);
    dialog->setSource(it->source.display());
    dialog->setRange(it->scope.from, it->scope.to);
    dialog->showPreview(it->plan);
    dialog->open();
}

QCoro::Task<Result<HolidayCalendar>> ClosuresController::readCalendarAsync(CalendarSource source, QDate from,
                                                                           QDate to)
{
    QPointer<ClosuresController> self(this);
    QCoro::Task<Result<QByteArray>> load = loadCalendar(*m_nam, source);
    Result<QByteArray> body = co_await load;
    if (!self)
        co_return makeError(ErrorCode::Internal, QStringLiteral("closed"));
    if (!body)
        co_return body.error();
    QCoro::Task<Result<QString>> zoneTask = m_pool->run(
        Access::Read, [](Session &s) { return readClinicSettings(s).timeZone; },
        QStringLiteral("import: zone"));
    Result<QString> zone = co_await zoneTask;
    if (!self)
        co_return makeError(ErrorCode::Internal, QStringLiteral("closed"));
    if (!zone)
        co_return zone.error();
    // libical's work runs off the GUI thread: a large calendar never freezes the window.
    const QByteArray data = body.value();
    const QTimeZone clinicZone(zone.value().toUtf8());
    QFuture<Result<HolidayCalendar>> reading = QtConcurrent::run(
        [data, clinicZone, from, to] { return readHolidayCalendar(data, clinicZone, from, to); });
    Result<HolidayCalendar> calendar = co_await reading;
    if (!calendar) {
        Error e = calendar.error();
        e.message = QStringLiteral("%1: %2").arg(source.display(), e.message);
        co_return e;
    }
    co_return calendar;
}

QCoro::Task<> ClosuresController::previewAsync(QString sourceText, QDate from, QDate to)
{
    QPointer<ClosuresController> self(this);
    const int generation = ++m_previewGeneration;
    QPointer<ImportDialog> dialog = m_dialog;
    if (!dialog)
        co_return;
    const auto source = parseCalendarSource(sourceText);
    if (!source) {
        dialog->showError(source.error().message);
        Q_EMIT previewLoaded(false);
        co_return;
    }
    dialog->setBusy(source.value().isUrl() ? tr("Fetching %1…").arg(source.value().display())
                                           : tr("Reading %1…").arg(source.value().display()));
    QCoro::Task<Result<HolidayCalendar>> reading = readCalendarAsync(source.value(), from, to);
    Result<HolidayCalendar> calendar = co_await reading;
    if (!self || !dialog || generation != m_previewGeneration)
        co_return;
    if (!calendar) {
        dialog->showError(tr("Nothing to preview: %1").arg(calendar.error().message));
        Q_EMIT previewLoaded(false);
        co_return;
    }
    Prepared prepared;
    prepared.calendar = calendar.value();
    prepared.scope.from = from;
    prepared.scope.to = to;
    prepared.scope.feedId = m_dialogFeed;
    prepared.source = source.value();
    const HolidayCalendar cal = prepared.calendar;
    const ImportScope scope = prepared.scope;
    QCoro::Task<Result<ImportPlan>> planning = m_pool->run(
        Access::Read, [cal, scope](Session &s) { return planImport(s, cal, scope); },
        QStringLiteral("import: preview"));
    Result<ImportPlan> plan = co_await planning;
    if (!self || !dialog || generation != m_previewGeneration)
        co_return;
    if (!plan) {
        dialog->showError(tr("Nothing to preview: %1").arg(plan.error().message));
        Q_EMIT previewLoaded(false);
        co_return;
    }
    prepared.plan = plan.value();
    prepared.feedTitle = m_prepared ? m_prepared->feedTitle : QString();
    m_prepared = prepared;
    dialog->showPreview(plan.value());
    Q_EMIT previewLoaded(true);
}

QCoro::Task<> ClosuresController::importAsync(QSet<QString> keys, bool subscribe, QString feedName)
{
    QPointer<ClosuresController> self(this);
    QPointer<ImportDialog> dialog = m_dialog;
    if (!dialog || !m_prepared)
        co_return;
    const Prepared prepared = *m_prepared;
    if (subscribe && !prepared.source.isUrl())
        subscribe = false;
    dialog->setBusy(tr("Importing…"));
    const QString url = prepared.source.url.toString();
    const QString name = feedName.isEmpty() ? prepared.calendar.name : feedName;
    const QDateTime now = m_clock->now();
    const QSet<QString> offered = allChangeKeys(prepared.plan);
    QCoro::Task<Result<ImportOutcome>> applying = m_pool->run(
        Access::Write,
        [prepared, keys, offered, subscribe, url, name, now](Session &s) {
            ImportOutcome outcome =
                subscribe ? subscribeAndImport(s, prepared.calendar, prepared.scope, url, name, keys, offered)
                          : applyImport(s, prepared.calendar, prepared.scope, keys, offered);
            // Bookkeeping after the import committed: its failure must not make the
            // import look failed.
            try {
                if (outcome.feedId)
                    recordFeedCheck(
                        s, *outcome.feedId, now,
                        QStringLiteral("Up to date (%1 holidays)").arg(prepared.calendar.occurrences.size()));
                else if (prepared.scope.feedId)
                    recordFeedCheck(s, *prepared.scope.feedId, now, QStringLiteral("Reviewed"));
            } catch (const DbException &) {
            }
            return outcome;
        },
        QStringLiteral("import: apply"));
    Result<ImportOutcome> outcome = co_await applying;
    if (!self)
        co_return;
    if (!outcome) {
        const QString message = tr("Nothing was imported: %1").arg(outcome.error().message);
        if (dialog)
            dialog->showError(message, true);
        Q_EMIT importFinished(false, message);
        co_return;
    }
    int created = 0;
    int changed = 0;
    int removed = 0;
    for (const ImportChange &c : outcome.value().applied) {
        created += c.kind == ImportChange::Kind::Create ? 1 : 0;
        changed += c.kind == ImportChange::Kind::Update ? 1 : 0;
        removed += c.kind == ImportChange::Kind::Remove ? 1 : 0;
    }
    const QLocale locale;
    QStringList counts{tr("%n closure(s) added", nullptr, created), tr("%n changed", nullptr, changed),
                       tr("%n removed", nullptr, removed)};
    if (!outcome.value().declined.isEmpty())
        counts << tr("%n declined", nullptr, int(outcome.value().declined.size()));
    //: %1 is the file or feed, %2 a list such as "3 closures added, 1 changed and 0 removed"
    QString message =
        tr("Imported from %1: %2.").arg(prepared.source.display(), locale.createSeparatedList(counts));
    if (outcome.value().applied.size() != keys.size())
        message += QLatin1Char(' ') + tr("%n of the ticked changes had been made meanwhile by someone else.",
                                         nullptr, int(keys.size() - outcome.value().applied.size()));
    if (prepared.scope.feedId) {
        m_feedReviews.remove(*prepared.scope.feedId);
        m_pendingCounts.remove(*prepared.scope.feedId);
    }
    m_prepared.reset();
    if (dialog)
        dialog->accept();
    if (m_view)
        m_view->showMessage(message, false);
    if (created + changed > 0)
        Q_EMIT closuresWidened();
    Q_EMIT importFinished(true, message);
    loadAsync();
}

QCoro::Task<> ClosuresController::loadFeedsAsync()
{
    QPointer<ClosuresController> self(this);
    QCoro::Task<Result<QList<HolidayFeed>>> task = m_pool->run(
        Access::Read, [](Session &s) { return listFeeds(s); }, QStringLiteral("closures: feeds"));
    Result<QList<HolidayFeed>> feeds = co_await task;
    if (!self || !m_view)
        co_return;
    if (!feeds) {
        m_view->showMessage(tr("The holiday feeds could not be loaded: %1").arg(feeds.error().message), true);
        co_return;
    }
    m_view->setFeeds(feeds.value(), m_pendingCounts);
    Q_EMIT feedsLoaded();
}

QCoro::Task<> ClosuresController::checkFeedsAsync(qint64 onlyId, bool force)
{
    if (m_checking) {
        // The running check may have fetched before the user asked: theirs runs after it,
        // and feedsChecked waits for it.
        if (force)
            m_queuedCheck = (m_queuedCheck && *m_queuedCheck != onlyId) ? 0 : onlyId;
        co_return;
    }
    QPointer<ClosuresController> self(this);
    m_checking = true;
    std::optional<qint64> next = onlyId;
    bool forced = force;
    while (next) {
        QCoro::Task<bool> once = checkFeedsOnceAsync(*next, forced);
        const bool alive = co_await once;
        if (!alive || !self)
            co_return;
        next = std::exchange(m_queuedCheck, std::nullopt);
        forced = true;
    }
    m_checking = false;
    Q_EMIT feedsChecked();
}

QCoro::Task<bool> ClosuresController::checkFeedsOnceAsync(qint64 onlyId, bool force)
{
    QPointer<ClosuresController> self(this);
    const QDateTime now = m_clock->now();
    using Feeds = std::pair<QDate, QList<HolidayFeed>>;
    QCoro::Task<Result<Feeds>> listing = m_pool->run(
        Access::Read,
        [now](Session &s) {
            return Feeds{clinicToday(s, now), listFeeds(s)};
        },
        QStringLiteral("feeds: list"));
    Result<Feeds> feeds = co_await listing;
    if (!self)
        co_return false;
    if (!feeds) {
        if (force && m_view)
            m_view->showMessage(tr("The holiday feeds could not be checked: %1").arg(feeds.error().message),
                                true);
        co_return true;
    }
    const QDate today = feeds.value().first;
    for (const HolidayFeed &feed : feeds.value().second) {
        if (onlyId != 0 && feed.id != onlyId)
            continue;
        if (!force && !feedCheckDue(feed, now))
            continue;
        Prepared prepared;
        prepared.feedTitle = feed.title();
        prepared.scope.from = today;
        prepared.scope.to = today.addYears(kImportYears);
        prepared.scope.feedId = feed.id;
        const auto source = parseCalendarSource(feed.url);
        QString result;
        if (source) {
            prepared.source = source.value();
            QCoro::Task<Result<HolidayCalendar>> reading =
                readCalendarAsync(prepared.source, prepared.scope.from, prepared.scope.to);
            Result<HolidayCalendar> calendar = co_await reading;
            if (!self)
                co_return false;
            if (calendar) {
                prepared.calendar = calendar.value();
                const HolidayCalendar cal = prepared.calendar;
                const ImportScope scope = prepared.scope;
                QCoro::Task<Result<ImportPlan>> planning = m_pool->run(
                    Access::Read, [cal, scope](Session &s) { return planImport(s, cal, scope); },
                    QStringLiteral("feeds: plan"));
                Result<ImportPlan> plan = co_await planning;
                if (!self)
                    co_return false;
                if (plan) {
                    prepared.plan = plan.value();
                    const int changes = int(prepared.plan.changes.size());
                    if (changes > 0) {
                        m_feedReviews.insert(feed.id, prepared);
                        m_pendingCounts.insert(feed.id, changes);
                        result = QStringLiteral("%1 changes to review").arg(changes);
                    } else {
                        m_feedReviews.remove(feed.id);
                        m_pendingCounts.remove(feed.id);
                        result = QStringLiteral("Up to date (%1 holidays)").arg(cal.occurrences.size());
                    }
                } else {
                    result = QStringLiteral("Failed: %1").arg(plan.error().message);
                }
            } else {
                result = QStringLiteral("Failed: %1").arg(calendar.error().message);
            }
        } else {
            result = QStringLiteral("Failed: %1").arg(source.error().message);
        }
        const qint64 id = feed.id;
        QCoro::Task<Result<bool>> recording = m_pool->run(
            Access::Write,
            [id, now, result](Session &s) {
                recordFeedCheck(s, id, now, result);
                return true;
            },
            QStringLiteral("feeds: record check"));
        co_await recording;
        if (!self)
            co_return false;
        if (force && onlyId != 0 && m_view)
            m_view->showMessage(tr("%1: %2").arg(feed.title(), result),
                                result.startsWith(QLatin1String("Failed")));
    }
    QCoro::Task<> reload = loadFeedsAsync();
    co_await reload;
    co_return bool(self);
}

QCoro::Task<> ClosuresController::removeFeedAsync(qint64 id, QString title)
{
    QPointer<ClosuresController> self(this);
    QCoro::Task<ChangeOutcome> task = runChange(
        m_pool, QStringLiteral("feeds: remove"), [id](Session &s) { removeFeed(s, id); },
        tr("Stopped checking %1; its closures stay.").arg(title));
    const ChangeOutcome outcome = co_await task;
    if (!self || !m_view)
        co_return;
    m_feedReviews.remove(id);
    m_pendingCounts.remove(id);
    m_view->showMessage(outcome.message, !outcome.ok);
    Q_EMIT changeFinished(outcome.ok, outcome.message);
    loadFeedsAsync();
}

} // namespace caredesk
