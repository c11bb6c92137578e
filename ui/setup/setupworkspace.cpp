#include "setupworkspace.h"

#include "ui/shell/inlinemessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace caredesk {

SetupWorkspace::SetupWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
{
    setObjectName(QStringLiteral("setupWorkspace"));
    setAccessibleName(tr("Clinic Setup"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QHBoxLayout;
    heading->addWidget(makePageHeading(tr("Clinic Setup"), this), 1);
    m_legacyImport = new QPushButton(tr("Import from the &Old System…"), this);
    m_legacyImport->setObjectName(QStringLiteral("legacyImportOpenPushButton"));
    m_legacyImport->setToolTip(tr("Bring practitioners, hours, block dates, closures and appointments across "
                                  "from the old web system"));
    connect(m_legacyImport, &QPushButton::clicked, this, &SetupWorkspace::openLegacyImport);
    heading->addWidget(m_legacyImport);
    layout->addLayout(heading);
    m_banner->setObjectName(QStringLiteral("setupMessageLabel"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    auto *top = new QHBoxLayout;
    top->addWidget(buildSettings(), 1);
    top->addWidget(buildTypes(), 1);
    layout->addLayout(top);
    auto *people = new QTabWidget(this);
    people->setObjectName(QStringLiteral("setupPeopleTabWidget"));
    people->setAccessibleName(tr("Practitioners and staff"));
    people->addTab(buildPractitioners(), tr("&Practitioners"));
    people->addTab(buildStaff(), tr("S&taff"));
    layout->addWidget(people, 1);
}

QWidget *SetupWorkspace::buildSettings()
{
    auto *box = new QGroupBox(tr("Clinic"), this);
    auto *form = new QFormLayout(box);
    m_clinicName = new QLineEdit(box);
    m_clinicName->setObjectName(QStringLiteral("clinicNameLineEdit"));
    m_clinicName->setAccessibleName(tr("Clinic name"));
    m_zone = makeZoneComboBox(QStringLiteral("clinicZoneComboBox"), tr("Time zone"), box);
    m_step = new QSpinBox(box);
    m_step->setObjectName(QStringLiteral("slotStepSpinBox"));
    m_step->setAccessibleName(tr("Slot step in minutes"));
    m_step->setRange(5, 240);
    m_step->setSingleStep(5);
    m_step->setSuffix(tr(" min"));
    m_saveSettings = new QPushButton(tr("Save &Settings"), box);
    m_saveSettings->setObjectName(QStringLiteral("saveSettingsPushButton"));
    m_settingsHint = new QLabel(box);
    m_settingsHint->setWordWrap(true);
    addBuddyRow(form, tr("&Name:"), m_clinicName);
    addBuddyRow(form, tr("Time &zone:"), m_zone);
    addBuddyRow(form, tr("Slot s&tep:"), m_step);
    form->addRow(m_settingsHint);
    m_officeHours = new QLabel(box);
    m_officeHours->setObjectName(QStringLiteral("officeHoursLabel"));
    m_officeHours->setAccessibleName(tr("Office hours"));
    m_officeHours->setWordWrap(true);
    m_officeHours->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_officeHours->setVisible(false);
    form->addRow(m_officeHours);
    form->addRow(m_saveSettings);
    connect(m_clinicName, &QLineEdit::textChanged, this, &SetupWorkspace::validateSettings);
    connect(m_zone, &QComboBox::currentTextChanged, this, &SetupWorkspace::validateSettings);
    connect(m_saveSettings, &QPushButton::clicked, this, [this] {
        Q_EMIT settingsSaveRequested(
            {m_clinicName->text().trimmed(), m_zone->currentText().trimmed(), m_step->value()});
    });
    return box;
}

void SetupWorkspace::validateSettings()
{
    const auto problem =
        clinicSettingsProblem({m_clinicName->text(), m_zone->currentText().trimmed(), m_step->value()});
    m_saveSettings->setEnabled(!problem);
    m_settingsHint->setText(problem.value_or(tr(
        "Changing the zone or step changes every free slot shown; booked appointments keep their times.")));
}

QWidget *SetupWorkspace::buildTypes()
{
    auto *box = new QGroupBox(tr("Appointment Types"), this);
    auto *layout = new QVBoxLayout(box);
    m_types = makeRowTable(QStringLiteral("appointmentTypesTableWidget"), tr("Appointment types"),
                           {tr("Name"), tr("Key"), tr("Minutes")}, box);
    layout->addWidget(m_types, 1);
    auto *form = new QFormLayout;
    m_typeKey = new QLineEdit(box);
    m_typeKey->setObjectName(QStringLiteral("typeKeyLineEdit"));
    m_typeKey->setAccessibleName(tr("Type key"));
    m_typeKey->setPlaceholderText(tr("e.g. long-consult"));
    m_typeName = new QLineEdit(box);
    m_typeName->setObjectName(QStringLiteral("typeNameLineEdit"));
    m_typeName->setAccessibleName(tr("Type name"));
    m_typeMinutes = new QSpinBox(box);
    m_typeMinutes->setObjectName(QStringLiteral("typeMinutesSpinBox"));
    m_typeMinutes->setAccessibleName(tr("Type length in minutes"));
    m_typeMinutes->setRange(5, 480);
    m_typeMinutes->setSingleStep(5);
    m_typeMinutes->setValue(30);
    m_typeMinutes->setSuffix(tr(" min"));
    addBuddyRow(form, tr("&Key:"), m_typeKey);
    addBuddyRow(form, tr("Na&me:"), m_typeName);
    addBuddyRow(form, tr("&Length:"), m_typeMinutes);
    layout->addLayout(form);
    auto *save = new QPushButton(tr("Save T&ype"), box);
    save->setObjectName(QStringLiteral("saveTypePushButton"));
    save->setToolTip(tr("Adds a type, or changes the one with this key"));
    layout->addWidget(save);
    connect(save, &QPushButton::clicked, this, [this] {
        Q_EMIT typeSaveRequested(
            {m_typeKey->text().trimmed(), m_typeName->text().trimmed(), m_typeMinutes->value()});
    });
    connect(m_types, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_typeName->setText(m_types->item(row, 0)->text());
        m_typeKey->setText(m_types->item(row, 1)->text());
        m_typeMinutes->setValue(m_types->item(row, 2)->text().toInt());
    });
    return box;
}

QWidget *SetupWorkspace::buildPractitioners()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("setupPractitionersPage"));
    auto *layout = new QHBoxLayout(box);
    m_practitioners = makeRowTable(QStringLiteral("practitionersTableWidget"), tr("Practitioners"),
                                   {tr("Name"), tr("Key"), tr("Status")}, box);
    layout->addWidget(m_practitioners, 2);
    auto *side = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_practitionerKey = new QLineEdit(box);
    m_practitionerKey->setObjectName(QStringLiteral("practitionerKeyLineEdit"));
    m_practitionerKey->setAccessibleName(tr("Practitioner key"));
    m_practitionerKey->setPlaceholderText(tr("e.g. akim (cannot change later)"));
    m_practitionerName = new QLineEdit(box);
    m_practitionerName->setObjectName(QStringLiteral("practitionerNameLineEdit"));
    m_practitionerName->setAccessibleName(tr("Practitioner name"));
    m_practitionerActive = new QCheckBox(tr("Ac&tive (bookable)"), box);
    m_practitionerActive->setObjectName(QStringLiteral("practitionerActiveCheckBox"));
    m_practitionerActive->setChecked(true);
    addBuddyRow(form, tr("K&ey:"), m_practitionerKey);
    addBuddyRow(form, tr("N&ame:"), m_practitionerName);
    form->addRow(m_practitionerActive);
    side->addLayout(form);
    m_addPractitioner = new QPushButton(tr("A&dd Practitioner"), box);
    m_addPractitioner->setObjectName(QStringLiteral("addPractitionerPushButton"));
    m_updatePractitioner = new QPushButton(tr("Save &Changes"), box);
    m_updatePractitioner->setObjectName(QStringLiteral("updatePractitionerPushButton"));
    m_hours = new QPushButton(tr("Weekly &Hours…"), box);
    m_hours->setObjectName(QStringLiteral("setupWeeklyHoursPushButton"));
    side->addWidget(m_addPractitioner);
    side->addWidget(m_updatePractitioner);
    side->addWidget(m_hours);
    side->addStretch(1);
    layout->addLayout(side, 1);
    const auto current = [this] {
        return PractitionerInfo{m_practitionerKey->text().trimmed(), m_practitionerName->text().trimmed(),
                                m_practitionerActive->isChecked()};
    };
    connect(m_addPractitioner, &QPushButton::clicked, this,
            [this, current] { Q_EMIT practitionerAddRequested(current()); });
    connect(m_updatePractitioner, &QPushButton::clicked, this,
            [this, current] { Q_EMIT practitionerUpdateRequested(current()); });
    connect(m_hours, &QPushButton::clicked, this, [this] {
        if (!m_practitionerKey->text().trimmed().isEmpty())
            Q_EMIT weeklyHoursRequested(m_practitionerKey->text().trimmed(),
                                        m_practitionerName->text().trimmed());
    });
    connect(m_practitioners, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_practitionerName->setText(m_practitioners->item(row, 0)->text());
        m_practitionerKey->setText(m_practitioners->item(row, 1)->text());
        m_practitionerActive->setChecked(m_practitioners->item(row, 0)->data(Qt::UserRole).toBool());
    });
    return box;
}

