#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-28.py OUT_DIR
#
# Probe mailbox "priya": Priya Raghavan, Finance Manager at Kaveri Infotech Pvt Ltd (IT services, HSR Layout, Bengaluru;
# Google Workspace, she writes from Gmail web and, evenings, from the Gmail Android app). June 2024 - March 2025 (IST +0530).
# English with clients in India, the UK, the US and Singapore; Hindi (Devanagari) and Hinglish with local vendors.
# Payments by NEFT/RTGS (account no. + IFSC), UPI (VPA), SWIFT; GST invoices as PDF; Form 16A as password-protected PDFs
# (password = PAN + date of birth, never in mail).
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Suresh Iyer, CFO (colleague; Google Workspace, Gmail web + Android)          Deepa Nair, AR executive (colleague, Gmail web)
#   Zenlease Rentals, laptop leasing, Pune (Zoho Mail India, zmail selector; Rohit Kulkarni; Freshdesk-style support desk)
#   Workden Coworking, Koramangala (cPanel/Exim + Roundcube; Anjali Menon, accounts)
#   Nagarajan & Associates, CA firm (Zoho Mail India; CA Meena Nagarajan, GST/TDS filings)
#   Hartwell Retail Ltd, UK client (M365 GBR tenant, Outlook desktop; James Whitford, Chloe Barnes new AP clerk)
#   Brightwater Analytics Inc, US client (on-prem Exchange 2019, New York, no DKIM; Dana Kim, accounts payable)
#   Lumen Maritime Pte Ltd, Singapore client (M365 APC tenant, Outlook desktop; Tan Wei Ling)
#   Sahyadri Textiles Ltd, Indian client (M365 IND tenant, Outlook desktop; Anand Deshpande, later Pooja Shetty)
#   Shree Balaji Office Supplies (Rediffmail webmail; Mahesh Agarwal; Hindi/Hinglish)
#   Ramesh Electricals (consumer Gmail, Android app; Ramesh Gowda; Hinglish)
#   Deccan Bank corporate banking alerts, GSTN portal notifications, PayNest payroll (SendGrid-style), FinCircle CFO-forum
#   mailing list (Mailman), DocuSign envelope (Lumen), Google Workspace notices.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv and OUT_DIR/mailboxes/priya/{INBOX,Sent}/N.eml numbered in arrival order
# across both folders. Only test messages are labelled; everything else is context. Deterministic (random.Random(28)).
#
# Threads: T1 Zenlease lease renewal; T2 Zenlease monthly rentals + bank change letter; T3 Zenlease Q3 invoices (A1);
#   T4 Workden seats; T5 Workden monthly invoices (A7); T6 CA GST filings; T7 CA TDS Q2 / Form 16A; T8 CA audit working papers;
#   T9 Hartwell SOW invoices (A2); T10 Hartwell PO / SharePoint; T11 Brightwater remittances; T12 Brightwater AP export (A8);
#   T13 Lumen SWIFT invoice; T14 Lumen MSA renewal; T15 Lumen last year's invoice revived (A9); T16 Sahyadri TDS deduction;
#   T17 Sahyadri payment follow-up (A14); T18 Balaji stationery (Hindi, A3); T19 Ramesh electrical work (Hinglish, A10);
#   T20 Suresh vendor payment run (A5); T21 Suresh bank mandate; T22 PayNest payroll queries; T23 CA Form 16A password (A12);
#   T24 GST DRC-01A query (real); T25 Deepa collections; T26 FinCircle forum list thread; plus notices.
#
# Hijacks (14):
#   A1  T3  account-takeover   Zenlease Zoho account via SMTP from Outlook desktop on a foreign VPS: "our ICICI account is under audit", new IFSC/account, no payload
#   A2  T9  account-takeover   Hartwell M365 account via OWA from a datacentre IP at 03:40 London: "update the remittance details" SharePoint link
#   A3  T18 server-hijack      Balaji's real Rediffmail (same headers): UPI collect request to a new VPA, Hinglish, "approve in GPay"
#   A4  --  fake-thread        stranger "RE: GST DRC-01A Intimation" with a fabricated quote, link to a fake GST reply portal
#   A5  T20 display-name-spoof "Suresh Iyer" from gmail.com, in-thread: urgent NEFT to a new beneficiary before 2 pm, don't call
#   A6  T7  lookalike-domain   nagarajan-ca.example (real: nagarajanca.example): "TDS return acknowledgement" HTML attachment with a login form
#   A7  T5  server-hijack      Workden's real cPanel/Roundcube: "invoice" as an ISO image holding a .lnk, no quote
#   A8  T12 server-hijack      Brightwater on-prem Exchange: macro workbook (.xlsm) "updated AP export", altered quote
#   A9  T15 server-hijack      Lumen M365 (same headers): PDF "payment advice" whose link points to a dropbox.com shared file
#   A10 T19 account-takeover   Ramesh's Gmail via SMTP from a PHPMailer script: password-protected zip (.lnk inside), password in text, English
#   A11 T22 lookalike-domain   paynest-hr.example (real: paynest.example): long context-aware payroll funding account change, no payload
#   A12 T23 display-name-spoof "CA Meena Nagarajan" from outlook.com: asks for directors' PAN + date of birth "to open Form 16A"
#   A13 --  fake-thread        stranger "Re: Corporate NetBanking MFA re-registration" with an SVG attachment linking to a fake bank page, no quote
#   A14 T17 server-hijack      Sahyadri M365 (same headers): .ics "payment reconciliation call" whose location is a link to a fake Teams page
#
# Genuine hard cases (27):
#   G1  T2  Zenlease bank-change letter PDF, announced in advance on letterhead    G2  T2  Zenlease confirms the change after Priya's call-back
#   G3  T7  CA sends Form 16A as password-protected PDFs (password pattern only)  G4  T8  CA shares a docs.google.com folder (thread always had links)
#   G5  T9  Hartwell out-of-office auto-reply                                       G6  T26 FinCircle list reply with list footer and [FinCircle] tag
#   G7  T21 Suresh forwards the bank's mandate letter (FW:, PDF)                     G8  --  Deccan Bank NEFT credit alert (no reply headers)
#   G9  --  GSTN GSTR-3B filing acknowledgement with portal link                   G10 T15 Lumen thread revived after 6 months for the auditors
#   G11 T19 Ramesh replies from Gmail Android at 23:40 in Hindi                      G12 T12 Brightwater sends the zipped AP export Priya asked for
#   G13 T10 Hartwell's new AP clerk (Chloe Barnes) joins and replies               G14 T16 Sahyadri's Anand replies once from Outlook for iOS
#   G15 T4  Workden announces a new phone number in its signature                  G16 --  PayNest "payroll register ready" notification with portal link
#   G17 T14 DocuSign envelope for Lumen's MSA renewal (real platform)               G18 T11 Brightwater remittance advice PDF
#   G19 T10 Hartwell SharePoint link to the PO (thread already had SharePoint links) G20 T18 Balaji invoice with their known UPI VPA (Hinglish)
#   G21 T6  CA: urgent "challan due on 7th" with GST portal link                   G22 T20 Suresh (real account, Android, 07:05) asks to release an RTGS today
#   G23 T5  Workden monthly invoice PDF with the known bank details               G24 --  Deccan Bank "new device registered for NetBanking" notice
#   G25 --  Zenlease support-desk ticket notification (no In-Reply-To)           G26 T13 Lumen forwards their bank's SWIFT MT103 copy (FW:)
#   G27 T17 Sahyadri's new accountant Pooja Shetty replies-all after handover
# Genuine orphans (2): O1 CA Meena replies to Suresh's mail (Priya only in Cc, parent not in mailbox);
#   O2 Lumen replies to an invoice Deepa sent from billing@ (parent not in the mailbox).
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply).
# Output: 310 messages, 94 labelled = 14 hijacks (5 server-hijack, 3 account-takeover, 2 lookalike-domain, 2 display-name-spoof,
#   2 fake-thread) + 51 genuine-reply + 27 genuine-hard + 2 genuine-orphan.
import base64, datetime, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "priya"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(28)
IST = ZoneInfo("Asia/Kolkata"); LON = ZoneInfo("Europe/London"); NYC = ZoneInfo("America/New_York")
SGT = ZoneInfo("Asia/Singapore"); PAC = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=IST): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=IST):
        s.name, s.email, s.client, s.infra, s.sig, s.tz = name, email, client, infra, sig, tz
        s.dom = email.split("@")[1]


OWN = "kaveriinfotech.example"
me = Pt("Priya Raghavan", f"priya@{OWN}", "gmailweb", "own",
        "\n\nRegards,\nPriya Raghavan\nFinance Manager | Kaveri Infotech Pvt Ltd\n#42, 27th Main, HSR Layout Sector 2, Bengaluru 560102\n+91 80 4555 2210 | GSTIN 29AAGCK4521M1Z7")
suresh = Pt("Suresh Iyer", f"suresh.iyer@{OWN}", "gmailweb", "google-int", "\n\n--\nSuresh Iyer\nChief Financial Officer\nKaveri Infotech Pvt Ltd\n+91 98450 55123")
deepa = Pt("Deepa Nair", f"deepa.nair@{OWN}", "gmailweb", "google-int", "\n\nThanks & Regards,\nDeepa Nair\nAccounts Receivable | Kaveri Infotech")
rohit = Pt("Rohit Kulkarni", "rohit.kulkarni@zenlease.example", "zoho", "zoho-zen",
           "\n\nThanks & Regards,\nRohit Kulkarni\nKey Account Manager - South\nZenlease Rentals Pvt Ltd | Baner, Pune 411045\nM: +91 98220 55741")
zensup = Pt("Zenlease Support", "support@zenlease.freshdesk.example", "fresh", "fresh")
anjali = Pt("Anjali Menon", "accounts@workden.example", "roundcube", "cpanel-workden",
            "\n\nWarm regards,\nAnjali Menon\nAccounts | Workden Coworking\n5th Block, Koramangala, Bengaluru 560095\nPh: 080 4555 7630")
meena = Pt("CA Meena Nagarajan", "meena@nagarajanca.example", "zoho", "zoho-nag",
           "\n\nRegards,\nCA Meena Nagarajan, FCA\nPartner, Nagarajan & Associates, Chartered Accountants\nJayanagar 4th Block, Bengaluru | 080 4555 3391")
james = Pt("James Whitford", "james.whitford@hartwellretail.example", "exo", "exo-hart",
           "\n\nKind regards,\nJames Whitford\nFinance Controller\nHartwell Retail Ltd | 18 Gresham Street, London EC2V 7JE\nT: +44 20 7946 0714", tz=LON)
chloe = Pt("Chloe Barnes", "chloe.barnes@hartwellretail.example", "exo", "exo-hart",
           "\n\nMany thanks,\nChloe Barnes\nAccounts Payable Assistant\nHartwell Retail Ltd\nT: +44 20 7946 0788", tz=LON)
dana = Pt("Dana Kim", "dana.kim@brightwater.example", "ex19", "ex19-bw",
          "\n\nBest,\nDana Kim\nAccounts Payable Manager\nBrightwater Analytics, Inc.\n250 Park Ave S, New York, NY 10003 | (212) 555-0147", tz=NYC)
weiling = Pt("Tan Wei Ling", "weiling.tan@lumenmaritime.example", "exo", "exo-lumen",
             "\n\nBest regards,\nTan Wei Ling\nFinance Executive\nLumen Maritime Pte. Ltd.\n10 Anson Road, #22-07, Singapore 079903\nDID: +65 6555 0192", tz=SGT)
anand = Pt("Anand Deshpande", "anand.deshpande@sahyadritex.example", "exo", "exo-sah",
           "\n\nRegards,\nAnand Deshpande\nSr. Manager - Accounts\nSahyadri Textiles Ltd, Ichalkaranji\nPh: 0230 255 5412")
pooja = Pt("Pooja Shetty", "pooja.shetty@sahyadritex.example", "exo", "exo-sah",
           "\n\nRegards,\nPooja Shetty\nAccounts Executive\nSahyadri Textiles Ltd, Ichalkaranji\nPh: 0230 255 5418")
mahesh = Pt("Mahesh Agarwal", "shreebalaji.office@rediffmail.com", "rediff", "rediff",
            "\n\nMahesh Agarwal\nShree Balaji Office Supplies\nSP Road, Bengaluru - 560002\nMob: 98860 55317")
ramesh = Pt("Ramesh Gowda", "ramesh.electricals.blr@gmail.com", "gmailapp", "gmail", "\n\nRamesh Gowda\nRamesh Electricals, HSR Layout\n99016 55842")
bank = Pt("Deccan Bank Corporate NetBanking", "alerts@deccanbank.example", "bank", "bank")
gstn = Pt("GSTN", "donotreply@gstn.example", "gstn", "gstn")
paynest = Pt("PayNest Payroll", "notifications@paynest.example", "sg", "sg-paynest")
kavitha = Pt("Kavitha Rao", "kavitha.rao@paynest.example", "exo", "exo-paynest",
             "\n\nRegards,\nKavitha Rao\nClient Success Manager\nPayNest Payroll Services Pvt Ltd | Whitefield, Bengaluru\n+91 80 4555 9012")
