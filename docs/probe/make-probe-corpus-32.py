#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-32.py OUT_DIR
#
# Probe mailbox "lars": Lars Johansson, inköpschef (purchasing lead) at Lönneberga Möbel AB, a furniture maker in Småland
# (Microsoft 365 tenant, Outlook desktop in Swedish: replies "SV:", forwards "VB:", quote header "Från/Skickat/Till/Ämne").
# Swedish with domestic suppliers, Norwegian/English/German/Polish abroad. Sept 2024 - June 2025. Bankgiro/Plusgiro payment
# culture; e-invoices reach him through the operator "Fakturahubben" (Svefaktura / Peppol BIS notifications).
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Karin Nilsson, Virserums Såg AB (sawmill)    Telia-hosted mail, OX App Suite webmail (iPhone Mail at night), d=virserumssag.example s=tsm1
#   Erik Lindqvist, Värnamo Beslag AB (hardware) Google Workspace, Gmail web, Swedish Gmail quote, d=varnamobeslag.example s=google
#   Anna Bergström / Oskar Lund, Smålandsfrakt AB (transport)  on-prem Exchange 2016 (SFEX01.smalandsfrakt.local), no DKIM
#   Mikko Virtanen, Keski-Suomen Vaneri Oy (plywood, FI)  on-prem Exchange 2019 (KSV-EX19.ksvaneri.local), "VS:" replies, English
#   Ingrid Haugen, Gudbrandsdal Ull AS (wool fabric, NO)  M365 Outlook desktop, Norwegian, d=gudbrandsdalull.example s=selector1
#   Tomasz Kowalski, Tapicer-Pol Sp. z o.o. (upholstery, PL)  Thunderbird on shared hosting (Postfix), English; moves to M365
#     Outlook in April 2025 (announced) - from then Outlook fingerprint, d=tapicerpol.example s=selector2
#   Jürgen Weber, Schmidt Beschläge GmbH (fittings, DE)  M365 Outlook desktop, German, "AW:", d=schmidt-beschlaege.example
#   Colleagues (same tenant, Outlook desktop): Maria Ekström (VD/CEO), Johan Svensson (ekonomichef), Peter Holm (produktionschef)
#   Kvarnholm Affärssystem support desk ("[Ärende #nnnnn]" tag, own desk Message-IDs), Fakturahubben notices, TMF newsletter,
#   the "inkopsforum" Mailman list of the furniture trade association, Microsoft 365 notices, Smålandsfrakt tracking notices.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv and OUT_DIR/mailboxes/lars/{INBOX,Sent}/N.eml numbered in arrival order
# across both folders. Only test messages are labelled; the rest is context. Deterministic (random.Random(32)); no network;
# attachments are inert.
#
# Threads: T1 Karin furu order; T2 Karin annual contract (revived after 5 months); T3 Karin invoices/Bankgiro; T4 Erik
#   beslag order; T5 Erik CAD drawings; T6 Erik catalogue; T7 Anna bookings autumn; T8 Anna transport damage; T9 Anna price
#   adjustment 2025; T10 Mikko plywood order; T11 Mikko quality complaint; T12 Ingrid fabric prices 2025; T13 Ingrid samples;
#   T14 Tomasz sofa covers order; T15 Tomasz bank change; T16 Tomasz spring order (after M365 move); T17 Jürgen hinges order;
#   T18 Jürgen technical question (English); T19 Maria budget; T20 Peter production planning; T21 Johan invoice checks;
#   T22 Kvarnholm ERP ticket; T23 inkopsforum list thread; T24 Karin spring order; T25 Erik spring order; T26 Mikko spring
#   order; T27 Jürgen spring order; T28 Anna bookings spring. Plus stand-alone notices, newsletters, automatic replies.
#
# Hijacks (15):
#   A1  T3  server-hijack      Karin's real Telia webmail: "ny Bankgiro" 5318-xxxx for the open invoices, no payload, faithful quote
#   A2  T12 account-takeover   Ingrid's M365 account via eM Client from a foreign IP: Dropbox link "oppdatert prisliste" .zip (.lnk inside)
#   A3  --  fake-thread        stranger "SV: Svefaktura ... avvisad" with an invented quote, link to a fake operator login
#   A4  T19 display-name-spoof "Maria Ekström" from gmail.com: confidential acquisition, urgent transfer, no payload
#   A5  T10 server-hijack      Mikko's real Exchange 2019: Finnish "tilausvahvistus" .iso attachment, no quote
#   A6  T17 lookalike-domain   schmidt-beschiaege.example: long German mail, new IBAN at another bank, altered quote
#   A7  T4  server-hijack      Erik's real Gmail/Workspace: password-protected zip "orderbekräftelse", password in text, .js inside
#   A8  T8  server-hijack      Smålandsfrakt's real Exchange 2016: OneNote "skadeanmälan" attachment, short and generic
#   A9  T14 account-takeover   Tomasz's hosting mailbox via Roundcube from another network: voicemail HTML attachment
#   A10 T20 display-name-spoof "Peter Holm" from outlook.com: gift cards for the staff, reply with the codes
#   A11 T9  lookalike-domain   smalandsfrakt-ab.example: PDF invoice with a "Betala" link and a new Bankgiro, quotes real thread
#   A12 --  fake-thread        English "RE: Supplier agreement 2025 - signature required" with an SVG e-signature attachment
#   A13 T22 server-hijack      Kvarnholm desk's real system: "critical client update" link to a look-alike download host
#   A14 T21 account-takeover   Johan's own M365 account via SMTP AUTH from abroad: .ics "MFA re-registration" link on sharepoint.com
#   A15 T16 lookalike-domain   tapicer-pol.example: macro .docm "korekta faktury", Polish/English, payroll-style urgency
#
# Genuine hard cases (28):
#   G1  T15 Tomasz's bank-change letter (PDF) announced in advance      G2  T15 Lars confirms after calling; first invoice with new IBAN
#   G3  T6  Erik's Google Drive link to the catalogue (thread had links) G4  T7  Anna introduces new traffic planner Oskar Lund
#   G5  T7  Oskar writes himself (new sender, same server)               G6  T11 Mikko's new mobile number in signature
#   G7  T13 Ingrid's Norwegian automatic reply (Fravær)                  G8  T17 Jürgen's German Abwesenheitsnotiz
#   G9  T23 list reply with Mailman footer and subject tag               G10 T19 Maria forwards ("VB:") a bank letter PDF
#   G11 --  Fakturahubben notice of a new Svefaktura invoice (link)      G12 --  Fakturahubben "faktura avvisad" notice
#   G13 T2  Karin revives the annual contract thread after 5 months      G14 T1  Karin from her iPhone at 23:41
#   G15 T5  Erik's zipped DWG drawings that Lars asked for               G16 T22 Kvarnholm desk update with link to their portal
#   G17 T20 Peter's SharePoint link (own tenant)                         G18 T17 Jürgen's PDF Auftragsbestätigung (as always)
#   G19 T10 Mikko's PDF order confirmation (as always)                   G20 T12 Ingrid's price list .xlsx that Lars asked for
#   G21 T16 Tomasz's first mail from new M365 Outlook (announced move)   G22 T18 Jürgen answers in English to an English question
#   G23 --  Smålandsfrakt tracking notice with link (no reply headers)  G24 T13 Ingrid's colleague replies in English (Cc)
#   G25 T11 Mikko answers in Finland-Swedish                             G26 --  Microsoft 365 sign-in notice (many links)
#   G27 T21 Johan asks Lars to verify a Bankgiro change by phone (payment topic, genuine)
#   G28 T28 Anna's reply from Outlook on her phone at 06:05 on a Saturday (same server)
# Genuine orphans (2): O1 Mikko's colleague Sari replies in a thread Lars was added to later (parent missing);
#   O2 Jürgen answers "wie telefonisch besprochen" to a mail that only went to Lars's colleague Peter.
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply).
import base64, datetime, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "lars"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(32)
STO = ZoneInfo("Europe/Stockholm"); HEL = ZoneInfo("Europe/Helsinki"); OSL = ZoneInfo("Europe/Oslo")
WAW = ZoneInfo("Europe/Warsaw"); BER = ZoneInfo("Europe/Berlin"); UTC = datetime.timezone.utc
TD = datetime.timedelta


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def rfc(t): return t.strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=STO, lang="sv"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]; s.fn = name.split()[0]


OWN = "lonnebergamobel.example"
me = Pt("Lars Johansson", f"lars.johansson@{OWN}", "olk", "own",
        "\n\nMed vänliga hälsningar\nLars Johansson\nInköpschef\nLönneberga Möbel AB\nIndustrigatan 14, 577 35 Hultsfred\nTel 0495-55 41 20 | Mobil 070-555 18 43")
maria = Pt("Maria Ekström", f"maria.ekstrom@{OWN}", "olk", "own", "\n\nMaria Ekström\nVD, Lönneberga Möbel AB\n070-555 90 11")
johan = Pt("Johan Svensson", f"johan.svensson@{OWN}", "olk", "own", "\n\n/Johan\n\nJohan Svensson\nEkonomichef | Lönneberga Möbel AB\n0495-55 41 05")
peter = Pt("Peter Holm", f"peter.holm@{OWN}", "olk", "own", "\n\nHälsningar\nPeter Holm\nProduktionschef | Lönneberga Möbel AB\n0495-55 41 31")
karin = Pt("Karin Nilsson", "karin.nilsson@virserumssag.example", "ox", "telia",
           "\n\nMvh\nKarin Nilsson\nVirserums Såg AB\nSågvägen 3, 570 80 Virserum\n0495-555 302")
erik = Pt("Erik Lindqvist", "erik.lindqvist@varnamobeslag.example", "gmail", "gws-vb",
          "\n\n-- \nErik Lindqvist\nSäljare | Värnamo Beslag AB\n0370-55 88 14 | www.varnamobeslag.example")
anna = Pt("Anna Bergström", "anna.bergstrom@smalandsfrakt.example", "ex16", "ex16-sf",
          "\n\nMed vänlig hälsning\nAnna Bergström\nTrafikledare\nSmålandsfrakt AB | Box 114, 570 82 Målilla\nTel 0495-555 610")
oskar = Pt("Oskar Lund", "oskar.lund@smalandsfrakt.example", "ex16", "ex16-sf",
           "\n\nMed vänlig hälsning\nOskar Lund\nTrafikplanerare\nSmålandsfrakt AB | Box 114, 570 82 Målilla\nTel 0495-555 614")
mikko = Pt("Mikko Virtanen", "mikko.virtanen@ksvaneri.example", "ex19", "ex19-ksv",
           "\n\nBest regards\nMikko Virtanen\nExport Sales Manager\nKeski-Suomen Vaneri Oy\nTehtaantie 9, 40320 Jyväskylä, Finland\n+358 40 555 2281", tz=HEL, lang="en")
sari = Pt("Sari Mäkinen", "sari.makinen@ksvaneri.example", "ex19", "ex19-ksv",
          "\n\nBr, Sari Mäkinen\nQuality Engineer | Keski-Suomen Vaneri Oy\n+358 40 555 7730", tz=HEL, lang="en")
ingrid = Pt("Ingrid Haugen", "ingrid.haugen@gudbrandsdalull.example", "olkno", "exo-gu",
            "\n\nMed vennlig hilsen\nIngrid Haugen\nSalgssjef Norden\nGudbrandsdal Ull AS\nTlf. +47 61 55 40 22", tz=OSL, lang="no")
knut = Pt("Knut Ødegård", "knut.odegard@gudbrandsdalull.example", "olkno", "exo-gu",
          "\n\nKnut Ødegård\nProduct Developer | Gudbrandsdal Ull AS\n+47 61 55 40 31", tz=OSL, lang="en")
tomasz = Pt("Tomasz Kowalski", "tomasz.kowalski@tapicerpol.example", "tbpl", "hostpl",
            "\n\n-- \nTomasz Kowalski\nKierownik sprzedaży / Sales Manager\nTapicer-Pol Sp. z o.o.\nul. Fabryczna 7, 64-100 Leszno, Poland\ntel. +48 65 555 31 20", tz=WAW, lang="en")
jurgen = Pt("Jürgen Weber", "j.weber@schmidt-beschlaege.example", "olkde", "exo-sb",
            "\n\nMit freundlichen Grüßen\n\nJürgen Weber\nVertrieb Export Skandinavien\nSchmidt Beschläge GmbH\nIndustriestraße 22, 32105 Bad Salzuflen\nTel. +49 5222 555-214", tz=BER, lang="de")
desk = Pt("Kvarnholm Support", "support@kvarnholm-erp.example", "desk", "desk")
fhub = Pt("Fakturahubben", "noreply@fakturahubben.example", "notice", "fhub")
tmf = Pt("TMF Nyhetsbrev", "nyhetsbrev@tmf-moebel.example", "notice", "tmf")
lst = Pt("inkopsforum", "inkopsforum@lists.tmf-moebel.example", "list", "list")
msft = Pt("Microsoft 365", "no-reply@microsoft.example", "notice", "msft", tz=UTC)
sfnot = Pt("Smålandsfrakt Spårning", "noreply-sparning@smalandsfrakt.example", "notice", "sfnot")

