#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-43.py OUT_DIR
#
# Probe mailbox "tamar": Tamar Shani, VP Operations & Finance of Nivra Technologies Ltd. (40-person software startup, Tel Aviv,
# Google Workspace nivra.example; she writes from Gmail web, English UI). Sept 2024 - June 2025, Asia/Jerusalem with DST.
# English mostly; Hebrew with the accountant (Outlook 2016 on Exchange 2016, windows-1255) and the local vendor (Gmail, UTF-8);
# Polish/English with the Kraków software house. Receiving side: Gmail (mx.google.com, ARC, Authentication-Results).
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Eitan Barak (CEO), Gal Friedman, Ofir Dahan: internal Google Workspace, Gmail web, CA...@mail.gmail.com, d=nivra.example s=google
#   Dana Whitfield (GP, Meridian Ridge, NY): Google Workspace via Superhuman Desktop ("with HTTPREST", X-Mailer Superhuman Desktop,
#     <xxxxxxxx.uuid@we.are.superhuman.com>), Superhuman iOS from her phone; "On Wed, Oct 02, 2024 at 2:30 PM, ..." quotes
#   Ryan Okafor (associate, Meridian Ridge): Google Workspace, Gmail web, d=meridianridge.example s=google, US Gmail quote header
#   Lior Ben-Ami (Hadar Capital, TLV): Gmail web on Workspace, plus iPhone Mail via smtp.gmail.com from a Bezeq home IP;
#     Shira Kaplan (his new EA from Feb 2025): Gmail web, same tenant
#   Yael Mizrahi-Cohen, Noam Regev (Shamir Tal & Co. law offices): M365 Outlook desktop, EU tenant (AS8PR04MB..eurprd04), Thread-Index,
#     d=shamirtal-law.example s=selector1, Outlook "From/Sent/To/Subject" quote block, long confidentiality signature
#   Moshe Azoulay, Rivka Peretz (Azoulay Peretz CPA): on-prem Exchange 2016 (AZ-EXCH01.azoulay.local) behind a Postfix edge, no DKIM,
#     windows-1255 quoted-printable, Content-Language he-IL, Hebrew Outlook quote header (מאת/נשלח/אל/נושא)
#   Jennifer Walsh, Marcus Hill, ap@ (Brightwater Health, Chicago): M365 Outlook desktop (SA1PR11MB..namprd11), d=brightwaterhealth s=selector2
#   Mark Delaney (Northgate Logistics, NJ): M365 Outlook web (BN0PR12MB..namprd12), once Outlook for iOS
#   Oleksandr Kovalenko (contractor, Kyiv): consumer Gmail web, Ukrainian-locale Gmail quote header ("... пише:"), d=gmail.com
#   Iryna Melnyk (designer, Kyiv, from Jan 2025 Kraków): Proton Mail web (=@proton.me ids, X-Pm-Message-ID, d=proton.me s=protonmail3)
#   Piotr Nowak, Agnieszka Wójcik (Wisła Software sp. z o.o., Kraków): Thunderbird via their own Postfix (mail.wislasoft.example),
#     d=wislasoft.example s=mail2023, format=flowed, Polish quote header "W dniu ... pisze:"
#   Avi Golan (local office vendor): consumer Gmail, Hebrew UI/quote header; Ido Sasson (MacPoint B2B reseller): M365 Outlook (EU)
#   IL Startup Finance Google Group (list headers, footer); SaaS notifications with their own senders: Slack digests and DMs,
#   GitHub Dependabot, Ramp receipts, HiBob time-off, Notion, Figma, Loom, Calendly, DocuSign, Carta; a CTech newsletter.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and OUT_DIR/mailboxes/tamar/{INBOX,Sent}/N.eml
# numbered in arrival order across both folders (CRLF). Only test messages are labelled; the rest is context. Deterministic
# (random.Random(43)); no network; attachments are inert (random bytes/text in real PDF, zip, OOXML, ISO, .ics, .lnk containers).
#
# Threads: T1 Meridian seed SAFE closing (revived at Series A); T2 Meridian portfolio reporting / Carta; T3 Side letter with Dana;
#   T4 Hadar board meeting prep; T5 Shamir Tal seed closing & Registrar filings; T6 Shamir Tal fee invoices; T7 Azoulay monthly VAT &
#   payroll materials (Hebrew); T7b Azoulay FW of a Tax Authority letter; T8 FY2024 audit open items (English); T9 Brightwater
#   PO 4500018822; T10 Northgate pilot / QBR; T11 Oleksandr monthly invoices; T12 Oleksandr Priority ERP export; T13 Melnyk Design
#   invoices; T14 Series A deck refresh; T15 Wisła Software invoices (Polish/English); T16 Wisła SOW #3; T17 internal payment-run
#   approvals with the CEO; T18 CEO offsite deposit; T19 payroll cutoff to all staff; T20 Avi Golan office move (Hebrew);
#   T21 MacPoint laptops order; T23 CEO forwards a customer mail; L1-L3 Google Group threads; plus orphans O1/O2 and
#   stand-alone notifications (Slack, GitHub, Ramp, HiBob, Notion, Figma, Loom, Calendly, DocuSign, Carta, newsletter).
#   About 398 messages in total (~115 in Sent); 141 labelled: 15 hijacks, 32 genuine-hard, 2 genuine-orphan, 92 genuine-reply.
#
# Hijacks (15: 5 server-hijack, 4 account-takeover, 2 lookalike-domain, 2 display-name-spoof, 2 fake-thread):
#   A1  T12 account-takeover   contractor's Gmail via smtp.gmail.com from Outlook 16 on a foreign IP, 04:02: "updated Loom walkthrough" on loom.com-share look-alike
#   A2  T2  account-takeover   investor associate's Workspace via Apple Mail/SMTP from a foreign IP, 04:12 ET: "Carta SAFE acknowledgement" fake SSO page
#   A3  T9  server-hijack      customer's real M365 at 01:37 CT: "revised PO" link to a figma.com.file-preview look-alike; quoted text altered
#   A4  T10 server-hijack      customer's real M365/OWA at 03:58 ET: "move our QBR" link to a Calendly look-alike with work-email sign-in
#   A5  T15 lookalike-domain   wisla-soft.example (hyphen) "accountant": mBank blocked, pay the open invoice to a UK fintech GB IBAN; quotes the thread
#   A6  T17 display-name-spoof "Eitan Barak" from Gmail in the payment-run thread: confidential urgent wire to a new Dubai payee, no quote
#   A7  T6  lookalike-domain   shamirtal-legal.example: new engagement letter + trust account moved, DocuSign look-alike link
#   A8  T5  server-hijack      law firm's real M365: Hebrew reply in an English thread, "Registrar fee unpaid", payment link on an unknown domain
#   A9  --  fake-thread        stranger "Re: [nivra-labs/platform] Critical security alert" after a real alert: OAuth consent link on github.com for an attacker app
#   A10 T7  server-hijack      accountant's real Exchange (windows-1255 Hebrew): "Tax Authority demand" password-protected zip with .lnk, password in text
#   A11 T19 display-name-spoof "Gal Friedman" from outlook.com: change my salary bank account before the cutoff (no payload)
#   A12 T3  account-takeover   GP's Workspace via Gmail web (not Superhuman), 03:38 ET: side-letter "redline" .docm, quote of Tamar altered
#   A13 T14 server-hijack      designer's real Proton account at 02:16: short generic "assets and invoice" .img disk image, no quote
#   A14 --  fake-thread        stranger "RE: Delivery of your shipment" (Israel Post customs) with fabricated quote: .ics with fee payment link
#   A15 T4  account-takeover   investor's Workspace via eM Client/SMTP from a VPN IP: "Zoom Rooms plugin update" .msi on dropbox.com
#
# Genuine hard cases (32):
#   G1  T12 contractor's real loom.com walkthrough link               G2  T14 designer's real figma.com design link
#   G3  T16 vendor's real notion.so proposal / rate-card links         G4  --  Calendly "New Event" notification (Tamar's own page)
#   G5  --  DocuSign envelope notification on behalf of the law firm   G6  --  Carta notification: option grants awaiting approval
#   G7  T13 designer's real bank change (PKO, Kraków) announced, verified on a call, confirmed in Sent
#   G8  T13 first invoice with the new verified IBAN                   G9  T4  investor from iPhone Mail at 23:48
#   G10 T3  GP from Superhuman iOS, one line                           G11 --  Slack DM notification forwarding a customer portal link
#   G12 T1  seed thread revived 7 months later for the Series A        G13 T9  customer's Exchange "Automatic reply"
#   G14 T5  law firm's new associate writes for the first time         G15 T9  customer AP remittance advice PDF
#   G16 T15 vendor's accountant confirms bank details unchanged (IBAN in text)
#   G17 T7  payroll summary .xlsx from the accountant (Hebrew)         G18 T7b accountant FW: Tax Authority letter PDF
#   G19 --  GitHub Dependabot critical-alert notification              G20 --  Figma comment notification mentioning Tamar
#   G21 T12 contractor's zipped logs that Tamar requested              G22 T10 customer's first reply from Outlook for iOS
#   G23 T2  investor associate's real app.carta.com SAFE link          G24 T16 vendor's real docs.google.com SOW link
#   G25 T5  law-firm partner's real docusign.net link in the thread    G26 T8  accountant replies in Hebrew in an English thread
#   G27 T18 CEO's real same-day payment to a new vendor (verified by phone in Sent)
#   G28 T9  customer's real PO revision PDF                            G29 L1  mailing-list reply with a Google Sheets link and list footer
#   G30 T4  investor's new EA joins with a calendly.com link           G31 T20 local vendor's Hebrew invoice with a payment link
#   G32 T23 CEO forwards (Fwd:) a customer mail with a spreadsheet
# Genuine orphans: O1 investor replies to the CEO adding Tamar in Cc (parent not in mailbox);
#   O2 law firm answers the CEO's term-sheet mail adding Tamar in Cc (parent not in mailbox).
# Plain genuine replies: every other in-thread partner reply (genuine-reply).
import base64, datetime, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

if len(sys.argv) != 2: raise SystemExit("usage: make-probe-corpus-43.py OUT_DIR")
root = sys.argv[1]
MB = "tamar"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(43)
IL = ZoneInfo("Asia/Jerusalem"); KYIV = ZoneInfo("Europe/Kyiv"); WAW = ZoneInfo("Europe/Warsaw"); NYC = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago"); PAC = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc; LON = ZoneInfo("Europe/London")


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def low(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=IL): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def wk(t):
    """move a generated Israeli office-hours time off Friday/Saturday to the following Sunday"""
    lt = t.astimezone(IL); wd = lt.weekday()
    return t + datetime.timedelta(days={4: 2, 5: 1}.get(wd, 0))
def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcg(t): return t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=IL, qstyle=None):
        s.name, s.email, s.client, s.infra, s.sig, s.tz = name, email, client, infra, sig, tz
        s.dom = email.split("@")[1]
        s.qstyle = qstyle or {"gweb": "gmail_us", "superhuman": "superhuman", "exo": "outlook", "owa": "outlook", "ex16he": "outlook_he",
                              "proton": "proton", "tb": "tb_pl", "iphone": "apple"}.get(client, "gmail_us")


OWN = "nivra.example"
me = Pt("Tamar Shani", f"tamar@{OWN}", "gweb", "gws-own",
        "\n\n--\nTamar Shani\nVP Operations & Finance | Nivra\n+972 54-555-0182 | nivra.example\n12 Ha'Arba'a St, Tel Aviv")
eitan = Pt("Eitan Barak", f"eitan@{OWN}", "gweb", "gws-own", "\n\n--\nEitan Barak\nCo-founder & CEO, Nivra\n+972 52-555-0119")
gal = Pt("Gal Friedman", f"gal@{OWN}", "gweb", "gws-own", "\n\nGal Friedman\nBackend Engineer | Nivra")
ofir = Pt("Ofir Dahan", f"ofir@{OWN}", "gweb", "gws-own", "\n\n--\nOfir Dahan | VP R&D | Nivra")
# investors
dana = Pt("Dana Whitfield", "dana@meridianridge.example", "superhuman", "gws-meridian",
          "\n\nDana Whitfield\nGeneral Partner | Meridian Ridge Ventures\n535 Hudson St, New York, NY", tz=NYC)
ryan = Pt("Ryan Okafor", "ryan@meridianridge.example", "gweb", "gws-meridian",
          "\n\n--\nRyan Okafor\nAssociate | Meridian Ridge Ventures\n+1 (646) 555-0147", tz=NYC)
lior = Pt("Lior Ben-Ami", "lior@hadarcap.example", "gweb", "gws-hadar",
          "\n\nLior Ben-Ami\nPartner, Hadar Capital\n+972 50-555-7720", qstyle="gmail_gb")
shira = Pt("Shira Kaplan", "shira@hadarcap.example", "gweb", "gws-hadar",
           "\n\nShira Kaplan\nExecutive Assistant to Lior Ben-Ami | Hadar Capital\n+972 3-555-4400", qstyle="gmail_gb")
# law firm (M365, Outlook desktop, Israeli tenant)
yael = Pt("Yael Mizrahi-Cohen", "yael.mc@shamirtal-law.example", "exo", "exo-law",
          "\n\nYael Mizrahi-Cohen, Adv. | Partner\nShamir Tal & Co. Law Offices\nAzrieli Sarona Tower, 121 Menachem Begin Rd., Tel Aviv\n"
          "T: +972-3-555-6100 | M: +972-52-555-3308\n\nThis message is confidential and may be privileged. If you received it in error, please notify the sender.")
noam = Pt("Noam Regev", "noam.r@shamirtal-law.example", "exo", "exo-law",
          "\n\nNoam Regev, Adv. | Associate\nShamir Tal & Co. Law Offices\nT: +972-3-555-6117\n\nThis message is confidential and may be privileged. If you received it in error, please notify the sender.")
# accountant (on-prem Exchange 2016, Outlook 2016, Hebrew, windows-1255)
moshe = Pt("Moshe Azoulay", "moshe@azoulay-cpa.example", "ex16he", "ex16-azoulay",
           "\n\nבברכה,\nמשה אזולאי, רו\"ח\nאזולאי פרץ ושות' - רואי חשבון\nדרך מנחם בגין 7, רמת גן | 03-5556210")
rivka = Pt("Rivka Peretz", "rivka@azoulay-cpa.example", "ex16he", "ex16-azoulay",
           "\n\nבברכה,\nרבקה פרץ\nמנהלת חשבונות ושכר | אזולאי פרץ ושות'\n03-5556214")
# US customers (M365)
jen = Pt("Jennifer Walsh", "jwalsh@brightwaterhealth.example", "exo", "exo-bw",
         "\n\nThanks,\nJennifer Walsh\nSr. Procurement Specialist | Brightwater Health\n2200 W Harrison St, Chicago, IL 60612\nO: (312) 555-0186", tz=CHI)
bwap = Pt("Brightwater Accounts Payable", "ap@brightwaterhealth.example", "exo", "exo-bw",
          "\n\nAccounts Payable | Brightwater Health\nap@brightwaterhealth.example | (312) 555-0100 opt. 3", tz=CHI)
marcus = Pt("Marcus Hill", "mhill@brightwaterhealth.example", "exo", "exo-bw",
            "\n\nMarcus Hill\nAccounts Payable Analyst | Brightwater Health\nO: (312) 555-0193", tz=CHI)
mark = Pt("Mark Delaney", "mark.delaney@northgate-log.example", "owa", "exo-ng",
          "\n\nMark Delaney\nDirector, Operations Technology\nNorthgate Logistics | Newark, NJ\nm: 973-555-0164", tz=NYC)
# contractors and vendors
olek = Pt("Oleksandr Kovalenko", "o.kovalenko.dev@gmail.com", "gweb", "gmail",
          "\n\n--\nOleksandr Kovalenko\nSenior Backend Developer (contractor)\nKyiv | Telegram @okoval", tz=KYIV, qstyle="gmail_uk")
iryna = Pt("Iryna Melnyk", "iryna.melnyk@proton.me", "proton", "proton",
           "\n\nIryna Melnyk\nProduct designer\nmelnyk.design", tz=KYIV)
piotr = Pt("Piotr Nowak", "piotr.nowak@wislasoft.example", "tb", "postfix-wisla",
           "\n\n-- \nPiotr Nowak\nDelivery Manager | Wisła Software sp. z o.o.\nul. Rakowicka 7, 31-511 Kraków\n+48 12 555 40 21", tz=WAW)
agnieszka = Pt("Agnieszka Wójcik", "ksiegowosc@wislasoft.example", "tb", "postfix-wisla",
               "\n\n-- \nAgnieszka Wójcik\nKsięgowość / Accounting\nWisła Software sp. z o.o. | NIP 6762555418", tz=WAW)
avi = Pt("אבי גולן", "avi.golan.office@gmail.com", "gweb", "gmail", "\n\nאבי גולן\nגולן שירותי משרד והתקנות\n054-5553127", qstyle="gmail_he")
ido = Pt("Ido Sasson", "ido@macpoint-b2b.example", "exo", "exo-macpoint",
         "\n\nIdo Sasson | Business Accounts\nMacPoint B2B Ltd. | Authorised Apple Reseller\n03-555-9090 ext. 4")

