#pragma once

#include "engine/schedule.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

namespace caredesk {

/// Picks the staff member using this client (passwords come with per-person
/// database roles). Type to jump to a name, Enter signs in.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const QList<StaffMember> &staff, const QString &current, QWidget *parent = nullptr);
    [[nodiscard]] StaffMember selected() const;

private:
    QList<StaffMember> m_staff;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

/// "front desk, practitioner" for display.
[[nodiscard]] QString describeRoles(const QStringList &roles);

} // namespace caredesk
