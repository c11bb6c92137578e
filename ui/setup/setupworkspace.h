#pragma once

#include "engine/clinicsetup.h"
#include "engine/staff.h"
#include "ui/availability/weeklyhoursdialog.h"
#include "ui/setup/legacyimportdialog.h"
#include "ui/setup/staffdialog.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace caredesk {

/// Clinic Setup (managers): the clinic's name, zone and slot step; appointment types;
/// practitioners (add, rename, deactivate, weekly hours); staff (add with a login,
/// change roles, new password, disable). Everything the demo data
/// holds can be made here, or brought across from the old web system. Forms keep their input when a save is
/// refused. Emits intent; SetupController acts.
class SetupWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit SetupWorkspace(QWidget *parent = nullptr);

    void setSettings(const ClinicSettings &settings);
    void setAppointmentTypes(const QList<AppointmentTypeData> &types);
    void setPractitioners(const QList<PractitionerInfo> &practitioners);
    void showMessage(const QString &text, bool isError);
    void openWeeklyHours(const QString &key, const QString &name, const QList<WorkingInterval> &hours,
                         const QDate &from);
    [[nodiscard]] WeeklyHoursDialog *weeklyHoursDialog() const { return m_hoursDialog; }
    void weeklyHoursFinished(bool saved, const QString &message);
    void setStaff(const QList<StaffMember> &staff);
    /// The clinic's office hours, shown under the settings (hidden when there are none).
    void setOfficeHours(const QList<WorkingInterval> &hours);
    /// The staff form that is open, if any.
    [[nodiscard]] StaffDialog *staffDialog() const { return m_staffDialog; }
    void staffChangeFinished(bool saved, const QString &message);
    /// Import from the Old System…: opens the dialog (the clinic's zone preselected).
    void openLegacyImport();
    /// That dialog, while it is open.
    [[nodiscard]] LegacyImportDialog *legacyImportDialog() const { return m_legacyDialog; }

Q_SIGNALS:
    void settingsSaveRequested(const caredesk::ClinicSettings &settings);
    void typeSaveRequested(const caredesk::AppointmentTypeData &type);
    void practitionerAddRequested(const caredesk::PractitionerInfo &practitioner);
    void practitionerUpdateRequested(const caredesk::PractitionerInfo &practitioner);
    void weeklyHoursRequested(const QString &key, const QString &name);
    void weeklyHoursSaveRequested(const QString &key, const QList<caredesk::WorkingInterval> &hours,
                                  const QDate &from);
    void staffAddRequested(const caredesk::StaffMember &member, const QString &password);
    void staffRolesRequested(const QString &login, const QStringList &roles);
    void staffPasswordRequested(const QString &login, const QString &password);
    void staffDisableRequested(const QString &login);
    /// A dry run (`dryRun`) or the import itself from the old system's database.
    void legacyImportRequested(const QString &conninfo, const QString &zone, bool dryRun);

private:
    [[nodiscard]] QWidget *buildSettings();
    [[nodiscard]] QWidget *buildTypes();
    [[nodiscard]] QWidget *buildPractitioners();
    [[nodiscard]] QWidget *buildStaff();
    void openStaffDialog(StaffDialog::Mode mode);
    [[nodiscard]] std::optional<StaffMember> selectedStaff() const;
    void validateSettings();

    QLabel *m_banner;
    QLineEdit *m_clinicName;
    QComboBox *m_zone;
    QSpinBox *m_step;
    QPushButton *m_saveSettings;
    QLabel *m_settingsHint;
    QLabel *m_officeHours;
    std::optional<ClinicSettings> m_shownSettings; ///< per field, what a load last put there
    QTableWidget *m_types;
    QLineEdit *m_typeKey;
    QLineEdit *m_typeName;
    QSpinBox *m_typeMinutes;
    QTableWidget *m_practitioners;
    QLineEdit *m_practitionerKey;
    QLineEdit *m_practitionerName;
    QCheckBox *m_practitionerActive;
    QPushButton *m_addPractitioner;
    QPushButton *m_updatePractitioner;
    QPushButton *m_hours;
    QPointer<WeeklyHoursDialog> m_hoursDialog;
    QList<PractitionerInfo> m_practitionerList;
    QList<StaffMember> m_staffList;
    QTableWidget *m_staff;
    QPushButton *m_staffRoles;
    QPushButton *m_staffPassword;
    QPushButton *m_staffDisable;
    QPointer<StaffDialog> m_staffDialog;
    QPushButton *m_legacyImport;
    QPointer<LegacyImportDialog> m_legacyDialog;
};

} // namespace caredesk
