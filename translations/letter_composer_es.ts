<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>Cuenta de correo</translation>
    </message>
    <message>
        <source>Letters are sent from your own address, through your own provider, so they arrive as real letters from a real person. Nothing is sent anywhere else.</source>
        <translation>Las cartas se envían desde su propia dirección, a través de su propio proveedor, para que lleguen como cartas reales de una persona real. No se envía nada a ningún otro sitio.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Your name as recipients will see it</source>
        <translation>Su nombre tal como lo verán los destinatarios</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Ask me for it each time I send (kept in memory only)</source>
        <translation>Pedírmela en cada envío (solo se guarda en memoria)</translation>
    </message>
    <message>
        <source>Implicit TLS (usually port 465)</source>
        <translation>TLS implícito (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>Only for a self-hosted server</source>
        <translation>Solo para un servidor autoalojado</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>R&amp;ed:</translation>
    </message>
    <message>
        <source>Outgoing server settings</source>
        <translation>Configuración del servidor saliente</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Segu&amp;ridad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring (%1)</source>
        <translation>Recordarla en el llavero de este equipo (%1)</translation>
    </message>
    <message>
        <source>Remember it (not possible on this computer)</source>
        <translation>Recordarla (no es posible en este equipo)</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so your password will not be saved: it would end up in a plain file. You will be asked for it when you send.</source>
        <translation>Este equipo no tiene un almacén seguro de contraseñas, así que su contraseña no se guardará: acabaría en un archivo sin protección. Se le pedirá al enviar.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>%1: sign in on %1&apos;s own page, in your browser. This app never sees your %1 password.</source>
        <translation>%1: inicie sesión en la propia página de %1, en su navegador. Esta aplicación nunca ve su contraseña de %1.</translation>
    </message>
    <message>
        <source>Signs in with %1.</source>
        <translation>Inicia sesión con %1.</translation>
    </message>
    <message>
        <source>Your provider is not in the built-in list: please fill in the outgoing server (your provider&apos;s help pages give it).</source>
        <translation>Su proveedor no está en la lista incorporada: indique el servidor saliente (lo encontrará en las páginas de ayuda de su proveedor).</translation>
    </message>
    <message>
        <source>%1: use an app password, not your usual password. Create one in your account&apos;s security settings (it needs two-step verification), then paste it below.</source>
        <translation>%1: use una contraseña de aplicación, no su contraseña habitual. Cree una en la configuración de seguridad de su cuenta (requiere la verificación en dos pasos) y péguela abajo.</translation>
    </message>
    <message>
        <source>%1: settings filled in for you.</source>
        <translation>%1: configuración rellenada automáticamente.</translation>
    </message>
    <message>
        <source>Not needed: signs in with %1</source>
        <translation>No hace falta: inicia sesión con %1</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Please sign in with %1 first.</source>
        <translation>Inicie sesión primero con %1.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>T&amp;rusted certificate:</source>
        <translation>Certificado de con&amp;fianza:</translation>
    </message>
    <message>
        <source>%1 accepts only its own sign-in (OAuth2) for sending from other apps, and that sign-in is not set up in this copy of the app (an organisation must register it first). You can still take part: copy the letter into your mail app and send it from there, or set up another mail account here.</source>
        <translation>%1 solo acepta su propio inicio de sesión (OAuth2) para enviar desde otras aplicaciones, y ese inicio de sesión no está configurado en este ejemplar de la aplicación (una organización debe registrarla antes). Aun así puede participar: copie la carta en su programa de correo y envíela desde allí, o configure aquí otra cuenta de correo.</translation>
    </message>
    <message>
        <source>It works: logged in to %1.</source>
        <translation>Funciona: se ha iniciado sesión en %1.</translation>
    </message>
</context>
<context>
    <name>AppealPane</name>
    <message>
        <source>A&amp;ppeal in:</source>
        <translation>Idioma del &amp;llamamiento:</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Mostrar el original</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Llamamiento</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation>%1 (traducción provisional)</translation>
    </message>
    <message>
        <source>Draft translation: the original (%1) is authoritative.</source>
        <translation>Traducción provisional: el texto que prevalece es el original (%1).</translation>
    </message>
</context>
<context>
    <name>CampaignBanner</name>
    <message>
        <source>Please send no more letters. Letters for it still waiting in the outbox are held, not sent.</source>
        <translation>Por favor, no envíe más cartas. Las cartas para ella que aún esperan en la bandeja de salida se retienen, no se envían.</translation>
    </message>
    <message>
        <source>This campaign is closed</source>
        <translation>Esta campaña está cerrada</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Not signed: anyone could have made or changed this campaign</source>
        <translation>Sin firmar: cualquiera podría haber creado o modificado esta campaña</translation>
    </message>
    <message>
        <source>Before you send, check that the addresses under “Send to” are the real ones, for example on the recipients&apos; own website.</source>
        <translation>Antes de enviar, compruebe que las direcciones de «Enviar a» son las auténticas, por ejemplo en la propia web de los destinatarios.</translation>
    </message>
    <message>
        <source>Signed, but not yet trusted</source>
        <translation>Firmada, pero aún sin confianza</translation>
    </message>
    <message>
        <source>It says it comes from “%1”. Check its key against the one the organiser publishes before you trust it.</source>
        <translation>Dice venir de «%1». Compare su clave con la que publica el organizador antes de confiar en ella.</translation>
    </message>
    <message>
        <source>&amp;Check the Key…</source>
        <translation>&amp;Comprobar la clave…</translation>
    </message>
    <message>
        <source>Updated by the organiser you trusted</source>
        <translation>Actualizada por el organizador en quien confía</translation>
    </message>
    <message>
        <source>Version %1, signed by “%2”: %3.</source>
        <translation>Versión %1, firmada por «%2»: %3.</translation>
    </message>
    <message>
        <source>What &amp;Changed…</source>
        <translation>Qué ha &amp;cambiado…</translation>
    </message>
    <message>
        <source>Signed by the organiser you trusted</source>
        <translation>Firmada por el organizador en quien confía</translation>
    </message>
    <message>
        <source>Signed by “%1” with the key you trusted for this campaign (version %2).</source>
        <translation>Firmada por «%1» con la clave en la que confía para esta campaña (versión %2).</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Open in Your Mail App</source>
        <translation>Abrir en su aplicación de correo</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in your mail app with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Para cada destinatario se abre un mensaje aparte en su aplicación de correo, con la dirección, el asunto y la carta ya rellenados. Revíselo y envíelo desde allí.</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Abrir en %1</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened with the address and subject filled in. The letter is too long to go in with them: it is put on the clipboard each time, for you to paste into the message (%1). Check it and send it from there.</source>
        <translation>Para cada destinatario se abre un mensaje aparte, con la dirección y el asunto ya rellenados. La carta es demasiado larga para incluirla con ellos: cada vez se copia en el portapapeles, para que la pegue en el mensaje (%1). Revíselo y envíelo desde allí.</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in %1 in your browser (sign in if it asks) with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Para cada destinatario se abre un mensaje aparte en %1, en su navegador (inicie sesión si se lo pide), con la dirección, el asunto y la carta ya rellenados. Revíselo y envíelo desde allí.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>&amp;Marcar como enviada…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your mail app connects the way it is set to, not through the app&apos;s proxy.</source>
        <translation>Su cuenta de correo se conecta a través de un proxy, pero esto no: su aplicación de correo se conecta según su propia configuración, no a través del proxy de la aplicación.</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your browser connects the way it is set to (Tor Browser goes through Tor).</source>
        <translation>Su cuenta de correo se conecta a través de un proxy, pero esto no: su navegador se conecta según su propia configuración (Tor Browser pasa por Tor).</translation>
    </message>
    <message>
        <source>Nothing on this computer opens mail links. Set a default mail app, or use Copy Letter and paste it into a message.</source>
        <translation>En este equipo no hay ninguna aplicación que abra los enlaces de correo. Configure una aplicación de correo predeterminada, o use “Copiar la carta” y péguela en un mensaje.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Use Copy Letter instead.</source>
        <translation>No se pudo abrir el navegador. Use “Copiar la carta” en su lugar.</translation>
    </message>
    <message>
        <source>%1 — opened</source>
        <translation>%1 — abierto</translation>
    </message>
    <message>
        <source>The letter to %1 is too long to go in a link, so it is on the clipboard: click into the message&apos;s text and paste it (%2).</source>
        <translation>La carta para %1 es demasiado larga para caber en un enlace, así que está en el portapapeles: haga clic en el texto del mensaje y péguela (%2).</translation>
    </message>
    <message>
        <source>The message to %1 is open, ready to send.</source>
        <translation>El mensaje para %1 está abierto y listo para enviar.</translation>
    </message>
    <message>
        <source>&amp;Open the Message</source>
        <translation>&amp;Abrir el mensaje</translation>
    </message>
    <message>
        <source>&amp;Open the Next Message</source>
        <translation>&amp;Abrir el siguiente mensaje</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>All Messages &amp;Opened</source>
        <translation>Todos los mensajes a&amp;biertos</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>The letters are on the clipboard.</source>
        <translation>Las cartas están en el portapapeles.</translation>
    </message>
    <message>
        <source>%1 letters are on the clipboard, one after another, each with its recipients and subject: paste them (%2) and send each as a message of its own.</source>
        <translation>En el portapapeles hay %1 cartas, una tras otra, cada una con sus destinatarios y su asunto: péguelas (%2) y envíe cada una como un mensaje aparte.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>La carta está en el portapapeles.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard, with its recipients and subject: paste it (%1) into a message, a web form or a document.</source>
        <translation>La carta está en el portapapeles, con sus destinatarios y su asunto: péguela (%1) en un mensaje, un formulario web o un documento.</translation>
    </message>
    <message>
        <source>Letter copied</source>
        <translation>Carta copiada</translation>
    </message>
    <message>
        <source>The campaign gives no postal address for: %1. Write it on the letter and the envelope yourself, or send these letters another way.</source>
        <translation>La campaña no indica ninguna dirección postal para: %1. Escríbala usted en la carta y en el sobre, o envíe estas cartas por otra vía.</translation>
    </message>
    <message>
        <source>The letters could not be printed</source>
        <translation>No se pudieron imprimir las cartas</translation>
    </message>
    <message>
        <source>The printer could not be used. Try Save as PDF and print the file.</source>
        <translation>No se pudo usar la impresora. Pruebe con “Guardar como PDF” e imprima el archivo.</translation>
    </message>
    <message>
        <source>Letters sent to the printer: %1.</source>
        <translation>Cartas enviadas a la impresora: %1.</translation>
    </message>
    <message>
        <source>Letters printed</source>
        <translation>Cartas impresas</translation>
    </message>
    <message>
        <source>Sign each letter, then post it or fax it.</source>
        <translation>Firme cada carta y después envíela por correo postal o por fax.</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>No se pudo guardar el PDF</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Choose &amp;Another Place…</source>
        <translation>Elegir &amp;otra ubicación…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <source>The letters are in “%1”, one page or more for each recipient: print them, sign them, and post them or fax them.</source>
        <translation>Las cartas están en “%1”, una o más páginas por destinatario: imprímalas, fírmelas y envíelas por correo postal o por fax.</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>no tiene permiso para escribir en esa carpeta</translation>
    </message>
    <message>
        <source>that place cannot be written to (read-only)</source>
        <translation>no se puede escribir en esa ubicación (solo lectura)</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation>esa carpeta no existe</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>Save the Letters as PDF</source>
        <translation>Guardar las cartas como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters marked as sent: %1.</source>
        <translation>Cartas marcadas como enviadas: %1.</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>Se&amp;nd to</source>
        <translation>Env&amp;iar a</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Su carta</translation>
    </message>
    <message>
        <source>As sent t&amp;o:</source>
        <translation>&amp;Tal como se envía a:</translation>
    </message>
    <message>
        <source>Other word&amp;ing</source>
        <translation>Otra &amp;formulación</translation>
    </message>
    <message>
        <source>Use another combination of the alternative wordings the campaign offers, so your letter is not the same as everyone else&apos;s; what it asks for stays the same (Ctrl+Shift+W)</source>
        <translation>Usar otra combinación de las formulaciones alternativas que ofrece la campaña, para que su carta no sea idéntica a la de todos los demás; lo que pide sigue siendo lo mismo (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Reset to template</source>
        <translation>&amp;Reiniciar desde la plantilla</translation>
    </message>
    <message>
        <source>Replace your edits with the campaign&apos;s letter, filled with your details</source>
        <translation>Sustituir sus cambios por la carta de la campaña, completada con sus datos</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>E&amp;nviar…</translation>
    </message>
    <message>
        <source>Send the letter from your mail account (Ctrl+Return)</source>
        <translation>Enviar la carta desde su cuenta de correo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;More Ways</source>
        <translation>Más o&amp;pciones</translation>
    </message>
    <message>
        <source>Open the letter in your mail app or webmail, copy it, print it or save it as a PDF for the post</source>
        <translation>Abrir la carta en su aplicación de correo o en el correo web, copiarla, imprimirla o guardarla como PDF para enviarla por correo postal</translation>
    </message>
    <message>
        <source>&amp;Letter in:</source>
        <translation>Idio&amp;ma de la carta:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Lo que dice</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>The campaign&apos;s recipients read: %1</source>
        <translation>Idioma que leen los destinatarios de la campaña: %1</translation>
    </message>
    <message>
        <source>Switching the language replaces your edited letter with the campaign&apos;s letter in %1.</source>
        <translation>Al cambiar el idioma, la carta que ha modificado se sustituirá por la carta de la campaña en %1.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter, filled with your details.</source>
        <translation>Sus cambios en la carta se sustituirán por la carta de la campaña, completada con sus datos.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter in other wordings, filled with your details.</source>
        <translation>Sus cambios en la carta se sustituirán por la carta de la campaña con otras formulaciones, completada con sus datos.</translation>
    </message>
    <message>
        <source>Replace your edits?</source>
        <translation>¿Sustituir sus cambios?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Letter (%1)</source>
        <translation>Carta (%1)</translation>
    </message>
    <message>
        <source>What it says (%1)</source>
        <translation>Lo que dice (%1)</translation>
    </message>
    <message>
        <source>The campaign has no %1 version of the letter. The appeal on the left says what the letter asks for.</source>
        <translation>La campaña no tiene una versión de la carta en %1. El llamamiento, a la izquierda, dice lo que pide la carta.</translation>
    </message>
    <message>
        <source>Your letter goes out in %1, the language the recipients read. This is the campaign&apos;s %2 version of the same letter with your details, so you know what you sign; it is not sent.</source>
        <translation>Su carta sale en %1, el idioma que leen los destinatarios. Esta es la versión en %2 de la misma carta con sus datos, para que sepa lo que firma; no se envía.</translation>
    </message>
    <message>
        <source>The campaign has no version of this letter in %1. Here is the nearest one it has, in %2, with your details, so you know what you sign; your letter goes out in %3 and this is not sent.</source>
        <translation>La campaña no tiene una versión de esta carta en %1. Esta es la más cercana que tiene, en %2, con sus datos, para que sepa lo que firma; su carta sale en %3 y esta no se envía.</translation>
    </message>
    <message>
        <source>Your own changes to the letter are not shown here.</source>
        <translation>Sus propios cambios en la carta no se muestran aquí.</translation>
    </message>
    <message>
        <source>You have edited the letter. Changes to your details no longer update it; the greeting is adapted for each recipient.</source>
        <translation>Ha modificado la carta. Los cambios en sus datos ya no la actualizan; el saludo se adapta a cada destinatario.</translation>
    </message>
    <message>
        <source>The letter follows your details as you type.</source>
        <translation>La carta se actualiza con sus datos a medida que escribe.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Elija al menos un destinatario.</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Letter Composer %1 is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. Below are its licence and the licences of the software and data it includes.</source>
        <translation>Letter Composer %1 es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía. A continuación figuran su licencia y las licencias del software y los datos que incluye.</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Textos de las licencias</translation>
    </message>
    <message>
        <source>&amp;Licence texts:</source>
        <translation>&amp;Textos de las licencias:</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation (%1).</source>
        <translation>Faltan los textos de las licencias en esta instalación (%1).</translation>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>&amp;Marcar como enviada…</translation>
    </message>
    <message>
        <source>%1 — Letter Composer</source>
        <translation>%1 — Letter Composer</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>Abrir campaña</translation>
    </message>
    <message>
        <source>Campaigns (*.campaign campaign.toml);;All files (*)</source>
        <translation>Campañas (*.campaign campaign.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Campaign Folder</source>
        <translation>Abrir carpeta de campaña</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>This campaign cannot be opened</source>
        <translation>No se puede abrir esta campaña</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a campaign.</source>
        <translation>“%1” no se puede abrir como campaña.</translation>
    </message>
    <message>
        <source>If an organiser sent you this file, please tell them; they can check it with “letter-composer-cli validate”. The campaign you had open stays as it was.</source>
        <translation>Si este archivo se lo envió la organización de una campaña, avísele: puede comprobarlo con “letter-composer-cli validate”. La campaña que tenía abierta sigue igual.</translation>
    </message>
    <message>
        <source>built-in campaign</source>
        <translation>campaña incluida</translation>
    </message>
    <message>
        <source>%1 recipients · %2</source>
        <translation>Destinatarios: %1 · %2</translation>
    </message>
    <message>
        <source>Discard your letter?</source>
        <translation>¿Descartar su carta?</translation>
    </message>
    <message>
        <source>Your letter could not be saved. If you go on, what you typed is lost.</source>
        <translation>No se pudo guardar su carta. Si continúa, se perderá lo que ha escrito.</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>No se pudo guardar su borrador: %1</translation>
    </message>
    <message>
        <source>Mail account saved.</source>
        <translation>Cuenta de correo guardada.</translation>
    </message>
    <message>
        <source>This campaign is closed: it asks for no more letters.</source>
        <translation>Esta campaña está cerrada: ya no pide más cartas.</translation>
    </message>
    <message>
        <source>Please fill in the fields marked *.</source>
        <translation>Rellene los campos marcados con *.</translation>
    </message>
    <message>
        <source>Please choose at least one recipient.</source>
        <translation>Elija al menos un destinatario.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later), with no warranty. Licences shows it and the licences of the software and data the app includes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o cualquier versión posterior (GPL-3.0-or-later), sin ninguna garantía. Licencias muestra esta licencia y las del software y los datos que incluye la aplicación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencias…</translation>
    </message>
    <message>
        <source>The letter cannot be sent</source>
        <translation>No se puede enviar la carta</translation>
    </message>
    <message>
        <source>The letter could not be prepared</source>
        <translation>No se puede preparar la carta</translation>
    </message>
    <message>
        <source>Once the letter has gone, mark it as sent: your sent letters then show what went where.</source>
        <translation>Cuando la carta haya salido, márquela como enviada: así sus cartas enviadas mostrarán qué se envió y a quién.</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent.</source>
        <translation>Cartas enviadas: %1 de %2.</translation>
    </message>
    <message>
        <source>About Letter Composer</source>
        <translation>Acerca de Letter Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Read a campaign&apos;s appeal and write its protest letter in your own words.&lt;/p&gt;&lt;p&gt;No telemetry: the app talks to no server except your own mail server when you send.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Lea el llamamiento de una campaña y escriba la carta de protesta con sus propias palabras.&lt;/p&gt;&lt;p&gt;Sin telemetría: la aplicación no se comunica con ningún servidor, salvo con su propio servidor de correo cuando envía.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as Sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Which letters did you send, and how? They are added to your sent letters (View › Sent Letters), so you know later what went where.</source>
        <translation>¿Qué cartas envió y cómo? Se añaden a sus cartas enviadas (Ver › Cartas enviadas), para que más adelante sepa qué se envió y a quién.</translation>
    </message>
    <message>
        <source>Letters you sent</source>
        <translation>Las cartas que envió</translation>
    </message>
    <message>
        <source>From my mail app</source>
        <translation>Desde mi aplicación de correo</translation>
    </message>
    <message>
        <source>From webmail</source>
        <translation>Desde el correo web</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Por correo postal</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>Por fax</translation>
    </message>
    <message>
        <source>Copied, or another way</source>
        <translation>Copiada, o por otra vía</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Vía:</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>&amp;Marcar como enviada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The letters to %1 are waiting in the outbox; marking them as sent takes them out, so that nothing goes twice.</source>
        <translation>En espera en la bandeja de salida; se quitarán de ella cuando las marque como enviadas, para que nada salga dos veces: cartas para %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>Enví&amp;o</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Open Campaign File…</source>
        <translation>&amp;Abrir archivo de campaña…</translation>
    </message>
    <message>
        <source>Open Campaign &amp;Folder…</source>
        <translation>Abrir &amp;carpeta de campaña…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Campañas &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Send Letter…</source>
        <translation>&amp;Enviar carta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Reset Letter to Template</source>
        <translation>&amp;Reiniciar la carta desde la plantilla</translation>
    </message>
    <message>
        <source>Other &amp;Wording</source>
        <translation>Otra &amp;formulación</translation>
    </message>
    <message>
        <source>Go to Your &amp;Details</source>
        <translation>Ir a sus &amp;datos</translation>
    </message>
    <message>
        <source>Go to the &amp;Letter</source>
        <translation>Ir a la &amp;carta</translation>
    </message>
    <message>
        <source>Open in Mail &amp;App…</source>
        <translation>Abrir en la &amp;aplicación de correo…</translation>
    </message>
    <message>
        <source>Open in &amp;Webmail</source>
        <translation>Abrir en el correo &amp;web</translation>
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
        <translation>&amp;Copiar la carta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>&amp;Marcar como enviada…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <source>&amp;Sent Letters…</source>
        <translation>Cartas &amp;enviadas…</translation>
    </message>
    <message>
        <source>&amp;Mail Account…</source>
        <translation>Cuenta de &amp;correo…</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Red…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Forget This &amp;Campaign&apos;s Letters…</source>
        <translation>&amp;Olvidar las cartas de esta campaña…</translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation>Olvidar &amp;todo…</translation>
    </message>
    <message>
        <source>&amp;About Letter Composer</source>
        <translation>&amp;Acerca de Letter Composer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>through Tor</source>
        <translation>a través de Tor</translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation>a través del proxy %1</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>directamente</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>A proxy hides where you connect from. Your mail provider sees the proxy&apos;s address instead of yours, and your network (at home, at work, your internet provider) sees only that you connect to the proxy, not to your mail provider. Tor is such a proxy, run by volunteers.</source>
        <translation>Un proxy oculta desde dónde se conecta. Su proveedor de correo ve la dirección del proxy en lugar de la suya, y su red (en casa, en el trabajo, su proveedor de internet) solo ve que se conecta al proxy, no a su proveedor de correo. Tor es un proxy así, mantenido por voluntarios.</translation>
    </message>
    <message>
        <source>It does not hide who you are from your mail provider: it knows your account and every letter you send, and the recipients see your address. Some providers refuse or challenge connections that come through Tor.</source>
        <translation>No oculta quién es usted a su proveedor de correo: conoce su cuenta y cada carta que envía, y los destinatarios ven su dirección. Algunos proveedores rechazan las conexiones que llegan a través de Tor o piden una verificación.</translation>
    </message>
    <message>
        <source>With a proxy chosen, the app never connects directly: when the proxy is not running, letters wait in the outbox until it is.</source>
        <translation>Con un proxy elegido, la aplicación nunca se conecta directamente: si el proxy no está en marcha, las cartas esperan en la bandeja de salida hasta que lo esté.</translation>
    </message>
    <message>
        <source>Connect &amp;directly</source>
        <translation>Conectar &amp;directamente</translation>
    </message>
    <message>
        <source>Through &amp;Tor running on this computer (Tor or Tor Browser)</source>
        <translation>A través de &amp;Tor en este equipo (Tor o Tor Browser)</translation>
    </message>
    <message>
        <source>Through a &amp;SOCKS5 proxy:</source>
        <translation>A través de un proxy &amp;SOCKS5:</translation>
    </message>
    <message>
        <source>Proxy address, e.g. 127.0.0.1</source>
        <translation>Dirección del proxy, p. ej. 127.0.0.1</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Dirección del proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Webmail pages and your mail app, opened from Deliver, do not go through this proxy: they connect the way your browser or mail app is set to.</source>
        <translation>Las páginas de correo web y su aplicación de correo, abiertas desde el menú Envío, no pasan por este proxy: se conectan según la configuración de su navegador o de su aplicación de correo.</translation>
    </message>
    <message>
        <source>Please type the proxy&apos;s address.</source>
        <translation>Escriba la dirección del proxy.</translation>
    </message>
    <message>
        <source>Tor is running on this computer (port %1).</source>
        <translation>Tor está en marcha en este equipo (puerto %1).</translation>
    </message>
    <message>
        <source>Tor is not running on this computer (nothing answers on port 9050 or 9150). Start Tor or Tor Browser: until then, letters wait.</source>
        <translation>Tor no está en marcha en este equipo (nada responde en el puerto 9050 ni en el 9150). Inicie Tor o Tor Browser: hasta entonces, las cartas esperan.</translation>
    </message>
    <message>
        <source>The proxy answers.</source>
        <translation>El proxy responde.</translation>
    </message>
    <message>
        <source>Nothing answers at this proxy address: letters wait until it does.</source>
        <translation>Nada responde en esta dirección de proxy: las cartas esperan hasta que responda.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>OutboxControl</name>
    <message>
        <source>Open the out&amp;box</source>
        <translation>Abrir la bande&amp;ja de salida</translation>
    </message>
    <message>
        <source>Fi&amp;x the Mail Account…</source>
        <translation>Corre&amp;gir la cuenta de correo…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Letters from an earlier session are waiting in the outbox: %1. Those that can go are being sent; the others need your decision.</source>
        <translation>Hay cartas de una sesión anterior en espera en la bandeja de salida: %1. Las que pueden salir se están enviando; las demás esperan su decisión.</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Bandeja de salida: %1 en espera</translation>
    </message>
    <message>
        <source>, %1 wait for the mail account</source>
        <translation>, %1 esperan la cuenta de correo</translation>
    </message>
    <message>
        <source>, %1 need you</source>
        <translation>, %1 a la espera de su decisión</translation>
    </message>
    <message>
        <source>, %1 held</source>
        <translation>, %1 retenida(s)</translation>
    </message>
    <message>
        <source>The letters waiting in the outbox have gone.</source>
        <translation>Las cartas que esperaban en la bandeja de salida se han enviado.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting in the outbox (View › Outbox).</source>
        <translation>
            <numerusform>%n carta espera en la bandeja de salida (Ver › Bandeja de salida).</numerusform>
            <numerusform>%n cartas esperan en la bandeja de salida (Ver › Bandeja de salida).</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>The mail account needs attention: %1 %n letter(s) wait until it is fixed; saving a working account sends them.</source>
        <translation>
            <numerusform>La cuenta de correo necesita atención: %1 %n carta espera hasta que se corrija; guardar una cuenta que funcione la envía.</numerusform>
            <numerusform>La cuenta de correo necesita atención: %1 %n cartas esperan hasta que se corrija; guardar una cuenta que funcione las envía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n letter(s) that waited for the mail account…</source>
        <translation>
            <numerusform>Enviando la carta que esperaba la cuenta de correo…</numerusform>
            <numerusform>Enviando las %n cartas que esperaban la cuenta de correo…</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters are being sent; try again when done.</source>
        <translation>Se están enviando cartas; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>Nothing was sent: no mail account is set up.</source>
        <translation>No se envió nada: no hay ninguna cuenta de correo configurada.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>No hay nada esperando para enviarse.</translation>
    </message>
    <message>
        <source>Nothing was sent: no password was given.</source>
        <translation>No se envió nada: no se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>Nothing was sent: sign in with %1 first (Settings › Mail Account).</source>
        <translation>No se envió nada: inicie sesión primero con %1 (Configuración › Cuenta de correo).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>El envío falló: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password for %1 (kept in memory until you quit):</source>
        <translation>Contraseña de %1 (se guarda en memoria hasta que cierre la aplicación):</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox and sent letters</source>
        <translation>Bandeja de salida y cartas enviadas</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>delivery unknown</source>
        <translation>entrega incierta</translation>
    </message>
    <message>
        <source>held: campaign closed</source>
        <translation>retenida: campaña cerrada</translation>
    </message>
    <message>
        <source>the mail account needs attention</source>
        <translation>la cuenta de correo necesita atención</translation>
    </message>
    <message>
        <source>from your mail app</source>
        <translation>desde su aplicación de correo</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>desde el correo web</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>por fax</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>por otra vía</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Letters waiting</source>
        <translation>Cartas en espera</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Cartas enviadas</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>“Delivery unknown”: the connection broke after the letter was handed over, so it may have arrived. Send now only if you are sure it did not (check your sent folder), or it may arrive twice.</source>
        <translation>“Entrega incierta”: la conexión se cortó después de entregar la carta al servidor, así que puede que haya llegado. Use “Enviar ahora” solo si tiene la certeza de que no llegó (compruebe su carpeta de enviados); de lo contrario, podría llegar dos veces.</translation>
    </message>
    <message>
        <source>Fix the &amp;Mail Account…</source>
        <translation>Corregir la cuenta de &amp;correo…</translation>
    </message>
    <message>
        <source>&amp;Forget the sent list</source>
        <translation>&amp;Olvidar la lista de enviadas</translation>
    </message>
    <message>
        <source>Removes the record from this computer; the letters stay sent</source>
        <translation>Borra el registro de este equipo; las cartas siguen enviadas</translation>
    </message>
    <message>
        <source>&amp;Keep a list of the letters I send</source>
        <translation>&amp;Guardar una lista de las cartas que envío</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>The Sent list keeps each letter you send, to whom and when, on this computer. Without it the app keeps only what stops a letter going twice.</source>
        <translation>La lista de enviadas guarda en este equipo cada carta que envía, a quién y cuándo. Sin ella, la aplicación guarda solo lo que evita enviar una carta dos veces.</translation>
    </message>
    <message>
        <source>No Sent list is kept: the app remembers only which address got each campaign&apos;s letter, and when, so that it never sends one twice. The letters&apos; words, subjects and names are not kept.</source>
        <translation>No se guarda una lista de enviadas: la aplicación recuerda solo qué dirección recibió la carta de cada campaña, y cuándo, para no enviarla nunca dos veces. No se guardan el texto, los asuntos ni los nombres de las cartas.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n letter(s)…</source>
        <translation>
            <numerusform>Enviando %n carta…</numerusform>
            <numerusform>Enviando %n cartas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>No hay nada esperando para enviarse.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send now: %1.</source>
        <translation>Enviar ahora: %1.</translation>
    </message>
    <message>
        <source>Fix the mail account, then they are sent.</source>
        <translation>Corrija la cuenta de correo y se enviarán.</translation>
    </message>
    <message>
        <source>Forget the sent list?</source>
        <translation>¿Olvidar la lista de cartas enviadas?</translation>
    </message>
    <message>
        <source>The record of these %1 sent letters is removed from this computer (the letters stay sent). This cannot be undone.</source>
        <translation>El registro de estas cartas enviadas (%1) se borra de este ordenador (las cartas siguen enviadas). No se puede deshacer.</translation>
    </message>
    <message>
        <source>from your account</source>
        <translation>desde su cuenta</translation>
    </message>
    <message>
        <source>Message-ID: %1</source>
        <translation>Message-ID: %1</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>En espera (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Enviadas (%1)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Choose a letter to see why it is waiting.</source>
        <translation>Elija una carta para ver por qué está en espera.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>¿Volver a enviar?</translation>
    </message>
    <message>
        <source>Some of these letters may already have arrived. Send them again?</source>
        <translation>Es posible que algunas de estas cartas ya hayan llegado. ¿Volver a enviarlas?</translation>
    </message>
</context>
<context>
    <name>PrivacyControl</name>
    <message>
        <source>Forget this campaign&apos;s letters?</source>
        <translation>¿Olvidar las cartas de esta campaña?</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>This campaign&apos;s letters are forgotten.</source>
        <translation>Las cartas de esta campaña se han olvidado.</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>¿Olvidarlo todo?</translation>
    </message>
    <message>
        <source>&amp;Forget Everything</source>
        <translation>Olvidar &amp;todo</translation>
    </message>
    <message>
        <source>This removes from this computer, for good:</source>
        <translation>Esto elimina de este equipo, para siempre:</translation>
    </message>
    <message>
        <source>your drafts (%1)</source>
        <translation>sus borradores (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Your draft for “%1” and its %n letter(s) in the Sent list are removed from this computer. The app then no longer knows these letters went, so it will not warn you before sending them again. Letters waiting in the outbox stay there.</source>
        <translation>
            <numerusform>Su borrador para «%1» y su %n carta de la lista de enviadas se eliminan de este equipo. La aplicación ya no sabrá que esa carta salió, así que no le avisará antes de enviarla de nuevo. Las cartas que esperan en la bandeja de salida se quedan allí.</numerusform>
            <numerusform>Su borrador para «%1» y sus %n cartas de la lista de enviadas se eliminan de este equipo. La aplicación ya no sabrá que esas cartas salieron, así que no le avisará antes de enviarlas de nuevo. Las cartas que esperan en la bandeja de salida se quedan allí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Sent list (%n letter(s))</source>
        <translation>
            <numerusform>la lista de enviadas (%n carta)</numerusform>
            <numerusform>la lista de enviadas (%n cartas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still waiting in the outbox: they will NOT be sent</source>
        <translation>
            <numerusform>%n carta que aún espera en la bandeja de salida: NO se enviará</numerusform>
            <numerusform>%n cartas que aún esperan en la bandeja de salida: NO se enviarán</numerusform>
        </translation>
    </message>
    <message>
        <source>the mail account %1 and its stored password</source>
        <translation>la cuenta de correo %1 y su contraseña guardada</translation>
    </message>
    <message>
        <source>the mail account settings</source>
        <translation>la configuración de la cuenta de correo</translation>
    </message>
    <message>
        <source>every password or sign-in the app stored in the keyring</source>
        <translation>toda contraseña o inicio de sesión que la aplicación guardó en el llavero</translation>
    </message>
    <message>
        <source>campaigns you opened (%1) and keys you trusted (%2)</source>
        <translation>las campañas que abrió (%1) y las claves en que confió (%2)</translation>
    </message>
    <message>
        <source>caches, and the window&apos;s size and language</source>
        <translation>las cachés, y el tamaño y el idioma de la ventana</translation>
    </message>
    <message>
        <source>Letters already sent stay with your mail provider and the recipients. The app closes when it is done.</source>
        <translation>Las cartas ya enviadas se quedan en su proveedor de correo y con los destinatarios. Después, la aplicación se cierra.</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Olvidando…</translation>
    </message>
    <message>
        <source>Everything is forgotten</source>
        <translation>Todo se ha olvidado</translation>
    </message>
    <message>
        <source>Nothing of yours is left in the app&apos;s folders or in the keyring. The app closes now.</source>
        <translation>No queda nada suyo en las carpetas de la aplicación ni en el llavero. La aplicación se cierra ahora.</translation>
    </message>
    <message>
        <source>Not everything could be forgotten</source>
        <translation>No se pudo olvidar todo</translation>
    </message>
    <message>
        <source>%1

The app closes; try again after it starts.</source>
        <translation>%1

La aplicación se cierra; inténtelo de nuevo cuando vuelva a iniciarla.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>no campaign at this path</source>
        <translation>no hay ninguna campaña en esta ubicación</translation>
    </message>
    <message>
        <source>the .campaign file is damaged or not a zip archive ({detail})</source>
        <translation>el archivo .campaign está dañado o no es un archivo zip ({detail})</translation>
    </message>
    <message>
        <source>holds more than {limit} files</source>
        <translation>contiene más de {limit} archivos</translation>
    </message>
    <message>
        <source>the archive&apos;s list of files takes more than {limit} bytes; a campaign needs far less</source>
        <translation>la lista de archivos del archivo comprimido ocupa más de {limit} bytes; una campaña necesita mucho menos</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes</source>
        <translation>ocupa más de {limit} bytes</translation>
    </message>
    <message>
        <source>the campaign is larger than {limit} bytes in all</source>
        <translation>la campaña ocupa más de {limit} bytes en total</translation>
    </message>
    <message>
        <source>is compressed more than {limit}:1, which only hostile archives do</source>
        <translation>tiene una compresión superior a {limit}:1, algo que solo hacen los archivos malintencionados</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: {name}</source>
        <translation>nombre de archivo peligroso en el archivo comprimido: {name}</translation>
    </message>
    <message>
        <source>is encrypted; campaign archives must not be</source>
        <translation>está cifrado; los archivos de campaña no deben estarlo</translation>
    </message>
    <message>
        <source>is a link or a special file; campaigns hold plain files only</source>
        <translation>es un enlace o un archivo especial; las campañas solo contienen archivos normales</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>no se puede leer ({detail})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {offset})</source>
        <translation>no es texto UTF-8 (byte {offset})</translation>
    </message>
    <message>
        <source>appears twice in the archive</source>
        <translation>aparece dos veces en el archivo comprimido</translation>
    </message>
    <message>
        <source>differs from &apos;{other}&apos; only in letter case or in how an accent is encoded, which many computers take for the same name; keep only one of them</source>
        <translation>solo se diferencia de “{other}” en mayúsculas y minúsculas o en cómo está codificado un acento, y muchos ordenadores lo toman por el mismo nombre; conserve solo uno de los dos</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>no se encuentra</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>error de sintaxis TOML: {detail}</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>falta la clave obligatoria “{key}”</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {expected}</source>
        <translation>valor esperado para “{key}”: {expected}</translation>
    </message>
    <message>
        <source>format {value} is not supported (this version reads format 1)</source>
        <translation>el formato {value} no es compatible (esta versión lee el formato 1)</translation>
    </message>
    <message>
        <source>id &apos;{value}&apos; must be lowercase letters, digits and hyphens</source>
        <translation>el id “{value}” solo puede contener letras minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (like en, fr or pt-br)</source>
        <translation>“{value}” no es un código de idioma (como en, fr o pt-br)</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (misspelt?)</source>
        <translation>clave desconocida “{key}” (¿error de escritura?)</translation>
    </message>
    <message>
        <source>the original language &apos;{lang}&apos; has no appeal/{lang}.md</source>
        <translation>el idioma original “{lang}” no tiene appeal/{lang}.md</translation>
    </message>
    <message>
        <source>the campaign has no letter template in letters/</source>
        <translation>la campaña no tiene ninguna plantilla de carta en letters/</translation>
    </message>
    <message>
        <source>the campaign names no recipients</source>
        <translation>la campaña no indica ningún destinatario</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>“{value}” no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be on one line</source>
        <translation>“{key}” debe ocupar una sola línea</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; must start with a letter and hold only a-z, 0-9, _</source>
        <translation>la clave de campo “{value}” debe empezar por una letra y contener solo a-z, 0-9, _</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is reserved for the template</source>
        <translation>la clave de campo “{value}” está reservada para la plantilla</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is used twice</source>
        <translation>la clave de campo “{value}” se usa dos veces</translation>
    </message>
    <message>
        <source>more than {limit} recipients</source>
        <translation>más de {limit} destinatarios</translation>
    </message>
    <message>
        <source>more than {limit} fields</source>
        <translation>más de {limit} campos</translation>
    </message>
    <message>
        <source>the default value must fit the field (one line, at most {limit} characters)</source>
        <translation>el valor predeterminado debe caber en el campo (una sola línea, como máximo {limit} caracteres)</translation>
    </message>
    <message>
        <source>recipient address &apos;{value}&apos; is listed twice</source>
        <translation>la dirección de destinatario “{value}” aparece dos veces</translation>
    </message>
    <message>
        <source>no title for language &apos;{lang}&apos;</source>
        <translation>no hay título para el idioma “{lang}”</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; has no label in language &apos;{lang}&apos;</source>
        <translation>el campo “{field}” no tiene etiqueta en el idioma “{lang}”</translation>
    </message>
    <message>
        <source>translation status &apos;{value}&apos; must be one of original, reviewed, draft</source>
        <translation>el estado de traducción “{value}” debe ser original, reviewed o draft</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a date like 2026-12-31</source>
        <translation>“{key}” debe ser una fecha como 2026-12-31</translation>
    </message>
    <message>
        <source>is not part of a campaign bundle (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</source>
        <translation>no forma parte de un paquete de campaña (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</translation>
    </message>
    <message>
        <source>letter language &apos;{lang}&apos; has no template in letters/</source>
        <translation>el idioma de carta “{lang}” no tiene plantilla en letters/</translation>
    </message>
    <message>
        <source>uses other fields than the &apos;{lang}&apos; letter (missing: {missing}; extra: {extra})</source>
        <translation>usa otros campos que la carta “{lang}” (faltan: {missing}; sobran: {extra})</translation>
    </message>
    <message>
        <source>the postal address may hold text and line breaks only, no other control characters</source>
        <translation>la dirección postal solo puede contener texto y saltos de línea, ningún otro carácter de control</translation>
    </message>
    <message>
        <source>the postal address is longer than {lines} lines or {limit} characters</source>
        <translation>la dirección postal tiene más de {lines} líneas o más de {limit} caracteres</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a fax number (digits, spaces, +, -, (, ) and dots)</source>
        <translation>“{value}” no es un número de fax (cifras, espacios, +, -, (, ) y puntos)</translation>
    </message>
    <message>
        <source>status &apos;{value}&apos; must be active or closed</source>
        <translation>el estado «{value}» debe ser active o closed</translation>
    </message>
    <message>
        <source>the organiser&apos;s key must be a minisign public key (the line starting with RW that minisign prints)</source>
        <translation>la clave del organizador debe ser una clave pública de minisign (la línea que empieza por RW que muestra minisign)</translation>
    </message>
    <message>
        <source>this is not a minisign public key</source>
        <translation>esto no es una clave pública de minisign</translation>
    </message>
    <message>
        <source>this is not a minisign secret key, or it is damaged</source>
        <translation>esto no es una clave secreta de minisign, o está dañada</translation>
    </message>
    <message>
        <source>this secret key is protected by a password: give it (--password-stdin)</source>
        <translation>esta clave secreta está protegida con contraseña: indíquela (--password-stdin)</translation>
    </message>
    <message>
        <source>wrong password for this secret key</source>
        <translation>contraseña incorrecta para esta clave secreta</translation>
    </message>
    <message>
        <source>is not a minisign signature file, or it is damaged</source>
        <translation>no es un archivo de firma de minisign, o está dañado</translation>
    </message>
    <message>
        <source>holds a legacy minisign signature; sign again with a current minisign (without -l)</source>
        <translation>contiene una firma de minisign del tipo antiguo; vuelva a firmar con un minisign actual (sin -l)</translation>
    </message>
    <message>
        <source>was made with another key than the organiser&apos;s key in campaign.toml</source>
        <translation>se hizo con otra clave que la del organizador en campaign.toml</translation>
    </message>
    <message>
        <source>the signature does not match: MANIFEST was changed after signing</source>
        <translation>la firma no coincide: MANIFEST se modificó después de firmar</translation>
    </message>
    <message>
        <source>the signature&apos;s trusted comment was changed after signing</source>
        <translation>el comentario de confianza de la firma se modificó después de firmar</translation>
    </message>
    <message>
        <source>MANIFEST is there but MANIFEST.minisig is missing</source>
        <translation>MANIFEST está, pero falta MANIFEST.minisig</translation>
    </message>
    <message>
        <source>MANIFEST.minisig is there but MANIFEST is missing</source>
        <translation>MANIFEST.minisig está, pero falta MANIFEST</translation>
    </message>
    <message>
        <source>the campaign is signed but campaign.toml names no organiser key ([organiser] key)</source>
        <translation>la campaña está firmada pero campaign.toml no indica la clave del organizador ([organiser] key)</translation>
    </message>
    <message>
        <source>a signed campaign needs a version in campaign.toml</source>
        <translation>una campaña firmada necesita una versión en campaign.toml</translation>
    </message>
    <message>
        <source>line {line} is not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;</source>
        <translation>la línea {line} no tiene la forma «&lt;sha256&gt;  &lt;ruta&gt;»</translation>
    </message>
    <message>
        <source>lists an unsafe path: {name}</source>
        <translation>menciona una ruta insegura: {name}</translation>
    </message>
    <message>
        <source>is not sorted by path (as LC_ALL=C sort): {name}</source>
        <translation>no está ordenado por ruta (como LC_ALL=C sort): {name}</translation>
    </message>
    <message>
        <source>lists {name} twice</source>
        <translation>menciona {name} dos veces</translation>
    </message>
    <message>
        <source>lists {name}, which is not in the campaign</source>
        <translation>menciona {name}, que no está en la campaña</translation>
    </message>
    <message>
        <source>{name} was changed after signing</source>
        <translation>{name} se modificó después de firmar</translation>
    </message>
    <message>
        <source>does not list {name}, which the campaign holds</source>
        <translation>no menciona {name}, que la campaña contiene</translation>
    </message>
    <message>
        <source>the signature says {signed}, but campaign.toml says {actual}</source>
        <translation>la firma dice {signed}, pero campaign.toml dice {actual}</translation>
    </message>
    <message>
        <source>this secret key is not the organiser&apos;s key in campaign.toml</source>
        <translation>esta clave secreta no es la clave del organizador en campaign.toml</translation>
    </message>
    <message>
        <source>{value} already exists; it is not overwritten</source>
        <translation>{value} ya existe; no se sobrescribe</translation>
    </message>
    <message>
        <source>first line must be &apos;Subject: ...&apos; followed by a blank line</source>
        <translation>la primera línea debe ser “Subject: ...” seguida de una línea en blanco</translation>
    </message>
    <message>
        <source>template error: {detail}</source>
        <translation>error en la plantilla: {detail}</translation>
    </message>
    <message>
        <source>template uses something that does not exist: {detail}</source>
        <translation>la plantilla usa algo que no existe: {detail}</translation>
    </message>
    <message>
        <source>template does something a campaign may not do: {detail}</source>
        <translation>la plantilla hace algo que una campaña no tiene permitido: {detail}</translation>
    </message>
    <message>
        <source>template failed: {detail}</source>
        <translation>la plantilla falló: {detail}</translation>
    </message>
    <message>
        <source>template is too complex: more than {limit} tags, names and signs</source>
        <translation>la plantilla es demasiado compleja: más de {limit} etiquetas, nombres y signos</translation>
    </message>
    <message>
        <source>template takes too long to fill in (more than two seconds); it probably loops without end</source>
        <translation>la plantilla tarda demasiado en rellenarse (más de dos segundos); probablemente entra en un bucle infinito</translation>
    </message>
    <message>
        <source>the appeal text is empty</source>
        <translation>el texto del llamamiento está vacío</translation>
    </message>
    <message>
        <source>&apos;]]&apos; ends a group of alternative wordings, but no group was opened with &apos;[[&apos; before it</source>
        <translation>“]]” cierra un grupo de formulaciones alternativas, pero antes no se abrió ningún grupo con “[[”</translation>
    </message>
    <message>
        <source>the group of alternative wordings opened here with &apos;[[&apos; is never closed with &apos;]]&apos;</source>
        <translation>el grupo de formulaciones alternativas abierto aquí con “[[” no se cierra nunca con “]]”</translation>
    </message>
    <message>
        <source>&apos;[[&apos; opens a group of wordings inside another group; close the first group with &apos;]]&apos; before opening the next</source>
        <translation>“[[” abre un grupo de formulaciones dentro de otro grupo; cierre el primer grupo con “]]” antes de abrir el siguiente</translation>
    </message>
    <message>
        <source>this group of alternative wordings has only one wording: give at least two wordings separated by |</source>
        <translation>este grupo de formulaciones alternativas tiene una sola formulación: indique al menos dos, separadas por |</translation>
    </message>
    <message>
        <source>more than {limit} groups of alternative wordings</source>
        <translation>más de {limit} grupos de formulaciones alternativas</translation>
    </message>
    <message>
        <source>a group of alternative wordings has more than {limit} wordings</source>
        <translation>un grupo de formulaciones alternativas tiene más de {limit} formulaciones</translation>
    </message>
    <message>
        <source>a block tag here (if, for, else, endif, ...) reaches across the edge of a wording; each wording must hold whole blocks, from if to endif</source>
        <translation>una etiqueta de bloque aquí (if, for, else, endif, ...) cruza el límite de una formulación; cada formulación debe contener bloques completos, de if a endif</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is required</source>
        <translation>el campo “{label}” es obligatorio</translation>
    </message>
    <message>
        <source>the campaign has no field &apos;{key}&apos;</source>
        <translation>la campaña no tiene ningún campo “{key}”</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; must be on one line</source>
        <translation>el campo “{label}” debe ocupar una sola línea</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is longer than {limit} characters</source>
        <translation>el campo “{label}” supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>the campaign has no letter in &apos;{lang}&apos;</source>
        <translation>la campaña no tiene carta en “{lang}”</translation>
    </message>
    <message>
        <source>the campaign has no recipient {value}</source>
        <translation>la campaña no tiene el destinatario {value}</translation>
    </message>
    <message>
        <source>no campaign &apos;{value}&apos; (see the campaigns command)</source>
        <translation>no hay ninguna campaña “{value}” (vea el comando campaigns)</translation>
    </message>
    <message>
        <source>the {header} must be on one line</source>
        <translation>el campo “{header}” debe ocupar una sola línea</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a usable e-mail address</source>
        <translation>“{value}” no es una dirección de correo electrónico utilizable</translation>
    </message>
    <message>
        <source>the mail server failed: {detail}</source>
        <translation>error del servidor de correo: {detail}</translation>
    </message>
    <message>
        <source>cannot reach the mail server ({detail}): check your internet connection and the server&apos;s name and port</source>
        <translation>no se puede conectar con el servidor de correo ({detail}): compruebe su conexión a internet y el nombre y el puerto del servidor</translation>
    </message>
    <message>
        <source>the mail server did not answer in time ({detail}): try again later</source>
        <translation>el servidor de correo no respondió a tiempo ({detail}): vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>the mail server&apos;s certificate cannot be trusted ({detail}); your password was not sent. Check the server name, or give the server&apos;s certificate file</source>
        <translation>no se puede confiar en el certificado del servidor de correo ({detail}); su contraseña no se ha enviado. Compruebe el nombre del servidor o indique el archivo de certificado del servidor</translation>
    </message>
    <message>
        <source>the secure connection to the mail server failed ({detail}); your password was not sent. Check the port and security setting</source>
        <translation>falló la conexión segura con el servidor de correo ({detail}); su contraseña no se ha enviado. Compruebe el puerto y la opción de seguridad</translation>
    </message>
    <message>
        <source>the mail server does not offer encryption (STARTTLS), so your password was not sent: choose implicit TLS (usually port 465)</source>
        <translation>el servidor de correo no ofrece cifrado (STARTTLS), así que su contraseña no se ha enviado: elija TLS implícito (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>the mail server offers no password log-in over this connection (it offers: {detail}); check the port and security setting</source>
        <translation>el servidor de correo no ofrece inicio de sesión con contraseña en esta conexión (ofrece: {detail}); compruebe el puerto y la opción de seguridad</translation>
    </message>
    <message>
        <source>the mail server refused your user name or password ({detail}): check them; some providers need an app password</source>
        <translation>el servidor de correo rechazó su nombre de usuario o su contraseña ({detail}): compruébelos; algunos proveedores exigen una contraseña de aplicación</translation>
    </message>
    <message>
        <source>{provider} accepts only its own sign-in (OAuth2) for sending: sign in with it (account set --oauth) where an organisation has set that up for this app, or copy the letter into your mail app, or use another mail account</source>
        <translation>{provider} solo acepta su propio inicio de sesión (OAuth2) para enviar: inicie sesión con él (account set --oauth) donde una organización lo haya configurado para esta aplicación, o copie la carta en su aplicación de correo, o use otra cuenta de correo</translation>
    </message>
    <message>
        <source>the mail server refused a fresh sign-in ({detail}): sending by SMTP may be turned off for this account, or your organisation must approve the app first. Ask your administrator, or deliver the letter another way</source>
        <translation>el servidor de correo rechazó un inicio de sesión recién renovado ({detail}): quizá el envío por SMTP está desactivado para esta cuenta, o su organización debe aprobar antes la aplicación. Pregunte a su administrador, o entregue la carta de otra manera</translation>
    </message>
    <message>
        <source>the proxy {proxy} does not answer ({detail}); nothing was sent, not even directly: start the proxy, or change the network settings</source>
        <translation>el proxy {proxy} no responde ({detail}); no se envió nada, ni siquiera directamente: inicie el proxy o cambie la configuración de red</translation>
    </message>
    <message>
        <source>Tor is not running on this computer ({detail}); nothing was sent, not even directly: start Tor or Tor Browser, then try again</source>
        <translation>Tor no está en marcha en este equipo ({detail}); no se envió nada, ni siquiera directamente: inicie Tor o Tor Browser y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the proxy {proxy} could not reach the mail server ({detail}): try again later; some providers refuse connections that come through Tor</source>
        <translation>el proxy {proxy} no pudo llegar al servidor de correo ({detail}): inténtelo más tarde; algunos proveedores rechazan las conexiones que llegan a través de Tor</translation>
    </message>
    <message>
        <source>the mail server closed the connection ({detail}): try again later</source>
        <translation>el servidor de correo cerró la conexión ({detail}): vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>the connection broke after the letter was handed over, so it may have been delivered; it will not be sent again unless you choose to</source>
        <translation>la conexión se cortó después de entregar la carta, así que puede que haya llegado; no se volverá a enviar a menos que usted lo decida</translation>
    </message>
    <message>
        <source>the mail server refused {who}: {code} {detail}</source>
        <translation>el servidor de correo rechazó {who}: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server did not accept it: {code} {detail}</source>
        <translation>el servidor de correo no lo aceptó: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server does not take addresses with letters beyond ASCII, like {who} (it does not offer SMTPUTF8), so this letter was not sent: send it from another mail account, or deliver it another way</source>
        <translation>el servidor de correo no acepta direcciones con letras fuera de ASCII, como {who} (no ofrece SMTPUTF8), así que esta carta no se ha enviado: envíela desde otra cuenta de correo o hágala llegar de otra manera</translation>
    </message>
    <message>
        <source>no mail account is set up yet (letter-composer-cli account set ...)</source>
        <translation>todavía no hay ninguna cuenta de correo configurada (letter-composer-cli account set ...)</translation>
    </message>
    <message>
        <source>the provider table does not know {domain}: give the server (--host, --port, --security)</source>
        <translation>la tabla de proveedores no conoce {domain}: indique el servidor (--host, --port, --security)</translation>
    </message>
    <message>
        <source>this computer has no secure password store ({backend}); the password was not saved. Choose to be asked for it each time</source>
        <translation>este equipo no tiene un almacén seguro de contraseñas ({backend}); la contraseña no se ha guardado. Elija que se le pida cada vez</translation>
    </message>
    <message>
        <source>the password store failed: {detail}</source>
        <translation>falló el almacén de contraseñas: {detail}</translation>
    </message>
    <message>
        <source>no password is stored for {username}: give it (--password-stdin)</source>
        <translation>no hay ninguna contraseña guardada para {username}: indíquela (--password-stdin)</translation>
    </message>
    <message>
        <source>the account settings are not valid: {detail}</source>
        <translation>la configuración de la cuenta no es válida: {detail}</translation>
    </message>
    <message>
        <source>the sign-in settings are not valid: {detail}</source>
        <translation>los ajustes de inicio de sesión no son válidos: {detail}</translation>
    </message>
    <message>
        <source>signing in with {provider} is not set up in this copy of the app (an organisation must register it with {provider} first): send with a password or an app password, from your mail app or webmail, or by post</source>
        <translation>el inicio de sesión con {provider} no está configurado en este ejemplar de la aplicación (una organización debe registrarla antes en {provider}): envíe con una contraseña o una contraseña de aplicación, desde su programa de correo o webmail, o por correo postal</translation>
    </message>
    <message>
        <source>no sign-in is known for {domain}: use a password, or deliver the letter another way</source>
        <translation>no se conoce ningún inicio de sesión para {domain}: use una contraseña, o entregue la carta de otra manera</translation>
    </message>
    <message>
        <source>the sign-in in the browser did not finish within {minutes} minutes (was the page closed?): try again</source>
        <translation>el inicio de sesión en el navegador no terminó en {minutes} minutos (¿se cerró la página?): inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the sign-in with {provider} was cancelled</source>
        <translation>se canceló el inicio de sesión con {provider}</translation>
    </message>
    <message>
        <source>{provider} did not allow the sign-in ({detail}): try again, and accept the request on {provider}&apos;s page</source>
        <translation>{provider} no permitió el inicio de sesión ({detail}): inténtelo de nuevo y acepte la solicitud en la página de {provider}</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the saved sign-in ({detail}): sign in again</source>
        <translation>{provider} ya no acepta el inicio de sesión guardado ({detail}): inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>{provider} refused the sign-in ({detail})</source>
        <translation>{provider} rechazó el inicio de sesión ({detail})</translation>
    </message>
    <message>
        <source>cannot reach {provider} to sign in ({detail}): check your internet connection</source>
        <translation>no se puede contactar con {provider} para iniciar sesión ({detail}): compruebe su conexión a Internet</translation>
    </message>
    <message>
        <source>cannot reach {provider} through the proxy {proxy} to sign in ({detail}); nothing was sent, not even directly: start the proxy or Tor, or change the network settings</source>
        <translation>no se puede contactar con {provider} a través del proxy {proxy} para iniciar sesión ({detail}); no se envió nada, ni siquiera directamente: inicie el proxy o Tor, o cambie la configuración de red</translation>
    </message>
    <message>
        <source>the answer in the browser did not come from {provider} but from {detail}; nothing was saved: try again</source>
        <translation>la respuesta en el navegador no vino de {provider} sino de {detail}; no se guardó nada: inténtelo de nuevo</translation>
    </message>
    <message>
        <source>{username} is not signed in with {provider}: sign in again</source>
        <translation>{username} no ha iniciado sesión con {provider}: inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>the outbox has no letter {value} (see: outbox list)</source>
        <translation>la bandeja de salida no tiene ninguna carta {value} (vea: outbox list)</translation>
    </message>
    <message>
        <source>letter {value} is being sent right now; try again in a moment</source>
        <translation>la carta {value} se está enviando ahora mismo; vuelva a intentarlo en un momento</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send your letter</source>
        <translation>Enviar su carta</translation>
    </message>
    <message>
        <source>Send this letter?</source>
        <translation>¿Enviar esta carta?</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <translation>De: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>To (one message each):</source>
        <translation>Para (un mensaje por destinatario):</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Ya espera en la bandeja de salida, no se añade otra vez: %1.</translation>
    </message>
    <message>
        <source>Send a copy to the campaign&apos;s organiser (%1 &lt;%2&gt;)</source>
        <translation>Enviar una copia a la organización de la campaña (%1 &lt;%2&gt;)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>Looking for your password in the keyring…</source>
        <translation>Buscando su contraseña en el llavero…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>You sign in with %1 each time you send: sign in to send these letters.</source>
        <translation>Inicia sesión con %1 cada vez que envía: inicie sesión para enviar estas cartas.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Letters, one per recipient</source>
        <translation>Cartas, una por destinatario</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Stopping after the letter being sent now…</source>
        <translation>Deteniendo el envío después de la carta actual…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>not sent (cancelled); it waits in the outbox</source>
        <translation>no enviada (envío cancelado); queda en la bandeja de salida</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>waiting in the outbox, will be retried: %1</source>
        <translation>en espera en la bandeja de salida, se volverá a intentar: %1</translation>
    </message>
    <message>
        <source>waiting in the outbox until the mail account is fixed: %1</source>
        <translation>esperando en la bandeja de salida hasta que se corrija la cuenta de correo: %1</translation>
    </message>
    <message>
        <source>may have been delivered: %1</source>
        <translation>puede que ya se haya entregado: %1</translation>
    </message>
    <message>
        <source>Done: every letter was sent (%1).</source>
        <translation>Listo: se han enviado todas las cartas (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent. See below what happened to the others; those that can still go wait in the outbox (View › Outbox).</source>
        <translation>Cartas enviadas: %1 de %2. Más abajo puede ver qué pasó con las demás; las que aún pueden salir esperan en la bandeja de salida (Ver › Bandeja de salida).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>El envío falló: %1</translation>
    </message>
</context>
<context>
    <name>SendOnce</name>
    <message>
        <source>from your mail app</source>
        <translation>desde su aplicación de correo</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>desde el correo web</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>por fax</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>por otra vía</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You sent this letter to %1 on %2. Send it again?</source>
        <translation>Envió esta carta a %1 el %2. ¿Enviarla de nuevo?</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>You already sent this letter to:</source>
        <translation>Ya envió esta carta a:</translation>
    </message>
    <message>
        <source>Send it to them again?</source>
        <translation>¿Enviársela de nuevo?</translation>
    </message>
    <message>
        <source>If you answer No, it goes only to %1.</source>
        <translation>Si responde No, solo se envía a %1.</translation>
    </message>
    <message>
        <source>If you answer No, nothing is sent.</source>
        <translation>Si responde No, no se envía nada.</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Ya enviada</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Ya espera en la bandeja de salida, no se añade otra vez: %1.</translation>
    </message>
    <message>
        <source>Already waiting</source>
        <translation>Ya en espera</translation>
    </message>
    <message>
        <source>The outbox shows how each one stands; nothing was added.</source>
        <translation>La bandeja de salida muestra en qué estado está cada una; no se añadió nada.</translation>
    </message>
    <message>
        <source>Open &amp;Outbox</source>
        <translation>Abrir la &amp;bandeja de salida</translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>No se envió nada.</translation>
    </message>
</context>
<context>
    <name>SignInControl</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
    <message>
        <source>Your browser opens %1&apos;s page: sign in there, then come back here. Waiting…</source>
        <translation>Su navegador abre la página de %1: inicie sesión allí y luego vuelva aquí. Esperando…</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Sesión iniciada con %1.</translation>
    </message>
</context>
<context>
    <name>TrustControl</name>
    <message>
        <source>The campaign is closed.</source>
        <translation>La campaña está cerrada.</translation>
    </message>
    <message>
        <source>This campaign is not safe to use</source>
        <translation>No es seguro usar esta campaña</translation>
    </message>
    <message>
        <source>The keys you trusted for campaigns cannot be read.</source>
        <translation>No se pueden leer las claves en las que confía para las campañas.</translation>
    </message>
    <message>
        <source>No signed campaign can be checked until the file is repaired.</source>
        <translation>No se puede comprobar ninguna campaña firmada hasta que se repare el archivo.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>No abierta: %1</translation>
    </message>
    <message>
        <source>The key was not trusted</source>
        <translation>No se ha confiado en la clave</translation>
    </message>
    <message>
        <source>The key is trusted: this campaign&apos;s updates are checked against it.</source>
        <translation>Se confía en la clave: las actualizaciones de esta campaña se comprobarán con ella.</translation>
    </message>
    <message>
        <source>What changed in version %1</source>
        <translation>Qué ha cambiado en la versión %1</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust this campaign&apos;s key?</source>
        <translation>¿Confiar en la clave de esta campaña?</translation>
    </message>
    <message>
        <source>“%1” says it comes from &lt;b&gt;%2&lt;/b&gt;. It is signed with this key:</source>
        <translation>«%1» dice venir de &lt;b&gt;%2&lt;/b&gt;. Está firmada con esta clave:</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>The campaign&apos;s key</source>
        <translation>La clave de la campaña</translation>
    </message>
    <message>
        <source>Compare it with the key the organiser publishes themselves: on their website, their social media, or as a QR code on a leaflet. Find that place on your own, not through this campaign: a forged campaign can point to a forged page. Once trusted, this campaign&apos;s updates are checked against this key, and a campaign with another key under its name is refused.</source>
        <translation>Compárela con la clave que publica el propio organizador: en su web, en sus redes sociales o como código QR en un folleto. Busque ese lugar por su cuenta, no a través de esta campaña: una campaña falsa puede remitir a una página falsa. Una vez que confíe, las actualizaciones de esta campaña se comprobarán con esta clave, y se rechazará una campaña con su nombre y otra clave.</translation>
    </message>
    <message>
        <source>&amp;Published key (optional, to compare):</source>
        <translation>Clave &amp;publicada (opcional, para comparar):</translation>
    </message>
    <message>
        <source>&amp;Trust This Campaign</source>
        <translation>&amp;Confiar en esta campaña</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>✗ This is not a whole minisign key (it starts with RW).</source>
        <translation>✗ No es una clave minisign completa (empieza por RW).</translation>
    </message>
    <message>
        <source>✓ The same key: the campaign is signed by it.</source>
        <translation>✓ La misma clave: la campaña está firmada con ella.</translation>
    </message>
    <message>
        <source>✗ Not the same key. Do not trust this campaign: it may be a forgery.</source>
        <translation>✗ No es la misma clave. No confíe en esta campaña: puede ser una falsificación.</translation>
    </message>
</context>
<context>
    <name>TrustWords</name>
    <message>
        <source>recipients added: %1</source>
        <translation>destinatarios añadidos: %1</translation>
    </message>
    <message>
        <source>recipients removed: %1</source>
        <translation>destinatarios eliminados: %1</translation>
    </message>
    <message>
        <source>addresses changed: %1</source>
        <translation>direcciones cambiadas: %1</translation>
    </message>
    <message>
        <source>the appeal changed</source>
        <translation>el llamamiento ha cambiado</translation>
    </message>
    <message>
        <source>the letter changed</source>
        <translation>la carta ha cambiado</translation>
    </message>
    <message>
        <source>the campaign is now closed</source>
        <translation>la campaña está ahora cerrada</translation>
    </message>
    <message>
        <source>the campaign is open again</source>
        <translation>la campaña vuelve a estar abierta</translation>
    </message>
    <message>
        <source>nothing you would see changed</source>
        <translation>no ha cambiado nada visible</translation>
    </message>
    <message>
        <source>Recipient added: %1 &lt;%2&gt;</source>
        <translation>Destinatario añadido: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Recipient removed: %1 &lt;%2&gt;</source>
        <translation>Destinatario eliminado: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Address changed: %1, was %2, now %3</source>
        <translation>Dirección cambiada: %1, antes %2, ahora %3</translation>
    </message>
    <message>
        <source>The appeal changed (%1).</source>
        <translation>El llamamiento ha cambiado (%1).</translation>
    </message>
    <message>
        <source>The letter changed (%1).</source>
        <translation>La carta ha cambiado (%1).</translation>
    </message>
    <message>
        <source>The campaign is now closed.</source>
        <translation>La campaña está ahora cerrada.</translation>
    </message>
    <message>
        <source>The campaign is open again.</source>
        <translation>La campaña vuelve a estar abierta.</translation>
    </message>
    <message>
        <source>“%1” has been changed since it was signed, or its signature is damaged.</source>
        <translation>«%1» ha sido modificada desde que se firmó, o su firma está dañada.</translation>
    </message>
    <message>
        <source>Its recipients or its letter may not be what the organiser wrote. Do not use it; ask the organiser for the campaign again.</source>
        <translation>Puede que sus destinatarios o su carta no sean los que escribió el organizador. No la use; pida de nuevo la campaña al organizador.</translation>
    </message>
    <message>
        <source>“%1” is version %2 of a campaign you already have in version %3.</source>
        <translation>«%1» es la versión %2 de una campaña que ya tiene en la versión %3.</translation>
    </message>
    <message>
        <source>An older version may send letters to addresses no longer in use, or be a forgery made from one. It is not used; the newer version is.</source>
        <translation>Una versión anterior puede enviar cartas a direcciones que ya no se usan, o ser una falsificación hecha a partir de ella. No se usa; se usa la versión más reciente.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign that comes with Letter Composer.</source>
        <translation>«%1» dice ser una campaña que viene con Letter Composer.</translation>
    </message>
    <message>
        <source>It may be a forgery. Use the campaign in the app itself.</source>
        <translation>Puede ser una falsificación. Use la campaña incluida en la aplicación.</translation>
    </message>
    <message>
        <source>“%1” is not signed, but the campaign it claims to be was signed.</source>
        <translation>«%1» no está firmada, pero la campaña que dice ser sí lo estaba.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign you trusted, but it is signed with another key.</source>
        <translation>«%1» dice ser una campaña en la que usted confía, pero está firmada con otra clave.</translation>
    </message>
    <message>
        <source>It may be a forgery. Do not use it unless the organiser has told you, in a way you trust, that they changed their key.</source>
        <translation>Puede ser una falsificación. No la use, salvo que el organizador le haya dicho, por una vía en la que confíe, que ha cambiado de clave.</translation>
    </message>
</context>
</TS>
