#pragma once

#include "engine/series.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace caredesk {

/// Every visit of a series before anything is booked: free, or not free and why, with
/// the nearest free slot proposed instead. Free visits start ticked; ticking one that is
/// not free books its alternative; unticking drops it. Space ticks, Enter books.
class SeriesPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    SeriesPreviewDialog(const QString &heading, const SeriesPreview &preview, QWidget *parent = nullptr);
    /// The ticked visits at the times they will be booked.
    [[nodiscard]] QList<SeriesChoice> choices() const;

private:
    void update();

    SeriesPreview m_preview;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_alternatives;
    QDialogButtonBox *m_buttons;
};

} // namespace caredesk
