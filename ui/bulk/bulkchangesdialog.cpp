#include "bulkchangesdialog.h"

#include "models/localeformat.h"
#include "ui/shell/inlinemessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace caredesk {

BulkChangesDialog::BulkChangesDialog(QWidget *parent)
    : QDialog(parent)
    , m_targets(new QListWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkChangesDialog"));
    setWindowTitle(tr("Bulk Changes"));
    resize(960, 560);
    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_targets->setObjectName(QStringLiteral("bulkTargetsListWidget"));
    m_targets->setAccessibleName(tr("Practitioners to change"));
    left->addWidget(makeBuddyLabel(tr("Practitioners to &change:"), m_targets));
    left->addWidget(m_targets, 1);
    auto *all = new QPushButton(tr("Tick &All"), this);
    all->setObjectName(QStringLiteral("bulkTickAllPushButton"));
    auto *none = new QPushButton(tr("Tick &None"), this);
    none->setObjectName(QStringLiteral("bulkTickNonePushButton"));
    auto *ticks = new QHBoxLayout;
    ticks->addWidget(all);
    ticks->addWidget(none);
    left->addLayout(ticks);
    body->addLayout(left, 1);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("bulkTabWidget"));
    tabs->addTab(buildHours(), tr("&Weekly Hours"));
    tabs->addTab(buildCopy(), tr("&Blocks and Closure-Day Work"));
    body->addWidget(tabs, 3);
    layout->addLayout(body, 1);
    m_message->setObjectName(QStringLiteral("bulkMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("bulkClosePushButton"));
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    const auto tickAll = [this](bool on) {
        for (int i = 0; i < m_targets->count(); ++i)
            m_targets->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    connect(all, &QPushButton::clicked, this, [tickAll] { tickAll(true); });
    connect(none, &QPushButton::clicked, this, [tickAll] { tickAll(false); });
    connect(m_targets, &QListWidget::itemChanged, this, &BulkChangesDialog::invalidate);
    showInlineMessage(m_message, tr("Tick who changes, then preview. Nothing changes before Apply."), false);
}

QWidget *BulkChangesDialog::buildHours()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_hoursSource = new QComboBox(page);
    m_hoursSource->setObjectName(QStringLiteral("bulkHoursSourceComboBox"));
    m_hoursSource->setAccessibleName(tr("Weekly hours from"));
    m_hoursFrom = makeDateEdit(QStringLiteral("bulkHoursFromDateEdit"), tr("Apply from"), page);
    form->addRow(makeBuddyLabel(tr("&Hours from:"), m_hoursSource), m_hoursSource);
    form->addRow(makeBuddyLabel(tr("Apply fro&m:"), m_hoursFrom), m_hoursFrom);
    layout->addLayout(form);
    m_hoursPreview = makeRowTable(QStringLiteral("bulkHoursPreviewTableWidget"), tr("Weekly hours preview"),
                                  {tr("Practitioner"), tr("Now"), tr("New")}, page);
    layout->addWidget(m_hoursPreview, 1);
    auto *buttons = new QHBoxLayout;
    auto *preview = new QPushButton(tr("&Preview"), page);
    preview->setObjectName(QStringLiteral("bulkHoursPreviewPushButton"));
    m_hoursApply = new QPushButton(tr("A&pply to Ticked"), page);
    m_hoursApply->setObjectName(QStringLiteral("bulkHoursApplyPushButton"));
    m_hoursApply->setEnabled(false);
    buttons->addWidget(preview);
    buttons->addWidget(m_hoursApply);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *templates = new QGroupBox(tr("Templates"), page);
    auto *row = new QHBoxLayout(templates);
    m_templateName = new QLineEdit(templates);
    m_templateName->setObjectName(QStringLiteral("bulkTemplateNameLineEdit"));
    m_templateName->setAccessibleName(tr("Template name"));
    m_templateName->setPlaceholderText(tr("e.g. Standard week"));
    m_templateName->setMaxLength(100);
    m_templateSave = new QPushButton(tr("&Save These Hours as Template"), templates);
    m_templateSave->setObjectName(QStringLiteral("bulkTemplateSavePushButton"));
    m_templateSave->setToolTip(tr("Saves the weekly hours of the practitioner chosen above under this name"));
    m_templateDelete = new QPushButton(tr("&Delete Template"), templates);
    m_templateDelete->setObjectName(QStringLiteral("bulkTemplateDeletePushButton"));
    row->addWidget(makeBuddyLabel(tr("Na&me:"), m_templateName));
    row->addWidget(m_templateName, 1);
    row->addWidget(m_templateSave);
    row->addWidget(m_templateDelete);
    layout->addWidget(templates);

    connect(preview, &QPushButton::clicked, this, [this] {
        Q_EMIT hoursPreviewRequested(hoursSource(), tickedPractitioners(), m_hoursFrom->date());
    });
    connect(m_hoursApply, &QPushButton::clicked, this, [this] {
        m_hoursApply->setEnabled(false);
        Q_EMIT hoursApplyRequested();
    });
    connect(m_hoursSource, &QComboBox::currentIndexChanged, this, [this] {
        const bool practitioner = hoursSource().startsWith(QLatin1String("p:"));
        m_templateSave->setEnabled(practitioner);
        m_templateDelete->setEnabled(!practitioner && !hoursSource().isEmpty());
        invalidate();
    });
    connect(m_hoursFrom, &QDateEdit::dateChanged, this, &BulkChangesDialog::invalidate);
    connect(m_templateSave, &QPushButton::clicked, this,
            [this] { Q_EMIT templateSaveRequested(m_templateName->text().trimmed(), hoursSource().mid(2)); });
    connect(m_templateDelete, &QPushButton::clicked, this,
            [this] { Q_EMIT templateDeleteRequested(hoursSource().mid(2)); });
    return page;
}

QWidget *BulkChangesDialog::buildCopy()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_copySource = new QComboBox(page);
    m_copySource->setObjectName(QStringLiteral("bulkCopySourceComboBox"));
    m_copySource->setAccessibleName(tr("Copy from"));
    auto *kinds = new QWidget(page);
    auto *kindRow = new QHBoxLayout(kinds);
    kindRow->setContentsMargins(0, 0, 0, 0);
    auto *blocks = new QRadioButton(tr("B&locks (holiday, vacation, blocked)"), kinds);
    blocks->setObjectName(QStringLiteral("bulkCopyBlocksRadioButton"));
    auto *work = new QRadioButton(tr("&Working on closure days"), kinds);
    work->setObjectName(QStringLiteral("bulkCopyWorkRadioButton"));
    blocks->setChecked(true);
    m_copyKind = new QButtonGroup(page);
    m_copyKind->addButton(blocks, int(CopyKind::Blocks));
    m_copyKind->addButton(work, int(CopyKind::Overrides));
    kindRow->addWidget(blocks);
    kindRow->addWidget(work);
    kindRow->addStretch(1);
    m_copyFrom = makeDateEdit(QStringLiteral("bulkCopyFromDateEdit"), tr("Ending on or after"), page);
    form->addRow(makeBuddyLabel(tr("Copy f&rom:"), m_copySource), m_copySource);
    form->addRow(tr("What:"), kinds);
    form->addRow(makeBuddyLabel(tr("Ending on or &after:"), m_copyFrom), m_copyFrom);
    layout->addLayout(form);
    m_copyPreview = makeRowTable(QStringLiteral("bulkCopyPreviewTableWidget"), tr("Copy preview"),
                                 {tr("Practitioner"), tr("Dates"), tr("What")}, page);
    layout->addWidget(m_copyPreview, 1);
    auto *buttons = new QHBoxLayout;
    auto *preview = new QPushButton(tr("Pre&view Copy"), page);
    preview->setObjectName(QStringLiteral("bulkCopyPreviewPushButton"));
    m_copyApply = new QPushButton(tr("C&opy to Ticked"), page);
    m_copyApply->setObjectName(QStringLiteral("bulkCopyApplyPushButton"));
    m_copyApply->setEnabled(false);
    buttons->addWidget(preview);
    buttons->addWidget(m_copyApply);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(preview, &QPushButton::clicked, this, [this] {
        Q_EMIT copyPreviewRequested(m_copySource->currentData().toString(), tickedPractitioners(),
                                    CopyKind(m_copyKind->checkedId()), m_copyFrom->date());
    });
    connect(m_copyApply, &QPushButton::clicked, this, [this] {
        m_copyApply->setEnabled(false);
        Q_EMIT copyApplyRequested();
    });
    connect(m_copySource, &QComboBox::currentIndexChanged, this, &BulkChangesDialog::invalidate);
    connect(m_copyKind, &QButtonGroup::idClicked, this, &BulkChangesDialog::invalidate);
    connect(m_copyFrom, &QDateEdit::dateChanged, this, &BulkChangesDialog::invalidate);
    return page;
}

