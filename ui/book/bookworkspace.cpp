#include "bookworkspace.h"

#include "bookdialog.h"
#include "daysheetpanel.h"
#include "models/availabilityresultsmodel.h"
#include "models/localeformat.h"
#include "seriespreviewdialog.h"
#include "ui/shell/inlinemessage.h"
#include "waitlistpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace caredesk {

namespace {
/// The practitioner choice that opens the several-practitioners picker.
constexpr const char *kSeveral = "*several";
} // namespace

BookWorkspace::BookWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_model(new AvailabilityResultsModel(this))
    , m_practitioner(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_timeFilter(new QCheckBox(tr("Only &between"), this))
    , m_timeFrom(new QTimeEdit(QTime(9, 0), this))
    , m_timeTo(new QTimeEdit(QTime(17, 0), this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_next(new QPushButton(tr("&Next Available"), this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_book(new QPushButton(tr("&Book…"), this))
    , m_banner(new QLabel(this))
    , m_zoneNote(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTreeView(this))
{
    setObjectName(QStringLiteral("bookWorkspace"));
    setAccessibleName(tr("Book"));
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(makePageHeading(tr("Book"), this));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("bookTabWidget"));
    outer->addWidget(m_tabs, 1);
    auto *findPage = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(findPage);

    auto *form = new QFormLayout;
    m_practitioner->setObjectName(QStringLiteral("practitionerComboBox"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_type->setObjectName(QStringLiteral("searchTypeComboBox"));
    m_type->setAccessibleName(tr("Appointment type"));
    m_minutes->setObjectName(QStringLiteral("minutesSpinBox"));
    m_minutes->setAccessibleName(tr("Duration in minutes"));
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    auto *what = new QHBoxLayout;
    what->addWidget(m_type, 1);
    what->addWidget(m_minutes);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setAccessibleName(tr("To date"));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    m_timeFilter->setObjectName(QStringLiteral("timeFilterCheckBox"));
    m_timeFrom->setObjectName(QStringLiteral("timeFromTimeEdit"));
    m_timeFrom->setAccessibleName(tr("Earliest start"));
    m_timeTo->setObjectName(QStringLiteral("timeToTimeEdit"));
    m_timeTo->setAccessibleName(tr("Latest end"));
    m_timeFrom->setDisplayFormat(localeformat::shortTimeFormat(QLocale()));
    m_timeTo->setDisplayFormat(localeformat::shortTimeFormat(QLocale()));
    m_timeFrom->setEnabled(false);
    m_timeTo->setEnabled(false);
    connect(m_timeFilter, &QCheckBox::toggled, m_timeFrom, &QWidget::setEnabled);
    connect(m_timeFilter, &QCheckBox::toggled, m_timeTo, &QWidget::setEnabled);
    auto *times = new QHBoxLayout;
    times->addWidget(m_timeFilter);
    times->addWidget(m_timeFrom);
    times->addWidget(new QLabel(tr("and"), this));
    times->addWidget(m_timeTo);
    times->addSpacing(16);
    // Shown, and tabbed through, in the locale's order; m_weekdays stays Monday first, as the
    // engine's weekdays are.
    const QLocale locale;
    m_weekdays.resize(7);
    for (int column = 0; column < 7; ++column) {
        const int day = localeformat::weekdayAt(column, locale.firstDayOfWeek());
        auto *b = new QToolButton(this);
        b->setText(locale.dayName(day, QLocale::ShortFormat));
        b->setCheckable(true);
        b->setChecked(true);
        b->setObjectName(QStringLiteral("weekday%1ToolButton").arg(day));
        b->setAccessibleName(tr("Include %1").arg(locale.dayName(day)));
        m_weekdays[day - 1] = b;
        times->addWidget(b);
    }
    times->addStretch(1);

    auto *practitionerLabel = new QLabel(tr("&Practitioner:"), this);
    practitionerLabel->setBuddy(m_practitioner);
    auto *typeLabel = new QLabel(tr("&Appointment:"), this);
    typeLabel->setBuddy(m_type);
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_from);
    form->addRow(practitionerLabel, m_practitioner);
    form->addRow(typeLabel, what);
    form->addRow(datesLabel, dates);
    form->addRow(tr("Time of day:"), times);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("searchPushButton"));
    m_next->setObjectName(QStringLiteral("nextAvailablePushButton"));
    m_cancel->setObjectName(QStringLiteral("stopSearchPushButton"));
    m_cancel->setVisible(false);
    m_progress->setObjectName(QStringLiteral("searchProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Searching"));
    m_zoneNote->setObjectName(QStringLiteral("clinicZoneLabel"));
    buttons->addWidget(m_search);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress);
    buttons->addStretch(1);
    buttons->addWidget(m_zoneNote);
    layout->addLayout(buttons);

    m_banner->setObjectName(QStringLiteral("bookMessageLabel"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setAccessibleName(tr("Message"));
    outer->insertWidget(1, m_banner);

    m_results->setObjectName(QStringLiteral("resultsTreeView"));
    m_results->setAccessibleName(tr("Free slots by day and practitioner"));
    m_results->setModel(m_model);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->header()->setVisible(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_results, 1);

    auto *actions = new QHBoxLayout;
    m_book->setObjectName(QStringLiteral("bookPushButton"));
    m_book->setEnabled(false);
    m_stopReschedule = new QPushButton(tr("Stop Rescheduling"), this);
    m_stopReschedule->setObjectName(QStringLiteral("stopReschedulePushButton"));
    m_stopReschedule->setVisible(false);
    actions->addWidget(m_stopReschedule);
    actions->addStretch(1);
    actions->addWidget(m_book);
    layout->addLayout(actions);
    m_tabs->addTab(findPage, tr("&Find a Slot"));
    m_daySheet = new DaySheetPanel(m_tabs);
    m_tabs->addTab(m_daySheet, tr("Da&y Sheet"));
    m_waitlist = new WaitlistPanel(m_tabs);
    m_tabs->addTab(m_waitlist, tr("Wait&list"));
    // The tab's mnemonic goes straight to the first offer: Alt+L, then Enter books it.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_waitlist)
            m_waitlist->focusFirstOffer();
    });
    connect(m_daySheet, &DaySheetPanel::rescheduleRequested, this, &BookWorkspace::startReschedule);
    connect(m_daySheet, &DaySheetPanel::moveSeriesRequested, this, &BookWorkspace::startSeriesMove);
    connect(m_stopReschedule, &QPushButton::clicked, this, &BookWorkspace::stopReschedule);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), findPage, nullptr, nullptr,
                                 Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_rescheduling)
            stopReschedule();
    });

    setTabOrder(m_practitioner, m_type);
    setTabOrder(m_type, m_minutes);
    setTabOrder(m_minutes, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_timeFilter);
    setTabOrder(m_timeFilter, m_timeFrom);
    setTabOrder(m_timeFrom, m_timeTo);
    setTabOrder(m_timeTo, m_search);
    setTabOrder(m_search, m_next);
    setTabOrder(m_next, m_results);
    setTabOrder(m_results, m_book);

    connect(m_practitioner, &QComboBox::activated, this, [this](int row) {
        if (m_practitioner->itemData(row).toString() == QLatin1String(kSeveral))
            chooseSeveral();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int row) {
        const int minutes = m_type->itemData(row, Qt::UserRole + 1).toInt();
        if (minutes > 0)
            m_minutes->setValue(minutes);
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_datesChosen = true;
        if (m_to->date() < d)
            m_to->setDate(d);
    });
    connect(m_search, &QPushButton::clicked, this, [this] { Q_EMIT searchRequested(currentSearch()); });
    connect(m_next, &QPushButton::clicked, this, [this] { Q_EMIT nextAvailableRequested(currentSearch()); });
    connect(m_cancel, &QPushButton::clicked, this, &BookWorkspace::cancelRequested);
    connect(m_book, &QPushButton::clicked, this, &BookWorkspace::requestBooking);
    connect(m_results, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(AvailabilityResultsModel::LevelRole).toInt() ==
            int(AvailabilityResultsModel::Level::Slot))
            requestBooking();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_results->expandToDepth(0);
        if (!m_keepingPlace) // showResults decides once the place is back (no focus jump)
            updateBookButton();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BookWorkspace::updateBookButton);
    // Enter anywhere in the search form searches; in the results it books (activated).
    for (QWidget *w : std::initializer_list<QWidget *>{m_practitioner, m_type, m_minutes, m_from, m_to,
                                                       m_timeFrom, m_timeTo}) {
        for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
            auto *sc = new QShortcut(QKeySequence(key), w, nullptr, nullptr, Qt::WidgetShortcut);
            connect(sc, &QShortcut::activated, m_search, &QPushButton::click);
        }
    }
}

