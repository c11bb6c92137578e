#include "reportprinter.h"

#include "models/closuresmodel.h"
#include "models/exceptionkinds.h"
#include "models/localeformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

#include <functional>

namespace caredesk {

namespace {

/// One line of a printed table: cells at fractions of the page width.
struct Row
{
    enum class Kind
    {
        Heading,     ///< a practitioner's name and hours
        Note,        ///< a closure or block, or "No appointments"
        TableHeader, ///< column titles
        Cells,       ///< one appointment or roster row
    };
    Kind kind = Kind::Cells;
    QStringList cells;
    int lines = 1; ///< how many text lines the tallest cell needs
    bool warn = false;
    int group = -1; ///< the section it belongs to (repeated heading when it continues)
};

/// Page furniture and a flowing list of rows, laid out onto pages in two passes so the
/// footer can say "Page N of M".
class PagedTable
{
public:
    PagedTable(QPagedPaintDevice &device, QString clinic, QString title, QList<double> columns)
        : m_device(device)
        , m_clinic(std::move(clinic))
        , m_title(std::move(title))
        , m_columns(std::move(columns))
    {}

    void add(Row row) { m_rows.append(std::move(row)); }
    void setGroupHeading(int group, Row heading) { m_groupHeadings.insert(group, std::move(heading)); }
    void setColumnHeader(Row header) { m_header = std::move(header); }

    int paint()
    {
        QPainter painter;
        if (!painter.begin(&m_device))
            return 0;
        setUpFonts(painter);
        const QList<QList<Row>> pages = paginate();
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                m_device.newPage();
            paintPage(painter, pages[i], int(i) + 1, int(pages.size()));
        }
        painter.end();
        return int(pages.size());
    }

private:
    void setUpFonts(QPainter &painter)
    {
        m_body = QFont(QStringLiteral("DejaVu Sans"), 9);
        m_bold = m_body;
        m_bold.setBold(true);
        m_big = QFont(QStringLiteral("DejaVu Sans"), 14, QFont::Bold);
        m_small = QFont(QStringLiteral("DejaVu Sans"), 8);
        painter.setFont(m_body);
        m_line = QFontMetricsF(m_body, &m_device).lineSpacing() * 1.25;
        m_width = m_device.width();
        m_top = QFontMetricsF(m_big, &m_device).lineSpacing() +
                QFontMetricsF(m_bold, &m_device).lineSpacing() * 2;
        m_bottom = m_device.height() - QFontMetricsF(m_small, &m_device).lineSpacing() * 2;
    }

    [[nodiscard]] double heightOf(const Row &r) const
    {
        const double gap = r.kind == Row::Kind::Heading ? m_line * 0.6 : 0;
        return gap + m_line * r.lines;
    }

    QList<QList<Row>> paginate() const
    {
        QList<QList<Row>> pages;
        QList<Row> page;
        double y = m_top;
        const double headerHeight = m_header.cells.isEmpty() ? 0 : heightOf(m_header);
        QSet<int> titled; ///< day-sheet blocks whose column titles are already placed
        auto newPage = [&](int continuing) {
            pages.append(page);
            page.clear();
            y = m_top;
            if (continuing >= 0 && m_groupHeadings.contains(continuing)) {
                Row again = m_groupHeadings.value(continuing);
                again.cells[0] = ReportPrinter::tr("%1 (continued)").arg(again.cells[0]);
                page.append(again);
                y += heightOf(again);
            }
            // A roster repeats its column titles on every page; a day sheet only inside a
            // practitioner's block whose appointments go on (each block brings its own).
            if (headerHeight > 0 && (m_groupHeadings.isEmpty() || titled.contains(continuing))) {
                page.append(m_header);
                y += headerHeight;
            }
        };
        if (headerHeight > 0 && m_groupHeadings.isEmpty()) {
            page.append(m_header);
            y += headerHeight;
        }
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const Row &r = m_rows[i];
            double need = heightOf(r);
            // A heading keeps its notes, titles and first appointment with it: a page never
            // ends on a practitioner's name or their column titles.
            if (r.kind == Row::Kind::Heading) {
                for (qsizetype j = i + 1; j < m_rows.size() && m_rows[j].kind != Row::Kind::Heading; ++j) {
                    need += heightOf(m_rows[j]);
                    if (m_rows[j].kind == Row::Kind::Cells)
                        break;
                }
                need = std::min(need, m_bottom - m_top); // a block taller than a page starts a page
            }
            if (y + need > m_bottom && !page.isEmpty())
                newPage(r.kind == Row::Kind::Heading ? -1 : r.group);
            if (r.kind == Row::Kind::TableHeader && r.group >= 0) {
                if (titled.contains(r.group))
                    continue; // the page already repeats them
                titled.insert(r.group);
            }
            page.append(r);
            y += heightOf(r);
        }
        pages.append(page);
        return pages;
    }

