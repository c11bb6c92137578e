#pragma once

// One of each dialog the client opens, filled with plausible content, for tests that
// look at every dialog (accessibility, pseudo-translation).
#include "engine/clinicdata.h"
#include "engine/schedule.h"
#include "models/workspacemodel.h"
#include "ui/availability/blockdialog.h"
#include "ui/availability/weeklyhoursdialog.h"
#include "ui/book/bookdialog.h"
#include "ui/closures/importdialog.h"
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
    return dialogs;
}

} // namespace caredesk::test
