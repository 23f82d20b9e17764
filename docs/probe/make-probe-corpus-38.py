#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-38.py OUT_DIR
#
# Probe mailbox "karim": Karim Haddad, procurement engineer at Al Sarood Building Contracting L.L.C., Dubai (main contractor of "Al Jaddaf Residences",
# project P2231, a G+2P+14 residential tower for the developer Sahra Developments). Microsoft 365 tenant in the EUR region (DU2PR02MB mailbox hosts),
# Outlook desktop (en-US, "RE:", quote header "From / Sent / To / Cc / Subject", Thread-Index from FILETIME); Gulf Standard Time +0400, no DST.
# English mostly; Arabic with the Saudi facade subcontractor (windows-1256 from their Exchange 2013) and the consultant's inspector; Chinese/English
# (GBK from 163.com, gb18030 from QQ mail) with the sanitary-ware factory. UAE IBANs, LC/MT700/MT707, APGs, PIs. Sept 2024 - June 2025, with Ramadan
# (1-29 March 2025), Eid, Chinese New Year and the Big 5 exhibition (Dubai, 26-29 Nov 2024) in the timeline.
# Inbound mail carries Exchange Online Protection headers (Received chain, Authentication-Results, Received-SPF, X-Forefront-Antispam-Report with
# CTRY/LANG, X-MS-Exchange-Organization-*); the owner's Sent items carry only Outlook's client headers; colleagues arrive by internal MAPI delivery.
#
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, time zone):
#   Colleagues (same tenant)         Tariq Al Suwaidi (project director; Outlook desktop, Outlook for iOS at night), Suresh Pillai (finance),
#                                    Anil Kumar (tendering QS), Hana Yousef (document controller); internal MAPI delivery, no DKIM
#   Company systems                  ASBC eDMS (on-prem app relayed by gw1.alsarood-bc.example, EDMS.<ts>@ ids, no DKIM), IT Service Desk
#                                    (cloud ticket system via Amazon SES, d=alsarood-bc.example s=sdc1, "[#SR-nnnnn]" tags), password notices
#   Gulf Rebar Trading (Sharjah)     Shaji Varghese, Rinsha Kareem (new coordinator), accounts@: M365 EUR (DB8PR09MB), Outlook desktop, d= s=selector1
#   Najd Aluminium & Glass (Riyadh)  Abdulrahman Al-Qahtani (Arabic Outlook 2013: "رد:", "من / أرسلت / إلى / الموضوع"), Faisal Rahim (English Outlook
#                                    2013, "[mailto:]" quotes): Exchange 2013 NAJD-EXMB01.najd.local ids, windows-1256 QP for every message, FortiMail
#                                    relay, no DKIM (SPF-aligned DMARC), +0300
#   Vardhman Cables (Vadodara)       Nikhil Shah, accounts@ (Hemal Desai): Zoho Mail (mx.zoho.in hop, <hex.hex.digits@domain> ids, "---- On ... wrote ---"
#                                    quotes), d=vardhmancables.example s=zmail, +0530
#   Nile Stone (Cairo)               Ahmed Samir: Google Workspace, Gmail web (CA...@mail.gmail.com), Gmail Android once at night, d= s=google, Africa/Cairo
#   Anadolu Vana (Istanbul)          Emre Yıldız (Outlook desktop with Accept-Language tr-TR; Outlook for iOS while in Dubai), Zeynep Aksoy (treasury):
#                                    M365 EUR (VI1PR08MB), d= s=selector2, +0300
#   Foshan Hongli Sanitary Ware      Lily Chen on 163.com webmail throughout (Coremail ajax-webmail hop, X-Mailer Coremail, X-CM-* headers, GBK base64,
#                                    "At <date>, "name" <addr> wrote:" quotes, "Re:" without space), Wang Jianhua on QQ mail (tencent_ ids, X-QQ-*,
#                                    gb18030, "------------------ 原始邮件 ------------------" quotes, "回复："), +0800
#   Bluewave Shipping (JAFZA)        Vineeth Nair (ops), Sandeep Menon (customs): M365 EUR (AM9PR03MB), Outlook en-GB; shipment tracking via Amazon SES
#                                    (d=notify.bluewave-logistics.example)
#   Emirates Gulf Bank               Rania Aziz (RM), Trade Finance Operations (Pradeep Rao): Outlook on Exchange 2019 (EGB-EXMBX03.egb.corp) behind
#                                    IronPort (esa2, X-IronPort-AV), d=emiratesgulfbank.example s=esa2024, en-GB quotes, "Classification: Public",
#                                    fixed disclaimer; TradeConnect system notices (TC<ts>@tradeconnect ids)
#   Qimma Engineering (consultant)   Eng. Mohammed Farouk (resident engineer), Eng. Sameh Adel (inspector): Outlook 2016 on Exchange 2016
#                                    (QEC-EXCH01.qimma.local ids) relayed by Mimecast (X-MC-Unique), d=qimma-eng.example s=mimecast20220712
#   Sahra Developments (client)      Rami Khoury (PM; Outlook desktop + Outlook for iOS), Dana Al Hashimi (contracts): M365 EUR (PA4PR10MB);
#                                    DocuSign envelopes from eumail.docusign.net
#   Al Noor Scaffolding (Sharjah)    Imran Qureshi on Yahoo Mail: Android app (X-Mailer ...YahooMailAndroidMobile, "Sent from Yahoo Mail on Android",
#                                    phone photos of invoices), Yahoo web once; sonic*.consmr.mail.ir2.yahoo.com, d=yahoo.com s=s2048
#   Irrigation suppliers             Green Oasis (gmail.com, Gmail web), AquaFlow Middle East (M365 EUR, Outlook)
#   Lists and newsletters            UAE-Proc Mailman 3 list (subject tag, footer, List-*, list DKIM), Gulf Construction Pulse (weekly, Mailchimp-style),
#                                    The Big 5 Global (SendGrid-style)
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and OUT_DIR/mailboxes/karim/{INBOX,Sent}/N.eml numbered 1..n
# in arrival order across both folders (CRLF). Only test messages are labelled; everything else is context history. Deterministic
# (random.Random(38)); no network, no third-party packages; attachments are inert (stub text / random bytes in real PDF, ZIP, OOXML xlsx/xlsm, JPEG
# with EXIF, PNG, iCalendar and HTML containers; the QR code is a real, decodable QR image). All domains end in .example except well-known
# platforms (gmail.com, yahoo.com, 163.com, qq.com, outlook.com, hotmail.com, docusign.net, sharepoint.com, we.tl, zoom.us, dropbox.com,
# docs.google.com, pages.dev, aka.ms).
#
# Threads (35 conversations, 365 messages: 256 INBOX, 109 Sent):
#   T1 Gulf Rebar podium RFQ/PO/APG; T2 Gulf Rebar mill certificates (zip); T3 Gulf Rebar superstructure advance (A1) and the supplier's warning;
#   T4 Najd shop drawings (English, zips, Arabic Ramadan reply, A3); T5 Najd commercial thread in Arabic; T6 Vardhman RFQ/PIs (A11);
#   T7 Vardhman pre-dispatch inspection; T8 Nile Stone marble, revived after five months (A5); T9 Anadolu valves, Big 5 visit (A10);
#   T10 Anadolu genuine bank change, verified by call-back; T11 Hongli PI/LC/production/second order (A6); T12 bank LC issuance and amendments (A2);
#   T13 internal: vendor bank-change verification; T14 Bluewave Hongli shipment; T15 Bluewave valve clearance (A9); T16 Bluewave site deliveries (A15);
#   T17 consultant material submittals (A4); T18 consultant NCR with site photos; T19 client PM monthly tracker; T20 client VO via DocuSign;
#   T21 internal procurement approvals with the project director (A8); T22 internal supplier advances with finance; T23 IT ticket SR-10482 (A13);
#   T24 scaffolding subcontractor on Yahoo (A14); T26 forwarded tender addendum; T27 Gulf Rebar statement; T28 internal submittal log (A16);
#   T29a-c irrigation RFQ (two suppliers, internal summary); T30 Gulf Rebar call-offs; T31 Najd first delivery; L1-L3 UAE-Proc list threads.
#   Plus stand-alone notices (eDMS transmittals, TradeConnect advices, shipment tracking, IT notices, newsletters, Big 5, DocuSign), the orphans O1/O2
#   and the fake threads A7 and A12.
#
# Hijacks (16: 5 server-hijack, 3 account-takeover, 4 display-name-spoof, 2 lookalike-domain, 2 fake-thread):
#   A1  T3  server-hijack      rebar supplier's real M365 mailbox, Sunday 07:48: advance payment to a new IBAN at another UAE bank ("KYC hold"),
#                              unsigned Print-To-PDF letter, "landline being migrated, use email"; faithful quote
#   A2  T12 lookalike-domain   emirates-gulfbank.example (hyphen) as the bank's trade-finance desk: "Amendment No. 3" to the real LC incl. account
#                              change, password-protected zip (password in the text) holding a .js; faithful quote, copied disclaimer
#   A3  T4  server-hijack      facade subcontractor's real Exchange 2013 (windows-1256, FortiMail), Saturday 02:47 Riyadh: "Rev D drawings" zip with an
#                              .exe; the quoted request of the owner is altered to ask for drawings
#   A4  T17 server-hijack      consultant's real Exchange 2016/Mimecast (ProxyShell-style), Sunday 05:24: "review comments released on our document
#                              control portal", credential page on pages.dev; faithful quote
#   A5  T8  server-hijack      marble supplier's real Google Workspace account: Arabic text in the English thread, "2025 price list" link to an
#                              unknown domain asking for the company login; no quote, no signature
#   A6  T11 account-takeover   sanitary-ware supplier's 163.com account over SMTP with Outlook from a Nigerian IP (Date +0100): Chinese-English
#                              "account under SAFE audit", QR code image to "new account information"; Outlook-style quote
#   A7  --  fake-thread        "Guarantees Unit | Trade Services" stranger: "RE:" about the real APG number with a fabricated quote of the owner and an
#                              In-Reply-To not in the mailbox; PDF with a link to a "verification portal"
#   A8  T21 display-name-spoof project director's name on Gmail into the real approvals thread: confidential land deposit AED 385,000, "can't take
#                              calls", new IBAN; no payload
#   A9  T15 server-hijack      forwarder's real M365 mailbox at 06:55: customs duty/VAT "valuation difference" (tax), 2 PM deadline, payment link to a
#                              look-alike customs e-payment domain; faithful quote
#   A10 T9  account-takeover   valve supplier's M365 account through Outlook on the web (Date +0000, en-US not tr-TR, OWA quote, no signature):
#                              "voice message" HTML attachment with a login form
#   A11 T6  lookalike-domain   vardhmancable.example on Zoho (same platform as the real supplier): long RBI/EEFC story, new Indian account for the
#                              advance, revised PI, copper-price urgency; faithful quote
#   A12 --  fake-thread        "Sahra Developments - Contracts via Acrobat Sign" (unrelated domain): "RE: VO-08 ... signature pending" without reply
#                              headers or quote, "review and sign" link on docs.google.com
#   A13 T23 display-name-spoof IT service desk's name on outlook.com into the real ticket thread: "MFA re-enrolment" .ics with a link, deadline
#   A14 T24 account-takeover   scaffolding subcontractor's Yahoo account over SMTP with Thunderbird (Date +0100, 05:13 Dubai): WPS payroll story,
#                              payment to a private person's IBAN; no quote
#   A15 T16 display-name-spoof forwarder's ops name on hotmail.com: "delivery order and schedule" macro .xlsm; faithful quote
#   A16 T28 display-name-spoof document controller's name on Gmail: "eDMS Outlook add-in 7.4" software-update lure, .msi on Dropbox; no quote
#
# Genuine hard cases (34):
#   G1  T1  rebar supplier's first PI with IBAN/SWIFT after the PO          G2  T1  supplier's new coordinator (introduced by Cc) writes herself
#   G3  T21 project director approves from Outlook for iOS at 22:14        G4  T2  zipped mill test certificates the owner asked for
#   G5  T3  real supplier warns the bank-change mail was not his            G6  T4  requested shop-drawing zip (PDF + DWG)
#   G7  T4  Arabic (windows-1256) reply at 23:48 in Ramadan, English thread G8  T5  Arabic payment follow-up at 23:15 in Ramadan
#   G9  T7  Zoom link for the remote witness test the owner asked for       G10 T8  quotation thread revived after five months
#   G11 T8  Gmail Android reply at 21:40 after iftar                        G12 T9  supplier on Outlook for iOS in Dubai (+0400 instead of +0300)
#   G13 T10 supplier's signed bank-change letter with call-back number      G14 T10 supplier confirms after the owner's phone verification
#   G15 T10 first PI with the new, verified IBAN                            G16 T11 supplier's export manager writes from QQ mail (introduced by Cc)
#   G17 T12 bank advises LC issuance (MT700 copy)                           G18 T12 bank's real MT707 amendment No. 1
#   G19 T12 bank's real MT707 amendment No. 2                               G20 T12 bank's discrepancy notice asking for acceptance
#   G21 T14 forwarder's usual invoice with its unchanged bank details       G22 T17 consultant's SharePoint link (approved vendor list)
#   G23 T17 consultant replies at 00:36 in Ramadan                          G24 T18 inspector answers in Arabic in the English NCR thread
#   G25 T19 client PM's Exchange out-of-office reply                        G26 T19 client PM's WeTransfer link with the design package
#   G27 --  genuine DocuSign envelope for the announced VO                  G28 --  ticket-system acknowledgement, no reply headers
#   G29 T23 IT's genuine MFA instructions with an aka.ms link               G30 T24 subcontractor from Yahoo web instead of the Android app
#   G31 L2  list reply (tag, footer) discussing IBANs and bank-change fraud G32 T26 colleague forwards the tender addendum (FW:, PDF + zip)
#   G33 --  eDMS transmittal notification with a portal link                G34 --  bank's Ramadan cut-off notice from TradeConnect
# Genuine orphans (2): O1 consultant replies-all to a client mail that only went to him and the project director, adding the owner in Cc;
#   O2 supplier's accounts answers the finance manager's remittance advice (sent only to them), copying the owner.
# Plain genuine replies (100): every other labelled in-thread partner reply (genuine-reply, scenario P-Tn-k).
import base64, datetime, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

if len(sys.argv) != 2: raise SystemExit("usage: make-probe-corpus-38.py OUT_DIR")
root = sys.argv[1]
MB = "karim"
for _f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(38)
GST = ZoneInfo("Asia/Dubai"); RUH = ZoneInfo("Asia/Riyadh"); IND = ZoneInfo("Asia/Kolkata"); CAI = ZoneInfo("Africa/Cairo")
IST = ZoneInfo("Europe/Istanbul"); PRC = ZoneInfo("Asia/Shanghai"); LON = ZoneInfo("Europe/London"); UTC = datetime.timezone.utc
TD = datetime.timedelta


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def rfc(t): return t.strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
def at(y, mo, d, h, mi, tz=GST): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def filetime(t): return int((t.astimezone(UTC).timestamp() + 11644473600) * 10**7)


def iban(cc, bban):
    """IBAN with correct ISO 13616 check digits"""
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - num % 97:02d}{bban}"


def spaced(i): return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=GST, lang="en", cs="utf-8", loc="en-US"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang, s.cs, s.loc = name, email, client, infra, sig, tz, lang, cs, loc
        s.dom = email.split("@")[1]


# ---------------------------------------------------------------- Exchange Online hosts (EUR region tenants)
EXO = {"alsarood-bc.example": ("DU2PR02MB", "eurprd02", "40.107.22."), "gulfrebar.example": ("DB8PR09MB", "eurprd09", "40.107.6."),
       "anadoluvana.example": ("VI1PR08MB", "eurprd08", "40.107.21."), "bluewave-logistics.example": ("AM9PR03MB", "eurprd03", "40.107.8."),
       "sahra-dev.example": ("PA4PR10MB", "eurprd10", "40.107.20."), "aquaflow-me.example": ("AM0PR05MB", "eurprd05", "40.107.23."), "outlook.com": ("AS8P250MB", "EURP250", "52.103.32."),
       "hotmail.com": ("DB9P250MB", "EURP250", "52.103.33.")}
_EXOH = {}
def exo_host(dom, key):
    d = _EXOH.setdefault(dom, {})
    if key not in d: d[key] = EXO[dom][0] + str(R.randint(1000, 9999))
    return d[key]
TENANT = {d: ruuid() for d in EXO}
OWN = "alsarood-bc.example"
MYMBX = exo_host(OWN, "karim.haddad@" + OWN)


def exo_build(t):
    t = t.astimezone(UTC)
    for lim, v in (((2024, 10, 15), "15.20.8026.0"), ((2024, 12, 10), "15.20.8207.0"), ((2025, 2, 10), "15.20.8398.0"),
                   ((2025, 4, 10), "15.20.8583.0"), ((2030, 1, 1), "15.20.8769.0")):
        if t < datetime.datetime(*lim, tzinfo=UTC): return v[:-1] + str(R.randint(10, 39))


# ---------------------------------------------------------------- sending infrastructure of every correspondent
# kind, helo, ip, dkim d, dkim s, envelope domain, country (EOP CTRY)
INFRA = {
    "own": ("own", None, None, None, None, None, "AE"),
    "exo-grt": ("exo", "mail-db8eur09on2109.outbound.protection.outlook.com", "40.107.6.109", "gulfrebar.example", "selector1", None, "AE"),
    "exo-av": ("exo", "mail-vi1eur08on2131.outbound.protection.outlook.com", "40.107.21.131", "anadoluvana.example", "selector2", None, "TR"),
    "exo-bw": ("exo", "mail-am9eur03on2118.outbound.protection.outlook.com", "40.107.8.118", "bluewave-logistics.example", "selector1", None, "AE"),
    "exo-sahra": ("exo", "mail-pa4eur10on2097.outbound.protection.outlook.com", "40.107.20.97", "sahra-dev.example", "selector1", None, "AE"),
    "exo-aqua": ("exo", "mail-am0eur05on2125.outbound.protection.outlook.com", "40.107.23.125", "aquaflow-me.example", "selector1", None, "AE"),
    "ex13-najd": ("ex13", "fml.najd-alglass.example", "212.102.47.20", None, None, None, "SA"),
    "ex16-qimma": ("ex16", "eu-smtp-delivery-151.mimecast.com", "185.58.86.151", "qimma-eng.example", "mimecast20220712", None, "GB"),
    "zoho-vcs": ("zoho", "sender4-op-o14.zoho.in", "169.148.142.14", "vardhmancables.example", "zmail", None, "IN"),
    "gws-nile": ("gws", "mail-sor-f41.google.com", "209.85.220.41", "nilestone-eg.example", "google", None, "US"),
    "yahoo": ("yahoo", "sonic312-24.consmr.mail.ir2.yahoo.com", "77.238.178.95", "yahoo.com", "s2048", None, "IE"),
    "yahoo-smtp": ("yahoo-smtp", "sonic306-21.consmr.mail.ir2.yahoo.com", "77.238.176.98", "yahoo.com", "s2048", None, "IE"),
    "163": ("163", "m16.mail.163.com", "220.197.31.4", "163.com", "s110527", None, "CN"),
    "163-smtp": ("163-smtp", "m16.mail.163.com", "220.197.31.2", "163.com", "s110527", None, "CN"),
    "qq": ("qq", "out203-205-221-236.mail.qq.com", "203.205.221.236", "qq.com", "s201512", None, "CN"),
    "bank": ("bank", "esa2.emiratesgulfbank.example", "194.170.186.41", "emiratesgulfbank.example", "esa2024", None, "AE"),
    "bank-tc": ("banktc", "esa1.emiratesgulfbank.example", "194.170.186.40", "emiratesgulfbank.example", "esa2024", "tc.emiratesgulfbank.example", "AE"),
    "bw-track": ("ses", "a8-63.smtp-out.amazonses.com", "54.240.8.63", "notify.bluewave-logistics.example", "x3jt7n", "amazonses.com", "US"),
    "gcp-news": ("mc", "mail171.atl221.rsgsv.example", "198.2.171.42", "gulfconpulse.example", "k3", "mail171.atl221.rsgsv.example", "US"),
    "big5": ("sg", "o3.ptr2291.big5global.example", "149.72.121.66", "big5global.example", "s1", "em9912.big5global.example", "US"),
    "list": ("list", "lists.procurement-forum.example", "91.109.18.44", "lists.procurement-forum.example", "ml24", "lists.procurement-forum.example", "GB"),
    "docusign": ("docusign", "mail-fr1.eumail.docusign.net", "185.207.119.52", "eumail.docusign.net", "s1", "eumail.docusign.net", "DE"),
    "wetransfer": ("ses", "a7-18.smtp-out.eu-west-1.amazonses.com", "54.240.7.18", "wetransfer.com", "dkim", "amazonses.com", "IE"),
    "gmail": ("gmail", "mail-ej1-f49.google.com", "209.85.218.49", "gmail.com", "20230601", None, "US"),
    "outlookcom": ("exo", "EUR05-AM6-obe.outbound.protection.outlook.com", "52.103.32.18", "outlook.com", "selector1", None, "NL"),
    "hotmail": ("exo", "EUR02-DB5-obe.outbound.protection.outlook.com", "52.103.33.40", "hotmail.com", "selector1", None, "NL"),
    # attackers' own servers
    "look-bank": ("vps", "mail.emirates-gulfbank.example", "45.141.215.87", "emirates-gulfbank.example", "mail", None, "NL"),
    "look-vcs": ("zoho", "sender4-op-o11.zoho.in", "169.148.142.11", "vardhmancable.example", "zmail", None, "IN"),
    "fake-bg": ("vps", "srv2.gcc-bgverify.example", "91.92.249.132", "gcc-bgverify.example", "default", None, "BG"),
    "fake-sign": ("vps", "mta1.acrosign-notify.example", "23.254.229.61", None, None, None, "US"),
}
EXOINF = {"exo-grt": "gulfrebar.example", "exo-av": "anadoluvana.example", "exo-bw": "bluewave-logistics.example",
          "exo-sahra": "sahra-dev.example", "exo-aqua": "aquaflow-me.example", "outlookcom": "outlook.com", "hotmail": "hotmail.com"}
INFRA.update({
    "itsd": ("ses", "a10-44.smtp-out.eu-west-1.amazonses.com", "54.240.10.44", OWN, "sdc1", "sdmail.alsarood-bc.example", "IE"),
    "edms": ("edms", "gw1.alsarood-bc.example", "94.205.243.18", None, None, OWN, "AE"),
})

# ---------------------------------------------------------------- Message-IDs per client
def make_mid(who, client, t):
    ms = int(t.timestamp() * 1000)
    if client in ("olk", "olkios", "owa"):
        h = exo_host(who.dom, who.email); return f"<{h}{HX(24)}@{h}.{EXO[who.dom][1]}.prod.outlook.com>"
    if client in ("ex13ar", "ex13en"): return f"<{HX(32)}@NAJD-EXMB01.najd.local>"
    if client == "ex16": return f"<{hx(32)}@QEC-EXCH01.qimma.local>"
    if client == "bankolk": return f"<{hx(32)}@EGB-EXMBX03.egb.corp>"
    if client == "banktc": return f"<TC{t.astimezone(GST):%Y%m%d%H%M%S}.{R.randint(100000, 999999)}@tradeconnect.emiratesgulfbank.example>"
    if client == "zoho": return f"<{ms:x}.{hx(16)}.{R.randint(10**18, 10**19 - 1)}@{who.dom}>"
    if client in ("gmail", "gmailand"): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((50, 52, 54))] + "@mail.gmail.com>"
    if client in ("ymand", "ymweb"): return f"<{R.randint(100000000, 2147483647)}.{R.randint(1000000, 9999999)}.{ms}@mail.yahoo.com>"
    if client == "ymtb": return f"<{ruuid()}@yahoo.com>"
    if client == "cm163": return f"<{hx(8)}.{hx(4)}.{ms:x}.Coremail.{who.email.split('@')[0]}@163.com>"
    if client in ("cmsmtp", "vpsolk"): return f"<00{hx(1)}{R.randint(1, 9)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "qq": return f"<tencent_{HX(40)}@qq.com>"
    if client == "itsd": return f"<sd.{ruuid()}@sdmail.alsarood-bc.example>"
    if client == "edms": return f"<EDMS.{t.astimezone(GST):%Y%m%d%H%M%S}.{R.randint(1000, 9999)}@edms.alsarood-bc.example>"
    if client == "list": return f"<{hx(16)}.{int(t.timestamp())}@{who.dom}>"
    if client == "docusign": return f"<{ruuid()}@eumail.docusign.net>"
    if client == "fakesign": return f"<{hx(24)}@acrosign-notify.example>"
    return f"<{ruuid().replace('-', '')}.{int(t.timestamp())}@{who.dom}>"


# ---------------------------------------------------------------- quote headers as each client writes them
AR_MON = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_DAY = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
ZH_DAY = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def us_long(t, secs=False):
    hm = t.strftime("%I:%M:%S %p" if secs else "%I:%M %p").lstrip("0")
    return f"{t:%A}, {t:%B} {t.day}, {t.year} {hm}"
def gb_long(t): return f"{t:%d} {t:%B} {t.year} {t:%H:%M}"
def ar_long(t): return f"{AR_DAY[t.weekday()]}، {t.day} {AR_MON[t.month - 1]}، {t.year} {t.strftime('%I:%M').lstrip('0')} {'ص' if t.hour < 12 else 'م'}"
def _q(text, pfx="> "): return "\n".join((pfx + l) if l else pfx.rstrip() for l in text.split("\n"))


