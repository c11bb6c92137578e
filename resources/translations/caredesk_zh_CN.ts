<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>caredesk::AppController</name>
    <message>
        <source>Connections: %1 in use, %2 idle, %3 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareDesk lost its connection to %1 and is reconnecting. Work in progress is kept; views reload once the database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active staff member &quot;%1&quot;; choose who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — press Ctrl+R to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 · PostgreSQL %2 · schema v%3 · %4 · practitioners: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::AvailabilityController</name>
    <message>
        <source>You work on %1; front desk can book you that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioners could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no practitioner calendar for you to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booked appointments are kept and flagged for the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly hours could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::AvailabilityResultsModel</name>
    <message>
        <source>Free slots: %1, first at %2</source>
        <extracomment>%1 is how many slots are free that day, %2 the first one&apos;s time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot</source>
        <extracomment>booked up, too short for the appointment, in the past, or outside the chosen times</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic closed — %1</source>
        <extracomment>%1 lists the reasons, e.g. &quot;Christmas closure&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free slots: %1</source>
        <extracomment>free slots that day across the practitioners shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a slot, start – end</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::AvailabilityWorkspace</name>
    <message>
        <source>+ %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Block Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;Hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work This Day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month or week (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month or week (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the selected days (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic is closed; work this day anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected block (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days selected: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic-wide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booked appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked Appointments in the Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked appointments inside this block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them and the front desk sees them flagged on the day sheet, or reschedule them yourself in Book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Them and Tell the Front Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;Reschedule in Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the appointments stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work This Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic is closed on %1 (%2). Work anyway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;usual hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;These hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working during %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time is not after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Those days become bookable again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::BlockDialog</name>
    <message>
        <source>Block Date — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block one day or a range of days, all day or part of each day. Booked appointments it would hit are listed before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time is not after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking booked appointments…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::BookController</name>
    <message>
        <source>The day sheet could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That slot was just taken — choose another one for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1&apos;s appointment meanwhile; it was not moved. Check the day sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %1&apos;s appointment with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1&apos;s appointment meanwhile; it was not cancelled. Check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are clinic time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1 days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the next free slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot in the next %1 days for this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1 with %2 on %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That slot was just taken. %1&apos;s details are kept — choose another slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::BookDialog</name>
    <message>
        <source>Book Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name to book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::BookWorkspace</name>
    <message>
        <source>Only &amp;between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free slots by day and practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Rescheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1&apos;s appointment to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several practitioners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chosen practitioners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the diaries of (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduling %1 (%2): choose a new slot, then Move Here. Esc stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::CalendarModel</name>
    <message>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on a closure day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working %1 (clinic closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::CapacityController</name>
    <message>
        <source>Capacity could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::CapacityWorkspace</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked against available hours per practitioner and week, from the same rules that decide bookable slots. Closures and personal blocks show what they took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the selected week by practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booked share of available hours, week by week (select a week to chart it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Capacity as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioners to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: hours by practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::Change</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weekly hours apply from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::ClosuresController</name>
    <message>
        <source>The closures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointments inside could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2 closures added, %3 changed, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the ticked changes had been made meanwhile by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday feeds could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday feeds could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped checking %1; its closures stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::ClosuresModel</name>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked inside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a date range, first – last</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments inside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::ClosuresWorkspace</name>
    <message>
        <source>Add &amp;Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic Closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure applies to every practitioner, unless one has chosen to work that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked &amp;inside the selected closure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked appointments inside the selected closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareDesk checks each feed once a day and when you ask; new, changed and removed holidays wait here for you to review. Nothing changes on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the selected feed, or every feed when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking %1? The closures imported from it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Christmas closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import closures from a calendar file or a holiday feed (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 with %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: nobody is booked inside this closure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday feed changes are waiting for review: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the closure %1? Practitioners become bookable on those days again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::DaySheetModel</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Now blocked: %1 — reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::DaySheetPanel</name>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Week Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day sheet shown, with a preview (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print who works when in this day&apos;s week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Day Sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-sheet-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1&apos;s appointment with %2 at %3 on %4? The slot becomes free for others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::DiagnosticsDialog</name>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool (size %1, overflow %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  connections %1 · idle %2 · in use %3 · overflow %4 · waiting %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  checkouts %1 · timeouts %2 · pre-ping failures %3 · discarded %4 · recycled %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  retries %1 · writes resolved after a lost connection %2 · watchdog %3 · leak warnings %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  longest wait for a connection: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::ExceptionForm</name>
    <message>
        <source>&amp;All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until time (00:00 means midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::ExceptionKind</name>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe: check this feed every day and show me what changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Clinic Closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays from a calendar file (.ics) or a published calendar address, such as a public-holiday feed. Each becomes a clinic closure; importing the same calendar again creates nothing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/holidays.ics or https://…/public/basic.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import holidays from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import holidays until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Public holidays (NSW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Calendar File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has changed since its holidays were imported. Tick what to apply: new holidays left unticked are declined and not offered again; changed and removed ones left unticked stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new</source>
        <extracomment>parts of the preview summary, joined by commas</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a calendar file or an address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: load the preview again before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply %1, Decline the Rest</source>
        <extracomment>unticked new holidays are declined: later checks do not offer them again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import %1 and Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::ImportPlanModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was: %1, %2, %3</source>
        <extracomment>what an imported closure was before the feed changed it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed no longer lists it; ticked, the closure is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::MainWindow</name>
    <message>
        <source>CareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::PlaceholderPage</name>
    <message>
        <source>This workspace is being built. The database connection and the demo clinic are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::PrintController</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week roster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Week Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Day Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the day sheet to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::ReportPrinter</name>
    <message>
        <source>Day sheet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week roster — %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareDesk · times are clinic time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working (override) %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic closed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF could not be laid out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::SetupController</name>
    <message>
        <source>Saved the clinic settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the appointment type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Give them weekly hours to make them bookable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: inactive, no longer bookable; booked appointments stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic setup could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly hours could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::SetupWorkspace</name>
    <message>
        <source>Clinic Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot step in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot s&amp;tep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the zone or step changes every free slot shown; booked appointments keep their times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. long-consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a type, or changes the one with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. akim (cannot change later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tive (bookable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;Hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::SignInDialog</name>
    <message>
        <source>front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to CareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is using CareDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::UtilisationModel</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a week&apos;s booked share of available hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, week of %2: %3 of %4 available hours booked; %5 h closed by clinic closures, %6 h blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>column title: the week starting on this Monday</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::WeeklyHoursDialog</name>
    <message>
        <source>Weekly Hours — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hours apply from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before that keep their hours. Appointments already booked stay; any that fall outside the new hours are flagged on the day sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of interval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of interval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of interval %1 (00:00 means midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intervals a week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caredesk::WorkspaceModel</name>
    <message>
        <source>My Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly working hours, block dates and working on clinic closure days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic Closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays and shutdowns that apply to every practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find free slots; book, reschedule and cancel appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings, appointment types and practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked against available hours per practitioner and week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareDesk — clinic scheduling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (libpq conninfo or URI); default: CAREDESK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is the private demo cluster: migrate it and load the demo clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override a pool setting, e.g. pool_size=5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this workspace first: availability, closures, book, setup or capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this staff login (default: CAREDESK_USER, else ask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window once the database is up, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: system, dark or high-contrast (default: as last time).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
