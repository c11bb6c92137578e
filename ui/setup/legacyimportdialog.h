#pragma once

#include "engine/legacyimport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace caredesk {

/// Clinic Setup → Import from the Old System…: the old database's connection and the
/// zone its times are in, a preview (a dry run: the same report a real import would
/// give, with counts and every row that will be skipped and why), then Import, with
/// progress while it runs; the report can be saved. Emits intent; SetupController
/// runs the import. What the user typed stays through errors.
class LegacyImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LegacyImportDialog(QWidget *parent = nullptr);

    /// The zone list's default (the clinic's zone).
    void setZone(const QString &zone);
    void setConninfo(const QString &conninfo);

    /// Working: what on, and how far (step of `steps`); the fields wait.
    void setProgress(const QString &text, int step, int steps);
    /// Something went wrong: the message; the fields and any preview stay as they were.
    void showError(const QString &message);
    /// A dry run's report (Import becomes possible) or the import's (done).
    void showReport(const LegacyImportReport &report);
    /// Writes the report shown as text to `path` (whole or not at all); false says why.
    [[nodiscard]] bool saveReport(const QString &path, QString *error = nullptr) const;

    [[nodiscard]] const std::optional<LegacyImportReport> &report() const { return m_report; }

Q_SIGNALS:
    void previewRequested(const QString &conninfo, const QString &zone);
    void importRequested(const QString &conninfo, const QString &zone);

private:
    void requestPreview();
    void requestImport();
    void inputsChanged();
    void setIdle();
    void chooseReportFile();

    QLabel *m_intro;
    QLineEdit *m_conninfo;
    QComboBox *m_zone;
    QPushButton *m_preview;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_counts;
    QTableWidget *m_skipped;
    QPushButton *m_import;
    QPushButton *m_save;
    std::optional<LegacyImportReport> m_report;
    bool m_previewCurrent = false; ///< the report is a dry run of what the fields say now
    bool m_busy = false;
};

} // namespace caredesk
