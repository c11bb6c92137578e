#pragma once

#include "error.h"
#include "poolconfig.h"

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace caredesk {

/// Where to connect: a libpq conninfo (`host=… dbname=…`) or URI (`postgresql://…`),
/// parsed by libpq itself. Empty parts fall back to libpq's PG* environment.
class ConnectionTarget
{
public:
    /// Parses with PQconninfoParse; a bad conninfo is an InvalidInput error naming the problem.
    [[nodiscard]] static Result<ConnectionTarget> parse(const QString &conninfo);

    /// Configures a QPSQL handle: host, port, database, user and password, plus the
    /// pool spec's connect options (connect_timeout, statement_timeout via `options`,
    /// keepalives, tcp_user_timeout, application_name). Options given in the conninfo win,
    /// except `options`, which is combined with the statement timeout.
    void applyTo(QSqlDatabase &db, const PoolConfig &config) const;

    /// The connect options string passed to QPSQL (libpq keyword=value pairs).
    [[nodiscard]] QString connectOptions(const PoolConfig &config) const;

    /// "database on host:port" for status bars and logs, never the password.
    [[nodiscard]] QString describe() const;

    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] QString databaseName() const { return m_dbname; }
    [[nodiscard]] QString userName() const { return m_user; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] bool hasPassword() const { return !m_password.isEmpty(); }
    /// The same server and database, signed in as `user` with `password` (a staff
    /// member's own login); everything else (TLS, options) stays.
    [[nodiscard]] ConnectionTarget withCredentials(const QString &user, const QString &password) const;
    /// The same target as a conninfo string (password included), for child processes.
    [[nodiscard]] QString toConninfo() const;

private:
    QString m_host;
    QString m_dbname;
    QString m_user;
    QString m_password;
    int m_port = -1;
    QList<QPair<QString, QString>> m_extra; ///< every other keyword the conninfo set
};

/// Quotes a libpq conninfo value: 'it''s' style with backslash escapes.
[[nodiscard]] QString quoteConninfoValue(const QString &value);

} // namespace caredesk