# helo, ip, dkim d, dkim s, envelope domain (None = From), dmarc, sender-hop kind
INFRA = {
    "gws-own": ("mail-sor-f41.google.com", "209.85.220.41", OWN, "google", None, "reject", "gmail-web"),
    "gws-meridian": ("mail-yw1-f173.google.com", "209.85.128.173", "meridianridge.example", "google", None, "quarantine", "gmail-web"),
    "gws-hadar": ("mail-wr1-f54.google.com", "209.85.221.54", "hadarcap.example", "google", None, "none", "gmail-web"),
    "gmail": ("mail-ej1-f47.google.com", "209.85.218.47", "gmail.com", "20230601", None, "none", "gmail-web"),
    "exo-law": ("mail-vi1eur05on2107.outbound.protection.outlook.com", "40.107.21.107", "shamirtal-law.example", "selector1", None, "quarantine", "exo-eur"),
    "exo-bw": ("mail-dm6nam11on2130.outbound.protection.outlook.com", "40.107.223.130", "brightwaterhealth.example", "selector2", None, "reject", "exo-nam"),
    "exo-ng": ("mail-bn8nam12on2121.outbound.protection.outlook.com", "40.107.237.121", "northgate-log.example", "selector1", None, "quarantine", "exo-nam"),
    "exo-macpoint": ("mail-am6eur05on2093.outbound.protection.outlook.com", "40.107.22.93", "macpoint-b2b.example", "selector1", None, "none", "exo-eur"),
    "ex16-azoulay": ("mail.azoulay-cpa.example", "82.80.214.66", None, None, None, None, "ex16"),
    "proton": ("mail-40131.protonmail.ch", "185.70.40.131", "proton.me", "protonmail3", None, "quarantine", "none"),
    "postfix-wisla": ("mail.wislasoft.example", "51.83.140.29", "wislasoft.example", "mail2023", None, "none", "postfix"),
    "gg": ("mail-pl1-f190.google.com", "209.85.214.190", "googlegroups.com", "20230601", "googlegroups.com", None, "groups"),
    "outlookcom": ("mail-dm6nam04olkn2085.outbound.protection.outlook.com", "40.92.45.85", "outlook.com", "selector1", None, "none", "exo-nam"),
    # SaaS senders
    "ses-notion": ("a48-93.smtp-out.amazonses.com", "54.240.48.93", "mail.notion.so", "ptkfdsnwm2pf6lsxpcnt2kr3ej45m3qw", "mail.notion.so", "none", "none"),
    "sg-figma": ("o3.email.figma.com", "167.89.51.79", "email.figma.com", "s1", "email.figma.com", "reject", "none"),
    "sg-loom": ("o2.mail.loom.com", "167.89.73.206", "loom.com", "s1", "mail.loom.com", "reject", "none"),
    "calendly": ("o1.calendly.com", "149.72.164.238", "calendly.com", "s1", "em.calendly.com", "reject", "none"),
    "docusign": ("mailcg.docusign.net", "64.207.219.135", "docusign.net", "s1", "docusign.net", "reject", "none"),
    "carta": ("mail-a.carta.com", "198.2.180.71", "carta.com", "k1", "mail.carta.com", "reject", "none"),
    "ramp": ("a11-88.smtp-out.amazonses.com", "54.240.11.88", "ramp.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "amazonses.com", "reject", "none"),
    "hibob": ("a9-42.smtp-out.amazonses.com", "54.240.9.42", "hibob.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "amazonses.com", "quarantine", "none"),
    "github": ("out-21.smtp.github.com", "192.30.252.204", "github.com", "pf2023", None, "reject", "none"),
    "slack": ("o1.ptr4121.slack.com", "149.72.224.11", "slack.com", "s1", "email.slack.com", "reject", "none"),
    "news": ("mta-4.ctech-news.example", "198.51.100.61", "ctech-news.example", "ml", "bounce.ctech-news.example", "none", "none"),
    # attackers
    "gmail-smtp": ("mail-ej1-f47.google.com", "209.85.218.47", "gmail.com", "20230601", None, "none", "gmail-smtp"),
    "gws-meridian-smtp": ("mail-yw1-f173.google.com", "209.85.128.173", "meridianridge.example", "google", None, "quarantine", "gmail-smtp"),
    "gws-hadar-smtp": ("mail-wr1-f54.google.com", "209.85.221.54", "hadarcap.example", "google", None, "none", "gmail-smtp"),
    "look-wisla": ("mail.wisla-soft.example", "45.88.104.17", "wisla-soft.example", "default", None, None, "exim"),
    "look-law": ("smtp.shamirtal-legal.example", "193.149.176.40", "shamirtal-legal.example", "s2024", None, None, "exim"),
    "spoof-gmail": ("mail-lf1-f44.google.com", "209.85.167.44", "gmail.com", "20230601", None, "none", "gmail-web"),
    "fake-gh": ("mail.gh-securitylab.example", "141.98.10.77", "gh-securitylab.example", "default", None, None, "exim"),
    "fake-ship": ("vps19233.hostsailor.example", "185.246.220.88", "il-customs-clearance.example", "x", None, None, "exim"),
}
EXO = {"shamirtal-law.example": ("AS8PR04MB", "eurprd04", "2603:10a6:20b"), "macpoint-b2b.example": ("DB9PR08MB", "eurprd08", "2603:10a6:10"),
       "outlook.com": ("PH0PR19MB", "namprd19", "2603:10b6:510"), "brightwaterhealth.example": ("SA1PR11MB", "namprd11", "2603:10b6:806"), "northgate-log.example": ("BN0PR12MB", "namprd12", "2603:10b6:408")}
EXO_N = {d: R.randint(1000, 9999) for d in EXO}
TENANT = {d: ruuid() for d in EXO}


def exo_host(dom): p, reg, _ = EXO[dom]; return f"{p}{EXO_N[dom]}"


def make_mid(who, client, t):
    if client in ("gweb",): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 53, 54))] + "@mail.gmail.com>"
    if client in ("superhuman", "sh_ios"): return f"<{low(8)}.{ruuid()}@we.are.superhuman.com>"
    if client in ("exo", "owa", "olios"):
        h = exo_host(who.dom); reg = EXO[who.dom][1]; return f"<{h}{HX(16)}@{h}.{reg}.prod.outlook.com>"
    if client == "ex16he": return f"<{hx(32)}@AZ-EXCH01.azoulay.local>"
    if client == "proton": return "<" + base64.urlsafe_b64encode(rbytes(57)).decode().replace("-", "A").replace("_", "B")[:64] + "=@proton.me>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "iphone": return f"<{ruuid().upper()}@{who.dom}>"
    if client == "outlook16": return f"<000{R.randint(1, 9)}01db{hx(4)}${hx(8)}${hx(8)}@{who.dom}>"
    if client == "applemail": return f"<{ruuid().upper()}@{who.dom}>"
    if client == "emclient": return f"<em{ruuid()}@desktop-{low(7)}>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


# ---------------------------------------------------------------- quoting
def qdate(t, style):
    if style in ("gmail_us", "gmail_gb"):
        return t.strftime("%a, %b %-d, %Y at %-I:%M %p") if style == "gmail_us" else t.strftime("%a, %-d %b %Y at %H:%M")
    return t.strftime("%a, %d %b %Y %H:%M")

UK_DAYS = ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]
UK_MON = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."]
HE_DAYS = ["יום ב׳", "יום ג׳", "יום ד׳", "יום ה׳", "יום ו׳", "שבת", "יום א׳"]
HE_DAYS_OL = ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"]
HE_MON = ["בינו׳", "בפבר׳", "במרץ", "באפר׳", "במאי", "ביוני", "ביולי", "באוג׳", "בספט׳", "באוק׳", "בנוב׳", "בדצמ׳"]
HE_MON_OL = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"]


def _q(text): return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n"))


