#pragma once

#include <QString>

#include <optional>

namespace caredesk {

/// How the client looks: the desktop's own palette, a dark one, or high contrast
/// (black, white and yellow) for staff who need it. Colour never carries meaning alone:
/// the calendar, closures and capacity views also use patterns and words.
enum class Appearance
{
    System,
    Dark,
    HighContrast
};

/// "system", "dark", "high-contrast".
[[nodiscard]] QString appearanceId(Appearance appearance);
[[nodiscard]] std::optional<Appearance> appearanceFromId(const QString &id);

/// Applies it to the whole application (the Fusion style with the palette).
void applyAppearance(Appearance appearance);
[[nodiscard]] Appearance currentAppearance();

} // namespace caredesk
