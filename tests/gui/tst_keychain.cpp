// "Remember me" against a real Secret Service (GNOME Keyring in its own D-Bus session and
// throwaway home, tests/support/with-keyring) and a real PostgreSQL over TCP with SCRAM:
// the password goes into the keychain and nowhere else; the next sign-in is filled in
// and needs only Enter; unticking forgets it; a remembered password the database no
// longer accepts is forgotten; and no file under the home holds the password in any
// form CareDesk could have written it.
#include "app/credentialstore.h"
#include "app/signinflow.h"
#include "engine/pool.h"
#include "engine/staff.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "tests/support/stafflogin.h"
#include "ui/shell/passwordsignindialog.h"

#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QString kPassword = QStringLiteral("kept in the keychain only 7");
const QString kService = QStringLiteral("CareDesk test");

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ConnectionTarget m_tcp;
    QString m_login;
    QString m_home;
    CredentialStore m_store{kService};
    std::unique_ptr<QSettings> m_settings;

    std::optional<QString> stored()
    {
        const auto read = awaitTask(m_store.read(CredentialStore::keyFor(m_tcp, m_login)));
        if (!read || !read->ok())
            return QStringLiteral("(keychain error)");
        return read->value();
    }

    /// A sign-in dialog with its flow, prepared as the client prepares it.
    struct Screen
    {
        std::unique_ptr<PasswordSignInDialog> dialog;
        std::unique_ptr<SignInFlow> flow;
        QLineEdit *login = nullptr;
        QLineEdit *password = nullptr;
        QCheckBox *remember = nullptr;
    };

    Screen open(const QString &login = {}, bool fillPassword = true)
    {
        Screen s;
        s.dialog = std::make_unique<PasswordSignInDialog>(PasswordSignInDialog::Mode::SignIn);
        s.flow =
            std::make_unique<SignInFlow>(m_tcp, PoolConfig{}, s.dialog.get(), &m_store, m_settings.get());
        s.login = s.dialog->findChild<QLineEdit *>(QStringLiteral("signInLoginLineEdit"));
        s.password = s.dialog->findChild<QLineEdit *>(QStringLiteral("signInPasswordLineEdit"));
        s.remember = s.dialog->findChild<QCheckBox *>(QStringLiteral("signInRememberCheckBox"));
        s.dialog->show();
        QSignalSpy prepared(s.flow.get(), &SignInFlow::prepared);
        s.flow->prepare(login, fillPassword);
        if (!arrived(prepared, 20000))
            qWarning("prepare() did not finish");
        return s;
    }

    /// Presses Enter in the dialog and waits for the database's answer.
    static bool signIn(Screen &s)
    {
        QSignalSpy signedIn(s.flow.get(), &SignInFlow::signedIn);
        QTest::keyClick(s.dialog.get(), Qt::Key_Return);
        // Busy until the database answers: signed in, or the fields come back with why not.
        QDeadlineTimer deadline(20000);
        while (signedIn.isEmpty() && !s.password->isEnabled() && !deadline.hasExpired())
            QTest::qWait(20);
        return !signedIn.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = qEnvironmentVariable("CAREDESK_TEST_HOME");
        QVERIFY2(!m_home.isEmpty(), "run through tests/support/with-keyring (ctest does)");
        m_settings = std::make_unique<QSettings>(m_home + QStringLiteral("/.config/CareDesk/CareDesk.conf"),
                                                 QSettings::IniFormat);
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        QCOMPARE(m_db->migrate(), QString());
        ConnectionPool admin(m_db->target(), PoolConfig{});
        QCOMPARE(loadSeedClinic(admin), QString());
        m_login = m_db->loginPrefix() + QStringLiteral("_keep");
        QCOMPARE(addStaffLogin(admin, m_login, QStringLiteral("Kim Keeper"), {QStringLiteral("front_desk")},
                               kPassword),
                 QString());
        auto tcp = m_db->tcpTarget();
        QVERIFY2(tcp, qPrintable(tcp ? QString() : tcp.error().message));
        m_tcp = tcp.value();
    }

    void cleanupTestCase()
    {
        m_db.reset();
        (void)execOnce(TestDatabase::adminConninfo(),
                       QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m_login));
    }

    void theKeychainKeepsAndForgets()
    {
        const QString key = QStringLiteral("round-trip@nowhere");
        auto none = awaitTask(m_store.read(key));
        QVERIFY(none && none->ok());
        QVERIFY(!none->value().has_value());
        auto written = awaitTask(m_store.write(key, QStringLiteral("p\u00e4ss \"quoted\" 1")));
        QVERIFY2(written && written->ok(),
                 qPrintable(written && !written->ok() ? written->error().message : QString()));
        auto back = awaitTask(m_store.read(key));
        QVERIFY(back && back->ok() && back->value().has_value());
        QCOMPARE(*back->value(), QStringLiteral("p\u00e4ss \"quoted\" 1"));
        QVERIFY(awaitTask(m_store.forget(key))->ok());
        QVERIFY(!awaitTask(m_store.read(key))->value().has_value());
        QVERIFY(awaitTask(m_store.forget(key))->ok()); // forgetting twice is fine
    }

    void rememberMeFillsInTheNextSignIn()
    {
        {
            Screen s = open();
            QVERIFY(s.remember && !s.remember->isHidden());
            QVERIFY(!s.remember->isChecked());
            QVERIFY(s.password->text().isEmpty());
            QTest::keyClicks(s.login, m_login);
            QTest::keyClicks(s.password, kPassword);
            s.remember->setChecked(true);
            QVERIFY(signIn(s));
            QVERIFY(s.flow->accepted().has_value());
        }
        QCOMPARE(stored(), std::optional<QString>(kPassword));
        // The next person at this computer sees the login and a filled-in password; Enter.
        Screen next = open();
        QCOMPARE(next.login->text(), m_login);
        QCOMPARE(next.password->text(), kPassword);
        QVERIFY(next.remember->isChecked());
        QVERIFY(signIn(next));
    }

    void anotherNameOrASignOutNeverGetsThePassword()
    {
        QCOMPARE(stored(), std::optional<QString>(kPassword)); // remembered from the last test
        {
            // Somebody else types their name over the remembered one: the filled-in
            // password and the tick go, so neither is used for them.
            Screen s = open();
            QCOMPARE(s.password->text(), kPassword);
            QTest::keyClick(s.login, Qt::Key_End);
            QTest::keyClicks(s.login, QStringLiteral("x"));
            QVERIFY(s.password->text().isEmpty());
            QVERIFY(!s.remember->isChecked());
        }
        // After a sign-out the next person sees the name, never the password.
        Screen after = open({}, false);
        QCOMPARE(after.login->text(), m_login);
        QVERIFY(after.password->text().isEmpty());
        QVERIFY(!after.remember->isChecked());
    }

    void nothingIsWrittenInPlainText()
    {
        QCOMPARE(stored(), std::optional<QString>(kPassword)); // remembered right now
        m_settings->sync();
        const QByteArray utf8 = kPassword.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(kPassword.utf16()), kPassword.size() * 2);
        const QList<QByteArray> forms{utf8, utf16, utf8.toBase64(), utf8.toHex(), utf8.toPercentEncoding()};
        int files = 0;
        bool keyring = false;
        bool settingsSeen = false;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets and the like
            const QByteArray bytes = file.readAll();
            ++files;
            keyring = keyring || path.contains(QLatin1String("/keyrings/"));
            if (path.endsWith(QLatin1String("CareDesk.conf")))
                settingsSeen = bytes.contains(m_login.toUtf8()); // the login, yes
            for (const QByteArray &form : forms)
                QVERIFY2(!bytes.contains(form),
                         qPrintable(QStringLiteral("the password is in %1").arg(path)));
        }
        QVERIFY(files > 0);
        QVERIFY2(keyring, "the keychain wrote its (encrypted) keyring under the home");
        QVERIFY2(settingsSeen, "the settings remember which login, not the password");
    }

    void untickingForgets()
    {
        Screen s = open();
        QVERIFY(s.remember->isChecked());
        s.remember->setChecked(false);
        QVERIFY(signIn(s));
        QCOMPARE(stored(), std::optional<QString>());
        Screen next = open();
        QVERIFY(next.login->text().isEmpty());
        QVERIFY(next.password->text().isEmpty());
        QVERIFY(!next.remember->isChecked());
    }

    void aPasswordTheDatabaseNoLongerTakesIsForgotten()
    {
        // Remembered, then changed by a manager elsewhere.
        {
            Screen s = open(m_login);
            QTest::keyClicks(s.password, kPassword);
            s.remember->setChecked(true);
            QVERIFY(signIn(s));
        }
        const QString key = CredentialStore::keyFor(m_tcp, m_login);
        QVERIFY(awaitTask(m_store.write(key, QStringLiteral("an old password")))->ok());
        Screen s = open();
        QCOMPARE(s.password->text(), QStringLiteral("an old password"));
        QVERIFY(!signIn(s));
        auto *message = s.dialog->findChild<QLabel *>(QStringLiteral("signInMessageLabel"));
        QTRY_VERIFY(message->text().contains(QLatin1String("not right")));
        QCOMPARE(s.login->text(), m_login); // kept
        QVERIFY(!s.remember->isChecked());
        QTRY_COMPARE(stored(), std::optional<QString>());
        // Typing the right one signs in (and, unticked, remembers nothing).
        s.password->clear();
        QTest::keyClicks(s.password, kPassword);
        QVERIFY(signIn(s));
        QCOMPARE(stored(), std::optional<QString>());
    }
};

CAREDESK_GUI_TEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
