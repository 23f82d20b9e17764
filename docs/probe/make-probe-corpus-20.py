#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-20.py OUT_DIR
#
# Probe mailbox "tanaka": Tanaka Hiroshi (田中 浩 / Hiroshi Tanaka), manager of sales section 2 at the Osaka branch of Kasuga Denshi
# Shoji (春日電子商事株式会社, kasuga-denshi.example), an electronic-components trading company. Japanese with domestic partners, English
# with Singapore, Taiwan, Shenzhen, Germany and the US, a little Simplified/Traditional Chinese and German from partners. Oct 2024 - Jun 2025.
# Own mail: on-prem Exchange 2019 (KSGEX01/KSGEX02.kasuga.local) behind a Postfix/amavis gateway mx01 that writes Received,
# Received-SPF and OpenDKIM/OpenDMARC Authentication-Results; Tanaka and colleagues use Outlook 2019 (Japanese UI) in plain-text mode:
# ISO-2022-JP 7bit (UTF-8 base64 when a quote holds characters outside JIS X 0208), =?iso-2022-jp?B?...?= headers, Thread-Index/
# Thread-Topic, "-----Original Message----- / 差出人: / 送信日時: / 宛先: / 件名:" quote block with "> " prefixes, Date in +0900.
# Internal mail arrives over the Exchange-internal Received path (mapi -> Frontend/Mailbox Transport) with X-MS-Exchange-Organization-*.
#
# Correspondents, each with a fixed fingerprint (Message-ID shape, client header, Received path, DKIM d=/s=, charset, quote style, tz):
#   摂津計装 (customer, Higashi-Osaka)   大西 康介 / 井上 さくら: Becky! 2.81 on a rental server (www2174.sakura-rs.example, sendmail
#       ESMTPSA from the office's fixed IP), ISO-2022-JP 7bit, <YYYYMMDDhhmmss.XXXX.FIXED@dom>, "On <date>\n<name> wrote:" + "> "; DKIM rs2024
#   アオバ電子 (supplier, Sendai)         鈴木 由美 / 高橋 誠: Outlook on Exchange Online (jpnprd01, Date +0000) through a MailSafe Cloud
#       gateway (re-signs DKIM msc1, zips attachments into encrypted ZIPs and sends a separate password notice), ISO-2022-JP text+HTML,
#       "____ / 差出人: / 送信日時:" quote
#   京阪ロボティクス (customer, startup)  藤原 拓也: Gmail web on Google Workspace (CA...@mail.gmail.com, UTF-8 base64, DKIM google),
#       "2025年1月14日(火) 9:30 name <addr>:" quote; always shares Google Drive links
#   森下製作所 (subcontractor, Yao)       森下 勝: OCN (silk.ocn.ne.jp) with Outlook 2016 over SMTP (<0000xxxx01db....$...$...$@>,
#       X-Mailer Outlook 16.0, ISO-2022-JP + HTML, "[mailto:]" quote) and iPhone Mail on the same account (UUID ids, UTF-8 base64)
#   石田技術事務所 (agent, Kyoto)         石田 正: so-net with Apple Mail (ISO-2022-JP 7bit, "…のメール:"), from Jan 2025 Thunderbird (says so)
#   大阪港湾エクスプレス (forwarder)       岡田 亮: Outlook 2013 on Exchange 2016 behind Postfix, Shift_JIS base64, no DKIM
#   Merlion Circuit Solutions (SG)        Priya Nair -> Daniel Tan (announced handover): Google Workspace Gmail web, English, +0800
#   宏曜電子 Hong Yao Electronics (TW)    Jessica Lin / Amy Chen: Openfind Mail2000 webmail (<...M12345@>, Big5 base64, X-OriginatingIP,
#       "---------- Original Message ----------- / ------- End of Original Message -------"), DKIM m2k, +0800
#   鑫达源 Xindayuan Electronics (SZ)     Cindy Wu / Li Wei: Foxmail 7.2 on Tencent Exmail (bizesmtp.qq.com, X-QQ-*, GB2312/GBK base64,
#       "回复：" subject prefix, "From:/Date:/To:/Subject:" quote), +0800
#   Weißach Sensortechnik (DE)            Katrin Vogel / Jonas Brandt: Thunderbird (German UI, "Am ... schrieb ...:") on the company's
#       Postfix (ESMTPSA from the LAN), UTF-8 format=flowed, DKIM dkim2024; CET -> CEST on 30 Mar; Dovecot Sieve vacation replies
#   Redwood Components (US distributor)  Mike Sullivan / Jennifer Park: Outlook on Exchange Online (namprd17, Date +0000, ARC,
#       CrossTenant headers), English quote "From:/Sent:/To:/Subject:"; RMA portal notifications via an ESP
#   株式会社ノースリンク (new prospect)    工藤 亜希子: Google Workspace (arrives through a forwarded web-form inquiry)
#   colleagues 山本 美咲 (assistant), 佐藤 健一 (branch manager), 小林 翔太 (joins 1 Apr 2025), 中村 直子 (accounting, Tokyo),
#   総務部 and 情報システム部 mailboxes; ServiceDesk and expense-workflow notifications from ksg-app01 (ISO-2022-JP, Auto-Submitted).
#   Bulk: weekly newsletter 週刊 電子部品トレンド (UTF-8 HTML), biweekly mail magazine チップベイ通信 (ISO-2022-JP text), the
#   association's fml mailing list kdk-ml ([kdk-ml:01234] tags, X-ML-*, footer), carrier notices ヤマビコ運輸 (Shift_JIS), a trade
#   show, Adobe Acrobat Sign, the distributor's RMA portal.
#
# Threads: T1 摂津 quotation 0.4mm B2B connectors; T2 摂津 order SK-2411-083 split delivery (+A1); T3 摂津 new-year visit with the
#   branch manager in Cc (+A10); T4 アオバ FFC supply / PPAP drawing / OOF / EOL; T5 アオバ bank-account change (+FW to accounting T5f,
#   +A8, FW of A8 T5g); T6 京阪 motor-driver replacement; T7 森下 harness assembly (+A2); T8 石田 referral (+A9); T9 Merlion forecast /
#   blanket PO (+A3); T10 Hong Yao PO and T/T payments (+A4); T11 Xindayuan 8D report (+A5); T12 Weißach inquiry revived after 6 months;
#   T13 Weißach call-offs around Golden Week (+A6); T14 Redwood Q2 allocation (+A7); T15 Redwood RMA; T16 Redwood statement (+O1 T16b);
#   T17 monthly sales forecast with the assistant (one long internal thread); T18 forwarder import customs (+A13); T19 Hong Yao 2025
#   price agreement (+A15); T20 branch manager forwards a web inquiry; T21 new colleague; T24 摂津 buyer handover; T25 Merlion buyer
#   handover; T26 new prospect ノースリンク; T27 Xindayuan samples (+O2 T27b); T30 森下 holiday notice; seven kdk-ml discussions;
#   internal notices (総務, 情報システム部 +A14) and the strangers' fake threads (A11, A12, A16).
#
# Hijacks (16: server-hijack 5, account-takeover 3, display-name-spoof 3, lookalike-domain 2, fake-thread 3):
#   A1  T2  display-name-spoof 摂津 buyer's name from a compromised Brazilian guest-house account, Emotet-style faithful quote, 注文書 .xlsm
#   A2  T7  account-takeover   森下's OCN account from a foreign IP by a bot (no X-Mailer, UTF-8 text), 再見積書 encrypted zip + password, .pdf.lnk
#   A3  T9  server-hijack      Merlion buyer's Workspace account at 03:12: generic "revised forecast" docs.google.com Slides link, no quote/signature
#   A4  T10 lookalike-domain   hongyao-tvv.example: long English+Chinese "Mega Bank account under review, pay the balance to Hong Kong", PDF notice
#   A5  T11 server-hijack      Xindayuan sales account (same Foxmail/Exmail headers): Simplified Chinese in an English thread, "revised 8D" .docm
#   A6  T13 server-hijack      Weißach buyer's account while she is on vacation: German text, SharePoint link on an unrelated tenant, altered quote
#   A7  T14 server-hijack      Redwood account (same EXO headers) at 23:40: meeting .ics whose join link is a Teams look-alike domain
#   A8  T5  lookalike-domain   aoba-densi.example ("densi" for "denshi"): verified new account "not usable yet", pay to a net bank, altered quote, PDF
#   A9  T8  account-takeover   石田's so-net account from abroad, Sunday 03:52, bot client: OneNote (.one) "新規案件資料" with double-click lure
#   A10 T3  display-name-spoof branch manager's name from gmail.com: create a LINE group and send its QR code (no link, no attachment)
#   A11 --  fake-thread        "RE: 【不在着信】" voicemail notice from a stranger, References not in the mailbox, SVG with a play link
#   A12 --  fake-thread        "Re: 【年末調整】源泉徴収票の電子交付" with a fabricated 総務部 quote (the real notice said paper only), HTML login form
#   A13 T18 display-name-spoof forwarder's name from a compromised Indonesian address: "cargo held at customs" with nothing in transit, zip with .img
#   A14 --  account-takeover   assistant's mailbox via OWA from a foreign IP at 02:41 (English browser, UTF-8 HTML): MFA "re-registration" link
#   A15 T19 server-hijack      Hong Yao's real Mail2000 account at 02:14: "Amendment No.1" PDF whose only content is an e-signature look-alike link
#   A16 --  fake-thread        "RE: ご注文確認" anti-virus auto-renewal nobody ordered; the payload is a phone number to call
#
# Genuine hard cases (32):
#   G1  T6  customer shares a Google Drive link to 3D data (the thread always used Drive links)
#   G2  T7  subcontractor answers from his iPhone at 22:47 (same OCN account, other client)
#   G3  T5  supplier's real bank-account change letter (branch merger, PDF), verified by phone through accounting (T5f)
#   G4  T5  first invoice with the new, verified bank account
#   G5  T8  agent switched from Mac Mail to Thunderbird on a new PC (says so) and sends an invoice PDF
#   G6  T4  Exchange Online out-of-office "自動応答:" during the new-year holidays
#   G7  T13 German Sieve vacation reply "Abwesenheitsnotiz:"
#   G8  T10 Taiwanese factory's Chinese New Year auto-reply (Big5, Traditional Chinese + English)
#   G9  --  mailing-list reply with an external link and the list footer
#   G10 --  mailing-list announcement with a PDF flyer
#   G11 T4  requested drawing turned into an encrypted zip by the supplier's gateway (PPAP)
#   G12 --  the gateway's separate password notice (no reply headers, password in the text)
#   G13 --  distributor's RMA-portal notification with links
#   G14 T13 German customer's first reply after the summer-time change (+0200)
#   G15 T17 assistant sends a file-server path instead of the usual xlsx
#   G16 T21 new colleague (announced the day before) writes for the first time, with an xlsx
#   G17 T11 factory QA sends the zip of photos Tanaka asked for
#   G18 T10 factory accountant (new participant) sends the proforma invoice with the usual bank details
#   G19 T20 branch manager forwards (FW:) a web-form inquiry
#   G20 T25 new buyer writes after the announced handover
#   G21 T12 customer revives the thread after six months (project approved)
#   G22 --  internal ServiceDesk ticket notification
#   G23 --  internal IT notice: register MFA on the company's own portal
#   G24 --  internal 総務 notice on the year-end tax adjustment with a link to the own HR system
#   G25 T4  supplier's end-of-life notice (PCN PDF) as a reply
#   G26 T12 customer's engineer sends a link on the company's own Nextcloud, password by phone
#   G27 T7  subcontractor sends photos of first samples from his iPhone
#   G28 --  genuine Adobe Acrobat Sign request for the negotiated price agreement
#   G29 T16 distributor's AR sends the requested statement with unchanged remit-to bank details
#   G30 --  carrier delivery notification with a tracking link (Shift_JIS)
#   G31 T18 forwarder sends invoice / packing list / AWB PDFs for the expected import
#   G32 T24 partner's new buyer (handover announced) writes for the first time, with an order PDF
# Genuine orphans (2): O1 T16b Redwood replies to a colleague's internal mail and adds Tanaka (parent not in the mailbox);
#   O2 T27b the Shenzhen factory answers the assistant's mail that only went to the factory, adding Tanaka in Cc.
# Plain genuine replies: every other in-thread reply by a partner, colleague or list member (genuine-reply, 87).
# Output: 350 messages (INBOX 246, Sent 104), 137 labelled: 16 hijack, 87 genuine-reply, 32 genuine-hard, 2 genuine-orphan.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and OUT_DIR/mailboxes/tanaka/{INBOX,Sent}/N.eml
# numbered in arrival order across both folders (CRLF). Deterministic (random.Random(20)), no network, inert attachments with real
# container structure (ZipCrypto zips with cp932 names, OOXML with an inert vbaProject.bin, PDFs with CJK fonts and /URI links, OneNote
# header + FileDataStoreObject, ISO 9660 image, .lnk header, SVG, .ics).
import base64, datetime, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "tanaka"
R = random.Random(20)
JST = ZoneInfo("Asia/Tokyo"); SGT = ZoneInfo("Asia/Singapore"); TPE = ZoneInfo("Asia/Taipei"); SHA = ZoneInfo("Asia/Shanghai")
BER = ZoneInfo("Europe/Berlin"); PAC = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc
TD = datetime.timedelta


# ------------------------------------------------------------------ small seeded helpers
def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=JST): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def pqid(): return "4" + R.choice("XYZ") + "".join(R.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(12))


def rfc(t, tz=None, paren=False):
    t2 = t.astimezone(tz) if tz else t
    s = t2.strftime("%a, %d %b %Y %H:%M:%S %z")
    return s + (f" ({t2.tzname()})" if paren else "")


def rfcu(t): return t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
WDJ = "月火水木金土日"


def jdate(t):  # Outlook (Japanese UI): 2025年1月14日 9:30
    t = t.astimezone(JST); return f"{t.year}年{t.month}月{t.day}日 {t.hour}:{t.minute:02d}"


# ------------------------------------------------------------------ charsets and RFC 2047 / 2231
CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8", "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
         "us-ascii": "ascii"}


def can(text, label):
    try: text.encode(CODEC[label.lower()]); return True
    except UnicodeEncodeError: return False


def pick(text, prefs):
    for p in prefs:
        if can(text, p): return p
    return "utf-8"


def ew(text, label):
    """RFC 2047 B-encoding, each encoded word self-contained (stateful ISO-2022-JP returns to ASCII) and <= 75 chars"""
    if text.isascii(): return text
    if not can(text, label): label = "utf-8" if label.islower() else "UTF-8"
    codec = CODEC[label.lower()]
    maxb = (75 - len(label) - 7) // 4 * 3
    words, cur = [], ""
    for ch in text:
        if cur and len((cur + ch).encode(codec)) > maxb: words.append(cur); cur = ch
        else: cur += ch
    if cur: words.append(cur)
    return "\n ".join(f"=?{label}?B?{base64.b64encode(w.encode(codec)).decode()}?=" for w in words)


def pct(text, label):
    return "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "-._~" else f"%{b:02X}" for b in text.encode(CODEC[label.lower()]))


def addr(name, email, label="iso-2022-jp"):
    if not name: return email
    if not name.isascii(): return f"{ew(name, label)} <{email}>"
    return f'"{name}" <{email}>' if any(c in name for c in ".,|()@/:;") else f"{name} <{email}>"


def enc_body(text, label, cte):
    b = text.encode(CODEC[label.lower()])
    if cte in ("7bit", "8bit"): return b
    if cte == "base64": return base64.encodebytes(b)
    return quopri.encodestring(b)


def b64lines(data): return base64.encodebytes(data).decode().rstrip("\n")


# ------------------------------------------------------------------ inert attachment builders (real container structure)
CRCT = []
for _i in range(256):
    _c = _i
    for _ in range(8): _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    CRCT.append(_c)


class _ZipCrypto:
    def __init__(s, pw):
        s.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw: s.upd(c)

    def upd(s, c):
        k0 = CRCT[(s.k[0] ^ c) & 0xff] ^ (s.k[0] >> 8)
        k1 = ((s.k[1] + (k0 & 0xff)) * 134775813 + 1) & 0xffffffff
        k2 = CRCT[(s.k[2] ^ (k1 >> 24)) & 0xff] ^ (s.k[2] >> 8)
        s.k = [k0, k1, k2]

    def enc(s, data):
        out = bytearray()
        for p in data:
            t = (s.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff)); s.upd(p)
        return bytes(out)


def zip_build(entries, password=None, name_cs="cp932"):
    """entries: (name, data, (y,mo,d,h,mi,s)); names in cp932 without the UTF-8 flag (as Windows Explorer / Lhaplus write
    them) unless name_cs == 'utf-8'; optional traditional PKWARE encryption (ZipCrypto)."""
    out = bytearray(); cd = bytearray()
    for name, data, when in entries:
        nb = name.encode(name_cs); flags = (0x800 if name_cs == "utf-8" and not name.isascii() else 0) | (1 if password else 0)
        y, mo, d, h, mi, sec = when
        dtime = (h << 11) | (mi << 5) | (sec // 2); ddate = ((y - 1980) << 9) | (mo << 5) | d
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(6, zlib.DEFLATED, -15); comp = co.compress(data) + co.flush()
        if password:
            zc = _ZipCrypto(password.encode()); hdr = rbytes(11) + bytes([crc >> 24]); comp = zc.enc(hdr) + zc.enc(comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flags, 8, dtime, ddate, crc, len(comp), len(data), len(nb), 0) + nb + comp
        cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20 if name_cs == "cp932" else 0x031E, 20, flags, 8, dtime, ddate, crc, len(comp),
                          len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cdo = len(out); out += cd
    out += struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(entries), len(entries), len(cd), cdo, 0)
    return bytes(out)