forum = Pt("FinCircle CFO Forum", "cfo-forum@lists.fincircle.example", "mailman", "mailman")
docusign = Pt("Tan Wei Ling via DocuSign", "dse_NA3@docusign.net", "docusign", "docusign")
gws = Pt("Google Workspace", "workspace-noreply@google.com", "gnotice", "gnotice")

# helo, ip, dkim d, dkim s, envelope domain, dmarc policy
INFRA = {
    "google-int": ("mail-sor-f41.google.com", "209.85.220.41", OWN, "google", None, "quarantine"),
    "zoho-zen": ("sender4-op-o51.zoho.in", "136.143.188.51", "zenlease.example", "zmail", None, "none"),
    "zoho-nag": ("sender4-op-o12.zoho.in", "136.143.188.12", "nagarajanca.example", "zmail", None, "none"),
    "fresh": ("o1.sg.freshemail.example", "149.72.154.10", "zenlease.freshdesk.example", "fd1", "bounce.freshemail.example", "none"),
    "cpanel-workden": ("bom1.hostdime.example", "103.21.58.140", "workden.example", "default", None, None),
    "exo-hart": ("mail-lo2gbr01on2112.outbound.protection.outlook.com", "40.107.23.112", "hartwellretail.example", "selector1", None, "reject"),
    "exo-lumen": ("mail-sgaapc01on2071.outbound.protection.outlook.com", "40.107.215.71", "lumenmaritime.example", "selector2", None, "quarantine"),
    "exo-sah": ("mail-pn3ind01on2044.outbound.protection.outlook.com", "40.107.138.44", "sahyadritex.example", "selector1", None, "none"),
    "exo-paynest": ("mail-ma0ind01on2093.outbound.protection.outlook.com", "40.107.137.93", "paynest.example", "selector1", None, "quarantine"),
    "ex19-bw": ("mail.brightwater.example", "64.94.212.18", None, None, None, None),
    "rediff": ("rediffmail.com", "119.252.147.19", "rediffmail.com", "rediff", None, None),
    "gmail": ("mail-pj1-f45.google.com", "209.85.216.45", "gmail.com", "20230601", None, "none"),
    "bank": ("mailout2.deccanbank.example", "203.192.218.41", "deccanbank.example", "dbk2022", "bounce.deccanbank.example", "reject"),
    "gstn": ("mail1.gstn.example", "164.100.148.73", "gstn.example", "gst", None, "none"),
    "sg-paynest": ("o2.ptr4412.paynest.example", "167.89.101.22", "paynest.example", "s1", "em4412.paynest.example", "quarantine"),
    "mailman": ("lists.fincircle.example", "139.59.30.12", "lists.fincircle.example", "list", "lists.fincircle.example", None),
    "docusign": ("mailch1.docusign.net", "64.207.219.135", "docusign.net", "s1", "docusign.net", "reject"),
    "gnotice": ("mail-sor-f73.google.com", "209.85.220.73", "google.com", "20230601", "scoutcamp.bounces.google.com", "reject"),
    "gmailcom": ("mail-sor-f69.google.com", "209.85.220.69", "gmail.com", "20230601", None, "none"),
    "outlookcom": ("APC01-TYZ-obe.outbound.protection.outlook.com", "52.103.193.40", "outlook.com", "selector1", None, "none"),
    # attackers
    "look-nag": ("server1.nagarajan-ca.example", "45.88.107.203", "nagarajan-ca.example", "default", None, None),
    "look-pay": ("mail.paynest-hr.example", "185.244.150.61", "paynest-hr.example", "mail", None, None),
    "fake-gst": ("vps61123.gst-replycell.example", "91.215.85.14", "gst-replycell.example", "k1", None, None),
    "fake-bank": ("mta.deccan-netbanking.example", "194.87.218.90", "deccan-netbanking.example", "default", None, None),
}
EXO = {"hartwellretail.example": ("LO2P265MB", "GBRP265", LON), "lumenmaritime.example": ("SG2PR06MB", "apcprd06", SGT),
       "sahyadritex.example": ("PN3P287MB", "INDP287", IST), "paynest.example": ("MA0P287MB", "INDP287", IST)}
EXO_HOST = {d: v[0] + str(R.randint(1000, 9999)) for d, v in EXO.items()}
TENANT = {d: ruuid() for d in EXO}


def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def gtime(t): return t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")


def make_mid(who, client, t):
    if client in ("gmailweb", "gmailapp", "gmail", "gmailcom"): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("exo", "owa", "ios"):
        host = EXO_HOST[who.dom]; return f"<{host}{HX(16)}@{host}.{EXO[who.dom][1]}.PROD.OUTLOOK.COM>"
    if client == "ex19": return f"<{hx(32)}@BWA-EX01.brightwater.local>"
    if client == "zoho": return f"<{hx(11)}.{hx(11)}.{R.randint(10**18, 10**19 - 1)}@{who.dom}>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "rediff": return f"<{int(t.timestamp())}.S.{R.randint(1000, 9999)}.{R.randint(10000, 99999)}.H.{alnum(20)}.rediffmail.com@rediffmail.com>"
    if client == "fresh": return f"<{hx(24)}_{R.randint(100000, 999999)}@freshdesk.example>"
    if client == "bank": return f"<{int(t.timestamp() * 1000)}.{R.randint(100, 999)}.JavaMail.alertsvc@ibalerts03>"
    if client == "gstn": return f"<{R.randint(10**9, 10**10)}.{R.randint(100, 999)}.JavaMail.gstnmail@gstnapp07>"
    if client == "sg": return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 30)}>"
    if client == "mailman": return f"<{ruuid()}@{who.dom}>"
    if client == "docusign": return f"<{ruuid()}@docusign.net>"
    if client == "gnotice": return f"<{alnum(22)}-{alnum(6)}@google.com>"
    if client == "outlookclassic": return f"<00{hx(1)}{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}@{who.dom}>"
    if client == "outlookcom": return f"<TYZPR0{R.randint(1, 6)}MB{R.randint(1000, 9999)}{HX(16)}@TYZPR0{R.randint(1, 6)}MB{R.randint(1000, 9999)}.apcprd06.prod.outlook.com>"
    if client == "phpmailer": return f"<{alnum(40)}@{R.choice(('localhost', 'WIN-' + HX(11)))}>"
    if client == "exim": return f"<{hx(32)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))


