#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-37.py OUT_DIR
#
# Probe mailbox "hannah": Hannah Kowalski CA, client manager at Moreton Ledger Partners, a small accounting and bookkeeping firm in
# Fortitude Valley, Brisbane (Australia/Brisbane, +1000, no daylight saving). The firm runs Microsoft 365 (Exchange Online, AU tenant);
# Hannah writes from Outlook for Windows. Inbound mail carries the firm's Exchange Online receiving headers (EOP frontend SY*PEPF*,
# Authentication-Results in EOP format, Received-SPF, X-Forefront-Antispam-Report with CIP/CTRY, X-MS-Exchange-Organization-*);
# her Sent copies carry EXO Message-IDs, Thread-Index and Word-generated HTML. September 2024 - July 2025, English (one NZ client
# writes with Māori greetings). Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and
# OUT_DIR/mailboxes/hannah/{INBOX,Sent}/N.eml numbered 1..n in arrival order across both folders (CRLF). Only test messages are
# labelled; the rest is context history. Deterministic (random.Random(37), no os.urandom, no network, standard library only).
# Attachments are inert but structurally real: PDF (incl. Standard-security encrypted PDFs and /URI link annotations), ZIP
# (incl. traditional-encryption flag), OOXML xlsx/xlsm (vbaProject.bin with an OLE header, random body), ISO 9660 image named .img,
# .lnk shell link, OneNote section header, SVG, iCalendar, HTML form (fictional action URL, no script), JPEG/Exif, PNG, CSV.
#
# Correspondents and their fixed fingerprints:
#   Graham Whitlock, owner-partner - same tenant, internal delivery (mapi hop, AuthAs Internal, no EOP), Outlook desktop; Outlook for
#     iOS from his phone ("Get Outlook for iOS").
#   Sofia Mendes, Paddington Grind cafe - gmail.com, Android Gmail app (dir="auto" HTML, "On Tue, 3 Sept 2024, 9:14 am Name, <addr>
#     wrote:"), DKIM d=gmail.com s=20230601, mail-*.google.com outbound, +1000, casual with emoji. Husband Luis Mendes: Gmail web.
#   Dave O'Connell, O'Connell Plumbing & Gas - bigpond.com, iPhone Mail (X-Mailer "iPhone Mail (<iOS build>)", build changes with iOS
#     updates), Apple-Mail boundaries, <UUID@bigpond.com>, submitted from "smtpclient.apple" on a Telstra mobile IP to
#     nsstlmtaNNp.bpe.bigpond.com, no DKIM (DMARC bestguesspass), evenings, "Sent from my iPhone".
#   Mei Lin Zhou (practice manager) and Dr Tom Hartigan (principal), Riverside Physio Co - own Microsoft 365 tenant (SY7P282MB*,
#     DKIM selector1, mail-sy4aus01on2NNN.outbound.protection.outlook.com), Outlook desktop, Word HTML; Mei sends PayStream payroll
#     PDFs encrypted and the password in a separate mail; Tom sometimes Outlook for iOS.
#   Brett Kettle, Kettle & Sons Building - outlook.com (AUSP300 mailbox SY4P300MB0915, mail-sy4aus01olkn2NNN, d=outlook.com),
#     Outlook for Android ("Get Outlook for Android"), short lower-case replies late in the evening, receipts as dropbox.com links.
#   Leanne Ashby, Ashby Bookkeeping (Brett's new external bookkeeper from Feb 2025) - own M365 tenant (ME3P282MB2207, no DMARC
#     record), Outlook for Mac (User-Agent Microsoft-MacOutlook/16.x, "Date: ... at 9:14 am" quote header).
#   Aroha Tane and Mitch Fairweather, Kōwhai Ridge Wines (Marlborough, NZ; Australian subsidiary's BAS and WET) - Google Workspace
#     (DKIM d=kowhairidge.example s=google + X-Google-DKIM-Signature), Gmail web, Pacific/Auckland (NZDT +1300 until 6 Apr 2025, then
#     NZST +1200), "Kia ora" / "Ngā mihi", Google Sheets links.
#   Kylie Nguyen, Bean Theory Roasters (the cafe's coffee supplier; Hannah pays the cafe's bills) - M365 (SY6P282MB1180, selector2),
#     Outlook desktop; monthly invoices and overdue reminders arrive via Xero (messaging-service@post.xero.example, SES relay,
#     Reply-To accounts@beantheory.example, "Invoice INV-nnnn.pdf" with Westpac BSB 034-002 / 417 720 and PayID).
#   Rebecca Lowe, Coastline Super (Sydney, AEDT/AEST) - M365 (SY5P282MB3349), Outlook desktop.
#   PayStream Payroll (Melbourne) - DeskRelay ticket system (Zendesk-style "##- Please type your reply above this line -##",
#     conversation history, Reply-To support+id48213@paystream.example, DKIM paystream.example + deskrelay.example).
#   Jarrah IT (the firm's IT provider) - TicketLoom ticket mail from support@jarrahit.example ("[Ticket #JIT-nnnnn]").
#   PracticeHub - the firm's practice-management portal (notifications@practicehub.example, SendGrid-style relay, Reply-To Hannah).
#   Notices and newsletters: ATO Online services for agents (no links, by design), Xero notifications, MYOB, Coastline Super (SFMC),
#     The Tax Institute "TaxVine" (Mailchimp, fortnightly), Xero Practice News, Australia Post.
#   BNE Practice Network - Google Groups list of local practitioners (Fiona Barker on Google Workspace, Raj Mehta on M365, Trent
#     Doyle on Gmail Android): From rewritten to "'Name' via BNE Practice Network", List-* headers, group footer.
#
# Threads: T1 cafe coffee machine / instant asset write-off (revived at tax time); T2 cafe 2024 returns + refunds; T25 cafe BAS approvals;
#   T3 plumber logbook + receipts; T4 plumber's bank change (Bendigo, verified by phone); T5 plumber 2025 records / new mobile;
#   T27 plumber BAS approvals; T6 physio monthly bookkeeping (encrypted PDFs); T7 Coastline Super returned contributions; T8 physio
#   contract physio / payroll; T28 physio BAS approvals; T18 PayStream ticket #48213; T9 builder BAS + Dropbox receipts; T11 builder ATO
#   payment plan; T10 builder's new bookkeeper; T29 builder March BAS; T26 bookkeeper TPAR + payment authority; T15 builder restructure
#   meeting with the partner; T16/T16c/T16d internal threads with the partner; O1 thread (salary sacrifice); T12 NZ winery BAS/WET;
#   T13 Bean Theory remittances (+ Xero invoices); T19 Jarrah IT ticket; L1-L5 list threads; PracticeHub, ATO, MYOB, Xero, super-fund,
#   newsletter and delivery notices; two fake threads.
#
# Hijacks (16):
#   A1  T13 server-hijack      supplier's real M365 mailbox (same headers, business hours): "updated invoice" PDF with the BSB changed, no link
#   A2  T2  account-takeover   cafe owner's Gmail via SMTP from Outlook 16 at a Lagos IP, Date +0100, 03:10: refund to a new BSB/account, "can't take calls"
#   A3  --  fake-thread        ATO look-alike "RE: ... Director Penalty Notice" with a fabricated quote of Hannah and her own Message-ID shape; PDF with pay link
#   A4  T6  server-hijack      physio practice manager's real M365 mailbox: "secure document" PDF on dropbox.com instead of the usual encrypted attachment
#   A5  T15 display-name-spoof partner's name from a gmail.com address: pay the lawyer's invoice today, bank details in the text (thread leaked via the builder)
#   A6  --  lookalike-domain   practice-portal look-alike replies to the real document request: "files quarantined, re-verify with password + MFA code" link
#   A7  T8  display-name-spoof clinic principal's name from outlook.com: "send me the 6-digit SMS code you're about to get"; no quote
#   A8  T3  server-hijack      plumber's real BigPond/iPhone account (same headers, evening): "receipts" as an .img (ISO 9660) holding a .pdf.lnk
#   A9  T12 server-hijack      NZ winery's real Google Workspace account at 03:22 NZ: .ics "meeting invite" with a Teams-style link on an unknown domain
#   A10 T9  account-takeover   builder's outlook.com via a bot (SMTP AUTH from a VPS, Python-style Message-ID): generic text, password zip with .pdf.lnk
#   A11 T10 account-takeover   the same generic text and password 7 minutes later in another thread (reply-all): password zip with a macro .xlsm
#   A12 T7  lookalike-domain   super fund manager at coastline-super (own M365 tenant, US region): long "new employer contributions account" for the exact amount
#   A13 --  fake-thread        "RE: Voice message from ..." stranger, unknown References, no quote: SVG voicemail linking to an unknown domain
#   A14 T26 account-takeover   bookkeeper's M365 via SMTP AUTH from a foreign VPS with PHPMailer (+0300, 06:30): "payment authority" e-signature HTML form
#   A15 T18 server-hijack      payroll provider's real ticket system (agent account misused): "bank change held 24h, call 1800 ..." callback lure
#   A16 T19 display-name-spoof IT provider's name from a hacked third-party mailbox (Exim, foreign IP): OneNote "Outlook security update", quotes the ticket
#
# Genuine hard cases (35):
#   G1  T4  plumber's real bank change: Bendigo Bank letter PDF after announcing it by phone     G2  T4  plumber confirms after Hannah's call-back
#   G3  --  Xero overdue reminder from the supplier (no reply headers, pay link)                  G4  --  another Xero overdue reminder (crossed with payment)
#   G5  T1  cafe owner revives an 8-month-old thread at tax time with a phone photo (JPEG)        G6  T10 new external bookkeeper's first mail from her own address
#   G7  T6  encrypted payroll PDF, password "to follow"                                            G8  T6  the separate password mail, 2 minutes later
#   G9  T2  client pastes the firm's own portal link back                                          G10 --  portal upload notification (In-Reply-To the request, button link)
#   G11 --  ATO notification about the builder's payment plan                                      G12 T6  Exchange "Automatic reply" out-of-office
#   G13 T18 payroll ticket reply with CSV attachment and help-centre link                          G14 L3  Google Groups reply (From rewritten) with a docs.google.com link
#   G15 --  partner forwards (FW:) the NZ accountant's mail with a PDF                              G16 T9  builder replies from Android at 22:47
#   G17 T9  builder's dropbox.com receipts link (his normal way)                                    G18 T12 NZ client's Google Sheets link
#   G19 T12 client's other director writes for the first time                                      G20 T6  practice manager sends from Outlook for iOS while her laptop is rebuilt
#   G21 T13 supplier queries a short payment, repeating her unchanged BSB and PayID                 G22 T16c partner: "approve it and make sure it's paid Friday"
#   G23 T16d partner replies from his iPhone at 23:10                                               G24 T19 IT provider's "install the Outlook update" with vendor link
#   G25 T6  client sends the zipped CSV exports Hannah asked for                                    G26 --  MYOB "company file shared with you" link
#   G27 T5  plumber announces a new mobile number (after his mailbox was abused)                     G28 T2  client's husband joins from his own Gmail with two PDFs
#   G29 T12 NZ client confirms a BPAY payment (biller code, reference, receipt)                     G30 --  the firm's portal e-mails Hannah a one-time sign-in code
#   G31 --  Xero: the new bookkeeper accepted the invitation                                        G32 --  super fund's genuine notice that its contribution payment channel changes
#   G33 T8  clinic principal's first reply from Outlook for iOS at 07:02                            G34 T9  outlook.com automatic holiday reply
#   G35 T13 supplier confirms after the call-back that her bank details did NOT change
# Genuine orphans: O1 partner copies Hannah into a thread the clinic principal started with him only (parent not in the mailbox);
#   O2 cafe owner replies to the portal's document request, which only went to her.
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply); several are the real senders' replies right after
# their accounts were abused (A1, A2, A4, A8, A9, A10, A12, A14, A15).
import base64, datetime, html as H, io, os, quopri, random, re, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

if len(sys.argv) != 2: raise SystemExit("usage: make-probe-corpus-37.py OUT_DIR")
root = sys.argv[1]
MB = "hannah"
for _f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(37)
BNE = ZoneInfo("Australia/Brisbane"); SYD = ZoneInfo("Australia/Sydney"); MEL = ZoneInfo("Australia/Melbourne")
AKL = ZoneInfo("Pacific/Auckland"); PAC = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc
LOS = datetime.timezone(datetime.timedelta(hours=1))      # attacker's machine (West Africa Time)
MSK = datetime.timezone(datetime.timedelta(hours=3))      # attacker's VPS


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=BNE): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def sec(n): return datetime.timedelta(seconds=n)


MON_AU = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
def h12(t): return (t.hour % 12) or 12
def ampm(t, up=True): return ("AM" if t.hour < 12 else "PM") if up else ("am" if t.hour < 12 else "pm")
def rfc_local(t, tz, pad=False):  # e.g. "Tue, 3 Sep 2024 09:14:05 +1000"
    t = t.astimezone(tz); d = f"{t.day:02d}" if pad else str(t.day)
    return f"{t:%a}, {d} {t:%b %Y %H:%M:%S %z}"
def rfcu(t, pad=False): return rfc_local(t, UTC, pad)
def pac(t): return t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)").replace(", 0", ", ")


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=BNE, mbx=None, ctry="AU"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.mbx, s.ctry = name, email, client, infra, sig, tz, mbx, ctry
        s.dom = email.split("@")[1]


OWN = "moretonledger.example"
TENANT = {OWN: ruuid()}
MY_MBX = "SY4P282MB3871"


def exo_build(t):
    table = [((2024, 9, 1), "7918.020"), ((2024, 10, 14), "8069.016"), ((2024, 11, 25), "8207.017"), ((2025, 1, 13), "8335.015"),
             ((2025, 2, 17), "8445.013"), ((2025, 3, 24), "8534.027"), ((2025, 4, 28), "8655.025"), ((2025, 6, 2), "8769.020"), ((2025, 7, 7), "8880.018")]
    b = table[0][1]
    for d, v in table:
        if t.astimezone(UTC).date() >= datetime.date(*d): b = v
    return b


def ios_build(t):
    table = [((2024, 9, 1), "21G93"), ((2024, 10, 30), "22B83"), ((2025, 1, 29), "22D63"), ((2025, 4, 2), "22E240"), ((2025, 5, 14), "22F76")]
    b = table[0][1]
    for d, v in table:
        if t.astimezone(UTC).date() >= datetime.date(*d): b = v
    return b


def mac_outlook(t):
    table = [((2024, 9, 1), "16.88.24081116"), ((2024, 10, 20), "16.90.24101712"), ((2025, 1, 20), "16.93.25011212"), ((2025, 4, 20), "16.96.25041326")]
    b = table[0][1]
    for d, v in table:
        if t.astimezone(UTC).date() >= datetime.date(*d): b = v
    return b


# ---------------------------------------------------------------- people
SIG_ME = ("\n\nKind regards,\n\nHannah Kowalski CA\nClient Manager | Moreton Ledger Partners\nLevel 3, 88 Brunswick Street, Fortitude Valley QLD 4006\n"
          "P (07) 5550 2146 | E hannah.kowalski@moretonledger.example\nLiability limited by a scheme approved under Professional Standards Legislation.")
me = Pt("Hannah Kowalski", f"hannah.kowalski@{OWN}", "olk", "own", SIG_ME, mbx=MY_MBX)
graham = Pt("Graham Whitlock", f"graham.whitlock@{OWN}", "olk", "internal",
            "\n\nGraham Whitlock CA\nPartner | Moreton Ledger Partners\nP (07) 5550 2140 | M 0491 570 156", mbx="SY4P282MB1642")
# clients
sofia = Pt("Sofia Mendes", "paddogrind.sofia@gmail.com", "gmail-android", "gmail",
           "\n\nCheers\nSofia\n--\nSofia Mendes | Paddington Grind\n212 Given Tce, Paddington | 0491 570 118")
luis = Pt("Luis Mendes", "luis.mendes.bne@gmail.com", "gmail-web", "gmail", "\n\nLuis")
dave = Pt("Dave O'Connell", "daveoconnell.plumbing@bigpond.com", "iphone", "bigpond", "\n\nDave\n\nSent from my iPhone")
mei = Pt("Mei Lin Zhou", "mei.zhou@riversidephysio.example", "olk", "exo-rpc",
         "\n\nKind regards,\nMei Lin Zhou\nPractice Manager\nRiverside Physio Co | 41 Coronation Drive, Milton QLD 4064\nP (07) 5550 3380 | riversidephysio.example",
         mbx="SY7P282MB5213")
tom = Pt("Tom Hartigan", "tom.hartigan@riversidephysio.example", "olk", "exo-rpc",
         "\n\nDr Tom Hartigan\nPrincipal Physiotherapist\nRiverside Physio Co", mbx="SY7P282MB0994")
brett = Pt("Brett Kettle", "brett.kettle@outlook.com", "olk-android", "outlookcom",
           "\n\nBrett Kettle\nKettle & Sons Building Pty Ltd | QBCC 1298734\n0491 570 133\n\nGet Outlook for Android", mbx="SY4P300MB0915")
leanne = Pt("Leanne Ashby", "leanne@ashbybooks.example", "olkmac", "exo-ashby",
            "\n\nLeanne Ashby\nAshby Bookkeeping | BAS Agent 25517034\nM 0491 570 147 | leanne@ashbybooks.example", mbx="ME3P282MB2207")
aroha = Pt("Aroha Tane", "aroha@kowhairidge.example", "gmail-web", "gws-kowhai",
           "\n\nNgā mihi,\nAroha\n\n--\nAroha Tane | Finance & Operations\nKōwhai Ridge Wines | Rapaura Road, Blenheim 7273, New Zealand\n+64 3 555 0192",
           tz=AKL, ctry="US")
mitch = Pt("Mitch Fairweather", "mitch@kowhairidge.example", "gmail-web", "gws-kowhai",
           "\n\nMitch Fairweather\nWinemaker / Director\nKōwhai Ridge Wines", tz=AKL, ctry="US")
# suppliers, service providers
kylie = Pt("Kylie Nguyen", "kylie@beantheory.example", "olk", "exo-bean",
           "\n\nThanks,\nKylie\n\nKylie Nguyen | Accounts\nBean Theory Roasters Pty Ltd\n14 Doggett Street, Newstead QLD 4006 | (07) 5550 7714", mbx="SY6P282MB1180")
rebecca = Pt("Rebecca Lowe", "rebecca.lowe@coastlinesuper.example", "olk", "exo-coast",
             "\n\nKind regards,\n\nRebecca Lowe\nEmployer Relationship Manager - QLD\nCoastline Super | Employer Services 1300 975 731\n"
             "Coastline Super Pty Ltd ABN 41 663 205 118 AFSL 514228, trustee of Coastline Superannuation Fund",
             tz=SYD, mbx="SY5P282MB3349")
paystream = Pt("Sam Ritchie (PayStream Support)", "support@paystream.example", "desk", "deskrelay", tz=MEL)
jarrah = Pt("Jarrah IT Service Desk", "support@jarrahit.example", "loom", "ticketloom")
hub = Pt("Moreton Ledger Partners (via PracticeHub)", "notifications@practicehub.example", "hub", "practicehub")
xero_bean = Pt("Bean Theory Roasters", "messaging-service@post.xero.example", "xero", "xero")
xero = Pt("Xero", "notifications@xero.example", "xeronote", "xero")
ato = Pt("Australian Taxation Office", "noreply@notifications.ato.example", "ato", "ato")
coast_news = Pt("Coastline Super", "employers@e.coastlinesuper.example", "sfmc", "sfmc", tz=SYD)
myob = Pt("MYOB", "no-reply@notifications.myob.example", "myob", "myob", tz=MEL)
taxvine = Pt("The Tax Institute", "taxvine@news.taxinstitute.example", "mc", "mc", tz=SYD)
xpn = Pt("Xero Practice News", "practice-news@xero.example", "xnews", "xnews")
auspost = Pt("Australia Post", "noreply@notifications.auspost.example", "auspost", "auspost", tz=MEL)
LIST = "bne-practice-network@googlegroups.com"
fiona = Pt("Fiona Barker", "fiona@barkerbookkeeping.example", "gmail-web", "gws-barker")
raj = Pt("Raj Mehta", "raj.mehta@mehtapartners.example", "olk", "exo-mehta", mbx="SY6P282MB4410")
trent = Pt("Trent Doyle", "trentdoyle.tax@gmail.com", "gmail-android", "gmail")

EXO_TENANTS = {"riversidephysio.example": ("selector1", "sy4aus01on2", "40.107.108."), "beantheory.example": ("selector2", "me3aus01on2", "40.107.109."),
               "coastlinesuper.example": ("selector1", "sy4aus01on2", "40.107.108."), "ashbybooks.example": ("selector1", "me3aus01on2", "40.107.109."),
               "mehtapartners.example": ("selector1", "sy4aus01on2", "40.107.108."),
               "coastline-super.example": ("selector1", "bn8nam12on2", "40.107.237.")}
for _d in EXO_TENANTS: TENANT[_d] = ruuid()
EOP_PREF = {}  # per message


# ---------------------------------------------------------------- transport: sender side + the firm's Exchange Online receiving side
def gmail_host():
    return (f"mail-{R.choice(('pl1', 'pj1', 'ej1', 'wm1', 'qt1', 'yb1', 'oi1', 'vk1', 'pf1'))}-f{R.randint(41, 199)}.google.com",
            f"209.85.{R.choice((128, 160, 167, 208, 210, 214, 216, 218, 219, 222))}.{R.randint(10, 250)}")


def gsig(d, s, t, hlist):
    ts = int(t.timestamp())
    return [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={ts}; x={ts + 604800}; darn={OWN};\n"
                               f"        h={hlist};\n        bh={b64(32)};\n        b={b64(48)}\n         {b64(48)}\n         {b64(48)}\n         {b64(36)}"),
            ("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={ts}; x={ts + 604800};\n"
                                        f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
                                        f"        bh={b64(32)};\n        b={b64(48)}\n         {b64(48)}\n         {b64(24)}"),
            ("X-Gm-Message-State", "AOJu0Y" + alnum(40) + "\n\t" + alnum(48)),
            ("X-Gm-Gg", "ASbGnc" + alnum(60) + "\n\t" + alnum(60)),
            ("X-Google-Smtp-Source", "AGHT+I" + alnum(66) + "=="),
            ("X-Received", f"by 2002:a17:90b:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id\n {alnum(20).lower()}.{R.randint(10, 99)}.{ts}{R.randint(100, 999)};\n        {pac(t)}")]


def exo_sigs(d, s, t, region="mx.microsoft.com"):
    return [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(120)}"),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
                                      f" bh={b64(32)};\n b={b64(120)}"),
            ("ARC-Authentication-Results", f"i=1; {region} 1; spf=pass\n smtp.mailfrom={d}; dmarc=pass action=none\n header.from={d}; dkim=pass header.d={d}; arc=none"),
            ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s={s};\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                               f" bh={b64(32)};\n b={b64(120)}")]