# helo, ip, dkim d, dkim s, envelope domain
INFRA = {
    "telia": ("smtp-out04.telia.example", "81.236.60.154", "virserumssag.example", "tsm1", None),
    "gws-vb": ("mail-sor-f41.google.com", "209.85.220.41", "varnamobeslag.example", "google", None),
    "ex16-sf": ("mail.smalandsfrakt.example", "194.17.214.50", None, None, None),
    "ex19-ksv": ("mail.ksvaneri.example", "91.152.64.21", None, None, None),
    "exo-gu": ("mail-gv0nor02on2072.outbound.protection.outlook.com", "40.107.13.72", "gudbrandsdalull.example", "selector1", None),
    "hostpl": ("s62.hostingpl.example", "185.36.168.62", "tapicerpol.example", "x", None),
    "exo-tp": ("mail-vi1eur02on2119.outbound.protection.outlook.com", "40.107.21.119", "tapicerpol.example", "selector2", None),
    "exo-sb": ("mail-fr2deu01on2091.outbound.protection.outlook.com", "40.107.135.91", "schmidt-beschlaege.example", "selector1", None),
    "desk": ("mta2.kvarnholm-erp.example", "193.10.222.18", "kvarnholm-erp.example", "kh2023", "bounce.kvarnholm-erp.example"),
    "fhub": ("out1.fakturahubben.example", "194.68.12.40", "fakturahubben.example", "fh1", "bounce.fakturahubben.example"),
    "tmf": ("mta7.nyhetsbrevsverktyg.example", "185.51.8.77", "tmf-moebel.example", "nb", "bounces.nyhetsbrevsverktyg.example"),
    "list": ("lists.tmf-moebel.example", "194.14.80.9", "lists.tmf-moebel.example", "ml", None),
    "msft": ("mail-db8eur05on2050.outbound.protection.outlook.com", "40.107.20.50", "microsoft.example", "s1024-meo", "email.microsoft.example"),
    "sfnot": ("notify.smalandsfrakt.example", "194.17.214.55", "smalandsfrakt.example", "n1", None),
    "gmail": ("mail-ej1-f47.google.com", "209.85.218.47", "gmail.com", "20230601", None),
    "outlookcom": ("EUR03-VI1-obe.outbound.protection.outlook.com", "52.100.18.203", "outlook.com", "selector1", None),
    # attackers
    "look-sb": ("mail.schmidt-beschiaege.example", "45.138.16.231", "schmidt-beschiaege.example", "default", None),
    "look-sf": ("vps88213.hostservice.example", "193.233.48.19", "smalandsfrakt-ab.example", "mail", None),
    "look-tp": ("mx.tapicer-pol.example", "91.215.85.140", "tapicer-pol.example", "dkim", None),
    "fake-fh": ("srv1.e-faktura-portal.example", "188.119.112.4", "e-faktura-portal.example", "s1", None),
    "fake-ds": ("mail.contract-signing-hub.example", "146.70.87.12", "contract-signing-hub.example", "k1", None),
}
EXCH = {"smalandsfrakt.example": ("SFEX01", "smalandsfrakt.local", "10.0.0.12", "15.1.2507.39"),
        "ksvaneri.example": ("KSV-EX19", "ksvaneri.local", "10.20.1.8", "15.2.1544.14")}
EXO = {"gudbrandsdalull.example": "GV0P278MB0612", "schmidt-beschlaege.example": "FR2P281MB1744", "tapicerpol.example": "VI1PR02MB4471",
       OWN: "DB9PR09MB7421", "schmidt-beschiaege.example": "FR2P281MB0388"}
TENANT = {d: ruuid() for d in EXO}
DSTMB = "AS8PR09MB5915"

pending = []
seq = [0]


def make_mid(who, client, t):
    if client in ("gmail",): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("olk", "olkno", "olkde", "olkpl", "olkmob"):
        h = EXO[who.dom]; sfx = {"DB9": "EURPRD09", "GV0": "CHEP278", "FR2": "DEUP281", "VI1": "EURPRD02"}[h[:3]]
        return f"<{h}{HX(16)}@{h}.{sfx}.PROD.OUTLOOK.COM>"
    if client in ("ex16", "ex19", "ex16mob"):
        srv, ad, _, _ = EXCH[who.dom]; return f"<{hx(32)}@{srv}.{ad}>"
    if client == "ox": return f"<{R.randint(100000, 999999)}.{R.randint(1000, 99999)}.{int(t.timestamp() * 1000)}@webmail.telia.example>"
    if client == "iphone": return f"<{ruuid().upper()}@virserumssag.example>"
    if client == "tbpl": return f"<{ruuid()}@tapicerpol.example>"
    if client == "roundcube": return f"<{hx(32)}@tapicerpol.example>"
    if client == "desk": return f"<desk.{int(t.timestamp())}.{hx(12)}@support.kvarnholm-erp.example>"
    if client == "emclient": return f"<em{ruuid()}@desktop-{alnum(7).lower()}>"
    if client == "outlookcom": return f"<DU0P190MB{R.randint(1000, 9999)}{HX(16)}@DU0P190MB{R.randint(1000, 9999)}.EURP190.PROD.OUTLOOK.COM>"
    if client == "gmailfree": return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:54] + "@mail.gmail.com>"
    if client == "list": return f"<{hx(16)}.{int(t.timestamp())}@lists.tmf-moebel.example>"
    return f"<{hx(20)}.{int(t.timestamp())}@{who.dom}>"


def _q(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))


SVM = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
SVD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
NOM = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
NOD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
DEM = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
DED = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
SVDS = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]


def quote_of(client, q, tz):
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    tos = "; ".join(f"{n} <{e}>" if client not in ("olk",) else n for n, e in q["to"])
    if client in ("olk", "olkmob"):
        rows = [("Från", f"{name} <{email}>"), ("Skickat", f"den {t.day} {SVM[t.month-1]} {t.year} {t:%H:%M}"), ("Till", tos)]
        if q["cc"]: rows.append(("Kopia", "; ".join(n for n, e in q["cc"])))
        rows.append(("Ämne", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("ex16", "ex16mob"):
        rows = [("Från", f"{name} [mailto:{email}]"), ("Skickat", f"den {t.day} {SVM[t.month-1]} {t.year} {t:%H:%M}"), ("Till", tos), ("Ämne", q["subj"])]
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "olkno":
        rows = [("Fra", f"{name} <{email}>"), ("Sendt", f"{NOD[t.weekday()]} {t.day}. {NOM[t.month-1]} {t.year} {t:%H:%M}"), ("Til", tos), ("Emne", q["subj"])]
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "olkde":
        rows = [("Von", f"{name} <{email}>"), ("Gesendet", f"{DED[t.weekday()]}, {t.day}. {DEM[t.month-1]} {t.year} {t:%H:%M}"), ("An", tos), ("Betreff", q["subj"])]
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("ex19", "olkpl"):
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A}, {t:%B} {t.day}, {t.year} {t:%I:%M %p}"), ("To", tos), ("Subject", q["subj"])]
        return "\n\n-----Original Message-----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"] if client == "ex19" else \
            "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "gmail":
        return f"\n\nDen {SVDS[t.weekday()]} {t.day} {SVM[t.month-1][:3]}. {t.year} kl {t:%H:%M} skrev {name} <{email}>:\n\n" + _q(q["plain"])
    if client == "ox": return f"\n\n> {name} <{email}> skrev {t:%Y-%m-%d %H:%M}:\n> \n" + _q(q["plain"])
    if client == "iphone": return f"\n\n> {t.day} {SVM[t.month-1][:3]}. {t.year} kl. {t:%H:%M} skrev {name} <{email}>:\n> \n" + _q(q["plain"])
    if client == "tbpl": return f"\n\nW dniu {t:%d.%m.%Y} o {t:%H:%M}, {name} pisze:\n" + _q(q["plain"])
    if client == "roundcube": return f"\n\nDnia {t:%d.%m.%Y %H:%M}, {name} napisał(a):\n" + _q(q["plain"])
    if client == "desk": return f"\n\n--- {name} skrev {t:%Y-%m-%d %H:%M}:\n" + _q(q["plain"])
    if client == "emclient": return f"\n\n------ Original Message ------\nFrom \"{name}\" <{email}>\nDate {t:%d.%m.%Y %H:%M:%S}\nSubject {q['subj']}\n\n" + q["plain"]
    return "\n\n" + _q(q["plain"])


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client in ("olk", "olkno", "olkde", "olkpl", "ex16", "ex19", "olkmob", "ex16mob"):
        lang = {"olk": "SV", "olkno": "NO-BOK", "olkde": "DE", "olkpl": "PL", "ex16": "SV", "ex19": "FI", "olkmob": "SV", "ex16mob": "SV"}[client]
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n<body lang="' + lang + '" '
                'link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">' + esc + "</p>\n</div>\n</body>\n</html>")
    if client in ("gmail", "gmailfree"): return '<div dir="ltr">' + esc + "</div>\n"
    if client == "ox": return '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n   ' + esc + "\n  </div>\n </body>\n</html>"
    if client in ("desk", "notice", "outlookcom", "emclient"):
        return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;'
                'font-size:14px"><div>' + esc + "</div></body></html>")
    return None


def sender_hops(who, infra, t, env, client, orig_ip=None):
    hops = []
    if infra.startswith("exo") or (infra == "own" and client != "own-smtp"):
        host = EXO[who.dom]; sfx = {"DB9": "eurprd09", "GV0": "CHEP278", "FR2": "DEUP281", "VI1": "eurprd02"}[host[:3]]
        host2 = host[:-4] + str(R.randint(1000, 9999))
        if client == "emclient":
            hops.append(("Received", f"from [{orig_ip}] ({orig_ip}) by {host}.{sfx}.prod.outlook.com (2603:10a6:{hx(3)}:{hx(2)}::{hx(2)}) with Microsoft SMTP\n"
                                     f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {host}.{sfx}.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{sfx}.prod.outlook.com\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8769.021; {rfcu(t)}"))
        if infra != "own":
            hops.insert(0, ("Received", f"from {host}.{sfx}.prod.outlook.com (2603:10a6:{hx(3)}:{hx(2)}::{hx(2)}) by\n {host2}.{sfx}.prod.outlook.com (2603:10a6:{hx(3)}:{hx(2)}::{hx(1)})"
                                        f" with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; {rfcu(t + TD(seconds=1))}"))
    elif infra.startswith("ex1"):
        srv, ad, lan, ver = EXCH[who.dom]
        hops.append(("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver} via Mailbox Transport; {rfc(t.astimezone(who.tz))}"))
        hops.insert(0, ("Received", f"from {srv}.{ad} ({lan}) by {INFRA[infra][0]}\n ({INFRA[infra][1]}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                    f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {rfc((t + TD(seconds=1)).astimezone(who.tz))}"))
    elif infra == "telia":
        if client == "iphone":
            hops.append(("Received", f"from smtpclient.apple (h-{R.randint(80, 95)}-{R.randint(1, 250)}-{R.randint(1, 250)}-{R.randint(1, 250)}.A{R.randint(100, 999)}.priv.telia.example [81.{R.randint(224, 236)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
                                     f"\t(Authenticated sender: karin.nilsson@virserumssag.example)\n\tby {INFRA[infra][0]} (Postfix) with ESMTPSA id {HX(10)};\n\t{rfc(t.astimezone(STO))}"))
        else:
            hops.append(("Received", f"from oxweb02.telia.example (oxweb02.telia.example [10.41.8.{R.randint(10, 30)}])\n"
                                     f"\tby {INFRA[infra][0]} (Postfix) with ESMTPSA id {HX(10)};\n\t{rfc(t.astimezone(STO))}"))
    elif infra == "gws-vb":
        hops.append(("Received", f"by 2002:a05:6512:{hx(3)}:b0:{hx(3)}:{hx(3)}:{hx(4)} with HTTP; {rfc(t.astimezone(ZoneInfo('America/Los_Angeles')))}"))
        hops.append(("X-Google-Smtp-Source", "AGHT+I" + alnum(60)))
    elif infra == "hostpl":
        if client == "roundcube":
            hops.append(("Received", f"from webmail.hostingpl.example (localhost [127.0.0.1])\n\t(Authenticated sender: tomasz.kowalski@tapicerpol.example)\n"
                                     f"\tby {INFRA[infra][0]} (Postfix) with ESMTPA id {HX(10)};\n\t{rfc(t.astimezone(WAW))}"))
        else:
            hops.append(("Received", f"from [192.168.0.{R.randint(20, 60)}] (user-5-173-{R.randint(1, 250)}-{R.randint(1, 250)}.play-internetu.example [5.173.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
                                     f"\t(Authenticated sender: tomasz.kowalski@tapicerpol.example)\n\tby {INFRA[infra][0]} (Postfix) with ESMTPSA id {HX(10)};\n\t{rfc(t.astimezone(WAW))}"))
    elif infra in ("gmail",):
        hops.append(("Received", f"by {INFRA[infra][0]} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}.1; {rfc(t.astimezone(ZoneInfo('America/Los_Angeles')))}"))
    elif infra == "outlookcom":
        hops.append(("Received", f"from DU0P190MB{R.randint(1000, 9999)}.EURP190.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}]) by DU0P190MB{R.randint(1000, 9999)}.EURP190.PROD.OUTLOOK.COM"
                                 f" ([fe80::{hx(4)}:{hx(4)}%4]) with mapi id 15.20.8769.018; {rfcu(t)}"))
    else:
        hops.append(("Received", f"from localhost (localhost [127.0.0.1]) by {INFRA[infra][0]} (Postfix) with ESMTP id {HX(10)}; {rfc(t.astimezone(STO))}"))
    return hops


def transport(who, t, infra, client, orig_ip=None, auth=None):
    eop = f"AM{R.choice((2, 3, 4))}PEPF0002{R.randint(7000, 7999)}{HX(1)}.eurprd0{R.choice((3, 4, 5))}.prod.outlook.com"
    t_in = t + TD(seconds=R.randint(3, 9))
    top = [("Received", f"from {DSTMB.replace('5915', str(R.randint(1000, 9999)))}.eurprd09.prod.outlook.com (::1) by {DSTMB}.eurprd09.prod.outlook.com with HTTPS; {rfcu(t_in + TD(seconds=2))}")]
    if infra == "own":
        if client == "emclient":
            top.append(("Authentication-Results", f"dkim=none (message not signed) header.d=none;dmarc=none action=none header.from={OWN};"))
        else:
            top.append(("Authentication-Results", f"dkim=none (message not signed) header.d=none;dmarc=none action=none header.from={OWN};"))
        return top + sender_hops(who, infra, t, None, client, orig_ip)
    helo, ip, d, s, envd = INFRA[infra]
    envd = envd or who.dom if d else (envd or who.dom)
    if d: ar = f"spf=pass (sender IP is {ip}) smtp.mailfrom={envd}; dkim=pass (signature was verified)\n header.d={d};dmarc=pass action=none header.from={who.dom if infra not in ('gmail','outlookcom') else d};compauth=pass reason=100"
    else: ar = f"spf=pass (sender IP is {ip}) smtp.mailfrom={envd}; dkim=none (message not signed)\n header.d=none;dmarc=bestguesspass action=none header.from={who.dom};compauth=pass reason=109"
    top += [("Received", f"from {eop} (2603:10a6:{hx(3)}:{hx(2)}::{hx(2)}) by {DSTMB.replace('5915', str(R.randint(1000, 9999)))}.eurprd09.prod.outlook.com\n (2603:10a6:{hx(3)}:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; {rfcu(t_in + TD(seconds=1))}"),
            ("Authentication-Results", auth or ar),
            ("Received-SPF", f"Pass (protection.outlook.com: domain of {envd} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"),
            ("Received", f"from {helo} ({ip}) by\n {eop} (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via Frontend Transport; {rfcu(t_in)}")]
    hops = sender_hops(who, infra, t, envd, client, orig_ip)
    dk = []
    if d:
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n"
                                 f"\th=From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version;\n\tb={b64(180)}")]
    return top + hops + dk


