#pragma once

#include "engine/audit.h"
#include "engine/clinicsetup.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace caredesk {

/// The audit log for managers: who changed which availability, closure or appointment,
/// when, and what it was before and after; filtered by person, practitioner and dates.
/// Emits the filter; AuditController loads the entries.
class AuditDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(QWidget *parent = nullptr);

    void setChoices(const QStringList &actors, const QList<PractitionerInfo> &practitioners);
    void setZone(const QTimeZone &zone) { m_zone = zone; }
    void setEntries(const QList<AuditEntry> &entries, int limit);
    void showMessage(const QString &text, bool isError);
    [[nodiscard]] AuditFilter filter() const;
    /// Sets the dates shown before the first load (the last 30 days by the clinic's clock).
    void setDates(const QDate &from, const QDate &to);

Q_SIGNALS:
    void filterChanged(const caredesk::AuditFilter &filter);

private:
    void showDetails(int row);
    [[nodiscard]] QString fieldLabel(const QString &field) const;
    [[nodiscard]] QString fieldValue(const QString &field, const QString &value) const;

    QTimeZone m_zone;
    QList<AuditEntry> m_entries;
    QComboBox *m_actor;
    QComboBox *m_practitioner;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QTableWidget *m_details;
    QLabel *m_message;
};

} // namespace caredesk
