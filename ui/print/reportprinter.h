#pragma once

#include "engine/reports.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace caredesk {

/// Lays out and paints day sheets and week rosters onto any paged device: a QPrinter
/// for the desktop's print and print preview, a QPdfWriter for "Save as PDF" and
/// `caredesk-cli print`. Every page has the clinic's name, what the sheet is, the date
/// and "Page N of M"; a practitioner's block never starts at the foot of a page, and one
/// that goes on to the next page repeats its heading there. Needs Qt Gui (fonts), not
/// Widgets, so the command line can print without a window. Times are clinic time.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(caredesk::ReportPrinter)

public:
    /// Paints the day sheet; returns the number of pages.
    static int printDaySheet(const DaySheetReport &report, QPagedPaintDevice &device);
    /// Paints the week roster (landscape suits it); returns the number of pages.
    static int printWeekRoster(const WeekRoster &roster, QPagedPaintDevice &device);

    /// Writes a PDF (A4); false with `error` set when the file cannot be written.
    static bool writeDaySheetPdf(const DaySheetReport &report, const QString &path, QString *error);
    static bool writeWeekRosterPdf(const WeekRoster &roster, const QString &path, QString *error);
};

} // namespace caredesk
