#include "availabilityworkspace.h"

#include "blockdialog.h"
#include "models/availabilityresultsmodel.h"
#include "models/localeformat.h"
#include "ui/shell/inlinemessage.h"
#include "weeklyhoursdialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace caredesk {

namespace {

using Look = CalendarModel::Look;

enum DetailRole
{
    ExceptionIdRole = Qt::UserRole + 1,
    RemovableRole,
    AppointmentRowRole,
    AppointmentIdRole
};

/// The colours that tell open, blocked, closed and booked apart (also in the legend),
/// in light and dark variants so the palette's text stays readable on them; the
/// patterns and edges tell them apart without colour.
void paintLook(QPainter *p, const QRect &r, Look look, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    switch (look) {
    case Look::Open:
        p->fillRect(r, base);
        p->fillRect(QRect(r.left(), r.top(), 4, r.height()), QColor(0x3c, 0x9d, 0x5d));
        break;
    case Look::PartBlocked:
        p->fillRect(r, base);
        p->fillRect(QRect(r.left(), r.top(), 4, r.height()), QColor(0xe0, 0x9a, 0x2b));
        break;
    case Look::Blocked:
        p->fillRect(r, dark ? QColor(0x5a, 0x40, 0x18) : QColor(0xfb, 0xe3, 0xc0));
        break;
    case Look::Closed:
        p->fillRect(r, dark ? QColor(0x34, 0x34, 0x3c) : QColor(0xe2, 0xe2, 0xe6));
        p->fillRect(r, QBrush(dark ? QColor(0x70, 0x70, 0x80) : QColor(0xa8, 0xa8, 0xb4), Qt::BDiagPattern));
        break;
    case Look::WorkOverride:
        p->fillRect(r, dark ? QColor(0x1c, 0x3a, 0x26) : QColor(0xe6, 0xf4, 0xea));
        p->fillRect(r, QBrush(dark ? QColor(0x35, 0x66, 0x45) : QColor(0xb8, 0xd8, 0xc0), Qt::BDiagPattern));
        p->fillRect(QRect(r.left(), r.top(), 4, r.height()), QColor(0x3c, 0x9d, 0x5d));
        break;
    case Look::Off:
        p->fillRect(r, palette.color(QPalette::Window).lighter(103));
        break;
    }
}

class CalendarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        const QRect r = option.rect.adjusted(0, 0, -1, -1);
        const bool loaded = index.data(CalendarModel::LookRole).isValid();
        const bool inMonth = index.data(CalendarModel::InFocusMonthRole).toBool();
        if (loaded)
            paintLook(p, r, Look(index.data(CalendarModel::LookRole).toInt()), option.palette);
        else
            p->fillRect(r, option.palette.color(QPalette::Base));
        if (!inMonth) {
            QColor veil = option.palette.color(QPalette::Base); // other months recede
            veil.setAlpha(150);
            p->fillRect(r, veil);
        }
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        if (selected) {
            QColor tint = option.palette.color(QPalette::Highlight);
            tint.setAlpha(40);
            p->fillRect(r, tint);
        }
        p->setPen(option.palette.color(QPalette::Mid));
        p->drawRect(r);
        if (selected) {
            p->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            p->drawRect(r.adjusted(1, 1, -1, -1));
        }

        const QFontMetrics fm(option.font);
        const int pad = 6;
        QRect text = r.adjusted(pad + 2, 3, -pad, -3);
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        const QString number = index.data(Qt::DisplayRole).toString();
        QColor ink = option.palette.color(QPalette::Text);
        if (!inMonth)
            ink = option.palette.color(QPalette::PlaceholderText);
        if (index.data(CalendarModel::TodayRole).toBool()) {
            const QRect badge(text.left() - 3, text.top(), QFontMetrics(bold).horizontalAdvance(number) + 8,
                              fm.height() + 2);
            p->setBrush(option.palette.color(QPalette::Highlight));
            p->setPen(Qt::NoPen);
            p->drawRoundedRect(badge, 4, 4);
            p->setPen(option.palette.color(QPalette::HighlightedText));
            p->drawText(badge, Qt::AlignCenter, number);
        } else {
            p->setPen(ink);
            p->drawText(text, Qt::AlignLeft | Qt::AlignTop, number);
        }
        p->setFont(option.font);
        int y = text.top() + fm.height() + 4;
        const QStringList lines = index.data(CalendarModel::LinesRole).toStringList();
        for (int i = 0; i < lines.size(); ++i) {
            const bool last = y + 2 * fm.height() > text.bottom() && i + 1 < lines.size();
            if (y + fm.height() > text.bottom() + 2)
                break;
            QString line = lines.at(i);
            if (last)
                line = tr_more(int(lines.size()) - i);
            p->setPen(line.startsWith(QLatin1Char('+')) ? option.palette.color(QPalette::PlaceholderText)
                                                        : ink);
            p->drawText(QRect(text.left(), y, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(line, Qt::ElideRight, text.width()));
            y += fm.height() + 1;
            if (last)
                break;
        }
        p->restore();
    }

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {fm.horizontalAdvance(QStringLiteral("09:00–12:30, 13:30")), 4 * fm.height() + 12};
    }