QWidget *SetupWorkspace::buildStaff()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("setupStaffPage"));
    auto *layout = new QHBoxLayout(page);
    m_staff = makeRowTable(QStringLiteral("staffTableWidget"), tr("Staff"),
                           {tr("Name"), tr("Login"), tr("Roles"), tr("Practitioner"), tr("Sign-in")}, page);
    layout->addWidget(m_staff, 2);
    auto *side = new QVBoxLayout;
    auto *add = new QPushButton(tr("Add Staff &Member…"), page);
    add->setObjectName(QStringLiteral("staffAddPushButton"));
    m_staffRoles = new QPushButton(tr("Change &Roles…"), page);
    m_staffRoles->setObjectName(QStringLiteral("staffRolesPushButton"));
    m_staffPassword = new QPushButton(tr("New Pass&word…"), page);
    m_staffPassword->setObjectName(QStringLiteral("staffPasswordPushButton"));
    m_staffPassword->setToolTip(tr("Gives a new password; a disabled sign-in works again with it"));
    m_staffDisable = new QPushButton(tr("D&isable Sign-In…"), page);
    m_staffDisable->setObjectName(QStringLiteral("staffDisablePushButton"));
    auto *hint = new QLabel(tr("Each person signs in with their own login; the database decides what "
                               "their roles allow."),
                            page);
    hint->setWordWrap(true);
    for (QWidget *w :
         std::initializer_list<QWidget *>{add, m_staffRoles, m_staffPassword, m_staffDisable, hint})
        side->addWidget(w);
    side->addStretch(1);
    layout->addLayout(side, 1);
    connect(add, &QPushButton::clicked, this, [this] { openStaffDialog(StaffDialog::Mode::Add); });
    connect(m_staffRoles, &QPushButton::clicked, this, [this] { openStaffDialog(StaffDialog::Mode::Roles); });
    connect(m_staffPassword, &QPushButton::clicked, this,
            [this] { openStaffDialog(StaffDialog::Mode::Password); });
    connect(m_staffDisable, &QPushButton::clicked, this, [this] {
        const auto member = selectedStaff();
        if (!member)
            return;
        auto *confirm = new QMessageBox(
            QMessageBox::Question, tr("Disable Sign-In"),
            tr("%1 (%2) will no longer be able to sign in. Their history stays; a new password "
               "lets them sign in again.")
                .arg(member->name, member->login),
            QMessageBox::Yes | QMessageBox::No, this);
        confirm->setObjectName(QStringLiteral("disableStaffMessageBox"));
        confirm->button(QMessageBox::Yes)->setText(tr("&Disable"));
        confirm->button(QMessageBox::No)->setText(tr("&Keep"));
        confirm->setDefaultButton(QMessageBox::No);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        const QString login = member->login;
        connect(confirm, &QMessageBox::finished, this, [this, login](int result) {
            if (result == QMessageBox::Yes)
                Q_EMIT staffDisableRequested(login);
        });
        confirm->open();
    });
    const auto updateButtons = [this] {
        const auto member = selectedStaff();
        m_staffRoles->setEnabled(member.has_value());
        m_staffPassword->setEnabled(member.has_value());
        m_staffDisable->setEnabled(member && member->active && member->canSignIn);
    };
    connect(m_staff, &QTableWidget::itemSelectionChanged, this, updateButtons);
    connect(m_staff, &QTableWidget::cellActivated, this,
            [this] { openStaffDialog(StaffDialog::Mode::Roles); });
    updateButtons();
    return page;
}

