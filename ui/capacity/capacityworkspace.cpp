#include "capacityworkspace.h"

#include "models/utilisationmodel.h"
#include "ui/shell/inlinemessage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace caredesk {

CapacityWorkspace::CapacityWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_model(new UtilisationModel(this))
    , m_weeks(new QSpinBox(this))
    , m_chartView(new QChartView(this))
    , m_heat(new QTableView(this))
    , m_banner(new QLabel(this))
    , m_csv(new QPushButton(tr("Export &CSV…"), this))
    , m_png(new QPushButton(tr("Export &PNG…"), this))
{
    setObjectName(QStringLiteral("capacityWorkspace"));
    setAccessibleName(tr("Capacity"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(tr("Capacity"), this));
    auto *intro =
        new QLabel(tr("Booked against available hours per practitioner and week, from the same rules "
                      "that decide bookable slots. Closures and personal blocks show what they took."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *bar = new QHBoxLayout;
    auto *weeksLabel = new QLabel(tr("&Weeks ahead:"), this);
    weeksLabel->setBuddy(m_weeks);
    m_weeks->setObjectName(QStringLiteral("capacityWeeksSpinBox"));
    m_weeks->setAccessibleName(tr("Weeks ahead"));
    m_weeks->setRange(1, 26);
    m_weeks->setValue(8);
    m_csv->setObjectName(QStringLiteral("capacityCsvPushButton"));
    m_png->setObjectName(QStringLiteral("capacityPngPushButton"));
    bar->addWidget(weeksLabel);
    bar->addWidget(m_weeks);
    bar->addStretch(1);
    bar->addWidget(m_csv);
    bar->addWidget(m_png);
    layout->addLayout(bar);

    m_banner->setObjectName(QStringLiteral("capacityMessageLabel"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_chartView->setObjectName(QStringLiteral("capacityChartView"));
    m_chartView->setAccessibleName(tr("Hours of the selected week by practitioner"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    // The chart can grow taller than the window with many practitioners: it scrolls.
    auto *chartArea = new QScrollArea(this);
    chartArea->setObjectName(QStringLiteral("capacityChartScrollArea"));
    chartArea->setWidgetResizable(true);
    chartArea->setFrameShape(QFrame::NoFrame);
    chartArea->setWidget(m_chartView);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("capacitySplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(chartArea);

    auto *heatPane = new QWidget(split);
    auto *heatLayout = new QVBoxLayout(heatPane);
    heatLayout->setContentsMargins(0, 0, 0, 0);
    auto *heatLabel = new QLabel(
        tr("&Booked share of available hours, week by week (select a week to chart it):"), heatPane);
    heatLabel->setBuddy(m_heat);
    heatLayout->addWidget(heatLabel);
    m_heat->setObjectName(QStringLiteral("capacityHeatMapTableView"));
    m_heat->setAccessibleName(tr("Utilisation heat map"));
    m_heat->setModel(m_model);
    m_heat->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heat->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_heat->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heat->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_heat->verticalHeader()->setDefaultSectionSize(m_heat->fontMetrics().height() + 8);
    heatLayout->addWidget(m_heat, 1);
    split->addWidget(heatPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});
    layout->addWidget(split, 1);

    connect(m_weeks, &QSpinBox::valueChanged, this, &CapacityWorkspace::weeksChanged);
    // A reload after someone's change keeps the cell the user stands on (by practitioner
    // and week), so the arrow keys go on from there.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_heat->currentIndex();
        m_keptKey = current.isValid() ? m_model->utilisation().at(current.row()).practitioner.key : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_week >= m_model->columnCount())
            m_week = 0;
        for (int row = 0; !m_keptKey.isEmpty() && row < m_model->rowCount(); ++row) {
            if (m_model->utilisation().at(row).practitioner.key == m_keptKey)
                m_heat->selectionModel()->setCurrentIndex(m_model->index(row, m_week),
                                                          QItemSelectionModel::ClearAndSelect);
        }
        rebuildChart();
    });
    connect(m_heat->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    setChartWeek(current.column());
            });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        askForFile(tr("Export Capacity as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"), true);
    });
    connect(m_png, &QPushButton::clicked, this, [this] {
        askForFile(tr("Export Chart as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"), false);
    });
    rebuildChart();
}

int CapacityWorkspace::weeks() const
{
    return m_weeks->value();
}

void CapacityWorkspace::setWeeks(int weeks)
{
    m_weeks->setValue(weeks); // clamped to the spin box's range
}

void CapacityWorkspace::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_banner, text, isError);
}

