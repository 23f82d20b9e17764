#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-22.py OUT_DIR
#
# Probe mailbox "dmorales": Diane Morales, accounts-payable lead in the business office of Maple Creek Local Schools, a public school
# district in Ohio (maplecreekschools.example, Google Workspace for Education). She writes from Gmail web (CA...@mail.gmail.com ids,
# "On Mon, Jan 20, 2025 at 10:14 AM Name <addr> wrote:" quotes, US Eastern time with the EDT->EST->EDT changes) and her signature carries
# the district's FERPA notice. Her mail arrives through Gmail (mx.google.com Received/ARC/Authentication-Results, times in Pacific).
# Aug 2024 - May 2025. Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and
# OUT_DIR/mailboxes/dmorales/{INBOX,Sent}/N.eml numbered 1..n in arrival order across both folders (raw RFC 5322, CRLF). Only test
# messages are labelled; everything else is context history. Deterministic (random.Random(22)); no network; attachments are inert
# (random bytes or text inside real PDF / zip / OOXML / JPEG / ISO 9660 / iCalendar / SVG / HTML / .lnk structures).
#
# Correspondents and their fixed fingerprints (Message-ID shape, client headers, Received path, DKIM d=/s=, Date zone, quote style):
#   colleagues (same domain): Thomas Brandt (Treasurer/CFO), Dr. Angela Whitfield (Superintendent), principals Marcus Reyes (high school)
#       and Linda Okafor (Elm Street Elementary), teacher Rachel Tran, payroll specialist Janet Fulton: Gmail web on Workspace, Google-internal
#       path (mail-sor-f69, SMTPS/Google Transport Security), DKIM maplecreekschools.example/google, DMARC quarantine, Date -0500/-0400;
#       Reyes and Tran also use iPhone Mail (smtpclient.apple ESMTPSA hop, <UUID@domain>, X-Mailer iPhone Mail, "> On Jan 20, 2025, at"),
#       Whitfield her iPad; Okafor has a Gmail vacation responder.
#   Buckeye Student Transportation (bus contractor): Sharon Kowalski (billing), Dave Lutz (operations), Kayla Brooks (dispatch, joins
#       Mar 2025): Outlook desktop on Exchange Online (namprd12: CH3PR12MB8431 ids, mapi hops, Microsoft ARC i=1, DKIM selector1,
#       CrossTenant headers, Thread-Index, Date +0000, curly apostrophes, "From:/Sent:/To:/Subject:" quote); monthly route invoices as PDF;
#       DocuSign envelopes from dse_NA3@docusign.net "Sharon Kowalski via Docusign" with Reply-To Sharon.
#   Heartland Foodservice Distributors (food-service distributor): Jim Pruitt (AR, retires Jan 2025), Carol Weiss (credit manager),
#       Brittany Lang (AR from Feb 2025): Outlook 2019 on on-prem Exchange 2019 (HFS-EXCH02.heartland.local, hex@HFS-EXCH02 ids, mapi +
#       local hop, no DKIM, SPF-aligned DMARC none, Date -0500/-0400, x-originating-ip 10.20.4.x); weekly automated invoice mails from
#       invoices@ (FoodTrak Invoicing via HFS-APP01 -> Exchange, PDF attached).
#   Tri-County Technology Partners (IT reseller): Brian Schaefer (account executive; also the Gmail iOS app), Nicole Pham (AR): Gmail
#       web on Google Workspace (DKIM tricountytechpartners.example/google, X-Gm-* headers, Drive links), Google Sheets share notices.
#   Cardinal Learning Press (textbook publisher): Megan Alvarez sends from Salesforce (...0000...S...@sfdc.net ids, X-SFDC-* headers, Date
#       +0000 (GMT), bnc.salesforce.com envelope, DKIM cardinallearning.example/sf1, "--- Original Message ---" quote with [addr]);
#       Customer Care case mails (Service Cloud, ref tag); marketing via Marketing Cloud (email.cardinallearning.example).
#   Lakeshore Office Solutions (copier leasing): Tina Marchetti, Outlook on the web on Exchange Online (namprd14, DKIM selector2, DMARC
#       quarantine, "________________________________" quote), once Outlook for iOS; e-automate meter-read requests from meters@ (same tenant).
#   Dietrich Heating & Cooling (small HVAC contractor): Ron Dietrich on AOL web (...@mail.yahoo.com ids, X-Mailer WebService/...
#       AolMailNorrin, sonic315 HTTP hop, DKIM aol.com/a2048, DMARC reject, Date +0000 (UTC), Yahoo "On Monday, ... EST, ... wrote:" quote),
#       once the AOL Android app.
#   Elm Street PTA (elmstreetpta@gmail.com, treasurer Jenna Morrow; from Jan 2025 Tamika Bell on her own gmail.com): Gmail web.
#   Scioto Valley Bank: Paul Nguyen, treasury officer, Outlook on Exchange Online (namprd19, DMARC reject); Treasury Online alerts
#       (ACH file received, Positive Pay) from treasury-alerts@ via alerts-mta02.
#   Ohio Department of Education and Workforce: grants consultant Michelle Rainey (Exchange Online, namprd09) and GovDelivery bulletins.
#   Redwood Fiscal, the district's ERP/payroll system hosted by the MOETC consortium (JavaMail-style ids, Postfix relay, Auto-Submitted):
#       PO approvals, AP batch postings, check runs, vendor EFT changes, employee self-service direct-deposit changes.
#   OASBO AP Forum (Mailman 3 list at lists.oasbo.example: [AP-Forum] tag, footer, List-*, From rewritten "via AP-Forum" for p=quarantine/
#       reject member domains, original DKIM broken), ASBO International newsletter (HubSpot), state auditor Kevin Shaw (Exchange Online).
#
# Threads (35): T1 Buckeye fall field-trip invoices in one zip; T2 Buckeye January route invoice (Route 14 correction) + A1; T3 Buckeye FY26
#   agreement via DocuSign + A11; T4 Buckeye spring sports shuttle (new dispatcher); T5 Heartland credit memo (Aug, revived Mar);
#   T6 Heartland verified bank change; T7 Heartland statement / out-of-office + A2; T8 Heartland new AR contact; T9 Tri-County Chromebook
#   order; T10 Tri-County invoice and ACH setup + A6; T11 Tri-County Elm Street Chromebooks + A5; T12 Cardinal science adoption (revived
#   Jan); T13 Cardinal FY26 renewal + A3; T14 Lakeshore lease end options; T15 Lakeshore overage invoice + A4; T16 Dietrich vendor setup;
#   T17 Dietrich boiler invoices + A9; T18-1023/T18-1218/T18-0226 AP-run approvals with the Treasurer; T19 Staff Appreciation purchasing
#   + A7; T20 principal's referee reimbursement; T21 principal's COSI receipts; T22 teacher's supply reimbursement + A8; T23 payroll file
#   upload; T24 PTA Fall Festival bus / treasurer handover + A14; T24c PTA zoo buses (new treasurer); T25 bank token migration + A13;
#   T26 bank Labor Day payroll file; T27 ESSER III liquidation + A15; L1-L3 OASBO list threads; M-BST-2409-114 and M-BST-2502-114
#   monthly invoice acknowledgements. Series without replies: Buckeye monthly invoices, Heartland weekly invoices, meter-read requests,
#   ERP and bank notifications, GovDelivery, ASBO and Cardinal newsletters; a principal's forwarded estimate; DocuSign, Google Sheets and
#   Cardinal case notifications; three fake threads.
#
# Hijacks (16):
#   A1  T2  server-hijack      Buckeye's real Exchange Online mailbox at 05:41: ACH change letter PDF before the payment run, faithful quote
#   A2  T7  server-hijack      Heartland's real on-prem Exchange at 02:14: "new billing platform" payment link on an unknown domain, faithful quote
#   A3  T13 server-hijack      Cardinal rep's real Salesforce mail at 23:10 CT: invoice PDF with a QR code (and link) to an unknown payment domain, no quote
#   A4  T15 server-hijack      Lakeshore's real OWA mailbox: OneDrive "shared a file" body, link to a OneNote on another company's SharePoint tenant
#   A5  T11 server-hijack      Tri-County's real Gmail account at 03:52: macro-enabled .xlsm "asset tags", "same as last time" (last time was a CSV zip)
#   A6  T10 lookalike-domain   tricountytechpartner.example (own Google Workspace): updated W-9 + new ACH form, quote altered to drop the callback line
#   A7  T19 display-name-spoof superintendent's name from gmail.com: 12 Visa gift cards "from me personally", quotes Diane's no-gift-cards note
#   A8  T22 account-takeover   teacher's Workspace account via Outlook over SMTP from abroad (Outlook id, Date +0100, 03:12 ET): direct-deposit change
#   A9  T17 account-takeover   contractor's AOL account via Outlook over SMTP (Hermes ESMTPA, Date -0600): encrypted zip (password in text) with a .lnk
#   A10 --  fake-thread        stranger "RE: ... TIN mismatch notice (CP2100A)" with a fabricated quote of Diane: SVG attachment with a link
#   A11 T3  display-name-spoof "Sharon Kowalski" from a compromised dental-office domain (PHPMailer): DocuSign-look "amendment" link to an unknown domain
#   A12 --  fake-thread        stranger "RE: New voicemail ..." via SendGrid, no quote: HTML attachment with a fake work-account sign-in
#   A13 T25 lookalike-domain   sciotovalleybnk.example (privateemail/Open-Xchange): "enrollment not verified", call a phone number with the app open
#   A14 T24 account-takeover   PTA Gmail account via SMTP by PHPMailer (Date +0000): Dropbox link, signed by the former treasurer
#   A15 T27 lookalike-domain   education-ohio.example (own Exchange Online tenant): ESSER closeout "EFT verification", .ics linking to a fake portal
#   A16 --  fake-thread        stranger "RE: check printing connector - update 4.2.7" with a fabricated quote of Diane: ISO disk image (.img) with a .lnk
#
# Genuine hard cases (35):
#   G1  T1  bus contractor's zip of 14 field-trip invoice PDFs, requested     G2  T3  real DocuSign envelope "Sharon Kowalski via Docusign", no reply headers
#   G3  T6  distributor's bank-change letter PDF, announced and later verified G4  T6  distributor confirms the first payment to the new account
#   G5  T7  on-prem Exchange "Automatic reply" out of office                   G6  T8  new AR specialist (introduced) writes for the first time
#   G7  T9  reseller shares another Google Drive link (thread always had them) G8  --  Google Sheets share notification from the reseller
#   G9  T11 reseller replies from the Gmail iOS app at 22:41                   G10 T9  reseller's zipped CSV serial export, requested
#   G11 T12 publisher's Salesforce reply with order PDF + real portal link     G12 --  publisher's Service Cloud case notification with link
#   G13 T12 publisher revives the order thread after five months (UPS link)    G14 T14 leasing admin replies from Outlook for iOS in the evening
#   G15 T14 leasing admin's SharePoint link from her own tenant                G16 T16 new HVAC vendor returns W-9 + ACH form with bank details, requested
#   G17 T17 contractor from the AOL Android app: new cell number, photos       G18 T20 principal from his iPhone at 23:48
#   G19 T21 principal shares a Google Drive folder of receipts                 G20 T21 principal's Gmail vacation auto-reply
#   G21 T6  treasurer forwards (Fwd:) the controller's identical bank letter   G22 T19 superintendent from her iPad at 06:05
#   G23 --  ERP notice: direct-deposit change submitted in self-service        G24 --  ERP notice: vendor EFT account changed (the verified change)
#   G25 L1  OASBO list reply on bank-change fraud: links, footer, From rewrite G26 T25 bank officer's authenticator guide PDF + enrollment link
#   G27 --  bank Positive Pay exception alert with sign-in link                G28 T24 PTA shares its Google Sheets tracker link
#   G29 T24c new PTA treasurer writes from her personal Gmail                  G30 T4  bus manager replies-all adding a new dispatcher in Cc
#   G31 T4  the new dispatcher writes herself                                  G32 T5  credit-memo thread revived after 6.5 months for the audit
#   G33 T22 teacher from her iPhone at 21:34 with a receipt photo              G34 T10 reseller's AR returns W-9 + ACH form, requested
#   G35 --  principal forwards (Fwd:) a contractor's estimate to AP
# Genuine orphans (2): O1 treasurer replies to the state auditor and copies Diane (auditor's message not in the mailbox);
#   O2 distributor's AR replies to the ERP's remittance advice that went only to the vendor, Cc Diane.
# Plain genuine replies: every other labelled in-thread partner or colleague reply (genuine-reply, scenario R-<thread>-n).
# Totals: 374 messages (INBOX and Sent), 91 labelled: 16 hijacks (server-hijack 5, lookalike-domain 3, account-takeover 3,
#   fake-thread 3, display-name-spoof 2), 38 genuine-reply, 35 genuine-hard, 2 genuine-orphan.
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

if len(sys.argv) != 2: raise SystemExit("usage: make-probe-corpus-22.py OUT_DIR")
root = sys.argv[1]
MB = "dmorales"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(22)
ET = ZoneInfo("America/New_York"); CT = ZoneInfo("America/Chicago"); PT = ZoneInfo("America/Los_Angeles")
UTC = datetime.timezone.utc; WAT = datetime.timezone(datetime.timedelta(hours=1)); CST6 = datetime.timezone(datetime.timedelta(hours=-6))


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def lower(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def b64u(k): return base64.urlsafe_b64encode(rbytes(k)).decode().rstrip("=")
def at(y, mo, d, h, mi, tz=ET): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def plus(t, **kw): return t + datetime.timedelta(**kw)
def rfc(t, tz=None, suffix=""): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z") + suffix
def rfcu(t): return t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
def gpac(t): t = t.astimezone(PT); return t.strftime("%a, %d %b %Y %H:%M:%S %z") + f" ({t.strftime('%Z')})"
def h12(t): return f"{t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"
def routing(prefix):
    """a 9-digit ABA routing number with a valid check digit (fictional)"""
    d = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(8 - len(prefix))]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=ET, title=""):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.title = name, email, client, infra, sig, tz, title
        s.dom = email.split("@")[1]
    def __repr__(s): return s.email


OWN = "maplecreekschools.example"
FERPA = ("\n\nCONFIDENTIALITY NOTICE: This message and any attachments may contain information protected by FERPA or otherwise "
         "confidential. If you received it in error, please notify the sender and delete it.")
me = Pt("Diane Morales", f"dmorales@{OWN}", "gmail", "gws-mcl",
        "\n\nDiane Morales\nAccounts Payable Lead | Business Office\nMaple Creek Local Schools\n1450 Sugar Maple Road, Maple Creek, OH 43062\n"
        "(740) 555-0134 | fax (740) 555-0139" + FERPA)
# colleagues (Google Workspace for Education, Gmail web)
thomas = Pt("Thomas Brandt", f"tbrandt@{OWN}", "gmail", "gws-mcl",
            "\n\nThomas J. Brandt, CPA\nTreasurer/CFO\nMaple Creek Local Schools\n(740) 555-0131" + FERPA)
whitfield = Pt("Angela Whitfield", f"awhitfield@{OWN}", "gmail", "gws-mcl",
               "\n\nDr. Angela Whitfield\nSuperintendent\nMaple Creek Local Schools\n(740) 555-0120\n\"Every student, every day.\"" + FERPA)
marcus = Pt("Marcus Reyes", f"mreyes@{OWN}", "gmail", "gws-mcl",
            "\n\nMarcus Reyes\nPrincipal, Maple Creek High School\n(740) 555-0210\nGo Hawks!" + FERPA)
linda = Pt("Linda Okafor", f"lokafor@{OWN}", "gmail", "gws-mcl",
           "\n\nLinda Okafor, M.Ed.\nPrincipal | Elm Street Elementary\nMaple Creek Local Schools\n(740) 555-0250" + FERPA)
rachel = Pt("Rachel Tran", f"rtran@{OWN}", "gmail", "gws-mcl",
            "\n\nMs. Rachel Tran\n3rd Grade | Elm Street Elementary | Room 114" + FERPA)
janet = Pt("Janet Fulton", f"jfulton@{OWN}", "gmail", "gws-mcl",
           "\n\nJanet Fulton\nPayroll Specialist | Business Office\nMaple Creek Local Schools\n(740) 555-0136" + FERPA)
# vendors
sharon = Pt("Sharon Kowalski", "skowalski@buckeyestudenttransit.example", "exo", "exo-bst",
            "\n\nSharon Kowalski\nBilling Manager\nBuckeye Student Transportation, LLC\n2201 Industrial Pkwy, Marysville, OH 43040\n"
            "Office: (937) 555-0148 | billing@buckeyestudenttransit.example")
dave = Pt("Dave Lutz", "dlutz@buckeyestudenttransit.example", "exo", "exo-bst",
          "\n\nDave Lutz\nOperations Manager\nBuckeye Student Transportation, LLC\nDispatch: (937) 555-0140 | Cell: (937) 555-0191")
kayla = Pt("Kayla Brooks", "kbrooks@buckeyestudenttransit.example", "exo", "exo-bst",
           "\n\nKayla Brooks\nDispatch Coordinator - Athletics & Field Trips\nBuckeye Student Transportation, LLC\nDispatch: (937) 555-0140")
jim = Pt("Jim Pruitt", "jpruitt@heartlandfoodservice.example", "ex19", "ex19-hfs",
         "\n\nJim Pruitt\nAccounts Receivable Specialist\nHeartland Foodservice Distributors, Inc.\n4400 Airport Hwy, Toledo, OH 43615\n"
         "P: (419) 555-0123 | F: (419) 555-0129")
carol = Pt("Carol Weiss", "cweiss@heartlandfoodservice.example", "ex19", "ex19-hfs",
           "\n\nCarol Weiss\nCredit Manager\nHeartland Foodservice Distributors, Inc.\nP: (419) 555-0120 | F: (419) 555-0129")
brittany = Pt("Brittany Lang", "blang@heartlandfoodservice.example", "ex19", "ex19-hfs",
              "\n\nBrittany Lang\nAccounts Receivable Specialist\nHeartland Foodservice Distributors, Inc.\nP: (419) 555-0127 | F: (419) 555-0129")
hfs_inv = Pt("Heartland Foodservice Invoicing", "invoices@heartlandfoodservice.example", "hfsinv", "ex19-hfs")
brian = Pt("Brian Schaefer", "brian@tricountytechpartners.example", "gmail", "gws-tct",
           "\n\n--\nBrian Schaefer | Account Executive, K-12\nTri-County Technology Partners\n(614) 555-0187 | tricountytechpartners.example")
nicole = Pt("Nicole Pham", "nicole@tricountytechpartners.example", "gmail", "gws-tct",
            "\n\nThanks,\nNicole Pham\nAccounts Receivable | Tri-County Technology Partners\n(614) 555-0182 | ar@tricountytechpartners.example")
megan = Pt("Megan Alvarez", "megan.alvarez@cardinallearning.example", "sfdc", "sfdc-clp",
           "\n\nMegan Alvarez\nK-12 Account Representative, Ohio & Indiana\nCardinal Learning Press\n(312) 555-0166\n"
           "Cardinal Learning Press | 800 W. Fulton Market, Chicago, IL 60607", tz=CT)
clp_care = Pt("Cardinal Learning Customer Care", "customercare@cardinallearning.example", "sfcase", "sfdc-clp", tz=CT)
clp_news = Pt("Cardinal Learning Press", "news@email.cardinallearning.example", "sfmc", "sfmc-clp", tz=CT)
tina = Pt("Tina Marchetti", "tmarchetti@lakeshoreoffice.example", "owa", "exo-lake",
          "\n\nTina Marchetti\nLease Administrator\nLakeshore Office Solutions\n5150 Brecksville Rd, Independence, OH 44131\n(216) 555-0159")
lake_meters = Pt("Lakeshore Office Solutions - Meter Reads", "meters@lakeshoreoffice.example", "eauto", "exo-lake")
ron = Pt("Ron Dietrich", "ron.dietrichhvac@aol.com", "aolweb", "aol",
         "\n\nRon Dietrich\nDietrich Heating & Cooling\nLicensed HVAC Contractor OH #HV.48213\n(740) 555-0117")
jenna = Pt("Elm Street PTA", "elmstreetpta@gmail.com", "gmail", "gmail",
           "\n\nJenna Morrow\nTreasurer, Elm Street Elementary PTA\nelmstreetpta@gmail.com")
tamika = Pt("Tamika Bell", "tamika.bell.pta@gmail.com", "gmail", "gmail",
            "\n\nTamika Bell\nTreasurer, Elm Street Elementary PTA")
paul = Pt("Paul Nguyen", "pnguyen@sciotovalleybank.example", "exo", "exo-svb",
          "\n\nPaul Nguyen, CTP\nVP, Treasury Management Officer\nScioto Valley Bank\n88 E. Broad St, Columbus, OH 43215\n"
          "Direct: (614) 555-0163 | Treasury Support: (614) 555-0100\n\nScioto Valley Bank will never ask you for a token code, password or "
          "one-time passcode by email or phone. Member FDIC.")
svb_alerts = Pt("Scioto Valley Bank Treasury Online", "treasury-alerts@sciotovalleybank.example", "bankalert", "svb-alerts")
rainey = Pt("Michelle Rainey", "michelle.rainey@education.ohio.example", "exo", "exo-ohio",
            "\n\nMichelle Rainey\nGrants Management Consultant | Office of Federal Programs\nOhio Department of Education and Workforce\n"
            "25 S. Front St., Columbus, OH 43215 | (614) 555-0109")
odew = Pt("Ohio Department of Education and Workforce", "ohioedworkforce@public.govdelivery.example", "govd", "govd")
kshaw = Pt("Kevin Shaw", "kevin.shaw@ohioauditor.example", "exo", "exo-aos",
           "\n\nKevin Shaw, CPA\nAudit Manager, Central Region\nOhio Auditor of State\n(614) 555-0105")
erp = Pt("Redwood Fiscal (MOETC)", "noreply@fiscal.moetc.example", "erp", "erp")
asbo = Pt("ASBO International", "newsletter@asbointl.example", "hubspot", "hubspot-asbo")
docusign = Pt("Docusign", "dse_NA3@docusign.net", "docusign", "docusign")
gdrive = Pt("Google Drive", "drive-shares-dm-noreply@google.com", "gdrive", "gdrive")

EXO_HOST = {"buckeyestudenttransit.example": ("CH3PR12MB8431", "DM4PR12MB6087", 12),
            "lakeshoreoffice.example": ("BN0PR14MB5127", "SA3PR14MB6120", 14),
            "sciotovalleybank.example": ("SA1PR19MB6032", "MW4PR19MB7206", 19),
            "education.ohio.example": ("SA1PR09MB10824", "BN1PR09MB4433", 9),
            "ohioauditor.example": ("BL1PR09MB2231", "CY8PR09MB9170", 9),
            "education-ohio.example": ("PH7PR22MB3901", "IA1PR22MB5018", 22)}
TENANT = {d: ruuid() for d in EXO_HOST}
# helo/rdns, ip, dkim (d, s) or None, envelope override, dmarc policy (None = no record), google-internal transport
INFRA = {
    "gws-mcl": ("mail-sor-f69.google.com", "209.85.220.69", (OWN, "google"), None, "quarantine", True),
    "gws-tct": ("mail-sor-f41.google.com", "209.85.220.41", ("tricountytechpartners.example", "google"), None, "none", True),
    "gmail": ("mail-sor-f41.google.com", "209.85.220.41", ("gmail.com", "20230601"), None, "none", True),
    "exo-bst": ("mail-dm6nam12on2091.outbound.protection.outlook.com", "40.107.243.91", ("buckeyestudenttransit.example", "selector1"), None, "none", False),
    "exo-lake": ("mail-bn8nam11on2113.outbound.protection.outlook.com", "40.107.236.113", ("lakeshoreoffice.example", "selector2"), None, "quarantine", False),
    "exo-svb": ("mail-co1nam11on2072.outbound.protection.outlook.com", "40.107.220.72", ("sciotovalleybank.example", "selector1"), None, "reject", False),
    "exo-ohio": ("mail-bn1nam02on2090.outbound.protection.outlook.com", "40.107.212.90", ("education.ohio.example", "selector1"), None, "reject", False),
    "exo-aos": ("mail-cy4gcc02on2104.outbound.protection.outlook.com", "52.100.161.104", ("ohioauditor.example", "selector1"), None, "reject", False),
    "ex19-hfs": ("mail.heartlandfoodservice.example", "204.89.141.18", None, None, "none", False),
    "sfdc-clp": ("smtp08-ia4-sp3.mta.salesforce.com", "13.110.78.213", ("cardinallearning.example", "sf1"), "sfdc", "quarantine", False),
    "sfmc-clp": ("mta7.email.cardinallearning.example", "136.147.185.77", ("email.cardinallearning.example", "200608"), "sfmc", "none", False),
    "aol": ("sonic315-24.consmr.mail.ne1.yahoo.com", "66.163.190.150", ("aol.com", "a2048"), None, "reject", False),
    "docusign": ("mailna3.docusign.net", "64.207.219.73", ("docusign.net", "mail1"), "docusign", "reject", False),
    "gdrive": ("mail-sor-f73.google.com", "209.85.220.73", ("google.com", "20230601"), "gdrive", "reject", True),
    "erp": ("relay01.moetc.example", "198.30.112.41", ("moetc.example", "mta2023"), None, "none", False),
    "svb-alerts": ("alerts-mta02.sciotovalleybank.example", "12.156.77.20", ("sciotovalleybank.example", "alerts1"), "svb", "reject", False),
    "govd": ("mta-sv2-41.govdelivery.example", "192.237.159.41", ("public.govdelivery.example", "gd2"), "govd", "none", False),
    "hubspot-asbo": ("o2.email.asbointl.example", "158.247.16.2", ("asbointl.example", "hs1"), "hubspot", "none", False),
    "oasbo": ("lists.oasbo.example", "66.228.59.12", None, "list", None, False),
    # attackers
    "look-tct": ("mail-sor-f41.google.com", "209.85.220.41", ("tricountytechpartner.example", "google"), None, None, True),
    "look-svb": ("mta-12-3.privateemail.example", "198.54.127.60", ("sciotovalleybnk.example", "default"), None, None, False),
    "look-ohio": ("mail-ia1nam02on2104.outbound.protection.outlook.com", "40.107.212.104", ("education-ohio.example", "selector1"), None, None, False),
    "dns-ridge": ("sh-ord-33.webhostservers.example", "50.87.146.33", ("ridgelinedental.example", "default"), None, None, False),
    "ft-tin": ("mail.taxform-compliance.example", "91.215.152.61", None, None, None, False),
    "ft-vm": ("o7.ptr4412.vm-relay-services.example", "149.72.184.17", ("vm-relay-services.example", "s1"), "sendgrid", "none", False),
    "ft-upd": ("srv1.edfinance-software.example", "185.117.90.214", ("edfinance-software.example", "mail"), None, None, False),
}


