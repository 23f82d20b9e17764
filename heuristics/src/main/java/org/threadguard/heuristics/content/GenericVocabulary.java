package org.threadguard.heuristics.content;

import java.util.HashSet;
import java.util.Set;
import org.threadguard.heuristics.nlp.Tokens;

/**
 * Words that carry no topic: function words, greetings and closings, and the generic vocabulary
 * of "here is the file you asked for" in EN, DE, ES, FR, IT, PT, NL, SV, DA, NO, PL, CS and TR. A reply made only of
 * these words says nothing about the conversation it sits in — the mark of a lure written once
 * and dropped into many threads. Genuine replies, even short ones, name something specific.
 */
public final class GenericVocabulary {
    private static final Set<String> WORDS = new HashSet<>();

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
            "der die das den dem des ein eine einen einem einer und oder aber wenn so zu von mit für auf an in im"
            + " ist sind war waren sein bin bist hat haben hatte wird werden würde kann können soll sollte muss ich mich"
            + " mir wir uns unser sie ihr ihre ihnen du dich dir es er ihm sehr auch noch nur schon bitte danke vielen"
            + " dank gruß grüße grüßen freundlichen beste besten viele liebe lieber sehr geehrte geehrter hallo guten"
            + " tag morgen heute anbei anhang angehängt anlage anlagen unterlagen dokument dokumente datei dateien"
            + " siehe sehen prüfen öffnen herunterladen bestätigen rückmeldung besprochen vereinbart angefordert"
            + " gewünscht wie wie besprochen aktuelle neue version rechnung rechnungen zahlung überweisung konto"
            + " kennwort passwort link hier dringend bald möglich melden fragen frage sich an bei nach",
            // Spanish
            "el la los las un una unos unas y o pero si a de del al en con por para sin sobre es son era fue ser"
            + " estar está están ha han he hay le les lo me mi mis nos nuestro su sus te tu tus usted ustedes yo que"
            + " muy también ya gracias saludos cordiales atentamente un saludo hola buenos buenas días tardes estimado"
            + " estimada adjunto adjunta adjuntos adjuntas archivo archivos documento documentos ver vea revise revisar"
            + " abrir descargar confirmar confirme solicitado solicitada pedido comentado acordado aquí está enlace"
            + " factura facturas pago transferencia cuenta contraseña clave urgente favor por favor le envío envío"
            + " cualquier duda quedo quedamos pendiente",
            // French
            "le la les un une des et ou mais si à de du au aux en dans avec pour par sur sans est sont était être"
            + " a ai avez avons ont je me moi mon ma mes nous notre nos vous votre vos il elle ils elles son sa ses"
            + " ce cet cette ces qui que très aussi déjà merci cordialement salutations bonjour bonsoir cher chère"
            + " madame monsieur ci-joint ci-joints pièce jointe jointes fichier fichiers document documents voir"
            + " voici voilà vérifier ouvrir télécharger confirmer demandé demandée convenu discuté lien facture"
            + " factures paiement virement compte mot passe urgent rapidement possible bonne journée",
            // Italian
            "il lo la i gli le un uno una e o ma se a di da in con su per tra fra è sono era essere ho hai ha abbiamo"
            + " avete hanno io mi me mio mia miei noi ci nostro voi vi vostro lei lui suo sua loro che molto anche già"
            + " grazie saluti cordiali distinti buongiorno buonasera ciao gentile egregio allegato allegati allegata"
            + " file documento documenti vedere veda verificare aprire scaricare confermare richiesto richiesta"
            + " concordato ecco qui link fattura fatture pagamento bonifico conto password urgente prego resto"
            + " disposizione",
            // Portuguese
            "o a os as um uma uns umas e ou mas se de do da dos das em no na nos nas com por para sem sobre é são"
            + " era ser estar está estão foi tem têm eu me meu minha nós nosso você vocês ele ela eles elas seu sua"
            + " que muito também já obrigado obrigada cumprimentos atenciosamente olá bom dia boa tarde prezado prezada"
            + " anexo anexos anexado anexada segue seguem arquivo arquivos documento documentos ver veja verificar"
            + " abrir baixar confirmar solicitado solicitada combinado aqui está link fatura faturas pagamento"
            + " transferência conta senha urgente favor qualquer dúvida",
            // Dutch
            "de het een en of maar als te van in op aan met voor door bij naar over is zijn was waren ben bent heeft"
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
            "och og att at det den de en ett et i på med för for til till av af om som är er var har hade kan kunde"
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
            + " pilnie szybko możliwie nowy nowa nowe aktualny aktualna wersja kopia tutaj tu ok tak",
            // Czech
            "a v ve na z ze do ne to se je jsou byl byla bude jak po pro od za co ale nebo tak také přes dobrý den"
            + " zdravím s pozdravem pozdravem děkuji díky prosím pane paní můj moje náš naše váš vaše vám vás já my"
            + " vy v příloze příloha přílohy přikládám posílám zasílám dokument dokumenty dokumentu soubor soubory"
            + " souboru odkaz odkazu níže výše otevřete stáhněte klikněte zkontrolujte potvrďte faktura faktury"
            + " fakturu platba platby převod heslo dnes zítra včera naléhavé urgentní rychle co nejdříve nový nová"
            + " nové aktuální verze kopie zde tady ok ano",
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
            + " çarşamba perşembe cuma cumartesi pazar");
    }

    private GenericVocabulary() {
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
        return false;
    }
}
