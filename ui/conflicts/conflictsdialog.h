#pragma once

#include "engine/bulkmove.h"

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QPushButton;
class QTableWidget;

namespace caredesk {

/// Booked appointments the clinic's closures, blocks or hours no longer allow, so that
/// no patient is stranded: from the list the front desk moves them in bulk to each
/// practitioner's next free slot (a preview first, then exactly that), cancels them, or
/// exports the list for phoning patients. With no row selected, an action takes every
/// row. Emits intent; ConflictsController acts and reports back.
/// Whether two lists hold the same appointments at the same versions, in order.
[[nodiscard]] bool sameAppointments(const QList<AppointmentSummary> &a, const QList<AppointmentSummary> &b);

class ConflictsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone) { m_zone = zone; }
    /// The list, fresh from the database. When its appointments are the same as shown
    /// (same ids and versions) nothing changes; otherwise the rows are replaced, the
    /// selection kept where the rows still are, and a preview dropped. Returns whether
    /// the list changed.
    bool setConflicts(const QList<AppointmentSummary> &conflicts);
    [[nodiscard]] const QList<AppointmentSummary> &conflicts() const { return m_conflicts; }
    /// The preview of a bulk move: the Proposed column fills, Move applies exactly it.
    void setPlan(const MovePlan &plan);
    [[nodiscard]] const MovePlan &plan() const { return m_plan; }
    /// The selected rows, or every row when none is selected.
    [[nodiscard]] QList<AppointmentSummary> chosen() const;
    void setBusy(bool busy, const QString &what = {});
    void showMessage(const QString &text, bool isError);

Q_SIGNALS:
    void refreshRequested();
    void previewRequested(const QList<caredesk::AppointmentSummary> &appointments);
    void moveRequested(const caredesk::MovePlan &plan);
    void cancelRequested(const QList<caredesk::AppointmentSummary> &appointments);
    void exportRequested(const QString &path, const caredesk::MovePlan &plan);

private:
    void updateButtons();
    [[nodiscard]] QString when(const QDateTime &instant) const;

    QTimeZone m_zone;
    QList<AppointmentSummary> m_conflicts;
    MovePlan m_plan;
    bool m_busy = false;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_preview;
    QPushButton *m_move;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_refresh;
};

} // namespace caredesk
