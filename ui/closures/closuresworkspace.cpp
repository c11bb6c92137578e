#include "closuresworkspace.h"

#include "models/availabilityresultsmodel.h"
#include "models/closuresmodel.h"
#include "models/exceptionkinds.h"
#include "models/localeformat.h"
#include "ui/shell/exceptionform.h"
#include "ui/shell/inlinemessage.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTextCharFormat>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caredesk {

ClosuresWorkspace::ClosuresWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_model(new ClosuresModel(this))
    , m_table(new QTableView(this))
    , m_form(new ExceptionForm(QStringLiteral("closure"), exceptionKindChoices(true), this))
    , m_add(new QPushButton(tr("Add &Closure"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_chainWide(new QCheckBox(tr("For the &whole chain: every clinic closes"), this))
    , m_banner(new QLabel(this))
    , m_import(new QPushButton(tr("&Import…"), this))
{
    setObjectName(QStringLiteral("closuresWorkspace"));
    setAccessibleName(tr("Clinic Closures"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(tr("Clinic Closures"), this));
    auto *intro = new QLabel(
        tr("A closure applies to every practitioner, unless one has chosen to work that day."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("closuresTableView"));
    m_table->setAccessibleName(tr("Clinic closures"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    // A list and a year view of the same closures.
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("closuresViewTabWidget"));
    auto *listPage = new QWidget(m_views);
    auto *listLayout = new QHBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 5);
    auto *insidePanel = new QVBoxLayout;
    auto *insideLabel = new QLabel(tr("Booked &inside the selected closure:"), listPage);
    m_inside = new QListWidget(listPage);
    m_inside->setObjectName(QStringLiteral("closureAppointmentsListWidget"));
    m_inside->setAccessibleName(tr("Booked appointments inside the selected closure"));
    insideLabel->setBuddy(m_inside);
    m_openInBook = new QPushButton(tr("&Open in Book"), listPage);
    m_openInBook->setObjectName(QStringLiteral("closureOpenInBookPushButton"));
    m_openInBook->setEnabled(false);
    insidePanel->addWidget(insideLabel);
    insidePanel->addWidget(m_inside, 1);
    insidePanel->addWidget(m_openInBook);
    listLayout->addLayout(insidePanel, 2);
    m_views->addTab(listPage, tr("&List"));
    auto *yearPage = new QWidget(m_views);
    auto *yearLayout = new QVBoxLayout(yearPage);
    auto *yearBar = new QHBoxLayout;
    auto *previousYear = new QToolButton(yearPage);
    previousYear->setArrowType(Qt::LeftArrow);
    previousYear->setAccessibleName(tr("Previous year"));
    auto *nextYear = new QToolButton(yearPage);
    nextYear->setArrowType(Qt::RightArrow);
    nextYear->setAccessibleName(tr("Next year"));
    m_yearTitle = new QLabel(yearPage);
    m_yearTitle->setObjectName(QStringLiteral("closuresYearLabel"));
    yearBar->addWidget(previousYear);
    yearBar->addWidget(m_yearTitle);
    yearBar->addWidget(nextYear);
    yearBar->addStretch(1);
    yearLayout->addLayout(yearBar);
    auto *grid = new QGridLayout;
    for (int m = 0; m < 12; ++m) {
        auto *month = new QCalendarWidget(yearPage);
        month->setNavigationBarVisible(false);
        month->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        month->setHorizontalHeaderFormat(QCalendarWidget::SingleLetterDayNames);
        month->setFirstDayOfWeek(QLocale().firstDayOfWeek());
        month->setSelectionMode(QCalendarWidget::NoSelection);
        month->setGridVisible(false);
        month->setAccessibleName(QLocale().monthName(m + 1));
        auto *cell = new QVBoxLayout;
        auto *name = new QLabel(QLocale().monthName(m + 1), yearPage);
        name->setAlignment(Qt::AlignCenter);
        cell->addWidget(name);
        cell->addWidget(month);
        grid->addLayout(cell, m / 4, m % 4);
        m_months.append(month);
    }
    yearLayout->addLayout(grid, 1);
    m_views->addTab(yearPage, tr("&Year"));

    // Holiday feeds the clinic subscribes to.
    auto *feedsPage = new QWidget(m_views);
    auto *feedsLayout = new QVBoxLayout(feedsPage);
    auto *feedsIntro =
        new QLabel(tr("CareDesk checks each feed once a day and when you ask; new, changed and "
                      "removed holidays wait here for you to review. Nothing changes on its own."),
                   feedsPage);
    feedsIntro->setWordWrap(true);
    feedsLayout->addWidget(feedsIntro);
    m_feedList = new QTreeWidget(feedsPage);
    m_feedList->setObjectName(QStringLiteral("feedsTreeWidget"));
    m_feedList->setAccessibleName(tr("Holiday feeds"));
    m_feedList->setRootIsDecorated(false);
    m_feedList->setAlternatingRowColors(true);
    m_feedList->setHeaderLabels(
        {tr("Feed"), tr("Last checked"), tr("Result"), tr("Closures"), tr("Address")});
    feedsLayout->addWidget(m_feedList, 1);
    auto *feedButtons = new QHBoxLayout;
    auto *subscribe = new QPushButton(tr("&Subscribe…"), feedsPage);
    subscribe->setObjectName(QStringLiteral("subscribeFeedPushButton"));
    m_checkFeed = new QPushButton(tr("C&heck Now"), feedsPage);
    m_checkFeed->setObjectName(QStringLiteral("checkFeedPushButton"));
    m_checkFeed->setToolTip(tr("Checks the selected feed, or every feed when none is selected"));
    m_reviewFeed = new QPushButton(tr("&Review Changes…"), feedsPage);
    m_reviewFeed->setObjectName(QStringLiteral("reviewFeedPushButton"));
    m_removeFeed = new QPushButton(tr("Re&move Feed…"), feedsPage);
    m_removeFeed->setObjectName(QStringLiteral("removeFeedPushButton"));
    feedButtons->addWidget(subscribe);
    feedButtons->addWidget(m_checkFeed);
    feedButtons->addWidget(m_reviewFeed);
    feedButtons->addStretch(1);
    feedButtons->addWidget(m_removeFeed);
    feedsLayout->addLayout(feedButtons);
    m_views->addTab(feedsPage, tr("&Feeds"));
    layout->addWidget(m_views, 1);

    // When a feed has changes: say so above everything, with the way to review them.
    auto *notice = new QHBoxLayout;
    m_feedNotice = new QLabel(this);
    m_feedNotice->setObjectName(QStringLiteral("feedNoticeLabel"));
    m_feedNotice->setWordWrap(true);
    m_feedNoticeReview = new QPushButton(tr("Re&view…"), this);
    m_feedNoticeReview->setObjectName(QStringLiteral("feedNoticeReviewPushButton"));
    notice->addWidget(m_feedNotice, 1);
    notice->addWidget(m_feedNoticeReview);
    layout->insertLayout(2, notice);
    m_feedNotice->setVisible(false);
    m_feedNoticeReview->setVisible(false);

    connect(subscribe, &QPushButton::clicked, this, &ClosuresWorkspace::subscribeRequested);
    connect(m_checkFeed, &QPushButton::clicked, this, [this] { Q_EMIT checkFeedsRequested(selectedFeed()); });
    connect(m_reviewFeed, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedFeed(); id != 0)
            Q_EMIT reviewFeedRequested(id);
    });
    connect(m_feedList, &QTreeWidget::itemActivated, this, [this] {
        if (m_reviewFeed->isEnabled())
            m_reviewFeed->click();
    });
    connect(m_feedNoticeReview, &QPushButton::clicked, this, [this] {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            if (it.value() > 0) {
                Q_EMIT reviewFeedRequested(it.key());
                return;
            }
        }
    });
    connect(m_removeFeed, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedFeed();
        const auto feed =
            std::find_if(m_feeds.cbegin(), m_feeds.cend(), [id](const HolidayFeed &f) { return f.id == id; });
        if (feed == m_feeds.cend())
            return;
        const QString title = feed->title();
        auto *confirm =
            new QMessageBox(QMessageBox::Question, tr("Remove Feed"),
                            tr("Stop checking %1? The closures imported from it stay.").arg(title),
                            QMessageBox::Yes | QMessageBox::Cancel, this);
        confirm->setObjectName(QStringLiteral("removeFeedMessageBox"));
        confirm->setDefaultButton(QMessageBox::Cancel);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QMessageBox::finished, this, [this, id, title](int result) {
            if (result == QMessageBox::Yes)
                Q_EMIT removeFeedRequested(id, title);
        });
        confirm->open();
    });
    connect(m_feedList, &QTreeWidget::itemSelectionChanged, this, &ClosuresWorkspace::updateFeedButtons);
    updateFeedButtons();
    connect(previousYear, &QToolButton::clicked, this, [this] {
        --m_year;
        updateYear();
    });
    connect(nextYear, &QToolButton::clicked, this, [this] {
        ++m_year;
        updateYear();
    });

    m_banner->setObjectName(QStringLiteral("closuresMessageLabel"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_form->setReasonPlaceholder(tr("e.g. Christmas closure"));
    layout->addWidget(m_form);
    m_chainWide->setObjectName(QStringLiteral("closureChainWideCheckBox"));
    m_chainWide->setAccessibleName(tr("For the whole chain: every clinic closes"));
    m_chainWide->setToolTip(tr("A national public holiday closes every clinic of the chain; a state "
                               "holiday only this one"));
    m_chainWide->setVisible(false);
    layout->addWidget(m_chainWide);

    auto *buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addClosurePushButton"));
    m_delete->setObjectName(QStringLiteral("deleteClosurePushButton"));
    m_delete->setEnabled(false);
    buttons->addWidget(m_add);
    m_import->setObjectName(QStringLiteral("importClosuresPushButton"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Import closures from a calendar file or a holiday feed (Ctrl+I)"));
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    setTabOrder(m_table, m_form->firstField());
    setTabOrder(m_form->lastField(), m_chainWide);
    setTabOrder(m_chainWide, m_add);
    setTabOrder(m_add, m_import);
    setTabOrder(m_import, m_delete);
    connect(m_import, &QPushButton::clicked, this, &ClosuresWorkspace::importRequested);

    connect(m_add, &QPushButton::clicked, this, &ClosuresWorkspace::requestAdd);
    connect(m_form, &ExceptionForm::submitted, this, &ClosuresWorkspace::requestAdd);
    connect(m_delete, &QPushButton::clicked, this, &ClosuresWorkspace::requestDelete);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDeleteButton();
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty()) {
            m_selectedId = 0;
            setClosureAppointments(0, {}, {});
            return;
        }
        const ClosureSummary &c = m_model->closures().at(rows.first().row());
        m_selectedId = c.id;
        Q_EMIT closureSelected(c.id, c.closure); // also after a reload: who is inside may have changed
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Delete keeps its state until the selection is back (no focus jump off it).
        m_table->resizeColumnsToContents();
        updateYear();
        // Keep the closure the user selected (even one whose list is still loading) selected
        // across reloads.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_selectedId != 0 && m_model->closures().at(row).id == m_selectedId) {
                m_table->selectRow(row);
                return;
            }
        }
        m_selectedId = 0;
        m_delete->setEnabled(false);
        setClosureAppointments(0, {}, {});
    });
    connect(m_inside, &QListWidget::currentRowChanged, this,
            [this](int row) { m_openInBook->setEnabled(row >= 0 && row < m_insideRows.size()); });
    connect(m_inside, &QListWidget::itemActivated, m_openInBook, &QPushButton::click);
    connect(m_openInBook, &QPushButton::clicked, this, [this] {
        const int row = m_inside->currentRow();
        if (row >= 0 && row < m_insideRows.size())
            Q_EMIT openAppointmentRequested(m_insideRows.at(row));
    });
}

