package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadguard.heuristics.model.MailMessage;

/**
 * LURE_TEXT in each of the languages the engine supports: a generic "look at / open / pay"
 * text dropped into a thread in that language is a lure; a short reply that names the thread's own
 * things is not. Guards the generic vocabulary of each language (a language with a thin list saw
 * every lure word as "specific" and never flagged).
 */
class LureLanguagesTest {
    private static final String ME = "laura.weber@brightline.example";
    private static final String PARTNER = "partner@spedition-partner.example";

    static List<Arguments> languages() {
        return List.of(
                Arguments.of("en", "Shipment of spare parts to Leeds",
                        new String[] {"the spare parts for Leeds leave on Tuesday, 12 crates on two pallets.",
                            "fine, the Leeds warehouse accepts deliveries until 4 pm.",
                            "the driver will call the warehouse an hour before arrival."},
                        "Good afternoon,\nplease review the updated file below and confirm today.\nThank you",
                        "Thanks, two pallets for Leeds on Tuesday works for the warehouse."),
                Arguments.of("de", "Ersatzteile nach Leipzig",
                        new String[] {"die Ersatzteile für Leipzig gehen am Dienstag raus, 12 Kisten auf zwei Paletten.",
                            "gut, das Lager in Leipzig nimmt Lieferungen bis 16 Uhr an.",
                            "der Fahrer ruft eine Stunde vor Ankunft im Lager an."},
                        "Guten Tag,\nbitte prüfen Sie die aktualisierte Datei unten und bestätigen Sie heute.\nDanke",
                        "Danke, zwei Paletten für Leipzig am Dienstag passen dem Lager."),
                Arguments.of("es", "Repuestos para Sevilla",
                        new String[] {"los repuestos para Sevilla salen el martes, 12 cajas en dos palés.",
                            "bien, el almacén de Sevilla recibe entregas hasta las 16 horas.",
                            "el conductor llamará al almacén una hora antes de llegar."},
                        "Buenas tardes,\npor favor revise el archivo actualizado abajo y confirme hoy.\nGracias",
                        "Gracias, dos palés para Sevilla el martes le va bien al almacén."),
                Arguments.of("fr", "Pièces détachées pour Lille",
                        new String[] {"les pièces détachées pour Lille partent mardi, 12 caisses sur deux palettes.",
                            "parfait, l'entrepôt de Lille accepte les livraisons jusqu'à 16 heures.",
                            "le chauffeur appellera l'entrepôt une heure avant son arrivée."},
                        "Bonjour,\nmerci de consulter le fichier mis à jour ci-dessous et de confirmer aujourd'hui.\nCordialement",
                        "Merci, deux palettes pour Lille mardi, cela convient à l'entrepôt."),
                Arguments.of("it", "Ricambi per Torino",
                        new String[] {"i ricambi per Torino partono martedì, 12 casse su due bancali.",
                            "bene, il magazzino di Torino accetta consegne fino alle 16.",
                            "l'autista chiamerà il magazzino un'ora prima dell'arrivo."},
                        "Buongiorno,\nper favore consultare il file aggiornato qui sotto e confermare oggi.\nGrazie",
                        "Grazie, due bancali per Torino martedì vanno bene per il magazzino."),
                Arguments.of("pt", "Peças para Coimbra",
                        new String[] {"as peças para Coimbra saem na terça-feira, 12 caixas em duas paletes.",
                            "ótimo, o armazém de Coimbra recebe entregas até às 16 horas.",
                            "o motorista vai ligar para o armazém uma hora antes de chegar."},
                        "Boa tarde,\npor favor consulte o arquivo atualizado abaixo e confirme hoje.\nObrigado",
                        "Obrigado, duas paletes para Coimbra na terça-feira servem para o armazém."),
                Arguments.of("nl", "Onderdelen naar Utrecht",
                        new String[] {"de onderdelen voor Utrecht gaan dinsdag weg, 12 kisten op twee pallets.",
                            "prima, het magazijn in Utrecht neemt leveringen aan tot 16 uur.",
                            "de chauffeur belt het magazijn een uur voor aankomst."},
                        "Goedemiddag,\nkunt u het bijgewerkte bestand hieronder bekijken en vandaag bevestigen?\nBedankt",
                        "Bedankt, twee pallets voor Utrecht op dinsdag is goed voor het magazijn."),
                Arguments.of("sv", "Reservdelar till Umeå",
                        new String[] {"reservdelarna till Umeå går på tisdag, 12 lådor på två pallar.",
                            "bra, lagret i Umeå tar emot leveranser till klockan 16.",
                            "chauffören ringer lagret en timme före ankomst."},
                        "Hej,\nhär kommer dokumenten, se länken nedan och bekräfta idag.\nMvh",
                        "Tack, två pallar till Umeå på tisdag passar lagret bra."),
                Arguments.of("pl", "Części zamienne do Poznania",
                        new String[] {"części do Poznania wyjeżdżają we wtorek, 12 skrzyń na dwóch paletach.",
                            "dobrze, magazyn w Poznaniu przyjmuje dostawy do godziny 16.",
                            "kierowca zadzwoni do magazynu godzinę przed przyjazdem."},
                        "Dzień dobry,\nw załączeniu przesyłam dokumenty, proszę otwórz plik poniżej i potwierdź dzisiaj."
                                + "\nPozdrawiam",
                        "Dziękuję, dwie palety do Poznania we wtorek pasują magazynowi."),
                Arguments.of("cs", "Náhradní díly do Brna",
                        new String[] {"náhradní díly do Brna odjíždějí v úterý, 12 beden na dvou paletách.",
                            "dobře, sklad v Brně přijímá dodávky do 16 hodin.",
                            "řidič zavolá do skladu hodinu před příjezdem."},
                        "Dobrý den,\nv příloze posílám dokumenty, otevřete prosím soubor níže a potvrďte dnes.\n"
                                + "S pozdravem",
                        "Děkuji, dvě palety do Brna v úterý skladu vyhovují."),
                Arguments.of("tr", "İzmir yedek parça sevkiyatı",
                        new String[] {"İzmir yedek parçaları salı günü çıkıyor, iki palette 12 sandık.",
                            "tamam, İzmir deposu saat 16'ya kadar teslimat kabul ediyor.",
                            "şoför varıştan bir saat önce depoyu arayacak."},
                        "Merhaba,\nekte belgeler var, lütfen aşağıdaki dosyayı açın ve bugün onaylayın.\nSaygılarımla",
                        "Teşekkürler, salı günü İzmir için iki palet depoya uygun."),
                Arguments.of("ru", "Запчасти для Казани",
                        new String[] {"запчасти для Казани уходят во вторник, 12 ящиков на двух паллетах.",
                            "хорошо, склад в Казани принимает поставки до 16 часов.",
                            "водитель позвонит на склад за час до прибытия."},
                        "Добрый день,\nво вложении документы, пожалуйста откройте файл по ссылке ниже и подтвердите"
                                + " сегодня.\nС уважением",
                        "Спасибо, две паллеты для Казани во вторник складу подходят."),
                Arguments.of("uk", "Запчастини до Львова",
                        new String[] {"запчастини до Львова виїжджають у вівторок, 12 ящиків на двох палетах.",
                            "добре, склад у Львові приймає поставки до 16 години.",
                            "водій зателефонує на склад за годину до прибуття."},
                        "Добрий день,\nу вкладенні документи, будь ласка відкрийте файл за посиланням нижче і"
                                + " підтвердіть сьогодні.\nЗ повагою",
                        "Дякую, дві палети до Львова у вівторок складу підходять."),
                Arguments.of("el", "Ανταλλακτικά για Θεσσαλονίκη",
                        new String[] {"τα ανταλλακτικά για τη Θεσσαλονίκη φεύγουν την Τρίτη, 12 κιβώτια σε δύο παλέτες.",
                            "εντάξει, η αποθήκη στη Θεσσαλονίκη δέχεται παραδόσεις έως τις 16:00.",
                            "ο οδηγός θα τηλεφωνήσει στην αποθήκη μία ώρα πριν την άφιξη."},
                        "Καλημέρα,\nσας στέλνω συνημμένο το αρχείο, παρακαλώ ανοίξτε το σύνδεσμο παρακάτω και"
                                + " επιβεβαιώστε σήμερα.\nΕυχαριστώ",
                        "Ευχαριστώ, δύο παλέτες για Θεσσαλονίκη την Τρίτη είναι εντάξει για την αποθήκη."),
                Arguments.of("hu", "Alkatrészek Debrecenbe",
                        new String[] {"a debreceni alkatrészek kedden indulnak, 12 láda két raklapon.",
                            "rendben, a debreceni raktár 16 óráig fogad szállításokat.",
                            "a sofőr egy órával érkezés előtt felhívja a raktárat."},
                        "Jó napot,\ncsatolva küldöm a dokumentumot, kérem nyissa meg a linket lent és erősítse meg"
                                + " ma.\nÜdvözlettel",
                        "Köszönöm, két raklap kedden Debrecenbe megfelel a raktárnak."),
                Arguments.of("fi", "Varaosat Ouluun",
                        new String[] {"Oulun varaosat lähtevät tiistaina, 12 laatikkoa kahdella lavalla.",
                            "hyvä, Oulun varasto ottaa toimituksia vastaan kello 16 asti.",
                            "kuljettaja soittaa varastoon tuntia ennen saapumista."},
                        "Hei,\nliitteenä asiakirjat, avaa tiedosto alla olevasta linkistä ja vahvista tänään.\n"
                                + "Ystävällisin terveisin",
                        "Kiitos, kaksi lavaa Ouluun tiistaina sopii varastolle."),
                Arguments.of("ro", "Piese de schimb pentru Cluj",
                        new String[] {"piesele pentru Cluj pleacă marți, 12 lăzi pe două paleți.",
                            "bine, depozitul din Cluj primește livrări până la ora 16.",
                            "șoferul va suna la depozit cu o oră înainte de sosire."},
                        "Bună ziua,\nvă trimit atașat documentele, vă rog deschideți fișierul de mai jos și confirmați"
                                + " astăzi.\nCu stimă",
                        "Mulțumesc, doi paleți pentru Cluj marți sunt în regulă pentru depozit."),
                Arguments.of("hr", "Rezervni dijelovi za Split",
                        new String[] {"rezervni dijelovi za Split kreću u utorak, 12 sanduka na dvije palete.",
                            "dobro, skladište u Splitu prima isporuke do 16 sati.",
                            "vozač će nazvati skladište sat vremena prije dolaska."},
                        "Poštovani,\nu prilogu šaljem dokumente, molim otvorite datoteku na poveznici ispod i potvrdite"
                                + " danas.\nLijep pozdrav",
                        "Hvala, dvije palete za Split u utorak odgovaraju skladištu."),
                Arguments.of("id", "Suku cadang ke Surabaya",
                        new String[] {"suku cadang ke Surabaya berangkat hari Selasa, 12 peti di dua palet.",
                            "baik, gudang Surabaya menerima pengiriman sampai jam 16.",
                            "sopir akan menelepon gudang satu jam sebelum tiba."},
                        "Selamat siang,\nterlampir dokumen, mohon buka file di tautan berikut dan konfirmasi hari"
                                + " ini.\nTerima kasih",
                        "Terima kasih, dua palet ke Surabaya hari Selasa cocok untuk gudang."),
                Arguments.of("ar", "قطع غيار إلى جدة",
                        new String[] {"قطع الغيار إلى جدة تغادر يوم الثلاثاء، 12 صندوقا على منصتين.",
                            "حسنا، مستودع جدة يستقبل الشحنات حتى الساعة 16.",
                            "سيتصل السائق بالمستودع قبل الوصول بساعة."},
                        "مرحبا،\nمرفق الملف، يرجى فتح الرابط أدناه وتأكيد اليوم.\nشكرا",
                        "شكرا، منصتان إلى جدة يوم الثلاثاء مناسب للمستودع."),
                Arguments.of("he", "חלקי חילוף לחיפה",
                        new String[] {"חלקי החילוף לחיפה יוצאים ביום שלישי, 12 ארגזים על שני משטחים.",
                            "בסדר, המחסן בחיפה מקבל משלוחים עד השעה 16.",
                            "הנהג יתקשר למחסן שעה לפני ההגעה."},
                        "שלום,\nמצורף הקובץ, נא לפתוח את הקישור למטה ולאשר היום.\nתודה",
                        "תודה, שני משטחים לחיפה ביום שלישי מתאימים למחסן."),
                Arguments.of("ko", "부산행 예비 부품",
                        new String[] {"부산행 예비 부품은 화요일에 출발합니다, 팔레트 두 개에 12상자입니다.",
                            "좋습니다, 부산 창고는 16시까지 입고를 받습니다.",
                            "기사님이 도착 한 시간 전에 창고에 전화합니다."},
                        "안녕하세요,\n첨부파일을 확인해 주세요, 아래 링크를 클릭해 주세요, 오늘 확인 부탁드립니다.\n감사합니다",
                        "감사합니다, 화요일에 부산으로 팔레트 두 개면 창고에 괜찮습니다."),
                Arguments.of("zh", "发往成都的备件",
                        new String[] {"发往成都的备件周二发出，两个托盘共12箱。",
                            "好的，成都仓库下午4点前收货。",
                            "司机到达前一小时会给仓库打电话。"},
                        "您好，\n附件是最新文件，请点击下面的链接查看并今天确认。\n谢谢",
                        "谢谢，周二两个托盘发往成都，仓库没问题。"),
                Arguments.of("ja", "大阪向け補修部品",
                        new String[] {"大阪向けの補修部品は火曜日に出荷します。2パレットで12箱です。",
                            "承知しました。大阪倉庫は16時まで入荷を受け付けます。",
                            "運転手は到着の1時間前に倉庫へ電話します。"},
                        "お世話になっております。\n最新の資料を添付しましたので、下記リンクをクリックしてご確認ください。\n"
                                + "よろしくお願いいたします。",
                        "ありがとうございます。火曜日に大阪へ2パレットで倉庫は問題ありません。"));
    }

