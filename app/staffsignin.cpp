#include "staffsignin.h"

#include "engine/pool.h"
#include "engine/schema.h"
#include "engine/text.h"

#include <memory>

namespace caredesk {

QCoro::Task<Result<StaffMember>> checkStaffSignIn(ConnectionTarget target, PoolConfig config)
{
    config.poolSize = 1;
    config.maxOverflow = 0;
    auto pool = std::make_shared<ConnectionPool>(target, config);
    QCoro::Task<Result<StaffMember>> task = pool->run(
        Access::Read,
        [](Session &s) {
            requireCurrentSchema(s);
            const QString me = s.scalar(QStringLiteral("SELECT session_user::text")).toString();
            for (const StaffMember &m : listStaff(s)) {
                if (m.login == me)
                    return m;
            }
            throw DbException(makeError(
                ErrorCode::PermissionDenied,
                EngineText::tr("%1 signed in, but is not an active member of this clinic's staff").arg(me)));
        },
        QStringLiteral("sign-in"));
    Result<StaffMember> result = co_await task;
    co_return result;
}

} // namespace caredesk
