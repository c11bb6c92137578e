#pragma once

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace caredesk::test {

/// A TCP proxy on 127.0.0.1 in front of a server port, that a test can freeze:
/// paused, it keeps every connection open but forwards nothing, as a server that no
/// longer answers. Runs on its own threads; stops by itself in the destructor.
class TcpProxy
{
public:
    explicit TcpProxy(int upstreamPort);
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    [[nodiscard]] int port() const { return m_port; }
    void pause() { m_paused = true; }
    void resume() { m_paused = false; }

private:
    void acceptLoop();
    void pump(int client);

    int m_upstreamPort;
    int m_listenFd = -1;
    int m_port = 0;
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptThread;
    std::mutex m_mutex;
    std::vector<std::thread> m_pumps;
};

} // namespace caredesk::test
