<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>E-mailaccount</translation>
    </message>
    <message>
        <source>Letters are sent from your own address, through your own provider, so they arrive as real letters from a real person. Nothing is sent anywhere else.</source>
        <translation>Brieven worden verzonden vanaf uw eigen adres, via uw eigen provider, zodat ze aankomen als echte brieven van een echte persoon. Er wordt niets ergens anders heen gestuurd.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>naam@example.org</translation>
    </message>
    <message>
        <source>Your name as recipients will see it</source>
        <translation>Uw naam zoals ontvangers die zien</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Ask me for it each time I send (kept in memory only)</source>
        <translation>Vraag er elke keer om als ik verzend (alleen in het geheugen bewaard)</translation>
    </message>
    <message>
        <source>Implicit TLS (usually port 465)</source>
        <translation>Impliciete TLS (meestal poort 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meestal poort 587)</translation>
    </message>
    <message>
        <source>Only for a self-hosted server</source>
        <translation>Alleen voor een zelf beheerde server</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbinding testen</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Ne&amp;twerk:</translation>
    </message>
    <message>
        <source>Outgoing server settings</source>
        <translation>Instellingen voor de uitgaande server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring (%1)</source>
        <translation>Onthouden in de sleutelbos van deze computer (%1)</translation>
    </message>
    <message>
        <source>Remember it (not possible on this computer)</source>
        <translation>Onthouden (niet mogelijk op deze computer)</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so your password will not be saved: it would end up in a plain file. You will be asked for it when you send.</source>
        <translation>Deze computer heeft geen veilige wachtwoordopslag, dus uw wachtwoord wordt niet bewaard: het zou anders in een onbeveiligd bestand terechtkomen. Bij het verzenden wordt u er telkens om gevraagd.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(ongewijzigd)</translation>
    </message>
    <message>
        <source>%1: sign in on %1&apos;s own page, in your browser. This app never sees your %1 password.</source>
        <translation>%1: meld u aan op de eigen pagina van %1, in uw browser. Deze app ziet uw %1-wachtwoord nooit.</translation>
    </message>
    <message>
        <source>Signs in with %1.</source>
        <translation>Meldt zich aan met %1.</translation>
    </message>
    <message>
        <source>Your provider is not in the built-in list: please fill in the outgoing server (your provider&apos;s help pages give it).</source>
        <translation>Uw provider staat niet in de ingebouwde lijst: vul de uitgaande server zelf in (u vindt die op de hulppagina&apos;s van uw provider).</translation>
    </message>
    <message>
        <source>%1: use an app password, not your usual password. Create one in your account&apos;s security settings (it needs two-step verification), then paste it below.</source>
        <translation>%1: gebruik een app-wachtwoord, niet uw gewone wachtwoord. Maak er een aan in de beveiligingsinstellingen van uw account (daarvoor moet verificatie in twee stappen aan staan) en plak het hieronder.</translation>
    </message>
    <message>
        <source>%1: settings filled in for you.</source>
        <translation>%1: de instellingen zijn voor u ingevuld.</translation>
    </message>
    <message>
        <source>Not needed: signs in with %1</source>
        <translation>Niet nodig: meldt zich aan met %1</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrouwd certificaat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Please sign in with %1 first.</source>
        <translation>Meld u eerst aan met %1.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Voer uw wachtwoord in.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>T&amp;rusted certificate:</source>
        <translation>Vertrouwd &amp;certificaat:</translation>
    </message>
    <message>
        <source>%1 accepts only its own sign-in (OAuth2) for sending from other apps, and that sign-in is not set up in this copy of the app (an organisation must register it first). You can still take part: copy the letter into your mail app and send it from there, or set up another mail account here.</source>
        <translation>%1 accepteert voor verzenden vanuit andere apps alleen de eigen aanmelding (OAuth2), en die aanmelding is in dit exemplaar van de app niet ingesteld (een organisatie moet de app eerst registreren). U kunt toch meedoen: kopieer de brief naar uw mailprogramma en verstuur hem daar, of stel hier een ander e-mailaccount in.</translation>
    </message>
    <message>
        <source>It works: logged in to %1.</source>
        <translation>Het werkt: aangemeld bij %1.</translation>
    </message>
</context>
<context>
    <name>AppealPane</name>
    <message>
        <source>A&amp;ppeal in:</source>
        <translation>&amp;Oproep in:</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Origineel tonen</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Oproep</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (origineel)</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation>%1 (voorlopige vertaling)</translation>
    </message>
    <message>
        <source>Draft translation: the original (%1) is authoritative.</source>
        <translation>Voorlopige vertaling: het origineel (%1) is bepalend.</translation>
    </message>