void BookWorkspace::setPractitioners(const QList<QPair<QString, QString>> &keysAndNames)
{
    const QString current = m_practitioner->currentData().toString();
    m_practitioner->clear();
    m_practitioner->addItem(tr("Any practitioner"), QString());
    for (const auto &[key, name] : keysAndNames)
        m_practitioner->addItem(name, key);
    m_practitioner->addItem(severalText(), QString::fromLatin1(kSeveral));
    m_allPractitioners = keysAndNames;
    const int row = m_practitioner->findData(current);
    m_practitioner->setCurrentIndex(row >= 0 ? row : 0);
    m_daySheet->setPractitioners(keysAndNames);
    m_waitlist->setPractitioners(keysAndNames);
}

void BookWorkspace::setAppointmentTypes(const QList<AppointmentTypeData> &types)
{
    // A reload keeps the chosen type and the length the user set (no change signal).
    const QString current = m_type->currentData().toString();
    const QSignalBlocker block(m_type);
    m_types = types;
    m_type->clear();
    m_type->addItem(tr("Any length"), QString());
    for (const AppointmentTypeData &t : types) {
        m_type->addItem(tr("%1 (%2 min)").arg(t.name).arg(t.minutes), t.key);
        m_type->setItemData(m_type->count() - 1, t.minutes, Qt::UserRole + 1);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
}

void BookWorkspace::setToday(const QDate &today)
{
    m_waitlist->setToday(today);
    if (m_datesChosen)
        return;
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(today);
    m_to->setDate(today.addDays(6));
}

void BookWorkspace::setClinicZoneNote(const QString &note)
{
    m_zoneNote->setText(note);
}

BookSearch BookWorkspace::currentSearch() const
{
    BookSearch s;
    const QString key = m_practitioner->currentData().toString();
    if (key == QLatin1String(kSeveral))
        s.keys = m_chosenKeys;
    else if (!key.isEmpty())
        s.keys << key;
    s.from = m_from->date();
    s.to = m_to->date();
    s.minutes = m_minutes->value();
    if (m_timeFilter->isChecked()) {
        s.timeFrom = m_timeFrom->time().msecsSinceStartOfDay() / 60'000;
        s.timeTo = m_timeTo->time().msecsSinceStartOfDay() / 60'000;
    }
    for (int i = 0; i < m_weekdays.size(); ++i) {
        if (m_weekdays[i]->isChecked())
            s.weekdays << i + 1;
    }
    return s;
}

void BookWorkspace::saveFilters(QSettings &settings) const
{
    settings.setValue(QStringLiteral("book/minutes"), m_minutes->value());
    settings.setValue(QStringLiteral("book/onlyBetween"), m_timeFilter->isChecked());
    settings.setValue(QStringLiteral("book/timeFrom"), m_timeFrom->time().toString(QStringLiteral("HH:mm")));
    settings.setValue(QStringLiteral("book/timeTo"), m_timeTo->time().toString(QStringLiteral("HH:mm")));
    QStringList days;
    for (int i = 0; i < m_weekdays.size(); ++i) {
        if (m_weekdays[i]->isChecked())
            days << QString::number(i + 1);
    }
    settings.setValue(QStringLiteral("book/weekdays"), days.join(QLatin1Char(',')));
}

void BookWorkspace::restoreFilters(const QSettings &settings)
{
    // Whatever the file holds, only values the form accepts get in.
    bool ok = false;
    const int minutes = settings.value(QStringLiteral("book/minutes")).toInt(&ok);
    if (ok && minutes >= m_minutes->minimum() && minutes <= m_minutes->maximum())
        m_minutes->setValue(minutes);
    const QTime from = QTime::fromString(settings.value(QStringLiteral("book/timeFrom")).toString(),
                                         QStringLiteral("HH:mm"));
    const QTime to =
        QTime::fromString(settings.value(QStringLiteral("book/timeTo")).toString(), QStringLiteral("HH:mm"));
    if (from.isValid() && to.isValid() && from < to) {
        m_timeFrom->setTime(from);
        m_timeTo->setTime(to);
        m_timeFilter->setChecked(settings.value(QStringLiteral("book/onlyBetween")).toBool());
    }
    const QStringList days = settings.value(QStringLiteral("book/weekdays"))
                                 .toString()
                                 .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<int> chosen;
    for (const QString &d : days) {
        const int day = d.toInt(&ok);
        if (ok && day >= 1 && day <= m_weekdays.size())
            chosen << day;
    }
    if (!chosen.isEmpty()) {
        for (int i = 0; i < m_weekdays.size(); ++i)
            m_weekdays[i]->setChecked(chosen.contains(i + 1));
    }
}

void BookWorkspace::showDates(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_datesChosen = true;
}

void BookWorkspace::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    m_progress->setFormat(text);
    m_progress->setToolTip(text);
    m_cancel->setVisible(busy);
}

