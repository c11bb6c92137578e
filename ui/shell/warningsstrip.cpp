#include "warningsstrip.h"

#include "models/localeformat.h"

#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>

namespace caredesk {

WarningsStrip::WarningsStrip(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("warningsStripFrame"));
    setAccessibleName(tr("Warnings"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label->setObjectName(QStringLiteral("warningsStripLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setFocusPolicy(Qt::TabFocus); // the links are reachable with Tab, opened with Enter
    layout->addWidget(m_label, 1);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("resolve"))
            Q_EMIT resolveRequested();
        else if (link == QLatin1String("setup"))
            Q_EMIT setupRequested();
        else if (link.startsWith(QLatin1String("feed:")))
            Q_EMIT feedReviewRequested(link.mid(5).toLongLong());
        else if (link.startsWith(QLatin1String("day:")))
            Q_EMIT daySheetRequested(QDate::fromString(link.mid(4), Qt::ISODate));
    });
    setVisible(false);
}

void WarningsStrip::setWarnings(const QList<AvailabilityWarning> &warnings, bool canFixSetup)
{
    m_warnings = warnings;
    int booked = 0;
    QStringList withoutHours;
    QStringList working;
    QMap<qint64, QStringList> feedHolidays; // by feed
    QHash<qint64, QString> feedTitles;
    for (const AvailabilityWarning &w : warnings) {
        switch (w.kind) {
        case AvailabilityWarning::Kind::BookedOnBlockedDay:
            ++booked;
            break;
        case AvailabilityWarning::Kind::NoWorkingHours:
            withoutHours << w.practitionerName.toHtmlEscaped();
            break;
        case AvailabilityWarning::Kind::WorksOnClosureDay:
            working << tr("%1 on <a href=\"day:%2\">%3</a>")
                           .arg(w.practitionerName.toHtmlEscaped(), w.date.toString(Qt::ISODate),
                                localeformat::dateText(locale(), w.date,
                                                       localeformat::DateStyle::WeekdayDayMonth)
                                    .toHtmlEscaped());
            break;
        case AvailabilityWarning::Kind::FeedHolidayNotClosed:
            feedHolidays[w.feedId] << tr("%1 (%2)").arg(
                w.holiday.toHtmlEscaped(),
                localeformat::dateText(locale(), w.date, localeformat::DateStyle::WeekdayDayMonth)
                    .toHtmlEscaped());
            feedTitles.insert(w.feedId, w.feedTitle);
            break;
        case AvailabilityWarning::Kind::FeedFailed:
            break; // the Feeds tab says so, with the reason
        }
    }
    QStringList parts;
    if (booked > 0)
        parts << tr("%n booked appointment(s) on closure or block days — <a href=\"resolve\">Resolve…</a>",
                    nullptr, booked);
    if (!withoutHours.isEmpty()) {
        const QString names = QLocale().createSeparatedList(withoutHours);
        parts
            << (canFixSetup
                    ? tr("No weekly hours, so nobody can book them: %1 — <a href=\"setup\">Clinic Setup</a>")
                          .arg(names)
                    : tr("No weekly hours, so nobody can book them: %1").arg(names));
    }
    if (!working.isEmpty())
        parts << tr("Working although the clinic is closed: %1").arg(QLocale().createSeparatedList(working));
    for (auto it = feedHolidays.cbegin(); it != feedHolidays.cend(); ++it)
        parts << tr("Not closures yet, from %1: %2 — <a href=\"feed:%3\">Review…</a>")
                     .arg(feedTitles.value(it.key()).toHtmlEscaped(), QLocale().createSeparatedList(*it),
                          QString::number(it.key()));
    m_label->setText(parts.join(QStringLiteral("<br>")));
    // Amber, to be noticed without alarming; tinted to suit a light or dark palette.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    setStyleSheet(
        dark ? QStringLiteral("#warningsStripFrame { background: #3d3214; border: 1px solid #b08a2e; }")
             : QStringLiteral("#warningsStripFrame { background: #fff4d6; border: 1px solid #e0c070; }"));
    setVisible(!parts.isEmpty());
}

QString WarningsStrip::text() const
{
    return m_label->text();
}

} // namespace caredesk
