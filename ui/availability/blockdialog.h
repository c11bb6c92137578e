#pragma once

#include "engine/clinicdata.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace caredesk {

class ExceptionForm;

/// "+ Block Date": one entry for a date range, all day or a time window, with a kind
/// and a reason. Save asks; the dialog stays open (and keeps what was typed) until the
/// controller reports the block saved, so a refusal never loses input.
class BlockDialog final : public QDialog
{
    Q_OBJECT

public:
    BlockDialog(const QString &practitionerName, const QDate &from, const QDate &to,
                QWidget *parent = nullptr);
    [[nodiscard]] ExceptionData block() const;
    /// Re-enables the form after an answer; an error is shown in the dialog.
    void setResult(bool saved, const QString &message);

Q_SIGNALS:
    void saveRequested(const caredesk::ExceptionData &block);

private:
    void requestSave();

    ExceptionForm *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace caredesk
