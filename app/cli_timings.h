#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <utility>

namespace caredesk::cli {

/// Where a one-shot command spends its time, phase by phase (`--timings`, on standard
/// error). Marks come from the command's own thread and from the pool's worker while the
/// command waits for it, never from both at once.
class Timings
{
public:
    Timings() { m_clock.start(); }

    void setEnabled(bool enabled) { m_enabled = enabled; }
    [[nodiscard]] bool enabled() const { return m_enabled; }

    /// Closes the current phase under `phase`: the time since the previous mark.
    void mark(const char *phase);
    /// Records a phase measured elsewhere (e.g. inside the pool) and moves the next mark's
    /// start past it, so it is not counted twice.
    void split(const char *phase, double ms);

    /// One line per phase, then the total since the process reached main():
    /// `caredesk-cli: timing <phase> <ms> ms`.
    void print() const;

private:
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_carriedMs = 0;
    bool m_enabled = false;
    QList<std::pair<const char *, double>> m_phases;
};

} // namespace caredesk::cli
