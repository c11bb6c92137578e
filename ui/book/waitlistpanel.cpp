#include "waitlistpanel.h"

#include "bookdialog.h"
#include "models/localeformat.h"
#include "ui/shell/inlinemessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caredesk {

namespace {

constexpr int kEntryIdRole = Qt::UserRole + 1;

QString nameOf(const QList<QPair<QString, QString>> &practitioners, const QString &key)
{
    for (const auto &[k, name] : practitioners) {
        if (k == key)
            return name;
    }
    return key;
}

QString whenText(const QDateTime &start, const QDateTime &end, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime s = start.toTimeZone(zone);
    const QDateTime e = end.toTimeZone(zone);
    return QStringLiteral("%1 %2–%3")
        .arg(locale.toString(s.date(), QStringLiteral("ddd d MMM")),
             localeformat::shortTime(locale, s.time()), localeformat::shortTime(locale, e.time()));
}

} // namespace

WaitlistEntryDialog::WaitlistEntryDialog(const QList<QPair<QString, QString>> &practitioners,
                                         const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_practitioner(new QComboBox(this))
    , m_earliest(new QDateEdit(today, this))
    , m_latest(new QDateEdit(today.addDays(27), this))
    , m_from(new QTimeEdit(QTime(0, 0), this))
    , m_to(new QTimeEdit(QTime(23, 59), this))
    , m_minutes(new QSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("waitlistEntryDialog"));
    setWindowTitle(tr("Add to Waitlist"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    setUpPatientFields(m_name, QStringLiteral("waitlistNameLineEdit"), m_phone,
                       QStringLiteral("waitlistPhoneLineEdit"));
    m_practitioner->setObjectName(QStringLiteral("waitlistPractitionerComboBox"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_practitioner->addItem(tr("Any practitioner"), QString());
    for (const auto &[key, name] : practitioners)
        m_practitioner->addItem(name, key);
    for (QDateEdit *d : {m_earliest, m_latest}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_earliest->setObjectName(QStringLiteral("waitlistEarliestDateEdit"));
    m_earliest->setAccessibleName(tr("Earliest date"));
    m_latest->setObjectName(QStringLiteral("waitlistLatestDateEdit"));
    m_latest->setAccessibleName(tr("Latest date"));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_earliest);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_latest);
    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("waitlistWeekday%1CheckBox").arg(d));
        box->setAccessibleName(locale.dayName(d, QLocale::LongFormat));
        box->setChecked(d <= 5);
        days->addWidget(box);
        m_weekdays.append(box);
        connect(box, &QCheckBox::toggled, this, &WaitlistEntryDialog::validate);
    }
    for (QTimeEdit *t : {m_from, m_to})
        t->setDisplayFormat(localeformat::shortTimeFormat(locale));
    m_from->setObjectName(QStringLiteral("waitlistFromTimeEdit"));
    m_from->setAccessibleName(tr("Earliest time of day"));
    m_to->setObjectName(QStringLiteral("waitlistToTimeEdit"));
    m_to->setAccessibleName(tr("Latest time of day"));
    auto *times = new QHBoxLayout;
    times->addWidget(m_from);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_to);
    m_minutes->setObjectName(QStringLiteral("waitlistMinutesSpinBox"));
    m_minutes->setAccessibleName(tr("Length in minutes"));
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_note->setObjectName(QStringLiteral("waitlistNoteLineEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaxLength(1000);
    form->addRow(tr("Patient &name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&With:"), m_practitioner);
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_earliest);
    form->addRow(datesLabel, dates);
    form->addRow(tr("Days:"), days);
    auto *timesLabel = new QLabel(tr("&Time of day:"), this);
    timesLabel->setBuddy(m_from);
    form->addRow(timesLabel, times);
    form->addRow(tr("&Length:"), m_minutes);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    m_hint->setObjectName(QStringLiteral("waitlistHintLabel"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("waitlistAddConfirmPushButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &WaitlistEntryDialog::validate);
    connect(m_earliest, &QDateEdit::dateChanged, this, &WaitlistEntryDialog::validate);
    connect(m_latest, &QDateEdit::dateChanged, this, &WaitlistEntryDialog::validate);
    connect(m_from, &QTimeEdit::timeChanged, this, &WaitlistEntryDialog::validate);
    connect(m_to, &QTimeEdit::timeChanged, this, &WaitlistEntryDialog::validate);
    connect(m_minutes, &QSpinBox::valueChanged, this, &WaitlistEntryDialog::validate);
    validate();
    m_name->setFocus();
}

WaitlistEntry WaitlistEntryDialog::entry() const
{
    WaitlistEntry e;
    e.patient = m_name->text().trimmed();
    e.phone = m_phone->text().trimmed();
    e.practitionerKey = m_practitioner->currentData().toString();
    e.earliest = m_earliest->date();
    e.latest = m_latest->date();
    for (int d = 1; d <= 7; ++d) {
        if (m_weekdays.at(d - 1)->isChecked())
            e.weekdays << d;
    }
    if (e.weekdays.size() == 7)
        e.weekdays.clear();
    e.dayFrom = m_from->time().msecsSinceStartOfDay() / 60000;
    // 23:59 on the edit means to the end of the day.
    e.dayTo = m_to->time() == QTime(23, 59) ? kEndOfDay : m_to->time().msecsSinceStartOfDay() / 60000;
    e.minutes = m_minutes->value();
    e.note = m_note->text().trimmed();
    return e;
}

void WaitlistEntryDialog::validate()
{
    std::optional<QString> problem;
    if (std::none_of(m_weekdays.cbegin(), m_weekdays.cend(),
                     [](const QCheckBox *b) { return b->isChecked(); }))
        problem = tr("Tick at least one day.");
    else
        problem = waitlistEntryProblem(entry(), m_today);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!problem);
    showInlineMessage(m_hint, problem.value_or(QString()), problem && !m_name->text().trimmed().isEmpty());
}

WaitlistPanel::WaitlistPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(tr("&Add to Waitlist…"), this))
    , m_book(new QPushButton(tr("Book &Offer"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("waitlistPanel"));
    setAccessibleName(tr("Waitlist"));
    auto *layout = new QVBoxLayout(this);
    m_list->setObjectName(QStringLiteral("waitlistTreeWidget"));
    m_list->setAccessibleName(tr("Waitlist entries and the free slots offered to them"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Patient"), tr("Wants"), tr("Waiting since"), tr("Free slot offered")});
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    m_message->setObjectName(QStringLiteral("waitlistMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *actions = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("waitlistAddPushButton"));
    m_book->setObjectName(QStringLiteral("waitlistBookPushButton"));
    m_book->setToolTip(tr("Books the selected patient into the slot offered (Enter)"));
    m_remove->setObjectName(QStringLiteral("waitlistRemovePushButton"));
    actions->addWidget(m_add);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(m_book);
    layout->addLayout(actions);
    connect(m_add, &QPushButton::clicked, this, [this] {
        auto *dialog = new WaitlistEntryDialog(m_practitioners, m_today, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT addRequested(dialog->entry()); });
        dialog->open();
    });
    connect(m_book, &QPushButton::clicked, this, &WaitlistPanel::bookCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &WaitlistPanel::bookCurrent);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT removeRequested(item->data(0, kEntryIdRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &WaitlistPanel::updateButtons);
    updateButtons();
}

void WaitlistPanel::setPractitioners(const QList<QPair<QString, QString>> &keysAndNames)
{
    m_practitioners = keysAndNames;
}

void WaitlistPanel::setToday(const QDate &today)
{
    m_today = today;
}

const WaitlistOffer *WaitlistPanel::offerFor(qint64 entryId) const
{
    for (const WaitlistOffer &o : m_offers) {
        if (o.entry.id == entryId)
            return &o;
    }
    return nullptr;
}

void WaitlistPanel::showEntries(const QList<WaitlistEntry> &entries, const QList<WaitlistOffer> &offers,
                                const QTimeZone &zone)
{
    // What is new since the last time: an entry offered a slot it was not offered before.
    m_newOffers.clear();
    if (m_shownOnce) {
        for (const WaitlistOffer &o : offers) {
            const WaitlistOffer *before = offerFor(o.entry.id);
            if (!before || o.start < before->start)
                m_newOffers.append(o);
        }
    }
    m_shownOnce = true;
    const qint64 current =
        m_list->currentItem() ? m_list->currentItem()->data(0, kEntryIdRole).toLongLong() : 0;
    m_entries = entries;
    m_offers = offers;
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QLocale locale;
    QTreeWidgetItem *restore = nullptr;
    for (const WaitlistEntry &e : entries) {
        QStringList wants;
        wants << (e.practitionerKey.isEmpty() ? tr("anyone") : nameOf(m_practitioners, e.practitionerKey));
        wants << (e.earliest == e.latest ? locale.toString(e.earliest, QLocale::ShortFormat)
                                         : tr("%1 to %2")
                                               .arg(locale.toString(e.earliest, QLocale::ShortFormat),
                                                    locale.toString(e.latest, QLocale::ShortFormat)));
        if (!e.weekdays.isEmpty()) {
            QStringList days;
            for (int d : e.weekdays)
                days << locale.dayName(d, QLocale::ShortFormat);
            wants << days.join(QLatin1Char(' '));
        }
        if (e.dayFrom > 0 || e.dayTo < kEndOfDay)
            wants << tr("%1–%2").arg(formatWallMinutes(e.dayFrom), formatWallMinutes(e.dayTo));
        wants << tr("%n min", nullptr, e.minutes);
        const WaitlistOffer *offer = offerFor(e.id);
        auto *item = new QTreeWidgetItem(
            m_list, {e.patient, wants.join(QStringLiteral(", ")),
                     locale.toString(e.createdAt.toTimeZone(zone).date(), QLocale::ShortFormat),
                     offer ? tr("%1 with %2")
                                 .arg(whenText(offer->start, offer->end, zone),
                                      nameOf(m_practitioners, offer->practitionerKey))
                           : tr("nothing free yet")});
        item->setData(0, kEntryIdRole, e.id);
        if (!e.note.isEmpty())
            item->setToolTip(1, e.note);
        if (offer) {
            QFont bold = item->font(3);
            bold.setBold(true);
            item->setFont(3, bold);
        }
        if (e.id == current)
            restore = item;
    }
    for (int c = 0; c < m_list->columnCount(); ++c) {
        if (c != 1)
            m_list->resizeColumnToContents(c);
    }
    if (restore)
        m_list->setCurrentItem(restore);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void WaitlistPanel::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_message, text, isError);
}

int WaitlistPanel::entryCount() const
{
    return m_list->topLevelItemCount();
}

void WaitlistPanel::focusFirstOffer()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (offerFor(item->data(0, kEntryIdRole).toLongLong())) {
            m_list->setCurrentItem(item);
            break;
        }
    }
    m_list->setFocus();
}

void WaitlistPanel::bookCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (const WaitlistOffer *offer = offerFor(item->data(0, kEntryIdRole).toLongLong()))
        Q_EMIT bookOfferRequested(*offer);
}

void WaitlistPanel::updateButtons()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_remove->setEnabled(item != nullptr);
    m_book->setEnabled(item && offerFor(item->data(0, kEntryIdRole).toLongLong()));
}

} // namespace caredesk
