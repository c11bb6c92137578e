#pragma once

#include "connectiontarget.h"
#include "poolconfig.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

class QThread;

namespace caredesk {

/// Whether a change notification's payload concerns `clinic`: it does unless it names
/// another clinic (a row of another clinic of the chain). A payload naming none (setup
/// changes, a closure of the whole chain), one that is not JSON, and clinic 0 (none
/// chosen) always do: a needless reload costs little, a missed one shows stale times.
[[nodiscard]] bool concernsClinic(const QString &payload, qint64 clinic);

/// LISTEN/NOTIFY on one dedicated connection outside the pool. The connection lives
/// on the notifier's own thread (with an event loop, which QPSQL's notifications need).
/// A heartbeat notices a dead connection; the notifier then reconnects with back-off,
/// subscribes again and emits resynced(), because notifications sent while it was
/// away are lost: views reload what they show.
class ChangeNotifier final : public QObject
{
    Q_OBJECT

public:
    /// The channel CareDesk's triggers notify on.
    static QString changesChannel() { return QStringLiteral("caredesk_changes"); }

    ChangeNotifier(ConnectionTarget target, PoolConfig config, QStringList channels,
                   std::chrono::milliseconds heartbeat = std::chrono::seconds(10), QObject *parent = nullptr);
    ~ChangeNotifier() override;
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

    /// Connects and subscribes in the background.
    void start();
    [[nodiscard]] bool isConnected() const { return m_connected; }
    /// The server process id of the listening connection (0 when not connected).
    [[nodiscard]] int backendPid() const { return m_backendPid; }

Q_SIGNALS:
    void notified(const QString &channel, const QString &payload);
    void connectedChanged(bool connected);
    /// Emitted after a reconnect: notifications may have been missed meanwhile.
    void resynced();

private:
    class Listener;
    QThread *m_thread = nullptr;
    Listener *m_listener = nullptr; // lives on m_thread
    bool m_connected = false;
    int m_backendPid = 0;
};

} // namespace caredesk