UA = {"ox": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev67"), "iphone": ("X-Mailer", "iPhone Mail (22E240)"),
      "tbpl": ("User-Agent", "Mozilla Thunderbird"), "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
      "emclient": ("User-Agent", "eM_Client/10.0.3530.0"), "desk": ("X-Mailer", "Kvarnholm Servicedesk 5.2"),
      "ex16mob": ("X-Mailer", "Outlook for Android")}
CLANG = {"olk": "sv-SE", "olkno": "nb-NO", "olkde": "de-DE", "olkpl": "pl-PL", "ex16": "sv-SE", "ex19": "fi-FI", "olkmob": "sv-SE", "ex16mob": "sv-SE",
         "outlookcom": "sv-SE"}


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?utf-8?Q?" + "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in n) + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?utf-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, frm=None, mid=None, tidx=None,
         topic=None, scen=None, orig_ip=None, folder=None, no_html=False, auth=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    infra = infra or who.infra
    h = []
    if folder == "INBOX": h += transport(who, t, infra, client, orig_ip, auth)
    date = rfc(t.astimezone(who.tz))
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    if client in ("gmail", "gmailfree"):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    else:
        h += [("From", fromh), ("To", toh)]
        if cc: h.append(("CC", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", refs[-1]), ("References", "\n ".join(refs))]
    if client in CLANG:
        h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
        h += [("Accept-Language", CLANG[client] + (", en-US" if CLANG[client] != "en-US" else "")), ("Content-Language", CLANG[client]),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client in ("ex16", "ex19", "ex16mob"): h.append(("x-originating-ip", f"[{EXCH[who.dom][2].rsplit('.', 1)[0]}.{R.randint(50, 90)}]"))
    if who.dom in TENANT and client in ("olk", "olkno", "olkde", "olkpl", "emclient") and (infra.startswith("exo") or infra == "own"):
        h += [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom])]
    if client == "ox": h += [("X-Priority", "3"), ("Importance", "Normal"), ("X-Originating-Client", "open-xchange-appsuite")]
    if client in UA: h.append(UA[client])
    if client == "tbpl": h.append(("Content-Language", "en-US"))
    if client == "desk": h += [("Auto-Submitted", "auto-generated") if not refs else ("X-Desk-Ticket", "yes"), ("Organization", "Kvarnholm Affärssystem AB".encode().decode())]
    h += list(extra)
    if client == "iphone": h.append(("Mime-Version", "1.0 (1.0)"))
    elif client not in ("gmail", "gmailfree"): h.append(("MIME-Version", "1.0"))
    if html is None and not no_html: html = html_of(client, plain)
    bnd = lambda: {"olk": "_000_" + EXO.get(who.dom, "X") + HX(16) + "_", "olkno": "_000_" + EXO.get(who.dom, "X") + HX(16) + "_",
                   "olkde": "_000_" + EXO.get(who.dom, "X") + HX(16) + "_", "olkpl": "_000_" + EXO.get(who.dom, "X") + HX(16) + "_",
                   "ex16": "_000_" + hx(32) + "SFEX01smalandsfraktl_", "ex19": "_000_" + hx(32) + "KSVEX19ksvanerilocal_",
                   "gmail": "000000000000" + hx(16), "gmailfree": "000000000000" + hx(16),
                   "ox": f"----=_Part_{R.randint(10000, 99999)}_{R.randint(100000, 999999)}.{int(t.timestamp() * 1000)}",
                   "iphone": f"Apple-Mail-{ruuid().upper()}", "tbpl": "------------" + alnum(24), "roundcube": "=_" + hx(32)}.get(client, "=_" + hx(24))

    def textpart(ctype, text):
        data = text.encode("utf-8")
        if client == "tbpl" and ctype == "text/plain":
            return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        if client == "roundcube" and ctype == "text/plain":
            return ["Content-Type: text/plain; charset=UTF-8;\n format=flowed", "Content-Transfer-Encoding: 8bit", "", text]
        if client == "iphone" and ctype == "text/plain":
            return ["Content-Type: text/plain;\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("gmail", "gmailfree"):
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in CLANG or client in ("emclient",):
            return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client == "ox":
            return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", text]
    alt = textpart("text/plain", plain)
    if html:
        ab = bnd(); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mb = bnd(); body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            ename = name if name.isascii() else enc_h(name)
            body += [f"--{mb}", f'Content-Type: {ctype}; name="{ename}"']
            if client in CLANG: body.append(f"Content-Description: {ename}")
            body += [f'Content-Disposition: attachment; filename="{ename}"' + (f"; size={len(data)}" if client in CLANG else ""),
                     "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mb}--"]
    else: body = alt
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


PFX = {"olk": "SV: ", "olkmob": "SV: ", "ex16": "SV: ", "ex16mob": "SV: ", "olkno": "SV: ", "olkde": "AW: ", "ex19": "VS: ", "olkpl": "RE: ",
       "gmail": "Re: ", "ox": "Re: ", "iphone": "Sv: ", "tbpl": "Re: ", "roundcube": "Re: ", "emclient": "Re: ", "outlookcom": "SV: ", "gmailfree": "Re: "}


class Thread:
    def __init__(s, tid, partner, subj, cc=None):
        s.tid, s.p, s.subj, s.refs, s.last, s.cc = tid, partner, subj, [], None, cc
        s.blocks = []; s.tbase = b"\x01" + rbytes(21); s.np = 0

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, **kw):
        client = client or who.client
        plain = text + (who.sig if sig else "")
        if quote and s.last:
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q, who.tz)
        if subj is None:
            if not s.refs: subj = s.subj
            else:
                base = s.subj
                subj = PFX.get(client, "Re: ") + base
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if cc is None: cc = s.cc
        if label == G and scen is None:
            s.np += 1; scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        return m


# ---------------------------------------------------------------- attachments
def zipfile_bytes(members, when=(2025, 3, 12, 16, 40, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED
        if encrypt: zi.flag_bits |= 0x1
        z.writestr(zi, (rbytes(12) + data) if encrypt else data)
    z.close(); return bio.getvalue()


def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word for Microsoft 365", when="20250303091200", zone="+01'00'", uri=None):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1", "replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
            + (" /Annots [7 0 R]" if uri else "") + " >>",
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    if uri: objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 500 300 530] /Border [0 0 0] /A << /S /URI /URI ({uri}) >> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1", "replace")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def ooxml(kind, macro=False, text="", sheet_rows=()):
    bio = io.BytesIO(); z0 = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)

    class _Z:
        def writestr(self, name, data):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED; z0.writestr(zi, data)

        def close(self): z0.close()
    z = _Z()
    if kind == "docx":
        ct = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
                   + f'<Override PartName="/word/document.xml" ContentType="{ct}"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   f'<w:body><w:p><w:r><w:t>{H.escape(text)}</w:t></w:r></w:p></w:body></w:document>')
        if macro:
            z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
            z.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rbytes(1500))
    else:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Prisliste" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        rows = "".join(f'<row r="{i}">' + "".join(f'<c t="inlineStr"><is><t>{H.escape(str(c))}</t></is></c>' for c in r) + "</row>" for i, r in enumerate(sheet_rows, 1))
        z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   f"<sheetData>{rows}</sheetData></worksheet>")
    z.close(); return bio.getvalue()


def iso_image(label, inner):
    data = bytearray(b"\x00" * 0x8000) + b"\x01CD001\x01\x00" + b"WIN32".ljust(32) + label.encode().ljust(32) + rbytes(1900)
    return bytes(data) + inner.encode() + rbytes(4096)


def lnk_bytes():
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + rbytes(56)
            + "C:\\Windows\\System32\\cmd.exe /c inert-probe-placeholder".encode("utf-16-le") + rbytes(40))


def onenote_bytes():
    return bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3") + rbytes(2048) + "Dubbelklicka för att visa dokumentet".encode("utf-16-le") + rbytes(512)


def png(w=320, h=200):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(150, 255) if (x // 30 + y // 30) % 5 else 60) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def at(y, mo, d, h, mi, tz=STO): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


def next_work(t, who, lo=1, hi=3, night=False):
    """a plausible business-hours time for who's reply, lo..hi days after t"""
    d = (t + TD(days=R.randint(lo, hi))).astimezone(who.tz)
    while d.weekday() >= 5: d += TD(days=1)
    return d.replace(hour=R.randint(7, 16), minute=R.randint(0, 59), second=R.randint(0, 59))


def soon(t, who, mins=(25, 240)):
    d = (t + TD(minutes=R.randint(*mins))).astimezone(who.tz)
    if d.hour >= 17 or d.weekday() >= 5: return next_work(t, who, 1, 1)
    return d


# ---------------------------------------------------------------- conversation pools
ITEMS = {"karin": [("furu, hyvlad 45x95", "lpm"), ("furu, ohyvlad 22x120", "lpm"), ("björk, kantstöd 28x28", "lpm"), ("gran, regel 45x70", "lpm")],
         "erik": [("möbelgångjärn 110°", "st"), ("lådskenor 450 mm fullutdrag", "par"), ("handtag Rand 128 mm svart", "st"), ("ställfötter M8", "st")],
         "mikko": [("birch plywood 18 mm BB/BB", "sheets"), ("birch plywood 12 mm B/BB", "sheets"), ("film-faced plywood 21 mm", "sheets")],
         "ingrid": [("ullstoff Rondane grå", "meter"), ("ullstoff Jotun naturhvit", "meter"), ("filt 4 mm koksgrå", "meter")],
         "tomasz": [("sofa covers model Kalmar 3-seat", "pcs"), ("armchair covers model Öland", "pcs"), ("seat cushions 60x60", "pcs")],
         "jurgen": [("Topfscharniere 35 mm, Clip-Montage", "Stück"), ("Vollauszüge 500 mm Soft-Close", "Paar"), ("Möbelgriffe Linea 160 mm Edelstahl", "Stück")]}

SV_L = ["Hej {fn}!\n\nVi behöver {qty} {unit} {item} till vecka {wk}. Kan ni leverera och vad blir priset?",
        "Hej {fn},\n\nTack för offerten. Vi kör på det, vårt inköpsordernummer är {po}. Leverans till Industrigatan 14 som vanligt.",
        "Hej,\n\nKan ni bekräfta leveransdag? Produktionen planerar in {item} till vecka {wk}.",
        "Tack {fn}, det fungerar bra för oss.",
        "Hej igen,\n\nVi har räknat om, det blir {qty2} {unit} i stället. Går det att ändra ordern?",
        "Perfekt, tack för snabbt svar!",
        "Hej {fn},\n\nFakturan för {po} har kommit, den går till betalning enligt 30 dagar netto.",
        "Bra, då vet vi. Hör av dig om något ändras."]
SV_P = ["Hej Lars,\n\nDet går bra. Pris {price} kr/{unit}, leverans vecka {wk}. Ska jag lägga in ordern?",
        "Hej,\n\nOrdern är inlagd, orderbekräftelse kommer separat. Leverans vecka {wk}.",
        "Hej Lars,\n\nLeverans {day} förmiddag, chauffören ringer en timme innan.",
        "Hej!\n\nJa, det går bra att ändra till {qty2} {unit}. Nytt ordervärde skickas med bekräftelsen.",
        "Hej,\n\nVi har lite väntetid på {item} just nu, men vecka {wk} ska hålla.",
        "Tack detsamma! Hör av er om ni behöver mer.",
        "Hej Lars,\n\nJag kollade med lagret, allt är plockat och klart för utlastning."]
EN_L = ["Hi {fn},\n\nWe need {qty} {unit} of {item} for week {wk}. Could you send a price and delivery time?",
        "Hi {fn},\n\nThanks for the offer, please go ahead. Our PO number is {po}, delivery to Industrigatan 14, Hultsfred.",
        "Hello {fn},\n\nCould you confirm the loading date? We need to book the truck with Smålandsfrakt.",
        "Thanks {fn}, that works for us.",
        "Hi again,\n\nWe recalculated, we need {qty2} {unit} instead. Is it possible to change the order?",
        "Great, thank you for the quick answer!",
        "Hi {fn},\n\nInvoice for PO {po} received, it will be paid on the due date as usual."]
EN_P = ["Hi Lars,\n\nNo problem. Price is EUR {eprice} per {unit}, delivery week {wk}. Shall I book it?",
        "Hello Lars,\n\nOrder is booked, confirmation follows from our system. Loading week {wk}.",
        "Hi Lars,\n\nLoading is planned for {day}, the truck should be with you two days later.",
        "Hi,\n\nYes, {qty2} {unit} is fine. Updated confirmation will follow.",
        "Hello Lars,\n\nThanks, noted. Have a nice weekend!",
        "Hi Lars,\n\nAll goods are packed and ready, I will send the packing list tomorrow."]
NO_P = ["Hei Lars,\n\nDet går fint. Pris {price} kr/{unit} (NOK {nok}), levering uke {wk}. Skal jeg legge inn ordren?",
        "Hei,\n\nOrdren er registrert, ordrebekreftelse kommer fra systemet. Levering uke {wk}.",
        "Hei Lars,\n\nVarene sendes {day}, med Bring til Hultsfred.",
        "Hei!\n\nJa, vi kan endre til {qty2} {unit}. Ny bekreftelse kommer.",
        "Takk for det, Lars! Ha en fin helg.",
        "Hei Lars,\n\nVi har fått inn ny produksjon av {item}, så leveringen holder."]
DE_L = ["Hallo Herr Weber,\n\nwir benötigen {qty} {unit} {item} für KW {wk}. Können Sie uns bitte ein Angebot schicken?",
        "Hallo Herr Weber,\n\nvielen Dank für das Angebot, bitte bestellen. Unsere Bestellnummer ist {po}.",
        "Hallo Herr Weber,\n\nkönnen Sie den Liefertermin bestätigen? Unsere Produktion plant mit KW {wk}.",
        "Vielen Dank, das passt so.",
        "Hallo Herr Weber,\n\nwir brauchen doch {qty2} {unit}. Ist eine Änderung noch möglich?",
        "Danke für die schnelle Antwort!"]
DE_P = ["Hallo Herr Johansson,\n\ngerne. Der Preis beträgt EUR {eprice} je {unit}, Lieferung KW {wk}. Soll ich den Auftrag anlegen?",
        "Hallo Herr Johansson,\n\nder Auftrag ist angelegt, die Auftragsbestätigung folgt separat. Versand KW {wk}.",
        "Hallo Herr Johansson,\n\ndie Ware geht am {day} raus, Spedition Dachser.",
        "Hallo Herr Johansson,\n\ndie Änderung auf {qty2} {unit} ist kein Problem, neue AB folgt.",
        "Gern geschehen. Schönes Wochenende nach Schweden!"]
DAYS_SV = ["måndag", "tisdag", "onsdag", "torsdag", "fredag"]; DAYS_NO = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]; DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def fill(s, key, t, ctx):
    return s.format(**ctx)