def quote_of(client, q, tz, loc="en-US"):
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    tos = "; ".join(f"{n} <{e}>" if client != "ex13en" else f"'{n}'" for n, e in q["to"])
    ccs = "; ".join(f"{n} <{e}>" for n, e in q["cc"])
    if client in ("olk", "ex16", "bankolk", "ex13en", "owa", "olkios", "vpsolk", "cmsmtp"):
        if client == "ex13en": rows = [("From", f"{name} [mailto:{email}]"), ("Sent", us_long(t))]
        elif client in ("bankolk",) or loc == "en-GB": rows = [("From", f"{name} <{email}>"), ("Sent", gb_long(t))]
        elif client == "olkios": rows = [("From", f"{name} <{email}>"), ("Sent", us_long(t, True))]
        elif client in ("vpsolk", "cmsmtp"): rows = [("From", f"{name} [mailto:{email}]"), ("Sent", us_long(t))]
        else: rows = [("From", f"{name} <{email}>"), ("Sent", us_long(t))]
        rows.append(("To", tos))
        if q["cc"]: rows.append(("Cc", ccs))
        rows.append(("Subject", q["subj"]))
        sep = "________________________________\n" if client in ("owa", "olkios") else ("-----Original Message-----\n" if client in ("vpsolk", "cmsmtp") else "")
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "ex13ar":
        rows = [("من", f"{name} [mailto:{email}]"), ("أرسلت", ar_long(t)), ("إلى", tos)]
        if q["cc"]: rows.append(("نسخة", ccs))
        rows.append(("الموضوع", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("gmail", "gmailand", "list"):
        return f"\n\nOn {t:%a}, {t:%b} {t.day}, {t.year} at {t.strftime('%I:%M %p').lstrip('0')} {name} <{email}> wrote:\n\n" + _q(q["plain"])
    if client == "zoho":
        return f"\n\n\n\n---- On {t:%a, %d %b %Y %H:%M:%S %z} {name} <{email}> wrote ---\n\n" + _q(q["plain"])
    if client == "ymand":
        return f"\n\n\n   On {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name}<{email}> wrote:   \n\n" + _q(q["plain"])
    if client == "ymweb":
        off = int(t.utcoffset().total_seconds() // 3600)
        return f"\n\n\nOn {t:%A}, {t:%B} {t.day}, {t.year}, {t.strftime('%I:%M:%S %p').lstrip('0')} GMT{off:+d}, {name} <{email}> wrote:\n\n\n" + q["plain"]
    if client == "ymtb":
        return f"\n\nOn {t:%m/%d/%Y} {t:%I:%M %p}, {name} wrote:\n" + _q(q["plain"])
    if client == "cm163":
        return f'\n\n\n\n\n\nAt {t:%Y-%m-%d %H:%M:%S}, "{name}" <{email}> wrote:\n' + _q(q["plain"])
    if client == "qq":
        ap = "上午" if t.hour < 12 else "下午"; hh = t.hour if t.hour <= 12 else t.hour - 12
        return (f"\n\n\n------------------ 原始邮件 ------------------\n发件人: \"{name}\"<{email}>;\n"
                f"发送时间: {t.year}年{t.month}月{t.day}日({ZH_DAY[t.weekday()]}) {ap}{hh}:{t:%M}\n收件人: " + "".join(f"\"{n}\"<{e}>;" for n, e in q["to"]) + "\n"
                + ("抄送: " + "".join(f"\"{n}\"<{e}>;" for n, e in q["cc"]) + "\n" if q["cc"] else "") + f"主题: {q['subj']}\n\n" + q["plain"])
    return "\n\n" + _q(q["plain"])


# ---------------------------------------------------------------- HTML parts
def html_of(client, plain, rtl=False, cs="utf-8"):
    lines = plain.split("\n")
    esc = "<br>\n".join(H.escape(l) for l in lines)
    if client in ("olk", "ex16", "bankolk", "ex13en", "ex13ar", "vpsolk", "cmsmtp"):
        lang = "AR-SA" if client == "ex13ar" else ("EN-GB" if client == "bankolk" else "EN-US")
        body = "\n".join(f'<p class="MsoNormal"{" dir=RTL" if rtl else ""}>' + (H.escape(l) if l else "&nbsp;") + "<o:p></o:p></p>" for l in lines)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{" dir=RTL" if rtl else ""}>\n<div class="WordSection1">\n' + body + "\n</div>\n</body>\n</html>")
    if client in ("owa", "olkios"):
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
                + ('<div dir="ltr">\n' if client == "olkios" else '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n')
                + esc + "</div>\n</body>\n</html>\n")
    if client in ("gmail", "gmailand"):
        return f'<div dir="{"rtl" if rtl else ("auto" if client == "gmailand" else "ltr")}">' + esc + "</div>\n"
    if client == "zoho":
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
                '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + esc + "<br></div></div><br></body></html>")
    if client in ("ymand", "ymweb"):
        return ('<html><head></head><body><div class="ydp' + hx(8) + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">'
                + esc + "</div></div></body></html>")
    if client == "cm163":
        return '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>' + esc + "</div></div>"
    if client == "qq":
        return '<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>' + esc + "</div>"
    if client == "ymtb":
        return None
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' + esc + "</body></html>"


# ---------------------------------------------------------------- Received lines written on the sender's side (newest first)
PST = ZoneInfo("America/Los_Angeles")
def pst(t): return t.astimezone(PST).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)").replace(" 0", " ", 1)
def cst8(t): return t.astimezone(PRC).strftime("%a, %-d %b %Y %H:%M:%S +0800 (CST)")


def sender_hops(who, infra, t, client, orig_ip=None):
    kind = INFRA[infra][0]
    hops = []
    if kind == "exo":
        dom = EXOINF[infra]; mb = exo_host(dom, who.email); reg = EXO[dom][1]
        if client == "smtpauth":
            hops.append(("Received", f"from [{orig_ip}] (unknown [{orig_ip}]) by {mb}.{reg}.prod.outlook.com ({'2603:10a6:' + hx(3) + '::' + hx(2)}) with Microsoft SMTP\n"
                                     f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {mb}.{reg}.prod.outlook.com\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {mb}.{reg}.prod.outlook.com\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {exo_build(t)}; {rfcu(t)}"))
    elif kind == "ex13":
        fid = f"4{R.choice('89AB')}{alnum(3)}{R.randint(10, 99)}{alnum(1)}{R.randint(100000, 999999)}"
        hops += [("Received", f"from NAJD-EXMB01.najd.local ([10.20.1.11])\n\tby fml.najd-alglass.example  with ESMTP id {fid}-{fid[:-7]}{R.randint(100000, 999999)}\n"
                              f"\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO)\n\tfor <{me.email}>; {rfc((t + TD(seconds=1)).astimezone(RUH))}"),
                 ("Received", f"from NAJD-EXMB01.najd.local (10.20.1.11) by NAJD-EXMB01.najd.local\n (10.20.1.11) with Microsoft SMTP Server (TLS) id 15.0.1497.48; {rfc(t.astimezone(RUH))}"),
                 ("Received", f"from NAJD-EXMB01.najd.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n NAJD-EXMB01.najd.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%13]) with mapi id\n"
                              f" 15.00.1497.048; {rfc(t.astimezone(RUH))}")]
    elif kind == "ex16":
        hops += [("Received", f"from QEC-EXCH01.qimma.local (QEC-EXCH01.qimma.local [10.1.10.25]) by\n relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.2,\n"
                              f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id uk-mta-{R.randint(10, 199)}-{who.mcid}-1;\n {rfcu(t + TD(seconds=2))}"),
                 ("Received", f"from QEC-EXCH01.qimma.local (10.1.10.25) by QEC-EXCH01.qimma.local\n (10.1.10.25) with Microsoft SMTP Server (version=TLS1_2,\n"
                              f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t.astimezone(GST))}"),
                 ("Received", f"from QEC-EXCH01.qimma.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n QEC-EXCH01.qimma.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%12]) with mapi id\n"
                              f" 15.01.2507.039; {rfc(t.astimezone(GST))}")]
    elif kind == "zoho":
        hops.append(("Received", f"from mail.zoho.in by mx.zoho.in\n\twith SMTP id {int(t.timestamp() * 1000)}{R.randint(100, 999)}.{R.randint(10**12, 10**13 - 1)}; "
                                 f"{t.astimezone(IND):%a, %d %b %Y %H:%M:%S +0530 (IST)}"))
    elif kind in ("gws", "gmail"):
        hops.append(("Received", f"by {INFRA[infra][1]} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}\n        for <{me.email}>; {pst(t)}"))
    elif kind == "yahoo":
        hops.append(("Received", f"from sonic.gate.mail.ne1.yahoo.com by {INFRA[infra][1]} with HTTP; {rfcu(t)}"))
    elif kind == "yahoo-smtp":
        hops.append(("Received", f"by hermes--production-ir2-{hx(10)}-{alnum(5).lower()} (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID {hx(32)};\n          {rfcu(t)}"))
    elif kind == "163":
        hops.append(("Received", f"from {who.email.split('@')[0]}$163.com ( [{who.ip}] ) by\n ajax-webmail-wmsvr-40-{R.randint(100, 140)} (Coremail) ; {cst8(t)}"))
    elif kind == "163-smtp":
        hops.append(("Received", f"from DESKTOP-{HX(7)} (unknown [{orig_ip}])\n\tby gzga-smtp-mta-g{R.randint(0, 3)}-{R.randint(0, 5)} (Coremail) with SMTP id _____wD{alnum(22)}--.{R.randint(10000, 99999)}S2;\n\t{cst8(t)}"))
    elif kind == "qq":
        hops.append(("Received", f"from qq.com (unknown [127.0.0.1])\n\tby smtp.qq.com (ESMTP) with SMTP\n\tid ; {cst8(t + TD(seconds=1))}"))
    elif kind in ("bank", "banktc"):
        src = "EGB-EXMBX03.egb.corp" if kind == "bank" else "TCAPP02.egb.corp"
        srcip = "10.50.12.33" if kind == "bank" else "10.50.30.12"
        hops += [("Received", f"from unknown (HELO EGB-EXHUB01.egb.corp) ([10.50.12.21])\n  by {INFRA[infra][1]} with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; {t.astimezone(GST):%d %b %Y %H:%M:%S +0400}"),
                 ("Received", f"from {src} ({srcip}) by EGB-EXHUB01.egb.corp\n (10.50.12.21) with Microsoft SMTP Server (version=TLS1_2,\n"
                              f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; {rfc(t.astimezone(GST))}")]
        if kind == "bank":
            hops.append(("Received", f"from EGB-EXMBX03.egb.corp ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n EGB-EXMBX03.egb.corp ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%14]) with mapi id\n"
                                     f" 15.02.1544.011; {rfc(t.astimezone(GST))}"))
    elif kind == "ses":
        pass
    elif kind == "mc":
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby {INFRA[infra][1]} (Mailchimp) with ESMTP id 4Y{alnum(8)}z{R.randint(10, 99)}Lq\n\tfor <{me.email}>; {rfcu(t)}"))
    elif kind == "sg":
        ts = f"{t.astimezone(UTC):%Y-%m-%d %H:%M:%S.%f}"[:-3]
        hops.append(("Received", f"by filterdrecv-{R.randint(5, 9)}{alnum(9).lower()}-{alnum(5).lower()} with SMTP id filterdrecv-{alnum(10).lower()}-1-{HX(8)}-{R.randint(10, 99)}\n"
                                 f"        {ts} +0000 UTC m=+{R.randint(100000, 999999)}.{R.randint(100000000, 999999999)}"))
    elif kind == "list":
        hops.append(("Received", f"from lists.procurement-forum.example (localhost [IPv6:::1])\n\tby lists.procurement-forum.example (Postfix) with ESMTP id 4X{alnum(8)};\n\t{rfcu(t + TD(seconds=3))}"))
        hops.append(("Received", f"from {who.hop} by lists.procurement-forum.example (Postfix) with ESMTPS id 4X{alnum(8)}\n\tfor <uae-proc@lists.procurement-forum.example>; {rfcu(t + TD(seconds=2))}"))
    elif kind == "docusign":
        hops.append(("Received", f"from docusign.net (10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}) by mail-fr1.eumail.docusign.net (8.14.7/8.14.7) with ESMTP id {alnum(14)};\n {rfcu(t)}"))
    elif kind == "edms":
        hops.append(("Received", f"from ASBC-EDMS02.alsarood.local (10.10.20.15) by gw1.alsarood-bc.example\n (10.10.20.2) with Microsoft SMTP Server id 15.2.1544.11; {rfc(t.astimezone(GST))}"))
    elif kind == "vps":
        hops.append(("Received", f"from [{'192.168.' + str(R.randint(0, 2)) + '.' + str(R.randint(100, 200))}] (unknown [{orig_ip}])\n\tby {INFRA[infra][1]} (Postfix) with ESMTPSA id {HX(10)}\n"
                                 f"\tfor <{me.email}>; {rfc(t.astimezone(UTC))}"))
    return hops


def eop_host(): return f"{R.choice(('AM2', 'AM3', 'AMS0', 'DB1', 'DB3'))}PEPF0000{HX(4)}.eurprd0{R.choice((3, 4, 5))}.prod.outlook.com"


def transport(who, t, infra, client, lang, orig_ip=None, auth=None):
    kind, helo, ip, d, s, envd, ctry = INFRA[infra]
    t_in = t + TD(seconds=R.randint(2, 9))
    hub = exo_host(OWN, "hub" + str(R.randint(0, 3)))
    top = [("Received", f"from {hub}.eurprd02.prod.outlook.com (2603:10a6:10:{hx(3)}::{hx(2)}) by\n {MYMBX}.eurprd02.prod.outlook.com with HTTPS; {rfcu(t_in + TD(seconds=2))}")]
    if kind == "own":
        mb = exo_host(OWN, who.email)
        top += [("Received", f"from {mb}.eurprd02.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n {mb}.eurprd02.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id\n"
                             f" {exo_build(t)}; {rfcu(t)}"),
                ("Authentication-Results", f"dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={OWN};")]
        xo = [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04"),
              ("X-MS-Exchange-Organization-AuthSource", f"{mb}.eurprd02.prod.outlook.com"), ("X-MS-Exchange-Organization-SCL", "-1"),
              ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{R.randint(0, 2)}.{R.randint(1000000, 9999999)}")]
        return top, xo
    envd = envd or who.dom
    fromdom = who.dom
    eop = eop_host(); ca = f"AS9PR06CA0{R.randint(100, 999)}"; build = exo_build(t)
    aligned = bool(d) and (d == fromdom or d.endswith("." + fromdom) or fromdom.endswith("." + d))
    spf_al = envd == fromdom or envd.endswith("." + fromdom)
    dm = "pass" if (aligned or spf_al) else ("none" if infra in ("fake-sign",) else "fail")
    if infra == "fake-sign": dm = "none"
    dk = f"dkim=pass (signature was verified)\n header.d={d}" if d else "dkim=none (message not signed)\n header.d=none"
    ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={envd}; {dk};dmarc={dm} action=none\n header.from={fromdom};"
          + ("compauth=pass reason=100" if dm == "pass" else "compauth=softpass reason=201"))
    top += [("Received", f"from {ca}.eurprd06.prod.outlook.com (2603:10a6:20b:{hx(3)}::{hx(2)})\n by {hub}.eurprd02.prod.outlook.com (2603:10a6:10:{hx(3)}::{hx(2)}) with\n"
                         f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {rfcu(t_in + TD(seconds=1))}"),
            ("Received", f"from {eop}\n (2603:10a6:20b:{hx(3)}:cafe::{hx(2)}) by {ca}.outlook.office365.com\n (2603:10a6:20b:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                         f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {rfcu(t_in + TD(seconds=1))}"),
            ("Authentication-Results", auth or ar),
            ("Received-SPF", f"Pass (protection.outlook.com: domain of {envd} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"),
            ("Received", f"from {helo} ({ip}) by\n {eop} (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                         f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {rfcu(t_in)}")]
    hops = sender_hops(who, infra, t, client, orig_ip)
    sig = []
    if kind == "exo":
        sig += [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(240)}"),
                ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)};\n b={b64(240)}"),
                ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={fromdom}; dmarc=pass action=none\n header.from={fromdom}; dkim=pass\n header.d={fromdom}; arc=none")]
    if d:
        if kind in ("gws", "gmail"):
            hh = "mime-version:references:in-reply-to:from:date:message-id:subject:to" + (":cc" if R.random() < 0.3 else "")
        elif kind == "exo": hh = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
        elif kind in ("163", "163-smtp"): hh = "Date:From:Subject:Content-Type:MIME-Version:\n\tMessage-ID"
        elif kind == "zoho": hh = "Date:Date:From:From:To:Cc:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To"
        else: hh = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"
        dkv = f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())}; bh={b64(32)};\n\th={hh};\n\tb={b64(180)}"
        sig.append(("DKIM-Signature", dkv))
        if kind == "ses" and d != "amazonses.com":
            sig.append(("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=ihchhvubuqgjsxyuhssfvqohv7z3u4hn; d=amazonses.com; t={int(t.timestamp())};\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n\tbh={b64(32)};\n\tb={b64(180)}"))
    if kind in ("gws", "gmail"):
        sig += [("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n        bh={b64(32)};\n        b={b64(180)}"),
                ("X-Gm-Message-State", "AOJu0Y" + alnum(60)),
                ("X-Google-Smtp-Source", "AGHT+I" + alnum(64)),
                ("X-Received", f"by 2002:a17:906:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}-{hx(11)}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n        {pst(t)}")]
    if kind == "bank":
        sig += [("IronPort-SDR", alnum(60) + "=="), ("X-IronPort-AV", f'E=Sophos;i="6.{R.randint(11, 12)},{R.randint(100, 300)},{R.randint(1720000000, 1750000000)}";\n   d="scan\'208";a="{R.randint(40000000, 49999999)}"')]
    tail = []
    if kind == "ses":
        tail += [("Feedback-ID", f"1.eu-west-1.{alnum(40)}=:AmazonSES"), ("X-SES-Outgoing", f"{t.astimezone(UTC):%Y.%m.%d}-{ip}")]
    xo = [("X-MS-Exchange-Organization-ExpirationStartTime", f"{t_in.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
          ("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"), ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
          ("X-EOPAttributedMessage", "0"), ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"),
          ("X-MS-Exchange-Organization-AuthSource", eop), ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
          ("X-MS-Exchange-Organization-SCL", "1"),
          ("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{helo};PTR:{helo};CAT:NONE;\n SFS:({R.randint(13230040, 13230045)})({R.randint(4636009, 4636009)})(8096899003);DIR:INB;"),
          ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|4636009|8096899003;")] + tail
    return top + hops + sig, xo


# ---------------------------------------------------------------- header encoding
def enc_h(v, cs="utf-8", mode="B"):
    if v.isascii(): return v
    words, cur = [], ""
    for ch in v:
        if len((cur + ch).encode(cs)) > 42: words.append(cur); cur = ch
        else: cur += ch
    words.append(cur)
    return "\n ".join(f"=?{cs}?B?" + base64.b64encode(w.encode(cs)).decode() + "?=" for w in words)


def addr(n, e, cs="utf-8"):
    if not n: return e
    if not n.isascii(): return enc_h(n, cs) + f" <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@;:") else f"{n} <{e}>"


OUTLOOKISH = ("olk", "olkios", "owa", "ex13ar", "ex13en", "ex16", "bankolk")
CLANG = {"olk": "en-US", "olkios": "en-US", "owa": "en-US", "ex13ar": "ar-SA", "ex13en": "en-US", "ex16": "en-US", "bankolk": "en-GB"}
UA = {"zoho": [("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")],
      "ymand": [("X-Mailer", "WebService/1.1.23187 YahooMailAndroidMobile")], "ymweb": [("X-Mailer", "WebService/1.1.23187 YMailNorrin")],
      "ymtb": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")],
      "vpsolk": [("X-Mailer", "Microsoft Outlook 16.0")], "cmsmtp": [("X-Mailer", "Microsoft Outlook 16.0")],
      "itsd": [("X-Mailer", "ServiceDesk Cloud Mailer 4.2")], "edms": [("X-Mailer", "ASBC eDMS Notification Service 7.3")]}

pending = []   # (utc time, seq, folder, raw, (mid, label) or None, scenario)
seq = [0]


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), inline=(), extra=(), label=None, infra=None, frm=None, mid=None,
         tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False, irt=None, lang=None, date_tz=None, cs=None, rtl=False,
         replyto=None, auth=None, accept_lang=None, content_lang=None, mcid=None, html_only=False):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    infra = infra or who.infra
    cs = cs or who.cs
    if client in OUTLOOKISH and cs == "utf-8" and plain.isascii(): pcs = "us-ascii"
    else: pcs = cs
    h = []; xo = []
    if folder == "INBOX":
        if client == "ex16": who.mcid = mcid or alnum(22)
        tr, xo = transport(who, t, infra, client, lang or who.lang, orig_ip, auth)
        h += tr
    dtz = date_tz or who.tz
    date = rfc(t.astimezone(dtz))
    if client in ("cm163",): date = t.astimezone(PRC).strftime("%a, %-d %b %Y %H:%M:%S +0800 (CST)")
    hcs = "gb2312" if client in ("cm163",) else ("gb18030" if client == "qq" else ("windows-1256" if cs == "windows-1256" else "utf-8"))
    fromh = frm or addr(who.name, who.email, hcs)
    toh = ", ".join(addr(n, e, hcs) for n, e in to)
    cch = ", ".join(addr(n, e, hcs) for n, e in cc) if cc else None
    subjh = enc_h(subj, hcs)
    refh = "\n ".join(refs) if refs else None
    irt = irt or (refs[-1] if refs else None)
    if client in ("gmail", "gmailand"):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", refh), ("In-Reply-To", irt)]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", subjh), ("To", toh)]
        if cch: h.append(("Cc", cch))
    elif client == "zoho":
        h += [("Date", date), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h.append(("Message-Id", m))
        if refs: h += [("In-Reply-To", irt), ("References", refh)]
        h += [("Subject", subjh), ("MIME-Version", "1.0")]
    elif client in ("ymand", "ymweb"):
        h += [("Date", date), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h.append(("Message-ID", m))
        if refs: h += [("In-Reply-To", irt), ("References", refh)]
        h += [("Subject", subjh), ("MIME-Version", "1.0")]
    elif client == "cm163":
        h += [("Date", date), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", subjh), ("X-Priority", "3"),
              ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2025 www.mailtech.cn 163com")]
        if refs: h += [("In-Reply-To", irt), ("References", refh)]
        h += [("X-NTES-SC", "AL_Qu2" + alnum(70)), ("MIME-Version", "1.0"), ("Message-ID", m), ("X-Coremail-Locale", "zh_CN"),
              ("X-CM-TRANSID", f"{alnum(6)}gDn3{alnum(10)}" + "_--.{0}".format(R.randint(10000, 99999)) + "W2"),
              ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="), ("X-Originating-IP", f"[{who.ip}]"),
              ("X-CM-SenderInfo", alnum(24).lower() + "xrlkhtbvhpb1xxdhrvalrj")]
    elif client == "qq":
        h += [("X-QQ-FEAT", alnum(60) + "="), ("X-QQ-SSF", "00000000000000F0"), ("X-QQ-XMAILINFO", alnum(80)), ("X-QQ-STYLE", ""),
              ("X-QQ-mid", f"webmail{R.randint(600, 899)}t{int(t.timestamp())}t{R.randint(1000000, 9999999)}"),
              ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", subjh), ("Mime-Version", "1.0"), ("Content-Transfer-Encoding", "8Bit"), ("Date", date), ("X-Priority", "3"), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt), ("References", refh)]
        h += [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    else:
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("CC" if client in OUTLOOKISH else "Cc", cch))
        h.append(("Subject", subjh))
        if client in OUTLOOKISH or client in ("vpsolk", "cmsmtp"):
            h += [("Thread-Topic", enc_h(topic or (subj.split(": ", 1)[-1] if subj.upper().startswith(("RE:", "FW:")) else subj), hcs)),
                  ("Thread-Index", tidx or base64.b64encode(b"\x01" + (filetime(t) >> 24).to_bytes(5, "big") + rbytes(16)).decode())]
        h += [("Date", date), ("Message-ID", m)]
        if refs: h += [("References", refh), ("In-Reply-To", irt)]
        if client in OUTLOOKISH:
            al = accept_lang or (who.loc + (", en-US" if who.loc != "en-US" else ""))
            h += [("Accept-Language", al), ("Content-Language", content_lang or CLANG.get(client, "en-US")),
                  ("X-MS-Has-Attach", "yes" if atts or inline else ""), ("X-MS-TNEF-Correlator", "")]
            if client in ("ex13ar", "ex13en"): h.append(("x-originating-ip", f"[10.20.3.{R.randint(20, 90)}]"))
            if client == "ex16": h.append(("x-originating-ip", f"[10.1.20.{R.randint(30, 80)}]"))
            if client == "bankolk": h += [("x-originating-ip", f"[10.50.{R.randint(40, 44)}.{R.randint(10, 200)}]"), ("Classification", "Public")]
            if client in ("olk", "olkios", "owa") and folder == "INBOX":
                mb = exo_host(who.dom, who.email)
                h += [("x-ms-publictraffictype", "Email"), ("x-ms-traffictypediagnostic", f"{mb}:EE_|{exo_host(OWN, 'hub0') if who.dom == OWN else 'AM8PR' + str(R.randint(10, 99)) + 'MB' + str(R.randint(1000, 9999))}:EE_")]
    if folder == "INBOX" and INFRA[infra][0] == "exo" and who.dom in TENANT:
        h += [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", exo_host(who.dom, who.email))]
    if replyto: h.append(("Reply-To", replyto))
    if client in UA: h += UA[client]
    if client in ("vpsolk", "cmsmtp"): h.append(("Content-Language", "en-us"))
    if client == "cmsmtp":
        h += [("X-CM-TRANSID", f"_____wD{alnum(22)}--.{R.randint(10000, 99999)}S2"), ("X-Coremail-Antispam", "1Uf129KBjvJXoW7" + alnum(40) + "U=="),
              ("X-CM-SenderInfo", alnum(24).lower() + "xrlkhtbvhpb1xxdhrvalrj")]
    h += list(extra)
    if client not in ("gmail", "gmailand", "zoho", "ymand", "ymweb", "cm163", "qq"): h.append(("MIME-Version", "1.0"))
    if folder == "INBOX" and client == "ex16": h.append(("X-MC-Unique", who.mcid + "-1"))
    if html is None and not no_html: html = html_of(client, plain, rtl, cs if client in OUTLOOKISH else "utf-8")

    def bnd():
        if client in ("olk", "olkios", "owa"): return "_000_" + exo_host(who.dom, who.email) + HX(24) + "_"
        if client in ("ex13ar", "ex13en"): return "_000_" + HX(32) + "NAJDEXMB01najdloc_"
        if client == "ex16": return "_000_" + hx(32) + "QECEXCH01qimmalocal_"
        if client == "bankolk": return "_000_" + hx(32) + "EGBEXMBX03egbcorp_"
        if client in ("gmail", "gmailand"): return "000000000000" + hx(16)
        if client == "zoho": return f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}"
        if client in ("ymand", "ymweb"): return f"----=_Part_{R.randint(1000000, 9999999)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}"
        if client == "cm163": return f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}"
        if client == "qq": return f"----=_NextPart_{HX(8)}_{HX(8)}_{HX(8)}"
        if client in ("vpsolk", "cmsmtp"): return f"----=_NextPart_000_{HX(4)}_01DB{HX(4)}.{HX(8)}"
        if client == "ymtb": return "------------" + alnum(24)
        return "=_" + hx(28)

    def textpart(ctype, text):
        if client in OUTLOOKISH or client in ("vpsolk", "cmsmtp"):
            c = pcs if ctype == "text/plain" else (cs if not (cs == "utf-8" and text.isascii() and False) else cs)
            data = text.encode(c if c != "us-ascii" else "ascii")
            return [f'Content-Type: {ctype}; charset="{c}"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("gmail", "gmailand"):
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(text.encode()).decode("ascii")]
        if client == "zoho":
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: 7bit", "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(text.encode()).decode("ascii")]
        if client == "cm163":
            return [f"Content-Type: {ctype}; charset=GBK", "Content-Transfer-Encoding: base64", "", base64.encodebytes(text.encode("gbk")).decode().rstrip("\n")]
        if client == "qq":
            return [f'Content-Type: {ctype};\n\tcharset="gb18030"', "Content-Transfer-Encoding: base64", "", base64.encodebytes(text.encode("gb18030")).decode().rstrip("\n")]
        if client == "ymtb":
            if text.isascii(): return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 7bit", "", text]
            return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit", "", text]
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(text.encode()).decode("ascii")]

    if html_only: alt = textpart("text/html", html)
    else:
        alt = textpart("text/plain", plain)
        if html:
            ab = bnd(); alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if inline:
        rb = bnd(); alt = [f'Content-Type: multipart/related;\n\tboundary="{rb}";\n\ttype="multipart/alternative"', "", f"--{rb}"] + alt
        for name, data, ctype, cid in inline:
            alt += [f"--{rb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: inline; filename="{name}"', f"Content-ID: <{cid}>",
                    "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
        alt += [f"--{rb}--"]
    if atts:
        mbd = bnd(); body = [f'Content-Type: multipart/mixed;\n\tboundary="{mbd}"', "", f"--{mbd}"] + alt
        for name, data, ctype in atts:
            ename = name if name.isascii() else enc_h(name, hcs)
            body += [f"--{mbd}", f'Content-Type: {ctype}; name="{ename}"']
            if client in OUTLOOKISH:
                body += [f"Content-Description: {ename}", f'Content-Disposition: attachment; filename="{ename}"; size={len(data)};\n\tcreation-date="{rfcu(t)}";\n\tmodification-date="{rfcu(t)}"']
            elif client in ("gmail", "gmailand"):
                body += [f'Content-Disposition: attachment; filename="{ename}"', f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0"]
            else:
                body.append(f'Content-Disposition: attachment; filename="{ename}"')
            body += ["Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mbd}--"]
    else: body = alt
    hdr = [f"{k}: {v}" for k, v in h + xo]
    ctl = body[0]; rest = body[1:]
    if client in ("gmail", "gmailand", "zoho", "ymand", "ymweb", "cm163", "qq"):
        # these put Content-Type among their own headers, before the transport-added ones at the end
        pass
    raw = "\n".join(hdr) + "\n" + "\n".join(body) + "\n"
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


# ---------------------------------------------------------------- threads
RE_PFX = {"olk": "RE: ", "olkios": "RE: ", "owa": "RE: ", "ex13en": "RE: ", "ex16": "RE: ", "bankolk": "RE: ", "ex13ar": "رد: ",
          "gmail": "Re: ", "gmailand": "Re: ", "zoho": "Re: ", "ymand": "Re: ", "ymweb": "Re: ", "ymtb": "Re: ", "cm163": "Re:", "qq": "回复：",
          "vpsolk": "RE: ", "cmsmtp": "RE: ", "list": "Re: "}


class Thread:
    def __init__(s, tid, subj, partner=None):
        s.tid, s.subj, s.p = tid, subj, partner
        s.refs, s.last, s.ft0, s.guid, s.np, s.nblk = [], None, None, rbytes(16), 0, 0

    def tidx(s, t):
        if s.ft0 is None:
            s.ft0 = filetime(t)
            return base64.b64encode(b"\x01" + (s.ft0 >> 24).to_bytes(5, "big") + s.guid).decode()
        blocks = b""
        for k in range(len(s.refs)):
            d = max(1, (filetime(t) - s.ft0) >> 18) if k == len(s.refs) - 1 else R.getrandbits(31)
            blocks += (((d & 0x7FFFFFFF) << 8) | R.getrandbits(8)).to_bytes(5, "big")
        return base64.b64encode(b"\x01" + (s.ft0 >> 24).to_bytes(5, "big") + s.guid + blocks).decode()

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, sigtext=None, quote_last=None, refs=None, suffix="", **kw):
        client = client or who.client
        plain = text + ((sigtext if sigtext is not None else who.sig) if sig else "")
        q = quote_last or s.last
        if quote and q:
            q = dict(q)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q, kw.get("date_tz") or who.tz, who.loc)
        plain += suffix
        if subj is None:
            subj = s.subj if not s.refs else RE_PFX.get(client, "Re: ") + s.subj
        if to is None:
            to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if "tidx" not in kw: kw["tidx"] = s.tidx(t)
        r = list(s.refs) if refs is None else refs
        m = emit(who, client, t, to, cc, subj, r, plain, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


# ---------------------------------------------------------------- inert attachments with real container structure
def zipb(members, when=(2025, 1, 1, 9, 0, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w")
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when)
        zi.compress_type = zipfile.ZIP_STORED if encrypt else zipfile.ZIP_DEFLATED
        zi.create_system = 0
        z.writestr(zi, (rbytes(12) + data) if encrypt else data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:   # mark every entry as encrypted (traditional PKWARE): local headers and central directory
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


def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word for Microsoft 365", when="20250101090000", zone="+04'00'", uris=(), author=None, title=None):
    content = ("BT /F1 10 Tf 13 TL 60 790 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1", "replace")
    stream = zlib.compress(content)
    info = f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone})" + \
           (f" /Author ({pdf_esc(author)})" if author else "") + (f" /Title ({pdf_esc(title)})" if title else "") + " >>"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", info]
    ann = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {560 - 40 * i} 535 {600 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({pdf_esc(u)}) >> >>")
        ann.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in ann)}]" if ann else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + stream + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1", "replace")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def png(w, h, pix):
    """pix(x, y) -> (r, g, b)"""
    raw = b"".join(b"\x00" + bytes(c for x in range(w) for c in pix(x, y)) for y in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def screenshot(w=480, h=270):
    bars = [(R.randint(0, h - 20), R.randint(8, 30), (R.randint(150, 255), R.randint(150, 255), R.randint(150, 255))) for _ in range(9)]
    def pix(x, y):
        if y < 22: return (0, 90, 158)
        for y0, hh, c in bars:
            if y0 <= y < y0 + hh and 20 < x < w - 20 - y0 % 90: return c
        return (248, 248, 248)
    return png(w, h, pix)


def jpeg(w=160, h=120, make=None, model=None, when=None):
    """small valid baseline greyscale JPEG (DC-only blocks), with EXIF Make/Model/DateTime like a phone photo"""
    def seg(m, d): return b"\xff" + bytes([m]) + struct.pack(">H", len(d) + 2) + d
    out = bytearray(b"\xff\xd8")
    if make:
        ents = [(0x010F, make.encode() + b"\x00"), (0x0110, model.encode() + b"\x00"), (0x0132, when.encode() + b"\x00")]
        ifd_len = 2 + 12 * len(ents) + 4; off = 8 + ifd_len; tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", len(ents)); data = b""
        for tag, v in ents:
            tiff += struct.pack("<HHI", tag, 2, len(v)) + (v.ljust(4, b"\x00") if len(v) <= 4 else struct.pack("<I", off + len(data)))
            if len(v) > 4: data += v
        tiff += struct.pack("<I", 0) + data
        out += seg(0xE1, b"Exif\x00\x00" + tiff)
    else:
        out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    out += seg(0xDB, b"\x00" + bytes([8] * 64))
    out += seg(0xC0, struct.pack(">BHHB", 8, h, w, 1) + b"\x01\x11\x00")
    dc_bits = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    out += seg(0xC4, b"\x00" + bytes(dc_bits) + bytes(range(12)))
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    codes = {0: "00", 1: "010", 2: "011", 3: "100", 4: "101", 5: "110", 6: "1110", 7: "11110", 8: "111110"}
    bits = []; prev = 0; ph = R.random() * 6
    for by in range(h // 8):
        for bx in range(w // 8):
            v = int(40 * __import__("math").sin(bx / 3 + ph) + 30 * __import__("math").cos(by / 2.5 - ph) + R.randint(-12, 12))
            v = max(-120, min(120, v)); d = v - prev; prev = v
            c = abs(d).bit_length(); bits.append(codes[c])
            if c: bits.append(format(d if d > 0 else d + (1 << c) - 1, f"0{c}b"))
            bits.append("0")
    s = "".join(bits); s += "1" * (-len(s) % 8)
    for i in range(0, len(s), 8):
        byte = int(s[i:i + 8], 2); out.append(byte)
        if byte == 0xFF: out.append(0)
    out += b"\xff\xd9"
    return bytes(out)


def ooxml_xlsx(rows, macro=False, creator="Karim Haddad", when="2025-01-01T09:00:00Z"):
    def cell(v):
        if isinstance(v, (int, float)): return f"<c><v>{v}</v></c>"
        return f'<c t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{i}">' + "".join(cell(v) for v in r) + "</row>" for i, r in enumerate(rows, 1)) + "</sheetData></worksheet>")
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
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") + "</Relationships>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{H.escape(creator)}</dc:creator><cp:lastModifiedBy>{H.escape(creator)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>')
    mem = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()), ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
           ("xl/worksheets/sheet1.xml", sheet.encode()), ("docProps/core.xml", core.encode()), ("docProps/app.xml", app.encode())]
    if macro: mem.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(3000)))
    y, mo, d = int(when[:4]), int(when[5:7]), int(when[8:10])
    return zipb(mem, (y, mo, d, 9, 0, 0))


def pe_stub(k=4000):
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00" + b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21" \
        + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 17 + b"PE\x00\x00" + rbytes(k)


