<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OutboxControl</name>
    <message numerus="yes">
        <source>%n letter(s) waiting in the outbox (View › Outbox).</source>
        <translation>
            <numerusform>%n letter is waiting in the outbox (View › Outbox).</numerusform>
            <numerusform>%n letters are waiting in the outbox (View › Outbox).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mail account needs attention: %1 %n letter(s) wait until it is fixed; saving a working account sends them.</source>
        <translation>
            <numerusform>The mail account needs attention: %1 %n letter waits until it is fixed; saving a working account sends it.</numerusform>
            <numerusform>The mail account needs attention: %1 %n letters wait until it is fixed; saving a working account sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n letter(s) that waited for the mail account…</source>
        <translation>
            <numerusform>Sending the letter that waited for the mail account…</numerusform>
            <numerusform>Sending the %n letters that waited for the mail account…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>Sending %n letter(s)…</source>
        <translation>
            <numerusform>Sending %n letter…</numerusform>
            <numerusform>Sending %n letters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyControl</name>
    <message numerus="yes">
        <source>Your draft for “%1” and its %n letter(s) in the Sent list are removed from this computer. The app then no longer knows these letters went, so it will not warn you before sending them again. Letters waiting in the outbox stay there.</source>
        <translation>
            <numerusform>Your draft for “%1” and its %n letter in the Sent list are removed from this computer. The app then no longer knows this letter went, so it will not warn you before sending it again. Letters waiting in the outbox stay there.</numerusform>
            <numerusform>Your draft for “%1” and its %n letters in the Sent list are removed from this computer. The app then no longer knows these letters went, so it will not warn you before sending them again. Letters waiting in the outbox stay there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Sent list (%n letter(s))</source>
        <translation>
            <numerusform>the Sent list (%n letter)</numerusform>
            <numerusform>the Sent list (%n letters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still waiting in the outbox: they will NOT be sent</source>
        <translation>
            <numerusform>%n letter still waiting in the outbox: it will NOT be sent</numerusform>
            <numerusform>%n letters still waiting in the outbox: they will NOT be sent</numerusform>
        </translation>
    </message>
</context>
</TS>
