#include "blockdialog.h"

#include "models/exceptionkinds.h"
#include "ui/shell/exceptionform.h"
#include "ui/shell/inlinemessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk {

BlockDialog::BlockDialog(const QString &practitionerName, const QDate &from, const QDate &to, QWidget *parent)
    : QDialog(parent)
    , m_form(new ExceptionForm(QStringLiteral("block"), exceptionKindChoices(false), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("blockDialog"));
    setWindowTitle(tr("Block Date — %1").arg(practitionerName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Block one day or a range of days, all day or part of each day. "
                                "Booked appointments it would hit are listed before anything is saved."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form->setDates(from, to);
    m_form->setReasonPlaceholder(tr("optional, e.g. Conference"));
    layout->addWidget(m_form);
    m_message->setObjectName(QStringLiteral("blockMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("blockSavePushButton"));
    layout->addWidget(m_buttons);
    setTabOrder(m_form->lastField(), m_buttons);
    m_form->setFocus();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BlockDialog::requestSave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ExceptionForm::submitted, this, &BlockDialog::requestSave);
}

ExceptionData BlockDialog::block() const
{
    return m_form->exception();
}

void BlockDialog::requestSave()
{
    const ExceptionData b = block();
    if (b.endDate < b.startDate) {
        showInlineMessage(m_message, tr("The last day is before the first."), true);
        return;
    }
    if (b.startMinute && *b.endMinute <= *b.startMinute) {
        showInlineMessage(m_message, tr("The end time is not after the start time."), true);
        return;
    }
    showInlineMessage(m_message, tr("Checking booked appointments…"), false);
    m_buttons->setEnabled(false);
    Q_EMIT saveRequested(b);
}

void BlockDialog::setResult(bool saved, const QString &message)
{
    m_buttons->setEnabled(true);
    if (saved) {
        accept();
        return;
    }
    showInlineMessage(m_message, message, !message.isEmpty());
}

} // namespace caredesk