void ClosuresWorkspace::setChainWideAllowed(bool allowed)
{
    m_chainWideAllowed = allowed;
    m_chainWide->setVisible(allowed);
    if (!allowed)
        m_chainWide->setChecked(false);
    updateDeleteButton();
}

void ClosuresWorkspace::updateDeleteButton()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool chainWide = !rows.isEmpty() && m_model->closures().at(rows.first().row()).closure.chainWide;
    m_delete->setEnabled(!rows.isEmpty() && (!chainWide || m_chainWideAllowed));
    const QString why = chainWide && !m_chainWideAllowed
                            ? tr("This closure closes every clinic of the chain; only a chain manager "
                                 "can delete it")
                            : QString();
    m_delete->setToolTip(why);
    m_delete->setAccessibleDescription(why); // a disabled button's tooltip is out of the keyboard's reach
}

void ClosuresWorkspace::setClosureAppointments(qint64 closureId,
                                               const QList<AppointmentSummary> &appointments,
                                               const QTimeZone &zone)
{
    // The same closure again (a reload): the appointment the user stands on stays current.
    const int current = m_inside->currentRow();
    const qint64 keep = closureId == m_insideFor && current >= 0 && current < m_insideRows.size()
                            ? m_insideRows.at(current).id
                            : 0;
    m_insideFor = closureId;
    m_insideRows = appointments;
    // Open in Book changes state once, at the end (no focus jump off it on a reload).
    const QSignalBlocker block(m_inside);
    m_inside->clear();
    const QLocale locale;
    for (const AppointmentSummary &a : appointments) {
        const QDateTime local = a.start.toTimeZone(zone);
        m_inside->addItem(tr("%1 %2 — %3 with %4")
                              .arg(locale.toString(local.date(), QLocale::ShortFormat),
                                   localeformat::shortTime(locale, local.time()), a.patient,
                                   a.practitionerName));
    }
    if (closureId != 0 && appointments.isEmpty())
        m_inside->addItem(tr("None: nobody is booked inside this closure."));
    for (int row = 0; keep != 0 && row < m_insideRows.size(); ++row) {
        if (m_insideRows.at(row).id == keep)
            m_inside->setCurrentRow(row);
    }
    m_openInBook->setEnabled(m_inside->currentRow() >= 0 && m_inside->currentRow() < m_insideRows.size());
}

