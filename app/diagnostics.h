#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

namespace caredesk {

/// The client's log: every Qt message goes to a rotating file under the user's state
/// directory ($XDG_STATE_HOME/caredesk/caredesk.log, rotated at 1 MiB, three kept), and
/// warnings and worse are also kept in memory for Help → Diagnostics. Thread-safe.
class DiagnosticsLog
{
public:
    /// Installs the Qt message handler; call once, early in main().
    static void install(const QString &directory = {});
    /// The most recent warnings and errors, oldest first.
    [[nodiscard]] static QStringList recentProblems();
    [[nodiscard]] static QString logFilePath();
    /// Records a problem that was shown to the user (also logged).
    static void recordProblem(const QString &text);
};

} // namespace caredesk
