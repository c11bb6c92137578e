#pragma once

#include "engine/clinicdata.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace caredesk {

/// The fields of an availability exception — a date range, all day or a time window,
/// a kind and a reason — as the Clinic Closures form and the Block Date dialog share
/// them. Child object names start with `prefix` (e.g. "closureFromDateEdit").
class ExceptionForm final : public QWidget
{
    Q_OBJECT

public:
    ExceptionForm(const QString &prefix, const QList<QPair<QString, QString>> &kindsAndLabels,
                  QWidget *parent = nullptr);

    void setDates(const QDate &from, const QDate &to);
    void setReasonPlaceholder(const QString &text);
    /// What the form holds (practitionerKey left empty).
    [[nodiscard]] ExceptionData exception() const;
    /// Clears the reason and goes back to all day, keeping the dates and kind.
    void clear();
    /// The last field in tab order (for the caller's own tab chain).
    [[nodiscard]] QWidget *lastField() const;
    [[nodiscard]] QWidget *firstField() const;

Q_SIGNALS:
    /// Return pressed in the reason field.
    void submitted();

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_allDay;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QComboBox *m_kind;
    QLineEdit *m_reason;
};

} // namespace caredesk