def qr_png(text, scale=5):
    """QR code (byte mode, EC level L, versions 1-5, mask 0) as a PNG"""
    data = text.encode()
    caps = {1: (19, 7), 2: (34, 10), 3: (55, 15), 4: (80, 20), 5: (108, 26)}
    ver = next(v for v in range(1, 6) if caps[v][0] * 8 >= 12 + 8 * len(data))
    ndata, necc = caps[ver]; size = 17 + 4 * ver
    bits = "0100" + format(len(data), "08b") + "".join(format(b, "08b") for b in data)
    bits += "0" * min(4, ndata * 8 - len(bits)); bits += "0" * (-len(bits) % 8)
    cw = [int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)]
    k = 0
    while len(cw) < ndata: cw.append((0xEC, 0x11)[k % 2]); k += 1
    def mul(x, y):
        z = 0
        for i in reversed(range(8)):
            z = (z << 1) ^ ((z >> 7) * 0x11D); z ^= ((y >> i) & 1) * x
        return z
    div = [0] * (necc - 1) + [1]; root = 1
    for _ in range(necc):
        for j in range(necc):
            div[j] = mul(div[j], root)
            if j + 1 < necc: div[j] ^= div[j + 1]
        root = mul(root, 2)
    rem = [0] * necc
    for b in cw:
        f = b ^ rem.pop(0); rem.append(0)
        for i, c in enumerate(div): rem[i] ^= mul(c, f)
    allcw = cw + rem
    mod = [[False] * size for _ in range(size)]; fn = [[False] * size for _ in range(size)]
    def setf(x, y, d): mod[y][x] = d; fn[y][x] = True
    for i in range(size): setf(6, i, i % 2 == 0); setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size: setf(x, y, max(abs(dx), abs(dy)) not in (2, 4))
    if ver > 1:
        p = size - 7
        for dy in range(-2, 3):
            for dx in range(-2, 3): setf(p + dx, p + dy, max(abs(dx), abs(dy)) != 1)
    def fmt_bits():
        d = (1 << 3) | 0; r = d
        for _ in range(10): r = (r << 1) ^ ((r >> 9) * 0x537)
        b = ((d << 10) | r) ^ 0x5412
        bit = lambda i: ((b >> i) & 1) != 0
        for i in range(6): setf(8, i, bit(i))
        setf(8, 7, bit(6)); setf(8, 8, bit(7)); setf(7, 8, bit(8))
        for i in range(9, 15): setf(14 - i, 8, bit(i))
        for i in range(8): setf(size - 1 - i, 8, bit(i))
        for i in range(8, 15): setf(8, size - 15 + i, bit(i))
        setf(8, size - 8, True)
    fmt_bits()
    i = 0; right = size - 1
    while right >= 1:
        if right == 6: right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j; up = ((right + 1) & 2) == 0
                y = size - 1 - vert if up else vert
                if not fn[y][x] and i < len(allcw) * 8:
                    mod[y][x] = ((allcw[i >> 3] >> (7 - (i & 7))) & 1) != 0; i += 1
        right -= 2
    for y in range(size):
        for x in range(size):
            if not fn[y][x] and (x + y) % 2 == 0: mod[y][x] = not mod[y][x]
    fmt_bits()
    n = (size + 8) * scale
    def pix(x, y):
        mx, my = x // scale - 4, y // scale - 4
        return (0, 0, 0) if 0 <= mx < size and 0 <= my < size and mod[my][mx] else (255, 255, 255)
    return png(n, n, pix)


# ================================================================ people
SIG_ME = ("\n\nBest regards,\n\nKarim Haddad\nProcurement Engineer\nAl Sarood Building Contracting L.L.C.\n"
          "Office 1207, Al Shafar Tower 1, Barsha Heights | P.O. Box 118244, Dubai, UAE\nT +971 4 555 0190 | M +971 50 555 3348")
SIG_ME_IOS = "\n\nKarim\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
SIG_ME_AR = ("\n\nمع خالص التحية،\n\nكريم حداد\nمهندس مشتريات\nشركة السرود للمقاولات العامة ذ.م.م - دبي\n"
             "هاتف: +971 4 555 0190 | متحرك: +971 50 555 3348")
me = Pt("Karim Haddad", f"karim.haddad@{OWN}", "olk", "own", SIG_ME)
tariq = Pt("Tariq Al Suwaidi", f"tariq.alsuwaidi@{OWN}", "olk", "own",
           "\n\nRegards,\nEng. Tariq Al Suwaidi\nProject Director - Al Jaddaf Residences (P2231)\nAl Sarood Building Contracting L.L.C.\nM +971 50 555 1107")
TARIQ_IOS = "\n\nTariq\n\nSent from Outlook for iOS<https://aka.ms/o0ukef>"
suresh = Pt("Suresh Pillai", f"suresh.pillai@{OWN}", "olk", "own",
            "\n\nRegards,\nSuresh Pillai\nFinance Manager\nAl Sarood Building Contracting L.L.C.\nT +971 4 555 0150")
anil = Pt("Anil Kumar", f"anil.kumar@{OWN}", "olk", "own",
          "\n\nThanks & Regards,\nAnil Kumar\nSenior Quantity Surveyor - Tendering\nAl Sarood Building Contracting L.L.C.\nT +971 4 555 0176 | M +971 55 555 2290")
hana = Pt("Hana Yousef", f"hana.yousef@{OWN}", "olk", "own",
          "\n\nKind regards,\nHana Yousef\nDocument Controller - P2231\nAl Sarood Building Contracting L.L.C.\nT +971 4 555 0133")
itsd = Pt("Al Sarood IT Service Desk", f"itservicedesk@{OWN}", "itsd", "itsd")
edms = Pt("ASBC eDMS", f"edms-noreply@{OWN}", "edms", "edms")
# ---- suppliers / subcontractors
shaji = Pt("Shaji Varghese", "shaji.v@gulfrebar.example", "olk", "exo-grt",
           "\n\nThanks & Best Regards,\n\nShaji Varghese\nSales Manager - Projects\nGulf Rebar Trading L.L.C.\nIndustrial Area 13, Sharjah, U.A.E. | P.O. Box 47711\n"
           "Tel: +971 6 555 8140 | Mob: +971 50 555 6621\nwww.gulfrebar.example")
rinsha = Pt("Rinsha Kareem", "rinsha.k@gulfrebar.example", "olk", "exo-grt",
            "\n\nBest Regards,\n\nRinsha Kareem\nSales Coordinator\nGulf Rebar Trading L.L.C.\nIndustrial Area 13, Sharjah, U.A.E.\nTel: +971 6 555 8140 Ext. 214 | Mob: +971 56 555 0382")
joseph = Pt("Accounts - Gulf Rebar", "accounts@gulfrebar.example", "olk", "exo-grt",
            "\n\nRegards,\nJoseph D'Souza\nAccounts Receivable\nGulf Rebar Trading L.L.C.\nTel: +971 6 555 8140 Ext. 105")
abdul = Pt("Abdulrahman Al-Qahtani", "a.alqahtani@najd-alglass.example", "ex13ar", "ex13-najd",
           "\n\nمع أطيب التحيات،\n\nم. عبدالرحمن بن سعد القحطاني\nمدير المشاريع - الإمارات\nشركة نجد لصناعات الألمنيوم والزجاج\nالرياض - المنطقة الصناعية الثانية\n"
           "جوال: +966 50 555 0555 | الإمارات: +971 52 555 4471", tz=RUH, lang="ar", cs="windows-1256", loc="ar-SA")
faisal = Pt("Faisal Rahim", "f.rahim@najd-alglass.example", "ex13en", "ex13-najd",
            "\n\nBest Regards,\n\nFaisal Rahim\nTechnical Manager - Design & Shop Drawings\nNajd Aluminium & Glass Industries Co.\n2nd Industrial City, Riyadh, K.S.A.\n"
            "Tel: +966 11 555 2047 Ext. 330 | Mob: +966 55 555 7193", tz=RUH, cs="windows-1256", loc="en-US")
nikhil = Pt("Nikhil Shah", "nikhil.shah@vardhmancables.example", "zoho", "zoho-vcs",
            "\n\nWith Warm Regards,\nNikhil Shah\nManager - Exports (GCC & Africa)\nVardhman Cables & Switchgear Pvt. Ltd.\nPlot 214, GIDC Makarpura, Vadodara 390010, Gujarat, India\n"
            "M: +91 98255 51472 | T: +91 265 555 3380\nwww.vardhmancables.example", tz=IND, lang="en")
hemal = Pt("Hemal Desai", "accounts@vardhmancables.example", "zoho", "zoho-vcs",
           "\n\nRegards,\nHemal Desai\nAccounts & Export Documentation\nVardhman Cables & Switchgear Pvt. Ltd.\nT: +91 265 555 3384", tz=IND)
ahmed = Pt("Ahmed Samir", "ahmed.samir@nilestone-eg.example", "gmail", "gws-nile",
           "\n\nBest regards,\n\nAhmed Samir\nExport Sales Manager\nNile Stone for Marble & Granite (S.A.E.)\nShaq El Thoban Industrial Zone, Katameya, Cairo, Egypt\n"
           "Mob/WhatsApp: +20 100 555 8294 | www.nilestone-eg.example", tz=CAI)
emre = Pt("Emre Yıldız", "emre.yildiz@anadoluvana.example", "olk", "exo-av",
          "\n\nBest regards,\n\nEmre Yıldız\nExport Sales Manager - Middle East\nAnadolu Vana Sanayi ve Ticaret A.Ş.\nİkitelli OSB, Başakşehir, İstanbul, Türkiye\n"
          "T +90 212 555 0140 | M +90 532 555 4812", tz=IST, loc="tr-TR")
EMRE_IOS = "\n\nEmre\n\nSent from Outlook for iOS<https://aka.ms/o0ukef>"
zeynep = Pt("Zeynep Aksoy", "zeynep.aksoy@anadoluvana.example", "olk", "exo-av",
            "\n\nKind regards,\n\nZeynep Aksoy\nFinance Specialist - Treasury\nAnadolu Vana Sanayi ve Ticaret A.Ş.\nT +90 212 555 0147", tz=IST, loc="tr-TR")
lily = Pt("Lily Chen", "lilychen_hongli@163.com", "cm163", "163",
          "\n\nBest regards\nLily Chen 陈莉\nSales Manager\n佛山市鸿利卫浴有限公司\nFoshan Hongli Sanitary Ware Co., Ltd.\nLeping Town, Sanshui District, Foshan, Guangdong, China\n"
          "Tel/WeChat: +86 138 2655 4417", tz=PRC, lang="zh-cn", cs="gbk")
lily.ip = "113.108.133.42"
wang = Pt("Wang Jianhua", "2853419760@qq.com", "qq", "qq",
          "\n\nBest regards\nWang Jianhua 王建华\nExport Manager\nFoshan Hongli Sanitary Ware Co., Ltd.\nTel: +86 757 8555 2210", tz=PRC, lang="zh-cn", cs="gb18030")
# ---- forwarder
vineeth = Pt("Vineeth Nair", "vineeth.nair@bluewave-logistics.example", "olk", "exo-bw",
             "\n\nThanks & Regards,\nVineeth Nair\nAssistant Manager - Operations\nBluewave Shipping & Logistics L.L.C.\nOffice 408, LOB 15, Jebel Ali Free Zone, Dubai, U.A.E.\n"
             "T: +971 4 555 8870 | M: +971 52 555 1946", loc="en-GB")
sandeep = Pt("Sandeep Menon", "sandeep.menon@bluewave-logistics.example", "olk", "exo-bw",
             "\n\nRegards,\nSandeep Menon\nCustoms Clearance Supervisor\nBluewave Shipping & Logistics L.L.C.\nJebel Ali Free Zone, Dubai, U.A.E.\nT: +971 4 555 8874 | M: +971 50 555 7402", loc="en-GB")
bwtrack = Pt("Bluewave Shipment Tracking", "tracking@notify.bluewave-logistics.example", "notice", "bw-track")
# ---- bank
BANK_DISC = ("\n\n________________________________\nDISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. "
             "Emirates Gulf Bank PJSC is regulated by the Central Bank of the UAE. EGB will never ask you to disclose your Internet Banking "
             "password, PIN or OTP by e-mail or phone. Please verify any request to change payment instructions through your Relationship Manager.")
rania = Pt("Rania Aziz", "rania.aziz@emiratesgulfbank.example", "bankolk", "bank",
           "\n\nKind regards,\n\nRania Aziz\nSenior Relationship Manager - Mid Corporate (Contracting)\nEmirates Gulf Bank PJSC\nSheikh Zayed Road, Dubai | T +971 4 555 7720 | M +971 50 555 9031"
           + BANK_DISC, loc="en-GB")
tfops = Pt("EGB Trade Finance Operations", "tradefinance.ops@emiratesgulfbank.example", "bankolk", "bank",
           "\n\nBest regards,\n\nPradeep Rao\nTrade Finance Operations - Import LCs\nEmirates Gulf Bank PJSC | T +971 4 555 7788 (Ext. 4)" + BANK_DISC, loc="en-GB")
tconnect = Pt("EGB TradeConnect", "tradeconnect-noreply@emiratesgulfbank.example", "banktc", "bank-tc")
# ---- consultant and client
farouk = Pt("Mohammed Farouk", "m.farouk@qimma-eng.example", "ex16", "ex16-qimma",
            "\n\nBest Regards,\n\nEng. Mohammed Farouk\nResident Engineer - Al Jaddaf Residences (P2231)\nQimma Engineering Consultants\n"
            "Site Office: Plot 326-0451, Al Jaddaf, Dubai | M +971 55 555 6048")
sameh = Pt("Sameh Adel", "s.adel@qimma-eng.example", "ex16", "ex16-qimma",
           "\n\nRegards,\nEng. Sameh Adel\nSenior Inspector (Civil/Structure)\nQimma Engineering Consultants\nM +971 56 555 3311")
rami = Pt("Rami Khoury", "rami.khoury@sahra-dev.example", "olk", "exo-sahra",
          "\n\nBest,\nRami Khoury\nSenior Project Manager - Development\nSahra Developments L.L.C.\nT +971 4 555 6600 | M +971 50 555 2718")
RAMI_IOS = "\n\nRami\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
dana = Pt("Dana Al Hashimi", "dana.hashimi@sahra-dev.example", "olk", "exo-sahra",
          "\n\nKind regards,\nDana Al Hashimi\nContracts Manager\nSahra Developments L.L.C.\nT +971 4 555 6612")
docusign = Pt("Dana Al Hashimi via DocuSign", "dse@eumail.docusign.net", "docusign", "docusign", tz=UTC)
# ---- scaffolding subcontractor on Yahoo
imran = Pt("Imran Qureshi", "alnoor.scaffolding@yahoo.com", "ymand", "yahoo",
           "\n\nThanks & Regards\nImran Qureshi\nAl Noor Scaffolding & Formwork Rental\nIndustrial Area 6, Sharjah\nMob: 050 555 7719")
# ---- irrigation suppliers (RFQ after the tender addendum)
greenoasis = Pt("Green Oasis Irrigation", "greenoasis.irrigation@gmail.com", "gmail", "gmail",
                "\n\nRegards,\nSunil Mathew\nSales Engineer\nGreen Oasis Irrigation Systems L.L.C.\nAl Quoz Industrial Area 3, Dubai | 055 555 8027")
hassan = Pt("Hassan Darwish", "hassan.darwish@aquaflow-me.example", "olk", "exo-aqua",
            "\n\nKind Regards,\nHassan Darwish\nProject Sales Manager\nAquaFlow Middle East FZE\nDubai Investments Park 1, Dubai, UAE\nT +971 4 555 3190 | M +971 52 555 6640")
# ---- newsletters, list
gcp = Pt("Gulf Construction Pulse", "newsletter@gulfconpulse.example", "notice", "gcp-news")
big5 = Pt("The Big 5 Global", "info@big5global.example", "notice", "big5", tz=GST)
LISTADDR = "uae-proc@lists.procurement-forum.example"
def member(name, email, hop):
    p = Pt(name, email, "list", "list"); p.hop = hop; return p
stephen = member("Stephen Clarke", "s.clarke@harbourline-civil.example", "mail-db5eur03on2061.outbound.protection.outlook.com (mail-db5eur03on2061.outbound.protection.outlook.com [40.107.4.61])")
walid = member("Walid Saab", "wsaab@levant-mep.example", "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])")
deepa = member("Deepa Nambiar", "deepa.n@medcon-fm.example", "mail-am7eur03on2112.outbound.protection.outlook.com (mail-am7eur03on2112.outbound.protection.outlook.com [40.107.105.112])")
# ---- attackers
fake_tf = Pt("EGB Trade Finance Operations", "tradefinance.ops@emirates-gulfbank.example", "vpsolk", "look-bank", loc="en-GB")
fake_nikhil = Pt("Nikhil Shah", "nikhil.shah@vardhmancable.example", "zoho", "look-vcs", nikhil.sig.replace("www.vardhmancables.example", "www.vardhmancable.example"), tz=IND)
fake_bg = Pt("Guarantees Unit | Trade Services", "bg.desk@gcc-bgverify.example", "vpsolk", "fake-bg", tz=GST)
fake_sign = Pt("Sahra Developments - Contracts via Acrobat Sign", "echosign-noreply@acrosign-notify.example", "fakesign", "fake-sign", tz=UTC)
spoof_tariq = Pt("Tariq Al Suwaidi", "tariq.alsuwaidi.pd@gmail.com", "gmail", "gmail")
spoof_itsd = Pt("Al Sarood IT Service Desk", "alsarood.itservicedesk@outlook.com", "owa", "outlookcom")
spoof_vineeth = Pt("Vineeth Nair", "bluewave.ops.jafza@hotmail.com", "owa", "hotmail", loc="en-GB")

# bank accounts (check digits computed)
IBAN_GRT = iban("AE", "047" + "1010048823170001")           # Gulf Rebar at Gulf Commercial Bank (genuine, never changes)
IBAN_A1 = iban("AE", "052" + "0002219376504401")            # mule account named in A1
IBAN_EGB_ASBC = iban("AE", "039" + "0000112450337702")      # our own account at Emirates Gulf Bank
IBAN_BW = iban("AE", "039" + "0000118866104301")            # Bluewave at Emirates Gulf Bank (genuine)
IBAN_AV_OLD = iban("TR", "00071" + "0" + "0000629810047315")
IBAN_AV_NEW = iban("TR", "00089" + "0" + "0001184029734417")
IBAN_NILE = iban("EG", "0019" + "0005" + "00000021304456128")
IBAN_A8 = iban("AE", "058" + "0001330718825946")
IBAN_A14 = iban("AE", "026" + "0001014412098830")
assert len(IBAN_GRT) == 23 and len(IBAN_AV_NEW) == 26 and len(IBAN_NILE) == 29


# ================================================================ notification senders (no reply headers)
def notice_html(title, paras, links, foot, brand="#0b3d6e"):
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            f'<body style="margin:0;padding:0;background:#f2f4f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table role="presentation" width="620" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
            f'<tr><td style="background:{brand};color:#fff;padding:14px 22px;font-size:18px">{H.escape(title)}</td></tr><tr><td style="padding:18px 22px">'
            + "".join(f"<p>{H.escape(p)}</p>" for p in paras)
            + "".join(f'<p><a href="{H.escape(u)}" style="color:{brand}">{H.escape(t)}</a></p>' for t, u in links)
            + f'</td></tr><tr><td style="padding:12px 22px;font-size:11px;color:#777">{H.escape(foot)}</td></tr></table></td></tr></table></body></html>')


GCP_A = ["Dubai Land Department: Q3 building permits up 21%", "Al Maktoum airport expansion: first packages tendered", "Cement prices steady despite fuel surcharge",
         "Etihad Rail freight: what it means for aggregate supply", "Big 5 Global preview: 2,200 exhibitors", "Big 5 Global day one: digital procurement on show",
         "Q4 contractor payment survey: average 94 days", "Top 10 residential towers awarded in 2024", "UAE National Day: site safety reminders for the long weekend",
         "Dubai Municipality launches new permit portal", "2025 outlook: Dubai residential pipeline", "Year in review: the biggest contract awards of 2024",
         "Sharjah industrial zones: new rules for storage yards", "Ready-mix suppliers announce 2025 price lists", "Dubai South: infrastructure packages released",
         "Payment fraud: contractors lose millions to fake bank letters", "Ramadan site hours: what contractors must know", "DEWA revises approved cable list",
         "Interview: a CFO on supplier bank verification", "Eid al-Fitr holidays confirmed for the private sector", "Steel mills announce April price list",
         "Tower crane safety campaign across Dubai sites", "Q1 tender volumes up 9% year on year", "Aluminium premium climbs; facade contractors warn on validity",
         "Mid-day break from 15 June: what changes this year", "Glass prices stable as new float line starts", "Chinese sanitary ware imports rise 18%",
         "Jebel Ali congestion easing, says port operator", "Civil Defence code update for facades", "LC or TT? Trade finance costs compared",
         "Copper at six-month high: cable quotes shorten validity", "Red Sea freight: carriers keep Cape routing", "Egyptian marble exports grow 14%",
         "Heat stress rules: contractors prepare for summer", "Abu Dhabi housing programme: new packages", "Interview: MEP labour rates in 2025 tenders",
         "Modular construction: first G+12 tower in Dubai", "Legal: advance payment guarantees explained", "Rebar: Gulf mills hold prices for June",
         "Sustainability: new green building rules for 2025", "Survey: procurement teams short of engineers", "Dubai Creek Harbour: towers topped out"]
GCP_B = ["Steel rebar: billet costs ease as mills restart lines", "Aluminium: LME up 3% on the week", "Copper: cable makers pass on increases",
         "Freight: Far East - Jebel Ali rates flat", "Cement: clinker exports slow", "Glass: float prices unchanged", "Fuel surcharge: trucking rates up 2%",
         "Timber: formwork plywood prices soften", "Diesel price for the month announced", "Sand and aggregates: Ras Al Khaimah quarries busy"]
GCP_C = ["Tender watch", "People on the move", "Legal corner", "Safety spotlight", "Product news", "Events calendar", "Project of the week", "Ask the QS"]


