#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-13.py OUT_DIR
# Mailbox "mdevries" of Prof. Dr. Maarten de Vries, professor of software engineering at the (fictional) Technische
# Universiteit Lindeveld (tu-lindeveld.example, Microsoft 365 / Exchange Online, Dutch Outlook). He writes Dutch, English and
# a little German. 28 threads (3-11 messages each, 187 messages) with his replies in Sent; every correspondent keeps one fingerprint
# (Message-ID shape, client header, Received path, DKIM d=/s=, time zone, MIME layout, quote header). Internal mail of the
# university travels inside the tenant (no DKIM, X-MS-Exchange-Organization-AuthAs: Internal). Files are numbered in arrival
# order over INBOX and Sent; only the test messages are labelled. Deterministic (seeded). Writes labels.tsv and scenarios.tsv.
# Self-contained: does not import probegen. Attachments are inert (random bytes / fake documents; nothing executable).
#
# Threads: T01 Sanne Bakker (PhD, internal Outlook, Dutch) thesis ch.3; T02 Daan Visser (PhD, internal) replication package;
# T03 Eva Smit (co-supervisor, internal) go/no-go form; T04 secretary Ingrid Mulder introduces PhD Femke de Wit; T05 Ingrid exam
# list; T06 head of department Hans Kuipers budget; T07 TOPdesk ticket; T08/T09 Lucas Jansen (PhD, Gmail on his phone);
# T10 Wei Zhang (PhD, internal, English) GPU server order; T11 Jonas Weber (Uni Rheinau, Thunderbird/Postfix) joint proposal;
# T12 Jonas: JASS revision LaTeX zips; T13 Lotte Peeters (KU Brabant, Exchange Online, Flemish) PhD jury; T14 Pieter Bos
# (Uni Noordhaven, Exchange Online) guest lecture; T15 Anna Schouten moves Noordhaven -> Zuidkust; T16 Oliver Hughes
# (Northfield, Google Workspace) ICSME paper; T17 Oliver: JASS special-issue review; T18 Rachel Kim (Lakemont, US, Apple Mail
# via Proofpoint) sabbatical visit; T19 Laura Fernandez (Levante, Google Workspace) new collaboration; T20 EuroPLoT keynote
# 2024 (dormant, revived 2025); T21 EuroPLoT 2025 registration; T22 publisher Elsmere: JASS manuscript system and APC;
# T23 NRO funding agency progress report; T24 Mailman list se-research; T25 student society Sigma lunch lecture; T26 fake thread;
# T27 Femke de Wit literature review (internal); T28 Hans Kuipers selection committee.
#
# Attacks (16, label hijack):
#  H01 T13 server-hijack     Lotte Peeters' real Exchange Online mailbox (same DKIM/MID shape): "jury report" link on the KU
#                             Brabant SharePoint tenant (kubrabant-my.sharepoint.com/:b:/g/personal/...)
#  H02 T01 account-takeover  Sanne Bakker (always Dutch) replies in English from OWA on a foreign IP, forms.office.com sign-in
#  H03 T17 account-takeover  Oliver Hughes' Google account via SMTP AUTH (mx.google.com Message-ID, plain text): Canva "review
#                             packet" that asks to log in
#  H04 T11 account-takeover  Jonas Weber via his university's Roundcube: reply to a 5-month-old message, password zip, password in text
#  H05 T18 account-takeover  Rachel Kim: reply to a 6-month-old message from Outlook (not Apple Mail), +0300, .docm "review"
#  H06 T14 server-hijack     Pieter Bos' real Exchange Online: Dutch reply, sites.google.com page "log in met je instellingsaccount"
#  H07 T21 lookalike-domain  euro-plot-conf.example (hyphen added) quotes the real registration thread, new IBAN for the fee
#  H08 T22 lookalike-domain  elsmerepublishing.example (hyphen dropped) quotes the APC thread, APC to a new bank account
#  H09 T06 display-name-spoof "Prof. Dr. Hans Kuipers" from a Gmail address in the budget thread: are you available, gift cards
#  H10 T23 server-hijack     funding officer's real mailbox, Reply-To diverted to an outlook.com address, asks for signed bank form
#  H11 T26 fake-thread       stranger, "RE: Factuur ..." quoting a fabricated message of the professor, invoice with pay link
#  H12 T02 account-takeover  Daan Visser: quoted history is real except the SURFdrive link in the quote (now a glitch.me page)
#  H13 T25 server-hijack     student society's real Google Workspace: HTML attachment that redirects to an IPFS gateway page
#  H14 T05 account-takeover  secretary's account from a foreign IP: SVG attachment with a script redirect to a weebly page
#  H15 T09 account-takeover  Lucas Jansen's Gmail: Dutch, Firebase web.app "inloggen om de scriptie te bekijken"
#  H16 T10 account-takeover  Wei Zhang via authenticated SMTP (client-made Message-ID): reply to a 5-month-old message, .one file
# Genuine hard cases (label genuine; genuine-hard unless noted) among plain in-thread replies (genuine-reply, ids R..):
#  G01 T24 Mailman list reply, From rewritten "Oliver Hughes via se-research", Reply-To, [se-research] tag, footer part
#  G02 T24 list reply from a member whose From is not rewritten, footer, links to arXiv/GitHub/Zenodo
#  G03 T16 co-author shares an Overleaf link for the first time
#  G04 T02 PhD student shares a SURFdrive link for the first time
#  G05 T19 new collaborator replies with a Zoom invitation link
#  G06 T22 manuscript-system notification about his submission, no In-Reply-To (genuine-orphan)
#  G07 T07 TOPdesk update "[TOPdesk #I2503-123]" without In-Reply-To (genuine-orphan)
#  G08 T01 Dutch out-of-office "Automatisch antwoord" of the co-supervisor (Auto-Submitted)
#  G09 T04 new PhD student introduced by the secretary writes for the first time, in the thread
#  G10 T01 reply-all adding the co-supervisor in Cc
#  G11 T14 colleague writes from his private Gmail on holiday and says so
#  G12 T08 PhD student replies at 01:30 from his phone
#  G13 T18 US colleague at -0500 (evening in the Netherlands)
#  G14 T05 secretary forwards the exam list (.xlsx) from the education office
#  G15 T12 co-author who always sends zips sends the LaTeX sources zip
#  G16 T20 dormant thread (10 months) revived for the next conference edition
#  G17 T11 German colleague replies in German inside an English thread and explains why
#  G18 T15 colleague announces her move to another university (old address)
#  G19 T15 ... and then writes from the new address (new domain, new client) in the same thread
#  G20 T03 inline reply with comments in red (HTML) and [ES] markers in text
#  G21 T13 Outlook "reply with meeting": text/calendar REQUEST
#  G22 T23 funding officer links to the agency's grant portal for the first time
#  G23 T03 co-supervisor shares a file on the university's own OneDrive/SharePoint (legit internal share)
#  G24 T10 PhD student sends a GitHub link and a PDF quote from a vendor
#  G25 T18 US colleague answers from her iPhone at the airport ("Sent from my iPhone")
#  G26 T22 publisher's real Author Services sends the APC invoice with a payment-portal link
#  G27 T21 conference's real registration desk confirms the invoice with its bank details
#  G28 T25 student society shares a Google Forms feedback link
#  G29 T06 head of department forwards a budget spreadsheet with a short note
import base64, datetime, hashlib, html as H, io, os, quopri, random, sys, uuid, zipfile
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "mdevries"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(1313)
AMS = ZoneInfo("Europe/Amsterdam"); BRU = ZoneInfo("Europe/Brussels"); LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin"); NYC = ZoneInfo("America/New_York"); MAD = ZoneInfo("Europe/Madrid"); UTC = datetime.timezone.utc
PST = ZoneInfo("America/Los_Angeles")


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def ub64(k): return base64.urlsafe_b64encode(rbytes(k)).decode().rstrip("=")
def at(y, mo, d, h, mi, tz=AMS): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def rfc(t): return t.strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): t = t.astimezone(UTC); return f"{t:%a}, {t.day} {t:%b %Y %H:%M:%S} +0000"
def later(t, a=2, b=9): return t + datetime.timedelta(seconds=R.randint(a, b))


# ---------------------------------------------------------------- inert attachments
def pdf(lines, uris=(), producer="Microsoft® Word voor Microsoft 365", when="20250303091200"):
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({esc(l)}) '" for l in lines) + " ET").encode("latin-1", "replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({esc(producer)}) /CreationDate (D:{when}+01'00') /ModDate (D:{when}+01'00') >>"]
    ann = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {700 - 30 * i} 523 {724 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        ann.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in ann)}]" if ann else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode("latin-1") + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def zipb(members, stamp=(2025, 3, 12, 16, 40, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=stamp); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:  # mark every entry as encrypted (general purpose bit 0), local and central headers; data stays random-looking
        i = 0
        while True:
            i = b.find(b"PK\x03\x04", i)
            if i < 0: break
            b[i + 6] |= 1; i += 4
        i = 0
        while True:
            i = b.find(b"PK\x01\x02", i)
            if i < 0: break
            b[i + 8] |= 1; i += 4
    return bytes(b)


def xlsx(rows):
    def cell(r, c, v): return f'<c r="{"ABCDEFGH"[c]}{r}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{i + 1}">' + "".join(cell(i + 1, j, v) for j, v in enumerate(row)) + "</row>" for i, row in enumerate(rows))
             + "</sheetData></worksheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    return zipb([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/worksheets/sheet1.xml", sheet)])


def docm(text):  # a Word macro-enabled container; vbaProject.bin is random bytes (no macro code)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(f"<w:p><w:r><w:t>{H.escape(l)}</w:t></w:r></w:p>" for l in text) + "</w:body></w:document>")
    return zipb([("[Content_Types].xml", ct), ("word/document.xml", doc), ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rbytes(1500))])


# ---------------------------------------------------------------- people
class Pt:
    def __init__(s, name, email, client, lang, infra, sig="", tz=AMS, ui=None, srv=None, cip=None):
        s.name, s.email, s.client, s.lang, s.infra, s.sig, s.tz = name, email, client, lang, infra, sig, tz
        s.ui = ui or lang; s.dom = email.split("@")[1]; s.srv = srv; s.cip = cip


OWN = "tu-lindeveld.example"
MESIG = ("\n\nProf. dr. Maarten de Vries\nHoogleraar Software Engineering | Professor of Software Engineering\nFaculteit Elektrotechniek, Wiskunde en "
         "Informatica\nTechnische Universiteit Lindeveld\nGebouw Zuidhal, kamer 4.17 | +31 15 555 8217")
me = Pt("Maarten de Vries", f"m.devries@{OWN}", "outlook", "nl", "tul", MESIG, ui="nl", srv="DB9PR05MB7764.eurprd05", cip="145.94.61.20")
def tul(name, user, sig, srv, cip, lang="nl", ui="nl"):
    return Pt(name, f"{user}@{OWN}", "outlook", lang, "tul", sig, ui=ui, srv=srv, cip=cip)
sanne = tul("Sanne Bakker", "s.bakker", "\n\nMet vriendelijke groet,\nSanne Bakker\nPromovenda | Software Engineering Group\nTU Lindeveld",
            "AM9PR05MB8123.eurprd05", "145.94.192.77")
daan = tul("Daan Visser", "d.visser", "\n\nGroeten,\nDaan\n\n--\nDaan Visser, MSc\nPhD candidate, Software Engineering Group\nTU Lindeveld",
           "PAXPR05MB9012.eurprd05", "145.94.188.14")
eva = tul("Eva Smit", "e.smit", "\n\nHartelijke groet,\nEva\n\ndr. Eva Smit\nUniversitair hoofddocent | Software Engineering Group\nTU Lindeveld, Zuidhal 4.21",
          "DU0PR05MB8876.eurprd05", "145.94.61.33")
ingrid = tul("Ingrid Mulder", "i.mulder", "\n\nMet vriendelijke groet,\n\nIngrid Mulder\nSecretariaat afdeling Software Technology\nTU Lindeveld | Zuidhal 4.02\n"
             "Aanwezig: ma, di, do", "AS8PR05MB7433.eurprd05", "145.94.61.105")
hans = tul("Hans Kuipers", "h.kuipers", "\n\nGroet,\nHans\n\nProf. dr. ir. Hans Kuipers\nAfdelingsvoorzitter Software Technology\nTU Lindeveld",
           "AM0PR05MB6650.eurprd05", "145.94.61.12")
femke = tul("Femke de Wit", "f.dewit", "\n\nMet vriendelijke groet,\nFemke de Wit", "VI1PR05MB3390.eurprd05", "145.94.201.8")
wei = tul("Wei Zhang", "w.zhang", "\n\nBest regards,\nWei Zhang\nPhD candidate, Software Engineering Group\nTU Lindeveld",
          "GV1PR05MB7921.eurprd05", "145.94.190.66", lang="en", ui="en")
topdesk = Pt("ICT Servicedesk TU Lindeveld", f"servicedesk@{OWN}", "topdesk", "nl", "topdesk")
lucas = Pt("Lucas Jansen", "lucasjansen.nl@gmail.com", "gmail", "nl", "gmail", "", ui="nl")
lotte = Pt("Lotte Peeters", "lotte.peeters@ku-brabant.example", "outlook", "nl", "exo-kub",
           "\n\nMet vriendelijke groeten,\nLotte Peeters\n\nProf. dr. Lotte Peeters\nDepartement Computerwetenschappen\nKU Brabant\nCelestijnenplein 200A, 3001 Leuven-Heverlee",
           BRU, ui="nl", srv="AS4PR02MB7310.eurprd02")
pieter = Pt("Pieter Bos", "p.bos@uni-noordhaven.example", "outlook", "nl", "exo-nh",
            "\n\nGroet,\nPieter\n\ndr. Pieter Bos\nUniversitair docent Informatica | Universiteit Noordhaven\nZernikeplein 11, Noordhaven", ui="nl",
            srv="AM6PR08MB4520.eurprd08")
pieter_priv = Pt("Pieter Bos", "pieterbos1979@gmail.com", "gmail", "nl", "gmail", "", ui="nl")
anna = Pt("Anna Schouten", "a.m.schouten@uni-noordhaven.example", "outlook", "nl", "exo-nh",
          "\n\nVriendelijke groet,\nAnna Schouten\n\ndr. Anna Schouten\nBernoulli Instituut | Universiteit Noordhaven", ui="nl", srv="AM6PR08MB3015.eurprd08")
anna_new = Pt("Anna Schouten", "anna.schouten@uni-zuidkust.example", "gmail-ws", "nl", "gws-zuidkust",
              "\n\nVriendelijke groet,\nAnna\n\n--\ndr. Anna Schouten\nAssociate Professor, Data Science Group\nUniversiteit Zuidkust", ui="en")
jonas = Pt("Jonas Weber", "jonas.weber@informatik.uni-rheinau.example", "tb", "en", "postfix-rheinau",
           "\n\n-- \nDr. Jonas Weber\nArbeitsgruppe Softwaretechnik\nFachbereich Informatik, Universität Rheinau\nGebäude 48, Raum 512 | +49 631 555 3316", BER, ui="de")
oliver = Pt("Oliver Hughes", "o.hughes@northfield-uni.example", "gmail-ws", "en", "gws-northfield",
            "\n\nCheers,\nOliver\n\n--\nDr Oliver Hughes\nSenior Lecturer in Software Engineering\nSchool of Computing, Northfield University", LON, ui="en")
rachel = Pt("Rachel Kim", "rkim@lakemont.example", "apple", "en", "pps-lakemont",
            "\n\nBest,\nRachel\n\nRachel Kim, Ph.D.\nAssociate Professor, Computer Science\nLakemont University", NYC, ui="en")
laura = Pt("Laura Fernández", "laura.fernandez@univ-levante.example", "gmail-ws", "en", "gws-levante",
           "\n\nBest regards,\nLaura\n\n--\nDra. Laura Fernández Ortega\nDepartamento de Sistemas Informáticos\nUniversidad de Levante", MAD, ui="es")
katrin = Pt("Katrin Hofer", "katrin.hofer@europlot-conf.example", "gmail-ws", "en", "gws-europlot",
            "\n\nBest regards,\nKatrin Hofer\nGeneral Chair, EuroPLoT\nhttps://www.europlot-conf.example", BER, ui="en")
reg = Pt("EuroPLoT 2025 Registration", "registration@europlot-conf.example", "gmail-ws", "en", "gws-europlot",
         "\n\nKind regards,\nMonika Brandl\nEuroPLoT 2025 Registration Desk\nregistration@europlot-conf.example", BER, ui="en")
em = Pt("Journal of Adaptive Software Systems", "em@manuscripts.elsmere-publishing.example", "em", "en", "em-elsmere", "", LON)
apc = Pt("Elsmere Author Services", "authorservices@elsmere-publishing.example", "sfdc", "en", "sfdc-elsmere",
         "\n\nKind regards,\nPriya Nair\nAuthor Services | Elsmere Publishing\nCase reference: 02981144", LON, ui="en")
marloes = Pt("Marloes Verbeek", "m.verbeek@nro-onderzoek.example", "outlook", "nl", "exo-nro",
             "\n\nMet vriendelijke groet,\n\ndr. Marloes Verbeek\nProgrammamedewerker Talentprogramma\nNederlandse Raad voor Onderzoek (NRO)\nT 070 555 0462",
             ui="nl", srv="AM7PR02MB6112.eurprd02")
noor = Pt("Noor Hermans", "extern@svsigma.example", "gmail-ws", "nl", "gws-svsigma",
          "\n\nMet vriendelijke groet,\n\nNoor Hermans\nCommissaris Extern 2024-2025\nStudievereniging Sigma", ui="nl")

