#include "placeholderpage.h"

#include "inlinemessage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace caredesk {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &purpose, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    QLabel *heading = makePageHeading(title, this);
    auto *text = new QLabel(purpose, this);
    text->setWordWrap(true);
    auto *note = new QLabel(
        tr("This workspace is being built. The database connection and the demo clinic are ready."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addStretch(1);
    setAccessibleName(title);
}

} // namespace caredesk
