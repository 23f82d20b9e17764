package org.threadguard.heuristics.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multilingual word stems for the intents lures share: asking the reader to open, download,
 * enable, review or pay, and talk of passwords and changed bank details. These are categories of
 * intent in EN, DE, ES, FR, IT, PT, NL, SV, DA, NO, PL, CS, TR, RU, UK, EL, HU, FI, RO, HR, ID, AR, HE, KO, ZH and JA —
 * not phrases of any particular campaign — and they are
 * only one input: a lure must also be unrelated to the thread's own text.
 */
public final class Lexicon {

    /**
     * Call to action: open / see / download / enable / click / review / confirm / sign / pay. Stems end
     * in {@code *}; see {@link PhraseMatcher} for the notation.
     */
    private static final PhraseMatcher ACTION = new PhraseMatcher(
            // en
            "open", "opening", "see attach*", "attached", "attachment", "enclosed", "download*", "enable*", "click*",
            "review*", "confirm*", "sign", "signing", "view", "viewing", "access", "find attach*", "kindly", "urgent*",
            "asap", "as soon as possible", "invoice*", "payment*", "remittance", "overdue", "outstanding", "wire",
            "transfer", "document*", "file", "files", "let me know what you think", "check it|this|the",
            // de
            "öffnen", "anbei", "anhang", "angehängt*", "herunterladen", "aktivieren", "klicken", "prüfen", "bestätigen",
            "dokument*", "datei*", "rechnung*", "zahlung*", "überweisung*", "dringend", "unterlagen", "unterschreiben",
            "freigeben",
            // es
            "abrir", "adjunto", "adjunta", "adjuntos", "descarg*", "habilit*", "haga clic", "revis*", "documento*",
            "archivo*", "factura*", "pago*", "transferencia*", "urgente", "firmar",
            // fr
            "ouvrir", "ci joint", "pièce jointe", "télécharg*", "activer", "cliquez", "vérifi*", "facture*", "paiement*",
            "virement*", "fichier*", "signer",
            // it
            "aprire", "allegat*", "scaric*", "abilit*", "clicca*", "verific*", "fattura*", "pagament*", "bonifico",
            "documenti", "firmare",
            // pt
            "abra", "anexo", "anexad*", "baixe", "baixar", "ative", "clique", "verifique", "fatura*", "pagamento*",
            "transferência", "arquivo*", "assinar",
            // nl
            "openen", "bijlage*", "bijgevoegd*", "inschakelen", "klik", "bekijk*", "bevestig*", "factuur*", "betaling*",
            "overboeking*", "bestand*", "ondertekenen",
            // sv, da, no
            "öppna", "bifoga*", "bilaga*", "ladda ner", "hämta", "aktivera", "klicka*", "granska", "bekräfta*",
            "dokument*", "fil", "filer*", "faktura*", "betalning*", "länk*", "brådskande", "underteckna",
            "åbn", "åpne", "vedhæft*", "vedlagt*", "vedlegg*", "hent", "last ned", "klik", "bekræft*", "betaling*",
            "lenke*", "haster",
            // pl
            "otwórz", "otworzyć", "załącz*", "pobierz", "pobrać", "włącz", "kliknij", "sprawdź", "potwierdź",
            "dokument*", "plik*", "faktur*", "płatnoś*", "przelew*", "pilne", "pilnie", "podpisz", "linku",
            // cs
            "otevřete", "otevřít", "přílo*", "přiložen*", "stáhněte", "stáhnout", "povolte", "klikněte", "zkontrolujte",
            "potvrďte", "dokument*", "soubor*", "faktur*", "platb*", "převod*", "naléhav*", "urgentní", "podepište",
            "odkaz*",
            // tr
            "açın", "açınız", "ekte", "ek", "ekli", "indirin", "indir", "etkinleştir*", "tıklayın", "tıkla",
            "kontrol edin", "onaylayın", "belge*", "dosya*", "fatura*", "ödeme*", "havale", "acil", "imzala*",
            "bağlantı*",
            // ru, uk
            "вложени*", "прилага*", "приложен*", "скача*", "скачив*", "загруз*", "откро*", "открой*", "открыт*",
            "нажми*", "перейди*", "провер*", "подтверд*", "подпиш*", "ознаком*", "счет", "счёт", "счета", "оплат*",
            "платеж*", "платёж*", "перевод*", "срочн*", "документ*", "файл*", "ссылк*", "вкладен*", "додато*",
            "додаю", "завантаж*", "відкри*", "натисні*", "перевірте", "підтверд*", "рахун*", "платіж*", "переказ*",
            "терміново", "посилання",
            // el
            "συνημμέν*", "επισυνάπτ*", "κατεβάστε", "ανοίξτε", "πατήστε", "κλικ", "ελέγξτε", "επιβεβαιώστε",
            "υπογράψτε", "τιμολόγι*", "πληρωμ*", "έμβασμα*", "επείγον", "αρχεί*", "έγγραφ*", "σύνδεσμ*",
            // hu
            "csatol*", "mellékel*", "melléklet*", "letölt*", "nyissa", "nyisd", "kattint*", "ellenőriz*", "megerősít*",
            "aláír*", "számla", "számlá*", "fizet*", "átutal*", "sürgős*", "fájl*", "dokumentum*",
            // fi
            "liite*", "liitteen*", "lataa", "avaa", "klikkaa", "napsauta", "tarkista", "vahvista", "allekirjoita",
            "lasku*", "maksu*", "tilisiirto*", "kiireellinen", "tiedosto*", "asiakirja*", "linkki*",
            // ro
            "atașat*", "atasat*", "anexat*", "anexa", "anexă", "descărca*", "descarca*", "deschide*", "faceți clic",
            "verifica*", "confirma*", "semna*", "factur*", "plată", "plata", "plăți*", "transfer*", "urgent*",
            "fișier*", "fisier*",
            // hr, sr, bs
            "privit*", "prilog*", "preuzmi*", "otvori*", "klikni*", "provjeri*", "potvrdi*", "potpiši*", "račun*",
            "plaćanj*", "uplat*", "hitno", "datotek*",
            // id, ms
            "lampiran*", "terlampir", "dilampirkan", "unduh", "buka", "klik", "periksa", "konfirmasi", "tanda tangani",
            "tagihan", "faktur", "pembayaran", "bayar", "transfer", "segera", "dokumen", "berkas", "tautan",
            // ar
            "مرفق*", "المرفق*", "بالمرفق", "تحميل", "تنزيل", "افتح", "فتح", "اضغط", "انقر", "راجع", "مراجعة", "تأكيد",
            "توقيع", "فاتورة", "الفاتورة", "الدفع", "دفع", "سداد", "تحويل", "التحويل", "عاجل", "الملف", "ملف", "المستند*",
            "الرابط", "رابط",
            // he
            "מצורף*", "להוריד", "הורד*", "לפתוח", "פתח*", "לחץ", "לחצו", "לבדוק", "לאשר", "לחתום", "חשבונית*",
            "תשלום*", "העברה", "דחוף", "קובץ", "הקובץ", "מסמך", "המסמך", "קישור", "הקישור",
            // ko
            "첨부*", "다운로드*", "클릭*", "열어*", "확인*", "검토*", "서명*", "송장*", "청구서*", "인보이스*", "결제*",
            "송금*", "입금*", "긴급*", "파일*", "문서*", "링크*",
            // zh (simplified and traditional), ja: found inside runs of text without spaces
            "附件", "附上", "查收", "下载", "下載", "点击", "點擊", "打开", "打開", "查看", "查阅", "查閱", "确认", "確認",
            "签署", "簽署", "发票", "發票", "付款", "支付", "汇款", "匯款", "转账", "轉帳", "紧急", "緊急", "文件", "链接",
            "鏈接", "連結", "添付", "ダウンロード", "クリック", "開いて", "ご確認", "ご覧", "署名", "請求書", "支払",
            "振込", "送金", "至急", "ファイル", "リンク");