def quote_of(client, q):
    t = q["t"]; name, email = q["name"], q["email"]
    if client in ("gmailweb", "gmailapp", "gmail", "gmailcom", "phpmailer"):
        t2 = t.astimezone(IST)
        return f"\n\nOn {t2:%a}, {t2.day} {t2:%b} {t2.year}, {t2:%-I:%M} {t2:%p}, {name} <{email}> wrote:\n" + _lines(q["plain"])
    if client in ("exo", "owa", "ex19", "outlookcom", "outlookclassic", "ios"):
        tz = {"ex19": NYC}.get(client, None)
        t2 = t.astimezone(tz or q.get("rtz") or IST)
        if client == "ios":
            return f"\n\nFrom: {name} <{email}>\nSent: {t2:%A}, {t2:%B} {t2.day}, {t2.year} {t2:%-I:%M:%S %p}\nTo: " + "; ".join(e for n, e in q["to"]) + f"\nSubject: {q['subj']}\n\n" + q["plain"]
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t2:%A}, {t2.day} {t2:%B} {t2.year} {t2:%H:%M}" if client != "ex19" else f"{t2:%A}, {t2:%B} {t2.day}, {t2.year} {t2:%-I:%M %p}"),
                ("To", "; ".join(f"{n} <{e}>" for n, e in q["to"]))]
        if q["cc"]: rows.append(("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
        rows.append(("Subject", q["subj"]))
        sep = "________________________________\n" if client in ("owa", "outlookcom") else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "zoho":
        t2 = t.astimezone(IST)
        return f"\n\n\n---- On {t2:%a, %d %b %Y %H:%M:%S %z} {name} <{email}> wrote ---\n\n" + _lines(q["plain"])
    if client == "roundcube": return f"\n\nOn {t.astimezone(IST):%Y-%m-%d %H:%M}, {name} wrote:\n" + _lines(q["plain"])
    if client == "rediff":
        return f"\n\nFrom: \"{name}\" <{email}>\nSent: {t.astimezone(IST):%a, %d %b %Y %H:%M:%S}\nTo: \"{q['to'][0][0]}\" <{q['to'][0][1]}>\nSubject: {q['subj']}\n\n" + q["plain"]
    return "\n\n" + _lines(q["plain"])


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client in ("exo", "owa", "outlookcom", "ios"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client in ("ex19", "outlookclassic"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" '
                'content="Microsoft Word 15 (filtered medium)">\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n<p class="MsoNormal">' + esc + "</p>\n</div>\n</body>\n</html>")
    if client in ("gmailweb", "gmail", "gmailcom"): return '<div dir="ltr">' + esc + "</div>\n"
    if client == "gmailapp": return '<div dir="auto">' + esc + "</div>\n"
    if client == "zoho":
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
                '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + esc + "</div></div><br></body></html>")
    if client == "rediff": return "<html><body><div style=\"font-family:Arial;font-size:10pt\">" + esc + "</div><br></body></html>"
    return None


def sender_hops(who, infra, t, env, client, orig_ip=None):
    hops = []
    if infra.startswith("exo"):
        host = EXO_HOST[who.dom]; reg = EXO[who.dom][1]; host2 = host[:-4] + str(R.randint(1000, 9999))
        if client == "owa":
            hops.append(("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.PROD.OUTLOOK.COM\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%3]) with mapi id 15.20.8207.017; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.PROD.OUTLOOK.COM\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8207.017; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM (2603:10a6:{hx(3)}:{hx(2)}::{hx(2)}) by\n {host2}.{reg}.PROD.OUTLOOK.COM (2603:10a6:{hx(3)}:{hx(2)}::{hx(1)})"
                                    f" with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.017; {rfcu(t + datetime.timedelta(seconds=1))}"))
    elif infra == "ex19-bw":
        hops.append(("Received", f"from BWA-EX01.brightwater.local (10.40.2.11) by BWA-EX01.brightwater.local\n (10.40.2.11) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14 via Frontend Transport; {rfc(t, NYC)}"))
        hops.insert(0, ("Received", f"from BWA-EX01.brightwater.local ([10.40.2.11])\n\tby mail.brightwater.example (Postfix) with ESMTPS id {HX(10)}\n\tfor <{me.email}>; {rfc(t + datetime.timedelta(seconds=2), NYC)}"))
    elif infra.startswith("zoho"):
        if client == "outlookclassic":
            hops.append(("Received", f"from DESKTOP-{HX(7)} ({orig_ip} [{orig_ip}]) by mx.zoho.in\n\twith SMTPS id {int(t.timestamp() * 1000)}{R.randint(100, 999)}.{R.randint(10**8, 10**9)};"
                                     f" {rfc(t, IST)} (IST)"))
        else:
            hops.append(("Received", f"from mail.zoho.in by mx.zoho.in\n\twith SMTP id {int(t.timestamp() * 1000)}{R.randint(100, 999)}.{R.randint(10**8, 10**9)}; {rfc(t, IST)} (IST)"))
    elif infra == "cpanel-workden":
        hops.append(("Received", f"from [127.0.0.1] (port={R.randint(40000, 60000)} helo=webmail.workden.example)\n\tby bom1.hostdime.example with esmtpa (Exim 4.97.1)\n"
                                 f"\t(envelope-from <{env}>)\n\tid 1s{alnum(4)}-00{alnum(4)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, IST)}"))
    elif infra == "rediff":
        hops.append(("Received", f"from unknown 49.207.{R.randint(1, 250)}.{R.randint(1, 250)} by rediffmail.com via HTTP; {t.astimezone(IST):%d %b %Y %H:%M:%S} -0000"))
    elif infra == "gmail":
        if client == "phpmailer":
            hops.append(("Received", f"from localhost ({orig_ip}.static.vps-ovh.example. [{orig_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {gtime(t)}"))
        else:
            hops.append(("Received", f"by 2002:a17:90b:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(12).lower()}.{R.randint(10, 99)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n        for <{me.email}>; {gtime(t)}"))
    elif infra in ("google-int", "gnotice", "gmailcom"):
        hops.append(("Received", f"by 2002:a05:6512:{hx(3)}:b0:{hx(3)}:{hx(3)}:{hx(4)} with HTTP; {gtime(t)}"))
    elif infra == "outlookcom":
        h = f"TYZPR06MB{R.randint(1000, 9999)}"
        hops.append(("Received", f"from {h}.apcprd06.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h}.apcprd06.prod.outlook.com\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%6]) with mapi id 15.20.8207.017; {rfcu(t)}"))
    elif infra == "mailman":
        hops.append(("Received", f"from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\n\tby lists.fincircle.example (Postfix) with ESMTPS id {HX(10)}\n\tfor <cfo-forum@lists.fincircle.example>; {rfc(t, IST)}"))
    elif infra.startswith(("look", "fake")):
        hops.append(("Received", f"from [{orig_ip or '102.89.33.' + str(R.randint(2, 250))}] (port={R.randint(50000, 65000)} helo=WIN-{HX(11)})\n\tby {INFRA[infra][0]} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.96)\n\t(envelope-from <{env}>)\n\tid 1s{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    else:
        hops.append(("Received", f"from {INFRA[infra][0].replace('mailout2', 'app07').replace('o2.', 'ismtpd-').replace('o1.', 'fdmail-')} (localhost [127.0.0.1])\n\tby {INFRA[infra][0]} with ESMTP id {HX(12)}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
    return hops


def transport(who, t, env=None, infra=None, client=None, orig_ip=None):
    infra = infra or who.infra
    env = env or who.email
    helo, ip, d, s, envdom, dmarc = INFRA[infra]
    if envdom: env = f"bounces+{R.randint(1000000, 9999999)}-{hx(4)}-{me.email.replace('@', '=')}@{envdom}"
    tmx = t + datetime.timedelta(seconds=R.randint(2, 15))
    fromdom = who.email.split("@")[1]
    auth = "mx.google.com;\n       " + (f"dkim=pass header.i=@{d} header.s={s} header.b={alnum(8)};\n       " if s else "")
    auth += f"spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env if envdom else env.split('@')[1]}"
    if dmarc: auth += f";\n       dmarc=pass (p={dmarc.upper()} sp={dmarc.upper()} dis=NONE) header.from={fromdom}"
    elif infra.startswith(("look", "fake")) or infra in ("cpanel-workden",): auth += f";\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={fromdom}"
    if infra == "mailman": auth = "mx.google.com;\n       " + f"dkim=pass header.i=@{d} header.s={s} header.b={alnum(8)};\n       spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env};\n       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from={fromdom}"
    if infra == "google-int":
        top = [("Delivered-To", me.email),
               ("Received", f"by 2002:a05:7300:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(6).lower()}csp{R.randint(100000, 999999)}{alnum(3).lower()};\n        {gtime(tmx)}"),
               ("X-Received", f"by 2002:a17:906:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(tmx.timestamp())}{R.randint(100, 999)};\n        {gtime(tmx)}"),
               ("Return-Path", f"<{env}>"),
               ("Received", f"from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n        by mx.google.com with SMTPS id {alnum(20).lower()}.{R.randint(100, 999)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                            f"        for <{me.email}>\n        (Google Transport Security);\n        {gtime(tmx)}"),
               ("Received-SPF", f"pass (google.com: domain of {env} designates 209.85.220.41 as permitted sender) client-ip=209.85.220.41;"),
               ("Authentication-Results", auth)]
    else:
        top = [("Delivered-To", me.email),
               ("Received", f"by 2002:a05:7300:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(6).lower()}csp{R.randint(100000, 999999)}{alnum(3).lower()};\n        {gtime(tmx)}"),
               ("X-Received", f"by 2002:a17:906:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(tmx.timestamp())}{R.randint(100, 999)};\n        {gtime(tmx)}"),
               ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(tmx.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(60)}"),
               ("ARC-Authentication-Results", "i=1; " + auth),
               ("Return-Path", f"<{env}>"),
               ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {alnum(20).lower()}.{R.randint(100, 999)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                            f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {gtime(tmx)}"),
               ("Received-SPF", f"pass (google.com: domain of {env} designates {ip} as permitted sender) client-ip={ip};"),
               ("Authentication-Results", auth)]
    hops = sender_hops(who, infra, t, env, client, orig_ip)
    dk = []
    if s:
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n"
                                 f"\th=From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version;\n\tb={b64(180)}")]
    return top + hops + dk


UA = {"roundcube": ("User-Agent", "Roundcube Webmail/1.6.7"), "zoho": ("User-Agent", "Zoho Mail"), "rediff": ("X-Mailer", "Rediffmail Webmail"),
      "outlookclassic": ("X-Mailer", "Microsoft Outlook 16.0"), "phpmailer": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
      "ios": ("X-Mailer", "Microsoft Outlook for iOS (4.2442.0)"), "exim": ("User-Agent", "Roundcube Webmail/1.6.7")}
CLANG = {"exo": "en-GB", "owa": "en-US", "ex19": "en-US", "outlookcom": "en-US", "ios": "en-US"}
LANGT = {"hartwellretail.example": "en-GB", "lumenmaritime.example": "en-SG", "sahyadritex.example": "en-IN", "paynest.example": "en-IN"}

pending = []
seq = [0]


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?UTF-8?B?" + base64.b64encode(n.encode()).decode() + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@&") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False, xoip=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    h = []
    if folder == "INBOX": h += transport(who, t, env, infra, client, orig_ip)
    date = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    if client in ("gmailweb", "gmailapp", "gmail", "gmailcom", "gnotice"):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    else:
        h += [("From", fromh), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if client in ("exo", "owa", "ex19", "outlookcom", "ios"):
        lang = LANGT.get(who.dom, CLANG[client])
        h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
        h += [("Accept-Language", lang + (", en-US" if lang != "en-US" else "")), ("Content-Language", lang),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "ex19": h.append(("X-Originating-IP", f"[{xoip or '10.40.3.' + str(R.randint(20, 90))}]"))
        if client == "owa" and xoip: h.append(("X-Originating-IP", f"[{xoip}]"))
    if (infra or who.infra).startswith("exo") and who.dom in TENANT:
        h += [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", EXO_HOST[who.dom][:-4] + str(R.randint(1000, 9999)))]
    if client == "zoho": h += [("Importance", "Medium")]
    if client in ("roundcube", "exim"): h += [("X-Sender", who.email)]
    if client in UA: h.append(UA[client])
    if client == "outlookclassic": h += [("Thread-Index", base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Content-Language", "en-us")]
    h += list(extra)
    if client not in ("gmailweb", "gmailapp", "gmail", "gmailcom", "gnotice"): h.append(("MIME-Version", "1.0"))
    if html is None and not no_html: html = html_of(client, plain)
    def bnd():
        return {"exo": "_000_" + EXO_HOST.get(who.dom, "X") + HX(16) + "_", "owa": "_000_" + EXO_HOST.get(who.dom, "X") + HX(16) + "_",
                "ios": "_000_" + EXO_HOST.get(who.dom, "X") + HX(16) + "_", "ex19": "_000_" + hx(32) + "BWAEX01brightwaterlocal_",
                "zoho": f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}",
                "roundcube": "=_" + hx(32), "exim": "=_" + hx(32), "rediff": f"=_{hx(24)}", "outlookclassic": f"----=_NextPart_000_00{HX(2)}_01DB{HX(4)}.{HX(8)}",
                "phpmailer": "b1_" + alnum(43)}.get(client, "000000000000" + hx(16))
    def textpart(ctype, text):
        data = text.encode("utf-8")
        if client in ("roundcube", "exim") and ctype == "text/plain":
            cs = "US-ASCII" if text.isascii() else "UTF-8"
            return [f"Content-Type: text/plain; charset={cs};\n format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        if client in ("gmailweb", "gmailapp", "gmail", "gmailcom", "gnotice"):
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client == "rediff":
            return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
        if client in ("exo", "owa", "ex19", "outlookcom", "ios", "zoho", "outlookclassic", "fresh", "bank", "gstn", "sg", "docusign"):
            cs = '"utf-8"' if client in ("exo", "owa", "ex19", "outlookcom", "ios") else "UTF-8"
            if client == "zoho" and text.isascii(): return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: 7bit", "", text]
            return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", text]
    alt = textpart("text/plain", plain)
    if html:
        ab = bnd(); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mb = bnd(); body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            if client in ("gmailweb", "gmailapp", "gmail", "gmailcom"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                         f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", base64.encodebytes(data).decode().rstrip("\n")]
            else:
                ms = client in ("exo", "owa", "ex19", "ios")
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"'] + ([f"Content-Description: {name}"] if ms else []) + [
                    f'Content-Disposition: attachment; filename="{name}"' + (f"; size={len(data)}" if ms else ""), "Content-Transfer-Encoding: base64", "",
                    base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mb}--"]
    else: body = alt
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


class Thread:
    def __init__(s, tid, partner, subj, cc=None):
        s.tid, s.p, s.subj, s.refs, s.last, s.cc = tid, partner, subj, [], None, cc
        s.blocks = []; s.tbase = b"\x01" + rbytes(21); s.np = 0

    def add(s, who, text, t, label="auto", client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, **kw):
        client = client or who.client
        plain = text + (who.sig if sig else "")
        if quote and s.last:
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q)
        if subj is None:
            if not s.refs: subj = s.subj
            else:
                pf = "RE: " if client in ("exo", "owa", "ex19", "outlookcom", "ios", "outlookclassic") else "Re: "
                subj = s.subj if s.subj.lower().startswith(("re:", "fw:", "fwd:")) and False else pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if cc is None and s.cc: cc = [c for c in s.cc if c[1] != who.email] + ([(me.name, me.email)] if who is not me and to[0][1] != me.email else [])
        if label == "auto":
            label = G if (who is not me and s.refs) else None
        if label == G and scen is None:
            s.np += 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [], rtz=who.tz)
        return m


def zipfile_bytes(members, when=(2024, 9, 12, 16, 40, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:  # mark every entry as encrypted (general purpose bit 0) in local and central headers
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


def pdf(lines, producer="Microsoft® Word for Microsoft 365", when="20240903091200", zone="+05'30'", uris=(), encrypt=False):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    if encrypt: content = rbytes(len(content) + 16 - len(content) % 16)
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {600 - 30 * i} 523 {624 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>"); annots.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    if encrypt: objs.append(f"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{hx(64)}> /U <{hx(64)}> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>]" + (f" /Encrypt {len(objs)} 0 R" if encrypt else "")
            + f" >>\nstartxref\n{x}\n%%EOF\n").encode()
    return bytes(out)


def iso_image(label, inner_name):
    data = bytearray(b"\x00" * 0x8000) + b"\x01CD001\x01\x00" + b"WIN32".ljust(32) + label.encode().ljust(32) + rbytes(1900)
    return bytes(data) + b"\x00" * 64 + inner_name.encode() + rbytes(4096)


def lnk_bytes():
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + rbytes(56)
            + "C:\\Windows\\System32\\cmd.exe /c echo inert-probe-placeholder".encode("utf-16-le") + rbytes(40))


def xlsm_bytes():
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="AP_Export" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>This document is protected. Click Enable Content to view.</t></is></c></row></sheetData></worksheet>')
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rbytes(1500)  # OLE header + inert bytes
    return zipfile_bytes([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()), ("xl/workbook.xml", wb.encode()),
                          ("xl/_rels/workbook.xml.rels", wbr.encode()), ("xl/worksheets/sheet1.xml", sh.encode()), ("xl/vbaProject.bin", vba)], (2024, 11, 18, 9, 2, 0))


def csv_export():
    rows = ["Vendor,Invoice,Date,Amount USD,Status"] + [f"Kaveri Infotech Pvt Ltd,KIT/EXP/24-25/{R.randint(100, 199)},2024-{R.randint(7, 10):02d}-{R.randint(1, 28):02d},{R.randint(4000, 19000)}.00,Paid" for _ in range(14)]
    return ("\n".join(rows) + "\n").encode()


def notice(who, client, t, subj, plain, html, extra=(), label=None, scen=None, to=None, atts=(), refs=(), mid=None, frm=None):
    return emit(who, client, t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=extra, label=label, scen=scen, mid=mid, frm=frm)


def simple_html(title, paras, links=(), color="#004c8f"):
    return ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;'
            f'font-family:Arial,sans-serif;font-size:14px;color:#222"><tr><td style="background:{color};color:#fff;padding:14px;font-size:18px">{H.escape(title)}</td></tr>'
            '<tr><td style="padding:18px">' + "".join(f"<p>{H.escape(p)}</p>" for p in paras)
            + "".join(f'<p><a href="{u}">{H.escape(a)}</a></p>' for a, u in links) + "</td></tr></table></body></html>")


ACC_ME = "Deccan Bank, HSR Layout branch, A/c 50200031874412, IFSC DCBK0000412"
GIFT = []
# ================================================================ background notices (bank alerts, GSTN, PayNest, Workspace, list)
BANK_FOOT = ("\n\nThis is a system-generated alert. Please do not reply. Deccan Bank never asks for your NetBanking password, OTP or card PIN "
             "over e-mail or phone.\nCorporate NetBanking: https://corp.deccanbank.example | Customer care 1800 555 0199")
months = [(2024, m) for m in range(6, 13)] + [(2025, m) for m in range(1, 4)]
payers = [("HARTWELL RETAIL LTD", "SWIFT inward"), ("SAHYADRI TEXTILES LTD", "NEFT"), ("LUMEN MARITIME PTE LTD", "SWIFT inward"), ("BRIGHTWATER ANALYTICS INC", "SWIFT inward")]
for i, (y, mo) in enumerate(months):
    for k in range(4):
        d = min(28, 3 + k * 7 + R.randint(0, 4)); t = at(y, mo, d, R.randint(9, 18), R.randint(0, 59))
        pn, mode = payers[(i + k) % 4]; amt = f"{R.randint(4, 48)},{R.randint(10, 99)},{R.randint(100, 999)}.00"
        txt = (f"Dear Customer,\n\nYour A/c XX4412 has been credited with INR {amt} on {t:%d-%m-%Y} by {mode} from {pn}. "
               f"UTR/Ref: {'DCBKH' if mode == 'NEFT' else 'SWI'}{R.randint(10**9, 10**10)}.\nAvailable balance is updated in NetBanking." + BANK_FOOT)
        lab = None; sc = None
        if (y, mo, k) == (2024, 11, 1):
            lab, sc = GH, ("G8", "bank credit alert: stand-alone notification without reply headers, many links in footer")
        notice(bank, "bank", t, f"Credit alert: A/c XX4412 credited with INR {amt}", txt, simple_html("Deccan Bank - Transaction alert", txt.split("\n\n")[:2],
               [("Corporate NetBanking", "https://corp.deccanbank.example")]), label=lab, scen=sc)
    t = at(y, mo, 20, 19, R.randint(0, 59))
    txt = (f"Dear Taxpayer,\n\nYou have successfully filed GSTR-3B for the tax period {datetime.date(y, mo, 1) - datetime.timedelta(days=1):%B %Y} against "
           f"GSTIN 29AAGCK4521M1Z7. ARN: AA29{R.randint(10**10, 10**11)}{alnum(1).upper()}.\n\nTrack the status at https://services.gstn.example/services/arnstatus\n\n"
           "Goods and Services Tax Network\nThis is a system generated mail. Please do not reply.")
    lab = GH if (y, mo) == (2024, 10) else None
    notice(gstn, "gstn", t, "GSTR-3B filed successfully - ARN generated", txt, simple_html("Goods and Services Tax", txt.split("\n\n")[:2],
           [("Track ARN status", "https://services.gstn.example/services/arnstatus")], "#1e3a6e"), label=lab,
           scen=("G9", "GSTN filing acknowledgement: notification with portal link, no reply headers") if lab else None)
    t = at(y, mo, 24, 11, R.randint(0, 59))
    txt = (f"Hi Priya,\n\nThe payroll register for {datetime.date(y, mo, 1):%B %Y} (Kaveri Infotech Pvt Ltd, 86 employees) is ready for your review. "
           f"Please approve it by the 26th so that salaries can be credited on the last working day.\n\nReview register: https://app.paynest.example/payroll/run/{R.randint(40000, 49999)}\n\n"
           "PayNest Payroll Services Pvt Ltd | support@paynest.example\nYou receive this because you are a payroll approver. Manage notifications: https://app.paynest.example/settings/notifications")
    lab = GH if (y, mo) == (2025, 1) else None
    notice(paynest, "sg", t, f"Payroll register for {datetime.date(y, mo, 1):%B %Y} is ready for approval", txt,
           simple_html("PayNest", txt.split("\n\n")[:3], [("Review register", f"https://app.paynest.example/payroll/run/{R.randint(40000, 49999)}")], "#5b3cc4"),
           extra=[("X-SG-EID", b64(40)), ("List-Unsubscribe", "<https://app.paynest.example/settings/notifications>")], label=lab,
           scen=("G16", "payroll provider's 'register ready' notification with a portal link") if lab else None)
    t = at(y, mo, 6, 7, R.randint(0, 59))
    lt = (f"FinCircle Digest - {datetime.date(y, mo, 1):%B %Y}\n\nThis month: GST e-invoicing threshold changes, TDS on rent (194-I) clarifications, "
          f"and the Bengaluru chapter meet on the {R.randint(10, 25)}th.\n\nRead online: https://fincircle.example/digest/{y}-{mo:02d}\n\n"
          "_______________________________________________\ncfo-forum mailing list -- cfo-forum@lists.fincircle.example\nTo unsubscribe send an email to cfo-forum-leave@lists.fincircle.example")
    notice(forum, "mailman", t, f"[FinCircle] Digest - {datetime.date(y, mo, 1):%B %Y}", lt, None,
           extra=[("List-Id", "FinCircle CFO Forum <cfo-forum.lists.fincircle.example>"), ("List-Unsubscribe", "<mailto:cfo-forum-leave@lists.fincircle.example>"),
                  ("List-Post", "<mailto:cfo-forum@lists.fincircle.example>"), ("Precedence", "list")],
           frm="FinCircle Secretariat <secretariat@fincircle.example>", to=[("", "cfo-forum@lists.fincircle.example")])
    t = at(y, mo, 1, 8, R.randint(0, 59))
    txt = (f"Your statement for A/c XX4412 for {datetime.date(y, mo, 1) - datetime.timedelta(days=1):%B %Y} is attached. The PDF is protected: the password is "
           "the first four letters of your company name in capitals followed by the customer ID." + BANK_FOOT)
    notice(bank, "bank", t, "Monthly account statement - A/c XX4412", txt, simple_html("Deccan Bank - e-Statement", txt.split("\n\n")[:1]),
           atts=[(f"Statement_XX4412_{mo:02d}{y}.pdf", pdf(["Deccan Bank e-Statement"], producer="iText 5.5.13", encrypt=True), "application/pdf")])

# Deccan Bank new device (G24)
txt = ("Dear KAVERIPRIYA,\n\nA new device (Chrome on Android, Bengaluru) was registered for Corporate NetBanking on 14-Jan-2025 09:12 IST. "
       "If this was not you, call 1800 555 0199 immediately or block access at https://corp.deccanbank.example/security." + BANK_FOOT)
notice(bank, "bank", at(2025, 1, 14, 9, 13), "New device registered for Corporate NetBanking", txt,
       simple_html("Deccan Bank - Security alert", txt.split("\n\n")[:2], [("Review devices", "https://corp.deccanbank.example/security")]), label=GH,
       scen=("G24", "bank's genuine 'new device registered' security notice with a link"))

# debit alerts for outgoing payments, CA firm's compliance calendar (Zoho Campaigns), Workspace notices
payees = ["ZENLEASE RENTALS PVT LTD", "WORKDEN COWORKING LLP", "PAYNEST PAYROLL SERVICES", "NAGARAJAN AND ASSOCIATES", "RAMESH ELECTRICALS", "CBDT TDS CHALLAN 281", "GST CPIN"]
for i, (y, mo) in enumerate(months):
    for k in range(4):
        t = at(y, mo, min(28, 4 + k * 7 + R.randint(0, 3)), R.randint(10, 17), R.randint(0, 59))
        amt = f"{R.randint(1, 9)},{R.randint(10, 99)},{R.randint(100, 999)}.00"; py = payees[(i * 4 + k) % len(payees)]
        txt = (f"Dear Customer,\n\nINR {amt} has been debited from A/c XX4412 on {t:%d-%m-%Y} towards {'NEFT' if k % 2 else 'RTGS'} to {py}. "
               f"UTR: DCBK{'N' if k % 2 else 'R'}{R.randint(10**10, 10**11)}.\nIf you did not authorise this transaction, call 1800 555 0199." + BANK_FOOT)
        notice(bank, "bank", t, f"Debit alert: A/c XX4412 debited with INR {amt}", txt, simple_html("Deccan Bank - Transaction alert", txt.split("\n\n")[:2]))
    t = at(y, mo, 2, 9, R.randint(0, 59))
    txt = (f"Compliance calendar - {datetime.date(y, mo, 1):%B %Y}\n\n7th: TDS/TCS payment for the previous month\n11th: GSTR-1 (monthly filers)\n"
           f"20th: GSTR-3B\n\nRead our note on this month's changes: https://nagarajanca.example/insights/{y}-{mo:02d}\n\nNagarajan & Associates, Chartered Accountants\n"
           "Unsubscribe: https://campaigns.zoho.in/unsubscribe?" + alnum(20))
    notice(Pt("Nagarajan & Associates", "insights@nagarajanca.example", "zohocamp", "zoho-nag"), "zohocamp", t, f"Compliance calendar - {datetime.date(y, mo, 1):%B %Y}", txt,
           simple_html("Nagarajan & Associates", txt.split("\n\n")[:3], [("Read the note", f"https://nagarajanca.example/insights/{y}-{mo:02d}")], "#7a1f1f"),
           extra=[("List-Unsubscribe", "<https://campaigns.zoho.in/unsubscribe>"), ("X-ZCAMPAIGN", alnum(16))])
for k, d in enumerate([(2024, 7, 15), (2024, 10, 2), (2025, 1, 6), (2025, 3, 1)]):
    txt = ("Your Google Workspace invoice for Kaveri Infotech Pvt Ltd is available. Amount: Rs " + f"{R.randint(40, 52)},{R.randint(100, 999)}.00\n\n"
           "View in Admin console: https://admin.google.com/ac/billing\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043")
    notice(gws, "gnotice", at(*d, 14, 0), "Your Google Workspace invoice is available", txt, simple_html("Google Workspace", txt.split("\n\n")[:2], [("View invoice", "https://admin.google.com/ac/billing")], "#1a73e8"))

# ================================================================ T1 Zenlease: lease renewal (June 2024)
t1 = Thread("T1", rohit, "Lease renewal - 40 laptops (Agreement ZL/BLR/2022/118)")
t1.add(rohit, "Dear Priya ji,\n\nGreetings from Zenlease. Your agreement ZL/BLR/2022/118 for 40 Dell Latitude 5420 ends on 31st July. "
       "We can renew at Rs 2,150 per unit per month for 24 months, or swap to Latitude 5440 at Rs 2,690. Kindly let me know which option suits.", at(2024, 6, 10, 11, 5))
t1.add(me, "Hi Rohit,\n\nThanks. Please send the revised quote for the swap option for 25 units and renewal for the remaining 15. Also confirm whether the security deposit carries over.", at(2024, 6, 10, 15, 40))
t1.add(rohit, "Dear Priya ji,\n\nPFA the quote. Yes, the deposit of Rs 1,20,000 will carry over to the new agreement.", at(2024, 6, 12, 10, 22),
       atts=[("ZL_Quote_KIT_June24.pdf", pdf(["Zenlease Rentals Pvt Ltd - Quotation", "25 x Latitude 5440 @ Rs 2,690 + GST", "15 x Latitude 5420 renewal @ Rs 2,150 + GST"], producer="Zoho Writer"), "application/pdf")])
t1.add(me, "Approved from our side. Suresh will sign the agreement. Please courier two copies to the office.", at(2024, 6, 13, 12, 2))
t1.add(rohit, "Noted ji, couriering today via Blue Dart, AWB 7051 5538 214.", at(2024, 6, 13, 16, 48))
t1.add(me, "Received and signed copy dispatched back. Thanks Rohit.", at(2024, 6, 20, 11, 15))
t1.add(rohit, "Thank you Priya ji. Delivery of the 25 new units is scheduled for 29th July.", at(2024, 6, 20, 14, 31))

# ================================================================ T2 Zenlease: monthly rentals + announced, verified bank change (G1, G2)
t2 = Thread("T2", rohit, "Zenlease rental invoices - Kaveri Infotech")
t2.add(rohit, "Dear Priya ji,\n\nPFA the rental invoice for August. Payment to our ICICI account as usual (A/c 012305004471, IFSC ICIC0000123).",
       at(2024, 8, 2, 10, 12), atts=[("ZL-INV-2425-0841.pdf", pdf(["Zenlease Rentals - Tax Invoice ZL-INV-2425-0841", "Rs 1,15,580.00 incl. GST", "ICICI 012305004471 ICIC0000123"], producer="Zoho Books"), "application/pdf")])
t2.add(me, "Hi Rohit, paid today by NEFT, UTR DCBKN24215559012.", at(2024, 8, 5, 12, 10))
t2.add(rohit, "Received with thanks.", at(2024, 8, 5, 17, 2))
t2.add(rohit, "Dear Priya ji,\n\nAs informed during our call last week, Zenlease is moving its collections account from ICICI to HDFC Bank from 1st October. "
       "PFA the official letter on our letterhead signed by our CFO, along with a cancelled cheque. September invoices can still be paid to ICICI. "
       "Please do call me or our accounts head Mr. Sameer Joshi (020 4555 8100) to verify before updating your vendor master.",
       at(2024, 9, 10, 11, 30), GH, scen=("G1", "vendor's legitimate bank-change letter on letterhead, announced by phone earlier, asks to verify by phone"),
       atts=[("Zenlease_Bank_Change_Intimation.pdf", pdf(["Zenlease Rentals Pvt Ltd - Change of bank account", "New: HDFC Bank, Baner, A/c 50200074415520, IFSC HDFC0001234",
                                                          "Effective 01-10-2024. Signed: Sameer Joshi, Head - Accounts"], producer="Zoho Writer"), "application/pdf"),
             ("Cancelled_cheque_HDFC.pdf", pdf(["HDFC Bank cancelled cheque - Zenlease Rentals Pvt Ltd"], producer="HP Scan"), "application/pdf")])
t2.add(me, "Hi Rohit,\n\nI spoke with Mr. Sameer Joshi on 020 4555 8100 (number from our vendor file) and he confirmed the details. We have done a Re 1 "
       "penny-drop test to the HDFC account which came back with the name Zenlease Rentals Pvt Ltd. Vendor master updated from October.", at(2024, 9, 11, 15, 5))
t2.add(rohit, "Thank you Priya ji for verifying. Yes, confirmed from our side too - from the October invoice please pay only to HDFC0001234 / 50200074415520.",
       at(2024, 9, 11, 17, 20), GH, scen=("G2", "vendor confirms a bank change after the owner's phone call-back (bank details in text)"))
t2.add(rohit, "Dear Priya ji,\n\nPFA the October invoice.", at(2024, 10, 2, 10, 3),
       atts=[("ZL-INV-2425-1012.pdf", pdf(["Zenlease Rentals - Tax Invoice ZL-INV-2425-1012", "Rs 1,38,620.00 incl. GST", "HDFC 50200074415520 HDFC0001234"], producer="Zoho Books"), "application/pdf")])
t2.add(me, "Paid to HDFC today, UTR DCBKN24278812045.", at(2024, 10, 4, 11, 40))
t2.add(rohit, "Received, thank you.", at(2024, 10, 4, 16, 55))

# Zenlease support desk (G25) and other tickets
for j, (d, s_) in enumerate([((2024, 8, 19), "Laptop ZL-5440-2231 keyboard not working"), ((2024, 11, 6), "Battery swelling - ZL-5420-1187"),
                              ((2025, 2, 3), "Replacement charger request - ZL-5440-2240")]):
    tk = 48100 + j * 377
    txt = (f"Dear Priya,\n\nYour ticket #{tk} \"{s_}\" has been {'created' if j != 1 else 'resolved'}. Our engineer will "
           f"{'contact you within 1 business day' if j != 1 else 'collect the old battery on the next visit'}.\n\nView ticket: https://zenlease.freshdesk.example/support/tickets/{tk}\n\n"
           "Zenlease Support | 1800 555 2020\nPlease do not change the subject line when replying.")
    notice(zensup, "fresh", at(*d, 10 + j, 14), f"[#{tk}] {s_}", txt, simple_html("Zenlease Support", txt.split("\n\n")[:2], [("View ticket", f"https://zenlease.freshdesk.example/support/tickets/{tk}")], "#2c5cc5"),
           extra=[("Auto-Submitted", "auto-generated"), ("X-Freshdesk-Ticket-Id", str(tk))], label=GH if j == 1 else None,
           scen=("G25", "vendor support-desk ticket notification, reply-style subject tag, no In-Reply-To") if j == 1 else None)

# ================================================================ T3 Zenlease Q3 invoices + A1 account takeover (bank change)
t3 = Thread("T3", rohit, "Zenlease invoices Nov-Dec 2024 & TDS deduction")
t3.add(rohit, "Dear Priya ji,\n\nPFA November and December rental invoices. Kindly note TDS u/s 194-I should be at 2% on equipment rent, last month it was deducted at 10%.",
       at(2024, 12, 3, 10, 44), atts=[("ZL-INV-2425-1134.pdf", pdf(["Zenlease - Tax Invoice ZL-INV-2425-1134", "Rs 1,38,620.00"], producer="Zoho Books"), "application/pdf"),
                                      ("ZL-INV-2425-1219.pdf", pdf(["Zenlease - Tax Invoice ZL-INV-2425-1219", "Rs 1,38,620.00"], producer="Zoho Books"), "application/pdf")])
t3.add(me, "Hi Rohit,\n\nYou are right, 194-I(a) is 2% for plant and machinery. We will adjust the excess TDS of Rs 9,380 in the December payment. Will release both by Friday.", at(2024, 12, 3, 16, 10))
t3.add(rohit, "Thank you ji, that works.", at(2024, 12, 4, 9, 58))
t3.add(rohit, "Dear Priya,\n\nPlease hold the payment for the above invoices. Our HDFC account is currently under the annual audit freeze and incoming "
       "NEFT will be returned. Kindly remit both invoices to our alternate account with immediate effect:\n\nAccount name: Zenlease Rentals\n"
       "Bank: Equitas Small Finance Bank\nA/c no: 200015577310\nIFSC: ESFB0004417\n\nPlease confirm once done and share the UTR. This is urgent as "
       "our finance team is closing the quarter.", at(2024, 12, 6, 1, 12), HJ("account-takeover"), client="outlookclassic", orig_ip=f"185.220.{R.randint(100, 101)}.{R.randint(2, 250)}",
       scen=("A1", "vendor Zoho account used over SMTP from Outlook desktop on a foreign IP at 01:12 IST: 'audit freeze', new bank/IFSC, no payload"))
t3.add(me, "Hi Rohit,\n\nWe received a mail from your ID asking to change the bank to Equitas. I called Mr. Sameer Joshi and he says no such change was made. "
       "Please reset your Zoho password urgently - we are paying only to HDFC0001234.", at(2024, 12, 6, 10, 5), quote=False)
t3.add(rohit, "Priya ji, very sorry for this. Our IT has reset the password and enabled 2FA. Please ignore that mail - HDFC account only.", at(2024, 12, 6, 12, 41))

# ================================================================ T4 Workden: seats (phone change G15)
t4 = Thread("T4", anjali, "Additional seats from September - Kaveri Infotech")
t4.add(me, "Hi Anjali,\n\nWe need 6 more dedicated desks from 1st September in the same bay. Please share the revised monthly amount.", at(2024, 8, 12, 10, 0))
t4.add(anjali, "Hi Priya,\n\nSure. 6 desks at Rs 11,500 each plus 18% GST. Revised monthly total will be Rs 3,52,820 incl. GST for 26 desks.", at(2024, 8, 12, 13, 25))
t4.add(me, "Confirmed. Please send the addendum.", at(2024, 8, 13, 9, 40))
t4.add(anjali, "PFA addendum for signature.", at(2024, 8, 14, 12, 5), atts=[("Workden_Addendum_KIT_Sep24.pdf", pdf(["Workden Coworking - Addendum 2", "26 desks from 01-09-2024"], producer="Microsoft® Word 2019"), "application/pdf")])
t4.add(me, "Signed copy attached.", at(2024, 8, 16, 11, 12), atts=[("Workden_Addendum_KIT_Sep24_signed.pdf", pdf(["Signed"], producer="Adobe Scan"), "application/pdf")])
anjali_sig2 = anjali.sig
anjali.sig = "\n\nWarm regards,\nAnjali Menon\nAccounts | Workden Coworking\n5th Block, Koramangala, Bengaluru 560095\nPh: 080 4555 7699 (new number)"
t4.add(anjali, "Thanks Priya, received. Please note our accounts desk has a new landline, 080 4555 7699; the old number will stop working next month.",
       at(2024, 8, 16, 15, 2), GH, scen=("G15", "partner announces a new phone number in the text and signature"))

# ================================================================ T5 Workden monthly invoices (G23) + A7 ISO server hijack
t5 = Thread("T5", anjali, "Workden invoices FY 2024-25")
for k, (mo, y) in enumerate([(9, 2024), (10, 2024), (11, 2024), (12, 2024), (1, 2025)]):
    txt = f"Hi Priya,\n\nPFA invoice WD/KRM/{y % 100}{mo:02d}/0{R.randint(100, 999)} for {datetime.date(y, mo, 1):%B %Y}. Bank details unchanged: Axis Bank, Koramangala, A/c 919020055104471, IFSC UTIB0000187."
    lab = GH if k == 2 else ("auto")
    t5.add(anjali, txt, at(y, mo, 1, 11, R.randint(0, 59)), lab, scen=("G23", "coworking monthly invoice PDF with the known bank details") if k == 2 else None,
           atts=[(f"Workden_Invoice_{datetime.date(y, mo, 1):%b%Y}.pdf", pdf([f"Workden Coworking - Tax Invoice {datetime.date(y, mo, 1):%B %Y}", "Rs 3,52,820.00", "Axis UTIB0000187"], producer="Tally.ERP 9"), "application/pdf")])
    t5.add(me, f"Hi Anjali, paid today, UTR DCBKN{R.randint(10**10, 10**11)}.", at(y, mo, 5, 12, R.randint(0, 59)))
t5.add(anjali, "Dear Customer,\n\nPlease find your invoice attached for the current billing cycle. Open the attached file to view and download.\n\nRegards,\nAccounts Team",
       at(2025, 2, 1, 4, 37), HJ("server-hijack"), sig=False, quote=False,
       atts=[("Workden_Invoice_Feb2025.iso", iso_image("INVOICE_FEB", "Workden_Invoice_Feb2025.pdf.lnk"), "application/x-iso9660-image")],
       scen=("A7", "coworking's real cPanel/Roundcube: generic 'invoice' ISO holding a .lnk, 04:37, no quote, no usual bank line"))
t5.add(me, "Anjali, we got an .iso file from your ID this morning - not opening it. Please check your mailbox and send the February invoice as PDF.", at(2025, 2, 1, 10, 20), quote=False)
t5.add(anjali, "Hi Priya, sorry, our mailbox was misused. Our hosting provider has locked it. Correct invoice attached as PDF.", at(2025, 2, 1, 14, 2),
       atts=[("Workden_Invoice_Feb2025.pdf", pdf(["Workden Coworking - Tax Invoice February 2025", "Rs 3,52,820.00"], producer="Tally.ERP 9"), "application/pdf")])

# ================================================================ T6 CA firm: GST filings (G21)
t6 = Thread("T6", meena, "GST compliance - Kaveri Infotech - FY 2024-25")
for k, mo in enumerate([7, 8, 9, 10]):
    t6.add(me, f"Dear Meena ma'am,\n\nPFA the sales and purchase registers for {datetime.date(2024, mo - 1, 1):%B} for GSTR-1 and 3B.", at(2024, mo, 6, 11, 5),
           atts=[(f"KIT_GST_Registers_{datetime.date(2024, mo - 1, 1):%b%Y}.xlsx", zipfile_bytes([("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>")]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    if k == 2:
        t6.add(meena, "Dear Priya,\n\nGSTR-1 filed. Urgent: the 3B liability challan of Rs 4,86,210 must be paid before the 20th - please generate and pay it today itself, "
               "the ITC mismatch on two Zenlease invoices is already flagged in 2B. Challan can be created at https://services.gstn.example/services/auth/payment.",
               at(2024, mo, 7, 18, 40), GH, scen=("G21", "CA firm's genuine urgent payment request with a GST portal link"))
    else:
        t6.add(meena, f"Dear Priya,\n\nReceived. GSTR-1 for {datetime.date(2024, mo - 1, 1):%B} filed, ARN shared on the portal. 3B will be filed after ITC reconciliation.", at(2024, mo, 8, 12, 30))

# ================================================================ T7 CA: TDS Q2 + Form 16A password PDFs (G3) + A6 look-alike
t7 = Thread("T7", meena, "TDS return Q2 FY 2024-25 (26Q) - Kaveri Infotech")
t7.add(me, "Dear Meena ma'am,\n\nPFA the TDS workings for Q2 and the challan details. Please file 26Q and share the Form 16A for our vendors.", at(2024, 10, 15, 12, 0),
       atts=[("TDS_Q2_Workings.xlsx", zipfile_bytes([("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>")]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t7.add(meena, "Dear Priya,\n\n26Q for Q2 filed on 28th Oct, token no. 3801554721. I will send Form 16A once TRACES generates them.", at(2024, 10, 29, 11, 20))
t7.add(meena, "Dear Priya,\n\nPFA Form 16A for Q2 for the vendors. The files are password protected as per the TRACES standard - the password is the deductee's PAN "
       "in capitals followed by the date of birth/incorporation in DDMMYYYY. Please forward to the respective vendors.", at(2024, 11, 12, 16, 5), GH,
       scen=("G3", "CA firm sends Form 16A as password-protected PDFs, password pattern explained but no password in mail"),
       atts=[(f"{pan}_Q2_2024-25.pdf", pdf(["Form 16A"], producer="TRACES", encrypt=True), "application/pdf") for pan in ("AABCZ5512K", "AAFFW2281M", "AAHCS7719P")])
t7.add(me, "Thank you ma'am, forwarded to Zenlease, Workden and Sahyadri.", at(2024, 11, 12, 17, 30))
lk_meena = Pt("CA Meena Nagarajan", "meena@nagarajan-ca.example", "exim", "look-nag", meena.sig)
ack_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>TRACES - Acknowledgement</title></head><body style="font-family:Arial;background:#eef2f7">'
            '<div style="width:420px;margin:60px auto;background:#fff;padding:30px;border-top:4px solid #1e3a6e"><h3>TDS Return Acknowledgement (26Q, Q2)</h3>'
            '<p>Sign in with your Google Workspace account to download the Provisional Receipt.</p><form method="post" action="https://traces-ack.nagarajan-ca.example/verify.php">'
            '<input type="email" name="u" value="priya@kaveriinfotech.example"><br><input type="password" name="p" placeholder="Password"><br><button>Download</button></form>'
            '<!-- inert probe placeholder --></div></body></html>')
t7.add(lk_meena, "Dear Priya,\n\nFurther to the above, the TDS return acknowledgement (Provisional Receipt) for Q2 26Q is attached. Also please note TRACES has "
       "flagged a short deduction on two vendor PANs; you will need to log in with your official mail to view the demand details on the acknowledgement. "
       "Kindly do the needful today as the correction window closes this week.", at(2024, 11, 19, 14, 22), HJ("lookalike-domain"), client="exim",
       atts=[("26Q_Q2_Acknowledgement.html", ack_html.encode(), "text/html")],
       scen=("A6", "CA firm look-alike domain (nagarajan-ca vs nagarajanca): 'TDS return acknowledgement' HTML with a login form, quotes thread"))

# ================================================================ T8 CA audit working papers (G4) + O1
t8 = Thread("T8", meena, "Statutory audit FY 2023-24 - working papers")
t8.add(meena, "Dear Priya,\n\nWe have set up the folder for the audit. Please upload the fixed asset register and bank reconciliations: https://drive.google.com/drive/folders/1" + alnum(32),
       at(2024, 6, 18, 12, 10))
t8.add(me, "Uploaded FAR and BRS for all 3 accounts.", at(2024, 6, 20, 17, 0))
t8.add(meena, "Thanks. Our draft notes on accounts are in this doc, please review the related-party section: https://docs.google.com/document/d/1" + alnum(43) + "/edit?usp=sharing",
       at(2024, 6, 27, 11, 45), GH, scen=("G4", "CA firm shares a docs.google.com link in a thread that always used Drive links"))
t8.add(me, "Reviewed, added two comments on the loan from director.", at(2024, 6, 28, 10, 30))
t8.add(meena, "Noted, will incorporate. Signed financials will be ready by 15th July.", at(2024, 6, 28, 15, 2))
o1_parent = make_mid(suresh, "gmailweb", at(2024, 7, 2, 10, 0))
emit(meena, "zoho", at(2024, 7, 2, 12, 31), [(suresh.name, suresh.email)], [(me.name, me.email)], "Re: Director loan - interest rate for FY 24-25", [o1_parent],
     "Dear Suresh sir,\n\nCopying Priya. The interest on the director loan should be at least the SBI MCLR to avoid 2(22)(e) issues; 9% is fine. "
     "Priya, please pass the entry quarterly." + meena.sig + "\n\n\n---- On Tue, 02 Jul 2024 10:00:12 +0530 Suresh Iyer <suresh.iyer@kaveriinfotech.example> wrote ---\n\n"
     "> Meena, what rate should we charge on the Rs 25L director loan this year?\n> Suresh", label=GO,
     scen=("O1", "CA replies to the CFO's mail adding Priya in Cc; parent not in the mailbox"))

# ================================================================ T9 Hartwell SOW invoices: OOO (G5) + A2 account takeover SharePoint
t9 = Thread("T9", james, "Kaveri Infotech invoices - SOW 7 (support retainer)")
for k, mo in enumerate([7, 8, 9, 10]):
    t9.add(me, f"Dear James,\n\nPlease find attached invoice KIT/EXP/24-25/0{40 + k} for {datetime.date(2024, mo - 1, 1):%B} under SOW 7 - GBP 14,600. "
           "Our SWIFT details: Deccan Bank, Bengaluru, SWIFT DCBKINBBXXX, A/c 50200031874412.", at(2024, mo, 3, 14, 30),
           atts=[(f"KIT_EXP_0{40 + k}.pdf", pdf([f"Kaveri Infotech - Export invoice KIT/EXP/24-25/0{40 + k}", "GBP 14,600.00 (LUT, without IGST)"], producer="Zoho Books"), "application/pdf")])
    if k == 1:
        emit(james, "exo", at(2024, mo, 3, 14, 31), [(me.name, me.email)], None, "Automatic reply: " + t9.subj, [t9.refs[-1]],
             "Thank you for your email. I am on annual leave until Monday 19 August with limited access to email. For invoice queries please contact "
             "accounts.payable@hartwellretail.example.\n\nJames Whitford", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
             label=GH, scen=("G5", "client out-of-office auto-reply"), topic=t9.subj)
    t9.add(james, f"Thanks Priya, approved and sent to AP for the next payment run.", at(2024, mo, 4 if k != 1 else 20, 10, R.randint(0, 59)))
t9.add(james, "Hi Priya\n\nQuick one - as part of our year-end supplier audit we need every supplier to update the remittance details held on our side. "
       "I've shared the form with you below, could you fill it in today so October's payment isn't held?\n\n"
       "https://hartwellretail0-my.sharepoint.com/:b:/g/personal/j_whitford_hartwellretail0_onmicrosoft_com/E" + alnum(40) + "?e=" + alnum(6) + "\n\nThanks",
       at(2024, 10, 24, 3, 40, LON), HJ("account-takeover"), client="owa", xoip=f"104.28.{R.randint(1, 250)}.{R.randint(1, 250)}", sig=False,
       scen=("A2", "client M365 account via OWA from a datacentre IP at 03:40 London: 'update the remittance details' SharePoint link, no signature"))

# ================================================================ T10 Hartwell PO (G13 new AP clerk, G19 SharePoint link)
t10 = Thread("T10", james, "PO for SOW 8 - cloud migration", cc=[(chloe.name, chloe.email)])
t10.add(james, "Hi Priya,\n\nSOW 8 is signed. The PO is on our supplier SharePoint as usual: https://hartwellretail0.sharepoint.com/sites/Suppliers/Shared%20Documents/Kaveri/SOW8.pdf\n\n"
        "I've copied Chloe who joined our AP team this month.", at(2024, 11, 5, 11, 20, LON))
t10.add(me, "Hi James, Chloe,\n\nThank you. Welcome Chloe! Could you share the PO number so we can quote it on invoices?", at(2024, 11, 5, 17, 5), to=[(james.name, james.email)], cc=[(chloe.name, chloe.email)])
t10.add(chloe, "Hi Priya,\n\nNice to meet you. The PO number is HR-PO-24-3381. I'll be processing your invoices from now on, James stays the approver.",
        at(2024, 11, 6, 9, 12, LON), GH, scen=("G13", "client's new AP clerk, copied earlier, replies for the first time"))
t10.add(me, "Thanks Chloe, noted.", at(2024, 11, 6, 14, 0), to=[(chloe.name, chloe.email)], cc=[(james.name, james.email)])
t10.add(james, "Priya, the revised PO with the extra migration wave is here: https://hartwellretail0.sharepoint.com/:b:/s/Suppliers/E" + alnum(40) + "?e=" + alnum(6),
        at(2024, 12, 2, 10, 3, LON), GH, scen=("G19", "client shares a SharePoint link in a thread that already used SharePoint links"))
t10.add(me, "Got it, thanks James.", at(2024, 12, 2, 16, 30))

# ================================================================ T11 Brightwater remittances (G18)
t11 = Thread("T11", dana, "Remittance - Kaveri Infotech Pvt Ltd")
for k, mo in enumerate([7, 9, 11]):
    t11.add(me, f"Hi Dana,\n\nGentle reminder for invoice KIT/EXP/24-25/0{60 + k} (USD 18,250) due on the 30th.", at(2024, mo, 25, 19, 10), to=[(dana.name, dana.email)])
    lab = GH if k == 1 else "auto"
    t11.add(dana, "Hi Priya,\n\nPayment was released today by wire. Remittance advice attached.", at(2024, mo, 27, 11, 5, NYC), lab,
            scen=("G18", "US client's remittance advice PDF in a remittance thread") if k == 1 else None,
            atts=[(f"Remittance_BW_{mo:02d}2024.pdf", pdf(["Brightwater Analytics - Remittance Advice", f"KIT/EXP/24-25/0{60 + k}  USD 18,250.00"], producer="SAP NetWeaver"), "application/pdf")])

# ================================================================ T12 Brightwater AP export (G12 zipped export) + A8 macro workbook
t12 = Thread("T12", dana, "AP ledger reconciliation Apr-Oct 2024")
t12.add(me, "Hi Dana,\n\nOur books show USD 36,500 outstanding while your portal shows nil. Could you export your AP ledger for our vendor code for April-October?", at(2024, 11, 12, 19, 30))
t12.add(dana, "Hi Priya,\n\nSure - the export is attached as a zip (the CSV was too big for our mail filter).", at(2024, 11, 13, 10, 40, NYC), GH,
        scen=("G12", "US client sends the zipped AP ledger export the owner asked for"),
        atts=[("BW_AP_Vendor_V10482_AprOct24.zip", zipfile_bytes([("BW_AP_Vendor_V10482_AprOct24.csv", csv_export())], (2024, 11, 13, 10, 30, 0)), "application/zip")])
t12.add(me, "Thanks Dana. Two of our invoices (0064, 0065) are missing in your export - could you check if they were received?", at(2024, 11, 14, 20, 15))
t12.add(dana, "Hi Priya,\n\nPlease see the updated AP export with the missing invoices added - the file uses a reconciliation macro from our ERP, so please click "
        "Enable Content after opening, otherwise the figures will not load.", at(2024, 11, 18, 9, 5, NYC), HJ("server-hijack"),
        quote_text="Thanks Dana. Two of our invoices are missing in your export - could you send a corrected file?" + me.sig,
        atts=[("BW_AP_Export_Updated.xlsm", xlsm_bytes(), "application/vnd.ms-excel.sheet.macroEnabled.12")],
        scen=("A8", "US client's real on-prem Exchange (same headers): macro workbook 'Enable Content', quote of Priya's mail altered"))
t12.add(dana, "Hi Priya,\n\nFound them - 0064 and 0065 were parked for a missing PO reference. Released today.", at(2024, 11, 19, 14, 20, NYC))

# ================================================================ T13 Lumen SWIFT (G26 forwarded MT103) ; O2
t13 = Thread("T13", weiling, "Invoice KIT/EXP/24-25/071 - payment status")
t13.add(me, "Dear Wei Ling,\n\nMay I check on the status of invoice 071 (USD 9,800)? It is 20 days overdue.", at(2024, 8, 20, 10, 5))
t13.add(weiling, "Hi Priya,\n\nApologies for the delay, it was paid last week. I am forwarding our bank's SWIFT copy below for your tracing.\n\n"
        "---------- Forwarded message ----------\nFrom: DBS IDEAL Alerts <ideal-alerts@dbsbank.example>\nDate: 14 Aug 2024 16:02\nSubject: MT103 - USD 9,800.00 - KAVERI INFOTECH\n\n"
        ":20:SG24081400551\n:32A:240814USD9800,00\n:59:/50200031874412 KAVERI INFOTECH PVT LTD\n:57A:DCBKINBBXXX",
        at(2024, 8, 20, 15, 30, SGT), GH, scen=("G26", "client forwards its bank's SWIFT MT103 copy inside the thread"),
        atts=[("MT103_SG24081400551.pdf", pdf(["MT103 SG24081400551", "USD 9,800.00"], producer="DBS IDEAL"), "application/pdf")])
t13.add(me, "Thank you, credit traced. Receipt attached.", at(2024, 8, 21, 11, 0))
t13.add(weiling, "Well received, thanks!", at(2024, 8, 21, 14, 2, SGT))
o2_parent = f"<CA{alnum(52)}@mail.gmail.com>"
emit(weiling, "exo", at(2024, 9, 9, 10, 10, SGT), [("Kaveri Billing", f"billing@{OWN}")], [(me.name, me.email)], "RE: Invoice KIT/EXP/24-25/078 - Lumen Maritime", [o2_parent],
     "Hi Deepa,\n\nNoted with thanks, adding Priya as requested. The PO number on 078 should be LM-PO-2407-22, could you reissue?" + weiling.sig
     + "\n\nFrom: Kaveri Billing <billing@kaveriinfotech.example>\nSent: Monday, 9 September 2024 12:02\nTo: Tan Wei Ling <weiling.tan@lumenmaritime.example>\nSubject: Invoice KIT/EXP/24-25/078 - Lumen Maritime\n\n"
     "Dear Wei Ling, please find invoice 078 attached. Kindly also copy Priya on payment queries. Deepa", label=GO,
     scen=("O2", "client replies to an invoice sent from the shared billing@ address; parent not in the mailbox"), topic="Invoice KIT/EXP/24-25/078 - Lumen Maritime")

# ================================================================ T14 Lumen MSA renewal (G17 DocuSign)
t14 = Thread("T14", weiling, "MSA renewal 2025 - Lumen Maritime / Kaveri Infotech")
t14.add(weiling, "Hi Priya,\n\nOur legal has approved the renewed MSA with the 3% uplift. I'll route it for e-signature via DocuSign to Suresh and you.", at(2024, 12, 10, 14, 5, SGT))
t14.add(me, "Thanks Wei Ling, please go ahead.", at(2024, 12, 10, 13, 0))
ds = ("Tan Wei Ling sent you a document to review and sign.\n\nREVIEW DOCUMENT: https://na3.docusign.net/Signing/EmailStart.aspx?a=" + ruuid() + "&etti=24&acct=" + ruuid() + "\n\n"
      "Please sign the Lumen Maritime - Kaveri Infotech MSA 2025.\n\nDo Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.")
emit(docusign, "docusign", at(2024, 12, 11, 9, 30, SGT), [(me.name, me.email)], None, "Please DocuSign: Lumen_Kaveri_MSA_2025.pdf", [], ds,
     html=simple_html("DocuSign", ds.split("\n\n")[:3], [("REVIEW DOCUMENT", "https://na3.docusign.net/Signing/EmailStart.aspx")], "#1e4ca1"),
     extra=[("Reply-To", "Tan Wei Ling <weiling.tan@lumenmaritime.example>")], label=GH, scen=("G17", "genuine DocuSign envelope for the client's MSA renewal (announced in thread)"))
t14.add(weiling, "Hi Priya, all signed, thank you. The completed copy is in DocuSign.", at(2024, 12, 12, 16, 44, SGT))

# ================================================================ T15 Lumen: last year's invoice revived after 6 months (G10) + A9 PDF with Dropbox link
t15 = Thread("T15", weiling, "Invoice KIT/EXP/23-24/112 - short payment")
t15.add(me, "Dear Wei Ling,\n\nInvoice 112 was received short by USD 35 - probably intermediary bank charges. Could you confirm the charges were OUR?", at(2024, 6, 14, 11, 20))
t15.add(weiling, "Hi Priya, yes the correspondent bank deducted it. We will absorb it in the next payment.", at(2024, 6, 14, 16, 2, SGT))
t15.add(me, "Thanks, noted.", at(2024, 6, 15, 10, 0))
t15.add(weiling, "Hi Priya,\n\nReviving this old one - our auditors are doing the FY close and asked how the USD 35 short payment on invoice 112 was settled. "
        "Could you confirm it was adjusted against invoice 071 in August?", at(2024, 12, 16, 11, 10, SGT), GH,
        scen=("G10", "client revives a 6-month-old thread for the auditors"))
t15.add(me, "Hi Wei Ling, yes, 071 came in at USD 9,835 so the 35 was covered. Our ledger extract attached.", at(2024, 12, 16, 14, 0),
        atts=[("Lumen_ledger_extract.pdf", pdf(["Ledger - Lumen Maritime", "Inv 071 received 9,835.00"], producer="Zoho Books"), "application/pdf")])
t15.add(weiling, "Dear Priya,\n\nThank you. Kindly see our payment advice for the open items attached - please click the link inside to view the full schedule "
        "and confirm by end of day.", at(2025, 1, 9, 18, 55, SGT), HJ("server-hijack"),
        atts=[("Lumen_Payment_Advice_Jan2025.pdf", pdf(["Lumen Maritime - Payment Advice", "Click here to view the full payment schedule"], producer="Microsoft® Word for Microsoft 365",
                                                        uris=["https://www.dropbox.com/scl/fi/" + alnum(21).lower() + "/Lumen_Payment_Schedule.html?rlkey=" + alnum(25).lower() + "&dl=0"]), "application/pdf")],
        scen=("A9", "Singapore client's M365 (same headers): 'payment advice' PDF whose only content is a dropbox.com link"))

# ================================================================ T16 Sahyadri TDS (G14 iOS)
t16 = Thread("T16", anand, "TDS deduction on our invoices - 194J")
t16.add(me, "Dear Anand ji,\n\nYour Q1 payments were made after deducting TDS at 10% under 194J, but the 26AS does not show it yet. Could you confirm the 26Q was filed?", at(2024, 8, 7, 12, 0))
t16.add(anand, "Dear Priya,\n\nChecking with our CA, will revert.", at(2024, 8, 7, 15, 40))
t16.add(anand, "Priya ji, our CA filed it late on 5th Aug. It should reflect in 26AS in a week. Sent from travel, sorry for brevity.", at(2024, 8, 9, 21, 12), GH,
        client="ios", sig=False, scen=("G14", "client's Outlook for iOS reply (usually Outlook desktop) in the evening"))
t16.add(me, "Thank you, will check next week.", at(2024, 8, 10, 9, 0))
t16.add(anand, "Glad to help.", at(2024, 8, 19, 10, 5))

# ================================================================ T17 Sahyadri payment follow-up (G27 new accountant) + A14 .ics
t17 = Thread("T17", anand, "Outstanding invoices - Sahyadri Textiles", cc=None)
t17.add(me, "Dear Anand ji,\n\nInvoices KIT/DOM/24-25/0211 and 0224 (total Rs 7,48,900) are overdue. Kindly arrange payment.", at(2024, 11, 20, 11, 0))
t17.add(anand, "Dear Priya,\n\nFrom December Pooja will handle vendor payments, I am moving to the Surat unit. Copying her. 0211 will be paid this week.",
        at(2024, 11, 21, 10, 20), cc=[(pooja.name, pooja.email)])
t17.add(me, "Thanks Anand ji, all the best. Welcome Pooja.", at(2024, 11, 21, 12, 0), cc=[(pooja.name, pooja.email)])
t17.add(pooja, "Dear Priya ma'am,\n\nNice to connect. 0211 paid today by NEFT (UTR SAHYN24330188201); 0224 will go in the 5th December run.",
        at(2024, 11, 25, 15, 45), GH, cc=[(anand.name, anand.email)], scen=("G27", "client's new accountant replies-all after a handover announced in the thread"))
t17.add(me, "Received, thank you Pooja.", at(2024, 11, 26, 10, 0), to=[(pooja.name, pooja.email)])
pooja_ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
             f"UID:{ruuid()}\r\nDTSTART:20241210T053000Z\r\nDTEND:20241210T060000Z\r\nSUMMARY:Payment reconciliation - Sahyadri / Kaveri\r\n"
             "LOCATION:https://teams-meet-join.sahyadri-recon.example/l/meetup-join/19%3ameeting\r\nDESCRIPTION:Join and sign in to view the reconciliation statement before the call.\r\n"
             f"ORGANIZER;CN=Pooja Shetty:mailto:{pooja.email}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
t17.add(pooja, "Hi,\n\nPlease accept the invite for the reconciliation of payments. Kindly join via the link in the invite and sign in to see the statement.",
        at(2024, 12, 9, 23, 52), HJ("server-hijack"), quote=False, atts=[("invite.ics", pooja_ics, "text/calendar")], to=[(me.name, me.email)],
        scen=("A14", "Indian client's M365 (same headers): .ics 'reconciliation call' whose location is a fake Teams link, 23:52, no quote"))

# ================================================================ T18 Balaji (Rediffmail, Hindi/Hinglish): G20 + A3 UPI collect
t18 = Thread("T18", mahesh, "Stationery order - Kaveri Infotech")
t18.add(me, "Mahesh ji namaste,\n\nIs mahine ka order: 20 reams A4, 10 box pens, 5 whiteboard markers sets. Kal tak deliver ho jayega?", at(2024, 7, 8, 11, 0))
t18.add(mahesh, "नमस्ते प्रिया जी,\n\nहाँ जी, कल दोपहर तक डिलीवरी हो जाएगी। बिल साथ में भेज देंगे।", at(2024, 7, 8, 13, 20))
t18.add(me, "Thik hai, thanks.", at(2024, 7, 8, 13, 45))
t18.add(mahesh, "Priya ji, bill attach hai - Rs 8,732 (GST included). Payment UPI pe kar dijiye, VPA wahi purana: shreebalaji.office@okhdfcbank. Dhanyavaad.",
        at(2024, 7, 10, 17, 5), GH, scen=("G20", "small vendor's invoice in Hinglish asking for UPI payment to the known VPA"),
        atts=[("Bill_1147.pdf", pdf(["Shree Balaji Office Supplies - Tax Invoice 1147", "Rs 8,732.00", "UPI: shreebalaji.office@okhdfcbank"], producer="Vyapar"), "application/pdf")])
t18.add(me, "Paid via UPI, ref 419221774310.", at(2024, 7, 10, 18, 0))
t18.add(mahesh, "प्राप्त हुआ, धन्यवाद।", at(2024, 7, 10, 18, 30))
t18.add(mahesh, "Priya ji,\n\nPichle bill mein galti se GST double lag gaya tha, Rs 1,332 refund banta hai. Refund ke liye maine aapko UPI collect request "
        "bheji hai (balajirefund.desk@ybl se) - GPay kholke approve kar dijiye aur PIN daal dijiye, amount aapke account mein aa jayega. Aaj hi kar dijiye, "
        "request 30 minute mein expire ho jayegi.", at(2024, 8, 2, 22, 47), HJ("server-hijack"),
        scen=("A3", "vendor's real Rediffmail (same headers): UPI collect-request 'refund' to a new VPA, approve with PIN; no attachment"))
t18.add(me, "Mahesh ji, refund ke liye collect request approve nahi karte - aapka ID hack hua hai kya? Maine call kiya, aapne bola aapne kuch nahi bheja.", at(2024, 8, 3, 9, 30))
t18.add(mahesh, "जी प्रिया जी, बेटे ने पासवर्ड बदल दिया है। वो मेल हमने नहीं भेजी थी, माफ़ कीजिए।", at(2024, 8, 3, 11, 10))

# ================================================================ T19 Ramesh Electricals (Gmail Android): G11 + A10 password zip
t19 = Thread("T19", ramesh, "UPS wiring work - 3rd floor")
t19.add(me, "Ramesh ji, 3rd floor pe UPS line ka kaam kab tak ho jayega? Quotation bhej dijiye.", at(2024, 9, 16, 11, 0), client="gmailapp")
t19.add(ramesh, "Madam, quotation Rs 42,500 + GST. Saturday ko kaam start karenge.", at(2024, 9, 16, 13, 2))
t19.add(me, "OK, approved. Saturday start kariye.", at(2024, 9, 16, 14, 0))
t19.add(ramesh, "मैडम, काम पूरा हो गया है। बिल कल भेज दूंगा। रात को टेस्टिंग भी कर ली, सब ठीक है।", at(2024, 9, 21, 23, 40), GH,
        scen=("G11", "local vendor replies from the Gmail Android app at 23:40 in Hindi"))
t19.add(me, "Thank you Ramesh ji.", at(2024, 9, 22, 9, 0), client="gmailapp")
t19.add(ramesh, "Bill attached madam. NEFT kar dijiye - SBI HSR, A/c 30215544871, IFSC SBIN0016549.", at(2024, 9, 23, 10, 15),
        atts=[("Ramesh_Bill_0921.pdf", pdf(["Ramesh Electricals - Bill 0921", "Rs 50,150.00"], producer="CamScanner"), "application/pdf")])
t19.add(me, "Paid, UTR DCBKN24267733102.", at(2024, 9, 24, 12, 0))
t19.add(ramesh, "Dear Madam,\n\nKindly find attached the revised e-way bill and delivery challan for the cable materials. The file is secured for privacy.\n"
        "Password: 2580\n\nPlease check and confirm at the earliest.\n\nRegards", at(2025, 1, 21, 6, 12), HJ("account-takeover"), client="phpmailer",
        orig_ip=f"51.89.{R.randint(1, 250)}.{R.randint(1, 250)}", sig=False, quote=False,
        atts=[("EWayBill_Challan_2580.zip", zipfile_bytes([("EWayBill_Challan.pdf.lnk", lnk_bytes())], (2025, 1, 21, 6, 0, 0), encrypt=True), "application/zip")],
        scen=("A10", "vendor's Gmail used via PHPMailer from an OVH IP: password-protected zip with a .lnk, password in text, formal English, no quote"))

# ================================================================ T20 Suresh vendor payment run: G22 + A5 display-name spoof
t20 = Thread("T20", suresh, "Vendor payment run - week 2 January")
t20.add(me, "Suresh,\n\nPayment run for this week attached - Zenlease Rs 1,38,620, Workden Rs 3,52,820, PayNest fees Rs 41,300. Please approve on NetBanking.", at(2025, 1, 8, 17, 30),
        atts=[("Payment_run_wk2_Jan25.xlsx", zipfile_bytes([("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>")]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t20.add(suresh, "Priya, approved all three. Also please release the RTGS to Ramesh Electricals today itself, he has been waiting since December. Approving from my phone.",
        at(2025, 1, 9, 7, 5), GH, client="gmailapp", scen=("G22", "CFO's real account from the Android app at 07:05 asking to release a payment today"))
t20.add(me, "Done, released.", at(2025, 1, 9, 10, 0))
fake_s = Pt("Suresh Iyer", "suresh.iyer.kaveri@gmail.com", "gmailcom", "gmailcom")
t20.add(fake_s, "Priya,\n\nOne more - need an urgent NEFT of Rs 9,85,000 to a new consultant before 2 pm today, board matter, keep it confidential. "
        "I am in a meeting with the investors and cannot take calls. Beneficiary details:\n\nName: Vertex Advisory Services\nA/c: 921020044187735\n"
        "IFSC: UTIB0002931\n\nSend me the UTR once done.\n\nSuresh\nSent from my iPhone", at(2025, 1, 10, 11, 48), HJ("display-name-spoof"), sig=False,
        scen=("A5", "CFO display name from a gmail.com address, in-thread: urgent confidential NEFT to a new beneficiary, 'cannot take calls'"))

# ================================================================ T21 Suresh forwards bank mandate (G7)
t21 = Thread("T21", suresh, "Fwd: Revised signatory mandate - Deccan Bank")
t21.add(suresh, "Priya, FYI - the bank has updated the signatory mandate after the board resolution. Please file it with the KYC documents.\n\n"
        "---------- Forwarded message ---------\nFrom: Relationship Manager <rm.hsr@deccanbank.example>\nDate: Mon, 16 Sept 2024 at 15:20\n"
        "Subject: Revised signatory mandate - Kaveri Infotech Pvt Ltd\nTo: Suresh Iyer <suresh.iyer@kaveriinfotech.example>\n\n"
        "Dear Sir, please find the revised mandate with the new authorised signatories. Regards, Kiran Hegde, RM - HSR Layout",
        at(2024, 9, 16, 18, 2), GH, sig=False, scen=("G7", "CFO forwards the bank's mandate letter (Fwd:, PDF) - first message, no reply headers"),
        atts=[("Mandate_KaveriInfotech_Sep2024.pdf", pdf(["Deccan Bank - Signatory mandate", "A/c 50200031874412"], producer="Adobe PDF Library"), "application/pdf")])
t21.add(me, "Filed, thanks.", at(2024, 9, 17, 9, 30))

# ================================================================ T22 PayNest: payroll queries + A11 look-alike
t22 = Thread("T22", kavitha, "Payroll funding and TDS on salaries - Kaveri Infotech")
t22.add(me, "Hi Kavitha,\n\nFor the December run, could PayNest also compute the revised 192 TDS for employees who opted for the new regime mid-year?", at(2024, 12, 12, 11, 0))
t22.add(kavitha, "Hi Priya,\n\nYes, we will recompute from December. Please fund the payroll account (Kotak, A/c 8612554021, IFSC KKBK0008041) by the 27th as usual.", at(2024, 12, 12, 16, 10))
t22.add(me, "Noted, will fund on 26th.", at(2024, 12, 13, 10, 0))
t22.add(kavitha, "Thanks Priya, confirmed receipt of the December funding.", at(2024, 12, 27, 12, 5))
lk_kav = Pt("Kavitha Rao", "kavitha.rao@paynest-hr.example", "outlookclassic", "look-pay", kavitha.sig)
t22.add(lk_kav, "Hi Priya,\n\nHope you are doing well. Further to the December funding and the recomputed 192 TDS, please note that from the January 2025 payroll "
        "cycle PayNest is moving client funding to an escrow account with Yes Bank as per the RBI guidelines on payment aggregators. The Kotak "
        "account will be closed for incoming credits from 15th January, and any funds sent there will be returned after 7-10 working days, "
        "which would delay salaries for your 86 employees.\n\nNew funding account:\nPayNest Payroll Services Pvt Ltd - Client Escrow\nYes Bank, Whitefield\n"
        "A/c: 003784600002217\nIFSC: YESB0000037\n\nOur formal letter will follow from the corporate office. Kindly update the beneficiary today and fund "
        "the January payroll of Rs 64,18,300 to the new account by the 24th. Please reply on this mail for any clarification.",
        at(2025, 1, 16, 12, 40), HJ("lookalike-domain"), client="outlookclassic",
        scen=("A11", "payroll provider look-alike domain (paynest-hr): long, context-aware payroll funding account change to a new escrow, no payload"))

# ================================================================ T23 CA Form 16A password: A12 display-name spoof
t23 = Thread("T23", meena, "Form 16A for Q3 - vendor queries")
t23.add(me, "Dear Meena ma'am,\n\nSahyadri says they cannot open their Form 16A for Q3. Could you re-issue?", at(2025, 1, 28, 11, 0))
t23.add(meena, "Dear Priya,\n\nRe-issued through TRACES. They should use their PAN in capitals and their date of incorporation as DDMMYYYY.", at(2025, 1, 28, 15, 30))
fake_m = Pt("CA Meena Nagarajan", "camenagarajan.office@outlook.com", "outlookcom", "outlookcom")
t23.add(fake_m, "Dear Priya,\n\nTo regenerate the Form 16A and the director's Form 16 from TRACES, I need the PAN and date of birth of both directors "
        "(Suresh sir and Mr. Kaveri Rao). Please send them by return mail today; my office mail has storage issues so I am using this ID.\n\nRegards,\nMeena",
        at(2025, 1, 29, 9, 15), HJ("display-name-spoof"), sig=False,
        scen=("A12", "CA firm partner's name from outlook.com asking for directors' PAN + DOB (the Form 16 passwords), no payload"))

# ================================================================ T24 real GST DRC-01A query (context for A4)
t24 = Thread("T24", meena, "DRC-01A intimation - GSTIN 29AAGCK4521M1Z7 - FY 2022-23")
t24.add(me, "Dear Meena ma'am,\n\nWe received a DRC-01A intimation for FY 22-23 on the portal for excess ITC of Rs 2,14,600. Please advise.", at(2025, 2, 10, 11, 0))
t24.add(meena, "Dear Priya,\n\nThe mismatch is due to two credit notes not reported by the vendor. We will file Part B reply with the reconciliation. Please share the credit notes.", at(2025, 2, 10, 17, 20))
t24.add(me, "Shared on the Drive folder.", at(2025, 2, 11, 10, 0))
t24.add(meena, "Reply filed on the portal, ARN ZA290225012233X.", at(2025, 2, 14, 16, 5))

# A4 fake-thread GST
fk = Pt("GST Notice Cell - Range 62", "noticecell@gst-replycell.example", "exim", "fake-gst")
emit(fk, "exim", at(2025, 2, 18, 10, 12), [(me.name, me.email)], None, "RE: GST DRC-01A Intimation - GSTIN 29AAGCK4521M1Z7", [f"<{hx(32)}@gst-replycell.example>"],
     "Dear Taxpayer,\n\nWith reference to your reply dated 11/02/2025, the proper officer has found the reply incomplete. You are required to upload the "
     "reconciliation statement and authorised signatory KYC within 48 hours failing which DRC-07 order will be issued with penalty u/s 73.\n\n"
     "Upload here: https://gst-replycell.example/drc01a/upload?gstin=29AAGCK4521M1Z7&ref=" + alnum(12) + "\n\nSuperintendent (Range 62)\nCGST Bengaluru South\n\n"
     "-----Original Message-----\nFrom: Priya Raghavan\nSent: 11-02-2025\nSubject: GST DRC-01A Intimation\n\nSir, please find our reply to the intimation. Regards, Priya",
     label=HJ("fake-thread"), scen=("A4", "stranger 'RE: GST DRC-01A Intimation' with a fabricated quote of Priya and an upload link on an unknown domain"))

# A13 fake-thread MFA with SVG
fb = Pt("Deccan Bank NetBanking Security", "security@deccan-netbanking.example", "exim", "fake-bank")
svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><rect width="600" height="200" fill="#004c8f"/>'
       '<a href="https://deccan-netbanking.example/corp/mfa/reregister?id=' + alnum(16) + '"><text x="40" y="110" fill="#fff" font-size="22">'
       'Re-register MFA for Corporate NetBanking</text></a><!-- inert probe placeholder --></svg>').encode()
emit(fb, "exim", at(2025, 3, 4, 8, 2), [(me.name, me.email)], None, "Re: Corporate NetBanking MFA re-registration", [],
     "Dear Customer,\n\nAs per RBI directions on additional factor of authentication, your corporate user ID must re-register its MFA token by 06-Mar-2025. "
     "Open the attached secure notice to complete the process. Failure will block outward RTGS/NEFT.\n\nDeccan Bank Digital Security",
     atts=[("MFA_Secure_Notice.svg", svg, "image/svg+xml")], irt=f"<{hx(20)}@deccan-netbanking.example>",
     label=HJ("fake-thread"), scen=("A13", "stranger 'Re: Corporate NetBanking MFA re-registration' with only In-Reply-To, no quote; SVG with fake bank link"))

# ================================================================ T25 Deepa collections (internal)
t25 = Thread("T25", deepa, "Collections status - week ending")
for k, d in enumerate([(2024, 7, 12), (2024, 8, 9), (2024, 9, 13), (2024, 10, 11), (2024, 11, 15), (2024, 12, 13), (2025, 1, 17), (2025, 2, 14), (2025, 3, 7), (2025, 3, 21)]):
    if k == 0:
        t25.add(deepa, "Hi Priya,\n\nCollections this week: Hartwell GBP 14,600 received, Brightwater pending, Sahyadri pending.", at(*d, 17, 10))
    else:
        t25.add(deepa, f"Hi Priya,\n\nUpdate: {R.choice(['Lumen paid', 'Sahyadri part-paid', 'Brightwater wire received', 'Hartwell paid'])}; ageing report attached.", at(*d, 17, 10),
                atts=[("AR_Ageing.pdf", pdf(["AR ageing"], producer="Zoho Books"), "application/pdf")])
    t25.add(me, "Thanks Deepa.", at(*d, 18, 2))

# ================================================================ T26 FinCircle list thread (G6)
t26 = Thread("T26", forum, "[FinCircle] TDS on foreign SaaS subscriptions - 195 or equalisation levy?")
LF = "\n_______________________________________________\ncfo-forum mailing list -- cfo-forum@lists.fincircle.example\nTo unsubscribe send an email to cfo-forum-leave@lists.fincircle.example"
lh = [("List-Id", "FinCircle CFO Forum <cfo-forum.lists.fincircle.example>"), ("List-Unsubscribe", "<mailto:cfo-forum-leave@lists.fincircle.example>"),
      ("List-Post", "<mailto:cfo-forum@lists.fincircle.example>"), ("Precedence", "list"), ("Sender", "cfo-forum-bounces@lists.fincircle.example")]
m1 = emit(forum, "mailman", at(2024, 10, 8, 9, 10), [("", "cfo-forum@lists.fincircle.example")], None, t26.subj, [],
          "Members, how are you treating payments to foreign SaaS vendors after the EL 2% withdrawal? Deducting 195 TDS or grossing up?" + LF, no_html=True,
          frm="Vikram Sethi <vikram.sethi@sethiaccounts.example>", extra=lh)
emit(forum, "mailman", at(2024, 10, 8, 14, 55), [("", "cfo-forum@lists.fincircle.example")], None, "Re: " + t26.subj, [m1],
     "Vikram, we take a Form 10F + TRC and apply the DTAA rate; where the vendor won't give TRC we gross up at 20.8%. Happy to share our checklist: "
     "https://docs.google.com/spreadsheets/d/1" + alnum(43) + "/edit\n\nAnita\n\nOn Tue, 8 Oct 2024, 09:10 Vikram Sethi wrote:\n> Members, how are you treating payments to foreign SaaS vendors?" + LF,
     no_html=True, frm="Anita Krishnan via FinCircle <cfo-forum@lists.fincircle.example>", extra=lh + [("Reply-To", "Anita Krishnan <anita.k@mysoreworks.example>")],
     label=GH, scen=("G6", "mailing-list reply with list footer, From rewritten by the list and a Sheets link"))

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