def mapi_hop(mbx, ns, t):
    return ("Received", f"from {mbx}.{ns}.PROD.OUTLOOK.COM\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {mbx}.{ns}.PROD.OUTLOOK.COM\n"
                        f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id 15.20.{exo_build(t)}; {rfcu(t)}")


def simple_sig(d, s, t, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; h={h};\n\tbh={b64(32)};\n\tb={b64(96)}\n\t {b64(72)}")


def sender_side(who, infra, client, t, xip=None):
    """returns (hops+signatures top-first, helo, ip, envelope sender, spf domain, dkim domain or None, dmarc, ctry)"""
    env = who.email; ctry = who.ctry; b = exo_build(t)
    if infra in ("gmail", "gws-kowhai", "gws-barker", "gmail-smtp"):
        helo, ip = gmail_host()
        d, s = ("gmail.com", "20230601") if infra in ("gmail", "gmail-smtp") else (who.dom, "google")
        hops = []
        if infra == "gmail-smtp":
            hops.append(("Received", f"from {xip[1]} ([{xip[0]}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.astimezone(PAC):%Y.%m.%d.%H.%M.%S}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {pac(t)}"))
        else:
            hops.append(("Received", f"by {helo} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}{alnum(2).lower()}.{R.randint(1, 3)}\n        for <{me.email}>; {pac(t)}"))
        hops += gsig(d, s, t, "to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to")
        dm = "pass" if infra != "gws-barker" else "pass"
        return hops, helo, ip, env, who.dom, d, dm, "US"
    if infra == "bigpond":
        n = R.choice((28, 31, 34)); helo = f"nsstlmta{n}p.bpe.bigpond.com"; ip = f"203.38.21.{n}"
        cip = xip or f"1.{R.randint(128, 159)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
        hops = [("Received", f"from smtpclient.apple ([{cip}])\n\tby {helo} with ESMTPA\n\tid {alnum(10)}{R.randint(1000000, 9999999)}; {rfc_local(t + sec(1), BNE)}"),
                ("X-SOURCE-IP", cip), ("X-CM-Envelope", f"MS4xfG{alnum(64)}"), ("X-CM-Analysis", f"v=2.4 cv={alnum(8)} c=1 sm=1 tr=0 ts={hx(8)}\n a={alnum(22)}:117 a={alnum(22)}:17")]
        return hops, helo, ip, env, "bigpond.com", None, "bestguesspass", "AU"
    if infra.startswith("exo-") and infra not in ("exo-ashby-smtp",):
        d = who.dom; s, pref, net = EXO_TENANTS[d]
        n = R.randint(10, 199); helo = f"mail-{pref}{n:03d}.outbound.protection.outlook.com"; ip = f"{net}{n}"
        ns = "NAMPRD17" if d == "coastline-super.example" else "AUSP282"
        mbx = who.mbx
        hops = [("Received", f"from {mbx}.{ns}.PROD.OUTLOOK.COM ({'2603:10b6:510' if ns.startswith('NAM') else '2603:10c6:10'}:{hx(3)}::{hx(2)}) by\n {mbx[:-4]}{R.randint(1000, 9999)}.{ns}.PROD.OUTLOOK.COM with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{b}; {rfcu(t + sec(1))}"),
                mapi_hop(mbx, ns, t)] + exo_sigs(d, s, t)
        dm = "bestguesspass" if d in ("ashbybooks.example", "coastline-super.example") else "pass"
        return hops, helo, ip, env, d, d, dm, ("US" if ns.startswith("NAM") else "AU")
    if infra == "exo-ashby-smtp":
        d = who.dom; s, pref, net = EXO_TENANTS[d]
        n = R.randint(10, 199); helo = f"mail-{pref}{n:03d}.outbound.protection.outlook.com"; ip = f"{net}{n}"
        ca = f"SY5P282CA0{R.randint(100, 199)}"
        hops = [("Received", f"from {ca}.AUSP282.PROD.OUTLOOK.COM (2603:10c6:10:{hx(3)}::{hx(2)}) by\n {who.mbx}.AUSP282.PROD.OUTLOOK.COM (2603:10c6:220:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{b}; {rfcu(t + sec(1))}"),
                ("Received", f"from [{xip[1]}] ({xip[0]}) by\n {ca}.outlook.office365.com (2603:10c6:10:{hx(3)}::{hx(2)}) with Microsoft SMTP Server\n"
                             f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{b} via Frontend Transport; {rfcu(t)}")] + exo_sigs(d, s, t)
        return hops, helo, ip, env, d, d, "bestguesspass", "AU"
    if infra in ("outlookcom", "outlookcom-bot"):
        n = R.randint(100, 199); helo = f"mail-sy4aus01olkn2{n}.outbound.protection.outlook.com"; ip = f"40.92.62.{n}"
        mbx = who.mbx or f"ME3P300MB{R.randint(1000, 9999)}"
        hops = [("Received", f"from {mbx}.AUSP300.PROD.OUTLOOK.COM (2603:10c6:220:{hx(3)}::{hx(2)}) by\n {mbx[:-4]}{R.randint(1000, 9999)}.AUSP300.PROD.OUTLOOK.COM with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{b}; {rfcu(t + sec(1))}")]
        if infra == "outlookcom-bot":
            ca = f"SY5P300CA00{R.randint(10, 99)}"
            hops += [("Received", f"from {ca}.AUSP300.PROD.OUTLOOK.COM (2603:10c6:10:{hx(3)}::{hx(2)}) by\n {mbx}.AUSP300.PROD.OUTLOOK.COM (2603:10c6:220:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                  f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{b}; {rfcu(t)}"),
                     ("Received", f"from {xip[1]} ({xip[0]}) by {ca}.outlook.office365.com\n (2603:10c6:10:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                  f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{b} via Frontend Transport; {rfcu(t)}")]
        else:
            hops.append(mapi_hop(mbx, "AUSP300", t))
        hops += exo_sigs("outlook.com", "selector1", t)
        return hops, helo, ip, env, "outlook.com", "outlook.com", "pass", "AU"
    if infra == "deskrelay":
        n = R.randint(10, 60); helo = f"o{n}.outbound.deskrelay.example"; ip = f"192.161.147.{n}"
        env = f"bounces+{alnum(10).lower()}-{hx(6)}={me.email.replace('@', '=')}@deskrelay.example"
        hops = [("Received", f"from paystream.deskrelay.example (unknown [10.218.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby {helo} (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfcu(t, True)}"),
                simple_sig("paystream.example", "dr1", t), simple_sig("deskrelay.example", "dr2024", t)]
        return hops, helo, ip, env, "deskrelay.example", "paystream.example", "pass", "US"
    if infra == "ticketloom":
        helo = "mta2.ticketloom.example"; ip = f"103.224.182.{R.randint(20, 30)}"
        env = f"bounce-{hx(12)}@mail.ticketloom.example"
        hops = [("Received", f"from app04.ticketloom.internal (app04.ticketloom.internal [10.40.2.14])\n\tby {helo} (Postfix) with ESMTP id {HX(11)}\n\tfor <{me.email}>; {rfc_local(t + sec(1), BNE)}"),
                simple_sig("jarrahit.example", "tl1", t)]
        return hops, helo, ip, env, "mail.ticketloom.example", "jarrahit.example", "pass", "AU"
    if infra == "practicehub":
        n = R.randint(1, 9); helo = f"o{n}.mail.practicehub.example"; ip = f"149.72.{R.randint(120, 180)}.{R.randint(1, 250)}"
        env = f"bounces+{R.randint(1000000, 9999999)}-{hx(4)}-{me.email.replace('@', '=')}@em4921.practicehub.example"
        hops = [("Received", f"by filterdrecv-{hx(10)}-{alnum(5).lower()} with SMTP id filterdrecv-{hx(10)}-{alnum(5).lower()}-1-{HX(8)}-{R.randint(10, 99)}\n        {t.astimezone(UTC):%Y-%m-%d %H:%M:%S.}{R.randint(100000000, 999999999)} +0000 UTC m=+{R.randint(1000, 99999)}.{R.randint(100000000, 999999999)}"),
                simple_sig("practicehub.example", "s1", t, "from:reply-to:subject:mime-version:content-type:to:cc:cc:content-type:from:subject:to")]
        return hops, helo, ip, env, "em4921.practicehub.example", "practicehub.example", "pass", "US"
    if infra in ("xero", "xnews"):
        helo = f"a{R.randint(10, 99)}-{R.randint(100, 250)}.smtp-out.ap-southeast-2.amazonses.example"; ip = f"54.240.{R.randint(64, 127)}.{R.randint(1, 250)}"
        env = f"0108{hx(14)}-{ruuid()}-000000@ap-southeast-2.amazonses.example"
        dd = "post.xero.example" if who is xero_bean else "xero.example"
        hops = [simple_sig(dd, "xr2023", t), simple_sig("amazonses.example", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", t)]
        return hops, helo, ip, env, "ap-southeast-2.amazonses.example", dd, "pass", "AU"
    if infra == "ato":
        helo = "smtp2.notifications.ato.example"; ip = f"164.97.246.{R.randint(10, 20)}"
        hops = [("Received", f"from osfa-notify-prd-02 ([10.12.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby {helo} with ESMTP id {alnum(12)}; {rfc_local(t + sec(1), BNE)}"),
                simple_sig("notifications.ato.example", "ato2024", t)]
        return hops, helo, ip, env, "notifications.ato.example", "notifications.ato.example", "pass", "AU"
    if infra == "sfmc":
        helo = f"mta{R.randint(100, 180)}.e.coastlinesuper.example"; ip = f"13.111.{R.randint(10, 60)}.{R.randint(1, 250)}"
        env = f"bounce-{R.randint(100, 999)}_HTML-{R.randint(10**8, 10**9)}-{R.randint(100000, 999999)}-{R.randint(1000000, 9999999)}-{R.randint(10, 99)}@bounce.e.coastlinesuper.example"
        return [simple_sig("e.coastlinesuper.example", "200608", t)], helo, ip, env, "bounce.e.coastlinesuper.example", "e.coastlinesuper.example", "pass", "US"
    if infra == "myob":
        helo = f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.notifications.myob.example"; ip = f"167.89.{R.randint(1, 250)}.{R.randint(1, 250)}"
        env = f"bounces+{R.randint(1000000, 9999999)}-{hx(4)}@em.notifications.myob.example"
        return [simple_sig("notifications.myob.example", "s1", t)], helo, ip, env, "em.notifications.myob.example", "notifications.myob.example", "pass", "US"
    if infra == "mc":
        n = R.randint(100, 240); helo = f"mail{n}.suw{R.randint(11, 19)}.mcdlv.example"; ip = f"198.2.{R.randint(128, 191)}.{n}"
        env = f"bounce-mc.us{R.randint(1, 21)}_{R.randint(10**7, 10**8)}.{R.randint(10**6, 10**7)}-{me.email.replace('@', '=')}@mail{n}.suw{R.randint(11, 19)}.mcdlv.example"
        return [simple_sig("news.taxinstitute.example", "k2", t), simple_sig("mcdlv.example", "k3", t)], helo, ip, env, "mcdlv.example", "news.taxinstitute.example", "pass", "US"
    if infra == "auspost":
        helo = f"smtp{R.randint(1, 4)}.notifications.auspost.example"; ip = f"203.8.{R.randint(1, 250)}.{R.randint(1, 250)}"
        return [simple_sig("notifications.auspost.example", "ap1", t)], helo, ip, env, "notifications.auspost.example", "notifications.auspost.example", "pass", "AU"
    if infra == "ggroups":
        helo, ip = gmail_host()
        env = f"{LIST.split('@')[0]}+bncBD{alnum(30)}@googlegroups.com"
        hops = [("Received", f"by {helo} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}.{R.randint(1, 3)}\n        for <{me.email}>; {pac(t + sec(2))}"),
                ("ARC-Seal", f"i=2; a=rsa-sha256; t={int(t.timestamp())}; cv=pass;\n        d=google.com; s=arc-20240605;\n        b={b64(96)}"),
                ("ARC-Message-Signature", f"i=2; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=list-unsubscribe:list-subscribe:list-archive:list-help:list-post\n         :list-id:mailing-list:precedence:reply-to:x-original-authentication-results\n         :x-original-sender:mime-version:subject:message-id:to:from:date:sender;\n        bh={b64(32)};\n        fh={b64(32)};\n        b={b64(96)}"),
                ("ARC-Authentication-Results", f"i=2; mx.google.com;\n       spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env};\n       dkim=pass header.i=@googlegroups.com"),
                ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=googlegroups.com; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800}; darn={OWN};\n"
                                   f"        h=list-unsubscribe:list-subscribe:list-archive:list-help:list-post\n         :list-id:mailing-list:precedence:reply-to:x-original-authentication-results\n         :x-original-sender:mime-version:subject:message-id:to:from:date:sender\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh={b64(32)};\n        b={b64(96)}")]
        return hops, helo, ip, env, "googlegroups.com", "googlegroups.com", "pass", "US"
    # ---- attacker infrastructure
    if infra == "look-hub":
        helo = "mail.practicehub-notify.example"; ip = f"45.86.{R.randint(160, 170)}.{R.randint(2, 250)}"
        hops = [("Received", f"from [127.0.0.1] (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {rfc_local(t, UTC)}"),
                simple_sig("practicehub-notify.example", "default", t)]
        return hops, helo, ip, env, "practicehub-notify.example", "practicehub-notify.example", "bestguesspass", "NL"
    if infra == "fake-ato":
        helo = "mx01.ato-gov-au.example"; ip = f"91.215.{R.randint(152, 155)}.{R.randint(2, 250)}"
        hops = [("Received", f"from webmail.ato-gov-au.example (unknown [{ip}])\n\tby {helo} (Postfix) with ESMTPA id {HX(10)}\n\tfor <{me.email}>; {rfc_local(t, MSK)}"),
                simple_sig("ato-gov-au.example", "mail", t)]
        return hops, helo, ip, env, "ato-gov-au.example", "ato-gov-au.example", "bestguesspass", "LT"
    if infra == "fake-vm":
        helo = "relay.vm-cloudrelay.example"; ip = f"172.86.{R.randint(64, 127)}.{R.randint(2, 250)}"
        hops = [("Received", f"from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc_local(t, UTC)}"),
                simple_sig("vm-cloudrelay.example", "s1", t)]
        return hops, helo, ip, env, "vm-cloudrelay.example", "vm-cloudrelay.example", "bestguesspass", "US"
    if infra == "hacked-ridgeway":
        helo = "cp-syd4.hostingcloud.example"; ip = f"103.27.{R.randint(32, 35)}.{R.randint(2, 250)}"
        hops = [("Received", f"from [{xip}] (port={R.randint(50000, 65000)} helo=[127.0.0.1])\n\tby {helo} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
                             f"\t(Exim 4.98)\n\t(envelope-from <{env}>)\n\tid 1u{alnum(4)}-0000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc_local(t, BNE)}"),
                simple_sig("ridgewaymotors.example", "default", t)]
        return hops, helo, ip, env, "ridgewaymotors.example", "ridgewaymotors.example", "bestguesspass", "AU"
    raise ValueError(infra)


def exo_receive(who, infra, client, t, xip=None, bcl=0, lang="en"):
    """headers added by the firm's Exchange Online tenant on delivery, plus the sender-side headers (top part) and the
    organisation headers that Exchange appends after the message's own header fields (bottom part)"""
    hops, helo, ip, env, mf, dk, dm, ctry = sender_side(who, infra, client, t, xip)
    b = exo_build(t); t0 = t + sec(R.randint(2, 9))
    eop = f"SY{R.choice('12')}PEPF0000{HX(4)}"; ca = f"SY5P282CA0{R.randint(100, 199)}"
    fromdom = who.email.split("@")[1] if infra != "ggroups" else "googlegroups.com"
    auth = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mf}; " + (f"dkim=pass (signature was verified)\n header.d={dk};" if dk else "dkim=none (message not signed)\n header.d=none;")
            + f"dmarc={dm} action=none\n header.from={fromdom};compauth=pass reason={'109' if dm == 'bestguesspass' else '100'}")
    top = [("Received", f"from {ca}.AUSP282.PROD.OUTLOOK.COM (2603:10c6:10:{hx(3)}::{hx(2)}) by\n {MY_MBX}.AUSP282.PROD.OUTLOOK.COM (2603:10c6:220:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{b}; {rfcu(t0 + sec(1))}"),
           ("Received", f"from {eop}.ausprd01.prod.outlook.com\n (2603:10c6:10:{hx(3)}:cafe::{hx(2)}) by {ca}.outlook.office365.com\n (2603:10c6:10:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                        f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{b} via Frontend Transport; {rfcu(t0 + sec(1))}"),
           ("Authentication-Results", auth),
           ("Received-SPF", f"Pass (protection.outlook.com: domain of {mf}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"),
           ("Received", f"from {helo} ({ip}) by\n {eop}.mail.protection.outlook.com (10.167.{R.randint(240, 255)}.{R.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                        f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{b} via Frontend Transport; {rfcu(t0)}")]
    nid = ruuid()
    sfs = "".join(f"({R.choice(('13230040', '82310400026', '1800799024', '36860700013', '376014', '4022899009', '8096899003', '69100299015'))})" for _ in range(R.randint(4, 7)))
    bottom = [("Return-Path", env), ("X-MS-Exchange-Organization-ExpirationStartTime", f"{t0.astimezone(UTC):%d %b %Y %H:%M:%S.}{R.randint(1000, 9999)} (UTC)"),
              ("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"), ("X-MS-Exchange-Organization-ExpirationInterval", "1:00:00:00.0000000"),
              ("X-MS-Exchange-Organization-Network-Message-Id", nid), ("X-EOPAttributedMessage", "0"), ("X-EOPTenantAttributedMessage", f"{TENANT[OWN]}:0"),
              ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"), ("X-MS-PublicTrafficType", "Email"),
              ("X-MS-Exchange-Organization-AuthSource", f"{eop}.ausprd01.prod.outlook.com"), ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
              ("X-MS-Office365-Filtering-Correlation-Id", nid), ("X-MS-Exchange-Organization-SCL", "1"),
              ("X-Microsoft-Antispam", f"BCL:{bcl};ARA:13230040|{R.randint(1000000, 9999999)}|{R.randint(100000, 999999)}|{R.randint(1000000, 9999999)};"),
              ("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:1;SRV:{'BULK' if bcl >= 4 else ''};IPV:NLI;SFV:NSPM;H:{helo};PTR:{helo};CAT:{'BULK' if bcl >= 4 else 'NONE'};SFS:{sfs};DIR:INB;"),
              ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", f"{t0.astimezone(UTC):%d %b %Y %H:%M:%S.}{R.randint(1000, 9999)} (UTC)"),
              ("X-MS-Exchange-CrossTenant-Network-Message-Id", nid), ("X-MS-Exchange-CrossTenant-Id", TENANT[OWN]),
              ("X-MS-Exchange-CrossTenant-AuthSource", f"{eop}.ausprd01.prod.outlook.com"), ("X-MS-Exchange-CrossTenant-AuthAs", "Anonymous"),
              ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Internet"), ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", MY_MBX),
              ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:{R.randint(1, 9):02d}.{R.randint(1000000, 9999999)}"), ("X-MS-Exchange-Processed-By-BccFoldering", f"15.20.{b}"),
              ("X-Microsoft-Antispam-Mailbox-Delivery", "ucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);"),
              ("X-Microsoft-Antispam-Message-Info", b64(300))]
    return top + hops, bottom


def internal_receive(who, t):
    b = exo_build(t)
    top = [("Received", f"from {who.mbx}.AUSP282.PROD.OUTLOOK.COM (2603:10c6:220:{hx(3)}::{hx(2)}) by\n {MY_MBX}.AUSP282.PROD.OUTLOOK.COM (2603:10c6:220:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{b}; {rfcu(t + sec(1))}"),
           mapi_hop(who.mbx, "AUSP282", t)]
    nid = ruuid()
    bottom = [("Return-Path", who.email), ("X-MS-Exchange-Organization-Network-Message-Id", nid), ("X-MS-Exchange-Organization-AuthSource", f"{who.mbx}.AUSP282.PROD.OUTLOOK.COM"),
              ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04"),
              ("X-MS-Exchange-Organization-MessageDirectionality", "Originating"), ("X-MS-Exchange-Organization-SCL", "-1"),
              ("X-MS-PublicTrafficType", "Email"), ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:00.{R.randint(1000000, 9999999)}"),
              ("X-MS-Exchange-Processed-By-BccFoldering", f"15.20.{b}")]
    return top, bottom


# ---------------------------------------------------------------- Message-IDs, client header sets, MIME
OLK = ("olk", "olkmac", "olk-ios", "olk-android")
GM = ("gmail-android", "gmail-web")
MID_ALPH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-"


def ns_of(who):
    if who.dom == "outlook.com": return "AUSP300"
    if who.dom == "coastline-super.example": return "NAMPRD17"
    return "AUSP282"


def make_mid(who, client, t):
    if client in OLK:
        return f"<{who.mbx}{HX(20)}@{who.mbx}.{ns_of(who)}.PROD.OUTLOOK.COM>"
    if client in GM: return "<CA" + "".join(R.choice(MID_ALPH) for _ in range(R.choice((50, 53, 55, 57)))) + "@mail.gmail.com>"
    if client == "iphone": return f"<{ruuid().upper()}@{who.dom}>"
    if client == "outlook16": return f"<{R.randint(1, 80):04x}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "bot": return f"<{int(t.timestamp() * 100)}.{R.randint(1000, 65000)}.{R.randint(10**18, 10**19 - 1)}@vps-3f2a1c>"
    if client == "phpmailer": return f"<{alnum(32)}@{who.dom}>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "desk": return f"<{alnum(12).upper()}_{hx(13)}_dr@deskrelay.example>"
    if client == "loom": return f"<ticket.{hx(8)}.{int(t.timestamp())}@jarrahit.ticketloom.example>"
    if client == "hub": return f"<{alnum(22)}@ismtpd0{R.randint(1, 9)}p1syd1.practicehub.example>"
    if client == "hublook": return f"<{alnum(22)}@practicehub-notify.example>"
    if client in ("xero", "xeronote"): return f"<{ruuid()}@{'post.xero.example' if client == 'xero' else 'xero.example'}>"
    if client == "ato": return f"<{ruuid()}@notifications.ato.example>"
    if client == "sfmc": return f"<{ruuid()}@ind1s06mta{R.randint(1000, 1999)}.xt.local>"
    if client == "myob": return f"<{alnum(22)}@ismtpd{R.randint(10, 99)}.notifications.myob.example>"
    if client == "mc": return f"<{hx(20)}.{hx(12)}@mail{R.randint(100, 240)}.suw{R.randint(11, 19)}.mcdlv.example>"
    if client == "xnews": return f"<{R.randint(100, 999)}.{R.randint(10**8, 10**9)}.{int(t.timestamp())}@mkto.xero.example>"
    if client == "auspost": return f"<{ruuid()}@notifications.auspost.example>"
    if client == "vm": return f"<{hx(32)}@vm-cloudrelay.example>"
    if client == "emotet": return f"<{R.randint(1, 80):04x}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    raise ValueError(client)


def enc_h(v):
    if v.isascii(): return v
    words, cur = [], ""
    for ch in v:
        if len((cur + ch).encode()) > 42: words.append(cur); cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


def addr(n, e):
    if not n: return e
    if not n.isascii(): return f"{enc_h(n)} <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,()@&;:") else f"{n} <{e}>"


def filetime(t): return int((t.timestamp() + 11644473600) * 10**7)


def qp(text): return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64body(data): return base64.encodebytes(data).decode().rstrip("\n")


def olk_boundary(m, kind): return f"_{kind}_" + m[1:].split("@")[0] + ns_of_mid(m) + "_"
def ns_of_mid(m): return {"AUSP282": "AUSP", "AUSP300": "AUSP", "NAMPRD17": "NAMP"}.get(m.split(".")[1] if "." in m else "", "")


def textpart(client, ctype, text):
    asc = text.isascii(); longest = max(len(x) for x in text.split("\n")) if text else 0
    if client in OLK or client in ("outlook16", "emotet"):
        cs = "us-ascii" if asc else "utf-8"
        return [f'Content-Type: {ctype}; charset="{cs}"', "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client in GM:
        if asc and longest <= 76: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
        return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client == "iphone":
        if asc and longest <= 76: return [f"Content-Type: {ctype};\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client == "bot":
        return [f'Content-Type: {ctype}; charset="utf-8"', "MIME-Version: 1.0", "Content-Transfer-Encoding: 7bit", "", text]
    if client == "phpmailer":
        return [f"Content-Type: {ctype}; charset=us-ascii", "Content-Transfer-Encoding: 7bit" if longest < 990 else "Content-Transfer-Encoding: quoted-printable", "",
                text if longest < 990 else qp(text)]
    if client == "roundcube":
        return [f"Content-Type: {ctype}; charset={'US-ASCII' if asc else 'UTF-8'};\n format=flowed", "Content-Transfer-Encoding: 7bit" if asc else "Content-Transfer-Encoding: 8bit", "", text]
    if client in ("xero", "xeronote", "xnews", "sfmc", "hublook", "vm", "auspost"):
        return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client in ("mc", "myob", "hub"):
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client in ("desk", "loom", "ato"):
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text]


def attpart(client, name, data, ctype, t):
    if client in OLK or client in ("outlook16", "emotet"):
        gm = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        return [f'Content-Type: {ctype}; name="{name}"', f"Content-Description: {name}",
                f'Content-Disposition: attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{gm}";\n\tmodification-date="{gm}"',
                "Content-Transfer-Encoding: base64", "", b64body(data)]
    if client in GM:
        aid = alnum(9).lower()
        return [f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                f"Content-ID: <f_{aid}0>", f"X-Attachment-Id: f_{aid}0", "", b64body(data)]
    if client == "iphone":
        return [f"Content-Disposition: attachment;\n\tfilename={name}", f'Content-Type: {ctype};\n\tx-unix-mode=0644;\n\tname="{name}"', "Content-Transfer-Encoding: base64", "", b64body(data)]
    if client == "bot":
        return [f"Content-Type: {ctype}", "MIME-Version: 1.0", "Content-Transfer-Encoding: base64", f'Content-Disposition: attachment; filename="{name}"', "", b64body(data)]
    if client == "phpmailer":
        return [f"Content-Type: {ctype}; name={name}", "Content-Transfer-Encoding: base64", f"Content-Disposition: attachment; filename={name}", "", b64body(data)]
    return [f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64", "", b64body(data)]


def boundary(client, m, kind, t):
    if client in OLK: return olk_boundary(m, {"alt": "000", "mix": "004"}[kind])
    if client in GM: return "0000000000" + hx(18)
    if client == "iphone": return "Apple-Mail-" + ruuid().upper()
    if client in ("outlook16", "emotet"): return f"----=_NextPart_000_{R.randint(0, 64):04X}_01DB{HX(4)}.{HX(8)}"
    if client == "bot": return "===============" + str(R.randint(10**18, 10**19 - 1)) + "=="
    if client == "phpmailer": return ("b1=_" if kind == "mix" else "b2=_") + alnum(42)
    if client == "roundcube": return "=_" + hx(32)
    if client in ("desk",): return "--==_mimepart_" + hx(13) + "_" + hx(4) + str(R.randint(100, 999))
    if client in ("sfmc",): return "----msg_border_" + alnum(10)
    if client in ("mc",): return "_----------=_MCPart_" + str(R.randint(10**9, 10**10))
    return "----=_Part_" + str(R.randint(100000, 999999)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(int(t.timestamp() * 1000))


def mime(client, m, t, plain, html, atts):
    if html is not None:
        ab = boundary(client, m, "alt", t)
        alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + textpart(client, "text/plain", plain) + [f"--{ab}"] + textpart(client, "text/html", html) + [f"--{ab}--", ""]
    else:
        alt = textpart(client, "text/plain", plain)
    if not atts:
        return alt
    mb = boundary(client, m, "mix", t)
    body = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"', "", f"--{mb}"] + alt
    for name, data, ctype in atts:
        body += [f"--{mb}"] + attpart(client, name, data, ctype, t)
    return body + [f"--{mb}--", ""]


# ---------------------------------------------------------------- quoting and HTML per client
def outlook_when(t, mode):
    if mode == "desk": return f"{t:%A}, {t.day} {t:%B} {t.year} {h12(t)}:{t:%M} {ampm(t)}"
    if mode == "mob": return f"{t:%A}, {t.day} {t:%B} {t.year} {h12(t)}:{t:%M}:{t:%S} {ampm(t)}"
    if mode == "mac": return f"{t:%A}, {t.day} {t:%B} {t.year} at {h12(t)}:{t:%M} {ampm(t, False)}"
    if mode == "us": return f"{t:%A}, {t:%B} {t.day}, {t.year} {h12(t)}:{t:%M} {ampm(t)}"


def plist(lst): return "; ".join(f"{n} <{e}>" if n else e for n, e in lst)


def pfx(text, p="> "): return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))


def quote_plain(client, rec, tz):
    t = rec["t"].astimezone(tz); name, email = rec["name"], rec["email"]
    if client in OLK or client in ("outlook16", "emotet"):
        mode = {"olk": "desk", "olkmac": "mac", "olk-ios": "mob", "olk-android": "mob", "outlook16": "us", "emotet": "us"}[client]
        rows = [("From", f"{name} <{email}>"), ("Date" if mode == "mac" else "Sent", outlook_when(t, mode)), ("To", plist(rec["to"]))]
        if rec["cc"]: rows.append(("Cc", plist(rec["cc"])))
        rows.append(("Subject", rec["subj"]))
        sep = "________________________________\n" if mode == "mob" else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + rec["plain"]
    if client == "gmail-android":
        return f"\n\nOn {t:%a}, {t.day} {MON_AU[t.month - 1]} {t.year}, {h12(t)}:{t:%M} {ampm(t, False)} {name}, <{email}> wrote:\n" + pfx(rec["plain"])
    if client == "gmail-web":
        return f"\n\nOn {t:%a}, {t.day} {MON_AU[t.month - 1]} {t.year} at {h12(t)}:{t:%M} {ampm(t, False)}, {name} <{email}> wrote:\n\n" + pfx(rec["plain"])
    if client == "iphone":
        return f"\n\n> On {t.day} {t:%b} {t.year}, at {h12(t)}:{t:%M} {ampm(t, False)}, {name} <{email}> wrote:\n> \n" + pfx(rec["plain"])
    if client == "bot":
        return f"\n\n----- Original Message -----\nFrom: {email}\nSent: {t:%Y-%m-%d %H:%M:%S}\nSubject: {rec['subj']}\n\n" + pfx(rec["plain"])
    if client == "roundcube":
        return f"\n\nOn {t:%Y-%m-%d %H:%M}, {name} wrote:\n" + pfx(rec["plain"])
    return "\n\n" + pfx(rec["plain"])


URL_RE = re.compile(r"https?://[^\s<>\"]+")


def esc(text):
    def line(l):
        out, pos = [], 0
        for mt in URL_RE.finditer(l):
            out.append(H.escape(l[pos:mt.start()], quote=False)); u = mt.group(0)
            out.append(f'<a href="{H.escape(u)}">{H.escape(u, quote=False)}</a>'); pos = mt.end()
        out.append(H.escape(l[pos:], quote=False))
        return "".join(out)
    return "<br>\n".join(line(l) if l else "" for l in text.split("\n"))


WORD_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
             'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n'
             '@font-face\n\t{{font-family:Aptos;}}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}}\n'
             'a:link, span.MsoHyperlink\n\t{{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}}\n@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}\n'
             'div.WordSection1\n\t{{page:WordSection1;}}\n--></style>\n</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n')


