// Every interactive control of every workspace and dialog has a name assistive
// technology can read (offscreen, real PostgreSQL, the seed clinic): walks the
// accessibility tree and fails on a nameless button, field, list, table or box.
#include "tests/gui/dialogs.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QStackedWidget>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

/// "role (objectName)" of each visible interactive element without a name.
void collectNameless(QAccessibleInterface *node, QStringList &out, int depth = 0)
{
    if (!node || depth > 40 || node->state().invisible)
        return;
    if (interactive(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *o = node->object();
        QString where = o ? o->objectName() : QString();
        for (QObject *p = o ? o->parent() : nullptr; where.isEmpty() && p; p = p->parent())
            where = QStringLiteral("inside ") + p->objectName();
        out << QStringLiteral("%1 (%2, %3)")
                   .arg(int(node->role()))
                   .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("?"), where);
    }
    // Item views' cells are named by their data; the views themselves are checked.
    if (node->role() == QAccessible::Table || node->role() == QAccessible::Tree ||
        node->role() == QAccessible::List)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectNameless(node->child(i), out, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    SeededClinic m_clinic;

private Q_SLOTS:
    void init()
    {
        const QString error = m_clinic.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSignalSpy ready(m_clinic.app.get(), &AppController::ready);
        m_clinic.window->resize(1280, 800);
        m_clinic.window->show();
        m_clinic.app->start();
        QVERIFY(arrived(ready, 20000));
    }

    void cleanup() { m_clinic.close(); }

    void everyWorkspaceNamesItsControls_data() { addWorkspaceRows(); }

    void everyWorkspaceNamesItsControls()
    {
        QFETCH(int, workspace);
        m_clinic.window->showWorkspace(WorkspaceModel::Workspace(workspace));
        QCoreApplication::processEvents();
        auto *pages = m_clinic.window->findChild<QStackedWidget *>(QStringLiteral("workspaceStackedWidget"));
        QVERIFY(pages);
        QStringList nameless;
        collectNameless(QAccessible::queryAccessibleInterface(pages->currentWidget()), nameless);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
    }

    void everyDialogNamesItsControls()
    {
        const auto dialogs = everyDialog(m_clinic.window.get());
        for (const auto &dialog : dialogs) {
            dialog->show();
            QCoreApplication::processEvents();
            QStringList nameless;
            collectNameless(QAccessible::queryAccessibleInterface(dialog.get()), nameless);
            QVERIFY2(nameless.isEmpty(), qPrintable(QString::fromLatin1(dialog->metaObject()->className()) +
                                                    QStringLiteral(": ") + nameless.join(QLatin1Char('\n'))));
            dialog->hide();
        }
    }
};

CAREDESK_GUI_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