void ClosuresWorkspace::updateYear()
{
    if (m_year == 0)
        m_year = QDate::currentDate().year();
    m_yearTitle->setText(QString::number(m_year));
    QTextCharFormat closed;
    closed.setBackground(QBrush(QColor(0xa8, 0xa8, 0xb4), Qt::BDiagPattern));
    closed.setFontWeight(QFont::Bold);
    QTextCharFormat partly;
    partly.setBackground(QColor(0xfb, 0xe3, 0xc0));
    for (int m = 0; m < 12; ++m) {
        QCalendarWidget *month = m_months.at(m);
        month->setDateTextFormat(QDate(), QTextCharFormat()); // clears every date's format
        const QDate first(m_year, m + 1, 1);
        month->setCurrentPage(m_year, m + 1);
        month->setDateRange(first, first.addMonths(1).addDays(-1));
    }
    for (const ClosureSummary &c : m_model->closures()) {
        for (QDate d = std::max(c.closure.startDate, QDate(m_year, 1, 1));
             d <= c.closure.endDate && d.year() == m_year; d = d.addDays(1)) {
            QTextCharFormat f = c.closure.allDay() ? closed : partly;
            f.setToolTip(c.closure.chainWide ? tr("%1 (whole chain)").arg(c.closure.reason)
                                             : c.closure.reason);
            m_months.at(d.month() - 1)->setDateTextFormat(d, f);
        }
    }
}