def ooxml(kind, strings, macro=False, title="", author="", company="", when="2025-01-01T00:00:00Z", app="Microsoft Excel"):
    """minimal but well-formed xlsx/xlsm/docx/docm; the VBA project of macro documents is an inert OLE blob"""
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    def w(n, s): zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, s)
    esc = lambda s: H.escape(s, quote=False)
    if kind == "xl":
        main = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        w("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/xl/workbook.xml" ContentType="{main}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
        w("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        w("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        w("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
          + ('<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") + "</Relationships>")
        cells = "".join(f'<row r="{i + 1}"><c r="A{i + 1}" t="s"><v>{i}</v></c></row>' for i in range(len(strings)))
        w("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f"<sheetData>{cells}</sheetData></worksheet>")
        w("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>")
        if macro: w("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(3000))
    else:
        main = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        w("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/word/document.xml" ContentType="{main}"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
        w("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        w("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
          + "".join(f"<w:p><w:r><w:t>{esc(s)}</w:t></w:r></w:p>" for s in strings) + "</w:body></w:document>")
        if macro:
            w("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
            w("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(2600))
    w("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
      f"<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator><cp:lastModifiedBy>{esc(author)}</cp:lastModifiedBy>"
      f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')
    w("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
      f"<Application>{app}</Application><Company>{esc(company)}</Company><AppVersion>16.0300</AppVersion></Properties>")
    z.close(); return bio.getvalue()


def pdf(lines, producer="Microsoft® Word 2019", when="20250114093000", zone="+09'00'", uris=(), title="", font="HeiseiKakuGo-W5",
        ordering="Japan1", cmap="UniJIS-UCS2-H"):
    """one A4 page; text in a predefined CJK CID font (UCS-2 strings), optional /URI link annotations"""
    body = " ".join(f"<{l.encode('utf-16-be').hex().upper()}> Tj T*" for l in lines)
    content = f"BT /F1 10.5 Tf 16 TL 56 790 Td {body} ET".encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n",
            f"<< /Type /Font /Subtype /Type0 /BaseFont /{font} /Encoding /{cmap} /DescendantFonts [7 0 R] >>",
            f"<< /Producer ({producer.encode('latin-1', 'replace').decode('latin-1')}) /Title <FEFF{title.encode('utf-16-be').hex().upper()}> "
            f"/CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>",
            f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /{font} /CIDSystemInfo << /Registry (Adobe) /Ordering ({ordering}) /Supplement 2 >> "
            "/FontDescriptor 8 0 R /DW 1000 >>",
            f"<< /Type /FontDescriptor /FontName /{font} /Flags 4 /FontBBox [-92 -250 1010 922] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 737 /StemV 114 >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [56 {640 - 40 * i} 540 {668 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
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


def jpeg(w=640, h=480, make="Apple", model="iPhone 13", pad=20000):
    """a valid baseline greyscale JPEG (flat grey, all blocks DC=0/EOB) with an Exif APP1 (Make/Model) and an APP2 blob"""
    def seg(m, data): return b"\xff" + bytes([m]) + struct.pack(">H", len(data) + 2) + data
    mk, md = make.encode() + b"\0", model.encode() + b"\0"
    ifd_off = 8; n = 2; data_off = ifd_off + 2 + n * 12 + 4
    tiff = b"MM\x00\x2a" + struct.pack(">I", ifd_off) + struct.pack(">H", n)
    tiff += struct.pack(">HHII", 0x010F, 2, len(mk), data_off) + struct.pack(">HHII", 0x0110, 2, len(md), data_off + len(mk)) + b"\0\0\0\0" + mk + md
    dqt = b"\x00" + bytes([1] * 64)
    sof = b"\x08" + struct.pack(">HH", h, w) + b"\x01\x01\x11\x00"
    dc_bits = bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]); dc_vals = bytes(range(12))
    ac_bits = bytes([0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d])
    ac_vals = bytes.fromhex("01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a"
                            "535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9ca"
                            "d2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa")
    dht = b"\x00" + dc_bits + dc_vals + b"\x10" + ac_bits + ac_vals
    blocks = ((w + 7) // 8) * ((h + 7) // 8)
    bits = "001010" * blocks; bits += "1" * (-len(bits) % 8)
    scan = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    icc = b"ICC_PROFILE\x00\x01\x01" + rbytes(pad)  # stands in for the camera's colour profile / maker data
    return (b"\xff\xd8" + seg(0xE1, b"Exif\0\0" + tiff) + seg(0xE2, icc) + seg(0xDB, dqt) + seg(0xC0, sof) + seg(0xC4, dht)
            + seg(0xDA, b"\x01\x01\x00\x00\x3f\x00") + scan + b"\xff\xd9")


def onenote(inner_text):
    """OneNote section: file-format GUID header, random body, one FileDataStoreObject GUID carrying an inert text blob"""
    hdr = bytes.fromhex("E4525C7B8CD8A74DAEB15378D02996D3") + rbytes(16) + bytes.fromhex("E4525C7B8CD8A74DAEB15378D02996D3")
    fds = bytes.fromhex("E716E3BD65261145A4C48D4D0B7A9EAC")
    blob = inner_text.encode("utf-8")
    return hdr + rbytes(1024 - len(hdr)) + fds + struct.pack("<Q", len(blob)) + b"\0" * 12 + blob + rbytes(2048)


def lnk(arg):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + struct.pack("<I", 0x000002A5) + rbytes(52)
            + struct.pack("<H", len(arg)) + arg.encode("utf-16-le") + rbytes(64))


def iso_image(label):
    pvd = b"\x01CD001\x01\x00" + b"WIN32".ljust(32) + label.encode().ljust(32) + b"\0" * 8 + struct.pack("<I", 180) + struct.pack(">I", 180)
    return bytes(0x8000) + pvd.ljust(2048, b"\0") + b"\xffCD001\x01".ljust(2048, b"\0") + rbytes(6000)


def ics(uid, summary, desc, start, end, organizer, attendee, location, tzid="Pacific Standard Time"):
    f = lambda t: t.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800",
             "TZOFFSETTO:-0700", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee[0]}:mailto:{attendee[1]}",
             "DESCRIPTION;LANGUAGE=en-US:" + desc.replace("\n", "\\n"), "UID:" + uid, f"SUMMARY;LANGUAGE=en-US:{summary}",
             f"DTSTART;TZID={tzid}:{f(start)}", f"DTEND;TZID={tzid}:{f(end)}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{f(start.astimezone(UTC))}Z",
             "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE=en-US:{location}", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
             "X-MICROSOFT-CDO-IMPORTANCE:1", "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:  # fold at 75 octets
        b = l.encode()
        while len(b) > 75: out.append(b[:75].decode("utf-8", "ignore")); b = b" " + b[75:]
        out.append(b.decode())
    return "\r\n".join(out).encode()


# ------------------------------------------------------------------ people
class P:
    def __init__(s, name, email, client, infra, sig="", tz=JST, lang="ja", short=None):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]; s.short = short or name
        s.fixed = HX(8)  # Becky!'s per-mailbox Message-ID suffix, home IP tails etc.
        s.ipn = R.randint(20, 230)


OWN = "kasuga-denshi.example"
SIG_ME_JA = ("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n春日電子商事株式会社 大阪支店 営業二課\n課長 田中 浩（たなか ひろし）\n"
             "〒541-0053 大阪市中央区本町3-4-10 本町ガーデンビル8F\nTEL: 06-6263-5170  FAX: 06-6263-5179  携帯: 090-4417-2286\n"
             "E-mail: h-tanaka@kasuga-denshi.example\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━")
SIG_ME_EN = ("--\nHiroshi Tanaka (田中 浩)\nManager, Sales Section 2, Osaka Branch\nKasuga Denshi Shoji Co., Ltd.\n"
             "8F Hommachi Garden Bldg., 3-4-10 Hommachi, Chuo-ku, Osaka 541-0053, Japan\nTel: +81-6-6263-5170  Mobile: +81-90-4417-2286")
me = P("田中 浩 / Hiroshi Tanaka", f"h-tanaka@{OWN}", "olown", "own", SIG_ME_JA, short="田中")
me.sig_en = SIG_ME_EN
yamamoto = P("山本 美咲", f"m-yamamoto@{OWN}", "olown", "own",
             "------------------------------------------\n春日電子商事株式会社 大阪支店 営業二課\n山本 美咲\nTEL: 06-6263-5172  FAX: 06-6263-5179\n"
             "------------------------------------------", short="山本")
sato = P("佐藤 健一", f"k-sato@{OWN}", "olown", "own", "――――――――――――――――\n春日電子商事株式会社\n大阪支店長 佐藤 健一\nTEL: 06-6263-5160\n――――――――――――――――", short="佐藤")
kobayashi = P("小林 翔太", f"s-kobayashi@{OWN}", "olown", "own",
              "------------------------------------------\n春日電子商事株式会社 大阪支店 営業二課\n小林 翔太\nTEL: 06-6263-5173  携帯: 080-3391-6620\n"
              "------------------------------------------", short="小林")
nakamura = P("中村 直子", f"n-nakamura@{OWN}", "olown", "own", "====================\n春日電子商事株式会社 経理部\n中村 直子\nTEL: 03-5577-2140（内線 214）\n====================", short="中村")
soumu = P("総務部", f"soumu@{OWN}", "olown", "own")
helpdesk = P("情報システム部 ヘルプデスク", f"it-helpdesk@{OWN}", "olown", "own")
sdesk = P("KSG ServiceDesk", f"servicedesk@{OWN}", "appnote", "own-app")
wflow = P("経費精算システム", f"noreply-wf@{OWN}", "appnote", "own-app")
MBX = {me.email: ("KSGEX01", "10.2.30.57"), yamamoto.email: ("KSGEX01", "10.2.30.61"), sato.email: ("KSGEX02", "10.2.30.12"),
       kobayashi.email: ("KSGEX01", "10.2.30.74"), nakamura.email: ("KSGEX02", "10.1.20.38"), soumu.email: ("KSGEX02", "10.1.20.15"),
       helpdesk.email: ("KSGEX02", "10.1.20.90")}
EXIP = {"KSGEX01": "10.1.0.31", "KSGEX02": "10.1.0.32"}

# ---- domestic partners
onishi = P("大西 康介", "k-onishi@settsu-keiso.example", "becky", "sakura-settsu",
           "--\n摂津計装株式会社 購買課\n大西 康介（おおにし こうすけ）\n〒577-0065 東大阪市高井田中2-8-17\nTEL: 06-6781-2231 / FAX: 06-6781-2239\n"
           "Mail: k-onishi@settsu-keiso.example", short="大西")
inoue = P("井上 さくら", "s-inoue@settsu-keiso.example", "becky", "sakura-settsu",
          "--\n摂津計装株式会社 購買課\n井上 さくら（いのうえ さくら）\n〒577-0065 東大阪市高井田中2-8-17\nTEL: 06-6781-2231 / FAX: 06-6781-2239\n"
          "Mail: s-inoue@settsu-keiso.example", short="井上")
suzuki = P("鈴木 由美", "y-suzuki@aoba-denshi.example", "ol365jp", "exo-aoba",
           "********************************************\n株式会社アオバ電子 営業部 営業一課\n鈴木 由美 Yumi Suzuki\n〒984-0015 仙台市若林区卸町東3-1-27\n"
           "TEL: 022-288-6401  FAX: 022-288-6409\nhttps://www.aoba-denshi.example/\n********************************************", short="鈴木")
takahashi = P("高橋 誠", "m-takahashi@aoba-denshi.example", "ol365jp", "exo-aoba",
              "********************************************\n株式会社アオバ電子 管理部 経理課\n高橋 誠 Makoto Takahashi\n〒984-0015 仙台市若林区卸町東3-1-27\n"
              "TEL: 022-288-6400（代表）  FAX: 022-288-6409\n********************************************", short="高橋")
fujiwara = P("藤原 拓也", "t.fujiwara@keihan-robotics.example", "gmail", "gws-keihan",
             "--\n京阪ロボティクス株式会社 開発部\n藤原 拓也 / Takuya Fujiwara\n〒573-0094 大阪府枚方市南中振1-16-3 枚方テクノベース3F\n"
             "Tel: 072-845-3302  Mobile: 080-2284-9177", short="藤原")
morishita = P("森下 勝", "morishita-ss@silk.ocn.ne.jp", "ol16", "ocn",
              "--------------------------------\n有限会社 森下製作所\n代表取締役 森下 勝\n〒581-0038 八尾市若林町1-52\nTEL 072-949-3318  FAX 072-949-3319\n"
              "--------------------------------", short="森下")
ishida = P("石田 正", "t-ishida@ka2.so-net.ne.jp", "macmail", "sonet",
           "━━━━━━━━━━━━━━━━━━\n石田技術事務所\n石田 正（Tadashi Ishida）\n〒601-8047 京都市南区東九条下殿田町41\n携帯: 090-6052-8813\n━━━━━━━━━━━━━━━━━━",
           short="石田")
okada = P("岡田 亮", "r-okada@osaka-kowan-exp.example", "ol13", "oke",
          "*************************************\n大阪港湾エクスプレス株式会社\n航空貨物部 輸入課\n岡田 亮\n〒559-0034 大阪市住之江区南港北1-7-41\n"
          "TEL 06-6613-4470 FAX 06-6613-4479\n*************************************", short="岡田")
# ---- overseas partners
priya = P("Priya Nair", "priya.nair@merlion-circuit.example", "gmail", "gws-merlion",
          "--\nPriya Nair\nSenior Buyer, Procurement\nMerlion Circuit Solutions Pte Ltd\n21 Tampines Industrial Avenue 5, Singapore 528624\nDID +65 6785 2031",
          tz=SGT, lang="en", short="Priya")
daniel = P("Daniel Tan", "daniel.tan@merlion-circuit.example", "gmail", "gws-merlion",
           "--\nDaniel Tan\nBuyer, Procurement\nMerlion Circuit Solutions Pte Ltd\n21 Tampines Industrial Avenue 5, Singapore 528624\nDID +65 6785 2044",
           tz=SGT, lang="en", short="Daniel")
jessica = P("Jessica Lin", "jessica.lin@hongyao-tw.example", "m2k", "m2k-hongyao",
            "Best Regards,\nJessica Lin 林佳慧\nSales Dept. | Hong Yao Electronics Co., Ltd. 宏曜電子股份有限公司\nNo. 88, Xingbang Rd., Guishan Dist., Taoyuan City 333, Taiwan\n"
            "Tel: +886-3-328-5510 ext. 215", tz=TPE, lang="en", short="Jessica")
amy = P("Amy Chen", "amy.chen@hongyao-tw.example", "m2k", "m2k-hongyao",
        "Best Regards,\nAmy Chen 陳美玲\nAccounting Dept. | Hong Yao Electronics Co., Ltd. 宏曜電子股份有限公司\nTel: +886-3-328-5510 ext. 302", tz=TPE, lang="en", short="Amy")
cindy = P("Cindy Wu", "cindy.wu@xindayuan-sz.example", "foxmail", "exmail-xdy",
          "Best regards\nCindy Wu 吴晓燕\nOverseas Sales | Shenzhen Xindayuan Electronics Co., Ltd.\n深圳市鑫达源电子有限公司\nTel: +86-755-2761 3380  WeChat: cindywu_xdy",
          tz=SHA, lang="en", short="Cindy")
liwei = P("Li Wei", "liwei@xindayuan-sz.example", "foxmail", "exmail-xdy",
          "Li Wei 李伟\nQA Engineer | Shenzhen Xindayuan Electronics Co., Ltd.\nTel: +86-755-2761 3391", tz=SHA, lang="en", short="Li Wei")
katrin = P("Katrin Vogel", "k.vogel@weissach-sensor.example", "tbde", "weissach",
           "-- \nKatrin Vogel\nStrategischer Einkauf / Strategic Purchasing\nWeißach Sensortechnik GmbH\nIndustriestraße 14, 71287 Weissach, Germany\n"
           "Tel. +49 7044 9183-214\nGeschäftsführer: Dr. Martin Kessler | Amtsgericht Stuttgart HRB 731184", tz=BER, lang="en", short="Katrin")
jonas = P("Jonas Brandt", "j.brandt@weissach-sensor.example", "tbde", "weissach",
          "-- \nJonas Brandt\nHardware Development\nWeißach Sensortechnik GmbH\nIndustriestraße 14, 71287 Weissach, Germany\nTel. +49 7044 9183-350",
          tz=BER, lang="en", short="Jonas")
mike = P("Mike Sullivan", "msullivan@redwood-components.example", "ol365us", "exo-redwood",
         "Best regards,\nMike Sullivan\nRegional Sales Manager, APAC\nRedwood Components, Inc.\n2150 Ringwood Ave, San Jose, CA 95131\nM: +1 408 555 0187",
         tz=PAC, lang="en", short="Mike")
jennifer = P("Jennifer Park", "jpark@redwood-components.example", "ol365us", "exo-redwood",
             "Thank you,\nJennifer Park\nAccounts Receivable\nRedwood Components, Inc.\nT: +1 408 555 0142", tz=PAC, lang="en", short="Jennifer")

# receiving side: the company's Postfix/amavis gateway in front of on-prem Exchange 2019
MX = "mx01.kasuga-denshi.example"
# helo/rdns, ip, DKIM d, DKIM s, envelope domain (None = From address), DMARC policy of the From domain (None = no record)
INFRA = {
    "sakura-settsu": ("www2174.sakura-rs.example", "153.126.201.74", "settsu-keiso.example", "rs2024", None, "none"),
    "exo-aoba": ("gw-out02.mailsafe-cloud.example", "203.0.113.42", "aoba-denshi.example", "msc1", None, "quarantine"),
    "gws-keihan": ("mail-pj1-f47.google.com", "209.85.216.47", "keihan-robotics.example", "google", None, "none"),
    "gws-merlion": ("mail-pf1-f171.google.com", "209.85.210.171", "merlion-circuit.example", "google", None, "quarantine"),
    "gmail": ("mail-yw1-f176.google.com", "209.85.128.176", "gmail.com", "20230601", None, "none"),
    "ocn": ("mogw1126.ocn.ad.jp", "153.149.231.31", None, None, None, None),
    "sonet": ("mail03.so-net.ne.jp", "202.238.84.13", None, None, None, None),
    "m2k-hongyao": ("mail.hongyao-tw.example", "211.75.142.36", "hongyao-tw.example", "m2k", None, "none"),
    "exmail-xdy": ("smtpbg154.qq.com", "106.55.201.18", "xindayuan-sz.example", "exmail", None, None),
    "weissach": ("mail.weissach-sensor.example", "85.214.118.77", "weissach-sensor.example", "dkim2024", None, "quarantine"),
    "exo-redwood": ("mail-co1nam11on2131.outbound.protection.outlook.com", "40.107.220.131", "redwood-components.example", "selector1", None, "reject"),
    "weissach-sieve": ("mail.weissach-sensor.example", "85.214.118.77", "weissach-sensor.example", "dkim2024", None, "quarantine"),
    "mailsafe": ("gw-out02.mailsafe-cloud.example", "203.0.113.42", "aoba-denshi.example", "msc1", None, "quarantine"),
    "gws-northlink": ("mail-ot1-f52.google.com", "209.85.210.52", "northlink-sys.example", "google", None, "none"),
    "oke": ("mail.osaka-kowan-exp.example", "61.205.91.18", None, None, None, None),
    # bulk and notification senders
    "eparts": ("mta03.mail.eparts-trend.example", "210.140.73.53", "eparts-trend.example", "esp1", "bounce.eparts-trend.example", "none"),
    "chipbay": ("mail.chipbay.example", "202.229.114.20", "chipbay.example", "mm2023", "mm.chipbay.example", "none"),
    "kdk-ml": ("ml.kdk-kansai.example", "219.94.166.201", None, None, "ml.kdk-kansai.example", None),
    "yamabiko": ("mo-notify02.yamabiko-unyu.example", "175.41.201.9", "yamabiko-unyu.example", "ntf", "bounce.yamabiko-unyu.example", "reject"),
    "adobesign": ("mail-na1.adobesign.com", "130.248.154.21", "adobesign.com", "s1", "bounces.adobesign.com", "reject"),
    "expo": ("mail.kansai-elex.example", "160.16.52.118", "kansai-elex.example", "default", None, "none"),
    "rma": ("o3.ptr2817.email.redwood-components.example", "149.72.130.77", "redwood-components.example", "s1", "em2817.redwood-components.example", "reject"),
    # attackers (look-alike domains, compromised third-party servers, throw-away senders)
    "pousada": ("br-cp42.hospedagem-web.example", "177.234.152.19", "pousada-marazul.example", "default", None, None),
    "look-hongyao": ("mail.hongyao-tvv.example", "45.138.16.77", "hongyao-tvv.example", "default", None, "none"),
    "look-aoba": ("mail.aoba-densi.example", "185.225.69.41", "aoba-densi.example", "default", None, "none"),
    "voicebox": ("vps-8d21e1.vps-cloud.example", "51.79.217.102", None, None, None, None),
    "meisai": ("mail.webmeisai-service.example", "194.87.31.145", "webmeisai-service.example", "mail", None, "none"),
    "sinarjaya": ("srv27.idcloudhost.example", "103.147.154.88", "cv-sinarjaya.example", "default", None, None),
    "renew": ("smtp.license-renewal-center.example", "91.215.85.140", None, None, None, None),
}


def exo_ver(t):
    return "15.20." + str(8069 + int((t - datetime.datetime(2024, 10, 1, tzinfo=UTC)).days * 2.1)) + f".0{R.randint(10, 40)}"


def exo_hops(host, t, region, orig_ip=None):
    v = exo_ver(t); h2 = host[:-4] + str(R.randint(1000, 9999))
    first = (f"from {host}.{region}.prod.outlook.com\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{region}.prod.outlook.com\n"
             f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {v}; {rfcu(t)}")
    return [("Received", f"from {host}.{region}.prod.outlook.com (2603:1096:{hx(3)}:{hx(2)}::{hx(2)}) by\n {h2}.{region}.prod.outlook.com"
                         f" (2603:1096:{hx(3)}:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {v}; {rfcu(t + TD(seconds=1))}"),
            ("Received", first)]


def arc_ms(t, d):
    return [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(150)}"),
            ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)};\n b={b64(150)}"),
            ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")]


def dkim_sig(d, s, t, h="From:To:Subject:Date:Message-ID:In-Reply-To:References:Content-Type:MIME-Version"):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n\th={h};\n\tb={b64(180)}")


def google_hops(helo, t, d, s):
    pt = t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
    return [("Received", f"by {helo} with SMTP id d9443c01a7336-{hx(11)}so{R.randint(1000000, 9999999)}{alnum(3).lower()}.{R.randint(1, 3)}\n"
                         f"        for <{me.email}>; {pt}"),
            ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800}; darn={OWN};\n"
                               f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n"
                               f"        bh={b64(32)};\n        b={b64(150)}"),
            ("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                        f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
                                        f"        bh={b64(32)};\n        b={b64(150)}"),
            ("X-Gm-Message-State", "AOJu0Y" + alnum(62)),
            ("X-Gm-Gg", "ASbGnc" + alnum(90)),
            ("X-Google-Smtp-Source", "AGHT+IE" + alnum(60)),
            ("X-Received", f"by 2002:a17:90b:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id\n {hx(20)}mr{R.randint(1000000, 9999999)}pjb.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n"
                              f"        {pt}")]


def sender_side(who, infra, t, client, ip=None):
    """Received lines (newest first) and signatures written on the sender's side"""
    helo, mip, d, s, envdom, dmarc = INFRA[infra]
    hops, post = [], []
    if infra == "sakura-settsu":
        hops.append(("Received", f"from [192.168.10.{who.ipn}] (p0553203-ipoe.ipoe.flets-west.example [{ip or '118.156.92.203'}])\n\t(authenticated bits=0)\n"
                                 f"\tby {helo} (8.17.1/8.17.1) with ESMTPSA id 5{R.choice('0123456789ABC')}{HX(2)}{alnum(3)}{R.randint(100000, 999999)}\n"
                                 f"\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\n\tfor <{me.email}>; {rfc(t, JST, True)}"))
        post.append(dkim_sig(d, s, t))
    elif infra == "exo-aoba":
        hops.append(("Received", f"from mail-os0jpn01on2112.outbound.protection.outlook.com (mail-os0jpn01on2112.outbound.protection.outlook.com [40.107.113.112])\n"
                                 f"\tby {helo} (Postfix) with ESMTPS id {pqid()}\n\tfor <{me.email}>; {rfc(t + TD(seconds=2), JST, True)}"))
        host = {"y-suzuki": "TYCPR01MB8573", "m-takahashi": "TYWPR01MB10432"}[who.email.split("@")[0]]
        hops += exo_hops(host, t, "jpnprd01")
        post += [dkim_sig(d, s, t + TD(seconds=2))] + arc_ms(t, d)
    elif infra in ("gws-keihan", "gws-merlion", "gmail", "gws-northlink"):
        post += google_hops(helo, t, d, s)
    elif infra == "ocn":
        nn = R.choice((11, 12, 14))
        src = {"ol16": ("DESKTOP-MS7K2QF", f"p3241088-ipoe.ipoe.ocn.ne.jp [114.165.{who.ipn}.{88}]"),
               "iphone": ("smtpclient.apple", f"unknown [49.98.{R.randint(1, 250)}.{R.randint(1, 250)}]")}.get(client, ("[127.0.0.1]", f"unknown [{ip}]"))
        if ip and client in src: src = (src[0], f"unknown [{ip}]")
        hops += [("Received", f"from mfs-smtp{nn}.ocn.ad.jp (mfs-smtp{nn}.ocn.ad.jp [153.138.219.{nn + 20}])\n\tby {helo} (Postfix) with ESMTP id {pqid()}\n"
                              f"\tfor <{me.email}>; {rfc(t + TD(seconds=1), JST, True)}"),
                 ("Received", f"from {src[0]} ({src[1]})\n\t(Authenticated sender: {who.email})\n\tby mfs-smtp{nn}.ocn.ad.jp (Postfix) with ESMTPSA id {pqid()};\n"
                              f"\t{rfc(t, JST, True)}")]
    elif infra == "sonet":
        nn = R.choice((2, 4))
        src = {"macmail": ("smtpclient.apple", f"unknown [126.158.{who.ipn}.41]"), "tbja": (f"[192.168.0.{who.ipn % 50 + 10}]", f"unknown [126.158.{who.ipn}.41]")}.get(
            client, (f"WIN-{HX(11)}", f"unknown [{ip}]"))
        hops += [("Received", f"from msa{nn:02d}.so-net.ne.jp (msa{nn:02d}.so-net.ne.jp [202.238.84.{nn + 30}])\n\tby {helo} (Postfix) with ESMTP id {pqid()}\n"
                              f"\tfor <{me.email}>; {rfc(t + TD(seconds=1), JST, True)}"),
                 ("Received", f"from {src[0]} ({src[1]})\n\t(Authenticated sender: {who.email})\n\tby msa{nn:02d}.so-net.ne.jp (Postfix) with ESMTPSA id {pqid()};\n"
                              f"\t{rfc(t, JST, True)}")]
    elif infra == "m2k-hongyao":
        hops.append(("Received", f"from {ip or '61.220.47.' + str(who.ipn)} ({ip or '61.220.47.' + str(who.ipn)})\n\tby {helo} (Mail2000 ESMTP Server) with HTTP (webmail)\n"
                                 f"\tid M{R.randint(1000000, 9999999)}\n\tfor <{me.email}>; {rfc(t, TPE)} (CST)"))
        post.append(dkim_sig(d, s, t))
    elif infra == "exmail-xdy":
        hops.append(("Received", f"from DESKTOP-{who.fixed[:6]} ( [{ip or '113.90.236.' + str(who.ipn)}])\n\tby bizesmtp.qq.com (ESMTP) with SMTP id 0\n\tfor <{me.email}>; "
                                 f"{rfc(t, SHA)}"))
        post += [dkim_sig(d, s, t), ("X-QQ-mid", f"bizesmtp{R.randint(10, 99)}t{int(t.timestamp())}t{hx(8)}"),
                 ("X-QQ-Originating-IP", b64(18)), ("X-QQ-SSF", "0000000000000000000000000000000"), ("X-QQ-GoodBg", "1"),
                 ("X-BIZMAIL-ID", str(R.randint(10 ** 18, 10 ** 19)))]
    elif infra == "weissach":
        hops.append(("Received", f"from [10.20.1.{who.ipn}] (unknown [10.20.1.{who.ipn}])\n\tby {helo} (Postfix) with ESMTPSA id {pqid()}\n\tfor <{me.email}>; "
                                 f"{rfc(t, BER, True)}"))
        post.append(dkim_sig(d, s, t, "Message-ID:Date:MIME-Version:Subject:To:References:From:In-Reply-To:Content-Type"))
    elif infra == "exo-redwood":
        host = {"msullivan": "BY5PR17MB3876", "jpark": "SJ0PR17MB5513"}[who.email.split("@")[0]]
        hops += exo_hops(host, t, "namprd17")
        post += [dkim_sig(d, s, t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")] + arc_ms(t, d)
    elif infra == "oke":
        hops += [("Received", f"from OKE-EX16.okexp.local (unknown [10.0.1.10])\n\tby {helo} (Postfix) with ESMTPS id {pqid()}\n\tfor <{me.email}>; {rfc(t + TD(seconds=1), JST, True)}"),
                 ("Received", f"from OKE-EX16.okexp.local (10.0.1.10) by OKE-EX16.okexp.local (10.0.1.10) with\n Microsoft SMTP Server (version=TLS1_2,\n"
                              f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t, JST)}"),
                 ("Received", f"from OKE-EX16.okexp.local ([fe80::a4c1:72e:19d0:4b31]) by OKE-EX16.okexp.local\n ([fe80::a4c1:72e:19d0:4b31%12]) with mapi id 15.01.2507.039; {rfc(t, JST)}")]
    elif infra in ("eparts", "chipbay", "yamabiko", "expo", "adobesign", "rma", "kdk-ml", "mailsafe"):
        if infra == "kdk-ml":
            mta, mip2 = ip
            hops += [("Received", f"by {helo} (Postfix, from userid 1002) id {pqid()}; {rfc(t + TD(seconds=3), JST, True)}"),
                     ("Received", f"from {mta} ({mta} [{mip2}])\n\tby {helo} (Postfix) with ESMTPS id {pqid()}\n\tfor <kdk-ml@{helo}>; {rfc(t + TD(seconds=2), JST, True)}")]
        else:
            hops.append(("Received", f"by {helo} (Postfix, from userid 1001) id {pqid()}; {rfc(t, JST if infra not in ('adobesign', 'rma') else UTC, True)}"))
        if d: post.append(dkim_sig(d, s, t, "From:To:Subject:Date:Message-ID:List-Unsubscribe:Content-Type:MIME-Version"))
    elif infra == "pousada":
        hops.append(("Received", f"from [{ip}] (port={R.randint(49000, 65000)} helo=[192.168.0.{R.randint(100, 199)}])\n\tby {helo} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.96.2)\n\t(envelope-from <{who.email}>)\n\tid 1t{alnum(4)}-00{alnum(4)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, ZoneInfo('America/Sao_Paulo'))}"))
        post.append(dkim_sig(d, s, t))
    elif infra == "sinarjaya":
        hops.append(("Received", f"from [{ip}] (port={R.randint(49000, 65000)} helo=[10.0.2.15])\n\tby {helo} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.97.1)\n\t(envelope-from <{who.email}>)\n\tid 1t{alnum(4)}-00{alnum(4)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, ZoneInfo('Asia/Jakarta'))}"))
        post.append(dkim_sig(d, s, t))
    elif infra == "look-hongyao":
        hops.append(("Received", f"from webmail.hongyao-tvv.example (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPSA id {pqid()}\n\tfor <{me.email}>; {rfc(t, UTC, True)}"))
        post.append(dkim_sig(d, s, t))
    elif infra == "look-aoba":
        hops.append(("Received", f"from DESKTOP-QH4V2R8 (unknown [{ip}])\n\tby {helo} (Postfix) with ESMTPSA id {pqid()}\n\tfor <{me.email}>; {rfc(t, UTC, True)}"))
        post.append(dkim_sig(d, s, t))
    elif infra == "weissach-sieve":
        hops.append(("Received", f"by {helo} (Postfix, from userid 5000)\n\tid {pqid()}; {rfc(t, BER, True)}"))
        post.append(dkim_sig(d, s, t, "Message-ID:Date:Subject:To:From:In-Reply-To:References:Auto-Submitted:Content-Type"))
    elif infra in ("voicebox", "renew", "meisai"):
        hops.append(("Received", f"from {'localhost' if infra != 'meisai' else '[' + ip + ']'} ({'localhost [127.0.0.1]' if infra != 'meisai' else 'unknown [' + ip + ']'})\n"
                                 f"\tby {helo} (Postfix) with ESMTP{'SA' if infra == 'meisai' else ''} id {pqid()}\n\tfor <{me.email}>; {rfc(t, UTC, True)}"))
        if d: post.append(dkim_sig(d, s, t))
    return hops, post, helo, mip, d, s, envdom, dmarc


def own_hops(who, t, src=None, via_owa=False):
    srv, lan = MBX.get(who.email, ("KSGEX02", "10.1.0.60"))
    if src == "app":
        return [("Received", f"from KSGEX02.kasuga.local (10.1.0.32) by KSGEX01.kasuga.local (10.1.0.31)\n with Microsoft SMTP Server (version=TLS1_2,\n"
                             f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14 via Mailbox\n Transport; {rfc(t + TD(seconds=2), JST)}"),
                ("Received", f"from ksg-app01.kasuga.local (10.1.0.60) by KSGEX02.kasuga.local (10.1.0.32)\n with Microsoft SMTP Server id 15.2.1544.14 via Frontend Transport;\n {rfc(t + TD(seconds=1), JST)}")]
    mine = MBX[me.email][0]
    return [("Received", f"from {srv}.kasuga.local ({EXIP[srv]}) by {mine}.kasuga.local ({EXIP[mine]})\n with Microsoft SMTP Server (version=TLS1_2,\n"
                         f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14 via Mailbox\n Transport; {rfc(t + TD(seconds=2), JST)}"),
            ("Received", f"from {srv}.kasuga.local ({EXIP[srv]}) by {srv}.kasuga.local ({EXIP[srv]})\n with Microsoft SMTP Server (version=TLS1_2,\n"
                         f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; {rfc(t + TD(seconds=1), JST)}"),
            ("Received", f"from {srv}.kasuga.local ([fe80::5d3c:9a1e:b2f4:{'17c8' if srv == 'KSGEX01' else '2a91'}]) by\n {srv}.kasuga.local ([fe80::5d3c:9a1e:b2f4:"
                         f"{'17c8' if srv == 'KSGEX01' else '2a91'}%13]) with mapi id\n 15.02.1544.014; {rfc(t, JST)}")]


def inbound(who, infra, t, client, ip=None, env=None):
    """the whole trace block of an inbound message, top (newest) first; returns (headers, arrival time)"""
    if infra in ("own", "own-app", "own-owa"):
        ta = t + TD(seconds=2)
        return own_hops(who, t, "app" if infra == "own-app" else None), ta
    hops, post, helo, mip, d, s, envdom, dmarc = sender_side(who, infra, t, client, ip)
    delay = TD(seconds=R.randint(3, 40))
    ta = t + delay
    env = env or (f"bounce-{hx(10)}@{envdom}" if envdom else who.email)
    if infra == "kdk-ml": env = "kdk-ml-admin@ml.kdk-kansai.example"
    fromdom = who.email.split("@")[1]
    own = [("Return-Path", f"<{env}>"),
           ("Received", f"from {MX} (10.1.0.25) by KSGEX01.kasuga.local (10.1.0.31)\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
                        f" id 15.2.1544.14 via Frontend\n Transport; {rfc(ta + TD(seconds=2), JST)}"),
           ("Received", f"from localhost (localhost [127.0.0.1])\n\tby {MX} (Postfix) with ESMTP id {pqid()}\n\tfor <{me.email}>; {rfc(ta + TD(seconds=1), JST, True)}"),
           ("X-Virus-Scanned", "amavisd-new at kasuga-denshi.example"),
           ("X-Spam-Flag", "NO"), ("X-Spam-Score", f"{R.choice(('-', ''))}{R.randint(0, 2)}.{R.randint(0, 9)}{R.randint(0, 9)}")]
    if dmarc: own.append(("Authentication-Results", f"{MX}; dmarc=pass (p={dmarc} dis=none) header.from={fromdom}"))
    elif infra != "kdk-ml": own.append(("Authentication-Results", f"{MX}; dmarc=none (p=none dis=none) header.from={fromdom}"))
    if d: own.append(("Authentication-Results", f"{MX};\n\tdkim=pass (2048-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 header.s={s} header.b={alnum(8)};\n"
                                               f"\tdkim-atps=neutral"))
    sip = mip
    own += [("Received-SPF", f"Pass (mailfrom) identity=mailfrom; client-ip={sip}; helo={helo}; envelope-from={env}; receiver=<UNKNOWN>"),
            ("Received", f"from {helo} ({helo} [{sip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n"
                         f"\t(No client certificate requested)\n\tby {MX} (Postfix) with ESMTPS id {pqid()}\n\tfor <{me.email}>; {rfc(ta, JST, True)}")]
    return own + hops + post, ta


# ------------------------------------------------------------------ client fingerprints
def ft(t): return (int(t.timestamp()) + 11644473600) * 10 ** 7
def ft_high(t): return ft(t) >> 32
def tidx_new(t): return base64.b64encode(struct.pack(">Q", ft(t))[:6] + rbytes(16)).decode()


def make_mid(who, client, t):
    lt = t.astimezone(who.tz)
    if client == "olown":
        srv = MBX.get(who.email, ("KSGEX02",))[0]; return f"<{hx(32)}@{srv}.kasuga.local>"
    if client == "owa":
        srv = MBX.get(who.email, ("KSGEX02",))[0]; return f"<{hx(32)}@{srv}.kasuga.local>"
    if client == "becky": return f"<{lt:%Y%m%d%H%M%S}.{HX(4)}.{who.fixed}@{who.dom}>"
    if client == "ol365jp":
        host = {"y-suzuki": "TYCPR01MB8573", "m-takahashi": "TYWPR01MB10432"}[who.email.split("@")[0]]
        return f"<{host}{HX(16)}@{host}.jpnprd01.prod.outlook.com>"
    if client == "ol365us":
        host = {"msullivan": "BY5PR17MB3876", "jpark": "SJ0PR17MB5513"}[who.email.split("@")[0]]
        return f"<{host}{HX(16)}@{host}.namprd17.prod.outlook.com>"
    if client == "gmail": return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("ol16", "olsmtp"): return f"<{R.choice(('0000', '0001', '000a', '0002'))}{ft_high(t):08x}${hx(8)}${hx(8)}$@{who.dom}>"
    if client in ("iphone", "macmail"): return f"<{ruuid().upper()}@{who.dom}>"
    if client in ("tbja", "tbde"): return f"<{ruuid()}@{who.dom}>"
    if client == "m2k": return f"<{lt:%Y%m%d%H%M%S}.M{R.randint(10000, 99999)}@{who.dom}>"
    if client == "foxmail": return f"<{lt:%Y%m%d%H%M%S}{R.randint(1000000, 9999999)}@{who.dom}>"
    if client == "ol13": return f"<{hx(32)}@OKE-EX16.okexp.local>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def _pre(text, p="> "): return "\n".join(p + l if l else p.rstrip() for l in text.split("\n"))


def _tos(lst, sep="; "): return sep.join(f"{n} <{e}>" if n else e for n, e in lst)


def quote_of(client, q, tz=JST):
    """the quote block a client writes under a reply; q = record of the message answered"""
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    cc = q.get("cc") or []
    if client in ("olown", "owa"):
        rows = [("差出人", f"{name} <{email}> "), ("送信日時", jdate(t)), ("宛先", _tos(q["to"]))] + ([("CC", _tos(cc))] if cc else []) + [("件名", q["subj"])]
        return "\n\n-----Original Message-----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + _pre(q["plain"])
    if client in ("ol13", "ol16"):
        rows = [("差出人", f"{name} [mailto:{email}] "), ("送信日時", jdate(t)), ("宛先", _tos(q["to"]))] + ([("CC", _tos(cc))] if cc else []) + [("件名", q["subj"])]
        return "\n\n-----Original Message-----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "ol365jp":
        rows = [("差出人", f"{name} <{email}>"), ("送信日時", jdate(t)), ("宛先", _tos(q["to"]))] + ([("CC", _tos(cc))] if cc else []) + [("件名", q["subj"])]
        return "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "ol365us":
        t = q["t"].astimezone(PAC)
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A, %B} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')}"), ("To", _tos(q["to"]))] \
            + ([("Cc", _tos(cc))] if cc else []) + [("Subject", q["subj"])]
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "becky":
        return f"\n\nOn {rfc(q['t'], q.get('tz', JST))}\n{addr_plain(name, email)} wrote:\n\n" + _pre(q["plain"])
    if client == "gmail_ja":
        return f"\n\n{t.year}年{t.month}月{t.day}日({WDJ[t.weekday()]}) {t.hour}:{t.minute:02d} {name} <{email}>:\n\n" + _pre(q["plain"])
    if client == "gmail":
        return f"\n\nOn {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name} <{email}> wrote:\n\n" + _pre(q["plain"])
    if client in ("iphone", "macmail"):
        return f"\n\n> {t.year}/{t.month:02d}/{t.day:02d} {t.hour}:{t.minute:02d}、{name} <{email}>のメール:\n> \n" + _pre(q["plain"])
    if client == "tbja": return f"\n\n{t.year}/{t.month:02d}/{t.day:02d} {t.hour}:{t.minute:02d}, {name} wrote:\n" + _pre(q["plain"])
    if client == "tbde": return f"\n\nAm {t:%d.%m.%y} um {t:%H:%M} schrieb {name}:\n" + _pre(q["plain"])
    if client == "m2k":
        return (f"\n\n---------- Original Message -----------\n From: {name} <{email}>\n To: {_tos(q['to'], ', ')}\n"
                + (f" Cc: {_tos(cc, ', ')}\n" if cc else "") + f" Sent: {rfc(q['t'], q.get('tz', JST))}\n Subject: {q['subj']}\n\n{q['plain']}\n------- End of Original Message -------")
    if client == "foxmail":
        tos = ", ".join(n or e for n, e in q["to"])
        return (f"\n \nFrom: {name}\nDate: {t:%Y-%m-%d %H:%M}\nTo: {tos}\n" + (f"CC: {', '.join(n or e for n, e in cc)}\n" if cc else "")
                + f"Subject: {q['subj']}\n{q['plain']}")
    return "\n\n" + _pre(q["plain"])


def addr_plain(n, e): return f'"{n}" <{e}>'


def html_of(client, plain, cs):
    esc = lambda l: H.escape(l, quote=False)
    if client in ("ol365jp", "ol16", "olsmtp"):
        body = "\n".join(f'<p class="MsoNormal"><span style="font-size:10.5pt;font-family:&quot;游ゴシック&quot;,sans-serif">{esc(l) if l else "<o:p>&nbsp;</o:p>"}</span></p>'
                         for l in plain.split("\n"))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"ＭＳ ゴシック";\n\tpanose-1:2 11 6 9 7 2 5 8 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0mm;\n\tfont-size:10.5pt;\n\tfont-family:"游ゴシック",sans-serif;}\n--></style>\n</head>\n<body lang="JA" link="#0563C1" vlink="#954F72" '
                'style="word-wrap:break-word;text-justify-trim:punctuation">\n<div class="WordSection1">\n' + body + "\n</div>\n</body>\n</html>\n")
    if client == "ol365us":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
                '</style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
                'sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n' + "<br>\n".join(esc(l) for l in plain.split("\n")) + "</div>\n</body>\n</html>\n")
    if client == "gmail":
        return '<div dir="ltr">' + "<br>".join(esc(l) for l in plain.split("\n")) + "</div>\n"
    if client == "m2k":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '"></head><body><div style="font-family:新細明體,PMingLiU;font-size:12pt">'
                + "<br>\n".join(esc(l) for l in plain.split("\n")) + "</div></body></html>")
    if client == "foxmail":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=' + cs + '"><style>body { line-height: 1.5; }body { font-size: 14px; '
                'font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
                + "\n".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in plain.split("\n")) + "\n</body></html>")
    return None


