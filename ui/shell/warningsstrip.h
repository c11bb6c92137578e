#pragma once

#include "engine/warnings.h"

#include <QFrame>

class QLabel;

namespace caredesk {

/// A strip under the window's header with the warnings nobody has to remember (booked
/// appointments on closure or block days, practitioners without weekly hours, a
/// practitioner working on a closure day, feed holidays that are no closures yet), each group with a link to
/// the place that fixes it. Hidden when there is nothing to say. Emits intent only.
class WarningsStrip final : public QFrame
{
    Q_OBJECT

public:
    explicit WarningsStrip(QWidget *parent = nullptr);

    /// `canFixSetup`: the person may open Clinic Setup (managers); others get the text
    /// without that link.
    void setWarnings(const QList<AvailabilityWarning> &warnings, bool canFixSetup);
    [[nodiscard]] const QList<AvailabilityWarning> &warnings() const { return m_warnings; }
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    /// Open the list of appointments to resolve.
    void resolveRequested();
    /// Open Clinic Setup (weekly hours for the practitioners without any).
    void setupRequested();
    /// Open Book's day sheet on this date (who works on the closure day).
    void daySheetRequested(const QDate &date);
    /// Review what a holiday feed offers (its holidays that are no closures yet).
    void feedReviewRequested(qint64 feedId);

private:
    QList<AvailabilityWarning> m_warnings;
    QLabel *m_label;
};

} // namespace caredesk
