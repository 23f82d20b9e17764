#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-18.py OUT_DIR
#
# Probe mailbox "kasia": Katarzyna Nowak, purchasing manager (Kierownik Działu Zakupów) at SILBET Sp. z o.o., a producer of
# paving stones, blocks and dry mortars in Kobierzyce near Wrocław. On-premises Exchange 2016 (EX16-01.silbet.local, ESET
# Mail Security) behind the inbound rspamd/Postfix filter of a Polish hosting provider (mx1/mx2.antyspam.hostpolska.example,
# which writes Authentication-Results); she uses Outlook 2016 desktop (Exchange Message-IDs, Date in +0000, ISO-8859-2
# quoted-printable, Polish "Od:/Wysłano:/Do:/DW:/Temat:" quote blocks, "RE:"/"PD:") and sometimes Outlook for iOS (UTF-8
# base64, "Pobierz aplikację Outlook dla systemu iOS"). Polish with suppliers and colleagues, English and German with the
# German and Italian suppliers, Polish/Czech with the carrier. September 2024 - June 2025, Europe/Warsaw with both DST changes.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and OUT_DIR/mailboxes/kasia/{INBOX,Sent}/N.eml
# (raw RFC 5322, CRLF) numbered 1..n in arrival order across both folders. Only test messages are labelled; the rest is
# context. Deterministic (random.Random(18), no os.urandom, no network, standard library only). Organisations are fictional
# (.example); consumer mail platforms (gmail.com, outlook.com, wp.pl, onet.pl, ukr.net, seznam.cz hosts, aruba.it hosts, home.pl
# hosts) and link platforms (docs.google.com, storage.googleapis.com, we.tl, docusign.net, linkedin.com) are the real ones.
# Attachments are inert but structurally real: PDFs (some with /URI links), zip (one ZipCrypto-flagged, password in the text),
# OOXML .docx/.xlsx/.xlsm (inert vbaProject.bin), OneNote header, ISO 9660 image, .lnk header, SVG, HTML form, .ics, WAV, JPEG/PNG.
#
# Correspondents and their fixed fingerprints (Message-ID shape | client headers | sending path | DKIM d=/s= | charset | quote style):
#   Colleagues (Marek Wiśniewski CFO, Agnieszka Kowalczyk chief accountant, Tomasz Zieliński production, Paweł Lewandowski IT,
#     Andrzej Nowicki CEO, Natalia Dąbrowska new buyer from 13.01.2025): <hex32@EX16-01.silbet.local> | Thread-Index,
#     Accept-Language pl-PL, x-originating-ip 10.10.x.x | internal Exchange hops (mapi, Mailbox Transport), AuthAs Internal |
#     no DKIM | iso-8859-2 QP | Polish Outlook block. Marek also Outlook for iOS.
#   System mail: ERP (erp01.silbet.local relay, "[ERP] ..."), GLPI helpdesk (glpi.silbet.local, References to a virtual ticket id),
#     3CX voicemail (pbx.silbet.local, .wav), Exchange NDR / out-of-office.
#   Hagemann Betonchemie GmbH, Duisburg (admixtures): Jürgen Brandt (export sales, English), Sabine Kraus (order desk, German) |
#     <OF...-ONC1258BA4...@LocalDomain> | HCL Notes 12.0.2 FP2, X-MIMETrack, X-KeepSent | Domino DUSMX01 -> Postfix mailgw |
#     hagemann-betonchemie.example/mgw2023 | US-ASCII/ISO-8859-1/UTF-8 QP | "Von:/An:/Datum:/Betreff:" block, "Antwort:" prefix.
#   Officine Meccaniche Ferraris S.r.l., Brescia (block machine, moulds): Luca Bernardi, Giulia Rossi (new after-sales coordinator
#     from January) | Outlook <xxxx01db...$...$...$@omferraris.example> | Outlook 2019 (it) | "Aruba Outgoing Smtp" ESMTPSA from
#     93.63.118.40, X-CMAE-Envelope | aruba.it/a1 | us-ascii/iso-8859-1 | "Da:/Inviato:/A:/Oggetto:" block, "R:" prefix; WeTransfer links.
#   K-TRANS Logistika s.r.o., Ostrava (carrier): Jana Dvořáková | Seznam web mail until 31.03.2025 (<xxx.xxxx.xxxxxxxxxxx.xxxxxx@seznam.cz>,
#     "Mime-Version: 1.0 (szn-mime...)", HTTP hop from 46.13.94.117, ktrans-logistika.example/szn20221014, "Původní e-mail" quote in
#     double quotes), then (announced 27.03) Microsoft 365 Outlook (DU0PR07MB9187 ids, selector1, ARC, Czech "Od:/Odesláno:" block).
#   ZV-Montaż (Ukrainian-owned steel erection subcontractor): Oleksandr Kovalenko, Gmail web + Gmail for Android (CA...@mail.gmail.com,
#     Ukrainian-UI quote header "вт, 24 вер. 2024 р. о ... пише:", broken Polish); his accountant Iryna Melnyk on ukr.net
#     (fwdcdn.com ids, X-Mailer FREEMAIL, UTF-8 base64, Ukrainian quote header).
#   Kopalnia Strzegom-Granit Sp. z o.o. (aggregates): Robert Mazur, invoicing (Dorota Pawlak) | Outlook 2016 over home.pl
#     (IdeaSmtpServer, office IP 31.179.104.66, X-VADE-*) | no DKIM | iso-8859-2 QP | Polish Outlook block; Robert also iPhone Mail.
#   Folplast Opakowania Sp. z o.o., Łódź (stretch film, hoods): Ewa Sikora | Thunderbird (<uuid@folplast.example>) | OVH MX Plan
#     (DAG4EX*.mxp5.local, mail-out.ovh.net, X-Ovh-Tracer-*, X-VR-SPAM*) | ovhmo3417265-selector1 | UTF-8 8bit format=flowed |
#     "W dniu ... pisze:" + ">".
#   EkoPopiół Sp. z o.o. (fly ash): Krzysztof Jankowski | Zimbra 8.8.15 web client (...JavaMail.zimbra@ids, Thread-Index) | own
#     Postfix+amavis | UUID selector | utf-8 QP | "----- Oryginalna wiadomość -----" block; quarterly Nextcloud links.
#   Bartosz Wójcik, pallet trader: wp.pl web mail (WP-SMTPD, X-WP-*) | wp.pl/1024a | iso-8859-2 QP | "Dnia ... napisał(a):" + ">".
#   Zbigniew Kamiński, crane hire: Windows Live Mail 2012 over onet.pl (<HEX32@KAMINSKI-PC>, X-MimeOLE) | onet.pl/2011 |
#     windows-1250 QP | "-----Wiadomość oryginalna-----", "Odp:" prefix; writes without Polish diacritics.
#   Mailing list zakupy-bud@lists.forum-zakupowcow.example (Mailman 3: subject tag, footer, list headers, list DKIM, broken
#     member DKIM, DMARC fail p=none); members on Outlook, Thunderbird, Gmail, Roundcube.
#   Newsletters (SPB association, BUDMA fair, Ministry of Finance/KSeF, Hagemann marketing) via an ESP; LinkedIn; DPD; DocuSign.
#
# Threads: T1 Hagemann prices and framework agreement 2025 (EN; T1b Kasia's forward of A13 to the real sender); T2 Hagemann
#   call-offs (DE/EN); T3 Hagemann SDS/DoP/EPD; T4 Ferraris mould order; T5 Ferraris E-214 service visit; T6 Ferraris warranty
#   (revived after 7 months); T7a/T7b/T7c K-TRANS fortnightly transport schedule (PL/CS) with monthly invoices; T8 K-TRANS late
#   delivery complaint; T9 ZV-Montaż silo S3/S4 installation; T11 Strzegom-Granit monthly aggregate orders (Natalia takes over);
#   T12 Strzegom-Granit quality complaint; T14 Folplast orders incl. a real bank change (T14f internal forward to accounting);
#   T16 EkoPopiół fly-ash contract; T17 pallets; T18 crane hire; T19 internal monthly payment lists (xlsx); T20 BUDMA trade fair
#   (CEO); T21a new phone, T21b 2FA rollout; T22 forwarded technical bulletin, T22b mixer spare parts; T25/T25b helpdesk tickets;
#   T26 hood samples (after an NDR); L1-L4 zakupy-bud list threads; plus ERP/GLPI/3CX/DPD/DocuSign notices, newsletters, LinkedIn.
#
# Hijacks (16):
#   A1  T11 server-hijack      Strzegom-Granit's real home.pl account + Outlook, 06:58: "correction invoice" in a password zip (.js), password in text
#   A2  T3  server-hijack      Hagemann's real Notes/Domino: German e-signature lure in an English thread, PDF with link to an unknown domain, altered quote
#   A3  T5  server-hijack      Ferraris' real Aruba account + Outlook at 02:41: "mandatory HMI update 4.2.7" as an ISO image, faithful quote
#   A4  T14 server-hijack      Folplast's real OVH account + Thunderbird: "delivery notice" HTML attachment asking for the mailbox password
#   A5  T16 server-hijack      EkoPopiół's real Zimbra: short "document shared with you" on docs.google.com, no quote, no signature
#   A6  T19 server-hijack      chief accountant's mailbox via the company's own Exchange 2016, Saturday 05:47: payroll-data form, macro .xlsm
#   A7  T7b account-takeover   carrier's Seznam account over SMTP from a VPS with Outlook (+0000), English, CMR "documents" as OneNote
#   A8  T9  account-takeover   subcontractor's Gmail via smtp.gmail.com from a VPS with Thunderbird: fluent formal Polish, pay FV 3/2025 to a new account
#   A9  T17 account-takeover   pallet trader's wp.pl over SMTP from a foreign host with Outlook: invoice zip with a .pdf.lnk, no quote
#   A10 T20 display-name-spoof "Andrzej Nowicki" (CEO) from Gmail during the fair: Allegro gift-card codes, quotes the real thread
#   A11 T21b display-name-spoof "Paweł Lewandowski" (IT) from outlook.com in the real 2FA thread: link to a look-alike OWA domain
#   A12 T1  display-name-spoof "Jürgen Brandt" from outlook.com: Teams invitation .ics with a join link on an unknown domain, no quote
#   A13 T1  lookalike-domain   hagemann-betonchemle.example: long context-aware EUR payment diversion to a Polish account, cites clause 4.1
#   A14 T11 lookalike-domain   strzegorn-granit.example: bank-change letter PDF, "not yet on the white list", new mobile number, altered quote
#   A15 --  fake-thread        "e-Urząd Skarbowy" stranger: RE: VAT refund with a fabricated quote of Kasia, SVG "decision" with a link
#   A16 --  fake-thread        "Poczta głosowa" stranger: RE: missed call / voicemail, no quote, play link on storage.googleapis.com
#
# Genuine hard cases (33):
#   G1  T3  Hagemann shares EPDs via a link on its own document portal       G2  T5  Ferraris service report PDF + WeTransfer video link
#   G3  T5  Luca introduces his new colleague Giulia (new address in Cc)      G4  T5  Giulia writes herself for the first time
#   G5  T12 Robert replies from his iPhone at 22:48 (mobile IP)               G6  T2  Sabine's Notes out-of-office auto-reply
#   G7  T19 CFO's Exchange out-of-office auto-reply                           G8  L1  list reply sharing a Google Sheets link
#   G9  T22 production manager forwards (PD:) a supplier bulletin with PDF    G10 --  ERP approval notification (no reply headers)
#   G11 T25 GLPI follow-up whose References point to a virtual ticket id      G12 T7c carrier's first mail after the announced move to M365
#   G13 T14 Folplast's real bank-change letter (PDF), verifiable by phone     G14 T14 first Folplast invoice with the new verified account
#   G15 T6  Ferraris revives a 7-month-old warranty thread (seal recall)     G16 T8  carrier sends the requested zipped GPS export
#   G17 T9  subcontractor from Gmail for Android at 23:41 with photos         G18 T9  accountant on ukr.net joins with invoice + bank account
#   G19 T2  Sabine resends the requested invoice PDF with usual bank details  G20 T1b real Jürgen answers Kasia's forward, restates bank details
#   G21 T12 Strzegom-Granit's genuine correction invoice (PDF)                G22 T19 monthly payment list .xlsx from the chief accountant
#   G23 T19 CFO approves from Outlook for iOS at 23:10                        G24 T16 EkoPopiół's quarterly Nextcloud link (own domain)
#   G25 --  genuine DocuSign envelope from Ferraris (announced in T5)         G26 --  3CX voicemail notification with .wav
#   G27 T21b IT's company-wide 2FA announcement with real OWA link + PDF      G28 L2  list moderator's reply with an external link and footer
#   G29 T4  Ferraris proforma with its Italian bank details (first payment)   G30 T3  Sabine answers in German in the English thread, with PDF
#   G31 --  DPD delivery notification with tracking link                      G32 T18 crane operator announces a new phone number and signature
#   G33 T26 Exchange NDR (multipart/report) for a mistyped supplier address
# Genuine orphans (2): O1 T5 Tomasz replies-all adding Kasia to a thread he started with Ferraris (parent not in the mailbox);
#   O2 T11 Robert answers Natalia's April order that went only to him and adds Kasia in Cc (parent not in the mailbox).
# Plain genuine replies: every other labelled in-thread reply from a partner, colleague or list member (genuine-reply, 117).
# Totals: 332 messages (218 INBOX, 114 Sent), 168 labelled: 16 hijacks (6 server-hijack, 3 account-takeover, 3 display-name-spoof,
#   2 lookalike-domain, 2 fake-thread), 117 genuine-reply, 33 genuine-hard, 2 genuine-orphan.
import base64, datetime, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

if len(sys.argv) != 2:
    raise SystemExit("usage: make-probe-corpus-18.py OUT_DIR")
root = sys.argv[1]
MB = "kasia"
for _f in ("INBOX", "Sent"):
    os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(18)
WAW = ZoneInfo("Europe/Warsaw"); BER = ZoneInfo("Europe/Berlin"); ROM = ZoneInfo("Europe/Rome"); PRG = ZoneInfo("Europe/Prague")
KYIV = ZoneInfo("Europe/Kyiv"); PAC = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc


# ------------------------------------------------------------------ small seeded helpers
def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def lalnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=WAW): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def sec(t, s): return t + datetime.timedelta(seconds=s)
def filetime(t): return int((t.timestamp() + 11644473600) * 10 ** 7)


PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
PL_MSH = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
CZ_DAYS = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
CZ_MON = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]
UK_DAYS = ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]
UK_MSH = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."]
UK_MON = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
PL_GDAYS = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def rfc(t, tz=None, pad=False, zname=False):
    lt = t.astimezone(tz) if tz else t
    day = f"{lt.day:02d}" if pad else str(lt.day)
    s = f"{lt:%a}, {day} {lt:%b %Y %H:%M:%S %z}"
    return s + (f" ({lt.tzname()})" if zname else "")
def pf(t, tz=WAW): lt = t.astimezone(tz); return f"{lt:%a}, {lt.day:2d} {lt:%b %Y %H:%M:%S %z} ({lt.tzname()})"  # Postfix style
def pac(t): lt = t.astimezone(PAC); return f"{lt:%a}, {lt.day:02d} {lt:%b %Y %H:%M:%S %z} ({lt.tzname()})"
def rfcu(t): return rfc(t, UTC)


# ------------------------------------------------------------------ charsets, encoded words, addresses
CODEC = {"us-ascii": "ascii", "iso-8859-2": "iso-8859-2", "windows-1250": "cp1250", "iso-8859-1": "latin-1", "utf-8": "utf-8"}
def codec(cs): return CODEC[cs.lower()]
def fits(text, cs):
    try: text.encode(codec(cs)); return True
    except UnicodeEncodeError: return False
def pick(chain, text): return next(cs for cs in chain if fits(text, cs))


def ew(s, cs="UTF-8", mode="B"):
    """RFC 2047 encoded words, folded"""
    if all(32 <= ord(c) < 127 for c in s): return s
    words = s.split(" ")
    k = next(i for i, w in enumerate(words) if not w.isascii())
    if k > 0: return " ".join(words[:k]) + " " + ew(" ".join(words[k:]), cs, mode)
    if not fits(s, cs): cs = "UTF-8" if cs.isupper() else "utf-8"
    cdc = codec(cs)
    def enc(x):
        b = x.encode(cdc)
        if mode.upper() == "B": body = base64.b64encode(b).decode()
        else: body = "".join(chr(c) if (c < 128 and (chr(c).isalnum() or chr(c) in "-!*+/")) else "_" if c == 32 else f"={c:02X}" for c in b)
        return f"=?{cs}?{mode}?{body}?="
    out, cur = [], ""
    for ch in s:
        if cur and len(enc(cur + ch)) > 72: out.append(enc(cur)); cur = ch
        else: cur += ch
    if cur: out.append(enc(cur))
    return "\n ".join(out)


def fa(name, email, cs="UTF-8", mode="B", quoted=False):
    if not name: return email
    if any(ord(c) > 126 for c in name): return f"{ew(name, cs, mode)} <{email}>"
    if quoted or any(c in name for c in ',.;:@()[]"'): return f'"{name}" <{email}>'
    return f"{name} <{email}>"


# ------------------------------------------------------------------ inert attachments with real container structure
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
def pdf_txt(s):
    tr = {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ś": "s", "ź": "z", "ż": "z", "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N", "Ś": "S", "Ź": "Z", "Ż": "Z",
          "ě": "e", "š": "s", "č": "c", "ř": "r", "ž": "z", "ý": "y", "ů": "u", "Č": "C", "Ř": "R", "Š": "S", "€": "EUR", "–": "-", "„": '"', "”": '"'}
    return "".join(tr.get(c, c) for c in s).encode("latin-1", "replace").decode("latin-1")