LIST = "se-research@lists.esec-community.example"

INFRA = {  # kind, outbound helo, ip, dkim d, selector, spf mailfrom domain
    "exo-kub": ("exo", "mail-db8eur02on2105.outbound.protection.outlook.com", "40.107.8.105", "ku-brabant.example", "selector1"),
    "exo-nh": ("exo", "mail-am6eur05on2062.outbound.protection.outlook.com", "40.107.22.62", "uni-noordhaven.example", "selector2"),
    "exo-nro": ("exo", "mail-vi1eur02on2119.outbound.protection.outlook.com", "40.107.241.119", "nro-onderzoek.example", "selector1"),
    "gmail": ("google", "mail-ej1-f48.google.com", "209.85.218.48", "gmail.com", "20230601"),
    "gws-northfield": ("google", "mail-wr1-f52.google.com", "209.85.221.52", "northfield-uni.example", "google"),
    "gws-zuidkust": ("google", "mail-lf1-f41.google.com", "209.85.167.41", "uni-zuidkust.example", "google"),
    "gws-levante": ("google", "mail-wm1-f44.google.com", "209.85.128.44", "univ-levante.example", "google"),
    "gws-europlot": ("google", "mail-pj1-f53.google.com", "209.85.216.53", "europlot-conf.example", "google"),
    "gws-svsigma": ("google", "mail-ed1-f49.google.com", "209.85.208.49", "svsigma.example", "google"),
    "postfix-rheinau": ("postfix", "mx2.informatik.uni-rheinau.example", "131.246.124.22", "informatik.uni-rheinau.example", "mail2024"),
    "pps-lakemont": ("pps", "mx0b-00231701.pphosted.com", "148.163.153.17", "lakemont.example", "pps1"),
    "topdesk": ("topdesk", "smtp-out2.topdesk.net", "185.47.228.41", OWN, "topdesk"),
    "em-elsmere": ("em", "o3.ptr5581.manuscripts.elsmere-publishing.example", "167.89.101.63", "elsmere-publishing.example", "s1"),
    "sfdc-elsmere": ("sfdc", "smtp05-ia5-sp3.mta.salesforce.com", "13.110.74.201", "elsmere-publishing.example", "sf2023"),
    "lookalike-conf": ("exim", "vps2291.euro-plot-conf.example", "91.215.85.140", "euro-plot-conf.example", "default"),
    "lookalike-pub": ("exim", "mail.elsmerepublishing.example", "45.153.243.77", "elsmerepublishing.example", "mail"),
    "fake-kortman": ("exim", "srv07.webhosting-plus.example", "185.253.217.19", "kortman-advies.example", "x"),
    "mailman": ("mailman", "mail.esec-community.example", "87.238.51.19", "lists.esec-community.example", "mm2024"),
}
TENANT = {"ku-brabant.example": "kubrabant", "uni-noordhaven.example": "uninoordhaven", "nro-onderzoek.example": "nroonderzoek"}

DAYS_NL = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
MON_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
DNL = "ma di wo do vr za zo".split(); MNL = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
DDE = "Mo. Di. Mi. Do. Fr. Sa. So.".split(); MDE = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()
DES = "lun mar mié jue vie sáb dom".split(); MES = "ene feb mar abr may jun jul ago sept oct nov dic".split()


def ipv6(): return f"2603:10a6:{hx(3)}:{hx(2)}::{hx(2)}"


def make_mid(who, client, t):
    if client in ("outlook", "owa"):
        srv = who.srv.split(".")[0]
        return f"<{srv}{HX(16)}@{who.srv.upper()}.PROD.OUTLOOK.COM>"
    if client == "outlook-classic": return f"<000{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client in ("gmail", "gmail-ws"): return "<CA" + ub64(40)[:52] + "@mail.gmail.com>"
    if client == "gmail-smtp": return f"<{hx(8)}.{hx(6)}0a0220.{hx(5)}.{hx(4)}@mx.google.com>"
    if client in ("apple", "iphone"): return f"<{ruuid().upper()}@lakemont.example>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "topdesk": return f"<{ruuid()}@tul.topdesk.net>"
    if client == "em": return f"<{alnum(20)}.{R.randint(10**5, 10**6)}@manuscripts.elsmere-publishing.example>"
    if client == "sfdc": return f"<{alnum(20)}00000000000000000000000000000000000000000000000{alnum(8)}@sfdc.net>"
    if client == "smtp-raw": return f"<{hx(24)}@{who.dom}>"
    return f"<{hx(16)}.{hx(8)}@{who.dom}>"


def gmail_when(t, lang):
    if lang == "nl": return f"Op {DNL[t.weekday()]} {t.day} {MNL[t.month - 1]} {t.year} om {t:%H:%M} schreef"
    if lang == "de": return f"Am {DDE[t.weekday()]}, {t.day}. {MDE[t.month - 1]} {t.year} um {t:%H:%M} Uhr schrieb"
    if lang == "es": return f"El {DES[t.weekday()]}, {t.day} {MES[t.month - 1]} {t.year} a las {t:%H:%M}, "
    return f"On {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M},"


def quote_of(client, ui, tz, q):
    """plain-text quote block of record q as the replying client writes it (times in the replier's zone)"""
    t = q["t"].astimezone(tz); name, email = q["who"].name, q["who"].email
    body = q["plain"]
    gt = "\n".join("> " + l if l else ">" for l in body.split("\n"))
    if client == "smtp-raw": ui = "en"
    if client in ("outlook", "owa", "outlook-classic", "smtp-raw"):
        tos = "; ".join(f"{n} <{e}>" for n, e in q["to"])
        if ui == "nl":
            rows = [("Van", f"{name} <{email}>"), ("Verzonden", f"{DAYS_NL[t.weekday()]} {t.day} {MON_NL[t.month - 1]} {t.year} {t:%H:%M}"), ("Aan", tos)]
            rows += [("CC", "; ".join(f"{n} <{e}>" for n, e in q["cc"]))] if q["cc"] else []
            rows += [("Onderwerp", q["subj"])]
        else:
            rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A}, {t:%B} {t.day}, {t.year} {t:%-I:%M %p}"), ("To", tos)]
            rows += [("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"]))] if q["cc"] else []
            rows += [("Subject", q["subj"])]
        return "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + body
    if client == "tb":
        if ui == "de": return f"\n\nAm {t:%d.%m.%y} um {t:%H:%M} schrieb {name}:\n" + gt
        return f"\n\nOn {t:%d/%m/%Y} {t:%H:%M}, {name} wrote:\n" + gt
    if client == "roundcube":
        return f"\n\nAm {t:%Y-%m-%d} {t:%H:%M}, schrieb {name}:\n" + gt
    if client in ("gmail", "gmail-ws", "gmail-smtp"):
        w = gmail_when(t, ui)
        if ui == "es": return f"\n\n{w}{name} (<{email}>) escribió:\n\n" + gt
        if ui in ("nl", "de"): return f"\n\n{w} {name} <{email}>:\n\n" + gt
        return f"\n\n{w} {name} <{email}> wrote:\n\n" + gt
    if client in ("apple", "iphone"):
        return f"\n\n> On {t:%b} {t.day}, {t.year}, at {t:%-I:%M %p}, {name} <{email}> wrote:\n> \n" + gt
    return "\n\n" + gt


def linkify(s):
    import re
    return re.sub(r"(https?://[^\s<>\"]+)", lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', s)


def html_of(client, plain):
    esc = "<br>\n".join(linkify(H.escape(l, quote=False)) for l in plain.split("\n"))
    if client in ("outlook", "owa"):
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc
                + "</div>\n</body>\n</html>")
    if client == "outlook-classic":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head><meta name="Generator" '
                'content="Microsoft Word 15 (filtered medium)"></head><body lang="EN-US" link="#0563C1"><div class="WordSection1"><p class="MsoNormal">'
                + esc + "</p></div></body></html>")
    if client in ("gmail", "gmail-ws"):
        return '<div dir="ltr">' + esc + "</div>\n"
    if client in ("apple", "iphone"):
        return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: '
                'break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + esc + "</body></html>")
    if client == "em":
        return '<html><body style="font-family:Arial;font-size:10pt">' + esc + "</body></html>"
    if client == "sfdc":
        return '<html><head><meta charset="utf-8"></head><body><table width="600"><tr><td style="font-family:Arial">' + esc + "</td></tr></table></body></html>"
    if client == "topdesk":
        return '<html><body style="font-family: Segoe UI, Arial; font-size: 10pt">' + esc + "</body></html>"
    return None


# ---------------------------------------------------------------- transport headers (the mailbox lives in Exchange Online)
TENANT_ID = "5e2f1c7a-93b4-4d0e-8a61-2c9f0b7d4e18"
MYSRV = "DB9PR05MB7764.eurprd05.prod.outlook.com"
CTRY = {"exo-kub": "BE", "exo-nh": "NL", "exo-nro": "NL", "postfix-rheinau": "DE", "pps-lakemont": "US", "topdesk": "NL",
        "em-elsmere": "US", "sfdc-elsmere": "US", "lookalike-conf": "LT", "lookalike-pub": "NL", "fake-kortman": "DE"}


def exo_front(t, helo, ip, mfrom, dkim_d, dkim="pass", dmarc="pass", hfrom=None, comp="pass reason=100", extra_dkim=""):
    """top of the header block as Exchange Online Protection writes it for mail arriving from outside the tenant"""
    hfrom = hfrom or dkim_d
    fe = f"AMS{R.randint(0, 1)}EPF0000{HX(4)}.eurprd0{R.choice('2345')}.prod.outlook.com"
    ca = f"AS{R.randint(4, 9)}PR0{R.randint(4, 6)}CA0{R.randint(100, 999)}.eurprd0{R.choice('456')}.prod.outlook.com"
    t1, t2, t3 = later(t, 3, 12), later(t, 13, 15), later(t, 16, 19)
    cipher = "(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384)"
    dk = (f"dkim=pass (signature was verified) header.d={dkim_d}" if dkim == "pass" else f"dkim={dkim} header.d={dkim_d}") + extra_dkim
    return [("Received", f"from {ca.split('.')[0].replace('CA', 'MB', 1)}.eurprd05.prod.outlook.com ({ipv6()}) by\n {MYSRV} with HTTPS; {rfcu(t3)}"),
            ("Received", f"from {ca} ({ipv6()}) by\n {ca.split('.')[0].replace('CA', 'MB', 1)}.eurprd05.prod.outlook.com ({ipv6()}) with Microsoft SMTP\n"
                         f" Server {cipher} id 15.20.8489.21; {rfcu(t2)}"),
            ("Received", f"from {fe.split('.')[0]}.eurprd05.prod.outlook.com\n ({ipv6()}:cafe::{hx(2)}) by {ca.split('.')[0]}.outlook.office365.com\n"
                         f" ({ipv6()}) with Microsoft SMTP Server {cipher} id 15.20.8489.21 via Frontend\n Transport; {rfcu(t2)}"),
            ("Authentication-Results", f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mfrom}; {dk};dmarc={dmarc} action=none\n header.from={hfrom};compauth={comp}"),
            ("Received-SPF", f"Pass (protection.outlook.com: domain of {mfrom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n"
                             f" client-ip={ip}; helo={helo}; pr=C"),
            ("Received", f"from {helo} ({ip}) by\n {fe.split('.')[0]}.mail.protection.outlook.com (10.167.{R.randint(8, 250)}.{R.randint(2, 250)}) with Microsoft SMTP\n"
                         f" Server {cipher} id 15.20.8489.21 via Frontend Transport; {rfcu(t1)}")], fe


def exo_tail(t, fe, ip, helo, ctry, lang):
    return [("X-MS-Exchange-Organization-ExpirationStartTime", rfcu(later(t, 3, 12)).replace(" +0000", ".0830 (UTC)").split(", ", 1)[1]),
            ("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"),
            ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
            ("X-EOPAttributedMessage", "0"), ("X-EOPTenantAttributedMessage", f"{TENANT_ID}:0"),
            ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"), ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Exchange-Organization-AuthSource", fe.split('.')[0] + ".eurprd05.prod.outlook.com"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Exchange-Organization-SCL", "1"),
            ("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{helo};PTR:{helo};CAT:NONE;"
                                           f"SFS:(13230040)(4022899009)(8096899003);DIR:INB;"),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", rfcu(later(t, 3, 12)).split(", ", 1)[1].replace(" +0000", ".4410 (UTC)")),
            ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-Id", TENANT_ID),
            ("X-MS-Exchange-CrossTenant-AuthSource", fe.split('.')[0] + ".eurprd05.prod.outlook.com"),
            ("X-MS-Exchange-CrossTenant-AuthAs", "Anonymous"), ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Internet"),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", MYSRV.split('.')[0]),
            ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:{R.randint(1, 9):02d}.{R.randint(1000000, 9999999)}"),
            ("X-Microsoft-Antispam-Mailbox-Delivery", "ucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(140003);"),
            ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|4022899009|8096899003;")]


