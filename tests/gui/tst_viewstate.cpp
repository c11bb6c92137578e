// What the user arranged comes back next time (offscreen, real PostgreSQL): the
// workspace open last, Book's filters and Capacity's weeks are saved to the user's
// settings and restored; a settings file with nonsense in it changes nothing.
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "ui/book/bookworkspace.h"
#include "ui/capacity/capacityworkspace.h"

#include <QCheckBox>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QToolButton>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestViewState : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *find(SeededClinic &c, const char *name)
    {
        return c.window->findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void theWindowComesBackAsTheUserLeftIt()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("caredesk.conf"));
        {
            SeededClinic first;
            QVERIFY(first.open().isEmpty());
            first.window->showWorkspace(WorkspaceModel::Workspace::Capacity);
            find<QSpinBox>(first, "minutesSpinBox")->setValue(45);
            find<QCheckBox>(first, "timeFilterCheckBox")->setChecked(true);
            find<QTimeEdit>(first, "timeFromTimeEdit")->setTime(QTime(10, 0));
            find<QTimeEdit>(first, "timeToTimeEdit")->setTime(QTime(14, 0));
            for (int day = 1; day <= 7; ++day)
                find<QToolButton>(first,
                                  QStringLiteral("weekday%1ToolButton").arg(day).toLatin1().constData())
                    ->setChecked(day == 2 || day == 4);
            first.window->findChild<CapacityWorkspace *>()->setWeeks(12);
            QSettings settings(file, QSettings::IniFormat);
            first.app->saveViewState(settings);
        }
        SeededClinic second;
        QVERIFY(second.open().isEmpty());
        QCOMPARE(second.window->currentWorkspace(), WorkspaceModel::Workspace::MyAvailability);
        QSettings settings(file, QSettings::IniFormat);
        second.app->restoreViewState(settings);
        QCOMPARE(second.window->currentWorkspace(), WorkspaceModel::Workspace::Capacity);
        const BookSearch search = second.window->findChild<BookWorkspace *>()->currentSearch();
        QCOMPARE(search.minutes, 45);
        QCOMPARE(search.timeFrom, std::optional<int>(10 * 60));
        QCOMPARE(search.timeTo, std::optional<int>(14 * 60));
        QCOMPARE(search.weekdays, (QList<int>{2, 4}));
        QCOMPARE(second.window->findChild<CapacityWorkspace *>()->weeks(), 12);
    }

    void nonsenseInTheSettingsChangesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("caredesk.conf"));
        {
            QSettings bad(file, QSettings::IniFormat);
            bad.setValue(QStringLiteral("window/workspace"), 99);
            bad.setValue(QStringLiteral("window/geometry"), QByteArray("not a geometry"));
            bad.setValue(QStringLiteral("book/minutes"), QStringLiteral("lots"));
            bad.setValue(QStringLiteral("book/timeFrom"), QStringLiteral("25:99"));
            bad.setValue(QStringLiteral("book/weekdays"), QStringLiteral("0,9,x"));
            bad.setValue(QStringLiteral("capacity/weeks"), QStringLiteral("many"));
        }
        SeededClinic clinic;
        QVERIFY(clinic.open().isEmpty());
        const BookSearch before = clinic.window->findChild<BookWorkspace *>()->currentSearch();
        const int weeks = clinic.window->findChild<CapacityWorkspace *>()->weeks();
        QSettings settings(file, QSettings::IniFormat);
        clinic.app->restoreViewState(settings);
        QCOMPARE(clinic.window->currentWorkspace(), WorkspaceModel::Workspace::MyAvailability);
        const BookSearch after = clinic.window->findChild<BookWorkspace *>()->currentSearch();
        QCOMPARE(after.minutes, before.minutes);
        QCOMPARE(after.timeFrom, before.timeFrom);
        QCOMPARE(after.weekdays, before.weekdays);
        QCOMPARE(clinic.window->findChild<CapacityWorkspace *>()->weeks(), weeks);
    }
};

CAREDESK_GUI_TEST_MAIN(TestViewState)
#include "tst_viewstate.moc"