def exo_ver(t):
    days = (t - datetime.datetime(2024, 8, 1, tzinfo=UTC)).days
    return f"15.20.{7828 + days * 3}.{R.choice(('012', '017', '021', '025', '030', '031'))}"


def ms_arc(t, d):
    return [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(190)}"),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
             f"X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)};\n b={b64(190)}"),
            ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={d}; dmarc=pass action=none\n header.from={d}; dkim=pass header.d={d}; arc=none")]


def dkim_sig(d, s, t, h="From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version"):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())}; bh={b64(32)};\n\th={h};\n\tb={b64(190)}")


def google_sender(d, s, t, extra_hop=None):
    """headers a Google-hosted sender adds (Gmail web/app, Workspace, Drive)"""
    out = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800}; darn={OWN};\n"
                              "        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
                              f"        bh={b64(32)};\n        b={b64(300)}"),
           ("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                       "        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n"
                                       f"         :reply-to;\n        bh={b64(32)};\n        b={b64(300)}"),
           ("X-Gm-Message-State", "AOJu0Y" + b64(48)[:58]),
           ("X-Gm-Gg", "ASbGnc" + b64(140)[:180]),
           ("X-Google-Smtp-Source", "AGHT+I" + b64(60)[:74]),
           ("X-Received", f"by 2002:a05:{R.choice(('6214', '620a', '6122', '622a'))}:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {lower(20)}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n"
                           f"        {gpac(t)}")]
    if extra_hop: out.append(("Received", extra_hop))
    return out