std::optional<StaffMember> SetupWorkspace::selectedStaff() const
{
    const QString login = selectedRowKey(m_staff, 1);
    if (login.isEmpty())
        return std::nullopt;
    for (const StaffMember &m : m_staffList) {
        if (m.login == login)
            return m;
    }
    return std::nullopt;
}

void SetupWorkspace::openStaffDialog(StaffDialog::Mode mode)
{
    if (m_staffDialog)
        return;
    const auto member = selectedStaff();
    if (mode != StaffDialog::Mode::Add && !member)
        return;
    // A practitioner already linked to a login is not offered again: linking them here
    // would silently take their own-hours rights from that login.
    QList<PractitionerInfo> unlinked;
    for (const PractitionerInfo &p : std::as_const(m_practitionerList)) {
        if (std::none_of(m_staffList.cbegin(), m_staffList.cend(),
                         [&p](const StaffMember &m) { return m.practitionerKey == p.key; }))
            unlinked.append(p);
    }
    m_staffDialog = new StaffDialog(mode, member.value_or(StaffMember{}), unlinked, this);
    m_staffDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_staffDialog, &StaffDialog::saveRequested, this,
            [this, mode](const StaffMember &m, const QString &password) {
                switch (mode) {
                case StaffDialog::Mode::Add:
                    Q_EMIT staffAddRequested(m, password);
                    break;
                case StaffDialog::Mode::Roles:
                    Q_EMIT staffRolesRequested(m.login, m.roles);
                    break;
                case StaffDialog::Mode::Password:
                    Q_EMIT staffPasswordRequested(m.login, password);
                    break;
                }
            });
    m_staffDialog->open();
}

