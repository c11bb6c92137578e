#pragma once

#include <QImage>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace caredesk {

class UtilisationModel;

/// Capacity (managers): per practitioner and week, booked against available hours and
/// what closures and personal blocks took, for the coming weeks. A heat map of every
/// week (UtilisationModel) and a chart of the selected one. Emits intent;
/// CapacityController loads and exports.
class CapacityWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityWorkspace(QWidget *parent = nullptr);

    [[nodiscard]] UtilisationModel *model() const { return m_model; }
    [[nodiscard]] int weeks() const;
    void setWeeks(int weeks);
    void showMessage(const QString &text, bool isError);
    /// The chart as it is drawn now (for Export PNG).
    [[nodiscard]] QImage chartImage() const;
    /// The week the chart shows (a column of the heat map).
    void setChartWeek(int column);
    [[nodiscard]] int chartWeek() const { return m_week; }
    [[nodiscard]] QChart *chart() const;

Q_SIGNALS:
    void weeksChanged(int weeks);
    void exportCsvRequested(const QString &path);
    void exportPngRequested(const QString &path);

private:
    void rebuildChart();
    void replaceChart(QChart *chart);
    void askForFile(const QString &title, const QString &filter, const QString &suffix, bool csv);

    UtilisationModel *m_model;
    QSpinBox *m_weeks;
    QChartView *m_chartView;
    QTableView *m_heat;
    QLabel *m_banner;
    QPushButton *m_csv;
    QPushButton *m_png;
    int m_week = 0;
    QString m_keptKey; ///< the practitioner of the current cell, across a reload
};

} // namespace caredesk
