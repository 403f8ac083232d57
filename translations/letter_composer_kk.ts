<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>Пошта тіркелгісі</translation>
    </message>
    <message>
        <source>Letters are sent from your own address, through your own provider, so they arrive as real letters from a real person. Nothing is sent anywhere else.</source>
        <translation>Хаттар Сіздің өз мекенжайыңыздан, өз пошта провайдеріңіз арқылы жіберіледі, сондықтан олар нақты адамнан келген нағыз хат ретінде жетеді. Басқа ешқайда ештеңе жіберілмейді.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>esim@example.org</translation>
    </message>
    <message>
        <source>Your name as recipients will see it</source>
        <translation>Алушылар көретін атыңыз</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Ask me for it each time I send (kept in memory only)</source>
        <translation>Әр жіберген сайын менен сұрау (тек жадта сақталады)</translation>
    </message>
    <message>
        <source>Implicit TLS (usually port 465)</source>
        <translation>Тікелей TLS (әдетте 465 порты)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (әдетте 587 порты)</translation>
    </message>
    <message>
        <source>Only for a self-hosted server</source>
        <translation>Тек өз серверіңіз үшін</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Байланысты тексеру</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Электрондық пошта мекенжайы:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Сіздің &amp;атыңыз:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Құпия&amp;сөз:</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>&amp;Желі:</translation>
    </message>
    <message>
        <source>Outgoing server settings</source>
        <translation>Шығыс пошта серверінің баптаулары</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Се&amp;рвер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Қауіпсі&amp;здік:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring (%1)</source>
        <translation>Осы компьютердің кілттер қоймасында сақтау (%1)</translation>
    </message>
    <message>
        <source>Remember it (not possible on this computer)</source>
        <translation>Сақтау (бұл компьютерде мүмкін емес)</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so your password will not be saved: it would end up in a plain file. You will be asked for it when you send.</source>
        <translation>Бұл компьютерде құпиясөздерге арналған қорғалған қойма жоқ, сондықтан құпиясөзіңіз сақталмайды: әйтпесе ол кәдімгі файлда қалар еді. Хат жіберген кезде ол Сізден сұралады.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(өзгеріссіз)</translation>
    </message>
    <message>
        <source>%1: sign in on %1&apos;s own page, in your browser. This app never sees your %1 password.</source>
        <translation>%1: браузеріңізде %1 жүйесінің өз бетінде кіріңіз. Бұл қолданба %1 құпиясөзіңізді ешқашан көрмейді.</translation>
    </message>
    <message>
        <source>Signs in with %1.</source>
        <translation>%1 арқылы кіреді.</translation>
    </message>
    <message>
        <source>Your provider is not in the built-in list: please fill in the outgoing server (your provider&apos;s help pages give it).</source>
        <translation>Пошта провайдеріңіз кірістірілген тізімде жоқ: шығыс пошта серверін толтырыңыз (ол провайдеріңіздің анықтама беттерінде көрсетілген).</translation>
    </message>
    <message>
        <source>%1: use an app password, not your usual password. Create one in your account&apos;s security settings (it needs two-step verification), then paste it below.</source>
        <translation>%1: әдеттегі құпиясөзіңізді емес, қолданба құпиясөзін пайдаланыңыз. Оны тіркелгіңіздің қауіпсіздік баптауларында жасаңыз (ол үшін екі қадамды растау қосулы болуы керек), содан кейін төменге қойыңыз.</translation>
    </message>
    <message>
        <source>%1: settings filled in for you.</source>
        <translation>%1: баптаулар Сіз үшін толтырылды.</translation>
    </message>
    <message>
        <source>Not needed: signs in with %1</source>
        <translation>Қажет емес: %1 арқылы кіреді</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Сенімді сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.crt *.cer);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Please sign in with %1 first.</source>
        <translation>Алдымен %1 арқылы кіріңіз.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 серверіне қосылуда…</translation>
    </message>
    <message>
        <source>T&amp;rusted certificate:</source>
        <translation>Сенімді сер&amp;тификат:</translation>
    </message>
    <message>
        <source>%1 accepts only its own sign-in (OAuth2) for sending from other apps, and that sign-in is not set up in this copy of the app (an organisation must register it first). You can still take part: copy the letter into your mail app and send it from there, or set up another mail account here.</source>
        <translation>%1 басқа қолданбалардан жіберу үшін тек өз кіру тәсілін (OAuth2) қабылдайды, ал ол кіру қолданбаның бұл данасында бапталмаған (ұйым алдымен оны тіркеуі керек). Сонда да қатыса аласыз: хатты пошта бағдарламаңызға көшіріп, сол жерден жіберіңіз немесе мұнда басқа пошта тіркелгісін баптаңыз.</translation>
    </message>
    <message>
        <source>It works: logged in to %1.</source>
        <translation>Бәрі жұмыс істейді: %1 серверіне кіру сәтті өтті.</translation>
    </message>
</context>
<context>
    <name>AppealPane</name>
    <message>
        <source>A&amp;ppeal in:</source>
        <translation>Үндеу &amp;тілі:</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Түпнұсқаны көрсету</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Үндеу</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (түпнұсқа)</translation>
    </message>
    <message>
        <source>%1 (draft translation)</source>
        <translation>%1 (аударманың жобасы)</translation>
    </message>
    <message>
        <source>Draft translation: the original (%1) is authoritative.</source>
        <translation>Аударманың жобасы: негізгі мәтін — түпнұсқа (%1).</translation>
    </message>