def mkctx(key, t):
    item, unit = R.choice(ITEMS[key]); qty = R.choice((200, 400, 600, 800, 1200, 1500, 2000))
    wk = (t + TD(days=R.randint(14, 30))).isocalendar()[1]
    return dict(item=item, unit=unit, qty=qty, qty2=qty + R.choice((100, 200, -100)), wk=wk, po=f"IO-{R.randint(24100, 25900)}",
                price=f"{R.randint(8, 95)},{R.randint(10, 95)}", eprice=f"{R.randint(1, 40)}.{R.randint(10, 95)}", nok=f"{R.randint(90, 420)},00",
                day=R.choice(DAYS_SV if key in ("karin", "erik") else DAYS_NO if key == "ingrid" else DAYS_DE if key == "jurgen" else DAYS_EN), fn="")


def cycle(th, key, who, start, n, lpool, ppool, labels=True, lars_first=True):
    """n-message order conversation; partner replies labelled genuine-reply. Returns last time."""
    t = start; ctx = mkctx(key, start); ctx["fn"] = who.fn
    li = pi = 0
    for i in range(n):
        if (i % 2 == 0) == lars_first:
            th.add(me, lpool[li % len(lpool)].format(**ctx), t); li += 1
        else:
            th.add(who, ppool[pi % len(ppool)].format(**ctx), t, label=G if labels else None); pi += 1
        nxt = who if ((i + 1) % 2 == 0) != lars_first else me
        t = soon(t, nxt) if R.random() < 0.5 else next_work(t, nxt, 1, 3)
    return t


def cmt(scen, desc): return (scen, desc)


# ================================================================ the mailbox
# T1 Karin furu order (Sep-Oct 2024) + G14 iPhone night
t1 = Thread("T1", karin, "Beställning furu hösten 2024")
t = cycle(t1, "karin", karin, at(2024, 9, 9, 8, 40), 8, SV_L, SV_P)
t1.add(me, "Hej Karin,\n\nEn sak till: kan ni lasta de hyvlade paketen överst? Vi lossar dem först.", t)
t1.add(karin, "Hej Lars, såg ditt mejl nu. Det fixar jag, jag säger till Bosse i morgon bitti.\n\nSkickat från min iPhone", at(2024, 10, 3, 23, 41),
       label=GH, client="iphone", sig=False, scen=cmt("G14", "Karin replies from her iPhone at 23:41 (same Telia SMTP, iPhone Mail) - genuine late-night mobile reply"))
t1.add(me, "Tack Karin, toppen!", at(2024, 10, 4, 7, 55))

# T3 Karin invoices / Bankgiro (context + A1 later)
t3 = Thread("T3", karin, "Fakturor september och oktober")
t3.add(me, "Hej Karin,\n\nVi saknar faktura för följesedel 40712, kan du skicka en kopia? Den ska till Svefaktura-adressen som vanligt (Peppol 0007:5566778899).", at(2024, 10, 21, 10, 5))
t3.add(karin, "Hej Lars,\n\nDen har gått ut via Fakturahubben i fredags, nr 24-1187. Bankgiro 5432-1987 som alltid.", at(2024, 10, 21, 13, 22), label=G)
t3.add(me, "Hej,\n\nHittade den nu, tack. Den är attesterad och går på förfall.", at(2024, 10, 22, 8, 17))
t3.add(karin, "Bra, tack!", at(2024, 10, 22, 9, 3), label=G)
t3.add(me, "Hej Karin,\n\nFaktura 24-1244 har fel pris på rad 2, 18,40 i stället för avtalade 17,90. Kan ni kreditera mellanskillnaden?", at(2024, 11, 12, 9, 30))
t3.add(karin, "Hej Lars,\n\nDu har rätt, det var gamla prislistan. Kreditfaktura 24-1262 går ut i dag.", at(2024, 11, 12, 14, 48), label=G)
t3.add(me, "Tack Karin, då kvittar vi den mot nästa betalning.", at(2024, 11, 13, 8, 2))

# T2 Karin annual contract -> revived after 5 months (G13)
t2 = Thread("T2", karin, "Ramavtal virke 2025")
t2.add(me, "Hej Karin,\n\nDags att prata ramavtal för 2025. Vi räknar med ungefär samma volymer som i år, kanske 10 % mer furu. Kan du ta fram ett förslag?", at(2024, 10, 28, 9, 10))
t2.add(karin, "Hej Lars,\n\nJa, jag tar fram ett förslag till nästa vecka. Priserna på timmer har gått upp lite, men vi ska nog kunna hålla nivån på hyvlat.", at(2024, 10, 29, 11, 2), label=G)
t2.add(me, "Låter bra. Vi kan ses i Virserum om du vill, jag är i trakten den 14:e.", at(2024, 10, 29, 13, 40))
t2.add(karin, "Den 14:e kl 10 passar bra, välkommen!", at(2024, 10, 30, 8, 15), label=G)
t2.add(me, "Hej,\n\nTack för mötet. Sammanfattning: +3 % på hyvlat, oförändrat på ohyvlat, 30 dagar netto. Skickar påskrivet avtal när VD har tittat.", at(2024, 11, 15, 8, 50))
t2.add(karin, "Hej Lars,\n\nJa, det stämmer med mina anteckningar. Vi hörs!", at(2024, 11, 15, 14, 20), label=G)
t2.add(karin, "Hej Lars,\n\nJag tar upp den här tråden igen inför halvårsavstämningen i ramavtalet (punkt 6). Vi har levererat ungefär 60 % av "
       "volymen hittills. Ska vi boka ett möte i juni för att se över andra halvåret? Jag kan komma till Hultsfred.", at(2025, 4, 22, 10, 14),
       label=GH, scen=cmt("G13", "Karin revives the contract thread after 5 months for the mid-year review the contract foresees (no payload)"))
t2.add(me, "Hej Karin,\n\nBra att du påminner. Torsdag 5 juni kl 13 här hos oss?", at(2025, 4, 22, 15, 30))
t2.add(karin, "Det blir bra. Vi ses!", at(2025, 4, 23, 7, 58), label=G)

# T4 Erik beslag order (A7 later)
t4 = Thread("T4", erik, "Beställning beslag Q4")
t = cycle(t4, "erik", erik, at(2024, 9, 16, 9, 12), 10, SV_L, SV_P)

# T5 Erik CAD drawings (G15 zip)
t5 = Thread("T5", erik, "Ritningar nytt lådsystem")
t5.add(me, "Hej Erik,\n\nVi ska konstruera om byrån Stensjö med nya lådskenor. Har ni DWG-ritningar på fullutdragen 450 och 500 mm? Gärna som zip.", at(2024, 11, 4, 10, 20))
t5.add(erik, "Hej Lars,\n\nJa, jag ber tekniska avdelningen plocka fram dem, återkommer i morgon.", at(2024, 11, 4, 11, 5), label=G)
dwg = lambda: b"AC1032" + rbytes(2400)
t5.add(erik, "Hej,\n\nHär kommer ritningarna i en zip (DWG + PDF). Säg till om ni behöver STEP-filer också.", at(2024, 11, 5, 14, 33), label=GH,
       atts=[("Fullutdrag_450_500_DWG.zip", zipfile_bytes([("FU450_SoftClose.dwg", dwg()), ("FU500_SoftClose.dwg", dwg()),
                                                           ("FU450_500_matt.pdf", pdf(["Fullutdrag 450/500 - montagemått"], producer="AutoCAD 2024"))], when=(2024, 11, 5, 14, 10, 0)), "application/x-zip-compressed")],
       scen=cmt("G15", "Erik sends the zipped DWG drawings Lars asked for the day before"))
t5.add(me, "Tack Erik! STEP-filer vore bra också för 500 mm.", at(2024, 11, 5, 15, 2))
t5.add(erik, "Hej,\n\nSTEP för 500 mm ligger här: https://drive.google.com/file/d/1" + alnum(32) + "/view?usp=sharing", at(2024, 11, 6, 9, 41), label=G)
t5.add(me, "Perfekt, tack!", at(2024, 11, 6, 10, 0))

# T6 Erik catalogue (G3)
t6 = Thread("T6", erik, "Katalog 2025 och nyheter")
t6.add(erik, "Hej Lars,\n\nNya katalogen är på väg till tryck. Förhandstitt finns på vår webb: https://www.varnamobeslag.example/katalog-2025\n\nSäg till om du vill ha tryckta ex.", at(2024, 12, 2, 9, 15), label=G)
t6.add(me, "Hej Erik,\n\nTack, två tryckta ex till Hultsfred vore bra. Finns prislistan som Excel?", at(2024, 12, 2, 13, 50))
t6.add(erik, "Hej,\n\nPrislistan ligger i samma mapp som förra året, jag har uppdaterat den: https://drive.google.com/drive/folders/1" + alnum(32) + "?usp=sharing\n\nKatalogerna skickas med nästa leverans.",
       at(2024, 12, 3, 10, 5), label=GH, scen=cmt("G3", "Erik shares the updated price list in the same Google Drive folder as last year (thread always had links)"))
t6.add(me, "Tack!", at(2024, 12, 3, 10, 40))
t6.add(erik, "Hej igen,\n\nEn nyhet: vi tar in handtag i återvunnen mässing från februari. Bilder: https://www.varnamobeslag.example/nyheter/massing", at(2025, 1, 20, 11, 10), label=G)
t6.add(me, "Intressant, skicka gärna två prover.", at(2025, 1, 20, 14, 3))
t6.add(erik, "Proverna skickas i dag.", at(2025, 1, 21, 8, 30), label=G)

