#pragma once

#include "engine/clinicdata.h"
#include "ui/book/bookworkspace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace caredesk {

/// The patient's name and phone fields as every booking form has them: their names for
/// tests and assistive technology, the name's length limit, the phone's characters.
void setUpPatientFields(QLineEdit *name, const QString &nameObject, QLineEdit *phone,
                        const QString &phoneObject);

/// Collects the patient's details for one slot, and optionally a weekly repeat (every N
/// weeks, M visits) that makes it the first of a series. OK stays disabled until a name
/// is entered; the details typed are handed back whole, even when the booking then fails.
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
    QCheckBox *m_repeat;
    QSpinBox *m_every;
    QSpinBox *m_visits;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace caredesk