def html_for(client, new, rec=None, tz=BNE, quote_override=None):
    """HTML part as the client writes it; rec is the quoted message (or None)"""
    cs = "utf-8" if (new + (rec["plain"] if rec else "")).isascii() is False else "us-ascii"
    qtext = quote_override if quote_override is not None else (rec["plain"] if rec else "")
    if client in ("olk", "outlook16", "emotet"):
        paras = "".join(f'<p class="MsoNormal">{H.escape(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n' for l in new.split("\n"))
        out = WORD_HEAD.format(cs=cs, lang="EN-US" if client != "olk" else "EN-AU") + paras
        if rec:
            t = rec["t"].astimezone(tz); mode = "desk" if client == "olk" else "us"
            rows = f"<b>From:</b> {H.escape(rec['name'])} &lt;{H.escape(rec['email'])}&gt; <br>\n<b>Sent:</b> {outlook_when(t, mode)}<br>\n<b>To:</b> {H.escape(plist(rec['to']))}<br>\n"
            if rec["cc"]: rows += f"<b>Cc:</b> {H.escape(plist(rec['cc']))}<br>\n"
            rows += f"<b>Subject:</b> {H.escape(rec['subj'])}"
            out += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                    f'<p class="MsoNormal"><b><span lang="EN-US">From:</span></b> {rows[13:]}<o:p></o:p></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                    f'<p class="MsoNormal">{esc(qtext)}<o:p></o:p></p>\n')
        return out + "</div>\n</body>\n</html>\n"
    if client in ("olkmac", "olk-ios", "olk-android"):
        out = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + cs + '">\n</head>\n<body>\n'
               + ('<div dir="auto">' + esc(new) + "</div>\n" if client != "olkmac" else
                  '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + esc(new) + "</div>\n"))
        if rec:
            t = rec["t"].astimezone(tz); mode = "mac" if client == "olkmac" else "mob"
            out += ('<div id="mail-editor-reference-message-container">\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                    f"<b>From:</b> {H.escape(rec['name'])} &lt;{H.escape(rec['email'])}&gt;<br>\n<b>{'Date' if mode == 'mac' else 'Sent'}:</b> {outlook_when(t, mode)}<br>\n"
                    f"<b>To:</b> {H.escape(plist(rec['to']))}<br>\n" + (f"<b>Cc:</b> {H.escape(plist(rec['cc']))}<br>\n" if rec["cc"] else "")
                    + f"<b>Subject:</b> {H.escape(rec['subj'])}</font>\n<div>&nbsp;</div>\n</div>\n<div>{esc(qtext)}</div>\n</div>\n")
        return out + "</body>\n</html>\n"
    if client in GM:
        d = "auto" if client == "gmail-android" else "ltr"
        out = f'<div dir="{d}">' + esc(new) + "</div>"
        if rec:
            t = rec["t"].astimezone(tz)
            attr = (f"On {t:%a}, {t.day} {MON_AU[t.month - 1]} {t.year}, {h12(t)}:{t:%M} {ampm(t, False)} {H.escape(rec['name'])}, &lt;<a href=\"mailto:{rec['email']}\">{rec['email']}</a>&gt; wrote:"
                    if client == "gmail-android" else
                    f"On {t:%a}, {t.day} {MON_AU[t.month - 1]} {t.year} at {h12(t)}:{t:%M} {ampm(t, False)}, {H.escape(rec['name'])} &lt;<a href=\"mailto:{rec['email']}\">{rec['email']}</a>&gt; wrote:")
            out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + attr + '<br></div><blockquote class="gmail_quote" '
                    'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + esc(qtext) + "</blockquote></div>")
        return out + "\n"
    if client == "iphone":
        out = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">' + esc(new) + "</div>"
        if rec:
            t = rec["t"].astimezone(tz)
            out += (f'<div dir="ltr"><br><blockquote type="cite">On {t.day} {t:%b} {t.year}, at {h12(t)}:{t:%M} {ampm(t, False)}, {H.escape(rec["name"])} &lt;{rec["email"]}&gt; wrote:<br><br></blockquote></div>'
                    f'<blockquote type="cite"><div dir="ltr">{esc(qtext)}</div></blockquote>')
        return out + "</body></html>"
    return None


pending = []   # (utc time, seq, folder, raw, (mid, label) or None, scenario)
seq = [0]
G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, scen=None, infra=None, frm=None, mid=None,
         irt=None, topic=None, tidx=None, xip=None, folder=None, bcl=0, reply_to=None, date_tz=None, lang="en", sender=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    infra = infra or who.infra
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    cch = ", ".join(addr(n, e) for n, e in cc) if cc else None
    s = enc_h(subj)
    h = []
    if client in OLK:
        h += [("From", fromh), ("To", toh)] + ([("CC", cch)] if cch else []) + [("Subject", s)]
        if reply_to: h.append(("Reply-To", reply_to))
        h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1] if subj[:4].upper() in ("RE: ", "FW: ") else (topic or subj))),
              ("Thread-Index", tidx or base64.b64encode(b"\x01" + struct.pack(">Q", filetime(t))[1:6] + rbytes(16)).decode()),
              ("Date", rfcu(t)), ("Message-ID", m)]
        if refs: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("Accept-Language", "en-AU, en-US"), ("Content-Language", "en-AU" if who is not tom or client != "olk-ios" else "en-US"),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "olkmac": h += [("user-agent", f"Microsoft-MacOutlook/{mac_outlook(t)}"), ("x-ms-exchange-messagesentrepresentingtype", "1")]
        if client in ("olk-ios", "olk-android"): h += [("x-ms-reactions", "allow")]
        h += [("msip_labels", "")]
    elif client in GM:
        if refs: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", rfc_local(t, date_tz or who.tz)), ("Message-ID", m), ("Subject", s), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if reply_to: h.append(("Reply-To", reply_to))
    elif client == "iphone":
        h += [("From", fromh), ("Subject", s), ("Date", rfc_local(t, date_tz or who.tz))]
        if refs: h.append(("References", "\n ".join(refs)))
        if cch: h.append(("Cc", cch))
        if refs: h.append(("In-Reply-To", irt or refs[-1]))
        h += [("To", toh), ("Message-Id", m), ("X-Mailer", f"iPhone Mail ({ios_build(t)})")]
    elif client == "outlook16":
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else [])
        if refs: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("Subject", s), ("Date", rfc_local(t, date_tz or LOS)), ("Message-ID", m), ("X-Mailer", "Microsoft Outlook 16.0"),
              ("Thread-Index", "AQH" + alnum(29)), ("Content-Language", "en-us")]
    elif client == "emotet":
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", s), ("Date", rfc_local(t, date_tz or BNE)), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
        h += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + alnum(25)), ("Content-Language", "en-au")]
    elif client == "bot":
        h += [("Subject", s), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else [])
        h += [("Date", t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S -0000")), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    elif client == "phpmailer":
        h += [("Date", rfc_local(t, date_tz or MSK)), ("To", toh), ("From", fromh)] + ([("Cc", cch)] if cch else []) + [("Subject", s), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
        h += [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
    elif client == "roundcube":
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", s), ("Date", rfc_local(t, date_tz or MSK)), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
        h += [("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", who.email)]
    else:  # notification systems
        h += [("From", fromh)]
        if sender: h.append(("Sender", sender))
        if reply_to: h.append(("Reply-To", reply_to))
        h += [("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", s), ("Date", rfcu(t, True) if client not in ("ato", "loom") else rfc_local(t, BNE, True)), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    h += list(extra)
    if folder == "INBOX":
        if infra == "internal": top, bottom = internal_receive(who, t)
        else: top, bottom = exo_receive(who, infra, client, t, xip=xip, bcl=bcl, lang=lang)
    else:
        top = []
        bottom = [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04"),
                  ("X-MS-Exchange-Organization-AuthSource", f"{MY_MBX}.AUSP282.PROD.OUTLOOK.COM"), ("X-MS-Exchange-Organization-SCL", "-1"),
                  ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("X-MS-Exchange-Organization-MessageDirectionality", "Originating"),
                  ("X-MS-PublicTrafficType", "Email")]
    body = mime(client, m, t, plain, html, atts)
    ct_lines = []
    while body and body[0] and ":" in body[0].split("\n")[0] and not body[0].startswith("--"):
        ct_lines.append(body.pop(0))
    if body and body[0] == "": body.pop(0)
    mv = "1.0 (1.0)" if client == "iphone" else "1.0"
    ctype_hdrs = []
    for line in ct_lines:
        k, v = line.split(":", 1); ctype_hdrs.append((k, v.strip()))
    hdrs = top + h + bottom + ctype_hdrs + [("MIME-Version", mv)]
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in hdrs) + "\r\n\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n")
    if not raw.endswith("\r\n"): raw += "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


class Thread:
    def __init__(s, tid, partner, subj):
        s.tid, s.p, s.subj = tid, partner, subj
        s.refs, s.last, s.np = [], None, 0
        s.tbase = None; s.blocks = []

    def add(s, who, text, t, label="auto", client=None, to=None, cc=None, sig=True, quote=True, quote_text=None, subj=None, scen=None,
            atts=(), detached=False, refs=None, pre=None, qtz=None, footer=None, **kw):
        client = client or who.client
        new = text + (who.sig if sig else "")
        rec = s.last if (quote and s.last) else None
        tz = qtz or (BNE if who is me else who.tz)
        plain = new
        if rec:
            r2 = dict(rec)
            if quote_text is not None: r2["plain"] = quote_text
            plain += quote_plain(client, r2, tz)
        html = kw.pop("html", "auto")
        if html == "auto":
            html = html_for(client, new, rec, tz, quote_override=quote_text) if client not in ("bot", "roundcube", "phpmailer") else None
        if footer:
            plain += footer
            if html: html = html.replace("</body>", '<div style="font-size:small">' + esc(footer) + "</div></body>") if "</body>" in html else html + "\n<br>" + esc(footer) + "\n"
        if subj is None:
            if not s.refs: subj = s.subj
            else:
                pf = "RE: " if client in ("olk", "olk-ios", "olk-android", "outlook16", "emotet") else "Re: "
                subj = pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == "auto":
            label = G if (who is not me and s.refs and not (refs is not None and not refs)) else None
        if label == G and scen is None:
            s.np += 1; scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if s.tbase is None: s.tbase = b"\x01" + struct.pack(">Q", filetime(t))[1:6] + rbytes(16)
        use_refs = list(s.refs) if refs is None else refs
        while len(s.blocks) < len(use_refs): s.blocks.append(rbytes(5))
        tidx = base64.b64encode(s.tbase + b"".join(s.blocks[:len(use_refs)])).decode()
        m = emit(who, client, t, to, cc, subj, use_refs, plain, html=html, atts=atts, label=label, scen=scen, topic=s.subj, tidx=kw.pop("tidx", tidx), **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        return m


# ---------------------------------------------------------------- inert attachments with real container structure
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word for Microsoft 365", when="20241001090000", zone="+10'00'", uris=(), encrypt=False, creator=None, title=None):
    content = ("BT /F1 10 Tf 13 TL 56 790 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("cp1252", "replace")
    if encrypt: content = rbytes(len(content) + 16 - len(content) % 16)
    info = f"<< /Producer ({pdf_esc(producer)})" + (f" /Creator ({pdf_esc(creator)})" if creator else "") + (f" /Title ({pdf_esc(title)})" if title else "") + \
           f" /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None, f"<< /Length {len(content)} >>\nstream\n",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", info]
    ann = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [56 {640 - 40 * i} 420 {668 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>"); ann.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in ann)}]" if ann else "") + " >>")
    if encrypt: objs.append(f"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{hx(64)}> /U <{hx(64)}> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("cp1252")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>]" + (f" /Encrypt {len(objs)} 0 R" if encrypt else "")
            + f" >>\nstartxref\n{x}\n%%EOF\n").encode()
    return bytes(out)


def dos_dt(when):
    y, mo, d, hh, mi, ss = when
    return ((hh << 11) | (mi << 5) | (ss // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_bytes(members, when=(2025, 3, 3, 16, 40, 0), encrypt=False):
    """ZIP archive; with encrypt=True the entries carry the traditional-encryption flag and a 12-byte header (content random)"""
    if not encrypt:
        bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
        z.close(); return bio.getvalue()
    tm, dt = dos_dt(when); out = bytearray(); cd = bytearray()
    for name, data in members:
        comp = zlib.compress(data, 9)[2:-4]
        payload = rbytes(12) + rbytes(len(comp)); crc = zlib.crc32(data) & 0xffffffff; nb = name.encode()
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0x0009, 8, tm, dt, crc, len(payload), len(data), len(nb), 0) + nb + payload
        out += struct.pack("<IIII", 0x08074b50, crc, len(payload), len(data))
        cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 0x031e, 20, 0x0009, 8, tm, dt, crc, len(payload), len(data), len(nb), 0, 0, 0, 0, 0o100644 << 16, off) + nb
    cdo = len(out); out += cd
    out += struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(members), len(members), len(cd), cdo, 0)
    return bytes(out)


def iso9660(volid, files, when):
    """minimal ISO 9660 image (as handed out with an .img extension); files: [(NAME;1, data, hidden)]"""
    S = 2048
    def both16(v): return struct.pack("<H", v) + struct.pack(">H", v)
    def both32(v): return struct.pack("<I", v) + struct.pack(">I", v)
    y, mo, d, hh, mi, ss = when
    rdate = bytes([y - 1900, mo, d, hh, mi, ss, 40])
    def drec(name_b, extent, size, flags):
        ln = 33 + len(name_b) + (1 - len(name_b) % 2)
        return bytes([ln, 0]) + both32(extent) + both32(size) + rdate + bytes([flags, 0, 0]) + both16(1) + bytes([len(name_b)]) + name_b + (b"\x00" if len(name_b) % 2 == 0 else b"")
    ext = 21; recs = []
    for name, data, hidden in files:
        recs.append((name.encode(), ext, len(data), 1 if hidden else 0)); ext += (len(data) + S - 1) // S
    root = drec(b"\x00", 20, S, 2) + drec(b"\x01", 20, S, 2) + b"".join(drec(n, e, s, f) for n, e, s, f in recs)
    total = ext
    vd = lambda s: s.encode().ljust(17, b"0")[:16] + b"\x28"
    stamp = f"{y:04d}{mo:02d}{d:02d}{hh:02d}{mi:02d}{ss:02d}00"
    pvd = (b"\x01CD001\x01\x00" + b"".ljust(32) + volid.encode().ljust(32) + b"\x00" * 8 + both32(total) + b"\x00" * 32 + both16(1) + both16(1) + both16(S)
           + both32(10) + struct.pack("<I", 18) + b"\x00" * 4 + struct.pack(">I", 19) + b"\x00" * 4 + drec(b"\x00", 20, S, 2)
           + b"".ljust(128) + b"".ljust(128) + b"".ljust(128) + b"IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!".ljust(128) + b"".ljust(37) * 3
           + vd(stamp) + vd(stamp) + b"0" * 16 + b"\x00" + vd(stamp) + b"\x01\x00")
    pvd = pvd.ljust(S, b"\x00")
    term = (b"\xffCD001\x01").ljust(S, b"\x00")
    lpt = (bytes([1, 0]) + struct.pack("<I", 20) + struct.pack("<H", 1) + b"\x00\x00").ljust(S, b"\x00")
    mpt = (bytes([1, 0]) + struct.pack(">I", 20) + struct.pack(">H", 1) + b"\x00\x00").ljust(S, b"\x00")
    img = bytearray(b"\x00" * (16 * S)) + pvd + term + lpt + mpt + root.ljust(S, b"\x00")
    for name, data, hidden in files:
        img += data + b"\x00" * ((-len(data)) % S)
    return bytes(img)


def lnk(args, icon="C:\\Windows\\System32\\imageres.dll"):
    def sd(s): return struct.pack("<H", len(s)) + s.encode("utf-16-le")
    ft = struct.pack("<Q", filetime(datetime.datetime(2025, 3, 1, 4, 0, tzinfo=UTC)))
    hdr = (struct.pack("<I", 0x4C) + uuid.UUID("00021401-0000-0000-C000-000000000046").bytes_le + struct.pack("<I", 0x04 | 0x20 | 0x40 | 0x80)
           + struct.pack("<I", 0x20) + ft * 3 + struct.pack("<IiIHHII", 0, 67, 7, 0, 0, 0, 0))
    return hdr + sd("PDF Document") + sd(args) + sd(icon) + struct.pack("<I", 0)


def onenote(embedded_name):
    g = lambda s: uuid.UUID(s).bytes_le
    hdr = g("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3") + g("109ADD3F-911B-49F5-A5D0-1791EDC8AED8") + g("109ADD3F-911B-49F5-A5D0-1791EDC8AED8") + rbytes(16)
    hdr += struct.pack("<IIII", 0x2A, 0x2A, 0x2A, 0x2A) + rbytes(1024 - len(hdr) - 16)
    obj = g("BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC") + struct.pack("<Q", 600) + b"\x00" * 12 + ("inert probe placeholder for " + embedded_name).encode("utf-16-le")
    return hdr + rbytes(2400) + obj + rbytes(600)


def ooxml(kind, extra_files=(), macro=False, when=(2025, 3, 3, 12, 0, 0)):
    if kind == "xlsx":
        main = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
              + f'<Override PartName="/xl/workbook.xml" ContentType="{main}"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
        wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                  + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") + "</Relationships>")
        rows = "".join(f'<row r="{i + 1}">' + "".join(f'<c r="{chr(65 + j)}{i + 1}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>' for j, v in enumerate(r)) + "</row>" for i, r in enumerate(extra_files))
        sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + rows + "</sheetData></worksheet>")
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>')
        mem = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()), ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
               ("xl/worksheets/sheet1.xml", sh.encode()), ("docProps/app.xml", app.encode())]
        if macro: mem.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(3000)))
        return zip_bytes(mem, when)
    raise ValueError(kind)


def png(w=320, h=200):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(215, 255) if (x // 24 + y // 18) % 5 else 60) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def jpeg(make, model, when, n=9000):
    """JPEG/Exif container: SOI, APP1 Exif (Make/Model/DateTime), DQT, SOF0, DHT, SOS, entropy-coded bytes, EOI"""
    def ifd_entry(tag, typ, cnt, val): return struct.pack(">HHI", tag, typ, cnt) + val
    strs = [make.encode() + b"\x00", model.encode() + b"\x00", when.encode() + b"\x00"]
    base = 8 + 2 + 12 * 3 + 4; offs = []; blob = b""
    for s_ in strs: offs.append(base + len(blob)); blob += s_
    ifd = struct.pack(">H", 3) + ifd_entry(0x010F, 2, len(strs[0]), struct.pack(">I", offs[0])) + ifd_entry(0x0110, 2, len(strs[1]), struct.pack(">I", offs[1])) \
          + ifd_entry(0x0132, 2, len(strs[2]), struct.pack(">I", offs[2])) + b"\x00\x00\x00\x00"
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + ifd + blob
    app1 = b"Exif\x00\x00" + tiff
    seg = lambda m, d: b"\xff" + bytes([m]) + struct.pack(">H", len(d) + 2) + d
    dqt = seg(0xDB, b"\x00" + bytes(R.randint(2, 40) for _ in range(64)))
    sof = seg(0xC0, b"\x08" + struct.pack(">HH", 3024, 4032) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01")
    dht = seg(0xC4, b"\x00" + bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12)))
    sos = seg(0xDA, b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00")
    scan = bytes(b if b != 0xFF else 0xFE for b in rbytes(n))
    return b"\xff\xd8" + seg(0xE1, app1) + dqt + sof + dht + sos + scan + b"\xff\xd9"


def ics(uid, organizer, attendee, start, end, summary, location, desc, url):
    fmt = lambda t: t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee[0]}:mailto:{attendee[1]}",
             f"DESCRIPTION:{desc}", f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART:{fmt(start)}", f"DTEND:{fmt(end)}", f"DTSTAMP:{fmt(start - datetime.timedelta(days=1))}",
             f"LOCATION:{location}", f"URL:{url}", "STATUS:CONFIRMED", "SEQUENCE:0", "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        while len(l) > 74: out.append(l[:74]); l = " " + l[74:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode()


def abn_valid(first9):
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    for cd in range(10, 100):
        digits = [int(c) for c in f"{cd:02d}{first9}"]
        if digits[0] == 0: continue
        digits2 = [digits[0] - 1] + digits[1:]
        if sum(a * b for a, b in zip(w, digits2)) % 89 == 0:
            s_ = f"{cd:02d}{first9}"; return f"{s_[:2]} {s_[2:5]} {s_[5:8]} {s_[8:]}"
    return abn_valid(f"{(int(first9) + 1) % 10**9:09d}")


ABN = {k: abn_valid(f"{R.randint(10**8, 10**9 - 1)}") for k in ("mlp", "grind", "oconnell", "rpc", "kettle", "kowhai", "bean", "coast", "fitz", "ashby", "cafeequip", "polar", "jarrah")}


# ================================================================ helpers for recurring senders
PORTAL = "https://moretonledger.practicehub.example"
HUB_FOOT = ("\n\n--\nMoreton Ledger Partners | Level 3, 88 Brunswick Street, Fortitude Valley QLD 4006 | (07) 5550 2140\n"
            f"Sent via PracticeHub on behalf of Moreton Ledger Partners. Notification settings: {PORTAL}/settings/notifications")


def hub_note(t, subj, text, button, link, to=None, cc=None, refs=(), label=None, scen=None, who=None, client="hub", infra=None, mid=None, fromname=None):
    who = who or hub
    plain = text + f"\n\n{button}: {link}" + HUB_FOOT
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            '<body style="margin:0;padding:0;background:#f4f5f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">'
            '<table role="presentation" width="560" style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2933">'
            f'<tr><td style="padding:20px 28px;border-bottom:3px solid #0f5c4d"><img src="{PORTAL}/branding/logo.png" alt="Moreton Ledger Partners" height="34"></td></tr>'
            '<tr><td style="padding:24px 28px">' + "".join(f"<p>{H.escape(p)}</p>" for p in text.split("\n\n")) +
            f'<p style="padding-top:8px"><a href="{link}" style="background:#0f5c4d;color:#ffffff;padding:11px 20px;border-radius:4px;text-decoration:none">{H.escape(button)}</a></p></td></tr>'
            '<tr><td style="padding:16px 28px;font-size:11px;color:#7b8794;border-top:1px solid #e4e7eb">Moreton Ledger Partners | Level 3, 88 Brunswick Street, Fortitude Valley QLD 4006 | (07) 5550 2140<br>'
            f'Sent via PracticeHub on behalf of Moreton Ledger Partners. <a href="{PORTAL}/settings/notifications" style="color:#7b8794">Notification settings</a></td></tr></table></td></tr></table></body></html>')
    extra = [("X-SG-EID", "\n " + b64(90)), ("X-SG-ID", "\n " + b64(60)), ("X-Entity-ID", "u001." + alnum(22))]
    if client == "hublook": extra = [("X-Mailer", "PracticeHub Notifications")]
    return emit(who, client, t, to or [(me.name, me.email)], cc, subj, list(refs), plain, html=html, extra=extra, label=label, scen=scen, infra=infra,
                reply_to=f"{me.name} <{me.email}>", mid=mid, frm=fromname)


