#include "cli_timings.h"

#include <cstdio>

namespace caredesk::cli {

void Timings::mark(const char *phase)
{
    const qint64 now = m_clock.nsecsElapsed();
    const double ms = double(now - m_lastNs) / 1e6 - m_carriedMs;
    m_lastNs = now;
    m_carriedMs = 0;
    m_phases.append({phase, ms});
}

void Timings::split(const char *phase, double ms)
{
    m_phases.append({phase, ms});
    m_carriedMs += ms;
}

void Timings::print() const
{
    if (!m_enabled)
        return;
    for (const auto &[phase, ms] : m_phases)
        std::fprintf(stderr, "caredesk-cli: timing %s %.2f ms\n", phase, ms);
    std::fprintf(stderr, "caredesk-cli: timing total-in-main %.2f ms\n",
                 double(m_clock.nsecsElapsed()) / 1e6);
}

} // namespace caredesk::cli
