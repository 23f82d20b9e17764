#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-24.py OUT_DIR
#
# Probe mailbox "kbauer": Katrin Bauer, office manager (Büroleitung) of Wendler & Partner mbB, a tax-advisory firm (Steuerberatungskanzlei) in
# Nuremberg. On-premises Exchange 2019 (KWP-EX01) behind the German hoster's rspamd/Postfix filter mx1/mx2.frankenmail.example, which writes the
# Authentication-Results; Outlook 2019 desktop (German). Sept 2024 - July 2025, Europe/Berlin with both DST changes. German, some English
# (UK subsidiary of a client). Colleagues: Dr. Thomas Wendler (owner, Outlook + iPhone via ActiveSync), Sabine Roth (payroll), Jonas Pfeiffer (joins Feb 2025).
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and OUT_DIR/mailboxes/kbauer/{INBOX,Sent}/N.eml, numbered
# in arrival order (top Received / Date for Sent) across both folders, CRLF. Only test messages are labelled; everything else is context.
# Deterministic (random.Random(24)); no network; attachments are inert but structurally real (PDF with xref, ZIP/ZipCrypto headers, OOXML
# xlsx/xlsm with an OLE-headed vbaProject.bin of random bytes, ISO 9660 image with a .lnk, OneNote header GUID, SVG, HTML, iCalendar, PNG).
#
# Correspondents and their fixed fingerprints (Message-ID shape / client headers / Received path / DKIM d=,s= / quote style):
#   Katrin + colleagues   <32hex@KWP-EX01.kanzlei-wendler.local>, Thread-Index/Topic, Word HTML, "Von:/Gesendet:/An:/Betreff:" quotes, internal
#                         mapi + Mailbox Transport hops; Wendler's iPhone: <UUID@kanzlei-wendler.example>, iPhone Mail, x-originating-ip mobile
#   Schreinerei Hofmann   schreinerei.hofmann@t-online.de, Outlook 2016 over POP/SMTP: <0000 01db....$........$........$@t-online.de>,
#                         X-Mailer Microsoft Outlook 16.0, iso-8859-1 QP plain text, "-----Ursprüngliche Nachricht-----", fwdNN.aul.t-online.de ->
#                         mailoutNN.t-online.de, HELO WERKSTATT-PC, no DKIM, X-TOI-* headers
#   Konditorei Lindner    konditorei.lindner@gmx.de (+ daughter julia.lindner94@gmx.de from Apr 2025): GMX 3c webmail, <trinity-UUID-ms@3c-app-gmx-bapNN>,
#                         HTML only, "Aw:", bordered "Gesendet:/Von:/An:/Betreff:" quote, web-mail.gmx.net -> mail.gmx.net (Nemesis) -> mout.gmx.net, d=gmx.de
#   Physio Yilmaz         e.yilmaz-physio@web.de: Apple Mail on the Mac and iPhone Mail, <UUID@web.de>, smtpclient.apple -> smtp.web.de (mrwebNNN)
#                         -> mout.web.de, d=web.de s=s29768273, "> Am ... schrieb ...:" quotes, "Von meinem iPhone gesendet"
#   Autohaus Kessler      p.kessler@ / t.kessler@autohaus-kessler.example: Thunderbird (User-Agent "Mozilla Thunderbird", format=flowed + HTML),
#                         <uuid@autohaus-kessler.example>, IONOS mrelayeu.kundenserver.de -> mout.kundenserver.de, no DKIM, monthly ZIPs of Belege
#   Weinhandel Brandl     f.brandl@weinhandel-brandl.example: Strato (smtp.strato.de RZmta -> mo4-p00-ob.smtp.rzone.de, d=... s=strato-dkim-0002, ARC by
#                         strato.com); Apple Mail until Jan 2025, then (announced) Outlook for Mac: User-Agent Microsoft-MacOutlook, "Von:/Datum:" quotes
#   Metallbau Schuster    a.schuster@ / b.maurer@schuster-metallbau.example: M365 (FR2P281MB0561.DEUP281), Outlook desktop, Word HTML, de-DE,
#                         mail-fr2deu01on20NN.outbound.protection.outlook.com, d=schuster-metallbau.example s=selector1, X-MS-Exchange-CrossTenant-*
#   Albrecht Kunststoff   r.oberndorfer@albrecht-kunststoff.example: HCL Notes 12 / Domino (<OF...-ON...@...>, X-MIMETrack, X-KeepSent,
#                         "Antwort:", "Von:        " quote block, =_alternative boundaries), mail.albrecht-kunststoff.example, d=... s=alb2023; iPhone via Traveler
#   Albrecht Plastics UK  sarah.whitfield@ / james.okafor@albrecht-plastics.example: M365 UK (LO4P265MB2210.GBRP265), Outlook desktop en-GB,
#                         "From:/Sent: 03 April 2025 08:20" quotes, Europe/London dates, d=albrecht-plastics.example s=selector2
#   Spedition Fuchs (payroll client)  c.wirth@spedition-fuchs.example: on-prem Exchange 2016 FUCHS-EX16.fuchs.local (15.1.2507.39), <32hex@FUCHS-EX16...>,
#                         x-originating-ip 192.168.10.x, mail.spedition-fuchs.example, no DKIM; monthly Lohnvorerfassung xlsx, Cc Sabine Roth
#   NetWerk Franken IT    d.hartl@ / t.reuter@netwerk-franken.example: M365 (FR3P281MB1742), Outlook desktop, d=... s=selector2; ticket system
#                         support@ (Znuny: "[Ticket#...]", <epoch.pid.rand...@helpdesk.netwerk-franken.example>, X-Mailer Znuny Mail Service, d=... s=znuny)
#   Bürowelt Kaiser       s.kaiser@ / buchhaltung@buerowelt-kaiser.example: Google Workspace, Gmail web (<CA...@mail.gmail.com>, "Am Di., ... schrieb")
#   DOKUNET eG            m.lenz@dokunet.example (M365 FR6P281MB3120, Outlook); portal notifications benachrichtigung@ / securemail@dokunet.example
#   Notifications         ELSTER (noreply@elster.example), Sparkasse Mittelfranken-Nord e-Postfach, DOKUNET portal, Steuerberaterkammer newsletter,
#                         "SteuerPraxis kompakt" newsletter, PaketInfo parcel notices; Kanzlei-EDV Mailman 3 list of the Steuerberaterverband
#                         (subject tag, footer, List-* headers, DMARC From-munging for GMX members)
#
# Threads: T1 Hofmann monthly Belege (one long reply chain, subject edited per month); T1b Hofmann loan contract; T2 Lindner cash register
#   (§ 146a AO, revived Feb 2025); T2k Lindner Kassenberichte + daughter takes over; T3a/T3b Yilmaz income tax 2023/2024; T4 Kessler monthly
#   Belege ZIPs; T4fa Finanzamt request for Kessler (owner's internal WG: forward); T5a Brandl SEPA mandate; T5b Brandl Kassenbuch 2024 (+ new
#   computer); T5c Christmas wine order; T5e Kassenbuch 2025 (Outlook for Mac); T6a Schuster annual accounts 2023; O2 Gewinnverwendung; T6b new
#   bookkeeper; WG: audit order; T6c annual accounts 2024 (WeTransfer, OOO, Teams invite); T7d/T7a Albrecht fixed assets / inventory; T7b power of
#   attorney for the UK VAT refund; T8 UK German VAT refund claim (SharePoint, new assistant); T9-2024/T9-2025 Fuchs payroll; tickets
#   [Ticket#2024111210000028] certificate (revived Apr 2025), [Ticket#2025012010000053] new workplace, [Ticket#2025031110000016] Outlook password;
#   T10w Dennis's patch-day thread; NetWerk monthly invoices (two with questions); T12 Bürowelt orders (one reply chain); T13 DOKUNET support;
#   T14 internal Christmas gifts; T15 Jonas onboarding; fortnightly internal "Fristenliste KW nn"; list threads L2, L4, L5.
#
# Hijacks (16):
#   A1  T4  server-hijack      Kessler's IONOS account + Thunderbird headers, Saturday 06:52, context-aware, faithful quote: .img (ISO 9660) with a .lnk
#   A2  T1  server-hijack      Hofmann's own T-Online/Outlook (Emotet on his PC): "Rechnungen" password ZIP (.js inside), password in the text, no quote
#   A3  T3b account-takeover   Yilmaz's web.de account via web.de webmail from a foreign IP: new IBAN (C24) for the tax refund, trimmed quote, no payload
#   A4  T5b server-hijack      Brandl's Strato mailbox + Apple Mail headers at 03:12: Kassenbuch "too big", Google Drive link, faithful quote
#   A5  T7b server-hijack      Albrecht's Domino server + Notes headers: OneNote "signed power of attorney"; quoted Kanzlei text altered
#   A6  T8  server-hijack      UK subsidiary's M365 tenant + Outlook headers, English: pay the VAT refund to a new bunq IBAN; faithful quote, no payload
#   A7  T9  server-hijack      Spedition Fuchs's Exchange 2016 (ProxyShell-style): .xlsm "Lohnabrechnung_Korrektur", replies to the May payslips mail
#   A8  T14 display-name-spoof CEO fraud: "Dr. Thomas Wendler" <dr.wendler.kanzlei@gmx.de> into the internal gift thread: Amazon gift cards, no payload
#   A9  T1  display-name-spoof Emotet: "Georg Hofmann" at an unrelated compromised business, generic English, real quote, SVG with a link
#   A10 T11 lookalike-domain   netwerkfranken.example "Tanja Reuter": long text, new Commerzbank IBAN, invoice PDF, quotes the real invoice thread
#   A11 T13 lookalike-domain   dokunet-eg.example "Marco Lenz": portal "migration" link to a DATEV/DOKUNET look-alike login + SMS-TAN, real quote
#   A12 --  fake-thread        "ELSTER – Finanzamt Nürnberg-Süd" look-alike: "AW: Einspruch ..." with a fabricated quote of Katrin, PDF with a link
#   A13 --  fake-thread        "Telefonzentrale Finanzamt": "AW: Rückrufbitte – Sprachnachricht", no In-Reply-To/quote, HTML voicemail player (password form)
#   A14 T10w account-takeover  Dennis's M365 account via SMTP AUTH from a foreign IP at 05:47 (bot Message-ID, plain text): "security update" .exe link
#   A15 --  fake-thread        "Zustellservice Bayern – Dispo": "AW: Zustellung Ihrer Bestellung" (unknown References, no quote), .ics with a link
#   A16 T6c account-takeover   Schuster bookkeeper's M365 mailbox via OWA with an English UI (UTC Date, en-US): call back a mobile number, send the balance
#
# Genuine hard cases (33):
#   G1  T4  zipped inventory lists (xlsx + PDF) Katrin asked for             G2  T1b bank's password-protected loan PDF, password "by phone"
#   G3  T3b iPhone at 23:41 with three phone-scanned PDFs                    G4  T5e first mail from the announced new Outlook for Mac
#   G5  T5a signed SEPA mandate scan returned                                G6  T8  new SharePoint folder link (thread always had SharePoint links)
#   G7  T8  UK client's new finance assistant writes (introduced)            G8  T6c Exchange Online "Automatische Antwort" out of office
#   G9  T7a HCL Notes "Abwesenheitsnotiz" out of office                      G10 --  ELSTER notification (real portal link)
#   G11 --  Sparkasse e-Postfach Kontoauszug notice                          G12 --  DOKUNET "Neue Belege" portal notification
#   G13 --  DOKUNET SecureMail "verschlüsselte Nachricht" notice             G14 L2  mailing-list reply with footer and a PDF link
#   G15 L4  mailing-list reply with a PDF checklist attached                 G16 --  owner forwards (WG:) the scanned Finanzamt letter internally
#   G17 --  client's bookkeeper forwards (WG:) the audit order PDF           G18 T2  cash-register thread revived after five months (new POS)
#   G19 T15 new colleague's first internal mail                              G20 T6b client's new bookkeeper writes (announced)
#   G21 T12 supplier's announced bank-change letter (PDF)                    G22 T12 first invoice with the new, phone-verified bank details
#   G23 ticket: IT provider's TeamViewer remote-support link                 G24 T9  new employee's questionnaire + ID copies (PDF)
#   G25 T9  password ZIP of sick notes, password by phone                    G26 T2k client's daughter writes from her own GMX address (announced)
#   G27 T1  client's own new IBAN + SEPA mandate, verified by phone          G28 T7b reply from iPhone via HCL Traveler while travelling
#   G29 --  owner replies at 22:47 from his iPhone (Fristenliste)            G30 T6c WeTransfer link for 180 MB (announced by phone)
#   G31 --  client's Outlook/Teams meeting invitation (text/calendar)        G32 ticket revived after five months, IT provider answers
#   G33 T4fa client's managing director writes in the thread for the first time
# Genuine orphans (2): O1 UK assistant replies to his manager's internal mail with Katrin in Cc (parent not in mailbox);
#   O2 Andrea Schuster replies to Dr. Wendler's mail and adds Katrin in Cc (parent not in mailbox).
# Plain genuine replies: every other labelled in-thread partner or colleague reply (genuine-reply), including the real senders' later
#   "that mail was not from me" warnings that follow A1-A11, A14 and A16.
import base64, datetime, html as H, io, os, quopri, random, struct, sys, textwrap, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

if len(sys.argv) != 2: raise SystemExit("usage: make-probe-corpus-24.py OUT_DIR")
root = sys.argv[1]
MB = "kbauer"
for f in ("INBOX", "Sent"):
    os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
    for old in os.listdir(f"{root}/mailboxes/{MB}/{f}"):
        if old.endswith(".eml"): os.remove(f"{root}/mailboxes/{MB}/{f}/{old}")
R = random.Random(24)
BER = ZoneInfo("Europe/Berlin"); LON = ZoneInfo("Europe/London"); UTC = datetime.timezone.utc; PAC = ZoneInfo("America/Los_Angeles")


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=BER): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def sec(n): return datetime.timedelta(seconds=n)


WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MO_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
WD_GM = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MO_GM = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
MONAT = MO_DE


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=BER, org=None, net=None):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.org = name, email, client, infra, sig, tz, org
        s.dom = email.split("@")[1]
        s.net = net  # fixed client network of this correspondent (first hop)


DOM = "kanzlei-wendler.example"
EX = "KWP-EX01.kanzlei-wendler.local"
EXIP = "10.20.0.11"
KWP_ADDR = "Wendler & Partner mbB Steuerberatungsgesellschaft\nÄußere Sulzbacher Straße 118 · 90491 Nürnberg"
SIG_ME = ("\n\nMit freundlichen Grüßen\n\nKatrin Bauer\nBüroleitung\n\n" + KWP_ADDR + "\nTel. +49 911 555 3840 · Fax +49 911 555 3849\n"
          "k.bauer@kanzlei-wendler.example · www.kanzlei-wendler.example\n\nPartnerschaftsregister AG Nürnberg PR 412 · Vertretungsberechtigte Partner: "
          "Dr. Thomas Wendler, StB; Anja Lorenz, StB\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, "
          "informieren Sie bitte den Absender und löschen Sie diese E-Mail.")
me = Pt("Katrin Bauer", f"k.bauer@{DOM}", "kwp", "internal", SIG_ME)
wendler = Pt("Dr. Thomas Wendler", f"t.wendler@{DOM}", "kwp", "internal",
             "\n\nBeste Grüße\nThomas Wendler\n\nDr. Thomas Wendler\nSteuerberater · Fachberater für Unternehmensnachfolge (DStV e.V.)\n" + KWP_ADDR + "\nTel. +49 911 555 3841")
sabine = Pt("Sabine Roth", f"s.roth@{DOM}", "kwp", "internal",
            "\n\nViele Grüße\nSabine Roth\nSteuerfachangestellte · Lohn- und Gehaltsabrechnung\n" + KWP_ADDR + "\nTel. +49 911 555 3843")
jonas = Pt("Jonas Pfeiffer", f"j.pfeiffer@{DOM}", "kwp", "internal",
           "\n\nViele Grüße\nJonas Pfeiffer\nSteuerfachangestellter\n" + KWP_ADDR + "\nTel. +49 911 555 3846")
INTERNAL = (me, wendler, sabine, jonas)
# ---- Mandanten
hofmann = Pt("Georg Hofmann", "schreinerei.hofmann@t-online.de", "olsmtp", "tonline",
             "\n\nMfG\nGeorg Hofmann\nSchreinerei Hofmann · Meisterbetrieb\nHauptstraße 41 · 90542 Eckental\nTel. 09126 555 218", net="93.229")
lindner = Pt("Monika Lindner", "konditorei.lindner@gmx.de", "gmx", "gmx",
             "\n\nViele Grüße\nMonika Lindner\nKonditorei & Café Lindner\nObstmarkt 9, 90403 Nürnberg, Tel. 0911 555 2290", net="91.64")
julia = Pt("Julia Lindner", "julia.lindner94@gmx.de", "gmx", "gmx",
           "\n\nLiebe Grüße\nJulia Lindner\nKonditorei & Café Lindner", net="91.64")
yilmaz = Pt("Emre Yilmaz", "e.yilmaz-physio@web.de", "applemail", "webde-apple",
            "\n\nViele Grüße\nEmre Yilmaz\nPhysiotherapie Yilmaz · Gostenhofer Hauptstraße 52 · 90443 Nürnberg\nTel. 0911 555 7102", net="2a02:8108:1240")
kessler = Pt("Petra Kessler", "p.kessler@autohaus-kessler.example", "tb", "ionos",
             "\n\n-- \nPetra Kessler\nBuchhaltung\nAutohaus Kessler GmbH · Schwabacher Straße 210 · 90763 Fürth\nTel. 0911 555 6140 · Fax 0911 555 6149\n"
             "Geschäftsführer: Thomas Kessler · HRB 9921 AG Fürth", net="79.216")
tkessler = Pt("Thomas Kessler", "t.kessler@autohaus-kessler.example", "tb", "ionos",
              "\n\n-- \nThomas Kessler\nGeschäftsführer\nAutohaus Kessler GmbH · Schwabacher Straße 210 · 90763 Fürth\nTel. 0911 555 6100", net="79.216")
brandl = Pt("Florian Brandl", "f.brandl@weinhandel-brandl.example", "applemail", "strato",
            "\n\nHerzliche Grüße aus der Weinhandlung\nFlorian Brandl\n\nWeinhandel Brandl e.K. · Bergstraße 12 · 90403 Nürnberg\n0911 555 4418 · www.weinhandel-brandl.example", net="88.217")
aschuster = Pt("Andrea Schuster", "a.schuster@schuster-metallbau.example", "exo", "exo-schuster",
               "\n\nMit freundlichen Grüßen\n\nAndrea Schuster\nGeschäftsführerin\n\nMetallbau Schuster GmbH & Co. KG\nIndustriestraße 17 · 91126 Schwabach\n"
               "Tel. +49 9122 555 301 · Mobil +49 171 555 8830\nAG Nürnberg HRA 14522 · Komplementärin: Schuster Verwaltungs GmbH")
maurer = Pt("Benedikt Maurer", "b.maurer@schuster-metallbau.example", "exo", "exo-schuster",
            "\n\nMit freundlichen Grüßen\n\nBenedikt Maurer\nFinanzbuchhaltung\n\nMetallbau Schuster GmbH & Co. KG\nIndustriestraße 17 · 91126 Schwabach\n"
            "Tel. +49 9122 555 318\nAG Nürnberg HRA 14522 · Komplementärin: Schuster Verwaltungs GmbH")
ralf = Pt("Ralf Oberndorfer", "r.oberndorfer@albrecht-kunststoff.example", "notes", "domino",
          "\n\nMit freundlichen Grüßen / Best regards\n\nRalf Oberndorfer\nKaufmännischer Leiter\n\nAlbrecht Kunststofftechnik GmbH\nAm Hafen 8 · 90451 Nürnberg\n"
          "Telefon +49 911 555 9020 · Telefax +49 911 555 9099\nwww.albrecht-kunststoff.example\nSitz: Nürnberg · AG Nürnberg HRB 20731 · Geschäftsführer: Jürgen Albrecht")
sarah = Pt("Sarah Whitfield", "sarah.whitfield@albrecht-plastics.example", "exoen", "exo-uk",
           "\n\nKind regards,\n\nSarah Whitfield\nFinance Manager\nAlbrecht Plastics UK Ltd\nUnit 7, Lakeside Business Park, Telford TF3 3BJ\nT: +44 1952 555 410",
           tz=LON)
james = Pt("James Okafor", "james.okafor@albrecht-plastics.example", "exoen", "exo-uk",
           "\n\nMany thanks,\nJames Okafor\nFinance Assistant\nAlbrecht Plastics UK Ltd\nT: +44 1952 555 417", tz=LON)
wirth = Pt("Claudia Wirth", "c.wirth@spedition-fuchs.example", "ex16", "ex16-fuchs",
           "\n\nMit freundlichen Grüßen\n\nClaudia Wirth\nPersonalabteilung\n\nSpedition Fuchs GmbH\nHafenstraße 44 · 90451 Nürnberg\nTel. 0911 555 6620 · Fax 0911 555 6629\n"
           "Geschäftsführer: Martin Fuchs · AG Nürnberg HRB 11874")
# ---- IT service provider, supplier, portal
dennis = Pt("Dennis Hartl", "d.hartl@netwerk-franken.example", "exo", "exo-netwerk",
            "\n\nViele Grüße\n\nDennis Hartl\nSystemadministrator\n\nNetWerk Franken IT GmbH\nFrankenstraße 152 · 90461 Nürnberg\nHotline 0911 555 7700 · "
            "support@netwerk-franken.example\nGeschäftsführer: Stefan Ulrich · AG Nürnberg HRB 30455")
nwsupport = Pt("NetWerk Franken Support", "support@netwerk-franken.example", "znuny", "znuny")
reuter = Pt("Tanja Reuter", "t.reuter@netwerk-franken.example", "exo", "exo-netwerk",
            "\n\nMit freundlichen Grüßen\n\nTanja Reuter\nBuchhaltung\n\nNetWerk Franken IT GmbH\nFrankenstraße 152 · 90461 Nürnberg\nTel. 0911 555 7710\n"
            "Geschäftsführer: Stefan Ulrich · AG Nürnberg HRB 30455 · USt-IdNr. DE 298 555 731")
kaiser = Pt("Stefan Kaiser", "s.kaiser@buerowelt-kaiser.example", "gmail", "google-kaiser",
            "\n\n--\nStefan Kaiser\nAußendienst Büro- und Objektbedarf\nBürowelt Kaiser GmbH · Regensburger Straße 330 · 90480 Nürnberg\nMobil 0160 555 7324 · Tel. 0911 555 3030")
kaiserbh = Pt("Bürowelt Kaiser Buchhaltung", "buchhaltung@buerowelt-kaiser.example", "gmail", "google-kaiser",
              "\n\n--\nMelanie Graf\nBuchhaltung · Bürowelt Kaiser GmbH\nRegensburger Straße 330 · 90480 Nürnberg · Tel. 0911 555 3035")
lenz = Pt("Marco Lenz", "m.lenz@dokunet.example", "exo", "exo-dokunet",
          "\n\nFreundliche Grüße\n\nMarco Lenz\nKundenservice Kanzleilösungen\n\nDOKUNET eG · Sigmundstraße 180 · 90431 Nürnberg\nService-Hotline 0911 555 8000 · "
          "www.dokunet.example\nRegistergericht AG Nürnberg GnR 207")
# ---- notification senders
elster = Pt("ELSTER", "noreply@elster.example", "elster", "elster")
spk = Pt("Sparkasse Mittelfranken-Nord", "noreply@sparkasse-mfn.example", "spk", "spk")
dokunote = Pt("DOKUNET Belegportal", "benachrichtigung@dokunet.example", "dokunote", "dokunet")
secmail = Pt("DOKUNET SecureMail", "securemail@dokunet.example", "dokunote", "dokunet")
stbk = Pt("Steuerberaterkammer Nürnberg", "newsletter@stbk-nuernberg.example", "nl", "nl-stbk")
verlag = Pt("SteuerPraxis kompakt", "redaktion@steuerpraxis-verlag.example", "nl", "nl-verlag")
paket = Pt("PaketInfo", "noreply@paketinfo.example", "nl", "nl-paket")
LIST = "kanzlei-edv@lists.stbverband-franken.example"

# helo, ip, dkim d, dkim s, envelope domain (None: From address), dmarc policy (None: no record)
INFRA = {
    "tonline": (None, None, None, None, None, "none"),
    "gmx": ("mout.gmx.net", "212.227.17.{}", "gmx.de", "s31663417", None, "quarantine"),
    "webde": ("mout.web.de", "212.227.15.{}", "web.de", "s29768273", None, "quarantine"),
    "webde-apple": ("mout.web.de", "212.227.15.{}", "web.de", "s29768273", None, "quarantine"),
    "ionos": ("mout.kundenserver.de", "212.227.126.{}", None, None, None, None),
    "strato": ("mo4-p00-ob.smtp.rzone.de", "81.169.146.{}", "weinhandel-brandl.example", "strato-dkim-0002", None, "none"),
    "exo-schuster": ("mail-fr2deu01on20{}.outbound.protection.outlook.com", "40.107.135.{}", "schuster-metallbau.example", "selector1", None, "quarantine"),
    "exo-netwerk": ("mail-fr3deu01on21{}.outbound.protection.outlook.com", "40.107.136.{}", "netwerk-franken.example", "selector2", None, "reject"),
    "exo-dokunet": ("mail-fr6deu01on20{}.outbound.protection.outlook.com", "40.107.138.{}", "dokunet.example", "selector1", None, "reject"),
    "exo-uk": ("mail-lo4gbr01on20{}.outbound.protection.outlook.com", "40.107.23.{}", "albrecht-plastics.example", "selector2", None, "none"),
    "ex16-fuchs": ("mail.spedition-fuchs.example", "93.184.52.37", None, None, None, None),
    "domino": ("mail.albrecht-kunststoff.example", "217.110.88.140", "albrecht-kunststoff.example", "alb2023", None, "quarantine"),
    "znuny": ("helpdesk.netwerk-franken.example", "5.9.142.77", "netwerk-franken.example", "znuny", None, "reject"),
    "google-kaiser": ("mail-ej1-f{}.google.com", "209.85.218.{}", "buerowelt-kaiser.example", "google", None, "none"),
    "elster": ("mailout2.elster.example", "193.109.239.18", "elster.example", "elster2023", "bounce.elster.example", "reject"),
    "spk": ("mx-out04.s-mailservice.example", "194.126.241.34", "sparkasse-mfn.example", "sfi2024", "bounces.s-mailservice.example", "reject"),
    "dokunet": ("mta02.dokunet.example", "195.200.248.12", "dokunet.example", "dn2024", "bounce.dokunet.example", "reject"),
    "nl-stbk": ("mta17.newslettermanufaktur.example", "148.251.94.{}", "stbk-nuernberg.example", "nm1", "bounces.newslettermanufaktur.example", "none"),
    "nl-verlag": ("mail12.verlagsmailer.example", "185.15.200.{}", "steuerpraxis-verlag.example", "vm2022", "rp.steuerpraxis-verlag.example", "none"),
    "nl-paket": ("out3.paketinfo.example", "62.146.40.{}", "paketinfo.example", "pi1", "bounce.paketinfo.example", "reject"),
    "list": ("lists.stbverband-franken.example", "80.237.133.54", "lists.stbverband-franken.example", "ml2021", None, None),
    # attackers
    "bot-netwerk": (None, None, "netwerk-franken.example", "selector2", None, "reject"),
    "zorn": ("server17.webhosting-franken.example", "178.254.10.84", None, None, None, None),
    "look-netwerk": ("smtp.mailhost-eu.example", "45.138.16.{}", "netwerkfranken.example", "mh1", None, "none"),
    "look-dokunet": ("mx.dokunet-eg.example", "91.215.85.{}", "dokunet-eg.example", "mail", None, "none"),
    "fake-elster": ("mail.mein-elster-bescheid.example", "103.75.119.{}", "mein-elster-bescheid.example", "default", None, None),
    "fake-vm": ("vps48211.servdiscount.example", "146.0.42.{}", None, None, None, None),
    "fake-zustell": ("mail.zustellservice-bayern.example", "194.58.112.{}", "zustellservice-bayern.example", "x", None, "none"),
}
FUCHS_EX = ("FUCHS-EX16", "fuchs.local", "192.168.10.5")
ALB_DOM = ("ALB-DOM01", "albrecht.intern", "172.16.1.10")
EXO_HOST = {"schuster-metallbau.example": ("FR2P281MB0561", "DEUP281"), "netwerk-franken.example": ("FR3P281MB1742", "DEUP281"),
            "dokunet.example": ("FR6P281MB3120", "DEUP281"), "albrecht-plastics.example": ("LO4P265MB2210", "GBRP265")}
TENANT = {d: ruuid() for d in EXO_HOST}
FIXED_IP = {}


def fixed(key, make):
    if key not in FIXED_IP: FIXED_IP[key] = make()
    return FIXED_IP[key]


def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcs(t, tz=None):
    t = t.astimezone(tz) if tz else t
    return f"{t:%a}, {t.day} {t:%b %Y %H:%M:%S %z}"
def pfx(t, tz=BER):
    t = t.astimezone(tz)
    return f"{t:%a}, {t.day:2d} {t:%b %Y %H:%M:%S %z} ({t.tzname()})"
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def pac(t): return t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def filetime(t): return int((t.timestamp() + 11644473600) * 10 ** 7)


def make_mid(who, client, t):
    if client == "kwp": return f"<{hx(32)}@{EX}>"
    if client == "iphone-kwp": return f"<{ruuid().upper()}@{DOM}>"
    if client == "olsmtp":
        ft = filetime(t); return f"<{R.randint(0, 0x3f):04x}{ft >> 32:08x}${ft & 0xffffffff:08x}${hx(8)}$@{who.dom}>"
    if client == "gmx": return f"<trinity-{ruuid()}-{int(t.timestamp() * 1000)}@3c-app-gmx-bap{R.randint(10, 79)}>"
    if client == "webde": return f"<trinity-{ruuid()}-{int(t.timestamp() * 1000)}@3c-app-webde-bap{R.randint(10, 79)}>"
    if client in ("applemail", "iphone", "traveler"): return f"<{ruuid().upper()}@{who.dom}>"
    if client == "macol": return f"<{ruuid().upper()}@{who.dom}>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client in ("exo", "owa", "exoen"):
        host, reg = EXO_HOST[who.dom]; return f"<{host}{HX(26)}@{host}.{reg}.PROD.OUTLOOK.COM>"
    if client == "ex16": return f"<{hx(32)}@{FUCHS_EX[0]}.{FUCHS_EX[1]}>"
    if client == "notes":
        d = f"C1258{HX(3)}"; return f"<OF{HX(8)}.{HX(8)}-ON{d}.{HX(8)}-{d}.{HX(8)}@{who.dom}>"
    if client == "znuny": return f"<{int(t.timestamp())}.{R.randint(100000, 999999)}.{R.randint(10 ** 8, 10 ** 9 - 1)}.{R.randint(1, 99)}.{R.randint(1, 99)}@helpdesk.netwerk-franken.example>"
    if client == "gmail": return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client == "elster": return f"<{t.astimezone(UTC):%Y%m%d%H%M%S}.{R.randint(10 ** 9, 10 ** 10 - 1)}@elster.example>"
    if client == "spk": return f"<{ruuid()}.{int(t.timestamp())}@postfach.sparkasse-mfn.example>"
    if client == "dokunote": return f"<notify.{hx(12)}.{int(t.timestamp())}@portal.dokunet.example>"
    if client == "nl": return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(12)}@{INFRA[who.infra][0].format(R.randint(10, 99))}>"
    if client == "list": return f"<{ruuid()}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def _q(text, p="> "): return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))