    /**
     * Passwords for encrypted archives or documents. The keyword is a word of its own in scripts that separate
     * words by spaces; in Chinese and Japanese it is not.
     */
    private static final Pattern PASSWORD = Pattern.compile(
            "(?iu)(?<![\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{IsArabic}\\p{IsHebrew}\\p{N}])"
            + "(password|passcode|passwort|kennwort|pw|contraseña|clave|mot de passe|mdp|parola d'ordine|senha"
            + "|wachtwoord|lösenord|adgangskode|passord"
            + "|hasło|haslo|heslo|şifre|sifre|parola|jelszó|jelszava|пароль|пароля|κωδικός|κωδικό|كلمة المرور"
            + "|كلمة السر|סיסמה|סיסמא|パスワード|暗証番号|密码|密碼|口令|비밀번호|암호)"
            + "(?:\\s*(?:\\s(?:is|ist|lautet|es|est|è|é)|:|は|为|是|는|은))?\\s*[:=：]?\\s*[\"'«「]?"
            + "([^\\s,;\"'»」、。\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]{3,})");

    /** Bank details and payment redirection. */
    private static final PhraseMatcher BANK = new PhraseMatcher("iban", "swift", "bic", "routing", "sort code",
            "bank details", "bank account", "account number", "beneficiary", "new account", "updated account",
            "bankverbindung", "kontoverbindung", "neue|neuen|neuer|neues konto*", "cuenta bancaria", "nueva cuenta",
            "datos bancarios", "coordonnées bancaires", "rib", "nouveau compte", "coordinate bancarie", "nuovo conto",
            "dados bancários", "nova conta", "bankgegevens", "rekeningnummer", "nieuwe rekening",
            "реквизит*", "расчетный|расчётный счет|счёт", "банковск*", "реквізит*", "τραπεζικ*", "bankszámla*",
            "számlaszám*", "tilinumero*", "pankkitili*", "cont bancar", "cont nou", "bankovni račun", "žiro račun",
            "rekening*", "حساب بنكي", "الحساب البنكي", "رقم الحساب", "حساب جديد", "חשבון בנק", "פרטי חשבון",
            "חשבון חדש", "계좌*", "은행*", "银行账户", "银行帐户", "银行账号", "收款账户", "收款帳戶", "新账户", "新帳戶",
            "銀行帳戶", "口座", "振込先", "銀行",
            // payment apps and money transfer services: where private people's money goes
            "zelle", "venmo", "paypal", "cash app", "cashapp", "bizum", "pix", "western union", "moneygram",
            "revolut", "routing number", "aba", "ach", "interac", "e transfer", "etransfer", "virement interac",
            // India: account numbers with IFSC codes, NEFT/RTGS/IMPS transfers, UPI addresses
            "a c no", "a c number", "account no", "acct no", "account name", "ifsc", "ifsc code", "neft", "rtgs",
            "imps", "upi", "upi id", "vpa", "swift code", "bsb",
            // pl, cs, sk, tr, sv, da, no
            "rachunek bankowy", "rachunku bankowego", "numer rachunku", "numer konta", "konto bankowe",
            "konta bankowego", "nowy rachunek", "nowe konto", "drugi rachunek", "rachunek firmowy", "dane do przelewu",
            "bankovní účet", "bankovního účtu", "číslo účtu", "nový účet", "bankovní spojení", "bankový účet",
            "bankového účtu", "banka hesabı", "banka hesabi", "hesap numarası", "hesap numarasi", "yeni hesap",
            "bankkonto", "bankkontot", "nytt konto", "ny konto", "kontonummer", "bankgiro", "plusgiro",
            // an account named by its kind, or as another one than usual ("to my savings account", "a different
            // account than on his form")
            "savings|checking|current|chequing|escrow|trust account", "different|other|another|second account",
            "wire|wiring|payment instructions", "cuenta de ahorros|ahorro|cheques", "cuenta corriente",
            "cuenta clabe", "clabe", "conta corrente|poupança|salário", "compte courant|épargne|séquestre",
            "conto corrente|deposito", "girokonto", "sparkonto", "geschäftskonto", "treuhandkonto",
            "lopende rekening", "spaarrekening", "zakelijke rekening", "rachunek oszczędnościowy",
            "běžný účet", "spořicí účet", "vadesiz hesap", "sparkonto", "lønkonto", "klientmedelskonto",
            "klientkonto", "handpenning",
            // a bank changed ("we moved to a new bank")
            "new|different|another bank", "neue|andere bank", "nieuwe|andere bank", "nouvelle|autre banque",
            "nuevo|otro banco", "nuova|altra banca", "novo|outro banco");

