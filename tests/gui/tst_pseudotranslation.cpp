// Room for translations (offscreen, real PostgreSQL, the seed clinic): with every string
// 40 % longer, as translations often are, no label or button in any workspace or dialog
// is cut off, and the main window still fits a 1280×800 screen.
#include "tests/gui/dialogs.h"
#include "tests/gui/seededclinic.h"

#include <QAbstractButton>
#include <QLabel>
#include <QStackedWidget>
#include <QTranslator>
#include <QtTest>

using namespace caredesk;
using namespace caredesk::test;

namespace {

/// Lengthens every translated string by about 40 % (after the text, so placeholders
/// and mnemonics stay as they are).
class PseudoTranslator final : public QTranslator
{
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        if (text.isEmpty())
            return text;
        return text + QString(std::max(1, int(text.size() * 4 / 10)), QChar(0x00e5));
    }
};

/// Visible labels (that do not wrap) and buttons whose text needs more room than they have.
QStringList clipped(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QAbstractButton *>(w);
        if ((label && !label->wordWrap() && !label->text().isEmpty()) ||
            (button && !button->text().isEmpty())) {
            if (w->sizeHint().width() > w->width() + 1)
                out << QStringLiteral("%1 \"%2\": needs %3 px, has %4")
                           .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                          : w->objectName(),
                                label ? label->text() : button->text())
                           .arg(w->sizeHint().width())
                           .arg(w->width());
        }
    }
    return out;
}

} // namespace

class TestPseudoTranslation : public QObject
{
    Q_OBJECT

private:
    PseudoTranslator m_translator;
    SeededClinic m_clinic;

private Q_SLOTS:
    void init()
    {
        QCoreApplication::installTranslator(&m_translator);
        const QString error = m_clinic.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSignalSpy ready(m_clinic.app.get(), &AppController::ready);
        m_clinic.window->resize(1280, 800);
        m_clinic.window->show();
        m_clinic.app->start();
        QVERIFY(arrived(ready, 20000));
    }

    void cleanup()
    {
        m_clinic.close();
        QCoreApplication::removeTranslator(&m_translator);
    }

    void theTranslatorIsInUse()
    {
        const QString title = m_clinic.window->windowTitle();
        QVERIFY2(title.contains(QChar(0x00e5)), qPrintable(title));
    }

    void everyWorkspaceHasRoom_data() { addWorkspaceRows(); }

    void everyWorkspaceHasRoom()
    {
        QFETCH(int, workspace);
        m_clinic.window->showWorkspace(WorkspaceModel::Workspace(workspace));
        QTest::qWait(50);
        auto *pages = m_clinic.window->findChild<QStackedWidget *>(QStringLiteral("workspaceStackedWidget"));
        const QStringList cut = clipped(pages->currentWidget());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        const QSize least = m_clinic.window->minimumSizeHint();
        QVERIFY2(
            least.width() <= 1280 && least.height() <= 800,
            qPrintable(
                QStringLiteral("the window needs at least %1×%2").arg(least.width()).arg(least.height())));
    }

    void everyDialogHasRoom()
    {
        for (const auto &dialog : everyDialog(m_clinic.window.get())) {
            dialog->show();
            QTest::qWait(20);
            const QStringList cut = clipped(dialog.get());
            QVERIFY2(cut.isEmpty(), qPrintable(QString::fromLatin1(dialog->metaObject()->className()) +
                                               QStringLiteral(": ") + cut.join(QLatin1Char('\n'))));
            dialog->hide();
        }
    }
};

QTEST_MAIN(TestPseudoTranslation)
#include "tst_pseudotranslation.moc"