def fmt_outlook_de(t): return f"{WD_DE[t.weekday()]}, {t.day}. {MO_DE[t.month - 1]} {t.year} {t:%H:%M}"


def addrlist(lst, sep="; "): return sep.join(f"{n} <{e}>" for n, e in lst)


def quote_of(client, q):
    """the plain-text quote block of record q as the replying client writes it (German locale unless noted)"""
    t = q["t"].astimezone(BER); name, email = q["name"], q["email"]
    if client in ("kwp", "exo", "ex16"):
        rows = [("Von", f"{name} <{email}>"), ("Gesendet", fmt_outlook_de(t)), ("An", addrlist(q["to"]))]
        if q["cc"]: rows.append(("Cc", addrlist(q["cc"])))
        rows.append(("Betreff", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "olsmtp":
        rows = [("Von", f"{name} <{email}> "), ("Gesendet", fmt_outlook_de(t)), ("An", addrlist([(f"'{n}'", e) for n, e in q["to"]]))]
        if q["cc"]: rows.append(("Cc", addrlist(q["cc"])))
        rows.append(("Betreff", q["subj"]))
        return "\n\n-----Ursprüngliche Nachricht-----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "owa":  # attacker's browser in English
        tu = q["t"].astimezone(UTC)
        return ("\n\n________________________________\n" + f"From: {name} <{email}>\nSent: {tu:%A}, {tu:%B} {tu.day}, {tu.year} {tu:%-I:%M %p}\n"
                f"To: {addrlist(q['to'])}\nSubject: {q['subj']}\n\n" + q["plain"])
    if client == "exoen":
        tl = q["t"].astimezone(LON)
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{tl.day:02d} {tl:%B %Y %H:%M}"), ("To", addrlist(q["to"]))]
        if q["cc"]: rows.append(("Cc", addrlist(q["cc"])))
        rows.append(("Subject", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "macol":
        rows = [("Von", f"{name} <{email}>"), ("Datum", f"{WD_DE[t.weekday()]}, {t.day}. {MO_DE[t.month - 1]} {t.year} um {t:%H:%M}"),
                ("An", addrlist(q["to"], ", ")), ("Betreff", q["subj"])]
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "tb": return f"\n\nAm {t:%d.%m.%Y} um {t:%H:%M} schrieb {name}:\n" + _q(q["plain"])
    if client in ("applemail", "iphone", "traveler"):
        return f"\n\n> Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {name} <{email}>:\n> \n" + _q(q["plain"])
    if client in ("gmx", "webde"):
        rows = [("Gesendet", f"{WD_DE[t.weekday()]}, {t:%d}. {MO_DE[t.month - 1]} {t.year} um {t:%H:%M} Uhr"), ("Von", f'"{name}" <{email}>'),
                ("An", ", ".join(f'"{n}" <{e}>' for n, e in q["to"]))]
        if q["cc"]: rows.append(("Cc", ", ".join(f'"{n}" <{e}>' for n, e in q["cc"])))
        rows.append(("Betreff", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "notes":
        rows = [("Von", f'"{name}" <{email}>'), ("An", ", ".join(f'"{n}" <{e}>' for n, e in q["to"]))]
        if q["cc"]: rows.append(("Kopie", ", ".join(f'"{n}" <{e}>' for n, e in q["cc"])))
        rows += [("Datum", f"{t:%d.%m.%Y %H:%M}"), ("Betreff", q["subj"])]
        return "\n\n\n\n" + "\n".join(f"{k}:        {v}" for k, v in rows) + "\n\n\n\n" + q["plain"]
    if client == "znuny": return f"\n\n{t:%d.%m.%Y %H:%M} - {name} schrieb:\n" + _q(q["plain"])
    if client == "gmail":
        return f"\n\nAm {WD_GM[t.weekday()]}, {t.day}. {MO_GM[t.month - 1]} {t.year} um {t:%H:%M} Uhr schrieb {name} <{email}>:\n\n" + _q(q["plain"])
    if client == "bot-en": return f"\n\nOn {t:%a, %b %d, %Y at %H:%M}, {name} <{email}> wrote:\n" + _q(q["plain"])
    return "\n\n" + _q(q["plain"])


PREFIX = {"kwp": "AW: ", "exo": "AW: ", "ex16": "AW: ", "olsmtp": "AW: ", "owa": "RE: ", "exoen": "RE: ", "macol": "AW: ", "tb": "Re: ",
          "applemail": "Re: ", "iphone": "Re: ", "traveler": "Re: ", "gmx": "Aw: ", "webde": "Aw: ", "notes": "Antwort: ", "znuny": "AW: ",
          "gmail": "Re: ", "list": "Re: ", "bot": "AW: ", "bot-en": "RE: "}


def strip_prefix(s):
    while True:
        for p in ("AW: ", "Aw: ", "RE: ", "Re: ", "Antwort: ", "WG: ", "Fwd: ", "FW: "):
            if s.startswith(p): s = s[len(p):]; break
        else: return s


def html_esc(plain): return "<br>\n".join(H.escape(l) if l else "" for l in plain.split("\n"))


def html_of(client, plain, lang="DE"):
    esc = html_esc(plain)
    if client in ("kwp", "exo", "ex16", "exoen", "olsmtp"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
                '--></style>\n</head>\n<body lang="' + ("EN-GB" if client == "exoen" else "DE") + '" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n<p class="MsoNormal">' + esc + "<o:p></o:p></p>\n</div>\n</body>\n</html>")
    if client == "owa":
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;'
                'margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client == "tb":
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n    <p>'
                + esc + "</p>\n  </body>\n</html>")
    if client == "applemail":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; '
                '-webkit-nbsp-mode: space; line-break: after-white-space;">' + esc + "</body></html>")
    if client == "macol":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 '
                '(filtered medium)"></head><body lang=DE link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'><div class=WordSection1><p class=MsoNormal>'
                '<span style=\'font-size:11.0pt\'>' + esc + "<o:p></o:p></span></p></div></body></html>")
    if client == "notes":
        return ('<font size=2 face="sans-serif">' + esc + "</font>")
    if client == "znuny":
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/></head>'
                '<body style="font-family:Geneva,Helvetica,Arial,sans-serif; font-size: 12px;">' + esc + "</body></html>")
    if client == "gmail": return '<div dir="ltr">' + esc + "</div>\n"
    return None


def gmx_html(new_text, qrec=None, webde=False):
    """GMX/WEB.DE 3c webmail writes HTML only, quote as a bordered div"""
    out = '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>' + html_esc(new_text) + "</div>"
    if qrec:
        t = qrec["t"].astimezone(BER)
        out += ('\n<div>&nbsp;\n<div>&nbsp;\n<div name="quote" style="margin:10.0px 5.0px 5.0px 10.0px; padding: 10.0px 0 10.0px 10.0px; border-left:2.0px solid #C3D9E5; '
                'word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n<div style="margin:0 0 10.0px 0;"><b>Gesendet:</b>&nbsp;'
                f'{WD_DE[t.weekday()]}, {t:%d}. {MO_DE[t.month - 1]} {t.year} um {t:%H:%M} Uhr<br/>\n<b>Von:</b>&nbsp;&quot;{H.escape(qrec["name"])}&quot; '
                f'&lt;{qrec["email"]}&gt;<br/>\n<b>An:</b>&nbsp;' + ", ".join(f'&quot;{H.escape(n)}&quot; &lt;{e}&gt;' for n, e in qrec["to"]) + "<br/>\n"
                + (("<b>Cc:</b>&nbsp;" + ", ".join(f'&quot;{H.escape(n)}&quot; &lt;{e}&gt;' for n, e in qrec["cc"]) + "<br/>\n") if qrec["cc"] else "")
                + f'<b>Betreff:</b>&nbsp;{H.escape(qrec["subj"])}</div>\n<div name="quoted-content">' + html_esc(qrec["plain"]) + "</div>\n</div>\n</div>\n</div>")
    return out + "</div></body></html>"


# ---------------------------------------------------------------- transport: the hoster's filter in front of the Kanzlei's Exchange 2019
def mx_top(t, helo, ip, auth, env):
    mx = R.choice(("mx1", "mx2")); mxh = f"{mx}.frankenmail.example"; mxip = {"mx1": "185.48.117.21", "mx2": "185.48.117.22"}[mx]
    tf = t + sec(R.randint(2, 9)); tx = tf + sec(R.randint(1, 3)); qid = "4" + alnum(1).upper() + alnum(11)
    score = R.choice(("-0.10", "-0.48", "0.30", "-1.20", "1.05", "-2.60", "0.00"))
    return [("Received", f"from {mxh} ({mxip}) by {EX}\n ({EXIP}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                         f"id 15.2.1544.14; {rfcs(tx, BER)}"),
            ("Received", f"from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n"
                         f"\t(No client certificate requested)\n\tby {mxh} (Postfix) with ESMTPS id {qid}\n\tfor <{me.email}>; {pfx(tf)}"),
            ("Authentication-Results", f"{mxh};\n\t{auth}"),
            ("X-Rspamd-Server", f"rspamd-{mx}"), ("X-Rspamd-Queue-Id", qid), ("X-Rspamd-Score", score)], tx


def auth_res(dkim_d, dkim_s, env, ip, fromdom, dmarc, spf="pass", dkim_ok=True):
    a = (f"dkim=pass header.d={dkim_d} header.s={dkim_s} header.b={alnum(8)};\n\t" if dkim_s and dkim_ok else
         (f"dkim=fail (body hash did not verify) header.d={dkim_d} header.s={dkim_s} header.b={alnum(8)};\n\t" if dkim_s else "dkim=none;\n\t"))
    envdom = env.split("@")[-1]
    a += f"spf={spf} (frankenmail.example: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={envdom};\n\t" if spf == "pass" else \
        f"spf={spf} (frankenmail.example: domain of {env} does not designate {ip} as permitted sender) smtp.mailfrom={envdom};\n\t"
    a += f"dmarc=pass (policy={dmarc}) header.from={fromdom}" if dmarc else f"dmarc=none"
    return a


def xoip_for(who):
    return fixed("xoip-" + who.email, lambda: f"10.20.1.{R.randint(20, 60)}")


def internal_hops(who, t, client):
    t1 = t + sec(R.randint(0, 1))
    hops = [("Received", f"from {EX} ({EXIP}) by {EX}\n ({EXIP}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                         f"id 15.2.1544.14 via Mailbox Transport; {rfcs(t1 + sec(1), BER)}"),
            ("Received", f"from {EX} ({EXIP}) by {EX}\n ({EXIP}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                         f"id 15.2.1544.14; {rfcs(t1, BER)}"),
            ("Received", f"from {EX} ([fe80::5d21:9a0c:41f7:e213]) by\n {EX} ([fe80::5d21:9a0c:41f7:e213%12]) with mapi id\n 15.02.1544.014; {rfcs(t, BER)}")]
    return hops


def sender_hops(who, infra, t, env, client, orig_ip=None):
    """Received lines written on the sender's side (newest first), extra provider headers, and the (helo, ip) handed to the hoster's MX"""
    hops, extra = [], []
    o = INFRA[infra]
    helo = o[0]; ip = o[1]
    if helo and "{}" in helo: helo = helo.format(R.randint(10, 99))
    if ip and "{}" in ip: ip = ip.format(R.randint(2, 250))
    if infra == "tonline":
        n = R.choice(("01", "02", "03", "04", "06", "11", "12")); helo = f"mailout{n}.t-online.de"; ip = f"194.25.134.{R.choice((16, 17, 18, 19, 80, 81, 82))}"
        fwd = R.randint(70, 99); h = orig_ip or f"{who.net}.{R.randint(1, 250)}.{R.randint(1, 250)}"
        hops.append(("Received", f"from fwd{fwd}.aul.t-online.de (fwd{fwd}.aul.t-online.de [10.223.144.{R.randint(90, 140)}])\n\tby {helo} (Postfix) with SMTP id {HX(10)}\n"
                                 f"\tfor <{me.email}>; {pfx(t + sec(1))}"))
        hops.append(("Received", f"from WERKSTATT-PC ([{h}]) by fwd{fwd}.aul.t-online.de\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1t{alnum(4)}-{alnum(6)}0; "
                                 f"{rfcs(t, BER)}"))
        extra = [("X-TOI-EXPURGATEID", f"150726::{int(t.timestamp())}-{HX(8)}-{HX(8)}/0/0 CLEAN NORMAL"), ("X-TOI-MSGID", ruuid())]
    elif infra in ("gmx", "webde"):
        brand = "gmx" if infra == "gmx" else "webde"; web = "web-mail.gmx.net" if brand == "gmx" else "web-mail.web.de"
        mr = ("mrgmx" if brand == "gmx" else "mrweb") + f"{R.choice((0, 1))}{R.randint(0, 1)}{R.randint(1, 9)}"
        h = orig_ip or f"{who.net}.{R.randint(1, 250)}.{R.randint(1, 250)}"
        hops.append(("Received", f"from 3c-app-{brand}-bap{R.randint(10, 79)} ([{h}]) by {'mail.gmx.net' if brand == 'gmx' else 'smtp.web.de'}\n ({mr} "
                                 f"[{'212.227.17.' if brand == 'gmx' else '213.165.67.'}{R.randint(100, 200)}]) with ESMTPA (Nemesis) id 1M{alnum(5)}-1{alnum(9)}; {rfcs(t + sec(1), BER)}"))
        hops.append(("Received", f"from [{h}] ([{h}]) by {web}\n (3c-app-{brand}-bap{R.randint(10, 79)}.server.lan [172.19.172.{R.randint(20, 200)}])\n (via HTTP); {rfcs(t, BER)}"))
        extra = [("X-Provags-ID", f"V03:K1:{alnum(40)}\n {alnum(56)}"), ("X-Spam-Flag", "NO"),
                 ("UI-OutboundReport", f"notjunk:1;M01:P0:{alnum(11)}=;{alnum(20)}\n {alnum(60)}")]
    elif infra == "webde-apple":
        h = orig_ip or (f"{who.net}:{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}" if client == "applemail" else f"2a02:3036:{hx(3)}:{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}")
        hops.append(("Received", f"from smtpclient.apple ([{h}]) by smtp.web.de\n (mrweb1{R.randint(0, 1)}{R.randint(1, 9)} [213.165.67.{R.randint(100, 130)}]) with ESMTPSA (Nemesis) id\n"
                                 f" 1M{alnum(5)}-1{alnum(9)}; {rfcs(t, BER)}"))
        extra = [("X-Provags-ID", f"V03:K1:{alnum(40)}\n {alnum(56)}"), ("UI-OutboundReport", f"notjunk:1;M01:P0:{alnum(11)}=;{alnum(20)}\n {alnum(60)}")]
    elif infra == "ionos":
        ip = f"212.227.126.{R.choice((130, 131, 133, 134, 135, 187))}"
        h = orig_ip or fixed("ionos-" + who.email, lambda: f"{who.net}.{R.randint(1, 250)}.{R.randint(1, 250)}")
        hops.append(("Received", f"from [192.168.2.{fixed('lan-' + who.email, lambda: str(R.randint(20, 99)))}] ([{h}]) by mrelayeu.kundenserver.de\n (mreue1{R.randint(0, 1)}{R.randint(0, 9)} "
                                 f"[212.227.15.{R.randint(160, 190)}]) with ESMTPSA (Nemesis) id\n 1M{alnum(5)}-1{alnum(9)}; {rfcs(t, BER)}"))
        extra = [("X-Provags-ID", f"V03:K1:{alnum(40)}\n {alnum(56)}"), ("X-Spam-Flag", "NO"),
                 ("UI-OutboundReport", f"notjunk:1;M01:P0:{alnum(11)}=;{alnum(20)}\n {alnum(60)}")]
    elif infra == "strato":
        src = "smtpclient.apple" if client == "applemail" else f"[192.168.178.{fixed('lan-' + who.email, lambda: str(R.randint(20, 60)))}]"
        hops.append(("Received", f"from {src}\n    by smtp.strato.de (RZmta 51.3.0 AUTH)\n    with ESMTPSA id {hx(7)}{alnum(7)}\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 "
                                 f"(256 bits))\n    (Client did not present a certificate)\n    for <{me.email}>;\n    {rfcs(t, BER)}"))
        extra = [("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n    d=strato.com; s=strato-dkim-0002;\n    b={b64(90)}"),
                 ("X-RZG-AUTH", f":{alnum(20)}+{alnum(30)}="), ("X-RZG-CLASS-ID", "mo00")]
    elif infra.startswith("exo-"):
        host, reg = EXO_HOST[who.dom]; host2 = host[:-4] + str(R.randint(1000, 9999))
        if client == "bot":
            hops.append(("Received", f"from [{orig_ip}] (unknown [{orig_ip}]) by {host[:4]}CA0{R.randint(100, 199)}.{reg}.PROD.OUTLOOK.COM\n (2603:10a6:{hx(3)}:{hx(2)}::{hx(2)}) "
                                     f"with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8835.14 via Frontend\n Transport; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.PROD.OUTLOOK.COM\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8835.015; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM (2603:10a6:{hx(3)}:{hx(2)}::{hx(2)}) by\n {host2}.{reg}.PROD.OUTLOOK.COM (2603:10a6:{hx(3)}:{hx(2)}::{hx(1)}) "
                                    f"with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8835.15; {rfcu(t + sec(1))}"))
        extra = [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(90)}"),
                 ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                                           f"X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)}\n b={b64(90)}"),
                 ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={who.dom}; dmarc=pass action=none\n header.from={who.dom}; dkim=pass\n "
                                                f"header.d={who.dom}; arc=none")]
    elif infra == "ex16-fuchs":
        srv, ad, lan = FUCHS_EX
        hops.append(("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) "
                                 f"id 15.1.2507.39; {rfcs(t + sec(1), BER)}"))
        hops.append(("Received", f"from {srv}.{ad} ([fe80::b1e4:2c07:93aa:5f10]) by\n {srv}.{ad} ([fe80::b1e4:2c07:93aa:5f10%14]) with mapi id\n 15.01.2507.039; {rfcs(t, BER)}"))
    elif infra == "domino":
        srv, ad, lan = ALB_DOM
        did = f"{t.astimezone(BER):%Y%m%d%H%M%S}{R.randint(10, 99)}-{R.randint(10000, 99999)}"
        src = f"{srv}.{ad} ([{lan}])" if client != "traveler" else f"traveler.{ad} ([172.16.1.14])"
        hops.append(("Received", f"from {src}\n          by mail.albrecht-kunststoff.example (HCL Domino Release 12.0.2FP2)\n          with ESMTP id {did} ;\n          {rfcs(t + sec(1), BER)}"))
    elif infra == "znuny":
        hops.append(("Received", f"from helpdesk.netwerk-franken.example (localhost [127.0.0.1])\n\tby helpdesk.netwerk-franken.example (Postfix) with ESMTP id {HX(10)}\n"
                                 f"\tfor <{me.email}>; {pfx(t)}"))
    elif infra == "google-kaiser":
        n = R.choice((46, 47, 48, 49, 50, 52, 53, 54)); helo = f"mail-ej1-f{n}.google.com"; ip = f"209.85.218.{n}"
        hops.append(("Received", f"by {helo} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}{alnum(2).lower()}.1\n        for <{me.email}>; {pac(t)}"))
        extra = [("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                             f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
                                             f"        bh={b64(32)};\n        b={b64(120)}"),
                 ("X-Gm-Message-State", f"AOJu0Y{alnum(56)}\n\t{alnum(40)}=="),
                 ("X-Google-Smtp-Source", f"AGHT+I{alnum(60)}=="),
                 ("X-Received", f"by 2002:a17:907:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id\n {alnum(20).lower()}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)}; {pac(t)}")]
    elif infra in ("elster", "spk", "dokunet", "nl-stbk", "nl-verlag", "nl-paket"):
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {pfx(t)}"))
    elif infra == "list":
        hops.append(("Received", f"from {helo} (localhost [IPv6:::1])\n\tby {helo} (Postfix) with ESMTP id {HX(9)};\n\t{pfx(t + sec(3))}"))
        hops.append(("Received", f"from {R.choice(('mout.gmx.net', 'mail.kanzlei-haas.example', 'mo6-p00-ob.smtp.rzone.de', 'mail-fr2deu01on2091.outbound.protection.outlook.com'))} "
                                 f"(unknown [{R.randint(40, 220)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby {helo} (Postfix) with ESMTPS id {HX(9)}\n"
                                 f"\tfor <{LIST}>; {pfx(t)}"))
    elif infra == "bot-netwerk":
        return sender_hops(who, "exo-netwerk", t, env, "bot", orig_ip)
    elif infra in ("zorn", "look-netwerk", "look-dokunet", "fake-elster", "fake-vm", "fake-zustell"):
        src = orig_ip or f"{R.choice((45, 77, 89, 102, 185, 196))}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
        if infra == "zorn":
            hops.append(("Received", f"from [{src}] (port={R.randint(49152, 65000)} helo=[127.0.0.1])\n\tby {helo} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
                                     f"\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-0000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{rfcs(t, BER)}"))
        else:
            hops.append(("Received", f"from [{src}] (unknown [{src}])\n\tby {helo} (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {pfx(t, UTC)}"))
    if not helo:
        raise SystemExit(f"no helo for {infra}")
    return hops, extra, helo, ip


def transport(who, t, infra, client, env=None, orig_ip=None, spf="pass", dkim_ok=True):
    if infra == "internal":
        return internal_hops(who, t, client), [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04"),
                                               ("X-MS-Exchange-Organization-AuthSource", EX)], None
    o = INFRA[infra]
    env = env or who.email
    if o[4]: env = f"bounce-{hx(10)}@{o[4]}"
    hops, extra, helo, ip = sender_hops(who, infra, t, env, client, orig_ip)
    d, s = o[2], o[3]
    fromdom = who.email.split("@")[1]
    if infra == "list": fromdom = "lists.stbverband-franken.example"
    auth = auth_res(d, s, env, ip, fromdom, o[5], spf=spf, dkim_ok=dkim_ok)
    top, tx = mx_top(t, helo, ip, auth, env)
    dk = []
    if s:
        hl = ("From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version" if not infra.startswith("exo") else
              "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())}; bh={b64(32)};\n\th={hl};\n\tb={b64(180)}")]
    tail = [("Return-Path", f"<{env}>"), ("X-MS-Exchange-Organization-AuthSource", EX), ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
    return top + hops + dk + extra, tail, tx


UA = {"tb": ("User-Agent", "Mozilla Thunderbird"), "macol": ("User-Agent", "Microsoft-MacOutlook/16.93.25011212"),
      "applemail": ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"), "iphone": ("X-Mailer", "iPhone Mail (22D82)"), "traveler": ("X-Mailer", "iPhone Mail (22E240)"),
      "iphone-kwp": ("X-Mailer", "iPhone Mail (22D72)"), "olsmtp": ("X-Mailer", "Microsoft Outlook 16.0"), "notes": ("X-Mailer", "HCL Notes Release 12.0.2FP2 August 03, 2023"),
      "znuny": ("X-Mailer", "Znuny Mail Service (6.5.x)")}
OUTLOOKISH = ("kwp", "exo", "owa", "exoen", "ex16", "olsmtp", "macol")
CLANG = {"kwp": "de-DE", "exo": "de-DE", "owa": "en-US", "exoen": "en-GB", "ex16": "de-DE", "olsmtp": "de", "macol": "de-DE"}

pending = []
seq = [0]


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?utf-8?Q?" + "".join(c if (c.isascii() and c.isalnum()) else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in n) + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@&:") else f"{n} <{e}>"


def enc_h(v):
    if v.isascii(): return v
    raw = v.encode(); chunks = []; cur = b""
    for ch in v:
        cb = ch.encode()
        if len(cur) + len(cb) > 45: chunks.append(cur); cur = b""
        cur += cb
    chunks.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(c).decode() + "?=" for c in chunks)


def flow(text, width=76):
    """format=flowed soft wrapping (RFC 3676) for 8bit clients"""
    out = []
    for line in text.split("\n"):
        q = ""
        while line.startswith(">"):
            q += ">"; line = line[1:]
        if q and line.startswith(" "): line = line[1:]
        pref = q + (" " if q else "")
        if line == "-- ": out.append(line); continue
        if len(pref + line) <= width: out.append(pref + line.rstrip(" ")); continue
        words = line.split(" "); cur = ""
        for w in words:
            if cur and len(pref + cur + w) > width:
                out.append(pref + cur); cur = ""
            cur += w + " "
        out.append(pref + cur.rstrip(" "))
    return "\n".join(out)


def qp(data): return quopri.encodestring(data).decode("ascii")


