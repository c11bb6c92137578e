#include "seriespreviewdialog.h"

#include "models/localeformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caredesk {

namespace {

enum Column
{
    VisitColumn,
    WhenColumn,
    StatusColumn,
    InsteadColumn,
    ColumnCount
};

QString whenText(const QDateTime &instant, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime local = instant.toTimeZone(zone);
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                       localeformat::shortTime(locale, local.time()));
}

QString statusText(const SeriesOccurrence &o)
{
    if (o.past)
        return SeriesPreviewDialog::tr("In the past");
    switch (o.verdict) {
    case SpanVerdict::Free:
        return SeriesPreviewDialog::tr("Free");
    case SpanVerdict::Taken:
        return SeriesPreviewDialog::tr("Already booked");
    case SpanVerdict::Hours:
        return SeriesPreviewDialog::tr("Outside working hours");
    case SpanVerdict::Closure:
        return SeriesPreviewDialog::tr("Clinic closed: %1").arg(o.reason);
    case SpanVerdict::Block:
        return SeriesPreviewDialog::tr("Away: %1").arg(o.reason);
    }
    return {};
}

bool isFree(const SeriesOccurrence &o)
{
    return o.verdict == SpanVerdict::Free && !o.past;
}

} // namespace

SeriesPreviewDialog::SeriesPreviewDialog(const QString &heading, const SeriesPreview &preview,
                                         QWidget *parent)
    : QDialog(parent)
    , m_preview(preview)
    , m_table(new QTableWidget(int(preview.occurrences.size()), ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_alternatives(new QPushButton(tr("Take &All Alternatives"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("seriesPreviewDialog"));
    setWindowTitle(tr("Book a Series"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("seriesHeadingLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_table->setObjectName(QStringLiteral("seriesVisitsTableWidget"));
    m_table->setAccessibleName(tr("Visits of the series"));
    m_table->setHorizontalHeaderLabels({tr("Book"), tr("When"), tr("Status"), tr("Instead")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    for (int row = 0; row < preview.occurrences.size(); ++row) {
        const SeriesOccurrence &o = preview.occurrences.at(row);
        auto *visit = new QTableWidgetItem(QString::number(o.index));
        const bool bookable = isFree(o) || o.alternative.has_value();
        visit->setFlags(bookable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                 : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (bookable)
            visit->setCheckState(isFree(o) ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, VisitColumn, visit);
        m_table->setItem(row, WhenColumn, new QTableWidgetItem(whenText(o.start, preview.zone)));
        auto *status = new QTableWidgetItem(statusText(o));
        if (!isFree(o))
            status->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, InsteadColumn,
                         new QTableWidgetItem(o.alternative ? whenText(*o.alternative, preview.zone)
                                              : isFree(o)   ? QString()
                                                            : tr("no free slot that week or the next")));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    layout->addWidget(m_table);
    m_summary->setObjectName(QStringLiteral("seriesSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_alternatives->setObjectName(QStringLiteral("seriesAlternativesPushButton"));
    m_alternatives->setToolTip(tr("Ticks every visit that is not free but has a free slot proposed instead"));
    m_buttons->addButton(m_alternatives, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("seriesBookPushButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &SeriesPreviewDialog::update);
    connect(m_alternatives, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_preview.occurrences.size(); ++row) {
            if (m_preview.occurrences.at(row).alternative)
                m_table->item(row, VisitColumn)->setCheckState(Qt::Checked);
        }
    });
    // Space ticks the current visit wherever the cursor is in its row.
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            m_table->setCurrentItem(m_table->item(row, VisitColumn));
    });
    resize(640, 420);
    update();
    m_table->setFocus();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, VisitColumn);
}

QList<SeriesChoice> SeriesPreviewDialog::choices() const
{
    QList<SeriesChoice> out;
    for (int row = 0; row < m_preview.occurrences.size(); ++row) {
        const SeriesOccurrence &o = m_preview.occurrences.at(row);
        if (m_table->item(row, VisitColumn)->checkState() != Qt::Checked)
            continue;
        if (isFree(o))
            out.append({o.index, o.start});
        else if (o.alternative)
            out.append({o.index, *o.alternative});
    }
    return out;
}

void SeriesPreviewDialog::update()
{
    const int chosen = int(choices().size());
    const int free = m_preview.freeCount();
    const int total = int(m_preview.occurrences.size());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book %n Visit(s)", nullptr, chosen));
    m_summary->setText(tr("%1 of %2 visits are free. Tick a visit that is not free to book the time proposed "
                          "instead; untick one to leave it out.")
                           .arg(free)
                           .arg(total));
    bool anyAlternative = false;
    for (const SeriesOccurrence &o : m_preview.occurrences)
        anyAlternative = anyAlternative || o.alternative.has_value();
    m_alternatives->setEnabled(anyAlternative);
}

} // namespace caredesk
