// Room for translations (offscreen, real PostgreSQL, the seed clinic): with every string
// 40 % longer, as translations often are, and with the Simplified Chinese translation that
// ships, no label or button in any workspace or dialog is cut off, and the main window
// still fits a 1280×800 screen. Every test runs once per language (initTestCase_data).
#include "tests/gui/dialogs.h"
#include "tests/gui/seededclinic.h"
#include "tests/gui/testmain.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenuBar>
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

/// Whether `text` is in the language under test: lengthened with 'å', or written in Chinese.
bool translated(const QString &text, const QString &language)
{
    if (language == QLatin1String("pseudo"))
        return text.contains(QChar(0x00e5));
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

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
    PseudoTranslator m_pseudo;
    QTranslator m_chinese;
    QTranslator *m_translator = nullptr;
    SeededClinic m_clinic;

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("pseudo +40 %") << QStringLiteral("pseudo");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void initTestCase()
    {
        // The translation the client ships, compiled into it (the same :/i18n resource).
        QVERIFY(m_chinese.load(QStringLiteral(":/i18n/caredesk_zh_CN.qm")));
    }

    void init()
    {
        QFETCH_GLOBAL(QString, language);
        m_translator =
            language == QLatin1String("pseudo") ? static_cast<QTranslator *>(&m_pseudo) : &m_chinese;
        QCoreApplication::installTranslator(m_translator);
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
        QCoreApplication::removeTranslator(m_translator);
    }

    void theTranslatorIsInUse()
    {
        QFETCH_GLOBAL(QString, language);
        const QString menu = m_clinic.window->menuBar()->actions().value(0)->text();
        QVERIFY2(translated(menu, language), qPrintable(menu));
        // The engine's messages are translated too (they reach staff as refusals).
        const QString engine =
            QCoreApplication::translate("caredesk::Engine", "The patient's name is missing");
        QVERIFY2(translated(engine, language), qPrintable(engine));
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

CAREDESK_GUI_TEST_MAIN(TestPseudoTranslation)
#include "tst_pseudotranslation.moc"