void BookWorkspace::showResults(const QList<PractitionerAvailability> &results, const QTimeZone &zone,
                                int minutes, Show show)
{
    using Place = AvailabilityResultsModel::Place;
    const Place current = m_model->placeOf(m_results->currentIndex());
    QList<Place> opened; // practitioner rows the user opened
    QList<Place> closed; // day rows the user closed
    const int scroll = m_results->verticalScrollBar()->value();
    for (int d = 0; d < m_model->rowCount(); ++d) {
        const QModelIndex day = m_model->index(d, 0);
        if (!m_results->isExpanded(day))
            closed.append(m_model->placeOf(day));
        for (int p = 0; p < m_model->rowCount(day); ++p) {
            const QModelIndex practitioner = m_model->index(p, 0, day);
            if (m_results->isExpanded(practitioner))
                opened.append(m_model->placeOf(practitioner));
        }
    }
    m_keepingPlace = show == Show::KeepPlace;
    m_model->setResults(results, zone, minutes); // the reset opens every day row
    m_keepingPlace = false;
    if (show == Show::FromTop)
        return;
    for (const Place &place : std::as_const(closed))
        m_results->collapse(m_model->indexOf(place));
    for (const Place &place : std::as_const(opened))
        m_results->expand(m_model->indexOf(place));
    const QModelIndex again = m_model->indexOf(current);
    if (again.isValid())
        m_results->selectionModel()->setCurrentIndex(again, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    m_results->doItemsLayout(); // so the scroll range fits the rows again
    m_results->verticalScrollBar()->setValue(scroll);
    updateBookButton();
}

void BookWorkspace::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_banner, text, isError);
}

