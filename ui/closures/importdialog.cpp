#include "importdialog.h"

#include "models/importplanmodel.h"
#include "models/localeformat.h"
#include "ui/shell/inlinemessage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caredesk {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new ImportPlanModel(this))
    , m_source(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_subscribe(new QCheckBox(tr("&Subscribe: check this feed every day and show me what changes"), this))
    , m_feedName(new QLineEdit(this))
    , m_preview(new QPushButton(tr("&Load Preview"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_tickAll(new QPushButton(tr("&Tick All"), this))
    , m_untickAll(new QPushButton(tr("&Untick All"), this))
    , m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("importClosuresDialog"));
    setWindowTitle(tr("Import Clinic Closures"));
    setAccessibleName(windowTitle());
    resize(860, 560);

    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Holidays from a calendar file (.ics) or a published calendar address, such as "
                            "a public-holiday feed. Each becomes a clinic closure; importing the same "
                            "calendar again creates nothing twice."),
                         this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    auto *sourceRow = new QHBoxLayout;
    m_source->setObjectName(QStringLiteral("importSourceLineEdit"));
    m_source->setAccessibleName(tr("Calendar file or address"));
    m_source->setPlaceholderText(tr("/path/to/holidays.ics or https://…/public/basic.ics"));
    m_source->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("importBrowsePushButton"));
    m_browse->setAutoDefault(false);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_browse);
    auto *sourceLabel = new QLabel(tr("&Calendar:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, sourceRow);

    auto *rangeRow = new QHBoxLayout;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(localeformat::datePattern(localeformat::DateStyle::WeekdayDate));
    }
    m_from->setObjectName(QStringLiteral("importFromDateEdit"));
    m_from->setAccessibleName(tr("Import holidays from"));
    m_to->setObjectName(QStringLiteral("importToDateEdit"));
    m_to->setAccessibleName(tr("Import holidays until"));
    rangeRow->addWidget(m_from);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    rangeRow->addWidget(toLabel);
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);
    auto *rangeLabel = new QLabel(tr("&Holidays from:"), this);
    rangeLabel->setBuddy(m_from);
    form->addRow(rangeLabel, rangeRow);

    m_subscribe->setObjectName(QStringLiteral("importSubscribeCheckBox"));
    m_subscribe->setEnabled(false);
    form->addRow(QString(), m_subscribe);
    m_feedName->setObjectName(QStringLiteral("importFeedNameLineEdit"));
    m_feedName->setAccessibleName(tr("Feed name"));
    m_feedName->setPlaceholderText(tr("e.g. Public holidays (NSW)"));
    m_feedName->setEnabled(false);
    auto *nameLabel = new QLabel(tr("Feed &name:"), this);
    nameLabel->setBuddy(m_feedName);
    form->addRow(nameLabel, m_feedName);
    layout->addLayout(form);

    auto *previewRow = new QHBoxLayout;
    m_preview->setObjectName(QStringLiteral("importPreviewPushButton"));
    previewRow->addWidget(m_preview);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    previewRow->addWidget(m_status, 1);
    layout->addLayout(previewRow);

    m_table->setObjectName(QStringLiteral("importPreviewTableView"));
    m_table->setAccessibleName(tr("What the import would do"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_tickAll->setObjectName(QStringLiteral("importTickAllPushButton"));
    m_untickAll->setObjectName(QStringLiteral("importUntickAllPushButton"));
    m_import->setObjectName(QStringLiteral("importApplyPushButton"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("importCancelPushButton"));
    for (QPushButton *b : {m_tickAll, m_untickAll, cancel})
        b->setAutoDefault(false);
    buttons->addWidget(m_tickAll);
    buttons->addWidget(m_untickAll);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose a Calendar File"));
        dialog->setObjectName(QStringLiteral("importFileDialog"));
        dialog->setNameFilters({tr("iCalendar files (*.ics *.ical *.ifb)"), tr("All files (*)")});
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
            m_source->setText(file);
            requestPreview();
        });
        dialog->open();
    });
    connect(m_source, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString t = text.trimmed().toLower();
        const bool isAddress = t.startsWith(QLatin1String("http://")) ||
                               t.startsWith(QLatin1String("https://")) ||
                               t.startsWith(QLatin1String("webcal://"));
        m_subscribe->setEnabled(isAddress && !m_source->isReadOnly());
        m_feedName->setEnabled(m_subscribe->isEnabled() && m_subscribe->isChecked());
        invalidatePreview();
    });
    connect(m_subscribe, &QCheckBox::toggled, this,
            [this](bool on) { m_feedName->setEnabled(on && m_subscribe->isEnabled()); });
    connect(m_source, &QLineEdit::returnPressed, this, &ImportDialog::requestPreview);
    connect(m_from, &QDateEdit::dateChanged, this, &ImportDialog::invalidatePreview);
    connect(m_to, &QDateEdit::dateChanged, this, &ImportDialog::invalidatePreview);
    connect(m_preview, &QPushButton::clicked, this, &ImportDialog::requestPreview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::requestImport);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_tickAll, &QPushButton::clicked, this, [this] { m_model->setAllChosen(true); });
    connect(m_untickAll, &QPushButton::clicked, this, [this] { m_model->setAllChosen(false); });
    connect(m_model, &ImportPlanModel::chosenChanged, this, &ImportDialog::updateImportButton);

    setIdle();
    updateImportButton();
    m_source->setFocus();
}

