#pragma once

// The old web system's scheduling tables, as ../shared/legacy/old-schema.md describes
// them, in both shapes a clinic's database can have: built by create_all() (no server
// defaults at all, a created_by_id FK without ON DELETE) and grown by hand-written
// ALTERs (user_id made nullable later, is_company_wide added with DEFAULT FALSE,
// created_by_id a bare integer, reminder flags with DEFAULT FALSE). Filled with a small
// clinic holding every trap the import must report rather than guess.

#include <QString>

namespace caredesk::test {

enum class LegacyShape
{
    CreateAll,
    Altered
};

/// The old schema (users, patients, availability_patterns, availability_exceptions,
/// appointments, user_availability) in `shape`.
inline QString legacySchemaSql(LegacyShape shape)
{
    const QString users = QStringLiteral(R"(
CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    username VARCHAR(80) NOT NULL UNIQUE,
    email VARCHAR(120) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    first_name VARCHAR(100), last_name VARCHAR(100),
    role VARCHAR(50), calendar_color VARCHAR(7), google_calendar_id VARCHAR(200),
    is_admin BOOLEAN, is_active BOOLEAN,
    password_setup_token VARCHAR(100), password_setup_expires TIMESTAMP, password_set BOOLEAN,
    created_at TIMESTAMP, updated_at TIMESTAMP);
CREATE TABLE patients (
    id SERIAL PRIMARY KEY,
    first_name VARCHAR(100) NOT NULL, last_name VARCHAR(100) NOT NULL,
    email VARCHAR(120) NOT NULL UNIQUE,
    phone VARCHAR(20), mobile VARCHAR(20),
    allocated_practitioner_id INTEGER REFERENCES users(id), clinician_id INTEGER);
CREATE TABLE user_availability (
    id SERIAL PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), day_of_week INTEGER NOT NULL,
    start_time TIME NOT NULL, end_time TIME NOT NULL, specific_date DATE, is_available BOOLEAN,
    notes VARCHAR(200), created_at TIMESTAMP, updated_at TIMESTAMP);
)");
    if (shape == LegacyShape::CreateAll) {
        return users + QStringLiteral(R"(
CREATE TABLE availability_patterns (
    id SERIAL PRIMARY KEY, user_id INTEGER REFERENCES users(id), is_company_wide BOOLEAN NOT NULL,
    title VARCHAR(100) NOT NULL, frequency VARCHAR(20) NOT NULL, weekdays VARCHAR(50),
    start_time TIME NOT NULL, end_time TIME NOT NULL, valid_from DATE, valid_until DATE,
    is_active BOOLEAN, color VARCHAR(7), notes VARCHAR(500), created_at TIMESTAMP, updated_at TIMESTAMP);
CREATE TABLE availability_exceptions (
    id SERIAL PRIMARY KEY, user_id INTEGER REFERENCES users(id), exception_date DATE NOT NULL,
    exception_type VARCHAR(20) NOT NULL, is_company_wide BOOLEAN NOT NULL, is_all_day BOOLEAN,
    start_time TIME, end_time TIME, reason VARCHAR(200), created_at TIMESTAMP, updated_at TIMESTAMP);
CREATE TABLE appointments (
    id SERIAL PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(id),
    practitioner_id INTEGER REFERENCES users(id), created_by_id INTEGER REFERENCES users(id),
    title VARCHAR(200) NOT NULL, appointment_type VARCHAR(100),
    start_time TIMESTAMP NOT NULL, end_time TIMESTAMP NOT NULL, duration_minutes INTEGER NOT NULL,
    location VARCHAR(200), practitioner VARCHAR(100), notes TEXT, status VARCHAR(50),
    google_calendar_event_id VARCHAR(200), outlook_calendar_event_id VARCHAR(200),
    reminder_24hr_sent BOOLEAN, reminder_24hr_sent_at TIMESTAMP,
    reminder_day_before_sent BOOLEAN, reminder_day_before_sent_at TIMESTAMP,
    reminder_1hr_sent BOOLEAN, reminder_1hr_sent_at TIMESTAMP,
    created_at TIMESTAMP, updated_at TIMESTAMP);
)");
    }
    return users + QStringLiteral(R"(
CREATE TABLE availability_patterns (
    id SERIAL PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
    title VARCHAR(100) NOT NULL, frequency VARCHAR(20) NOT NULL, weekdays VARCHAR(50),
    start_time TIME NOT NULL, end_time TIME NOT NULL, valid_from DATE, valid_until DATE,
    is_active BOOLEAN, color VARCHAR(7), notes VARCHAR(500), created_at TIMESTAMP, updated_at TIMESTAMP);
ALTER TABLE availability_patterns ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE availability_patterns ADD COLUMN is_company_wide BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX idx_availability_patterns_company_wide ON availability_patterns (is_company_wide, is_active);
CREATE INDEX idx_availability_patterns_weekdays ON availability_patterns (weekdays, is_active) WHERE is_company_wide;
CREATE TABLE availability_exceptions (
    id SERIAL PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), exception_date DATE NOT NULL,
    exception_type VARCHAR(20) NOT NULL, is_all_day BOOLEAN,
    start_time TIME, end_time TIME, reason VARCHAR(200), created_at TIMESTAMP, updated_at TIMESTAMP);
