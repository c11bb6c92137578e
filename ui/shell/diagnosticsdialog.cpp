#include "diagnosticsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk {

QString DiagnosticsDialog::render(const DiagnosticsSnapshot &s)
{
    QStringList lines;
    lines << tr("Connection: %1").arg(s.connection) << tr("Password: %1").arg(s.password)
          << tr("Connect options: %1").arg(s.connectOptions) << QString()
          << tr("Pool (size %1, overflow %2):").arg(s.poolSize).arg(s.maxOverflow)
          << tr("  connections %1 · idle %2 · in use %3 · overflow %4 · waiting %5")
                 .arg(s.pool.size)
                 .arg(s.pool.idle)
                 .arg(s.pool.inUse)
                 .arg(s.pool.overflow)
                 .arg(s.pool.waiters)
          << tr("  checkouts %1 · timeouts %2 · pre-ping failures %3 · discarded %4 · recycled %5")
                 .arg(s.pool.checkouts)
                 .arg(s.pool.timeouts)
                 .arg(s.pool.prePingFailures)
                 .arg(s.pool.discarded)
                 .arg(s.pool.recycled)
          << tr("  retries %1 · writes resolved after a lost connection %2 · watchdog %3 · leak warnings %4")
                 .arg(s.pool.retries)
                 .arg(s.pool.resolved)
                 .arg(s.pool.watchdogKills)
                 .arg(s.pool.leakWarnings)
          << tr("  longest wait for a connection: %1 ms").arg(s.pool.maxWaitMs, 0, 'f', 1)
          << tr("  writes a read-only server refused: %1").arg(s.pool.readOnlyRefusals)
          << (s.pool.settingsPerTransaction
                  ? tr("  statement timeout: set by each transaction (a pooler refused startup options)")
                  : tr("  statement timeout: set when connecting"))
          << tr("Connections (as each last saw its server):");
    const auto listConnections = [&lines](const std::vector<PoolConnectionInfo> &connections) {
        if (connections.empty())
            lines << tr("  none open");
        for (const PoolConnectionInfo &c : connections) {
            if (!c.connected)
                lines << tr("  connection %1: not connected").arg(c.seq);
            else
                lines << tr("  connection %1: %2:%3 · %4")
                             .arg(c.seq)
                             .arg(c.host, c.port, c.standby ? tr("standby") : tr("primary"));
        }
    };
    listConnections(s.connections);
    lines << tr("Live updates: %1").arg(s.liveUpdates);
    if (s.standbyReads.isEmpty()) {
        lines << tr("Reads from a standby: off (everything reads the connection above)");
    } else {
        lines << tr("Reads from a standby: %1 (while its replay lag is at most %2 s)")
                     .arg(s.standbyReads)
                     .arg(double(s.standbyMaxLag.count()) / 1000.0)
              << (s.pool.standbyLagMs < 0 ? tr("  replay lag: not known yet")
                                          : tr("  replay lag: %1 ms").arg(s.pool.standbyLagMs, 0, 'f', 0))
              << tr("  reads served there %1 · served by the connection above instead %2")
                     .arg(s.pool.standbyReads)
                     .arg(s.pool.standbyFallbacks);
        listConnections(s.standbyConnections);
    }
    lines << QString() << tr("Log file: %1").arg(s.logFile) << tr("Recent problems:");
    if (s.recentProblems.isEmpty())
        lines << tr("  none");
    for (const QString &p : s.recentProblems)
        lines << QStringLiteral("  ") + p;
    return lines.join(QLatin1Char('\n'));
}

DiagnosticsDialog::DiagnosticsDialog(const DiagnosticsSnapshot &snapshot, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Diagnostics"));
    resize(760, 480);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QPlainTextEdit(render(snapshot), this);
    text->setObjectName(QStringLiteral("diagnosticsPlainTextEdit"));
    text->setAccessibleName(tr("Diagnostics"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace caredesk