void BulkChangesDialog::setPractitioners(const QList<PractitionerInfo> &practitioners)
{
    const QStringList ticked = tickedPractitioners();
    const QString copySource = m_copySource->currentData().toString();
    m_practitionerList = practitioners;
    {
        const QSignalBlocker block(m_targets);
        m_targets->clear();
        for (const PractitionerInfo &p : practitioners) {
            auto *item = new QListWidgetItem(p.name, m_targets);
            item->setData(Qt::UserRole, p.key);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(p.key) ? Qt::Checked : Qt::Unchecked);
        }
    }
    const QSignalBlocker copyBlock(m_copySource);
    m_copySource->clear();
    for (const PractitionerInfo &p : practitioners)
        m_copySource->addItem(p.name, p.key);
    m_copySource->setCurrentIndex(std::max(0, m_copySource->findData(copySource)));
    rebuildSources();
}

void BulkChangesDialog::setTemplates(const QList<HoursTemplate> &templates)
{
    m_templateList = templates;
    rebuildSources();
}

void BulkChangesDialog::rebuildSources()
{
    const QString source = hoursSource();
    const QSignalBlocker block(m_hoursSource);
    m_hoursSource->clear();
    // Templates first, then every practitioner's hours.
    for (const HoursTemplate &t : std::as_const(m_templateList))
        m_hoursSource->addItem(tr("Template: %1").arg(t.name), QStringLiteral("t:") + t.name);
    for (const PractitionerInfo &p : std::as_const(m_practitionerList))
        m_hoursSource->addItem(tr("Weekly hours of %1").arg(p.name), QStringLiteral("p:") + p.key);
    m_hoursSource->setCurrentIndex(std::max(0, m_hoursSource->findData(source)));
    const bool practitioner = hoursSource().startsWith(QLatin1String("p:"));
    m_templateSave->setEnabled(practitioner);
    m_templateDelete->setEnabled(!practitioner && !hoursSource().isEmpty());
}

