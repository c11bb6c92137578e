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

/// Runs the caredesk-cli the build made (CAREDESK_CLI_PATH) on the database `conninfo`
/// names, with the clock pinned to `now` and `input` on its standard input.
inline CliRun cliOn(const QString &conninfo, const QStringList &args, const QString &now,
                    const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(CAREDESK_CLI_PATH),
            QStringList{QStringLiteral("--db"), conninfo, QStringLiteral("--now"), now} + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// The same on the test database `db`, as its superuser.
inline CliRun cli(const TestDatabase &db, const QStringList &args, const QString &now)
{
    return cliOn(db.conninfo(), args, now);
}

} // namespace caredesk::test
