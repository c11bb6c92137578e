#pragma once

#include "engine/holidayimport.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace caredesk {

class ImportPlanModel;

/// Clinic Closures → Import…: a calendar file or feed address and a date range, a
/// preview of what the import would create, change, remove and skip (the manager
/// ticks what to keep), and the import itself. Also reviews a subscribed feed's
/// changes. Emits intent; ClosuresController loads, plans and applies. What the user
/// typed is kept through errors.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    void setRange(const QDate &from, const QDate &to);
    void setSource(const QString &source);
    /// Reviewing a saved feed's changes: the address is fixed, nothing to subscribe.
    void setReviewMode(const QString &feedTitle);
    /// Offers to save the address as a feed (ticked for Feeds → Subscribe…).
    void setSubscribe(bool subscribe);

    /// Working: the text says on what; buttons wait, fields keep their text.
    void setBusy(const QString &text);
    /// Something went wrong: the message, and the fields as they were. A failed import
    /// keeps its preview and ticks (`keepPreview`), so trying again is one click.
    void showError(const QString &message, bool keepPreview = false);
    /// The preview for the current source and range.
    void showPreview(const ImportPlan &plan);

    [[nodiscard]] ImportPlanModel *model() const { return m_model; }

Q_SIGNALS:
    void previewRequested(const QString &source, const QDate &from, const QDate &to);
    void importRequested(const QSet<QString> &chosenKeys, bool subscribe, const QString &feedName);

private:
    void requestPreview();
    void requestImport();
    void invalidatePreview();
    void updateImportButton();
    void setIdle();

    ImportPlanModel *m_model;
    QLabel *m_intro;
    QLineEdit *m_source;
    QPushButton *m_browse;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_subscribe;
    QLineEdit *m_feedName;
    QPushButton *m_preview;
    QLabel *m_status;
    QTableView *m_table;
    QPushButton *m_tickAll;
    QPushButton *m_untickAll;
    QPushButton *m_import;
    bool m_busy = false;
    bool m_previewCurrent = false;
    bool m_review = false;
};

} // namespace caredesk