void BulkChangesDialog::setToday(const QDate &today)
{
    // Hours change from the next week's start by default; copies include what is still ahead.
    m_hoursFrom->setDate(today.addDays(8 - today.dayOfWeek()));
    m_copyFrom->setDate(today);
}

QString BulkChangesDialog::hoursText(const QList<WorkingInterval> &hours) const
{
    QStringList days;
    for (int day = 1; day <= 7; ++day) {
        QStringList ranges;
        for (const WorkingInterval &w : hours) {
            if (w.weekday == day)
                ranges << localeformat::wallRange(locale(), w.start, w.end);
        }
        if (!ranges.isEmpty())
            days << tr("%1 %2").arg(locale().dayName(day, QLocale::ShortFormat),
                                    ranges.join(QStringLiteral(", ")));
    }
    return days.isEmpty() ? tr("no hours") : days.join(QLatin1Char('\n'));
}

void BulkChangesDialog::setHoursPreview(const QList<HoursChange> &changes, const QDate &from)
{
    m_hoursPreview->setRowCount(0);
    m_hoursPreview->setHorizontalHeaderLabels(
        {tr("Practitioner"),
         tr("Until %1")
             .arg(localeformat::dateText(locale(), from.addDays(-1), localeformat::DateStyle::DayMonth)),
         tr("From %1").arg(localeformat::dateText(locale(), from, localeformat::DateStyle::DayMonth))});
    int changing = 0;
    for (const HoursChange &c : changes) {
        const int row = m_hoursPreview->rowCount();
        m_hoursPreview->insertRow(row);
        m_hoursPreview->setItem(row, 0, new QTableWidgetItem(c.practitionerName));
        m_hoursPreview->setItem(row, 1, new QTableWidgetItem(hoursText(c.before)));
        m_hoursPreview->setItem(row, 2,
                                new QTableWidgetItem(c.changes() ? hoursText(c.after) : tr("(unchanged)")));
        changing += c.changes() ? 1 : 0;
    }
    m_hoursPreview->resizeColumnsToContents();
    m_hoursPreview->resizeRowsToContents(); // a weekday a line
    m_hoursApply->setEnabled(changing > 0);
    showInlineMessage(m_message,
                      tr("Preview: %n practitioner(s) get new hours; earlier weeks keep theirs. Nothing has "
                         "changed yet.",
                         nullptr, changing),
                      false);
}