void BookWorkspace::selectSlot(const QString &key, qint64 startMs)
{
    const QModelIndex index = key.isEmpty() ? m_model->firstSlot() : m_model->findSlot(key, startMs);
    if (!index.isValid())
        return;
    m_results->expand(index.parent());
    m_results->setCurrentIndex(index);
    m_results->scrollTo(index);
    m_results->setFocus();
}

void BookWorkspace::updateBookButton()
{
    const QModelIndex current = m_results->currentIndex();
    m_book->setEnabled(current.isValid() && current.data(AvailabilityResultsModel::LevelRole).toInt() ==
                                                int(AvailabilityResultsModel::Level::Slot));
}

void BookWorkspace::requestBooking()
{
    const QModelIndex slot = m_results->currentIndex().siblingAtColumn(0);
    if (!slot.isValid() ||
        slot.data(AvailabilityResultsModel::LevelRole).toInt() != int(AvailabilityResultsModel::Level::Slot))
        return;
    const QString key = slot.data(AvailabilityResultsModel::PractitionerKeyRole).toString();
    const qint64 start = slot.data(AvailabilityResultsModel::SlotStartRole).toLongLong();
    const int minutes = int((slot.data(AvailabilityResultsModel::SlotEndRole).toLongLong() - start) / 60'000);
    const QString text = tr("%1, %2, %3")
                             .arg(slot.siblingAtColumn(1).data().toString(),
                                  QLocale().toString(slot.data(AvailabilityResultsModel::DateRole).toDate(),
                                                     QLocale::LongFormat),
                                  slot.data().toString());
    if (m_rescheduling && m_movingSeries) {
        const AppointmentSummary moving = *m_rescheduling;
        auto *confirm = new QMessageBox(QMessageBox::Question, tr("Move Series"),
                                        tr("Move %1's visit %2 and every later visit of the series to %3 "
                                           "(the later ones as many days on, "
                                           "at the same time)?")
                                            .arg(moving.patient)
                                            .arg(moving.seriesIndex)
                                            .arg(text),
                                        QMessageBox::Yes | QMessageBox::No, this);
        confirm->setObjectName(QStringLiteral("moveSeriesMessageBox"));
        confirm->button(QMessageBox::Yes)->setText(tr("&Move the Visits"));
        confirm->setDefaultButton(QMessageBox::Yes);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QMessageBox::finished, this, [this, moving, key, start](int result) {
            if (result == QMessageBox::Yes)
                Q_EMIT moveSeriesToRequested(moving, key, start);
        });
        confirm->open();
        return;
    }
    if (m_rescheduling) {
        const AppointmentSummary moving = *m_rescheduling;
        auto *confirm = new QMessageBox(QMessageBox::Question, tr("Reschedule"),
                                        tr("Move %1's appointment to %2?").arg(moving.patient, text),
                                        QMessageBox::Yes | QMessageBox::No, this);
        confirm->setObjectName(QStringLiteral("rescheduleMessageBox"));
        confirm->button(QMessageBox::Yes)->setText(tr("&Move"));
        confirm->setDefaultButton(QMessageBox::Yes);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QMessageBox::finished, this, [this, moving, start](int result) {
            if (result == QMessageBox::Yes)
                Q_EMIT rescheduleToRequested(moving, start);
        });
        confirm->open();
        return;
    }
    PatientDetails prefill = m_lastPatient;
    if (prefill.typeKey.isEmpty())
        prefill.typeKey = m_type->currentData().toString();
    auto *dialog = new BookDialog(text, m_types, prefill, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, key, start, minutes] {
        m_lastPatient = dialog->details();
        if (m_lastPatient.repeatRule.isEmpty())
            Q_EMIT bookRequested(key, start, minutes, m_lastPatient);
        else
            Q_EMIT seriesPreviewRequested(key, start, minutes, m_lastPatient);
    });
    dialog->open();
}

