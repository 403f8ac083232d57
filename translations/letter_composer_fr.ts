<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>Compte de messagerie</translation>
    </message>
    <message>
        <source>Letters are sent from your own address, through your own provider, so they arrive as real letters from a real person. Nothing is sent anywhere else.</source>
        <translation>Les lettres partent de votre propre adresse, par votre propre fournisseur de messagerie&#xa0;: elles arrivent donc comme de vraies lettres écrites par une vraie personne. Rien n&apos;est envoyé ailleurs.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <source>Your name as recipients will see it</source>
        <translation>Votre nom tel que les destinataires le verront</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Ask me for it each time I send (kept in memory only)</source>
        <translation>Me le demander à chaque envoi (gardé en mémoire seulement)</translation>
    </message>
    <message>
        <source>Implicit TLS (usually port 465)</source>
        <translation>TLS implicite (généralement port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>Only for a self-hosted server</source>
        <translation>Uniquement pour un serveur auto-hébergé</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Rése&amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>Outgoing server settings</source>
        <translation>Paramètres du serveur sortant</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sécu&amp;rité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring (%1)</source>
        <translation>Le mémoriser dans le trousseau de clés de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Remember it (not possible on this computer)</source>
        <translation>Le mémoriser (impossible sur cet ordinateur)</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so your password will not be saved: it would end up in a plain file. You will be asked for it when you send.</source>
        <translation>Cet ordinateur ne dispose pas d&apos;un stockage sécurisé des mots de passe&#xa0;: votre mot de passe ne sera donc pas enregistré, car il se retrouverait dans un simple fichier non protégé. Il vous sera demandé au moment de l&apos;envoi.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>%1: sign in on %1&apos;s own page, in your browser. This app never sees your %1 password.</source>
        <translation>%1&#xa0;: connectez-vous sur la page de %1, dans votre navigateur. Cette application ne voit jamais votre mot de passe %1.</translation>
    </message>
    <message>
        <source>Signs in with %1.</source>
        <translation>Se connecte avec %1.</translation>
    </message>
    <message>
        <source>Your provider is not in the built-in list: please fill in the outgoing server (your provider&apos;s help pages give it).</source>
        <translation>Votre fournisseur ne figure pas dans la liste intégrée&#xa0;: veuillez indiquer le serveur sortant (vous le trouverez dans les pages d&apos;aide de votre fournisseur).</translation>
    </message>
    <message>
        <source>%1: use an app password, not your usual password. Create one in your account&apos;s security settings (it needs two-step verification), then paste it below.</source>
        <translation>%1&#xa0;: utilisez un mot de passe d&apos;application, et non votre mot de passe habituel. Créez-en un dans les paramètres de sécurité de votre compte (la validation en deux étapes doit être activée), puis collez-le ci-dessous.</translation>
    </message>
    <message>
        <source>%1: settings filled in for you.</source>
        <translation>%1&#xa0;: paramètres remplis automatiquement.</translation>
    </message>
    <message>
        <source>Not needed: signs in with %1</source>
        <translation>Inutile&#xa0;: connexion avec %1</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Please sign in with %1 first.</source>
        <translation>Connectez-vous d’abord avec %1.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Veuillez saisir votre mot de passe.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>T&amp;rusted certificate:</source>
        <translation>&amp;Certificat de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>%1 accepts only its own sign-in (OAuth2) for sending from other apps, and that sign-in is not set up in this copy of the app (an organisation must register it first). You can still take part: copy the letter into your mail app and send it from there, or set up another mail account here.</source>
        <translation>%1 n’accepte que sa propre connexion (OAuth2) pour envoyer depuis d’autres applications, et cette connexion n’est pas configurée dans cet exemplaire de l’application (une organisation doit d’abord l’enregistrer). Vous pouvez quand même participer&#xa0;: copiez la lettre dans votre logiciel de messagerie et envoyez-la de là, ou configurez ici un autre compte de messagerie.</translation>
    </message>
    <message>
        <source>It works: logged in to %1.</source>
        <translation>Ça fonctionne&#xa0;: connexion réussie à %1.</translation>
    </message>
</context>
<context>
    <name>AppealPane</name>
    <message>
        <source>A&amp;ppeal in:</source>
        <translation>Lan&amp;gue de l&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Afficher l&apos;original</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation>%1 (traduction provisoire)</translation>
    </message>
    <message>
        <source>Draft translation: the original (%1) is authoritative.</source>
        <translation>Traduction provisoire&#xa0;: seul l&apos;original (%1) fait foi.</translation>
    </message>
</context>
<context>
    <name>CampaignBanner</name>
    <message>
        <source>Please send no more letters. Letters for it still waiting in the outbox are held, not sent.</source>
        <translation>Merci de ne plus envoyer de lettres. Les lettres pour elle qui attendent encore dans la boîte d&apos;envoi sont retenues, pas envoyées.</translation>
    </message>
    <message>
        <source>This campaign is closed</source>
        <translation>Cette campagne est close</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(aucun nom indiqué)</translation>
    </message>
    <message>
        <source>Not signed: anyone could have made or changed this campaign</source>
        <translation>Non signée&#xa0;: n&apos;importe qui a pu créer ou modifier cette campagne</translation>
    </message>
    <message>
        <source>Before you send, check that the addresses under “Send to” are the real ones, for example on the recipients&apos; own website.</source>
        <translation>Avant d&apos;envoyer, vérifiez que les adresses sous «&#xa0;Envoyer à&#xa0;» sont les vraies, par exemple sur le site web des destinataires eux-mêmes.</translation>
    </message>
    <message>
        <source>Signed, but not yet trusted</source>
        <translation>Signée, mais pas encore approuvée</translation>
    </message>
    <message>
        <source>It says it comes from “%1”. Check its key against the one the organiser publishes before you trust it.</source>
        <translation>Elle dit venir de «&#xa0;%1&#xa0;». Comparez sa clé avec celle que publie l&apos;organisateur avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>&amp;Check the Key…</source>
        <translation>&amp;Vérifier la clé…</translation>
    </message>
    <message>
        <source>Updated by the organiser you trusted</source>
        <translation>Mise à jour par l&apos;organisateur approuvé</translation>
    </message>
    <message>
        <source>Version %1, signed by “%2”: %3.</source>
        <translation>Version %1, signée par «&#xa0;%2&#xa0;»&#xa0;: %3.</translation>
    </message>
    <message>
        <source>What &amp;Changed…</source>
        <translation>&amp;Ce qui a changé…</translation>
    </message>
    <message>
        <source>Signed by the organiser you trusted</source>
        <translation>Signée par l&apos;organisateur approuvé</translation>
    </message>
    <message>
        <source>Signed by “%1” with the key you trusted for this campaign (version %2).</source>
        <translation>Signée par «&#xa0;%1&#xa0;» avec la clé que vous avez approuvée pour cette campagne (version %2).</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Open in Your Mail App</source>
        <translation>Ouvrir dans votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in your mail app with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Chaque destinataire reçoit son propre message, qui s&apos;ouvre dans votre logiciel de messagerie avec l&apos;adresse, l&apos;objet et la lettre déjà remplis. Vérifiez-le, puis envoyez-le depuis celui-ci.</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Ouvrir dans %1</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened with the address and subject filled in. The letter is too long to go in with them: it is put on the clipboard each time, for you to paste into the message (%1). Check it and send it from there.</source>
        <translation>Chaque destinataire reçoit son propre message, qui s&apos;ouvre avec l&apos;adresse et l&apos;objet déjà remplis. La lettre est trop longue pour y être ajoutée&#xa0;: elle est copiée dans le presse-papiers à chaque fois, pour que vous la colliez dans le message (%1). Vérifiez-le, puis envoyez-le depuis celui-ci.</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in %1 in your browser (sign in if it asks) with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Chaque destinataire reçoit son propre message, qui s&apos;ouvre dans %1, dans votre navigateur (connectez-vous si on vous le demande), avec l&apos;adresse, l&apos;objet et la lettre déjà remplis. Vérifiez-le, puis envoyez-le depuis cette page.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>&amp;Marquer comme envoyée…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your mail app connects the way it is set to, not through the app&apos;s proxy.</source>
        <translation>Votre compte de messagerie se connecte par un proxy, mais pas ceci&#xa0;: votre logiciel de messagerie se connecte selon ses propres réglages, pas par le proxy de l&apos;application.</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your browser connects the way it is set to (Tor Browser goes through Tor).</source>
        <translation>Votre compte de messagerie se connecte par un proxy, mais pas ceci&#xa0;: votre navigateur se connecte selon ses propres réglages (Tor Browser passe par Tor).</translation>
    </message>
    <message>
        <source>Nothing on this computer opens mail links. Set a default mail app, or use Copy Letter and paste it into a message.</source>
        <translation>Aucun logiciel de cet ordinateur n&apos;ouvre les liens de messagerie. Choisissez un logiciel de messagerie par défaut, ou utilisez «&#xa0;Copier la lettre&#xa0;» et collez-la dans un message.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Use Copy Letter instead.</source>
        <translation>Le navigateur n&apos;a pas pu être ouvert. Utilisez plutôt «&#xa0;Copier la lettre&#xa0;».</translation>
    </message>
    <message>
        <source>%1 — opened</source>
        <translation>%1 — message ouvert</translation>
    </message>
    <message>
        <source>The letter to %1 is too long to go in a link, so it is on the clipboard: click into the message&apos;s text and paste it (%2).</source>
        <translation>La lettre à %1 est trop longue pour tenir dans un lien, elle a donc été copiée dans le presse-papiers&#xa0;: cliquez dans le texte du message et collez-la (%2).</translation>
    </message>
    <message>
        <source>The message to %1 is open, ready to send.</source>
        <translation>Le message destiné à %1 est ouvert, prêt à être envoyé.</translation>
    </message>
    <message>
        <source>&amp;Open the Message</source>
        <translation>&amp;Ouvrir le message</translation>
    </message>
    <message>
        <source>&amp;Open the Next Message</source>
        <translation>&amp;Ouvrir le message suivant</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>All Messages &amp;Opened</source>
        <translation>Tous les messages sont &amp;ouverts</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The letters are on the clipboard.</source>
        <translation>Les lettres sont dans le presse-papiers.</translation>
    </message>
    <message>
        <source>%1 letters are on the clipboard, one after another, each with its recipients and subject: paste them (%2) and send each as a message of its own.</source>
        <translation>Le presse-papiers contient %1 lettres, l&apos;une après l&apos;autre, chacune avec ses destinataires et son objet&#xa0;: collez-les (%2) et envoyez chacune dans son propre message.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>La lettre est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard, with its recipients and subject: paste it (%1) into a message, a web form or a document.</source>
        <translation>La lettre est dans le presse-papiers, avec ses destinataires et son objet&#xa0;: collez-la (%1) dans un message, un formulaire web ou un document.</translation>
    </message>
    <message>
        <source>Letter copied</source>
        <translation>Lettre copiée</translation>
    </message>
    <message>
        <source>The campaign gives no postal address for: %1. Write it on the letter and the envelope yourself, or send these letters another way.</source>
        <translation>La campagne n&apos;indique pas d&apos;adresse postale pour&#xa0;: %1. Inscrivez-la vous-même sur la lettre et sur l&apos;enveloppe, ou envoyez ces lettres par un autre moyen.</translation>
    </message>
    <message>
        <source>The letters could not be printed</source>
        <translation>Les lettres n&apos;ont pas pu être imprimées</translation>
    </message>
    <message>
        <source>The printer could not be used. Try Save as PDF and print the file.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée. Essayez «&#xa0;Enregistrer en PDF&#xa0;», puis imprimez le fichier.</translation>
    </message>
    <message>
        <source>Letters sent to the printer: %1.</source>
        <translation>Lettres transmises à l&apos;imprimante&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Letters printed</source>
        <translation>Lettres imprimées</translation>
    </message>
    <message>
        <source>Sign each letter, then post it or fax it.</source>
        <translation>Signez chaque lettre, puis envoyez-la par la poste ou par fax.</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>Le PDF n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose &amp;Another Place…</source>
        <translation>Choisir un &amp;autre emplacement…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <source>The letters are in “%1”, one page or more for each recipient: print them, sign them, and post them or fax them.</source>
        <translation>Les lettres se trouvent dans «&#xa0;%1&#xa0;», une page ou plus par destinataire&#xa0;: imprimez-les, signez-les, puis envoyez-les par la poste ou par fax.</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>vous n&apos;avez pas le droit d&apos;écrire dans ce dossier</translation>
    </message>
    <message>
        <source>that place cannot be written to (read-only)</source>
        <translation>cet emplacement n&apos;est pas accessible en écriture (lecture seule)</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation>ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Save the Letters as PDF</source>
        <translation>Enregistrer les lettres en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters marked as sent: %1.</source>
        <translation>Lettres marquées comme envoyées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Se&amp;nd to</source>
        <translation>Envo&amp;yer à</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Votre lettre</translation>
    </message>
    <message>
        <source>As sent t&amp;o:</source>
        <translation>Telle qu&apos;envoy&amp;ée à&#xa0;:</translation>
    </message>
    <message>
        <source>Other word&amp;ing</source>
        <translation>A&amp;utre formulation</translation>
    </message>
    <message>
        <source>Use another combination of the alternative wordings the campaign offers, so your letter is not the same as everyone else&apos;s; what it asks for stays the same (Ctrl+Shift+W)</source>
        <translation>Utiliser une autre combinaison des formulations proposées par la campagne, pour que votre lettre ne soit pas identique à celle de tout le monde&#xa0;; ce qu&apos;elle demande ne change pas (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Reset to template</source>
        <translation>&amp;Revenir au modèle</translation>
    </message>
    <message>
        <source>Replace your edits with the campaign&apos;s letter, filled with your details</source>
        <translation>Remplacer vos modifications par la lettre de la campagne, complétée avec vos coordonnées</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Send the letter from your mail account (Ctrl+Return)</source>
        <translation>Envoyer la lettre depuis votre compte de messagerie (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;More Ways</source>
        <translation>Autres &amp;moyens</translation>
    </message>
    <message>
        <source>Open the letter in your mail app or webmail, copy it, print it or save it as a PDF for the post</source>
        <translation>Ouvrir la lettre dans votre logiciel de messagerie ou votre webmail, la copier, l&apos;imprimer ou l&apos;enregistrer en PDF pour l&apos;envoyer par la poste</translation>
    </message>
    <message>
        <source>&amp;Letter in:</source>
        <translation>Langue de la &amp;lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Ce qu&apos;elle dit</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Ob&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>The campaign&apos;s recipients read: %1</source>
        <translation>Langue lue par les destinataires de la campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Switching the language replaces your edited letter with the campaign&apos;s letter in %1.</source>
        <translation>Changer de langue remplace la lettre que vous avez modifiée par la lettre de la campagne en %1.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter, filled with your details.</source>
        <translation>Vos modifications de la lettre seront remplacées par la lettre de la campagne, complétée avec vos coordonnées.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter in other wordings, filled with your details.</source>
        <translation>Vos modifications de la lettre seront remplacées par la lettre de la campagne avec d&apos;autres formulations, complétée avec vos coordonnées.</translation>
    </message>
    <message>
        <source>Replace your edits?</source>
        <translation>Remplacer vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Letter (%1)</source>
        <translation>Lettre (%1)</translation>
    </message>
    <message>
        <source>What it says (%1)</source>
        <translation>Ce qu&apos;elle dit (%1)</translation>
    </message>
    <message>
        <source>The campaign has no %1 version of the letter. The appeal on the left says what the letter asks for.</source>
        <translation>La campagne n&apos;a pas de version de la lettre en %1. L&apos;appel, à gauche, dit ce que la lettre demande.</translation>
    </message>
    <message>
        <source>Your letter goes out in %1, the language the recipients read. This is the campaign&apos;s %2 version of the same letter with your details, so you know what you sign; it is not sent.</source>
        <translation>Votre lettre part en %1, la langue que lisent les destinataires. Voici la version en %2 de la même lettre, avec vos données, pour que vous sachiez ce que vous signez&#xa0;; elle n&apos;est pas envoyée.</translation>
    </message>
    <message>
        <source>The campaign has no version of this letter in %1. Here is the nearest one it has, in %2, with your details, so you know what you sign; your letter goes out in %3 and this is not sent.</source>
        <translation>La campagne n&apos;a pas de version de cette lettre en %1. Voici la plus proche qu&apos;elle ait, en %2, avec vos données, pour que vous sachiez ce que vous signez&#xa0;; votre lettre part en %3 et celle-ci n&apos;est pas envoyée.</translation>
    </message>
    <message>
        <source>Your own changes to the letter are not shown here.</source>
        <translation>Vos propres modifications de la lettre n&apos;apparaissent pas ici.</translation>
    </message>
    <message>
        <source>You have edited the letter. Changes to your details no longer update it; the greeting is adapted for each recipient.</source>
        <translation>Vous avez modifié la lettre. Les changements de vos coordonnées ne la mettent plus à jour&#xa0;; la formule d&apos;appel est adaptée à chaque destinataire.</translation>
    </message>
    <message>
        <source>The letter follows your details as you type.</source>
        <translation>La lettre reprend vos coordonnées au fil de votre saisie.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Choisissez au moins un destinataire.</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Letter Composer %1 is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. Below are its licence and the licences of the software and data it includes.</source>
        <translation>Letter Composer %1 est un logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie. Ci-dessous figurent sa licence et les licences des logiciels et des données qu&apos;il inclut.</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Textes des licences</translation>
    </message>
    <message>
        <source>&amp;Licence texts:</source>
        <translation>&amp;Textes des licences&#xa0;:</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation (%1).</source>
        <translation>Les textes des licences manquent dans cette installation (%1).</translation>
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
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>&amp;Marquer comme envoyée…</translation>
    </message>
    <message>
        <source>%1 — Letter Composer</source>
        <translation>%1 — Letter Composer</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>Ouvrir une campagne</translation>
    </message>
    <message>
        <source>Campaigns (*.campaign campaign.toml);;All files (*)</source>
        <translation>Campagnes (*.campaign campaign.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Campaign Folder</source>
        <translation>Ouvrir un dossier de campagne</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>This campaign cannot be opened</source>
        <translation>Cette campagne ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a campaign.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert comme campagne.</translation>
    </message>
    <message>
        <source>If an organiser sent you this file, please tell them; they can check it with “letter-composer-cli validate”. The campaign you had open stays as it was.</source>
        <translation>Si ce fichier vous a été envoyé par l&apos;organisation d&apos;une campagne, merci de la prévenir&#xa0;: elle peut le vérifier avec «&#xa0;letter-composer-cli validate&#xa0;». La campagne que vous aviez ouverte reste telle quelle.</translation>
    </message>
    <message>
        <source>built-in campaign</source>
        <translation>campagne intégrée</translation>
    </message>
    <message>
        <source>%1 recipients · %2</source>
        <translation>Destinataires&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Discard your letter?</source>
        <translation>Abandonner votre lettre&#xa0;?</translation>
    </message>
    <message>
        <source>Your letter could not be saved. If you go on, what you typed is lost.</source>
        <translation>Votre lettre n&apos;a pas pu être enregistrée. Si vous continuez, ce que vous avez saisi sera perdu.</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Votre brouillon n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mail account saved.</source>
        <translation>Compte de messagerie enregistré.</translation>
    </message>
    <message>
        <source>This campaign is closed: it asks for no more letters.</source>
        <translation>Cette campagne est close&#xa0;: elle ne demande plus de lettres.</translation>
    </message>
    <message>
        <source>Please fill in the fields marked *.</source>
        <translation>Veuillez remplir les champs marqués d&apos;un *.</translation>
    </message>
    <message>
        <source>Please choose at least one recipient.</source>
        <translation>Veuillez choisir au moins un destinataire.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later), with no warranty. Licences shows it and the licences of the software and data the app includes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou toute version ultérieure (GPL-3.0-or-later), sans aucune garantie. Le bouton Licences affiche cette licence et celles des logiciels et des données que l&apos;application inclut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licences…</translation>
    </message>
    <message>
        <source>The letter cannot be sent</source>
        <translation>La lettre ne peut pas être envoyée</translation>
    </message>
    <message>
        <source>The letter could not be prepared</source>
        <translation>La lettre ne peut pas être préparée</translation>
    </message>
    <message>
        <source>Once the letter has gone, mark it as sent: your sent letters then show what went where.</source>
        <translation>Une fois la lettre partie, marquez-la comme envoyée&#xa0;: vos lettres envoyées montreront alors ce qui a été envoyé, et à qui.</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent.</source>
        <translation>Lettres envoyées&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>About Letter Composer</source>
        <translation>À propos de Letter Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Read a campaign&apos;s appeal and write its protest letter in your own words.&lt;/p&gt;&lt;p&gt;No telemetry: the app talks to no server except your own mail server when you send.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Lisez l&apos;appel d&apos;une campagne et rédigez sa lettre de protestation avec vos propres mots.&lt;/p&gt;&lt;p&gt;Aucune télémétrie&#xa0;: l&apos;application ne communique avec aucun serveur, sauf votre propre serveur de messagerie au moment de l&apos;envoi.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as Sent</source>
        <translation>Marquer comme envoyées</translation>
    </message>
    <message>
        <source>Which letters did you send, and how? They are added to your sent letters (View › Sent Letters), so you know later what went where.</source>
        <translation>Quelles lettres avez-vous envoyées, et par quel moyen&#xa0;? Elles sont ajoutées à vos lettres envoyées (Affichage › Lettres envoyées), pour que vous sachiez plus tard ce qui a été envoyé, et à qui.</translation>
    </message>
    <message>
        <source>Letters you sent</source>
        <translation>Les lettres que vous avez envoyées</translation>
    </message>
    <message>
        <source>From my mail app</source>
        <translation>Depuis mon logiciel de messagerie</translation>
    </message>
    <message>
        <source>From webmail</source>
        <translation>Depuis un webmail</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Par la poste</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>Par fax</translation>
    </message>
    <message>
        <source>Copied, or another way</source>
        <translation>Copiée, ou par un autre moyen</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Moyen d&apos;&amp;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>&amp;Marquer comme envoyées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The letters to %1 are waiting in the outbox; marking them as sent takes them out, so that nothing goes twice.</source>
        <translation>Les lettres destinées à %1 attendent dans la boîte d&apos;envoi&#xa0;: elles en seront retirées quand vous les marquerez comme envoyées, pour que rien ne parte deux fois.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>E&amp;nvoi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Open Campaign File…</source>
        <translation>&amp;Ouvrir un fichier de campagne…</translation>
    </message>
    <message>
        <source>Open Campaign &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier de campagne…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Campagnes &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Send Letter…</source>
        <translation>&amp;Envoyer la lettre…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Reset Letter to Template</source>
        <translation>&amp;Revenir à la lettre modèle</translation>
    </message>
    <message>
        <source>Other &amp;Wording</source>
        <translation>Autre &amp;formulation</translation>
    </message>
    <message>
        <source>Go to Your &amp;Details</source>
        <translation>Aller à vos &amp;coordonnées</translation>
    </message>
    <message>
        <source>Go to the &amp;Letter</source>
        <translation>Aller à la &amp;lettre</translation>
    </message>
    <message>
        <source>Open in Mail &amp;App…</source>
        <translation>Ouvrir dans le &amp;logiciel de messagerie…</translation>
    </message>
    <message>
        <source>Open in &amp;Webmail</source>
        <translation>Ouvrir dans un &amp;webmail</translation>
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
        <translation>&amp;Copier la lettre</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>&amp;Marquer comme envoyée…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>&amp;Sent Letters…</source>
        <translation>Lettres &amp;envoyées…</translation>
    </message>
    <message>
        <source>&amp;Mail Account…</source>
        <translation>&amp;Compte de messagerie…</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Réseau…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Forget This &amp;Campaign&apos;s Letters…</source>
        <translation>Oublier les lettres de cette ca&amp;mpagne…</translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation>&amp;Tout oublier…</translation>
    </message>
    <message>
        <source>&amp;About Letter Composer</source>
        <translation>À &amp;propos de Letter Composer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>through Tor</source>
        <translation>par Tor</translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation>par le proxy %1</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>directement</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>A proxy hides where you connect from. Your mail provider sees the proxy&apos;s address instead of yours, and your network (at home, at work, your internet provider) sees only that you connect to the proxy, not to your mail provider. Tor is such a proxy, run by volunteers.</source>
        <translation>Un proxy cache d&apos;où vous vous connectez. Votre fournisseur de messagerie voit l&apos;adresse du proxy au lieu de la vôtre, et votre réseau (à la maison, au travail, votre fournisseur d&apos;accès) voit seulement que vous vous connectez au proxy, pas à votre fournisseur de messagerie. Tor est un tel proxy, tenu par des bénévoles.</translation>
    </message>
    <message>
        <source>It does not hide who you are from your mail provider: it knows your account and every letter you send, and the recipients see your address. Some providers refuse or challenge connections that come through Tor.</source>
        <translation>Il ne cache pas qui vous êtes à votre fournisseur de messagerie&#xa0;: il connaît votre compte et chaque lettre que vous envoyez, et les destinataires voient votre adresse. Certains fournisseurs refusent les connexions qui passent par Tor, ou demandent une vérification.</translation>
    </message>
    <message>
        <source>With a proxy chosen, the app never connects directly: when the proxy is not running, letters wait in the outbox until it is.</source>
        <translation>Avec un proxy choisi, l&apos;application ne se connecte jamais directement&#xa0;: quand le proxy ne fonctionne pas, les lettres attendent dans la boîte d&apos;envoi jusqu&apos;à ce qu&apos;il fonctionne.</translation>
    </message>
    <message>
        <source>Connect &amp;directly</source>
        <translation>Se connecter &amp;directement</translation>
    </message>
    <message>
        <source>Through &amp;Tor running on this computer (Tor or Tor Browser)</source>
        <translation>Par &amp;Tor, lancé sur cet ordinateur (Tor ou Tor Browser)</translation>
    </message>
    <message>
        <source>Through a &amp;SOCKS5 proxy:</source>
        <translation>Par un proxy &amp;SOCKS5&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy address, e.g. 127.0.0.1</source>
        <translation>Adresse du proxy, par ex. 127.0.0.1</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Adresse du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Webmail pages and your mail app, opened from Deliver, do not go through this proxy: they connect the way your browser or mail app is set to.</source>
        <translation>Les pages de webmail et votre logiciel de messagerie, ouverts depuis le menu Envoi, ne passent pas par ce proxy&#xa0;: ils se connectent selon les réglages de votre navigateur ou de votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Please type the proxy&apos;s address.</source>
        <translation>Veuillez saisir l&apos;adresse du proxy.</translation>
    </message>
    <message>
        <source>Tor is running on this computer (port %1).</source>
        <translation>Tor fonctionne sur cet ordinateur (port %1).</translation>
    </message>
    <message>
        <source>Tor is not running on this computer (nothing answers on port 9050 or 9150). Start Tor or Tor Browser: until then, letters wait.</source>
        <translation>Tor ne fonctionne pas sur cet ordinateur (rien ne répond sur le port 9050 ni 9150). Lancez Tor ou Tor Browser&#xa0;: d&apos;ici là, les lettres attendent.</translation>
    </message>
    <message>
        <source>The proxy answers.</source>
        <translation>Le proxy répond.</translation>
    </message>
    <message>
        <source>Nothing answers at this proxy address: letters wait until it does.</source>
        <translation>Rien ne répond à cette adresse de proxy&#xa0;: les lettres attendent qu&apos;il réponde.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>OutboxControl</name>
    <message>
        <source>Open the out&amp;box</source>
        <translation>Ouvrir la &amp;boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Fi&amp;x the Mail Account…</source>
        <translation>&amp;Corriger le compte de messagerie…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Letters from an earlier session are waiting in the outbox: %1. Those that can go are being sent; the others need your decision.</source>
        <translation>Des lettres d&apos;une session précédente attendent dans la boîte d&apos;envoi&#xa0;: %1. Celles qui peuvent partir sont en cours d&apos;envoi&#xa0;; les autres attendent votre décision.</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Boîte d&apos;envoi&#xa0;: %1 en attente</translation>
    </message>
    <message>
        <source>, %1 wait for the mail account</source>
        <translation>, %1 attendent le compte de messagerie</translation>
    </message>
    <message>
        <source>, %1 need you</source>
        <translation>, %1 à traiter par vous</translation>
    </message>
    <message>
        <source>, %1 held</source>
        <translation>, %1 retenue(s)</translation>
    </message>
    <message>
        <source>The letters waiting in the outbox have gone.</source>
        <translation>Les lettres qui attendaient dans la boîte d&apos;envoi sont parties.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting in the outbox (View › Outbox).</source>
        <translation>
            <numerusform>%n lettre attend dans la boîte d&apos;envoi (Affichage › Boîte d&apos;envoi).</numerusform>
            <numerusform>%n lettres attendent dans la boîte d&apos;envoi (Affichage › Boîte d&apos;envoi).</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La boîte d&apos;envoi est vide.</translation>
    </message>
    <message numerus="yes">
        <source>The mail account needs attention: %1 %n letter(s) wait until it is fixed; saving a working account sends them.</source>
        <translation>
            <numerusform>Le compte de messagerie demande votre attention&#xa0;: %1 %n lettre attend qu&apos;il soit corrigé&#xa0;; enregistrer un compte qui fonctionne l&apos;envoie.</numerusform>
            <numerusform>Le compte de messagerie demande votre attention&#xa0;: %1 %n lettres attendent qu&apos;il soit corrigé&#xa0;; enregistrer un compte qui fonctionne les envoie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n letter(s) that waited for the mail account…</source>
        <translation>
            <numerusform>Envoi de la lettre qui attendait le compte de messagerie…</numerusform>
            <numerusform>Envoi des %n lettres qui attendaient le compte de messagerie…</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters are being sent; try again when done.</source>
        <translation>Des lettres sont en cours d&apos;envoi&#xa0;; réessayez quand ce sera fini.</translation>
    </message>
    <message>
        <source>Nothing was sent: no mail account is set up.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: aucun compte de messagerie n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>Nothing was sent: no password was given.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: aucun mot de passe n&apos;a été donné.</translation>
    </message>
    <message>
        <source>Nothing was sent: sign in with %1 first (Settings › Mail Account).</source>
        <translation>Rien n’a été envoyé&#xa0;: connectez-vous d’abord avec %1 (Paramètres › Compte de messagerie).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>L&apos;envoi a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1 (kept in memory until you quit):</source>
        <translation>Mot de passe pour %1 (gardé en mémoire jusqu&apos;à la fermeture de l&apos;application)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox and sent letters</source>
        <translation>Boîte d&apos;envoi et lettres envoyées</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>delivery unknown</source>
        <translation>remise incertaine</translation>
    </message>
    <message>
        <source>held: campaign closed</source>
        <translation>retenue&#xa0;: campagne close</translation>
    </message>
    <message>
        <source>the mail account needs attention</source>
        <translation>le compte de messagerie demande votre attention</translation>
    </message>
    <message>
        <source>from your mail app</source>
        <translation>depuis votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>depuis un webmail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>par la poste</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>par fax</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>par un autre moyen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Letters waiting</source>
        <translation>Lettres en attente</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Lettres envoyées</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>“Delivery unknown”: the connection broke after the letter was handed over, so it may have arrived. Send now only if you are sure it did not (check your sent folder), or it may arrive twice.</source>
        <translation>«&#xa0;Remise incertaine&#xa0;»&#xa0;: la connexion a été coupée après la remise de la lettre au serveur, elle est donc peut-être arrivée. N&apos;utilisez «&#xa0;Envoyer maintenant&#xa0;» que si vous avez la certitude qu&apos;elle n&apos;est pas arrivée (vérifiez votre dossier des messages envoyés)&#xa0;; sinon, elle risque d&apos;arriver en double.</translation>
    </message>
    <message>
        <source>Fix the &amp;Mail Account…</source>
        <translation>Corriger le compte de &amp;messagerie…</translation>
    </message>
    <message>
        <source>&amp;Forget the sent list</source>
        <translation>&amp;Oublier la liste des lettres envoyées</translation>
    </message>
    <message>
        <source>Removes the record from this computer; the letters stay sent</source>
        <translation>Efface la liste de cet ordinateur&#xa0;; les lettres, elles, restent envoyées</translation>
    </message>
    <message>
        <source>&amp;Keep a list of the letters I send</source>
        <translation>&amp;Garder la liste des lettres que j&apos;envoie</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The Sent list keeps each letter you send, to whom and when, on this computer. Without it the app keeps only what stops a letter going twice.</source>
        <translation>La liste des lettres envoyées garde chaque lettre que vous envoyez, à qui et quand, sur cet ordinateur. Sans elle, l&apos;application ne garde que ce qui évite d&apos;envoyer une lettre deux fois.</translation>
    </message>
    <message>
        <source>No Sent list is kept: the app remembers only which address got each campaign&apos;s letter, and when, so that it never sends one twice. The letters&apos; words, subjects and names are not kept.</source>
        <translation>Aucune liste des lettres envoyées n&apos;est gardée&#xa0;: l&apos;application retient seulement quelle adresse a reçu la lettre de chaque campagne, et quand, pour ne jamais l&apos;envoyer deux fois. Le texte des lettres, leurs objets et les noms ne sont pas gardés.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n letter(s)…</source>
        <translation>
            <numerusform>Envoi de %n lettre…</numerusform>
            <numerusform>Envoi de %n lettres…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Send now: %1.</source>
        <translation>Envoyer maintenant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Fix the mail account, then they are sent.</source>
        <translation>Corrigez le compte de messagerie&#xa0;: elles seront alors envoyées.</translation>
    </message>
    <message>
        <source>Forget the sent list?</source>
        <translation>Oublier la liste des lettres envoyées&#xa0;?</translation>
    </message>
    <message>
        <source>The record of these %1 sent letters is removed from this computer (the letters stay sent). This cannot be undone.</source>
        <translation>La trace de ces lettres envoyées (%1) est effacée de cet ordinateur (les lettres restent envoyées). Cette action est irréversible.</translation>
    </message>
    <message>
        <source>from your account</source>
        <translation>depuis votre compte</translation>
    </message>
    <message>
        <source>Message-ID: %1</source>
        <translation>Message-ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>En attente (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Envoyées (%1)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Choose a letter to see why it is waiting.</source>
        <translation>Choisissez une lettre pour voir pourquoi elle est en attente.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Envoyer à nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Some of these letters may already have arrived. Send them again?</source>
        <translation>Certaines de ces lettres sont peut-être déjà arrivées. Les envoyer à nouveau&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PrivacyControl</name>
    <message>
        <source>Forget this campaign&apos;s letters?</source>
        <translation>Oublier les lettres de cette campagne&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>This campaign&apos;s letters are forgotten.</source>
        <translation>Les lettres de cette campagne sont oubliées.</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>Tout oublier&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Forget Everything</source>
        <translation>&amp;Tout oublier</translation>
    </message>
    <message>
        <source>This removes from this computer, for good:</source>
        <translation>Ceci supprime de cet ordinateur, définitivement&#xa0;:</translation>
    </message>
    <message>
        <source>your drafts (%1)</source>
        <translation>vos brouillons (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Your draft for “%1” and its %n letter(s) in the Sent list are removed from this computer. The app then no longer knows these letters went, so it will not warn you before sending them again. Letters waiting in the outbox stay there.</source>
        <translation>
            <numerusform>Votre brouillon pour «&#xa0;%1&#xa0;» et sa lettre de la liste des lettres envoyées sont supprimés de cet ordinateur. L&apos;application ne saura plus que cette lettre est partie, et ne vous avertira donc pas avant de l&apos;envoyer à nouveau. Les lettres en attente dans la boîte d&apos;envoi y restent.</numerusform>
            <numerusform>Votre brouillon pour «&#xa0;%1&#xa0;» et ses %n lettres de la liste des lettres envoyées sont supprimés de cet ordinateur. L&apos;application ne saura plus que ces lettres sont parties, et ne vous avertira donc pas avant de les envoyer à nouveau. Les lettres en attente dans la boîte d&apos;envoi y restent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Sent list (%n letter(s))</source>
        <translation>
            <numerusform>la liste des lettres envoyées (%n lettre)</numerusform>
            <numerusform>la liste des lettres envoyées (%n lettres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still waiting in the outbox: they will NOT be sent</source>
        <translation>
            <numerusform>%n lettre encore en attente dans la boîte d&apos;envoi&#xa0;: elle ne sera PAS envoyée</numerusform>
            <numerusform>%n lettres encore en attente dans la boîte d&apos;envoi&#xa0;: elles ne seront PAS envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>the mail account %1 and its stored password</source>
        <translation>le compte de messagerie %1 et son mot de passe enregistré</translation>
    </message>
    <message>
        <source>the mail account settings</source>
        <translation>les réglages du compte de messagerie</translation>
    </message>
    <message>
        <source>every password or sign-in the app stored in the keyring</source>
        <translation>tout mot de passe ou identifiant de connexion que l&apos;application a enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>campaigns you opened (%1) and keys you trusted (%2)</source>
        <translation>les campagnes que vous avez ouvertes (%1) et les clés auxquelles vous faites confiance (%2)</translation>
    </message>
    <message>
        <source>caches, and the window&apos;s size and language</source>
        <translation>les caches, ainsi que la taille et la langue de la fenêtre</translation>
    </message>
    <message>
        <source>Letters already sent stay with your mail provider and the recipients. The app closes when it is done.</source>
        <translation>Les lettres déjà envoyées restent chez votre fournisseur de messagerie et chez les destinataires. L&apos;application se ferme ensuite.</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Oubli en cours…</translation>
    </message>
    <message>
        <source>Everything is forgotten</source>
        <translation>Tout est oublié</translation>
    </message>
    <message>
        <source>Nothing of yours is left in the app&apos;s folders or in the keyring. The app closes now.</source>
        <translation>Plus rien de vous ne reste dans les dossiers de l&apos;application ni dans le trousseau. L&apos;application se ferme maintenant.</translation>
    </message>
    <message>
        <source>Not everything could be forgotten</source>
        <translation>Tout n&apos;a pas pu être oublié</translation>
    </message>
    <message>
        <source>%1

The app closes; try again after it starts.</source>
        <translation>%1

L&apos;application se ferme&#xa0;; réessayez après l&apos;avoir relancée.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>no campaign at this path</source>
        <translation>aucune campagne à cet emplacement</translation>
    </message>
    <message>
        <source>the .campaign file is damaged or not a zip archive ({detail})</source>
        <translation>le fichier .campaign est endommagé ou n&apos;est pas une archive zip ({detail})</translation>
    </message>
    <message>
        <source>holds more than {limit} files</source>
        <translation>contient plus de {limit} fichiers</translation>
    </message>
    <message>
        <source>the archive&apos;s list of files takes more than {limit} bytes; a campaign needs far less</source>
        <translation>la liste des fichiers de l&apos;archive occupe plus de {limit} octets&#xa0;; une campagne en demande bien moins</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes</source>
        <translation>dépasse {limit} octets</translation>
    </message>
    <message>
        <source>the campaign is larger than {limit} bytes in all</source>
        <translation>la campagne dépasse {limit} octets au total</translation>
    </message>
    <message>
        <source>is compressed more than {limit}:1, which only hostile archives do</source>
        <translation>est compressé au-delà de {limit}:1, ce que seules font les archives malveillantes</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: {name}</source>
        <translation>nom de fichier dangereux dans l&apos;archive&#xa0;: {name}</translation>
    </message>
    <message>
        <source>is encrypted; campaign archives must not be</source>
        <translation>est chiffré&#xa0;; les archives de campagne ne doivent pas l&apos;être</translation>
    </message>
    <message>
        <source>is a link or a special file; campaigns hold plain files only</source>
        <translation>est un lien ou un fichier spécial&#xa0;; une campagne ne contient que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>lecture impossible ({detail})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {offset})</source>
        <translation>n&apos;est pas du texte UTF-8 (octet {offset})</translation>
    </message>
    <message>
        <source>appears twice in the archive</source>
        <translation>figure deux fois dans l&apos;archive</translation>
    </message>
    <message>
        <source>differs from &apos;{other}&apos; only in letter case or in how an accent is encoded, which many computers take for the same name; keep only one of them</source>
        <translation>ne diffère de «&#xa0;{other}&#xa0;» que par les majuscules ou par la façon dont un accent est codé, et bien des ordinateurs les prennent pour le même nom&#xa0;; n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est introuvable</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>erreur de syntaxe TOML&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>clé obligatoire «&#xa0;{key}&#xa0;» absente</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {expected}</source>
        <translation>valeur attendue pour «&#xa0;{key}&#xa0;»&#xa0;: {expected}</translation>
    </message>
    <message>
        <source>format {value} is not supported (this version reads format 1)</source>
        <translation>le format {value} n&apos;est pas pris en charge (cette version lit le format 1)</translation>
    </message>
    <message>
        <source>id &apos;{value}&apos; must be lowercase letters, digits and hyphens</source>
        <translation>l&apos;id «&#xa0;{value}&#xa0;» ne doit contenir que des lettres minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (like en, fr or pt-br)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de langue (comme en, fr ou pt-br)</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (misspelt?)</source>
        <translation>clé inconnue «&#xa0;{key}&#xa0;» (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>the original language &apos;{lang}&apos; has no appeal/{lang}.md</source>
        <translation>la langue originale «&#xa0;{lang}&#xa0;» n&apos;a pas de fichier appeal/{lang}.md</translation>
    </message>
    <message>
        <source>the campaign has no letter template in letters/</source>
        <translation>la campagne n&apos;a aucun modèle de lettre dans letters/</translation>
    </message>
    <message>
        <source>the campaign names no recipients</source>
        <translation>la campagne n&apos;indique aucun destinataire</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be on one line</source>
        <translation>«&#xa0;{key}&#xa0;» doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; must start with a letter and hold only a-z, 0-9, _</source>
        <translation>la clé de champ «&#xa0;{value}&#xa0;» doit commencer par une lettre et ne contenir que a-z, 0-9, _</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is reserved for the template</source>
        <translation>la clé de champ «&#xa0;{value}&#xa0;» est réservée au modèle</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is used twice</source>
        <translation>la clé de champ «&#xa0;{value}&#xa0;» est utilisée deux fois</translation>
    </message>
    <message>
        <source>more than {limit} recipients</source>
        <translation>plus de {limit} destinataires</translation>
    </message>
    <message>
        <source>more than {limit} fields</source>
        <translation>plus de {limit} champs</translation>
    </message>
    <message>
        <source>the default value must fit the field (one line, at most {limit} characters)</source>
        <translation>la valeur par défaut doit convenir au champ (une seule ligne, {limit} caractères au maximum)</translation>
    </message>
    <message>
        <source>recipient address &apos;{value}&apos; is listed twice</source>
        <translation>l&apos;adresse de destinataire «&#xa0;{value}&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>no title for language &apos;{lang}&apos;</source>
        <translation>aucun titre pour la langue «&#xa0;{lang}&#xa0;»</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; has no label in language &apos;{lang}&apos;</source>
        <translation>le champ «&#xa0;{field}&#xa0;» n&apos;a pas de libellé dans la langue «&#xa0;{lang}&#xa0;»</translation>
    </message>
    <message>
        <source>translation status &apos;{value}&apos; must be one of original, reviewed, draft</source>
        <translation>le statut de traduction «&#xa0;{value}&#xa0;» doit être original, reviewed ou draft</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a date like 2026-12-31</source>
        <translation>«&#xa0;{key}&#xa0;» doit être une date comme 2026-12-31</translation>
    </message>
    <message>
        <source>is not part of a campaign bundle (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</source>
        <translation>ne fait pas partie d&apos;un paquet de campagne (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</translation>
    </message>
    <message>
        <source>letter language &apos;{lang}&apos; has no template in letters/</source>
        <translation>la langue de lettre «&#xa0;{lang}&#xa0;» n&apos;a pas de modèle dans letters/</translation>
    </message>
    <message>
        <source>uses other fields than the &apos;{lang}&apos; letter (missing: {missing}; extra: {extra})</source>
        <translation>n&apos;utilise pas les mêmes champs que la lettre « {lang} » (manquants : {missing} ; en trop : {extra})</translation>
    </message>
    <message>
        <source>the postal address may hold text and line breaks only, no other control characters</source>
        <translation>l&apos;adresse postale ne peut contenir que du texte et des retours à la ligne, aucun autre caractère de contrôle</translation>
    </message>
    <message>
        <source>the postal address is longer than {lines} lines or {limit} characters</source>
        <translation>l&apos;adresse postale dépasse {lines} lignes ou {limit} caractères</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a fax number (digits, spaces, +, -, (, ) and dots)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un numéro de fax (chiffres, espaces, +, -, (, ) et points)</translation>
    </message>
    <message>
        <source>status &apos;{value}&apos; must be active or closed</source>
        <translation>le statut « {value} » doit être active ou closed</translation>
    </message>
    <message>
        <source>the organiser&apos;s key must be a minisign public key (the line starting with RW that minisign prints)</source>
        <translation>la clé de l&apos;organisateur doit être une clé publique minisign (la ligne commençant par RW que minisign affiche)</translation>
    </message>
    <message>
        <source>this is not a minisign public key</source>
        <translation>ce n&apos;est pas une clé publique minisign</translation>
    </message>
    <message>
        <source>this is not a minisign secret key, or it is damaged</source>
        <translation>ce n&apos;est pas une clé secrète minisign, ou elle est abîmée</translation>
    </message>
    <message>
        <source>this secret key is protected by a password: give it (--password-stdin)</source>
        <translation>cette clé secrète est protégée par un mot de passe : donnez-le (--password-stdin)</translation>
    </message>
    <message>
        <source>wrong password for this secret key</source>
        <translation>mot de passe incorrect pour cette clé secrète</translation>
    </message>
    <message>
        <source>is not a minisign signature file, or it is damaged</source>
        <translation>n&apos;est pas un fichier de signature minisign, ou il est abîmé</translation>
    </message>
    <message>
        <source>holds a legacy minisign signature; sign again with a current minisign (without -l)</source>
        <translation>contient une signature minisign de l&apos;ancien type ; signez à nouveau avec un minisign récent (sans -l)</translation>
    </message>
    <message>
        <source>was made with another key than the organiser&apos;s key in campaign.toml</source>
        <translation>a été faite avec une autre clé que celle de l&apos;organisateur dans campaign.toml</translation>
    </message>
    <message>
        <source>the signature does not match: MANIFEST was changed after signing</source>
        <translation>la signature ne correspond pas : MANIFEST a été modifié après la signature</translation>
    </message>
    <message>
        <source>the signature&apos;s trusted comment was changed after signing</source>
        <translation>le commentaire de confiance de la signature a été modifié après la signature</translation>
    </message>
    <message>
        <source>MANIFEST is there but MANIFEST.minisig is missing</source>
        <translation>MANIFEST est présent mais MANIFEST.minisig manque</translation>
    </message>
    <message>
        <source>MANIFEST.minisig is there but MANIFEST is missing</source>
        <translation>MANIFEST.minisig est présent mais MANIFEST manque</translation>
    </message>
    <message>
        <source>the campaign is signed but campaign.toml names no organiser key ([organiser] key)</source>
        <translation>la campagne est signée mais campaign.toml ne donne pas de clé d&apos;organisateur ([organiser] key)</translation>
    </message>
    <message>
        <source>a signed campaign needs a version in campaign.toml</source>
        <translation>une campagne signée a besoin d&apos;une version dans campaign.toml</translation>
    </message>
    <message>
        <source>line {line} is not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;</source>
        <translation>la ligne {line} n&apos;est pas de la forme « &lt;sha256&gt;  &lt;chemin&gt; »</translation>
    </message>
    <message>
        <source>lists an unsafe path: {name}</source>
        <translation>mentionne un chemin dangereux : {name}</translation>
    </message>
    <message>
        <source>is not sorted by path (as LC_ALL=C sort): {name}</source>
        <translation>n&apos;est pas trié par chemin (comme LC_ALL=C sort) : {name}</translation>
    </message>
    <message>
        <source>lists {name} twice</source>
        <translation>mentionne {name} deux fois</translation>
    </message>
    <message>
        <source>lists {name}, which is not in the campaign</source>
        <translation>mentionne {name}, qui n&apos;est pas dans la campagne</translation>
    </message>
    <message>
        <source>{name} was changed after signing</source>
        <translation>{name} a été modifié après la signature</translation>
    </message>
    <message>
        <source>does not list {name}, which the campaign holds</source>
        <translation>ne mentionne pas {name}, que la campagne contient</translation>
    </message>
    <message>
        <source>the signature says {signed}, but campaign.toml says {actual}</source>
        <translation>la signature indique {signed}, mais campaign.toml indique {actual}</translation>
    </message>
    <message>
        <source>this secret key is not the organiser&apos;s key in campaign.toml</source>
        <translation>cette clé secrète n&apos;est pas la clé de l&apos;organisateur dans campaign.toml</translation>
    </message>
    <message>
        <source>{value} already exists; it is not overwritten</source>
        <translation>{value} existe déjà ; il n&apos;est pas écrasé</translation>
    </message>
    <message>
        <source>first line must be &apos;Subject: ...&apos; followed by a blank line</source>
        <translation>la première ligne doit être «&#xa0;Subject: ...&#xa0;» suivie d&apos;une ligne vide</translation>
    </message>
    <message>
        <source>template error: {detail}</source>
        <translation>erreur dans le modèle&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>template uses something that does not exist: {detail}</source>
        <translation>le modèle utilise quelque chose qui n&apos;existe pas&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>template does something a campaign may not do: {detail}</source>
        <translation>le modèle fait quelque chose d&apos;interdit à une campagne&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>template failed: {detail}</source>
        <translation>échec du modèle&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>template is too complex: more than {limit} tags, names and signs</source>
        <translation>modèle trop complexe&#xa0;: plus de {limit} balises, noms et signes</translation>
    </message>
    <message>
        <source>template takes too long to fill in (more than two seconds); it probably loops without end</source>
        <translation>le modèle met trop de temps à se remplir (plus de deux secondes)&#xa0;; il tourne probablement en boucle sans fin</translation>
    </message>
    <message>
        <source>the appeal text is empty</source>
        <translation>le texte de l&apos;appel est vide</translation>
    </message>
    <message>
        <source>&apos;]]&apos; ends a group of alternative wordings, but no group was opened with &apos;[[&apos; before it</source>
        <translation>«&#xa0;]]&#xa0;» termine un groupe de formulations alternatives, mais aucun groupe n&apos;a été ouvert avant par «&#xa0;[[&#xa0;»</translation>
    </message>
    <message>
        <source>the group of alternative wordings opened here with &apos;[[&apos; is never closed with &apos;]]&apos;</source>
        <translation>le groupe de formulations alternatives ouvert ici par «&#xa0;[[&#xa0;» n&apos;est jamais fermé par «&#xa0;]]&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;[[&apos; opens a group of wordings inside another group; close the first group with &apos;]]&apos; before opening the next</source>
        <translation>«&#xa0;[[&#xa0;» ouvre un groupe de formulations à l&apos;intérieur d&apos;un autre groupe&#xa0;; fermez le premier groupe par «&#xa0;]]&#xa0;» avant d&apos;ouvrir le suivant</translation>
    </message>
    <message>
        <source>this group of alternative wordings has only one wording: give at least two wordings separated by |</source>
        <translation>ce groupe de formulations alternatives n&apos;a qu&apos;une seule formulation&#xa0;: donnez-en au moins deux, séparées par |</translation>
    </message>
    <message>
        <source>more than {limit} groups of alternative wordings</source>
        <translation>plus de {limit} groupes de formulations alternatives</translation>
    </message>
    <message>
        <source>a group of alternative wordings has more than {limit} wordings</source>
        <translation>un groupe de formulations alternatives contient plus de {limit} formulations</translation>
    </message>
    <message>
        <source>a block tag here (if, for, else, endif, ...) reaches across the edge of a wording; each wording must hold whole blocks, from if to endif</source>
        <translation>une balise de bloc placée ici (if, for, else, endif, ...) dépasse les limites d&apos;une formulation&#xa0;; chaque formulation doit contenir des blocs entiers, de if à endif</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is required</source>
        <translation>le champ «&#xa0;{label}&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <source>the campaign has no field &apos;{key}&apos;</source>
        <translation>la campagne n&apos;a pas de champ «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; must be on one line</source>
        <translation>le champ «&#xa0;{label}&#xa0;» doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is longer than {limit} characters</source>
        <translation>le champ «&#xa0;{label}&#xa0;» dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the campaign has no letter in &apos;{lang}&apos;</source>
        <translation>la campagne n&apos;a pas de lettre en «&#xa0;{lang}&#xa0;»</translation>
    </message>
    <message>
        <source>the campaign has no recipient {value}</source>
        <translation>la campagne n&apos;a pas de destinataire {value}</translation>
    </message>
    <message>
        <source>no campaign &apos;{value}&apos; (see the campaigns command)</source>
        <translation>aucune campagne «&#xa0;{value}&#xa0;» (voir la commande campaigns)</translation>
    </message>
    <message>
        <source>the {header} must be on one line</source>
        <translation>le champ «&#xa0;{header}&#xa0;» doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a usable e-mail address</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse e-mail utilisable</translation>
    </message>
    <message>
        <source>the mail server failed: {detail}</source>
        <translation>erreur du serveur de messagerie&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>cannot reach the mail server ({detail}): check your internet connection and the server&apos;s name and port</source>
        <translation>impossible de joindre le serveur de messagerie ({detail})&#xa0;: vérifiez votre connexion Internet ainsi que le nom et le port du serveur</translation>
    </message>
    <message>
        <source>the mail server did not answer in time ({detail}): try again later</source>
        <translation>le serveur de messagerie n&apos;a pas répondu à temps ({detail})&#xa0;: réessayez plus tard</translation>
    </message>
    <message>
        <source>the mail server&apos;s certificate cannot be trusted ({detail}); your password was not sent. Check the server name, or give the server&apos;s certificate file</source>
        <translation>le certificat du serveur de messagerie n&apos;est pas digne de confiance ({detail})&#xa0;; votre mot de passe n&apos;a pas été envoyé. Vérifiez le nom du serveur ou indiquez le fichier de certificat du serveur</translation>
    </message>
    <message>
        <source>the secure connection to the mail server failed ({detail}); your password was not sent. Check the port and security setting</source>
        <translation>la connexion sécurisée au serveur de messagerie a échoué ({detail})&#xa0;; votre mot de passe n&apos;a pas été envoyé. Vérifiez le port et le réglage de sécurité</translation>
    </message>
    <message>
        <source>the mail server does not offer encryption (STARTTLS), so your password was not sent: choose implicit TLS (usually port 465)</source>
        <translation>le serveur de messagerie ne propose pas le chiffrement (STARTTLS), votre mot de passe n&apos;a donc pas été envoyé&#xa0;: choisissez TLS implicite (généralement port 465)</translation>
    </message>
    <message>
        <source>the mail server offers no password log-in over this connection (it offers: {detail}); check the port and security setting</source>
        <translation>le serveur de messagerie ne propose pas de connexion par mot de passe sur cette liaison (il propose&#xa0;: {detail})&#xa0;; vérifiez le port et le réglage de sécurité</translation>
    </message>
    <message>
        <source>the mail server refused your user name or password ({detail}): check them; some providers need an app password</source>
        <translation>le serveur de messagerie a refusé votre nom d&apos;utilisateur ou votre mot de passe ({detail})&#xa0;: vérifiez-les&#xa0;; certains fournisseurs exigent un mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>{provider} accepts only its own sign-in (OAuth2) for sending: sign in with it (account set --oauth) where an organisation has set that up for this app, or copy the letter into your mail app, or use another mail account</source>
        <translation>{provider} n’accepte que sa propre méthode de connexion (OAuth2) pour l’envoi&#xa0;: connectez-vous avec elle (account set --oauth) là où une organisation l’a configurée pour cette application, ou copiez la lettre dans votre logiciel de messagerie, ou utilisez un autre compte de messagerie</translation>
    </message>
    <message>
        <source>the mail server refused a fresh sign-in ({detail}): sending by SMTP may be turned off for this account, or your organisation must approve the app first. Ask your administrator, or deliver the letter another way</source>
        <translation>le serveur de messagerie a refusé une connexion toute récente ({detail})&#xa0;: l’envoi par SMTP est peut-être désactivé pour ce compte, ou votre organisation doit d’abord approuver l’application. Demandez à votre administrateur, ou remettez la lettre autrement</translation>
    </message>
    <message>
        <source>the proxy {proxy} does not answer ({detail}); nothing was sent, not even directly: start the proxy, or change the network settings</source>
        <translation>le proxy {proxy} ne répond pas ({detail})&#xa0;; rien n&apos;a été envoyé, pas même directement&#xa0;: lancez le proxy, ou changez les réglages réseau</translation>
    </message>
    <message>
        <source>Tor is not running on this computer ({detail}); nothing was sent, not even directly: start Tor or Tor Browser, then try again</source>
        <translation>Tor ne fonctionne pas sur cet ordinateur ({detail})&#xa0;; rien n&apos;a été envoyé, pas même directement&#xa0;: lancez Tor ou Tor Browser, puis réessayez</translation>
    </message>
    <message>
        <source>the proxy {proxy} could not reach the mail server ({detail}): try again later; some providers refuse connections that come through Tor</source>
        <translation>le proxy {proxy} n&apos;a pas pu joindre le serveur de messagerie ({detail})&#xa0;: réessayez plus tard&#xa0;; certains fournisseurs refusent les connexions qui passent par Tor</translation>
    </message>
    <message>
        <source>the mail server closed the connection ({detail}): try again later</source>
        <translation>le serveur de messagerie a fermé la connexion ({detail})&#xa0;: réessayez plus tard</translation>
    </message>
    <message>
        <source>the connection broke after the letter was handed over, so it may have been delivered; it will not be sent again unless you choose to</source>
        <translation>la connexion a été coupée après la remise de la lettre, elle a donc peut-être été distribuée&#xa0;; elle ne sera renvoyée que si vous le décidez</translation>
    </message>
    <message>
        <source>the mail server refused {who}: {code} {detail}</source>
        <translation>le serveur de messagerie a refusé {who}&#xa0;: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server did not accept it: {code} {detail}</source>
        <translation>le serveur de messagerie ne l&apos;a pas accepté : {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server does not take addresses with letters beyond ASCII, like {who} (it does not offer SMTPUTF8), so this letter was not sent: send it from another mail account, or deliver it another way</source>
        <translation>le serveur de messagerie n&apos;accepte pas les adresses contenant des lettres hors ASCII, comme {who} (il ne propose pas SMTPUTF8), cette lettre n&apos;a donc pas été envoyée&#xa0;: envoyez-la depuis un autre compte de messagerie, ou faites-la parvenir autrement</translation>
    </message>
    <message>
        <source>no mail account is set up yet (letter-composer-cli account set ...)</source>
        <translation>aucun compte de messagerie n&apos;est encore configuré (letter-composer-cli account set ...)</translation>
    </message>
    <message>
        <source>the provider table does not know {domain}: give the server (--host, --port, --security)</source>
        <translation>la table des fournisseurs ne connaît pas {domain}&#xa0;: indiquez le serveur (--host, --port, --security)</translation>
    </message>
    <message>
        <source>this computer has no secure password store ({backend}); the password was not saved. Choose to be asked for it each time</source>
        <translation>cet ordinateur ne dispose pas d&apos;un stockage sécurisé des mots de passe ({backend})&#xa0;; le mot de passe n&apos;a pas été enregistré. Choisissez qu&apos;il vous soit demandé à chaque fois</translation>
    </message>
    <message>
        <source>the password store failed: {detail}</source>
        <translation>échec du stockage des mots de passe&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>no password is stored for {username}: give it (--password-stdin)</source>
        <translation>aucun mot de passe n&apos;est enregistré pour {username}&#xa0;: indiquez-le (--password-stdin)</translation>
    </message>
    <message>
        <source>the account settings are not valid: {detail}</source>
        <translation>les paramètres du compte ne sont pas valides&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>the sign-in settings are not valid: {detail}</source>
        <translation>les réglages de connexion ne sont pas valides&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>signing in with {provider} is not set up in this copy of the app (an organisation must register it with {provider} first): send with a password or an app password, from your mail app or webmail, or by post</source>
        <translation>la connexion avec {provider} n’est pas configurée dans cet exemplaire de l’application (une organisation doit d’abord l’enregistrer auprès de {provider})&#xa0;: envoyez avec un mot de passe ou un mot de passe d’application, depuis votre logiciel de messagerie ou votre webmail, ou par la poste</translation>
    </message>
    <message>
        <source>no sign-in is known for {domain}: use a password, or deliver the letter another way</source>
        <translation>aucune connexion n’est connue pour {domain}&#xa0;: utilisez un mot de passe, ou remettez la lettre autrement</translation>
    </message>
    <message>
        <source>the sign-in in the browser did not finish within {minutes} minutes (was the page closed?): try again</source>
        <translation>la connexion dans le navigateur ne s’est pas terminée en {minutes}&#xa0;minutes (la page a-t-elle été fermée&#xa0;?)&#xa0;: réessayez</translation>
    </message>
    <message>
        <source>the sign-in with {provider} was cancelled</source>
        <translation>la connexion avec {provider} a été annulée</translation>
    </message>
    <message>
        <source>{provider} did not allow the sign-in ({detail}): try again, and accept the request on {provider}&apos;s page</source>
        <translation>{provider} n’a pas autorisé la connexion ({detail})&#xa0;: réessayez, et acceptez la demande sur la page de {provider}</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the saved sign-in ({detail}): sign in again</source>
        <translation>{provider} n’accepte plus la connexion enregistrée ({detail})&#xa0;: connectez-vous à nouveau</translation>
    </message>
    <message>
        <source>{provider} refused the sign-in ({detail})</source>
        <translation>{provider} a refusé la connexion ({detail})</translation>
    </message>
    <message>
        <source>cannot reach {provider} to sign in ({detail}): check your internet connection</source>
        <translation>impossible de joindre {provider} pour se connecter ({detail})&#xa0;: vérifiez votre connexion à Internet</translation>
    </message>
    <message>
        <source>cannot reach {provider} through the proxy {proxy} to sign in ({detail}); nothing was sent, not even directly: start the proxy or Tor, or change the network settings</source>
        <translation>impossible de joindre {provider} par le proxy {proxy} pour se connecter ({detail})&#xa0;; rien n&apos;a été envoyé, pas même directement&#xa0;: démarrez le proxy ou Tor, ou modifiez les réglages réseau</translation>
    </message>
    <message>
        <source>the answer in the browser did not come from {provider} but from {detail}; nothing was saved: try again</source>
        <translation>la réponse reçue dans le navigateur ne venait pas de {provider} mais de {detail}&#xa0;; rien n’a été enregistré&#xa0;: réessayez</translation>
    </message>
    <message>
        <source>{username} is not signed in with {provider}: sign in again</source>
        <translation>{username} n’est pas connecté avec {provider}&#xa0;: connectez-vous à nouveau</translation>
    </message>
    <message>
        <source>the outbox has no letter {value} (see: outbox list)</source>
        <translation>la boîte d&apos;envoi ne contient pas de lettre {value} (voir&#xa0;: outbox list)</translation>
    </message>
    <message>
        <source>letter {value} is being sent right now; try again in a moment</source>
        <translation>la lettre {value} est en cours d&apos;envoi&#xa0;; réessayez dans un instant</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send your letter</source>
        <translation>Envoyer votre lettre</translation>
    </message>
    <message>
        <source>Send this letter?</source>
        <translation>Envoyer cette lettre&#xa0;?</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <translation>De&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>To (one message each):</source>
        <translation>À (un message distinct pour chaque destinataire)&#xa0;:</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Déjà en attente dans la boîte d&apos;envoi, pas ajoutée une seconde fois&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Send a copy to the campaign&apos;s organiser (%1 &lt;%2&gt;)</source>
        <translation>Envoyer une copie à l&apos;organisation de la campagne (%1 &lt;%2&gt;)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Looking for your password in the keyring…</source>
        <translation>Recherche de votre mot de passe dans le trousseau de clés…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>You sign in with %1 each time you send: sign in to send these letters.</source>
        <translation>Vous vous connectez avec %1 à chaque envoi&#xa0;: connectez-vous pour envoyer ces lettres.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Letters, one per recipient</source>
        <translation>Lettres, une par destinataire</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Veuillez saisir votre mot de passe.</translation>
    </message>
    <message>
        <source>Stopping after the letter being sent now…</source>
        <translation>Arrêt après la lettre en cours d&apos;envoi…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>not sent (cancelled); it waits in the outbox</source>
        <translation>non envoyée (envoi annulé)&#xa0;; elle attend dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>waiting in the outbox, will be retried: %1</source>
        <translation>en attente dans la boîte d&apos;envoi, nouvelle tentative prévue&#xa0;: %1</translation>
    </message>
    <message>
        <source>waiting in the outbox until the mail account is fixed: %1</source>
        <translation>en attente dans la boîte d&apos;envoi jusqu&apos;à ce que le compte de messagerie soit corrigé&#xa0;: %1</translation>
    </message>
    <message>
        <source>may have been delivered: %1</source>
        <translation>peut-être déjà remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done: every letter was sent (%1).</source>
        <translation>Terminé&#xa0;: toutes les lettres ont été envoyées (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent. See below what happened to the others; those that can still go wait in the outbox (View › Outbox).</source>
        <translation>Lettres envoyées&#xa0;: %1 sur %2. Voyez ci-dessous ce qu&apos;il est advenu des autres&#xa0;; celles qui peuvent encore partir attendent dans la boîte d&apos;envoi (Affichage › Boîte d&apos;envoi).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Échec de l&apos;envoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SendOnce</name>
    <message>
        <source>from your mail app</source>
        <translation>depuis votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>depuis un webmail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>par la poste</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>par fax</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>par un autre moyen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You sent this letter to %1 on %2. Send it again?</source>
        <translation>Vous avez envoyé cette lettre à %1 le %2. L&apos;envoyer à nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>You already sent this letter to:</source>
        <translation>Vous avez déjà envoyé cette lettre à&#xa0;:</translation>
    </message>
    <message>
        <source>Send it to them again?</source>
        <translation>La leur envoyer à nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>If you answer No, it goes only to %1.</source>
        <translation>Si vous répondez Non, elle ne part qu&apos;à %1.</translation>
    </message>
    <message>
        <source>If you answer No, nothing is sent.</source>
        <translation>Si vous répondez Non, rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Déjà envoyée</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Déjà en attente dans la boîte d&apos;envoi, pas ajoutée une seconde fois&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Already waiting</source>
        <translation>Déjà en attente</translation>
    </message>
    <message>
        <source>The outbox shows how each one stands; nothing was added.</source>
        <translation>La boîte d&apos;envoi montre où en est chacune&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Open &amp;Outbox</source>
        <translation>Ouvrir la &amp;boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>SignInControl</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>Your browser opens %1&apos;s page: sign in there, then come back here. Waiting…</source>
        <translation>Votre navigateur ouvre la page de %1&#xa0;: connectez-vous là-bas, puis revenez ici. En attente…</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Connecté avec %1.</translation>
    </message>
</context>
<context>
    <name>TrustControl</name>
    <message>
        <source>The campaign is closed.</source>
        <translation>La campagne est close.</translation>
    </message>
    <message>
        <source>This campaign is not safe to use</source>
        <translation>Cette campagne n&apos;est pas sûre</translation>
    </message>
    <message>
        <source>The keys you trusted for campaigns cannot be read.</source>
        <translation>Les clés que vous avez approuvées pour les campagnes ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>No signed campaign can be checked until the file is repaired.</source>
        <translation>Aucune campagne signée ne peut être vérifiée tant que le fichier n&apos;est pas réparé.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key was not trusted</source>
        <translation>La clé n&apos;a pas été approuvée</translation>
    </message>
    <message>
        <source>The key is trusted: this campaign&apos;s updates are checked against it.</source>
        <translation>La clé est approuvée&#xa0;: les mises à jour de cette campagne seront vérifiées avec elle.</translation>
    </message>
    <message>
        <source>What changed in version %1</source>
        <translation>Ce qui a changé dans la version %1</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust this campaign&apos;s key?</source>
        <translation>Faire confiance à la clé de cette campagne&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” says it comes from &lt;b&gt;%2&lt;/b&gt;. It is signed with this key:</source>
        <translation>«&#xa0;%1&#xa0;» dit venir de &lt;b&gt;%2&lt;/b&gt;. Elle est signée avec cette clé&#xa0;:</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(aucun nom indiqué)</translation>
    </message>
    <message>
        <source>The campaign&apos;s key</source>
        <translation>La clé de la campagne</translation>
    </message>
    <message>
        <source>Compare it with the key the organiser publishes themselves: on their website, their social media, or as a QR code on a leaflet. Find that place on your own, not through this campaign: a forged campaign can point to a forged page. Once trusted, this campaign&apos;s updates are checked against this key, and a campaign with another key under its name is refused.</source>
        <translation>Comparez-la avec la clé que l&apos;organisateur publie lui-même&#xa0;: sur son site web, ses réseaux sociaux, ou en code QR sur un tract. Trouvez cet endroit par vous-même, pas via cette campagne&#xa0;: une fausse campagne peut renvoyer vers une fausse page. Une fois la clé approuvée, les mises à jour de cette campagne sont vérifiées avec elle, et une campagne portant son nom avec une autre clé est refusée.</translation>
    </message>
    <message>
        <source>&amp;Published key (optional, to compare):</source>
        <translation>Clé &amp;publiée (facultatif, pour comparer)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trust This Campaign</source>
        <translation>&amp;Faire confiance à cette campagne</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>✗ This is not a whole minisign key (it starts with RW).</source>
        <translation>✗ Ce n&apos;est pas une clé minisign complète (elle commence par RW).</translation>
    </message>
    <message>
        <source>✓ The same key: the campaign is signed by it.</source>
        <translation>✓ La même clé&#xa0;: la campagne est signée avec elle.</translation>
    </message>
    <message>
        <source>✗ Not the same key. Do not trust this campaign: it may be a forgery.</source>
        <translation>✗ Pas la même clé. Ne faites pas confiance à cette campagne&#xa0;: c&apos;est peut-être une contrefaçon.</translation>
    </message>
</context>
<context>
    <name>TrustWords</name>
    <message>
        <source>recipients added: %1</source>
        <translation>destinataires ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>recipients removed: %1</source>
        <translation>destinataires retirés&#xa0;: %1</translation>
    </message>
    <message>
        <source>addresses changed: %1</source>
        <translation>adresses modifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the appeal changed</source>
        <translation>l&apos;appel a changé</translation>
    </message>
    <message>
        <source>the letter changed</source>
        <translation>la lettre a changé</translation>
    </message>
    <message>
        <source>the campaign is now closed</source>
        <translation>la campagne est maintenant close</translation>
    </message>
    <message>
        <source>the campaign is open again</source>
        <translation>la campagne est rouverte</translation>
    </message>
    <message>
        <source>nothing you would see changed</source>
        <translation>rien de visible n&apos;a changé</translation>
    </message>
    <message>
        <source>Recipient added: %1 &lt;%2&gt;</source>
        <translation>Destinataire ajouté&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Recipient removed: %1 &lt;%2&gt;</source>
        <translation>Destinataire retiré&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Address changed: %1, was %2, now %3</source>
        <translation>Adresse modifiée&#xa0;: %1, avant %2, maintenant %3</translation>
    </message>
    <message>
        <source>The appeal changed (%1).</source>
        <translation>L&apos;appel a changé (%1).</translation>
    </message>
    <message>
        <source>The letter changed (%1).</source>
        <translation>La lettre a changé (%1).</translation>
    </message>
    <message>
        <source>The campaign is now closed.</source>
        <translation>La campagne est maintenant close.</translation>
    </message>
    <message>
        <source>The campaign is open again.</source>
        <translation>La campagne est rouverte.</translation>
    </message>
    <message>
        <source>“%1” has been changed since it was signed, or its signature is damaged.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée depuis sa signature, ou sa signature est endommagée.</translation>
    </message>
    <message>
        <source>Its recipients or its letter may not be what the organiser wrote. Do not use it; ask the organiser for the campaign again.</source>
        <translation>Ses destinataires ou sa lettre ne sont peut-être pas ceux qu&apos;a écrits l&apos;organisateur. Ne l&apos;utilisez pas&#xa0;; redemandez la campagne à l&apos;organisateur.</translation>
    </message>
    <message>
        <source>“%1” is version %2 of a campaign you already have in version %3.</source>
        <translation>«&#xa0;%1&#xa0;» est la version %2 d&apos;une campagne que vous avez déjà en version %3.</translation>
    </message>
    <message>
        <source>An older version may send letters to addresses no longer in use, or be a forgery made from one. It is not used; the newer version is.</source>
        <translation>Une version plus ancienne peut envoyer des lettres à des adresses qui ne sont plus utilisées, ou être une contrefaçon fabriquée à partir d&apos;elle. Elle n&apos;est pas utilisée&#xa0;; la version plus récente l&apos;est.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign that comes with Letter Composer.</source>
        <translation>«&#xa0;%1&#xa0;» prétend être une campagne fournie avec Letter Composer.</translation>
    </message>
    <message>
        <source>It may be a forgery. Use the campaign in the app itself.</source>
        <translation>C&apos;est peut-être une contrefaçon. Utilisez la campagne incluse dans l&apos;application.</translation>
    </message>
    <message>
        <source>“%1” is not signed, but the campaign it claims to be was signed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas signée, alors que la campagne qu&apos;elle prétend être l&apos;était.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign you trusted, but it is signed with another key.</source>
        <translation>«&#xa0;%1&#xa0;» prétend être une campagne à laquelle vous faites confiance, mais elle est signée avec une autre clé.</translation>
    </message>
    <message>
        <source>It may be a forgery. Do not use it unless the organiser has told you, in a way you trust, that they changed their key.</source>
        <translation>C&apos;est peut-être une contrefaçon. Ne l&apos;utilisez pas, sauf si l&apos;organisateur vous a dit, par un moyen auquel vous faites confiance, qu&apos;il a changé de clé.</translation>
    </message>
</context>
</TS>
