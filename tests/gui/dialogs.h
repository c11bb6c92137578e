#pragma once

// One of each dialog the client opens, filled with plausible content, for tests that
// look at every dialog (accessibility, pseudo-translation).
#include "engine/clinicdata.h"
#include "engine/schedule.h"
#include "models/workspacemodel.h"
#include "ui/audit/auditdialog.h"
#include "ui/availability/blockdialog.h"
#include "ui/availability/weeklyhoursdialog.h"
#include "ui/book/bookdialog.h"
#include "ui/book/seriespreviewdialog.h"
#include "ui/book/waitlistpanel.h"
#include "ui/bulk/bulkchangesdialog.h"
#include "ui/closures/importdialog.h"
#include "ui/conflicts/conflictsdialog.h"
#include "ui/setup/legacyimportdialog.h"
#include "ui/setup/staffdialog.h"
#include "ui/shell/passwordsignindialog.h"
#include "ui/shell/signindialog.h"

#include <QtTest>

#include <memory>
#include <vector>

namespace caredesk::test {

/// A data row per workspace (column "workspace", the Workspace as int).
inline void addWorkspaceRows()
{
    QTest::addColumn<int>("workspace");
    for (auto w : {WorkspaceModel::Workspace::MyAvailability, WorkspaceModel::Workspace::ClinicClosures,
                   WorkspaceModel::Workspace::Book, WorkspaceModel::Workspace::ClinicSetup,
                   WorkspaceModel::Workspace::Capacity})
        QTest::newRow(QMetaEnum::fromType<WorkspaceModel::Workspace>().valueToKey(int(w))) << int(w);
}

inline std::vector<std::unique_ptr<QDialog>> everyDialog(QWidget *parent)
{
    const QDate day(2025, 12, 22);
    const QList<WorkingInterval> hours{{1, 9 * 60, 17 * 60, {}, {}}};
    StaffMember reception;
    reception.id = 1;
    reception.login = QStringLiteral("reception");
    reception.name = QStringLiteral("Riley Front");
    reception.roles = {QStringLiteral("front_desk")};
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ImportDialog>(parent));
    dialogs.push_back(std::make_unique<BlockDialog>(QStringLiteral("David Brown"), day, day, parent));
    dialogs.push_back(std::make_unique<WeeklyHoursDialog>(QStringLiteral("David Brown"), hours, day, parent));
    dialogs.push_back(std::make_unique<BookDialog>(
        QStringLiteral("Mon 22 Dec 09:00"),
        QList<AppointmentTypeData>{{QStringLiteral("standard"), QStringLiteral("Standard"), 30}},
        PatientDetails{}, parent));
    dialogs.push_back(std::make_unique<SignInDialog>(QList<StaffMember>{reception}, QString(), parent));
    auto signIn = std::make_unique<PasswordSignInDialog>(PasswordSignInDialog::Mode::SignIn, parent);
    signIn->setRememberAvailable(true);
    signIn->setLogin(QStringLiteral("reception"));
    dialogs.push_back(std::move(signIn));
    const QList<PractitionerInfo> practitioners{
        {QStringLiteral("dbrown"), QStringLiteral("David Brown"), true},
        {QStringLiteral("iwizz"), QStringLiteral("Isla Wizz"), true}};
    dialogs.push_back(
        std::make_unique<StaffDialog>(StaffDialog::Mode::Add, StaffMember{}, practitioners, parent));
    dialogs.push_back(
        std::make_unique<StaffDialog>(StaffDialog::Mode::Password, reception, practitioners, parent));