void ClosuresWorkspace::setFeeds(const QList<HolidayFeed> &feeds, const QHash<qint64, int> &pendingChanges)
{
    const qint64 selected = selectedFeed();
    const bool firstFill = m_feeds.isEmpty();
    m_feeds = feeds;
    m_pending = pendingChanges;
    m_feedList->clear();
    const QLocale locale;
    QStringList waiting;
    for (const HolidayFeed &f : feeds) {
        const int pending = pendingChanges.value(f.id);
        QString result = f.lastResult;
        if (pending > 0) {
            result = tr("%n change(s) to review", nullptr, pending);
            waiting << f.title();
        }
        auto *item = new QTreeWidgetItem(
            m_feedList,
            {f.title(),
             f.lastChecked.isValid() ? localeformat::dateTimeText(locale, f.lastChecked.toLocalTime())
                                     : tr("Not yet"),
             result, QString::number(f.closures), f.url});
        item->setData(0, Qt::UserRole, f.id);
        item->setToolTip(0, f.url);
        item->setToolTip(2, f.lastResult);
        if (f.id == selected)
            m_feedList->setCurrentItem(item);
    }
    // The first feed is chosen when feeds first appear; a reload does not choose one the
    // user left unchosen (Check Now then checks them all).
    if (firstFill && !m_feedList->currentItem() && m_feedList->topLevelItemCount() > 0)
        m_feedList->setCurrentItem(m_feedList->topLevelItem(0));
    for (int c = 0; c < m_feedList->columnCount() - 1; ++c)
        m_feedList->resizeColumnToContents(c);
    const bool show = !waiting.isEmpty();
    m_feedNotice->setVisible(show);
    m_feedNoticeReview->setVisible(show);
    if (show)
        showInlineMessage(
            m_feedNotice,
            tr("Holiday feed changes are waiting for review: %1.").arg(waiting.join(QStringLiteral(", "))),
            false);
    updateFeedButtons();
}