    void paintPage(QPainter &painter, const QList<Row> &rows, int number, int count)
    {
        const QLocale locale;
        painter.setPen(Qt::black);
        painter.setFont(m_big);
        const double bigLine = QFontMetricsF(m_big, &m_device).lineSpacing();
        painter.drawText(QRectF(0, 0, m_width, bigLine), Qt::AlignLeft | Qt::AlignVCenter, m_clinic);
        painter.setFont(m_bold);
        const double boldLine = QFontMetricsF(m_bold, &m_device).lineSpacing();
        painter.drawText(QRectF(0, bigLine, m_width, boldLine), Qt::AlignLeft | Qt::AlignVCenter, m_title);
        painter.drawLine(QPointF(0, bigLine + boldLine * 1.4), QPointF(m_width, bigLine + boldLine * 1.4));

        double y = m_top;
        for (const Row &r : rows) {
            if (r.kind == Row::Kind::Heading)
                y += m_line * 0.6;
            const double h = m_line * r.lines;
            switch (r.kind) {
            case Row::Kind::Heading:
                painter.setFont(m_bold);
                painter.fillRect(QRectF(0, y, m_width, h), QColor(0xe8, 0xec, 0xf2));
                painter.drawText(QRectF(m_line * 0.3, y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter,
                                 r.cells.join(QStringLiteral("   ")));
                break;
            case Row::Kind::Note:
                painter.setFont(m_body);
                painter.setPen(r.warn ? QColor(0x9a, 0x2a, 0x2a) : QColor(0x30, 0x30, 0x30));
                painter.drawText(QRectF(m_line, y, m_width - m_line, h), Qt::AlignLeft | Qt::AlignVCenter,
                                 r.cells.join(QStringLiteral(" ")));
                painter.setPen(Qt::black);
                break;
            case Row::Kind::TableHeader:
            case Row::Kind::Cells: {
                painter.setFont(r.kind == Row::Kind::TableHeader ? m_bold : m_body);
                painter.setPen(r.warn ? QColor(0x9a, 0x2a, 0x2a) : QColor(Qt::black));
                double x = 0;
                for (qsizetype c = 0; c < r.cells.size() && c < m_columns.size(); ++c) {
                    const double w = m_columns[c] * m_width;
                    const QRectF cell(x + m_line * 0.3, y, w - m_line * 0.6, h);
                    const QFontMetricsF fm(painter.font(), &m_device);
                    QStringList lines = r.cells[c].split(QLatin1Char('\n'));
                    for (QString &l : lines)
                        l = fm.elidedText(l, Qt::ElideRight, cell.width());
                    painter.drawText(cell, Qt::AlignLeft | Qt::AlignTop, lines.join(QLatin1Char('\n')));
                    x += w;
                }
                painter.setPen(QColor(0xc8, 0xc8, 0xd0));
                painter.drawLine(QPointF(0, y + h), QPointF(m_width, y + h));
                painter.setPen(Qt::black);
                break;
            }
            }
            y += h;
        }

        painter.setFont(m_small);
        const double smallLine = QFontMetricsF(m_small, &m_device).lineSpacing();
        painter.drawText(QRectF(0, m_device.height() - smallLine, m_width, smallLine), Qt::AlignRight,
                         ReportPrinter::tr("Page %1 of %2").arg(number).arg(count));
        painter.drawText(QRectF(0, m_device.height() - smallLine, m_width, smallLine), Qt::AlignLeft,
                         ReportPrinter::tr("CareDesk · times are clinic time"));
    }

    QPagedPaintDevice &m_device;
    QString m_clinic;
    QString m_title;
    QList<double> m_columns;
    QList<Row> m_rows;
    QHash<int, Row> m_groupHeadings;
    Row m_header;
    QFont m_body;
    QFont m_bold;
    QFont m_big;
    QFont m_small;
    double m_line = 0;
    double m_width = 0;
    double m_top = 0;
    double m_bottom = 0;
};

QString windowsText(const SpanList &spans, const QTimeZone &zone)
{
    QStringList parts;
    for (const Span &s : spans) {
        parts << localeformat::timeRange(QLocale(), QDateTime::fromMSecsSinceEpoch(s.start, zone),
                                         QDateTime::fromMSecsSinceEpoch(s.end, zone));
    }
    return parts.join(QStringLiteral(", "));
}

QString exceptionText(const ExceptionRecord &e)
{
    const QString when = ClosuresModel::hoursText(e);
    if (e.kind == QLatin1String("work"))
        return ReportPrinter::tr("Working (override) %1: %2").arg(when, e.label());
    if (e.practitionerId == 0)
        return ReportPrinter::tr("Clinic closed %1: %2").arg(when, e.label());
    return ReportPrinter::tr("%1 %2: %3").arg(exceptionKindName(e.kind, false), when, e.label());
}

bool writePdf(const QString &path, QPageLayout::Orientation orientation, QString *error,
              const std::function<int(QPagedPaintDevice &)> &paint)
{
    // Written beside the target and renamed over it when complete: a failure never
    // leaves half a PDF where the old one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = ReportPrinter::tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(orientation);
        writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("CareDesk"));
        writer.setResolution(300);
        pages = paint(writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        if (error)
            *error = ReportPrinter::tr("%1: the PDF could not be laid out").arg(path);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = ReportPrinter::tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int ReportPrinter::printDaySheet(const DaySheetReport &report, QPagedPaintDevice &device)
{
    const QLocale locale;
    PagedTable table(
        device, report.clinicName,
        ReportPrinter::tr("Day sheet — %1")
            .arg(localeformat::dateText(locale, report.date, localeformat::DateStyle::LongWeekdayDate)),
        {0.14, 0.28, 0.18, 0.18, 0.22});
    table.setColumnHeader(
        {Row::Kind::TableHeader,
         {ReportPrinter::tr("Time"), ReportPrinter::tr("Patient"), ReportPrinter::tr("Phone"),
          ReportPrinter::tr("Type"), ReportPrinter::tr("Status")}});
    int group = 0;
    for (const DaySheetSection &s : report.sections) {
        Row heading{Row::Kind::Heading, {s.practitioner.name}};
        if (!s.day.windows.isEmpty())
            heading.cells << ReportPrinter::tr("Hours %1").arg(windowsText(s.day.windows, report.zone));
        else
            heading.cells << ReportPrinter::tr("Not working");
        if (s.day.windows != s.day.open && !s.day.windows.isEmpty())
            heading.cells << ReportPrinter::tr("Open %1").arg(
                s.day.open.isEmpty() ? ReportPrinter::tr("none") : windowsText(s.day.open, report.zone));
        heading.group = group;
        table.setGroupHeading(group, heading);
        table.add(heading);
        for (const ExceptionRecord &e : s.exceptions) {
            Row note{Row::Kind::Note, {exceptionText(e)}};
            note.warn = e.kind != QLatin1String("work");
            note.group = group;
            table.add(note);
        }
        if (s.appointments.isEmpty()) {
            Row none{Row::Kind::Note, {ReportPrinter::tr("No appointments")}};
            none.group = group;
            table.add(none);
        } else {
            Row header{Row::Kind::TableHeader,
                       {ReportPrinter::tr("Time"), ReportPrinter::tr("Patient"), ReportPrinter::tr("Phone"),
                        ReportPrinter::tr("Type"), ReportPrinter::tr("Status")}};
            header.group = group;
            table.add(header);
        }
        for (const AppointmentSummary &a : s.appointments) {
            const QString time = localeformat::timeRange(locale, a.start.toTimeZone(report.zone),
                                                         a.end.toTimeZone(report.zone));
            QString status = a.status == QLatin1String("booked")      ? ReportPrinter::tr("Booked")
                             : a.status == QLatin1String("completed") ? ReportPrinter::tr("Completed")
                             : a.status == QLatin1String("no_show")   ? ReportPrinter::tr("No-show")
                                                                      : a.status;
            Row row{Row::Kind::Cells, {time, a.patient, a.phone, a.typeName, status}};
            if (!a.conflict.isEmpty()) {
                row.cells[4] = status + QLatin1Char('\n') + ReportPrinter::tr("⚠ %1").arg(a.conflict);
                row.lines = 2;
                row.warn = true;
            }
            row.group = group;
            table.add(row);
        }
        ++group;
    }
    if (report.sections.isEmpty())
        table.add({Row::Kind::Note, {ReportPrinter::tr("No practitioners")}});
    return table.paint();
}

int ReportPrinter::printWeekRoster(const WeekRoster &roster, QPagedPaintDevice &device)
{
    const QLocale locale;
    const QDate sunday = roster.monday.addDays(6);
    PagedTable table(
        device, roster.clinicName,
        ReportPrinter::tr("Week roster — %1 to %2")
            .arg(localeformat::dateText(locale, roster.monday, localeformat::DateStyle::DayLongMonth),
                 localeformat::dateText(locale, sunday, localeformat::DateStyle::DayLongMonthYear)),
        {0.16, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12});
    Row header{Row::Kind::TableHeader, {ReportPrinter::tr("Practitioner")}};
    for (int d = 0; d < 7; ++d)
        header.cells << localeformat::dateText(locale, roster.monday.addDays(d),
                                               localeformat::DateStyle::WeekdayDayMonth);
    table.setColumnHeader(header);
    for (const RosterRow &r : roster.rows) {
        Row row{Row::Kind::Cells, {r.practitioner.name}};
        int lines = 1;
        for (const RosterDay &d : r.days) {
            QStringList cell;
            if (d.day.windows.isEmpty())
                cell << ReportPrinter::tr("Off");
            else if (d.day.open.isEmpty())
                cell << (d.day.clinicClosed ? ReportPrinter::tr("Closed") : ReportPrinter::tr("Blocked"));
            else
                cell << windowsText(d.day.open, roster.zone).split(QStringLiteral(", "));
            for (const QString &e : d.exceptions)
                cell << e;
            if (d.booked > 0)
                cell << ReportPrinter::tr("%n booked", nullptr, d.booked);
            // A cell never grows past a third of a page.
            constexpr int kMaxLines = 12;
            if (cell.size() > kMaxLines) {
                cell = cell.mid(0, kMaxLines - 1);
                cell << ReportPrinter::tr("… and more");
            }
            lines = std::max(lines, int(cell.size()));
            row.cells << cell.join(QLatin1Char('\n'));
        }
        row.lines = lines;
        table.add(row);
    }
    if (roster.rows.isEmpty())
        table.add({Row::Kind::Note, {ReportPrinter::tr("No practitioners")}});
    return table.paint();
}

bool ReportPrinter::writeDaySheetPdf(const DaySheetReport &report, const QString &path, QString *error)
{
    return writePdf(path, QPageLayout::Portrait, error,
                    [&report](QPagedPaintDevice &d) { return printDaySheet(report, d); });
}

bool ReportPrinter::writeWeekRosterPdf(const WeekRoster &roster, const QString &path, QString *error)
{
    return writePdf(path, QPageLayout::Landscape, error,
                    [&roster](QPagedPaintDevice &d) { return printWeekRoster(roster, d); });
}

} // namespace caredesk