    private static List<MailMessage> thread(String subject, String[] texts) {
        List<MailMessage> out = new ArrayList<>();
        MailMessage prev = null;
        for (int i = 0; i < texts.length; i++) {
            boolean partner = i % 2 == 0;
            TestMail m = mail("m" + i + (partner ? "@mail.spedition-partner.example" : "@brightline.example"))
                    .from(partner ? "Sam Partner" : "Laura Weber", partner ? PARTNER : ME)
                    .to(partner ? "Laura Weber" : "Sam Partner", partner ? ME : PARTNER)
                    .subject(i == 0 ? subject : "Re: " + subject).date("2026-03-0" + (2 + i) + "T09:15:00+01:00")
                    .text("Hi,\n" + texts[i] + "\nSam");
            if (!partner) {
                m.folder("Sent");
            }
            if (prev != null) {
                m.replyTo(prev);
            }
            prev = m.build();
            out.add(prev);
        }
        return out;
    }

    /** The analysis of {@code reply} after the thread. */
    private static AnalysisResult result(List<MailMessage> thread, MailMessage reply) {
        List<MailMessage> all = new ArrayList<>(thread);
        all.add(reply);
        return Analyzer.standard(Set.of(ME)).analyze(all).stream()
                .filter(a -> a.message().key().equals(reply.key())).findFirst().orElseThrow();
    }

