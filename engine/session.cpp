#include "session.h"

#include "logging.h"
#include "text.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

#include <cstdio>
#include <cstdlib>
#include <libpq-fe.h>

namespace caredesk {

ErrorCode classifySqlState(const QString &sqlState)
{
    if (isConnectionFailureState(sqlState))
        return ErrorCode::Unreachable;
    if (sqlState.startsWith(QLatin1String("28")) || sqlState == QLatin1String("42501"))
        return ErrorCode::PermissionDenied;
    // 22/23: bad values and broken constraints; 42710: a role (login) that exists already.
    if (sqlState.startsWith(QLatin1String("22")) || sqlState.startsWith(QLatin1String("23")) ||
        sqlState == QLatin1String("42710"))
        return ErrorCode::InvalidInput;
    return ErrorCode::Internal;
}

bool isConnectionFailureState(const QString &sqlState)
{
    return sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01") ||
           sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03");
}

Session::Session(QSqlDatabase db, std::thread::id owner)
    : m_db(std::move(db))
    , m_owner(owner)
{}

void Session::assertOwnerThread() const
{
    if (std::this_thread::get_id() != m_owner) {
        std::fprintf(stderr, "CareDesk: a pooled connection (%s) was used off its own thread; aborting\n",
                     qPrintable(m_db.connectionName()));
        std::abort();
    }
}

void *nativeConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL hands out its PGconn*; Qt names the type after libpq's struct tag.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

void *Session::pgconn() const
{
    return nativeConnection(m_db);
}

namespace {

/// What a refused privilege or row-level policy means to the person signed in.
QString permissionDeniedMessage()
{
    return EngineText::tr("Your sign-in is not allowed to make this change; the database refused it");
}

} // namespace

void Session::fail(const QSqlQuery &query, const QString &sql) const
{
    const QSqlError sqlError = query.lastError();
    Error err;
    err.sqlState = sqlError.nativeErrorCode();
    err.sql = sql;
    err.detail = sqlError.databaseText().trimmed();
    if (err.detail.isEmpty())
        err.detail = sqlError.driverText().trimmed();
    if (err.sqlState.isEmpty() && isBroken()) {
        err.code = ErrorCode::Unreachable;
        err.message = EngineText::tr("The connection to the database was lost");
    } else {
        err.code = classifySqlState(err.sqlState);
        err.message =
            err.code == ErrorCode::Unreachable ? EngineText::tr("The connection to the database was lost")
            : err.code == ErrorCode::PermissionDenied ? permissionDeniedMessage()
                                                      : EngineText::tr("The database refused a statement");
    }
    throw DbException(err);
}

namespace {

/// Where the quoted text, identifier, comment or dollar-quoted body starting at `i`
/// ends (one past it), or -1 when `i` starts none of them.
qsizetype skipNonCode(const QString &sql, qsizetype i)
{
    static const QRegularExpression dollarTag(QStringLiteral("\\$(?:[A-Za-z_][A-Za-z_0-9]*)?\\$"));
    const qsizetype n = sql.size();
    const QChar c = sql.at(i);
    const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
    const bool identifierBefore =
        i > 0 && (sql.at(i - 1).isLetterOrNumber() || sql.at(i - 1) == QLatin1Char('_'));
    if ((c == QLatin1Char('E') || c == QLatin1Char('e')) && next == QLatin1Char('\'') && !identifierBefore) {
        // E'…' escape string: a backslash escapes the next character.
        for (qsizetype k = i + 2; k < n; ++k) {
            const QChar ch = sql.at(k);
            if (ch == QLatin1Char('\\')) {
                ++k;
                continue;
            }
            if (ch == QLatin1Char('\'')) {
                if (k + 1 < n && sql.at(k + 1) == QLatin1Char('\'')) {
                    ++k; // '' inside E'…' is a quote too
                    continue;
                }
                return k + 1;
            }
        }
        return n;
    }
    if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
        // Standard string or quoted identifier; a doubled quote continues it.
        qsizetype k = i + 1;
        for (;;) {
            const qsizetype end = sql.indexOf(c, k);
            if (end < 0)
                return n;
            if (end + 1 < n && sql.at(end + 1) == c) {
                k = end + 2;
                continue;
            }
            return end + 1;
        }
    }
    if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
        const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
        return end < 0 ? n : end;
    }
    if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
        int depth = 0; // block comments nest in PostgreSQL
        for (qsizetype k = i; k + 1 < n; ++k) {
            if (sql.at(k) == QLatin1Char('/') && sql.at(k + 1) == QLatin1Char('*')) {
                ++depth;
                ++k;
            } else if (sql.at(k) == QLatin1Char('*') && sql.at(k + 1) == QLatin1Char('/')) {
                ++k;
                if (--depth == 0)
                    return k + 1;
            }
        }
        return n;
    }
    if (c == QLatin1Char('$') && !identifierBefore) {
        const auto m = dollarTag.match(sql, i, QRegularExpression::NormalMatch,
                                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return -1;
        const qsizetype end = sql.indexOf(m.captured(), i + m.capturedLength());
        return end < 0 ? n : end + m.capturedLength();
    }
    return -1;
}