def sender_side(who, infra, t, client, ip=None):
    """headers written on the sender's side, newest first (DKIM, ARC, Received hops, gateway stamps)"""
    helo, sip, dk, envk, dmarc, goog = INFRA[infra]
    if goog:
        hop = None
        if client == "iphone" or client == "ipad":
            hop = (f"from smtpclient.apple ([2600:1007:b0{hx(2)}:{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}])\n        by smtp.gmail.com with ESMTPSA id {lower(20)}.{R.randint(10, 99)}.{t.year}.{t:%m.%d}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                   f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gpac(t)}")
        elif client in ("outlook-smtp", "phpmailer"):
            src = f"DESKTOP-{HX(7)}" if client == "outlook-smtp" else f"vmi{R.randint(1000000, 2999999)}.contaboserver.example"
            hop = (f"from {src} ([{ip}])\n        by smtp.gmail.com with ESMTPSA id {lower(20)}.{R.randint(10, 99)}.{t.year}.{t:%m.%d}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                   f"        for <{me.email}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {gpac(t)}")
        return google_sender(dk[0], dk[1], t, hop)
    hops = []
    if infra.startswith("exo") or infra == "look-ohio":
        host, host2, nam = EXO_HOST[who.dom]; v = exo_ver(t)
        hops += ms_arc(t, who.dom)
        hops.append(dkim_sig(dk[0], dk[1], t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
        hops.append(("Received", f"from {host}.namprd{nam:02d}.prod.outlook.com (2603:10b6:{hx(3)}:{hx(3)}::{hx(2)})\n by {host2}.namprd{nam:02d}.prod.outlook.com (2603:10b6:{hx(3)}:{hx(2)}::{R.randint(5, 19)}) with\n"
                                 f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {v}; {rfcu(plus(t, seconds=1))}"))
        hops.append(("Received", f"from {host}.namprd{nam:02d}.prod.outlook.com\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.namprd{nam:02d}.prod.outlook.com\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {v}; {rfcu(t)}"))
    elif infra == "ex19-hfs":
        if client == "hfsinv":
            hops.append(("Received", f"from HFS-EXCH02.heartland.local (10.20.1.12) by HFS-EXCH02.heartland.local\n (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2,\n"
                                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; {rfc(t, ET)}"))
            hops.append(("Received", f"from HFS-APP01.heartland.local (10.20.2.21) by HFS-EXCH02.heartland.local\n (10.20.1.12) with Microsoft SMTP Server id 15.2.1544.14 via Frontend\n Transport; {rfc(t, ET)}"))
        else:
            hops.append(("Received", f"from HFS-EXCH02.heartland.local (10.20.1.12) by HFS-EXCH02.heartland.local\n (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2,\n"
                                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; {rfc(plus(t, seconds=1), ET)}"))
            hops.append(("Received", f"from HFS-EXCH02.heartland.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n HFS-EXCH02.heartland.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%13]) with mapi\n"
                                     f" id 15.02.1544.014; {rfc(t, ET)}"))
    elif infra == "sfdc-clp":
        hops.append(dkim_sig(dk[0], dk[1], t, "Date:From:To:Subject:MIME-Version:Content-Type"))
        hops.append(("Received", f"from [10.{R.randint(100, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}] ([10.{R.randint(100, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}:{R.randint(40000, 60000)}] "
                                 f"helo=na{R.randint(170, 240)}-app{R.randint(1, 2)}-{R.randint(1, 60)}-ia4.ops.sfdc.net)\n\tby mx2-ia4-sp3.mta.salesforce.com (envelope-from <{sfdc_env}>)\n"
                                 f"\t(ecelerity 4.2.38.62368 r(:)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384)\n\tid {R.randint(10, 99)}/{HX(2)}-{R.randint(10000, 99999)}-{hx(8)}; {rfcu(t)}"))
    elif infra == "sfmc-clp":
        hops.append(dkim_sig(dk[0], dk[1], t, "From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:List-ID:X-CSA-Complaints:Message-ID:Content-Type"))
        hops.append(("Received", f"by mta7.email.cardinallearning.example id {hx(8)}{R.randint(10000, 99999)} for <{me.email}>; {rfc(t, CT, ' (envelope-from <bounce-' + hx(6) + '_HTML-' + str(R.randint(10**7, 10**8)) + '-' + str(R.randint(10**5, 10**6)) + '-' + str(R.randint(10**6, 10**7)) + '@bounce.email.cardinallearning.example>)')}"))
    elif infra == "aol":
        hops.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=aol.com; s=a2048; t={int(t.timestamp())}; bh={b64(32)}; "
                                       f"h=Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To; b={b64(256)}"))
        hops.append(("X-SONIC-DKIM-SIGN", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=aol.com; s=a2048; t={int(t.timestamp())}; bh={b64(32)}; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b={b64(256)}"))
        hops.append(("X-YMail-OSG", b64(420)[:560]))
        hops.append(("X-Sonic-MF", f"<{who.email}>"))
        hops.append(("X-Sonic-ID", ruuid()))
        if client != "outlook-smtp":
            hops.append(("Received", f"from sonic.gate.mail.ne1.yahoo.com by sonic315.consmr.mail.ne1.yahoo.com with HTTP; {rfcu(t)}"))
        else:
            hops.append(("Received", f"by hermes--production-ne1-{hx(10)}-{lower(5)} (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID {hx(32)};\n          {rfcu(t)} (UTC)"))
    elif infra == "docusign":
        hops.append(dkim_sig(dk[0], dk[1], t, "From:To:Subject:Date:Reply-To:Message-ID:Content-Type:MIME-Version"))
        hops.append(("Received", f"from NA3PLSMTP{R.randint(10, 40)} (10.{R.randint(10, 60)}.{R.randint(1, 250)}.{R.randint(1, 250)}) by mailna3.docusign.net (10.{R.randint(10, 60)}.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server\n"
                                 f" id 15.1.2507.39; {rfc(t, PT)}"))
    elif infra == "erp":
        hops.append(dkim_sig(dk[0], dk[1], t, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type"))
        hops.append(("Received", f"from fiscal-app02.moetc.example (fiscal-app02.moetc.example [10.14.2.22])\n\tby relay01.moetc.example (Postfix) with ESMTP id {postfix_id()}\n\tfor <{me.email}>; {rfc(t, ET, ' (' + t.astimezone(ET).strftime('%Z') + ')')}"))
    elif infra == "svb-alerts":
        hops.append(dkim_sig(dk[0], dk[1], t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Auto-Submitted"))
        hops.append(("Received", f"from tmo-notify03.svb.local (unknown [10.66.4.13])\n\tby alerts-mta02.sciotovalleybank.example (Postfix) with ESMTP id {postfix_id()}\n\tfor <{me.email}>; {rfc(t, ET, ' (' + t.astimezone(ET).strftime('%Z') + ')')}"))
    elif infra == "govd":
        hops.append(dkim_sig(dk[0], dk[1], t, "From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type"))
        hops.append(("Received", f"from mta-sv2-41.govdelivery.example (localhost [127.0.0.1]) by mta-sv2-41.govdelivery.example\n (8.17.1/8.17.1) with ESMTP id {alnum(14)}; {rfc(t, CT)}"))
    elif infra == "hubspot-asbo":
        hops.append(dkim_sig(dk[0], dk[1], t, "From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Content-Type"))
        hops.append(dkim_sig("hubspotemail.example", "hs1", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"))
    elif infra == "look-svb":
        hops.append(dkim_sig(dk[0], dk[1], t, "From:Reply-To:Subject:Date:Message-ID:To:MIME-Version:Content-Type:In-Reply-To:References"))
        hops.append(("Received", f"from APP-05 (unknown [10.50.14.205])\n\t(Authenticated sender: pnguyen@sciotovalleybnk.example)\n\tby mta-12.privateemail.example (Postfix) with ESMTPA id {postfix_id()};\n\t{rfc(t, ET)}"))
        hops.append(("Received", f"from mta-12.privateemail.example (localhost [127.0.0.1])\n\tby mta-12.privateemail.example (Postfix) with ESMTP id {postfix_id()};\n\t{rfc(plus(t, seconds=1), ET)}"))
    elif infra == "dns-ridge":
        hops.append(dkim_sig(dk[0], dk[1], t, "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc:Content-ID:Content-Description"))
        hops.append(("Received", f"from [{ip}] (port={R.randint(50000, 65000)} helo=[127.0.0.1])\n\tby sh-ord-33.webhostservers.example with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.98)\n\t(envelope-from <noreply@ridgelinedental.example>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, CST6)}"))
    elif infra == "oasbo":
        shape = getattr(who, "shape", "")
        src = ("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])" if shape == "gmail" else
               (lambda n: f"mail-bn8nam12on21{n}.outbound.protection.outlook.com (mail-bn8nam12on21{n}.outbound.protection.outlook.com [40.107.237.{n}])")(R.randint(10, 99)) if shape == "exo" else
               f"mail.{who.dom} (mail.{who.dom} [{R.choice(('64.56', '207.58', '198.30'))}.{R.randint(1, 250)}.{R.randint(1, 250)}])")
        hops.append(("Received", f"from lists.oasbo.example (localhost [IPv6:::1])\n\tby lists.oasbo.example (Postfix) with ESMTP id {postfix_id()};\n\t{rfc(plus(t, seconds=3), ET)}"))
        hops.append(("Received", f"from {src}\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby lists.oasbo.example (Postfix) with ESMTPS id {postfix_id()}\n\tfor <{LIST}>; {rfc(plus(t, seconds=2), ET)}"))
    elif infra == "ft-tin":
        hops.append(("Received", f"by mail.taxform-compliance.example (Postfix, from userid 33)\n\tid {postfix_id()}; {rfc(t, UTC)}"))
    elif infra == "ft-vm":
        hops.append(dkim_sig(dk[0], dk[1], t, "from:subject:in-reply-to:references:content-type:to:cc:content-type:from:subject:to"))
        hops.append(dkim_sig("sendgrid.info", "smtpapi", t, "from:subject:in-reply-to:references:content-type:to:cc:content-type:from:subject:to"))
        hops.append(("Received", f"by recvd-{hx(10)}-{lower(5)} with SMTP id recvd-{hx(10)}-{lower(5)}-1-{HX(8)}-{R.randint(10, 99)}\n\t{rfc(t, UTC)}"))
        hops.append(("Received", f"from [127.0.0.1] (unknown)\n\tby geopod-ismtpd-{R.randint(1, 40)} (SG) with ESMTP\n\tid {b64u(16)}\n\tfor <{me.email}>;\n\t{rfc(t, UTC)}"))
    elif infra == "ft-upd":
        hops.append(dkim_sig(dk[0], dk[1], t, "From:To:Subject:Date:Message-ID:In-Reply-To:References:MIME-Version:Content-Type"))
        hops.append(("Received", f"from [{ip}] (helo=WIN-{HX(11)})\n\tby srv1.edfinance-software.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.97)\n\t(envelope-from <updates@edfinance-software.example>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, UTC)}"))
    return hops


def postfix_id(): return "4" + R.choice("XYZ") + "".join(R.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(12))


sfdc_env = ""


def envelope(who, infra):
    k = INFRA[infra][3]
    if k == "sfdc": return f"{lower(6)}.{lower(10)}={who.email.replace('@', '=')}__{R.randint(10, 99)}-{lower(12)}@{lower(10)}.bnc.salesforce.com"
    if k == "sfmc": return f"bounce-{hx(6)}_HTML-{R.randint(10**7, 10**8)}-{R.randint(10**5, 10**6)}@bounce.email.cardinallearning.example"
    if k == "docusign": return f"bounces+{hx(8)}@docusign.net"
    if k == "gdrive": return f"3{alnum(20)}@doclist.bounces.google.com"
    if k == "svb": return "bounces@alerts.sciotovalleybank.example"
    if k == "govd": return f"bounce-{R.randint(10**6, 10**7)}-{R.randint(10**7, 10**8)}@public.govdelivery.example"
    if k == "hubspot": return f"1axbt{lower(24)}@bf{R.randint(10, 99)}b.hubspotemail.example"
    if k == "sendgrid": return f"bounces+{R.randint(10**7, 10**8)}-{hx(4)}-{me.email.replace('@', '=')}@em{R.randint(1000, 9999)}.vm-relay-services.example"
    if k == "list": return "ap-forum-bounces@lists.oasbo.example"
    return who.email


def inbound(who, infra, t, client, ip=None, env=None, auth_override=None, arc_i=None):
    """Google's receiving headers (Gmail for Workspace) on top of the sender's own"""
    global sfdc_env
    helo, sip, dk, envk, dmarc, goog = INFRA[infra]
    env = env or envelope(who, infra)
    sfdc_env = env
    side = sender_side(who, infra, t, client, ip)
    tmx = plus(t, seconds=R.randint(1, 9) + (12 if infra == "oasbo" else 0))
    fromdom = who.email.split("@")[1]
    envdom = env.split("@")[1]
    if auth_override: auth = auth_override
    else:
        auth = "mx.google.com;\n       " + (f"dkim=pass header.i=@{dk[0]} header.s={dk[1]} header.b={alnum(8)};\n       " if dk else "")
        if infra.startswith("exo") or infra == "look-ohio":
            auth += f"arc=pass (i=1 spf=pass spfdomain={fromdom} dkim=pass dkdomain={fromdom} dmarc=pass fromdomain={fromdom});\n       "
        auth += f"spf=pass (google.com: domain of {env} designates {sip} as permitted sender) smtp.mailfrom={env if '@' in env else envdom}"
        if dmarc: auth += f";\n       dmarc=pass (p={dmarc.upper()} sp={dmarc.upper()} dis=NONE) header.from={fromdom}"
    has_ms_arc = infra.startswith("exo") or infra == "look-ohio"
    i = arc_i or (2 if has_ms_arc else 1)
    top = [("Delivered-To", me.email),
           ("Received", f"by 2002:a05:7010:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {lower(6)}csp{R.randint(100000, 999999)}{lower(3)};\n        {gpac(tmx)}"),
           ("X-Received", f"by 2002:a05:6214:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {lower(20)}.{R.randint(10, 99)}.{int(tmx.timestamp())}{R.randint(100, 999)};\n        {gpac(tmx)}"),
           ("ARC-Seal", f"i={i}; a=rsa-sha256; t={int(tmx.timestamp())}; cv={'pass' if i > 1 else 'none'};\n        d=google.com; s=arc-20240605;\n        b={b64(300)}"),
           ("ARC-Message-Signature", f"i={i}; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
                                     f"        bh={b64(32)};\n        fh={b64(32)};\n        b={b64(300)};\n        dara=google.com"),
           ("ARC-Authentication-Results", f"i={i}; " + auth),
           ("Return-Path", f"<{env}>"),
           ("Received", (f"from {helo} ({helo}. [{sip}])\n        by mx.google.com with SMTPS id {lower(20)}.{R.randint(10, 99)}.{t.year}.{t:%m.%d}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                         f"        for <{me.email}>\n        (Google Transport Security);\n        {gpac(tmx)}") if goog else
            (f"from {helo} ({helo}. [{sip}])\n        by mx.google.com with ESMTPS id {lower(20)}.{R.randint(100, 999)}.{t.year}.{t:%m.%d}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
             f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {gpac(tmx)}")),
           ("Received-SPF", f"pass (google.com: domain of {env} designates {sip} as permitted sender) client-ip={sip};"),
           ("Authentication-Results", auth)]
    return top + side


def filetime(t): return (int(t.timestamp()) + 11644473600) * 10 ** 7


def make_mid(who, client, t):
    if client in ("gmail", "gmail-ios", "gvac"): return "<CA" + b64u(48)[:R.choice((50, 52, 53, 55))] + "@mail.gmail.com>"
    if client in ("iphone", "ipad"): return f"<{ruuid().upper()}@{who.dom}>"
    if client in ("exo", "owa", "outlook-ios"):
        host, _, nam = EXO_HOST[who.dom]; return f"<{host}{HX(20)}@{host}.namprd{nam:02d}.prod.outlook.com>"
    if client in ("ex19", "hfsinv", "exooo"): return f"<{hx(32)}@HFS-EXCH02.heartland.local>"
    if client in ("sfdc", "sfcase"): return f"<{alnum(5)}{'0' * 45}S{alnum(7).upper()}{alnum(24)}@sfdc.net>"
    if client in ("aolweb", "aol-android"): return f"<{R.randint(10 ** 8, 2 * 10 ** 9)}.{R.randint(10 ** 5, 4 * 10 ** 6)}.{int(t.timestamp() * 1000)}@mail.yahoo.com>"
    if client == "outlook-smtp":
        f = filetime(t); return f"<00{hx(2)}01db{(f >> 32) & 0xffff:04x}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "phpmailer": return f"<{alnum(43)}@{R.choice(('localhost', 'WIN-' + HX(11)))}>"
    if client == "ox": return f"<{R.randint(10 ** 8, 2 * 10 ** 9)}.{R.randint(100, 9999)}.{int(t.timestamp() * 1000)}@privateemail.example>"
    if client == "erp": return f"<{R.randint(10 ** 6, 10 ** 7)}.{R.randint(10, 9999)}.{int(t.timestamp() * 1000)}@fiscal-app02.moetc.example>"
    if client == "bankalert": return f"<{ruuid()}@alerts.sciotovalleybank.example>"
    if client == "govd": return f"<{t:%Y%m%d}.{R.randint(10 ** 6, 10 ** 7)}.{R.randint(10 ** 7, 10 ** 8)}@public.govdelivery.example>"
    if client == "hubspot": return f"<{int(t.timestamp() * 1000)}.{ruuid()}@bf{R.randint(10, 99)}b.hubspotemail.example>"
    if client == "sfmc": return f"<{ruuid()}@ind1s{R.randint(10, 99)}mta{R.randint(100, 999)}.xt.local>"
    if client == "docusign": return f"<{hx(32)}@docusign.net>"
    if client == "gdrive": return f"<{b64u(16)}-{hx(8)}@docs-share.google.com>"
    if client == "eauto": host = EXO_HOST["lakeshoreoffice.example"][0]; return f"<{host}{HX(20)}@{host}.namprd14.prod.outlook.com>"
    if client == "sendgrid": return f"<{b64u(16)}@geopod-ismtpd-{R.randint(1, 40)}>"
    if client == "exim-webmail": return f"<{hx(32)}@{who.dom}>"
    if client in ("tb", "list-tb"): return f"<{ruuid()}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def _pre(text, p="> "): return "\n".join(p + l if l else p.rstrip() for l in text.split("\n"))
def _tos(lst, sep="; "): return sep.join(f"{n} <{e}>" if n else e for n, e in lst)
def esc(s): return H.escape(s, quote=False)
def ebr(text): return "<br>\n".join(esc(l) for l in text.split("\n"))


def attribution(client, q, tz):
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    if client in ("gmail", "gmail-ios", "phpmailer"):
        a = f"On {t:%a}, {t:%b} {t.day}, {t.year} at {h12(t)} {name} <{email}> wrote:"
        return a if len(a) <= 78 else a.replace(" wrote:", "\nwrote:")
    if client in ("iphone", "ipad"): return f"On {t:%b} {t.day}, {t.year}, at {h12(t)}, {name} <{email}> wrote:"
    if client == "aolweb": return f"On {t:%A}, {t:%B} {t.day}, {t.year} at {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'} {t:%Z}, {name} <{email}> wrote:"
    if client == "aol-android": return f"On {t:%a}, {t:%b} {t.day}, {t.year} at {h12(t)}, {name}\n<{email}> wrote:"
    if client == "ox": return f"On {t:%m/%d/%Y} {h12(t)} {t:%Z} {name} <{email}> wrote:"
    return ""


def outlook_block(client, q, tz):
    t = q["t"].astimezone(tz)
    sent = f"{t:%A}, {t:%B} {t.day}, {t.year} " + (f"{t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}" if client == "outlook-ios" else h12(t))
    rows = [("From", f"{q['name']} <{q['email']}>"), ("Sent", sent), ("To", _tos(q["to"]))]
    if q["cc"]: rows.append(("Cc", _tos(q["cc"])))
    rows.append(("Subject", q["subj"]))
    return rows


def quote_plain(client, q, tz):
    if q is None: return ""
    if client in ("gmail", "gmail-ios", "phpmailer"): return "\n\n" + attribution(client, q, tz) + "\n\n" + _pre(q["plain"])
    if client in ("iphone", "ipad"): return "\n\n> " + attribution(client, q, tz) + "\n> \n" + _pre(q["plain"])
    if client == "aolweb": return "\n\n\n" + attribution(client, q, tz) + "\n\n\n" + q["plain"]
    if client == "aol-android": return "\n\n" + attribution(client, q, tz) + "\n" + _pre(q["plain"])
    if client == "ox": return "\n\n> " + attribution(client, q, tz) + "\n> \n" + _pre(q["plain"])
    if client in ("exo", "ex19", "owa", "outlook-ios"):
        sep = "________________________________\n" if client in ("owa", "outlook-ios") else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in outlook_block(client, q, tz)) + "\n\n" + q["plain"]
    if client == "outlook-smtp":
        return "\n\n-----Original Message-----\n" + "\n".join(f"{k}: {v}" for k, v in outlook_block(client, q, tz)) + "\n\n" + q["plain"]
    if client == "sfdc":
        t = q["t"].astimezone(tz)
        return (f"\n\n--------------- Original Message ---------------\nFrom: {q['name']} [{q['email']}]\nSent: {t.month}/{t.day}/{t.year} {h12(t)}\n"
                f"To: {', '.join(e for _, e in q['to'])}\nSubject: {q['subj']}\n\n" + q["plain"])
    return "\n\n" + _pre(q["plain"])


def qhtml(q): return q.get("ihtml") or ebr(q["plain"])


def render(client, new, q, tz):
    """(plain, inner html) of a message: new text (with signature) plus the client's quote of q"""
    plain = new + quote_plain(client, q, tz)
    n = ebr(new)
    if client in ("gmail", "phpmailer"):
        h = f'<div dir="ltr">{n}</div>'
        if q: h += (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attribution(client, q, tz))}<br></div>'
                    f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{qhtml(q)}</blockquote></div>')
        return plain, h + "\n"
    if client == "gmail-ios":
        h = f'<div dir="auto">{n}</div>'
        if q: h += (f'<div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attribution(client, q, tz))}<br></div>'
                    f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{qhtml(q)}</blockquote></div></div>')
        return plain, h + "\n"
    if client in ("iphone", "ipad"):
        h = f'<div dir="ltr">{n}</div>'
        if q: h += f'<div dir="ltr"><br><blockquote type="cite">{esc(attribution(client, q, tz))}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{qhtml(q)}</div></blockquote>'
        return plain, h
    if client in ("exo", "ex19", "owa", "outlook-ios", "outlook-smtp"):
        if client in ("owa", "outlook-ios"):
            h = f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{n}</div>'
        else:
            h = "".join(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>\n' for l in new.split("\n"))
        if q:
            rows = "<br>\n".join(f"<b>{k}:</b> {esc(v)}" for k, v in outlook_block(client, q, tz))
            if client in ("owa", "outlook-ios"):
                h += (f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                      f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font><div>&nbsp;</div></div><div>{qhtml(q)}</div>')
            else:
                h += (f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                      f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{qhtml(q)}')
        return plain, h
    if client == "aolweb":
        h = f'<div dir="ltr" data-setdir="false">{n}</div>'
        if q: h += (f'<div><br></div><div id="yahoo_quoted_{R.randint(10 ** 9, 10 ** 10)}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;'
                    f'font-size:13px;color:#26282a;"><div>{esc(attribution(client, q, tz))}</div><div><br></div><div><br></div><div><div dir="ltr">{qhtml(q)}</div></div></div></div>')
        return plain, h
    if client == "aol-android":
        h = f'<div dir="ltr">{n}</div>'
        if q: h += f'<div><br></div><blockquote style="margin: 0 0 20px 0;"><div style="font-family:Roboto, sans-serif; color:#6D00F6;"><div>{esc(attribution(client, q, tz))}</div></div><div style="padding: 10px 0 0 20px; margin: 10px 0 0 0; border-left: 1px solid #6D00F6;">{qhtml(q)}</div></blockquote>'
        return plain, h
    if client == "sfdc":
        h = f'<div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">{n}</div>'
        if q:
            t = q["t"].astimezone(tz)
            h += (f'<br>--------------- Original Message ---------------<br><b>From:</b> {esc(q["name"])} [{esc(q["email"])}]<br><b>Sent:</b> {t.month}/{t.day}/{t.year} {h12(t)}<br>'
                  f'<b>To:</b> {esc(", ".join(e for _, e in q["to"]))}<br><b>Subject:</b> {esc(q["subj"])}<br><br>{qhtml(q)}')
        return plain, h
    if client == "ox":
        h = f"<div>{n}</div>"
        if q: h += f'<blockquote type="cite"><div>{esc(attribution(client, q, tz))}</div><div>&nbsp;</div>{qhtml(q)}</blockquote>'
        return plain, h
    return plain, None


def wrap_html(client, inner):
    if inner is None: return None
    if client in ("gmail", "gmail-ios", "phpmailer"): return inner
    if client in ("iphone", "ipad"):
        return f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">{inner}</body></html>'
    if client in ("owa", "outlook-ios"):
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                f'</head>\n<body dir="ltr">\n{inner}\n</body>\n</html>\n')
    if client in ("exo", "ex19", "outlook-smtp"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
                f'<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n{inner}</div>\n</body>\n</html>\n')
    if client in ("aolweb", "aol-android"):
        return f'<html><head></head><body><div class="ydp{hx(8)}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div></div>\n        {inner}</div></body></html>'
    if client == "sfdc": return f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>{inner}</body></html>"
    if client == "ox": return f'<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  {inner}\n </body>\n</html>'
    return inner


def curly(s): return s.replace("'", "\u2019")


def boundary(client, t, who=None):
    if client in ("gmail", "gmail-ios", "gvac", "gdrive"): return "000000000000" + hx(16)
    if client in ("iphone", "ipad"): return f"Apple-Mail-{ruuid().upper()}"
    if client in ("exo", "owa", "outlook-ios", "eauto"):
        host = EXO_HOST[who.dom][0]; return f"_000_{host}{HX(20)}{host}namp_"
    if client in ("ex19", "hfsinv", "exooo"): return "_000_" + hx(32) + "HFSEXCH02heartlandlo_"
    if client in ("aolweb", "aol-android", "sfdc", "sfcase", "erp", "ox"): return f"----=_Part_{R.randint(10 ** 5, 4 * 10 ** 6)}_{R.randint(10 ** 8, 2 * 10 ** 9)}.{int(t.timestamp() * 1000)}"
    if client == "outlook-smtp": return f"----=_NextPart_000_00{HX(2)}_01DB{HX(4)}.{HX(8)}"
    if client == "phpmailer": return "b1_" + alnum(43)
    return "=_" + hx(24)


def text_part(client, ctype, text):
    """(headers, content) of a text part as the client encodes it"""
    data = text.encode("utf-8"); asc = text.isascii(); longl = max(len(x) for x in text.split("\n")) > 900
    qp = lambda: quopri.encodestring(data).decode("ascii")
    if client in ("gmail", "gmail-ios", "gvac", "gdrive", "phpmailer"):
        if asc and not longl: return [("Content-Type", f'{ctype}; charset="UTF-8"')], text
        return [("Content-Type", f'{ctype}; charset="UTF-8"'), ("Content-Transfer-Encoding", "quoted-printable")], qp()
    if client in ("iphone", "ipad"):
        if asc: return [("Content-Type", f"{ctype};\n\tcharset=us-ascii"), ("Content-Transfer-Encoding", "7bit")], text
        return [("Content-Type", f"{ctype};\n\tcharset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")], qp()
    if client == "outlook-smtp":
        if asc: return [("Content-Type", f'{ctype};\n\tcharset="us-ascii"'), ("Content-Transfer-Encoding", "7bit")], text
        return [("Content-Type", f'{ctype};\n\tcharset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")], qp()
    if client in ("exo", "owa", "outlook-ios", "ex19", "hfsinv", "exooo", "eauto"):
        return [("Content-Type", f'{ctype}; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")], qp()
    if client in ("aolweb", "aol-android", "sfdc", "sfcase", "erp", "ox", "bankalert", "govd", "hubspot", "sfmc", "docusign", "sendgrid", "exim-webmail", "list-tb", "tb", "eximweb", "list", "plain7"):
        if asc and not longl: return [("Content-Type", f"{ctype}; charset=UTF-8"), ("Content-Transfer-Encoding", "7bit")], text
        return [("Content-Type", f"{ctype}; charset=UTF-8"), ("Content-Transfer-Encoding", "quoted-printable")], qp()
    return [("Content-Type", f"{ctype}; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")], qp()


def att_part(client, name, data, ctype, t):
    b = base64.encodebytes(data).decode().rstrip("\n")
    if client in ("gmail", "gmail-ios", "gdrive"):
        xid = f"f_{lower(9)}0"
        return [("Content-Type", f'{ctype}; name="{name}"'), ("Content-Disposition", f'attachment; filename="{name}"'), ("Content-Transfer-Encoding", "base64"),
                ("Content-ID", f"<{xid}>"), ("X-Attachment-Id", xid)], b
    if client in ("exo", "owa", "outlook-ios", "ex19", "hfsinv", "eauto"):
        d = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        return [("Content-Type", f'{ctype}; name="{name}"'), ("Content-Description", name),
                ("Content-Disposition", f'attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{d}";\n\tmodification-date="{d}"'), ("Content-Transfer-Encoding", "base64")], b
    if client in ("iphone", "ipad"):
        return [("Content-Disposition", f"attachment;\n\tfilename={name}"), ("Content-Type", f'{ctype};\n\tx-unix-mode=0644;\n\tname="{name}"'), ("Content-Transfer-Encoding", "base64")], b
    if client in ("aolweb", "aol-android"):
        return [("Content-Type", ctype), ("Content-Transfer-Encoding", "base64"), ("Content-Disposition", f'attachment; filename="{name}"'),
                ("Content-ID", f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@yahoo.com>")], b
    if client == "outlook-smtp":
        return [("Content-Type", f'{ctype};\n\tname="{name}"'), ("Content-Transfer-Encoding", "base64"), ("Content-Disposition", f'attachment;\n\tfilename="{name}"')], b
    return [("Content-Type", f'{ctype}; name="{name}"'), ("Content-Transfer-Encoding", "base64"), ("Content-Disposition", f'attachment; filename="{name}"')], b


def multipart(kind, bnd, parts, pre=""):
    out = [pre] if pre else []
    for hdrs, content in parts:
        out.append(f"--{bnd}\n" + "\n".join(f"{k}: {v}" for k, v in hdrs) + "\n\n" + content)
    out.append(f"--{bnd}--\n")
    return [("Content-Type", f'multipart/{kind}; boundary="{bnd}"')], "\n".join(out)


pending = []  # (utc time, seq, folder, raw, label tuple or None, scenario or None)
seq = [0]
G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


def addr(n, e):
    if not n: return e
    if not n.isascii(): return "=?UTF-8?B?" + base64.b64encode(n.encode()).decode() + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@:;") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def emit(who, client, t, to, cc, subj, refs, new=None, q=None, atts=(), extra=(), label=None, scen=None, infra=None, mid=None, tidx=None, topic=None,
         folder=None, ip=None, frm=None, reply_to=None, dtz=None, plain=None, html=None, irt=None, no_html=False, env=None, auth=None, qtz=None, mixed_related=None, pre=()):
    """build one raw message and queue it; returns (message-id, record for quoting)"""
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    infra = infra or who.infra
    h = []
    if folder == "INBOX": h += inbound(who, infra, t, client, ip, env=env, auth_override=auth)
    h += list(pre)
    dz = dtz or who.tz
    if client in ("exo", "owa", "outlook-ios", "eauto"): date = rfc(t, UTC)
    elif client in ("aolweb", "aol-android"): date = rfc(t, UTC, " (UTC)")
    elif client in ("sfdc", "sfcase"): date = rfc(t, UTC, " (GMT)")
    else: date = rfc(t, dz)
    qz = qtz or (dz if client not in ("exo", "owa", "outlook-ios", "sfdc") else who.tz)
    if client in ("exo", "ex19", "owa", "outlook-ios", "outlook-smtp") and new is not None: new = curly(new)
    if plain is None:
        plain, ih = render(client, new, q, qz)
    else:
        ih = None
    if html is None and not no_html and ih is not None: html = wrap_html(client, ih)
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    cch = ", ".join(addr(n, e) for n, e in cc) if cc else None
    refs = list(refs)
    b = lambda: boundary(client, t, who)
    if client in ("gmail", "gmail-ios", "gvac", "gdrive"):
        h.append(("MIME-Version", "1.0"))
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if reply_to: h.append(("Reply-To", reply_to))
    elif client in ("iphone", "ipad"):
        h += [("From", fromh), ("Mime-Version", "1.0 (1.0)"), ("Subject", enc_h(subj)), ("Date", date), ("Message-Id", m)]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        if cch: h.append(("Cc", cch))
        h += [("To", toh), ("X-Mailer", "iPhone Mail (22C152)" if client == "iphone" else "iPad Mail (22C152)")]
    elif client in ("aolweb", "aol-android"):
        h += [("Date", date), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", " ".join(refs))]
        h += [("Subject", enc_h(subj)), ("MIME-Version", "1.0")]
    elif client in ("sfdc", "sfcase"):
        h += [("Date", date), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if reply_to: h.append(("Reply-To", reply_to))
        h += [("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", " ".join(refs))]
        h += [("Subject", enc_h(subj)), ("MIME-Version", "1.0")]
    else:
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if reply_to: h.append(("Reply-To", reply_to))
        h += [("Subject", enc_h(subj))]
        if client in ("exo", "owa", "outlook-ios", "ex19", "exooo", "outlook-smtp", "eauto"):
            h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])), ("Thread-Index", tidx or base64.b64encode(struct.pack(">Q", filetime(t))[:6] + rbytes(16)).decode())]
        h += [("Date", date), ("Message-ID", m)]
        if refs: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        if client in ("exo", "owa", "outlook-ios", "ex19", "exooo", "eauto"):
            h += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
            if client in ("exo", "owa", "outlook-ios", "eauto"):
                host, host2, nam = EXO_HOST[who.dom]
                h += [("msip_labels", ""), ("x-ms-publictraffictype", "Email"), ("x-ms-traffictypediagnostic", f"{host}:EE_|{host2}:EE_"),
                      ("x-ms-office365-filtering-correlation-id", ruuid())]
            else:
                h += [("x-ms-exchange-messagesentrepresentingtype", "1"), ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                      ("x-originating-ip", f"[10.20.4.{R.randint(30, 90)}]")]
        if client == "outlook-smtp":
            h += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")]
    if client in ("sfdc", "sfcase"):
        h += [("X-Priority", "3"), ("X-SFDC-LK", "00D4x0000007Yq7"), ("X-SFDC-User", "0054x000004Mg8K" if client == "sfdc" else "0054x000006Rm2T"),
              ("X-Sender", "postmaster@salesforce.com"), ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"), ("X-SFDC-TLS-NoRelay", "1"),
              ("X-SFDC-Binding", "1WrIRBV94myi25uB"), ("X-SFDC-EmailCategory", "lightningEmail" if client == "sfdc" else "caseEmail"), ("X-SFDC-Interface", "internal")]
    h += list(extra)
    parts = text_part(client, "text/plain", plain)
    if html: parts = multipart("alternative", b(), [parts, text_part(client, "text/html", html)])
    if atts:
        parts = multipart(mixed_related or "mixed", b(), [parts] + [att_part(client, a[0], a[1], a[2], t) for a in atts])
    top, content = parts
    if client in ("iphone", "ipad"):
        if top[0][1].startswith("multipart"): top = top + [("Content-Transfer-Encoding", "7bit")]
        k = next(i for i, (kk, _) in enumerate(h) if kk == "From")
        h = h[:k] + top + h[k:]
    elif client in ("exo", "owa", "outlook-ios", "ex19", "exooo", "eauto", "hfsinv"):
        h += top + [("MIME-Version", "1.0")]
        if client in ("exo", "owa", "outlook-ios", "eauto") and folder == "INBOX":
            host, host2, nam = EXO_HOST[who.dom]
            h += [("X-OriginatorOrg", who.dom), ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"), ("X-MS-Exchange-CrossTenant-AuthSource", f"{host}.namprd{nam:02d}.prod.outlook.com"),
                  ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S}.{R.randint(1000, 9999)} (UTC)"),
                  ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
                  ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"), ("X-MS-Exchange-CrossTenant-userprincipalname", b64(40)[:52]),
                  ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", host2)]
    elif client in ("aolweb", "aol-android"):
        h += top + [("X-Mailer", "WebService/1.1.23187 AolMailNorrin" if client == "aolweb" else "WebService/1.1.23187 AolMailAndroidMobile")]
    elif client == "outlook-smtp":
        k = next(i for i, (kk, _) in enumerate(h) if kk == "X-Mailer")
        h = h[:k] + top + h[k:]
    else:
        if not any(kk.lower() == "mime-version" for kk, _ in h): h.append(("MIME-Version", "1.0"))
        h += top
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n\r\n" + content.replace("\r\n", "\n").replace("\n", "\r\n")
    if not raw.endswith("\r\n"): raw += "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    rec = dict(t=t, name=who.name, email=who.email, plain=plain, ihtml=ih, subj=subj, to=list(to), cc=list(cc or []), mid=m)
    return m, rec


def re_subj(client, s):
    low = s.lower()
    if client in ("exo", "ex19", "owa", "outlook-ios", "outlook-smtp", "sfdc"):
        for p in ("re: ", "fw: ", "fwd: "):
            if low.startswith(p) and p == "re: ": return "RE: " + s[4:]
        return "RE: " + s
    if low.startswith("re:"): return s
    return "Re: " + s


class Thread:
    def __init__(s, tid, partner, subj):
        s.tid, s.p, s.subj = tid, partner, subj
        s.refs, s.last, s.recs, s.blocks = [], None, [], []
        s.np = 0
        s.tbase = None

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, qrec=None, qmod=None, detached=False, refs=None, **kw):
        client = client or who.client
        new = text + (who.sig if sig and who.sig else "")
        q = None
        if quote and (qrec or s.last):
            q = dict(qrec or s.last)
            if qmod: q["plain"] = qmod(q["plain"]); q["ihtml"] = None
        if subj is None:
            subj = s.subj if not s.refs else re_subj(client, s.last["subj"] if s.last else s.subj)
        if to is None:
            to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1; scen = (f"R-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if s.tbase is None: s.tbase = struct.pack(">Q", filetime(t))[:6] + rbytes(16)
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        r = list(refs) if refs is not None else list(s.refs)
        m, rec = emit(who, client, t, to, cc, subj, r, new, q=q, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m); s.last = rec; s.recs.append(rec)
        return m


# ---------------------------------------------------------------- attachments (inert, with real container structure)
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft\u00ae Word for Microsoft 365", when="20250114093000", zone="-05'00'", uris=(), image=None, title="", author="", creator=None):
    """a small valid one-page US Letter PDF: text lines, optional /URI link annotations, optional grayscale image (w, h, bytes) drawn above the text"""
    y0 = 740
    content = "BT /F1 11 Tf 14 TL 72 %d Td " % y0 + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET"
    if image: content += f" q 170 0 0 170 72 {y0 - 14 * len(lines) - 200} cm /Im1 Do Q"
    content = content.encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None, None,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /Creator ({pdf_esc(creator or producer)}) /Title ({pdf_esc(title)}) /Author ({pdf_esc(author)}) "
            f"/CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    streams = {4: content}
    img_id = None
    if image:
        w, hgt, raw = image; data = zlib.compress(raw)
        objs.append(f"<< /Type /XObject /Subtype /Image /Width {w} /Height {hgt} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {len(data)} >>")
        img_id = len(objs); streams[img_id] = data
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {y0 - 14 * len(lines) - 230 - 24 * i} 540 {y0 - 14 * len(lines) - 206 - 24 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
    res = "/Font << /F1 5 0 R >>" + (f" /XObject << /Im1 {img_id} 0 R >>" if img_id else "")
    objs[2] = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << {res} >> /Contents 4 0 R" + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>"
    objs[3] = f"<< /Length {len(content)} >>"
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        if i in streams: out += f"{i} 0 obj\n{o}\nstream\n".encode("latin-1") + streams[i] + b"\nendstream\nendobj\n"
        else: out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


class _ZipCrypto:
    """traditional PKWARE encryption, so that the password in the lure really opens the archive"""
    def __init__(s, pw):
        s.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw.encode(): s.upd(c)
    def upd(s, c):
        s.k[0] = (zlib.crc32(bytes([c]), s.k[0] ^ 0xffffffff) ^ 0xffffffff) & 0xffffffff
        s.k[1] = ((s.k[1] + (s.k[0] & 0xff)) * 134775813 + 1) & 0xffffffff
        s.k[2] = (zlib.crc32(bytes([(s.k[1] >> 24) & 0xff]), s.k[2] ^ 0xffffffff) ^ 0xffffffff) & 0xffffffff
    def enc(s, data):
        out = bytearray()
        for c in data:
            t = (s.k[2] | 2) & 0xffff; ks = ((t * (t ^ 1)) >> 8) & 0xff
            out.append(c ^ ks); s.upd(c)
        return bytes(out)


def zip_build(entries, password=None, when=(2025, 1, 14, 9, 30, 0)):
    """entries: (name, bytes); deflated; optional ZipCrypto password"""
    y, mo, d, hh, mi, ss = when
    dtime = (hh << 11) | (mi << 5) | (ss // 2); ddate = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray(); cd = bytearray()
    for name, data in entries:
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(6, zlib.DEFLATED, -15); comp = co.compress(data) + co.flush()
        flag = 0
        if password:
            flag = 1; zc = _ZipCrypto(password)
            hdr = bytearray(rbytes(11)) + bytes([(crc >> 24) & 0xff])
            comp = zc.enc(bytes(hdr)) + zc.enc(comp)
        nb = name.encode()
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flag, 8, dtime, ddate, crc, len(comp), len(data), len(nb), 0) + nb + comp
        cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, flag, 8, dtime, ddate, crc, len(comp), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    out += cd + struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(entries), len(entries), len(cd), len(out), 0)
    return bytes(out)


def ooxml_xlsm(rows, title, author, company, when):
    """a macro-enabled workbook: OOXML package with xl/vbaProject.bin (an inert OLE blob)"""
    def cell(r, c, v):
        ref = f"{chr(65 + c)}{r}"
        return f'<c r="{ref}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>'
             + "".join(f'<row r="{i}">' + "".join(cell(i, j, v) for j, v in enumerate(row)) + "</row>" for i, row in enumerate(rows, 1))
             + '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/></worksheet>')
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHH", 0x3e, 3, 0xfffe) + rbytes(3000)
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr codeName="ThisWorkbook"/><sheets><sheet name="Asset Tags" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/vbaProject.bin", ole),
        ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         f'<dc:title>{H.escape(title)}</dc:title><dc:creator>{H.escape(author)}</dc:creator><cp:lastModifiedBy>{H.escape(author)}</cp:lastModifiedBy>'
         f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>'),
        ("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         f'<Application>Microsoft Excel</Application><Company>{H.escape(company)}</Company><AppVersion>16.0300</AppVersion></Properties>'),
    ]
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for n, d in files:
        zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, d if isinstance(d, bytes) else d.encode())
    z.close(); return bio.getvalue()


def jpeg(make="Apple", model="iPhone 14", when="2025:01:07 14:22:10", pad=9000):
    """a JPEG/EXIF container (SOI, APP1 Exif with Make/Model/DateTime, DQT, SOF0, DHT, SOS, entropy bytes, EOI)"""
    def seg(mk, data): return b"\xff" + bytes([mk]) + struct.pack(">H", len(data) + 2) + data
    ents = [(0x010f, make.encode() + b"\0"), (0x0110, model.encode() + b"\0"), (0x0132, when.encode() + b"\0")]
    ifd = struct.pack(">H", len(ents)); off = 8 + 2 + 12 * len(ents) + 4; blob = b""
    for tag, val in ents:
        ifd += struct.pack(">HHII", tag, 2, len(val), off + len(blob)); blob += val
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + ifd + b"\x00\x00\x00\x00" + blob
    dqt = b"\x00" + bytes(R.randint(2, 40) for _ in range(64))
    sof = b"\x08" + struct.pack(">HH", 3024, 4032) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    dht = b"\x00" + bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12))
    sos = b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    scan = bytes(b if b != 0xff else 0xfe for b in rbytes(pad))
    return b"\xff\xd8" + seg(0xe1, b"Exif\x00\x00" + tiff) + seg(0xdb, dqt) + seg(0xc0, sof) + seg(0xc4, dht) + seg(0xda, sos) + scan + b"\xff\xd9"


def lnk(args, icon=r"C:\Windows\System32\imageres.dll"):
    """MS-SHLLINK header + StringData (name, arguments, icon); no target id list; inert arguments"""
    flags = 0x04 | 0x20 | 0x40 | 0x80  # HasName | HasArguments | HasIconLocation | IsUnicode
    hdr = struct.pack("<I", 0x4C) + bytes.fromhex("0114020000000000c000000000000046") + struct.pack("<II", flags, 0x20) + rbytes(24)
    hdr += struct.pack("<IiIH", 0, 13, 7, 0) + b"\x00" * 10
    def sd(s): return struct.pack("<H", len(s)) + s.encode("utf-16-le")
    return hdr + sd("Invoice") + sd(args) + sd(icon) + b"\x00\x00\x00\x00"


def iso_image(volume, files):
    """ISO 9660 skeleton: 16 system sectors, primary volume descriptor, terminator, root directory with the given names"""
    sec = 2048
    def dirrec(name, lba, size, isdir=False):
        nb = name.encode(); ln = 33 + len(nb) + (1 - len(nb) % 2)
        return (bytes([ln, 0]) + struct.pack("<I", lba) + struct.pack(">I", lba) + struct.pack("<I", size) + struct.pack(">I", size)
                + bytes([125, 3, 10, 9, 30, 0, 0]) + bytes([2 if isdir else 0, 0, 0]) + struct.pack("<H", 1) + struct.pack(">H", 1) + bytes([len(nb)]) + nb + (b"\0" if len(nb) % 2 == 0 else b""))
    root_lba = 20; data_lba = 21; recs = dirrec("\0", root_lba, sec, True) + dirrec("\1", root_lba, sec, True); blobs = []; lba = data_lba
    for name, data in files:
        recs += dirrec(name.upper() + ";1", lba, len(data)); blobs.append((lba, data)); lba += (len(data) + sec - 1) // sec
    pvd = bytearray(sec); pvd[0:8] = b"\x01CD001\x01\x00"; pvd[8:40] = b" " * 32; pvd[40:72] = volume.encode().ljust(32)
    pvd[80:88] = struct.pack("<I", lba) + struct.pack(">I", lba); pvd[120:124] = struct.pack("<H", 1) + struct.pack(">H", 1)
    pvd[124:128] = struct.pack("<H", 1) + struct.pack(">H", 1); pvd[128:132] = struct.pack("<H", sec) + struct.pack(">H", sec)
    pvd[156:156 + 34] = dirrec("\0", root_lba, sec, True)[:34]; pvd[881] = 1
    term = bytearray(sec); term[0:7] = b"\xffCD001\x01"
    img = bytearray(sec * 16) + pvd + term + bytearray(sec * 2) + bytes(recs).ljust(sec, b"\0")
    for l, d in blobs:
        img += d.ljust(((len(d) + sec - 1) // sec) * sec, b"\0")
    return bytes(img)


def png_gray(w, hgt, pix):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + pix[y * w:(y + 1) * w] for y in range(hgt))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


# QR code (model 2, version 4, level L, byte mode, mask 0), enough for one URL of up to 78 characters
def _gf():
    exp = [0] * 512; log = [0] * 256; x = 1
    for i in range(255):
        exp[i] = x; log[x] = i; x <<= 1
        if x & 0x100: x ^= 0x11d
    for i in range(255, 512): exp[i] = exp[i - 255]
    return exp, log
_EXP, _LOG = _gf()
def _gmul(a, b): return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]
def _rs(data, n):
    g = [1]
    for i in range(n):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g): ng[j] ^= c; ng[j + 1] ^= _gmul(c, _EXP[i])
        g = ng
    rem = list(data) + [0] * n
    for i in range(len(data)):
        c = rem[i]
        if c:
            for j in range(1, len(g)): rem[i + j] ^= _gmul(g[j], c)
    return rem[len(data):]


def qr_matrix(text):
    V, N, DC, EC = 4, 33, 80, 20
    data = text.encode("ascii"); assert len(data) <= 78
    bits = [0, 1, 0, 0] + [int(b) for b in f"{len(data):08b}"]
    for ch in data: bits += [int(b) for b in f"{ch:08b}"]
    bits += [0] * min(4, DC * 8 - len(bits))
    while len(bits) % 8: bits.append(0)
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    i = 0
    while len(cw) < DC: cw.append((0xEC, 0x11)[i % 2]); i += 1
    cw += _rs(cw, EC)
    M = [[None] * N for _ in range(N)]
    def finder(r, c):
        for dr in range(-1, 8):
            for dc in range(-1, 8):
                rr, cc = r + dr, c + dc
                if 0 <= rr < N and 0 <= cc < N:
                    inside = 0 <= dr <= 6 and 0 <= dc <= 6
                    M[rr][cc] = 1 if inside and (dr in (0, 6) or dc in (0, 6) or (2 <= dr <= 4 and 2 <= dc <= 4)) else 0
    finder(0, 0); finder(0, N - 7); finder(N - 7, 0)
    for k in range(8, N - 8): M[6][k] = M[k][6] = 1 - k % 2
    for dr in range(-2, 3):
        for dc in range(-2, 3): M[26 + dr][26 + dc] = 1 if max(abs(dr), abs(dc)) in (0, 2) else 0
    M[4 * V + 9][8] = 1
    f1 = [(8, k) for k in (0, 1, 2, 3, 4, 5, 7, 8)] + [(k, 8) for k in (7, 5, 4, 3, 2, 1, 0)]
    f2 = [(N - 1 - k, 8) for k in range(7)] + [(8, N - 8 + k) for k in range(8)]
    for r, c in f1 + f2:
        if M[r][c] is None: M[r][c] = 0
    dbits = [int(b) for c in cw for b in f"{c:08b}"]; k = 0; up = True; col = N - 1
    while col > 0:
        if col == 6: col -= 1
        for r in (range(N - 1, -1, -1) if up else range(N)):
            for c in (col, col - 1):
                if M[r][c] is None:
                    v = dbits[k] if k < len(dbits) else 0; k += 1
                    M[r][c] = v ^ (1 if (r + c) % 2 == 0 else 0)
        up = not up; col -= 2
    f = 0b01000 << 10
    for i in range(14, 9, -1):
        if f & (1 << i): f ^= 0b10100110111 << (i - 10)
    fmt = ((0b01000 << 10) | f) ^ 0b101010000010010
    fb = [(fmt >> (14 - i)) & 1 for i in range(15)]
    for i, (r, c) in enumerate(f1): M[r][c] = fb[i]
    for i, (r, c) in enumerate(f2): M[r][c] = fb[i]
    return M


def qr_gray(text, scale=5, quiet=4):
    M = qr_matrix(text); n = len(M); W = (n + 2 * quiet) * scale
    pix = bytes(0 if 0 <= (y // scale) - quiet < n and 0 <= (x // scale) - quiet < n and M[(y // scale) - quiet][(x // scale) - quiet] else 255
                for y in range(W) for x in range(W))
    return W, W, pix


def ics(uid, summary, desc, start, minutes, organizer, attendee, location):
    fmt = lambda t: t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    def fold(line):
        out = []; b = line.encode()
        while len(b) > 74: out.append(b[:74].decode(errors="ignore")); b = b[74:]
        out.append(b.decode()); return "\r\n ".join(out)
    d = desc.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee[0]}:mailto:{attendee[1]}",
             f"DESCRIPTION;LANGUAGE=en-US:{d}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{summary}", f"DTSTART:{fmt(start)}",
             f"DTEND:{fmt(start + datetime.timedelta(minutes=minutes))}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{fmt(start - datetime.timedelta(days=1))}",
             "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE=en-US:{location}", "BEGIN:VALARM", "DESCRIPTION:REMINDER",
             "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode()


def csv_bytes(rows): return ("\r\n".join(",".join(str(c) for c in r) for r in rows) + "\r\n").encode()


# ---------------------------------------------------------------- notification senders
IRN = "046818"
ERP_FOOT = ("\n\n--\nThis is an automated message from Redwood Fiscal, hosted for Maple Creek Local (IRN " + IRN + ") by the Mid-Ohio Educational "
            "Technology Consortium (MOETC).\nPlease do not reply. Fiscal help desk: (740) 555-0400 | fiscalhelp@moetc.example")


def erp_note(t, subj, lines, path, label=None, scen=None, to=None, cc=None):
    link = f"https://fiscal.moetc.example/redwood/{path}"
    plain = "\n".join(lines) + f"\n\nOpen in Redwood Fiscal: {link}" + ERP_FOOT
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222"><table width="620" cellpadding="0" cellspacing="0">'
            '<tr><td style="background:#1f4e3d;color:#fff;padding:10px 14px;font-weight:600">Redwood Fiscal &middot; Maple Creek Local</td></tr><tr><td style="padding:14px">'
            + "<br>".join(esc(l) for l in lines) + f'<p><a href="{link}" style="color:#1f4e3d">Open in Redwood Fiscal</a></p></td></tr>'
            '<tr><td style="font-size:11px;color:#777;padding:8px 14px">Automated message from Redwood Fiscal (MOETC). Please do not reply.</td></tr></table></body></html>')
    return emit(erp, "erp", t, to or [(me.name, me.email)], cc, subj, [], plain=plain, html=html, label=label, scen=scen,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-Mailer", "Redwood Fiscal Notifier 3.8")])[0]


def bank_alert(t, subj, lines, label=None, scen=None):
    link = "https://treasury.sciotovalleybank.example/tol/login"
    plain = ("\n".join(lines) + f"\n\nSign in to Treasury Online to review: {link}\n\nThis alert was sent to dmorales@{OWN} because it is enabled in your Treasury Online "
             "alert settings. Scioto Valley Bank will never ask for your password or token code by email.\nScioto Valley Bank, Member FDIC | 88 E. Broad St, Columbus, OH 43215")
    html = ('<html><body style="margin:0;font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b"><div style="max-width:600px;margin:0 auto">'
            '<div style="background:#0a3d62;padding:12px 16px"><img src="https://www.sciotovalleybank.example/assets/img/svb-logo-white.png" alt="Scioto Valley Bank" height="26"></div>'
            '<div style="padding:16px">' + "<br>".join(esc(l) for l in lines) + f'<p><a href="{link}" style="color:#0a3d62;font-weight:bold">Sign in to Treasury Online</a></p></div>'
            '<div style="padding:10px 16px;font-size:11px;color:#666">Scioto Valley Bank will never ask for your password or token code by email. Member FDIC.</div></div></body></html>')
    return emit(svb_alerts, "bankalert", t, [(me.name, me.email)], None, subj, [], plain=plain, html=html, label=label, scen=scen,
                extra=[("Auto-Submitted", "auto-generated"), ("X-SVB-Alert-Type", subj.split(":")[0].replace(" ", "-").upper()[:24])])[0]


def govd_bulletin(t, subj, items, label=None, scen=None):
    bid = f"OHEDUCATION-{R.randint(3000000, 3999999):x}"
    links = [(a, f"https://lnks.gd.example/l/eyJhbGciOiJIUzI1NiJ9.{b64u(60)}/s/{R.randint(10 ** 9, 10 ** 10)}/br/{R.randint(10 ** 11, 10 ** 12)}-l") for a, _ in items]
    plain = ("Ohio Department of Education and Workforce\n" + subj + "\n\n" + "\n\n".join(f"{a}\n{b}\n{u}" for (a, b), (_, u) in zip(items, links))
             + "\n\n________________________________________________________________________\n"
             "Update your subscriptions, modify your password or email address, or stop subscriptions at any time on your Subscriber Preferences Page "
             f"(https://public.govdelivery.example/accounts/OHEDUCATION/subscriber/edit?preferences=true#tab1). You will need your email address to log in.\n\n"
             "This service is provided to you at no charge by the Ohio Department of Education and Workforce.\n"
             "Ohio Department of Education and Workforce | 25 South Front Street, Columbus, OH 43215")
    html = ('<html><body style="margin:0;background:#eef1f4"><table width="640" align="center" style="background:#fff;font-family:Georgia,serif;font-size:15px">'
            '<tr><td style="background:#b5121b;padding:14px"><img src="https://content.govdelivery.example/attachments/OHEDUCATION/2024/08/odew-banner.png" alt="Ohio Department of Education and Workforce" width="400"></td></tr>'
            f'<tr><td style="padding:18px"><h2 style="color:#b5121b">{esc(subj)}</h2>'
            + "".join(f'<h3><a href="{u}" style="color:#1a4480">{esc(a)}</a></h3><p>{esc(b)}</p>' for (a, b), (_, u) in zip(items, links))
            + '</td></tr><tr><td style="font-size:12px;color:#555;padding:14px">Update your subscriptions on your <a href="https://public.govdelivery.example/accounts/OHEDUCATION/subscriber/edit?preferences=true#tab1">'
            'Subscriber Preferences Page</a>.<br>Ohio Department of Education and Workforce | 25 South Front Street, Columbus, OH 43215</td></tr></table></body></html>')
    return emit(odew, "govd", t, [("", me.email)], None, subj, [], plain=plain, html=html, label=label, scen=scen,
                extra=[("List-Unsubscribe", f"<https://public.govdelivery.example/accounts/OHEDUCATION/subscriber/one_click_unsubscribe?verification={b64u(20)}&destination={me.email}>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Accounttype", "pd"), ("X-Bulletin-Id", bid), ("Precedence", "bulk"), ("Reply-To", "noreply@education.ohio.example")])[0]


def newsletter(who, client, t, subj, headline, paras, unsub):
    links = [f"https://{'click.email.cardinallearning.example/?qs=' + hx(64) if client == 'sfmc' else 'd1Ab2c04.na1.hubspotlinks.example/Ctc/' + alnum(12) + '/' + alnum(30)}" for _ in paras]
    plain = headline + "\n\n" + "\n\n".join(f"{p}\nRead more: {u}" for p, u in zip(paras, links)) + f"\n\nUnsubscribe: {unsub}"
    html = (f'<html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
            f'<tr><td style="padding:20px"><h1 style="font-size:22px">{esc(headline)}</h1>' + "".join(f'<p>{esc(p)}</p><p><a href="{u}">Read more &rsaquo;</a></p>' for p, u in zip(paras, links))
            + f'</td></tr><tr><td style="font-size:11px;color:#888;padding:12px 20px"><a href="{unsub}">Unsubscribe</a> | <a href="{unsub.split("?")[0]}/preferences">Manage preferences</a></td></tr></table>'
            f'<img src="https://{"cl.s7.exct.example/open.aspx?ffcb10-" + hx(40) if client == "sfmc" else "track.hubspot.example/__ptq.gif?k=" + hx(16)}" width="1" height="1" alt=""></body></html>')
    return emit(who, client, t, [("", me.email)], None, subj, [], plain=plain, html=html,
                extra=[("List-Unsubscribe", f"<{unsub}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("Feedback-ID", f"{R.randint(100, 999)}:{R.randint(10 ** 5, 10 ** 6)}:{'sfmc' if client == 'sfmc' else 'hubspot'}")])[0]


def hfs_invoice(t, inv, ship, amount):
    plain = (f"Attached is invoice {inv} for MAPLE CREEK LOCAL SCHOOLS (customer #40-2218), ship date {ship:%m/%d/%Y}.\n\nInvoice total: ${amount:,.2f}\nTerms: Net 30\n\n"
             "Questions about this invoice? Contact Accounts Receivable at (419) 555-0123 or ar@heartlandfoodservice.example.\n"
             "Remit by ACH per your vendor file or mail to: Heartland Foodservice Distributors, PO Box 3320, Toledo, OH 43607\n\n"
             "This message was generated automatically. Please do not reply to this address.")
    att = ("INV_%s.pdf" % inv, pdf([f"HEARTLAND FOODSERVICE DISTRIBUTORS, INC. - INVOICE {inv}", "Bill to: MAPLE CREEK LOCAL SCHOOLS - FOOD SERVICE",
                                    f"Ship date: {ship:%m/%d/%Y}   Customer: 40-2218   Terms: NET 30", "Chicken breast fillet, WG breaded, 4/10 lb ... cafeteria items",
                                    f"TOTAL DUE: ${amount:,.2f}"], producer="FoodTrak Invoicing 11.2", creator="FoodTrak", when=ship.strftime("%Y%m%d") + "0530", zone="-05'00'"),
           "application/pdf")
    return emit(hfs_inv, "hfsinv", t, [("MAPLE CREEK LOCAL SCHOOLS AP", me.email)], None, f"Heartland Foodservice Invoice {inv} - MAPLE CREEK LOCAL SCHOOLS", [],
                plain=plain, atts=[att], extra=[("X-Mailer", "FoodTrak Invoicing 11.2"), ("Auto-Submitted", "auto-generated")])[0]


def meter_request(t, month):
    link = f"https://meters.lakeshoreoffice.example/submit?acct=MCL-2210&lease=4471-03&k={hx(20)}"
    plain = (f"Meter reading request - {month}\n\nCustomer: Maple Creek Local Schools (MCL-2210)\nLease: 4471-03 (3 devices, Maple Creek High School)\n\n"
             f"Please submit the black and color meter readings for each device by the 25th. You can reply to this email with the readings or enter them here:\n{link}\n\n"
             "Devices: HS Main Office bizhub C450i (A7PU021009921), HS Library bizhub C450i (A7PU021010434), HS Copy Room bizhub C650i (AA2J021003317)\n\n"
             "Lakeshore Office Solutions | Lease Administration | (216) 555-0150")
    return emit(lake_meters, "eauto", t, [(me.name, me.email)], None, f"Meter reading request - Maple Creek Local Schools - {month}", [], plain=plain,
                extra=[("X-Mailer", "e-automate 9.6 (ECI)"), ("Auto-Submitted", "auto-generated")])


def docusign_mail(t, sender, subj, intro, link_kind, env_id, atts=(), label=None, scen=None, completed=False):
    link = f"https://na3.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
    btn = "VIEW COMPLETED DOCUMENT" if completed else "REVIEW DOCUMENT"
    plain = (f"{sender.name} {'has completed' if completed else 'sent you a document to review and sign.'}\n\n{intro}\n\n{btn}: {link}\n\n"
             f"{sender.name}\n{sender.email}\n\nDo Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n\n"
             "Alternate Signing Method\nVisit Docusign.com, click 'Access Documents', and enter the security code:\n" + env_id.replace("-", "").upper() + "1\n\n"
             "About Docusign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.\n\n"
             "Questions about the Document?\nIf you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.")
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="padding:0;margin:0;background-color:#eaeaea">'
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" style="background-color:#eaeaea"><tr><td style="padding:24px 0">'
            '<table role="presentation" align="center" width="640" style="background:#ffffff;font-family:Helvetica,Arial,Sans Serif">'
            '<tr><td style="padding:10px 24px"><img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" height="28"></td></tr>'
            f'<tr><td style="background-color:#1e4ca1;color:#fff;padding:28px 24px;text-align:center;font-size:16px">{esc(sender.name)} {"has completed" if completed else "sent you a document to review and sign."}<br><br>'
            f'<a href="{link}" style="background-color:#ffc423;color:#333;font-weight:bold;padding:12px 22px;text-decoration:none;border-radius:2px">{btn}</a></td></tr>'
            f'<tr><td style="padding:24px;font-size:15px;color:#333"><b>{esc(sender.name)}</b><br><a href="mailto:{sender.email}">{sender.email}</a><br><br>{ebr(intro)}</td></tr>'
            '<tr><td style="padding:0 24px 24px 24px;font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.'
            '<br><br><b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.</td></tr>'
            '</table></td></tr></table></body></html>')
    return emit(docusign, "docusign", t, [(me.name, me.email)], None, subj, [], plain=plain, html=html, atts=atts, label=label, scen=scen,
                frm=f'"{sender.name} via Docusign" <dse_NA3@docusign.net>', reply_to=f"{sender.name} <{sender.email}>",
                extra=[("X-Api-Host", "docusign.net"), ("X-DocuSign-EnvelopeID", env_id.upper())])[0]


LIST = "ap-forum@lists.oasbo.example"
LIST_FOOT = "\n_______________________________________________\nAP-Forum mailing list -- ap-forum@lists.oasbo.example\nTo unsubscribe send an email to ap-forum-leave@lists.oasbo.example"


class Member:
    def __init__(s, name, email, shape, dmarc, sig):
        s.name, s.email, s.shape, s.dmarc, s.sig = name, email, shape, dmarc, sig
        s.dom = email.split("@")[1]; s.tz = ET; s.infra = "oasbo"; s.client = "list"


def list_post(mem, t, subj, text, refs=(), qrec=None, label=None, scen=None):
    """a post to the OASBO AP Forum (Mailman 3), as it arrives from the list: subject tag, footer, list headers,
    From rewritten for members whose domain publishes p=quarantine/reject, original DKIM broken by the footer"""
    subj_t = subj if "[AP-Forum]" in subj else (subj.replace("Re: ", "Re: [AP-Forum] ", 1) if subj.startswith("Re: ") else "[AP-Forum] " + subj)
    shape = mem.shape
    mid = ("<CA" + b64u(48)[:R.choice((50, 52, 55))] + "@mail.gmail.com>" if shape == "gmail" else
           (lambda hst, nm: f"<{hst}{HX(20)}@{hst}.namprd{nm}.prod.outlook.com>")(f"SA1PR19MB{R.randint(1000, 9999)}", "19") if shape == "exo" else
           f"<{ruuid()}@{mem.dom}>")
    body = text + mem.sig
    if qrec:
        qt = qrec["t"].astimezone(ET)
        body += (f"\n\nOn {qt:%m/%d/%Y} {h12(qt)}, {qrec['name']} wrote:\n" if shape == "tb" else
                 "\n\n" + attribution("gmail", qrec, ET) + "\n\n" if shape == "gmail" else
                 f"\n\nFrom: {qrec['name']} <{qrec['email']}>\nSent: {qt:%A}, {qt:%B} {qt.day}, {qt.year} {h12(qt)}\nTo: ap-forum@lists.oasbo.example\nSubject: {qrec['subj']}\n\n")
        qp = qrec["plain"].split(LIST_FOOT)[0]
        body += qp if shape == "exo" else _pre(qp)
    body += LIST_FOOT
    munged = mem.dmarc in ("quarantine", "reject")
    frm = f'"{mem.name} via AP-Forum" <{LIST}>' if munged else addr(mem.name, mem.email)
    mh = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
    dsel = "google" if shape == "gmail" else "selector1" if shape == "exo" else "default"
    auth = (f"mx.google.com;\n       dkim=neutral (body hash did not verify) header.i=@{mem.dom} header.s={dsel} header.b={alnum(8)};\n"
            f"       spf=pass (google.com: domain of ap-forum-bounces@lists.oasbo.example designates 66.228.59.12 as permitted sender) smtp.mailfrom=ap-forum-bounces@lists.oasbo.example"
            + ("" if munged else f";\n       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from={mem.dom}" if mem.dmarc == "none" else ""))
    extra = [("Message-ID-Hash", mh), ("X-Message-ID-Hash", mh), ("X-MailFrom", mem.email),
             ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
             ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"), ("List-Id", '"OASBO Accounts Payable Forum" <ap-forum.lists.oasbo.example>'),
             ("Archived-At", f"<https://lists.oasbo.example/archives/list/{LIST}/message/{mh}/>"), ("List-Archive", f"<https://lists.oasbo.example/archives/list/{LIST}/>"),
             ("List-Help", "<mailto:ap-forum-request@lists.oasbo.example?subject=help>"), ("List-Owner", "<mailto:ap-forum-owner@lists.oasbo.example>"),
             ("List-Post", f"<mailto:{LIST}>"), ("List-Subscribe", "<mailto:ap-forum-join@lists.oasbo.example>"), ("List-Unsubscribe", "<mailto:ap-forum-leave@lists.oasbo.example>")]
    if munged: extra.insert(0, ("Reply-To", f"{mem.name} <{mem.email}>"))
    if shape == "gmail": pre = [dkim_sig(mem.dom, "google", t)]
    elif shape == "exo": pre = [dkim_sig(mem.dom, "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")]
    else: pre = [dkim_sig(mem.dom, "default", t)]
    m, rec = emit(mem, "list", t, [("", LIST)], None, subj_t, list(refs), plain=body, frm=frm, mid=mid, label=label, scen=scen, extra=extra, auth=auth, pre=pre)
    return m, rec


def google_share(t, sharer, kind, title, url, note, label=None, scen=None):
    plain = (f"{sharer.name} shared a {kind.lower()}\n\n{sharer.name} ({sharer.email}) has invited you to edit the following {kind.lower()}:\n\n{title}\n{url}\n\n"
             + (f'"{note}"\n\n' if note else "") + "Open\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
             f"You have received this email because {sharer.email} shared a {kind.lower()} with you from Google {kind}s.\nLogo for Google {kind}s")
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#fff">'
            '<table role="presentation" width="100%" style="font-family:Google Sans,Roboto,Arial,sans-serif;max-width:600px;margin:0 auto">'
            f'<tr><td style="padding:24px 0 8px 0;font-size:22px;color:#202124">{esc(sharer.name)} shared a {kind.lower()}</td></tr>'
            f'<tr><td style="font-size:14px;color:#3c4043">{esc(sharer.name)} (<a href="mailto:{sharer.email}">{sharer.email}</a>) has invited you to <b>edit</b> the following {kind.lower()}:</td></tr>'
            + (f'<tr><td style="padding:12px 0;font-size:14px;color:#3c4043;font-style:italic">{esc(note)}</td></tr>' if note else "")
            + f'<tr><td style="padding:12px 0"><a href="{url}" style="font-size:16px;color:#1a73e8;text-decoration:none">{esc(title)}</a></td></tr>'
            f'<tr><td style="padding:12px 0"><a href="{url}" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Open</a></td></tr>'
            f'<tr><td style="font-size:12px;color:#5f6368;padding-top:24px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because '
            f'{sharer.email} shared a {kind.lower()} with you from Google {kind}s.</td></tr></table></body></html>')
    return emit(gdrive, "gdrive", t, [("", me.email)], None, f'{kind} shared with you: "{title}"', [], plain=plain, html=html, label=label, scen=scen,
                frm=f'"{sharer.name} (via Google {kind}s)" <drive-shares-dm-noreply@google.com>', reply_to=f"{sharer.name} <{sharer.email}>")[0]


# ================================================================ background series (sender history)
HFS_SHIP = []
d0 = datetime.datetime(2024, 8, 20, 5, 31, tzinfo=ET)
inv = 7716840
while d0 < datetime.datetime(2025, 5, 28, tzinfo=ET):
    if not (datetime.datetime(2024, 12, 21, tzinfo=ET) <= d0 <= datetime.datetime(2025, 1, 5, tzinfo=ET)) and not (datetime.datetime(2025, 3, 22, tzinfo=ET) <= d0 <= datetime.datetime(2025, 3, 30, tzinfo=ET)):
        inv += R.randint(2600, 4100)
        hfs_invoice(plus(d0, minutes=R.randint(0, 40)), inv, plus(d0, days=-1), R.randint(380000, 910000) / 100)
    d0 = plus(d0, days=7)

for (y, mo, d), month in [((2024, 8, 26), "August 2024"), ((2024, 9, 23), "September 2024"), ((2024, 10, 23), "October 2024"), ((2024, 11, 20), "November 2024"),
                          ((2024, 12, 18), "December 2024"), ((2025, 1, 22), "January 2025"), ((2025, 2, 19), "February 2025"), ((2025, 3, 19), "March 2025"),
                          ((2025, 4, 23), "April 2025")]:
    meter_request(at(y, mo, d, 7, R.randint(0, 20)), month)

AP_RUNS = [(2024, 8, 9), (2024, 8, 23), (2024, 9, 13), (2024, 9, 27), (2024, 10, 11), (2024, 10, 25), (2024, 11, 8), (2024, 11, 22), (2024, 12, 13), (2024, 12, 20),
           (2025, 1, 10), (2025, 1, 24), (2025, 2, 14), (2025, 2, 28), (2025, 3, 14), (2025, 3, 28), (2025, 4, 11), (2025, 4, 25), (2025, 5, 9), (2025, 5, 23)]
PAYROLLS = [(2024, 8, 30), (2024, 9, 13), (2024, 9, 27), (2024, 10, 11), (2024, 10, 25), (2024, 11, 8), (2024, 11, 22), (2024, 12, 6), (2024, 12, 20), (2025, 1, 3),
            (2025, 1, 17), (2025, 1, 31), (2025, 2, 14), (2025, 2, 28), (2025, 3, 14), (2025, 3, 28), (2025, 4, 11), (2025, 4, 25), (2025, 5, 9), (2025, 5, 23)]
batch = 1161
for y, mo, d in AP_RUNS:
    run = datetime.datetime(y, mo, d, tzinfo=ET)
    for k in (1,):
        batch += 1; n = R.randint(9, 31)
        erp_note(at(y, mo, d, 9, 0) - datetime.timedelta(days=4 - k * 2, minutes=-R.randint(0, 300)), f"AP invoice batch {batch} posted ({n} invoices)",
                 [f"AP invoice batch {batch} was posted by DMORALES.", f"Invoices: {n}   Total: ${R.randint(1800000, 26000000) / 100:,.2f}", f"Fiscal year: FY{25}   Period: {mo:02d}"],
                 f"ap/batches/{batch}")
    chk = R.randint(18, 46); ach = R.randint(9, 22)
    erp_note(at(y, mo, d, 8, 0) - datetime.timedelta(days=2, minutes=-R.randint(0, 90)), f"Check run {run:%m/%d/%Y} ready for Treasurer approval",
             [f"The AP check run dated {run:%m/%d/%Y} is ready for approval.", f"Checks: {chk}   EFT/ACH: {ach}   Total: ${R.randint(9000000, 61000000) / 100:,.2f}",
              "Prepared by: DMORALES   Approver: TBRANDT"], f"ap/checkruns/{run:%Y%m%d}", cc=[(thomas.name, thomas.email)])
    bank_alert(at(y, mo, d, 15, 0) - datetime.timedelta(days=1, minutes=R.randint(0, 120)), "ACH file received: CCD vendor payments",
               [f"Your ACH file was received and passed validation.", f"Company: MAPLE CREEK LOCAL SD   Batches: 1   Entries: {ach}", f"Effective entry date: {run:%m/%d/%Y}",
                f"File reference: {R.randint(100000, 999999)}"])
for y, mo, d in PAYROLLS:
    pay = datetime.datetime(y, mo, d, tzinfo=ET)
    bank_alert(at(y, mo, d, 11, 0) - datetime.timedelta(days=2, minutes=R.randint(0, 100)), "ACH file received: PPD payroll",
               ["Your ACH file was received and passed validation.", f"Company: MAPLE CREEK LOCAL SD   Batches: 2   Entries: {R.randint(611, 640)}",
                f"Effective entry date: {pay:%m/%d/%Y}", f"File reference: {R.randint(100000, 999999)}"])
for i, (y, mo, d) in enumerate([(2024, 8, 15), (2024, 9, 4), (2024, 9, 18), (2024, 10, 2), (2024, 10, 16), (2024, 10, 30), (2024, 11, 13), (2024, 12, 4), (2024, 12, 18),
                                (2025, 1, 8), (2025, 1, 22), (2025, 2, 5), (2025, 2, 19), (2025, 3, 5), (2025, 3, 19), (2025, 4, 2), (2025, 4, 16), (2025, 4, 30), (2025, 5, 14)]):
    topics = [("FY25 Foundation payment report (SFPR) posted", "The #2 and #3 payment reports for FY25 are now available in the district's SAFE account."),
              ("School Finance Payment Report: transportation adjustments", "Transportation funding for FY25 reflects the T-1 ridership counts submitted in October."),
              ("CCIP: Federal grant cash request schedule", "Cash requests for Title I-A, IDEA-B and ESSER III are processed on the 1st and 15th."),
              ("EMIS fiscal reporting reminders", "Period L (June) fiscal data must be reconciled before the July close."),
              ("Webinar: Ohio school district budgeting and the five-year forecast", "Join the Office of Budget and School Funding for the semiannual forecast webinar."),
              ("ESSER III: final liquidation and closeout guidance", "All ESSER III obligations must be liquidated by January 28, 2025; see the closeout FAQ."),
              ("School meal reimbursement claims (CNPIMS) due dates", "Monthly reimbursement claims are due within 60 days of the last day of the claim month."),
              ("Student Wellness and Success Funds reporting", "Districts must report SWSF expenditures by category in the annual survey."),
              ("Updated guidance on purchasing cooperatives and bidding thresholds", "The competitive bidding threshold for construction projects remains $75,000.")]
    picks = [topics[(i + k) % len(topics)] for k in range(3)]
    govd_bulletin(at(y, mo, d, 10, R.randint(0, 59), CT), f"Finance Update - {datetime.date(y, mo, d):%B} {d}, {y}", picks)
for y, mo, d in [(2024, 8, 13), (2024, 9, 10), (2024, 10, 8), (2024, 11, 12), (2024, 12, 10), (2025, 1, 14), (2025, 2, 11), (2025, 3, 11), (2025, 4, 8), (2025, 5, 13)]:
    newsletter(asbo, "hubspot", at(y, mo, d, 7, R.randint(0, 59)), f"ASBO Accents: {['Internal controls that work', 'Vendor fraud trends', 'Budget season checklist', 'Procurement cards: policies and pitfalls', 'Cybersecurity for business offices', 'Year-end close tips'][mo % 6]}",
               "School Business Matters - news for school business officials",
               ["Districts report a rise in business email compromise targeting accounts payable teams.",
                "Webinar recording: building a vendor master file review process.",
                "Register now for the ASBO International Annual Meeting & Expo."],
               f"https://hs.asbointl.example/hs/manage-preferences/unsubscribe?d={b64u(30)}&v=3")
for y, mo, d in [(2024, 9, 17), (2024, 11, 5), (2025, 1, 21), (2025, 2, 25), (2025, 4, 1)]:
    newsletter(clp_news, "sfmc", at(y, mo, d, 9, R.randint(0, 59), CT), "New from Cardinal Learning: " + ["Inquiry Science 2nd edition", "Free classroom posters", "Summer PD institutes", "Digital platform updates", "Ohio adoption resources"][mo % 5],
               "Cardinal Learning Press",
               ["See what's new for grades 6-8 science.", "Free professional development sessions this summer.", "Ohio standards correlations now available."],
               f"https://cloud.email.cardinallearning.example/unsub_center.aspx?qs={hx(60)}")

# ================================================================ OASBO AP Forum list (members on their own systems)
pat = Member("Pat Greene", "pgreene@lakotaridge.k12.oh.example", "exo", "quarantine", "\n\nPat Greene | Treasurer | Lakota Ridge Local Schools")
dale = Member("Dale Hutchins", "dhutchins@bigwalnutcreek.k12.oh.example", "gmail", "none", "\n\nDale Hutchins\nAP Coordinator, Big Walnut Creek LSD")
sue = Member("Sue Ann Carver", "scarver@fairviewcity.k12.oh.example", "tb", "reject", "\n\n--\nSue Ann Carver, Assistant Treasurer\nFairview City Schools")
ken = Member("Ken Alvarado", "kalvarado@northmorcounty.k12.oh.example", "gmail", "none", "\n\nKen Alvarado, CFO/Treasurer\nNorthmor County Schools | (419) 555-0199")

l1s = "Vendor bank change verification - what's your callback procedure?"
l1a_mid, l1a = emit(me, "gmail", at(2024, 10, 17, 13, 4), [("", LIST)], None, "[AP-Forum] " + l1s, [],
                    "Hi all,\n\nWe just processed a legitimate bank change from a food distributor that was acquired, and it made me realize our written "
                    "procedure is thin. What do your districts require before changing a vendor's EFT information? We currently call the vendor at the "
                    "number in our vendor file and the Treasurer approves, but nothing is documented beyond a note in the vendor record." + me.sig)
l1b_mid, l1b = list_post(pat, at(2024, 10, 17, 14, 22), "Re: [AP-Forum] " + l1s,
                         "Diane,\n\nWe use a one-page callback form: who called, which number (must come from the vendor file or the original contract, never the "
                         "email), who at the vendor confirmed, last four of the new account, and a second signature. We also send a confirmation letter by USPS "
                         "to the remit address on file. Template is in the forum's shared files.", [l1a_mid], label=G,
                         scen=("R-L1-1", "list reply from a member in the OASBO AP Forum thread"), qrec=l1a)
l1c_mid, l1c = list_post(dale, at(2024, 10, 18, 8, 3), "Re: [AP-Forum] " + l1s,
                         "Same here, plus: any change request that arrives by email gets a 10-day hold, and we pay the next invoice by check to the old address on file. "
                         "Our auditor liked the hold. The form and our board policy are posted here:\nhttps://lists.oasbo.example/archives/list/ap-forum@lists.oasbo.example/thread/"
                         f"{''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(32))}/\nhttps://www.bigwalnutcreek.k12.oh.example/documents/board-policy/6320-vendor-changes.pdf\n\n"
                         "Also: OASBO's fraud alert page lists the fake-letterhead patterns going around this fall.", [l1a_mid, l1b_mid], label=GH,
                         scen=("G25", "OASBO list reply about bank-change fraud with links and the list footer (subject tag, footer, broken original DKIM)"), qrec=l1b)
list_post(sue, at(2024, 10, 18, 11, 47), "Re: [AP-Forum] " + l1s,
          "+1 to the hold. We had a 'vendor' call us back from the number in their own email last spring. Always use the number you already have.",
          [l1a_mid, l1b_mid, l1c_mid], label=G, scen=("R-L1-2", "list reply from a member in the OASBO AP Forum thread"), qrec=l1c)
emit(me, "gmail", at(2024, 10, 18, 13, 15), [("", LIST)], None, "Re: [AP-Forum] " + l1s, [l1a_mid, l1b_mid, l1c_mid],
     "Thank you all - this is exactly what I needed. Adopting the callback form and the 10-day hold." + me.sig, q=l1c)

l2s = "1099-NEC: anyone filing through IRIS this year?"
l2a_mid, l2a = list_post(ken, at(2025, 1, 14, 9, 12), l2s, "Our software vendor stopped supporting the FIRE upload. Anyone filed 1099-NECs through IRIS yet? "
                         "Is the CSV template as painful as it looks?")
l2b_mid, l2b = list_post(dale, at(2025, 1, 14, 10, 40), "Re: " + l2s, "Filed 212 last week. The template is fine once you strip the dashes from TINs. "
                         "Get your TCC early, ours took two weeks.", [l2a_mid], label=G, scen=("R-L2-1", "list reply in the OASBO 1099 thread"), qrec=l2a)
emit(me, "gmail", at(2025, 1, 14, 11, 2), [("", LIST)], None, "Re: [AP-Forum] " + l2s, [l2a_mid, l2b_mid],
     "We used IRIS for the first time too. One tip: run the TIN matching program on your vendor list before you file, it saved us four B-notices." + me.sig, q=l2b)
list_post(ken, at(2025, 1, 14, 13, 30), "Re: " + l2s, "Thanks both, very helpful.", [l2a_mid, l2b_mid], label=G, scen=("R-L2-2", "list reply in the OASBO 1099 thread"))

l3s = "Heads up: fake 'updated W-9' emails"
l3a_mid, l3a = list_post(sue, at(2025, 2, 11, 15, 5), l3s, "Two districts in our county got 'updated W-9' emails from look-alike vendor domains this week, each with a new "
                         "ACH form attached. Both quoted a real earlier email thread. Check the sender's domain letter by letter.")
list_post(pat, at(2025, 2, 11, 16, 20), "Re: " + l3s, "Thanks Sue Ann. Ours came from a domain missing one letter of the real one. Our vendor's real AR person had no idea.",
          [l3a_mid], label=G, scen=("R-L3-1", "list reply in the OASBO fake W-9 warning thread"), qrec=l3a)

# ================================================================ T26 Scioto Valley Bank: payroll file cut-off (Aug 2024)
t26 = Thread("T26", paul, "Labor Day week payroll file")
t26.add(me, "Hi Paul,\n\nWith Labor Day on Monday, what's the latest we can upload the payroll ACH file for the Friday 8/30 pay date? Our payroll "
        "specialist is out Wednesday.", at(2024, 8, 26, 10, 12))
t26.add(paul, "Hi Diane,\n\nThe holiday is after the pay date, so nothing changes for that file: the normal cut-off is 4:00 PM ET two business days before "
        "the effective date, so Wednesday 8/28 by 4:00. If Janet is out, you can upload it Tuesday and set the effective date to 8/30.", at(2024, 8, 26, 11, 40), G)
t26.add(me, "Perfect, we'll upload Tuesday. Thanks Paul.", at(2024, 8, 26, 11, 52))

# ================================================================ T12 Cardinal Learning: science adoption (Aug 2024), revived in Jan (G13)
t12 = Thread("T12", megan, "Maple Creek MS - Inquiry Science 6-8 adoption quote")
t12.add(megan, "Hi Diane,\n\nFollowing up on the adoption vote, attached is quote Q-0098213 for Inquiry Science grades 6-8: 410 student editions with "
        "6-year digital licenses, 14 teacher editions and the Grade 7 consumable workbooks. Pricing is the Ohio state contract price and "
        "includes shipping.\n\nYou can also view and accept the quote in our customer portal:\nhttps://orders.cardinallearning.example/quotes/Q-0098213",
        at(2024, 8, 19, 14, 5, CT), atts=[("Quote_Q-0098213_MapleCreekLSD.pdf", pdf(["Cardinal Learning Press - Quote Q-0098213", "Bill to: Maple Creek Local Schools",
                                                                                       "410 Inquiry Science 6-8 student edition + 6-yr digital", "14 teacher editions; 160 Grade 7 workbooks",
                                                                                       "Total: $48,917.50 (Ohio contract pricing, freight included)"], producer="Salesforce CPQ",
                                                                                      when="20240819140000", zone="-05'00'"), "application/pdf")])
t12.add(me, "Thanks Megan. PO 25-00211 is attached; please reference it on the invoice. Ship to the middle school, attention Room 108.",
        at(2024, 8, 20, 9, 20), atts=[("PO_25-00211.pdf", pdf(["MAPLE CREEK LOCAL SCHOOLS - PURCHASE ORDER 25-00211", "Vendor: Cardinal Learning Press",
                                                                "Ref: Quote Q-0098213", "Amount: $48,917.50", "Ship to: Maple Creek Middle School, Room 108"],
                                                               producer="Redwood Fiscal", when="20240820091500", zone="-04'00'"), "application/pdf")])
t12.add(megan, "Thank you, Diane! Order 0098213 is confirmed; the acknowledgement is attached and you can track shipments in the portal: "
        "https://orders.cardinallearning.example/orders/0098213\n\nOne note: the Grade 7 workbooks are back-ordered at the printer until late "
        "September. Everything else ships this week.", at(2024, 8, 20, 11, 48, CT), GH,
        scen=("G11", "publisher rep's Salesforce reply with an order acknowledgement PDF and a link to the publisher's real customer portal"),
        atts=[("Order_Ack_0098213.pdf", pdf(["Cardinal Learning Press - Order Acknowledgement 0098213", "PO 25-00211", "Backorder: Grade 7 workbooks (est. 9/27)"],
                                            producer="Salesforce CPQ", when="20240820104000", zone="-05'00'"), "application/pdf")])
t12.add(me, "Thanks for the heads-up. The teachers can start with the digital workbook.", at(2024, 8, 20, 13, 2))
sw_ref = f"ref:!00D4x0Yq7.!5004x01Lk9P:ref"
emit(clp_care, "sfcase", at(2024, 10, 2, 13, 14, CT), [(me.name, me.email)], None, f"Case 01284477: Missing teacher editions - Maple Creek MS [ {sw_ref} ]", [],
     plain=("Hello Diane,\n\nThank you for contacting Cardinal Learning Customer Care. Your case 01284477 has been updated:\n\n"
            "The two missing Grade 8 teacher editions shipped today via UPS Ground. You can view the case and the tracking details here:\n"
            "https://support.cardinallearning.example/s/case/5004x00001Lk9PAAS/view\n\nCase status: Pending customer confirmation\n\n"
            "Cardinal Learning Customer Care | 1-800-555-0142 | Mon-Fri 7:30 AM - 6:00 PM CT\n\n" + f"[ {sw_ref} ]"),
     html=('<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Hello Diane,</p><p>Thank you for contacting Cardinal Learning Customer Care. Your case <b>01284477</b> has been updated:</p>'
           '<p>The two missing Grade 8 teacher editions shipped today via UPS Ground.</p><p><a href="https://support.cardinallearning.example/s/case/5004x00001Lk9PAAS/view">View your case</a></p>'
           f'<p>Case status: Pending customer confirmation</p><p style="color:#777;font-size:11px">Cardinal Learning Customer Care | 1-800-555-0142</p><p style="display:none">[ {sw_ref} ]</p></body></html>'),
     reply_to="Cardinal Learning Customer Care <customercare@cardinallearning.example>",
     label=GH, scen=("G12", "publisher's Salesforce Service Cloud case notification (no reply headers, case link, ref tag)"))
t12.add(megan, "Hi Diane,\n\nCircling back on this one from August: the Grade 7 workbooks finally came off the press and shipped yesterday, 160 copies "
        "to Room 108. UPS tracking: https://www.ups.com/track?tracknum=1Z8V94E20398471156\n\nBecause of the delay we applied a 10% credit to the "
        "workbook line; the final invoice 0098213-2 will show it. Sorry again for the wait!", at(2025, 1, 28, 10, 31, CT), GH,
        scen=("G13", "publisher rep revives the August order thread after five months (back-order shipped, UPS tracking link)"))
t12.add(me, "Great news, thanks Megan. I'll let the science teachers know.", at(2025, 1, 28, 11, 50))

# ================================================================ T9 Tri-County: Chromebook order (Sept-Oct 2024)
drive_q = f"https://drive.google.com/file/d/1{b64u(24)[:32]}/view?usp=sharing"
t9 = Thread("T9", brian, "Quote Q-24117 - 180 Chromebooks for Maple Creek")
t9.add(brian, "Hi Diane,\n\nAs promised after Thursday's tech committee meeting, here's the quote for 180 Lenovo 300e Gen 4 Chromebooks with Chrome "
       f"Education Upgrade licenses and 3-year accidental damage protection:\n{drive_q}\n\nPricing is good through 9/30.", at(2024, 9, 9, 15, 44))
t9.add(me, "Thanks Brian. Could you also send it as a PDF? The board packet needs an attachment, not a link. The board votes on 9/16.", at(2024, 9, 10, 8, 31))
t9.add(brian, "Of course - PDF attached. FYI these aren't E-Rate eligible, so it's all general fund.", at(2024, 9, 10, 9, 2), G,
       atts=[("TCTP_Quote_Q-24117.pdf", pdf(["Tri-County Technology Partners - Quote Q-24117", "180x Lenovo 300e Gen 4 Chromebook", "180x Chrome Education Upgrade",
                                             "180x 3-yr ADP", "Total: $71,460.00  (valid through 9/30/2024)"], producer="Google Docs Renderer", when="20240910085800", zone="-04'00'"),
              "application/pdf")])
t9.add(me, "Board approved it last night. PO 25-00418 is attached.", at(2024, 9, 17, 8, 12),
       atts=[("PO_25-00418.pdf", pdf(["MAPLE CREEK LOCAL SCHOOLS - PURCHASE ORDER 25-00418", "Vendor: Tri-County Technology Partners", "Ref: Quote Q-24117",
                                      "Amount: $71,460.00"], producer="Redwood Fiscal", when="20240917080500", zone="-04'00'"), "application/pdf")])
drive_q2 = f"https://drive.google.com/file/d/1{b64u(24)[:32]}/view?usp=sharing"
t9.add(brian, "Thanks Diane! Order is placed with the distributor, ETA 10/7 to the tech office. I put the revised quote with the actual freight "
       f"(came in $140 lower) in the same folder:\n{drive_q2}", at(2024, 9, 18, 10, 26), GH,
       scen=("G7", "IT reseller shares another Google Drive link in a thread that has always carried Drive links"))
t9.add(me, "All 180 arrived at the tech office this morning. For our fixed-asset records I need the serial numbers and the Chrome license IDs - "
       "can you send them as a file?", at(2024, 10, 9, 13, 40))
sheet_url = f"https://docs.google.com/spreadsheets/d/1{b64u(30)[:43]}/edit?usp=sharing_eil_m&ts={hx(24)}"
google_share(at(2024, 10, 10, 9, 2), brian, "Sheet", "MCLSD Chromebook serials - PO 25-00418", sheet_url, "Serials for your asset records",
             label=GH, scen=("G8", "Google Sheets share notification from the reseller (drive-shares-dm-noreply, no reply headers)"))
serial_rows = [["serial", "model", "license_id", "asset_tag"]] + [[f"PF{alnum(6).upper()}", "82W2", f"CEU-{HX(12)}", f"MCL-{24000 + i}"] for i in range(180)]
t9.add(brian, "I shared the sheet a minute ago, but the license IDs don't come through cleanly there, so here is also the zipped CSV export "
       "from the distributor portal (serials, license IDs, and the asset tags we printed).", at(2024, 10, 10, 9, 14), GH,
       scen=("G10", "reseller sends the zipped CSV export of serials/licence IDs the district asked for"),
       atts=[("MCLSD_PO25-00418_serials.zip", zip_build([("PO25-00418_serials.csv", csv_bytes(serial_rows)),
                                                         ("PO25-00418_licenses.csv", csv_bytes([[r[2], r[0]] for r in serial_rows]))], when=(2024, 10, 10, 9, 10, 0)),
              "application/zip")])
t9.add(me, "Perfect - imported into the asset system. Thank you!", at(2024, 10, 10, 11, 5))

# ================================================================ T10 Tri-County AR: invoice, vendor setup for ACH (Oct 2024) + A6 look-alike W-9 (Jan 2025)
t10 = Thread("T10", nicole, "Invoice 24-3381 - PO 25-00418")
t10.add(nicole, "Hi Diane,\n\nAttached is invoice 24-3381 for PO 25-00418 (180 Chromebooks, licenses and ADP), $71,320.00 net 30.",
        at(2024, 10, 15, 10, 3), atts=[("TCTP_Invoice_24-3381.pdf", pdf(["Tri-County Technology Partners - Invoice 24-3381", "PO 25-00418",
                                                                          "Amount due: $71,320.00   Terms: Net 30"], producer="QuickBooks Online", when="20241015095900", zone="-04'00'"), "application/pdf")])
t10_d = t10.add(me, "Hi Nicole,\n\nThanks. You're set up for checks with us but not ACH yet. If you'd like to be paid electronically, please send a "
                "current W-9 and our vendor ACH enrollment form (attached), signed. I'll call your office to confirm the account before we activate it.",
                at(2024, 10, 15, 11, 20), atts=[("MCLSD_Vendor_ACH_Enrollment.pdf", pdf(["Maple Creek Local Schools - Vendor ACH Enrollment", "Vendor name / Remit address",
                                                                                         "Bank name / Routing number / Account number / Account type", "Authorized signature / Title / Date"],
                                                                                        producer="Microsoft\u00ae Word 2019", when="20230612100000", zone="-04'00'"), "application/pdf")])
tct_rt, tct_acct = routing("0442"), f"{R.randint(10 ** 9, 10 ** 10 - 1)}"
t10.add(nicole, "Hi Diane,\n\nCompleted W-9 and the signed ACH form are attached. Our controller, Greg Sato, can confirm the account - his direct line "
        "is on our website as well as in your vendor file.", at(2024, 10, 16, 14, 12), GH,
        scen=("G34", "reseller's AR returns the W-9 and ACH enrollment form the district asked for (bank details in the attachments)"),
        atts=[("TCTP_W-9_2024.pdf", pdf(["Form W-9 (Rev. March 2024) Request for Taxpayer Identification Number and Certification", "Name: Tri-County Technology Partners LLC",
                                         "Federal tax classification: LLC - S corporation", "Address: 640 Polaris Pkwy, Suite 210, Westerville, OH 43082",
                                         f"EIN: 31-{R.randint(1000000, 9999999)}", "Signature: Greg Sato, Controller   Date: 10/16/2024"], producer="Adobe PDF Library 23.8",
                                        when="20241016140500", zone="-04'00'"), "application/pdf"),
              ("MCLSD_ACH_Enrollment_TriCounty.pdf", pdf(["Maple Creek Local Schools - Vendor ACH Enrollment", "Vendor: Tri-County Technology Partners LLC",
                                                          f"Bank: Heritage Ohio Bank   Routing: {tct_rt}   Account: ****{tct_acct[-4:]}  (checking)",
                                                          "Authorized: Greg Sato, Controller   10/16/2024"], producer="Adobe PDF Library 23.8", when="20241016140700", zone="-04'00'"), "application/pdf")])
t10.add(me, "Thanks Nicole. I confirmed the account with Greg by phone this afternoon; you're active for ACH and invoice 24-3381 is on the 10/25 run.",
        at(2024, 10, 16, 16, 2))
t10.add(nicole, "Wonderful, thank you!", at(2024, 10, 17, 8, 40), G)

# ================================================================ T14 Lakeshore: HS copier lease buyout (Nov 2024)
t14 = Thread("T14", tina, "Lease 4471-03 (HS copiers) - end of term options")
t14.add(me, "Hi Tina,\n\nLease 4471-03 for the three high school copiers ends 3/31/2025. Could you send us the buyout amount and what a new lease "
        "would look like? Thomas wants both options for the December board meeting.", at(2024, 11, 12, 9, 40))
sp_own = f"https://lakeshoreoffice-my.sharepoint.com/:b:/g/personal/tmarchetti_lakeshoreoffice_example/E{alnum(21)}-{alnum(21)}?e={alnum(6)}"
t14.add(tina, f"Hi Diane,\n\nThe buyout quote is in our customer folder: {sp_own}\n\nFair market value buyout for the three units is $2,350 total. "
        "I'll put the new-lease option together this week.", at(2024, 11, 13, 14, 22), GH,
        scen=("G15", "leasing company shares a SharePoint link from its own tenant (lakeshoreoffice-my.sharepoint.com)"))
t14.add(me, "Got it, the link opened fine. Thanks Tina - we'll wait for the new-lease numbers.", at(2024, 11, 13, 15, 1))
t14.add(tina, "Will do Monday - on the road at customer sites today and tomorrow.\n\nGet Outlook for iOS", at(2024, 11, 15, 19, 52), GH, client="outlook-ios", sig=False,
        scen=("G14", "leasing administrator replies from Outlook for iOS in the evening (different client, no signature)"))
t14.add(tina, "Hi Diane,\n\nAs promised: new 60-month FMV lease for three bizhub C451i units at $412/month including service and 2,500 color "
        "pages/month. Proposal attached.", at(2024, 11, 18, 10, 5), G,
        atts=[("Lakeshore_Proposal_MCLSD_HS_2025.pdf", pdf(["Lakeshore Office Solutions - Lease Proposal", "3x Konica Minolta bizhub C451i",
                                                            "60-month FMV lease, $412.00/month incl. service", "Color allowance 2,500 pages/month"],
                                                           producer="Microsoft\u00ae Word for Microsoft 365", when="20241118095800"), "application/pdf")])
t14.add(me, "Thanks Tina, Thomas is taking it to the board on 12/16.", at(2024, 11, 18, 10, 44))

# ================================================================ T15 Lakeshore: overage invoice (Feb 2025) + A4 SharePoint share from a third tenant
t15 = Thread("T15", tina, "Overage invoice 88120 - HS Copy Room C650i")
t15.add(tina, "Hi Diane,\n\nAttached is overage invoice 88120 for the HS Copy Room C650i (Q2 color overage, 4,118 pages at $0.049). Could you confirm "
        "the meter from your side before you pay it?", at(2025, 2, 3, 11, 12),
        atts=[("Invoice_88120.pdf", pdf(["Lakeshore Office Solutions - Invoice 88120", "Lease 4471-03  Device AA2J021003317 (HS Copy Room)",
                                         "Color overage 4,118 @ $0.049 = $201.78"], producer="e-automate", when="20250203110000"), "application/pdf")])
t15.add(me, "Hi Tina, the HS office read the copy room machine this morning: 184,220 black / 22,911 color, which matches your invoice. "
        "It's on the 2/14 run.", at(2025, 2, 4, 9, 15))
t15.add(tina, "Thank you!", at(2025, 2, 4, 9, 31), G)
while len(t15.blocks) < len(t15.refs): t15.blocks.append(rbytes(5))
sp_bad = f"https://northfieldlandscapes-my.sharepoint.com/:o:/g/personal/office_northfieldlandscapes_example/E{alnum(22)}{alnum(21)}?e={alnum(6)}"
a4_plain = ("Tina Marchetti shared a file with you\n\nLakeshore_Lease_Reconciliation_FY25\n\nHi Diane, here's the lease reconciliation for 4471-03 ahead of the "
            "end of term. Please review it before our call.\n\n" + sp_bad + "\n\nThis link will work for anyone in Maple Creek Local Schools.\n\n"
            "Privacy Statement\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052")
a4_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><table width="640" style="font-family:Segoe UI,Helvetica,Arial,sans-serif;border:1px solid #e1e1e1">'
           '<tr><td style="padding:28px 32px 8px 32px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/brand-icons/product/png/onedrive_48x1.png" width="32" height="32" alt="">'
           '</td></tr><tr><td style="padding:0 32px;font-size:21px;color:#323130">Tina Marchetti shared a file with you</td></tr>'
           '<tr><td style="padding:16px 32px;font-size:14px;color:#323130">Hi Diane, here\u2019s the lease reconciliation for 4471-03 ahead of the end of term. Please review it before our call.</td></tr>'
           f'<tr><td style="padding:8px 32px"><table style="border:1px solid #e1e1e1;width:100%"><tr><td style="padding:12px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/one.png" width="24" alt=""> '
           f'<a href="{sp_bad}" style="color:#0078d4;font-size:16px;text-decoration:none">Lakeshore_Lease_Reconciliation_FY25</a></td></tr></table></td></tr>'
           f'<tr><td style="padding:16px 32px"><a href="{sp_bad}" style="background:#0078d4;color:#fff;padding:9px 24px;text-decoration:none;font-size:14px">Open</a></td></tr>'
           '<tr><td style="padding:16px 32px;font-size:12px;color:#605e5c">This link will work for anyone in Maple Creek Local Schools.<br><br>Privacy Statement<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>')
emit(tina, "owa", at(2025, 3, 5, 16, 3), [(me.name, me.email)], None, "RE: Overage invoice 88120 - HS Copy Room C650i", list(t15.refs), plain=a4_plain, html=a4_html,
     topic=t15.subj, tidx=base64.b64encode(t15.tbase + b"".join(t15.blocks[:len(t15.refs)]) + rbytes(5)).decode(), label=HJ("server-hijack"),
     scen=("A4", "leasing company's real M365 mailbox (same headers): OneDrive-style 'shared a file' body, link to a OneNote on another company's SharePoint tenant, no quote"))

# ================================================================ T16 HVAC: new vendor setup (Sept 2024)
ron_est = ("Elm Street Elementary - boiler #2\n\nReplace ignition control module and flame rod, clean burners, combustion test.\n"
           "Parts $612.00, labor 5 hrs @ $95 = $475.00\nTotal $1,087.00\n\nRon Dietrich\nDietrich Heating & Cooling\n(740) 555-0117")
fwd_date = at(2024, 9, 20, 16, 48)
t16a = Thread("T16a", linda, "Fwd: Elm Street boiler estimate")
t16a.add(linda, "Diane - I approved this with Mr. Kessler (maintenance). Ron fixed boiler #2 this morning; he's not in our vendor system yet. "
        "Can you get him set up so he can be paid?" + linda.sig + "\n\n---------- Forwarded message ---------\nFrom: Ron Dietrich <ron.dietrichhvac@aol.com>\n"
        f"Date: {fwd_date:%a}, {fwd_date:%b} {fwd_date.day}, {fwd_date.year} at {h12(fwd_date)}\nSubject: Elm Street boiler estimate\nTo: Linda Okafor <lokafor@{OWN}>\n\n\n"
        + ron_est, at(2024, 9, 23, 8, 5), GH, to=[(me.name, me.email)], sig=False,
        scen=("G35", "principal forwards (Fwd:) a contractor's estimate to AP so he can be set up as a vendor"))
t16 = Thread("T16", ron, "Maple Creek Local Schools - vendor setup (W-9 / ACH)")
t16.add(me, "Hi Mr. Dietrich,\n\nLinda Okafor forwarded your estimate for the Elm Street boiler. To pay you we need you set up as a vendor: please send "
        "a W-9 and, if you'd like direct deposit instead of a check, our ACH enrollment form (attached). I will call you at the number on your "
        "estimate to confirm the bank account before we activate it.", at(2024, 9, 23, 9, 30), to=[(ron.name, ron.email)], cc=[(linda.name, linda.email)],
        atts=[("MCLSD_Vendor_ACH_Enrollment.pdf", pdf(["Maple Creek Local Schools - Vendor ACH Enrollment", "Vendor name / Remit address",
                                                       "Bank name / Routing number / Account number / Account type", "Authorized signature / Title / Date"],
                                                      producer="Microsoft\u00ae Word 2019", when="20230612100000", zone="-04'00'"), "application/pdf")])
ron_rt = routing("0441")
t16.add(ron, "Hi Diane\nForms attached. I'd rather do direct deposit, checks got lost in the mail twice last year.\nThanks\nRon", at(2024, 9, 24, 19, 12), GH,
        scen=("G16", "new small vendor (AOL) returns the W-9 and ACH enrollment with bank details that AP requested"), sig=False,
        atts=[("W9 Dietrich.pdf", pdf(["Form W-9 (Rev. March 2024)", "Name: Ronald Dietrich", "Business name: Dietrich Heating & Cooling",
                                       "Federal tax classification: Individual/sole proprietor", "Address: 3318 Township Rd 92, Maple Creek, OH 43062",
                                       "SSN: XXX-XX-" + str(R.randint(1000, 9999)), "Signature: Ron Dietrich   9/24/2024"], producer="iOS Version 17.6.1 (Build 21G93) Quartz PDFContext",
                                      when="20240924190500", zone="-04'00'"), "application/pdf"),
              ("ACH form.pdf", pdf(["Maple Creek Local Schools - Vendor ACH Enrollment", "Vendor: Dietrich Heating & Cooling", f"Bank: Licking Valley Savings   Routing: {ron_rt}   Account: ****0916",
                                    "Authorized: Ron Dietrich   9/24/2024"], producer="iOS Version 17.6.1 (Build 21G93) Quartz PDFContext", when="20240924190700", zone="-04'00'"), "application/pdf")])
t16.add(me, "Thanks Ron. I called you at (740) 555-0117 and confirmed the account ending 0916. You're vendor 10388 and set up for direct deposit.",
        at(2024, 9, 25, 10, 2), cc=[(linda.name, linda.email)])
t16.add(ron, "Thanks Diane", at(2024, 9, 25, 12, 40), G)

# ================================================================ T17 HVAC: boiler invoices (Oct 2024 - Feb 2025) + A9 account takeover
t17 = Thread("T17", ron, "Invoice 3291 Elm St boiler")
t17.add(ron, "Diane\nInvoice for the Elm St boiler #2 job attached. Same as the estimate Linda sent you.\nRon", at(2024, 10, 28, 18, 22), sig=False,
        atts=[("Invoice 3291.pdf", pdf(["DIETRICH HEATING & COOLING - INVOICE 3291", "Bill to: Maple Creek Local Schools - Elm Street Elementary",
                                        "Boiler #2: ignition control module, flame rod, burner cleaning, combustion test", "Parts $612.00  Labor $475.00  TOTAL $1,087.00"],
                                       producer="Invoice Simple", when="20241028181500", zone="-04'00'"), "application/pdf")])
t17.add(me, "Thanks Ron. Linda confirmed the work is done - it will pay by direct deposit on 11/8.", at(2024, 10, 29, 9, 5))
t17.add(ron, "Sounds good, thanks Diane.\nRon", at(2024, 10, 29, 17, 48), G, sig=False)
t17.add(ron, "Diane, Elm St boiler #2 acted up again Tue. Replaced the flame sensor under warranty, no charge. Pics attached for your file.\n\n"
        "BTW new cell number for me is 740-555-0172, my old phone died. Office line is the same.\n\nSent from AOL on Android", at(2025, 1, 9, 20, 14), GH,
        client="aol-android", sig=False, qrec=t17.recs[1], refs=t17.refs[:2], scen=("G17", "contractor writes from the AOL Android app (new client) with a new cell number and photos"),
        atts=[("IMG_20250107_142210.jpg", jpeg("samsung", "SM-S911U", "2025:01:07 14:22:10", 7000), "image/jpeg"),
              ("IMG_20250107_142531.jpg", jpeg("samsung", "SM-S911U", "2025:01:07 14:25:31", 7500), "image/jpeg")])
t17.add(me, "Thanks Ron, I've updated your cell number in our vendor file (the office line stays as is).", at(2025, 1, 10, 8, 44))
zip_pw = "3318"
a9_zip = zip_build([("DHC_Invoice_3318.lnk", lnk(r"/c rem probe22 test fixture (inert)")), ("IMG_3318_boiler.jpg", jpeg("Apple", "iPhone 12", "2025:02:17 10:02:44", 4000))],
                   password=zip_pw, when=(2025, 2, 18, 7, 40, 0))
t17.add(ron, "Good day Diane,\n\nPlease find attached invoice and photos for the recent work done at Elm Street. The file is protected for security, "
        f"use password {zip_pw} to open.\n\nKindly process the payment at your earliest convenience.\n\nRegards,\nRon Dietrich", at(2025, 2, 18, 8, 41),
        HJ("account-takeover"), client="outlook-smtp", sig=False, dtz=CST6, ip=f"102.89.{R.randint(32, 47)}.{R.randint(2, 250)}",
        scen=("A9", "contractor's AOL account used from Outlook over SMTP (Outlook Message-ID, other quote style, Date -0600): encrypted zip with a .lnk, password in the text"),
        atts=[("DHC_Invoice_3318.zip", a9_zip, "application/x-zip-compressed")])

# ================================================================ T1 Buckeye: fall field-trip invoices (Nov 2024)
t1 = Thread("T1", sharon, "Fall field trip invoices in one file")
t1.add(me, "Hi Sharon,\n\nOur auditors want every field trip charge matched to an approved trip request. Could you send me all of the fall field "
       "trip invoices (August through October) in one batch instead of individual emails? PDFs named by trip number would be ideal.", at(2024, 11, 4, 10, 20))
t1.add(sharon, "Hi Diane,\n\nSure thing - I'll pull them from our billing system and send them by Thursday.", at(2024, 11, 4, 13, 5), G)
ft_names = [f"FT-{2280 + i}_{s}_{d}.pdf" for i, (s, d) in enumerate([("MCHS", "0829"), ("MCHS", "0906"), ("ElmSt", "0913"), ("MCMS", "0918"), ("MCHS", "0920"),
                                                                    ("ElmSt", "0927"), ("MCMS", "1002"), ("MCHS", "1004"), ("ElmSt", "1009"), ("MCHS", "1011"),
                                                                    ("MCMS", "1016"), ("ElmSt", "1018"), ("MCHS", "1025"), ("MCHS", "1026")])]
t1.add(sharon, "Hi Diane,\n\nAttached is a zip with all 14 field trip invoices for August through October, named by trip number, school and date. "
       "Total $9,842.50. Let me know if any don't line up with your trip requests.", at(2024, 11, 7, 14, 40), GH,
       scen=("G1", "bus contractor sends the zip of 14 field-trip invoice PDFs the district requested"),
       atts=[("Buckeye_FieldTrips_Aug-Oct2024_MapleCreek.zip",
              zip_build([(nm, pdf([f"BUCKEYE STUDENT TRANSPORTATION - FIELD TRIP INVOICE {nm[:7]}", f"School: {nm.split('_')[1]}   Date: {nm.split('_')[2][:2]}/{nm.split('_')[2][2:4]}/2024",
                                  f"Amount: ${R.randint(38000, 124000) / 100:,.2f}"], producer="Microsoft\u00ae Excel\u00ae for Microsoft 365", when="20241107140000")) for nm in ft_names],
                        when=(2024, 11, 7, 14, 35, 0)), "application/zip")])
t1.add(me, "Got them, thanks. Two (FT-2291 and FT-2293) don't have a matching trip request on our side yet - checking with the high school office.",
       at(2024, 11, 8, 9, 12))
t1.add(sharon, "No rush. FT-2293 was the band trip to Ohio Stadium; Mr. Reyes' secretary booked it by phone, so there may not be a form.",
       at(2024, 11, 8, 10, 2), G)

# ================================================================ Buckeye monthly route invoices (T2 is January, with A1)
monthly = {}
for (y, mo, d), per, amt in [((2024, 9, 4), "August 2024", 28416.80), ((2024, 10, 3), "September 2024", 61204.35), ((2024, 11, 6), "October 2024", 64418.10),
                             ((2024, 12, 4), "November 2024", 55930.60), ((2025, 1, 8), "December 2024", 44872.25), ((2025, 2, 5), "January 2025", 62904.15),
                             ((2025, 3, 5), "February 2025", 60188.70), ((2025, 4, 3), "March 2025", 57310.40), ((2025, 5, 6), "April 2025", 61877.95)]:
    num = f"BST-{datetime.datetime.strptime(per, '%B %Y'):%y%m}-114"
    th = Thread("T2" if per == "January 2025" else f"M-{num}", sharon, f"Invoice {num} - Maple Creek LSD - {per} regular routes")
    th.add(sharon, f"Hi Diane,\n\nAttached is invoice {num} for {per} regular home-to-school routes (18 routes). Please let me know if you have any questions.",
           at(y, mo, d, 10, R.randint(0, 50)), atts=[(f"{num}_MapleCreekLSD.pdf", pdf([f"BUCKEYE STUDENT TRANSPORTATION, LLC - INVOICE {num}", "Customer: Maple Creek Local Schools",
                                                                                        f"Service period: {per} - regular routes 1-18", f"Amount due: ${amt:,.2f}   Terms: Net 20"],
                                                                                       producer="Microsoft\u00ae Excel\u00ae for Microsoft 365", when=f"{y}{mo:02d}{d:02d}094500"), "application/pdf")])
    monthly[per] = th
    if per in ("September 2024", "February 2025"):
        runs = {"August 2024": "9/13", "September 2024": "10/11", "October 2024": "11/8", "November 2024": "12/13", "December 2024": "1/10",
                "February 2025": "3/14", "March 2025": "4/11", "April 2025": "5/9"}
        th.add(me, f"Received, thanks Sharon. It's on the {runs[per]} run.", at(y, mo, d + 1, 9, R.randint(0, 40)))
        th.add(sharon, "Thank you!", at(y, mo, d + 1, 10, R.randint(0, 50)), G)
t2 = monthly["January 2025"]
t2.add(me, "Hi Sharon,\n\nRoute 14 shows 22 service days for January, but we had calamity days on 1/6, 1/9 and 1/10 when buses didn't run. "
       "Could you check?", at(2025, 2, 6, 9, 5))
t2.add(sharon, "You're right, Diane - our dispatch log had Route 14 running on the 10th for a make-up that was later cancelled. Revised invoice "
       "BST-2501-114R attached: $61,918.40.", at(2025, 2, 7, 11, 30), G,
       atts=[("BST-2501-114R_MapleCreekLSD.pdf", pdf(["BUCKEYE STUDENT TRANSPORTATION, LLC - INVOICE BST-2501-114R (REVISED)", "Customer: Maple Creek Local Schools",
                                                     "Service period: January 2025 - regular routes 1-18 (Route 14: 19 days)", "Amount due: $61,918.40   Terms: Net 20"],
                                                    producer="Microsoft\u00ae Excel\u00ae for Microsoft 365", when="20250207112500"), "application/pdf")])
t2.add(me, "Thanks, revised invoice entered. It will go out on the 2/14 ACH run.", at(2025, 2, 7, 13, 2))
new_rt, new_acct = routing("0313"), f"{R.randint(10 ** 10, 10 ** 11 - 1)}"
t2.add(sharon, "Good morning Diane,\n\nBefore Friday's ACH run goes out, please note that Buckeye has moved its operating accounts as part of our annual "
       "banking review. Please update our vendor record with the new remittance information in the attached letter signed by our CFO, and send "
       "the revised invoice BST-2501-114R to the new account.\n\nOur old account will be closed at the end of the week, so payments sent there "
       "after Friday will be returned and delayed. Kindly confirm by reply once the update is made.\n\nThank you!", at(2025, 2, 12, 5, 41),
       HJ("server-hijack"), scen=("A1", "bus contractor's real M365 mailbox (same headers and quote style) at 05:41: ACH change letter PDF before the payment run, faithful quote"),
       atts=[("Buckeye_Remittance_Update_2025.pdf", pdf(["BUCKEYE STUDENT TRANSPORTATION, LLC", "2201 Industrial Pkwy, Marysville, OH 43040", "February 11, 2025",
                                                        "RE: Change of remittance account", "Effective immediately, please remit all ACH payments to:",
                                                        f"Bank: Keystone Meridian Bank, N.A.   Routing (ABA): {new_rt}", f"Account: {new_acct}   Type: Business checking",
                                                        "Account name: Buckeye Student Transportation LLC", "Sincerely, Richard Holloway, Chief Financial Officer"],
                                                       producer="Microsoft\u00ae Word for Microsoft 365", when="20250211223000"), "application/pdf")])

# ================================================================ T3 Buckeye FY26 agreement via DocuSign (Mar 2025) + A11 display-name spoof
t3 = Thread("T3", dave, "FY26 route agreement - sending through DocuSign")
t3.add(dave, "Hi Diane and Thomas,\n\nThe FY26 student transportation agreement (3% fuel escalator as discussed at the February board meeting) is ready. "
       "Sharon will send it through DocuSign this week: Diane reviews first, then Thomas signs for the district.", at(2025, 3, 18, 14, 10),
       cc=[(thomas.name, thomas.email)])
t3.add(me, "Thanks Dave. I'll review as soon as it comes in. Please make sure the escalator language matches Exhibit B from the board packet.",
       at(2025, 3, 18, 15, 2), cc=[(thomas.name, thomas.email)])
env = ruuid()
docusign_mail(at(2025, 3, 19, 9, 33), sharon, "Please DocuSign: MCLSD FY26 Student Transportation Agreement",
              "Diane, please review the FY26 agreement (Exhibit B escalator as approved). Thomas will sign after your review. Thanks! - Sharon", "review", env,
              label=GH, scen=("G2", "real DocuSign envelope: participant's display name 'via Docusign' at docusign.net, Reply-To the vendor, no reply headers"))
t3.add(me, "Reviewed and approved in DocuSign - Exhibit B matches. Thomas is next.", at(2025, 3, 19, 11, 20), cc=[(thomas.name, thomas.email)])
t3.add(dave, "Thanks Diane!", at(2025, 3, 19, 11, 41), G)
docusign_mail(at(2025, 3, 21, 8, 2), sharon, "Completed: MCLSD FY26 Student Transportation Agreement", "All parties have completed the envelope.", "done", env, completed=True,
              atts=[("MCLSD FY26 Student Transportation Agreement.pdf", pdf(["STUDENT TRANSPORTATION SERVICES AGREEMENT - FY2026", "Maple Creek Local Schools and Buckeye Student Transportation, LLC",
                                                                            "Term: July 1, 2025 - June 30, 2026", "Exhibit B: fuel escalator 3%", "Signed: T. Brandt (Treasurer/CFO), R. Holloway (CFO)"],
                                                                           producer="Docusign", when="20250321080100", zone="-07'00'"), "application/pdf"),
                    ("Summary.pdf", pdf(["Certificate Of Completion", f"Envelope Id: {env.upper()}", "Status: Completed"], producer="Docusign", when="20250321080100", zone="-07'00'"), "application/pdf")])
ridge = Pt("Sharon Kowalski", "noreply@ridgelinedental.example", "phpmailer", "dns-ridge")
a11_link = f"https://esign-docs-review.example/envelope/{ruuid()}?r={b64u(18)}"
a11_quote = t3.recs[1]
a11_plain = ("Sharon Kowalski sent you a document to review and sign.\n\nAmendment No. 1 - FY26 Student Transportation Agreement (Exhibit B correction)\n\n"
             f"REVIEW DOCUMENT: {a11_link}\n\nDiane, our attorney caught an error in the Exhibit B escalator table, so the agreement needs a one-page "
             "amendment before July 1. Please review and sign by Friday so Thomas can countersign.\n\nSharon Kowalski\nBilling Manager\n"
             "Buckeye Student Transportation, LLC\n\n" + attribution("gmail", a11_quote, ET) + "\n\n" + _pre(a11_quote["plain"]))
a11_html = ('<html><body style="padding:0;margin:0;background-color:#eaeaea"><table role="presentation" align="center" width="640" style="background:#ffffff;font-family:Helvetica,Arial,Sans Serif">'
            '<tr><td style="padding:10px 24px"><img src="https://esign-docs-review.example/img/ds-logo.png" alt="Docusign" height="28"></td></tr>'
            '<tr><td style="background-color:#1e4ca1;color:#fff;padding:28px 24px;text-align:center;font-size:16px">Sharon Kowalski sent you a document to review and sign.<br><br>'
            f'<a href="{a11_link}" style="background-color:#ffc423;color:#333;font-weight:bold;padding:12px 22px;text-decoration:none">REVIEW DOCUMENT</a></td></tr>'
            '<tr><td style="padding:24px;font-size:15px;color:#333"><b>Amendment No. 1 - FY26 Student Transportation Agreement (Exhibit B correction)</b><br><br>Diane, our attorney caught an error '
            'in the Exhibit B escalator table, so the agreement needs a one-page amendment before July 1. Please review and sign by Friday so Thomas can countersign.<br><br>'
            'Sharon Kowalski<br>Billing Manager<br>Buckeye Student Transportation, LLC</td></tr></table><br><div class="gmail_quote">' + esc(attribution("gmail", a11_quote, ET))
            + f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{ebr(a11_quote["plain"])}</blockquote></div></body></html>')
emit(ridge, "phpmailer", at(2025, 4, 9, 10, 17), [(me.name, me.email)], None, "RE: FY26 route agreement - sending through DocuSign", list(t3.refs[:2]),
     plain=a11_plain, html=a11_html, ip=f"45.133.{R.randint(1, 250)}.{R.randint(2, 250)}", dtz=CST6,
     extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")], label=HJ("display-name-spoof"),
     scen=("A11", "vendor's display name from an unrelated compromised dental-office domain: DocuSign-styled 'amendment' with a link to an unknown domain, quotes Diane"))

# ================================================================ T4 Buckeye: spring sports shuttle, new dispatcher (Mar 2025)
t4 = Thread("T4", dave, "Spring sports shuttle to Hilltop fields")
t4.add(marcus, "Dave,\n\nWe need a daily shuttle from the high school to the Hilltop fields for spring sports, 3:05 PM departure, starting March 24 "
       "through May 16. Can you give us a cost estimate? Copying Diane for the PO.", at(2025, 3, 3, 12, 40), to=[(dave.name, dave.email)], cc=[(me.name, me.email)])
t4.add(dave, "Hi Marcus and Diane,\n\nHappy to help. Estimate is $148 per day for one 72-passenger bus, 38 school days = $5,624.\n\nI'm also adding "
       "Kayla Brooks, who takes over athletic and field trip dispatch from me on March 17. Kayla will be your contact for the daily trips.",
       at(2025, 3, 4, 9, 18), GH, to=[(marcus.name, marcus.email)], cc=[(me.name, me.email), (kayla.name, kayla.email)],
       scen=("G30", "bus contractor's manager replies-all and adds a new colleague in Cc"))
t4.add(me, "Thanks Dave. I'll open PO 25-00633 for $5,700 to cover it. Welcome, Kayla!", at(2025, 3, 4, 10, 2),
       to=[(dave.name, dave.email)], cc=[(marcus.name, marcus.email), (kayla.name, kayla.email)])
t4.add(kayla, "Hi Diane,\n\nKayla here from Buckeye dispatch - Dave introduced us a couple of weeks ago. The Hilltop shuttle starts Monday. Could you "
       "confirm the PO number so I can put it on the daily trip sheets?", at(2025, 3, 19, 13, 55), GH,
       scen=("G31", "the newly introduced dispatcher writes herself for the first time"))
t4.add(me, "Hi Kayla, it's PO 25-00633. Thanks!", at(2025, 3, 19, 14, 20), to=[(kayla.name, kayla.email)])
t4.add(kayla, "Got it, thank you!", at(2025, 3, 19, 14, 33), G)

# ================================================================ T5 Heartland: credit memo (Aug 2024), revived in March 2025 (G32)
t5 = Thread("T5", jim, "Credit for thawed cases - invoice 7718204")
t5.add(me, "Hi Jim,\n\nTwo cases of frozen chicken (item 40118) on invoice 7718204 arrived thawed at the high school kitchen on 8/22. Our food "
       "service supervisor refused them and the driver signed the exception. Could you issue a credit?", at(2024, 8, 27, 9, 30))
t5.add(jim, "Hi Diane,\n\nCredit memo CM-118552 for $96.40 is attached. Sorry about that - the driver reported a reefer problem that day.",
       at(2024, 8, 27, 14, 2), G, atts=[("CM-118552.pdf", pdf(["HEARTLAND FOODSERVICE DISTRIBUTORS - CREDIT MEMO CM-118552", "Customer 40-2218 MAPLE CREEK LOCAL SCHOOLS",
                                                              "Ref invoice 7718204 - 2 cs item 40118", "Credit: $96.40"], producer="FoodTrak Invoicing 11.2", when="20240827135500"), "application/pdf")])
t5.add(me, "Thanks Jim, we'll take it on the next payment.", at(2024, 8, 27, 14, 30))

# ================================================================ T6 Heartland: legitimate bank change (Oct-Nov 2024), verified
t6 = Thread("T6", carol, "Heartland Foodservice - remittance bank change effective 11/1")
t6.add(me, "Hi Carol,\n\nThanks for the call this morning about Heartland's bank change after the acquisition. As I mentioned, our policy requires "
       "the change in writing on your letterhead, and then I will call you back at the number in our vendor file before anything is updated.",
       at(2024, 10, 11, 11, 5), to=[(carol.name, carol.email)])
hfs_rt, hfs_acct = routing("0410"), f"{R.randint(10 ** 9, 10 ** 10 - 1)}4471"
hfs_letter = pdf(["HEARTLAND FOODSERVICE DISTRIBUTORS, INC.", "4400 Airport Hwy, Toledo, OH 43615", "October 14, 2024", "To our valued customers:",
                  "Following our acquisition by Great Lakes Provisions Holdings, Heartland's operating account moves to Great Plains Commerce Bank.",
                  "Effective November 1, 2024, please remit ACH payments to:", f"Great Plains Commerce Bank   ABA {hfs_rt}   Account ending {hfs_acct[-4:]}",
                  "Payments sent to our former account at Lake Erie National Bank will be forwarded through January 31, 2025.",
                  "Please verify this change by calling Credit Manager Carol Weiss at the number you have on file.", "Mark Jansen, Controller"],
                 producer="Microsoft\u00ae Word 2019", when="20241014083000", zone="-04'00'")
t6.add(carol, "Hi Diane,\n\nAs promised, attached is our notice on letterhead, signed by our controller. Please do call me before you change anything - "
       "we're telling every customer not to rely on phone numbers in emails, including this one.", at(2024, 10, 14, 9, 12), GH,
       scen=("G3", "food distributor's real bank-change letter (PDF), announced by phone and sent on request; verified by callback afterwards"),
       atts=[("Heartland_Bank_Change_Notice_Oct2024.pdf", hfs_letter, "application/pdf")])
t6.add(me, "Thomas - I called Carol at (419) 555-0120 (the number in our vendor file, not from the email) at 9:40 today and verified the routing number "
       f"and the account ending {hfs_acct[-4:]}. Callback form is in the vendor folder. Please approve the change for 11/1 per policy.",
       at(2024, 10, 15, 10, 5), to=[(thomas.name, thomas.email)], cc=[(carol.name, carol.email)])
fwd_t = at(2024, 10, 14, 8, 50)
t6.add(thomas, "Approved. For what it's worth, their controller sent me the same letter directly - forwarding it below so both copies are in the "
       "vendor folder. They match." + thomas.sig + "\n\n---------- Forwarded message ---------\nFrom: Mark Jansen <mjansen@heartlandfoodservice.example>\n"
       f"Date: {fwd_t:%a}, {fwd_t:%b} {fwd_t.day}, {fwd_t.year} at {h12(fwd_t)}\nSubject: Remittance bank change effective 11/1\nTo: Thomas Brandt <tbrandt@{OWN}>\n\n\n"
       "Mr. Brandt,\n\nPlease find attached our notice of the change of remittance bank effective November 1. Carol Weiss in our credit department "
       "is coordinating with your AP team.\n\nMark Jansen\nController, Heartland Foodservice Distributors", at(2024, 10, 15, 13, 48), GH,
       to=[(me.name, me.email)], subj="Fwd: Remittance bank change effective 11/1", refs=[], quote=False, detached=True, sig=False,
       scen=("G21", "treasurer forwards (Fwd:) the vendor controller's identical bank-change letter with his approval"),
       atts=[("Heartland_Bank_Change_Notice_Oct2024.pdf", hfs_letter, "application/pdf")])
erp_note(at(2024, 10, 16, 8, 12), "Vendor 10021 EFT information changed", ["Vendor 10021 HEARTLAND FOODSERVICE DISTRIBUTORS, INC.",
                                                                           f"EFT account changed by DMORALES, approved by TBRANDT. Effective 11/01/2024. New account ending {hfs_acct[-4:]}.",
                                                                           "Prenote will be sent with the next ACH file."], "vendors/10021/audit",
         label=GH, scen=("G24", "ERP notification that a vendor's EFT account was changed (the verified change), no reply headers"))
t6.add(jim, "Hi Diane,\n\nConfirming that your 11/8 ACH payment arrived in our new account ending 4471 - thank you for making the switch so smoothly.",
       at(2024, 11, 12, 10, 20), GH, to=[(me.name, me.email)], qrec=t6.recs[1],
       scen=("G4", "food distributor's AR confirms the first payment to the new (verified) account in the bank-change thread"))

# ================================================================ T7 Heartland: statement / OOO (Dec 2024) + A2 portal link from the real Exchange
t7 = Thread("T7", jim, "Statement of account - Maple Creek LSD - November")
t7.add(jim, "Hi Diane,\n\nAttached is your November statement. It shows three invoices over 30 days: 7738150, 7739442 and 7741802. Could you check "
       "on those?", at(2024, 12, 9, 10, 40),
       atts=[("Statement_40-2218_Nov2024.pdf", pdf(["HEARTLAND FOODSERVICE DISTRIBUTORS - STATEMENT", "Customer 40-2218 MAPLE CREEK LOCAL SCHOOLS  as of 11/30/2024",
                                                   "7738150  10/22/2024  $4,812.33  (38 days)", "7739442  10/29/2024  $5,390.07  (31 days)", "7741802  10/31/2024  $3,967.54  (30 days)"],
                                                  producer="FoodTrak Invoicing 11.2", when="20241209103500", zone="-05'00'"), "application/pdf")])
t7.add(me, "Hi Jim,\n\nThe first two were paid on the 11/22 ACH run (trace 0441 2294 1187). We never received 7741802 - can you send a copy?",
       at(2024, 12, 10, 8, 55))
emit(jim, "exooo", plus(t7.last["t"], seconds=38), [(me.name, me.email)], None, "Automatic reply: Statement of account - Maple Creek LSD - November", list(t7.refs),
     plain="I am out of the office through Monday, December 16, with limited access to email. For anything urgent, please contact Carol Weiss at "
           "(419) 555-0120 or cweiss@heartlandfoodservice.example.\n\nThank you,\nJim Pruitt",
     html=wrap_html("ex19", '<p class="MsoNormal">I am out of the office through Monday, December 16, with limited access to email. For anything urgent, please contact Carol Weiss at '
                           '(419) 555-0120 or <a href="mailto:cweiss@heartlandfoodservice.example">cweiss@heartlandfoodservice.example</a>.</p><p class="MsoNormal">Thank you,<br>Jim Pruitt</p>'),
     topic=t7.subj, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", jim.email)],
     label=GH, scen=("G5", "on-prem Exchange 'Automatic reply' out-of-office from the distributor's AR specialist"))
t7.add(jim, "Sorry for the delay, Diane - I was out last week. Copy of 7741802 attached.", at(2024, 12, 16, 9, 5), G,
       atts=[("INV_7741802.pdf", pdf(["HEARTLAND FOODSERVICE DISTRIBUTORS, INC. - INVOICE 7741802", "Bill to: MAPLE CREEK LOCAL SCHOOLS - FOOD SERVICE",
                                      "Ship date: 10/30/2024   Customer: 40-2218   Terms: NET 30", "TOTAL DUE: $3,967.54"], producer="FoodTrak Invoicing 11.2",
                                     when="20241031053000"), "application/pdf")])
t7.add(me, "Thanks Jim, it's on the 12/20 run.", at(2024, 12, 16, 10, 12))
portal = f"https://portal.hfd-customerpay.example/c/402218/invoices?tok={b64u(24)}"
t7.add(jim, "Hi Diane,\n\nPlease see below regarding the remaining balance on your account. As part of our move to a new billing platform after the "
       "acquisition, all open invoices must now be reviewed and paid through our customer payment portal. Invoices 7741802 and 7748811 still show "
       f"as open on our side.\n\nYou can view and settle them here:\n{portal}\n\nPlease sign in with your district email to access your account "
       "statement. Thank you for your prompt attention.", at(2025, 1, 8, 2, 14), HJ("server-hijack"),
       scen=("A2", "distributor's real on-prem Exchange (same headers) at 02:14: 'new billing platform' link on an unknown domain, faithful quote"))

# ================================================================ T8 Heartland: new AR contact (Jan-Feb 2025) + O2
t8 = Thread("T8", carol, "New AR contact for Maple Creek Local Schools")
t8.add(carol, "Hi Diane,\n\nJim Pruitt retires at the end of January after 27 years with Heartland. Starting February 3, your account will be handled "
       "by Brittany Lang (blang@heartlandfoodservice.example, (419) 555-0127). Our remittance information does not change.", at(2025, 1, 21, 10, 2))
t8.add(me, "Thanks Carol - congratulations to Jim, he's been great to work with. Welcome aboard, Brittany.", at(2025, 1, 21, 11, 15),
       cc=[(brittany.name, brittany.email)])
t8.add(brittany, "Hi Diane,\n\nBrittany from Heartland AR here - Carol introduced us a couple of weeks ago. I'm cleaning up the aging and see two "
       "short-pays on invoices 7752210 and 7752466 ($18.90 each). Were those pricing adjustments?", at(2025, 2, 4, 13, 22), GH,
       scen=("G6", "distributor's new AR specialist (introduced earlier) writes for the first time"))
t8.add(me, "Hi Brittany, yes - the half-pint milk was billed at $0.42 instead of the bid price of $0.39. The bid sheet is attached.",
       at(2025, 2, 4, 14, 10), to=[(brittany.name, brittany.email)],
       atts=[("FY25_Milk_Bid_Award.pdf", pdf(["Maple Creek Local Schools - FY25 Dairy Bid Award", "Heartland Foodservice Distributors", "1% white milk 8 oz: $0.39",
                                              "Fat-free chocolate milk 8 oz: $0.39"], producer="Microsoft\u00ae Excel\u00ae 2019", when="20240612100000", zone="-04'00'"), "application/pdf")])
t8.add(brittany, "Got it, I'll issue credits and close them out. Thanks!", at(2025, 2, 4, 14, 52), G)
t5.add(brittany, "Hi Diane,\n\nDigging up this old thread of Jim's: our year-end auditors are confirming open credits, and CM-118552 still shows as "
       "unapplied on our side. Do you know which payment you took it against?", at(2025, 3, 11, 11, 5), GH,
       scen=("G32", "credit-memo thread from August revived after 6.5 months by the new AR specialist for the year-end audit"))
t5.add(me, "Hi Brittany, we deducted it from the 9/13/2024 ACH payment - remittance detail attached.", at(2025, 3, 11, 13, 40), to=[(brittany.name, brittany.email)],
       atts=[("Remit_20240913_Heartland.pdf", pdf(["Maple Creek Local Schools - EFT Remittance 09/13/2024", "Vendor 10021 Heartland Foodservice Distributors",
                                                  "Less credit memo CM-118552: -$96.40"], producer="Redwood Fiscal", when="20240913070000", zone="-04'00'"), "application/pdf")])
t5.add(brittany, "Found it - our cash application had it against the wrong invoice. All set now, thank you!", at(2025, 3, 11, 14, 2), G)
remit_mid = make_mid(erp, "erp", at(2025, 4, 11, 6, 0))
o2_q = dict(t=at(2025, 4, 11, 6, 0), name="Redwood Fiscal (MOETC)", email="noreply@fiscal.moetc.example", to=[("", "remittance@heartlandfoodservice.example")],
            cc=[], subj="Maple Creek Local Schools - EFT Remittance Advice 04/11/2025",
            plain="Maple Creek Local Schools has initiated an EFT payment to your account.\n\nPayment date: 04/11/2025\nAmount: $21,644.18\n"
                  "Invoices: 7760114, 7760114, 7761920, 7763388\n\nQuestions: Maple Creek Local Schools Business Office, (740) 555-0134")
emit(brittany, "ex19", at(2025, 4, 14, 9, 31), [("Redwood Fiscal (MOETC)", "noreply@fiscal.moetc.example")], [(me.name, me.email)],
     "RE: Maple Creek Local Schools - EFT Remittance Advice 04/11/2025", [remit_mid],
     new="Hi Diane (copying you since the remittance address doesn't take replies),\n\nThis remittance lists invoice 7760114 twice and doesn't include "
         "7762045. Was the second line meant to be 7762045? The amount matches if so." + brittany.sig, q=o2_q, topic="Maple Creek Local Schools - EFT Remittance Advice 04/11/2025",
     label=GO, scen=("O2", "distributor's AR replies to the ERP's remittance advice (sent only to the vendor), Cc Diane; parent not in the mailbox"))

# ================================================================ T11 Tri-County: Elm Street replacement Chromebooks (Jan-Feb 2025) + A5 macro workbook
t11 = Thread("T11", brian, "PO 25-00587 - Elm Street replacement Chromebooks")
t11.add(me, "Hi Brian,\n\nPO 25-00587 for 30 replacement Chromebooks for Elm Street is attached. Linda asks whether delivery can be Tuesday 1/21 "
        "before 2 PM, because the 3rd grade starts MAP testing that week.", at(2025, 1, 13, 14, 5),
        atts=[("PO_25-00587.pdf", pdf(["MAPLE CREEK LOCAL SCHOOLS - PURCHASE ORDER 25-00587", "Vendor: Tri-County Technology Partners", "30x Lenovo 300e Gen 4 Chromebook",
                                       "Amount: $11,910.00", "Ship to: Elm Street Elementary"], producer="Redwood Fiscal", when="20250113140000"), "application/pdf")])
t11.add(brian, "Yes, the 21st works - I'll confirm the ship date tomorrow. Sorry for the late reply, catching up on email from my kid's basketball game.",
        at(2025, 1, 14, 22, 41), GH, client="gmail-ios", sig=False, scen=("G9", "reseller's account executive replies from the Gmail iOS app at 22:41, no signature"))
t11.add(brian, "Delivered to Elm Street this morning, signed for by M. Hollis in the office. Serials are on the packing list in each box.",
        at(2025, 1, 21, 11, 12), G)
t11.add(me, "Thank you, Brian!", at(2025, 1, 21, 11, 30))
xlsm = ooxml_xlsm([["Asset tag", "Serial", "Model", "Location"]] + [[f"MCL-{25100 + i}", "(protected - enable content)", "82W2", "Elm Street"] for i in range(30)],
                  "MCLSD Asset Tags PO 25-00587", "Brian Schaefer", "Tri-County Technology Partners", "2025-02-25T08:47:00Z")
t11.add(brian, "Hi Diane,\n\nAttached is the asset tag sheet for PO 25-00587 for your fixed-asset records, same as last time. The sheet is protected, "
        "so you'll need to click Enable Editing and then Enable Content to see the serial numbers.\n\nThanks!", at(2025, 2, 25, 3, 52), HJ("server-hijack"),
        scen=("A5", "reseller's real Google Workspace account (Gmail web headers) at 03:52: macro-enabled .xlsm 'asset tags', 'same as last time' (it was a zip of CSVs)"),
        atts=[("MCLSD_AssetTags_PO25-00587.xlsm", xlsm, "application/vnd.ms-excel.sheet.macroEnabled.12")])

# A6: look-alike reseller domain (Google Workspace) in the vendor-setup thread, altered quote
lk_nicole = Pt("Nicole Pham", "nicole@tricountytechpartner.example", "gmail", "look-tct",
               "\n\nThanks,\nNicole Pham\nAccounts Receivable | Tri-County Technology Partners\n(614) 555-0182 | ar@tricountytechpartners.example")
lk_rt, lk_acct = routing("1240"), f"{R.randint(10 ** 11, 10 ** 12 - 1)}"
t10.add(lk_nicole, "Hi Diane,\n\nHope the semester is off to a good start. Following up on your note from October below: Tri-County has moved its "
        "operating and remittance accounts as part of our year-end banking consolidation, so I'm sending our updated W-9 (new remittance "
        "address) and a new signed ACH enrollment form for your vendor file.\n\nPlease use the new account for invoice 24-3519 (Chrome Education "
        "licenses, $4,860.00), which is now past due, and for all future payments. Our account at Heritage Ohio Bank will be closed on January 31, "
        "so anything sent there after that date will be returned.\n\nGreg is traveling this week, so please send any questions to me by email and "
        "I'll get you an answer right away. Could you confirm once the change is made?", at(2025, 1, 27, 13, 18), HJ("lookalike-domain"),
        qrec=t10.recs[1], refs=t10.refs[:2], qmod=lambda p: p.replace("please send a current W-9 and our vendor ACH enrollment form (attached), signed. I'll call your office to confirm the account before we activate it.",
                 "please send a current W-9 and our vendor ACH enrollment form (attached), signed, and send an updated form whenever your banking changes."),
        scen=("A6", "look-alike reseller domain (tricountytechpartner, on Google Workspace): 'updated W-9' + new ACH form, quote altered to drop the callback sentence"),
        atts=[("TCTP_W-9_Updated_2025.pdf", pdf(["Form W-9 (Rev. March 2024) Request for Taxpayer Identification Number and Certification", "Name: Tri-County Technology Partners LLC",
                                                 "Address: 1 Easton Oval, Suite 400, Columbus, OH 43219", f"EIN: 31-{R.randint(1000000, 9999999)}", "Signature: Greg Sato   Date: 01/24/2025"],
                                                producer="Microsoft: Print To PDF", when="20250124171000", zone=""), "application/pdf"),
              ("MCLSD_ACH_Enrollment_TriCounty_2025.pdf", pdf(["Maple Creek Local Schools - Vendor ACH Enrollment", "Vendor: Tri-County Technology Partners LLC",
                                                               f"Bank: Summit Crest Bank   Routing: {lk_rt}   Account: {lk_acct}  (checking)", "Authorized: Greg Sato, Controller   01/24/2025"],
                                                              producer="Microsoft: Print To PDF", when="20250124171300", zone=""), "application/pdf")])

# ================================================================ T13 Cardinal: FY26 digital renewal (Mar-Apr 2025) + A3 QR-code PDF via the real Salesforce
t13 = Thread("T13", megan, "FY26 digital license renewal - Maple Creek LSD")
t13.add(megan, "Hi Diane,\n\nIt's renewal season already! Attached is renewal quote R-0117420 for the FY26 Inquiry Science digital licenses "
        "(410 students). The renewal is due by June 30; a PO dated after July 1 is fine.", at(2025, 3, 24, 10, 12, CT),
        atts=[("Renewal_Quote_R-0117420.pdf", pdf(["Cardinal Learning Press - Renewal Quote R-0117420", "Maple Creek Local Schools", "410 Inquiry Science 6-8 digital licenses, FY26",
                                                   "Total: $6,355.00   Due: 6/30/2025"], producer="Salesforce CPQ", when="20250324100500", zone="-05'00'"), "application/pdf")])
t13.add(me, "Thanks Megan. I'll put it on the FY26 requisition list; it will be a new PO after July 1.", at(2025, 3, 24, 13, 30))
t13.add(megan, "Sounds perfect, thank you Diane!", at(2025, 3, 24, 14, 2, CT), G)
qr_url = "https://cardinal-k12renew.example/pay/R-0117420?d=MCLSD&s=" + lower(10)
qr_pdf = pdf(["CARDINAL LEARNING PRESS - RENEWAL INVOICE R-0117420", "Maple Creek Local Schools - FY26 digital licenses (410)", "Amount due: $6,355.00",
              "FY25 pricing is held only for invoices settled by April 30, 2025.", "Scan the code below with your phone camera to open the secure payment page,",
              "or click here to pay online."], producer="Salesforce CPQ", when="20250415230500", zone="-05'00'", uris=[qr_url], image=qr_gray(qr_url))
emit(megan, "sfdc", at(2025, 4, 15, 23, 10, CT), [(me.name, me.email)], None, "RE: FY26 digital license renewal - Maple Creek LSD", list(t13.refs),
     new="Hi Diane,\n\nQuick update on the renewal: to lock in FY25 pricing, our finance team now needs renewal invoices settled through our secure "
         "payment page by April 30. Your invoice with the payment QR code is attached - just scan it with your phone camera to open the page.\n\n"
         "Thank you!" + megan.sig, q=None,
     atts=[("Invoice_R-0117420_MapleCreek.pdf", qr_pdf, "application/pdf")],
     label=HJ("server-hijack"), scen=("A3", "publisher rep's real Salesforce-sent mail (same headers) at 23:10 CT: invoice PDF with a QR code and link to an unknown payment domain, no quote"))

# ================================================================ T18 Treasurer: check run approvals (internal threads)
for (y, mo, d), note, ans in [((2024, 10, 23), " Includes the Tri-County Chromebook invoice ($71,320.00).", "Approved. Nice job getting Tri-County on ACH."),
                              ((2024, 12, 18), " Last run before break; Heartland's December invoices are all on it.", "Approved - have a good break, Diane."),
                              ((2025, 2, 26), " Includes Buckeye's revised January invoice at the amount on file.", "Approved. Thanks for holding Buckeye until we heard back from Sharon.")]:
    tr = Thread(f"T18-{mo:02d}{d:02d}", thomas, f"AP run {datetime.date(y, mo, d) + datetime.timedelta(days=2):%m/%d} ready for approval")
    tr.add(me, f"Thomas,\n\nThe {datetime.date(y, mo, d) + datetime.timedelta(days=2):%m/%d} AP run is ready in Redwood for your approval: the register is attached.{note}",
           at(y, mo, d, 14, R.randint(0, 50)), atts=[(f"AP_Register_{datetime.date(y, mo, d) + datetime.timedelta(days=2):%Y%m%d}.pdf",
                                                       pdf(["Maple Creek Local Schools - AP Check/EFT Register", f"Run date {datetime.date(y, mo, d) + datetime.timedelta(days=2):%m/%d/%Y}",
                                                            f"Checks {R.randint(18, 40)}   EFT {R.randint(9, 22)}"], producer="Redwood Fiscal", when=f"{y}{mo:02d}{d:02d}140000"), "application/pdf")])
    tr.add(thomas, ans, at(y, mo, d, 16, R.randint(0, 50)), G)

# ================================================================ T23 Payroll (Janet): file upload coverage
t23 = Thread("T23", janet, "Payroll file for 11/22 - can you upload?")
t23.add(janet, "Hi Diane,\n\nI'm at the SSDT payroll training in Columbus on Wednesday. The 11/22 payroll ACH file is in the usual folder (Payroll > "
        "FY25 > ACH). Could you upload it to Scioto Valley by 2 PM? Thomas already approved the register.", at(2024, 11, 18, 15, 30))
t23.add(me, "Sure, I'll upload it Wednesday morning and send you the confirmation number.", at(2024, 11, 18, 15, 48))
t23.add(me, "Uploaded at 9:12 - confirmation 448120, 2 batches, 628 entries, total matches the register.", at(2024, 11, 20, 9, 15))
t23.add(janet, "You're the best, thank you!", at(2024, 11, 20, 12, 5), G)
erp_note(at(2025, 1, 29, 16, 40), "Employee self-service: direct deposit change submitted", ["An employee submitted a direct deposit change in Employee Self Service.",
                                                                                           "Employee: 10877 (Custodial - Maple Creek MS)", "Change: add new primary account; effective with the 02/14/2025 payroll",
                                                                                           "Status: pending payroll review (prenote required)"], "payroll/dd-changes/10877",
         to=[(janet.name, janet.email)], cc=[(me.name, me.email)], label=GH,
         scen=("G23", "ERP notification of a direct-deposit change submitted in employee self-service, no reply headers"))

# ================================================================ T19 Superintendent: Staff Appreciation Week (Apr 2025) + A7 gift cards from Gmail
t19 = Thread("T19", whitfield, "Staff Appreciation Week - purchasing")
t19.add(whitfield, "Diane,\n\nStaff Appreciation Week is May 5-9. The PTOs are doing lunch in each building on Tuesday, and the district will cover "
        "breakfast for all staff on Friday. Could you set up the purchasing with Sugar Maple Bakery like last year? Thomas, copying you for the "
        "budget line.", at(2025, 4, 22, 15, 40), cc=[(thomas.name, thomas.email)])
t19_me = t19.add(me, "Will do. Sugar Maple Bakery is an active vendor, so I'll open a PO for up to $2,400 against the superintendent's office "
                 "supplies line. As a reminder, district funds can't be used for gift cards or other cash equivalents, so any raffle prizes would need "
                 "to come from the PTOs or donations.", at(2025, 4, 22, 16, 12), cc=[(thomas.name, thomas.email)])
t19.add(whitfield, "Perfect, thank you Diane.\n\nSent from my iPad", at(2025, 4, 23, 6, 5), GH, client="ipad", sig=False, cc=[(thomas.name, thomas.email)],
        scen=("G22", "superintendent replies from her iPad at 06:05 (iPad Mail, no signature)"))
spoof_w = Pt("Angela Whitfield", "dr.angelawhitfield.mcsd@gmail.com", "gmail", "gmail")
t19.add(spoof_w, "Diane, are you at your desk? I'm tied up in meetings with the board president all afternoon and can't take calls.\n\n"
        "I want to surprise our bus drivers and custodians this week with a personal thank-you from me, not from district funds. I need 12 Visa "
        "gift cards at $200 each. Can you pick them up on your way back from lunch? Scratch off the back, take a clear picture of each card and "
        "email them to me here. I'll reimburse you personally tomorrow.\n\nPlease keep this between us for now, it's a surprise.\n\n"
        "Dr. Angela Whitfield\nSuperintendent", at(2025, 4, 29, 11, 52), HJ("display-name-spoof"), sig=False, qrec=t19.recs[1], refs=t19.refs[:2],
        scen=("A7", "superintendent's display name from a Gmail address: gift cards 'from me personally', context-aware (quotes Diane's no-gift-card note)"))

# ================================================================ T20 Principal Marcus: referee fee reimbursement (Sept-Oct 2024)
t20 = Thread("T20", marcus, "Reimbursement - referee fees paid in cash (Coach Daniels)")
t20.add(marcus, "Diane,\n\nCoach Daniels paid the referees in cash at Saturday's scrimmage because the checks weren't ready ($240). Receipts attached - "
        "can we reimburse him?", at(2024, 9, 30, 10, 15),
        atts=[("Referee receipts 9-28.pdf", pdf(["Referee payment receipts - MCHS scrimmage 9/28/2024", "3 officials x $80.00 = $240.00", "Paid by: J. Daniels (cash)"],
                                                producer="Canon iR-ADV C5840 PDF", when="20240930100500", zone="-04'00'"), "application/pdf")])
t20.add(me, "Hi Marcus, we can, but I also need the signed referee vouchers (with their SSN/TIN forms) - receipts alone won't pass the audit for "
        "officials' payments.", at(2024, 9, 30, 11, 2))
t20.add(marcus, "Will get them from the AD tomorrow.\n\nSent from my iPhone", at(2024, 9, 30, 23, 48), GH, client="iphone", sig=False,
        scen=("G18", "principal replies from his iPhone at 23:48 (iPhone Mail via Gmail SMTP, no signature)"))
t20.add(marcus, "Vouchers attached.", at(2024, 10, 2, 8, 40), G,
        atts=[("Official vouchers.pdf", pdf(["OHSAA contest officials payment vouchers (3)", "MCHS vs. Licking Heights scrimmage 9/28/2024", "Signed by officials"],
                                            producer="Canon iR-ADV C5840 PDF", when="20241002083500", zone="-04'00'"), "application/pdf")])
t20.add(me, "Perfect - Coach Daniels' reimbursement is on the 10/11 run.", at(2024, 10, 2, 9, 10))

# ================================================================ T21 Principal Linda: field trip receipts (Dec 2024 - Jan 2025)
t21 = Thread("T21", linda, "COSI field trip receipts - p-card reconciliation")
t21.add(me, "Hi Linda,\n\nFor the November p-card reconciliation I need the receipts for the 4th grade COSI trip admission ($1,120.00).",
        at(2024, 12, 2, 10, 5))
drv = f"https://drive.google.com/drive/folders/1{b64u(24)[:32]}?usp=sharing"
t21.add(linda, f"Hi Diane,\n\nAll of the trip receipts are scanned into this folder: {drv}\n\nThere's a subfolder for each grade.", at(2024, 12, 2, 12, 31), GH,
        scen=("G19", "principal shares a Google Drive folder link (own domain) with the requested receipts"))
t21.add(me, "Got them, thanks!", at(2024, 12, 2, 13, 3))
t21.add(me, "One more question: the COSI receipt in the folder says $1,160.00 but the p-card charge was $1,120.00. Was there a refund?",
        at(2024, 12, 20, 15, 10))
emit(linda, "gvac", plus(t21.last["t"], seconds=21), [(me.name, me.email)], None, "Out of office: Winter Break (Dec 21 - Jan 5)", list(t21.refs),
     plain="Thank you for your email. Elm Street Elementary is closed for winter break from December 21 through January 5. I will respond when we "
           "return on Monday, January 6. For emergencies, please call the district office at (740) 555-0120.\n\nLinda Okafor",
     html='<div dir="ltr">Thank you for your email. Elm Street Elementary is closed for winter break from December 21 through January 5. I will respond when we '
          'return on Monday, January 6. For emergencies, please call the district office at (740) 555-0120.<br><br>Linda Okafor</div>\n',
     extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")],
     label=GH, scen=("G20", "principal's Gmail vacation responder (Auto-Submitted: auto-replied) in the thread"))
t21.add(linda, "Back from break! Yes - COSI refunded $40 because one chaperone didn't come. The refund slip is attached.", at(2025, 1, 6, 8, 12), G,
        atts=[("COSI refund slip.pdf", pdf(["COSI - Group Sales Refund", "Elm Street Elementary 4th grade 11/14/2024", "Refund: $40.00 (1 chaperone)"],
                                           producer="Canon iR-ADV C3830 PDF", when="20250106081000"), "application/pdf")])

# ================================================================ T22 Teacher: classroom supply reimbursement (Feb 2025) + A8 account takeover (payroll)
t22 = Thread("T22", rachel, "Classroom supply reimbursement - Rachel Tran")
t22.add(rachel, "Hi Diane,\n\nAttached are my receipts and the signed reimbursement form for classroom supplies for the science unit ($86.40). "
        "Mrs. Okafor signed the form.", at(2025, 2, 26, 15, 22),
        atts=[("Tran reimbursement.pdf", pdf(["Maple Creek Local Schools - Employee Reimbursement Request", "Employee: Rachel Tran, Elm Street Elementary",
                                              "Classroom science supplies: $86.40", "Approved: L. Okafor"], producer="Canon iR-ADV C3830 PDF", when="20250226151500"), "application/pdf")])
t22.add(me, "Hi Rachel, received. It will be paid with your March 14 paycheck as a non-taxable reimbursement.", at(2025, 2, 26, 15, 50))
t22.add(rachel, "Thank you!! I just found one more receipt from Target in my car ($12.18), photo attached - can it go on the same reimbursement?\n\nSent from my iPhone",
        at(2025, 2, 26, 21, 34), GH, client="iphone", sig=False, scen=("G33", "teacher replies from her iPhone at 21:34 with a receipt photo"),
        atts=[("IMG_4471.jpg", jpeg("Apple", "iPhone 13", "2025:02:26 21:31:02", 6000), "image/jpeg")])
t22.add(me, "Yes, I added it - the total is now $98.58.", at(2025, 2, 27, 8, 5))
t22.add(rachel, "Thank you! Will it show up as a separate line on my pay stub? I want to make sure I don't report it on my taxes by mistake.",
        at(2025, 2, 27, 12, 41), G)
t22.add(me, "Yes - it shows as 'Reimb - non-taxable' under earnings and isn't included in your W-2 wages.", at(2025, 2, 27, 13, 5))
t22.add(rachel, "Perfect, thanks so much Diane!", at(2025, 2, 27, 15, 38), G)
r_rt, r_acct = routing("0739"), f"{R.randint(10 ** 8, 10 ** 9 - 1)}"
t22.add(rachel, "Hello Diane,\n\nI recently changed my bank and I would like my direct deposit to be updated before the next payroll, so that the "
        "reimbursement and my salary will go to the new account.\n\nBank: Pathway Digital Bank\nRouting number: " + r_rt + "\nAccount number: " + r_acct +
        " (checking)\n\nPlease confirm once it has been updated. I am in class all day so email is best.\n\nThank you,\nRachel", at(2025, 3, 4, 3, 12),
        HJ("account-takeover"), client="outlook-smtp", sig=False, dtz=WAT, qrec=t22.recs[-2], refs=t22.refs[:-1], ip=f"197.210.{R.randint(52, 79)}.{R.randint(2, 250)}",
        scen=("A8", "teacher's Workspace account used from Outlook over SMTP (Outlook Message-ID, Date +0100, 03:12 ET): direct-deposit change, no payload"))

# ================================================================ T24 PTA: bus reimbursement, new treasurer (Oct 2024 - Mar 2025) + A14 account takeover
t24 = Thread("T24", jenna, "PTA paying for the Fall Festival shuttle bus")
t24.add(jenna, "Hi Diane,\n\nThe Elm Street PTA voted to pay for the Buckeye shuttle bus for our Fall Festival on October 18. Who should the check "
        "be made out to, and how much?", at(2024, 10, 7, 19, 40))
t24.add(me, "Hi Jenna,\n\nThat's great - thank you! Please make the check payable to Maple Creek Local Schools with 'Fall Festival bus' in the memo. "
        "Buckeye's invoice FT-2291 is $412.00.", at(2024, 10, 8, 8, 30))
pta_sheet = f"https://docs.google.com/spreadsheets/d/1{b64u(30)[:43]}/edit?usp=sharing"
t24.add(jenna, f"Check #2206 for $412.00 is in the board office mailbox. We track everything in this sheet if you want to see the PTA side: {pta_sheet}",
        at(2024, 10, 9, 20, 5), GH, scen=("G28", "PTA (Gmail) shares its Google Sheets tracker link, as it always does"))
t24.add(me, "Received and deposited - thank you!", at(2024, 10, 10, 10, 2))
t24.add(jenna, "Hi Diane,\n\nReplying on our old thread with a quick introduction: Tamika Bell is the Elm Street PTA's new treasurer as of January. She'll handle all payments from now "
         "on and will write from her own email. It's been a pleasure working with you!", at(2025, 1, 13, 20, 11), G, cc=[(tamika.name, tamika.email)])
t24.add(me, "Thanks Jenna, and welcome, Tamika! Feel free to reach out any time.", at(2025, 1, 14, 8, 40), cc=[(tamika.name, tamika.email)])
t24c = Thread("T24c", tamika, "Zoo trip buses - PTA payment")
t24c.add(tamika, "Hi Diane,\n\nTamika here, the new PTA treasurer (Jenna introduced us in January). The PTA wants to pay for the 5th grade Columbus "
         "Zoo buses in May. Can you tell me the amount and who to make the check out to?", at(2025, 2, 10, 12, 25), GH,
         scen=("G29", "new PTA treasurer (introduced by the previous one) writes from her personal Gmail for the first time"))
t24c.add(me, "Hi Tamika! Buckeye quoted $1,236 for two buses. The check should be payable to Maple Creek Local Schools, memo 'Zoo trip buses'.",
         at(2025, 2, 10, 13, 5))
t24c.add(tamika, "Perfect, thank you!", at(2025, 2, 10, 13, 41), G)
dbx = f"https://www.dropbox.com/scl/fi/{lower(25)}/Winter_Carnival_Reimbursement_Signed.pdf?rlkey={lower(25)}&st={lower(8)}&dl=0"
t24.add(jenna, "Hi Diane,\n\nPlease find the receipts and the signed reimbursement request for the Winter Carnival. The file is too large to attach, "
         f"so I shared it through Dropbox:\n\n{dbx}\n\nYou may need to sign in with your school email to view it.\n\nThanks,\nJenna",
         at(2025, 3, 26, 16, 48), HJ("account-takeover"), client="phpmailer", sig=False, dtz=UTC, ip=f"185.{R.randint(100, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}",
         extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")], to=[(me.name, me.email)],
         scen=("A14", "PTA Gmail account used through SMTP by PHPMailer (Date +0000): Dropbox link 'sign in with your school email', signed by the former treasurer"))

# ================================================================ T25 Scioto Valley Bank: token migration (Feb 2025) + A13 look-alike bank, call-back number
t25 = Thread("T25", paul, "Replacement token before the 2/28 payroll?")
t25.add(me, "Hi Paul,\n\nMy Treasury Online token is showing the low-battery indicator. Could you send a replacement before we upload the 2/28 "
        "payroll file?", at(2025, 2, 17, 9, 10))
t25.add(paul, "Hi Diane,\n\nRather than replace it: we're retiring the hardware tokens on March 31 and moving everyone to the SVB Authenticator app. "
        "The setup guide is attached, and you can start enrollment after signing in to Treasury Online at "
        "https://treasury.sciotovalleybank.example/tol/security/authenticator\n\nIf you'd like, I can walk you and Thomas through it by phone.",
        at(2025, 2, 18, 10, 34), GH, scen=("G26", "bank's treasury officer sends an authenticator-migration guide PDF and an enrollment link (MFA wording)"),
        atts=[("SVB_Authenticator_Setup_Guide.pdf", pdf(["Scioto Valley Bank - Treasury Online", "Moving from hardware tokens to SVB Authenticator",
                                                        "1. Sign in to Treasury Online  2. Security > Authenticator  3. Scan the enrollment code",
                                                        "Scioto Valley Bank will never ask you for a code by phone or email."], producer="Adobe InDesign 19.2",
                                                       when="20250210120000"), "application/pdf")])
t25.add(me, "Thanks Paul - I enrolled this morning, worked fine. Thomas will do his on Friday.", at(2025, 2, 19, 9, 2))
t25.add(paul, "Great! I've marked your hardware token for deactivation on 3/31.", at(2025, 2, 19, 9, 40), G)
lk_paul = Pt("Paul Nguyen", "pnguyen@sciotovalleybnk.example", "ox", "look-svb",
             "\n\nPaul Nguyen, CTP\nVP, Treasury Management Officer\nScioto Valley Bank\n88 E. Broad St, Columbus, OH 43215")
t25.add(lk_paul, "Hi Diane,\n\nFollowing up on your authenticator migration. Our fraud team flagged that your enrollment on 2/19 was completed from a "
        "device we could not verify, so as a precaution your ACH origination rights in Treasury Online will be suspended at 3:00 PM today unless the "
        "enrollment is re-validated.\n\nTo keep the 3/28 payroll file from being rejected, please call our Treasury Support verification line "
        "directly at (614) 555-0176 and have the SVB Authenticator app open. The agent will confirm your identity with the code shown in the app. "
        "Please don't reply to this email with any codes.\n\nSorry for the inconvenience.", at(2025, 3, 27, 10, 47), HJ("lookalike-domain"),
        extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev70"), ("X-Originating-IP", f"154.{R.randint(100, 200)}.{R.randint(1, 250)}.{R.randint(2, 250)}")],
        scen=("A13", "look-alike bank domain (sciotovalleybnk): 'enrollment could not be verified, call this number with the app open', quotes the real thread"))

# ================================================================ T27 Ohio DEW grants: ESSER III liquidation (Sept 2024 - Jan 2025) + A15 look-alike with .ics
t27 = Thread("T27", rainey, "ESSER III - liquidation of the HVAC project invoices")
t27.add(me, "Hi Ms. Rainey,\n\nThe last invoices for our ESSER III-funded HVAC project at Elm Street will arrive in November. Can they still be "
        "reimbursed if we pay them in December, and what's the final cash request date?", at(2024, 9, 10, 13, 22))
t27.add(rainey, "Hi Diane,\n\nYes. With the liquidation extension your district received, obligations made before September 30, 2024 can be "
        "liquidated through January 28, 2025. Submit the final cash request in CCIP no later than January 15 so it processes before the deadline, "
        "and keep the invoices and proof of payment for the Final Expenditure Report.", at(2024, 9, 11, 9, 48), G)
t27.add(me, "That's very helpful, thank you.", at(2024, 9, 11, 10, 5))
t27.add(rainey, "Hi Diane,\n\nA reminder that the ESSER III Final Expenditure Report opens in CCIP on December 2. Your HVAC project line shows "
        "$48,200 obligated and not yet requested.", at(2024, 11, 20, 14, 15), G)
t27.add(me, "Thanks - the final invoices were paid on 12/13 and our last cash request will go in on 1/10.", at(2024, 11, 21, 9, 0))
lk_rainey = Pt("Michelle Rainey", "michelle.rainey@education-ohio.example", "owa", "look-ohio",
               "\n\nMichelle Rainey\nGrants Management Consultant | Office of Federal Programs\nOhio Department of Education and Workforce\n25 S. Front St., Columbus, OH 43215")
ics_start = at(2025, 1, 21, 14, 0)
ics_link = f"https://grants-payment.education-ohio.example/verify?irn={IRN}&s={lower(12)}"
a15_ics = ics(f"040000008200E00074C5B7101A82E008000000{HX(16)}", "ESSER III Closeout - EFT Verification Session (Maple Creek LSD)",
              "Mandatory closeout verification for ESSER III final reimbursement.\n\nBefore the session, confirm your district's EFT banking "
              f"information in the Grants Payment Portal:\n{ics_link}\n\nPlease have your district bank letter available.\n\nJoin Microsoft Teams Meeting:\n"
              f"https://grants-payment.education-ohio.example/teams/join?m={lower(16)}", ics_start, 20,
              (lk_rainey.name, lk_rainey.email), (me.name, me.email), "Microsoft Teams Meeting")
t27.add(lk_rainey, "Good afternoon Diane,\n\nAs part of the ESSER III final liquidation, the Department is moving final reimbursements to the new Grants "
        "Payment Portal. Before your final cash request can be released, each district must re-confirm its EFT banking information in the portal and "
        "attend a short verification session. I've sent a calendar invitation for Tuesday 1/21 at 2:00 PM (attached); the portal link is in the "
        "invitation.\n\nBecause of the January 28 liquidation deadline, districts that don't complete verification by 1/21 may not receive their final "
        "ESSER III reimbursement. Please have your district's bank letter ready.\n\nThank you for your quick attention.", at(2025, 1, 16, 13, 40),
        HJ("lookalike-domain"), scen=("A15", "look-alike state domain (education-ohio, own M365 tenant): ESSER closeout 'EFT verification' with an .ics whose description links to a fake portal"),
        atts=[("invite.ics", a15_ics, "text/calendar; charset=utf-8; method=REQUEST")])

# ================================================================ fake threads (strangers with reply subjects)
tin = Pt("Information Returns Compliance Unit", "notices@taxform-compliance.example", "plain7", "ft-tin")
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="816" height="1056" viewBox="0 0 816 1056">\n'
       '<rect width="816" height="1056" fill="#ffffff"/>\n<text x="60" y="90" font-family="Arial" font-size="22" font-weight="bold">Notice CP2100A - Backup Withholding</text>\n'
       '<text x="60" y="130" font-family="Arial" font-size="15">Payer: MAPLE CREEK LOCAL SCHOOLS   Tax year 2024</text>\n'
       '<text x="60" y="160" font-family="Arial" font-size="15">7 payee TINs on your 2024 Forms 1099-NEC do not match IRS records.</text>\n'
       f'<a xlink:href="https://irs-tinmatch-portal.example/cp2100a/review?payer={IRN}&amp;ref={lower(14)}" target="_blank">\n'
       '<rect x="60" y="200" width="320" height="48" rx="4" fill="#005ea2"/>\n<text x="84" y="231" font-family="Arial" font-size="17" fill="#ffffff">View mismatched payee list</text>\n</a>\n'
       '<!-- test fixture: inert, fictional domain, no active content -->\n</svg>\n')
fake_parent_tin = "<CA" + b64u(48)[:53] + "@mail.gmail.com>"
emit(tin, "plain7", at(2025, 2, 20, 9, 3, UTC), [(me.name, me.email)], None, "RE: 2024 Forms 1099-NEC - TIN mismatch notice (CP2100A)", [fake_parent_tin],
     plain="Dear Ms. Morales,\n\nThank you for your reply. As requested, the list of payees on your 2024 Forms 1099-NEC whose name/TIN combination does not "
           "match IRS records is attached (Notice CP2100A). Backup withholding of 24% must begin within 30 business days unless corrected W-9 forms are "
           "obtained and the corrections are submitted through the review page in the notice.\n\nInformation Returns Compliance Unit\n\n"
           "-----Original Message-----\nFrom: Diane Morales <dmorales@maplecreekschools.example>\nSent: Tuesday, February 18, 2025 10:22 AM\n"
           "Subject: 2024 Forms 1099-NEC - TIN mismatch notice (CP2100A)\n\nHello,\nWe received your notice but the list of payees was not included. "
           "Please resend it so we can request corrected W-9s.\n\nDiane Morales\nAccounts Payable Lead",
     atts=[("CP2100A_MapleCreekLSD_2024.svg", svg.encode(), "image/svg+xml")], extra=[("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")],
     label=HJ("fake-thread"), scen=("A10", "stranger 'RE: ... TIN mismatch notice (CP2100A)' with a fabricated quote of Diane: SVG attachment linking to an unknown domain"))
vm = Pt("Voice Message Center", "voicemail@vm-relay-services.example", "sendgrid", "ft-vm")
vm_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Voice Message - Playback</title></head><body style="font-family:Roboto,Arial,sans-serif;background:#f1f3f4">'
           '<div style="width:420px;margin:70px auto;background:#fff;padding:36px;border-radius:8px"><h2>New voice message</h2><p>From: (740) 555-0188<br>Duration: 00:52</p>'
           '<div style="background:#e8f0fe;padding:14px;border-radius:20px">&#9654; &nbsp; 0:00 / 0:52</div><p>Sign in with your work account to play this message.</p>'
           f'<form method="post" action="https://vm-playback-secure.example/gws/auth?m={lower(10)}"><input type="email" name="u" value="{me.email}" style="width:100%"><br><br>'
           '<input type="password" name="p" placeholder="Password" style="width:100%"><br><br><button type="submit" style="background:#1a73e8;color:#fff;border:0;padding:9px 24px">Play</button></form>'
           '<!-- test fixture: inert, fictional domain, no active content --></div></body></html>')
emit(vm, "sendgrid", at(2024, 11, 19, 14, 37), [(me.name, me.email)], None, "RE: New voicemail from (740) 555-0188 - 00:52 sec", [f"<{hx(16)}.{hx(8)}@vm-relay-services.example>"],
     plain="You have a new voice message.\n\nFrom: (740) 555-0188\nReceived: " + at(2024, 11, 19, 14, 31).strftime("%m/%d/%Y %I:%M %p") + "\nDuration: 00:52\n\n"
           "The message is attached. Open the attachment in your browser to play it.\n\nVoice Message Center",
     html='<html><body style="font-family:Arial,sans-serif"><p>You have a new voice message.</p><table><tr><td>From:</td><td>(740) 555-0188</td></tr><tr><td>Duration:</td><td>00:52</td></tr></table>'
          '<p>The message is attached. Open the attachment in your browser to play it.</p><p style="color:#888">Voice Message Center</p></body></html>',
     atts=[("VM_0052s_7405550188.htm", vm_html.encode(), "text/html")], label=HJ("fake-thread"),
     scen=("A12", "stranger 'RE: New voicemail ...' (SendGrid-sent), no quote, unknown References: HTML attachment with a fake work-account sign-in"))
upd = Pt("EdFinance Software Support", "support@edfinance-software.example", "exim-webmail", "ft-upd")
img = iso_image("RF_CONNECTOR_427", [("SETUP.LNK", lnk(r"/c rem probe22 test fixture (inert)")), ("RFPRINT.DLL", b"MZ" + rbytes(1800))])
emit(upd, "exim-webmail", at(2025, 4, 3, 15, 12, UTC), [(me.name, me.email)], None, "RE: Redwood check printing connector - update 4.2.7 (ticket #58812)",
     [f"<{hx(32)}@edfinance-software.example>"],
     plain="Hello Diane,\n\nThank you for the details. The check printing problem you describe is fixed in connector version 4.2.7. Because the update "
           "changes the MICR font driver it cannot be pushed remotely; please open the attached disk image on the PC that prints checks and run SETUP. "
           "The update takes about two minutes and does not require a restart.\n\nIf the check run is urgent, please install today so the April 11 "
           "run is not delayed.\n\nBest regards,\nSupport Team\nEdFinance Software\n\n"
           "On 4/2/2025 3:41 PM, Diane Morales wrote:\n> Hi, since last week the check printing from Redwood stopped working on our check printer,\n"
           "> the MICR line comes out blank. Can you help? We have a run on Friday.\n>\n> Diane Morales\n> Maple Creek Local Schools",
     atts=[("RF_PrintConnector_4.2.7.img", img, "application/octet-stream")], extra=[("User-Agent", "Roundcube Webmail/1.6.9")],
     ip=f"89.{R.randint(30, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}", label=HJ("fake-thread"),
     scen=("A16", "stranger 'RE: check printing connector - update 4.2.7' with a fabricated quote of Diane: .img disk image with a .lnk"))

# ================================================================ O1: Treasurer copies Diane into his thread with the state auditor
aud_mid = make_mid(kshaw, "exo", at(2025, 3, 3, 14, 10))
aud_q = dict(t=at(2025, 3, 3, 14, 10), name=kshaw.name, email=kshaw.email, to=[(thomas.name, thomas.email)], cc=[],
             subj="FY24 audit - vendor master file and bank change samples",
             plain="Tom,\n\nFor the FY24 audit we selected three vendor EFT changes for testing: Heartland Foodservice (10/2024), Tri-County Technology "
                   "Partners (10/2024) and Dietrich Heating & Cooling (9/2024). Please provide the change requests and evidence of independent "
                   "verification for each.\n\nThanks,\nKevin" + kshaw.sig)
emit(thomas, "gmail", at(2025, 3, 4, 8, 22), [(kshaw.name, kshaw.email)], [(me.name, me.email)], "Re: FY24 audit - vendor master file and bank change samples", [aud_mid],
     "Kevin,\n\n+Diane, who maintains the vendor file. Diane, could you send Kevin the callback forms and the supporting letters for these three? "
     "All three should be in the vendor folder." + thomas.sig, q=aud_q,
     label=GO, scen=("O1", "treasurer replies to the state auditor and copies Diane in; the auditor's message is not in her mailbox"))

# ================================================================ more background: positive pay, ERP PO approvals
for k, (y, mo, d) in enumerate([(2024, 9, 24), (2024, 11, 26), (2025, 1, 14), (2025, 3, 18), (2025, 5, 6)]):
    r = bank_alert(at(y, mo, d, 8, 5), "Positive Pay: 1 exception requires a decision",
                   [f"Account ending 7710 (Maple Creek LSD - General): 1 check exception.", f"Check {40400 + k * 211}: presented amount ${R.randint(20000, 190000) / 100:,.2f} does not match the issued-item file.",
                    "Decision deadline: 11:00 AM ET today. Items without a decision will be returned (default: return)."],
                   label=GH if k == 2 else None, scen=("G27", "bank Positive Pay exception alert with a sign-in link (no reply headers)") if k == 2 else None)
for k in range(24):
    day = datetime.datetime(2024, 8, 12, tzinfo=ET) + datetime.timedelta(days=k * 12 + R.randint(0, 3))
    if day.weekday() >= 5: day += datetime.timedelta(days=7 - day.weekday())
    po = 25000 + 180 + k * 21
    erp_note(at(day.year, day.month, day.day, 10, R.randint(0, 59)), f"Purchase order 25-{po % 100000:05d} approved",
             [f"Purchase order 25-{po % 100000:05d} was approved by TBRANDT and is ready to print/send.", f"Vendor: {R.choice(['HEARTLAND FOODSERVICE DISTRIBUTORS, INC.', 'BUCKEYE STUDENT TRANSPORTATION LLC', 'TRI-COUNTY TECHNOLOGY PARTNERS LLC', 'SUGAR MAPLE BAKERY', 'SCHOOL SPECIALTY LLC', 'LAKESHORE OFFICE SOLUTIONS'])}",
              f"Amount: ${R.randint(15000, 900000) / 100:,.2f}"], f"po/{po}")

# ================================================================ write, in arrival order across INBOX and Sent
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
        if not sc: raise SystemExit(f"labelled message without scenario: {lab}")
        labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
        scen.append(f"{path}\t{sc[0]}\t{sc[1]}")
with open(f"{root}/labels.tsv", "w", encoding="utf-8", newline="") as f: f.write("\n".join(labels) + "\n")
with open(f"{root}/scenarios.tsv", "w", encoding="utf-8", newline="") as f: f.write("\n".join(scen) + "\n")
kinds = {}
for l in labels[1:]:
    k = l.split("\t")[3]; kinds[k] = kinds.get(k, 0) + 1
print(f"{len(pending)} messages, {len(labels) - 1} labelled: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + f" -> {root}")
