// TLS to the database (real PostgreSQL started by scripts/test with ssl=on and a throwaway
// root certificate, CAREDESK_TEST_TLS_DIR): sslmode=verify-full with the right root and
// host name connects, encrypted; a certificate from another root or for another host
// name is refused with a message that says which, and nothing is sent.
#include "engine/pool.h"
#include "tests/support/testdatabase.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace caredesk;
using namespace caredesk::test;

namespace {

struct TlsCase
{
    const char *what;
    const char *host;
    const char *sslmode;
    const char *root; ///< file in the TLS directory, or "" for none
    bool connects;
    const char *messageSays; ///< part of the refusal's message
};

const TlsCase kCases[] = {
    {"verify-full, right root and host name", "localhost", "verify-full", "root.crt", true, ""},
    {"verify-ca, right root (no host name check)", "127.0.0.1", "verify-ca", "root.crt", true, ""},
    {"require: encrypted, certificate not checked", "127.0.0.1", "require", "", true, ""},
    {"verify-full, another root", "localhost", "verify-full", "other-root.crt", false,
     "could not be verified"},
    {"verify-full, the certificate is for another host name", "127.0.0.1", "verify-full", "root.crt", false,
     "not for the host name 127.0.0.1"},
    {"verify-full, the root certificate file is missing", "localhost", "verify-full", "missing.crt", false,
     "could not be verified"},
};

class Tls : public ::testing::TestWithParam<TlsCase>
{};

TEST_P(Tls, VerifyFullTrustsOnlyTheClinicsRootAndHostName)
{
    const TlsCase c = GetParam();
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString dir = env.value(QStringLiteral("CAREDESK_TEST_TLS_DIR"));
    const QString tcp = env.value(QStringLiteral("CAREDESK_TEST_TCP"));
    ASSERT_FALSE(dir.isEmpty() || tcp.isEmpty())
        << "CAREDESK_TEST_TLS_DIR / CAREDESK_TEST_TCP are not set: run "
           "the tests through scripts/test";
    const QString port = QRegularExpression(QStringLiteral("port=(\\d+)")).match(tcp).captured(1);
    QString conninfo = QStringLiteral("host=%1 port=%2 dbname=postgres user=postgres password=caredesk-test "
                                      "sslmode=%3")
                           .arg(QString::fromLatin1(c.host), port, QString::fromLatin1(c.sslmode));
    if (*c.root)
        conninfo += QStringLiteral(" sslrootcert=") + dir + QLatin1Char('/') + QString::fromLatin1(c.root);
    auto target = ConnectionTarget::parse(conninfo);
    ASSERT_TRUE(target) << target.error().toString().toStdString();
    PoolConfig config;
    config.poolSize = 1;
    config.maxOverflow = 0;
    ConnectionPool pool(target.value(), config);
    auto encrypted = pool.runBlocking(Access::Read, [](Session &s) {
        return s.scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).toBool();
    });
    if (c.connects) {
        ASSERT_TRUE(encrypted) << c.what << ": " << encrypted.error().toString().toStdString();
        EXPECT_TRUE(encrypted.value()) << c.what << ": connected without TLS";
    } else {
        ASSERT_FALSE(encrypted) << c.what << ": connected";
        EXPECT_TRUE(encrypted.error().message.contains(QString::fromLatin1(c.messageSays)))
            << c.what << ": " << encrypted.error().toString().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Modes, Tls, ::testing::ValuesIn(kCases));

} // namespace