def textpart(client, ctype, text):
    data = text.encode("utf-8")
    if client == "tb" and ctype == "text/plain":
        return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", flow(text)]
    if client == "olsmtp":
        try: d2 = text.encode("iso-8859-1"); cs = "iso-8859-1"
        except UnicodeEncodeError: d2 = data; cs = "utf-8"
        if text.isascii(): cs = "us-ascii"
        return [f'Content-Type: {ctype};\n\tcharset="{cs}"', "Content-Transfer-Encoding: quoted-printable", "", qp(d2)]
    if client in ("applemail", "iphone", "traveler", "iphone-kwp"):
        if text.isascii() and max(len(x) for x in text.split("\n")) < 900:
            return [f"Content-Type: {ctype};\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
    if client == "gmail":
        if text.isascii() and max(len(x) for x in text.split("\n")) < 900: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
        return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
    if client in ("kwp", "exo", "owa", "exoen", "ex16", "macol"):
        return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
    if client == "notes":
        return [f"Content-Type: {ctype}; charset=\"UTF-8\"", "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
    if client in ("gmx", "webde"):
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
    if client in ("znuny", "elster", "spk", "dokunote", "nl", "list"):
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
    if text.isascii() and max(len(x) for x in text.split("\n")) < 900: return [f"Content-Type: {ctype}; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
    return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(data)]


def boundary(client, who, t, kind="alternative"):
    if client == "notes": return f"=_{kind} {HX(8)}C1258{HX(3)}_="
    if client in ("kwp",): return "_000_" + hx(32) + "KWPEX01kanzleiwendlerlocal_"
    if client in ("exo", "owa", "exoen"): return "_000_" + EXO_HOST[who.dom][0] + HX(16) + "_"
    if client == "ex16": return "_000_" + hx(32) + "FUCHSEX16fuchslocal_"
    if client == "olsmtp": return f"----=_NextPart_000_{HX(4)}_01{HX(6)}.{HX(8)}"
    if client == "macol": return f"B_{R.randint(3700000000, 3900000000)}_{R.randint(100000000, 999999999)}"
    if client in ("applemail",): return f"Apple-Mail={'_'}{ruuid().upper()}"
    if client in ("iphone", "traveler", "iphone-kwp"): return f"Apple-Mail-{ruuid().upper()}"
    if client == "tb": return "------------" + alnum(24)
    if client == "gmail": return "000000000000" + hx(16)
    if client in ("gmx", "webde"): return f"abmob-{ruuid()}"
    if client == "znuny": return f"----------=_{int(t.timestamp())}-{R.randint(10000, 99999)}-{R.randint(0, 9)}"
    return "=_" + hx(28)


def att_part(client, name, data, ctype, t):
    if not name.isascii():
        fn = f"filename*=utf-8''" + "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "".join(f"%{b:02X}" for b in c.encode()) for c in name)
        nm = f'name="{enc_h(name)}"'
    else:
        fn = f'filename="{name}"'; nm = f'name="{name}"'
    if client in ("kwp", "exo", "owa", "exoen", "ex16"):
        ts = t.astimezone(UTC)
        return [f"Content-Type: {ctype}; {nm}", f"Content-Description: {enc_h(name)}",
                f'Content-Disposition: attachment;\n\t{fn}; size={len(data)};\n\tcreation-date="{ts:%a, %d %b %Y %H:%M:%S GMT}";\n\tmodification-date="{ts:%a, %d %b %Y %H:%M:%S GMT}"',
                "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
    if client in ("applemail", "iphone", "traveler", "iphone-kwp"):
        return [f"Content-Disposition: attachment;\n\t{fn}", f"Content-Type: {ctype};\n\tx-unix-mode=0644;\n\t{nm}", "Content-Transfer-Encoding: base64", "",
                base64.encodebytes(data).decode().rstrip("\n")]
    if client == "gmail":
        return [f"Content-Type: {ctype}; {nm}", f"Content-Disposition: attachment; {fn}", "Content-Transfer-Encoding: base64",
                f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", base64.encodebytes(data).decode().rstrip("\n")]
    if client == "notes":
        return [f"Content-Type: {ctype}; {nm}", f"Content-Disposition: attachment; {fn}", "Content-Transfer-Encoding: base64", "",
                base64.encodebytes(data).decode().rstrip("\n")]
    return [f"Content-Type: {ctype}; {nm}", f"Content-Disposition: attachment; {fn}", "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]


def tidx_block(t0, t):
    d = max(0, filetime(t) - filetime(t0)) >> 18
    return (((d & 0x7FFFFFFF) << 8) | R.getrandbits(8)).to_bytes(5, "big")


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, scen=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, folder=None, orig_ip=None, no_html=False, html_only=None, xoip=None, reply_to=None,
         spf="pass", dkim_ok=True, date_tz=None, mime_tail=(), calendar=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    infra = infra or who.infra
    h, tail = [], []
    arrival = t
    if folder == "INBOX":
        top, tail, tx = transport(who, t, infra, client, env, orig_ip, spf=spf, dkim_ok=dkim_ok)
        h += top
        arrival = tx or (t + sec(2))
    dt = t.astimezone(date_tz or who.tz)
    date = rfcs(dt)
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    cch = ", ".join(addr(n, e) for n, e in cc) if cc else None
    refh = "\n ".join(refs) if refs else None
    irth = (irt or refs[-1]) if refs else None
    ol = client in OUTLOOKISH
    if client == "gmail":
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", refh), ("In-Reply-To", irth)]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cch: h.append(("Cc", cch))
    elif client in ("gmx", "webde"):
        h += [("Message-ID", m), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", enc_h(subj)), ("Date", date), ("Importance", "normal"), ("Sensitivity", "Normal")]
        if refs: h += [("In-Reply-To", irth), ("References", refh)]
    else:
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", enc_h(subj))]
        if ol and client != "olsmtp":
            h += [("Thread-Topic", enc_h(topic or strip_prefix(subj))), ("Thread-Index", tidx or base64.b64encode(struct.pack(">Q", filetime(t))[:6] + rbytes(16)).decode())]
        h += [("Date", date), ("Message-ID", m)]
        if refs: h += [("References", refh), ("In-Reply-To", irth)] if ol else [("In-Reply-To", irth), ("References", refh)]
    if reply_to: h.append(("Reply-To", reply_to))
    if client in ("kwp", "exo", "owa", "exoen", "ex16"):
        h += [("Accept-Language", CLANG[client] + (", en-US" if CLANG[client] != "en-US" else "")), ("Content-Language", CLANG[client]),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "kwp" and folder == "INBOX": h.append(("x-originating-ip", f"[{xoip or xoip_for(who)}]"))
        if client == "ex16": h.append(("x-originating-ip", f"[{xoip or fixed('xo16-' + who.email, lambda: '192.168.10.' + str(R.randint(30, 80)))}]"))
    if client == "iphone-kwp" and folder == "INBOX": h.append(("x-originating-ip", f"[{xoip}]"))
    if folder == "INBOX" and (infra.startswith("exo-") or infra == "bot-netwerk") and who.dom in TENANT:
        h += [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
              ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"), ("X-MS-Exchange-CrossTenant-userprincipalname", alnum(60) + "=="),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", EXO_HOST[who.dom][0][:-4] + str(R.randint(1000, 9999)))]
    if client == "olsmtp":
        h += [("X-Mailer", UA["olsmtp"][1]), ("Thread-Index", tidx or base64.b64encode(struct.pack(">Q", filetime(t))[:6] + rbytes(16)).decode()), ("Content-Language", "de")]
    elif client == "macol":
        h += [("User-Agent", UA["macol"][1])]
    elif client in UA:
        h.append(UA[client])
    if client == "tb": h.append(("Content-Language", "de-DE"))
    if client in ("gmx", "webde"): h += [("X-Priority", "3"), ("X-UI-Message-Type", "msg")]
    if client == "notes":
        kid = f"{HX(8)}:{HX(8)}-C1258{HX(3)}:{HX(8)}"
        ts = t.astimezone(BER).strftime("%d.%m.%Y %H:%M:%S")
        h += [("X-KeepSent", f"{kid}; type=4; name=$KeepSent"), ("X-TNEFEvaluated", "1"),
              ("X-MIMETrack", f"Serialize by Notes Client on Ralf Oberndorfer/Albrecht(Release 12.0.2FP2|August 03, 2023) at\n {ts},\n\tSerialize complete at {ts},\n"
                              f"\tItemize by Notes Client on Ralf Oberndorfer/Albrecht(Release 12.0.2FP2|August 03, 2023) at\n {ts},\n\tSerialize by Router on ALB-DOM01/Albrecht(Release "
                              f"12.0.2FP2|August 03, 2023) at\n {ts}")]
    if client == "traveler":
        ts = t.astimezone(BER).strftime("%d.%m.%Y %H:%M:%S")
        h += [("X-MIMETrack", f"Itemize by HCL Traveler on ALB-DOM01/Albrecht(Release 12.0.2FP2|August 03, 2023) at\n {ts},\n\tSerialize by Router on ALB-DOM01/Albrecht(Release "
                              f"12.0.2FP2|August 03, 2023) at\n {ts}")]
    if client == "znuny": h += [("X-Powered-By", "Znuny (https://www.znuny.org/)"), ("Organization", "NetWerk Franken IT GmbH")]
    h += list(extra)
    if client in ("iphone", "traveler", "iphone-kwp"): h.append(("Mime-Version", "1.0 (1.0)"))
    elif client == "applemail": h.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    elif client != "gmail": h.append(("MIME-Version", "1.0"))
    # ---- body
    if html_only is None: html_only = client in ("gmx", "webde")
    if html is None and not no_html and not html_only: html = html_of(client, plain)
    if html_only and html is None: html = html_of("kwp", plain)
    if html_only:
        alt = textpart(client, "text/html", html)
    else:
        alt = textpart(client, "text/plain", plain)
        if html:
            ab = boundary(client, who, t)
            alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + textpart(client, "text/plain", plain) + [f"--{ab}"] + \
                  textpart(client, "text/html", html)
            if calendar:
                alt += [f"--{ab}", 'Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64", "",
                        base64.encodebytes(calendar).decode().rstrip("\n")]
            alt += [f"--{ab}--"]
    if atts:
        mb = boundary(client, who, t, "mixed")
        body = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"', "", "This is a multi-part message in MIME format." if client in ("tb", "olsmtp") else None, f"--{mb}"] + alt
        body = [x for x in body if x is not None]
        for name, data, ctype in atts:
            body += [f"--{mb}"] + att_part(client, name, data, ctype, t)
        body += [f"--{mb}--", ""]
    else:
        body = alt
    hdr = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h + tail + list(mime_tail))
    raw = hdr + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((arrival.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


class Thread:
    def __init__(s, tid, partner, subj, inbox_to=None, cc=None):
        s.tid, s.p, s.subj, s.refs, s.last, s.inbox_to, s.cc = tid, partner, subj, [], None, inbox_to, cc
        s.t0 = None; s.tbase = None; s.np = 0; s.blocks = []

    def snapshot(s): return (list(s.refs), dict(s.last) if s.last else None)

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, fwd=False, base=None, **kw):
        client = client or who.client
        if s.t0 is None:
            s.t0 = t; s.tbase = struct.pack(">Q", filetime(t))[:6] + rbytes(16)
        refs_now, last_now = base if base else (s.refs, s.last)
        plain = text + ((who.sig if sig is True else sig) if sig else "")
        q = None
        if quote and last_now:
            q = dict(last_now)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q)
        if subj is None:
            subj = s.subj if not refs_now else PREFIX.get(client, "Re: ") + strip_prefix(s.subj)
        elif not detached:
            s.subj = strip_prefix(subj)
        if to is None:
            if who in INTERNAL and s.p not in INTERNAL: to = [(s.p.name, s.p.email)]
            elif who is me: to = [(s.p.name, s.p.email)]
            else: to = s.inbox_to or [(me.name, me.email)]
        if cc is None: cc = s.cc
        if label == G and scen is None:
            s.np += 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{strip_prefix(s.subj)}'")
        nb = tidx_block(s.t0, t) if refs_now else b""
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:max(0, len(refs_now) - 1)]) + nb).decode()
        html = kw.pop("html", None)
        if client in ("gmx", "webde") and html is None:
            html = gmx_html(text + ((who.sig if sig is True else sig) if sig else ""), q)
        m = emit(who, client, t, to, cc, subj, list(refs_now), plain, label=label, topic=strip_prefix(subj), scen=scen, html=html, **kw)
        if detached: return m
        if s.refs: s.blocks.append(nb)
        s.refs.append(m)
        nm = kw["frm"].split(" <")[0].strip('"') if kw.get("frm") else who.name
        s.last = dict(t=t, name=nm, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        return m


# ================================================================ inert attachments with real container structure
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, uris=(), encrypt=False, producer="Microsoft® Word 2019", when="20250303091200", zone="+01'00'", title=None, creator=None, image=None):
    """image: size in bytes of an embedded (random, inert) JPEG page image, as scanners and letterhead templates produce"""
    lat = lambda s: s.encode("cp1252", "replace").decode("latin-1")
    if image is None: image = R.randint(9000, 26000)
    content = ("q 595 0 0 842 0 0 cm /Im1 Do Q " if image > 60000 else "") + "BT /F1 11 Tf 14 TL 60 780 Td " + " ".join(f"({pdf_esc(lat(l))}) '" for l in lines) + " ET"
    content = content.encode("latin-1")
    if encrypt: content = rbytes(len(content) + 16 - len(content) % 16)
    info = f"<< /Producer ({pdf_esc(lat(producer))}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone})"
    if title: info += f" /Title ({pdf_esc(lat(title))})"
    if creator: info += f" /Creator ({pdf_esc(lat(creator))})"
    info += " >>"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None, f"<< /Length {len(content)} >>\nstream\n",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", info]
    img = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00\xc8\x00\xc8\x00\x00" + rbytes(image) + b"\xff\xd9"
    objs.append(f"<< /Type /XObject /Subtype /Image /Width {1240 if image > 60000 else 420} /Height {1754 if image > 60000 else 160} /ColorSpace /DeviceRGB "
                f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(img)} >>\nstream\n")
    img_id = len(objs)
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {640 - 40 * i} 535 {668 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
    objs[2] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 {img_id} 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    if encrypt: objs.append(f"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{hx(64)}> /U <{hx(64)}> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        if i == 4: out += f"4 0 obj\n{o}".encode("latin-1") + content + b"\nendstream\nendobj\n"
        elif i == img_id: out += f"{i} 0 obj\n{o}".encode("latin-1") + (rbytes(len(img)) if encrypt else img) + b"\nendstream\nendobj\n"
        else: out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>]" + (f" /Encrypt {len(objs)} 0 R" if encrypt else "")
            + f" >>\nstartxref\n{x}\n%%EOF\n").encode()
    return bytes(out)


def scan_pdf(pages_hint, when, producer="Brother iPrint&Scan"):
    """a scanner PDF: one page image (random, inert JPEG data) sized by the page count, plus an OCR text line"""
    n = int(pages_hint.split()[0])
    return pdf([f"[gescanntes Dokument, {pages_hint}]"], producer=producer, when=when, image=min(600000, 70000 + n * R.randint(9000, 16000)))


def dos_dt(when):
    y, mo, d, h, mi, s = when
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zipb(members, when=(2025, 3, 3, 10, 0, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0x20
        z.writestr(zi, data)
    z.close(); return bio.getvalue()


def zip_encrypted(members, when):
    """a ZipCrypto-encrypted archive: real local/central headers with the encryption flag; the data is random (inert)"""
    tm, dm = dos_dt(when); out = bytearray(); cd = bytearray()
    for name, usize in members:
        nb = name.encode("cp437", "replace"); csize = 12 + max(40, int(usize * 0.62)); crc = R.getrandbits(32)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0x0001, 8, tm, dm, crc, csize, usize, len(nb), 0) + nb + rbytes(csize)
        cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 0x0314, 20, 0x0001, 8, tm, dm, crc, csize, usize, len(nb), 0, 0, 0, 0, 0x81a40020, off) + nb
    cdo = len(out); out += cd
    out += struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(members), len(members), len(cd), cdo, 0)
    return bytes(out)


def lnk(target_rel, args, name, icon):
    flags = 0x04 | 0x08 | 0x20 | 0x40 | 0x80
    ft = filetime(datetime.datetime(2025, 4, 1, 8, 0, tzinfo=UTC))
    hdr = struct.pack("<I16sII", 0x4C, bytes.fromhex("0114020000000000c000000000000046"), flags, 0x20)
    hdr += struct.pack("<QQQ", ft, ft, ft) + struct.pack("<IiIHHII", 0, 3, 7, 0, 0, 0, 0)
    sd = b"".join(struct.pack("<H", len(s)) + s.encode("utf-16-le") for s in (name, target_rel, args, icon))
    return hdr + sd


def iso9660(volid, files, when=(2025, 4, 24, 6, 40, 0)):
    """a small ISO 9660 image (primary volume descriptor, path tables, root directory, files); files: (name, data, hidden)"""
    S = 2048
    def both32(v): return struct.pack("<I", v) + struct.pack(">I", v)
    def both16(v): return struct.pack("<H", v) + struct.pack(">H", v)
    y, mo, d, h, mi, s = when
    rec_date = bytes([y - 1900, mo, d, h, mi, s, 8])
    def dirrec(name, extent, size, flags):
        n = len(name); ln = 33 + n + (1 if n % 2 == 0 else 0)
        return bytes([ln, 0]) + both32(extent) + both32(size) + rec_date + bytes([flags, 0, 0]) + both16(1) + bytes([n]) + name + (b"\x00" if n % 2 == 0 else b"")
    first = 21; loc = []; cur = first
    for name, data, hid in files:
        loc.append(cur); cur += (len(data) + S - 1) // S
    total = cur
    root = dirrec(b"\x00", 20, S, 2) + dirrec(b"\x01", 20, S, 2)
    for (name, data, hid), l in zip(files, loc):
        root += dirrec((name + ";1").encode(), l, len(data), 1 if hid else 0)
    root = root.ljust(S, b"\x00")
    dt17 = f"{y:04d}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}00".encode() + bytes([8])
    pvd = bytearray(S)
    pvd[0] = 1; pvd[1:6] = b"CD001"; pvd[6] = 1
    pvd[8:40] = b"WIN32".ljust(32); pvd[40:72] = volid.encode().ljust(32)
    pvd[80:88] = both32(total); pvd[120:124] = both16(1); pvd[124:128] = both16(1); pvd[128:132] = both16(S)
    pvd[132:140] = both32(10); pvd[140:144] = struct.pack("<I", 18); pvd[148:152] = struct.pack(">I", 19)
    pvd[156:190] = dirrec(b"\x00", 20, S, 2)
    pvd[190:318] = b" " * 128; pvd[318:446] = b" " * 128; pvd[446:574] = b" " * 128
    pvd[574:702] = b"IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!".ljust(128)
    pvd[702:813] = b" " * 111
    pvd[813:830] = dt17; pvd[830:847] = dt17; pvd[847:864] = b"0" * 16 + b"\x00"; pvd[864:881] = b"0" * 16 + b"\x00"; pvd[881] = 1
    term = bytearray(S); term[0] = 255; term[1:6] = b"CD001"; term[6] = 1
    ptl = (bytes([1, 0]) + struct.pack("<I", 20) + struct.pack("<H", 1) + b"\x00\x00").ljust(S, b"\x00")
    ptm = (bytes([1, 0]) + struct.pack(">I", 20) + struct.pack(">H", 1) + b"\x00\x00").ljust(S, b"\x00")
    img = bytearray(16 * S) + pvd + term + ptl + ptm + root
    for name, data, hid in files:
        img += data + b"\x00" * ((S - len(data) % S) % S)
    return bytes(img)


def ooxml_xlsx(rows, sheet="Tabelle1", macro=False, creator="Claudia Wirth", when="2025-01-05T09:12:00Z"):
    def col(i): return chr(65 + i)
    def cell(r, c, v):
        ref = f"{col(c)}{r}"
        if isinstance(v, (int, float)): return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>'
    sd = "".join(f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows, 1))
    main = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/xl/workbook.xml" ContentType="{main}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + ('<workbookPr codeName="DieseArbeitsmappe"/>' if macro else "")
          + f'<sheets><sheet name="{H.escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
             + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
             + "</Relationships>")
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + sd + "</sheetData></worksheet>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{H.escape(creator)}</dc:creator><cp:lastModifiedBy>{H.escape(creator)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>")
    members = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()), ("docProps/app.xml", app.encode()), ("docProps/core.xml", core.encode()),
               ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wrels.encode()), ("xl/worksheets/sheet1.xml", ws.encode())]
    if macro:
        # OLE compound-file header of a vbaProject.bin, rest random: no working macro code
        members.append(("xl/vbaProject.bin", bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 3, 0xFFFE) + b"\x09\x00\x06\x00" + rbytes(5000)))
    return zipb(members, (int(when[:4]), int(when[5:7]), int(when[8:10]), int(when[11:13]), int(when[14:16]), 0))


def onenote(): return bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3") + bytes.fromhex("3fdd9a101b91f549a5d01791edc8aed8") + rbytes(6000)


def png(w=480, h=300):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(215, 255) if (x // 24 + y // 18) % 5 else 60) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def ics(uid, summary, start, end, organizer, attendees, description, location, url=None, method="REQUEST", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    def f(t): return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    def fold(line):
        b = line.encode(); out = []
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80: cut -= 1
            out.append(b[:cut].decode()); b = b[cut:]
        out.append(b.decode()); return "\r\n ".join(out)
    esc = lambda s: s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    L += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}" for n, e in attendees]
    L += [f"DESCRIPTION;LANGUAGE=de-DE:{esc(description)}", f"UID:{uid}", f"SUMMARY;LANGUAGE=de-DE:{esc(summary)}", f"DTSTART:{f(start)}", f"DTEND:{f(end)}",
          f"DTSTAMP:{f(start - datetime.timedelta(days=3))}", f"LOCATION;LANGUAGE=de-DE:{esc(location)}", "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"]
    if url: L.append(f"URL:{url}")
    L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in L) + "\r\n").encode()


# ================================================================ stand-alone notifications, newsletters, mailing list
def notice(who, client, t, subj, plain, html, extra=(), label=None, scen=None, to=None, atts=(), refs=(), mid=None, reply_to=None, frm=None):
    return emit(who, client, t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=extra, label=label, scen=scen,
                mid=mid, reply_to=reply_to, frm=frm)


def mail_html(title, paras, button=None, footer="", color="#1d3f72", logo=None):
    out = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
           '<body style="margin:0;padding:0;background:#eef1f5"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
           '<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
           f'<tr><td style="background:{color};padding:18px 24px;color:#fff;font-size:18px;font-weight:bold">'
           + (f'<img src="{logo}" alt="" height="26" style="vertical-align:middle"> ' if logo else "") + f"{H.escape(title)}</td></tr>"
           '<tr><td style="padding:22px 24px">' + "".join(f"<p>{html_esc(p)}</p>" for p in paras))
    if button:
        out += f'<p style="margin:26px 0"><a href="{button[1]}" style="background:{color};color:#fff;padding:11px 20px;text-decoration:none;border-radius:3px">{H.escape(button[0])}</a></p>'
    out += f'</td></tr><tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #e3e6ea">{html_esc(footer)}</td></tr></table></td></tr></table></body></html>'
    return out


ELSTER_FOOT = ("Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail, Antworten werden nicht gelesen.\n"
               "Bayerisches Landesamt für Steuern – ELSTER · Hinweise zum Datenschutz: https://www.elster.example/eportal/datenschutz")


def elster_note(t, subj, lines, label=None, scen=None):
    link = "https://www.elster.example/eportal/login/softpse"
    plain = "Sehr geehrte Damen und Herren,\n\n" + "\n".join(lines) + f"\n\nZum Anmelden: {link}\n\nMit freundlichen Grüßen\nIhr ELSTER-Team\n\n" + ELSTER_FOOT
    html = mail_html("Mein ELSTER", ["Sehr geehrte Damen und Herren,"] + lines + ["Mit freundlichen Grüßen\nIhr ELSTER-Team"], ("Zu Mein ELSTER", link), ELSTER_FOOT,
                     color="#004b7c", logo="https://www.elster.example/eportal/img/elster-logo-weiss.svg")
    return notice(elster, "elster", t, subj, plain, html, extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                                                  ("Precedence", "bulk")], label=label, scen=scen)


def spk_note(t, nr, label=None, scen=None):
    link = "https://www.sparkasse-mfn.example/de/home/onlinebanking/postfach.html"
    lines = [f"in Ihrem elektronischen Postfach ist ein neues Dokument für Sie eingegangen:",
             f"Kontoauszug Nr. {nr} zum Geschäftskonto DE12 7605 5550 0004 4718 22",
             "Bitte melden Sie sich im Online-Banking an, um das Dokument abzurufen. Wir senden Ihnen per E-Mail niemals Links zur Eingabe von TANs "
             "und fragen Sie niemals nach Ihren Zugangsdaten."]
    plain = "Guten Tag,\n\n" + "\n\n".join(lines) + f"\n\nOnline-Banking: {link}\n\nFreundliche Grüße\nIhre Sparkasse Mittelfranken-Nord\n\n" \
            "Sparkasse Mittelfranken-Nord · Anstalt des öffentlichen Rechts · Lorenzer Platz 12 · 90402 Nürnberg\nDiese Nachricht wurde automatisch erstellt."
    html = mail_html("Sparkasse Mittelfranken-Nord", ["Guten Tag,"] + lines + ["Freundliche Grüße\nIhre Sparkasse Mittelfranken-Nord"], ("Zum Online-Banking", link),
                     "Sparkasse Mittelfranken-Nord · Anstalt des öffentlichen Rechts · Lorenzer Platz 12 · 90402 Nürnberg", color="#e2001a",
                     logo="https://www.sparkasse-mfn.example/static/sfi-logo.png")
    return notice(spk, "spk", t, f"Neues Dokument in Ihrem elektronischen Postfach", plain, html, extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
                  label=label, scen=scen, to=[("Wendler & Partner mbB", "buchhaltung@kanzlei-wendler.example")], frm=None)


DN_FOOT = ("Sie erhalten diese Benachrichtigung, weil Sie in der Kanzleiverwaltung für Eingangsbelege eingetragen sind. Benachrichtigungen ändern: "
           "https://portal.dokunet.example/kanzlei/einstellungen/benachrichtigungen\nDOKUNET eG · Sigmundstraße 180 · 90431 Nürnberg")


def dokunet_note(t, mandant, nr, n, label=None, scen=None):
    link = f"https://portal.dokunet.example/kanzlei/belege?mdt={nr}&filter=neu"
    lines = [f"für Ihren Mandanten {mandant} (Mandantennummer {nr}) wurden {n} neue Belege hochgeladen.",
             "Die Belege stehen nach der automatischen Texterkennung in der Belegübersicht zur Bearbeitung bereit."]
    plain = "Guten Tag Frau Bauer,\n\n" + "\n".join(lines) + f"\n\nBelegübersicht öffnen: {link}\n\nIhr DOKUNET Belegportal\n\n" + DN_FOOT
    html = mail_html("DOKUNET Belegportal", ["Guten Tag Frau Bauer,"] + lines + ["Ihr DOKUNET Belegportal"], ("Belegübersicht öffnen", link), DN_FOOT, color="#00765f",
                     logo="https://portal.dokunet.example/static/img/dokunet-logo.png")
    return notice(dokunote, "dokunote", t, f"Neue Belege von {mandant} ({n})", plain, html,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-DOKUNET-Event", "beleg.upload")], label=label, scen=scen)


def securemail_note(t, sender_name, sender_org, label=None, scen=None):
    mid_ = hx(24); link = f"https://securemail.dokunet.example/read?m={mid_}"
    lines = [f"{sender_name} ({sender_org}) hat Ihnen über DOKUNET SecureMail eine verschlüsselte Nachricht gesendet.",
             "Zum Lesen melden Sie sich mit Ihrer Kanzleikennung an. Die Nachricht ist 30 Tage abrufbar."]
    plain = "Guten Tag,\n\n" + "\n".join(lines) + f"\n\nNachricht lesen: {link}\n\nDOKUNET SecureMail\n\n" + DN_FOOT
    html = mail_html("DOKUNET SecureMail", ["Guten Tag,"] + lines, ("Nachricht lesen", link), DN_FOOT, color="#00765f")
    return notice(secmail, "dokunote", t, f"Verschlüsselte Nachricht von {sender_name}", plain, html,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-DOKUNET-Event", "securemail.received")], label=label, scen=scen)


def newsletter(who, t, subj, intro, items, unsub, color, footer):
    links = [(title, url) for title, url in items]
    plain = intro + "\n\n" + "\n\n".join(f"» {a}\n{u}" for a, u in links) + f"\n\n--\n{footer}\nAbmelden: {unsub}"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4"><table width="640" align="center" '
            'style="background:#fff;font-family:Georgia,serif;font-size:15px;color:#333"><tr><td style="padding:18px;background:' + color + ';color:#fff;font-size:20px">'
            + H.escape(who.name) + "</td></tr><tr><td style=\"padding:18px\"><p>" + html_esc(intro) + "</p>"
            + "".join(f'<h3 style="font-size:16px;margin:18px 0 4px"><a href="{u}" style="color:{color}">{H.escape(a)}</a></h3>' for a, u in links)
            + f'</td></tr><tr><td style="padding:14px 18px;font-size:11px;color:#888">{html_esc(footer)}<br><a href="{unsub}">Newsletter abbestellen</a>'
            f'<img src="https://{INFRA[who.infra][0].format(12)}/o/{hx(20)}.gif" width="1" height="1" alt=""></td></tr></table></body></html>')
    extra = [("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-{hx(16)}@{INFRA[who.infra][4]}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"), ("X-Mailer", "newsletter-engine 4.2"), ("Feedback-ID", f"{R.randint(1000, 9999)}:{who.dom}:newsletter")]
    return notice(who, "nl", t, subj, plain, html, extra=extra)


LIST_FOOT = ("\n_______________________________________________\nKanzlei-EDV Mailingliste des Steuerberaterverbands Franken -- kanzlei-edv@lists.stbverband-franken.example\n"
             "Zum Abmelden senden Sie eine E-Mail an kanzlei-edv-leave@lists.stbverband-franken.example\n"
             "Archiv und Einstellungen: https://lists.stbverband-franken.example/postorius/lists/kanzlei-edv.lists.stbverband-franken.example/")
LP = "[Kanzlei-EDV] "


def list_headers(m, sender_env):
    hsh = base64.b32encode(rbytes(20)).decode()[:32]
    return [("Message-ID-Hash", hsh), ("X-Message-ID-Hash", hsh), ("X-MailFrom", sender_env),
            ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; "
                                      "administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
            ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"), ("List-Id", "Kanzlei-EDV <kanzlei-edv.lists.stbverband-franken.example>"),
            ("Archived-At", f"<https://lists.stbverband-franken.example/archives/list/kanzlei-edv@lists.stbverband-franken.example/message/{hsh}/>"),
            ("List-Archive", "<https://lists.stbverband-franken.example/archives/list/kanzlei-edv@lists.stbverband-franken.example/>"),
            ("List-Help", "<mailto:kanzlei-edv-request@lists.stbverband-franken.example?subject=help>"),
            ("List-Owner", "<mailto:kanzlei-edv-owner@lists.stbverband-franken.example>"),
            ("List-Post", "<mailto:kanzlei-edv@lists.stbverband-franken.example>"),
            ("List-Subscribe", "<mailto:kanzlei-edv-join@lists.stbverband-franken.example>"),
            ("List-Unsubscribe", "<mailto:kanzlei-edv-leave@lists.stbverband-franken.example>")]


class ListThread:
    def __init__(s, subj): s.subj, s.refs, s.last = subj, [], None; s.np = 0

    def post(s, who, text, t, label=None, scen=None, atts=(), munged=False, quote=True):
        if who is me:
            plain = text + "\n\n-- \nKatrin Bauer · Büroleitung · Wendler & Partner mbB, Nürnberg"
            if quote and s.last: plain += quote_of("kwp", s.last)
            subj = LP + s.subj if not s.refs else "AW: " + LP + s.subj
            m = emit(me, "kwp", t, [("Kanzlei-EDV", LIST)], None, subj, list(s.refs), plain, topic=LP + s.subj, atts=atts)
        else:
            plain = text + who.sig
            if quote and s.last: plain += quote_of(who.client, s.last)
            plain += "\n" + LIST_FOOT
            subj = LP + s.subj if not s.refs else PREFIX.get(who.client, "Re: ") + LP + s.subj
            m0 = make_mid(who, who.client, t)
            frm = f"{who.name} via Kanzlei-EDV <{LIST}>" if munged else None
            if label == G and scen is None:
                s.np += 1; scen = (f"P-L-{s.subj[:20]}-{s.np}", f"list reply from {who.name} in '{s.subj}'")
            m = emit(who, who.client, t, [("Kanzlei-EDV", LIST)], None, subj, list(s.refs), plain, infra="list", mid=m0, no_html=True, atts=atts,
                     extra=list_headers(m0, who.email) + ([("Reply-To", f"{who.name} <{who.email}>")] if munged else []), frm=frm, label=label, scen=scen,
                     topic=LP + s.subj)
        s.refs.append(m)
        s.last = dict(t=t, name=who.name if not (who is not me and munged) else f"{who.name} via Kanzlei-EDV", email=who.email if not munged else LIST,
                      plain=plain, subj=subj, to=[("Kanzlei-EDV", LIST)], cc=[])
        return m


# ================================================================ content
HOLI = {(2024, 10, 3), (2024, 11, 1), (2024, 12, 24), (2024, 12, 25), (2024, 12, 26), (2024, 12, 31), (2025, 1, 1), (2025, 1, 6), (2025, 4, 18), (2025, 4, 21),
        (2025, 5, 1), (2025, 5, 29), (2025, 6, 9), (2025, 6, 19)}


def bday(y, mo, d):
    """the first business day on or after the date"""
    x = datetime.date(y, mo, d)
    while x.weekday() >= 5 or (x.year, x.month, x.day) in HOLI: x += datetime.timedelta(days=1)
    return x.year, x.month, x.day


def nextday(y, mo, d):
    x = datetime.date(y, mo, d) + datetime.timedelta(days=1)
    return x.year, x.month, x.day


MONTHS = [(2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5), (2025, 6), (2025, 7)]
def prev_month(y, m): return (y, m - 1) if m > 1 else (y - 1, 12)
def mname(y, m): return f"{MONAT[m - 1]} {y}"

# ---------------------------------------------------------------- ELSTER (Mein ELSTER of the Kanzlei), Sparkasse, DOKUNET, newsletters
EL = [((2024, 9, 5, 6, 12), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                      "Art der Nachricht: Bescheiddaten zum Abruf (Vollmachtsdatenbank)\nAnzahl: 14"]),
      ((2024, 9, 24, 6, 9), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                       "Art der Nachricht: Bescheiddaten zum Abruf (Vollmachtsdatenbank)\nAnzahl: 9"]),
      ((2024, 10, 15, 6, 14), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                        "Art der Nachricht: Mitteilung des Finanzamts Nürnberg-Süd\nAnzahl: 1"]),
      ((2024, 11, 6, 6, 10), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                       "Art der Nachricht: Bescheiddaten zum Abruf (Vollmachtsdatenbank)\nAnzahl: 21"]),
      ((2024, 11, 28, 9, 31), "Ihr Zertifikat läuft in 60 Tagen ab", ["das Organisationszertifikat Ihres Benutzerkontos „Wendler & Partner mbB“ ist noch bis zum 27.01.2025 gültig.",
                                                                     "Bitte verlängern Sie das Zertifikat rechtzeitig im Menüpunkt „Mein Benutzerkonto > Zertifikat verlängern“. "
                                                                     "Ohne gültiges Zertifikat ist keine Anmeldung mehr möglich."]),
      ((2024, 12, 17, 6, 11), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                        "Art der Nachricht: Bescheiddaten zum Abruf (Vollmachtsdatenbank)\nAnzahl: 17"]),
      ((2025, 1, 14, 6, 8), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                       "Art der Nachricht: Bescheiddaten zum Abruf (Vollmachtsdatenbank)\nAnzahl: 6"]),
      ((2025, 2, 6, 6, 13), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                       "Art der Nachricht: Mitteilung des Finanzamts Schwabach\nAnzahl: 1"]),
      ((2025, 4, 3, 6, 10), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                       "Art der Nachricht: Bescheiddaten zum Abruf (Vollmachtsdatenbank)\nAnzahl: 25"]),
      ((2025, 5, 6, 6, 12), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                       "Art der Nachricht: Bescheiddaten zum Abruf (Vollmachtsdatenbank)\nAnzahl: 19"]),
      ((2025, 6, 12, 6, 9), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                       "Art der Nachricht: Bescheiddaten zum Abruf (Vollmachtsdatenbank)\nAnzahl: 12"]),
      ((2025, 7, 8, 6, 11), "Neue Nachricht in Ihrem ELSTER-Postfach", ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
                                                                       "Art der Nachricht: Bescheiddaten zum Abruf (Vollmachtsdatenbank)\nAnzahl: 8"])]