ALTER TABLE availability_exceptions ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE availability_exceptions ADD COLUMN is_company_wide BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX idx_availability_exceptions_company_wide ON availability_exceptions (is_company_wide, exception_date);
CREATE TABLE appointments (
    id SERIAL PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(id),
    practitioner_id INTEGER REFERENCES users(id),
    title VARCHAR(200) NOT NULL, appointment_type VARCHAR(100),
    start_time TIMESTAMP NOT NULL, end_time TIMESTAMP NOT NULL, duration_minutes INTEGER NOT NULL,
    location VARCHAR(200), practitioner VARCHAR(100), notes TEXT, status VARCHAR(50),
    google_calendar_event_id VARCHAR(200), outlook_calendar_event_id VARCHAR(200),
    created_at TIMESTAMP, updated_at TIMESTAMP);
ALTER TABLE appointments ADD COLUMN created_by_id INTEGER;
ALTER TABLE appointments ADD COLUMN reminder_24hr_sent BOOLEAN DEFAULT FALSE, ADD COLUMN reminder_24hr_sent_at TIMESTAMP;
ALTER TABLE appointments ADD COLUMN reminder_day_before_sent BOOLEAN DEFAULT FALSE,
    ADD COLUMN reminder_day_before_sent_at TIMESTAMP;
ALTER TABLE appointments ADD COLUMN reminder_1hr_sent BOOLEAN DEFAULT FALSE, ADD COLUMN reminder_1hr_sent_at TIMESTAMP;
CREATE INDEX idx_appointments_patient_date ON appointments (patient_id, start_time DESC);
)");
}