def internal(who, t, cip, mech="04", via=None):
    """mail between two mailboxes of the university tenant"""
    srv = who.srv.upper() + ".PROD.OUTLOOK.COM"
    fe = [("Received", f"from {srv} ({ipv6()}) by {MYSRV} with\n HTTPS; {rfcu(later(t, 1, 4))}")]
    if via:  # authenticated SMTP client submission
        fe.append(("Received", f"from [{cip}] ({cip}) by {via}.outlook.office365.com ({ipv6()}) with Microsoft SMTP\n"
                               f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.21; {rfcu(t)}"))
    else:
        fe.append(("Received", f"from {srv}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {srv}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id"
                               f" 15.20.8489.021; {rfcu(t)}"))
    fe.append(("Authentication-Results", f"dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={OWN};"))
    tail = [("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("X-MS-Exchange-Organization-AuthSource", srv),
            ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", mech),
            ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-Organization-MessageDirectionality", "Originating"),
            ("X-MS-Exchange-Organization-OriginalClientIPAddress", cip),
            ("X-MS-Exchange-Organization-OriginalServerIPAddress", f"fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}"),
            ("X-MS-Exchange-Organization-Cross-Premises-Headers-Processed", srv), ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Exchange-Organization-RecordReviewCfmType", "0"),
            ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{R.randint(0, 2)}.{R.randint(1000000, 9999999)}"),
            ("X-Microsoft-Antispam-Mailbox-Delivery", "ucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(425001)(930097)(140003);")]
    return fe, tail


def dkim_sig(d, s, t, h="From:To:Subject:Date:Message-ID:In-Reply-To:References:Content-Type:MIME-Version"):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; h={h};\n\tbh={b64(32)};\n\tb={b64(96)}\n\t {b64(90)}")


def transport(who, t, infra, env, variant=None, lang="nl"):
    """(headers before the message headers, headers after them)"""
    if infra == "tul":
        if variant and variant.startswith("foreign:"): return internal(who, t, variant.split(":", 1)[1])
        if variant and variant.startswith("smtpauth:"):
            return internal(who, t, variant.split(":", 1)[1], mech="06", via=f"AM{R.randint(0, 9)}P190CA00{R.randint(10, 99)}")
        return internal(who, t, who.cip)
    kind, helo, ip, d, s = INFRA[infra]
    mfrom = env.split("@")[1]
    pre, post = [], []
    if kind == "exo":
        srv = who.srv.upper() + ".PROD.OUTLOOK.COM"
        pre += [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(120)}"),
                ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
                                          f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
                                          f" bh={b64(32)};\n b={b64(120)}"),
                ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={d}; dmarc=pass action=none\n header.from={d}; dkim=pass header.d={d}; arc=none"),
                dkim_sig(d, s, t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                ("Received", f"from {srv}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {srv}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id 15.20.8489.021; {rfcu(t)}")]
        post += [("X-MS-Exchange-SenderADCheck", "1"), ("X-MS-Exchange-AntiSpam-Relay", "0"),
                 ("X-MS-TrafficTypeDiagnostic", f"{who.srv.split('.')[0]}:EE_|{MYSRV.split('.')[0]}:EE_")]
    elif kind == "google":
        host = helo
        if variant and variant.startswith("smtpauth:"):
            pre.append(("Received", f"from [127.0.0.1] ([{variant.split(':', 1)[1]}])\n        by smtp.gmail.com with ESMTPSA id "
                                    f"{hx(14)}-{R.randint(10, 99)}{hx(3)}.{R.randint(10, 99)}.{R.randint(2025, 2025)}.{R.randint(100, 999)}\n"
                                    f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        "
                                    f"{t.astimezone(PST):%a, %d %b %Y %H:%M:%S %z (%Z)}"))
        else:
            pre.append(("Received", f"by {host} with SMTP id a640c23a62f3a-{hx(11)}so{R.randint(10**5, 10**6)}66b.1\n        for <{me.email}>; "
                                    f"{later(t, 0, 1).astimezone(PST):%a, %d %b %Y %H:%M:%S %z (%Z)}"))
        pre.append(dkim_sig(d, s, t, "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to"))
        pre.append(("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())};\n"
                                               f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;\n        bh={b64(32)};\n        b={b64(96)}"))
        pre += [("X-Gm-Message-State", "AOJu0Y" + ub64(50)), ("X-Gm-Gg", "ASbGnc" + ub64(60)),
                ("X-Google-Smtp-Source", "AGHT+I" + ub64(60)),
                ("X-Received", f"by 2002:a17:907:{hx(4)}:b0:ab{hx(1)}:{hx(4)} with SMTP id {hx(10)}-{hx(6)}mr{R.randint(10**6, 10**7)}66b.{R.randint(10, 99)}.{R.randint(10**12, 10**13)};\n"
                                  f"        {later(t, 0, 1).astimezone(PST):%a, %d %b %Y %H:%M:%S %z (%Z)}")]
    elif kind == "postfix":
        if variant and variant.startswith("roundcube:"):
            aip = variant.split(":", 1)[1]
            pre += [("Received", f"from mail.informatik.uni-rheinau.example (mail.informatik.uni-rheinau.example [131.246.124.10])\n\tby {helo} (Postfix) with ESMTPS id 4Z{alnum(9)}\n\tfor <{me.email}>; {rfc(later(t, 1, 2).astimezone(BER))}"),
                    dkim_sig(d, s, t),
                    ("Received", f"from webmail.informatik.uni-rheinau.example (localhost [127.0.0.1])\n\t(Authenticated sender: jweber)\n\tby mail.informatik.uni-rheinau.example (Postfix) with ESMTPA id 4Z{alnum(9)};\n\t{rfc(t.astimezone(BER))}"),
                    ("Received", f"from {aip} ([{aip}])\n\tby webmail.informatik.uni-rheinau.example\n\twith HTTP (HTTP/1.1 POST); {rfc(t.astimezone(BER))}")]
        else:
            src = variant or f"wlan-172-{R.randint(1, 30)}.informatik.uni-rheinau.example [131.246.172.{R.randint(2, 250)}]"
            pre += [("Received", f"from mail.informatik.uni-rheinau.example (mail.informatik.uni-rheinau.example [131.246.124.10])\n\tby {helo} (Postfix) with ESMTPS id 4Z{alnum(9)}\n\tfor <{me.email}>; {rfc(later(t, 1, 2).astimezone(BER))}"),
                    dkim_sig(d, s, t),
                    ("Received", f"from [10.12.{R.randint(0, 9)}.{R.randint(2, 250)}] ({src})\n\t(Authenticated sender: jweber)\n\tby mail.informatik.uni-rheinau.example (Postfix) with ESMTPSA id 4Z{alnum(9)};\n\t{rfc(t.astimezone(BER))}")]
    elif kind == "pps":
        inner = (f"from DESKTOP-{HX(7)} ([{variant.split(':', 1)[1]}])" if variant and variant.startswith("client:")
                 else f"from smtpclient.apple (c-73-{R.randint(16, 200)}-{R.randint(2, 250)}-{R.randint(2, 250)}.hsd1.ma.comcast.example [73.{R.randint(16, 200)}.{R.randint(2, 250)}.{R.randint(2, 250)}])")
        tl = t.astimezone(NYC)
        pre += [("Received", f"from pps.filterd (m0231701.ppops.net [127.0.0.1])\n\tby mx0b-00231701.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id 52{alnum(10)};\n\t{rfc(later(tl, 1, 2))}"),
                dkim_sig(d, s, t, "cc:content-transfer-encoding:content-type:date:from:in-reply-to:message-id:mime-version:references:subject:to"),
                ("Received", f"from smtp.lakemont.example (smtp.lakemont.example [128.197.26.10])\n\tby mx0b-00231701.pphosted.com (PPS) with ESMTPS id 4{alnum(10)}-1\n\t"
                             f"(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);\n\t{rfc(later(tl, 0, 1))}"),
                ("Received", f"{inner}\n\t(Authenticated sender: rkim)\n\tby smtp.lakemont.example (Postfix) with ESMTPSA id {HX(10)};\n\t{rfc(tl)}")]
    elif kind == "topdesk":
        pre += [dkim_sig(d, s, t), ("Received", f"from tul.topdesk.net (unknown [10.20.3.14])\n\tby smtp-out2.topdesk.net (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(t.astimezone(AMS))}")]
    elif kind == "em":
        pre += [dkim_sig(d, s, t, "content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to"),
                ("Received", f"by filterdrecv-5d64c77d95-{alnum(5).lower()} with SMTP id filterdrecv-5d64c77d95-{alnum(5).lower()}-1-{HX(8)}-{R.randint(10, 99)}\n"
                             f"        {t.astimezone(UTC):%Y-%m-%d %H:%M:%S}.{R.randint(100000000, 999999999)} +0000 UTC m=+{R.randint(100000, 999999)}.{R.randint(10**8, 10**9)}"),
                ("Received", f"from em-prod-app04 (unknown)\n\tby geopod-ismtpd-14 (SG) with ESMTP id {alnum(22)}\n\tfor <{me.email}>;\n\t{rfc(t.astimezone(UTC))} (UTC)")]
        post += [("X-SG-EID", ub64(90)), ("X-Entity-ID", "u001." + ub64(30))]
    elif kind == "sfdc":
        pre += [dkim_sig(d, s, t), ("Received", f"from [10.124.{R.randint(1, 250)}.{R.randint(1, 250)}] ([10.124.{R.randint(1, 250)}.{R.randint(1, 250)}:{R.randint(30000, 60000)}] helo=na213-app2-18-ia5.ops.sfdc.net)\n"
                                                f"\tby mx5-ia5-sp3.mta.salesforce.com (envelope-from <{env}>)\n\t(ecelerity 4.3.1.999 r(:)) with ESMTPS\n"
                                                f"\t(cipher=ECDHE-RSA-AES256-GCM-SHA384) id {HX(2)}/{HX(2)}-{R.randint(10000, 99999)}-{hx(8)}; {rfc(t.astimezone(UTC))}")]
        post += [("X-SFDC-LK", "00D5g00000" + alnum(8)), ("X-SFDC-User", "0055g00000" + alnum(8)), ("X-Sender", "postmaster@salesforce.com"),
                 ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"), ("X-SFDC-TLS-NoRelay", "1")]
    elif kind == "exim":
        src = variant or f"[102.89.{R.randint(1, 250)}.{R.randint(1, 250)}] (helo=DESKTOP-{HX(7)})"
        pre += [dkim_sig(d, s, t), ("Received", f"from {src}\n\tby {helo} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n"
                                               f"\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-00{alnum(4)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t.astimezone(UTC))}")]
    hfrom = None
    if kind == "mailman":  # variant "munge" (From rewritten to the list) or "keep"
        od, osel = INFRA[who.infra][3], INFRA[who.infra][4]
        tl = later(t, 20, 50)
        pre = [("Received", f"from mail.esec-community.example (localhost [127.0.0.1])\n\tby mail.esec-community.example (Postfix) with ESMTP id {HX(10)};\n\t{rfc(tl.astimezone(BER))}"),
               ("ARC-Seal", f"i=1; cv=none; a=rsa-sha256; d=lists.esec-community.example; s=arc-2024;\n\tt={int(tl.timestamp())}; b={b64(120)}"),
               ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=lists.esec-community.example;\n\ts=arc-2024; t={int(tl.timestamp())}; h=from:reply-to:subject:date:message-id:to:cc:mime-version:content-type:in-reply-to:references:list-id:list-help:list-unsubscribe:list-subscribe:list-post;\n\tbh={b64(32)}; b={b64(120)}"),
               ("ARC-Authentication-Results", f"i=1; mail.esec-community.example;\n\tdkim=pass header.d={od} header.s={osel};\n\tspf=pass (mail.esec-community.example: domain of {who.email} designates sender as permitted) smtp.mailfrom={who.dom};\n\tdmarc=pass (policy={'reject' if variant == 'munge' else 'none'}) header.from={who.dom}"),
               dkim_sig("lists.esec-community.example", "mm2024", tl, "from:reply-to:subject:date:message-id:to:cc:mime-version:content-type:list-id:list-post"),
               ("Received", f"from {INFRA[who.infra][1]} ({INFRA[who.infra][1]} [{INFRA[who.infra][2]}])\n\tby mail.esec-community.example (Postfix) with ESMTPS id {HX(10)}\n\tfor <{LIST}>; {rfc(later(t, 2, 6).astimezone(BER))}"),
               dkim_sig(od, osel, t)]
        ed = "; dkim=fail (body hash did not verify) header.d=" + od
        fr, fe = exo_front(later(tl, 1, 3), helo, ip, "lists.esec-community.example", "lists.esec-community.example",
                           dmarc="pass" if variant == "munge" else "fail", hfrom="lists.esec-community.example" if variant == "munge" else who.dom,
                           comp="pass reason=100" if variant == "munge" else "pass reason=130", extra_dkim=ed)
        return fr + pre, exo_tail(later(tl, 1, 3), fe, ip, helo, "DE", "en")
    fr, fe = exo_front(t, helo, ip, mfrom, d, hfrom=hfrom)
    return fr + pre, post + exo_tail(t, fe, ip, helo, CTRY.get(infra, "US"), {"nl": "nl", "de": "de"}.get(lang, "en"))


# ---------------------------------------------------------------- message assembly
def enc(s, q=False):
    if s.isascii(): return s
    if q: return "=?UTF-8?Q?" + "".join(c if (c.isascii() and c.isalnum()) else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in s) + "?="
    return "=?utf-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def addr(n, e, q=False):
    if not n: return f"<{e}>"
    if not n.isascii(): return f"{enc(n, q)} <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,()") else f"{n} <{e}>"


UA = {"tb": [("User-Agent", "Mozilla Thunderbird")], "apple": [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
      "iphone": [("X-Mailer", "iPhone Mail (22D72)")], "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
      "outlook-classic": [("X-Mailer", "Microsoft Outlook 16.0")]}
QP = {"outlook", "owa", "outlook-classic", "gmail", "gmail-ws", "apple", "iphone", "em", "sfdc", "mailman"}
pending = []  # (utc, folder, raw, mid, label, scenario)
AUTO = [0]
G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


def textpart(client, ctype, text, tparams=""):
    data = text.encode("utf-8")
    if client in QP:
        cs = '"us-ascii"' if (client in ("outlook", "owa") and text.isascii()) else ('"UTF-8"' if client in ("gmail", "gmail-ws") else '"utf-8"')
        return [f"Content-Type: {ctype}; charset={cs}{tparams}", "Content-Transfer-Encoding: quoted-printable", "",
                quopri.encodestring(data).decode("ascii")]
    if client == "topdesk":
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
    if text.isascii():
        return [f"Content-Type: {ctype}; charset={'US-ASCII' if client == 'roundcube' else 'UTF-8'}{tparams}", "Content-Transfer-Encoding: 7bit", "", text]
    return [f"Content-Type: {ctype}; charset=UTF-8{tparams}", "Content-Transfer-Encoding: 8bit", "", text]


def boundary(client, who):
    if client in ("outlook", "owa"): return f"_000_{who.srv.split('.')[0]}{HX(16)}_"
    if client == "outlook-classic": return f"----=_NextPart_000_00{HX(2)}_01DB{HX(4)}.{HX(8)}"
    if client in ("gmail", "gmail-ws", "gmail-smtp"): return "0000000000" + hx(18)
    if client == "apple": return f"Apple-Mail={ruuid().upper()}"
    if client == "iphone": return f"Apple-Mail-{HX(8)}-{HX(4)}-{HX(4)}-{HX(4)}-{HX(12)}"
    if client == "tb": return "------------" + alnum(24)
    if client == "roundcube": return "=_" + hx(32)
    return "----=_Part_" + f"{R.randint(10**5, 10**6)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}"


def emit(who, client, t, to, cc, subj, refs, plain, label=None, sc=None, html=None, atts=(), extra=(), infra=None, env=None, frm=None,
         mid=None, tidx=None, topic=None, calendar=None, variant=None, lang=None, irt=None, body_override=None, no_html=False, clang=None,
         dtz=None, footer=None):
    m = mid or make_mid(who, client, t)
    folder = "Sent" if who is me else "INBOX"
    lang = lang or who.lang
    pre, post = ([], []) if folder == "Sent" else transport(who, t, infra or who.infra, env or who.email, variant, lang)
    frm_h = frm or addr(who.name, who.email, q=client.startswith("gmail"))
    to_h = ", ".join(addr(n, e) for n, e in to); cc_h = ", ".join(addr(n, e) for n, e in cc) if cc else None
    subj_h = enc(subj, q=client.startswith("gmail")); date_h = rfc(t.astimezone(dtz or who.tz))
    if folder == "Sent": date_h = rfc(t.astimezone(AMS))
    hdr = []
    if html is None and not no_html and client != "tb" and client != "roundcube" and client != "gmail-smtp": html = html_of(client, plain)
    isol = client in ("outlook", "owa", "outlook-classic")
    if client in ("outlook", "owa"):
        hdr += [("From", frm_h), ("To", to_h)] + ([("CC", cc_h)] if cc_h else []) + [("Subject", subj_h)]
        topic = topic or subj.split(": ", 1)[-1]
        hdr += [("Thread-Topic", enc(topic)), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Date", date_h), ("Message-ID", m)]
        if refs: hdr += [("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        cl = clang or {"nl": "nl-NL", "de": "de-DE"}.get(lang, "en-US")
        if who is lotte: cl = clang or "nl-BE"
        hdr += [("Accept-Language", "nl-NL, en-US" if who.ui == "nl" else "en-US"), ("Content-Language", cl),
                ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if who.infra == "tul" or who is me:
            hdr.append(("msip_labels", f"MSIP_Label_{ruuid()}_Enabled=True;MSIP_Label_{ruuid()}_SiteId={TENANT_ID};"
                                       f"MSIP_Label_{ruuid()}_Name=Intern;MSIP_Label_{ruuid()}_Method=Standard;"))
    elif client in ("gmail", "gmail-ws", "gmail-smtp"):
        hdr += [("MIME-Version", "1.0")] if client != "gmail-smtp" else []
        if refs: hdr += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        if client == "gmail-smtp":
            hdr += [("From", frm_h), ("To", to_h)] + ([("Cc", cc_h)] if cc_h else []) + [("Subject", subj_h), ("Date", date_h), ("Message-ID", m), ("MIME-Version", "1.0")]
        else:
            hdr += [("From", frm_h), ("Date", date_h), ("Message-ID", m), ("Subject", subj_h), ("To", to_h)] + ([("Cc", cc_h)] if cc_h else [])
    elif client in ("apple", "iphone"):
        hdr += [("From", frm_h)]
        hdr += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))" if client == "apple" else "1.0 (1.0)"), ("Subject", subj_h), ("Date", date_h)]
        if cc_h: hdr.append(("Cc", cc_h))
        if refs: hdr += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        hdr += [("To", to_h), ("Message-Id", m)] + UA[client]
    else:
        hdr += [("Message-ID", m), ("Date", date_h), ("MIME-Version", "1.0")] + UA.get(client, [])
        if client == "tb": hdr.append(("Content-Language", {"de": "de-DE", "en": "en-US"}.get(lang, "en-US")))
        if client == "roundcube": hdr.append(("X-Sender", who.email))
        hdr += [("Subject", subj_h), ("To", to_h)] + ([("Cc", cc_h)] if cc_h else []) + [("From", frm_h)]
        if refs: hdr += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
    if client == "outlook-classic":
        hdr += [("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Content-Language", "en-us")]
    hdr += list(extra)
    tparams = "; format=flowed" if client in ("tb", "roundcube") else ""
    if body_override is not None:
        body = body_override
    else:
        alt = textpart(client, "text/plain", plain, tparams)
        if html or calendar:
            ab = boundary(client, who); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart(client, "text/plain", plain)
            if html: alt += [f"--{ab}"] + textpart(client, "text/html", html)
            if calendar:
                alt += [f"--{ab}", 'Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64", "",
                        base64.encodebytes(calendar.encode()).decode().rstrip("\n")]
            alt += [f"--{ab}--"]
        if atts:
            mb = boundary(client, who).replace("_000_", "_004_")
            body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
            for name, data, ctype in atts:
                if isol:
                    body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Description: {name}',
                             f'Content-Disposition: attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{rfc(t.astimezone(UTC))}";\n\tmodification-date="{rfc(t.astimezone(UTC))}"',
                             "Content-Transfer-Encoding: base64", ""]
                elif client.startswith("gmail"):
                    body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"',
                             "Content-Transfer-Encoding: base64", f"Content-ID: <f_m{hx(7)}0>", f"X-Attachment-Id: f_m{hx(7)}0", ""]
                else:
                    body += [f"--{mb}", f'Content-Type: {ctype};\n name="{name}"', f'Content-Disposition: attachment;\n filename="{name}"',
                             "Content-Transfer-Encoding: base64", ""]
                body += [base64.encodebytes(data).decode().rstrip("\n")]
            body += [f"--{mb}--"]
        else: body = alt
        if footer:  # Mailman appends its footer as a separate inline part
            fb = "===============" + str(R.randint(10**18, 10**19)) + "=="
            body = [f'Content-Type: multipart/mixed; boundary="{fb}"', "", f"--{fb}"] + body + [f"--{fb}", 'Content-Type: text/plain; charset="us-ascii"',
                    "MIME-Version: 1.0", "Content-Transfer-Encoding: 7bit", "Content-Disposition: inline", "", footer, f"--{fb}--"]
    if client in ("outlook", "owa"): hdr.append(("MIME-Version", "1.0"))
    # Content-Type first line of body belongs to the header block
    raw_h = pre + hdr
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in raw_h)
    ctype_lines = []
    i = 0
    while body[i] != "": ctype_lines.append(body[i]); i += 1
    raw += "\r\n" + "\r\n".join(ctype_lines).replace("\n", "\r\n")
    if post: raw += "\r\n" + "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in post)
    raw += "\r\n\r\n" + "\r\n".join(body[i + 1:]).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    if label and sc is None:
        AUTO[0] += 1; sc = (f"R{AUTO[0]:02d}", f"plain in-thread reply from {who.name}: {subj[:70]}")
    pending.append((t.astimezone(UTC), folder, raw, m, label, sc))
    return m


def prefix(client, who):
    if client in ("outlook", "owa", "outlook-classic"): return "AW: " if who.ui == "de" else "RE: "
    if client == "roundcube": return "Re: "
    return "Re: "


def strip_pfx(s):
    import re
    return re.sub(r"^((re|aw|fw|fwd|wg)\s*:\s*)+", "", s, flags=re.I)


class Thread:
    def __init__(s, partner, subj):
        s.p, s.subj, s.msgs = partner, subj, []
        s.tbase = b"\x01" + rbytes(21); s.blocks = [rbytes(5) for _ in range(40)]

    def add(s, who, text, t, label=None, sc=None, parent=-1, client=None, to=None, cc=None, quote=True, subj=None, sig=True, qmut=None,
            fresh=False, **kw):
        client = client or who.client
        par = None if (fresh or not s.msgs or parent is None) else s.msgs[parent]
        refs = (par["refs"] + [par["mid"]]) if par else []
        own = text + (who.sig if sig is True else (sig or ""))
        plain = own
        if quote and par:
            qp = dict(par)
            if qmut: qp["plain"] = qmut(qp["plain"])
            plain += quote_of(client, who.ui, who.tz, qp)
        if subj is None:
            subj = (prefix(client, who) + strip_pfx(par["subj"])) if par else s.subj
        if to is None:
            if who is me:
                pw = par["who"] if par and par["who"] is not me else s.p
                to = [(pw.name, pw.email)]
            else:
                to = [(me.name, me.email)]
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(refs)])).decode()
        m = emit(who, client, t, to, cc, subj, refs, plain, label=label, sc=sc, topic=strip_pfx(s.subj), **kw)
        s.msgs.append(dict(mid=m, refs=refs, t=t, who=who, plain=plain, subj=subj, to=to, cc=cc or [], own=own))
        return m


def cal(organizer, attendees, uid, summary, start, end, location, stamp, lang="nl-BE", desc=""):
    return ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Romance Standard Time\r\n"
            "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\n"
            "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\n"
            "END:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
            f"ORGANIZER;CN={organizer.name}:mailto:{organizer.email}\r\n"
            + "".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}\r\n" for n, e in attendees)
            + f"DESCRIPTION;LANGUAGE={lang}:{desc}\r\nUID:{uid}\r\nSUMMARY;LANGUAGE={lang}:{summary}\r\nDTSTART;TZID=Romance Standard Time:{start}\r\n"
            f"DTEND;TZID=Romance Standard Time:{end}\r\nCLASS:PUBLIC\r\nPRIORITY:5\r\nDTSTAMP:{stamp}\r\nTRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\n"
            f"LOCATION;LANGUAGE={lang}:{location}\r\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\r\nX-MICROSOFT-CDO-IMPORTANCE:1\r\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\r\n"
            "BEGIN:VALARM\r\nDESCRIPTION:REMINDER\r\nTRIGGER;RELATED=START:-PT15M\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def rpdf(title, *lines, **kw): return (title, pdf(list(lines), **kw), "application/pdf")
