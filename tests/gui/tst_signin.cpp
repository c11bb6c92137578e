// Staff sign in as their own database login (offscreen, real PostgreSQL over TCP with
// SCRAM, the seed clinic): the database checks the password, the dialog keeps what was
// typed and says what was wrong, an idle window locks until that person's password is
// typed again (keeping what was typed underneath), and Switch User signs out.
#include "app/appcontroller.h"
#include "app/staffsignin.h"
#include "engine/pool.h"
#include "engine/staff.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "tests/support/stafflogin.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/passwordsignindialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QString kPassword = QStringLiteral("front desk secret");

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ConnectionTarget m_tcp; ///< the test database over TCP, no user yet
    QString m_login;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        QCOMPARE(m_db->migrate(), QString());
        ConnectionPool admin(m_db->target(), PoolConfig{});
        QCOMPARE(loadSeedClinic(admin), QString());
        m_login = m_db->loginPrefix() + QStringLiteral("_desk");
        QCOMPARE(addStaffLogin(admin, m_login, QStringLiteral("Riley Desk"), {QStringLiteral("front_desk")},
                               kPassword),
                 QString());
        // Passwords are checked over TCP (the test cluster trusts its socket).
        auto target = m_db->tcpTarget();
        QVERIFY2(target, qPrintable(target ? QString() : target.error().message));
        m_tcp = target.value();
    }

    void cleanupTestCase()
    {
        m_db.reset();
        (void)execOnce(TestDatabase::adminConninfo(),
                       QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m_login));
    }

    void theDatabaseChecksThePassword()
    {
        const auto wrong =
            awaitTask(checkStaffSignIn(m_tcp.withCredentials(m_login, QStringLiteral("guess")), {}));
        QVERIFY(wrong.has_value());
        QVERIFY(!wrong->ok());
        QCOMPARE(wrong->error().code, ErrorCode::PermissionDenied);
        const auto right = awaitTask(checkStaffSignIn(m_tcp.withCredentials(m_login, kPassword), {}));
        QVERIFY(right.has_value());
        QVERIFY2(right->ok(), qPrintable(right->ok() ? QString() : right->error().toString()));
        QCOMPARE(right->value().login, m_login);
        QCOMPARE(right->value().roles, QStringList{QStringLiteral("front_desk")});
    }

    void theDialogKeepsTheNameAndSaysWhatWasWrong()
    {
        PasswordSignInDialog dialog(PasswordSignInDialog::Mode::SignIn);
        dialog.show();
        QSignalSpy requested(&dialog, &PasswordSignInDialog::signInRequested);
        auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("signInLoginLineEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("signInPasswordLineEdit"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInPushButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("signInMessageLabel"));
        QTest::keyClicks(login, m_login);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 0); // no password yet: said, not sent
        QVERIFY(message->isVisible());
        QCOMPARE(dialog.focusWidget(), password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("guess"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), m_login);
        QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("guess"));
        QVERIFY(!login->isEnabled()); // busy while the database answers
        dialog.setNote(QStringLiteral("Demo clinic: every demo password is caredesk-demo."));
        dialog.setRememberAvailable(true);
        dialog.showProblem(QStringLiteral("The database refused the sign-in"));
        saveScreenshot(&dialog, QStringLiteral("sign-in.png"));
        QVERIFY(login->isEnabled());
        QCOMPARE(login->text(), m_login);
        QVERIFY(message->text().contains(QLatin1String("refused")));
        QCOMPARE(password->selectedText(), QStringLiteral("guess")); // ready to retype
    }

    void anIdleWindowLocksAndOnlyThePasswordUnlocksIt()
    {
        MainWindow window;
        AppController app({m_tcp.withCredentials(m_login, kPassword), PoolConfig{},
                           std::make_shared<FixedClock>(seededNow()), false},
                          &window);
        app.setSignIn(m_login, false);
        app.setStaffSession(std::chrono::milliseconds(400));
        QSignalSpy signedIn(&app, &AppController::signedIn);
        window.resize(1100, 700);
        window.show();
        app.start();
        QVERIFY(arrived(signedIn, 20000));
        QCOMPARE(app.user().login, m_login);
        // Something typed before walking away.
        auto *field = window.findChild<QLineEdit *>();
        QVERIFY(field);
        field->setText(QStringLiteral("half-typed"));

        QTRY_VERIFY_WITH_TIMEOUT(app.isLocked(), 5000);
        auto *overlay = window.findChild<QWidget *>(QStringLiteral("lockOverlay"));
        QVERIFY(overlay && overlay->isVisible());
        QCOMPARE(overlay->geometry(), window.rect());
        auto *dialog = window.findChild<PasswordSignInDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->login(), m_login);
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("signInPasswordLineEdit"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("signInMessageLabel"));

        QTest::keyClicks(password, QStringLiteral("not it"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(password->isEnabled() && message->text().contains(m_login), 20000);
        QVERIFY(app.isLocked());
        saveScreenshot(&window, QStringLiteral("locked.png"));

        password->clear();
        QTest::keyClicks(password, kPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!app.isLocked(), 20000);
        QCOMPARE(field->text(), QStringLiteral("half-typed"));
    }

    void switchUserSignsOut()
    {
        MainWindow window;
        AppController app({m_tcp.withCredentials(m_login, kPassword), PoolConfig{},
                           std::make_shared<FixedClock>(seededNow()), false},
                          &window);
        app.setSignIn(m_login, false);
        app.setStaffSession(std::chrono::milliseconds(0));
        QSignalSpy signedIn(&app, &AppController::signedIn);
        QSignalSpy signedOut(&app, &AppController::signOutRequested);
        window.show();
        app.start();
        QVERIFY(arrived(signedIn, 20000));
        Q_EMIT window.switchUserRequested();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!app.isLocked());
    }
};

CAREDESK_GUI_TEST_MAIN(TestSignIn)
#include "tst_signin.moc"
