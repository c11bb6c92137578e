#include "tcpproxy.h"

#include <arpa/inet.h>
#include <array>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace caredesk::test {

TcpProxy::TcpProxy(int upstreamPort)
    : m_upstreamPort(upstreamPort)
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(m_listenFd, 64) != 0)
        return;
    socklen_t len = sizeof addr;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
}

TcpProxy::~TcpProxy()
{
    m_stopping = true;
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    ::close(m_listenFd);
    std::lock_guard lock(m_mutex);
    for (auto &t : m_pumps)
        t.join();
}

void TcpProxy::acceptLoop()
{
    while (!m_stopping) {
        pollfd p{m_listenFd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept(m_listenFd, nullptr, nullptr);
        if (client < 0)
            continue;
        std::lock_guard lock(m_mutex);
        m_pumps.emplace_back([this, client] { pump(client); });
    }
}

void TcpProxy::pump(int client)
{
    const int upstream = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(m_upstreamPort));
    if (::connect(upstream, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(upstream);
        ::close(client);
        return;
    }
    std::array<char, 16384> buffer{};
    bool open = true;
    while (open && !m_stopping) {
        if (m_paused) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        std::array<pollfd, 2> fds{pollfd{client, POLLIN, 0}, pollfd{upstream, POLLIN, 0}};
        if (::poll(fds.data(), fds.size(), 20) <= 0)
            continue;
        for (std::size_t i = 0; i < fds.size() && open; ++i) {
            if ((fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0)
                continue;
            const int from = fds[i].fd;
            const int to = from == client ? upstream : client;
            const ssize_t n = ::recv(from, buffer.data(), buffer.size(), 0);
            if (n <= 0) {
                open = false;
                break;
            }
            for (ssize_t sent = 0; sent < n;) {
                const ssize_t k = ::send(to, buffer.data() + sent, std::size_t(n - sent), MSG_NOSIGNAL);
                if (k <= 0) {
                    open = false;
                    break;
                }
                sent += k;
            }
        }
    }
    ::close(upstream);
    ::close(client);
}

} // namespace caredesk::test
