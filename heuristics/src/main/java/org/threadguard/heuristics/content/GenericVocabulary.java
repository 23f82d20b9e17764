package org.threadguard.heuristics.content;

import java.util.HashSet;
import java.util.Set;
import org.threadguard.heuristics.nlp.Tokens;

/**
 * Words that carry no topic: function words, greetings and closings, and the generic vocabulary
 * of "here is the file you asked for" in EN, DE, ES, FR, IT, PT, NL, SV, DA, NO, PL, CS, TR, RU, UK, EL, HU, FI, RO,
 * HR, ID, AR, HE and KO, and for Chinese and Japanese the words and function characters found inside a run of
 * text ({@link #genericCharacters}). A reply made only of
 * these words says nothing about the conversation it sits in — the mark of a lure written once
 * and dropped into many threads. Genuine replies, even short ones, name something specific.
 */
public final class GenericVocabulary {
    private static final Set<String> WORDS = new HashSet<>();
    /** Generic words that count only for a text guessed to be in their language (see {@link #isGeneric(String, String)}). */
    private static final java.util.Map<String, Set<String>> BY_LANGUAGE = new java.util.HashMap<>();
    /** Chinese and Japanese words and function characters without topic, matched inside a run of text. */
    private static final Set<String> CJK_WORDS = new HashSet<>();
    private static int cjkLongest;
    /** Korean particles and endings written onto a word ("파일을", "확인해"), longest first. */
    private static final String[] KOREAN_PARTICLES = {"에서", "으로", "에게", "까지", "부터", "을", "를", "이", "가", "은",
        "는", "의", "에", "로", "와", "과", "도", "만", "하시고", "하세요", "해서", "해"};
    /** Prefixes written onto Arabic and Hebrew words: "and", "the", "in", "to", "from", "that". */
    private static final String PREFIXES_RTL = "وبلفكוהבלמשכ";