    // Appointments to resolve, with a preview.
    AppointmentSummary smith;
    smith.id = 1;
    smith.practitionerKey = QStringLiteral("dbrown");
    smith.practitionerName = QStringLiteral("David Brown");
    smith.patient = QStringLiteral("P. Smith");
    smith.phone = QStringLiteral("0400 000 000");
    smith.start = QDateTime(day, QTime(9, 0), QTimeZone("Australia/Sydney"));
    smith.end = smith.start.addSecs(1800);
    smith.status = QStringLiteral("booked");
    smith.conflict = QStringLiteral("Christmas closure");
    auto conflicts = std::make_unique<ConflictsDialog>(parent);
    conflicts->setZone(QTimeZone("Australia/Sydney"));
    conflicts->setConflicts({smith});
    conflicts->setPlan(MovePlan{{MoveProposal{smith, smith.start.addDays(1), smith.end.addDays(1)}}});
    dialogs.push_back(std::move(conflicts));

    auto bulk = std::make_unique<BulkChangesDialog>(parent);
    bulk->setPractitioners(practitioners);
    bulk->setTemplates({HoursTemplate{1, QStringLiteral("Standard week"), hours}});
    bulk->setToday(day);
    bulk->setHoursPreview({HoursChange{QStringLiteral("iwizz"), QStringLiteral("Isla Wizz"), hours, hours}},
                          day);
    dialogs.push_back(std::move(bulk));

    auto audit = std::make_unique<AuditDialog>(parent);
    audit->setZone(QTimeZone("Australia/Sydney"));
    audit->setChoices({QStringLiteral("boss")}, practitioners);
    audit->setDates(day.addDays(-30), day);
    AuditEntry entry;
    entry.id = 1;
    entry.at = smith.start;
    entry.actor = QStringLiteral("boss");
    entry.table = QStringLiteral("appointments");
    entry.operation = QStringLiteral("UPDATE");
    entry.practitionerName = QStringLiteral("David Brown");
    entry.before = QJsonObject{{QStringLiteral("starts_at"), QStringLiteral("2025-12-22T09:00:00+11:00")}};
    entry.after = QJsonObject{{QStringLiteral("starts_at"), QStringLiteral("2025-12-23T09:00:00+11:00")}};
    audit->setEntries({entry}, 500);
    dialogs.push_back(std::move(audit));

    // Moving in from the old system, with a preview.
    auto legacy = std::make_unique<LegacyImportDialog>(parent);
    LegacyImportReport report;
    report.source = QStringLiteral("clinic on old-server:5432");
    report.zone = QStringLiteral("Australia/Sydney");
    report.dryRun = true;
    report.tables = {{QStringLiteral("users"), 9, 5, 5, 0, 0, 4},
                     {QStringLiteral("availability_exceptions"), 34, 25, 7, 18, 0, 9}};
    report.skipped = {{QStringLiteral("users"), 4, QStringLiteral("inactive user")}};
    legacy->setConninfo(QStringLiteral("host=old-server dbname=clinic"));
    legacy->showReport(report);
    dialogs.push_back(std::move(legacy));

    // A weekly series' visits: free, booked, closed with an alternative.
    SeriesPreview series;
    series.zone = QTimeZone("Australia/Sydney");
    series.minutes = 30;
    const QDateTime nine = wallClockToInstant(day, 9 * 60, series.zone);
    series.occurrences = {
        {1, nine.addDays(-7), nine.addDays(-7).addSecs(1800), SpanVerdict::Free, false, {}, {}},
        {2, nine, nine.addSecs(1800), SpanVerdict::Taken, false, QStringLiteral("already booked"),
         nine.addSecs(1800)},
        {3, nine.addDays(7), nine.addDays(7).addSecs(1800), SpanVerdict::Closure, false,
         QStringLiteral("Christmas closure"), std::nullopt}};
    dialogs.push_back(
        std::make_unique<SeriesPreviewDialog>(QStringLiteral("Jane Doe with David Brown"), series, parent));
    dialogs.push_back(std::make_unique<WaitlistEntryDialog>(
        QList<QPair<QString, QString>>{{QStringLiteral("dbrown"), QStringLiteral("David Brown")}}, day,
        parent));
    return dialogs;
}

} // namespace caredesk::test
