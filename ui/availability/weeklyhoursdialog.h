#pragma once

#include "engine/clinicdata.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace caredesk {

/// The weekly working-hours editor: any number of intervals per weekday, from a
/// chosen date on. It explains overlaps as they are typed and keeps Save disabled
/// until the hours make sense; it stays open until the controller reports them saved.
class WeeklyHoursDialog final : public QDialog
{
    Q_OBJECT

public:
    WeeklyHoursDialog(const QString &practitionerName, const QList<WorkingInterval> &hours, const QDate &from,
                      QWidget *parent = nullptr);
    [[nodiscard]] QList<WorkingInterval> hours() const;
    [[nodiscard]] QDate from() const;
    void setResult(bool saved, const QString &message);
    /// Adds an interval row (Monday 09:00–17:00 unless given).
    void addInterval(const WorkingInterval &interval);

Q_SIGNALS:
    void saveRequested(const QList<caredesk::WorkingInterval> &hours, const QDate &from);

private:
    void validate();

    QTableWidget *m_table;
    QDateEdit *m_from;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace caredesk