    static {
        add(// English function words and generic business words
            "a an the and or but if so to of in on at by for from with about as into than then this that these those"
            + " there here is are was were be been being am do does did done have has had having will would shall"
            + " should can could may might must i me my mine we us our ours you your yours he him his she her it its"
            + " they them their what which who whom whose when where why how all any both each few more most other"
            + " some such no nor not only own same too very just also again once please pls kindly thanks thank"
            + " regards best kind warm cheers hi hello dear hey sir madam team all good morning afternoon evening"
            + " day today tomorrow asap soon possible as below above attached attachment attachments enclosed"
            + " find see view review check open download click enable sign confirm confirmation let know questions"
            + " question any file files document documents doc docs details detail info information requested request"
            + " asked discussed agreed promised mentioned earlier previous previously updated update version new latest"
            + " final copy scan scanned link here's it's i'm i've we've you'll let's sorry delay late get back"
            + " reply response respond soon following follow up follow-up regarding re fw fwd send sent sending"
            + " forward share shared sharing access password code pin ok okay yes invoice invoices payment payments"
            + " pay paid remittance statement order purchase receipt contract agreement report overdue outstanding"
            + " due account bank transfer wire urgent important attention required need needs needed require"
            + " one two ok thx ty via per mail email message arrange arranged receive received funds fund longer"
            + " following now still already able unable cannot can't don't won't isn't get got make made take"
            + " give given used use using like well way thing things something anything everything",
            // German
            "geteilt teilt der die das den dem des ein eine einen einem einer und oder aber wenn so zu von mit für auf an in im"
            + " ist sind war waren sein bin bist hat haben hatte wird werden würde kann können soll sollte muss ich mich"
            + " mir wir uns unser sie ihr ihre ihnen du dich dir es er ihm sehr auch noch nur schon bitte danke vielen"
            + " dank gruß grüße grüßen freundlichen beste besten viele liebe lieber sehr geehrte geehrter hallo guten"
            + " tag morgen heute anbei anhang angehängt anlage anlagen unterlagen dokument dokumente datei dateien"
            + " siehe sehen prüfen öffnen herunterladen bestätigen rückmeldung besprochen vereinbart angefordert"
            + " gewünscht wie wie besprochen aktuelle neue version rechnung rechnungen zahlung überweisung konto"
            + " kennwort passwort link hier dringend bald möglich melden fragen frage sich an bei nach",
            // Spanish
            "compartido compartida compartió comparte el la los las un una unos unas y o pero si a de del al en con por para sin sobre es son era fue ser"
            + " estar está están ha han he hay le les lo me mi mis nos nuestro su sus te tu tus usted ustedes yo que"
            + " muy también ya gracias saludos cordiales atentamente un saludo hola buenos buenas días tardes estimado"
            + " estimada adjunto adjunta adjuntos adjuntas archivo archivos documento documentos ver vea revise revisar"
            + " abrir descargar confirmar confirme solicitado solicitada pedido comentado acordado aquí está enlace"
            + " factura facturas pago transferencia cuenta contraseña clave urgente favor por favor le envío envío"
            + " cualquier duda quedo quedamos pendiente",
            // French
            "partagé partagée partage le la les un une des et ou mais si à de du au aux en dans avec pour par sur sans est sont était être"
            + " a ai avez avons ont je me moi mon ma mes nous notre nos vous votre vos il elle ils elles son sa ses"
            + " ce cet cette ces qui que très aussi déjà merci cordialement salutations bonjour bonsoir cher chère"
            + " madame monsieur ci-joint ci-joints pièce jointe jointes fichier fichiers document documents voir"
            + " voici voilà vérifier ouvrir télécharger confirmer demandé demandée convenu discuté lien facture"
            + " factures paiement virement compte mot passe urgent rapidement possible bonne journée",
            // Italian
            "condiviso condivisa condivide il lo la i gli le un uno una e o ma se a di da in con su per tra fra è sono era essere ho hai ha abbiamo"
            + " avete hanno io mi me mio mia miei noi ci nostro voi vi vostro lei lui suo sua loro che molto anche già"
            + " grazie saluti cordiali distinti buongiorno buonasera ciao gentile egregio allegato allegati allegata"
            + " file documento documenti vedere veda verificare aprire scaricare confermare richiesto richiesta"
            + " concordato ecco qui link fattura fatture pagamento bonifico conto password urgente prego resto"
            + " disposizione",
            // Portuguese
            "compartilhado compartilhada compartilhou partilhado partilhou o a os as um uma uns umas e ou mas se de do da dos das em no na nos nas com por para sem sobre é são"
            + " era ser estar está estão foi tem têm eu me meu minha nós nosso você vocês ele ela eles elas seu sua"
            + " que muito também já obrigado obrigada cumprimentos atenciosamente olá bom dia boa tarde prezado prezada"
            + " anexo anexos anexado anexada segue seguem arquivo arquivos documento documentos ver veja verificar"
            + " abrir baixar confirmar solicitado solicitada combinado aqui está link fatura faturas pagamento"
            + " transferência conta senha urgente favor qualquer dúvida",
            // Dutch
            "gedeeld deelt de het een en of maar als te van in op aan met voor door bij naar over is zijn was waren ben bent heeft"
            + " hebben had wordt worden zou kan kunnen moet ik mij me mijn wij we ons onze jij je jou jouw u uw hij"
            + " zij ze haar hun die dat dit deze er hier zeer ook al nog alleen graag bedankt dank groet groeten"
            + " vriendelijke met hartelijke hallo beste goedemorgen goedemiddag bijlage bijlagen bijgevoegd"
            + " bestand bestanden document documenten zie bekijk bekijken controleren openen downloaden bevestigen"
            + " gevraagd besproken afgesproken link factuur facturen betaling overboeking rekening wachtwoord"
            + " dringend snel mogelijk vragen laat weten",
            // The same generic business vocabulary as the English list above, for the other six languages:
            // requests and politeness, time words, "updated / new / final version", the verbs of
            // "look at / open / enable / access", and closing formulae (with their common inflections).
            // German
            "gern gerne können könnten würden möchten bitten bitte beigefügt beigefügte beigefügten anbei finden"
            + " finden sie hiermit unten oben folgenden folgende aktualisiert aktualisierte aktualisierten neueste"
            + " letzte endgültige fassung kopie scan zugang zugreifen ansehen anschauen lesen bearbeitung"
            + " bearbeiten inhalt inhalte freigeben freigegeben schnell schnellstmöglich umgehend heute morgen"
            + " gestern woche sofort erhalten zugeschickt geschickt senden sende schicke schicken weiterleiten"
            + " mfg lg vg viele grüsse gruss nicht kein keine ja nein ok alles gut diese dieser dieses hier was wer"
            + " wo wann warum welche",
            // Spanish
            "podría podrías puede pueden necesito necesitamos agradecería agradezco adjuntamos adjunto encontrará"
            + " encuentra abajo arriba siguiente actualizado actualizada actualizados nueva nuevo nuevos última"
            + " último final versión copia escaneado acceso acceder consultar consulte visualizar habilitar"
            + " habilite edición contenido haga clic clic pulse hoy mañana ayer semana inmediato inmediatamente"
            + " pronto recibido recibida enviado enviada enviar reenviar no sí ok todo bien este esta esto estos"
            + " estas aquí qué quién dónde cuándo cómo como muchas buen atte",
            // French
            "veuillez pourriez pourrais pouvez pouvons merci de besoin souhaite souhaitons trouverez trouver"
            + " ci-dessous ci-dessus dessous dessus suivant suivante suivants mis mise à jour nouveau nouvelle"
            + " nouveaux dernier dernière dernières final finale version copie scanné accès accéder consulter"
            + " consultez visualiser afficher activer activez modification modifications contenu cliquer cliquez"
            + " lire aujourd'hui aujourd demain hier semaine immédiatement rapidement bientôt reçu reçue envoyé"
            + " envoyée envoyer transférer joint jointe joints ne pas non oui ok tout tous toute bien d'avance"
            + " avance ici quoi quand comment pourquoi comme afin dès que bien à vous bonne fin",
            // Italian
            "potresti potrebbe potete può posso vorrei vorremmo gentilmente cortesemente per favore prego trovi"
            + " trova troverà sotto sopra seguente seguenti aggiornato aggiornata aggiornati aggiornate nuovo nuova"
            + " nuovi ultimo ultima finale versione copia scansione accesso accedere consultare consulta"
            + " visualizzare abilitare abiliti modifica modifiche contenuto cliccare clicca leggere oggi domani ieri"
            + " settimana subito presto ricevuto ricevuta inviato inviata inviare inoltrare non sì ok tutto tutti"
            + " bene questo questa questi qui cosa quando come perché del della dei delle al alla nel nella sul"
            + " sulla dell all nell quest distinti saluti un saluto",
            // Portuguese
            "poderia pode podem posso gostaria agradeço agradecemos por favor encontra encontrará abaixo acima"
            + " seguinte seguintes atualizado atualizada atualizados novo nova novos último última final versão"
            + " cópia digitalizado acesso acessar aceder consultar consulte visualizar habilitar habilite ative"
            + " ativar edição conteúdo clique clicar ler hoje amanhã ontem semana imediatamente rápido breve"
            + " recebido recebida enviado enviada enviar encaminhar não sim ok tudo todos bem este esta isto estes"
            + " aqui quando como porque ao à pelo pela abraço",
            // Dutch
            "kunt kunnen zou zouden wilt wil graag verzoek vriendelijk verzoeken hieronder hierboven onderstaande"
            + " onderstaand bovenstaande volgende bijgevoegde bijgevoegd bijgaand bijgaande bijlage bijgewerkt"
            + " bijgewerkte nieuwe nieuw laatste definitieve versie kopie scan toegang openen open bekijken bekijk"
            + " inzien lezen schakel inschakelen bewerken inhoud klik klikken zien om vandaag morgen gisteren week"
            + " direct meteen spoedig ontvangen gestuurd verzonden sturen doorsturen niet geen ja nee ok alles goed"
            + " deze dit hier wat wie wanneer hoe waarom mvg groetjes",
            // imperative forms of the verbs of looking, opening, downloading and signing
            "öffne öffnen sie lade laden sie herunter sieh sehen unterschreibe unterschreiben descarga descargue abre"
            + " abra revisa revise firma firme consulta ver téléchargez ouvrez consultez signez vérifiez scarica"
            + " scarichi apri apra visualizza rivedi controlla firma baixe abra revise assine veja download"
            + " onderteken controleer",
            // Swedish, Danish and Norwegian
            "delade delat delt delte och og att at det den de en ett et i på med för for til till av af om som är er var har hade kan kunde"
            + " ska skal skall vill vil jag jeg du ni vi dere jer oss os min mitt mina din ditt er ert vår vårt våra"
            + " vores hej hei hallo tack takk tak hälsningar hilsen hilsner vänliga venlig vennlig med mvh här her"
            + " kommer dokumenten dokumentet dokument dokumenter filen filer fil filene länken länk linken lenken link"
            + " nedan nedenfor nedenunder ovan ovenfor bifogad bifogat bifogade bilaga bilagan vedhæftet vedlagt vedlegg"
            + " se titta kolla öppna åbn åpne ladda hämta hent last ned klicka klik bekräfta bekræft bekreft granska"
            + " faktura fakturan fakturaen betalning betaling lösenord adgangskode passord idag i dag imorgon i morgon"
            + " snart omgående brådskande haster så snart som möjligt mulig snarest nu ny nya nye uppdaterad opdateret"
            + " oppdatert senaste seneste siste version versjon kopia kopi inte ikke ja nej nei ok allt alt bra godt",
            // Polish
            "i w na z ze do nie to się jest są był była będzie jak po dla od za co ale czy tak oraz przez dzień"
            + " dobry witam pozdrawiam pozdrowienia dziękuję dzięki proszę prosimy pan pani państwo mój moja nasz"
            + " nasza wasz wasza ja my wy w załączeniu załącznik załączniki załączam przesyłam przesyłamy dokument"
            + " dokumenty dokumentu plik pliki pliku link linku poniżej powyżej otwórz pobierz kliknij sprawdź"
            + " potwierdź faktura faktury fakturę płatność płatności przelew hasło dziś dzisiaj jutro wczoraj pilne"
            + " pilnie szybko możliwie nowy nowa nowe aktualny aktualna wersja kopia tutaj tu ok tak"
            + " udostępniono udostępnił udostępniła udostępniam udostępnia udostępniony udostępnione otwórz otwórzcie",
            // Czech
            "a v ve na z ze do ne to se je jsou byl byla bude jak po pro od za co ale nebo tak také přes dobrý den"
            + " zdravím s pozdravem pozdravem děkuji díky prosím pane paní můj moje náš naše váš vaše vám vás já my"
            + " vy v příloze příloha přílohy přikládám posílám zasílám dokument dokumenty dokumentu soubor soubory"
            + " souboru odkaz odkazu níže výše otevřete stáhněte klikněte zkontrolujte potvrďte faktura faktury"
            + " fakturu platba platby převod heslo dnes zítra včera naléhavé urgentní rychle co nejdříve nový nová"
            + " nové aktuální verze kopie zde tady ok ano sdílel sdílela sdílí sdílený sdílené sdílím",
            // Turkish
            "ve veya ile bir bu şu o için de da ama gibi çok daha en ne mi var yok olarak sonra kadar merhaba"
            + " selam teşekkürler teşekkür ederim saygılarımla iyi günler çalışmalar lütfen rica sayın bey hanım"
            + " size sizin bize bizim ben biz siz ekte ek ekli ekteki gönderiyorum gönderdim gönderiyoruz belge"
            + " belgeler belgeyi dosya dosyalar dosyayı bağlantı bağlantıyı link aşağıda yukarıda açın açınız"
            + " indirin tıklayın kontrol edin onaylayın fatura faturayı ödeme havale şifre bugün yarın dün acil"
            + " hemen mümkün en kısa sürede yeni güncel güncellenmiş son sürüm kopya burada tamam evet",
            // days of the week, which are time words like "today" and "tomorrow", in the seven languages
            "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag"
            + " samstag sonntag lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi jeudi"
            + " vendredi samedi dimanche lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta"
            + " quinta sexta maandag dinsdag woensdag donderdag vrijdag zaterdag zondag måndag tisdag onsdag torsdag"
            + " fredag lördag söndag mandag tirsdag onsdag torsdag fredag lørdag søndag poniedziałek wtorek środa"
            + " czwartek piątek sobota niedziela pondělí úterý středa čtvrtek pátek sobota neděle pazartesi salı"
            + " çarşamba perşembe cuma cumartesi pazar",
            // Russian
            "и в во на с со к ко по за из от до для о об у не но а или же ли бы что чтобы как так это этот эта эти"
            + " тот та те там тут здесь вот уже ещё еще очень также тоже только я меня мне мы нас нам вы вас вам ты"
            + " тебя тебе он она они его её ее их ему ей им свой свои ваш ваша ваше ваши наш наша наше наши добрый"
            + " день утро вечер здравствуйте привет уважаемый уважаемая коллеги спасибо благодарю с уважением"
            + " всего доброго хорошего дня прошу просим пожалуйста во вложении вложение вложения прилагаю"
            + " прилагаем приложение приложении направляю направляем высылаю отправляю файл файлы файла документ"
            + " документы документа ссылка ссылке ссылку по ссылке ниже выше откройте открыть скачайте скачать"
            + " посмотрите ознакомьтесь проверьте подтвердите нажмите перейдите счет счёт счета оплата оплату"
            + " платеж платёж перевод реквизиты пароль срочно сегодня завтра вчера как можно скорее новый новая"
            + " новые обновленный обновлённый последняя версия копия да нет ок хорошо всё все",
            // Ukrainian
            "і й та в у на з із зі до від для про по за не але або чи що щоб як так це цей ця ці той там тут вже ще"
            + " дуже також тільки лише я мене мені ми нас нам ви вас вам ти він вона вони його її їх ваш ваша ваші"
            + " наш наша наші добрий день доброго ранку вечора вітаю привіт шановний шановна колеги дякую з повагою"
            + " прошу будь ласка у вкладенні вкладення додаю додаток надсилаю файл файли документ документи"
            + " посилання посиланням нижче вище відкрийте відкрити завантажте завантажити перегляньте перевірте підтвердіть"
            + " натисніть перейдіть рахунок рахунку оплата оплату платіж переказ реквізити пароль терміново"
            + " сьогодні завтра новий нова нові оновлений остання версія копія так ні добре все всі",
            // Greek
            "και ή να θα με σε στο στη στην στον στα στους στις από για προς ως που πως ότι αλλά αν δεν μη μην"
            + " ο η το οι τα τον την του της των τους τις ένα ένας μία μια εγώ εμείς εσείς εσύ αυτός αυτή αυτό"
            + " αυτά μου μας σας σου του τους είναι ήταν έχω έχει έχουμε έχετε καλημέρα καλησπέρα γεια αγαπητέ"
            + " αγαπητή ευχαριστώ ευχαριστούμε φιλικά χαιρετισμούς με εκτίμηση παρακαλώ συνημμένο συνημμένα στέλνω"
            + " επισυνάπτω επισυνάπτεται αρχείο αρχεία έγγραφο έγγραφα σύνδεσμο σύνδεσμος παρακάτω ανοίξτε"
            + " κατεβάστε δείτε ελέγξτε επιβεβαιώστε πατήστε κάντε κλικ εδώ τιμολόγιο τιμολόγια πληρωμή"
            + " μεταφορά λογαριασμός κωδικός επείγον σήμερα αύριο νέο νέα νέος τελευταία έκδοση αντίγραφο ναι"
            + " όχι εντάξει όλα",
            // Arabic (common forms, with the article and conjunction as written)
            "و في من إلى الى على عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم نحن أنا انا أنت انت أنتم لكم"
            + " لك لنا لي هل ما لا نعم لم لن قد لقد تم كما أو او ثم أن ان إن كل مرحبا مرحباً السلام عليكم"
            + " تحية طيبة وبعد تحياتي مع التحية شكرا شكراً وشكرا جزيلا عزيزي العزيز السيد السادة الأستاذ"
            + " المحترم المحترمين يرجى الرجاء نرجو أرجو مرفق مرفقة المرفق المرفقة بالمرفق مرفقات الملف ملف"
            + " الملفات المستند مستند المستندات الرابط رابط أدناه ادناه أعلاه افتح فتح تحميل تنزيل اطلع"
            + " الاطلاع مراجعة راجع تأكيد التأكيد اضغط انقر هنا فاتورة الفاتورة الدفع دفع سداد تحويل التحويل"
            + " حساب الحساب كلمة المرور السر عاجل اليوم غدا غداً أمس الجديد الجديدة جديد جديدة آخر الأخيرة"
            + " النسخة نسخة بخصوص حسب طلبك المطلوب المطلوبة",
            // Hebrew (common forms, with the article and prepositions as written)
            "ו את של על עם אל מן מ ב ל ה זה זו זאת אלה הזה הזאת אני אנחנו אתה את אתם אתן הוא היא הם הן לך לכם"
            + " לנו לי יש אין לא כן גם רק עוד כבר מאוד אם כי או שלום היי בוקר טוב ערב תודה רבה בברכה להתראות"
            + " יקר יקרה נא אנא בבקשה מצורף מצורפת מצורפים מצורפות הקובץ קובץ קבצים המסמך מסמך מסמכים"
            + " קישור הקישור למטה מטה למעלה לפתוח פתח פתחו להוריד הורד הורידו לעיין עיין לבדוק בדוק לאשר אשר"
            + " לחץ לחצו כאן חשבונית החשבונית תשלום התשלום העברה חשבון החשבון סיסמה הסיסמה דחוף היום מחר אתמול"
            + " בהקדם חדש חדשה החדש החדשה מעודכן מעודכנת גרסה אחרונה עותק בקשתך כפי שביקשת",
            // Korean (particles are set aside when a word is looked up: see isGeneric)
            "안녕하세요 안녕하십니까 감사합니다 고맙습니다 수고하세요 수고하십시오 좋은 하루 되세요 드림 올림"
            + " 님 귀하 부탁드립니다 부탁 드립니다 바랍니다 주세요 주십시오 해주세요 해주시기 확인 확인해 확인하시고"
            + " 검토 첨부 첨부파일 첨부된 첨부한 첨부합니다 파일 문서 자료 링크 아래 위 다운로드 클릭 열어 열어서"
            + " 보시고 보내드립니다 보내 드립니다 전달 전달드립니다 송장 청구서 인보이스 결제 송금 입금 계좌"
            + " 비밀번호 암호 긴급 급히 빠른 빨리 오늘 내일 어제 새 새로운 최신 수정 수정된 버전 사본 요청하신"
            + " 요청 관련 해당 있습니다 합니다 입니다 했습니다 하겠습니다 네 예 그리고 또는 하지만 이 그 저"
            + " 이것 저희 우리 제가 저는 귀사 회신 답변 바로");
        // Latin-script languages whose short words collide with the words of the languages above ("va", "ma",
        // "dan", "sore"): their lists count only for a text in that language
        addFor("hu", // Hungarian
                "a az egy és vagy de ha hogy is nem igen már még csak nagyon is van vannak volt lesz én te ő"
                + " mi ti ők engem minket önök ön az ez azt ezt itt ott kedves tisztelt jó napot reggelt"
                + " üdvözlettel üdv köszönöm köszönjük kérem kérjük csatolva csatolom csatolt mellékelten"
                + " mellékelve melléklet mellékletben küldöm küldjük meg fájl fájlt dokumentum dokumentumot link"
                + " linket alább lent fent nyissa meg töltse le tekintse ellenőrizze erősítse kattintson ide"
                + " számla számlát fizetés átutalás jelszó sürgős ma holnap tegnap mielőbb új legújabb"
                + " frissített verzió másolat rendben minden");
        addFor("fi", // Finnish
                "ja tai mutta jos että kun ei on ovat oli olen olemme olette se ne tämä nämä tuo tässä siellä"
                + " täällä minä sinä hän me te he minun sinun meidän teidän teille meille myös vain jo vielä"
                + " hyvin hei moi terve hyvää huomenta päivää ystävällisin terveisin kiitos kiitoksia kiittäen"
                + " pyydän ole hyvä liitteenä olevasta olevassa linkistä liite liitteet liitteessä tiedosto"
                + " tiedostot asiakirja asiakirjat linkki linkin alla yllä avaa lataa katso tarkista vahvista"
                + " klikkaa napsauta tästä lasku laskun maksu tilisiirto salasana kiireellinen tänään huomenna"
                + " eilen pian uusi uusin päivitetty versio kopio kyllä selvä kaikki");
        addFor("ro", // Romanian
                "și si sau dar dacă daca că ca nu da este sunt era fi am ai are avem aveți au eu tu el ea noi"
                + " voi ei ele meu mea mei noastre nostru dumneavoastră dvs vă va ne mă ma în in la de pe cu din"
                + " pentru prin către spre acest această aceasta aceste aici acolo foarte deja încă doar bună"
                + " buna ziua dimineața salut stimate stimată mulțumesc multumesc mulțumim cu stimă stima toate"
                + " cele bune vă rog va rog atașat atasat atașez trimit trimitem documentele anexat anexa anexă"
                + " fișier fisier fișierul documentul document documente link linkul mai jos sus deschideți"
                + " descărcați vizualizați verificați confirmați faceți clic aici factura factură facturi plata"
                + " plată transfer parola parolă urgent astăzi azi mâine ieri cât mai curând nou nouă noua"
                + " actualizat actualizată versiunea versiune copie ok bine tot");
        addFor("hr", // Croatian (and the shared words of Serbian and Bosnian in Latin script)
                "i ili ali ako da je su bio bila biti sam smo ste nije ne već još samo vrlo također ja ti on"
                + " ona mi vi oni one moj moja naš naša vaš vaša vam vas nam nas u na s sa od do za iz o po pri"
                + " prema ovaj ova ovo ove ovdje tamo poštovani poštovana dobar dan jutro pozdrav lijep pozdrav"
                + " srdačan hvala zahvaljujem molim vas lijepo u prilogu prilog privitak u privitku šaljem"
                + " dostavljam datoteka datoteku dokument dokumente poveznica poveznicu poveznici link ispod"
                + " gore otvorite preuzmite pogledajte provjerite potvrdite kliknite ovdje račun računa uplata"
                + " plaćanje lozinka hitno danas sutra jučer što prije novi nova novo ažurirani zadnja verzija"
                + " kopija u redu sve");
        addFor("id", // Indonesian and Malay
                "dan atau tetapi tapi jika kalau bahwa yang tidak bukan ini itu di ke dari untuk dengan pada"
                + " dalam oleh sudah belum akan juga hanya sangat saya kami kita anda kamu dia mereka bapak ibu"
                + " bpk yth selamat pagi siang sore halo hai terima kasih salam hormat mohon tolong silakan"
                + " silahkan terlampir lampiran dilampirkan berkas file dokumen tautan link berikut di bawah"
                + " atas buka unduh download lihat periksa cek konfirmasi klik disini sini tagihan faktur"
                + " invoice pembayaran transfer rekening kata sandi segera mendesak hari besok kemarin baru"
                + " terbaru diperbarui versi salinan ya ok baik semua");
        for (String w : ("的 了 是 在 有 和 与 及 或 我 你 您 他 她 它 们 这 那 此 该 其 之 于 个 一 也 都 就 要 会 可 以"
                + " 请 吧 呢 吗 啊 将 把 被 给 对 为 并 已 如 若 中 里 内 上 下 后 前 时 至 即 再 所 已经 の に は を が で と"
                + " も へ や から まで より です ます でした ました ください 下さい 致します いたします お ご 御 様 さま 殿"
                + " 各位 您好 你好 大家好 谢谢 多谢 感谢 此致 敬礼 祝好 顺祝 商祺 附件 附上 请查收 查收 下面 如下 以下 查看 查阅 确认 下载"
                + " 点击 链接 打开 文件 资料 文档 最新 版本 更新 发票 付款 支付 汇款 转账 银行 账户 账号 密码 尽快 急 紧急"
                + " 今天 明天 昨天 收到 发送 发给 回复 问题 联系 麻烦 辛苦 好的 谢 好 請 查閱 確認 下載 點擊 鏈接 連結 打開"
                + " 檔案 資料 發票 付款 匯款 轉帳 銀行 賬戶 帳戶 密碼 盡快 謝謝 附檔 お世話 世話 なって なり おります"
                + " 申し上げます 申し上げ 宜しく よろしく お願い 願い 確認 ご確認 添付 添付ファイル 資料 送付 送ります"
                + " 送らせて 頂きます いただきます 頂け いただけ 下記 以下 参照 対応 連絡 ご連絡 返信 至急 本日 明日 昨日"
                + " 件 最新 版 更新 請求書 請求 支払 お支払い 振込 入金 口座 変更 開いて 開く クリック ダウンロード"
                + " リンク ファイル パスワード メール 拝見 失礼 宜しくお願い致します").split("\\s+")) {
            CJK_WORDS.add(w);
            cjkLongest = Math.max(cjkLongest, w.length());
        }
    }