QImage CapacityWorkspace::chartImage() const
{
    return m_chartView->grab().toImage();
}

QChart *CapacityWorkspace::chart() const
{
    return m_chartView->chart();
}

void CapacityWorkspace::setChartWeek(int column)
{
    if (column == m_week)
        return;
    m_week = column;
    rebuildChart();
}

void CapacityWorkspace::rebuildChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<PractitionerUtilisation> &rows = m_model->utilisation();
    if (rows.isEmpty() || rows.first().weeks.isEmpty()) {
        chart->setTitle(tr("No practitioners to show"));
        replaceChart(chart);
        return;
    }
    const QDate monday = rows.first().weeks.value(m_week).monday;
    chart->setTitle(
        tr("Week of %1: hours by practitioner").arg(QLocale().toString(monday, QLocale::LongFormat)));
    auto *booked = new QBarSet(tr("Booked"));
    auto *free = new QBarSet(tr("Free"));
    auto *closed = new QBarSet(tr("Clinic closures"));
    auto *blocked = new QBarSet(tr("Personal blocks"));
    booked->setColor(QColor(0x2f, 0x6f, 0xb8));
    free->setColor(QColor(0xa9, 0xd2, 0xa0));
    closed->setColor(QColor(0x9a, 0x9a, 0xa6));
    closed->setBrush(QBrush(QColor(0x9a, 0x9a, 0xa6), Qt::BDiagPattern));
    blocked->setColor(QColor(0xe8, 0xa8, 0x4a));
    blocked->setBrush(QBrush(QColor(0xe8, 0xa8, 0x4a), Qt::Dense4Pattern));
    QStringList names;
    // Bars run top to bottom in the heat map's order.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const UtilisationWeek w = it->weeks.value(m_week);
        // Categories must be unique: two people of one name are told apart by key.
        names << (names.contains(it->practitioner.name) ||
                          std::any_of(rows.cbegin(), rows.cend(),
                                      [&](const PractitionerUtilisation &o) {
                                          return o.practitioner.name == it->practitioner.name &&
                                                 o.practitioner.key != it->practitioner.key;
                                      })
                      ? tr("%1 (%2)").arg(it->practitioner.name, it->practitioner.key)
                      : it->practitioner.name);
        *booked << w.bookedHours;
        *free << std::max(0.0, w.availableHours - w.bookedHours);
        *closed << w.closureHours;
        *blocked << w.blockHours;
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({booked, free, closed, blocked});
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    // Every name readable: small labels, and room for each bar.
    QFont labels = axisY->labelsFont();
    labels.setPointSizeF(std::max(7.0, labels.pointSizeF() - 1.5));
    axisY->setLabelsFont(labels);
    axisY->setTruncateLabels(false);
    m_chartView->setMinimumHeight(
        std::max(220, int(names.size()) * (QFontMetrics(labels).height() * 2 + 2) + 160));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setTitleText(tr("hours"));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    axisX->applyNiceNumbers();
    replaceChart(chart);
}

void CapacityWorkspace::replaceChart(QChart *chart)
{
    // The view releases the chart it showed without deleting it.
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void CapacityWorkspace::askForFile(const QString &title, const QString &filter, const QString &suffix,
                                   bool csv)
{
    auto *dialog = new QFileDialog(this, title);
    dialog->setObjectName(QStringLiteral("capacityExportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(filter);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString &path) {
        if (csv)
            Q_EMIT exportCsvRequested(path);
        else
            Q_EMIT exportPngRequested(path);
    });
    dialog->open();
}

} // namespace caredesk
