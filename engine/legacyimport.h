#pragma once

// Moving a clinic in from the old web system (docs/import-legacy.md): its users,
// weekly patterns, one-row-per-day exceptions and appointments become CareDesk's
// practitioners, weekly hours, office hours, blocks, closures and appointments. What
// cannot be mapped is not guessed: it is a report line with the old row's id.

#include "clinicdata.h"
#include "error.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace caredesk {

class Session;

// ---- The old system's rows, as read (NULLs kept as NULLs) ----

struct LegacyUser
{
    qint64 id = 0;
    QString username;
    QString firstName;
    QString lastName;
    std::optional<QString> role;
    std::optional<bool> isAdmin;
    std::optional<bool> isActive;
};

struct LegacyPattern
{
    qint64 id = 0;
    std::optional<qint64> userId;
    bool companyWide = false;
    QString title;
    QString frequency;
    std::optional<QString> weekdays;
    QTime start;
    QTime end;
    std::optional<QDate> validFrom;
    std::optional<QDate> validUntil;
    std::optional<bool> isActive;
};

struct LegacyException
{
    qint64 id = 0;
    std::optional<qint64> userId;
    QDate date;
    QString type;
    bool companyWide = false;
    std::optional<bool> allDay;
    std::optional<QTime> start;
    std::optional<QTime> end;
    QString reason;
};

struct LegacyAppointment
{
    qint64 id = 0;
    std::optional<qint64> practitionerId;
    qint64 patientId = 0;
    QString patientName;
    QString phone;
    QDate startDate; ///< naive wall-clock, as stored
    QTime startTime;
    QDate endDate;
    QTime endTime;
    std::optional<int> durationMinutes;
    std::optional<QString> status;
};

struct LegacyTables
{
    QList<LegacyUser> users;
    QList<LegacyPattern> patterns;
    QList<LegacyException> exceptions;
    QList<LegacyAppointment> appointments;
};

/// What the CareDesk database already holds that an import must respect.
struct LegacyExisting
{
    QSet<QString> practitionerKeys;           ///< every practitioner key in CareDesk
    QHash<qint64, QString> importedUsers;     ///< old user id → the practitioner it became
    QHash<QString, QSet<qint64>> importedIds; ///< old table → old ids already imported
};

// ---- The plan: what would be written, and the report ----

/// One old row that was not brought across, and why (in words for the manager).
struct LegacySkip
{
    QString table;
    qint64 id = 0;
    QString reason;
};

/// Counts for one old table.
struct LegacyTableCount
{
    QString table;
    int read = 0;            ///< rows in the old table
    int imported = 0;        ///< old rows brought across by this run
    int created = 0;         ///< CareDesk rows they became (fewer when folded, more per weekday)
    int folded = 0;          ///< old rows that joined a range another row started
    int alreadyImported = 0; ///< old rows an earlier run brought across
    int skipped = 0;         ///< old rows not brought across (each one is in `skipped`)
};

struct LegacyImportReport
{
    QString source; ///< the old database, as "database on host:port"
    QString zone;
    bool dryRun = false;
    QList<LegacyTableCount> tables; ///< users, availability_patterns, availability_exceptions, appointments
    QList<LegacySkip> skipped;      ///< by table, then old id
    QList<LegacySkip> notes;        ///< imported, but worth a look (e.g. a stale duration)
    int conflicts = 0;              ///< booked appointments the rules no longer allow, after the import
    int warnings = 0;               ///< `caredesk-cli warnings` after the import

    [[nodiscard]] LegacyTableCount &count(const QString &table);
    [[nodiscard]] const LegacyTableCount *find(const QString &table) const;
};

struct LegacyPractitioner
{
    qint64 userId = 0;
    QString key;
    QString name;
};

struct LegacyHours
{
    qint64 patternId = 0;
    QString practitionerKey; ///< empty: clinic office hours
    QString title;
    WorkingInterval interval;
};

struct LegacyBlock
{
    QList<qint64> exceptionIds; ///< the old one-day rows folded into this range
    ExceptionData block;        ///< practitionerKey empty: a clinic closure
};

struct LegacyBooking
{
    qint64 appointmentId = 0;
    qint64 patientId = 0;
    AppointmentData appointment;
    QList<LegacySkip> notes; ///< in the report if it comes across
};

struct LegacyPlan
{
    QList<LegacyPractitioner> practitioners; ///< new ones only
    QList<LegacyHours> hours;
    QList<LegacyBlock> blocks;
    QList<LegacyBooking> appointments;
    LegacyImportReport report;
};

/// Maps the old rows onto CareDesk by the rules in docs/import-legacy.md. Pure: no
/// database, no clock. `zone` reads the old appointments' naive wall-clock times.
[[nodiscard]] LegacyPlan planLegacyImport(const LegacyTables &tables, const QTimeZone &zone,
                                          const LegacyExisting &existing);

/// Parses the old weekday list ("0,1,2" with 0 = Monday) into ISO weekdays (1 = Monday),
/// or nothing when any part is not a day number 0..6 (or the list is empty).
[[nodiscard]] std::optional<QList<int>> parseLegacyWeekdays(const QString &csv);

// ---- Against the databases ----

/// The old database: a read-only libpq connection (default_transaction_read_only=on),
/// opened and closed on the calling thread (a pool worker's).
class LegacySource
{
public:
    /// Connects. A conninfo libpq cannot parse, or a database that does not exist, is
    /// InvalidInput; a server that cannot be reached is Unreachable.
    /// `label` names the connection in messages, as the user gave it ("--from", a
    /// field's name; default: "The old system's database").
    [[nodiscard]] static Result<std::shared_ptr<LegacySource>> open(const QString &conninfo,
                                                                    const QString &label = {});
    ~LegacySource();
    Q_DISABLE_COPY_MOVE(LegacySource)

    /// Checks the old system's tables and columns are there (InvalidInput naming the
    /// first that is missing), then reads them in one REPEATABLE READ snapshot with one
    /// query per table. Throws DbException.
    [[nodiscard]] LegacyTables read();
    /// Runs one statement (tests: a write must be refused). Throws DbException.
    void exec(const QString &sql);
    [[nodiscard]] QString describe() const { return m_describe; }

private:
    LegacySource() = default;
    struct Rows;
    Rows query(const QString &sql);
    void *m_conn = nullptr;
    QString m_describe;
    QString m_label;
};

struct LegacyImportOptions
{
    QString fromConninfo;
    QString sourceLabel; ///< how messages name the connection (see LegacySource::open)
    QTimeZone zone;
    bool dryRun = false;
    QDate today; ///< conflicts and warnings after the import look from here
    /// Called inside the CareDesk transaction, on the pool's thread, after each step
    /// ("practitioners", "hours", "blocks", "appointments"): progress for the desktop, a
    /// failure half-way for the tests.
    std::function<void(Session &, const QString &step)> afterStep;
};

/// Reads the old database and writes the plan into CareDesk in one transaction on
/// `session` (rolled back for a dry run, so the report is the same), then counts the
/// conflicts and warnings. Throws DbException; on any error nothing is written.
[[nodiscard]] LegacyImportReport importLegacy(Session &session, const LegacyImportOptions &options);

/// The report as `caredesk-cli import-legacy --json` prints it.
[[nodiscard]] QJsonObject legacyReportJson(const LegacyImportReport &report);
/// The report as text for a person (the CLI without --json, the desktop's saved report).
[[nodiscard]] QString legacyReportText(const LegacyImportReport &report);

} // namespace caredesk