    private GenericVocabulary() {
    }

    private static void addFor(String language, String list) {
        Set<String> set = BY_LANGUAGE.computeIfAbsent(language, k -> new HashSet<>());
        for (String w : list.split("\\s+")) {
            if (!w.isEmpty()) {
                set.add(Tokens.stripAccents(w));
            }
        }
    }

    /**
     * {@link #isGeneric(String)}, and for a text guessed to be in Hungarian, Finnish, Romanian, Croatian or
     * Indonesian also that language's own list.
     */
    public static boolean isGeneric(String word, String language) {
        if (isGeneric(word)) {
            return true;
        }
        Set<String> own = language == null ? null : BY_LANGUAGE.get(language);
        return own != null && own.contains(Tokens.stripAccents(word));
    }

    private static void add(String... lists) {
        for (String list : lists) {
            for (String w : list.split("\\s+")) {
                if (!w.isEmpty()) {
                    WORDS.add(Tokens.stripAccents(w));
                }
            }
        }
    }

    /**
     * Whether a lower-case word carries no topic. An elided article or preposition ({@code l'allegato},
     * {@code d'avance}, {@code dell'ordine}) is judged by the word it is attached to, a hyphenated
     * compound ({@code ci-dessous}) by its parts.
     */
    public static boolean isGeneric(String word) {
        String w = Tokens.stripAccents(word);
        if (WORDS.contains(w)) {
            return true;
        }
        int apostrophe = w.lastIndexOf('\'');
        if (apostrophe > 0 && apostrophe <= 5 && apostrophe < w.length() - 1) {
            return WORDS.contains(w.substring(apostrophe + 1));
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (!part.isEmpty() && !WORDS.contains(part)) {
                    return false;
                }
            }
            return true;
        }
        if (word.length() > 2 && PREFIXES_RTL.indexOf(word.charAt(0)) >= 0
                && WORDS.contains(Tokens.stripAccents(word.substring(1)))) {
            return true;
        }
        if (!word.isEmpty() && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.HANGUL) {
            for (String p : KOREAN_PARTICLES) {
                if (word.length() > p.length() && word.endsWith(p)
                        && WORDS.contains(Tokens.stripAccents(word.substring(0, word.length() - p.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Which characters of a run of Chinese or Japanese text (written without spaces) belong to topic-free
     * words: kana particles and endings, function characters, and the generic words of "please find the
     * file attached" matched longest first. A katakana loan word is generic only as a whole word.
     */
    static boolean[] genericCharacters(String run) {
        int n = run.length();
        boolean[] generic = new boolean[n];
        int i = 0;
        while (i < n) {
            char c = run.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.KATAKANA) {
                int end = i;
                while (end < n && (Character.UnicodeScript.of(run.charAt(end)) == Character.UnicodeScript.KATAKANA
                        || run.charAt(end) == '\u30FC')) {
                    end++;
                }
                boolean known = CJK_WORDS.contains(run.substring(i, end));
                for (int k = i; k < end; k++) {
                    generic[k] = known;
                }
                i = end;
                continue;
            }
            int matched = 0;
            for (int len = Math.min(cjkLongest, n - i); len >= 1 && matched == 0; len--) {
                if (CJK_WORDS.contains(run.substring(i, i + len))) {
                    matched = len;
                }
            }
            if (matched > 0) {
                for (int k = i; k < i + matched; k++) {
                    generic[k] = true;
                }
                i += matched;
            } else {
                generic[i] = script == Character.UnicodeScript.HIRAGANA;
                i++;
            }
        }
        return generic;
    }
}
