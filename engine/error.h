#pragma once

#include <QString>

#include <exception>
#include <utility>
#include <variant>

namespace caredesk {

/// What went wrong, as the engine's callers need to tell it apart. The numeric
/// values are the exit codes of every `caredesk-cli` command (see docs/cli.md).
enum class ErrorCode : int
{
    Internal = 1,         ///< a bug or an unexpected server answer
    InvalidInput = 2,     ///< a bad argument, file, conninfo or form field
    SlotTaken = 3,        ///< another booking won the slot
    NotAllowed = 4,       ///< the availability rules forbid it
    PermissionDenied = 5, ///< refused password, missing privilege or policy
    Unreachable = 6,      ///< no connection: server down, network, pool timeout
    StaleVersion = 7,     ///< an optimistic edit lost against a newer version
    SchemaMismatch = 8,   ///< database schema newer than this build, or not migrated
};

/// The exit code a command returns for an error code (the enum's value).
[[nodiscard]] constexpr int exitCodeFor(ErrorCode code)
{
    return static_cast<int>(code);
}

/// A short, stable name for an error code, used in JSON output and logs.
[[nodiscard]] QString errorCodeName(ErrorCode code);

/// Counts a pool reports with a PoolTimeout, so the message says how busy it was.
struct PoolCounts
{
    int size = 0;
    int idle = 0;
    int inUse = 0;
    int waiters = 0;
};

/// The one error value of the engine: what failed, why, and where.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;  ///< one sentence for a person: what was wrong and where
    QString sqlState; ///< PostgreSQL SQLSTATE when the server said no
    QString sql;      ///< the failing statement, when there was one
    QString detail;   ///< the server's own words or further context
    bool poolTimeout = false;
    /// A write whose connection died before it was confirmed and whose outcome could not
    /// be looked up: it may or may not have been saved.
    bool outcomeUnknown = false;
    PoolCounts pool; ///< filled for pool timeouts

    [[nodiscard]] QString toString() const;
};

/// Thrown inside the engine only; the public API turns it into a Result.
class DbException : public std::exception
{
public:
    explicit DbException(Error error);
    [[nodiscard]] const Error &error() const noexcept { return m_error; }
    [[nodiscard]] const char *what() const noexcept override { return m_what.constData(); }

private:
    Error m_error;
    QByteArray m_what;
};

/// An empty success value for operations that return nothing.
struct Unit
{
    friend bool operator==(Unit, Unit) = default;
};

/// A value or an Error: what the engine hands across its public edge.
/// The error a default-constructed Result holds.
[[nodiscard]] Error makeErrorValue();

template<typename T>
class Result
{
public:
    Result()
        : m_data(makeErrorValue())
    {}
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_data(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_data); }
    [[nodiscard]] T &value() & { return std::get<T>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

using Status = Result<Unit>;

/// Builds an Error in one line.
[[nodiscard]] Error makeError(ErrorCode code, QString message, QString detail = {});

} // namespace caredesk