void BookWorkspace::showSeriesPreview(const SeriesRequest &request, const SeriesPreview &preview,
                                      const QString &heading)
{
    auto *dialog = new SeriesPreviewDialog(heading, preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, request] { Q_EMIT seriesBookRequested(request, dialog->choices()); });
    dialog->open();
}

} // namespace caredesk

namespace caredesk {

QString BookWorkspace::severalText() const
{
    return m_chosenKeys.isEmpty() ? tr("Several practitioners…")
                                  : tr("%n chosen practitioner(s)…", nullptr, int(m_chosenKeys.size()));
}

void BookWorkspace::chooseSeveral()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("choosePractitionersDialog"));
    dialog->setWindowTitle(tr("Choose Practitioners"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(tr("Search the diaries of (Space ticks):"), dialog);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("choosePractitionersListWidget"));
    list->setAccessibleName(tr("Practitioners to search"));
    label->setBuddy(list);
    for (const auto &[key, name] : m_allPractitioners) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chosenKeys.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, list] {
        QStringList keys;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                keys.append(list->item(i)->data(Qt::UserRole).toString());
        }
        m_chosenKeys = keys;
        const int row = m_practitioner->findData(QString::fromLatin1(kSeveral));
        m_practitioner->setItemText(row, severalText());
        if (keys.isEmpty())
            m_practitioner->setCurrentIndex(0); // nobody chosen: any practitioner
        dialog->accept();
        Q_EMIT searchRequested(currentSearch());
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, [this, dialog] {
        if (m_chosenKeys.isEmpty())
            m_practitioner->setCurrentIndex(0);
        dialog->reject();
    });
    dialog->open();
}

