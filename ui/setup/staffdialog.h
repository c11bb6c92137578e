#pragma once

#include "engine/clinicsetup.h"
#include "engine/staff.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace caredesk {

/// A manager's staff form (Clinic Setup → Staff): add a staff member (login, name, roles,
/// the practitioner they are, a first password), change someone's roles, or give them a
/// new password. It says what is wrong as it is typed, keeps Save disabled until the form
/// makes sense, and stays open — input kept — until the controller reports it saved.
class StaffDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Roles,
        Password
    };

    StaffDialog(Mode mode, const StaffMember &member, const QList<PractitionerInfo> &practitioners,
                QWidget *parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] StaffMember member() const;
    [[nodiscard]] QString password() const;
    void setResult(bool saved, const QString &message);

Q_SIGNALS:
    /// Save pressed on a form that makes sense (password empty in Roles mode).
    void saveRequested(const caredesk::StaffMember &member, const QString &password);

private:
    void validate();

    Mode m_mode;
    StaffMember m_member;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_frontDesk = nullptr;
    QCheckBox *m_practitioner = nullptr;
    QCheckBox *m_manager = nullptr;
    QComboBox *m_practitionerKey = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace caredesk
