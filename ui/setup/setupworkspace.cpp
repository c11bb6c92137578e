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
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace caredesk {

namespace {

QTableWidget *makeTable(const QString &objectName, const QString &accessibleName, const QStringList &headers,
                        QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void addBuddyRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *l = new QLabel(label, field->parentWidget());
    l->setBuddy(field);
    form->addRow(l, field);
}

} // namespace

SetupWorkspace::SetupWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
{
    setObjectName(QStringLiteral("setupWorkspace"));
    setAccessibleName(tr("Clinic Setup"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(tr("Clinic Setup"), this));
    m_banner->setObjectName(QStringLiteral("setupMessageLabel"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    auto *top = new QHBoxLayout;
    top->addWidget(buildSettings(), 1);
    top->addWidget(buildTypes(), 1);
    layout->addLayout(top);
    layout->addWidget(buildPractitioners(), 1);
}

QWidget *SetupWorkspace::buildSettings()
{
    auto *box = new QGroupBox(tr("Clinic"), this);
    auto *form = new QFormLayout(box);
    m_clinicName = new QLineEdit(box);
    m_clinicName->setObjectName(QStringLiteral("clinicNameLineEdit"));
    m_clinicName->setAccessibleName(tr("Clinic name"));
    m_zone = new QComboBox(box);
    m_zone->setObjectName(QStringLiteral("clinicZoneComboBox"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->lineEdit()->setAccessibleName(tr("Time zone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
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
    m_types = makeTable(QStringLiteral("appointmentTypesTableWidget"), tr("Appointment types"),
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
    auto *box = new QGroupBox(tr("Practitioners"), this);
    auto *layout = new QHBoxLayout(box);
    m_practitioners = makeTable(QStringLiteral("practitionersTableWidget"), tr("Practitioners"),
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

void SetupWorkspace::setSettings(const ClinicSettings &settings)
{
    m_clinicName->setText(settings.name);
    m_zone->setCurrentText(settings.timeZone);
    m_step->setValue(settings.slotStepMinutes);
    validateSettings();
}

void SetupWorkspace::setAppointmentTypes(const QList<AppointmentTypeData> &types)
{
    const QSignalBlocker block(m_types);
    m_types->setRowCount(0);
    for (const AppointmentTypeData &t : types) {
        const int row = m_types->rowCount();
        m_types->insertRow(row);
        m_types->setItem(row, 0, new QTableWidgetItem(t.name));
        m_types->setItem(row, 1, new QTableWidgetItem(t.key));
        m_types->setItem(row, 2, new QTableWidgetItem(QString::number(t.minutes)));
    }
    m_types->resizeColumnsToContents();
}

void SetupWorkspace::setPractitioners(const QList<PractitionerInfo> &practitioners)
{
    const QSignalBlocker block(m_practitioners);
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

} // namespace caredesk
