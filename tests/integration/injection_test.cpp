// Every text a person types that reaches SQL — a patient's name and phone, a block's or
// closure's reason, a feed's address and name, a staff member's login and name — with
// quotes, backslashes, semicolons, SQL, NULs, very long text and bytes that are not
// UTF-8: stored exactly as typed or refused with a message naming the field; never
// executed (table-driven, real PostgreSQL).
#include "engine/booking.h"
#include "engine/feeds.h"
#include "engine/pool.h"
#include "engine/schedule.h"
#include "engine/staff.h"
#include "tests/support/clirun.h"
#include "tests/support/seed.h"
#include "tests/support/seededdatabase.h"
#include "tests/support/testdatabase.h"

#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace caredesk;
using namespace caredesk::test;

namespace {

const QTimeZone kSydney("Australia/Sydney");

struct Input
{
    const char *what;
    QString text;
    bool stored; ///< stored verbatim (true) or refused (false)
};

QList<Input> inputs()
{
    return {
        {"quotes", QStringLiteral("O'Brien \"Bob\" ''"), true},
        {"statement", QStringLiteral("Robert'); DROP TABLE appointments; --"), true},
        {"backslashes", QStringLiteral("C:\\temp\\ \\' \\\\"), true},
        {"semicolons and dollars", QStringLiteral("a; b; $$ $1 ? %s"), true},
        {"non-ASCII", QStringLiteral("Zoë 陈 ☎"), true},
        {"a NUL", QStringLiteral("before") + QChar(0) + QStringLiteral("after"), false},
        {"a control character", QStringLiteral("bell") + QChar(7), false},
        {"bytes that are not UTF-8", QString::fromUtf8("bad \xff\xfe bytes"), false},
        {"very long", QString(20000, QLatin1Char('x')), false},
    };
}

class Injection : public SeededDatabase
{
protected:
    void TearDown() override
    {
        pool.reset();
        for (const QString &login : std::as_const(logins))
            (void)execOnce(TestDatabase::adminConninfo(),
                           QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    }

    /// The tables are all still there and nothing was executed behind their back.
    void expectSchemaIntact()
    {
        EXPECT_EQ(queryOnce(db.conninfo(), QStringLiteral("SELECT to_regclass('appointments') IS NOT NULL")),
                  QStringLiteral("t"));
        EXPECT_EQ(queryOnce(db.conninfo(),
                            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'intruder'")),
                  QStringLiteral("0"));
    }

    template<typename Fn>
    auto run(Fn fn)
    {
        return pool->runBlocking(Access::Write, std::move(fn));
    }

    QStringList logins;
};

TEST_F(Injection, PatientNamesAndPhonesAreStoredAsTypedOrRefused)
{
    int day = 0;
    for (const Input &in : inputs()) {
        BookingRequest r;
        r.practitionerKey = QStringLiteral("dbrown");
        r.start = wallClockToInstant(QDate(2027, 3, 1).addDays(day++), 10 * 60, kSydney);
        r.minutes = 30;
        r.patient = in.text;
        r.phone = in.stored ? in.text.left(40) : QString();
        r.overrideRules = true;
        const QDateTime now = wallClockToInstant(QDate(2026, 1, 1), 9 * 60, kSydney);
        auto booked = run([r, now](Session &s) { return book(s, r, now); });
        if (in.stored) {
            ASSERT_TRUE(booked) << in.what << ": " << booked.error().toString().toStdString();
            auto back = run([id = booked.value().id](Session &s) {
                return s
                    .scalar(QStringLiteral("SELECT patient_name || '|' || patient_phone FROM appointments "
                                           "WHERE id = ?"),
                            {id})
                    .toString();
            });
            ASSERT_TRUE(back);
            EXPECT_EQ(back.value(), in.text.trimmed() + QLatin1Char('|') + in.text.left(40).trimmed())
                << in.what;
        } else {
            ASSERT_FALSE(booked) << in.what << " was stored";
            EXPECT_EQ(booked.error().code, ErrorCode::InvalidInput) << in.what;
            EXPECT_TRUE(booked.error().message.contains(QLatin1String("patient's name")))
                << in.what << ": " << booked.error().message.toStdString();
        }
    }
    expectSchemaIntact();
}

TEST_F(Injection, ReasonsAreStoredAsTypedOrRefused)
{
    int day = 0;
    for (const Input &in : inputs()) {
        for (const bool clinicWide : {false, true}) {
            ExceptionData e;
            e.practitionerKey = clinicWide ? QString() : QStringLiteral("dbrown");
            e.kind = clinicWide ? QStringLiteral("closure") : QStringLiteral("blocked");
            e.startDate = QDate(2027, 6, 1).addDays(day++);
            e.endDate = e.startDate;
            e.reason = in.text;
            auto added = run([e](Session &s) { return addException(s, e); });
            if (in.stored) {
                ASSERT_TRUE(added) << in.what << ": " << added.error().toString().toStdString();
                auto back = run([id = added.value()](Session &s) {
                    return s
                        .scalar(QStringLiteral("SELECT reason FROM availability_exceptions WHERE id = ?"),
                                {id})
                        .toString();
                });
                EXPECT_EQ(back.value(), in.text.trimmed()) << in.what;
            } else {
                ASSERT_FALSE(added) << in.what << " was stored";
                EXPECT_EQ(added.error().code, ErrorCode::InvalidInput) << in.what;
                EXPECT_TRUE(added.error().message.contains(QLatin1String("reason")))
                    << added.error().message.toStdString();
            }
        }
    }
    expectSchemaIntact();
}

TEST_F(Injection, FeedAddressesAndNamesAreStoredAsTypedOrRefused)
{
    int n = 0;
    for (const Input &in : inputs()) {
        // As a name: stored (spaces folded, as the feed list shows it) or refused.
        const QString url = QStringLiteral("https://example.org/feed%1.ics").arg(n++);
        auto named = run([url, name = in.text](Session &s) { return addFeed(s, url, name); });
        if (in.stored) {
            ASSERT_TRUE(named) << in.what << ": " << named.error().toString().toStdString();
            auto feeds = run([](Session &s) { return listFeeds(s); });
            const auto it = std::find_if(feeds.value().cbegin(), feeds.value().cend(),
                                         [&](const HolidayFeed &f) { return f.url == url; });
            ASSERT_NE(it, feeds.value().cend());
            EXPECT_EQ(it->name, in.text.simplified()) << in.what;
        } else {
            ASSERT_FALSE(named) << in.what;
            EXPECT_EQ(named.error().code, ErrorCode::InvalidInput) << in.what;
        }
        // As an address: never a feed unless it is a plain http(s) address.
        auto addressed = run([text = in.text](Session &s) { return addFeed(s, text, QString()); });
        EXPECT_FALSE(addressed) << in.what;
        if (!addressed) {
            EXPECT_EQ(addressed.error().code, ErrorCode::InvalidInput) << in.what;
        }
    }
    expectSchemaIntact();
}

TEST_F(Injection, StaffLoginsAreRefusedAndNamesStoredAsTyped)
{
    const QString prefix = db.loginPrefix();
    int n = 0;
    for (const Input &in : inputs()) {
        // As a login (a role name): only the plain pattern is accepted.
        StaffMember m;
        m.login = in.text;
        m.name = QStringLiteral("Someone");
        m.roles = {QStringLiteral("front_desk")};
        auto added = run([m](Session &s) {
            addStaff(s, m, QStringLiteral("long enough"));
            return true;
        });
        ASSERT_FALSE(added) << in.what;
        EXPECT_EQ(added.error().code, ErrorCode::InvalidInput) << in.what;
        EXPECT_TRUE(added.error().message.contains(QLatin1String("login")))
            << added.error().message.toStdString();

        // As a name: stored as typed or refused.
        m.login = prefix + QStringLiteral("_inj%1").arg(n++);
        m.name = in.text;
        logins << m.login;
        added = run([m](Session &s) {
            addStaff(s, m, QStringLiteral("long enough"));
            return true;
        });
        const bool fits = in.stored && !in.text.trimmed().isEmpty();
        if (fits) {
            ASSERT_TRUE(added) << in.what << ": " << added.error().toString().toStdString();
            EXPECT_EQ(
                queryOnce(db.conninfo(),
                          QStringLiteral("SELECT display_name FROM staff WHERE login = '%1'").arg(m.login)),
                in.text.trimmed())
                << in.what;
        } else {
            ASSERT_FALSE(added) << in.what;
            EXPECT_EQ(
                queryOnce(TestDatabase::adminConninfo(),
                          QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(m.login)),
                QStringLiteral("0"))
                << in.what;
        }
    }
    // Straight to the database function, past the client's checks: refused there too.
    const QString direct =
        execOnce(db.conninfo(), QStringLiteral("SELECT caredesk_add_staff('x\"; CREATE ROLE intruder; --', "
                                               "'X', '{front_desk}', NULL, "
                                               "'SCRAM-SHA-256$4096:AA==$AA==:AA==')"));
    EXPECT_TRUE(direct.contains(QLatin1String("a login is"))) << direct.toStdString();
    expectSchemaIntact();
}

TEST_F(Injection, TheCommandLineRefusesBytesThatAreNotText)
{
    // A patient name given as raw bytes that are not UTF-8: refused, exit code 2, nothing booked.
    const QString count = QStringLiteral("SELECT count(*) FROM appointments");
    const QString before = queryOnce(db.conninfo(), count);
    // Through a shell, so the argument really is the bytes 0xff 0xfe.
    QProcess p;
    p.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "exec \"$0\" --db \"$1\" book --practitioner dbrown --start 2027-03-01T10:00 --override "
                 "--patient \"$(printf 'bad \\377\\376 bytes')\""),
             QStringLiteral(CAREDESK_CLI_PATH), db.conninfo()});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 2) << p.readAllStandardError().toStdString();
    EXPECT_EQ(queryOnce(db.conninfo(), count), before);
}

} // namespace
