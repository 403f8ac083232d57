<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>E-Mail-Konto</translation>
    </message>
    <message>
        <source>Letters are sent from your own address, through your own provider, so they arrive as real letters from a real person. Nothing is sent anywhere else.</source>
        <translation>Briefe werden von Ihrer eigenen Adresse über Ihren eigenen Anbieter gesendet und kommen so als echte Briefe einer echten Person an. Nichts wird anderswohin gesendet.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Your name as recipients will see it</source>
        <translation>Ihr Name, wie Empfänger ihn sehen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Ask me for it each time I send (kept in memory only)</source>
        <translation>Bei jedem Senden danach fragen (nur im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>Implicit TLS (usually port 465)</source>
        <translation>Implizites TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>Only for a self-hosted server</source>
        <translation>Nur für einen selbst betriebenen Server</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Ne&amp;tzwerk:</translation>
    </message>
    <message>
        <source>Outgoing server settings</source>
        <translation>Einstellungen des Postausgangsservers</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring (%1)</source>
        <translation>Im Schlüsselbund dieses Computers speichern (%1)</translation>
    </message>
    <message>
        <source>Remember it (not possible on this computer)</source>
        <translation>Speichern (auf diesem Computer nicht möglich)</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so your password will not be saved: it would end up in a plain file. You will be asked for it when you send.</source>
        <translation>Dieser Computer hat keinen sicheren Passwortspeicher, daher wird Ihr Passwort nicht gespeichert: Es würde sonst in einer ungeschützten Datei landen. Sie werden beim Senden danach gefragt.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>%1: sign in on %1&apos;s own page, in your browser. This app never sees your %1 password.</source>
        <translation>%1: Melden Sie sich auf der eigenen Seite von %1 an, in Ihrem Browser. Diese App sieht Ihr %1-Passwort nie.</translation>
    </message>
    <message>
        <source>Signs in with %1.</source>
        <translation>Meldet sich mit %1 an.</translation>
    </message>
    <message>
        <source>Your provider is not in the built-in list: please fill in the outgoing server (your provider&apos;s help pages give it).</source>
        <translation>Ihr Anbieter ist nicht in der eingebauten Liste: Bitte tragen Sie den Postausgangsserver selbst ein (die Hilfeseiten Ihres Anbieters nennen ihn).</translation>
    </message>
    <message>
        <source>%1: use an app password, not your usual password. Create one in your account&apos;s security settings (it needs two-step verification), then paste it below.</source>
        <translation>%1: Verwenden Sie ein App-Passwort, nicht Ihr übliches Passwort. Erstellen Sie eines in den Sicherheitseinstellungen Ihres Kontos (dafür muss die Bestätigung in zwei Schritten aktiv sein) und fügen Sie es dann unten ein.</translation>
    </message>
    <message>
        <source>%1: settings filled in for you.</source>
        <translation>%1: Die Einstellungen wurden für Sie eingetragen.</translation>
    </message>
    <message>
        <source>Not needed: signs in with %1</source>
        <translation>Nicht nötig: meldet sich mit %1 an</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Please sign in with %1 first.</source>
        <translation>Bitte melden Sie sich zuerst mit %1 an.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>T&amp;rusted certificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>%1 accepts only its own sign-in (OAuth2) for sending from other apps, and that sign-in is not set up in this copy of the app (an organisation must register it first). You can still take part: copy the letter into your mail app and send it from there, or set up another mail account here.</source>
        <translation>%1 akzeptiert zum Senden aus anderen Apps nur die eigene Anmeldung (OAuth2), und diese Anmeldung ist in diesem Exemplar der App nicht eingerichtet (eine Organisation muss die App erst registrieren). Sie können trotzdem mitmachen: Kopieren Sie den Brief in Ihr Mailprogramm und senden Sie ihn von dort, oder richten Sie hier ein anderes E-Mail-Konto ein.</translation>
    </message>
    <message>
        <source>It works: logged in to %1.</source>
        <translation>Es funktioniert: bei %1 angemeldet.</translation>
    </message>
</context>
<context>
    <name>AppealPane</name>
    <message>
        <source>A&amp;ppeal in:</source>
        <translation>A&amp;ufruf in:</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Original anzeigen</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (Original)</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation>%1 (vorläufige Übersetzung)</translation>
    </message>
    <message>
        <source>Draft translation: the original (%1) is authoritative.</source>
        <translation>Vorläufige Übersetzung: Maßgeblich ist das Original (%1).</translation>
    </message>
</context>
<context>
    <name>CampaignBanner</name>
    <message>
        <source>Please send no more letters. Letters for it still waiting in the outbox are held, not sent.</source>
        <translation>Bitte schicken Sie keine Briefe mehr. Briefe dafür, die noch im Postausgang warten, werden zurückgehalten, nicht gesendet.</translation>
    </message>
    <message>
        <source>This campaign is closed</source>
        <translation>Diese Kampagne ist beendet</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(kein Name angegeben)</translation>
    </message>
    <message>
        <source>Not signed: anyone could have made or changed this campaign</source>
        <translation>Nicht signiert: Jeder könnte diese Kampagne erstellt oder verändert haben</translation>
    </message>
    <message>
        <source>Before you send, check that the addresses under “Send to” are the real ones, for example on the recipients&apos; own website.</source>
        <translation>Prüfen Sie vor dem Senden, ob die Adressen unter „Senden an“ die echten sind, zum Beispiel auf der eigenen Website der Empfänger.</translation>
    </message>
    <message>
        <source>Signed, but not yet trusted</source>
        <translation>Signiert, aber noch nicht vertraut</translation>
    </message>
    <message>
        <source>It says it comes from “%1”. Check its key against the one the organiser publishes before you trust it.</source>
        <translation>Sie gibt an, von „%1“ zu stammen. Vergleichen Sie ihren Schlüssel mit dem, den der Organisator veröffentlicht, bevor Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Check the Key…</source>
        <translation>Schlüssel &amp;prüfen…</translation>
    </message>
    <message>
        <source>Updated by the organiser you trusted</source>
        <translation>Aktualisiert vom Organisator, dem Sie vertrauen</translation>
    </message>
    <message>
        <source>Version %1, signed by “%2”: %3.</source>
        <translation>Version %1, signiert von „%2“: %3.</translation>
    </message>
    <message>
        <source>What &amp;Changed…</source>
        <translation>Was hat sich &amp;geändert…</translation>
    </message>
    <message>
        <source>Signed by the organiser you trusted</source>
        <translation>Signiert vom Organisator, dem Sie vertrauen</translation>
    </message>
    <message>
        <source>Signed by “%1” with the key you trusted for this campaign (version %2).</source>
        <translation>Signiert von „%1“ mit dem Schlüssel, dem Sie für diese Kampagne vertrauen (Version %2).</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Open in Your Mail App</source>
        <translation>In Ihrem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in your mail app with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Für jeden Empfänger wird eine eigene Nachricht in Ihrem E-Mail-Programm geöffnet, in der Adresse, Betreff und Brief schon eingetragen sind. Prüfen Sie sie und senden Sie sie von dort ab.</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>In %1 öffnen</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened with the address and subject filled in. The letter is too long to go in with them: it is put on the clipboard each time, for you to paste into the message (%1). Check it and send it from there.</source>
        <translation>Für jeden Empfänger wird eine eigene Nachricht geöffnet, in der Adresse und Betreff schon eingetragen sind. Der Brief ist zu lang, um ebenfalls eingetragen zu werden: Er wird jedes Mal in die Zwischenablage gelegt, damit Sie ihn in die Nachricht einfügen (%1). Prüfen Sie sie und senden Sie sie von dort ab.</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in %1 in your browser (sign in if it asks) with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Für jeden Empfänger wird eine eigene Nachricht in %1 in Ihrem Browser geöffnet (melden Sie sich an, falls Sie dazu aufgefordert werden), in der Adresse, Betreff und Brief schon eingetragen sind. Prüfen Sie sie und senden Sie sie von dort ab.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Als gesendet &amp;markieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your mail app connects the way it is set to, not through the app&apos;s proxy.</source>
        <translation>Ihr E-Mail-Konto verbindet sich über einen Proxy, dies aber nicht: Ihr E-Mail-Programm verbindet sich so, wie es selbst eingestellt ist, nicht über den Proxy der App.</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your browser connects the way it is set to (Tor Browser goes through Tor).</source>
        <translation>Ihr E-Mail-Konto verbindet sich über einen Proxy, dies aber nicht: Ihr Browser verbindet sich so, wie er selbst eingestellt ist (Tor Browser geht über Tor).</translation>
    </message>
    <message>
        <source>Nothing on this computer opens mail links. Set a default mail app, or use Copy Letter and paste it into a message.</source>
        <translation>Auf diesem Computer ist kein Programm zum Öffnen von E-Mail-Links eingerichtet. Legen Sie ein Standard-E-Mail-Programm fest, oder verwenden Sie „Brief kopieren“ und fügen Sie den Brief in eine Nachricht ein.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Use Copy Letter instead.</source>
        <translation>Der Browser konnte nicht geöffnet werden. Verwenden Sie stattdessen „Brief kopieren“.</translation>
    </message>
    <message>
        <source>%1 — opened</source>
        <translation>%1 — geöffnet</translation>
    </message>
    <message>
        <source>The letter to %1 is too long to go in a link, so it is on the clipboard: click into the message&apos;s text and paste it (%2).</source>
        <translation>Der Brief an %1 ist zu lang für einen Link und liegt deshalb in der Zwischenablage: Klicken Sie in den Text der Nachricht und fügen Sie ihn dort ein (%2).</translation>
    </message>
    <message>
        <source>The message to %1 is open, ready to send.</source>
        <translation>Die Nachricht an %1 ist geöffnet und kann gesendet werden.</translation>
    </message>
    <message>
        <source>&amp;Open the Message</source>
        <translation>&amp;Nachricht öffnen</translation>
    </message>
    <message>
        <source>&amp;Open the Next Message</source>
        <translation>&amp;Nächste Nachricht öffnen</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>All Messages &amp;Opened</source>
        <translation>Alle Nachrichten &amp;geöffnet</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>The letters are on the clipboard.</source>
        <translation>Die Briefe sind in der Zwischenablage.</translation>
    </message>
    <message>
        <source>%1 letters are on the clipboard, one after another, each with its recipients and subject: paste them (%2) and send each as a message of its own.</source>
        <translation>In der Zwischenablage sind %1 Briefe, einer nach dem anderen, jeder mit seinen Empfängern und seinem Betreff: Fügen Sie sie ein (%2) und senden Sie jeden als eigene Nachricht.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>Der Brief ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard, with its recipients and subject: paste it (%1) into a message, a web form or a document.</source>
        <translation>Der Brief ist mit Empfängern und Betreff in der Zwischenablage: Fügen Sie ihn (%1) in eine Nachricht, ein Webformular oder ein Dokument ein.</translation>
    </message>
    <message>
        <source>Letter copied</source>
        <translation>Brief kopiert</translation>
    </message>
    <message>
        <source>The campaign gives no postal address for: %1. Write it on the letter and the envelope yourself, or send these letters another way.</source>
        <translation>Die Kampagne nennt keine Postanschrift für: %1. Schreiben Sie sie selbst auf den Brief und den Umschlag, oder schicken Sie diese Briefe auf anderem Weg.</translation>
    </message>
    <message>
        <source>The letters could not be printed</source>
        <translation>Die Briefe konnten nicht gedruckt werden</translation>
    </message>
    <message>
        <source>The printer could not be used. Try Save as PDF and print the file.</source>
        <translation>Der Drucker konnte nicht verwendet werden. Versuchen Sie „Als PDF speichern“ und drucken Sie dann die Datei.</translation>
    </message>
    <message>
        <source>Letters sent to the printer: %1.</source>
        <translation>An den Drucker gesendete Briefe: %1.</translation>
    </message>
    <message>
        <source>Letters printed</source>
        <translation>Briefe gedruckt</translation>
    </message>
    <message>
        <source>Sign each letter, then post it or fax it.</source>
        <translation>Unterschreiben Sie jeden Brief und schicken Sie ihn dann per Post oder Fax.</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>Die PDF-Datei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose &amp;Another Place…</source>
        <translation>&amp;Anderen Speicherort wählen…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF gespeichert</translation>
    </message>
    <message>
        <source>The letters are in “%1”, one page or more for each recipient: print them, sign them, and post them or fax them.</source>
        <translation>Die Briefe sind in „%1“, eine oder mehrere Seiten pro Empfänger: Drucken Sie sie aus, unterschreiben Sie sie und schicken Sie sie per Post oder Fax.</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>in diesen Ordner dürfen Sie nicht schreiben</translation>
    </message>
    <message>
        <source>that place cannot be written to (read-only)</source>
        <translation>an diesem Speicherort kann nicht geschrieben werden (schreibgeschützt)</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation>dieser Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Save the Letters as PDF</source>
        <translation>Briefe als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Letters marked as sent: %1.</source>
        <translation>Als gesendet markierte Briefe: %1.</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <source>Se&amp;nd to</source>
        <translation>Senden a&amp;n</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Ihr Brief</translation>
    </message>
    <message>
        <source>As sent t&amp;o:</source>
        <translation>&amp;Vorschau für:</translation>
    </message>
    <message>
        <source>Other word&amp;ing</source>
        <translation>Andere For&amp;mulierung</translation>
    </message>
    <message>
        <source>Use another combination of the alternative wordings the campaign offers, so your letter is not the same as everyone else&apos;s; what it asks for stays the same (Ctrl+Shift+W)</source>
        <translation>Eine andere Kombination der alternativen Formulierungen der Kampagne verwenden, damit Ihr Brief nicht genauso lautet wie die aller anderen; was er fordert, bleibt gleich (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Reset to template</source>
        <translation>Auf Vorlage &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Replace your edits with the campaign&apos;s letter, filled with your details</source>
        <translation>Ihre Änderungen durch den Brief der Kampagne ersetzen, ausgefüllt mit Ihren Angaben</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>Send the letter from your mail account (Ctrl+Return)</source>
        <translation>Den Brief über Ihr E-Mail-Konto senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;More Ways</source>
        <translation>Weitere &amp;Wege</translation>
    </message>
    <message>
        <source>Open the letter in your mail app or webmail, copy it, print it or save it as a PDF for the post</source>
        <translation>Den Brief in Ihrem E-Mail-Programm oder Webmail öffnen, kopieren, drucken oder für den Postversand als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Letter in:</source>
        <translation>Brie&amp;f in:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Was er sagt</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>The campaign&apos;s recipients read: %1</source>
        <translation>Die Empfänger der Kampagne lesen: %1</translation>
    </message>
    <message>
        <source>Switching the language replaces your edited letter with the campaign&apos;s letter in %1.</source>
        <translation>Wenn Sie zu %1 wechseln, wird Ihr bearbeiteter Brief durch den Brief der Kampagne in dieser Sprache ersetzt.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter, filled with your details.</source>
        <translation>Ihre Änderungen am Brief werden durch den Brief der Kampagne ersetzt, ausgefüllt mit Ihren Angaben.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter in other wordings, filled with your details.</source>
        <translation>Ihre Änderungen am Brief werden durch den Brief der Kampagne in anderen Formulierungen ersetzt, ausgefüllt mit Ihren Angaben.</translation>
    </message>
    <message>
        <source>Replace your edits?</source>
        <translation>Ihre Änderungen ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Letter (%1)</source>
        <translation>Brief (%1)</translation>
    </message>
    <message>
        <source>What it says (%1)</source>
        <translation>Was er sagt (%1)</translation>
    </message>
    <message>
        <source>The campaign has no %1 version of the letter. The appeal on the left says what the letter asks for.</source>
        <translation>Die Kampagne hat keine Fassung des Briefs auf %1. Der Aufruf links sagt, was der Brief fordert.</translation>
    </message>
    <message>
        <source>Your letter goes out in %1, the language the recipients read. This is the campaign&apos;s %2 version of the same letter with your details, so you know what you sign; it is not sent.</source>
        <translation>Ihr Brief geht auf %1 hinaus, in der Sprache, die die Empfänger lesen. Dies ist die Fassung auf %2 desselben Briefs mit Ihren Angaben, damit Sie wissen, was Sie unterschreiben; sie wird nicht versandt.</translation>
    </message>
    <message>
        <source>The campaign has no version of this letter in %1. Here is the nearest one it has, in %2, with your details, so you know what you sign; your letter goes out in %3 and this is not sent.</source>
        <translation>Die Kampagne hat keine Fassung dieses Briefs auf %1. Hier ist die nächstliegende, die sie hat, auf %2, mit Ihren Angaben, damit Sie wissen, was Sie unterschreiben; Ihr Brief geht auf %3 hinaus, und diese wird nicht versandt.</translation>
    </message>
    <message>
        <source>Your own changes to the letter are not shown here.</source>
        <translation>Ihre eigenen Änderungen am Brief sind hier nicht zu sehen.</translation>
    </message>
    <message>
        <source>You have edited the letter. Changes to your details no longer update it; the greeting is adapted for each recipient.</source>
        <translation>Sie haben den Brief bearbeitet. Änderungen an Ihren Angaben werden nicht mehr übernommen; die Anrede wird für jeden Empfänger angepasst.</translation>
    </message>
    <message>
        <source>The letter follows your details as you type.</source>
        <translation>Der Brief übernimmt Ihre Angaben, während Sie tippen.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Wählen Sie mindestens einen Empfänger.</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Letter Composer %1 is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. Below are its licence and the licences of the software and data it includes.</source>
        <translation>Letter Composer %1 ist freie Software: Sie dürfen es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern. Es wird ohne jede Gewährleistung bereitgestellt. Unten stehen seine Lizenz und die Lizenzen der Software und Daten, die es enthält.</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Lizenztexte</translation>
    </message>
    <message>
        <source>&amp;Licence texts:</source>
        <translation>&amp;Lizenztexte:</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation (%1).</source>
        <translation>Die Lizenztexte fehlen in dieser Installation (%1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Letter Composer</source>
        <translation>Letter Composer</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Als gesendet &amp;markieren…</translation>
    </message>
    <message>
        <source>%1 — Letter Composer</source>
        <translation>%1 — Letter Composer</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <source>Campaigns (*.campaign campaign.toml);;All files (*)</source>
        <translation>Kampagnen (*.campaign campaign.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Campaign Folder</source>
        <translation>Kampagnenordner öffnen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This campaign cannot be opened</source>
        <translation>Diese Kampagne kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a campaign.</source>
        <translation>„%1“ kann nicht als Kampagne geöffnet werden.</translation>
    </message>
    <message>
        <source>If an organiser sent you this file, please tell them; they can check it with “letter-composer-cli validate”. The campaign you had open stays as it was.</source>
        <translation>Falls Sie diese Datei von den Organisatoren einer Kampagne erhalten haben, sagen Sie ihnen bitte Bescheid; sie können sie mit „letter-composer-cli validate“ prüfen. Die Kampagne, die Sie geöffnet hatten, bleibt unverändert.</translation>
    </message>
    <message>
        <source>built-in campaign</source>
        <translation>eingebaute Kampagne</translation>
    </message>
    <message>
        <source>%1 recipients · %2</source>
        <translation>%1 Empfänger · %2</translation>
    </message>
    <message>
        <source>Discard your letter?</source>
        <translation>Ihren Brief verwerfen?</translation>
    </message>
    <message>
        <source>Your letter could not be saved. If you go on, what you typed is lost.</source>
        <translation>Ihr Brief konnte nicht gespeichert werden. Wenn Sie fortfahren, geht das Geschriebene verloren.</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Mail account saved.</source>
        <translation>E-Mail-Konto gespeichert.</translation>
    </message>
    <message>
        <source>This campaign is closed: it asks for no more letters.</source>
        <translation>Diese Kampagne ist beendet: Sie bittet um keine Briefe mehr.</translation>
    </message>
    <message>
        <source>Please fill in the fields marked *.</source>
        <translation>Bitte füllen Sie die mit * markierten Felder aus.</translation>
    </message>
    <message>
        <source>Please choose at least one recipient.</source>
        <translation>Bitte wählen Sie mindestens einen Empfänger.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later), with no warranty. Licences shows it and the licences of the software and data the app includes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder jeder späteren Version (GPL-3.0-or-later), ohne jede Gewährleistung. „Lizenzen“ zeigt diese Lizenz und die der Software und Daten, die die App enthält.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Lizenzen…</translation>
    </message>
    <message>
        <source>The letter cannot be sent</source>
        <translation>Der Brief kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>The letter could not be prepared</source>
        <translation>Der Brief kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Once the letter has gone, mark it as sent: your sent letters then show what went where.</source>
        <translation>Wenn der Brief abgeschickt ist, markieren Sie ihn als gesendet: Dann zeigen Ihre gesendeten Briefe, was wohin gegangen ist.</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent.</source>
        <translation>%1 von %2 Briefen gesendet.</translation>
    </message>
    <message>
        <source>About Letter Composer</source>
        <translation>Über Letter Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Read a campaign&apos;s appeal and write its protest letter in your own words.&lt;/p&gt;&lt;p&gt;No telemetry: the app talks to no server except your own mail server when you send.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Lesen Sie den Aufruf einer Kampagne und schreiben Sie den Protestbrief in Ihren eigenen Worten.&lt;/p&gt;&lt;p&gt;Keine Telemetrie: Die App verbindet sich mit keinem Server außer Ihrem eigenen Mailserver, wenn Sie senden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as Sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Which letters did you send, and how? They are added to your sent letters (View › Sent Letters), so you know later what went where.</source>
        <translation>Welche Briefe haben Sie gesendet, und auf welchem Weg? Sie werden zu Ihren gesendeten Briefen hinzugefügt (Ansicht › Gesendete Briefe), damit Sie später wissen, was wohin gegangen ist.</translation>
    </message>
    <message>
        <source>Letters you sent</source>
        <translation>Die Briefe, die Sie gesendet haben</translation>
    </message>
    <message>
        <source>From my mail app</source>
        <translation>Aus meinem E-Mail-Programm</translation>
    </message>
    <message>
        <source>From webmail</source>
        <translation>Über Webmail</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Per Post</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>Per Fax</translation>
    </message>
    <message>
        <source>Copied, or another way</source>
        <translation>Kopiert oder auf anderem Weg</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Versandweg:</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The letters to %1 are waiting in the outbox; marking them as sent takes them out, so that nothing goes twice.</source>
        <translation>Die Briefe an %1 warten im Postausgang. Wenn Sie sie als gesendet markieren, werden sie dort herausgenommen, damit nichts doppelt verschickt wird.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>Ve&amp;rsand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Campaign File…</source>
        <translation>Kampagnen&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Open Campaign &amp;Folder…</source>
        <translation>Kampagnen&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Send Letter…</source>
        <translation>Brief &amp;senden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reset Letter to Template</source>
        <translation>Brief auf Vorlage &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Other &amp;Wording</source>
        <translation>Andere &amp;Formulierung</translation>
    </message>
    <message>
        <source>Go to Your &amp;Details</source>
        <translation>Zu Ihren &amp;Angaben</translation>
    </message>
    <message>
        <source>Go to the &amp;Letter</source>
        <translation>Zum &amp;Brief</translation>
    </message>
    <message>
        <source>Open in Mail &amp;App…</source>
        <translation>Im &amp;E-Mail-Programm öffnen…</translation>
    </message>
    <message>
        <source>Open in &amp;Webmail</source>
        <translation>In &amp;Webmail öffnen</translation>
    </message>
    <message>
        <source>&amp;Gmail…</source>
        <translation>&amp;Gmail…</translation>
    </message>
    <message>
        <source>&amp;Outlook.com…</source>
        <translation>&amp;Outlook.com…</translation>
    </message>
    <message>
        <source>&amp;Yahoo Mail…</source>
        <translation>&amp;Yahoo Mail…</translation>
    </message>
    <message>
        <source>&amp;Copy Letter</source>
        <translation>Brief &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Als gesendet &amp;markieren…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <source>&amp;Sent Letters…</source>
        <translation>&amp;Gesendete Briefe…</translation>
    </message>
    <message>
        <source>&amp;Mail Account…</source>
        <translation>&amp;E-Mail-Konto…</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Netzwerk…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Forget This &amp;Campaign&apos;s Letters…</source>
        <translation>&amp;Briefe dieser Kampagne vergessen…</translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation>&amp;Alles vergessen…</translation>
    </message>
    <message>
        <source>&amp;About Letter Composer</source>
        <translation>Ü&amp;ber Letter Composer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>through Tor</source>
        <translation>über Tor</translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation>über den Proxy %1</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>direkt</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>A proxy hides where you connect from. Your mail provider sees the proxy&apos;s address instead of yours, and your network (at home, at work, your internet provider) sees only that you connect to the proxy, not to your mail provider. Tor is such a proxy, run by volunteers.</source>
        <translation>Ein Proxy verbirgt, von wo aus Sie sich verbinden. Ihr E-Mail-Anbieter sieht die Adresse des Proxys statt Ihrer, und Ihr Netz (zu Hause, bei der Arbeit, Ihr Internetanbieter) sieht nur, dass Sie sich mit dem Proxy verbinden, nicht mit Ihrem E-Mail-Anbieter. Tor ist ein solcher Proxy, betrieben von Freiwilligen.</translation>
    </message>
    <message>
        <source>It does not hide who you are from your mail provider: it knows your account and every letter you send, and the recipients see your address. Some providers refuse or challenge connections that come through Tor.</source>
        <translation>Er verbirgt nicht, wer Sie sind, vor Ihrem E-Mail-Anbieter: Er kennt Ihr Konto und jeden Brief, den Sie senden, und die Empfänger sehen Ihre Adresse. Manche Anbieter lehnen Verbindungen über Tor ab oder verlangen eine zusätzliche Prüfung.</translation>
    </message>
    <message>
        <source>With a proxy chosen, the app never connects directly: when the proxy is not running, letters wait in the outbox until it is.</source>
        <translation>Mit einem gewählten Proxy verbindet sich die App nie direkt: Läuft der Proxy nicht, warten die Briefe im Postausgang, bis er läuft.</translation>
    </message>
    <message>
        <source>Connect &amp;directly</source>
        <translation>&amp;Direkt verbinden</translation>
    </message>
    <message>
        <source>Through &amp;Tor running on this computer (Tor or Tor Browser)</source>
        <translation>Über &amp;Tor auf diesem Computer (Tor oder Tor Browser)</translation>
    </message>
    <message>
        <source>Through a &amp;SOCKS5 proxy:</source>
        <translation>Über einen &amp;SOCKS5-Proxy:</translation>
    </message>
    <message>
        <source>Proxy address, e.g. 127.0.0.1</source>
        <translation>Adresse des Proxys, z. B. 127.0.0.1</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Adresse des Proxys</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port des Proxys</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Webmail pages and your mail app, opened from Deliver, do not go through this proxy: they connect the way your browser or mail app is set to.</source>
        <translation>Webmail-Seiten und Ihr E-Mail-Programm, aus dem Menü Versand geöffnet, gehen nicht über diesen Proxy: Sie verbinden sich so, wie Ihr Browser oder E-Mail-Programm eingestellt ist.</translation>
    </message>
    <message>
        <source>Please type the proxy&apos;s address.</source>
        <translation>Bitte geben Sie die Adresse des Proxys ein.</translation>
    </message>
    <message>
        <source>Tor is running on this computer (port %1).</source>
        <translation>Tor läuft auf diesem Computer (Port %1).</translation>
    </message>
    <message>
        <source>Tor is not running on this computer (nothing answers on port 9050 or 9150). Start Tor or Tor Browser: until then, letters wait.</source>
        <translation>Tor läuft nicht auf diesem Computer (an Port 9050 und 9150 antwortet nichts). Starten Sie Tor oder Tor Browser: Bis dahin warten die Briefe.</translation>
    </message>
    <message>
        <source>The proxy answers.</source>
        <translation>Der Proxy antwortet.</translation>
    </message>
    <message>
        <source>Nothing answers at this proxy address: letters wait until it does.</source>
        <translation>An dieser Proxy-Adresse antwortet nichts: Die Briefe warten, bis er antwortet.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfen…</translation>
    </message>
</context>
<context>
    <name>OutboxControl</name>
    <message>
        <source>Open the out&amp;box</source>
        <translation>Postausgang &amp;öffnen</translation>
    </message>
    <message>
        <source>Fi&amp;x the Mail Account…</source>
        <translation>Mailkonto &amp;korrigieren…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Letters from an earlier session are waiting in the outbox: %1. Those that can go are being sent; the others need your decision.</source>
        <translation>Im Postausgang warten Briefe aus einer früheren Sitzung: %1. Was gesendet werden kann, wird jetzt gesendet; über die übrigen müssen Sie entscheiden.</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Postausgang: %1 wartend</translation>
    </message>
    <message>
        <source>, %1 wait for the mail account</source>
        <translation>, %1 warten auf das Mailkonto</translation>
    </message>
    <message>
        <source>, %1 need you</source>
        <translation>, %1 warten auf Sie</translation>
    </message>
    <message>
        <source>, %1 held</source>
        <translation>, %1 zurückgehalten</translation>
    </message>
    <message>
        <source>The letters waiting in the outbox have gone.</source>
        <translation>Die Briefe, die im Postausgang warteten, sind versandt.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting in the outbox (View › Outbox).</source>
        <translation>
            <numerusform>Im Postausgang wartet %n Brief (Ansicht › Postausgang).</numerusform>
            <numerusform>Im Postausgang warten %n Briefe (Ansicht › Postausgang).</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>The mail account needs attention: %1 %n letter(s) wait until it is fixed; saving a working account sends them.</source>
        <translation>
            <numerusform>Das Mailkonto braucht Ihre Aufmerksamkeit: %1 %n Brief wartet, bis es korrigiert ist; ein funktionierendes Konto speichern sendet ihn.</numerusform>
            <numerusform>Das Mailkonto braucht Ihre Aufmerksamkeit: %1 %n Briefe warten, bis es korrigiert ist; ein funktionierendes Konto speichern sendet sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n letter(s) that waited for the mail account…</source>
        <translation>
            <numerusform>Der Brief, der auf das Mailkonto wartete, wird gesendet…</numerusform>
            <numerusform>Die %n Briefe, die auf das Mailkonto warteten, werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters are being sent; try again when done.</source>
        <translation>Es werden gerade Briefe gesendet; versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>Nothing was sent: no mail account is set up.</source>
        <translation>Nichts wurde gesendet: Es ist kein Mailkonto eingerichtet.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nichts wartet darauf, gesendet zu werden.</translation>
    </message>
    <message>
        <source>Nothing was sent: no password was given.</source>
        <translation>Nichts wurde gesendet: Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>Nothing was sent: sign in with %1 first (Settings › Mail Account).</source>
        <translation>Es wurde nichts gesendet: Melden Sie sich zuerst mit %1 an (Einstellungen › E-Mail-Konto).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1 (kept in memory until you quit):</source>
        <translation>Passwort für %1 (bleibt bis zum Beenden im Arbeitsspeicher):</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox and sent letters</source>
        <translation>Postausgang und gesendete Briefe</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>delivery unknown</source>
        <translation>Zustellung unklar</translation>
    </message>
    <message>
        <source>held: campaign closed</source>
        <translation>zurückgehalten: Kampagne beendet</translation>
    </message>
    <message>
        <source>the mail account needs attention</source>
        <translation>das Mailkonto braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>from your mail app</source>
        <translation>über Ihr E-Mail-Programm</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>über Webmail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per Post</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>per Fax</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>auf anderem Weg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Versandweg</translation>
    </message>
    <message>
        <source>Letters waiting</source>
        <translation>Wartende Briefe</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Gesendete Briefe</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>“Delivery unknown”: the connection broke after the letter was handed over, so it may have arrived. Send now only if you are sure it did not (check your sent folder), or it may arrive twice.</source>
        <translation>„Zustellung unklar“: Die Verbindung brach ab, nachdem der Brief übergeben war; er ist also vielleicht angekommen. Klicken Sie nur dann auf „Jetzt senden“, wenn Sie sicher sind, dass er nicht angekommen ist (sehen Sie in Ihrem Ordner „Gesendet“ nach), sonst kommt er womöglich doppelt an.</translation>
    </message>
    <message>
        <source>Fix the &amp;Mail Account…</source>
        <translation>&amp;Mailkonto korrigieren…</translation>
    </message>
    <message>
        <source>&amp;Forget the sent list</source>
        <translation>&amp;Liste gesendeter Briefe löschen</translation>
    </message>
    <message>
        <source>Removes the record from this computer; the letters stay sent</source>
        <translation>Löscht nur die Liste auf diesem Computer; die Briefe bleiben gesendet</translation>
    </message>
    <message>
        <source>&amp;Keep a list of the letters I send</source>
        <translation>Liste der gesendeten Briefe &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The Sent list keeps each letter you send, to whom and when, on this computer. Without it the app keeps only what stops a letter going twice.</source>
        <translation>Die Liste gesendeter Briefe bewahrt jeden Brief, den Sie senden, an wen und wann, auf diesem Computer. Ohne sie bewahrt die App nur, was verhindert, dass ein Brief zweimal geht.</translation>
    </message>
    <message>
        <source>No Sent list is kept: the app remembers only which address got each campaign&apos;s letter, and when, so that it never sends one twice. The letters&apos; words, subjects and names are not kept.</source>
        <translation>Es wird keine Liste gesendeter Briefe geführt: Die App merkt sich nur, welche Adresse den Brief jeder Kampagne bekam, und wann, damit keiner zweimal geht. Text, Betreff und Namen der Briefe werden nicht bewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n letter(s)…</source>
        <translation>
            <numerusform>%n Brief wird gesendet…</numerusform>
            <numerusform>%n Briefe werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nichts wartet darauf, gesendet zu werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send now: %1.</source>
        <translation>Jetzt senden: %1.</translation>
    </message>
    <message>
        <source>Fix the mail account, then they are sent.</source>
        <translation>Korrigieren Sie das Mailkonto, dann werden sie gesendet.</translation>
    </message>
    <message>
        <source>Forget the sent list?</source>
        <translation>Die Liste der gesendeten Briefe vergessen?</translation>
    </message>
    <message>
        <source>The record of these %1 sent letters is removed from this computer (the letters stay sent). This cannot be undone.</source>
        <translation>Die Aufzeichnung dieser gesendeten Briefe (%1) wird von diesem Computer entfernt (die Briefe bleiben gesendet). Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>from your account</source>
        <translation>über Ihr Konto</translation>
    </message>
    <message>
        <source>Message-ID: %1</source>
        <translation>Message-ID: %1</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Wartend (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Gesendet (%1)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Choose a letter to see why it is waiting.</source>
        <translation>Wählen Sie einen Brief, um zu sehen, warum er wartet.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>Some of these letters may already have arrived. Send them again?</source>
        <translation>Einige dieser Briefe sind vielleicht schon angekommen. Trotzdem erneut senden?</translation>
    </message>
</context>
<context>
    <name>PrivacyControl</name>
    <message>
        <source>Forget this campaign&apos;s letters?</source>
        <translation>Briefe dieser Kampagne vergessen?</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>This campaign&apos;s letters are forgotten.</source>
        <translation>Die Briefe dieser Kampagne sind vergessen.</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>Alles vergessen?</translation>
    </message>
    <message>
        <source>&amp;Forget Everything</source>
        <translation>&amp;Alles vergessen</translation>
    </message>
    <message>
        <source>This removes from this computer, for good:</source>
        <translation>Dies entfernt von diesem Computer, endgültig:</translation>
    </message>
    <message>
        <source>your drafts (%1)</source>
        <translation>Ihre Entwürfe (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Your draft for “%1” and its %n letter(s) in the Sent list are removed from this computer. The app then no longer knows these letters went, so it will not warn you before sending them again. Letters waiting in the outbox stay there.</source>
        <translation>
            <numerusform>Ihr Entwurf für „%1“ und sein %n Brief in der Liste gesendeter Briefe werden von diesem Computer entfernt. Die App weiß dann nicht mehr, dass dieser Brief gegangen ist, und warnt Sie daher nicht, bevor Sie ihn erneut senden. Briefe, die im Postausgang warten, bleiben dort.</numerusform>
            <numerusform>Ihr Entwurf für „%1“ und seine %n Briefe in der Liste gesendeter Briefe werden von diesem Computer entfernt. Die App weiß dann nicht mehr, dass diese Briefe gegangen sind, und warnt Sie daher nicht, bevor Sie sie erneut senden. Briefe, die im Postausgang warten, bleiben dort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Sent list (%n letter(s))</source>
        <translation>
            <numerusform>die Liste gesendeter Briefe (%n Brief)</numerusform>
            <numerusform>die Liste gesendeter Briefe (%n Briefe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still waiting in the outbox: they will NOT be sent</source>
        <translation>
            <numerusform>%n Brief, der noch im Postausgang wartet: Er wird NICHT gesendet</numerusform>
            <numerusform>%n Briefe, die noch im Postausgang warten: Sie werden NICHT gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>the mail account %1 and its stored password</source>
        <translation>das E-Mail-Konto %1 und sein gespeichertes Passwort</translation>
    </message>
    <message>
        <source>the mail account settings</source>
        <translation>die Einstellungen des E-Mail-Kontos</translation>
    </message>
    <message>
        <source>every password or sign-in the app stored in the keyring</source>
        <translation>jedes Passwort und jede Anmeldung, die die App im Schlüsselbund gespeichert hat</translation>
    </message>
    <message>
        <source>campaigns you opened (%1) and keys you trusted (%2)</source>
        <translation>Kampagnen, die Sie geöffnet haben (%1), und Schlüssel, denen Sie vertrauen (%2)</translation>
    </message>
    <message>
        <source>caches, and the window&apos;s size and language</source>
        <translation>Caches sowie Größe und Sprache des Fensters</translation>
    </message>
    <message>
        <source>Letters already sent stay with your mail provider and the recipients. The app closes when it is done.</source>
        <translation>Bereits gesendete Briefe bleiben bei Ihrem E-Mail-Anbieter und den Empfängern. Danach schließt sich die App.</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Wird vergessen…</translation>
    </message>
    <message>
        <source>Everything is forgotten</source>
        <translation>Alles ist vergessen</translation>
    </message>
    <message>
        <source>Nothing of yours is left in the app&apos;s folders or in the keyring. The app closes now.</source>
        <translation>In den Ordnern der App und im Schlüsselbund ist nichts mehr von Ihnen. Die App schließt sich jetzt.</translation>
    </message>
    <message>
        <source>Not everything could be forgotten</source>
        <translation>Nicht alles konnte vergessen werden</translation>
    </message>
    <message>
        <source>%1

The app closes; try again after it starts.</source>
        <translation>%1

Die App schließt sich; versuchen Sie es nach dem nächsten Start erneut.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>no campaign at this path</source>
        <translation>keine Kampagne an diesem Ort</translation>
    </message>
    <message>
        <source>the .campaign file is damaged or not a zip archive ({detail})</source>
        <translation>die .campaign-Datei ist beschädigt oder kein ZIP-Archiv ({detail})</translation>
    </message>
    <message>
        <source>holds more than {limit} files</source>
        <translation>enthält mehr als {limit} Dateien</translation>
    </message>
    <message>
        <source>the archive&apos;s list of files takes more than {limit} bytes; a campaign needs far less</source>
        <translation>das Dateiverzeichnis des Archivs ist größer als {limit} Byte; eine Kampagne braucht weit weniger</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes</source>
        <translation>ist größer als {limit} Byte</translation>
    </message>
    <message>
        <source>the campaign is larger than {limit} bytes in all</source>
        <translation>die Kampagne ist insgesamt größer als {limit} Byte</translation>
    </message>
    <message>
        <source>is compressed more than {limit}:1, which only hostile archives do</source>
        <translation>ist stärker als {limit}:1 komprimiert, was nur bösartige Archive tun</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: {name}</source>
        <translation>unsicherer Dateiname im Archiv: {name}</translation>
    </message>
    <message>
        <source>is encrypted; campaign archives must not be</source>
        <translation>ist verschlüsselt; Kampagnenarchive dürfen das nicht sein</translation>
    </message>
    <message>
        <source>is a link or a special file; campaigns hold plain files only</source>
        <translation>ist ein Link oder eine Spezialdatei; Kampagnen enthalten nur normale Dateien</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {offset})</source>
        <translation>ist kein UTF-8-Text (Byte {offset})</translation>
    </message>
    <message>
        <source>appears twice in the archive</source>
        <translation>kommt im Archiv doppelt vor</translation>
    </message>
    <message>
        <source>differs from &apos;{other}&apos; only in letter case or in how an accent is encoded, which many computers take for the same name; keep only one of them</source>
        <translation>unterscheidet sich von „{other}“ nur in Groß- und Kleinschreibung oder in der Kodierung eines Akzents, was viele Computer für denselben Namen halten; behalten Sie nur eine der beiden Dateien</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>TOML-Syntaxfehler: {detail}</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>Pflichtschlüssel „{key}“ fehlt</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {expected}</source>
        <translation>„{key}“ muss {expected} sein</translation>
    </message>
    <message>
        <source>format {value} is not supported (this version reads format 1)</source>
        <translation>Format {value} wird nicht unterstützt (diese Version liest Format 1)</translation>
    </message>
    <message>
        <source>id &apos;{value}&apos; must be lowercase letters, digits and hyphens</source>
        <translation>die ID „{value}“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (like en, fr or pt-br)</source>
        <translation>„{value}“ ist kein Sprachcode (wie en, fr oder pt-br)</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (misspelt?)</source>
        <translation>unbekannter Schlüssel „{key}“ (Tippfehler?)</translation>
    </message>
    <message>
        <source>the original language &apos;{lang}&apos; has no appeal/{lang}.md</source>
        <translation>für die Originalsprache „{lang}“ fehlt appeal/{lang}.md</translation>
    </message>
    <message>
        <source>the campaign has no letter template in letters/</source>
        <translation>die Kampagne hat keine Briefvorlage in letters/</translation>
    </message>
    <message>
        <source>the campaign names no recipients</source>
        <translation>die Kampagne nennt keine Empfänger</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>„{value}“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be on one line</source>
        <translation>„{key}“ muss in einer Zeile stehen</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; must start with a letter and hold only a-z, 0-9, _</source>
        <translation>der Feldschlüssel „{value}“ muss mit einem Buchstaben beginnen und darf nur a-z, 0-9, _ enthalten</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is reserved for the template</source>
        <translation>der Feldschlüssel „{value}“ ist für die Vorlage reserviert</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is used twice</source>
        <translation>der Feldschlüssel „{value}“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>more than {limit} recipients</source>
        <translation>mehr als {limit} Empfänger</translation>
    </message>
    <message>
        <source>more than {limit} fields</source>
        <translation>mehr als {limit} Felder</translation>
    </message>
    <message>
        <source>the default value must fit the field (one line, at most {limit} characters)</source>
        <translation>der Standardwert muss zum Feld passen (eine Zeile, höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <source>recipient address &apos;{value}&apos; is listed twice</source>
        <translation>die Empfängeradresse „{value}“ steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>no title for language &apos;{lang}&apos;</source>
        <translation>kein Titel für die Sprache „{lang}“</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; has no label in language &apos;{lang}&apos;</source>
        <translation>das Feld „{field}“ hat keine Beschriftung in der Sprache „{lang}“</translation>
    </message>
    <message>
        <source>translation status &apos;{value}&apos; must be one of original, reviewed, draft</source>
        <translation>der Übersetzungsstatus „{value}“ muss original, reviewed oder draft sein</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a date like 2026-12-31</source>
        <translation>„{key}“ muss ein Datum wie 2026-12-31 sein</translation>
    </message>
    <message>
        <source>is not part of a campaign bundle (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</source>
        <translation>gehört nicht zu einem Kampagnenpaket (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</translation>
    </message>
    <message>
        <source>letter language &apos;{lang}&apos; has no template in letters/</source>
        <translation>für die Briefsprache „{lang}“ gibt es keine Vorlage in letters/</translation>
    </message>
    <message>
        <source>uses other fields than the &apos;{lang}&apos; letter (missing: {missing}; extra: {extra})</source>
        <translation>verwendet andere Felder als der Brief „{lang}“ (fehlend: {missing}; zusätzlich: {extra})</translation>
    </message>
    <message>
        <source>the postal address may hold text and line breaks only, no other control characters</source>
        <translation>die Postanschrift darf nur Text und Zeilenumbrüche enthalten, keine anderen Steuerzeichen</translation>
    </message>
    <message>
        <source>the postal address is longer than {lines} lines or {limit} characters</source>
        <translation>die Postanschrift ist länger als {lines} Zeilen oder {limit} Zeichen</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a fax number (digits, spaces, +, -, (, ) and dots)</source>
        <translation>„{value}“ ist keine Faxnummer (Ziffern, Leerzeichen, +, -, (, ) und Punkte)</translation>
    </message>
    <message>
        <source>status &apos;{value}&apos; must be active or closed</source>
        <translation>Status „{value}“ muss active oder closed sein</translation>
    </message>
    <message>
        <source>the organiser&apos;s key must be a minisign public key (the line starting with RW that minisign prints)</source>
        <translation>der Schlüssel der Organisation muss ein öffentlicher minisign-Schlüssel sein (die Zeile mit RW am Anfang, die minisign ausgibt)</translation>
    </message>
    <message>
        <source>this is not a minisign public key</source>
        <translation>das ist kein öffentlicher minisign-Schlüssel</translation>
    </message>
    <message>
        <source>this is not a minisign secret key, or it is damaged</source>
        <translation>das ist kein geheimer minisign-Schlüssel, oder er ist beschädigt</translation>
    </message>
    <message>
        <source>this secret key is protected by a password: give it (--password-stdin)</source>
        <translation>dieser geheime Schlüssel ist mit einem Passwort geschützt: geben Sie es an (--password-stdin)</translation>
    </message>
    <message>
        <source>wrong password for this secret key</source>
        <translation>falsches Passwort für diesen geheimen Schlüssel</translation>
    </message>
    <message>
        <source>is not a minisign signature file, or it is damaged</source>
        <translation>ist keine minisign-Signaturdatei, oder sie ist beschädigt</translation>
    </message>
    <message>
        <source>holds a legacy minisign signature; sign again with a current minisign (without -l)</source>
        <translation>enthält eine veraltete minisign-Signatur; signieren Sie erneut mit einem aktuellen minisign (ohne -l)</translation>
    </message>
    <message>
        <source>was made with another key than the organiser&apos;s key in campaign.toml</source>
        <translation>wurde mit einem anderen Schlüssel erstellt als dem der Organisation in campaign.toml</translation>
    </message>
    <message>
        <source>the signature does not match: MANIFEST was changed after signing</source>
        <translation>die Signatur passt nicht: MANIFEST wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>the signature&apos;s trusted comment was changed after signing</source>
        <translation>der vertrauenswürdige Kommentar der Signatur wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>MANIFEST is there but MANIFEST.minisig is missing</source>
        <translation>MANIFEST ist vorhanden, aber MANIFEST.minisig fehlt</translation>
    </message>
    <message>
        <source>MANIFEST.minisig is there but MANIFEST is missing</source>
        <translation>MANIFEST.minisig ist vorhanden, aber MANIFEST fehlt</translation>
    </message>
    <message>
        <source>the campaign is signed but campaign.toml names no organiser key ([organiser] key)</source>
        <translation>die Kampagne ist signiert, aber campaign.toml nennt keinen Schlüssel der Organisation ([organiser] key)</translation>
    </message>
    <message>
        <source>a signed campaign needs a version in campaign.toml</source>
        <translation>eine signierte Kampagne braucht eine Version in campaign.toml</translation>
    </message>
    <message>
        <source>line {line} is not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;</source>
        <translation>Zeile {line} hat nicht die Form „&lt;sha256&gt;  &lt;Pfad&gt;“</translation>
    </message>
    <message>
        <source>lists an unsafe path: {name}</source>
        <translation>nennt einen unsicheren Pfad: {name}</translation>
    </message>
    <message>
        <source>is not sorted by path (as LC_ALL=C sort): {name}</source>
        <translation>ist nicht nach Pfad sortiert (wie LC_ALL=C sort): {name}</translation>
    </message>
    <message>
        <source>lists {name} twice</source>
        <translation>nennt {name} zweimal</translation>
    </message>
    <message>
        <source>lists {name}, which is not in the campaign</source>
        <translation>nennt {name}, das nicht in der Kampagne ist</translation>
    </message>
    <message>
        <source>{name} was changed after signing</source>
        <translation>{name} wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>does not list {name}, which the campaign holds</source>
        <translation>nennt {name} nicht, das die Kampagne enthält</translation>
    </message>
    <message>
        <source>the signature says {signed}, but campaign.toml says {actual}</source>
        <translation>die Signatur sagt {signed}, aber campaign.toml sagt {actual}</translation>
    </message>
    <message>
        <source>this secret key is not the organiser&apos;s key in campaign.toml</source>
        <translation>dieser geheime Schlüssel ist nicht der Schlüssel der Organisation in campaign.toml</translation>
    </message>
    <message>
        <source>{value} already exists; it is not overwritten</source>
        <translation>{value} existiert bereits; es wird nicht überschrieben</translation>
    </message>
    <message>
        <source>first line must be &apos;Subject: ...&apos; followed by a blank line</source>
        <translation>die erste Zeile muss &apos;Subject: ...&apos; lauten, gefolgt von einer Leerzeile</translation>
    </message>
    <message>
        <source>template error: {detail}</source>
        <translation>Fehler in der Vorlage: {detail}</translation>
    </message>
    <message>
        <source>template uses something that does not exist: {detail}</source>
        <translation>die Vorlage verwendet etwas, das es nicht gibt: {detail}</translation>
    </message>
    <message>
        <source>template does something a campaign may not do: {detail}</source>
        <translation>die Vorlage tut etwas, das eine Kampagne nicht darf: {detail}</translation>
    </message>
    <message>
        <source>template failed: {detail}</source>
        <translation>die Vorlage ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <source>template is too complex: more than {limit} tags, names and signs</source>
        <translation>Vorlage ist zu komplex: mehr als {limit} Tags, Namen und Zeichen</translation>
    </message>
    <message>
        <source>template takes too long to fill in (more than two seconds); it probably loops without end</source>
        <translation>das Ausfüllen der Vorlage dauert zu lange (mehr als zwei Sekunden); sie enthält wahrscheinlich eine Endlosschleife</translation>
    </message>
    <message>
        <source>the appeal text is empty</source>
        <translation>der Text des Aufrufs ist leer</translation>
    </message>
    <message>
        <source>&apos;]]&apos; ends a group of alternative wordings, but no group was opened with &apos;[[&apos; before it</source>
        <translation>&apos;]]&apos; schließt eine Gruppe alternativer Formulierungen, aber davor wurde keine Gruppe mit &apos;[[&apos; geöffnet</translation>
    </message>
    <message>
        <source>the group of alternative wordings opened here with &apos;[[&apos; is never closed with &apos;]]&apos;</source>
        <translation>die hier mit &apos;[[&apos; geöffnete Gruppe alternativer Formulierungen wird nirgends mit &apos;]]&apos; geschlossen</translation>
    </message>
    <message>
        <source>&apos;[[&apos; opens a group of wordings inside another group; close the first group with &apos;]]&apos; before opening the next</source>
        <translation>&apos;[[&apos; öffnet eine Gruppe von Formulierungen innerhalb einer anderen Gruppe; schließen Sie die erste Gruppe mit &apos;]]&apos;, bevor Sie die nächste öffnen</translation>
    </message>
    <message>
        <source>this group of alternative wordings has only one wording: give at least two wordings separated by |</source>
        <translation>diese Gruppe alternativer Formulierungen hat nur eine Formulierung: Geben Sie mindestens zwei an, getrennt durch |</translation>
    </message>
    <message>
        <source>more than {limit} groups of alternative wordings</source>
        <translation>mehr als {limit} Gruppen alternativer Formulierungen</translation>
    </message>
    <message>
        <source>a group of alternative wordings has more than {limit} wordings</source>
        <translation>eine Gruppe alternativer Formulierungen hat mehr als {limit} Formulierungen</translation>
    </message>
    <message>
        <source>a block tag here (if, for, else, endif, ...) reaches across the edge of a wording; each wording must hold whole blocks, from if to endif</source>
        <translation>ein Block-Tag hier (if, for, else, endif, ...) reicht über die Grenze einer Formulierung hinaus; jede Formulierung muss ganze Blöcke enthalten, von if bis endif</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is required</source>
        <translation>„{label}“ muss ausgefüllt werden</translation>
    </message>
    <message>
        <source>the campaign has no field &apos;{key}&apos;</source>
        <translation>die Kampagne hat kein Feld „{key}“</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; must be on one line</source>
        <translation>„{label}“ muss in einer Zeile stehen</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is longer than {limit} characters</source>
        <translation>„{label}“ ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the campaign has no letter in &apos;{lang}&apos;</source>
        <translation>die Kampagne hat keinen Brief in „{lang}“</translation>
    </message>
    <message>
        <source>the campaign has no recipient {value}</source>
        <translation>die Kampagne hat keinen Empfänger {value}</translation>
    </message>
    <message>
        <source>no campaign &apos;{value}&apos; (see the campaigns command)</source>
        <translation>keine Kampagne „{value}“ (siehe den Befehl campaigns)</translation>
    </message>
    <message>
        <source>the {header} must be on one line</source>
        <translation>das Feld „{header}“ muss in einer Zeile stehen</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a usable e-mail address</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the mail server failed: {detail}</source>
        <translation>der Mailserver meldet einen Fehler: {detail}</translation>
    </message>
    <message>
        <source>cannot reach the mail server ({detail}): check your internet connection and the server&apos;s name and port</source>
        <translation>der Mailserver ist nicht erreichbar ({detail}): Prüfen Sie Ihre Internetverbindung sowie Name und Port des Servers</translation>
    </message>
    <message>
        <source>the mail server did not answer in time ({detail}): try again later</source>
        <translation>der Mailserver hat nicht rechtzeitig geantwortet ({detail}): Versuchen Sie es später noch einmal</translation>
    </message>
    <message>
        <source>the mail server&apos;s certificate cannot be trusted ({detail}); your password was not sent. Check the server name, or give the server&apos;s certificate file</source>
        <translation>dem Zertifikat des Mailservers kann nicht vertraut werden ({detail}); Ihr Passwort wurde nicht gesendet. Prüfen Sie den Servernamen oder geben Sie die Zertifikatsdatei des Servers an</translation>
    </message>
    <message>
        <source>the secure connection to the mail server failed ({detail}); your password was not sent. Check the port and security setting</source>
        <translation>die sichere Verbindung zum Mailserver ist fehlgeschlagen ({detail}); Ihr Passwort wurde nicht gesendet. Prüfen Sie Port und Sicherheitseinstellung</translation>
    </message>
    <message>
        <source>the mail server does not offer encryption (STARTTLS), so your password was not sent: choose implicit TLS (usually port 465)</source>
        <translation>der Mailserver bietet keine Verschlüsselung (STARTTLS) an, daher wurde Ihr Passwort nicht gesendet: Wählen Sie implizites TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>the mail server offers no password log-in over this connection (it offers: {detail}); check the port and security setting</source>
        <translation>der Mailserver bietet über diese Verbindung keine Anmeldung mit Passwort an (er bietet: {detail}); prüfen Sie Port und Sicherheitseinstellung</translation>
    </message>
    <message>
        <source>the mail server refused your user name or password ({detail}): check them; some providers need an app password</source>
        <translation>der Mailserver hat Ihren Benutzernamen oder Ihr Passwort abgelehnt ({detail}): Bitte prüfen Sie beides; manche Anbieter verlangen ein App-Passwort</translation>
    </message>
    <message>
        <source>{provider} accepts only its own sign-in (OAuth2) for sending: sign in with it (account set --oauth) where an organisation has set that up for this app, or copy the letter into your mail app, or use another mail account</source>
        <translation>{provider} erlaubt das Senden nur mit der eigenen Anmeldung (OAuth2): Melden Sie sich damit an (account set --oauth), wo eine Organisation das für diese App eingerichtet hat, oder kopieren Sie den Brief in Ihr E-Mail-Programm, oder verwenden Sie ein anderes E-Mail-Konto</translation>
    </message>
    <message>
        <source>the mail server refused a fresh sign-in ({detail}): sending by SMTP may be turned off for this account, or your organisation must approve the app first. Ask your administrator, or deliver the letter another way</source>
        <translation>der Mailserver hat eine frisch erneuerte Anmeldung abgelehnt ({detail}): Das Senden per SMTP ist für dieses Konto vielleicht abgeschaltet, oder Ihre Organisation muss die App erst freigeben. Fragen Sie Ihre Administration, oder stellen Sie den Brief auf anderem Weg zu</translation>
    </message>
    <message>
        <source>the proxy {proxy} does not answer ({detail}); nothing was sent, not even directly: start the proxy, or change the network settings</source>
        <translation>der Proxy {proxy} antwortet nicht ({detail}); nichts wurde gesendet, auch nicht direkt: Starten Sie den Proxy oder ändern Sie die Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Tor is not running on this computer ({detail}); nothing was sent, not even directly: start Tor or Tor Browser, then try again</source>
        <translation>Tor läuft nicht auf diesem Computer ({detail}); nichts wurde gesendet, auch nicht direkt: Starten Sie Tor oder Tor Browser und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the proxy {proxy} could not reach the mail server ({detail}): try again later; some providers refuse connections that come through Tor</source>
        <translation>der Proxy {proxy} konnte den Mailserver nicht erreichen ({detail}): Versuchen Sie es später erneut; manche Anbieter lehnen Verbindungen über Tor ab</translation>
    </message>
    <message>
        <source>the mail server closed the connection ({detail}): try again later</source>
        <translation>der Mailserver hat die Verbindung getrennt ({detail}): Versuchen Sie es später noch einmal</translation>
    </message>
    <message>
        <source>the connection broke after the letter was handed over, so it may have been delivered; it will not be sent again unless you choose to</source>
        <translation>die Verbindung brach nach der Übergabe des Briefs ab, er wurde also vielleicht zugestellt; er wird nur dann erneut gesendet, wenn Sie das wählen</translation>
    </message>
    <message>
        <source>the mail server refused {who}: {code} {detail}</source>
        <translation>der Mailserver hat {who} abgelehnt: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server did not accept it: {code} {detail}</source>
        <translation>der Mailserver hat ihn nicht angenommen: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server does not take addresses with letters beyond ASCII, like {who} (it does not offer SMTPUTF8), so this letter was not sent: send it from another mail account, or deliver it another way</source>
        <translation>der Mailserver nimmt keine Adressen mit Buchstaben außerhalb von ASCII an, wie {who} (er bietet kein SMTPUTF8 an), daher wurde dieser Brief nicht gesendet: Senden Sie ihn von einem anderen E-Mail-Konto, oder stellen Sie ihn auf anderem Weg zu</translation>
    </message>
    <message>
        <source>no mail account is set up yet (letter-composer-cli account set ...)</source>
        <translation>es ist noch kein E-Mail-Konto eingerichtet (letter-composer-cli account set ...)</translation>
    </message>
    <message>
        <source>the provider table does not know {domain}: give the server (--host, --port, --security)</source>
        <translation>die Anbieterliste kennt {domain} nicht: Geben Sie den Server an (--host, --port, --security)</translation>
    </message>
    <message>
        <source>this computer has no secure password store ({backend}); the password was not saved. Choose to be asked for it each time</source>
        <translation>dieser Computer hat keinen sicheren Passwortspeicher ({backend}); das Passwort wurde nicht gespeichert. Lassen Sie sich stattdessen jedes Mal danach fragen</translation>
    </message>
    <message>
        <source>the password store failed: {detail}</source>
        <translation>der Passwortspeicher meldet einen Fehler: {detail}</translation>
    </message>
    <message>
        <source>no password is stored for {username}: give it (--password-stdin)</source>
        <translation>für {username} ist kein Passwort gespeichert: Geben Sie es an (--password-stdin)</translation>
    </message>
    <message>
        <source>the account settings are not valid: {detail}</source>
        <translation>die Kontoeinstellungen sind ungültig: {detail}</translation>
    </message>
    <message>
        <source>the sign-in settings are not valid: {detail}</source>
        <translation>die Anmeldeeinstellungen sind ungültig: {detail}</translation>
    </message>
    <message>
        <source>signing in with {provider} is not set up in this copy of the app (an organisation must register it with {provider} first): send with a password or an app password, from your mail app or webmail, or by post</source>
        <translation>die Anmeldung mit {provider} ist in diesem Exemplar der App nicht eingerichtet (eine Organisation muss die App erst bei {provider} registrieren): Senden Sie mit einem Passwort oder App-Passwort, aus Ihrem Mailprogramm oder Webmail, oder per Post</translation>
    </message>
    <message>
        <source>no sign-in is known for {domain}: use a password, or deliver the letter another way</source>
        <translation>für {domain} ist keine Anmeldung bekannt: Verwenden Sie ein Passwort, oder stellen Sie den Brief auf anderem Weg zu</translation>
    </message>
    <message>
        <source>the sign-in in the browser did not finish within {minutes} minutes (was the page closed?): try again</source>
        <translation>die Anmeldung im Browser wurde nicht innerhalb von {minutes} Minuten abgeschlossen (wurde die Seite geschlossen?): Versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the sign-in with {provider} was cancelled</source>
        <translation>die Anmeldung mit {provider} wurde abgebrochen</translation>
    </message>
    <message>
        <source>{provider} did not allow the sign-in ({detail}): try again, and accept the request on {provider}&apos;s page</source>
        <translation>{provider} hat die Anmeldung nicht zugelassen ({detail}): Versuchen Sie es erneut und bestätigen Sie die Anfrage auf der Seite von {provider}</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the saved sign-in ({detail}): sign in again</source>
        <translation>{provider} akzeptiert die gespeicherte Anmeldung nicht mehr ({detail}): Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>{provider} refused the sign-in ({detail})</source>
        <translation>{provider} hat die Anmeldung abgelehnt ({detail})</translation>
    </message>
    <message>
        <source>cannot reach {provider} to sign in ({detail}): check your internet connection</source>
        <translation>{provider} ist für die Anmeldung nicht erreichbar ({detail}): Prüfen Sie Ihre Internetverbindung</translation>
    </message>
    <message>
        <source>cannot reach {provider} through the proxy {proxy} to sign in ({detail}); nothing was sent, not even directly: start the proxy or Tor, or change the network settings</source>
        <translation>{provider} ist über den Proxy {proxy} zur Anmeldung nicht erreichbar ({detail}); nichts wurde gesendet, auch nicht direkt: starten Sie den Proxy oder Tor, oder ändern Sie die Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>the answer in the browser did not come from {provider} but from {detail}; nothing was saved: try again</source>
        <translation>die Antwort im Browser kam nicht von {provider}, sondern von {detail}; nichts wurde gespeichert: Versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>{username} is not signed in with {provider}: sign in again</source>
        <translation>{username} ist nicht bei {provider} angemeldet: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the outbox has no letter {value} (see: outbox list)</source>
        <translation>im Postausgang gibt es keinen Brief {value} (siehe: outbox list)</translation>
    </message>
    <message>
        <source>letter {value} is being sent right now; try again in a moment</source>
        <translation>Brief {value} wird gerade gesendet; versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send your letter</source>
        <translation>Ihren Brief senden</translation>
    </message>
    <message>
        <source>Send this letter?</source>
        <translation>Diesen Brief senden?</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <translation>Von: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>To (one message each):</source>
        <translation>An (je eine eigene Nachricht):</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Wartet bereits im Postausgang, nicht erneut eingereiht: %1.</translation>
    </message>
    <message>
        <source>Send a copy to the campaign&apos;s organiser (%1 &lt;%2&gt;)</source>
        <translation>Eine Kopie an die Organisatoren der Kampagne senden (%1 &lt;%2&gt;)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Looking for your password in the keyring…</source>
        <translation>Ihr Passwort wird im Schlüsselbund gesucht…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>You sign in with %1 each time you send: sign in to send these letters.</source>
        <translation>Sie melden sich bei jedem Senden mit %1 an: Melden Sie sich an, um diese Briefe zu senden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Letters, one per recipient</source>
        <translation>Briefe, einer pro Empfänger</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Stopping after the letter being sent now…</source>
        <translation>Stoppt nach dem Brief, der gerade gesendet wird…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not sent (cancelled); it waits in the outbox</source>
        <translation>nicht gesendet (abgebrochen); er wartet im Postausgang</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>waiting in the outbox, will be retried: %1</source>
        <translation>wartet im Postausgang, wird erneut versucht: %1</translation>
    </message>
    <message>
        <source>waiting in the outbox until the mail account is fixed: %1</source>
        <translation>wartet im Postausgang, bis das Mailkonto korrigiert ist: %1</translation>
    </message>
    <message>
        <source>may have been delivered: %1</source>
        <translation>vielleicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Done: every letter was sent (%1).</source>
        <translation>Fertig: Alle Briefe wurden gesendet (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent. See below what happened to the others; those that can still go wait in the outbox (View › Outbox).</source>
        <translation>%1 von %2 Briefen gesendet. Was mit den übrigen geschah, sehen Sie unten; die noch gesendet werden können, warten im Postausgang (Ansicht › Postausgang).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SendOnce</name>
    <message>
        <source>from your mail app</source>
        <translation>über Ihr E-Mail-Programm</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>über Webmail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per Post</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>per Fax</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>auf anderem Weg</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You sent this letter to %1 on %2. Send it again?</source>
        <translation>Sie haben diesen Brief an %1 geschickt, am %2. Erneut senden?</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>You already sent this letter to:</source>
        <translation>Sie haben diesen Brief bereits geschickt an:</translation>
    </message>
    <message>
        <source>Send it to them again?</source>
        <translation>Erneut an sie senden?</translation>
    </message>
    <message>
        <source>If you answer No, it goes only to %1.</source>
        <translation>Wenn Sie mit Nein antworten, geht er nur an %1.</translation>
    </message>
    <message>
        <source>If you answer No, nothing is sent.</source>
        <translation>Wenn Sie mit Nein antworten, wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Bereits gesendet</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Wartet bereits im Postausgang, nicht erneut eingereiht: %1.</translation>
    </message>
    <message>
        <source>Already waiting</source>
        <translation>Wartet bereits</translation>
    </message>
    <message>
        <source>The outbox shows how each one stands; nothing was added.</source>
        <translation>Der Postausgang zeigt, wie es um jeden Brief steht; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Open &amp;Outbox</source>
        <translation>&amp;Postausgang öffnen</translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>Nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>SignInControl</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>Your browser opens %1&apos;s page: sign in there, then come back here. Waiting…</source>
        <translation>Ihr Browser öffnet die Seite von %1: Melden Sie sich dort an und kommen Sie dann hierher zurück. Warten…</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Mit %1 angemeldet.</translation>
    </message>
</context>
<context>
    <name>TrustControl</name>
    <message>
        <source>The campaign is closed.</source>
        <translation>Die Kampagne ist beendet.</translation>
    </message>
    <message>
        <source>This campaign is not safe to use</source>
        <translation>Diese Kampagne ist nicht sicher</translation>
    </message>
    <message>
        <source>The keys you trusted for campaigns cannot be read.</source>
        <translation>Die Schlüssel, denen Sie für Kampagnen vertrauen, können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No signed campaign can be checked until the file is repaired.</source>
        <translation>Keine signierte Kampagne kann geprüft werden, bis die Datei repariert ist.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>The key was not trusted</source>
        <translation>Dem Schlüssel wurde nicht vertraut</translation>
    </message>
    <message>
        <source>The key is trusted: this campaign&apos;s updates are checked against it.</source>
        <translation>Dem Schlüssel wird vertraut: Aktualisierungen dieser Kampagne werden damit geprüft.</translation>
    </message>
    <message>
        <source>What changed in version %1</source>
        <translation>Was sich in Version %1 geändert hat</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust this campaign&apos;s key?</source>
        <translation>Dem Schlüssel dieser Kampagne vertrauen?</translation>
    </message>
    <message>
        <source>“%1” says it comes from &lt;b&gt;%2&lt;/b&gt;. It is signed with this key:</source>
        <translation>„%1“ gibt an, von &lt;b&gt;%2&lt;/b&gt; zu stammen. Sie ist mit diesem Schlüssel signiert:</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(kein Name angegeben)</translation>
    </message>
    <message>
        <source>The campaign&apos;s key</source>
        <translation>Der Schlüssel der Kampagne</translation>
    </message>
    <message>
        <source>Compare it with the key the organiser publishes themselves: on their website, their social media, or as a QR code on a leaflet. Find that place on your own, not through this campaign: a forged campaign can point to a forged page. Once trusted, this campaign&apos;s updates are checked against this key, and a campaign with another key under its name is refused.</source>
        <translation>Vergleichen Sie ihn mit dem Schlüssel, den der Organisator selbst veröffentlicht: auf seiner Website, in sozialen Medien oder als QR-Code auf einem Flugblatt. Finden Sie diese Stelle selbst, nicht über diese Kampagne: Eine gefälschte Kampagne kann auf eine gefälschte Seite verweisen. Sobald Sie vertrauen, werden Aktualisierungen dieser Kampagne mit diesem Schlüssel geprüft, und eine Kampagne unter ihrem Namen mit einem anderen Schlüssel wird abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Published key (optional, to compare):</source>
        <translation>&amp;Veröffentlichter Schlüssel (optional, zum Vergleich):</translation>
    </message>
    <message>
        <source>&amp;Trust This Campaign</source>
        <translation>Dieser Kampagne &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>✗ This is not a whole minisign key (it starts with RW).</source>
        <translation>✗ Das ist kein vollständiger minisign-Schlüssel (er beginnt mit RW).</translation>
    </message>
    <message>
        <source>✓ The same key: the campaign is signed by it.</source>
        <translation>✓ Derselbe Schlüssel: Die Kampagne ist damit signiert.</translation>
    </message>
    <message>
        <source>✗ Not the same key. Do not trust this campaign: it may be a forgery.</source>
        <translation>✗ Nicht derselbe Schlüssel. Vertrauen Sie dieser Kampagne nicht: Sie kann eine Fälschung sein.</translation>
    </message>
</context>
<context>
    <name>TrustWords</name>
    <message>
        <source>recipients added: %1</source>
        <translation>Empfänger hinzugefügt: %1</translation>
    </message>
    <message>
        <source>recipients removed: %1</source>
        <translation>Empfänger entfernt: %1</translation>
    </message>
    <message>
        <source>addresses changed: %1</source>
        <translation>Adressen geändert: %1</translation>
    </message>
    <message>
        <source>the appeal changed</source>
        <translation>der Appell wurde geändert</translation>
    </message>
    <message>
        <source>the letter changed</source>
        <translation>der Brief wurde geändert</translation>
    </message>
    <message>
        <source>the campaign is now closed</source>
        <translation>die Kampagne ist jetzt beendet</translation>
    </message>
    <message>
        <source>the campaign is open again</source>
        <translation>die Kampagne ist wieder offen</translation>
    </message>
    <message>
        <source>nothing you would see changed</source>
        <translation>nichts Sichtbares wurde geändert</translation>
    </message>
    <message>
        <source>Recipient added: %1 &lt;%2&gt;</source>
        <translation>Empfänger hinzugefügt: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Recipient removed: %1 &lt;%2&gt;</source>
        <translation>Empfänger entfernt: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Address changed: %1, was %2, now %3</source>
        <translation>Adresse geändert: %1, vorher %2, jetzt %3</translation>
    </message>
    <message>
        <source>The appeal changed (%1).</source>
        <translation>Der Appell wurde geändert (%1).</translation>
    </message>
    <message>
        <source>The letter changed (%1).</source>
        <translation>Der Brief wurde geändert (%1).</translation>
    </message>
    <message>
        <source>The campaign is now closed.</source>
        <translation>Die Kampagne ist jetzt beendet.</translation>
    </message>
    <message>
        <source>The campaign is open again.</source>
        <translation>Die Kampagne ist wieder offen.</translation>
    </message>
    <message>
        <source>“%1” has been changed since it was signed, or its signature is damaged.</source>
        <translation>„%1“ wurde nach dem Signieren verändert, oder die Signatur ist beschädigt.</translation>
    </message>
    <message>
        <source>Its recipients or its letter may not be what the organiser wrote. Do not use it; ask the organiser for the campaign again.</source>
        <translation>Die Empfänger oder der Brief sind womöglich nicht die, die der Organisator geschrieben hat. Verwenden Sie sie nicht; bitten Sie den Organisator erneut um die Kampagne.</translation>
    </message>
    <message>
        <source>“%1” is version %2 of a campaign you already have in version %3.</source>
        <translation>„%1“ ist Version %2 einer Kampagne, die Sie bereits in Version %3 haben.</translation>
    </message>
    <message>
        <source>An older version may send letters to addresses no longer in use, or be a forgery made from one. It is not used; the newer version is.</source>
        <translation>Eine ältere Version kann Briefe an nicht mehr genutzte Adressen schicken oder eine daraus gemachte Fälschung sein. Sie wird nicht verwendet, sondern die neuere.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign that comes with Letter Composer.</source>
        <translation>„%1“ gibt vor, eine Kampagne zu sein, die mit Letter Composer geliefert wird.</translation>
    </message>
    <message>
        <source>It may be a forgery. Use the campaign in the app itself.</source>
        <translation>Es kann eine Fälschung sein. Verwenden Sie die Kampagne in der App selbst.</translation>
    </message>
    <message>
        <source>“%1” is not signed, but the campaign it claims to be was signed.</source>
        <translation>„%1“ ist nicht signiert, aber die Kampagne, die sie zu sein vorgibt, war signiert.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign you trusted, but it is signed with another key.</source>
        <translation>„%1“ gibt vor, eine Kampagne zu sein, der Sie vertrauen, ist aber mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>It may be a forgery. Do not use it unless the organiser has told you, in a way you trust, that they changed their key.</source>
        <translation>Es kann eine Fälschung sein. Verwenden Sie sie nicht, es sei denn, der Organisator hat Ihnen auf einem Weg, dem Sie vertrauen, mitgeteilt, dass er seinen Schlüssel gewechselt hat.</translation>
    </message>
</context>
</TS>
