#pragma once

#include "app/translations.h"

#include <QApplication>
#include <QTest>

/// QTEST_MAIN, plus CareDesk's English plural forms, as the client installs them: the
/// tests read the English the client shows ("1 change to review", "2 changes to review"),
/// whatever the language of the machine running them.
#define CAREDESK_GUI_TEST_MAIN(TestObject)                                                                   \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        QApplication app(argc, argv);                                                                        \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        caredesk::installTranslations(QLocale(), false);                                                     \
        TestObject tc;                                                                                       \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