# T7 Anna bookings autumn (G4, G5)
t7 = Thread("T7", anna, "Transporter hösten 2024")
t7.add(me, "Hej Anna,\n\nVi behöver hämtning i Virserum tisdag v.38 och i Värnamo torsdag v.38. Fullt lass från Virserum.", at(2024, 9, 10, 9, 0))
t7.add(anna, "Hej Lars,\n\nBokat båda. Virserum 07:00, Värnamo efter lunch.", at(2024, 9, 10, 10, 12), label=G)
t7.add(me, "Tack! Nästa vecka behöver vi en bil till Leszno (Polen) för returgods till Tapicer-Pol, 6 pallar.", at(2024, 9, 12, 8, 31))
t7.add(anna, "Hej,\n\nPolen kör vi via samlastning från Jönköping, avgång tisdagar. Pris 4 350 kr för 6 pallar.", at(2024, 9, 12, 11, 0), label=G)
t7.add(me, "Ok, boka tisdag v.39.", at(2024, 9, 12, 11, 20))
t7.add(anna, "Hej Lars,\n\nFrån 1 oktober tar min nya kollega Oskar Lund över era bokningar, jag går ner på halvtid. Oskar har kopia här och hör av sig själv. Samma nummer till växeln.",
       at(2024, 9, 27, 14, 5), label=GH, cc=[(oskar.name, oskar.email)], scen=cmt("G4", "Anna announces her new colleague Oskar Lund (Cc) who takes over the bookings"))
t7.add(me, "Hej Anna och Oskar,\n\nTack för infon och välkommen Oskar!", at(2024, 9, 27, 15, 10), cc=[(oskar.name, oskar.email)])
t7.add(oskar, "Hej Lars,\n\nOskar här, trevligt! Jag har sett att ni har fast hämtning i Virserum varannan tisdag, jag lägger in den som stående bokning. Ring gärna om något.",
       at(2024, 10, 1, 8, 20), label=GH, cc=[(anna.name, anna.email)], scen=cmt("G5", "new sender Oskar (introduced before) writes himself from the same Exchange server"))
t7.add(me, "Hej Oskar,\n\nLåter bra. Kan du även boka Värnamo varannan torsdag?", at(2024, 10, 1, 9, 2))
t7.add(oskar, "Hej,\n\nKlart, första torsdag blir 10/10.", at(2024, 10, 1, 10, 45), label=G)
t7.p = oskar
t7.add(me, "Hej Oskar,\n\nVi behöver en extra bil fredag 25/10 från Målilla till vårt lager i Vetlanda.", at(2024, 10, 21, 9, 33))
t7.add(oskar, "Hej Lars,\n\nBokat, hämtning 08:00.", at(2024, 10, 21, 13, 3), label=G)

# T8 Anna transport damage (A8 later)
t8 = Thread("T8", oskar, "Transportskada leverans 2024-11-07")
t8.add(me, "Hej Oskar,\n\nI dagens leverans från Värnamo var två pallar med handtag trasiga, plasten sönderriven och flera kartonger intryckta. Bilder bifogade. Hur anmäler vi skadan?",
       at(2024, 11, 7, 14, 2), atts=[("IMG_4471.png", png(), "image/png"), ("IMG_4472.png", png(), "image/png")])
t8.add(oskar, "Hej Lars,\n\nTråkigt att höra. Jag lägger upp ett skadeärende, nr SK-24-0388. Kan du skicka följesedeln också?", at(2024, 11, 7, 15, 40), label=G)
t8.add(me, "Följesedeln bifogad.", at(2024, 11, 8, 8, 12), atts=[("Foljesedel_VB_55120.pdf", pdf(["Följesedel 55120", "Värnamo Beslag AB"]), "application/pdf")])
t8.add(oskar, "Tack. Skadan är godkänd enligt NSAB, ersättning enligt fakturavärde. Skicka fakturakopia så reglerar vi.", at(2024, 11, 13, 10, 18), label=G)
t8.add(me, "Fakturakopia bifogad. Tack för snabb hantering.", at(2024, 11, 13, 11, 2), atts=[("Faktura_VB_88112.pdf", pdf(["Faktura 88112"]), "application/pdf")])
t8.add(oskar, "Hej,\n\nErsättningen är utbetald till ert bankgiro 5012-4471 i dag.", at(2024, 11, 20, 9, 55), label=G)
t8.add(me, "Tack Oskar!", at(2024, 11, 20, 10, 30))

# T10 Mikko plywood (G19, A5 later)
t10 = Thread("T10", mikko, "Birch plywood order December")
t = cycle(t10, "mikko", mikko, at(2024, 11, 18, 9, 0), 6, EN_L, EN_P)
t10.add(mikko, "Hi Lars,\n\nPlease find attached our order confirmation. Loading is planned for week 50.", t, label=GH,
        atts=[("Order_confirmation_KSV_241188.pdf", pdf(["Keski-Suomen Vaneri Oy", "Order confirmation 241188", "Lönneberga Möbel AB"], producer="Microsoft Dynamics NAV"), "application/pdf")],
        scen=cmt("G19", "Mikko's usual PDF order confirmation from the system (same as every order)"))
t = next_work(t, me)
t10.add(me, "Thanks Mikko, all correct.", t)

# T11 Mikko quality (G6, G25)
t11 = Thread("T11", mikko, "Quality issue - delaminated sheets")
t11.add(me, "Hi Mikko,\n\nIn the last delivery 14 sheets of 18 mm have delaminated edges. Pictures attached. Can your quality team have a look?", at(2025, 1, 13, 10, 10),
        atts=[("delam_1.png", png(), "image/png")])
t11.add(mikko, "Hi Lars,\n\nSorry about that. I forward to our quality engineer Sari, she will contact you.", at(2025, 1, 13, 11, 35), label=G)
t11.add(me, "Thanks.", at(2025, 1, 13, 11, 50))
mikko.sig = mikko.sig.replace("+358 40 555 2281", "+358 50 555 9014 (new number)")
t11.add(mikko, "Hi Lars,\n\nSari confirmed it's a glue line problem from one press batch. We will credit the 14 sheets and replace them with the next delivery. "
        "Please note my new mobile number below, the old one will be closed at the end of the month.", at(2025, 1, 20, 9, 20), label=GH,
        scen=cmt("G6", "Mikko announces a new mobile number in his signature (genuine contact change, same server)"))
t11.add(me, "Hej Mikko,\n\nTack, det låter bra. Kan ni skicka kreditnotan till Fakturahubben som vanligt?", at(2025, 1, 20, 10, 5))
t11.add(mikko, "Hej Lars,\n\nJo, kreditnotan går ut i dag via Peppol. Och ursäkta min svenska, jag är från Vasa. 🙂", at(2025, 1, 20, 13, 40), label=GH,
        scen=cmt("G25", "Mikko answers in Finland-Swedish after Lars wrote in Swedish (language switch, genuine)"))
t11.add(me, "Din svenska är utmärkt! Tack.", at(2025, 1, 20, 14, 0))

# T12 Ingrid fabric prices (G20, A2 later)
t12 = Thread("T12", ingrid, "Priser ullstoff 2025")
t12.add(me, "Hej Ingrid,\n\nKan du skicka prislistan för 2025? Vi planerar en ny fåtöljserie i Rondane grå.", at(2024, 11, 25, 9, 40))
t12.add(ingrid, "Hei Lars,\n\nPrislisten er straks klar, jeg sender den i løpet av uken.", at(2024, 11, 25, 11, 3), label=G)
t12.add(ingrid, "Hei igjen,\n\nHer er prislisten for 2025 som Excel, som du ba om. Prisene gjelder fra 1. februar.", at(2024, 11, 28, 14, 12), label=GH,
        atts=[("Prisliste_2025_Gudbrandsdal_Ull.xlsx", ooxml("xlsx", sheet_rows=[("Artikkel", "Farge", "NOK/m"), ("Rondane", "grå", "389"), ("Jotun", "naturhvit", "412"), ("Filt 4 mm", "koksgrå", "198")]),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
        scen=cmt("G20", "Ingrid sends the price list .xlsx that Lars asked for"))
t12.add(me, "Tack Ingrid! Vi återkommer med volymer i januari.", at(2024, 11, 28, 15, 30))
t = cycle(t12, "ingrid", ingrid, at(2025, 1, 14, 9, 15), 6, SV_L, NO_P)

# T13 Ingrid samples (G7, G24)
t13 = Thread("T13", ingrid, "Stoffprøver til ny fåtöljserie", cc=[(knut.name, knut.email)])
t13.add(me, "Hej Ingrid och Knut,\n\nKan ni skicka prover på Rondane i grått och blått, 50x50 cm? Gärna också info om nötningstålighet (Martindale).", at(2025, 2, 10, 10, 0))
t13.add(ingrid, "Fravær: Jeg er på ferie til og med 21. februar og har begrenset tilgang til e-post. Haster det, kontakt kundeservice på ordre@gudbrandsdalull.example.",
        at(2025, 2, 10, 10, 1), label=GH, sig=False, quote=False, subj="Automatisk svar: Stoffprøver til ny fåtöljserie", cc=[],
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], detached=True,
        scen=cmt("G7", "Ingrid's Norwegian Outlook automatic reply (Fravær), no quote, sent within a minute"))
t13.add(knut, "Hi Lars,\n\nIngrid is on holiday, so I answer in English if that's ok. We send samples of Rondane grey and blue tomorrow. Martindale is 60,000 rubs for both.",
        at(2025, 2, 11, 9, 30), label=GH, to=[(me.name, me.email)], cc=[(ingrid.name, ingrid.email)],
        scen=cmt("G24", "Ingrid's colleague Knut (in Cc from the start) replies in English in a Norwegian/Swedish thread"))
t13.add(me, "Thanks Knut, perfect.", at(2025, 2, 11, 10, 12), to=[(knut.name, knut.email)], cc=[(ingrid.name, ingrid.email)])
t13.add(ingrid, "Hei Lars,\n\nTilbake fra ferie. Fikk dere prøvene? Gi beskjed om dere vil ha flere farger.", at(2025, 2, 24, 8, 50), label=G)
t13.add(me, "Hej Ingrid,\n\nJa, de kom i fredags. Designern gillar blå, vi återkommer med beställning.", at(2025, 2, 24, 10, 5))

# T14 Tomasz sofa covers (A9 later)
t14 = Thread("T14", tomasz, "Sofa covers Kalmar - spring collection")
t = cycle(t14, "tomasz", tomasz, at(2024, 10, 7, 9, 30), 10, EN_L, EN_P)

# T15 Tomasz bank change (G1, G2)
t15 = Thread("T15", tomasz, "Change of bank account - Tapicer-Pol")
t15.add(tomasz, "Hi Lars,\n\nAs I mentioned on the phone last week, we are moving our company account from Bank Millennium to PKO BP from 1 December. "
        "Please find attached the official letter signed by our management board. Our accountant Ewa Nowak will be available on +48 65 555 31 00 if your "
        "finance department wants to verify.", at(2024, 11, 18, 10, 5), label=GH,
        atts=[("Tapicer-Pol_bank_account_change.pdf", pdf(["Tapicer-Pol Sp. z o.o.", "Change of bank account from 2024-12-01", "IBAN PL61 1020 4027 0000 1802 1234 5678", "PKO BP"], producer="Microsoft® Word 2019"), "application/pdf")],
        scen=cmt("G1", "Tomasz's bank-change letter (PDF), announced by phone the week before, with a callback number"))
t15.add(me, "Hi Tomasz,\n\nThanks. Our finance manager Johan will call Ewa to confirm, that is our routine.", at(2024, 11, 18, 11, 0), cc=[(johan.name, johan.email)])
t15.add(me, "Hi Tomasz,\n\nJohan spoke with Ewa this morning on your main number and the new account is confirmed in our system from 1 December.", at(2024, 11, 20, 9, 10), cc=[(johan.name, johan.email)])
t15.add(tomasz, "Hi Lars,\n\nThank you. Attached the first invoice with the new account, for the November delivery.", at(2024, 12, 3, 9, 40), label=GH,
        atts=[("FV_2024_1187.pdf", pdf(["Faktura VAT FV/2024/1187", "IBAN PL61 1020 4027 0000 1802 1234 5678"], producer="Comarch ERP Optima"), "application/pdf")],
        scen=cmt("G2", "first invoice with the new IBAN after the change was verified by phone and confirmed in Sent"))
t15.add(me, "Thanks, received.", at(2024, 12, 3, 10, 2))

# T17 Jürgen hinges (G18, G8, A6 later)
t17 = Thread("T17", jurgen, "Bestellung Topfscharniere / Vollauszüge")
t = cycle(t17, "jurgen", jurgen, at(2024, 10, 14, 10, 0), 6, DE_L, DE_P)
t17.add(jurgen, "Hallo Herr Johansson,\n\nanbei die Auftragsbestätigung zu Ihrer Bestellung.", t, label=GH,
        atts=[("AB_4501882.pdf", pdf(["Schmidt Beschläge GmbH", "Auftragsbestätigung 4501882"], producer="SAP NetWeaver"), "application/pdf")],
        scen=cmt("G18", "Jürgen's PDF Auftragsbestätigung, as with every order"))
t = next_work(t, me)
t17.add(me, "Hallo Herr Weber,\n\nvielen Dank, alles korrekt.", t)
t17.add(jurgen, "Ich bin bis einschließlich 6. Januar nicht im Büro. In dringenden Fällen wenden Sie sich bitte an export@schmidt-beschlaege.example.\n\nMit freundlichen Grüßen\nJürgen Weber",
        at(2024, 12, 20, 11, 2), label=GH, sig=False, quote=False, subj="Automatische Antwort: Bestellung Topfscharniere / Vollauszüge",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], detached=True,
        scen=cmt("G8", "Jürgen's German Outlook out-of-office reply"))
t17.add(me, "Hallo Herr Weber,\n\nbitte merken Sie für Februar nochmals dieselbe Menge vor.", at(2024, 12, 20, 11, 0))

# T18 Jürgen English (G22)
t18 = Thread("T18", jurgen, "Hinge load rating for wardrobe doors")
t18.add(me, "Hello Mr Weber,\n\nour engineer (who does not speak German) asks: what door weight is the 35 mm clip hinge rated for with 4 hinges on a 2,000 mm door? "
        "I write in English so I can forward your answer directly.", at(2025, 1, 27, 10, 0))
