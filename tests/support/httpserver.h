#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace caredesk::test {

/// A small HTTP/1.1 server on 127.0.0.1 for feed tests, on the thread that creates it
/// (the test's event loop serves it). Each path answers one way; anything else is 404.
class LocalHttpServer : public QTcpServer
{
public:
    enum class Behaviour
    {
        Serve,        ///< 200 with the body
        Redirect,     ///< 302 to the body (a path)
        Status,       ///< the status with a short body
        Stall,        ///< headers and half the body, then nothing
        Endless,      ///< 200 without Content-Length, sends until the client hangs up
        DeclaredHuge, ///< 200 with a Content-Length of 1 GB, a few bytes, then nothing
    };

    struct Route
    {
        Behaviour behaviour = Behaviour::Serve;
        QByteArray body;
        int status = 200;
        QByteArray contentType = "text/calendar; charset=utf-8";
    };

    LocalHttpServer();
    ~LocalHttpServer() override;

    void route(const QByteArray &path, Route r) { m_routes.insert(path, std::move(r)); }
    /// http://127.0.0.1:PORT + path
    [[nodiscard]] QString url(const QByteArray &path) const;
    /// How many requests each path got.
    [[nodiscard]] int hits(const QByteArray &path) const { return m_hits.value(path); }

private:
    void onConnection();
    void answer(QTcpSocket *socket, const QByteArray &path);

    QHash<QByteArray, Route> m_routes;
    QHash<QByteArray, int> m_hits;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace caredesk::test
