#pragma once

// A main window and controller on a fresh database holding the seed clinic
// (tests/data/interchange/seed.json), with the clock pinned before Christmas 2025.
#include "app/appcontroller.h"
#include "app/bookcontroller.h"
#include "app/setupcontroller.h"
#include "engine/interchange.h"
#include "engine/pool.h"
#include "engine/schema.h"
#include "tests/support/seed.h"
#include "tests/support/testdatabase.h"
#include "ui/shell/mainwindow.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace caredesk::test {

inline const QTimeZone &sydney()
{
    static const QTimeZone zone("Australia/Sydney");
    return zone;
}

/// The pinned "now": 2025-12-01 08:00 in Sydney.
inline QDateTime seededNow()
{
    return wallClockToInstant(QDate(2025, 12, 1), 8 * 60, sydney());
}

/// Waits for a signal that may already have been emitted: a task whose result is ready
/// when awaited does not suspend, so its signal can fire inside the click itself.
inline bool arrived(QSignalSpy &spy, int timeoutMs = 15000)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

/// Waits for a coroutine's result without blocking the event loop (20 s at most).
template<typename T>
std::optional<T> awaitTask(QCoro::Task<T> task)
{
    std::optional<T> out;
    auto run = [&]() -> QCoro::Task<> { out = co_await task; };
    run();
    QDeadlineTimer deadline(20000);
    while (!out && !deadline.hasExpired())
        QTest::qWait(20);
    return out;
}

/// With CAREDESK_SCREENSHOTS set (scripts/screenshots), saves what the person sees.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAREDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->window()->grab().save(dir + QLatin1Char('/') + name);
}

struct SeededClinic
{
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<AppController> app;

    /// Builds everything; `extraSql` runs after the import (e.g. staff for sign-in).
    /// Returns an error text, empty when it worked.
    QString open(const QString &extraSql = {})
    {
        db = std::make_unique<TestDatabase>();
        if (!db->ok())
            return db->error();
        if (QString err = db->migrate(); !err.isEmpty())
            return err;
        {
            ConnectionPool pool(db->target(), PoolConfig{});
            if (QString err = loadSeedClinic(pool); !err.isEmpty())
                return err;
        }
        if (!extraSql.isEmpty()) {
            if (QString err = execOnce(db->conninfo(), extraSql); !err.isEmpty())
                return err;
        }
        window = std::make_unique<MainWindow>();
        app = std::make_unique<AppController>(
            AppController::Options{db->target(), PoolConfig{}, std::make_shared<FixedClock>(seededNow()),
                                   false},
            window.get());
        return {};
    }

    /// The manager `login` signed in, the window shown (1200×800) on Clinic Setup once it
    /// has loaded. False when either did not happen within 20 s.
    [[nodiscard]] bool openSetupAs(const QString &login)
    {
        QSignalSpy signedIn(app.get(), &AppController::signedIn);
        QSignalSpy loaded(app->setupController(), &SetupController::loaded);
        app->setSignIn(login, false);
        window->resize(1200, 800);
        window->show();
        app->start();
        if (!arrived(signedIn, 20000) || !arrived(loaded, 20000))
            return false;
        window->showWorkspace(WorkspaceModel::Workspace::ClinicSetup);
        return true;
    }

    /// The window shown (at `size`, when valid) on Book once its first search is done.
    /// False when that did not happen within 20 s.
    [[nodiscard]] bool openBook(const QSize &size = {})
    {
        QSignalSpy firstSearch(app->bookController(), &BookController::searchFinished);
        if (size.isValid())
            window->resize(size);
        window->show();
        window->showWorkspace(WorkspaceModel::Workspace::Book);
        app->start();
        return arrived(firstSearch, 20000);
    }

    void close()
    {
        app.reset();
        window.reset();
        db.reset();
    }
};

} // namespace caredesk::test