FOREIGN = ["102.89.34.117", "185.220.101.47", "45.137.21.9", "196.251.73.18", "5.188.62.140", "91.92.243.31"]
SP = lambda u: u  # readability marker for links


# ================================================================ T01 Sanne: thesis chapter 3, reply-all + Cc, OOO, English takeover
t01 = Thread(sanne, "Hoofdstuk 3 proefschrift - versie 2")
t01.add(sanne, "Hoi Maarten,\n\nIn de bijlage staat versie 2 van hoofdstuk 3, de empirische studie naar flaky tests in CI-pijplijnen. De opmerkingen van "
        "vorige maand heb ik verwerkt; vooral sectie 3.4 over de validiteitsbedreigingen is flink herschreven.\n\nZou je er vóór de voortgangsbespreking "
        "van 24 februari naar kunnen kijken?", at(2025, 2, 10, 9, 12),
        atts=[rpdf("Bakker_H3_flaky_tests_v2.pdf", "Hoofdstuk 3 - Flaky tests in CI-pijplijnen", "versie 2, 10 februari 2025", "3.1 Inleiding")])
t01.add(me, "Hoi Sanne,\n\nDank je, dit leest al veel strakker. Twee grotere punten: de definitie van 'flaky' in 3.2 wijkt af van die in hoofdstuk 2, "
        "en tabel 3.5 mist betrouwbaarheidsintervallen. Kleinere opmerkingen heb ik als commentaar in de PDF gezet.\n\nGroet,\nMaarten", at(2025, 2, 12, 16, 40))
t01.add(sanne, "Hoi Maarten,\n\nGoed punt over de definitie; ik trek die gelijk met hoofdstuk 2 (de strengere variant met minimaal drie herhalingen). "
        "De intervallen voeg ik toe met een bootstrap van 10.000 trekkingen. Is dat voldoende?", at(2025, 2, 13, 10, 5), G)
t01.add(me, "Ja, 10.000 is ruim voldoende. Zet Eva voortaan ook in de cc bij de hoofdstukversies, dan kan zij als copromotor meelezen.\n\nMaarten",
        at(2025, 2, 13, 11, 31))
t01.add(sanne, "Hoi Maarten, hoi Eva,\n\nVanaf nu staat Eva in de cc. Eva: hieronder de discussie over hoofdstuk 3. De bijgewerkte versie met intervallen "
        "en de aangepaste definitie volgt uiterlijk vrijdag; de vorige versie zit als bijlage in de eerste mail van deze draad.",
        at(2025, 2, 18, 14, 22), GH, sc=("G10", "PhD student replies all and adds the co-supervisor in Cc"), cc=[(eva.name, eva.email)])
t01.add(me, "Dank, Sanne. Eva, zullen we het hoofdstuk op 24 februari samen met Sanne doorlopen, een half uur na de groepsmeeting?\n\nMaarten",
        at(2025, 2, 21, 9, 10), to=[(sanne.name, sanne.email)], cc=[(eva.name, eva.email)])
t01.add(eva, "Beste afzender,\n\nIk ben tot en met maandag 3 maart afwezig vanwege de vergadering van de IFIP-werkgroep en heb beperkt toegang tot "
        "mijn e-mail. Voor dringende zaken rond onderwijs kunt u terecht bij het secretariaat (secretariaat-st@tu-lindeveld.example).\n\n"
        "Met vriendelijke groet,\nEva Smit", at(2025, 2, 21, 9, 10), GH, sc=("G08", "Dutch Exchange out-of-office 'Automatisch antwoord' of the co-supervisor"),
        sig=False, quote=False, subj="Automatisch antwoord: RE: Hoofdstuk 3 proefschrift - versie 2",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", eva.email)])
t01.msgs.pop()  # nobody replies to the auto-reply
t01.add(sanne, "Hoi Maarten,\n\nHierbij versie 2.1 met de intervallen in tabel 3.5 en de nieuwe definitie. Eva is nog weg, dus ik loop het na 3 maart "
        "nog even met haar door.", at(2025, 2, 28, 15, 48), G, cc=[(eva.name, eva.email)],
        atts=[rpdf("Bakker_H3_flaky_tests_v2.1.pdf", "Hoofdstuk 3 - Flaky tests in CI-pijplijnen", "versie 2.1, 28 februari 2025", "Tabel 3.5 met 95%-intervallen")])
t01.add(sanne, "Hello Maarten,\n\nThe committee's remarks on the revised chapter have been uploaded to a protected form because the file became too big "
        "for e-mail. Kindly confirm your staff login on the page below so that the document is released to you:\n\n"
        f"https://forms.office.com/Pages/ResponsePage.aspx?id={ub64(48)}\n\nI need your confirmation today, before the meeting.\n\nRegards,\nSanne",
        at(2025, 3, 6, 7, 52), HJ("account-takeover"),
        sc=("H02", "Dutch-writing PhD student's account (OWA, foreign IP) replies in English with a forms.office.com 'confirm your login' link"),
        sig=False, cc=[(eva.name, eva.email)], variant="foreign:" + FOREIGN[0], clang="en-US", lang="en", dtz=UTC)

# ================================================================ T02 Daan: replication package, SURFdrive link, changed link in quote
t02 = Thread(daan, "Replicatiepakket EuroPLoT-artikel")
t02.add(me, "Hoi Daan,\n\nVoor het EuroPLoT-artikel moet het replicatiepakket vóór de artefactdeadline van 14 april klaar zijn. Kun je een overzicht maken "
        "van de scripts en datasets die erin moeten, inclusief de ruwe CI-logs?\n\nGroet,\nMaarten", at(2025, 3, 3, 10, 2))
t02.add(daan, "Hoi Maarten,\n\nEen eerste lijstje: de crawler voor de GitHub Actions-logs, de notebooks voor de analyses uit sectie 5 en de "
        "geanonimiseerde dataset (ongeveer 38 GB). Dat laatste past niet in één keer op Zenodo, dus ik denk aan opsplitsen per jaar.", at(2025, 3, 4, 13, 37), G)
t02.add(me, "Opsplitsen per jaar lijkt me prima. Zorg wel dat de README beschrijft hoe je van de ruwe logs tot figuur 7 komt; daar struikelen "
        "reviewers het vaakst over.\n\nMaarten", at(2025, 3, 4, 15, 9))
surf = f"https://surfdrive.surf.nl/files/index.php/s/{alnum(15)}"
t02.add(daan, "Hoi Maarten,\n\nIk heb alles voorlopig op SURFdrive gezet, zodat je er alvast doorheen kunt klikken voordat het naar Zenodo gaat:\n\n"
        f"{surf}\n\nHet wachtwoord heb ik je via Teams gestuurd. De README staat in de hoofdmap; figuur 7 reproduceren kost op een laptop ongeveer "
        "twintig minuten.", at(2025, 3, 11, 11, 26), GH, sc=("G04", "PhD student shares a SURFdrive link for the first time in the thread"))
t02.add(me, "Top, ik kijk er vrijdag naar. Het wachtwoord heb ik.\n\nMaarten", at(2025, 3, 11, 12, 2))
t02.add(daan, "Hoi Maarten,\n\nNog een aanvulling: ik heb ook een Docker-image toegevoegd, zodat reviewers de Python-versies niet zelf hoeven goed te "
        "zetten. Staat in dezelfde map onder /docker.", at(2025, 3, 17, 9, 44), G)
glitch = f"https://surfdrive-share-tul.glitch.me/s/{alnum(15)}"
t02.add(daan, "Hoi Maarten,\n\nHeb je al naar de map kunnen kijken? De artefactcommissie vraagt of de link ook voor externen werkt. Zou jij even willen "
        "checken of je er met je TU-account in komt?", at(2025, 4, 2, 6, 18), HJ("account-takeover"),
        sc=("H12", "PhD student's account replies to his own old message; quote is real except the SURFdrive link, now a glitch.me page"),
        parent=3, qmut=lambda q: q.replace(surf, glitch), variant="foreign:" + FOREIGN[1], dtz=UTC, to=[(me.name, me.email)])

# ================================================================ T03 Eva: go/no-go form, legit OneDrive share, inline red comments
t03 = Thread(eva, "Go/no-go-formulier Sanne")
t03.add(me, "Hoi Eva,\n\nHet go/no-go-formulier van Sanne moet vóór 31 januari bij de Graduate School liggen. Zullen we het samen invullen? "
        "Als jij het document aanmaakt, vul ik mijn deel in.\n\nGroet,\nMaarten", at(2025, 1, 13, 9, 20))
od = f"https://tulindeveld-my.sharepoint.com/:w:/g/personal/e_smit_tu-lindeveld_example/E{ub64(33)}?e={alnum(6)}"
t03.add(eva, f"Hoi Maarten,\n\nIk heb het formulier in mijn OneDrive gezet en met jou gedeeld, dan schrijven we in hetzelfde document:\n\n{od}\n\n"
        "Jij hoeft alleen de sectie 'oordeel promotor' en de ontwikkelpunten in te vullen; de rest heb ik al gedaan.", at(2025, 1, 13, 14, 3), GH,
        sc=("G23", "co-supervisor shares a document on the university's own OneDrive (tulindeveld-my.sharepoint.com)"))
mt = ("Hoi Eva,\n\nMijn deel is ingevuld. Drie punten waar ik graag je mening over hoor:\n\n1. Als oordeel heb ik 'go' gegeven, met de kanttekening "
      "dat hoofdstuk 4 nog geen data heeft.\n2. Bij de ontwikkelpunten staat nu dat ze strakker moet plannen; misschien is dat te streng geformuleerd.\n"
      "3. De Graduate School wil ook een handtekening van de afdelingsvoorzitter. Zal ik Hans vragen?\n\nGroet,\nMaarten")
t03.add(me, mt, at(2025, 1, 16, 17, 5))
rec = t03.msgs[-1]; tq = rec["t"].astimezone(AMS)
qh = (f"________________________________\nVan: {me.name} <{me.email}>\nVerzonden: {DAYS_NL[tq.weekday()]} {tq.day} {MON_NL[tq.month - 1]} {tq.year} {tq:%H:%M}\n"
      f"Aan: {eva.name} <{eva.email}>\nOnderwerp: {rec['subj']}\n\n")
cm = ["[ES] Eens. Koppel er wel een datum aan: eerste dataverzameling vóór de zomer.",
      "[ES] Niet te streng, maar ik zou schrijven 'planning expliciet maken met mijlpalen' in plaats van 'strakker plannen'.",
      "[ES] Ja graag, Hans is er deze week alleen op dinsdag."]
ml = rec["plain"].split("\n"); out = []; k = 0
for l in ml:
    out.append(l)
    if l[:2] in ("1.", "2.", "3."): out.append(cm[k]); k += 1
inl_plain = "Hoi Maarten,\n\nZie mijn opmerkingen hieronder in het rood.\n\nEva\n\n" + qh + "\n".join(out)
hl = []
for l in out:
    hl.append(f'<p class="MsoNormal"><span style="color:#C00000">{H.escape(l[5:])}</span></p>' if l.startswith("[ES] ") else f'<p class="MsoNormal">{H.escape(l) or "&nbsp;"}</p>')
inl_html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body dir="ltr">\n<div class="elementToProof" '
            'style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Hoi Maarten,<br><br>Zie mijn opmerkingen hieronder in het '
            '<span style="color:#C00000">rood</span>.<br><br>Eva</div>\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr">' + H.escape(qh).replace("\n", "<br>") + "</div>\n" + "\n".join(hl) + "\n</body>\n</html>")
t03.add(eva, inl_plain, at(2025, 1, 17, 8, 41), GH, sc=("G20", "inline reply with comments in red (HTML) and [ES] markers in the text"),
        quote=False, sig=False, html=inl_html)
t03.add(me, "Aangepast zoals je voorstelt. Ik vraag Hans dinsdag om zijn handtekening.\n\nMaarten", at(2025, 1, 17, 10, 12))
t03.add(eva, "Mooi. Dan dien ik het formulier vrijdag namens ons beiden in bij de Graduate School.", at(2025, 1, 21, 16, 30), G)

# ================================================================ T04 Ingrid introduces Femke; Femke writes for the first time
t04 = Thread(ingrid, "Nieuwe promovenda: Femke de Wit")
t04.add(ingrid, "Beste Maarten,\n\nVandaag is Femke de Wit begonnen als promovenda in jouw groep (project DevOps-Trust, NRO-gefinancierd). Haar account "
        "is aangemaakt en ze zit voorlopig in Zuidhal 4.09, naast Daan.\n\nFemke staat in de cc, zodat jullie elkaars adres hebben. Voor de "
        "introductiedag van de Graduate School op 17 september heb ik haar al ingeschreven.", at(2024, 9, 2, 9, 35), cc=[(femke.name, femke.email)])
t04.add(me, "Dank je, Ingrid.\n\nWelkom, Femke! Zullen we morgen om 10:00 kennismaken in mijn kamer (4.17)? Dan loop ik ook het projectplan met je door.\n\n"
        "Groet,\nMaarten", at(2024, 9, 2, 10, 14), to=[(ingrid.name, ingrid.email)], cc=[(femke.name, femke.email)])
t04.add(femke, "Beste Maarten (en Ingrid),\n\nDank voor het hartelijke welkom. Morgen om 10:00 komt goed uit. Ik neem mijn masterscriptie mee, want "
        "daarin staat een deel van de literatuur die bij het project aansluit.\n\nIngrid, nog een vraag: krijg ik ook een toegangspas voor het lab op de "
        "derde verdieping?", at(2024, 9, 2, 11, 3), GH, sc=("G09", "new PhD student introduced by the secretary writes for the first time, in the thread"),
        cc=[(ingrid.name, ingrid.email)])
t04.add(ingrid, "Hoi Femke,\n\nDe toegangspas voor het lab vraag ik vandaag aan bij de facilitaire dienst; dat duurt meestal een week. Tot die tijd "
        "kun je de sleutel lenen bij de receptie.", at(2024, 9, 2, 11, 40), G, to=[(femke.name, femke.email)], cc=[(me.name, me.email)])
t04.add(me, "Prima. Femke, tot morgen.\n\nMaarten", at(2024, 9, 2, 12, 5), to=[(femke.name, femke.email)], cc=[(ingrid.name, ingrid.email)])

# ================================================================ T05 Ingrid: exam list forwarded (.xlsx), SVG takeover
t05 = Thread(ingrid, "Tentamenlijst Software Architectuur Q3")
t05.add(me, "Hoi Ingrid,\n\nWeet jij of de definitieve tentamenlijst voor Software Architectuur (Q3) al binnen is? Ik wil de surveillanten indelen, "
        "maar weet nog niet in welke zalen de studenten zitten.\n\nGroet,\nMaarten", at(2025, 3, 17, 9, 3))