void BookWorkspace::startSeriesMove(const AppointmentSummary &appointment)
{
    startReschedule(appointment);
    m_movingSeries = true;
    m_practitioner->setEnabled(true); // a series may move to a colleague
    showMessage(tr("Moving %1's series from visit %2 on: choose the new slot for this visit, then Move Here. "
                   "Esc stops.")
                    .arg(appointment.patient)
                    .arg(appointment.seriesIndex),
                false);
}

void BookWorkspace::startReschedule(const AppointmentSummary &appointment)
{
    m_rescheduling = appointment;
    m_movingSeries = false;
    const int minutes = int(appointment.start.secsTo(appointment.end) / 60);
    const int row = m_practitioner->findData(appointment.practitionerKey);
    if (row >= 0)
        m_practitioner->setCurrentIndex(row);
    m_practitioner->setEnabled(false); // an appointment moves in its practitioner's diary
    m_minutes->setValue(minutes);
    const QDate day = m_daySheet->date();
    showDates(day, day.addDays(6));
    m_book->setText(tr("&Move Here…"));
    m_stopReschedule->setVisible(true);
    m_tabs->setCurrentIndex(0);
    showMessage(tr("Rescheduling %1 (%2): choose a new slot, then Move Here. Esc stops.")
                    .arg(appointment.patient, appointment.practitionerName),
                false);
    Q_EMIT searchRequested(currentSearch());
}

void BookWorkspace::stopReschedule()
{
    m_rescheduling.reset();
    m_movingSeries = false;
    m_practitioner->setEnabled(true);
    m_book->setText(tr("&Book…"));
    m_stopReschedule->setVisible(false);
    showMessage({}, false);
}

void BookWorkspace::showWaitlist(const QList<WaitlistEntry> &entries, const QList<WaitlistOffer> &offers,
                                 const QTimeZone &zone)
{
    m_waitlist->showEntries(entries, offers, zone);
    m_tabs->setTabText(m_tabs->indexOf(m_waitlist),
                       entries.isEmpty() ? tr("Wait&list") : tr("Wait&list (%1)").arg(entries.size()));
    const QList<WaitlistOffer> fresh = m_waitlist->newOffers();
    if (fresh.isEmpty())
        return;
    const QLocale locale;
    const QDateTime start = fresh.first().start.toTimeZone(zone);
    const QString text =
        tr("A slot that fits the waitlist is free: %1, %2 at %3 (%n waiting). Alt+L to offer it.", nullptr,
           int(fresh.size()))
            .arg(fresh.first().entry.patient, locale.toString(start.date(), QLocale::LongFormat),
                 localeformat::shortTime(locale, start.time()));
    showMessage(text, false); // above the tabs: seen from whichever tab is open
}

void BookWorkspace::showDaySheetTab()
{
    m_tabs->setCurrentWidget(m_daySheet);
}

} // namespace caredesk