    /** Marketing and scam calls: the vocabulary of spam and fraud that fake threads carry. */
    private static final PhraseMatcher SCAM = new PhraseMatcher("click here", "unsubscribe", "opt out",
            "congratulations", "you ve|have? won", "winner", "prize", "free gift", "bonus", "promo", "discount",
            "limited time", "act now", "risk free", "verify your account|email|identity",
            "confirm your account|identity|details", "claim your", "lottery", "inheritance", "next of kin",
            "beneficiary", "million dollars|usd|euros", "crypto", "bitcoin", "wallet", "seed phrase",
            "investment opportunity", "casino", "deposit", "reward", "rewards", "exclusive offer", "special offer",
            "hier klicken", "abmelden", "gewonnen", "gewinner", "gratis", "kostenlos", "haga clic", "darse de baja",
            "ganador", "premio", "cliquez ici", "désabonner", "gagné", "gagnant", "clicca qui", "disiscriviti", "vinto",
            "vincitore", "clique aqui", "cancelar inscrição", "ganhou", "klik hier", "afmelden", "uitschrijven",
            "winnaar",
            // callback fraud: a subscription "renewed" or an order "charged" that the reader is to call about
            "auto renewal", "automatically renewed", "has been renewed", "renewal charge", "if you did not authorize",
            "did not authorize|authorise", "unauthorized|unauthorised charge|transaction", "full refund",
            "cancel and get|obtain a refund", "renouvelé automatiquement", "renouvellement automatique",
            "pas autorisé", "remboursement complet", "automatisch verlängert", "nicht autorisiert",
            "volle rückerstattung", "renovado automáticamente", "renovación automática", "no autorizó",
            "reembolso completo", "rinnovato automaticamente", "rinnovo automatico", "non autorizzato",
            "rimborso completo", "renovado automaticamente", "renovação automática", "não autorizou",
            "automatisch verlengd", "niet geautoriseerd", "volledige terugbetaling", "automatycznie odnowion*",
            "pełny zwrot", "自動更新", "返金", "解約", "心当たり", "身に覚えのない", "don t recognize|recognise this",
            "did not make this purchase|order", "ne reconnaissez pas", "pas effectué cet achat",
            "nicht erkennen", "no reconoce", "non riconosce", "não reconhece");

    /**
     * The pretexts of CEO fraud and other payload-free requests from a false identity: checking that the
     * reader is at hand ("are you at your desk?"), a favour, secrecy, gift cards, moving the talk to a
     * private number. Each is ordinary on its own; two in one short text are the opening of a fraud.
     */
    private static final PhraseMatcher PRETEXT = new PhraseMatcher(
            // en
            "quick|small|little|urgent favour|favor", "a favour|favor", "at your desk", "are you available|around|free",
            "gift card*", "itunes|steam|amazon|apple|google play card*", "confidential", "between us", "discreet*",
            "don t tell|mention", "keep this quiet",
            "whatsapp", "your mobile|cell|cellphone|personal number", "can t talk", "in a meeting", "don t call",
            // de
            "einen gefallen", "am platz", "am schreibtisch", "bist du da|erreichbar", "sind sie da|erreichbar",
            "gutschein*", "geschenkkarte*", "vertraulich*", "unter uns", "diskret*", "handynummer",
            "in einem meeting|termin", "kann nicht telefonieren",
            // es
            "un favor", "pequeño favor", "favor rápido", "estás|está disponible", "en tu|su escritorio",
            "tarjeta|tarjetas regalo", "tarjeta|tarjetas de regalo", "tarjeta|tarjetas de apple|google|amazon|itunes",
            "confidencial*", "entre nosotros", "discreci*", "discreta|discreto", "no le comentes|digas",
            "número de móvil|celular", "en una reunión", "no puedo hablar",
            // fr
            "un service", "petit service", "es tu|êtes vous disponible*", "à ton|votre bureau", "carte|cartes cadeau*",
            "confidentiel*", "entre nous", "discrétion", "numéro de portable", "en réunion", "je ne peux pas parler",
            // it
            "un favore", "piccolo favore", "sei|è disponibile", "alla tua|sua scrivania", "carta|carte regalo",
            "riservat*", "confidenzial*", "tra noi", "numero di cellulare", "in riunione", "non posso parlare",
            // pt
            "um favor", "favor rápido", "estás|está disponível", "na sua|tua mesa", "cartão|cartões presente",
            "vale presente", "entre nós", "número de celular|telemóvel", "em reunião", "não posso falar",
            // nl
            "een gunst", "plezier doen", "ben je|bent u beschikbaar", "aan je|uw bureau", "cadeaukaart*", "cadeaubon*",
            "vertrouwelijk*", "onder ons", "mobiele nummer", "in een vergadering", "kan niet bellen",
            // a new number to be reached on (moving the talk off e-mail, to a phone the attacker holds)
            "changed my number", "my new number", "new phone number", "neue handynummer", "meine neue nummer",
            "cambié de número", "mi nuevo número", "nuevo número", "nouveau numéro", "changé de numéro",
            "nuovo numero", "cambiato numero", "troquei de número", "mudei de número", "meu novo número",
            "novo número", "mijn nieuwe nummer", "nowy numer", "zmieniłem numer", "zmieniłam numer",
            "me chama no whatsapp", "chama no zap", "escríbeme por whatsapp", "telegram",
            // sv, da, no, fi
            "presentkort*", "gavekort*", "lahjakort*", "konfidentiell*", "fortrolig*", "luottamuksellinen",
            "mellan oss", "mellem os", "oss imellom", "meidän kesken", "diskret*", "är du ledig|tillgänglig",
            "er du ledig|tilgjengelig", "oletko paikalla", "i ett möte", "i et møde|møte", "palaverissa",
            "kan inte prata", "kan ikke snakke", "en tjänst", "en tjeneste",
            // pl, cs, tr
            "karta|karty podarunkow*", "kart podarunkow*", "bon podarunkow*", "poufn*", "między nami",
            "jesteś dostępn*", "na spotkaniu", "dárkov* kart*", "důvěrn*", "mezi námi", "hediye kart*",
            "gizli", "aramızda", "toplantıdayım",
            // ja, zh, ko (gift cards, secrecy)
            "ギフトカード", "ギフト券", "内密", "極秘", "礼品卡", "禮品卡", "购物卡", "保密", "상품권*", "문화상품권*",
            "기프트카드*", "비밀로*");