OUTLOOKS = ("olown", "owa", "ol365jp", "ol365us", "ol16", "ol13", "olsmtp")
HLABEL = {"olown": "iso-2022-jp", "owa": "utf-8", "becky": "ISO-2022-JP", "ol365jp": "iso-2022-jp", "ol365us": "utf-8", "gmail": "UTF-8",
          "ol16": "iso-2022-jp", "olsmtp": "iso-2022-jp", "iphone": "utf-8", "macmail": "iso-2022-jp", "tbja": "UTF-8", "tbde": "UTF-8",
          "m2k": "big5", "foxmail": "GB2312", "ol13": "shift_jis", "roundcube": "UTF-8", "bot": "UTF-8", "appnote": "iso-2022-jp", "bulk": "UTF-8"}
CLANG = {"olown": "ja-JP", "ol365jp": "ja-JP", "ol365us": "en-US", "ol13": "ja-JP", "owa": "en-US"}


def body_cs(client, text):
    """(charset label, transfer encoding) the client uses for this text"""
    asc = text.isascii()
    if client in ("olown", "appnote"): return ("iso-2022-jp", "7bit") if can(text, "iso-2022-jp") else ("utf-8", "base64")
    if client in ("ol365jp", "ol16", "olsmtp"): return ("iso-2022-jp", "7bit") if can(text, "iso-2022-jp") else ("utf-8", "base64")
    if client == "becky": return ("ISO-2022-JP", "7bit") if can(text, "iso-2022-jp") else ("UTF-8", "base64")
    if client == "macmail": return ("iso-2022-jp", "7bit") if can(text, "iso-2022-jp") else ("utf-8", "quoted-printable")
    if client == "ol365us": return ("us-ascii", "quoted-printable") if asc else ("utf-8", "base64")
    if client == "gmail":
        if asc: return ("UTF-8", None)
        return ("UTF-8", "base64") if sum(not c.isascii() for c in text) > len(text) / 10 else ("UTF-8", "quoted-printable")
    if client == "iphone": return ("us-ascii", "7bit") if asc else ("utf-8", "base64")
    if client in ("tbja", "tbde", "roundcube"): return ("UTF-8", "7bit" if asc else "8bit")
    if client == "m2k": return ("big5", "base64") if can(text, "big5") else ("UTF-8", "base64")
    if client == "foxmail": return (pick(text, ["gb2312", "gbk"]).upper().replace("UTF-8", "utf-8"), "base64")
    if client == "ol13": return ("shift_jis", "base64") if can(text, "shift_jis") else ("utf-8", "base64")
    if client == "owa": return ("utf-8", "base64")
    return ("UTF-8", "base64")


def boundary(client, who, kind, t):
    if client == "olown": return f"_00{2 if kind == 'mixed' else 0}_{hx(32)}{MBX.get(who.email, ('KSGEX02',))[0]}kasugalocal_"
    if client == "owa": return f"_00{4 if kind == 'mixed' else 0}_{hx(32)}KSGEX01kasugalocal_"
    if client in ("ol365jp", "ol365us"):
        host = make_mid(who, client, t)[1:14]; return f"_00{4 if kind == 'mixed' else 0}_{host}{HX(16)}{host[:4]}_"
    if client in ("ol16", "olsmtp"): return f"----=_NextPart_00{0 if kind == 'mixed' else 1}_{R.randint(0, 64):04X}_{ft_high(t):08X}.{HX(8)}"
    if client == "becky": return f"------_{int(t.timestamp()):08X}00000000{HX(4)}_MULTIPART_MIXED_"
    if client == "gmail": return "000000000000" + hx(12)
    if client in ("iphone", "macmail"): return f"Apple-Mail=_{ruuid().upper()}"
    if client in ("tbja", "tbde"): return "------------" + alnum(24)
    if client == "m2k": return f"----=_Part_M2K_{R.randint(10 ** 11, 10 ** 12)}"
    if client == "foxmail": return f"----=_00{1 if kind == 'mixed' else 2}_NextPart{R.randint(10 ** 11, 10 ** 12)}_=----"
    if client == "ol13": return f"_002_{hx(32)}OKEEX16okexplocal_"
    if client == "roundcube": return "=_" + hx(32)
    return "----=_Part_" + str(R.randint(10 ** 8, 10 ** 9)) + "." + str(R.randint(10 ** 12, 10 ** 13))


