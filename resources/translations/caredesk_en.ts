<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_AU">
<context>
    <name>caredesk::AuditDialog</name>
    <message numerus="yes">
        <source>Showing the newest %n change(s); narrow the filter to see older ones.</source>
        <translation>
            <numerusform>Showing the newest %n change; narrow the filter to see older ones.</numerusform>
            <numerusform>Showing the newest %n changes; narrow the filter to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::AvailabilityController</name>
    <message numerus="yes">
        <source>%n booked appointment(s) kept and flagged for the front desk.</source>
        <translation>
            <numerusform>%n booked appointment kept and flagged for the front desk.</numerusform>
            <numerusform>%n booked appointments kept and flagged for the front desk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::AvailabilityWorkspace</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) selected: %1 – %2</source>
        <translation>
            <numerusform>%n day selected: %1 – %2</numerusform>
            <numerusform>%n days selected: %1 – %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::BookController</name>
    <message numerus="yes">
        <source>Searching %n day(s)…</source>
        <translation>
            <numerusform>Searching %n day…</numerusform>
            <numerusform>Searching %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No free slot in the next %n day(s) for this search.</source>
        <translation>
            <numerusform>No free slot in the next %n day for this search.</numerusform>
            <numerusform>No free slot in the next %n days for this search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %2, %3 at %4, %n visit(s)</source>
        <translation>
            <numerusform>%1 with %2, %3 at %4, %n visit</numerusform>
            <numerusform>%1 with %2, %3 at %4, %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked %n visit(s) for %1 with %2, the first on %3 at %4.</source>
        <translation>
            <numerusform>Booked %n visit for %1 with %2, the first on %3 at %4.</numerusform>
            <numerusform>Booked %n visits for %1 with %2, the first on %3 at %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n visit(s) of %1&apos;s series. Tools → Undo Last Bulk Change takes it back.</source>
        <translation>
            <numerusform>Cancelled %n visit of %1&apos;s series. Tools → Undo Last Bulk Change takes it back.</numerusform>
            <numerusform>Cancelled %n visits of %1&apos;s series. Tools → Undo Last Bulk Change takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n visit(s) of %1&apos;s series. Tools → Undo Last Bulk Change takes it back.</source>
        <translation>
            <numerusform>Moved %n visit of %1&apos;s series. Tools → Undo Last Bulk Change takes it back.</numerusform>
            <numerusform>Moved %n visits of %1&apos;s series. Tools → Undo Last Bulk Change takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::BookWorkspace</name>
    <message numerus="yes">
        <source>%n chosen practitioner(s)…</source>
        <translation>
            <numerusform>%n chosen practitioner…</numerusform>
            <numerusform>%n chosen practitioners…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A slot that fits the waitlist is free: %1, %2 at %3 (%n waiting). Alt+L to offer it.</source>
        <translation>
            <numerusform>A slot that fits the waitlist is free: %1, %2 at %3 (%n waiting). Alt+L to offer it.</numerusform>
            <numerusform>A slot that fits the waitlist is free: %1, %2 at %3 (%n waiting). Alt+L to offer it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::BulkChangesDialog</name>
    <message numerus="yes">
        <source>Preview: %n practitioner(s) get new hours; earlier weeks keep theirs. Nothing has changed yet.</source>
        <translation>
            <numerusform>Preview: %n practitioner gets new hours; earlier weeks keep theirs. Nothing has changed yet.</numerusform>
            <numerusform>Preview: %n practitioners get new hours; earlier weeks keep theirs. Nothing has changed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n entry(s) would be added. Nothing has changed yet.</source>
        <translation>
            <numerusform>Preview: %n entry would be added. Nothing has changed yet.</numerusform>
            <numerusform>Preview: %n entries would be added. Nothing has changed yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::BulkController</name>
    <message numerus="yes">
        <source>Template &quot;%1&quot; for %n practitioner(s) from %2</source>
        <translation>
            <numerusform>Template &quot;%1&quot; for %n practitioner from %2</numerusform>
            <numerusform>Template &quot;%1&quot; for %n practitioners from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weekly hours of %1 for %n practitioner(s) from %2</source>
        <translation>
            <numerusform>Weekly hours of %1 for %n practitioner from %2</numerusform>
            <numerusform>Weekly hours of %1 for %n practitioners from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ClosuresController</name>
    <message numerus="yes">
        <source>%n closure(s) added</source>
        <translation>
            <numerusform>%n closure added</numerusform>
            <numerusform>%n closures added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n declined</numerusform>
            <numerusform>%n declined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the ticked changes had been made meanwhile by someone else.</source>
        <translation>
            <numerusform>%n of the ticked changes had been made meanwhile by someone else.</numerusform>
            <numerusform>%n of the ticked changes had been made meanwhile by someone else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ClosuresWorkspace</name>
    <message numerus="yes">
        <source>%n change(s) to review</source>
        <translation>
            <numerusform>%n change to review</numerusform>
            <numerusform>%n changes to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ConflictsController</name>
    <message numerus="yes">
        <source>Moved %n appointment(s) to the previewed times. Let the patients know.</source>
        <translation>
            <numerusform>Moved %n appointment to the previewed times. Let the patients know.</numerusform>
            <numerusform>Moved %n appointments to the previewed times. Let the patients know.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n appointment(s).</source>
        <translation>
            <numerusform>Cancelled %n appointment.</numerusform>
            <numerusform>Cancelled %n appointments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n appointment(s) for phoning to %1.</source>
        <translation>
            <numerusform>Saved %n appointment for phoning to %1.</numerusform>
            <numerusform>Saved %n appointments for phoning to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ConflictsDialog</name>
    <message numerus="yes">
        <source>Cancel %n appointment(s)? Phone the patients first; the list can be exported.</source>
        <translation>
            <numerusform>Cancel %n appointment? Phone the patients first; the list can be exported.</numerusform>
            <numerusform>Cancel %n appointments? Phone the patients first; the list can be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) the clinic&apos;s closures, blocks or hours no longer allow. Select some (or none for all), then preview a move, cancel or export the list.</source>
        <translation>
            <numerusform>%n booked appointment the clinic&apos;s closures, blocks or hours no longer allow. Select some (or none for all), then preview a move, cancel or export the list.</numerusform>
            <numerusform>%n booked appointments the clinic&apos;s closures, blocks or hours no longer allow. Select some (or none for all), then preview a move, cancel or export the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n appointment(s) would move as shown. Nothing has changed yet.</source>
        <translation>
            <numerusform>Preview: %n appointment would move as shown. Nothing has changed yet.</numerusform>
            <numerusform>Preview: %n appointments would move as shown. Nothing has changed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n appointment(s) have no free time in the next two months and would stay; phone those patients.</source>
        <translation>
            <numerusform>Preview: %n appointment has no free time in the next two months and would stay; phone those patients.</numerusform>
            <numerusform>Preview: %n appointments have no free time in the next two months and would stay; phone those patients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::Engine</name>
    <message numerus="yes">
        <source>Moved %n appointment(s) to their practitioners&apos; next free times</source>
        <translation>
            <numerusform>Moved %n appointment to their practitioners&apos; next free times</numerusform>
            <numerusform>Moved %n appointments to their practitioners&apos; next free times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n appointment(s)</source>
        <translation>
            <numerusform>Cancelled %n appointment</numerusform>
            <numerusform>Cancelled %n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Look for conflicts over at most %n day(s) at a time</source>
        <translation>
            <numerusform>Look for conflicts over at most %n day at a time</numerusform>
            <numerusform>Look for conflicts over at most %n days at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n occurrence(s) of %1&apos;s series %2 from %3 on</source>
        <translation>
            <numerusform>Cancel %n occurrence of %1&apos;s series %2 from %3 on</numerusform>
            <numerusform>Cancel %n occurrences of %1&apos;s series %2 from %3 on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n occurrence(s) of %1&apos;s series %2 from %3 on</source>
        <translation>
            <numerusform>Move %n occurrence of %1&apos;s series %2 from %3 on</numerusform>
            <numerusform>Move %n occurrences of %1&apos;s series %2 from %3 on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ImportDialog</name>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>parts of the preview summary, joined by commas</extracomment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from the feed</source>
        <translation>
            <numerusform>%n removed from the feed</numerusform>
            <numerusform>%n removed from the feed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::LegacyImportDialog</name>
    <message numerus="yes">
        <source>%n old row(s) will come across.</source>
        <extracomment>the parts of the import summary, one sentence each</extracomment>
        <translation>
            <numerusform>%n old row will come across.</numerusform>
            <numerusform>%n old rows will come across.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old row(s) came across.</source>
        <translation>
            <numerusform>%n old row came across.</numerusform>
            <numerusform>%n old rows came across.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not (listed below, with why).</source>
        <translation>
            <numerusform>%n will not (listed below, with why).</numerusform>
            <numerusform>%n will not (listed below, with why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not (listed below, with why).</source>
        <translation>
            <numerusform>%n did not (listed below, with why).</numerusform>
            <numerusform>%n did not (listed below, with why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Afterwards: %n booked appointment(s) to resolve (closures or hours).</source>
        <translation>
            <numerusform>Afterwards: %n booked appointment to resolve (closures or hours).</numerusform>
            <numerusform>Afterwards: %n booked appointments to resolve (closures or hours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ReportPrinter</name>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n booked</numerusform>
            <numerusform>%n booked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::SeriesPreviewDialog</name>
    <message numerus="yes">
        <source>&amp;Book %n Visit(s)</source>
        <translation>
            <numerusform>&amp;Book %n Visit</numerusform>
            <numerusform>&amp;Book %n Visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::WaitlistPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::WarningsStrip</name>
    <message numerus="yes">
        <source>%n booked appointment(s) on closure or block days — &lt;a href=&quot;resolve&quot;&gt;Resolve…&lt;/a&gt;</source>
        <translation>
            <numerusform>%n booked appointment on closure or block days — &lt;a href=&quot;resolve&quot;&gt;Resolve…&lt;/a&gt;</numerusform>
            <numerusform>%n booked appointments on closure or block days — &lt;a href=&quot;resolve&quot;&gt;Resolve…&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::WeeklyHoursDialog</name>
    <message numerus="yes">
        <source>%n interval(s) a week.</source>
        <translation>
            <numerusform>%n interval a week.</numerusform>
            <numerusform>%n intervals a week.</numerusform>
        </translation>
    </message>
</context>
</TS>