    /**
     * What a payload-free request wants the reader to hand over or do away from mail: call a number back, read out
     * or forward a one-time code, send identity numbers or dates of birth. Common words in genuine mail too (an
     * IT desk speaks of codes); they only say that a message asks something, not that it is a fraud.
     */
    /** Asking the reader to call (back), in the supported languages. */
    private static final String[] CALL_PHRASES = {
        "call|ring|phone|text me|us|this|the|our|my", "call back", "callback", "give me|us a call", "whatsapp me",
        "rufen sie mich|uns|unseren|unsere|unser|an|zurück", "anrufen", "zurückrufen", "rückruf*", "llame|llámeme|llámame|llamar|llamarme",
        "devuélvame la llamada", "appelez|appeler|rappeler|rappelez", "chiamare|chiami|chiamarmi|richiamare|richiami",
        "ligue|ligar", "bel me|mij|ons", "bellen", "terugbellen", "ring|ringa|ringer|soita|soittaa",
        "zadzwoń|zadzwonić", "zavolejte|zavolat", "arayın|arayınız", "전화*", "お電話", "电话", "電話"};
    private static final PhraseMatcher CALL_ASK = new PhraseMatcher(CALL_PHRASES);

    /** One-time codes and PINs. */
    private static final String[] CODE_PHRASES = {
        "otp", "sms code|codes", "code by|via sms|text", "verification|security|confirmation|authentication code",
        "one time code|password|passcode|pin", "6 digit code", "the code you receive*", "codice otp|sms",
        "codice di verifica|conferma", "codice via sms", "código otp|sms", "código de verificación|seguridad",
        "code de vérification|confirmation|sécurité",
        "bestätigungscode", "sicherheitscode", "tan nummer", "pin code|number|nummer", "your pin", "pincode",
        "verificatiecode", "kod sms|weryfikacyjny", "ověřovací kód", "doğrulama kodu", "認証コード", "验证码", "驗證碼",
        "인증번호", "인증 번호"};
    private static final PhraseMatcher CODE = new PhraseMatcher(CODE_PHRASES);

    private static final PhraseMatcher HANDOVER = new PhraseMatcher(concat(concat(CALL_PHRASES, CODE_PHRASES),
            // identity numbers and dates of birth
            "date of birth", "dob", "ssn", "social security", "pan number|card|details", "aadhaar", "passport number|copy|copies",
            "driver s license", "geburtsdatum", "steuer id", "steuernummer", "ausweis*", "fecha de nacimiento", "dni",
            "curp", "rfc", "cpf", "cédula", "date de naissance", "numéro de sécurité sociale", "data di nascita",
            "codice fiscale", "data de nascimento", "geboortedatum", "bsn", "personnummer", "henkilötunnus",
            "pesel", "rodné číslo", "tc kimlik*", "生年月日", "身份证", "주민등록번호",
            // answer only here, do not call (the false identity must not be checked)
            "don t call|phone", "do not call|phone", "ring inte", "nicht anrufen", "no llame|llames", "non chiamare",
            "ne m appelez pas", "não ligue", "niet bellen", "nie dzwoń", "reply only|just here", "svara bara här"));