def quote_of(style, q, viewer_tz):
    """q: dict(t, name, email, plain, subj, to, cc); the quoted header is written in the quoting client's locale/time zone"""
    t = q["t"].astimezone(viewer_tz); name, email = q["name"], q["email"]
    if style == "gmail_us": return f"\n\nOn {t:%a, %b} {t.day}, {t.year} at {t.strftime('%-I:%M %p')} {name} <{email}> wrote:\n\n" + _q(q["plain"])
    if style == "gmail_gb": return f"\n\nOn {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name} <{email}> wrote:\n\n" + _q(q["plain"])
    if style == "gmail_uk":
        return f"\n\n{UK_DAYS[t.weekday()]}, {t.day} {UK_MON[t.month - 1]} {t.year} р. о {t:%H:%M} {name} <{email}> пише:\n\n" + _q(q["plain"])
    if style == "gmail_he":
        return f"\n\n\u202b{HE_DAYS[t.weekday()]}, {t.day} {HE_MON[t.month - 1]} {t.year} ב-{t:%H:%M} מאת \u202a{name}\u202c\u200f <\u202a{email}\u202c\u200f>:\u202c\n\n" + _q(q["plain"])
    if style == "superhuman": return f"\n\nOn {t:%a, %b %d, %Y at %-I:%M %p}, {name} <{email}> wrote:\n\n" + _q(q["plain"])
    if style == "apple": return f"\n\n> On {t.day} {t:%b %Y}, at {t:%H:%M}, {name} <{email}> wrote:\n> \n" + _q(q["plain"])
    if style == "proton":
        sfx = "th" if 11 <= t.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(t.day % 10, "th")
        return f"\n\nOn {t:%A, %B} {t.day}{sfx}, {t.year} at {t:%-I:%M %p}, {name} <{email}> wrote:\n\n" + _q(q["plain"])
    if style == "tb_pl": return f"\n\nW dniu {t.day}.{t.month:02d}.{t.year} o {t:%H:%M}, {name} pisze:\n" + _q(q["plain"])
    if style == "tb_en": return f"\n\nOn {t.day}/{t.month:02d}/{t.year} {t:%H:%M}, {name} wrote:\n" + _q(q["plain"])
    to = "; ".join(f"{n} <{e}>" for n, e in q["to"]); cc = "; ".join(f"{n} <{e}>" for n, e in q["cc"])
    if style == "outlook_he":
        return (f"\n\nמאת: {name} <{email}>\nנשלח: {HE_DAYS_OL[t.weekday()]} {t.day:02d} {HE_MON_OL[t.month - 1]} {t.year} {t:%H:%M}\nאל: {to}\n"
                + (f"עותק: {cc}\n" if cc else "") + f"נושא: {q['subj']}\n\n" + q["plain"])
    if style == "outlook_ios":
        return f"\n\nFrom: {name} <{email}>\nSent: {t:%A, %B} {t.day}, {t.year} {t:%-I:%M:%S %p}\nTo: {to}\nSubject: {q['subj']}\n\n" + q["plain"]
    return (f"\n\n________________________________\nFrom: {name} <{email}>\nSent: {t:%A, %B} {t.day}, {t.year} {t:%-I:%M %p}\nTo: {to}\n"
            + (f"Cc: {cc}\n" if cc else "") + f"Subject: {q['subj']}\n\n" + q["plain"])


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client in ("gweb",): return '<div dir="ltr">' + esc + "</div>\n"
    if client in ("superhuman", "sh_ios"): return '<div><div>' + esc + '</div><div><br></div></div>\n'
    if client in ("exo", "owa", "olios", "outlook16"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">'
                + esc + "</p>\n</div>\n</body>\n</html>") if client != "owa" else (
                '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                + esc + "</div>\n</body>\n</html>")
    if client == "ex16he":
        return ('<html dir="rtl" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1255">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '</head>\n<body lang="HE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n<p class="MsoNormal" dir="RTL">' + esc + "</p>\n</div>\n</body>\n</html>")
    if client == "proton":
        return ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + esc + '</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
                '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;"><div class="protonmail_signature_block-proton">'
                'Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>\n')
    if client == "tb":
        return '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n    <p>' + esc + "</p>\n  </body>\n</html>"
    if client == "iphone": return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + esc + "</body></html>"
    return None


def sender_hops(who, kind, t, env, client, orig_ip):
    hops = []
    if kind == "gmail-web":
        hops.append(("Received", f"by 2002:a05:{hx(4)}:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with HTTP" + ("REST" if client in ("superhuman", "sh_ios") else "")
                     + f"; {rfcg(t)}"))
    elif kind == "gmail-smtp":
        ip = orig_ip or f"102.89.{R.randint(1, 250)}.{R.randint(1, 250)}"
        hops.append(("Received", f"from {'[' + ip + ']' if client != 'iphone' else 'smtpclient.apple'} ({'[' + ip + ']' if client != 'iphone' else 'bzq-' + ip.replace('.', '-') + '.red.bezeqint.example. [' + ip + ']'})\n"
                                 f"        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                                 f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfcg(t)}"))
    elif kind.startswith("exo"):
        p, reg, v6 = EXO[who.dom]; h1 = exo_host(who.dom); h2 = p + str(R.randint(1000, 9999))
        up = reg.upper()
        hops.append(("Received", f"from {h1}.{reg}.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h1}.{reg}.prod.outlook.com\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id 15.20.{R.choice((8583, 8632, 8722, 8835))}.0{R.randint(10, 40)}; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {h1}.{reg}.prod.outlook.com ({v6}::{hx(2)}) by\n {h2}.{reg}.prod.outlook.com ({v6}::{hx(1)}) with Microsoft SMTP Server\n"
                                    f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.0{R.randint(10, 40)}; {rfcu(t + datetime.timedelta(seconds=1))}"))
    elif kind == "ex16":
        hops.append(("Received", f"from AZ-EXCH01.azoulay.local (10.0.0.12) by AZ-EXCH01.azoulay.local (10.0.0.12)\n with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.2507.39; {rfc(t, IL)}"))
        hops.insert(0, ("Received", f"from AZ-EXCH01.azoulay.local (unknown [82.80.214.70])\n\tby mail.azoulay-cpa.example (Postfix) with ESMTPS id {HX(10)}\n"
                                    f"\tfor <{me.email}>; {rfc(t + datetime.timedelta(seconds=2), IL)}"))
    elif kind == "postfix":
        hops.append(("Received", f"from [192.168.10.{R.randint(20, 80)}] (user-{R.randint(83, 89)}-{R.randint(1, 250)}-{R.randint(1, 250)}-{R.randint(1, 250)}.play-internet.example [{R.randint(83, 89)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
                                 f"\t(Authenticated sender: {who.email})\n\tby mail.wislasoft.example (Postfix) with ESMTPSA id {HX(11)};\n\t{rfc(t, WAW)}"))
    elif kind == "exim":
        ip = orig_ip or f"{R.choice((102, 105, 197))}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
        hops.append(("Received", f"from [{ip}] (port={R.randint(50000, 65000)} helo=[{ip if R.random() < .5 else 'WIN-' + HX(11)}])\n\tby {INFRA_CUR[0][0]} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid 1u{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, UTC)}"))
    return hops


INFRA_CUR = [None]


def transport(who, t, infra=None, client=None, orig_ip=None, env=None):
    infra = infra or who.infra
    helo, ip, d, s, envdom, dmarc, kind = INFRA[infra]; INFRA_CUR[0] = INFRA[infra]
    env = env or who.email
    if envdom and infra != "gg": env = f"bounces+{R.randint(1000000, 9999999)}-{hx(4)}-{me.email.replace('@', '=')}@{envdom}"
    if infra == "gg": env = f"il-startup-finance+bncBC{alnum(30)}@googlegroups.com"
    tmx = t + datetime.timedelta(seconds=R.randint(1, 9))
    fromdom = who.email.split("@")[1]
    auth = "mx.google.com;\n       " + (f"dkim=pass header.i=@{d} header.s={s} header.b={alnum(8)};\n       " if s else "")
    if infra == "gg": auth += f"dkim=pass header.i=@{who.dom} header.s=google header.b={alnum(8)};\n       "
    auth += f"spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env if envdom else fromdom}"
    if dmarc: auth += f";\n       dmarc=pass (p={dmarc.upper()} sp={dmarc.upper()} dis=NONE) header.from={fromdom}"
    elif kind == "exim": auth += f";\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={fromdom}"
    if infra == "gws-own": auth = auth.replace("spf=pass", "spf=pass").replace(f"dmarc=pass (p=REJECT sp=REJECT dis=NONE)", "dmarc=pass (p=REJECT sp=REJECT dis=NONE)")
    top = [("Delivered-To", me.email),
           ("Received", f"by 2002:a05:7010:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {low(3)}csp{R.randint(1000000, 9999999)}{low(3)};\n        {rfcg(tmx)}"),
           ("X-Google-Smtp-Source", "AGHT+I" + alnum(70)),
           ("X-Received", f"by 2002:a05:6a20:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {low(20)}.{R.randint(10, 99)}.{int(tmx.timestamp())}{R.randint(100, 999)};\n        {rfcg(tmx)}"),
           ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(tmx.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(60)}"),
           ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={b64(32)};\n        fh={b64(32)};\n        b={b64(60)}"),
           ("ARC-Authentication-Results", "i=1; " + auth),
           ("Return-Path", f"<{env}>"),
           ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with {'SMTPS' if infra in ('gws-own',) else 'ESMTPS'} id {low(20)}.{R.randint(100, 999)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                        f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfcg(tmx)}"),
           ("Received-SPF", f"pass (google.com: domain of {env} designates {ip} as permitted sender) client-ip={ip};"),
           ("Authentication-Results", auth)]
    hops = sender_hops(who, kind, t, env, client, orig_ip)
    dk = []
    if s:
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n        t={int(t.timestamp())}; x={int(t.timestamp()) + 604800}; darn={me.dom};\n"
                                 f"        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;\n        bh={b64(32)};\n        b={b64(180)}")]
        if kind.startswith("exo"):
            dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s={s};\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                                     f" bh={b64(32)};\n b={b64(180)}")]
        if infra == "proton":
            dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=proton.me;\n\ts=protonmail3; t={int(t.timestamp())}; x={int(t.timestamp()) + 86400 * 6};\n"
                                     f"\tbh={b64(32)};\n\th=Date:To:From:Subject:Message-ID:In-Reply-To:References:Feedback-ID:\n\t From:To:Cc:Date:Subject:Reply-To:Message-ID:BIMI-Selector;\n\tb={b64(180)}")]
        if kind.startswith("gmail") and infra in ("gws-own", "gws-meridian", "gws-hadar", "gws-meridian-smtp", "gws-hadar-smtp"):
            dk.append(("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                                  f"        h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n        bh={b64(32)};\n        b={b64(120)}"))
        if kind.startswith("gmail"):
            dk += [("X-Gm-Message-State", "AOJu0Y" + alnum(60)), ("X-Gm-Gg", "ASbGnc" + alnum(90))]
    return top + hops + dk


def addr(n, e):
    if not n: return e
    if not n.isascii(): return "=?UTF-8?B?" + base64.b64encode(n.encode()).decode() + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@'") else f"{n} <{e}>"


def enc_h(v, cs="UTF-8"):
    if v.isascii(): return v
    return f"=?{cs}?B?" + base64.b64encode(v.encode("cp1255" if cs == "windows-1255" else "utf-8")).decode() + "?="


OLCLIENTS = ("exo", "owa", "olios", "ex16he")
pending = []; seq = [0]


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, frm=None, irt=None, mid=None,
         tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False, env=None, bcc_me=False, lang=None, hdrs_override=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    h = []
    if folder == "INBOX": h += transport(who, t, infra, client, orig_ip, env)
    date = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    cs = "windows-1255" if client == "ex16he" else "UTF-8"
    if client == "gweb":
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    elif client in ("superhuman", "sh_ios"):
        h += [("MIME-Version", "1.0"), ("Date", date), ("From", fromh), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", " ".join(refs))]
        h += [("Subject", enc_h(subj)), ("X-Mailer", "Superhuman Desktop (2025-02-27T18:41:09Z)" if client == "superhuman" else "Superhuman iOS (6.21.2)"),
              ("X-Superhuman-ID", f"{low(8)}.{ruuid()}"), ("X-Superhuman-Draft-ID", f"draft00{hx(14)}")]
    elif client == "proton":
        h += [("Date", date), ("To", toh), ("From", fromh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Subject", enc_h(subj)), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", " ".join(refs))]
        h += [("Feedback-ID", f"{R.randint(10000000, 99999999)}:user:proton"), ("X-Pm-Message-ID", hx(40)), ("MIME-Version", "1.0")]
    else:
        h += [("From", fromh), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Subject", enc_h(subj, cs)), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if client in OLCLIENTS:
        lang_ = lang or ("he-IL" if client == "ex16he" else "en-US")
        h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1], cs)), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
        h += [("Accept-Language", lang_ + (", en-US" if lang_ != "en-US" else "")), ("Content-Language", lang_),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "ex16he": h += [("x-ms-exchange-transport-fromentityheader", "Hosted"), ("x-originating-ip", f"[10.0.0.{R.randint(30, 90)}]")]
        if client == "olios": h += [("X-MS-Exchange-Organization-AuthSource", f"{exo_host(who.dom)}.{EXO[who.dom][1]}.prod.outlook.com")]
    inf = infra or who.infra
    if INFRA.get(inf) and INFRA[inf][6].startswith("exo") and who.dom in TENANT:
        h += [("msip_labels", ""), ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", EXO[who.dom][0] + str(R.randint(1000, 9999)))]
    if client == "tb": h += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl, en-US")]
    if client == "iphone": h += [("X-Mailer", "iPhone Mail (22D72)")]
    if client == "outlook16": h += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Content-Language", "en-us")]
    if client == "applemail": h += [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    if client == "emclient": h += [("User-Agent", "eM_Client/10.1.4828.0")]
    if client == "roundcube": h += [("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", who.email)]
    h += list(extra)
    if client in ("iphone", "applemail"): h.append(("Mime-Version", "1.0 (1.0)"))
    elif client not in ("gweb", "superhuman", "sh_ios", "proton"): h.append(("MIME-Version", "1.0"))
    if hdrs_override: h = hdrs_override(h)
    if html is None and not no_html: html = html_of(client, plain)
    bnd = lambda: {"exo": "_000_" + (exo_host(who.dom) if who.dom in EXO else "X") + HX(16) + "_", "owa": "_000_" + (exo_host(who.dom) if who.dom in EXO else "X") + HX(16) + "_",
                   "olios": "_000_" + (exo_host(who.dom) if who.dom in EXO else "X") + HX(16) + "_", "ex16he": "_000_" + hx(32) + "AZEXCH01azoulaylocal_",
                   "gweb": "000000000000" + hx(16), "superhuman": "--_=_swift_" + str(int(t.timestamp())) + "_" + hx(32) + "_=_",
                   "sh_ios": "--_=_swift_" + str(int(t.timestamp())) + "_" + hx(32) + "_=_", "proton": "b1=_" + alnum(43),
                   "tb": "------------" + alnum(24), "iphone": "Apple-Mail-" + ruuid().upper(), "applemail": "Apple-Mail=_" + ruuid().upper(),
                   "outlook16": "----=_NextPart_000_" + HX(4) + "_01DB" + HX(4) + "." + HX(8)}.get(client, "=_" + hx(24))

    def textpart(ctype, text):
        if client == "ex16he":
            data = text.encode("cp1255", errors="replace")
            return [f'Content-Type: {ctype}; charset="windows-1255"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        data = text.encode("utf-8")
        if client == "tb" and ctype == "text/plain":
            return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        if client in ("iphone", "applemail") and ctype == "text/plain":
            if text.isascii(): return ["Content-Type: text/plain;\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
            return ["Content-Type: text/plain;\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client == "gweb":
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client == "proton":
            return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: " + ("quoted-printable" if ctype == "text/html" or not text.isascii() else "7bit"), "",
                    quopri.encodestring(data).decode("ascii") if (ctype == "text/html" or not text.isascii()) else text]
        if client in ("exo", "owa", "olios", "outlook16"):
            return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("superhuman", "sh_ios"):
            return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
    alt = textpart("text/plain", plain)
    if html:
        ab = bnd(); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mbd = bnd(); body = [f'Content-Type: multipart/mixed; boundary="{mbd}"', "", f"--{mbd}"] + alt
        for name, data, ctype in atts:
            if client == "gweb":
                body += [f"--{mbd}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                         f"Content-ID: <f_{low(9)}0>", f"X-Attachment-Id: f_{low(9)}0", "", base64.encodebytes(data).decode().rstrip("\n")]
            elif client in OLCLIENTS:
                body += [f"--{mbd}", f'Content-Type: {ctype}; name="{name}"', f"Content-Description: {name}",
                         f'Content-Disposition: attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{t.astimezone(UTC):%a, %d %b %Y %H:%M:%S GMT}";\n\tmodification-date="{t.astimezone(UTC):%a, %d %b %Y %H:%M:%S GMT}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
            else:
                body += [f"--{mbd}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mbd}--"]
    else: body = alt
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


class Thread:
    def __init__(s, tid, partner, subj):
        s.tid, s.p, s.subj, s.refs, s.last, s.tbase, s.blocks, s.np = tid, partner, subj, [], None, b"\x01" + rbytes(21), [], 0

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, qstyle=None, tail="", **kw):
        client = client or who.client
        plain = text + (who.sig if sig else "")
        own = plain; oneq = ""
        if quote and s.last:
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            style = qstyle or ({"olios": "outlook_ios", "iphone": "apple", "sh_ios": "superhuman"}.get(client) or who.qstyle)
            plain += quote_of(style, q, who.tz if who is not me else IL)
            oneq = quote_of(style, dict(q, plain=s.last["own"] if quote_text is None else quote_text), who.tz if who is not me else IL)
        plain += tail
        if subj is None:
            if not s.refs: subj = s.subj
            else:
                pf = {"ex16he": "RE: ", "exo": "RE: ", "owa": "RE: ", "olios": "RE: "}.get(client, "Re: ")
                subj = s.subj if s.subj.lower().startswith(("re:", "fw:", "fwd:")) and not s.subj.lower().startswith(("fw:", "fwd:")) else pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label is None and who is not me and s.refs and not kw.get("folder"): label = G
        if label == G and scen is None:
            s.np += 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.email} in {s.tid} '{s.subj}'")
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=own + oneq, own=own, subj=subj, to=to, cc=cc or [])
        return m


# ---------------------------------------------------------------- inert attachments with real container structure
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, uris=(), producer="Microsoft® Word for Microsoft 365", when="20250303091200", zone="+02'00'"):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1", errors="replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    ann = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {560 - 30 * i} 523 {584 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>"); ann.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in ann)}]" if ann else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def zipf(members, when=(2025, 3, 2, 10, 0, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:  # mark every entry as encrypted (traditional PKWARE) in local and central headers; contents stay random-looking
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


CT_X = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>')


def xlsx(rows, when=(2025, 3, 2, 10, 0, 0)):
    def cell(v, r, c):
        ref = chr(65 + c) + str(r + 1)
        if isinstance(v, (int, float)): return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{r + 1}">' + "".join(cell(v, r, c) for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows)) + "</sheetData></worksheet>")
    return zipf([("[Content_Types].xml", CT_X + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
                 ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
                 ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
                 ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
                 ("xl/worksheets/sheet1.xml", sheet)], when)


def docm(paras, when=(2025, 3, 2, 10, 0, 0)):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(f"<w:p><w:r><w:t>{H.escape(p)}</w:t></w:r></w:p>" for p in paras) + "</w:body></w:document>")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(1500) + b"Attribute VB_Name = \"ThisDocument\"\r\nSub Document_Open()\r\n' inert probe placeholder\r\nEnd Sub\r\n"
    return zipf([("[Content_Types].xml", CT_X + '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                  '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>'),
                 ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
                 ("word/document.xml", doc),
                 ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
                 ("word/vbaProject.bin", ole)], when)


def lnk_bytes():
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + rbytes(56)
            + "C:\\Windows\\System32\\cmd.exe /c echo inert-probe-placeholder".encode("utf-16-le") + rbytes(40))


def iso_image(vol, files):
    data = bytearray(b"\x00" * 0x8000) + b"\x01CD001\x01\x00" + b"".ljust(32) + vol.encode().ljust(32) + rbytes(1900)
    for nm in files: data += nm.encode() + b";1" + rbytes(300)
    return bytes(data) + b"MZ" + rbytes(4000)


def png(w=320, h=180):
    def chunk(tp, d): return struct.pack(">I", len(d)) + tp + d + struct.pack(">I", zlib.crc32(tp + d) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(200, 255) if (x // 30 + y // 30) % 5 else 50) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def ics(summary, start, minutes, organizer, desc, url=None, uid=None, method="REQUEST"):
    s = start.astimezone(UTC); e = s + datetime.timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN" if "nivra" in organizer[1] else "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}", f"DTSTAMP:{s:%Y%m%dT%H%M%SZ}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid or ruuid()}", f"SUMMARY:{summary}",
             "DESCRIPTION:" + desc.replace("\n", "\\n")] + ([f"URL:{url}"] if url else []) + ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        while len(l.encode()) > 74: out.append(l[:73]); l = " " + l[73:]
        out.append(l)
    return "\r\n".join(out).encode() + b"\r\n"


# ---------------------------------------------------------------- SaaS notifications (fixed per platform)
class Svc(Pt):
    def __init__(s, name, email, infra, midfmt, tz=UTC):
        Pt.__init__(s, name, email, "saas", infra, tz=tz); s.midfmt = midfmt


def svc_mid(svc, t):
    f = svc.midfmt
    if f == "ses": return f"<0100{hx(12)}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000@email.amazonses.com>"
    if f == "sg": return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"
    if f == "gh": return f"<nivra-labs/platform/{R.choice(('security-alerts', 'pull', 'issues'))}/{R.randint(100, 999)}@github.com>"
    if f == "ds": return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@docusign.net>"
    if f == "carta": return f"<{hx(32)}@mail.carta.com>"
    if f == "slack": return f"<{ruuid()}@slack.com>"
    return f"<{hx(24)}.{int(t.timestamp())}@{svc.dom}>"


def notice(svc, t, subj, plain, html, extra=(), label=None, scen=None, to=None, atts=(), frm=None, mid=None, refs=()):
    h_extra = list(extra) + [("X-Auto-Response-Suppress", "All")] if not any(k == "Auto-Submitted" for k, _ in extra) else list(extra)
    return emit(svc, "saas", t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=h_extra, label=label, scen=scen,
                frm=frm, mid=mid or svc_mid(svc, t))


def card_html(brand, color, lines, button=None, foot=""):
    body = "".join(f"<p style=\"margin:0 0 12px\">{H.escape(l)}</p>" for l in lines if l)
    btn = (f'<p><a href="{button[1]}" style="background:{color};color:#ffffff;padding:10px 20px;border-radius:4px;text-decoration:none;display:inline-block">'
           f"{H.escape(button[0])}</a></p>") if button else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            '<body style="margin:0;padding:0;background:#f6f6f6"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table role="presentation" width="560" style="background:#fff;font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#1f1f1f"><tr><td style="padding:24px">'
            f'<div style="font-weight:700;font-size:18px;margin-bottom:16px">{H.escape(brand)}</div>{body}{btn}'
            f'<p style="font-size:12px;color:#888;margin-top:28px">{foot}</p></td></tr></table></td></tr></table></body></html>')


notion = Svc("Notion", "notify@mail.notion.so", "ses-notion", "ses")
figma = Svc("Figma", "no-reply@email.figma.com", "sg-figma", "sg")
loom = Svc("Loom", "no-reply@loom.com", "sg-loom", "sg")
calendly = Svc("Calendly", "notifications@calendly.com", "calendly", "sg")
docusign = Svc("DocuSign", "dse_NA3@docusign.net", "docusign", "ds")
carta = Svc("Carta", "no-reply@carta.com", "carta", "carta")
ramp = Svc("Ramp", "no-reply@ramp.com", "ramp", "ses")
hibob = Svc("bob", "noreply@hibob.com", "hibob", "ses")
github = Svc("GitHub", "noreply@github.com", "github", "gh")
slack = Svc("Slack", "feedback@slack.com", "slack", "slack")
ctech = Svc("CTech Daily", "newsletter@ctech-news.example", "news", "news")


MONTHS = [(2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5), (2025, 6)]
MNAME = {m: datetime.date(2025, m, 1).strftime("%B") for m in range(1, 13)}
team = ("Nivra Team", f"team@{OWN}")

# ================================================================ T1 Meridian Ridge seed SAFE closing (Sep-Oct 2024), revived for the Series A (G12)
t1 = Thread("T1", dana, "Nivra <> Meridian Ridge: SAFE closing")
t1.add(dana, "Hi Tamar, Eitan,\n\nExcited to make this official. Ryan will coordinate the paperwork on our side. Our counsel is fine with the "
       "post-money SAFE as drafted by Shamir Tal, with the side letter for information rights we discussed.\n\nCan you send wire instructions on "
       "Nivra letterhead and a W-8BEN-E? Our ops team needs both before they release $1.5M.\n\nBest,\nDana", at(2024, 9, 9, 16, 12, NYC),
       cc=[(eitan.name, eitan.email), (ryan.name, ryan.email)], sig=False)
t1.add(me, "Hi Dana,\n\nWonderful, thank you! Wire instructions (signed PDF on letterhead) and the W-8BEN-E are attached. Please have your ops "
       "team call me on +972 54-555-0182 to confirm the account before sending - we ask everyone to do that.\n\nYael from Shamir Tal will "
       "circulate the final SAFE for signature via DocuSign this week.", at(2024, 9, 10, 9, 40),
       cc=[(eitan.name, eitan.email), (ryan.name, ryan.email)],
       atts=[("Nivra_Wire_Instructions_signed.pdf", pdf(["Nivra Technologies Ltd. - Wire instructions", "Bank Leumi le-Israel, Branch 800 (Tel Aviv Main)",
                                                           "Account 12-800-0045512/77, SWIFT LUMIILITXXX", "IBAN IL62 0108 0000 0009 9999 999"], producer="Adobe Acrobat Pro (64-bit) 24.3", when="20240910093000", zone="+03'00'"), "application/pdf"),
             ("W-8BEN-E_Nivra_Technologies.pdf", pdf(["Form W-8BEN-E (Rev. October 2021)", "Nivra Technologies Ltd.", "Country: Israel"], producer="Adobe Acrobat Pro (64-bit) 24.3", when="20240910093500", zone="+03'00'"), "application/pdf")])
t1.add(ryan, "Thanks Tamar. Our controller, Beth Alvarez, will call you tomorrow around 10am ET to verify the account. I'll also add you to "
       "our Carta portfolio page once it's funded.", at(2024, 9, 10, 11, 2, NYC), cc=[(dana.name, dana.email), (eitan.name, eitan.email)])
t1.add(me, "Perfect, I'll be by the phone. Thanks Ryan.", at(2024, 9, 10, 18, 14), cc=[(dana.name, dana.email), (eitan.name, eitan.email)])
t1.add(ryan, "Beth confirmed the account with you - wire went out this morning, Fed reference 20240912MMQFMP2K000417. Please let me know when it lands.",
       at(2024, 9, 12, 10, 31, NYC), cc=[(dana.name, dana.email), (eitan.name, eitan.email)])
t1.add(me, "Received in full this afternoon. Thank you all - and welcome aboard!", at(2024, 9, 13, 16, 5), cc=[(dana.name, dana.email), (eitan.name, eitan.email)])
t1.add(dana, "Fantastic. Onward!", at(2024, 9, 13, 9, 47, NYC), client="sh_ios", sig=False)
t1_last = t1.last

# ================================================================ T2 Meridian portfolio reporting (Ryan): real Carta link (G23), account takeover with fake Carta login (A2)
t2 = Thread("T2", ryan, "Meridian portfolio reporting - Nivra Q4 2024")
t2.add(ryan, "Hi Tamar,\n\nHappy new year! Time for our quarterly portfolio survey. Could you send the usual KPIs for Q4 (ARR, burn, cash, "
       "headcount) by Jan 24? The template is the same Google Sheet as last quarter.\n\nThanks!", at(2025, 1, 8, 10, 15, NYC))
t2.add(me, "Hi Ryan, happy new year to you too. I'll fill it in by next Wednesday.", at(2025, 1, 8, 18, 2))
t2.add(ryan, "Great. One more thing: our fund admin is moving all SAFEs onto Carta so the conversion math is in one place. Your SAFE is "
       "now in the Carta portfolio - could you check the terms match your records? It's here:\n\nhttps://app.carta.com/investors/firm/58114/portfolio/companies/"
       "nivra-technologies/securities/safes/SAFE-3/\n\nIf anything's off, just reply here.", at(2025, 1, 15, 14, 40, NYC), GH,
       scen=("G23", "investor associate shares a real app.carta.com link to the SAFE (the lure A2 later imitates)"))
t2.add(me, "Checked - valuation cap, discount and the MFN clause all match. Thanks for setting it up.", at(2025, 1, 16, 9, 12))
t2.add(ryan, "Thanks for the KPIs, Tamar - all in. Dana will share the LP letter excerpt before it goes out.", at(2025, 1, 23, 16, 55, NYC))
t2.add(me, "Sounds good.", at(2025, 1, 24, 8, 40))
a2 = t2.add(ryan, "Hi Tamar,\n\nFollowing up on the Carta migration - the fund admin flagged that the SAFE record needs an updated issuer "
            "acknowledgement before the Q1 reconciliation closes on Friday. It only takes a minute:\n\nhttps://carta-investor-portal.example/"
            f"safe/ack?issuer=nivra-technologies&ref=SAFE-3&token={alnum(32)}\n\nYou'll need to sign in with your Google account since Nivra "
            "uses SSO.\n\nThanks!", at(2025, 3, 18, 4, 12, NYC), HJ("account-takeover"), detached=True, client="applemail", infra="gws-meridian-smtp",
            orig_ip="197.210.84.61", qstyle="apple", sig=True,
            scen=("A2", "investor associate's Workspace account sends via smtp.gmail.com from Apple Mail on a foreign IP at 04:12 ET: 'Carta SAFE acknowledgement' fake SSO login"))

# ================================================================ T3 Side letter with Dana: phone reply (G10), account takeover with .docm (A12)
t3 = Thread("T3", dana, "Side letter - information rights")
t3.add(me, "Hi Dana,\n\nYael sent over the side letter draft. Two points from our side: quarterly (not monthly) financials, and the "
       "information rights fall away if Meridian's holding drops below 1%. Marked-up PDF attached.", at(2024, 10, 2, 11, 20),
       to=[(dana.name, dana.email)], cc=[(yael.name, yael.email)],
       atts=[("Side_Letter_Meridian_NivraComments.pdf", pdf(["Side Letter - Meridian Ridge Ventures Fund III", "Comments of Nivra Technologies Ltd.",
                                                               "1. Financial statements: quarterly", "2. Threshold: 1% fully diluted"], when="20241002111500", zone="+03'00'"), "application/pdf")])
t3.add(dana, "Quarterly is fine. On the threshold we'd ask for 0.5% - it's our standard across the fund. Let me know.", at(2024, 10, 2, 13, 8, NYC),
       cc=[(yael.name, yael.email)], sig=False)
t3.add(me, "We can live with 0.5%. Yael will update the draft.", at(2024, 10, 2, 21, 30), cc=[(yael.name, yael.email)])
t3.add(dana, "👍 Thanks Tamar. Boarding now, will sign when I land.", at(2024, 10, 2, 15, 1, NYC), GH, client="sh_ios", sig=False,
       cc=[(yael.name, yael.email)], scen=("G10", "investor replies from Superhuman iOS (phone) with one line; her desktop client is Superhuman Desktop"))
t3.add(dana, "Signed. Thanks both.", at(2024, 10, 7, 8, 55, NYC), client="sh_ios", sig=False, cc=[(yael.name, yael.email)])
t3.add(me, "Countersigned copy attached for your records.", at(2024, 10, 7, 17, 40), cc=[(yael.name, yael.email)],
       atts=[("Side_Letter_Meridian_executed.pdf", pdf(["Side Letter - executed", "Meridian Ridge Ventures Fund III / Nivra Technologies Ltd."],
                                                         producer="DocuSign", when="20241007173500", zone="+03'00'"), "application/pdf")])
t3.add(dana, "Tamar - one more question for the file: are you also giving the 0.5% information right to Hadar? Our LPs sometimes ask "
       "whether terms are consistent across the round.", at(2024, 11, 12, 14, 3, NYC), sig=False)
t3.add(me, "Yes, identical side letters for Meridian and Hadar; MFN covers the rest.", at(2024, 11, 12, 21, 12))
t3.add(dana, "Perfect, thanks.", at(2024, 11, 12, 14, 30, NYC), sig=False)
a12_q = dict(t3.last)
t3.add(dana, "Tamar,\n\nOur LPAC asked us to conform the side letters to the new fund template before the annual audit. I've redlined "
       "ours against the executed version - only clauses 3 and 7 change. Please open the attached in desktop Word (macros must be enabled for "
       "the redline comparison to show), then reply with OK and I'll send it for signature.\n\nD",
       at(2025, 2, 20, 3, 38, NYC), HJ("account-takeover"), detached=True, client="gweb", sig=False, qstyle="gmail_us",
       quote_text="Yes, identical side letters for Meridian and Hadar; MFN covers the rest, and the redline is fine." + me.sig,
       atts=[("Meridian_SideLetter_v4_LPAC-redline.docm", docm(["SIDE LETTER - REDLINE", "Meridian Ridge Ventures Fund III", "Enable content to view tracked changes."],
                                                               (2025, 2, 20, 8, 30, 0)), "application/vnd.ms-word.document.macroEnabled.12")],
       scen=("A12", "GP's account sends from Gmail web instead of her Superhuman, 03:38 ET: 'side letter redline' macro .docm; quote of Tamar altered"))

# ================================================================ T4 Hadar Capital board prep: iPhone at night (G9), new EA with Calendly (G30), ATO with Dropbox 'Zoom update' (A15)
t4 = Thread("T4", lior, "Nivra board meeting - Q4 materials")
t4.add(me, "Hi Lior,\n\nAhead of the board meeting on Dec 18: the deck is in Notion (link below), and the financial pack is attached. "
       "Main decisions: the 2025 budget and the option pool top-up.\n\nhttps://www.notion.so/nivra/Board-Q4-2024-3f1c6e0a9b2d4c55a1e0f7b8c9d0e1f2\n",
       at(2024, 12, 11, 16, 5), to=[(lior.name, lior.email)], cc=[(dana.name, dana.email), (eitan.name, eitan.email)],
       atts=[("Nivra_Board_Financials_Q4-2024.pdf", pdf(["Nivra - Board financial pack Q4 2024", "Cash: $3.18M | Net burn: $212K/mo | Runway: 15 months",
                                                          "2025 budget: see p.4"], producer="Google Docs Renderer", when="20241211155500", zone=""), "application/pdf")])
t4.add(lior, "Thanks Tamar. Quick one on the budget - is the US sales hire in Q2 or Q3? The deck and the pack say different things.",
       at(2024, 12, 12, 9, 20), cc=[(dana.name, dana.email), (eitan.name, eitan.email)])
t4.add(me, "Good catch - Q3 is right, the deck is old. Fixed in Notion.", at(2024, 12, 12, 10, 2), cc=[(dana.name, dana.email), (eitan.name, eitan.email)])
t4.add(lior, "Got it. Approve the pool top-up as proposed.\n\nSent from my iPhone", at(2024, 12, 16, 23, 48), GH, client="iphone", infra="gws-hadar-smtp",
       orig_ip="79.181.22.140", sig=False, cc=[(dana.name, dana.email), (eitan.name, eitan.email)],
       scen=("G9", "investor replies from iPhone Mail (his second known client, Israeli home IP) at 23:48"))
t4.add(me, "Thanks Lior, noted for the minutes.", at(2024, 12, 17, 8, 10), cc=[(dana.name, dana.email), (eitan.name, eitan.email)])
t4.add(shira, "Hi Tamar,\n\nI've just joined Hadar as Lior's executive assistant and will be handling his calendar from now on. For the March "
       "board meeting, could you pick a 2-hour slot that works for Eitan here?\n\nhttps://calendly.com/hadarcap-lior/board-meeting-2h\n\nThank you!",
       at(2025, 2, 24, 11, 5), GH, cc=[(lior.name, lior.email)],
       scen=("G30", "investor's new executive assistant (first message from her) joins the thread with a real calendly.com link"))
t4.add(me, "Hi Shira, welcome! Booked March 19 at 14:00.", at(2025, 2, 24, 12, 40), to=[(shira.name, shira.email)], cc=[(lior.name, lior.email)])
t4.add(lior, "Thanks both. Shira - please add Dana too.", at(2025, 2, 24, 13, 2), cc=[(shira.name, shira.email)])
t4.add(lior, "Tamar, we're doing the March board on Zoom instead of the office after all - half of us are travelling. Before the meeting please "
       "install the updated Zoom Rooms plugin our IT requires for external participants, otherwise you'll be stuck in the waiting room:\n\n"
       f"https://www.dropbox.com/scl/fi/{low(25)}/ZoomRoomsPlugin-6.4.2-x64.msi?rlkey={low(25)}&dl=1\n\nSee you Wednesday.\nLior",
       at(2025, 3, 17, 6, 14), HJ("account-takeover"), detached=True, client="emclient", infra="gws-hadar-smtp", orig_ip="185.107.56.213", sig=False,
       qstyle="tb_en", scen=("A15", "investor's account sends via smtp.gmail.com from eM Client on a VPN IP: 'Zoom plugin update' .msi on dropbox.com"))
t4.add(me, "Hi Lior, Shira - the financial pack for tomorrow is attached. Dana joins by video.", at(2025, 3, 18, 15, 0),
       to=[(lior.name, lior.email)], cc=[(shira.name, shira.email), (dana.name, dana.email)],
       atts=[("Nivra_Board_Financials_Q1-2025.pdf", pdf(["Nivra - Board financial pack Q1 2025", "Cash: $2.61M | Net burn: $224K/mo"],
                                                         producer="Google Docs Renderer", when="20250318145500", zone=""), "application/pdf")])
t4.add(lior, "Thanks. See you at the office tomorrow.", at(2025, 3, 18, 21, 30), client="iphone", infra="gws-hadar-smtp", orig_ip="79.181.22.140",
       sig=False, cc=[(shira.name, shira.email), (dana.name, dana.email)])

# ================================================================ T5 Shamir Tal: SAFE / Registrar filings; new associate (G14), DocuSign link (G25), Hebrew registrar-fee link (A8, server hijack)
t5 = Thread("T5", yael, "Nivra - Seed round closing and Registrar filings")
t5.add(yael, "Dear Tamar,\n\nFollowing the signing of the SAFEs, we need to (1) file the updated shareholder register with the Israeli "
       "Companies Registrar once the SAFEs convert, and (2) file the Innovation Authority notice. For now, nothing to file; we will "
       "keep the closing binder in our DMS. Please send me the final wire confirmations for the file.", at(2024, 9, 16, 10, 10),
       cc=[(eitan.name, eitan.email)])
t5.add(me, "Hi Yael, bank confirmations for Meridian and Hadar attached.", at(2024, 9, 16, 12, 45), cc=[(eitan.name, eitan.email)],
       atts=[("Leumi_SWIFT_MT103_Meridian.pdf", pdf(["MT103 incoming - USD 1,500,000.00", "Ordering: MERIDIAN RIDGE VENTURES FUND III LP"],
                                                     producer="Leumi Digital", when="20240916120000", zone="+03'00'"), "application/pdf"),
             ("Leumi_SWIFT_MT103_Hadar.pdf", pdf(["Incoming transfer - USD 750,000.00", "Ordering: HADAR CAPITAL II LP"],
                                                 producer="Leumi Digital", when="20240916120100", zone="+03'00'"), "application/pdf")])
t5.add(yael, "Thank you, received.", at(2024, 9, 16, 13, 2), cc=[(eitan.name, eitan.email)])
t5.add(noam, "Dear Tamar,\n\nI've joined Yael's team and will be handling Nivra's corporate housekeeping going forward. I'm preparing the "
       "annual report to the Registrar (דו\"ח שנתי) - could you confirm the directors and the registered address are unchanged?",
       at(2025, 1, 13, 9, 30), GH, cc=[(yael.name, yael.email)],
       scen=("G14", "law firm's new associate writes into the thread for the first time (same firm, same M365 tenant), introduced by himself"))
t5.add(me, "Hi Noam, nice to meet you. Directors unchanged (Eitan, Ofir, Lior). The address changed in November to 12 Ha'Arba'a St, 5th floor.",
       at(2025, 1, 13, 11, 15), to=[(noam.name, noam.email)], cc=[(yael.name, yael.email)])
t5.add(noam, "Thanks, I'll update the filing accordingly.", at(2025, 1, 13, 11, 50), cc=[(yael.name, yael.email)])
t5.add(yael, "Tamar, Eitan,\n\nThe board resolution approving the option pool increase and the annual report are out for signature via DocuSign. "
       "You can also open the envelope here:\n\nhttps://na3.docusign.net/Signing/EmailStart.aspx?a=" + ruuid() + "&etti=24&acct=" + ruuid() + "&er=" + ruuid()
       + "\n\nBoth directors need to sign by Thursday.", at(2025, 1, 27, 15, 20), GH, cc=[(eitan.name, eitan.email), (noam.name, noam.email)],
       scen=("G25", "law-firm partner sends a real docusign.net envelope link in the thread"))
t5.add(me, "Signed. Eitan will sign tonight.", at(2025, 1, 27, 17, 3), cc=[(eitan.name, eitan.email), (noam.name, noam.email)])
t5.add(noam, "All signatures received - the annual report was filed this morning. Confirmation from the Registrar attached.", at(2025, 2, 3, 10, 44),
       cc=[(yael.name, yael.email)],
       atts=[("Rasham_Confirmation_516xxxx88.pdf", pdf(["Israeli Corporations Authority - Companies Registrar", "Annual report 2025 - received",
                                                        "Company no. 51-6xxxx88"], producer="Rasham Online", when="20250203104000"), "application/pdf")])
t5.add(me, "Thank you Noam!", at(2025, 2, 3, 11, 30), to=[(noam.name, noam.email)], cc=[(yael.name, yael.email)])
t5.add(yael, "שלום תמר,\n\nבהמשך לדו\"ח השנתי - רשם החברות הודיע שאגרת השנה לא נקלטה במערכת ויש להסדיר אותה עד סוף השבוע כדי למנוע "
       "רישום החברה כ\"מפרת חוק\". מצרפת קישור לתשלום מאובטח (כ-1,540 ש\"ח), אפשר לשלם בכרטיס האשראי של החברה:\n\n"
       f"https://gov-il-payments.example/rasham/agra?company=516{R.randint(10000, 99999)}&ref={alnum(12)}\n\nתודה,\nיעל",
       at(2025, 4, 8, 6, 52), HJ("server-hijack"), detached=True, sig=False, lang="he-IL",
       scen=("A8", "law firm's real M365 (same Outlook headers) replies in Hebrew in an English thread: 'Registrar annual fee unpaid' with a payment link on an unknown domain"))

# ================================================================ T6 Shamir Tal fee invoices; lookalike 'Yael' with a DocuSign-lookalike engagement letter (A7)
t6 = Thread("T6", yael, "Shamir Tal & Co. - invoices Nivra Technologies")
for i, (y, mo) in enumerate([(2024, 10), (2024, 12), (2025, 2)]):
    t6.add(noam if i == 2 else yael, f"Dear Tamar,\n\nPlease find attached our invoice no. {2024300 + i * 41} for legal services in "
           f"{MNAME[mo - 1]} {y}. Payment terms: net 30, to our account at Bank Hapoalim as usual.", at(y, mo, 3, 12, 10),
           cc=[(yael.name, yael.email)] if i == 2 else None,
           atts=[(f"ShamirTal_Invoice_{2024300 + i * 41}.pdf", pdf([f"Shamir Tal & Co. Law Offices - Tax invoice {2024300 + i * 41}", f"Legal services - {MNAME[mo - 1]} {y}",
                                                                    f"Total incl. VAT: ILS {[18_880, 9_440, 14_160][i]:,}.00", "Bank Hapoalim 12-600-338211"],
                                                                   producer="Priority ERP", when=f"{y}{mo:02d}03120000"), "application/pdf")])
    t6.add(me, f"Thanks, scheduled for payment on the {[28, 30, 27][i]}th.", at(y, mo, 3, 17, 30))
lk_yael = Pt("Yael Mizrahi-Cohen", "yael.mc@shamirtal-legal.example", "outlook16", "look-law", yael.sig, qstyle="outlook")
t6.add(lk_yael, "Dear Tamar,\n\nAs part of our annual engagement review, we have updated our engagement letter for 2025 (the hourly rates for "
       "corporate work are unchanged; the retainer now covers Registrar filings and the Series A data-room review, which we understand is "
       "coming up). We also moved our client trust account to Bank Discount - the new details are in the engagement letter, so please use "
       "them from the March invoice onwards.\n\nThe letter is ready for your signature here:\n\nhttps://docusign.shamirtal-legal.example/Signing/"
       f"EmailStart.aspx?a={ruuid()}&acct={ruuid()}\n\nIf you have any questions about the rates, I'm happy to discuss.",
       at(2025, 3, 5, 11, 20), HJ("lookalike-domain"), detached=True, cc=[(noam.name, "noam.r@shamirtal-legal.example")],
       scen=("A7", "law-firm partner's name at look-alike domain shamirtal-legal: updated engagement letter with new trust account, DocuSign look-alike link; quotes the real invoice thread"))
t6.add(noam, "Dear Tamar,\n\nAttached is invoice no. 2024423 for February. Please note our bank details are unchanged (Hapoalim 12-600-338211).",
       at(2025, 3, 10, 9, 5), cc=[(yael.name, yael.email)],
       atts=[("ShamirTal_Invoice_2024423.pdf", pdf(["Shamir Tal & Co. Law Offices - Tax invoice 2024423", "Total incl. VAT: ILS 11,800.00", "Bank Hapoalim 12-600-338211"],
                                                   producer="Priority ERP", when="20250310090000"), "application/pdf")])
t6.add(me, "Thanks Noam. FYI we received an email last week from 'shamirtal-legal' asking to sign a new engagement letter and change the "
       "trust account - I assume that's not you? I've reported it to our IT.", at(2025, 3, 10, 9, 48), to=[(noam.name, noam.email)], cc=[(yael.name, yael.email)])
t6.add(yael, "Tamar, correct - that is not us, and thank you for flagging. Our details have not changed; we're warning our other clients.",
       at(2025, 3, 10, 10, 30), cc=[(noam.name, noam.email)])

# ================================================================ O2 law firm reply to a mail Eitan sent to them (Tamar added later)
o2_parent = make_mid(eitan, "gweb", at(2025, 5, 11, 22, 40))
emit(yael, "exo", at(2025, 5, 12, 9, 15), [(eitan.name, eitan.email)], [(me.name, me.email)], "RE: Series A term sheet - first read", [o2_parent],
     "Eitan,\n\nAdding Tamar as you asked. Our first read of the term sheet: the liquidation preference is 1x non-participating, which is "
     "standard; the pay-to-play and the broad-based anti-dilution we should push back on. Let's discuss on Wednesday.\n" + yael.sig
     + "\n\n________________________________\nFrom: Eitan Barak <eitan@nivra.example>\nSent: Sunday, May 11, 2025 10:40 PM\nTo: Yael Mizrahi-Cohen <yael.mc@shamirtal-law.example>\n"
     "Subject: Series A term sheet - first read\n\nYael, attached the Meridian term sheet. Can you give us a first read this week? Please loop in Tamar.\n\nEitan",
     label=GO, topic="Series A term sheet - first read",
     scen=("O2", "law firm answers the CEO's mail and adds Tamar in Cc; the CEO's original is not in her mailbox"))


# ================================================================ T7 Accountant (Hebrew, windows-1255): monthly VAT/payroll; xlsx payroll summary (G17); server hijack with protected zip (A10)
t7 = Thread("T7", rivka, "חומרים לדיווח מע\"מ ושכר - נירבה טכנולוגיות")
t7.add(rivka, "שלום תמר,\n\nכמדי חודש, נבקש לקבל עד ה-10 לחודש: חשבוניות ספקים, דפי בנק (לאומי דולר ושקל), פירוט כרטיס אשראי "
       "ודיווח שעות/היעדרויות לשכר. את הכל אפשר לשלוח כתשובה למייל הזה.", at(2024, 9, 2, 9, 30))
vat_texts = [("מצורפים דפי הבנק וחשבוניות ספקים לאוגוסט. דיווח השעות יוצא מ-HiBob מחר.", "תודה תמר, התקבל. נעדכן אם חסר משהו."),
             ("חומרים לספטמבר מצורפים. שימי לב שיש שתי חשבוניות של Wisła באירו.", "התקבל, תודה. את החשבוניות באירו נרשום לפי שער יציג ביום התשלום."),
             ("מצורפים חומרי אוקטובר. יש גם החזר הוצאות לאיתן על נסיעה לניו יורק - הקבלות בקובץ.", "תודה. ההחזר לאיתן ייכנס בתלוש של נובמבר."),
             ("חומרי נובמבר מצורפים.", "התקבל. דיווח המע\"מ לנובמבר הוגש, יש החזר של 14,230 ש\"ח."),
             ("מצורפים חומרי דצמבר, כולל דוח Ramp לכרטיסים.", "תודה רבה. נתחיל גם בהכנות לדוח השנתי."),
             ("חומרי ינואר מצורפים.", "התקבל, תודה."),
             ("מצורפים חומרי פברואר. עובד חדש (עומר) התחיל ב-16 לחודש, הטופס 101 שלו ב-HiBob.", "מעולה, נקלט. עומר ייכנס לתלוש של פברואר באופן יחסי."),
             ("חומרי מרץ מצורפים.", "התקבל. שימו לב שהמקדמה למס הכנסה עודכנה ל-3.1%."),
             ("מצורפים חומרי אפריל.", "תודה, התקבל."),
             ("חומרי מאי מצורפים.", "התקבל, תודה רבה.")]
for i, (y, mo) in enumerate(MONTHS):
    mine, theirs = vat_texts[i]
    pm = MONTHS[i - 1] if i else (2024, 8)
    t7.add(me, mine, wk(at(y, mo, R.randint(5, 8), 14, R.randint(0, 59))), to=[(rivka.name, rivka.email)],
           atts=[(f"Leumi_ILS_{pm[0]}-{pm[1]:02d}.pdf", pdf([f"Bank Leumi - account statement {pm[1]:02d}/{pm[0]}", "Nivra Technologies Ltd. 12-800-0045512"],
                                                          producer="Leumi Digital", when=f"{y}{mo:02d}05100000"), "application/pdf")])
    who = moshe if i in (3, 7) else rivka
    t7.add(who, theirs, wk(at(y, mo, R.randint(10, 11), 10, R.randint(0, 59))))
    if i == 4:
        t7.add(rivka, "תמר שלום,\n\nמצורף קובץ סיכום השכר לינואר לאישורך לפני שידור לבנק (כולל ההפרשות לפנסיה וקרן השתלמות). "
               "נא לאשר עד יום ה׳ כדי שהמשכורות ייכנסו ב-1 לחודש.", at(2025, 2, 2, 11, 40), GH,
               atts=[("Payroll_Summary_Jan2025_Nivra.xlsx",
                      xlsx([["עובד", "ברוטו", "נטו", "פנסיה מעסיק", "קרן השתלמות"], ["Total (14 employees)", 412300, 268950, 26800, 30920]], (2025, 2, 2, 11, 30, 0)),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
               scen=("G17", "accountant's payroll clerk sends the payroll summary .xlsx for approval (Hebrew, windows-1255, usual Exchange)"))
        t7.add(me, "מאושר, תודה רבה רבקה.", at(2025, 2, 2, 13, 5))
t7.add(moshe, "תמר שלום,\n\nקיבלנו הבוקר דרישה ממס הכנסה בנוגע להפרשי מקדמות לשנת 2024 - יש חוב של 48,900 ש\"ח שצריך לסגור עד "
       "יום ראשון כדי למנוע קנס. העתק הדרישה ופרטי התשלום מצורפים בקובץ מוגן (מסמך של רשות המסים).\n\nהסיסמה לפתיחה: Nirva2025!\n\n"
       "נא לעדכן אותי ברגע שהתשלום בוצע.", at(2025, 6, 12, 15, 44), HJ("server-hijack"), detached=True,
       atts=[("Drisha_MasHachnasa_2024.zip", zipf([("Drisha_MasHachnasa_2024.pdf.lnk", lnk_bytes()), ("prati_tashlum.txt", b"see document")],
                                                  (2025, 6, 12, 15, 30, 0), encrypt=True), "application/x-zip-compressed")],
       scen=("A10", "accountant's real on-prem Exchange (same headers, windows-1255 Hebrew): 'Tax Authority demand' password-protected zip with a .lnk, password in the text; quotes the real thread"))

# ================================================================ T7b Rivka forwards a Tax Authority letter (G18)
t7b = Thread("T7b", rivka, "FW: הודעה מרשות המסים - תיק ניכויים 94xxxx55")
t7b.add(rivka, "תמר, לידיעתך - הגיע מכתב מרשות המסים לגבי תיק הניכויים. אין צורך בפעולה מצדכם, אנחנו מטפלים. מצורף.\n\n"
        "מאת: רשות המסים - מערכת הודעות <noreply@taxes.gov.il.example>\nנשלח: יום שני 17 מרץ 2025 08:02\nאל: רבקה פרץ <rivka@azoulay-cpa.example>\n"
        "נושא: הודעה מרשות המסים - תיק ניכויים 94xxxx55\n\nשלום רב,\nבתיק הניכויים שבנדון הופקה הודעה חדשה. ההודעה מצורפת לדואר זה.",
        at(2025, 3, 17, 9, 10), GH, sig=False,
        atts=[("Hodaa_Nikuyim_94xxxx55.pdf", pdf(["Israel Tax Authority - Withholding file 94xxxx55", "Notice of annual reconciliation 2024", "No action required"],
                                                 producer="ITA Shaam", when="20250317080000"), "application/pdf")],
        scen=("G18", "accountant forwards (FW:) an official Tax Authority letter PDF with the original header pasted in Hebrew"))
t7b.add(me, "תודה רבקה.", at(2025, 3, 17, 9, 40))

# ================================================================ T8 FY2024 audit - English thread with the accountant; Hebrew reply (G26)
t8 = Thread("T8", moshe, "FY2024 audit - open items")
t8.add(moshe, "Dear Tamar, Eitan,\n\nWe have started the FY2024 audit fieldwork. Open items list attached; the main ones are the SAFE "
       "accounting (liability vs equity under IFRS) and the US customer revenue recognition.", at(2025, 3, 3, 10, 20), cc=[(eitan.name, eitan.email)],
       atts=[("Nivra_FY2024_Open_Items.xlsx", xlsx([["#", "Item", "Owner", "Status"], [1, "SAFE classification memo", "Azoulay", "Open"],
                                                    [2, "Brightwater contract & PO", "Tamar", "Open"], [3, "Bank confirmations", "Azoulay", "Sent"]]),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t8.add(me, "Hi Moshe, the Brightwater MSA and both POs are attached. Regarding the SAFEs - Shamir Tal sent a memo last year that may help.",
       at(2025, 3, 4, 9, 5), cc=[(eitan.name, eitan.email)],
       atts=[("Brightwater_MSA_executed.pdf", pdf(["Master Services Agreement", "Brightwater Health / Nivra Technologies Ltd."], producer="DocuSign", when="20240930120000"), "application/pdf")])
t8.add(moshe, "Thanks. We have what we need for revenue. For the SAFEs we'll go with a liability classification as discussed.", at(2025, 3, 6, 16, 40),
       cc=[(eitan.name, eitan.email)])
t8.add(me, "Sounds good. Do you need anything else from us before the draft?", at(2025, 3, 9, 10, 0), cc=[(eitan.name, eitan.email)])
t8.add(moshe, "תמר, רק אישור יתרה מברייטווטר חסר לנו - אם תוכלי לבקש מהם לשלוח ישירות אלינו זה יחסוך זמן. חוץ מזה הטיוטה תצא בשבוע הבא.",
       at(2025, 3, 10, 8, 25), GH, cc=[(eitan.name, eitan.email)],
       scen=("G26", "accountant answers in Hebrew in an English thread (he mixes; same Exchange, no link or attachment)"))
t8.add(me, "בטח, ביקשתי מהם.", at(2025, 3, 10, 9, 2), cc=[(eitan.name, eitan.email)])
t8.add(moshe, "Draft financial statements attached for your review.", at(2025, 3, 19, 17, 10), cc=[(eitan.name, eitan.email)],
       atts=[("Nivra_FS_2024_DRAFT_v1.pdf", pdf(["Nivra Technologies Ltd. - Financial Statements as of December 31, 2024", "DRAFT - for discussion only"],
                                                producer="Microsoft® Word 2016", when="20250319170000"), "application/pdf")])
t8.add(me, "Thanks Moshe, we'll review this week.", at(2025, 3, 19, 18, 30), cc=[(eitan.name, eitan.email)])

# ================================================================ T9 Brightwater Health PO / invoices: OOO (G13), remittance (G15), real PO revision (G28), server hijack (A3)
t9 = Thread("T9", jen, "PO 4500018822 - Nivra annual subscription")
t9.add(jen, "Hi Tamar,\n\nPlease find attached PO 4500018822 for the annual subscription (Sept 2024 - Aug 2025). Invoices must reference "
       "the PO number and be sent to ap@brightwaterhealth.example, copying me.", at(2024, 9, 30, 13, 5, CHI),
       atts=[("PO_4500018822.pdf", pdf(["Brightwater Health - Purchase Order 4500018822", "Vendor: Nivra Technologies Ltd.", "Annual subscription - USD 186,000.00",
                                        "Terms: Net 45"], producer="SAP NetWeaver", when="20240930130000", zone="-05'00'"), "application/pdf")])
t9.add(me, "Thanks Jennifer! Invoice INV-2024-017 attached, also sent to AP.", at(2024, 10, 1, 10, 20), cc=[(bwap.name, bwap.email)],
       atts=[("Nivra_INV-2024-017.pdf", pdf(["Nivra Technologies Ltd. - Invoice INV-2024-017", "PO 4500018822", "USD 93,000.00 (50% upfront)"],
                                            producer="QuickBooks", when="20241001101500"), "application/pdf")])
t9.add(jen, "Received, thank you. AP will process per terms.", at(2024, 10, 1, 8, 44, CHI), cc=[(bwap.name, bwap.email)])
t9.add(bwap, "Remittance advice: payment of USD 93,000.00 has been issued by ACH/wire for invoice INV-2024-017 (PO 4500018822). "
       "Payment reference BWH-PMT-0098821.", at(2024, 11, 14, 15, 2, CHI), GH, to=[(me.name, me.email)], cc=[(jen.name, jen.email)],
       atts=[("Remittance_BWH-PMT-0098821.pdf", pdf(["Brightwater Health - Remittance Advice", "Payee: Nivra Technologies Ltd.", "INV-2024-017 USD 93,000.00"],
                                                    producer="SAP NetWeaver", when="20241114150000", zone="-06'00'"), "application/pdf")],
       scen=("G15", "customer's AP mailbox (same tenant) sends a remittance advice PDF into the PO thread"))
t9.add(me, "Received, thank you!", at(2024, 11, 17, 9, 5), to=[(bwap.name, bwap.email)], cc=[(jen.name, jen.email)])
t9.add(me, "Hi Jennifer,\n\nQuick heads-up: from January we'll also bill the 40 additional seats your team requested. Could you issue a PO "
       "revision for the seats?", at(2024, 12, 22, 11, 0), to=[(jen.name, jen.email)])
t9.add(jen, "Thank you for your message. I am out of the office until Monday, January 6, with limited access to email. For urgent "
       "procurement matters, please contact procurement@brightwaterhealth.example.", at(2024, 12, 22, 3, 1, CHI), GH, sig=False, quote=False,
       subj="Automatic reply: PO 4500018822 - Nivra annual subscription", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
       scen=("G13", "customer's Exchange 'Automatic reply' (out of office), no quote"))
t9.add(jen, "Hi Tamar,\n\nHappy new year. Attached is PO 4500018822 revision 1 adding the 40 seats (USD 24,000 prorated). Same terms.",
       at(2025, 1, 7, 10, 12, CHI), GH,
       atts=[("PO_4500018822_Rev1.pdf", pdf(["Brightwater Health - Purchase Order 4500018822 Revision 1", "Line 20: 40 additional seats - USD 24,000.00"],
                                            producer="SAP NetWeaver", when="20250107100000", zone="-06'00'"), "application/pdf")],
       scen=("G28", "customer sends a real PO revision as a PDF (the lure A3 later imitates)"))
t9.add(me, "Perfect, thanks. Invoice INV-2025-002 for the second instalment and the seats is attached.", at(2025, 1, 8, 9, 30), cc=[(bwap.name, bwap.email)],
       atts=[("Nivra_INV-2025-002.pdf", pdf(["Nivra Technologies Ltd. - Invoice INV-2025-002", "PO 4500018822 Rev1", "USD 117,000.00"], producer="QuickBooks", when="20250108092500"), "application/pdf")])
t9.add(marcus, "Hi Tamar,\n\nI'm the new AP analyst for technology vendors. Invoice INV-2025-002 is approved and scheduled for Feb 21. "
       "Please send future invoices to ap@ as before; I'll be the contact for questions.", at(2025, 1, 29, 9, 40, CHI), cc=[(jen.name, jen.email)])
t9.add(me, "Thanks Marcus, nice to meet you.", at(2025, 1, 29, 18, 20), to=[(marcus.name, marcus.email)], cc=[(jen.name, jen.email)])
t9.add(jen, "Hi Tamar,\n\nOur auditors asked for a balance confirmation - your accountant reached out too. Confirmed directly to Azoulay Peretz today.",
       at(2025, 3, 12, 14, 10, CHI))
t9.add(me, "Thank you Jennifer!", at(2025, 3, 12, 22, 0))
t9.add(jen, "Hi Tamar,\n\nWe've issued a revised PO for the renewal and the seat true-up. Finance asked that vendors review and acknowledge the "
       "revision in our shared workspace before the new invoice is submitted:\n\nhttps://www.figma.com.file-preview.example/file/"
       f"{alnum(22)}/PO-4500018822-Rev2?node-id=0-1&t={alnum(16)}\n\nPlease review at your earliest convenience.", at(2025, 4, 23, 1, 37, CHI),
       HJ("server-hijack"), detached=True,
       quote_text="Thank you Jennifer!\n\n--\nTamar Shani\nVP Operations & Finance | Nivra\n\n> Please confirm the revised PO 4500018822 Rev2 before invoicing.",
       scen=("A3", "customer's real M365 (same Outlook headers) at 01:37 CT: 'revised PO' link to a figma.com look-alike; quote altered"))

# ================================================================ T10 Northgate pilot: Calendly (G4 notice), Outlook iOS (G22), server hijack fake Calendly (A4)
t10 = Thread("T10", mark, "Northgate x Nivra pilot - next steps")
t10.add(mark, "Hi Tamar,\n\nThe pilot went well. Before we move to a paid agreement, our procurement needs your SOC 2 report, a W-9 or W-8, "
        "and an insurance certificate. Can we find 30 minutes next week to go over the commercial terms?", at(2024, 11, 4, 11, 20, NYC))
t10.add(me, "Hi Mark,\n\nGreat to hear. Documents attached. For the call, grab any slot that suits you here: https://calendly.com/tamar-nivra/30min",
        at(2024, 11, 4, 19, 5),
        atts=[("Nivra_SOC2_Type1_Report_2024.pdf", pdf(["Nivra Technologies - SOC 2 Type I Report", "Confidential"], producer="Vanta", when="20240815120000"), "application/pdf"),
              ("W-8BEN-E_Nivra_Technologies.pdf", pdf(["Form W-8BEN-E", "Nivra Technologies Ltd."], producer="Adobe Acrobat Pro (64-bit) 24.3", when="20240910093500", zone="+03'00'"), "application/pdf")])
t10.add(mark, "Booked for Tuesday. Thanks!", at(2024, 11, 5, 8, 12, NYC))
t10.add(me, "Hi Mark, following our call - order form attached for signature. Net 30, billed annually.", at(2024, 11, 13, 18, 40),
        atts=[("Nivra_Order_Form_Northgate.pdf", pdf(["Order Form - Northgate Logistics", "Annual subscription USD 64,000"], producer="PandaDoc", when="20241113183000"), "application/pdf")])
t10.add(mark, "Signed copy attached. PO to follow from our procurement system.", at(2024, 11, 20, 15, 3, NYC),
        atts=[("Nivra_Order_Form_Northgate_signed.pdf", pdf(["Order Form - Northgate Logistics - SIGNED"], producer="Adobe Acrobat Sign", when="20241120150000", zone="-05'00'"), "application/pdf")])
t10.add(me, "Thank you Mark! Invoice will go out on Dec 1.", at(2024, 11, 20, 22, 10))
t10.add(mark, "Tamar - quick one, can your invoice show our PO 7700412 and the ship-to address in Newark? AP bounced it.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>",
        at(2024, 12, 4, 7, 41, NYC), GH, client="olios", sig=False,
        scen=("G22", "customer replies from Outlook for iOS for the first time (was Outlook web), 'Get Outlook for iOS' footer, early morning"),
        )
t10.add(me, "Sure - corrected invoice attached.", at(2024, 12, 4, 15, 0),
        atts=[("Nivra_INV-2024-021_rev.pdf", pdf(["Nivra Technologies Ltd. - Invoice INV-2024-021", "PO 7700412 | Ship to: 1 Port St, Newark NJ"], producer="QuickBooks", when="20241204145500"), "application/pdf")])
t10.add(mark, "Perfect, forwarded to AP.", at(2024, 12, 4, 10, 2, NYC))
t10.add(me, "Hi Mark, it's been a quarter - want to do a quick QBR? Same link: https://calendly.com/tamar-nivra/30min", at(2025, 2, 25, 17, 0))
t10.add(mark, "Yes - booked for March 6.", at(2025, 2, 26, 9, 30, NYC))
t10.add(mark, "Hi Tamar,\n\nSomething came up on my side and I have to move our QBR. I've put my available times on our scheduling page - "
        "please pick a new slot (you'll need to verify with your work email):\n\nhttps://calendly.events-reschedule.example/northgate-logistics/"
        f"mark-delaney/qbr?invitee={low(24)}\n\nApologies for the shuffle.", at(2025, 3, 4, 3, 58, NYC), HJ("server-hijack"), detached=True,
        scen=("A4", "customer's real M365/OWA (same headers) at 03:58 ET: 'reschedule our QBR' link to a Calendly look-alike asking for work-email sign-in"))
t10.add(mark, "Thanks for the QBR today, Tamar. As discussed, we'll add the Boston warehouse in Q3. And heads-up: someone sent phishing "
        "from my account on Tuesday night - our IT reset it. Ignore anything about rescheduling.", at(2025, 3, 6, 16, 30, NYC))
t10.add(me, "Thanks Mark - I saw that one and didn't click. Great call today.", at(2025, 3, 7, 8, 15))


# ================================================================ T11 Oleksandr monthly invoices (Gmail, Ukrainian locale)
t11 = Thread("T11", olek, "Invoices - O. Kovalenko (contractor)")
t11.add(olek, "Hi Tamar,\n\nAs agreed, I'll send my monthly invoice in this thread. August invoice attached: 168 hours, USD 8,400. "
        "Bank details are on the invoice (PrivatBank, USD account).", at(2024, 9, 1, 12, 5, KYIV),
        atts=[("Invoice_OK-2024-08.pdf", pdf(["Invoice OK-2024-08 - FOP Kovalenko O.V.", "Software development services, Aug 2024: 168 h", "USD 8,400.00",
                                              "JSC CB PrivatBank, IBAN UA21 3052 9900 0002 6007 0000 00000"], producer="LibreOffice 7.6", when="20240901120000"), "application/pdf")])
olek_hours = [172, 160, 168, 120, 176, 160, 168, 152, 176]
for i, (y, mo) in enumerate(MONTHS[1:], 1):
    t11.add(me, ["Paid today, thanks!", "Transferred, should arrive in 1-2 days.", "Paid. Thanks Oleksandr!", "Done - paid.",
                 "Paid today. Happy holidays!", "Paid, thanks.", "Paid.", "Transferred today.", "Paid, thanks!"][i - 1],
            wk(at(y, mo, 1, 9, R.randint(0, 59)) - datetime.timedelta(days=24)))
    hrs = olek_hours[i - 1]; pm = MONTHS[i - 1]
    extra_txt = {4: " Fewer hours in December - I was without power for several days, sorry.", 2: " Note: I'll be offline Nov 11-13."}.get(i, "")
    t11.add(olek, f"Hi Tamar,\n\n{MNAME[pm[1]]} invoice attached: {hrs} hours, USD {hrs * 50:,}.{extra_txt}",
            at(y, mo, 1 + (i % 3), [12, 21, 1, 10][i % 4], R.randint(0, 59), KYIV),
            atts=[(f"Invoice_OK-{pm[0]}-{pm[1]:02d}.pdf", pdf([f"Invoice OK-{pm[0]}-{pm[1]:02d} - FOP Kovalenko O.V.", f"Software development services: {hrs} h",
                                                               f"USD {hrs * 50:,}.00", "JSC CB PrivatBank, IBAN UA21 3052 9900 0002 6007 0000 00000"],
                                                              producer="LibreOffice 7.6", when=f"{y}{mo:02d}01120000"), "application/pdf")])

# ================================================================ T12 Oleksandr: Priority ERP export tool: real Loom (G1), zipped logs (G21), ATO Loom look-alike (A1)
t12 = Thread("T12", olek, "Priority ERP export - VAT report script")
t12.add(me, "Hi Oleksandr,\n\nAs discussed, we need a nightly export of issued invoices from our billing DB into Priority, so Azoulay's "
        "office stops re-typing them. Spec attached - start whenever you're ready.", at(2024, 10, 14, 11, 0), to=[(olek.name, olek.email)],
        atts=[("Priority_export_spec_v1.pdf", pdf(["Priority ERP export - spec v1", "Fields: invoice no., date, customer, currency, amount, VAT"],
                                                  producer="Google Docs Renderer", when="20241014105500", zone=""), "application/pdf")])
t12.add(olek, "Got it. Questions: do USD invoices go into Priority in USD or converted at the Bank of Israel rate? And who should receive the error report?",
        at(2024, 10, 14, 15, 30, KYIV))
t12.add(me, "In USD with the BoI representative rate as a separate field. Errors to me and Rivka.", at(2024, 10, 14, 17, 2))
t12.add(olek, "Done on staging. I recorded a short walkthrough so you and Rivka can see how to re-run it manually:\n\n"
        "https://www.loom.com/share/4c1f2a9e8b7d4e6fa0b3c5d7e9f1a2b4\n\nIt's 4 minutes.", at(2024, 11, 6, 18, 44, KYIV), GH,
        scen=("G1", "contractor sends a real loom.com walkthrough link (same Gmail web, same Ukrainian quote header)"))
t12.add(me, "Very clear, thanks! Rivka will test tomorrow.", at(2024, 11, 6, 20, 15))
t12.add(me, "Hi Oleksandr, last night's export failed with 'connection reset' around 02:00. Could you send me the logs from the job so I can "
        "forward to Priority's support as well?", at(2024, 12, 10, 9, 12))
t12.add(olek, "Sure, zipped logs from the last three nights attached. It looks like Priority's API gateway dropped the connection - I added a retry.",
        at(2024, 12, 10, 13, 5, KYIV), GH,
        atts=[("priority-export-logs-2024-12-08..10.zip", zipf([("export-2024-12-08.log", b"2024-12-08T02:00:04Z INFO export start\n2024-12-08T02:01:12Z INFO 14 invoices exported\n"),
                                                                ("export-2024-12-09.log", b"2024-12-09T02:00:03Z INFO export start\n2024-12-09T02:00:58Z INFO 9 invoices exported\n"),
                                                                ("export-2024-12-10.log", b"2024-12-10T02:00:05Z INFO export start\n2024-12-10T02:00:31Z ERROR ECONNRESET priority-api\n")],
                                                               (2024, 12, 10, 12, 58, 0)), "application/zip")],
        scen=("G21", "contractor sends the zipped job logs Tamar asked for"))
t12.add(me, "Thanks, forwarded.", at(2024, 12, 10, 14, 0))
t12.add(olek, "Retry has been working fine all week, closing this on my side.", at(2024, 12, 17, 10, 20, KYIV))
olek_q = t12.last
t12.add(olek, "Hi Tamar,\n\nI recorded an updated walkthrough for the new VAT report module - please watch before Rivka's team runs the "
        "March close, some steps changed:\n\nhttps://www.loom.com-share.example/share/9e2b7c41d05a4f8c8a3e6b1d2f7c9a05?sid=" + ruuid()
        + "\n\nYou may need to sign in with your Google account to view it.", at(2025, 3, 27, 4, 2, KYIV), HJ("account-takeover"), detached=True,
        client="outlook16", infra="gmail-smtp", orig_ip="45.137.21.9",
        scen=("A1", "contractor's Gmail used via smtp.gmail.com from an Outlook 16 client on a foreign IP at 04:02: 'updated Loom walkthrough' to a loom.com look-alike; quote faithful"))
t12.add(me, "Oleksandr - did you send me a Loom link this morning asking for Google sign-in?", at(2025, 3, 27, 9, 3))
t12.add(olek, "No! Someone got into my Gmail last night - I've changed the password and turned on a passkey. Please ignore it, I'm warning everyone.",
        at(2025, 3, 27, 9, 40, KYIV))

# ================================================================ T13 Iryna (Proton) monthly invoices; real IBAN change confirmed by call (G7, G8)
t13 = Thread("T13", iryna, "Melnyk Design - invoices")
t13.add(iryna, "Hi Tamar,\n\nInvoice for September attached (design retainer, EUR 3,200).", at(2024, 10, 1, 10, 20, KYIV),
        atts=[("MD-2024-09.pdf", pdf(["Melnyk Design - Invoice MD-2024-09", "Design retainer September 2024 - EUR 3,200.00",
                                      "Monobank, IBAN UA88 3220 0100 0002 6200 0000 00000"], producer="Canva", when="20241001101500"), "application/pdf")])
for i, (y, mo) in enumerate([(2024, 11), (2024, 12), (2025, 1)]):
    t13.add(me, ["Paid, thanks Iryna.", "Paid!", "Paid, thank you."][i], wk(at(y, mo, 1, 9, 0) - datetime.timedelta(days=25)))
    pm = (y, mo - 1) if mo > 1 else (y - 1, 12)
    t13.add(iryna, f"{MNAME[pm[1]]} invoice attached.", at(y, mo, 2, 11, 5, KYIV),
            atts=[(f"MD-{pm[0]}-{pm[1]:02d}.pdf", pdf([f"Melnyk Design - Invoice MD-{pm[0]}-{pm[1]:02d}", "Design retainer - EUR 3,200.00",
                                                      "Monobank, IBAN UA88 3220 0100 0002 6200 0000 00000"], producer="Canva", when=f"{y}{mo:02d}02110000"), "application/pdf")])
t13.add(me, "Paid, thanks!", at(2025, 1, 6, 10, 0))
t13.add(iryna, "Hi Tamar,\n\nNews: I moved to Kraków in January and opened a Polish business account, so from the February invoice please "
        "pay to the new account below instead of Monobank. I know bank changes by email are a classic scam, so let's confirm on a call - "
        "I'm free tomorrow 10-13 Kyiv time, or call me on the number you have (+380 67 555 2048).\n\nNew details:\nPKO Bank Polski, "
        "IBAN PL61 1020 2892 0000 5502 0555 5555, SWIFT BPKOPLPW\nAccount holder: Iryna Melnyk\n\nSigned letter attached.",
        at(2025, 1, 28, 14, 12, WAW), GH,
        atts=[("Bank_change_Melnyk_Design.pdf", pdf(["Melnyk Design - change of bank account", "From 01.02.2025: PKO Bank Polski",
                                                     "IBAN PL61 1020 2892 0000 5502 0555 5555", "Signed: Iryna Melnyk"], producer="Canva", when="20250128140000", zone="+01'00'"), "application/pdf")],
        scen=("G7", "designer announces her real move to a Polish account (Proton as always, new Warsaw time zone), asks for a call to verify"))
t13.add(me, "Thanks Iryna - just spoke on the phone (on the number from your contract) and confirmed the new IBAN digit by digit. Updated in our "
        "system; February will go to PKO.", at(2025, 1, 29, 11, 20))
t13.add(iryna, "Thank you! And congrats on the careful process :)", at(2025, 1, 29, 10, 45, WAW))
t13.add(iryna, "January invoice attached - first one with the PKO account.", at(2025, 2, 2, 12, 30, WAW), GH,
        atts=[("MD-2025-01.pdf", pdf(["Melnyk Design - Invoice MD-2025-01", "Design retainer - EUR 3,200.00", "PKO Bank Polski, IBAN PL61 1020 2892 0000 5502 0555 5555"],
                                     producer="Canva", when="20250202123000", zone="+01'00'"), "application/pdf")],
        scen=("G8", "designer's first invoice with the new (phone-verified) IBAN"))
for i, (y, mo) in enumerate([(2025, 3), (2025, 4), (2025, 5), (2025, 6)]):
    t13.add(me, ["Paid to PKO, thanks!", "Paid.", "Paid, thanks Iryna.", "Paid."][i], wk(at(y, mo, 1, 9, 0) - datetime.timedelta(days=24)))
    pm = (y, mo - 1)
    t13.add(iryna, f"{MNAME[pm[1]]} invoice attached.", at(y, mo, 2, 10, 10, WAW),
            atts=[(f"MD-{pm[0]}-{pm[1]:02d}.pdf", pdf([f"Melnyk Design - Invoice MD-{pm[0]}-{pm[1]:02d}", "Design retainer - EUR 3,200.00",
                                                      "PKO Bank Polski, IBAN PL61 1020 2892 0000 5502 0555 5555"], producer="Canva", when=f"{y}{mo:02d}02100000", zone="+01'00'"), "application/pdf")])

# ================================================================ T14 Iryna design work: Figma link (G2), server hijack with disk image (A13)
t14 = Thread("T14", iryna, "Series A deck - visual refresh")
t14.add(me, "Hi Iryna,\n\nWe're starting Series A prep. Could you refresh the investor deck visuals to match the new product UI? "
        "Current deck attached; aim for mid-April.", at(2025, 3, 20, 12, 0), to=[(iryna.name, iryna.email)], cc=[(eitan.name, eitan.email)],
        atts=[("Nivra_Deck_SeriesA_draft.pdf", pdf(["Nivra - Series A", "Draft - confidential"], producer="Google Slides", when="20250320115500", zone=""), "application/pdf")])
t14.add(iryna, "Love it. First directions are up in Figma - comments welcome directly on the frames:\n\n"
        "https://www.figma.com/design/Qm7xK2pL9vR4tN8wE1sY3z/Nivra-Series-A-deck?node-id=12-408&t=Xc81LmPq0aZ4RtYu-1",
        at(2025, 4, 2, 17, 25, WAW), GH, cc=[(eitan.name, eitan.email)],
        scen=("G2", "designer shares a real figma.com design link in the thread"))
t14.add(me, "Direction B, definitely. Eitan left a few comments.", at(2025, 4, 3, 9, 50), cc=[(eitan.name, eitan.email)])
t14.add(iryna, "Final slides exported to PDF and attached; the Figma file is up to date too.", at(2025, 4, 15, 19, 2, WAW), cc=[(eitan.name, eitan.email)],
        atts=[("Nivra_SeriesA_Deck_v3.pdf", pdf(["Nivra - Series A", "v3 - design by Melnyk Design"], producer="Figma", when="20250415190000", zone="+02'00'"), "application/pdf")])
t14.add(me, "Beautiful work, thank you!", at(2025, 4, 15, 21, 40), cc=[(eitan.name, eitan.email)])
t14.add(iryna, "Hi, updated assets and invoice in the attached image, mount it to open.", at(2025, 5, 19, 2, 16, WAW), HJ("server-hijack"), detached=True,
        quote=False, cc=[(eitan.name, eitan.email)],
        atts=[("Nivra_assets_invoice_May.img", iso_image("NIVRA_ASSETS", ["INVOICE_MD_2025_05.PDF.EXE", "ASSETS.LNK"]), "application/octet-stream")],
        scen=("A13", "designer's Proton account (same Proton web headers) at 02:16: short generic 'updated assets and invoice' .img disk image, no quote"))

# ================================================================ T15 Wisła Software invoices (Polish, Thunderbird); look-alike bank change to UK fintech (A5); confirmation (G16)
t15 = Thread("T15", agnieszka, "Faktury Wisła Software dla Nivra Technologies")
t15.add(agnieszka, "Dzień dobry Pani Tamar,\n\nw załączeniu faktura FV/2024/09/031 za wrzesień (SOW #2). Termin płatności 14 dni, rachunek "
        "w mBank jak zawsze.\n\nGood morning, please find attached our September invoice (SOW #2). Payment in 14 days to our mBank account as usual.",
        at(2024, 10, 2, 9, 15, WAW),
        atts=[("FV_2024_09_031.pdf", pdf(["Wisla Software sp. z o.o. - Faktura VAT FV/2024/09/031", "Nabywca: Nivra Technologies Ltd. (Israel) - reverse charge",
                                          "EUR 18,400.00", "mBank S.A. IBAN PL27 1140 2004 0000 3502 5555 1234"], producer="Fakturownia", when="20241002091000", zone="+02'00'"), "application/pdf")])
PLM = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"]
wisla_amt = [18400, 21600, 16800, 20000, 18400, 19200, 22400, 20800]
for i, (y, mo) in enumerate(MONTHS[2:], 1):
    t15.add(me, ["Thank you, paid.", "Paid, thanks Agnieszka.", "Paid.", "Thanks - paid today.", "Paid, thank you.", "Paid.", "Paid, thanks.", "Paid."][i - 1],
            wk(at(y, mo, 1, 11, 0) - datetime.timedelta(days=18)))
    pm = (y, mo - 1) if mo > 1 else (y - 1, 12)
    t15.add(agnieszka, f"Dzień dobry,\n\nw załączeniu faktura FV/{pm[0]}/{pm[1]:02d}/0{20 + i} za {PLM[pm[1] - 1]} {pm[0]}. / Please find attached our invoice for {MNAME[pm[1]]}.",
            at(y, mo, 2, 9, R.randint(0, 50), WAW),
            atts=[(f"FV_{pm[0]}_{pm[1]:02d}_0{20 + i}.pdf", pdf([f"Wisla Software sp. z o.o. - Faktura VAT FV/{pm[0]}/{pm[1]:02d}/0{20 + i}", f"EUR {wisla_amt[i - 1]:,}.00",
                                                                  "mBank S.A. IBAN PL27 1140 2004 0000 3502 5555 1234"], producer="Fakturownia", when=f"{y}{mo:02d}02090000", zone="+02'00'"), "application/pdf")])
    if (y, mo) == (2025, 5):
        a5 = t15.add(Pt("Agnieszka Wójcik", "ksiegowosc@wisla-soft.example", "roundcube", "look-wisla", agnieszka.sig, tz=WAW, qstyle="tb_pl"),
                     "Dzień dobry Pani Tamar,\n\nuprzejmie informujemy, że w związku z audytem naszego banku rachunek w mBank jest tymczasowo "
                     "zablokowany do rozliczeń zagranicznych.\n\nFor your convenience in English: due to a review of our foreign payments at mBank, "
                     "our account is temporarily unable to receive EUR transfers. Until further notice please pay all open and upcoming invoices "
                     "(including FV/2025/04/027, EUR 22,400.00, due 16 May) to our settlement account at our payment partner in London:\n\n"
                     "Beneficiary: Wisla Software sp. z o.o.\nBank: ClearPay Business Ltd (UK)\nIBAN: GB29 CLRB 0400 5512 3456 78\nBIC: CLRBGB22\n"
                     "Reference: FV/2025/04/027\n\nPlease do not use the mBank account until we inform you otherwise, as payments would be "
                     "returned and incur fees. Kindly confirm by reply when the transfer is scheduled.\n\nZ poważaniem",
                     at(2025, 5, 6, 10, 41, WAW), HJ("lookalike-domain"), detached=True,
                     scen=("A5", "vendor's accountant at look-alike wisla-soft.example: mBank 'blocked', pay open invoice to a UK fintech IBAN; long, context-aware, quotes the real thread"))
    if (y, mo) == (2025, 5):
        t15.add(me, "Hi Agnieszka,\n\nWe received an email on 6 May, apparently from you but from 'wisla-soft.example', asking us to pay to a UK "
                "account. I called Piotr and he said it isn't yours. Can you confirm in writing that the mBank account is still valid?", at(2025, 5, 7, 9, 30))
        t15.add(agnieszka, "Pani Tamar, dziękujemy za czujność! Confirmed: we did NOT send that email and our only account is mBank "
                "PL27 1140 2004 0000 3502 5555 1234. Our domain is wislasoft.example, without a hyphen. We are informing all clients.",
                at(2025, 5, 7, 10, 12, WAW), GH,
                scen=("G16", "vendor's accountant confirms, from the real domain, that the bank details are unchanged (talks about a bank change, IBAN in text)"))

# ================================================================ T16 Wisła SOW with Piotr: Notion (G3), Google Docs (G24)
t16 = Thread("T16", piotr, "SOW #3 - mobile app phase 2")
t16.add(piotr, "Hi Tamar,\n\nAs discussed with Ofir, here is our proposal for phase 2 of the mobile app (3 developers + QA, 4 months). The "
            "scope and estimates are in our Notion page:\n\nhttps://www.notion.so/wislasoft/Nivra-SOW-3-mobile-phase-2-8b1e4c7a2d5f4e9ab3c6d0f1e2a7b8c9\n\n"
            "Happy to walk you through it.", at(2025, 1, 20, 14, 5, WAW), cc=[(ofir.name, ofir.email)])
t16.add(me, "Thanks Piotr. Ofir is fine with the scope; on price, can we do the QA role at the mid rate rather than senior?", at(2025, 1, 21, 10, 30),
        cc=[(ofir.name, ofir.email)])
t16.add(piotr, "We can do that. I've updated the Notion page and the total. Updated rates are here too:\n\n"
        "https://www.notion.so/wislasoft/Rate-card-2025-Nivra-1f2e3d4c5b6a47988796a5b4c3d2e1f0", at(2025, 1, 22, 16, 40, WAW), GH, cc=[(ofir.name, ofir.email)],
        scen=("G3", "vendor's delivery manager shares real notion.so pages (proposal and rate card) in the SOW thread"))
t16.add(me, "Agreed. Please send the SOW for signature.", at(2025, 1, 23, 9, 0), cc=[(ofir.name, ofir.email)])
t16.add(piotr, "SOW #3 is in Google Docs for comments before we sign - both of you have edit access:\n\n"
        "https://docs.google.com/document/d/1hQ7vW2xR9kL3mN5pB8cT4yF6gJ0aS2dE7uI1oZ3qX5w/edit?usp=sharing", at(2025, 1, 27, 11, 15, WAW), GH,
        cc=[(ofir.name, ofir.email)], scen=("G24", "vendor shares a real docs.google.com document link for the SOW"))
t16.add(me, "Two small comments in the doc; otherwise good to go.", at(2025, 1, 28, 12, 20), cc=[(ofir.name, ofir.email)])
t16.add(piotr, "Signed PDF attached. Kick-off Monday Feb 10.", at(2025, 2, 4, 15, 30, WAW), cc=[(ofir.name, ofir.email)],
        atts=[("SOW3_Nivra_WislaSoftware_signed.pdf", pdf(["Statement of Work #3 - Mobile app phase 2", "Signed by both parties"], producer="Adobe Acrobat Sign",
                                                          when="20250204153000", zone="+01'00'"), "application/pdf")])
t16.add(me, "Countersigned, thanks!", at(2025, 2, 4, 18, 0), cc=[(ofir.name, ofir.email)])
t16.add(piotr, "Phase 2 demo recording and the May status report attached. We're on track for the June release.", at(2025, 5, 30, 16, 10, WAW),
        cc=[(ofir.name, ofir.email)],
        atts=[("Wisla_Nivra_Status_2025-05.pdf", pdf(["Status report May 2025 - mobile phase 2", "Milestone 3 of 4 done"], producer="Fakturownia", when="20250530160000", zone="+02'00'"), "application/pdf")])


# ================================================================ T17 Internal payment-run approvals (CEO); display-name spoof of the CEO (A6)
t17 = Thread("T17", eitan, "Payment run approvals")
runs = [(2024, 9, 17), (2024, 10, 15), (2024, 11, 12), (2024, 12, 10), (2025, 1, 14), (2025, 2, 11), (2025, 3, 11), (2025, 4, 8), (2025, 5, 13)]
for i, (y, mo, d) in enumerate(runs):
    n = R.randint(9, 17); tot = R.randint(41, 88) * 1000 + R.randint(0, 999)
    t17.add(me, f"Hi Eitan,\n\nPayment run for {d}.{mo}: {n} payees, total ILS-equivalent {tot:,}. Largest: Wisła Software (EUR), contractors, "
            f"Shamir Tal. Sheet attached - approve by reply and I'll release in Leumi Digital.", at(y, mo, d, 10, R.randint(0, 40)), to=[(eitan.name, eitan.email)],
            atts=[(f"Payment_run_{y}-{mo:02d}-{d:02d}.xlsx", xlsx([["Payee", "Currency", "Amount"], ["Wisla Software sp. z o.o.", "EUR", 18400],
                                                                  ["O. Kovalenko", "USD", 8400], ["Melnyk Design", "EUR", 3200]], (y, mo, d, 9, 50, 0)),
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    t17.add(eitan, ["Approved.", "Approved, thanks.", "Approved 👍", "Approved. Let's hold the AWS reserved instances till January.", "Approved.",
                    "Approved - go.", "Approved.", "Approved, thanks Tamar.", "Approved."][i], at(y, mo, d, R.randint(11, 19), R.randint(0, 59)), sig=False)
spoof_ceo = Pt("Eitan Barak", "eitan.barak.office@gmail.com", "gweb", "spoof-gmail")
t17.add(spoof_ceo, "Tamar,\n\nI need you to handle something discreetly today. We're finalizing a small acquisition (data licensing asset) and "
        "the seller's escrow needs a good-faith deposit before 16:00 so we keep exclusivity. Please send USD 46,500 to:\n\n"
        "Verdant Ledger Holdings Ltd\nBank: Emirates NBD, Dubai\nIBAN: AE07 0260 0010 1555 2038 401\nSWIFT: EBILAEAD\nRef: LOI-NV-0604\n\n"
        "Don't mention it to the team or the board yet, the NDA is strict. I'm in back-to-back meetings with the lawyers so email only - "
        "send me the confirmation when it's done.\n\nEitan\nSent from my iPhone", at(2025, 6, 4, 12, 7), HJ("display-name-spoof"), detached=True,
        sig=False, quote=False, scen=("A6", "CEO's display name from a Gmail address replies to the payment-run thread: urgent confidential wire to a new payee, no quote"))

# ================================================================ T18 CEO: real urgent payment to a new vendor (G27)
t18 = Thread("T18", eitan, "Offsite deposit - need to pay today")
t18.add(eitan, "Tamar - the Galilee venue for the June offsite will release our dates tonight unless they get the 30% deposit today. "
        "Invoice attached (ILS 27,600). They're a new vendor; I spoke with their events manager Hila this morning and posted her number in "
        "#offsite on Slack. Can you pay today?", at(2025, 4, 29, 13, 40), GH,
        atts=[("GalileeHills_Resort_Deposit_Invoice_4471.pdf", pdf(["Galilee Hills Resort Ltd. - Proforma invoice 4471", "Nivra offsite 16-17.06.2025 - deposit 30%",
                                                                "ILS 27,600.00", "Bank Mizrahi-Tefahot 20-412-0559871"], producer="Green Invoice", when="20250429130000"), "application/pdf")],
        scen=("G27", "CEO's real account asks for a same-day payment to a new vendor with an invoice (the pattern A6 imitates); verified by phone in Sent"))
t18.add(me, "Called Hila at the resort's main line (not the number on the invoice) and confirmed the account. Paid - confirmation attached.",
        at(2025, 4, 29, 15, 55),
        atts=[("Leumi_transfer_confirmation.pdf", pdf(["Bank Leumi - transfer confirmation", "ILS 27,600.00 to 20-412-0559871"], producer="Leumi Digital", when="20250429155000"), "application/pdf")])
t18.add(eitan, "Amazing, thanks!", at(2025, 4, 29, 16, 2), sig=False)

# ================================================================ T19 Payroll cutoff (all staff); spoofed employee asks to change salary account (A11)
t19 = Thread("T19", gal, "Payroll cutoff for March + expense reports")
t19.add(me, "Hi all,\n\nReminder: the March payroll cutoff is Thursday the 20th. Please submit expense reports in Ramp and any changes "
        "(address, bank account, tax credit points/טופס 101) in HiBob by then. Salaries go out on April 1.\n\nThanks!",
        at(2025, 3, 16, 9, 30), to=[team])
t19.add(gal, "Hi Tamar, does the Pycon Israel ticket go through Ramp as well, or do I ask Ofir first?", at(2025, 3, 16, 10, 12), to=[(me.name, me.email)])
t19.add(me, "Ramp is fine - Ofir approves it there.", at(2025, 3, 16, 10, 40), to=[(gal.name, gal.email)])
t19.add(Pt("Gal Friedman", "gal.friedman.nivra@outlook.com", "owa", "outlookcom"),
        "Hi Tamar,\n\nI changed banks last week. Can you update my salary account before the cutoff? HiBob won't let me edit it from my phone.\n\n"
        "Bank: One Zero Digital Bank (18)\nBranch: 001\nAccount: 5551209\n\nThanks a lot,\nGal", at(2025, 3, 18, 21, 47), HJ("display-name-spoof"), detached=True,
        sig=False, quote=False, scen=("A11", "employee's display name from an outlook.com address asks to change his payroll bank account before the cutoff; no payload"))

# ================================================================ T20 Local vendor (Hebrew, Gmail): office move; real payment link (G31)
t20 = Thread("T20", avi, "הצעת מחיר - העברת משרד והתקנת עמדות")
t20.add(me, "היי אבי,\n\nכמו שדיברנו, אנחנו עוברים לקומה 5 ב-24 בנובמבר. צריך פירוק והרכבה של 22 עמדות, העברת ארונות, ותליית 4 מסכים "
        "בחדרי הישיבות. אשמח להצעת מחיר.", at(2024, 10, 20, 11, 0), to=[(avi.name, avi.email)])
t20.add(avi, "היי תמר,\n\nמצרף הצעת מחיר. כולל הובלה, פירוק והרכבה, ותליית מסכים. אפשר להתחיל ביום שישי ה-22 אחה\"צ כדי שביום ראשון הכל יעבוד.",
        at(2024, 10, 21, 8, 40),
        atts=[("hatzaat_mechir_nivra.pdf", pdf(["Golan Office Services - Price quote 1187", "22 workstations, 4 screens, moving", "ILS 14,900 + VAT"],
                                               producer="Green Invoice", when="20241021083000"), "application/pdf")])
t20.add(me, "מאושר, תודה! נתאם את הכניסה מול ניהול הבניין.", at(2024, 10, 21, 12, 15))
t20.add(avi, "הכל הותקן. מצורפת חשבונית, ואפשר לשלם גם בלינק ישירות:\n\nhttps://pay.greeninvoice.example/p/golan-office/" + low(20)
        + "\n\nתודה ובהצלחה במשרד החדש!", at(2024, 11, 24, 19, 30), GH,
        atts=[("heshbonit_mas_1187.pdf", pdf(["Golan Office Services - Tax invoice 1187", "ILS 17,582.00 incl. VAT"], producer="Green Invoice", when="20241124192500"), "application/pdf")],
        scen=("G31", "local vendor (Hebrew, Gmail) sends his invoice with a payment link of his invoicing service, after the job was done"))
t20.add(me, "שולם בהעברה בנקאית, תודה אבי!", at(2024, 11, 26, 10, 0))
t20.add(avi, "התקבל, תודה רבה!", at(2024, 11, 26, 10, 20))

# ================================================================ T21 MacPoint laptops order; fake-thread delivery/customs .ics (A14)
t21 = Thread("T21", ido, "Quote - 5x MacBook Pro 14\" M4 Pro")
t21.add(me, "Hi Ido,\n\nWe need 5 MacBook Pro 14\" M4 Pro (24GB/1TB, Hebrew/English keyboard) with AppleCare for Business, delivered to our "
        "new office. Can you send a quote?", at(2025, 2, 9, 10, 0), to=[(ido.name, ido.email)])
t21.add(ido, "Hi Tamar,\n\nQuote attached. Delivery 7-10 business days from PO; devices will be enrolled in your Apple Business Manager.",
        at(2025, 2, 10, 9, 22), atts=[("MacPoint_Quote_Q-25-0412.pdf", pdf(["MacPoint B2B - Quote Q-25-0412", "5x MacBook Pro 14 M4 Pro 24GB/1TB", "ILS 62,450 + VAT"],
                                                                            producer="Priority ERP", when="20250210091500"), "application/pdf")])
t21.add(me, "PO attached, thanks.", at(2025, 2, 10, 14, 30),
        atts=[("Nivra_PO_2025-007.pdf", pdf(["Nivra Technologies - Purchase Order 2025-007", "MacPoint B2B - Q-25-0412"], producer="QuickBooks", when="20250210142500"), "application/pdf")])
t21.add(ido, "Thanks! Devices ship on Feb 20 with our own courier; they'll call the office number before arriving.", at(2025, 2, 11, 11, 5))
t21.add(ido, "Delivered and signed for by Gal. Invoice attached.", at(2025, 2, 20, 16, 40),
        atts=[("MacPoint_Invoice_IN-25-1930.pdf", pdf(["MacPoint B2B - Tax invoice IN-25-1930", "ILS 73,066.50 incl. VAT"], producer="Priority ERP", when="20250220163500"), "application/pdf")])
t21.add(me, "Thank you Ido!", at(2025, 2, 20, 17, 2))
fake_ship = Pt("Israel Post - Customs Clearance", "clearance@il-customs-clearance.example", "roundcube", "fake-ship")
fake_parent = make_mid(me, "gweb", at(2025, 3, 2, 9, 0))
emit(fake_ship, "roundcube", at(2025, 3, 3, 8, 12), [(me.name, me.email)], None, "RE: Delivery of your shipment - reference IL5525809114", [fake_parent],
     "Dear Tamar Shani,\n\nFurther to your message, your international shipment (electronic equipment, 2 parcels) is held at the Ben Gurion "
     "customs terminal pending payment of the import VAT and handling fee (ILS 412.80). The delivery appointment is attached - open it to add "
     "it to your calendar; the payment link is in the event.\n\nIf the fee is not paid within 48 hours the shipment will be returned to sender.\n\n"
     "Customs Clearance Department\nIsrael Post Co. Ltd.\n\n-----Original Message-----\nFrom: Tamar Shani <tamar@nivra.example>\nSent: Sunday, March 2, 2025 9:00 AM\n"
     "Subject: Delivery of your shipment - reference IL5525809114\n\nHello, when will the parcels be delivered to our office? Thanks, Tamar",
     label=HJ("fake-thread"), no_html=True,
     atts=[("Delivery_appointment_IL5525809114.ics", ics("Delivery appointment - pay customs fee", at(2025, 3, 4, 10, 0), 30,
                                                       ("Israel Post Customs", "clearance@il-customs-clearance.example"),
                                                       "Pay the customs fee to confirm delivery: https://il-customs-clearance.example/pay/IL5525809114",
                                                       url="https://il-customs-clearance.example/pay/IL5525809114"), "text/calendar; method=REQUEST")],
     scen=("A14", "stranger 'RE: Delivery of your shipment' with a fabricated quote of Tamar (shortly after a real laptop delivery): .ics with a customs-fee payment link"))

# ================================================================ O1 investor reply in a thread Tamar was not on (parent missing)
o1_parent = make_mid(eitan, "gweb", at(2025, 2, 6, 16, 0))
emit(dana, "superhuman", at(2025, 2, 6, 10, 22, NYC), [(eitan.name, eitan.email)], [(me.name, me.email)], "Re: Intro: Nivra <> Harborline Freight (security review)",
     [o1_parent], "Eitan - great call. +Tamar for the vendor onboarding paperwork; Harborline's procurement will send their security "
     "questionnaire and a W-9/W-8 request this week.\n\nDana\n\nOn Thu, Feb 06, 2025 at 9:00 AM, Eitan Barak <eitan@nivra.example> wrote:\n\n"
     "> Dana, thanks again for the intro to Harborline. Call went well; they want to start a pilot in April.\n>\n> Eitan",
     label=GO, scen=("O1", "investor replies to the CEO and adds Tamar in Cc; the CEO's message is not in her mailbox"))

# ================================================================ T23 CEO forwards a customer email (G32)
t23 = Thread("T23", eitan, "Fwd: Northgate - Boston warehouse add-on")
t23.add(eitan, "Tamar, FYI - can you prepare an order form amendment for this? Mark's estimate is in the attached sheet.\n\n"
        "---------- Forwarded message ---------\nFrom: Mark Delaney <mark.delaney@northgate-log.example>\nDate: Thu, Mar 13, 2025 at 5:02 PM\n"
        "Subject: Boston warehouse add-on\nTo: Eitan Barak <eitan@nivra.example>\n\nEitan,\n\nAs promised at the QBR, attached are the Boston volumes. "
        "We'd like to go live in July.\n\nMark", at(2025, 3, 14, 8, 5), GH, sig=False,
        atts=[("Northgate_Boston_volumes.xlsx", xlsx([["Site", "Daily shipments", "Users"], ["Newark", 2400, 85], ["Boston", 1100, 40]]),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
        scen=("G32", "CEO forwards (Fwd:) a customer email with its spreadsheet attachment"))
t23.add(me, "On it - amendment draft by Sunday.", at(2025, 3, 14, 9, 0))

# ================================================================ T1 revived for the Series A (G12)
t1.add(dana, "Tamar, Eitan - reviving this thread since it has the whole seed history. We're excited to lead the Series A as discussed. "
       "Our diligence team will need the data room by next week; can you share it with ryan@ and me? The checklist is attached.",
       at(2025, 4, 22, 9, 12, NYC), GH, cc=[(eitan.name, eitan.email), (ryan.name, ryan.email)],
       atts=[("Meridian_SeriesA_DD_Checklist.pdf", pdf(["Meridian Ridge Ventures - Series A due diligence checklist", "1. Corporate 2. Financial 3. Tech 4. Legal"],
                                                       producer="Google Docs Renderer", when="20250422090000", zone=""), "application/pdf")],
       scen=("G12", "investor revives the 7-month-old seed thread at the Series A with a diligence checklist"))
t1.add(me, "Great news! Data room is shared with both of you:\n\nhttps://drive.google.com/drive/folders/1aX9kP3qL7mN2vB5cT8yR4wF6hJ0dS1eG?usp=sharing\n\n"
       "Let me know if anything is missing.", at(2025, 4, 22, 20, 30), cc=[(eitan.name, eitan.email), (ryan.name, ryan.email)])
t1.add(ryan, "Got access, thanks Tamar. We'll send follow-up questions by Friday.", at(2025, 4, 23, 9, 15, NYC), cc=[(dana.name, dana.email), (eitan.name, eitan.email)])


# ================================================================ L1-L3 Google Groups mailing list (IL Startup Finance); G29 a reply with a Google Sheets link
LIST = ("IL Startup Finance", "il-startup-finance@googlegroups.com")
amir = Pt("Amir Haddad", "amir.haddad.cfo@gmail.com", "gweb", "gmail", "\n\nAmir Haddad\nFractional CFO", qstyle="gmail_gb")
noa = Pt("Noa Gilad", "noa@tessera-ai.example", "gweb", "gws-own", "\n\n--\nNoa Gilad | CFO | Tessera AI", qstyle="gmail_us")
ronit = Pt("Ronit Levy", "ronit@brightpath-cfo.example", "gweb", "gws-own", "\n\nRonit Levy, CPA\nBrightPath CFO Services", qstyle="gmail_gb")


def list_hdrs(who, t):
    return [("Sender", "il-startup-finance@googlegroups.com"), ("X-Original-Sender", who.email),
            ("X-Original-Authentication-Results", f"mx.google.com;       dkim=pass header.i=@{who.dom};       spf=pass smtp.mailfrom={who.email};       dmarc=pass header.from={who.dom}"),
            ("Precedence", "list"), ("Mailing-list", "list il-startup-finance@googlegroups.com; contact il-startup-finance+owners@googlegroups.com"),
            ("List-ID", "<il-startup-finance.googlegroups.com>"), ("X-Spam-Checked-In-Group", "il-startup-finance@googlegroups.com"),
            ("X-Google-Group-Id", "802255183321"),
            ("List-Post", "<https://groups.google.com/group/il-startup-finance/post>, <mailto:il-startup-finance@googlegroups.com>"),
            ("List-Help", "<https://support.google.com/a/il-startup-finance/answer/7019299>, <mailto:il-startup-finance+help@googlegroups.com>"),
            ("List-Archive", "<https://groups.google.com/group/il-startup-finance/>"),
            ("List-Subscribe", "<https://groups.google.com/group/il-startup-finance/subscribe>, <mailto:il-startup-finance+subscribe@googlegroups.com>"),
            ("List-Unsubscribe", f"<mailto:googlegroups-manage+802255183321+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/il-startup-finance/subscribe>")]


LFOOT = ("\n\n-- \nYou received this message because you are subscribed to the Google Groups \"IL Startup Finance\" group.\n"
         "To unsubscribe from this group and stop receiving emails from it, send an email to il-startup-finance+unsubscribe@googlegroups.com.\n"
         "To view this discussion visit https://groups.google.com/d/msgid/il-startup-finance/")


class LThread(Thread):
    def post(s, who, text, t, label=None, scen=None, **kw):
        if who is me:
            return s.add(me, text, t, to=[LIST], label=None, **kw)
        m = make_mid(who, "gweb", t)
        return s.add(who, text, t, to=[LIST], infra="gg", extra=list_hdrs(who, t), tail=LFOOT + m[1:-1].replace("@", "%40") + ".", label=label,
                     scen=scen, mid=m, **kw)


l1 = LThread("L1", amir, "[IL-SF] Reverse charge VAT on foreign SaaS - how do you book it?")
l1.post(amir, "Hi all,\n\nQuick one: for foreign SaaS invoices (AWS, Notion, etc.) - do you self-assess VAT on every invoice (חשבונית עצמית) or do "
        "your accountants do it in one monthly entry? Mine insists on per-invoice and it's killing us.", at(2024, 10, 22, 13, 10))
l1.post(noa, "We do one monthly summary entry per supplier; our auditors are fine with it as long as the backup ties to the card statement.", at(2024, 10, 22, 15, 2))
l1.post(me, "Same here - Azoulay Peretz book one self-invoice per month from the Ramp export. Saves hours.", at(2024, 10, 22, 16, 40))
l1.post(noa, "Sharing the template we use for the monthly reverse-charge summary (view only, make a copy):\n\n"
        "https://docs.google.com/spreadsheets/d/1Zr4Q8mV2bN6xK0pT3wE9yU5iO7aS1dF2gH4jL6kC8vB/edit?usp=sharing", at(2024, 10, 23, 9, 18), GH,
        scen=("G29", "mailing-list reply (Google Groups headers and footer) with a docs.google.com spreadsheet link"))
l1.post(amir, "Super helpful, thanks Noa and Tamar!", at(2024, 10, 23, 11, 45))

l2 = LThread("L2", ronit, "[IL-SF] Section 102 trustee - recommendations?")
l2.post(me, "Hi all,\n\nWe're adding employees to the option plan and our current 102 trustee is slow to respond. Who are you using and how "
        "are their fees?", at(2024, 12, 3, 10, 5))
l2.post(ronit, "Tamar, most of my clients use one of the two big trustees - both are fine, fees around ILS 4-6K a year for a company your size. "
        "The key is that they integrate with Carta for the grant data.", at(2024, 12, 3, 12, 30))
l2.post(amir, "+1 to Ronit. Also check the onboarding fee, that's where they differ.", at(2024, 12, 3, 14, 2))
l2.post(me, "Thanks both, very helpful.", at(2024, 12, 3, 15, 10))

l3 = LThread("L3", ronit, "[IL-SF] Negotiating FX spreads on USD conversions")
l3.post(ronit, "What spreads are people getting on USD->ILS conversions at the big banks? One of my clients is paying 0.6% and I think "
        "that's too much for their volume.", at(2025, 2, 18, 9, 40))
l3.post(noa, "We got to 0.15% after asking for a quote from a second bank. Volume was ~$2M/year.", at(2025, 2, 18, 11, 5))
l3.post(me, "Similar here - 0.2% at Leumi once we showed them a competing offer.", at(2025, 2, 18, 12, 20))
l3.post(ronit, "Thanks, that's what I needed to hear.", at(2025, 2, 18, 14, 55))

# ================================================================ SaaS notifications (context, a few labelled hard cases)
SLACK_LINES = ["#finance  Eitan Barak: can we move the AWS commitment to next quarter?", "#general  Ofir Dahan: release 2.14 is out 🚀",
               "#offsite  Gal Friedman: who's in for the kayak thing?", "#sales-northgate  Eitan Barak: Mark confirmed the Boston volumes",
               "#finance  Ofir Dahan: approved the Figma seat upgrade", "#random  Shir: lunch at the Sarona market today?",
               "#hiring  Ofir Dahan: 3 candidates for the mobile role this week", "#finance  Eitan Barak: board deck numbers look good"]
d = at(2024, 9, 3, 8, 0, UTC)
while d < at(2025, 6, 24, 0, 0, UTC):
    picks = R.sample(SLACK_LINES, 3)
    plain = (f"Hi Tamar,\n\nYou have {R.randint(4, 31)} unread messages in the Nivra workspace.\n\n" + "\n".join(picks)
             + "\n\nOpen Slack: https://nivra.slack.com/messages\n\nYou're receiving this because you have email notifications turned on. "
               "Change preferences: https://nivra.slack.com/account/notifications\n\nSlack Technologies, LLC, 500 Howard St, San Francisco, CA 94105")
    notice(slack, d, "[Slack] Notifications from the Nivra workspace", plain, card_html("slack", "#611f69", plain.split("\n")[:6], ("Open Slack", "https://nivra.slack.com/messages"),
                                                                                          "Slack Technologies, LLC"),
           extra=[("List-Unsubscribe", "<https://slack.com/account/notifications/unsubscribe?u=" + low(20) + ">"), ("Feedback-ID", "slack:notifications:" + hx(8))])
    d += datetime.timedelta(days=R.randint(7, 10), hours=R.randint(-3, 3))
# G11 Slack DM notification carrying a forwarded customer message with a link
plain = ("Eitan Barak sent you a direct message in Nivra:\n\n\"Forwarding from #sales-northgate - Mark's procurement wants the updated insurance "
         "certificate before renewal, their portal link: https://northgate-log.example/suppliers/onboarding/NIVRA-2291 . Can you upload it this week?\"\n\n"
         "Reply in Slack: https://nivra.slack.com/archives/D07KQ2V1XLM/p" + str(R.randint(10 ** 15, 10 ** 16)) + "\n\nYou're receiving this because you have "
         "email notifications turned on for direct messages.")
notice(slack, at(2025, 5, 20, 14, 12), "[Slack] New message from Eitan Barak", plain,
       card_html("slack", "#611f69", plain.split("\n")[:4], ("Reply in Slack", "https://nivra.slack.com/archives/D07KQ2V1XLM"), "Slack Technologies, LLC"),
       extra=[("Feedback-ID", "slack:dm:" + hx(8))], label=GH,
       scen=("G11", "Slack e-mail notification of a DM in which the CEO forwards a customer's supplier-portal link"))

GH_FOOT = "\n\n--\nYou are receiving this because you are an owner of the nivra-labs organization.\nManage your GitHub security alerts: https://github.com/nivra-labs/platform/security"
pk = ["axios", "path-to-regexp", "cross-spawn", "nanoid", "esbuild", "undici", "vite", "jsonwebtoken", "tar-fs", "form-data"]
d = at(2024, 9, 9, 7, 0, UTC)
gh_alert_mid = None
while d < at(2025, 6, 20, 0, 0, UTC):
    p = R.choice(pk); sev = R.choice(["moderate", "high", "low"])
    plain = (f"nivra-labs/platform\n\nDependabot found {R.randint(1, 4)} new vulnerable dependencies this week.\n\n{p} ({sev}) - fixed in a newer version; "
             f"Dependabot opened a pull request.\n\nReview alerts: https://github.com/nivra-labs/platform/security/dependabot" + GH_FOOT)
    notice(github, d, f"[nivra-labs/platform] Your Dependabot alerts for the week of {d:%b %-d}", plain,
           card_html("GitHub", "#1f883d", plain.split("\n")[:5], ("Review alerts", "https://github.com/nivra-labs/platform/security/dependabot"), "GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107"),
           extra=[("X-GitHub-Reason", "security_alert"), ("List-ID", "nivra-labs/platform <platform.nivra-labs.github.com>"), ("X-Auto-Response-Suppress", "All")],
           frm="GitHub <noreply@github.com>")
    d += datetime.timedelta(days=R.randint(18, 30))
plain = ("nivra-labs/platform\n\nCritical severity alert: tar-fs path traversal (CVE-2025-48387) in package-lock.json.\n\nDependabot cannot update tar-fs "
         "to a non-vulnerable version automatically because of a conflicting peer dependency. Review: https://github.com/nivra-labs/platform/security/dependabot/41" + GH_FOOT)
gh_alert_mid = notice(github, at(2025, 6, 3, 9, 14), "[nivra-labs/platform] Critical security alert: tar-fs", plain,
                      card_html("GitHub", "#cf222e", plain.split("\n")[:5], ("Review security update", "https://github.com/nivra-labs/platform/security/dependabot/41"), "GitHub, Inc."),
                      extra=[("X-GitHub-Reason", "security_alert"), ("List-ID", "nivra-labs/platform <platform.nivra-labs.github.com>"), ("X-Auto-Response-Suppress", "All")],
                      label=GH, scen=("G19", "real GitHub Dependabot critical alert notification (no reply headers, many github.com links)"))
fake_gh = Pt("GitHub Security", "security-advisories@gh-securitylab.example", "roundcube", "fake-gh")
emit(fake_gh, "roundcube", at(2025, 6, 5, 6, 33), [(me.name, me.email)], None, "Re: [nivra-labs/platform] Critical security alert: tar-fs",
     ["<nivra-labs/platform/security-alerts/41@github.com>", "<nivra-labs/platform/security-alerts/41/escalation@github.com>"],
     "Hi @tamar-nivra,\n\nThis is a follow-up to the critical alert below. Because the vulnerable package is used in a GitHub Actions workflow with "
     "write access, the GitHub Security Lab has temporarily restricted workflows in nivra-labs until an organization owner re-authorizes "
     "the Security Lab scanner. This takes under a minute:\n\nhttps://github.com/login/oauth/authorize?client_id=Ov23li" + alnum(14)
     + "&redirect_uri=https%3A%2F%2Fgh-securitylab.example%2Foauth%2Fcallback&scope=repo%2Cworkflow%2Cadmin%3Aorg%2Cdelete_repo&state=" + low(16)
     + "\n\nIf no owner re-authorizes within 24 hours, affected workflows will be disabled.\n\nThanks,\nGitHub Security Lab\n\n"
       "> nivra-labs/platform\n>\n> Critical severity alert: tar-fs path traversal in package-lock.json.\n> Action required by an organization owner: "
       "re-authorize scanning for affected workflows.\n>\n> Review: https://github.com/nivra-labs/platform/security/dependabot/41",
     label=HJ("fake-thread"), no_html=True,
     scen=("A9", "stranger 'Re: [..] Critical security alert' two days after a real Dependabot alert; fabricated quote; OAuth consent link on real github.com with an attacker app"))

# Ramp receipts and bill payments
vendors = [("Amazon Web Services", 2000, 9000), ("Google Workspace", 300, 500), ("Notion", 180, 260), ("Figma", 150, 450), ("Slack", 400, 600),
           ("Wolt for Work", 60, 300), ("El Al", 900, 2400), ("Zoom", 80, 120), ("GitHub", 210, 380), ("WeWork Sarona", 900, 1200)]
d = at(2024, 9, 6, 10, 0, UTC)
while d < at(2025, 6, 25, 0, 0, UTC):
    v, lo, hi = R.choice(vendors); amt = R.randint(lo, hi) + R.randint(0, 99) / 100
    who = R.choice(["Eitan Barak", "Ofir Dahan", "Gal Friedman", "Tamar Shani"])
    plain = (f"Receipt needed\n\n{who} spent ${amt:,.2f} at {v} on {d:%b %-d}. Add the receipt by replying to this email with the receipt "
             f"attached, or upload it in Ramp.\n\nView transaction: https://app.ramp.com/transactions/{ruuid()}\n\nRamp Business Corporation, 28 West 23rd Street, New York, NY 10010")
    notice(ramp, d, f"Receipt needed: ${amt:,.2f} at {v}", plain, card_html("ramp", "#1a1a1a", plain.split("\n")[:4], ("View transaction", "https://app.ramp.com/transactions"), "Ramp Business Corporation"),
           extra=[("Reply-To", f"receipts+{low(16)}@ramp.com"), ("Feedback-ID", "::1.us-east-1." + alnum(20) + "=:amazonses")])
    d += datetime.timedelta(days=R.randint(6, 13), hours=R.randint(0, 9))
# HiBob
people = ["Gal Friedman", "Shir Avrahami", "Omer Katz", "Maya Rosen", "Daniel Ohana", "Ofir Dahan"]
d = at(2024, 9, 20, 7, 30, UTC)
while d < at(2025, 6, 20, 0, 0, UTC):
    p = R.choice(people); n = R.randint(1, 5)
    plain = (f"Hi Tamar,\n\n{p} requested {n} day{'s' if n > 1 else ''} of holiday ({(d + datetime.timedelta(days=14)):%d/%m/%Y} - "
             f"{(d + datetime.timedelta(days=14 + n)):%d/%m/%Y}).\n\nReview the request: https://app.hibob.com/time-off/requests\n\nbob | HiBob Ltd.")
    notice(hibob, d, f"Time off request from {p}", plain, card_html("bob", "#e2336b", plain.split("\n")[:3], ("Review request", "https://app.hibob.com/time-off/requests"), "HiBob Ltd."),
           extra=[("Feedback-ID", "::1.eu-west-1." + alnum(20) + "=:amazonses")])
    d += datetime.timedelta(days=R.randint(16, 30))
# Newsletter
d = at(2024, 9, 5, 5, 30, UTC)
heads = ["Israeli tech raised $2.1B in the quarter", "The Innovation Authority's new grant track", "What Series A investors ask CFOs now",
         "Startups move payroll providers", "FX volatility and Israeli startups", "Section 102 reform proposal", "AI startups dominate Q1 rounds"]
while d < at(2025, 6, 25, 0, 0, UTC):
    h = R.choice(heads)
    plain = f"CTech Daily\n\n{h}\n\nRead more: https://ctech-news.example/articles/{low(10)}\n\nUnsubscribe: https://ctech-news.example/u/{low(24)}"
    notice(ctech, d, f"CTech Daily: {h}", plain, card_html("CTech", "#d0021b", [h], ("Read more", "https://ctech-news.example/"), "Unsubscribe"),
           extra=[("List-Unsubscribe", f"<https://ctech-news.example/u/{low(24)}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    d += datetime.timedelta(days=R.randint(9, 16))

# Loom / Figma / Notion / Calendly / DocuSign / Carta
notice(loom, at(2024, 11, 6, 18, 46), "Oleksandr Kovalenko shared a video with you: Priority export - manual re-run",
       "Oleksandr Kovalenko shared a video with you.\n\nPriority export - manual re-run (4 min)\nhttps://www.loom.com/share/4c1f2a9e8b7d4e6fa0b3c5d7e9f1a2b4\n\nLoom, Inc.",
       card_html("loom", "#625df5", ["Oleksandr Kovalenko shared a video with you.", "Priority export - manual re-run (4 min)"], ("Watch video", "https://www.loom.com/share/4c1f2a9e8b7d4e6fa0b3c5d7e9f1a2b4"), "Loom, Inc."))
for tt, txt in [(at(2025, 4, 3, 11, 2), "Eitan Barak commented on Nivra - Series A deck: \"@Tamar can we show burn multiple instead of burn?\""),
                (at(2025, 4, 9, 16, 40), "Iryna Melnyk mentioned you in Nivra - Series A deck: \"@Tamar the ARR chart now uses the March numbers - please check\"")]:
    lab = GH if "Iryna" in txt else None
    notice(figma, tt, "New comment in Nivra - Series A deck", txt + "\n\nView in Figma: https://www.figma.com/design/Qm7xK2pL9vR4tN8wE1sY3z/Nivra-Series-A-deck?node-id=12-408\n\nFigma, Inc.",
           card_html("Figma", "#0d99ff", [txt], ("View in Figma", "https://www.figma.com/design/Qm7xK2pL9vR4tN8wE1sY3z/Nivra-Series-A-deck"), "Figma, Inc."),
           label=lab, scen=("G20", "Figma comment notification in which the designer mentions Tamar") if lab else None)
for tt, txt in [(at(2024, 12, 9, 14, 20), "Eitan Barak mentioned you in Board Q4 2024"), (at(2025, 3, 12, 9, 5), "Ofir Dahan edited R&D budget 2025"),
                (at(2025, 5, 5, 17, 30), "Eitan Barak mentioned you in Series A - data room index")]:
    notice(notion, tt, txt, f"{txt}\n\nOpen in Notion: https://www.notion.so/nivra/{hx(32)}\n\nNotion Labs, Inc.",
           card_html("Notion", "#000000", [txt], ("Open in Notion", "https://www.notion.so/nivra/"), "Notion Labs, Inc."))
for tt, who_, when_, lab, sc in [(at(2024, 11, 5, 15, 11), "Mark Delaney", "Tuesday, November 12, 2024 17:00", GH,
                                  ("G4", "Calendly 'New Event' notification for a booking on Tamar's own page (stand-alone, calendly.com links)")),
                                 (at(2025, 2, 26, 16, 31), "Mark Delaney", "Thursday, March 6, 2025 17:00", None, None),
                                 (at(2025, 4, 24, 14, 2), "Ryan Okafor", "Monday, April 28, 2025 16:30", None, None)]:
    plain = (f"Hi Tamar Shani,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\nInvitee: {who_}\nEvent Date/Time: {when_} (Israel Time)\n"
             f"Location: Google Meet\n\nView event in Calendly: https://calendly.com/app/scheduled_events/user/me\nReschedule/cancel: https://calendly.com/reschedulings/{ruuid()}\n\nSent from Calendly")
    notice(calendly, tt, f"New Event: {who_} - {when_.split(' ', 1)[1][:-6]} - 30 Minute Meeting", plain,
           card_html("Calendly", "#006bff", plain.split("\n")[2:7], ("View event", "https://calendly.com/app/scheduled_events/user/me"), "Calendly LLC"),
           label=lab, scen=sc)
for tt, subj, txt, lab, sc in [(at(2025, 1, 27, 15, 21), "Complete with DocuSign: Nivra - Board resolution option pool & annual report 2025",
                                "Yael Mizrahi-Cohen sent you a document to review and sign.\n\nREVIEW DOCUMENT: https://na3.docusign.net/Signing/EmailStart.aspx?a=" + ruuid(),
                                GH, ("G5", "real DocuSign envelope notification sent on behalf of the law-firm partner (docusign.net)")),
                               (at(2025, 1, 28, 22, 5), "Completed: Nivra - Board resolution option pool & annual report 2025",
                                "All parties have completed Nivra - Board resolution option pool & annual report 2025.\n\nVIEW COMPLETED DOCUMENT: https://na3.docusign.net/Member/EmailStart.aspx?m=" + ruuid(), None, None)]:
    notice(docusign, tt, subj, txt + "\n\nDo Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.",
           card_html("Docusign", "#4c00ff", txt.split("\n")[:1], ("REVIEW DOCUMENT", txt.split(": ", 1)[1]), "Powered by Docusign"),
           frm="\"Yael Mizrahi-Cohen via Docusign\" <dse_NA3@docusign.net>", extra=[("Reply-To", "Yael Mizrahi-Cohen <yael.mc@shamirtal-law.example>")], label=lab, scen=sc)
for tt, subj, txt, lab, sc in [(at(2024, 10, 3, 17, 0), "Nivra Technologies: SAFE issued to Meridian Ridge Ventures Fund III", "A SAFE (SAFE-3) was recorded for Meridian Ridge Ventures Fund III.", None, None),
                               (at(2025, 1, 9, 16, 45), "Action required: 6 option grants ready for board approval",
                                "6 option grants for Nivra Technologies are ready for board approval. Review them in Carta before the board meeting.", GH,
                                ("G6", "real Carta notification: option grants awaiting approval (carta.com links)")),
                               (at(2025, 2, 20, 16, 10), "Your 409A valuation is complete", "The 409A valuation for Nivra Technologies is complete and ready to download.", None, None)]:
    notice(carta, tt, subj, txt + "\n\nView in Carta: https://app.carta.com/corporations/58114/\n\nCarta, Inc., 333 Bush St, San Francisco, CA 94104",
           card_html("carta", "#1b4ef5", [txt], ("View in Carta", "https://app.carta.com/corporations/58114/"), "Carta, Inc."), label=lab, scen=sc)

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