void SetupWorkspace::staffChangeFinished(bool saved, const QString &message)
{
    if (m_staffDialog)
        m_staffDialog->setResult(saved, message);
    showMessage(message, !saved);
}

void SetupWorkspace::setStaff(const QList<StaffMember> &staff)
{
    const QString selected = selectedRowKey(m_staff, 1);
    m_staffList = staff;
    QSignalBlocker block(m_staff);
    m_staff->setRowCount(0);
    const QHash<QString, QString> roleNames{{QStringLiteral("front_desk"), tr("Front desk")},
                                            {QStringLiteral("practitioner"), tr("Practitioner")},
                                            {QStringLiteral("manager"), tr("Manager")}};
    for (const StaffMember &m : staff) {
        const int row = m_staff->rowCount();
        m_staff->insertRow(row);
        QStringList roles;
        for (const QString &r : m.roles)
            roles << roleNames.value(r, r);
        QString practitioner = m.practitionerKey;
        for (const PractitionerInfo &p : m_practitionerList) {
            if (p.key == m.practitionerKey)
                practitioner = p.name;
        }
        const QString status =
            !m.active ? tr("Disabled") : (m.canSignIn ? tr("Can sign in") : tr("No login"));
        const QStringList cells{m.name, m.login, roles.join(QStringLiteral(", ")), practitioner, status};
        for (int c = 0; c < cells.size(); ++c)
            m_staff->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    selectRowByKey(m_staff, 1, selected);
    m_staff->resizeColumnsToContents();
    block.unblock();
    Q_EMIT m_staff->itemSelectionChanged(); // the buttons follow the kept selection
}

void SetupWorkspace::setSettings(const ClinicSettings &settings)
{
    // A reload after someone else's change must not undo what the manager is typing. Each
    // field follows the database when it still shows what was last put into it (or already
    // shows the new value); otherwise it holds the manager's unsaved edit, which stays, and
    // so does the record of what it was edited from. Text is compared trimmed, as saved.
    ClinicSettings put = m_shownSettings.value_or(settings);
    const bool first = !m_shownSettings;
    // Whether a field showing `shown` follows the database; if so, `last` becomes `incoming`.
    const auto follows = [first](const auto &shown, auto &last, const auto &incoming) {
        if (!first && shown != last && shown != incoming)
            return false;
        last = incoming;
        return true;
    };
    // (Equal text is not set again: that would move the cursor.)
    if (follows(m_clinicName->text().trimmed(), put.name, settings.name) &&
        m_clinicName->text() != settings.name)
        m_clinicName->setText(settings.name);
    if (follows(m_zone->currentText().trimmed(), put.timeZone, settings.timeZone) &&
        m_zone->currentText() != settings.timeZone)
        m_zone->setCurrentText(settings.timeZone);
    if (follows(m_step->value(), put.slotStepMinutes, settings.slotStepMinutes))
        m_step->setValue(settings.slotStepMinutes);
    m_shownSettings = put;
    validateSettings();
}

void SetupWorkspace::setAppointmentTypes(const QList<AppointmentTypeData> &types)
{
    const QString selected = selectedRowKey(m_types, 1);
    const QSignalBlocker block(m_types); // the form below keeps what is typed in it
    m_types->setRowCount(0);
    for (const AppointmentTypeData &t : types) {
        const int row = m_types->rowCount();
        m_types->insertRow(row);
        m_types->setItem(row, 0, new QTableWidgetItem(t.name));
        m_types->setItem(row, 1, new QTableWidgetItem(t.key));
        m_types->setItem(row, 2, new QTableWidgetItem(QString::number(t.minutes)));
    }
    selectRowByKey(m_types, 1, selected);
    m_types->resizeColumnsToContents();
}

void SetupWorkspace::setPractitioners(const QList<PractitionerInfo> &practitioners)
{
    m_practitionerList = practitioners;
    const QString selected = selectedRowKey(m_practitioners, 1);
    const QSignalBlocker block(m_practitioners); // the form beside keeps what is typed in it
    m_practitioners->setRowCount(0);
    for (const PractitionerInfo &p : practitioners) {
        const int row = m_practitioners->rowCount();
        m_practitioners->insertRow(row);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.active);
        m_practitioners->setItem(row, 0, name);
        m_practitioners->setItem(row, 1, new QTableWidgetItem(p.key));
        m_practitioners->setItem(row, 2, new QTableWidgetItem(p.active ? tr("Active") : tr("Inactive")));
    }
    selectRowByKey(m_practitioners, 1, selected);
    m_practitioners->resizeColumnsToContents();
}

