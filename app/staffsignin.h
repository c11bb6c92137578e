#pragma once

#include "engine/connectiontarget.h"
#include "engine/error.h"
#include "engine/poolconfig.h"
#include "engine/staff.h"

#include <QCoro/QCoroTask>

namespace caredesk {

/// Checks a staff member's own login and password against the database, off the GUI
/// thread: a short-lived one-connection pool signs in as them, and their row on the
/// staff list is returned. A wrong password is a PermissionDenied error saying so; a
/// login that is not on the staff list (or disabled) is refused too.
[[nodiscard]] QCoro::Task<Result<StaffMember>> checkStaffSignIn(ConnectionTarget target, PoolConfig config);

} // namespace caredesk