def xero_invoice(t, inv, amount, due, reminder=False, label=None, scen=None, days_over=0):
    link = f"https://in.xero.example/{alnum(40)}"
    if reminder:
        subj = f"Invoice {inv} from Bean Theory Roasters is overdue"
        text = (f"Hi Sofia,\n\nJust a friendly reminder that invoice {inv} for AUD {amount} was due on {due} and is now {days_over} days overdue.\n\n"
                f"View and pay your bill online: {link}\n\nIf you've already paid, please disregard this reminder and accept our thanks.\n\nThanks,\nKylie\nBean Theory Roasters")
    else:
        subj = f"Invoice {inv} from Bean Theory Roasters for Paddington Grind"
        text = (f"Hi Sofia,\n\nHere's invoice {inv} for AUD {amount}.\n\nThe amount outstanding of AUD {amount} is due on {due}.\n\nView and pay your bill online: {link}\n\n"
                "From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.\n\n"
                "If you have any questions, please let us know.\n\nThanks,\nBean Theory Roasters")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#000a1e;background:#ffffff">'
            '<div style="max-width:600px;margin:0 auto;padding:20px">' + "".join(f"<p>{esc(p)}</p>" for p in text.replace(f"View and pay your bill online: {link}", "\x00").split("\n\n")).replace(
                "\x00", f'<a href="{link}" style="display:inline-block;background:#13b5ea;color:#ffffff;padding:10px 18px;border-radius:3px;text-decoration:none">View bill</a>')
            + '<hr style="border:0;border-top:1px solid #e6e9eb"><p style="font-size:11px;color:#59606d">Sent via Xero, beautiful business software. '
              '<a href="https://www.xero.example/au/?utm_source=invoice" style="color:#59606d">www.xero.example</a></p></div></body></html>')
    atts = [] if reminder else [(f"Invoice {inv}.pdf", pdf(["TAX INVOICE", "Bean Theory Roasters Pty Ltd", f"ABN {ABN['bean']}", "14 Doggett Street, Newstead QLD 4006",
                                                            "Bill to: Paddington Grind (Mendes Hospitality Pty Ltd)", f"Invoice number {inv}", f"Due date {due}",
                                                            f"Total AUD {amount} (includes GST)", "How to pay: EFT to Westpac BSB 034-002 Account 417 720",
                                                            "Account name: Bean Theory Roasters Pty Ltd - please use the invoice number as reference",
                                                            "PayID: accounts@beantheory.example"], producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", when=t.astimezone(BNE).strftime("%Y%m%d%H%M%S")), "application/pdf")]
    return emit(xero_bean, "xero", t, [("Sofia Mendes", sofia.email), (me.name, me.email)], None, subj, [], text, html=html, atts=atts,
                reply_to="Bean Theory Roasters <accounts@beantheory.example>", extra=[("X-Xero-Organisation", "!Qz7Rk"), ("X-Entity-Ref-ID", ruuid())],
                label=label, scen=scen)


def newsletter(who, client, t, subj, paras, links, bcl=5, extra=(), to=None, label=None, scen=None, foot=""):
    plain = "\n\n".join(paras) + "\n\n" + "\n".join(f"{a}: {u}" for a, u in links) + ("\n\n" + foot if foot else "")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#f2f2f2">'
            '<table role="presentation" width="100%"><tr><td align="center"><table role="presentation" width="620" style="background:#fff;font-family:Georgia,serif;font-size:15px;color:#222">'
            + "".join(f'<tr><td style="padding:10px 26px">{esc(p)}</td></tr>' for p in paras)
            + "".join(f'<tr><td style="padding:4px 26px"><a href="{u}" style="color:#0b5394">{H.escape(a)}</a></td></tr>' for a, u in links)
            + (f'<tr><td style="padding:18px 26px;font-size:11px;color:#777">{esc(foot)}</td></tr>' if foot else "") + "</table></td></tr></table></body></html>")
    return emit(who, client, t, to or [(me.name, me.email)], None, subj, [], plain, html=html, extra=list(extra), bcl=bcl, label=label, scen=scen)


def desk_history(entries):
    """DeskRelay (Zendesk-style) conversation history block, newest first"""
    out = []
    for who_name, when, text in entries:
        out.append(f"{who_name}\n\n{when.astimezone(MEL):%b %-d, %Y, %H:%M} {when.astimezone(MEL):%Z}\n\n{text}")
    return "\n\n--------------------------------\n\n".join(out)


def desk_html(entries):
    rows = []
    for who_name, when, text in entries:
        rows.append(f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5"><p style="margin:0;font-weight:bold;color:#1b1d1e">{H.escape(who_name)}</p>'
                    f'<p style="margin:2px 0 10px;color:#8a8a8a;font-size:12px">{when.astimezone(MEL):%b %-d, %Y, %H:%M} {when.astimezone(MEL):%Z}</p><div>{esc(text)}</div></td></tr>')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:\'Lucida Grande\',Verdana,Arial,sans-serif;font-size:14px;color:#2f3941">'
            '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div><table width="100%" cellpadding="0" cellspacing="0">' + "".join(rows)
            + '</table><p style="color:#aaa;font-size:12px">This email is a service from PayStream Support. Delivered by DeskRelay</p>'
            f'<span style="color:#fff;display:none">[{TICKET_TAG}]</span></body></html>')


TICKET_TAG = "6R9XQ2-K7L4W"


# ================================================================ background newsletters / notices (sender history)
d0 = datetime.datetime(2024, 9, 6, 7, 2, tzinfo=SYD)
issue = 37
while d0 < datetime.datetime(2025, 7, 28, tzinfo=SYD):
    topics = R.sample([("Payday super: draft legislation released", "Treasury has released exposure draft legislation requiring employers to pay super at the same time as wages from 1 July 2026."),
                       ("Division 7A: benchmark interest rate for 2024-25", "The benchmark interest rate for the 2024-25 income year is 8.77%. Loan agreements should reflect the new minimum yearly repayment."),
                       ("ATO focus areas for small business", "Record keeping, income omission in the cash economy and incorrect claims for private expenses remain on the ATO's list."),
                       ("Instant asset write-off: where are we?", "The $20,000 threshold for 2024-25 is still before the Senate; we summarise what advisers can tell clients."),
                       ("TPAR reminders", "Businesses in building and construction must lodge the taxable payments annual report by 28 August."),
                       ("Tax agent obligations: the updated Code", "The Tax Practitioners Board's new determination on the Code of Professional Conduct applies from 1 July 2024 for larger practices."),
                       ("WET producer rebate and New Zealand producers", "A reminder about the approved NZ participant rules and the annual rebate cap of $350,000."),
                       ("Super guarantee rises to 12%", "The super guarantee rate increases to 12% from 1 July 2025. Check payroll software and salary packaging arrangements."),
                       ("Scam alert: fake myGov and ATO emails", "The ATO is seeing a rise in emails and SMS impersonating the ATO. The ATO does not send links to log in to online services."),
                       ("Small business restructure roll-over", "Case study: moving a trading business into a new company and trust structure."),
                       ("FBT: electric cars and plug-in hybrids", "The plug-in hybrid exemption ended on 1 April 2025 for new arrangements.")], 3)
    newsletter(taxvine, "mc", d0 + datetime.timedelta(minutes=R.randint(0, 40)), f"TaxVine {issue}: {topics[0][0]}",
               [f"TaxVine | Issue {issue} | {d0:%d %B %Y}"] + [f"{a}\n{b}" for a, b in topics],
               [("Read TaxVine online", f"https://taxinstitute.example/taxvine/{d0.year}/{issue}"), ("CPD events in Queensland", "https://taxinstitute.example/events?state=qld"),
                ("Update your preferences", f"https://taxinstitute.us{R.randint(1, 21)}.list-manage.example/profile?u={hx(25)}&id={hx(10)}"),
                ("Unsubscribe", f"https://taxinstitute.us{R.randint(1, 21)}.list-manage.example/unsubscribe?u={hx(25)}&id={hx(10)}")],
               bcl=5, extra=[("List-Unsubscribe", f"<https://taxinstitute.list-manage.example/unsubscribe?u={hx(25)}>, <mailto:unsubscribe-mc.us8_{hx(20)}@unsub.mcsv.example>"),
                             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", f"The Tax Institute <{hx(20)}.mcsv.example>"), ("X-Campaign", f"mailchimp{hx(20)}.{hx(10)}"),
                             ("X-campaignid", f"mailchimp{hx(20)}.{hx(10)}"), ("Precedence", "bulk"), ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.example/contact/abuse/")],
               foot="The Tax Institute | Level 21, 60 Margaret Street, Sydney NSW 2000. You are receiving this email as a member of The Tax Institute.")
    issue += 1; d0 += datetime.timedelta(days=14)

for i, (mo, y) in enumerate([(9, 2024), (10, 2024), (11, 2024), (12, 2024), (2, 2025), (3, 2025), (4, 2025), (5, 2025), (6, 2025), (7, 2025)]):
    t = at(y, mo, R.randint(10, 20), 6, R.randint(0, 50))
    topic = ["Bank feeds: new ANZ connection", "Xero Tax: lodging TPAR", "Practice Manager: new job timers", "Holiday support hours", "Xero HQ: client health checks",
             "Hubdoc changes", "Payroll: super rate change to 12%", "EOFY checklist for advisors", "Xero Tax: 2025 returns now available", "Xerocon Brisbane: early-bird tickets"][i]
    newsletter(xpn, "xnews", t, f"Xero Practice News: {topic}", [f"Hi {me.name.split()[0]},", f"{topic}. Here's what's new for your practice this month.",
                                                                 "Log in to Xero HQ to see your client list and any new insights."],
               [("Read more", f"https://www.xero.example/au/partner-news/{y}-{mo:02d}/?utm_source=newsletter"), ("Xero HQ", "https://hq.xero.example/"),
                ("Manage email preferences", f"https://info.xero.example/prefs?mkt_tok={alnum(60)}")], bcl=4,
               extra=[("List-Unsubscribe", f"<mailto:unsubscribe-{hx(16)}@mkto.xero.example>"), ("X-MarketoID", f"{R.randint(100, 999)}-ABC-{R.randint(100, 999)}:{R.randint(1000, 9999)}"), ("X-PM-Tag", "practice-news")],
               foot="Xero Australia Pty Ltd, 1/6 Elizabeth Street, Hawthorn VIC 3122.")

# ================================================================ T1 Paddington Grind: coffee machine and the instant asset write-off (revived at tax time, G5)
t1 = Thread("T1", sofia, "New coffee machine - can we write it off?")
t1.add(sofia, "Hey Hannah,\n\nQuick q. Our old machine is dying (3rd repair this year) and we found a 3 group La Marzocco Linea PB for $17,600 inc GST from "
       "Cafe Equip Co at Woolloongabba. Can we claim it straight away like we did with the grinder? Want to get it in before the Xmas rush", at(2024, 9, 12, 20, 41))
t1.add(me, "Hi Sofia,\n\nGood question. $17,600 inc GST is $16,000 ex GST, and that's the number that counts. Small businesses with turnover under $10 million can "
       "write off assets under the instant asset write-off threshold in the year they're first used or installed ready for use.\n\n"
       "The catch: the $20,000 threshold for 2024-25 has been announced but isn't law yet. If it passes, you claim the full $16,000 this year. If it doesn't, "
       "the threshold drops back to $1,000 and the machine goes into the small business pool (15% in the first year, 30% after).\n\n"
       "Either way please keep the supplier's tax invoice and note the date it's installed.", at(2024, 9, 13, 9, 5))
t1.add(sofia, "Legend, thanks. Will grab it in Nov then 👍", at(2024, 9, 13, 12, 30), sig=False)
t1.add(sofia, "New machine is in!! Installed Friday, the regulars are loving it. Paid the deposit on the card and the rest by transfer. Do you need anything from me?",
       at(2024, 11, 26, 19, 12), sig=False)
t1.add(me, "Hi Sofia,\n\nCongratulations! Yes please: the supplier's tax invoice (not just the card receipt). It needs to show Cafe Equip Co's ABN, the GST and ideally "
       "the installation date.", at(2024, 11, 27, 8, 50))
t1.add(sofia, "Will dig it out, it's in an email somewhere 🙈", at(2024, 11, 27, 13, 5), sig=False)

# ================================================================ T2 Paddington Grind: 2024 returns, Luis joins (G28), refund-account change from the hijacked Gmail (A2)
t2 = Thread("T2", sofia, "2024 tax returns - Mendes Family Trust, Sofia and Luis")
t2.add(me, "Hi Sofia,\n\nIt's that time again. To finish the 2024 returns for the trust, you and Luis, could you please upload the following to your PracticeHub "
       "folder:\n\n- business and loan bank statements to 30 June 2024\n- Square sales summary for the year\n- your personal deductions (phone, union fees, donations)\n"
       f"- private health insurance statements for you both\n\nUpload link: {PORTAL}/portal/u/mendes-family/upload", at(2024, 10, 1, 10, 15))
t2.add(sofia, f"Hi Hannah, all uploaded into the portal now {PORTAL}/portal/u/mendes-family/upload 🙌 Luis is still chasing his health insurance "
       "statement, he'll send it himself", at(2024, 10, 9, 21, 48), label=GH,
       scen=("G9", "client pastes the firm's own PracticeHub upload link back into the thread (domain known from the firm's own message)"))
t2.add(me, "Thanks Sofia, got them all. One question (copying Luis as it's his loan): the loan statement shows a $25,000 redraw in March. Was that used for the "
       "business (the cold room and fit-out?) or for something private? It changes whether the interest is deductible.", at(2024, 10, 10, 9, 20),
       cc=[("Luis Mendes", luis.email)])
t2.add(luis, "Hi Hannah,\n\nLuis here. Yes the redraw was for the new cold room and the fit-out at the cafe, invoice from Polar Refrigeration attached. My private "
       "health statement is attached too, sorry it took a while.", at(2024, 10, 10, 20, 2), label=GH, to=[(me.name, me.email)], cc=[("Sofia Mendes", sofia.email)],
       scen=("G28", "client's husband joins the thread for the first time from his own Gmail (reply-all) with two PDF attachments"),
       atts=[("Polar Refrigeration - Invoice 8841.pdf", pdf(["Polar Refrigeration Pty Ltd", f"ABN {ABN['polar']}", "TAX INVOICE 8841", "Bill to: Paddington Grind",
                                                               "Supply and install 2.4m x 2.1m cool room, shelving", "Total $24,860.00 incl. GST $2,260.00"], producer="MYOB AccountRight", when="20240318101500"), "application/pdf"),
             ("Tax statement 2023-24.pdf", pdf(["Private health insurance statement 1 July 2023 - 30 June 2024", "Policy holder: Luis Mendes",
                                                 "Premiums eligible for rebate: $2,412.60"], producer="PDFlib+PDI 9.3.1", when="20240715020000"), "application/pdf")])
t2.add(me, "Thanks Luis, that's perfect - the interest on the redraw is deductible to the trust. I'll have drafts to you both next week.", at(2024, 10, 11, 8, 45),
       to=[("Luis Mendes", luis.email)], cc=[("Sofia Mendes", sofia.email)])
t2.add(me, "Hi Sofia and Luis,\n\nYour 2024 returns are ready for review and signing in PracticeHub:\n\n- Mendes Family Trust: net income $84,310, distributed 50/50\n"
       "- Sofia: refund $1,842.15\n- Luis: refund $612.40\n\nRefunds will be paid to your CBA account ending 412 that's on file with the ATO.\n\n"
       f"Review and sign: {PORTAL}/portal/sign/mendes-2024", at(2024, 11, 12, 14, 20), to=[("Sofia Mendes", sofia.email)], cc=[("Luis Mendes", luis.email)])
t2.add(sofia, "Signed both! Thanks Hannah x", at(2024, 11, 14, 7, 5), sig=False, to=[(me.name, me.email)], cc=[("Luis Mendes", luis.email)])
a2_ip = (f"102.89.{R.randint(32, 47)}.{R.randint(2, 250)}", f"DESKTOP-{HX(7)}")
t2.add(sofia, "Hi Hannah,\n\nThank you for sending the returns. Before you lodge them kindly note that we have changed our bank account. Our CBA account had some "
       "fraudulent transactions last week and the bank has closed it, so the refunds should be paid into our new account below:\n\n"
       "Account name: Sofia Mendes\nBSB: 633-123\nAccount number: 2288 1947\n\nPlease confirm once the account is updated as I am in a meeting with the bank "
       "today and can't take calls.\n\nBest Regards,\nSofia", at(2024, 11, 19, 3, 10), label=HJ("account-takeover"), client="outlook16", infra="gmail-smtp",
       xip=a2_ip, sig=False, to=[(me.name, me.email)], qtz=LOS,
       scen=("A2", "client's hijacked Gmail account, sent by SMTP from Outlook 16 on a Windows PC at a Lagos IP (Date +0100, 03:10 Brisbane): change the refund "
                   "account to a new Up/Bendigo BSB; asks to confirm by email because she 'can't take calls'; quotes the thread in US-format Outlook style"))
t2.add(me, "Hi Sofia,\n\nFollowing up our phone call just now: we've disregarded the email sent from your Gmail account overnight, and your refunds will stay with "
       "the CBA account ending 412. Please change your Gmail password and turn on 2-Step Verification, and check Settings > Forwarding for any rules you "
       "didn't create.", at(2024, 11, 19, 8, 47), cc=[("Luis Mendes", luis.email)])
t2.add(sofia, "Done both, thanks so much for calling Hannah. So scary. There was a forwarding rule to some weird address which I deleted. Luis checked with CBA "
       "and our account is fine, nobody has touched it.", at(2024, 11, 19, 9, 30), sig=False, to=[(me.name, me.email)], cc=[("Luis Mendes", luis.email)])
t2.add(me, "Good. I lodged both returns this morning with the existing account details.", at(2024, 11, 19, 10, 2), cc=[("Luis Mendes", luis.email)])
t2.add(sofia, "Refund landed today in the CBA account 👍", at(2024, 12, 4, 12, 18), sig=False, to=[(me.name, me.email)])

# ================================================================ T25 Paddington Grind: quarterly BAS approvals
t25 = Thread("T25", sofia, "Paddington Grind - BAS for approval")
t25.add(me, "Hi Sofia,\n\nThe September quarter BAS is ready:\n\nGST payable $6,218\nPAYG withholding $3,140\nPAYG instalment $1,250\nTotal $10,608, due 25 November "
        "(we lodge under the agent concession).\n\nPay by BPAY: biller code 75556, reference (your PRN) 5513 8802 4411 7106.\n\nReply 'approved' and I'll lodge it.",
        at(2024, 10, 14, 11, 20))
t25.add(sofia, "All good, approved 👍", at(2024, 10, 15, 7, 12), sig=False)
t25.add(me, "Hi Sofia,\n\nDecember quarter BAS: GST payable $4,905 (after the $1,600 credit on the coffee machine), PAYG withholding $3,260, instalment $1,250. "
        "Total $9,415 due 28 February. Same BPAY details as last time.", at(2025, 1, 20, 10, 5))
t25.add(sofia, "Approved! That machine is paying for itself already haha", at(2025, 1, 21, 6, 58), sig=False)
t25.add(me, "Hi Sofia,\n\nMarch quarter BAS: GST $6,644, PAYG withholding $3,260, instalment $1,250 - total $11,154 due 28 April.", at(2025, 4, 14, 9, 40))
t25.add(sofia, "Approved. Can we chat about paying myself properly? Luis reckons we should do wages instead of drawings from the trust", at(2025, 4, 16, 20, 14), sig=False)
t25.add(me, "Yes, it's worth a chat before 30 June. Are you free for a call on Thursday afternoon?", at(2025, 4, 17, 8, 31))
t25.add(sofia, "Thurs after 2 works, after the lunch rush", at(2025, 4, 17, 9, 2), sig=False)

# ================================================================ T3 O'Connell Plumbing: logbook and receipts; ISO/IMG from the real BigPond account (A8)
t3 = Thread("T3", dave, "Ute logbook and receipts for your 2024 return")
t3.add(me, "Hi Dave,\n\nFor your 2024 return we still need:\n\n- the logbook for the HiLux (12 continuous weeks)\n- odometer readings at 1 July 2023 and 30 June 2024\n"
       "- fuel, rego and insurance receipts (card statements are fine if receipts are lost)\n\nPhotos are fine.", at(2024, 10, 8, 9, 30))
t3.add(dave, "No worries Hannah will get the book out of the ute tonight. Odo was 148,220 at 1 July last year, not sure about June", at(2024, 10, 8, 19, 55))
t3.add(dave, "Here's the logbook pages. June reading was 171,904", at(2024, 10, 9, 7, 40),
       atts=[(f"IMG_{4410 + i}.jpeg", jpeg("Apple", "iPhone 13", f"2024:10:09 07:3{i}:1{i}", 7000), "image/jpeg") for i in range(3)])
t3.add(me, "Thanks Dave, that works out at 84% business use. Still need the fuel receipts or the card statements.", at(2024, 10, 9, 10, 12))
t3.add(dave, "Card statements attached, fuel is mostly the Ampol on Kingsford Smith Dr", at(2024, 10, 14, 20, 31),
       atts=[("CommBank statement Jul-Dec.pdf", pdf(["Commonwealth Bank - Business Transaction Account", "O'Connell Plumbing & Gas Pty Ltd", "BSB 064-455  Account 1038 2291",
                                                     "Statement period 1 Jul 2023 - 31 Dec 2023"], producer="CommBank NetBank", when="20241014202500"), "application/pdf"),
             ("CommBank statement Jan-Jun.pdf", pdf(["Commonwealth Bank - Business Transaction Account", "O'Connell Plumbing & Gas Pty Ltd", "BSB 064-455  Account 1038 2291",
                                                     "Statement period 1 Jan 2024 - 30 Jun 2024"], producer="CommBank NetBank", when="20241014202600"), "application/pdf")])
t3.add(me, "Perfect, that's everything for the return. Drafts to you in the portal next week.", at(2024, 10, 15, 9, 0))
t3.add(me, "Hi Dave,\n\nFor the December quarter BAS I'll need the receipts for fuel and the new tools you bought in October to December (the Milwaukee kit?). "
       "Anything over $82.50 needs a proper tax invoice for the GST credit.", at(2024, 12, 16, 10, 10))
t3.add(dave, "Will do after Xmas, flat out with hot water systems before the break", at(2024, 12, 16, 18, 20))
t3.add(me, "Hi Dave,\n\nHappy new year! Just chasing the October to December receipts - the BAS is due 28 February.", at(2025, 1, 13, 9, 15))
t3.add(dave, "Sorry Hannah, photos of what I've got attached. The Milwaukee one is on the Sydney Tools trade account, will ask them for it", at(2025, 1, 14, 19, 2),
       atts=[(f"IMG_{5102 + i}.jpeg", jpeg("Apple", "iPhone 13", f"2025:01:14 18:5{i}:0{i}", 6000), "image/jpeg") for i in range(2)])
t3.add(me, "Thanks Dave, I'll work with these. Send the Sydney Tools invoice whenever you get it.", at(2025, 1, 15, 8, 40))
a8_img = iso9660("RECEIPTS_OCT_DEC", [("RECEIPTS_OCT-DEC_2024.PDF.LNK;1", lnk("/c start /min conhost --headless inert-probe-placeholder"), False),
                                      ("DATA.BIN;1", b"MZ" + rbytes(6000), True)], (2025, 3, 20, 19, 30, 0))
t3.add(dave, "Hi Hannah sorry for the delay. Got the missus to scan all the fuel and tools receipts from Oct to Dec in one go, the scanner saved it as a disk file "
       "so you might need to open it on the computer not your phone. Let me know if anything's missing", at(2025, 3, 20, 19, 41), label=HJ("server-hijack"),
       atts=[("Receipts_Oct-Dec_2024.img", a8_img, "application/octet-stream")],
       scen=("A8", "plumber's real BigPond account, same iPhone Mail/Telstra headers and evening time: 'receipts' as an .img disk image (ISO 9660) holding a .pdf.lnk; "
                   "copies his style and quotes the January message faithfully"))
t3.add(me, "Hi Dave,\n\nI can't open the file you sent last night (it's a disk image, not a PDF) and it doesn't look like something your scanner would make. "
       "Did you send this? I'll give you a ring.", at(2025, 3, 21, 8, 35))
t3.add(dave, "Hannah that wasn't me mate, never sent any disk thing. Telstra says someone got into my email, changed the password now. Here's the Sydney Tools invoice, "
       "the proper PDF from them", at(2025, 3, 21, 12, 15),
       atts=[("Sydney Tools Tax Invoice SI-2290871.pdf", pdf(["Sydney Tools Pty Ltd - TAX INVOICE SI-2290871", "Customer: O'Connell Plumbing & Gas",
                                                              "Milwaukee M18 FUEL 6pc kit", "Total $1,899.00 incl. GST $172.64"], producer="Microsoft Dynamics 365", when="20241106143000"), "application/pdf")])

# ================================================================ T4 O'Connell: legitimate bank change, announced by phone and verified (G1, G2)
t4 = Thread("T4", dave, "Your new bank account - Bendigo Bank")
t4.add(me, "Hi Dave,\n\nThanks for the call just now about moving the business account to Bendigo Bank. As discussed, please email me the bank's account confirmation "
       "letter (not just the numbers), and I'll ring you on your mobile to read the details back before we change anything with the ATO or in Xero.",
       at(2025, 2, 10, 16, 20))
t4.add(dave, "Hi Hannah letter from Bendigo attached. BSB 633-000 acc 165 820 417, account name O'Connell Plumbing & Gas Pty Ltd. The CBA one closes end of March once "
       "the van loan is sorted", at(2025, 2, 10, 18, 2), label=GH,
       scen=("G1", "client's real bank change: announced by phone first, Hannah asked for the bank letter; the client sends the Bendigo Bank letter (PDF) and the new BSB/account"),
       atts=[("Bendigo Bank account confirmation.pdf", pdf(["Bendigo Bank - Toombul Branch", "Account confirmation", "Account name: O'Connell Plumbing & Gas Pty Ltd",
                                                            "BSB: 633-000  Account number: 165 820 417", "Account type: Business Basic Account", "Opened: 6 February 2025"],
                                                           producer="Bendigo e-banking", when="20250210174500"), "application/pdf")])
t4.add(me, "Hi Dave,\n\nI rang you at 9:05 on 0491 570 162 and you read back BSB 633-000 and the account ending 417 - thank you. I've updated the refund account with "
       "the ATO, and in Xero your invoice template now shows the Bendigo account. Anything still paid into the CBA account before it closes will of course reach you.",
       at(2025, 2, 11, 9, 15))
t4.add(dave, "Yep all good, thanks for ringing. First customer payment came into the new one this morning", at(2025, 2, 11, 12, 40), label=GH,
       scen=("G2", "client confirms the verified bank change after the call-back (bank details in the quoted thread)"))

# ================================================================ T5 O'Connell: 2025 records, new mobile number (G27)
t5 = Thread("T5", dave, "End of financial year - your 2025 records")
t5.add(me, "Hi Dave,\n\n30 June is coming up. This year PracticeHub will send you a document request with a checklist, and you can upload photos straight from your "
       "phone. Also, is the HiLux logbook still current (they last five years)?", at(2025, 5, 26, 9, 45))
t5.add(dave, "Will upload on the weekend. Logbook is from 2023 so should be right. Also new mobile for me 0491 570 171, the old one got smashed on a job and the 162 "
       "number's gone with the old plan", at(2025, 5, 27, 19, 30), label=GH,
       scen=("G27", "client announces a new mobile number (after his mailbox was abused in March); Hannah verifies by calling it"))
t5.add(me, "Thanks Dave, I rang the new number and got your voicemail greeting, so I've updated our records.", at(2025, 5, 28, 8, 55))


# ================================================================ T6 Riverside Physio: monthly bookkeeping; encrypted PayStream PDFs, OOF, Dropbox 'secure document' (A4)
def payroll_pdf(month, when):
    return (f"RPC_Payroll_Summary_{month}.pdf", pdf(["PayStream - Payroll summary", "Riverside Physio Co", month], producer="PayStream Reports (wkhtmltopdf 0.12.6)",
                                                    when=when, encrypt=True), "application/pdf")


def hicaps_pdf(month, when):
    return (f"HICAPS_Settlements_{month}.pdf", pdf(["HICAPS settlement report", "Merchant: Riverside Physio Co", month, "Settlement account: Westpac 034-071 ending 2290"],
                                                   producer="HICAPS Reporting", when=when), "application/pdf")


t6 = Thread("T6", mei, "Riverside Physio - monthly bookkeeping")
t6.add(me, "Hi Mei,\n\nWelcome aboard! For the monthly bookkeeping, each month please send:\n\n- the PayStream payroll summary\n- the HICAPS and Medicare settlement reports\n"
       "- any supplier bills that didn't come through Hubdoc\n\nI'll reconcile Xero by the 15th and send you a short report.", at(2024, 9, 4, 9, 10))
t6.add(mei, "Thanks Hannah. Our PayStream reports come out as password-protected PDFs; per our privacy policy I'll send the password in a separate email. "
       "Is that OK with you?", at(2024, 9, 4, 11, 32))
t6.add(me, "Absolutely, that's ideal.", at(2024, 9, 4, 12, 10))
t6.add(mei, "Hi Hannah,\n\nSeptember reports attached. The payroll summary is password protected, password to follow in a separate email.",
       at(2024, 10, 3, 10, 5), label=GH, scen=("G7", "client sends a password-protected (encrypted) payroll PDF, password announced for a separate email"),
       atts=[payroll_pdf("Sep2024", "20241001083000"), hicaps_pdf("Sep2024", "20241002161200")])
t6.add(mei, "Hi Hannah,\n\nThe password for the payroll summary is RPC followed by the last four digits of our ABN.", at(2024, 10, 3, 10, 7), label=GH,
       scen=("G8", "the client's separate follow-up e-mail with the PDF password, replying to her own message two minutes later"))
t6.add(me, "Both open fine, thanks Mei. One question: there are two HICAPS settlements on Monday 30 September - is one of them the Saturday clinic?", at(2024, 10, 3, 14, 40))
t6.add(mei, "Yes, the Saturday clinic settles with Monday's batch, so Monday always has two.", at(2024, 10, 4, 9, 20))
t6.add(me, "Thanks, September is reconciled.", at(2024, 10, 4, 10, 2))
t6.add(mei, "Hi Hannah,\n\nOctober reports attached, password to follow.", at(2024, 11, 5, 9, 48), atts=[payroll_pdf("Oct2024", "20241101083000"), hicaps_pdf("Oct2024", "20241104161000")])
t6.add(mei, "Password is the same format as last month.", at(2024, 11, 5, 9, 51))
t6.add(me, "Thanks Mei - October done. Tom asked about the new contract physio; I'll reply to him separately.", at(2024, 11, 5, 15, 10))
t6.add(mei, "Hi Hannah,\n\nNovember reports attached, password as usual to follow.", at(2024, 12, 4, 10, 20), atts=[payroll_pdf("Nov2024", "20241202083000"), hicaps_pdf("Nov2024", "20241203161500")])
t6.add(mei, "Password: same format.", at(2024, 12, 4, 10, 22))
t6.add(me, "Thanks Mei, November is reconciled.", at(2024, 12, 4, 16, 0))
t6.add(me, "Hi Mei,\n\nQuick note on the December close-off: if you can send the December reports in the first week of January I'll have everything ready for "
       "the BAS by the 20th.", at(2024, 12, 23, 10, 0))
t6.add(mei, "Thank you for your email. I am on leave from Saturday 21 December and back on Monday 13 January. For urgent matters please contact Dr Tom Hartigan "
       "(tom.hartigan@riversidephysio.example) or reception on (07) 5550 3380.\n\nMei Lin Zhou", t6.last["t"] + sec(14), label=GH, sig=False, quote=False, detached=True,
       subj="Automatic reply: RE: Riverside Physio - monthly bookkeeping",
       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
       scen=("G12", "Exchange 'Automatic reply' out-of-office from the client's practice manager"))
t6.add(mei, "Hi Hannah,\n\nHappy new year! December reports attached, password to follow.", at(2025, 1, 14, 9, 30),
       atts=[payroll_pdf("Dec2024", "20250102083000"), hicaps_pdf("Dec2024", "20250103161500")])
t6.add(mei, "Password: same format as always.", at(2025, 1, 14, 9, 33))
t6.add(me, "Thanks Mei, welcome back. December is reconciled and the BAS draft is with Tom.", at(2025, 1, 14, 13, 10))
dbx = f"https://www.dropbox.com/scl/fi/{alnum(21).lower()}/Riverside-Physio-Secure-Document.pdf?rlkey={alnum(25).lower()}&st={alnum(8).lower()}&dl=0"
t6.add(mei, f"Hi Hannah,\n\nPlease see the secure document below regarding our January payroll and super reconciliation. It has been shared through Dropbox as "
       f"the file is too large for email.\n\n{dbx}\n\nPlease review at your earliest convenience.", at(2025, 2, 11, 14, 5), label=HJ("server-hijack"),
       scen=("A4", "client's real Microsoft 365 mailbox (same Outlook/EXO headers, business hours): 'secure document' PDF on dropbox.com instead of the usual "
                   "encrypted attachment + separate password; quotes the thread faithfully"))
t6.add(me, "Hi Mei,\n\nJust checking - did you send me a Dropbox 'secure document' link at 2:05 today? It isn't how you usually send the reports, so I haven't "
       "opened it.", at(2025, 2, 11, 15, 30))
t6.add(mei, "Hi Hannah,\n\nNo, that wasn't me. Our IT company found that someone signed in to my account this afternoon and sent that link to a lot of our "
       "contacts. They've reset my password and the authenticator. Please delete it. The January reports will come as normal this week.", at(2025, 2, 11, 16, 2))
t6.add(mei, "Hi Hannah,\n\nJanuary reports attached, password to follow.", at(2025, 2, 13, 9, 12), atts=[payroll_pdf("Jan2025", "20250203083000"), hicaps_pdf("Jan2025", "20250204161500")])
t6.add(mei, "Password as usual.", at(2025, 2, 13, 9, 14))
t6.add(me, "Thanks Mei, January is done.", at(2025, 2, 13, 14, 0))
t6.add(mei, "Hi Hannah, Feb reports attached - sending from my phone as my laptop is with the IT people being rebuilt. Password to follow from the laptop tomorrow.\n\nGet Outlook for iOS",
       at(2025, 3, 5, 9, 20), client="olk-ios", sig=False, label=GH,
       atts=[payroll_pdf("Feb2025", "20250303083000")],
       scen=("G20", "practice manager sends the monthly report from Outlook for iOS on her phone while her laptop is rebuilt (client change)"))
t6.add(mei, "Hi Hannah,\n\nPassword for the February summary is the usual format. HICAPS report attached as well now that I have my laptop back.", at(2025, 3, 6, 8, 41),
       atts=[hicaps_pdf("Feb2025", "20250304161500")])
t6.add(me, "Thanks Mei, February is reconciled.", at(2025, 3, 6, 11, 30))
t6.add(mei, "Hi Hannah,\n\nMarch reports attached, password to follow.", at(2025, 4, 3, 10, 1), atts=[payroll_pdf("Mar2025", "20250401083000"), hicaps_pdf("Mar2025", "20250402161500")])
t6.add(mei, "Password as usual.", at(2025, 4, 3, 10, 3))
t6.add(me, "Thanks Mei. March done; the first fortnightly pay run looks right.", at(2025, 4, 3, 15, 20))
t6.add(mei, "Hi Hannah,\n\nApril reports attached, password to follow.", at(2025, 5, 6, 9, 40), atts=[payroll_pdf("Apr2025", "20250501083000"), hicaps_pdf("Apr2025", "20250502161500")])
t6.add(mei, "Password as usual.", at(2025, 5, 6, 9, 42))
t6.add(me, "Hi Mei,\n\nApril is reconciled. For the end of year, could you export the full year's pay run detail from PayStream as CSV (Reports > Pay Run Detail > "
       "Export) some time in June? It makes the STP finalisation check much quicker.", at(2025, 5, 6, 14, 15))
t6.add(mei, "Hi Hannah,\n\nHere you go - the export came out as one file per month so I've zipped them together.", at(2025, 6, 11, 11, 5), label=GH,
       scen=("G25", "client sends the zipped CSV exports Hannah asked for a month earlier"),
       atts=[("PayStream_PayRunDetail_FY25.zip", zip_bytes([(f"PayRunDetail_{m}.csv", ("Employee,Pay date,Gross,PAYG,Super\n" + "".join(
           f"EMP{100 + k},{m}-{R.randint(10, 28)},{R.randint(1800, 4200)}.{R.randint(10, 99)},{R.randint(300, 900)}.00,{R.randint(200, 480)}.{R.randint(10, 99)}\n" for k in range(11))).encode())
           for m in ("2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05")], (2025, 6, 11, 10, 58, 0)), "application/x-zip-compressed")])
t6.add(me, "Perfect, thank you Mei.", at(2025, 6, 11, 13, 40))
t6.add(mei, "Hi Hannah,\n\nJune reports attached, password to follow. That's the year done!", at(2025, 7, 8, 9, 25),
       atts=[payroll_pdf("Jun2025", "20250701083000"), hicaps_pdf("Jun2025", "20250702161500")])
t6.add(mei, "Password as usual.", at(2025, 7, 8, 9, 27))

# ================================================================ T7 Coastline Super: rejected contributions; look-alike 'new contribution account' (A12)
t7 = Thread("T7", rebecca, "Riverside Physio Co (RPC-EMP-20417) - returned contributions")
t7.add(me, "Hi Rebecca,\n\nRiverside Physio Co (employer number RPC-EMP-20417): two of the September quarter contributions, for Jess Taylor and Amir Haddad, were "
       "returned by the clearing house as 'member not found'. Both joined in August; their choice forms are attached. Could you help us match them?",
       at(2024, 10, 29, 10, 20), atts=[("Choice_forms_Taylor_Haddad.pdf", pdf(["Superannuation standard choice form x2", "Jess Taylor", "Amir Haddad"], producer="Adobe Scan", when="20241028150000"), "application/pdf")])
t7.add(rebecca, "Hi Hannah,\n\nThanks for sending the forms. Amir's member number was transposed on his choice form - the correct number is 40219873. Jess's account "
       "was only opened on 2 September, so the contribution made on 28 August arrived before it existed. Please resubmit both through the clearing house with the "
       "corrected details.", at(2024, 10, 30, 12, 15, SYD))
t7.add(me, "Thanks Rebecca - resubmitted today through PayStream's clearing house. Will they be treated as received on time, given the original payment date?",
       at(2024, 10, 30, 12, 2))
t7.add(rebecca, "Hi Hannah,\n\nYes - because the original payment left the employer before 28 October, we will date the contributions from the original receipt. "
       "I've put a note on the employer file.", at(2024, 10, 31, 10, 40, SYD))
t7.add(me, "Perfect, thank you.", at(2024, 11, 1, 8, 30))
t7.add(me, "Hi Rebecca,\n\nHappy new year. A heads-up that Riverside's December quarter contributions ($14,286.40 for 11 staff) will go through PayStream's clearing "
       "house on 20 January. Are Jess's and Amir's accounts all fine now?", at(2025, 1, 15, 11, 0))
t7.add(rebecca, "Hi Hannah,\n\nYes, both accounts are matched and active. Thanks for the heads-up.", at(2025, 1, 16, 14, 5, SYD))
lk_reb = Pt("Rebecca Lowe", "rebecca.lowe@coastline-super.example", "olk", "exo-lookcoast", rebecca.sig, tz=SYD, mbx="PH0PR17MB6231", ctry="US")
t7.add(lk_reb, "Hi Hannah,\n\nFollowing on from the December quarter contributions for Riverside Physio Co - as mentioned, Jess Taylor's and Amir Haddad's accounts "
       "are now matched, so there should be no further returns.\n\nPlease note that from 20 January Coastline Super no longer receives employer contributions "
       "into our previous account. As part of the changes to the Small Business Superannuation Clearing House, employers and their agents paying by direct credit "
       "must now use our dedicated employer contributions account below. Contributions paid to the old account after 20 January may be returned, and the "
       "December quarter is due on 28 January, after which the super guarantee charge applies.\n\nTo avoid any late payment, please arrange the December quarter "
       "amount of $14,286.40 to:\n\nAccount name: Coastline Super Employer Contributions\nBSB: 182-512\nAccount number: 9638 2207 41\nReference: RPC-EMP-20417\n\n"
       "Once processed, please email the remittance to me directly so I can allocate it on the same day and confirm it has been received on time.",
       at(2025, 1, 23, 11, 15, SYD), label=HJ("lookalike-domain"), qtz=UTC,
       scen=("A12", "super fund relationship manager's name at a look-alike domain (coastline-super, own Microsoft 365 tenant in a US region): long, context-aware "
                    "'new employer contributions account' (Macquarie BSB) for the exact quarter amount, quotes the real thread"))
t7.add(me, "Hi Rebecca,\n\nI've just received the email below from 'rebecca.lowe@coastline-super.example' (with a hyphen) asking us to pay Riverside's December quarter "
       "into a Macquarie account. I assume this isn't you. We're paying through the clearing house as usual.", at(2025, 1, 23, 11, 2),
       to=[(rebecca.name, rebecca.email)], subj="FW: Riverside Physio Co (RPC-EMP-20417) - returned contributions")
t7.add(rebecca, "Hi Hannah,\n\nThank you for flagging this - it is NOT from us. Coastline Super will never ask an employer to pay contributions into a new bank account "
       "by email. I've reported the domain to our security team. Please keep paying through the clearing house; our payment details only ever change by letter "
       "from the Fund and are shown in the Employer Portal.", at(2025, 1, 23, 12, 40, SYD))
t7.add(rebecca, "Hi Hannah,\n\nConfirming Riverside's December quarter contributions were received on 22 January and have been allocated to all 11 members.",
       at(2025, 2, 3, 10, 5, SYD))

# ================================================================ T8 Riverside Physio: contract physio / payroll; spoofed principal asking for an SMS code (A7)
t8 = Thread("T8", tom, "Contract physio - payroll or ABN?")
t8.add(tom, "Hi Hannah,\n\nWe're bringing on a contract physio, Priya Raman, three days a week from December. She'd like to invoice us through her ABN. Is that OK, or "
       "does she need to be on payroll? And do we have to pay her super either way?", at(2024, 11, 6, 8, 15), cc=[(mei.name, mei.email)])
t8.add(me, "Hi Tom,\n\nShort answer: probably payroll. Whether someone is an employee depends on the whole relationship (who controls the work, whether she can "
       "delegate, whose equipment, how she's paid), not on having an ABN. Even if she is a genuine contractor, if the contract is mainly for her labour you "
       "still have to pay her super guarantee.\n\nGiven she'll work set days in your rooms with your patients, I'd put her on payroll as a part-time or casual "
       "employee. I'm happy to talk it through.", at(2024, 11, 6, 13, 30), cc=[(mei.name, mei.email)])
t8.add(tom, "Thanks Hannah, very helpful. Let's put her on payroll as a casual then, simpler. Can you call me Thursday arvo? I'm with patients until 4.\n\nTom\n\n"
       "Get Outlook for iOS", at(2024, 11, 7, 7, 2), client="olk-ios", sig=False, label=GH, cc=[(mei.name, mei.email)],
       scen=("G33", "clinic principal replies for the first time from Outlook for iOS at 07:02 and asks for a call"))
t8.add(me, "Will call Thursday at 4:15. Mei, could you send me Priya's TFN declaration and super choice form once she's signed them? I'll ask PayStream to set her up.",
       at(2024, 11, 7, 8, 30), to=[(tom.name, tom.email)], cc=[(mei.name, mei.email)])
t8.add(mei, "Hi Hannah,\n\nPriya's TFN declaration and choice form are attached.", at(2024, 11, 8, 11, 40), cc=[(tom.name, tom.email)],
       atts=[("Priya_Raman_TFN_declaration.pdf", pdf(["TFN declaration", "Priya Raman"], producer="Adobe Scan", when="20241108110000"), "application/pdf"),
             ("Priya_Raman_super_choice.pdf", pdf(["Superannuation standard choice form", "Priya Raman", "Fund: Coastline Super, member 40233190"], producer="Adobe Scan", when="20241108110200"), "application/pdf")])
t8.add(me, "Thanks Mei - sent to PayStream, their ticket number is 48213.", at(2024, 11, 8, 14, 10), to=[(mei.name, mei.email)], cc=[(tom.name, tom.email)])
t8.add(tom, "Hi Hannah,\n\nPriya's going full time from April. Does anything change for payroll tax? I think we're getting close to the Queensland threshold.",
       at(2025, 3, 10, 17, 40))
t8.add(me, "Hi Tom,\n\nThe Queensland payroll tax threshold is $1.3 million of annual Australian wages (including super and contractor payments that count as wages). "
       "On the current figures you'll be at about $1.18 million for 2024-25 and around $1.27 million next year with Priya full time, so close but under. "
       "I'll keep an eye on it each quarter.", at(2025, 3, 10, 19, 5))
t8.add(tom, "OK thanks, please keep an eye on it for us.", at(2025, 3, 11, 7, 50))
sp_tom = Pt("Dr Tom Hartigan", "tom.hartigan.physio@outlook.com", "olk-ios", "outlookcom", mbx="ME3P300MB1278")
t8.add(sp_tom, "Hannah, quick one - PayStream is adding you as the authorised contact for our STP lodgements and it's texting a 6 digit verification code to your "
       "mobile now. Can you reply with it as soon as it comes through? Mei is off today and the pay run closes at 2.\n\nThanks\nTom\n\nGet Outlook for iOS",
       at(2025, 4, 15, 12, 51), sig=False, quote=False, label=HJ("display-name-spoof"), subj="RE: Contract physio - payroll or ABN?", refs=list(t8.refs[:6]), detached=True,
       scen=("A7", "clinic principal's display name from an unrelated outlook.com address: asks Hannah to send the SMS verification code she is about to receive; no quote"))
t8.add(me, "Hi Tom,\n\nJust so you know, I've had an email in your name from tom.hartigan.physio@outlook.com asking me to send an SMS verification code. I haven't "
       "replied or sent anything.", at(2025, 4, 15, 13, 20), quote=False)
t8.add(tom, "Thanks Hannah - definitely not me, I don't have an outlook.com address. I'll warn the team.", at(2025, 4, 15, 14, 5))

# ================================================================ T18 PayStream ticket #48213: the payroll provider's ticket system; callback lure through the real ticket system (A15)
PS = [("PayStream Support", "support@paystream.example")]
ps_x = lambda: [("X-Mailer", "DeskRelay Mailer"), ("X-DeskRelay-Ticket-Id", "48213"), ("X-DeskRelay-Account", "paystream"), ("X-Auto-Response-Suppress", "All")]
ps_hist = []
t18 = Thread("T18", paystream, "Riverside Physio Co - new casual employee setup")
txt = ("Hi PayStream team,\n\nPlease set up a new casual employee for Riverside Physio Co (client ID RPC-0142):\n\nPriya Raman, casual physiotherapist, starting "
       "2 December 2024, $68.50/hr plus 25% casual loading, super to Coastline Super (member 40233190).\n\nHer TFN declaration and choice form are attached.")
t18.add(me, txt, at(2024, 11, 8, 14, 5), to=PS, atts=[("Priya_Raman_TFN_declaration.pdf", pdf(["TFN declaration", "Priya Raman"], producer="Adobe Scan", when="20241108110000"), "application/pdf")])
ps_hist.insert(0, ("Hannah Kowalski", at(2024, 11, 8, 14, 5), txt))


def ps_msg(agent, text, t, label="auto", scen=None, atts=(), ack=False):
    global ps_hist
    entries = [(agent, t, text)] + ps_hist
    plain = ("##- Please type your reply above this line -##\n\n" + desk_history(entries)
             + f"\n\nThis email is a service from PayStream Support. Delivered by DeskRelay\n\n[{TICKET_TAG}]")
    ex = ps_x() + ([("Auto-Submitted", "auto-generated")] if ack else [])
    m = t18.add(paystream, plain, t, label=label, scen=scen, sig=False, quote=False, html=desk_html(entries), atts=atts, subj="[PayStream] Re: " + t18.subj,
                frm=addr(f"{agent} (PayStream Support)" if not ack else "PayStream Support", "support@paystream.example"),
                reply_to="PayStream Support <support+id48213@paystream.example>", extra=ex)
    if not ack: ps_hist.insert(0, (agent, t, text))
    return m


ps_msg("PayStream Support", "Hi Hannah,\n\nThanks for contacting PayStream. Your request (#48213) has been received and is being reviewed by our support staff.\n\n"
       "Our support hours are 8:30am - 5:30pm AEST/AEDT, Monday to Friday. Urgent pay run issues: 1300 975 720.", at(2024, 11, 8, 15, 6, MEL), label=None, ack=True)
ps_msg("Sam Ritchie", "Hi Hannah,\n\nPriya is now set up in Riverside Physio Co's payroll as a casual from 2 December with the casual loading applied. Her STP income "
       "type is SAW with the casual employment basis, and super is set to Coastline Super.\n\nA guide to how casual loading shows on payslips: "
       "https://help.paystream.example/hc/en-au/articles/4410277719-casual-loading-on-payslips", at(2024, 11, 11, 10, 40, MEL))
txt = "Thanks Sam. Could you also send me the employee setup report for our file?"
t18.add(me, txt, at(2024, 11, 11, 10, 5), to=PS)
ps_hist.insert(0, ("Hannah Kowalski", at(2024, 11, 11, 10, 5), txt))
ps_msg("Sam Ritchie", "Hi Hannah,\n\nThe setup report is attached as a CSV. For your records, changes to the bank account PayStream debits for payroll funding can only "
       "be made by an authorised contact in the portal and are confirmed by phone: https://help.paystream.example/hc/en-au/articles/4410290031-changing-your-funding-account",
       at(2024, 11, 12, 9, 55, MEL), label=GH, scen=("G13", "payroll provider's ticket-system reply with a CSV attachment and help-centre link"),
       atts=[("RPC-0142_Employee_Setup_Priya_Raman.csv", b"Field,Value\nEmployee,Priya Raman\nStart date,2024-12-02\nEmployment basis,Casual\nRate,68.50\nCasual loading,25%\n"
                                                          b"Super fund,Coastline Super\nSTP income type,SAW\n", "text/csv")])
txt = ("Hi Sam,\n\nReopening this one: Riverside would like to move from weekly to fortnightly pays from 1 April 2025. Is there anything we need to do apart from "
       "letting the staff know?")
t18.add(me, txt, at(2025, 2, 20, 9, 30), to=PS)
ps_hist.insert(0, ("Hannah Kowalski", at(2025, 2, 20, 9, 30), txt))
ps_msg("Sam Ritchie", "Hi Hannah,\n\nNo problem. I'll change the pay calendar so the first fortnightly pay date is Wednesday 9 April. Staff should get four weeks' "
       "written notice, and leave accruals will move to the fortnightly rate automatically.", at(2025, 2, 21, 11, 20, MEL))
ps_msg("Sam Ritchie", "Hi Hannah,\n\nWe have received a request to change the nominated bank account PayStream debits for Riverside Physio Co's payroll funding "
       "(new account ending 7719). For security, changes are held for 24 hours before they take effect.\n\nIf you or your client did NOT request this change, "
       "please call our Payroll Security team immediately on 1800 160 417 (option 3) and quote ticket #48213 so the change can be cancelled before the next pay run.",
       at(2025, 4, 7, 9, 12, MEL), label=HJ("server-hijack"),
       scen=("A15", "payroll provider's real ticket system (same DeskRelay headers, signatures, history block) after an agent account was taken over: "
                    "'bank change held for 24h - call 1800 ...' callback lure, no link or attachment"))
txt = ("Hi,\n\nI've received a message on this ticket at 9:12 asking me to call 1800 160 417 about a bank account change. That isn't the number on your website "
       "(1300 975 720), and nobody at Riverside has asked for a change. Could you please confirm?")
t18.add(me, txt, at(2025, 4, 7, 9, 40), to=PS)
ps_hist.insert(0, ("Hannah Kowalski", at(2025, 4, 7, 9, 40), txt))
ps_msg("Nadia Ferris", "Hi Hannah,\n\nThank you for reporting this. The comment added to this ticket at 9:12am was not written by PayStream staff - one of our agent "
       "accounts was misused this morning and has been locked. No change to Riverside Physio Co's funding account has been requested; it remains the Westpac "
       "account ending 2290. Please don't call the number in that message.", at(2025, 4, 7, 11, 55, MEL))


# ================================================================ T9 Kettle & Sons: BAS and receipts; Qakbot-style generic reply from the hijacked outlook.com account (A10)
t9 = Thread("T9", brett, "Kettle & Sons - September quarter BAS")
t9.add(me, "Hi Brett,\n\nThe September quarter BAS is due 28 October. Could you share the receipts folder as usual, plus any invoices that aren't in Xero?",
       at(2024, 10, 7, 9, 0))
dbx1 = f"https://www.dropbox.com/scl/fo/{alnum(21).lower()}/{alnum(22)}?rlkey={alnum(25).lower()}&dl=0"
t9.add(brett, f"Hannah, Dropbox link for the Sept receipts: {dbx1}\nall in there, the Bunnings trade statement too", at(2024, 10, 7, 21, 14), label=GH,
       scen=("G17", "builder shares his receipts folder as a dropbox.com link (his usual way of sending receipts)"))
t9.add(me, "Got them, thanks. Quick one: there's $14,300 to 'JK Concreting' in August - is that a subcontractor? I'll need their ABN for the TPAR.", at(2024, 10, 8, 8, 40))
t9.add(brett, "yeah JK is Jason Kerr, concreter on the Ascot job, ABN is on his invoice in the folder. sorry late reply just got home", at(2024, 10, 8, 22, 47), label=GH,
       scen=("G16", "builder replies from Outlook for Android at 22:47, lower-case and short"))
t9.add(me, "Found it, thanks. BAS draft: GST payable $18,904 and PAYG withholding $7,220, so $26,124 due 28 October. Given the Ascot progress claim hasn't been "
       "paid yet, do you want me to set up a payment plan with the ATO?", at(2024, 10, 9, 10, 30))
t9.add(brett, "yeah mate can't pay all that till the Ascot claim lands, can we do a plan?", at(2024, 10, 10, 6, 12))
t9.add(me, "Will do - I'll set it up through the agent portal and send you the details separately.", at(2024, 10, 10, 8, 15))
t9.add(me, "Hi Brett,\n\nMerry Christmas! Just a reminder that I'll need the October to December receipts in the new year for the BAS due 28 February.",
       at(2024, 12, 20, 10, 0))
t9.add(brett, "Hi, I'm on holidays with the family until Monday 13 January with limited reception. For anything on site please call Jake on 0491 570 140.\n\nCheers\nBrett",
       t9.last["t"] + sec(21), label=GH, sig=False, quote=False, detached=True, subj="Automatic reply: RE: Kettle & Sons - September quarter BAS",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
       scen=("G34", "outlook.com automatic holiday reply from the builder"))
dbx2 = f"https://www.dropbox.com/scl/fo/{alnum(21).lower()}/{alnum(22)}?rlkey={alnum(25).lower()}&dl=0"
t9.add(brett, f"Dec receipts {dbx2} same folder as last time, new subfolder Oct-Dec", at(2025, 1, 16, 20, 30))
t9.add(me, "Thanks Brett. As we discussed on the phone, Leanne will be taking over the bookkeeping from February - I'll loop her in once you've introduced us.",
       at(2025, 1, 17, 8, 30))
t9.add(me, "Hi Brett,\n\nCan you confirm whether the $9,800 'Kettle Family' transfer into the company account on 14 February was a loan from you to the company, "
       "or something else? Leanne and I need it for the March quarter.", at(2025, 3, 3, 16, 55))
GEN_TXT = "Hi,\n\nPlease find the attached document as requested and confirm receipt.\n\nPassword: 4417\n\nRegards"
bot_ip = ("185.196.9.161", "vps-3f2a1c")
t9.add(brett, GEN_TXT, at(2025, 3, 4, 4, 12), sig=False, client="bot", infra="outlookcom-bot", xip=bot_ip, label=HJ("account-takeover"), qtz=UTC,
       atts=[("Doc_0304_4417.zip", zip_bytes([("Doc_0304_4417.pdf.lnk", lnk("/c start /min conhost --headless inert-probe-placeholder"))], (2025, 3, 4, 3, 55, 0), encrypt=True), "application/zip")],
       scen=("A10", "builder's outlook.com account used by a bot via SMTP from a VPS (Python-style Message-ID, Date -0000, plain text, 04:12): generic 'document as "
                    "requested' with a password-protected zip (.pdf.lnk), password in the text - the same text sent into T10 seven minutes later"))
t9.add(me, "Brett, I received an email from your address at 4am with a password-protected zip file. I haven't opened it - can you confirm whether you sent it?",
       at(2025, 3, 4, 8, 5))
t9.add(brett, "Hannah nothing from me, been on site since 6. Getting bounce backs from people i never emailed. Changed my password. re the 14 Feb money that was me "
       "putting cash in, a loan to the company", at(2025, 3, 4, 12, 30))

# ================================================================ T11 Kettle & Sons: ATO payment plan (context for the fake ATO thread A3)
t11 = Thread("T11", brett, "ATO payment plan - Kettle & Sons")
t11.add(me, "Hi Brett,\n\nThe payment plan is set up: $26,124 plus interest over eight fortnightly instalments of about $3,400, by direct debit from the company "
        "account starting 1 November. The ATO will send a confirmation to the company's inbox in Online services for business. Keep the BAS lodgements up to "
        "date or the plan can be cancelled.", at(2024, 10, 11, 14, 10))
t11.add(brett, "cheers Hannah legend", at(2024, 10, 11, 18, 40))
t11.add(me, "Hi Brett,\n\nUpdate: the ATO debt is down to $19,600 and the plan is on track. The December quarter BAS will add roughly $20,000 in February, so please "
        "start putting money aside now.", at(2024, 12, 9, 11, 5))
t11.add(brett, "understood, Ascot payment came in, will put 20 aside", at(2024, 12, 9, 20, 3))

# ================================================================ T10 Kettle & Sons: new external bookkeeper joins (G6); same generic reply from the hijacked account (A11)
t10 = Thread("T10", brett, "Kettle & Sons - new bookkeeper")
t10.add(brett, "Hi Hannah,\n\nIntroducing Leanne Ashby from Ashby Bookkeeping who'll be doing our books from February now that Kerry has retired. Can you give her "
        "access to Xero and whatever else she needs. Leanne cc'd.", at(2025, 1, 20, 9, 10), cc=[(leanne.name, leanne.email)])
t10.add(me, "Hi Brett and Leanne,\n\nWelcome Leanne! I'll invite you to Kettle & Sons' Xero as an adviser today. Key dates: December quarter BAS due 28 February "
        "(we lodge), March quarter 28 April, and the TPAR by 28 August - Brett's a builder so all subcontractor payments need to be captured.",
        at(2025, 1, 20, 10, 45), to=[(brett.name, brett.email), (leanne.name, leanne.email)])
t10.add(leanne, "Hi Hannah,\n\nThanks for the warm welcome. I've accepted the Xero invitation. Could you send me the September quarter BAS workpapers and the "
        "payment plan details so I can reconcile the ATO integrated client account?", at(2025, 1, 21, 9, 30), cc=[(brett.name, brett.email)], label=GH,
        scen=("G6", "the client's new external bookkeeper writes for the first time from her own address (introduced by the client the day before)"))
t10.add(me, "Hi Leanne,\n\nWorkpapers attached. The payment plan is $3,400 a fortnight by direct debit from 1 November; the balance was $19,600 at 9 December.",
        at(2025, 1, 21, 11, 0), to=[(leanne.name, leanne.email)], cc=[(brett.name, brett.email)],
        atts=[("Kettle_Sep24_BAS_workpapers.pdf", pdf(["Kettle & Sons Building Pty Ltd", "BAS workpapers - quarter ended 30 September 2024", "GST payable 18,904 / PAYG W 7,220"],
                                                     producer="Xero Tax", when="20241009103000"), "application/pdf")])
t10.add(leanne, "Perfect, thanks. I'll reconcile and shout if anything doesn't match.", at(2025, 1, 22, 8, 50), cc=[(brett.name, brett.email)])
t10.add(leanne, "Hi Hannah,\n\nThe December quarter is reconciled in Xero and ready for your review. Two coding questions in the attached.", at(2025, 2, 18, 15, 20),
        cc=[(brett.name, brett.email)],
        atts=[("Kettle_Dec24_queries.xlsx", ooxml("xlsx", [("Date", "Payee", "Amount", "Question"), ("12/11/2024", "Reece Plumbing", "2,318.40", "Ascot job - COGS or repairs?"),
                                                           ("03/12/2024", "Brett Kettle", "1,500.00", "Drawings or wages?")], when=(2025, 2, 18, 15, 10, 0)),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t10.add(me, "Hi Leanne,\n\nReece is cost of sales for the Ascot job. The $1,500 to Brett should go to his director's loan account, not wages.", at(2025, 2, 19, 9, 10),
        to=[(leanne.name, leanne.email)], cc=[(brett.name, brett.email)])
t10.add(leanne, "Thanks, updated.", at(2025, 2, 19, 10, 5), cc=[(brett.name, brett.email)])
t10.add(brett, GEN_TXT, at(2025, 3, 4, 4, 19), sig=False, client="bot", infra="outlookcom-bot", xip=bot_ip, label=HJ("account-takeover"), qtz=UTC,
        to=[(me.name, me.email)], cc=[(leanne.name, leanne.email)],
        atts=[("Doc_0304_7781.zip", zip_bytes([("Doc_0304_7781.xlsm", ooxml("xlsx", [("Document protected", "Enable content to view")], macro=True, when=(2025, 3, 4, 3, 50, 0)))],
                                               (2025, 3, 4, 3, 56, 0), encrypt=True), "application/zip")],
        scen=("A11", "same bot on the builder's outlook.com account, same generic text and password seven minutes after A10, into another thread (reply-all adds the "
                     "bookkeeper); password-protected zip holding a macro workbook (.xlsm)"))
t10.add(leanne, "Hi Hannah,\n\nDid you also get a strange email from Brett's address early this morning with a password-protected zip? I haven't opened it. I think "
        "his Outlook account has been hacked - I've texted him.", at(2025, 3, 4, 9, 10), cc=[(brett.name, brett.email)])
t10.add(me, "Yes, same here. Brett has confirmed it wasn't him and he's changed his password.", at(2025, 3, 4, 9, 25), to=[(leanne.name, leanne.email)], cc=[(brett.name, brett.email)])

# ================================================================ T26 Kettle & Sons: TPAR with the bookkeeper; e-signature HTML from her taken-over M365 account (A14)
t26 = Thread("T26", leanne, "Kettle & Sons - TPAR and contractor ABNs")
t26.add(me, "Hi Leanne,\n\nWith the TPAR due 28 August, could you start tagging contractor payments in Xero (contact group 'TPAR') and check each ABN on ABN Lookup?",
        at(2025, 4, 22, 10, 0))
t26.add(leanne, "Will do. Concreting and electrical subbies are done. Two have cancelled ABNs according to ABN Lookup - list attached.", at(2025, 4, 23, 11, 10),
        atts=[("Cancelled_ABNs_Kettle.pdf", pdf(["ABN Lookup results - Kettle & Sons contractors", "D & M Tiling - ABN cancelled 30/06/2024", "Southside Skip Bins - ABN cancelled 15/01/2025"],
                                               producer="Microsoft: Print To PDF", when="20250423110500"), "application/pdf")])
t26.add(me, "Thanks. For those two, Brett has to withhold 47% from any further payments unless they quote a valid ABN. Could you let him know?", at(2025, 4, 24, 9, 0))
t26.add(leanne, "Brett's talked to both; D & M Tiling has re-registered and sent the new ABN.", at(2025, 4, 29, 16, 40))
t26.add(me, "Great. Also, please send me the signed payment authority for the new ATO payment arrangement once Brett has signed it.", at(2025, 5, 5, 10, 20))
t26.add(leanne, "Brett's signing it tonight, I'll send it through tomorrow.", at(2025, 5, 6, 8, 15))
esign = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Secure e-Sign | Document Review</title></head><body style="font-family:Segoe UI,Arial,sans-serif;background:#eef1f5">'
         '<div style="max-width:420px;margin:70px auto;background:#fff;padding:36px;border-top:4px solid #f5b400"><h2 style="font-weight:600">Kettle &amp; Sons - Payment Authority</h2>'
         '<p>1 document is waiting for your signature. Confirm your email account to review and sign.</p>'
         '<form method="post" action="https://esign-docreview.example/k/verify.php"><input type="email" name="u" value="hannah.kowalski@moretonledger.example" style="width:100%;padding:8px"><br><br>'
         '<input type="password" name="p" placeholder="Email password" style="width:100%;padding:8px"><br><br><button type="submit" style="background:#f5b400;border:0;padding:10px 26px">Review &amp; Sign</button></form>'
         '<!-- inert probe placeholder: fictional domain, no script --></div></body></html>')
a14_ip = (f"195.178.{R.randint(110, 120)}.{R.randint(2, 250)}", "192.168.56.101")
t26.add(leanne, "Hello,\n\nAttached is the document for your review and e-signature regarding the Kettle & Sons payment authority. Please open the attached file and "
        "confirm your email to review and sign.\n\nThank you\nLeanne Ashby", at(2025, 5, 14, 6, 30), sig=False, quote=False, client="phpmailer", infra="exo-ashby-smtp",
        xip=a14_ip, label=HJ("account-takeover"),
        html='<html><body><p>Hello,</p><p>Attached is the document for your review and e-signature regarding the Kettle &amp; Sons payment authority. Please open the attached '
             'file and confirm your email to review and sign.</p><p>Thank you<br>Leanne Ashby</p></body></html>',
        atts=[("Kettle_Payment_Authority_eSign.html", esign.encode(), "text/html")],
        scen=("A14", "bookkeeper's Microsoft 365 account used through SMTP AUTH from a foreign VPS with PHPMailer (Date +0300, 06:30 Brisbane): context-aware "
                     "'payment authority' e-signature lure as an HTML attachment with a credential form; no quote"))
t26.add(me, "Hi Leanne,\n\nWas the 6:30am email with an HTML 'e-signature' file from you? It asks me to sign in with my email password, so I haven't opened it.",
        at(2025, 5, 14, 8, 40))
t26.add(leanne, "Hannah NO - Microsoft emailed me an alert about a sign-in from overseas overnight. Please delete it, I'm on the phone with my IT guy now. The real "
        "authority is attached, signed by Brett last night.", at(2025, 5, 14, 9, 5),
        atts=[("Kettle_ATO_payment_authority_signed.pdf", pdf(["Direct debit request - Australian Taxation Office", "Kettle & Sons Building Pty Ltd", "Signed: B. Kettle, 13/05/2025"],
                                                              producer="Adobe Acrobat Pro (64-bit) 25.1.20432", when="20250513214000"), "application/pdf")])

# ================================================================ T15 Kettle restructure meeting; display-name spoof of the partner asking to pay an 'urgent' invoice (A5)
t15 = Thread("T15", graham, "Kettle & Sons - restructure meeting 6 March")
t15.add(graham, "Hi Brett,\n\nFollowing our chat, let's meet on Thursday 6 March at 10am at our office to go through the restructure options (a new trading company "
        "plus a discretionary trust) and the Division 7A loan balance. Hannah will prepare the numbers.", at(2025, 2, 24, 9, 30),
        to=[(brett.name, brett.email)], cc=[(me.name, me.email)])
t15.add(brett, "Thursday 10 works, see you then", at(2025, 2, 24, 19, 10), to=[(graham.name, graham.email)], cc=[(me.name, me.email)])
t15.add(me, "Graham, I'll have the Division 7A minimum repayment calculation and Fitzgerald Legal's quote for the trust deed ready by Wednesday.",
        at(2025, 2, 25, 10, 0), to=[(graham.name, graham.email)], cc=[(brett.name, brett.email)])
t15.add(graham, "Thanks Hannah. Brett - Fitzgerald Legal will prepare the new trust deed and company constitution; their fee is about $3,500 plus GST.",
        at(2025, 2, 26, 8, 45), to=[(me.name, me.email)], cc=[(brett.name, brett.email)])
sp_gr = Pt("Graham Whitlock", "graham.whitlock.mlp@gmail.com", "gmail-web", "gmail")
t15.add(sp_gr, "Hannah, are you at your desk? Need a quick favour. Fitzgerald Legal need their invoice for the Kettle deed paid today or they won't release the "
        "documents before tomorrow's meeting. I'm with the bank all afternoon and can't get into the system. Can you pay it from the office account now and I'll "
        "approve it tonight.\n\nFitzgerald Legal\nBSB 084-034\nAccount 51 882 9017\nAmount $6,380.00\nRef KETTLE-TD\n\nSend me the remittance when done.\n\nThanks\nGraham\n\n"
        "Sent from my iPhone", at(2025, 3, 5, 15, 48), sig=False, label=HJ("display-name-spoof"), to=[(me.name, me.email)],
        scen=("A5", "partner's display name from an unrelated gmail.com address, in the thread the client (whose account was hijacked the day before) was copied on: "
                    "'pay the lawyer's invoice today' with bank details in the text; Gmail-style quote of the partner's message"))
t15.add(me, "Graham - did you just email me from a Gmail address asking me to pay Fitzgerald Legal $6,380? I'm assuming not. Nothing has been paid.",
        at(2025, 3, 5, 16, 5), to=[(graham.name, graham.email)])
t15.add(graham, "Not me. Don't pay anything. I'll call you after this meeting.\n\nGet Outlook for iOS", at(2025, 3, 5, 16, 11), client="olk-ios", sig=False)
t15.add(graham, "Thanks for today's numbers, Hannah. Brett's going with option 2; can you ask Fitzgerald Legal to start on the deed?", at(2025, 3, 6, 15, 0))

# ================================================================ T16 internal threads with the partner (WIP, forwarded NZ pack G15, invoice approval G22, late-night phone reply G23, orphan O1)
t16 = Thread("T16", graham, "September WIP")
t16.add(graham, "Hannah, can you get the September WIP for your clients to me by Thursday? Kettle and Riverside in particular.", at(2024, 9, 30, 8, 20))
t16.add(me, "Will do. Kettle has about $4,800 unbilled (BAS plus the payment plan work); Riverside is billed monthly so it's up to date.", at(2024, 9, 30, 14, 0))
t16.add(graham, "Thanks. Bill Kettle now rather than waiting for the tax return.", at(2024, 10, 1, 7, 45))
nz_fw = ("Hannah, this came to me - can you look at the intercompany balance for the Australian company? Aroha says the NZ side shows a different number.\n\n"
         "Graham\n\nFrom: Sarah Quinn <sarah@marlboroughca.example>\nSent: Wednesday, 20 November 2024 12:55 PM\nTo: Graham Whitlock <graham.whitlock@moretonledger.example>\n"
         "Cc: Aroha Tane <aroha@kowhairidge.example>\nSubject: Kōwhai Ridge Wines - intercompany balance at 31 March\n\nKia ora Graham,\n\nAttached is Kōwhai Ridge Wines "
         "Ltd's year-end pack. The intercompany receivable from the Australian company is NZD 148,220 at 31 March; could your team confirm the AUD balance on the "
         "Australian side so we can agree the two?\n\nNgā mihi\nSarah Quinn CA\nMarlborough Chartered Accountants")
emit(graham, "olk", at(2024, 11, 20, 10, 10), [(me.name, me.email)], None, "FW: Kōwhai Ridge Wines - intercompany balance at 31 March", [], nz_fw,
     html=html_for("olk", nz_fw), label=GH, scen=("G15", "partner forwards (FW:) an e-mail from the client's NZ accountant with the year-end pack PDF"),
     atts=[("KRW_YearEnd_Pack_31Mar2024.pdf", pdf(["Kōwhai Ridge Wines Ltd - Financial statements for the year ended 31 March 2024".replace("ō", "o"),
                                                    "Intercompany receivable - Kowhai Ridge Wines (Australia) Pty Ltd: NZD 148,220"], producer="CCH iFirm", when="20241119170000", zone="+13'00'"), "application/pdf")])
t16c = Thread("T16c", graham, "Jarrah IT invoice INV-5521 - OK to approve?")
t16c.add(me, "Graham, Jarrah IT's invoice INV-5521 for the two new laptops is $7,436 including GST, which matches their quote. OK to approve for payment?",
         at(2025, 1, 28, 9, 20))
t16c.add(graham, "Yes, approve it, and please make sure it goes out in Friday's payment run - they've been waiting since December. Jo's away, so could you do the "
         "ABA upload to Westpac this week?", at(2025, 1, 28, 9, 41), label=GH,
         scen=("G22", "partner (real internal account) asks Hannah to make sure an invoice is paid this week - urgency and payment in a partner e-mail"))
t16c.add(me, "Will do, it'll be in Friday's batch.", at(2025, 1, 28, 10, 5))
t16d = Thread("T16d", graham, "EOFY planning list (draft)")
t16d.add(me, "Graham, draft EOFY planning list for my clients attached - super contributions caps, Riverside's payroll tax check, Paddington Grind's trustee "
         "resolution before 30 June, Kettle's restructure timing.", at(2025, 6, 18, 17, 30),
         atts=[("EOFY_planning_2025_HK.xlsx", ooxml("xlsx", [("Client", "Item", "Due"), ("Mendes Family Trust", "Trustee resolution", "30/06/2025"), ("Kettle & Sons", "Div 7A minimum repayment", "30/06/2025")],
                                                     when=(2025, 6, 18, 17, 20, 0)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t16d.add(graham, "Saw the list. Add Kettle's Div 7A loan agreement and the Kowhai WET rebate cap. Talk tmrw.\nG\n\nGet Outlook for iOS", at(2025, 6, 18, 23, 10),
         client="olk-ios", sig=False, label=GH, scen=("G23", "partner replies from his iPhone (Outlook for iOS) at 23:10, terse"))
t16d.add(me, "Added both, thanks.", at(2025, 6, 19, 8, 15))
# O1: Graham copies Hannah into a thread that Tom started with him only (parent not in the mailbox)
o1_parent = make_mid(tom, "olk", at(2025, 5, 8, 11, 2))
o1_rec = dict(t=at(2025, 5, 8, 11, 2), name=tom.name, email=tom.email, plain="Hi Graham,\n\nPriya has asked whether she can salary sacrifice $500 a fortnight into "
              "super from July. Is there anything we need to watch out for with the new fortnightly pays?" + tom.sig, subj="Priya - salary sacrifice into super",
              to=[(graham.name, graham.email)], cc=[])
o1_txt = "Hi Tom,\n\nCopying Hannah, who looks after your payroll. Hannah, could you check Priya's concessional cap and set it up with PayStream?" + graham.sig
o1_plain = o1_txt + quote_plain("olk", o1_rec, BNE)
o1 = emit(graham, "olk", at(2025, 5, 8, 14, 20), [(tom.name, tom.email)], [(me.name, me.email)], "RE: Priya - salary sacrifice into super", [o1_parent], o1_plain,
          html=html_for("olk", o1_txt, o1_rec), label=GO,
          scen=("O1", "partner copies Hannah into a thread the clinic principal started with him only (parent not in the mailbox)"))
o1_rec2 = dict(t=at(2025, 5, 8, 14, 20), name=graham.name, email=graham.email, plain=o1_plain, subj="RE: Priya - salary sacrifice into super",
               to=[(tom.name, tom.email)], cc=[(me.name, me.email)])
o1_t2 = ("Hi Tom,\n\nPriya's concessional contributions (super guarantee plus $500 a fortnight) come to about $27,400 for 2025-26, under the $30,000 cap. "
         "I'll ask PayStream to set up the salary sacrifice from the first pay in July; she'll need to sign a salary sacrifice agreement first." + SIG_ME)
o1b = emit(me, "olk", at(2025, 5, 8, 16, 0), [(tom.name, tom.email)], [(graham.name, graham.email)], "RE: Priya - salary sacrifice into super", [o1_parent, o1],
           o1_t2 + quote_plain("olk", o1_rec2, BNE), html=html_for("olk", o1_t2, o1_rec2))
o1_rec3 = dict(t=at(2025, 5, 8, 16, 0), name=me.name, email=me.email, plain=o1_t2 + quote_plain("olk", o1_rec2, BNE), subj="RE: Priya - salary sacrifice into super",
               to=[(tom.name, tom.email)], cc=[(graham.name, graham.email)])
o1_t3 = "Thanks Hannah, I'll get her to sign the agreement this week." + tom.sig
emit(tom, "olk", at(2025, 5, 9, 8, 5), [(me.name, me.email)], [(graham.name, graham.email)], "RE: Priya - salary sacrifice into super", [o1_parent, o1, o1b],
     o1_t3 + quote_plain("olk", o1_rec3, BNE), html=html_for("olk", o1_t3, o1_rec3), label=G,
     scen=("P-O1-1", "plain reply from the clinic principal in the salary-sacrifice thread Hannah was copied into"))


# ================================================================ T12 Kōwhai Ridge Wines (NZ, Google Workspace): Australian company's BAS/WET; .ics from the real account at 03:22 NZ (A9)
t12 = Thread("T12", aroha, "Kōwhai Ridge Wines (Australia) - September quarter BAS")
t12.add(aroha, "Kia ora Hannah,\n\nGraham suggested I get in touch with you about the Australian company's BAS for the September quarter. Attached is our distributor's "
        "sales report by state and the shipping invoices for the two containers that landed in Brisbane in August.", at(2024, 9, 18, 10, 22, AKL),
        atts=[("KRW-AU_Sales_JulSep24.xlsx", ooxml("xlsx", [("State", "Cases", "Wholesale value AUD"), ("QLD", "412", "61,800"), ("NSW", "288", "43,200"), ("VIC", "150", "22,500")],
                                                     when=(2024, 9, 17, 16, 0, 0)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
              ("Shipping_invoices_Aug24.pdf", pdf(["Trans-Tasman Freight - invoices 44812, 44813", "Wellington - Brisbane, 2x 20ft reefer"], producer="Skia/PDF m128", when="20240917160500", zone="+12'00'"), "application/pdf")])
t12.add(me, "Kia ora Aroha,\n\nThanks, great to be working with you. For the wine equalisation tax we need the wholesale value per shipment and the import "
        "declarations as well, because the NZ producer rebate is claimed on the same return. Could you keep them in a shared sheet we can both update each quarter?",
        at(2024, 9, 18, 9, 40))
t12.add(aroha, "Sounds good, I'll set one up. Mitch (our winemaker and the other director) will sign off anything that needs signing.", at(2024, 9, 19, 8, 5, AKL))
gsheet = f"https://docs.google.com/spreadsheets/d/{alnum(44)}/edit?usp=sharing"
t12.add(aroha, f"Kia ora Hannah,\n\nHere's the sheet with the import declarations and wholesale values for the quarter:\n{gsheet}\n\nI've given you edit access.",
        at(2024, 10, 16, 9, 12, AKL), label=GH, scen=("G18", "NZ client shares a docs.google.com spreadsheet link (as agreed in the thread)"))
t12.add(me, "Thanks Aroha. Draft BAS: GST on imports is deferred, WET payable $12,980 less the NZ producer rebate claim of $9,460, plus GST on sales. Net $7,830 payable. "
        "Could Mitch approve?", at(2024, 10, 17, 11, 30), cc=[(mitch.name, mitch.email)])
t12.add(mitch, "Kia ora Hannah, Mitch here. Approved, and thanks for sorting the rebate claim. Aroha's across the detail.", at(2024, 10, 17, 15, 2, AKL),
        cc=[(aroha.name, aroha.email)], label=GH, scen=("G19", "the client's other director writes for the first time from his own address at the same domain"))
t12.add(me, "Thanks Mitch. Lodged. $7,830 is due 28 October - BPAY biller code 75556, reference (PRN) 5518 4470 2193 8851.", at(2024, 10, 18, 9, 5),
        to=[(aroha.name, aroha.email)], cc=[(mitch.name, mitch.email)])
t12.add(aroha, "Paid today via BPAY from our ANZ account (biller 75556, ref 5518 4470 2193 8851). Receipt attached.", at(2024, 10, 25, 14, 40, AKL), cc=[(mitch.name, mitch.email)],
        label=GH, scen=("G29", "client confirms a BPAY payment to the ATO, quoting the biller code and reference, with the bank receipt PDF"),
        atts=[("ANZ_BPAY_receipt_25Oct24.pdf", pdf(["ANZ Internet Banking - BPAY receipt", "Biller code 75556 (ATO)", "Reference 5518447021938851", "Amount $7,830.00",
                                                    "Receipt number 8841 2207"], producer="ANZ Internet Banking", when="20241025144000", zone="+13'00'"), "application/pdf")])
t12.add(me, "Kia ora Aroha,\n\nDecember quarter: could you add the October to December shipments to the sheet when you get a chance?", at(2025, 1, 15, 9, 0))
t12.add(aroha, "Done, the sheet's updated (same link). Two containers this quarter plus a pallet of the Pinot for the Sydney restaurant.", at(2025, 1, 16, 11, 48, AKL))
t12.add(me, "Thanks. December quarter is a refund of $2,140 (mostly the marketing costs for the Sydney launch). Approve?", at(2025, 1, 22, 10, 10))
t12.add(aroha, "Ka pai, approved.", at(2025, 1, 23, 8, 30, AKL))
t12.add(aroha, "Kia ora Hannah,\n\nJust a heads up that we're in harvest, so replies might be slow for a few weeks. March quarter figures will be on the sheet by the 20th.",
        at(2025, 4, 9, 7, 15, AKL))
t12.add(me, "No worries, good luck with harvest! Once it's over, shall we do a Google Meet to go through the year-end and the WET rebate cap?", at(2025, 4, 10, 9, 20))
ics_a9 = ics(f"{hx(32)}@kowhairidge.example", ("Aroha Tane", aroha.email), (me.name, me.email), datetime.datetime(2025, 4, 17, 9, 0, tzinfo=BNE),
             datetime.datetime(2025, 4, 17, 9, 45, tzinfo=BNE), "Kowhai Ridge - GST refund and WET rebate review",
             "Microsoft Teams Meeting", "Join the meeting: https://teams-live-meet.example/l/meetup-join/19%3ameeting_" + alnum(40) + "%40thread.v2/0?context=auth",
             "https://teams-live-meet.example/l/meetup-join/19%3ameeting_" + alnum(40) + "%40thread.v2/0?context=auth")
t12.add(aroha, "Hello Hannah,\n\nAs discussed please find attached the calendar invite for our review meeting about the GST refund and the WET rebate claim. The meeting "
        "link is in the invite, please accept it so that it shows in your calendar.\n\nRegards,\nAroha", at(2025, 4, 16, 3, 22, AKL), sig=False, label=HJ("server-hijack"),
        atts=[("Invite_KowhaiRidge_review.ics", ics_a9, "text/calendar; charset=UTF-8; method=REQUEST")],
        scen=("A9", "NZ client's real Google Workspace account (same Gmail web headers, DKIM) at 03:22 NZ time: .ics 'meeting invite' with a Teams-style link on an "
                    "unknown domain; no Māori greeting or usual signature although the thread always had them; quotes the thread faithfully"))
t12.add(me, "Kia ora Aroha,\n\nI received a calendar file from you overnight with a Teams link - we normally use Google Meet. Just checking it's from you before I open "
        "anything.", at(2025, 4, 16, 8, 50))
t12.add(aroha, "Kia ora Hannah, that wasn't me!! I've just seen a pile of sent emails I didn't write. I'm changing the password and our Google admin is checking the "
        "account. Please ignore it.", at(2025, 4, 16, 11, 15, AKL))
t12.add(aroha, "March quarter is on the sheet now. Harvest's done - 62 tonnes!", at(2025, 4, 24, 16, 5, AKL))
t12.add(me, "Congratulations! March quarter BAS: refund of $1,180. Mitch, OK to lodge?", at(2025, 4, 28, 10, 0), cc=[(mitch.name, mitch.email)])
t12.add(mitch, "Approved.", at(2025, 4, 29, 7, 40, AKL), cc=[(aroha.name, aroha.email)])

# ================================================================ T13 Bean Theory Roasters (cafe's supplier; Hannah pays bills): BSB changed in an 'updated invoice' PDF from the real mailbox (A1)
xero_invoice(at(2024, 9, 2, 6, 10), "INV-2998", "2,489.60", "16 Sep 2024")
t13 = Thread("T13", kylie, "Paddington Grind - invoices and remittances")
t13.add(me, "Hi Kylie,\n\nI'm the bookkeeper for Paddington Grind. From September could you please send their invoices to me as well as Sofia? We pay suppliers "
        "fortnightly on Thursdays.", at(2024, 9, 9, 10, 30))
t13.add(kylie, "Hi Hannah,\n\nNo worries, I've added you to the contact in Xero so you'll get the invoices and statements from now on.", at(2024, 9, 9, 11, 48))
xero_invoice(at(2024, 10, 1, 6, 10), "INV-3052", "2,712.40", "15 Oct 2024")
t13.add(me, "Hi Kylie,\n\nRemittance: $2,612.40 paid today for INV-3052.", at(2024, 10, 17, 10, 2))
t13.add(kylie, "Hi Hannah,\n\nThanks for the payment - it was $2,612.40 but INV-3052 is $2,712.40. Is there a credit we're missing? If not, the $100 balance can go to "
        "our usual account, Westpac BSB 034-002 account 417 720, or PayID accounts@beantheory.example.", at(2024, 10, 24, 9, 35), label=GH,
        scen=("G21", "supplier's real accounts person queries a short payment and repeats her usual (unchanged) BSB/account and PayID"))
t13.add(me, "Sorry Kylie, my typo - I've paid the $100 today.", at(2024, 10, 24, 11, 0))
t13.add(kylie, "Received, thanks!", at(2024, 10, 25, 8, 40))
xero_invoice(at(2024, 11, 1, 6, 10), "INV-3104", "2,655.20", "15 Nov 2024")
xero_invoice(at(2024, 12, 2, 6, 10), "INV-3150", "3,120.80", "16 Dec 2024")
xero_invoice(at(2024, 12, 19, 6, 30), "INV-3150", "3,120.80", "16 Dec 2024", reminder=True, days_over=3, label=GH,
             scen=("G4", "Xero overdue-invoice reminder sent on the supplier's behalf (no reply headers, 'View and pay' link)"))
t13.add(me, "Hi Kylie,\n\nINV-3150 was paid on 12 December ($3,120.80) - the Xero reminder must have crossed with the bank.\n\nAlso, Sofia asked whether you could move "
        "Paddington Grind to 30-day terms from February?", at(2025, 1, 9, 9, 0))
t13.add(kylie, "Hi Hannah,\n\nFound it, sorry about the reminder. And yes, 30 days is approved from the February invoice.", at(2025, 1, 10, 10, 20))
xero_invoice(at(2025, 1, 2, 6, 10), "INV-3171", "2,204.00", "16 Jan 2025")
xero_invoice(at(2025, 2, 3, 6, 10), "INV-3218", "3,014.90", "5 Mar 2025")
xero_invoice(at(2025, 3, 12, 6, 30), "INV-3218", "3,014.90", "5 Mar 2025", reminder=True, days_over=7, label=GH,
             scen=("G3", "Xero overdue-invoice reminder from the supplier's organisation (the invoice was paid late, Hannah pays it a week later)"))
xero_invoice(at(2025, 3, 3, 6, 10), "INV-3240", "2,860.10", "2 Apr 2025")
t13.add(me, "Hi Kylie,\n\nRemittance: INV-3218 $3,014.90 paid today - apologies for the delay, Sofia was away.", at(2025, 3, 20, 10, 15))
xero_invoice(at(2025, 4, 1, 6, 10), "INV-3261", "2,846.50", "1 May 2025")
a1_pdf = pdf(["TAX INVOICE", "Bean Theory Roasters Pty Ltd", f"ABN {ABN['bean']}", "14 Doggett Street, Newstead QLD 4006", "Bill to: Paddington Grind (Mendes Hospitality Pty Ltd)",
              "Invoice number INV-3261", "Due date 1 May 2025", "Total AUD 2,846.50 (includes GST)", "How to pay: EFT to ME Bank BSB 944-600 Account 2314 6690 2",
              "Account name: Bean Theory Roasters - please use the invoice number as reference", "NEW BANK DETAILS - please update your records"],
             producer="iLovePDF", creator="Microsoft Word", when="20250408101500")
t13.add(kylie, "Hi Hannah,\n\nPlease find attached the updated invoice for March. We have recently changed banks, so the payment details on this one are different "
        "to our older invoices - could you please update them in your system before your next payment run and use these from now on.\n\nThanks so much,\nKylie",
        at(2025, 4, 8, 10, 42), sig=False, label=HJ("server-hijack"), atts=[("INV-3261 Paddington Grind.pdf", a1_pdf, "application/pdf")],
        scen=("A1", "supplier's real Microsoft 365 mailbox (same Outlook/EXO headers, business hours): 'updated invoice' PDF (iLovePDF) whose BSB/account changed "
                    "from Westpac to ME Bank; no link; quotes Hannah's last remittance faithfully"))
t13.add(me, "Hi Kylie,\n\nBefore I change any bank details I'll give you a call on (07) 5550 7714, as per our procedure.", at(2025, 4, 8, 11, 30))
t13.add(kylie, "Hi Hannah,\n\nThanks for calling. To confirm for your records: we have NOT changed banks. Our details are still Westpac BSB 034-002, account 417 720. "
        "Our IT provider found someone had been in my mailbox and we've reset everything. Please disregard the 'updated invoice'.", at(2025, 4, 8, 13, 10), label=GH,
        scen=("G35", "supplier's real accounts person confirms after the call-back that the bank details did NOT change (bank details in the text)"))
xero_invoice(at(2025, 5, 1, 6, 10), "INV-3290", "2,931.00", "31 May 2025")
xero_invoice(at(2025, 6, 2, 6, 10), "INV-3322", "3,088.70", "2 Jul 2025")
xero_invoice(at(2025, 7, 1, 6, 10), "INV-3351", "2,977.30", "31 Jul 2025")
t13.add(me, "Hi Kylie,\n\nRemittance: INV-3290 and INV-3322 paid today, $6,019.70 in total.", at(2025, 7, 3, 10, 0))
t13.add(kylie, "Received both, thanks Hannah.", at(2025, 7, 3, 14, 25))

# ================================================================ T19 Jarrah IT (the firm's IT provider, TicketLoom tickets): software update (G24); Emotet-style spoof with OneNote (A16)
JIT = [("Jarrah IT Service Desk", "support@jarrahit.example")]
t19 = Thread("T19", jarrah, "Outlook keeps asking for password")
t19.add(me, "Hi Jarrah team,\n\nSince yesterday Outlook keeps asking for my password about once an hour. I changed my password last week when it expired. "
        "Webmail works fine.", at(2025, 5, 19, 9, 5), to=JIT)
SUBJ19 = "[Ticket #JIT-20931] Outlook keeps asking for password"
LOOM_FOOT = ("\n\n--\nJarrah IT | Managed IT for professional practices | (07) 5550 6120\nView this ticket: https://jarrahit.ticketloom.example/portal/tickets/20931\n"
             "Please reply above this line to add a comment to the ticket.")
loom_x = [("X-Mailer", "TicketLoom 5.2"), ("X-TicketLoom-Ticket", "20931"), ("X-Auto-Response-Suppress", "All")]
t19.add(jarrah, "Hi Hannah,\n\nThanks for contacting Jarrah IT. Your ticket JIT-20931 has been logged and a technician will be in touch within 2 business hours.",
        at(2025, 5, 19, 9, 6), sig=False, quote=False, label=None, subj=SUBJ19, extra=loom_x + [("Auto-Submitted", "auto-replied")], footer=LOOM_FOOT)
t19.add(jarrah, "Hi Hannah,\n\nThanks for the details. This is usually a stale token in Windows Credential Manager after a password change. I'll connect at 3pm with "
        "our remote support tool if that suits?\n\nCallum Reid\nSupport Engineer", at(2025, 5, 19, 14, 20), sig=False, quote=False, subj=SUBJ19, extra=loom_x,
        frm=addr("Callum Reid (Jarrah IT)", "support@jarrahit.example"), footer=LOOM_FOOT)
t19.add(me, "3pm is fine.", at(2025, 5, 19, 14, 31), to=JIT, subj="RE: " + SUBJ19)
t19.add(jarrah, "Hi Hannah,\n\nIs yesterday's fix holding? Microsoft has also released an Outlook update that fixes the repeated password prompts. It installs "
        "automatically overnight, but if you'd like it sooner: File > Office Account > Update Options > Update Now.\n\nRelease notes: "
        "https://learn.microsoft.example/en-us/officeupdates/current-channel#version-2505\n\nCallum Reid\nSupport Engineer", at(2025, 5, 20, 10, 5), sig=False,
        quote=False, subj=SUBJ19, extra=loom_x, frm=addr("Callum Reid (Jarrah IT)", "support@jarrahit.example"), footer=LOOM_FOOT, label=GH,
        scen=("G24", "the firm's IT provider's ticket system: genuine 'install the Outlook update' message with a link to the vendor's release notes"))
t19.add(me, "All good now, thanks Callum - no prompts since yesterday.", at(2025, 5, 20, 10, 30), to=JIT, subj="RE: " + SUBJ19)
emo = Pt("Jarrah IT Service Desk", "accounts@ridgewaymotors.example", "emotet", "hacked-ridgeway", tz=UTC)
t19.add(emo, "Hi Hannah,\n\nAs per the ticket, please install the attached Outlook security update and restart your PC. Open the file and double click \"Install\" "
        "to continue.\n\nRegards\nJarrah IT Service Desk", at(2025, 6, 5, 8, 14), sig=False, label=HJ("display-name-spoof"), to=[(me.name, me.email)],
        subj="RE: " + SUBJ19, xip=f"41.{R.randint(58, 79)}.{R.randint(1, 250)}.{R.randint(1, 250)}", qtz=UTC,
        atts=[("Outlook_Security_Update_KB5040412.one", onenote("Install.hta"), "application/onenote")],
        scen=("A16", "IT provider's display name from a hacked third-party mailbox (Exim/cPanel, foreign client IP): 'install the attached Outlook security update' "
                     "as a OneNote file, Emotet-style quote of the whole ticket thread"))
t19.add(me, "Hi Callum,\n\nI've just had an email claiming to be from your service desk, sent from accounts@ridgewaymotors.example, with a OneNote file 'security "
        "update' attached. I haven't opened it.", at(2025, 6, 5, 8, 40), to=JIT, subj="RE: " + SUBJ19)
t19.add(jarrah, "Hi Hannah,\n\nThanks for forwarding - that's not from us. We never send updates as attachments. I've blocked the sender for the whole tenant and "
        "checked nobody else opened it.\n\nCallum Reid\nSupport Engineer", at(2025, 6, 5, 9, 15), sig=False, quote=False, subj=SUBJ19, extra=loom_x,
        frm=addr("Callum Reid (Jarrah IT)", "support@jarrahit.example"), footer=LOOM_FOOT)


# ================================================================ Google Groups mailing list of local practitioners (list From rewriting, footers; G14)
LIST_NAME = "BNE Practice Network"


def list_post(th, who, text, t, label="auto", scen=None, quote=True):
    client = who.client
    if who is me:
        return th.add(me, text, t, to=[(LIST_NAME, LIST)], quote=quote, subj=None if th.refs else th.subj)
    m = make_mid(who, client, t)
    foot = (f"\n\n-- \nYou received this message because you are subscribed to the Google Groups \"{LIST_NAME}\" group.\nTo unsubscribe from this group and stop "
            f"receiving emails from it, send an email to {LIST.split('@')[0]}+unsubscribe@googlegroups.com.\nTo view this discussion visit "
            f"https://groups.google.com/d/msgid/{LIST.split('@')[0]}/{m[1:-1].replace('@', '%40').replace('+', '%2B').replace('=', '%3D')}.")
    ex = [("X-Original-Sender", who.email), ("X-Original-Authentication-Results", f"mx.google.com;       dkim=pass header.i=@{who.dom};       spf=pass (google.com: domain of "
                                                                                   f"{who.email} designates {gmail_host()[1]} as permitted sender) smtp.mailfrom={who.email};       "
                                                                                   f"dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={who.dom}"),
          ("Precedence", "list"), ("Mailing-list", f"list {LIST}; contact {LIST.split('@')[0]}+owners@googlegroups.com"), ("List-ID", f"<{LIST.replace('@', '.')}>"),
          ("X-Spam-Checked-In-Group", f"{who.email}"), ("X-Google-Group-Id", str(R.randint(10**11, 10**12))),
          ("List-Post", f"<https://groups.google.com/group/{LIST.split('@')[0]}/post>, <mailto:{LIST}>"),
          ("List-Help", f"<https://groups.google.com/support/>, <mailto:{LIST.split('@')[0]}+help@googlegroups.com>"),
          ("List-Archive", f"<https://groups.google.com/group/{LIST.split('@')[0]}/>"),
          ("List-Unsubscribe", f"<mailto:googlegroups-manage+{R.randint(10**11, 10**12)}+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/{LIST.split('@')[0]}/subscribe>"),
          ("Sender", LIST)]
    return th.add(who, text, t, label=label, scen=scen, to=[(LIST_NAME, LIST)], quote=quote, mid=m, infra="ggroups", extra=ex, footer=foot,
                  frm=f'"\'{who.name}\' via {LIST_NAME}" <{LIST}>', reply_to=f"{LIST_NAME} <{LIST}>", subj=None if th.refs else th.subj)


L1 = Thread("L1", fiona, "Online services for agents logging out every 10 minutes?")
list_post(L1, fiona, "Hi all,\n\nIs anyone else getting kicked out of Online services for agents every ten minutes since the weekend? I've cleared the cache and tried "
          "Edge and Chrome. myID is fine.\n\nFiona" + "\n\nFiona Barker\nBarker Bookkeeping | BAS Agent", at(2024, 9, 5, 9, 40))
list_post(L1, raj, "Same here Fiona, since Monday. The ATO status page says they're aware of session time-outs for some agents." + "\n\nRaj Mehta CPA\nMehta Partners", at(2024, 9, 5, 10, 12))
list_post(L1, trent, "Yep. Using a private window seems to last longer for me, for what it's worth\n\nTrent", at(2024, 9, 5, 10, 40))
list_post(L1, me, "Us too - it seems to be fixed as of this afternoon for everyone in our office.", at(2024, 9, 5, 15, 5))
list_post(L1, fiona, "Confirmed here too, thanks all.\n\nFiona", at(2024, 9, 6, 8, 2))
L2 = Thread("L2", raj, "Payday super - what are you telling clients?")
list_post(L2, raj, "Morning all,\n\nWith payday super starting 1 July 2026, what are you telling clients who currently pay super quarterly? I'm suggesting they move to "
          "paying with each pay run from 1 July 2025 so the cash flow shock is a year earlier and smaller.\n\nRaj Mehta CPA\nMehta Partners", at(2024, 11, 6, 8, 30))
list_post(L2, me, "We're doing the same for payroll clients with tight cash flow. For the ones using a payroll provider it's mostly a settings change.", at(2024, 11, 6, 11, 20))
list_post(L2, fiona, "Agree. I'd add: check the clearing house timing - some take 3-4 business days, which will matter once the 7 day deadline starts.\n\nFiona",
          at(2024, 11, 6, 12, 15))
list_post(L2, trent, "Good tip re clearing house timing, hadn't thought of that\n\nTrent", at(2024, 11, 6, 19, 48))
L3 = Thread("L3", trent, "TPAR for builders who also do renovations")
list_post(L3, trent, "Hi all,\n\nClient is a builder who also does small reno jobs for homeowners. Does he report ALL contractor payments in the TPAR, or only the "
          "building ones? Turnover split is about 60/40.\n\nTrent", at(2025, 2, 12, 13, 5))
list_post(L3, fiona, f"Hi Trent,\n\nIf building and construction services are 10% or more of his turnover he reports all payments to contractors for building and "
          f"construction services, reno work included. I keep a checklist for this, happy to share:\nhttps://docs.google.com/document/d/{alnum(44)}/edit?usp=sharing\n\nFiona",
          at(2025, 2, 12, 14, 22), label=GH,
          scen=("G14", "Google Groups list reply (From rewritten to \"'Fiona Barker' via BNE Practice Network\", list footer) with a docs.google.com link"))
list_post(L3, raj, "Fiona's right. Also watch out for payments to contractors without an ABN - they go on the TPAR too.\n\nRaj Mehta CPA\nMehta Partners", at(2025, 2, 12, 16, 40))
list_post(L3, me, "Thanks Fiona, that checklist is great - I'm using it for our builder client this year.", at(2025, 2, 13, 8, 30))
L4 = Thread("L4", fiona, "Heads up: fake ATO 'director penalty notice' emails")
list_post(L4, fiona, "Hi all,\n\nTwo of my clients forwarded me emails this week claiming to be from ATO debt management about a director penalty notice, with a PDF "
          "and a payment link. The domain looks close to the ATO's but isn't. Just a reminder that the ATO doesn't send DPNs by email.\n\nFiona", at(2025, 5, 14, 9, 0))
list_post(L4, me, "We had one in March about a client who genuinely has a payment plan, which made it more convincing. It was a reply to an email I'd supposedly "
          "sent, with a made-up quote of me. Reported it to ReportScams@ato.example.", at(2025, 5, 14, 10, 25))
list_post(L4, raj, "Thanks both. Sharing with my team.\n\nRaj Mehta CPA\nMehta Partners", at(2025, 5, 14, 11, 3))
L5 = Thread("L5", raj, "STP finalisation stragglers")
list_post(L5, raj, "Anyone else still chasing clients whose payroll software hasn't finalised STP? 14 July is the deadline.\n\nRaj Mehta CPA\nMehta Partners", at(2025, 7, 8, 9, 10))
list_post(L5, trent, "Two of mine. One is a sole trader who 'forgot' he had an employee lol\n\nTrent", at(2025, 7, 8, 12, 44))
list_post(L5, fiona, "All mine done thankfully - the payroll providers finalise automatically now.\n\nFiona", at(2025, 7, 9, 8, 15))

# ================================================================ ATO, super fund, MYOB, Xero, Australia Post notices
def ato_note(t, subj, msg_subj, client_name, label=None, scen=None):
    text = (f"Dear Moreton Ledger Partners,\n\nYou have a new message in Online services for agents.\n\nMessage subject: {msg_subj}\nClient: {client_name}\n\n"
            "To read it, log in to Online services for agents with your myID. For your security, we will never send you a link to log in to our online services.\n\n"
            "Australian Taxation Office\n\nThis is an automated email - please do not reply.")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a"><div style="border-top:6px solid #1b3a57;padding:18px;max-width:600px">'
            '<p><b>Australian Taxation Office</b></p>' + "".join(f"<p>{esc(p)}</p>" for p in text.split("\n\n")[:-2]) +
            '<p>Australian Taxation Office</p><p style="font-size:11px;color:#666">This is an automated email - please do not reply.</p></div></body></html>')
    return emit(ato, "ato", t, [("Moreton Ledger Partners", me.email)], None, subj, [], text, html=html, extra=[("Auto-Submitted", "auto-generated")], label=label, scen=scen)


ato_note(at(2024, 9, 20, 14, 2), "You have a new message in Online services for agents", "Client-to-agent link confirmed", "RIVERSIDE PHYSIO CO PTY LTD")
ato_note(at(2024, 10, 14, 8, 31), "You have a new message in Online services for agents", "Payment plan confirmation", "KETTLE & SONS BUILDING PTY LTD", label=GH,
         scen=("G11", "genuine ATO notification (no link) about the client's payment plan - the same client the fake ATO thread later uses"))
ato_note(at(2024, 12, 3, 16, 44), "You have a new message in Online services for agents", "Notices of assessment issued (2)", "MENDES, SOFIA; MENDES, LUIS")
ato_note(at(2025, 2, 28, 15, 12), "You have a new message in Online services for agents", "Lodgment program 2025-26: key dates", "Your practice")
ato_note(at(2025, 5, 21, 10, 5), "You have a new message in Online services for agents", "Client-to-agent link confirmed", "KOWHAI RIDGE WINES (AUSTRALIA) PTY LTD")
ato_note(at(2025, 7, 15, 9, 30), "You have a new message in Online services for agents", "Tax time 2025: pre-filling reports available", "Your practice")

sfmc_x = lambda: [("List-Unsubscribe", f"<https://cl.e.coastlinesuper.example/unsub_center.aspx?qs={alnum(60)}>"), ("x-job", f"{R.randint(100000, 999999)}_{R.randint(1000000, 9999999)}"),
                  ("X-SFMC-Stack", "6")]
for t, subj, paras in [
        (at(2024, 9, 25, 10, 0, SYD), "Employer update: Payday Super is coming", ["Hi Hannah,", "From 1 July 2026 employers will need to pay super at the same time as wages. Here's how to get ready."]),
        (at(2024, 12, 10, 10, 0, SYD), "Employer update: Christmas closure and contribution dates", ["Hi Hannah,", "Our office closes from 24 December to 2 January. Contributions for the December quarter are due 28 January."]),
        (at(2025, 3, 18, 10, 0, SYD), "Employer update: March quarter due 28 April", ["Hi Hannah,", "A reminder that March quarter contributions are due by 28 April. Allow for clearing house processing time."]),
        (at(2025, 7, 1, 10, 0, SYD), "Employer update: the super guarantee is now 12%", ["Hi Hannah,", "From today the super guarantee rate is 12%. Check your payroll settings."])]:
    newsletter(coast_news, "sfmc", t, subj, paras, [("Employer Portal", "https://employer.coastlinesuper.example/login"), ("Employer news", "https://www.coastlinesuper.example/employers/news"),
                                                   ("Unsubscribe", f"https://cl.e.coastlinesuper.example/unsub_center.aspx?qs={alnum(40)}")],
               bcl=4, extra=sfmc_x(), foot="Coastline Super Pty Ltd ABN 41 663 205 118 AFSL 514228, trustee of Coastline Superannuation Fund. PO Box 2201, Sydney NSW 2001.")
newsletter(coast_news, "sfmc", at(2025, 5, 20, 10, 0, SYD), "Important: changes to how employers pay contributions from 1 July 2025",
           ["Hi Hannah,", "From 1 July 2025 Coastline Super is moving employer contributions to our new clearing house platform, EmployerHub. If you pay through a payroll "
                          "provider or the Small Business Superannuation Clearing House, you don't need to do anything.",
            "If you pay us directly by EFT, your new payment details (including a PayID unique to your business) will be in the Employer Portal from 16 June. "
            "Our BPAY biller code 339281 does not change.", "We will never email you new bank account details. If you receive an email asking you to pay "
                                                           "contributions to a different account, call Employer Services on 1300 975 731."],
           [("Log in to the Employer Portal", "https://employer.coastlinesuper.example/login"), ("Read the FAQs", "https://www.coastlinesuper.example/employers/employerhub-faq"),
            ("Unsubscribe", f"https://cl.e.coastlinesuper.example/unsub_center.aspx?qs={alnum(40)}")], bcl=3, extra=sfmc_x(),
           foot="Coastline Super Pty Ltd ABN 41 663 205 118 AFSL 514228, trustee of Coastline Superannuation Fund. PO Box 2201, Sydney NSW 2001.",
           label=GH, scen=("G32", "the super fund's genuine bulk notice that its payment channel for employers changes (new clearing house, new PayID in the portal)"))

newsletter(myob, "myob", at(2024, 9, 5, 11, 20, MEL), "Riverside Physio Co has shared a company file with you",
           ["Hi Hannah,", "Mei Lin Zhou has invited you to access the company file 'Riverside Physio Co - AccountRight 2024' as an Adviser.",
            "Accept the invitation to open the file in MYOB AccountRight or MYOB Practice. This invitation expires in 14 days."],
           [("Accept invitation", f"https://secure.myob.example/invitations/accept?token={alnum(48)}"), ("MYOB Help Centre", "https://help.myob.example/")],
           bcl=0, extra=[("X-SG-EID", b64(60))], foot="MYOB Australia Pty Ltd, 168 Cremorne Street, Cremorne VIC 3121.", label=GH,
           scen=("G26", "MYOB notification that the client shared an accounting file with Hannah, with an 'accept invitation' link"))
newsletter(myob, "myob", at(2024, 10, 22, 9, 0, MEL), "AccountRight 2024.10 is here", ["Hi Hannah,", "The latest AccountRight update includes STP and bank feed fixes."],
           [("See what's new", "https://www.myob.example/au/release-notes/accountright"), ("Unsubscribe", f"https://www.myob.example/unsub?e={alnum(30)}")], bcl=5,
           extra=[("List-Unsubscribe", f"<https://www.myob.example/unsub?e={alnum(30)}>")])
newsletter(myob, "myob", at(2025, 2, 25, 9, 30, MEL), "Your adviser access to Riverside Physio Co expires soon",
           ["Hi Hannah,", "Your access to 'Riverside Physio Co - AccountRight 2024' expires on 11 March 2025 because the file is now read-only."],
           [("Open MYOB", "https://my.myob.example/")], bcl=0)
newsletter(xero, "xeronote", at(2025, 1, 21, 9, 32), "Leanne Ashby accepted your invitation to Kettle & Sons Building Pty Ltd",
           ["Hi Hannah,", "Leanne Ashby (leanne@ashbybooks.example) has accepted your invitation to Kettle & Sons Building Pty Ltd with the Adviser role.",
            "You can change user roles at any time in Settings > Users."], [("Go to Xero", "https://go.xero.example/Settings/Users")], bcl=0,
           extra=[("X-Xero-Notification", "user-invite-accepted")], label=GH,
           scen=("G31", "Xero notification that the client's new bookkeeper accepted the invitation (link to Xero)"))
newsletter(xero, "xeronote", at(2024, 11, 27, 7, 14), "Action needed: a bank feed for Kettle & Sons Building Pty Ltd has stopped",
           ["Hi Hannah,", "The bank feed for 'Business Everyday 1829' hasn't received transactions for 7 days. Reconnect the feed to keep it up to date."],
           [("Reconnect feed", "https://go.xero.example/Bank/BankFeeds")], bcl=0)
for t, order in [(at(2024, 10, 2, 11, 0, MEL), "4417720"), (at(2025, 1, 30, 10, 30, MEL), "4580913"), (at(2025, 3, 26, 13, 15, MEL), "4639902"), (at(2025, 6, 12, 9, 40, MEL), "4811305")]:
    newsletter(auspost, "auspost", t, "Your parcel from Officeworks is on its way",
               ["Hi Hannah,", f"Your parcel from Officeworks (order {order}) is on its way and is expected to arrive in 1-2 business days.",
                "Delivering to: Level 3, 88 Brunswick Street, Fortitude Valley QLD 4006"],
               [("Track your parcel", f"https://auspost.example/mypost/track/details/{alnum(4).upper()}{R.randint(10**9, 10**10)}"), ("Manage deliveries", "https://auspost.example/mypost")],
               bcl=2, foot="Australia Post acknowledges the Traditional Custodians of the land on which we operate.")

# ================================================================ PracticeHub: the firm's own portal (G10, G30), look-alike portal reply (A6), orphan O2
hub_note(at(2024, 10, 1, 10, 16), "Document request sent: 2024 records - Mendes Family", "Copy for Moreton Ledger Partners.\n\nA document request with 4 items was sent to "
         "Sofia Mendes on your behalf.", "Open request", f"{PORTAL}/requests/18841")
hub_note(at(2024, 10, 9, 21, 45), "Sofia Mendes uploaded 9 files - 2024 records - Mendes Family", "Sofia Mendes uploaded 9 files to '2024 records - Mendes Family'.",
         "View files", f"{PORTAL}/requests/18841/files")
hub_note(at(2024, 10, 22, 16, 8), "Dave O'Connell signed: 2024 Company Tax Return - O'Connell Plumbing & Gas", "Dave O'Connell signed '2024 Company Tax Return' "
         "(1 document). The signed copy has been saved to the client's folder.", "View document", f"{PORTAL}/documents/77104")
hub_note(at(2024, 11, 14, 7, 4), "Sofia Mendes signed: 2024 Income Tax Returns - Mendes Family", "Sofia Mendes signed '2024 Income Tax Returns - Mendes Family' "
         "(3 documents). 1 signer is still outstanding: Luis Mendes.", "View document", f"{PORTAL}/documents/77391")
hub_note(at(2024, 11, 14, 19, 30), "Luis Mendes signed: 2024 Income Tax Returns - Mendes Family", "Luis Mendes signed '2024 Income Tax Returns - Mendes Family'. "
         "All signers have now signed.", "View document", f"{PORTAL}/documents/77391")
for t in (at(2024, 12, 2, 7, 0), at(2025, 3, 3, 7, 0), at(2025, 6, 2, 7, 0)):
    hub_note(t, "Your PracticeHub monthly summary", f"Here's your summary for last month: {R.randint(3, 9)} documents signed, {R.randint(2, 7)} requests completed, "
             f"{R.randint(1, 6)} requests outstanding.", "Open PracticeHub", f"{PORTAL}/dashboard")
hub_note(at(2025, 2, 3, 8, 2), "Your PracticeHub sign-in code", "Your sign-in code is 418 266. It expires in 10 minutes.\n\nIf you didn't try to sign in, reset your "
         "password and contact your PracticeHub administrator.", "Reset password", f"{PORTAL}/account/reset", label=GH,
         scen=("G30", "the firm's own portal sends Hannah a one-time sign-in code right after she logs in (MFA code e-mail)"))
hub_req = hub_note(at(2025, 6, 2, 9, 0), "Document request: FY25 records - O'Connell Plumbing & Gas",
                   "Hi Dave,\n\nMoreton Ledger Partners has requested the following for your 2025 returns:\n\n1. Bank statements to 30 June 2025\n2. Fuel and vehicle receipts\n"
                   "3. Tool and equipment purchases over $300\n4. Logbook (if changed)\n\nYou can upload photos straight from your phone.", "Upload documents",
                   f"{PORTAL}/requests/21907", to=[("Dave O'Connell", dave.email)], cc=[(me.name, me.email)])
o2_parent = f"<{alnum(22)}@ismtpd04p1syd1.practicehub.example>"
hub_note(at(2025, 6, 23, 19, 47), "Dave O'Connell uploaded 4 files - FY25 records - O'Connell Plumbing & Gas", "Dave O'Connell uploaded 4 files to "
         "'FY25 records - O'Connell Plumbing & Gas'. 1 item is still outstanding.", "View files", f"{PORTAL}/requests/21907/files", refs=[hub_req], label=GH,
         scen=("G10", "the firm's own portal notifies an upload by the client (In-Reply-To the request, 'View files' button link)"))
look_hub = Pt("Moreton Ledger Partners (via PracticeHub)", "notifications@practicehub-notify.example", "hublook", "look-hub", ctry="NL")
hub_note(at(2025, 6, 24, 7, 55), "Re: Document request: FY25 records - O'Connell Plumbing & Gas",
         "Action required: 2 of the 4 files uploaded by Dave O'Connell to 'FY25 records - O'Connell Plumbing & Gas' were quarantined by the PracticeHub malware "
         "scan and cannot be released to the client folder until a staff member re-verifies.\n\nTo release the files, re-verify your staff account within 24 hours. "
         "You will be asked for your password and the 6-digit code from your authenticator app.", "Review quarantined files",
         f"https://moretonledger.practicehub-notify.example/staff/auth/reverify?u=hannah.kowalski&t={alnum(32)}", refs=[hub_req], who=look_hub, client="hublook",
         label=HJ("lookalike-domain"),
         scen=("A6", "look-alike of the firm's practice portal (practicehub-notify): reply to the real document request (known via the plumber's mailbox) - "
                     "'files quarantined, re-verify with password + MFA code' link to the look-alike domain"))
o2_rec = dict(t=at(2025, 6, 2, 9, 1), name="Moreton Ledger Partners (via PracticeHub)", email="notifications@practicehub.example",
              plain="Hi Sofia,\n\nMoreton Ledger Partners has requested the following for your 2025 returns:\n\n1. Bank statements to 30 June 2025\n2. Square sales summary\n"
                    "3. Trustee resolution (signed before 30 June)\n4. Tax invoices for assets over $1,000\n\nUpload documents: " + f"{PORTAL}/requests/21908" + HUB_FOOT,
              subj="Document request: FY25 records - Mendes Family", to=[("Sofia Mendes", sofia.email)], cc=[])
o2_txt = "Hi Hannah, is the Square report ok as a CSV or do you need the PDF one? Still hunting for that coffee machine invoice lol"
emit(sofia, "gmail-android", at(2025, 6, 30, 20, 12), [(me.name, me.email)], None, "Re: Document request: FY25 records - Mendes Family", [o2_parent],
     o2_txt + quote_plain("gmail-android", o2_rec, BNE), html=html_for("gmail-android", o2_txt, o2_rec, BNE), label=GO,
     scen=("O2", "client replies (Reply-To) to the portal's document request, which only went to her - parent not in the mailbox"))

# ================================================================ T1 revived at tax time, eight months later (G5)
t1.add(sofia, "Hi Hannah, found it!!! Sorry this took 8 months lol. Photo of the tax invoice attached, the PDF got lost when I changed phones. Is this ok for the tax return?",
       at(2025, 7, 14, 21, 36), sig=False, label=GH, atts=[("IMG_20250714_213212.jpg", jpeg("samsung", "SM-S931B", "2025:07:14 21:32:12", 11000), "image/jpeg")],
       scen=("G5", "client revives an eight-month-old thread at tax time with a phone photo of the invoice Hannah asked for in November"))
t1.add(me, "That's perfect, thanks Sofia. It shows Cafe Equip Co's ABN, the GST of $1,600 and the installation date of 22 November. The $20,000 threshold was "
       "legislated in the end, so the full $16,000 is deductible in 2024-25.", at(2025, 7, 15, 9, 10))
t1.add(sofia, "Yay 🎉 thank you!!", at(2025, 7, 15, 10, 2), sig=False)

# ================================================================ fake threads: voicemail SVG (A13) and ATO 'director penalty notice' (A3)
vm = Pt("Moreton Ledger Voice", "voicemail@vm-cloudrelay.example", "vm", "fake-vm", ctry="US")
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="560" height="200" viewBox="0 0 560 200">'
       '<rect width="560" height="200" fill="#f3f6f9"/><text x="30" y="60" font-family="Segoe UI,Arial" font-size="20">Voice message from +61 7 5550 2931</text>'
       '<text x="30" y="95" font-family="Segoe UI,Arial" font-size="15" fill="#555">Duration 00:42 - Thursday 12 December 2024 7:58 AM</text>'
       f'<a xlink:href="https://vm-cloudrelay.example/play/?m={alnum(24)}&amp;u=hannah.kowalski%40moretonledger.example" target="_blank">'
       '<rect x="30" y="120" width="200" height="44" rx="6" fill="#0a66c2"/><text x="62" y="148" font-family="Segoe UI,Arial" font-size="16" fill="#fff">&#9654; Play message</text></a>'
       "<!-- inert probe placeholder: fictional domain, no script --></svg>")
vm_txt = ("You have received a new voice message.\n\nFrom: +61 7 5550 2931\nTo: Hannah Kowalski (ext. 2146)\nReceived: Thursday, 12 December 2024 7:58 AM\nDuration: 00:42\n\n"
          "The recording is attached. Open the attachment in your browser to play the message.\n\nMoreton Ledger Partners Voice Services")
emit(vm, "vm", at(2024, 12, 12, 8, 3), [(me.name, me.email)], None, "RE: Voice message from +61 7 5550 2931 (00:42)", [f"<{hx(32)}@vm-cloudrelay.example>"], vm_txt,
     html='<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">' + "".join(f"<p>{esc(p)}</p>" for p in vm_txt.split("\n\n")) + "</body></html>",
     atts=[("VM_61755502931_0042.svg", svg.encode(), "image/svg+xml")], label=HJ("fake-thread"),
     scen=("A13", "stranger 'RE: Voice message from ...' with a References id not in the mailbox and no quote: SVG 'voicemail' attachment linking to an unknown domain"))
fake_parent = f"<{MY_MBX}{HX(20)}@{MY_MBX}.AUSP282.PROD.OUTLOOK.COM>"
ato_fake = Pt("ATO Debt Management", "debt.management@ato-gov-au.example", "roundcube", "fake-ato", ctry="LT")
dpn_pdf = pdf(["Australian Taxation Office", "DIRECTOR PENALTY NOTICE", "Kettle & Sons Building Pty Ltd  ABN " + ABN["kettle"], "Director: Brett Kettle",
               "Amount: $38,412.67", "Pay by: Friday 14 March 2025", "Pay securely online: click here", "Reference DPN-2025-0311-48827"],
              producer="PDFium", when="20250311183000", zone="+03'00'", uris=["https://ato-gov-au.example/payments/secure/?ref=DPN-2025-0311-48827"])
a3_txt = ("Dear Hannah,\n\nThank you for your email regarding the above client.\n\nWe have reviewed the request to vary the existing payment arrangement. Unfortunately "
          "the request cannot be approved as the arrangement has defaulted (two missed instalments), and a Director Penalty Notice has been issued to the director, "
          "Mr Brett Kettle.\n\nTo prevent the penalty from becoming payable, the outstanding amount of $38,412.67 must be paid in full by close of business Friday "
          "14 March 2025 to avoid referral to external debt collection. Please see the attached notice for the secure payment options.\n\nYours sincerely,\n"
          "Debt Management Team\nAustralian Taxation Office\nRef: DPN-2025-0311-48827\n\nOn 2025-03-07 09:14, Hannah Kowalski wrote:\n> Good morning,\n> \n"
          "> I am writing on behalf of our client Kettle & Sons Building Pty Ltd to request a\n> variation of the current payment arrangement, as the client is waiting on a\n"
          "> progress payment. Please advise the outstanding balance.\n> \n> Kind regards\n> Hannah Kowalski")
emit(ato_fake, "roundcube", at(2025, 3, 12, 10, 5), [(me.name, me.email)], None, f"RE: Kettle & Sons Building Pty Ltd - Director Penalty Notice - ABN {ABN['kettle']}",
     [fake_parent], a3_txt, atts=[("DPN_Kettle_Sons_48827.pdf", dpn_pdf, "application/pdf")], label=HJ("fake-thread"),
     scen=("A3", "stranger 'RE: ... Director Penalty Notice' from an ATO look-alike domain with a fabricated quote of Hannah (and a made-up In-Reply-To in her own "
                 "Message-ID shape) about the client who really has an ATO payment plan: PDF with a payment link"))

# ================================================================ more quarterly BAS approvals (client fingerprints over time)
t27 = Thread("T27", dave, "O'Connell Plumbing & Gas - BAS for approval")
t27.add(me, "Hi Dave,\n\nSeptember quarter BAS is ready: GST payable $3,912, PAYG withholding $2,480. Total $6,392 due 25 November. Reply 'approved' and I'll lodge.",
        at(2024, 11, 4, 10, 30))
t27.add(dave, "Approved thanks Hannah", at(2024, 11, 4, 17, 52))
t27.add(me, "Hi Dave,\n\nDecember quarter BAS: GST payable $2,870 (after the Milwaukee kit and the fuel credits), PAYG withholding $2,480. Total $5,350 due 28 February.",
        at(2025, 2, 17, 9, 50))
t27.add(dave, "All good approved. Is the ATO direct debit coming out of the new Bendigo account now?", at(2025, 2, 17, 18, 6))
t27.add(me, "Yes - the ATO has the Bendigo account for refunds, and your BPAY payments come from whichever account you pay from. Lodged.", at(2025, 2, 18, 8, 20))
t27.add(me, "Hi Dave,\n\nMarch quarter BAS: GST payable $4,105, PAYG withholding $2,480. Total $6,585 due 28 April.", at(2025, 4, 14, 10, 40))
t27.add(dave, "Approved. Busy quarter with all the rain, blocked drains everywhere", at(2025, 4, 14, 20, 11))
t28 = Thread("T28", tom, "Riverside Physio Co - BAS for approval")
t28.add(me, "Hi Tom,\n\nSeptember quarter BAS: GST payable $2,140 (most of your fees are GST-free health services), PAYG withholding $38,960. Total $41,100 due 25 November.",
        at(2024, 10, 21, 11, 0), cc=[(mei.name, mei.email)])
t28.add(tom, "Approved, thanks Hannah.", at(2024, 10, 21, 18, 30), cc=[(mei.name, mei.email)])
t28.add(me, "Hi Tom,\n\nDecember quarter BAS: GST payable $2,305, PAYG withholding $41,220. Total $43,525 due 28 February.", at(2025, 1, 20, 14, 0), cc=[(mei.name, mei.email)])
t28.add(tom, "Approved. Mei's back from leave so she'll make the payment.", at(2025, 1, 21, 7, 45), cc=[(mei.name, mei.email)])
t28.add(me, "Hi Tom,\n\nMarch quarter BAS: GST payable $2,416, PAYG withholding $44,870 (Priya now full time). Total $47,286 due 28 April.", at(2025, 4, 17, 10, 10),
        cc=[(mei.name, mei.email)])
t28.add(tom, "Approved.", at(2025, 4, 17, 12, 55), cc=[(mei.name, mei.email)])
t28.add(me, "Hi Tom,\n\nJune quarter BAS: GST payable $2,388, PAYG withholding $45,010. Total $47,398 due 25 August.", at(2025, 7, 21, 10, 30), cc=[(mei.name, mei.email)])
t28.add(tom, "Approved, thanks. Can we book the year-end meeting for early August?", at(2025, 7, 21, 17, 20), cc=[(mei.name, mei.email)])
t29 = Thread("T29", leanne, "Kettle & Sons - March quarter BAS")
t29.add(leanne, "Hi Hannah,\n\nMarch quarter is reconciled; the $9,800 from Brett is coded to his loan account as he confirmed. Over to you for the BAS.",
        at(2025, 4, 7, 14, 30), cc=[(brett.name, brett.email)])
t29.add(me, "Thanks Leanne. BAS draft: GST payable $16,220, PAYG withholding $7,480. Brett, can you approve? Note the payment plan instalments continue on top.",
        at(2025, 4, 8, 9, 30), to=[(leanne.name, leanne.email), (brett.name, brett.email)])
t29.add(brett, "approved. can we roll this one into the payment plan too?", at(2025, 4, 8, 21, 5), to=[(me.name, me.email)], cc=[(leanne.name, leanne.email)])
t29.add(me, "I'll ask the ATO to add it to the existing plan once it's lodged - they usually agree if the plan is up to date, which yours is.", at(2025, 4, 9, 8, 40),
        to=[(brett.name, brett.email)], cc=[(leanne.name, leanne.email)])
t29.add(leanne, "Thanks Hannah, I'll update the cash flow forecast with the new instalment once you hear back.", at(2025, 4, 9, 10, 15), cc=[(brett.name, brett.email)])


# ================================================================ write, in arrival order
pending.sort(key=lambda x: (x[0], x[1]))
mids = set()
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen_rows = ["file\tscenario\tdescription"]
for i, (t, _, folder, raw, lab, sc) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab:
        if lab[0] in mids: raise SystemExit(f"duplicate Message-ID {lab[0]}")
        mids.add(lab[0])
        labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
        if not sc: raise SystemExit(f"labelled message without scenario: {lab}")
        scen_rows.append(f"{path}\t{sc[0]}\t{sc[1]}")
with open(f"{root}/labels.tsv", "w", encoding="utf-8") as f: f.write("\n".join(labels) + "\n")
with open(f"{root}/scenarios.tsv", "w", encoding="utf-8") as f: f.write("\n".join(scen_rows) + "\n")
kinds = {}
for l in labels[1:]:
    k = l.split("\t")[3]; kinds[k] = kinds.get(k, 0) + 1
print(f"{len(pending)} messages, {len(labels) - 1} labelled: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + f" -> {root}")