void ImportDialog::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ImportDialog::setSource(const QString &source)
{
    m_source->setText(source);
}

void ImportDialog::setReviewMode(const QString &feedTitle)
{
    m_review = true;
    setWindowTitle(tr("Review Changes: %1").arg(feedTitle));
    setAccessibleName(windowTitle());
    m_intro->setText(tr("The feed has changed since its holidays were imported. Tick what to apply: new "
                        "holidays left unticked are declined and not offered again; changed and removed "
                        "ones left unticked stay as they are."));
    m_source->setReadOnly(true);
    m_browse->setVisible(false);
    m_subscribe->setVisible(false);
    m_feedName->setVisible(false);
    if (auto *form = findChild<QFormLayout *>())
        form->setRowVisible(m_feedName, false);
}

void ImportDialog::setSubscribe(bool subscribe)
{
    m_subscribe->setChecked(subscribe);
}

void ImportDialog::setBusy(const QString &text)
{
    m_busy = true;
    showInlineMessage(m_status, text, false);
    m_preview->setEnabled(false);
    m_import->setEnabled(false);
    m_browse->setEnabled(false);
}

void ImportDialog::showError(const QString &message, bool keepPreview)
{
    setIdle();
    if (!keepPreview) {
        m_model->setPlan({});
        m_previewCurrent = false;
    }
    showInlineMessage(m_status, message, true);
    updateImportButton();
}

void ImportDialog::showPreview(const ImportPlan &plan)
{
    setIdle();
    m_model->setPlan(plan);
    m_previewCurrent = true;
    m_table->resizeColumnsToContents();
    QStringList parts;
    const int created = plan.count(ImportChange::Kind::Create);
    const int changed = plan.count(ImportChange::Kind::Update);
    const int removed = plan.count(ImportChange::Kind::Remove);
    //: parts of the preview summary, joined by commas
    parts << tr("%n new", nullptr, created);
    if (changed > 0)
        parts << tr("%n changed", nullptr, changed);
    if (removed > 0)
        parts << tr("%n removed from the feed", nullptr, removed);
    parts << tr("%n already there", nullptr, int(plan.present.size()))
          << tr("%n skipped", nullptr, int(plan.skipped.size()));
    const QString name = plan.calendarName.isEmpty() ? QString() : tr("“%1”: ").arg(plan.calendarName);
    showInlineMessage(m_status, name + parts.join(QStringLiteral(", ")), false);
    updateImportButton();
    if (!plan.changes.isEmpty())
        m_table->setFocus();
}

void ImportDialog::requestPreview()
{
    if (m_busy)
        return;
    if (m_source->text().trimmed().isEmpty()) {
        showInlineMessage(m_status, tr("Give a calendar file or an address first."), true);
        m_source->setFocus();
        return;
    }
    if (m_to->date() < m_from->date()) {
        showInlineMessage(m_status, tr("The last date is before the first."), true);
        m_to->setFocus();
        return;
    }
    Q_EMIT previewRequested(m_source->text().trimmed(), m_from->date(), m_to->date());
}

void ImportDialog::requestImport()
{
    if (m_busy || !m_previewCurrent)
        return;
    const bool subscribe = m_subscribe->isEnabled() && m_subscribe->isChecked();
    Q_EMIT importRequested(m_model->chosenKeys(), subscribe, m_feedName->text().trimmed());
}

void ImportDialog::invalidatePreview()
{
    if (!m_previewCurrent)
        return;
    m_previewCurrent = false;
    showInlineMessage(m_status, tr("Changed: load the preview again before importing."), false);
    updateImportButton();
}

void ImportDialog::updateImportButton()
{
    const int chosen = int(m_model->chosenKeys().size());
    const bool subscribe = m_subscribe->isEnabled() && m_subscribe->isChecked();
    if (m_review)
        //: unticked new holidays are declined: later checks do not offer them again
        m_import->setText(tr("&Apply %1, Decline the Rest").arg(chosen));
    else
        m_import->setText(subscribe ? tr("&Import %1 and Subscribe").arg(chosen)
                                    : tr("&Import %1").arg(chosen));
    m_import->setEnabled(!m_busy && m_previewCurrent && (chosen > 0 || subscribe || m_review));
    m_import->setDefault(m_previewCurrent);
    m_preview->setDefault(!m_previewCurrent);
    m_tickAll->setEnabled(m_previewCurrent && !m_model->plan().changes.isEmpty());
    m_untickAll->setEnabled(m_tickAll->isEnabled());
}

void ImportDialog::setIdle()
{
    m_busy = false;
    m_preview->setEnabled(true);
    m_browse->setEnabled(true);
    updateImportButton();
}

} // namespace caredesk
