"""Conversation scripts for the Threadguard demo mailbox (used by generate_demo.py).

Every thread: key, lang, subject, start (UTC), msgs = [(sender, gap_hours, text, opts)].
Greeting, sign-off and signature are added per sender by the generator; `text` is the core.
opts: to/cc (first message), add (new member to Cc), parent (index of the message replied to),
att (PDF attachments as (filename, title, lines)), kind/scenario (labels), auto (auto-reply subject prefix),
raw (text used verbatim), noquote, g (explicit greeting), greet (person key to greet).
"""
from datetime import datetime as D


def pdf(name, title, *lines):
    return (name, title, list(lines))


THREADS = [
    # ------------------------------------------------------------------ German
    dict(key="nh-delay", lang="de", subject="Lieferverzögerung Sendung HH-44821", start=D(2025, 2, 3, 8, 12), msgs=[
        ("laura", 0, "unser Kunde Fischer Haustechnik fragt nach der Sendung HH-44821 (14 Paletten, Abholung "
                     "letzten Donnerstag in Bremen). Laut Tracking steht sie seit Freitag im Hub Achim. "
                     "Kannst du mir sagen, was da los ist?", {"to": ["jens"]}),
        ("jens", 3.5, "die Sendung ist leider beim Umschlag in Achim liegen geblieben, weil der Nachtsprinter "
                      "nach Hamburg ausgefallen ist (Fahrer krank). Ich habe sie für heute Abend auf die Tour 512 "
                      "eingeplant, Zustellung Billbrook morgen früh zwischen 7 und 9 Uhr."),
        ("laura", 1.2, "danke für die schnelle Info. Morgen früh passt, ich gebe das so an Fischer weiter. "
                       "Bitte schick mir kurz eine Nachricht, wenn der Lkw geladen ist."),
        ("jens", 9.0, "kurze Rückmeldung: Tour 512 ist um 21:40 Uhr mit allen 14 Paletten vom Hof. "
                      "Fahrer ist Herr Yilmaz, Kennzeichen HB-NS 2214."),
        ("laura", 11.5, "die Ware ist da, aber zwei Paletten haben eingedrückte Ecken an den Kartons. Wir haben "
                        "das auf dem Lieferschein vermerkt und Fotos gemacht. Inhalt scheint okay zu sein, "
                        "Fischer prüft noch."),
        ("jens", 2.0, "danke für den Hinweis. Bitte schick mir die Fotos, dann gebe ich das vorsorglich an "
                      "unsere Versicherung. Ich vermute, das ist beim Umladen in Achim passiert."),
        ("laura", 1.5, "Fotos kommen gleich separat per WeTransfer-Link aus unserem Lager (von Tobias). "
                       "Fischer hat bestätigt: keine Beschädigung am Inhalt, nur die Umverpackung."),
        ("jens", 26.0, "Fotos sind angekommen, danke. Da der Inhalt in Ordnung ist, machen wir keine Schadens"
                       "meldung, ich habe es aber intern dokumentiert. Für die Verspätung schreiben wir euch die "
                       "Expresszuschläge gut."),
        ("laura", 4.0, "das ist fair, danke. Kannst du die Gutschrift bitte mit Bezug auf HH-44821 an "
                       "Nina Kowalski aus unserer Buchhaltung schicken?"),
        ("jens", 20.0, "mache ich. Petra aus unserer Buchhaltung erstellt die Gutschrift diese Woche und "
                       "schickt sie direkt an Frau Kowalski."),
        ("laura", 71.0, "Gutschrift ist heute bei uns eingegangen, passt alles. Danke für die unkomplizierte "
                        "Abwicklung!"),
        ("jens", 3.0, "gerne, und sorry nochmal für den Ärger. Der Nachtsprinter hat jetzt einen Ersatzfahrer "
                      "im Plan, das sollte so nicht wieder vorkommen."),
    ]),
    dict(key="nh-invoice", lang="de", subject="Rechnung 2025-0417 – Transporte März", start=D(2025, 4, 2, 9, 5), msgs=[
        ("petra", 0, "anbei erhalten Sie unsere Rechnung 2025-0417 für die Transporte im März 2025 "
                     "(38 Touren Bremen–Hamburg) über 18.642,50 EUR. Zahlbar innerhalb von 30 Tagen netto.",
         {"to": ["laura"], "cc": ["nina"],
          "att": [pdf("Rechnung_2025-0417.pdf", "Rechnung 2025-0417", "Nordhafen Spedition GmbH",
                      "Transporte Bremen-Hamburg Maerz 2025, 38 Touren", "Summe brutto: 18.642,50 EUR",
                      "Zahlbar innerhalb 30 Tagen auf das bekannte Konto")]}),
        ("laura", 5.0, "danke. Mir fehlen in der Aufstellung die Touren vom 27. und 28.03. (Sonderfahrten "
                       "Fischer), oder sind die absichtlich separat?", {"g": "Hallo Frau Krause,"}),
        ("petra", 22.0, "die beiden Sonderfahrten sind in Position 36 und 37 enthalten, sie laufen unter der "
                        "Auftragsnummer des Kunden (FH-0328). Ich habe Ihnen die Tourenliste als Anlage beigefügt.",
         {"att": [pdf("Tourenliste_Maerz_2025.pdf", "Tourenliste Maerz 2025", "38 Touren, Pos. 36/37 Sonderfahrten FH-0328")]}),
        ("laura", 3.0, "alles klar, jetzt sehe ich es. Die Rechnung ist sachlich geprüft und freigegeben. "
                       "Frau Kowalski wird die Zahlung wie immer zum nächsten Zahllauf anweisen.",
         {"g": "Hallo Frau Krause,"}),
        ("nina", 1.0, "ich bestätige: die Rechnung 2025-0417 ist im Zahllauf am 28.04. enthalten.",
         {"g": "Hallo Frau Krause,", "to": ["petra"]}),
        ("petra", 4.0, "vielen Dank an Sie beide für die schnelle Prüfung.", {"g": "Sehr geehrte Frau Weber, sehr geehrte Frau Kowalski,"}),
        ("laura", 2.5, "gern geschehen. Eine Bitte noch: könnten Sie uns künftig die Tourenliste direkt mit "
                       "der Rechnung schicken? Das spart uns die Rückfrage.", {"g": "Hallo Frau Krause,", "to": ["petra"]}),
    ]),
    dict(key="nh-contract", lang="de", subject="Rahmenvertrag 2026 – Tarife Hinterlandverkehr", start=D(2025, 9, 8, 7, 40), msgs=[
        ("laura", 0, "wie besprochen möchten wir den Rahmenvertrag für 2026 rechtzeitig verhandeln. Unsere "
                     "Planung liegt bei ca. 1.900 Touren Bremen–Hamburg und 300 Touren Bremerhaven–Hamburg. "
                     "Kannst du mir bis Ende September ein Angebot schicken?", {"to": ["jens"]}),
        ("jens", 6.0, "danke für die Zahlen. Ich stimme mich mit unserer Kalkulation ab. Eine Frage vorab: "
                      "bleibt es bei den Zeitfenstern 6–10 Uhr für die Anlieferung in Billbrook?"),
        ("laura", 2.0, "ja, die Zeitfenster bleiben. Neu ist, dass wir ab März auch samstags bis 12 Uhr "
                       "annehmen können, falls euch das bei der Planung hilft."),
        ("jens", 70.0, "anbei unser Angebot. Die Tarife steigen um 3,8 %, hauptsächlich wegen Maut und Löhnen. "
                       "Samstagsfahrten bieten wir ohne Zuschlag an.",
         {"att": [pdf("Angebot_Rahmenvertrag_2026.pdf", "Angebot Rahmenvertrag 2026", "Bremen-Hamburg: 412,00 EUR/Tour",
                      "Bremerhaven-Hamburg: 468,00 EUR/Tour", "Samstag ohne Zuschlag")]}),
        ("laura", 24.0, "danke. 3,8 % ist mehr, als wir eingeplant haben. Wir könnten uns 2,5 % vorstellen, "
                        "wenn wir die Laufzeit auf zwei Jahre verlängern. Was meinst du?"),
        ("jens", 27.0, "bei zwei Jahren Laufzeit können wir auf 2,9 % gehen, mit Dieselfloater wie bisher. "
                       "Weiter runter geht es leider nicht."),
        ("laura", 5.0, "2,9 % mit Dieselfloater und zwei Jahren Laufzeit ist für uns in Ordnung. Bitte schick "
                       "mir den Vertragsentwurf, den lasse ich von unserer Kanzlei prüfen."),
        ("jens", 48.0, "Vertragsentwurf ist anbei. Änderungen gegenüber 2025 sind gelb markiert.",
         {"att": [pdf("Rahmenvertrag_2026-2027_Entwurf.pdf", "Rahmenvertrag 2026-2027 (Entwurf)",
                      "Laufzeit 01.01.2026 - 31.12.2027", "Tarifanpassung +2,9 %, Dieselfloater")]}),
        ("laura", 140.0, "unsere Kanzlei hat nur eine Anmerkung: die Haftungsgrenze in § 9 sollte wie bisher "
                         "bei 40 SZR/kg liegen, nicht bei 8,33. Könnt ihr das anpassen?"),
        ("jens", 22.0, "das war ein Fehler aus der Vorlage, sorry. Korrigierte Fassung anbei, diesmal schon von "
                       "unserer Geschäftsführung unterschrieben.",
         {"att": [pdf("Rahmenvertrag_2026-2027_final_unterschrieben.pdf", "Rahmenvertrag 2026-2027",
                      "Haftung 40 SZR/kg", "Unterschrift Nordhafen Spedition GmbH")]}),
        ("laura", 30.0, "perfekt, danke. Unsere Unterschrift kommt per Post, die gescannte Fassung schicke ich "
                        "dir vorab, sobald unser Geschäftsführer unterschrieben hat."),
        ("laura", 50.0, "hier wie versprochen der gegenzeichnete Vertrag als Scan. Das Original geht heute "
                        "mit der Post raus. Auf eine gute Zusammenarbeit 2026!",
         {"to": ["jens"], "parent": 10,
          "att": [pdf("Rahmenvertrag_2026-2027_gegengezeichnet.pdf", "Rahmenvertrag 2026-2027", "gegengezeichnet Brightline Logistics GmbH")]}),
    ]),
    dict(key="ez-t1", lang="de", subject="T1-Versandanmeldung Container TGHU 482913-7", start=D(2025, 3, 10, 8, 30), msgs=[
        ("laura", 0, "für den Container TGHU 482913-7 (Ankunft CTA am Mittwoch) brauchen wir wieder ein T1 nach "
                     "Billbrook. Handelsrechnung und Packliste hängen an.",
         {"to": ["katrin"], "att": [pdf("CI_PL_TGHU4829137.pdf", "Commercial Invoice / Packing List",
                                        "Container TGHU 482913-7", "22 Pal. Haushaltswaren, 11.240 kg")]}),
        ("katrin", 4.0, "danke, ist angekommen. In der Packliste steht das Bruttogewicht mit 11.240 kg, im "
                        "B/L aber 11.420 kg. Welcher Wert stimmt?"),
        ("laura", 2.5, "gute Frage, ich habe beim Versender nachgefragt: 11.420 kg ist richtig, die Packliste "
                       "hatte einen Zahlendreher. Korrigierte Fassung anbei.",
         {"att": [pdf("PL_TGHU4829137_korr.pdf", "Packing List (korrigiert)", "Bruttogewicht 11.420 kg")]}),
        ("katrin", 20.0, "das T1 ist eröffnet, MRN und Versandbegleitdokument anbei. Gestellung bitte bis "
                         "Freitag bei Ihrem Zollamt.",
         {"att": [pdf("VBD_T1_TGHU4829137.pdf", "Versandbegleitdokument T1", "MRN 25DE000000000000X1",
                      "Bestimmungszollstelle: Hamburg-Billbrook (fiktiv)")]}),
        ("laura", 30.0, "Container ist heute bei uns angekommen und gestellt. Danke wie immer!"),
        ("katrin", 2.0, "wunderbar, dann erledige ich die Beendigung. Die Rechnung für die Abfertigung "
                        "kommt Ende des Monats."),
        ("laura", 1.0, "passt, danke. Nächster Container aus Ningbo kommt voraussichtlich in KW 14."),
    ]),
    dict(key="bl-pickup", lang="de", subject="Abholung Lager Billbrook KW 12", start=D(2025, 3, 14, 10, 5), msgs=[
        ("laura", 0, "für KW 12 haben wir drei Abholungen ab Billbrook nach Bremen: Montag 18 Pal., "
                     "Mittwoch 24 Pal., Freitag 11 Pal. Tobias aus dem Lager ist in Kopie für die Rampenzeiten.",
         {"to": ["jens"], "cc": ["tobias"]}),
        ("jens", 5.0, "danke, ist eingeplant. Montag und Mittwoch kommen wir gegen 13 Uhr, Freitag schon "
                      "um 9 Uhr."),
        ("tobias", 2.0, "Montag und Mittwoch 13 Uhr ist gut, da ist Rampe 4 frei. Freitag 9 Uhr klappt nur "
                        "an Rampe 7, bitte dem Fahrer Bescheid geben.", {"g": "Hallo Jens,"}),
        ("jens", 1.0, "gebe ich weiter. Danke euch!", {"g": "Hallo zusammen,"}),
        ("laura", 50.0, "kleine Änderung: am Mittwoch werden es 26 statt 24 Paletten. Passt das noch auf "
                        "einen Lkw?", {"to": ["jens"]}),
        ("jens", 1.5, "26 Paletten passen, solange nicht gestapelt werden muss. Alles gut."),
    ]),
    dict(key="hb-credit", lang="de", subject="Verlängerung Kontokorrentrahmen 2025", start=D(2025, 5, 6, 9, 15), msgs=[
        ("michael", 0, "der Kontokorrentrahmen der Brightline Logistics GmbH über 250.000 EUR läuft am 30.06. "
                       "aus. Für die Verlängerung benötigen wir den Jahresabschluss 2024 sowie eine aktuelle "
                       "BWA. Gerne können wir dazu auch einen Termin vereinbaren.", {"to": ["laura"]}),
        ("laura", 26.0, "vielen Dank für die Erinnerung. Der Jahresabschluss wird gerade vom Steuerberater "
                        "finalisiert. Die BWA April schicke ich Ihnen bis Freitag. Ein Termin am 20.05. "
                        "vormittags wäre bei uns möglich.", {"g": "Sehr geehrter Herr Stein,"}),
        ("michael", 5.0, "der 20.05. um 10:00 Uhr passt mir gut, ich komme gern zu Ihnen nach Hammerbrook "
                         "bzw. in die Speicherstraße."),
        ("laura", 70.0, "anbei wie besprochen die BWA April 2025. Den Termin am 20.05. um 10 Uhr habe ich "
                        "eingetragen.", {"g": "Sehr geehrter Herr Stein,",
                                         "att": [pdf("BWA_2025-04_Brightline.pdf", "BWA April 2025", "Brightline Logistics GmbH", "vorlaeufig")]}),
        ("michael", 4.0, "vielen Dank, die Unterlagen sind vollständig eingegangen. Bis zum 20.05."),
        ("michael", 380.0, "nach unserem Gespräch freue ich mich, Ihnen mitzuteilen, dass der Kontokorrentrahmen "
                           "zu unveränderten Konditionen bis 30.06.2026 verlängert wurde. Die Vertragsunterlagen "
                           "erhalten Sie per Post.", {"to": ["laura"]}),
    ]),
    dict(key="bl-inventory", lang="de", subject="Inventur Billbrook – Zähllisten", start=D(2025, 6, 16, 7, 20), msgs=[
        ("tobias", 0, "für die Zwischeninventur am 27.06. habe ich die Zähllisten in unserem Team-Ordner "
                      "abgelegt:\nhttps://brightline-my.sharepoint.example/:f:/g/personal/tobias_brandt_brightline-logistics_example/EqZ7Lw2m?e=Yt3kP1\n"
                      "Kannst du bitte die Bereiche B und C gegenchecken?", {"to": ["laura"]}),
        ("laura", 3.0, "mach ich. In Bereich C fehlen die Regalplätze C-14 bis C-18, da liegt seit letzter "
                       "Woche die Ware von Costa Azul."),
        ("tobias", 1.5, "stimmt, danke. Ich habe die Liste ergänzt, gleicher Link. Zählteams stehen auch "
                        "drin: je zwei Leute pro Bereich."),
        ("laura", 20.0, "sieht gut aus. Ich kann am 27. ab 14 Uhr mitzählen, vorher habe ich das Gespräch "
                        "mit Nordhafen."),
        ("tobias", 170.0, "die Inventur ist durch, Differenzen liegen unter 0,3 %. Die Auswertung habe ich "
                          "hier abgelegt:\nhttps://brightline-my.sharepoint.example/:x:/g/personal/tobias_brandt_brightline-logistics_example/EbW4kT9n?e=a8QmZ2"),
        ("laura", 4.0, "super, danke! Die zwei Differenzen bei Costa Azul (C-15) kläre ich mit Diego."),
        ("tobias", 3700.0, "für die Jahresinventur am 30.12. liegen die neuen Zähllisten wieder im Team-"
                           "Ordner, diesmal mit Scanner-Export:\nhttps://brightline-my.sharepoint.example/:x:/g/personal/tobias_brandt_brightline-logistics_example/EdJ2pX7s?e=Q4vNw8\n"
                           "Kannst du wieder B und C übernehmen?",
         {"to": ["laura"], "kind": "genuine-hard", "scenario": "onedrive-share"}),
        ("laura", 5.0, "ja, übernehme ich gern. Ich schaue mir die Listen morgen früh an."),
    ]),
    dict(key="bl-vacation", lang="de", subject="Urlaubsplanung Q3", start=D(2026, 5, 20, 12, 0), msgs=[
        ("laura", 0, "bitte tragt eure Urlaubswünsche für Juli bis September bis Ende Mai in die Team-"
                     "Übersicht ein. Wichtig: in KW 31 und 32 muss jeweils eine Person aus Lager und "
                     "Buchhaltung da sein.", {"to": ["nina", "tobias"], "g": "Hallo ihr beiden,"}),
        ("nina", 3.0, "ich habe KW 29 und 30 eingetragen. KW 31/32 bin ich da.", {"to": ["laura"]}),
        ("tobias", 22.0, "bei mir wird es KW 33 bis 35. In KW 31/32 vertritt mich Ahmet, falls ich doch "
                         "kurz weg muss.", {"to": ["laura"]}),
        ("laura", 2.0, "danke euch, das passt so. Ich selbst bin KW 36 und 37 im Urlaub.",
         {"to": ["nina", "tobias"], "g": "Hallo ihr beiden,"}),
    ]),
    dict(key="ez-adr", lang="de", subject="ADR-Schulung für unser Lagerteam", start=D(2026, 3, 2, 8, 45), msgs=[
        ("laura", 0, "wir lagern ab Herbst auch Gefahrgut in begrenzten Mengen (LQ). Bieten Sie eine "
                     "ADR-Unterweisung nach 1.3 für ca. 8 Lagermitarbeiter an?", {"to": ["katrin"]}),
        ("katrin", 26.0, "ja, das machen wir regelmäßig. Ein halber Tag reicht, gern bei Ihnen vor Ort. "
                         "Mögliche Termine: 9., 16. oder 23. September."),
        ("laura", 3.0, "der 16. September wäre ideal, gerne ab 8 Uhr. Was kostet die Schulung?"),
        ("katrin", 5.0, "für bis zu 10 Teilnehmer 890 EUR netto inkl. Unterlagen und Teilnahme"
                        "bescheinigungen. Ich trage den 16.09. fest ein."),
        ("laura", 1.0, "perfekt, danke. Bitte schicken Sie die Auftragsbestätigung an mich, Frau Kowalski "
                       "aus der Buchhaltung bekommt die Rechnung."),
    ]),
    dict(key="nh-meeting", lang="de", subject="Terminvorschlag Quartalsgespräch Q3", start=D(2025, 7, 28, 8, 0), msgs=[
        ("laura", 0, "für unser Quartalsgespräch schlage ich Dienstag, 12.08., 10 Uhr bei euch in Bremen vor. "
                     "Themen: Pünktlichkeit Juli, Rahmenvertrag 2026, offene Posten.",
         {"to": ["jens", "petra"], "g": "Hallo Jens, hallo Frau Krause,"}),
        ("petra", 0.01, "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15.08.2025 nicht im Büro "
                        "und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
                        "buchhaltung@nordhafen-spedition.example oder Tel. +49 421 555 0300.\n\n"
                        "Thank you for your message. I am out of the office until 15 August 2025.\n\nPetra Krause",
         {"raw": True, "noquote": True, "auto": "Abwesenheitsnotiz:", "to": ["laura"],
          "kind": "genuine-hard", "scenario": "out-of-office"}),
        ("jens", 4.0, "12.08. um 10 Uhr passt. Petra ist bis Mitte August im Urlaub, die offenen Posten "
                      "bespreche ich dann mit meinem Kollegen aus der Buchhaltung.", {"parent": 0, "to": ["laura"]}),
        ("laura", 2.0, "prima, dann bis zum 12.08. Ich bringe die Pünktlichkeitsauswertung mit."),
        ("jens", 384.0, "danke für den Besuch gestern. Protokoll anbei, die Punkte zu den Zeitfenstern "
                        "sind markiert.",
         {"att": [pdf("Protokoll_Quartalsgespraech_2025-08-12.pdf", "Protokoll Quartalsgespraech Q3",
                      "Puenktlichkeit Juli 94,1 %", "Rahmenvertrag 2026: Angebot bis Ende September")]}),
    ]),
    dict(key="nh-damage", lang="de", subject="Schadensmeldung: beschädigte Paletten Tour 3318", start=D(2026, 2, 10, 13, 20), msgs=[
        ("jens", 0, "bei der Übernahme in Billbrook heute sind auf Tour 3318 drei Paletten mit Folien"
                    "schäden aufgefallen. Unser Fahrer hat das auf dem CMR vermerkt. Wisst ihr schon, ob die "
                    "Ware betroffen ist?", {"to": ["laura"]}),
        ("laura", 2.0, "Tobias hat sich die Paletten angesehen: die Folie wurde beim Verladen mit dem "
                       "Stapler aufgerissen, die Ware selbst ist unbeschädigt. Wir haben neu gewickelt."),
        ("jens", 1.0, "danke, dann ist das erledigt. Kann ich den Vermerk auf dem CMR als 'ohne Befund' "
                      "abschließen?"),
        ("laura", 0.5, "ja, bitte abschließen. Ich informiere unseren Kunden."),
        ("jens", 20.0, "erledigt. Kopie des CMR mit Abschlussvermerk anbei.",
         {"att": [pdf("CMR_Tour3318.pdf", "CMR Tour 3318", "Vermerk: ohne Befund")]}),
        ("laura", 2.0, "danke dir!"),
    ]),
    dict(key="ez-valencia", lang="de", subject="Zollabfertigung Import Valencia – Container CAIU 771204-3", start=D(2025, 10, 20, 9, 0), msgs=[
        ("laura", 0, "der Container CAIU 771204-3 von Costa Azul (Olivenöl, Wein) kommt am Freitag am "
                     "Eurogate an. Wir brauchen die Überführung in den freien Verkehr und die Verbrauch"
                     "steuer für den Wein. Unterlagen anbei.",
         {"to": ["katrin"], "att": [pdf("Unterlagen_CAIU7712043.pdf", "Importunterlagen CAIU 771204-3",
                                        "Olivenoel 18 t, Wein 2.400 Fl.", "Ursprungszeugnis folgt")]}),
        ("katrin", 5.0, "danke. Für den Wein brauche ich noch das e-VD bzw. die Angaben des Versenders "
                        "zum Steuerlager. Kommt das Ursprungszeugnis rechtzeitig?"),
        ("laura", 20.0, "das Ursprungszeugnis hat Costa Azul heute geschickt, anbei. Wegen des e-VD frage "
                        "ich Diego Morales, er meldet sich direkt.",
         {"att": [pdf("Ursprungszeugnis_4512.pdf", "Certificado de origen", "Pedido 4512, Valencia")]}),
        ("katrin", 50.0, "alles da, die Abfertigung ist erledigt. Zollbescheid anbei, Abholung ab Montag möglich.",
         {"att": [pdf("Zollbescheid_CAIU7712043.pdf", "Zollbescheid", "Container CAIU 771204-3 freigegeben")]}),
        ("laura", 1.0, "super, vielen Dank. Jens holt den Container Montag früh ab."),
    ]),
    dict(key="bl-party", lang="de", subject="Weihnachtsfeier 2025", start=D(2025, 11, 3, 11, 0), msgs=[
        ("nina", 0, "wir planen die Weihnachtsfeier am Freitag, 12.12., im Oberhafen. Könnt ihr mir bis "
                    "14.11. sagen, ob ihr mit Begleitung kommt?", {"to": ["laura", "tobias"], "g": "Hallo ihr zwei,"}),
        ("laura", 2.0, "ich komme, ohne Begleitung. Danke fürs Organisieren!"),
        ("tobias", 24.0, "bin dabei, mit Begleitung. Soll das Lagerteam wieder einen Beitrag zum Wichteln "
                         "mitbringen?", {"to": ["nina"]}),
        ("nina", 1.0, "gerne, 15 Euro pro Person wie letztes Jahr."),
    ]),
    # ------------------------------------------------------------------ English
    dict(key="gf-po", lang="en", subject="PO 7781 – corrugated boxes Q2", start=D(2025, 3, 3, 14, 30), msgs=[
        ("laura", 0, "please find our purchase order 7781 for Q2 attached: 42,000 double-wall boxes "
                     "(600x400x400) and 18,000 lids, delivery in three lots to our Hamburg warehouse.",
         {"to": ["mark"], "att": [pdf("PO_7781.pdf", "Purchase Order 7781", "42,000 boxes 600x400x400 DW",
                                      "18,000 lids", "Delivery: 3 lots, DAP Hamburg")]}),
        ("mark", 6.0, "got it, thanks! Quick question: do you want the same print (1-colour logo) as last "
                      "time or the new artwork you mentioned in January?"),
        ("laura", 12.0, "the new artwork please, our marketing team sent it to your design team last week."),
        ("mark", 5.0, "perfect, design confirms they have it. Proof will follow by Thursday."),
        ("mark", 48.0, "proof is attached. Please check the colour (Pantone 7704 C) and the recycling mark.",
         {"to": ["laura"], "att": [pdf("Proof_PO7781_rev1.pdf", "Print proof PO 7781 rev 1", "Pantone 7704 C")]}),
        ("laura", 18.0, "looks good, but the recycling mark should be the RESY symbol for Germany, not the US "
                        "one. Can you change that?"),
        ("mark", 4.0, "of course. Rev 2 attached with the RESY mark.",
         {"att": [pdf("Proof_PO7781_rev2.pdf", "Print proof PO 7781 rev 2", "RESY mark")]}),
        ("laura", 15.0, "approved. Please go ahead with production."),
        ("mark", 3.0, "great, production is booked for the week of March 24. First lot ships from Savannah "
                      "on April 2."),
        ("laura", 990.0, "first lot arrived today, all good. Thanks!"),
        ("mark", 6.0, "glad to hear it! Lot 2 ships May 7, I'll send the B/L once we have it."),
    ]),
    dict(key="gf-contract", lang="en", subject="Packaging supply agreement 2026", start=D(2025, 8, 26, 15, 0), msgs=[
        ("mark", 0, "our current supply agreement ends on December 31. I'd like to start the renewal talks "
                    "early this year. Do you have time for a call next week?", {"to": ["laura"]}),
        ("laura", 14.0, "good idea. Tuesday or Wednesday afternoon (my time) works, e.g. 4 pm CEST."),
        ("mark", 5.0, "Wednesday 4 pm CEST it is. I'll send an invite."),
        ("mark", 190.0, "thanks for the call today. As discussed, I'm handing the contract side over to my "
                        "colleague Priya Nair, who joined our procurement & contracts team last month. I've "
                        "copied her here; she will send you the draft agreement. I stay your contact for "
                        "orders and shipments.", {"to": ["laura"], "add": ["priya"]}),
        ("priya", 20.0, "nice to meet you, and thanks Mark for the introduction. Please find the draft 2026 "
                        "agreement attached. The main changes are the paper surcharge clause (section 6) and a "
                        "two-year term.",
         {"to": ["laura"], "greet": "laura", "kind": "genuine-hard", "scenario": "new-colleague",
          "att": [pdf("Supply_Agreement_2026_draft.pdf", "Supply Agreement 2026 (draft)", "Section 6: paper surcharge",
                      "Term: 24 months")]}),
        ("laura", 28.0, "thank you. Our lawyers will review the draft; I expect comments by mid-September. "
                        "One question: is the paper surcharge capped?", {"to": ["priya"]}),
        ("priya", 6.0, "yes, it's capped at 4% per year. I can add an example calculation to the annex if "
                       "that helps."),
        ("laura", 16.0, "that would be helpful, thank you. Mark, could you send the updated volume forecast "
                        "for 2026 in the meantime?", {"to": ["priya"]}),
        ("mark", 9.0, "sure, the forecast is attached: roughly 190k boxes and 70k lids for 2026.",
         {"to": ["laura"], "att": [pdf("Forecast_2026_Brightline.pdf", "Volume forecast 2026", "190,000 boxes", "70,000 lids")]}),
    ]),
    dict(key="gf-delay", lang="en", subject="Shipment delay – container GFPU 203318", start=D(2025, 5, 12, 13, 10), msgs=[
        ("mark", 0, "heads-up: the vessel carrying lot 2 (container GFPU 203318) has been rolled in Savannah. "
                    "New ETD is May 14, ETA Hamburg May 29 instead of May 22.", {"to": ["laura"]}),
        ("laura", 7.0, "thanks for letting me know. We still have about 9 days of stock, so May 29 is tight "
                       "but okay. Is there any chance of a faster vessel?"),
        ("mark", 5.0, "I asked the carrier - the next faster option would be via Antwerp with a trucking leg, "
                      "arriving May 26 but about USD 1,400 more. Your call."),
        ("laura", 15.0, "let's keep the original routing, May 29 works if there are no further delays. "
                        "Please keep me posted."),
        ("mark", 100.0, "update: the vessel left Savannah on May 14 as planned. Current ETA Hamburg is "
                        "May 28."),
        ("laura", 6.0, "great news, thank you Mark. Our customs broker is informed."),
    ]),
    dict(key="ab-renewal", lang="en", subject="Warehousing services agreement – renewal", start=D(2025, 10, 1, 9, 30), msgs=[
        ("laura", 0, "as discussed, attached is our warehousing services agreement with Costa Azul "
                     "Importaciones, which expires on 31 January. Could you review the renewal draft, "
                     "especially the liability and termination clauses?",
         {"to": ["oliver"], "att": [pdf("WSA_CostaAzul_2026_draft.pdf", "Warehousing Services Agreement (draft)",
                                        "Brightline Logistics GmbH / Costa Azul Importaciones S.L.")]}),
        ("oliver", 0.02, "Thank you for your email. I am out of the office until Monday 6 October with limited "
                         "access to email. For urgent matters please contact my colleague at "
                         "contracts@ashworth-bell.example.\n\nOliver Bennett",
         {"raw": True, "noquote": True, "auto": "Automatic reply:", "to": ["laura"],
          "kind": "genuine-hard", "scenario": "out-of-office"}),
        ("oliver", 120.0, "thank you for sending this. I have reviewed the draft; my mark-up is attached. "
                          "In short: the liability cap should refer to the goods' value, and the 30-day "
                          "termination for convenience is too short for you.",
         {"parent": 0, "to": ["laura"], "att": [pdf("WSA_CostaAzul_2026_markup_AB.pdf", "WSA 2026 - mark-up",
                                                     "Clause 11: liability cap", "Clause 15: termination 90 days")]}),
        ("laura", 20.0, "many thanks, Oliver. 90 days' notice is what we wanted. Can we keep the liability "
                        "cap at 8.33 SDR/kg for standard goods and add a declared-value option?"),
        ("oliver", 26.0, "yes, that works and is market standard. I have drafted the declared-value clause "
                         "(new 11.4). Clean version attached for sending to Costa Azul.",
         {"att": [pdf("WSA_CostaAzul_2026_clean.pdf", "WSA 2026 - clean", "Clause 11.4 declared value")]}),
        ("laura", 4.0, "perfect. I'll send it to Carmen Ruiz today and let you know if they come back with "
                       "comments."),
        ("oliver", 2.0, "sounds good. Our invoice for this matter will follow at month end."),
    ]),
    dict(key="mf-schedule", lang="en", subject="Rotterdam transshipment schedule – week 18", start=D(2025, 4, 22, 8, 0), msgs=[
        ("sanne", 0, "here is the plan for week 18: two feeders from Rotterdam to Hamburg (Tue and Fri), "
                     "with 6 and 4 of your containers. Cut-off for changes is Monday noon.", {"to": ["laura"]}),
        ("laura", 3.0, "thanks Sanne. Can we move container MRKU 551870-2 from Tuesday to Friday? The "
                       "receiver is closed on Wednesday."),
        ("sanne", 2.0, "done, Friday feeder now has 5 of your boxes."),
        ("laura", 75.0, "the Tuesday feeder arrived on time, thanks. Do you already have the ETA for Friday?"),
        ("sanne", 4.0, "Friday feeder ETA Hamburg is Saturday 06:00, discharge at CTA. Trucking Monday morning."),
        ("laura", 1.0, "perfect, thanks!"),
    ]),
    dict(key="mf-meeting", lang="en", subject="Visit to Hamburg – 12 March", start=D(2025, 2, 17, 10, 0), msgs=[
        ("sanne", 0, "I'll be in Hamburg on 12 March for the port conference. Would you have time for a "
                     "coffee or lunch to talk about the feeder plan for Q2?", {"to": ["laura"]}),
        ("laura", 4.0, "that would be great! Lunch at 12:30 near the Speicherstadt? I can book a table."),
        ("sanne", 3.0, "lovely, 12:30 works. See you there."),
        ("laura", 170.0, "table is booked at the café next to our office (Speicherstraße "
                         "16), under Weber."),
        ("sanne", 379.0, "thanks again for lunch yesterday! I'll send the Q2 feeder proposal next week."),
    ]),
    dict(key="gf-pallets", lang="en", subject="Pallet exchange reconciliation Q1", start=D(2026, 4, 8, 13, 0), msgs=[
        ("laura", 0, "our pallet account shows 146 EUR pallets owed to us from your Q1 deliveries. Could you "
                     "check on your side?", {"to": ["mark"]}),
        ("mark", 8.0, "our logistics team counts 131 - the difference seems to be the March lot, which came on "
                      "one-way pallets. Can you double check the delivery notes?"),
        ("laura", 20.0, "you're right, 15 pallets of the March lot were one-way. 131 it is."),
        ("mark", 4.0, "thanks! We'll return the 131 with the next lot."),
    ]),
    dict(key="ab-insurance", lang="en", subject="Liability insurance certificate 2026", start=D(2026, 1, 20, 10, 0), msgs=[
        ("oliver", 0, "Costa Azul's lawyers have asked for a current certificate of your freight forwarder's "
                      "liability insurance before signing. Could you send it to me?", {"to": ["laura"]}),
        ("laura", 6.0, "sure, the 2026 certificate is attached.",
         {"att": [pdf("Insurance_Certificate_2026.pdf", "Certificate of insurance 2026", "Forwarder liability, ADSp 2017")]}),
        ("oliver", 20.0, "thank you, I have forwarded it. They also asked whether warehousing is covered "
                         "- I assume yes?"),
        ("laura", 3.0, "yes, warehousing is covered up to EUR 2.5 m per event. It is on page 2 of the "
                       "certificate."),
    ]),
    dict(key="mf-customs", lang="en", subject="Customs broker for Meridian shipments", start=D(2026, 1, 12, 9, 0), msgs=[
        ("laura", 0, "from February we'd like Elbe Zollservice to handle customs for all Meridian feeder "
                     "containers. Could you send them the pre-alerts directly?", {"to": ["sanne"]}),
        ("sanne", 5.0, "no problem. Who is the contact person there, and which email should we use?"),
        ("laura", 2.0, "Katrin Vogel, k.vogel@elbe-zollservice.example. She already knows the details."),
        ("sanne", 20.0, "great, I have set it up in our system. First pre-alert will go out for week 6."),
    ]),
    dict(key="gf-invoice", lang="en", subject="Invoice GP-2025-1182", start=D(2025, 6, 10, 14, 0), msgs=[
        ("mark", 0, "attached is invoice GP-2025-1182 for lot 2 of PO 7781 (14,000 boxes, 6,000 lids).",
         {"to": ["laura"], "att": [pdf("Invoice_GP-2025-1182.pdf", "Invoice GP-2025-1182", "PO 7781 lot 2",
                                       "USD 31,480.00, net 45 days")]}),
        ("laura", 16.0, "thanks. The invoice shows 6,000 lids, but we only received 5,400 according to the "
                        "goods receipt. Could you check?"),
        ("mark", 7.0, "you're right, 600 lids are on back-order. Corrected invoice attached.",
         {"att": [pdf("Invoice_GP-2025-1182_corr.pdf", "Invoice GP-2025-1182 (corrected)", "5,400 lids", "USD 30,812.00")]}),
        ("laura", 14.0, "thank you, approved for payment."),
        ("mark", 300.0, "payment received, thanks a lot!"),
    ]),
    # ------------------------------------------------------------------ Spanish
    dict(key="ca-order", lang="es", subject="Pedido 4512 – aceite de oliva, envío a Hamburgo", start=D(2025, 9, 1, 8, 30), msgs=[
        ("carmen", 0, "te confirmo el pedido 4512 de nuestro cliente en Hamburgo: 18 toneladas de aceite de "
                      "oliva virgen extra en palés y 2.400 botellas de vino. Salida prevista de Valencia el 10 "
                      "de octubre.", {"to": ["laura"]}),
        ("laura", 5.0, "gracias, Carmen. ¿Nos encargamos nosotros del transporte marítimo como la última vez, "
                       "o lo contratáis vosotros?"),
        ("carmen", 20.0, "preferimos que lo gestionéis vosotros, como siempre. ¿Me puedes enviar una "
                         "cotización?"),
        ("laura", 26.0, "te adjunto la cotización: contenedor de 40' Valencia–Hamburgo, incluido el despacho "
                        "de aduanas y la entrega en nuestro almacén.",
         {"att": [pdf("Cotizacion_4512.pdf", "Cotizacion pedido 4512", "40' HC Valencia - Hamburgo", "EUR 2.980,00")]}),
        ("carmen", 6.0, "perfecto, aceptamos la cotización. Diego te enviará los documentos de exportación."),
        ("laura", 3.0, "genial. Reservo el contenedor para la salida del 10 de octubre."),
        ("carmen", 170.0, "una pregunta: ¿podemos añadir 2 palés de vinagre de Jerez al mismo contenedor?"),
        ("laura", 4.0, "sí, hay espacio. Necesitaremos el peso y la factura actualizada."),
        ("carmen", 22.0, "te adjunto la factura proforma actualizada con los 2 palés adicionales.",
         {"att": [pdf("Proforma_4512_v2.pdf", "Factura proforma 4512 v2", "Aceite 18 t, vino 2.400 bot.", "Vinagre 2 pales")]}),
        ("laura", 5.0, "recibida, gracias. Todo listo para el 10 de octubre."),
        ("carmen", 1085.0, "¿Ya ha llegado el contenedor a Hamburgo? Nuestro cliente pregunta por la entrega."),
        ("laura", 3.0, "sí, llegó el viernes y la aduana ya está despachada. La entrega al cliente es el "
                       "miércoles por la mañana."),
    ]),
    dict(key="ca-customs", lang="es", subject="Retraso en el despacho – contenedor CAIU 771204-3", start=D(2025, 10, 21, 10, 15), msgs=[
        ("laura", 0, "nuestra agente de aduanas necesita el e-DA (documento administrativo electrónico) "
                     "para el vino del contenedor CAIU 771204-3. ¿Me lo puedes enviar?", {"to": ["diego"]}),
        ("diego", 3.0, "claro. El e-DA lo emite nuestra bodega en Requena; les he pedido el ARC. Te lo "
                       "envío en cuanto lo tenga."),
        ("laura", 20.0, "gracias. El contenedor llega el viernes, así que sería ideal tenerlo mañana."),
        ("diego", 5.0, "aquí tienes el ARC: 25ES00000000000000001. El e-DA completo va adjunto.",
         {"att": [pdf("eDA_CAIU7712043.pdf", "e-DA vino", "ARC 25ES00000000000000001")]}),
        ("laura", 2.0, "perfecto, se lo he enviado a Katrin Vogel. ¡Gracias!"),
        ("diego", 70.0, "¿Se ha podido despachar todo sin problemas?"),
        ("laura", 3.0, "sí, todo despachado. Jens recoge el contenedor el lunes."),
    ]),
    dict(key="ca-invoice", lang="es", subject="Factura CA-2025-0088", start=D(2025, 11, 3, 9, 40), msgs=[
        ("carmen", 0, "te adjunto nuestra factura CA-2025-0088 por los servicios de etiquetado en destino.",
         {"to": ["laura"], "att": [pdf("Factura_CA-2025-0088.pdf", "Factura CA-2025-0088", "Etiquetado en destino",
                                       "EUR 1.245,00")]}),
        ("laura", 6.0, "gracias, Carmen. Creo que el etiquetado lo hicimos nosotros en el almacén. ¿Puede ser "
                       "un error?"),
        ("carmen", 20.0, "tienes razón, perdona. Era para otro cliente. Te envío la nota de abono.",
         {"att": [pdf("Abono_CA-2025-0088.pdf", "Nota de abono", "Anula factura CA-2025-0088")]}),
        ("laura", 2.0, "gracias, queda anotado."),
        ("carmen", 3.0, "de nada, y disculpa de nuevo."),
    ]),
    dict(key="ca-origin", lang="es", subject="Certificado de origen – pedido 4512", start=D(2025, 10, 6, 8, 0), msgs=[
        ("diego", 0, "te adjunto los documentos de exportación del pedido 4512: factura comercial, lista de "
                     "bultos y certificado de origen.",
         {"to": ["laura"], "cc": ["carmen"], "att": [pdf("Docs_export_4512.pdf", "Documentos de exportacion 4512",
                                                        "Factura comercial, lista de bultos")]}),
        ("laura", 4.0, "gracias, Diego. En el certificado de origen falta el sello de la Cámara de Comercio. "
                       "¿Lo tenéis?"),
        ("diego", 20.0, "sí, aquí va el certificado sellado.",
         {"att": [pdf("Certificado_origen_4512_sellado.pdf", "Certificado de origen", "Camara de Comercio de Valencia (ficticio)")]}),
        ("carmen", 2.0, "gracias, Diego. Laura, ¿necesitas algo más para el despacho?", {"to": ["laura"]}),
        ("laura", 3.0, "no, con esto tenemos todo. Gracias a los dos.", {"g": "Hola a los dos:"}),
        ("diego", 1.0, "perfecto. ¡Buen fin de semana!", {"to": ["laura"]}),
    ]),
    dict(key="ca-visit", lang="es", subject="Visita a Valencia en marzo", start=D(2025, 2, 10, 9, 0), msgs=[
        ("laura", 0, "me gustaría visitaros en Valencia a finales de marzo para hablar de los volúmenes "
                     "de este año. ¿Os vendría bien el 27 o el 28?", {"to": ["carmen"]}),
        ("carmen", 6.0, "¡qué bien! El 27 nos viene mejor. Podemos ver el almacén por la mañana y comer "
                        "juntos."),
        ("laura", 20.0, "perfecto, reservo vuelo para el 26 por la noche. ¿Me recomiendas un hotel cerca del "
                        "puerto?"),
        ("carmen", 4.0, "te recomiendo el Hotel Marina (ficticio, en la Av. del Puerto). Está a cinco minutos "
                        "de nuestra oficina."),
        ("laura", 70.0, "hotel reservado. Nos vemos el 27 a las 9:30 en vuestra oficina."),
        ("carmen", 1000.0, "gracias por la visita, Laura. Fue un placer. Te enviaré el resumen de volúmenes "
                          "la semana que viene."),
    ]),
    dict(key="sm-groupage", lang="es", subject="Nuevo servicio de grupaje Monterrey–Hamburgo", start=D(2025, 6, 23, 15, 0), msgs=[
        ("alejandro", 0, "te escribo porque estamos lanzando un servicio de grupaje semanal Monterrey–"
                         "Hamburgo vía Veracruz. ¿Os interesaría como agente de destino?", {"to": ["laura"]}),
        ("laura", 17.0, "nos interesa, sí. ¿Qué volumen esperáis al mes y qué servicios necesitaríais en "
                        "Hamburgo?"),
        ("alejandro", 8.0, "unos 4-6 contenedores de 40' al mes. Necesitaríamos desconsolidación, despacho "
                           "y distribución en Alemania."),
        ("laura", 16.0, "perfecto. Te preparo una oferta. ¿Tenéis ya un formato de pre-alerta?"),
        ("alejandro", 7.0, "sí, te adjunto un ejemplo de pre-alerta y nuestra lista de tarifas de origen.",
         {"att": [pdf("Prealerta_ejemplo_SM.pdf", "Pre-alerta ejemplo", "Monterrey - Veracruz - Hamburgo")]}),
        ("laura", 40.0, "te adjunto nuestra oferta para el servicio en destino.",
         {"att": [pdf("Oferta_destino_Hamburgo.pdf", "Oferta servicios en destino", "Desconsolidacion, despacho, distribucion")]}),
        ("alejandro", 30.0, "gracias, Laura. La oferta nos parece bien. Empezamos con el primer contenedor "
                            "en septiembre."),
    ]),
    dict(key="sm-claim", lang="es", subject="Siniestro – cajas mojadas en envío MTY-0932", start=D(2025, 10, 27, 9, 30), msgs=[
        ("laura", 0, "en el contenedor del envío MTY-0932 hemos encontrado 12 cajas mojadas. Parece que "
                     "hubo condensación. Te adjunto el informe con fotos.",
         {"to": ["alejandro"], "att": [pdf("Informe_danos_MTY-0932.pdf", "Informe de danos MTY-0932", "12 cajas mojadas")]}),
        ("alejandro", 8.0, "lo siento mucho. Ya lo he pasado a nuestra aseguradora. ¿Puedes indicarme el "
                           "valor de la mercancía dañada?"),
        ("laura", 16.0, "según la factura son 2.340 EUR."),
        ("alejandro", 30.0, "la aseguradora ha aceptado el siniestro. Te enviarán el pago en unas dos semanas."),
        ("laura", 3.0, "muchas gracias por la rápida gestión."),
    ]),
    dict(key="ca-forecast", lang="es", subject="Previsión de volúmenes 2026", start=D(2025, 12, 1, 10, 0), msgs=[
        ("laura", 0, "estamos planificando 2026. ¿Podéis enviarnos una previsión de contenedores por "
                     "trimestre?", {"to": ["carmen"], "cc": ["diego"]}),
        ("carmen", 20.0, "claro. Diego está preparando las cifras; te las mandamos esta semana."),
        ("diego", 50.0, "te adjunto la previsión: 9, 12, 10 y 14 contenedores por trimestre.",
         {"to": ["laura"], "att": [pdf("Prevision_2026_CostaAzul.pdf", "Prevision 2026", "T1: 9, T2: 12, T3: 10, T4: 14")]}),
        ("laura", 5.0, "gracias, Diego. Con esto reservamos la capacidad en el almacén."),
        ("carmen", 26.0, "perfecto. ¡Felices fiestas a todo el equipo de Brightline!", {"to": ["laura"]}),
    ]),
]
