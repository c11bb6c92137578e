#pragma once

#include "clinicdata.h"

#include <QDate>
#include <QTimeZone>

namespace caredesk {

class Session;

/// The demo clinic's time zone.
[[nodiscard]] inline QTimeZone demoTimeZone()
{
    return QTimeZone("Australia/Sydney");
}

struct DemoOptions
{
    int practitioners = 8; ///< 1..500
    int days = 28;         ///< days of appointments from today, 1..730
    quint32 seed = 42;
    bool replace = false;
};

struct DemoReport
{
    int practitioners = 0;
    int workingIntervals = 0;
    int exceptions = 0;
    int appointments = 0;
    QDate christmasStart;
    QDate christmasEnd;
};

/// The demo clinic for `today` (a date in the clinic's zone): deterministic for a
/// seed. Practitioner "iwizz" has personal leave over the coming Christmas closure
/// (Dec 24 - Jan 5), "dbrown" (David Brown) has none, a clinic-wide Christmas closure
/// covers the same days, plus a partial-day closure, a `work` override on a closure
/// day, a personal block, and appointments over the coming `days` days.
[[nodiscard]] ClinicData generateDemoClinic(const QDate &today, const DemoOptions &options);

/// The first day of the Christmas closure that is current or next on `today`.
[[nodiscard]] QDate comingChristmasClosureStart(const QDate &today);

/// Generates and writes the demo clinic in one transaction. Throws DbException.
DemoReport loadDemo(Session &session, const QDate &today, const DemoOptions &options);

} // namespace caredesk
