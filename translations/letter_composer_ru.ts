<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>Почтовая учётная запись</translation>
    </message>
    <message>
        <source>Letters are sent from your own address, through your own provider, so they arrive as real letters from a real person. Nothing is sent anywhere else.</source>
        <translation>Письма отправляются с Вашего собственного адреса через Вашего почтового провайдера, поэтому они приходят как настоящие письма от настоящего человека. Больше никуда ничего не отправляется.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>imya@example.org</translation>
    </message>
    <message>
        <source>Your name as recipients will see it</source>
        <translation>Ваше имя, как его увидят получатели</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Ask me for it each time I send (kept in memory only)</source>
        <translation>Спрашивать его при каждой отправке (хранится только в памяти)</translation>
    </message>
    <message>
        <source>Implicit TLS (usually port 465)</source>
        <translation>Неявный TLS (обычно порт 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (обычно порт 587)</translation>
    </message>
    <message>
        <source>Only for a self-hosted server</source>
        <translation>Только для собственного сервера</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Проверить подк&amp;лючение</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Адрес электронной почты:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Се&amp;ть:</translation>
    </message>
    <message>
        <source>Outgoing server settings</source>
        <translation>Настройки сервера исходящей почты</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Защита соединения:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring (%1)</source>
        <translation>Запомнить его в связке ключей этого компьютера (%1)</translation>
    </message>
    <message>
        <source>Remember it (not possible on this computer)</source>
        <translation>Запомнить его (на этом компьютере невозможно)</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so your password will not be saved: it would end up in a plain file. You will be asked for it when you send.</source>
        <translation>На этом компьютере нет защищённого хранилища паролей, поэтому Ваш пароль не будет сохранён: иначе он оказался бы в обычном файле. Пароль будет запрошен при отправке.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(без изменений)</translation>
    </message>
    <message>
        <source>%1: sign in on %1&apos;s own page, in your browser. This app never sees your %1 password.</source>
        <translation>%1: войдите на собственной странице %1 в своём браузере. Это приложение никогда не видит Ваш пароль %1.</translation>
    </message>
    <message>
        <source>Signs in with %1.</source>
        <translation>Вход через %1.</translation>
    </message>
    <message>
        <source>Your provider is not in the built-in list: please fill in the outgoing server (your provider&apos;s help pages give it).</source>
        <translation>Вашего почтового провайдера нет во встроенном списке: пожалуйста, укажите сервер исходящей почты (он указан на справочных страницах провайдера).</translation>
    </message>
    <message>
        <source>%1: use an app password, not your usual password. Create one in your account&apos;s security settings (it needs two-step verification), then paste it below.</source>
        <translation>%1: используйте пароль приложения, а не обычный пароль. Создайте его в настройках безопасности своей учётной записи (для этого нужна двухэтапная проверка), затем вставьте его ниже.</translation>
    </message>
    <message>
        <source>%1: settings filled in for you.</source>
        <translation>%1: настройки заполнены автоматически.</translation>
    </message>
    <message>
        <source>Not needed: signs in with %1</source>
        <translation>Не нужен: вход через %1</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Доверенный сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Please sign in with %1 first.</source>
        <translation>Сначала войдите через %1.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Пожалуйста, введите пароль.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>T&amp;rusted certificate:</source>
        <translation>Доверенный с&amp;ертификат:</translation>
    </message>
    <message>
        <source>%1 accepts only its own sign-in (OAuth2) for sending from other apps, and that sign-in is not set up in this copy of the app (an organisation must register it first). You can still take part: copy the letter into your mail app and send it from there, or set up another mail account here.</source>
        <translation>%1 принимает для отправки из других приложений только собственный вход (OAuth2), а такой вход в этом экземпляре приложения не настроен (организация должна сначала зарегистрировать его). Вы всё равно можете участвовать: скопируйте письмо в свою почтовую программу и отправьте оттуда или настройте здесь другую почтовую учётную запись.</translation>
    </message>
    <message>
        <source>It works: logged in to %1.</source>
        <translation>Всё работает: вход на %1 выполнен.</translation>
    </message>
</context>
<context>
    <name>AppealPane</name>
    <message>
        <source>A&amp;ppeal in:</source>
        <translation>Язык о&amp;бращения:</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Показать оригинал</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (оригинал)</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation>%1 (черновой перевод)</translation>
    </message>
    <message>
        <source>Draft translation: the original (%1) is authoritative.</source>
        <translation>Черновой перевод: основным является оригинал (%1).</translation>
    </message>
</context>
<context>
    <name>CampaignBanner</name>
    <message>
        <source>Please send no more letters. Letters for it still waiting in the outbox are held, not sent.</source>
        <translation>Пожалуйста, больше не отправляйте писем. Письма для неё, ещё ожидающие в исходящих, задержаны, а не отправлены.</translation>
    </message>
    <message>
        <source>This campaign is closed</source>
        <translation>Эта кампания закрыта</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(имя не указано)</translation>
    </message>
    <message>
        <source>Not signed: anyone could have made or changed this campaign</source>
        <translation>Не подписана: кто угодно мог создать или изменить эту кампанию</translation>
    </message>
    <message>
        <source>Before you send, check that the addresses under “Send to” are the real ones, for example on the recipients&apos; own website.</source>
        <translation>Перед отправкой проверьте, что адреса в разделе «Кому» настоящие, например на собственном сайте получателей.</translation>
    </message>
    <message>
        <source>Signed, but not yet trusted</source>
        <translation>Подписана, но ещё не признана доверенной</translation>
    </message>
    <message>
        <source>It says it comes from “%1”. Check its key against the one the organiser publishes before you trust it.</source>
        <translation>Она сообщает, что исходит от «%1». Прежде чем доверять, сверьте её ключ с тем, который публикует организатор.</translation>
    </message>
    <message>
        <source>&amp;Check the Key…</source>
        <translation>&amp;Проверить ключ…</translation>
    </message>
    <message>
        <source>Updated by the organiser you trusted</source>
        <translation>Обновлено доверенным организатором</translation>
    </message>
    <message>
        <source>Version %1, signed by “%2”: %3.</source>
        <translation>Версия %1, подписана «%2»: %3.</translation>
    </message>
    <message>
        <source>What &amp;Changed…</source>
        <translation>Что &amp;изменилось…</translation>
    </message>
    <message>
        <source>Signed by the organiser you trusted</source>
        <translation>Подписана доверенным организатором</translation>
    </message>
    <message>
        <source>Signed by “%1” with the key you trusted for this campaign (version %2).</source>
        <translation>Подписана «%1» ключом, которому вы доверяете для этой кампании (версия %2).</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Open in Your Mail App</source>
        <translation>Открыть в почтовой программе</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in your mail app with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Для каждого получателя в Вашей почтовой программе открывается отдельное сообщение, в котором уже заполнены адрес, тема и текст письма. Проверьте его и отправьте оттуда.</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Открыть в %1</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened with the address and subject filled in. The letter is too long to go in with them: it is put on the clipboard each time, for you to paste into the message (%1). Check it and send it from there.</source>
        <translation>Для каждого получателя открывается отдельное сообщение, в котором уже заполнены адрес и тема. Письмо слишком длинное, чтобы передать его вместе с ними: каждый раз оно копируется в буфер обмена, чтобы Вы вставили его в сообщение (%1). Проверьте сообщение и отправьте его оттуда.</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in %1 in your browser (sign in if it asks) with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Для каждого получателя в браузере открывается отдельное сообщение в %1 (если потребуется, войдите в свою учётную запись), в котором уже заполнены адрес, тема и текст письма. Проверьте его и отправьте оттуда.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>&amp;Отметить как отправленное…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your mail app connects the way it is set to, not through the app&apos;s proxy.</source>
        <translation>Ваша почтовая учётная запись подключается через прокси, но это — нет: почтовая программа подключается так, как настроена она сама, а не через прокси приложения.</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your browser connects the way it is set to (Tor Browser goes through Tor).</source>
        <translation>Ваша почтовая учётная запись подключается через прокси, но это — нет: браузер подключается так, как настроен он сам (Tor Browser ходит через Tor).</translation>
    </message>
    <message>
        <source>Nothing on this computer opens mail links. Set a default mail app, or use Copy Letter and paste it into a message.</source>
        <translation>На этом компьютере нет программы, которая открывает почтовые ссылки. Выберите почтовую программу по умолчанию или воспользуйтесь командой «Копировать письмо» и вставьте письмо в сообщение.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Use Copy Letter instead.</source>
        <translation>Не удалось открыть браузер. Воспользуйтесь вместо этого командой «Копировать письмо».</translation>
    </message>
    <message>
        <source>%1 — opened</source>
        <translation>%1 — открыто</translation>
    </message>
    <message>
        <source>The letter to %1 is too long to go in a link, so it is on the clipboard: click into the message&apos;s text and paste it (%2).</source>
        <translation>Письмо получателю %1 слишком длинное для ссылки, поэтому оно скопировано в буфер обмена: щёлкните в поле текста сообщения и вставьте его (%2).</translation>
    </message>
    <message>
        <source>The message to %1 is open, ready to send.</source>
        <translation>Сообщение получателю %1 открыто и готово к отправке.</translation>
    </message>
    <message>
        <source>&amp;Open the Message</source>
        <translation>От&amp;крыть сообщение</translation>
    </message>
    <message>
        <source>&amp;Open the Next Message</source>
        <translation>От&amp;крыть следующее сообщение</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <source>All Messages &amp;Opened</source>
        <translation>Все сообщения от&amp;крыты</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>The letters are on the clipboard.</source>
        <translation>Письма скопированы в буфер обмена.</translation>
    </message>
    <message>
        <source>%1 letters are on the clipboard, one after another, each with its recipients and subject: paste them (%2) and send each as a message of its own.</source>
        <translation>Писем скопировано в буфер обмена: %1. Они идут одно за другим, каждое со своими получателями и темой: вставьте их (%2) и отправьте каждое отдельным сообщением.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>Письмо скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard, with its recipients and subject: paste it (%1) into a message, a web form or a document.</source>
        <translation>Письмо скопировано в буфер обмена вместе с получателями и темой: вставьте его (%1) в сообщение, веб-форму или документ.</translation>
    </message>
    <message>
        <source>Letter copied</source>
        <translation>Письмо скопировано</translation>
    </message>
    <message>
        <source>The campaign gives no postal address for: %1. Write it on the letter and the envelope yourself, or send these letters another way.</source>
        <translation>Кампания не указала почтовый адрес для следующих получателей: %1. Впишите адрес в письмо и на конверт сами или отправьте эти письма другим способом.</translation>
    </message>
    <message>
        <source>The letters could not be printed</source>
        <translation>Не удалось распечатать письма</translation>
    </message>
    <message>
        <source>The printer could not be used. Try Save as PDF and print the file.</source>
        <translation>Не удалось воспользоваться принтером. Попробуйте команду «Сохранить в PDF» и распечатайте файл.</translation>
    </message>
    <message>
        <source>Letters sent to the printer: %1.</source>
        <translation>Писем отправлено на принтер: %1.</translation>
    </message>
    <message>
        <source>Letters printed</source>
        <translation>Письма распечатаны</translation>
    </message>
    <message>
        <source>Sign each letter, then post it or fax it.</source>
        <translation>Подпишите каждое письмо, затем отправьте его обычной почтой или по факсу.</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>Не удалось сохранить PDF</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>Choose &amp;Another Place…</source>
        <translation>Выбрать &amp;другое место…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF сохранён</translation>
    </message>
    <message>
        <source>The letters are in “%1”, one page or more for each recipient: print them, sign them, and post them or fax them.</source>
        <translation>Письма сохранены в файле «%1», по одной или несколько страниц на каждого получателя: распечатайте их, подпишите и отправьте обычной почтой или по факсу.</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>у Вас нет прав на запись в эту папку</translation>
    </message>
    <message>
        <source>that place cannot be written to (read-only)</source>
        <translation>это место доступно только для чтения</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation>такой папки не существует</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>Save the Letters as PDF</source>
        <translation>Сохранить письма в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters marked as sent: %1.</source>
        <translation>Писем, отмеченных как отправленные: %1.</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message>
        <source>Se&amp;nd to</source>
        <translation>Ко&amp;му отправить</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Ваше письмо</translation>
    </message>
    <message>
        <source>As sent t&amp;o:</source>
        <translation>&amp;Как увидит адресат:</translation>
    </message>
    <message>
        <source>Other word&amp;ing</source>
        <translation>Др&amp;угая формулировка</translation>
    </message>
    <message>
        <source>Use another combination of the alternative wordings the campaign offers, so your letter is not the same as everyone else&apos;s; what it asks for stays the same (Ctrl+Shift+W)</source>
        <translation>Использовать другое сочетание вариантов формулировок, которые предлагает кампания, чтобы Ваше письмо не совпадало с письмами всех остальных; его требования остаются прежними (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Reset to template</source>
        <translation>Сбросить к &amp;шаблону</translation>
    </message>
    <message>
        <source>Replace your edits with the campaign&apos;s letter, filled with your details</source>
        <translation>Заменить Ваши правки письмом кампании, заполненным Вашими данными</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Send the letter from your mail account (Ctrl+Return)</source>
        <translation>Отправить письмо с Вашей почтовой учётной записи (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;More Ways</source>
        <translation>&amp;Другие способы</translation>
    </message>
    <message>
        <source>Open the letter in your mail app or webmail, copy it, print it or save it as a PDF for the post</source>
        <translation>Открыть письмо в почтовой программе или веб-почте, скопировать, распечатать или сохранить в PDF, чтобы отправить обычной почтой</translation>
    </message>
    <message>
        <source>&amp;Letter in:</source>
        <translation>&amp;Язык письма:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>О чём оно</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>The campaign&apos;s recipients read: %1</source>
        <translation>Язык получателей кампании: %1</translation>
    </message>
    <message>
        <source>Switching the language replaces your edited letter with the campaign&apos;s letter in %1.</source>
        <translation>При смене языка Ваше изменённое письмо будет заменено письмом кампании на языке: %1.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter, filled with your details.</source>
        <translation>Ваши изменения в письме будут заменены письмом кампании, заполненным Вашими данными.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter in other wordings, filled with your details.</source>
        <translation>Ваши изменения в письме будут заменены письмом кампании в других формулировках, заполненным Вашими данными.</translation>
    </message>
    <message>
        <source>Replace your edits?</source>
        <translation>Заменить Ваши правки?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Letter (%1)</source>
        <translation>Письмо (%1)</translation>
    </message>
    <message>
        <source>What it says (%1)</source>
        <translation>О чём оно (%1)</translation>
    </message>
    <message>
        <source>The campaign has no %1 version of the letter. The appeal on the left says what the letter asks for.</source>
        <translation>В кампании нет версии письма на Вашем языке (%1). Обращение слева объясняет, чего требует письмо.</translation>
    </message>
    <message>
        <source>Your letter goes out in %1, the language the recipients read. This is the campaign&apos;s %2 version of the same letter with your details, so you know what you sign; it is not sent.</source>
        <translation>Ваше письмо отправляется на языке адресатов (%1). Это версия того же письма на Вашем языке (%2) с Вашими данными, чтобы Вы знали, что подписываете; она не отправляется.</translation>
    </message>
    <message>
        <source>The campaign has no version of this letter in %1. Here is the nearest one it has, in %2, with your details, so you know what you sign; your letter goes out in %3 and this is not sent.</source>
        <translation>В кампании нет версии этого письма на Вашем языке (%1). Вот ближайшая из имеющихся (язык: %2) с Вашими данными, чтобы Вы знали, что подписываете; Ваше письмо отправляется на языке адресатов (%3), а эта версия не отправляется.</translation>
    </message>
    <message>
        <source>Your own changes to the letter are not shown here.</source>
        <translation>Ваши собственные правки письма здесь не показаны.</translation>
    </message>
    <message>
        <source>You have edited the letter. Changes to your details no longer update it; the greeting is adapted for each recipient.</source>
        <translation>Вы изменили письмо. Изменения в Ваших данных больше не обновляют его; приветствие подбирается для каждого получателя.</translation>
    </message>
    <message>
        <source>The letter follows your details as you type.</source>
        <translation>Письмо обновляется по мере того, как Вы вводите свои данные.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Выберите хотя бы одного получателя.</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>Letter Composer %1 is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. Below are its licence and the licences of the software and data it includes.</source>
        <translation>Letter Composer %1 — свободная программа: Вы можете распространять и изменять её на условиях GNU General Public License версии 3 или (по Вашему выбору) любой более поздней версии. Она поставляется без каких-либо гарантий. Ниже приведены её лицензия и лицензии программ и данных, которые она включает.</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Тексты лицензий</translation>
    </message>
    <message>
        <source>&amp;Licence texts:</source>
        <translation>&amp;Тексты лицензий:</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation (%1).</source>
        <translation>В этой установке нет текстов лицензий (%1).</translation>
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
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>&amp;Отметить как отправленное…</translation>
    </message>
    <message>
        <source>%1 — Letter Composer</source>
        <translation>%1 — Letter Composer</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>Открыть кампанию</translation>
    </message>
    <message>
        <source>Campaigns (*.campaign campaign.toml);;All files (*)</source>
        <translation>Кампании (*.campaign campaign.toml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Campaign Folder</source>
        <translation>Открыть папку кампании</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <source>This campaign cannot be opened</source>
        <translation>Эту кампанию невозможно открыть</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a campaign.</source>
        <translation>«%1» невозможно открыть как кампанию.</translation>
    </message>
    <message>
        <source>If an organiser sent you this file, please tell them; they can check it with “letter-composer-cli validate”. The campaign you had open stays as it was.</source>
        <translation>Если этот файл Вам прислал организатор, пожалуйста, сообщите ему об этом: он может проверить файл командой «letter-composer-cli validate». Открытая ранее кампания осталась без изменений.</translation>
    </message>
    <message>
        <source>built-in campaign</source>
        <translation>встроенная кампания</translation>
    </message>
    <message>
        <source>%1 recipients · %2</source>
        <translation>Получателей: %1 · %2</translation>
    </message>
    <message>
        <source>Discard your letter?</source>
        <translation>Отказаться от письма?</translation>
    </message>
    <message>
        <source>Your letter could not be saved. If you go on, what you typed is lost.</source>
        <translation>Не удалось сохранить Ваше письмо. Если Вы продолжите, введённый текст будет потерян.</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Mail account saved.</source>
        <translation>Почтовая учётная запись сохранена.</translation>
    </message>
    <message>
        <source>This campaign is closed: it asks for no more letters.</source>
        <translation>Эта кампания закрыта: письма больше не нужны.</translation>
    </message>
    <message>
        <source>Please fill in the fields marked *.</source>
        <translation>Пожалуйста, заполните поля, отмеченные *.</translation>
    </message>
    <message>
        <source>Please choose at least one recipient.</source>
        <translation>Пожалуйста, выберите хотя бы одного получателя.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later), with no warranty. Licences shows it and the licences of the software and data the app includes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Свободная программа под лицензией GNU General Public License версии 3 или любой более поздней версии (GPL-3.0-or-later), без каких-либо гарантий. Кнопка «Лицензии» показывает эту лицензию и лицензии программ и данных, входящих в состав программы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Лицензии…</translation>
    </message>
    <message>
        <source>The letter cannot be sent</source>
        <translation>Письмо невозможно отправить</translation>
    </message>
    <message>
        <source>The letter could not be prepared</source>
        <translation>Не удаётся составить письмо</translation>
    </message>
    <message>
        <source>Once the letter has gone, mark it as sent: your sent letters then show what went where.</source>
        <translation>Когда письмо будет отправлено, отметьте его как отправленное: тогда в списке отправленных писем будет видно, что и куда ушло.</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent.</source>
        <translation>Отправлено писем: %1 из %2.</translation>
    </message>
    <message>
        <source>About Letter Composer</source>
        <translation>О программе Letter Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Read a campaign&apos;s appeal and write its protest letter in your own words.&lt;/p&gt;&lt;p&gt;No telemetry: the app talks to no server except your own mail server when you send.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Прочитайте обращение кампании и напишите письмо протеста своими словами.&lt;/p&gt;&lt;p&gt;Никакой телеметрии: программа не связывается ни с какими серверами, кроме Вашего почтового сервера при отправке.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as Sent</source>
        <translation>Отметить как отправленное</translation>
    </message>
    <message>
        <source>Which letters did you send, and how? They are added to your sent letters (View › Sent Letters), so you know later what went where.</source>
        <translation>Какие письма Вы отправили и каким способом? Они будут добавлены в отправленные письма (Вид › Отправленные письма), чтобы потом было видно, что и куда ушло.</translation>
    </message>
    <message>
        <source>Letters you sent</source>
        <translation>Письма, которые вы отправили</translation>
    </message>
    <message>
        <source>From my mail app</source>
        <translation>Из моей почтовой программы</translation>
    </message>
    <message>
        <source>From webmail</source>
        <translation>Через веб-почту</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Обычной почтой</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>По факсу</translation>
    </message>
    <message>
        <source>Copied, or another way</source>
        <translation>Копированием или другим способом</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>&amp;Отметить как отправленное</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The letters to %1 are waiting in the outbox; marking them as sent takes them out, so that nothing goes twice.</source>
        <translation>Ожидают в исходящих и будут оттуда убраны, когда Вы отметите их как отправленные, чтобы ничего не ушло дважды: письма получателям %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>Отп&amp;равка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open Campaign File…</source>
        <translation>&amp;Открыть файл кампании…</translation>
    </message>
    <message>
        <source>Open Campaign &amp;Folder…</source>
        <translation>Открыть &amp;папку кампании…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Send Letter…</source>
        <translation>О&amp;тправить письмо…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Reset Letter to Template</source>
        <translation>&amp;Сбросить письмо к шаблону</translation>
    </message>
    <message>
        <source>Other &amp;Wording</source>
        <translation>Др&amp;угая формулировка</translation>
    </message>
    <message>
        <source>Go to Your &amp;Details</source>
        <translation>Перейти к &amp;Вашим данным</translation>
    </message>
    <message>
        <source>Go to the &amp;Letter</source>
        <translation>Перейти к &amp;письму</translation>
    </message>
    <message>
        <source>Open in Mail &amp;App…</source>
        <translation>Открыть в почтовой п&amp;рограмме…</translation>
    </message>
    <message>
        <source>Open in &amp;Webmail</source>
        <translation>Открыть в &amp;веб-почте</translation>
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
        <translation>&amp;Копировать письмо</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>&amp;Отметить как отправленное…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Исходящие…</translation>
    </message>
    <message>
        <source>&amp;Sent Letters…</source>
        <translation>&amp;Отправленные письма…</translation>
    </message>
    <message>
        <source>&amp;Mail Account…</source>
        <translation>&amp;Почтовая учётная запись…</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Сеть…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Forget This &amp;Campaign&apos;s Letters…</source>
        <translation>Стереть письма этой &amp;кампании…</translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation>Стереть &amp;всё…</translation>
    </message>
    <message>
        <source>&amp;About Letter Composer</source>
        <translation>&amp;О программе Letter Composer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>through Tor</source>
        <translation>через Tor</translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation>через прокси %1</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>напрямую</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>A proxy hides where you connect from. Your mail provider sees the proxy&apos;s address instead of yours, and your network (at home, at work, your internet provider) sees only that you connect to the proxy, not to your mail provider. Tor is such a proxy, run by volunteers.</source>
        <translation>Прокси скрывает, откуда вы подключаетесь. Ваш почтовый провайдер видит адрес прокси вместо вашего, а ваша сеть (дома, на работе, ваш интернет-провайдер) видит только, что вы подключаетесь к прокси, а не к почтовому провайдеру. Tor — такой прокси, его поддерживают добровольцы.</translation>
    </message>
    <message>
        <source>It does not hide who you are from your mail provider: it knows your account and every letter you send, and the recipients see your address. Some providers refuse or challenge connections that come through Tor.</source>
        <translation>Он не скрывает, кто вы, от почтового провайдера: тот знает вашу учётную запись и каждое отправленное письмо, а получатели видят ваш адрес. Некоторые провайдеры отклоняют подключения через Tor или требуют дополнительную проверку.</translation>
    </message>
    <message>
        <source>With a proxy chosen, the app never connects directly: when the proxy is not running, letters wait in the outbox until it is.</source>
        <translation>Если выбран прокси, приложение никогда не подключается напрямую: пока прокси не работает, письма ждут в исходящих.</translation>
    </message>
    <message>
        <source>Connect &amp;directly</source>
        <translation>&amp;Напрямую</translation>
    </message>
    <message>
        <source>Through &amp;Tor running on this computer (Tor or Tor Browser)</source>
        <translation>Через &amp;Tor на этом компьютере (Tor или Tor Browser)</translation>
    </message>
    <message>
        <source>Through a &amp;SOCKS5 proxy:</source>
        <translation>Через прокси &amp;SOCKS5:</translation>
    </message>
    <message>
        <source>Proxy address, e.g. 127.0.0.1</source>
        <translation>Адрес прокси, например 127.0.0.1</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Адрес прокси</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Порт прокси</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <source>Webmail pages and your mail app, opened from Deliver, do not go through this proxy: they connect the way your browser or mail app is set to.</source>
        <translation>Страницы веб-почты и почтовая программа, открытые из меню «Отправка», не идут через этот прокси: они подключаются так, как настроены браузер или почтовая программа.</translation>
    </message>
    <message>
        <source>Please type the proxy&apos;s address.</source>
        <translation>Введите адрес прокси.</translation>
    </message>
    <message>
        <source>Tor is running on this computer (port %1).</source>
        <translation>Tor работает на этом компьютере (порт %1).</translation>
    </message>
    <message>
        <source>Tor is not running on this computer (nothing answers on port 9050 or 9150). Start Tor or Tor Browser: until then, letters wait.</source>
        <translation>Tor не работает на этом компьютере (на портах 9050 и 9150 никто не отвечает). Запустите Tor или Tor Browser: до тех пор письма ждут.</translation>
    </message>
    <message>
        <source>The proxy answers.</source>
        <translation>Прокси отвечает.</translation>
    </message>
    <message>
        <source>Nothing answers at this proxy address: letters wait until it does.</source>
        <translation>По этому адресу прокси никто не отвечает: письма ждут, пока он не ответит.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>OutboxControl</name>
    <message>
        <source>Open the out&amp;box</source>
        <translation>Открыть &amp;исходящие</translation>
    </message>
    <message>
        <source>Fi&amp;x the Mail Account…</source>
        <translation>Исправить почтовую учётную &amp;запись…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Letters from an earlier session are waiting in the outbox: %1. Those that can go are being sent; the others need your decision.</source>
        <translation>В исходящих ждут письма, оставшиеся с прошлого раза: %1. Те, что можно отправить, сейчас отправляются; по остальным нужно Ваше решение.</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Исходящие: ожидают %1</translation>
    </message>
    <message>
        <source>, %1 wait for the mail account</source>
        <translation>, ждут почтовую учётную запись: %1</translation>
    </message>
    <message>
        <source>, %1 need you</source>
        <translation>, требуют Вашего решения: %1</translation>
    </message>
    <message>
        <source>, %1 held</source>
        <translation>, задержано: %1</translation>
    </message>
    <message>
        <source>The letters waiting in the outbox have gone.</source>
        <translation>Письма, ожидавшие в исходящих, отправлены.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting in the outbox (View › Outbox).</source>
        <translation>
            <numerusform>В исходящих ждёт %n письмо (Вид › Исходящие).</numerusform>
            <numerusform>В исходящих ждут %n письма (Вид › Исходящие).</numerusform>
            <numerusform>В исходящих ждут %n писем (Вид › Исходящие).</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>В исходящих ничего нет.</translation>
    </message>
    <message numerus="yes">
        <source>The mail account needs attention: %1 %n letter(s) wait until it is fixed; saving a working account sends them.</source>
        <translation>
            <numerusform>Почтовая учётная запись требует внимания: %1 %n письмо ждёт её исправления; когда вы сохраните работающую учётную запись, оно будет отправлено.</numerusform>
            <numerusform>Почтовая учётная запись требует внимания: %1 %n письма ждут её исправления; когда вы сохраните работающую учётную запись, они будут отправлены.</numerusform>
            <numerusform>Почтовая учётная запись требует внимания: %1 %n писем ждут её исправления; когда вы сохраните работающую учётную запись, они будут отправлены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n letter(s) that waited for the mail account…</source>
        <translation>
            <numerusform>Отправляется %n письмо, ждавшее почтовую учётную запись…</numerusform>
            <numerusform>Отправляются %n письма, ждавшие почтовую учётную запись…</numerusform>
            <numerusform>Отправляются %n писем, ждавших почтовую учётную запись…</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters are being sent; try again when done.</source>
        <translation>Письма сейчас отправляются; попробуйте снова, когда это закончится.</translation>
    </message>
    <message>
        <source>Nothing was sent: no mail account is set up.</source>
        <translation>Ничего не отправлено: почтовая учётная запись не настроена.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Нет писем, ожидающих отправки.</translation>
    </message>
    <message>
        <source>Nothing was sent: no password was given.</source>
        <translation>Ничего не отправлено: пароль не введён.</translation>
    </message>
    <message>
        <source>Nothing was sent: sign in with %1 first (Settings › Mail Account).</source>
        <translation>Ничего не отправлено: сначала войдите через %1 (Настройки › Почтовая учётная запись).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Ошибка отправки: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password for %1 (kept in memory until you quit):</source>
        <translation>Пароль для %1 (хранится в памяти до выхода из программы):</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox and sent letters</source>
        <translation>Исходящие и отправленные письма</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>delivery unknown</source>
        <translation>доставка неизвестна</translation>
    </message>
    <message>
        <source>held: campaign closed</source>
        <translation>задержано: кампания закрыта</translation>
    </message>
    <message>
        <source>the mail account needs attention</source>
        <translation>почтовая учётная запись требует внимания</translation>
    </message>
    <message>
        <source>from your mail app</source>
        <translation>из Вашей почтовой программы</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>через веб-почту</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>обычной почтой</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>по факсу</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>другим способом</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Letters waiting</source>
        <translation>Ожидающие письма</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Отправленные письма</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>“Delivery unknown”: the connection broke after the letter was handed over, so it may have arrived. Send now only if you are sure it did not (check your sent folder), or it may arrive twice.</source>
        <translation>«Доставка неизвестна»: соединение прервалось после передачи письма, поэтому оно могло дойти. Нажимайте «Отправить сейчас», только если Вы уверены, что письмо не дошло (проверьте папку «Отправленные»), иначе оно может прийти дважды.</translation>
    </message>
    <message>
        <source>Fix the &amp;Mail Account…</source>
        <translation>Исправить почтовую &amp;учётную запись…</translation>
    </message>
    <message>
        <source>&amp;Forget the sent list</source>
        <translation>&amp;Стереть список отправленных</translation>
    </message>
    <message>
        <source>Removes the record from this computer; the letters stay sent</source>
        <translation>Удаляет записи с этого компьютера; сами письма остаются отправленными</translation>
    </message>
    <message>
        <source>&amp;Keep a list of the letters I send</source>
        <translation>&amp;Вести список отправленных писем</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>The Sent list keeps each letter you send, to whom and when, on this computer. Without it the app keeps only what stops a letter going twice.</source>
        <translation>Список отправленных хранит на этом компьютере каждое отправленное письмо: кому и когда. Без него приложение хранит только то, что не даёт отправить письмо дважды.</translation>
    </message>
    <message>
        <source>No Sent list is kept: the app remembers only which address got each campaign&apos;s letter, and when, so that it never sends one twice. The letters&apos; words, subjects and names are not kept.</source>
        <translation>Список отправленных не ведётся: приложение помнит только, какой адрес получил письмо каждой кампании и когда, чтобы никогда не отправить его дважды. Тексты писем, темы и имена не хранятся.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n letter(s)…</source>
        <translation>
            <numerusform>Отправка %n письма…</numerusform>
            <numerusform>Отправка %n писем…</numerusform>
            <numerusform>Отправка %n писем…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Нет писем, ожидающих отправки.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send now: %1.</source>
        <translation>Отправить сейчас: %1.</translation>
    </message>
    <message>
        <source>Fix the mail account, then they are sent.</source>
        <translation>Исправьте почтовую учётную запись — тогда они будут отправлены.</translation>
    </message>
    <message>
        <source>Forget the sent list?</source>
        <translation>Забыть список отправленных писем?</translation>
    </message>
    <message>
        <source>The record of these %1 sent letters is removed from this computer (the letters stay sent). This cannot be undone.</source>
        <translation>Запись об этих отправленных письмах (%1) будет удалена с этого компьютера (сами письма останутся отправленными). Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>from your account</source>
        <translation>с Вашей учётной записи</translation>
    </message>
    <message>
        <source>Message-ID: %1</source>
        <translation>Message-ID: %1</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Ожидают (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Отправленные (%1)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Choose a letter to see why it is waiting.</source>
        <translation>Выберите письмо, чтобы узнать, почему оно ожидает.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Отправить снова?</translation>
    </message>
    <message>
        <source>Some of these letters may already have arrived. Send them again?</source>
        <translation>Некоторые из этих писем, возможно, уже дошли. Отправить их снова?</translation>
    </message>
</context>
<context>
    <name>PrivacyControl</name>
    <message>
        <source>Forget this campaign&apos;s letters?</source>
        <translation>Стереть письма этой кампании?</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Стереть</translation>
    </message>
    <message>
        <source>This campaign&apos;s letters are forgotten.</source>
        <translation>Письма этой кампании стёрты.</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>Стереть всё?</translation>
    </message>
    <message>
        <source>&amp;Forget Everything</source>
        <translation>Стереть &amp;всё</translation>
    </message>
    <message>
        <source>This removes from this computer, for good:</source>
        <translation>С этого компьютера будет удалено навсегда:</translation>
    </message>
    <message>
        <source>your drafts (%1)</source>
        <translation>ваши черновики (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Your draft for “%1” and its %n letter(s) in the Sent list are removed from this computer. The app then no longer knows these letters went, so it will not warn you before sending them again. Letters waiting in the outbox stay there.</source>
        <translation>
            <numerusform>Ваш черновик для «%1» и %n его письмо в списке отправленных удаляются с этого компьютера. После этого приложение не будет знать, что это письмо ушло, и не предупредит вас перед повторной отправкой. Письма, ждущие в исходящих, остаются там.</numerusform>
            <numerusform>Ваш черновик для «%1» и %n его письма в списке отправленных удаляются с этого компьютера. После этого приложение не будет знать, что эти письма ушли, и не предупредит вас перед повторной отправкой. Письма, ждущие в исходящих, остаются там.</numerusform>
            <numerusform>Ваш черновик для «%1» и %n его писем в списке отправленных удаляются с этого компьютера. После этого приложение не будет знать, что эти письма ушли, и не предупредит вас перед повторной отправкой. Письма, ждущие в исходящих, остаются там.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Sent list (%n letter(s))</source>
        <translation>
            <numerusform>список отправленных (%n письмо)</numerusform>
            <numerusform>список отправленных (%n письма)</numerusform>
            <numerusform>список отправленных (%n писем)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still waiting in the outbox: they will NOT be sent</source>
        <translation>
            <numerusform>%n письмо ещё ждёт в исходящих: оно НЕ будет отправлено</numerusform>
            <numerusform>%n письма ещё ждут в исходящих: они НЕ будут отправлены</numerusform>
            <numerusform>%n писем ещё ждут в исходящих: они НЕ будут отправлены</numerusform>
        </translation>
    </message>
    <message>
        <source>the mail account %1 and its stored password</source>
        <translation>почтовая учётная запись %1 и её сохранённый пароль</translation>
    </message>
    <message>
        <source>the mail account settings</source>
        <translation>настройки почтовой учётной записи</translation>
    </message>
    <message>
        <source>every password or sign-in the app stored in the keyring</source>
        <translation>все пароли и данные входа, которые приложение сохранило в связке ключей</translation>
    </message>
    <message>
        <source>campaigns you opened (%1) and keys you trusted (%2)</source>
        <translation>открытые вами кампании (%1) и ключи, которым вы доверились (%2)</translation>
    </message>
    <message>
        <source>caches, and the window&apos;s size and language</source>
        <translation>кэши, а также размер и язык окна</translation>
    </message>
    <message>
        <source>Letters already sent stay with your mail provider and the recipients. The app closes when it is done.</source>
        <translation>Уже отправленные письма остаются у вашего почтового провайдера и у получателей. Затем приложение закроется.</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Стирание…</translation>
    </message>
    <message>
        <source>Everything is forgotten</source>
        <translation>Всё стёрто</translation>
    </message>
    <message>
        <source>Nothing of yours is left in the app&apos;s folders or in the keyring. The app closes now.</source>
        <translation>В папках приложения и в связке ключей не осталось ничего вашего. Приложение сейчас закроется.</translation>
    </message>
    <message>
        <source>Not everything could be forgotten</source>
        <translation>Не всё удалось стереть</translation>
    </message>
    <message>
        <source>%1

The app closes; try again after it starts.</source>
        <translation>%1

Приложение закроется; попробуйте снова после его запуска.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>no campaign at this path</source>
        <translation>по этому пути нет кампании</translation>
    </message>
    <message>
        <source>the .campaign file is damaged or not a zip archive ({detail})</source>
        <translation>файл .campaign повреждён или не является zip-архивом ({detail})</translation>
    </message>
    <message>
        <source>holds more than {limit} files</source>
        <translation>содержит больше {limit} файлов</translation>
    </message>
    <message>
        <source>the archive&apos;s list of files takes more than {limit} bytes; a campaign needs far less</source>
        <translation>список файлов архива занимает больше {limit} байт; кампании нужно гораздо меньше</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes</source>
        <translation>больше {limit} байт</translation>
    </message>
    <message>
        <source>the campaign is larger than {limit} bytes in all</source>
        <translation>общий размер кампании больше {limit} байт</translation>
    </message>
    <message>
        <source>is compressed more than {limit}:1, which only hostile archives do</source>
        <translation>степень сжатия больше {limit}:1 — так бывает только у вредоносных архивов</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: {name}</source>
        <translation>небезопасное имя файла в архиве: {name}</translation>
    </message>
    <message>
        <source>is encrypted; campaign archives must not be</source>
        <translation>зашифрован, а архивы кампаний не должны быть зашифрованы</translation>
    </message>
    <message>
        <source>is a link or a special file; campaigns hold plain files only</source>
        <translation>это ссылка или специальный файл, а кампании содержат только обычные файлы</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>не удаётся прочитать ({detail})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {offset})</source>
        <translation>не является текстом в UTF-8 (байт {offset})</translation>
    </message>
    <message>
        <source>appears twice in the archive</source>
        <translation>встречается в архиве дважды</translation>
    </message>
    <message>
        <source>differs from &apos;{other}&apos; only in letter case or in how an accent is encoded, which many computers take for the same name; keep only one of them</source>
        <translation>отличается от «{other}» только регистром букв или способом кодирования диакритического знака, а многие компьютеры считают такие имена одинаковыми; оставьте только один из файлов</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>синтаксическая ошибка TOML: {detail}</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>нет обязательного ключа «{key}»</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {expected}</source>
        <translation>для «{key}» ожидается {expected}</translation>
    </message>
    <message>
        <source>format {value} is not supported (this version reads format 1)</source>
        <translation>формат {value} не поддерживается (эта версия читает формат 1)</translation>
    </message>
    <message>
        <source>id &apos;{value}&apos; must be lowercase letters, digits and hyphens</source>
        <translation>идентификатор «{value}» должен состоять из строчных латинских букв, цифр и дефисов</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (like en, fr or pt-br)</source>
        <translation>«{value}» — не код языка (например, en, fr или pt-br)</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (misspelt?)</source>
        <translation>неизвестный ключ «{key}» (опечатка?)</translation>
    </message>
    <message>
        <source>the original language &apos;{lang}&apos; has no appeal/{lang}.md</source>
        <translation>для языка оригинала «{lang}» нет файла appeal/{lang}.md</translation>
    </message>
    <message>
        <source>the campaign has no letter template in letters/</source>
        <translation>в кампании нет шаблона письма в папке letters/</translation>
    </message>
    <message>
        <source>the campaign names no recipients</source>
        <translation>в кампании не указано ни одного получателя</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«{value}» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be on one line</source>
        <translation>значение «{key}» должно занимать одну строку</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; must start with a letter and hold only a-z, 0-9, _</source>
        <translation>ключ поля «{value}» должен начинаться с буквы и содержать только a-z, 0-9, _</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is reserved for the template</source>
        <translation>ключ поля «{value}» зарезервирован для шаблона</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is used twice</source>
        <translation>ключ поля «{value}» используется дважды</translation>
    </message>
    <message>
        <source>more than {limit} recipients</source>
        <translation>больше {limit} получателей</translation>
    </message>
    <message>
        <source>more than {limit} fields</source>
        <translation>больше {limit} полей</translation>
    </message>
    <message>
        <source>the default value must fit the field (one line, at most {limit} characters)</source>
        <translation>значение по умолчанию должно подходить для поля (одна строка, не более {limit} символов)</translation>
    </message>
    <message>
        <source>recipient address &apos;{value}&apos; is listed twice</source>
        <translation>адрес получателя «{value}» указан дважды</translation>
    </message>
    <message>
        <source>no title for language &apos;{lang}&apos;</source>
        <translation>нет названия на языке «{lang}»</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; has no label in language &apos;{lang}&apos;</source>
        <translation>у поля «{field}» нет подписи на языке «{lang}»</translation>
    </message>
    <message>
        <source>translation status &apos;{value}&apos; must be one of original, reviewed, draft</source>
        <translation>статус перевода «{value}» должен быть одним из: original, reviewed, draft</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a date like 2026-12-31</source>
        <translation>значение «{key}» должно быть датой вида 2026-12-31</translation>
    </message>
    <message>
        <source>is not part of a campaign bundle (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</source>
        <translation>не входит в состав пакета кампании (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</translation>
    </message>
    <message>
        <source>letter language &apos;{lang}&apos; has no template in letters/</source>
        <translation>для языка письма «{lang}» нет шаблона в папке letters/</translation>
    </message>
    <message>
        <source>uses other fields than the &apos;{lang}&apos; letter (missing: {missing}; extra: {extra})</source>
        <translation>использует другие поля, чем письмо «{lang}» (не хватает: {missing}; лишние: {extra})</translation>
    </message>
    <message>
        <source>the postal address may hold text and line breaks only, no other control characters</source>
        <translation>почтовый адрес может содержать только текст и переводы строк, другие управляющие символы недопустимы</translation>
    </message>
    <message>
        <source>the postal address is longer than {lines} lines or {limit} characters</source>
        <translation>в почтовом адресе больше {lines} строк или больше {limit} символов</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a fax number (digits, spaces, +, -, (, ) and dots)</source>
        <translation>«{value}» — не номер факса (допустимы цифры, пробелы, +, -, (, ) и точки)</translation>
    </message>
    <message>
        <source>status &apos;{value}&apos; must be active or closed</source>
        <translation>статус «{value}» должен быть active или closed</translation>
    </message>
    <message>
        <source>the organiser&apos;s key must be a minisign public key (the line starting with RW that minisign prints)</source>
        <translation>ключ организатора должен быть открытым ключом minisign (строка, начинающаяся с RW, которую выводит minisign)</translation>
    </message>
    <message>
        <source>this is not a minisign public key</source>
        <translation>это не открытый ключ minisign</translation>
    </message>
    <message>
        <source>this is not a minisign secret key, or it is damaged</source>
        <translation>это не секретный ключ minisign, или он повреждён</translation>
    </message>
    <message>
        <source>this secret key is protected by a password: give it (--password-stdin)</source>
        <translation>этот секретный ключ защищён паролем: укажите его (--password-stdin)</translation>
    </message>
    <message>
        <source>wrong password for this secret key</source>
        <translation>неверный пароль для этого секретного ключа</translation>
    </message>
    <message>
        <source>is not a minisign signature file, or it is damaged</source>
        <translation>не является файлом подписи minisign или повреждён</translation>
    </message>
    <message>
        <source>holds a legacy minisign signature; sign again with a current minisign (without -l)</source>
        <translation>содержит подпись minisign устаревшего вида; подпишите заново современным minisign (без -l)</translation>
    </message>
    <message>
        <source>was made with another key than the organiser&apos;s key in campaign.toml</source>
        <translation>сделана другим ключом, а не ключом организатора из campaign.toml</translation>
    </message>
    <message>
        <source>the signature does not match: MANIFEST was changed after signing</source>
        <translation>подпись не совпадает: MANIFEST изменён после подписания</translation>
    </message>
    <message>
        <source>the signature&apos;s trusted comment was changed after signing</source>
        <translation>доверенный комментарий подписи изменён после подписания</translation>
    </message>
    <message>
        <source>MANIFEST is there but MANIFEST.minisig is missing</source>
        <translation>MANIFEST есть, но MANIFEST.minisig отсутствует</translation>
    </message>
    <message>
        <source>MANIFEST.minisig is there but MANIFEST is missing</source>
        <translation>MANIFEST.minisig есть, но MANIFEST отсутствует</translation>
    </message>
    <message>
        <source>the campaign is signed but campaign.toml names no organiser key ([organiser] key)</source>
        <translation>кампания подписана, но в campaign.toml нет ключа организатора ([organiser] key)</translation>
    </message>
    <message>
        <source>a signed campaign needs a version in campaign.toml</source>
        <translation>подписанной кампании нужна версия в campaign.toml</translation>
    </message>
    <message>
        <source>line {line} is not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;</source>
        <translation>строка {line} не имеет вида «&lt;sha256&gt;  &lt;путь&gt;»</translation>
    </message>
    <message>
        <source>lists an unsafe path: {name}</source>
        <translation>содержит небезопасный путь: {name}</translation>
    </message>
    <message>
        <source>is not sorted by path (as LC_ALL=C sort): {name}</source>
        <translation>не отсортирован по пути (как LC_ALL=C sort): {name}</translation>
    </message>
    <message>
        <source>lists {name} twice</source>
        <translation>упоминает {name} дважды</translation>
    </message>
    <message>
        <source>lists {name}, which is not in the campaign</source>
        <translation>упоминает {name}, которого нет в кампании</translation>
    </message>
    <message>
        <source>{name} was changed after signing</source>
        <translation>{name} изменён после подписания</translation>
    </message>
    <message>
        <source>does not list {name}, which the campaign holds</source>
        <translation>не упоминает {name}, который есть в кампании</translation>
    </message>
    <message>
        <source>the signature says {signed}, but campaign.toml says {actual}</source>
        <translation>в подписи указано {signed}, а в campaign.toml — {actual}</translation>
    </message>
    <message>
        <source>this secret key is not the organiser&apos;s key in campaign.toml</source>
        <translation>этот секретный ключ — не ключ организатора из campaign.toml</translation>
    </message>
    <message>
        <source>{value} already exists; it is not overwritten</source>
        <translation>{value} уже существует; он не перезаписывается</translation>
    </message>
    <message>
        <source>first line must be &apos;Subject: ...&apos; followed by a blank line</source>
        <translation>первая строка должна быть «Subject: ...», а за ней — пустая строка</translation>
    </message>
    <message>
        <source>template error: {detail}</source>
        <translation>ошибка в шаблоне: {detail}</translation>
    </message>
    <message>
        <source>template uses something that does not exist: {detail}</source>
        <translation>шаблон использует то, чего не существует: {detail}</translation>
    </message>
    <message>
        <source>template does something a campaign may not do: {detail}</source>
        <translation>шаблон делает то, что кампании запрещено: {detail}</translation>
    </message>
    <message>
        <source>template failed: {detail}</source>
        <translation>сбой шаблона: {detail}</translation>
    </message>
    <message>
        <source>template is too complex: more than {limit} tags, names and signs</source>
        <translation>шаблон слишком сложен: больше {limit} тегов, имён и знаков</translation>
    </message>
    <message>
        <source>template takes too long to fill in (more than two seconds); it probably loops without end</source>
        <translation>шаблон заполняется слишком долго (больше двух секунд); вероятно, он зациклился</translation>
    </message>
    <message>
        <source>the appeal text is empty</source>
        <translation>текст обращения пуст</translation>
    </message>
    <message>
        <source>&apos;]]&apos; ends a group of alternative wordings, but no group was opened with &apos;[[&apos; before it</source>
        <translation>«]]» закрывает группу альтернативных формулировок, но перед этим ни одна группа не была открыта с помощью «[[»</translation>
    </message>
    <message>
        <source>the group of alternative wordings opened here with &apos;[[&apos; is never closed with &apos;]]&apos;</source>
        <translation>группа альтернативных формулировок, открытая здесь с помощью «[[», нигде не закрыта с помощью «]]»</translation>
    </message>
    <message>
        <source>&apos;[[&apos; opens a group of wordings inside another group; close the first group with &apos;]]&apos; before opening the next</source>
        <translation>«[[» открывает группу формулировок внутри другой группы; закройте первую группу с помощью «]]», прежде чем открывать следующую</translation>
    </message>
    <message>
        <source>this group of alternative wordings has only one wording: give at least two wordings separated by |</source>
        <translation>в этой группе альтернативных формулировок только одна формулировка: укажите хотя бы две, разделив их знаком |</translation>
    </message>
    <message>
        <source>more than {limit} groups of alternative wordings</source>
        <translation>больше {limit} групп альтернативных формулировок</translation>
    </message>
    <message>
        <source>a group of alternative wordings has more than {limit} wordings</source>
        <translation>в группе альтернативных формулировок больше {limit} формулировок</translation>
    </message>
    <message>
        <source>a block tag here (if, for, else, endif, ...) reaches across the edge of a wording; each wording must hold whole blocks, from if to endif</source>
        <translation>блочный тег здесь (if, for, else, endif, ...) выходит за границу формулировки; каждая формулировка должна содержать блоки целиком, от if до endif</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is required</source>
        <translation>поле «{label}» обязательно для заполнения</translation>
    </message>
    <message>
        <source>the campaign has no field &apos;{key}&apos;</source>
        <translation>в кампании нет поля «{key}»</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; must be on one line</source>
        <translation>поле «{label}» должно занимать одну строку</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is longer than {limit} characters</source>
        <translation>поле «{label}» длиннее {limit} символов</translation>
    </message>
    <message>
        <source>the campaign has no letter in &apos;{lang}&apos;</source>
        <translation>в кампании нет письма на языке «{lang}»</translation>
    </message>
    <message>
        <source>the campaign has no recipient {value}</source>
        <translation>в кампании нет получателя {value}</translation>
    </message>
    <message>
        <source>no campaign &apos;{value}&apos; (see the campaigns command)</source>
        <translation>нет кампании «{value}» (см. команду campaigns)</translation>
    </message>
    <message>
        <source>the {header} must be on one line</source>
        <translation>поле «{header}» должно занимать одну строку</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a usable e-mail address</source>
        <translation>«{value}» нельзя использовать как адрес электронной почты</translation>
    </message>
    <message>
        <source>the mail server failed: {detail}</source>
        <translation>сбой почтового сервера: {detail}</translation>
    </message>
    <message>
        <source>cannot reach the mail server ({detail}): check your internet connection and the server&apos;s name and port</source>
        <translation>не удаётся связаться с почтовым сервером ({detail}): проверьте подключение к интернету, а также имя и порт сервера</translation>
    </message>
    <message>
        <source>the mail server did not answer in time ({detail}): try again later</source>
        <translation>почтовый сервер вовремя не ответил ({detail}): попробуйте позже</translation>
    </message>
    <message>
        <source>the mail server&apos;s certificate cannot be trusted ({detail}); your password was not sent. Check the server name, or give the server&apos;s certificate file</source>
        <translation>сертификату почтового сервера нельзя доверять ({detail}); Ваш пароль не был отправлен. Проверьте имя сервера или укажите файл сертификата сервера</translation>
    </message>
    <message>
        <source>the secure connection to the mail server failed ({detail}); your password was not sent. Check the port and security setting</source>
        <translation>не удалось установить защищённое соединение с почтовым сервером ({detail}); Ваш пароль не был отправлен. Проверьте порт и защиту соединения</translation>
    </message>
    <message>
        <source>the mail server does not offer encryption (STARTTLS), so your password was not sent: choose implicit TLS (usually port 465)</source>
        <translation>почтовый сервер не предлагает шифрование (STARTTLS), поэтому Ваш пароль не был отправлен: выберите неявный TLS (обычно порт 465)</translation>
    </message>
    <message>
        <source>the mail server offers no password log-in over this connection (it offers: {detail}); check the port and security setting</source>
        <translation>почтовый сервер не разрешает вход по паролю через это соединение (он предлагает: {detail}); проверьте порт и защиту соединения</translation>
    </message>
    <message>
        <source>the mail server refused your user name or password ({detail}): check them; some providers need an app password</source>
        <translation>почтовый сервер не принял Ваше имя пользователя или пароль ({detail}): проверьте их; некоторым провайдерам нужен пароль приложения</translation>
    </message>
    <message>
        <source>{provider} accepts only its own sign-in (OAuth2) for sending: sign in with it (account set --oauth) where an organisation has set that up for this app, or copy the letter into your mail app, or use another mail account</source>
        <translation>{provider} разрешает отправку только через собственный вход (OAuth2): войдите через него (account set --oauth), если организация настроила его для этой программы, или скопируйте письмо в свою почтовую программу, или используйте другую почтовую учётную запись</translation>
    </message>
    <message>
        <source>the mail server refused a fresh sign-in ({detail}): sending by SMTP may be turned off for this account, or your organisation must approve the app first. Ask your administrator, or deliver the letter another way</source>
        <translation>почтовый сервер отклонил только что обновлённый вход ({detail}): возможно, отправка по SMTP отключена для этой учётной записи или Ваша организация должна сначала одобрить приложение. Обратитесь к администратору или доставьте письмо иным способом</translation>
    </message>
    <message>
        <source>the proxy {proxy} does not answer ({detail}); nothing was sent, not even directly: start the proxy, or change the network settings</source>
        <translation>прокси {proxy} не отвечает ({detail}); ничего не отправлено, в том числе напрямую: запустите прокси или измените сетевые настройки</translation>
    </message>
    <message>
        <source>Tor is not running on this computer ({detail}); nothing was sent, not even directly: start Tor or Tor Browser, then try again</source>
        <translation>Tor не работает на этом компьютере ({detail}); ничего не отправлено, в том числе напрямую: запустите Tor или Tor Browser и попробуйте снова</translation>
    </message>
    <message>
        <source>the proxy {proxy} could not reach the mail server ({detail}): try again later; some providers refuse connections that come through Tor</source>
        <translation>прокси {proxy} не смог связаться с почтовым сервером ({detail}): попробуйте позже; некоторые провайдеры отклоняют подключения через Tor</translation>
    </message>
    <message>
        <source>the mail server closed the connection ({detail}): try again later</source>
        <translation>почтовый сервер закрыл соединение ({detail}): попробуйте позже</translation>
    </message>
    <message>
        <source>the connection broke after the letter was handed over, so it may have been delivered; it will not be sent again unless you choose to</source>
        <translation>соединение прервалось после передачи письма, поэтому оно могло быть доставлено; повторно оно будет отправлено, только если Вы сами это выберете</translation>
    </message>
    <message>
        <source>the mail server refused {who}: {code} {detail}</source>
        <translation>почтовый сервер отклонил адрес {who}: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server did not accept it: {code} {detail}</source>
        <translation>почтовый сервер не принял его: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server does not take addresses with letters beyond ASCII, like {who} (it does not offer SMTPUTF8), so this letter was not sent: send it from another mail account, or deliver it another way</source>
        <translation>почтовый сервер не принимает адреса с буквами вне ASCII, такие как {who} (он не предлагает SMTPUTF8), поэтому это письмо не было отправлено: отправьте его с другой почтовой учётной записи или доставьте другим способом</translation>
    </message>
    <message>
        <source>no mail account is set up yet (letter-composer-cli account set ...)</source>
        <translation>почтовая учётная запись ещё не настроена (letter-composer-cli account set ...)</translation>
    </message>
    <message>
        <source>the provider table does not know {domain}: give the server (--host, --port, --security)</source>
        <translation>домена {domain} нет в таблице провайдеров: укажите сервер (--host, --port, --security)</translation>
    </message>
    <message>
        <source>this computer has no secure password store ({backend}); the password was not saved. Choose to be asked for it each time</source>
        <translation>на этом компьютере нет защищённого хранилища паролей ({backend}); пароль не был сохранён. Выберите вариант, при котором пароль запрашивается каждый раз</translation>
    </message>
    <message>
        <source>the password store failed: {detail}</source>
        <translation>сбой хранилища паролей: {detail}</translation>
    </message>
    <message>
        <source>no password is stored for {username}: give it (--password-stdin)</source>
        <translation>для {username} не сохранён пароль: укажите его (--password-stdin)</translation>
    </message>
    <message>
        <source>the account settings are not valid: {detail}</source>
        <translation>неверные настройки учётной записи: {detail}</translation>
    </message>
    <message>
        <source>the sign-in settings are not valid: {detail}</source>
        <translation>настройки входа недействительны: {detail}</translation>
    </message>
    <message>
        <source>signing in with {provider} is not set up in this copy of the app (an organisation must register it with {provider} first): send with a password or an app password, from your mail app or webmail, or by post</source>
        <translation>вход через {provider} не настроен в этом экземпляре приложения (организация должна сначала зарегистрировать его в {provider}): отправьте с паролем или паролем приложения, из почтовой программы или веб-почты, или обычной почтой</translation>
    </message>
    <message>
        <source>no sign-in is known for {domain}: use a password, or deliver the letter another way</source>
        <translation>для {domain} способ входа неизвестен: используйте пароль или доставьте письмо иным способом</translation>
    </message>
    <message>
        <source>the sign-in in the browser did not finish within {minutes} minutes (was the page closed?): try again</source>
        <translation>вход в браузере не завершился за {minutes} мин. (страница была закрыта?): попробуйте ещё раз</translation>
    </message>
    <message>
        <source>the sign-in with {provider} was cancelled</source>
        <translation>вход через {provider} отменён</translation>
    </message>
    <message>
        <source>{provider} did not allow the sign-in ({detail}): try again, and accept the request on {provider}&apos;s page</source>
        <translation>{provider} не разрешил вход ({detail}): попробуйте ещё раз и примите запрос на странице {provider}</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the saved sign-in ({detail}): sign in again</source>
        <translation>{provider} больше не принимает сохранённый вход ({detail}): войдите снова</translation>
    </message>
    <message>
        <source>{provider} refused the sign-in ({detail})</source>
        <translation>{provider} отклонил вход ({detail})</translation>
    </message>
    <message>
        <source>cannot reach {provider} to sign in ({detail}): check your internet connection</source>
        <translation>не удаётся связаться с {provider} для входа ({detail}): проверьте подключение к интернету</translation>
    </message>
    <message>
        <source>cannot reach {provider} through the proxy {proxy} to sign in ({detail}); nothing was sent, not even directly: start the proxy or Tor, or change the network settings</source>
        <translation>не удаётся связаться с {provider} через прокси {proxy} для входа ({detail}); ничего не отправлено, даже напрямую: запустите прокси или Tor либо измените настройки сети</translation>
    </message>
    <message>
        <source>the answer in the browser did not come from {provider} but from {detail}; nothing was saved: try again</source>
        <translation>ответ в браузере пришёл не от {provider}, а от {detail}; ничего не сохранено: попробуйте ещё раз</translation>
    </message>
    <message>
        <source>{username} is not signed in with {provider}: sign in again</source>
        <translation>{username} не выполнил вход через {provider}: войдите снова</translation>
    </message>
    <message>
        <source>the outbox has no letter {value} (see: outbox list)</source>
        <translation>в исходящих нет письма {value} (см.: outbox list)</translation>
    </message>
    <message>
        <source>letter {value} is being sent right now; try again in a moment</source>
        <translation>письмо {value} отправляется прямо сейчас; попробуйте ещё раз чуть позже</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send your letter</source>
        <translation>Отправка письма</translation>
    </message>
    <message>
        <source>Send this letter?</source>
        <translation>Отправить это письмо?</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <translation>От: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>To (one message each):</source>
        <translation>Кому (каждому отдельное письмо):</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Уже ждёт в исходящих, повторно не добавлено: %1.</translation>
    </message>
    <message>
        <source>Send a copy to the campaign&apos;s organiser (%1 &lt;%2&gt;)</source>
        <translation>Отправить копию организатору кампании (%1 &lt;%2&gt;)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <source>Looking for your password in the keyring…</source>
        <translation>Поиск Вашего пароля в связке ключей…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>You sign in with %1 each time you send: sign in to send these letters.</source>
        <translation>Вы входите через %1 при каждой отправке: войдите, чтобы отправить эти письма.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Letters, one per recipient</source>
        <translation>Письма, по одному на получателя</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Пожалуйста, введите пароль.</translation>
    </message>
    <message>
        <source>Stopping after the letter being sent now…</source>
        <translation>Остановка после письма, которое отправляется сейчас…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>not sent (cancelled); it waits in the outbox</source>
        <translation>не отправлено (отменено); ожидает в исходящих</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>waiting in the outbox, will be retried: %1</source>
        <translation>ожидает в исходящих, будет повторная попытка: %1</translation>
    </message>
    <message>
        <source>waiting in the outbox until the mail account is fixed: %1</source>
        <translation>ждёт в исходящих, пока не будет исправлена почтовая учётная запись: %1</translation>
    </message>
    <message>
        <source>may have been delivered: %1</source>
        <translation>возможно, доставлено: %1</translation>
    </message>
    <message>
        <source>Done: every letter was sent (%1).</source>
        <translation>Готово: все письма отправлены (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent. See below what happened to the others; those that can still go wait in the outbox (View › Outbox).</source>
        <translation>Отправлено писем: %1 из %2. Ниже показано, что произошло с остальными; те, что ещё можно отправить, ждут в исходящих (Вид › Исходящие).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Ошибка отправки: %1</translation>
    </message>
</context>
<context>
    <name>SendOnce</name>
    <message>
        <source>from your mail app</source>
        <translation>из Вашей почтовой программы</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>через веб-почту</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>обычной почтой</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>по факсу</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>другим способом</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You sent this letter to %1 on %2. Send it again?</source>
        <translation>Вы уже отправили это письмо получателю «%1» %2. Отправить его ещё раз?</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You already sent this letter to:</source>
        <translation>Вы уже отправили это письмо получателям:</translation>
    </message>
    <message>
        <source>Send it to them again?</source>
        <translation>Отправить им ещё раз?</translation>
    </message>
    <message>
        <source>If you answer No, it goes only to %1.</source>
        <translation>Если ответить «Нет», письмо уйдёт только получателям: %1.</translation>
    </message>
    <message>
        <source>If you answer No, nothing is sent.</source>
        <translation>Если ответить «Нет», ничего не будет отправлено.</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Уже отправлено</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Уже ждёт в исходящих, повторно не добавлено: %1.</translation>
    </message>
    <message>
        <source>Already waiting</source>
        <translation>Уже в очереди</translation>
    </message>
    <message>
        <source>The outbox shows how each one stands; nothing was added.</source>
        <translation>В исходящих видно, что с каждым письмом; ничего не добавлено.</translation>
    </message>
    <message>
        <source>Open &amp;Outbox</source>
        <translation>Открыть &amp;исходящие</translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>Ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>SignInControl</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Войти через %1</translation>
    </message>
    <message>
        <source>Your browser opens %1&apos;s page: sign in there, then come back here. Waiting…</source>
        <translation>Браузер открывает страницу %1: войдите там, затем вернитесь сюда. Ожидание…</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Вход через %1 выполнен.</translation>
    </message>
</context>
<context>
    <name>TrustControl</name>
    <message>
        <source>The campaign is closed.</source>
        <translation>Кампания закрыта.</translation>
    </message>
    <message>
        <source>This campaign is not safe to use</source>
        <translation>Эту кампанию небезопасно использовать</translation>
    </message>
    <message>
        <source>The keys you trusted for campaigns cannot be read.</source>
        <translation>Не удаётся прочитать ключи, которым вы доверяете для кампаний.</translation>
    </message>
    <message>
        <source>No signed campaign can be checked until the file is repaired.</source>
        <translation>Ни одну подписанную кампанию нельзя проверить, пока файл не восстановлен.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Не открыта: %1</translation>
    </message>
    <message>
        <source>The key was not trusted</source>
        <translation>Ключ не признан доверенным</translation>
    </message>
    <message>
        <source>The key is trusted: this campaign&apos;s updates are checked against it.</source>
        <translation>Ключ признан доверенным: обновления этой кампании будут проверяться по нему.</translation>
    </message>
    <message>
        <source>What changed in version %1</source>
        <translation>Что изменилось в версии %1</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust this campaign&apos;s key?</source>
        <translation>Доверять ключу этой кампании?</translation>
    </message>
    <message>
        <source>“%1” says it comes from &lt;b&gt;%2&lt;/b&gt;. It is signed with this key:</source>
        <translation>«%1» сообщает, что исходит от &lt;b&gt;%2&lt;/b&gt;. Она подписана этим ключом:</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(имя не указано)</translation>
    </message>
    <message>
        <source>The campaign&apos;s key</source>
        <translation>Ключ кампании</translation>
    </message>
    <message>
        <source>Compare it with the key the organiser publishes themselves: on their website, their social media, or as a QR code on a leaflet. Find that place on your own, not through this campaign: a forged campaign can point to a forged page. Once trusted, this campaign&apos;s updates are checked against this key, and a campaign with another key under its name is refused.</source>
        <translation>Сравните его с ключом, который публикует сам организатор: на своём сайте, в соцсетях или в виде QR-кода на листовке. Найдите это место сами, а не через эту кампанию: поддельная кампания может вести на поддельную страницу. После того как вы доверитесь, обновления этой кампании проверяются по этому ключу, а кампания под её именем с другим ключом отклоняется.</translation>
    </message>
    <message>
        <source>&amp;Published key (optional, to compare):</source>
        <translation>&amp;Опубликованный ключ (необязательно, для сравнения):</translation>
    </message>
    <message>
        <source>&amp;Trust This Campaign</source>
        <translation>&amp;Доверять этой кампании</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>✗ This is not a whole minisign key (it starts with RW).</source>
        <translation>✗ Это не полный ключ minisign (он начинается с RW).</translation>
    </message>
    <message>
        <source>✓ The same key: the campaign is signed by it.</source>
        <translation>✓ Тот же ключ: кампания подписана им.</translation>
    </message>
    <message>
        <source>✗ Not the same key. Do not trust this campaign: it may be a forgery.</source>
        <translation>✗ Ключ не совпадает. Не доверяйте этой кампании: это может быть подделка.</translation>
    </message>
</context>
<context>
    <name>TrustWords</name>
    <message>
        <source>recipients added: %1</source>
        <translation>добавлено получателей: %1</translation>
    </message>
    <message>
        <source>recipients removed: %1</source>
        <translation>удалено получателей: %1</translation>
    </message>
    <message>
        <source>addresses changed: %1</source>
        <translation>изменено адресов: %1</translation>
    </message>
    <message>
        <source>the appeal changed</source>
        <translation>призыв изменён</translation>
    </message>
    <message>
        <source>the letter changed</source>
        <translation>письмо изменено</translation>
    </message>
    <message>
        <source>the campaign is now closed</source>
        <translation>кампания теперь закрыта</translation>
    </message>
    <message>
        <source>the campaign is open again</source>
        <translation>кампания снова открыта</translation>
    </message>
    <message>
        <source>nothing you would see changed</source>
        <translation>ничего заметного не изменилось</translation>
    </message>
    <message>
        <source>Recipient added: %1 &lt;%2&gt;</source>
        <translation>Добавлен получатель: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Recipient removed: %1 &lt;%2&gt;</source>
        <translation>Удалён получатель: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Address changed: %1, was %2, now %3</source>
        <translation>Изменён адрес: %1, было %2, стало %3</translation>
    </message>
    <message>
        <source>The appeal changed (%1).</source>
        <translation>Призыв изменён (%1).</translation>
    </message>
    <message>
        <source>The letter changed (%1).</source>
        <translation>Письмо изменено (%1).</translation>
    </message>
    <message>
        <source>The campaign is now closed.</source>
        <translation>Кампания теперь закрыта.</translation>
    </message>
    <message>
        <source>The campaign is open again.</source>
        <translation>Кампания снова открыта.</translation>
    </message>
    <message>
        <source>“%1” has been changed since it was signed, or its signature is damaged.</source>
        <translation>«%1» изменена после подписания, или её подпись повреждена.</translation>
    </message>
    <message>
        <source>Its recipients or its letter may not be what the organiser wrote. Do not use it; ask the organiser for the campaign again.</source>
        <translation>Её получатели или письмо могут отличаться от написанных организатором. Не используйте её; попросите кампанию у организатора заново.</translation>
    </message>
    <message>
        <source>“%1” is version %2 of a campaign you already have in version %3.</source>
        <translation>«%1» — версия %2 кампании, которая у вас уже есть в версии %3.</translation>
    </message>
    <message>
        <source>An older version may send letters to addresses no longer in use, or be a forgery made from one. It is not used; the newer version is.</source>
        <translation>Старая версия может отправлять письма на адреса, которые больше не используются, или быть подделкой, сделанной на её основе. Она не используется; используется более новая.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign that comes with Letter Composer.</source>
        <translation>«%1» выдаёт себя за кампанию, входящую в Letter Composer.</translation>
    </message>
    <message>
        <source>It may be a forgery. Use the campaign in the app itself.</source>
        <translation>Это может быть подделка. Используйте кампанию, встроенную в приложение.</translation>
    </message>
    <message>
        <source>“%1” is not signed, but the campaign it claims to be was signed.</source>
        <translation>«%1» не подписана, хотя кампания, за которую она себя выдаёт, была подписана.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign you trusted, but it is signed with another key.</source>
        <translation>«%1» выдаёт себя за кампанию, которой вы доверяете, но подписана другим ключом.</translation>
    </message>
    <message>
        <source>It may be a forgery. Do not use it unless the organiser has told you, in a way you trust, that they changed their key.</source>
        <translation>Это может быть подделка. Не используйте её, если только организатор не сообщил вам надёжным для вас способом, что сменил ключ.</translation>
    </message>
</context>
</TS>