bool bindableType(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.metaType().id()) {
    case QMetaType::QString:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
    case QMetaType::Double:
    case QMetaType::QDate:
        return true;
    default:
        return false;
    }
}

} // namespace

QString Session::inlineBinds(const QString &sql, const QVariantList &binds) const
{
    // QPSQL's own binding prepares a server-side statement per query (PREPARE,
    // EXECUTE, DEALLOCATE: three round trips, and a failing DEALLOCATE inside an
    // aborted transaction). Instead, each `?` outside strings, identifiers, comments
    // and dollar quotes becomes a literal escaped by the driver itself, for the value
    // types the driver quotes (anything else is refused, not stringified).
    const auto refuse = [&sql](const QString &why) {
        throw DbException(makeError(ErrorCode::Internal,
                                    EngineText::tr("A statement's values do not fit: %1").arg(why), sql));
    };
    QString out;
    out.reserve(sql.size() + binds.size() * 8);
    qsizetype next = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype skipTo = skipNonCode(sql, i);
        if (skipTo >= 0) {
            out += QStringView(sql).mid(i, skipTo - i);
            i = skipTo - 1;
            continue;
        }
        const QChar c = sql.at(i);
        if (c != QLatin1Char('?')) {
            out += c;
            continue;
        }
        if (next >= binds.size())
            refuse(QStringLiteral("more placeholders than the %1 values given").arg(binds.size()));
        const QVariant &v = binds.at(next++);
        if (!bindableType(v))
            refuse(QStringLiteral("value %1 is of type %2, which is not bound")
                       .arg(next)
                       .arg(QString::fromLatin1(v.typeName())));
        QSqlField field(QString(), v.metaType());
        field.setValue(v);
        out += m_db.driver()->formatValue(field);
    }
    if (next != binds.size())
        refuse(QStringLiteral("%1 values for %2 placeholders").arg(binds.size()).arg(next));
    return out;
}

QSqlQuery Session::exec(const QString &sql, const QVariantList &binds)
{
    assertOwnerThread();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString statement = binds.isEmpty() ? sql : inlineBinds(sql, binds);
    ++m_statementsSent;
    if (!query.exec(statement))
        fail(query, sql);
    return query;
}

