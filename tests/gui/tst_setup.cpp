// Clinic Setup → Staff through the real widgets (offscreen, real PostgreSQL, the seed
// clinic): a manager adds a staff member with a login, roles, the practitioner they are
// and a first password, and that person can then sign in with it over TCP (SCRAM); the
// form says what is wrong as it is typed and keeps its input when the database refuses;
// changing roles changes what the login may do; a new password replaces the old one;
// disabling the sign-in stops it and a new password brings it back; a reload after
// another manager's change keeps what this one is typing.
#include "app/setupcontroller.h"
#include "app/staffsignin.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "ui/setup/setupworkspace.h"
#include "ui/setup/staffdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QString kFirst = QStringLiteral("first password 1");
const QString kSecond = QStringLiteral("second password 2");

} // namespace

class TestSetup : public QObject
{
    Q_OBJECT

private:
    SeededClinic m_clinic;
    SetupWorkspace *m_view = nullptr;
    QTableWidget *m_table = nullptr;
    QString m_login;
    ConnectionTarget m_tcp;

    int rowOf(const QString &login) const
    {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, 1)->text() == login)
                return r;
        }
        return -1;
    }

    QString cell(const QString &login, int column) const
    {
        const int row = rowOf(login);
        return row < 0 ? QString() : m_table->item(row, column)->text();
    }

    /// Whether `password` signs `m_login` in, as the sign-in dialog checks it.
    bool signsIn(const QString &password)
    {
        const auto result = awaitTask(checkStaffSignIn(m_tcp.withCredentials(m_login, password), {}));
        return result && result->ok();
    }

    StaffDialog *openDialog(const QString &button)
    {
        m_view->findChild<QPushButton *>(button)->click();
        return m_view->staffDialog();
    }

    void save(StaffDialog *dialog)
    {
        QSignalSpy done(m_clinic.app->setupController(), &SetupController::changeFinished);
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("staffSavePushButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(arrived(done, 20000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_clinic.open(
            QStringLiteral("INSERT INTO staff (login, display_name) VALUES ('boss', 'Morgan Lee');"
                           "INSERT INTO staff_roles SELECT id, 'manager' FROM staff WHERE login = 'boss'"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_login = m_clinic.db->loginPrefix() + QStringLiteral("_akim");
        auto tcp = m_clinic.db->tcpTarget();
        QVERIFY2(tcp, qPrintable(tcp ? QString() : tcp.error().message));
        m_tcp = tcp.value();
        m_view = m_clinic.window->findChild<SetupWorkspace *>(QStringLiteral("setupWorkspace"));
        QVERIFY(m_view);
        m_table = m_view->findChild<QTableWidget *>(QStringLiteral("staffTableWidget"));
        QVERIFY(m_table);
        QVERIFY(m_clinic.openSetupAs(QStringLiteral("boss")));
        auto *tabs = m_view->findChild<QTabWidget *>(QStringLiteral("setupPeopleTabWidget"));
        tabs->setCurrentWidget(m_view->findChild<QWidget *>(QStringLiteral("setupStaffPage")));
        QTRY_VERIFY(rowOf(QStringLiteral("boss")) >= 0);
    }

    void cleanupTestCase()
    {
        m_clinic.close();
        (void)execOnce(TestDatabase::adminConninfo(),
                       QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m_login));
    }

    void addingAStaffMemberGivesThemASignIn()
    {
        StaffDialog *dialog = openDialog(QStringLiteral("staffAddPushButton"));
        QVERIFY(dialog);
        auto *login = dialog->findChild<QLineEdit *>(QStringLiteral("staffLoginLineEdit"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("staffNameLineEdit"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("staffPasswordLineEdit"));
        auto *again = dialog->findChild<QLineEdit *>(QStringLiteral("staffConfirmLineEdit"));
        auto *practitioner = dialog->findChild<QComboBox *>(QStringLiteral("staffPractitionerComboBox"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("staffMessageLabel"));
        auto *saveButton = dialog->findChild<QPushButton *>(QStringLiteral("staffSavePushButton"));
        QVERIFY(!saveButton->isEnabled());

        // Each problem is said as it is typed; Save waits until the form makes sense.
        QTest::keyClicks(login, QStringLiteral("Akim Upper"));
        QVERIFY(message->text().contains(QLatin1String("is not a login")));
        login->clear();
        QTest::keyClicks(login, m_login);
        QTest::keyClicks(name, QStringLiteral("Isla Wizz"));
        QVERIFY(message->text().contains(QLatin1String("role")));
        dialog->findChild<QCheckBox *>(QStringLiteral("staffPractitionerCheckBox"))->setChecked(true);
        practitioner->setCurrentIndex(practitioner->findData(QStringLiteral("iwizz")));
        QVERIFY(practitioner->currentIndex() > 0);
        QTest::keyClicks(password, QStringLiteral("short"));
        QVERIFY(message->text().contains(QLatin1String("at least")));
        password->clear();
        QTest::keyClicks(password, kFirst);
        QTest::keyClicks(again, kFirst + QLatin1Char('x'));
        QVERIFY(message->text().contains(QLatin1String("differ")));
        QVERIFY(!saveButton->isEnabled());
        saveScreenshot(dialog, QStringLiteral("staff-add.png"));
        again->clear();
        QTest::keyClicks(again, kFirst);
        QVERIFY(saveButton->isEnabled());
        save(dialog);
        QTRY_VERIFY(!m_view->staffDialog());
        QTRY_VERIFY(rowOf(m_login) >= 0);
        QCOMPARE(cell(m_login, 0), QStringLiteral("Isla Wizz"));
        QCOMPARE(cell(m_login, 2), QStringLiteral("Practitioner"));
        QCOMPARE(cell(m_login, 3), QStringLiteral("Isla Wizz"));
        QCOMPARE(cell(m_login, 4), QStringLiteral("Can sign in"));
        saveScreenshot(m_view, QStringLiteral("staff.png"));
        QVERIFY(signsIn(kFirst));
        QVERIFY(!signsIn(kSecond));
    }

    void aRefusedAddKeepsTheForm()
    {
        // The same login again: the database refuses; the form stays with what was typed.
        StaffDialog *dialog = openDialog(QStringLiteral("staffAddPushButton"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("staffLoginLineEdit")), m_login);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("staffNameLineEdit")),
                         QStringLiteral("Somebody Else"));
        dialog->findChild<QCheckBox *>(QStringLiteral("staffFrontDeskCheckBox"))->setChecked(true);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("staffPasswordLineEdit")), kSecond);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("staffConfirmLineEdit")), kSecond);
        save(dialog);
        QVERIFY(m_view->staffDialog() == dialog);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("staffMessageLabel"))->text().isEmpty());
        QCOMPARE(dialog->member().name, QStringLiteral("Somebody Else"));
        QCOMPARE(cell(m_login, 0), QStringLiteral("Isla Wizz")); // nothing changed
        QVERIFY(signsIn(kFirst));
        dialog->reject();
        QTRY_VERIFY(!m_view->staffDialog());
    }

    void rolesChangeWhatTheLoginMayDo()
    {
        m_table->selectRow(rowOf(m_login));
        StaffDialog *dialog = openDialog(QStringLiteral("staffRolesPushButton"));
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("staffPasswordLineEdit")));
        dialog->findChild<QCheckBox *>(QStringLiteral("staffFrontDeskCheckBox"))->setChecked(true);
        save(dialog);
        QTRY_COMPARE(cell(m_login, 2), QStringLiteral("Front desk, Practitioner"));
        // The database role follows: the login is now a member of the front desk group.
        const QString member = queryOnce(
            m_clinic.db->conninfo(),
            QStringLiteral("SELECT pg_has_role('%1', 'caredesk_front_desk', 'MEMBER')").arg(m_login));
        QCOMPARE(member, QStringLiteral("t"));
    }

    void aNewPasswordReplacesTheOld()
    {
        m_table->selectRow(rowOf(m_login));
        StaffDialog *dialog = openDialog(QStringLiteral("staffPasswordPushButton"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("staffPasswordLineEdit")), kSecond);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("staffConfirmLineEdit")), kSecond);
        save(dialog);
        QTRY_VERIFY(!m_view->staffDialog());
        QVERIFY(signsIn(kSecond));
        QVERIFY(!signsIn(kFirst));
    }

    void disablingStopsTheSignInAndANewPasswordBringsItBack()
    {
        m_table->selectRow(rowOf(m_login));
        auto *disable = m_view->findChild<QPushButton *>(QStringLiteral("staffDisablePushButton"));
        QVERIFY(disable->isEnabled());
        disable->click();
        auto *confirm = m_view->findChild<QMessageBox *>(QStringLiteral("disableStaffMessageBox"));
        QVERIFY(confirm);
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::No));
        QSignalSpy done(m_clinic.app->setupController(), &SetupController::changeFinished);
        confirm->button(QMessageBox::Yes)->click();
        QVERIFY(arrived(done, 20000));
        QTRY_COMPARE(cell(m_login, 4), QStringLiteral("Disabled"));
        QVERIFY(!signsIn(kSecond));

        m_table->selectRow(rowOf(m_login));
        QVERIFY(!disable->isEnabled());
        StaffDialog *dialog = openDialog(QStringLiteral("staffPasswordPushButton"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("staffPasswordLineEdit")), kFirst);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("staffConfirmLineEdit")), kFirst);
        save(dialog);
        QTRY_COMPARE(cell(m_login, 4), QStringLiteral("Can sign in"));
        QVERIFY(signsIn(kFirst));
    }

    void aReloadKeepsWhatTheManagerIsTyping()
    {
        auto *name = m_view->findChild<QLineEdit *>(QStringLiteral("clinicNameLineEdit"));
        auto *step = m_view->findChild<QSpinBox *>(QStringLiteral("slotStepSpinBox"));
        auto *types = m_view->findChild<QTableWidget *>(QStringLiteral("appointmentTypesTableWidget"));
        auto *typeName = m_view->findChild<QLineEdit *>(QStringLiteral("typeNameLineEdit"));
        QVERIFY(types->rowCount() > 0);
        types->selectRow(types->rowCount() - 1);
        const QString typeKey = types->item(types->rowCount() - 1, 1)->text();
        QCOMPARE(m_view->findChild<QLineEdit *>(QStringLiteral("typeKeyLineEdit"))->text(), typeKey);
        QTest::keyClicks(typeName, QStringLiteral(" (renaming)"));
        const QString typedType = typeName->text();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Harbour Clinic"));
        const int otherStep = step->value() == 15 ? 20 : 15;

        // Another manager changes the slot step and adds a type meanwhile.
        QSignalSpy loaded(m_clinic.app->setupController(), &SetupController::loaded);
        QCOMPARE(
            m_clinic.db->execAdmin(
                QStringLiteral(
                    "UPDATE clinic_settings SET slot_step_minutes = %1;"
                    "INSERT INTO appointment_types (key, name, minutes) VALUES ('a-walkin', 'Walk-in', 10)")
                    .arg(otherStep)),
            QString());
        QVERIFY(arrived(loaded, 10000));
        QTRY_VERIFY(!types->findItems(QStringLiteral("Walk-in"), Qt::MatchExactly).isEmpty());
        QCOMPARE(name->text(), QStringLiteral("Harbour Clinic")); // typed, not saved: kept
        QCOMPARE(step->value(), otherStep);                       // untouched: follows
        QCOMPARE(typeName->text(), typedType);
        QCOMPARE(types->item(types->selectedItems().value(0)->row(), 1)->text(), typeKey);

        // Saving sends what was typed; the reload after it shows the saved values.
        QSignalSpy done(m_clinic.app->setupController(), &SetupController::changeFinished);
        QSignalSpy savedAndReloaded(m_clinic.app->setupController(), &SetupController::loaded);
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("saveSettingsPushButton")),
                          Qt::LeftButton);
        QVERIFY(arrived(done, 10000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(arrived(savedAndReloaded, 10000));
        QCOMPARE(queryOnce(m_clinic.db->conninfo(),
                           QStringLiteral("SELECT name || ' ' || slot_step_minutes FROM clinic_settings")),
                 QStringLiteral("Harbour Clinic %1").arg(otherStep));
        // An edit typed back to what it was edited from follows the database again.
        const auto otherManager = [this](const QString &renamed) {
            QSignalSpy reloaded(m_clinic.app->setupController(), &SetupController::loaded);
            const QString error =
                m_clinic.db->execAdmin(QStringLiteral("UPDATE clinic_settings SET name = '%1'").arg(renamed));
            return error.isEmpty() && arrived(reloaded, 10000) ? QString() : QStringLiteral("no reload");
        };
        QCOMPARE(name->text(), QStringLiteral("Harbour Clinic"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Harbour Clinic 2"));
        QCOMPARE(otherManager(QStringLiteral("Bay Clinic")), QString());
        QCOMPARE(name->text(), QStringLiteral("Harbour Clinic 2")); // still being edited
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Harbour Clinic")); // back to where it started
        QCOMPARE(otherManager(QStringLiteral("Cove Clinic")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Cove Clinic"), 5000); // reloads may lag
    }
};

CAREDESK_GUI_TEST_MAIN(TestSetup)
#include "tst_setup.moc"
