#pragma once

#include "engine/pool.h"
#include "engine/staff.h"

#include <QString>
#include <QStringList>

namespace caredesk::test {

/// Adds a staff member who signs in as `login` with `password` (a PostgreSQL login role
/// of the cluster: name it after the test's database, TestDatabase::loginPrefix(), and
/// drop it afterwards). Returns an error text, empty when it worked.
inline QString addStaffLogin(ConnectionPool &pool, const QString &login, const QString &name,
                             const QStringList &roles, const QString &password,
                             const QString &practitionerKey = {})
{
    StaffMember m;
    m.login = login;
    m.name = name;
    m.roles = roles;
    m.practitionerKey = practitionerKey;
    auto added = pool.runBlocking(Access::Write, [m, password](Session &s) {
        addStaff(s, m, password);
        return true;
    });
    return added ? QString() : added.error().toString();
}

} // namespace caredesk::test