QVariant Session::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = exec(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

void Session::execScript(const QString &sql)
{
    assertOwnerThread();
    auto *conn = static_cast<PGconn *>(pgconn());
    if (conn == nullptr)
        throw DbException(
            makeError(ErrorCode::Unreachable, EngineText::tr("The connection to the database is not open")));
    ++m_statementsSent;
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(res);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        PQclear(res);
        return;
    }
    Error err;
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    err.sqlState = state ? QString::fromLatin1(state) : QString();
    err.detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    err.sql = sql.left(200);
    PQclear(res);
    if (err.sqlState.isEmpty() && PQstatus(conn) != CONNECTION_OK)
        err.code = ErrorCode::Unreachable;
    else
        err.code = classifySqlState(err.sqlState);
    err.message = err.code == ErrorCode::Unreachable
                      ? EngineText::tr("The connection to the database was lost")
                  : err.code == ErrorCode::PermissionDenied ? permissionDeniedMessage()
                                                            : EngineText::tr("The database refused a script");
    throw DbException(err);
}

Session::TxState Session::transactionState() const
{
    assertOwnerThread();
    auto *conn = static_cast<PGconn *>(pgconn());
    if (conn == nullptr)
        return TxState::Unknown;
    switch (PQtransactionStatus(conn)) {
    case PQTRANS_IDLE:
        return TxState::Idle;
    case PQTRANS_INTRANS:
        return TxState::InTransaction;
    case PQTRANS_INERROR:
        return TxState::InError;
    case PQTRANS_ACTIVE:
        return TxState::Active;
    case PQTRANS_UNKNOWN:
        return TxState::Unknown;
    }
    return TxState::Unknown;
}

bool Session::isBroken() const
{
    assertOwnerThread();
    auto *conn = static_cast<PGconn *>(pgconn());
    return conn == nullptr || PQstatus(conn) != CONNECTION_OK || !m_db.isOpen();
}

int Session::backendPid() const
{
    assertOwnerThread();
    auto *conn = static_cast<PGconn *>(pgconn());
    return conn ? PQbackendPID(conn) : 0;
}

Transaction::Transaction(Session &session, Kind kind)
    : m_session(session)
    , m_level(session.m_transactionDepth + 1)
{
    if (m_level > 1) {
        // A step of an enclosing transaction: its isolation and actor already hold.
        m_session.exec(QStringLiteral("SAVEPOINT caredesk_step_%1").arg(m_level));
        ++m_session.m_transactionDepth;
        return;
    }
    // The isolation level is part of BEGIN: setting the actor below is already a query.
    const QString begin = kind == Kind::Snapshot
                              ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                              : QStringLiteral("BEGIN");
    if (m_session.m_transactionSettings.isEmpty())
        m_session.exec(begin);
    else
        m_session.execScript(begin + QStringLiteral("; ") + m_session.m_transactionSettings);
    if (!m_session.actor().isEmpty() || m_session.clinic() != 0) {
        try {
            // One round trip for both; an empty value leaves the database's default.
            m_session.exec(QStringLiteral("SELECT set_config('caredesk.actor', ?, true),"
                                          " set_config('caredesk.clinic', ?, true)"),
                           {m_session.actor(),
                            m_session.clinic() != 0 ? QString::number(m_session.clinic()) : QString()});
        } catch (const DbException &) {
            // No destructor runs for a constructor that throws: end the transaction here.
            if (!m_session.isBroken())
                m_session.exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    ++m_session.m_transactionDepth;
}

Transaction::~Transaction()
{
    --m_session.m_transactionDepth;
    if (m_committed)
        return;
    try {
        if (m_session.isBroken())
            return;
        if (m_level > 1)
            m_session.exec(QStringLiteral("ROLLBACK TO SAVEPOINT caredesk_step_%1").arg(m_level));
        else
            m_session.exec(QStringLiteral("ROLLBACK"));
    } catch (const DbException &e) {
        qCWarning(lcEngine) << "rollback failed:" << e.error().toString();
    }
}

void Transaction::commit()
{
    m_session.exec(m_level > 1 ? QStringLiteral("RELEASE SAVEPOINT caredesk_step_%1").arg(m_level)
                               : QStringLiteral("COMMIT"));
    m_committed = true;
}

} // namespace caredesk
