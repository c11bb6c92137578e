#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace caredesk {

/// What users call an exception kind: "Public holiday" for a clinic-wide `holiday`,
/// "Holiday" for a practitioner's, "Vacation", "Blocked", "Closure", "Working anyway".
/// One place for every list, form and calendar that names kinds.
[[nodiscard]] QString exceptionKindName(const QString &kind, bool clinicWide);

/// The kinds a form offers, with their names: clinic-wide (closure, public holiday) or a
/// practitioner's blocks (vacation, holiday, blocked).
[[nodiscard]] QList<QPair<QString, QString>> exceptionKindChoices(bool clinicWide);

} // namespace caredesk
