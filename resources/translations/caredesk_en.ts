<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_AU">
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