def pdf(lines, uris=(), producer="Microsoft® Word 2016", when="20250303091200", zone="+01'00'", title=None, creator=None):
    content = ("BT /F1 10 Tf 13 TL 56 790 Td " + " ".join(f"({pdf_esc(pdf_txt(l))}) '" for l in lines) + " ET").encode("latin-1")
    info = f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone})"
    if title: info += f" /Title ({pdf_esc(pdf_txt(title))})"
    if creator: info += f" /Creator ({pdf_esc(creator)})"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", info + " >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [56 {560 - 28 * i} 420 {584 - 28 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def zipped(members, when=(2025, 3, 12, 16, 40, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16; z.writestr(zi, data)
    z.close(); return bio.getvalue()


def zip_encrypted(members, when=(2025, 2, 11, 6, 40, 0)):
    """ZipCrypto-style archive: stored entries whose data is a 12-byte encryption header + random bytes, bit 0 of the
    general-purpose flag set in local and central headers (opens in any unzip tool, asks for a password)."""
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_STORED)
    for name, size in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_STORED; z.writestr(zi, rbytes(12 + size))
    z.close(); b = bytearray(bio.getvalue())
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


def ooxml(kind, text_rows, macro=False, author="Agnieszka Kowalczyk", when="2025-05-09T14:02:00Z"):
    """a minimal but valid .xlsx/.xlsm/.docx/.docm package; macro=True adds an inert vbaProject.bin (OLE header + random bytes)"""
    esc = lambda s: H.escape(str(s), quote=True)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{esc(author)}</dc:creator><cp:lastModifiedBy>{esc(author)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(3000)
    files = []
    if kind == "xlsx":
        main_ct = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        rows = "".join(f'<row r="{r + 1}">' + "".join(f'<c r="{chr(65 + c)}{r + 1}" t="inlineStr"><is><t>{esc(v)}</t></is></c>' for c, v in enumerate(row)) + "</row>"
                       for r, row in enumerate(text_rows))
        files = [("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                  + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
                  + f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>'
                  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
                 ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
                 ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Arkusz1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
                 ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                  + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") + "</Relationships>"),
                 ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  f"<sheetData>{rows}</sheetData></worksheet>"),
                 ("docProps/core.xml", core)]
        if macro: files.append(("xl/vbaProject.bin", vba))
    else:
        main_ct = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{esc(p)}</w:t></w:r></w:p>" for p in text_rows)
        files = [("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                  + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
                  + f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/>'
                  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
                 ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
                 ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  f"<w:body>{body}</w:body></w:document>"),
                 ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") + "</Relationships>"),
                 ("docProps/core.xml", core)]
        if macro: files.append(("word/vbaProject.bin", vba))
    return zipped([(n, d if isinstance(d, bytes) else d.encode()) for n, d in files], when=tuple(int(x) for x in (when[:4], when[5:7], when[8:10], when[11:13], when[14:16], 0)))


def onenote(text):
    """OneNote section: file signature GUID {7B5C52E4-D88C-4DA7-AEB1-5378D02996D3}, an embedded-file marker GUID
    {BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC}, then inert random bytes and a text placeholder"""
    return (uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le + rbytes(1500) + uuid.UUID("BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC").bytes_le
            + struct.pack("<Q", 96) + b"\x00" * 4 + text.encode("utf-16-le") + rbytes(2500))


def iso_image(label):
    data = bytearray(b"\x00" * 0x8000) + b"\x01CD001\x01\x00" + b"WIN32".ljust(32) + label.encode().ljust(32) + rbytes(1900)
    return bytes(data) + b"\xffCD001\x01" + rbytes(4096)


def lnk_bytes(cmdline):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + struct.pack("<I", 0x000000A3) + rbytes(52)
            + cmdline.encode("utf-16-le") + rbytes(64))


def jpeg(k=2400):
    return (b"\xff\xd8\xff\xe1\x00\x16Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00" + b"\xff\xdb\x00\x43\x00" + rbytes(64)
            + b"\xff\xc0\x00\x11\x08\x0f\xc0\x0b\xd0\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01" + b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
            + rbytes(k) + b"\xff\xd9")


def wav(seconds=3, rate=8000):
    frames = b"".join(struct.pack("<h", R.randint(-300, 300)) for _ in range(seconds * rate))
    return b"RIFF" + struct.pack("<I", 36 + len(frames)) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data" + struct.pack("<I", len(frames)) + frames


def png(w=320, h=180):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(200, 255) if (x // 30 + y // 30) % 5 else 30) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


# ------------------------------------------------------------------ people (fixed fingerprints)
OWN = "silbet.example"
EXSRV = "EX16-01.silbet.local"
LEGAL = ("SILBET Sp. z o.o., ul. Przemysłowa 14, 55-040 Kobierzyce, Sąd Rejonowy dla Wrocławia-Fabrycznej we Wrocławiu, "
         "VI Wydział Gospodarczy KRS 0000318842, NIP 8961554217, kapitał zakładowy 2 500 000 zł")


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=WAW, lang="pl", sigs=None, ip=None, pc=None):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.sigs = sigs or {}
        s.dom = email.split("@")[1]
        s.ip, s.pc = ip, pc
    def signature(s, lang): return s.sigs.get(lang, s.sig)


SIG_K_PL = ("\n\nPozdrawiam\nKatarzyna Nowak\nKierownik Działu Zakupów\n\nSILBET Sp. z o.o.\nul. Przemysłowa 14, 55-040 Kobierzyce\n"
            "tel. +48 71 555 32 18 | kom. +48 601 555 274\nwww.silbet.example\n\n" + LEGAL)
SIG_K_EN = ("\n\nBest regards\nKatarzyna Nowak\nPurchasing Manager\n\nSILBET Sp. z o.o.\nul. Przemysłowa 14, 55-040 Kobierzyce, Poland\n"
            "phone +48 71 555 32 18 | mobile +48 601 555 274\nwww.silbet.example\n\n" + LEGAL)
kasia = Pt("Katarzyna Nowak", f"k.nowak@{OWN}", "ex16", "int", sigs={"pl": SIG_K_PL, "cs": SIG_K_PL, "uk": SIG_K_PL, "en": SIG_K_EN, "de": SIG_K_EN, "it": SIG_K_EN})
marek = Pt("Marek Wiśniewski", f"m.wisniewski@{OWN}", "ex16", "int", "\n\nMarek Wiśniewski\nDyrektor Finansowy\nSILBET Sp. z o.o. | tel. +48 71 555 32 02\n\n" + LEGAL)
agnieszka = Pt("Agnieszka Kowalczyk", f"a.kowalczyk@{OWN}", "ex16", "int",
               "\n\nPozdrawiam\nAgnieszka Kowalczyk\nGłówna Księgowa\nSILBET Sp. z o.o. | tel. +48 71 555 32 07\n\n" + LEGAL)
tomasz = Pt("Tomasz Zieliński", f"t.zielinski@{OWN}", "ex16", "int", "\n\nTomasz Zieliński\nKierownik Produkcji\nSILBET Sp. z o.o. | kom. +48 603 555 918\n\n" + LEGAL,
            sigs={"en": "\n\nBest regards\nTomasz Zieliński\nProduction Manager\nSILBET Sp. z o.o. | mobile +48 603 555 918\n\n" + LEGAL})
pawel = Pt("Paweł Lewandowski", f"p.lewandowski@{OWN}", "ex16", "int", "\n\n--\nPaweł Lewandowski\nAdministrator IT | SILBET Sp. z o.o.\nwew. 240 | kom. +48 698 555 031")
andrzej = Pt("Andrzej Nowicki", f"a.nowicki@{OWN}", "ex16", "int", "\n\nAndrzej Nowicki\nPrezes Zarządu\nSILBET Sp. z o.o.\n\n" + LEGAL)
natalia = Pt("Natalia Dąbrowska", f"n.dabrowska@{OWN}", "ex16", "int",
             "\n\nPozdrawiam\nNatalia Dąbrowska\nSpecjalista ds. Zakupów\nSILBET Sp. z o.o.\ntel. +48 71 555 32 19\n\n" + LEGAL)
INTERNAL = (kasia, marek, agnieszka, tomasz, pawel, andrzej, natalia)
erp = Pt("System ERP SILBET", f"erp@{OWN}", "erp", "relay-erp")
glpi = Pt("Helpdesk IT SILBET", f"pomoc@{OWN}", "glpi", "relay-glpi")
pbx = Pt("Centrala 3CX", f"centrala@{OWN}", "3cx", "relay-pbx")

# Hagemann Betonchemie GmbH, Duisburg: HCL Notes 12 on Domino, outbound through their Postfix gateway (DKIM mgw2023)
HBC_SIG = ("\n\nMit freundlichen Grüßen / Best regards\n\nJürgen Brandt\nExport Sales Manager Eastern Europe\nHagemann Betonchemie GmbH\n"
           "Hafenstraße 112, 47119 Duisburg, Germany\nTel. +49 203 555 4417 | Mobil +49 171 555 8830\nwww.hagemann-betonchemie.example\n\n"
           "Geschäftsführer: Dr. Klaus Hagemann, Petra Vogt | Amtsgericht Duisburg HRB 12345 | USt-IdNr. DE811555123")
juergen = Pt("Jürgen Brandt", "juergen.brandt@hagemann-betonchemie.example", "notes", "hbc", HBC_SIG, tz=BER, lang="en")
sabine = Pt("Sabine Kraus", "sabine.kraus@hagemann-betonchemie.example", "notes", "hbc",
            "\n\nMit freundlichen Grüßen\n\nSabine Kraus\nAuftragsabwicklung / Customer Service\nHagemann Betonchemie GmbH\nHafenstraße 112, 47119 Duisburg\n"
            "Tel. +49 203 555 4431 | Fax +49 203 555 4499\n\nGeschäftsführer: Dr. Klaus Hagemann, Petra Vogt | Amtsgericht Duisburg HRB 12345", tz=BER, lang="de")
# Officine Meccaniche Ferraris S.r.l., Brescia: Aruba hosting, Outlook 2019 (Italian UI) over Aruba SMTP
luca = Pt("Luca Bernardi", "l.bernardi@omferraris.example", "outlook-it", "aruba",
          "\n\nBest regards\nLuca Bernardi\nArea Manager Eastern Europe\n\nOfficine Meccaniche Ferraris S.r.l.\nVia dell'Industria 41, 25030 Castel Mella (BS), Italy\n"
          "Tel. +39 030 555 2814 | Mob. +39 335 555 7120\nwww.omferraris.example\n\nQuesta e-mail e i suoi allegati sono riservati. / This e-mail and its attachments are confidential.",
          tz=ROM, lang="en", ip="93.63.118.40", pc="PC-LBERNARDI")
giulia = Pt("Giulia Rossi", "g.rossi@omferraris.example", "outlook-it", "aruba",
            "\n\nKind regards\nGiulia Rossi\nAfter-Sales & Service Coordinator\n\nOfficine Meccaniche Ferraris S.r.l.\nVia dell'Industria 41, 25030 Castel Mella (BS), Italy\n"
            "Tel. +39 030 555 2830 | service@omferraris.example\n\nQuesta e-mail e i suoi allegati sono riservati. / This e-mail and its attachments are confidential.",
            tz=ROM, lang="en", ip="93.63.118.40", pc="PC-SERVICE02")
# K-TRANS Logistika s.r.o., Ostrava: Seznam Email Profi web mail until 31 March 2025, then Microsoft 365 (announced)
jana = Pt("Jana Dvořáková", "dvorakova@ktrans-logistika.example", "seznam", "seznam",
          "\n\nS pozdravem\nJana Dvořáková\ndispečink | K-TRANS Logistika s.r.o.\nMezi Vodami 1952/9, 702 00 Ostrava\ntel. +420 596 555 218 | mob. +420 731 555 604",
          tz=PRG, lang="cs", ip="46.13.94.117")
# ZV-Montaż Oleksandr Kovalenko (Ukrainian owner, Polish sole proprietorship): Gmail web + Gmail for Android; his accountant on ukr.net
oleksandr = Pt("Oleksandr Kovalenko", "o.kovalenko.zvmontaz@gmail.com", "gmail", "gmail",
               "\n\n--\nOleksandr Kovalenko\nZV-Montaż Oleksandr Kovalenko\ntel. +48 579 555 312", tz=WAW, lang="uk")
iryna = Pt("Iryna Melnyk", "iryna.melnyk.buh@ukr.net", "ukrnet", "ukrnet", "\n\nZ poważaniem\nIryna Melnyk\nbiuro rachunkowe (ZV-Montaż)", tz=KYIV, lang="uk")
# Kopalnia Strzegom-Granit Sp. z o.o.: home.pl, Outlook 2016 over SMTP (ISO-8859-2 quoted-printable); Robert also uses iPhone Mail
SG_LEG = ("\n\nKopalnia Strzegom-Granit Sp. z o.o., ul. Kamieniarska 3, 58-150 Strzegom, KRS 0000271140, NIP 8840005511\n"
          "Informacja o przetwarzaniu danych osobowych: www.strzegom-granit.example/rodo")
robert = Pt("Robert Mazur", "r.mazur@strzegom-granit.example", "outlook-pl", "homepl",
            "\n\nPozdrawiam\nRobert Mazur\nKierownik Sprzedaży\ntel. 74 855 51 20, kom. 604 555 813" + SG_LEG, ip="31.179.104.66", pc="DESKTOP-RM7K2QF")
dorota = Pt("Dorota Pawlak", "fakturowanie@strzegom-granit.example", "outlook-pl", "homepl",
            "\n\nZ poważaniem\nDorota Pawlak\nDział Fakturowania\ntel. 74 855 51 25" + SG_LEG, ip="31.179.104.66", pc="BIURO-FAKT2")
# Folplast Opakowania Sp. z o.o., Łódź: OVH MX Plan, Thunderbird
ewa = Pt("Ewa Sikora", "e.sikora@folplast.example", "tb", "ovh",
         "\n\n-- \nEwa Sikora\nOpiekun Klienta Kluczowego\nFolplast Opakowania Sp. z o.o.\nul. Wólczańska 218, 93-005 Łódź\ntel. 42 555 18 40, kom. 691 555 227",
         ip="89.76.212.37")
# EkoPopiół Sp. z o.o.: own Zimbra 8.8.15 server, Zimbra web client
krzysztof = Pt("Krzysztof Jankowski", "k.jankowski@ekopopiol.example", "zimbra", "zimbra",
               "\n\nZ poważaniem\nKrzysztof Jankowski\nSpecjalista ds. Sprzedaży UPS\nEkoPopiół Sp. z o.o.\nul. Elektrowniana 1, 46-021 Brzezie k. Opola\ntel. 77 555 40 12")
# Bartosz Wójcik, pallet trader: wp.pl web mail (ISO-8859-2)
bartosz = Pt("Bartosz Wójcik", "palety.wojcik@wp.pl", "wp", "wp", "\n\nBartosz Wójcik\nPALETY-WÓJCIK skup i sprzedaż palet\nSiechnice, tel. 607 555 914", ip="83.29.151.204")
# Zbigniew Kamiński, crane hire: onet.pl over SMTP from Windows Live Mail 2012 (windows-1250)
zbigniew = Pt("Zbigniew Kamiński", "hds.kaminski@onet.pl", "wlm", "onet", "\n\nZbigniew Kamiński\nUSŁUGI DŹWIGOWE i HDS\nSobótka, tel. 601 555 730", ip="83.9.48.201", pc="KAMINSKI-PC")

# ------------------------------------------------------------------ sending infrastructures
# each: list of (helo, ip) the receiving filter sees, DKIM d/s (None = unsigned), DMARC result/policy
INFRA = {
    "hbc": dict(pool=[("mailgw.hagemann-betonchemie.example", "212.23.141.18")], d="hagemann-betonchemie.example", s="mgw2023", dmarc=("pass", "quarantine")),
    "aruba": dict(pool=[("smtpcmd0871.aruba.it", "62.149.156.71"), ("smtpcmd0986.aruba.it", "62.149.156.86"), ("smtpcmd1045.aruba.it", "62.149.156.145")],
                  d="aruba.it", s="a1", dmarc=("none", None)),
    "seznam": dict(pool=[("email-smtpc17a.ng.seznam.cz", "77.75.78.17"), ("email-smtpc22b.ng.seznam.cz", "77.75.78.22")], d="ktrans-logistika.example", s="szn20221014",
                   dmarc=("none", None)),
    "exo-ktrans": dict(pool=[("mail-vi1eur05on2071.outbound.protection.outlook.com", "40.107.21.71"), ("mail-db8eur05on2112.outbound.protection.outlook.com", "40.107.20.112")],
                       d="ktrans-logistika.example", s="selector1", dmarc=("pass", "none")),
    "gmail": dict(pool=[("mail-ej1-f43.google.com", "209.85.218.43"), ("mail-wm1-f50.google.com", "209.85.128.50"), ("mail-lj1-f178.google.com", "209.85.208.178")],
                  d="gmail.com", s="20230601", dmarc=("pass", "none")),
    "ukrnet": dict(pool=[("frv156.fwdcdn.com", "212.42.77.156"), ("frv197.fwdcdn.com", "212.42.77.197")], d="ukr.net", s="ffe", dmarc=("pass", "reject")),
    "homepl": dict(pool=[("serwer2391746.home.pl", "79.96.170.134")], d=None, s=None, dmarc=("none", None)),
    "ovh": dict(pool=[("mo4512.mail-out.ovh.net", "178.32.228.12"), ("mo560.mail-out.ovh.net", "46.105.72.188")], d="folplast.example", s="ovhmo3417265-selector1",
                dmarc=("none", None)),
    "zimbra": dict(pool=[("poczta.ekopopiol.example", "91.229.63.18")], d="ekopopiol.example", s="8C1E3D2A-5F6B-11EE-9A1B-6F4E2D3C1B0A", dmarc=("pass", "quarantine")),
    "wp": dict(pool=[("mx4.wp.pl", "212.77.101.11"), ("mx5.wp.pl", "212.77.101.12")], d="wp.pl", s="1024a", dmarc=("pass", "none")),
    "onet": dict(pool=[("smtpo59.poczta.onet.pl", "213.180.149.144"), ("smtpo46.poczta.onet.pl", "213.180.149.131")], d="onet.pl", s="2011", dmarc=("pass", "none")),
    "outlookcom": dict(pool=[("EUR05-DB8-obe.outbound.protection.outlook.com", "52.100.174.208"), ("EUR03-AM7-obe.outbound.protection.outlook.com", "52.100.16.219")],
                       d="outlook.com", s="selector1", dmarc=("pass", "none")),
    "lists": dict(pool=[("lists.forum-zakupowcow.example", "94.152.9.44")], d="lists.forum-zakupowcow.example", s="mm2023", dmarc=("fail", "none")),
    "docusign": dict(pool=[("mailout-eu-fra.docusign.net", "185.81.100.62")], d="docusign.net", s="s1", dmarc=("pass", "reject")),
    "esp": dict(pool=[("mta12.sendingpl.example", "91.197.230.12"), ("mta14.sendingpl.example", "91.197.230.14")], d=None, s="sp1", dmarc=("pass", "none")),
    "linkedin": dict(pool=[("mailb-ad.linkedin.com", "108.174.0.215")], d="linkedin.com", s="d2048-202308-00", dmarc=("pass", "reject")),
    "dpd": dict(pool=[("mailout2.dpd-polska.example", "195.182.25.42")], d="dpd-polska.example", s="dpd1", dmarc=("pass", "reject")),
    # attackers
    "look-hbc": dict(pool=[("mail.hagemann-betonchemle.example", "45.137.21.94")], d="hagemann-betonchemle.example", s="default", dmarc=("none", None)),
    "look-strz": dict(pool=[("mail.strzegorn-granit.example", "146.59.34.212")], d="strzegorn-granit.example", s="x", dmarc=("none", None)),
    "fake-kas": dict(pool=[("srv17.e-urzad-kas.example", "193.42.32.17")], d="e-urzad-kas.example", s="mail", dmarc=("none", None)),
    "fake-vm": dict(pool=[("vps-8a7c1e.vm-powiadomienia.example", "103.149.28.61")], d=None, s=None, dmarc=("none", None)),
}
INFRA["seznam-smtp"] = INFRA["seznam"]; INFRA["gmail-smtp"] = INFRA["gmail"]; INFRA["wp-smtp"] = INFRA["wp"]
SPF_DOM = {"aruba": None, "lists": "lists.forum-zakupowcow.example"}
FREEMAIL = ("gmail.com", "wp.pl", "onet.pl", "ukr.net", "outlook.com")
EXCH_IDS = dict(hbc="C1258BA4")
SZN_CH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789{}"
def szn(k): return "".join(R.choice(SZN_CH) for _ in range(k))


def sender_hops(who, infra, t, client, env, helo, ip, ato=None):
    """headers the sender's side wrote (newest first), above the DKIM signature"""
    hops = []
    if infra == "hbc":
        hops.append(("Received", f"from DUSMX01.hbc.local ([10.20.1.15])\n\tby mailgw.hagemann-betonchemie.example (Postfix) with ESMTP id {HX(10)}\n\tfor <{kasia.email}>; {pf(sec(t, 2), BER)}"))
    elif infra == "aruba":
        hops.append(("Received", f"from {who.pc or 'PC-UFFICIO'} ([{who.ip}])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid {alnum(22)}; {rfc(t, ROM, pad=True)}"))
        hops.append(("X-CMAE-Envelope", "MS4xfL" + alnum(150) + "\n " + alnum(120)))
    elif infra == "seznam":
        hops.append(("Received", f"from email.seznam.cz\n\tby {helo} ({helo} [10.23.{R.randint(10, 30)}.{R.randint(2, 60)}])\n\tid {hx(24)}; {rfc(sec(t, 1), PRG, pad=True, zname=True)}"))
        hops.append(("Received", f"from unknown ([::ffff:{who.ip}])\n\tby email.seznam.cz (szn-ebox-5.0.183) with HTTP;\n\t{rfc(t, PRG, pad=True, zname=True)}"))
    elif infra == "seznam-smtp":
        hops.append(("Received", f"from {ato['pc']} (unknown [{ato['ip']}])\n\tby {helo} (szn-smtpd-1.3.14) with ESMTPSA\n\tid {hx(24)}; {rfc(t, PRG, pad=True, zname=True)}"))
    elif infra == "exo-ktrans":
        host = EXO_HOST["ktrans-logistika.example"]
        hops.append(("Received", f"from {host}.eurprd07.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n {host}.eurprd07.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%6]) with mapi id\n 15.20.8632.036; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.eurprd07.prod.outlook.com (2603:10a6:10:{hx(3)}::{hx(2)}) by\n AS8PR07MB{R.randint(1000, 9999)}.eurprd07.prod.outlook.com (2603:10a6:20b:{hx(3)}::{hx(2)}) with\n Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8632.36; {rfcu(sec(t, 1))}"))
        hops.insert(0, ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"))
        hops.insert(0, ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(120)}"))
    elif infra in ("gmail", "gmail-smtp"):
        gx = f"2002:a17:907:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)}"
        hops.append(("Received", f"by {helo} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}{lalnum(2)}.1\n        for <{kasia.email}>; {pac(sec(t, 1))}"))
        sub = [("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n        bh={b64(32)};\n        b={b64(120)}"),
               ("X-Gm-Message-State", "AOJu0Y" + alnum(60)), ("X-Gm-Gg", "ASbGnc" + alnum(140)),
               ("X-Google-Smtp-Source", "AGHT+I" + alnum(80)), ("X-Received", f"by {gx} with SMTP id {lalnum(20)}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n        {pac(t)}")]
        if infra == "gmail-smtp":
            sub.append(("Received", f"from [192.168.56.101] ({ato['rdns']}. [{ato['ip']}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}.{t.month:02d}.{t.day:02d}\n"
                                    f"        for <{kasia.email}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pac(t)}"))
        return hops, sub
    elif infra == "ukrnet":
        hops.append(("Received", f"from [10.1.4.{R.randint(10, 90)}] (helo={helo})\n\tby {helo} with esmtp ID 1t{alnum(4)}-000{alnum(3).upper()}-{alnum(2)}\n\tfor {kasia.email}; {rfc(t, KYIV, pad=True)}"))
    elif infra == "homepl":
        host = who.ip.replace(".", "-") + ".static.netia.example" if who.ip.startswith("31.") else who.ip.replace(".", "-") + ".mobile.plus.example"
        hops.append(("Received", f"from {host} ({who.ip if not ato else ato['ip']}) (HELO {who.pc})\n by {helo} ({ip}) with SMTP (IdeaSmtpServer 6.2.0)\n id {hx(16)}; {rfc(t, WAW)}"))
        hops.append(("X-CLIENT-IP", who.ip)); hops.append(("X-CLIENT-HOSTNAME", host))
        hops.append(("X-VADE-SPAMSTATE", "clean")); hops.append(("X-VADE-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgeef" + "".join(R.choice("degfhiklrtuvxy") for _ in range(150))))
    elif infra == "ovh":
        hops.append(("Received", f"from mxplan5.mail.ovh.net (unknown [10.108.{R.randint(1, 25)}.{R.randint(2, 250)}])\n\tby {helo} (Postfix) with ESMTPS id 4Z{alnum(8)}\n\tfor <{kasia.email}>; {pf(sec(t, 1), UTC)}"))
        hops.append(("Received", f"from DAG4EX2.mxp5.local (172.16.2.32) by DAG4EX1.mxp5.local\n (172.16.2.31) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t, WAW)}"))
        hops.append(("Received", f"from [192.168.10.23] ({who.ip}) by DAG4EX2.mxp5.local (172.16.2.32)\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t, WAW)}"))
        hops.append(("X-Ovh-Tracer-GUID", ruuid())); hops.append(("X-Ovh-Tracer-Id", str(R.randint(10 ** 18, 2 * 10 ** 19))))
        hops.append(("X-VR-SPAMSTATE", "OK")); hops.append(("X-VR-SPAMSCORE", "-100"))
        hops.append(("X-VR-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgeefvddr" + "".join(R.choice("degfhiklrtuvxy") for _ in range(160))))
    elif infra == "zimbra":
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby poczta.ekopopiol.example (Postfix) with ESMTP id {HX(11)}\n\tfor <{kasia.email}>; {pf(sec(t, 1))}"))
        hops.append(("X-Virus-Scanned", "amavisd-new at ekopopiol.example"))
        hops.append(("Received", f"from poczta.ekopopiol.example ([127.0.0.1])\n\tby localhost (poczta.ekopopiol.example [127.0.0.1]) (amavisd-new, port 10026)\n\twith ESMTP id {alnum(12)}; {pf(sec(t, 1))}"))
        hops.append(("Received", f"from poczta.ekopopiol.example (poczta.ekopopiol.example [10.0.5.10])\n\tby poczta.ekopopiol.example (Postfix) with ESMTP id {HX(11)}\n\tfor <{kasia.email}>; {pf(t)}"))
    elif infra in ("wp", "wp-smtp"):
        hops.append(("Received", f"(wp-smtpd smtp.wp.pl {R.randint(1000, 40000)} invoked from network); {rfc(sec(t, 1), WAW, pad=False)}"))
        src = ato["ip"] if ato else who.ip
        hl = ato["pc"] if ato else "localhost"
        hops.append(("Received", f"from {src.replace('.', '-') + ('.dynamic.chello.example' if not ato else '.hosted-by.example')} (HELO {hl}) ({who.email}@[{src}])\n"
                                 f"          (envelope-sender <{who.email}>)\n          by smtp.wp.pl (WP-SMTPD) with {'ECDHE-RSA-AES256-GCM-SHA384 encrypted ' if True else ''}SMTP\n"
                                 f"          for <{kasia.email}>; {rfc(t, WAW)}"))
        hops.append(("X-WP-MailID", hx(32))); hops.append(("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"))
        hops.append(("X-WP-SPAM", f"NO 0000000 [{alnum(4)}]"))
    elif infra == "onet":
        hops.append(("Received", f"from {who.pc} (unknown [{who.ip}])\n\t(Authenticated sender: {who.email})\n\tby smtp.poczta.onet.pl (Onet) with ESMTPSA id 4Z{alnum(8)};\n\t{pf(t)}"))
        hops.append(("X-Onet-PMQ", f"<{who.email}>;{who.ip};PL;1"))
    elif infra == "outlookcom":
        hx_ = who.pc or f"DB9P195MB{R.randint(1000, 9999)}"
        hops.append(("Received", f"from {hx_}.EURP195.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n {hx_}.EURP195.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%4]) with mapi id\n 15.20.8632.030; {rfcu(t)}"))
        hops.insert(0, ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(120)}"))
    elif infra == "docusign":
        hops.append(("Received", f"from fra1-app{R.randint(10, 40)}.docusign.net (10.{R.randint(10, 99)}.{R.randint(1, 200)}.{R.randint(2, 200)}) by {helo}\n\t(envelope-from <{env}>); {rfc(t, UTC)}"))
    elif infra == "esp":
        hops.append(("Received", f"from app{R.randint(1, 9)}.sendingpl.example (unknown [10.12.{R.randint(0, 9)}.{R.randint(2, 200)}])\n\tby {helo} (Postfix) with ESMTP id {HX(10)}\n\tfor <{kasia.email}>; {pf(t)}"))
    elif infra == "linkedin":
        hops.append(("Received", f"from [127.0.0.1] by {helo} with ESMTP; {rfc(t, UTC)}"))
    elif infra == "dpd":
        hops.append(("Received", f"from notify-app02.dpd-polska.example (10.40.2.{R.randint(2, 90)}) by {helo} (Postfix) with ESMTP id {HX(10)}; {pf(t)}"))
    elif infra == "look-hbc":
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.hagemann-betonchemle.example (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{kasia.email}>; {pf(t, UTC)}"))
    elif infra == "look-strz":
        hops.append(("Received", f"from DESKTOP-{HX(7)} ([{ato['ip']}])\n\tby mail.strzegorn-granit.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n"
                                 f"\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {kasia.email}; {rfc(t, WAW)}"))
    elif infra == "fake-kas":
        hops.append(("Received", f"by srv17.e-urzad-kas.example (Postfix, from userid 1001)\n\tid {HX(10)}; {pf(t, UTC)}"))
    elif infra == "fake-vm":
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby vps-8a7c1e.vm-powiadomienia.example (Postfix) with ESMTP id {HX(10)}\n\tfor <{kasia.email}>; {pf(t, UTC)}"))
    elif infra == "lists":
        pass  # handled by the list emitter
    return hops, []


EXO_HOST = {"ktrans-logistika.example": "DU0PR07MB9187"}
COUNTRY = {"hbc": "DE", "aruba": "IT", "seznam": "CZ", "seznam-smtp": "CZ", "exo-ktrans": "IE", "gmail": "US", "gmail-smtp": "US", "ukrnet": "UA", "ovh": "FR",
           "outlookcom": "IE", "docusign": "DE", "linkedin": "US", "look-hbc": "NL", "look-strz": "PL", "fake-kas": "BG", "fake-vm": "SG"}
ASN = {}
FILTERS = [("mx1.antyspam.hostpolska.example", "185.25.148.31", "rs1"), ("mx2.antyspam.hostpolska.example", "185.25.148.32", "rs2")]
NETMSG = {}


def inbound(who, t, infra, env, client, atts, nparts, ato=None, from_dom=None, list_dkim=None):
    """the receiving side: hosting provider's rspamd/Postfix filter, then on-prem Exchange 2016 with ESET; returns (top, bottom, arrival)"""
    inf = INFRA[infra]
    helo, ip = R.choice(inf["pool"])
    from_dom = from_dom or who.dom
    spf_dom = SPF_DOM.get(infra) or env.split("@")[1]
    filt, fip, rsname = R.choice(FILTERS)
    tf = sec(t, R.randint(2, 14)); tx = sec(tf, R.randint(1, 4))
    qid = "4Z" + alnum(10)
    auth = f"{filt};\n\t"
    if list_dkim: auth += list_dkim + ";\n\t"
    else: auth += (f"dkim=pass header.d={inf['d']} header.s={inf['s']} header.b={alnum(8)};\n\t" if inf["d"] and inf["s"] else "dkim=none;\n\t")
    auth += f"spf=pass ({filt}: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env};\n\t"
    dres, dpol = inf["dmarc"]
    if dres == "none": auth += f"dmarc=none header.from={from_dom}"
    elif dres == "fail": auth += f"dmarc=fail reason=\"SPF not aligned (relaxed), DKIM not aligned (relaxed)\" header.from={from_dom} (policy=none)"
    else: auth += f"dmarc=pass (policy={dpol}) header.from={from_dom}"
    syms = ["R_SPF_ALLOW(-0.20)[+ip4:" + ip + "]", ("R_DKIM_ALLOW(-0.20)[" + inf["d"] + ":s=" + inf["s"] + "]") if inf["d"] and inf["s"] else "R_DKIM_NA(0.00)[]",
            "DMARC_POLICY_ALLOW(-0.50)[" + from_dom + "," + str(dpol) + "]" if dres == "pass" else "DMARC_NA(0.00)[" + from_dom + "]",
            "MIME_GOOD(-0.10)[multipart/alternative,text/plain]" if nparts > 1 else "MIME_GOOD(-0.10)[text/plain]",
            "RCVD_TLS_LAST(0.00)[]", "FROM_HAS_DN(0.00)[]", "TO_DN_SOME(0.00)[]", "ASN(0.00)[asn:" + str(ASN.setdefault(infra, R.randint(1000, 60000))) + ", ipnet:" + ip.rsplit(".", 1)[0] + ".0/24, country:" + COUNTRY.get(infra, "PL") + "]"]
    if atts: syms.append("HAS_ATTACHMENT(0.00)[]")
    if from_dom in FREEMAIL: syms.append("FREEMAIL_FROM(0.00)[" + from_dom + "]")
    score = -0.2 * (1 + bool(inf["s"])) - (0.5 if dres == "pass" else 0) - 0.1 + (0.0 if not atts else 0.0)
    top = [("Received", f"from {EXSRV} (10.10.0.12) by {EXSRV} (10.10.0.12) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39 via Mailbox\n Transport; {rfc(sec(tx, 1), WAW)}"),
           ("Received", f"from {filt} ({fip}) by {EXSRV} (10.10.0.12) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39\n via Frontend Transport; {rfc(tx, WAW)}"),
           ("Authentication-Results", auth),
           ("X-Rspamd-Server", rsname), ("X-Rspamd-Queue-Id", qid),
           ("X-Spamd-Result", f"default: False [{score:.2f} / 15.00];\n\t" + ";\n\t".join(syms)),
           ("X-Spamd-Bar", "-" if score < -0.5 else "/"),
           ("Received", f"from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                        f"\t(No client certificate requested)\n\tby {filt} (Postfix) with ESMTPS id {qid}\n\tfor <{kasia.email}>; {pf(tf)}")]
    bottom = exch_bottom(tx, env, internal=False)
    return top, bottom, tx


def exch_bottom(tx, env, internal):
    b = [("Return-Path", env)]
    b += [("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("X-MS-Exchange-Organization-AuthSource", EXSRV),
          ("X-MS-Exchange-Organization-AuthAs", "Internal" if internal else "Anonymous")]
    if internal: b += [("X-MS-Exchange-Organization-AuthMechanism", "04"), ("X-MS-Exchange-Organization-SCL", "-1")]
    b += [("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{R.randint(0, 4)}.{R.randint(1000000, 9999999)}"),
          ("X-MS-Exchange-Processed-By-BccFoldering", "15.01.2507.039"), ("X-EsetResult", "clean, is OK"), ("X-EsetId", "37303A29" + HX(14) + "6D7166")]
    return b


def internal_hops(t, relay=None):
    tx = sec(t, R.randint(1, 3))
    top = [("Received", f"from {EXSRV} (10.10.0.12) by {EXSRV} (10.10.0.12) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39 via Mailbox\n Transport; {rfc(tx, WAW)}")]
    if relay:
        top.append(("Received", f"from {relay[0]} ({relay[1]}) by {EXSRV} (10.10.0.12) with Microsoft SMTP Server id\n 15.1.2507.39 via Frontend Transport; {rfc(t, WAW)}"))
    else:
        top.append(("Received", f"from {EXSRV} (10.10.0.12) by {EXSRV} (10.10.0.12) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t, WAW)}"))
        top.append(("Received", f"from {EXSRV} ([fe80::2d4a:9c1b:73e0:5f12]) by {EXSRV}\n ([fe80::2d4a:9c1b:73e0:5f12%12]) with mapi id 15.01.2507.039; {rfc(t, WAW)}"))
    return top, tx


# ------------------------------------------------------------------ client fingerprints: Message-ID, quoting, HTML, MIME
def outlook_ids(t):
    ft = filetime(t); return ((ft >> 32) & 0xFFFFFFFF, ft & 0xFFFFFFFF)


def make_mid(who, client, t):
    if client in ("ex16", "ex16ios"): return f"<{hx(32)}@{EXSRV}>"
    if client == "notes": return f"<OF{HX(8)}.{HX(8)}-ON{EXCH_IDS['hbc']}.{HX(8)}-{EXCH_IDS['hbc']}.{HX(8)}@LocalDomain>"
    if client in ("outlook-pl", "outlook-it", "outlook-en"):
        hi, lo = outlook_ids(t); return f"<{R.randint(0, 40):04x}{hi:08x}${lo:08x}${hx(8)}$@{who.dom}>"
    if client == "iphone": return f"<{ruuid().upper()}@{who.dom}>"
    if client == "seznam": return f"<{szn(3)}.{szn(4)}.{szn(11)}.{szn(6)}@seznam.cz>"
    if client == "exo-cz": host = EXO_HOST[who.dom]; return f"<{host}{HX(16)}@{host}.eurprd07.prod.outlook.com>"
    if client in ("gmail", "gmail-android"): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "tb-gmail": return f"<{ruuid()}@gmail.com>"
    if client == "zimbra": return f"<{R.randint(10 ** 8, 10 ** 9)}.{R.randint(10000, 999999)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@{who.dom}>"
    if client == "wp": return f"<{lalnum(24)}@wp.pl>"
    if client == "wlm": return f"<{HX(32)}@{who.pc}>"
    if client == "ukrnet": return f"<{int(t.timestamp())}.{R.randint(100000000, 999999999)}.{lalnum(8)}@frv{R.choice((53, 61, 156))}.fwdcdn.com>"
    if client == "outlookcom": h = who.pc or f"DB9P195MB{R.randint(1000, 9999)}"; return f"<{h}{HX(16)}@{h}.EURP195.PROD.OUTLOOK.COM>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "phpmailer": return f"<{alnum(43)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def _pfx(text, p="> "): return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))
def _names(lst, style="outlook"):
    if style == "notes": return ", ".join(f'"{n}" <{e}>' for n, e in lst)
    return "; ".join(f"{n} <{e}>" for n, e in lst)


def quote_of(client, q, tz, lang="pl"):
    """the plain-text quote of record q as the replying client writes it (tz = the replier's zone)"""
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    d = t.weekday(); m = t.month - 1
    if client in ("ex16", "outlook-pl"):
        rows = [("Od", f"{name} <{email}>"), ("Wysłano", f"{PL_DAYS[d]}, {t.day} {PL_MON[m]} {t.year} {t:%H:%M}"), ("Do", _names(q["to"]))]
        if q["cc"]: rows.append(("DW", _names(q["cc"])))
        rows.append(("Temat", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "ex16ios":
        rows = [("Od", f"{name} <{email}>"), ("Wysłane", f"{PL_DAYS[d]}, {t.day} {PL_MON[m]} {t.year} {t:%H:%M}"), ("Do", _names(q["to"]))]
        if q["cc"]: rows.append(("DW", _names(q["cc"])))
        rows.append(("Temat", q["subj"]))
        return "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "outlook-it":
        rows = [("Da", f"{name} <{email}>"), ("Inviato", f"{IT_DAYS[d]} {t.day} {IT_MON[m]} {t.year} {t:%H:%M}"), ("A", _names(q["to"]))]
        if q["cc"]: rows.append(("Cc", _names(q["cc"])))
        rows.append(("Oggetto", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("outlook-en", "outlookcom"):
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{EN_DAYS[d]}, {EN_MON[m]} {t.day}, {t.year} {t.hour % 12 or 12}:{t:%M %p}"), ("To", _names(q["to"]))]
        if q["cc"]: rows.append(("Cc", _names(q["cc"])))
        rows.append(("Subject", q["subj"]))
        sep = "________________________________\n" if client == "outlookcom" else "-----Original Message-----\n"
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "exo-cz":
        rows = [("Od", f"{name} <{email}>"), ("Odesláno", f"{CZ_DAYS[d]} {t.day}. {CZ_MON[m]} {t.year} {t:%H:%M}"), ("Komu", _names(q["to"]))]
        if q["cc"]: rows.append(("Kopie", _names(q["cc"])))
        rows.append(("Předmět", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "notes":
        rows = [("Von", f'"{name}" <{email}>'), ("An", _names(q["to"], "notes"))]
        if q["cc"]: rows.append(("Kopie", _names(q["cc"], "notes")))
        rows += [("Datum", f"{t:%d.%m.%Y %H:%M}"), ("Betreff", q["subj"])]
        return "\n\n\n\n" + "\n".join(f"{k}:        {v}" for k, v in rows) + "\n\n\n\n" + q["plain"]
    if client == "seznam":
        rows = [("Od", f"{name} <{email}>"), ("Komu", _names(q["to"]))]
        if q["cc"]: rows.append(("Kopie", _names(q["cc"])))
        rows += [("Datum", f"{t.day}. {t.month}. {t.year} {t:%H:%M:%S}"), ("Předmět", q["subj"])]
        return "\n\n---------- Původní e-mail ----------\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\"" + q["plain"] + "\""
    if client in ("gmail", "gmail-android") and lang != "uk":
        return f"\n\nW dniu {PL_GDAYS[d]} {t.day} {PL_MSH[m]} {t.year} o {t:%H:%M} {name} <{email}> napisał(a):\n\n" + _pfx(q["plain"])
    if client == "tb-gmail":
        return f"\n\nOn {t.month}/{t.day}/{t.year % 100} {t.hour % 12 or 12}:{t:%M %p}, {name} wrote:\n" + _pfx(q["plain"])
    if client in ("gmail", "gmail-android"):
        return f"\n\n{UK_DAYS[d]}, {t.day} {UK_MSH[m]} {t.year} р. о {t:%H:%M} {name} <{email}> пише:\n\n" + _pfx(q["plain"])
    if client == "tb":
        return f"\n\nW dniu {t.day}.{t:%m}.{t.year} o {t:%H:%M}, {name} pisze:\n" + _pfx(q["plain"])
    if client == "zimbra":
        rows = [("Od", f'"{name}" <{email}>'), ("Do", ", ".join(f'"{n}" <{e}>' for n, e in q["to"]))]
        if q["cc"]: rows.append(("DW", ", ".join(f'"{n}" <{e}>' for n, e in q["cc"])))
        rows += [("Wysłane", f"{PL_DAYS[d]}, {t.day} {PL_MON[m]} {t.year} {t:%H:%M:%S}"), ("Temat", q["subj"])]
        return "\n\n----- Oryginalna wiadomość -----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "wp":
        return f"\n\nDnia {t.day} {PL_MON[m]} {t.year} {t:%H:%M} {name} <{email}> napisał(a):\n\n" + _pfx(q["plain"])
    if client == "wlm":
        return (f"\n\n-----Wiadomość oryginalna----- \nFrom: {name} \nSent: {EN_DAYS[d]}, {EN_MON[m]} {t.day}, {t.year} {t.hour % 12 or 12}:{t:%M %p} \nTo: {q['to'][0][1]} \n"
                f"Subject: {q['subj']} \n\n" + q["plain"])
    if client == "ukrnet":
        return f"\n\n\n--- Оригінальне повідомлення ---\nВід кого: \"{name}\" <{email}>\nДата: {t.day} {UK_MON[m]} {t.year}, {t:%H:%M:%S}\n\n" + _pfx(q["plain"])
    if client == "iphone":
        return f"\n\n> Wiadomość napisana przez {name} <{email}> w dniu {t.day} {PL_MSH[m]} {t.year}, o godz. {t:%H:%M}:\n> \n" + _pfx(q["plain"])
    if client == "roundcube":
        return f"\n\nOn {t:%Y-%m-%d %H:%M}, {name} wrote:\n" + _pfx(q["plain"])
    return "\n\n" + _pfx(q["plain"])


def esc(s): return "<br>\n".join(H.escape(l) for l in s.split("\n"))


def html_of(client, plain):
    e = esc(plain)
    if client in ("ex16", "outlook-pl", "outlook-it", "outlook-en"):
        lang = {"ex16": "PL", "outlook-pl": "PL", "outlook-it": "IT", "outlook-en": "EN-US"}[client]
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">' + e
                + "<o:p></o:p></p>\n</div>\n</body>\n</html>")
    if client in ("exo-cz", "outlookcom", "ex16ios"):
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n<div dir="ltr">\n'
                '<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                + e + "</div>\n</div>\n</body>\n</html>")
    if client == "notes": return '<font size=2 face="sans-serif">' + e + "</font>"
    if client == "gmail": return '<div dir="ltr">' + e + "</div>\n"
    if client == "gmail-android": return '<div dir="auto">' + e + "</div>\n"
    if client in ("tb", "tb-gmail"):
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n    <p>'
                + e + "</p>\n  </body>\n</html>")
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>' + e + "</div></div></body></html>")
    if client == "seznam": return "<div>" + e + "</div>"
    if client == "wp": return '<div style="font-family: Arial, sans-serif; font-size: 14px;">' + e + "</div>"
    if client == "wlm":
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n<META content=text/html;charset=windows-1250 http-equiv=Content-Type></HEAD>\n'
                '<BODY style="PADDING-LEFT: 10px; PADDING-RIGHT: 10px; PADDING-TOP: 15px" id=MailContainerBody leftMargin=0 topMargin=0 CanvasTabStop="true" name="Compose message area">\n<DIV><FONT face=Calibri>'
                + e + "</FONT></DIV></BODY></HTML>")
    if client == "ukrnet": return "<div>" + e + "</div>"
    if client == "iphone": return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + e + "</body></html>"
    if client == "roundcube":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>'
                + e + "</p>\n</body></html>\n")
    return None


# charset chain, transfer encoding, quoting of the charset parameter
CS = {"ex16": (["us-ascii", "iso-8859-2", "utf-8"], "qp", True), "ex16ios": (["utf-8"], "b64", True),
      "outlook-pl": (["us-ascii", "iso-8859-2", "utf-8"], "qp7", True), "outlook-it": (["us-ascii", "iso-8859-1", "utf-8"], "qp7", True),
      "outlook-en": (["us-ascii", "iso-8859-1", "utf-8"], "qp7", True), "notes": (["US-ASCII", "ISO-8859-1", "UTF-8"], "qp", True),
      "gmail": (["UTF-8"], "gm", True), "gmail-android": (["UTF-8"], "gm", True), "tb": (["UTF-8"], "8bit", False), "tb-gmail": (["UTF-8"], "8bit", False),
      "zimbra": (["utf-8"], "qp7", False), "seznam": (["utf-8"], "qp", False), "exo-cz": (["utf-8"], "qp", True), "outlookcom": (["utf-8"], "qp", True),
      "wp": (["iso-8859-2", "utf-8"], "qp", False), "wlm": (["windows-1250", "utf-8"], "qp", True), "ukrnet": (["utf-8"], "b64", False),
      "iphone": (["us-ascii", "utf-8"], "qp7", False), "roundcube": (["US-ASCII", "UTF-8"], "8bit", False), "phpmailer": (["utf-8"], "qp", False)}
HDR_ENC = {"ex16": ("iso-8859-2", "Q"), "ex16ios": ("utf-8", "B"), "outlook-pl": ("iso-8859-2", "Q"), "outlook-it": ("iso-8859-1", "Q"), "outlook-en": ("utf-8", "Q"),
           "notes": ("UTF-8", "B"), "gmail": ("UTF-8", "B"), "gmail-android": ("UTF-8", "B"), "tb": ("UTF-8", "Q"), "tb-gmail": ("UTF-8", "Q"), "zimbra": ("utf-8", "Q"),
           "seznam": ("utf-8", "q"), "exo-cz": ("utf-8", "B"), "outlookcom": ("utf-8", "B"), "wp": ("iso-8859-2", "Q"), "wlm": ("windows-1250", "Q"),
           "ukrnet": ("utf-8", "B"), "iphone": ("utf-8", "Q"), "roundcube": ("UTF-8", "Q"), "phpmailer": ("UTF-8", "B")}


def textpart(client, ctype, text):
    chain, cte, quoted = CS.get(client, (["utf-8"], "qp", False))
    cs = pick(chain, text)
    data = text.encode(codec(cs))
    par = f'charset="{cs}"' if quoted else f"charset={cs}"
    if client in ("tb", "tb-gmail") and ctype == "text/plain": par += "; format=flowed"
    if client == "iphone" and ctype == "text/plain": par = f"charset={cs}"
    if cte == "qp7" and cs.lower() in ("us-ascii",): mode = "7bit"
    elif cte in ("qp", "qp7"): mode = "quoted-printable"
    elif cte == "b64": mode = "base64"
    elif cte == "8bit": mode = "7bit" if text.isascii() else "8bit"
    elif cte == "gm":
        if text.isascii() and max(len(x) for x in text.split("\n")) < 990: mode = None
        elif sum(1 for c in text if ord(c) > 0x400) > len(text) // 4: mode = "base64"
        else: mode = "quoted-printable"
    else: mode = "quoted-printable"
    hdr = [f"Content-Type: {ctype}; {par}"]
    if mode: hdr.append(f"Content-Transfer-Encoding: {mode}")
    if mode == "quoted-printable": body = quopri.encodestring(data)
    elif mode == "base64": body = base64.encodebytes(data)
    else: body = data
    return hdr, body


def att_part(client, name, data, ctype, t):
    if name.isascii(): np_ = f'name="{name}"'; fp = f'filename="{name}"'
    elif client in ("tb", "tb-gmail", "zimbra", "roundcube"):
        q = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "".join(f"%{b:02X}" for b in c.encode()) for c in name)
        np_ = f"name*=UTF-8''{q}"; fp = f"filename*=UTF-8''{q}"
    else:
        cs, mode = HDR_ENC.get(client, ("UTF-8", "B")); e = ew(name, cs, mode).replace("\n ", "")
        np_ = f'name="{e}"'; fp = f'filename="{e}"'
    h = [f"Content-Type: {ctype}; {np_}"]
    if client in ("ex16", "exo-cz", "outlookcom"):
        h += [f"Content-Description: {name if name.isascii() else ew(name, *HDR_ENC[client]).replace(chr(10) + ' ', '')}",
              f'Content-Disposition: attachment; {fp}; size={len(data)};\n\tcreation-date="{t.astimezone(UTC):%a, %d %b %Y %H:%M:%S} GMT";\n\tmodification-date="{t.astimezone(UTC):%a, %d %b %Y %H:%M:%S} GMT"']
    else:
        h.append(f"Content-Disposition: attachment; {fp}")
    h.append("Content-Transfer-Encoding: base64")
    if client in ("gmail", "gmail-android"): h += [f"Content-ID: <f_{lalnum(9)}0>", f"X-Attachment-Id: f_{lalnum(9)}0"]
    return h, base64.encodebytes(data)


def boundaries(client, mid, t):
    m = mid.strip("<>").split("@")[0]
    if client in ("ex16",):
        k = "".join(c for c in m if c.isalnum())[:32]; return f"_000_{k}EX1601silbetlocal_", f"_004_{k}EX1601silbetlocal_"
    if client in ("outlook-pl", "outlook-it", "outlook-en", "wlm"):
        hi, lo = outlook_ids(t); c = R.randint(0, 60)
        return f"----=_NextPart_001_{c:04X}_{hi:08X}.{lo:08X}", f"----=_NextPart_000_{c:04X}_{hi:08X}.{lo:08X}"
    if client == "notes": k = HX(8); return f"=_alternative {k}{EXCH_IDS['hbc']}_=", f"=_mixed {k}{EXCH_IDS['hbc']}_="
    if client in ("gmail", "gmail-android"): return "000000000000" + hx(16), "000000000000" + hx(16)
    if client in ("tb", "tb-gmail"): return "------------" + alnum(24), "------------" + alnum(24)
    if client == "zimbra": return "=_" + ruuid(), "=_" + ruuid()
    if client == "seznam": return "=_" + hx(24) + "=", "=_" + hx(24) + "="
    if client in ("exo-cz", "outlookcom", "ex16ios"): k = HX(16); return f"_000_{m[:13]}{k}_", f"_004_{m[:13]}{k}_"
    if client == "wp": return "----=_WP_" + alnum(20), "----=_WP_" + alnum(20)
    if client == "ukrnet": return "----=_FREEMAIL_" + hx(16), "----=_FREEMAIL_" + hx(16)
    if client == "iphone": return "Apple-Mail-" + ruuid().upper(), "Apple-Mail-" + ruuid().upper()
    if client == "roundcube": return "=_" + hx(32), "=_" + hx(32)
    return "=_" + hx(24), "=_mixed_" + hx(24)


def build_body(client, plain, html, atts, mid, t, alt_only=False):
    """returns (Content-Type header lines, body bytes)"""
    ab, mb = boundaries(client, mid, t)
    th, tb_ = textpart(client, "text/plain", plain)
    if html:
        hh, hb = textpart(client, "text/html", html)
        alt_h = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"']
        alt_b = (b"\n--" + ab.encode() + b"\n" + "\n".join(th).encode() + b"\n\n" + tb_.rstrip(b"\n") + b"\n--" + ab.encode() + b"\n"
                 + "\n".join(hh).encode() + b"\n\n" + hb.rstrip(b"\n") + b"\n--" + ab.encode() + b"--\n")
    else:
        alt_h, alt_b = th, tb_
    if not atts:
        return alt_h, alt_b
    body = b"\n--" + mb.encode() + b"\n" + "\n".join(alt_h).encode() + b"\n\n" + alt_b.rstrip(b"\n") + b"\n"
    for name, data, ctype in atts:
        ah, adata = att_part(client, name, data, ctype, t)
        body += b"\n--" + mb.encode() + b"\n" + "\n".join(ah).encode() + b"\n\n" + adata.rstrip(b"\n") + b"\n"
    body += b"\n--" + mb.encode() + b"--\n"
    return [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"'], body


# ------------------------------------------------------------------ the emitter
XOIP = {kasia.email: "10.10.2.47", marek.email: "10.10.2.12", agnieszka.email: "10.10.2.31", tomasz.email: "10.10.3.18", pawel.email: "10.10.1.5",
        andrzej.email: "10.10.2.10", natalia.email: "10.10.2.52"}
RELAY = {"relay-erp": ("erp01.silbet.local", "10.10.0.31"), "relay-glpi": ("glpi.silbet.local", "10.10.0.35"), "relay-pbx": ("pbx.silbet.local", "10.10.0.40")}
TENANT = {"ktrans-logistika.example": ruuid(), "outlook.com": "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"}
NOTES_CN = {"Jürgen Brandt": "Juergen Brandt", "Sabine Kraus": "Sabine Kraus"}
pending = []
seq = [0]


def fold_refs(refs): return "\n ".join(refs)


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, scen=None, infra=None, env=None, frm=None,
         mid=None, tidx=None, topic=None, folder=None, irt=None, ato=None, no_html=False, from_dom=None, list_dkim=None, date_tz=None,
         sys_headers=None, post=(), xoip=None, raw_top=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is kasia else "INBOX")
    infra = infra or who.infra
    env = env or who.email
    cs, mode = HDR_ENC.get(client, ("UTF-8", "B"))
    fromh = frm or fa(who.name, who.email, cs, mode, quoted=(client == "notes"))
    toh = ",\n ".join(fa(n, e, cs, mode) for n, e in to) if to else "undisclosed-recipients:;"
    cch = ",\n ".join(fa(n, e, cs, mode) for n, e in cc) if cc else None
    sh = ew(subj, cs, mode)
    tp = ew(topic or subj, cs, mode)
    irt = irt or (refs[-1] if refs else None)
    R_ = [("References", fold_refs(refs)), ("In-Reply-To", irt)] if refs else []
    I_ = [("In-Reply-To", irt), ("References", fold_refs(refs))] if refs else []
    tz = date_tz or who.tz
    if client in ("ex16", "ex16ios", "exo-cz", "outlookcom"):
        h = [("From", fromh), ("To", toh)] + ([("CC", cch)] if cch else []) + [("Subject", sh), ("Thread-Topic", tp), ("Thread-Index", tidx), ("Date", rfc(t, UTC)), ("Message-ID", m)] + R_
        if client == "ex16": h += [("Accept-Language", "pl-PL, en-US"), ("Content-Language", "pl-PL")]
        elif client == "ex16ios": h += [("Content-Language", "pl-PL")]
        elif client == "exo-cz": h += [("Accept-Language", "cs-CZ, en-US"), ("Content-Language", "cs-CZ")]
        else: h += [("Accept-Language", "en-US"), ("Content-Language", "en-US")]
        h += [("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "ex16" and (xoip or who.email in XOIP): h.append(("x-originating-ip", f"[{xoip or XOIP[who.email]}]"))
        if client == "exo-cz": h += [("msip_labels", ""), ("x-ms-publictraffictype", "Email")]
        h += list(extra) + [("@CT", None), ("MIME-Version", "1.0")]
        if client in ("exo-cz", "outlookcom") and folder == "INBOX":
            h += [("X-OriginatorOrg", who.dom if client == "exo-cz" else "outlook.com"), ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                  ("X-MS-Exchange-CrossTenant-AuthSource", (EXO_HOST.get(who.dom, who.pc or "DB9P195MB0788") + (".eurprd07.prod.outlook.com" if client == "exo-cz" else ".EURP195.PROD.OUTLOOK.COM"))),
                  ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
                  ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom if client == "exo-cz" else "outlook.com"])]
    elif client in ("outlook-pl", "outlook-it", "outlook-en"):
        h = [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + R_ + [("Subject", sh), ("Date", rfc(t, tz)), ("Message-ID", m), ("MIME-Version", "1.0"), ("@CT", None),
                                                                                   ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tidx),
                                                                                   ("Content-Language", {"outlook-pl": "pl", "outlook-it": "it", "outlook-en": "en-us"}[client])] + list(extra)
    elif client == "notes":
        cn = NOTES_CN.get(who.name, who.name)
        def nt(x): return x.astimezone(BER).strftime("%d.%m.%Y %H:%M:%S")
        h = I_ + [("Subject", sh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("From", fromh), ("Message-ID", m), ("Date", rfc(t, BER)), ("MIME-Version", "1.0"),
              ("X-KeepSent", f"{HX(8)}:{HX(8)}-{EXCH_IDS['hbc']}:{HX(8)};\n type=4; name=$KeepSent"), ("X-Mailer", "HCL Notes Release 12.0.2 FP2 October 10, 2023"),
              ("X-MIMETrack", f"Serialize by Notes Client on {cn}/HBC(Release 12.0.2FP2|October 10, 2023) at\n {nt(sec(t, -2))},\n\tSerialize complete at {nt(sec(t, -2))},\n"
                              f"\tItemize by SMTP Server on DUSMX01/HBC(Release 12.0.2FP2|October 10, 2023) at\n {nt(t)},\n\tSerialize by Router on DUSMX01/HBC(Release 12.0.2FP2|October 10, 2023) at\n {nt(sec(t, 1))}")] + list(extra) + [("@CT", None)]
    elif client in ("gmail", "gmail-android"):
        h = [("MIME-Version", "1.0")] + R_ + [("From", fromh), ("Date", rfc(t, tz)), ("Message-ID", m), ("Subject", sh), ("To", toh)] + ([("Cc", cch)] if cch else []) + list(extra) + [("@CT", None)]
    elif client in ("tb", "tb-gmail"):
        h = [("Message-ID", m), ("Date", rfc(t, tz)), ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"), ("Subject", sh),
             ("Content-Language", "pl" if client == "tb" else "en-US"), ("To", toh)] + ([("Cc", cch)] if cch else []) + ([("References", fold_refs(refs))] if refs else []) + [("From", fromh)] + ([("In-Reply-To", irt)] if refs else []) + list(extra) + [("@CT", None)]
    elif client == "zimbra":
        h = [("Date", rfc(t, WAW, zname=True)), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Message-ID", m)] + I_ + [("Subject", sh), ("MIME-Version", "1.0"), ("@CT", None),
             ("X-Originating-IP", "[10.0.5.77]"), ("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC131 (Win)/8.8.15_GA_4581)"), ("Thread-Topic", tp), ("Thread-Index", tidx)] + list(extra)
    elif client == "seznam":
        h = [("Subject", sh), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Date", rfc(t, PRG, pad=True, zname=True)), ("Message-Id", m)] + I_ + [
             ("Mime-Version", "1.0 (szn-mime-2.1.61+szn-ebox-5.0.183)"), ("@CT", None)] + list(extra)
    elif client == "wp":
        h = [("Date", rfc(t, WAW, pad=True)), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", sh), ("Message-ID", m)] + I_ + [("MIME-Version", "1.0"), ("@CT", None)] + list(extra)
    elif client == "wlm":
        h = [("Message-ID", m), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + R_ + [("Subject", sh), ("Date", rfc(t, WAW)), ("MIME-Version", "1.0"), ("@CT", None),
             ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"), ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
             ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")] + list(extra)
    elif client == "ukrnet":
        h = [("Date", rfc(t, KYIV)), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", sh), ("Message-Id", m)] + I_ + [("X-Mailer", "FREEMAIL"), ("MIME-Version", "1.0"), ("@CT", None)] + list(extra)
    elif client == "iphone":
        h = [("@CT", None), ("From", fromh), ("Mime-Version", "1.0 (1.0)"), ("Subject", sh), ("Date", rfc(t, tz)), ("Message-Id", m)] + ([("References", fold_refs(refs))] if refs else []) + ([("Cc", cch)] if cch else []) + ([("In-Reply-To", irt)] if refs else []) + [("To", toh), ("X-Mailer", "iPhone Mail (22C152)")] + list(extra)
    elif client == "roundcube":
        h = [("MIME-Version", "1.0"), ("Date", rfc(t, tz)), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", sh)] + I_ + [("Message-ID", m), ("X-Sender", who.email), ("User-Agent", "Roundcube Webmail/1.6.9"), ("@CT", None)] + list(extra)
    elif client == "phpmailer":
        h = [("Date", rfc(t, tz)), ("To", toh), ("From", fromh), ("Subject", sh), ("Message-ID", m)] + I_ + [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"), ("MIME-Version", "1.0"), ("@CT", None)] + list(extra)
    else:  # system senders: caller gives the header list around From/To/Subject/Date/Message-ID
        h = [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", sh), ("Date", rfc(t, tz)), ("Message-ID", m)] + I_ + list(sys_headers or []) + [("MIME-Version", "1.0"), ("@CT", None)] + list(extra)
    if html is None and not no_html: html = html_of(client, plain)
    ct_lines, body = build_body(client, plain, html, atts, m, t)
    # transport
    if folder == "Sent":
        top, bottom, arrival = [], [], t
    elif infra == "int":
        top, arrival = internal_hops(t); bottom = exch_bottom(arrival, who.email, internal=True)
    elif infra.startswith("relay-"):
        top, arrival = internal_hops(t, RELAY[infra]); bottom = exch_bottom(arrival, env, internal=False)
    else:
        helo, ip = INFRA[infra]["pool"][0]
        top, bottom, arrival = inbound(who, t, infra, env, client, atts, 2 if html else 1, ato=ato, from_dom=from_dom, list_dkim=list_dkim)
        helo = top[-1][1].split()[1]
        ip = top[-1][1].split("[")[1].split("]")[0]
        hops, sub = sender_hops(who, infra, t, client, env, helo, ip, ato=ato)
        if raw_top: hops = list(raw_top) + hops
        inf = INFRA[infra]
        dk = []
        if inf["d"] and inf["s"] and infra != "lists":
            dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={inf['d']}; s={inf['s']};\n\tt={int(t.timestamp())}; bh={b64(32)};\n"
                                     f"\th=From:To:Subject:Date:Message-ID:In-Reply-To:References:Content-Type:MIME-Version;\n\tb={b64(96)}\n\t {b64(80)}")]
        top = top + hops + dk + sub
    lines = []
    for k, v in top + h + list(post) + bottom:
        if k == "@CT": lines += ct_lines; continue
        if v is None: continue
        lines.append(f"{k}:" if v == "" else f"{k}: {v}")
    head = "\n".join(lines)
    if not head.isascii(): raise SystemExit(f"non-ASCII header in {m}: {[l for l in lines if not l.isascii()][:2]}")
    raw = head.encode() + (b"\n" if ct_lines[0].startswith("Content-Type: multipart") else b"\n\n") + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    seq[0] += 1
    pending.append((arrival.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


# ------------------------------------------------------------------ threads
import re
OUTLOOKISH = ("ex16", "ex16ios", "outlook-pl", "outlook-it", "outlook-en", "exo-cz", "outlookcom", "zimbra")
PREFIX = {"ex16": "RE: ", "ex16ios": "RE: ", "outlook-pl": "RE: ", "outlook-en": "RE: ", "exo-cz": "RE: ", "outlookcom": "RE: ", "outlook-it": "R: ",
          "notes": "Antwort: ", "wlm": "Odp: "}
FWD = {"ex16": "PD: ", "ex16ios": "PD: ", "notes": "WG: ", "outlook-it": "I: ", "outlook-pl": "PD: ", "exo-cz": "FW: "}
_RX = re.compile(r"^((re|aw|antwort|r|odp|sv)\s*:\s*)+", re.I)
def reply_subj(client, subj): return PREFIX.get(client, "Re: ") + _RX.sub("", subj)


def tidx_root(t): return (filetime(t) >> 16).to_bytes(6, "big") + rbytes(16)
def tidx_child(base, t):
    root_ft = int.from_bytes(base[:6], "big") << 16
    delta = max(0, filetime(t) - root_ft) >> 18
    return base + (((delta & 0x7FFFFFFF) << 9 | R.getrandbits(9)) & 0xFFFFFFFFFF).to_bytes(5, "big")


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)
def P(x): return (x.name, x.email)


class Thread:
    def __init__(s, tid, subj, partner, lang="pl"):
        s.tid, s.subj, s.p, s.lang = tid, subj, partner, lang
        s.refs, s.last, s.tidx, s.last_subj, s.np, s.recs = [], None, None, subj, 0, []

    def add(s, who, text, t, label="auto", client=None, to=None, cc=None, sig=True, quote=True, quote_text=None, subj=None, scen=None,
            detached=False, atts=(), refs=None, qtz=None, footer="", quote_rec=None, sigtext=None, **kw):
        client = client or who.client
        plain = text
        if sigtext is not None: plain += sigtext
        elif sig and client == "ex16ios": plain += "\n\nPobierz aplikację Outlook dla systemu iOS<https://aka.ms/o0ukef>"
        elif sig: plain += who.signature(s.lang)
        last = quote_rec or s.last
        if quote and last:
            q = dict(last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q, qtz or who.tz, who.lang)
        plain += footer
        r = list(s.refs) if refs is None else refs
        if quote_rec and refs is None and quote_rec.get("mid") in s.refs:
            r = s.refs[:s.refs.index(quote_rec["mid"]) + 1]
        if subj is None: subj = s.subj if not r else reply_subj(client, quote_rec["subj"] if (quote_rec and quote_rec.get("mid") in s.refs) else s.last_subj)
        if to is None: to = [P(s.p)] if who is kasia else [P(kasia)]
        new_tidx = None
        if client in OUTLOOKISH:
            new_tidx = tidx_child(s.tidx, t) if (s.tidx is not None and s.refs) else tidx_root(t)
        if label == "auto":
            label = G if (s.refs and who is not kasia) else None
        if label == G and scen is None:
            s.np += 1; scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        m = emit(who, client, t, to, cc, subj, r, plain, atts=atts, label=label, scen=scen, topic=_RX.sub("", s.subj),
                 tidx=base64.b64encode(new_tidx).decode() if new_tidx else None, **kw)
        rec = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [], mid=m)
        if detached: s.recs.append(rec); return m
        s.refs.append(m); s.last = rec; s.recs.append(rec)
        s.last_subj = subj
        s.tidx = new_tidx
        return m

    def ghost(s, who, text, t, to, cc=None, client=None, subj=None):
        """a message of the conversation that never reached this mailbox (its id is still referenced by later replies)"""
        client = client or who.client
        m = make_mid(who, client, t)
        plain = text + who.signature(s.lang) + (quote_of(client, s.last, who.tz, who.lang) if s.last else "")
        subj = subj or (s.subj if not s.refs else reply_subj(client, s.last_subj))
        s.refs.append(m); s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [], mid=m)
        s.recs.append(s.last); s.last_subj = subj
        s.tidx = tidx_root(t) if client in OUTLOOKISH else None
        return m


# ------------------------------------------------------------------ system senders, newsletters, mailing list
for _k, _d in (("esp-spb", "spb-beton.example"), ("esp-budma", "budma-targi.example"), ("esp-mf", "podatki-gov.example"), ("esp-hbc", "hagemann-betonchemie.example")):
    INFRA[_k] = dict(INFRA["esp"], d=_d, s="sp1"); SPF_DOM[_k] = "sendingpl.example"
spb = Pt("Stowarzyszenie Producentów Betonów", "biuletyn@spb-beton.example", "sys", "esp-spb")
budma = Pt("BUDMA - Międzynarodowe Targi Poznańskie", "newsletter@budma-targi.example", "sys", "esp-budma")
mf = Pt("Ministerstwo Finansów - KSeF", "newsletter@podatki-gov.example", "sys", "esp-mf")
hbcnews = Pt("Hagemann Betonchemie", "newsletter@hagemann-betonchemie.example", "sys", "esp-hbc", tz=BER)
linked = Pt("LinkedIn", "messages-noreply@linkedin.com", "sys", "linkedin", tz=UTC)
dpd = Pt("DPD Polska", "powiadomienia@dpd-polska.example", "sys", "dpd")
docus = Pt("Giulia Rossi via DocuSign", "dse@eumail.docusign.net", "sys", "docusign", tz=UTC)
exch = Pt("Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{OWN}", "sys", "int")
allstaff = ("Wszyscy pracownicy SILBET", f"wszyscy@{OWN}")


def bounce(who, tag): return f"bounce-{tag}-{hx(10)}@sendingpl.example"


def newsletter(who, t, subj, intro, items, footer_txt, unsub_base):
    uid = hx(16)
    unsub = f"{unsub_base}?u={uid}"
    plain = intro + "\n\n" + "\n\n".join(f"{a}\n{b}\nWięcej: {u}" for a, b, u in items) + "\n\n--\n" + footer_txt + f"\nWypisz się: {unsub}"
    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>'
            + H.escape(subj) + '</title></head><body style="margin:0;background:#eeeeee"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table role="presentation" width="620" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222">'
            f'<tr><td style="padding:24px"><p>{esc(intro)}</p>'
            + "".join(f'<h3 style="color:#1f4e79">{H.escape(a)}</h3><p>{esc(b)}</p><p><a href="{u}?utm_source=newsletter&amp;utm_medium=email" style="color:#1f4e79">Czytaj więcej</a></p>'
                      for a, b, u in items)
            + f'</td></tr><tr><td style="padding:16px 24px;font-size:11px;color:#777">{esc(footer_txt)}<br><a href="{unsub}">Wypisz się</a></td></tr></table></td></tr></table>'
            f'<img src="https://trk.sendingpl.example/o/{uid}.gif" width="1" height="1" alt=""></body></html>')
    sh = [("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-{uid}@sendingpl.example>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk"), ("X-Campaign-ID", f"{who.dom.split('.')[0]}-{t:%Y%m}-{R.randint(10, 99)}"), ("Feedback-ID", f"{R.randint(100, 999)}:{who.dom}:newsletter:sendingpl")]
    return emit(who, "sys", t, [P(kasia)], None, subj, [], plain, html=html, sys_headers=sh, env=bounce(who, "nl"), mid=f"<{hx(20)}.{int(t.timestamp())}@sendingpl.example>")


def erp_note(t, subj, body, label=None, scen=None, link=None):
    plain = body + (f"\n\nOtwórz dokument: {link}" if link else "") + "\n\n--\nWiadomość wygenerowana automatycznie przez System ERP SILBET. Prosimy na nią nie odpowiadać."
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Tahoma,Arial;font-size:12px">'
            f"<p>{esc(body)}</p>" + (f'<p><a href="{link}">Otwórz dokument</a></p>' if link else "")
            + '<p style="color:#888">Wiadomość wygenerowana automatycznie przez System ERP SILBET. Prosimy na nią nie odpowiadać.</p></body></html>')
    return emit(erp, "sys", t, [P(kasia)], None, subj, [], plain, html=html, label=label, scen=scen,
                sys_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-Mailer", "ERP Mail Service 2024.1")],
                mid=f"<{int(t.timestamp())}.{hx(12)}@erp01.silbet.local>")


GLPI_UUID = hx(8) + "-" + hx(8) + "-" + hx(8)
def glpi_note(t, tk, event, subj, body, label=None, scen=None):
    tid = f"<GLPI_{GLPI_UUID}-Ticket-{tk}@glpi.silbet.local>"
    m = f"<GLPI_{GLPI_UUID}-Ticket-{tk}/{event}.{int(t.timestamp())}.{R.randint(100000000, 2000000000)}@glpi.silbet.local>"
    link = f"https://pomoc.silbet.example/front/ticket.form.php?id={tk}"
    plain = body + f"\n\nAdres URL: {link}\n\n--\nHelpdesk IT SILBET (GLPI) - wiadomość automatyczna. Aby dodać odpowiedź, odpowiedz na tę wiadomość, nie zmieniając tematu."
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:13px"><div style="background:#2f3f64;color:#fff;padding:8px">Helpdesk IT SILBET</div>'
            f"<p>{esc(body)}</p><p>Adres URL: <a href=\"{link}\">{link}</a></p></body></html>")
    return emit(glpi, "sys", t, [P(kasia)], None, subj, [tid], plain, html=html, label=label, scen=scen, mid=m,
                sys_headers=[("Reply-To", f"Helpdesk IT SILBET <pomoc@{OWN}>"), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply"),
                             ("X-Mailer", "GLPI Mailer"), ("X-GLPI-Sender-Type", "Helpdesk"), ("X-GLPI-Ticket-ID", str(tk))])


def pbx_voicemail(t, caller, name, dur, label=None, scen=None):
    fn = f"vmail_{caller.replace('+', '').replace(' ', '')}_{t.astimezone(WAW):%Y%m%dT%H%M}.wav"
    body = (f"Otrzymano nową wiadomość głosową.\n\nOd: {caller}" + (f" ({name})" if name else "") + f"\nDo: 218 (Katarzyna Nowak)\nData: {t.astimezone(WAW):%d.%m.%Y %H:%M}\n"
            f"Długość: {dur}\n\nNagranie znajduje się w załączniku. Wiadomość możesz też odsłuchać w aplikacji 3CX: https://pbx.silbet.example:5001/#/office/voicemail\n\n3CX Phone System")
    return emit(pbx, "sys", t, [P(kasia)], None, f"Nowa wiadomość głosowa od {caller}" + (f" ({name})" if name else ""), [], body, no_html=True,
                atts=[(fn, wav(R.randint(3, 6)), "audio/wav")], label=label, scen=scen, mid=f"<{ruuid()}@pbx.silbet.local>",
                sys_headers=[("X-Mailer", "3CX Phone System"), ("Auto-Submitted", "auto-generated")])


def linkedin(t, subj, text, items):
    plain = text + "\n\n" + "\n".join(f"{a}: {u}" for a, u in items) + "\n\n----------------------------------------\nTa wiadomość jest przeznaczona dla: Katarzyna Nowak (Kierownik Działu Zakupów w SILBET)\nWypisz się: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=" + alnum(24)
    html = ('<html><head><meta charset="utf-8"></head><body><table width="512" align="center" style="font-family:-apple-system,system-ui,Arial,sans-serif"><tr><td>'
            '<img src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzv0rla4e" alt="LinkedIn" width="84"></td></tr>'
            f"<tr><td><p>{esc(text)}</p>" + "".join(f'<p><a href="{u}">{H.escape(a)}</a></p>' for a, u in items)
            + '</td></tr><tr><td style="font-size:12px;color:#666">Ta wiadomość jest przeznaczona dla: Katarzyna Nowak</td></tr></table></body></html>')
    return emit(linked, "sys", t, [P(kasia)], None, subj, [], plain, html=html, env=f"s-{lalnum(20)}@bounce.linkedin.com",
                mid=f"<{R.randint(10 ** 9, 10 ** 10)}.{R.randint(10 ** 5, 10 ** 6)}.{int(t.timestamp() * 1000)}@ltx1-app{R.randint(1000, 9999)}.prod.linkedin.com>",
                sys_headers=[("List-Unsubscribe", f"<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={alnum(24)}>"), ("X-LinkedIn-Class", "EMAIL-DIGEST"),
                             ("X-LinkedIn-Template", "email_notifications_digest_01"), ("Feedback-ID", "notifications_digest:linkedin")])


def dpd_note(t, parcel, sender, label=None, scen=None):
    link = f"https://tracktrace.dpd-polska.example/parcelDetails?p1={parcel}"
    body = (f"Dzień dobry,\n\nTwoja paczka {parcel} od nadawcy {sender} jest dziś w doręczeniu. Kurier będzie u Ciebie w godzinach 10:00-13:00.\n\n"
            f"Śledź przesyłkę: {link}\n\nZespół DPD Polska\nTa wiadomość została wygenerowana automatycznie.")
    html = ('<html><body style="font-family:Arial;font-size:14px"><div style="background:#dc0032;padding:10px;color:#fff;font-weight:bold">DPD</div>'
            f"<p>{esc(body)}</p><p><a href=\"{link}\" style=\"background:#dc0032;color:#fff;padding:8px 14px;text-decoration:none\">Śledź przesyłkę</a></p></body></html>")
    return emit(dpd, "sys", t, [P(kasia)], None, f"Twoja paczka {parcel} jest dziś w doręczeniu", [], body, html=html, label=label, scen=scen,
                env="noreply-bounce@dpd-polska.example", sys_headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "DPD Notification Service")])


# mailing list "zakupy-bud" (Mailman 3): members post from their own systems; the list re-signs, adds the footer and list headers
LIST = "zakupy-bud@lists.forum-zakupowcow.example"
LFOOT = ("\n_______________________________________________\nzakupy-bud mailing list -- zakupy-bud@lists.forum-zakupowcow.example\n"
         "To unsubscribe send an email to zakupy-bud-leave@lists.forum-zakupowcow.example")
piotr = Pt("Piotr Grabowski", "p.grabowski@betomax-opole.example", "outlook-pl", "lists", "\n\nPiotr Grabowski\nZakupy | BETOMAX Opole Sp. z o.o.\ntel. 77 555 61 04")
joanna = Pt("Joanna Wróbel", "joanna.wrobel@kostka-bruk.example", "tb", "lists", "\n\n-- \nJoanna Wróbel\nKierownik Zaopatrzenia, KOSTKA-BRUK Sp. j.")
adam = Pt("Adam Krawczyk", "adam.krawczyk.zakupy@gmail.com", "gmail", "lists", "\n\nAdam Krawczyk\nzakupy, Prefabet Leszno")
michal = Pt("Michał Sadowski", "m.sadowski@forum-zakupowcow.example", "roundcube", "lists", "\n\n--\nMichał Sadowski\nmoderator listy zakupy-bud | Forum Zakupowców Budowlanych")
LIST_SRC = {piotr.email: ("s132.cyber-folks.example", "185.201.112.33", "betomax-opole.example", "x"), joanna.email: ("mail.kostka-bruk.example", "91.206.17.48", "kostka-bruk.example", "dkim"),
            adam.email: ("mail-ej1-f54.google.com", "209.85.218.54", "gmail.com", "20230601"), michal.email: ("mail.forum-zakupowcow.example", "94.152.9.40", "forum-zakupowcow.example", "default")}


def list_kw(who, t):
    src_host, src_ip, d, s_ = LIST_SRC[who.email]
    hsh = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
    top = [("Received", f"from lists.forum-zakupowcow.example (localhost [127.0.0.1])\n\tby lists.forum-zakupowcow.example (Postfix) with ESMTP id {HX(10)};\n\t{pf(sec(t, 3))}"),
           ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=lists.forum-zakupowcow.example; s=mm2023;\n\tt={int(t.timestamp()) + 3}; bh={b64(32)};\n\th=From:Subject:Date:To:List-Id:List-Post:List-Unsubscribe;\n\tb={b64(120)}"),
           ("Received", f"from {src_host} ({src_host} [{src_ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n"
                        f"\tby lists.forum-zakupowcow.example (Postfix) with ESMTPS id {HX(10)}\n\tfor <{LIST}>; {pf(sec(t, 2))}"),
           ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s_};\n\tt={int(t.timestamp())}; bh={b64(32)};\n\th=From:To:Subject:Date:Message-ID;\n\tb={b64(100)}")]
    post = [("X-MailFrom", who.email), ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; loop; banned-address; emergency; member-moderation;\n nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation;\n no-subject; digests; suspicious-header"),
            ("Message-ID-Hash", hsh), ("X-Message-ID-Hash", hsh), ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"),
            ("List-Id", "Forum Zakupowcow Budowlanych <zakupy-bud.lists.forum-zakupowcow.example>"),
            ("Archived-At", f"<https://lists.forum-zakupowcow.example/archives/list/{LIST}/message/{hsh}/>"),
            ("List-Archive", f"<https://lists.forum-zakupowcow.example/archives/list/{LIST}/>"), ("List-Help", "<mailto:zakupy-bud-request@lists.forum-zakupowcow.example?subject=help>"),
            ("List-Owner", "<mailto:zakupy-bud-owner@lists.forum-zakupowcow.example>"), ("List-Post", f"<mailto:{LIST}>"),
            ("List-Subscribe", "<mailto:zakupy-bud-join@lists.forum-zakupowcow.example>"), ("List-Unsubscribe", "<mailto:zakupy-bud-leave@lists.forum-zakupowcow.example>")]
    return dict(raw_top=top, post=post, env=f"zakupy-bud-bounces+k.nowak=silbet.example@lists.forum-zakupowcow.example", from_dom=who.dom,
                list_dkim=(f"dkim=pass header.d=lists.forum-zakupowcow.example header.s=mm2023 header.b={alnum(8)};\n\t"
                           f"dkim=fail (body hash did not verify) header.d={d} header.s={s_} header.b={alnum(8)}"),
                footer=LFOOT, no_html=True, to=[("", LIST)])


def lpost(th, who, text, t, **kw):
    if who is kasia: return th.add(kasia, text, t, to=[("", LIST)], no_html=False, **kw)
    return th.add(who, text, t, **list_kw(who, t), **kw)


def rec_of(th, m): return next(r for r in th.recs if r["mid"] == m)
def zz_pdf(no, supplier, lines, when, total=None):
    return pdf([f"SILBET Sp. z o.o. - ZAMOWIENIE ZAKUPU {no}", f"Dostawca: {supplier}", "Data: " + when[:4] + "-" + when[4:6] + "-" + when[6:8], ""] + lines
               + ([f"Wartosc netto: {total}"] if total else []) + ["", "Warunki wg umowy ramowej. Prosimy o potwierdzenie zamowienia."],
               producer="ERP PDF Export 2024.1", when=when, title=f"Zamowienie {no}")


# ================================================================ T11 Strzegom-Granit: monthly aggregate orders (running thread)
robert_m = Pt("Robert Mazur", "r.mazur@strzegom-granit.example", "iphone", "homepl", "", ip="37.248.165.12", pc="smtpclient.apple")
t11 = Thread("T11", "Zamówienia kruszyw 2024/2025 - SILBET Kobierzyce", robert)
t11.add(kasia, "Dzień dobry Panie Robercie,\n\nzgodnie z umową ramową na 2024 r. przesyłam zamówienie na wrzesień:\n- grys granitowy 2-8 mm: 650 t\n"
        "- piasek płukany 0-2 mm: 900 t\n- kliniec 4-31,5 mm: 120 t (na utwardzenie placu za halą nr 2)\n\nDostawy pon.-pt. w godz. 6:00-14:00, maks. 6 aut dziennie. "
        "Zamówienie ZZ/2024/0387 w załączniku.", at(2024, 9, 5, 8, 52),
        atts=[("ZZ_2024_0387.pdf", zz_pdf("ZZ/2024/0387", "Kopalnia Strzegom-Granit Sp. z o.o.", ["grys granitowy 2-8 mm - 650 t", "piasek plukany 0-2 mm - 900 t",
                                                                                                 "kliniec 4-31,5 mm - 120 t"], "20240905084500"), "application/pdf")])
t11.add(robert, "Dzień dobry Pani Katarzyno,\n\npotwierdzam przyjęcie zamówienia ZZ/2024/0387. Kliniec możemy podstawić już w piątek. Od 16.09 mamy 3-dniowy postój "
        "kruszarki wtórnej (przegląd), ale grys mamy na zwale, więc dostawy będą bez przerw.", at(2024, 9, 5, 11, 20))
t11.add(kasia, "Panie Robercie,\n\nzamówienie na październik (ZZ/2024/0418):\n- grys granitowy 2-8 mm: 700 t\n- piasek płukany 0-2 mm: 950 t\n\n"
        "Proszę też o informację, czy cennik na 2025 r. będzie bez zmian - zamykamy budżet do końca października.", at(2024, 10, 3, 9, 5))
t11.add(robert, "Pani Katarzyno,\n\nzamówienie październikowe przyjęte. Co do 2025 r. - niestety zarząd planuje podwyżkę ok. 4-5% (energia i opłaty eksploatacyjne). "
        "Oficjalny cennik prześlę w listopadzie.", at(2024, 10, 3, 13, 41))
t11.add(kasia, "Dzień dobry,\n\nzamówienie na listopad (ZZ/2024/0455): grys 2-8 mm - 600 t, piasek 0-2 mm - 800 t. Nadal czekamy na cennik 2025.", at(2024, 11, 4, 8, 31))
t11.add(robert, "Dzień dobry Pani Katarzyno,\n\npotwierdzam listopad. W załączniku cennik na 2025 r. dla SILBET: grys 2-8 mm 58,50 zł/t, piasek płukany 0-2 mm 36,20 zł/t, "
        "kliniec 4-31,5 mm 44,00 zł/t (netto, loco kopalnia; transport wg stawek umownych). Ceny ważne od 1.01.2025 do 31.12.2025.", at(2024, 11, 5, 10, 2),
        atts=[("Cennik_2025_SILBET.pdf", pdf(["KOPALNIA STRZEGOM-GRANIT Sp. z o.o.", "CENNIK 2025 - SILBET Sp. z o.o.", "grys granitowy 2-8 mm: 58,50 zl/t netto",
                                              "piasek plukany 0-2 mm: 36,20 zl/t netto", "kliniec 4-31,5 mm: 44,00 zl/t netto", "Ceny loco kopalnia, wazne 01.01-31.12.2025"],
                                             when="20241105094000"), "application/pdf")])
t11.add(kasia, "Panie Robercie,\n\ngrudzień mniejszy (ZZ/2024/0490): grys 2-8 mm - 350 t, piasek 0-2 mm - 500 t. Produkcja do 20.12, potem przerwa do 7.01.", at(2024, 12, 2, 9, 14))
t11.add(robert, "Pani Katarzyno,\n\npotwierdzam. Informuję, że kopalnia będzie nieczynna 23.12-2.01, biuro sprzedaży pracuje 30-31.12 w godz. 8-12.", at(2024, 12, 2, 12, 7))
t11.add(kasia, "Dzień dobry Panie Robercie,\n\nzamówienie na styczeń (ZZ/2025/0006): grys 2-8 mm - 550 t, piasek 0-2 mm - 750 t, dostawy od 7.01.\n\n"
        "Od 13 stycznia dołącza do naszego działu Natalia Dąbrowska, która przejmie bieżące zamówienia kruszyw. Proszę dodawać ją do korespondencji - "
        "sprawy umowy i cen nadal prowadzę ja.", at(2025, 1, 7, 8, 40), cc=[P(natalia)])
t11.add(robert, "Dzień dobry,\n\npotwierdzam styczeń. Witamy Panią Natalię - w razie pytań proszę śmiało dzwonić.", at(2025, 1, 7, 10, 55), to=[P(kasia)], cc=[P(natalia)])
m_nat1 = t11.add(natalia, "Dzień dobry Panie Robercie,\n\nprzesyłam zamówienie na luty (ZZ/2025/0052):\n- grys granitowy 2-8 mm: 600 t\n- piasek płukany 0-2 mm: 850 t\n\n"
                 "Dostawy w standardowych godzinach. Proszę o potwierdzenie.", at(2025, 2, 4, 9, 12), to=[P(robert)], cc=[P(kasia)])
t11.add(robert, "Dzień dobry Pani Natalio,\n\npotwierdzam zamówienie ZZ/2025/0052. Pierwsze auta w czwartek 6.02.", at(2025, 2, 4, 11, 38), to=[P(natalia)], cc=[P(kasia)])
# A1: server-hijack through Strzegom-Granit's real home.pl account and Outlook (identical headers): encrypted zip with a script, password in the text
t11.add(robert, "Dzień dobry,\n\nw załączeniu przesyłam korektę faktury do zamówienia z lutego. Plik jest zabezpieczony hasłem ze względu na dane finansowe.\n\n"
        "Hasło do pliku: SG2025\n\nProszę o potwierdzenie otrzymania.", at(2025, 2, 11, 6, 58), label=HJ("server-hijack"), sig=False, detached=True,
        to=[P(natalia)], cc=[P(kasia)], quote_rec=rec_of(t11, m_nat1),
        atts=[("Korekta_FV_02_2025.zip", zip_encrypted([("Korekta_KFV_2025_0211.js", 6200), ("Korekta_KFV_2025_0211.pdf", 40)]), "application/x-zip-compressed")],
        scen=("A1", "aggregates supplier's real home.pl mailbox and Outlook (same headers) replies at 06:58 to a February order with a 'correction invoice' "
                    "in a password-protected zip (script inside), password in the text, no signature"))
t11.add(natalia, "Dzień dobry,\n\nzamówienie na marzec (ZZ/2025/0097): grys 2-8 mm - 700 t, piasek 0-2 mm - 950 t, kliniec 4-31,5 mm - 80 t.", at(2025, 3, 4, 8, 47),
        to=[P(robert)], cc=[P(kasia)])
t11.add(robert, "Dzień dobry, potwierdzam marzec. Kliniec dowieziemy razem z pierwszym kursem piasku.", at(2025, 3, 4, 12, 16), to=[P(natalia)], cc=[P(kasia)])
# O2: Natalia's April order went to Robert only; he answers and adds Kasia because of a price change (parent not in this mailbox)
t11.ghost(natalia, "Dzień dobry Panie Robercie,\n\nzamówienie na kwiecień (ZZ/2025/0141): grys 2-8 mm - 750 t, piasek 0-2 mm - 1000 t. Sezon rusza, prosimy o 8 aut dziennie "
          "od 7.04.", at(2025, 4, 1, 14, 5), to=[P(robert)])
t11.add(robert, "Pani Natalio,\n\npotwierdzam kwiecień, 8 aut dziennie od 7.04 nie będzie problemem.\n\nPani Katarzyno - dodaję Panią, ponieważ od 1 maja zmienia się cena "
        "piasku płukanego 0-2 mm (nowa koncesja na złoże i opłata eksploatacyjna): 38,90 zł/t zamiast 36,20 zł/t. Potrzebny będzie aneks do umowy, "
        "proszę o kontakt.", at(2025, 4, 2, 9, 26), label=GO, to=[P(natalia)], cc=[P(kasia)],
        scen=("O2", "supplier answers a colleague's order that only went to him and adds Kasia in Cc (parent not in the mailbox)"))
t11.add(kasia, "Panie Robercie,\n\ndziękuję za informację. Proszę o projekt aneksu - przy tej skali podwyżki oczekujemy utrzymania ceny do końca czerwca, "
        "a nowa stawka od 1 lipca.", at(2025, 4, 2, 11, 3), to=[P(robert)], cc=[P(natalia)])
t11.add(robert, "Pani Katarzyno,\n\nzarząd zgodził się: nowa cena piasku od 1 lipca 2025 r. Projekt aneksu nr 3 w załączniku, po akceptacji proszę o podpis i skan.",
        at(2025, 4, 3, 13, 50), to=[P(kasia)], cc=[P(natalia)],
        atts=[("Aneks_3_umowa_SILBET_2025.pdf", pdf(["ANEKS NR 3 do umowy dostaw kruszyw nr 14/2023", "zawarty pomiedzy Kopalnia Strzegom-Granit Sp. z o.o. a SILBET Sp. z o.o.",
                                                      "par. 1: cena piasku plukanego 0-2 mm od 01.07.2025: 38,90 zl/t netto", "par. 2: pozostale postanowienia bez zmian"],
                                                     when="20250403133000"), "application/pdf")])
m_k_aneks = t11.add(kasia, "Panie Robercie,\n\npodpisany aneks nr 3 w załączniku, oryginały wysyłamy pocztą.", at(2025, 4, 7, 10, 22), to=[P(robert)], cc=[P(natalia)],
                    atts=[("Aneks_3_podpisany.pdf", pdf(["ANEKS NR 3 - podpisany", "SILBET Sp. z o.o. / Kopalnia Strzegom-Granit Sp. z o.o."], producer="RICOH MP C3004ex",
                                                        when="20250407101500"), "application/pdf")])
t11.add(natalia, "Dzień dobry,\n\nzamówienie na maj (ZZ/2025/0189): grys 2-8 mm - 800 t, piasek 0-2 mm - 1050 t.", at(2025, 5, 6, 8, 30), to=[P(robert)], cc=[P(kasia)])
t11.add(robert, "Dzień dobry, potwierdzam maj.", at(2025, 5, 6, 9, 58), to=[P(natalia)], cc=[P(kasia)])
# A14: look-alike domain (rn instead of m), Polish payment-diversion letter with a new account, an altered quote and a phone number to call
strz_look = Pt("Robert Mazur", "r.mazur@strzegorn-granit.example", "outlook-pl", "look-strz", robert.sig.replace("kom. 604 555 813", "kom. 732 555 190"))
k_aneks = rec_of(t11, m_k_aneks)
t11.add(strz_look, "Pani Katarzyno,\n\nw nawiązaniu do aneksu nr 3 uprzejmie informuję, że od 1 czerwca 2025 r. zmienia się numer naszego rachunku bankowego "
        "(zmiana banku obsługującego po włączeniu kopalni do grupy kapitałowej). Pismo z nowym numerem rachunku, podpisane przez Zarząd, przesyłam w załączniku.\n\n"
        "Nowy rachunek został zgłoszony do urzędu skarbowego i pojawi się w wykazie podatników VAT (biała lista) w ciągu kilku dni roboczych - do tego czasu "
        "prosimy nie wstrzymywać płatności. Dotyczy to już faktury FV/2025/05/0412 z terminem 27.05.2025.\n\n"
        "W razie pytań proszę dzwonić bezpośrednio na mój numer komórkowy 732 555 190 - numer biura jest w tym tygodniu przenoszony do nowej centrali.",
        at(2025, 5, 20, 10, 41), label=HJ("lookalike-domain"), detached=True, to=[P(kasia)], cc=[P(natalia)], quote_rec=k_aneks,
        quote_text="Panie Robercie,\n\npodpisany aneks nr 3 w załączniku, oryginały wysyłamy pocztą. Proszę też o przesłanie aktualnych danych do przelewu, "
                   "bo nasza księgowość aktualizuje kartoteki dostawców." + SIG_K_PL,
        infra="look-strz", ato=dict(ip="146.59.18.77"),
        atts=[("Pismo_zmiana_rachunku_Strzegom-Granit.pdf", pdf(["KOPALNIA STRZEGOM-GRANIT Sp. z o.o.", "Strzegom, 19.05.2025", "Szanowni Panstwo,",
                                                                  "informujemy, ze od 01.06.2025 r. wszelkie platnosci na rzecz Kopalni Strzegom-Granit Sp. z o.o.",
                                                                  "prosimy kierowac na rachunek:", "PL 27 1140 2004 0000 3202 7755 1291", "Dotychczasowy rachunek zostanie zamkniety.",
                                                                  "Zarzad Spolki"], producer="Microsoft: Print To PDF", when="20250519174400"), "application/pdf")],
        scen=("A14", "look-alike domain strzegorn-granit (rn for m): bank-account change letter (PDF), 'not yet on the white list', a new mobile number, "
                     "quote of Kasia's real mail altered to ask for bank details"))
t11.add(natalia, "Dzień dobry Panie Robercie,\n\nzamówienie na czerwiec (ZZ/2025/0236): grys 2-8 mm - 750 t, piasek 0-2 mm - 1000 t.", at(2025, 6, 3, 8, 55),
        to=[P(robert)], cc=[P(kasia)])
t11.add(robert, "Dzień dobry, potwierdzam czerwiec. Przypominam, że od 1.07 obowiązuje nowa cena piasku wg aneksu nr 3.", at(2025, 6, 3, 10, 14), to=[P(natalia)], cc=[P(kasia)])

# ================================================================ T12 Strzegom-Granit: quality complaint (iPhone reply at night, genuine correction invoice)
t12 = Thread("T12", "Reklamacja - grys 2-8 mm, dostawy z 14.01.2025", robert)
t12.add(kasia, "Panie Robercie,\n\nzgłaszam reklamację jakościową dostaw grysu 2-8 mm z 14.01.2025 (WZ 0112/25, 0113/25, 0115/25). Nasze laboratorium oznaczyło "
        "zawartość pyłów 4,8% przy wymaganiu umownym maks. 1,5% (PN-EN 12620, kategoria f1,5). Na linii nr 1 mamy przez to wykwity i słabą nasiąkliwość kostki. "
        "Raport z badań w załączniku.\n\nProszę o pilne stanowisko - do czasu wyjaśnienia wstrzymujemy rozładunek grysu z tej partii.", at(2025, 1, 16, 9, 40), cc=[P(tomasz)],
        atts=[("Raport_LAB_2025-014_grys_2-8.pdf", pdf(["SILBET - Laboratorium zakladowe", "Raport z badan nr LAB/2025/014", "Kruszywo: grys granitowy 2-8 mm, WZ 0112/25",
                                                         "Zawartosc pylow (PN-EN 933-1): 4,8 %", "Wymaganie: f1,5 (max 1,5 %)", "Wynik: NIEZGODNY"], when="20250116090000"), "application/pdf")])
t12.add(robert, "Pani Katarzyno,\n\nprzepraszam za kłopot. Jutro rano przyjedzie do Państwa nasz laborant i pobierze próbki z pryzmy. Prawdopodobnie to skutek "
        "awarii płuczki 13.01 - sprawdzamy.", at(2025, 1, 16, 14, 5), cc=[P(tomasz)])
t12.add(kasia, "Dobrze, laborant będzie mile widziany - proszę o kontakt z p. Tomaszem Zielińskim (603 555 918), on go przeprowadzi po zakładzie.", at(2025, 1, 16, 15, 20),
        cc=[P(tomasz)])
t12.add(robert_m, "Pani Katarzyno, wyniki naszego laboratorium potwierdzają 4,1% pyłów. Jutro prześlę propozycję rozliczenia, piszę z telefonu bo jeszcze jestem w drodze "
        "z Wałbrzycha.", at(2025, 1, 17, 22, 48), label=GH, sigtext="\n\nWysłane z iPhone'a", cc=[P(tomasz)],
        scen=("G5", "supplier's sales manager replies from his iPhone at 22:48 (iPhone Mail through the same home.pl server, mobile IP)"))
t12.add(robert, "Pani Katarzyno,\n\nproponujemy następujące rozliczenie: pozostałe ok. 180 t grysu z partii 14.01 odbierzemy na nasz koszt i wymienimy, a na wszystkie "
        "styczniowe dostawy grysu 2-8 mm (02-14.01) udzielimy rabatu 15%. Korektę faktury wystawi dział fakturowania.", at(2025, 1, 20, 8, 15), cc=[P(tomasz)])
t12.add(kasia, "Panie Robercie,\n\nakceptujemy. Proszę o korektę do końca stycznia i odbiór grysu w tym tygodniu.", at(2025, 1, 20, 9, 2), cc=[P(tomasz)])
t12.add(dorota, "Dzień dobry,\n\nw załączeniu faktura korygująca KFV/2025/0007 do faktury FV/2025/01/0089 (rabat 15% na grys 2-8 mm, dostawy 02-14.01.2025), "
        "wartość korekty: -5 834,70 zł brutto. Oryginał wysyłamy pocztą.\n\nProsimy o potwierdzenie otrzymania korekty odpowiedzią na tę wiadomość.",
        at(2025, 1, 22, 12, 31), label=GH, cc=[P(robert)],
        atts=[("KFV_2025_0007.pdf", pdf(["KOPALNIA STRZEGOM-GRANIT Sp. z o.o.", "FAKTURA KORYGUJACA KFV/2025/0007", "do faktury FV/2025/01/0089 z dnia 15.01.2025",
                                         "Nabywca: SILBET Sp. z o.o., NIP 8961554217", "Przyczyna: rabat 15% - reklamacja jakosciowa", "Wartosc korekty brutto: -5 834,70 zl"],
                                        when="20250122122000"), "application/pdf")],
        scen=("G21", "supplier's invoicing department sends the agreed correction invoice (PDF) in the complaint thread"))
t12.add(kasia, "Dzień dobry,\n\npotwierdzam otrzymanie korekty KFV/2025/0007.", at(2025, 1, 22, 13, 5), to=[P(dorota)], cc=[P(robert)])


def ab_pdf(no, lines, when):
    return pdf(["Hagemann Betonchemie GmbH - AUFTRAGSBESTAETIGUNG / ORDER CONFIRMATION " + no, "Kunde: SILBET Sp. z o.o., Kobierzyce (PL)"] + lines
               + ["Lieferbedingung: DAP Kobierzyce (Incoterms 2020)", "Zahlungsbedingung: 60 Tage netto"], producer="SAP NetWeaver 7.50", when=when, zone="+01'00'")


# ================================================================ T1 Hagemann: prices 2025 and framework agreement (English, HCL Notes)
t1 = Thread("T1", "HAGEFLOW PCE 540 - prices and framework agreement 2025", juergen, lang="en")
t1.add(juergen, "Dear Katarzyna,\n\nI hope you are well. As every year in October I would like to start our discussion about 2025.\n\nUnfortunately the prices of our main "
       "raw materials (PEG-based macromonomers, acrylic acid) and energy in Germany remain on a high level, and our management decided to adjust the list price "
       "of HAGEFLOW PCE 540 from EUR 1,38/kg to EUR 1,52/kg as of 1 January 2025.\n\nFor our planning, could you please send me your expected volumes for 2025, "
       "ideally split by quarter?\n\nThank you in advance.", at(2024, 10, 7, 14, 22, BER), to=[P(kasia)])
t1.add(kasia, "Dear Jürgen,\n\nthank you for the early information. Our 2024 volume will end at about 310 t; for 2025 we plan 340-360 t because the new paving line "
       "starts in Q2 (Q1 60 t, Q2 100 t, Q3 110 t, Q4 70 t).\n\nTo be honest, an increase of more than 10% is very difficult for us. We have an offer from a Polish "
       "distributor of a comparable PCE at about EUR 1,41/kg and our management will compare. Could you please reconsider your price given the higher volume?",
       at(2024, 10, 8, 10, 5))
t1.add(juergen, "Dear Katarzyna,\n\nthank you for the forecast. I discussed your situation with our sales director. For a committed volume of 350 t in 2025 we can "
       "offer EUR 1,47/kg, DAP Kobierzyce, payment 45 days net, with a take-or-pay minimum of 300 t. The consignment tank at your plant remains free of charge.\n\n"
       "Please also keep in mind that our technical service (Dr. Weber) supported your mix design for the new line free of charge - I am sure the other supplier "
       "will not do that.", at(2024, 10, 15, 16, 40, BER))
t1.add(kasia, "Dear Jürgen,\n\nwe are getting closer. We could accept EUR 1,44/kg with 60 days payment term and take-or-pay 300 t. I need to align this with our "
       "financial director, Mr Wiśniewski, this week.", at(2024, 10, 16, 9, 12))
t1.add(juergen, "Dear Katarzyna,\n\nour last word: EUR 1,45/kg, 60 days net, take-or-pay 300 t, valid for 2025 if the framework agreement is signed by 15 December. "
       "I will send you the draft of the agreement in November.", at(2024, 10, 24, 11, 3, BER))
t1.add(kasia, "Dear Jürgen,\n\nagreed, thank you. Mr Wiśniewski accepted the conditions. Looking forward to the draft.", at(2024, 10, 25, 8, 40))
t1.add(juergen, "Dear Katarzyna,\n\nplease find attached the draft framework agreement 2025 (English version; the German version is for our internal use only). "
       "Conditions as agreed: EUR 1,45/kg, 60 days, 300 t minimum.\n\nPlease send me your comments; afterwards we will sign two originals and send them to you by courier.",
       at(2024, 11, 19, 15, 2, BER),
       atts=[("Framework_Agreement_2025_SILBET_draft.pdf", pdf(["FRAMEWORK SUPPLY AGREEMENT 2025 - DRAFT", "between Hagemann Betonchemie GmbH, Duisburg", "and SILBET Sp. z o.o., Kobierzyce",
                                                                 "1. Products: HAGEFLOW PCE 540, HAGEAIR 20", "4. Prices: HAGEFLOW PCE 540 EUR 1,45/kg DAP", "7. Liability",
                                                                 "9. Payment: 60 days net to Commerzbank Duisburg, IBAN DE44 3504 0038 0712 5566 00"], when="20241119144500"),
              "application/pdf")])
t1.add(kasia, "Dear Jürgen,\n\nthank you. Two comments from our side:\n1. Clause 7.2 - we would like the liability cap to be 100% of the annual contract value, not 50%.\n"
       "2. Clause 4.1 - please add that prices are fixed in EUR and that invoices are paid only to the account stated in clause 9; any change of bank details must be "
       "confirmed in writing by two authorised persons. Our auditor insists on this clause after a fraud case at one of our customers.\n\nApart from that we can sign.",
       at(2024, 11, 22, 13, 30))
t1.add(juergen, "Dear Katarzyna,\n\nboth points accepted - our legal department only changed the wording of 7.2 slightly, see the revised version attached (changes tracked). "
       "If you agree, we will sign and send two originals by DHL Express next week.", at(2024, 11, 28, 10, 17, BER),
       atts=[("Framework_Agreement_2025_SILBET_rev1.pdf", pdf(["FRAMEWORK SUPPLY AGREEMENT 2025 - REV. 1 (changes tracked)", "4.1 ... any change of the bank account stated in clause 9",
                                                                "shall be notified in writing, signed by two authorised representatives of the Supplier.", "7.2 Liability cap: 100 % of the annual contract value"],
                                                               when="20241128100000"), "application/pdf")])
t1.add(kasia, "Dear Jürgen,\n\nthe revised version is fine for us. We are waiting for the originals.", at(2024, 11, 29, 8, 55))
t1.add(juergen, "Dear Katarzyna,\n\nthe signed originals left Duisburg today with DHL Express (waybill 4471 5523 90). Please return one signed original to my attention.",
       at(2024, 12, 9, 16, 31, BER))
m_k_xmas = t1.add(kasia, "Dear Jürgen,\n\noriginals received and signed by our board; one copy left today by courier. Thank you for the good cooperation this year and "
                  "Merry Christmas!", at(2024, 12, 12, 14, 10))
t1.add(juergen, "Dear Katarzyna,\n\nthank you, Merry Christmas and a Happy New Year to you and the whole SILBET team!", at(2024, 12, 13, 9, 4, BER))

# A12: display-name spoof of Jürgen from an outlook.com address: Teams meeting invitation (.ics) with a link to an unknown domain, no quote
j_spoof = Pt("Jürgen Brandt", "j.brandt.hbc@outlook.com", "outlookcom", "outlookcom", tz=BER, lang="en", pc="DB9P195MB1288")
ics_start = at(2025, 1, 16, 10, 0)
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
       f"ORGANIZER;CN=\"Jürgen Brandt\":mailto:j.brandt.hbc@outlook.com\r\nATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Katarzyna Nowak:mailto:{kasia.email}\r\n"
       f"DTSTART:{ics_start.astimezone(UTC):%Y%m%dT%H%M%SZ}\r\nDTEND:{(ics_start + datetime.timedelta(minutes=30)).astimezone(UTC):%Y%m%dT%H%M%SZ}\r\n"
       f"UID:040000008200E00074C5B7101A82E008{HX(40)}\r\nSUMMARY:HAGEFLOW surcharge Q1 2025 - SILBET / Hagemann\r\n"
       "DESCRIPTION:Microsoft Teams meeting\\nJoin on your computer or mobile app\\nClick here to join the meeting: https://msteams-conference.example/l/meetup-join/"
       f"19%3ameeting_{alnum(40)}%40thread.v2/0?context=hbc\\nSign in with your company account to enter the meeting.\r\n"
       f"LOCATION:Microsoft Teams Meeting\r\nURL:https://msteams-conference.example/l/meetup-join/19%3ameeting_{alnum(40)}%40thread.v2/0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
t1.add(j_spoof, "Dear Katarzyna,\n\nHappy New Year! Following the new German CO2 levy we have to review the energy surcharge for Q1 together with our finance team. "
       "I have scheduled a short Teams call for Thursday, please accept the invitation attached and sign in with your company e-mail account to join.\n\n"
       "Best regards\nJürgen Brandt", at(2025, 1, 14, 17, 26, BER), label=HJ("display-name-spoof"), sig=False, quote=False, detached=True,
       atts=[("Teams_Meeting_Hagemann_SILBET.ics", ics.encode(), "text/calendar; method=REQUEST; charset=utf-8")],
       scen=("A12", "display-name spoof of the German supplier's sales manager from an outlook.com address: Teams invitation (.ics) whose join link is an unknown domain"))

# A13: look-alike domain hagemann-betonchemle (l for i), long context-aware payment diversion to a Polish EUR account, faithful quote
j_look = Pt("Jürgen Brandt", "juergen.brandt@hagemann-betonchemle.example", "roundcube", "look-hbc", HBC_SIG.replace("hagemann-betonchemie", "hagemann-betonchemle"),
            tz=BER, lang="en")
m_a13 = t1.add(j_look, "Dear Katarzyna,\n\nI hope you had a good start into 2025 and thank you again for signing the framework agreement in December.\n\n"
               "I am writing with an important information from our finance department. As part of the integration of Hagemann Betonchemie into the cash-pooling "
               "structure of our parent company, our account at Commerzbank Duisburg will be closed for incoming payments from 10 February 2025. To make payments from "
               "our Polish customers faster and cheaper, we have opened a EUR collection account in Poland:\n\nAccount holder: Hagemann Betonchemie GmbH\n"
               "Bank: Bank Millennium S.A., Warszawa\nIBAN: PL61 1160 2202 0000 0005 8842 1937\nBIC/SWIFT: BIGBPLPW\n\n"
               "This account applies to the open invoices 25-R-00188 (EUR 34.800,00, due 10.03.2025) and 25-R-00241 (EUR 8.120,00) and to all future invoices under "
               "the framework agreement. As the account belongs to a German company without a Polish VAT number, it will not appear in the Polish \"white list\" and "
               "your bank may show a warning - this is normal and can be ignored.\n\nAccording to clause 4.1 of our agreement the official letter signed by our two "
               "managing directors will follow by post. Our accounting will send you the updated invoices with the new bank details this week.\n\n"
               "Please confirm the change to this e-mail, so that I can inform our accounting.", at(2025, 2, 4, 9, 37, BER), label=HJ("lookalike-domain"),
               detached=True, quote_rec=rec_of(t1, m_k_xmas), subj="Re: HAGEFLOW PCE 540 - prices and framework agreement 2025",
               scen=("A13", "look-alike domain hagemann-betonchemle (l for i): long, context-aware payment diversion to a Polish EUR account, cites clause 4.1 and "
                            "pre-empts the white-list warning, faithful quote of Kasia's real mail"))
a13 = rec_of(t1, m_a13)
# Kasia forwards it to the real Jürgen, who answers (G20)
t1b = Thread("T1b", "PD: " + a13["subj"], juergen, lang="en")
t1b.add(kasia, "Jürgen,\n\nI received the message below from the domain hagemann-betonchemle.example (note the 'l' instead of 'i'). Is this really from your company? "
        "We will not change anything until we speak with you by phone.", at(2025, 2, 4, 10, 52), cc=[P(marek), P(agnieszka)], quote_rec=a13)
t1b.add(juergen, "Dear Katarzyna,\n\nthank you very much for your vigilance - this e-mail is NOT from us. We have not changed our bank details and we have no account in "
        "Poland. Our bank details remain as in the framework agreement: Commerzbank Duisburg, IBAN DE44 3504 0038 0712 5566 00, BIC COBADEFFXXX.\n\n"
        "Our IT department has reported the domain. Apparently one of our customers in Slovakia received similar e-mails last week. I will call you tomorrow morning.",
        at(2025, 2, 4, 11, 46, BER), label=GH, cc=[P(marek), P(agnieszka)],
        scen=("G20", "the real supplier answers Kasia's forward of the look-alike mail and restates his (unchanged) bank details"))

# ================================================================ T2 Hagemann: call-offs with order confirmations (Sabine Kraus, German/English)
t2 = Thread("T2", "Call-off HAGEFLOW PCE 540 / HAGEAIR 20 - SILBET", sabine, lang="en")
t2.add(kasia, "Dear Ms Kraus,\n\nplease deliver under our order ZZ/2024/0391:\n- HAGEFLOW PCE 540, 24 t in tank truck, delivery on 17.09.2024 (Tuesday), unloading "
       "7:00-13:00, tank no. 2\n- HAGEAIR 20, 4 IBC (4 x 1000 kg)\n\nPlease confirm the delivery date.", at(2024, 9, 9, 10, 4))
t2.add(sabine, "Sehr geehrte Frau Nowak,\n\nvielen Dank für Ihren Abruf. Anbei erhalten Sie unsere Auftragsbestätigung AB 24-11873. Liefertermin 17.09.2024, "
       "Anlieferung durch Spedition Wessels ab 7:00 Uhr.\n\nDear Ms Nowak, thank you for your call-off, please find attached our order confirmation.",
       at(2024, 9, 10, 8, 51, BER), atts=[("AB_24-11873.pdf", ab_pdf("24-11873", ["HAGEFLOW PCE 540 - 24.000 kg - Tankzug - Liefertermin 17.09.2024",
                                                                                  "HAGEAIR 20 - 4 IBC a 1.000 kg"], "20240910084500"), "application/pdf")])
t2.add(kasia, "Dear Ms Kraus,\n\nnext call-off (ZZ/2024/0433): HAGEFLOW PCE 540, 24 t tank truck, delivery on 29.10.2024, tank no. 1 this time.", at(2024, 10, 21, 13, 15))
t2.add(sabine, "Sehr geehrte Frau Nowak,\n\nanbei die Auftragsbestätigung AB 24-12790, Liefertermin 29.10.2024. Bitte beachten Sie: Tank Nr. 1, wie gewünscht.",
       at(2024, 10, 22, 9, 30, BER), atts=[("AB_24-12790.pdf", ab_pdf("24-12790", ["HAGEFLOW PCE 540 - 24.000 kg - Tankzug - Liefertermin 29.10.2024"], "20241022092500"),
                                           "application/pdf")])
m_k_dec = t2.add(kasia, "Dear Ms Kraus,\n\nplease plan the first delivery of 2025 (ZZ/2025/0003): HAGEFLOW PCE 540, 24 t on 14.01.2025.\n\nAnd one more request: our "
                 "accounting cannot find your invoice 24-R-10447 (delivery of 29.10). Could you please send it again?", at(2024, 12, 20, 15, 44))
t2.add(sabine, "Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 03.01.2025 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an "
       "auftrag@hagemann-betonchemie.example oder +49 203 555 4430.\n\nI am out of the office until 3 January 2025. For urgent matters please contact "
       "auftrag@hagemann-betonchemie.example or +49 203 555 4430.\n\nMit freundlichen Grüßen / Best regards\nSabine Kraus", at(2024, 12, 20, 15, 45, BER),
       label=GH, sig=False, quote=False, detached=True, subj="Abwesenheitsnotiz: RE: Call-off HAGEFLOW PCE 540 / HAGEAIR 20 - SILBET",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
       scen=("G6", "German supplier's Notes out-of-office auto-reply (no quote, auto-submitted)"))
t2.add(sabine, "Guten Tag Frau Nowak,\n\nich bin wieder im Büro. Der Abruf für den 14.01. ist bestätigt (AB 25-00112, anbei). Die gewünschte Rechnung 24-R-10447 sende "
       "ich Ihnen ebenfalls noch einmal mit.\n\nBankverbindung wie immer: Commerzbank Duisburg, IBAN DE44 3504 0038 0712 5566 00, BIC COBADEFFXXX.",
       at(2025, 1, 6, 8, 12, BER), label=GH, quote_rec=rec_of(t2, m_k_dec),
       atts=[("AB_25-00112.pdf", ab_pdf("25-00112", ["HAGEFLOW PCE 540 - 24.000 kg - Tankzug - Liefertermin 14.01.2025"], "20250106080500"), "application/pdf"),
             ("Rechnung_24-R-10447.pdf", pdf(["Hagemann Betonchemie GmbH - RECHNUNG / INVOICE 24-R-10447", "Lieferung vom 29.10.2024, AB 24-12790",
                                              "HAGEFLOW PCE 540 24.000 kg x 1,38 EUR = 33.120,00 EUR", "Steuerfreie innergemeinschaftliche Lieferung",
                                              "Commerzbank Duisburg, IBAN DE44 3504 0038 0712 5566 00, BIC COBADEFFXXX"], producer="SAP NetWeaver 7.50", when="20241029160000"),
              "application/pdf")],
       scen=("G19", "German supplier back from holiday resends the requested invoice (PDF) with the usual German bank details"))
t2.add(kasia, "Dear Ms Kraus,\n\ncall-off ZZ/2025/0079: HAGEFLOW PCE 540, 24 t on 04.03.2025, and HAGEAIR 20, 3 IBC.", at(2025, 2, 24, 11, 20))
t2.add(sabine, "Sehr geehrte Frau Nowak,\n\nanbei AB 25-02214 für den 04.03.2025. HAGEAIR 20 wird mit demselben Fahrzeug geliefert.", at(2025, 2, 25, 10, 3, BER),
       atts=[("AB_25-02214.pdf", ab_pdf("25-02214", ["HAGEFLOW PCE 540 - 24.000 kg - 04.03.2025", "HAGEAIR 20 - 3 IBC a 1.000 kg"], "20250225095500"), "application/pdf")])
t2.add(kasia, "Dear Ms Kraus,\n\nsince the new line is running we need more: ZZ/2025/0152 - HAGEFLOW PCE 540, 24 t on 23.04.2025 and another 24 t on 30.04.2025.",
       at(2025, 4, 14, 9, 40))
t2.add(sabine, "Sehr geehrte Frau Nowak,\n\nbeide Termine sind bestätigt, siehe AB 25-04187 im Anhang.", at(2025, 4, 15, 13, 22, BER),
       atts=[("AB_25-04187.pdf", ab_pdf("25-04187", ["HAGEFLOW PCE 540 - 24.000 kg - 23.04.2025", "HAGEFLOW PCE 540 - 24.000 kg - 30.04.2025"], "20250415131500"),
              "application/pdf")])
t2.add(kasia, "Dear Ms Kraus,\n\ncall-off ZZ/2025/0231: HAGEFLOW PCE 540, 24 t on 10.06.2025.", at(2025, 6, 2, 10, 8))
t2.add(sabine, "Sehr geehrte Frau Nowak,\n\nanbei AB 25-06033, Liefertermin 10.06.2025.", at(2025, 6, 3, 8, 47, BER),
       atts=[("AB_25-06033.pdf", ab_pdf("25-06033", ["HAGEFLOW PCE 540 - 24.000 kg - 10.06.2025"], "20250603084000"), "application/pdf")])

# ================================================================ T3 Hagemann: SDS / DoP / EPD (link to their portal, German reply in an English thread, A2)
t3 = Thread("T3", "SDS and DoP for HAGEFLOW PCE 540 / HAGEAIR 20 (ISO audit)", juergen, lang="en")
t3.add(kasia, "Dear Jürgen,\n\nwe have our ISO 9001 / factory production control surveillance audit on 8 October. Could you please send us the current safety data "
       "sheets in Polish for HAGEFLOW PCE 540 and HAGEAIR 20, and the Declarations of Performance (EN 934-2)? The SDS we have on file are from 2021.",
       at(2024, 9, 11, 11, 2), cc=[P(tomasz)])
t3.add(juergen, "Dear Katarzyna,\n\nplease find attached the Polish SDS (version 5.2, 03/2024) and the DoP for HAGEFLOW PCE 540. All current documents are also always "
       "available in our download area:\nhttps://www.hagemann-betonchemie.example/de/service/downloads?product=hageflow-pce-540\n\nThe HAGEAIR 20 documents will "
       "follow tomorrow, our regulatory colleague is updating the SDS.", at(2024, 9, 12, 15, 48, BER), cc=[P(tomasz)],
       atts=[("SDS_HAGEFLOW_PCE_540_PL_v5.2.pdf", pdf(["KARTA CHARAKTERYSTYKI zgodnie z rozporzadzeniem (WE) nr 1907/2006", "HAGEFLOW PCE 540", "Wersja 5.2, data aktualizacji 03/2024"],
                                                      producer="SAP EHS", when="20240312100000"), "application/pdf"),
             ("DoP_HAGEFLOW_PCE_540.pdf", pdf(["DECLARATION OF PERFORMANCE No. HBC-DoP-540-03", "EN 934-2:2009+A1:2012 T3.1/3.2", "Notified body 1119"], producer="SAP EHS",
                                              when="20240115090000"), "application/pdf")])
t3.add(kasia, "Thank you, Jürgen. We are waiting for HAGEAIR 20.", at(2024, 9, 13, 8, 30), cc=[P(tomasz)])
t3.add(juergen, "Dear Katarzyna,\n\nhere are the HAGEAIR 20 documents (SDS PL version 3.0 and DoP).", at(2024, 9, 16, 9, 55, BER), cc=[P(tomasz)],
       atts=[("SDS_HAGEAIR_20_PL_v3.0.pdf", pdf(["KARTA CHARAKTERYSTYKI", "HAGEAIR 20", "Wersja 3.0, 09/2024"], producer="SAP EHS", when="20240913160000"), "application/pdf"),
             ("DoP_HAGEAIR_20.pdf", pdf(["DECLARATION OF PERFORMANCE No. HBC-DoP-A20-02", "EN 934-2 T5"], producer="SAP EHS", when="20240201090000"), "application/pdf")])
t3.add(kasia, "Dear Jürgen,\n\nthis year our biggest customer, a road construction company, requires Environmental Product Declarations for our paving stones. For our "
       "own EPD we need the EPDs of your admixtures (EN 15804+A2). Could you send them? And the DoPs for 2025, if anything changed.", at(2025, 3, 12, 12, 45), cc=[P(tomasz)])
t3.add(juergen, "Dear Katarzyna,\n\nthe EPDs (IBU-verified, EN 15804+A2) together with the LCA background reports are quite large (about 60 MB), so I have put them on our "
       "document portal for you:\n\nhttps://docs.hagemann-betonchemie.example/s/EPD-SILBET-2025-7Qk2\n\nThe link is valid for 30 days, no password needed. "
       "The DoPs did not change since 2024.", at(2025, 3, 13, 8, 20, BER), label=GH, cc=[P(tomasz)],
       scen=("G1", "German supplier shares large EPD files through a link on his own company's document portal (the thread always carried download links)"))
t3.add(sabine, "Guten Tag Frau Nowak,\n\nHerr Brandt ist diese Woche auf einer Messe und hat mich gebeten, Ihnen noch die aktuelle Konformitätsbescheinigung der "
       "werkseigenen Produktionskontrolle (EN 934-2) zu senden, die Ihr Auditor angefragt hatte. Sie finden sie im Anhang.\n\nBei Fragen stehe ich gerne zur Verfügung.",
       at(2025, 3, 14, 10, 5, BER), label=GH, cc=[P(juergen), P(tomasz)],
       atts=[("Konformitaetsbescheinigung_WPK_1119-CPR-0418.pdf", pdf(["KONFORMITAETSBESCHEINIGUNG DER WERKSEIGENEN PRODUKTIONSKONTROLLE", "1119-CPR-0418",
                                                                      "Hagemann Betonchemie GmbH, Werk Duisburg", "EN 934-2:2009+A1:2012"], producer="Adobe PDF Library 23.8",
                                                                     when="20250110120000"), "application/pdf")],
       scen=("G30", "supplier's order-processing colleague joins the English thread in German with the requested conformity certificate"))
m_k_dank = t3.add(kasia, "Vielen Dank, Frau Kraus! Thank you both - we have everything now.", at(2025, 3, 14, 11, 12), to=[P(sabine)], cc=[P(juergen), P(tomasz)])
# A2: server-hijack through Hagemann's real Notes/Domino (same headers): German e-signature lure, PDF with a link to an unknown domain, altered quote
t3.add(juergen, "Sehr geehrte Frau Nowak,\n\nim Rahmen der jährlichen Lieferantenbewertung bitten wir Sie, die aktualisierte Qualitätssicherungsvereinbarung 2025 "
       "elektronisch zu unterzeichnen. Das Dokument finden Sie im Anhang - bitte öffnen Sie den Link im PDF und bestätigen Sie die Unterschrift mit Ihren "
       "Microsoft-365-Zugangsdaten.\n\nMit freundlichen Grüßen\nJürgen Brandt", at(2025, 4, 8, 7, 12, BER), label=HJ("server-hijack"), sig=False, detached=True,
       quote_rec=rec_of(t3, m_k_dank), to=[P(kasia)],
       quote_text="Dear Jürgen,\n\ncould you please send us the quality assurance agreement for 2025 for signature? Our auditor asked for it.\n\nThank you!" + SIG_K_EN,
       atts=[("QSV_2025_SILBET_Signatur.pdf", pdf(["Hagemann Betonchemie GmbH", "Qualitaetssicherungsvereinbarung 2025", "Dokument zur elektronischen Signatur bereit",
                                                   "Klicken Sie hier, um das Dokument anzuzeigen und zu unterzeichnen"],
                                                  uris=[f"https://sign-vertragsportal.example/doc/QSV2025?id={alnum(24)}&r=k.nowak"], producer="Skia/PDF m120",
                                                  when="20250407213000", zone="+00'00'"), "application/pdf")],
       scen=("A2", "German supplier's real Notes/Domino system (same headers) sends a German e-signature lure into an English thread: PDF with a link to an "
                   "unknown signing domain; the quote of Kasia's last mail is altered to ask for the agreement"))

hb_items = [("Neue Produktgeneration HAGEFLOW PCE 600", "Weniger Dosierung, bessere Frühfestigkeit bei Betonwaren.", "https://www.hagemann-betonchemie.example/news/pce-600"),
            ("Webinar: Ausblühungen bei Pflastersteinen vermeiden", "Termin: 27.11.2024, 10:00 Uhr (DE/EN).", "https://www.hagemann-betonchemie.example/webinar/efflorescence")]


def it_pdf(title, lines, when): return pdf(["OFFICINE MECCANICHE FERRARIS S.r.l.", "Via dell'Industria 41, 25030 Castel Mella (BS) - P.IVA IT03355510987", title] + lines,
                                           producer="Microsoft® Word 2019", when=when, zone="+01'00'")
IT_BANK = "Banca del Territorio Lombardo, filiale di Brescia\nIBAN IT43 K030 6911 2101 0000 0004 721\nBIC BTLOIT22XXX"

# ================================================================ T4 Ferraris: new mould + spare parts (English, Outlook over Aruba)
t4 = Thread("T4", "RFQ: new mould 20x10x8 + spare parts for VB-1200", luca, lang="en")
t4.add(kasia, "Dear Luca,\n\nplease quote:\n1. one new mould for our VB-1200, paving stone 20x10x8 cm (Holland type), production board 1400x1100 mm, 30 stones per cycle, "
       "case-hardened steel like the last one (our drawing SIL-F-2024-07 attached)\n2. spare parts: 2 sets of tamper shoes for the 'behaton 8' mould, 12 rubber buffers for "
       "the vibration table, 1 seal set for the main hydraulic cylinder\n\nDelivery DAP Kobierzyce. We would like to have the mould by mid-December.", at(2024, 9, 17, 13, 25),
       atts=[("SIL-F-2024-07_Holland_20x10x8.pdf", pdf(["SILBET - rysunek SIL-F-2024-07", "Forma: kostka Holland 20x10x8 cm, 30 szt./cykl", "Deska produkcyjna 1400x1100 mm"],
                                                       producer="AutoCAD 2023 - English 2023 (24.2s (LMS Tech))", when="20240917120000"), "application/pdf")])
t4.add(luca, "Dear Katarzyna,\n\nthank you for your request. Please find attached our offer no. 24/0871:\n- mould 20x10x8 'Holland', 30 pcs/cycle, case-hardened "
       "(carburized) steel, 60-62 HRC: EUR 38.400,00\n- spare parts as per your list: EUR 4.260,00\n\nDelivery time 11-12 weeks from order and down payment, DAP Kobierzyce. "
       "Payment: 30% with order, 70% before shipment.", at(2024, 9, 19, 11, 48, ROM),
       atts=[("Offerta_24-0871_SILBET.pdf", it_pdf("OFFERTA / OFFER 24/0871", ["Mould 20x10x8 Holland 30 pcs - EUR 38.400,00", "Spare parts - EUR 4.260,00",
                                                                                "Delivery 11-12 weeks, DAP Kobierzyce", "Payment 30% with order, 70% before shipment"], "20240919113000"),
              "application/pdf")])
t4.add(kasia, "Dear Luca,\n\nthank you. Two questions: what is the hardening depth? Our last mould from another supplier wore out after 60,000 cycles. And is there any "
       "discount if we order the spare parts together with the mould? Our budget is EUR 40,000 in total.", at(2024, 9, 20, 9, 18))
t4.add(luca, "Dear Katarzyna,\n\nhardening depth 1,2-1,5 mm; with your aggregate (granite 2-8) we guarantee 100,000 cycles, as for the previous mould. I can offer 3% on "
       "the total and free transport of the spare parts together with the mould: EUR 41.380,00 total. This is really the best I can do.", at(2024, 9, 23, 17, 2, ROM))
t4.add(kasia, "Dear Luca,\n\nplease find attached our purchase order ZZ/2024/0412 for EUR 41.380,00 according to your offer 24/0871 and the discount agreed. Please send "
       "the order confirmation and the proforma invoice for the down payment.", at(2024, 9, 30, 14, 36),
       atts=[("ZZ_2024_0412.pdf", zz_pdf("ZZ/2024/0412", "Officine Meccaniche Ferraris S.r.l.", ["Forma 20x10x8 Holland, oferta 24/0871", "Czesci zamienne wg oferty"],
                                         "20240930143000", "41 380,00 EUR"), "application/pdf")])
t4.add(luca, "Dear Katarzyna,\n\nthank you very much for the order! Attached you find our order confirmation OC 24/1190 and the proforma invoice PF 24/0316 for the down "
       "payment of 30% (EUR 12.414,00).\n\nOur bank details:\n" + IT_BANK, at(2024, 10, 1, 10, 26, ROM), label=GH,
       atts=[("OC_24-1190.pdf", it_pdf("CONFERMA D'ORDINE / ORDER CONFIRMATION OC 24/1190", ["Your order ZZ/2024/0412", "Total EUR 41.380,00"], "20241001101000"), "application/pdf"),
             ("PF_24-0316.pdf", it_pdf("FATTURA PROFORMA PF 24/0316", ["Down payment 30% - EUR 12.414,00", "IBAN IT43 K030 6911 2101 0000 0004 721"], "20241001101500"),
              "application/pdf")],
       scen=("G29", "Italian machine supplier's order confirmation and proforma with his (first-time) Italian bank details, as agreed in the thread"))
t4.add(kasia, "Dear Luca,\n\nthe down payment was made today, SWIFT confirmation attached. Please confirm receipt.", at(2024, 10, 3, 12, 4),
       atts=[("SWIFT_MT103_20241003.pdf", pdf(["MT103 - Customer Transfer", "Amount: EUR 12.414,00", "Beneficiary: OFFICINE MECCANICHE FERRARIS SRL",
                                               "IBAN IT43K0306911210100000004721"], producer="Bank Online PDF", when="20241003115800"), "application/pdf")])
t4.add(luca, "Received, thank you. Production starts next week.", at(2024, 10, 4, 9, 41, ROM))
t4.add(luca, "Dear Katarzyna,\n\ngood news: the mould is ready and passed our final inspection. Photos and the measurement report are in the WeTransfer link below "
       "(too big for e-mail):\nhttps://we.tl/t-6fK2pQ8sLm\n\nAttached the proforma PF 24/0371 for the balance of 70% (EUR 28.966,00). As soon as we receive the payment "
       "we ship - the truck can be loaded on 16 December.", at(2024, 12, 9, 15, 12, ROM),
       atts=[("PF_24-0371.pdf", it_pdf("FATTURA PROFORMA PF 24/0371", ["Balance 70% - EUR 28.966,00", "IBAN IT43 K030 6911 2101 0000 0004 721"], "20241209150000"),
              "application/pdf")])
t4.add(kasia, "Dear Luca,\n\npayment ordered today. Please ship on 16 December; unloading is possible until 14:00.", at(2024, 12, 10, 10, 33))
t4.add(luca, "Dear Katarzyna,\n\nthe mould left our factory yesterday evening, CMR and packing list attached. Expected delivery Thursday morning.", at(2024, 12, 17, 8, 56, ROM),
       atts=[("CMR_OMF_2024-1216.pdf", it_pdf("CMR 2024-1216", ["Consignee: SILBET Sp. z o.o., Kobierzyce", "1 crate 3.150 kg - mould 20x10x8", "1 box 210 kg - spare parts"],
                                              "20241216180000"), "application/pdf"),
             ("Packing_list_OC_24-1190.pdf", it_pdf("PACKING LIST OC 24/1190", ["Crate 1: mould", "Box 2: tamper shoes, buffers, seal set"], "20241216180500"), "application/pdf")])
t4.add(kasia, "Delivered this morning in good condition, thank you!", at(2024, 12, 19, 9, 47))

# ================================================================ T5 Ferraris: E-214 alarms, service visit (orphan start, new colleague, WeTransfer, A3)
t5 = Thread("T5", "VB-1200 - alarm E-214 vibration table", luca, lang="en")
t5.ghost(tomasz, "Dear Luca,\n\nsince the mould change our VB-1200 stops every 20-30 cycles with alarm E-214 'vibration table amplitude out of range'. "
         "We checked the sensors and the cables. Can you help?", at(2025, 1, 17, 13, 40), to=[P(luca)])
t5.add(tomasz, "Luca,\n\nthe problem continues, today we produced only 40% of the plan. I add Katarzyna Nowak from our purchasing department - please send her the "
       "offer for a service visit as soon as possible, she will place the order.\n\nAlarm history export from the HMI attached.", at(2025, 1, 20, 8, 14),
       label=GO, to=[P(luca)], cc=[P(kasia)],
       atts=[("VB1200_alarmlog_2025-01-20.zip", zipped([("ALARMLOG_20250120.csv", ("timestamp;code;text;value\n" + "\n".join(
           f"2025-01-{d:02d} {h:02d}:{mi:02d}:{R.randint(0, 59):02d};E-214;VIBRATION TABLE AMPLITUDE OUT OF RANGE;{R.uniform(1.9, 2.6):.2f}"
           for d in (17, 18, 20) for h, mi in ((6, 12), (7, 40), (9, 5), (11, 33), (13, 2)))).encode())], (2025, 1, 20, 8, 5, 0)), "application/x-zip-compressed")],
       scen=("O1", "production manager replies in a thread he started with the Italian supplier before Kasia was copied (parent not in the mailbox)"))
t5.add(luca, "Dear Tomasz, dear Katarzyna,\n\nthank you for the log. E-214 together with these values points to one of the unbalance motors or its frequency converter. "
       "I prefer that our technician checks it on site.\n\nI am adding my colleague Giulia Rossi, our new after-sales coordinator, who will organise the visit and send you "
       "the service offer.", at(2025, 1, 20, 10, 2, ROM), label=GH, to=[P(tomasz)], cc=[P(kasia), P(giulia)],
       scen=("G3", "Italian supplier introduces his new after-sales colleague (new address in Cc) in the service thread"))
t5.add(giulia, "Dear Katarzyna, dear Tomasz,\n\nnice to meet you. Our technician Marco Ferri can be at your plant on Monday 3 February and Tuesday 4 February. "
       "Service rates: EUR 85/h, travel time EUR 55/h, travel costs at cost (flight Bergamo-Wrocław and rental car); estimate EUR 2.900 for two days. Please send me "
       "your order if this is fine for you.\n\nPlease also prepare access to the electrical cabinet, an electrician from your side and the HMI password for the "
       "service level.", at(2025, 1, 21, 9, 30, ROM), label=GH, to=[P(kasia), P(tomasz)], cc=[P(luca)],
       scen=("G4", "the newly introduced after-sales coordinator writes herself for the first time"))
t5.add(kasia, "Dear Giulia,\n\nthank you. Our order ZZ/2025/0034 is attached. 3-4 February is fine, Tomasz will be the contact person on site.", at(2025, 1, 21, 11, 8),
       to=[P(giulia)], cc=[P(tomasz), P(luca)],
       atts=[("ZZ_2025_0034.pdf", zz_pdf("ZZ/2025/0034", "Officine Meccaniche Ferraris S.r.l.", ["Serwis VB-1200, alarm E-214, 03-04.02.2025", "wg stawek z oferty"],
                                         "20250121110000", "2 900,00 EUR"), "application/pdf")])
t5.add(giulia, "Thank you, confirmed. Marco will land in Wrocław on Sunday evening.", at(2025, 1, 22, 8, 45, ROM), cc=[P(tomasz), P(luca)])
t5.add(giulia, "Dear Katarzyna,\n\nplease find attached the service report of Marco's visit (SR 25-0041). Summary: the frequency converter of unbalance motor 2 was "
       "defective and was replaced; the vibration table was re-calibrated and the E-214 threshold set back to the factory value.\n\nThe video of the vibration "
       "measurement is too big for e-mail, you can download it here (available 7 days):\nhttps://we.tl/t-Qm3xV7aZ1k\n\nThe invoice will follow from our administration. "
       "I will also send you our preventive maintenance contract for 2025 for signature via DocuSign.", at(2025, 2, 5, 16, 20, ROM), label=GH, cc=[P(tomasz), P(luca)],
       atts=[("SR_25-0041_SILBET_VB1200.pdf", it_pdf("SERVICE REPORT SR 25-0041", ["Customer: SILBET, Kobierzyce - VB-1200 S/N 19-1187", "Technician: Marco Ferri, 03-04.02.2025",
                                                                                   "Replaced: frequency converter unbalance motor 2", "Vibration table re-calibrated"], "20250205160000"),
              "application/pdf")],
       scen=("G2", "after-sales coordinator sends the service report (PDF) plus a WeTransfer link for a large video, as the supplier always does"))
m_k_ok = t5.add(kasia, "Thank you Giulia. The machine has been running without alarms for two days now.", at(2025, 2, 6, 8, 15), cc=[P(tomasz), P(luca)])
# A3: server-hijack through the Italian supplier's real Aruba account and Outlook (same headers), 02:41, "HMI update" disk image
t5.add(luca, "Dear Katarzyna,\n\nfollowing the service visit of Marco in February, our R&D department has released a new HMI software version (4.2.7) for the VB-1200 "
       "which solves the false E-214 alarms definitively. The update must be installed by the customer before 31 March, otherwise the warranty on the replaced "
       "converter may be affected.\n\nPlease find the update package attached. Open the image on the panel PC of the machine (or on any Windows PC connected to it) "
       "and run Setup_HMI_4.2.7.exe as administrator; the installation takes about 5 minutes.\n\nThank you for your cooperation.", at(2025, 3, 18, 2, 41, ROM),
       label=HJ("server-hijack"), detached=True, to=[P(kasia)], quote_rec=rec_of(t5, m_k_ok),
       atts=[("VB1200_HMI_Update_4.2.7.iso", iso_image("HMI_427"), "application/octet-stream")],
       scen=("A3", "Italian supplier's real Aruba mailbox and Outlook (same headers) at 02:41: 'mandatory HMI update' as a disk image, faithful quote, "
                   "from the sales manager although service is handled by his colleague"))

# ================================================================ T6 Ferraris: warranty claim, revived by the supplier after 7 months (G15)
t6 = Thread("T6", "Warranty claim - main hydraulic cylinder VB-1200 (S/N 19-1187)", luca, lang="en")
t6.add(kasia, "Dear Luca,\n\nthe main hydraulic cylinder of our VB-1200 (S/N 19-1187) has been leaking oil at the rod seal since last week. The machine is still under the "
       "extended warranty (until 06/2025, your letter of 12.05.2023). Could you please send a seal kit under warranty? Photos attached.", at(2024, 10, 14, 10, 20),
       atts=[("IMG_4471.jpg", jpeg(3000), "image/jpeg"), ("IMG_4472.jpg", jpeg(2800), "image/jpeg")])
t6.add(luca, "Dear Katarzyna,\n\nthe seal kit (code 4410-220-K) was shipped today with TNT, tracking 7731 2245 88, free of charge under warranty. Our technician says your "
       "maintenance team can replace it themselves; instructions attached.", at(2024, 10, 16, 14, 3, ROM),
       atts=[("Istruzioni_kit_4410-220-K_EN.pdf", it_pdf("SEAL KIT 4410-220-K - REPLACEMENT INSTRUCTIONS", ["1. Depressurise the hydraulic unit", "2. Remove the rod guide",
                                                                                                             "3. Replace rod seal and wiper"], "20230510090000"), "application/pdf")])
t6.add(kasia, "Received and installed, no more leaks. Thank you!", at(2024, 10, 18, 13, 27))
t6.add(luca, "Dear Katarzyna,\n\nI come back to this old topic because our quality department found that a batch of rod seals delivered by our supplier in autumn 2024 "
       "has a material defect (the polyurethane becomes hard after 4-6 months). Your kit 4410-220-K from October belongs to this batch.\n\nAs a preventive measure we "
       "will send you a new seal kit free of charge next week. Please let me know who should receive it and whether your maintenance team needs the instructions again.",
       at(2025, 5, 6, 11, 14, ROM), label=GH,
       scen=("G15", "Italian supplier revives a 7-month-old warranty thread for a real reason (defective seal batch recall)"))
t6.add(kasia, "Dear Luca,\n\nthank you for informing us proactively. Please send it to Tomasz Zieliński (production manager), same address. Instructions are not necessary.",
       at(2025, 5, 7, 8, 50))
t6.add(luca, "Shipped today with TNT, tracking 7731 9902 14.", at(2025, 5, 14, 15, 37, ROM))

# G25: genuine DocuSign envelope from the Italian supplier (announced in T5)
ds_env = ruuid().upper()
ds_link = f"https://eu.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
ds_plain = (f"Giulia Rossi sent you a document to review and sign.\n\nREVIEW DOCUMENT\n{ds_link}\n\nGiulia Rossi\ng.rossi@omferraris.example\n\n"
            "Dear Katarzyna,\nplease find our preventive maintenance contract 2025 for the VB-1200 (2 visits per year) for your signature.\nKind regards, Giulia\n\n"
            "Powered by DocuSign\n\nDo Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.\n\n"
            f"Alternate Signing Method\nVisit DocuSign.com, click 'Access Documents', and enter the security code:\n{HX(32)}1\n\n"
            "About DocuSign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.")
ds_html = ('<html><head><meta charset="utf-8"></head><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><table width="640" align="center" '
           'style="background:#fff"><tr><td style="padding:24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116"></td></tr>'
           '<tr><td style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;font-size:16px">Giulia Rossi sent you a document to review and sign.<br><br>'
           f'<a href="{ds_link}" style="background:#ffc423;color:#333;padding:12px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>'
           '<tr><td style="padding:24px;font-size:15px">Dear Katarzyna,<br>please find our preventive maintenance contract 2025 for the VB-1200 (2 visits per year) for your '
           'signature.<br>Kind regards, Giulia</td></tr><tr><td style="padding:24px;font-size:11px;color:#666">Do Not Share This Email<br>This email contains a secure link to '
           'DocuSign. Please do not share this email, link, or access code with others.</td></tr></table></body></html>')
emit(docus, "sys", at(2025, 2, 20, 14, 8), [P(kasia)], None, "Please DocuSign: Contratto manutenzione preventiva 2025 - SILBET Sp. z o.o.", [], ds_plain, html=ds_html,
     env=f"bounces+{hx(20)}@eumail.docusign.net", frm="Giulia Rossi via DocuSign <dse@eumail.docusign.net>", label=GH,
     sys_headers=[("Reply-To", "Giulia Rossi <g.rossi@omferraris.example>"), ("X-DocuSign-Envelope-Id", ds_env), ("X-Api-Host", "docusign.net"),
                  ("Auto-Submitted", "auto-generated")],
     mid=f"<{hx(32)}@docusign.net>",
     scen=("G25", "genuine DocuSign envelope sent by the Italian supplier's after-sales coordinator (announced in the service thread)"))

# ================================================================ T7 K-TRANS: basalt-chippings transport schedule (Polish <-> Czech), running threads per quarter
jana_365 = Pt("Jana Dvořáková", "dvorakova@ktrans-logistika.example", "exo-cz", "exo-ktrans", jana.sig, tz=PRG, lang="cs")
TRUCKS = [("8T2 4518", "Pavel Kučera"), ("8T3 1107", "Roman Šimek"), ("7T9 2231", "Marek Horák"), ("8T5 6640", "Jiří Novotný"), ("8T1 9083", "Lukáš Beneš")]
PL_WD = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek"]; CZ_WD = ["pondělí", "úterý", "středa", "čtvrtek", "pátek"]
CZ_MON_N = ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"]
PL_MON_N = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"]
ktrans_trips = {}


HOLIDAYS = {datetime.date(2024, 11, 1), datetime.date(2024, 11, 11), datetime.date(2024, 12, 24), datetime.date(2024, 12, 25), datetime.date(2024, 12, 26),
            datetime.date(2025, 1, 1), datetime.date(2025, 1, 6), datetime.date(2025, 4, 21), datetime.date(2025, 5, 1), datetime.date(2025, 5, 2),
            datetime.date(2025, 5, 8), datetime.date(2025, 6, 19), datetime.date(2025, 6, 20)}


def week_plan(monday):
    free = [d for d in range(5) if monday + datetime.timedelta(days=d) not in HOLIDAYS]
    days = sorted(R.sample(free, min(len(free), R.choice((2, 3, 3)))))
    return [(monday + datetime.timedelta(days=d), R.choice((1, 2, 2, 3))) for d in days]


def ktrans_round(th, ask_t, who_reply, reply_t, monday, label="auto", scen=None, extra_cz=""):
    assert monday.weekday() == 0, monday
    plan = week_plan(monday)
    kw = monday.isocalendar()[1]
    sunday = monday + datetime.timedelta(days=4)
    lines = "\n".join(f"- {PL_WD[d.weekday()]} {d.day:02d}.{d.month:02d}: {n} aut{'o' if n == 1 else 'a'} (grys bazaltowy 2-8 mm, ok. 25 t/auto)" for d, n in plan)
    th.add(kasia, f"Dzień dobry Pani Jano,\n\nzamówienie na tydzień {kw} ({monday.day:02d}.{monday.month:02d}-{sunday.day:02d}.{sunday.month:02d}):\n{lines}\n\n"
           "Załadunek: kamieniołom Velké Kunčice, rozładunek SILBET Kobierzyce (wjazd od ul. Przemysłowej, waga). Proszę o potwierdzenie i numery rejestracyjne.",
           ask_t)
    out = []
    for d, n in plan:
        trucks = R.sample(TRUCKS, n)
        out.append(f"- {CZ_WD[d.weekday()]} {d.day}. {d.month}.: {n} {'vůz' if n == 1 else 'vozy'} - " + ", ".join(f"{p} ({dr})" for p, dr in trucks))
        ktrans_trips[(d.year, d.month)] = ktrans_trips.get((d.year, d.month), 0) + n
    th.add(who_reply, f"Dobrý den paní Nowak,\n\npotvrzuji objednávku na {kw}. týden:\n" + "\n".join(out) + "\n\nNakládka v lomu od 4:30, příjezd do Kobierzyc "
           "cca 9:00-10:00." + extra_cz, reply_t, label=label, scen=scen)


def ktrans_invoice(th, who, t, y, mo, no):
    n = ktrans_trips.get((y, mo), 0)
    eur = n * 585
    th.add(who, f"Dobrý den,\n\nv příloze zasílám fakturu č. {no} za přepravy v měsíci {CZ_MON_N[mo - 1]} {y} ({n} jízd, celkem {eur:,} EUR).".replace(",", " ")
           + " Splatnost 30 dní, bankovní spojení beze změny (CZ47 0300 0000 0002 8741 5530).", t,
           atts=[(f"Faktura_{no}.pdf", pdf(["K-TRANS Logistika s.r.o., Mezi Vodami 1952/9, Ostrava - DIC CZ25887711", f"FAKTURA - DANOVY DOKLAD c. {no}",
                                             "Odberatel: SILBET Sp. z o.o., NIP PL8961554217", f"Preprava grys bazalt 2-8, {n} jizd x 585 EUR = {eur} EUR",
                                             "Reverse charge", "IBAN CZ47 0300 0000 0002 8741 5530"], producer="Pohoda", when=f"{t:%Y%m%d}090000"), "application/pdf")])


def ktrans_events(th, events, replier):
    for ev in events:
        if ev[0] == "r":
            _, ask, rep, mon = ev[:4]
            kw = ev[4] if len(ev) > 4 else {}
            ktrans_round(th, at(*ask), kw.pop("who", replier), at(*rep, PRG), datetime.date(*mon), **kw)
        else:
            _, t, y, mo, no = ev[:5]
            ktrans_invoice(th, ev[5] if len(ev) > 5 else replier, at(*t, PRG), y, mo, no)


t7a = Thread("T7a", "Harmonogram odbiorów grysu bazaltowego - wrzesień-grudzień 2024", jana, lang="cs")
ktrans_events(t7a, [("r", (2024, 9, 3, 9, 5), (2024, 9, 3, 13, 40), (2024, 9, 9)), ("r", (2024, 9, 17, 8, 40), (2024, 9, 17, 11, 2), (2024, 9, 23)),
                    ("r", (2024, 10, 1, 9, 20), (2024, 10, 1, 14, 15), (2024, 10, 7)), ("i", (2024, 10, 2, 8, 34), 2024, 9, "2024210"),
                    ("r", (2024, 10, 15, 10, 2), (2024, 10, 15, 12, 48), (2024, 10, 21)), ("r", (2024, 10, 29, 8, 55), (2024, 10, 29, 10, 31), (2024, 11, 4)),
                    ("i", (2024, 11, 4, 9, 6), 2024, 10, "2024236"), ("r", (2024, 11, 12, 9, 12), (2024, 11, 12, 13, 3), (2024, 11, 18)),
                    ("r", (2024, 11, 26, 14, 20), (2024, 11, 27, 8, 12), (2024, 12, 2)), ("i", (2024, 12, 3, 8, 50), 2024, 11, "2024261"),
                    ("r", (2024, 12, 10, 9, 44), (2024, 12, 10, 11, 15), (2024, 12, 16))], jana)

t7b = Thread("T7b", "Harmonogram odbiorów grysu bazaltowego - I kwartał 2025", jana, lang="cs")
ktrans_events(t7b, [("r", (2025, 1, 8, 9, 3), (2025, 1, 8, 10, 47), (2025, 1, 13)), ("r", (2025, 1, 21, 13, 30), (2025, 1, 22, 8, 5), (2025, 1, 27)),
                    ("i", (2025, 2, 3, 9, 14), 2025, 1, "2025019"), ("r", (2025, 2, 4, 9, 26), (2025, 2, 4, 12, 10), (2025, 2, 10)),
                    ("r", (2025, 2, 18, 9, 12), (2025, 2, 18, 11, 40), (2025, 2, 24))], jana)
m_k_feb = t7b.recs[-2]
# A7: account takeover of the carrier's Seznam mailbox: submitted over Seznam SMTP from a VPS with Outlook, English (she always writes Czech), OneNote
t7b.add(jana, "Hello,\n\nPlease find attached the CMR documents and the invoice for the deliveries of last week. Because of the size, the documents are saved in "
        "OneNote - please open the file and click on the \"View documents\" button to display them.\n\nBest regards\nJana Dvořáková\nK-TRANS Logistika s.r.o.",
        at(2025, 2, 19, 21, 47, PRG), label=HJ("account-takeover"), sig=False, detached=True, client="outlook-en", infra="seznam-smtp", date_tz=UTC,
        ato=dict(ip="185.213.155.74", pc="DESKTOP-9QJ4LMB"), quote_rec=m_k_feb, qtz=UTC,
        atts=[("CMR_KTRANS_KW07-2025.one", onenote("K-TRANS CMR KW07 - double-click View documents (inert probe placeholder)"), "application/octet-stream")],
        scen=("A7", "Czech carrier's Seznam account used from a VPS over SMTP with Outlook (other client and network, +0000), English instead of Czech, "
                    "CMR documents as a OneNote file, Outlook-style quote"))
ktrans_events(t7b, [("i", (2025, 3, 3, 8, 41), 2025, 2, "2025044"), ("r", (2025, 3, 4, 8, 50), (2025, 3, 4, 10, 22), (2025, 3, 10)),
                    ("r", (2025, 3, 18, 9, 35), (2025, 3, 18, 13, 58), (2025, 3, 24))], jana)
t7b.add(jana, "Dobrý den paní Nowak,\n\njen pro informaci: od 1. dubna 2025 přecházíme na Microsoft 365. E-mailové adresy zůstávají stejné, jen naše e-maily budou "
        "vypadat trochu jinak. Faktury budeme posílat dál z této adresy, bankovní spojení se NEMĚNÍ.", at(2025, 3, 27, 15, 3, PRG))
t7b.add(kasia, "Pani Jano, dziękuję za informację.", at(2025, 3, 27, 15, 40))

t7c = Thread("T7c", "Harmonogram odbiorów grysu bazaltowego - II kwartał 2025", jana, lang="cs")
ktrans_events(t7c, [("r", (2025, 4, 2, 9, 5), (2025, 4, 3, 8, 31), (2025, 4, 7),
                     dict(label=GH, scen=("G12", "Czech carrier's first reply after the announced move from Seznam to Microsoft 365 (new client and infrastructure)"),
                          extra_cz="\n\n(Jak jsem psala, od 1. 4. používáme nový e-mailový systém - adresa zůstává stejná.)")),
                    ("i", (2025, 4, 3, 9, 2), 2025, 3, "2025071"), ("r", (2025, 4, 15, 10, 12), (2025, 4, 15, 13, 1), (2025, 4, 21)),
                    ("r", (2025, 4, 29, 8, 46), (2025, 4, 29, 11, 20), (2025, 5, 5)), ("i", (2025, 5, 5, 8, 55), 2025, 4, "2025098"),
                    ("r", (2025, 5, 13, 9, 30), (2025, 5, 13, 12, 44), (2025, 5, 19)), ("r", (2025, 5, 27, 9, 8), (2025, 5, 27, 10, 39), (2025, 6, 2)),
                    ("i", (2025, 6, 3, 9, 27), 2025, 5, "2025124"), ("r", (2025, 6, 10, 13, 15), (2025, 6, 11, 8, 2), (2025, 6, 16))], jana_365)

# ================================================================ T8 K-TRANS: late delivery complaint, requested GPS export (G16)
t8 = Thread("T8", "Reklamacja - opóźniona dostawa 22.11.2024 (8T2 4518)", jana, lang="cs")
t8.add(kasia, "Pani Jano,\n\nw piątek 22.11 auto 8T2 4518 zamiast ok. 9:00 przyjechało o 14:35. Przez brak grysu linia nr 2 stała ponad 4 godziny, a zmiana popołudniowa "
       "miała przestój. Nikt nas nie uprzedził o opóźnieniu.\n\nZgodnie z pkt 6.3 umowy przewozowej proszę o pisemne wyjaśnienie oraz zapis GPS trasy tego pojazdu z 22.11. "
       "Do czasu wyjaśnienia wstrzymujemy płatność faktury za listopad w części dotyczącej tego kursu.", at(2024, 11, 25, 8, 37))
t8.add(jana, "Dobrý den paní Nowak,\n\nomlouvám se za komplikace. Řidič měl podle svého vyjádření nehodu před sebou na D1 u Ostravy - dálnice byla uzavřená téměř 3 hodiny. "
       "Bohužel vás dispečink neinformoval, to je naše chyba. Záznam z GPS si vyžádám od správce flotily a pošlu zítra.", at(2024, 11, 26, 9, 14, PRG))
t8.add(kasia, "Dziękuję, czekam na zapis GPS.", at(2024, 11, 26, 9, 50))
gps_csv = "cas;lat;lon;rychlost_kmh\n" + "\n".join(f"22.11.2024 {h:02d}:{m:02d};{49.55 + i * 0.012:.5f};{17.74 - i * 0.009:.5f};{0 if 10 <= h < 13 else R.randint(55, 85)}"
                                                  for i, (h, m) in enumerate((h, m) for h in range(4, 15) for m in range(0, 60, 5)))
t8.add(jana, "Dobrý den,\n\nv příloze posílám export z GPS (8T2 4518, 22. 11. 2024) - CSV s polohou po 5 minutách a PDF s mapou trasy. Zastávka 10:05-12:58 je na D1 "
       "u Bělotína, kde byla uzavírka. Potvrzení Policie ČR o uzavírce dodám, pokud budete potřebovat.", at(2024, 11, 27, 10, 26, PRG), label=GH,
       atts=[("GPS_8T2-4518_2024-11-22.zip", zipped([("GPS_8T2-4518_2024-11-22.csv", gps_csv.encode()),
                                                      ("Trasa_8T2-4518_2024-11-22.pdf", pdf(["GPS Dozor - Trasa vozidla 8T2 4518", "22.11.2024 04:30 - 14:40", "Zastaveni D1 km 298 (Belotin) 10:05-12:58"],
                                                                                              producer="GPS Dozor", when="20241127101500"))], (2024, 11, 27, 10, 20, 0)), "application/zip")],
       scen=("G16", "carrier sends the zipped GPS export Kasia requested in the complaint thread"))
t8.add(kasia, "Pani Jano,\n\ndziękuję - zapis potwierdza zamknięcie autostrady, reklamację zamykamy bez kary. Proszę jednak na przyszłość o telefon do magazynu "
       "(71 555 32 40), gdy auto jest opóźnione ponad godzinę.", at(2024, 11, 28, 11, 5))
t8.add(jana, "Rozumím, dispečink už je informován. Děkuji za pochopení.", at(2024, 11, 28, 12, 40, PRG))


# ================================================================ T9 ZV-Montaż (Ukrainian subcontractor): silo installation, Gmail web/Android, accountant on ukr.net
oleks_m = Pt("Oleksandr Kovalenko", "o.kovalenko.zvmontaz@gmail.com", "gmail-android", "gmail", "", tz=WAW, lang="uk")
t9 = Thread("T9", "Montaż silosu cementu S3 - Kobierzyce", oleksandr)
t9.add(kasia, "Dzień dobry Panie Oleksandrze,\n\nzgodnie z rozmową telefoniczną przesyłam zakres prac: montaż silosu na cement 100 t (S3) dostarczonego przez producenta "
       "w segmentach, spawanie segmentów, montaż ślimaka i filtra, podłączenie do istniejącej instalacji pneumatycznej. Fundament będzie gotowy do 15.10.\n\n"
       "Proszę o potwierdzenie terminu rozpoczęcia, liczby osób w brygadzie i przesłanie uprawnień spawaczy (certyfikaty EN ISO 9606-1) - wymaga tego nasz dział BHP.",
       at(2024, 9, 24, 10, 18))
t9.add(oleksandr, "Dzień dobry Pani Katarzyno.\n\nMożemy zacząć 21.10 (poniedziałek), brygada 4 osoby, 2 spawacza z certyfikatami. Uprawnienia wyślę jutro bo są w biurze "
       "w Oleśnicy. Dźwig zamawia wasza firma czy my? Potrzebny 50 t przy segmentach.\n\nPozdrawiam\nOleksandr", at(2024, 9, 25, 19, 7))
t9.add(oleksandr, "W załączniku certyfikaty spawaczy (Mykola Bondarenko, Serhii Tkachenko) i zaświadczenia BHP.", at(2024, 9, 26, 8, 44),
       atts=[("Certyfikat_EN_ISO_9606-1_Bondarenko.pdf", pdf(["CERTYFIKAT EGZAMINU SPAWACZA wg EN ISO 9606-1", "Mykola Bondarenko", "135 P BW 1.2 S t10 PB ml"],
                                                            producer="Canon iR-ADV C3520 PDF", when="20240926083000"), "application/pdf"),
             ("Certyfikat_EN_ISO_9606-1_Tkachenko.pdf", pdf(["CERTYFIKAT EGZAMINU SPAWACZA wg EN ISO 9606-1", "Serhii Tkachenko", "135 P FW 1.2 S t10 PB ml"],
                                                           producer="Canon iR-ADV C3520 PDF", when="20240926083100"), "application/pdf"),
             ("Zaswiadczenia_BHP_ZV-Montaz.pdf", pdf(["ZASWIADCZENIE o ukonczeniu szkolenia okresowego BHP", "4 osoby - ZV-Montaz Oleksandr Kovalenko"],
                                                     producer="Canon iR-ADV C3520 PDF", when="20240926083200"), "application/pdf")])
t9.add(kasia, "Dziękuję. Dźwig zamawiamy my (firma p. Kamińskiego z Sobótki), będzie 21-23.10 od 7:00. Proszę o listę osób do przepustek.", at(2024, 9, 26, 11, 30))
t9.add(oleksandr, "Lista: Oleksandr Kovalenko, Mykola Bondarenko, Serhii Tkachenko, Andrii Shevchuk. Dziękuję.", at(2024, 9, 30, 7, 58))
t9.add(oleks_m, "Pani Katarzyno dobry wieczór, przepraszam że tak późno. Jutro od rana potrzebujemy podnośnik koszowy do montażu filtra na górze silosu, sam dźwig "
       "nie wystarczy bo jest wiatr. Zdjęcia w załączniku. Czy możecie zamówić na 7:00?\n\nOleksandr", at(2024, 10, 23, 23, 41), label=GH,
       atts=[("IMG_20241023_174512.jpg", jpeg(4200), "image/jpeg"), ("IMG_20241023_174530.jpg", jpeg(3900), "image/jpeg")],
       scen=("G17", "Ukrainian subcontractor writes from Gmail for Android at 23:41 with two site photos, no signature"))
t9.add(kasia, "Panie Oleksandrze, podnośnik zamówiony u p. Kamińskiego, będzie o 8:00.", at(2024, 10, 24, 6, 52), client="ex16ios")
t9.add(oleksandr, "Pani Katarzyno, silos skończony, próba szczelności OK, protokół odbioru podpisał p. Tomasz. Fakturę wyśle nasza księgowa pani Iryna w przyszłym "
       "tygodniu, daję ją w kopii.", at(2024, 11, 8, 16, 2), cc=[P(iryna)])
t9.add(iryna, "Dzień dobry,\n\nw załączeniu faktura FV 11/2024 za montaż silosu S3 wg zlecenia, kwota 68 400,00 zł netto + VAT 23%, razem 84 132,00 zł. "
       "Termin płatności 14 dni.\n\nNumer rachunku: PL83 1020 5226 0000 6102 0417 7895 (PKO BP) - rachunek jest w wykazie podatników VAT.", at(2024, 11, 12, 11, 20, KYIV),
       label=GH, to=[P(kasia)], cc=[P(oleksandr)],
       atts=[("FV_11_2024_ZV-Montaz.pdf", pdf(["ZV-Montaz Oleksandr Kovalenko, NIP 9121955310", "FAKTURA VAT nr FV 11/2024", "Nabywca: SILBET Sp. z o.o., NIP 8961554217",
                                               "Montaz silosu cementu S3 - 68 400,00 zl netto, VAT 23% 15 732,00 zl", "Razem: 84 132,00 zl",
                                               "Rachunek: PL83 1020 5226 0000 6102 0417 7895"], producer="wFirma", when="20241112101500"), "application/pdf")],
       scen=("G18", "subcontractor's accountant (introduced in Cc, on ukr.net) joins the thread with the invoice and the firm's bank account"))
t9.add(kasia, "Pani Iryno, dziękuję. Rachunek sprawdziłam na białej liście - zgodny. Płatność zlecimy 22.11.", at(2024, 11, 13, 9, 3), to=[P(iryna)], cc=[P(oleksandr)])
t9.add(kasia, "Panie Oleksandrze,\n\nwracam do tematu - zarząd zatwierdził drugi silos (S4, 80 t) obok S3. Fundament będzie gotowy 7.03. Czy możecie zrobić montaż "
       "w tygodniu 10-14.03 na tych samych warunkach (58 000 zł netto)?", at(2025, 2, 10, 13, 12), to=[P(oleksandr)])
t9.add(oleksandr, "Dzień dobry, tak, możemy 10.03. Ta sama brygada. Dziękuję że znowu nas Pani wybrała.", at(2025, 2, 11, 18, 25))
t9.add(oleksandr, "Silos S4 zamontowany, protokół podpisany z p. Tomaszem. Faktura od pani Iryny w poniedziałek.", at(2025, 3, 14, 15, 50), cc=[P(iryna)])
t9.add(iryna, "Dzień dobry,\n\nw załączeniu faktura FV 3/2025 za montaż silosu S4, 58 000,00 zł netto + VAT, razem 71 340,00 zł. Rachunek bez zmian.",
       at(2025, 3, 17, 10, 40, KYIV), to=[P(kasia)], cc=[P(oleksandr)],
       atts=[("FV_3_2025_ZV-Montaz.pdf", pdf(["ZV-Montaz Oleksandr Kovalenko, NIP 9121955310", "FAKTURA VAT nr FV 3/2025", "Montaz silosu S4 - 58 000,00 zl netto",
                                              "Razem: 71 340,00 zl", "Rachunek: PL83 1020 5226 0000 6102 0417 7895"], producer="wFirma", when="20250317100000"), "application/pdf")])
m_k_pay = t9.add(kasia, "Dziękuję, płatność 31.03 po akceptacji protokołu przez zarząd.", at(2025, 3, 18, 10, 12), to=[P(iryna)], cc=[P(oleksandr)])
# A8: account takeover of the subcontractor's Gmail: Thunderbird over smtp.gmail.com from a VPS, fluent formal Polish (he writes broken Polish), new account
t9.add(oleksandr, "Szanowna Pani Katarzyno,\n\nuprzejmie informuję, że w związku z okresową weryfikacją naszej firmy przez bank (procedura AML) rachunek w PKO BP został "
       "czasowo zablokowany dla wpływów. Aby nie opóźniać wypłat dla pracowników, prosimy o przelew należności z faktury FV 3/2025 (71 340,00 zł brutto) na nasz drugi "
       "rachunek firmowy:\n\nZV-Montaż Oleksandr Kovalenko\nSantander Bank Polska S.A.\nPL19 1090 2402 0000 0001 5247 8813\n\nRachunek został zgłoszony w urzędzie "
       "skarbowym, aktualizacja białej listy może potrwać kilka dni. Bardzo proszę o informację zwrotną po zleceniu przelewu. Ze względu na pracę na budowie proszę o "
       "kontakt mailowy.\n\nZ wyrazami szacunku\nOleksandr Kovalenko", at(2025, 3, 27, 20, 3, UTC), label=HJ("account-takeover"), sig=False, detached=True,
       client="tb-gmail", infra="gmail-smtp", date_tz=UTC, ato=dict(ip="102.89.44.118", rdns="102-89-44-118.vps-cloud.example"), to=[P(kasia)], quote_rec=rec_of(t9, m_k_pay), qtz=UTC,
       scen=("A8", "subcontractor's Gmail account used over smtp.gmail.com from a VPS with Thunderbird (+0000): fluent formal Polish instead of his broken "
                   "Polish, payment to a 'second' account just before the due date, asks for e-mail contact only"))

# ================================================================ T18 crane hire (onet.pl, Windows Live Mail, windows-1250)
t18 = Thread("T18", "Zamówienie dźwigu 50 t - montaż silosu 21-23.10, SILBET Kobierzyce", zbigniew)
t18.add(kasia, "Dzień dobry Panie Zbigniewie,\n\npotrzebujemy dźwigu samojezdnego min. 50 t do montażu segmentów silosu w dniach 21-23.10.2024 (pon.-śr.), od 7:00, ok. 8 h "
        "dziennie. Miejsce: SILBET Kobierzyce, ul. Przemysłowa 14, plac przy silosach. Segmenty do 6,5 t, wysokość podnoszenia ok. 22 m.\n\nProszę o ofertę i potwierdzenie "
        "dostępności.", at(2024, 9, 27, 12, 5))
t18.add(zbigniew, "Dzien dobry,\n\ndzwig 55 t dostepny 21-23.10. Cena 380 zl netto/h, min. 8 h dziennie, dojazd 600 zl jednorazowo. Prosze o szkic placu z miejscem "
        "rozstawienia i informacje czy podloze utwardzone.\n\nPozdrawiam", at(2024, 9, 30, 19, 40))
t18.add(kasia, "W załączeniu szkic placu (podłoże: płyty betonowe 20 cm) i zamówienie ZZ/2024/0421. Kontakt na miejscu: p. Tomasz Zieliński, 603 555 918.", at(2024, 10, 1, 8, 20),
        atts=[("Szkic_placu_silosy.pdf", pdf(["SILBET - plac przy silosach", "Miejsce rozstawienia dzwigu: pole A (10 x 12 m)", "Podloze: plyty betonowe 20 cm"],
                                             producer="AutoCAD LT 2021", when="20241001080000"), "application/pdf"),
              ("ZZ_2024_0421.pdf", zz_pdf("ZZ/2024/0421", "Uslugi Dzwigowe i HDS Zbigniew Kaminski", ["Dzwig 55 t, 21-23.10.2024, 380 zl/h, dojazd 600 zl"], "20241001081000"),
               "application/pdf")])
t18.add(zbigniew, "Potwierdzam. Bedziemy 21.10 o 6:45.", at(2024, 10, 1, 20, 12))
t18.add(zbigniew, "W zalaczeniu faktura 114/10/2024 za dzwig 21-23.10 (24 h) i podnosnik koszowy 24.10 (6 h).", at(2024, 10, 25, 18, 3),
        atts=[("FV_114_10_2024.pdf", pdf(["USLUGI DZWIGOWE i HDS Zbigniew Kaminski, Sobotka", "Faktura nr 114/10/2024", "Dzwig 55 t - 24 h x 380 zl", "Podnosnik koszowy - 6 h x 190 zl",
                                          "Dojazd 600 zl"], producer="Subiekt GT", when="20241025175500"), "application/pdf")])
t18.add(kasia, "Panie Zbigniewie,\n\npotrzebujemy dźwigu ponownie: montaż silosu S4, 10-12.03.2025, te same warunki? Segmenty lżejsze (do 5 t).", at(2025, 2, 24, 9, 37))
t18.add(zbigniew, "Dzien dobry, 10-12.03 pasuje, cena bez zmian. Prosze zapisac moj nowy numer telefonu 512 555 048 - stary numer 601 555 730 oddalem synowi razem "
        "z HDS-em, on teraz obsluguje male zlecenia. Faktury dalej z tego maila.", at(2025, 2, 25, 20, 31), label=GH,
        sigtext="\n\nZbigniew Kamiński\nUSŁUGI DŹWIGOWE\nSobótka, tel. 512 555 048",
        scen=("G32", "crane operator announces his new phone number (and a changed signature) in an ongoing order thread"))
t18.add(zbigniew, "W zalaczeniu faktura 31/03/2025 za dzwig 10-12.03.", at(2025, 3, 13, 19, 15), sigtext="\n\nZbigniew Kamiński\nUSŁUGI DŹWIGOWE\nSobótka, tel. 512 555 048",
        atts=[("FV_31_03_2025.pdf", pdf(["USLUGI DZWIGOWE Zbigniew Kaminski, Sobotka", "Faktura nr 31/03/2025", "Dzwig 55 t - 22 h x 380 zl", "Dojazd 600 zl"],
                                        producer="Subiekt GT", when="20250313190000"), "application/pdf")])

# ================================================================ T14 Folplast: stretch film and hoods (Thunderbird on OVH); real bank change (G13, G14), A4
FOL_OLD = "PL61 1240 1037 1111 0010 4421 7733"; FOL_NEW = "PL72 1160 2202 0000 0005 4931 2277"
t14 = Thread("T14", "Zamówienie folii stretch i kapturów - SILBET", ewa)
t14.add(kasia, "Pani Ewo,\n\nprosimy o dostawę:\n- folia stretch maszynowa 23 µm, szer. 500 mm, rolka 16 kg - 60 rolek\n- kaptury termokurczliwe 1200x800x1100, grubość "
        "100 µm - 2 000 szt.\nwg cennika z umowy. Termin: do 18.10. Zamówienie ZZ/2024/0427 w załączniku.", at(2024, 10, 8, 10, 41),
        atts=[("ZZ_2024_0427.pdf", zz_pdf("ZZ/2024/0427", "Folplast Opakowania Sp. z o.o.", ["folia stretch 23 um, 500 mm, 16 kg - 60 rolek", "kaptury 1200x800x1100, 100 um - 2000 szt."],
                                          "20241008103500"), "application/pdf")])
t14.add(ewa, "Dzień dobry Pani Katarzyno,\n\ndziękuję za zamówienie. Potwierdzam dostawę 16.10 (środa) naszym transportem, awizacja dzień wcześniej. Potwierdzenie "
        "PZ/1044/2024 w załączniku.", at(2024, 10, 9, 9, 15),
        atts=[("Potwierdzenie_PZ_1044_2024.pdf", pdf(["FOLPLAST OPAKOWANIA Sp. z o.o. - POTWIERDZENIE ZAMOWIENIA PZ/1044/2024", "Zamowienie klienta: ZZ/2024/0427",
                                                      "Dostawa: 16.10.2024", f"Rachunek: {FOL_OLD}"], producer="Comarch ERP Optima", when="20241009091000"), "application/pdf")])
t14.add(kasia, "Pani Ewo,\n\nkolejne zamówienie ZZ/2024/0468: folia stretch 23 µm - 40 rolek, kaptury 1200x800x1100 - 1 500 szt., dostawa do 6.12.", at(2024, 11, 26, 12, 20))
t14.add(ewa, "Potwierdzam, dostawa 4.12 rano.", at(2024, 11, 27, 8, 37))
t14.add(kasia, "Pani Ewo,\n\nzamówienie na luty (ZZ/2025/0041): folia stretch 23 µm - 50 rolek, kaptury - 2 000 szt., dostawa w tygodniu 10-14.02.", at(2025, 1, 28, 13, 5))
t14.add(ewa, "Dzień dobry Pani Katarzyno,\n\npotwierdzam zamówienie, dostawa 11.02.\n\nPrzy okazji informuję, że od 1 lutego 2025 r. zmienia się nasz rachunek bankowy - "
        "w związku z przejęciem naszego dotychczasowego banku i migracją rachunków. Oficjalne pismo podpisane przez Zarząd przesyłam w załączniku, oryginał idzie pocztą. "
        "Nowy rachunek jest już widoczny w wykazie podatników VAT (biała lista).\n\nJeśli chcą Państwo potwierdzić zmianę telefonicznie, proszę dzwonić na numer centrali "
        "z umowy: 42 555 18 00 (księgowość, p. Monika Zawadzka).", at(2025, 1, 29, 10, 48), label=GH,
        atts=[("Zmiana_rachunku_bankowego_Folplast.pdf", pdf(["FOLPLAST OPAKOWANIA Sp. z o.o., ul. Wolczanska 218, 93-005 Lodz", "Lodz, 27.01.2025",
                                                              "Informacja o zmianie rachunku bankowego", f"Dotychczasowy rachunek: {FOL_OLD}", f"Nowy rachunek od 01.02.2025: {FOL_NEW}",
                                                              "Rachunek zgloszony do wykazu podatnikow VAT.", "Prezes Zarzadu / Wiceprezes Zarzadu (podpisy)"],
                                                             producer="Canon iR-ADV C5535 PDF", when="20250127143000"), "application/pdf")],
        scen=("G13", "packaging supplier's real bank-change letter (PDF) in the order thread, with the contract phone number for verification"))
m_k_verif = t14.add(kasia, "Pani Ewo,\n\ndziękuję. Zmianę potwierdziłam telefonicznie z p. Moniką Zawadzką (42 555 18 00) oraz sprawdziłam nowy rachunek na białej liście "
                    "(czynny podatnik VAT, rachunek przypisany). Przekazuję do naszej księgowości.", at(2025, 1, 30, 9, 20))
tfw = Thread("T14f", "PD: Zamówienie folii stretch i kapturów - SILBET", agnieszka)
tfw.add(kasia, "Agnieszko,\n\nzmiana rachunku Folplast od 1.02 - pismo w załączniku. Zweryfikowane telefonicznie (numer z umowy, p. Monika Zawadzka) i na białej liście, "
        "wydruk z wykazu też w załączniku. Proszę o zmianę w kartotece.", at(2025, 1, 30, 9, 31), quote_rec=rec_of(t14, m_k_verif), cc=[P(marek)],
        atts=[("Zmiana_rachunku_bankowego_Folplast.pdf", pdf(["FOLPLAST - informacja o zmianie rachunku", f"Nowy rachunek: {FOL_NEW}"], producer="Canon iR-ADV C5535 PDF",
                                                             when="20250127143000"), "application/pdf"),
              ("Wykaz_VAT_Folplast_20250130.pdf", pdf(["Wykaz podmiotow zarejestrowanych jako podatnicy VAT - wynik wyszukiwania", "FOLPLAST OPAKOWANIA SP. Z O.O., NIP 7251555310",
                                                       "Status: Czynny", f"Rachunki: {FOL_NEW}", "Identyfikator wyszukiwania: " + alnum(10).upper()],
                                                      producer="Chromium", when="20250130092700"), "application/pdf")])
tfw.add(agnieszka, "Zmienione w ERP, weryfikacja z wykazem przy pierwszej płatności też przeszła pozytywnie. Dzięki!", at(2025, 1, 31, 8, 10), cc=[P(marek)])
t14.add(kasia, "Pani Ewo,\n\nzamówienie ZZ/2025/0088: folia stretch - 60 rolek, kaptury - 2 500 szt., dostawa 4.03.", at(2025, 2, 26, 9, 48))
t14.add(ewa, "Potwierdzam dostawę 4.03.", at(2025, 2, 26, 14, 2))
t14.add(ewa, "Pani Katarzyno,\n\nw załączeniu faktura FV/0312/2025 za dostawę z 4.03 - płatna już na nowy rachunek: " + FOL_NEW + " (zgodnie z pismem z 27.01).",
        at(2025, 3, 5, 11, 33), label=GH,
        atts=[("FV_0312_2025_Folplast.pdf", pdf(["FOLPLAST OPAKOWANIA Sp. z o.o. - FAKTURA VAT FV/0312/2025", "Nabywca: SILBET Sp. z o.o.", "folia stretch 23 um - 60 rolek",
                                                 "kaptury 1200x800x1100 - 2500 szt.", f"Rachunek: {FOL_NEW}"], producer="Comarch ERP Optima", when="20250305112000"), "application/pdf")],
        scen=("G14", "first invoice with the new, verified bank account in the same thread"))
# A4: server-hijack through Folplast's real OVH mailbox and Thunderbird (same headers): delivery-notice lure with an HTML login page, faithful quote
phish_html = ("<!DOCTYPE html>\n<html lang=\"pl\"><head><meta charset=\"utf-8\"><title>Awizacja dostawy - podgląd dokumentu</title>\n<style>body{font-family:Segoe UI,Arial;"
              "background:#f3f2f1}.box{width:380px;margin:80px auto;background:#fff;padding:32px;box-shadow:0 2px 6px #0003}</style></head>\n<body><div class=\"box\">"
              "<h2>Awizacja dostawy WZ/0388/2025</h2><p>Dokument jest chroniony. Zaloguj się adresem e-mail firmy, aby potwierdzić termin rozładunku.</p>\n"
              "<form method=\"post\" action=\"https://awizacje-przewoznik.example/potwierdz.php\"><input type=\"email\" name=\"login\" value=\"k.nowak@silbet.example\"><br>"
              "<input type=\"password\" name=\"pass\" placeholder=\"Hasło\"><br><button type=\"submit\">Potwierdź</button></form>\n"
              "<!-- inert probe placeholder: no script --></div></body></html>\n")
t14.add(ewa, "Dzień dobry,\n\nw związku ze zmianą przewoźnika prosimy o potwierdzenie terminu rozładunku najbliższej dostawy w systemie awizacji. Szczegóły awizacji "
        "i dokument WZ w załączniku - proszę otworzyć plik w przeglądarce i zalogować się adresem e-mail firmy, aby potwierdzić termin.\n\nPozdrawiam\nEwa Sikora",
        at(2025, 3, 25, 16, 55), label=HJ("server-hijack"), sig=False, detached=True,
        atts=[("Awizacja_dostawy_WZ_0388_2025.html", phish_html.encode(), "text/html")],
        scen=("A4", "packaging supplier's real OVH mailbox and Thunderbird (same headers): 'delivery notice' HTML attachment asking for the mailbox password, "
                    "for a delivery that was never ordered; faithful quote"))
t14.add(kasia, "Pani Ewo,\n\nzamówienie ZZ/2025/0163: folia stretch - 80 rolek, kaptury - 3 000 szt., dostawa do 30.04 (sezon).", at(2025, 4, 22, 10, 27))
t14.add(ewa, "Dzień dobry, potwierdzam, dostawa 28.04.", at(2025, 4, 23, 8, 52))
t14.add(kasia, "Pani Ewo,\n\nczerwiec: ZZ/2025/0241 - folia stretch 70 rolek, kaptury 2 500 szt., dostawa do 13.06.", at(2025, 6, 5, 11, 2))
t14.add(ewa, "Potwierdzam, dostawa 12.06.", at(2025, 6, 6, 9, 20))

# ================================================================ T16 EkoPopiół: fly-ash contract (Zimbra); their own Nextcloud links (G24), A5
t16 = Thread("T16", "Oferta - popiół lotny krzemionkowy 2025", krzysztof)
t16.add(kasia, "Dzień dobry Panie Krzysztofie,\n\nprosimy o ofertę na dostawy popiołu lotnego krzemionkowego kat. A (PN-EN 450-1) na 2025 r.: ok. 4 000 t/rok, dostawy "
        "cysternami ok. 15-18 t tygodniowo w sezonie (III-XI). Prosimy o cenę loco elektrownia i z transportem do Kobierzyc oraz aktualne badania (strata prażenia, "
        "miałkość).", at(2024, 10, 21, 11, 16))
t16.add(krzysztof, "Dzień dobry Pani Katarzyno,\n\nw załączeniu oferta nr 118/2024: popiół lotny kat. A, LOI kat. B - 95,00 zł/t netto loco Brzezie, transport cysterną do "
        "Kobierzyc 42,00 zł/t. Certyfikat zgodności i wyniki badań za III kwartał w załączeniu.\n\nZ uwagi na planowane postoje bloku nr 2 w 2025 r. proponujemy umowę "
        "z harmonogramem kwartalnym.", at(2024, 10, 23, 13, 30),
        atts=[("Oferta_118_2024_SILBET.pdf", pdf(["EkoPopiol Sp. z o.o. - OFERTA 118/2024", "Popiol lotny krzemionkowy kat. A (PN-EN 450-1), LOI kat. B",
                                                  "Cena: 95,00 zl/t netto loco Brzezie", "Transport: 42,00 zl/t"], producer="LibreOffice 7.6", when="20241023130000"), "application/pdf"),
              ("Badania_UPS_III_kw_2024.pdf", pdf(["Wyniki badan popiolu - III kwartal 2024", "Strata prazenia: 4,1 %", "Mialkosc (pozostalosc na sicie 0,045 mm): 22 %"],
                                                  producer="LibreOffice 7.6", when="20241015090000"), "application/pdf")])
t16.add(kasia, "Panie Krzysztofie,\n\ndziękuję. Łącznie 137 zł/t to więcej niż w tym roku (129 zł/t). Czy jest możliwa cena 88 zł/t loco przy gwarancji odbioru 3 500 t?",
        at(2024, 10, 24, 9, 6))
t16.add(krzysztof, "Pani Katarzyno,\n\npo konsultacji z zarządem: 91,00 zł/t loco przy gwarantowanym odbiorze 3 500 t, transport bez zmian 42,00 zł/t. Projekt umowy "
        "w załączniku.", at(2024, 10, 30, 14, 47),
        atts=[("Umowa_UPS_2025_SILBET_projekt.docx", ooxml("docx", ["UMOWA DOSTAWY UBOCZNYCH PRODUKTOW SPALANIA nr 27/2025", "zawarta pomiedzy EkoPopiol Sp. z o.o. a SILBET Sp. z o.o.",
                                                                   "par. 3 Cena: 91,00 zl/t netto loco Brzezie", "par. 4 Minimalny odbior: 3 500 t"], author="Krzysztof Jankowski",
                                                          when="2024-10-30T13:40:00Z"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t16.add(kasia, "Przesyłam podpisany skan umowy (2 egz. oryginałów wysłaliśmy pocztą).", at(2024, 11, 5, 12, 40),
        atts=[("Umowa_27_2025_podpisana.pdf", pdf(["UMOWA nr 27/2025 - skan podpisanego egzemplarza"], producer="RICOH MP C3004ex", when="20241105123000"), "application/pdf")])
t16.add(krzysztof, "Dziękuję, potwierdzam otrzymanie. Certyfikaty i bieżące wyniki badań będziemy udostępniać co kwartał w naszej chmurze, pierwszy link:\n"
        "https://chmura.ekopopiol.example/s/bW4kQ9xZr2LpT7a\n\n(hasło nie jest potrzebne)", at(2024, 11, 6, 10, 5))
t16.add(krzysztof, "Pani Katarzyno,\n\njak co kwartał - wyniki badań popiołu za IV kwartał 2024 (strata prażenia, miałkość, wskaźnik aktywności) oraz aktualny certyfikat "
        "ZKP są do pobrania tutaj:\nhttps://chmura.ekopopiol.example/s/Yt3mH8cVq1NeR5d\n\nLink ważny do końca marca.", at(2025, 2, 11, 9, 58), label=GH,
        scen=("G24", "fly-ash supplier's quarterly link to his company's own Nextcloud share, as announced in the thread"))
t16.add(kasia, "Dziękuję, pobrane.", at(2025, 2, 12, 8, 14))
# A5: server-hijack through EkoPopiół's real Zimbra (same headers): short generic "shared document" on docs.google.com, no quote, no signature
t16.add(krzysztof, "Dzień dobry,\n\nudostępniono Pani dokument: Świadectwo jakości 04/2025.\n\nOtwórz dokument:\nhttps://docs.google.com/presentation/d/e/2PACX-1v"
        + alnum(72) + "/pub?start=false&loop=false&delayms=3000\n\nPozdrawiam", at(2025, 4, 15, 13, 2), label=HJ("server-hijack"), sig=False, quote=False, detached=True,
        scen=("A5", "fly-ash supplier's real Zimbra server (same headers): short generic 'document shared with you' pointing to a published Google Slides page, "
                    "no quote, no signature"))
t16.add(krzysztof, "Pani Katarzyno,\n\nwyniki za I kwartał 2025: https://chmura.ekopopiol.example/s/Lp2Wq7RtZ9mKc4x\n\nInformuję też, że blok nr 2 ma postój 16.06-4.07; "
        "w tym czasie dostawy maks. 60 t tygodniowo.", at(2025, 5, 12, 10, 33))
t16.add(kasia, "Dziękuję, uwzględnimy w planie produkcji.", at(2025, 5, 13, 8, 41))

# ================================================================ T17 pallets (wp.pl web mail, ISO-8859-2), A9
t17 = Thread("T17", "palety EUR - zamówienie i odbiór zwrotnych", bartosz)
t17.add(kasia, "Panie Bartoszu,\n\npotrzebujemy 400 palet 1200x800 (klasa B, nośność min. 1000 kg) na 17.10. Mamy też ok. 250 palet zwrotnych do odbioru (uszkodzone "
        "i niestandardowe). Cena jak ostatnio?", at(2024, 10, 10, 9, 33))
t17.add(bartosz, "Dzień dobry, palety B 400 szt. na 17.10 mogę dać, cena 38 zł netto/szt. Zwrotne odbiorę tym samym autem, za sprawne klasy C płacę 12 zł, uszkodzone "
        "zabieram bez opłaty.", at(2024, 10, 10, 12, 55))
t17.add(kasia, "Potwierdzam, zamówienie ZZ/2024/0430.", at(2024, 10, 11, 8, 2))
t17.add(bartosz, "Dostarczone 400 szt., odebrane 236 szt. zwrotnych (w tym 141 klasy C). Faktura i nota w załączniku.", at(2024, 10, 18, 17, 20),
        atts=[("FV_0318_2024.pdf", pdf(["PALETY-WOJCIK Bartosz Wojcik, Siechnice", "Faktura FV 0318/2024", "Palety 1200x800 kl. B - 400 szt. x 38,00 zl"], producer="wFirma",
                                       when="20241018171000"), "application/pdf"),
              ("Nota_skup_0318_2024.pdf", pdf(["Nota - skup palet zwrotnych", "Palety kl. C - 141 szt. x 12,00 zl"], producer="wFirma", when="20241018171200"), "application/pdf")])
t17.add(kasia, "Panie Bartoszu, na 20.01 potrzebujemy 300 palet klasy B. Cena aktualna?", at(2025, 1, 9, 10, 12))
t17.add(bartosz, "Na 20.01 będzie, cena od stycznia 39 zł (drewno podrożało).", at(2025, 1, 10, 7, 48))
t17.add(kasia, "Na 3.04 proszę 500 palet, sezon się zaczyna.", at(2025, 3, 26, 13, 55))
t17.add(bartosz, "500 szt. na 3.04 będzie, dowiozę dwoma kursami.", at(2025, 3, 27, 19, 2))
t17.add(bartosz, "Faktura za 500 szt. w załączniku.", at(2025, 4, 4, 16, 44),
        atts=[("FV_0412_2025.pdf", pdf(["PALETY-WOJCIK Bartosz Wojcik, Siechnice", "Faktura FV 0412/2025", "Palety 1200x800 kl. B - 500 szt. x 39,00 zl"], producer="wFirma",
                                       when="20250404164000"), "application/pdf")])
# A9: account takeover of the pallet trader's wp.pl mailbox: Outlook over smtp.wp.pl from a foreign host, zip with a shortcut, no quote
t17.add(bartosz, "Dzień dobry,\n\nw załączeniu faktura za palety oraz specyfikacja dostawy.\n\nPozdrawiam\nBartosz Wójcik", at(2025, 5, 27, 8, 13), label=HJ("account-takeover"),
        sig=False, quote=False, detached=True, client="outlook-en", infra="wp-smtp", ato=dict(ip="194.59.31.142", pc="DESKTOP-J4T8QK1"),
        atts=[("Faktura_FV_0527_2025.zip", zipped([("Faktura_FV_0527_2025.pdf.lnk", lnk_bytes("C:\\Windows\\System32\\cmd.exe /c inert-probe-placeholder")),
                                                    ("spec.dat", rbytes(900))], (2025, 5, 26, 23, 58, 0)), "application/zip")],
        scen=("A9", "pallet trader's wp.pl mailbox used over SMTP from a foreign host with Outlook (he always uses the web mail): 'invoice' zip holding a "
                    ".pdf.lnk shortcut, no quote, no order pending"))


# ================================================================ T19 internal: monthly list of purchase invoices to pay (xlsx), CFO approvals
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
def pay_xlsx(ym, rows):
    head = [("Kontrahent", "Nr faktury", "Kwota", "Waluta", "Termin", "PZ zgodne", "Rachunek zweryfikowany")]
    return ooxml("xlsx", head + rows, author="Agnieszka Kowalczyk", when=f"{ym}-20T13:00:00Z")
PAY = [("2024-10", (2024, 9, 23, 13, 5), (2024, 9, 24, 9, 40), [("Kopalnia Strzegom-Granit", "FV/2024/09/0611", "98 412,30", "PLN", "2024-10-10", "?", "TAK"),
                                                             ("K-TRANS Logistika", "2024188", "9 360,00", "EUR", "2024-10-05", "?", "NIE (UE)")],
        "Agnieszko,\n\npozycje sprawdzone, dostawy zgodne z PZ. Kruszywa - jedna WZ (0934/24) była reklamowana ilościowo, ale korekta już jest na zestawieniu.\n\nMarku - do akceptacji."),
       ("2024-11", (2024, 10, 24, 12, 30), (2024, 10, 25, 10, 15), [("Hagemann Betonchemie", "24-R-10447", "33 120,00", "EUR", "2024-12-28", "?", "NIE (UE)"),
                                                                 ("Folplast Opakowania", "FV/1102/2024", "21 648,00", "PLN", "2024-11-15", "?", "TAK"),
                                                                 ("Uslugi Dzwigowe Z. Kaminski", "114/10/2024", "13 014,00", "PLN", "2024-11-08", "?", "TAK")],
        "Agnieszko,\n\nwszystko zgodne. Hagemann 24-R-10447 - księgowość jeszcze nie ma faktury w obiegu? Poproszę ich o duplikat.\n\nMarku - do akceptacji."),
       ("2024-12", (2024, 11, 22, 14, 2), (2024, 11, 25, 11, 48), [("K-TRANS Logistika", "2024236", "11 115,00", "EUR", "2024-12-04", "?", "NIE (UE)"),
                                                                 ("ZV-Montaz O. Kovalenko", "FV 11/2024", "84 132,00", "PLN", "2024-11-26", "?", "TAK")],
        "Agnieszko,\n\nK-TRANS 2024236 - proszę wstrzymać kwotę za kurs z 22.11 (585 EUR), trwa reklamacja. Reszta zgodna.\n\nMarku - do akceptacji."),
       ("2025-01", (2024, 12, 19, 11, 20), (2024, 12, 20, 9, 5), [("Officine Meccaniche Ferraris", "PF 24/0371", "28 966,00", "EUR", "2024-12-13", "?", "NIE (UE)"),
                                                               ("K-TRANS Logistika", "2024261", "9 945,00", "EUR", "2025-01-02", "?", "NIE (UE)")],
        "Agnieszko,\n\nK-TRANS - reklamacja zamknięta bez kary, można zapłacić całość. Ferraris - forma dotarła 19.12, zgodna.\n\nMarku - do akceptacji."),
       ("2025-02", (2025, 1, 23, 12, 40), (2025, 1, 24, 8, 55), [("Hagemann Betonchemie", "25-R-00188", "34 800,00", "EUR", "2025-03-10", "?", "NIE (UE)"),
                                                              ("Kopalnia Strzegom-Granit", "FV/2025/01/0089", "45 118,20", "PLN", "2025-02-14", "?", "TAK"),
                                                              ("Kopalnia Strzegom-Granit", "KFV/2025/0007", "-5 834,70", "PLN", "2025-02-14", "?", "TAK")],
        "Agnieszko,\n\nStrzegom - proszę pamiętać o korekcie KFV/2025/0007 (rabat za reklamację), płacimy per saldo. Reszta zgodna.\n\nMarku - do akceptacji."),
       ("2025-03", (2025, 2, 21, 13, 12), (2025, 2, 21, 15, 30), [("Hagemann Betonchemie", "25-R-00241", "8 120,00", "EUR", "2025-04-12", "?", "NIE (UE)"),
                                                               ("Folplast Opakowania", "FV/0188/2025", "25 830,00", "PLN", "2025-03-13", "?", "TAK (nowy)")],
        "Agnieszko,\n\nzgodne. Hagemann - płacimy wyłącznie na rachunek z umowy (Commerzbank), nie na żaden 'polski' rachunek.\n\nMarku - do akceptacji."),
       ("2025-04", (2025, 3, 24, 12, 5), (2025, 3, 25, 9, 17), [("ZV-Montaz O. Kovalenko", "FV 3/2025", "71 340,00", "PLN", "2025-03-31", "?", "TAK"),
                                                             ("Uslugi Dzwigowe Z. Kaminski", "31/03/2025", "11 016,00", "PLN", "2025-03-27", "?", "TAK")],
        "Agnieszko,\n\nzgodne, ZV-Montaż po akceptacji protokołu przez zarząd (jest).\n\nMarku - do akceptacji."),
       ("2025-05", (2025, 4, 23, 13, 33), (2025, 4, 24, 10, 2), [("K-TRANS Logistika", "2025071", "9 360,00", "EUR", "2025-05-03", "?", "NIE (UE)"),
                                                              ("Palety-Wojcik", "FV 0412/2025", "23 985,00", "PLN", "2025-04-18", "?", "TAK")],
        "Agnieszko,\n\nzgodne. Do wiadomości: 27.03 przyszedł mail rzekomo od p. Kovalenko z prośbą o przelew na inny rachunek - potwierdziłam telefonicznie, że to "
        "oszustwo (ktoś włamał się na jego skrzynkę), zapłaciliśmy na rachunek z faktury. Paweł zgłosił sprawę.\n\nMarku - do akceptacji."),
       ("2025-06", (2025, 5, 22, 12, 50), (2025, 5, 22, 14, 26), [("Kopalnia Strzegom-Granit", "FV/2025/05/0412", "112 606,50", "PLN", "2025-05-27", "?", "TAK"),
                                                               ("Hagemann Betonchemie", "25-R-00697", "69 600,00", "EUR", "2025-06-29", "?", "NIE (UE)")],
        "Agnieszko,\n\nStrzegom FV/2025/05/0412 - płacimy na dotychczasowy rachunek z wykazu. 20.05 przyszło pismo o 'zmianie rachunku' z domeny strzegorn-granit "
        "(rn zamiast m) - to oszustwo, p. Mazur potwierdził telefonicznie. Reszta zgodna.\n\nMarku - do akceptacji."),
       ("2025-07", (2025, 6, 23, 12, 15), (2025, 6, 24, 9, 8), [("Folplast Opakowania", "FV/0655/2025", "27 306,00", "PLN", "2025-07-05", "?", "TAK"),
                                                             ("K-TRANS Logistika", "2025124", "10 530,00", "EUR", "2025-07-03", "?", "NIE (UE)")],
        "Agnieszko,\n\nzgodne.\n\nMarku - do akceptacji.")]
t19 = Thread("T19", "Zestawienie płatności - dostawcy zakupowi", agnieszka)
for i, (ym, ta, tk, rows, ktext) in enumerate(PAY):
    y_, mo_ = int(ym[:4]), int(ym[5:])
    txt = (f"Kasiu,\n\nw załączeniu zestawienie faktur zakupowych z terminem płatności do {10 if mo_ != 7 else 5}.{mo_:02d}.{y_}. Proszę o potwierdzenie przyjęcia "
           "dostaw (zgodność z PZ) - zwłaszcza pozycje zaznaczone na żółto.\n\nDzięki!")
    kw = {}
    if ym == "2025-02":
        txt = ("Kasiu,\n\nzestawienie na luty w załączniku. Nowość: dodałam kolumnę 'Rachunek zweryfikowany' - ERP wypełnia ją automatycznie z wykazu podatników VAT. "
               "Pozycje z 'NIE' to kontrahenci zagraniczni (Hagemann, Ferraris, K-TRANS) - dla nich obowiązuje procedura telefoniczna z umowy.\n\nDzięki!")
        kw = dict(label=GH, scen=("G22", "chief accountant's monthly payment list as an .xlsx attachment in the internal payments thread"))
    t19.add(agnieszka, txt, at(*ta), cc=[P(marek)], atts=[(f"Zestawienie_platnosci_{ym}.xlsx", pay_xlsx(ym, rows), XLSX_CT)], **kw)
    mk = t19.add(kasia, ktext, at(*tk), to=[P(agnieszka)], cc=[P(marek)])
    if ym == "2024-12":
        t19.add(marek, "OK, akceptuję z tą uwagą.", at(2024, 11, 25, 13, 40), to=[P(kasia), P(agnieszka)])
    if ym == "2025-01":
        t19.add(marek, "Dzień dobry,\n\njestem na urlopie do 3 stycznia 2025 r. W sprawach pilnych proszę o kontakt z p. Andrzejem Nowickim (a.nowicki@silbet.example). "
                "Sprawy płatności: Agnieszka Kowalczyk (a.kowalczyk@silbet.example).\n\nMarek Wiśniewski", sec(rec_of(t19, mk)["t"], 40),
                label=GH, sig=False, quote=False, detached=True, refs=[mk], subj="Automatyczna odpowiedź: " + rec_of(t19, mk)["subj"], to=[P(kasia)],
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
                scen=("G7", "CFO's Exchange out-of-office automatic reply to Kasia's message"))
    if ym == "2025-03":
        t19.add(marek, "Akceptuję całość. Hagemann - tylko rachunek z umowy, pamiętajcie o próbie oszustwa z 4.02.", at(2025, 2, 21, 23, 10), client="ex16ios",
                to=[P(kasia), P(agnieszka)], label=GH, scen=("G23", "CFO approves from Outlook for iOS at 23:10"))
    if ym == "2025-05":
        t19.add(marek, "Akceptuję.", at(2025, 4, 24, 12, 2), to=[P(kasia), P(agnieszka)])
    if ym == "2025-06":
        # A6: server-hijack from the chief accountant's real mailbox through the company's own Exchange 2016 (same headers), Saturday 05:47, payroll lure, macro workbook
        t19.add(agnieszka, "Kasiu,\n\nw związku z wdrożeniem nowego systemu kadrowo-płacowego od czerwca wszyscy pracownicy muszą zweryfikować swoje dane do przelewu "
                "wynagrodzenia i do PIT. Wypełnij proszę formularz w załączniku do poniedziałku - po otwarciu kliknij \"Włącz edycję\" i \"Włącz zawartość\", inaczej "
                "formularz się nie wyświetli.\n\nDzięki\nAgnieszka", at(2025, 5, 24, 5, 47), label=HJ("server-hijack"), sig=False, detached=True, to=[P(kasia)],
                xoip="10.10.2.31",
                atts=[("Weryfikacja_danych_placowych_06_2025.xlsm", ooxml("xlsx", [("Formularz weryfikacji danych - wynagrodzenia",), ("Aby wyswietlic formularz, kliknij 'Wlacz zawartosc'",)],
                                                                             macro=True, author="Administrator", when="2025-05-23T22:10:00Z"),
                       "application/vnd.ms-excel.sheet.macroEnabled.12")],
                scen=("A6", "chief accountant's real mailbox through the company's own on-prem Exchange 2016 (same internal headers) on a Saturday at 05:47: "
                            "payroll-data lure with a macro-enabled workbook in the payments thread, faithful quote"))

# ================================================================ T20 internal: BUDMA trade fair (A10)
t20 = Thread("T20", "Targi BUDMA 2025 - stoisko, noclegi", andrzej)
t20.add(andrzej, "Kasiu,\n\nw tym roku jedziemy na BUDMĘ (4-7 lutego, Poznań) ze stoiskiem - 48 m2 w pawilonie 5, zgłoszenie już poszło. Proszę zebrać 3 oferty na zabudowę "
        "stoiska (z ekspozycją kostki i płyt) i zarezerwować noclegi dla 6 osób na 3-7.02. Budżet na zabudowę do 60 tys. zł netto.", at(2024, 11, 20, 15, 10), cc=[P(marek)])
t20.add(kasia, "Panie Prezesie,\n\noferty na zabudowę:\n- Expo-Stand Poznań: 54 800 zł netto (podłoga podniesiona w cenie, projekt 3D w załączniku)\n- Fairtec: 61 200 zł netto\n"
        "- Stoiska Wielkopolska: 49 900 zł netto, ale bez podłogi i bez oświetlenia ekspozycji\n\nRekomenduję Expo-Stand. Noclegi: 6 pokoi w hotelu przy Malcie, 520 zł/doba "
        "ze śniadaniem i parkingiem, rezerwacja bezkosztowa do 10.12.", at(2024, 12, 6, 12, 44), to=[P(andrzej)], cc=[P(marek)],
        atts=[("Expo-Stand_projekt_SILBET_BUDMA2025.pdf", pdf(["EXPO-STAND Poznan - projekt zabudowy", "SILBET - BUDMA 2025, pawilon 5, stoisko 48 m2", "Wizualizacja 3D, rzut, zestawienie"],
                                                              producer="SketchUp Pro 2024", when="20241205160000"), "application/pdf")])
t20.add(andrzej, "Zgoda na Expo-Stand, hotel OK. Marek - proszę o zaliczkę 30% dla Expo-Stand w przyszłym tygodniu.", at(2024, 12, 6, 14, 3), to=[P(kasia)], cc=[P(marek)])
t20.add(marek, "Zaliczka zlecona na rachunek z umowy (zweryfikowany na białej liście).", at(2024, 12, 9, 10, 31), to=[P(andrzej)], cc=[P(kasia)])
t20.add(kasia, "Panie Prezesie,\n\nlogistyka stoiska potwierdzona: montaż 2-3.02, próbki (12 palet) jadą naszym autem 2.02 rano. Identyfikatory wystawcy do odbioru 3.02 "
        "w biurze targów. Rezerwacja hotelu potwierdzona (nr 88412). Kolacja z klientami 5.02 o 19:00 przy Starym Rynku - 14 osób.", at(2025, 1, 28, 11, 20), to=[P(andrzej)],
        cc=[P(marek)])
m_a_cat = t20.add(andrzej, "Dziękuję, świetnie. Zabierz proszę katalogi 2025 (marketing ma 500 szt.) - albo niech je zapakują do auta z próbkami.", at(2025, 1, 28, 12, 6),
                  to=[P(kasia)], cc=[P(marek)])
a_spoof = Pt("Andrzej Nowicki", "a.nowicki.silbet@gmail.com", "gmail", "gmail", tz=WAW, lang="pl")
t20.add(a_spoof, "Kasiu,\n\njestem na rozmowach z klientem z Niemiec i nie mogę odebrać telefonu. Potrzebuję pilnie 6 kart podarunkowych Allegro po 500 zł - to upominki dla "
        "najlepszych klientów, którzy dziś odwiedzą stoisko. Kup je proszę online, odsłoń kody i odeślij mi zdjęcia kodów na tego maila w ciągu godziny. Koszt rozliczymy "
        "po powrocie z targów.\n\nAN", at(2025, 2, 5, 10, 47), label=HJ("display-name-spoof"), detached=True, sigtext="\n\nWysłane z iPhone'a", to=[P(kasia)],
        scen=("A10", "CEO's display name from a Gmail address during the trade fair: urgent gift-card codes (no link, no attachment), quotes the real thread"))

# ================================================================ T21 internal IT: new phone; 2FA rollout (G27); A11
t21a = Thread("T21a", "Nowy telefon służbowy - konfiguracja poczty", pawel)
t21a.add(kasia, "Paweł, dostałam nowego iPhone'a (stary Samsung oddaję do działu IT). Skonfigurujesz mi pocztę? Kalendarz też by się przydał.", at(2025, 2, 17, 10, 2))
t21a.add(pawel, "Cześć Kasiu,\n\nzainstaluj z App Store aplikację Outlook, zaloguj się adresem k.nowak@silbet.example i hasłem do komputera - serwer (poczta.silbet.example) "
         "podpowie się sam. Jak zapyta o zgodę na zarządzanie urządzeniem, zaakceptuj. Kalendarz i kontakty synchronizują się automatycznie.", at(2025, 2, 17, 10, 31))
t21a.add(kasia, "Działa, dzięki!", at(2025, 2, 17, 19, 22), client="ex16ios")
t21b = Thread("T21b", "Wdrożenie logowania dwuskładnikowego (2FA) do poczty i VPN - od 17.03.2025", pawel)
t21b.add(pawel, "Dzień dobry,\n\nod poniedziałku 17 marca logowanie do poczty przez przeglądarkę (https://poczta.silbet.example/owa), do VPN oraz do Outlooka na telefonach "
         "będzie wymagało drugiego składnika - kodu z aplikacji ESET Secure Authentication.\n\nCo trzeba zrobić do 14.03:\n1. Zainstalować na telefonie aplikację ESET Secure "
         "Authentication (App Store / Google Play).\n2. Otworzyć link aktywacyjny, który każdy dostanie SMS-em od nadawcy SILBET-IT.\n3. Wpisać kod aktywacyjny z SMS-a.\n\n"
         "Instrukcja krok po kroku w załączniku. Uwaga: nigdy nie prosimy o podanie hasła ani kodu mailem lub telefonicznie i nie wysyłamy linków do logowania z "
         "zewnętrznych adresów. Jeśli ktoś o to prosi - to oszustwo, proszę zgłosić do mnie.\n\nW razie problemów: pomoc@silbet.example lub wew. 240.",
         at(2025, 3, 3, 8, 5), to=[allstaff], label=GH,
         atts=[("Instrukcja_2FA_ESET_Secure_Authentication.pdf", pdf(["SILBET - Instrukcja wlaczenia 2FA (ESET Secure Authentication)", "1. Instalacja aplikacji",
                                                                      "2. Aktywacja linkiem z SMS", "3. Logowanie do OWA: https://poczta.silbet.example/owa"],
                                                                     uris=["https://poczta.silbet.example/owa"], producer="Microsoft® Word 2016", when="20250228150000"),
                "application/pdf")],
         scen=("G27", "IT administrator's company-wide 2FA announcement (no reply headers) with the real OWA link and a PDF guide"))
t21b.add(kasia, "Paweł, czy Outlook na iPhonie też będzie pytał o kod co chwilę, czy raz na jakiś czas?", at(2025, 3, 4, 9, 12), to=[P(pawel)])
t21b.add(pawel, "Raz na 30 dni na danym urządzeniu, chyba że zmienisz hasło do domeny.", at(2025, 3, 4, 9, 40))
p_spoof = Pt("Paweł Lewandowski", "it.helpdesk.silbet@outlook.com", "outlookcom", "outlookcom", tz=WAW, pc="AS8P195MB0912")
t21b.add(p_spoof, "Cześć Kasiu,\n\nz systemu wynika, że Twoje konto nie zostało jeszcze zarejestrowane w 2FA, a od poniedziałku bez rejestracji poczta zostanie zablokowana. "
         "Zarejestruj się proszę jeszcze dzisiaj przez stronę:\n\nhttps://poczta-silbet.example/owa/2fa/enroll?user=k.nowak\n\nZaloguj się swoim loginem i hasłem do poczty, "
         "potem podaj kod z SMS.\n\nPaweł", at(2025, 3, 14, 16, 12), label=HJ("display-name-spoof"), sig=False, detached=True,
         scen=("A11", "IT administrator's display name from an outlook.com address in the real 2FA thread: 'register today' link to a look-alike of the company's OWA"))

# ================================================================ T22 internal production: forwarded technical bulletin (G9), mixer parts
fw_q = dict(t=at(2024, 10, 2, 16, 20, BER), name=juergen.name, email=juergen.email, to=[P(tomasz)], cc=[], subj="HAGEFLOW PCE 540 - Technical Bulletin 09/2024",
            plain="Dear Mr Zieliński,\n\nplease find attached our technical bulletin 09/2024 with the updated dosage recommendation for HAGEFLOW PCE 540 in earth-moist concrete "
                  "(paving stones, blocks). Field trials show that 0,30-0,35% by weight of cement is sufficient in most mixes.\n\nDr. Weber is available for a trial at your "
                  "plant in November." + HBC_SIG)
t22 = Thread("T22", "PD: HAGEFLOW PCE 540 - Technical Bulletin 09/2024", kasia)
t22.add(tomasz, "Kasiu,\n\ndo wiadomości - Hagemann zmienia zalecane dozowanie dla betonów wibroprasowanych. Przy naszej recepturze to ok. 0,35% zamiast 0,4% masy cementu, "
        "czyli zużycie spadnie o ok. 10%. Uwzględnij to proszę w prognozie na 2025.", at(2024, 10, 3, 7, 48), quote_rec=fw_q, label=GH,
        atts=[("HBC_Technical_Bulletin_09-2024_PCE540.pdf", pdf(["HAGEMANN BETONCHEMIE - TECHNICAL BULLETIN 09/2024", "HAGEFLOW PCE 540 in earth-moist concrete",
                                                                 "Recommended dosage: 0,30 - 0,35 % b.w.c."], producer="Adobe InDesign 19.5", when="20240930120000"), "application/pdf")],
        scen=("G9", "production manager forwards (PD:) the supplier's technical bulletin with its PDF"))
t22.add(kasia, "Dzięki, prognoza poszła już do Hagemanna (340-360 t) - przy 0,35% zmniejszę ją do ok. 320 t przy negocjacjach.", at(2024, 10, 3, 8, 30), to=[P(tomasz)])
t22b = Thread("T22b", "Zapotrzebowanie - łopatki mieszalnika MP-2250", tomasz)
t22b.add(tomasz, "Kasiu,\n\npotrzebujemy na przegląd majowy: łopatki mieszające MP-2250 - 12 szt., zgarniacz boczny - 2 szt., wykładzina dna (segmenty) - 8 szt. Numery "
         "katalogowe w załączniku. Dostawca jak zawsze przez dystrybutora w Poznaniu.", at(2025, 4, 10, 7, 55),
         atts=[("Zapotrzebowanie_MP-2250_2025-04.xlsx", ooxml("xlsx", [("Poz.", "Nazwa", "Nr kat.", "Ilosc"), ("1", "Lopatka mieszajaca", "MP2250-104", "12"),
                                                                       ("2", "Zgarniacz boczny", "MP2250-131", "2"), ("3", "Wykladzina dna - segment", "MP2250-220", "8")],
                                                                      author="Tomasz Zielinski", when="2025-04-10T05:50:00Z"), XLSX_CT)])
t22b.add(kasia, "Zamówione, dostawa 24.04.", at(2025, 4, 10, 10, 20))
t22b.add(tomasz, "Dzięki!", at(2025, 4, 10, 10, 41))

# new colleague announcement (context)
emit(marek, "ex16", at(2025, 1, 13, 8, 2), [allstaff], None, "Nowa osoba w dziale zakupów - Natalia Dąbrowska", [],
     "Dzień dobry,\n\nod dziś w dziale zakupów pracuje z nami Natalia Dąbrowska (specjalista ds. zakupów, tel. wew. 219). Natalia przejmie od Kasi bieżące zamówienia "
     "kruszyw, palet i opakowań.\n\nProszę o ciepłe przyjęcie!" + marek.sig, tidx=base64.b64encode(tidx_root(at(2025, 1, 13, 8, 2))).decode(),
     topic="Nowa osoba w dziale zakupów - Natalia Dąbrowska")

# ================================================================ GLPI helpdesk ticket mail (G11), 3CX voicemail (G26), ERP (G10), DPD (G31)
t25 = Thread("T25", "Skaner w drukarce działu zakupów nie zapisuje do folderu", glpi)
t25.add(kasia, "Dzień dobry,\n\nod wczoraj skaner w drukarce HP w dziale zakupów pokazuje 'Błąd zapisu w folderze sieciowym' i nie zapisuje skanów do folderu Zakupy\\Skany. "
        "Drukowanie działa.", at(2024, 11, 14, 8, 20), to=[("Helpdesk IT SILBET", f"pomoc@{OWN}")])
glpi_note(at(2024, 11, 14, 8, 21), 4871, "new", "[GLPI #0004871] Nowe zgłoszenie - Skaner w drukarce działu zakupów nie zapisuje do folderu",
          "Zgłoszenie nr 4871 zostało utworzone.\nZgłaszający: Katarzyna Nowak\nKategoria: Sprzęt > Drukarki\nPriorytet: Średni\nPrzypisane do: Paweł Lewandowski")
glpi_note(at(2024, 11, 14, 10, 42), 4871, "followup", "[GLPI #0004871] Nowe działanie - Skaner w drukarce działu zakupów nie zapisuje do folderu",
          "Paweł Lewandowski dodał działanie:\nPo zmianie hasła konta usługowego skanera (polityka 90 dni) drukarka nie mogła zapisać plików na serwerze. Hasło "
          "zaktualizowane w panelu drukarki, skanowanie do \\\\fs01\\Zakupy\\Skany działa. Proszę o sprawdzenie i potwierdzenie.", label=GH,
          scen=("G11", "helpdesk (GLPI) follow-up notification whose References point to the ticket's virtual thread id, not to any message in the mailbox"))
glpi_note(at(2024, 11, 15, 7, 30), 4871, "solved", "[GLPI #0004871] Zgłoszenie rozwiązane - Skaner w drukarce działu zakupów nie zapisuje do folderu",
          "Zgłoszenie nr 4871 zostało rozwiązane.\nRozwiązanie: zaktualizowano hasło konta usługowego skanera.\nJeśli problem wróci, odpowiedz na tę wiadomość w ciągu 7 dni.")
t25b = Thread("T25b", "Outlook na iPhonie nie synchronizuje kalendarza", glpi)
t25b.add(kasia, "Dzień dobry,\n\nod piątku Outlook na iPhonie nie pokazuje nowych spotkań w kalendarzu, poczta działa.", at(2025, 4, 7, 8, 2), to=[("Helpdesk IT SILBET", f"pomoc@{OWN}")])
glpi_note(at(2025, 4, 7, 8, 3), 5233, "new", "[GLPI #0005233] Nowe zgłoszenie - Outlook na iPhonie nie synchronizuje kalendarza",
          "Zgłoszenie nr 5233 zostało utworzone.\nZgłaszający: Katarzyna Nowak\nKategoria: Oprogramowanie > Poczta\nPriorytet: Niski\nPrzypisane do: Paweł Lewandowski")
glpi_note(at(2025, 4, 8, 9, 15), 5233, "solved", "[GLPI #0005233] Zgłoszenie rozwiązane - Outlook na iPhonie nie synchronizuje kalendarza",
          "Zgłoszenie nr 5233 zostało rozwiązane.\nRozwiązanie: po aktualizacji iOS urządzenie straciło partnerstwo ActiveSync; usunięto je na serwerze, Outlook zsynchronizował "
          "kalendarz ponownie.")
pbx_voicemail(at(2024, 11, 12, 10, 14), "+48748555120", "Robert Mazur", "0:41")
pbx_voicemail(at(2025, 2, 27, 13, 42), "+48715559012", None, "0:38", label=GH,
              scen=("G26", "the company's own 3CX phone system: voicemail notification with the recording as a .wav attachment"))
pbx_voicemail(at(2025, 5, 15, 9, 3), "+420596555218", "K-TRANS dispečink", "0:22")
erp_note(at(2024, 9, 30, 15, 2), "[ERP] Zamówienie ZZ/2024/0412 zostało zatwierdzone",
         "Dokument: Zamówienie zakupu ZZ/2024/0412\nKontrahent: Officine Meccaniche Ferraris S.r.l.\nWartość: 41 380,00 EUR\nZatwierdził: Marek Wiśniewski",
         link="https://erp.silbet.example/web/dokumenty/ZZ/2024/0412")
erp_note(at(2024, 10, 21, 6, 0), "[ERP] Przypomnienie: 3 dokumenty PZ oczekują na rozliczenie",
         "Dokumenty przyjęcia bez powiązanej faktury starsze niż 14 dni:\n- PZ/2024/1187 (Kopalnia Strzegom-Granit)\n- PZ/2024/1190 (Kopalnia Strzegom-Granit)\n"
         "- PZ/2024/1203 (Palety-Wójcik)", link="https://erp.silbet.example/web/raporty/pz-bez-faktury")
erp_note(at(2025, 1, 31, 8, 5), "[ERP] Zmiana rachunku bankowego kontrahenta: FOLPLAST OPAKOWANIA SP. Z O.O.",
         "Kontrahent: FOLPLAST OPAKOWANIA SP. Z O.O. (NIP 7251555310)\nZmienił: Agnieszka Kowalczyk\nNowy rachunek: " + FOL_NEW + "\n"
         "Weryfikacja w wykazie podatników VAT: POZYTYWNA (rachunek przypisany do NIP)", link="https://erp.silbet.example/web/kontrahenci/1044")
erp_note(at(2025, 2, 3, 16, 20), "[ERP] Zamówienie ZZ/2025/0052 oczekuje na Twoją akceptację",
         "Dokument: Zamówienie zakupu ZZ/2025/0052\nKontrahent: Kopalnia Strzegom-Granit Sp. z o.o.\nWartość: 65 875,00 PLN\nUtworzył: Natalia Dąbrowska\n"
         "Etap: akceptacja kierownika działu zakupów", link="https://erp.silbet.example/web/dokumenty/ZZ/2025/0052", label=GH,
         scen=("G10", "ERP approval notification (no reply headers, internal link)"))
erp_note(at(2025, 3, 19, 7, 10), "[ERP] Zamówienie ZZ/2025/0097 zostało zatwierdzone", "Dokument: Zamówienie zakupu ZZ/2025/0097\nKontrahent: Kopalnia Strzegom-Granit Sp. z o.o.\n"
         "Zatwierdził: Katarzyna Nowak", link="https://erp.silbet.example/web/dokumenty/ZZ/2025/0097")
erp_note(at(2025, 4, 22, 10, 35), "[ERP] Zamówienie ZZ/2025/0163 oczekuje na akceptację", "Dokument: Zamówienie zakupu ZZ/2025/0163\nKontrahent: Folplast Opakowania Sp. z o.o.\n"
         "Wartość: 48 960,00 PLN\nUtworzył: Katarzyna Nowak\nEtap: akceptacja dyrektora finansowego", link="https://erp.silbet.example/web/dokumenty/ZZ/2025/0163")
erp_note(at(2025, 6, 5, 11, 10), "[ERP] Zamówienie ZZ/2025/0241 zostało zatwierdzone", "Dokument: Zamówienie zakupu ZZ/2025/0241\nKontrahent: Folplast Opakowania Sp. z o.o.\n"
         "Zatwierdził: Marek Wiśniewski", link="https://erp.silbet.example/web/dokumenty/ZZ/2025/0241")
dpd_note(at(2024, 10, 17, 8, 5), "1000612345678U", "BIURO-MAX SP. Z O.O.")
dpd_note(at(2025, 3, 11, 8, 12), "1000633018842U", "FOLPLAST OPAKOWANIA SP. Z O.O.", label=GH,
         scen=("G31", "courier delivery notification with a tracking link (no reply headers)"))
dpd_note(at(2025, 5, 28, 8, 3), "1000659902177U", "BIURO-MAX SP. Z O.O.")


# ================================================================ a mistyped address: Exchange NDR, then the real message (context)
typo_t = at(2025, 4, 9, 10, 4)
typo_txt = ("Pani Ewo,\n\nczy mogą Państwo przysłać próbki kapturów 1200x800x1300 (100 µm i 120 µm)? Testujemy wyższe palety dla płyt tarasowych." + SIG_K_PL)
m_typo = emit(kasia, "ex16", typo_t, [("Ewa Sikora", "e.sikora@folpast.example")], None, "Próbki kapturów 1200x800x1300", [], typo_txt,
              tidx=base64.b64encode(tidx_root(typo_t)).decode(), topic="Próbki kapturów 1200x800x1300")


def ndr(t, orig_mid, orig_subj, rcpt, label=None, scen=None):
    m = f"<{hx(32)}@{EXSRV}>"
    b = "_000_" + hx(32) + "EX1601silbetlocal_"
    txt = (f"Nie można dostarczyć wiadomości do adresata lub grupy:\n\n{rcpt}\nNie można odnaleźć domeny adresata. Sprawdź, czy adres jest poprawny.\n\n\n"
           f"Informacje diagnostyczne dla administratorów:\n\nGenerujący serwer: {EXSRV}\n\n{rcpt}\nRemote Server returned '550 5.4.310 DNS domain folpast.example does not exist'\n")
    dsn = (f"Reporting-MTA: dns;{EXSRV}\nReceived-From-MTA: dns;{EXSRV}\nArrival-Date: {rfc(t, UTC)}\n\nFinal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.4.310\n"
           f"Diagnostic-Code: smtp;550 5.4.310 DNS domain folpast.example does not exist\n")
    orig = (f"From: Katarzyna Nowak <{kasia.email}>\nTo: Ewa Sikora <{rcpt}>\nSubject: {ew(orig_subj, 'iso-8859-2', 'Q')}\nDate: {rfc(t, UTC)}\nMessage-ID: {orig_mid}\n"
            "Content-Language: pl-PL\nMIME-Version: 1.0\n")
    tn = sec(t, 6)
    h = internal_hops(tn)[0] + [("From", f"Microsoft Outlook <{exch.email}>"), ("To", f"Katarzyna Nowak <{kasia.email}>"), ("Date", rfc(tn, UTC)),
                                ("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"'), ("Content-Language", "pl-PL"), ("Message-ID", m),
                                ("In-Reply-To", orig_mid), ("References", orig_mid), ("Thread-Topic", ew(orig_subj, "iso-8859-2", "Q")), ("Thread-Index", base64.b64encode(tidx_root(t)).decode()),
                                ("Subject", ew("Niedostarczone: " + orig_subj, "iso-8859-2", "Q")), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
                                ("X-MS-Exchange-Generated-Message-Source", "DSN")] + exch_bottom(tn, "<>", internal=True)
    head = "\n".join(f"{k}: {v}" for k, v in h)
    body = (f"\n--{b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n".encode() + quopri.encodestring(txt.encode())
            + f"\n--{b}\nContent-Type: message/delivery-status\n\n{dsn}\n--{b}\nContent-Type: text/rfc822-headers\n\n{orig}\n--{b}--\n".encode())
    raw = (head.encode() + b"\n" + body).replace(b"\n", b"\r\n")
    seq[0] += 1
    pending.append((tn.astimezone(UTC), seq[0], "INBOX", raw, (m, label) if label else None, scen))


ndr(typo_t, m_typo, "Próbki kapturów 1200x800x1300", "e.sikora@folpast.example", label=GH,
    scen=("G33", "Exchange non-delivery report (multipart/report) for a mistyped supplier address, In-Reply-To Kasia's message"))
t26 = Thread("T26", "Próbki kapturów 1200x800x1300", ewa)
t26.add(kasia, "Pani Ewo,\n\nczy mogą Państwo przysłać próbki kapturów 1200x800x1300 (100 µm i 120 µm)? Testujemy wyższe palety dla płyt tarasowych.", at(2025, 4, 9, 10, 9))
t26.add(ewa, "Dzień dobry Pani Katarzyno,\n\noczywiście - po 20 szt. obu grubości wyślemy kurierem w przyszłym tygodniu. Specyfikacja techniczna w załączniku.",
        at(2025, 4, 9, 13, 26),
        atts=[("Specyfikacja_kaptury_termokurczliwe_2025.pdf", pdf(["FOLPLAST - kaptury termokurczliwe LDPE", "Grubosci: 80 / 100 / 120 / 150 um", "Wymiary na zamowienie"],
                                                                  producer="Comarch ERP Optima", when="20250409131500"), "application/pdf")])
t26.add(kasia, "Dziękuję!", at(2025, 4, 9, 13, 40))

# ================================================================ newsletters and social notifications (context, unlabelled)
SPB_FOOT = "Stowarzyszenie Producentów Betonów, ul. Dzielna 3, 00-154 Warszawa. Otrzymujesz ten biuletyn jako członek SPB."
for (y, mo, d), subj, items in [
        ((2024, 9, 10), "Biuletyn SPB 9/2024: normy na kostkę brukową, ceny cementu", [("PN-EN 1338 - nowelizacja w konsultacjach", "Komitet techniczny KT 200 zbiera uwagi do 15.10.", "https://www.spb-beton.example/aktualnosci/pn-en-1338"),
                                                                                   ("Rynek cementu w II kwartale", "Sprzedaż cementu spadła o 4% r/r.", "https://www.spb-beton.example/rynek/cement-q2")]),
        ((2024, 10, 10), "Biuletyn SPB 10/2024: ETS2 i koszty energii", [("ETS2 od 2027 r. - co oznacza dla producentów betonu", "Analiza kosztów paliw w transporcie.", "https://www.spb-beton.example/aktualnosci/ets2")]),
        ((2024, 11, 12), "Biuletyn SPB 11/2024: konferencja Dni Betonu - relacja", [("Dni Betonu 2024 - prezentacje do pobrania", "Materiały z sesji o prefabrykacji.", "https://www.spb-beton.example/dni-betonu-2024")]),
        ((2024, 12, 10), "Biuletyn SPB 12/2024: podsumowanie roku", [("Rok 2024 w branży", "Produkcja wyrobów betonowych -3% r/r.", "https://www.spb-beton.example/rynek/2024")]),
        ((2025, 1, 14), "Biuletyn SPB 1/2025: EPD dla wyrobów betonowych", [("Wspólne EPD branżowe", "Zapisy do projektu do 28.02.", "https://www.spb-beton.example/epd")]),
        ((2025, 2, 11), "Biuletyn SPB 2/2025: po targach BUDMA", [("BUDMA 2025 - relacja", "Rekordowa liczba wystawców w pawilonie 5.", "https://www.spb-beton.example/budma-2025")]),
        ((2025, 3, 11), "Biuletyn SPB 3/2025: KSeF w 2026 r.", [("KSeF obowiązkowy od 1 lutego 2026", "Webinar dla członków 27.03.", "https://www.spb-beton.example/ksef-webinar")]),
        ((2025, 4, 10), "Biuletyn SPB 4/2025: bezpieczeństwo płatności", [("Oszustwa 'na zmianę rachunku' w branży", "Zalecenia dla działów zakupów i księgowości.", "https://www.spb-beton.example/bezpieczenstwo-platnosci")]),
        ((2025, 5, 13), "Biuletyn SPB 5/2025: ceny kruszyw", [("Kruszywa drożeją - nowe koncesje", "Przegląd cen w regionach.", "https://www.spb-beton.example/rynek/kruszywa-2025")]),
        ((2025, 6, 10), "Biuletyn SPB 6/2025: sezon w pełni", [("Sprzedaż kostki w maju +6% r/r", "Dane członków SPB.", "https://www.spb-beton.example/rynek/maj-2025")])]:
    newsletter(spb, at(y, mo, d, 7, 30), subj, "Szanowni Państwo,\n\nzapraszamy do lektury biuletynu Stowarzyszenia Producentów Betonów.", items, SPB_FOOT,
               "https://www.spb-beton.example/newsletter/wypisz")
for (y, mo, d), subj, items in [((2024, 10, 15), "BUDMA 2025 - ostatnie miejsca dla wystawców", [("Zgłoszenia do 31.10", "Pawilony 5 i 6 - branża betonowa.", "https://www.budma-targi.example/wystawcy")]),
                                ((2024, 11, 26), "BUDMA 2025: program konferencji", [("Forum Infrastruktury", "5 lutego, sala Ziemi.", "https://www.budma-targi.example/konferencje")]),
                                ((2025, 1, 14), "BUDMA 2025: informacje praktyczne dla wystawców", [("Montaż stoisk 2-3.02", "Wjazd bramą wschodnią.", "https://www.budma-targi.example/wystawcy/logistyka")]),
                                ((2025, 1, 30), "BUDMA 2025 startuje już we wtorek!", [("Plan targów i aplikacja", "Pobierz aplikację BUDMA.", "https://www.budma-targi.example/aplikacja")]),
                                ((2025, 2, 10), "Dziękujemy za udział w BUDMA 2025", [("Ankieta dla wystawców", "Twoja opinia pomoże nam w 2026 r.", "https://www.budma-targi.example/ankieta")])]:
    newsletter(budma, at(y, mo, d, 9, 15), subj, "Dzień dobry,\n\nnajnowsze informacje o Międzynarodowych Targach Budownictwa i Architektury BUDMA.", items,
               "Grupa MTP, ul. Głogowska 14, 60-734 Poznań.", "https://www.budma-targi.example/newsletter/wypisz")
for (y, mo, d), subj, items in [((2024, 9, 26), "KSeF: harmonogram wdrożenia obowiązkowego KSeF", [("Obowiązkowy KSeF od 1 lutego 2026 r.", "Dla największych podatników; od 1 kwietnia 2026 dla pozostałych.", "https://www.podatki-gov.example/ksef/harmonogram")]),
                                ((2024, 12, 18), "KSeF: konsultacje projektu ustawy", [("Projekt nowelizacji ustawy o VAT", "Uwagi do 10 stycznia.", "https://www.podatki-gov.example/ksef/konsultacje")]),
                                ((2025, 3, 20), "KSeF 2.0: nowe środowisko testowe", [("Środowisko testowe KSeF 2.0", "Dostępne od 30 września 2025 r.", "https://www.podatki-gov.example/ksef/test")]),
                                ((2025, 6, 16), "Biała lista: przypomnienie o zasadach płatności", [("Płatności powyżej 15 tys. zł", "Weryfikuj rachunek kontrahenta w wykazie podatników VAT w dniu zlecenia przelewu.", "https://www.podatki-gov.example/wykaz-podatnikow-vat")])]:
    newsletter(mf, at(y, mo, d, 11, 0), subj, "Szanowni Państwo,\n\nprzekazujemy najnowsze informacje Ministerstwa Finansów.", items,
               "Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa. Newsletter informacyjny.", "https://www.podatki-gov.example/newsletter/wypisz")
newsletter(hbcnews, at(2024, 11, 12, 10, 0, BER), "Hagemann Newsletter 4/2024: HAGEFLOW PCE 600, Webinar Ausblühungen", "Sehr geehrte Damen und Herren,\n\nunsere Neuigkeiten aus dem "
           "Bereich Betonzusatzmittel.", hb_items, "Hagemann Betonchemie GmbH, Hafenstraße 112, 47119 Duisburg.", "https://www.hagemann-betonchemie.example/newsletter/abmelden")
newsletter(hbcnews, at(2025, 3, 25, 10, 0, BER), "Hagemann Newsletter 1/2025: EPD für alle Produkte verfügbar", "Sehr geehrte Damen und Herren,\n\nunsere Neuigkeiten.",
           [("EPD nach EN 15804+A2 für alle HAGEFLOW-Produkte", "Download im Dokumentenportal.", "https://www.hagemann-betonchemie.example/news/epd-2025")],
           "Hagemann Betonchemie GmbH, Hafenstraße 112, 47119 Duisburg.", "https://www.hagemann-betonchemie.example/newsletter/abmelden")
for (y, mo, d, h), subj, text in [((2024, 9, 19, 7), "Katarzyna, masz 2 nowe zaproszenia", "Tomasz Wrona (Kierownik Zakupów, Prefabet Leszno) i 1 inna osoba chcą nawiązać kontakt."),
                                  ((2024, 10, 29, 18), "Twój profil wyświetliło 14 osób", "Sprawdź, kto oglądał Twój profil w tym tygodniu."),
                                  ((2024, 12, 3, 8), "Katarzyna, znasz Luca Bernardi?", "Luca Bernardi (Area Manager Eastern Europe) - 12 wspólnych kontaktów."),
                                  ((2025, 2, 13, 17), "Gratulacje dla Natalia Dąbrowska z okazji nowej pracy", "Natalia Dąbrowska rozpoczęła pracę w SILBET Sp. z o.o."),
                                  ((2025, 4, 8, 12), "Nowe oferty pracy: Kierownik Zakupów, Wrocław", "3 nowe oferty pasujące do Twojego profilu."),
                                  ((2025, 5, 28, 7), "Katarzyna, Twoje wpisy dotarły do 320 osób", "Twój post o EPD dla kostki brukowej wyświetlono 320 razy.")]:
    linkedin(at(y, mo, d, h, R.randint(0, 59), UTC), subj, text, [("Zobacz", f"https://www.linkedin.com/comm/mynetwork/?lipi={alnum(22)}"),
                                                               ("Ustawienia powiadomień", "https://www.linkedin.com/comm/psettings/communications")])

# ================================================================ mailing list zakupy-bud (Mailman 3): list replies are genuine, G8 and G28 hard
L1 = Thread("L1", "[zakupy-bud] Podwyżki cementu 2025 - jakie macie informacje?", piotr)
lpost(L1, piotr, "Cześć,\n\ndostaliśmy od dwóch cementowni zapowiedź podwyżek od 1.01.2025 o 8-12%, uzasadnienie: koszty CO2 (EU ETS) i energia. Czy ktoś wynegocjował "
      "coś lepszego? Jak wyglądają u Was rozmowy?", at(2024, 10, 28, 9, 12), label=None)
lpost(L1, joanna, "U nas zapowiedź +9,5%, po negocjacjach wyszło +6% przy wyższym wolumenie i dłuższym terminie płatności. Warto pytać o rabat za odbiór własnym transportem.",
      at(2024, 10, 28, 11, 40))
lpost(L1, adam, "Zrobiłem zestawienie zapowiedzianych podwyżek (anonimowo, bez nazw firm) - kto chce, niech dopisze swoje dane:\n"
      "https://docs.google.com/spreadsheets/d/1Qk7vF2mXpL9sT4wR8yZ3nB6cD0eG5hJaP2sW/edit?usp=sharing\n\nAdam", at(2024, 10, 29, 8, 3), label=GH,
      scen=("G8", "mailing-list reply (list headers, footer, re-signed DKIM) sharing a Google Sheets link with the members"))
lpost(L1, kasia, "U nas cement to ok. 30% kosztu kostki. Wynegocjowaliśmy +5,5% przy odbiorze dwóch cystern dziennie i 60 dniach płatności. Dopiszę się do arkusza.",
      at(2024, 10, 30, 14, 22))
lpost(L1, piotr, "Dzięki wszystkim, bardzo pomocne. Idę z tym na rozmowę w przyszłym tygodniu.", at(2024, 10, 31, 8, 50))
L2 = Thread("L2", "[zakupy-bud] Biała lista przy płatnościach dla dostawców z UE", joanna)
lpost(L2, joanna, "Pytanie do praktyków: jak weryfikujecie rachunki kontrahentów zagranicznych (np. z Niemiec), skoro nie ma ich w wykazie podatników VAT? U nas audytor "
      "chce spisanej procedury.", at(2025, 1, 15, 10, 5), label=None)
lpost(L2, michal, "Wykaz obejmuje tylko podatników zarejestrowanych w Polsce, więc dla dostawców z UE trzeba mieć własną procedurę. Dobra praktyka:\n- zmiana rachunku "
      "tylko na piśmie i z potwierdzeniem telefonicznym na numer z umowy (nigdy z maila, który informuje o zmianie),\n- dwie osoby zatwierdzające zmianę w systemie,\n"
      "- klauzula w umowie o trybie zmiany rachunku.\n\nObjaśnienia MF do wykazu: https://www.podatki-gov.example/wykaz-podatnikow-vat/objasnienia", at(2025, 1, 15, 13, 18),
      label=GH, scen=("G28", "list moderator's reply with an external link and the list footer/headers, quoting the question"))
lpost(L2, kasia, "U nas od tego roku w umowach ramowych z zagranicznymi dostawcami jest klauzula: zmiana rachunku tylko pismem podpisanym przez dwie osoby + telefon "
      "weryfikacyjny. Niemiecki dostawca przyjął bez dyskusji.", at(2025, 1, 16, 8, 44))
lpost(L2, adam, "Dobry pomysł z klauzulą, podbieram do naszych umów :)", at(2025, 1, 17, 7, 58))
L3 = Thread("L3", "[zakupy-bud] Uwaga na fałszywe maile o zmianie rachunku", piotr)
lpost(L3, piotr, "Ku przestrodze: w zeszłym tygodniu dostaliśmy maila 'od naszego dostawcy' z nowym numerem rachunku. Domena różniła się jedną literą, a mail cytował naszą "
      "prawdziwą korespondencję. Księgowa zadzwoniła do dostawcy - oszustwo. Sprawdzajcie adresy!", at(2025, 3, 10, 12, 30), label=None)
lpost(L3, joanna, "U nas podobnie w lutym - przyszło jako odpowiedź w istniejącym wątku, z prawdziwego adresu dostawcy (ktoś przejął jego skrzynkę). Pomógł tylko telefon.",
      at(2025, 3, 10, 15, 2))
lpost(L3, michal, "Dzięki za sygnały. Przypominam o zasadzie: numer do weryfikacji bierzemy z umowy lub z systemu, nie z podpisu w mailu.", at(2025, 3, 11, 9, 14))
L4 = Thread("L4", "[zakupy-bud] KSeF 2026 - jak się przygotowujecie?", adam)
lpost(L4, adam, "Cześć,\n\nKSeF od lutego 2026. Czy Wasze ERP-y już to obsługują? U nas dostawca systemu obiecuje moduł na jesień, ale boję się obiegu akceptacji faktur "
      "kosztowych - teraz idą mailem jako PDF.", at(2025, 5, 19, 9, 40), label=None)
lpost(L4, joanna, "My zaczynamy testy we wrześniu. Obieg akceptacji przenosimy do ERP, PDF-y mailem zostaną tylko jako wizualizacja.", at(2025, 5, 19, 12, 5))
lpost(L4, kasia, "U nas podobnie - plus dobra strona: faktura z KSeF nie przyjdzie z podmienionym numerem rachunku w PDF-ie.", at(2025, 5, 20, 8, 15))
lpost(L4, michal, "Dobra uwaga. Na czerwcowym spotkaniu forum zrobimy panel o KSeF - zgłoszenia prelegentów do 6.06.", at(2025, 5, 20, 10, 48))

# ================================================================ fake threads from strangers
# A15: "tax refund" reply with a fabricated quote of Kasia, SVG attachment
kas = Pt("e-Urząd Skarbowy - Krajowa Administracja Skarbowa", "powiadomienia@e-urzad-kas.example", "phpmailer", "fake-kas", tz=WAW)
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="1100" viewBox="0 0 800 1100">\n'
       '<rect width="800" height="1100" fill="#ffffff"/>\n<text x="60" y="90" font-family="Arial" font-size="26" fill="#1c3f94">Krajowa Administracja Skarbowa</text>\n'
       '<text x="60" y="150" font-family="Arial" font-size="18">DECYZJA o zwrocie nadpłaty podatku VAT - NIP 8961554217</text>\n'
       '<text x="60" y="200" font-family="Arial" font-size="16">Kwota zwrotu: 18 412,00 zł. Potwierdź rachunek bankowy, aby otrzymać zwrot.</text>\n'
       '<a xlink:href="https://e-urzad-kas.example/zwrot/potwierdz?nip=8961554217&amp;r=' + alnum(16) + '"><rect x="60" y="240" width="300" height="50" fill="#1c3f94"/>'
       '<text x="80" y="272" font-family="Arial" font-size="18" fill="#ffffff">Potwierdź rachunek</text></a>\n'
       '<script type="text/javascript"><![CDATA[ /* inert probe placeholder - no code */ ]]></script>\n</svg>\n')
fake_parent = f"<{hx(32)}@e-urzad-kas.example>"
kas_plain = ("Szanowna Pani,\n\nw odpowiedzi na Pani zapytanie uprzejmie informujemy, że wniosek o zwrot nadpłaty podatku VAT dla SILBET Sp. z o.o. został rozpatrzony "
             "pozytywnie. Kwota zwrotu: 18 412,00 zł. W celu wypłaty należy potwierdzić numer rachunku bankowego w systemie e-Urząd Skarbowy w ciągu 3 dni roboczych - "
             "decyzja w załączniku (proszę otworzyć w przeglądarce).\n\nZ poważaniem\nKrajowa Administracja Skarbowa\nDepartament Obsługi Zwrotów\n\n"
             "-----Wiadomość oryginalna-----\nOd: Katarzyna Nowak <k.nowak@silbet.example>\nWysłano: wtorek, 22 kwietnia 2025 09:41\n"
             "Do: powiadomienia@e-urzad-kas.example\nTemat: Wniosek o zwrot nadpłaty VAT - SILBET Sp. z o.o. (NIP 8961554217)\n\n"
             "Dzień dobry,\nw nawiązaniu do wniosku o zwrot nadpłaty VAT za I kwartał proszę o informację o statusie sprawy.\n\nPozdrawiam\nKatarzyna Nowak\nSILBET Sp. z o.o.")
emit(kas, "phpmailer", at(2025, 4, 23, 9, 14), [P(kasia)], None, "RE: Wniosek o zwrot nadpłaty VAT - SILBET Sp. z o.o. (NIP 8961554217)", [fake_parent], kas_plain,
     html="<html><body style=\"font-family:Arial\">" + esc(kas_plain.split("-----Wiadomość")[0]) + "<blockquote>" + esc("Dzień dobry,\nw nawiązaniu do wniosku o zwrot "
          "nadpłaty VAT za I kwartał proszę o informację o statusie sprawy.\n\nPozdrawiam\nKatarzyna Nowak") + "</blockquote></body></html>",
     atts=[("Decyzja_zwrot_VAT_8961554217.svg", svg.encode(), "image/svg+xml")], env="powiadomienia@e-urzad-kas.example", label=HJ("fake-thread"),
     scen=("A15", "stranger posing as the tax office: 'RE: VAT refund' with a fabricated quote of Kasia and an SVG 'decision' linking to an unknown domain"))
# A16: voicemail lure from a stranger, reply subject, no quote, link on a legitimate storage platform
vm = Pt("Poczta głosowa", "voicemail@vm-powiadomienia.example", "phpmailer", "fake-vm", tz=UTC)
vm_link = "https://storage.googleapis.com/vm-odsluch-4471/index.html#k.nowak@silbet.example"
vm_plain = ("Nowa wiadomość głosowa\n\nOd: +48 71 555 90 12\nDo: Katarzyna Nowak\nDługość: 00:47\nOdebrano: " + f"{at(2025, 5, 14, 14, 51):%d.%m.%Y %H:%M}" +
            "\n\nOdsłuchaj wiadomość: " + vm_link + "\n\nWiadomość zostanie usunięta po 48 godzinach.")
emit(vm, "phpmailer", at(2025, 5, 14, 13, 3, UTC), [P(kasia)], None, "RE: Nieodebrane połączenie - nowa wiadomość głosowa (00:47)", [f"<{hx(24)}@vm-powiadomienia.example>"],
     vm_plain, html=('<html><body style="font-family:Segoe UI,Arial"><table width="520" style="border:1px solid #ddd"><tr><td style="background:#0078d4;color:#fff;padding:14px;'
                     'font-size:18px">&#9742; Nowa wiadomość głosowa</td></tr><tr><td style="padding:16px">Od: +48 71 555 90 12<br>Długość: 00:47<br><br>'
                     f'<a href="{vm_link}" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">&#9654; Odsłuchaj</a></td></tr></table></body></html>'),
     env="bounce@vm-powiadomienia.example", label=HJ("fake-thread"),
     scen=("A16", "stranger's voicemail notice with a reply subject and no quote: 'play' link on storage.googleapis.com"))


# ================================================================ write, in arrival order
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scenarios = ["file\tscenario\tdescription"]
seen = set()
for i, (t, _, folder, raw, lab, sc) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "wb") as f: f.write(raw)
    if lab:
        if not sc: raise SystemExit(f"labelled message without scenario: {lab}")
        if lab[0] in seen: raise SystemExit(f"duplicate Message-ID {lab[0]}")
        seen.add(lab[0])
        labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
        scenarios.append(f"{path}\t{sc[0]}\t{sc[1]}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scenarios) + "\n")
kinds = {}
for l in labels[1:]: kinds[l.split("\t")[3]] = kinds.get(l.split("\t")[3], 0) + 1
print(f"{len(pending)} messages, {len(labels) - 1} labelled: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + f" -> {root}")
