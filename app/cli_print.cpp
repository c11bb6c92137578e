// caredesk-cli print: day sheets and week rosters as PDF, for scripted end-of-day
// printing (the same layout the desktop client prints).
#include "cli_context.h"
#include "engine/reports.h"
#include "engine/schema.h"
#include "ui/print/reportprinter.h"

#include <QDir>
#include <QFileInfo>

namespace caredesk::cli {

int cmdPrint(Context &ctx)
{
    const QString what = ctx.args.value(0);
    if (what != QLatin1String("day") && what != QLatin1String("week"))
        return failInput(what.isEmpty()
                             ? QStringLiteral("print: say day or week; see caredesk-cli --help")
                             : QStringLiteral("print: unknown sheet \"%1\"; say day or week").arg(what));
    if (ctx.args.size() > 1)
        return failInput(QStringLiteral("print %1: unexpected argument \"%2\"").arg(what, ctx.args.at(1)));
    const auto date = ctx.dateOption(QStringLiteral("date"));
    if (!date)
        return fail(date.error());
    const QString pdf = ctx.parser.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return failInput(QStringLiteral("print %1: give --pdf FILE").arg(what));
    const QFileInfo target(pdf);
    if (target.isDir())
        return failInput(QStringLiteral("--pdf %1: is a folder").arg(pdf));
    if (!target.absoluteDir().exists())
        return failInput(
            QStringLiteral("--pdf %1: the folder %2 does not exist").arg(pdf, target.absolutePath()));
    const QStringList keys = ctx.parser.values(QStringLiteral("practitioner"));
    const QDate day = date.value();
    QString error;
    if (what == QLatin1String("day")) {
        auto report = ctx.pool.runBlocking(
            Access::StandbyRead,
            [day, keys](Session &s) {
                requireCurrentSchema(s);
                return loadDaySheetReport(s, day, keys);
            },
            QStringLiteral("print day"));
        if (!report)
            return fail(report.error());
        if (!ReportPrinter::writeDaySheetPdf(report.value(), pdf, &error))
            return failInput(error);
        int appointments = 0;
        for (const DaySheetSection &s : report.value().sections)
            appointments += int(s.appointments.size());
        printJson({{QStringLiteral("pdf"), target.absoluteFilePath()},
                   {QStringLiteral("date"), day.toString(Qt::ISODate)},
                   {QStringLiteral("practitioners"), int(report.value().sections.size())},
                   {QStringLiteral("appointments"), appointments}});
        return 0;
    }
    auto roster = ctx.pool.runBlocking(
        Access::StandbyRead,
        [day, keys](Session &s) {
            requireCurrentSchema(s);
            return loadWeekRoster(s, day, keys);
        },
        QStringLiteral("print week"));
    if (!roster)
        return fail(roster.error());
    if (!ReportPrinter::writeWeekRosterPdf(roster.value(), pdf, &error))
        return failInput(error);
    printJson({{QStringLiteral("pdf"), target.absoluteFilePath()},
               {QStringLiteral("monday"), roster.value().monday.toString(Qt::ISODate)},
               {QStringLiteral("practitioners"), int(roster.value().rows.size())}});
    return 0;
}

} // namespace caredesk::cli
