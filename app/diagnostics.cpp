#include "diagnostics.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <cstdio>

namespace caredesk {

namespace {

constexpr qint64 kMaxLogBytes = 1024 * 1024;
constexpr int kKeptLogs = 3;
constexpr int kKeptProblems = 100;

struct LogState
{
    QMutex mutex;
    QString path;
    QStringList problems;
    QtMessageHandler previous = nullptr;
};

LogState &state()
{
    static LogState s;
    return s;
}

void rotateIfLarge(const QString &path)
{
    if (QFileInfo(path).size() < kMaxLogBytes)
        return;
    QFile::remove(path + QStringLiteral(".%1").arg(kKeptLogs - 1));
    for (int i = kKeptLogs - 2; i >= 1; --i)
        QFile::rename(path + QStringLiteral(".%1").arg(i), path + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(path, path + QStringLiteral(".1"));
}

void append(const QString &line, bool problem)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (problem) {
        s.problems.append(line);
        while (s.problems.size() > kKeptProblems)
            s.problems.removeFirst();
    }
    if (s.path.isEmpty())
        return;
    rotateIfLarge(s.path);
    QFile file(s.path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(line.toUtf8() + '\n');
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const names[] = {"debug", "warning", "critical", "fatal", "info"};
    const QString line =
        QStringLiteral("%1 %2 %3: %4")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), QString::fromLatin1(names[type]),
                 QString::fromLatin1(context.category ? context.category : "default"), message);
    append(line, type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg);
    if (state().previous)
        state().previous(type, context, message);
}

} // namespace

void DiagnosticsLog::install(const QString &directory)
{
    QString dir = directory;
    if (dir.isEmpty()) {
        const QString stateHome =
            QProcessEnvironment::systemEnvironment().value(QStringLiteral("XDG_STATE_HOME"));
        dir = (stateHome.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/state") : stateHome) +
              QStringLiteral("/caredesk");
    }
    QDir().mkpath(dir);
    {
        QMutexLocker lock(&state().mutex);
        state().path = dir + QStringLiteral("/caredesk.log");
    }
    state().previous = qInstallMessageHandler(handler);
}

QStringList DiagnosticsLog::recentProblems()
{
    QMutexLocker lock(&state().mutex);
    return state().problems;
}

QString DiagnosticsLog::logFilePath()
{
    QMutexLocker lock(&state().mutex);
    return state().path;
}

void DiagnosticsLog::recordProblem(const QString &text)
{
    append(QDateTime::currentDateTime().toString(Qt::ISODateWithMs) + QStringLiteral(" shown: ") + text,
           true);
}

} // namespace caredesk
