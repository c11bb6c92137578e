#include "error.h"

namespace caredesk {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::SlotTaken:
        return QStringLiteral("slot_taken");
    case ErrorCode::NotAllowed:
        return QStringLiteral("not_allowed");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::Unreachable:
        return QStringLiteral("unreachable");
    case ErrorCode::StaleVersion:
        return QStringLiteral("stale_version");
    case ErrorCode::SchemaMismatch:
        return QStringLiteral("schema_mismatch");
    }
    return QStringLiteral("internal");
}

QString Error::toString() const
{
    QString text = message;
    if (!detail.isEmpty() && detail != message)
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    if (!sqlState.isEmpty())
        text += QStringLiteral(" [SQLSTATE ") + sqlState + QLatin1Char(']');
    return text;
}

DbException::DbException(Error error)
    : m_error(std::move(error))
    , m_what(m_error.toString().toUtf8())
{}

Error makeErrorValue()
{
    return makeError(ErrorCode::Internal, QStringLiteral("no result was produced"));
}

Error makeError(ErrorCode code, QString message, QString detail)
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

} // namespace caredesk
