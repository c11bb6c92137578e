#pragma once

#include "clinicdata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace caredesk {

class Session;

/// A clinic-wide closure as the Clinic Closures workspace lists it.
struct ClosureSummary
{
    qint64 id = 0;
    ExceptionData closure;     ///< practitionerKey is empty
    QStringList workingAnyway; ///< practitioners with a `work` override inside it
    int bookedInside = 0;      ///< booked appointments it hits (practitioners without an override)
};

/// Clinic-wide closures ending on or after `from`, in date order, with who works
/// anyway and how many booked appointments fall inside. One query. Throws DbException.
[[nodiscard]] QList<ClosureSummary> listClosures(Session &session, const QDate &from);

/// Whether the signed-in person may add and delete closures of the whole chain: a chain
/// manager, or an owner/admin connection with nobody signed in on it or a chain manager.
[[nodiscard]] bool mayWriteChainClosures(Session &session);

/// Validates and adds a clinic-wide closure (kind `closure` or `holiday`) in one
/// transaction; returns its id. InvalidInput names the field that is wrong. With
/// `chainWide` the closure is every clinic's; PermissionDenied unless mayWriteChainClosures().
qint64 addClosure(Session &session, const ExceptionData &closure);

/// Removes a clinic-wide closure; InvalidInput when there is none with that id,
/// PermissionDenied when it is chain-wide and the person may not write those.
void deleteClosure(Session &session, qint64 id);

} // namespace caredesk