def newsletter(t, k):
    a, b, c = GCP_A[k % len(GCP_A)], GCP_B[(k * 3) % len(GCP_B)], GCP_C[k % len(GCP_C)]
    iss = 300 + k
    links = [(a, f"https://www.gulfconpulse.example/news/{iss}/{a.lower().replace(' ', '-')[:40]}?utm_source=newsletter&utm_medium=email"),
             (b, f"https://www.gulfconpulse.example/materials/{iss}/{b.lower().replace(' ', '-')[:40]}?utm_source=newsletter"),
             (c, f"https://www.gulfconpulse.example/features/{iss}?utm_source=newsletter"),
             ("Unsubscribe", f"https://gulfconpulse.us21.list-manage.example/unsubscribe?u={hx(25)}&id={hx(10)}&e={hx(10)}")]
    plain = (f"Gulf Construction Pulse - Issue {iss}\n\n" + "\n\n".join(f"{x}\n{u}" for x, u in links[:3]) +
             f"\n\nYou are receiving this because you subscribed at gulfconpulse.example.\nUnsubscribe: {links[3][1]}\nGulf Construction Pulse, Dubai Media City, Dubai, UAE")
    html = notice_html(f"Gulf Construction Pulse - Issue {iss}", ["This fortnight in Gulf construction:"], links, "Gulf Construction Pulse, Dubai Media City, Dubai, UAE", "#c0392b")
    emit(gcp, "notice", t, [(me.name, me.email)], None, f"{a} | Gulf Construction Pulse #{iss}", [], plain, html=html,
         extra=[("List-Unsubscribe", f"<{links[3][1]}>, <mailto:unsubscribe-{hx(12)}@gulfconpulse.us21.list-manage.example>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("X-Mailer", "Mailchimp Mailer - **CID" + hx(20) + "**"), ("X-Campaign", "mailchimp" + hx(20)), ("Precedence", "bulk")])


def big5_mail(t, subj, paras):
    links = [("Register / view your badge", f"https://www.big5global.example/visit?utm_campaign=b5g24&uid={hx(12)}"),
             ("Unsubscribe", f"https://u{R.randint(1000000, 9999999)}.ct.sendgrid.example/asm/unsubscribe/?user_id={R.randint(1000000, 9999999)}&data={alnum(40)}")]
    plain = "\n\n".join(paras) + "\n\n" + "\n".join(f"{a}: {u}" for a, u in links) + "\n\nDMG Events, Dubai World Trade Centre, Dubai, UAE"
    emit(big5, "notice", t, [(me.name, me.email)], None, subj, [], plain, html=notice_html("The Big 5 Global 2024", paras, links, "DMG Events, Dubai, UAE", "#e85d04"),
         extra=[("List-Unsubscribe", f"<{links[1][1]}>"), ("X-SG-EID", alnum(80)), ("X-Entity-ID", alnum(22))])


EDMS_URL = "https://edms.alsarood-bc.example/P2231"
def edms_note(t, trn, doc, title, status, to_whom="Qimma Engineering Consultants", label=None, scen=None):
    plain = (f"Transmittal {trn} has been {status}.\n\nProject: P2231 - Al Jaddaf Residences (G+2P+14)\nDocument: {doc} - {title}\n"
             f"From: Al Sarood Building Contracting L.L.C.\nTo: {to_whom}\n\nOpen in eDMS: {EDMS_URL}/transmittals/{trn}\n\n"
             "This is an automated message from ASBC eDMS. Please do not reply to this e-mail.")
    html = notice_html(f"eDMS - Transmittal {trn}", [f"Transmittal {trn} has been {status}.", f"Document: {doc} - {title}", f"To: {to_whom}"],
                       [("Open transmittal in eDMS", f"{EDMS_URL}/transmittals/{trn}")], "ASBC eDMS - automated message, do not reply.", "#1f5f3a")
    return emit(edms, "edms", t, [(me.name, me.email)], [(hana.name, hana.email)], f"[eDMS] {trn} {status} - {doc} {title}", [], plain, html=html,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], label=label, scen=scen)


def track_note(t, ref, bl, event, where, eta=None):
    plain = (f"Shipment {ref} (BL {bl})\n\nLatest event: {event}\nLocation: {where}\n" + (f"ETA Jebel Ali: {eta}\n" if eta else "") +
             f"\nTrack online: https://track.bluewave-logistics.example/s/{ref}\n\nBluewave Shipping & Logistics L.L.C. - automated notification, replies are not monitored.")
    html = notice_html(f"Shipment update {ref}", [f"Latest event: {event}", f"Location: {where}"] + ([f"ETA Jebel Ali: {eta}"] if eta else []),
                       [("Track shipment", f"https://track.bluewave-logistics.example/s/{ref}")], "Bluewave Shipping & Logistics L.L.C., JAFZA, Dubai", "#0077b6")
    emit(bwtrack, "notice", t, [(me.name, me.email)], None, f"Shipment update {ref}: {event}", [], plain, html=html, extra=[("Auto-Submitted", "auto-generated")])


def tc_note(t, subj, lines, label=None, scen=None, atts=()):
    plain = ("Dear Customer,\n\n" + "\n".join(lines) + "\n\nYou can view the full advice in EGB TradeConnect: https://tradeconnect.emiratesgulfbank.example/corporate\n\n"
             "This is a system generated message. Please do not reply. For queries contact your Relationship Manager." + BANK_DISC)
    html = notice_html("EGB TradeConnect", ["Dear Customer,"] + lines, [("Log in to TradeConnect", "https://tradeconnect.emiratesgulfbank.example/corporate")],
                       BANK_DISC.strip("_\n "), "#7a0019")
    return emit(tconnect, "banktc", t, [("AL SAROOD BUILDING CONTRACTING LLC", me.email)], None, subj, [], plain, html=html, label=label, scen=scen, atts=atts,
                extra=[("Auto-Submitted", "auto-generated")])


LIST_FOOT = ("\n_______________________________________________\nUAE-Proc mailing list -- uae-proc@lists.procurement-forum.example\n"
             "To unsubscribe send an email to uae-proc-leave@lists.procurement-forum.example")
def list_msg(th, who, text, t, label=None, scen=None, first=False):
    """a post delivered through the Mailman 3 list (owner's own posts go to Sent, the list copy is not kept)"""
    subj = f"[UAE-Proc] {th.subj}" if first else f"Re: [UAE-Proc] {th.subj}"
    if who is me:
        return th.add(me, text, t, subj=subj, to=[("UAE-Proc", LISTADDR)], sigtext="\n\nKarim Haddad\nProcurement Engineer, Al Sarood Building Contracting, Dubai", quote=not first)
    mhash = alnum(32).upper()
    extra = [("Message-ID-Hash", mhash), ("X-Message-ID-Hash", mhash), ("X-MailFrom", who.email),
             ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-uae-proc.lists.procurement-forum.example-0; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
             ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"), ("List-Id", "UAE Procurement & Contracts Forum <uae-proc.lists.procurement-forum.example>"),
             ("Archived-At", f"<https://lists.procurement-forum.example/archives/list/uae-proc@lists.procurement-forum.example/message/{mhash}/>"),
             ("List-Archive", "<https://lists.procurement-forum.example/archives/list/uae-proc@lists.procurement-forum.example/>"),
             ("List-Help", "<mailto:uae-proc-request@lists.procurement-forum.example?subject=help>"),
             ("List-Owner", "<mailto:uae-proc-owner@lists.procurement-forum.example>"), ("List-Post", "<mailto:uae-proc@lists.procurement-forum.example>"),
             ("List-Subscribe", "<mailto:uae-proc-join@lists.procurement-forum.example>"), ("List-Unsubscribe", "<mailto:uae-proc-leave@lists.procurement-forum.example>")]
    auth = (f"spf=pass (sender IP is 91.109.18.44)\n smtp.mailfrom=lists.procurement-forum.example; dkim=pass (signature was verified)\n header.d=lists.procurement-forum.example;"
            f"dmarc=none action=none\n header.from={who.dom};compauth=pass reason=105")
    return th.add(who, text, t, label=label, scen=scen, subj=subj, to=[("UAE-Proc", LISTADDR)], quote=not first, extra=extra, auth=auth, no_html=True,
                  sig=False, suffix=LIST_FOOT)


# ================================================================ attachment shortcuts
def A_pdf(name, lines, **kw): return (name, pdf(lines, **kw), "application/pdf")
def A_xlsx(name, rows, creator="Karim Haddad", when="2025-01-01T09:00:00Z"):
    return (name, ooxml_xlsx(rows, creator=creator, when=when), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
def A_zip(name, members, when=(2025, 1, 1, 9, 0, 0), ctype="application/x-zip-compressed"): return (name, zipb(members, when), ctype)
def A_jpg(name, **kw): return (name, jpeg(**kw), "image/jpeg")
def yahoo_sig(text): return text + "\n\nSent from Yahoo Mail on Android"
GRT = "Gulf Rebar Trading L.L.C."
SITE = "Plot 326-0451, Al Jaddaf, Dubai"

# ================================================================ T1 Gulf Rebar: RFQ and PO for podium rebar (Sept 2024)
t1 = Thread("T1", "RFQ - Reinforcement Steel B500B - P2231 Al Jaddaf Residences", shaji)
t1.add(me, "Dear Shaji,\n\nPlease submit your best offer for the reinforcement steel for the raft and podium of our Al Jaddaf Residences project (G+2P+14), "
       "as per the attached BOQ:\n\n- B500B to BS 4449:2005+A3:2016, approx. 420 MT, sizes T10 to T32\n- 12 m straight lengths, delivered to site in 4 call-offs from end of September\n"
       "- Mill test certificates with each delivery (heat numbers on the bundle tags)\n- Payment: 20% advance against an Advance Payment Guarantee from a UAE bank, balance 60 days PDC\n\n"
       f"Site: {SITE}. Kindly quote by Thursday.", at(2024, 9, 3, 10, 14),
       atts=[A_xlsx("P2231-RFQ-0042_Rebar_BOQ.xlsx", [["Item", "Description", "Unit", "Qty"], [1, "T10 B500B", "MT", 22], [2, "T12 B500B", "MT", 48], [3, "T16 B500B", "MT", 96],
                                                    [4, "T20 B500B", "MT", 88], [5, "T25 B500B", "MT", 104], [6, "T32 B500B", "MT", 62]], when="2024-09-03T06:05:00Z")])
t1.add(shaji, "Dear Karim,\n\nThank you for the enquiry. Please find attached our offer GRT/Q/24/1187 for 420 MT B500B ex our Sharjah stock "
       "(Emirates Steel origin):\n\n- AED 2,640 per MT, delivered Al Jaddaf (transport included for full trailer loads)\n- Validity: 7 days only, billet prices are moving\n"
       "- MTCs and CARES certificate with each delivery\n\nKindly note prices are excluding VAT.", at(2024, 9, 4, 11, 2), G,
       atts=[A_pdf("GRT-Q-24-1187_Al Sarood_P2231.pdf", ["GULF REBAR TRADING L.L.C. - QUOTATION GRT/Q/24/1187", "Customer: Al Sarood Building Contracting L.L.C.",
                                                        "Project: Al Jaddaf Residences P2231", "B500B BS4449 - 420 MT @ AED 2,640/MT delivered", "Validity: 7 days"], when="20240904105500")])
t1.add(me, "Dear Shaji,\n\nThanks for the quick offer. We are finalising the comparison this week. Can you hold the price for 30 days for the first two call-offs? "
       "Also please confirm if you can supply cut & bent for the podium columns (we would send the BBS).", at(2024, 9, 4, 15, 30))
t1.add(shaji, "Dear Karim,\n\nWe can hold AED 2,610/MT for 15 days if we receive the PO this month. Cut & bend is possible from our Sajaa yard at AED 180/MT extra, "
       "BBS in Excel please.\n\nLooking forward to your order.", at(2024, 9, 5, 9, 47), G)
t1.add(me, "Dear Shaji,\n\nPlease find attached our PO P2231-PO-0147 for 420 MT at AED 2,610/MT (AED 1,096,200 excl. VAT).\n\n"
       "As agreed, 20% advance against an Advance Payment Guarantee from a UAE bank. Kindly send the PI for the advance and the APG draft for our review.",
       at(2024, 9, 11, 14, 20),
       atts=[A_pdf("P2231-PO-0147_Gulf Rebar.pdf", ["AL SAROOD BUILDING CONTRACTING L.L.C. - PURCHASE ORDER P2231-PO-0147", "Supplier: Gulf Rebar Trading L.L.C.",
                                                   "420 MT B500B @ AED 2,610.00", "Total AED 1,096,200.00 + VAT 5%", "Advance 20% against APG"], when="20240911141200")])
t1.add(shaji, "Dear Karim,\n\nThank you for the order. Attached our PI GRT/PI/24/0913 for the 20% advance (AED 230,202.00 incl. VAT). Our bank details are on the PI:\n\n"
       f"Account name: Gulf Rebar Trading L.L.C.\nBank: Gulf Commercial Bank PJSC, Sharjah Main Branch\nIBAN: {IBAN_GRT}\nSWIFT: GCBLAEADSHJ\n\n"
       "The APG will be issued by the same bank, draft to follow tomorrow.\n\nAlso, please welcome Rinsha Kareem (copied), our new Sales Coordinator - "
       "she will handle your call-offs and delivery documents from now on.", at(2024, 9, 12, 10, 5), GH,
       cc=[(rinsha.name, rinsha.email)], scen=("G1", "supplier's first PI with its bank details (IBAN, SWIFT) after the PO - the usual account, never changed later"),
       atts=[A_pdf("GRT-PI-24-0913.pdf", ["GULF REBAR TRADING L.L.C. - PROFORMA INVOICE GRT/PI/24/0913", "Advance 20% against PO P2231-PO-0147",
                                          "AED 219,240.00 + VAT 10,962.00 = AED 230,202.00", f"IBAN {IBAN_GRT}  SWIFT GCBLAEADSHJ"], when="20240912095800")])
t1.add(rinsha, "Dear Karim,\n\nGood morning and pleased to be in touch. As Shaji mentioned, I will be coordinating the deliveries for PO P2231-PO-0147.\n\n"
       "Could you please share the call-off schedule for the first delivery (sizes and quantities), the site contact for offloading and whether a gate pass "
       "is needed for our trailers?", at(2024, 9, 16, 9, 12), GH, cc=[(shaji.name, shaji.email)],
       scen=("G2", "supplier's new sales coordinator (introduced by Cc in the previous mail) writes herself for the first time"))
t1.add(me, "Dear Rinsha,\n\nWelcome. Call-off 1: 96 MT (T16 40 MT, T20 30 MT, T25 26 MT) on Monday 30 September, 7:00 AM. Site contact: Joel D'Costa, "
       "storekeeper, 050 555 6120. Gate pass will be arranged by site, please send the trailer numbers one day before.", at(2024, 9, 16, 11, 0),
       to=[(rinsha.name, rinsha.email)], cc=[(shaji.name, shaji.email)])
t1.add(rinsha, "Dear Karim,\n\nNoted with thanks. We will send 3 trailers on 30th morning; numbers will be shared with Joel on Sunday.", at(2024, 9, 17, 8, 40), G,
       cc=[(shaji.name, shaji.email)])
t1.add(shaji, "Dear Karim,\n\nAPG No. GCB/APG/24/00388 for AED 230,202.00 issued today, valid until 31 March 2025. Original will be delivered to your office by our driver "
       "tomorrow, scanned copy attached.", at(2024, 9, 18, 15, 22), G,
       atts=[A_pdf("GCB-APG-24-00388_scan.pdf", ["GULF COMMERCIAL BANK PJSC - ADVANCE PAYMENT GUARANTEE No. GCB/APG/24/00388",
                                                 "Beneficiary: Al Sarood Building Contracting L.L.C.", "Amount: AED 230,202.00", "Expiry: 31 March 2025"], producer="Canon iR-ADV C5535 PDF", when="20240918151000")])

# ================================================================ T21 internal: procurement approvals with the project director
t21 = Thread("T21", "P2231 - Procurement Approvals", tariq)
t21.add(me, "Dear Tariq,\n\nAttached the comparison for the rebar package (3 bids). Recommend Gulf Rebar at AED 2,610/MT delivered, 20% advance against APG. "
        "The others were 2,655 and 2,690 with 30% advance.\n\nPlease approve so we can issue the PO this week.", at(2024, 9, 10, 9, 5),
        atts=[A_xlsx("P2231-CS-014_Rebar_Comparison.xlsx", [["Bidder", "Rate AED/MT", "Advance", "Delivery"], ["Gulf Rebar Trading", 2610, "20% vs APG", "4 call-offs"],
                                                          ["Bidder B", 2655, "30%", "ex-yard"], ["Bidder C", 2690, "30%", "delivered"]], when="2024-09-10T05:00:00Z")])
t21.add(tariq, "Karim,\n\nApproved. Proceed with Gulf Rebar. Make sure the APG is in hand before finance releases anything.", at(2024, 9, 10, 12, 48), G)
t21.add(me, "Dear Tariq,\n\nComparison for LV cables and final DBs attached. Recommend Vardhman Cables (India) at USD 206,100 CIF Jebel Ali - 11% below the local "
        "distributor. They have DEWA approval for the full range and accepted third-party inspection by BV before shipment.", at(2024, 10, 18, 16, 30),
        atts=[A_xlsx("P2231-CS-022_LV_Cables_Comparison.xlsx", [["Bidder", "Total USD", "Lead time", "DEWA"], ["Vardhman Cables", 206100, "6 weeks", "Yes"],
                                                              ["Local distributor", 231400, "stock", "Yes"]], when="2024-10-18T12:20:00Z")])
t21.add(tariq, "Approved. Make sure DEWA approval letter is on file before the PO goes out.", at(2024, 10, 18, 22, 14), GH, client="olkios", sigtext=TARIQ_IOS,
        scen=("G3", "project director approves from Outlook for iOS at 22:14 (short, mobile signature)"))
t21.add(me, "Dear Tariq,\n\nValves and grooved fittings: recommend Anadolu Vana (Turkey), EUR 61,780 CIF, UL/FM listed. Comparison attached.", at(2024, 12, 9, 10, 2),
        atts=[A_xlsx("P2231-CS-031_Valves_Comparison.xlsx", [["Bidder", "Total EUR", "Listing"], ["Anadolu Vana", 61780, "UL/FM"], ["Bidder B", 66900, "UL/FM"]],
                     when="2024-12-09T06:00:00Z")])
t21.add(tariq, "Approved.", at(2024, 12, 9, 13, 37), G)
t21.add(me, "Dear Tariq,\n\nLobby marble (VO-07 scope): Nile Stone, Galala Classic 2,780 m2 at USD 46.20/m2 CIF, consultant approval code A received. "
        "PO value USD 128,436. OK to proceed?", at(2025, 4, 17, 11, 20))
t21.add(tariq, "Ok go ahead.", at(2025, 4, 17, 19, 5), G, client="olkios", sigtext=TARIQ_IOS)

# ================================================================ T22 internal: finance - advances and bank details
t22 = Thread("T22", "Supplier advances - P2231", suresh)
t22.add(me, "Hi Suresh,\n\nGulf Rebar PI GRT/PI/24/0913 for the 20% advance (AED 230,202) attached. Tariq approved. APG GCB/APG/24/00388 original is coming to reception "
        "tomorrow - please release once you have it.", at(2024, 9, 18, 16, 5),
        atts=[A_pdf("GRT-PI-24-0913.pdf", ["GULF REBAR TRADING L.L.C. - PROFORMA INVOICE GRT/PI/24/0913", f"IBAN {IBAN_GRT}"], when="20240912095800")])
t22.add(suresh, "Hi Karim,\n\nReceived the original APG this morning, checked the wording with the bank. Payment will go in today's run.", at(2024, 9, 19, 10, 31), G)
t22.add(me, "Hi Suresh,\n\nVardhman PI for the 25% advance (USD 51,525) attached - TT to their account in Vadodara as per PI. Tariq approved the cable package.",
        at(2024, 10, 23, 9, 15),
        atts=[A_pdf("VCS-EXP-PI-24-25-0412.pdf", ["VARDHMAN CABLES & SWITCHGEAR PVT. LTD. - PROFORMA INVOICE VCS/EXP/PI/24-25/0412", "Advance 25%: USD 51,525.00"],
                    producer="Tally.ERP 9", when="20241022163000", zone="+05'30'")])
t22.add(suresh, "Done, remittance will go through TradeConnect tomorrow. I'll send the advice to Vardhman directly.", at(2024, 10, 23, 11, 2), G)


# ================================================================ T2 Gulf Rebar: mill test certificates (requested zip)
t2 = Thread("T2", "MTCs - Call-off 1 & 2 - PO P2231-PO-0147", rinsha)
t2.add(me, "Dear Rinsha,\n\nThe consultant's inspector is asking for the mill test certificates of call-offs 1 and 2 against the heat numbers on the bundle tags. "
       "Could you send all of them in one zip, together with the current CARES certificate of Emirates Steel?", at(2024, 10, 14, 9, 30))
mtcs = [(f"MTC_Heat_{h}.pdf", pdf([f"EMIRATES STEEL - MILL TEST CERTIFICATE", f"Heat No. {h}", "Grade B500B BS4449:2005+A3:2016", "Re 548 MPa  Rm 641 MPa  Agt 9.8%"],
                                   producer="Emirates Steel QMS", when="20240920080000")) for h in ("24E30871", "24E30902", "24E30955", "24E31004", "24E31016", "24E31088")]
t2.add(rinsha, "Dear Karim,\n\nPlease find attached the zip with the MTCs for both call-offs (6 heats) and the CARES certificate valid till 2026.\n\nKindly confirm receipt.",
       at(2024, 10, 14, 16, 41), GH, scen=("G4", "supplier sends the zipped mill test certificates the owner asked for"),
       atts=[A_zip("MTC_P2231-PO-0147_CO1-CO2.zip", mtcs + [("CARES_Cert_EmiratesSteel_2026.pdf", pdf(["UK CARES - CERTIFICATE OF APPROVAL", "Emirates Steel Industries", "Valid to 2026"], when="20231105090000"))],
                   when=(2024, 10, 14, 16, 30, 0))])
t2.add(me, "Dear Rinsha,\n\nReceived, thanks. One bundle of T32 on call-off 2 has heat no. 24E31172 on the tag - that certificate is not in the zip.", at(2024, 10, 15, 8, 55))
t2.add(rinsha, "Dear Karim,\n\nApologies, attached the missing one for heat 24E31172.", at(2024, 10, 15, 10, 20), G,
       atts=[A_pdf("MTC_Heat_24E31172.pdf", ["EMIRATES STEEL - MILL TEST CERTIFICATE", "Heat No. 24E31172", "Grade B500B"], producer="Emirates Steel QMS", when="20241001080000")])
t2.add(me, "Thanks Rinsha, all complete now.", at(2024, 10, 15, 10, 48))

# ================================================================ T27 Gulf Rebar accounts: statement
t27 = Thread("T27", "Statement of Account - Al Sarood Building Contracting - Dec 2024", joseph)
t27.add(joseph, "Dear Sir,\n\nPlease find attached the statement of account as of 31 December 2024. Invoices GRT/INV/24/2281 and 2296 (call-off 3) are past due. "
        "Kindly arrange payment or advise the status.", at(2025, 1, 8, 9, 40), cc=[(suresh.name, suresh.email)],
        atts=[A_pdf("SOA_Al Sarood_31Dec2024.pdf", ["GULF REBAR TRADING L.L.C. - STATEMENT OF ACCOUNT", "Customer: Al Sarood Building Contracting L.L.C.",
                                                    "GRT/INV/24/2281  AED 262,044.00  overdue", "GRT/INV/24/2296  AED 198,471.60  overdue"], producer="Tally.ERP 9", when="20250108093000")])
t27.add(me, "Dear Joseph,\n\nBoth invoices were certified on 6 January; the GRNs were delayed because of the site stock count. Suresh (copied) will include them in the "
        "next payment run.", at(2025, 1, 8, 11, 15), to=[(joseph.name, joseph.email)], cc=[(suresh.name, suresh.email)])
t27.add(joseph, "Dear Karim,\n\nNoted with thanks.", at(2025, 1, 8, 11, 52), G, cc=[(suresh.name, suresh.email)])

# ================================================================ T3 Gulf Rebar: superstructure PO, advance payment (A1), supplier's warning
t3 = Thread("T3", "Advance Payment - PO P2231-PO-0311 Superstructure Rebar", shaji)
t3.add(me, "Dear Shaji,\n\nPlease find attached PO P2231-PO-0311 for the superstructure rebar: 680 MT at AED 2,590/MT (AED 1,761,200 excl. VAT), "
       "deliveries from March as per the attached schedule.\n\nAdvance 25% against APG as before. Please send the PI and the APG draft wording for our bank to review.",
       at(2025, 2, 10, 10, 30), cc=[(rinsha.name, rinsha.email)],
       atts=[A_pdf("P2231-PO-0311_Gulf Rebar.pdf", ["AL SAROOD BUILDING CONTRACTING L.L.C. - PURCHASE ORDER P2231-PO-0311", "680 MT B500B @ AED 2,590.00",
                                                   "Total AED 1,761,200.00 + VAT", "Advance 25% against APG"], when="20250210102000")])
t3.add(shaji, "Dear Karim,\n\nThank you for the repeat order. PI GRT/PI/25/0187 for the 25% advance (AED 462,315.00 incl. VAT) and the APG draft are attached. "
       "Bank details as before (Gulf Commercial Bank, IBAN on the PI).", at(2025, 2, 11, 9, 15), G, cc=[(rinsha.name, rinsha.email)],
       atts=[A_pdf("GRT-PI-25-0187.pdf", ["GULF REBAR TRADING L.L.C. - PROFORMA INVOICE GRT/PI/25/0187", "Advance 25% against PO P2231-PO-0311",
                                          "AED 440,300.00 + VAT 22,015.00 = AED 462,315.00", f"IBAN {IBAN_GRT}  SWIFT GCBLAEADSHJ"], when="20250211090500"),
             A_pdf("APG_draft_PO-0311.pdf", ["DRAFT - ADVANCE PAYMENT GUARANTEE", "Amount AED 462,315.00", "Expiry: 30 September 2025"], when="20250211090800")])
t3.add(me, "Dear Shaji,\n\nOur finance and bank reviewed the draft. Two changes please: expiry 30 days after the last scheduled delivery (i.e. 31 October 2025), "
       "and the guarantee must be payable on first written demand without the clause about supplier's consent.", at(2025, 2, 11, 12, 2), cc=[(rinsha.name, rinsha.email)])
t3.add(shaji, "Dear Karim,\n\nRevised wording attached, both points accepted. Bank will issue by Tuesday 18th.", at(2025, 2, 13, 14, 45), G, cc=[(rinsha.name, rinsha.email)],
       atts=[A_pdf("APG_draft_PO-0311_rev1.pdf", ["DRAFT rev.1 - ADVANCE PAYMENT GUARANTEE", "Payable on first written demand", "Expiry: 31 October 2025"], when="20250213143000")])
t3.add(shaji, "Dear Karim,\n\nAPG No. GCB/APG/25/00412 issued today. The original will reach your reception tomorrow morning; scan attached.", at(2025, 2, 18, 16, 20), G,
       cc=[(rinsha.name, rinsha.email)],
       atts=[A_pdf("GCB-APG-25-00412_scan.pdf", ["GULF COMMERCIAL BANK PJSC - ADVANCE PAYMENT GUARANTEE No. GCB/APG/25/00412", "Amount: AED 462,315.00",
                                                 "Expiry: 31 October 2025"], producer="Canon iR-ADV C5535 PDF", when="20250218161000")])
t3.add(me, "Dear Shaji,\n\nOriginal APG received at reception and handed to finance. The advance will be in this Thursday's payment run.", at(2025, 2, 19, 9, 10),
       cc=[(rinsha.name, rinsha.email)])
a1 = t3.add(shaji, "Dear Karim,\n\nGood morning and thank you for the update.\n\nWith reference to the advance payment against PO P2231-PO-0311, kindly note that our account with "
            "Gulf Commercial Bank is temporarily on hold for receipts due to the bank's annual KYC renewal, which is taking longer than expected. Our management has "
            "instructed that all customer receipts this month are to be routed to our alternate account with Al Reef Islamic Bank. The official letter is attached "
            "for your finance team.\n\n"
            f"Account name: Gulf Rebar Trading L.L.C.\nBank: Al Reef Islamic Bank PJSC, Al Nahda Branch\nIBAN: {IBAN_A1}\nSWIFT: ARIBAEADXXX\n\n"
            "Kindly update this before Thursday's run and share the swift copy once done so we can release the first delivery without delay. Please note our office "
            "landline is being migrated to a new provider this week, so email is the best way to reach me.", at(2025, 2, 23, 7, 48), HJ("server-hijack"),
            cc=[(rinsha.name, rinsha.email)],
            scen=("A1", "supplier's real M365 mailbox (same Outlook headers): advance payment re-routed to a new IBAN at another bank, unsigned 'bank letter' PDF, "
                        "'landline being migrated, use email'; Sunday 07:48; faithful quote of the owner's last mail"),
            atts=[A_pdf("GRT_Bank_Account_Letter_Feb2025.pdf", ["GULF REBAR TRADING L.L.C.", "To whom it may concern", "Change of receiving account - February 2025",
                                                               f"Al Reef Islamic Bank PJSC  IBAN {IBAN_A1}", "Accounts Department"], producer="Microsoft: Print To PDF", when="20250222231400", zone="")])
t3.add(me, "Dear Shaji,\n\nNoted. As per our procedure any change of bank details has to be verified by a phone call with your finance before we can update it, "
       "so I will call Joseph today. Until then the advance stays on hold.", at(2025, 2, 24, 10, 5), cc=[(rinsha.name, rinsha.email)])
t3.add(shaji, "Karim,\n\nI did NOT send the e-mail of 23 February about a new bank account. Our IT found that somebody logged into my mailbox over the weekend; "
       "the password has been reset and they are checking the rules on my account. Our bank details have NOT changed - please pay only to the Gulf Commercial Bank "
       "IBAN on our PI and ignore any other instruction. Sorry for the trouble.", at(2025, 2, 24, 12, 30), GH, cc=[(rinsha.name, rinsha.email), (joseph.name, joseph.email)],
       scen=("G5", "the real supplier warns that the previous bank-change mail was not his; mentions bank details, IBAN and password reset"))
t3.add(me, "Dear Shaji,\n\nThanks for confirming. We will pay to the Gulf Commercial Bank account only; finance has been informed.", at(2025, 2, 24, 13, 2),
       cc=[(rinsha.name, rinsha.email), (joseph.name, joseph.email)])
t3.add(rinsha, "Dear Karim,\n\nAdvance received today, thank you. First superstructure delivery (110 MT) is planned for Tuesday 4 March; trailer numbers will follow.",
       at(2025, 2, 27, 14, 10), G, cc=[(shaji.name, shaji.email)])

# ================================================================ T4 Najd: curtain wall shop drawings (English thread; Arabic late-night reply; A3)
t4 = Thread("T4", "P2231 - Curtain Wall & Glazing - Shop Drawings Submission", faisal)
t4.add(me, "Dear Faisal,\n\nThe consultant expects the curtain wall shop drawing submission (elevations, typical sections, anchor layout) together with the structural "
       "calculations by 20 October. Please send the complete set as one zip (PDF and DWG) so our document controller can upload it to eDMS.",
       at(2024, 10, 6, 10, 5), cc=[(abdul.name, abdul.email)])
t4.add(faisal, "Dear Karim,\n\nNoted, we will share the set by 16 October. To finalise the anchor layout we need the slab edge and embedded plate drawings for "
       "levels 3 to 14 - kindly send the latest revision.", at(2024, 10, 7, 9, 20), G, cc=[(abdul.name, abdul.email)])
t4.add(me, "Dear Faisal,\n\nSlab edge and embed plate layout Rev B attached.", at(2024, 10, 7, 11, 40), cc=[(abdul.name, abdul.email)],
       atts=[A_pdf("P2231-STR-SE-101_RevB.pdf", ["P2231 - SLAB EDGE & EMBEDDED PLATE LAYOUT L3-L14", "Rev B"], producer="AutoCAD PDF (General Documentation)", when="20241003120000")])
cw_zip = A_zip("NAJD-P2231-CW-SD-RevA.zip", [(f"NAJD-P2231-CW-SD-{n:03d}_RevA.pdf", pdf([f"NAJD - P2231 CURTAIN WALL SHOP DRAWING {n:03d}", "Rev A"],
                                                                                          producer="AutoCAD PDF (High Quality Print)", when="20241015170000", zone="+03'00'")) for n in range(1, 9)]
               + [("NAJD-P2231-CW-SD-DWG.dwg", b"AC1032" + rbytes(3000)), ("NAJD-P2231-CW-CALC_RevA.pdf", pdf(["STRUCTURAL CALCULATION - CURTAIN WALL", "Rev A"], when="20241015160000", zone="+03'00'"))],
               when=(2024, 10, 16, 15, 20, 0))
t4.add(faisal, "Dear Karim,\n\nPlease find attached the zip with the complete shop drawing set Rev A (8 PDF sheets, DWG and the structural calculation).",
       at(2024, 10, 16, 15, 40), GH, cc=[(abdul.name, abdul.email)], atts=[cw_zip],
       scen=("G6", "subcontractor sends the shop-drawing zip (PDF + DWG) the owner asked for"))
t4.add(me, "Dear Faisal,\n\nReceived. Submitted to the consultant today under SD-031.", at(2024, 10, 17, 9, 30), cc=[(abdul.name, abdul.email)])
t4.add(me, "Dear Faisal,\n\nSD-031 came back Code C (revise and resubmit). Consultant's comments attached - mainly bracket spacing at the corners and the "
       "fire-stop detail at slab edges. Please resubmit by 1 December.", at(2024, 11, 19, 11, 10), cc=[(abdul.name, abdul.email)],
       atts=[A_pdf("SD-031_Consultant_Comments.pdf", ["QIMMA ENGINEERING CONSULTANTS - REVIEW COMMENTS SD-031", "Code C - revise and resubmit", "7 comments"], when="20241118150000")])
t4.add(faisal, "Dear Karim,\n\nNoted. On comment 7 (bracket spacing 900 mm max): our system is tested at 1200 mm - may we submit the test report instead of changing "
       "the spacing?", at(2024, 11, 20, 10, 5), G, cc=[(abdul.name, abdul.email)])
t4.add(me, "Dear Faisal,\n\nYes, submit the test report with a clear reference on the drawing; the RE said he would accept it if the test covers the same wind load.",
       at(2024, 11, 20, 13, 15), cc=[(abdul.name, abdul.email)])
t4.add(faisal, "Dear Karim,\n\nRev B attached (zip), all comments addressed; test report included.", at(2024, 12, 1, 11, 25), G, cc=[(abdul.name, abdul.email)],
       atts=[A_zip("NAJD-P2231-CW-SD-RevB.zip", [(f"NAJD-P2231-CW-SD-{n:03d}_RevB.pdf", pdf([f"NAJD - P2231 CURTAIN WALL SHOP DRAWING {n:03d}", "Rev B"],
                                                                                            when="20241130170000", zone="+03'00'")) for n in range(1, 9)]
                   + [("Wind_Load_Test_Report_NAJD-CW60.pdf", pdf(["TEST REPORT - CW60 SYSTEM", "Bracket spacing 1200 mm"], when="20230611090000", zone="+03'00'"))], when=(2024, 12, 1, 11, 0, 0))])
t4.add(me, "Dear Faisal,\n\nThanks, resubmitted as SD-031 Rev B.", at(2024, 12, 2, 9, 0), cc=[(abdul.name, abdul.email)])
t4.add(abdul, "م. كريم حفظه الله،\n\nالسلام عليكم ورحمة الله وبركاته، ورمضان كريم.\n\nنرجو إفادتنا بموقف اعتماد المخططات التنفيذية (SD-031 Rev B) لدى الاستشاري، "
       "حيث أن المصنع جاهز للبدء في تصنيع العينة (Mock-up) ونحتاج تأكيد موعد الفحص في الموقع حتى نرتب الشحن من الرياض.\n\nوتقبلوا خالص التحية.",
       at(2025, 3, 12, 23, 48, RUH), GH, cc=[(faisal.name, faisal.email)], rtl=True,
       scen=("G7", "subcontractor's manager answers in Arabic (windows-1256) at 23:48 during Ramadan in an English thread"))
t4.add(me, "Dear Eng. Abdulrahman,\n\nRamadan Kareem. SD-031 Rev B was approved Code B on 10 March (transmittal attached in eDMS). The consultant proposes the mock-up "
       "inspection on Monday 7 April at 10:00 AM on site, after Eid. Please confirm the panel can arrive by 3 April.", at(2025, 3, 13, 10, 30), to=[(abdul.name, abdul.email)],
       cc=[(faisal.name, faisal.email)])
t4.add(faisal, "Dear Karim,\n\nNoted with thanks. The mock-up panel will leave Riyadh on 25 March by road; clearance through our forwarder at Ghuwaifat.",
       at(2025, 3, 16, 11, 5), G, cc=[(abdul.name, abdul.email)], to=[(me.name, me.email)])
t4.add(me, "Dear Faisal,\n\nThe mock-up was inspected today with minor comments (sealant colour and the drainage slot spacing), which the RE will issue in writing. "
       "Separately, please confirm the fabrication and delivery schedule for the first three floors so I can update the client's long-lead tracker.",
       at(2025, 4, 8, 15, 20), cc=[(abdul.name, abdul.email)])
a3_quote = t4.last["plain"].replace("Separately, please confirm the fabrication and delivery schedule for the first three floors so I can update the client's long-lead tracker.",
                                    "Please send the revised shop drawings (Rev D) incorporating the mock-up comments so we can forward them to the consultant for approval.")
a3 = t4.add(faisal, "Dear Karim,\n\nAs requested, please find attached the revised shop drawings Rev D incorporating the mock-up comments. Kindly forward to the consultant "
            "urgently for approval so that the fabrication is not delayed.\n\nThe file is compressed due to the size of the drawings.", at(2025, 4, 19, 2, 47, RUH),
            HJ("server-hijack"), cc=[(abdul.name, abdul.email)], quote_text=a3_quote,
            scen=("A3", "subcontractor's real Exchange 2013 (same Outlook/FortiMail headers, windows-1256): 'Rev D drawings' zip holding an .exe, Saturday 02:47 Riyadh; "
                        "the quoted request is altered to ask for drawings (the owner asked for a schedule)"),
            atts=[A_zip("NAJD-P2231-CW-SD-RevD.zip", [("NAJD-P2231-CW-SD-RevD Drawings Set.exe", pe_stub(6000))], when=(2025, 4, 19, 2, 30, 0))])
t4.add(faisal, "Dear Karim,\n\nPlease find attached the fabrication and delivery schedule for levels 3 to 5 (first delivery 12 May). The sealant colour and drainage "
       "comments will be incorporated in the production panels.", at(2025, 4, 20, 10, 40), G, cc=[(abdul.name, abdul.email)],
       atts=[A_xlsx("NAJD-P2231-CW-Delivery-Schedule-L3-L5.xlsx", [["Level", "Panels", "Fabrication", "Delivery"], ["L3", 46, "28-Apr", "12-May"], ["L4", 46, "05-May", "19-May"],
                                                                    ["L5", 46, "12-May", "26-May"]], creator="Faisal Rahim", when="2025-04-20T07:30:00Z")])

# ================================================================ T5 Najd: commercial negotiation in Arabic (windows-1256)
t5 = Thread("T5", "عرض سعر أعمال الواجهات الزجاجية - مشروع الجداف ريزيدنس", abdul)
t5.add(abdul, "الأستاذ/ كريم حداد المحترم\nمهندس المشتريات - شركة السرود للمقاولات\n\nالسلام عليكم ورحمة الله وبركاته،\n\nإشارة إلى طلبكم، نرفق لكم عرض السعر رقم "
       "NAJD/Q/2024/118 لأعمال الواجهات الزجاجية والألمنيوم لمشروع الجداف ريزيدنس بقيمة إجمالية 4,860,000 درهم إماراتي غير شاملة ضريبة القيمة المضافة.\n\n"
       "شروط الدفع: 20% دفعة مقدمة، 70% حسب الإنجاز، 10% محتجزات.\nصلاحية العرض: 30 يوماً.\n\nنأمل أن ينال العرض رضاكم.", at(2024, 9, 8, 11, 0, RUH), rtl=True,
       atts=[A_pdf("NAJD-Q-2024-118_AlJaddaf.pdf", ["NAJD ALUMINIUM & GLASS INDUSTRIES CO. - QUOTATION NAJD/Q/2024/118", "Curtain wall, windows, ACP cladding",
                                                   "Total AED 4,860,000 excl. VAT"], when="20240908104500", zone="+03'00'")])
t5.add(me, "م. عبدالرحمن المحترم،\n\nوعليكم السلام ورحمة الله، شكراً على العرض.\n\nنرجو تزويدنا بتفصيل السعر حسب كل واجهة، وقائمة الاستثناءات، وتأكيد أن النظام المقترح "
       "حاصل على اعتماد الدفاع المدني في دبي. كما نرجو تأكيد مدة التوريد براً من الرياض.", at(2024, 9, 9, 10, 20), sigtext=SIG_ME_AR,
       content_lang="ar-AE")
t5.add(abdul, "الأستاذ كريم،\n\nمرفق تفصيل السعر لكل واجهة مع الاستثناءات (السقالات والرافعات على المقاول الرئيسي). النظام معتمد من الدفاع المدني في دبي وشهادة الاعتماد مرفقة. "
       "مدة التوريد للدفعة الأولى ثمانية أسابيع من اعتماد المخططات.", at(2024, 9, 11, 12, 35, RUH), G, rtl=True,
       atts=[A_pdf("NAJD-Q-118_Breakdown.pdf", ["PRICE BREAKDOWN PER ELEVATION - NAJD/Q/2024/118", "North 1,212,000 / South 1,190,000 / East 1,244,000 / West 1,214,000"],
                   when="20240911120000", zone="+03'00'"),
             A_pdf("DCD_Approval_NAJD-CW60.pdf", ["DUBAI CIVIL DEFENCE - PRODUCT APPROVAL", "NAJD CW60 Curtain Wall System"], when="20240115090000", zone="+04'00'")])
t5.add(me, "م. عبدالرحمن،\n\nبعد المراجعة مع الإدارة، السعر المستهدف لدينا 4,550,000 درهم، مع دفعة مقدمة 10% مقابل ضمان بنكي صادر من بنك إماراتي أو معزز من بنك إماراتي.",
       at(2024, 9, 15, 14, 5), sigtext=SIG_ME_AR, content_lang="ar-AE")
t5.add(abdul, "الأستاذ كريم،\n\nأفضل سعر ممكن 4,680,000 درهم، مع دفعة مقدمة 15% مقابل ضمان بنكي من البنك الأهلي معزز من بنك في الإمارات. هذا آخر ما يمكن تقديمه.",
       at(2024, 9, 17, 9, 50, RUH), G, rtl=True)
t5.add(me, "م. عبدالرحمن،\n\nتمت الموافقة. مرفق خطاب النوايا (LOI) بقيمة 4,680,000 درهم، نرجو التوقيع والختم وإعادته.", at(2024, 9, 23, 16, 10), sigtext=SIG_ME_AR,
       content_lang="ar-AE",
       atts=[A_pdf("P2231-LOI-009_Najd.pdf", ["LETTER OF INTENT P2231-LOI-009", "Najd Aluminium & Glass Industries Co.", "Curtain wall & glazing - AED 4,680,000"], when="20240923160000")])
t5.add(abdul, "الأستاذ كريم،\n\nمرفق خطاب النوايا موقعاً ومختوماً. شكراً لثقتكم.", at(2024, 9, 24, 10, 15, RUH), G, rtl=True,
       atts=[A_pdf("P2231-LOI-009_signed.pdf", ["LETTER OF INTENT P2231-LOI-009 - SIGNED"], producer="HP Scan", when="20240924100500", zone="+03'00'")])
t5.add(abdul, "الأستاذ كريم حفظه الله،\n\nمساء الخير ورمضان كريم.\n\nنرجو التكرم بمتابعة صرف الدفعة الثالثة حسب الفاتورة رقم NAJD/INV/2025/031 بقيمة 702,000 درهم، "
       "والتي تم اعتمادها من الاستشاري بتاريخ 20 فبراير.\n\nمع الشكر.", at(2025, 3, 4, 23, 15, RUH), GH, rtl=True,
       scen=("G8", "subcontractor's manager follows up a progress payment at 23:15 during Ramadan, Arabic windows-1256, from the real Exchange"))
t5.add(me, "م. عبدالرحمن،\n\nوعليكم السلام ورمضان كريم. تمت مراجعة الفاتورة مع قسم المالية وستكون ضمن دفعات يوم 13 مارس.", at(2025, 3, 5, 10, 40), sigtext=SIG_ME_AR,
       content_lang="ar-AE")
t5.add(abdul, "الأستاذ كريم،\n\nتم استلام الدفعة، جزاكم الله خيراً. كل عام وأنتم بخير.", at(2025, 3, 13, 22, 5, RUH), G, rtl=True)


# ================================================================ T6 Vardhman (Zoho): LV cables RFQ, PIs, lookalike (A11)
VCS_BANK = ("Beneficiary: Vardhman Cables & Switchgear Pvt. Ltd.\nBank: Western India Commercial Bank Ltd., Makarpura Branch, Vadodara\n"
            "A/c No.: 004120510087 (EEFC - USD)\nIFSC: WICB0000417 | SWIFT: WICBINBBVAD")
t6 = Thread("T6", "RFQ: LV Power Cables & Final DBs - P2231 Al Jaddaf Residences", nikhil)
t6.add(me, "Dear Nikhil,\n\nFurther to our call, please quote CIF Jebel Ali for the LV cables and final distribution boards in the attached BOQ:\n\n"
       "- Cu/XLPE/SWA/PVC to BS 5467, 0.6/1 kV, sizes 4C x 16 to 4C x 240 mm2 (approx. 31 km)\n- Final DBs per the schedule, IP54\n"
       "- DEWA approval certificate for each item, type test reports\n- Third-party inspection (BV) before shipment\n\nPlease include your payment terms and lead time.",
       at(2024, 10, 1, 9, 40),
       atts=[A_xlsx("P2231-RFQ-0061_LV_Cables_BOQ.xlsx", [["Item", "Description", "Unit", "Qty"], [1, "4C x 240 Cu/XLPE/SWA/PVC", "m", 2400], [2, "4C x 120", "m", 3900],
                                                        [3, "4C x 35", "m", 8600], [4, "4C x 16", "m", 16100], [5, "Final DB 24-way IP54", "nos", 58]], when="2024-10-01T05:30:00Z")])
t6.add(nikhil, "Dear Karim,\n\nThank you for the enquiry, well received. Our costing team is working on it, you will have our offer by Friday.", at(2024, 10, 2, 11, 15, IND), G)
t6.add(nikhil, "Dear Karim,\n\nPlease find attached our offer VCS/EXP/Q/24-25/1133:\n\nTotal CIF Jebel Ali: USD 212,480\nPayment: 30% advance by TT, 70% against documents through bank (CAD)\n"
       "Lead time: 6 weeks from advance\nValidity: 30 days (copper based on LME of 01-Oct)\n\nDEWA certificates are available for the full range.", at(2024, 10, 4, 17, 30, IND), G,
       atts=[A_pdf("VCS-EXP-Q-24-25-1133.pdf", ["VARDHMAN CABLES & SWITCHGEAR PVT. LTD. - OFFER VCS/EXP/Q/24-25/1133", "CIF Jebel Ali USD 212,480",
                                                "30% advance TT, 70% CAD"], producer="Tally.ERP 9", when="20241004171500", zone="+05'30'")])
t6.add(me, "Dear Nikhil,\n\nThank you. Please send the DEWA approval letters for the 4C x 240 and 4C x 120, and consider 20% advance - our finance prefers to keep advances low.",
       at(2024, 10, 7, 10, 5))
t6.add(nikhil, "Dear Karim,\n\nDEWA approval letter attached (covers all sizes in your BOQ). On advance we can come down to 25% with a price of USD 206,100 - this is our best.",
       at(2024, 10, 8, 12, 40, IND), G,
       atts=[A_pdf("DEWA_Approval_VCS_LV_Cables.pdf", ["DUBAI ELECTRICITY & WATER AUTHORITY - MATERIAL APPROVAL", "Vardhman Cables & Switchgear - LV cables BS 5467"],
                   when="20240301100000", zone="+04'00'")])
t6.add(me, "Dear Nikhil,\n\nPlease find attached our PO P2231-PO-0198 for USD 206,100 CIF Jebel Ali, 25% advance, 75% CAD. Kindly send the PI for the advance.",
       at(2024, 10, 21, 11, 30),
       atts=[A_pdf("P2231-PO-0198_Vardhman.pdf", ["AL SAROOD BUILDING CONTRACTING L.L.C. - PURCHASE ORDER P2231-PO-0198", "LV cables and final DBs - USD 206,100 CIF Jebel Ali"],
                   when="20241021112000")])
t6.add(nikhil, "Dear Karim,\n\nThank you for the order. Please find attached PI VCS/EXP/PI/24-25/0412 for the 25% advance of USD 51,525.00. Our bank details:\n\n" + VCS_BANK,
       at(2024, 10, 22, 16, 40, IND), G,
       atts=[A_pdf("VCS-EXP-PI-24-25-0412.pdf", ["VARDHMAN CABLES & SWITCHGEAR PVT. LTD. - PROFORMA INVOICE VCS/EXP/PI/24-25/0412", "Advance 25%: USD 51,525.00",
                                                 "Western India Commercial Bank - A/c 004120510087 - SWIFT WICBINBBVAD"], producer="Tally.ERP 9", when="20241022163000", zone="+05'30'")])
t6.add(me, "Dear Nikhil,\n\nFollowing the design change on levels 10 to 14 we need an additional 18 km. PO P2231-PO-0246 (USD 94,760, same terms) attached - "
       "please send the PI for the 25% advance.", at(2025, 1, 13, 12, 15),
       atts=[A_pdf("P2231-PO-0246_Vardhman.pdf", ["AL SAROOD BUILDING CONTRACTING L.L.C. - PURCHASE ORDER P2231-PO-0246", "Additional LV cables - USD 94,760"], when="20250113120000")])
t6.add(nikhil, "Dear Karim,\n\nThanks a lot for the repeat order. PI VCS/EXP/PI/24-25/0587 for USD 23,690.00 attached; bank details as per our earlier PI.",
       at(2025, 1, 14, 15, 5, IND), G,
       atts=[A_pdf("VCS-EXP-PI-24-25-0587.pdf", ["VARDHMAN CABLES & SWITCHGEAR PVT. LTD. - PROFORMA INVOICE VCS/EXP/PI/24-25/0587", "Advance 25%: USD 23,690.00",
                                                 "Western India Commercial Bank - A/c 004120510087"], producer="Tally.ERP 9", when="20250114145000", zone="+05'30'")])
a11 = t6.add(fake_nikhil, "Dear Karim,\n\nGreetings from Vardhman!\n\nFurther to our PI VCS/EXP/PI/24-25/0587 sent yesterday, please note an important update from our accounts "
             "department. Our EEFC account with Western India Commercial Bank is under the annual review of our IEC and export realisation records (RBI compliance), "
             "and during this period the bank is not permitting inward foreign remittances above USD 20,000 to be credited. Any amount received will be held in a "
             "suspense account and may be returned after 30 days with charges on both sides.\n\n"
             "To avoid this, kindly remit the 25% advance of USD 23,690.00 for PO P2231-PO-0246 to our collection account with our second banker as below. "
             "The revised PI with these details is attached for your finance records:\n\n"
             "Beneficiary: Vardhman Cables & Switchgear Pvt. Ltd.\nBank: Coastal Federal Bank Ltd., Fort Branch, Mumbai\nA/c No.: 9120 2004 4718 306\n"
             "IFSC: CFBK0000112 | SWIFT: CFBKINBBMUM\n\n"
             "Please note our production planning has kept the copper and drums reserved for your order only until 20th January, as LME is moving up. "
             "Kindly share the SWIFT copy once remitted so that we can release the order to the shop floor immediately. For any clarification please write to me "
             "on this email as I am travelling for the next few days.", at(2025, 1, 15, 16, 5, IND), HJ("lookalike-domain"),
             scen=("A11", "look-alike domain vardhmancable.example on Zoho (same client as the real supplier): long RBI/EEFC story, new Indian bank account for the advance, "
                          "revised PI, copper price urgency, 'write to me on this email'; faithful quote of the real thread"),
             atts=[A_pdf("VCS-EXP-PI-24-25-0587-R1.pdf", ["VARDHMAN CABLES & SWITCHGEAR PVT. LTD. - PROFORMA INVOICE VCS/EXP/PI/24-25/0587 (R1)", "Advance 25%: USD 23,690.00",
                                                         "Coastal Federal Bank - A/c 912020044718306 - SWIFT CFBKINBBMUM"], producer="Microsoft® Word 2016", when="20250115150200", zone="+05'30'")],
             detached=True)
t6.add(nikhil, "Dear Karim,\n\nGood news - the second lot (PO P2231-PO-0198 balance) was shipped today on KOTA SATRIA 0125W from Mundra, ETA Jebel Ali 14 February. "
       "Documents are being sent through the bank for collection (CAD); copy of BL and invoice attached.", at(2025, 2, 3, 18, 20, IND), G,
       atts=[A_pdf("BL_MUNJEA250187_copy.pdf", ["BILL OF LADING MUNJEA250187 - COPY NON NEGOTIABLE", "Shipper: Vardhman Cables & Switchgear", "Consignee: To order of Emirates Gulf Bank"],
                   when="20250203180000", zone="+05'30'")])

# ================================================================ T7 Vardhman: pre-dispatch inspection (video-call link)
t7 = Thread("T7", "Pre-dispatch Inspection - PO P2231-PO-0198 - BV", nikhil)
t7.add(nikhil, "Dear Karim,\n\nMaterial against PO P2231-PO-0198 (lot 1) is ready for pre-dispatch inspection. BV inspector is booked for Thursday 28 November at our "
       "Makarpura works. Approved ITP attached. Please let us know if your consultant wishes to witness.", at(2024, 11, 25, 12, 10, IND),
       atts=[A_pdf("ITP_VCS_P2231_LV_Cables.pdf", ["INSPECTION & TEST PLAN - LV CABLES - P2231", "Conductor resistance, HV test, insulation resistance, dimensional"],
                   producer="Tally.ERP 9", when="20241125113000", zone="+05'30'")])
t7.add(me, "Dear Nikhil,\n\nThe consultant's electrical engineer would like to witness the HV test remotely by video. Please confirm the time (Dubai time) and send a link.",
       at(2024, 11, 25, 14, 35))
t7.add(nikhil, "Dear Karim,\n\nHV test will start at 11:00 AM IST (9:30 AM Dubai) on 28 November. Video call link for your consultant:\n\n"
       "https://zoom.us/j/84512907731?pwd=VmFyZGhtYW5CVjI4Tm92\nMeeting ID: 845 1290 7731 | Passcode: 281124\n\nOur QC head Mr. Patel will host.",
       at(2024, 11, 26, 10, 20, IND), GH, scen=("G9", "supplier sends a video-call link for the remote witness test the owner asked for"))
t7.add(me, "Thanks Nikhil, forwarded to the consultant.", at(2024, 11, 26, 11, 5))
t7.add(nikhil, "Dear Karim,\n\nInspection completed successfully. BV inspection release note and routine test reports attached. We will ship on the first available vessel.",
       at(2024, 11, 29, 19, 10, IND), G,
       atts=[A_pdf("BV_Inspection_Release_Note_VCS-2411-088.pdf", ["BUREAU VERITAS - INSPECTION RELEASE NOTE", "Vardhman Cables - P2231 lot 1 - ACCEPTED"],
                   when="20241129183000", zone="+05'30'"),
             A_pdf("Routine_Test_Reports_Lot1.pdf", ["ROUTINE TEST REPORTS - LOT 1", "HV 3.5 kV 5 min - PASS"], when="20241129180000", zone="+05'30'")])
t7.add(me, "Dear Nikhil,\n\nWell received, thanks. Please go ahead with shipment and send the draft BL before it is issued.", at(2024, 11, 30, 10, 15))

# ================================================================ O2 Vardhman accounts answers the finance manager's remittance advice (parent not in mailbox)
o2_parent = f"<{exo_host(OWN, suresh.email)}{HX(24)}@{exo_host(OWN, suresh.email)}.eurprd02.prod.outlook.com>"
emit(hemal, "zoho", at(2024, 10, 28, 12, 45, IND), [(suresh.name, suresh.email)], [(me.name, me.email), (nikhil.name, nikhil.email)],
     "Re: Remittance Advice - PO P2231-PO-0198 - Advance USD 51,525", [o2_parent],
     "Dear Suresh Sir,\n\nWe have received the advance today; our bank has credited USD 51,490.00 after deducting intermediary charges of USD 35.00. "
     "Kindly note the difference for reconciliation - we will adjust it in the final invoice.\n\nCopying Karim for information." + hemal.sig +
     f"\n\n\n\n---- On Thu, 24 Oct 2024 11:20:41 +0400 Suresh Pillai <{suresh.email}> wrote ---\n\n"
     + _q("Dear Hemal,\n\nPlease find attached the remittance advice for the 25% advance against PO P2231-PO-0198 (USD 51,525.00), value date 24 October.\n\n"
          "Regards,\nSuresh Pillai\nFinance Manager\nAl Sarood Building Contracting L.L.C.\nT +971 4 555 0150"),
     label=GO, scen=("O2", "supplier's accounts replies to the finance manager's remittance advice (sent only to them), adding the owner in Cc - parent not in the mailbox"))

# ================================================================ T8 Nile Stone (Google Workspace): marble samples, revived after months, Arabic lure (A5)
t8 = Thread("T8", "Marble samples - Lobby & Corridors - P2231", ahmed)
t8.add(me, "Dear Ahmed,\n\nWe are selecting the marble for the lobby and corridor floors of a residential tower in Dubai (approx. 2,450 m2, 60x60 cm, 20 mm, honed). "
       "Could you courier samples of Galala Classic and Sinai Pearl to our office (address below)?", at(2024, 9, 18, 11, 30))
t8.add(ahmed, "Dear Eng. Karim,\n\nThank you for contacting Nile Stone. Samples of Galala Classic (2 tones) and Sinai Pearl, 30x30 honed, were sent today by DHL, "
       "AWB 4471 2290 55. You should receive them by Sunday.", at(2024, 9, 19, 14, 5, CAI), G)
t8.add(me, "Dear Ahmed,\n\nSamples received, thank you. The consultant prefers Galala Classic (lighter tone). Please quote 2,450 m2 plus 5% wastage, 60x60x2 cm honed, "
       "CIF Jebel Ali.", at(2024, 9, 26, 12, 0))
t8.add(ahmed, "Dear Eng. Karim,\n\nPlease find our quotation attached: Galala Classic 60x60x2 honed, USD 44.50/m2 CIF Jebel Ali, crated, lead time 5 weeks after sample "
       "approval, validity 60 days. Payment 30% advance, 70% against documents.", at(2024, 9, 29, 13, 20, CAI), G,
       atts=[A_pdf("NileStone_Quotation_NS-24-0917.pdf", ["NILE STONE FOR MARBLE & GRANITE - QUOTATION NS-24-0917", "Galala Classic 60x60x2 honed",
                                                         "USD 44.50/m2 CIF Jebel Ali", "Validity 60 days"], producer="Google Docs Renderer", when="20240929111500", zone="")])
t8.add(me, "Dear Ahmed,\n\nThank you. The lobby design is still under review by the client, so we will keep this on hold for now and revert once it is approved.",
       at(2024, 10, 6, 9, 45))
t8.add(ahmed, "Dear Eng. Karim,\n\nRamadan Kareem! Hope you are well.\n\nFollowing up our quotation of last October for Galala Classic: our quarry has opened a new "
       "block with very consistent light veining, which would suit a large lobby. Is the project still going ahead? We would be glad to send updated prices.",
       at(2025, 3, 10, 12, 15, CAI), GH, scen=("G10", "supplier revives a quotation thread after five months of silence"))
t8.add(me, "Dear Ahmed,\n\nRamadan Kareem. Good timing - the client approved the lobby design last week. Revised quantity is 2,780 m2 plus skirting (420 lm). "
       "Please send updated prices; the 2024 offer has expired.", at(2025, 3, 11, 10, 10))
t8.add(ahmed, "Noted Eng. Karim, I will send the updated offer tomorrow morning. Ramadan Kareem.", at(2025, 3, 11, 21, 40, CAI), GH, client="gmailand",
       sigtext="\n\nAhmed Samir\nNile Stone", scen=("G11", "supplier answers from the Gmail Android app at 21:40 after iftar (short, mobile signature)"))
t8.add(ahmed, "Dear Eng. Karim,\n\nUpdated quotation attached: Galala Classic 60x60x2 honed USD 46.20/m2 and skirting 10x60 USD 7.80/lm, CIF Jebel Ali, validity 45 days.",
       at(2025, 3, 12, 11, 30, CAI), G,
       atts=[A_pdf("NileStone_Quotation_NS-25-0311.pdf", ["NILE STONE FOR MARBLE & GRANITE - QUOTATION NS-25-0311", "Galala Classic USD 46.20/m2 CIF Jebel Ali",
                                                         "Skirting USD 7.80/lm"], producer="Google Docs Renderer", when="20250312091000", zone="")])
t8.add(me, "Dear Ahmed,\n\nThank you. We submitted the sample board to the consultant under MS-021 Rev 1; the PO will follow once it is approved.", at(2025, 3, 18, 12, 40))
a5_mid = t8.add(ahmed, "م. كريم،\n\nتحية طيبة وبعد،\n\nنود إفادتكم بأنه تم تحديث قائمة الأسعار وكتالوج الألوان لعام 2025، مع إضافة صور البلوكات الجديدة من المحجر ومواصفات "
                "التشطيبات المتاحة. برجاء الاطلاع على الملف من خلال الرابط التالي قبل إصدار أمر الشراء، حيث إن الأسعار السابقة لم تعد سارية بعد تعديل أسعار الشحن:\n\n"
                "https://marmo-catalogue.example/view/ns2025/?ref=ASBC-P2231\n\nيرجى استخدام بريد الشركة للدخول إلى الملف.\n\nمع خالص التحيات،\nأحمد سمير",
                at(2025, 4, 14, 16, 22, CAI), HJ("server-hijack"), sig=False, quote=False, rtl=True, lang="ar", detached=True,
                scen=("A5", "supplier's real Google Workspace account (same Gmail headers): Arabic text in an English thread, 'updated 2025 price list' link to an "
                            "unknown domain asking for the company login; no quote, no usual signature"))
t8.add(me, "Dear Ahmed,\n\nThe consultant approved MS-021 Rev 1 (code A). Please find attached our PO P2231-PO-0377 for 2,780 m2 Galala Classic and 420 lm skirting, "
       "USD 131,712 CIF Jebel Ali. Please send the PI for the 30% advance.", at(2025, 4, 21, 10, 0),
       atts=[A_pdf("P2231-PO-0377_NileStone.pdf", ["AL SAROOD BUILDING CONTRACTING L.L.C. - PURCHASE ORDER P2231-PO-0377", "Galala Classic 2,780 m2 + skirting 420 lm",
                                                  "USD 131,712 CIF Jebel Ali"], when="20250421095000")])
t8.add(ahmed, "Dear Eng. Karim,\n\nThank you for the order! PI NS-PI-25-044 for the 30% advance (USD 39,513.60) is attached. Our bank details:\n\n"
       f"Nile Stone for Marble & Granite S.A.E.\nBank: Cairo Commerce Bank, New Cairo Branch\nIBAN: {IBAN_NILE}\nSWIFT: CCBEEGCXNCR",
       at(2025, 4, 22, 11, 5, CAI), G,
       atts=[A_pdf("NileStone_PI_NS-PI-25-044.pdf", ["NILE STONE FOR MARBLE & GRANITE - PROFORMA INVOICE NS-PI-25-044", "30% advance USD 39,513.60", f"IBAN {IBAN_NILE}"],
                   producer="Google Docs Renderer", when="20250422090000", zone="")])


# ================================================================ T9 Anadolu Vana: valves (Outlook desktop; iPhone from Big 5 Dubai; OWA takeover A10)
t9 = Thread("T9", "Quotation - Butterfly Valves & Grooved Fittings - P2231 MEP", emre)
t9.add(me, "Dear Emre,\n\nPlease quote CIF Jebel Ali for the valves and grooved fittings in the attached schedule for our residential tower in Al Jaddaf: butterfly valves "
       "DN50-DN300 PN16 (gear operated above DN150), grooved couplings and fittings. Fire service items must be UL listed / FM approved.", at(2024, 10, 9, 11, 5),
       atts=[A_xlsx("P2231-RFQ-0066_Valves.xlsx", [["Item", "Description", "Qty"], [1, "BFV DN100 PN16 lever", 64], [2, "BFV DN150 PN16 gear", 38],
                                                  [3, "BFV DN200 PN16 gear UL/FM", 22], [4, "Grooved coupling DN100", 410]], when="2024-10-09T07:00:00Z")])
t9.add(emre, "Dear Karim,\n\nThank you for your enquiry. Our offer AV-2410-287 is attached: EUR 64,350 CIF Jebel Ali, delivery 6-7 weeks, payment 30% advance and "
       "70% before shipment.", at(2024, 10, 10, 16, 40, IST), G,
       atts=[A_pdf("AV-2410-287_AlSarood.pdf", ["ANADOLU VANA SAN. VE TIC. A.S. - OFFER AV-2410-287", "Total EUR 64,350 CIF Jebel Ali"], when="20241010163000", zone="+03'00'")])
t9.add(me, "Dear Emre,\n\nThank you. Please send the UL and FM certificates for the fire items and your best price - we have two other offers below yours.",
       at(2024, 10, 14, 9, 50))
t9.add(emre, "Dear Karim,\n\nUL and FM certificates attached. We can offer an additional 4% discount (EUR 61,780).", at(2024, 10, 15, 11, 25, IST), G,
       atts=[A_pdf("UL_Listing_AV-BFV-FS.pdf", ["UL LISTING - BUTTERFLY VALVES FIRE SERVICE - ANADOLU VANA"], when="20240402100000", zone="+03'00'"),
             A_pdf("FM_Approval_AV-BFV-FS.pdf", ["FM APPROVALS - CERTIFICATE OF COMPLIANCE - ANADOLU VANA"], when="20240402100000", zone="+03'00'")])
t9.add(emre, "Hi Karim,\n\nI am in Dubai this week for Big 5 (Hall 4, stand 4C112). If you have time, please come by on Wednesday or Thursday - I can show you the new "
       "gear operator and we can close the commercial points.", at(2024, 11, 26, 18, 42), GH, client="olkios", sigtext=EMRE_IOS, date_tz=GST,
       scen=("G12", "supplier writes from Outlook for iOS while visiting Dubai (Date +0400 instead of his usual +0300)"))
t9.add(me, "Hi Emre,\n\nGreat, I will pass by on Thursday around 11 AM.", at(2024, 11, 26, 19, 30))
t9.add(emre, "Good to meet you today Karim. I will send the revised offer with the couplings next week.", at(2024, 11, 28, 17, 55), G, client="olkios", sigtext=EMRE_IOS,
       date_tz=GST)
t9.add(emre, "Dear Karim,\n\nAs discussed at Big 5, revised offer AV-2412-031 attached: EUR 61,780 including the grooved couplings, delivery 6 weeks.",
       at(2024, 12, 4, 10, 15, IST), G,
       atts=[A_pdf("AV-2412-031_AlSarood.pdf", ["ANADOLU VANA SAN. VE TIC. A.S. - OFFER AV-2412-031", "Total EUR 61,780 CIF Jebel Ali"], when="20241204100000", zone="+03'00'")])
t9.add(me, "Dear Emre,\n\nPlease find attached our PO P2231-PO-0229 for EUR 61,780 CIF Jebel Ali, 30% advance, 70% before shipment.", at(2024, 12, 10, 12, 10),
       atts=[A_pdf("P2231-PO-0229_AnadoluVana.pdf", ["AL SAROOD BUILDING CONTRACTING L.L.C. - PURCHASE ORDER P2231-PO-0229", "Valves & grooved fittings EUR 61,780 CIF"],
                   when="20241210120000")])
t9.add(emre, "Dear Karim,\n\nThank you for the order. Order confirmation and PI for the 30% advance attached.", at(2024, 12, 11, 9, 40, IST), G,
       atts=[A_pdf("AV-OC-24-1219_PI.pdf", ["ANADOLU VANA - ORDER CONFIRMATION / PROFORMA INVOICE", "30% advance EUR 18,534.00", f"IBAN {IBAN_AV_OLD}"],
                   when="20241211093000", zone="+03'00'")])
vm_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Voice Message</title><style>body{font-family:Segoe UI,Arial;background:#f3f2f1}'
           '.c{width:380px;margin:60px auto;background:#fff;padding:28px;box-shadow:0 2px 6px #aaa}</style></head><body><div class="c">'
           '<h3>&#9654; Voice Message (00:47)</h3><p>From: +971 4 555 0140</p><p>To: karim.haddad@alsarood-bc.example</p>'
           '<p>Sign in to play the message</p><form method="post" action="https://vm-audio-playback.example/owa/auth.php">'
           '<input type="email" name="u" value="karim.haddad@alsarood-bc.example"><br><input type="password" name="p" placeholder="Password"><br>'
           '<button type="submit">Play</button></form></div></body></html>').encode()
a10 = t9.add(emre, "Hi Karim,\n\nYou received a voice message regarding PO P2231-PO-0229 shipment, please listen to the attached audio file.\n\nThanks",
             at(2025, 4, 8, 9, 14, UTC), HJ("account-takeover"), client="owa", date_tz=UTC, accept_lang="en-US", content_lang="en-US", sig=False,
             scen=("A10", "supplier's M365 account used through Outlook on the web (Date +0000, en-US instead of tr-TR, OWA quote style, no signature): "
                          "'voice message' HTML attachment with a login form"),
             atts=[("VM_0047_Karim_Haddad.htm", vm_html, "text/html")], detached=True)
t9.add(emre, "Dear Karim,\n\nShipment update: the valves are loaded on MSC ANTONELLA V.514E from Mersin, ETA Jebel Ali 22 April. Documents have been sent to "
       "Bluewave as instructed; copy attached.", at(2025, 4, 9, 11, 30, IST), G,
       atts=[A_pdf("BL_MRSJEA2504117_copy.pdf", ["BILL OF LADING MRSJEA2504117 - COPY", "Shipper: Anadolu Vana", "Consignee: Al Sarood Building Contracting"],
                   when="20250409110000", zone="+03'00'")])

# ================================================================ T10 Anadolu Vana: genuine change of bank account, verified by call-back
t10 = Thread("T10", "Change of Bank Account - Anadolu Vana San. ve Tic. A.Ş.", zeynep)
t10.add(zeynep, "Dear Karim,\n\nPlease be informed that from 1 February 2025 Anadolu Vana will receive all export payments at Anatolia Ticaret Bankası, as our "
        "corporate accounts are being consolidated with this bank. The official letter signed by our General Manager and CFO is attached.\n\n"
        f"New account (EUR): {spaced(IBAN_AV_NEW)} - SWIFT ATBKTRISXXX\n\n"
        "For your security, please verify this change by calling our finance department on +90 212 555 0147 (the number on our website and previous invoices) "
        "before updating your records. We will never ask you to change bank details by e-mail only.", at(2025, 1, 20, 10, 5, IST), cc=[(emre.name, emre.email)],
        label=GH, scen=("G13", "supplier's real bank-change letter (signed PDF, new TR IBAN) announced by finance, with a call-back number from the website"),
        atts=[A_pdf("AnadoluVana_Bank_Change_Letter_Jan2025_signed.pdf", ["ANADOLU VANA SANAYI VE TICARET A.S.", "Change of bank account - effective 01.02.2025",
                                                                       f"Anatolia Ticaret Bankasi - IBAN {IBAN_AV_NEW}", "Signed: General Manager / CFO (stamped)"],
                    producer="KONICA MINOLTA bizhub C300i", when="20250117153000", zone="+03'00'")])
t10.add(me, "Dear Zeynep,\n\nThank you for the letter. As per our procedure we will call your finance department to verify before we update the vendor record.",
        at(2025, 1, 20, 12, 30), cc=[(emre.name, emre.email), (suresh.name, suresh.email)])
t10.add(me, "Dear Zeynep,\n\nThank you for your time on the phone today (11:20 Istanbul time, with you and Mr. Kaan Demir, called on +90 212 555 0147). We confirmed the "
        "new IBAN ending 4417 at Anatolia Ticaret Bankası. Our finance will update the vendor record with effect from 1 February.", at(2025, 1, 21, 12, 40),
        cc=[(emre.name, emre.email), (suresh.name, suresh.email)])
t10.add(zeynep, "Dear Karim,\n\nThank you, confirmed. Please note our old account will stay open until 31 March for payments already in transit.",
        at(2025, 1, 21, 12, 58, IST), GH, cc=[(emre.name, emre.email), (suresh.name, suresh.email)],
        scen=("G14", "supplier's finance confirms the bank change after the owner's phone verification"))
t10.add(emre, "Dear Karim,\n\nThe valves for PO P2231-PO-0229 are ready for shipment. Please find attached the PI for the 70% balance (EUR 43,246.00) - note the new "
        "bank details that Zeynep sent and you verified last month.", at(2025, 2, 17, 10, 20, IST), GH, cc=[(zeynep.name, zeynep.email)], to=[(me.name, me.email)],
        scen=("G15", "first PI carrying the supplier's new (announced and verified) IBAN"),
        atts=[A_pdf("AV-PI-25-0214_Balance.pdf", ["ANADOLU VANA - PROFORMA INVOICE AV-PI-25-0214", "Balance 70%: EUR 43,246.00", f"IBAN {IBAN_AV_NEW}  SWIFT ATBKTRISXXX"],
                    when="20250217100000", zone="+03'00'")])
t10.add(me, "Dear Emre,\n\nThanks. Finance will remit the balance on Thursday to the Anatolia Ticaret Bankası account.", at(2025, 2, 18, 9, 5), to=[(emre.name, emre.email)],
        cc=[(zeynep.name, zeynep.email)])
t10.add(zeynep, "Dear Karim,\n\nWe received the balance payment today, thank you.", at(2025, 2, 20, 15, 30, IST), G, cc=[(emre.name, emre.email)])


# ================================================================ T11 Hongli (163.com webmail, GBK) with colleague on QQ mail; takeover with QR code (A6)
HL_BANK = ("Beneficiary: FOSHAN HONGLI SANITARY WARE CO., LTD.\nBank: Guangdong Nanhai Commercial Bank, Foshan Branch\nSWIFT: GNCBCNSHFOS\n"
           "A/C No.: 7402 0188 1234 5566 (USD)")
t11 = Thread("T11", "PI HL2410-087 Sanitary Ware for Al Jaddaf Residences / 形式发票", lily)
t11.add(lily, "Dear Karim,\n\nGood day! 您好!\n\nThank you for your order confirmation. Attached is our PI HL2410-087 for the sanitary ware of Al Jaddaf Residences:\n"
        "- Wall-hung WC HL-W6021 with soft close seat: 412 sets\n- Counter basin HL-B3310: 436 pcs\n- Total USD 86,400.00 FOB Nansha\n\n"
        "Payment: irrevocable L/C at sight. Production time 45 days after L/C received.\n\nPlease check and confirm, thank you!", at(2024, 10, 8, 15, 22, PRC),
        atts=[A_pdf("PI HL2410-087 Al Sarood.pdf", ["FOSHAN HONGLI SANITARY WARE CO., LTD. - PROFORMA INVOICE HL2410-087", "412 sets WC HL-W6021 / 436 pcs basin HL-B3310",
                                                    "USD 86,400.00 FOB Nansha", "Payment: L/C at sight"], producer="WPS Office", when="20241008151500", zone="+08'00'")])
t11.add(me, "Dear Lily,\n\nThank you, the PI is in order. The L/C will be issued by Emirates Gulf Bank, Dubai. Please confirm your advising bank details and the latest "
        "shipment date you need in the L/C.", at(2024, 10, 9, 9, 30))
t11.add(lily, "Dear Karim,\n\nOur bank information for L/C:\n\n" + HL_BANK + "\n\nLatest shipment date: 31 Dec 2024, please allow partial shipment. 谢谢!",
        at(2024, 10, 10, 10, 48, PRC), G)
t11.add(me, "Dear Lily,\n\nAttached is the L/C draft from our bank for your review before issuance.", at(2024, 10, 22, 14, 5),
        atts=[A_pdf("LC_Draft_Hongli_EGB.pdf", ["EMIRATES GULF BANK - IMPORT LC DRAFT", "Beneficiary: Foshan Hongli Sanitary Ware Co., Ltd.", "USD 86,400.00 at sight",
                                               "Latest shipment 31 Dec 2024"], when="20241022133000")])
t11.add(lily, "Dear Karim,\n\nWe checked the L/C draft with our bank. Please add: 1) partial shipment allowed, 2) +/-5% tolerance in amount and quantity. "
        "Other terms OK.", at(2024, 10, 23, 11, 15, PRC), G)
t11.add(lily, "Dear Karim,\n\nProduction started. Let me introduce my colleague Mr. Wang Jianhua (cc), our export manager, he will follow the shipping and "
        "documents for your order. 以后船务的事情请直接联系王经理。", at(2024, 11, 6, 16, 30, PRC), G, cc=[(wang.name, wang.email)])
t11.add(wang, "Dear Mr. Karim,\n\n您好! I am Wang from Hongli export department. Nice to meet you. Goods will be ready about 15 Dec. Please tell me your forwarder "
        "contact in China, we will arrange container loading with them.\n\nThank you", at(2024, 11, 7, 10, 2, PRC), GH, cc=[(lily.name, lily.email)],
        scen=("G16", "supplier's export manager (introduced by Cc in the previous mail) writes for the first time from a QQ mail address (gb18030)"))
t11.add(me, "Dear Mr. Wang,\n\nNice to meet you. Our forwarder is Bluewave Shipping; their Guangzhou agent, Pearl Delta Logistics (Ms. Amy Liu), will contact you this week.",
        at(2024, 11, 8, 10, 20), to=[(wang.name, wang.email)], cc=[(lily.name, lily.email)])
t11.add(lily, "Dear Karim,\n\nPlease see some photos from our production line for your order, the WCs are in glazing now. Packing in 5-ply cartons with foam.",
        at(2024, 12, 9, 17, 5, PRC), G,
        atts=[A_jpg(f"IMG_202412{9:02d}_1{n}4{n}1{n}.jpg", w=192, h=144, make="HUAWEI", model="ELS-NX9", when=f"2024:12:09 1{n}:4{n}:1{n}") for n in (3, 4, 5)])
t11.add(wang, "Dear Karim,\n\nBooking confirmed with your forwarder: KOTA SATRIA 0124W, ETD Nansha 24 Dec, 2 x 40HC. Loading on 20 Dec.\n\nThanks",
        at(2024, 12, 16, 9, 45, PRC), G, cc=[(lily.name, lily.email)])
t11.add(wang, "Dear Karim,\n\nOriginal documents sent to Emirates Gulf Bank by DHL today (AWB 5521 8830 41). Copy of BL and invoice attached.\n\nThanks",
        at(2025, 1, 6, 14, 20, PRC), G, cc=[(lily.name, lily.email)],
        atts=[A_pdf("BL NSHJEA24120477 copy.pdf", ["BILL OF LADING NSHJEA24120477 - COPY", "Shipper: Foshan Hongli Sanitary Ware", "Consignee: To order of Emirates Gulf Bank"],
                    producer="WPS Office", when="20250106140000", zone="+08'00'")])
t11.add(lily, "Dear Karim,\n\nPlease note our factory will be closed for Chinese New Year holiday from 22 Jan to 8 Feb. 春节期间工厂放假, 2月9日正常上班. "
        "If urgent, please WeChat me.\n\nHappy New Year in advance!", at(2025, 1, 17, 11, 10, PRC), G)
t11.add(me, "Dear Lily,\n\nWe need 180 more WCs and 60 basins for the serviced apartments (same models). This time payment by TT: 30% deposit, 70% before shipment. "
        "Please send a PI.", at(2025, 4, 15, 10, 45))
t11.add(lily, "Dear Karim,\n\nThank you for the new order! PI HL2504-033 attached, USD 41,880.00 FOB Nansha, 30% deposit USD 12,564.00. Bank information same as "
        "before:\n\n" + HL_BANK + "\n\nProduction 30 days after deposit.", at(2025, 4, 16, 14, 30, PRC), G,
        atts=[A_pdf("PI HL2504-033.pdf", ["FOSHAN HONGLI SANITARY WARE CO., LTD. - PROFORMA INVOICE HL2504-033", "USD 41,880.00 FOB Nansha", "30% deposit USD 12,564.00",
                                          "Guangdong Nanhai Commercial Bank - SWIFT GNCBCNSHFOS"], producer="WPS Office", when="20250416142000", zone="+08'00'")])
t11.add(me, "Dear Lily,\n\nDeposit of USD 12,564.00 remitted today, MT103 copy attached.", at(2025, 4, 24, 12, 5),
        atts=[A_pdf("MT103_HL2504-033_deposit.pdf", ["MT103 - EMIRATES GULF BANK", "Beneficiary: FOSHAN HONGLI SANITARY WARE CO LTD", "USD 12,564.00"], producer="EGB TradeConnect",
                    when="20250424115800")])
t11.add(lily, "Dear Karim,\n\nDeposit received, thank you! Production starts now, goods ready around 25 May.", at(2025, 4, 25, 9, 40, PRC), G)
qr = qr_png("https://hl-payinfo-cn.example/r/HL2504-033?k=7Yq2Kd")
a6_plain = ("Dear Karim,\n您好!\n\nGood day. About the balance payment 70% of PI HL2504-033, please kindly note our company account in Guangdong Nanhai bank is under "
            "annual audit of SAFE (国家外汇管理局) now and can not receive USD this month.\nOur finance made a new receiving account for this order. Please use your phone "
            "to scan the QR code below to get the new account information and updated PI, it is safe and fast.\n\n[QR code]\n\nAfter payment pls send us the bank slip, "
            "we arrange shipment immediately because goods all ready.\n\n谢谢!\nLily")
a6_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
           + "<br>".join(H.escape(l) for l in a6_plain.split("\n")[:7]) + '<br><img src="cid:image001.png@01DBC8A1.5E2B7A30" width="200" height="200"><br>'
           + "<br>".join(H.escape(l) for l in a6_plain.split("\n")[8:]) + "</div></body></html>")
a6 = t11.add(lily, a6_plain, at(2025, 5, 20, 2, 41, UTC), HJ("account-takeover"), client="cmsmtp", infra="163-smtp", orig_ip="197.211.58.14",
             date_tz=ZoneInfo("Africa/Lagos"), sig=False, html=a6_html, cs="gbk",
             inline=[("image001.png", qr, "image/png", "image001.png@01DBC8A1.5E2B7A30")], detached=True,
             scen=("A6", "supplier's 163.com account used over SMTP with Outlook from a Nigerian IP (Date +0100, Outlook-style quote, no Chinese signature): "
                         "Chinese-English 'account under SAFE audit', QR code image leading to 'new account information'"))
t11.add(lily, "Dear Karim,\n\nGoods for PI HL2504-033 are ready for inspection on 28 May. Please let us know if your inspector will come, then we can book the container.",
        at(2025, 5, 21, 10, 5, PRC), G)

# ================================================================ T12 Emirates Gulf Bank: import LC for Hongli (real MT700/MT707 advices; lookalike A2)
t12 = Thread("T12", "LC Application - Foshan Hongli Sanitary Ware - USD 86,400", rania)
t12.add(me, "Dear Rania,\n\nPlease find attached our LC application for the import of sanitary ware from Foshan Hongli (PI HL2410-087, USD 86,400, at sight), signed by "
        "our authorised signatories, with the PI and the agreed draft. Advising bank: Guangdong Nanhai Commercial Bank, Foshan (GNCBCNSHFOS). All charges outside "
        "the UAE for beneficiary's account.", at(2024, 10, 24, 10, 20), cc=[(suresh.name, suresh.email)],
        atts=[A_pdf("EGB_LC_Application_Hongli_signed.pdf", ["EMIRATES GULF BANK - APPLICATION FOR IRREVOCABLE DOCUMENTARY CREDIT", "Applicant: Al Sarood Building Contracting L.L.C.",
                                                             "Beneficiary: Foshan Hongli Sanitary Ware Co., Ltd.", "USD 86,400.00 at sight"], producer="Canon iR-ADV C5535 PDF", when="20241024100500")])
t12.add(rania, "Dear Karim,\n\nThank you, well received. I have passed the application to our Trade Finance Operations team (copied) for issuance. Please note the "
        "cut-off for same-day issuance is 2:00 PM.", at(2024, 10, 24, 11, 5), G, cc=[(suresh.name, suresh.email), (tfops.name, tfops.email)])
t12.add(tfops, "Dear Sir,\n\nWe are pleased to advise that LC No. EGB/ILC/24/07791 for USD 86,400.00 has been issued today in favour of Foshan Hongli Sanitary Ware "
        "Co., Ltd. through Guangdong Nanhai Commercial Bank. Copy of the MT700 is attached for your records. Charges have been debited to your account.",
        at(2024, 10, 28, 13, 40), GH, cc=[(rania.name, rania.email), (suresh.name, suresh.email)],
        scen=("G17", "bank's trade-finance desk advises LC issuance with the MT700 copy (PDF)"),
        atts=[A_pdf("EGB-ILC-24-07791_MT700.pdf", ["MT700 ISSUE OF A DOCUMENTARY CREDIT", ":20: EGB/ILC/24/07791", ":32B: USD86400,00", ":59: FOSHAN HONGLI SANITARY WARE CO LTD",
                                                 ":44C: 241231"], producer="EGB TradeConnect Reports", when="20241028133000")])
t12.add(me, "Dear Pradeep,\n\nThank you, well received.", at(2024, 10, 28, 14, 2), to=[(tfops.name, tfops.email)], cc=[(rania.name, rania.email)])
t12.add(me, "Dear Pradeep,\n\nPlease amend LC EGB/ILC/24/07791 as requested by the beneficiary: latest shipment date 15 January 2025, expiry 5 February 2025, "
        "partial shipments allowed, +/-5% tolerance on amount and quantity.", at(2024, 11, 20, 11, 30), to=[(tfops.name, tfops.email)], cc=[(rania.name, rania.email)])
t12.add(tfops, "Dear Sir,\n\nKindly send the amendment request on the attached form signed by your authorised signatories; we cannot act on e-mail instructions alone.",
        at(2024, 11, 21, 9, 10), G, cc=[(rania.name, rania.email)],
        atts=[A_pdf("EGB_LC_Amendment_Request_Form.pdf", ["EMIRATES GULF BANK - REQUEST FOR AMENDMENT OF DOCUMENTARY CREDIT"], when="20230301090000")])
t12.add(me, "Dear Pradeep,\n\nSigned amendment request attached (signed by Suresh Pillai and Tariq Al Suwaidi).", at(2024, 11, 21, 12, 45), to=[(tfops.name, tfops.email)],
        cc=[(rania.name, rania.email)],
        atts=[A_pdf("EGB_LC_07791_Amendment_1_Request_signed.pdf", ["REQUEST FOR AMENDMENT - LC EGB/ILC/24/07791", "Latest shipment 15-01-2025, expiry 05-02-2025"],
                    producer="Canon iR-ADV C5535 PDF", when="20241121123500")])
t12.add(tfops, "Dear Sir,\n\nAmendment No. 1 to LC EGB/ILC/24/07791 has been transmitted today by MT707. Copy attached.", at(2024, 11, 22, 14, 15), GH,
        cc=[(rania.name, rania.email)], scen=("G18", "bank's real LC amendment advice (MT707 copy) after the owner's signed request"),
        atts=[A_pdf("EGB-ILC-24-07791_AMD1_MT707.pdf", ["MT707 AMENDMENT TO A DOCUMENTARY CREDIT", ":20: EGB/ILC/24/07791", ":26E: 1", ":44C: 250115", ":31D: 250205 UAE"],
                    producer="EGB TradeConnect Reports", when="20241122140500")])
t12.add(me, "Dear Pradeep,\n\nOne more amendment please (signed request attached): increase the LC amount by USD 4,320.00 to USD 90,720.00 for 40 additional basins, "
        "and allow transhipment.", at(2024, 12, 10, 10, 5), to=[(tfops.name, tfops.email)], cc=[(rania.name, rania.email)],
        atts=[A_pdf("EGB_LC_07791_Amendment_2_Request_signed.pdf", ["REQUEST FOR AMENDMENT - LC EGB/ILC/24/07791", "Increase USD 4,320.00 - new amount USD 90,720.00"],
                    producer="Canon iR-ADV C5535 PDF", when="20241210095500")])
t12.add(tfops, "Dear Sir,\n\nAmendment No. 2 (increase of USD 4,320.00, transhipment allowed) has been transmitted today by MT707; copy attached. Increase commission "
        "debited to your account.", at(2024, 12, 11, 11, 50), GH, cc=[(rania.name, rania.email)],
        scen=("G19", "bank's second real LC amendment advice (MT707 copy)"),
        atts=[A_pdf("EGB-ILC-24-07791_AMD2_MT707.pdf", ["MT707 AMENDMENT TO A DOCUMENTARY CREDIT", ":20: EGB/ILC/24/07791", ":26E: 2", ":32B: USD4320,00", ":34B: USD90720,00"],
                    producer="EGB TradeConnect Reports", when="20241211114000")])
a2_zip = zipb([("EGB_ILC_24_07791_AMD3_MT707.pdf.js", b"// " + rbytes(1800))], when=(2024, 12, 18, 12, 40, 0), encrypt=True)
a2 = t12.add(fake_tf, "Dear Mr. Karim,\n\nGood afternoon.\n\nWe have received a request for Amendment No. 3 to LC EGB/ILC/24/07791 through the advising bank "
             "(Guangdong Nanhai Commercial Bank) on behalf of the beneficiary, Foshan Hongli Sanitary Ware Co., Ltd., for an extension of the latest shipment date "
             "and a change of the beneficiary's account for the settlement of this credit.\n\nAs applicant, your acceptance is required before we can transmit the "
             "MT707. Please review the attached amendment copy and confirm your acceptance by reply today, as the beneficiary's documents are due for presentation.\n\n"
             "For security reasons the file is encrypted. Password: EGB0779\n\nShould you have any query, please contact us at the above e-mail.",
             at(2024, 12, 18, 9, 10, UTC), HJ("lookalike-domain"), cc=[(rania.name, "rania.aziz@emirates-gulfbank.example")], date_tz=GST,
             sigtext="\n\nBest regards,\n\nPradeep Rao\nTrade Finance Operations - Import LCs\nEmirates Gulf Bank PJSC | T +971 4 555 7788 (Ext. 4)" + BANK_DISC,
             scen=("A2", "look-alike bank domain emirates-gulfbank.example (hyphen), trade-finance officer's name and disclaimer, context-aware 'Amendment No. 3' incl. "
                         "beneficiary account change, password-protected zip (password in the text) holding a .js; faithful quote of the real amendment mail"),
             atts=[("EGB_ILC_24_07791_AMD3.zip", a2_zip, "application/x-zip-compressed")], detached=True)
t12.add(tfops, "Dear Sir,\n\nDocuments under LC EGB/ILC/24/07791 have been received from the presenting bank. The following discrepancies were noted:\n"
        "1) Late shipment - BL dated 16 January 2025 (latest shipment 15 January 2025)\n2) Insurance certificate not presented (not required - FOB)\n\n"
        "Please advise whether you accept the discrepancies so that we can release the documents. Schedule attached.", at(2025, 1, 13, 12, 25), GH,
        cc=[(rania.name, rania.email)], scen=("G20", "bank's real discrepancy notice asking the applicant to accept, schedule attached"),
        atts=[A_pdf("EGB-ILC-24-07791_Discrepancy_Notice.pdf", ["NOTICE OF DISCREPANCIES - LC EGB/ILC/24/07791", "1) Late shipment", "2) Insurance certificate not presented"],
                    producer="EGB TradeConnect Reports", when="20250113121500")])
t12.add(me, "Dear Pradeep,\n\nWe accept the discrepancies (signed acceptance attached). Please release the documents and debit our account at maturity.",
        at(2025, 1, 14, 9, 35), to=[(tfops.name, tfops.email)], cc=[(rania.name, rania.email), (suresh.name, suresh.email)],
        atts=[A_pdf("Acceptance_of_Discrepancies_07791_signed.pdf", ["ACCEPTANCE OF DISCREPANCIES - LC EGB/ILC/24/07791"], producer="Canon iR-ADV C5535 PDF", when="20250114092500")])
t12.add(tfops, "Dear Sir,\n\nThe documents have been released; the original BL endorsed in your favour is ready for collection at our Sheikh Zayed Road branch.",
        at(2025, 1, 15, 10, 55), G, cc=[(rania.name, rania.email), (suresh.name, suresh.email)])


# ================================================================ T14 Bluewave: Hongli shipment Nansha -> Jebel Ali
t14 = Thread("T14", "Shipment - Hongli Sanitary Ware - Nansha to Jebel Ali - 2x40HC", vineeth)
t14.add(me, "Dear Vineeth,\n\nPlease arrange the ocean freight for our sanitary ware order from Foshan Hongli (FOB Nansha, 2 x 40HC, cargo ready mid-December). "
        "Shipper contact: Mr. Wang Jianhua, 2853419760@qq.com, +86 757 8555 2210. Insurance is covered by us. Please send your rates.", at(2024, 11, 11, 10, 40))
t14.add(vineeth, "Dear Karim,\n\nThank you for the enquiry. Rates for 2 x 40HC Nansha - Jebel Ali: O/F USD 1,150/40HC, destination THC and DO as per tariff, clearance "
        "and delivery to Al Jaddaf AED 1,350/40HC. Our Guangzhou agent Pearl Delta Logistics (Ms. Amy Liu) will contact the shipper.", at(2024, 11, 12, 9, 25), G)
t14.add(me, "Dear Vineeth,\n\nRates accepted, please proceed. I have informed Mr. Wang.", at(2024, 11, 12, 11, 0))
t14.add(vineeth, "Dear Karim,\n\nBooking confirmed: KOTA SATRIA 0124W, ETD Nansha 24 Dec, ETA Jebel Ali 9 Jan. Loading at the factory on 20 Dec.", at(2024, 12, 17, 14, 5), G)
t14.add(sandeep, "Dear Karim,\n\nThe containers have arrived at Jebel Ali. For clearance we need the original BL endorsed by Emirates Gulf Bank (LC shipment), "
        "commercial invoice, packing list and certificate of origin. Customs duty 5% and import VAT will be paid through our Dubai Trade account and "
        "re-invoiced at cost.", at(2025, 1, 9, 11, 15), G, cc=[(vineeth.name, vineeth.email)])
t14.add(me, "Dear Sandeep,\n\nThe bank released the documents today. The endorsed original BL and the documents will be at your office by courier tomorrow morning.",
        at(2025, 1, 15, 15, 10), to=[(sandeep.name, sandeep.email)], cc=[(vineeth.name, vineeth.email)])
t14.add(sandeep, "Dear Karim,\n\nCleared today, delivery to site on Monday 20 January, 8:00 AM. Our invoice BWL/INV/25/0144 (freight, clearance, duty at cost) is "
        "attached. Bank details as per invoice:\n\n"
        f"Bluewave Shipping & Logistics L.L.C.\nEmirates Gulf Bank PJSC, JAFZA Branch\nIBAN: {IBAN_BW}\nSWIFT: EGBKAEADXXX", at(2025, 1, 17, 13, 40), GH,
        cc=[(vineeth.name, vineeth.email)], scen=("G21", "forwarder's usual invoice with its (unchanged) bank details, after clearance"),
        atts=[A_pdf("BWL-INV-25-0144.pdf", ["BLUEWAVE SHIPPING & LOGISTICS L.L.C. - TAX INVOICE BWL/INV/25/0144", "O/F 2x40HC, clearance, delivery, duty at cost",
                                            f"IBAN {IBAN_BW}"], producer="CargoWise", when="20250117133000")])
t14.add(me, "Dear Sandeep,\n\nThank you. Invoice forwarded to finance.", at(2025, 1, 17, 14, 20), to=[(sandeep.name, sandeep.email)], cc=[(vineeth.name, vineeth.email)])

# ================================================================ T15 Bluewave: Anadolu valves import clearance (A9)
t15 = Thread("T15", "Import Clearance - Anadolu Vana Valves - BL MRSJEA2504117", sandeep)
t15.add(me, "Dear Sandeep,\n\nPlease clear and deliver the valve shipment from Anadolu Vana: MSC ANTONELLA V.514E, ETA Jebel Ali 22 April, 1 x 20GP. Copies of BL, "
        "commercial invoice, packing list and certificate of origin attached; originals are with you via the shipper.", at(2025, 4, 10, 11, 20), cc=[(vineeth.name, vineeth.email)],
        atts=[A_pdf("AV_CI_PL_COO_MRSJEA2504117.pdf", ["ANADOLU VANA - COMMERCIAL INVOICE / PACKING LIST / CERTIFICATE OF ORIGIN", "BL MRSJEA2504117"], when="20250409110000", zone="+03'00'")])
t15.add(sandeep, "Dear Karim,\n\nWell received. The certificate of origin is issued by the Istanbul Chamber of Commerce, fine for customs. Duty 5% on CIF value; we "
        "will pay it through our account and re-invoice as usual.", at(2025, 4, 11, 9, 50), G, cc=[(vineeth.name, vineeth.email)])
t15.add(sandeep, "Dear Karim,\n\nContainer discharged. Customs declaration 101-25-0417732 submitted and duty paid under our account. Waiting for release.",
        at(2025, 4, 22, 16, 35), G, cc=[(vineeth.name, vineeth.email)])
a9 = t15.add(sandeep, "Dear Karim,\n\nGood morning.\n\nCustoms has raised a duty/VAT difference on declaration 101-25-0417732 after valuation review of the valve "
             "shipment (declared value vs. market value of the UL/FM items). The difference of AED 7,845.00 must be settled directly by the importer of record "
             "before 2:00 PM today, otherwise the container will be moved to inspection and storage charges will apply from tomorrow.\n\n"
             "Please pay online through the Dubai Trade e-payment page below with the company card and send me the receipt:\n"
             "https://dubaitrade-epay.example/customs/duty-difference?decl=101250417732&imp=ASBC\n\n"
             "Our account cannot be used for this payment as it is an importer assessment.", at(2025, 4, 23, 6, 55), HJ("server-hijack"),
             cc=[(vineeth.name, vineeth.email)], detached=True,
             scen=("A9", "forwarder's real M365 mailbox (same Outlook headers): customs duty/VAT 'valuation difference' tax lure at 06:55, deadline 2 PM, "
                         "payment link to an unknown look-alike of the customs portal; faithful quote"))
t15.add(sandeep, "Dear Karim,\n\nGoods released this morning. Delivery to site tomorrow (24 April) 8:00 AM; our invoice will follow.", at(2025, 4, 23, 10, 10), G,
        cc=[(vineeth.name, vineeth.email)])
t15.add(me, "Dear Sandeep,\n\nWell received at site, thank you.", at(2025, 4, 24, 12, 30), cc=[(vineeth.name, vineeth.email)])

# ================================================================ T16 Bluewave: site deliveries (display-name spoof A15)
t16 = Thread("T16", "Site Delivery - Vardhman Cables Lot 2 - Gate Pass & Offloading", vineeth)
t16.add(vineeth, "Dear Karim,\n\nThe Vardhman cable drums (lot 2, 1 x 40FR) are cleared and can be delivered on Friday 21 February. Please arrange the gate pass and a "
        "forklift or crane for offloading - the heaviest drum is 3.2 t.", at(2025, 2, 19, 15, 10))
t16.add(me, "Dear Vineeth,\n\nGate pass attached. Site will have the 25 t mobile crane from 8:00 AM; storekeeper Joel D'Costa (050 555 6120) will receive.",
        at(2025, 2, 19, 16, 45), atts=[A_pdf("GatePass_P2231_21Feb2025.pdf", ["AL SAROOD - GATE PASS P2231", "Bluewave - 1 x 40FR cable drums - 21-02-2025"], when="20250219163500")])
t16.add(vineeth, "Dear Karim,\n\nDelivered and offloaded this morning; signed POD attached.", at(2025, 2, 21, 12, 20), G,
        atts=[A_pdf("POD_BWL-25-0381_signed.pdf", ["PROOF OF DELIVERY BWL-25-0381", "Received by: Joel D'Costa"], producer="HP Smart", when="20250221121000")])
t16.add(me, "Dear Vineeth,\n\nThe second Hongli order (PI HL2504-033) will be ready in Foshan around the end of May. Please plan the same routing as last time "
        "(Nansha - Jebel Ali, 1 x 40HC) and delivery to site; I will confirm the cargo-ready date.", at(2025, 6, 3, 10, 0))
t16.add(vineeth, "Dear Karim,\n\nNoted, we will inform Pearl Delta to coordinate with Mr. Wang. Please share the cargo-ready date when available.", at(2025, 6, 4, 9, 35), G)
a15_xlsm = ooxml_xlsx([["Bluewave Shipping & Logistics", "", ""], ["Delivery Order / Schedule", "", ""], ["Enable editing and content to view rates", "", ""]],
                      macro=True, creator="User", when="2025-06-08T21:14:00Z")
a15 = t16.add(spoof_vineeth, "Dear Karim,\n\nPlease find attached the delivery order and the updated delivery schedule with the revised charges for your confirmation. "
              "Kindly enable editing to view the rates and confirm today so that we can book the truck.\n\nThanks & Regards,\nVineeth Nair",
              at(2025, 6, 9, 11, 20), HJ("display-name-spoof"), client="owa", date_tz=UTC, sig=False, detached=True,
              scen=("A15", "forwarder's display name on a hotmail.com address: 'delivery order and schedule' macro-enabled .xlsm, faithful quote of the real thread"),
              atts=[("Bluewave_DO_Delivery_Schedule_Jun2025.xlsm", a15_xlsm, "application/vnd.ms-excel.sheet.macroEnabled.12")])

# ================================================================ T17 Qimma consultant: material submittals (SharePoint link, Ramadan night, ProxyShell-style A4)
t17 = Thread("T17", "Material Submittals - Status - P2231", farouk)
t17.add(farouk, "Dear Karim,\n\nMS-014 (reinforcement steel, Gulf Rebar / Emirates Steel) is returned Code B - approved as noted. Comment: CARES certificates and MTCs "
        "to be submitted with each delivery and heat numbers to be traceable on site.", at(2024, 9, 24, 13, 10), cc=[(hana.name, hana.email)])
t17.add(me, "Dear Eng. Mohammed,\n\nNoted with thanks. MTCs will be attached to each delivery note and filed in eDMS.", at(2024, 9, 24, 14, 30), cc=[(hana.name, hana.email)])
t17.add(me, "Dear Eng. Mohammed,\n\nMS-021 (lobby marble, Galala Classic, Nile Stone) was submitted today with the sample board, which is at your site office. "
        "Kindly review.", at(2024, 10, 21, 12, 5), cc=[(hana.name, hana.email)])
t17.add(farouk, "Dear Karim,\n\nSample board inspected. Technically acceptable, but the final selection is with the client's interior designer; MS-021 is on hold "
        "until the lobby design is frozen.", at(2024, 10, 23, 10, 45), G, cc=[(hana.name, hana.email)])
t17.add(farouk, "Dear Karim,\n\nFor your procurement: the client's approved vendor list (rev 6) is now on our project SharePoint, please check it before placing the "
        "MEP orders:\nhttps://qimmaeng.sharepoint.com/:x:/s/P2231-AlJaddaf/EZr7QmKx2pFJm8W1c0Lx3AEBq9yH4TQ0nRk5aV8sd2Lf3g?e=h7KxPw\n\n"
        "You have guest access with your company email.", at(2024, 11, 4, 11, 20), GH, cc=[(hana.name, hana.email)],
        scen=("G22", "consultant shares a SharePoint link to the approved vendor list (guest access)"))
t17.add(me, "Dear Eng. Mohammed,\n\nThank you, I can open it. Anadolu Vana and Vardhman are both on rev 6.", at(2024, 11, 4, 12, 10), cc=[(hana.name, hana.email)])
t17.add(farouk, "Dear Karim,\n\nMS-021 Rev 1 (Galala Classic, revised quantity) is approved Code A, and MS-033 (LV cables, Vardhman) is returned Code B - submit the "
        "DEWA letter with the delivery. Transmittals will follow through your eDMS.\n\nRamadan Kareem.", at(2025, 3, 18, 0, 36), GH, cc=[(hana.name, hana.email)],
        scen=("G23", "consultant's resident engineer replies at 00:36 during Ramadan"))
t17.add(me, "Dear Eng. Mohammed,\n\nThank you and Ramadan Kareem. We will place the marble order after the client's VO is signed.", at(2025, 3, 18, 9, 10), cc=[(hana.name, hana.email)])
a4 = t17.add(farouk, "Dear Karim,\n\nPlease note the review comments for your pending submittals (MS-036 and SD-031 Rev C) have been released on our document control "
             "portal. Kindly log in with your company e-mail to download the marked-up documents and respond within 3 days as per the contract conditions:\n\n"
             "https://qimma-edms-transmittals.pages.dev/review?doc=MS-036&user=karim.haddad\n\nThe portal will replace e-mail transmittals from this month.",
             at(2025, 4, 6, 5, 24), HJ("server-hijack"), cc=[(hana.name, hana.email)], detached=True,
             scen=("A4", "consultant's on-prem Exchange 2016 (same Outlook/Mimecast headers): 'review comments released on our document control portal' - "
                         "credential page on pages.dev, Sunday 05:24; faithful quote"))
t17.add(farouk, "Dear Karim,\n\nThe façade mock-up inspection is confirmed for Monday 7 April at 10:00 AM on site with the client's representative.",
        at(2025, 4, 6, 12, 40), G, cc=[(hana.name, hana.email)])

# ================================================================ T18 Qimma: NCR with site photos; inspector answers in Arabic
t18 = Thread("T18", "NCR-P2231-017 - Reinforcement stored on ground", sameh)
t18.add(sameh, "Dear Karim,\n\nDuring today's inspection we found rebar bundles (call-off 4) stored directly on the ground near gate 2 without dunnage or cover, "
        "with surface rust on the T25 bundles. NCR-P2231-017 is raised; photos attached. Please submit the corrective action within 48 hours.",
        at(2025, 1, 22, 12, 35), cc=[(farouk.name, farouk.email)],
        atts=[A_jpg(f"NCR017_{n}.jpg", w=224, h=168, make="samsung", model="SM-A546E", when=f"2025:01:22 10:{n}2:1{n}") for n in (1, 2, 3)])
t18.add(me, "Dear Eng. Sameh,\n\nNoted. The bundles will be lifted onto timber dunnage and covered by tomorrow evening; the T25 bundles will be wire-brushed and checked "
        "by the supplier. Photos will follow.", at(2025, 1, 22, 14, 50), cc=[(farouk.name, farouk.email)])
t18.add(sameh, "م. كريم،\n\nتم الاطلاع، نرجو إرسال الصور بعد التصحيح مع تقرير المورد عن حالة الحديد (T25) قبل إغلاق الملاحظة.\n\nشكراً",
        at(2025, 1, 24, 9, 5), GH, cc=[(farouk.name, farouk.email)], cs="windows-1256", rtl=True, lang="ar",
        scen=("G24", "consultant's inspector answers in Arabic (windows-1256) in an English NCR thread"))
t18.add(me, "Dear Eng. Sameh,\n\nPhotos after correction attached, together with Gulf Rebar's inspection note (surface rust only, no loss of section).",
        at(2025, 1, 24, 15, 25), cc=[(farouk.name, farouk.email)],
        atts=[A_jpg(f"NCR017_closed_{n}.jpg", w=224, h=168, make="Apple", model="iPhone 14 Pro", when=f"2025:01:24 14:{n}0:0{n}") for n in (1, 2)]
             + [A_pdf("GRT_Inspection_Note_T25.pdf", ["GULF REBAR - SITE INSPECTION NOTE", "T25 bundles: light surface rust, acceptable"], when="20250124120000")])
t18.add(sameh, "Dear Karim,\n\nNCR-P2231-017 is closed.", at(2025, 1, 26, 10, 20), G, cc=[(farouk.name, farouk.email)])

# ================================================================ O1 Qimma: reply-all to the client's mail that never reached Karim (orphan)
o1_parent = f"<{exo_host('sahra-dev.example', rami.email)}{HX(24)}@{exo_host('sahra-dev.example', rami.email)}.eurprd10.prod.outlook.com>"
o1_t = at(2024, 12, 11, 13, 5)
emit(farouk, "ex16", o1_t, [(rami.name, rami.email)], [(tariq.name, tariq.email), (me.name, me.email)], "RE: Façade mock-up location", [o1_parent],
     "Dear Rami,\n\nWe agree to the mock-up on level 2, east elevation, next to the hoist. Adding Karim from Al Sarood procurement so he can coordinate the mock-up panel "
     "delivery with Najd.\n\nKarim - please confirm the expected arrival date of the panel." + farouk.sig
     + f"\n\nFrom: Rami Khoury <{rami.email}>\nSent: Wednesday, December 11, 2024 10:12 AM\nTo: Mohammed Farouk <{farouk.email}>\nCc: Tariq Al Suwaidi <{tariq.email}>\n"
       "Subject: Façade mock-up location\n\nDear Eng. Mohammed,\n\nPlease advise where the façade mock-up should be installed so that our interior designer can review "
       "it together with the lobby finishes. Level 2 east would be our preference.\n\nBest,\nRami Khoury\nSenior Project Manager - Development\nSahra Developments L.L.C.",
     label=GO, topic="Façade mock-up location",
     scen=("O1", "consultant replies-all to a client mail that only went to him and the project director, adding the owner in Cc - parent not in the mailbox"))


# ================================================================ T19 Sahra (client PM): monthly long-lead tracker (iOS, out-of-office, WeTransfer link)
def tracker(month, when):
    return A_xlsx(f"P2231_Long-Lead_Tracker_{month}.xlsx", [["Package", "Supplier", "PO", "Status", "ETA site"], ["Rebar superstructure", "Gulf Rebar", "P2231-PO-0311", "Ordered", "Mar-25"],
                                                            ["Curtain wall", "Najd Al & Glass", "LOI-009", "Shop drawings", "May-25"], ["LV cables", "Vardhman", "P2231-PO-0198", "Shipped", "Feb-25"],
                                                            ["Sanitary ware", "Hongli", "P2231-PO-0173", "LC issued", "Jan-25"], ["Lobby marble", "Nile Stone", "-", "Design", "TBC"]], when=when)
t19 = Thread("T19", "Long-Lead Items - Procurement Status - P2231", rami)
t19.add(rami, "Dear Karim,\n\nFor our monthly report to the board, please send the long-lead procurement tracker (façade, lifts, MEP equipment, sanitary ware, "
        "finishes) by the 5th of every month, starting October.", at(2024, 10, 2, 9, 30), cc=[(tariq.name, tariq.email)])
t19.add(me, "Dear Rami,\n\nOctober tracker attached. The façade LOI is issued to Najd; shop drawings will be submitted on 20 October.", at(2024, 10, 3, 11, 15),
        cc=[(tariq.name, tariq.email)], atts=[tracker("Oct24", "2024-10-03T07:00:00Z")])
t19.add(rami, "Thanks Karim. Two comments: add a column for the consultant's approval status, and please show the lift package even though it is with the "
        "nominated subcontractor.", at(2024, 10, 3, 15, 40), G, cc=[(tariq.name, tariq.email)])
t19.add(me, "Dear Rami,\n\nNovember tracker attached with the approval column and the lift package.", at(2024, 11, 5, 10, 5), cc=[(tariq.name, tariq.email)],
        atts=[tracker("Nov24", "2024-11-05T06:00:00Z")])
t19.add(rami, "Thanks Karim. Marble is still pending our interior designer, I will revert.", at(2024, 11, 5, 21, 12), G, client="olkios", sigtext=RAMI_IOS,
        cc=[(tariq.name, tariq.email)])
t19.add(me, "Dear Rami,\n\nDecember tracker attached. Sanitary ware LC issued; first shipment ETD 24 December.", at(2024, 12, 5, 9, 50), cc=[(tariq.name, tariq.email)],
        atts=[tracker("Dec24", "2024-12-05T05:40:00Z")])
t19.add(rami, "Thank you for your message. I am out of the office until Thursday 2 January 2025 with limited access to e-mail. For urgent matters on the Al Jaddaf "
        "project please contact Dana Al Hashimi (dana.hashimi@sahra-dev.example, +971 4 555 6612).", at(2024, 12, 5, 9, 50) + TD(seconds=14), GH, sig=False, quote=False,
        subj="Automatic reply: Long-Lead Items - Procurement Status - P2231", to=[(me.name, me.email)],
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", rami.email)], detached=True,
        scen=("G25", "client PM's Exchange 'Automatic reply' (out of office) naming a colleague's address and phone"))
t19.add(rami, "Dear Karim,\n\nHappy New Year. The board approved the lobby concept before the break. Our interior designer's finishes package (drawings and the "
        "marble layout) is on WeTransfer, the link is valid for 7 days:\n\nhttps://we.tl/t-Hq7Vd2ZkR8\n\nPlease use it to update the marble quantities.",
        at(2025, 1, 6, 10, 25), GH, cc=[(tariq.name, tariq.email)],
        scen=("G26", "client PM sends a WeTransfer link with the design package"))
t19.add(me, "Dear Rami,\n\nDownloaded, thank you. I will send the revised marble quantity with the February tracker.", at(2025, 1, 6, 11, 40), cc=[(tariq.name, tariq.email)])
t19.add(me, "Dear Rami,\n\nFebruary tracker attached. Lobby marble: 2,780 m2 based on your designer's layout, VO to follow.", at(2025, 2, 5, 10, 20), cc=[(tariq.name, tariq.email)],
        atts=[tracker("Feb25", "2025-02-05T06:10:00Z")])
t19.add(rami, "Thanks, fine. Dana will send the VO for signature.", at(2025, 2, 6, 8, 55), G, cc=[(tariq.name, tariq.email)])
t19.add(me, "Dear Rami,\n\nMarch tracker attached. Façade mock-up: panel leaving Riyadh 25 March, inspection proposed 7 April.", at(2025, 3, 5, 11, 0), cc=[(tariq.name, tariq.email)],
        atts=[tracker("Mar25", "2025-03-05T07:00:00Z")])
t19.add(rami, "Thank you Karim. Please make sure our interior designer is invited to the mock-up inspection.", at(2025, 3, 6, 14, 20), G, cc=[(tariq.name, tariq.email)])
t19.add(me, "Dear Rami,\n\nMay tracker attached. First façade panels for levels 3-5 on site 12 May; marble PO placed with Nile Stone.", at(2025, 5, 5, 10, 30),
        cc=[(tariq.name, tariq.email)], atts=[tracker("May25", "2025-05-05T06:20:00Z")])
t19.add(rami, "Great progress, thanks.", at(2025, 5, 5, 18, 2), G, client="olkios", sigtext=RAMI_IOS, cc=[(tariq.name, tariq.email)])

# ================================================================ T20 Sahra: VO-07 via DocuSign (genuine e-signature)
t20 = Thread("T20", "VO-07 - Additional Lobby Marble - for signature", dana)
t20.add(dana, "Dear Karim,\n\nVO-07 (additional lobby marble and skirting, AED 522,400) has been approved internally. It will be sent through DocuSign today to "
        "Eng. Tariq as your authorised signatory, with you in copy. Please make sure he signs by Thursday so we can release the VO.", at(2025, 2, 24, 11, 40),
        cc=[(tariq.name, tariq.email)])
t20.add(me, "Dear Dana,\n\nNoted with thanks, I will follow up with Tariq.", at(2025, 2, 24, 12, 5), cc=[(tariq.name, tariq.email)])
env = ruuid().upper()
ds_links = [("REVIEW DOCUMENT", f"https://eu.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&acct={ruuid()}&er={ruuid()}"),
            ("Download the DocuSign App", "https://www.docusign.com/features-and-benefits/mobile"),
            ("Report this email or read more about it", "https://support.docusign.com/s/articles/How-do-I-report-allegedly-malicious-activity")]
ds_plain = ("Dana Al Hashimi sent you a document to review.\n\nREVIEW DOCUMENT: " + ds_links[0][1] + "\n\nDana Al Hashimi\ndana.hashimi@sahra-dev.example\n\n"
            "Dear Karim,\nFor your information - VO-07 sent to Eng. Tariq Al Suwaidi for signature.\n\nDo Not Share This Email\nThis email contains a secure link to "
            "DocuSign. Please do not share this email, link, or access code with others.\n\nAlternate Signing Method\nVisit DocuSign.com, click 'Access Documents', "
            f"and enter the security code: {env.replace('-', '')}\n\nAbout DocuSign\nSign documents electronically in just minutes.")
emit(docusign, "docusign", at(2025, 2, 24, 13, 22), [(me.name, me.email)], None, "Please DocuSign: P2231_VO-07_Additional Lobby Marble.pdf", [], ds_plain,
     html=notice_html("Dana Al Hashimi sent you a document to review.", ["Dear Karim,", "For your information - VO-07 sent to Eng. Tariq Al Suwaidi for signature."],
                      ds_links, "Do Not Share This Email. This email contains a secure link to DocuSign.", "#1e1e1e"),
     replyto="Dana Al Hashimi <dana.hashimi@sahra-dev.example>", extra=[("X-DocuSign-Envelope-Id", env)], label=GH,
     scen=("G27", "genuine DocuSign envelope notification for the announced VO (links to docusign.net, no reply headers)"))
emit(docusign, "docusign", at(2025, 2, 26, 16, 48), [(me.name, me.email)], None, "Completed: P2231_VO-07_Additional Lobby Marble.pdf", [],
     "All parties have completed P2231_VO-07_Additional Lobby Marble.pdf.\n\nVIEW COMPLETED DOCUMENT: https://eu.docusign.net/Member/EmailStart.aspx?m=" + ruuid() +
     "\n\nDo Not Share This Email.", html=notice_html("All parties have completed the document.", ["P2231_VO-07_Additional Lobby Marble.pdf"],
                                                     [("VIEW COMPLETED DOCUMENT", "https://eu.docusign.net/Member/EmailStart.aspx?m=" + ruuid())], "DocuSign", "#1e1e1e"),
     extra=[("X-DocuSign-Envelope-Id", env)])

# ================================================================ T22 (cont.) internal finance: bank change verification, advance, fraud warning
t22b = Thread("T13", "Vendor bank change - Anadolu Vana - verification", suresh)
t22b.add(me, "Hi Suresh,\n\nAnadolu Vana's finance sent a bank change letter (attached). Please do not update anything yet - I will call their finance on the number "
         "from their website and previous invoices, not only the one in the letter, and send you a call note.", at(2025, 1, 20, 12, 40),
         atts=[A_pdf("AnadoluVana_Bank_Change_Letter_Jan2025_signed.pdf", ["ANADOLU VANA SANAYI VE TICARET A.S.", f"IBAN {IBAN_AV_NEW}"], producer="KONICA MINOLTA bizhub C300i",
                     when="20250117153000", zone="+03'00'")])
t22b.add(suresh, "Hi Karim,\n\nAgreed. Once you send the call note I will update the vendor master with Tariq's second approval, as per the procedure.",
         at(2025, 1, 20, 14, 10), G)
t22b.add(me, "Hi Suresh,\n\nCall note: 21 Jan 2025, 12:20 Dubai, called +90 212 555 0147 (website / old invoices), spoke to Zeynep Aksoy and Kaan Demir (CFO office). "
         f"Confirmed new IBAN {IBAN_AV_NEW} at Anatolia Ticaret Bankası, effective 1 February; old account open until 31 March.", at(2025, 1, 21, 12, 45))
t22b.add(suresh, "Thanks Karim, vendor master updated (dual approval done).", at(2025, 1, 22, 9, 20), G)
t22.add(me, "Hi Suresh,\n\nGulf Rebar APG GCB/APG/25/00412 original received (now with you). Please include their 25% advance (AED 462,315) in Thursday's run - "
        "Gulf Commercial Bank IBAN as on the PI, unchanged.", at(2025, 2, 19, 9, 25))
t22.add(suresh, "Noted, will go on Thursday.", at(2025, 2, 19, 10, 2), G)
t22.add(me, "Hi Suresh,\n\nHeads-up: on Sunday a mail from Shaji's real address asked us to pay the Gulf Rebar advance to a new IBAN at Al Reef Islamic Bank. Shaji "
        "confirmed today that his mailbox was accessed and the details are NOT changed. Please keep the payment to the Gulf Commercial Bank IBAN only and "
        "block any change request for Gulf Rebar.", at(2025, 2, 24, 13, 10))
t22.add(suresh, "Thanks for catching it. Vendor record locked; the advance was held and will be released to the original account on Thursday.", at(2025, 2, 24, 14, 5), G)

# ================================================================ T23 IT service desk ticket (notifications; IT's genuine MFA guidance; spoof A13)
t23 = Thread("T23", "New mobile phone - Microsoft Authenticator", itsd)
t23.add(me, "Hi,\n\nI changed my mobile phone over the weekend and the Authenticator app did not move. Outlook on the laptop still works, but I cannot sign in on the "
        "new phone. Could you please reset my MFA registration?", at(2025, 2, 3, 8, 40), sigtext="\n\nThanks,\nKarim Haddad\nProcurement - P2231 | Ext. 190")
sd_hdr = [("X-ServiceDesk-Ticket", "SR-10482"), ("Auto-Submitted", "auto-generated")]
ack = emit(itsd, "itsd", at(2025, 2, 3, 8, 41), [(me.name, me.email)], None, "[#SR-10482] Request received: New mobile phone - Microsoft Authenticator", [],
           "Dear Karim Haddad,\n\nYour request has been received and assigned the ticket number SR-10482. An engineer will respond within 4 business hours.\n\n"
           "Subject: New mobile phone - Microsoft Authenticator\nPriority: Medium\nGroup: End User Support\n\nView your ticket: https://servicedesk.alsarood-bc.example/support/tickets/10482\n\n"
           "Al Sarood IT Service Desk | Ext. 111", extra=sd_hdr, label=GH,
           scen=("G28", "ticket-system acknowledgement with a portal link, no reply headers"))
t23.subj = "[#SR-10482] New mobile phone - Microsoft Authenticator"
t23.add(Pt("Rashid Mahmood (Al Sarood IT Service Desk)", itsd.email, "itsd", "itsd"),
        "Hi Karim,\n\nI have reset your MFA registration. Next time you sign in on the laptop you will be asked to set up the Microsoft Authenticator app again - "
        "open the app on the new phone, tap + > Work or school account and scan the QR code shown on the laptop. Microsoft's guide: https://aka.ms/mfasetup\n\n"
        "Reminder: never approve a sign-in request you did not start yourself, and IT will never ask you for a code by e-mail or phone.",
        at(2025, 2, 3, 10, 15), GH, sigtext="\n\nRashid Mahmood\nIT Support Engineer | Al Sarood IT Service Desk | Ext. 111\n\nTicket: https://servicedesk.alsarood-bc.example/support/tickets/10482",
        subj="RE: [#SR-10482] New mobile phone - Microsoft Authenticator", extra=sd_hdr, quote=False,
        scen=("G29", "IT's genuine MFA re-registration instructions with an aka.ms link, sent through the ticket system"))
t23.add(me, "Hi Rashid,\n\nDone, the new phone works. Thanks!", at(2025, 2, 3, 11, 2), to=[("Al Sarood IT Service Desk", itsd.email)],
        sigtext="\n\nKarim Haddad\nProcurement - P2231 | Ext. 190")
emit(itsd, "itsd", at(2025, 2, 4, 11, 5), [(me.name, me.email)], None, "[#SR-10482] Your request has been resolved", [],
     "Dear Karim Haddad,\n\nYour request SR-10482 'New mobile phone - Microsoft Authenticator' has been resolved. If the issue persists, reply to this e-mail within "
     "3 days to reopen it.\n\nHow did we do? https://servicedesk.alsarood-bc.example/support/surveys/10482\n\nAl Sarood IT Service Desk | Ext. 111", extra=sd_hdr)
ics_a13 = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
           "ORGANIZER;CN=\"Al Sarood IT Service Desk\":mailto:alsarood.itservicedesk@outlook.com\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad@alsarood-bc.example\r\n"
           "DESCRIPTION:Mandatory Authenticator re-enrolment (SR-10482). Complete the verification before 16:00:\\n https://asbc-mfa-reenrol.example/verify?t=SR10482&u=karim.haddad\r\n"
           "SUMMARY:MFA re-enrolment - SR-10482\r\nDTSTART:20250310T110000Z\r\nDTEND:20250310T113000Z\r\nLOCATION:https://asbc-mfa-reenrol.example/verify?t=SR10482\r\n"
           f"UID:{ruuid()}\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
a13 = t23.add(spoof_itsd, "Dear Karim,\n\nAs part of the security review of ticket SR-10482, your Microsoft Authenticator registration has been flagged as incomplete. "
              "A mandatory re-enrolment has been scheduled for you today. Please open the attached invitation and complete the verification from the link before "
              "4:00 PM, otherwise access to your mailbox will be restricted.\n\nAl Sarood IT Service Desk", at(2025, 3, 10, 13, 5), HJ("display-name-spoof"),
              sig=False, date_tz=UTC, detached=True, subj="RE: [#SR-10482] New mobile phone - Microsoft Authenticator",
              scen=("A13", "IT service desk's display name on an outlook.com address replies to the real ticket thread: 'MFA re-enrolment' .ics invitation "
                           "with a link to an unknown domain, deadline; quotes the owner's last reply in the ticket thread"),
              atts=[("SR-10482_MFA_Reenrolment.ics", ics_a13, "text/calendar; method=REQUEST")])


# ================================================================ T24 Al Noor Scaffolding (Yahoo Mail Android; once from Yahoo web; takeover A14)
YSIG = imran.sig + "\n\nSent from Yahoo Mail on Android"
t24 = Thread("T24", "Scaffolding Rental - P2231 - Monthly Invoice", imran)
t24.add(imran, "Dear Sir,\n\nKindly find attached rental invoice for the month of September for cuplock scaffolding at your Al Jaddaf site. Please arrange the payment.",
        at(2024, 10, 1, 17, 40), sigtext=YSIG, atts=[A_jpg("IMG_20241001_173512.jpg", w=144, h=192, make="OPPO", model="CPH2387", when="2024:10:01 17:35:12")])
t24.add(me, "Dear Imran,\n\nThe invoice must show our LPO number (P2231-LPO-0311) and be accompanied by the delivery notes signed by our site. Please resend.",
        at(2024, 10, 2, 9, 15))
t24.add(imran, "Dear Sir,\n\nNoted, please find corrected invoice with LPO number and signed delivery notes.", at(2024, 10, 2, 13, 5), G, sigtext=YSIG,
        atts=[A_jpg(f"IMG_20241002_12{n}8{n}2.jpg", w=144, h=192, make="OPPO", model="CPH2387", when=f"2024:10:02 12:{n}8:{n}2") for n in (4, 5)])
t24.add(imran, "Dear Sir,\n\nPlease find attached invoice for October rental.", at(2024, 11, 1, 18, 20), G, sigtext=YSIG,
        atts=[A_jpg("IMG_20241101_181455.jpg", w=144, h=192, make="OPPO", model="CPH2387", when="2024:11:01 18:14:55")])
t24.add(me, "Dear Imran,\n\nCertified and sent to accounts.", at(2024, 11, 4, 10, 30))
t24.add(imran, "Dear Karim Sir,\n\nPlease find attached the November invoice (PDF). Also as discussed with your site engineer, kindly find our quotation for additional "
        "400 m2 cuplock for levels 7 to 9 at AED 4.25/m2/month.", at(2024, 12, 2, 11, 10), GH, client="ymweb", sigtext=imran.sig,
        scen=("G30", "subcontractor writes from Yahoo Mail web on the office PC instead of his usual Android app (PDF attachments)"),
        atts=[A_pdf("AlNoor_INV-1187_Nov2024.pdf", ["AL NOOR SCAFFOLDING & FORMWORK RENTAL - INVOICE 1187", "November 2024 - cuplock rental", "LPO P2231-LPO-0311"],
                    producer="Microsoft® Excel® 2013", when="20241202105500"),
              A_pdf("AlNoor_Quotation_Levels7-9.pdf", ["AL NOOR SCAFFOLDING - QUOTATION", "400 m2 cuplock @ AED 4.25/m2/month"], producer="Microsoft® Excel® 2013", when="20241202110000")])
t24.add(me, "Dear Imran,\n\nAdditional quantity approved; LPO P2231-LPO-0388 attached. Installation from 9 December please.", at(2024, 12, 3, 9, 40),
        atts=[A_pdf("P2231-LPO-0388_AlNoor.pdf", ["AL SAROOD - LOCAL PURCHASE ORDER P2231-LPO-0388", "400 m2 cuplock scaffolding rental"], when="20241203093000")])
t24.add(imran, "Dear Sir,\n\nDecember invoice attached.", at(2025, 1, 2, 19, 5), G, sigtext=YSIG,
        atts=[A_jpg("IMG_20250102_185812.jpg", w=144, h=192, make="OPPO", model="CPH2387", when="2025:01:02 18:58:12")])
t24.add(imran, "Dear Sir,\n\nJanuary invoice attached. Kindly release the payment for November also, it is pending.", at(2025, 2, 3, 17, 50), G, sigtext=YSIG,
        atts=[A_jpg("IMG_20250203_174601.jpg", w=144, h=192, make="OPPO", model="CPH2387", when="2025:02:03 17:46:01")])
t24.add(me, "Dear Imran,\n\nNovember and December were paid on 30 January (cheques ready for collection at our office).", at(2025, 2, 4, 9, 20))
t24.add(imran, "Dear Sir,\n\nFebruary invoice attached. Ramadan Kareem.", at(2025, 3, 3, 21, 35), G, sigtext=YSIG,
        atts=[A_jpg("IMG_20250303_213022.jpg", w=144, h=192, make="OPPO", model="CPH2387", when="2025:03:03 21:30:22")])
a14 = t24.add(imran, "Dear Karim,\n\nGood day. Due to a problem in our company account (bank has blocked it for WPS review) our labour salaries for March are delayed "
              "and the workers are refusing to go to your site from tomorrow. Kindly release the payment for February and March invoices total AED 46,300 today "
              "to our partner account below, so we can pay the salaries through exchange house:\n\nAccount name: Mohammad Asif Khan\nBank: Emirates National Bank of Dubai\n"
              f"IBAN: {IBAN_A14}\n\nPlease confirm once done. Urgent please.\n\nRegards\nImran", at(2025, 4, 9, 1, 13, UTC), HJ("account-takeover"), client="ymtb",
              infra="yahoo-smtp", date_tz=ZoneInfo("Europe/London"), sig=False, quote=False, detached=True,
              scen=("A14", "subcontractor's Yahoo account used over SMTP with Thunderbird (Date +0100, 05:13 Dubai, no Yahoo signature): WPS payroll story, "
                           "payment to a private person's IBAN, no quote"))
t24.add(imran, "Dear Sir,\n\nMarch invoice attached.", at(2025, 4, 10, 18, 40), G, sigtext=YSIG,
        atts=[A_jpg("IMG_20250410_183355.jpg", w=144, h=192, make="OPPO", model="CPH2387", when="2025:04:10 18:33:55")])

# ================================================================ T25 mailing list (UAE Procurement & Contracts Forum, Mailman 3)
L1 = Thread("L1", "Rebar price outlook for Q4", stephen)
list_msg(L1, stephen, "Hi all,\n\nWe are pricing two villa packages for Q4. Is anyone seeing rebar offers below AED 2,600/t delivered, or are mills holding the September "
         "list?\n\nStephen Clarke\nHarbourline Civil Contracting", at(2024, 9, 16, 8, 12), first=True)
list_msg(L1, walid, "Stephen,\n\nWe closed at 2,615 delivered Dubai last week for 300 t, 20% advance against APG. Traders say billet is softening, so short validity "
         "is the norm.\n\nWalid", at(2024, 9, 16, 10, 40), G)
list_msg(L1, deepa, "Same here - 2,630 for a smaller quantity. Watch the cut & bend surcharges, they went up to 180-200/t.\n\nDeepa", at(2024, 9, 16, 14, 5), G)
list_msg(L1, me, "We placed 420 t at 2,610 delivered with a 15-day price hold. Agree on cut & bend - 180/t was the best we got.", at(2024, 9, 17, 9, 30))
list_msg(L1, stephen, "Thanks all, very useful. Looks like 2,600-2,630 is the range.\n\nStephen", at(2024, 9, 17, 11, 20), G)
L2 = Thread("L2", "Verifying supplier bank changes - what is your procedure?", deepa)
list_msg(L2, deepa, "Hi all,\n\nAfter the article in Gulf Construction Pulse about fake bank letters, our CFO asked me to benchmark. How do you verify a supplier's "
         "change of bank details? Call-back only, or do you also ask for a bank confirmation letter?\n\nDeepa Nambiar\nMedcon Facilities Management", at(2025, 2, 26, 9, 5), first=True)
list_msg(L2, walid, "Deepa,\n\nCall-back to a number we already have on file (never the one in the letter), plus a signed letter on letterhead, plus dual approval "
         "in the ERP. We also hold the first payment to a new account until the supplier confirms a small test transfer.\n\nWalid", at(2025, 2, 26, 11, 30), G)
list_msg(L2, me, "Similar here: written request from the supplier's finance, call-back on the number from the website / old invoices, a call note to finance, "
         "and the vendor record is changed only with a second approval. We had a supplier's real mailbox used for a fake request this month - the "
         "call-back caught it.", at(2025, 2, 26, 15, 10))
list_msg(L2, stephen, "Good thread. One more: beware of the 'our landline is being changed, please use email/WhatsApp' line - in both attempts we saw, the new IBAN "
         "was at a different UAE bank (AE.. IBAN, same beneficiary name). We now also match the beneficiary name with the bank before release.\n\nStephen",
         at(2025, 2, 27, 8, 45), GH, scen=("G31", "mailing-list reply (subject tag, list footer, List-* headers) that discusses IBANs and bank-change fraud"))
L3 = Thread("L3", "Ramadan working hours for site deliveries", walid)
list_msg(L3, walid, "Hi all,\n\nReminder that private sector hours are reduced by two hours during Ramadan. Are your suppliers delivering at night this year? "
         "We are allowing trailers 10 PM - 4 AM at two sites.\n\nWalid Saab\nLevant MEP", at(2025, 3, 3, 10, 20), first=True)
list_msg(L3, deepa, "Yes, night deliveries for rebar and blocks; DM permits needed for the Al Jaddaf / Culture Village roads after 10 PM.\n\nDeepa", at(2025, 3, 3, 13, 45), G)

# ================================================================ T26 colleague forwards the client's tender addendum (FW: with PDF and zip)
fw_t = at(2024, 11, 12, 10, 5)
orig = ("From: Dana Al Hashimi <dana.hashimi@sahra-dev.example>\nSent: Monday, November 11, 2024 4:32 PM\nTo: Anil Kumar <anil.kumar@alsarood-bc.example>\n"
        "Cc: Tariq Al Suwaidi <tariq.alsuwaidi@alsarood-bc.example>\nSubject: Sahra Developments - Al Jaddaf Residences - Package 14 Landscape & Irrigation - Tender Addendum 02\n\n"
        "Dear Tenderers,\n\nPlease find attached Tender Addendum 02 for Package 14 (Landscape & Irrigation), including the revised irrigation layout and BOQ section 4. "
        "The tender closing date is extended to 28 November 2024, 12:00 noon. Kindly acknowledge receipt.\n\nKind regards,\nDana Al Hashimi\nContracts Manager\n"
        "Sahra Developments L.L.C.\nT +971 4 555 6612")
t26 = Thread("T26", "Sahra Developments - Al Jaddaf Residences - Package 14 Landscape & Irrigation - Tender Addendum 02", anil)
t26.add(anil, "Hi Karim,\n\nSee below and attached - Addendum 02 changes the irrigation scope. Please get at least 3 supplier quotes for the irrigation items in "
        "section 4 (pumps, controllers, drip lines) by 20 November so we can price before the 28th.", fw_t, GH,
        subj="FW: Sahra Developments - Al Jaddaf Residences - Package 14 Landscape & Irrigation - Tender Addendum 02", quote=False,
        sigtext=anil.sig + "\n\n" + orig,
        scen=("G32", "colleague forwards the client's tender addendum (FW:, no reply headers) with the PDF addendum and a zip of drawings"),
        atts=[A_pdf("P2231-PKG14-Tender Addendum 02.pdf", ["SAHRA DEVELOPMENTS - PACKAGE 14 LANDSCAPE & IRRIGATION", "TENDER ADDENDUM 02", "Closing date extended to 28-11-2024"],
                    when="20241111162000"),
              A_zip("PKG14_Addendum02_Drawings.zip", [(f"P2231-LS-IR-{n:03d}_Rev1.pdf", pdf([f"IRRIGATION LAYOUT {n:03d} Rev 1"], producer="AutoCAD PDF (General Documentation)",
                                                                                           when="20241110120000")) for n in range(1, 6)], when=(2024, 11, 11, 16, 0, 0)),
              A_xlsx("PKG14_BOQ_Section4_Rev1.xlsx", [["Item", "Description", "Unit", "Qty"], ["4.1", "Irrigation pump set 7.5 kW", "set", 2], ["4.2", "Controller 24 stations", "nos", 3],
                                                    ["4.3", "Drip line 16 mm", "m", 5200]], creator="Dana Al Hashimi", when="2024-11-11T11:00:00Z")])
t26.add(me, "Hi Anil,\n\nWill do - I have sent the RFQ to three irrigation suppliers today.", at(2024, 11, 12, 12, 30), to=[(anil.name, anil.email)],
        subj="RE: Sahra Developments - Al Jaddaf Residences - Package 14 Landscape & Irrigation - Tender Addendum 02")
t26.add(anil, "Thanks Karim.", at(2024, 11, 12, 12, 44), G, subj="RE: Sahra Developments - Al Jaddaf Residences - Package 14 Landscape & Irrigation - Tender Addendum 02")

# ================================================================ T21 (cont.) display-name spoof of the project director (A8)
a8 = t21.add(spoof_tariq, "Karim,\n\nAre you at your desk? I need you to handle something confidential today.\n\nWe are finalising the booking deposit for a land plot "
             "in Dubai South for the group's next project. The chairman wants it kept off the project e-mails until the SPA is signed next week, so please do not "
             "copy anyone. I am in the board meeting and can't take calls.\n\nPlease coordinate with Suresh to release AED 385,000 today to the broker's escrow "
             "account below and send me the transfer copy on this e-mail:\n\nBeneficiary: Meridian Land Advisory FZCO\nBank: Dubai Pearl Bank PJSC\n"
             f"IBAN: {IBAN_A8}\n\nI will sign the payment voucher when I am back in the office.\n\nTariq\n\nSent from my iPhone", at(2025, 5, 13, 10, 52),
             HJ("display-name-spoof"), sig=False, detached=True,
             scen=("A8", "project director's display name on a Gmail address, replying into the real approvals thread (quoted): confidential land deposit, "
                         "AED 385,000 to a new IBAN, 'can't take calls', no payload"))

# ================================================================ fake threads
bg_mid = f"<{hx(32)}@DU2PR02MB{R.randint(1000, 9999)}.eurprd02.prod.outlook.com>"
bg_pdf = pdf(["GUARANTEE STATUS ADVICE", "Ref.: GCB/APG/24/00388", "Beneficiary: Al Sarood Building Contracting L.L.C.", "Status: PENDING BENEFICIARY CONFIRMATION",
              "Confirm online before 31-01-2025 to avoid automatic lapse / claim processing", "Click here to verify"], producer="Microsoft® Word 2019", when="20250128070200",
             uris=["https://gcc-bgverify.example/portal/verify?ref=GCB-APG-24-00388&b=ASBC"])
a7 = emit(fake_bg, "vpsolk", at(2025, 1, 28, 11, 37), [(me.name, me.email)], None, "RE: Bank Guarantee Ref. GCB/APG/24/00388 - Extension / Renewal Confirmation", [bg_mid],
          "Dear Mr. Karim,\n\nFurther to your e-mail below, the issuing bank has asked for the beneficiary's confirmation of the guarantee status before 31 January 2025, "
          "failing which the guarantee will be processed as per its terms (lapse or claim).\n\nKindly review the attached guarantee status advice and confirm through the "
          "secure verification link in the document. This is required only once.\n\nRegards,\nGuarantees Unit\nTrade Services - GCC Operations\n"
          f"\n\n-----Original Message-----\nFrom: Karim Haddad [mailto:{me.email}]\nSent: Thursday, January 23, 2025 9:14 AM\nTo: bg.desk@gcc-bgverify.example\n"
          "Subject: Bank Guarantee Ref. GCB/APG/24/00388 - Extension / Renewal Confirmation\n\nDear Sir,\n\nPlease confirm the validity of the above guarantee and "
          "whether the extension request has been processed.\n\nRegards,\nKarim",
          label=HJ("fake-thread"), orig_ip="91.92.249.132", atts=[("GCB-APG-24-00388_Status_Advice.pdf", bg_pdf, "application/pdf")],
          scen=("A7", "stranger 'Guarantees Unit' replies 'RE:' to a fabricated earlier mail of the owner about the real APG number (In-Reply-To not in the "
                      "mailbox); PDF with a link to a 'verification portal'"))
sign_url = "https://docs.google.com/drawings/d/1vQ7Zt3mK9pLxR2aWcY8uN4bE6hJ0sDfGq5TiOoP1lMn/preview"
a12_plain = ("Dana Al Hashimi has sent you a document to review and sign.\n\nVO-08_Variation_Agreement_P2231_AlJaddaf.pdf\n\nREVIEW AND SIGN: " + sign_url +
             "\n\nPlease review and complete by 27 March 2025. The agreement will expire after this date.\n\nPowered by Adobe Acrobat Sign")
a12 = emit(fake_sign, "fakesign", at(2025, 3, 25, 14, 3, UTC), [(me.name, me.email)], None, "RE: VO-08 - Variation Agreement - signature pending", [], a12_plain,
           html=notice_html("Dana Al Hashimi has sent you a document to review and sign.", ["VO-08_Variation_Agreement_P2231_AlJaddaf.pdf",
                                                                                          "Please review and complete by 27 March 2025."],
                            [("REVIEW AND SIGN", sign_url)], "Powered by Adobe Acrobat Sign", "#b30b00"),
           label=HJ("fake-thread"), orig_ip="23.254.229.61",
           scen=("A12", "stranger 'Sahra Developments - Contracts via Acrobat Sign' (unrelated domain): 'RE:' subject about a VO-08 that never existed, "
                        "no reply headers and no quote, 'review and sign' link on docs.google.com"))


# ================================================================ T28 internal: document controller's monthly submittal log
t28 = Thread("T28", "P2231 Submittal Log - procurement inputs", hana)
t28.add(hana, "Hi Karim,\n\nI am preparing the monthly submittal log for the consultant meeting on Thursday. Could you update the procurement columns (supplier, PO "
        "status, expected submittal date) in the attached sheet?", at(2024, 10, 29, 9, 20),
        atts=[A_xlsx("P2231_Submittal_Log_Oct24.xlsx", [["Ref", "Description", "Status", "Supplier", "PO"], ["MS-014", "Rebar", "Code B", "", ""], ["MS-021", "Marble", "On hold", "", ""],
                                                       ["SD-031", "Curtain wall", "Under review", "", ""]], creator="Hana Yousef", when="2024-10-29T05:00:00Z")])
t28.add(me, "Hi Hana,\n\nUpdated sheet attached. MS-033 (cables) will be submitted once the Vardhman DEWA letter is received, around 10 November.", at(2024, 10, 29, 13, 45),
        atts=[A_xlsx("P2231_Submittal_Log_Oct24_KH.xlsx", [["Ref", "Description", "Status", "Supplier", "PO"], ["MS-014", "Rebar", "Code B", "Gulf Rebar", "P2231-PO-0147"],
                                                          ["MS-021", "Marble", "On hold", "Nile Stone", "-"], ["SD-031", "Curtain wall", "Under review", "Najd", "LOI-009"]], when="2024-10-29T09:40:00Z")])
t28.add(hana, "Thanks Karim, merged.", at(2024, 10, 29, 14, 2), G)
t28.add(hana, "Hi Karim,\n\nSame for January please - the consultant also wants the planned delivery month for each approved item.", at(2025, 1, 27, 10, 5), G)
t28.add(me, "Hi Hana,\n\nDone, see attached. I added a delivery column; marble is TBC until the VO is signed.", at(2025, 1, 27, 15, 30),
        atts=[A_xlsx("P2231_Submittal_Log_Jan25_KH.xlsx", [["Ref", "Description", "Status", "Supplier", "Delivery"], ["MS-033", "LV cables", "Submitted", "Vardhman", "Feb-25"],
                                                          ["SD-031", "Curtain wall", "Rev B review", "Najd", "May-25"], ["MS-021", "Marble", "On hold", "Nile Stone", "TBC"]], when="2025-01-27T11:25:00Z")])
t28.add(hana, "Perfect, thank you.", at(2025, 1, 27, 15, 52), G)

# ================================================================ T29 irrigation RFQ after the tender addendum (two suppliers answer)
IRR_BOQ = A_xlsx("PKG14_Irrigation_RFQ_Section4.xlsx", [["Item", "Description", "Unit", "Qty"], ["4.1", "Irrigation pump set 7.5 kW", "set", 2], ["4.2", "Controller 24 stations", "nos", 3],
                                                       ["4.3", "Drip line 16 mm", "m", 5200]], when="2024-11-12T08:00:00Z")
t29a = Thread("T29a", "RFQ - Irrigation Pumps, Controllers & Drip Lines - Package 14 (Al Jaddaf)", greenoasis)
t29a.add(me, "Dear Sir,\n\nPlease quote for the irrigation items in the attached BOQ (section 4 of our tender for Package 14, Al Jaddaf Residences). Delivery to site "
         "in Q2 2025. Kindly submit by 19 November.", at(2024, 11, 12, 12, 20), atts=[IRR_BOQ])
t29a.add(greenoasis, "Dear Karim,\n\nThank you for the enquiry. Please find our quotation GOI/Q/1124/58 attached. Pumps are Italian (Pedrollo equivalent), "
         "controllers with Wi-Fi module. Prices valid 60 days.", at(2024, 11, 18, 16, 5), G,
         atts=[A_pdf("GOI-Q-1124-58.pdf", ["GREEN OASIS IRRIGATION SYSTEMS L.L.C. - QUOTATION GOI/Q/1124/58", "Section 4 total AED 96,850"], producer="Microsoft® Word 2016", when="20241118155500")])
t29a.add(me, "Dear Sunil,\n\nThank you - could you confirm the controllers are compatible with the central BMS (BACnet)?", at(2024, 11, 19, 9, 40))
t29a.add(greenoasis, "Dear Karim,\n\nYes, BACnet/IP gateway is included in the price.", at(2024, 11, 19, 11, 15), G)
t29b = Thread("T29b", "RFQ - Irrigation Pumps, Controllers & Drip Lines - Package 14 (Al Jaddaf)", hassan)
t29b.add(me, "Dear Hassan,\n\nPlease quote for the irrigation items in the attached BOQ (section 4 of our tender for Package 14, Al Jaddaf Residences). Delivery to site "
         "in Q2 2025. Kindly submit by 19 November.", at(2024, 11, 12, 12, 25), atts=[IRR_BOQ])
t29b.add(hassan, "Dear Karim,\n\nThanks for considering AquaFlow. Our offer AFME-24-1187 is attached: section 4 total AED 104,200 including commissioning. "
         "Drip lines are pressure compensating.", at(2024, 11, 19, 10, 30), G,
         atts=[A_pdf("AFME-24-1187_AlSarood_PKG14.pdf", ["AQUAFLOW MIDDLE EAST FZE - OFFER AFME-24-1187", "Section 4 total AED 104,200"], when="20241119102000")])
t29b.add(me, "Dear Hassan,\n\nThanks. Your price is 7% above the lowest offer; is there room, considering the commissioning is already by the landscape contractor?",
         at(2024, 11, 19, 14, 5))
t29b.add(hassan, "Dear Karim,\n\nExcluding commissioning we can offer AED 97,600.", at(2024, 11, 20, 9, 10), G)
t29c = Thread("T29c", "RFQ - Irrigation Pumps, Controllers & Drip Lines - Package 14 (Al Jaddaf)", anil)
t29c.add(me, "Hi Anil,\n\nIrrigation section 4: Green Oasis AED 96,850 (incl. BACnet gateway), AquaFlow AED 97,600 (excl. commissioning). Third supplier did not quote. "
         "Comparison attached.", at(2024, 11, 20, 11, 0), to=[(anil.name, anil.email)],
         atts=[A_xlsx("PKG14_Irrigation_Comparison.xlsx", [["Supplier", "Total AED", "Note"], ["Green Oasis", 96850, "BACnet incl."], ["AquaFlow", 97600, "excl. commissioning"]],
                      when="2024-11-20T06:50:00Z")])
t29c.add(anil, "Thanks Karim, I will use Green Oasis in the tender.", at(2024, 11, 20, 11, 48), G)

# ================================================================ T30 Gulf Rebar: superstructure call-offs
t30 = Thread("T30", "Call-off Schedule - PO P2231-PO-0311 Superstructure", rinsha)
t30.add(rinsha, "Dear Karim,\n\nTrailer numbers for Tuesday 4 March (110 MT): SHJ 3 41877, SHJ 3 41902, SHJ 3 52210, SHJ 3 52236. Arrival 10 PM as per the Ramadan "
        "night delivery permit.", at(2025, 3, 2, 14, 10), cc=[(shaji.name, shaji.email)])
t30.add(me, "Dear Rinsha,\n\nNoted, Joel will receive at gate 2. Next call-off: 95 MT on Tuesday 18 March (T12 30, T16 40, T20 25), also night delivery.",
        at(2025, 3, 3, 9, 30), cc=[(shaji.name, shaji.email)])
t30.add(rinsha, "Dear Karim,\n\nConfirmed for 18 March night. Delivery notes and MTCs will be handed over with the trailers.", at(2025, 3, 3, 11, 45), G, cc=[(shaji.name, shaji.email)])
t30.add(me, "Dear Rinsha,\n\nCall-off 3: 120 MT on Monday 14 April, day delivery (7 AM). Sizes as per the attached BBS summary.", at(2025, 4, 9, 10, 15), cc=[(shaji.name, shaji.email)],
        atts=[A_xlsx("P2231_CallOff3_BBS_Summary.xlsx", [["Size", "MT"], ["T12", 24], ["T16", 36], ["T20", 32], ["T25", 28]], when="2025-04-09T06:05:00Z")])
t30.add(rinsha, "Dear Karim,\n\nNoted, 5 trailers on 14 April 7 AM.", at(2025, 4, 9, 12, 20), G, cc=[(shaji.name, shaji.email)])
t30.add(me, "Dear Rinsha,\n\nPlease send the MTCs for call-offs 1 to 3 in one zip for the consultant's file.", at(2025, 4, 16, 9, 5), cc=[(shaji.name, shaji.email)])
t30.add(rinsha, "Dear Karim,\n\nZip attached (9 heats).", at(2025, 4, 16, 15, 30), G, cc=[(shaji.name, shaji.email)],
        atts=[A_zip("MTC_P2231-PO-0311_CO1-CO3.zip", [(f"MTC_Heat_25E{h}.pdf", pdf(["EMIRATES STEEL - MILL TEST CERTIFICATE", f"Heat No. 25E{h}", "Grade B500B"],
                                                                                producer="Emirates Steel QMS", when="20250301080000")) for h in (10412, 10438, 10455, 10519, 10520, 10601, 10644, 10702, 10733)],
                    when=(2025, 4, 16, 15, 20, 0))])

# ================================================================ T31 Najd: production and first delivery
t31 = Thread("T31", "P2231 Curtain Wall - First Delivery L3-L5", faisal)
t31.add(faisal, "Dear Karim,\n\nThe first truck (46 panels for level 3) left our factory today and should reach Ghuwaifat tomorrow night. Packing list and delivery "
        "note attached. Our forwarder will share the customs exit documents.", at(2025, 5, 10, 16, 30, RUH), cc=[(abdul.name, abdul.email)],
        atts=[A_pdf("NAJD-DN-2025-0412_L3.pdf", ["NAJD - DELIVERY NOTE 2025-0412", "46 unitised panels - Level 3"], when="20250510162000", zone="+03'00'")])
t31.add(me, "Dear Faisal,\n\nThank you. Site will be ready with the spider crane on 13 May morning.", at(2025, 5, 11, 9, 20), cc=[(abdul.name, abdul.email)])
t31.add(faisal, "Dear Karim,\n\nThe truck cleared Ghuwaifat this morning, expected on site at 6 AM tomorrow.", at(2025, 5, 12, 11, 10, RUH), G, cc=[(abdul.name, abdul.email)])
t31.add(abdul, "الأستاذ كريم،\n\nنشكركم على حسن الاستقبال في الموقع، ونرجو تزويدنا بمحضر الاستلام الموقع لأعمال الدور الثالث حتى نتمكن من إصدار الفاتورة.\n\nمع التحية.",
        at(2025, 5, 14, 10, 5, RUH), G, rtl=True, cc=[(faisal.name, faisal.email)])
t31.add(me, "م. عبدالرحمن،\n\nمرفق محضر الاستلام موقعاً من الموقع.", at(2025, 5, 14, 12, 40), to=[(abdul.name, abdul.email)], cc=[(faisal.name, faisal.email)],
        sigtext=SIG_ME_AR, content_lang="ar-AE",
        atts=[A_pdf("P2231_MRN_Najd_L3_signed.pdf", ["MATERIAL RECEIPT NOTE - NAJD - LEVEL 3 PANELS", "Received 46 panels"], producer="HP Smart", when="20250514123000")])
spoof_hana = Pt("Hana Yousef", "hana.yousef.p2231@gmail.com", "gmail", "gmail")
a16 = t28.add(spoof_hana, "Hi Karim,\n\nIT has asked all eDMS users to update the eDMS Outlook add-in to version 7.4 before Thursday, otherwise transmittals sent from "
              "Outlook will fail to register. The installer is on our shared folder, please run it and restart Outlook:\n\n"
              "https://www.dropbox.com/scl/fi/q8w2m5x7c1v4n9b3k6j0h/ASBC_eDMS_OutlookAddin_v7.4.msi?rlkey=t4y7u1i9o3p5a2s8d6f0g&dl=1\n\nThanks,\nHana",
              at(2025, 2, 12, 14, 20), HJ("display-name-spoof"), sig=False, quote=False, detached=True,
              scen=("A16", "document controller's display name on a Gmail address in the submittal-log thread: 'eDMS Outlook add-in update' software-update lure, "
                           ".msi on Dropbox, no quote, no signature"))


# ================================================================ background notices
d = datetime.datetime(2024, 9, 5, 7, 0, tzinfo=GST); k = 0
while d < datetime.datetime(2025, 6, 25, tzinfo=GST):
    newsletter(d + TD(minutes=R.randint(0, 40), seconds=R.randint(0, 59)), k); d += TD(days=7); k += 1
big5_mail(at(2024, 9, 20, 12, 0), "Register free for The Big 5 Global 2024 - 26-29 November, Dubai World Trade Centre",
          ["2,200+ exhibitors from 60 countries.", "Register now for your free visitor badge."])
big5_mail(at(2024, 10, 22, 12, 30), "5 weeks to go: plan your visit to The Big 5 Global", ["Download the floor plan and book meetings with exhibitors."])
big5_mail(at(2024, 11, 20, 9, 15), "Your visitor badge - The Big 5 Global 2024", ["Karim, your badge is ready. Show the QR code at the entrance."])
big5_mail(at(2024, 11, 25, 17, 0), "See you tomorrow at The Big 5 Global", ["Doors open at 10:00 AM. Parking at Za'abeel car park."])
big5_mail(at(2024, 12, 4, 11, 45), "Thank you for visiting The Big 5 Global 2024", ["Save the date for next year.", "Watch the conference sessions on demand."])
for args in [((2024, 9, 23, 15, 10), "ASBC-P2231-TRN-000388", "MS-014", "Reinforcement steel - Gulf Rebar / Emirates Steel", "issued"),
             ((2024, 9, 24, 13, 25), "ASBC-P2231-TRN-000388", "MS-014", "Reinforcement steel - Gulf Rebar / Emirates Steel", "returned - Code B"),
             ((2024, 10, 17, 9, 45), "ASBC-P2231-TRN-000412", "SD-031", "Curtain wall shop drawings Rev A", "issued"),
             ((2024, 10, 21, 12, 20), "ASBC-P2231-TRN-000419", "MS-021", "Lobby marble - Galala Classic (Nile Stone)", "issued"),
             ((2024, 11, 18, 15, 40), "ASBC-P2231-TRN-000412", "SD-031", "Curtain wall shop drawings Rev A", "returned - Code C"),
             ((2024, 12, 2, 9, 20), "ASBC-P2231-TRN-000455", "SD-031", "Curtain wall shop drawings Rev B", "issued"),
             ((2025, 1, 23, 10, 5), "ASBC-P2231-TRN-000482", "NCR-017", "Response - reinforcement storage", "issued"),
             ((2025, 2, 11, 11, 30), "ASBC-P2231-TRN-000497", "MS-033", "LV cables and final DBs - Vardhman", "issued"),
             ((2025, 3, 18, 10, 2), "ASBC-P2231-TRN-000503", "MS-021 Rev 1", "Lobby marble - revised quantity", "returned - Code A"),
             ((2025, 3, 18, 10, 4), "ASBC-P2231-TRN-000497", "MS-033", "LV cables and final DBs - Vardhman", "returned - Code B"),
             ((2025, 4, 8, 8, 50), "ASBC-P2231-TRN-000531", "IR-0214", "Inspection request - facade mock-up", "issued"),
             ((2025, 5, 12, 14, 15), "ASBC-P2231-TRN-000560", "MS-040", "Sanitary ware - additional models", "issued"),
             ((2025, 6, 2, 11, 40), "ASBC-P2231-TRN-000577", "MS-041", "Irrigation pumps and controllers", "issued")]:
    edms_note(at(*args[0]), *args[1:])
edms_note(at(2025, 3, 10, 16, 5), "ASBC-P2231-TRN-000455", "SD-031 Rev B", "Curtain wall shop drawings", "returned - Code B (approved as noted)", label=GH,
          scen=("G33", "company document-control system notification (eDMS transmittal returned) with a portal link, no reply headers"))
for args in [((2024, 12, 3, 6, 10), "BW-SHP-24-1203", "MUNJEA241288", "Departed Mundra", "Mundra, IN", "12-Dec-2024"),
             ((2024, 12, 12, 14, 30), "BW-SHP-24-1203", "MUNJEA241288", "Arrived Jebel Ali", "Jebel Ali, AE", None),
             ((2024, 12, 16, 9, 5), "BW-SHP-24-1203", "MUNJEA241288", "Delivered", "Al Jaddaf, Dubai", None),
             ((2024, 12, 24, 19, 40), "BW-SHP-24-1187", "NSHJEA24120477", "Departed Nansha", "Nansha, CN", "09-Jan-2025"),
             ((2025, 1, 2, 4, 15), "BW-SHP-24-1187", "NSHJEA24120477", "Transhipment - arrived Port Klang", "Port Klang, MY", "09-Jan-2025"),
             ((2025, 1, 9, 7, 50), "BW-SHP-24-1187", "NSHJEA24120477", "Arrived Jebel Ali", "Jebel Ali, AE", None),
             ((2025, 1, 20, 10, 35), "BW-SHP-24-1187", "NSHJEA24120477", "Delivered", "Al Jaddaf, Dubai", None),
             ((2025, 2, 3, 20, 5), "BW-SHP-25-0131", "MUNJEA250187", "Departed Mundra", "Mundra, IN", "14-Feb-2025"),
             ((2025, 2, 14, 12, 25), "BW-SHP-25-0131", "MUNJEA250187", "Arrived Jebel Ali", "Jebel Ali, AE", None),
             ((2025, 4, 12, 8, 40), "BW-SHP-25-0402", "MRSJEA2504117", "Departed Mersin", "Mersin, TR", "22-Apr-2025"),
             ((2025, 4, 22, 9, 55), "BW-SHP-25-0402", "MRSJEA2504117", "Arrived Jebel Ali", "Jebel Ali, AE", None),
             ((2025, 4, 24, 11, 10), "BW-SHP-25-0402", "MRSJEA2504117", "Delivered", "Al Jaddaf, Dubai", None)]:
    track_note(at(*args[0]), *args[1:])
for when, subj, lines in [
        ((2024, 9, 19, 13, 5), "Outward Remittance Advice - FT24263A81K2 - AED 230,202.00", ["Your outward transfer has been processed.", "Beneficiary: GULF REBAR TRADING LLC",
                                                                                            f"Account: {IBAN_GRT[:6]}***{IBAN_GRT[-4:]}", "Amount: AED 230,202.00"]),
        ((2024, 10, 24, 11, 20), "Outward Remittance Advice - FT24298B55C7 - USD 51,525.00", ["Your outward transfer has been processed.",
                                                                                              "Beneficiary: VARDHMAN CABLES AND SWITCHGEAR PVT LTD", "Amount: USD 51,525.00"]),
        ((2024, 10, 28, 13, 35), "Import LC Issued - EGB/ILC/24/07791 - USD 86,400.00", ["Import documentary credit EGB/ILC/24/07791 has been issued.",
                                                                                         "Beneficiary: FOSHAN HONGLI SANITARY WARE CO LTD"]),
        ((2024, 12, 12, 12, 50), "Outward Remittance Advice - FT24347C09D1 - EUR 18,534.00", ["Your outward transfer has been processed.",
                                                                                              "Beneficiary: ANADOLU VANA SANAYI VE TICARET AS", f"Account: {IBAN_AV_OLD[:6]}***{IBAN_AV_OLD[-4:]}"]),
        ((2025, 1, 15, 11, 5), "Debit Advice - Import LC EGB/ILC/24/07791 - Documents Accepted", ["Documents under EGB/ILC/24/07791 accepted with discrepancies.",
                                                                                                  "Debit amount: USD 90,720.00 plus charges"]),
        ((2025, 2, 20, 12, 40), "Outward Remittance Advice - FT25051E73F4 - EUR 43,246.00", ["Your outward transfer has been processed.",
                                                                                             "Beneficiary: ANADOLU VANA SANAYI VE TICARET AS", f"Account: {IBAN_AV_NEW[:6]}***{IBAN_AV_NEW[-4:]}"]),
        ((2025, 2, 27, 12, 55), "Outward Remittance Advice - FT25058F12A9 - AED 462,315.00", ["Your outward transfer has been processed.", "Beneficiary: GULF REBAR TRADING LLC",
                                                                                              f"Account: {IBAN_GRT[:6]}***{IBAN_GRT[-4:]}"]),
        ((2025, 3, 13, 11, 30), "Outward Remittance Advice - FT25072G40B2 - AED 702,000.00", ["Your outward transfer has been processed.",
                                                                                              "Beneficiary: NAJD ALUMINIUM AND GLASS INDUSTRIES CO"]),
        ((2025, 4, 24, 11, 50), "Outward Remittance Advice - FT25114H21C6 - USD 12,564.00", ["Your outward transfer has been processed.",
                                                                                             "Beneficiary: FOSHAN HONGLI SANITARY WARE CO LTD"]),
        ((2025, 4, 28, 12, 10), "Outward Remittance Advice - FT25118J88D3 - USD 39,513.60", ["Your outward transfer has been processed.",
                                                                                             "Beneficiary: NILE STONE FOR MARBLE AND GRANITE SAE"])]:
    tc_note(at(*when), subj, lines)
tc_note(at(2025, 2, 27, 15, 30), "Ramadan working hours - Trade Finance and TradeConnect cut-off times",
        ["During the Holy Month of Ramadan our branches will operate from 9:00 AM to 2:00 PM (Monday to Friday).",
         "Trade Finance cut-off for same-day LC issuance and amendments: 12:00 noon. Outward remittances submitted on TradeConnect after 12:30 PM will be processed the next working day.",
         "Ramadan Kareem from all of us at Emirates Gulf Bank."], label=GH,
        scen=("G34", "bank system notice (Ramadan cut-off times), no reply headers, links to the bank's portal"))
for when, days in [((2024, 10, 20, 8, 0), 7), ((2025, 1, 19, 8, 0), 7), ((2025, 4, 20, 8, 0), 7)]:
    emit(itsd, "itsd", at(*when), [(me.name, me.email)], None, f"Your Al Sarood network password expires in {days} days", [],
         f"Dear Karim Haddad,\n\nYour network password will expire in {days} days. Press Ctrl+Alt+Del on your office laptop and choose 'Change a password', "
         "or use https://passwordreset.microsoftonline.com from any browser.\n\nIT will never send you a link to a page that asks for your current password by e-mail.\n\n"
         "Al Sarood IT Service Desk | Ext. 111", extra=[("Auto-Submitted", "auto-generated")])
emit(itsd, "itsd", at(2025, 3, 2, 9, 30), [("All Staff", f"allstaff@{OWN}")], None, "IT Security Bulletin: Ramadan charity scams and fake supplier bank letters", [],
     "Dear colleagues,\n\nRamadan Kareem. Every year we see more fraud attempts during Ramadan: fake charity appeals, fake supplier letters asking to change bank "
     "details, and messages that look like they come from our directors asking for urgent transfers. If in doubt, call the person on a number you already know.\n\n"
     "Report suspicious e-mails with the 'Report' button in Outlook.\n\nAl Sarood IT Service Desk | Ext. 111", extra=[("Auto-Submitted", "auto-generated")])

# ================================================================ write, in arrival order
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen = ["file\tscenario\tdescription"]
for i, (t, _, folder, raw, lab, sc) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab:
        labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
        if not sc: raise SystemExit(f"labelled message without scenario: {lab}")
        scen.append(f"{path}\t{sc[0]}\t{sc[1]}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scen) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled ({sum(1 for l in labels[1:] if l.split(chr(9))[2] == 'hijack')} hijack) -> {root}")
