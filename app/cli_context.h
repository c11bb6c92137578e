#pragma once

#include "cli_timings.h"
#include "engine/availability.h"
#include "engine/booking.h"
#include "engine/clock.h"
#include "engine/pool.h"
#include "engine/schedule.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace caredesk::cli {

/// What every command gets: the parsed command line, its arguments, the pool.
struct Context
{
    Context(QCommandLineParser &p, QStringList a, ConnectionPool &cp, QString now, Timings &t)
        : parser(p)
        , args(std::move(a))
        , pool(cp)
        , nowText(std::move(now))
        , timings(t)
    {}

    QCommandLineParser &parser;
    QStringList args; ///< positional arguments after the command
    ConnectionPool &pool;
    QString nowText;
    Timings &timings; ///< --timings: where the command's time goes

    /// --timings: closes `phase` after a pool unit, counting a connection opened for it
    /// as a phase of its own.
    void markUnit(const char *phase);

    /// The clinic's zone, read once from the database (wall-clock inputs need it).
    Result<QTimeZone> clinicZone();
    /// "Now": --now (wall-clock text read in `zone`) or the system clock.
    Result<QDateTime> now(const QTimeZone &zone) const;
    /// --now in the clinic's zone.
    Result<QDateTime> clinicNow();
    /// An instant from text: with an offset as given, without one in the clinic's zone.
    Result<QDateTime> instant(const QString &option, const QString &text);
    /// A whole number option in [min, max], or `fallback` when absent.
    Result<int> intOption(const QString &name, int min, int max, int fallback) const;
    /// A date option (YYYY-MM-DD), required.
    Result<QDate> dateOption(const QString &name) const;
    /// --weekdays 1,3,5 (ISO weekdays); empty when absent.
    Result<QList<int>> weekdaysOption() const;
    /// A time-of-day option (HH:MM, up to 24:00), or nothing when absent.
    Result<std::optional<WallMinutes>> timeOption(const QString &name) const;

private:
    std::optional<QTimeZone> m_zone;
    double m_connectMsSeen = 0;
};

void printJson(const QJsonObject &object);
/// An appointment as the booking commands print it.
[[nodiscard]] QJsonObject appointmentJson(const Appointment &appointment, const QTimeZone &zone);
/// The one positional appointment id of `command`.
[[nodiscard]] Result<qint64> appointmentId(const Context &ctx, const QString &command);
/// A booked appointment the rules no longer allow, with what hits it (conflicts, import).
[[nodiscard]] QJsonObject conflictJson(const AppointmentSummary &appointment, const QTimeZone &zone);
int fail(const Error &error);
int failInput(const QString &message);

int cmdImport(Context &ctx);
int cmdExport(Context &ctx);
int cmdAvailability(Context &ctx);
int cmdNextAvailable(Context &ctx);
int cmdBook(Context &ctx);
int cmdCancel(Context &ctx);
int cmdReschedule(Context &ctx);
int cmdLoad(Context &ctx);
int cmdClinics(Context &ctx);
int cmdClosures(Context &ctx);
int cmdStaff(Context &ctx);
int cmdConflicts(Context &ctx);
int cmdWarnings(Context &ctx);
int cmdImportLegacy(Context &ctx);
int cmdSeries(Context &ctx);
int cmdWaitlist(Context &ctx);
int cmdUndo(Context &ctx);
/// book --repeat RULE: a recurring series (cli_series.cpp).
int bookSeriesCommand(Context &ctx, const BookingRequest &first);
#ifdef CAREDESK_CLI_PRINT
int cmdPrint(Context &ctx);
#endif

} // namespace caredesk::cli
