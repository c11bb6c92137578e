#include "httpserver.h"

#include <QTimer>

namespace caredesk::test {

LocalHttpServer::LocalHttpServer()
{
    connect(this, &QTcpServer::newConnection, this, &LocalHttpServer::onConnection);
    listen(QHostAddress::LocalHost, 0);
}

LocalHttpServer::~LocalHttpServer()
{
    for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
        if (s)
            s->abort();
    }
}

QString LocalHttpServer::url(const QByteArray &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(QString::fromLatin1(path));
}

void LocalHttpServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        m_sockets.append(socket);
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            request->append(socket->readAll());
            const qsizetype end = request->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> firstLine = request->left(request->indexOf("\r\n")).split(' ');
            request->clear();
            answer(socket, firstLine.value(1));
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LocalHttpServer::answer(QTcpSocket *socket, const QByteArray &path)
{
    m_hits[path] += 1;
    const auto it = m_routes.constFind(path);
    Route r = it != m_routes.cend() ? *it : Route{Behaviour::Status, "not here\n", 404, "text/plain"};
    auto head = [&](int status, const QByteArray &reason, const QByteArray &extra) {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
               "\r\nContent-Type: " + r.contentType + "\r\n" + extra + "\r\n";
    };
    switch (r.behaviour) {
    case Behaviour::Serve:
        socket->write(head(200, "OK", "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n") +
                      r.body);
        break;
    case Behaviour::Redirect:
        socket->write(head(302, "Found", "Location: " + r.body + "\r\nContent-Length: 0\r\n"));
        break;
    case Behaviour::Status: {
        const QByteArray reason = r.status == 404   ? "Not Found"
                                  : r.status == 500 ? "Internal Server Error"
                                                    : "Error";
        socket->write(
            head(r.status, reason, "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n") + r.body);
        break;
    }
    case Behaviour::Stall:
        socket->write(head(200, "OK", "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n") +
                      r.body.left(r.body.size() / 2));
        break;
    case Behaviour::Endless: {
        socket->write(head(200, "OK", "Connection: close\r\n"));
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] {
            if (socket->bytesToWrite() < 1024 * 1024)
                socket->write(QByteArray(64 * 1024, 'x'));
        });
        timer->start(1);
        break;
    }
    case Behaviour::DeclaredHuge:
        socket->write(head(200, "OK", "Content-Length: 1000000000\r\n") + "BEGIN:VCALENDAR\r\n");
        break;
    }
}

} // namespace caredesk::test