</context>
<context>
    <name>CampaignBanner</name>
    <message>
        <source>Please send no more letters. Letters for it still waiting in the outbox are held, not sent.</source>
        <translation>Енді хат жібермеуіңізді сұраймыз. Шығыс жәшігінде әлі күтіп тұрған оның хаттары жіберілмей, ұсталып тұр.</translation>
    </message>
    <message>
        <source>This campaign is closed</source>
        <translation>Бұл науқан жабылды</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(аты көрсетілмеген)</translation>
    </message>
    <message>
        <source>Not signed: anyone could have made or changed this campaign</source>
        <translation>Қол қойылмаған: бұл науқанды кез келген адам жасауы не өзгертуі мүмкін еді</translation>
    </message>
    <message>
        <source>Before you send, check that the addresses under “Send to” are the real ones, for example on the recipients&apos; own website.</source>
        <translation>Жібермес бұрын «Кімге» астындағы мекенжайлардың шынайы екенін тексеріңіз, мысалы, алушылардың өз сайтынан.</translation>
    </message>
    <message>
        <source>Signed, but not yet trusted</source>
        <translation>Қол қойылған, бірақ әлі сенім білдірілмеген</translation>
    </message>
    <message>
        <source>It says it comes from “%1”. Check its key against the one the organiser publishes before you trust it.</source>
        <translation>Ол «%1» атынан келгенін айтады. Сенім білдірмес бұрын оның кілтін ұйымдастырушы жариялаған кілтпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>&amp;Check the Key…</source>
        <translation>Кілтті &amp;тексеру…</translation>
    </message>
    <message>
        <source>Updated by the organiser you trusted</source>
        <translation>Сіз сенген ұйымдастырушы жаңартты</translation>
    </message>
    <message>
        <source>Version %1, signed by “%2”: %3.</source>
        <translation>%1-нұсқа, «%2» қол қойған: %3.</translation>
    </message>
    <message>
        <source>What &amp;Changed…</source>
        <translation>Не &amp;өзгерді…</translation>
    </message>
    <message>
        <source>Signed by the organiser you trusted</source>
        <translation>Сіз сенген ұйымдастырушы қол қойған</translation>
    </message>
    <message>
        <source>Signed by “%1” with the key you trusted for this campaign (version %2).</source>
        <translation>«%1» осы науқан үшін сіз сенген кілтпен қол қойған (%2-нұсқа).</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Open in Your Mail App</source>
        <translation>Пошта қолданбаңызда ашу</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in your mail app with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Әр алушыға жеке хабарлама пошта қолданбаңызда ашылады: мекенжайы, тақырыбы және хат мәтіні алдын ала толтырылған болады. Оны тексеріп, сол жерден жіберіңіз.</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>%1 арқылы ашу</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened with the address and subject filled in. The letter is too long to go in with them: it is put on the clipboard each time, for you to paste into the message (%1). Check it and send it from there.</source>
        <translation>Әр алушыға жеке хабарлама ашылады: мекенжайы мен тақырыбы алдын ала толтырылған болады. Хат тым ұзын болғандықтан, оны бірге толтыру мүмкін емес: ол әр жолы алмасу буферіне көшіріледі, оны хабарламаға қойыңыз (%1). Хабарламаны тексеріп, сол жерден жіберіңіз.</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own, opened in %1 in your browser (sign in if it asks) with the address, subject and letter filled in. Check it and send it from there.</source>
        <translation>Әр алушыға жеке хабарлама браузеріңізде %1 арқылы ашылады (сұралса, тіркелгіңізге кіріңіз): мекенжайы, тақырыбы және хат мәтіні алдын ала толтырылған болады. Оны тексеріп, сол жерден жіберіңіз.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Жіберілді деп &amp;белгілеу…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your mail app connects the way it is set to, not through the app&apos;s proxy.</source>
        <translation>Пошта тіркелгіңіз прокси арқылы қосылады, ал бұл жол олай емес: пошта қолданбаңыз қолданбаның проксиі арқылы емес, өз баптауларымен қосылады.</translation>
    </message>
    <message>
        <source>Your mail account is set to connect through a proxy, but this does not: your browser connects the way it is set to (Tor Browser goes through Tor).</source>
        <translation>Пошта тіркелгіңіз прокси арқылы қосылады, ал бұл жол олай емес: браузеріңіз өз баптауларымен қосылады (Tor Browser Tor арқылы жүреді).</translation>
    </message>
    <message>
        <source>Nothing on this computer opens mail links. Set a default mail app, or use Copy Letter and paste it into a message.</source>
        <translation>Бұл компьютерде пошта сілтемелерін ашатын қолданба жоқ. Әдепкі пошта қолданбасын орнатыңыз немесе «Хатты көшіру» командасын пайдаланып, хатты хабарламаға қойыңыз.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Use Copy Letter instead.</source>
        <translation>Браузерді ашу мүмкін болмады. Оның орнына «Хатты көшіру» командасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>%1 — opened</source>
        <translation>%1 — ашылды</translation>
    </message>
    <message>
        <source>The letter to %1 is too long to go in a link, so it is on the clipboard: click into the message&apos;s text and paste it (%2).</source>
        <translation>Алушыға (%1) арналған хат сілтемеге сыймайтындай ұзын, сондықтан ол алмасу буферіне көшірілді: хабарламаның мәтін өрісіне шертіп, хатты қойыңыз (%2).</translation>
    </message>
    <message>
        <source>The message to %1 is open, ready to send.</source>
        <translation>Алушыға (%1) арналған хабарлама ашық, жіберуге дайын.</translation>
    </message>
    <message>
        <source>&amp;Open the Message</source>
        <translation>&amp;Хабарламаны ашу</translation>
    </message>
    <message>
        <source>&amp;Open the Next Message</source>
        <translation>Келесі &amp;хабарламаны ашу</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Кімге: %1</translation>
    </message>
    <message>
        <source>All Messages &amp;Opened</source>
        <translation>Барлық хабарлама &amp;ашылды</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>The letters are on the clipboard.</source>
        <translation>Хаттар алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>%1 letters are on the clipboard, one after another, each with its recipients and subject: paste them (%2) and send each as a message of its own.</source>
        <translation>Алмасу буферіне көшірілген хаттар саны: %1. Олар бірінен соң бірі орналасқан, әрқайсысының өз алушылары мен тақырыбы бар: оларды қойып (%2), әрқайсысын жеке хабарлама ретінде жіберіңіз.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>Хат алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard, with its recipients and subject: paste it (%1) into a message, a web form or a document.</source>
        <translation>Хат алушыларымен және тақырыбымен бірге алмасу буферіне көшірілді: оны хабарламаға, веб-пішінге немесе құжатқа қойыңыз (%1).</translation>
    </message>
    <message>
        <source>Letter copied</source>
        <translation>Хат көшірілді</translation>
    </message>
    <message>
        <source>The campaign gives no postal address for: %1. Write it on the letter and the envelope yourself, or send these letters another way.</source>
        <translation>Науқан мына алушылардың пошта мекенжайын көрсетпеген: %1. Мекенжайды хатқа және конвертке өзіңіз жазыңыз немесе бұл хаттарды басқа жолмен жіберіңіз.</translation>
    </message>
    <message>
        <source>The letters could not be printed</source>
        <translation>Хаттарды басып шығару мүмкін болмады</translation>
    </message>
    <message>
        <source>The printer could not be used. Try Save as PDF and print the file.</source>
        <translation>Принтерді пайдалану мүмкін болмады. «PDF ретінде сақтау» командасын қолданып, файлды басып шығарып көріңіз.</translation>
    </message>
    <message>
        <source>Letters sent to the printer: %1.</source>
        <translation>Принтерге жіберілген хаттар: %1.</translation>
    </message>
    <message>
        <source>Letters printed</source>
        <translation>Хаттар басып шығарылды</translation>
    </message>
    <message>
        <source>Sign each letter, then post it or fax it.</source>
        <translation>Әр хатқа қол қойып, содан кейін оны пошта немесе факс арқылы жіберіңіз.</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>PDF файлын сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» файлын жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>Choose &amp;Another Place…</source>
        <translation>Басқа &amp;орынды таңдау…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF сақталды</translation>
    </message>
    <message>
        <source>The letters are in “%1”, one page or more for each recipient: print them, sign them, and post them or fax them.</source>
        <translation>Хаттар «%1» файлында, әр алушыға бір немесе бірнеше бет: оларды басып шығарып, қол қойып, пошта немесе факс арқылы жіберіңіз.</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>бұл қалтаға жазуға рұқсатыңыз жоқ</translation>
    </message>
    <message>
        <source>that place cannot be written to (read-only)</source>
        <translation>бұл орынға жазу мүмкін емес (тек оқуға арналған)</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation>мұндай қалта жоқ</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>дискіде бос орын қалмады</translation>
    </message>
    <message>
        <source>Save the Letters as PDF</source>
        <translation>Хаттарды PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Letters marked as sent: %1.</source>
        <translation>Жіберілді деп белгіленген хаттар: %1.</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Your details</source>
        <translation>Сіздің деректеріңіз</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* міндетті</translation>
    </message>
    <message>
        <source>Se&amp;nd to</source>
        <translation>Кім&amp;ге жіберу</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Сіздің хатыңыз</translation>
    </message>
    <message>
        <source>As sent t&amp;o:</source>
        <translation>Алушыға арналған &amp;нұсқа:</translation>
    </message>
    <message>
        <source>Other word&amp;ing</source>
        <translation>Басқа тұжыры&amp;м</translation>
    </message>
    <message>
        <source>Use another combination of the alternative wordings the campaign offers, so your letter is not the same as everyone else&apos;s; what it asks for stays the same (Ctrl+Shift+W)</source>
        <translation>Хатыңыз басқалардың хатымен бірдей болмауы үшін науқан ұсынатын балама тұжырымдардың басқа үйлесімін қолдану; хаттың талаптары өзгермейді (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Reset to template</source>
        <translation>&amp;Үлгіге қайтару</translation>
    </message>
    <message>
        <source>Replace your edits with the campaign&apos;s letter, filled with your details</source>
        <translation>Өзгерістеріңізді науқанның деректеріңізбен толтырылған хатымен ауыстыру</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Жіберу…</translation>
    </message>
    <message>
        <source>Send the letter from your mail account (Ctrl+Return)</source>
        <translation>Хатты пошта тіркелгіңізден жіберу (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;More Ways</source>
        <translation>Басқа тә&amp;сілдер</translation>
    </message>
    <message>
        <source>Open the letter in your mail app or webmail, copy it, print it or save it as a PDF for the post</source>
        <translation>Хатты пошта қолданбасында немесе веб-поштада ашу, көшіру, басып шығару немесе пошта арқылы жіберу үшін PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>&amp;Letter in:</source>
        <translation>&amp;Хат тілі:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Тақы&amp;рып:</translation>
    </message>
    <message>
        <source>The campaign&apos;s recipients read: %1</source>
        <translation>Науқан алушыларының тілі: %1</translation>
    </message>
    <message>
        <source>Switching the language replaces your edited letter with the campaign&apos;s letter in %1.</source>
        <translation>Тілді ауыстырсаңыз, өзгерткен хатыңыз науқанның мына тілдегі хатымен ауыстырылады: %1.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter, filled with your details.</source>
        <translation>Хатқа енгізген өзгерістеріңіз науқанның деректеріңізбен толтырылған хатымен ауыстырылады.</translation>
    </message>
    <message>
        <source>Your changes to the letter will be replaced by the campaign&apos;s letter in other wordings, filled with your details.</source>
        <translation>Хатқа енгізген өзгерістеріңіз науқанның басқа тұжырымдармен берілген, деректеріңізбен толтырылған хатымен ауыстырылады.</translation>
    </message>
    <message>
        <source>Replace your edits?</source>
        <translation>Өзгерістеріңізді ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <source>Letter (%1)</source>
        <translation>Хат (%1)</translation>
    </message>
    <message>
        <source>What it says (%1)</source>
        <translation>Мазмұны (%1)</translation>
    </message>
    <message>
        <source>The campaign has no %1 version of the letter. The appeal on the left says what the letter asks for.</source>
        <translation>Науқанда хаттың Сіздің тіліңіздегі нұсқасы жоқ (%1). Хаттың не талап ететінін сол жақтағы үндеу түсіндіреді.</translation>
    </message>
    <message>
        <source>Your letter goes out in %1, the language the recipients read. This is the campaign&apos;s %2 version of the same letter with your details, so you know what you sign; it is not sent.</source>
        <translation>Хатыңыз алушылар оқитын тілде (%1) жіберіледі. Бұл — сол хаттың Сіздің тіліңіздегі нұсқасы (%2), Сіздің деректеріңізбен, не қол қоятыныңызды білуіңіз үшін; ол жіберілмейді.</translation>
    </message>
    <message>
        <source>The campaign has no version of this letter in %1. Here is the nearest one it has, in %2, with your details, so you know what you sign; your letter goes out in %3 and this is not sent.</source>
        <translation>Науқанда бұл хаттың Сіздің тіліңіздегі нұсқасы жоқ (%1). Міне, ең жақын нұсқасы (тілі: %2), Сіздің деректеріңізбен, не қол қоятыныңызды білуіңіз үшін; хатыңыз алушылар оқитын тілде (%3) жіберіледі, ал бұл нұсқа жіберілмейді.</translation>
    </message>
    <message>
        <source>Your own changes to the letter are not shown here.</source>
        <translation>Хатқа өзіңіз енгізген өзгерістер мұнда көрсетілмейді.</translation>
    </message>
    <message>
        <source>You have edited the letter. Changes to your details no longer update it; the greeting is adapted for each recipient.</source>
        <translation>Сіз хатты өзгерттіңіз. Енді деректеріңіздегі өзгерістер хатты жаңартпайды; сәлемдесу сөзі әр алушыға бейімделеді.</translation>
    </message>
    <message>
        <source>The letter follows your details as you type.</source>
        <translation>Деректеріңізді енгізген сайын хат соларға сай жаңарып отырады.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Кемінде бір алушыны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Лицензиялар</translation>
    </message>
    <message>
        <source>Letter Composer %1 is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. Below are its licence and the licences of the software and data it includes.</source>
        <translation>Letter Composer %1 — еркін бағдарлама: оны GNU General Public License 3-нұсқасының немесе (өз таңдауыңыз бойынша) кез келген кейінгі нұсқасының шарттарымен таратуға және өзгертуге болады. Ол ешқандай кепілдіксіз беріледі. Төменде оның лицензиясы және құрамындағы бағдарламалар мен деректердің лицензиялары берілген.</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Лицензия мәтіндері</translation>
    </message>
    <message>
        <source>&amp;Licence texts:</source>
        <translation>&amp;Лицензия мәтіндері:</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation (%1).</source>
        <translation>Бұл орнатылымда лицензия мәтіндері жоқ (%1).</translation>
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
        <translation>Дайын</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Жіберілді деп &amp;белгілеу…</translation>
    </message>
    <message>
        <source>%1 — Letter Composer</source>
        <translation>%1 — Letter Composer</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Тіл: %1</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>Науқанды ашу</translation>
    </message>
    <message>
        <source>Campaigns (*.campaign campaign.toml);;All files (*)</source>
        <translation>Науқандар (*.campaign campaign.toml);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Open Campaign Folder</source>
        <translation>Науқан қалтасын ашу</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 ашылуда…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 ашылмады</translation>
    </message>
    <message>
        <source>This campaign cannot be opened</source>
        <translation>Бұл науқанды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a campaign.</source>
        <translation>«%1» науқан ретінде ашылмайды.</translation>
    </message>
    <message>
        <source>If an organiser sent you this file, please tell them; they can check it with “letter-composer-cli validate”. The campaign you had open stays as it was.</source>
        <translation>Егер бұл файлды Сізге ұйымдастырушы жіберсе, оған хабарлаңыз: ол файлды «letter-composer-cli validate» командасымен тексере алады. Бұрын ашық тұрған науқан өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>built-in campaign</source>
        <translation>кірістірілген науқан</translation>
    </message>
    <message>
        <source>%1 recipients · %2</source>
        <translation>Алушылар: %1 · %2</translation>
    </message>
    <message>
        <source>Discard your letter?</source>
        <translation>Хатыңыздан бас тартасыз ба?</translation>
    </message>
    <message>
        <source>Your letter could not be saved. If you go on, what you typed is lost.</source>
        <translation>Хатыңызды сақтау мүмкін болмады. Жалғастырсаңыз, терген мәтініңіз жоғалады.</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Хатыңыздың жобасын сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Mail account saved.</source>
        <translation>Пошта тіркелгісі сақталды.</translation>
    </message>
    <message>
        <source>This campaign is closed: it asks for no more letters.</source>
        <translation>Бұл науқан жабылды: енді хат сұралмайды.</translation>
    </message>
    <message>
        <source>Please fill in the fields marked *.</source>
        <translation>* белгісі бар өрістерді толтырыңыз.</translation>
    </message>
    <message>
        <source>Please choose at least one recipient.</source>
        <translation>Кемінде бір алушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later), with no warranty. Licences shows it and the licences of the software and data the app includes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GNU General Public License 3-нұсқасы немесе кез келген кейінгі нұсқасы (GPL-3.0-or-later) бойынша еркін бағдарлама, ешқандай кепілдіксіз. «Лицензиялар» түймесі осы лицензияны және бағдарлама құрамындағы бағдарламалар мен деректердің лицензияларын көрсетеді.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Лицензиялар…</translation>
    </message>
    <message>
        <source>The letter cannot be sent</source>
        <translation>Хатты жіберу мүмкін емес</translation>
    </message>
    <message>
        <source>The letter could not be prepared</source>
        <translation>Хатты дайындау мүмкін емес</translation>
    </message>
    <message>
        <source>Once the letter has gone, mark it as sent: your sent letters then show what went where.</source>
        <translation>Хат кеткен соң, оны жіберілді деп белгілеңіз: сонда жіберілген хаттарыңыздан не қайда кеткені көрінеді.</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent.</source>
        <translation>%2 хаттың ішінен %1 хат жіберілді.</translation>
    </message>
    <message>
        <source>About Letter Composer</source>
        <translation>Letter Composer туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Read a campaign&apos;s appeal and write its protest letter in your own words.&lt;/p&gt;&lt;p&gt;No telemetry: the app talks to no server except your own mail server when you send.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Letter Composer %1&lt;/h3&gt;&lt;p&gt;Науқанның үндеуін оқып, наразылық хатын өз сөзіңізбен жазыңыз.&lt;/p&gt;&lt;p&gt;Телеметрия жоқ: хат жіберген кезде қолданба тек Сіздің пошта серверіңізбен байланысады, басқа ешбір серверге қосылмайды.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as Sent</source>
        <translation>Жіберілді деп белгілеу</translation>
    </message>
    <message>
        <source>Which letters did you send, and how? They are added to your sent letters (View › Sent Letters), so you know later what went where.</source>
        <translation>Қай хаттарды қалай жібердіңіз? Олар жіберілген хаттарыңызға қосылады (Көрініс › Жіберілген хаттар), сонда кейін не қайда кеткенін білесіз.</translation>
    </message>
    <message>
        <source>Letters you sent</source>
        <translation>Сіз жіберген хаттар</translation>
    </message>
    <message>
        <source>From my mail app</source>
        <translation>Менің пошта қолданбамнан</translation>
    </message>
    <message>
        <source>From webmail</source>
        <translation>Веб-пошта арқылы</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Пошта арқылы (қағаз хат)</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>Факс арқылы</translation>
    </message>
    <message>
        <source>Copied, or another way</source>
        <translation>Көшіру арқылы немесе басқа жолмен</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Қалай &amp;жіберілді:</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>Жіберілді деп &amp;белгілеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The letters to %1 are waiting in the outbox; marking them as sent takes them out, so that nothing goes twice.</source>
        <translation>Мына алушыларға арналған хаттар шығыс хаттарда күтіп тұр: %1. Ештеңе екі рет жіберілмеуі үшін, Сіз оларды жіберілді деп белгілегенде, олар шығыс хаттардан алынады.</translation>
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
        <translation>Өң&amp;деу</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>Ж&amp;еткізу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Open Campaign File…</source>
        <translation>&amp;Науқан файлын ашу…</translation>
    </message>
    <message>
        <source>Open Campaign &amp;Folder…</source>
        <translation>Науқан қ&amp;алтасын ашу…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы ашылғандар</translation>
    </message>
    <message>
        <source>&amp;Send Letter…</source>
        <translation>Хатты &amp;жіберу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Reset Letter to Template</source>
        <translation>Хатты ү&amp;лгіге қайтару</translation>
    </message>
    <message>
        <source>Other &amp;Wording</source>
        <translation>Басқа тұжыры&amp;м</translation>
    </message>
    <message>
        <source>Go to Your &amp;Details</source>
        <translation>&amp;Деректеріңізге өту</translation>
    </message>
    <message>
        <source>Go to the &amp;Letter</source>
        <translation>&amp;Хатқа өту</translation>
    </message>
    <message>
        <source>Open in Mail &amp;App…</source>
        <translation>&amp;Пошта қолданбасында ашу…</translation>
    </message>
    <message>
        <source>Open in &amp;Webmail</source>
        <translation>&amp;Веб-поштада ашу</translation>
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
        <translation>Хатты &amp;көшіру</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Жіберілді деп &amp;белгілеу…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Шығыс хаттар…</translation>
    </message>
    <message>
        <source>&amp;Sent Letters…</source>
        <translation>&amp;Жіберілген хаттар…</translation>
    </message>
    <message>
        <source>&amp;Mail Account…</source>
        <translation>&amp;Пошта тіркелгісі…</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Желі…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Forget This &amp;Campaign&apos;s Letters…</source>
        <translation>Осы науқанның хаттарын &amp;ұмыту…</translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation>&amp;Барлығын ұмыту…</translation>
    </message>
    <message>
        <source>&amp;About Letter Composer</source>
        <translation>Letter Composer &amp;туралы</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>through Tor</source>
        <translation>Tor арқылы</translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation>%1 проксиі арқылы</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>тікелей</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network</source>
        <translation>Желі</translation>
    </message>
    <message>
        <source>A proxy hides where you connect from. Your mail provider sees the proxy&apos;s address instead of yours, and your network (at home, at work, your internet provider) sees only that you connect to the proxy, not to your mail provider. Tor is such a proxy, run by volunteers.</source>
        <translation>Прокси қай жерден қосылатыныңызды жасырады. Пошта провайдеріңіз сіздің мекенжайыңыздың орнына проксидің мекенжайын көреді, ал желіңіз (үйде, жұмыста, интернет провайдеріңіз) пошта провайдеріне емес, тек проксиге қосылатыныңызды көреді. Tor — еріктілер ұстайтын осындай прокси.</translation>
    </message>
    <message>
        <source>It does not hide who you are from your mail provider: it knows your account and every letter you send, and the recipients see your address. Some providers refuse or challenge connections that come through Tor.</source>
        <translation>Ол пошта провайдеріңізден кім екеніңізді жасырмайды: провайдер тіркелгіңізді және жіберген әр хатыңызды біледі, ал алушылар мекенжайыңызды көреді. Кейбір провайдерлер Tor арқылы келген қосылымдарды қабылдамайды немесе қосымша тексеру сұрайды.</translation>
    </message>
    <message>
        <source>With a proxy chosen, the app never connects directly: when the proxy is not running, letters wait in the outbox until it is.</source>
        <translation>Прокси таңдалса, қолданба ешқашан тікелей қосылмайды: прокси жұмыс істемесе, хаттар ол іске қосылғанша шығыс қалтасында күтеді.</translation>
    </message>
    <message>
        <source>Connect &amp;directly</source>
        <translation>&amp;Тікелей қосылу</translation>
    </message>
    <message>
        <source>Through &amp;Tor running on this computer (Tor or Tor Browser)</source>
        <translation>Осы компьютердегі Tor арқылы (Tor немесе Tor &amp;Browser)</translation>
    </message>
    <message>
        <source>Through a &amp;SOCKS5 proxy:</source>
        <translation>&amp;SOCKS5 прокси арқылы:</translation>
    </message>
    <message>
        <source>Proxy address, e.g. 127.0.0.1</source>
        <translation>Прокси мекенжайы, мысалы 127.0.0.1</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Прокси мекенжайы</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Прокси порты</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Те&amp;ксеру</translation>
    </message>
    <message>
        <source>Webmail pages and your mail app, opened from Deliver, do not go through this proxy: they connect the way your browser or mail app is set to.</source>
        <translation>«Жеткізу» мәзірінен ашылған веб-пошта беттері мен пошта қолданбаңыз бұл прокси арқылы жүрмейді: олар браузеріңіздің немесе пошта қолданбаңыздың баптауларымен қосылады.</translation>
    </message>
    <message>
        <source>Please type the proxy&apos;s address.</source>
        <translation>Прокси мекенжайын енгізіңіз.</translation>
    </message>
    <message>
        <source>Tor is running on this computer (port %1).</source>
        <translation>Tor осы компьютерде жұмыс істеп тұр (%1 порты).</translation>
    </message>
    <message>
        <source>Tor is not running on this computer (nothing answers on port 9050 or 9150). Start Tor or Tor Browser: until then, letters wait.</source>
        <translation>Tor осы компьютерде жұмыс істеп тұрған жоқ (9050 және 9150 порттарында ешнәрсе жауап бермейді). Tor немесе Tor Browser-ді іске қосыңыз: оған дейін хаттар күтеді.</translation>
    </message>
    <message>
        <source>The proxy answers.</source>
        <translation>Прокси жауап береді.</translation>
    </message>
    <message>
        <source>Nothing answers at this proxy address: letters wait until it does.</source>
        <translation>Бұл прокси мекенжайында ешнәрсе жауап бермейді: хаттар ол жауап бергенше күтеді.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
</context>
<context>
    <name>OutboxControl</name>
    <message>
        <source>Open the out&amp;box</source>
        <translation>&amp;Шығыс хаттарды ашу</translation>
    </message>
    <message>
        <source>Fi&amp;x the Mail Account…</source>
        <translation>&amp;Пошта тіркелгісін түзету…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Letters from an earlier session are waiting in the outbox: %1. Those that can go are being sent; the others need your decision.</source>
        <translation>Шығыс хаттарда бұрынғы сеанстан қалған хаттар күтіп тұр: %1. Жіберуге болатындары жіберіліп жатыр; қалғандары бойынша Сіздің шешіміңіз керек.</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Шығыс хаттар: %1 күтуде</translation>
    </message>
    <message>
        <source>, %1 wait for the mail account</source>
        <translation>, пошта тіркелгісін күтуде: %1</translation>
    </message>
    <message>
        <source>, %1 need you</source>
        <translation>, %1 Сіздің шешіміңізді күтеді</translation>
    </message>
    <message>
        <source>, %1 held</source>
        <translation>, ұсталған: %1</translation>
    </message>
    <message>
        <source>The letters waiting in the outbox have gone.</source>
        <translation>Шығыс жәшігінде күтіп тұрған хаттар жіберілді.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting in the outbox (View › Outbox).</source>
        <translation>
            <numerusform>Шығыс хаттарда %n хат күтіп тұр (Көрініс › Шығыс хаттар).</numerusform>
            <numerusform>Шығыс хаттарда %n хат күтіп тұр (Көрініс › Шығыс хаттар).</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Шығыс хаттар жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>The mail account needs attention: %1 %n letter(s) wait until it is fixed; saving a working account sends them.</source>
        <translation>
            <numerusform>Пошта тіркелгісі назар аударуды қажет етеді: %1 Ол түзетілгенше %n хат күтеді; жұмыс істейтін тіркелгіні сақтағанда олар жіберіледі.</numerusform>
            <numerusform>Пошта тіркелгісі назар аударуды қажет етеді: %1 Ол түзетілгенше %n хат күтеді; жұмыс істейтін тіркелгіні сақтағанда олар жіберіледі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n letter(s) that waited for the mail account…</source>
        <translation>
            <numerusform>Пошта тіркелгісін күткен %n хат жіберілуде…</numerusform>
            <numerusform>Пошта тіркелгісін күткен %n хат жіберілуде…</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters are being sent; try again when done.</source>
        <translation>Хаттар жіберіліп жатыр; аяқталғанда қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Nothing was sent: no mail account is set up.</source>
        <translation>Ештеңе жіберілмеді: пошта тіркелгісі бапталмаған.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Жіберуді күтіп тұрған ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Nothing was sent: no password was given.</source>
        <translation>Ештеңе жіберілмеді: құпиясөз енгізілмеді.</translation>
    </message>
    <message>
        <source>Nothing was sent: sign in with %1 first (Settings › Mail Account).</source>
        <translation>Ештеңе жіберілмеді: алдымен %1 арқылы кіріңіз (Баптаулар › Пошта тіркелгісі).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Жіберу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Password for %1 (kept in memory until you quit):</source>
        <translation>%1 үшін құпиясөз (қолданбадан шыққанша жадта сақталады):</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox and sent letters</source>
        <translation>Шығыс және жіберілген хаттар</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>delivery unknown</source>
        <translation>жеткені белгісіз</translation>
    </message>
    <message>
        <source>held: campaign closed</source>
        <translation>ұсталды: науқан жабылған</translation>
    </message>
    <message>
        <source>the mail account needs attention</source>
        <translation>пошта тіркелгісі назар аударуды қажет етеді</translation>
    </message>
    <message>
        <source>from your mail app</source>
        <translation>Сіздің пошта қолданбаңыздан</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>веб-пошта арқылы</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>пошта арқылы (қағаз хат)</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>факс арқылы</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>басқа жолмен</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Қалай</translation>
    </message>
    <message>
        <source>Letters waiting</source>
        <translation>Күтіп тұрған хаттар</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Жіберілген хаттар</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Қазір &amp;жіберу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>“Delivery unknown”: the connection broke after the letter was handed over, so it may have arrived. Send now only if you are sure it did not (check your sent folder), or it may arrive twice.</source>
        <translation>«Жеткені белгісіз»: хат серверге тапсырылғаннан кейін байланыс үзілді, сондықтан ол жеткен болуы мүмкін. Хаттың жетпегеніне сенімді болсаңыз ғана «Қазір жіберу» батырмасын басыңыз (жіберілген хаттар қалтасын тексеріңіз), әйтпесе ол екі рет жетуі мүмкін.</translation>
    </message>
    <message>
        <source>Fix the &amp;Mail Account…</source>
        <translation>Пошта тіркелгісін &amp;түзету…</translation>
    </message>
    <message>
        <source>&amp;Forget the sent list</source>
        <translation>Жіберілгендер тізімін &amp;тазалау</translation>
    </message>
    <message>
        <source>Removes the record from this computer; the letters stay sent</source>
        <translation>Жазбаны осы компьютерден өшіреді; хаттар жіберілген күйінде қалады</translation>
    </message>
    <message>
        <source>&amp;Keep a list of the letters I send</source>
        <translation>Жіберген хаттарымның тізімін &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Жа&amp;бу</translation>
    </message>
    <message>
        <source>The Sent list keeps each letter you send, to whom and when, on this computer. Without it the app keeps only what stops a letter going twice.</source>
        <translation>Жіберілгендер тізімі әр жіберген хатыңызды, кімге және қашан жіберілгенін осы компьютерде сақтайды. Онсыз қолданба тек хаттың екі рет кетуіне жол бермейтін нәрсені ғана сақтайды.</translation>
    </message>
    <message>
        <source>No Sent list is kept: the app remembers only which address got each campaign&apos;s letter, and when, so that it never sends one twice. The letters&apos; words, subjects and names are not kept.</source>
        <translation>Жіберілгендер тізімі жүргізілмейді: қолданба әр науқанның хатын қай мекенжай қашан алғанын ғана есте сақтайды, хат ешқашан екі рет кетпеуі үшін. Хаттардың мәтіні, тақырыптары мен есімдер сақталмайды.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n letter(s)…</source>
        <translation>
            <numerusform>%n хат жіберілуде…</numerusform>
            <numerusform>%n хат жіберілуде…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Жіберуді күтіп тұрған ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send now: %1.</source>
        <translation>Қазір жіберу: %1.</translation>
    </message>
    <message>
        <source>Fix the mail account, then they are sent.</source>
        <translation>Пошта тіркелгісін түзетіңіз — сонда олар жіберіледі.</translation>
    </message>
    <message>
        <source>Forget the sent list?</source>
        <translation>Жіберілген хаттар тізімін ұмыту керек пе?</translation>
    </message>
    <message>
        <source>The record of these %1 sent letters is removed from this computer (the letters stay sent). This cannot be undone.</source>
        <translation>Жіберілген хаттар туралы жазба (%1) осы компьютерден өшіріледі (хаттар жіберілген күйінде қалады). Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>from your account</source>
        <translation>Сіздің тіркелгіңізден</translation>
    </message>
    <message>
        <source>Message-ID: %1</source>
        <translation>Message-ID: %1</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Күтуде (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Жіберілген (%1)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Choose a letter to see why it is waiting.</source>
        <translation>Хаттың неге күтіп тұрғанын көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Қайта жіберу керек пе?</translation>
    </message>
    <message>
        <source>Some of these letters may already have arrived. Send them again?</source>
        <translation>Бұл хаттардың кейбірі жетіп қойған болуы мүмкін. Оларды қайта жіберу керек пе?</translation>
    </message>
</context>
<context>
    <name>PrivacyControl</name>
    <message>
        <source>Forget this campaign&apos;s letters?</source>
        <translation>Осы науқанның хаттарын ұмыту керек пе?</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Ұмыту</translation>
    </message>
    <message>
        <source>This campaign&apos;s letters are forgotten.</source>
        <translation>Осы науқанның хаттары ұмытылды.</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>Барлығын ұмыту керек пе?</translation>
    </message>
    <message>
        <source>&amp;Forget Everything</source>
        <translation>&amp;Барлығын ұмыту</translation>
    </message>
    <message>
        <source>This removes from this computer, for good:</source>
        <translation>Бұл осы компьютерден біржола жояды:</translation>
    </message>
    <message>
        <source>your drafts (%1)</source>
        <translation>жобаларыңыз (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Your draft for “%1” and its %n letter(s) in the Sent list are removed from this computer. The app then no longer knows these letters went, so it will not warn you before sending them again. Letters waiting in the outbox stay there.</source>
        <translation>
            <numerusform>«%1» үшін жобаңыз және оның жіберілгендер тізіміндегі %n хаты осы компьютерден жойылады. Сосын қолданба бұл хаттардың кеткенін білмейді, сондықтан оларды қайта жібергенде ескертпейді. Шығыс қалтасында күтіп тұрған хаттар сонда қалады.</numerusform>
            <numerusform>«%1» үшін жобаңыз және оның жіберілгендер тізіміндегі %n хаты осы компьютерден жойылады. Сосын қолданба бұл хаттардың кеткенін білмейді, сондықтан оларды қайта жібергенде ескертпейді. Шығыс қалтасында күтіп тұрған хаттар сонда қалады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Sent list (%n letter(s))</source>
        <translation>
            <numerusform>жіберілгендер тізімі (%n хат)</numerusform>
            <numerusform>жіберілгендер тізімі (%n хат)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still waiting in the outbox: they will NOT be sent</source>
        <translation>
            <numerusform>шығыс қалтасында әлі күтіп тұрған %n хат: олар ЖІБЕРІЛМЕЙДІ</numerusform>
            <numerusform>шығыс қалтасында әлі күтіп тұрған %n хат: олар ЖІБЕРІЛМЕЙДІ</numerusform>
        </translation>
    </message>
    <message>
        <source>the mail account %1 and its stored password</source>
        <translation>%1 пошта тіркелгісі және оның сақталған құпиясөзі</translation>
    </message>
    <message>
        <source>the mail account settings</source>
        <translation>пошта тіркелгісінің баптаулары</translation>
    </message>
    <message>
        <source>every password or sign-in the app stored in the keyring</source>
        <translation>қолданба кілттер қоймасында сақтаған әр құпиясөз бен кіру деректері</translation>
    </message>
    <message>
        <source>campaigns you opened (%1) and keys you trusted (%2)</source>
        <translation>сіз ашқан науқандар (%1) және сенген кілттеріңіз (%2)</translation>
    </message>
    <message>
        <source>caches, and the window&apos;s size and language</source>
        <translation>кэштер, сондай-ақ терезенің өлшемі мен тілі</translation>
    </message>
    <message>
        <source>Letters already sent stay with your mail provider and the recipients. The app closes when it is done.</source>
        <translation>Жіберіліп қойған хаттар пошта провайдеріңізде және алушыларда қалады. Сосын қолданба жабылады.</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Ұмытылуда…</translation>
    </message>
    <message>
        <source>Everything is forgotten</source>
        <translation>Барлығы ұмытылды</translation>
    </message>
    <message>
        <source>Nothing of yours is left in the app&apos;s folders or in the keyring. The app closes now.</source>
        <translation>Қолданба қалталарында және кілттер қоймасында сізден ештеңе қалмады. Қолданба қазір жабылады.</translation>
    </message>
    <message>
        <source>Not everything could be forgotten</source>
        <translation>Барлығын ұмыту мүмкін болмады</translation>
    </message>
    <message>
        <source>%1

The app closes; try again after it starts.</source>
        <translation>%1

Қолданба жабылады; ол қайта іске қосылғаннан кейін қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>no campaign at this path</source>
        <translation>көрсетілген орында науқан жоқ</translation>
    </message>
    <message>
        <source>the .campaign file is damaged or not a zip archive ({detail})</source>
        <translation>.campaign файлы зақымдалған немесе zip мұрағаты емес ({detail})</translation>
    </message>
    <message>
        <source>holds more than {limit} files</source>
        <translation>ішіндегі файлдар саны {limit} шегінен асады</translation>
    </message>
    <message>
        <source>the archive&apos;s list of files takes more than {limit} bytes; a campaign needs far less</source>
        <translation>мұрағаттағы файлдар тізімі {limit} байттан асады; науқанға әлдеқайда аз көлем жеткілікті</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes</source>
        <translation>көлемі {limit} байттан асады</translation>
    </message>
    <message>
        <source>the campaign is larger than {limit} bytes in all</source>
        <translation>науқанның жалпы көлемі {limit} байттан асады</translation>
    </message>
    <message>
        <source>is compressed more than {limit}:1, which only hostile archives do</source>
        <translation>сығу дәрежесі {limit}:1 шегінен асады, мұндай тек зиянды мұрағаттарда болады</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: {name}</source>
        <translation>мұрағатта қауіпті файл атауы бар: {name}</translation>
    </message>
    <message>
        <source>is encrypted; campaign archives must not be</source>
        <translation>шифрланған; науқан мұрағаттары шифрланбауы керек</translation>
    </message>
    <message>
        <source>is a link or a special file; campaigns hold plain files only</source>
        <translation>сілтеме немесе арнайы файл; науқанда тек қарапайым файлдар болуы керек</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>оқу мүмкін емес ({detail})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {offset})</source>
        <translation>мәтін UTF-8 кодтауында емес (байт: {offset})</translation>
    </message>
    <message>
        <source>appears twice in the archive</source>
        <translation>мұрағатта екі рет кездеседі</translation>
    </message>
    <message>
        <source>differs from &apos;{other}&apos; only in letter case or in how an accent is encoded, which many computers take for the same name; keep only one of them</source>
        <translation>«{other}» атауынан тек әріп регистрімен немесе диакритикалық белгінің кодталуымен ерекшеленеді, ал көптеген компьютерлер оларды бір атау деп санайды; тек біреуін қалдырыңыз</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>синтаксис қатесі (TOML): {detail}</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>міндетті «{key}» кілті жоқ</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {expected}</source>
        <translation>«{key}» үшін күтілетіні: {expected}</translation>
    </message>
    <message>
        <source>format {value} is not supported (this version reads format 1)</source>
        <translation>{value} форматына қолдау жоқ (бұл нұсқа 1 форматын оқиды)</translation>
    </message>
    <message>
        <source>id &apos;{value}&apos; must be lowercase letters, digits and hyphens</source>
        <translation>«{value}» идентификаторы тек кіші латын әріптерінен, цифрлардан және дефистерден тұруы керек</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (like en, fr or pt-br)</source>
        <translation>«{value}» — тіл коды емес (мысалы: en, fr немесе pt-br)</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (misspelt?)</source>
        <translation>белгісіз «{key}» кілті (қате жазылған ба?)</translation>
    </message>
    <message>
        <source>the original language &apos;{lang}&apos; has no appeal/{lang}.md</source>
        <translation>түпнұсқа тілі «{lang}» үшін appeal/{lang}.md файлы жоқ</translation>
    </message>
    <message>
        <source>the campaign has no letter template in letters/</source>
        <translation>науқанның letters/ қалтасында хат үлгісі жоқ</translation>
    </message>
    <message>
        <source>the campaign names no recipients</source>
        <translation>науқанда бірде-бір алушы көрсетілмеген</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«{value}» — электрондық пошта мекенжайы емес</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be on one line</source>
        <translation>«{key}» мәні бір жолда болуы керек</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; must start with a letter and hold only a-z, 0-9, _</source>
        <translation>«{value}» өріс кілті әріптен басталып, тек a-z, 0-9, _ таңбаларынан тұруы керек</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is reserved for the template</source>
        <translation>«{value}» өріс кілті үлгі үшін резервтелген</translation>
    </message>
    <message>
        <source>field key &apos;{value}&apos; is used twice</source>
        <translation>«{value}» өріс кілті екі рет қолданылған</translation>
    </message>
    <message>
        <source>more than {limit} recipients</source>
        <translation>алушылар саны {limit} шегінен асады</translation>
    </message>
    <message>
        <source>more than {limit} fields</source>
        <translation>өрістер саны {limit} шегінен асады</translation>
    </message>
    <message>
        <source>the default value must fit the field (one line, at most {limit} characters)</source>
        <translation>әдепкі мән өріске сай болуы керек (бір жол, ең көбі {limit} таңба)</translation>
    </message>
    <message>
        <source>recipient address &apos;{value}&apos; is listed twice</source>
        <translation>«{value}» алушы мекенжайы екі рет көрсетілген</translation>
    </message>
    <message>
        <source>no title for language &apos;{lang}&apos;</source>
        <translation>«{lang}» тілі үшін атау жоқ</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; has no label in language &apos;{lang}&apos;</source>
        <translation>«{field}» өрісінің «{lang}» тіліндегі атауы жоқ</translation>
    </message>
    <message>
        <source>translation status &apos;{value}&apos; must be one of original, reviewed, draft</source>
        <translation>«{value}» аударма күйі мыналардың бірі болуы керек: original, reviewed, draft</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a date like 2026-12-31</source>
        <translation>«{key}» мәні 2026-12-31 сияқты күн болуы керек</translation>
    </message>
    <message>
        <source>is not part of a campaign bundle (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</source>
        <translation>науқан бумасының бөлігі емес (appeal/&lt;lang&gt;.md, letters/&lt;lang&gt;.txt.j2)</translation>
    </message>
    <message>
        <source>letter language &apos;{lang}&apos; has no template in letters/</source>
        <translation>«{lang}» хат тілі үшін letters/ қалтасында үлгі жоқ</translation>
    </message>
    <message>
        <source>uses other fields than the &apos;{lang}&apos; letter (missing: {missing}; extra: {extra})</source>
        <translation>«{lang}» хатындағыдан басқа өрістерді қолданады (жетіспейді: {missing}; артық: {extra})</translation>
    </message>
    <message>
        <source>the postal address may hold text and line breaks only, no other control characters</source>
        <translation>пошта мекенжайында тек мәтін мен жол ауыстыру болуы мүмкін, басқа басқару таңбаларына жол берілмейді</translation>
    </message>
    <message>
        <source>the postal address is longer than {lines} lines or {limit} characters</source>
        <translation>пошта мекенжайы {lines} жолдан немесе {limit} таңбадан ұзын</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a fax number (digits, spaces, +, -, (, ) and dots)</source>
        <translation>«{value}» — факс нөмірі емес (тек цифрлар, бос орындар, +, -, (, ) және нүктелер болуы мүмкін)</translation>
    </message>
    <message>
        <source>status &apos;{value}&apos; must be active or closed</source>
        <translation>«{value}» күйі active немесе closed болуы керек</translation>
    </message>
    <message>
        <source>the organiser&apos;s key must be a minisign public key (the line starting with RW that minisign prints)</source>
        <translation>ұйымдастырушының кілті minisign ашық кілті болуы керек (minisign шығаратын RW-дан басталатын жол)</translation>
    </message>
    <message>
        <source>this is not a minisign public key</source>
        <translation>бұл minisign ашық кілті емес</translation>
    </message>
    <message>
        <source>this is not a minisign secret key, or it is damaged</source>
        <translation>бұл minisign құпия кілті емес немесе ол бүлінген</translation>
    </message>
    <message>
        <source>this secret key is protected by a password: give it (--password-stdin)</source>
        <translation>бұл құпия кілт құпиясөзбен қорғалған: оны беріңіз (--password-stdin)</translation>
    </message>
    <message>
        <source>wrong password for this secret key</source>
        <translation>бұл құпия кілттің құпиясөзі қате</translation>
    </message>
    <message>
        <source>is not a minisign signature file, or it is damaged</source>
        <translation>minisign қолтаңба файлы емес немесе бүлінген</translation>
    </message>
    <message>
        <source>holds a legacy minisign signature; sign again with a current minisign (without -l)</source>
        <translation>minisign-нің ескі түрдегі қолтаңбасы бар; қазіргі minisign-мен қайта қол қойыңыз (-l-сіз)</translation>
    </message>
    <message>
        <source>was made with another key than the organiser&apos;s key in campaign.toml</source>
        <translation>campaign.toml-дағы ұйымдастырушы кілтінен басқа кілтпен жасалған</translation>
    </message>
    <message>
        <source>the signature does not match: MANIFEST was changed after signing</source>
        <translation>қолтаңба сәйкес келмейді: MANIFEST қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>the signature&apos;s trusted comment was changed after signing</source>
        <translation>қолтаңбаның сенімді түсініктемесі қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>MANIFEST is there but MANIFEST.minisig is missing</source>
        <translation>MANIFEST бар, бірақ MANIFEST.minisig жоқ</translation>
    </message>
    <message>
        <source>MANIFEST.minisig is there but MANIFEST is missing</source>
        <translation>MANIFEST.minisig бар, бірақ MANIFEST жоқ</translation>
    </message>
    <message>
        <source>the campaign is signed but campaign.toml names no organiser key ([organiser] key)</source>
        <translation>науқанға қол қойылған, бірақ campaign.toml-да ұйымдастырушы кілті жоқ ([organiser] key)</translation>
    </message>
    <message>
        <source>a signed campaign needs a version in campaign.toml</source>
        <translation>қол қойылған науқанға campaign.toml-да нұсқа керек</translation>
    </message>
    <message>
        <source>line {line} is not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;</source>
        <translation>{line}-жол «&lt;sha256&gt;  &lt;жол&gt;» түрінде емес</translation>
    </message>
    <message>
        <source>lists an unsafe path: {name}</source>
        <translation>қауіпті жолды атайды: {name}</translation>
    </message>
    <message>
        <source>is not sorted by path (as LC_ALL=C sort): {name}</source>
        <translation>жол бойынша сұрыпталмаған (LC_ALL=C sort сияқты): {name}</translation>
    </message>
    <message>
        <source>lists {name} twice</source>
        <translation>{name} екі рет аталған</translation>
    </message>
    <message>
        <source>lists {name}, which is not in the campaign</source>
        <translation>{name} аталған, бірақ ол науқанда жоқ</translation>
    </message>
    <message>
        <source>{name} was changed after signing</source>
        <translation>{name} қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>does not list {name}, which the campaign holds</source>
        <translation>науқандағы {name} аталмаған</translation>
    </message>
    <message>
        <source>the signature says {signed}, but campaign.toml says {actual}</source>
        <translation>қолтаңбада {signed} делінген, ал campaign.toml-да {actual}</translation>
    </message>
    <message>
        <source>this secret key is not the organiser&apos;s key in campaign.toml</source>
        <translation>бұл құпия кілт campaign.toml-дағы ұйымдастырушы кілті емес</translation>
    </message>
    <message>
        <source>{value} already exists; it is not overwritten</source>
        <translation>{value} бұрыннан бар; ол қайта жазылмайды</translation>
    </message>
    <message>
        <source>first line must be &apos;Subject: ...&apos; followed by a blank line</source>
        <translation>бірінші жол «Subject: ...» болып, одан кейін бос жол тұруы керек</translation>
    </message>
    <message>
        <source>template error: {detail}</source>
        <translation>үлгі қатесі: {detail}</translation>
    </message>
    <message>
        <source>template uses something that does not exist: {detail}</source>
        <translation>үлгі жоқ нәрсені қолданады: {detail}</translation>
    </message>
    <message>
        <source>template does something a campaign may not do: {detail}</source>
        <translation>үлгі науқанға рұқсат етілмеген әрекет жасайды: {detail}</translation>
    </message>
    <message>
        <source>template failed: {detail}</source>
        <translation>үлгіні толтыру сәтсіз аяқталды: {detail}</translation>
    </message>
    <message>
        <source>template is too complex: more than {limit} tags, names and signs</source>
        <translation>үлгі тым күрделі: {limit} тегтен, атаудан және белгіден көп</translation>
    </message>
    <message>
        <source>template takes too long to fill in (more than two seconds); it probably loops without end</source>
        <translation>үлгіні толтыру тым ұзаққа созылды (екі секундтан астам); ол шексіз циклге түскен болуы мүмкін</translation>
    </message>
    <message>
        <source>the appeal text is empty</source>
        <translation>үндеу мәтіні бос</translation>
    </message>
    <message>
        <source>&apos;]]&apos; ends a group of alternative wordings, but no group was opened with &apos;[[&apos; before it</source>
        <translation>«]]» балама тұжырымдар тобын жабады, бірақ одан бұрын ешбір топ «[[» арқылы ашылмаған</translation>
    </message>
    <message>
        <source>the group of alternative wordings opened here with &apos;[[&apos; is never closed with &apos;]]&apos;</source>
        <translation>осы жерде «[[» арқылы ашылған балама тұжырымдар тобы «]]» арқылы жабылмаған</translation>
    </message>
    <message>
        <source>&apos;[[&apos; opens a group of wordings inside another group; close the first group with &apos;]]&apos; before opening the next</source>
        <translation>«[[» басқа топтың ішінде тұжырымдардың жаңа тобын ашады; келесі топты ашпас бұрын алдыңғы топты «]]» арқылы жабыңыз</translation>
    </message>
    <message>
        <source>this group of alternative wordings has only one wording: give at least two wordings separated by |</source>
        <translation>бұл балама тұжырымдар тобында бір ғана тұжырым бар: | таңбасымен бөлінген кемінде екі тұжырым көрсетіңіз</translation>
    </message>
    <message>
        <source>more than {limit} groups of alternative wordings</source>
        <translation>балама тұжырымдар топтарының саны {limit} шегінен асады</translation>
    </message>
    <message>
        <source>a group of alternative wordings has more than {limit} wordings</source>
        <translation>балама тұжырымдар тобындағы тұжырымдар саны {limit} шегінен асады</translation>
    </message>
    <message>
        <source>a block tag here (if, for, else, endif, ...) reaches across the edge of a wording; each wording must hold whole blocks, from if to endif</source>
        <translation>мұндағы блок тегі (if, for, else, endif, ...) тұжырымның шекарасынан асып кетеді; әр тұжырым блоктарды тұтас қамтуы керек: басынан (if) соңына (endif) дейін</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is required</source>
        <translation>«{label}» өрісін толтыру міндетті</translation>
    </message>
    <message>
        <source>the campaign has no field &apos;{key}&apos;</source>
        <translation>науқанда «{key}» өрісі жоқ</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; must be on one line</source>
        <translation>«{label}» өрісі бір жолда болуы керек</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is longer than {limit} characters</source>
        <translation>«{label}» өрісі {limit} таңбадан ұзын</translation>
    </message>
    <message>
        <source>the campaign has no letter in &apos;{lang}&apos;</source>
        <translation>науқанда «{lang}» тіліндегі хат жоқ</translation>
    </message>
    <message>
        <source>the campaign has no recipient {value}</source>
        <translation>науқанда {value} деген алушы жоқ</translation>
    </message>
    <message>
        <source>no campaign &apos;{value}&apos; (see the campaigns command)</source>
        <translation>«{value}» науқаны жоқ (campaigns командасын қараңыз)</translation>
    </message>
    <message>
        <source>the {header} must be on one line</source>
        <translation>«{header}» өрісі бір жолда болуы керек</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a usable e-mail address</source>
        <translation>«{value}» мекенжайын электрондық пошта ретінде пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>the mail server failed: {detail}</source>
        <translation>пошта серверінде қате шықты: {detail}</translation>
    </message>
    <message>
        <source>cannot reach the mail server ({detail}): check your internet connection and the server&apos;s name and port</source>
        <translation>пошта серверіне қосылу мүмкін емес ({detail}): интернет байланысын, сондай-ақ сервердің атауы мен портын тексеріңіз</translation>
    </message>
    <message>
        <source>the mail server did not answer in time ({detail}): try again later</source>
        <translation>пошта сервері уақытында жауап бермеді ({detail}): кейінірек қайталап көріңіз</translation>
    </message>
    <message>
        <source>the mail server&apos;s certificate cannot be trusted ({detail}); your password was not sent. Check the server name, or give the server&apos;s certificate file</source>
        <translation>пошта серверінің сертификатына сенуге болмайды ({detail}); құпиясөзіңіз жіберілген жоқ. Сервер атауын тексеріңіз немесе сервердің сертификат файлын көрсетіңіз</translation>
    </message>
    <message>
        <source>the secure connection to the mail server failed ({detail}); your password was not sent. Check the port and security setting</source>
        <translation>пошта серверімен қорғалған байланыс орнатылмады ({detail}); құпиясөзіңіз жіберілген жоқ. Порт пен қауіпсіздік баптауын тексеріңіз</translation>
    </message>
    <message>
        <source>the mail server does not offer encryption (STARTTLS), so your password was not sent: choose implicit TLS (usually port 465)</source>
        <translation>пошта сервері шифрлауды (STARTTLS) ұсынбайды, сондықтан құпиясөзіңіз жіберілген жоқ: тікелей TLS таңдаңыз (әдетте 465 порты)</translation>
    </message>
    <message>
        <source>the mail server offers no password log-in over this connection (it offers: {detail}); check the port and security setting</source>
        <translation>пошта сервері бұл байланыс арқылы құпиясөзбен кіруді ұсынбайды (ол ұсынатыны: {detail}); порт пен қауіпсіздік баптауын тексеріңіз</translation>
    </message>
    <message>
        <source>the mail server refused your user name or password ({detail}): check them; some providers need an app password</source>
        <translation>пошта сервері пайдаланушы атыңызды немесе құпиясөзіңізді қабылдамады ({detail}): оларды тексеріңіз; кейбір провайдерлерге қолданба құпиясөзі қажет</translation>
    </message>
    <message>
        <source>{provider} accepts only its own sign-in (OAuth2) for sending: sign in with it (account set --oauth) where an organisation has set that up for this app, or copy the letter into your mail app, or use another mail account</source>
        <translation>{provider} хат жіберуге тек өзінің кіру әдісі (OAuth2) арқылы рұқсат береді: ұйым оны осы қолданба үшін баптаған жерде сол арқылы кіріңіз (account set --oauth), немесе хатты өз пошта қолданбаңызға көшіріңіз, немесе басқа пошта тіркелгісін пайдаланыңыз</translation>
    </message>
    <message>
        <source>the mail server refused a fresh sign-in ({detail}): sending by SMTP may be turned off for this account, or your organisation must approve the app first. Ask your administrator, or deliver the letter another way</source>
        <translation>пошта сервері жаңа ғана жаңартылған кіруді қабылдамады ({detail}): бұл тіркелгіде SMTP арқылы жіберу өшірулі болуы мүмкін, немесе ұйымыңыз алдымен қолданбаны мақұлдауы керек. Әкімшіңізден сұраңыз немесе хатты басқа жолмен жеткізіңіз</translation>
    </message>
    <message>
        <source>the proxy {proxy} does not answer ({detail}); nothing was sent, not even directly: start the proxy, or change the network settings</source>
        <translation>{proxy} проксиі жауап бермейді ({detail}); ештеңе жіберілмеді, тікелей де: проксиді іске қосыңыз немесе желі баптауларын өзгертіңіз</translation>
    </message>
    <message>
        <source>Tor is not running on this computer ({detail}); nothing was sent, not even directly: start Tor or Tor Browser, then try again</source>
        <translation>Tor осы компьютерде жұмыс істеп тұрған жоқ ({detail}); ештеңе жіберілмеді, тікелей де: Tor немесе Tor Browser-ді іске қосып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>the proxy {proxy} could not reach the mail server ({detail}): try again later; some providers refuse connections that come through Tor</source>
        <translation>{proxy} проксиі пошта серверіне жете алмады ({detail}): кейінірек қайталап көріңіз; кейбір провайдерлер Tor арқылы келген қосылымдарды қабылдамайды</translation>
    </message>
    <message>
        <source>the mail server closed the connection ({detail}): try again later</source>
        <translation>пошта сервері байланысты үзді ({detail}): кейінірек қайталап көріңіз</translation>
    </message>
    <message>
        <source>the connection broke after the letter was handed over, so it may have been delivered; it will not be sent again unless you choose to</source>
        <translation>хат серверге тапсырылғаннан кейін байланыс үзілді, сондықтан хат жеткен болуы мүмкін; Сіз өзіңіз таңдамасаңыз, ол қайта жіберілмейді</translation>
    </message>
    <message>
        <source>the mail server refused {who}: {code} {detail}</source>
        <translation>пошта сервері {who} мекенжайын қабылдамады: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server did not accept it: {code} {detail}</source>
        <translation>пошта сервері оны қабылдамады: {code} {detail}</translation>
    </message>
    <message>
        <source>the mail server does not take addresses with letters beyond ASCII, like {who} (it does not offer SMTPUTF8), so this letter was not sent: send it from another mail account, or deliver it another way</source>
        <translation>пошта сервері ASCII-ден тыс әріптері бар мекенжайларды қабылдамайды, мысалы {who} (ол SMTPUTF8 ұсынбайды), сондықтан бұл хат жіберілген жоқ: оны басқа пошта тіркелгісінен жіберіңіз немесе басқа жолмен жеткізіңіз</translation>
    </message>
    <message>
        <source>no mail account is set up yet (letter-composer-cli account set ...)</source>
        <translation>пошта тіркелгісі әлі бапталмаған (letter-composer-cli account set ...)</translation>
    </message>
    <message>
        <source>the provider table does not know {domain}: give the server (--host, --port, --security)</source>
        <translation>провайдерлер кестесінде {domain} домені жоқ: серверді көрсетіңіз (--host, --port, --security)</translation>
    </message>
    <message>
        <source>this computer has no secure password store ({backend}); the password was not saved. Choose to be asked for it each time</source>
        <translation>бұл компьютерде құпиясөздерге арналған қорғалған қойма жоқ ({backend}); құпиясөз сақталмады. Оны әр жолы сұрау нұсқасын таңдаңыз</translation>
    </message>
    <message>
        <source>the password store failed: {detail}</source>
        <translation>құпиясөз қоймасында қате шықты: {detail}</translation>
    </message>
    <message>
        <source>no password is stored for {username}: give it (--password-stdin)</source>
        <translation>{username} үшін сақталған құпиясөз жоқ: оны көрсетіңіз (--password-stdin)</translation>
    </message>
    <message>
        <source>the account settings are not valid: {detail}</source>
        <translation>тіркелгі баптаулары жарамсыз: {detail}</translation>
    </message>
    <message>
        <source>the sign-in settings are not valid: {detail}</source>
        <translation>кіру баптаулары жарамсыз: {detail}</translation>
    </message>
    <message>
        <source>signing in with {provider} is not set up in this copy of the app (an organisation must register it with {provider} first): send with a password or an app password, from your mail app or webmail, or by post</source>
        <translation>{provider} арқылы кіру қолданбаның бұл данасында бапталмаған (ұйым алдымен оны {provider} жүйесінде тіркеуі керек): құпиясөзбен немесе қолданба құпиясөзімен, пошта бағдарламасынан не веб-поштадан, немесе қағаз поштамен жіберіңіз</translation>
    </message>
    <message>
        <source>no sign-in is known for {domain}: use a password, or deliver the letter another way</source>
        <translation>{domain} үшін кіру тәсілі белгісіз: құпиясөзді пайдаланыңыз немесе хатты басқа жолмен жеткізіңіз</translation>
    </message>
    <message>
        <source>the sign-in in the browser did not finish within {minutes} minutes (was the page closed?): try again</source>
        <translation>браузердегі кіру {minutes} минут ішінде аяқталмады (бет жабылды ма?): қайта көріңіз</translation>
    </message>
    <message>
        <source>the sign-in with {provider} was cancelled</source>
        <translation>{provider} арқылы кіру тоқтатылды</translation>
    </message>
    <message>
        <source>{provider} did not allow the sign-in ({detail}): try again, and accept the request on {provider}&apos;s page</source>
        <translation>{provider} кіруге рұқсат бермеді ({detail}): қайта көріп, {provider} бетіндегі сұрауды қабылдаңыз</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the saved sign-in ({detail}): sign in again</source>
        <translation>{provider} сақталған кіруді енді қабылдамайды ({detail}): қайта кіріңіз</translation>
    </message>
    <message>
        <source>{provider} refused the sign-in ({detail})</source>
        <translation>{provider} кіруді қабылдамады ({detail})</translation>
    </message>
    <message>
        <source>cannot reach {provider} to sign in ({detail}): check your internet connection</source>
        <translation>кіру үшін {provider} жүйесіне қосылу мүмкін емес ({detail}): интернет байланысын тексеріңіз</translation>
    </message>
    <message>
        <source>cannot reach {provider} through the proxy {proxy} to sign in ({detail}); nothing was sent, not even directly: start the proxy or Tor, or change the network settings</source>
        <translation>кіру үшін {proxy} прокси арқылы {provider} қызметіне қосылу мүмкін емес ({detail}); ештеңе жіберілмеді, тікелей де: проксиді немесе Tor-ды іске қосыңыз, не желі баптауларын өзгертіңіз</translation>
    </message>
    <message>
        <source>the answer in the browser did not come from {provider} but from {detail}; nothing was saved: try again</source>
        <translation>браузердегі жауап {provider} жүйесінен емес, {detail} жүйесінен келді; ештеңе сақталмады: қайта көріңіз</translation>
    </message>
    <message>
        <source>{username} is not signed in with {provider}: sign in again</source>
        <translation>{username} {provider} арқылы кірмеген: қайта кіріңіз</translation>
    </message>
    <message>
        <source>the outbox has no letter {value} (see: outbox list)</source>
        <translation>шығыс хаттарда {value} хаты жоқ (қараңыз: outbox list)</translation>
    </message>
    <message>
        <source>letter {value} is being sent right now; try again in a moment</source>
        <translation>{value} хаты дәл қазір жіберілуде; біраздан кейін қайталап көріңіз</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send your letter</source>
        <translation>Хатыңызды жіберу</translation>
    </message>
    <message>
        <source>Send this letter?</source>
        <translation>Осы хатты жіберу керек пе?</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тақырып: %1</translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <translation>Кімнен: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>To (one message each):</source>
        <translation>Кімге (әрқайсысына бөлек хат):</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Шығыс хаттарда күтіп тұр, қайта қосылмады: %1.</translation>
    </message>
    <message>
        <source>Send a copy to the campaign&apos;s organiser (%1 &lt;%2&gt;)</source>
        <translation>Көшірмесін науқан ұйымдастырушысына жіберу (%1 &lt;%2&gt;)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 үшін құпиясөз:</translation>
    </message>
    <message>
        <source>Looking for your password in the keyring…</source>
        <translation>Құпия сөзіңіз кілттер қоймасынан ізделуде…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>You sign in with %1 each time you send: sign in to send these letters.</source>
        <translation>Әр жіберген сайын %1 арқылы кіресіз: осы хаттарды жіберу үшін кіріңіз.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 серверіне қосылуда…</translation>
    </message>
    <message>
        <source>Letters, one per recipient</source>
        <translation>Хаттар, әр алушыға біреуден</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Бас &amp;тарту</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Жа&amp;бу</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Stopping after the letter being sent now…</source>
        <translation>Қазір жіберіліп жатқан хаттан кейін тоқтатылады…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Жіберілуде…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>not sent (cancelled); it waits in the outbox</source>
        <translation>жіберілмеді (бас тартылды); шығыс хаттарда күтуде</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>waiting in the outbox, will be retried: %1</source>
        <translation>шығыс хаттарда күтуде, қайта жіберіледі: %1</translation>
    </message>
    <message>
        <source>waiting in the outbox until the mail account is fixed: %1</source>
        <translation>пошта тіркелгісі түзетілгенше шығыс жәшігінде күтеді: %1</translation>
    </message>
    <message>
        <source>may have been delivered: %1</source>
        <translation>жеткен болуы мүмкін: %1</translation>
    </message>
    <message>
        <source>Done: every letter was sent (%1).</source>
        <translation>Аяқталды: барлық хат жіберілді (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 letters sent. See below what happened to the others; those that can still go wait in the outbox (View › Outbox).</source>
        <translation>%2 хаттың ішінен %1 хат жіберілді. Қалғандарына не болғанын төменнен қараңыз; әлі жіберуге болатындары шығыс хаттарда күтіп тұр (Көрініс › Шығыс хаттар).</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Жіберу сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>SendOnce</name>
    <message>
        <source>from your mail app</source>
        <translation>Сіздің пошта қолданбаңыздан</translation>
    </message>
    <message>
        <source>from webmail</source>
        <translation>веб-пошта арқылы</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>пошта арқылы (қағаз хат)</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>факс арқылы</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>басқа жолмен</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You sent this letter to %1 on %2. Send it again?</source>
        <translation>Сіз бұл хатты «%1» алушысына жібердіңіз: %2. Қайта жіберу керек пе?</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You already sent this letter to:</source>
        <translation>Сіз бұл хатты мына алушыларға жіберіп қойдыңыз:</translation>
    </message>
    <message>
        <source>Send it to them again?</source>
        <translation>Оларға қайта жіберу керек пе?</translation>
    </message>
    <message>
        <source>If you answer No, it goes only to %1.</source>
        <translation>«Жоқ» деп жауап берсеңіз, хат тек мына алушыларға кетеді: %1.</translation>
    </message>
    <message>
        <source>If you answer No, nothing is sent.</source>
        <translation>«Жоқ» деп жауап берсеңіз, ештеңе жіберілмейді.</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Бұрын жіберілген</translation>
    </message>
    <message>
        <source>Already waiting in the outbox, not queued again: %1.</source>
        <translation>Шығыс хаттарда күтіп тұр, қайта қосылмады: %1.</translation>
    </message>
    <message>
        <source>Already waiting</source>
        <translation>Күтіп тұр</translation>
    </message>
    <message>
        <source>The outbox shows how each one stands; nothing was added.</source>
        <translation>Әр хаттың жайы шығыс хаттарда көрсетілген; ештеңе қосылмады.</translation>
    </message>
    <message>
        <source>Open &amp;Outbox</source>
        <translation>&amp;Шығыс хаттарды ашу</translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>Ештеңе жіберілмеді.</translation>
    </message>
</context>
<context>
    <name>SignInControl</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Кіруді тоқтату</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>%1 арқылы кіру</translation>
    </message>
    <message>
        <source>Your browser opens %1&apos;s page: sign in there, then come back here. Waiting…</source>
        <translation>Браузеріңіз %1 бетін ашады: сол жерде кіріп, осында қайта оралыңыз. Күтуде…</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>%1 арқылы кірдіңіз.</translation>
    </message>
</context>
<context>
    <name>TrustControl</name>
    <message>
        <source>The campaign is closed.</source>
        <translation>Науқан жабылды.</translation>
    </message>
    <message>
        <source>This campaign is not safe to use</source>
        <translation>Бұл науқанды пайдалану қауіпті</translation>
    </message>
    <message>
        <source>The keys you trusted for campaigns cannot be read.</source>
        <translation>Науқандар үшін сіз сенген кілттерді оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>No signed campaign can be checked until the file is repaired.</source>
        <translation>Файл қалпына келтірілмейінше, қол қойылған бірде-бір науқанды тексеру мүмкін емес.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Ашылмады: %1</translation>
    </message>
    <message>
        <source>The key was not trusted</source>
        <translation>Кілтке сенім білдірілмеді</translation>
    </message>
    <message>
        <source>The key is trusted: this campaign&apos;s updates are checked against it.</source>
        <translation>Кілтке сенім білдірілді: бұл науқанның жаңартулары сол арқылы тексеріледі.</translation>
    </message>
    <message>
        <source>What changed in version %1</source>
        <translation>%1-нұсқада не өзгерді</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust this campaign&apos;s key?</source>
        <translation>Осы науқанның кілтіне сенесіз бе?</translation>
    </message>
    <message>
        <source>“%1” says it comes from &lt;b&gt;%2&lt;/b&gt;. It is signed with this key:</source>
        <translation>«%1» &lt;b&gt;%2&lt;/b&gt; атынан келгенін айтады. Оған мына кілтпен қол қойылған:</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(аты көрсетілмеген)</translation>
    </message>
    <message>
        <source>The campaign&apos;s key</source>
        <translation>Науқанның кілті</translation>
    </message>
    <message>
        <source>Compare it with the key the organiser publishes themselves: on their website, their social media, or as a QR code on a leaflet. Find that place on your own, not through this campaign: a forged campaign can point to a forged page. Once trusted, this campaign&apos;s updates are checked against this key, and a campaign with another key under its name is refused.</source>
        <translation>Оны ұйымдастырушының өзі жариялаған кілтпен салыстырыңыз: оның сайтында, әлеуметтік желілерінде немесе парақшадағы QR-кодта. Ол жерді осы науқан арқылы емес, өзіңіз табыңыз: жалған науқан жалған бетке сілтеуі мүмкін. Сенім білдірілгеннен кейін бұл науқанның жаңартулары осы кілтпен тексеріледі, ал оның атымен басқа кілт қойылған науқан қабылданбайды.</translation>
    </message>
    <message>
        <source>&amp;Published key (optional, to compare):</source>
        <translation>&amp;Жарияланған кілт (міндетті емес, салыстыру үшін):</translation>
    </message>
    <message>
        <source>&amp;Trust This Campaign</source>
        <translation>Осы науқанға &amp;сену</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>Қазір &amp;емес</translation>
    </message>
    <message>
        <source>✗ This is not a whole minisign key (it starts with RW).</source>
        <translation>✗ Бұл толық minisign кілті емес (ол RW-дан басталады).</translation>
    </message>
    <message>
        <source>✓ The same key: the campaign is signed by it.</source>
        <translation>✓ Сол кілт: науқанға осы кілтпен қол қойылған.</translation>
    </message>
    <message>
        <source>✗ Not the same key. Do not trust this campaign: it may be a forgery.</source>
        <translation>✗ Кілт сәйкес емес. Бұл науқанға сенбеңіз: ол жалған болуы мүмкін.</translation>
    </message>
</context>
<context>
    <name>TrustWords</name>
    <message>
        <source>recipients added: %1</source>
        <translation>қосылған алушылар: %1</translation>
    </message>
    <message>
        <source>recipients removed: %1</source>
        <translation>алынып тасталған алушылар: %1</translation>
    </message>
    <message>
        <source>addresses changed: %1</source>
        <translation>өзгерген мекенжайлар: %1</translation>
    </message>
    <message>
        <source>the appeal changed</source>
        <translation>үндеу өзгерді</translation>
    </message>
    <message>
        <source>the letter changed</source>
        <translation>хат өзгерді</translation>
    </message>
    <message>
        <source>the campaign is now closed</source>
        <translation>науқан енді жабылды</translation>
    </message>
    <message>
        <source>the campaign is open again</source>
        <translation>науқан қайта ашылды</translation>
    </message>
    <message>
        <source>nothing you would see changed</source>
        <translation>көзге көрінетін ештеңе өзгермеді</translation>
    </message>
    <message>
        <source>Recipient added: %1 &lt;%2&gt;</source>
        <translation>Алушы қосылды: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Recipient removed: %1 &lt;%2&gt;</source>
        <translation>Алушы алынып тасталды: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Address changed: %1, was %2, now %3</source>
        <translation>Мекенжай өзгерді: %1, бұрын %2, енді %3</translation>
    </message>
    <message>
        <source>The appeal changed (%1).</source>
        <translation>Үндеу өзгерді (%1).</translation>
    </message>
    <message>
        <source>The letter changed (%1).</source>
        <translation>Хат өзгерді (%1).</translation>
    </message>
    <message>
        <source>The campaign is now closed.</source>
        <translation>Науқан енді жабылды.</translation>
    </message>
    <message>
        <source>The campaign is open again.</source>
        <translation>Науқан қайта ашылды.</translation>
    </message>
    <message>
        <source>“%1” has been changed since it was signed, or its signature is damaged.</source>
        <translation>«%1» қол қойылғаннан кейін өзгертілген немесе оның қолтаңбасы бүлінген.</translation>
    </message>
    <message>
        <source>Its recipients or its letter may not be what the organiser wrote. Do not use it; ask the organiser for the campaign again.</source>
        <translation>Оның алушылары немесе хаты ұйымдастырушы жазғандай болмауы мүмкін. Оны пайдаланбаңыз; науқанды ұйымдастырушыдан қайта сұраңыз.</translation>
    </message>
    <message>
        <source>“%1” is version %2 of a campaign you already have in version %3.</source>
        <translation>«%1» — сізде %3-нұсқасы бар науқанның %2-нұсқасы.</translation>
    </message>
    <message>
        <source>An older version may send letters to addresses no longer in use, or be a forgery made from one. It is not used; the newer version is.</source>
        <translation>Ескі нұсқа енді қолданылмайтын мекенжайларға хат жіберуі немесе соның негізінде жасалған жалған нұсқа болуы мүмкін. Ол пайдаланылмайды; жаңа нұсқасы пайдаланылады.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign that comes with Letter Composer.</source>
        <translation>«%1» өзін Letter Composer-мен бірге келетін науқан деп көрсетеді.</translation>
    </message>
    <message>
        <source>It may be a forgery. Use the campaign in the app itself.</source>
        <translation>Бұл жалған болуы мүмкін. Қолданбаның өзіндегі науқанды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>“%1” is not signed, but the campaign it claims to be was signed.</source>
        <translation>«%1» қол қойылмаған, ал ол өзін көрсететін науқанға қол қойылған еді.</translation>
    </message>
    <message>
        <source>“%1” claims to be a campaign you trusted, but it is signed with another key.</source>
        <translation>«%1» өзін сіз сенген науқан деп көрсетеді, бірақ оған басқа кілтпен қол қойылған.</translation>
    </message>
    <message>
        <source>It may be a forgery. Do not use it unless the organiser has told you, in a way you trust, that they changed their key.</source>
        <translation>Бұл жалған болуы мүмкін. Ұйымдастырушы кілтін ауыстырғанын өзіңіз сенетін жолмен хабарламаса, оны пайдаланбаңыз.</translation>
    </message>
</context>
</TS>
