#pragma once

#include "engine/clinicdata.h"
#include "ui/book/bookworkspace.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace caredesk {

/// Collects the patient's details for one slot. OK stays disabled until a name is
/// entered; the details typed are handed back whole, even when the booking then fails.
class BookDialog final : public QDialog
{
    Q_OBJECT

public:
    BookDialog(const QString &slotText, const QList<AppointmentTypeData> &types,
               const PatientDetails &prefill, QWidget *parent = nullptr);
    [[nodiscard]] PatientDetails details() const;

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_phone;
    QComboBox *m_type;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace caredesk
