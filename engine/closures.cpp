#include "closures.h"

#include "schedule.h"
#include "session.h"
#include "text.h"

namespace caredesk {

QList<ClosureSummary> listClosures(Session &session, const QDate &from)
{
    // Local dates and minutes of each appointment in the clinic's zone decide whether
    // a closure (all day, or its window on each day) hits it; a `work` override of the
    // appointment's practitioner that day exempts it.
    QSqlQuery q = session.exec(QStringLiteral(R"(
WITH tz AS (SELECT timezone FROM clinic_settings),
     appts AS (
        SELECT a.practitioner_id,
               (a.starts_at AT TIME ZONE tz.timezone)::date AS day,
               extract(epoch FROM (a.starts_at AT TIME ZONE tz.timezone)::time) / 60 AS start_min,
               extract(epoch FROM (a.starts_at AT TIME ZONE tz.timezone)::time) / 60
                 + extract(epoch FROM a.ends_at - a.starts_at) / 60 AS end_min
        FROM appointments a, tz WHERE a.status = 'booked' AND a.clinic_id = caredesk_current_clinic())
SELECT e.id, e.kind, e.start_date, e.end_date, e.start_minute, e.end_minute, e.reason,
       (SELECT string_agg(DISTINCT p.display_name, ', ' ORDER BY p.display_name)
          FROM availability_exceptions w JOIN practitioners p ON p.id = w.practitioner_id
         WHERE w.kind = 'work' AND p.clinic_id = caredesk_current_clinic() AND w.start_date <= e.end_date AND w.end_date >= e.start_date),
       (SELECT count(*) FROM appts x
         WHERE x.day BETWEEN e.start_date AND e.end_date
           AND (e.start_minute IS NULL OR (x.start_min < e.end_minute AND x.end_min > e.start_minute))
           AND NOT EXISTS (SELECT 1 FROM availability_exceptions w
                            WHERE w.practitioner_id = x.practitioner_id AND w.kind = 'work'
                              AND x.day BETWEEN w.start_date AND w.end_date)),
       e.clinic_id IS NULL
FROM availability_exceptions e
WHERE e.practitioner_id IS NULL AND (e.clinic_id IS NULL OR e.clinic_id = caredesk_current_clinic())
  AND e.end_date >= ?
ORDER BY e.start_date, e.end_date, e.id)"),
                               {from});
    QList<ClosureSummary> out;
    while (q.next()) {
        ClosureSummary c;
        c.id = q.value(0).toLongLong();
        exceptionFromRow(q, 1, c.closure);
        const QString working = q.value(7).toString();
        if (!working.isEmpty())
            c.workingAnyway = working.split(QStringLiteral(", "));
        c.bookedInside = q.value(8).toInt();
        c.closure.chainWide = q.value(9).toBool();
        out.append(c);
    }
    return out;
}

bool mayWriteChainClosures(Session &session)
{
    // A chain manager's own login; on an owner/admin connection shared by the staff who
    // sign in on it, the person signed in (the actor) must be a chain manager too.
    const QString actor = session.actor();
    return session
        .scalar(QStringLiteral("SELECT caredesk_is_chain_manager()"
                               " AND (NOT pg_has_role(session_user, 'caredesk_owner', 'MEMBER')"
                               " OR ? IN ('', session_user::text)"
                               " OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?"
                               " AND pg_has_role(rolname, 'caredesk_chain_manager', 'MEMBER')))"),
                {actor, actor})
        .toBool();
}

qint64 addClosure(Session &session, const ExceptionData &closure)
{
    ExceptionData clinicWide = closure;
    clinicWide.practitionerKey.clear();
    if (clinicWide.chainWide && !mayWriteChainClosures(session))
        throw DbException(makeError(
            ErrorCode::PermissionDenied,
            EngineText::tr("Only a chain manager can close every clinic of the chain; close this clinic "
                           "instead, or ask a chain manager")));
    return addException(session, clinicWide);
}

void deleteClosure(Session &session, qint64 id)
{
    Transaction tx(session);
    // Chain-wide closures are everyone's to read, a chain manager's to delete.
    const bool chainWide =
        session
            .scalar(QStringLiteral("SELECT count(*) FROM availability_exceptions"
                                   " WHERE id = ? AND practitioner_id IS NULL AND clinic_id IS NULL"),
                    {id})
            .toInt() == 1;
    if (chainWide && !mayWriteChainClosures(session))
        throw DbException(makeError(
            ErrorCode::PermissionDenied,
            EngineText::tr("Closure %1 closes every clinic of the chain; only a chain manager can delete it")
                .arg(id)));
    QSqlQuery q = session.exec(
        QStringLiteral("DELETE FROM availability_exceptions WHERE id = ? AND practitioner_id IS NULL"
                       " AND (clinic_id IS NULL OR clinic_id = caredesk_current_clinic())"),
        {id});
    if (q.numRowsAffected() != 1)
        throw DbException(
            makeError(ErrorCode::InvalidInput, EngineText::tr("There is no clinic closure %1").arg(id)));
    tx.commit();
}

} // namespace caredesk
