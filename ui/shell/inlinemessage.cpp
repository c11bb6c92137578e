#include "inlinemessage.h"

#include "models/localeformat.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTableWidget>
#include <QTimeZone>

namespace caredesk {

void showInlineMessage(QLabel *label, const QString &text, bool isError)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // Tinted to suit a light or a dark palette; the words carry the meaning either way.
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    if (dark)
        label->setStyleSheet(
            isError ? QStringLiteral(
                          "QLabel { background: #4a1c1c; color: #ffd7d7; padding: 6px; border-radius: 3px; "
                          "border: 1px solid #ff8a8a; }")
                    : QStringLiteral(
                          "QLabel { background: #1c3148; color: #d7e9ff; padding: 6px; border-radius: 3px; "
                          "border: 1px solid #6cb4ff; }"));
    else
        label->setStyleSheet(
            isError
                ? QStringLiteral(
                      "QLabel { background: #fde8e8; color: #8a1f1f; padding: 6px; border-radius: 3px; }")
                : QStringLiteral(
                      "QLabel { background: #e8f3fd; color: #1f4f8a; padding: 6px; border-radius: 3px; }"));
}

QLabel *makePageHeading(const QString &title, QWidget *parent)
{
    auto *heading = new QLabel(title, parent);
    heading->setObjectName(QStringLiteral("pageHeadingLabel"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QTableWidget *makeRowTable(const QString &objectName, const QString &accessibleName,
                           const QStringList &headers, QWidget *parent, QAbstractItemView::SelectionMode mode)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QString selectedRowKey(const QTableWidget *table, int keyColumn)
{
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *key = table->item(selected.first()->row(), keyColumn);
    return key ? key->text() : QString();
}

void selectRowByKey(QTableWidget *table, int keyColumn, const QString &key)
{
    if (key.isEmpty())
        return;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *item = table->item(row, keyColumn);
        if (item && item->text() == key) {
            table->selectRow(row);
            return;
        }
    }
}

QDateEdit *makeDateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(localeformat::datePattern(localeformat::DateStyle::WeekdayDate));
    return edit;
}

QComboBox *makeZoneComboBox(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *zone = new QComboBox(parent);
    zone->setObjectName(objectName);
    zone->setAccessibleName(accessibleName);
    zone->setEditable(true);
    zone->setInsertPolicy(QComboBox::NoInsert);
    zone->lineEdit()->setAccessibleName(accessibleName);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zone->addItem(QString::fromUtf8(id));
    zone->completer()->setFilterMode(Qt::MatchContains);
    zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return zone;
}

QLabel *makeBuddyLabel(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    return label;
}

void addBuddyRow(QFormLayout *form, const QString &label, QWidget *field)
{
    form->addRow(makeBuddyLabel(label, field), field);
}

void finishFormSave(QDialog *dialog, QDialogButtonBox *buttons, QLabel *message, bool saved,
                    const QString &text)
{
    buttons->setEnabled(true);
    if (saved) {
        dialog->accept();
        return;
    }
    showInlineMessage(message, text, true);
}

} // namespace caredesk
