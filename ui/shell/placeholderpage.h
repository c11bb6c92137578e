#pragma once

#include <QWidget>

namespace caredesk {

/// A workspace page whose content has not been built yet: says what it will do.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &purpose, QWidget *parent = nullptr);
};

} // namespace caredesk