/// A small clinic with every trap (ids are fixed: the test names them). The clinic is in
/// Australia/Sydney; "today" for the test is 2026-12-06.
inline QString legacySmallClinicSql()
{
    return QStringLiteral(R"(
INSERT INTO users (id, username, email, password_hash, first_name, last_name, role, is_admin, is_active) VALUES
 (1, 'asmith', 'alice@example.org', 'x', 'Alice', 'Smith', 'practitioner', false, true),
 (2, 'dbrown', 'david@example.org', 'x', 'David', 'Brown', 'practitioner', false, true),
 (3, 'cjones', 'carol@example.org', 'x', 'Carol', 'Jones', 'nurse', false, true),
 (4, 'rita', 'rita@example.org', 'x', 'Rita', 'Reception', 'receptionist', false, true),
 (5, 'oldtimer', 'old@example.org', 'x', 'Otto', 'Old', 'practitioner', false, false),
 (6, 'nullactive', 'null@example.org', 'x', 'Nora', 'Null', 'practitioner', false, NULL),
 (7, 'DrAdmin', 'admin@example.org', 'x', 'Adam', 'Admin', 'admin', true, true),
 (8, 'mystery', 'mystery@example.org', 'x', 'Max', 'Mystery', 'therapist', false, true),
 (9, 'Emma O''Neil', 'emma@example.org', 'x', NULL, 'O''Neil', 'nurse', true, true);
SELECT setval('users_id_seq', 9);
INSERT INTO patients (id, first_name, last_name, email, phone, mobile) VALUES
 (1, 'Pat', 'One', 'p1@example.org', '02 1111 1111', NULL),
 (2, 'Quinn', 'Two', 'p2@example.org', NULL, '0400 222 222'),
 (3, 'Robin', 'Three', 'p3@example.org', NULL, NULL);
SELECT setval('patients_id_seq', 3);

INSERT INTO availability_patterns (id, user_id, is_company_wide, title, frequency, weekdays, start_time, end_time,
                                   valid_from, valid_until, is_active) VALUES
 (1, 1, false, 'Clinic days', 'weekly', '0,1,2,3,4', '09:00', '17:00', '2025-01-01', NULL, true),
 (2, 2, false, 'Every day', 'daily', NULL, '08:00', '16:00', NULL, NULL, true),
 (3, 3, false, 'Tue and Thu', 'custom', '1, 3', '10:00', '14:00', '2025-06-01', '2027-12-31', true),
 (4, 7, false, 'Lunch clinic', 'weekdays', NULL, '12:00', '13:00', NULL, NULL, true),
 (5, NULL, true, 'Office Hours', 'weekly', '0,1,2,3,4', '08:00', '18:00', NULL, NULL, true),
 (6, 1, false, 'Bad list', 'weekly', 'Mon,Tue', '18:00', '19:00', NULL, NULL, true),
 (7, 1, false, 'Late Monday', 'weekly', '0', '16:00', '18:00', '2026-01-01', NULL, true),
 (8, 2, false, 'Old hours', 'weekly', '5', '09:00', '12:00', NULL, NULL, false),
 (9, 3, false, 'Unknown state', 'weekly', '4', '09:00', '12:00', NULL, NULL, NULL),
 (10, 5, false, 'Gone', 'weekly', '0', '09:00', '12:00', NULL, NULL, true),
 (11, 1, false, 'Backwards', 'weekly', '5', '10:00', '09:00', NULL, NULL, true),
 (12, 2, false, 'Fortnightly', 'fortnightly', '0', '18:00', '19:00', NULL, NULL, true),
 (13, 1, true, 'Both', 'weekly', '6', '09:00', '10:00', NULL, NULL, true),
 (14, 9, false, 'Emma', 'weekly', '0,2', '09:00', '12:00', NULL, NULL, true);
SELECT setval('availability_patterns_id_seq', 14);

-- The Christmas-to-New-Year closure: 13 company-wide rows, one per day.
INSERT INTO availability_exceptions (id, user_id, exception_date, exception_type, is_company_wide, is_all_day,
                                     start_time, end_time, reason)
SELECT n, NULL, DATE '2026-12-24' + (n - 1), 'holiday', true, true, NULL, NULL, 'Christmas shutdown'
FROM generate_series(1, 13) AS n;
INSERT INTO availability_exceptions (id, user_id, exception_date, exception_type, is_company_wide, is_all_day,
                                     start_time, end_time, reason) VALUES
 -- Carol's vacation, Mon-Fri, then the Monday after the weekend: two blocks.
 (20, 3, '2027-01-11', 'vacation', false, true, NULL, NULL, 'Leave'),
 (21, 3, '2027-01-12', 'vacation', false, true, NULL, NULL, 'Leave'),
 (22, 3, '2027-01-13', 'vacation', false, true, NULL, NULL, 'Leave'),
 (23, 3, '2027-01-14', 'vacation', false, true, NULL, NULL, 'Leave'),
 (24, 3, '2027-01-15', 'vacation', false, true, NULL, NULL, 'Leave'),
 (25, 3, '2027-01-18', 'vacation', false, true, NULL, NULL, 'Leave'),
 -- Alice: two afternoons blocked the same way (one block), a morning another way.
 (30, 1, '2026-12-10', 'blocked', false, false, '13:00', '15:00', 'Training'),
 (31, 1, '2026-12-11', 'blocked', false, false, '13:00', '15:00', 'Training'),
 (32, 1, '2026-12-12', 'blocked', false, false, '09:00', '11:00', NULL),
 -- The same day entered twice (no UNIQUE in the old system): one block.
 (33, 1, '2026-12-15', 'blocked', false, true, NULL, NULL, 'Course'),
 (34, 1, '2026-12-15', 'blocked', false, true, NULL, NULL, 'Course'),
 (35, 1, '2026-12-16', 'custom_hours', false, false, '10:00', '12:00', NULL),
 (36, 1, '2026-12-17', 'sick', false, true, NULL, NULL, NULL),
 (37, 1, '2026-12-18', 'blocked', false, NULL, NULL, NULL, NULL),
 (38, 1, '2026-12-21', 'blocked', false, false, NULL, NULL, NULL),
 (39, NULL, '2027-01-26', 'holiday', true, false, NULL, NULL, 'Australia Day afternoon'),
 (40, NULL, '2027-03-01', 'blocked', false, true, NULL, NULL, 'Whose?'),
 (41, 5, '2027-02-01', 'vacation', false, true, NULL, NULL, NULL),
 (42, 1, '2027-02-02', 'holiday', true, true, NULL, NULL, 'Both'),
 (43, 1, '2027-02-03', 'blocked', false, false, '15:00', '14:00', NULL),
 -- A company-wide part-day closure that is fine.
 (44, NULL, '2027-01-27', 'blocked', true, false, '12:00', '17:00', 'Staff meeting');
SELECT setval('availability_exceptions_id_seq', 44);

INSERT INTO appointments (id, patient_id, practitioner_id, title, start_time, end_time, duration_minutes, status)
VALUES
 (1, 1, 1, 'Consult', '2026-12-08 09:00', '2026-12-08 09:30', 30, 'scheduled'),
 (2, 2, 1, 'Consult', '2026-12-08 09:15', '2026-12-08 09:45', 30, 'scheduled'),
 (3, 3, 1, 'Consult', '2026-12-08 10:00', '2026-12-08 11:00', 60, 'cancelled'),
 (4, 2, 1, 'Consult', '2026-12-08 09:00', '2026-12-08 09:30', 30, 'cancelled'),
 (5, 1, 2, 'Consult', '2026-12-28 10:00', '2026-12-28 10:30', 30, 'scheduled'),
 (6, 2, 2, 'Consult', '2026-10-04 02:30', '2026-10-04 03:30', 60, 'scheduled'),
 (7, 3, 2, 'Consult', '2026-12-09 09:00', '2026-12-09 09:30', 30, NULL),
 (8, 1, 2, 'Consult', '2026-12-09 10:00', '2026-12-09 10:30', 30, 'rescheduled'),
 (9, 2, NULL, 'Consult', '2026-12-09 11:00', '2026-12-09 11:30', 30, 'scheduled'),
 (10, 3, 6, 'Consult', '2026-12-09 12:00', '2026-12-09 12:30', 30, 'scheduled'),
 (11, 1, 3, 'Consult', '2026-11-19 10:00', '2026-11-19 10:30', 30, 'no-show'),
 (12, 2, 3, 'Consult', '2026-12-10 10:00', '2026-12-10 10:30', 60, 'urgent'),
 (13, 3, 3, 'Consult', '2026-12-10 12:00', '2026-12-10 11:00', 60, 'scheduled'),
 (14, 1, 1, 'Consult', '2026-12-09 14:00', '2026-12-09 14:30', 30, 'late'),
 (15, 2, 3, 'Consult', '2027-04-04 02:30', '2027-04-04 03:30', 60, 'scheduled');
SELECT setval('appointments_id_seq', 15);
)");
}