qint64 ClosuresWorkspace::selectedFeed() const
{
    const QTreeWidgetItem *item = m_feedList->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ClosuresWorkspace::updateFeedButtons()
{
    const qint64 id = selectedFeed();
    m_reviewFeed->setEnabled(id != 0 && m_pending.value(id) > 0);
    m_removeFeed->setEnabled(id != 0);
    m_checkFeed->setEnabled(!m_feeds.isEmpty());
}

void ClosuresWorkspace::setToday(const QDate &today)
{
    m_year = today.year();
    m_form->setDates(today, today);
}

void ClosuresWorkspace::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_banner, text, isError);
}

void ClosuresWorkspace::clearForm()
{
    m_form->clear();
    m_chainWide->setChecked(false);
}

void ClosuresWorkspace::requestAdd()
{
    ExceptionData c = m_form->exception();
    c.chainWide = m_chainWideAllowed && m_chainWide->isChecked();
    Q_EMIT addRequested(c);
}

void ClosuresWorkspace::requestDelete()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex row = rows.first();
    const QString description =
        tr("%1 (%2)").arg(row.siblingAtColumn(ClosuresModel::ReasonColumn).data().toString(),
                          row.siblingAtColumn(ClosuresModel::DatesColumn).data().toString());
    const qint64 id = row.data(ClosuresModel::IdRole).toLongLong();
    auto *confirm = new QMessageBox(
        QMessageBox::Question, tr("Delete Closure"),
        tr("Delete the closure %1? Practitioners become bookable on those days again.").arg(description),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("deleteClosureMessageBox"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id, description](int result) {
        if (result == QMessageBox::Yes)
            Q_EMIT deleteRequested(id, description);
    });
    confirm->open();
}

} // namespace caredesk