    private static String[] concat(String[] first, String... rest) {
        String[] out = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, out, first.length, rest.length);
        return out;
    }

    /**
     * The instruction every macro-malware document needs: "click Enable Editing and Enable Content", in the words
     * of Office's yellow bar in the reader's language. Nobody sending a real spreadsheet asks for it.
     */
    private static final PhraseMatcher ENABLE_CONTENT = new PhraseMatcher(
            "enable|activate content|editing|macros", "enable the content|macros", "inhalt|inhalte aktivieren",
            "bearbeitung aktivieren", "makros aktivieren", "habilitar contenido|edición|macros",
            "habilitar el contenido", "activer le contenu", "activer la modification|l édition|les macros",
            "abilita contenuto|modifica|macro", "abilitare il contenuto|la modifica|le macro",
            "ativar conteúdo|edição|macros", "habilitar conteúdo|edição", "inhoud inschakelen",
            "bewerken inschakelen", "macro s inschakelen", "włącz zawartość|edycję|edycje|makra",
            "włączyć zawartość|edycję|makra", "povolit obsah|úpravy|makra", "povoliť obsah|úpravy",
            "içeriği etkinleştir", "düzenlemeyi etkinleştir", "makroları etkinleştir",
            "включить содержимое|редактирование|макросы", "aktivera innehåll|redigering|makron",
            "tartalom engedélyezése", "szerkesztés engedélyezése", "コンテンツの有効化", "編集を有効", "マクロを有効",
            "启用内容", "启用编辑", "啟用內容", "啟用編輯", "콘텐츠 사용", "편집 사용");

    /**
     * A direct debit: the reader is to collect money from the account (a customer's new account for the mandate),
     * not to send money to it.
     */
    private static final PhraseMatcher DIRECT_DEBIT = new PhraseMatcher("direct debit", "sepa mandate",
            "debit mandate", "lastschrift*", "sepa lastschrift*", "einziehen", "einzuziehen", "abbuchen",
            "abzubuchen", "prélèvement*", "mandat de prélèvement", "domiciliación", "domiciliar", "adeudo directo",
            "addebito diretto", "addebito su conto", "débito automático|direto", "automatische incasso",
            "incassomachtiging", "polecenie zapłaty", "inkaso");

    /** A request to sign in or give one's password (on the page a message links to). */
    private static final PhraseMatcher SIGN_IN_ASK = new PhraseMatcher(
            "sign|log in with|using", "login with|using", "enter|confirm|verify your password|credentials|login",
            "email and password", "e mail and password", "with your password|credentials",
            "verify your account|identity", "melden sie sich mit|an", "mit ihrem passwort|kennwort",
            "mit ihren zugangsdaten", "passwort|kennwort eingeben", "anmelden mit", "inicie|inicia sesión con",
            "con su|tu contraseña", "ingrese|introduzca su contraseña", "connectez vous avec", "identifiez vous",
            "avec votre mot de passe", "saisissez votre mot de passe", "accedi|accedere con",
            "con la tua|sua password", "inserisci la password", "faça login", "entre com seu e mail|email e senha",
            "com sua senha", "digite sua senha", "log in met", "inloggen met", "met je|uw wachtwoord",
            "voer je|uw wachtwoord in",
            // the organisation's own account named ("Box now asks for your institutional login")
            "your institutional|university|corporate|company|staff|school|work|network|sso|office|microsoft "
                    + "login|credentials|password",
            "institutional login|credentials", "single sign on credentials",
            // login details asked for by name ("inclusief de inlog van het inkoopportaal")
            "login details|credentials", "your credentials", "inloggegevens", "de inlog", "uw inlog",
            "zugangsdaten", "anmeldedaten", "identifiants", "credenciales", "credenziali", "credenciais",
            "dane logowania", "danych logowania", "přihlašovací údaje", "giriş bilgileri",
            // the address and password asked together ("acesso com o seu e-mail e senha corporativos")
            "email|mail and|e|y|et|und|en|i password|senha|contraseña|passwort|wachtwoord|hasło|haslo",
            "email|mail et mot de passe", "correo y contraseña", "correo electrónico y contraseña",
            "usuário|usuario|username|user name and|e|y password|senha|contraseña",
            // authenticate / sign in with your e-mail address (to open a "secure message")
            "authenticate|authenticating with your email|e mail", "sign in with your email|e mail|address",
            "authentifiez vous", "authentifier avec votre adresse", "avec votre adresse courriel|e mail|mail",
            "mit ihrer e mail adresse anmelden", "authentifizieren sie sich", "autentíquese|autentícate",
            "con su correo electrónico", "autenticati|autenticarsi", "autentique se", "authenticeer",
            "zaloguj się", "zaloguj sie", "podaj hasło", "przihlaste se", "přihlaste se",
            "ログインして", "サインインして", "パスワードを入力", "登录", "登入");

    private static final List<String> PASSWORD_WORDS = List.of("pass", "kennwort", "pw", "contrase", "clave", "mdp",
            "parola", "senha", "wachtwoord", "lösenord", "adgangskode", "passord", "hasło", "haslo", "heslo", "şifre",
            "sifre", "jelsz", "парол", "κωδικ", "كلمة", "סיסמ", "パスワード", "暗証", "密码", "密碼", "口令", "비밀번호",
            "암호");

    /** An IBAN as written (country, check digits, then groups). */
    private static final Pattern IBAN = Pattern.compile("\\b([A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)\\b");
    /** Words that announce changed payment details. */
    private static final PhraseMatcher CHANGED = new PhraseMatcher("new", "changed", "change", "updated", "update",
            "different", "no longer", "neue|neuen|neuer|neues", "geändert", "geänderte|geänderter|geänderten",
            "nicht mehr", "nueva", "nuevo", "cambiado|cambiada|cambiados|cambiadas", "ya no", "nouveau", "nouvelle",
            "changé", "modifié", "plus", "nuovo", "nuova", "cambiato|cambiati", "non più", "nova", "novo",
            "alterado|alterada|alterados|alteradas", "não", "nieuwe", "gewijzigd", "niet meer",
            "нов*", "изменил*", "изменен*", "изменён*", "больше не", "змін*", "νέο*", "νέα", "άλλαξ*", "új", "megváltoz*",
            "uusi", "uuden", "muuttunut", "nou", "noul", "nouă", "schimbat*", "novi", "novog", "promijenjen*", "baru",
            "berubah", "diganti", "جديد", "الجديد", "تغيير", "تغير", "חדש", "שונה", "새*", "변경*", "新", "变更", "變更",
            "更改", "変更",
            // a destination given "instead" of the usual one
            "instead", "en lugar", "en vez", "stattdessen", "invece", "au lieu", "em vez", "in plaats",
            // the usual account out of use (blocked, under review) and another one to pay to
            "another|alternative|alternate|second|secondary account", "temporarily", "blocked", "frozen", "freeze",
            "under review|audit", "suspended", "gesperrt", "anderes konto", "zweites konto", "bloqueada|bloqueado",
            "otra cuenta", "bloqué|bloquée", "autre compte", "en révision", "bloccato|bloccata", "altro conto",
            "outra conta", "geblokkeerd", "andere rekening",
            // restricted, the old account given up, and "from now on"
            "temporary", "restricted", "old|previous|former account|bank|details", "overseas|offshore|foreign account",
            "from now on", "going forward", "ab sofort", "künftig", "zukünftig", "voortaan", "vanaf nu", "désormais",
            "dorénavant", "de ahora en adelante", "a partir de ahora", "d ora in poi", "a partir de agora",
            "od teraz", "od nynějška", "bundan sonra", "hädanefter", "fremover",
            // pl, cs, tr, sv
            "nowy|nowe|nowa|nową|nowego|nowym", "zmian*", "zmieni*", "zamiast", "drugi|drugiego|drugie|inny|innego",
            "zablokowan*", "już nie", "nový|nové|nová|nového|novém", "změn*", "místo", "už ne", "již ne", "yeni",
            "değiş*", "degis*", "yerine", "nytt|nya", "ändrat|ändrad|ändrade", "istället");

    /** Words that say the payment details stay as they are (a genuine reminder, a new signature). */
    private static final PhraseMatcher UNCHANGED = new PhraseMatcher("unchanged", "remain the same",
            "remains the same", "stay the same", "stays the same", "still the same", "as before", "unverändert",
            "bleibt gleich", "bleiben gleich", "wie bisher", "sin cambios", "no cambian", "no cambia", "siguen siendo",
            "sigue siendo", "los mismos", "inchangé|inchangée|inchangés|inchangées", "restent les mêmes",
            "reste la même", "invariato|invariata|invariati|invariate", "restano gli stessi", "rimangono gli stessi",
            "inalterado|inalterada|inalterados|inalteradas", "mantêm-se", "os mesmos", "ongewijzigd",
            "blijft hetzelfde", "blijven hetzelfde", "blijven gelijk", "blijft gelijk", "zoals voorheen",
            // the change denied ("we have NOT changed our bank details": a warning about a fraud, not a change)
            "not changed", "have|has|had not changed", "haven|hasn|hadn t changed", "did not change",
            "didn t change", "never changed", "nicht geändert", "nicht verändert",
            "no han|ha cambiado", "pas changé", "jamais changé",
            "non sono cambiat*", "non è cambiat*", "não mudaram|mudou|mudamos", "niet gewijzigd|veranderd",
            "bez zmian*", "nie zmienił*", "nie zmieniliśmy", "nie uległ* zmianie", "beze změn*", "bez změn*", "bez zmien*",
            "nezměn*",
            "değişmedi", "oförändrad*");

    private Lexicon() {
    }

    /** IBAN lengths by country (the IBAN registry): what tells an IBAN from an EORI, VAT or customs number. */
    private static final java.util.Map<String, Integer> IBAN_LENGTHS = ibanLengths("AD24 AE23 AL28 AT20 AZ28 BA20 "
            + "BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 "
            + "GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 "
            + "MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SD18 SE24 SI19 SK24 "
            + "SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20");

    private static java.util.Map<String, Integer> ibanLengths(String table) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (String e : table.split(" ")) {
            out.put(e.substring(0, 2), Integer.parseInt(e.substring(2)));
        }
        return out;
    }

    /** IBANs in a text, without spaces: a registry country's code and that country's IBAN length. */
    public static List<String> ibans(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = IBAN.matcher(text);
        while (m.find() && out.size() < 10) {
            String v = m.group(1).replace(" ", "");
            Integer length = IBAN_LENGTHS.get(v.substring(0, 2));
            if (length != null && v.length() == length && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** A run of digits with the separators people write in account and phone numbers: at least 7 digits. */
    private static final Pattern DESTINATION_NUMBER = Pattern.compile("(?<![\\d\\p{L}])\\+?\\d[\\d \\t().\\-/]{5,40}\\d(?!\\d)");

    /** Words that label where money goes: an account, a routing number, a payment app's handle. */
    private static final Pattern DESTINATION_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(routing|aba|account|acct|a/c"
            + "|konto|kontonummer|cuenta|conta|compte|conto|rekening|iban|clabe|sort\\s*code|bsb|ifsc|zelle|venmo|paypal"
            + "|cash\\s*app|cashapp|bizum|pix|chave)(?![\\p{L}])");

    /**
     * The numbers (digits only, 7 to 34 of them) that a text gives as where money is to go: written within a few
     * words after a label of an account, routing number or payment app ("Routing: 114000093", "por Zelle al
     * 469-555-0139"), or alone on a line below one ("use this zelle instead:" / "832-555-0117"). Invoice numbers
     * and amounts on the same line as "bank details" are not destinations.
     */
    /** Payment services that send money to an e-mail address. */
    private static final Pattern ADDRESS_PAYMENT_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(interac|e-?transfer"
            + "|virement|zelle|paypal|venmo|revolut|wise|payid|upi|vpa)(?![\\p{L}])");
    /** An e-mail address, or a UPI address ("name@okhdfcbank", whose handle has no dot). */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*");

    /**
     * E-mail addresses that money is to be sent to (an Interac e-Transfer, Zelle or PayPal recipient), lower case:
     * an address on a line that names such a service, or right below one.
     */
    public static List<String> paymentAddresses(String text) {
        List<String> out = new ArrayList<>();
        String previous = "";
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.length() <= 400 && line.indexOf('@') >= 0
                    && (ADDRESS_PAYMENT_LABEL.matcher(line).find() || ADDRESS_PAYMENT_LABEL.matcher(previous).find())) {
                Matcher m = EMAIL.matcher(line);
                while (m.find() && out.size() < 5) {
                    String a = m.group().toLowerCase(Locale.ROOT);
                    if (!out.contains(a)) {
                        out.add(a);
                    }
                }
            }
            previous = line;
        }
        return out;
    }

    /** Whether a text gives a labelled account number or an address to send money to. */
    public static boolean hasPaymentNumber(String text) {
        return !paymentNumbers(text).isEmpty() || !paymentAddresses(text).isEmpty();
    }

    public static List<String> paymentNumbers(String text) {
        List<String> out = new ArrayList<>();
        String previous = "";
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            // (a paragraph is often one line: bounded, not short)
            if (line.length() <= 2_000) {
                Matcher m = DESTINATION_NUMBER.matcher(line);
                while (m.find() && out.size() < 10) {
                    String before = line.substring(Math.max(0, m.start() - 40), m.start());
                    boolean alone = line.strip().length() <= m.group().length() + 3;
                    if (!DESTINATION_LABEL.matcher(before).find()
                            && !(alone && DESTINATION_LABEL.matcher(previous).find())) {
                        continue;
                    }
                    String digits = m.group().replaceAll("\\D", "");
                    if (digits.length() >= 7 && digits.length() <= 34 && !out.contains(digits)) {
                        out.add(digits);
                    }
                }
            }
            previous = line;
        }
        return out;
    }

    /**
     * A command that fetches and runs code from the network: PowerShell download cradles, Windows programs that
     * run a remote script (mshta, certutil, bitsadmin, regsvr32, msiexec with an address), a download piped into a
     * shell. The pasted-command lures ("ClickFix": press Windows+R, paste, press Enter) carry exactly these.
     */
    private static final Pattern RUN_COMMAND = Pattern.compile("(?i)(\\biex\\s*[(\\s]|invoke-expression|\\biwr\\s"
            + "|\\birm\\s+https?:|invoke-webrequest|invoke-restmethod|downloadstring\\s*\\(|downloadfile\\s*\\("
            + "|start-bitstransfer|powershell(?:\\.exe)?\\s+[^\\n]{0,80}-e(?:nc(?:odedcommand)?)?\\s+[a-z0-9+/=]{24,}"
            + "|\\bmshta(?:\\.exe)?\\s+\\S*https?:|certutil(?:\\.exe)?\\s+[^\\n]{0,40}-urlcache"
            + "|bitsadmin(?:\\.exe)?\\s+[^\\n]{0,20}/transfer|regsvr32[^\\n]{0,40}/i:\\s*https?:"
            + "|msiexec(?:\\.exe)?\\s+[^\\n]{0,20}/i\\s*https?:|\\b(?:curl|wget)\\s[^\\n|]{0,200}\\|\\s*(?:sudo\\s+)?(?:ba|z)?sh\\b"
            + "|base64\\s+(?:-d|--decode)[^\\n]{0,40}\\|\\s*(?:ba|z)?sh\\b)");
    /** Instructions to open the Run box or a terminal and paste into it. */
    private static final Pattern PASTE_TO_RUN = Pattern.compile("(?iu)(win(?:dows)?(?:\\s*(?:key|taste|tecla|touche))?"
            + "\\s*\\+\\s*r\\b|\\bctrl\\s*\\+\\s*v\\b|run (?:dialog|box|window)|ausführen-dialog|cuadro ejecutar"
            + "|boîte exécuter|paste (?:it |this )?(?:in|into) (?:the )?(?:run|terminal|powershell|command))");

    /** The first command in a text that fetches and runs code from the network, or empty. */
    public static String runCommand(String text) {
        Matcher m = RUN_COMMAND.matcher(text);
        if (!m.find()) {
            return "";
        }
        int ls = text.lastIndexOf('\n', m.start()) + 1;
        int le = text.indexOf('\n', m.end());
        return text.substring(ls, le < 0 ? text.length() : le).strip();
    }

    /** Whether a text tells the reader to open the Run box or a terminal and paste something into it. */
    public static boolean pasteToRun(String text) {
        return PASTE_TO_RUN.matcher(text).find();
    }

    /** Whether a text asks the reader to sign in or to give a password ("sign in with your email and password"). */
    public static boolean asksToSignIn(String text) {
        return !SIGN_IN_ASK.find(words(text), 1).isEmpty();
    }

    /** Whether a text speaks of a direct debit (money collected by the reader, not sent). */
    public static boolean speaksOfDirectDebit(List<String> words) {
        return !DIRECT_DEBIT.find(words, 1).isEmpty();
    }

    /** Whether a text tells the reader to enable editing, content or macros of a document. */
    public static boolean asksToEnableContent(String text) {
        return !ENABLE_CONTENT.find(words(text), 1).isEmpty();
    }

    /** Whether a text announces that something changed ("new account", "neue Bankverbindung"). */
    public static boolean announcesChange(String text) {
        return announcesChange(words(text));
    }

    /** "New" in a place's or a team's name ("New Cairo Branch", "our new Sales Coordinator" is another matter). */
    private static final Pattern NAMED_NEW = Pattern.compile("\\bNew\\s+(?!(?:Bank|Account|Iban|IBAN|Details|Payment"
            + "|Remittance|Beneficiary|Wire|Wiring|Banking|Routing)\\b)[A-Z][a-z]+");
    /** Where a text's sentences end: a full stop, question or exclamation mark. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s+");
    /** Where a text's paragraphs end: an empty line. */
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n\\s*\\n");

    /**
     * Whether a text announces that its payment details changed: a change word in the same sentence as bank
     * words ("our bank details have changed", "please use our new account"), or in a sentence that leads into
     * them with a colon ("Our new details are:" above the IBAN). A change word elsewhere ("please welcome our
     * new coordinator", "New Cairo Branch") says nothing about the account; a text that says the details did not
     * change announces nothing.
     */
    public static boolean announcesBankChange(String text) {
        if (!UNCHANGED.find(words(text), 1).isEmpty()) {
            return false;
        }
        String[] paragraphs = PARAGRAPH_END.split(NAMED_NEW.matcher(text).replaceAll(" "));
        for (int p = 0; p < paragraphs.length; p++) {
            String[] sentences = SENTENCE_END.split(paragraphs[p]);
            for (int i = 0; i < sentences.length; i++) {
                if (CHANGED.find(words(sentences[i]), 1).isEmpty()) {
                    continue;
                }
                // the change word's sentence and its neighbours in the paragraph ("we moved to a new bank. Please pay
                // to the account below from now on")
                for (int j = Math.max(0, i - 1); j <= Math.min(sentences.length - 1, i + 1); j++) {
                    if (speaksOfBankDetails(sentences[j])) {
                        return true;
                    }
                }
                // a lead-in ending with a colon, the details in the next paragraph ("Our new details are:")
                if (i == sentences.length - 1 && p + 1 < paragraphs.length && sentences[i].strip().endsWith(":")
                        && speaksOfBankDetails(paragraphs[p + 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentences of a text: split at full stops, question and exclamation marks and empty lines. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : PARAGRAPH_END.split(text)) {
            for (String sentence : SENTENCE_END.split(paragraph)) {
                if (!sentence.isBlank()) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    private static boolean speaksOfBankDetails(String text) {
        return !BANK.find(words(text), 1).isEmpty() || !ibans(text).isEmpty();
    }

    /** {@link #announcesChange(String)} over the text's {@link #words}. */
    public static boolean announcesChange(List<String> words) {
        return !CHANGED.find(words, 1).isEmpty() && UNCHANGED.find(words, 1).isEmpty();
    }

    /** The distinct marketing or scam terms in a text, lower case. */
    public static List<String> scamTerms(String text) {
        return scamTerms(words(text));
    }

    /** {@link #scamTerms(String)} over the text's {@link #words}. */
    public static List<String> scamTerms(List<String> words) {
        return SCAM.find(words, 10);
    }

    /** The distinct call-to-action terms in a text, lower case. */
    public static List<String> actions(String text) {
        return actions(words(text));
    }

    /** {@link #actions(String)} over the text's {@link #words}. */
    public static List<String> actions(List<String> words) {
        return ACTION.find(words, 20);
    }

    /** The distinct terms of a payload-free request in a text (see {@link #HANDOVER}). */
    public static List<String> handovers(List<String> words) {
        return HANDOVER.find(words, 10);
    }

    /** An amount of money: digits with a currency sign or code before or after them. */
    private static final Pattern MONEY = Pattern.compile("(?iu)(?:[$€£¥₹₩₺₽]|(?<![\\p{L}])(?:usd|eur|gbp|chf|sek|nok|dkk"
            + "|pln|czk|huf|inr|rs\\.?|mxn|brl|r\\$|cop|ars|clp|jpy|krw|cny|rmb|aed|sar|try|zar|aud|cad|nzd|sgd|hkd)"
            + "(?![\\p{L}]))\\s?\\d[\\d.,' \u00a0]*\\d|(?<![\\d\\p{L}])\\d[\\d.,' \u00a0]*\\d\\s?(?:[$€£¥₹₩₺₽円元원]"
            + "|(?:kr|sek|nok|dkk|zł|zl|kč|kc|tl|eur|euro|euros|usd|dollars?|pesos?|reais|rupees?|lakh|crore|yen|won"
            + "|forint|lei|chf|pln|czk|mxn|brl|gbp)(?![\\p{L}]))");

    /** Whether a text names an amount of money ("386 400 kr", "$ 12,500", "1.250,00 EUR"). */
    public static boolean namesAmount(String text) {
        return MONEY.matcher(text).find();
    }

    /** A phone number: eight to fifteen digits with the separators people write, optionally after a "+". */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d\\p{L}/.])\\+?\\(?\\d[\\d \\-().]{6,20}\\d(?![\\d/])");

    /** Words that say a number is a phone number (to call, text or message), in the supported languages. */
    private static final Pattern PHONE_CUE = Pattern.compile("(?iu)(?<![\\p{L}])(tel|tél|phone|call|ring|number|mobile"
            + "|cell|whatsapp|signal|telegram|num[eé]ro|nummer|mobil|handy|ruf|anruf|cel|celular|móvil|movil|llam"
            + "|appel|portable|chiam|cellulare|ligu|telemóvel|bel|zadzwo|zavolej|telefon|tlf|tfn|puhelin|soit|ara"
            + "|hotline|helpline|fono|番号|電話|电话|전화|번호)");

    /**
     * Whether a text gives a phone number: 8 to 15 digits with the separators people write, starting with "+" or
     * within a few words after a word for phone, call or number (a date or an order number is none).
     */
    public static boolean givesPhoneNumber(String text) {
        return !phoneNumbers(text).isEmpty();
    }

    /**
     * The lines of a text that are sentences (six words with letters or more), each ended by LF: where a request is
     * written, unlike a signature's short address and phone lines.
     */
    public static String sentenceLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (org.threadguard.heuristics.nlp.Tokens.words(line).stream()
                    .filter(w -> w.chars().anyMatch(Character::isLetter)).count() >= 6) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** The phone numbers a text gives (see {@link #givesPhoneNumber}), as their digits, at most five. */
    public static List<String> phoneNumbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PHONE.matcher(text);
        while (m.find() && out.size() < 5) {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() < 8 || digits.length() > 15) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            if ((m.group().startsWith("+") || PHONE_CUE.matcher(before).find()) && !out.contains(digits)) {
                out.add(digits);
            }
        }
        return out;
    }

    /** Haste: urgent, today, immediately, in the supported languages. */
    private static final PhraseMatcher URGENCY = new PhraseMatcher("urgent*", "asap", "as soon as possible", "today",
            "immediately", "right away", "dringend*", "heute", "sofort", "umgehend", "urgente*", "hoy", "inmediatamente",
            "cuanto antes", "aujourd hui", "immédiatement", "au plus vite", "oggi", "subito", "immediatamente", "hoje",
            "imediatamente", "vandaag", "onmiddellijk", "spoed*", "dringend", "pilne", "pilnie", "dziś", "dzisiaj",
            "natychmiast", "naléhav*", "urgentní", "dnes", "okamžitě", "acil", "bugün", "hemen", "brådskande", "idag",
            "i dag", "omedelbart", "haster", "straks", "kiireellinen", "tänään", "heti", "срочн*", "сегодня",
            "немедленно", "επείγον", "σήμερα", "sürgős*", "azonnal", "hitno", "danas", "segera", "hari ini",
            "عاجل", "اليوم", "דחוף", "היום", "긴급*", "오늘", "紧急", "緊急", "今天", "今日", "至急", "本日");

    /** Whether a text speaks of a one-time code or PIN (to be read out or passed on). */
    public static boolean speaksOfCode(List<String> words) {
        return !CODE.find(words, 1).isEmpty();
    }

    /** Whether a text presses for haste (urgent, today, immediately). */
    public static boolean pressesForHaste(List<String> words) {
        return !URGENCY.find(words, 1).isEmpty();
    }

    /** Whether a text asks the reader to call a number. */
    public static boolean asksToCall(List<String> words) {
        return !CALL_ASK.find(words, 1).isEmpty();
    }

    /** The distinct pretext terms of payload-free fraud in a text (see {@link #PRETEXT}). */
    public static List<String> pretexts(List<String> words) {
        return PRETEXT.find(words, 10);
    }

    /** The password-like value mentioned in a text, or empty. */
    public static String password(String text) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        boolean keyword = false;
        for (String k : PASSWORD_WORDS) {
            if (lowerText.contains(k)) {
                keyword = true;
                break;
            }
        }
        if (!keyword) {
            return ""; // the regular expression below is costly; most texts name no password at all
        }
        Matcher m = PASSWORD.matcher(text);
        while (m.find()) {
            String v = m.group(2);
            if (v.startsWith("-")) {
                continue; // "password-protected", "Passwort-geschützt": a word about the file, not its password
            }
            v = v.replaceAll("[.!?]+$", "");
            boolean digit = v.chars().anyMatch(Character::isDigit);
            boolean upper = v.chars().anyMatch(Character::isUpperCase);
            boolean lower = v.chars().anyMatch(Character::isLowerCase);
            boolean symbol = v.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
            if (v.length() >= 3 && (digit || symbol || upper && lower && !Character.isUpperCase(v.charAt(0)))) {
                return v;
            }
        }
        return "";
    }

    public static List<String> bankTerms(String text) {
        return bankTerms(words(text));
    }

    /** The distinct bank-detail terms over the text's {@link #words}. */
    public static List<String> bankTerms(List<String> words) {
        return BANK.find(words, 10);
    }

    /** A text's words as the lexicon reads them (lower case; "ci-joint" and "you've" split). */
    public static List<String> words(String text) {
        return PhraseMatcher.words(text);
    }
}