    private static List<String> judge(List<MailMessage> thread, String subject, String text) {
        MailMessage reply = mail("x@mail.spedition-partner.example").from("Sam Partner", PARTNER)
                .to("Laura Weber", ME).subject("Re: " + subject).date("2026-03-06T09:20:00+01:00")
                .text(text + "\nhttps://files.example-share.net/d/8c1f2\n").replyTo(thread.get(thread.size() - 1))
                .build();
        AnalysisResult r = result(thread, reply);
        return r.verdict().findings().stream().map(Finding::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aGenericCallToActionInTheThreadsLanguageIsALure(String lang, String subject, String[] texts, String lure,
            String genuine) {
        assertThat(judge(thread(subject, texts), subject, lure)).contains("LURE_TEXT");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aShortReplyNamingTheThreadsThingsIsNot(String lang, String subject, String[] texts, String lure,
            String genuine) {
        assertThat(judge(thread(subject, texts), subject, genuine)).doesNotContain("LURE_TEXT");
    }

    @org.junit.jupiter.api.Test
    void aQuestionThatReusesTheThreadsDatesAndReferencesIsNotGeneric() {
        String subject = "January invoices";
        List<MailMessage> thread = thread(subject, new String[] {
            "the invoice for January deliveries is in the portal as usual, due in 30 days.",
            "thanks, I have forwarded it to accounting.",
            "accounting confirmed receipt, payment run is on the 25th."});
        MailMessage reply = mail("q@mail.spedition-partner.example").from("Sam Partner", PARTNER).to("Laura Weber", ME)
                .subject("Re: " + subject).date("2026-03-06T09:20:00+01:00")
                .text("Hi Laura,\nquick check: the payment run on the 25th covers both January invoices (2291-01 and 2291-02)?\nMia")
                .replyTo(thread.get(thread.size() - 1)).build();
        AnalysisResult r = result(thread, reply);
        assertThat(r.verdict().findings()).filteredOn(f -> f.code().equals("LURE_TEXT"))
                .allSatisfy(f -> assertThat(f.strength()).isLessThan(0.2));
    }

    @org.junit.jupiter.api.Test
    void aShortReplyNamingTheThreadsThingsWithAnArchiveOfDocumentsIsNotARiskyAttachment() {
        String subject = "Samples for the new seals";
        List<MailMessage> thread = thread(subject, new String[] {
            "the seal samples in NBR and FKM are on their way, tracking 7781 2201.",
            "thanks. Could you also send the material data sheets?",
            "sure, I will send them once back in the office."});
        MailMessage reply = mail("z@mail.spedition-partner.example").from("Sam Partner", PARTNER).to("Laura Weber", ME)
                .subject("Re: " + subject).date("2026-03-06T09:20:00+01:00")
                .text("Hi Laura,\nhere are the data sheets for the NBR and FKM seals.\nSam")
                .attachment("datasheets.zip", "application/zip", false, "NBR_datasheet.pdf", "FKM_datasheet.pdf")
                .replyTo(thread.get(thread.size() - 1)).build();
        AnalysisResult r = result(thread, reply);
        assertThat(r.verdict().findings()).filteredOn(f -> f.code().equals("RISKY_ATTACHMENT"))
                .allSatisfy(f -> assertThat(f.strength()).isLessThan(0.15));
    }

    @org.junit.jupiter.api.Test
    void namesAndWeekdaysDoNotMakeAShortLureOnTopic() {
        String subject = "Driver list";
        List<MailMessage> thread = thread(subject, new String[] {
            "Laura, the driver list with plate numbers follows by Friday.",
            "thanks Sam, Friday is fine for the gate system.",
            "the plates are YX21 ABC and YX19 DEF, see you Friday."});
        MailMessage reply = mail("v@mail.spedition-partner.example").from("Sam Partner", PARTNER).to("Laura Weber", ME)
                .subject("Re: " + subject).date("2026-03-06T09:20:00+01:00")
                .text("Hi Laura,\nplease review the updated document before Friday.\nhttps://secure-docs-portal.example.org/view?id=7731\nRegards,\nSam")
                .link("https://secure-docs-portal.example.org/view?id=7731", "secure-docs-portal.example.org")
                .replyTo(thread.get(thread.size() - 1)).build();
        AnalysisResult r = result(thread, reply);
        assertThat(r.verdict().findings()).filteredOn(f -> f.code().equals("NOVEL_LINK_DOMAIN"))
                .singleElement().satisfies(f -> assertThat(f.strength()).isGreaterThanOrEqualTo(0.15));
        assertThat(r.verdict().findings()).extracting(Finding::code).contains("LURE_TEXT");
    }

    @org.junit.jupiter.api.Test
    void aShortTextIsNotOnTopicBecauseOfTheNamesAndWeekdaysItShares() {
        ThreadState state = new ThreadState();
        MailMessage prev = null;
        for (String t : new String[] {"Laura, the driver list with plate numbers follows by Friday. Sam Partner",
            "Sam, Friday is fine for the gate system. Laura"}) {
            TestMail m = mail("o" + t.length() + "@x.example").from("Sam Partner", PARTNER).to("Laura Weber", ME)
                    .subject("Driver list").date("2026-03-02T09:00:00+01:00").text(t);
            if (prev != null) {
                m.replyTo(prev);
            }
            prev = m.build();
            state.add(new MessageFacts(prev), null, false);
        }
        MessageFacts lure = new MessageFacts(mail("o9@x.example").from("Sam Partner", PARTNER).to("Laura Weber", ME)
                .subject("Re: Driver list").date("2026-03-06T09:00:00+01:00")
                .text("Hi Laura, please review the updated document before Friday. Regards, Sam Partner").build());
        MessageFacts topical = new MessageFacts(mail("o8@x.example").from("Sam Partner", PARTNER).to("Laura Weber", ME)
                .subject("Re: Driver list").date("2026-03-06T09:00:00+01:00")
                .text("Laura, the plate numbers for the gate system: YX21 ABC and YX19 DEF. Sam").build());
        assertThat(lure.onTopic(state)).isFalse();
        assertThat(topical.onTopic(state)).isTrue();
    }
}
