#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace caredesk::test {

/// A file under tests/data (CAREDESK_TEST_DATA), e.g. "ics/utc.ics"; empty when it
/// cannot be read (and the caller's comparison then fails).
inline QByteArray testData(const char *path)
{
    QFile f(QStringLiteral(CAREDESK_TEST_DATA "/") + QString::fromUtf8(path));
    if (!f.open(QIODevice::ReadOnly))
        qWarning("tests/data/%s cannot be read", path);
    return f.readAll();
}

/// An iCalendar fixture from tests/data/ics.
inline QByteArray icsFixture(const char *name)
{
    return testData((QByteArray("ics/") + name).constData());
}

} // namespace caredesk::test