void SetupWorkspace::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_banner, text, isError);
}

void SetupWorkspace::openWeeklyHours(const QString &key, const QString &name,
                                     const QList<WorkingInterval> &hours, const QDate &from)
{
    if (m_hoursDialog)
        return;
    m_hoursDialog = new WeeklyHoursDialog(name, hours, from, this);
    m_hoursDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_hoursDialog, &WeeklyHoursDialog::saveRequested, this,
            [this, key](const QList<WorkingInterval> &h, const QDate &f) {
                Q_EMIT weeklyHoursSaveRequested(key, h, f);
            });
    m_hoursDialog->open();
}

void SetupWorkspace::weeklyHoursFinished(bool saved, const QString &message)
{
    if (m_hoursDialog)
        m_hoursDialog->setResult(saved, message);
    showMessage(message, !saved);
}

void SetupWorkspace::openLegacyImport()
{
    if (m_legacyDialog) {
        m_legacyDialog->raise();
        m_legacyDialog->activateWindow();
        return;
    }
    m_legacyDialog = new LegacyImportDialog(this);
    m_legacyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_legacyDialog->setZone(m_shownSettings ? m_shownSettings->timeZone : QStringLiteral("Australia/Sydney"));
    connect(m_legacyDialog, &LegacyImportDialog::previewRequested, this,
            [this](const QString &conninfo, const QString &zone) {
                Q_EMIT legacyImportRequested(conninfo, zone, true);
            });
    connect(m_legacyDialog, &LegacyImportDialog::importRequested, this,
            [this](const QString &conninfo, const QString &zone) {
                Q_EMIT legacyImportRequested(conninfo, zone, false);
            });
    m_legacyDialog->open();
}

void SetupWorkspace::setOfficeHours(const QList<WorkingInterval> &hours)
{
    // Weekdays with the same times and validity on one line: "Mon, Tue, Wed 08:00–18:00".
    QList<QPair<WorkingInterval, QStringList>> lines;
    for (const WorkingInterval &h : hours) {
        const QString day = locale().dayName(h.weekday, QLocale::ShortFormat);
        auto same = std::find_if(lines.begin(), lines.end(), [&h](const auto &line) {
            const WorkingInterval &o = line.first;
            return o.start == h.start && o.end == h.end && o.validFrom == h.validFrom &&
                   o.validUntil == h.validUntil;
        });
        if (same == lines.end())
            lines.append({h, {day}});
        else
            same->second.append(day);
    }
    QStringList text;
    for (const auto &[h, days] : std::as_const(lines)) {
        QString line =
            tr("%1 %2–%3")
                .arg(days.join(QStringLiteral(", ")), formatWallMinutes(h.start), formatWallMinutes(h.end));
        if (h.validFrom)
            line +=
                QLatin1Char(' ') + tr("from %1").arg(locale().toString(*h.validFrom, QLocale::ShortFormat));
        if (h.validUntil)
            line +=
                QLatin1Char(' ') + tr("until %1").arg(locale().toString(*h.validUntil, QLocale::ShortFormat));
        text << line;
    }
    m_officeHours->setText(text.isEmpty()
                               ? QString()
                               : tr("Office hours (from the old system; not used for availability): %1")
                                     .arg(text.join(QStringLiteral("; "))));
    m_officeHours->setVisible(!text.isEmpty());
}

} // namespace caredesk