t18.add(jurgen, "Hello Mr Johansson,\n\nof course. With 4 hinges on a 2,000 mm door the rating is 18 kg. Our technical data sheet is on our website: "
        "https://www.schmidt-beschlaege.example/downloads/technische-daten\n\nKind regards\nJürgen Weber", at(2025, 1, 27, 14, 30), label=GH, sig=False,
        scen=cmt("G22", "Jürgen answers in English because Lars asked in English (language switch with explanation in thread)"))
t18.add(me, "Thank you, very helpful.", at(2025, 1, 27, 14, 50))
t18.add(jurgen, "You're welcome. Please let me know if your engineer needs the CAD data.\n\nKind regards\nJürgen Weber", at(2025, 1, 28, 8, 10), label=G, sig=False)

# T19 Maria budget (G10, A4 later)
t19 = Thread("T19", maria, "Inköpsbudget 2025")
t19.add(maria, "Hej Lars,\n\nKan du ta fram en första version av inköpsbudgeten för 2025 till ledningsgruppen den 12 november?", at(2024, 10, 22, 8, 5), label=G)
t19.add(me, "Hej Maria,\n\nJa, jag utgår från prognosen och lägger på aviserade prisökningar (virke +3 %, beslag +5 %).", at(2024, 10, 22, 9, 0))
t19.add(maria, "Bra. Ta med valutarisken för EUR också.", at(2024, 10, 22, 9, 40), label=G)
t19.add(me, "Hej,\n\nHär är första versionen.", at(2024, 11, 8, 15, 10), atts=[("Inkopsbudget_2025_v1.xlsx", ooxml("xlsx", sheet_rows=[("Kategori", "MSEK"), ("Virke", "14,2"), ("Beslag", "3,1"), ("Tyg", "2,7")]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t19.add(maria, "Tack, ser bra ut. Vi tar den på mötet.", at(2024, 11, 8, 16, 30), label=G)
t19.add(maria, "Hej Lars,\n\nFYI, det här kom från banken, gäller de nya rutinerna för leverantörsbetalningar. Läs gärna innan vi pratar om attestordningen.\n\n"
        "-----Ursprungligt meddelande-----\nFrån: Företagsservice Smålandsbanken <foretag@smalandsbanken.example>\nSkickat: den 2 december 2024 10:14\nTill: Maria Ekström\n"
        "Ämne: Nya rutiner för betalningar via Bankgiro\n\nHej,\n\nFrån 1 februari 2025 kräver vi dubbel attest för betalningar över 100 000 kr. Se bifogat informationsblad.",
        at(2024, 12, 2, 11, 5), label=GH, quote=False, subj="VB: Nya rutiner för betalningar via Bankgiro",
        atts=[("Informationsblad_dubbel_attest.pdf", pdf(["Smålandsbanken", "Dubbel attest från 2025-02-01"], producer="Adobe InDesign 19.0"), "application/pdf")],
        detached=True, scen=cmt("G10", "Maria forwards (VB:) a bank's information letter with PDF - forwarded message, payment topic"))

# T20 Peter production planning (G17, A10 later)
t20 = Thread("T20", peter, "Materialplanering v.45-52")
t20.add(peter, "Hej Lars,\n\nHär kommer behoven för v.45-52. Största posten är plywood till skåpserien.", at(2024, 10, 24, 8, 30), label=G)
t20.add(me, "Tack Peter, jag lägger ut beställningarna i veckan.", at(2024, 10, 24, 9, 10))
t20.add(peter, "Hej,\n\nJag har lagt den uppdaterade planeringen på SharePoint i stället för att maila runt Excel: "
        f"https://lonnebergamobel.sharepoint.com/:x:/r/sites/Produktion/Delade%20dokument/Materialplan_v45-52.xlsx?d=w{hx(32)}&csf=1&web=1",
        at(2024, 11, 4, 7, 40), label=GH, scen=cmt("G17", "colleague Peter shares a SharePoint link on the company's own tenant"))
t20.add(me, "Smart, jag jobbar i den direkt.", at(2024, 11, 4, 8, 5))
t20.add(peter, "Hej,\n\nVi tidigarelägger Stensjö-byrån en vecka, behöver beslagen till v.49.", at(2024, 11, 12, 13, 0), label=G)
t20.add(me, "Ok, jag kollar med Värnamo Beslag.", at(2024, 11, 12, 13, 20))
t20.add(peter, "Tack!", at(2024, 11, 12, 13, 45), label=G)

# T21 Johan invoice checks (G27, A14 later)
t21 = Thread("T21", johan, "Attest leverantörsfakturor")
t21.add(johan, "Hej Lars,\n\nDet ligger 6 fakturor och väntar på din attest i Kvarnholm, två förfaller på fredag.", at(2024, 10, 16, 9, 0), label=G)
t21.add(me, "Tack Johan, tar dem nu.", at(2024, 10, 16, 9, 20))
t21.add(johan, "Hej,\n\nEn leverantör vi inte använt på ett tag (Emmaboda Spån) har skickat en blankett om nytt bankgiro. Kan du ringa dem på numret i vårt register "
        "och bekräfta innan jag ändrar? Vi ändrar aldrig på bara ett mejl.", at(2024, 12, 10, 10, 30), label=GH,
        scen=cmt("G27", "Johan asks Lars to verify a supplier's Bankgiro change by phone (genuine payment topic)"))
t21.add(me, "Hej Johan,\n\nHar ringt Emmaboda Spån, stämmer, de har bytt bank. OK att ändra.", at(2024, 12, 10, 14, 5))
t21.add(johan, "Toppen, ändrat.", at(2024, 12, 10, 14, 20), label=G)
t21.add(johan, "Hej Lars,\n\nPåminnelse: bokslutet, alla fakturor för december måste vara attesterade senast 10 januari.", at(2025, 1, 7, 8, 15), label=G)
t21.add(me, "Noterat.", at(2025, 1, 7, 8, 40))

# T22 Kvarnholm ERP ticket (G16, A13 later)
t22 = Thread("T22", desk, "[Ärende #48812] Inköpsorder skrivs ut utan leveransadress")
t22.add(me, "Hej,\n\nSedan uppdateringen i fredags saknas leveransadressen på utskrivna inköpsorder (blankett IO-01).", at(2025, 2, 3, 8, 50),
        to=[("Kvarnholm Support", desk.email)], subj="Inköpsorder skrivs ut utan leveransadress")
t22.subj = "[Ärende #48812] Inköpsorder skrivs ut utan leveransadress"
t22.add(desk, "Hej Lars,\n\nTack för ditt ärende. Vi har registrerat det som #48812. Kan du skicka en skärmbild av blankettinställningarna?\n\nVänliga hälsningar\nSofia Berg\nKvarnholm Support",
        at(2025, 2, 3, 9, 30), label=G, subj=t22.subj)
t22.add(me, "Skärmbild bifogad.", at(2025, 2, 3, 10, 0), atts=[("blankett_IO01.png", png(), "image/png")])
t22.add(desk, "Hej Lars,\n\nDet är ett känt fel i version 9.4.2. Rättningen finns i 9.4.3 som du laddar ner i kundportalen: "
        "https://portal.kvarnholm-erp.example/nedladdning/9.4.3\n\nVänliga hälsningar\nSofia Berg\nKvarnholm Support", at(2025, 2, 4, 13, 15), label=GH, subj=t22.subj,
        scen=cmt("G16", "genuine support-desk update linking to the vendor's own customer portal download"))
t22.add(me, "Tack, installerat och det fungerar.", at(2025, 2, 5, 9, 0))
t22.add(desk, "Hej Lars,\n\nVad bra! Vi stänger ärendet.\n\nVänliga hälsningar\nSofia Berg\nKvarnholm Support", at(2025, 2, 5, 9, 40), label=G, subj=t22.subj)

# T23 inkopsforum mailing list (G9)
LISTH = lambda: [("List-Id", "Inköpsforum TMF <inkopsforum.lists.tmf-moebel.example>"), ("List-Unsubscribe", "<mailto:inkopsforum-leave@lists.tmf-moebel.example>"),
                 ("List-Post", "<mailto:inkopsforum@lists.tmf-moebel.example>"), ("Precedence", "list"), ("Sender", "inkopsforum-bounces@lists.tmf-moebel.example")]
FOOT = "\n_______________________________________________\nInkopsforum mailing list -- inkopsforum@lists.tmf-moebel.example\nAvsluta: inkopsforum-leave@lists.tmf-moebel.example"
lm1 = emit(Pt("Stina Alm", "stina.alm@ekbackens.example", "list", "list"), "list", at(2025, 3, 4, 9, 12), [("inkopsforum", lst.email)], None,
           "[Inköpsforum] Erfarenheter av e-faktura via Peppol?", [], "Hej alla,\n\nVi ska gå över helt till Peppol-fakturor. Vilka operatörer använder ni och hur fungerar det?" + FOOT,
           extra=LISTH(), no_html=True)
lm2 = emit(Pt("Göran Eek", "goran@nybro-stol.example", "list", "list"), "list", at(2025, 3, 4, 13, 40), [("inkopsforum", lst.email)], None,
           "Re: [Inköpsforum] Erfarenheter av e-faktura via Peppol?", [lm1], "Vi kör Fakturahubben sedan två år, fungerar bra. Tänk på att kräva Peppol-ID i avtalen.\n\n/Göran" + FOOT,
           extra=LISTH(), no_html=True)
t23m = emit(me, "olk", at(2025, 3, 5, 8, 10), [("inkopsforum", lst.email)], None, "SV: [Inköpsforum] Erfarenheter av e-faktura via Peppol?", [lm1, lm2],
            "Hej,\n\nVi också, Fakturahubben. Vi har också slutat ta emot PDF-fakturor via mejl, det har minskat försöken med falska fakturor." + me.sig)
lm3 = emit(Pt("Stina Alm", "stina.alm@ekbackens.example", "list", "list"), "list", at(2025, 3, 5, 10, 2), [("inkopsforum", lst.email)], None,
           "Re: [Inköpsforum] Erfarenheter av e-faktura via Peppol?", [lm1, lm2, t23m],
           "Tack Lars och Göran! Bra tips med PDF-stoppet. Har ni en mall för leverantörsbrevet?\n\n> Vi också, Fakturahubben." + FOOT,
           extra=LISTH(), no_html=True, label=GH, scen=cmt("G9", "mailing-list reply with [Inköpsforum] tag, list headers and Mailman footer"))

# Notices: Fakturahubben (G11, G12 + context), Smålandsfrakt tracking (G23), MS (G26), TMF newsletters
def fh_notice(t, inv, sup, amt, label=None, scen=None, rejected=False):
    if rejected:
        subj = f"Faktura {inv} från {sup} kunde inte levereras"
        txt = (f"Hej,\n\nEn e-faktura från {sup} (fakturanummer {inv}, {amt} kr) kunde inte valideras mot Peppol BIS Billing 3.0 och har returnerats till avsändaren.\n"
               f"Felkod: BR-CO-15 (momsbelopp stämmer inte).\n\nDu behöver inte göra något. Se detaljer: https://app.fakturahubben.example/inkommande/{R.randint(100000, 999999)}\n\n"
               "Fakturahubben AB | Detta är ett automatiskt meddelande och kan inte besvaras.")
    else:
        subj = f"Ny e-faktura från {sup} ({inv})"
        txt = (f"Hej Lars Johansson,\n\nDu har fått en ny Svefaktura/Peppol-faktura att attestera.\n\nLeverantör: {sup}\nFakturanummer: {inv}\nBelopp: {amt} kr\n"
               f"Förfallodag: {(t + TD(days=30)):%Y-%m-%d}\n\nÖppna fakturan: https://app.fakturahubben.example/attest/{R.randint(100000, 999999)}\n\n"
               "Fakturahubben AB | Detta är ett automatiskt meddelande och kan inte besvaras.")
    return emit(fhub, "notice", t, [(me.name, me.email)], None, subj, [], txt, extra=[("Auto-Submitted", "auto-generated")], label=label, scen=scen)


SUPS = ["Virserums Såg AB", "Värnamo Beslag AB", "Smålandsfrakt AB", "Keski-Suomen Vaneri Oy", "Gudbrandsdal Ull AS"]
fhd = at(2024, 9, 20, 6, 10)
k = 0
while fhd < at(2025, 6, 20, 6, 0):
    k += 1
    lab = None; sc = None
    if k == 9: lab, sc = GH, cmt("G11", "Fakturahubben notice of a new Svefaktura invoice with a link (no reply headers)")
    fh_notice(fhd, f"{R.randint(24, 25)}-{R.randint(1000, 1999)}", R.choice(SUPS), f"{R.randint(8, 240)} {R.randint(100, 999)},00", label=lab, scen=sc)
    fhd = (fhd + TD(days=R.randint(6, 11))).replace(hour=R.randint(5, 7))
fh_notice(at(2025, 2, 17, 6, 12), "FV/2025/0211", "Tapicer-Pol Sp. z o.o.", "41 870,00", rejected=True, label=GH,
          scen=cmt("G12", "Fakturahubben 'faktura kunde inte levereras' notice, link to the operator (genuine)"))

for i, d in enumerate([at(2024, 9, 17, 14, 2), at(2024, 10, 10, 13, 5), at(2024, 12, 12, 11, 40), at(2025, 2, 20, 12, 10), at(2025, 4, 10, 13, 30), at(2025, 5, 22, 10, 0)]):
    nr = f"3730{R.randint(100000, 999999)}"
    lab, sc = (GH, cmt("G23", "Smålandsfrakt tracking notice with link, no reply headers")) if i == 3 else (None, None)
    emit(sfnot, "notice", d, [(me.name, me.email)], None, f"Leveransavisering sändning {nr}", [],
         f"Hej!\n\nSändning {nr} till Lönneberga Möbel AB beräknas levereras {(d + TD(days=1)):%Y-%m-%d} mellan 07:00 och 12:00.\n\nFölj sändningen: https://sparning.smalandsfrakt.example/?s={nr}\n\n"
         "Smålandsfrakt AB - automatiskt meddelande", extra=[("Auto-Submitted", "auto-generated")], label=lab, scen=sc)

for i, d in enumerate([at(2024, 10, 2, 3, 15), at(2025, 1, 29, 2, 40), at(2025, 4, 15, 4, 0)]):
    lab, sc = (GH, cmt("G26", "Microsoft 365 sign-in/security notice with several links (genuine service mail)")) if i == 1 else (None, None)
    emit(msft, "notice", d, [(me.name, me.email)], None, ["Din Microsoft 365-prenumeration förnyas snart", "Ny inloggning till ditt Microsoft-konto", "Ändringar i Microsoft 365-villkoren"][i], [],
         ["Hej,\n\nDin prenumeration Microsoft 365 Business Standard förnyas 2024-11-01.\nHantera: https://admin.microsoft.example/billing\n\nMicrosoft Corporation",
          "Hej Lars,\n\nVi har upptäckt en ny inloggning till ditt konto från Windows, Outlook, Hultsfred, Sverige.\nOm det var du behöver du inte göra något.\n"
          "Om det inte var du: https://mysignins.microsoft.example/security-info\nSekretesspolicy: https://privacy.microsoft.example\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052",
          "Hej,\n\nVi uppdaterar villkoren. Läs mer: https://www.microsoft.example/servicesagreement\n\nMicrosoft Corporation"][i],
         extra=[("X-MS-Exchange-Organization-AuthAs", "Anonymous")], label=lab, scen=sc)

d = at(2024, 9, 5, 7, 0)
while d < at(2025, 6, 25, 7, 0):
    emit(tmf, "notice", d, [(me.name, me.email)], None, f"TMF Nyhetsbrev {d:%B %Y}".replace("September", "september"), [],
         f"Nyheter från Trä- och Möbelföretagen\n\n* Konjunkturläget för möbelindustrin: https://www.tmf-moebel.example/nyheter/{R.randint(1000, 9999)}\n"
         f"* Seminarium om EUDR-spårbarhet: https://www.tmf-moebel.example/kalender/{R.randint(1000, 9999)}\n\nAvregistrera: https://nb.tmf-moebel.example/unsub?u={hx(16)}",
         extra=[("List-Unsubscribe", f"<https://nb.tmf-moebel.example/unsub?u={hx(16)}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    d += TD(days=R.randint(26, 34))

# T24-T28 spring orders
t24 = Thread("T24", karin, "Beställning furu våren 2025")
cycle(t24, "karin", karin, at(2025, 3, 3, 8, 20), 12, SV_L, SV_P)
t25 = Thread("T25", erik, "Beställning beslag Q2")
cycle(t25, "erik", erik, at(2025, 3, 17, 9, 0), 12, SV_L, SV_P)
t26 = Thread("T26", mikko, "Plywood order April")
cycle(t26, "mikko", mikko, at(2025, 3, 24, 9, 30), 12, EN_L, EN_P)
t27 = Thread("T27", jurgen, "Bestellung Frühjahr 2025")
cycle(t27, "jurgen", jurgen, at(2025, 2, 3, 10, 0), 10, DE_L, DE_P)
t28 = Thread("T28", oskar, "Transporter våren 2025")
t = cycle(t28, "karin", oskar, at(2025, 3, 10, 9, 0), 8, ["Hej Oskar,\n\nVi behöver hämtning av {qty} {unit} {item} i Virserum vecka {wk}.",
                                                        "Tack! Kan ni också ta returpallar till Värnamo?", "Hej,\n\nLeveransen vecka {wk} flyttas en dag, går det?", "Tack för hjälpen!"],
          ["Hej Lars,\n\nBokat vecka {wk}, hämtning 07:00.", "Hej,\n\nJa, returpallarna tar vi på samma tur.", "Hej,\n\nDet går bra, vi flyttar till {day}.", "Varsågod!"])
t28.add(me, "Hej Oskar,\n\nKan ni köra en extra bil till mässan i Stockholm på måndag? Vi glömde bokningen.", at(2025, 5, 16, 16, 40))
t28.add(anna, "Hej Lars, Anna här, jag har jouren i helgen. Jag har bokat en bil måndag 06:00 från er. Oskar bekräftar på måndag.\n\nSkickat från Outlook för Android",
        at(2025, 5, 17, 6, 5), label=GH, client="ex16mob", sig=False,
        scen=cmt("G28", "Anna (known sender) replies from Outlook for Android at 06:05 on a Saturday through the same Exchange server"))
t28.add(me, "Stort tack Anna!", at(2025, 5, 17, 8, 30), to=[(anna.name, anna.email)])

# T16 Tomasz after M365 move (G21; A15 later)
t16 = Thread("T16", tomasz, "Spring order armchair covers Öland")
t = cycle(t16, "tomasz", tomasz, at(2025, 3, 3, 9, 0), 6, EN_L, EN_P)
t16.add(tomasz, "Hi Lars,\n\nShort info: from 1 April we move our e-mail to Microsoft 365, so my mails may look a bit different. Address and phone stay the same.", t, label=G)
t = next_work(t, me)
t16.add(me, "Hi Tomasz,\n\nThanks for the heads-up.", t)
tomasz.client, tomasz.infra = "olkpl", "exo-tp"
tomasz.sig = "\n\nBest regards / Pozdrawiam\nTomasz Kowalski\nSales Manager | Tapicer-Pol Sp. z o.o.\ntel. +48 65 555 31 20"
t16.add(me, "Hi Tomasz,\n\nCould you confirm the delivery date for the Öland covers?", at(2025, 4, 7, 9, 0))
t16.add(tomasz, "Hi Lars,\n\nFirst mail from the new system! Delivery is planned for 24 April, loading in Leszno on the 22nd.", at(2025, 4, 7, 11, 20), label=GH,
        scen=cmt("G21", "Tomasz's first mail from M365 Outlook after the announced move (new Message-ID/Received/DKIM fingerprint)"))
t16.add(me, "Great, thanks.", at(2025, 4, 7, 11, 45))
t16.add(tomasz, "Hi Lars,\n\nThe covers were loaded today, CMR attached.", at(2025, 4, 22, 15, 5), label=G,
        atts=[("CMR_TP_0422.pdf", pdf(["CMR 0422 Tapicer-Pol"], producer="Microsoft® Word for Microsoft 365"), "application/pdf")])
t16.add(me, "Thanks Tomasz!", at(2025, 4, 23, 8, 0))

# Orphans
o1p = make_mid(mikko, "ex19", at(2025, 2, 14, 9, 0))
oth = Thread("T11b", sari, "RE: Delamination analysis batch 2412")
oth.refs = [o1p]; oth.last = dict(t=at(2025, 2, 14, 9, 0), name="Mikko Virtanen", email=mikko.email, plain="Sari, please include Lars from Lönneberga in your answer.", subj="Delamination analysis batch 2412", to=[(sari.name, sari.email)], cc=[])
oth.add(sari, "Hello Lars,\n\nMikko asked me to include you. The lab report for press batch 2412 is ready: shear strength was below spec in 3 of 10 samples. "
        "We have adjusted the glue spread and will monitor the next batches.", at(2025, 2, 14, 13, 30), label=GO, cc=[(mikko.name, mikko.email)], subj="VS: Delamination analysis batch 2412",
        scen=cmt("O1", "Sari replies in a thread Lars was added to later; the parent (Mikko->Sari) is not in the mailbox"))
o2p = make_mid(peter, "olk", at(2025, 3, 11, 10, 0))
oth2 = Thread("T17b", jurgen, "Muster Griffe Linea")
oth2.refs = [o2p]; oth2.last = dict(t=at(2025, 3, 11, 10, 0), name="Peter Holm", email=peter.email, plain="Hello Mr Weber, as discussed please send two samples.", subj="Samples Linea handles", to=[(jurgen.name, jurgen.email)], cc=[])
oth2.add(jurgen, "Hallo Herr Johansson,\n\nwie mit Herrn Holm telefonisch besprochen, gehen die zwei Muster Linea 160 mm heute an Sie raus. Ich setze Sie in Kopie, da Sie die Bestellung auslösen.",
         at(2025, 3, 12, 9, 10), label=GO, to=[(peter.name, peter.email)], cc=[(me.name, me.email)], subj="AW: Samples Linea handles",
         scen=cmt("O2", "Jürgen answers Peter's mail (not in Lars's mailbox) and adds Lars in Cc"))

# ================================================================ hijacks
# A1 server-hijack, Karin's Telia webmail: new Bankgiro, faithful quote
t3.add(karin, "Hej Lars,\n\nVi har bytt bank efter årsskiftet och vårt gamla bankgiro 5432-1987 kommer att stängas. Från och med nu ska alla betalningar till oss gå till "
       "Bankgiro 5318-4406. Det gäller även de två fakturor som är öppna nu (25-0041 och 25-0067), de har inte gått till betalning än enligt vår reskontra.\n\n"
       "Kan du vidarebefordra till ekonomi så att de uppdaterar i sitt system? Jag är på mässa resten av veckan så det är enklast att svara här på mejlen.",
       at(2025, 2, 11, 15, 42), label=HJ("server-hijack"),
       scen=cmt("A1", "server-hijack: Karin's real Telia webmail (same OX/Telia headers) announces a new Bankgiro for open invoices, asks to reply by mail only"))
# A2 account-takeover: Ingrid via eM Client from foreign IP, Dropbox link zip (lnk)
t12.add(ingrid, "Hei Lars,\n\nVi har justert prisene for andre kvartal. Oppdatert prisliste ligger her, last ned og se over før neste bestilling:\n\n"
        f"https://www.dropbox.com/scl/fi/{alnum(21).lower()}/Oppdatert_prisliste_Q2_2025.zip?rlkey={alnum(25).lower()}&dl=1\n\nPassord ikke nødvendig.\n\nMvh Ingrid",
        at(2025, 3, 26, 3, 14, OSL), label=HJ("account-takeover"), client="emclient", sig=False, orig_ip="103.151.172.40",
        scen=cmt("A2", "account-takeover: Ingrid's M365 account used from eM Client at 03:14 via a foreign IP, Dropbox link to 'oppdatert prisliste' .zip containing a .lnk"))
# A3 fake-thread: fake Svefaktura reply
fake_parent = f"<{hx(20)}.{int(at(2025, 3, 3, 6, 0).timestamp())}@fakturahubben.example>"
emit(Pt("Fakturahubben Kundservice", "kundservice@e-faktura-portal.example", "notice", "fake-fh"), "notice", at(2025, 3, 4, 7, 22), [(me.name, me.email)], None,
     "SV: Svefaktura 25-0311 avvisad - åtgärd krävs", [fake_parent],
     "Hej Lars,\n\nSom vi skrev i förra veckan har fakturan nedan avvisats av mottagarsystemet och leverantören har begärt dröjsmålsränta. "
     "För att frisläppa betalningen behöver du bekräfta ditt konto i attestportalen inom 24 timmar:\n\nhttps://e-faktura-portal.example/attest/login?ref=25-0311\n\n"
     "Med vänliga hälsningar\nKundservice Fakturahubben\n\n-----Ursprungligt meddelande-----\nFrån: Lars Johansson\nSkickat: den 28 februari 2025 14:02\n"
     "Ämne: Svefaktura 25-0311 avvisad\n\nHej, vi förstår inte varför fakturan avvisades, kan ni kolla?",
     label=HJ("fake-thread"), scen=cmt("A3", "fake-thread: stranger poses as the e-invoice operator, 'SV:' with an invented quote of Lars, link to a fake attest login"))
# A4 display-name-spoof Maria via gmail
t19.add(Pt("Maria Ekström", "maria.ekstrom.vd@gmail.com", "gmailfree", "gmail"), "Hej Lars,\n\nJag sitter i möte med jurister hela dagen angående ett förvärv som vi inte kan gå ut med än. "
        "Jag behöver att du hjälper mig med en handpenning på 386 400 kr till ett klientmedelskonto i dag, innan kl 15. Johan är inte informerad och ska inte vara det förrän avtalet är påskrivet.\n\n"
        "Svara bara här på mejlen när du kan, så skickar jag kontouppgifterna. Ring inte, jag kan inte svara.\n\nMaria\n\nSkickat från min iPhone",
        at(2025, 3, 13, 10, 48), label=HJ("display-name-spoof"), client="gmailfree", sig=False, quote=False, infra="gmail",
        scen=cmt("A4", "display-name-spoof: 'Maria Ekström' (VD) from a gmail.com address asks for a confidential down payment, no payload"))
# A5 server-hijack Mikko real Exchange: Finnish .iso
t10.add(mikko, "Hei,\n\nLiitteenä tilausvahvistus ja päivitetty toimitusaikataulu. Tarkistakaa tiedot ja vahvistakaa mahdollisimman pian.\n\nYstävällisin terveisin\nMikko Virtanen",
        at(2025, 4, 16, 8, 3, HEL), label=HJ("server-hijack"), sig=False, quote=False,
        atts=[("Tilausvahvistus_KSV_250416.iso", iso_image("TILAUSVAHVISTUS", "Tilausvahvistus_250416.pdf.lnk"), "application/octet-stream")],
        scen=cmt("A5", "server-hijack: Mikko's real Exchange 2019, Finnish text in an English thread, .iso 'tilausvahvistus', no quote"))
# A6 lookalike German domain, new IBAN, altered quote
jurgen_fake = Pt("Jürgen Weber", "j.weber@schmidt-beschiaege.example", "olkde", "look-sb", jurgen.sig.replace("Tel. +49 5222 555-214", "Tel. +49 5222 555-214 | Mobil +49 1575 5550 913"), tz=BER, lang="de")
q6 = t17.last["plain"].replace("bitte merken Sie für Februar nochmals dieselbe Menge vor.", "bitte merken Sie für Februar nochmals dieselbe Menge vor. Bitte schicken Sie uns eine aktuelle Kontoübersicht.")
t17.add(jurgen_fake, "Hallo Herr Johansson,\n\nvielen Dank für Ihre Nachricht. Anbei wie gewünscht die aktuelle Übersicht der offenen Posten (AB 4501882 sowie RE 90231188 und RE 90231206, "
        "gesamt EUR 18.742,60).\n\nBitte beachten Sie, dass wir im Zuge der Umstellung auf unsere neue Konzernfinanzierung unsere Bankverbindung geändert haben. "
        "Unsere bisherige Verbindung bei der Sparkasse Lemgo wird zum Quartalsende aufgelöst, Zahlungen dorthin können nicht mehr zugeordnet werden.\n\n"
        "Neue Bankverbindung:\nCommerzbank AG, Filiale Hamburg\nIBAN: DE47 2004 0000 0628 8431 00\nBIC: COBADEFFXXX\n\nBitte passen Sie die Stammdaten an und teilen Sie mir kurz mit, "
        "wann die Zahlung der überfälligen Posten erfolgt, damit ich die Liefersperre für die Februar-Lieferung aufheben kann.", at(2025, 1, 21, 10, 36),
        label=HJ("lookalike-domain"), quote_text=q6, infra="look-sb",
        atts=[("OP-Liste_Loenneberga_2025-01.pdf", pdf(["Offene Posten Lönneberga Möbel AB", "IBAN DE47 2004 0000 0628 8431 00"], producer="Microsoft® Word 2016"), "application/pdf")],
        scen=cmt("A6", "lookalike-domain: schmidt-beschiaege.example, long German mail with open items and a new IBAN, quote altered to make Lars 'ask' for an account statement"))
# A7 server-hijack Erik real Gmail: encrypted zip, password in text
t4.add(erik, "Hej Lars,\n\nHär är den uppdaterade orderbekräftelsen med nya leveransdatum, filen är lösenordsskyddad pga prisuppgifterna.\n\nLösenord: VB2025\n\nMvh Erik",
       at(2025, 1, 30, 13, 7), label=HJ("server-hijack"), sig=False,
       atts=[("Orderbekraftelse_VB_60214.zip", zipfile_bytes([("Orderbekraftelse_VB_60214.js", b"// inert probe placeholder\n" + rbytes(600))], encrypt=True, when=(2025, 1, 30, 12, 50, 0)), "application/zip")],
       scen=cmt("A7", "server-hijack: Erik's real Google Workspace mail, password-protected zip 'orderbekräftelse' with the password in the text, .js inside"))
# A8 server-hijack Smålandsfrakt Exchange: OneNote
t8.add(oskar, "Hej,\n\nSe bifogat dokument angående skadeanmälan. Öppna och bekräfta.",
       at(2025, 2, 25, 9, 18), label=HJ("server-hijack"), sig=False, quote=False,
       atts=[("Skadeanmalan_SK-25-0102.one", onenote_bytes(), "application/octet-stream")],
       scen=cmt("A8", "server-hijack: Smålandsfrakt's real Exchange 2016, short generic OneNote 'skadeanmälan' reply three months after the claim closed, no quote"))
# A9 account-takeover Tomasz via Roundcube (hosting mailbox): voicemail HTML
t14.add(tomasz, "Hello,\n\nYou have a new voice message from +48 65 555 3120 (duration 0:47) regarding the Kalmar order.\n\nPlease open the attached file to listen.\n\nTomasz",
        at(2025, 3, 19, 21, 52, WAW), label=HJ("account-takeover"), client="roundcube", sig=False, quote=False, infra="hostpl",
        atts=[("VoiceMessage_0319_2152.htm", ("<html><head><meta charset='utf-8'><title>Voice Message</title></head><body><script>/* inert probe */ var u='https://audio-msg-center.example/play?id="
                                              + alnum(12) + "';document.write('Loading player...');</script></body></html>").encode(), "text/html")],
        scen=cmt("A9", "account-takeover: Tomasz's old hosting mailbox (still live after the M365 move) used via Roundcube at night, voicemail lure with HTML attachment"))
# A10 display-name-spoof Peter from outlook.com: gift cards
t20.add(Pt("Peter Holm", "peter.holm.prod@outlook.com", "outlookcom", "outlookcom"), "Hej Lars,\n\nÄr du på kontoret? Jag vill överraska gänget på golvet inför påsk "
        "och behöver att du köper 10 presentkort på ICA à 500 kr. Skrapa fram koderna och skicka bilder på dem till mig här, så löser vi utlägget efteråt. Det ska vara en överraskning så säg inget till någon.\n\nPeter",
        at(2025, 4, 14, 11, 32), label=HJ("display-name-spoof"), client="outlookcom", sig=False, quote=False, infra="outlookcom",
        scen=cmt("A10", "display-name-spoof: 'Peter Holm' from outlook.com asks for ICA gift card codes, no payload"))
# A11 lookalike Smålandsfrakt: PDF invoice with link + new Bankgiro
oskar_fake = Pt("Oskar Lund", "oskar.lund@smalandsfrakt-ab.example", "ex16", "look-sf", oskar.sig)
EXCH["smalandsfrakt-ab.example"] = EXCH["smalandsfrakt.example"]
t9 = Thread("T9", oskar, "Prisjustering transporter 2025")
t9.add(me, "Hej Oskar,\n\nHar ni någon prisjustering inför 2025? Vi behöver veta till budgeten.", at(2024, 11, 25, 10, 0))
t9.add(oskar, "Hej Lars,\n\nDrivmedelstillägget justeras kvartalsvis, baspriset höjs 2,9 % från 1 januari. Prislista bifogad.", at(2024, 11, 26, 14, 0), label=G,
       atts=[("Prislista_2025_Smalandsfrakt.pdf", pdf(["Smålandsfrakt AB", "Prislista 2025"]), "application/pdf")])
t9.add(me, "Tack, noterat.", at(2024, 11, 26, 15, 0))
t9.add(oskar_fake, "Hej Lars,\n\nEnligt den nya prislistan ovan har vi gjort en efterdebitering för drivmedelstillägget Q1 som inte kom med på de ordinarie fakturorna. "
       "Faktura bifogad, 27 845 kr. Observera att vi samtidigt har bytt bankgiro, nya numret 5209-7731 står på fakturan. Ni kan också betala direkt via länken i PDF:en.\n\n"
       "Fakturan kommer inte via Fakturahubben eftersom det är en manuell efterdebitering.", at(2025, 4, 2, 10, 12), label=HJ("lookalike-domain"), infra="look-sf",
       atts=[("Efterdebitering_SF_25-0412.pdf", pdf(["Smålandsfrakt AB", "Efterdebitering drivmedel Q1", "Bankgiro 5209-7731"], uri="https://betala-faktura.example/sf/250412"), "application/pdf")],
       scen=cmt("A11", "lookalike-domain: smalandsfrakt-ab.example, quotes the real price-list thread, PDF invoice with pay link, new Bankgiro, bypasses the e-invoice operator"))
# A12 fake-thread English e-signature SVG
emit(Pt("Contract Services", "agreements@contract-signing-hub.example", "notice", "fake-ds"), "notice", at(2025, 5, 6, 14, 27), [(me.name, me.email)], None,
     "RE: Supplier agreement 2025 - signature required", [f"<{hx(24)}@contract-signing-hub.example>"],
     "Hi Lars,\n\nFollowing up on the below, your signature is still pending on the supplier framework agreement. The document is attached for review and signing.\n\n"
     "Regards,\nContract Services\n\n> On Tue, 29 Apr 2025, Lars Johansson wrote:\n> Please send the final version, I will sign this week.",
     atts=[("Supplier_Agreement_2025_SIGN.svg", ('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><text x="20" y="40">Loading document...</text>'
                                                 '<script>/* inert probe: location.href="https://contract-signing-hub.example/s/"+"' + alnum(10) + '" */</script></svg>').encode(), "image/svg+xml")],
     label=HJ("fake-thread"), scen=cmt("A12", "fake-thread: English e-signature lure, invented quote of Lars, SVG attachment with script"))
# A13 server-hijack Kvarnholm desk: update link to look-alike host
t22.add(desk, "Hej Lars,\n\nEn kritisk säkerhetsuppdatering (9.4.3-SR1) för Kvarnholm-klienten måste installeras på alla arbetsstationer senast fredag. "
        "Ladda ner den signerade installationsfilen här:\n\nhttps://kvarnholm-erp-update.example/download/KvarnholmClient_9.4.3-SR1.exe\n\n"
        "Vänliga hälsningar\nKvarnholm Support", at(2025, 5, 20, 16, 48), label=HJ("server-hijack"), subj=t22.subj, quote=False,
        scen=cmt("A13", "server-hijack: Kvarnholm's real desk system reopens the closed ticket months later with a 'critical update' on a look-alike download host"))
# A14 account-takeover Johan: ics with sharepoint link
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
       f"UID:{ruuid()}\r\nDTSTART:20250603T080000Z\r\nDTEND:20250603T081500Z\r\nSUMMARY:Obligatorisk MFA-omregistrering\r\n"
       f"DESCRIPTION:Registrera om din autentisering innan mötet: https://lonnebergamobel-my.sharepoint.com.example-tenant.sharepoint.com/:b:/g/personal/it_support/E{alnum(22)}\r\n"
       "ORGANIZER:mailto:johan.svensson@lonnebergamobel.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
ics = ics.replace(b"lonnebergamobel-my.sharepoint.com.example-tenant.sharepoint.com", b"lbgmobel-my.sharepoint.com")
t21.add(johan, "Hej Lars,\n\nIT har bett ekonomi se till att alla som attesterar registrerar om MFA innan bankens nya krav börjar gälla. Inbjudan bifogad, länken finns i kalenderposten. "
        "Gör det gärna i dag.\n\n/Johan", at(2025, 6, 2, 19, 41), label=HJ("account-takeover"), client="emclient", sig=False, quote=False, orig_ip="45.89.67.201",
        atts=[("MFA-omregistrering.ics", ics, "text/calendar; method=REQUEST")],
        scen=cmt("A14", "account-takeover: Johan's own M365 account via eM Client/SMTP AUTH from a foreign IP, .ics with an MFA link on a foreign sharepoint.com tenant"))
# A15 lookalike Tapicer-Pol: macro docm
tomasz_fake = Pt("Tomasz Kowalski", "tomasz.kowalski@tapicer-pol.example", "olkpl", "look-tp", tomasz.sig, tz=WAW)
EXO["tapicer-pol.example"] = "VI1PR02MB8820"; TENANT["tapicer-pol.example"] = ruuid()
t16.add(tomasz_fake, "Hi Lars,\n\nOur accounting found an error in the VAT on the April invoice, please see the corrected invoice (korekta faktury) in the attachment. "
        "You need to enable editing to see the amounts, the document is protected.\n\nPlease pay the difference before Friday because we close the month and pay salaries to our staff.\n\nPozdrawiam,\nTomasz",
        at(2025, 5, 8, 9, 55), label=HJ("lookalike-domain"), sig=False, infra="look-tp",
        atts=[("Korekta_FV_2025_0422.docm", ooxml("docx", macro=True, text="Korekta faktury FV/2025/0422 - enable content"), "application/vnd.ms-word.document.macroEnabled.12")],
        scen=cmt("A15", "lookalike-domain: tapicer-pol.example, corrected invoice as macro .docm, payroll urgency"))

# more context: Lars sends a few stand-alone mails (Sent)
for d, who, subj, txt in [(at(2024, 9, 23, 10, 0), maria, "Leverantörsbesök v.40", "Hej Maria,\n\nJag är i Virserum och Värnamo på tisdag v.40."),
                          (at(2025, 1, 8, 9, 0), johan, "Prisökningar 2025", "Hej Johan,\n\nSammanställning av aviserade prisökningar 2025 bifogad."),
                          (at(2025, 5, 26, 8, 0), peter, "Semesterplanering leveranser", "Hej Peter,\n\nLeverantörerna stänger v.29-31, vi behöver lägga order senast v.24.")]:
    emit(me, "olk", d, [(who.name, who.email)], None, subj, [], txt + me.sig)

# ================================================================ write out
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]; scen_rows = ["file\tscenario\tdescription"]
for i, (tt, _, folder, raw, lab, scen) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "wb") as f: f.write(raw.encode("utf-8"))
    if lab:
        m, (l, kind) = lab
        labels.append(f"{MB}\t{m}\t{l}\t{kind}")
        scen_rows.append(f"{path}\t{scen[0]}\t{scen[1]}")
with open(f"{root}/labels.tsv", "w") as f: f.write("\n".join(labels) + "\n")
with open(f"{root}/scenarios.tsv", "w") as f: f.write("\n".join(scen_rows) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled")