private:
    static QString tr_more(int n) { return AvailabilityWorkspace::tr("+ %n more", nullptr, n); }
};

QPixmap swatch(Look look, const QPalette &palette)
{
    QPixmap pm(16, 16);
    QPainter p(&pm);
    paintLook(&p, pm.rect(), look, palette);
    p.setPen(palette.color(QPalette::Mid));
    p.drawRect(pm.rect().adjusted(0, 0, -1, -1));
    return pm;
}

} // namespace

AvailabilityWorkspace::AvailabilityWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_model(new CalendarModel(this))
    , m_practitioner(new QComboBox(this))
    , m_month(new QToolButton(this))
    , m_week(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_todayButton(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_block(new QPushButton(tr("+ &Block Date…"), this))
    , m_hours(new QPushButton(tr("Weekly &Hours…"), this))
    , m_banner(new QLabel(this))
    , m_calendar(new QTableView(this))
    , m_dayTitle(new QLabel(this))
    , m_details(new QListWidget(this))
    , m_work(new QPushButton(tr("&Work This Day…"), this))
    , m_undoWork(new QPushButton(tr("&Undo Working"), this))
    , m_remove(new QPushButton(tr("&Remove Block"), this))
    , m_openInBook(new QPushButton(tr("&Open in Book"), this))
{
    setObjectName(QStringLiteral("availabilityWorkspace"));
    setAccessibleName(tr("My Availability"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(tr("My Availability"), this));

    auto *bar = new QHBoxLayout;
    m_practitioner->setObjectName(QStringLiteral("calendarPractitionerComboBox"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_practitioner->setMinimumContentsLength(16);
    auto *who = new QLabel(tr("&Practitioner:"), this);
    who->setBuddy(m_practitioner);
    bar->addWidget(who);
    bar->addWidget(m_practitioner);
    bar->addSpacing(12);
    m_month->setText(tr("&Month"));
    m_week->setText(tr("W&eek"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *b : {m_month, m_week}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(b);
        bar->addWidget(b);
    }
    m_month->setObjectName(QStringLiteral("monthViewToolButton"));
    m_week->setObjectName(QStringLiteral("weekViewToolButton"));
    m_month->setChecked(true);
    bar->addSpacing(12);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAccessibleName(tr("Previous"));
    m_previous->setToolTip(tr("Previous month or week (Page Up)"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAccessibleName(tr("Next"));
    m_next->setToolTip(tr("Next month or week (Page Down)"));
    m_todayButton->setText(tr("&Today"));
    m_todayButton->setToolTip(tr("Go to today (Home)"));
    bar->addWidget(m_previous);
    bar->addWidget(m_todayButton);
    bar->addWidget(m_next);
    m_title->setObjectName(QStringLiteral("calendarTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setMinimumWidth(
        QFontMetrics(titleFont).horizontalAdvance(QStringLiteral("28 September – 4 October 2026")));
    bar->addWidget(m_title);
    bar->addStretch(1);
    m_block->setObjectName(QStringLiteral("blockDatePushButton"));
    m_block->setToolTip(tr("Block the selected days (Ctrl+B)"));
    m_hours->setObjectName(QStringLiteral("weeklyHoursPushButton"));
    bar->addWidget(m_block);
    bar->addWidget(m_hours);
    layout->addLayout(bar);

    m_banner->setObjectName(QStringLiteral("availabilityMessageLabel"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_calendar->setObjectName(QStringLiteral("calendarTableView"));
    m_calendar->setAccessibleName(tr("Calendar"));
    m_calendar->setModel(m_model);
    m_calendar->setItemDelegate(new CalendarDelegate(m_calendar));
    m_calendar->setSelectionMode(QAbstractItemView::NoSelection); // the workspace selects days itself
    m_calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendar->setShowGrid(false);
    m_calendar->setWordWrap(false);
    m_calendar->verticalHeader()->setVisible(false);
    m_calendar->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendar->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_calendar->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_calendar->setMinimumSize(560, 360);
    m_calendar->installEventFilter(this);
    leftLayout->addWidget(m_calendar, 1);
    auto *legend = new QHBoxLayout;
    for (Look look :
         {Look::Open, Look::PartBlocked, Look::Blocked, Look::Closed, Look::WorkOverride, Look::Off}) {
        auto *icon = new QLabel(left);
        icon->setPixmap(swatch(look, palette()));
        auto *text = new QLabel(CalendarModel::lookName(look), left);
        legend->addWidget(icon);
        legend->addWidget(text);
        legend->addSpacing(8);
    }
    legend->addStretch(1);
    leftLayout->addLayout(legend);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_dayTitle->setObjectName(QStringLiteral("dayTitleLabel"));
    m_dayTitle->setWordWrap(true);
    QFont dayFont = m_dayTitle->font();
    dayFont.setBold(true);
    m_dayTitle->setFont(dayFont);
    rightLayout->addWidget(m_dayTitle);
    m_details->setObjectName(QStringLiteral("dayDetailsListWidget"));
    m_details->setAccessibleName(tr("Day details"));
    m_details->setWordWrap(true);
    m_details->setSpacing(3);
    right->setMinimumWidth(280);
    m_details->installEventFilter(this);
    rightLayout->addWidget(m_details, 1);
    m_work->setObjectName(QStringLiteral("workThisDayPushButton"));
    m_work->setToolTip(tr("The clinic is closed; work this day anyway"));
    m_undoWork->setObjectName(QStringLiteral("undoWorkPushButton"));
    m_remove->setObjectName(QStringLiteral("removeBlockPushButton"));
    m_remove->setToolTip(tr("Remove the selected block (Delete)"));
    m_openInBook->setObjectName(QStringLiteral("openInBookPushButton"));
    for (QPushButton *b : {m_work, m_undoWork, m_remove, m_openInBook})
        rightLayout->addWidget(b);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *blockAction = new QAction(tr("Block Date"), this);
    blockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    blockAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(blockAction);

    setTabOrder(m_practitioner, m_month);
    setTabOrder(m_month, m_week);
    setTabOrder(m_week, m_block);
    setTabOrder(m_block, m_hours);
    setTabOrder(m_hours, m_calendar);
    setTabOrder(m_calendar, m_details);

    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] {
        m_model->clear();
        requestRange();
    });
    connect(m_month, &QToolButton::clicked, this, [this] { setMode(CalendarModel::Mode::Month); });
    connect(m_week, &QToolButton::clicked, this, [this] { setMode(CalendarModel::Mode::Week); });
    const auto page = [this](int direction) {
        const bool month = m_model->mode() == CalendarModel::Mode::Month;
        moveTo(month ? m_current.addMonths(direction) : m_current.addDays(7 * direction), false);
    };
    connect(m_previous, &QToolButton::clicked, this, [page] { page(-1); });
    connect(m_next, &QToolButton::clicked, this, [page] { page(1); });
    connect(m_todayButton, &QToolButton::clicked, this, [this] { moveTo(m_today, false); });
    connect(m_block, &QPushButton::clicked, this, &AvailabilityWorkspace::openBlockDialog);
    connect(blockAction, &QAction::triggered, this, &AvailabilityWorkspace::openBlockDialog);
    connect(m_hours, &QPushButton::clicked, this, [this] { Q_EMIT weeklyHoursRequested(practitionerKey()); });
    connect(m_calendar, &QTableView::pressed, this, [this](const QModelIndex &index) {
        moveTo(m_model->dateAt(index), QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });
    connect(m_calendar, &QTableView::doubleClicked, this, [this] { m_details->setFocus(); });
    connect(m_details, &QListWidget::currentRowChanged, this, &AvailabilityWorkspace::updateActions);
    connect(m_details, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(AppointmentRowRole).isValid() && m_canBook)
            m_openInBook->click();
    });
    connect(m_work, &QPushButton::clicked, this, &AvailabilityWorkspace::requestWorkThisDay);
    connect(m_undoWork, &QPushButton::clicked, this, [this] {
        const CalendarModel::DayInfo day = m_model->dayInfo(m_current);
        if (const ExceptionRecord *w = day.workOverride())
            Q_EMIT removeExceptionRequested(w->id, m_model->exceptionText(*w));
    });
    connect(m_remove, &QPushButton::clicked, this, &AvailabilityWorkspace::requestRemove);
    connect(m_openInBook, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_details->currentItem();
        if (!item || !item->data(AppointmentRowRole).isValid())
            return;
        const auto day = m_model->dayInfo(m_current);
        const int row = item->data(AppointmentRowRole).toInt();
        if (row >= 0 && row < day.appointments.size())
            Q_EMIT openInBookRequested(day.appointments.at(row));
    });

    m_current = m_anchor = QDate::currentDate();
    updateTitle();
    updateActions();
}

void AvailabilityWorkspace::setPractitioners(const QList<QPair<QString, QString>> &keysAndNames)
{
    const QString keep = practitionerKey();
    const QSignalBlocker block(m_practitioner);
    m_practitioner->clear();
    for (const auto &[key, name] : keysAndNames)
        m_practitioner->addItem(name, key);
    m_practitioner->setEnabled(keysAndNames.size() > 1);
    const int again = m_practitioner->findData(keep);
    m_practitioner->setCurrentIndex(again >= 0 ? again : 0);
}

void AvailabilityWorkspace::setPractitioner(const QString &key)
{
    const int i = m_practitioner->findData(key);
    if (i >= 0 && i != m_practitioner->currentIndex())
        m_practitioner->setCurrentIndex(i); // requests the range
}

QString AvailabilityWorkspace::practitionerKey() const
{
    return m_practitioner->currentData().toString();
}

QString AvailabilityWorkspace::practitionerName() const
{
    return m_practitioner->currentText();
}

void AvailabilityWorkspace::setToday(const QDate &today)
{
    const bool first = !m_today.isValid();
    m_today = today;
    m_model->setToday(today);
    if (first)
        moveTo(today, false);
}

void AvailabilityWorkspace::setCanBook(bool canBook)
{
    m_canBook = canBook;
    updateActions();
}

void AvailabilityWorkspace::setMode(CalendarModel::Mode mode)
{
    m_month->setChecked(mode == CalendarModel::Mode::Month);
    m_week->setChecked(mode == CalendarModel::Mode::Week);
    m_model->setView(mode, m_current);
    applySelection();
    updateTitle();
    requestRange();
}

QPair<QDate, QDate> AvailabilityWorkspace::selection() const
{
    return {std::min(m_anchor, m_current), std::max(m_anchor, m_current)};
}

void AvailabilityWorkspace::selectDate(const QDate &date, bool extend)
{
    moveTo(date, extend);
}

void AvailabilityWorkspace::moveTo(const QDate &date, bool extend)
{
    if (!date.isValid())
        return;
    if (!extend)
        m_anchor = date;
    m_current = date;
    const bool month = m_model->mode() == CalendarModel::Mode::Month;
    const bool outside =
        month ? (date.month() != m_model->focusDate().month() || date.year() != m_model->focusDate().year())
              : !m_model->indexOf(date).isValid();
    if (outside) {
        m_model->setView(m_model->mode(), date);
        updateTitle();
        requestRange();
    }
    applySelection();
    updateDetails();
}

void AvailabilityWorkspace::applySelection()
{
    QItemSelection selected;
    const auto [first, last] = selection();
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const QModelIndex i = m_model->indexOf(d);
        if (i.isValid())
            selected.select(i, i);
    }
    m_calendar->selectionModel()->select(selected, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_model->indexOf(m_current);
    m_calendar->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (current.isValid())
        m_calendar->scrollTo(current);
}

void AvailabilityWorkspace::requestRange()
{
    if (practitionerKey().isEmpty())
        return;
    Q_EMIT rangeRequested(practitionerKey(), m_model->firstShown(), m_model->lastShown());
}

void AvailabilityWorkspace::updateTitle()
{
    const QLocale locale;
    if (m_model->mode() == CalendarModel::Mode::Month) {
        m_title->setText(
            localeformat::dateText(locale, m_model->focusDate(), localeformat::DateStyle::MonthYear));
    } else {
        const QDate first = m_model->firstShown();
        const QDate last = m_model->lastShown();
        m_title->setText(tr("%1 – %2").arg(
            localeformat::dateText(locale, first, localeformat::DateStyle::DayLongMonth),
            localeformat::dateText(locale, last, localeformat::DateStyle::DayLongMonthYear)));
    }
}

void AvailabilityWorkspace::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_banner, text, isError);
}

void AvailabilityWorkspace::calendarLoaded()
{
    updateDetails();
}

void AvailabilityWorkspace::updateDetails()
{
    const QLocale locale;
    const CalendarModel::DayInfo day = m_model->dayInfo(m_current);
    const bool loaded = m_model->data(m_model->indexOf(m_current), CalendarModel::LookRole).isValid();
    const auto [first, last] = selection();
    QString title = locale.toString(m_current, QLocale::LongFormat);
    if (first != last)
        title = tr("%n day(s) selected: %1 – %2", nullptr, int(first.daysTo(last) + 1))
                    .arg(locale.toString(first, QLocale::ShortFormat),
                         locale.toString(last, QLocale::ShortFormat));
    m_dayTitle->setText(title);
    // A reload of the same day keeps the line the user stands on: the same block or
    // appointment (by id, so a line added above it does not shift the choice), else the
    // same text.
    const QListWidgetItem *was = m_detailsDay == m_current ? m_details->currentItem() : nullptr;
    const qint64 keepException = was ? was->data(ExceptionIdRole).toLongLong() : 0;
    const qint64 keepAppointment = was ? was->data(AppointmentIdRole).toLongLong() : 0;
    const QString keepText = was ? was->text() : QString();
    m_detailsDay = m_current;
    // The buttons beside the list change state once, at the end (updateActions), so a
    // reload does not knock the keyboard off the one the user stands on.
    const QSignalBlocker block(m_details);
    m_details->clear();
    if (loaded) {
        m_details->addItem(day.look == CalendarModel::Look::Open
                               ? CalendarModel::lookName(day.look)
                               : tr("%1 — %2").arg(CalendarModel::lookName(day.look), m_model->summary(day)));
        if (!day.hours.isEmpty())
            m_details->addItem(tr("Working hours: %1").arg(day.hours.join(QStringLiteral(", "))));
        for (const ExceptionRecord &e : day.closures)
            m_details->addItem(tr("Clinic-wide: %1").arg(m_model->exceptionText(e)));
        for (const ExceptionRecord &e : day.blocks) {
            auto *item = new QListWidgetItem(m_model->exceptionText(e), m_details);
            item->setData(ExceptionIdRole, e.id);
            item->setData(RemovableRole, true);
            item->setToolTip(tr("%1 – %2").arg(locale.toString(e.startDate, QLocale::ShortFormat),
                                               locale.toString(e.endDate, QLocale::ShortFormat)));
        }
        if (day.appointments.isEmpty())
            m_details->addItem(tr("No booked appointments"));
        for (int i = 0; i < day.appointments.size(); ++i) {
            const AppointmentSummary &a = day.appointments.at(i);
            auto *item = new QListWidgetItem(
                tr("%1  %2%3")
                    .arg(m_model->timeRange(a.start.toMSecsSinceEpoch(), a.end.toMSecsSinceEpoch()),
                         a.patient, a.typeName.isEmpty() ? QString() : tr(" (%1)").arg(a.typeName)),
                m_details);
            item->setData(AppointmentRowRole, i);
            item->setData(AppointmentIdRole, a.id);
        }
    } else {
        m_details->addItem(tr("Loading…"));
    }
    for (int row = 0; was && row < m_details->count(); ++row) {
        const QListWidgetItem *item = m_details->item(row);
        const bool same = keepException != 0 ? item->data(ExceptionIdRole).toLongLong() == keepException
                          : keepAppointment != 0
                              ? item->data(AppointmentIdRole).toLongLong() == keepAppointment
                              : item->text() == keepText;
        if (same) {
            m_details->setCurrentRow(row);
            break;
        }
    }
    updateActions();
}

void AvailabilityWorkspace::updateActions()
{
    const CalendarModel::DayInfo day = m_model->dayInfo(m_current);
    const bool closedDay = !day.closures.isEmpty();
    const bool single = m_anchor == m_current;
    m_work->setEnabled(single && closedDay && !day.workOverride());
    m_undoWork->setEnabled(day.workOverride() != nullptr);
    const QListWidgetItem *item = m_details->currentItem();
    m_remove->setEnabled(item && item->data(RemovableRole).toBool());
    m_openInBook->setVisible(m_canBook);
    m_openInBook->setEnabled(m_canBook && item && item->data(AppointmentRowRole).isValid());
    m_block->setEnabled(!practitionerKey().isEmpty());
    m_hours->setEnabled(!practitionerKey().isEmpty());
}

bool AvailabilityWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_details) {
        if (key->key() == Qt::Key_Delete && m_remove->isEnabled()) {
            requestRemove();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_calendar->setFocus();
            return true;
        }
        return false;
    }
    if (watched != m_calendar)
        return QWidget::eventFilter(watched, event);
    const bool extend = key->modifiers().testFlag(Qt::ShiftModifier);
    switch (key->key()) {
    case Qt::Key_Left:
        moveTo(m_current.addDays(-1), extend);
        return true;
    case Qt::Key_Right:
        moveTo(m_current.addDays(1), extend);
        return true;
    case Qt::Key_Up:
        moveTo(m_current.addDays(-7), extend);
        return true;
    case Qt::Key_Down:
        moveTo(m_current.addDays(7), extend);
        return true;
    case Qt::Key_PageUp:
        moveTo(m_current.addMonths(-1), extend);
        return true;
    case Qt::Key_PageDown:
        moveTo(m_current.addMonths(1), extend);
        return true;
    case Qt::Key_Home:
        moveTo(m_today.isValid() ? m_today : QDate::currentDate(), false);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_details->setFocus();
        if (m_details->currentRow() < 0 && m_details->count() > 0)
            m_details->setCurrentRow(0);
        return true;
    default:
        return false;
    }
}

void AvailabilityWorkspace::openBlockDialog()
{
    if (practitionerKey().isEmpty())
        return;
    if (m_blockDialog) {
        m_blockDialog->raise();
        m_blockDialog->activateWindow();
        return;
    }
    const auto [first, last] = selection();
    m_blockDialog = new BlockDialog(practitionerName(), first, last, this);
    m_blockDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_blockDialog, &BlockDialog::saveRequested, this, [this](const ExceptionData &b) {
        ExceptionData block = b;
        block.practitionerKey = practitionerKey();
        Q_EMIT blockRequested(block);
    });
    m_blockDialog->open();
}

void AvailabilityWorkspace::blockFinished(bool saved, const QString &message)
{
    if (m_blockDialog)
        m_blockDialog->setResult(saved, message);
    if (saved)
        showMessage(message, false);
}

void AvailabilityWorkspace::askAboutHits(const ExceptionData &block, const QList<AppointmentSummary> &hits)
{
    const QLocale locale;
    QStringList lines;
    for (const AppointmentSummary &a : hits) {
        lines.append(tr("%1 %2 — %3")
                         .arg(locale.toString(a.start.toTimeZone(m_model->calendar().zone).date(),
                                              QLocale::ShortFormat),
                              m_model->timeRange(a.start.toMSecsSinceEpoch(), a.end.toMSecsSinceEpoch()),
                              a.patient));
    }
    QWidget *parentWidget = m_blockDialog ? static_cast<QWidget *>(m_blockDialog) : this;
    auto *ask = new QMessageBox(QMessageBox::Warning, tr("Booked Appointments in the Way"),
                                tr("Booked appointments inside this block: %1").arg(hits.size()) +
                                    QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')),
                                QMessageBox::NoButton, parentWidget);
    ask->setObjectName(QStringLiteral("blockHitsMessageBox"));
    ask->setInformativeText(tr("Keep them and the front desk sees them flagged on the day sheet, or "
                               "reschedule them yourself in Book."));
    QPushButton *keep = ask->addButton(tr("&Keep Them and Tell the Front Desk"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepAppointmentsPushButton"));
    QPushButton *book = nullptr;
    if (m_canBook) {
        book = ask->addButton(tr("Save and &Reschedule in Book"), QMessageBox::AcceptRole);
        book->setObjectName(QStringLiteral("rescheduleInBookPushButton"));
    }
    ask->addButton(QMessageBox::Cancel);
    ask->setDefaultButton(keep);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this, ask, keep, book, block, hits] {
        const QAbstractButton *clicked = ask->clickedButton();
        if (clicked == keep || (book && clicked == book))
            Q_EMIT blockConfirmed(block, clicked == book, hits);
        else
            blockFinished(false, tr("Not saved: the appointments stay as they are."));
    });
    ask->open();
}

void AvailabilityWorkspace::openWeeklyHours(const QList<WorkingInterval> &hours, const QDate &from)
{
    if (m_hoursDialog) {
        m_hoursDialog->raise();
        return;
    }
    m_hoursDialog = new WeeklyHoursDialog(practitionerName(), hours, from, this);
    m_hoursDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = practitionerKey();
    connect(m_hoursDialog, &WeeklyHoursDialog::saveRequested, this,
            [this, key](const QList<WorkingInterval> &h, const QDate &f) {
                Q_EMIT weeklyHoursSaveRequested(key, h, f);
            });
    m_hoursDialog->open();
}

void AvailabilityWorkspace::weeklyHoursFinished(bool saved, const QString &message)
{
    if (m_hoursDialog)
        m_hoursDialog->setResult(saved, message);
    if (saved)
        showMessage(message, false);
}

void AvailabilityWorkspace::requestWorkThisDay()
{
    const CalendarModel::DayInfo day = m_model->dayInfo(m_current);
    if (day.closures.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("workThisDayDialog"));
    dialog->setWindowTitle(tr("Work This Day"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *text =
        new QLabel(tr("The clinic is closed on %1 (%2). Work anyway:")
                       .arg(QLocale().toString(m_current, QLocale::LongFormat), day.closures.first().label()),
                   dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *usual = new QRadioButton(tr("My &usual hours"), dialog);
    usual->setObjectName(QStringLiteral("usualHoursRadioButton"));
    auto *custom = new QRadioButton(tr("&These hours:"), dialog);
    custom->setObjectName(QStringLiteral("customHoursRadioButton"));
    usual->setChecked(true);
    auto *start = new QTimeEdit(QTime(9, 0), dialog);
    auto *end = new QTimeEdit(QTime(13, 0), dialog);
    start->setAccessibleName(tr("From"));
    end->setAccessibleName(tr("Until"));
    for (QTimeEdit *e : {start, end}) {
        e->setDisplayFormat(localeformat::shortTimeFormat(QLocale()));
        e->setEnabled(false);
        connect(custom, &QRadioButton::toggled, e, &QWidget::setEnabled);
    }
    layout->addWidget(usual);
    auto *row = new QHBoxLayout;
    row->addWidget(custom);
    row->addWidget(start);
    row->addWidget(new QLabel(tr("to"), dialog));
    row->addWidget(end);
    row->addStretch(1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QDate date = m_current;
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, custom, start, end, date, day] {
        ExceptionData w;
        w.practitionerKey = practitionerKey();
        w.kind = QStringLiteral("work");
        w.startDate = date;
        w.endDate = date;
        w.reason = tr("Working during %1").arg(day.closures.first().label());
        if (custom->isChecked()) {
            w.startMinute = start->time().msecsSinceStartOfDay() / 60'000;
            const int e = end->time().msecsSinceStartOfDay() / 60'000;
            w.endMinute = e == 0 ? kEndOfDay : e;
            if (*w.endMinute <= *w.startMinute) {
                QMessageBox::warning(dialog, tr("Work This Day"),
                                     tr("The end time is not after the start time."));
                return;
            }
        }
        dialog->accept();
        Q_EMIT workThisDayRequested(w);
    });
    dialog->open();
}

void AvailabilityWorkspace::requestRemove()
{
    const QListWidgetItem *item = m_details->currentItem();
    if (!item || !item->data(RemovableRole).toBool())
        return;
    const qint64 id = item->data(ExceptionIdRole).toLongLong();
    const QString description = item->text();
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Remove Block"),
                                    tr("Remove \"%1\"? Those days become bookable again.").arg(description),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("removeBlockMessageBox"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id, description](int result) {
        if (result == QMessageBox::Yes)
            Q_EMIT removeExceptionRequested(id, description);
    });
    confirm->open();
}

} // namespace caredesk
