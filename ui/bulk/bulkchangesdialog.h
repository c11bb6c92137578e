#pragma once

#include "engine/bulk.h"
#include "engine/clinicsetup.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace caredesk {

/// Bulk changes for managers: weekly hours (from a template or another practitioner)
/// given to many practitioners from a date on, and blocks or closure-day work copied from
/// one practitioner to many. Always a preview first; Apply does exactly what the preview
/// showed, as one bulk change that Tools → Undo Last Bulk Change takes back. Templates
/// are saved from a practitioner's hours here too. Emits intent; BulkController acts.
class BulkChangesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BulkChangesDialog(QWidget *parent = nullptr);

    void setPractitioners(const QList<PractitionerInfo> &practitioners);
    void setTemplates(const QList<HoursTemplate> &templates);
    void setToday(const QDate &today);
    void setHoursPreview(const QList<HoursChange> &changes, const QDate &from);
    void setCopyPreview(const QList<ExceptionData> &additions);
    /// What an action came to; a failed one keeps every field as it was.
    void setResult(bool ok, const QString &message);
    [[nodiscard]] QStringList tickedPractitioners() const;
    /// The source of weekly hours: "t:NAME" (a template) or "p:KEY" (a practitioner's).
    [[nodiscard]] QString hoursSource() const;

Q_SIGNALS:
    void hoursPreviewRequested(const QString &source, const QStringList &keys, const QDate &from);
    void hoursApplyRequested();
    void copyPreviewRequested(const QString &sourceKey, const QStringList &keys, caredesk::CopyKind kind,
                              const QDate &from);
    void copyApplyRequested();
    void templateSaveRequested(const QString &name, const QString &practitionerKey);
    void templateDeleteRequested(const QString &name);

private:
    [[nodiscard]] QWidget *buildHours();
    [[nodiscard]] QWidget *buildCopy();
    void invalidate();
    void rebuildSources();
    [[nodiscard]] QString hoursText(const QList<WorkingInterval> &hours) const;

    QList<PractitionerInfo> m_practitionerList;
    QList<HoursTemplate> m_templateList;
    QListWidget *m_targets;
    QComboBox *m_hoursSource;
    QDateEdit *m_hoursFrom;
    QTableWidget *m_hoursPreview;
    QPushButton *m_hoursApply;
    QLineEdit *m_templateName;
    QPushButton *m_templateSave;
    QPushButton *m_templateDelete;
    QComboBox *m_copySource;
    QButtonGroup *m_copyKind;
    QDateEdit *m_copyFrom;
    QTableWidget *m_copyPreview;
    QPushButton *m_copyApply;
    QLabel *m_message;
};

} // namespace caredesk
