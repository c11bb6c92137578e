#pragma once

#include <QString>

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <memory>

namespace caredesk::test {

struct Outcome
{
    QString sqlState; ///< empty on success
    QString message;
    int rows = -1;
};

/// Runs `sql` as whoever `conninfo` signs in as, inside a transaction rolled back after.
inline Outcome runRolledBack(const QString &conninfo, const QString &sql)
{
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.toUtf8().constData()), &PQfinish);
    Outcome out;
    if (PQstatus(conn.get()) != CONNECTION_OK) {
        out.sqlState = QStringLiteral("connect");
        out.message = QString::fromUtf8(PQerrorMessage(conn.get())).trimmed();
        return out;
    }
    PQclear(PQexec(conn.get(), "BEGIN"));
    PGresult *res = PQexec(conn.get(), sql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(res);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
        const QByteArray tuples = PQcmdTuples(res);
        out.rows = st == PGRES_TUPLES_OK ? PQntuples(res) : (tuples.isEmpty() ? 0 : tuples.toInt());
    } else {
        const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        out.sqlState = state ? QString::fromLatin1(state) : QStringLiteral("?");
        out.message = QString::fromUtf8(PQerrorMessage(conn.get())).trimmed();
    }
    PQclear(res);
    PQclear(PQexec(conn.get(), "ROLLBACK"));
    return out;
}

enum class Expect
{
    Works,  ///< succeeds and, for a write, changes at least one row
    Denied, ///< fails with SQLSTATE 42501 (privilege or row-level policy)
    NoRows, ///< runs but the policy hides every row it aimed at
};

/// Checks an outcome against what was expected of it; `label` says which case it was.
/// A Works statement must touch a row unless `rowsMatter` is false (a function call).
inline void expectOutcome(Expect expect, const Outcome &o, const std::string &label, bool rowsMatter = true)
{
    switch (expect) {
    case Expect::Works:
        EXPECT_TRUE(o.sqlState.isEmpty()) << label;
        if (rowsMatter) {
            EXPECT_GT(o.rows, 0) << label;
        }
        break;
    case Expect::Denied:
        EXPECT_EQ(o.sqlState, QStringLiteral("42501")) << label;
        break;
    case Expect::NoRows:
        EXPECT_TRUE(o.sqlState.isEmpty()) << label;
        EXPECT_EQ(o.rows, 0) << label;
        break;
    }
}

} // namespace caredesk::test