for (y, mo, d, hh, mi), subj, lines in EL:
    elster_note(at(y, mo, d, hh, mi), subj, lines + ["Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte der Nachricht. Sie finden die Nachricht nach der Anmeldung "
                                                     "im Bereich „Posteingang“."])
elster_note(at(2025, 3, 11, 6, 14), "Neue Nachricht in Ihrem ELSTER-Postfach",
            ["in Ihrem Benutzerkonto „Wendler & Partner mbB (Organisationszertifikat)“ ist eine neue Nachricht eingegangen.",
             "Art der Nachricht: Bescheiddaten zum Abruf (Vollmachtsdatenbank)\nAnzahl: 31",
             "Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte der Nachricht. Sie finden die Nachricht nach der Anmeldung im Bereich „Posteingang“."],
            label=GH, scen=("G10", "genuine ELSTER notification (no reply headers, login link to the real portal) - contrast to the fake ELSTER reply A12"))

nr = 8
for i, (y, m) in enumerate(MONTHS):
    y2, m2, d2 = bday(y, m, 2)
    lab = (GH, ("G11", "genuine Sparkasse e-Postfach notice (Kontoauszug), no reply headers, online-banking link")) if (y, m) == (2025, 2) else (None, None)
    spk_note(at(y2, m2, d2, 5, 41 + i), f"{nr + i}/{y}" if y == 2024 else f"{i - 3}/2025", label=lab[0], scen=lab[1])

DN = [((2024, 9, 10, 14, 2), "Metallbau Schuster GmbH & Co. KG", 10245, 23), ((2024, 9, 27, 11, 40), "Autohaus Kessler GmbH", 10311, 41),
      ((2024, 10, 14, 16, 55), "Metallbau Schuster GmbH & Co. KG", 10245, 18), ((2024, 10, 29, 9, 12), "Spedition Fuchs GmbH", 10402, 7),
      ((2024, 11, 12, 15, 31), "Metallbau Schuster GmbH & Co. KG", 10245, 27), ((2024, 11, 26, 10, 4), "Albrecht Kunststofftechnik GmbH", 10188, 64),
      ((2024, 12, 11, 13, 20), "Metallbau Schuster GmbH & Co. KG", 10245, 19), ((2025, 1, 15, 17, 2), "Metallbau Schuster GmbH & Co. KG", 10245, 31),
      ((2025, 1, 28, 8, 47), "Albrecht Kunststofftechnik GmbH", 10188, 52), ((2025, 2, 12, 14, 18), "Metallbau Schuster GmbH & Co. KG", 10245, 22),
      ((2025, 3, 13, 11, 9), "Albrecht Kunststofftechnik GmbH", 10188, 48), ((2025, 4, 10, 16, 33), "Metallbau Schuster GmbH & Co. KG", 10245, 26),
      ((2025, 4, 29, 10, 58), "Spedition Fuchs GmbH", 10402, 5), ((2025, 5, 14, 15, 12), "Metallbau Schuster GmbH & Co. KG", 10245, 20),
      ((2025, 6, 11, 9, 44), "Albrecht Kunststofftechnik GmbH", 10188, 57), ((2025, 6, 13, 15, 27), "Metallbau Schuster GmbH & Co. KG", 10245, 24),
      ((2025, 7, 15, 13, 5), "Metallbau Schuster GmbH & Co. KG", 10245, 29)]
for (y, mo, d, hh, mi), mdt, nr_, n in DN:
    dokunet_note(at(y, mo, d, hh, mi), mdt, nr_, n)
dokunet_note(at(2025, 3, 12, 16, 21), "Metallbau Schuster GmbH & Co. KG", 10245, 33, label=GH,
             scen=("G12", "genuine DOKUNET portal notification 'Neue Belege' with portal link (the real portal domain)"))
securemail_note(at(2024, 10, 8, 10, 16), "Ralf Oberndorfer", "Albrecht Kunststofftechnik GmbH")
securemail_note(at(2025, 1, 21, 14, 40), "Ralf Oberndorfer", "Albrecht Kunststofftechnik GmbH")
securemail_note(at(2025, 2, 25, 11, 2), "Andrea Schuster", "Metallbau Schuster GmbH & Co. KG", label=GH,
                scen=("G13", "genuine DOKUNET SecureMail notice ('verschlüsselte Nachricht', read link)"))
securemail_note(at(2025, 5, 20, 9, 51), "Ralf Oberndorfer", "Albrecht Kunststofftechnik GmbH")

STBK_TOPICS = [
    ("Kammer-Rundschreiben 09/2024", ["Berufsrecht: Neue Hinweise zur Verschwiegenheit bei Cloud-Diensten", "Fortbildung: Herbstprogramm der Kammer freigeschaltet",
                                       "Ausbildung: Zwischenprüfung Steuerfachangestellte – Termine"]),
    ("Kammer-Rundschreiben 10/2024", ["Fristverlängerung Grundsteuer: Stand der Abstimmung mit dem Landesamt", "Geldwäschegesetz: Risikoanalyse aktualisieren",
                                       "Praxisbörse: neue Angebote"]),
    ("Kammer-Rundschreiben 11/2024", ["E-Rechnung ab 2025: Übergangsregeln und Mandanteninformation", "beSt: Registrierung der Berufsausübungsgesellschaften",
                                       "Kammerversammlung am 5. Dezember"]),
    ("Kammer-Rundschreiben 12/2024", ["Jahresendhinweise 2024", "Öffnungszeiten der Geschäftsstelle zwischen den Jahren", "Beitragsbescheide 2025"]),
    ("Kammer-Rundschreiben 01/2025", ["Fristen 2025 im Überblick", "Steuerberaterplattform: Sicherheitshinweise zur Anmeldung", "Prüfungsausschüsse gesucht"]),
    ("Kammer-Rundschreiben 02/2025", ["Phishing-Warnung: gefälschte Nachrichten im Namen von Finanzbehörden", "Neue Musterverträge für Praxisübernahmen",
                                       "Berufshaftpflicht: Mindestversicherungssumme"]),
    ("Kammer-Rundschreiben 03/2025", ["Fortbildungspflicht: Nachweis bis 31. März", "Umsatzsteuer: BMF-Schreiben zur E-Rechnung", "Azubi-Speeddating im April"]),
    ("Kammer-Rundschreiben 04/2025", ["Datenschutz in der Kanzlei: Checkliste", "Kammerbeitrag: Fälligkeit 15. Mai", "Termine Mai"]),
    ("Kammer-Rundschreiben 05/2025", ["Grundsteuer: Einspruchsverfahren – aktueller Stand", "Mitgliederbefragung Digitalisierung", "Seminar: Verrechnungspreise im Mittelstand"]),
    ("Kammer-Rundschreiben 06/2025", ["Vollmachtsdatenbank: Umstellung der Schnittstelle", "Fortbildungsprogramm Herbst 2025", "Sommerpause der Geschäftsstelle"]),
    ("Kammer-Rundschreiben 07/2025", ["Abschlussprüfung Steuerfachangestellte: Ergebnisse", "Sicherheitshinweis: Betrugsversuche per Telefon", "Ehrungen"])]
for i, (subj, tops) in enumerate(STBK_TOPICS):
    y, m = MONTHS[i]; y2, m2, d2 = bday(y, m, 8)
    newsletter(stbk, at(y2, m2, d2, 10, 0 + i), subj, "Sehr geehrte Kolleginnen und Kollegen,\n\nanbei erhalten Sie die aktuellen Informationen Ihrer Steuerberaterkammer.",
               [(tp, f"https://www.stbk-nuernberg.example/aktuelles/{y}-{m:02d}/{j + 1}") for j, tp in enumerate(tops)],
               f"https://www.stbk-nuernberg.example/newsletter/abmelden?u={hx(20)}", "#7b1f2a",
               "Steuerberaterkammer Nürnberg · Körperschaft des öffentlichen Rechts · Karolinenstraße 28 · 90402 Nürnberg")

VERLAG = ["Kassen-Nachschau: worauf Prüfer 2025 achten", "E-Rechnung: Empfangspflicht ab 1.1.2025 in der Praxis", "Jahressteuergesetz 2024 – die Änderungen im Überblick",
          "Grundfreibetrag und Tarif 2025", "Sachbezüge: Freigrenze und Gutscheine", "Betriebsveranstaltungen: 110-Euro-Freibetrag", "Dienstwagen: 0,25 %-Regel für E-Autos",
          "Umsatzsteuer-Voranmeldung: Dauerfristverlängerung rechtzeitig beantragen", "Kleinunternehmerregelung 2025", "Aufbewahrungsfristen: Verkürzung auf 8 Jahre",
          "Photovoltaik: Nullsteuersatz und Ertragsteuerbefreiung", "Verspätungszuschläge: BFH zu Ermessensentscheidungen", "Minijob-Grenze 2025: 556 Euro",
          "Lohnsteuer-Außenprüfung: typische Feststellungen", "Homeoffice-Pauschale in der Erklärung 2024", "Pflegepauschbetrag: Nachweise", "Kindergeld und Kinderfreibetrag 2025",
          "Vorsteuervergütung für Drittstaaten: Frist 30. Juni", "Gewerbesteuer: Hinzurechnung von Mieten", "GoBD: Verfahrensdokumentation für kleine Betriebe",
          "Bewirtungskosten: Angaben auf dem Beleg", "Reisekosten: Verpflegungspauschalen 2025"]
d = datetime.date(2024, 9, 4); i = 0
while d < datetime.date(2025, 7, 25):
    tops = [VERLAG[(i * 2 + k) % len(VERLAG)] for k in range(3)]
    newsletter(verlag, at(d.year, d.month, d.day, 7, 30), f"SteuerPraxis kompakt {d.isocalendar()[1]:02d}/{d.year}: {tops[0]}",
               "Guten Morgen,\n\ndie Themen dieser Ausgabe:", [(tp, f"https://www.steuerpraxis-verlag.example/artikel/{R.randint(10000, 99999)}?utm_source=nl&utm_medium=email") for tp in tops],
               f"https://www.steuerpraxis-verlag.example/nl/abmelden?id={hx(24)}", "#2a5d8f",
               "SteuerPraxis Fachverlag GmbH · Postfach 1120 · 80001 München · Sie erhalten diesen Newsletter als Abonnentin von SteuerPraxis kompakt.")
    d += datetime.timedelta(days=14); i += 1