def att_headers(client, name, data, ctype, t):
    lab = HLABEL.get(client, "UTF-8")
    if client in ("olown", "ol365jp", "ol365us", "ol13", "owa"):
        n = ew(name, lab).replace("\n ", "")
        d = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        return [f'Content-Type: {ctype}; name="{n}"', f"Content-Description: {n}",
                f'Content-Disposition: attachment; filename="{n}"; size={len(data)};\n\tcreation-date="{d}";\n\tmodification-date="{d}"',
                "Content-Transfer-Encoding: base64"]
    if client in ("ol16", "olsmtp", "becky", "m2k", "foxmail", "bot"):
        n = ew(name, lab).replace("\n ", "")
        return [f'Content-Type: {ctype};\n\tname="{n}"', "Content-Transfer-Encoding: base64", f'Content-Disposition: attachment;\n\tfilename="{n}"']
    if client == "gmail":
        n = ew(name, lab).replace("\n ", "")
        cid = f"f_{alnum(9).lower()}0"
        return [f'Content-Type: {ctype}; name="{n}"', f'Content-Disposition: attachment; filename="{n}"', "Content-Transfer-Encoding: base64",
                f"Content-ID: <{cid}>", f"X-Attachment-Id: {cid}"]
    if client in ("iphone", "macmail"):
        n = ew(name, "utf-8").replace("\n ", "")
        disp = "inline" if ctype.startswith("image/") else "attachment"
        fn = f'filename="{name}"' if name.isascii() else f"filename*=utf-8''{pct(name, 'utf-8')}"
        return [f"Content-Disposition: {disp};\n\t{fn}", f'Content-Type: {ctype};\n\tx-unix-mode=0644;\n\tname="{n}"', "Content-Transfer-Encoding: base64"]
    if client in ("tbja", "tbde", "roundcube"):
        if name.isascii(): return [f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64"]
        return [f"Content-Type: {ctype}; name*=UTF-8''{pct(name, 'utf-8')}", f"Content-Disposition: attachment; filename*=UTF-8''{pct(name, 'utf-8')}",
                "Content-Transfer-Encoding: base64"]
    n = ew(name, "UTF-8").replace("\n ", "")
    return [f'Content-Type: {ctype}; name="{n}"', f'Content-Disposition: attachment; filename="{n}"', "Content-Transfer-Encoding: base64"]


def text_part(client, ctype, text, cs=None):
    lab, cte = cs or body_cs(client, text)
    if ctype == "text/html" and client in ("ol365jp", "ol16", "olsmtp") and lab == "iso-2022-jp": cte = "quoted-printable"
    if ctype == "text/html" and client == "ol365us": lab, cte = "utf-8", "quoted-printable"
    q = '"' if client in OUTLOOKS or client == "gmail" else ""
    ct = f"Content-Type: {ctype}; charset={q}{lab}{q}"
    if client in ("tbja", "tbde", "roundcube") and ctype == "text/plain": ct += "; format=flowed"
    if client in ("iphone", "macmail"): ct = f"Content-Type: {ctype};\n\tcharset={lab}"
    hdr = [ct] + ([f"Content-Transfer-Encoding: {cte}"] if cte else [])
    return hdr, enc_body(text, lab, cte or "7bit")


pending = []
seq = [0]


def emit(who, client, t, to, cc, subj, refs, plain, atts=(), extra=(), label=None, scen=None, infra=None, irt=None, mid=None,
         tidx=None, topic=None, folder=None, html=None, nohtml=False, ip=None, env=None, frm=None, cs=None, top=(), xoip=None,
         alang=None, hlab=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    infra = infra or who.infra
    lab = hlab or HLABEL.get(client, "UTF-8")
    h = []; ta = t
    if folder == "INBOX":
        tr, ta = inbound(who, infra, t, client, ip, env); h += tr
    h += list(top)
    date = rfcu(t) if client in ("ol365jp", "ol365us") else rfc(t, who.tz)
    fromh = frm or addr(who.name, who.email, lab)
    toh = ", ".join(addr(n, e, lab) for n, e in to)
    cch = ", ".join(addr(n, e, lab) for n, e in (cc or []))
    subjh = ew(subj, lab)
    irt = irt or (refs[-1] if refs else None)
    refh = "\n ".join(refs) if refs else None
    topic_h = ew(topic or subj.split(": ")[-1], lab)
    # ---- body
    if html is None and not nohtml: html = html_of(client, plain, body_cs(client, plain)[0])
    ptype = text_part(client, "text/plain", plain, cs)
    parts_alt = None
    if html:
        hcs = cs if cs else (body_cs(client, plain) if client != "ol365us" else None)
        htype = text_part(client, "text/html", html, hcs)
        ab = boundary(client, who, "alt", t)
        parts_alt = (ab, [ptype, htype])
    if atts:
        mb = boundary(client, who, "mixed", t)
    # ---- headers by client
    X = []
    if client in ("olown", "ol365jp", "ol365us", "ol13", "owa"):
        X += [("From", fromh), ("To", toh)] + ([("CC", cch)] if cc else []) + [("Subject", subjh), ("Thread-Topic", topic_h),
             ("Thread-Index", tidx or tidx_new(t)), ("Date", date), ("Message-ID", m)]
        if refs: X += [("References", refh), ("In-Reply-To", irt)]
        X += [("Accept-Language", (alang or CLANG[client]) + (", en-US" if (alang or CLANG[client]) != "en-US" else "")), ("Content-Language", alang or CLANG[client]),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client in ("olown", "ol13", "owa"): X.append(("x-originating-ip", f"[{xoip or MBX.get(who.email, ('', '10.0.1.' + str(who.ipn)))[1]}]"))
        if client in ("ol365jp", "ol365us"):
            X += [("x-ms-publictraffictype", "Email"), ("x-ms-traffictypediagnostic", f"{make_mid(who, client, t)[1:14]}:EE_|{make_mid(who, client, t)[1:14][:-4]}{R.randint(1000, 9999)}:EE_"),
                  ("x-ms-office365-filtering-correlation-id", ruuid())]
    elif client in ("ol16", "olsmtp"):
        X += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cc else [])
        if refs: X += [("References", refh), ("In-Reply-To", irt)]
        X += [("Subject", subjh), ("Date", date), ("Message-ID", m), ("MIME-Version", "1.0")]
    elif client == "becky":
        X += [("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cc else []) + [("Subject", subjh)]
        if refs: X += [("In-Reply-To", irt), ("References", refh)]
        X += [("Message-Id", m), ("MIME-Version", "1.0")]
    elif client == "gmail":
        X += [("MIME-Version", "1.0")]
        if refs: X += [("References", refh), ("In-Reply-To", irt)]
        X += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", subjh), ("To", toh)] + ([("Cc", cch)] if cc else [])
    elif client == "iphone":
        X += [("__CT__", None), ("From", fromh), ("Mime-Version", "1.0 (1.0)"), ("Subject", subjh), ("Date", date)]
        if refs: X += [("References", refh)]
        X += ([("Cc", cch)] if cc else []) + ([("In-Reply-To", irt)] if refs else []) + [("To", toh), ("Message-Id", m), ("X-Mailer", "iPhone Mail (22C161)")]
    elif client == "macmail":
        X += [("__CT__", None), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"), ("Subject", subjh), ("From", fromh)]
        if refs: X += [("In-Reply-To", irt)]
        X += [("Date", date)] + ([("Cc", cch)] if cc else []) + [("Message-Id", m)] + ([("References", refh)] if refs else []) + [("To", toh),
              ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    elif client in ("tbja", "tbde"):
        X += [("Message-ID", m), ("Date", date), ("MIME-Version", "1.0"),
              ("User-Agent", "Mozilla Thunderbird" if client == "tbde" else "Mozilla Thunderbird"), ("Subject", subjh), ("To", toh)] + ([("Cc", cch)] if cc else [])
        if refs: X += [("References", refh)]
        X += [("Content-Language", "en-US" if client == "tbde" else "ja"), ("From", fromh)]
        if refs: X += [("In-Reply-To", irt)]
    elif client == "m2k":
        X += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cc else []) + [("Subject", subjh), ("Date", date), ("Message-Id", m)]
        if refs: X += [("In-Reply-To", irt), ("References", refh)]
        X += [("X-Mailer", "Openfind Mail2000 Webmail 8.00"), ("X-OriginatingIP", f"{ip or '61.220.47.' + str(who.ipn)} ({who.email.split('@')[0]})"), ("MIME-Version", "1.0")]
    elif client == "foxmail":
        X += [("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cc else []) + [("Subject", subjh)]
        if refs: X += [("References", refh), ("In-Reply-To", irt)]
        X += [("X-Priority", "3"), ("X-GUID", ruuid().upper()), ("X-Has-Attach", "yes" if atts else "no"), ("X-Mailer", "Foxmail 7.2.25.331[cn]"),
              ("Mime-Version", "1.0"), ("Message-ID", m)]
    elif client == "roundcube":
        X += [("MIME-Version", "1.0"), ("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cc else []) + [("Subject", subjh)]
        if refs: X += [("In-Reply-To", irt), ("References", refh)]
        X += [("Message-ID", m), ("X-Sender", who.email), ("User-Agent", "Roundcube Webmail/1.6.9")]
    else:  # bot, appnote, bulk
        X += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cc else []) + [("Subject", subjh), ("Date", date), ("Message-ID", m)]
        if refs: X += [("In-Reply-To", irt), ("References", refh)]
        X += [("MIME-Version", "1.0")]
    # ---- MIME body
    def render(hdr_lines, payload): return ("\n".join(hdr_lines) + "\n\n").encode("ascii") + payload
    if parts_alt:
        ab, (p1, p2) = parts_alt
        alt_body = (f"--{ab}\n".encode() + render(*p1) + f"\n--{ab}\n".encode() + render(*p2) + f"\n--{ab}--\n".encode())
        inner_hdr, inner_payload = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"'], alt_body
    else:
        inner_hdr, inner_payload = ptype
    if atts:
        chunks = [f"--{mb}\n".encode() + render(inner_hdr, inner_payload)]
        for name, data, ctype in atts:
            chunks.append(f"\n--{mb}\n".encode() + render(att_headers(client, name, data, ctype, t), b64lines(data).encode()))
        top_hdr, payload = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"'], b"".join(chunks) + f"\n\n--{mb}--\n".encode()
    else:
        top_hdr, payload = inner_hdr, inner_payload
    # place content headers the way the client orders them
    ctlines = [tuple(l.split(": ", 1)) for l in "\n".join(top_hdr).replace("\n\t", "\x00").split("\n")]
    ctlines = [(k, v.replace("\x00", "\n\t")) for k, v in ctlines]
    if "__CT__" in [k for k, _ in X]:
        i = [k for k, _ in X].index("__CT__"); X[i:i + 1] = ctlines
    elif client in ("ol16", "olsmtp"):
        X += ctlines + [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tidx or tidx_new(t)),
                        ("Content-Language", "ja")]
    elif client in ("olown", "ol365jp", "ol365us", "ol13", "owa"):
        X += ctlines + [("MIME-Version", "1.0")]
    else:
        X += ctlines
    if client in ("becky",): X.append(("X-Mailer", "Becky! ver. 2.81.05 [ja]"))
    X += list(extra)
    if folder == "INBOX" and client in ("ol365jp", "ol365us"):
        ten = {"aoba-denshi.example": "6c1f0a5e-2b7d-4d0a-9a43-1e0f6b8d2c71", "redwood-components.example": "a4e8f2c0-77b1-4a8e-bc52-3d9e0f61b7a4"}[who.dom]
        X += [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", ten),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", make_mid(who, client, t)[1:14])]
    if folder == "INBOX":
        if infra in ("own", "own-app", "own-owa"):
            srv = MBX.get(who.email, ("KSGEX02",))[0]
            X += [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04" if infra != "own-app" else "10"),
                  ("X-MS-Exchange-Organization-AuthSource", f"{srv}.kasuga.local"), ("X-MS-Exchange-Organization-SCL", "-1")]
        else:
            X += [("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("X-MS-Exchange-Organization-AuthSource", "KSGEX01.kasuga.local"),
                  ("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:{R.randint(1, 9):02d}.{R.randint(1000000, 9999999)}")]
    hb = "".join(f"{k}: {v}\n" for k, v in h + X if v is not None)
    raw = hb.encode("ascii") + b"\n" + payload
    if not raw.endswith(b"\n"): raw += b"\n"
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    seq[0] += 1
    pending.append((ta.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


def re_subj(client, s):
    """reply subject as the client builds it: Outlook normalises a leading Re:/RE: to "RE: ", Foxmail (Chinese UI) prepends
    "回复：" to anything, the others keep an existing Re:"""
    import re
    if client == "foxmail": return s if s.startswith("回复：") else "回复：" + s
    m = re.match(r"(?i)^re\s*[:：]\s*", s)
    if client in OUTLOOKS: return "RE: " + (s[m.end():] if m else s)
    return s if m else "Re: " + s


class Thread:
    def __init__(s, tid, subj, partner=None, lang="ja"):
        s.tid, s.subj, s.cur, s.p, s.lang = tid, subj, subj, partner, lang
        s.refs, s.last, s.recs, s.blocks = [], None, [], []
        s.tbase = None

    def add(s, who, text, t, label=None, to=None, cc=None, client=None, atts=(), scen=None, quote=True, quote_text=None, subj=None,
            sig=True, detached=False, parent=None, **kw):
        client = client or who.client
        sigtxt = (getattr(who, "sig_en", who.sig) if s.lang == "en" else who.sig) if sig else ""
        plain = text + ("\n\n" + sigtxt if sigtxt else "")
        par = parent or s.last
        if quote and par:
            q = dict(par)
            if quote_text is not None: q["plain"] = quote_text
            qs = "gmail_ja" if client == "gmail" and who.lang == "ja" else client
            plain += quote_of(qs, q, who.tz)
        refs = list(s.refs) if parent is None else list(parent["refs"]) + [parent["mid"]]
        if subj is None:
            subj = s.subj if not refs else re_subj(client, par["subj"] if par else s.cur)
        if to is None:
            to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np = getattr(s, "np", 0) + 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if s.tbase is None: s.tbase = struct.pack(">Q", ft(t))[:6] + rbytes(16)
        while len(s.blocks) < len(refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(refs)])).decode()
        m = emit(who, client, t, to, cc, subj, refs, plain, atts=atts, label=label, topic=s.subj, scen=scen, **kw)
        rec = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [], mid=m, refs=refs, tz=who.tz)
        if detached: return m
        s.refs = refs + [m]; s.last = rec; s.cur = subj; s.recs.append(rec)
        return m


# ------------------------------------------------------------------ bulk mail, lists and notifications
def bulk(who, t, subj, plain, html=None, cs=("UTF-8", "base64"), extra=(), label=None, scen=None, atts=(), to=None, mid=None, refs=(),
         infra=None, ip=None, client="bulk", irt=None, hlab=None):
    """notifications, newsletters and strangers' mail; Japanese senders encode headers in ISO-2022-JP whatever the body charset"""
    hlab = hlab or ("ISO-2022-JP" if cs[0].lower() in ("iso-2022-jp", "shift_jis") else cs[0])
    return emit(who, client, t, to or [(None, me.email)], None, subj, list(refs), plain, html=html, cs=cs, nohtml=html is None, extra=extra,
                label=label, scen=scen, atts=atts, mid=mid, infra=infra, ip=ip, irt=irt, hlab=hlab)


eparts = P("週刊 電子部品トレンド", "news@eparts-trend.example", "bulk", "eparts")
HEADLINES = [
    "MLCC大手、2025年度の設備投資を上方修正 車載向け需要の回復を見込む", "コネクタ市場、産業機器向けが底打ち 在庫調整は一巡か",
    "台湾のパワーインダクタ各社、銅価格の上昇で値上げ表明相次ぐ", "EV向けパワー半導体、SiCの8インチ化が本格化",
    "輸出管理：該非判定書の記載例を業界団体が改訂", "電子部品のグローバル出荷額、前年同月比6.2%増",
    "年末商戦後の在庫調整、部品需要への影響は限定的との見方", "AIサーバー向け高多層基板、国内メーカーが増産",
    "車載用0402サイズMLCCの供給逼迫、2025年前半まで続く可能性", "物流2024年問題のその後 商社の配送体制見直し",
    "インボイス制度開始から1年 取引先管理の負担増が浮き彫りに", "欧州の自動車部品メーカー、日本調達の比率を引き上げ",
    "FFC/FPC市場の動向：細ピッチ化とコスト圧力", "電池保護IC、国内外で新製品ラッシュ",
    "半導体商社の再編、2025年も続く見通し", "電子部品の偽造品対策 トレーサビリティ強化の動き",
    "USB Type-Cコネクタ、産業機器での採用が拡大", "ロボット向けモータドライバIC、統合型が主流に",
    "円安の影響で輸入部品の価格改定が相次ぐ", "取引先を装うなりすましメール、製造業で被害が拡大",
    "関西の電子部品商社、増収減益の決算が目立つ", "タイ・ベトナムへの生産移管とサプライチェーンの変化",
    "車載用インダクタの最新動向 電動化で需要増", "長期休業前の納期確認を 主要メーカーの対応状況",
    "基板対基板コネクタ、0.35mmピッチ品の量産が始まる", "産業用ゲートウェイ向け部品の引き合いが増加",
    "センサーモジュールの小型化競争、実装技術がカギに", "中国EMSの稼働率、年明け以降は回復基調",
    "電子部品の長納期品、リードタイムは平常化へ", "生産終了(EOL)対応、代替品選定の実務ポイント",
]


def eparts_issue(t, no):
    items = [HEADLINES[(no * 7 + k * 11) % len(HEADLINES)] for k in range(4)]
    urls = [f"https://www.eparts-trend.example/article/{t.year}/{t.month:02d}/{R.randint(10000, 99999)}?utm_source=nl&utm_medium=email&utm_campaign=w{no}" for _ in items]
    plain = (f"週刊 電子部品トレンド 第{no}号（{t.year}年{t.month}月{t.day}日）\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
             + "\n\n".join(f"■{a}\n{u}" for a, u in zip(items, urls))
             + "\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n本メールは「電子部品トレンド」会員登録者にお送りしています。\n配信停止・登録情報の変更: https://www.eparts-trend.example/mypage/mail\n"
             "発行: 株式会社イーパーツトレンド  〒530-0001 大阪市北区梅田2-5-8")
    html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>週刊 電子部品トレンド</title></head><body style="margin:0;background:#f2f4f7">'
            '<table width="640" align="center" style="background:#fff;font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif;font-size:14px">'
            f'<tr><td style="background:#1b3d6d;color:#fff;padding:14px 20px;font-size:18px">週刊 電子部品トレンド 第{no}号</td></tr>'
            + "".join(f'<tr><td style="padding:14px 20px;border-bottom:1px solid #e3e6ea"><a href="{u}" style="color:#1b3d6d;font-weight:bold">{H.escape(a)}</a></td></tr>'
                      for a, u in zip(items, urls))
            + '<tr><td style="padding:16px 20px;font-size:11px;color:#777">配信停止・登録情報の変更は<a href="https://www.eparts-trend.example/mypage/mail">こちら</a><br>'
              f'<img src="https://www.eparts-trend.example/o/{hx(16)}.gif" width="1" height="1" alt=""></td></tr></table></body></html>')
    return bulk(eparts, t, f"【週刊 電子部品トレンド】第{no}号 {items[0]}", plain, html, cs=("UTF-8", "base64"),
                mid=f"<{int(t.timestamp())}.{R.randint(100000, 999999)}.{hx(8)}@mta03.mail.eparts-trend.example>",
                extra=[("List-Unsubscribe", "<https://www.eparts-trend.example/unsub?u=" + hx(20) + ">, <mailto:unsub-" + hx(12) + "@bounce.eparts-trend.example>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "eparts-mailer 3.2"), ("Precedence", "bulk")])


chipbay = P("チップベイ・ジャパン", "mailmag@chipbay.example", "bulk", "chipbay")
CB_ITEMS = ["0603 X7R 0.1uF 50V（国内メーカー品）", "FFC 0.5mm 30極 100mm", "USB Type-C レセプタクル 16P", "DC-DCコンバータ 24V→5V 2A",
            "0402 C0G 100pF", "基板対基板コネクタ 0.4mm 40極", "パワーインダクタ 3.3uH 3225", "ショットキーバリアダイオード 40V 3A",
            "水晶振動子 24MHz 3225", "TVSダイオード 5V 双方向", "LDO 3.3V 500mA SOT-23-5", "タクトスイッチ 6x6mm"]


def chipbay_issue(t, vol):
    items = [CB_ITEMS[(vol + k) % len(CB_ITEMS)] for k in range(3)]
    plain = (f"□■━━━━━━━━━━━━━━━━━━━━━━━━━\n  チップベイ通信 vol.{vol}\n━━━━━━━━━━━━━━━━━━━━━━━━━□■\n\n"
             f"春日電子商事株式会社\n田中 浩 様\n\nいつもチップベイ・ジャパンをご利用いただき、誠にありがとうございます。\n今週の新着在庫情報をお届けします。\n\n"
             + "\n".join(f"◆{x}\n  在庫数: {R.randint(3, 80) * 1000:,}個 / 参考単価: {R.randint(1, 90) / 10:.1f}円\n  https://www.chipbay.example/stock/{R.randint(100000, 999999)}" for x in items)
             + "\n\n在庫は日々変動いたします。お見積りはお気軽にご依頼ください。\n\n"
               "─────────────────────────\nチップベイ・ジャパン株式会社\n東京都千代田区外神田3-12-8\nTEL: 03-5297-0081\n"
               "メールマガジンの配信停止: https://www.chipbay.example/mm/stop\n─────────────────────────")
    return bulk(chipbay, t, f"【チップベイ通信】vol.{vol} 新着在庫のお知らせ（{items[0]} ほか）", plain, None, cs=("ISO-2022-JP", "7bit"),
                mid=f"<{t.astimezone(JST):%Y%m%d%H%M%S}.{hx(6)}@mm.chipbay.example>",
                extra=[("X-Mailer", "CBMailMag 2.4"), ("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.chipbay.example/mm/stop>")])


yamabiko = P("ヤマビコ運輸", "info-noreply@yamabiko-unyu.example", "bulk", "yamabiko")


def yamabiko_note(t, slip, dest, done=True, label=None, scen=None):
    slipd = slip.replace("-", "")
    if done:
        subj = "【ヤマビコ運輸】お荷物お届け完了のお知らせ"
        body = (f"春日電子商事株式会社 大阪支店 様\n\nいつもヤマビコ運輸をご利用いただき、ありがとうございます。\nお客様が発送されたお荷物のお届けが完了いたしました。\n\n"
                f"■送り状番号：{slip}\n■お届け先：{dest} 様\n■お届け日時：{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分\n\n")
    else:
        subj = "【ヤマビコ運輸】お荷物の出荷のお知らせ"
        body = (f"春日電子商事株式会社 大阪支店 様\n\nいつもヤマビコ運輸をご利用いただき、ありがとうございます。\n下記のお荷物をお預かりいたしました。\n\n"
                f"■送り状番号：{slip}\n■お届け先：{dest} 様\n■お届け予定日：{(t + TD(days=1)).month}月{(t + TD(days=1)).day}日\n\n")
    body += (f"▼配達状況の確認はこちら\nhttps://track.yamabiko-unyu.example/?no={slipd}\n\n※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。\n"
             "――――――――――――――――――――――\nヤマビコ運輸株式会社\nhttps://www.yamabiko-unyu.example/\n――――――――――――――――――――――")
    return bulk(yamabiko, t, subj, body, None, cs=("shift_jis", "base64"), mid=f"<{hx(20)}.{slipd}@notify.yamabiko-unyu.example>",
                extra=[("X-Mailer", "YNS-Notify/2.1"), ("Auto-Submitted", "auto-generated")], label=label, scen=scen)


WF_URL = f"https://wf.{OWN}"


def wf_note(t, no, kind, amount, label=None, scen=None):
    subj = {"承認": f"【経費精算】申請 {no} が承認されました", "差戻": f"【経費精算】申請 {no} が差し戻されました", "支払": f"【経費精算】申請 {no} の支払が完了しました"}[kind]
    body = (f"田中 浩 さん\n\n経費精算システムからのお知らせです。\n\n申請番号: {no}\n申請額: {amount:,}円\n状態: {kind}\n"
            + ("差戻理由: 領収書の添付漏れがあります。再申請してください。\n" if kind == "差戻" else "")
            + f"\n詳細は以下から確認してください（社内ネットワークまたはVPN接続時のみ）。\n{WF_URL}/expense/{no}\n\n※このメールは送信専用です。")
    return emit(wflow, "appnote", t, [(me.name, me.email)], None, subj, [], body, mid=f"<wf.{no}.{int(t.timestamp())}@ksg-app01.kasuga.local>",
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], label=label, scen=scen)


def sd_note(t, inc, title, state, text, label=None, scen=None):
    subj = f"【ServiceDesk】[{inc}] {state}：{title}"
    body = (f"田中 浩 様\n\n情報システム部 ServiceDesk です。\n\nチケット番号: {inc}\n件名: {title}\n状態: {state}\n\n{text}\n\n"
            f"チケットの確認: https://servicedesk.{OWN}/ticket/{inc}\n\n※本メールへの返信はチケットに追記されます。件名の[{inc}]は変更しないでください。\n"
            "――\n春日電子商事株式会社 情報システム部 ServiceDesk（内線 7000）")
    return emit(sdesk, "appnote", t, [(me.name, me.email)], None, subj, [], body, mid=f"<{inc}.{int(t.timestamp())}.{hx(6)}@servicedesk.{OWN}>",
                extra=[("Auto-Submitted", "auto-generated"), ("X-ServiceDesk-Ticket", inc)], label=label, scen=scen)


# ---- the industry association's fml mailing list
KDK = "kdk-ml@ml.kdk-kansai.example"
kdk_count = [1180]
ML_MEMBERS = {
    "kitagawa": (P("北川 宏之", "h-kitagawa@maruwa-denzai.example", "bulk", "kdk-ml"), ("mail.maruwa-denzai.example", "210.172.131.54"), "olm"),
    "matsumoto": (P("松本 恵", "matsumoto@nishinihon-eleparts.example", "bulk", "kdk-ml"), ("smtp.nishinihon-eleparts.example", "118.243.92.110"), "tb"),
    "jimu": (P("関西電子部品商社懇話会 事務局", "jimukyoku@kdk-kansai.example", "bulk", "kdk-ml"), ("www.kdk-kansai.example", "219.94.166.200"), "olm"),
    "yoshida": (P("吉田 隆", "t-yoshida@naniwa-device.example", "bulk", "kdk-ml"), ("mx.naniwa-device.example", "153.127.40.61"), "becky"),
    "hirano": (P("平野 裕子", "y-hirano@sakai-parts.example", "bulk", "kdk-ml"), ("mail.sakai-parts.example", "61.114.72.9"), "olm"),
}
ML_FOOT = ("\n\n--------------------------------------------------\n関西電子部品商社懇話会 メーリングリスト kdk-ml\n投稿: kdk-ml@ml.kdk-kansai.example\n"
           "事務局: jimukyoku@kdk-kansai.example / https://www.kdk-kansai.example/\n--------------------------------------------------")


def ml_post(key, t, subj, text, parent=None, atts=(), label=None, scen=None):
    who, mta, style = ML_MEMBERS[key]
    kdk_count[0] += 1; cnt = kdk_count[0]
    base = subj if not parent else parent["base"]
    sj = f"[kdk-ml:{cnt:05d}] " + (base if not parent else "Re: " + base)
    mid = {"olm": f"<{hx(32)}@{who.dom}>", "tb": f"<{ruuid()}@{who.dom}>", "becky": f"<{t:%Y%m%d%H%M%S}.{HX(4)}.{who.fixed}@{who.dom}>"}[style]
    mid = mid if style != "olm" or key != "jimu" else f"<{R.choice(('0000', '0001'))}{ft_high(t):08x}${hx(8)}${hx(8)}$@{who.dom}>"
    body = text
    if parent: body += f"\n\n> {parent['name']} さん:\n" + _pre(parent["text"])
    body += ML_FOOT
    refs = (parent["refs"] + [parent["mid"]]) if parent else []
    extra = [("Reply-To", KDK), ("X-ML-Name", "kdk-ml"), ("X-Mail-Count", f"{cnt:05d}"),
             ("X-MLServer", "fml [fml 4.0.3 release (20011202/4.0.3)]"),
             ("X-ML-Info", "If you have a question, send e-mail with the body\n\t\"help\" (without quotes) to the address kdk-ml-ctl@ml.kdk-kansai.example;\n\thelp=<mailto:kdk-ml-ctl@ml.kdk-kansai.example?body=help>"),
             ("Precedence", "bulk"), ("Lines", str(body.count("\n") + 1)), ("List-Id", "kdk-ml.ml.kdk-kansai.example"),
             ("List-Software", "fml [fml 4.0.3 release (20011202/4.0.3)]"), ("List-Post", "<mailto:kdk-ml@ml.kdk-kansai.example>"),
             ("List-Owner", "<mailto:kdk-ml-admin@ml.kdk-kansai.example>"), ("List-Help", "<mailto:kdk-ml-ctl@ml.kdk-kansai.example?body=help>"),
             ("List-Unsubscribe", "<mailto:kdk-ml-ctl@ml.kdk-kansai.example?body=unsubscribe>")]
    if style == "tb": extra.append(("User-Agent", "Mozilla Thunderbird"))
    elif style == "becky": extra.append(("X-Mailer", "Becky! ver. 2.81.04 [ja]"))
    else: extra.append(("X-Mailer", "Microsoft Outlook 16.0"))
    cs = ("UTF-8", "8bit") if style == "tb" else ("ISO-2022-JP", "7bit")
    m = emit(who, "bulk", t, [(None, KDK)], None, sj, refs, body, cs=cs, nohtml=True, extra=extra, label=label, scen=scen, mid=mid, ip=mta, atts=atts,
             hlab="UTF-8" if style == "tb" else "ISO-2022-JP")
    return dict(mid=m, refs=refs, base=base, name=who.name.split()[0], text=text)


def TJ(addressee, body, close="よろしくお願いいたします。"):
    return f"{addressee}\n\nいつもお世話になっております。\n春日電子商事の田中です。\n\n{body}\n\n{close}"


def after(rec): return rec["refs"] + [rec["mid"]]


def bot_mid(t, dom): return f"<{t.astimezone(UTC):%Y%m%d%H%M%S}.{HX(16)}@{dom}>"


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ================================================================ T1 Settsu Keiso (Becky!): quotation for board-to-board connectors (Oct 2024)
t1 = Thread("T1", "【見積依頼】基板対基板コネクタ 0.4mmピッチ", onishi)
t1.add(onishi, "春日電子商事株式会社\n田中様\n\nいつもお世話になっております。\n摂津計装の大西です。\n\n新規案件（計測ユニット KU-7）向けに、基板対基板コネクタのお見積りをお願いいたします。\n\n"
       "・仕様：0.4mmピッチ 40極 プラグ／レセプタクル（嵌合高さ1.0mm以下）\n・数量：月産500セット（年間6,000セット想定）\n・量産開始：2025年1月予定\n"
       "・設計上の候補：XB40-04P-S／XB40-04R-S 相当品\n\n同等品で価格・納期面で有利なものがあれば、あわせてご提案いただけますと助かります。\n"
       "お忙しいところ恐縮ですが、10月18日頃までにご回答いただけますでしょうか。\n\nよろしくお願いいたします。", at(2024, 10, 8, 10, 12))
t1.add(me, TJ("摂津計装株式会社\n購買課 大西様", "お見積りのご依頼、ありがとうございます。\n\nご指定の候補品について、メーカーに在庫と標準リードタイムを確認しております。\n"
                "また同等品として、アオバ電子の ABF-40P／ABF-40R（0.4mmピッチ、嵌合高さ1.0mm）もご提案可能です。\n価格面ではこちらのほうが有利になる見込みです。\n\n"
                "10月11日（金）までに両方のお見積りをお送りいたします。"), at(2024, 10, 8, 14, 40))
t1.add(onishi, "田中様\n\nお世話になっております。\n摂津計装の大西です。\n\n早速のご連絡ありがとうございます。\nABF-40シリーズも嵌合高さの条件は満たしておりますので、設計にも確認いたします。\n"
       "お手数ですが、ABF-40P／ABF-40Rのデータシートを頂けますでしょうか。\n\nよろしくお願いいたします。", at(2024, 10, 9, 9, 5), G)
t1.add(me, TJ("大西様", "ABF-40シリーズのデータシートを添付いたします。\n推奨ランドパターンは6ページに記載がございます。"), at(2024, 10, 9, 11, 20),
       atts=[("ABF-40_Series_Datasheet_Rev.C.pdf", pdf(["ABF-40 Series  0.4mm pitch Board-to-Board Connector", "Mated height 1.0mm / 40 positions",
                                                        "AOBA DENSHI CO., LTD.  Datasheet Rev.C"], producer="Adobe PDF Library 23.1.175", when="20240611100000"), "application/pdf")])
t1.add(me, TJ("大西様", "お待たせいたしました。お見積書を添付いたします。\n\n・XB40-04P-S／XB40-04R-S：標準リードタイム 14週\n・ABF-40P／ABF-40R：標準リードタイム 8週（国内在庫あり）\n\n"
                "価格はいずれも年間6,000セットの前提です。\nご検討のほど、よろしくお願いいたします。"), at(2024, 10, 11, 16, 35),
       atts=[("御見積書_KS-Q2410-0112.pdf", pdf(["御見積書  No. KS-Q2410-0112", "摂津計装株式会社 御中", "ABF-40P  6,000個  @48.00円", "ABF-40R  6,000個  @52.00円",
                                               "XB40-04P-S  6,000個  @61.50円", "XB40-04R-S  6,000個  @66.00円", "有効期限：2025年1月31日", "春日電子商事株式会社 大阪支店"],
                                              producer="Microsoft® Excel® 2019", when="20241011163000", title="御見積書"), "application/pdf")])
t1.add(onishi, "田中様\n\nお世話になっております。\n摂津計装の大西です。\n\nお見積りありがとうございました。\n社内で検討した結果、ABF-40P／ABF-40Rで進めることになりました。\n"
       "初回の注文は11月上旬に注文書をお送りいたします。\n\n引き続きよろしくお願いいたします。", at(2024, 10, 16, 13, 50), G)
t1.add(me, TJ("大西様", "ご採用いただき、誠にありがとうございます。\nメーカーにも量産予定をお伝えし、初回分の生産枠を確保するよう依頼いたします。"), at(2024, 10, 16, 15, 2))

# ================================================================ T2 Settsu: order SK-2411-083, split delivery (Nov-Dec 2024) + A1 Emotet-style display-name spoof (Feb)
t2 = Thread("T2", "納期回答のお願い（注文書 No. SK-2411-083）", onishi)
t2.add(onishi, "春日電子商事株式会社\n田中様\n\nいつもお世話になっております。\n摂津計装の大西です。\n\n標記の件、注文書を添付にてお送りいたします。\n\n・ABF-40P 1,000個\n・ABF-40R 1,000個\n"
       "・希望納期：12月10日（本社工場 東大阪着）\n\nお手数ですが、納期のご回答をお願いいたします。\n\nよろしくお願いいたします。", at(2024, 11, 5, 9, 40),
       atts=[("注文書_SK-2411-083.pdf", pdf(["注文書  No. SK-2411-083", "春日電子商事株式会社 御中", "ABF-40P  1,000個", "ABF-40R  1,000個", "納期：2024年12月10日",
                                          "摂津計装株式会社 購買課"], producer="PDF-XChange Core API SDK (8.0)", when="20241105093000", title="注文書"), "application/pdf")])
t2.add(me, TJ("摂津計装株式会社\n購買課 大西様", "注文書 SK-2411-083 を確かに受領いたしました。\nメーカーに納期を確認のうえ、11月7日（木）までにご回答いたします。"), at(2024, 11, 5, 13, 15))
t2.add(me, TJ("大西様", "納期のご回答です。\n\n・ABF-40P 1,000個：12月6日出荷（12月9日着）\n・ABF-40R 1,000個：12月13日出荷（12月16日着）\n\n"
                "ABF-40Rはメーカー工場の生産枠の関係で、ご希望より1週間遅れとなります。\n申し訳ございませんが、ご確認をお願いいたします。"), at(2024, 11, 7, 10, 2))
t2.add(onishi, "田中様\n\nお世話になっております。\n摂津計装の大西です。\n\n納期のご回答ありがとうございます。\nABF-40Rが12月16日着ですと、量産立ち上げの初回ロットに間に合いません。\n"
       "一部（300個）だけでも12月10日までに入手することは難しいでしょうか。\n\nよろしくお願いいたします。", at(2024, 11, 7, 15, 22), G)
t2.add(me, TJ("大西様", "メーカーと調整し、ABF-40R 300個を12月9日出荷で確保いたしました。\n残り700個は12月13日出荷となります。\n分納となりますが、よろしいでしょうか。"),
       at(2024, 11, 8, 11, 5))
t2.add(onishi, "田中様\n\nご調整いただきありがとうございます。分納で問題ございません。\n納品先は本社工場（東大阪）でお願いいたします。\n\nよろしくお願いいたします。",
       at(2024, 11, 8, 13, 40), G)
t2.add(me, TJ("大西様", "本日、ABF-40P 1,000個およびABF-40R 300個をヤマビコ運輸にて出荷いたしました。\n送り状番号：4417-2290-3385\n明日午前着の予定です。"), at(2024, 12, 9, 17, 10))
yamabiko_note(at(2024, 12, 10, 10, 12), "4417-2290-3385", "摂津計装株式会社")
t2.add(onishi, "田中様\n\nお世話になっております。\n本日、ABF-40P 1,000個とABF-40R 300個を受領いたしました。\n残りの700個もよろしくお願いいたします。", at(2024, 12, 10, 10, 40), G)
t2.add(me, TJ("大西様", "ABF-40R 残り700個を本日出荷いたしました。\n送り状番号：4417-2291-0072\nこれで注文書 SK-2411-083 はすべて納品完了となります。"), at(2024, 12, 13, 16, 45))
t2_me_last = t2.last
yamabiko_note(at(2024, 12, 16, 9, 48), "4417-2291-0072", "摂津計装株式会社")
t2.add(onishi, "田中様\n\nお世話になっております。\n本日受領いたしました。ありがとうございました。\n1月以降の所要につきましては、生産計画が固まり次第あらためてご連絡いたします。\n\n"
       "よろしくお願いいたします。", at(2024, 12, 16, 10, 1), G)
# A1: Emotet-style reply from a compromised Brazilian guest-house account, display name of the Settsu buyer, answering Tanaka's 13 Dec
# mail (stolen from the buyer's infected PC) with a macro workbook
a1_t = at(2025, 2, 18, 8, 52)
fake_onishi = P("大西 康介", "contato@pousada-marazul.example", "bot", "pousada", tz=ZoneInfo("America/Sao_Paulo"))
q = t2_me_last
emit(fake_onishi, "bot", a1_t, [(me.name, me.email)], None, "RE: 納期回答のお願い（注文書 No. SK-2411-083）", after(q),
     "田中様\n\nいつもお世話になっております。\n摂津計装の大西です。\n\n3月分の注文書（数量変更後）をお送りいたします。\n先日お電話でお話しした通り、ABF-40Rの数量を変更しております。\n"
     "添付ファイルの内容をご確認いただき、問題なければ納期のご回答をお願いいたします。\n\n※ファイルを開いた際に上部に黄色のバーが表示された場合は、「編集を有効にする」「コンテンツの有効化」を"
     "クリックしてからご確認ください。\n\nよろしくお願いいたします。\n\n\n-----Original Message-----\nFrom: " + q["name"] + " <" + q["email"] + ">\nSent: "
     + rfc(q["t"], JST) + "\nTo: " + _tos(q["to"]) + "\nSubject: " + q["subj"] + "\n\n" + q["plain"],
     atts=[("注文書_SK-2503-021.xlsm", ooxml("xl", ["注文書 No. SK-2503-021", "このドキュメントは保護されています。", "内容を表示するには「コンテンツの有効化」をクリックしてください。"],
                                           macro=True, title="注文書", author="user", when="2025-02-17T22:10:00Z"), "application/vnd.ms-excel.sheet.macroEnabled.12")],
     ip="189.45.202.71", mid=bot_mid(a1_t, "pousada-marazul.example"), label=HJ("display-name-spoof"),
     scen=("A1", "Emotet-style reply: Settsu buyer's display name from a compromised Brazilian guest-house address, faithful quote of Tanaka's 13 Dec mail, "
                 "'3月分の注文書' as a macro workbook (.xlsm) with 'enable content' instructions"))

# ================================================================ T3 Settsu: New-year visit with the branch manager in Cc (Dec-Jan) + A10 LINE-group CEO fraud
t3 = Thread("T3", "年始のご挨拶（ご訪問日程のご相談）", onishi)
t3.add(me, TJ("摂津計装株式会社\n購買課 大西様", "年末のお忙しい時期に恐れ入ります。\n年始のご挨拶に、支店長の佐藤とともにお伺いしたいと考えております。\n\n・1月9日（木）14:00〜\n"
                "・1月10日（金）10:00〜\n\nいずれかご都合のよろしい日時はございますでしょうか。\n30分ほどお時間を頂戴できれば幸いです。"), at(2024, 12, 17, 11, 0),
       cc=[(sato.name, sato.email)])
t3.add(onishi, "田中様\n（CC：佐藤様）\n\nいつもお世話になっております。\n摂津計装の大西です。\n\nご連絡ありがとうございます。\n1月9日（木）14:00でお願いいたします。\n"
       "弊社からは購買課長の中川も同席させていただきます。\n受付で私の名前をお伝えください。\n\nよろしくお願いいたします。", at(2024, 12, 17, 15, 20), G, cc=[(sato.name, sato.email)])
t3_onishi = t3.last
t3.add(sato, "大西様\n\nいつもお世話になっております。\n春日電子商事の佐藤でございます。\n\nご調整いただきありがとうございます。\n当日はどうぞよろしくお願いいたします。",
       at(2024, 12, 17, 16, 2), G, to=[(onishi.name, onishi.email)], cc=[(me.name, me.email)])
t3.add(me, TJ("大西様", "ありがとうございます。1月9日（木）14:00に、佐藤と2名でお伺いいたします。\n中川課長にもよろしくお伝えください。\n\n本年も大変お世話になりました。"
                "よいお年をお迎えください。"), at(2024, 12, 18, 9, 10), cc=[(sato.name, sato.email)], parent=t3_onishi)
t3.add(me, TJ("大西様", "昨日はお忙しいところ、お時間をいただきありがとうございました。\n中川課長からお話のあった新規案件（KU-9）につきましては、関連するコネクタとFFCの候補を整理し、"
                "1月下旬にご提案いたします。\n\n本年もどうぞよろしくお願いいたします。"), at(2025, 1, 10, 9, 15), cc=[(sato.name, sato.email)])
t3.add(onishi, "田中様\n（CC：佐藤様）\n\nお世話になっております。\n摂津計装の大西です。\n\nこちらこそ、年始のお忙しい中ご来社いただきありがとうございました。\n"
       "KU-9の件、設計からも仕様書が出てきましたので、後日お送りいたします。\n\n本年もよろしくお願いいたします。", at(2025, 1, 10, 11, 48), G, cc=[(sato.name, sato.email)])
# A10: branch manager's display name from a free Gmail address, replying into the thread (taken from the same infected partner PC),
# asking Tanaka to create a LINE group and mail back its QR code; no link, no attachment
fake_sato = P("佐藤 健一", "kenichi.sato.ksg@gmail.com", "gmail", "gmail")
a10_t = at(2025, 1, 20, 12, 31)
emit(fake_sato, "gmail", a10_t, [(me.name, me.email)], None, "RE: 年始のご挨拶（ご訪問日程のご相談）", after(t3.last),
     "田中さん\n\nお疲れさまです。佐藤です。\n今、取引先と打ち合わせ中で電話に出られません。\n至急お願いしたいことがあります。\n\n業務連絡用にLINEのグループを作成して、"
     "グループのQRコードをこのメールに返信で送ってください。\n詳しい内容はグループの中で伝えます。\nほかの社員にはまだ共有しないでください。\n\n佐藤",
     label=HJ("display-name-spoof"), scen=("A10", "branch manager's display name from a free Gmail address in a thread where he was Cc'd: create a LINE group and "
                                                   "send its QR code (Japanese CEO-fraud pattern), no link or attachment"))

# ================================================================ T4 Aoba Denshi (M365 + MailSafe gateway): FFC supply, PPAP drawing, OOF, EOL notice
t4 = Thread("T4", "FFCケーブル（FFC-0.5-30P-100）の供給状況について", suzuki)
t4.add(me, TJ("株式会社アオバ電子\n営業部 鈴木様", "FFCケーブル FFC-0.5-30P-100 の11月以降の供給状況について確認させてください。\n摂津計装様および京阪ロボティクス様向けに、"
                "月2,000本程度の所要が見込まれております。\n現在の標準リードタイムと、11月分の在庫引当が可能かどうかご教示いただけますでしょうか。"), at(2024, 10, 10, 10, 30))
t4.add(suzuki, "春日電子商事株式会社\n田中様\n\nいつも大変お世話になっております。\nアオバ電子の鈴木でございます。\n\nお問い合わせの件、現在の標準リードタイムは8週となっております。\n"
       "11月分につきましては、在庫より2,000本の引当が可能です。\n12月以降は生産計画次第となりますので、3月までのフォーキャストを頂けますと確実に確保できます。\n\n何卒よろしくお願い申し上げます。",
       at(2024, 10, 11, 9, 48), G)
t4.add(me, TJ("鈴木様", "ご回答ありがとうございます。\n11月分2,000本の引当をお願いいたします。\n12月〜3月のフォーキャストを添付いたしますので、生産計画へのご反映をお願いいたします。"),
       at(2024, 10, 11, 13, 20), atts=[("FFC-0.5-30P_フォーキャスト_2024年11月-2025年3月.xlsx",
                                        ooxml("xl", ["品番", "FFC-0.5-30P-100", "2024/11 2,000", "2024/12 2,000", "2025/01 2,000", "2025/02 1,800", "2025/03 2,200"],
                                              title="フォーキャスト", author="田中 浩", company="春日電子商事株式会社", when="2024-10-11T04:10:00Z"), XLSX)])
t4.add(suzuki, "田中様\n\nいつもお世話になっております。\nアオバ電子の鈴木でございます。\n\nフォーキャストを拝受いたしました。\n生産計画に反映し、12月以降も月2,000本を確保いたします。\n"
       "11月分は11月15日出荷の予定です。\n\n引き続きよろしくお願い申し上げます。", at(2024, 10, 15, 10, 5), G)
t4.add(me, TJ("鈴木様", "別件で恐縮ですが、ABF-40Rの承認図（最新版）を頂けますでしょうか。\n摂津計装様から量産前の図面提出を求められております。"), at(2024, 11, 20, 14, 10))
zpw = "tK7mQ2vX"
t4.add(suzuki, "[MailSafe] このメールの添付ファイルは暗号化ZIPに変換されています。パスワードは別途送信されるメールをご確認ください。\n\n"
       "田中様\n\nいつもお世話になっております。\nアオバ電子の鈴木でございます。\n\n承認図の件、承知いたしました。\nABF-40R 承認図 Rev.C をお送りいたします。\n"
       "パスワードは別メールにてお送りいたします。\n\n何卒よろしくお願い申し上げます。", at(2024, 11, 21, 10, 14), GH,
       scen=("G11", "supplier's mail gateway turned the requested drawing into an encrypted zip (PPAP), password in a separate mail"),
       atts=[("ABF-40R_承認図_Rev.C.zip", zip_build([("ABF-40R_承認図_Rev.C.pdf", pdf(["承認図  ABF-40R  Rev.C", "株式会社アオバ電子"], producer="Canon iR-ADV C5840",
                                                                                when="20241121100500"), (2024, 11, 21, 10, 14, 0))], password=zpw), "application/x-zip-compressed")],
       extra=[("X-MailSafe-Zip", "encrypted; files=1")])
t4_pp = t4.last
bulk(suzuki, at(2024, 11, 21, 10, 15), "[パスワード通知] RE: FFCケーブル（FFC-0.5-30P-100）の供給状況について",
     "春日電子商事株式会社\n田中 浩 様\n\n株式会社アオバ電子 鈴木 由美 様から送信されたメールの添付ファイルのパスワードをお知らせします。\n\n"
     f"■件名：RE: FFCケーブル（FFC-0.5-30P-100）の供給状況について\n■送信日時：2024/11/21 10:14\n■添付ファイル：ABF-40R_承認図_Rev.C.zip\n■パスワード：{zpw}\n\n"
     "※本メールは MailSafe Cloud により自動送信されています。\n※パスワードの取り扱いにはご注意ください。", cs=("ISO-2022-JP", "7bit"), infra="mailsafe",
     mid=f"<msc.{hx(24)}@gw-out02.mailsafe-cloud.example>", to=[(me.name, me.email)],
     extra=[("X-Mailer", "MailSafe Cloud Notifier"), ("Auto-Submitted", "auto-generated")], label=GH,
     scen=("G12", "gateway-generated password notice for the encrypted zip (no reply headers, password in the text)"))
t4.add(me, TJ("鈴木様", "承認図を受領いたしました。パスワードも確認できました。\nありがとうございます。"), at(2024, 11, 21, 11, 2))
t4.add(me, TJ("鈴木様", "年末のお忙しいところ恐縮です。\n1月分のFFC 2,000本について、年明けの出荷日をご教示いただけますでしょうか。\n弊社は1月6日（月）より営業いたします。"),
       at(2024, 12, 27, 17, 40))
t4.add(suzuki, "誠に勝手ながら、12月28日（土）から1月5日（日）まで年末年始休業とさせていただきます。\n期間中にいただいたメールにつきましては、1月6日（月）以降に順次対応いたします。\n"
       "お急ぎの場合は営業部代表（022-288-6401）までご連絡ください。\n\n株式会社アオバ電子 営業部 鈴木 由美", at(2024, 12, 27, 17, 41), GH, sig=False, quote=False,
       subj="自動応答: RE: FFCケーブル（FFC-0.5-30P-100）の供給状況について", detached=True,
       scen=("G6", "Exchange Online out-of-office reply (自動応答) during the new-year holidays"),
       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", suzuki.email)])
t4.add(suzuki, "田中様\n\n新年あけましておめでとうございます。\n旧年中は大変お世話になりました。本年もよろしくお願い申し上げます。\n\n1月分のFFC 2,000本は、1月10日（金）出荷、"
       "1月14日（火）着の予定です。\n\n何卒よろしくお願い申し上げます。", at(2025, 1, 6, 9, 35), G)
t4.add(me, TJ("鈴木様", "本年もどうぞよろしくお願いいたします。\n出荷日のご連絡ありがとうございます。承知いたしました。"), at(2025, 1, 6, 10, 20))
t4.add(suzuki, "田中様\n\nいつもお世話になっております。\nアオバ電子の鈴木でございます。\n\n大変申し訳ございませんが、FFC-0.5-30P-100 は材料メーカーの絶縁フィルム廃番に伴い、"
       "生産終了となります。\n詳細は添付のご案内（PCN-2025-004）をご確認ください。\n\n・最終受注：2025年7月31日\n・最終出荷：2025年9月30日\n"
       "・後継品：FFC-0.5-30P-100A（絶縁フィルム材質変更、寸法・電気特性は同等）\n\n後継品のサンプルもご用意しておりますので、必要数をお知らせください。\n\n何卒よろしくお願い申し上げます。",
       at(2025, 2, 3, 14, 30), GH, scen=("G25", "supplier's end-of-life notice (PCN PDF) sent as a reply in the supply thread"),
       atts=[("PCN-2025-004_生産終了のご案内.pdf", pdf(["製品変更通知 PCN-2025-004", "生産終了のご案内", "対象品：FFC-0.5-30P-100", "最終受注：2025年7月31日",
                                                   "後継品：FFC-0.5-30P-100A", "株式会社アオバ電子 品質保証部"], producer="Microsoft® Word for Microsoft 365",
                                                  when="20250131170000", title="PCN-2025-004"), "application/pdf")])
t4.add(me, TJ("鈴木様", "ご案内ありがとうございます。\n摂津計装様・京阪ロボティクス様での評価用に、後継品のサンプルを各10本、計20本お願いできますでしょうか。"), at(2025, 2, 3, 16, 10))
t4.add(suzuki, "田中様\n\nいつもお世話になっております。\n\nサンプル20本を本日発送いたしました。明日着の予定です。\n評価結果がわかりましたらお知らせいただけますと幸いです。\n\n"
       "何卒よろしくお願い申し上げます。", at(2025, 2, 5, 11, 20), G)

# ================================================================ T5 Aoba: genuine bank-account change (branch merger), verified by phone; first invoice; A8 look-alike
t5 = Thread("T5", "【重要】振込先口座変更のお知らせ（株式会社アオバ電子）", takahashi)
AOBA_LETTER = pdf(["振込先口座変更のお知らせ", "拝啓 貴社ますますご清栄のこととお慶び申し上げます。", "東北みらい銀行の店舗統合に伴い、2025年1月20日より下記のとおり変更いたします。",
                   "変更前：東北みらい銀行 仙台駅前支店（214） 普通 1048273", "変更後：東北みらい銀行 仙台中央支店（201） 普通 3310582", "口座名義：カ）アオバデンシ",
                   "株式会社アオバ電子 代表取締役 青葉 正人"], producer="Microsoft® Word for Microsoft 365", when="20241129150000", title="振込先口座変更のお知らせ")
t5.add(takahashi, "春日電子商事株式会社\n大阪支店 営業二課\n田中 浩 様\n\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n株式会社アオバ電子 経理課の高橋でございます。\n\n"
       "さて、弊社取引銀行である東北みらい銀行の店舗統合に伴い、2025年1月20日より弊社の振込先口座が下記のとおり変更となります。\n\n"
       "【変更前】東北みらい銀行 仙台駅前支店（店番号 214） 普通 1048273\n【変更後】東北みらい銀行 仙台中央支店（店番号 201） 普通 3310582\n口座名義：カ）アオバデンシ（変更ありません）\n\n"
       "詳細は添付の書面をご確認ください。\n旧口座へのお振込みも2025年7月18日までは自動的に新口座へ転送されますが、お手数ながら登録情報の変更をお願い申し上げます。\n"
       "なお、本件に関するお問い合わせは、弊社代表番号（022-288-6400）経理課までお電話にてお願いいたします。\n\n今後とも何卒よろしくお願い申し上げます。",
       at(2024, 12, 2, 10, 30), GH, cc=[(suzuki.name, suzuki.email)],
       scen=("G3", "supplier's genuine bank-account change letter (branch merger, PDF), announced with a phone number to verify"),
       atts=[("振込先口座変更のお知らせ_アオバ電子.pdf", AOBA_LETTER, "application/pdf")])
t5_letter = t5.last
t5f = Thread("T5f", "FW: 【重要】振込先口座変更のお知らせ（株式会社アオバ電子）", nakamura)
t5f.add(me, "中村さん\n\nお疲れさまです。大阪の田中です。\n仕入先のアオバ電子様から、振込先口座変更の案内が届きました。\n規定どおり、登録済みの代表番号で電話確認のうえ、"
        "支払先マスタの変更をお願いできますでしょうか。\n書面を添付します。\n\nよろしくお願いします。\n\n" + me.sig + quote_of("olown", t5_letter),
        at(2024, 12, 2, 11, 5), quote=False, sig=False, atts=[("振込先口座変更のお知らせ_アオバ電子.pdf", AOBA_LETTER, "application/pdf")])
t5f.add(nakamura, "田中さん\n\nお疲れさまです。経理部の中村です。\n\nアオバ電子様の件、本日、登録済みの代表番号（022-288-6400）から経理課の高橋様に確認いたしました。\n"
        "銀行の店舗統合に伴う変更で相違ないとのことです。\n2025年1月20日以降のお支払い分から新口座で登録いたします。\n\nよろしくお願いします。", at(2024, 12, 3, 14, 20), G)
t5.add(me, TJ("株式会社アオバ電子\n経理課 高橋様", "ご案内いただきありがとうございます。\n弊社経理部にて確認のうえ、1月20日以降のお支払いより新口座へ変更いたします。"),
       at(2024, 12, 3, 15, 0), cc=[(suzuki.name, suzuki.email)])
t5.add(takahashi, "田中様\n\nいつもお世話になっております。\nアオバ電子の高橋でございます。\n\nご対応いただき、誠にありがとうございます。\n今後ともよろしくお願い申し上げます。",
       at(2024, 12, 4, 9, 20), G)
t5.add(takahashi, "田中様\n\nいつもお世話になっております。\nアオバ電子 経理課の高橋でございます。\n\n1月度（1月20日締め）のご請求書をお送りいたします。\n"
       "今回より新口座（東北みらい銀行 仙台中央支店 普通 3310582）の記載となっておりますので、ご確認をお願いいたします。\n\nお支払期日：2025年2月28日\n\n何卒よろしくお願い申し上げます。",
       at(2025, 1, 24, 15, 40), GH, scen=("G4", "first invoice with the new (phone-verified) bank account"),
       atts=[("請求書_202501_春日電子商事様.pdf", pdf(["御請求書", "春日電子商事株式会社 御中", "2025年1月度（1月20日締め）", "ご請求金額 1,104,730円（税込）",
                                                  "お振込先：東北みらい銀行 仙台中央支店 普通 3310582 カ）アオバデンシ", "登録番号 T3370001018842"],
                                                 producer="楽楽明細", when="20250124150000", title="御請求書"), "application/pdf")])
t5_inv = t5.last
t5.add(me, TJ("高橋様", "ご請求書を受領いたしました。経理部へ回付いたします。"), at(2025, 1, 24, 16, 30))
# A8: look-alike aoba-densi.example (Kunrei romanisation "densi" for "denshi"), Outlook 16 over SMTP from a VPS, long context-aware Japanese:
# "the new account is not yet usable, pay February to this account", altered quote of the January invoice mail, invoice PDF with mule account
look_taka = P("高橋 誠", "m-takahashi@aoba-densi.example", "olsmtp", "look-aoba")
a8_t = at(2025, 3, 5, 10, 48)
q = dict(t5_inv)
q["plain"] = q["plain"].replace("今回より新口座（東北みらい銀行 仙台中央支店 普通 3310582）の記載となっておりますので、ご確認をお願いいたします。",
                                "お振込先につきましては、別途ご案内する場合がございますのでご了承ください。")
a8_text = ("春日電子商事株式会社\n田中 浩 様\n\nいつも大変お世話になっております。\n株式会社アオバ電子 経理課の高橋でございます。\n\n"
           "先日ご案内いたしました新口座の件で、度々のご連絡となり誠に申し訳ございません。\n東北みらい銀行 仙台中央支店の新口座につきまして、インボイス制度対応に伴う法人名義の"
           "登録変更手続きが銀行側で完了しておらず、現在、他行からのお振込みを一時的に受け付けられない状態となっております。\n\n"
           "つきましては、2月度（2月20日締め）のご請求分につきまして、下記の口座へお振込みいただきますようお願い申し上げます。\n\n"
           "　銀行名：ひかりネット銀行\n　支店名：法人第二営業部（店番号 502）\n　口座種別：普通\n　口座番号：7041182\n　口座名義：アオバデンシ（カ\n\n"
           "修正後の請求書を添付いたしますので、ご確認のほどお願いいたします。\nお支払期日：2025年3月10日　ご請求金額：1,284,360円（税込）\n\n"
           "なお、経理課の電話回線が社内工事のため3月7日まで不通となっております。\nご不明な点がございましたら、本メールにご返信いただけますと幸いです。\n\n"
           "お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n" + takahashi.sig + quote_of("ol16", q))
emit(look_taka, "olsmtp", a8_t, [(me.name, me.email)], [("鈴木 由美", "y-suzuki@aoba-densi.example")], "RE: 【重要】振込先口座変更のお知らせ（株式会社アオバ電子）",
     after(t5_inv), a8_text, ip="92.118.39.204", label=HJ("lookalike-domain"),
     atts=[("請求書_202502_春日電子商事様（振込先訂正）.pdf", pdf(["御請求書（振込先訂正）", "春日電子商事株式会社 御中", "2025年2月度（2月20日締め）", "ご請求金額 1,284,360円（税込）",
                                                              "お振込先：ひかりネット銀行 法人第二営業部 普通 7041182 アオバデンシ（カ", "お支払期日：2025年3月10日"],
                                                             producer="Microsoft® Word 2016", when="20250304183000", title="御請求書"), "application/pdf")],
     scen=("A8", "look-alike aoba-densi.example (Kunrei 'densi' for 'denshi'): long, context-aware Japanese saying the verified new account cannot receive yet, "
                 "pay February to a net-bank account, phone 'out of order', altered quote of the January invoice mail, invoice PDF"))
t5g = Thread("T5g", "FW: RE: 【重要】振込先口座変更のお知らせ（株式会社アオバ電子）", nakamura)
t5g.add(me, "中村さん\n\nお疲れさまです。田中です。\nアオバ電子様の名前で、振込先を別の口座に変更してほしいというメールが届きました。\n送信元のドメインが aoba-densi になっており、"
        "なりすましの可能性が高いと思います。\n念のため、アオバ電子様に登録済みの代表番号で確認いただけますでしょうか。\n\nよろしくお願いします。\n\n" + me.sig
        + quote_of("olown", dict(t=a8_t, name=look_taka.name, email=look_taka.email, plain=a8_text, subj="RE: 【重要】振込先口座変更のお知らせ（株式会社アオバ電子）",
                                 to=[(me.name, me.email)], cc=[("鈴木 由美", "y-suzuki@aoba-densi.example")])), at(2025, 3, 5, 13, 10), quote=False, sig=False)
t5g.add(nakamura, "田中さん\n\n経理部の中村です。\n代表番号で高橋様に確認しました。アオバ電子様からはそのようなメールは送っていないとのことです。\n支払先マスタは変更しません。\n"
        "情報システム部にも報告済みです。ご連絡ありがとうございました。\n\nよろしくお願いします。", at(2025, 3, 5, 15, 2), G)

# ================================================================ T6 Keihan Robotics (Google Workspace, Gmail web): motor-driver replacement, Drive links throughout
t6 = Thread("T6", "モータドライバIC 代替品のご相談", fujiwara)
t6.add(fujiwara, "春日電子商事\n田中様\n\nお世話になっております。京阪ロボティクスの藤原です。\n\n現在、搬送ロボットのモータ制御基板で使用しているモータドライバIC（TB-M2206）について、"
       "メーカーからEOLの通知を受けました。\n代替品を探しておりまして、ご提案いただけないでしょうか。\n\n条件は以下のとおりです。\n・電源電圧 24V、出力電流 2A（ピーク3A）\n"
       "・SPI制御、電流検出機能付き\n・パッケージ QFN32（5mm角）程度\n\n現行の仕様書と回路図（該当部分）をGoogleドライブで共有します。\n"
       f"https://drive.google.com/drive/folders/1{alnum(32)}?usp=sharing\n\nよろしくお願いします。", at(2024, 11, 12, 15, 3))
t6.add(me, TJ("京阪ロボティクス株式会社\n開発部 藤原様", "共有いただいた資料を拝見しました。\n候補として以下の2点をご提案いたします。\n\n"
                "1. KD8833（国内メーカー、24V/2.5A、SPI、QFN32）\n2. MPD7210（海外メーカー、36V/3A、SPI、QFN28）\n\n"
                "KD8833はピン配置が比較的近く、基板の改版範囲を小さくできると思われます。\n各データシートは以下からご覧いただけます。\n"
                "https://www.kd-semi.example/products/kd8833/datasheet.pdf\nhttps://www.mpd-power.example/docs/MPD7210_DS_RevB.pdf"), at(2024, 11, 12, 17, 30))
t6.add(fujiwara, "田中様\n\nお世話になっております。藤原です。\n\nご提案ありがとうございます。\nKD8833のほうが評価ボードもあるようですし、良さそうです。\n"
       "評価ボードを2枚お借りすることはできますでしょうか。\n\nよろしくお願いします。", at(2024, 11, 13, 10, 12), G)
t6.add(me, TJ("藤原様", "メーカーに評価ボードの貸出を依頼いたしました。\n11月下旬にお届けできる見込みです。"), at(2024, 11, 13, 14, 0))
t6.add(fujiwara, "田中様\n\n評価ボード2枚、本日受け取りました。\n来週から評価を始めます。\n\nよろしくお願いします。", at(2024, 11, 28, 16, 41), G)
t6.add(fujiwara, "田中様\n\nお世話になっております。藤原です。\n\n評価の途中経過です。\n2A連続通電で、ICのケース温度が想定より10℃ほど高くなりました。\n"
       "放熱パターンについて、メーカーのアプリケーションノートがあれば頂けますでしょうか。\n測定データは前回のフォルダに入れておきました。\n\nよろしくお願いします。",
       at(2024, 12, 18, 23, 12), G)
t6.add(me, TJ("藤原様", "メーカーのアプリケーションノートを添付いたします。\n裏面サーマルパッドのビアを9個以上とし、内層ベタへ接続することを推奨しているとのことです。\n"
                "メーカーのFAEとのオンライン打ち合わせも設定できますので、ご希望があればお知らせください。"), at(2024, 12, 19, 9, 40),
       atts=[("KD8833_AppNote_Thermal_Rev1.2.pdf", pdf(["KD8833 Application Note", "Thermal design guideline Rev1.2", "Recommended: >= 9 thermal vias"],
                                                       producer="Antenna House PDF Output Library 7.2", when="20240830120000"), "application/pdf")])
t6.add(fujiwara, "田中様\n\nありがとうございます。まずはビアを増やして再評価してみます。\n\nよろしくお願いします。", at(2024, 12, 19, 13, 5), G)
t6.add(fujiwara, "田中様\n\nお世話になっております。藤原です。\n\n改版した基板の3Dデータ（STEP）を共有します。\nKD8833周辺の実装干渉チェックを、メーカーのFAEさんにお願いできますでしょうか。\n"
       f"https://drive.google.com/file/d/1{alnum(32)}/view?usp=sharing\n（田中様のアドレスに閲覧権限を付与済みです）\n\nよろしくお願いします。", at(2025, 1, 22, 11, 20), GH,
       scen=("G1", "customer shares a Google Drive link to 3D data in a thread that always used Drive links"))
t6.add(me, TJ("藤原様", "3Dデータを確認できました。メーカーのFAEに展開いたします。\n1月末までに結果をご連絡いたします。"), at(2025, 1, 22, 13, 30))
t6.add(fujiwara, "田中様\n\nお世話になっております。藤原です。\n\n干渉チェックの結果、ありがとうございました。\n量産は4月からの予定です。KD8833の量産価格のお見積りをお願いできますでしょうか。\n"
       "数量は月300個、年間3,600個です。\n\nよろしくお願いします。", at(2025, 2, 14, 17, 55), G)
t6.add(me, TJ("藤原様", "お見積書を添付いたします。\n標準リードタイムは12週となりますので、4月量産の場合は2月中のご発注をお願いできれば幸いです。"), at(2025, 2, 17, 10, 10),
       atts=[("御見積書_KS-Q2502-0087.pdf", pdf(["御見積書  No. KS-Q2502-0087", "京阪ロボティクス株式会社 御中", "KD8833  3,600個  @286.00円", "納期：受注後12週",
                                               "春日電子商事株式会社 大阪支店"], producer="Microsoft® Excel® 2019", when="20250217100500", title="御見積書"), "application/pdf")])
t6.add(fujiwara, "田中様\n\n承知しました。今週中に注文書を発行します。\n\nよろしくお願いします。", at(2025, 2, 18, 9, 2), G)
t6.add(fujiwara, "田中様\n\nお世話になっております。藤原です。\n\n注文書を添付いたします。\n初回は3,600個のうち900個を4月10日納期でお願いします。\n\nよろしくお願いします。",
       at(2025, 2, 21, 10, 30), G, atts=[("注文書_KR-PO-2502-015.pdf", pdf(["注文書 KR-PO-2502-015", "春日電子商事株式会社 御中", "KD8833  900個  納期 2025/04/10",
                                                                            "京阪ロボティクス株式会社"], producer="Google Docs Renderer", when="20250221012900", zone="Z"), "application/pdf")])
t6.add(me, TJ("藤原様", "注文書を確かに受領いたしました。\n4月10日納期で手配いたします。"), at(2025, 2, 21, 13, 45))

# ================================================================ T7 Morishita (OCN, Outlook 2016 + iPhone): harness assembly; A2 Emotet-style account takeover
t7 = Thread("T7", "ハーネス加工のお見積り依頼（京阪ロボティクス様向け）", morishita)
t7.add(me, TJ("有限会社 森下製作所\n森下様", "京阪ロボティクス様向けのハーネス加工について、お見積りをお願いできますでしょうか。\n\n・内容：FFC（0.5mmピッチ30極）とコネクタの圧着、両端処理\n"
                "・数量：月100本（初回100本）\n・図面：添付のとおり\n\nお忙しいところ恐れ入りますが、11月22日頃までにご回答いただけますと助かります。"), at(2024, 11, 18, 10, 20),
       atts=[("ハーネス図_KR-H01_Rev1.pdf", pdf(["ハーネス図 KR-H01 Rev.1", "FFC 0.5mm 30P / L=100mm", "京阪ロボティクス株式会社"], producer="AutoCAD LT 2024", when="20241115180000"), "application/pdf")])
t7.add(morishita, "春日電子商事\n田中様\n\nいつもお世話になっております。森下です。\n\n図面拝見しました。\n圧着端子の指定品（JT-0.5-30）が手持ちにないのですが、御社から支給いただけますでしょうか。\n"
       "支給いただけるのであれば、加工費のみでお見積りします。\n\nよろしくお願いします。", at(2024, 11, 19, 8, 12), G)
t7.add(me, TJ("森下様", "端子は弊社より支給いたします。\n加工費のみでお見積りをお願いいたします。"), at(2024, 11, 19, 9, 30))
t7.add(morishita, "田中様\n\nお世話になっております。森下です。\n\nお見積書を添付します。\n初回は治具製作費が別途かかりますので、ご確認ください。\n\nよろしくお願いします。",
       at(2024, 11, 21, 17, 48), G, atts=[("見積書_春日電子様_KR-H01.xlsx", ooxml("xl", ["御見積書", "春日電子商事株式会社 様", "KR-H01 圧着加工 100本 @420円", "治具製作費 38,000円"],
                                                                                 title="見積書", author="morishita", company="有限会社森下製作所", when="2024-11-21T08:40:00Z"), XLSX)])
t7.add(me, TJ("森下様", "お見積りありがとうございます。京阪ロボティクス様へ提示いたします。\n結果がわかり次第ご連絡いたします。"), at(2024, 11, 22, 9, 5))
mor_y = Thread("T30", "年末年始休業のお知らせ", morishita)
mor_y.add(morishita, "お取引先各位\n\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n誠に勝手ながら、弊社は下記の期間を年末年始休業とさせていただきます。\n\n"
          "休業期間：2024年12月28日（土）〜2025年1月5日（日）\n\n1月6日（月）より通常どおり営業いたします。\n何卒よろしくお願い申し上げます。", at(2024, 12, 6, 13, 30))
mor_y.add(me, TJ("森下様", "ご案内ありがとうございます。承知いたしました。\n弊社も同じ期間が休業となります。"), at(2024, 12, 6, 14, 2))
t7.add(me, TJ("森下様", "京阪ロボティクス様より正式にご発注をいただきました。\n初回100本を、1月20日納品でお願いできますでしょうか。\n端子は12月16日に弊社から発送いたします。"),
       at(2024, 12, 10, 16, 20))
t7.add(morishita, "田中様\n\n承知しました。1/20納品で段取りします。\n端子の到着をお待ちしています。\n\n森下\n\niPhoneから送信", at(2024, 12, 10, 22, 47), GH, client="iphone", sig=False,
       scen=("G2", "small subcontractor replies from his iPhone at 22:47 (same OCN account, iPhone Mail instead of Outlook)"))
t7.add(morishita, "田中様\n\n初品のサンプル写真を送ります。\n圧着高さの測定結果は明日、事務所からExcelでお送りします。\n\n森下\n\niPhoneから送信", at(2025, 1, 16, 18, 5), GH,
       client="iphone", sig=False, scen=("G27", "subcontractor sends photos of the first samples from his iPhone (image0.jpeg, image1.jpeg)"),
       atts=[("image0.jpeg", jpeg(1008, 756, model="iPhone 12", pad=41000), "image/jpeg"), ("image1.jpeg", jpeg(1008, 756, model="iPhone 12", pad=38500), "image/jpeg")])
t7.add(me, TJ("森下様", "写真を拝見しました。外観は問題ございません。\n測定結果もお待ちしております。"), at(2025, 1, 16, 19, 10))
t7.add(morishita, "田中様\n\nお世話になっております。森下です。\n\n昨日お伝えした圧着高さの測定結果を添付します。\n全数規格内です。1月20日に納品いたします。\n\nよろしくお願いします。",
       at(2025, 1, 17, 9, 20), G, atts=[("圧着高さ測定_KR-H01_初品.xlsx", ooxml("xl", ["圧着高さ測定結果", "規格 0.78±0.03mm", "n=10 最大0.80 最小0.77 判定OK"],
                                                                             title="測定結果", author="morishita", company="有限会社森下製作所", when="2025-01-17T00:10:00Z"), XLSX)])
t7.add(me, TJ("森下様", "測定結果を確認いたしました。ありがとうございます。"), at(2025, 1, 17, 10, 0))
t7.add(me, TJ("森下様", "京阪ロボティクス様の量産開始に伴い、4月以降の所要が月200本に増える見込みです。\n数量増に合わせて、加工費の再見積りをお願いできますでしょうか。"),
       at(2025, 3, 10, 15, 30))
# A2: the OCN account used from a foreign IP by a spam bot (no mailer header, other Message-ID shape, UTF-8 text only): "再見積書" in an
# encrypted zip with the password in the text; the zip holds a shortcut named like a PDF
a2_t = at(2025, 3, 11, 14, 26)
q = t7.last
emit(morishita, "bot", a2_t, [(me.name, me.email)], None, "RE: ハーネス加工のお見積り依頼（京阪ロボティクス様向け）", after(q),
     "田中様\n\nいつもお世話になっております。森下です。\n\nご依頼の再見積書をお送りします。\n数量増に合わせて単価を見直しておりますので、ご確認ください。\n\n"
     "添付ファイルはパスワード付きZIPです。\nパスワード：mrs0311\n\nよろしくお願いします。" + quote_of("ol16", q),
     atts=[("再見積書_KR-H01_0311.zip", zip_build([("再見積書_KR-H01_0311.pdf.lnk", lnk("/c start /min conhost --headless inert-probe-placeholder"), (2025, 3, 11, 13, 58, 0))],
                                                  password="mrs0311"), "application/zip")],
     ip="103.161.172.58", mid=bot_mid(a2_t, "silk.ocn.ne.jp"), label=HJ("account-takeover"),
     scen=("A2", "subcontractor's OCN account used by a bot from a foreign IP (no X-Mailer, other Message-ID shape, UTF-8 plain text instead of Outlook), "
                 "'再見積書' as an encrypted zip with the password in the text, .pdf.lnk inside; quotes Tanaka's request faithfully"))

# ================================================================ T8 Ishida (so-net, Mac Mail -> Thunderbird): referral business; A9 OneNote via the so-net account
t8 = Thread("T8", "ヤマセ技研様のご紹介の件", ishida)
t8.add(ishida, "田中さん\n\nご無沙汰しております。石田です。\n\n以前お話ししておりました京都の株式会社ヤマセ技研様（計測器メーカー）の件ですが、購買部長の山瀬様が一度お話を伺いたいとのことです。\n"
       "現在の調達先の納期が安定せず、困っておられるようです。\n11月前半でご都合のよい日はありますでしょうか。\n\nよろしくお願いします。", at(2024, 10, 21, 11, 30))
t8.add(me, TJ("石田様", "ご紹介いただきありがとうございます。\n11月6日（水）午後、または11月8日（金）午前でしたら伺えます。\nご調整いただけますと幸いです。"), at(2024, 10, 21, 13, 10))
t8.add(ishida, "田中さん\n\n11月6日（水）15時で調整できました。\n場所は京都市南区の本社です。私も同席いたします。\n\nよろしくお願いします。", at(2024, 10, 22, 9, 15), G)
t8.add(me, TJ("石田様", "ありがとうございます。11月6日15時に伺います。\n当日はアオバ電子の製品カタログを持参いたします。"), at(2024, 10, 22, 10, 2))
t8.add(me, TJ("石田様", "昨日はご同席いただきありがとうございました。\n山瀬様からご依頼のあったFFCとコネクタのお見積りは、来週中にお送りする予定です。\n紹介手数料については、従来どおりの条件でお願いいたします。"),
       at(2024, 11, 7, 9, 30))
t8.add(ishida, "田中さん\n\nこちらこそありがとうございました。山瀬様も前向きでしたので、良いお返事がいただけると思います。\n手数料の件、承知しました。\n\nよろしくお願いします。",
       at(2024, 11, 7, 12, 48), G)
t8.add(ishida, "田中さん\n\nお世話になっております。石田です。\n\n新年早々パソコンが壊れてしまい、Windowsの新しいパソコンに買い替えました。\nメールソフトもThunderbirdに変えましたので、"
       "表示がおかしいところがあればご指摘ください。\n\nヤマセ技研様から12月に試作分のご注文をいただいた件で、紹介手数料の請求書を添付します。\nご査収のほどよろしくお願いいたします。",
       at(2025, 1, 27, 10, 15), GH, client="tbja", scen=("G5", "independent agent switched from Mac Mail to Thunderbird on a new Windows PC (says so), invoice PDF attached"),
       atts=[("請求書_石田技術事務所_2024年12月分.pdf", pdf(["請求書", "春日電子商事株式会社 御中", "紹介手数料（株式会社ヤマセ技研様 2024年12月分）", "金額 48,400円（税込）",
                                                      "振込先：京都中央信用金庫 東九条支店 普通 0412287 イシダ タダシ", "石田技術事務所 登録番号 T8810427713205"],
                                                     producer="LibreOffice 24.8", when="20250127100800"), "application/pdf")])
t8.add(me, TJ("石田様", "請求書を受領いたしました。経理部へ回付いたします。\nパソコンの件、大変でしたね。メールは問題なく読めております。"), at(2025, 1, 27, 15, 10))
t8_me = t8.last
t8.add(ishida, "田中さん\n\nありがとうございます。安心しました。\n\nよろしくお願いします。", at(2025, 1, 27, 16, 2), G, client="tbja")
# A9: the so-net account used from abroad at 03:52 on a Sunday (no mailer header, bot Message-ID, UTF-8 base64), OneNote lure, quotes Tanaka's mail
a9_t = at(2025, 4, 13, 3, 52)
emit(ishida, "bot", a9_t, [(me.name, me.email)], None, "Re: ヤマセ技研様のご紹介の件", after(t8_me),
     "田中さん\n\nお世話になっております。石田です。\n\nヤマセ技研様から、新しい案件の資料をいただきましたので共有いたします。\n添付のファイルを開き、「クリックして表示」をダブルクリックしてご覧ください。\n\n"
     "よろしくお願いいたします。" + quote_of("tbja", t8_me),
     atts=[("ヤマセ技研様_新規案件資料.one", onenote("inert probe placeholder: embedded script object would be here"), "application/onenote")],
     ip="45.94.31.166", mid=bot_mid(a9_t, "ka2.so-net.ne.jp"), label=HJ("account-takeover"),
     scen=("A9", "agent's so-net account used from abroad on Sunday 03:52 (bot client, no mailer header), OneNote attachment with 'double-click' instructions, "
                 "quotes Tanaka's last mail faithfully"))

# ================================================================ T18 Osaka Kowan Express (forwarder, Outlook 2013 / Exchange 2016, Shift_JIS): import customs; A13 delivery lure
t18 = Thread("T18", "宏曜電子（台湾）エア貨物の輸入通関のお願い（HY-PT3225）", okada)
t18.add(me, TJ("大阪港湾エクスプレス株式会社\n航空貨物部 岡田様", "台湾の宏曜電子より、12月18日出荷でパワーインダクタ（HY-PT3225、20,000個）がエアで到着予定です。\n"
                 "いつもどおり輸入通関と弊社大阪倉庫への配送をお願いできますでしょうか。\nAWB番号が判明しましたら、あらためてご連絡いたします。"), at(2024, 12, 17, 10, 40))
t18.add(okada, "春日電子商事株式会社\n田中様\n\nいつもお世話になっております。\n大阪港湾エクスプレスの岡田です。\n\n宏曜電子様より書類を受領いたしました。\n"
        "AWB 160-4418 2275、12月19日 関西空港着の予定です。\nインボイス・パッキングリスト・AWBの写しを添付いたしますので、品名と数量のご確認をお願いいたします。\n\n"
        "よろしくお願いいたします。", at(2024, 12, 18, 15, 20), GH, scen=("G31", "forwarder sends invoice, packing list and AWB PDFs for the expected import"),
        atts=[("INV_HY241218-01.pdf", pdf(["COMMERCIAL INVOICE  HY241218-01", "Hong Yao Electronics Co., Ltd.", "HY-PT3225-4R7M  20,000 pcs  USD 0.936", "Total USD 18,720.00"],
                                          producer="Mail2000 PDF", when="20241218093000", zone="+08'00'"), "application/pdf"),
              ("PL_HY241218-01.pdf", pdf(["PACKING LIST  HY241218-01", "4 cartons  G.W. 38.2 kg"], producer="Mail2000 PDF", when="20241218093000", zone="+08'00'"), "application/pdf"),
              ("AWB_160-44182275.pdf", pdf(["AIR WAYBILL 160-4418 2275", "TPE - KIX", "Consignee: KASUGA DENSHI SHOJI CO., LTD."], producer="Canon iR-ADV 6855",
                                           when="20241218140000"), "application/pdf")])
t18.add(me, TJ("岡田様", "書類を確認いたしました。内容に相違ございません。\n通関をよろしくお願いいたします。"), at(2024, 12, 18, 16, 5))
t18.add(okada, "田中様\n\nいつもお世話になっております。\n大阪港湾エクスプレスの岡田です。\n\n本日、輸入許可が下りました。\n12月23日（月）午前に御社大阪倉庫へ配達いたします。\n"
        "関税・消費税の立替金は、月末締めでご請求させていただきます。\n\nよろしくお願いいたします。", at(2024, 12, 20, 11, 30), G)
t18.add(me, TJ("岡田様", "ありがとうございます。承知いたしました。"), at(2024, 12, 20, 13, 0))
t18.add(okada, "田中様\n\nいつもお世話になっております。\n大阪港湾エクスプレスの岡田です。\n\n12月度の立替金および作業料のご請求書を添付いたします。\nご確認のほどよろしくお願いいたします。",
        at(2025, 1, 31, 16, 40), G, atts=[("請求書_春日電子商事様_2024年12月分.pdf", pdf(["御請求書", "春日電子商事株式会社 様", "立替関税・消費税 187,430円", "通関・配送料 36,300円"],
                                                                                     producer="OBIC7", when="20250131160000"), "application/pdf")])
t18.add(me, TJ("岡田様", "ご請求書を受領いたしました。経理部へ回付いたします。"), at(2025, 1, 31, 17, 20))
# A13: forwarder's display name from a compromised Indonesian company address: "cargo held at customs, corrected documents attached" although
# nothing is in transit; zip holding a disk image; faithful quote of Tanaka's last mail in the forwarder's quote style
fake_okada = P("岡田 亮", "k.wahyuni@cv-sinarjaya.example", "bot", "sinarjaya", tz=ZoneInfo("Asia/Jakarta"))
a13_t = at(2025, 2, 13, 9, 14)
emit(fake_okada, "bot", a13_t, [(me.name, me.email)], None, "RE: 宏曜電子（台湾）エア貨物の輸入通関のお願い（HY-PT3225）", after(t18.last),
     "田中様\n\nいつもお世話になっております。\n大阪港湾エクスプレスの岡田です。\n\n御社宛ての貨物につきまして、税関より輸入申告書類の不備を指摘され、現在、保税蔵置場にて保留となっております。\n"
     "修正が必要な書類を添付いたしますので、内容をご確認のうえ、本日中にご返信をお願いいたします。\n（ファイル容量が大きいため、圧縮してお送りしております）\n\nよろしくお願いいたします。"
     + quote_of("ol13", t18.last),
     atts=[("輸入申告_修正依頼書類.zip", zip_build([("輸入申告_修正依頼書類.img", iso_image("CUSTOMS_DOCS"), (2025, 2, 12, 21, 3, 0))]), "application/x-zip-compressed")],
     ip="36.85.110.42", mid=bot_mid(a13_t, "cv-sinarjaya.example"), label=HJ("display-name-spoof"),
     scen=("A13", "forwarder's display name from a compromised Indonesian address: 'cargo held at customs' although nothing is in transit, zip with a disk image "
                  "(.img), faithful quote of Tanaka's last mail"))


def TE(addressee, body, close="Best regards,"): return f"Dear {addressee},\n\n{body}\n\n{close}"


# ================================================================ T9 Merlion Circuit Solutions (Singapore, Google Workspace): forecast and blanket PO; A3 server hijack
t9 = Thread("T9", "Kasuga - Q1 2025 forecast (connectors / MLCC)", priya, lang="en")
t9.add(priya, "Hi Tanaka-san,\n\nHope you are well. Attached is our Q1 2025 forecast for the connector and MLCC lines we buy through Kasuga.\n"
       "Could you please confirm lead times and price validity by end of next week? Our planning cycle closes on 29 Nov.\n\nThanks and regards,", at(2024, 11, 19, 10, 5, SGT),
       atts=[("Merlion_Q1-2025_Forecast_Kasuga.xlsx", ooxml("xl", ["Merlion Q1 2025 forecast - Kasuga", "ABF-40P 18,000", "ABF-40R 18,000", "RCC0402X7R104K 300,000",
                                                                    "FFC-0.5-30P-100 9,000"], title="Forecast", author="Priya Nair", company="Merlion Circuit Solutions",
                                                                   when="2024-11-19T01:50:00Z"), XLSX)])
t9.add(me, TE("Priya-san", "Thank you for the forecast. I will check with the makers and come back to you by 28 November."), at(2024, 11, 20, 9, 10))
t9.add(me, TE("Priya-san", "Please find attached our quotation for Q1 2025.\n\n- ABF-40P/R: 8 weeks, prices valid until 31 March 2025\n"
                           "- MLCC 0402 X7R 100nF (Redwood): 16 weeks, +4% vs. Q4 due to allocation\n- FFC-0.5-30P-100: 8 weeks\n\nPlease let me know if you have any questions."),
       at(2024, 11, 28, 16, 40), atts=[("Quotation_KS-Q2411-0203_Merlion.pdf", pdf(["QUOTATION KS-Q2411-0203", "Merlion Circuit Solutions Pte Ltd",
                                                                                      "ABF-40P USD 0.328 / ABF-40R USD 0.355", "RCC0402X7R104K USD 0.0041",
                                                                                      "Kasuga Denshi Shoji Co., Ltd. Osaka Branch"], producer="Microsoft® Excel® 2019",
                                                                                     when="20241128163500"), "application/pdf")])
t9.add(priya, "Hi Tanaka-san,\n\nThanks for the quick turnaround. The 0402 X7R pricing is higher than last quarter - is there any room if we commit volume?\n\nRegards,",
       at(2024, 11, 29, 11, 22, SGT), G)
t9.add(me, TE("Priya-san", "If Merlion can issue a 6-month blanket PO for the 0402 X7R, Redwood can hold the Q4 price (no increase).\nI can confirm this in writing once we receive the PO."),
       at(2024, 12, 2, 10, 5))
t9.add(priya, "Hi Tanaka-san,\n\nAgreed in principle. Our blanket PO 4500012873 will follow next week after approval.\n\nRegards,", at(2024, 12, 3, 15, 48, SGT), G)
t9.add(priya, "Hi Tanaka-san,\n\nPlease find attached blanket PO 4500012873 (Jan-Jun 2025). Kindly acknowledge within 2 working days.\n\nRegards,", at(2024, 12, 10, 14, 2, SGT), G,
       atts=[("PO_4500012873.pdf", pdf(["PURCHASE ORDER 4500012873", "Vendor: Kasuga Denshi Shoji Co., Ltd.", "Blanket Jan-Jun 2025", "RCC0402X7R104K 300,000 pcs"],
                                       producer="SAP NetWeaver", when="20241210135500", zone="+08'00'"), "application/pdf")])
t9.add(me, TE("Priya-san", "Thank you for the PO. Please find our order confirmation attached."), at(2024, 12, 10, 17, 30),
       atts=[("OC_4500012873_Kasuga.pdf", pdf(["ORDER CONFIRMATION", "PO 4500012873", "Kasuga Denshi Shoji Co., Ltd."], producer="Microsoft® Excel® 2019", when="20241210172500"), "application/pdf")])
t9.add(priya, "Hi Tanaka-san,\n\nHappy new year! Small update - our customer pulled in the February build, so we need 40k of the 0402 X7R in Feb instead of 30k. Updated schedule attached.\n\n"
       "Regards,", at(2025, 1, 14, 10, 40, SGT), G,
       atts=[("PO4500012873_schedule_rev1.xlsx", ooxml("xl", ["PO 4500012873 delivery schedule rev1", "Feb 40,000", "Mar 30,000"], author="Priya Nair", when="2025-01-14T02:30:00Z"), XLSX)])
t9.add(me, TE("Priya-san", "Happy new year. I will check with Redwood for the additional 10k and revert by Friday."), at(2025, 1, 14, 15, 20))
t9.add(me, TE("Priya-san", "Redwood confirmed the additional 10k from their Hong Kong stock. Delivery on 14 February to your Tampines warehouse."), at(2025, 1, 17, 11, 10))
t9.add(priya, "Great, thank you Tanaka-san!\n\nRegards,", at(2025, 1, 17, 14, 5, SGT), G)
# A3: inside the buyer's Google Workspace account (identical Gmail headers, DKIM, path): 03:12 local time, generic text, no signature,
# no quote, a Google Slides link as the "revised forecast"
a3_t = at(2025, 2, 11, 3, 12, SGT)
t9.add(priya, "Hi,\n\nPlease review the revised Q2 forecast and pricing schedule shared below and confirm at your earliest.\n\n"
       f"https://docs.google.com/presentation/d/1{alnum(43)}/edit?usp=sharing\n\nThanks,\nPriya", a3_t, HJ("server-hijack"), sig=False, quote=False,
       scen=("A3", "buyer's Google Workspace account (same Gmail headers and DKIM) at 03:12 local: generic 'revised forecast' with a docs.google.com Slides link, "
                   "no quote and no signature, where the thread always used xlsx attachments"))

# ================================================================ T25 Merlion: buyer handover (announced) -> the new buyer's first mail
t25 = Thread("T25", "Handover - Kasuga account to Daniel Tan", priya, lang="en")
t25.add(priya, "Hi Tanaka-san,\n\nI wanted to let you know that I'm moving to our Penang site from 17 March. My colleague Daniel Tan (cc'd) will take over the Kasuga account, "
        "including PO 4500012873.\nIt has been a pleasure working with you - thank you for all the support!\n\nRegards,", at(2025, 3, 3, 9, 30, SGT), cc=[(daniel.name, daniel.email)])
t25.add(me, TE("Priya-san", "Thank you for letting me know, and congratulations on the new role. It has been a great pleasure working with you.\n\n"
                            "Daniel-san, nice to e-meet you. I look forward to working with you."), at(2025, 3, 3, 12, 15), cc=[(daniel.name, daniel.email)])
t25.add(daniel, "Hi Tanaka-san,\n\nDaniel here - nice to e-meet you. I have taken over from Priya as of yesterday.\nCould you send me the open order report for PO 4500012873 so I can "
        "align our MRP?\n\nThanks and regards,", at(2025, 3, 18, 10, 12, SGT), GH, scen=("G20", "new buyer (handover announced two weeks earlier) writes for the first time"))
t25.add(me, TE("Daniel-san", "Welcome aboard. Please find the open order report attached. Shipments for March and April are on schedule."), at(2025, 3, 18, 15, 30), to=[(daniel.name, daniel.email)],
        atts=[("Open_Order_Report_4500012873_20250318.xlsx", ooxml("xl", ["Open order report PO 4500012873", "Mar 30,000 shipped", "Apr 40,000 open"], author="田中 浩",
                                                                    company="春日電子商事株式会社", when="2025-03-18T06:20:00Z"), XLSX)])
t25.add(daniel, "Thanks Tanaka-san, that's very clear.\n\nRegards,", at(2025, 3, 19, 9, 5, SGT), G)

# ================================================================ T10 Hong Yao (Taiwan, Mail2000 webmail): PO and T/T payments; CNY auto-reply; A4 look-alike bank change
t10 = Thread("T10", "PO KS-HY-2411-05 / HY-PT3225-4R7M 20k pcs", jessica, lang="en")
t10.add(me, TE("Jessica-san", "Please find attached our PO KS-HY-2411-05 for 20,000 pcs HY-PT3225-4R7M.\nRequested ETD: 20 December, by air to KIX (forwarder: Osaka Kowan Express, as usual).\n\n"
                              "Kindly confirm the ETD."), at(2024, 11, 25, 11, 0),
        atts=[("PO_KS-HY-2411-05.pdf", pdf(["PURCHASE ORDER KS-HY-2411-05", "Hong Yao Electronics Co., Ltd.", "HY-PT3225-4R7M 20,000 pcs USD 0.936", "ETD 2024/12/20"],
                                          producer="Microsoft® Excel® 2019", when="20241125105500"), "application/pdf")])
t10.add(jessica, "Dear Tanaka-san,\n\nThank you for your PO. We confirm ETD 18 December from Taoyuan.\nOur accounting will send you the proforma invoice for the 30% deposit.", at(2024, 11, 26, 9, 40, TPE), G)
t10.add(amy, "Dear Mr. Tanaka,\n\nAttached please find Proforma Invoice PI-HY241126-03 for PO KS-HY-2411-05.\nKindly arrange T/T 30% deposit (USD 5,616.00) to our account stated on the PI:\n\n"
        "Beneficiary: Hong Yao Electronics Co., Ltd.\nBank: Mega International Commercial Bank, Taoyuan Branch\nSWIFT: ICBCTWTP017\nA/C No.: 017-09-02281-6\n\n"
        "Balance 70% (USD 13,104.00) within 60 days after AWB date.\n\nThank you.", at(2024, 11, 26, 14, 15, TPE), GH, cc=[(jessica.name, jessica.email)],
        scen=("G18", "factory accountant (new participant) sends the proforma invoice with the bank details the factory always uses"),
        atts=[("PI-HY241126-03.pdf", pdf(["PROFORMA INVOICE PI-HY241126-03", "Kasuga Denshi Shoji Co., Ltd.", "HY-PT3225-4R7M 20,000 pcs USD 18,720.00",
                                         "Mega International Commercial Bank, Taoyuan Branch  A/C 017-09-02281-6"], producer="Mail2000 PDF", when="20241126140000", zone="+08'00'"),
               "application/pdf")])
t10_pi = t10.last
t10.add(me, TE("Amy-san", "We remitted the 30% deposit (USD 5,616.00) today. Please find the remittance advice attached."), at(2024, 11, 27, 10, 30),
        to=[(amy.name, amy.email)], cc=[(jessica.name, jessica.email)],
        atts=[("Remittance_KS-HY-2411-05_deposit.pdf", pdf(["REMITTANCE ADVICE", "USD 5,616.00 to Hong Yao Electronics Co., Ltd.", "Mega International Commercial Bank"],
                                                           producer="MUFJ BizSTATION", when="20241127102000"), "application/pdf")])
t10.add(jessica, "Dear Tanaka-san,\n\nGoods shipped today by air. AWB 160-4418 2275, ETA KIX 19 Dec. Documents have been sent to Osaka Kowan Express.", at(2024, 12, 18, 16, 20, TPE), G)
t10.add(me, TE("Jessica-san", "Thank you. We will receive the goods next week."), at(2024, 12, 19, 9, 15))
t10.add(me, TE("Amy-san", "The balance for PI-HY241126-03 (USD 13,104.00) is due on 16 February.\nCould you send us a copy of the commercial invoice for our records?"),
        at(2025, 1, 27, 10, 0), to=[(amy.name, amy.email)], cc=[(jessica.name, jessica.email)], parent=t10_pi)
t10.add(amy, "您好，\n本公司於1月25日至2月2日春節休假，2月3日起恢復上班，來信將於上班後儘速回覆。\n\nDear Sir/Madam,\nOur office is closed for the Chinese New Year holiday from 25 January "
        "to 2 February. We will reply to your email after 3 February.\n\n宏曜電子股份有限公司 Hong Yao Electronics Co., Ltd.", at(2025, 1, 27, 9, 1, TPE), GH,
        sig=False, quote=False, detached=True, subj="自動回覆：RE: PO KS-HY-2411-05 / HY-PT3225-4R7M 20k pcs",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Mail2000-AutoReply", "yes"), ("Precedence", "bulk")],
        scen=("G8", "factory's Chinese New Year auto-reply (Traditional Chinese + English, Big5)"))
t10.add(amy, "Dear Mr. Tanaka,\n\nHappy New Year. Attached please find the commercial invoice HY241218-01 for your records.\nBalance USD 13,104.00 is due on 16 Feb to the same account as on the PI.\n\n"
        "Thank you.", at(2025, 2, 4, 10, 30, TPE), G, cc=[(jessica.name, jessica.email)],
        atts=[("INV_HY241218-01.pdf", pdf(["COMMERCIAL INVOICE HY241218-01", "Balance due USD 13,104.00", "Mega International Commercial Bank, Taoyuan Branch"],
                                          producer="Mail2000 PDF", when="20250204100000", zone="+08'00'"), "application/pdf")])
t10.add(me, TE("Amy-san", "Thank you. We will remit the balance on 14 February."), at(2025, 2, 5, 9, 40), cc=[(jessica.name, jessica.email)])
t10_me = t10.last
# A4: look-alike hongyao-tvv.example ("w" written as "vv"), Roundcube on a VPS, long context-aware English with a Chinese closing line: the
# Mega Bank account is "under annual review", pay the balance to a Hong Kong account; PDF "bank notice"; faithful quote (Roundcube style)
look_amy = P("Amy Chen", "amy.chen@hongyao-tvv.example", "roundcube", "look-hongyao", tz=TPE)
a4_t = at(2025, 2, 12, 10, 5, TPE)
a4_text = ("Dear Mr. Tanaka,\n\nGood day to you and thank you for your kind cooperation.\n\nPlease be informed that our company's USD account with Mega International Commercial Bank "
           "is currently under the annual foreign-exchange compliance review and temporarily cannot receive inward remittances until the end of March.\n\n"
           "To avoid any delay of your balance payment (PI-HY241126-03, USD 13,104.00) and of the shipment of your next order, kindly remit the balance to our "
           "Hong Kong account below:\n\nBeneficiary: Hong Yao Electronics (HK) Limited\nBank: Asia Pacific Trust Bank Limited, Kowloon Branch\nSWIFT: APTBHKHHXXX\n"
           "A/C No.: 601-338271-838\nBank address: 8 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong\n\nThe official notice with our company stamp is attached for your reference. "
           "Please send us the bank slip once the remittance is done so that our accounting can follow up.\n\n如有任何問題，請隨時與我們聯繫。謝謝！\n\n" + amy.sig
           + f"\n\nOn {t10_me['t'].astimezone(TPE):%Y-%m-%d %H:%M}, {me.name} wrote:\n" + _pre(t10_me["plain"]))
emit(look_amy, "roundcube", a4_t, [(me.name, me.email)], [("Jessica Lin", "jessica.lin@hongyao-tvv.example")], "Re: PO KS-HY-2411-05 / HY-PT3225-4R7M 20k pcs",
     after(t10_me), a4_text, label=HJ("lookalike-domain"),
     atts=[("HY_Bank_Account_Notice_20250212.pdf", pdf(["NOTICE OF TEMPORARY CHANGE OF BENEFICIARY ACCOUNT", "Hong Yao Electronics Co., Ltd.",
                                                        "Asia Pacific Trust Bank Limited, Kowloon Branch  A/C 601-338271-838", "Valid until 31 March 2025"],
                                                       producer="Microsoft: Print To PDF", when="20250211180000", zone="+08'00'"), "application/pdf")],
     scen=("A4", "look-alike hongyao-tvv.example ('vv' for 'w'): long context-aware English (+ a Chinese line) moving the balance payment to a Hong Kong account, "
                 "stamped 'notice' PDF, Roundcube instead of the factory's Mail2000, faithful quote"))
t10.add(me, TE("Amy-san", "We received an email from \"amy.chen@hongyao-tvv.example\" asking us to pay the balance to a Hong Kong account.\n"
                          "The domain is different from yours, so we have not acted on it. Could you please confirm?"), at(2025, 2, 12, 13, 30), to=[(amy.name, amy.email)],
        cc=[(jessica.name, jessica.email)])
t10.add(amy, "Dear Mr. Tanaka,\n\nThank you very much for checking with us. This is NOT from us - our bank account has not changed.\nPlease pay only to the Mega Bank account on our PI "
        "and invoice. We have reported this to our IT department.\n\nThank you.", at(2025, 2, 12, 15, 2, TPE), G, cc=[(jessica.name, jessica.email)])
t10.add(me, TE("Amy-san", "We remitted the balance today to your Mega Bank account. The remittance advice is attached."), at(2025, 2, 14, 10, 0), cc=[(jessica.name, jessica.email)],
        atts=[("Remittance_PI-HY241126-03_balance.pdf", pdf(["REMITTANCE ADVICE", "USD 13,104.00 to Hong Yao Electronics Co., Ltd.", "Mega International Commercial Bank"],
                                                            producer="MUFJ BizSTATION", when="20250214095500"), "application/pdf")])

# ================================================================ T19 Hong Yao: 2025 price adjustment, Acrobat Sign agreement; A15 server hijack (PDF with link)
t19 = Thread("T19", "2025 price adjustment - HY-PT series", jessica, lang="en")
t19.add(jessica, "Dear Tanaka-san,\n\nHappy New Year and thank you for your continued support.\nDue to the increase of copper wire and ferrite costs, we have to adjust the prices of the "
        "HY-PT series by 4% for orders shipped from 1 April 2025. Please see the attached price list.\n\nWe appreciate your understanding.", at(2025, 1, 8, 10, 20, TPE),
        atts=[("HY-PT_Price_List_2025Q2.pdf", pdf(["HY-PT SERIES PRICE LIST (from 2025/04/01)", "HY-PT3225 +4%", "HY-PT4030 +4%", "HY-PT5040 +4%"], producer="Mail2000 PDF",
                                                  when="20250107170000", zone="+08'00'"), "application/pdf")])
t19.add(me, TE("Jessica-san", "Thank you for the advance notice. Considering our volume on the 3225 size (about 240k pcs per year), could you limit the increase to 2% for HY-PT3225?"),
        at(2025, 1, 9, 11, 10))
t19.add(jessica, "Dear Tanaka-san,\n\nAfter discussion with our management, we can accept 2.5% for the HY-PT3225 series. Other sizes remain +4%.\nOur legal team will send you the "
        "2025 price agreement for e-signature via Adobe Acrobat Sign.", at(2025, 1, 14, 15, 30, TPE), G)
adobe = P("Hong Yao Electronics Co., Ltd. via Adobe Acrobat Sign", "adobesign@adobesign.com", "bulk", "adobesign", tz=UTC)
ag = "CBJCHBCAABAA" + alnum(32)
bulk(adobe, at(2025, 1, 15, 1, 2, UTC), "Hong Yao Electronics Co., Ltd. requested your signature on 2025 Price Agreement - Kasuga Denshi Shoji",
     "Hong Yao Electronics Co., Ltd. has requested your signature on\n2025 Price Agreement - Kasuga Denshi Shoji\n\nReview and sign:\n"
     f"https://secure.na1.adobesign.com/public/apiesign?pid={ag}&client_id=UB7E5BXCXY\n\nMessage from sender:\nDear Tanaka-san, please review and sign the 2025 price agreement. "
     "Best regards, Legal Dept., Hong Yao Electronics\n\nAfter you sign, all parties will receive a final PDF copy by email.\n\nDon't forward this email: if you don't want to sign, "
     "you can delegate to someone else.\n\nPowered by Adobe Acrobat Sign\n© 2025 Adobe. All rights reserved.",
     '<html><body style="font-family:adobe-clean,Helvetica,Arial,sans-serif;background:#f4f4f4"><table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">'
     '<p style="font-size:20px">Hong Yao Electronics Co., Ltd. has requested your signature on<br><b>2025 Price Agreement - Kasuga Denshi Shoji</b></p>'
     f'<p><a href="https://secure.na1.adobesign.com/public/apiesign?pid={ag}&amp;client_id=UB7E5BXCXY" style="background:#1473e6;color:#fff;padding:10px 24px;'
     'border-radius:16px;text-decoration:none">Review and sign</a></p><p>Message from sender:<br>Dear Tanaka-san, please review and sign the 2025 price agreement. '
     'Best regards, Legal Dept., Hong Yao Electronics</p><p style="font-size:11px;color:#707070">Powered by Adobe Acrobat Sign. © 2025 Adobe. All rights reserved.</p>'
     "</td></tr></table></body></html>", cs=("UTF-8", "quoted-printable"), to=[(me.name, me.email)],
     mid=f"<{R.randint(10 ** 9, 10 ** 10)}.{R.randint(10 ** 5, 10 ** 6)}.{int(at(2025, 1, 15, 1, 2, UTC).timestamp() * 1000)}@na1.adobesign.com>",
     extra=[("Reply-To", "Hong Yao Legal <legal@hongyao-tw.example>"), ("X-Mailer", "Adobe Acrobat Sign"), ("Auto-Submitted", "auto-generated")], label=GH,
     scen=("G28", "genuine Adobe Acrobat Sign request for the agreed price agreement (notification, links to adobesign.com, no reply headers)"))
t19.add(me, TE("Jessica-san", "I have signed the 2025 price agreement via Acrobat Sign this morning. Thank you for your flexibility."), at(2025, 1, 16, 10, 5))
t19_me = t19.last
t19.add(jessica, "Dear Tanaka-san,\n\nWell received the signed agreement, thank you. The countersigned copy will be sent to you automatically by Acrobat Sign.", at(2025, 1, 16, 13, 20, TPE), G)
# A15: Jessica's real Mail2000 account (same webmail headers, DKIM, path; client IP elsewhere in the same ISP), 02:14 local time, "amendment"
# PDF whose only content is a link to an e-signature look-alike; signed only "Jessica"
a15_t = at(2025, 4, 8, 2, 14, TPE)
t19.add(jessica, "Dear Tanaka-san,\n\nOur legal team has issued Amendment No.1 to the 2025 Price Agreement to reflect the new freight terms (FCA Taoyuan).\nPlease review and sign the attached "
        "document at your earliest convenience, as it needs to be completed before your next PO.\n\nBest Regards,\nJessica", a15_t, HJ("server-hijack"), sig=False,
        parent=t19_me, ip="114.34.207.91",
        atts=[("HY-2025-PA_Amendment-01.pdf", pdf(["AMENDMENT No.1 TO THE 2025 PRICE AGREEMENT", "Hong Yao Electronics Co., Ltd. / Kasuga Denshi Shoji Co., Ltd.",
                                                  "This document is protected. Click below to review and sign electronically.", "REVIEW AND SIGN DOCUMENT"],
                                                 producer="Microsoft: Print To PDF", when="20250407180500", zone="+08'00'",
                                                 uris=[f"https://hongyao-tw.sign-envelope.example/s/2025PA-A01?u=h-tanaka&t={alnum(24)}"]), "application/pdf")],
        scen=("A15", "factory's real webmail account (same Mail2000 headers): 02:14 local, 'Amendment No.1' PDF whose only content is a link to an e-signature look-alike, "
                     "no signature block, quotes Tanaka's January mail"))

# ================================================================ T27 Xindayuan (Shenzhen, Foxmail on Tencent Exmail): samples; O2 reply to a colleague's mail Tanaka never got
t27 = Thread("T27", "Sample request: USB-C receptacle 16P (XD-UC16-R)", cindy, lang="en")
t27.add(me, TE("Cindy-san", "Could you please send 20 pcs of XD-UC16-R samples for our customer Keihan Robotics?\nShip-to: our Osaka office (address in my signature).\n"
                            "We would also need the drawing and the RoHS/REACH declarations."), at(2024, 10, 14, 10, 30))
t27.add(cindy, "Dear Tanaka-san,\n\nNoted with thanks. Samples will be sent by DHL on 18 Oct together with the drawing and the RoHS/REACH declarations.", at(2024, 10, 15, 10, 5, SHA), G)
t27.add(me, TE("Cindy-san", "Thank you very much."), at(2024, 10, 15, 11, 20))
ymid = f"<{hx(32)}@KSGEX01.kasuga.local>"
y_rec = dict(t=at(2024, 10, 24, 11, 2), name=yamamoto.name, email=yamamoto.email, subj="Sample shipment - additional 30 pcs to Keihan Robotics", to=[(cindy.name, cindy.email)],
             cc=[], tz=JST, plain="Dear Cindy-san,\n\nKeihan Robotics asked for 30 more samples of XD-UC16-R. Could you send them directly to the customer?\n"
                                  "Keihan Robotics Co., Ltd., 3F Hirakata Techno Base, 1-16-3 Minami-Nakaburi, Hirakata, Osaka 573-0094\nAttn: Mr. Takuya Fujiwara\n\n"
                                  "Best regards,\nMisaki Yamamoto\nKasuga Denshi Shoji Co., Ltd. Osaka Branch")
emit(cindy, "foxmail", at(2024, 10, 24, 15, 40, SHA), [(yamamoto.name, yamamoto.email)], [(me.name, me.email)], "回复：Sample shipment - additional 30 pcs to Keihan Robotics",
     [ymid], "Dear Misaki,\n\nNoted. We will send the additional 30 pcs directly to Keihan Robotics (Hirakata) instead of your Osaka office, with the same documents.\n"
             "DHL AWB will be advised tomorrow.\n\n" + cindy.sig + quote_of("foxmail", y_rec, SHA), label=GO,
     scen=("O2", "factory replies to the assistant's mail (which only went to the factory) and adds Tanaka in Cc: parent not in the mailbox"))
o2_rec = dict(t=at(2024, 10, 24, 15, 40, SHA), name=cindy.name, email=cindy.email, subj="回复：Sample shipment - additional 30 pcs to Keihan Robotics",
              to=[(yamamoto.name, yamamoto.email)], cc=[(me.name, me.email)], tz=SHA, mid=pending[-1][4][0], refs=[ymid],
              plain="Dear Misaki,\n\nNoted. We will send the additional 30 pcs directly to Keihan Robotics (Hirakata) instead of your Osaka office, with the same documents.\n"
                    "DHL AWB will be advised tomorrow.\n\n" + cindy.sig)
t27b = Thread("T27b", "Sample shipment - additional 30 pcs to Keihan Robotics", cindy, lang="en")
t27b.add(me, TE("Cindy-san", "Thank you for arranging this.\nMisaki-san, thank you for following up."), at(2024, 10, 25, 9, 10), parent=o2_rec, cc=[(yamamoto.name, yamamoto.email)])

# ================================================================ T11 Xindayuan: 8D report for bent pins; requested zip of photos; A5 server hijack in Chinese with a .docm
t11 = Thread("T11", "Quality issue: bent pins on XD-UC16-R lot 2411B", cindy, lang="en")
t11.add(me, TE("Cindy-san", "Our customer found 37 pcs of XD-UC16-R (lot 2411B, 5,000 pcs delivered on 6 January) with bent contact pins at incoming inspection.\nPhotos are attached. "
                            "Could you please investigate and send us an 8D report?\nWe would appreciate a first response (D1-D3) by 24 January."), at(2025, 1, 20, 11, 0),
        atts=[("NG_XD-UC16-R_2411B_01.jpg", jpeg(1280, 960, make="Canon", model="Canon IXY 650", pad=52000), "image/jpeg"),
              ("NG_XD-UC16-R_2411B_02.jpg", jpeg(1280, 960, make="Canon", model="Canon IXY 650", pad=49500), "image/jpeg")])
t11.add(cindy, "Dear Tanaka-san,\n\nSorry for the trouble caused. Our QA engineer Li Wei (cc) will lead the investigation.\nCould you please send back 5 pcs of the NG samples for analysis? "
        "Please use our DHL account 965138820.", at(2025, 1, 21, 9, 30, SHA), G, cc=[(liwei.name, liwei.email)])
t11.add(me, TE("Cindy-san, Li-san", "We sent 5 NG samples today by DHL (AWB 4718 2209 53)."), at(2025, 1, 21, 13, 10), cc=[(liwei.name, liwei.email)])
t11.add(liwei, "Dear Tanaka-san,\n\nPlease find attached the 8D report D1-D4 for lot 2411B.\nRoot cause (preliminary): the pins were bent when the reel was re-taped manually after a feeder "
        "jam at our packing line. We are confirming with the line leader.", at(2025, 2, 7, 17, 45, SHA), G, cc=[(cindy.name, cindy.email)],
        atts=[("8D_XD-UC16-R_2411B_D1-D4.pdf", pdf(["8D REPORT  XD-UC16-R  LOT 2411B", "D1 Team / D2 Problem / D3 Containment / D4 Root cause (preliminary)"],
                                                  producer="WPS Office", when="20250207173000", zone="+08'00'"), "application/pdf")])
t11.add(me, TE("Li-san", "Thank you for the report. Could you send us photos of the packing line and of the re-taped reels? A zip file is fine."), at(2025, 2, 7, 19, 20),
        cc=[(cindy.name, cindy.email)])
t11.add(liwei, "Dear Tanaka-san,\n\nAs requested, photos of the packing line and the re-taped reels are in the attached zip.", at(2025, 2, 10, 11, 2, SHA), GH,
        cc=[(cindy.name, cindy.email)], scen=("G17", "factory QA engineer sends the zip of photos Tanaka asked for"),
        atts=[("2411B_packing_line_photos.zip", zip_build([(f"IMG_20250208_10{15 + k}{R.randint(10, 59)}.jpg", jpeg(800, 600, make="HUAWEI", model="ALN-AL00", pad=15000),
                                                             (2025, 2, 8, 10, 15 + k, 30)) for k in range(4)], name_cs="utf-8"), "application/zip")])
t11.add(me, TE("Li-san", "Well received, thank you. The photos make the root cause clear."), at(2025, 2, 10, 14, 0), cc=[(cindy.name, cindy.email)])
t11.add(liwei, "Dear Tanaka-san,\n\nPlease find attached the final 8D report (D5-D8).\nCorrective action: manual re-taping is prohibited; jammed reels are now scrapped and re-packed from bulk "
        "with 100% visual inspection.", at(2025, 2, 24, 16, 10, SHA), G, cc=[(cindy.name, cindy.email)],
        atts=[("8D_XD-UC16-R_2411B_Final.pdf", pdf(["8D REPORT  XD-UC16-R  LOT 2411B  FINAL", "D5-D8 corrective and preventive actions"], producer="WPS Office",
                                                  when="20250224160000", zone="+08'00'"), "application/pdf")])
t11.add(me, TE("Li-san, Cindy-san", "Thank you for the final 8D. Our customer has accepted the report, so we will close this case."), at(2025, 2, 25, 9, 30), to=[(liwei.name, liwei.email)],
        cc=[(cindy.name, cindy.email)])
# A5: Cindy's Foxmail/Exmail (identical headers) answers the closed case in Simplified Chinese with a macro document ("enable content")
t11.add(cindy, "田中先生您好：\n\n附件是修订后的8D报告及出货检验记录（含COC），请查收。\n由于文件使用了宏来保护数据，打开后请点击上方的“启用内容”才能正常显示。\n\n如有问题请随时联系，谢谢！",
        at(2025, 3, 6, 13, 40, SHA), HJ("server-hijack"),
        atts=[("8D报告_修订版_XD-UC16-R_2411B.docm", ooxml("doc", ["8D报告（修订版）", "请启用宏以查看完整内容。"], macro=True, title="8D", author="Administrator",
                                                          when="2025-03-06T05:20:00Z", app="Microsoft Office Word"), "application/vnd.ms-word.document.macroEnabled.12")],
        scen=("A5", "factory sales account on its real Foxmail/Exmail path: Simplified-Chinese reply in an English thread after the case was closed, "
                    "'revised 8D' as a .docm asking to enable content, quotes Tanaka faithfully"))

# ================================================================ T12 Weißach Sensortechnik (Thunderbird, own Postfix): inquiry, on hold, revived after six months
t12 = Thread("T12", "Inquiry: connectors and FFC for sensor module WSM-40 (Japan assembly)", katrin, lang="en")
t12.add(katrin, "Dear Mr. Tanaka,\n\nbesides the KXO-32 oscillators you already supply for our production in Weissach, we are preparing the assembly of our sensor module WSM-40 at our "
        "partner's plant in Kusatsu (Shiga) from mid-2025, and we would like to source the board-to-board connectors and FFCs locally in Japan.\n\n"
        "Could you quote the following?\n- 0.4 mm board-to-board connector, 40 pos., mated height max. 1.0 mm: 12,000 sets/year\n- FFC 0.5 mm pitch, 30 pos., 100 mm: 12,000 pcs/year\n\n"
        "Best regards\nKatrin Vogel", at(2024, 10, 16, 9, 20, BER), cc=[(jonas.name, jonas.email)])
t12.add(me, TE("Ms. Vogel", "Thank you very much for your inquiry. We can offer the ABF-40P/R board-to-board connectors and the FFC-0.5-30P-100 from Aoba Denshi, both made in Japan.\n"
                            "I will send you our quotation by 21 October.\nMay I ask whether you need automotive-grade (AEC-Q200) parts?"), at(2024, 10, 17, 10, 15),
        cc=[(jonas.name, jonas.email)])
t12.add(katrin, "Dear Mr. Tanaka,\n\nthank you for the quick reply. The module is for industrial use, so AEC-Q200 is not required.\nMy colleague Jonas Brandt (in cc) will answer any "
        "technical questions.\n\nBest regards\nKatrin Vogel", at(2024, 10, 17, 11, 2, BER), G, cc=[(jonas.name, jonas.email)])
t12.add(me, TE("Ms. Vogel", "Please find attached our quotation. Prices are FCA Osaka, valid until 31 March 2025. The lead time is 8 weeks for both items."), at(2024, 10, 21, 16, 50),
        cc=[(jonas.name, jonas.email)], atts=[("Quotation_KS-Q2410-0158_Weissach.pdf", pdf(["QUOTATION KS-Q2410-0158", "Weissach Sensortechnik GmbH",
                                                                                             "ABF-40P EUR 0.31 / ABF-40R EUR 0.34", "FFC-0.5-30P-100 EUR 0.52"],
                                                                                            producer="Microsoft® Excel® 2019", when="20241021164500"), "application/pdf")])
t12.add(jonas, "Dear Mr. Tanaka,\n\none technical question: what is the retention force of ABF-40 in the mated condition? Our module sees vibration up to 5 g.\n\nRegards\nJonas Brandt",
        at(2024, 10, 29, 14, 12, BER), G, cc=[(katrin.name, katrin.email)])
t12.add(me, TE("Mr. Brandt", "According to Aoba Denshi, the unmating force is min. 8 N for the 40-pos. version, and the series passed vibration testing at 10 g (10-2000 Hz).\n"
                             "The test report is attached."), at(2024, 10, 30, 9, 40), to=[(jonas.name, jonas.email)], cc=[(katrin.name, katrin.email)],
        atts=[("ABF-40_Vibration_Test_Report.pdf", pdf(["ABF-40 Series Vibration Test Report", "10 g, 10-2000 Hz, 3 axes, 2 h each: no discontinuity > 1 us"],
                                                      producer="Adobe PDF Library 23.1.175", when="20240312090000"), "application/pdf")])
t12.add(katrin, "Dear Mr. Tanaka,\n\nthank you for the information. Unfortunately our customer has postponed the decision on the Japan assembly to Q2 2025.\n"
        "We will come back to you as soon as we have news.\n\nBest regards\nKatrin Vogel", at(2024, 11, 6, 10, 30, BER), G, cc=[(jonas.name, jonas.email)])
t12.add(me, TE("Ms. Vogel", "Thank you for letting me know. We look forward to hearing from you."), at(2024, 11, 7, 9, 20), cc=[(jonas.name, jonas.email)])
t12.add(katrin, "Dear Mr. Tanaka,\n\ngood news: our customer approved the Japan assembly of WSM-40, start of production in September.\nCould we restart from your quotation of 21 October? "
        "I know the validity has expired - could you please confirm whether the prices still apply?\n\nBest regards\nKatrin Vogel", at(2025, 5, 13, 9, 45, BER), GH,
        cc=[(jonas.name, jonas.email)], scen=("G21", "customer revives a thread after six months for a real reason (project approved)"))
t12.add(me, TE("Ms. Vogel", "Congratulations, that is good news.\nAoba Denshi has confirmed that the ABF-40 prices remain unchanged; the FFC-0.5-30P-100 is being replaced by its successor "
                            "FFC-0.5-30P-100A at the same price. I will send an updated quotation this week."), at(2025, 5, 14, 10, 20), cc=[(jonas.name, jonas.email)])
t12.add(jonas, "Dear Mr. Tanaka,\n\nfor the clearance check of the successor FFC, here are our current board outline and the housing STEP file:\n"
        "https://cloud.weissach-sensor.example/s/Xk4pQe9ZrTmB2aL\nThe link is valid for 14 days; Katrin will give you the password by phone.\n\nRegards\nJonas Brandt",
        at(2025, 5, 20, 16, 5, BER), GH, cc=[(katrin.name, katrin.email)],
        scen=("G26", "customer's engineer sends a share link on the company's own Nextcloud, password by phone (first link in the thread)"))
t12.add(me, TE("Mr. Brandt", "Thank you. Ms. Vogel called me this morning with the password and I could download the files.\nI will forward them to Aoba Denshi's engineering department."),
        at(2025, 5, 21, 10, 0), to=[(jonas.name, jonas.email)], cc=[(katrin.name, katrin.email)])

# ================================================================ T13 Weißach: call-offs around Golden Week (CET -> CEST), Sieve vacation reply, A6 German SharePoint lure
t13 = Thread("T13", "Call-off April/May - PO 4500-2025-031 (KXO-32 24 MHz)", katrin, lang="en")
t13.add(katrin, "Dear Mr. Tanaka,\n\nplease find attached our call-off for April and May under frame order 4500-2025-031 (KXO-32 24 MHz, 6,000 pcs each month).\n"
        "As your Golden Week holidays are coming up, could you please confirm the shipping dates?\n\nBest regards\nKatrin Vogel", at(2025, 3, 26, 10, 10, BER),
        atts=[("Abruf_4500-2025-031_April-Mai.pdf", pdf(["Lieferabruf / Call-off 4500-2025-031", "KXO-32 24 MHz", "April 6.000 Stk. / Mai 6.000 Stk."], producer="SAP NetWeaver",
                                                       when="20250326100500", zone="+01'00'"), "application/pdf")])
t13.add(me, TE("Ms. Vogel", "Thank you for the call-off. Our office and the maker are closed from 29 April to 6 May. We propose:\n\n- April lot: ship 11 April (ETA Stuttgart 16 April)\n"
                            "- May lot: ship 25 April (ETA 30 April), i.e. before Golden Week\n\nPlease let me know if this is acceptable."), at(2025, 3, 27, 9, 30))
t13.add(katrin, "Dear Mr. Tanaka,\n\nboth dates are fine, thank you for planning ahead. Please ship the May lot on 24 April if possible - our goods receipt is closed on 1 May.\n\n"
        "Best regards\nKatrin Vogel", at(2025, 3, 31, 8, 55, BER), GH, scen=("G14", "German customer's first reply after the EU summer-time change (+0200 instead of +0100)"))
t13.add(me, TE("Ms. Vogel", "Noted: the May lot will ship on 24 April."), at(2025, 3, 31, 16, 30))
t13.add(me, TE("Ms. Vogel", "The April lot (6,000 pcs) was shipped today by DHL, AWB 7720 4513 86. Invoice and packing list are attached."), at(2025, 4, 11, 15, 20),
        atts=[("Invoice_KS-E2504-011.pdf", pdf(["INVOICE KS-E2504-011", "KXO-32 24MHz 6,000 pcs", "Weissach Sensortechnik GmbH"], producer="Microsoft® Excel® 2019",
                                               when="20250411151000"), "application/pdf"),
              ("PackingList_KS-E2504-011.pdf", pdf(["PACKING LIST KS-E2504-011", "1 carton 2.4 kg"], producer="Microsoft® Excel® 2019", when="20250411151000"), "application/pdf")])
t13_me = t13.last
sieve_t = at(2025, 4, 11, 8, 21, BER)
emit(katrin, "bulk", sieve_t, [(None, me.email)], None, "Abwesenheitsnotiz: Re: Call-off April/May - PO 4500-2025-031 (KXO-32 24 MHz)", after(t13_me),
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.04.2025 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails.\n"
     "In dringenden Fällen wenden Sie sich bitte an einkauf@weissach-sensor.example oder Tel. +49 7044 9183-200.\n\nThank you for your message. I am out of the office until "
     "22 April 2025 with limited access to e-mail. For urgent matters please contact einkauf@weissach-sensor.example or call +49 7044 9183-200.\n\nKatrin Vogel",
     cs=("utf-8", "8bit"), nohtml=True, infra="weissach-sieve", mid=f"<dovecot-sieve-{int(sieve_t.timestamp())}-{R.randint(100000, 999999)}-0@mail.weissach-sensor.example>",
     extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")], label=GH,
     scen=("G7", "German customer's Sieve vacation reply ('Abwesenheitsnotiz', Auto-Submitted: auto-replied)"))
t13.add(jonas, "Dear Mr. Tanaka,\n\nKatrin is on holiday until 22 April, so I am taking care of her mails in the meantime. The April lot arrived this morning, all fine.\n\nRegards\nJonas Brandt",
        at(2025, 4, 14, 9, 10, BER), G, cc=[(katrin.name, katrin.email)])
t13.add(me, TE("Mr. Brandt", "Thank you for the confirmation."), at(2025, 4, 14, 17, 0), to=[(jonas.name, jonas.email)], cc=[(katrin.name, katrin.email)])
# A6: Katrin's own account and Thunderbird/Postfix path (identical headers) while she is on holiday: German text in an English thread,
# SharePoint link on an unrelated tenant, and the quoted mail of Tanaka altered to announce a "document portal"
q = dict(t13_me)
q["plain"] = q["plain"].replace("Invoice and packing list are attached.", "Invoice and packing list will be shared via your document portal as agreed.")
t13.add(katrin, "Hallo Herr Tanaka,\n\nvielen Dank für die Lieferung. Anbei wie besprochen der aktualisierte Lieferplan für Mai/Juni sowie die geänderten Zahlungsbedingungen.\n"
        "Die Dokumente wurden für Sie über SharePoint freigegeben:\n\n"
        f"https://brenner-stb-my.sharepoint.com/:b:/g/personal/kanzlei_brenner-stb_de/E{alnum(42)}?e={alnum(6)}\n\nBitte bestätigen Sie kurz den Erhalt.\n\n"
        "Mit freundlichen Grüßen\nKatrin Vogel", at(2025, 4, 16, 7, 48, BER), HJ("server-hijack"), parent=t13_me, quote_text=q["plain"],
        scen=("A6", "customer's own account and Thunderbird/Postfix path while she is on holiday (her vacation reply is in the mailbox): German text in an English "
                    "thread, SharePoint link on an unrelated tenant, Tanaka's quoted mail altered to announce a 'document portal'"))

# ================================================================ T14 Redwood Components (US, M365): Q2 allocation; A7 server hijack with an .ics invite
t14 = Thread("T14", "Q2 allocation - 0402 X7R 100nF (RCC0402X7R104K)", mike, lang="en")
t14.add(mike, "Hi Tanaka-san,\n\nHeads-up: the factory has put the 0402 X7R 100nF family on allocation for Q2. To protect your Merlion and Keihan programs, please send me your Q2 "
        "requirements by Feb 28 so I can submit them with our allocation request.", at(2025, 2, 18, 8, 40, PAC))
t14.add(me, TE("Mike-san", "Thank you for the early warning. Our Q2 requirements for RCC0402X7R104K:\n\n- April: 120k\n- May: 100k\n- June: 120k\n\n"
                           "Total 340k (Merlion 260k, Keihan and others 80k)."), at(2025, 2, 19, 10, 30))
t14.add(mike, "Hi Tanaka-san,\n\nGot it - submitted today. I expect to confirm allocation quantities mid-March.", at(2025, 2, 20, 9, 15, PAC), G)
t14.add(mike, "Hi Tanaka-san,\n\nAllocation confirmed: 80% of the requested volume, i.e. 272k for Q2 (April 96k / May 80k / June 96k). Sorry I couldn't get the full amount.",
        at(2025, 3, 14, 17, 5, PAC), G)
t14.add(me, TE("Mike-san", "Thank you. Is there any way to cover the remaining 68k?"), at(2025, 3, 17, 9, 20))
t14.add(mike, "Hi Tanaka-san,\n\nWe have 60k in our Hong Kong stock from a cancelled order. I can offer it at +6% over contract price, shipping within a week of PO.", at(2025, 3, 17, 10, 40, PAC), G)
t14.add(me, TE("Mike-san", "Please go ahead with the 60k from the Hong Kong stock at +6%. Our PO will follow today."), at(2025, 3, 18, 9, 30))
a7_t = at(2025, 4, 1, 23, 40, PAC)
t14.add(mike, "Hi Tanaka-san,\n\nLet's have a quick call on the HK stock pricing and the Q3 allocation outlook. Invite attached - please accept and join via the link in the invite.",
        a7_t, HJ("server-hijack"), quote=False,
        atts=[("Q2 allocation review.ics", ics(f"040000008200E00074C5B7101A82E008{HX(40)}", "Redwood / Kasuga - Q2 allocation review",
                                               "Join the meeting now\nhttps://teams-live-join.example/l/meetup-join/19%3ameeting_" + alnum(48) + "%40thread.v2/0?context=%7b%22Tid%22%3a%22"
                                               + ruuid() + "%22%7d\nMeeting ID: 284 771 903 226\nPasscode: Xq7uP2", at(2025, 4, 3, 16, 0, PAC), at(2025, 4, 3, 16, 30, PAC),
                                               (mike.name, mike.email), (me.name, me.email), "Microsoft Teams Meeting"), "text/calendar; method=REQUEST")],
        scen=("A7", "US distributor's M365 account (same Outlook/EXO headers): 23:40 local, meeting-invite .ics whose join link is a Teams look-alike domain, no quote"))

# ================================================================ T15 Redwood: RMA via the portal (notifications without reply headers)
t15 = Thread("T15", "RMA request: 0603 X5R 10uF reels with mixed labels", mike, lang="en")
t15.add(me, TE("Mike-san", "We received 4 reels of RCC0603X5R106M (delivered on 28 November) whose reel labels show two different date codes, and our customer refuses to accept them.\n"
                           "Could you arrange an RMA?"), at(2024, 12, 5, 10, 0))
t15.add(mike, "Hi Tanaka-san,\n\nSorry about that. I've pre-approved the return - please file it in our RMA portal (rma.redwood-components.example) referencing invoice 7734102. "
        "You'll get the return label by email.", at(2024, 12, 4, 17, 45, PAC), G)
rma = P("Redwood RMA Portal", "rma-noreply@redwood-components.example", "bulk", "rma", tz=UTC)


def rma_note(t, subj, text, label=None, scen=None):
    url = "https://rma.redwood-components.example/rma/24-1187"
    plain = f"{text}\n\nView RMA: {url}\n\nRedwood Components, Inc. | 2150 Ringwood Ave, San Jose, CA 95131\nThis is an automated message from the Redwood RMA Portal. Please do not reply."
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><table width="600"><tr><td style="background:#7a1f1f;color:#fff;padding:12px">'
            'Redwood Components - RMA Portal</td></tr><tr><td style="padding:16px">' + "<br>".join(H.escape(l) for l in text.split("\n"))
            + f'<p><a href="{url}" style="background:#7a1f1f;color:#fff;padding:8px 16px;text-decoration:none">View RMA 24-1187</a></p></td></tr>'
              '<tr><td style="font-size:11px;color:#777;padding:12px">This is an automated message from the Redwood RMA Portal. Please do not reply.</td></tr></table></body></html>')
    return bulk(rma, t, subj, plain, html, cs=("UTF-8", "quoted-printable"), to=[(me.name, me.email)],
                mid=f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 9)}>", extra=[("X-SG-EID", alnum(60)), ("X-Entity-ID", alnum(22)), ("Auto-Submitted", "auto-generated")],
                label=label, scen=scen)


rma_note(at(2024, 12, 6, 0, 35, UTC), "RMA 24-1187 approved - return instructions",
         "Hello Hiroshi Tanaka,\n\nYour RMA request 24-1187 (invoice 7734102, 4 reels RCC0603X5R106M) has been approved.\nPlease print the return label and attach it to the outer carton:\n"
         "https://rma.redwood-components.example/rma/24-1187/label.pdf\nReturn address: Redwood Components (HK) Ltd., Unit 12, 9/F, Kwai Chung Logistics Centre, Hong Kong",
         GH, ("G13", "distributor's RMA-portal notification with links (no reply headers)"))
t15.add(me, TE("Mike-san", "The 4 reels were shipped back today with the RMA label (DHL 3381 9920 44)."), at(2024, 12, 9, 11, 30))
rma_note(at(2024, 12, 16, 2, 12, UTC), "RMA 24-1187 - goods received", "Hello Hiroshi Tanaka,\n\nWe have received the goods for RMA 24-1187. Our quality team will inspect them within 5 business days.")
t15.add(mike, "Hi Tanaka-san,\n\nCredit memo CM-88213 for the 4 reels has been issued and applied to your account. Replacement reels with a single date code shipped yesterday.",
        at(2025, 1, 8, 9, 25, PAC), G)

# ================================================================ T16 Redwood AR: statement of account; O1 reply-all adding Tanaka to an internal Redwood mail
t16 = Thread("T16", "Statement of account as of 31 December 2024", jennifer, lang="en")
t16.add(me, TE("Ms. Park", "Could you kindly send us a statement of account as of 31 December 2024? Our accounting department needs it for the year-end reconciliation."),
        at(2025, 1, 9, 9, 50))
t16.add(jennifer, "Dear Tanaka-san,\n\nPlease find attached the statement of account as of December 31, 2024. Remit-to details are unchanged and shown on the statement.",
        at(2025, 1, 9, 9, 30, PAC), GH, scen=("G29", "distributor's accounts receivable sends the requested statement with (unchanged) remit-to bank details"),
        atts=[("Redwood_Statement_KASUGA_20241231.pdf", pdf(["STATEMENT OF ACCOUNT as of 12/31/2024", "Customer: Kasuga Denshi Shoji Co., Ltd. (C-20418)", "Balance due USD 48,210.36",
                                                            "Remit to: Pacific Coast National Bank, San Jose  SWIFT PCNBUS6S  A/C 4412-009183"],
                                                           producer="Oracle BI Publisher 12.2.1.4.0", when="20250109092500", zone="-08'00'"), "application/pdf")])
t16.add(me, TE("Ms. Park", "Well received, thank you."), at(2025, 1, 10, 9, 15))
carlos_mid = f"<BY5PR17MB6612{HX(16)}@BY5PR17MB6612.namprd17.prod.outlook.com>"
c_rec = dict(t=at(2025, 4, 21, 17, 12, PAC), name="Carlos Mendes", email="cmendes@redwood-components.example", to=[(mike.name, mike.email)], cc=[], tz=PAC,
             subj="Kasuga Osaka - HK stock 60k shipment", plain="Mike,\n\nHK warehouse can release the 60k RCC0402X7R104K on Thursday 4/24. Do you want me to send the docs to Kasuga "
                                                               "directly?\n\nCarlos")
o1_t = at(2025, 4, 22, 8, 20, PAC)
o1 = emit(mike, "ol365us", o1_t, [(me.name, me.email)], [("Carlos Mendes", "cmendes@redwood-components.example")], "RE: Kasuga Osaka - HK stock 60k shipment", [carlos_mid],
          "Adding Tanaka-san.\n\nTanaka-san - Carlos confirms the 60k RCC0402X7R104K from our Hong Kong stock ship on Apr 24 via DHL; the AWB will follow.\n\n" + mike.sig
          + quote_of("ol365us", c_rec), label=GO, topic="Kasuga Osaka - HK stock 60k shipment",
          scen=("O1", "distributor replies to an internal colleague's mail and adds Tanaka (parent not in the mailbox)"))
t16b = Thread("T16b", "Kasuga Osaka - HK stock 60k shipment", mike, lang="en")
t16b.add(me, TE("Mike-san, Carlos-san", "Thank you for the update. We will inform Merlion accordingly."), at(2025, 4, 23, 9, 40), cc=[("Carlos Mendes", "cmendes@redwood-components.example")],
         parent=dict(t=o1_t, name=mike.name, email=mike.email, to=[(me.name, me.email)], cc=[("Carlos Mendes", "cmendes@redwood-components.example")], tz=PAC,
                     subj="RE: Kasuga Osaka - HK stock 60k shipment", mid=o1, refs=[carlos_mid],
                     plain="Adding Tanaka-san.\n\nTanaka-san - Carlos confirms the 60k RCC0402X7R104K from our Hong Kong stock ship on Apr 24 via DHL; the AWB will follow.\n\n" + mike.sig))

# ================================================================ T17 internal: monthly sales forecast with the assistant (xlsx every month; once a file-server path)
OSAKA_ALL = ("大阪支店 全員", f"osaka-all@{OWN}")
months = [((2024, 10, 3), "摂津計装様のABF-40は11月計上ではなく12月計上になります。"), ((2024, 11, 6), "京阪ロボティクス様の評価ボード貸出分は売上に含めないでください。"),
          ((2024, 12, 4), "宏曜電子の輸入分（HY-PT3225）は1月計上に修正をお願いします。"), ((2025, 1, 8), "Merlion様の追加1万個は2月計上です。"),
          ((2025, 2, 5), "KD8833の初回900個は4月計上でお願いします。"), ((2025, 3, 5), "Redwood香港在庫分の6万個を4月見込みに追加してください。"),
          ((2025, 4, 3), "小林さんの引継ぎ顧客分を別シートに分けてください。"), ((2025, 5, 8), "Weissach様のWSM-40案件は9月以降の見込みとして追加をお願いします。"),
          ((2025, 6, 4), "森下製作所経由のハーネス加工分を追加してください。")]
t17 = Thread("T17", "【売上見込】営業二課 月次更新", yamamoto)
for i, ((y, mo, d), corr) in enumerate(months):
    ym = f"{y}{mo:02d}"
    # the assistant keeps answering the same thread every month, so the subject stays "RE: 【売上見込】..."
    t17.add(yamamoto, f"田中課長\n\nお疲れさまです。山本です。\n{mo}月度（{mo}/{d}時点）の売上見込を更新しましたので送付します。\nご確認をお願いします。", at(y, mo, d, 9, 35 + i % 3 * 7),
            G if i else None, atts=[(f"売上見込_営業二課_{ym}.xlsx", ooxml("xl", [f"{mo}月度 売上見込 営業二課", "摂津計装", "京阪ロボティクス", "Merlion", "Weissach"],
                                                                        author="山本 美咲", company="春日電子商事株式会社", when=f"{y}-{mo:02d}-{d:02d}T00:30:00Z"), XLSX)])
    t17.add(me, f"山本さん\n\nお疲れさまです。田中です。\nありがとうございます。\n{corr}\n修正をお願いします。\n\nよろしくお願いします。", at(y, mo, d, 13, 5 + i * 4))
    if (y, mo) == (2025, 4):
        t17.add(yamamoto, f"田中課長\n\nお疲れさまです。山本です。\n修正しました。ファイルが大きくなったので、今回から共有フォルダに置いています。\n\n"
                f"\\\\ksg-fs01\\大阪支店\\営業二課\\売上見込\\{y}年{mo}月度\\売上見込_営業二課_{ym}_rev1.xlsx\n\nよろしくお願いします。", at(y, mo, d, 15, 40), GH,
                scen=("G15", "assistant sends a file-server path instead of the usual attachment in the monthly internal thread"))
    else:
        t17.add(yamamoto, "田中課長\n\nお疲れさまです。山本です。\n修正しました。再送します。\n\nよろしくお願いします。", at(y, mo, d, 15, 10 + i * 3), G,
                atts=[(f"売上見込_営業二課_{ym}_rev1.xlsx", ooxml("xl", [f"{mo}月度 売上見込 営業二課 rev1"], author="山本 美咲", company="春日電子商事株式会社",
                                                               when=f"{y}-{mo:02d}-{d:02d}T06:00:00Z"), XLSX)])

# ================================================================ T20 internal: branch manager forwards a web-form inquiry (FW:) -> new customer on Google Workspace
t20 = Thread("T20", "FW: 【お問い合わせ】産業用ゲートウェイ向けコネクタについて", sato)
WEBFORM = ("■会社名：株式会社ノースリンク\n■部署：開発部\n■お名前：工藤 亜希子\n■メールアドレス：a-kudo@northlink-sys.example\n■電話番号：06-6455-8120\n■お問い合わせ内容：\n"
           "産業用IoTゲートウェイの新機種で、USB Type-Cレセプタクルと基板対基板コネクタの採用を検討しています。\n年間5,000台規模です。取り扱いメーカーと価格帯を教えてください。\n\n"
           "-- \nこのメールは春日電子商事Webサイトのお問い合わせフォームから送信されました。\nhttps://www.kasuga-denshi.example/contact/")
t20.add(sato, "田中さん\n\n本社経由でWebサイトから問い合わせが来ています。\n大阪の会社なので、対応をお願いします。\n\n佐藤\n\n" + sato.sig
        + quote_of("olown", dict(t=at(2025, 2, 3, 17, 42), name="春日電子商事 Webサイト", email=f"webform@{OWN}", to=[(None, f"info@{OWN}")], cc=[],
                                 subj="【お問い合わせ】産業用ゲートウェイ向けコネクタについて", plain=WEBFORM)),
        at(2025, 2, 4, 9, 20), GH, sig=False, quote=False, scen=("G19", "branch manager forwards (FW:) a web-form inquiry from a new prospect"))
t20.add(me, "佐藤支店長\n\nお疲れさまです。田中です。\n承知しました。本日中に工藤様へ連絡します。\n\nよろしくお願いします。", at(2025, 2, 4, 10, 5))
t20.add(sato, "田中さん\n\nよろしく。\n\n佐藤", at(2025, 2, 4, 10, 20), G, sig=False)
kudo = P("工藤 亜希子", "a-kudo@northlink-sys.example", "gmail", "gws-northlink",
         "--\n株式会社ノースリンク 開発部\n工藤 亜希子\nTEL: 06-6455-8120\nhttps://www.northlink-sys.example/", short="工藤")
t26 = Thread("T26", "【春日電子商事】お問い合わせの件（産業用ゲートウェイ向けコネクタ）", kudo)
t26.add(me, TJ("株式会社ノースリンク\n開発部 工藤様", "はじめてご連絡いたします。\n弊社Webサイトよりお問い合わせいただき、誠にありがとうございます。\n\n"
                 "USB Type-CレセプタクルはXindayuan Electronics（深セン）のXD-UC16-R、基板対基板コネクタはアオバ電子のABF-40シリーズをご提案できます。\n"
                 "年間5,000台規模ですと、参考単価はそれぞれ約38円、約50円（1セット）となります。\n\n一度、お打ち合わせのお時間をいただけますでしょうか。", close="何卒よろしくお願いいたします。")
        .replace("いつもお世話になっております。\n", ""), at(2025, 2, 4, 14, 0))
t26.add(kudo, "春日電子商事株式会社\n田中様\n\nご連絡ありがとうございます。ノースリンクの工藤です。\n\nご提案いただいた2品、いずれも候補になりそうです。\n"
        "2月12日（水）の午後でしたら社内にいますので、お越しいただけますでしょうか。\n住所は署名に記載のとおりです。\n\nよろしくお願いいたします。", at(2025, 2, 5, 11, 40), G)
t26.add(me, TJ("工藤様", "ありがとうございます。2月12日（水）14時にお伺いいたします。\n当日はサンプルとデータシートを持参いたします。"), at(2025, 2, 5, 13, 20))

# ================================================================ T21 internal: a new colleague joins (announced) and writes himself
bc = emit(sato, "olown", at(2025, 4, 1, 9, 0), [OSAKA_ALL], None, "【着任】営業二課 小林翔太さん", [],
          "大阪支店の皆さん\n\nお疲れさまです。佐藤です。\n本日4月1日付で、東京本社 営業一課から小林 翔太さんが営業二課に着任しました。\n"
          "主に摂津計装様、京阪ロボティクス様など、東大阪・北河内エリアを担当していただく予定です。\n皆さん、よろしくお願いします。\n\n佐藤")
t21 = Thread("T21", "引継ぎ資料の送付（小林）", kobayashi)
t21.add(kobayashi, "田中課長\n\nお疲れさまです。本日から営業二課でお世話になります、小林です。\n東京で担当していた顧客のうち、大阪で継続して対応するものを一覧にしましたので送付します。\n"
        "優先度の高い案件に印をつけています。\nお時間のあるときにご確認いただけますと幸いです。\n\nよろしくお願いいたします。", at(2025, 4, 2, 9, 40), GH,
        scen=("G16", "new colleague (announced the day before) writes for the first time, with an xlsx"),
        atts=[("引継ぎ顧客リスト_小林_20250402.xlsx", ooxml("xl", ["引継ぎ顧客リスト", "株式会社ノースリンク ◎", "丸和電材 ○"], author="小林 翔太", company="春日電子商事株式会社",
                                                     when="2025-04-02T00:30:00Z"), XLSX)])
t21.add(me, "小林さん\n\nお疲れさまです。田中です。\n資料ありがとうございます。確認しました。\n明日10時から30分ほど、担当顧客の割り振りについて打ち合わせしましょう。\n\nよろしくお願いします。",
        at(2025, 4, 2, 11, 0))
t21.add(kobayashi, "田中課長\n\n承知しました。明日10時に伺います。\n\n小林", at(2025, 4, 2, 11, 15), G, sig=False)

# ================================================================ T24 Settsu: buyer handover (announced) -> the new buyer's first order; the new colleague joins in Cc
t24 = Thread("T24", "【ご挨拶】担当者変更のお知らせ", onishi)
t24.add(onishi, "春日電子商事株式会社\n田中様\n\nいつもお世話になっております。\n摂津計装の大西です。\n\n私事で恐縮ですが、4月1日付で生産管理課へ異動することになりました。\n"
        "後任の購買担当は、同じ購買課の井上 さくらが務めます（CCに入れております）。\n在任中は大変お世話になり、誠にありがとうございました。\n"
        "引き続き変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。", at(2025, 3, 28, 15, 0), cc=[(inoue.name, inoue.email)])
t24.add(me, TJ("大西様\n（CC：井上様）", "ご丁寧にご連絡いただきありがとうございます。\n大西様には大変お世話になりました。新しい部署でのご活躍をお祈りしております。\n"
                 "井上様、今後ともどうぞよろしくお願いいたします。\nなお、弊社も4月より担当として小林が加わりますので、あらためてご紹介させてください。"), at(2025, 3, 28, 16, 30),
        cc=[(inoue.name, inoue.email)])
t24.add(inoue, "田中様\n\nはじめまして。摂津計装 購買課の井上と申します。\n4月より大西の後任として購買を担当しております。どうぞよろしくお願いいたします。\n\n"
        "さっそくですが、5月分の注文書を送付いたします。\n・ABF-40P 1,500個\n・ABF-40R 1,500個\n・希望納期：5月16日\n\n納期のご回答をお願いいたします。\n\nよろしくお願いいたします。",
        at(2025, 4, 3, 10, 20), GH, scen=("G32", "partner's new buyer (handover announced) writes for the first time, with an order PDF"),
        atts=[("注文書_SK-2504-006.pdf", pdf(["注文書  No. SK-2504-006", "春日電子商事株式会社 御中", "ABF-40P  1,500個", "ABF-40R  1,500個", "納期：2025年5月16日",
                                           "摂津計装株式会社 購買課"], producer="PDF-XChange Core API SDK (8.0)", when="20250403101500", title="注文書"), "application/pdf")])
t24.add(me, TJ("井上様", "注文書 SK-2504-006 を確かに受領いたしました。\n納期は4月7日（月）までにご回答いたします。\nまた、4月より弊社営業二課に着任した小林をCCに入れております。\n"
                 "今後は小林も窓口を務めますので、よろしくお願いいたします。"), at(2025, 4, 3, 13, 40), to=[(inoue.name, inoue.email)], cc=[(kobayashi.name, kobayashi.email)])
t24.add(inoue, "田中様\n（CC：小林様）\n\nご連絡ありがとうございます。\n小林様、今後ともよろしくお願いいたします。\n\nよろしくお願いいたします。", at(2025, 4, 4, 9, 15), G,
        cc=[(kobayashi.name, kobayashi.email)])
t24.add(kobayashi, "井上様\n（CC：田中）\n\nはじめまして。春日電子商事の小林です。\nご丁寧にありがとうございます。4月より営業二課で担当させていただくことになりました。\n"
        "近日中にごあいさつに伺えればと存じます。\n\nよろしくお願いいたします。", at(2025, 4, 4, 10, 2), G, to=[(inoue.name, inoue.email)], cc=[(me.name, me.email)])
t24.add(me, TJ("井上様\n（CC：小林）", "納期のご回答です。\n・ABF-40P 1,500個：5月14日出荷（5月15日着）\n・ABF-40R 1,500個：5月14日出荷（5月15日着）\nご希望の5月16日に間に合います。"),
        at(2025, 4, 7, 11, 0), to=[(inoue.name, inoue.email)], cc=[(kobayashi.name, kobayashi.email)])
t24.add(inoue, "田中様\n\nご回答ありがとうございます。承知いたしました。\n\nよろしくお願いいたします。", at(2025, 4, 7, 13, 25), G, cc=[(kobayashi.name, kobayashi.email)])

# ================================================================ internal notices (General Affairs, IT) and their fakes
soumu_sig = "\n\n総務部 井口\n内線 2210"
emit(soumu, "olown", at(2024, 11, 11, 9, 0), [("全社員", f"all-staff@{OWN}")], None, "【年末調整】2024年分 年末調整の手続きについて（11月29日締切）", [],
     "各位\n\nお疲れさまです。総務部です。\n今年も人事システム上で年末調整の申告を受け付けます。\n\n■申告期限：2024年11月29日（金）\n"
     f"■申告サイト：https://jinji.{OWN}/nencho/ （社内ネットワークまたはVPN接続時のみ）\n■生命保険料控除証明書等の原本は、各拠点の総務担当へ提出してください。\n\n"
     "源泉徴収票は、例年どおり1月下旬に紙で配布します。" + soumu_sig, label=GH,
     scen=("G24", "internal General Affairs notice (year-end tax adjustment) with a link to the company's own HR system, no reply headers"))
emit(soumu, "olown", at(2025, 1, 10, 9, 0), [("全社員", f"all-staff@{OWN}")], None, "【総務】2024年分 源泉徴収票の配布について", [],
     "各位\n\nお疲れさまです。総務部です。\n2024年分の源泉徴収票は、1月20日（月）以降、各拠点の総務担当から紙で配布します。\n電子交付は行っておりませんので、ご注意ください。" + soumu_sig)
emit(soumu, "olown", at(2025, 3, 3, 9, 0), [("全社員", f"all-staff@{OWN}")], None, "【総務】2025年度 定期健康診断の日程について", [],
     "各位\n\nお疲れさまです。総務部です。\n2025年度の定期健康診断は、大阪支店は5月22日（木）・23日（金）に実施します。\n受診日の希望を4月11日までに各拠点の総務担当へ連絡してください。" + soumu_sig)
emit(soumu, "olown", at(2025, 6, 2, 9, 0), [("全社員", f"all-staff@{OWN}")], None, "【総務】夏季休暇の取得について", [],
     "各位\n\nお疲れさまです。総務部です。\n2025年度の夏季一斉休業は8月13日（水）〜8月15日（金）です。\n前後での計画的な休暇取得にご協力ください。" + soumu_sig)
it_mfa = emit(helpdesk, "olown", at(2025, 2, 10, 9, 0), [("全社員", f"all-staff@{OWN}")], None, "【情報システム部】リモートアクセス(VPN) 多要素認証の登録のお願い（2/28まで）", [],
              "全社員各位\n\nお疲れさまです。情報システム部です。\nセキュリティ強化のため、3月1日よりリモートアクセス(VPN)に多要素認証を必須とします。\n"
              "2月28日までに、以下の社内ポータルから認証アプリの登録をお願いします。\n\n"
              f"登録手順・登録ページ：https://portal.{OWN}/it/mfa/\n（社内ネットワークから接続してください）\n\n不明点はServiceDesk（内線7000）までお問い合わせください。\n\n情報システム部",
              label=GH, scen=("G23", "internal IT notice asking everyone to register MFA, link to the company's own portal"))
it_mfa_rec = dict(t=at(2025, 2, 10, 9, 0), name=helpdesk.name, email=helpdesk.email, to=[("全社員", f"all-staff@{OWN}")], cc=[], tz=JST,
                  subj="【情報システム部】リモートアクセス(VPN) 多要素認証の登録のお願い（2/28まで）", mid=it_mfa, refs=[],
                  plain="全社員各位\n\nお疲れさまです。情報システム部です。\nセキュリティ強化のため、3月1日よりリモートアクセス(VPN)に多要素認証を必須とします。\n"
                        "2月28日までに、以下の社内ポータルから認証アプリの登録をお願いします。\n\n"
                        f"登録手順・登録ページ：https://portal.{OWN}/it/mfa/\n（社内ネットワークから接続してください）\n\n不明点はServiceDesk（内線7000）までお問い合わせください。\n\n情報システム部")
sd_note(at(2024, 11, 5, 10, 12), "INC0010423", "共有フォルダ（営業二課）にアクセスできない", "受付", "お問い合わせを受け付けました。担当者から連絡いたします。")
sd_note(at(2024, 11, 5, 14, 40), "INC0010423", "共有フォルダ（営業二課）にアクセスできない", "解決", "アクセス権の設定を修正しました。再度アクセスをお試しください。")
sd_note(at(2025, 2, 12, 16, 2), "INC0011102", "VPNの多要素認証の登録画面でQRコードが表示されない", "受付", "お問い合わせを受け付けました。担当者から連絡いたします。")
sd_note(at(2025, 2, 13, 11, 30), "INC0011102", "VPNの多要素認証の登録画面でQRコードが表示されない", "解決",
        "ブラウザのキャッシュが原因でした。リモートで削除し、登録が完了したことを確認しました。", label=GH,
        scen=("G22", "internal ServiceDesk ticket notification (auto-generated, link to the ticket system)"))
sd_note(at(2025, 5, 21, 9, 20), "INC0011876", "不審なメール（山本さんのアカウントから）の報告", "受付",
        "お問い合わせを受け付けました。該当アカウントのパスワードはリセット済みです。リンクは開かないでください。")
# A14: the assistant's own Exchange account used through OWA from abroad at 02:41 (same internal path and Message-ID shape; English browser,
# UTF-8 HTML, foreign originating IP): "re-register MFA" link to a look-alike SSO host, quoting the real IT notice with an English OWA header
a14_t = at(2025, 5, 20, 2, 41)
a14_plain = ("田中課長\n\nお疲れさまです。山本です。\n情報システム部から、多要素認証の再登録が完了していない人は今週中に再登録が必要と連絡がありました。\n"
             "課長のアカウントもまだ完了していないようですので、下記から再登録をお願いします。\n\nhttps://kasuga-denshi.mfa-reregister.example/sso/register?user=h-tanaka\n\n山本"
             "\n\n________________________________\nFrom: 情報システム部 ヘルプデスク <it-helpdesk@kasuga-denshi.example>\nSent: Monday, February 10, 2025 9:00 AM\n"
             "To: 全社員 <all-staff@kasuga-denshi.example>\nSubject: " + it_mfa_rec["subj"] + "\n\n" + it_mfa_rec["plain"])
emit(yamamoto, "owa", a14_t, [(me.name, me.email)], None, "RE: " + it_mfa_rec["subj"], [it_mfa], a14_plain, infra="own-owa", xoip="185.243.115.72", alang="en-US",
     html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">'
          + "<br>".join(H.escape(l) for l in a14_plain.split("\n")[:10]) + '</div><hr><div id="divRplyFwdMsg">' + "<br>".join(H.escape(l) for l in a14_plain.split("\n")[10:])
          + "</div></body></html>", label=HJ("account-takeover"),
     scen=("A14", "assistant's own mailbox used via OWA from a foreign IP at 02:41 (English browser, UTF-8 HTML): 'MFA re-registration' link to a look-alike SSO host, "
                  "replying to the genuine IT notice"))

# ================================================================ fake threads from strangers
# A11: "voicemail" with an SVG attachment, reply subject, References to nothing in the mailbox, no quote
vm = P("ボイスメール通知サービス", "no-reply@voicebox-notify.example", "bulk", "voicebox", tz=UTC)
a11_t = at(2024, 11, 27, 10, 50)
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="480" height="160" viewBox="0 0 480 160">\n'
       '<rect width="480" height="160" rx="12" fill="#f1f3f6"/>\n<text x="24" y="48" font-family="Meiryo, sans-serif" font-size="18">新しいボイスメッセージ (0:47)</text>\n'
       f'<a xlink:href="https://voicebox-notify.example/vm/play?id={alnum(20)}&amp;r=aC10YW5ha2FAa2FzdWdhLWRlbnNoaS5leGFtcGxl">\n'
       '<rect x="24" y="80" width="180" height="44" rx="22" fill="#2b6cb0"/><text x="60" y="108" font-family="Meiryo, sans-serif" font-size="16" fill="#fff">▶ 再生する</text>\n</a>\n'
       '<script type="text/javascript"><![CDATA[\n/* inert probe placeholder: a real sample would redirect here */\n]]></script>\n</svg>\n').encode()
bulk(vm, a11_t, "RE: 【不在着信】06-6263-5170 宛の新しいボイスメッセージ（0:47）",
     "田中 浩 様\n\n新しいボイスメッセージがあります。\n\n発信者：06-6781-2231\n受信日時：2024年11月27日 10:42\n長さ：0分47秒\n\n添付ファイルを開いて、メッセージを再生してください。\n\n"
     "※このメールは送信専用アドレスから配信されています。", None, cs=("UTF-8", "base64"), to=[(me.name, me.email)],
     refs=[f"<{hx(16)}.{R.randint(1000, 9999)}@voicebox-notify.example>"], mid=f"<{hx(32)}@voicebox-notify.example>",
     atts=[("VoiceMessage_20241127_1042.svg", svg, "image/svg+xml")], label=HJ("fake-thread"),
     scen=("A11", "stranger 'voicemail' notice with a reply subject and a References id not in the mailbox, caller number of a real partner, SVG attachment "
                  "with a play link (no quote)"))
# A12: "Re:" of a General Affairs notice that never existed in this form, fabricated Outlook quote, HTML attachment with a login form
a12_t = at(2025, 1, 15, 8, 12)
meisai = P("Web給与明細 配信センター", "info@webmeisai-service.example", "bulk", "meisai", tz=UTC)
fake_q = ("-----Original Message-----\n差出人: 総務部 <soumu@kasuga-denshi.example> \n送信日時: 2025年1月10日 9:00\n宛先: 全社員 <all-staff@kasuga-denshi.example>\n"
          "件名: 【年末調整】2024年分 源泉徴収票の電子交付について\n\n> 各位\n>\n> 2024年分の源泉徴収票は、Web給与明細サービスにて電子交付いたします。\n"
          "> 配信センターからのご案内に従い、期限までに内容をご確認ください。\n>\n> 総務部")
html_att = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>源泉徴収票（2024年分）</title></head><body style="font-family:Meiryo,sans-serif;background:#eef2f7">'
            '<div style="width:360px;margin:80px auto;background:#fff;padding:28px;border-radius:8px"><h2 style="font-size:18px">Web給与明細 ログイン</h2>'
            '<p>源泉徴収票（2024年分）を表示するにはログインしてください。</p><form method="post" action="https://webmeisai-kakunin.example/auth/login.php">'
            '<input type="hidden" name="c" value="kasuga-denshi"><p>社員番号<br><input name="id" style="width:100%"></p><p>パスワード<br><input name="pw" type="password" style="width:100%"></p>'
            '<p><button type="submit">ログイン</button></p></form><script>/* inert probe placeholder */</script></div></body></html>').encode()
bulk(meisai, a12_t, "Re: 【年末調整】2024年分 源泉徴収票の電子交付について",
     "春日電子商事株式会社\n田中 浩 様\n\nいつもWeb給与明細サービスをご利用いただき、ありがとうございます。\n2024年分の源泉徴収票（電子交付）の準備が整いました。\n\n"
     "添付のファイルを開き、社員番号とパスワードでログインのうえ、内容をご確認ください。\n確認期限：2025年1月24日（金）\n\n"
     "※期限までに確認されない場合、紙での再発行に手数料が発生する場合があります。\n\nWeb給与明細 配信センター\n\n" + fake_q, None, cs=("ISO-2022-JP", "7bit"),
     to=[(me.name, me.email)], refs=[f"<{hx(32)}@KSGEX02.kasuga.local>"], mid=f"<{R.randint(10 ** 9, 10 ** 10)}.{hx(12)}@webmeisai-service.example>", ip="194.87.31.145",
     atts=[("源泉徴収票_2024_田中浩.html", html_att, "text/html")], extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
     label=HJ("fake-thread"), scen=("A12", "stranger 'Re:' of a General Affairs notice with a fabricated Outlook quote (the real notice said paper only), "
                                            "tax-slip HTML attachment with a login form"))
# A16: callback phishing: a "Re:" order confirmation for an anti-virus renewal nobody ordered; the payload is a phone number
a16_t = at(2025, 5, 27, 11, 3)
renew = P("セキュアガード 更新センター", "support@license-renewal-center.example", "bulk", "renew", tz=UTC)
bulk(renew, a16_t, "RE: ご注文確認：ウイルス対策ソフト 法人ライセンス自動更新（3年版）",
     "田中 浩 様\n\nこの度はご注文いただき、誠にありがとうございます。\n下記の内容で自動更新のお手続きが完了いたしました。\n\n製品名：セキュアガード プレミアム 法人版（3年・10台）\n"
     "ご注文番号：SG-JP-2505-884127\nご請求金額：86,900円（税込）\nお支払方法：ご登録のクレジットカード\n\nお心当たりのない場合や、自動更新の停止をご希望の場合は、"
     "24時間以内に下記サポートセンターまでお電話ください。\n\nサポートセンター：050-3184-7720（24時間受付）\n\n※本メールは送信専用です。", None, cs=("UTF-8", "base64"),
     to=[(me.name, me.email)], refs=[f"<SG-JP-2505-884127.{hx(8)}@license-renewal-center.example>"], mid=f"<{hx(24)}@license-renewal-center.example>",
     label=HJ("fake-thread"), scen=("A16", "stranger 'RE:' order confirmation of an anti-virus renewal nobody ordered; the only payload is a phone number to call"))

# ================================================================ the association's mailing list (fml, subject tag and counter, footer)
ml1 = ml_post("jimu", at(2024, 10, 24, 10, 0), "【ご案内】11月例会（技術セミナー）開催のお知らせ",
              "会員各位\n\nいつもお世話になっております。事務局です。\n11月例会を下記のとおり開催いたします。\n\n日時：2024年11月20日（水）15:00〜17:00\n"
              "会場：大阪産業会館 5F 会議室\nテーマ：車載・産業機器向けコネクタの最新動向\n\n詳細は添付の案内状をご覧ください。\n出欠は11月13日までに事務局までご連絡ください。",
              atts=[("11月例会_ご案内.pdf", pdf(["関西電子部品商社懇話会 11月例会のご案内", "2024年11月20日 15:00-17:00", "大阪産業会館 5F"], producer="Microsoft® Word 2016",
                                             when="20241023180000"), "application/pdf")], label=GH,
              scen=("G10", "mailing-list announcement with a PDF flyer (list headers, subject tag, footer)"))
ml2 = ml_post("kitagawa", at(2024, 11, 12, 13, 20), "該非判定書の様式について",
              "北川です。\n\n最近、海外のお客様から該非判定書の様式について、メーカー発行のものではなく商社発行のものを求められるケースが増えています。\n"
              "皆さんの会社では、商社として該非判定書を発行されていますでしょうか。\n運用を教えていただけますと助かります。")
ml2a = ml_post("matsumoto", at(2024, 11, 12, 16, 5), "", "松本です。\n\n弊社では、メーカー発行の判定書を添付したうえで、商社としての確認書を別途発行しています。\n"
               "判定そのものを商社が行うことはしていません。", parent=ml2, label=G, scen=("P-ML-1", "plain mailing-list reply"))
ml2b = ml_post("yoshida", at(2024, 11, 13, 9, 40), "", "吉田です。\n\n先月、業界団体から記載例の改訂版が出ていますので、参考までに。\nhttps://www.cistec-guide.example/gaihi/kisairei_2024.pdf\n\n"
               "弊社も松本さんのところと同じ運用です。", parent=ml2, label=GH, scen=("G9", "mailing-list reply with an external link, list footer and rewritten subject"))
ml3 = ml_post("hirano", at(2025, 1, 16, 11, 0), "春節前後の台湾・中国工場の出荷について",
              "平野です。\n\n今年の春節は1月29日ですが、台湾・中国の工場の出荷停止期間について、各社さんどのくらい見込んでいらっしゃいますか。\n"
              "弊社の取引先では、中国は1月20日頃から2月10日頃まで止まるところが多いようです。")
ml3a = ml_post("kitagawa", at(2025, 1, 16, 14, 30), "", "北川です。\n\n台湾は1月25日〜2月2日が休みのところが多いです。\n中国は工場によって差が大きく、2月中旬まで戻らないところもあります。",
               parent=ml3, label=G, scen=("P-ML-2", "plain mailing-list reply"))
ml3b = ml_post("matsumoto", at(2025, 1, 17, 9, 10), "", "松本です。\n\n弊社は中国の工場には1月15日出荷分までで前倒しをお願いしました。\n2月の入荷は2週目以降で見ています。",
               parent=ml3, label=G, scen=("P-ML-3", "plain mailing-list reply"))
ml4 = ml_post("jimu", at(2025, 2, 20, 10, 0), "【ご案内】3月例会 開催のお知らせ（出欠のご回答は3/7まで）",
              "会員各位\n\n事務局です。\n3月例会を下記のとおり開催いたします。\n\n日時：2025年3月19日（水）15:00〜17:00\n会場：大阪産業会館 5F 会議室\n"
              "テーマ：取引先を装うなりすましメール（BEC）の手口と対策\n講師：大阪府警察 サイバー犯罪対策課\n\n出欠は3月7日までにご返信ください。")
ml4a = ml_post("yoshida", at(2025, 2, 21, 9, 30), "", "吉田です。\n浪速デバイスから2名出席します。", parent=ml4, label=G, scen=("P-ML-4", "plain mailing-list reply"))
ml4b = ml_post("hirano", at(2025, 2, 25, 17, 10), "", "平野です。\n堺パーツから1名出席します。よろしくお願いします。", parent=ml4, label=G, scen=("P-ML-5", "plain mailing-list reply"))
ml5 = ml_post("matsumoto", at(2025, 4, 15, 10, 20), "取引先を装ったなりすましメールの注意喚起",
              "松本です。\n\n先日の例会でもお話がありましたが、弊社でも仕入先を装って振込先の変更を依頼するメールが届きました。\n"
              "ドメインが1文字違いで、本文は過去のやり取りを引用した自然な日本語でした。\n振込先の変更依頼は、必ず登録済みの電話番号で確認するよう社内に再周知しています。\n皆さんもご注意ください。")
ml5a = ml_post("kitagawa", at(2025, 4, 15, 13, 45), "", "北川です。\n\n情報ありがとうございます。弊社にも似たメールが来ました。\nローマ字表記を変えたドメイン（shi→si など）が使われていました。",
               parent=ml5, label=G, scen=("P-ML-6", "plain mailing-list reply"))
ml5b = ml_post("jimu", at(2025, 4, 16, 9, 0), "", "事務局です。\n\n貴重な情報をありがとうございます。\n5月の会報でも注意喚起を掲載いたします。", parent=ml5, label=G,
               scen=("P-ML-7", "plain mailing-list reply"))
ml6 = ml_post("yoshida", at(2025, 5, 22, 15, 0), "MLCC 0402 の供給状況について（情報交換）",
              "吉田です。\n\n0402サイズのX7R品、各社さんの入手状況はいかがでしょうか。\n弊社ではQ2からアロケーションがかかり、要求数の7〜8割しか確保できていません。")
ml6a = ml_post("hirano", at(2025, 5, 22, 17, 30), "", "平野です。\n\n弊社も同じ状況です。代理店の香港在庫で一部補っています。", parent=ml6, label=G,
               scen=("P-ML-8", "plain mailing-list reply"))
ml6b = ml_post("kitagawa", at(2025, 5, 23, 10, 15), "", "北川です。\n\n国内メーカー品への切替えを提案して、何とか回しています。\nQ3も厳しいという話を聞いています。",
               parent=ml6, label=G, scen=("P-ML-9", "plain mailing-list reply"))
ml_post("jimu", at(2025, 6, 10, 10, 0), "【ご案内】2025年度 定時総会のご案内",
        "会員各位\n\n事務局です。\n2025年度の定時総会を7月9日（水）16:00より大阪産業会館にて開催いたします。\n詳細は追ってご案内いたします。")

# ================================================================ trade show, newsletters, carrier and workflow notifications
expo = P("関西エレクトロニクス展2025 事務局", "info@kansai-elex.example", "bulk", "expo")


def expo_note(t, subj, lines):
    url = f"https://www.kansai-elex.example/2025/visitor/?utm_source=mail&utm_campaign={hx(6)}"
    plain = "\n".join(lines) + f"\n\n▼来場登録はこちら\n{url}\n\n――\n関西エレクトロニクス展2025 事務局\n会期：2025年4月16日（水）〜18日（金） 会場：インテックス大阪\n配信停止: https://www.kansai-elex.example/unsubscribe"
    html = ('<html><body style="font-family:Meiryo,sans-serif"><table width="600" align="center"><tr><td style="background:#e85d04;color:#fff;padding:16px;font-size:20px">関西エレクトロニクス展2025</td></tr>'
            '<tr><td style="padding:16px">' + "<br>".join(H.escape(l) for l in lines) + f'<p><a href="{url}" style="background:#e85d04;color:#fff;padding:10px 20px;text-decoration:none">来場登録（無料）</a></p>'
            '</td></tr><tr><td style="font-size:11px;color:#888">配信停止は<a href="https://www.kansai-elex.example/unsubscribe">こちら</a></td></tr></table></body></html>')
    return bulk(expo, t, subj, plain, html, cs=("UTF-8", "base64"), mid=f"<{hx(16)}.{int(t.timestamp())}@kansai-elex.example>",
                extra=[("List-Unsubscribe", "<https://www.kansai-elex.example/unsubscribe>"), ("Precedence", "bulk")])


expo_note(at(2024, 10, 30, 11, 0), "【関西エレクトロニクス展2025】出展者募集・来場登録受付開始のお知らせ", ["いつもお世話になっております。", "関西エレクトロニクス展2025の来場登録を開始しました。"])
expo_note(at(2025, 1, 21, 11, 0), "【関西エレクトロニクス展2025】セミナープログラムを公開しました", ["注目のセミナープログラムを公開しました。", "パワー半導体、車載コネクタ、EMS最新動向など全24講演。"])
expo_note(at(2025, 3, 18, 11, 0), "【関西エレクトロニクス展2025】開催まであと1か月", ["開催まであと1か月となりました。", "事前登録で入場がスムーズになります。"])
expo_note(at(2025, 4, 14, 8, 30), "【関西エレクトロニクス展2025】いよいよ今週開催！来場証のご案内", ["いよいよ4月16日（水）開幕です。", "来場証はマイページからダウンロードできます。"])

t = datetime.datetime(2024, 10, 1, 7, 0, tzinfo=JST); no = 412
while t < datetime.datetime(2025, 6, 20, tzinfo=JST):
    eparts_issue(t + TD(minutes=R.randint(0, 20)), no); no += 1; t += TD(days=7)
t = datetime.datetime(2024, 10, 3, 10, 0, tzinfo=JST); vol = 236
while t < datetime.datetime(2025, 6, 20, tzinfo=JST):
    if not (t.month == 1 and t.day < 6) and not (t.month == 12 and t.day > 26): chipbay_issue(t + TD(minutes=R.randint(0, 30)), vol); vol += 1
    t += TD(days=14)
yamabiko_note(at(2024, 10, 21, 16, 40), "4417-2288-1034", "京阪ロボティクス株式会社", done=False)
yamabiko_note(at(2024, 11, 15, 17, 5), "4417-2289-5521", "摂津計装株式会社", done=False)
yamabiko_note(at(2024, 12, 16, 15, 30), "4417-2291-2266", "有限会社 森下製作所", done=False)
yamabiko_note(at(2025, 1, 21, 11, 15), "4417-2292-7710", "京阪ロボティクス株式会社")
yamabiko_note(at(2025, 2, 4, 16, 50), "4417-2293-0148", "摂津計装株式会社", done=False)
yamabiko_note(at(2025, 2, 12, 10, 5), "4417-2293-4402", "株式会社ノースリンク", label=GH,
              scen=("G30", "carrier's delivery notification with a tracking link (Shift_JIS, no reply headers)"))
yamabiko_note(at(2025, 4, 10, 9, 40), "4417-2295-8830", "京阪ロボティクス株式会社")
yamabiko_note(at(2025, 5, 15, 10, 22), "4417-2296-6612", "摂津計装株式会社")
for (y, mo, d, h, mi), no_, kind, amt in [((2024, 10, 18, 17, 2), "EX-2410-0231", "承認", 12840), ((2024, 10, 31, 9, 0), "EX-2410-0231", "支払", 12840),
                                          ((2024, 11, 14, 18, 20), "EX-2411-0287", "差戻", 8560), ((2024, 11, 18, 10, 5), "EX-2411-0287", "承認", 8560),
                                          ((2024, 12, 20, 16, 44), "EX-2412-0312", "承認", 23400), ((2025, 1, 24, 13, 10), "EX-2501-0041", "承認", 15780),
                                          ((2025, 2, 20, 17, 35), "EX-2502-0098", "承認", 6920), ((2025, 3, 24, 11, 2), "EX-2503-0144", "承認", 31200),
                                          ((2025, 4, 22, 15, 15), "EX-2504-0187", "承認", 18450), ((2025, 5, 23, 16, 40), "EX-2505-0230", "承認", 9800),
                                          ((2025, 6, 13, 10, 30), "EX-2506-0262", "承認", 14300)]:
    wf_note(at(y, mo, d, h, mi), no_, kind, amt)


# ================================================================ write, in arrival order
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen = ["file\tscenario\tdescription"]
for i, (t, _, folder, raw, lab, sc) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "wb") as f: f.write(raw)
    if lab:
        labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
        if not sc: raise SystemExit(f"labelled message without scenario: {lab}")
        scen.append(f"{path}\t{sc[0]}\t{sc[1]}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scen) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled ({sum(1 for l in labels[1:] if l.split(chr(9))[2] == 'hijack')} hijack) -> {root}")
