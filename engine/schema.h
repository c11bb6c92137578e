#pragma once

#include "error.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace caredesk {

class Session;

/// One versioned SQL migration bundled under resources/sql (`NNNN_name.sql`).
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/// What migrate() did.
struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QStringList applied; ///< "0001_initial", …
};

/// What the status bar and `caredesk-cli status` say about a database.
struct DatabaseInfo
{
    QString databaseName;
    QString serverVersion;
    QString sessionUser;
    int schemaVersion = 0;
    QString clinicName;
    QString timeZone;
    int slotStepMinutes = 0;
    int practitioners = 0;
};

/// The migrations this build carries, in order.
[[nodiscard]] QList<Migration> bundledMigrations();
/// The newest schema version this build knows.
[[nodiscard]] int latestSchemaVersion();

/// The version recorded in schema_migrations, 0 when the database is empty.
[[nodiscard]] int currentSchemaVersion(Session &session);

/// Brings the schema up to date. Migrations are serialized between clients by an
/// advisory lock and each runs in its own transaction. A database whose schema is
/// newer than this build is refused with SchemaMismatch. Throws DbException.
MigrationReport migrate(Session &session);

/// Throws SchemaMismatch unless the schema is exactly the one this build knows.
void requireCurrentSchema(Session &session);

/// Runs `sql`, whose first column must be `(SELECT coalesce(max(version), 0) FROM
/// schema_migrations)`, and checks that version: the schema check and a command's first
/// read in one round trip. Returns the query on its first row (not valid when there is
/// none). Falls back to requireCurrentSchema() first inside a transaction or when a
/// table is missing, so a mismatch is always reported as one. Throws DbException.
[[nodiscard]] QSqlQuery execWithSchemaCheck(Session &session, const QString &sql);

/// Reads DatabaseInfo (the schema must be current). Throws DbException.
[[nodiscard]] DatabaseInfo readDatabaseInfo(Session &session);

} // namespace caredesk