t05.add(ingrid, "Hoi Maarten,\n\nHet onderwijsbureau heeft beloofd de lijst morgen te sturen. Ik stuur hem door zodra ik hem heb.", at(2025, 3, 17, 10, 21), G)
ob = Pt("Onderwijsbureau EWI", f"onderwijsbureau-ewi@{OWN}", "outlook", "nl", "tul", "", srv="AM8PR05MB7220.eurprd05", cip="145.94.60.9")
ot = at(2025, 3, 18, 8, 12)
fwd = ("Hoi Maarten,\n\nZie hieronder en in de bijlage. Er zijn 212 inschrijvingen, verdeeld over zaal B van de Aula en de sporthal." + ingrid.sig +
       f"\n\n________________________________\nVan: Onderwijsbureau EWI <{ob.email}>\nVerzonden: dinsdag 18 maart 2025 08:12\n"
       f"Aan: {ingrid.name} <{ingrid.email}>\nOnderwerp: Tentamenlijst IN4310 Software Architectuur Q3 2024-2025\n\nBeste Ingrid,\n\n"
       "Bijgaand de definitieve lijst van inschrijvingen voor het tentamen IN4310 op 10 april, 13:30-16:30, inclusief studenten met extra tijd "
       "(apart aangegeven in kolom E). Wil je deze doorsturen naar de examinator?\n\nMet vriendelijke groet,\nOnderwijsbureau EWI")
exl = xlsx([["Studentnummer", "Naam", "Opleiding", "Zaal", "Extra tijd"]] +
           [[f"{R.randint(4800000, 5999999)}", f"Student {i:03d}", R.choice(["BSc CSE", "BSc TI", "Minor SE"]), R.choice(["Aula B", "Sporthal"]),
             R.choice(["", "", "", "30 min"])] for i in range(1, 40)])
