#pragma once

#include "engine/pool.h"

#include <QDialog>

namespace caredesk {

/// What Help → Diagnostics shows; built by the controller, never with a password.
struct DiagnosticsSnapshot
{
    QString connection; ///< where, without the password
    QString password;   ///< "(none)" or a mask
    QString connectOptions;
    PoolStats pool;
    std::vector<PoolConnectionInfo> connections; ///< where each pooled connection is
    QString liveUpdates;  ///< where the listening connection goes (--notify-db or the connection)
    QString standbyReads; ///< the read pool's server list (--read-db), empty without one
    std::vector<PoolConnectionInfo> standbyConnections;
    std::chrono::milliseconds standbyMaxLag{0};
    int poolSize = 0;
    int maxOverflow = 0;
    QStringList recentProblems;
    QString logFile;
};

/// Help → Diagnostics: the pool's statistics, the connection settings (password
/// masked) and the recent problems, as selectable text for a support call.
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnosticsDialog(const DiagnosticsSnapshot &snapshot, QWidget *parent = nullptr);
    /// The text shown (also what Copy puts on the clipboard).
    [[nodiscard]] static QString render(const DiagnosticsSnapshot &snapshot);
};

} // namespace caredesk