</context>
<context>
    <name>CampaignBanner</name>
    <message>
        <source>Please send no more letters. Letters for it still waiting in the outbox are held, not sent.</source>
        <translation>Stuur alstublieft geen brieven meer. Brieven ervoor die nog in de postvak-uit wachten, worden vastgehouden, niet verstuurd.</translation>
    </message>
    <message>
        <source>This campaign is closed</source>
        <translation>Deze campagne is afgesloten</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(geen naam opgegeven)</translation>
    </message>
    <message>
        <source>Not signed: anyone could have made or changed this campaign</source>
        <translation>Niet ondertekend: iedereen kan deze campagne gemaakt of gewijzigd hebben</translation>
    </message>
    <message>
        <source>Before you send, check that the addresses under “Send to” are the real ones, for example on the recipients&apos; own website.</source>
        <translation>Controleer voor het versturen of de adressen onder „Versturen naar” de echte zijn, bijvoorbeeld op de eigen website van de ontvangers.</translation>
    </message>
    <message>
        <source>Signed, but not yet trusted</source>
        <translation>Ondertekend, maar nog niet vertrouwd</translation>
    </message>
    <message>
        <source>It says it comes from “%1”. Check its key against the one the organiser publishes before you trust it.</source>
        <translation>Ze zegt afkomstig te zijn van „%1”. Vergelijk de sleutel met die welke de organisator publiceert voordat u haar vertrouwt.</translation>
    </message>
    <message>
        <source>&amp;Check the Key…</source>
        <translation>Sleutel &amp;controleren…</translation>
    </message>
    <message>
        <source>Updated by the organiser you trusted</source>
        <translation>Bijgewerkt door de organisator die u vertrouwt</translation>
    </message>
    <message>
        <source>Version %1, signed by “%2”: %3.</source>
        <translation>Versie %1, ondertekend door „%2”: %3.</translation>
    </message>
    <message>
        <source>What &amp;Changed…</source>
        <translation>Wat is er &amp;gewijzigd…</translation>
    </message>
    <message>
        <source>Signed by the organiser you trusted</source>
        <translation>Ondertekend door de organisator die u vertrouwt</translation>
    </message>
    <message>
        <source>Signed by “%1” with the key you trusted for this campaign (version %2).</source>
        <translation>Ondertekend door „%1” met de sleutel die u voor deze campagne vertrouwt (versie %2).</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Open in Your Mail App</source>
        <translation>In uw e-mailprogramma openen</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in your mail app with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Elke ontvanger krijgt een eigen bericht, dat in uw e-mailprogramma wordt geopend met het adres, het onderwerp en de brief al ingevuld. Controleer het en verzend het van daaruit.</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>In %1 openen</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened with the address and subject filled in. The letter is too long to go in with them: it is put on the clipboard each time, for you to paste into the message (%1). Check it and send it from there.</source>
        <translation>Elke ontvanger krijgt een eigen bericht, dat wordt geopend met het adres en het onderwerp al ingevuld. De brief is te lang om mee te geven: hij wordt telkens op het klembord gezet, zodat u hem in het bericht kunt plakken (%1). Controleer het en verzend het van daaruit.</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in %1 in your browser (sign in if it asks) with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Elke ontvanger krijgt een eigen bericht, dat in %1 in uw browser wordt geopend (meld u aan als daarom wordt gevraagd) met het adres, het onderwerp en de brief al ingevuld. Controleer het en verzend het van daaruit.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Als verzonden &amp;markeren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your mail app connects the way it is set to, not through the app&apos;s proxy.</source>
        <translation>Uw e-mailaccount maakt verbinding via een proxy, maar dit niet: uw e-mailprogramma maakt verbinding zoals het zelf is ingesteld, niet via de proxy van de app.</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your browser connects the way it is set to (Tor Browser goes through Tor).</source>
        <translation>Uw e-mailaccount maakt verbinding via een proxy, maar dit niet: uw browser maakt verbinding zoals hij zelf is ingesteld (Tor Browser gaat via Tor).</translation>
    </message>
    <message>
        <source>Nothing on this computer opens mail links. Set a default mail app, or use Copy Letter and paste it into a message.</source>
        <translation>Er is op deze computer geen programma dat e-maillinks opent. Stel een standaard-e-mailprogramma in, of gebruik ‘Brief kopiëren’ en plak de brief in een bericht.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Use Copy Letter instead.</source>
        <translation>De browser kon niet worden geopend. Gebruik in plaats daarvan ‘Brief kopiëren’.</translation>
    </message>
    <message>
        <source>%1 — opened</source>
        <translation>%1 — geopend</translation>
    </message>
    <message>
        <source>The letter to %1 is too long to go in a link, so it is on the clipboard: click into the message&apos;s text and paste it (%2).</source>
        <translation>De brief aan %1 is te lang voor een link en staat daarom op het klembord: klik in de tekst van het bericht en plak hem daar (%2).</translation>
    </message>
    <message>
        <source>The message to %1 is open, ready to send.</source>
        <translation>Het bericht aan %1 is geopend en klaar om te verzenden.</translation>
    </message>
    <message>
        <source>&amp;Open the Message</source>
        <translation>Bericht &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Open the Next Message</source>
        <translation>Volgend bericht &amp;openen</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Aan %1</translation>
    </message>
    <message>
        <source>All Messages &amp;Opened</source>
        <translation>Alle berichten ge&amp;opend</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>The letters are on the clipboard.</source>
        <translation>De brieven staan op het klembord.</translation>
    </message>
    <message>
        <source>%1 letters are on the clipboard, one after another, each with its recipients and subject: paste them (%2) and send each as a message of its own.</source>
        <translation>Er staan %1 brieven op het klembord, na elkaar, elk met eigen ontvangers en onderwerp: plak ze (%2) en verzend elke brief als een apart bericht.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>De brief staat op het klembord.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard, with its recipients and subject: paste it (%1) into a message, a web form or a document.</source>
        <translation>De brief staat op het klembord, met de ontvangers en het onderwerp: plak hem (%1) in een bericht, een webformulier of een document.</translation>
    </message>
    <message>
        <source>Letter copied</source>
        <translation>Brief gekopieerd</translation>
    </message>
    <message>
        <source>The campaign gives no postal address for: %1. Write it on the letter and the envelope yourself, or send these letters another way.</source>
        <translation>De campagne geeft geen postadres voor: %1. Schrijf het zelf op de brief en de envelop, of verstuur deze brieven op een andere manier.</translation>
    </message>
    <message>
        <source>The letters could not be printed</source>
        <translation>De brieven konden niet worden afgedrukt</translation>
    </message>
    <message>
        <source>The printer could not be used. Try Save as PDF and print the file.</source>
        <translation>De printer kon niet worden gebruikt. Probeer ‘Als PDF opslaan’ en druk het bestand af.</translation>
    </message>
    <message>
        <source>Letters sent to the printer: %1.</source>
        <translation>Brieven naar de printer gestuurd: %1.</translation>
    </message>
    <message>
        <source>Letters printed</source>
        <translation>Brieven afgedrukt</translation>
    </message>
    <message>
        <source>Sign each letter, then post it or fax it.</source>
        <translation>Onderteken elke brief en verstuur hem dan per post of per fax.</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>De PDF kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Choose &amp;Another Place…</source>
        <translation>&amp;Andere locatie kiezen…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF opgeslagen</translation>
    </message>
    <message>
        <source>The letters are in “%1”, one page or more for each recipient: print them, sign them, and post them or fax them.</source>
        <translation>De brieven staan in “%1”, een of meer pagina&apos;s per ontvanger: druk ze af, onderteken ze en verstuur ze per post of per fax.</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>u mag niet schrijven in die map</translation>
    </message>
    <message>
        <source>that place cannot be written to (read-only)</source>
        <translation>op die locatie kan niet worden geschreven (alleen-lezen)</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation>die map bestaat niet</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>Save the Letters as PDF</source>
        <translation>De brieven als PDF opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Letters marked as sent: %1.</source>
        <translation>Brieven als verzonden gemarkeerd: %1.</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Your details</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* verplicht</translation>
    </message>
    <message>
        <source>Se&amp;nd to</source>
        <translation>Verzenden &amp;naar</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Uw brief</translation>
    </message>
    <message>
        <source>As sent t&amp;o:</source>
        <translation>Voorbeel&amp;d voor:</translation>
    </message>
    <message>
        <source>Other word&amp;ing</source>
        <translation>Andere &amp;formulering</translation>
    </message>
    <message>
        <source>Use another combination of the alternative wordings the campaign offers, so your letter is not the same as everyone else&apos;s; what it asks for stays the same (Ctrl+Shift+W)</source>
        <translation>Een andere combinatie kiezen van de alternatieve formuleringen die de campagne aanbiedt, zodat uw brief niet gelijk is aan die van alle anderen; wat de brief vraagt, blijft hetzelfde (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Reset to template</source>
        <translation>&amp;Terugzetten naar sjabloon</translation>
    </message>
    <message>
        <source>Replace your edits with the campaign&apos;s letter, filled with your details</source>
        <translation>Uw wijzigingen vervangen door de brief van de campagne, ingevuld met uw gegevens</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Verzenden…</translation>
    </message>
    <message>
        <source>Send the letter from your mail account (Ctrl+Return)</source>
        <translation>De brief verzenden vanuit uw e-mailaccount (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;More Ways</source>
        <translation>Andere &amp;manieren</translation>
    </message>
    <message>
        <source>Open the letter in your mail app or webmail, copy it, print it or save it as a PDF for the post</source>
        <translation>De brief openen in uw e-mailprogramma of webmail, kopiëren, afdrukken of als PDF opslaan om per post te versturen</translation>
    </message>
    <message>
        <source>&amp;Letter in:</source>
        <translation>B&amp;rief in:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Wat er staat</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Ond&amp;erwerp:</translation>
    </message>
    <message>
        <source>The campaign&apos;s recipients read: %1</source>
        <translation>De ontvangers van de campagne lezen: %1</translation>
    </message>
    <message>
        <source>Switching the language replaces your edited letter with the campaign&apos;s letter in %1.</source>
        <translation>Als u overschakelt naar %1, wordt uw bewerkte brief vervangen door de brief van de campagne in die taal.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter, filled with your details.</source>
        <translation>Uw wijzigingen in de brief worden vervangen door de brief van de campagne, ingevuld met uw gegevens.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter in other wordings, filled with your details.</source>
        <translation>Uw wijzigingen in de brief worden vervangen door de brief van de campagne met andere formuleringen, ingevuld met uw gegevens.</translation>
    </message>
    <message>
        <source>Replace your edits?</source>
        <translation>Uw wijzigingen vervangen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Letter (%1)</source>
        <translation>Brief (%1)</translation>
    </message>
    <message>
        <source>What it says (%1)</source>
        <translation>Wat er staat (%1)</translation>
    </message>
    <message>
        <source>The campaign has no %1 version of the letter. The appeal on the left says what the letter asks for.</source>
        <translation>De campagne heeft geen versie van de brief in het %1. De oproep links zegt wat de brief vraagt.</translation>
    </message>
    <message>
        <source>Your letter goes out in %1, the language the recipients read. This is the campaign&apos;s %2 version of the same letter with your details, so you know what you sign; it is not sent.</source>
        <translation>Uw brief gaat in het %1 weg, de taal die de ontvangers lezen. Dit is de versie in het %2 van dezelfde brief met uw gegevens, zodat u weet wat u ondertekent; deze wordt niet verzonden.</translation>
    </message>
    <message>
        <source>The campaign has no version of this letter in %1. Here is the nearest one it has, in %2, with your details, so you know what you sign; your letter goes out in %3 and this is not sent.</source>
        <translation>De campagne heeft geen versie van deze brief in het %1. Dit is de dichtstbijzijnde die ze heeft, in het %2, met uw gegevens, zodat u weet wat u ondertekent; uw brief gaat in het %3 weg en deze wordt niet verzonden.</translation>
    </message>
    <message>
        <source>Your own changes to the letter are not shown here.</source>
        <translation>Uw eigen wijzigingen in de brief staan hier niet.</translation>
    </message>
    <message>
        <source>You have edited the letter. Changes to your details no longer update it; the greeting is adapted for each recipient.</source>
        <translation>U hebt de brief bewerkt. Wijzigingen in uw gegevens worden er niet meer in overgenomen; de aanhef wordt voor elke ontvanger aangepast.</translation>
    </message>
    <message>
        <source>The letter follows your details as you type.</source>
        <translation>De brief neemt uw gegevens over terwijl u typt.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Kies minstens één ontvanger.</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>Letter Composer %1 is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. Below are its licence and the licences of the software and data it includes.</source>
        <translation>Letter Composer %1 is vrije software: u mag het verspreiden en wijzigen onder de voorwaarden van de GNU General Public License, versie 3 of (naar keuze) een latere versie. Het komt zonder enige garantie. Hieronder staan de licentie ervan en de licenties van de software en gegevens die het bevat.</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Licentieteksten</translation>
    </message>
    <message>
        <source>&amp;Licence texts:</source>
        <translation>&amp;Licentieteksten:</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation (%1).</source>
        <translation>De licentieteksten ontbreken in deze installatie (%1).</translation>
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
        <translation>Gereed</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Als verzonden &amp;markeren…</translation>
    </message>
    <message>
        <source>%1 — Letter Composer</source>
        <translation>%1 — Letter Composer</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>Campagne openen</translation>
    </message>
    <message>
        <source>Campaigns (*.campaign campaign.toml);;All files (*)</source>
        <translation>Campagnes (*.campaign campaign.toml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open Campaign Folder</source>
        <translation>Campagnemap openen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Kan %1 niet openen</translation>
    </message>
    <message>
        <source>This campaign cannot be opened</source>
        <translation>Deze campagne kan niet worden geopend</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a campaign.</source>
        <translation>“%1” kan niet als campagne worden geopend.</translation>
    </message>
    <message>
        <source>If an organiser sent you this file, please tell them; they can check it with “letter-composer-cli validate”. The campaign you had open stays as it was.</source>
        <translation>Als u dit bestand van een organisator hebt gekregen, laat het hem of haar dan weten; die kan het controleren met “letter-composer-cli validate”. De campagne die u open had, blijft zoals ze was.</translation>
    </message>
    <message>
        <source>built-in campaign</source>
        <translation>ingebouwde campagne</translation>
    </message>
    <message>
        <source>%1 recipients · %2</source>
        <translation>%1 ontvangers · %2</translation>
    </message>
    <message>
        <source>Discard your letter?</source>
        <translation>Uw brief weggooien?</translation>
    </message>
    <message>
        <source>Your letter could not be saved. If you go on, what you typed is lost.</source>
        <translation>Uw brief kon niet worden opgeslagen. Als u doorgaat, gaat wat u hebt getypt verloren.</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Uw concept kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Mail account saved.</source>
        <translation>E-mailaccount opgeslagen.</translation>
    </message>
    <message>
        <source>This campaign is closed: it asks for no more letters.</source>
        <translation>Deze campagne is afgesloten: ze vraagt geen brieven meer.</translation>
    </message>
    <message>
        <source>Please fill in the fields marked *.</source>
        <translation>Vul de velden met een * in.</translation>
    </message>
    <message>
        <source>Please choose at least one recipient.</source>
        <translation>Kies minstens één ontvanger.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later), with no warranty. Licences shows it and the licences of the software and data the app includes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vrije software onder de GNU General Public License, versie 3 of een latere versie (GPL-3.0-or-later), zonder enige garantie. Licenties toont deze licentie en die van de software en gegevens die de app bevat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licenties…</translation>
    </message>
    <message>
        <source>The letter cannot be sent</source>
        <translation>De brief kan niet worden verzonden</translation>
    </message>
    <message>
        <source>The letter could not be prepared</source>
        <translation>De brief kan niet worden opgesteld</translation>
    </message>
    <message>
        <source>Once the letter has gone, mark it as sent: your sent letters then show what went where.</source>
        <translation>Markeer de brief als verzonden zodra hij weg is: dan ziet u bij uw verzonden brieven wat waarheen is gegaan.</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent.</source>
        <translation>%1 van %2 brieven verzonden.</translation>
    </message>
    <message>
        <source>About Letter Composer</source>
        <translation>Over Letter Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Read a campaign&apos;s appeal and write its protest letter in your own words.&lt;/p&gt;&lt;p&gt;No telemetry: the app talks to no server except your own mail server when you send.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Lees de oproep van een campagne en schrijf de protestbrief in uw eigen woorden.&lt;/p&gt;&lt;p&gt;Geen telemetrie: de app maakt met geen enkele server verbinding, behalve met uw eigen mailserver wanneer u verzendt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as Sent</source>
        <translation>Als verzonden markeren</translation>
    </message>
    <message>
        <source>Which letters did you send, and how? They are added to your sent letters (View › Sent Letters), so you know later what went where.</source>
        <translation>Welke brieven hebt u verzonden, en hoe? Ze worden toegevoegd aan uw verzonden brieven (Beeld › Verzonden brieven), zodat u later weet wat waarheen is gegaan.</translation>
    </message>
    <message>
        <source>Letters you sent</source>
        <translation>De brieven die u hebt verstuurd</translation>
    </message>
    <message>
        <source>From my mail app</source>
        <translation>Vanuit mijn e-mailprogramma</translation>
    </message>
    <message>
        <source>From webmail</source>
        <translation>Via webmail</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Per post</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>Per fax</translation>
    </message>
    <message>
        <source>Copied, or another way</source>
        <translation>Gekopieerd, of op een andere manier</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Verzendwijze:</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>Als verzonden &amp;markeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The letters to %1 are waiting in the outbox; marking them as sent takes them out, so that nothing goes twice.</source>
        <translation>De brieven aan %1 wachten in het Postvak UIT: ze worden eruit gehaald als u ze als verzonden markeert, zodat niets twee keer wordt verzonden.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>Ver&amp;sturen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open Campaign File…</source>
        <translation>Campagne&amp;bestand openen…</translation>
    </message>
    <message>
        <source>Open Campaign &amp;Folder…</source>
        <translation>Campagne&amp;map openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Send Letter…</source>
        <translation>Brief &amp;verzenden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Reset Letter to Template</source>
        <translation>Brief &amp;terugzetten naar sjabloon</translation>
    </message>
    <message>
        <source>Other &amp;Wording</source>
        <translation>Andere &amp;formulering</translation>
    </message>
    <message>
        <source>Go to Your &amp;Details</source>
        <translation>Naar uw &amp;gegevens</translation>
    </message>
    <message>
        <source>Go to the &amp;Letter</source>
        <translation>Naar de &amp;brief</translation>
    </message>
    <message>
        <source>Open in Mail &amp;App…</source>
        <translation>In &amp;e-mailprogramma openen…</translation>
    </message>
    <message>
        <source>Open in &amp;Webmail</source>
        <translation>In &amp;webmail openen</translation>
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
        <translation>Brief &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF opslaan…</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Als verzonden &amp;markeren…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postvak UIT…</translation>
    </message>
    <message>
        <source>&amp;Sent Letters…</source>
        <translation>&amp;Verzonden brieven…</translation>
    </message>
    <message>
        <source>&amp;Mail Account…</source>
        <translation>&amp;E-mailaccount…</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Netwerk…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Forget This &amp;Campaign&apos;s Letters…</source>
        <translation>&amp;Brieven van deze campagne vergeten…</translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation>&amp;Alles vergeten…</translation>
    </message>
    <message>
        <source>&amp;About Letter Composer</source>
        <translation>&amp;Over Letter Composer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>through Tor</source>
        <translation>via Tor</translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation>via de proxy %1</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>rechtstreeks</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>A proxy hides where you connect from. Your mail provider sees the proxy&apos;s address instead of yours, and your network (at home, at work, your internet provider) sees only that you connect to the proxy, not to your mail provider. Tor is such a proxy, run by volunteers.</source>
        <translation>Een proxy verbergt vanwaar u verbinding maakt. Uw e-mailprovider ziet het adres van de proxy in plaats van het uwe, en uw netwerk (thuis, op het werk, uw internetprovider) ziet alleen dat u verbinding maakt met de proxy, niet met uw e-mailprovider. Tor is zo&apos;n proxy, gedragen door vrijwilligers.</translation>
    </message>
    <message>
        <source>It does not hide who you are from your mail provider: it knows your account and every letter you send, and the recipients see your address. Some providers refuse or challenge connections that come through Tor.</source>
        <translation>Hij verbergt niet wie u bent voor uw e-mailprovider: die kent uw account en elke brief die u verzendt, en de ontvangers zien uw adres. Sommige providers weigeren verbindingen via Tor of vragen om een extra controle.</translation>
    </message>
    <message>
        <source>With a proxy chosen, the app never connects directly: when the proxy is not running, letters wait in the outbox until it is.</source>
        <translation>Met een gekozen proxy maakt de app nooit rechtstreeks verbinding: als de proxy niet draait, wachten de brieven in het Postvak UIT tot hij weer draait.</translation>
    </message>
    <message>
        <source>Connect &amp;directly</source>
        <translation>&amp;Rechtstreeks verbinden</translation>
    </message>
    <message>
        <source>Through &amp;Tor running on this computer (Tor or Tor Browser)</source>
        <translation>Via &amp;Tor op deze computer (Tor of Tor Browser)</translation>
    </message>
    <message>
        <source>Through a &amp;SOCKS5 proxy:</source>
        <translation>Via een &amp;SOCKS5-proxy:</translation>
    </message>
    <message>
        <source>Proxy address, e.g. 127.0.0.1</source>
        <translation>Adres van de proxy, bv. 127.0.0.1</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Adres van de proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Poort van de proxy</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>Webmail pages and your mail app, opened from Deliver, do not go through this proxy: they connect the way your browser or mail app is set to.</source>
        <translation>Webmailpagina&apos;s en uw e-mailprogramma, geopend vanuit het menu Versturen, gaan niet via deze proxy: ze maken verbinding zoals uw browser of e-mailprogramma is ingesteld.</translation>
    </message>
    <message>
        <source>Please type the proxy&apos;s address.</source>
        <translation>Typ het adres van de proxy.</translation>
    </message>
    <message>
        <source>Tor is running on this computer (port %1).</source>
        <translation>Tor draait op deze computer (poort %1).</translation>
    </message>
    <message>
        <source>Tor is not running on this computer (nothing answers on port 9050 or 9150). Start Tor or Tor Browser: until then, letters wait.</source>
        <translation>Tor draait niet op deze computer (niets antwoordt op poort 9050 of 9150). Start Tor of Tor Browser: tot dan wachten de brieven.</translation>
    </message>
    <message>
        <source>The proxy answers.</source>
        <translation>De proxy antwoordt.</translation>
    </message>
    <message>
        <source>Nothing answers at this proxy address: letters wait until it does.</source>
        <translation>Niets antwoordt op dit proxyadres: de brieven wachten tot het antwoordt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
</context>
<context>
    <name>OutboxControl</name>
    <message>
        <source>Open the out&amp;box</source>
        <translation>Postva&amp;k UIT openen</translation>
    </message>
    <message>
        <source>Fi&amp;x the Mail Account…</source>
        <translation>Mailac&amp;count herstellen…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Letters from an earlier session are waiting in the outbox: %1. Those that can go are being sent; the others need your decision.</source>
        <translation>Er wachten brieven uit een eerdere sessie in het Postvak UIT: %1. Brieven die kunnen worden verzonden, worden nu verzonden; over de andere moet u beslissen.</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Postvak UIT: %1 wachtend</translation>
    </message>
    <message>
        <source>, %1 wait for the mail account</source>
        <translation>, %1 wachten op het mailaccount</translation>
    </message>
    <message>
        <source>, %1 need you</source>
        <translation>, %1 wachten op u</translation>
    </message>
    <message>
        <source>, %1 held</source>
        <translation>, %1 vastgehouden</translation>
    </message>
    <message>
        <source>The letters waiting in the outbox have gone.</source>
        <translation>De brieven die in het postvak uit wachtten, zijn verzonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting in the outbox (View › Outbox).</source>
        <translation>
            <numerusform>Er wacht %n brief in het Postvak UIT (Beeld › Postvak UIT).</numerusform>
            <numerusform>Er wachten %n brieven in het Postvak UIT (Beeld › Postvak UIT).</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Postvak UIT is leeg.</translation>
    </message>
    <message numerus="yes">
        <source>The mail account needs attention: %1 %n letter(s) wait until it is fixed; saving a working account sends them.</source>
        <translation>
            <numerusform>Het mailaccount vraagt aandacht: %1 %n brief wacht tot het is hersteld; een werkend account opslaan verstuurt hem.</numerusform>
            <numerusform>Het mailaccount vraagt aandacht: %1 %n brieven wachten tot het is hersteld; een werkend account opslaan verstuurt ze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n letter(s) that waited for the mail account…</source>
        <translation>
            <numerusform>De brief die op het mailaccount wachtte, wordt verzonden…</numerusform>
            <numerusform>De %n brieven die op het mailaccount wachtten, worden verzonden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters are being sent; try again when done.</source>
        <translation>Er worden brieven verzonden; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <source>Nothing was sent: no mail account is set up.</source>
        <translation>Er is niets verzonden: er is geen mailaccount ingesteld.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Er wacht niets om verzonden te worden.</translation>
    </message>
    <message>
        <source>Nothing was sent: no password was given.</source>
        <translation>Er is niets verzonden: er is geen wachtwoord opgegeven.</translation>
    </message>
    <message>
        <source>Nothing was sent: sign in with %1 first (Settings › Mail Account).</source>
        <translation>Er is niets verzonden: meld u eerst aan met %1 (Instellingen › E-mailaccount).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Verzenden mislukt: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Password for %1 (kept in memory until you quit):</source>
        <translation>Wachtwoord voor %1 (blijft in het geheugen tot u afsluit):</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox and sent letters</source>
        <translation>Postvak UIT en verzonden brieven</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wordt verzonden</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>delivery unknown</source>
        <translation>bezorging onbekend</translation>
    </message>
    <message>
        <source>held: campaign closed</source>
        <translation>vastgehouden: campagne afgesloten</translation>
    </message>
    <message>
        <source>the mail account needs attention</source>
        <translation>het mailaccount vraagt aandacht</translation>
    </message>
    <message>
        <source>from your mail app</source>
        <translation>vanuit uw e-mailprogramma</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>via webmail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per post</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>per fax</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>op een andere manier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Verzendwijze</translation>
    </message>
    <message>
        <source>Letters waiting</source>
        <translation>Wachtende brieven</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Verstuurde brieven</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Nu verzenden</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>“Delivery unknown”: the connection broke after the letter was handed over, so it may have arrived. Send now only if you are sure it did not (check your sent folder), or it may arrive twice.</source>
        <translation>“Bezorging onbekend”: de verbinding werd verbroken nadat de brief was overgedragen, dus hij is misschien aangekomen. Kies alleen ‘Nu verzenden’ als u zeker weet dat hij niet is aangekomen (kijk in uw map Verzonden), anders komt hij misschien twee keer aan.</translation>
    </message>
    <message>
        <source>Fix the &amp;Mail Account…</source>
        <translation>&amp;Mailaccount herstellen…</translation>
    </message>
    <message>
        <source>&amp;Forget the sent list</source>
        <translation>&amp;Lijst met verzonden brieven wissen</translation>
    </message>
    <message>
        <source>Removes the record from this computer; the letters stay sent</source>
        <translation>Wist alleen het overzicht op deze computer; de brieven blijven verzonden</translation>
    </message>
    <message>
        <source>&amp;Keep a list of the letters I send</source>
        <translation>&amp;Houd een lijst bij van de brieven die ik verzend</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>The Sent list keeps each letter you send, to whom and when, on this computer. Without it the app keeps only what stops a letter going twice.</source>
        <translation>De lijst met verzonden brieven bewaart elke brief die u verzendt, aan wie en wanneer, op deze computer. Zonder de lijst bewaart de app alleen wat nodig is om een brief niet twee keer te verzenden.</translation>
    </message>
    <message>
        <source>No Sent list is kept: the app remembers only which address got each campaign&apos;s letter, and when, so that it never sends one twice. The letters&apos; words, subjects and names are not kept.</source>
        <translation>Er wordt geen lijst met verzonden brieven bijgehouden: de app onthoudt alleen welk adres de brief van elke campagne kreeg, en wanneer, zodat er nooit een twee keer gaat. De tekst, onderwerpen en namen van de brieven worden niet bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n letter(s)…</source>
        <translation>
            <numerusform>%n brief wordt verzonden…</numerusform>
            <numerusform>%n brieven worden verzonden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Er wacht niets om verzonden te worden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send now: %1.</source>
        <translation>Nu verzenden: %1.</translation>
    </message>
    <message>
        <source>Fix the mail account, then they are sent.</source>
        <translation>Herstel het mailaccount, dan worden ze verzonden.</translation>
    </message>
    <message>
        <source>Forget the sent list?</source>
        <translation>De lijst met verzonden brieven vergeten?</translation>
    </message>
    <message>
        <source>The record of these %1 sent letters is removed from this computer (the letters stay sent). This cannot be undone.</source>
        <translation>De registratie van deze verzonden brieven (%1) wordt van deze computer verwijderd (de brieven blijven verzonden). Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>from your account</source>
        <translation>vanaf uw account</translation>
    </message>
    <message>
        <source>Message-ID: %1</source>
        <translation>Message-ID: %1</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Wachtend (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Verzonden (%1)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Choose a letter to see why it is waiting.</source>
        <translation>Kies een brief om te zien waarom hij wacht.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Opnieuw verzenden?</translation>
    </message>
    <message>
        <source>Some of these letters may already have arrived. Send them again?</source>
        <translation>Sommige van deze brieven zijn misschien al aangekomen. Toch opnieuw verzenden?</translation>
    </message>
</context>
<context>
    <name>PrivacyControl</name>
    <message>
        <source>Forget this campaign&apos;s letters?</source>
        <translation>Brieven van deze campagne vergeten?</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergeten</translation>
    </message>
    <message>
        <source>This campaign&apos;s letters are forgotten.</source>
        <translation>De brieven van deze campagne zijn vergeten.</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>Alles vergeten?</translation>
    </message>
    <message>
        <source>&amp;Forget Everything</source>
        <translation>&amp;Alles vergeten</translation>
    </message>
    <message>
        <source>This removes from this computer, for good:</source>
        <translation>Dit verwijdert van deze computer, voorgoed:</translation>
    </message>
    <message>
        <source>your drafts (%1)</source>
        <translation>uw concepten (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Your draft for “%1” and its %n letter(s) in the Sent list are removed from this computer. The app then no longer knows these letters went, so it will not warn you before sending them again. Letters waiting in the outbox stay there.</source>
        <translation>
            <numerusform>Uw concept voor ‘%1’ en de %n brief ervan in de lijst met verzonden brieven worden van deze computer verwijderd. De app weet dan niet meer dat deze brief verzonden is en waarschuwt u dus niet voordat u hem opnieuw verzendt. Brieven die in het Postvak UIT wachten, blijven daar.</numerusform>
            <numerusform>Uw concept voor ‘%1’ en de %n brieven ervan in de lijst met verzonden brieven worden van deze computer verwijderd. De app weet dan niet meer dat deze brieven verzonden zijn en waarschuwt u dus niet voordat u ze opnieuw verzendt. Brieven die in het Postvak UIT wachten, blijven daar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Sent list (%n letter(s))</source>
        <translation>
            <numerusform>de lijst met verzonden brieven (%n brief)</numerusform>
            <numerusform>de lijst met verzonden brieven (%n brieven)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still waiting in the outbox: they will NOT be sent</source>
        <translation>
            <numerusform>%n brief die nog in het Postvak UIT wacht: hij wordt NIET verzonden</numerusform>
            <numerusform>%n brieven die nog in het Postvak UIT wachten: ze worden NIET verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>the mail account %1 and its stored password</source>
        <translation>het e-mailaccount %1 en het opgeslagen wachtwoord</translation>
    </message>
    <message>
        <source>the mail account settings</source>
        <translation>de instellingen van het e-mailaccount</translation>
    </message>
    <message>
        <source>every password or sign-in the app stored in the keyring</source>
        <translation>elk wachtwoord of aanmeldgegeven dat de app in de sleutelbos heeft opgeslagen</translation>
    </message>
    <message>
        <source>campaigns you opened (%1) and keys you trusted (%2)</source>
        <translation>campagnes die u opende (%1) en sleutels die u vertrouwde (%2)</translation>
    </message>
    <message>
        <source>caches, and the window&apos;s size and language</source>
        <translation>caches, en de grootte en taal van het venster</translation>
    </message>
    <message>
        <source>Letters already sent stay with your mail provider and the recipients. The app closes when it is done.</source>
        <translation>Brieven die al verzonden zijn, blijven bij uw e-mailprovider en de ontvangers. Daarna sluit de app.</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Bezig met vergeten…</translation>
    </message>
    <message>
        <source>Everything is forgotten</source>
        <translation>Alles is vergeten</translation>
    </message>
    <message>
        <source>Nothing of yours is left in the app&apos;s folders or in the keyring. The app closes now.</source>
        <translation>Er staat niets meer van u in de mappen van de app of in de sleutelbos. De app sluit nu.</translation>
    </message>
    <message>
        <source>Not everything could be forgotten</source>
        <translation>Niet alles kon worden vergeten</translation>
    </message>
    <message>
        <source>%1

The app closes; try again after it starts.</source>
        <translation>%1

De app sluit; probeer het opnieuw nadat hij is gestart.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>no campaign at this path</source>
        <translation>geen campagne op deze locatie</translation>
    </message>
    <message>
        <source>the .campaign file is damaged or not a zip archive ({detail})</source>
        <translation>het .campaign-bestand is beschadigd of geen zip-archief ({detail})</translation>
    </message>
    <message>
        <source>holds more than {limit} files</source>
        <translation>bevat meer dan {limit} bestanden</translation>
    </message>
    <message>
        <source>the archive&apos;s list of files takes more than {limit} bytes; a campaign needs far less</source>
        <translation>de lijst met bestanden van het archief beslaat meer dan {limit} bytes; een campagne heeft veel minder nodig</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes</source>
        <translation>is groter dan {limit} bytes</translation>
    </message>
    <message>
        <source>the campaign is larger than {limit} bytes in all</source>
        <translation>de campagne is in totaal groter dan {limit} bytes</translation>
    </message>
    <message>
        <source>is compressed more than {limit}:1, which only hostile archives do</source>
        <translation>is sterker gecomprimeerd dan {limit}:1, wat alleen kwaadaardige archieven doen</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: {name}</source>
        <translation>onveilige bestandsnaam in het archief: {name}</translation>
    </message>
    <message>
        <source>is encrypted; campaign archives must not be</source>
        <translation>is versleuteld; campagnearchieven mogen dat niet zijn</translation>
    </message>
    <message>
        <source>is a link or a special file; campaigns hold plain files only</source>
        <translation>is een link of een speciaal bestand; campagnes bevatten alleen gewone bestanden</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>kan niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {offset})</source>
        <translation>is geen UTF-8-tekst (byte {offset})</translation>
    </message>
    <message>
        <source>appears twice in the archive</source>
        <translation>komt twee keer voor in het archief</translation>
    </message>
    <message>
        <source>differs from &apos;{other}&apos; only in letter case or in how an accent is encoded, which many computers take for the same name; keep only one of them</source>
        <translation>verschilt van &apos;{other}&apos; alleen in hoofdletters of in de manier waarop een accent is gecodeerd, en veel computers zien dat als dezelfde naam; houd er maar één van</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>TOML-syntaxfout: {detail}</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>verplichte sleutel &apos;{key}&apos; ontbreekt</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {expected}</source>
        <translation>&apos;{key}&apos; moet {expected} zijn</translation>
    </message>
    <message>
        <source>format {value} is not supported (this version reads format 1)</source>
        <translation>formaat {value} wordt niet ondersteund (deze versie leest formaat 1)</translation>
    </message>
    <message>
        <source>id &apos;{value}&apos; must be lowercase letters, digits and hyphens</source>
        <translation>id &apos;{value}&apos; mag alleen kleine letters, cijfers en koppeltekens bevatten</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (like en, fr or pt-br)</source>
        <translation>&apos;{value}&apos; is geen taalcode (zoals en, fr of pt-br)</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (misspelt?)</source>
        <translation>onbekende sleutel &apos;{key}&apos; (tikfout?)</translation>
    </message>
    <message>
        <source>the original language &apos;{lang}&apos; has no appeal/{lang}.md</source>
        <translation>bij de oorspronkelijke taal &apos;{lang}&apos; ontbreekt appeal/{lang}.md</translation>
    </message>
    <message>
        <source>the campaign has no letter template in letters/</source>
        <translation>de campagne heeft geen briefsjabloon in letters/</translation>
    </message>
    <message>
        <source>the campaign names no recipients</source>
        <translation>de campagne noemt geen ontvangers</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>&apos;{value}&apos; is geen e-mailadres</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be on one line</source>
        <translation>&apos;{key}&apos; moet op één regel staan</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; must start with a letter and hold only a-z, 0-9, _</source>
        <translation>veldsleutel &apos;{value}&apos; moet met een letter beginnen en mag alleen a-z, 0-9, _ bevatten</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is reserved for the template</source>
        <translation>veldsleutel &apos;{value}&apos; is gereserveerd voor het sjabloon</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is used twice</source>
        <translation>veldsleutel &apos;{value}&apos; wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>more than {limit} recipients</source>
        <translation>meer dan {limit} ontvangers</translation>
    </message>
    <message>
        <source>more than {limit} fields</source>
        <translation>meer dan {limit} velden</translation>
    </message>
    <message>
        <source>the default value must fit the field (one line, at most {limit} characters)</source>
        <translation>de standaardwaarde moet in het veld passen (één regel, hoogstens {limit} tekens)</translation>
    </message>
    <message>
        <source>recipient address &apos;{value}&apos; is listed twice</source>
        <translation>ontvangersadres &apos;{value}&apos; staat twee keer in de lijst</translation>
    </message>
    <message>
        <source>no title for language &apos;{lang}&apos;</source>
        <translation>geen titel voor taal &apos;{lang}&apos;</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; has no label in language &apos;{lang}&apos;</source>
        <translation>veld &apos;{field}&apos; heeft geen label in taal &apos;{lang}&apos;</translation>
    </message>
    <message>
        <source>translation status &apos;{value}&apos; must be one of original, reviewed, draft</source>
        <translation>vertaalstatus &apos;{value}&apos; moet original, reviewed of draft zijn</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a date like 2026-12-31</source>
        <translation>&apos;{key}&apos; moet een datum zijn zoals 2026-12-31</translation>
    </message>
    <message>
        <source>is not part of a campaign bundle (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</source>
        <translation>hoort niet bij een campagnebundel (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</translation>
    </message>
    <message>
        <source>letter language &apos;{lang}&apos; has no template in letters/</source>
        <translation>voor brieftaal &apos;{lang}&apos; is er geen sjabloon in letters/</translation>
    </message>
    <message>
        <source>uses other fields than the &apos;{lang}&apos; letter (missing: {missing}; extra: {extra})</source>
        <translation>gebruikt andere velden dan de brief &apos;{lang}&apos; (ontbrekend: {missing}; extra: {extra})</translation>
    </message>
    <message>
        <source>the postal address may hold text and line breaks only, no other control characters</source>
        <translation>het postadres mag alleen tekst en regeleinden bevatten, geen andere stuurtekens</translation>
    </message>
    <message>
        <source>the postal address is longer than {lines} lines or {limit} characters</source>
        <translation>het postadres is langer dan {lines} regels of {limit} tekens</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a fax number (digits, spaces, +, -, (, ) and dots)</source>
        <translation>&apos;{value}&apos; is geen faxnummer (cijfers, spaties, +, -, (, ) en punten)</translation>
    </message>
    <message>
        <source>status &apos;{value}&apos; must be active or closed</source>
        <translation>status &apos;{value}&apos; moet active of closed zijn</translation>
    </message>
    <message>
        <source>the organiser&apos;s key must be a minisign public key (the line starting with RW that minisign prints)</source>
        <translation>de sleutel van de organisator moet een publieke minisign-sleutel zijn (de regel die met RW begint en die minisign toont)</translation>
    </message>
    <message>
        <source>this is not a minisign public key</source>
        <translation>dit is geen publieke minisign-sleutel</translation>
    </message>
    <message>
        <source>this is not a minisign secret key, or it is damaged</source>
        <translation>dit is geen geheime minisign-sleutel, of hij is beschadigd</translation>
    </message>
    <message>
        <source>this secret key is protected by a password: give it (--password-stdin)</source>
        <translation>deze geheime sleutel is met een wachtwoord beveiligd: geef het op (--password-stdin)</translation>
    </message>
    <message>
        <source>wrong password for this secret key</source>
        <translation>verkeerd wachtwoord voor deze geheime sleutel</translation>
    </message>
    <message>
        <source>is not a minisign signature file, or it is damaged</source>
        <translation>is geen minisign-handtekeningbestand, of het is beschadigd</translation>
    </message>
    <message>
        <source>holds a legacy minisign signature; sign again with a current minisign (without -l)</source>
        <translation>bevat een verouderde minisign-handtekening; onderteken opnieuw met een recente minisign (zonder -l)</translation>
    </message>
    <message>
        <source>was made with another key than the organiser&apos;s key in campaign.toml</source>
        <translation>is gemaakt met een andere sleutel dan die van de organisator in campaign.toml</translation>
    </message>
    <message>
        <source>the signature does not match: MANIFEST was changed after signing</source>
        <translation>de handtekening klopt niet: MANIFEST is na het ondertekenen gewijzigd</translation>
    </message>
    <message>
        <source>the signature&apos;s trusted comment was changed after signing</source>
        <translation>het vertrouwde commentaar van de handtekening is na het ondertekenen gewijzigd</translation>
    </message>
    <message>
        <source>MANIFEST is there but MANIFEST.minisig is missing</source>
        <translation>MANIFEST is er, maar MANIFEST.minisig ontbreekt</translation>
    </message>
    <message>
        <source>MANIFEST.minisig is there but MANIFEST is missing</source>
        <translation>MANIFEST.minisig is er, maar MANIFEST ontbreekt</translation>
    </message>
    <message>
        <source>the campaign is signed but campaign.toml names no organiser key ([organiser] key)</source>
        <translation>de campagne is ondertekend, maar campaign.toml noemt geen sleutel van de organisator ([organiser] key)</translation>
    </message>
    <message>
        <source>a signed campaign needs a version in campaign.toml</source>
        <translation>een ondertekende campagne heeft een versie in campaign.toml nodig</translation>
    </message>
    <message>
        <source>line {line} is not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;</source>
        <translation>regel {line} is niet &apos;&lt;sha256&gt;  &lt;pad&gt;&apos;</translation>
    </message>
    <message>
        <source>lists an unsafe path: {name}</source>
        <translation>noemt een onveilig pad: {name}</translation>
    </message>
    <message>
        <source>is not sorted by path (as LC_ALL=C sort): {name}</source>
        <translation>is niet op pad gesorteerd (zoals LC_ALL=C sort): {name}</translation>
    </message>
    <message>
        <source>lists {name} twice</source>
        <translation>noemt {name} twee keer</translation>
    </message>
    <message>
        <source>lists {name}, which is not in the campaign</source>
        <translation>noemt {name}, dat niet in de campagne zit</translation>
    </message>
    <message>
        <source>{name} was changed after signing</source>
        <translation>{name} is na het ondertekenen gewijzigd</translation>
    </message>
    <message>
        <source>does not list {name}, which the campaign holds</source>
        <translation>noemt {name} niet, dat wel in de campagne zit</translation>
    </message>
    <message>
        <source>the signature says {signed}, but campaign.toml says {actual}</source>
        <translation>de handtekening zegt {signed}, maar campaign.toml zegt {actual}</translation>
    </message>
    <message>
        <source>this secret key is not the organiser&apos;s key in campaign.toml</source>
        <translation>deze geheime sleutel is niet de sleutel van de organisator in campaign.toml</translation>
    </message>
    <message>
        <source>{value} already exists; it is not overwritten</source>
        <translation>{value} bestaat al; het wordt niet overschreven</translation>
    </message>
    <message>
        <source>first line must be &apos;Subject: ...&apos; followed by a blank line</source>
        <translation>de eerste regel moet &apos;Subject: ...&apos; zijn, gevolgd door een lege regel</translation>
    </message>
    <message>
        <source>template error: {detail}</source>
        <translation>fout in het sjabloon: {detail}</translation>
    </message>
    <message>
        <source>template uses something that does not exist: {detail}</source>
        <translation>het sjabloon gebruikt iets dat niet bestaat: {detail}</translation>
    </message>
    <message>
        <source>template does something a campaign may not do: {detail}</source>
        <translation>het sjabloon doet iets wat een campagne niet mag: {detail}</translation>
    </message>
    <message>
        <source>template failed: {detail}</source>
        <translation>het sjabloon is mislukt: {detail}</translation>
    </message>
    <message>
        <source>template is too complex: more than {limit} tags, names and signs</source>
        <translation>sjabloon is te ingewikkeld: meer dan {limit} tags, namen en tekens</translation>
    </message>
    <message>
        <source>template takes too long to fill in (more than two seconds); it probably loops without end</source>
        <translation>het invullen van het sjabloon duurt te lang (meer dan twee seconden); het bevat waarschijnlijk een eindeloze lus</translation>
    </message>
    <message>
        <source>the appeal text is empty</source>
        <translation>de tekst van de oproep is leeg</translation>
    </message>
    <message>
        <source>&apos;]]&apos; ends a group of alternative wordings, but no group was opened with &apos;[[&apos; before it</source>
        <translation>&apos;]]&apos; sluit een groep alternatieve formuleringen af, maar daarvoor is geen groep geopend met &apos;[[&apos;</translation>
    </message>
    <message>
        <source>the group of alternative wordings opened here with &apos;[[&apos; is never closed with &apos;]]&apos;</source>
        <translation>de groep alternatieve formuleringen die hier met &apos;[[&apos; wordt geopend, wordt nergens gesloten met &apos;]]&apos;</translation>
    </message>
    <message>
        <source>&apos;[[&apos; opens a group of wordings inside another group; close the first group with &apos;]]&apos; before opening the next</source>
        <translation>&apos;[[&apos; opent een groep formuleringen binnen een andere groep; sluit de eerste groep met &apos;]]&apos; voordat u de volgende opent</translation>
    </message>
    <message>
        <source>this group of alternative wordings has only one wording: give at least two wordings separated by |</source>
        <translation>deze groep alternatieve formuleringen heeft maar één formulering: geef er minstens twee, gescheiden door |</translation>
    </message>
    <message>
        <source>more than {limit} groups of alternative wordings</source>
        <translation>meer dan {limit} groepen alternatieve formuleringen</translation>
    </message>
    <message>
        <source>a group of alternative wordings has more than {limit} wordings</source>
        <translation>een groep alternatieve formuleringen heeft meer dan {limit} formuleringen</translation>
    </message>
    <message>
        <source>a block tag here (if, for, else, endif, ...) reaches across the edge of a wording; each wording must hold whole blocks, from if to endif</source>
        <translation>een bloktag hier (if, for, else, endif, ...) loopt over de grens van een formulering heen; elke formulering moet hele blokken bevatten, van if tot endif</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is required</source>
        <translation>&apos;{label}&apos; is verplicht</translation>
    </message>
    <message>
        <source>the campaign has no field &apos;{key}&apos;</source>
        <translation>de campagne heeft geen veld &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; must be on one line</source>
        <translation>&apos;{label}&apos; moet op één regel staan</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is longer than {limit} characters</source>
        <translation>&apos;{label}&apos; is langer dan {limit} tekens</translation>
    </message>
    <message>
        <source>the campaign has no letter in &apos;{lang}&apos;</source>
        <translation>de campagne heeft geen brief in &apos;{lang}&apos;</translation>
    </message>
    <message>
        <source>the campaign has no recipient {value}</source>
        <translation>de campagne heeft geen ontvanger {value}</translation>
    </message>
    <message>
        <source>no campaign &apos;{value}&apos; (see the campaigns command)</source>
        <translation>geen campagne &apos;{value}&apos; (zie het commando campaigns)</translation>
    </message>
    <message>
        <source>the {header} must be on one line</source>
        <translation>het veld &apos;{header}&apos; moet op één regel staan</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a usable e-mail address</source>
        <translation>&apos;{value}&apos; is geen bruikbaar e-mailadres</translation>
    </message>
    <message>
        <source>the mail server failed: {detail}</source>
        <translation>de mailserver meldt een fout: {detail}</translation>
    </message>
    <message>
        <source>cannot reach the mail server ({detail}): check your internet connection and the server&apos;s name and port</source>
        <translation>de mailserver is niet bereikbaar ({detail}): controleer uw internetverbinding en de naam en poort van de server</translation>
    </message>
    <message>
        <source>the mail server did not answer in time ({detail}): try again later</source>
        <translation>de mailserver antwoordde niet op tijd ({detail}): probeer het later opnieuw</translation>
    </message>
    <message>
        <source>the mail server&apos;s certificate cannot be trusted ({detail}); your password was not sent. Check the server name, or give the server&apos;s certificate file</source>
        <translation>het certificaat van de mailserver is niet te vertrouwen ({detail}); uw wachtwoord is niet verzonden. Controleer de servernaam of geef het certificaatbestand van de server op</translation>
    </message>
    <message>
        <source>the secure connection to the mail server failed ({detail}); your password was not sent. Check the port and security setting</source>
        <translation>de beveiligde verbinding met de mailserver is mislukt ({detail}); uw wachtwoord is niet verzonden. Controleer de poort en de beveiligingsinstelling</translation>
    </message>
    <message>
        <source>the mail server does not offer encryption (STARTTLS), so your password was not sent: choose implicit TLS (usually port 465)</source>
        <translation>de mailserver biedt geen versleuteling (STARTTLS) aan, dus uw wachtwoord is niet verzonden: kies impliciete TLS (meestal poort 465)</translation>
    </message>
    <message>
        <source>the mail server offers no password log-in over this connection (it offers: {detail}); check the port and security setting</source>
        <translation>de mailserver biedt via deze verbinding geen aanmelding met wachtwoord aan (wel: {detail}); controleer de poort en de beveiligingsinstelling</translation>
    </message>
    <message>
        <source>the mail server refused your user name or password ({detail}): check them; some providers need an app password</source>
        <translation>de mailserver heeft uw gebruikersnaam of wachtwoord geweigerd ({detail}): controleer ze; sommige providers vereisen een app-wachtwoord</translation>
    </message>
    <message>
        <source>{provider} accepts only its own sign-in (OAuth2) for sending: sign in with it (account set --oauth) where an organisation has set that up for this app, or copy the letter into your mail app, or use another mail account</source>
        <translation>{provider} staat verzenden alleen toe met de eigen aanmelding (OAuth2): meld u daarmee aan (account set --oauth) waar een organisatie dat voor deze app heeft ingesteld, of kopieer de brief naar uw e-mailprogramma, of gebruik een ander e-mailaccount</translation>
    </message>
    <message>
        <source>the mail server refused a fresh sign-in ({detail}): sending by SMTP may be turned off for this account, or your organisation must approve the app first. Ask your administrator, or deliver the letter another way</source>
        <translation>de mailserver weigerde een zojuist vernieuwde aanmelding ({detail}): verzenden via SMTP staat misschien uit voor dit account, of uw organisatie moet de app eerst goedkeuren. Vraag het uw beheerder, of bezorg de brief op een andere manier</translation>
    </message>
    <message>
        <source>the proxy {proxy} does not answer ({detail}); nothing was sent, not even directly: start the proxy, or change the network settings</source>
        <translation>de proxy {proxy} antwoordt niet ({detail}); er is niets verzonden, ook niet rechtstreeks: start de proxy, of wijzig de netwerkinstellingen</translation>
    </message>
    <message>
        <source>Tor is not running on this computer ({detail}); nothing was sent, not even directly: start Tor or Tor Browser, then try again</source>
        <translation>Tor draait niet op deze computer ({detail}); er is niets verzonden, ook niet rechtstreeks: start Tor of Tor Browser en probeer het opnieuw</translation>
    </message>
    <message>
        <source>the proxy {proxy} could not reach the mail server ({detail}): try again later; some providers refuse connections that come through Tor</source>
        <translation>de proxy {proxy} kon de mailserver niet bereiken ({detail}): probeer het later opnieuw; sommige providers weigeren verbindingen via Tor</translation>
    </message>
    <message>
        <source>the mail server closed the connection ({detail}): try again later</source>
        <translation>de mailserver heeft de verbinding verbroken ({detail}): probeer het later opnieuw</translation>
    </message>
    <message>
        <source>the connection broke after the letter was handed over, so it may have been delivered; it will not be sent again unless you choose to</source>
        <translation>de verbinding werd verbroken nadat de brief was overgedragen, dus hij is misschien bezorgd; hij wordt alleen opnieuw verzonden als u daarvoor kiest</translation>
    </message>
    <message>
        <source>the mail server refused {who}: {code} {detail}</source>
        <translation>de mailserver heeft {who} geweigerd: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server did not accept it: {code} {detail}</source>
        <translation>de mailserver heeft het niet aangenomen: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server does not take addresses with letters beyond ASCII, like {who} (it does not offer SMTPUTF8), so this letter was not sent: send it from another mail account, or deliver it another way</source>
        <translation>de mailserver accepteert geen adressen met letters buiten ASCII, zoals {who} (hij biedt geen SMTPUTF8 aan), dus deze brief is niet verzonden: verzend hem vanaf een ander e-mailaccount, of bezorg hem op een andere manier</translation>
    </message>
    <message>
        <source>no mail account is set up yet (letter-composer-cli account set ...)</source>
        <translation>er is nog geen e-mailaccount ingesteld (letter-composer-cli account set ...)</translation>
    </message>
    <message>
        <source>the provider table does not know {domain}: give the server (--host, --port, --security)</source>
        <translation>de providerlijst kent {domain} niet: geef de server op (--host, --port, --security)</translation>
    </message>
    <message>
        <source>this computer has no secure password store ({backend}); the password was not saved. Choose to be asked for it each time</source>
        <translation>deze computer heeft geen veilige wachtwoordopslag ({backend}); het wachtwoord is niet bewaard. Kies ervoor om er elke keer om gevraagd te worden</translation>
    </message>
    <message>
        <source>the password store failed: {detail}</source>
        <translation>de wachtwoordopslag meldt een fout: {detail}</translation>
    </message>
    <message>
        <source>no password is stored for {username}: give it (--password-stdin)</source>
        <translation>er is geen wachtwoord bewaard voor {username}: geef het op (--password-stdin)</translation>
    </message>
    <message>
        <source>the account settings are not valid: {detail}</source>
        <translation>de accountinstellingen zijn ongeldig: {detail}</translation>
    </message>
    <message>
        <source>the sign-in settings are not valid: {detail}</source>
        <translation>de aanmeldinstellingen zijn ongeldig: {detail}</translation>
    </message>
    <message>
        <source>signing in with {provider} is not set up in this copy of the app (an organisation must register it with {provider} first): send with a password or an app password, from your mail app or webmail, or by post</source>
        <translation>aanmelden met {provider} is in dit exemplaar van de app niet ingesteld (een organisatie moet de app eerst bij {provider} registreren): verstuur met een wachtwoord of app-wachtwoord, vanuit uw mailprogramma of webmail, of per post</translation>
    </message>
    <message>
        <source>no sign-in is known for {domain}: use a password, or deliver the letter another way</source>
        <translation>voor {domain} is geen aanmelding bekend: gebruik een wachtwoord, of bezorg de brief op een andere manier</translation>
    </message>
    <message>
        <source>the sign-in in the browser did not finish within {minutes} minutes (was the page closed?): try again</source>
        <translation>het aanmelden in de browser is niet binnen {minutes} minuten afgerond (is de pagina gesloten?): probeer het opnieuw</translation>
    </message>
    <message>
        <source>the sign-in with {provider} was cancelled</source>
        <translation>het aanmelden met {provider} is geannuleerd</translation>
    </message>
    <message>
        <source>{provider} did not allow the sign-in ({detail}): try again, and accept the request on {provider}&apos;s page</source>
        <translation>{provider} stond het aanmelden niet toe ({detail}): probeer het opnieuw en accepteer het verzoek op de pagina van {provider}</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the saved sign-in ({detail}): sign in again</source>
        <translation>{provider} accepteert de bewaarde aanmelding niet meer ({detail}): meld u opnieuw aan</translation>
    </message>
    <message>
        <source>{provider} refused the sign-in ({detail})</source>
        <translation>{provider} weigerde het aanmelden ({detail})</translation>
    </message>
    <message>
        <source>cannot reach {provider} to sign in ({detail}): check your internet connection</source>
        <translation>{provider} is niet bereikbaar om aan te melden ({detail}): controleer uw internetverbinding</translation>
    </message>
    <message>
        <source>cannot reach {provider} through the proxy {proxy} to sign in ({detail}); nothing was sent, not even directly: start the proxy or Tor, or change the network settings</source>
        <translation>kan {provider} niet bereiken via de proxy {proxy} om aan te melden ({detail}); er is niets verzonden, ook niet rechtstreeks: start de proxy of Tor, of wijzig de netwerkinstellingen</translation>
    </message>
    <message>
        <source>the answer in the browser did not come from {provider} but from {detail}; nothing was saved: try again</source>
        <translation>het antwoord in de browser kwam niet van {provider} maar van {detail}; er is niets bewaard: probeer het opnieuw</translation>
    </message>
    <message>
        <source>{username} is not signed in with {provider}: sign in again</source>
        <translation>{username} is niet aangemeld bij {provider}: meld u opnieuw aan</translation>
    </message>
    <message>
        <source>the outbox has no letter {value} (see: outbox list)</source>
        <translation>het Postvak UIT bevat geen brief {value} (zie: outbox list)</translation>
    </message>
    <message>
        <source>letter {value} is being sent right now; try again in a moment</source>
        <translation>brief {value} wordt nu verzonden; probeer het zo opnieuw</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send your letter</source>
        <translation>Uw brief verzenden</translation>
    </message>
    <message>
        <source>Send this letter?</source>
        <translation>Deze brief verzenden?</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <translation>Van: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>To (one message each):</source>
        <translation>Aan (elk een eigen bericht):</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Wacht al in het Postvak UIT, niet nog eens toegevoegd: %1.</translation>
    </message>
    <message>
        <source>Send a copy to the campaign&apos;s organiser (%1 &lt;%2&gt;)</source>
        <translation>Een kopie sturen naar de organisator van de campagne (%1 &lt;%2&gt;)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
    <message>
        <source>Looking for your password in the keyring…</source>
        <translation>Uw wachtwoord wordt in de sleutelbos gezocht…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>You sign in with %1 each time you send: sign in to send these letters.</source>
        <translation>U meldt zich bij elke verzending aan met %1: meld u aan om deze brieven te versturen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Letters, one per recipient</source>
        <translation>Brieven, één per ontvanger</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Voer uw wachtwoord in.</translation>
    </message>
    <message>
        <source>Stopping after the letter being sent now…</source>
        <translation>Stopt na de brief die nu wordt verzonden…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>not sent (cancelled); it waits in the outbox</source>
        <translation>niet verzonden (geannuleerd); hij wacht in het Postvak UIT</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>waiting in the outbox, will be retried: %1</source>
        <translation>wacht in het Postvak UIT, wordt opnieuw geprobeerd: %1</translation>
    </message>
    <message>
        <source>waiting in the outbox until the mail account is fixed: %1</source>
        <translation>wacht in het postvak uit tot het mailaccount is hersteld: %1</translation>
    </message>
    <message>
        <source>may have been delivered: %1</source>
        <translation>misschien bezorgd: %1</translation>
    </message>
    <message>
        <source>Done: every letter was sent (%1).</source>
        <translation>Klaar: alle brieven zijn verzonden (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent. See below what happened to the others; those that can still go wait in the outbox (View › Outbox).</source>
        <translation>%1 van %2 brieven verzonden. Hieronder ziet u wat er met de andere is gebeurd; brieven die nog kunnen worden verzonden, wachten in het Postvak UIT (Beeld › Postvak UIT).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Verzenden mislukt: %1</translation>
    </message>
</context>
<context>
    <name>SendOnce</name>
    <message>
        <source>from your mail app</source>
        <translation>vanuit uw e-mailprogramma</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>via webmail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per post</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>per fax</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>op een andere manier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You sent this letter to %1 on %2. Send it again?</source>
        <translation>U hebt deze brief naar %1 gestuurd op %2. Opnieuw versturen?</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>You already sent this letter to:</source>
        <translation>U hebt deze brief al gestuurd naar:</translation>
    </message>
    <message>
        <source>Send it to them again?</source>
        <translation>Opnieuw naar hen versturen?</translation>
    </message>
    <message>
        <source>If you answer No, it goes only to %1.</source>
        <translation>Als u Nee antwoordt, gaat hij alleen naar %1.</translation>
    </message>
    <message>
        <source>If you answer No, nothing is sent.</source>
        <translation>Als u Nee antwoordt, wordt er niets verstuurd.</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Al verstuurd</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Wacht al in het Postvak UIT, niet nog eens toegevoegd: %1.</translation>
    </message>
    <message>
        <source>Already waiting</source>
        <translation>Wacht al</translation>
    </message>
    <message>
        <source>The outbox shows how each one stands; nothing was added.</source>
        <translation>Het Postvak UIT toont hoe het met elke brief staat; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Open &amp;Outbox</source>
        <translation>&amp;Postvak UIT openen</translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>Niets verstuurd.</translation>
    </message>
</context>
<context>
    <name>SignInControl</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Aanmelden annuleren</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Aanmelden met %1</translation>
    </message>
    <message>
        <source>Your browser opens %1&apos;s page: sign in there, then come back here. Waiting…</source>
        <translation>Uw browser opent de pagina van %1: meld u daar aan en kom dan hier terug. Even wachten…</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Aangemeld met %1.</translation>
    </message>
</context>
<context>
    <name>TrustControl</name>
    <message>
        <source>The campaign is closed.</source>
        <translation>De campagne is afgesloten.</translation>
    </message>
    <message>
        <source>This campaign is not safe to use</source>
        <translation>Deze campagne is niet veilig om te gebruiken</translation>
    </message>
    <message>
        <source>The keys you trusted for campaigns cannot be read.</source>
        <translation>De sleutels die u voor campagnes vertrouwt, kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>No signed campaign can be checked until the file is repaired.</source>
        <translation>Geen enkele ondertekende campagne kan worden gecontroleerd tot het bestand is hersteld.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Niet geopend: %1</translation>
    </message>
    <message>
        <source>The key was not trusted</source>
        <translation>De sleutel is niet vertrouwd</translation>
    </message>
    <message>
        <source>The key is trusted: this campaign&apos;s updates are checked against it.</source>
        <translation>De sleutel wordt vertrouwd: updates van deze campagne worden ermee gecontroleerd.</translation>
    </message>
    <message>
        <source>What changed in version %1</source>
        <translation>Wat er is gewijzigd in versie %1</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust this campaign&apos;s key?</source>
        <translation>De sleutel van deze campagne vertrouwen?</translation>
    </message>
    <message>
        <source>“%1” says it comes from &lt;b&gt;%2&lt;/b&gt;. It is signed with this key:</source>
        <translation>„%1” zegt afkomstig te zijn van &lt;b&gt;%2&lt;/b&gt;. Ze is ondertekend met deze sleutel:</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(geen naam opgegeven)</translation>
    </message>
    <message>
        <source>The campaign&apos;s key</source>
        <translation>De sleutel van de campagne</translation>
    </message>
    <message>
        <source>Compare it with the key the organiser publishes themselves: on their website, their social media, or as a QR code on a leaflet. Find that place on your own, not through this campaign: a forged campaign can point to a forged page. Once trusted, this campaign&apos;s updates are checked against this key, and a campaign with another key under its name is refused.</source>
        <translation>Vergelijk haar met de sleutel die de organisator zelf publiceert: op de eigen website, op sociale media of als QR-code op een folder. Zoek die plek zelf op, niet via deze campagne: een vervalste campagne kan naar een vervalste pagina verwijzen. Eenmaal vertrouwd worden updates van deze campagne met deze sleutel gecontroleerd, en een campagne onder deze naam met een andere sleutel wordt geweigerd.</translation>
    </message>
    <message>
        <source>&amp;Published key (optional, to compare):</source>
        <translation>&amp;Gepubliceerde sleutel (optioneel, om te vergelijken):</translation>
    </message>
    <message>
        <source>&amp;Trust This Campaign</source>
        <translation>Deze campagne &amp;vertrouwen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>✗ This is not a whole minisign key (it starts with RW).</source>
        <translation>✗ Dit is geen volledige minisign-sleutel (die begint met RW).</translation>
    </message>
    <message>
        <source>✓ The same key: the campaign is signed by it.</source>
        <translation>✓ Dezelfde sleutel: de campagne is ermee ondertekend.</translation>
    </message>
    <message>
        <source>✗ Not the same key. Do not trust this campaign: it may be a forgery.</source>
        <translation>✗ Niet dezelfde sleutel. Vertrouw deze campagne niet: het kan een vervalsing zijn.</translation>
    </message>
</context>
<context>
    <name>TrustWords</name>
    <message>
        <source>recipients added: %1</source>
        <translation>ontvangers toegevoegd: %1</translation>
    </message>
    <message>
        <source>recipients removed: %1</source>
        <translation>ontvangers verwijderd: %1</translation>
    </message>
    <message>
        <source>addresses changed: %1</source>
        <translation>adressen gewijzigd: %1</translation>
    </message>
    <message>
        <source>the appeal changed</source>
        <translation>de oproep is gewijzigd</translation>
    </message>
    <message>
        <source>the letter changed</source>
        <translation>de brief is gewijzigd</translation>
    </message>
    <message>
        <source>the campaign is now closed</source>
        <translation>de campagne is nu afgesloten</translation>
    </message>
    <message>
        <source>the campaign is open again</source>
        <translation>de campagne is weer open</translation>
    </message>
    <message>
        <source>nothing you would see changed</source>
        <translation>niets zichtbaars is gewijzigd</translation>
    </message>
    <message>
        <source>Recipient added: %1 &lt;%2&gt;</source>
        <translation>Ontvanger toegevoegd: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Recipient removed: %1 &lt;%2&gt;</source>
        <translation>Ontvanger verwijderd: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Address changed: %1, was %2, now %3</source>
        <translation>Adres gewijzigd: %1, was %2, nu %3</translation>
    </message>
    <message>
        <source>The appeal changed (%1).</source>
        <translation>De oproep is gewijzigd (%1).</translation>
    </message>
    <message>
        <source>The letter changed (%1).</source>
        <translation>De brief is gewijzigd (%1).</translation>
    </message>
    <message>
        <source>The campaign is now closed.</source>
        <translation>De campagne is nu afgesloten.</translation>
    </message>
    <message>
        <source>The campaign is open again.</source>
        <translation>De campagne is weer open.</translation>
    </message>
    <message>
        <source>“%1” has been changed since it was signed, or its signature is damaged.</source>
        <translation>„%1” is gewijzigd sinds het werd ondertekend, of de handtekening is beschadigd.</translation>
    </message>
    <message>
        <source>Its recipients or its letter may not be what the organiser wrote. Do not use it; ask the organiser for the campaign again.</source>
        <translation>De ontvangers of de brief zijn misschien niet wat de organisator schreef. Gebruik haar niet; vraag de organisator opnieuw om de campagne.</translation>
    </message>
    <message>
        <source>“%1” is version %2 of a campaign you already have in version %3.</source>
        <translation>„%1” is versie %2 van een campagne die u al hebt in versie %3.</translation>
    </message>
    <message>
        <source>An older version may send letters to addresses no longer in use, or be a forgery made from one. It is not used; the newer version is.</source>
        <translation>Een oudere versie kan brieven sturen naar adressen die niet meer in gebruik zijn, of een vervalsing zijn die ervan is gemaakt. Ze wordt niet gebruikt; de nieuwere versie wel.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign that comes with Letter Composer.</source>
        <translation>„%1” beweert een campagne te zijn die bij Letter Composer hoort.</translation>
    </message>
    <message>
        <source>It may be a forgery. Use the campaign in the app itself.</source>
        <translation>Het kan een vervalsing zijn. Gebruik de campagne in de app zelf.</translation>
    </message>
    <message>
        <source>“%1” is not signed, but the campaign it claims to be was signed.</source>
        <translation>„%1” is niet ondertekend, maar de campagne die het beweert te zijn was dat wel.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign you trusted, but it is signed with another key.</source>
        <translation>„%1” beweert een campagne te zijn die u vertrouwt, maar is ondertekend met een andere sleutel.</translation>
    </message>
    <message>
        <source>It may be a forgery. Do not use it unless the organiser has told you, in a way you trust, that they changed their key.</source>
        <translation>Het kan een vervalsing zijn. Gebruik haar niet, tenzij de organisator u langs een weg die u vertrouwt heeft laten weten dat de sleutel is veranderd.</translation>
    </message>
</context>
</TS>