/// A clinic of `practitioners` practitioners with two years of appointments from
/// 2025-01-06 (Mon-Fri, 09:00-17:00, a 30-minute appointment every `stepMinutes`), a
/// company-wide Christmas closure each year and a week's vacation each — set-based, so
/// 100,000 rows take a second or two to make.
inline QString legacyLargeClinicSql(int practitioners, int stepMinutes)
{
    return QStringLiteral(R"(
INSERT INTO users (id, username, email, password_hash, first_name, last_name, role, is_admin, is_active)
SELECT n, 'prac' || n, 'prac' || n || '@example.org', 'x', 'First' || n, 'Last' || n, 'practitioner', false, true
FROM generate_series(1, %1) AS n;
INSERT INTO patients (id, first_name, last_name, email, phone)
SELECT n, 'Patient', 'No' || n, 'pat' || n || '@example.org', '0400 000 ' || n FROM generate_series(1, 5000) AS n;
INSERT INTO availability_patterns (user_id, is_company_wide, title, frequency, weekdays, start_time, end_time, is_active)
SELECT n, false, 'Clinic days', 'weekly', '0,1,2,3,4', '09:00', '17:00', true FROM generate_series(1, %1) AS n;
INSERT INTO availability_exceptions (user_id, exception_date, exception_type, is_company_wide, is_all_day, reason)
SELECT NULL, d::date, 'holiday', true, true, 'Christmas shutdown'
FROM generate_series(DATE '2025-12-24', DATE '2026-01-05', interval '1 day') AS d;
INSERT INTO availability_exceptions (user_id, exception_date, exception_type, is_company_wide, is_all_day, reason)
SELECT n, DATE '2025-03-03' + (n % 40) * 7 + k, 'vacation', false, true, 'Leave'
FROM generate_series(1, %1) AS n, generate_series(0, 4) AS k;
INSERT INTO appointments (patient_id, practitioner_id, title, start_time, end_time, duration_minutes, status)
SELECT 1 + (n * 7 + extract(doy FROM d)::int) % 5000, n, 'Consult',
       d + time '09:00' + s * interval '1 minute', d + time '09:00' + (s + 30) * interval '1 minute', 30,
       CASE WHEN (n + s) % 17 = 0 THEN 'cancelled' ELSE 'scheduled' END
FROM generate_series(1, %1) AS n,
     generate_series(TIMESTAMP '2025-01-06', TIMESTAMP '2027-01-03', interval '1 day') AS d,
     generate_series(0, 450, %2) AS s
WHERE extract(isodow FROM d) < 6;
)")
        .arg(practitioners)
        .arg(stepMinutes);
}

} // namespace caredesk::test