void BulkChangesDialog::setCopyPreview(const QList<ExceptionData> &additions)
{
    m_copyPreview->setRowCount(0);
    for (const ExceptionData &e : additions) {
        const int row = m_copyPreview->rowCount();
        m_copyPreview->insertRow(row);
        QString name = e.practitionerKey;
        for (const PractitionerInfo &p : m_practitionerList) {
            if (p.key == e.practitionerKey)
                name = p.name;
        }
        QString dates =
            e.startDate == e.endDate
                ? localeformat::dateText(locale(), e.startDate, localeformat::DateStyle::WeekdayDate)
                : tr("%1 to %2")
                      .arg(localeformat::dateText(locale(), e.startDate, localeformat::DateStyle::DayMonth),
                           localeformat::dateText(locale(), e.endDate, localeformat::DateStyle::WeekdayDate));
        if (e.startMinute)
            dates += QLatin1Char(' ') + localeformat::wallRange(locale(), *e.startMinute, *e.endMinute);
        m_copyPreview->setItem(row, 0, new QTableWidgetItem(name));
        m_copyPreview->setItem(row, 1, new QTableWidgetItem(dates));
        m_copyPreview->setItem(row, 2, new QTableWidgetItem(e.reason.isEmpty() ? e.kind : e.reason));
    }
    m_copyPreview->resizeColumnsToContents();
    m_copyApply->setEnabled(!additions.isEmpty());
    showInlineMessage(m_message,
                      additions.isEmpty()
                          ? tr("Nothing to copy: the ticked practitioners have all of these already.")
                          : tr("Preview: %n entry(s) would be added. Nothing has changed yet.", nullptr,
                               int(additions.size())),
                      false);
}

void BulkChangesDialog::setResult(bool ok, const QString &message)
{
    showInlineMessage(m_message, message, !ok);
    if (ok)
        invalidate();
}

QStringList BulkChangesDialog::tickedPractitioners() const
{
    QStringList out;
    for (int i = 0; i < m_targets->count(); ++i) {
        if (m_targets->item(i)->checkState() == Qt::Checked)
            out << m_targets->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

QString BulkChangesDialog::hoursSource() const
{
    return m_hoursSource->currentData().toString();
}

void BulkChangesDialog::invalidate()
{
    // A preview stands only for the choices it was made with.
    m_hoursApply->setEnabled(false);
    m_copyApply->setEnabled(false);
    m_hoursPreview->setRowCount(0);
    m_copyPreview->setRowCount(0);
}

} // namespace caredesk