t05.add(ingrid, fwd, at(2025, 3, 18, 9, 2), GH, sc=("G14", "secretary forwards the exam list (.xlsx) from the education office (Outlook FW:, no In-Reply-To)"),
        fresh=True, sig=False, subj="FW: Tentamenlijst IN4310 Software Architectuur Q3 2024-2025",
        atts=[("Tentamenlijst_IN4310_Q3_2024-2025.xlsx", exl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t05.add(me, "Dank je! Ik deel de surveillanten vandaag in.\n\nMaarten", at(2025, 3, 18, 9, 40))
t05.add(ingrid, "Graag gedaan. De indeling mag je naar mij sturen, dan zet ik hem in het rooster.", at(2025, 3, 18, 10, 15), G)
t05.add(me, "Hoi Ingrid,\n\nHierbij de indeling. Daan en Femke surveilleren in de sporthal, Wei en Sanne in zaal B; ik ben zelf het eerste uur in de "
        "sporthal.\n\nMaarten", at(2025, 3, 19, 14, 30),
        atts=[("Surveillance_IN4310_10-04.xlsx", xlsx([["Naam", "Zaal", "Tijd"], ["Daan Visser", "Sporthal", "13:00-16:45"], ["Femke de Wit", "Sporthal", "13:00-16:45"],
                                                       ["Wei Zhang", "Aula B", "13:00-16:45"], ["Sanne Bakker", "Aula B", "13:00-16:45"]]),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600">\n'
       '<rect width="800" height="600" fill="#ffffff"/>\n<text x="40" y="60" font-family="Segoe UI" font-size="20">Rooster wordt geladen...</text>\n'
       f'<script type="text/javascript"><![CDATA[\nvar u = "https://tul-roosters.weebly.com/inloggen?e=" + "{base64.b64encode(me.email.encode()).decode()}";\n'
       "window.location.href = u;\n]]></script>\n</svg>\n").encode()
t05.add(ingrid, "Hoi Maarten,\n\nHet onderwijsbureau heeft het rooster met de herkansingen nog aangepast. Kun je het bijgevoegde overzicht openen en "
        "controleren of jouw surveillanten goed staan? Graag vandaag nog, dan kan ik het doorzetten.\n\nMet vriendelijke groet,\nIngrid",
        at(2025, 3, 24, 16, 51), HJ("account-takeover"),
        sc=("H14", "secretary's account from a foreign IP: 'check the schedule' with an SVG attachment that redirects to a weebly login page"),
        sig=False, variant="foreign:" + FOREIGN[2], atts=[("Rooster_tentamens_Q3_definitief.svg", svg, "image/svg+xml")])

# ================================================================ T06 Hans: budget; calendar-free; display-name spoof from Gmail
t06 = Thread(hans, "Begroting 2025 leerstoelen")
t06.add(hans, "Beste Maarten,\n\nVoor de begroting 2025 wil ik per leerstoel weten welke vaste lasten doorlopen en welke vacatures je verwacht. Kun je me "
        "vóór 6 december je overzicht sturen? Het format van vorig jaar is prima.", at(2024, 11, 25, 8, 50))
t06.add(me, "Hoi Hans,\n\nIn de bijlage mijn overzicht. De enige nieuwe post is een tenure-track UD in de tweede helft van 2025, voor de helft "
        "gefinancierd uit het sectorplan.\n\nGroet,\nMaarten", at(2024, 11, 28, 13, 15),
        atts=[("Begroting2025_leerstoel_SE.xlsx", xlsx([["Post", "2025", "Toelichting"], ["Vaste staf", "612000", "3 fte WP + 0,5 OBP"],
                                                        ["Promovendi", "388000", "6 promovendi, waarvan 4 extern gefinancierd"],
                                                        ["Vacature UD", "48000", "vanaf 1-9-2025, 50% sectorplan"]]),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t06.add(hans, "Dank. De UD-positie moet ik nog langs het faculteitsbestuur krijgen; het sectorplangeld voor 2026 is nog niet toegezegd. Kunnen we daar "
        "in januari even voor gaan zitten?", at(2024, 12, 2, 17, 2), G)
t06.add(me, "Prima, zet maar iets in mijn agenda.\n\nMaarten", at(2024, 12, 2, 17, 40))
t06.add(hans, "Maarten,\n\nBijgaand de conceptbegroting die ik morgen in het MT bespreek. Jouw posten staan op tabblad 3; laat het weten als er iets niet "
        "klopt.", at(2025, 1, 6, 18, 12), GH, sc=("G29", "head of department sends the draft budget spreadsheet with a short note"),
        atts=[("Conceptbegroting_ST_2025_MT.xlsx", xlsx([["Leerstoel", "Personeel", "Materieel", "Totaal"], ["Software Engineering", "1048000", "96000", "1144000"],
                                                         ["Distributed Systems", "1210000", "143000", "1353000"], ["Programming Languages", "802000", "61000", "863000"]]),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t06.add(me, "Hoi Hans,\n\nKlopt, op één ding na: de reiskosten voor de EuroPLoT-keynote komen niet uit mijn budget maar uit het NRO-project.\n\n"
        "Maarten", at(2025, 1, 7, 8, 33))
spoof = Pt("Prof. Dr. Hans Kuipers", "prof.hanskuipers@gmail.com", "gmail", "nl", "gmail", "", ui="nl")
t06.add(spoof, "Maarten,\n\nBen je nu op de universiteit? Ik zit de hele middag in het overleg met het College van Bestuur en kan niet bellen. Ik wil "
        "vandaag nog iets kleins regelen voor de promotiecommissie van vrijdag: zes cadeaubonnen van 100 euro (bol of Apple). Kun jij die voor me "
        "kopen? Je krijgt het uiteraard via de declaratie terug. Stuur me de codes hier per mail, dan deel ik ze uit.\n\nHans\n\nVerzonden vanaf mijn iPhone",
        at(2025, 1, 9, 13, 27), HJ("display-name-spoof"),
        sc=("H09", "display-name spoof of the head of department from a Gmail address in the budget thread: urgent gift cards"), sig=False)

# ================================================================ T07 TOPdesk ticket
t07 = Thread(topdesk, "VPN-toegang laptop promovenda")
t07.add(me, "Beste servicedesk,\n\nOnze nieuwe promovenda Femke de Wit (f.dewit) kan sinds vrijdag niet meer inloggen op de VPN; ze krijgt de melding "
        "dat haar apparaat niet aan het beleid voldoet. Haar laptop is via het budget van de leerstoel aangeschaft. Kunnen jullie kijken?\n\n"
        "Met vriendelijke groet,\nMaarten de Vries", at(2025, 3, 10, 9, 5))
tdx = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-Mailer", "TOPdesk")]
t07.add(topdesk, "Beste Maarten de Vries,\n\nUw melding is geregistreerd onder nummer I2503-123.\n\nKorte omschrijving: VPN-toegang laptop promovenda\n"
        "Behandelaar: Werkplekbeheer\n\nAls u op deze e-mail reageert, wordt uw reactie aan de melding toegevoegd. U kunt de status ook volgen in het "
        "selfserviceportaal: https://servicedesk.tu-lindeveld.example/tas/public/ssp/\n\nMet vriendelijke groet,\nICT Servicedesk TU Lindeveld\n"
        "+31 15 555 5000", at(2025, 3, 10, 9, 6), fresh=True, sig=False, quote=False,
        subj="[TOPdesk #I2503-123] Melding ontvangen: VPN-toegang laptop promovenda", extra=tdx)
unid = hx(32)
t07.add(topdesk, "Beste Maarten de Vries,\n\nEr is een actie toegevoegd aan uw melding I2503-123:\n\n\"De laptop ontbrak in Intune omdat hij niet via "
        "de centrale inkoop is aangeschaft. Wij hebben het apparaat handmatig geregistreerd. Mevrouw De Wit moet de laptop één keer op de campus met "
        "eduroam verbinden; daarna werkt de VPN weer.\" - Ruud Hoekstra, Werkplekbeheer\n\nStatus: In afwachting van gebruiker\n\nBekijk de melding: "
        f"https://servicedesk.tu-lindeveld.example/tas/public/ssp/content/detail/incident?unid={unid}\n\nMet vriendelijke groet,\nICT Servicedesk TU Lindeveld",
        at(2025, 3, 12, 14, 37), GO, sc=("G07", "TOPdesk ticket update '[TOPdesk #I2503-123]' without In-Reply-To"), fresh=True, sig=False, quote=False,
        subj="[TOPdesk #I2503-123] Update melding: VPN-toegang laptop promovenda", extra=tdx)
t07.add(me, "Dank, ik geef het door aan Femke.\n\nMaarten de Vries", at(2025, 3, 12, 15, 2), to=[(topdesk.name, topdesk.email)])

# ================================================================ T08 Lucas (Gmail on his phone): shadow-PC review, 01:34 reply
t08 = Thread(lucas, "Reviewrapport MSR shadow PC")
t08.add(me, "Hoi Lucas,\n\nJe reviewrapport voor de MSR-shadow-PC moet uiterlijk donderdag 23:59 (AoE) in HotCRP staan. Wil je het woensdag naar mij "
        "sturen, dan lees ik mee voordat je het indient?\n\nGroet,\nMaarten", at(2024, 10, 7, 11, 20))
t08.add(lucas, "Hoi Maarten, ja komt goed. Ben nog bezig met het stuk over validiteit, het artikel claimt veel meer generaliseerbaarheid dan de "
        "dataset toelaat", at(2024, 10, 8, 8, 47), G)
t08.add(me, "Mooi gezien. Wees wel concreet: noem welke soorten projecten ontbreken en waarom dat ertoe doet. En houd de toon vriendelijk, het is "
        "waarschijnlijk werk van een promovendus.\n\nMaarten", at(2024, 10, 9, 18, 20))
t08.add(lucas, "Hoi Maarten, sorry voor het late tijdstip, het rapport staat hieronder. Je punt over de ontbrekende projecten heb ik verwerkt en de "
        "toon wat verzacht. Als je morgenochtend nog iets ziet hoor ik het graag, dan dien ik het om 12 uur in.\n\n---\nSummary: The paper mines "
        "1,900 Java projects to relate build-tool migrations to defect density.\nStrengths: careful data cleaning; replication package available.\n"
        "Weaknesses: all projects come from one hosting platform and none are industrial, so the conclusions about 'software projects in general' "
        "are not supported. The regression in Section 5 should control for project age.\nRecommendation: weak reject\n---\n\nGroet, Lucas",
        at(2024, 10, 10, 1, 34), GH, sc=("G12", "PhD student replies at 01:34 from his phone (Gmail app)"))
t08.add(me, "Goed rapport. Alleen de laatste alinea over de regressie kan korter. Dien maar in.\n\nMaarten", at(2024, 10, 10, 8, 45))
t08.add(lucas, "Ingediend!", at(2024, 10, 10, 11, 58), G)

# ================================================================ T09 Lucas: bachelor thesis; Gmail takeover with web.app link
t09 = Thread(lucas, "Begeleiding bachelorproject Jesse")
t09.add(lucas, "Hoi Maarten, de bachelorstudent die we samen begeleiden (Jesse) heeft zijn eerste versie af. Zal ik vragen of hij het naar ons allebei "
        "stuurt, of wil je dat ik eerst kijk?", at(2025, 1, 20, 12, 40))
t09.add(me, "Kijk jij eerst, dan bespreken we het donderdag samen. Let vooral op de onderzoeksvraag; die was in het plan nog te breed.\n\nMaarten",
        at(2025, 1, 20, 14, 5))
t09.add(lucas, "Oké! Ik heb trouwens zaal 4.12 geboekt, donderdag 14:00", at(2025, 1, 21, 7, 58), G)
t09.add(me, "Perfect.\n\nMaarten", at(2025, 1, 21, 8, 30))
t09.add(lucas, "Hoi Maarten,\n\nJesse heeft de definitieve versie van zijn scriptie in de beoordelingsomgeving gezet. Je moet even inloggen met je "
        "TU-account om hem te openen en het beoordelingsformulier te tekenen:\n\n"
        f"https://scriptie-beoordeling-tul.web.app/login?id={alnum(10)}\n\nDe examencommissie wil de beoordeling deze week nog binnen hebben.\n\n"
        "Groet,\nLucas", at(2025, 2, 3, 10, 14), HJ("account-takeover"),
        sc=("H15", "PhD student's Gmail account, Dutch: log in on a Firebase web.app page to open and grade the bachelor thesis"))

# ================================================================ T10 Wei: GPU server order (long), GitHub link; takeover months later with .one
t10 = Thread(wei, "GPU server for test-generation experiments")
t10.add(wei, "Dear Maarten,\n\nAs discussed in the group meeting, the current cluster nodes are too slow for the test-generation experiments. I collected "
        "quotes for two options: one server with 4x L40S, or two smaller servers with 2x RTX 6000 Ada each. Both fit within the equipment budget of "
        "the NRO project.", at(2024, 10, 14, 10, 30))
t10.add(me, "Hi Wei,\n\nThanks. The single server is easier to maintain, but please check with ICT whether the server room in the Zuidhal still has "
        "space for a 4U machine with that power draw.\n\nBest,\nMaarten", at(2024, 10, 14, 13, 2))
t10.add(wei, "Dear Maarten,\n\nICT confirmed there is room in rack C3, but we need a 32 A power feed, which they can install in November.",
        at(2024, 10, 16, 11, 14), G)
t10.add(me, "Good. Please prepare the purchase request in the procurement system and send me the vendor quote; I will approve it.\n\nMaarten",
        at(2024, 10, 16, 11, 50))
t10.add(wei, "Dear Maarten,\n\nAttached is the final quote from the vendor (valid until 15 November). The purchase request is PR-2024-08817 in the "
        "procurement portal. I also put the benchmark scripts for the acceptance test on GitHub, so the vendor can reproduce our numbers:\n"
        "https://github.com/tul-seg/gpu-acceptance-bench", at(2024, 10, 22, 15, 3), GH,
        sc=("G24", "PhD student sends a vendor quote PDF and a GitHub link for the first time"),
        atts=[rpdf("Quote_Q-24-10931_TU_Lindeveld.pdf", "Quote Q-24-10931", "1x GPU server 4U, 4x NVIDIA L40S 48GB", "2x AMD EPYC 9354, 768 GB RAM",
                   "Total 61,480.00 EUR excl. VAT", producer="PDFsharp 1.50")])
t10.add(me, "Approved in the portal. Please ask for delivery to the Zuidhal loading dock, not the central warehouse.\n\nMaarten", at(2024, 10, 23, 9, 12))
t10.add(wei, "Dear Maarten,\n\nThe server arrived today and passed the acceptance tests; the results are on the repository wiki.",
        at(2024, 11, 28, 16, 45), G)
t10.add(me, "Excellent, thanks Wei.\n\nMaarten", at(2024, 11, 29, 8, 20))
one = bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3") + rbytes(4096)
t10.add(wei, "Dear Maarten,\n\nFollowing up on the quote below: the vendor has sent an updated invoice for the extended warranty, and finance wants "
        "you to check and approve it. I put it in a OneNote notebook together with the serial numbers. Please open the attachment and double-click "
        "the invoice icon to view it.\n\nBest regards,\nWei", at(2025, 4, 8, 11, 3), HJ("account-takeover"),
        sc=("H16", "PhD student's account via authenticated SMTP (client-made Message-ID): reply to a 5-month-old message with a .one attachment"),
        parent=4, client="smtp-raw", sig=False, variant="smtpauth:" + FOREIGN[3], to=[(me.name, me.email)], no_html=True, dtz=UTC,
        atts=[("Warranty_Invoice_Q-24-10931.one", one, "application/octet-stream")])

# ================================================================ T11 Jonas: joint DFG-NWO proposal (long), German reply, old-message takeover
t11 = Thread(jonas, "DFG-NWO proposal: work packages")
t11.add(jonas, "Hi Maarten,\n\nFollowing our chat in Vienna: the bilateral DFG-NWO call on trustworthy software supply chains closes on 15 January. "
        "I sketched three work packages: WP1 provenance of build artefacts (us), WP2 an empirical study of CI configuration drift (you), and WP3 "
        "joint tool integration. Does that split work for you?\n\nBest,\nJonas", at(2024, 10, 21, 17, 40, BER))
t11.add(me, "Hi Jonas,\n\nThe split works. I would move the user study from WP3 into WP2, since Sanne's data already covers most of the recruitment. "
        "Shall we aim for a full draft by mid-December?\n\nBest,\nMaarten", at(2024, 10, 22, 9, 15))
t11.add(jonas, "Mid-December is ambitious but fine. I will write the state of the art and WP1 first; could you draft WP2 and the data management "
        "plan? NWO insists on its DMP template, the DFG does not care.\n\nJonas", at(2024, 10, 24, 8, 2, BER), G)
t11.add(me, "WP2 draft is in our shared folder. The DMP follows next week; I asked our data steward to check the GDPR paragraph.\n\nMaarten",
        at(2024, 11, 4, 16, 25))
t11.add(jonas, "Read it on the train. WP2 is strong. One issue: the budget for the two PhD positions on your side exceeds the NWO cap for this call "
        "(750k per side). We need to cut about 60k somewhere.\n\nJonas", at(2024, 11, 6, 19, 11, BER), G)
t11.add(me, "We can drop the second conference trip per year and reduce the student-assistant hours. That saves roughly 55k; I will find the rest.\n\n"
        "Maarten", at(2024, 11, 7, 8, 50))
t11.add(jonas, "Hallo Maarten,\n\nich schreibe dir ausnahmsweise auf Deutsch, weil ich das zwischen zwei Sitzungen diktiere und mein Diktierprogramm "
        "auf Englisch nur Unsinn produziert - und du hattest ja gesagt, dass dein Deutsch für so etwas reicht. Die gekürzte Budgettabelle passt jetzt. "
        "Ich habe nur die Reisekosten für das Kick-off-Treffen wieder eingefügt, weil die DFG das ausdrücklich verlangt. Den Rest schaue ich mir morgen "
        "früh in Ruhe an.\n\nViele Grüße\nJonas", at(2024, 11, 29, 12, 48, BER), GH,
        sc=("G17", "German colleague answers in German inside an English thread and explains why"), lang="de")
t11.add(me, "Danke Jonas, prima. (Mein Deutsch reicht gerade noch.) I will merge everything into the NWO template this week.\n\nMaarten",
        at(2024, 12, 2, 10, 1))
t11.add(jonas, "Final version is submitted on the DFG side, ELAN confirmation number 5493881. Thanks for the smooth collaboration; let's hope for "
        "the best.\n\nJonas", at(2024, 12, 18, 15, 27, BER), G)
t11.add(me, "Submitted on the NWO side as well. Fingers crossed, and happy holidays!\n\nMaarten", at(2024, 12, 19, 9, 40))
pz = zipb([("Gutachten_DFG-NWO_2025.pdf.js", rbytes(2400)), ("Budget_revision.xlsx", rbytes(1800))], stamp=(2025, 4, 14, 9, 2, 0), encrypt=True)
t11.add(jonas, "Hi Maarten,\n\nthe reviews of our proposal are in and the DFG wants a revised budget table by Friday. I put the reviewers' comments "
        "and the table into the attached archive. Because it contains the reviewers' personal data it is encrypted.\n\nPassword: Rheinau2025!\n\n"
        "Best,\nJonas", at(2025, 4, 14, 9, 6, BER), HJ("account-takeover"),
        sc=("H04", "German colleague's account via university Roundcube from a foreign IP: reply to a 5-month-old message, password-protected zip"),
        parent=4, client="roundcube", sig=False, variant="roundcube:" + FOREIGN[4],
        atts=[("DFG-NWO_Gutachten_Budget.zip", pz, "application/zip")])

# ================================================================ T12 Jonas: JASS revision, always zips
def latex_zip(v, stamp):
    return zipb([("jass-revision/main.tex", "\\documentclass[review]{elsarticle}\n\\begin{document}\n\\title{Configuration drift in continuous integration}\n"
                  + f"% revision {v}\n" + "\\input{sections/intro}\n\\end{document}\n"),
                 ("jass-revision/sections/intro.tex", "\\section{Introduction}\nContinuous integration configurations evolve.\n"),
                 ("jass-revision/refs.bib", "@article{devries2023,\n  title={Flaky builds},\n  year={2023}\n}\n"),
                 ("jass-revision/figures/drift-timeline.pdf", pdf(["Figure 3"], producer="matplotlib pdf backend v3.8.2"))], stamp=stamp)
t12 = Thread(jonas, "JASS revision - LaTeX sources")
t12.add(jonas, "Hi Maarten,\n\nthe JASS major revision is due on 10 March. Attached are the current LaTeX sources (as usual as a zip; I still don't "
        "trust Overleaf's history). I rewrote Section 4 following Reviewer 2.\n\nJonas", at(2025, 2, 10, 14, 5, BER),
        atts=[("jass-revision-2025-02-10.zip", latex_zip("a", (2025, 2, 10, 13, 58, 0)), "application/zip")])
t12.add(me, "Thanks, I will take Sections 5 and 6 and the response letter, and send you my changes as a diff by the end of next week.\n\nMaarten",
        at(2025, 2, 11, 9, 30))
t12.add(jonas, "Merged your changes, new sources attached. The response letter still has two TODOs for Reviewer 1.\n\nJonas", at(2025, 2, 24, 18, 20, BER), G,
        atts=[("jass-revision-2025-02-24.zip", latex_zip("b", (2025, 2, 24, 18, 11, 0)), "application/zip")])
t12.add(me, "Both TODOs are done in the response letter. Apart from the cover letter I think we are ready.\n\nMaarten", at(2025, 2, 26, 11, 44))
t12.add(jonas, "Hi Maarten,\n\nhere are the final sources for the resubmission, including the response letter and the highlighted diff PDF the editor "
        "asked for. Compiled twice with a clean TeX Live 2024, no warnings left. Could you do the upload in the manuscript system? My account there "
        "is still tied to my old address.\n\nJonas", at(2025, 3, 6, 21, 15, BER), GH,
        sc=("G15", "co-author who always sends zips sends the final LaTeX sources zip"),
        atts=[("jass-revision-final-2025-03-06.zip", latex_zip("final", (2025, 3, 6, 21, 2, 0)), "application/zip")])
t12.add(me, "Uploaded; the confirmation from the system should reach both of us.\n\nMaarten", at(2025, 3, 7, 10, 5))

# ================================================================ T13 Lotte (KU Brabant, Exchange Online): PhD jury, calendar, SharePoint hijack
t13 = Thread(lotte, "Examencommissie doctoraat Pieter-Jan Claes")
t13.add(lotte, "Beste Maarten,\n\nHartelijk dank dat je wil zetelen in de examencommissie van Pieter-Jan Claes. Het manuscript ('Learning-based test "
        "prioritisation in industrial CI') volgt eind februari. De interne verdediging plannen we in de tweede helft van april; kan je mij je "
        "onbeschikbaarheden bezorgen?", at(2025, 2, 3, 10, 50, BRU))
t13.add(me, "Beste Lotte,\n\nGraag gedaan. In april kan ik niet op 14, 15 en 22; verder ben ik flexibel, bij voorkeur in de namiddag. Een verdediging "
        "via Teams is voor mij ook geen probleem.\n\nHartelijke groet,\nMaarten", at(2025, 2, 4, 8, 55))
t13.add(lotte, "Beste Maarten,\n\nHet manuscript is verstuurd via de doctoraatsadministratie; je zou een mail met downloadlink van "
        "doctoraten@ku-brabant.example moeten ontvangen hebben. Het juryadvies verwachten we ten laatste op 4 april.", at(2025, 2, 27, 15, 12, BRU), G)
t13.add(me, "Ontvangen, dank je. Ik lees het de komende weken.\n\nMaarten", at(2025, 3, 4, 9, 2))
uidc = "040000008200E00074C5B7101A82E00800000000" + HX(32)
ics = cal(lotte, [(me.name, me.email), ("Pieter-Jan Claes", "pieterjan.claes@ku-brabant.example")], uidc, "Interne verdediging Pieter-Jan Claes",
          "20250423T140000", "20250423T163000", "Thomas More-zaal\\, Celestijnenplein 200A / Teams", "20250312T101800Z",
          desc="De interne verdediging vindt hybride plaats. Teams-link volgt via de doctoraatsadministratie.")
t13.add(lotte, "Beste Maarten,\n\nWe hebben een datum: de interne verdediging is op woensdag 23 april om 14u in de Thomas More-zaal, of online. "
        "Hierbij de uitnodiging.", at(2025, 3, 12, 11, 18, BRU), GH, sc=("G21", "Outlook 'reply with meeting': text/calendar REQUEST in the thread"),
        calendar=ics, subj="Interne verdediging Pieter-Jan Claes",
        extra=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAD" + HX(16)), ("X-MS-Exchange-Organization-Calendar-Originator", lotte.email)])
t13.add(me, "Dank je, ik kom naar Leuven en blijf ook voor de receptie.\n\nMaarten", at(2025, 3, 12, 13, 40))
t13.add(me, "Beste Lotte,\n\nHierbij mijn schriftelijk advies. Samengevat: sterk werk, maar het hoofdstuk over de industriële evaluatie verdient een "
        "eerlijkere bespreking van de negatieve resultaten bij de tweede partner.\n\nHartelijke groet,\nMaarten", at(2025, 4, 3, 16, 20),
        atts=[rpdf("Juryadvies_Claes_deVries.pdf", "Schriftelijk advies doctoraat P.-J. Claes", "Prof. dr. M. de Vries, TU Lindeveld", "Oordeel: toelaatbaar mits aanpassingen")])
t13.add(lotte, "Dank je, Maarten. Ik bundel de adviezen en stuur ze volgende week door naar Pieter-Jan.", at(2025, 4, 4, 9, 31, BRU), G)
sp = f"https://kubrabant-my.sharepoint.com/:b:/g/personal/lotte_peeters_ku-brabant_example/E{ub64(33)}?e={alnum(6)}"
t13.add(lotte, "Beste Maarten,\n\nIk heb de gebundelde juryadviezen en het voorlopige verslag in een gedeelde map gezet. Wil je het verslag vóór "
        f"maandag nalezen en je akkoord geven via onderstaande link? Mogelijk moet je je eerst aanmelden.\n\n{sp}", at(2025, 4, 10, 14, 2, BRU),
        HJ("server-hijack"), sc=("H01", "Belgian colleague's real Exchange Online mailbox (same DKIM, MID shape): link on her own university's SharePoint tenant"))

# ================================================================ T14 Pieter (Noordhaven): guest lecture; private Gmail; sites.google hijack
t14 = Thread(pieter, "Gastcollege Software Architectuur 2025")
t14.add(pieter, "Hoi Maarten,\n\nZou je dit voorjaar weer een gastcollege willen geven in mijn vak Software Architectuur? Vorig jaar waren de "
        "studenten erg enthousiast over je verhaal over architectuurerosie. Ik denk aan week 12 of 13.", at(2025, 1, 8, 9, 41))
t14.add(me, "Hoi Pieter,\n\nLeuk dat je het weer vraagt. Week 13 werkt, bij voorkeur donderdagochtend. Ik kan dit keer iets vertellen over "
        "architectuurbeslissingen in open-sourceprojecten; daar heeft Daan net over gepubliceerd.\n\nGroet,\nMaarten", at(2025, 1, 8, 13, 25))
t14.add(pieter, "Donderdag 27 maart, 10:45-12:30, zaal 5161.0293. Ik regel parkeren en een lunch met de docenten.", at(2025, 1, 10, 16, 3), G)
t14.add(me, "Staat in mijn agenda. Heeft de zaal HDMI, of moet ik een adapter meenemen?\n\nMaarten", at(2025, 1, 13, 8, 49))
t14.add(pieter_priv, "Hoi Maarten,\n\nIk zit deze week met het gezin op wintersport in Oostenrijk en kan vanaf mijn telefoon niet bij de universiteitsmail "
        "(de authenticator-app staat op mijn werktelefoon, en die ligt thuis). Daarom even vanaf mijn privéadres: de zaal heeft HDMI én USB-C, "
        "een adapter is niet nodig.\n\nGroet uit Saalbach,\nPieter", at(2025, 1, 15, 18, 22), GH,
        sc=("G11", "colleague writes from his private Gmail while on holiday and says so"))
t14.add(me, "Dank, en geniet van de sneeuw!\n\nMaarten", at(2025, 1, 15, 19, 5))
t14.add(pieter, "Hoi Maarten,\n\nVolgende week donderdag is het zover. Er hebben zich 140 studenten ingeschreven, dus we zitten in de grote zaal. Ik "
        "sta om 10:15 bij de ingang van de Bernoulliborg.", at(2025, 3, 20, 15, 10), G, parent=3)
t14.add(me, "Top, tot donderdag.\n\nMaarten", at(2025, 3, 20, 16, 0))
t14.add(pieter, "Hoi Maarten,\n\nNogmaals dank voor het college van vorige week. De studenten hebben een evaluatie ingevuld; de resultaten en de opname "
        "van het college staan op onze docentenpagina. Voor de opname moet je even inloggen met je instellingsaccount:\n\n"
        "https://sites.google.com/view/noordhaven-informatica-docenten/gastcollege-2025", at(2025, 4, 1, 11, 37), HJ("server-hijack"),
        sc=("H06", "colleague's real Exchange Online mailbox, Dutch: sites.google.com page asking to log in with the institutional account"))

# ================================================================ T15 Anna: co-supervision, moves to another university
t15 = Thread(anna, "Tweede begeleider afstudeerproject Ruben Kramer")
t15.add(anna, "Hoi Maarten,\n\nRuben Kramer (MSc Computing Science bij ons) wil zijn afstudeerproject doen over het energieverbruik van CI-pijplijnen en "
        "zoekt een externe begeleider uit jouw groep. Zou jij tweede begeleider willen zijn? Het gaat om ongeveer vier overleggen in zes maanden.",
        at(2024, 11, 11, 10, 7))
t15.add(me, "Hoi Anna,\n\nDat wil ik graag, het sluit mooi aan bij het werk van Daan. Laat Ruben maar contact met me opnemen voor een eerste gesprek.\n\n"
        "Groet,\nMaarten", at(2024, 11, 11, 15, 48))
t15.add(anna, "Fijn! Ruben mailt je deze week. Het projectplan moet vóór 1 december bij de examencommissie liggen.", at(2024, 11, 13, 9, 12), G)
t15.add(me, "Ruben en ik hebben gesproken; wat mij betreft is het plan akkoord. Het formulier heb ik getekend teruggestuurd.\n\nMaarten", at(2024, 11, 28, 14, 3))
t15.add(anna, "Hoi Maarten,\n\nEen persoonlijk bericht tussendoor: per 1 februari word ik universitair hoofddocent in de Data Science-groep van de "
        "Universiteit Zuidkust. Dit adres blijft tot eind februari actief; daarna bereik je mij op anna.schouten@uni-zuidkust.example. De begeleiding "
        "van Ruben maak ik gewoon af, dat heb ik met de opleiding afgesproken.", at(2025, 1, 20, 16, 55), GH,
        sc=("G18", "colleague announces her move to another university and her new address (from the old address)"))
t15.add(me, "Gefeliciteerd, Anna! Dat is een mooie stap. Goed om te horen dat je Ruben blijft begeleiden.\n\nMaarten", at(2025, 1, 21, 8, 40))
anna_new.ui = "nl"
t15.add(anna_new, "Hoi Maarten,\n\nHier dan mijn eerste mail vanaf het nieuwe adres. Ruben heeft zijn tussenpresentatie gepland op 6 maart om 15:00, "
        "online. Kun jij dan? Ik stuur de link zodra de opleiding hem heeft aangemaakt.", at(2025, 2, 17, 13, 26), GH,
        sc=("G19", "the same colleague writes from her new university address (Google Workspace) in the thread"))
t15.add(me, "6 maart om 15:00 kan ik. Je nieuwe adres heb ik opgeslagen.\n\nMaarten", at(2025, 2, 17, 14, 10))
t15.add(anna_new, "Fijn. Google Workspace is trouwens even wennen na jaren Outlook :)", at(2025, 2, 17, 14, 52), G)

# ================================================================ T16 Oliver (Northfield, Google Workspace): ICSME paper, first Overleaf link
t16 = Thread(oliver, "ICSME paper on decision records in ML projects")
t16.add(me, "Hi Oliver,\n\nGreat to meet you at the Dagstuhl seminar. As promised, here is the outline for the paper on architecture decision records "
        "in ML projects. The ICSME deadline is 28 March; does that still work with your teaching load?\n\nBest,\nMaarten", at(2025, 2, 17, 10, 40),
        atts=[rpdf("ADR-ML_outline.pdf", "Architecture decision records in ML projects", "RQ1 prevalence, RQ2 content, RQ3 evolution")])
t16.add(oliver, "Hi Maarten,\n\nThe deadline works, my teaching ends on 14 March. I like the outline. I'd merge RQ2 and RQ3 though; they are really two "
        "sides of the same question.", at(2025, 2, 18, 9, 12, LON), G)
t16.add(me, "Agreed on merging. Shall we set up a shared LaTeX project? I have no strong preference for the template.\n\nMaarten", at(2025, 2, 19, 8, 37))
t16.add(oliver, "Hi Maarten,\n\nI've set up an Overleaf project with the IEEE conference template and pasted in your outline. Link with edit access:\n\n"
        f"https://www.overleaf.com/{R.randint(10**9, 10**10)}{alnum(12).lower()}\n\nI also invited Wei, since you said he would run the mining part. "
        "It's the first time I share an Overleaf project outside Northfield, so shout if the link doesn't work.", at(2025, 2, 20, 15, 3, LON), GH,
        sc=("G03", "co-author shares an Overleaf link for the first time"))
t16.add(me, "Works perfectly, I'm in. I'll start on the methodology section.\n\nMaarten", at(2025, 2, 20, 16, 1))
t16.add(oliver, "Submitted! Paper #412. Thanks for the late-night push on the threats section.", at(2025, 3, 28, 23, 48, LON), G)

# ================================================================ T17 Oliver: special-issue review; account takeover with Canva link
t17 = Thread(oliver, "JASS special issue - would you review?")
t17.add(oliver, "Hi Maarten,\n\nI'm guest-editing the JASS special issue on sustainable software engineering together with Laura Fernández. Would "
        "you be willing to review a submission on carbon-aware scheduling of test suites? The formal invitation will come from the manuscript "
        "system, but I wanted to ask you personally first.", at(2025, 1, 27, 11, 5, LON))
t17.add(me, "Hi Oliver,\n\nHappy to review. Please make sure the invitation allows six weeks; March is busy with exams here.\n\nMaarten", at(2025, 1, 27, 14, 22))
t17.add(oliver, "Done, six weeks. The invitation should arrive today.", at(2025, 1, 28, 10, 2, LON), G)
t17.add(me, "Review submitted in the system. Short version: a promising idea, but the evaluation uses a single cloud region, so the carbon numbers are "
        "hard to generalise.\n\nMaarten", at(2025, 3, 5, 17, 11))
t17.add(oliver, "Many thanks, that matches the other review. The decision will probably be a major revision.", at(2025, 3, 6, 8, 55, LON), G)
t17.add(oliver, "Hi Maarten,\n\nthe authors have resubmitted, and since the journal system is down for maintenance this week I have put the revised "
        "manuscript and their response letter into a Canva document for the reviewers. You need to sign in with your university email to view it:\n\n"
        f"https://www.canva.com/design/DAG{alnum(8)}/{alnum(22)}/view?utm_content=DAG{alnum(8)}&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks\n\n"
        "It would be great to have your view within a week.\n\nCheers,\nOliver", at(2025, 4, 16, 6, 40, LON), HJ("account-takeover"),
        sc=("H03", "UK colleague's Google account via SMTP AUTH (mx.google.com Message-ID, plain text): Canva document that asks to sign in"),
        client="gmail-smtp", sig=False, variant="smtpauth:" + FOREIGN[2], no_html=True)

# ================================================================ T18 Rachel (US, Apple Mail via Proofpoint): sabbatical visit
t18 = Thread(rachel, "Sabbatical visit spring 2025")
t18.add(rachel, "Hi Maarten,\n\nI'm planning my sabbatical for spring 2025 and would love to spend six to eight weeks with your group, ideally April "
        "and May. I'd work on the flaky-test benchmark we discussed in Lisbon. Would that be possible, and is there any chance of a desk in the "
        "group office?", at(2024, 9, 16, 10, 25, NYC))
t18.add(me, "Hi Rachel,\n\nThat would be wonderful. April and May work well; Sanne will be finishing her flaky-test chapter then, so the timing is "
        "perfect. We can certainly find you a desk. I'll ask our secretary about a guest appointment and housing.\n\nBest,\nMaarten", at(2024, 9, 17, 9, 5))
t18.add(rachel, "Fantastic! I'll start the paperwork for my leave. Do I need a formal invitation letter? US citizens get 90 days without a visa, but "
        "my university wants a letter anyway.", at(2024, 9, 17, 8, 40, NYC), G)
t18.add(me, "Hi Rachel,\n\nAttached is the invitation letter, signed by our head of department. Ingrid Mulder, our secretary, will contact you about "
        "the guest account and university housing.\n\nMaarten", at(2024, 10, 2, 15, 30),
        atts=[rpdf("Invitation_letter_R_Kim_2025.pdf", "TU Lindeveld - Faculteit EWI", "Invitation letter: Dr. Rachel Kim", "Guest researcher 1 April - 31 May 2025")])
t18.add(rachel, "Got it, thank you so much. It's exactly what our sabbatical office needed.", at(2024, 10, 3, 9, 12, NYC), G)
t18.add(me, "Hi Rachel,\n\nA practical question: the university guest house has a studio available from 1 April to 31 May at 1,150 euro per month. "
        "Shall I reserve it for you?\n\nMaarten", at(2025, 1, 14, 14, 2))
t18.add(rachel, "Hi Maarten,\n\nYes, please reserve it! I just finished teaching for the day. One more question: is there a bike rental you'd "
        "recommend? Everyone tells me I won't survive in Lindeveld without a bike.", at(2025, 1, 14, 16, 41, NYC), GH,
        sc=("G13", "US colleague replies at -0500 (evening in the Netherlands)"))
t18.add(me, "Reserved. And yes: the station has OV-fiets, but most visitors buy a second-hand bike at the Saturday market and sell it again when "
        "they leave.\n\nMaarten", at(2025, 1, 15, 8, 19))
t18.add(rachel, "Boarding in Boston now, landing in Amsterdam at 7:40 tomorrow. See you Tuesday!\n\nSent from my iPhone", at(2025, 3, 30, 18, 52, NYC), GH,
        sc=("G25", "US colleague answers from her iPhone at the airport"), client="iphone", sig=False)
t18.add(rachel, "Hi Maarten,\n\nGoing back to our exchange about the visit: my sabbatical office asks me to return the attached host review form, "
        "which you as the host need to complete and sign. It is a Word form; please click 'Enable Editing' and 'Enable Content' so the fields work, "
        "then send it back to me.\n\nThanks,\nRachel", at(2025, 4, 17, 12, 4, NYC), HJ("account-takeover"),
        sc=("H05", "US colleague's account via Outlook (not Apple Mail) from another IP: reply to a 6-month-old message with a .docm 'review form'"),
        parent=3, client="outlook-classic", sig=False, variant="client:" + FOREIGN[5], dtz=ZoneInfo("Europe/Istanbul"),
        atts=[("Sabbatical_Host_Review_Form.docm", docm(["Lakemont University - Office of Faculty Affairs", "Sabbatical host review form",
                                                          "Please enable content to fill in the fields."]),
               "application/vnd.ms-word.document.macroEnabled.12")])

# ================================================================ T19 Laura (Levante, Google Workspace): new collaborator, Zoom invitation
t19 = Thread(laura, "Energy measurement of CI pipelines - possible collaboration")
t19.add(me, "Dear Dr. Fernández,\n\nOliver Hughes suggested I contact you: we both work on energy measurement of CI pipelines, and my PhD student Daan "
        "Visser has a dataset of 1.2 million GitHub Actions runs that might complement your RAPL-based measurements. Would you be open to a short "
        "call to explore a collaboration?\n\nBest regards,\nMaarten de Vries", at(2025, 3, 3, 11, 48))
zid = f"{R.randint(810, 899)}{R.randint(1000, 9999)}{R.randint(1000, 9999)}"
t19.add(laura, "Dear Maarten,\n\nThank you for reaching out, Oliver told me about your group. I'd be very happy to talk. I have set up a Zoom meeting for "
        "next Tuesday, 11 March, at 16:00 CET; please feel free to bring Daan.\n\nJoin Zoom Meeting\n"
        f"https://univ-levante.zoom.us/j/{zid}?pwd={alnum(32)}.1\n\nMeeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}\nPasscode: {R.randint(100000, 999999)}",
        at(2025, 3, 4, 9, 30, MAD), GH, sc=("G05", "new collaborator replies with a Zoom invitation link"))
t19.add(me, "Perfect, Daan and I will join. Looking forward to it.\n\nMaarten", at(2025, 3, 4, 10, 2))
t19.add(laura, "Dear Maarten,\n\nThank you for the productive conversation yesterday. As agreed: we exchange anonymised datasets under a simple "
        "data-sharing agreement, and Daan visits us for two weeks in June. I will ask our legal office for their template.",
        at(2025, 3, 12, 12, 17, MAD), G)
t19.add(me, "Sounds great. Our data steward will want to see the agreement too, so please send it to both of us.\n\nMaarten", at(2025, 3, 12, 13, 0))

# ================================================================ T20 EuroPLoT keynote 2024, revived after 10 months
t20 = Thread(katrin, "Keynote invitation EuroPLoT 2024")
t20.add(katrin, "Dear Maarten,\n\nOn behalf of the organising committee I am delighted to invite you to give a keynote at EuroPLoT 2024, 9-13 July in "
        "Kloster Irsee. The audience is a mix of practitioners and researchers who care about patterns and long-lived software.",
        at(2024, 5, 6, 10, 15, BER))
t20.add(me, "Dear Katrin,\n\nThank you, I'd be honoured. Would a talk on patterns of architectural decay in long-lived research software fit the "
        "programme?\n\nBest regards,\nMaarten", at(2024, 5, 6, 16, 40))
t20.add(katrin, "That fits beautifully. We cover travel (train preferred) and three nights at the monastery. Please send a title and abstract by 31 May.",
        at(2024, 5, 8, 9, 2, BER), G)
t20.add(me, "Dear Katrin,\n\nTitle: 'Rot in the lab: how research software decays, and the patterns that slow it down'. Abstract: research software "
        "outlives the projects that fund it. Drawing on fifteen years of mining academic repositories, I will show where decay starts and which "
        "lightweight practices keep code usable after its author has moved on.\n\nMaarten", at(2024, 5, 29, 11, 30))
t20.add(katrin, "Dear Maarten,\n\nthank you again for a wonderful keynote; several participants mentioned it in the closing session. The travel "
        "reimbursement form is attached, please send it back with the receipts.", at(2024, 7, 18, 14, 20, BER), G,
        atts=[rpdf("EuroPLoT2024_Reimbursement_Form.pdf", "EuroPLoT 2024 - travel reimbursement", "Name, IBAN, itemised costs")])
t20.add(me, "Form and receipts attached. Thank you for a lovely week in Irsee.\n\nMaarten", at(2024, 7, 22, 10, 8),
        atts=[rpdf("Reimbursement_deVries_signed.pdf", "EuroPLoT 2024 - travel reimbursement", "M. de Vries", "Train Lindeveld-Kaufbeuren 2nd class: 312.40 EUR")])
t20.add(katrin, "Dear Maarten,\n\nI'm digging up this old thread because we are putting together the programme committee for EuroPLoT 2025 (8-12 July, "
        "again in Irsee). Given your keynote last year, we would be very glad if you joined the PC. Reviewing runs from 2 to 20 June, about four "
        "papers per PC member.\n\nBy the way, your reimbursement was settled last August, in case our finance office never confirmed it.",
        at(2025, 5, 12, 9, 47, BER), GH, sc=("G16", "dormant thread (10 months) revived by the organizer for the next conference edition"))
t20.add(me, "Dear Katrin,\n\nGladly, count me in. And yes, the reimbursement arrived, thanks.\n\nMaarten", at(2025, 5, 12, 13, 15))

# ================================================================ T21 EuroPLoT 2025 registration; look-alike with new IBAN
t21 = Thread(reg, "Registration of two PhD students - invoice to TU Lindeveld")
t21.add(me, "Dear registration team,\n\nI would like to register two PhD students, Daan Visser and Femke de Wit, for EuroPLoT 2025 and pay by bank "
        "transfer through my university. Our finance department needs an invoice addressed to TU Lindeveld with purchase order number "
        "PO-4500128831.\n\nBest regards,\nMaarten de Vries", at(2025, 5, 26, 10, 4))
t21.add(reg, "Dear Prof. de Vries,\n\nthank you for registering Daan Visser and Femke de Wit. Please find invoice EP25-0147 attached (2 x 690 EUR "
        "student rate including accommodation). Please pay by bank transfer to:\n\nHillside Conference Services e.V.\nIBAN: DE89 3704 0044 0532 0130 00\n"
        "BIC: COBADEFFXXX\nReference: EP25-0147\n\nPayment is due by 20 June.", at(2025, 5, 27, 11, 30, BER), GH,
        sc=("G27", "conference's real registration desk sends the invoice with its bank details"),
        atts=[rpdf("Invoice_EP25-0147_TU_Lindeveld.pdf", "Hillside Conference Services e.V.", "Invoice EP25-0147 - PO-4500128831",
                   "2 x EuroPLoT 2025 student registration: 1,380.00 EUR")])
t21.add(me, "Thank you, I have forwarded the invoice to our finance department.\n\nMaarten de Vries", at(2025, 5, 27, 13, 12))
t21.add(reg, "Thank you. You will receive a payment confirmation once the transfer has arrived.", at(2025, 5, 28, 8, 55, BER), G)
lk = Pt("EuroPLoT 2025 Registration", "registration@euro-plot-conf.example", "roundcube", "en", "lookalike-conf", "", BER, ui="en")
t21.add(lk, "Dear Prof. de Vries,\n\nFurther to invoice EP25-0147 below: following an audit of our account, payments for EuroPLoT 2025 can no longer "
        "be received on the IBAN stated on the invoice. Kindly ask your finance department to transfer the amount of 1,380 EUR to our new account "
        "with our payment provider instead:\n\nAccount name: Hillside Conference Services\nIBAN: LT60 3250 0674 1129 5038\nBIC: REVOLT21\n\n"
        "Please let us know the expected payment date, as the student rate expires on 13 June.\n\nKind regards,\nMonika Brandl\n"
        "EuroPLoT 2025 Registration Desk", at(2025, 6, 4, 15, 22, BER), HJ("lookalike-domain"),
        sc=("H07", "look-alike conference domain (euro-plot-conf, hyphen added) quotes the real registration thread, new IBAN"),
        env="registration@euro-plot-conf.example")

# ================================================================ T22 publisher: manuscript-system notifications, APC thread, look-alike
em_x = [("X-Mailer", "EMS Notify 16.1"), ("Auto-Submitted", "auto-generated")]
def em_note(subj, text, t, label=None, sc=None):
    return emit(em, "em", t, [(me.name, me.email)], None, subj, [], text, label=label, sc=sc,
                extra=em_x + [("Reply-To", "JASS Editorial Office <jass-eo@elsmere-publishing.example>")], frm=f"Journal of Adaptive Software Systems <{em.email}>")
em_note("Decision on submission to Journal of Adaptive Software Systems",
        "Ref.: Ms. No. JASS-D-24-00391\nConfiguration drift in continuous integration: a longitudinal study\nJournal of Adaptive Software Systems\n\n"
        "Dear Prof. de Vries,\n\nThank you for submitting your manuscript to the Journal of Adaptive Software Systems. The reviewers have commented on "
        "your paper and I invite you to revise it according to their comments (major revision). Please submit the revision by 10 March 2025.\n\n"
        "Log in as an author at https://manuscripts.elsmere-publishing.example/jass/ to see the reviews.\n\nKind regards,\nProf. Ana Lima\nEditor-in-Chief",
        at(2024, 12, 9, 14, 2, UTC))
em_note("JASS-D-24-00391R1 - Submission Confirmation for Revised Manuscript",
        "Dear Prof. de Vries,\n\nYour revised manuscript \"Configuration drift in continuous integration: a longitudinal study\" (JASS-D-24-00391R1) has "
        "been received by the Journal of Adaptive Software Systems. You can track its status by logging in as an author at "
        "https://manuscripts.elsmere-publishing.example/jass/.\n\nYour co-authors have been informed of the resubmission.\n\nKind regards,\n"
        "JASS Editorial Office", at(2025, 3, 7, 9, 11, UTC), GO,
        ("G06", "manuscript-system notification about his revised submission, no In-Reply-To"))
em_note("Decision on JASS-D-24-00391R2: Accept",
        "Ref.: Ms. No. JASS-D-24-00391R2\n\nDear Prof. de Vries,\n\nI am pleased to inform you that your paper has been accepted for publication. "
        "Author Services will contact you about the open access licence and the publication fee.\n\nKind regards,\nProf. Ana Lima\nEditor-in-Chief",
        at(2025, 4, 18, 16, 40, UTC))
t22 = Thread(apc, "Open access publication fee for JASS-D-24-00391R2 [ref:!00D5g0Rk.!500Qw02981144:ref]")
t22.add(apc, "Dear Prof. de Vries,\n\nCongratulations on the acceptance of your article \"Configuration drift in continuous integration: a longitudinal "
        "study\" in the Journal of Adaptive Software Systems. The article publishing charge (APC) is 2,890 EUR excl. VAT. As your institution takes "
        "part in the Dutch UKB agreement, you may be eligible for a waiver; please confirm your affiliation in the author portal:\n\n"
        "https://authorservices.elsmere-publishing.example/apc/JASS-D-24-00391\n\nIf you are not eligible, you will receive an invoice after "
        "confirming the licence.", at(2025, 4, 22, 10, 3, LON), GH,
        sc=("G26", "publisher's real Author Services (Salesforce) sends the APC notice with a payment-portal link"))
t22.add(me, "Dear Ms Nair,\n\nThank you. TU Lindeveld is covered by the UKB agreement and I have confirmed my affiliation in the portal. Could you "
        "confirm that no invoice will be sent to me personally?\n\nBest regards,\nMaarten de Vries", at(2025, 4, 23, 9, 20))
t22.add(apc, "Dear Prof. de Vries,\n\nI can confirm that the UKB agreement covers your article and that the APC has been waived; no invoice will be "
        "issued. The article will appear online within two weeks of proof approval.", at(2025, 4, 24, 11, 48, LON), G)
t22.add(me, "Thank you for the quick confirmation.\n\nMaarten de Vries", at(2025, 4, 24, 12, 30))
lp = Pt("Elsmere Author Services", "authorservices@elsmerepublishing.example", "outlook-classic", "en", "lookalike-pub", "", LON, ui="en")
t22.add(lp, "Dear Prof. de Vries,\n\nWe are writing with a correction to the message below. After review by our finance team, the 2025 UKB quota for "
        "TU Lindeveld has been used up, so the waiver cannot be applied to your article after all. To avoid a delay in publication, please arrange "
        "payment of the APC of 2,890 EUR within five working days to our European collection account:\n\nBeneficiary: Elsmere Publishing Ltd "
        "(EU Collections)\nIBAN: IE29 AIBK 9311 5212 3456 78\nBIC: AIBKIE2D\nReference: JASS-D-24-00391R2\n\nKindly send the remittance advice in "
        "reply to this e-mail.\n\nKind regards,\nPriya Nair\nAuthor Services | Elsmere Publishing", at(2025, 5, 6, 10, 12, LON), HJ("lookalike-domain"),
        sc=("H08", "look-alike publisher domain (elsmerepublishing, hyphen dropped) quotes the real APC thread, asks payment to a new account"))

# ================================================================ T23 NRO funding agency: progress report, portal link, Reply-To diversion
t23 = Thread(marloes, "Voortgangsrapportage Vidi-project VI.Vidi.223.117")
t23.add(marloes, "Geachte professor De Vries,\n\nVoor uw Vidi-project 'Betrouwbare CI-pijplijnen' (dossiernummer VI.Vidi.223.117) is de tussentijdse "
        "voortgangsrapportage over 2024 uiterlijk 1 maart verschuldigd. Naast de inhoudelijke voortgang vragen wij dit jaar ook om een korte "
        "toelichting op open science-activiteiten.", at(2025, 1, 15, 10, 0))
t23.add(me, "Beste dr. Verbeek,\n\nDank voor de herinnering. Kunt u bevestigen dat ik een nieuw format moet gebruiken? Vorig jaar ging het nog via een "
        "Word-sjabloon.\n\nMet vriendelijke groet,\nMaarten de Vries", at(2025, 1, 16, 8, 42))
t23.add(marloes, "Beste professor De Vries,\n\nDat klopt: sinds dit jaar loopt de rapportage volledig via ons portaal. U vindt het formulier onder "
        "'Mijn projecten':\n\nhttps://mijn.nro-onderzoek.example/projecten/VI.Vidi.223.117/rapportage\n\nU logt in met SURFconext via uw "
        "instellingsaccount. Tussentijds opslaan is mogelijk.", at(2025, 1, 17, 11, 27), GH,
        sc=("G22", "funding officer links to the agency's grant portal for the first time"))
t23.add(me, "Beste dr. Verbeek,\n\nDe rapportage is zojuist ingediend via het portaal. In de financiële paragraaf licht ik een verschuiving van "
        "18.000 euro van materieel naar personeel toe; ik hoor graag of daar aparte toestemming voor nodig is.\n\nMet vriendelijke groet,\n"
        "Maarten de Vries", at(2025, 2, 25, 16, 5))
t23.add(marloes, "Beste professor De Vries,\n\nDank voor de tijdige indiening. Een verschuiving van minder dan 20 procent van de begroting kan zonder "
        "aparte toestemming; ik heb het in het dossier genoteerd.", at(2025, 2, 27, 9, 48), G)
t23.add(marloes, "Beste professor De Vries,\n\nIn verband met de overgang naar een nieuw financieel systeem moeten alle projectleiders het "
        "bankgegevensformulier voor de volgende termijnbetaling opnieuw laten ondertekenen. Wilt u het formulier, ingevuld en ondertekend namens uw "
        "instelling, zo snel mogelijk aan mij retour sturen, met vermelding van het rekeningnummer van de projectadministratie?\n\nIk ben deze week "
        "op werkbezoek; als u op dit bericht reageert, komt het gewoon bij mij terecht.", at(2025, 3, 10, 7, 31), HJ("server-hijack"),
        sc=("H10", "funding officer's real Exchange Online mailbox; Reply-To diverted to an outlook.com address; asks for bank form"),
        extra=[("Reply-To", "Marloes Verbeek <m.verbeek.nro@outlook.com>")])

# ================================================================ T24 Mailman list se-research
FOOT = ("_______________________________________________\nse-research mailing list -- se-research@lists.esec-community.example\n"
        "To unsubscribe send an email to se-research-leave@lists.esec-community.example")
def list_hdr(poster, munge, t):
    h = [("Return-Path", "<se-research-bounces@lists.esec-community.example>")] if False else []
    mhash = alnum(32).upper()
    return h + ([("Reply-To", addr(poster.name, poster.email))] if munge else []) + [
        ("Message-ID-Hash", mhash), ("X-Message-ID-Hash", mhash), ("X-MailFrom", poster.email),
        ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; loop; banned-address; header-match-se-research.lists.esec-community.example-0; emergency; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
        ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"), ("List-Id", "Software engineering research community <se-research.lists.esec-community.example>"),
        ("Archived-At", f"<https://lists.esec-community.example/archives/list/se-research@lists.esec-community.example/message/{mhash}/>"),
        ("List-Archive", "<https://lists.esec-community.example/archives/list/se-research@lists.esec-community.example/>"),
        ("List-Help", "<mailto:se-research-request@lists.esec-community.example?subject=help>"),
        ("List-Owner", "<mailto:se-research-owner@lists.esec-community.example>"),
        ("List-Post", "<mailto:se-research@lists.esec-community.example>"),
        ("List-Subscribe", "<mailto:se-research-join@lists.esec-community.example>"),
        ("List-Unsubscribe", "<mailto:se-research-leave@lists.esec-community.example>")]
LS = "[se-research] Artifact evaluation: should we require container images?"
t24 = Thread(rachel, LS)
def lpost(who, text, t, munge, label=None, sc=None, parent=-1, client=None):
    frm = f"{enc(who.name + ' via se-research')} <{LIST}>" if munge else None
    return t24.add(who, text, t, label, sc, parent=parent, client=client, to=[("se-research", LIST)], infra="mailman", variant="munge" if munge else "keep",
                   frm=frm, extra=list_hdr(who, munge, t), footer=FOOT, env="se-research-bounces@lists.esec-community.example",
                   subj=None if not t24.msgs else "Re: " + LS)
lpost(rachel, "Hi all,\n\nThe artifact evaluation chairs for the next conference cycle are discussing whether artifacts should be required to ship a "
      "container image. Some argue it is the only way to make results reproducible a year later; others say it excludes hardware-dependent work. "
      "What is your experience, as authors or as AEC members?", at(2025, 3, 18, 11, 5, NYC), False)
t24.add(me, "Speaking from the reviewer side: images help to reproduce numbers, but they age badly. Two of our 2019 artifacts no longer build because "
        "their base images vanished from Docker Hub. I would require a Dockerfile with pinned digests plus an image archived on Zenodo, not just "
        "an image tag.\n\nMaarten", at(2025, 3, 19, 9, 12), to=[("se-research", LIST)], subj="RE: " + LS)
lpost(oliver, "+1 to Maarten's point about archiving. We also had trouble with GPU artifacts, where the container is fine but the driver on the "
      "reviewer's machine is not. Perhaps the requirement should scale with the kind of artifact?", at(2025, 3, 19, 12, 40, LON), True, GH,
      ("G01", "Mailman list reply with From rewritten 'Oliver Hughes via se-research', Reply-To and footer"))
lpost(jonas, "Agree with both. There is some data on this: a recent study (https://arxiv.org/abs/2409.11873) re-ran container-based artifacts after "
      "three years and found that many no longer built. Our group keeps a checklist for authors at https://github.com/se-rheinau/artifact-checklist "
      f"and an archived copy at https://doi.org/10.5281/zenodo.{R.randint(10**7, 10**8)}.\n\nJonas", at(2025, 3, 20, 8, 3, BER), False, GH,
      ("G02", "list reply whose From is not rewritten, with footer and links to arXiv, GitHub and Zenodo"), parent=1)
lpost(laura, "From the sustainability side: rebuilding images for every review round has a cost as well. We measured roughly 3 kWh for a full "
      "rebuild of a typical ML artifact. Archiving a built image once seems the better option to me.", at(2025, 3, 21, 10, 26, MAD), True, G)

# ================================================================ T25 student society Sigma: lunch lecture, Google Forms, HTML attachment
t25 = Thread(noor, "Uitnodiging lunchlezing Sigma")
t25.add(noor, "Beste professor De Vries,\n\nNamens studievereniging Sigma wil ik u uitnodigen voor een lunchlezing in maart. Onze leden zijn erg "
        "benieuwd naar uw onderzoek naar flaky tests, zeker nu veel van hen in hun eerste projecten tegen onbetrouwbare CI aanlopen.",
        at(2025, 2, 3, 20, 14))
t25.add(me, "Beste Noor,\n\nLeuk, dat doe ik graag. Dinsdag 18 of donderdag 20 maart tussen de middag kan ik.\n\nMet vriendelijke groet,\nMaarten de Vries",
        at(2025, 2, 4, 8, 30))
t25.add(noor, "Super! Dan wordt het donderdag 20 maart, 12:45 in zaal Pi in de Zuidhal. Wij zorgen voor broodjes. Kunt u ons een titel en een korte "
        "beschrijving sturen voor de poster?", at(2025, 2, 4, 12, 51), G)
t25.add(me, "Titel: 'Soms groen, soms rood: op jacht naar flaky tests'. Beschrijving: waarom faalt een test de ene keer wel en de andere keer niet, "
        "hoe vind je zulke tests in duizenden CI-runs, en wat kun je er als ontwikkelaar aan doen?\n\nMaarten de Vries", at(2025, 2, 6, 9, 14))
t25.add(noor, "Beste professor De Vries,\n\nHartelijk dank voor de lezing van gisteren, er waren ruim negentig studenten. We vragen alle sprekers om "
        "kort feedback te geven op de organisatie via dit formulier (twee minuten):\n\n"
        f"https://docs.google.com/forms/d/e/1FAIpQLS{alnum(50)}/viewform?usp=sf_link\n\nAls dank ligt er een kleine attentie in uw postvak bij het "
        "secretariaat.", at(2025, 3, 21, 10, 5), GH, sc=("G28", "student society shares a Google Forms feedback link"))
t25.add(me, "Graag gedaan, het was een leuke groep. Het formulier is ingevuld.\n\nMaarten de Vries", at(2025, 3, 21, 11, 40))
cid = "bafybei" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(52))
hatt = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Sigma - document</title>\n'
        f'<meta http-equiv="refresh" content="0; url=https://ipfs.io/ipfs/{cid}/sigma.html#{base64.b64encode(me.email.encode()).decode()}">\n'
        '</head><body style="font-family:Arial"><p>Document wordt geladen...</p></body></html>\n').encode()
t25.add(noor, "Beste professor De Vries,\n\nIn de bijlage vindt u de bedankbrief van het bestuur en de foto's van de lezing. Het document opent in uw "
        "browser.", at(2025, 4, 7, 14, 33), HJ("server-hijack"),
        sc=("H13", "student society's real Google Workspace: HTML attachment that redirects to an IPFS gateway page"),
        atts=[("Sigma_bedankbrief_lunchlezing.html", hatt, "text/html")])

# ================================================================ T26 fake thread: stranger quoting a fabricated message of the professor
kort = Pt("Sander Kortman", "administratie@kortman-advies.example", "outlook-classic", "nl", "fake-kortman", "", ui="nl")
fake_mid = f"<AM9PR05MB7764{HX(16)}@DB9PR05MB7764.eurprd05.prod.outlook.com>"
fake_q = ("\n\n-----Oorspronkelijk bericht-----\nVan: Maarten de Vries <m.devries@tu-lindeveld.example>\nVerzonden: dinsdag 11 maart 2025 09:14\n"
          "Aan: Sander Kortman <administratie@kortman-advies.example>\nOnderwerp: Factuur KA-2025-0312 workshop teamontwikkeling\n\nBeste Sander,\n\n"
          "Dank voor de workshop van vorige week. Stuur de factuur maar naar mij, dan zorg ik dat hij via de afdeling wordt betaald.\n\nGroet,\nMaarten")
emit(kort, "outlook-classic", at(2025, 4, 15, 9, 55), [(me.name, me.email)], None, "RE: Factuur KA-2025-0312 workshop teamontwikkeling",
     [fake_mid], "Beste Maarten,\n\nIk kom nog even terug op onderstaande. De factuur staat inmiddels dertig dagen open en onze boekhouding heeft mij "
     "gevraagd het na te vragen. U kunt de factuur inzien en direct voldoen via de beveiligde link:\n\n"
     f"https://kortman-advies-facturen.netlify.app/ka-2025-0312?r={alnum(12)}\n\nMet vriendelijke groet,\n\nSander Kortman\nKortman Advies & Training"
     + fake_q, label=HJ("fake-thread"), sc=("H11", "stranger, 'RE: Factuur' quoting a fabricated message of the professor, netlify.app payment link"))

# ================================================================ T27 Femke: literature review (plain internal thread)
t27 = Thread(femke, "Literatuurstudie DevOps-Trust - eerste opzet")
t27.add(femke, "Hoi Maarten,\n\nHierbij de eerste opzet van mijn literatuurstudie. Ik heb 64 artikelen geselecteerd via snowballing vanuit de drie "
        "kernartikelen die je me gaf; de inclusiecriteria staan in sectie 2.", at(2024, 10, 28, 14, 10),
        atts=[rpdf("deWit_literatuurstudie_opzet_v1.pdf", "Trust in DevOps pipelines: a systematic mapping", "Opzet v1 - F. de Wit", "64 primaire studies")])
t27.add(me, "Hoi Femke,\n\nGoede start. Het snowballing is netjes gedocumenteerd, maar voeg ook een zoekopdracht in Scopus toe, anders mis je het "
        "werk uit de security-hoek. En houd bij waarom je artikelen uitsluit; daar vraagt elke reviewer naar.\n\nGroet,\nMaarten", at(2024, 10, 30, 10, 44))
t27.add(femke, "Dank je. Met de Scopus-query komen er 212 extra kandidaten bij; ik screen ze deze week op titel en abstract.", at(2024, 10, 31, 9, 2), G)
t27.add(me, "Prima. Vraag Daan of hij een steekproef van twintig wil meescreenen, dan kun je de overeenstemming rapporteren.\n\nMaarten", at(2024, 10, 31, 9, 40))
t27.add(femke, "Hoi Maarten,\n\nDaan en ik hebben dertig artikelen onafhankelijk gescreend; Cohens kappa is 0,78. De verschillen zaten vooral bij "
        "artikelen over supply-chain-aanvallen. Zal ik die categorie expliciet opnemen?", at(2024, 11, 12, 16, 18), G)
t27.add(me, "Ja, neem ze op als aparte categorie. Dat maakt de studie ook interessanter voor de mensen van het DFG-NWO-voorstel.\n\nMaarten",
        at(2024, 11, 13, 8, 15))

# ================================================================ T28 Hans: selection committee for the assistant-professor vacancy
t28 = Thread(hans, "Selectiecommissie vacature UD Software Engineering")
t28.add(hans, "Beste Maarten,\n\nHet faculteitsbestuur heeft de UD-vacature goedgekeurd. Wil jij de selectiecommissie voorzitten? Ik stel voor dat "
        "Eva erin zit en iemand van buiten de afdeling, bijvoorbeeld uit Distributed Systems.", at(2025, 2, 10, 11, 5))
t28.add(me, "Hoi Hans,\n\nGoed nieuws! Ik voorzit graag. Voor het externe lid denk ik aan Marieke Dekker; zij heeft vorig jaar ook bij Distributed "
        "Systems in de commissie gezeten.\n\nMaarten", at(2025, 2, 10, 14, 22))
t28.add(hans, "Marieke is akkoord. De vacature gaat 3 maart online; sluitingsdatum 6 april. HR stuurt jullie de toegang tot het sollicitatiesysteem.",
        at(2025, 2, 12, 9, 47), G)
t28.add(me, "Dank. Ik plan de eerste commissievergadering in de week van 14 april.\n\nMaarten", at(2025, 2, 12, 10, 30))
t28.add(hans, "Prima. Houd er rekening mee dat ik in die week op dinsdag en woensdag in Brussel zit, mocht je mij voor een kort gesprek met de "
        "kandidaten willen.", at(2025, 2, 13, 17, 20), G)

# ================================================================ write, in arrival order
pending.sort(key=lambda x: x[0])
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen = ["file\tscenario\tdescription"]
for i, (t, folder, raw, m, lab, sc) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab:
        labels.append(f"{MB}\t{m}\t{lab[0]}\t{lab[1]}")
        scen.append(f"{path}\t{sc[0]}\t{sc[1]}")
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w").write("\n".join(scen) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled "
      f"({sum(1 for l in labels[1:] if l.split(chr(9))[2] == 'hijack')} hijack) -> {root}")
