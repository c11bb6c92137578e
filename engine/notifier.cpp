#include "notifier.h"

#include "logging.h"
#include "session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <libpq-fe.h>

namespace caredesk {

bool concernsClinic(const QString &payload, qint64 clinic)
{
    if (clinic == 0)
        return true;
    const QJsonValue named =
        QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("clinic_id"));
    return !named.isDouble() || qint64(named.toDouble()) == clinic;
}

namespace {
std::atomic<int> g_nextNotifierId{1};
}

/// Owns the listening connection; every member runs on the notifier's thread.
class ChangeNotifier::Listener final : public QObject
{
    Q_OBJECT

public:
    Listener(ConnectionTarget target, PoolConfig config, QStringList channels,
             std::chrono::milliseconds heartbeat)
        : m_target(std::move(target))
        , m_config(std::move(config))
        , m_channels(std::move(channels))
        , m_name(QStringLiteral("caredesk-listen%1").arg(g_nextNotifierId.fetch_add(1)))
        , m_heartbeat(new QTimer(this))
        , m_retry(new QTimer(this))
    {
        m_heartbeat->setInterval(heartbeat);
        m_retry->setSingleShot(true);
        connect(m_heartbeat, &QTimer::timeout, this, &Listener::beat);
        connect(m_retry, &QTimer::timeout, this, &Listener::connectNow);
    }

    ~Listener() override { closeConnection(); }
    Q_DISABLE_COPY_MOVE(Listener)

    void start() { connectNow(); }
    void stop()
    {
        m_heartbeat->stop();
        m_retry->stop();
        closeConnection();
    }

Q_SIGNALS:
    void notified(const QString &channel, const QString &payload);
    void connectedChanged(bool connected, int backendPid);
    void resynced();

private:
    void connectNow()
    {
        closeConnection();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        // Only LISTEN runs here: behind a pooler that refuses startup options it goes without.
        bool startupOptions = true;
        bool ok = m_target.open(db, m_config, startupOptions);
        for (const QString &channel : std::as_const(m_channels)) {
            if (ok && !db.driver()->subscribeToNotification(channel))
                ok = false;
        }
        if (!ok) {
            qCInfo(lcNotify) << "listening connection failed; retrying in" << m_backoff.count()
                             << "ms:" << db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            m_retry->start(m_backoff);
            m_backoff = std::min(m_backoff * 2, std::chrono::milliseconds(5000));
            return;
        }
        connect(db.driver(), &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
                    Q_EMIT notified(channel, payload.toString());
                });
        auto *conn = static_cast<PGconn *>(nativeConnection(db));
        const int pid = conn ? PQbackendPID(conn) : 0;
        m_backoff = std::chrono::milliseconds(250);
        m_heartbeat->start();
        Q_EMIT connectedChanged(true, pid);
        if (m_everConnected) {
            qCInfo(lcNotify) << "listening again after a reconnect";
            Q_EMIT resynced();
        }
        m_everConnected = true;
    }

    void beat()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        bool alive = db.isOpen();
        if (alive) {
            QSqlQuery q(db);
            alive = q.exec(QStringLiteral("SELECT 1"));
            auto *conn = static_cast<PGconn *>(nativeConnection(db));
            alive = alive && conn && PQstatus(conn) == CONNECTION_OK;
        }
        if (alive)
            return;
        qCInfo(lcNotify) << "listening connection lost; reconnecting";
        m_heartbeat->stop();
        db = QSqlDatabase();
        closeConnection();
        Q_EMIT connectedChanged(false, 0);
        m_retry->start(std::chrono::milliseconds(0));
    }

    void closeConnection()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen() && db.driver())
                disconnect(db.driver(), nullptr, this, nullptr);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    ConnectionTarget m_target;
    PoolConfig m_config;
    QStringList m_channels;
    QString m_name;
    QTimer *m_heartbeat;
    QTimer *m_retry;
    std::chrono::milliseconds m_backoff{250};
    bool m_everConnected = false;
};

ChangeNotifier::ChangeNotifier(ConnectionTarget target, PoolConfig config, QStringList channels,
                               std::chrono::milliseconds heartbeat, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_listener(new Listener(std::move(target), std::move(config), std::move(channels), heartbeat))
{
    m_thread->setObjectName(QStringLiteral("caredesk-notifier"));
    m_listener->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &Listener::notified, this, &ChangeNotifier::notified);
    connect(m_listener, &Listener::resynced, this, &ChangeNotifier::resynced);
    connect(m_listener, &Listener::connectedChanged, this, [this](bool connected, int pid) {
        m_backendPid = pid;
        if (m_connected != connected) {
            m_connected = connected;
            Q_EMIT connectedChanged(connected);
        }
    });
    m_thread->start();
}

ChangeNotifier::~ChangeNotifier()
{
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener] { listener->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ChangeNotifier::start()
{
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener] { listener->start(); }, Qt::QueuedConnection);
}

} // namespace caredesk

#include "notifier.moc"
