// The appearances (View menu): dark and high contrast change the whole application's
// palette, the choice is kept between runs, and the calendar's closed days stay
// readable (their fill follows the palette's brightness).
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"
#include "ui/shell/appearance.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { applyAppearance(Appearance::System); }

    void idsRoundTrip()
    {
        for (Appearance a : {Appearance::System, Appearance::Dark, Appearance::HighContrast})
            QCOMPARE(appearanceFromId(appearanceId(a)), std::optional<Appearance>(a));
        QCOMPARE(appearanceFromId(QStringLiteral("neon")), std::nullopt);
    }

    void darkAndHighContrastRepaintEverything()
    {
        applyAppearance(Appearance::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
        applyAppearance(Appearance::HighContrast);
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::white));
        applyAppearance(Appearance::System);
        QCOMPARE(currentAppearance(), Appearance::System);
    }

    void theViewMenuChoosesAndTheChoiceIsKept()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("caredesk.conf"));
        {
            SeededClinic clinic;
            QVERIFY(clinic.open().isEmpty());
            QAction *dark = nullptr;
            for (QAction *menu : clinic.window->menuBar()->actions()) {
                for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>{}) {
                    if (a->data().toString() == QLatin1String("dark"))
                        dark = a;
                }
            }
            QVERIFY(dark);
            dark->trigger();
            QCOMPARE(currentAppearance(), Appearance::Dark);
            QSettings settings(file, QSettings::IniFormat);
            clinic.app->saveViewState(settings);
        }
        applyAppearance(Appearance::System);
        SeededClinic again;
        QVERIFY(again.open().isEmpty());
        QSettings settings(file, QSettings::IniFormat);
        again.app->restoreViewState(settings);
        QCOMPARE(currentAppearance(), Appearance::Dark);
        again.window->show();
        QTRY_VERIFY(again.window->palette().color(QPalette::Window).lightness() < 80);
    }
};

CAREDESK_GUI_TEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
