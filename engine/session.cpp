#include "session.h"

#include "logging.h"

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
    if (sqlState.startsWith(QLatin1String("22")) || sqlState.startsWith(QLatin1String("23")))
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
        err.message = QStringLiteral("The connection to the database was lost");
    } else {
        err.code = classifySqlState(err.sqlState);
        err.message = err.code == ErrorCode::Unreachable
                          ? QStringLiteral("The connection to the database was lost")
                          : QStringLiteral("The database refused a statement");
    }
    throw DbException(err);
}

QString Session::inlineBinds(const QString &sql, const QVariantList &binds) const
{
    // QPSQL's own binding prepares a server-side statement per query (PREPARE,
    // EXECUTE, DEALLOCATE: three round trips, and a failing DEALLOCATE inside an
    // aborted transaction). Instead, each `?` outside quotes, identifiers, comments
    // and dollar quotes becomes a literal escaped by the driver itself.
    static const QRegularExpression dollarTag(QStringLiteral("\\$[A-Za-z_]*\\$"));
    QString out;
    out.reserve(sql.size() + binds.size() * 8);
    qsizetype next = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('$')) {
            const auto m = dollarTag.match(sql, i, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch()) {
                out += c;
                continue;
            }
            const qsizetype end = sql.indexOf(m.captured(), i + m.capturedLength());
            const qsizetype stop = end < 0 ? n : end + m.capturedLength();
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('?')) {
            if (next >= binds.size())
                break;
            const QVariant &v = binds.at(next++);
            QSqlField field(QString(), v.metaType());
            field.setValue(v);
            out += m_db.driver()->formatValue(field);
        } else {
            out += c;
        }
    }
    if (next != binds.size() || sql.count(QLatin1Char('?')) < binds.size()) {
        throw DbException(makeError(
            ErrorCode::Internal,
            QStringLiteral("A statement has %1 values for its placeholders").arg(binds.size()), sql));
    }
    return out;
}

QSqlQuery Session::exec(const QString &sql, const QVariantList &binds)
{
    assertOwnerThread();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString statement = binds.isEmpty() ? sql : inlineBinds(sql, binds);
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
            makeError(ErrorCode::Unreachable, QStringLiteral("The connection to the database is not open")));
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
                      ? QStringLiteral("The connection to the database was lost")
                      : QStringLiteral("The database refused a script");
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

Transaction::Transaction(Session &session)
    : m_session(session)
{
    m_session.exec(QStringLiteral("BEGIN"));
    if (!m_session.actor().isEmpty())
        m_session.exec(QStringLiteral("SELECT set_config('caredesk.actor', ?, true)"), {m_session.actor()});
}

Transaction::~Transaction()
{
    if (m_committed)
        return;
    try {
        if (!m_session.isBroken())
            m_session.exec(QStringLiteral("ROLLBACK"));
    } catch (const DbException &e) {
        qCWarning(lcEngine) << "rollback failed:" << e.error().toString();
    }
}

void Transaction::commit()
{
    m_session.exec(QStringLiteral("COMMIT"));
    m_committed = true;
}

} // namespace caredesk
