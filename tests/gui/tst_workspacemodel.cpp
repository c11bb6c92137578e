// The navigation model: consistent under QAbstractItemModelTester, filtered by role.
#include "models/workspacemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace caredesk;

class TestWorkspaceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        WorkspaceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStaffRoles({QStringLiteral("front_desk")});
        model.setStaffRoles({});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowCount(model.index(0)), 0);
    }

    void filtersByRole_data()
    {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("front desk") << QStringList{QStringLiteral("front_desk")}
                                    << QStringList{QStringLiteral("Book")};
        QTest::newRow("practitioner")
            << QStringList{QStringLiteral("practitioner")} << QStringList{QStringLiteral("My Availability")};
        QTest::newRow("manager") << QStringList{QStringLiteral("manager")}
                                 << QStringList{QStringLiteral("My Availability"),
                                                QStringLiteral("Clinic Closures"),
                                                QStringLiteral("Clinic Setup"), QStringLiteral("Capacity")};
        QTest::newRow("practitioner and front desk")
            << QStringList{QStringLiteral("practitioner"), QStringLiteral("front_desk")}
            << QStringList{QStringLiteral("My Availability"), QStringLiteral("Book")};
        QTest::newRow("nobody yet") << QStringList{}
                                    << QStringList{QStringLiteral("My Availability"),
                                                   QStringLiteral("Clinic Closures"), QStringLiteral("Book"),
                                                   QStringLiteral("Clinic Setup"),
                                                   QStringLiteral("Capacity")};
    }

    void filtersByRole()
    {
        QFETCH(QStringList, roles);
        QFETCH(QStringList, titles);
        WorkspaceModel model;
        model.setStaffRoles(roles);
        QStringList seen;
        for (int row = 0; row < model.rowCount(); ++row)
            seen << model.index(row).data().toString();
        QCOMPARE(seen, titles);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.index(row).data(Qt::ToolTipRole).toString().isEmpty());
            QCOMPARE(model.rowOf(model.workspaceAt(row)), row);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceModel)
#include "tst_workspacemodel.moc"
