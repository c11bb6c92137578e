#include "schema.h"

#include "logging.h"
#include "session.h"
#include "text.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace caredesk {

namespace {

// Advisory lock key shared by every CareDesk client: "CDMG" in ASCII.
constexpr qint64 kMigrationLockKey = 0x43444D47;

} // namespace

QList<Migration> bundledMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append({m.captured(1).toInt(), m.captured(1) + QLatin1Char('_') + m.captured(2),
                    QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

int latestSchemaVersion()
{
    const QList<Migration> all = bundledMigrations();
    return all.isEmpty() ? 0 : all.last().version;
}

namespace {

const QLatin1String kUndefinedTable("42P01");

/// Throws SchemaMismatch unless `current` is the version this build knows.
void requireVersion(int current)
{
    const int latest = latestSchemaVersion();
    if (current == latest)
        return;
    if (current > latest) {
        throw DbException(makeError(
            ErrorCode::SchemaMismatch,
            EngineText::tr("The database schema is version %1, newer than this CareDesk knows (%2); "
                           "install a newer CareDesk")
                .arg(current)
                .arg(latest)));
    }
    throw DbException(
        makeError(ErrorCode::SchemaMismatch,
                  EngineText::tr("The database schema is version %1 but this CareDesk needs version %2; "
                                 "its owner should run: caredesk-cli migrate")
                      .arg(current)
                      .arg(latest)));
}

} // namespace

int currentSchemaVersion(Session &session)
{
    // One round trip where the table exists, which is every database but a new one. A
    // failed statement would abort an open transaction, so inside one, ask first.
    if (session.transactionState() == Session::TxState::Idle) {
        try {
            return session.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"))
                .toInt();
        } catch (const DbException &e) {
            if (e.error().sqlState != kUndefinedTable)
                throw;
            return 0;
        }
    }
    const bool exists =
        session.scalar(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")).toBool();
    if (!exists)
        return 0;
    return session.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")).toInt();
}

MigrationReport migrate(Session &session)
{
    const QList<Migration> migrations = bundledMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    MigrationReport report;
    // One transaction per migration, each under a transaction-level advisory lock that
    // re-reads the version: clients migrating at once take turns, and the lock holds
    // through PgBouncer's transaction pooling, where a session lock and its unlock could
    // land on different server connections.
    for (bool first = true;; first = false) {
        Transaction tx(session);
        session.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLockKey});
        if (first)
            session.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                        " version integer PRIMARY KEY,"
                                        " name text NOT NULL,"
                                        " applied_at timestamptz NOT NULL DEFAULT now())"));
        const int current = currentSchemaVersion(session);
        if (first) {
            report.fromVersion = current;
            report.toVersion = current;
            if (current > latest)
                requireVersion(current); // refuses it: newer than this build
        }
        const auto next = std::find_if(migrations.cbegin(), migrations.cend(),
                                       [current](const Migration &m) { return m.version > current; });
        if (next == migrations.cend()) {
            tx.commit();
            return report;
        }
        qCInfo(lcSchema) << "applying migration" << next->name;
        session.execScript(next->sql);
        session.exec(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"),
                     {next->version, next->name});
        tx.commit();
        report.applied << next->name;
        report.toVersion = next->version;
    }
}

void requireCurrentSchema(Session &session)
{
    requireVersion(currentSchemaVersion(session));
}

QSqlQuery execWithSchemaCheck(Session &session, const QString &sql)
{
    if (session.transactionState() == Session::TxState::Idle) {
        try {
            QSqlQuery q = session.exec(sql);
            if (q.next()) {
                requireVersion(q.value(0).toInt());
                return q;
            }
        } catch (const DbException &e) {
            // A table the statement reads is missing: say what the schema lacks.
            if (e.error().sqlState != kUndefinedTable)
                throw;
        }
    }
    requireCurrentSchema(session);
    QSqlQuery q = session.exec(sql);
    q.next();
    return q;
}

DatabaseInfo readDatabaseInfo(Session &session)
{
    QSqlQuery q = execWithSchemaCheck(
        session,
        QStringLiteral("SELECT (SELECT coalesce(max(version), 0) FROM schema_migrations),"
                       " current_database(), current_setting('server_version'), session_user::text,"
                       " c.name, c.timezone, c.slot_step_minutes,"
                       " (SELECT count(*) FROM practitioners WHERE active AND clinic_id = c.clinic_id)"
                       " FROM clinic_settings c"));
    DatabaseInfo info;
    if (q.isValid()) {
        info.schemaVersion = q.value(0).toInt();
        info.databaseName = q.value(1).toString();
        info.serverVersion = q.value(2).toString();
        info.sessionUser = q.value(3).toString();
        info.clinicName = q.value(4).toString();
        info.timeZone = q.value(5).toString();
        info.slotStepMinutes = q.value(6).toInt();
        info.practitioners = q.value(7).toInt();
    }
    return info;
}

} // namespace caredesk
