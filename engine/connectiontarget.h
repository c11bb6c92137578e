#pragma once

#include "error.h"
#include "poolconfig.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

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
    /// Without startup options (for a pooler that refuses them, see
    /// refusesStartupOptions), the statement timeout is left to each transaction.
    void applyTo(QSqlDatabase &db, const PoolConfig &config, bool startupOptions = true) const;

    /// The connect options string passed to QPSQL (libpq keyword=value pairs).
    [[nodiscard]] QString connectOptions(const PoolConfig &config, bool startupOptions = true) const;

    /// Configures and opens a QPSQL handle. When the server in front refuses startup
    /// options (PgBouncer: "unsupported startup parameter: options"), opens it again
    /// without them and clears `startupOptions`: the caller then sets the statement
    /// timeout per transaction (Session::setTransactionSettings).
    [[nodiscard]] bool open(QSqlDatabase &db, const PoolConfig &config, bool &startupOptions) const;

    /// "database on host:port" for status bars and logs, never the password.
    [[nodiscard]] QString describe() const;

    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] QString databaseName() const { return m_dbname; }
    [[nodiscard]] QString userName() const { return m_user; }
    /// The port when one is given for every host, else -1 (libpq's default, or a list).
    [[nodiscard]] int port() const;
    /// The servers listed, in order (libpq tries them in turn): empty for the default.
    [[nodiscard]] QStringList hosts() const;
    /// Several servers (a primary and its standbys): connections go to the writable one.
    [[nodiscard]] bool isMultiHost() const;
    [[nodiscard]] bool hasPassword() const { return !m_password.isEmpty(); }
    /// The same server and database, signed in as `user` with `password` (a staff
    /// member's own login); everything else (TLS, options) stays.
    [[nodiscard]] ConnectionTarget withCredentials(const QString &user, const QString &password) const;
    /// This target with `target_session_attrs=prefer-standby` unless it sets its own: a
    /// read pool (`--read-db`) lands on a standby when one is up, else on the primary.
    [[nodiscard]] ConnectionTarget preferringStandby() const;
    /// This target signing in as `session` does when it names no user itself (a
    /// `--notify-db` or `--read-db` beside a staff sign-in).
    [[nodiscard]] ConnectionTarget signingInAs(const ConnectionTarget &session) const;
    /// The same target as a conninfo string (password included), for child processes.
    [[nodiscard]] QString toConninfo() const;

private:
    QString m_host;
    QString m_dbname;
    QString m_user;
    QString m_password;
    QStringList m_ports;                    ///< as given: one port, or one per host
    QList<QPair<QString, QString>> m_extra; ///< every other keyword the conninfo set
};

/// Quotes a libpq conninfo value: 'it''s' style with backslash escapes.
[[nodiscard]] QString quoteConninfoValue(const QString &value);

} // namespace caredesk
