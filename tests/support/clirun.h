#pragma once

#include "tests/support/testdatabase.h"

#include <QProcess>
#include <QStringList>

namespace caredesk::test {

/// What one caredesk-cli run printed and returned (code -1: it did not finish).
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the caredesk-cli the build made (CAREDESK_CLI_PATH) on `db` with the clock
/// pinned to `now`.
inline CliRun cli(const TestDatabase &db, const QStringList &args, const QString &now)
{
    QProcess p;
    p.start(QStringLiteral(CAREDESK_CLI_PATH),
            QStringList{QStringLiteral("--db"), db.conninfo(), QStringLiteral("--now"), now} + args);
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace caredesk::test
