#pragma once

// GoogleTest printers for Qt and CareDesk values, so failed assertions say what they saw.
#include "engine/error.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QDate &d, std::ostream *os)
{
    *os << d.toString(Qt::ISODate).toStdString();
}
inline void PrintTo(const QDateTime &d, std::ostream *os)
{
    *os << d.toString(Qt::ISODateWithMs).toStdString();
}
QT_END_NAMESPACE

namespace caredesk {
inline void PrintTo(const Error &e, std::ostream *os)
{
    *os << e.toString().toStdString();
}
} // namespace caredesk
