#pragma once

#include <QAbstractItemView>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QString;
class QTableWidget;
class QWidget;

namespace caredesk {

/// Shows a one-line message above a workspace's content, styled as information or
/// error; empty text hides the label. Shared by every workspace.
void showInlineMessage(QLabel *label, const QString &text, bool isError);

/// A workspace page's title: the page's font, larger and bold.
[[nodiscard]] QLabel *makePageHeading(const QString &title, QWidget *parent);

/// A read-only table of rows (whole-row selection, no row numbers, alternating colours,
/// the last column stretched), named for tests and screen readers.
[[nodiscard]] QTableWidget *
makeRowTable(const QString &objectName, const QString &accessibleName, const QStringList &headers,
             QWidget *parent, QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

/// The text in `keyColumn` of the row table's selected row; empty when none is.
[[nodiscard]] QString selectedRowKey(const QTableWidget *table, int keyColumn);
/// Selects the row whose `keyColumn` text is `key`, if there is one: after a reload, the
/// user stays on the row they chose. Callers block the table's signals when the forms
/// that follow the selection must keep what is typed in them.
void selectRowByKey(QTableWidget *table, int keyColumn, const QString &key);

/// A date field with a calendar pop-up, showing "Fri 27 Nov 2026" in the user's language.
[[nodiscard]] QDateEdit *makeDateEdit(const QString &objectName, const QString &accessibleName,
                                      QWidget *parent);

/// An editable list of every IANA time zone this computer knows, completing on any part
/// of the name ("sydney"), named for tests and screen readers.
[[nodiscard]] QComboBox *makeZoneComboBox(const QString &objectName, const QString &accessibleName,
                                          QWidget *parent);

/// A label whose accelerator moves to `field` (placed in `field`'s parent).
[[nodiscard]] QLabel *makeBuddyLabel(const QString &text, QWidget *field);
/// A form row: a buddy label for `field`, then the field.
void addBuddyRow(QFormLayout *form, const QString &label, QWidget *field);

/// A form that stays open until the database accepted it: saved closes it; refused says
/// why and keeps every field as typed. Either way its buttons work again.
void finishFormSave(QDialog *dialog, QDialogButtonBox *buttons, QLabel *message, bool saved,
                    const QString &text);

} // namespace caredesk
