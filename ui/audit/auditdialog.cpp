#include "auditdialog.h"

#include "models/localeformat.h"
#include "ui/shell/inlinemessage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caredesk {

AuditDialog::AuditDialog(QWidget *parent)
    : QDialog(parent)
    , m_actor(new QComboBox(this))
    , m_practitioner(new QComboBox(this))
    , m_from(makeDateEdit(QStringLiteral("auditFromDateEdit"), tr("From"), this))
    , m_to(makeDateEdit(QStringLiteral("auditToDateEdit"), tr("To"), this))
    , m_table(makeRowTable(QStringLiteral("auditTableWidget"), tr("Audit log entries"),
                           {tr("When"), tr("Who"), tr("What"), tr("Practitioner"), tr("Bulk change")}, this))
    , m_details(makeRowTable(QStringLiteral("auditDetailsTableWidget"), tr("Before and after"),
                             {tr("Field"), tr("Before"), tr("After")}, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit Log"));
    resize(980, 620);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_actor->setObjectName(QStringLiteral("auditActorComboBox"));
    m_actor->setAccessibleName(tr("Changed by"));
    m_practitioner->setObjectName(QStringLiteral("auditPractitionerComboBox"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    filters->addWidget(makeBuddyLabel(tr("&Who:"), m_actor));
    filters->addWidget(m_actor, 1);
    filters->addWidget(makeBuddyLabel(tr("&Practitioner:"), m_practitioner));
    filters->addWidget(m_practitioner, 1);
    filters->addWidget(makeBuddyLabel(tr("&From:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(makeBuddyLabel(tr("&To:"), m_to));
    filters->addWidget(m_to);
    layout->addLayout(filters);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_message->setObjectName(QStringLiteral("auditMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("auditClosePushButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    const auto changed = [this] { Q_EMIT filterChanged(filter()); };
    connect(m_actor, &QComboBox::currentIndexChanged, this, changed);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showDetails(row); });
}

void AuditDialog::setChoices(const QStringList &actors, const QList<PractitionerInfo> &practitioners)
{
    const QSignalBlocker a(m_actor);
    const QSignalBlocker p(m_practitioner);
    m_actor->clear();
    m_actor->addItem(tr("Everyone"), QString());
    for (const QString &actor : actors)
        m_actor->addItem(actor, actor);
    m_practitioner->clear();
    m_practitioner->addItem(tr("Any practitioner"), QString());
    for (const PractitionerInfo &pi : practitioners)
        m_practitioner->addItem(pi.name, pi.key);
}

void AuditDialog::setDates(const QDate &from, const QDate &to)
{
    const QSignalBlocker f(m_from);
    const QSignalBlocker t(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    f.actor = m_actor->currentData().toString();
    f.practitionerKey = m_practitioner->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    return f;
}

void AuditDialog::setEntries(const QList<AuditEntry> &entries, int limit)
{
    m_entries = entries;
    m_table->setRowCount(0);
    for (const AuditEntry &e : entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{localeformat::dateTimeText(locale(), e.at.toTimeZone(m_zone)), e.actor,
                                auditWhat(e), e.practitionerName, e.bulkSummary};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_details->setRowCount(0);
    showMessage(
        entries.size() >= limit
            ? tr("Showing the newest %n change(s); narrow the filter to see older ones.", nullptr, limit)
            : tr("%n change(s).", nullptr, int(entries.size())),
        false);
    if (!entries.isEmpty())
        m_table->selectRow(0);
}

QString AuditDialog::fieldLabel(const QString &field) const
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("starts_at"), QT_TR_NOOP("Start")},
        {QStringLiteral("ends_at"), QT_TR_NOOP("End")},
        {QStringLiteral("patient_name"), QT_TR_NOOP("Patient")},
        {QStringLiteral("patient_phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("type_id"), QT_TR_NOOP("Appointment type")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("start_date"), QT_TR_NOOP("First day")},
        {QStringLiteral("end_date"), QT_TR_NOOP("Last day")},
        {QStringLiteral("start_minute"), QT_TR_NOOP("From")},
        {QStringLiteral("end_minute"), QT_TR_NOOP("To")},
        {QStringLiteral("weekday"), QT_TR_NOOP("Weekday")},
        {QStringLiteral("valid_from"), QT_TR_NOOP("In effect from")},
        {QStringLiteral("valid_until"), QT_TR_NOOP("In effect until")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Name")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Minutes")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("intervals"), QT_TR_NOOP("Weekly hours")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(*it);
}

QString AuditDialog::fieldValue(const QString &field, const QString &value) const
{
    if (value.isEmpty())
        return value;
    if (field.endsWith(QLatin1String("_minute")))
        return localeformat::wallTime(locale(), value.toInt());
    if (field == QLatin1String("weekday"))
        return locale().dayName(value.toInt(), QLocale::LongFormat);
    if (field == QLatin1String("starts_at") || field == QLatin1String("ends_at")) {
        const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (at.isValid())
            return localeformat::dateTimeText(locale(), at.toTimeZone(m_zone));
    }
    if (field.endsWith(QLatin1String("_date")) || field.startsWith(QLatin1String("valid_"))) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid())
            return localeformat::dateText(locale(), d, localeformat::DateStyle::WeekdayDate);
    }
    return value;
}

void AuditDialog::showDetails(int row)
{
    m_details->setRowCount(0);
    if (row < 0 || row >= m_entries.size())
        return;
    const AuditEntry &e = m_entries.at(row);
    // Row ids, links and bookkeeping say nothing to a person: the entry's row says whose.
    static const QSet<QString> hidden{QStringLiteral("id"), QStringLiteral("practitioner_id"),
                                      QStringLiteral("request_id"), QStringLiteral("staff_id"),
                                      QStringLiteral("source_feed_id")};
    for (const FieldChange &c : auditChanges(e.before, e.after)) {
        if (hidden.contains(c.field))
            continue;
        const int r = m_details->rowCount();
        m_details->insertRow(r);
        m_details->setItem(r, 0, new QTableWidgetItem(fieldLabel(c.field)));
        m_details->setItem(r, 1, new QTableWidgetItem(fieldValue(c.field, c.before)));
        m_details->setItem(r, 2, new QTableWidgetItem(fieldValue(c.field, c.after)));
    }
    m_details->resizeColumnsToContents();
}

void AuditDialog::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_message, text, isError);
}

} // namespace caredesk