for (y, mo, dd, hh, mi), nrp, snd in [((2024, 10, 22, 8, 4), "00340434161094032178", "Bürowelt Kaiser GmbH"), ((2025, 1, 16, 8, 31), "00340434161094118862", "Bürowelt Kaiser GmbH"),
                                    ((2025, 4, 9, 7, 58), "00340434161094207711", "Bürowelt Kaiser GmbH"), ((2025, 6, 3, 8, 12), "00340434161094281390", "Amazon EU S.à r.l.")]:
    link = f"https://www.paketinfo.example/sendung?nr={nrp}"
    lines = [f"Ihre Sendung {nrp} von {snd} wird heute voraussichtlich zwischen 10:30 und 13:30 Uhr zugestellt.",
             "Falls Sie nicht angetroffen werden, legen wir die Sendung in der Filiale Äußere Sulzbacher Straße 102 bereit."]
    notice(paket, "nl", at(y, mo, dd, hh, mi), "Ihre Sendung kommt heute", "Guten Tag,\n\n" + "\n".join(lines) + f"\n\nSendung verfolgen: {link}\n\nIhr PaketInfo-Team",
           mail_html("PaketInfo", ["Guten Tag,"] + lines, ("Sendung verfolgen", link), "PaketInfo GmbH · Dies ist eine automatisch erzeugte Nachricht.", color="#d40511"),
           extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

# ---------------------------------------------------------------- Kanzlei-EDV mailing list of the regional Steuerberaterverband
lm_haas = Pt("Peter Haas", "p.haas@kanzlei-haas.example", "tb", "list", "\n\n-- \nPeter Haas · Steuerberater · Erlangen")
lm_vogel = Pt("Susanne Vogel", "vogel.stb@gmx.de", "gmx", "list", "\n\nSusanne Vogel, Steuerberaterin, Zirndorf")
lm_frank = Pt("Markus Frank", "m.frank@frank-steuer.example", "exo", "list", "\n\nViele Grüße\nMarkus Frank\nFrank Steuerberatung · Ansbach")
lm_it = Pt("Oliver Scholz", "o.scholz@kanzlei-it-service.example", "tb", "list",
           "\n\n-- \nOliver Scholz\nKanzlei IT Service Scholz · IT-Betreuung für Steuerkanzleien\nTel. 0911 555 6020")
lm_berger = Pt("Claudia Berger", "c.berger@berger-partner-stb.example", "applemail", "list", "\n\nClaudia Berger\nBüroleitung · Berger & Partner, Fürth")
for p_ in (lm_haas, lm_vogel, lm_frank, lm_it, lm_berger): p_.client = {"gmx": "tb"}.get(p_.client, p_.client)
EXO_HOST["frank-steuer.example"] = ("FR2P281MB1190", "DEUP281")
TENANT["frank-steuer.example"] = ruuid()

L2 = ListThread("Große Belegmengen von Mandanten – wie organisiert ihr das?")
L2.post(me, "Liebe Kolleginnen und Kollegen,\n\nwir bekommen von einigen Mandanten die Belege immer noch als ZIP per Mail, teilweise 30–40 MB. Unser Postfach "
        "lehnt ab 25 MB ab. Bieten Sie den Mandanten eine Alternative an (Portal-Upload, Cloud-Link, USB-Stick)? Und wie gehen Sie mit Links zu "
        "WeTransfer & Co. um – erlaubt oder nicht?\n\nDanke für Erfahrungswerte!", at(2024, 11, 19, 14, 22), quote=False)
L2.post(lm_frank, "Hallo Frau Bauer,\n\nwir schicken allen Mandanten einmal im Jahr eine Anleitung für den Portal-Upload und nehmen Mail nur noch bis 10 MB an. "
        "Links zu Filehostern akzeptieren wir nur, wenn der Mandant vorher angerufen hat – es gab zu viele gefälschte 'Freigabe'-Mails.",
        at(2024, 11, 19, 15, 48), label=G)
L2.post(lm_it, "Ergänzend aus IT-Sicht: Die Mandanten-Anleitung unseres Verbands finden Sie hier, die kann man mit eigenem Logo verwenden:\n"
        "https://www.stbverband-franken.example/service/merkblatt-belegupload.pdf\n\nUnd bitte Archive mit Passwort in der gleichen Mail grundsätzlich "
        "nicht öffnen, das ist das klassische Muster.", at(2024, 11, 20, 8, 31), label=GH,
        scen=("G14", "mailing-list reply with the list footer, subject tag and a link to a PDF merkblatt on the association's site"))
L2.post(lm_vogel, "Bei uns genauso wie bei Herrn Frank. Kleine Mandanten mit Smartphone bekommen die Upload-App, das klappt inzwischen erstaunlich gut.",
        at(2024, 11, 20, 12, 12), label=G, munged=True)

L4 = ListThread("Datensicherung: Wie oft prüft ihr eine Rücksicherung?")
L4.post(me, "Hallo zusammen,\n\nunser IT-Dienstleister sichert täglich, aber eine echte Rücksicherung haben wir seit über einem Jahr nicht getestet. "
        "Wie oft machen Sie einen Wiederherstellungstest, und wer dokumentiert das bei Ihnen?", at(2025, 4, 8, 13, 44), quote=False)
L4.post(lm_berger, "Hallo Frau Bauer,\n\nbei uns quartalsweise, immer eine Mandantenakte und ein Postfach. Ich habe unsere Checkliste angehängt, gerne verwenden.",
        at(2025, 4, 8, 16, 2), label=GH, scen=("G15", "mailing-list reply with a PDF checklist attached (reply + attachment through the list)"),
        atts=[("Checkliste_Ruecksicherungstest.pdf", pdf(["Checkliste Rücksicherungstest (Berger & Partner)", "1. Testakte auswählen", "2. Wiederherstellung in Testordner",
                                                           "3. Öffnen und Vollständigkeit prüfen", "4. Protokoll unterschreiben"], producer="macOS Version 15.3 (Build 24D60) Quartz PDFContext",
                                                          when="20250408155500", zone="+02'00'"), "application/pdf")])
L4.post(lm_it, "Quartalsweise ist gut. Wichtig ist, dass jemand außerhalb der IT das Ergebnis gegenzeichnet – sonst testet man nur, ob das Backup-Programm 'OK' sagt.",
        at(2025, 4, 9, 9, 18), label=G)
L4.post(me, "Vielen Dank, die Checkliste übernehmen wir fast 1:1.", at(2025, 4, 9, 10, 2))

L5 = ListThread("Warnung: gefälschte ELSTER-Antworten mit PDF-Anhang")
L5.post(lm_haas, "Hallo zusammen,\n\nnur als Warnung: Bei uns kamen diese Woche zwei Mails „AW: Einspruch …“ angeblich vom Finanzamt mit PDF und Link zum "
        "„Bescheidabruf“. Absender sah nach ELSTER aus, Domain war es nicht. Das Finanzamt schreibt Bescheide bekanntlich nicht per Mail.",
        at(2025, 2, 4, 8, 55), quote=False)
L5.post(lm_vogel, "Danke für die Warnung, bei uns auch eine, wurde vom Filter aber schon markiert.", at(2025, 2, 4, 10, 31), label=G, munged=True)


# ================================================================ T1 Schreinerei Hofmann (T-Online, Outlook 2016 via POP/SMTP): monthly Belege; A2 + A9 (Emotet-style)
HOF_ASK = {
    (2024, 10): ("Hallo Herr Hofmann,\n\nvielen Dank, die Belege für September sind da. Mir fehlt noch die Rechnung vom Holzhandel Brückner über die Eichenbohlen "
                 "(Abbuchung am 17.09. über 2.184,60 €). Haben Sie die noch?",
                 "Hallo Frau Bauer,\n\ndie Rechnung war noch im Auto. Hab sie eingescannt, ist dabei.", True),
    (2024, 12): ("Hallo Herr Hofmann,\n\ndanke für die Belege November. Bei der Barkasse sind zwei Tankquittungen ohne Kennzeichen – war das der Sprinter "
                 "oder Ihr Privatwagen?",
                 "Hallo Frau Bauer,\n\nbeide Sprinter (ERH-GH 218). Privat tanke ich nicht mit der Firmenkarte.", False),
    (2025, 2): ("Hallo Herr Hofmann,\n\nvielen Dank. Für die Umsatzsteuer-Voranmeldung Januar fehlen mir noch Ihre Ausgangsrechnungen ab Nr. 2025-004. "
                "Können Sie die bitte noch schicken?",
                "Hallo Frau Bauer,\n\nsind im Anhang, die Nr. 2025-006 wurde storniert (Kunde hat abgesagt).", True),
    (2025, 5): ("Hallo Herr Hofmann,\n\ndie Belege sind angekommen, danke. Eine Frage: Die Überweisung an „Maschinenservice Dorn“ über 3.570,00 € – ist das "
                "die Reparatur der Formatkreissäge oder eine neue Maschine?",
                "Hallo Frau Bauer,\n\nReparatur, neuer Motor und Lager. Rechnung ist bei den Belegen von April, Seite 11.", False),
}
def hofmann_bank(th):
    """G27: Hofmann answers the Kanzlei's last mail with a new subject: his new business account for the fee direct debit (verified by phone)"""
    th.add(hofmann, "Hallo Frau Bauer,\n\nwir haben das Geschäftskonto von der Sparkasse zur Raiffeisenbank Eckental gewechselt. Bitte ziehen Sie Ihre Rechnungen ab "
           "Februar vom neuen Konto ein. Das neue Lastschriftmandat hab ich unterschrieben und eingescannt.\n\nNeue IBAN: DE61 7606 9440 0001 2345 67",
           at(2025, 1, 22, 18, 4), subj="AW: Neues Konto für Lastschrift", label=GH,
           scen=("G27", "client's own change of his direct-debit account (new IBAN + signed SEPA mandate) as a reply in the Belege thread; the Kanzlei verifies by phone"),
           atts=[("SEPA_Mandat_Hofmann.pdf", scan_pdf("1 Seite", "20250122175800", producer="Brother ADS-1700W"), "application/pdf")])
    th.add(me, "Hallo Herr Hofmann,\n\nwie eben telefonisch besprochen: Die neue Bankverbindung bei der Raiffeisenbank Eckental haben wir mit Ihnen abgestimmt und "
           "ab der Februar-Rechnung hinterlegt. Das alte Mandat ist damit erledigt.", at(2025, 1, 23, 9, 31))
    th.add(hofmann, "Danke. Die alte Sparkasse-Karte schneid ich jetzt durch :-)", at(2025, 1, 23, 12, 14), label=G)


th = Thread("T1", hofmann, "Belege August")
hof_threads = {}
for i, (y, m) in enumerate(MONTHS):
    py, pm = prev_month(y, m)
    y2, m2, d2 = bday(y, m, 3 + (i % 3))
    hof_threads[(y, m)] = th
    scan = scan_pdf(f"{R.randint(14, 38)} Seiten", f"{y}{m:02d}{d2:02d}18{R.randint(10, 59)}00", producer="Brother ADS-1700W")
    # he simply answers the Kanzlei's last mail and types the new month into the subject
    th.add(hofmann, R.choice(["Hallo Frau Bauer,\n\nanbei die Belege vom " + MONAT[pm - 1] + ".",
                              "Hallo Frau Bauer,\n\nhier die Belege " + MONAT[pm - 1] + ", Kontoauszüge sind dabei.",
                              "Guten Abend Frau Bauer,\n\nim Anhang die Unterlagen für " + MONAT[pm - 1] + "."]),
           at(y2, m2, d2, 19, R.randint(5, 55)), atts=[(f"SCN_{R.randint(1000, 4999):04d}.pdf", scan, "application/pdf")],
           subj=(f"AW: Belege {MONAT[pm - 1]}" if th.refs else f"Belege {MONAT[pm - 1]}"), label=G if th.refs else None)
    if (y, m) in HOF_ASK:
        ask, ans, with_att = HOF_ASK[(y, m)]
        d_ask = bday(y, m, d2 + 2); d_ans = bday(*nextday(*d_ask)); d_thx = bday(*nextday(*d_ans))
        th.add(me, ask, at(*d_ask, 9, R.randint(5, 50)))
        at_ = [(f"SCN_{R.randint(5000, 5999):04d}.pdf", scan_pdf("2 Seiten", f"{y}{m:02d}{d2:02d}17{R.randint(10, 59)}00", producer="Brother ADS-1700W"), "application/pdf")] if with_att else ()
        th.add(hofmann, ans, at(*d_ans, 18, R.randint(5, 55)), label=G, atts=at_)
        th.add(me, R.choice(["Danke, damit ist der Monat vollständig.", "Vielen Dank, dann kann die Voranmeldung raus."]), at(*d_thx, 8, R.randint(10, 40)))
    elif (y, m) != (2025, 3):
        th.add(me, R.choice(["Hallo Herr Hofmann,\n\nvielen Dank, die Belege sind vollständig angekommen.",
                             "Hallo Herr Hofmann,\n\ndanke, ist angekommen. Die Voranmeldung übermitteln wir fristgerecht zum 10.",
                             "Hallo Herr Hofmann,\n\nvielen Dank für die Unterlagen, alles da."]), at(*bday(y, m, d2 + 1), 8, R.randint(5, 55)))
    if (y, m) == (2025, 1):
        hofmann_bank(th)
    if (y, m) == (2025, 3):
        break

# March 2025 (Belege Februar): Katrin asks for the outgoing invoices; Emotet has Hofmann's Outlook: A2 through his own account, A9 from another victim
th.add(me, "Hallo Herr Hofmann,\n\ndanke für die Belege. Es fehlen mir noch die Ausgangsrechnungen Februar (ab Nr. 2025-011) und die Rechnung für den neuen "
       "Kantenleimer, der am 24.02. abgebucht wurde. Schicken Sie mir die bitte noch?", at(2025, 3, 6, 9, 12))
hof_ask_rec = dict(th.last)
th.add(hofmann, "Hallo,\n\nim Anhang die Rechnungen wie gewünscht.\nDas Passwort für die Datei ist: 2025HO\n\nMfG", at(2025, 3, 11, 14, 52), sig=False, quote=False,
       label=HJ("server-hijack"), detached=True,
       scen=("A2", "Hofmann's own T-Online account and Outlook (same Received path, Message-ID shape, X-Mailer): short generic text, no quote, "
                   "password-protected ZIP with a .js inside and the password in the mail"),
       atts=[("Rechnungen_02-2025.zip", zip_encrypted([("Rechnungen_02-2025.js", 18234)], (2025, 3, 11, 14, 40, 0)), "application/x-zip-compressed")],
       orig_ip="93.229.114.38")
emit(Pt("Georg Hofmann", "buero@fliesen-zorn.example", "bot-en", "zorn"), "bot-en", at(2025, 3, 12, 8, 17), [(me.name, me.email)], None,
     "AW: Belege Februar", list(th.refs),
     "Good morning,\n\nplease find the requested documents in the attachment. Open in your browser.\n\nBest regards\nGeorg Hofmann" + quote_of("bot-en", hof_ask_rec),
     atts=[("Rechnungen_Februar_2025.svg", (
         '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="560" viewBox="0 0 820 560">\n'
         '<rect width="820" height="560" fill="#f3f3f3"/>\n<rect x="210" y="120" width="400" height="300" rx="8" fill="#ffffff" stroke="#d0d0d0"/>\n'
         '<text x="410" y="200" font-family="Segoe UI, Arial" font-size="22" text-anchor="middle" fill="#333">Rechnungen_Februar_2025.pdf</text>\n'
         '<text x="410" y="240" font-family="Segoe UI, Arial" font-size="15" text-anchor="middle" fill="#666">Dokument wird geladen …</text>\n'
         '<a xlink:href="https://docs-viewer.filestream-cdn.example/v/' + alnum(22) + '?e=' + base64.b64encode(me.email.encode()).decode() + '">\n'
         '<rect x="320" y="300" width="180" height="44" rx="4" fill="#0a66c2"/><text x="410" y="328" font-family="Segoe UI, Arial" font-size="16" text-anchor="middle" '
         'fill="#fff">Dokument öffnen</text></a>\n<script type="text/javascript"><![CDATA[\n/* inert probe sample: the real lure redirects here with window.location */\n'
         'var target = "https://docs-viewer.filestream-cdn.example/v/";\n]]></script>\n</svg>\n').encode(), "image/svg+xml")],
     label=HJ("display-name-spoof"), infra="zorn", frm='"Georg Hofmann" <buero@fliesen-zorn.example>', no_html=True,
     scen=("A9", "Emotet-style: Hofmann's display name at an unrelated compromised business address, short generic English text in a German thread, "
                 "quotes Katrin's real request, SVG attachment with a link"))
th.add(hofmann, "Hallo Frau Bauer,\n\nwie eben am Telefon: Die zwei Mails von gestern und heute mit der Zip-Datei und der Bilddatei sind nicht von mir. Der Herr vom "
       "Computerladen sagt, auf dem Werkstatt-PC war ein Virus, der hat das Outlook benutzt. T-Online Passwort ist geändert. Bitte nichts davon öffnen.\n\n"
       "Die richtigen Rechnungen schicke ich morgen.", at(2025, 3, 12, 17, 41), label=G,
       scen=("P-T1-warn", "real Hofmann (same Outlook) warns that the two previous mails were not from him"))
th.add(hofmann, "Hallo Frau Bauer,\n\njetzt die echten Ausgangsrechnungen Februar und die Rechnung vom Kantenleimer.", at(2025, 3, 13, 19, 8), label=G,
       atts=[("SCN_6021.pdf", scan_pdf("9 Seiten", "20250313190200", producer="Brother ADS-1700W"), "application/pdf")])
th.add(me, "Danke, Herr Hofmann. Die beiden anderen Mails haben wir gelöscht, geöffnet wurde nichts.", at(2025, 3, 14, 8, 20))
for i, (y, m) in enumerate(MONTHS[7:], 7):
    py, pm = prev_month(y, m)
    y2, m2, d2 = bday(y, m, 3 + (i % 3))
    th.add(hofmann, R.choice(["Hallo Frau Bauer,\n\nanbei die Belege vom " + MONAT[pm - 1] + ".", "Hallo Frau Bauer,\n\nhier die Belege " + MONAT[pm - 1] + "."]),
           at(y2, m2, d2, 19, R.randint(5, 55)), atts=[(f"SCN_{R.randint(6100, 7999):04d}.pdf", scan_pdf(f"{R.randint(14, 38)} Seiten", f"{y}{m:02d}{d2:02d}1850{R.randint(10, 59)}",
                                                                                                     producer="Brother ADS-1700W"), "application/pdf")],
           subj=f"AW: Belege {MONAT[pm - 1]}", label=G)
    if (y, m) in HOF_ASK:
        ask, ans, with_att = HOF_ASK[(y, m)]
        d_ask = bday(y, m, d2 + 2); d_ans = bday(*nextday(*d_ask)); d_thx = bday(*nextday(*d_ans))
        th.add(me, ask, at(*d_ask, 9, R.randint(5, 50)))
        th.add(hofmann, ans, at(*d_ans, 18, R.randint(5, 55)), label=G)
        th.add(me, "Danke, damit ist der Monat vollständig.", at(*d_thx, 8, R.randint(10, 40)))
    else:
        th.add(me, R.choice(["Hallo Herr Hofmann,\n\nvielen Dank, die Belege sind vollständig angekommen.", "Hallo Herr Hofmann,\n\ndanke, alles da."]),
               at(*bday(y, m, d2 + 1), 8, R.randint(5, 55)))

# ---- T1b Hofmann: loan contract as password-protected PDF (G2), T1c new business account for the fee direct debit (G27)
t = Thread("T1b", hofmann, "Finanzierung Kantenanleimmaschine")
t.add(me, "Hallo Herr Hofmann,\n\nfür die Bilanz brauchen wir den Darlehensvertrag zur neuen Maschine (Tilgungsplan und Zinssatz). Können Sie uns den schicken?",
      at(2024, 11, 14, 10, 5))
t.add(hofmann, "Hallo Frau Bauer,\n\nder Vertrag kam von der Bank als PDF mit Kennwort. Ich hab ihn so weitergeleitet, das Kennwort sag ich Ihnen am Telefon, "
      "schreiben will ich es nicht.", at(2024, 11, 14, 18, 32), label=GH,
      scen=("G2", "client forwards the bank's password-protected PDF loan contract; password deliberately NOT in the mail (by phone)"),
      atts=[("Darlehensvertrag_4711-889.pdf", pdf(["Darlehensvertrag Nr. 4711-889"], encrypt=True, producer="PDFlib+PDI 10.0.1 (Linux)", when="20241113102200"),
             "application/pdf")])
t.add(me, "Danke, Kennwort hat funktioniert. Tilgungsplan ist übernommen.", at(2024, 11, 15, 8, 45))

# ================================================================ T2 Konditorei Lindner (GMX webmail, HTML only): Kasse/TSE, revived after 5 months (G18); daughter joins (G26)
t = Thread("T2", lindner, "Meldung Ihrer Kasse an das Finanzamt")
t.add(me, "Sehr geehrte Frau Lindner,\n\nab 2025 müssen elektronische Kassensysteme dem Finanzamt gemeldet werden (§ 146a Abs. 4 AO). Das übernehmen wir für Sie. "
      "Dafür brauchen wir von Ihrer Kasse: Hersteller und Modell, Seriennummer, Anschaffungsdatum und die Seriennummer der TSE (steht im Menü unter "
      "„Fiskalisierung“ oder auf dem Aufkleber am Gerät).", at(2024, 9, 17, 10, 22))
t.add(lindner, "Hallo Frau Bauer,\n\nKasse ist eine Vectron POS Touch 15, gekauft im März 2021. Seriennummer 2103-44817. Die TSE-Nummer finde ich nicht, "
      "mein Kassenhändler kommt nächste Woche, den frage ich.", at(2024, 9, 18, 20, 41), label=G)
t.add(me, "Danke, Frau Lindner, das reicht uns erst einmal. Die TSE-Nummer schicken Sie mir, sobald Sie sie haben.", at(2024, 9, 19, 8, 30))
t.add(lindner, "Hallo Frau Bauer,\n\nder Techniker hat es mir aufgeschrieben: TSE Swissbit, Seriennummer 9F3A-21C8-0B77-D4E1, Zertifikat bis 2027.",
      at(2024, 9, 26, 21, 5), label=G)
t.add(me, "Perfekt, vielen Dank. Wir melden das gesammelt für alle Mandanten, Sie müssen nichts weiter tun.", at(2024, 9, 27, 9, 2))
t.add(lindner, "Hallo Frau Bauer,\n\nich muss nochmal auf das Thema Kasse zurückkommen: Die Vectron ist letzte Woche kaputtgegangen, wir haben jetzt eine neue Kasse "
      "von Orderbird auf dem iPad. Muss ich das wieder irgendwo melden? Der Verkäufer meinte, das macht der Steuerberater.", at(2025, 2, 19, 21, 33), label=GH,
      scen=("G18", "client revives the cash-register thread after five months for a real reason (new POS system)"))
t.add(me, "Guten Morgen Frau Lindner,\n\nja, das melden wir: Außerbetriebnahme der alten Kasse und die neue Kasse mit TSE. Schicken Sie mir bitte vom neuen System "
      "die Seriennummer und das Datum der Inbetriebnahme – und heben Sie die alte Kasse bzw. deren Daten noch zehn Jahre auf.", at(2025, 2, 20, 8, 44))
t.add(lindner, "Das Gerät ist seit 12.02. in Betrieb, die Seriennummer lautet OB-DE-88213. Die alte Kasse steht im Keller.", at(2025, 2, 20, 22, 10), label=G)

tl = Thread("T2k", lindner, "Kassenberichte September")
for y, m, d_, hh in [(2024, 10, 7, 21), (2024, 11, 5, 22), (2024, 12, 4, 20), (2025, 1, 8, 21), (2025, 2, 5, 21), (2025, 3, 5, 22)]:
    py, pm = prev_month(y, m)
    tl.add(lindner, f"Hallo Frau Bauer,\n\nanbei die Tagesabschlüsse und das Kassenbuch vom {MONAT[pm - 1]}.", at(y, m, d_, hh, R.randint(0, 59)),
           subj=(f"Aw: Kassenberichte {MONAT[pm - 1]}" if tl.refs else f"Kassenberichte {MONAT[pm - 1]}"), label=G if tl.refs else None,
           atts=[(f"Kassenbuch_{pm:02d}_{py}.pdf", pdf([f"Konditorei Lindner - Kassenbuch {MONAT[pm - 1]} {py}", "Anfangsbestand / Einnahmen / Ausgaben / Endbestand"],
                                                      producer="Vectron Commander 8" if (y, m) < (2025, 3) else "orderbird MINI Reports",
                                                      when=f"{y}{m:02d}{d_:02d}200000"), "application/pdf")])
    tl.add(me, R.choice(["Guten Morgen Frau Lindner,\n\ndanke, ist angekommen.", "Hallo Frau Lindner,\n\nvielen Dank, die Berichte sind vollständig."]),
           at(*bday(y, m, d_ + 1), 8, R.randint(5, 55)))
    if m == 12:
        tl.add(lindner, "Danke! Ihnen und dem ganzen Büro schon mal schöne Feiertage – ich bring wieder Stollen vorbei.", at(y, m, d_ + 1, 20, 12), label=G)

tl.add(lindner, "Hallo Frau Bauer,\n\nnoch was anderes: Ab April macht meine Tochter Julia die Buchhaltung für das Café. Sie schickt Ihnen dann die Kassenberichte, "
       "ihre Adresse ist julia.lindner94@gmx.de. Sie darf auch alles fragen.", at(2025, 3, 18, 20, 55), label=G)
tl.add(me, "Hallo Frau Lindner, hallo Frau Lindner junior,\n\nvielen Dank für die Info, dann schreibe ich ab jetzt an Sie beide. Frau Julia Lindner, die Unterlagen "
       "brauchen wir immer bis zum 5. des Folgemonats; am einfachsten laden Sie sie im Belegportal hoch – die Zugangsdaten schicke ich Ihnen getrennt per Post.",
       at(2025, 3, 19, 9, 3), to=[(lindner.name, lindner.email), (julia.name, julia.email)], subj="AW: Kassenberichte – Buchhaltung ab April")
tl.add(julia, "Hallo Frau Bauer,\n\nvielen Dank! Der Brief mit dem Zugang ist angekommen, ich habe die Kassenberichte März gerade hochgeladen. "
       "Ist es okay, wenn ich die Kontoauszüge weiterhin per Mail schicke? Im Portal finde ich die Stelle dafür nicht.", at(2025, 4, 3, 21, 18), label=GH,
       cc=[(lindner.name, lindner.email)], scen=("G26", "the client's daughter (announced by her mother) writes for the first time from her own GMX address"))
tl.add(me, "Hallo Frau Lindner,\n\nja, gerne per Mail. Im Portal finden Sie es unter „Belege hochladen > Kontoauszüge“.", at(2025, 4, 4, 8, 51),
       to=[(julia.name, julia.email)], cc=[(lindner.name, lindner.email)])
tl.add(julia, "Gefunden, danke! Die Kontoauszüge April kommen dann Anfang Mai.", at(2025, 4, 4, 17, 2), label=G, cc=[(lindner.name, lindner.email)])
for y, m, d_ in [(2025, 5, 5), (2025, 6, 4), (2025, 7, 3)]:
    py, pm = prev_month(y, m)
    tl.add(julia, f"Hallo Frau Bauer,\n\nanbei die Kontoauszüge {MONAT[pm - 1]}, die Kassenberichte sind im Portal.", at(y, m, d_, 21, R.randint(0, 59)), label=G,
           cc=[(lindner.name, lindner.email)], subj=f"Aw: Kontoauszüge {MONAT[pm - 1]}",
           atts=[(f"Kontoauszug_{pm:02d}-{py}.pdf", pdf([f"Kontoauszug {MONAT[pm - 1]} {py} - Konditorei & Café Lindner"], producer="Sparkasse Nürnberg Postfach",
                                                       when=f"{y}{m:02d}0206{R.randint(10, 59)}00"), "application/pdf")])
    tl.add(me, "Danke, Frau Lindner!", at(*bday(y, m, d_ + 1), 8, R.randint(5, 55)), to=[(julia.name, julia.email)], cc=[(lindner.name, lindner.email)])

# ================================================================ T3 Physiotherapie Yilmaz (web.de; Apple Mail on the Mac, iPhone Mail): ESt 2023, ESt 2024; A3 ATO
t = Thread("T3a", yilmaz, "Einkommensteuererklärung 2023 – Unterlagen")
t.add(me, "Sehr geehrter Herr Yilmaz,\n\nfür Ihre Einkommensteuererklärung 2023 benötigen wir noch: die Bescheinigung Ihrer Krankenversicherung, die "
      "Spendenquittungen und den Nachweis zur Praxisfinanzierung (Zinsen 2023). Die Checkliste hänge ich Ihnen an.", at(2024, 9, 11, 11, 5),
      atts=[("Checkliste_ESt_2023.pdf", pdf(["Checkliste Einkommensteuererklärung 2023", "Praxis: EÜR-Unterlagen", "Vorsorge: KV/PV-Bescheinigung",
                                             "Sonderausgaben: Spenden", "Finanzierung: Zinsbescheinigung"], when="20240911105800", zone="+02'00'"), "application/pdf")])
t.add(yilmaz, "Hallo Frau Bauer,\n\nanbei die KV-Bescheinigung und die Zinsbescheinigung der Bank. Die Spendenquittungen muss ich noch suchen.",
      at(2024, 9, 16, 19, 42), label=G, atts=[("KV_Bescheinigung_2023.pdf", pdf(["Bescheinigung über Beiträge zur Kranken- und Pflegeversicherung 2023"],
                                                                                  producer="iText 7.2.5", when="20240116080000"), "application/pdf"),
                                              ("Zinsbescheinigung_2023.pdf", pdf(["Jahreszinsbescheinigung 2023 - Darlehen 88104412"], producer="PDFlib+PDI 10.0.1",
                                                                                 when="20240108060000"), "application/pdf")])
t.add(me, "Danke, Herr Yilmaz. Die Spendenquittungen reichen bis Ende des Monats.", at(2024, 9, 17, 8, 40))
t.add(yilmaz, "Hier noch die zwei Spendenquittungen (Tafel und Tierheim). Mehr habe ich nicht gefunden.", at(2024, 9, 29, 20, 3), label=G, client="iphone",
      sig="\n\nVon meinem iPhone gesendet", atts=[("Scan 29.09.24.pdf", pdf(["[Scan] Zuwendungsbestätigung Nürnberger Tafel e.V.", "[Scan] Zuwendungsbestätigung Tierheim Nürnberg"],
                                                                           producer="iOS Version 17.6.1 (Build 21G93) Quartz PDFContext", when="20240929200100",
                                                                           zone="+02'00'"), "application/pdf")])
t.add(me, "Vielen Dank, jetzt ist alles vollständig. Wir melden uns mit dem Entwurf.", at(2024, 9, 30, 9, 15))
t.add(me, "Sehr geehrter Herr Yilmaz,\n\nder Bescheid für 2023 ist da und entspricht unserer Berechnung: Erstattung 1.214,00 €, die in den nächsten Tagen auf Ihrem "
      "Konto eingehen sollte. Den Bescheid lege ich Ihnen ins Portal.", at(2024, 11, 13, 10, 12))
t.add(yilmaz, "Super, vielen Dank Frau Bauer!", at(2024, 11, 13, 12, 47), label=G, client="iphone", sig="\n\nVon meinem iPhone gesendet")

t3 = Thread("T3b", yilmaz, "Einkommensteuer 2024 – Unterlagen")
t3.add(me, "Sehr geehrter Herr Yilmaz,\n\nes ist wieder so weit: Für die Erklärung 2024 brauchen wir die gleichen Unterlagen wie im Vorjahr, dazu die Rechnung für "
       "die neue Behandlungsliege (Abschreibung). Wenn es Ihnen leichter fällt, können Sie die Belege auch mit dem Handy einscannen und schicken.",
       at(2025, 3, 10, 10, 30))
t3.add(yilmaz, "Hallo Frau Bauer, hier schon mal alles was ich heute Abend gefunden habe. Die Liege kommt noch. Sorry für die Uhrzeit, vorher keine Zeit gehabt.",
       at(2025, 3, 26, 23, 41), label=GH, client="iphone", sig="\n\nVon meinem iPhone gesendet",
       scen=("G3", "client replies from his iPhone at 23:41 with three phone-scanned PDFs (the Kanzlei suggested scanning with the phone)"),
       atts=[(f"Scan 26.03.25, 23.{R.randint(10, 39)}.pdf", pdf([f"[Scan] Beleg {k + 1}"], producer="iOS Version 18.3.2 (Build 22D82) Quartz PDFContext",
                                                                when=f"2025032623{R.randint(10, 39)}00"), "application/pdf") for k in range(3)])
t3.add(me, "Guten Morgen Herr Yilmaz,\n\nkein Problem, danke! Es ist alles gut lesbar angekommen.", at(2025, 3, 27, 8, 12))
t3.add(yilmaz, "Hallo Frau Bauer,\n\nanbei noch die Rechnung für die Liege. Damit sollten Sie alles haben.", at(2025, 4, 7, 18, 22), label=G,
       atts=[("Rechnung_Behandlungsliege.pdf", pdf(["Rechnung 2024-1187 - Therapieliege Elektro 3-teilig", "Betrag: 2.890,00 EUR brutto"], producer="Microsoft® Word für Microsoft 365",
                                                   when="20241105120000"), "application/pdf")])
t3.add(me, "Sehr geehrter Herr Yilmaz,\n\nIhre Erklärung 2024 ist heute an das Finanzamt übermittelt worden. Nach unserer Berechnung ergibt sich eine Erstattung "
       "von rund 1.870 €; sie geht wie immer auf Ihr Konto bei der Sparkasse. Den Bescheid prüfen wir, sobald er da ist.", at(2025, 6, 2, 11, 4))
ylz_rec = dict(t3.last)
t3.add(yilmaz, "Hallo Frau Bauer,\n\ndanke für Info. Bitte ändern Sie für die Erstattung die Bankverbindung, mein Konto bei der Sparkasse wird gerade aufgelöst "
       "wegen Umzug der Praxis. Neue Konto:\n\nKontoinhaber: Emre Yilmaz\nIBAN: DE47 5002 4024 0031 8827 45\nBank: C24 Bank\n\nBitte geben Sie es dem Finanzamt "
       "schnell weiter damit die Erstattung auf das neue Konto kommt. Ich bin diese Woche auf Fortbildung und telefonisch nicht erreichbar, bitte bestätigen Sie per "
       "Mail wenn erledigt.\n\nGruß\nEmre Yilmaz", at(2025, 6, 4, 15, 27), label=HJ("account-takeover"), client="webde", infra="webde", sig=False,
       quote_text="Sehr geehrter Herr Yilmaz,\n\nIhre Erklärung 2024 ist heute an das Finanzamt übermittelt worden. Nach unserer Berechnung ergibt sich eine Erstattung "
                  "von rund 1.870 €; sie geht wie immer auf Ihr Konto bei der Sparkasse.",
       orig_ip="102.89.34.171", date_tz=BER,
       scen=("A3", "client's real web.de account used from web.de webmail and a foreign IP (he always writes from Apple Mail/iPhone): change the IBAN for the "
                   "tax refund to an online bank, 'not reachable by phone'; trimmed quote"))
t3.add(me, "Sehr geehrter Herr Yilmaz,\n\neine Änderung der Bankverbindung gegenüber dem Finanzamt nehmen wir nur nach Rücksprache am Telefon und mit Ihrer "
       "Unterschrift vor. Ich rufe Sie morgen in der Praxis an.", at(2025, 6, 5, 8, 15))
t3.add(yilmaz, "Frau Bauer, ich habe Ihnen keine Mail wegen Konto geschrieben! Mein Konto bei der Sparkasse bleibt. Ich ändere sofort das Passwort bei web.de. "
       "Danke dass Sie angerufen haben.", at(2025, 6, 5, 12, 40), label=G, client="iphone", sig="\n\nVon meinem iPhone gesendet",
       scen=("P-T3b-warn", "the real client (iPhone) confirms he did not send the bank-change request"))


# ================================================================ T4 Autohaus Kessler (IONOS, Thunderbird): monthly ZIP of Belege; G1, G16 (internal FW), G33; A1 IMG
def kessler_zip(py, pm, when):
    return zipb([(f"Eingangsrechnungen_{py}-{pm:02d}.pdf", scan_pdf(f"{R.randint(20, 60)} Seiten", f"{when[0]}{when[1]:02d}{when[2]:02d}100000", "KONICA MINOLTA bizhub C250i")),
                 (f"Kasse_{py}-{pm:02d}.pdf", scan_pdf(f"{R.randint(4, 12)} Seiten", f"{when[0]}{when[1]:02d}{when[2]:02d}101500", "KONICA MINOLTA bizhub C250i")),
                 (f"Kontoauszuege_{py}-{pm:02d}.pdf", pdf([f"Kontoauszüge {MONAT[pm - 1]} {py}"], producer="S-Firm 4.2", when=f"{when[0]}{when[1]:02d}{when[2]:02d}093000"))],
                when)


KES_ASK = {
    (2024, 10): ("Hallo Frau Kessler,\n\ndanke für die Belege September. Mir fehlen die Gutschrift von der Leasinggesellschaft für den zurückgegebenen "
                 "Vorführwagen (ca. 1.900 €) und die Rechnung der Reifeneinlagerung. Haben Sie die?",
                 "Hallo Frau Bauer,\n\nbeide gefunden, lagen beim Verkauf. Ich habe sie Ihnen als Zip angehängt, weil es mehrere Seiten sind.", "zip"),
    (2025, 1): ("Hallo Frau Kessler,\n\nvielen Dank für die Dezember-Belege. Für den Jahresabschluss bräuchte ich zusätzlich die Inventurliste Fahrzeuge und "
                "Teilelager zum 31.12. sowie die Saldenbestätigung der Herstellerbank.",
                "Hallo Frau Bauer,\n\ndie Inventurlisten und die Saldenbestätigung sind im Anhang gezippt – die Teileliste ist als Excel dabei, weil sie sonst "
                "80 Seiten hätte.", "zip-g1"),
    (2025, 3): ("Hallo Frau Kessler,\n\ndie Februar-Belege sind da. Eine Rückfrage: die Barentnahme über 2.000 € am 14.02. – ist das eine Privatentnahme "
                "von Herrn Kessler oder Wechselgeld für die Kasse?",
                "Hallo Frau Bauer,\n\nWechselgeld, wir hatten den Tresor aufgefüllt. Quittung liegt in der Kasse, habe ich nachgescannt.", "pdf"),
}
def kessler_may(th):
    # May 2025: Katrin asks for missing April documents; Kessler's PC/mailbox is abused on Saturday morning (A1)
    th.add(me, "Hallo Frau Kessler,\n\ndanke für die Belege April. Es fehlen noch die Leasingrechnung für den neuen Vorführwagen (ID.7) und die Tankbelege "
           "der Überführungsfahrten. Schicken Sie mir die bitte noch?", at(2025, 5, 7, 11, 3))
    iso_files = [("BELEGE_APRIL_2025.LNK", lnk("..\\..\\..\\Windows\\System32\\cmd.exe", "/c echo inert-probe-sample", "Belege April 2025",
                                               "%SystemRoot%\\System32\\imageres.dll,2"), False),
                 ("BELEGE.DAT", b"MZ" + rbytes(4000), True), ("START.CMD", b"@echo off\r\nrem inert probe placeholder\r\n", True)]
    th.add(kessler, "Hallo Frau Bauer,\n\nanbei die fehlenden Belege für April (Leasingrechnung ID.7 und die Tankbelege der Überführungen). Die Datei ist diesmal "
           "als Abbild gespeichert, weil unser Scanner die Zip zu groß gemacht hat – einfach doppelklicken, dann öffnet sich der Ordner mit den Belegen.",
           at(2025, 5, 10, 6, 52), label=HJ("server-hijack"), detached=True,
           scen=("A1", "client's real IONOS account and Thunderbird headers on a Saturday 06:52: context-aware text, faithful quote, disk image (.img) holding a .lnk"),
           atts=[("Belege_April_2025.img", iso9660("BELEGE_APRIL", iso_files, (2025, 5, 10, 6, 40, 0)), "application/octet-stream")])
    th.add(kessler, "Hallo Frau Bauer,\n\nbitte die Mail vom Samstag mit der „Abbild“-Datei nicht öffnen, die kommt nicht von uns! Am Samstag war niemand im Büro. "
           "Unser Rechner in der Buchhaltung ist jetzt beim IT-Dienstleister. Die richtigen Belege schicke ich gleich normal.", at(2025, 5, 12, 8, 4), label=G,
           scen=("P-T4-warn", "the real client warns about Saturday's mail"))
    th.add(kessler, "Hier die Leasingrechnung und die Tankbelege.", at(2025, 5, 12, 9, 37), label=G,
           atts=[("Leasing_ID7_Tankbelege.pdf", scan_pdf("5 Seiten", "20250512093000", "KONICA MINOLTA bizhub C250i"), "application/pdf")])
    th.add(me, "Danke, Frau Kessler. Die Mail vom Samstag ist gelöscht, geöffnet hat sie bei uns niemand.", at(2025, 5, 12, 10, 15))


kes_threads = {}
th = Thread("T4", kessler, "Belege August 2024")
for i, (y, m) in enumerate(MONTHS):
    py, pm = prev_month(y, m)
    y2, m2, d2 = bday(y, m, 5)
    kes_threads[(y, m)] = th
    first = not th.refs
    th.add(kessler, R.choice([f"Hallo Frau Bauer,\n\nanbei die Belege für {MONAT[pm - 1]} {py} (Eingangsrechnungen, Kasse, Kontoauszüge).",
                              f"Guten Morgen Frau Bauer,\n\nhier die Unterlagen {MONAT[pm - 1]} als Zip wie immer.",
                              f"Hallo Frau Bauer,\n\ndie Belege {MONAT[pm - 1]} hänge ich Ihnen an. Die Ausgangsrechnungen kommen über das Portal."]),
           at(y2, m2, d2, 10, R.randint(0, 59)), atts=[(f"Belege_{py}-{pm:02d}.zip", kessler_zip(py, pm, (y2, m2, d2, 10, 20, 0)), "application/x-zip-compressed")],
           subj=(f"Belege {MONAT[pm - 1]} {py}" if first else f"Re: Belege {MONAT[pm - 1]} {py}"), label=None if first else G)
    if (y, m) in KES_ASK:
        ask, ans, kind = KES_ASK[(y, m)]
        th.add(me, ask, at(*bday(y, m, d2 + 1), 14, R.randint(0, 50)))
        ya, ma, da = bday(y, m, d2 + 2)
        if kind == "zip":
            at_ = [(f"Nachtrag_{py}-{pm:02d}.zip", zipb([("Gutschrift_Leasing_VFW.pdf", scan_pdf("2 Seiten", f"{ya}{ma:02d}{da:02d}093000", "KONICA MINOLTA bizhub C250i")),
                                                         ("Reifeneinlagerung_09.pdf", scan_pdf("1 Seite", f"{ya}{ma:02d}{da:02d}093100", "KONICA MINOLTA bizhub C250i"))],
                                                        (ya, ma, da, 9, 35, 0)), "application/x-zip-compressed")]
            th.add(kessler, ans, at(ya, ma, da, 9, R.randint(36, 59)), label=G, atts=at_)
        elif kind == "zip-g1":
            at_ = [("Inventur_31-12-2024.zip", zipb([("Inventur_Fahrzeuge_31.12.2024.pdf", pdf(["Inventur Fahrzeugbestand 31.12.2024", "Neuwagen: 7 / Gebrauchtwagen: 23"],
                                                                                            producer="Microsoft® Excel® 2021", when="20250108111000")),
                                                     ("Inventur_Teilelager_31.12.2024.xlsx", ooxml_xlsx([["Teilenummer", "Bezeichnung", "Menge", "EK netto"],
                                                                                                       ["8W0-698-151-AB", "Bremsbelagsatz VA", 14, 61.2],
                                                                                                       ["5Q0-615-301-H", "Bremsscheibe VA", 8, 88.5],
                                                                                                       ["04E-115-561-T", "Ölfilter", 55, 9.4]], "Inventur",
                                                                                                      creator="Petra Kessler", when="2025-01-08T10:52:00Z")),
                                                     ("Saldenbestaetigung_Herstellerbank.pdf", scan_pdf("2 Seiten", "20250108112000", "KONICA MINOLTA bizhub C250i"))],
                                                    (2025, 1, 8, 11, 25, 0)), "application/x-zip-compressed")]
            th.add(kessler, ans, at(ya, ma, da, 11, R.randint(26, 59)), label=GH, atts=at_,
                   scen=("G1", "client sends the year-end inventory lists Katrin asked for as a ZIP (xlsx + PDFs) - the thread always carries ZIPs"))
        else:
            th.add(kessler, ans, at(ya, ma, da, 15, R.randint(0, 59)), label=G,
                   atts=[("Quittung_Wechselgeld_14-02.pdf", scan_pdf("1 Seite", f"{ya}{ma:02d}{da:02d}150000", "KONICA MINOLTA bizhub C250i"), "application/pdf")])
        th.add(me, R.choice(["Danke, Frau Kessler, damit ist alles da.", "Vielen Dank, passt."]), at(*bday(ya, ma, da + 1), 8, R.randint(0, 59)))
    elif (y, m) == (2025, 5):
        kessler_may(th)
    else:
        th.add(me, R.choice(["Hallo Frau Kessler,\n\ndanke, ist angekommen.", "Hallo Frau Kessler,\n\nvielen Dank, die Belege sind vollständig.",
                             "Danke, Frau Kessler – alles da."]), at(*bday(y, m, d2 + 1), 9, R.randint(0, 59)))

# the Finanzamt's request for Kessler, forwarded internally by Wendler (G16); Thomas Kessler answers himself (G33)
fa_pdf = scan_pdf("2 Seiten", "20241016082500", "RICOH IM C3000")
emit(wendler, "kwp", at(2024, 10, 16, 8, 41), [(me.name, me.email)], None, "WG: Anforderung von Unterlagen – Autohaus Kessler GmbH, Umsatzsteuer 2023", [],
     "Frau Bauer,\n\nbitte bei Frau Kessler die vom Finanzamt angeforderten Unterlagen (Fahrzeugeinkäufe aus Österreich, Gelangensbestätigungen) anfordern. "
     "Frist ist der 15.11. Das Schreiben kam heute per Post, Scan anbei." + wendler.sig +
     "\n\nVon: Scanner Kanzlei <scanner@kanzlei-wendler.example>\nGesendet: Mittwoch, 16. Oktober 2024 08:25\nAn: Dr. Thomas Wendler <t.wendler@kanzlei-wendler.example>\n"
     "Betreff: Scan RICOH IM C3000\n\nGescanntes Dokument im Anhang.",
     atts=[("Scan_20241016_082512.pdf", fa_pdf, "application/pdf")], label=GH, topic="Anforderung von Unterlagen – Autohaus Kessler GmbH, Umsatzsteuer 2023",
     scen=("G16", "the Kanzlei owner forwards (WG:) the scanned Finanzamt letter internally with a PDF attachment"))
tk = Thread("T4fa", kessler, "Anfrage Finanzamt Fürth: Fahrzeugeinkäufe Österreich 2023", cc=[(tkessler.name, tkessler.email)])
tk.add(me, "Hallo Frau Kessler, hallo Herr Kessler,\n\ndas Finanzamt Fürth hat zur Umsatzsteuer 2023 Unterlagen zu den drei Fahrzeugeinkäufen aus Österreich "
       "angefordert: Kaufverträge, Rechnungen und die Gelangensbestätigungen bzw. Transportnachweise. Frist ist der 15.11. – könnten Sie uns die Unterlagen "
       "bis 8.11. zusammenstellen?", at(2024, 10, 16, 10, 12))
tk.add(tkessler, "Hallo Frau Bauer,\n\ndie Fahrzeuge habe ich selbst in Linz und Salzburg gekauft. Die Transportnachweise hat der Spediteur, ich habe "
       "ihn angeschrieben. Die Verträge bringt Frau Kessler nächste Woche vorbei, dann haben Sie die Originale.", at(2024, 10, 17, 7, 48), label=GH,
       cc=[(kessler.name, kessler.email)],
       scen=("G33", "the client's managing director writes in the thread for the first time (new participant, same company infrastructure)"))
tk.add(me, "Danke, Herr Kessler, dann warten wir auf die Unterlagen.", at(2024, 10, 17, 9, 2), to=[(tkessler.name, tkessler.email)], cc=[(kessler.name, kessler.email)])
tk.add(kessler, "Hallo Frau Bauer,\n\nVerträge und CMR-Frachtbriefe habe ich Ihnen heute in den Briefkasten geworfen. Die Gelangensbestätigung für den dritten "
       "Wagen kommt direkt vom Spediteur per Post.", at(2024, 11, 6, 16, 21), label=G, cc=[(tkessler.name, tkessler.email)])

# ================================================================ T5 Weinhandel Brandl (Strato; Apple Mail, from Feb 2025 Outlook for Mac): G5, A4, G4
t = Thread("T5a", brandl, "SEPA-Lastschriftmandat für unsere Honorare")
t.add(me, "Sehr geehrter Herr Brandl,\n\nwie besprochen stellen wir die Abrechnung unserer Honorare auf Lastschrift um. Anbei das Mandat – bitte unterschreiben "
      "und eingescannt oder per Post zurückschicken.", at(2024, 10, 2, 14, 5),
      atts=[("SEPA-Lastschriftmandat_Wendler.pdf", pdf(["SEPA-Firmenlastschrift-Mandat", "Gläubiger-ID: DE98ZZZ00000555123", "Mandatsreferenz: KWP-10277",
                                                         "Zahlungsempfänger: Wendler & Partner mbB"], when="20241002135900", zone="+02'00'"), "application/pdf")])
t.add(brandl, "Hallo Frau Bauer,\n\nunterschrieben zurück, das Original geht mit der Post.", at(2024, 10, 7, 17, 26), label=GH,
      scen=("G5", "client returns the signed SEPA mandate (scan with his IBAN) that the Kanzlei sent him"),
      atts=[("Scan_Lastschriftmandat.pdf", scan_pdf("1 Seite", "20241007172000", "Canon PIXMA TS5350"), "application/pdf")])
t.add(me, "Danke, Herr Brandl. Der erste Einzug erfolgt mit der Oktober-Rechnung.", at(2024, 10, 8, 8, 31))

t5 = Thread("T5b", brandl, "Kassenbuch und Belege 2024")
t5.add(brandl, "Hallo Frau Bauer,\n\nanbei das Kassenbuch August und die Einkaufsbelege der Weingüter.", at(2024, 9, 9, 18, 14),
       atts=[("Kassenbuch_2024-08.xlsx", ooxml_xlsx([["Datum", "Text", "Einnahme", "Ausgabe", "Bestand"], ["01.08.2024", "Anfangsbestand", "", "", 612.4],
                                                     ["02.08.2024", "Tageslosung", 1384.5, "", 1996.9]], "August", creator="Florian Brandl", when="2024-09-09T16:05:00Z"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
             ("Belege_Einkauf_08.pdf", scan_pdf("12 Seiten", "20240909180000", "Canon PIXMA TS5350"), "application/pdf")])
t5.add(me, "Danke, Herr Brandl, ist vollständig.", at(2024, 9, 10, 8, 44))
for (y, m, d_), pm in [((2024, 10, 8), 9), ((2024, 11, 6), 10)]:
    t5.add(brandl, R.choice([f"Hallo Frau Bauer,\n\nhier kommt der {MONAT[pm - 1]}.", f"Hallo Frau Bauer,\n\nKassenbuch {MONAT[pm - 1]} und Belege anbei."]),
           at(y, m, d_, 18, R.randint(0, 59)), label=G,
           atts=[(f"Kassenbuch_2024-{pm:02d}.xlsx", ooxml_xlsx([["Datum", "Text", "Einnahme", "Ausgabe", "Bestand"], [f"01.{pm:02d}.2024", "Anfangsbestand", "", "", 540.1]],
                                                               MONAT[pm - 1], creator="Florian Brandl", when=f"{y}-{m:02d}-{d_:02d}T16:00:00Z"),
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                 (f"Belege_Einkauf_{pm:02d}.pdf", scan_pdf(f"{R.randint(8, 16)} Seiten", f"{y}{m:02d}{d_:02d}180000", "Canon PIXMA TS5350"), "application/pdf")])
    t5.add(me, R.choice(["Danke, ist angekommen.", "Vielen Dank, Herr Brandl."]), at(*bday(y, m, d_ + 1), 8, R.randint(10, 50)))
t5.add(brandl, "Guten Morgen Frau Bauer,\n\ndas Kassenbuch November und die Einkaufsbelege sind diesmal zu groß für eine Mail (viele Lieferscheine vom "
       "Weihnachtsgeschäft). Ich habe Ihnen alles über Google Drive freigegeben:\n\nhttps://drive.google.com/file/d/1qT" + alnum(30) + "/view?usp=sharing\n\n"
       "Bitte kurz herunterladen und Bescheid geben, ob es geklappt hat.", at(2024, 12, 5, 3, 12), label=HJ("server-hijack"), detached=True,
       scen=("A4", "client's real Strato mailbox with his Apple Mail headers at 03:12: 'too big' Kassenbuch as a Google Drive link (a link he never used), "
                   "faithful quote"))
t5.add(brandl, "Frau Bauer, Sie haben völlig recht – die Mail von heute Nacht war nicht von mir, ich schlafe um drei Uhr. Strato hat mein Passwort "
       "zurückgesetzt. Das Kassenbuch November schicke ich am Wochenende ganz normal.", at(2024, 12, 5, 11, 2), label=G,
       scen=("P-T5-warn", "the real client confirms the Google Drive mail was not his"))
t5.add(brandl, "Hallo Frau Bauer,\n\njetzt das richtige Kassenbuch November.", at(2024, 12, 7, 10, 41), label=G,
       atts=[("Kassenbuch_2024-11.xlsx", ooxml_xlsx([["Datum", "Text", "Einnahme", "Ausgabe", "Bestand"], ["01.11.2024", "Anfangsbestand", "", "", 702.0]],
                                                    "November", creator="Florian Brandl", when="2024-12-07T09:35:00Z"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t5.add(me, "Danke, Herr Brandl. Den Google-Link hatten wir nicht geöffnet.", at(2024, 12, 9, 8, 22))

t = Thread("T5c", brandl, "Weihnachtspräsente für Mandanten")
t.add(me, "Hallo Herr Brandl,\n\nwie im letzten Jahr hätten wir gern 28 Präsentkartons mit je zwei Flaschen (Silvaner trocken und den Rotwein von der Mosel), "
      "Abholung am 12.12. Rechnung bitte an die Kanzlei.", at(2024, 11, 25, 11, 14))
t.add(brandl, "Hallo Frau Bauer,\n\ngerne, notiert. Den Rotwein gibt es nur noch als 2022er, ist aber der gleiche Winzer. Ich lege Ihnen eine Flasche zum Probieren "
      "dazu.", at(2024, 11, 25, 17, 52), label=G)
t.add(me, "Wunderbar, danke! Der 2022er ist völlig in Ordnung.", at(2024, 11, 26, 8, 40))
t.add(brandl, "Die Kartons stehen bereit. Rechnung liegt bei.", at(2024, 12, 11, 16, 35), label=G,
      atts=[("Rechnung_2024-1412.pdf", pdf(["Weinhandel Brandl e.K. - Rechnung 2024-1412", "28 Präsentkartons à 34,90 EUR", "Summe brutto 977,20 EUR"],
                                           producer="Lexware faktura+auftrag 2024", when="20241211163000"), "application/pdf")])

t5.add(brandl, "Hallo Frau Bauer,\n\nkurze Info: Mein alter Mac hat den Geist aufgegeben. Ab nächster Woche schreibe ich vom neuen MacBook mit Outlook, nicht "
       "dass Sie sich wundern, wenn meine Mails anders aussehen. Adresse bleibt gleich.", at(2025, 1, 20, 19, 3), label=G, subj="Re: Neuer Rechner")
t5.add(me, "Danke für die Info, Herr Brandl. Nach der Sache im Dezember ist das gut zu wissen.", at(2025, 1, 21, 8, 30))

t5e = Thread("T5e", brandl, "Kassenbuch 2025 – neue Vorlage")
t5e.add(me, "Hallo Herr Brandl,\n\nfür 2025 gibt es eine neue Kassenbuch-Vorlage mit Spalte für die Kartenzahlungen (wegen der neuen Kasse). Bitte ab Januar diese "
        "verwenden.", at(2025, 1, 27, 10, 5),
        atts=[("Kassenbuch_Vorlage_2025.xlsx", ooxml_xlsx([["Datum", "Text", "Bar", "Karte", "Ausgabe", "Bestand"]], "Vorlage", creator="Katrin Bauer",
                                                          when="2025-01-27T08:50:00Z"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
for k, ((y, m, d_), pm) in enumerate([((2025, 2, 4), 1), ((2025, 3, 5), 2), ((2025, 4, 7), 3), ((2025, 5, 6), 4), ((2025, 6, 4), 5), ((2025, 7, 7), 6)]):
    lab, sc = (GH, ("G4", "client's first mail from his new Outlook for Mac (client change announced two weeks earlier), same Strato infrastructure")) if k == 0 else (G, None)
    t5e.add(brandl, R.choice([f"Hallo Frau Bauer,\n\nanbei Kassenbuch {MONAT[pm - 1]} in der neuen Vorlage.", f"Hallo Frau Bauer,\n\nhier der {MONAT[pm - 1]}."]),
            at(y, m, d_, 18, R.randint(0, 59)), label=lab, scen=sc, client="macol",
            atts=[(f"Kassenbuch_2025-{pm:02d}.xlsx", ooxml_xlsx([["Datum", "Text", "Bar", "Karte", "Ausgabe", "Bestand"], [f"01.{pm:02d}.2025", "Anfangsbestand", "", "", "", 655.3]],
                                                                MONAT[pm - 1], creator="Florian Brandl", when=f"{y}-{m:02d}-{d_:02d}T16:00:00Z"),
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    if k in (0, 2, 4):
        t5e.add(me, R.choice(["Danke, Herr Brandl – die neue Vorlage passt.", "Vielen Dank, ist angekommen."]), at(*bday(y, m, d_ + 1), 8, R.randint(5, 55)))


# ================================================================ T6 Metallbau Schuster (M365, Outlook desktop): O2, G20, G17, G30, G8, G31; A16 ATO via OWA
t = Thread("T6a", aschuster, "Jahresabschluss 2023 – offene Punkte")
t.add(me, "Sehr geehrte Frau Schuster,\n\nfür den Jahresabschluss 2023 sind noch drei Punkte offen:\n1. Urlaubsrückstellung: Resturlaubstage je Mitarbeiter zum 31.12.2023\n"
      "2. Anlagenzugang Abkantpresse: Rechnung über die Anzahlung\n3. Forderung Bauträger Keller GmbH (23.800 €): ist die noch werthaltig?\n\n"
      "Über eine kurze Rückmeldung bis Ende nächster Woche würde ich mich freuen.", at(2024, 9, 12, 9, 40))
t.add(aschuster, "Sehr geehrte Frau Bauer,\n\nzu 2: die Anzahlungsrechnung ist im Portal (hochgeladen am 10.09.). Zu 3: Keller GmbH hat Insolvenz angemeldet, wir "
      "haben die Forderung beim Insolvenzverwalter angemeldet – bitte voll abschreiben. Die Urlaubsliste schickt Frau Weiß nächste Woche.", at(2024, 9, 13, 14, 5), label=G)
t.add(me, "Danke, Frau Schuster. Dann warte ich auf die Urlaubsliste.", at(2024, 9, 16, 8, 20))
t.add(aschuster, "Hier die Urlaubsliste – Frau Weiß ist diese Woche krank, ich habe sie selbst exportiert.", at(2024, 9, 18, 16, 44), label=G,
      atts=[("Resturlaub_31.12.2023.xlsx", ooxml_xlsx([["Personalnr.", "Name", "Resturlaub Tage"], [1004, "Bauer, M.", 6], [1011, "Çelik, H.", 3.5], [1019, "Nowak, P.", 11]],
                                                      "Resturlaub", creator="Andrea Schuster", when="2024-09-18T14:30:00Z"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t.add(me, "Vielen Dank, damit ist alles komplett.", at(2024, 9, 19, 8, 5))

w_mid = f"<{hx(32)}@{EX}>"; w_t = at(2024, 10, 21, 17, 12)
w_text = ("Sehr geehrte Frau Schuster,\n\nfür die Gesellschafterversammlung schlage ich vor, den Gewinn 2023 der Komplementär-GmbH vollständig vorzutragen und bei der KG "
          "wie im Vorjahr 60 % zu entnehmen. Den Entwurf des Beschlusses schicke ich Ihnen gern vorab." + wendler.sig)
emit(aschuster, "exo", at(2024, 10, 22, 9, 3), [(wendler.name, wendler.email)], [(me.name, me.email)], "AW: Gewinnverwendung 2023 / Gesellschafterversammlung", [w_mid],
     "Sehr geehrter Herr Dr. Wendler,\n\neinverstanden, bitte so vorbereiten. Ich nehme Frau Bauer in Kopie, damit sie einen Termin für die Unterschrift mit meinem "
     "Mann und mir abstimmen kann – am besten in der Woche ab 4.11." + aschuster.sig
     + quote_of("exo", dict(t=w_t, name=wendler.name, email=wendler.email, plain=w_text, subj="Gewinnverwendung 2023 / Gesellschafterversammlung",
                            to=[(aschuster.name, aschuster.email)], cc=[])),
     label=GO, topic="Gewinnverwendung 2023 / Gesellschafterversammlung",
     scen=("O2", "client replies to the Kanzlei owner's mail and adds Katrin in Cc; the parent (Wendler -> client) is not in Katrin's mailbox"))
t6b = Thread("T6b", aschuster, "Neuer Ansprechpartner in der Buchhaltung", cc=[(maurer.name, maurer.email)])
t6b.add(aschuster, "Sehr geehrte Frau Bauer,\n\nFrau Weiß geht Ende Januar in den Ruhestand. Ab 15.01. übernimmt Herr Benedikt Maurer (in Kopie) die "
        "Finanzbuchhaltung und ist Ihr Ansprechpartner für Belege und Rückfragen. Bitte richten Sie ihm auch einen Zugang zum Belegportal ein.", at(2025, 1, 9, 11, 20))
t6b.add(me, "Sehr geehrte Frau Schuster, sehr geehrter Herr Maurer,\n\nvielen Dank für die Info und herzlich willkommen, Herr Maurer! Den Portalzugang richten wir "
        "ein; die Zugangsdaten kommen per Post an Sie persönlich.", at(2025, 1, 9, 13, 2), cc=[(maurer.name, maurer.email)])
t6b.add(maurer, "Sehr geehrte Frau Bauer,\n\nvielen Dank für den freundlichen Empfang. Der Brief mit den Zugangsdaten ist da, die Anmeldung hat geklappt. "
        "Ich lade die Dezember-Belege diese Woche hoch. Gibt es eine Übersicht, welche Kontierungshinweise Sie von uns erwarten?", at(2025, 1, 16, 10, 31), label=GH,
        cc=[(aschuster.name, aschuster.email)], scen=("G20", "the client's new bookkeeper (announced by the managing director) writes for the first time"))
t6b.add(me, "Sehr geehrter Herr Maurer,\n\nschön, dass es geklappt hat. Unser Merkblatt für die Belegübergabe hänge ich an.", at(2025, 1, 16, 14, 12),
        to=[(maurer.name, maurer.email)], cc=[(aschuster.name, aschuster.email)],
        atts=[("Merkblatt_Beleguebergabe.pdf", pdf(["Wendler & Partner - Merkblatt Belegübergabe", "1. Upload bis zum 10. des Folgemonats", "2. Kontoauszüge vollständig",
                                                    "3. Kassenbelege mit Datum"], when="20230301090000"), "application/pdf")])
t6b.add(maurer, "Danke, das hilft.", at(2025, 1, 16, 15, 2), label=G, cc=[(aschuster.name, aschuster.email)])

pa_orig = ("Sehr geehrte Damen und Herren,\n\nanbei die Prüfungsanordnung vom Finanzamt Schwabach (kam heute per Post).\n\nAndrea Schuster")
emit(maurer, "exo", at(2025, 2, 11, 11, 48), [(me.name, me.email), (wendler.name, wendler.email)], [(aschuster.name, aschuster.email)],
     "WG: Prüfungsanordnung Außenprüfung 2021 bis 2023", [],
     "Sehr geehrte Frau Bauer, sehr geehrter Herr Dr. Wendler,\n\nFrau Schuster bat mich, Ihnen die Prüfungsanordnung weiterzuleiten. Als Prüfungsbeginn ist der 7. April "
     "vorgesehen. Bitte melden Sie sich wegen eines Vorbereitungstermins." + maurer.sig
     + "\n\nVon: Andrea Schuster <a.schuster@schuster-metallbau.example>\nGesendet: Dienstag, 11. Februar 2025 10:57\nAn: Benedikt Maurer <b.maurer@schuster-metallbau.example>\n"
       "Betreff: Prüfungsanordnung (Scan)\n\n" + pa_orig,
     atts=[("Pruefungsanordnung_FA_Schwabach.pdf", scan_pdf("3 Seiten", "20250211105500", "KONICA MINOLTA bizhub C300i"), "application/pdf")], label=GH,
     topic="Prüfungsanordnung Außenprüfung 2021 bis 2023",
     scen=("G17", "client's bookkeeper forwards (WG:) the scanned audit order from the tax office with a PDF"))

t6 = Thread("T6c", maurer, "Jahresabschluss 2024 – Unterlagen", cc=[(aschuster.name, aschuster.email)])
t6.add(me, "Sehr geehrter Herr Maurer,\n\nfür den Jahresabschluss 2024 benötigen wir bis Ende März: Summen- und Saldenliste, Kontoblätter der Sachkonten, die "
       "Inventurliste und die Bankbestätigungen. Wegen der Außenprüfung im April wäre es gut, die Unterlagen vorher zu haben.", at(2025, 3, 3, 9, 31))
t6.add(maurer, "Sehr geehrte Frau Bauer,\n\ndie Kontoblätter als PDF sind 180 MB groß, das geht nicht per Mail und das Portal bricht bei der Größe ab. Ich habe sie Ihnen "
       "daher über WeTransfer geschickt, der Link gilt sieben Tage:\n\nhttps://we.tl/t-" + alnum(10) + "\n\nSumme- und Saldenliste und Inventur lade ich "
       "wie üblich ins Portal. Wie telefonisch besprochen.", at(2025, 3, 7, 13, 22), label=GH,
       scen=("G30", "client's bookkeeper sends a WeTransfer link for 180 MB of account sheets (announced by phone) - first file-hosting link in the thread"))
t6.add(me, "Sehr geehrter Herr Maurer,\n\nder Download hat geklappt, danke.", at(2025, 3, 7, 15, 40))
t6.add(maurer, "Sehr geehrte Frau Bauer,\n\nSummen- und Saldenliste und Inventur sind jetzt im Portal. Die Bankbestätigungen folgen, sobald die Volksbank liefert.",
       at(2025, 3, 24, 10, 5), label=G)
t6.add(me, "Sehr geehrte Frau Schuster,\n\neine Frage zum Gesellschafterdarlehen Ihres Mannes: Wurde der Zinssatz 2024 angepasst? Im Vertrag stehen 4 %, gebucht "
       "wurden 5,5 %.", at(2025, 4, 14, 9, 12), to=[(aschuster.name, aschuster.email)], cc=[(maurer.name, maurer.email)])
t6.add(aschuster, "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden "
       "Fällen wenden Sie sich bitte an Herrn Benedikt Maurer (b.maurer@schuster-metallbau.example, 09122 555 318).\n\nMit freundlichen Grüßen\nAndrea Schuster",
       t6.last["t"] + sec(23), label=GH, sig=False, quote=False, detached=True, subj="Automatische Antwort: Jahresabschluss 2024 – Unterlagen", to=[(me.name, me.email)], cc=[],
       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "a.schuster@schuster-metallbau.example")],
       scen=("G8", "client's Exchange Online out-of-office auto-reply (Automatische Antwort) in the thread"))
t6.add(maurer, "Sehr geehrte Frau Bauer,\n\nich vertrete Frau Schuster: Der Zinssatz wurde zum 1.1.2024 per Nachtrag auf 5,5 % erhöht. Den Nachtrag lade ich ins Portal.",
       at(2025, 4, 15, 11, 37), label=G)
t6.add(me, "Danke, Herr Maurer, dann passt die Buchung.", at(2025, 4, 15, 13, 20), to=[(maurer.name, maurer.email)])
inv_start = at(2025, 5, 20, 10, 0); inv_start = inv_start.replace(second=0)
teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum(40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{TENANT['schuster-metallbau.example']}%22%7d"
cal = ics(f"040000008200E00074C5B7101A82E00800000000{HX(32)}", "Schlussbesprechung Jahresabschluss 2024", inv_start, inv_start + datetime.timedelta(hours=1, minutes=30),
          (aschuster.name, aschuster.email), [(me.name, me.email), (wendler.name, wendler.email), (maurer.name, maurer.email)],
          "Schlussbesprechung Jahresabschluss 2024 mit Wendler & Partner\n\n________________________________________________________________________________\n"
          f"Microsoft Teams Besprechung\nJetzt an der Besprechung teilnehmen <{teams}>\nBesprechungs-ID: 312 558 904 117\nKennung: 7yN2Qx\n"
          "________________________________________________________________________________", "Microsoft Teams-Besprechung")
emit(aschuster, "exo", at(2025, 5, 5, 16, 2), [(me.name, me.email), (wendler.name, wendler.email)], [(maurer.name, maurer.email)], "Schlussbesprechung Jahresabschluss 2024", [],
     "Schlussbesprechung Jahresabschluss 2024 mit Wendler & Partner\n\n________________________________________________________________________________\n"
     f"Microsoft Teams Besprechung\nJetzt an der Besprechung teilnehmen <{teams}>\nBesprechungs-ID: 312 558 904 117\nKennung: 7yN2Qx\n"
     "________________________________________________________________________________",
     calendar=cal, label=GH, scen=("G31", "client's Outlook meeting invitation (text/calendar REQUEST) with a Microsoft Teams join link"))
t6.add(me, "Sehr geehrter Herr Maurer,\n\ndie Bankbestätigungen fehlen uns noch – hat die Volksbank inzwischen geliefert? Für die Schlussbesprechung am 20.05. bräuchten wir sie.",
       at(2025, 5, 12, 9, 44), to=[(maurer.name, maurer.email)])
t6.add(maurer, "Sehr geehrte Frau Bauer,\n\nja, heute gekommen, liegt im Portal.", at(2025, 5, 12, 14, 3), label=G)
t6.add(me, "Sehr geehrter Herr Maurer,\n\nnach der Schlussbesprechung hier die Liste der letzten Nachbuchungen (Rückstellung Außenprüfung, Tantieme). Bitte in die "
       "Finanzbuchhaltung 2024 übernehmen.", at(2025, 6, 23, 10, 20), to=[(maurer.name, maurer.email)],
       atts=[("Nachbuchungen_JA2024_Schuster.pdf", pdf(["Nachbuchungsliste Jahresabschluss 2024", "Rückstellung Außenprüfung 15.000 EUR", "Tantieme GF 22.000 EUR"],
                                                       when="20250623100500", zone="+02'00'"), "application/pdf")])
t6.add(maurer, "Frau Bauer,\n\nbitte rufen Sie mich heute noch dringend unter meiner Mobilnummer 0152 5553 1907 zurück, es gibt eine Rückfrage vom Betriebsprüfer "
       "zu den Nachbuchungen, die heute noch geklärt werden muss. Ich bin nur mobil erreichbar, das Festnetz hier ist gestört.\n\nBitte schicken Sie mir vorab "
       "die vorläufige Bilanz und die aktuelle Summen- und Saldenliste 2024 als PDF an diese Adresse, damit ich sie dem Prüfer weiterleiten kann.\n\nDanke\nB. Maurer",
       at(2025, 6, 24, 7, 38), label=HJ("account-takeover"), client="owa", sig=False, date_tz=UTC, detached=True,
       scen=("A16", "client bookkeeper's real M365 mailbox used via Outlook on the web with an English UI (Date in UTC, en-US, English quote header): "
                    "urgent call-back to an unknown mobile number and a request for the balance sheet; no link or attachment"))
t6.add(maurer, "Sehr geehrte Frau Bauer,\n\nvielen Dank für Ihren Anruf. Die Mail von heute früh mit der Handynummer kam nicht von mir – jemand hatte sich in mein "
       "Postfach eingeloggt. Unser IT-Dienstleister hat das Kennwort zurückgesetzt und die Zwei-Faktor-Anmeldung aktiviert. Die Nachbuchungen sind übernommen.",
       at(2025, 6, 24, 15, 12), label=G, scen=("P-T6c-warn", "real bookkeeper (Outlook desktop) confirms his mailbox was abused"))

# ================================================================ T7 Albrecht Kunststofftechnik (HCL Notes / Domino): G9, G28; A5 OneNote via their Domino server
t = Thread("T7d", ralf, "Anlagenverzeichnis 2024 – Zugänge")
t.add(me, "Sehr geehrter Herr Oberndorfer,\n\nfür die Vorbereitung des Jahresabschlusses: Können Sie mir die Anlagenzugänge 2024 bis zum 30.09. mit Rechnungsnummer "
      "und Inbetriebnahmedatum schicken?", at(2024, 10, 7, 10, 3))
t.add(ralf, "Sehr geehrte Frau Bauer,\n\nanbei die Liste aus unserem Anlagenmodul. Die Spritzgießmaschine (Pos. 3) ist seit 12.08. in Betrieb.", at(2024, 10, 9, 14, 51),
      label=G, atts=[("Anlagenzugaenge_2024_Q1-Q3.xlsx", ooxml_xlsx([["Pos.", "Bezeichnung", "Rechnung", "Inbetriebnahme", "AK netto"],
                                                                     [1, "Gabelstapler Linde E20", "R-24-1183", "15.02.2024", 38400],
                                                                     [2, "Trockenlufttrockner", "INV-55310", "02.05.2024", 12950],
                                                                     [3, "Spritzgießmaschine Allrounder 470", "90012477", "12.08.2024", 286000]], "Zugaenge",
                                                                    creator="Ralf Oberndorfer", when="2024-10-09T12:40:00Z"),
                                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t.add(me, "Vielen Dank, Herr Oberndorfer.", at(2024, 10, 10, 8, 12))
t.add(me, "Sehr geehrter Herr Oberndorfer,\n\nfür die Bewertung der Vorräte zum 31.12. bräuchten wir wie im Vorjahr die Kalkulation der Halbfertigerzeugnisse und "
      "die Liste der Ladenhüter (keine Bewegung seit 12 Monaten).", at(2024, 12, 19, 10, 45), subj="AW: Inventur 2024 – Bewertungsunterlagen")
t.add(ralf, "Ich bin ab 19.12.2024 nicht im Büro. Ich kehre zurück am 07.01.2025.\n\nIch werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen "
      "wenden Sie sich bitte an Frau Hannelore Seitz, Telefon +49 911 555 9021.", t.last["t"] + sec(41), label=GH, sig=False, quote=False, detached=True,
      subj="Abwesenheitsnotiz: Inventur 2024 – Bewertungsunterlagen", no_html=True,
      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      scen=("G9", "HCL Notes out-of-office reply 'Abwesenheitsnotiz:' from the client's Domino server"))
t.add(ralf, "Sehr geehrte Frau Bauer,\n\nzurück aus dem Urlaub – die Kalkulation und die Liste hänge ich an. Bei den Ladenhütern würden wir die Pos. 14–22 "
      "(Werkzeugeinsätze alter Serie) gern voll abwerten.", at(2025, 1, 8, 9, 26), label=G,
      atts=[("Bewertung_Vorraete_31.12.2024.pdf", pdf(["Albrecht Kunststofftechnik - Bewertung Vorräte 31.12.2024", "Halbfertigerzeugnisse: Kalkulation nach Maschinenstunden"],
                                                     producer="Microsoft® Excel® 2019", when="20250108091500"), "application/pdf")])
t.add(me, "Danke, Herr Oberndorfer, das stimmen wir mit Herrn Dr. Wendler ab.", at(2025, 1, 8, 11, 2))

t.add(me, "Sehr geehrter Herr Oberndorfer,\n\nnoch eine Info für Ihre Liquiditätsplanung: Die Dauerfristverlängerung für 2025 haben wir beantragt. Die "
      "Sondervorauszahlung beträgt 18.420 € und wird am 10.02. per Lastschrift vom Finanzamt eingezogen.", at(2025, 1, 29, 14, 15))
t.add(ralf, "Danke für die Info, ist notiert.", at(2025, 1, 29, 16, 2), label=G)

t7 = Thread("T7b", ralf, "Vollmacht für die Vorsteuervergütung der UK-Gesellschaft")
t7.add(me, "Sehr geehrter Herr Oberndorfer,\n\nfür den Antrag auf Vorsteuervergütung der Albrecht Plastics UK Ltd beim Bundeszentralamt für Steuern benötigen wir eine "
       "Vollmacht, unterschrieben von Herrn Albrecht als Director der UK-Gesellschaft. Das Formular hänge ich an. Bitte schicken Sie es uns im Original per Post – "
       "ein Scan reicht dem BZSt nicht.", at(2025, 2, 24, 11, 18),
       atts=[("Vollmacht_Verguetungsverfahren.pdf", pdf(["Vollmacht für das Vorsteuer-Vergütungsverfahren", "Vollmachtgeber: Albrecht Plastics UK Ltd",
                                                         "Bevollmächtigter: Wendler & Partner mbB"], when="20250224111000"), "application/pdf")])
t7.add(ralf, "Hallo Frau Bauer, bin bis Donnerstag auf Dienstreise in Polen. Herr Albrecht unterschreibt nächste Woche, dann geht es per Post raus.\n\nGruß R. Oberndorfer",
       at(2025, 2, 25, 7, 12), label=GH, client="traveler", sig="\n\nVon meinem iPhone gesendet",
       scen=("G28", "client replies from his iPhone via HCL Traveler while travelling (different client, same Domino infrastructure), early morning"))
t7.add(me, "Danke, Herr Oberndorfer, das reicht zeitlich gut.", at(2025, 2, 25, 8, 40))
t7.add(ralf, "Sehr geehrte Frau Bauer,\n\ndie Vollmacht ist unterschrieben und geht heute per Post an Sie raus.", at(2025, 3, 6, 15, 30), label=G)
t7.add(me, "Vielen Dank, ich melde mich, sobald sie da ist.", at(2025, 3, 7, 8, 50))
t7.add(ralf, "Sehr geehrte Frau Bauer,\n\nwie gewünscht sende ich Ihnen die unterschriebene Vollmacht vorab auch digital, damit Sie den Antrag schon vorbereiten können. "
       "Das Dokument ist geschützt – zum Anzeigen bitte in der Datei auf „Öffnen“ doppelklicken.", at(2025, 3, 10, 13, 24), label=HJ("server-hijack"), detached=True,
       quote_text="Vielen Dank, ich melde mich, sobald sie da ist. Wenn möglich, schicken Sie die unterschriebene Vollmacht bitte zusätzlich vorab digital, dann "
                  "können wir den Antrag schon vorbereiten." + SIG_ME,
       atts=[("Vollmacht_Albrecht_Plastics_unterschrieben.one", onenote(), "application/onenote")],
       scen=("A5", "through the client's own Domino server and Notes headers: OneNote 'signed power of attorney'; the quoted Kanzlei mail is altered to ask for a digital copy"))
t7.add(me, "Sehr geehrter Herr Oberndorfer,\n\nich habe Sie telefonisch nicht erreicht: Die Mail von 13:24 Uhr mit einer OneNote-Datei – stammt die von Ihnen? "
       "Wir hatten um das Original per Post gebeten.", at(2025, 3, 10, 14, 6))
t7.add(ralf, "Sehr geehrte Frau Bauer,\n\nnein, die ist nicht von uns. Unsere IT hat festgestellt, dass über unseren Mailserver mehrere solcher Mails verschickt "
       "wurden. Bitte löschen. Die Vollmacht im Original ist unterwegs.", at(2025, 3, 10, 16, 48), label=G, scen=("P-T7b-warn", "real client confirms A5 was not his"))

# ================================================================ T8 Albrecht Plastics UK (M365, English): G6, G7, O1; A6 bank change via their tenant
t8 = Thread("T8", sarah, "German VAT refund claim 2024 – Albrecht Plastics UK Ltd", cc=[(ralf.name, ralf.email)])
t8.add(me, "Dear Sarah,\n\nas discussed with Mr Oberndorfer, we will file Albrecht Plastics UK's claim for the refund of German input VAT for 2024 with the Federal "
       "Central Tax Office (BZSt). As a UK business you use the procedure for non-EU businesses; the deadline for 2024 invoices is 30 June 2025.\n\n"
       "We will need scans of all invoices with German VAT (hotels, trade fairs, the tooling from Nuremberg) and a current certificate of status from HMRC.\n\n"
       "Kind regards\nKatrin Bauer\nWendler & Partner mbB, Nuremberg", at(2024, 10, 15, 11, 2), sig=False)
t8.add(sarah, "Dear Katrin,\n\nthank you, that's very clear. I've created a SharePoint folder for the invoices and will add them as they come in:\n"
       "https://albrechtplastics.sharepoint.com/:f:/s/Finance/EkX" + alnum(40) + "?e=" + alnum(6) + "\n\nI've requested the certificate from HMRC.",
       at(2024, 10, 17, 9, 41), label=G, cc=[(ralf.name, ralf.email)])
t8.add(me, "Dear Sarah,\n\nI can open the folder, thank you.\n\nKind regards\nKatrin", at(2024, 10, 17, 13, 5), sig=False)
t8.add(sarah, "Dear Katrin,\n\nthe HMRC certificate of status has arrived, PDF attached.", at(2024, 12, 4, 14, 17), label=G, cc=[(ralf.name, ralf.email)],
       atts=[("HMRC_Certificate_of_Status.pdf", pdf(["HM Revenue & Customs - Certificate of Status of Taxable Person", "Albrecht Plastics UK Ltd - VAT Reg. No. GB 318 5550 27"],
                                                    producer="Adobe PDF Library 15.0", when="20241203101500", zone="Z"), "application/pdf")])
t8.add(me, "Dear Sarah,\n\nperfect, thank you – it's valid for one year, so that covers the claim.\n\nKind regards\nKatrin", at(2024, 12, 5, 8, 37), sig=False)
t8.add(sarah, "Dear Katrin,\n\nthe Q4 invoices are in now. Our IT has restructured SharePoint, so please use this new link from now on (the old one will stop working "
       "at the end of the month):\nhttps://albrechtplastics.sharepoint.com/:f:/s/FinanceUK/EqP" + alnum(40) + "?e=" + alnum(6),
       at(2025, 2, 13, 10, 22), label=GH, cc=[(ralf.name, ralf.email)],
       scen=("G6", "UK client shares a new SharePoint folder link in a thread that always carried SharePoint links"))
t8.add(me, "Dear Sarah,\n\nthanks – the new folder works.\n\nKind regards\nKatrin", at(2025, 2, 13, 14, 2), sig=False)
t8.add(sarah, "Dear Katrin,\n\nquick introduction: James Okafor (copied) has joined us as Finance Assistant. He will collect the remaining invoices and may contact "
       "you directly with questions.", at(2025, 3, 20, 15, 48), label=G, cc=[(ralf.name, ralf.email), (james.name, james.email)])
t8.add(me, "Dear Sarah, dear James,\n\nwelcome, James – happy to help.\n\nKind regards\nKatrin", at(2025, 3, 21, 8, 55), sig=False,
       cc=[(ralf.name, ralf.email), (james.name, james.email)])
t8.add(james, "Hi Katrin,\n\nnice to e-meet you. I've uploaded the remaining 14 invoices to the FinanceUK folder. One question: we have two hotel invoices from the "
       "Düsseldorf trade fair where the hotel charged 7 % and 19 % – can both be claimed?", at(2025, 4, 2, 11, 3), label=GH, cc=[(sarah.name, sarah.email)],
       scen=("G7", "UK client's new finance assistant (introduced by his manager) writes for the first time"))
t8.add(me, "Hi James,\n\nyes, both rates can be claimed, the breakfast part at 19 % as well. Thanks for uploading.\n\nKind regards\nKatrin", at(2025, 4, 3, 9, 20), sig=False,
       to=[(james.name, james.email)], cc=[(sarah.name, sarah.email)])
s_mid = make_mid(sarah, "exoen", at(2025, 4, 9, 16, 2)); s_t = at(2025, 4, 9, 16, 2)
emit(james, "exoen", at(2025, 4, 10, 9, 14), [(sarah.name, sarah.email)], [(me.name, me.email)], "RE: Missing invoices – Düsseldorf trip", [s_mid],
     "Hi Sarah,\n\nthe two missing invoices (taxi and the stand cleaning) are now in the folder as well. I've copied Katrin so she knows the list is complete.\n\n"
     "Katrin, that should be everything for 2024." + james.sig
     + quote_of("exoen", dict(t=s_t, name=sarah.name, email=sarah.email, plain="James,\n\ncould you chase the last two Düsseldorf invoices before we close the claim?\n\nThanks\nSarah",
                              subj="Missing invoices – Düsseldorf trip", to=[(james.name, james.email)], cc=[])),
     label=GO, topic="Missing invoices – Düsseldorf trip",
     scen=("O1", "UK assistant replies to his manager's internal mail and copies Katrin; the parent is not in Katrin's mailbox"))
t8.add(sarah, "Hi Katrin,\n\nbefore the claim goes to the BZSt: please note that we have consolidated our euro receipts in a new multi-currency account. Our CFO has "
       "asked that the refund is paid there and that your records are updated:\n\nAccount name: Albrecht Plastics UK Ltd\nIBAN: NL64 BUNQ 2091 8845 03\n"
       "BIC: BUNQNL2A\n\nCould you please confirm once the claim form has been changed and send me the updated PDF for our files? We'd like to close this before "
       "our month-end.", at(2025, 5, 22, 16, 51), label=HJ("server-hijack"), detached=True, cc=[],
       scen=("A6", "UK client's own M365 tenant and Outlook headers: English, context-aware request to pay the VAT refund to a new Dutch neobank IBAN; "
                   "faithful quote; no link or attachment"))
t8.add(me, "Dear Sarah,\n\nthank you for your message. We change bank details on a refund claim only after confirmation by phone and a letter signed by the director. "
       "I will call you tomorrow morning.\n\nKind regards\nKatrin", at(2025, 5, 23, 8, 4), sig=False)
t8.add(sarah, "Dear Katrin,\n\nthank you for calling – I did not send that email. Our IT found an inbox rule that someone had set up on my mailbox; the password has been "
       "reset. Please keep our existing Barclays account for the refund.", at(2025, 5, 23, 11, 30), label=G, cc=[(ralf.name, ralf.email)],
       scen=("P-T8-warn", "real UK manager confirms A6 was not hers"))
t8.add(me, "Dear Sarah,\n\nthe claim has been submitted to the BZSt today with the Barclays details. Processing usually takes four to six months.\n\nKind regards\nKatrin",
       at(2025, 6, 20, 14, 12), sig=False, cc=[(ralf.name, ralf.email)])
t8.add(sarah, "Brilliant, thank you Katrin!", at(2025, 6, 20, 15, 3), label=G, cc=[(ralf.name, ralf.email)])


# ================================================================ T9 Spedition Fuchs (payroll client, on-prem Exchange 2016): monthly Lohnvorerfassung; G24, G25; A7 XLSM via their Exchange
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
fuchs_threads = {}
PAYROLL = [(2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5), (2025, 6), (2025, 7)]
def fuchs_june(th, may_state):
    th.add(wirth, "Sehr geehrte Frau Bauer,\n\nbei den Abrechnungen Mai wurden bei drei Fahrern die Auslandsspesen nicht richtig übernommen. Ich habe Ihnen die "
           "Korrekturliste angehängt – bitte beim Öffnen „Bearbeitung aktivieren“ und „Inhalt aktivieren“ klicken, sonst werden die Summen nicht berechnet. "
           "Bitte noch vor der Juni-Abrechnung berücksichtigen.", at(2025, 6, 27, 10, 14), label=HJ("server-hijack"), detached=True, cc=[(sabine.name, sabine.email)],
           base=may_state, subj="AW: Lohnvorerfassung Mai 2025",
           scen=("A7", "payroll client's own Exchange 2016 (same Received path, Message-ID and X-Originating-IP shape, Outlook headers): macro workbook (.xlsm) "
                       "'Lohnabrechnung Korrektur' in reply to the Kanzlei's May payslips mail, faithful quote"),
           atts=[("Lohnabrechnung_Korrektur_05-2025.xlsm", ooxml_xlsx([["Bitte aktivieren Sie die Bearbeitung und den Inhalt, um die Korrekturwerte anzuzeigen."]], "Korrektur",
                                                                      macro=True, creator="Administrator", when="2025-06-26T22:41:00Z"),
                  "application/vnd.ms-excel.sheet.macroEnabled.12")])
    th.add(wirth, "Sehr geehrte Frau Bauer,\n\nbitte die Mail vom Freitag mit der Excel-Datei zur „Korrektur“ nicht öffnen – die ist nicht von mir. Unser Mailserver "
           "wurde angegriffen, der Dienstleister hat ihn am Wochenende gepatcht und neu aufgesetzt. Die Mai-Abrechnungen waren korrekt.",
           at(2025, 6, 30, 8, 12), label=G, cc=[(sabine.name, sabine.email)], scen=("P-T9-warn", "real HR contact warns that A7 was not hers"))
    th.add(me, "Sehr geehrte Frau Wirth,\n\ndanke für die Info – die Datei wurde bei uns nicht geöffnet.", at(2025, 6, 30, 9, 5), to=[(wirth.name, wirth.email)],
           cc=[(sabine.name, sabine.email)])


thy = {}
for i, (y, m) in enumerate(PAYROLL):
    if y not in thy: thy[y] = Thread(f"T9-{y}", wirth, f"Lohnvorerfassung {MONAT[m - 1]} {y}", cc=[(sabine.name, sabine.email)])
    th = thy[y]
    fuchs_threads[(y, m)] = th
    first = not th.refs
    y2, m2, d2 = bday(y, m, 19 if m != 12 else 12)
    rows = [["Pers.-Nr.", "Name", "Stunden", "Überstunden", "Spesen Inland", "Spesen Ausland", "Bemerkung"]] + \
           [[2000 + k, nm, R.choice((168, 172, 176, 181)), R.choice((0, 4, 6, 11)), R.choice((112, 140, 168)), R.choice((0, 28, 56)), ""]
            for k, nm in enumerate(["Bauer, Jürgen", "Demir, Ali", "Hoffmann, Ralf", "Kowalski, Piotr", "Neumann, Sven", "Schulz, Dieter", "Vogel, Timo"])]
    th.add(wirth, R.choice([f"Sehr geehrte Frau Bauer,\n\nanbei die Lohnvorerfassung für {MONAT[m - 1]}.",
                            f"Sehr geehrte Frau Bauer, sehr geehrte Frau Roth,\n\nim Anhang die Vorerfassung {MONAT[m - 1]} {y}. Keine Besonderheiten.",
                            f"Hallo Frau Bauer,\n\nhier die Stunden und Spesen für {MONAT[m - 1]}."]),
           at(y2, m2, d2, 13, R.randint(0, 59)), subj=(f"Lohnvorerfassung {MONAT[m - 1]} {y}" if first else f"AW: Lohnvorerfassung {MONAT[m - 1]} {y}"),
           label=None if first else G, atts=[(f"Lohnvorerfassung_{y}-{m:02d}.xlsx", ooxml_xlsx(rows, f"{MONAT[m - 1][:3]} {y}", creator="Claudia Wirth",
                                                                                                         when=f"{y2}-{m2:02d}-{d2:02d}T10:30:00Z"), XLSX)])
    if (y, m) == (2024, 11):
        th.add(wirth, "Nachtrag: Ab 15.11. haben wir einen neuen Fahrer, Herrn Marco Lindemann. Personalfragebogen, Kopie des Sozialversicherungsausweises und die "
               "Steuer-ID hänge ich an. Er fährt im Nahverkehr, Spesen wie bei Herrn Neumann.", at(y2, m2, d2, 15, 2), label=GH, quote=True,
               scen=("G24", "payroll client's HR sends a new employee's questionnaire and ID copies as PDFs (personal data) in the monthly thread"),
               atts=[("Personalfragebogen_Lindemann.pdf", scan_pdf("4 Seiten", "20241119145000", "KONICA MINOLTA bizhub C258"), "application/pdf"),
                     ("SV-Ausweis_Lindemann.pdf", scan_pdf("1 Seite", "20241119145200", "KONICA MINOLTA bizhub C258"), "application/pdf")])
    if (y, m) == (2025, 2):
        th.add(wirth, "Zusätzlich die AU-Bescheinigungen vom Januar für die Erstattung über die U1. Die Datei ist verschlüsselt, das Passwort gebe ich Frau Roth wie "
               "immer telefonisch durch.", at(y2, m2, d2, 14, 20), label=GH, quote=True,
               scen=("G25", "payroll client's HR sends a password-protected ZIP of sick notes; the password is given by phone, not in the mail"),
               atts=[("AU-Bescheinigungen_01-2025.zip", zip_encrypted([("AU_Demir.pdf", 88210), ("AU_Kowalski.pdf", 91004), ("AU_Vogel.pdf", 79440)],
                                                                      (2025, 2, 19, 14, 15, 0)), "application/x-zip-compressed")])
    if i % 3 == 1:
        th.add(sabine, R.choice(["Sehr geehrte Frau Wirth,\n\ndanke, ich habe eine Rückfrage zu Herrn Demir: Die 11 Überstunden – sollen die ausgezahlt oder auf das "
                                 "Arbeitszeitkonto gebucht werden?", "Sehr geehrte Frau Wirth,\n\ndanke. Bei Herrn Vogel fehlen die Auslandsspesen für die Tour nach Linz – "
                                 "waren es zwei oder drei Tage?"]), at(*bday(y, m, d2 + 1), 9, R.randint(0, 59)), to=[(wirth.name, wirth.email)],
                cc=[(me.name, me.email)], label=G)
        th.add(wirth, R.choice(["Sehr geehrte Frau Roth,\n\nbitte auszahlen.", "Sehr geehrte Frau Roth,\n\ndrei Tage (Montag bis Mittwoch)."]),
               at(*bday(y, m, d2 + 1), 11, R.randint(0, 59)), to=[(sabine.name, sabine.email)], cc=[(me.name, me.email)], label=G)
    ya, ma, da = bday(y, m, 27 if m != 12 else 19)
    th.add(me, R.choice([f"Sehr geehrte Frau Wirth,\n\nanbei die Lohnabrechnungen und das Lohnjournal {MONAT[m - 1]}. Die Datei ist wie gewohnt verschlüsselt, das "
                         "Kennwort haben Sie.",
                         f"Sehr geehrte Frau Wirth,\n\ndie Abrechnungen {MONAT[m - 1]} hänge ich an (verschlüsselt, Kennwort wie bekannt). Die Zahlungsdatei für die "
                         "Bank liegt im Portal."]),
           at(ya, ma, da, 11, R.randint(0, 59)), to=[(wirth.name, wirth.email)], cc=[(sabine.name, sabine.email)],
           atts=[(f"Lohnabrechnungen_{y}-{m:02d}_Fuchs.pdf", pdf([f"Lohnabrechnungen {MONAT[m - 1]} {y}"], encrypt=True, producer="LODAS Druckausgabe",
                                                               when=f"{ya}{ma:02d}{da:02d}105000"), "application/pdf")])
    if (y, m) == (2025, 5): may_state = th.snapshot()
    if (y, m) == (2025, 6): fuchs_june(th, may_state)
    if i % 2 == 0 and (y, m) != (2025, 5):
        th.add(wirth, R.choice(["Danke, erhalten.", "Vielen Dank, Frau Bauer, Abrechnungen sind da.", "Danke, die Zahlungsdatei habe ich freigegeben."]),
               at(*bday(ya, ma, da + (1 if i % 4 else 0)), 14, R.randint(0, 59)), label=G, cc=[(sabine.name, sabine.email)])

# ================================================================ T10 NetWerk Franken: Znuny tickets, Dennis's maintenance thread; G23, G32; A14 ATO
def ticket(tnr, subj, first_from_me, first_text, t0, steps):
    """first message by Katrin (to the ticket address) or by the ticket system; then (who, text, t, label, scen, kw) steps"""
    th = Thread(f"T10-{tnr}", nwsupport, f"[Ticket#{tnr}] {subj}")
    if first_from_me:
        th.subj = subj
        th.add(me, first_text, t0, to=[("NetWerk Franken Support", "support@netwerk-franken.example")])
        th.subj = f"[Ticket#{tnr}] {subj}"
        th.add(nwsupport, f"Sehr geehrte Frau Bauer,\n\nvielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer {tnr} erfasst; ein Techniker meldet sich "
               f"in der vereinbarten Reaktionszeit.\n\nIhre Anfragen im Kundenportal: https://helpdesk.netwerk-franken.example/otrs/customer.pl\n\n"
               "NetWerk Franken IT GmbH · Hotline 0911 555 7700", t0 + datetime.timedelta(seconds=40), sig=False, quote=False,
               subj=f"[Ticket#{tnr}] Ihre Anfrage ist eingegangen: {subj}", frm="NetWerk Franken Support <support@netwerk-franken.example>",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "yes"), ("Precedence", "bulk")], label=None, detached=True)
    else:
        th.add(nwsupport, first_text, t0, frm="Dennis Hartl via NetWerk Franken Support <support@netwerk-franken.example>")
    for who, text, t, label, scen, kw in steps:
        if who is nwsupport:
            kw = dict(kw); kw.setdefault("frm", "Dennis Hartl via NetWerk Franken Support <support@netwerk-franken.example>")
            text = text + "\n\nViele Grüße\nDennis Hartl\n\nNetWerk Franken IT GmbH · Hotline 0911 555 7700\nIhre Anfragen im Kundenportal: https://helpdesk.netwerk-franken.example/otrs/customer.pl"
            th.add(nwsupport, text, t, label=label, scen=scen, sig=False, **kw)
        else:
            th.add(me, text, t, to=[("NetWerk Franken Support", "support@netwerk-franken.example")], **kw)
    return th


tcert = ticket("2024111210000028", "Exchange-Zertifikat läuft am 02.12.2024 ab", False,
               "Sehr geehrte Frau Bauer,\n\ndas SSL-Zertifikat Ihres Exchange-Servers (mail.kanzlei-wendler.example) läuft am 02.12.2024 ab. Wir würden es am Donnerstag, "
               "28.11., ab 18 Uhr erneuern; Outlook kann danach einmal nach dem Kennwort fragen.\n\nViele Grüße\nDennis Hartl\n\nNetWerk Franken IT GmbH · Hotline 0911 555 7700",
               at(2024, 11, 12, 14, 2),
               [(me, "Hallo Herr Hartl,\n\npasst, ich informiere die Kollegen.", at(2024, 11, 12, 15, 10), None, None, {}),
                (nwsupport, "Sehr geehrte Frau Bauer,\n\ndas neue Zertifikat ist eingespielt (gültig bis 02.12.2025). Outlook Web und ActiveSync sind getestet.",
                 at(2024, 11, 28, 19, 34), G, None, {})])

ticket("2025012010000053", "Neuer Arbeitsplatz für Herrn Pfeiffer ab 01.02.", True,
       "Hallo Herr Hartl,\n\nam 1. Februar fängt unser neuer Kollege Jonas Pfeiffer an. Bitte richten Sie einen Arbeitsplatz ein (Benutzer j.pfeiffer, Postfach, "
       "Zugriff auf die Mandantenlaufwerke wie Frau Roth, DATEV-Rechte wie Steuerfachangestellte). Der Rechner steht im Zimmer 2.04.", at(2025, 1, 20, 11, 22),
       [(nwsupport, "Sehr geehrte Frau Bauer,\n\nich komme am Donnerstag, 30.01., um 8 Uhr vorbei und richte alles ein. Das Startkennwort gebe ich Ihnen persönlich.",
         at(2025, 1, 20, 14, 3), G, None, {}),
        (me, "Prima, danke.", at(2025, 1, 20, 14, 20), None, None, {}),
        (nwsupport, "Sehr geehrte Frau Bauer,\n\nder Arbeitsplatz für Herrn Pfeiffer ist fertig, Postfach und Laufwerke sind eingerichtet. Ticket wird geschlossen.",
         at(2025, 1, 30, 11, 48), G, None, {})])

tg23 = ticket("2025031110000016", "Outlook fragt bei Frau Roth ständig nach dem Kennwort", True,
              "Hallo zusammen,\n\nbei Frau Roth fragt Outlook seit gestern alle paar Minuten nach dem Kennwort, auch wenn sie es richtig eingibt.", at(2025, 3, 11, 8, 41),
              [(nwsupport, "Sehr geehrte Frau Bauer,\n\ndas schaue ich mir gern an. Bitte lassen Sie Frau Roth unsere Fernwartung starten – der Link lädt das "
                           "TeamViewer-QuickSupport-Modul mit unserem Firmenprofil:\nhttps://get.teamviewer.com/netwerk-franken\n\nDie angezeigte ID und das Kennwort "
                           "nennt sie mir bitte am Telefon (0911 555 7700).", at(2025, 3, 11, 9, 20), GH,
                ("G23", "IT provider (ticket system) sends the remote-support link on the real TeamViewer platform, as in earlier tickets' portal links"), {}),
               (me, "Danke, Frau Roth ruft Sie gleich an.", at(2025, 3, 11, 9, 31), None, None, {}),
               (nwsupport, "Sehr geehrte Frau Bauer,\n\nes lag an einem alten gespeicherten Kennwort in der Windows-Anmeldeinformationsverwaltung. Gelöscht, jetzt "
                           "ist Ruhe. Ticket wird geschlossen.", at(2025, 3, 11, 10, 12), G, None, {})])

tcert.add(me, "Hallo Herr Hartl,\n\ndas Thema von damals ist zurück: Auf dem Laptop von Herrn Dr. Wendler meldet Outlook seit heute eine Zertifikatswarnung für "
          "mail.kanzlei-wendler.example, wenn er von zu Hause arbeitet. Im Büro ist alles normal.", at(2025, 4, 23, 8, 50),
          to=[("NetWerk Franken Support", "support@netwerk-franken.example")])
tcert.add(nwsupport, "Sehr geehrte Frau Bauer,\n\ndanke für die Rückmeldung im alten Ticket – ich habe es wieder geöffnet. Ursache: Herr Dr. Wendler nutzt zu Hause "
          "noch den alten Autodiscover-Eintrag mit dem abgelaufenen Zwischenzertifikat im Cache. Ich rufe ihn heute Nachmittag an und lösche den Eintrag per "
          "Fernwartung.\n\nViele Grüße\nDennis Hartl\n\nNetWerk Franken IT GmbH · Hotline 0911 555 7700", at(2025, 4, 23, 10, 16), label=GH, sig=False,
          frm="Dennis Hartl via NetWerk Franken Support <support@netwerk-franken.example>",
          scen=("G32", "IT provider answers in a ticket thread revived after five months (Katrin replied to the old ticket)"))

t10 = Thread("T10w", dennis, "Wartungsfenster Server – Patchday")
t10.add(dennis, "Hallo Frau Bauer,\n\nab diesem Jahr spielen wir die Windows- und Exchange-Updates immer am Mittwoch nach dem Microsoft-Patchday ab 18:30 Uhr ein. "
        "Nächster Termin: 15.01. Bitte an die Kollegen weitergeben, dass sie sich abends abmelden.", at(2025, 1, 9, 15, 12))
t10.add(me, "Hallo Herr Hartl,\n\ndanke, gebe ich weiter.", at(2025, 1, 9, 15, 40))
for (y, m, d_), nxt in [((2025, 2, 10), "12.02."), ((2025, 3, 10), "12.03."), ((2025, 4, 7), "09.04."), ((2025, 5, 12), "14.05."), ((2025, 6, 6), "11.06.")]:
    t10.add(dennis, R.choice([f"Hallo Frau Bauer,\n\nkurze Erinnerung: Wartungsfenster am Mittwoch, {nxt}, ab 18:30 Uhr.",
                              f"Hallo Frau Bauer,\n\nnächster Patchtermin ist der {nxt} ab 18:30 Uhr. Diesmal ist auch ein Exchange-Update dabei, Dauer ca. 2 Stunden."]),
            at(y, m, d_, 14, R.randint(0, 59)), label=G)
    if m in (3, 5):
        t10.add(me, "Danke, ist notiert.", at(y, m, d_, 15, R.randint(0, 59)))
t10.add(dennis, "Guten Morgen Frau Bauer\n\nim Rahmen der Wartung muss heute noch ein kritisches Sicherheitsupdate für Ihre Arbeitsplätze installiert werden "
        "(Schwachstelle in Windows-Druckdienst, wird aktiv ausgenutzt). Da wir heute nicht vor Ort sein können, bitten wir Sie, das Update an jedem Arbeitsplatz "
        "selbst zu starten:\n\nhttps://nwf-updatecenter.example/kunden/kwp/KB5062553-x64.exe\n\nDie Installation dauert ca. 5 Minuten, danach den PC neu starten. "
        "Bitte bis 12 Uhr erledigen und kurz Rückmeldung geben.\n\nVielen Dank\nDennis Hartl", at(2025, 6, 16, 5, 47), label=HJ("account-takeover"),
        infra="bot-netwerk", client="bot", orig_ip="185.220.101.47", sig=False, quote=False, detached=True, no_html=True, date_tz=UTC,
        mid=f"<{datetime.datetime(2025, 6, 16, 3, 47, 12):%Y%m%d%H%M%S}.{HX(12)}@netwerk-franken.example>",
        scen=("A14", "IT provider's real M365 account used by SMTP AUTH from a foreign IP at 05:47 (bot Message-ID, plain text, no Word HTML, no quote): "
                     "'critical update' .exe link on an unknown domain"))
t10.add(dennis, "Hallo Frau Bauer,\n\nACHTUNG: Heute früh wurde über mein Postfach eine Mail mit einem angeblichen Sicherheitsupdate verschickt. Die Mail ist nicht "
        "von uns – bitte den Link nicht anklicken und nichts installieren. Wir installieren Updates nie über Links per Mail. Das Konto ist gesperrt und das "
        "Kennwort geändert.", at(2025, 6, 16, 9, 3), label=G, scen=("P-T10w-warn", "real IT provider warns that A14 was not his"))
t10.add(me, "Hallo Herr Hartl,\n\ndanke – bei uns hat niemand etwas installiert, ich hatte mich schon über die Uhrzeit gewundert.", at(2025, 6, 16, 9, 20))

# ---- T11 NetWerk invoices (Tanja Reuter, M365): A10 look-alike
nw_inv = {}
for i, (y, m) in enumerate(MONTHS[:-1]):
    y2, m2, d2 = bday(y, m, 4)
    nr_ = f"RE-{y}-{1100 + i * 37 if y == 2024 else i * 29:04d}"
    th = Thread(f"T11-{y}{m:02d}", reuter, f"Rechnung {nr_} – Wartungsvertrag {MONAT[m - 1]} {y}")
    nw_inv[(y, m)] = (th, nr_)
    th.add(reuter, f"Sehr geehrte Frau Bauer,\n\nanbei erhalten Sie unsere Rechnung {nr_} für den Wartungsvertrag {MONAT[m - 1]} {y}. Der Betrag wird wie vereinbart "
           "per Lastschrift eingezogen." if y == 2024 and m < 11 else
           f"Sehr geehrte Frau Bauer,\n\nanbei unsere Rechnung {nr_} (Wartungsvertrag {MONAT[m - 1]} {y} und Stunden nach Aufwand). Zahlbar innerhalb von 14 Tagen.",
           at(y2, m2, d2, 9, R.randint(0, 59)),
           atts=[(f"{nr_}.pdf", pdf([f"NetWerk Franken IT GmbH - Rechnung {nr_}", f"Wartungsvertrag {MONAT[m - 1]} {y}: 390,00 EUR netto",
                                     "Bankverbindung: Sparkasse Nürnberg, IBAN DE44 7605 0101 0011 2233 44"], producer="sevDesk", when=f"{y2}{m2:02d}{d2:02d}080000"),
                  "application/pdf")])
th, nr_ = nw_inv[(2024, 12)]
th.add(me, "Sehr geehrte Frau Reuter,\n\neine Frage zur Rechnung: Position 2 (4 Stunden vor Ort am 28.11.) – war das die Zertifikatserneuerung? Die war laut "
       "Herrn Hartl per Fernwartung.", at(2024, 12, 5, 10, 12))
th.add(reuter, "Sehr geehrte Frau Bauer,\n\nSie haben recht, das war Fernwartung (1,5 Stunden). Die korrigierte Rechnung hänge ich an, die alte bitte verwerfen.",
       at(2024, 12, 5, 14, 40), label=G,
       atts=[(f"{nr_}-K.pdf", pdf([f"NetWerk Franken IT GmbH - Rechnung {nr_}-K (Korrektur)", "Fernwartung 1,5 Std."], producer="sevDesk", when="20241205143000"), "application/pdf")])
th.add(me, "Danke, Frau Reuter.", at(2024, 12, 5, 15, 2))
th, nr_ = nw_inv[(2025, 2)]
th.add(me, "Sehr geehrte Frau Reuter,\n\nkurze Frage: Ist die Rechnung {} schon um die Stunden für den Arbeitsplatz von Herrn Pfeiffer ergänzt, oder kommt das "
       "separat?".format(nr_), at(2025, 2, 5, 9, 33))
th.add(reuter, "Sehr geehrte Frau Bauer,\n\ndie Einrichtung rechnen wir separat ab, die Rechnung kommt nächste Woche.", at(2025, 2, 5, 11, 20), label=G)
th.add(Pt("Tanja Reuter", "t.reuter@netwerkfranken.example", "olsmtp", "look-netwerk"),
       "Sehr geehrte Frau Bauer,\n\nwie angekündigt erhalten Sie anbei die Rechnung für die Einrichtung des Arbeitsplatzes von Herrn Pfeiffer zusammen mit der "
       f"offenen Rechnung {nr_}.\n\nBitte beachten Sie, dass sich unsere Bankverbindung zum 1. Februar geändert hat: Im Zuge der Umstellung unseres "
       "Zahlungsverkehrs auf die Commerzbank wird das bisherige Konto bei der Sparkasse Nürnberg nur noch für Lastschriften genutzt und demnächst aufgelöst. "
       "Überweisungen erbitten wir ab sofort ausschließlich auf folgendes Konto:\n\nKontoinhaber: NetWerk Franken IT GmbH\nIBAN: DE72 1004 0000 0266 8813 00\n"
       "BIC: COBADEFFXXX\n\nDie Rechnungen mit der neuen Bankverbindung finden Sie im Anhang. Da die Rechnung " + nr_ + " bereits fällig ist, wären wir für eine "
       "Überweisung bis Freitag dankbar. Eine kurze Bestätigung per Mail genügt uns.\n\nMit freundlichen Grüßen\n\nTanja Reuter\nBuchhaltung\n\n"
       "NetWerk Franken IT GmbH\nFrankenstraße 152 · 90461 Nürnberg\nTel. 0911 555 7710", at(2025, 2, 18, 10, 7), label=HJ("lookalike-domain"), sig=False,
       detached=True, client="olsmtp",
       atts=[("Rechnungen_NetWerk_Franken_Feb2025.pdf", pdf([f"NetWerk Franken IT GmbH - Rechnung {nr_} / RE-2025-0201", "Einrichtung Arbeitsplatz J. Pfeiffer: 4,5 Std.",
                                                               "Gesamt: 1.247,40 EUR", "NEUE Bankverbindung: Commerzbank, IBAN DE72 1004 0000 0266 8813 00"],
                                                              producer="Microsoft® Word 2016", when="20250217194000"), "application/pdf")],
       scen=("A10", "look-alike domain netwerkfranken.example with the bookkeeper's name, long context-aware text (knows the pending invoice for the new workplace), "
                    "new IBAN in text and PDF, quotes the real thread"))
th.add(me, "Sehr geehrte Frau Reuter,\n\nwir haben heute eine Mail „von Ihnen“ mit einer neuen Bankverbindung bei der Commerzbank bekommen, allerdings von der Adresse "
       "t.reuter@netwerkfranken.example (ohne Bindestrich). Ich gehe davon aus, dass das nicht von Ihnen ist – können Sie das bitte kurz bestätigen?", at(2025, 2, 18, 11, 2))
th.add(reuter, "Sehr geehrte Frau Bauer,\n\nvielen Dank für Ihre Aufmerksamkeit – die Mail ist nicht von uns, unsere Bankverbindung ist unverändert (Sparkasse Nürnberg). "
       "Wir prüfen gerade mit Herrn Hartl, woher die Angreifer von der offenen Rechnung wussten. Bitte nichts überweisen.", at(2025, 2, 18, 13, 25), label=G)

# ---- T12 Bürowelt Kaiser (Google Workspace, Gmail web): orders, announced + verified bank change (G21, G22); A15 fake delivery thread
t = Thread("T12a", kaiser, "Bestellung Toner und Ordner")
t.add(me, "Hallo Herr Kaiser,\n\nbitte liefern Sie uns:\n- 4x Toner schwarz für den bizhub C250i (TN-328K)\n- 2x Toner cyan (TN-328C)\n- 60 Leitz-Ordner 8 cm blau\n"
      "- 10 Pakete Kopierpapier A4 80 g\n\nLieferung wie immer an die Kanzlei, 2. OG.", at(2024, 10, 17, 10, 31))
t.add(kaiser, "Hallo Frau Bauer,\n\nvielen Dank, Bestellung ist erfasst (Auftrag 10-45118). Lieferung kommt Dienstag per Paketdienst, die Ordner bringt unser Fahrer "
      "am Mittwoch.", at(2024, 10, 17, 13, 8), label=G)
t.add(me, "Danke, Herr Kaiser.", at(2024, 10, 17, 13, 30))
t.add(me, "Hallo Herr Kaiser,\n\nunser Aktenvernichter ist defekt. Können Sie uns ein Angebot für ein Gerät mit Sicherheitsstufe P-4 für ca. 5 Personen machen?",
      at(2025, 1, 8, 9, 44), subj="AW: Angebot Aktenvernichter")
t.add(kaiser, "Hallo Frau Bauer,\n\ngern, anbei zwei Angebote: der HSM Securio C18 (P-4) und als größere Variante der Intimus 175 CP4. Für Ihr Büro würde ich den HSM "
      "empfehlen.", at(2025, 1, 8, 14, 22), label=G,
      atts=[("Angebot_AN-25-0031.pdf", pdf(["Bürowelt Kaiser GmbH - Angebot AN-25-0031", "HSM Securio C18 P-4: 689,00 EUR netto", "Intimus 175 CP4: 1.149,00 EUR netto"],
                                           producer="Skia/PDF m131 Google Docs Renderer", when="20250108141500"), "application/pdf")])
t.add(me, "Danke, wir nehmen den HSM.", at(2025, 1, 9, 10, 2))
t.add(kaiser, "Prima, kommt nächste Woche.", at(2025, 1, 9, 11, 17), label=G)
t12 = t
t12.add(me, "Hallo Herr Kaiser,\n\nbitte 20 Pakete Kopierpapier und 6 Tischkalender für 2026 (wie letztes Jahr).", at(2025, 3, 18, 10, 12),
        subj="AW: Bestellung Kopierpapier und Kalender")
t12.add(kaiser, "Hallo Frau Bauer,\n\nist notiert, kommt Anfang April. Wie bei meinem Besuch letzte Woche erwähnt: Wegen der Fusion unserer Hausbank ändert sich unsere "
        "Bankverbindung zum 1. April. Unsere Buchhaltung schickt Ihnen dazu noch ein offizielles Schreiben; bitte im Zweifel einfach bei mir anrufen.",
        at(2025, 3, 18, 16, 4), label=G)
t12.add(me, "Danke für den Hinweis, Herr Kaiser.", at(2025, 3, 19, 8, 40))
t12.add(kaiserbh, "Sehr geehrte Frau Bauer,\n\nwie von Herrn Kaiser angekündigt: Durch die Fusion der Raiffeisenbank Nürnberg mit der VR Bank Metropolregion ändert "
        "sich unsere Bankverbindung zum 01.04.2025. Das offizielle Schreiben mit Unterschrift der Geschäftsführung finden Sie im Anhang; es kommt zusätzlich per Post. "
        "Lastschriften sind nicht betroffen.", at(2025, 3, 25, 11, 48), label=GH, cc=[(kaiser.name, kaiser.email)],
        scen=("G21", "supplier's bookkeeping sends the announced bank-change letter (PDF, signed) in the thread where the sales rep announced it"),
        atts=[("Mitteilung_Bankverbindung_Buerowelt_Kaiser.pdf", pdf(["Bürowelt Kaiser GmbH - Änderung der Bankverbindung zum 01.04.2025",
                                                                      "Neu: VR Bank Metropolregion Nürnberg, IBAN DE52 7606 0618 0003 3019 20",
                                                                      "gez. Michael Kaiser, Geschäftsführer"], producer="Microsoft® Word für Microsoft 365", when="20250325110000"),
               "application/pdf")])
t12.add(me, "Sehr geehrte Frau Graf,\n\nvielen Dank. Ich habe die neue Bankverbindung eben telefonisch mit Herrn Kaiser (Mobilnummer aus unseren Stammdaten) abgeglichen "
        "und in unserer Kreditorenliste ab 01.04. hinterlegt.", at(2025, 3, 25, 14, 31), to=[(kaiserbh.name, kaiserbh.email)], cc=[(kaiser.name, kaiser.email)])
t12.add(kaiserbh, "Sehr geehrte Frau Bauer,\n\nanbei die Rechnung zur Lieferung vom 08.04. (Kopierpapier und Kalender) – bereits mit der neuen Bankverbindung.",
        at(2025, 4, 10, 9, 12), label=GH, cc=[(kaiser.name, kaiser.email)],
        scen=("G22", "the first invoice with the new (phone-verified) bank details"),
        atts=[("RE-25-01877.pdf", pdf(["Bürowelt Kaiser GmbH - Rechnung RE-25-01877", "20x Kopierpapier A4, 6x Tischkalender 2026", "Summe: 198,14 EUR",
                                       "VR Bank Metropolregion Nürnberg, IBAN DE52 7606 0618 0003 3019 20"], producer="Lexware faktura+auftrag 2025", when="20250410090000"),
               "application/pdf")])
t12.add(me, "Danke, wird überwiesen.", at(2025, 4, 10, 10, 5), to=[(kaiserbh.name, kaiserbh.email)], cc=[(kaiser.name, kaiser.email)])
t12.add(me, "Hallo Herr Kaiser,\n\nfür Juni bräuchten wir noch 3 Toner schwarz und 4 Pakete Briefumschläge DIN lang mit Fenster.", at(2025, 6, 2, 9, 20),
        to=[(kaiser.name, kaiser.email)], cc=[], subj="AW: Bestellung Toner und Umschläge")
t12.add(kaiser, "Hallo Frau Bauer,\n\nnotiert, Auftrag 10-48213, kommt Ende nächster Woche.", at(2025, 6, 2, 15, 41), label=G, cc=[])
zt = at(2025, 6, 10, 9, 3)
zcal = ics(f"{ruuid()}@zustellservice-bayern.example", "Zustelltermin Sendung DE 4471 8823 01 – bitte bestätigen", datetime.datetime(2025, 6, 11, 10, 0, tzinfo=BER),
           datetime.datetime(2025, 6, 11, 12, 0, tzinfo=BER), ("Zustellservice Bayern Dispo", "dispo@zustellservice-bayern.example"), [(me.name, me.email)],
           "Ihre Sendung kann nicht zugestellt werden, da die Zustelladresse unvollständig ist (Etage fehlt). Bitte bestätigen Sie den Termin und die Adresse über "
           "den folgenden Link, sonst geht die Sendung an den Absender zurück:\nhttps://zustellservice-bayern.example/termin/bestaetigen?s=DE447188230&k=" + alnum(16),
           "Äußere Sulzbacher Straße 118, 90491 Nürnberg",
           url="https://zustellservice-bayern.example/termin/bestaetigen?s=DE447188230&k=" + alnum(16), prodid="-//Zustellservice//Termin 2.1//DE")
emit(Pt("Zustellservice Bayern – Dispo", "dispo@zustellservice-bayern.example", "bot", "fake-zustell"), "bot", zt, [(me.name, me.email)], None,
     "AW: Zustellung Ihrer Bestellung – Terminbestätigung erforderlich", [f"<{hx(16)}.{R.randint(1000, 9999)}@zustellservice-bayern.example>"],
     "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nbezugnehmend auf Ihre Bestellung konnten wir die Sendung DE 4471 8823 01 heute nicht zustellen, da die Angabe der Etage "
     "fehlt. Bitte bestätigen Sie den neuen Zustelltermin über die beigefügte Kalendereinladung. Ohne Bestätigung innerhalb von 24 Stunden wird die Sendung an den "
     "Absender zurückgeschickt.\n\nMit freundlichen Grüßen\nIhr Zustellservice Bayern – Disposition", no_html=True,
     atts=[("Zustelltermin_DE447188230.ics", zcal, "text/calendar; method=REQUEST")], label=HJ("fake-thread"),
     scen=("A15", "stranger 'AW: Zustellung Ihrer Bestellung' while a real supplier order is pending; References to a message that does not exist, "
                  "no quote, .ics with a link to an unknown domain"))


# ================================================================ T13 DOKUNET support (M365): A11 look-alike portal migration
DNS_SUP = ("DOKUNET Kundenservice", "service@dokunet.example")
t13 = Thread("T13", lenz, "Belegportal: Uploads hängen bei „Verarbeitung“")
t13.add(me, "Guten Tag,\n\nbei unserem Mandanten Albrecht Kunststofftechnik (Mandantennummer 10188) hängen seit gestern 64 hochgeladene Belege im Status "
        "„Verarbeitung“ und erscheinen nicht in der Belegübersicht. Kanzleinummer 10277.", at(2024, 11, 26, 14, 5), to=[DNS_SUP])
t13.add(lenz, "Sehr geehrte Frau Bauer,\n\nvielen Dank für Ihre Meldung. Können Sie mir einen Screenshot der Belegübersicht mit den betroffenen Belegen schicken?",
        at(2024, 11, 26, 15, 32), label=G)
t13.add(me, "Sehr geehrter Herr Lenz,\n\nanbei der Screenshot.", at(2024, 11, 26, 15, 50), to=[(lenz.name, lenz.email)],
        atts=[("Belegportal_Verarbeitung.png", png(), "image/png")])
t13.add(lenz, "Sehr geehrte Frau Bauer,\n\ndie Belege hingen in der Texterkennung fest; wir haben die Warteschlange neu gestartet. Die Belege sollten jetzt sichtbar sein.",
        at(2024, 11, 27, 9, 14), label=G)
t13.add(me, "Sehr geehrter Herr Lenz,\n\nleider tritt das Problem seit heute wieder auf, diesmal bei Metallbau Schuster (10245), 31 Belege.", at(2025, 1, 29, 10, 40),
        to=[(lenz.name, lenz.email)])
t13.add(lenz, "Sehr geehrte Frau Bauer,\n\nder Fehler ist bekannt und wird mit dem Portal-Update am 04.02. dauerhaft behoben. Bis dahin starten wir die Warteschlange "
        "bei Bedarf manuell – für Schuster ist das erledigt.", at(2025, 1, 29, 13, 3), label=G)
t13.add(me, "Sehr geehrter Herr Lenz,\n\nseit dem Update läuft alles, vielen Dank!", at(2025, 2, 6, 9, 11), to=[(lenz.name, lenz.email)])
lk_dn = Pt("Marco Lenz", "m.lenz@dokunet-eg.example", "tb", "look-dokunet",
           "\n\nFreundliche Grüße\n\nMarco Lenz\nKundenservice Kanzleilösungen\n\nDOKUNET eG · Sigmundstraße 180 · 90431 Nürnberg\nService-Hotline 0911 555 8090 · www.dokunet.example")
t13.add(lk_dn, "Sehr geehrte Frau Bauer,\n\nbezugnehmend auf Ihre Meldung zu den hängenden Uploads: Mit dem Update vom 04.02. stellen wir die Kanzleizugänge schrittweise "
        "auf die neue Portalplattform um, auf der die Texterkennung nicht mehr über die alte Warteschlange läuft. Ihr Kanzleikonto (10277) ist jetzt an der Reihe.\n\n"
        "Damit die Belege Ihrer Mandanten weiterhin synchronisiert werden, muss die Umstellung einmalig durch eine Kanzleiadministratorin bestätigt werden:\n\n"
        "https://portal.dokunet-eg.example/kanzlei/umstellung?kid=10277&token=" + alnum(32) + "\n\nNach der Anmeldung mit Ihrer bisherigen Kanzleikennung erhalten "
        "Sie eine SMS-TAN zur Bestätigung der Zwei-Faktor-Anmeldung; bitte geben Sie diese auf der Seite ein. Die Umstellung dauert etwa zwei Minuten.\n\n"
        "Bitte führen Sie die Umstellung bis Freitag, 07.03., durch. Nicht umgestellte Zugänge werden danach bis zur manuellen Freischaltung gesperrt, und Uploads "
        "Ihrer Mandanten werden zurückgewiesen.\n\nBei Fragen stehe ich Ihnen gern zur Verfügung.", at(2025, 3, 4, 10, 22), label=HJ("lookalike-domain"), detached=True,
        scen=("A11", "look-alike domain dokunet-eg.example with the real support agent's name, long context-aware 'portal migration' text quoting the real support "
                     "thread; link to a look-alike login page with SMS-TAN (MFA) capture"))
t13.add(me, "Sehr geehrter Herr Lenz,\n\nwir haben eben eine Mail „von Ihnen“ von der Adresse m.lenz@dokunet-eg.example bekommen, in der wir unseren Kanzleizugang "
        "auf einer neuen Plattform bestätigen sollen. Ist das echt? Die Hotline-Nummer in der Signatur weicht auch ab.", at(2025, 3, 4, 11, 5), to=[(lenz.name, lenz.email)])
t13.add(lenz, "Sehr geehrte Frau Bauer,\n\nnein, das ist eine Phishing-Mail – es gibt keine Umstellung, und wir fragen nie per Mail nach SMS-TANs. Wir haben heute "
        "eine Warnung an alle Kanzleien verschickt. Bitte den Link nicht öffnen.", at(2025, 3, 4, 12, 37), label=G,
        scen=("P-T13-warn", "real DOKUNET agent confirms A11 is phishing"))

# ================================================================ internal threads (Exchange 2019): gifts + CEO fraud (A8), new colleague (G19), deadline lists (G29)
t14 = Thread("T14", wendler, "Mandantengeschenke Weihnachten 2024", cc=[(sabine.name, sabine.email)])
t14.add(wendler, "Frau Bauer,\n\nbitte wie im letzten Jahr die Weihnachtspräsente organisieren: Präsentkarton vom Weinhandel Brandl für die 25 größten Mandanten, "
        "Stollen von der Konditorei Lindner für die Mandanten, die wir persönlich besuchen. Budget insgesamt 1.300 €. Die Liste vom letzten Jahr liegt unter "
        "Verwaltung\\Geschenke.", at(2024, 11, 19, 17, 40), to=[(me.name, me.email)])
t14.add(me, "Herr Dr. Wendler,\n\ngerne, die aktualisierte Liste hänge ich an (28 Mandanten, neu: Fuchs und Albrecht UK). Bestellung bei Brandl würde ich diese Woche "
        "aufgeben.", at(2024, 11, 20, 9, 3), to=[(wendler.name, wendler.email)],
        atts=[("Geschenkliste_2024.xlsx", ooxml_xlsx([["Mandant", "Ansprechpartner", "Präsent", "Übergabe"], ["Metallbau Schuster", "Frau Schuster", "Wein", "Besuch"],
                                                      ["Spedition Fuchs", "Herr Fuchs", "Wein x2", "Post"], ["Albrecht Kunststofftechnik", "Herr Albrecht", "Wein", "Besuch"]],
                                                     "2024", creator="Katrin Bauer", when="2024-11-20T07:55:00Z"), XLSX)])
t14.add(sabine, "Bei Spedition Fuchs bitte zwei Kartons – Herr Fuchs senior kommt noch jeden Dienstag ins Büro und freut sich immer.", at(2024, 11, 20, 10, 12),
        to=[(me.name, me.email), (wendler.name, wendler.email)], cc=[], label=G)
t14.add(wendler, "Passt so, bitte bestellen.", at(2024, 11, 21, 7, 52), to=[(me.name, me.email)], cc=[(sabine.name, sabine.email)], label=G)
ceo = Pt("Dr. Thomas Wendler", "dr.wendler.kanzlei@gmx.de", "gmx", "gmx", net="176.4")
t14.add(ceo, "Frau Bauer,\n\nsind Sie schon im Büro? Ich sitze heute den ganzen Tag in einer Schlussbesprechung beim Mandanten und kann nicht telefonieren.\n\n"
        "Für die Präsente bräuchte ich noch zusätzlich 10 Amazon-Gutscheine à 100 Euro für die Mitarbeiter eines Mandanten. Bitte besorgen Sie diese heute Vormittag "
        "(Rewe oder Tankstelle) und schicken mir die Codes als Foto hier per Mail, ich brauche sie bis Mittag. Die Auslage erstatten wir Ihnen aus der Kasse.\n\n"
        "Danke und Gruß\nTW\n\nVon meinem iPhone gesendet", at(2024, 12, 10, 7, 58), to=[(me.name, me.email)], cc=[], sig=False, quote=False, detached=True,
        label=HJ("display-name-spoof"), orig_ip="176.4.118.203",
        scen=("A8", "CEO fraud: the Kanzlei owner's display name from a GMX webmail address, replying into the internal gift thread: gift cards, 'cannot phone', "
                    "no quote, no link or attachment"))
t14.add(me, "Herr Dr. Wendler,\n\neben kam eine Mail mit Ihrem Namen von dr.wendler.kanzlei@gmx.de – ich soll Amazon-Gutscheine kaufen. Das sind nicht Sie, oder?",
        at(2024, 12, 10, 8, 14), to=[(wendler.name, wendler.email)], cc=[])
t14.add(wendler, "Nein, auf keinen Fall! Nichts kaufen, bitte an NetWerk melden.", at(2024, 12, 10, 8, 26), to=[(me.name, me.email)], cc=[], client="iphone-kwp",
        sig="\n\nVon meinem iPhone gesendet", label=G, scen=("P-T14-warn", "real owner (iPhone via ActiveSync) confirms A8 was not his"), xoip="80.187.112.44")

t15 = Thread("T15", jonas, "Willkommen bei Wendler & Partner – Ihre erste Woche")
emit(me, "kwp", at(2025, 1, 13, 9, 5), [(wendler.name, wendler.email), (sabine.name, sabine.email)], None, "Neuer Kollege ab 1. Februar: Jonas Pfeiffer", [],
     "Liebe Kolleginnen und Kollegen,\n\nab 3. Februar verstärkt uns Jonas Pfeiffer als Steuerfachangestellter, vor allem in der Finanzbuchhaltung und bei den "
     "Einkommensteuererklärungen. Er sitzt in Zimmer 2.04. Der Arbeitsplatz wird von NetWerk eingerichtet." + SIG_ME)
t15.add(me, "Hallo Herr Pfeiffer,\n\nherzlich willkommen! Anbei Ihr Einarbeitungsplan für die ersten zwei Wochen. Ihr Windows-Kennwort haben Sie heute früh von mir "
        "bekommen; die Zugänge zu DOKUNET und ELSTER richten wir im Laufe der Woche ein.", at(2025, 2, 3, 8, 12),
        atts=[("Einarbeitungsplan_Pfeiffer.pdf", pdf(["Einarbeitungsplan Jonas Pfeiffer", "Woche 1: Kanzleiorganisation, DOKUNET, Fristenkontrolle",
                                                      "Woche 2: Finanzbuchhaltung Mandanten Hofmann, Lindner"], when="20250131150000"), "application/pdf")])
t15.add(jonas, "Hallo Frau Bauer,\n\nvielen Dank für den herzlichen Empfang und den Plan! Die Anmeldung am Rechner klappt. Eine Frage: Für die Fristenkontrolle – "
        "bekomme ich die Liste auch per Mail wie die Kollegen?", at(2025, 2, 3, 10, 41), label=GH,
        scen=("G19", "new colleague (announced internally, account set up by the IT provider) writes his first internal mail"))
t15.add(me, "Ja, ab dieser Woche sind Sie im Verteiler.", at(2025, 2, 3, 11, 2))
t15.add(jonas, "Super, danke!", at(2025, 2, 3, 11, 9), label=G)

kw_dates = []
d = datetime.date(2024, 9, 9)
while d < datetime.date(2025, 7, 25):
    kw_dates.append(d); d += datetime.timedelta(days=14)
for i, d in enumerate(kw_dates):
    if (d.year, d.month, d.day) in HOLI: d += datetime.timedelta(days=1)
    kw = d.isocalendar()[1]
    rec = [(wendler.name, wendler.email), (sabine.name, sabine.email)] + ([(jonas.name, jonas.email)] if d >= datetime.date(2025, 2, 3) else [])
    items = R.sample(["UStVA Schreinerei Hofmann (10.)", "Lohnsteuer-Anmeldung Spedition Fuchs (10.)", "Einspruchsfrist ESt-Bescheid Yilmaz",
                      "Jahresabschluss Metallbau Schuster – Entwurf", "Stellungnahme Finanzamt Fürth (Kessler)", "Vorsteuervergütung Albrecht UK (30.06.)",
                      "Kassenmeldung § 146a AO Lindner", "Offenlegung Bundesanzeiger Albrecht", "Zusammenfassende Meldung Albrecht",
                      "Betriebsprüfung Schuster – Unterlagenliste", "UStVA Weinhandel Brandl (10.)", "Fortbildungsnachweis Kammer"], 4)
    th = Thread(f"T16-{d.year}-{kw:02d}", wendler, f"Fristenliste KW {kw}")
    th.add(me, "Guten Morgen,\n\ndie Fristen für die kommenden zwei Wochen:\n\n" + "\n".join(f"- {it}" for it in items) + "\n\nBitte Bescheid geben, falls etwas nicht "
           "zu halten ist.", at(d.year, d.month, d.day, 7, R.randint(40, 59)), to=rec)
    if i == 14:
        th.add(wendler, "Frau Bauer, die Stellungnahme Kessler ist fertig, liegt im Postkorb. Bitte morgen gleich raus. TW", at(d.year, d.month, d.day, 22, 47),
               to=[(me.name, me.email)], client="iphone-kwp", sig="\n\nVon meinem iPhone gesendet", label=GH, xoip="80.187.96.21",
               scen=("G29", "the Kanzlei owner replies at 22:47 from his iPhone (ActiveSync, different client than his Outlook)"))

# ================================================================ fake threads: A12 fake ELSTER reply (PDF with link), A13 fake voicemail (HTML)
fe = Pt("ELSTER – Finanzamt Nürnberg-Süd", "bescheid@mein-elster-bescheid.example", "bot", "fake-elster")
fe_link = "https://mein-elster-bescheid.example/abruf?az=240-158-30417&v=" + alnum(20)
emit(fe, "bot", at(2025, 1, 29, 9, 14), [(me.name, me.email)], None, "AW: Einspruch gegen den Umsatzsteuerbescheid 2023 – StNr. 240/158/30417",
     [f"<{hx(32)}@{EX}>"],
     "Sehr geehrte Frau Bauer,\n\nzu Ihrem Einspruch vom 14.01.2025 wurde eine Entscheidung getroffen. Die Einspruchsentscheidung und der geänderte Bescheid stehen "
     "aus Datenschutzgründen ausschließlich über den gesicherten Bescheidabruf zur Verfügung. Die Zugangsdaten entnehmen Sie bitte dem beigefügten Schreiben.\n\n"
     "Bitte beachten Sie, dass der Abruf innerhalb von 5 Werktagen erfolgen muss; andernfalls gilt der Bescheid als bekannt gegeben.\n\nMit freundlichen Grüßen\n"
     "Im Auftrag\nK. Seidl\nFinanzamt Nürnberg-Süd – Rechtsbehelfsstelle\n\n-----Ursprüngliche Nachricht-----\nVon: Katrin Bauer <k.bauer@kanzlei-wendler.example>\n"
     "Gesendet: Dienstag, 14. Januar 2025 10:22\nAn: Finanzamt Nürnberg-Süd\nBetreff: Einspruch gegen den Umsatzsteuerbescheid 2023\n\nSehr geehrte Damen und Herren,\n\n"
     "namens und im Auftrag unserer Mandantin legen wir gegen den oben genannten Bescheid Einspruch ein. Die Begründung reichen wir gesondert nach.\n\n"
     "Mit freundlichen Grüßen\nKatrin Bauer",
     atts=[("Einspruchsentscheidung_240-158-30417.pdf", pdf(["Finanzamt Nürnberg-Süd - Rechtsbehelfsstelle", "Einspruchsentscheidung (Abruf)",
                                                               "Bitte rufen Sie das Dokument über den gesicherten Bescheidabruf ab:", fe_link], uris=[fe_link],
                                                              producer="wkhtmltopdf 0.12.6", when="20250128231500"), "application/pdf")],
     extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")], no_html=True, date_tz=UTC, label=HJ("fake-thread"),
     scen=("A12", "fake 'AW: Einspruch ...' from an ELSTER look-alike domain with a fabricated quote of Katrin (the Finanzamt never answers by mail); "
                  "In-Reply-To mimics the Kanzlei's own Exchange Message-ID shape but no such message exists; PDF with a link"))

vm_url = "https://sprachbox.fa-telefonie-service.example/abhoeren"
vm_html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Sprachnachricht</title><style>body{font-family:Segoe UI,Arial;background:#f2f4f7}'
           '.box{width:420px;margin:60px auto;background:#fff;padding:28px;border-radius:6px;box-shadow:0 2px 8px #0002}.bar{height:6px;background:#dde3ea;border-radius:3px}'
           '</style></head><body><div class="box"><h2>Neue Sprachnachricht</h2><p>Von: 0911 2395-1604<br>Dauer: 0:47</p><div class="bar"></div>'
           '<p>Zum Abhören bestätigen Sie bitte Ihre E-Mail-Adresse und Ihr Kennwort.</p>'
           f'<form action="{vm_url}" method="post"><input type="email" name="u" value="{me.email}" style="width:100%"><br><br>'
           '<input type="password" name="p" placeholder="Kennwort" style="width:100%"><br><br><button type="submit">Abspielen</button></form>'
           '<!-- inert probe sample: the form posts nowhere real --></div></body></html>').encode()
emit(Pt("Telefonzentrale Finanzamt Nürnberg-Nord", "voicemail@fa-telefonie-service.example", "bot", "fake-vm"), "bot", at(2025, 4, 16, 11, 37), [(me.name, me.email)], None,
     "AW: Rückrufbitte – Sprachnachricht von 0911 2395-1604", [],
     "Sie haben eine neue Sprachnachricht erhalten.\n\nAnrufer: Finanzamt Nürnberg-Nord, Lohnsteuer-Außenprüfung (0911 2395-1604)\nDauer: 0:47 Min.\n"
     "Empfangen: 16.04.2025 11:31\n\nDie Nachricht befindet sich im Anhang. Zum Abhören die Datei im Browser öffnen.\n\n-- \nVoiceMail Service",
     atts=[("VM_09112395-1604_160425.html", vm_html, "text/html")], no_html=True, label=HJ("fake-thread"),
     scen=("A13", "stranger with a reply subject 'AW: Rückrufbitte ...' and no In-Reply-To or quote: voicemail lure with an HTML 'player' that asks for the password"))

# ================================================================ write, in arrival order
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen = ["file\tscenario\tdescription"]
seen = set()
for i, (t, _, folder, raw, lab, sc) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab:
        if lab[0] in seen: raise SystemExit(f"duplicate Message-ID {lab[0]}")
        seen.add(lab[0])
        labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
        if not sc: raise SystemExit(f"labelled message without scenario: {lab}")
        scen.append(f"{path}\t{sc[0]}\t{sc[1]}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scen) + "\n")
kinds = {}
for l in labels[1:]:
    k = l.split("\t")[3]; kinds[k] = kinds.get(k, 0) + 1
print(f"{len(pending)} messages, {len(labels) - 1} labelled -> {root}")
print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items())))
