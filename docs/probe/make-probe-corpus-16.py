#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-16.py OUT_DIR
#
# Probe mailbox "rcastillo": Renee Castillo, senior escrow officer at Saguaro Title & Escrow, LLC (Phoenix, Arizona;
# Microsoft 365, Outlook desktop). Residential closings with buyers and sellers on consumer mail (Gmail, Yahoo, AOL,
# iCloud, Outlook.com, Comcast/Xfinity), agents on brokerage Google Workspace, personal Gmail on an iPhone and a kvCORE
# CRM mailer, a bank lender on on-prem Exchange behind Proofpoint (urldefense.com/v3 link rewriting, [EXTERNAL] subject
# tag and banner in quotes, outbound disclaimer), a mortgage company and a credit union on Exchange Online, an HOA
# management company, a home inspector on GoDaddy mail, a closing attorney in New York, a 1031 qualified intermediary in
# Denver and two mobile notaries. Arizona keeps -0700 all year; New York, Denver and Google's internal hops change with DST.
# Files are numbered in arrival order across INBOX and Sent (one counter); only test messages are labelled (labels.tsv);
# scenarios.tsv maps each labelled file to its scenario. Deterministic: all randomness from one seeded random.Random.
# All organisations are fictional (.example); consumer providers are the real ones. Attachments are inert (tiny PDFs,
# zips of PDFs/JPEGs, a OneNote header with random bytes, an HTML form that posts nowhere reachable).
#
# Escrow files: F1 25-0112-RC 4421 E Camelback Rd #204 (Kessler -> Reyes, Frontier Plains Bank loan, Cactus Wren HOA)
#               F2 25-0231-RC 1187 W Ironwood Dr (Whitlock -> Ortega, Pinnacle Crest loan, seller payoff at Frontier Plains)
#               F3 25-0388-RC 9650 N 58th Pl, Paradise Valley (Harlan Ridge Holdings LLC, NY counsel, 1031 -> Nguyen, cash)
#               F4 25-0502-RC 2213 N 44th St (Hale -> Carter, Frontier Plains Bank loan)
#               F5 25-0617-RC 7408 E Windrose Dr, Scottsdale (Estate of M. Olsen -> Feld, Pinnacle Crest loan, Mesa Verde CU payoff)
#
# Attacks (14):
#  A1  T8   lookalike-domain    frontier-plainsbank.example (VPS/Exim) replies in the payoff thread with "updated payoff / wire
#                               instructions" for the seller's loan; quotes the real thread
#  A2  T10  account-takeover    buyer's agent's personal Gmail (normally iPhone Mail via smtp.gmail.com from a T-Mobile IP) now
#                               Outlook 16 from a datacenter IP: "seller asked me" to send proceeds to a new account
#  A3  T7   account-takeover    seller's Yahoo, same webmail: proceeds to a different bank "because of a tax issue"
#  A4  T18  server-hijack       loan officer's on-prem Exchange, identical headers: "secure document" on a ShareFile look-alike
#                               (pages.dev free host)
#  A5  T13  display-name-spoof  "Eleanor Whitman, Esq." from a Gmail address: urgent wire of the exchange deposit
#  A6  T26  account-takeover    credit-union payoff specialist (Exchange Online, but OWA instead of desktop Outlook): PDF with new
#                               wiring instructions; quoted history is real except the routing/account numbers in the quote
#  A7  T19  account-takeover    listing agent's Workspace reply with Reply-To diverted to a Gmail look-alike
#  A8  T5   fake-thread         "RE: Closing docs – 4421 E Camelback" from a stranger (compromised cPanel host), HTML attachment
#  A9  T22  account-takeover    HOA manager's M365 account (OWA): payoff letter link on a hacked WordPress site
#  A10 T24  lookalike-domain    punycode homoglyph of the brokerage (desertv<cyrillic i>starealty = xn--desertvstarealty-gwn)
#  A11 T23  account-takeover    notary's Comcast webmail: "signed package" as a OneNote file
#  A12 T25  server-hijack       home inspector's GoDaddy mailbox, same client, 8 months after the inspection: "report" on a file host
#  A13 T21  account-takeover    mortgage LO's M365 account (OWA) reply-all asks the buyer for SSN and bank login "to verify funds"
#  A14 T14  lookalike-domain    look-alike of the (new) 1031 intermediary on its own M365 tenant: "corrected" wire instructions
#
# Genuine hard cases (28; H15 is labelled genuine-orphan):
#  H1  T8   bank payoff wiring instructions PDF delivered by the bank's secure-mail portal notice (securemail@, portal link)
#  H2  T2   seller's own new bank account by signed letter, after Renee's Sent reply recording "verified by phone"
#  H3  T1   buyer's agent announces his move to another brokerage (old domain)
#  H4  T1   same agent's first reply from the new brokerage's Google Workspace
#  H5  T3   loan assistant replies for the loan officer (same bank, new sender)
#  H6  T3   bank reply full of Proofpoint urldefense-rewritten links and [EXTERNAL] banner in the quote
#  H7  T3   DocuSign envelope "Please DocuSign: Closing Instructions" from the lender, threaded by subject only
#  H8  T14  1031 intermediary introduces itself (new domain, announced by the attorney earlier in T13), replying to the
#           attorney's introduction Renee was copied on
#  H9  T16  notary writes from her iPhone at 10:14 pm (client differs from her usual Gmail web)
#  H10 T12  out-of-office auto-reply of the mortgage processor (Auto-Submitted)
#  H11 T22  HOA demand letter with the payment portal link used in earlier closings (T4)
#  H12 T13  New York closing attorney writing at 7:02 am Eastern (4:02 in Phoenix)
#  H13 T9   buyer replies in Spanish in an English thread; her daughter helps
#  H14 T15  co-buyer's reply-all adds his wife in Cc
#  H15 T11  kvCORE CRM notification from the listing team, threaded by subject only, Reply-To the agent
#  H16 T6   thread dormant for 6 months revived by the same client for a new purchase
#  H17 T16  zip of scanned signed documents from the notary who always sends zips (T27 earlier)
#  H18 T20  seller's inline-answered questionnaire ("see answers in red", HTML red text, edited quote)
#  H19 T3   loan officer from Outlook for iOS, two lines
#  H20 T17  buyer's EMD wire confirmation screenshot (PNG) from Gmail
#  H21 T19  listing agent's transaction coordinator replies (new person, same brokerage domain)
#  H22 T14  1031 intermediary's own wiring instructions letter (PDF), Renee verified by phone beforehand
#  H23 T20  seller's husband answers from his own iCloud address ("this is Robert")
#  H24 T17  buyer replies at 2:07 am from the Gmail app with typos (night shift)
#  H25 T18  bank's closing department (new mailbox, same bank, Central time) sends the closing package
#  H26 T21  mortgage LO reply-all with a borrower portal link (Pinnacle's usual portal)
#  H27 T26  credit-union payoff statement with wire instructions PDF (desktop Outlook, as before)
#  H28 T7   the real seller (same Yahoo webmail) disowns the takeover message right after it
# Plain genuine replies: G1.. (every other labelled inbound reply), one line each in scenarios.tsv.
import base64, datetime, hashlib, html as H, io, os, quopri, random, sys, uuid, zipfile
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "rcastillo"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(160016)
PHX = ZoneInfo("America/Phoenix"); NY = ZoneInfo("America/New_York"); DEN = ZoneInfo("America/Denver")
CHI = ZoneInfo("America/Chicago"); LA = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=PHX): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def ip(a, b=None): return f"{a}.{b if b is not None else R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(2, 254)}" if a.count(".") == 0 else f"{a}.{R.randint(1, 254)}.{R.randint(2, 254)}"


# ------------------------------------------------------------------ inert attachments
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, uris=(), producer="Microsoft® Word for Microsoft 365", when="20250303091200", zone="-07'00'"):
    content = ("BT /F1 10 Tf 13 TL 60 760 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1", "replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {640 - 30 * i} 540 {662 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def jpeg(k=900): return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00\xc8\x00\xc8\x00\x00" + rbytes(k) + b"\xff\xd9"
def png(k=700): return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x04\x38\x00\x00\x07\x80\x08\x06\x00\x00\x00" + rbytes(k)


def zipped(members, when=(2025, 3, 12, 16, 40, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); return bio.getvalue()


def onenote():  # OneNote section file signature {7B5C52E4-D88C-4DA7-AEB1-5378D02996D3}, then inert random bytes
    return bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3") + rbytes(2400)


# ------------------------------------------------------------------ people
class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=PHX, host=None, lang="en"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]; s.host = host; s.footer = ""


OWN = "saguarotitle.example"
WIRE = ("WIRE FRAUD ALERT: Saguaro Title & Escrow will never change wiring instructions by email. Before you send any funds,\n"
        "call our office at (602) 555-0140 (a number you find yourself, not one from an email) to verify the instructions.")
SIG_RC = ("\n\nRenee Castillo\nSenior Escrow Officer | Saguaro Title & Escrow, LLC\n2390 E Camelback Rd, Suite 210 | Phoenix, AZ 85016\n"
          "Direct (602) 555-0148 | Main (602) 555-0140 | Fax (602) 555-0199\nhttps://www.saguarotitle.example\n\n" + WIRE + "\n\n"
          "Confidentiality: This message and any attachments may contain non-public personal information protected by the\n"
          "Gramm-Leach-Bliley Act. If you are not the intended recipient, please delete it and notify the sender.")
me = Pt("Renee Castillo", f"rcastillo@{OWN}", "o365", "own", SIG_RC, host=("PH0PR17MB4512", "namprd17"))
jasmine = ("Jasmine Tran", f"jtran@{OWN}")

FPB_FOOT = ("\n\n--\nCONFIDENTIALITY NOTICE: This e-mail, including attachments, is intended only for the addressee(s) and may contain\n"
            "confidential or privileged information. Frontier Plains Bank, Member FDIC. Equal Housing Lender. NMLS #402871.\n"
            "Frontier Plains Bank will never ask you to change wiring instructions by e-mail.")
brian = Pt("Brian Halvorsen", "brian.halvorsen@frontierplainsbank.example", "exch", "fpb",
           "\n\nBrian Halvorsen\nSVP, Mortgage Loan Officer | NMLS #488213\nFrontier Plains Bank – Scottsdale Mortgage Center\n"
           "7025 N Scottsdale Rd, Suite 140, Scottsdale, AZ 85253\nO 480-555-0172 | C 602-555-0119")
kelsey = Pt("Kelsey Moreno", "kelsey.moreno@frontierplainsbank.example", "exch", "fpb",
            "\n\nKelsey Moreno\nMortgage Loan Assistant to Brian Halvorsen | NMLS #2210457\nFrontier Plains Bank – Scottsdale Mortgage Center\nO 480-555-0175")
fpbclose = Pt("Amanda Pruneda", "mortgageclosing@frontierplainsbank.example", "exch", "fpb",
              "\n\nAmanda Pruneda\nMortgage Closing Specialist | Mortgage Closing Department\nFrontier Plains Bank\n"
              "500 S Taylor St, Amarillo, TX 79101\nmortgageclosing@frontierplainsbank.example | 806-555-0131", tz=CHI)
fpbpay = Pt("Frontier Plains Bank Loan Servicing", "payoffs@frontierplainsbank.example", "exch", "fpb",
            "\n\nLoan Servicing – Payoff Unit\nFrontier Plains Bank\n806-555-0160 (option 3)", tz=CHI)
fpbsecure = Pt("Frontier Plains Bank Secure Mail", "securemail@frontierplainsbank.example", "ppsecure", "fpb", tz=CHI)

derek = Pt("Derek Ng", "dng@pinnaclecrestmtg.example", "o365", "pcm",
           "\n\nDerek Ng | Branch Manager / Sr. Loan Officer | NMLS #1120934\nPinnacle Crest Mortgage\n"
           "1910 E Southern Ave, Suite 104, Tempe, AZ 85282\nCell 480-555-0193\nPinnacle Crest Mortgage, LLC NMLS #1706329 | Equal Housing Opportunity",
           host=("SJ0PR19MB6618", "namprd19"))
tara = Pt("Tara Whitcomb", "twhitcomb@pinnaclecrestmtg.example", "o365", "pcm",
          "\n\nTara Whitcomb\nSenior Loan Processor | Pinnacle Crest Mortgage\nDenver Operations Center | 720-555-0148",
          tz=DEN, host=("SJ0PR19MB6725", "namprd19"))
monica = Pt("Monica Delgado", "mdelgado@mesaverdecu.example", "o365", "mvcu",
            "\n\nMonica Delgado\nPayoff Specialist, Loan Servicing\nMesa Verde Credit Union\n3330 W Bell Rd, Phoenix, AZ 85053\n"
            "602-555-0177 | Federally insured by NCUA",
            host=("BY5PR11MB4020", "namprd11"))

carla = Pt("Carla Benitez", "carla@desertvistarealty.example", "gmail", "gws-dvr",
           "\n\nCarla Benitez\nREALTOR® | Desert Vista Realty\n(602) 555-0133\ncarla@desertvistarealty.example\nwww.desertvistarealty.example")
brooke = Pt("Brooke Sandoval", "tc@desertvistarealty.example", "gmail", "gws-dvr",
            "\n\nBrooke Sandoval\nTransaction Coordinator | Desert Vista Realty\n(602) 555-0137 | tc@desertvistarealty.example")
marcus_old = Pt("Marcus Lee", "mlee@copperstaterealty.example", "o365", "csr",
                "\n\nMarcus Lee | REALTOR®\nCopper State Realty\n(480) 555-0162", host=("CH3PR14MB7131", "namprd14"))
marcus = Pt("Marcus Lee", "marcus@keystonepeakre.example", "gmail", "gws-kp",
            "\n\nMarcus Lee | REALTOR®\nKeystone Peak Real Estate\n(480) 555-0162 | marcus@keystonepeakre.example")
tyler = Pt("Tyler Brooks", "tyler.brooks.azhomes@gmail.com", "iphone", "gmail-iphone",
           "\n\nTyler Brooks\nBuyer's Agent | Saguaro Sky Realty Partners\n602-555-0188")
jordan = Pt("Jordan Pike", "jordan@suncountryhomes.example", "gmail", "gws-sch",
            "\n\nJordan Pike | Team Lead\nSun Country Home Team | brokered by Sun Country Realty\n(623) 555-0104")

kessler = Pt("Howard Kessler", "hkessler1947@aol.com", "aol", "aol")
reyes = Pt("Samantha Reyes", "samreyes.az@outlook.com", "outlookcom", "outlookcom", host=("BYAPR06MB5477", "namprd06"))
whitlock = Pt("Gary Whitlock", "gwhitlock55@yahoo.com", "yahoo", "yahoo")
ortega_l = Pt("Luis Ortega", "luis.ortega.phx@gmail.com", "gmail", "gmail")
ortega_c = Pt("Carmen Ortega", "carmenortega1978@gmail.com", "gmail", "gmail", lang="es")
ashley = Pt("Ashley Nguyen", "ashley.t.nguyen@gmail.com", "gmail", "gmail")
kevin = Pt("Kevin Nguyen", "kevnguyen88@icloud.com", "iphone", "icloud")
linh = ("Linh Nguyen", "linh.pham.nguyen@gmail.com")
jamal = Pt("Jamal Carter", "jcarter.rn@gmail.com", "gmail", "gmail")
denise = Pt("Denise Hale", "denisehale@icloud.com", "apple", "icloud")
robert = Pt("Robert Hale", "rhale.az@icloud.com", "apple", "icloud")
rachel = Pt("Rachel Feld", "rachel.feld@gmail.com", "gmail", "gmail")
tomfeld = ("Tom Feld", "tfeld82@gmail.com")
steven = Pt("Steven Olsen", "steveolsen@comcast.net", "ox", "comcast")

dana = Pt("Dana Pruitt", "dpruitt@cactuswrencm.example", "o365", "cwcm",
          "\n\nDana Pruitt, CMCA®\nCommunity Manager | Cactus Wren Community Management\n4015 N 16th St, Suite 300, Phoenix, AZ 85016\n"
          "602-555-0124 | Resale & demand requests: resale@cactuswrencm.example", host=("DM6PR08MB5904", "namprd08"))
hank = Pt("Hank Sorensen", "hank@sorenseninspect.example", "ol16", "godaddy",
          "\n\nHank Sorensen\nCertified Professional Inspector® | AZ BTR Cert. #39114\nSorensen Home Inspections, LLC\n602-555-0155")
lupe = Pt("Lupe Alvarado", "lupe.alvarado.notary@gmail.com", "gmail", "gmail",
          "\n\nLupe Alvarado\nMobile Notary & Loan Signing Agent | Maricopa County\nCommission #752219 exp. 11/2027\n623-555-0141")
frank = Pt("Frank DeLuca", "fdeluca.notary@comcast.net", "ox", "comcast",
           "\n\nFrank DeLuca, Notary Public\nDeLuca Mobile Signings\n480-555-0117")
eleanor = Pt("Eleanor Whitman", "ewhitman@whitmanrosen.example", "o365", "wr",
             "\n\nEleanor Whitman, Esq.\nPartner | Whitman & Rosen LLP\n245 Park Avenue, 39th Floor, New York, NY 10167\nT 212-555-0186\n\n"
             "This communication may contain privileged attorney-client information. Whitman & Rosen LLP does not accept changes to\n"
             "wiring instructions by e-mail; any change must be confirmed by telephone with a partner of the firm.",
             tz=NY, host=("MN2PR02MB6990", "namprd02"))
nathan = Pt("Nathan Cole", "ncole@granitepeak1031.example", "o365", "gp",
            "\n\nNathan Cole, CES®\nExchange Officer | Granite Peak Exchange Services, LLC\n1700 Lincoln St, Suite 2150, Denver, CO 80203\n"
            "303-555-0127 | Qualified Intermediary for IRC §1031 exchanges\n"
            "Granite Peak will never send or change wiring instructions by e-mail without a call from your exchange officer.",
            tz=DEN, host=("DM8PR13MB5218", "namprd13"))
for _p in (brian, kelsey, fpbclose, fpbpay): _p.footer = FPB_FOOT  # appended by the outbound gateway, below the quote

# ------------------------------------------------------------------ sending infrastructure
# key: kind, helo (last hop before Exchange Online Protection), ip, dkim d, selector, country (EOP CTRY)
INFRA = {
    "fpb": ("exch-pp", "mx0b-00356802.pphosted.com", "148.163.158.5", "frontierplainsbank.example", "ppfs2024", "US"),
    "pcm": ("exo", "mail-bn8nam12on2119.outbound.protection.outlook.com", "40.107.237.119", "pinnaclecrestmtg.example", "selector1", "US"),
    "mvcu": ("exo", "mail-co1nam11on2093.outbound.protection.outlook.com", "40.107.220.93", "mesaverdecu.example", "selector2", "US"),
    "cwcm": ("exo", "mail-dm6nam10on2128.outbound.protection.outlook.com", "40.107.93.128", "cactuswrencm.example", "selector1", "US"),
    "wr": ("exo", "mail-mw2nam12on2110.outbound.protection.outlook.com", "40.107.244.110", "whitmanrosen.example", "selector1", "US"),
    "gp": ("exo", "mail-bl2nam02on2092.outbound.protection.outlook.com", "40.107.212.92", "granitepeak1031.example", "selector2", "US"),
    "csr": ("exo", "mail-ch3nam04on2101.outbound.protection.outlook.com", "40.107.201.101", "copperstaterealty.example", "selector1", "US"),
    "outlookcom": ("exo", "mail-bn1nam02olkn2080.outbound.protection.outlook.com", "40.92.45.80", "outlook.com", "selector1", "US"),
    "gws-dvr": ("google", "mail-pl1-f180.google.com", "209.85.214.180", "desertvistarealty.example", "google", "US"),
    "gws-kp": ("google", "mail-qk1-f170.google.com", "209.85.222.170", "keystonepeakre.example", "google", "US"),
    "gws-sch": ("google", "mail-oi1-f171.google.com", "209.85.167.171", "suncountryhomes.example", "google", "US"),
    "gmail": ("google", None, None, "gmail.com", "20230601", "US"),
    "gmail-iphone": ("google-smtp", None, None, "gmail.com", "20230601", "US"),
    "gmail-ato": ("google-smtp-ato", None, None, "gmail.com", "20230601", "US"),
    "icloud": ("apple", "st43p00im-ztdg10061901.me.com", "17.58.6.40", "icloud.com", "1a1hai", "US"),
    "yahoo": ("yahoo", "sonic305-21.consmr.mail.ne1.yahoo.com", "66.163.191.147", "yahoo.com", "s2048", "US"),
    "aol": ("yahoo", "sonic310-11.consmr.mail.gq1.yahoo.com", "98.137.69.84", "aol.com", "a2048", "US"),
    "comcast": ("comcast", "resomta-h2p-554517.sys.comcast.net", "96.102.179.205", "comcast.net", "20190202a", "US"),
    "godaddy": ("godaddy", "p3plsmtpa11-04.prod.phx3.secureserver.net", "68.178.252.105", None, None, "US"),
    "kvcore": ("sendgrid", "wrqvtbvj.outbound-mail.sendgrid.net", "149.72.134.22", "suncountryhomes.example", "s1", "US"),
    "docusign": ("docusign", "mailsea.docusign.net", "64.207.219.71", "docusign.net", "mail", "US"),
    "lk-fpb": ("exim", "mail.frontier-plainsbank.example", "104.168.44.213", "frontier-plainsbank.example", "default", "US"),
    "lk-gp": ("exo", "mail-sn1nam02on2131.outbound.protection.outlook.com", "40.107.96.131", "granitepeak-1031.example", "selector1", "US"),
    "lk-dvr": ("google", "mail-ua1-f45.google.com", "209.85.222.45", "xn--desertvstarealty-gwn.example", "google", "US"),
    "cpanel": ("exim-cpanel", "cp-in-14.webhostbox.example", "103.21.58.19", "tucsonpoolpros.example", "default", "IN"),
}
GMAIL_HELO = [("mail-pj1-f46.google.com", "209.85.216.46"), ("mail-pl1-f172.google.com", "209.85.214.172"),
              ("mail-oo1-f49.google.com", "209.85.161.49"), ("mail-qt1-f178.google.com", "209.85.160.178"),
              ("mail-yb1-f180.google.com", "209.85.219.180")]
EOP_FE = ["BN2PEPF000044A7", "SA2PEPF00003AE8", "CO1PEPF000075F3", "DS3PEPF000099D8", "BN3PEPF0000B06F"]
CUST = "Nq3Kt7bXcZ1x"  # Proofpoint customer id in urldefense links of Frontier Plains Bank


def fdate(t, style="rfc"):
    if style == "rfc": return t.strftime("%a, %-d %b %Y %H:%M:%S %z")
    if style == "utc": return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
    if style == "utcz": return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000 (UTC)")
    if style == "gpt":  # Google internal hops, Pacific
        p = t.astimezone(LA); return p.strftime("%a, %d %b %Y %H:%M:%S %z (") + p.tzname() + ")"


def date_header(client, who, t):
    if client in ("o365", "owa", "outlookcom", "sendgrid", "kvcore"): return fdate(t, "utc")
    if client in ("exch", "exch-ios", "ppsecure"): return fdate(t.astimezone(CHI))
    if client in ("yahoo", "aol"): return fdate(t, "utcz")
    if client == "ox": lt = t.astimezone(who.tz); return fdate(lt) + f" ({lt.tzname()})"
    if client == "docusign": return fdate(t.astimezone(LA))
    return fdate(t.astimezone(who.tz))


def make_mid(who, client, t):
    if client in ("o365", "owa", "outlookcom"):
        h, nam = who.host; return f"<{h}{HX(20)}@{h}.{nam}.prod.outlook.com>"
    if client in ("exch", "exch-ios"): return f"<{hx(32)}@FPB-EXMBX0{R.choice('24')}.fpb.local>"
    if client == "gmail": return "<CA" + R.choice("ABDEFGHJKLMNOPRSTUVWXYZ") + base64.urlsafe_b64encode(rbytes(42)).decode()[:53] + "@mail.gmail.com>"
    if client in ("iphone", "apple"): return f"<{ruuid().upper()}@{who.dom}>"
    if client in ("yahoo", "aol"): return f"<{R.randint(10**9, 2 * 10**9)}.{R.randint(10**6, 9 * 10**6)}.{int(t.timestamp() * 1000) + R.randint(1, 999)}@mail.yahoo.com>"
    if client == "ox": return f"<{R.randint(10**8, 10**9)}.{R.randint(10**5, 10**6)}.{int(t.timestamp() * 1000) + R.randint(1, 999)}@connect.xfinity.com>"
    if client == "ol16": return f"<000{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "kvcore": return f"<{alnum(22)}@geopod-ismtpd-{R.randint(2, 31)}>"
    if client == "docusign": return f"<{hx(32)}@docusign.net>"
    if client == "ppsecure": return f"<{ruuid()}@securemail.frontierplainsbank.example>"
    if client == "phpmailer": return f"<{alnum(43)}@{who.dom}>"
    return f"<{hx(32)}@{who.dom}>"


def qtime(t, tz): lt = t.astimezone(tz); return lt


def addr(n, e): return f'"{n}" <{e}>' if any(c in n for c in ".,@") else f"{n} <{e}>"


def urldefense(u): return f"https://urldefense.com/v3/__{u}__;!!{CUST}!{alnum(62)}-{alnum(18)}$"


FPB_BANNER = ("CAUTION: This email originated from outside of Frontier Plains Bank. Do not click links or open attachments unless you\n"
              "recognize the sender and know the content is safe.\n\n")


def pp_rewrite(s):
    out = []
    for tok in s.split(" "):
        parts = tok.split("\n"); np = []
        for p in parts:
            if p.startswith("https://") and "urldefense.com" not in p:
                tail = "";
                while p and p[-1] in ".,)>": tail = p[-1] + tail; p = p[:-1]
                p = urldefense(p) + tail
            elif p.startswith("<https://") and "urldefense.com" not in p:
                p = "<" + urldefense(p[1:].rstrip(">")) + ">"
            np.append(p)
        out.append("\n".join(np))
    return " ".join(out)


def quote_of(client, q, replier):
    tz = replier.tz if replier is not None else PHX
    lt = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    body = q["plain"]
    if client in ("exch", "exch-ios") and not email.endswith("frontierplainsbank.example"):
        body = FPB_BANNER + pp_rewrite(body)
    gt = "\n".join("> " + l if l else ">" for l in body.split("\n"))
    tos = "; ".join(f"{n} <{e}>" for n, e in q["to"]); ccs = "; ".join(f"{n} <{e}>" for n, e in q["cc"])
    sent = f"{lt:%A}, {lt:%B} {lt.day}, {lt.year} {lt:%-I:%M %p}"
    if client in ("o365", "exch", "ol16"):
        if client == "ol16": tos = "; ".join(f"'{n}' <{e}>" for n, e in q["to"])
        rows = [("From", f"{name} <{email}>"), ("Sent", sent), ("To", tos)] + ([("Cc", ccs)] if ccs else []) + [("Subject", q["subj"])]
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + body
    if client in ("owa", "outlookcom", "exch-ios"):
        rows = [("From", f"{name} <{email}>"), ("Sent", sent), ("To", tos)] + ([("Cc", ccs)] if ccs else []) + [("Subject", q["subj"])]
        return "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + body
    if client == "gmail":
        return f"\n\nOn {lt:%a}, {lt:%b} {lt.day}, {lt.year} at {lt:%-I:%M %p} {name} <{email}> wrote:\n\n" + gt
    if client in ("iphone", "apple"):
        return f"\n\n> On {lt:%b} {lt.day}, {lt.year}, at {lt:%-I:%M %p}, {name} <{email}> wrote:\n> \n" + gt
    if client in ("yahoo", "aol"):
        return (f"\n\n\n    On {lt:%A}, {lt:%B} {lt.day}, {lt.year} at {lt:%I:%M:%S %p} {lt.tzname()}, {name} <{email}> wrote:  \n \n"
                + "\n".join(" " + l for l in body.split("\n")))
    if client == "ox":
        return f"\n\n> On {lt:%m/%d/%Y} {lt:%-I:%M %p} {lt.tzname()} {name} <{email}> wrote:\n> \n> \n" + gt
    return "\n\n" + gt


def esc(s): return "<br>\n".join(H.escape(l) for l in s.split("\n"))


def html_of(client, new, quote):
    q = esc(quote.lstrip("\n")) if quote else ""
    if client in ("o365", "exch", "ol16"):
        qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal">' + q + "</p></div>") if q else ""
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--p.MsoNormal, li.MsoNormal, '
                'div.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Aptos",sans-serif;} --></style></head><body lang="EN-US" link="#467886" vlink="#96607D" '
                'style="word-wrap:break-word"><div class="WordSection1"><p class="MsoNormal">' + esc(new) + "<o:p></o:p></p>" + qh + "</div></body></html>")
    if client in ("owa", "outlookcom", "exch-ios"):
        qh = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">' + q + "</div>") if q else ""
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;'
                'margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + esc(new) + "</div>" + qh + "</body></html>")
    if client == "gmail":
        qh = ('<br><div class="gmail_quote gmail_quote_container"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">' + q + "</blockquote></div>") if q else ""
        return '<div dir="ltr">' + esc(new) + "</div>" + qh + "\n"
    if client in ("iphone", "apple"):
        qh = ('<div dir="ltr"><br><blockquote type="cite">' + q + "</blockquote></div>") if q else ""
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">' + esc(new)
                + "</div>" + qh + "</body></html>")
    if client in ("yahoo", "aol"):
        qh = ('<div id="yahoo_quoted_' + str(R.randint(10**9, 10**10)) + '" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, '
              'sans-serif;font-size:13px;color:#26282a;">' + q + "</div></div>") if q else ""
        return ('<html><head></head><body><div class="ydp' + hx(8) + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
                'font-size:16px;"><div dir="ltr" data-setdir="false">' + esc(new) + "</div></div>" + qh + "</body></html>")
    if client == "ox":
        qh = ('<blockquote type="cite">' + q + "</blockquote>") if q else ""
        return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n  <p>' + esc(new) + "</p>\n  " + qh
                + "\n </body>\n</html>")
    return None


def transport(who, t, infra, env):
    kind, helo, sip, d, s, ctry = INFRA[infra]
    if helo is None: helo, sip = R.choice(GMAIL_HELO)
    envdom = env.split("@")[1]; fromdom = who.dom if who is not None else envdom
    tu = t.astimezone(UTC)
    t1 = tu + datetime.timedelta(seconds=R.randint(1, 4)); t2 = t1 + datetime.timedelta(seconds=R.randint(0, 2))
    fe = R.choice(EOP_FE); mbx = "PH0PR17MB4512"; edge = f"BN9PR03CA0{R.randint(100, 999)}"
    u = lambda x: x.strftime("%a, %-d %b %Y %H:%M:%S +0000")
    v6 = lambda: f"2603:10b6:{R.choice(['408', '806', '510', '208'])}:{hx(3)}::{R.randint(4, 30)}"
    dk_ok = d is not None
    h = [("Received", f"from {edge}.namprd03.prod.outlook.com ({v6()}) by {mbx}.namprd17.prod.outlook.com with HTTPS; {u(t2)}"),
         ("Received", f"from {fe}.namprd04.prod.outlook.com ({v6()}) by {edge}.outlook.office365.com\n ({v6()}) with Microsoft SMTP Server "
                      f"(version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.23 via Frontend Transport; {u(t2)}"),
         ("Authentication-Results", f"spf.protection.outlook.com; spf=pass (sender IP is {sip})\n smtp.mailfrom={envdom}; dkim="
                                    + (f"pass (signature was verified)\n header.d={d};" if dk_ok else "none (message not signed)\n header.d=none;")
                                    + f"dmarc=pass action=none header.from={fromdom};compauth=pass reason=100"),
         ("Received-SPF", f"Pass (protection.outlook.com: domain of {envdom} designates\n {sip} as permitted sender) receiver=protection.outlook.com;\n"
                          f" client-ip={sip}; helo={helo}; pr=C"),
         ("Received", f"from {helo} ({sip}) by\n {fe}.mail.protection.outlook.com (10.167.{R.randint(240, 250)}.{R.randint(2, 250)}) with Microsoft SMTP Server\n"
                      f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.23 via Frontend\n Transport; {u(t1)}")]
    if kind == "exo":
        host = who.host[0] if who is not None and who.host else f"SN7PR0{R.randint(1, 9)}MB{R.randint(1000, 9999)}"
        nam = who.host[1] if who is not None and who.host else "namprd02"
        h += [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(96)}"),
              ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={envdom}; dmarc=pass action=none\n header.from={fromdom}; dkim=pass header.d={d}; arc=none"),
              ("Received", f"from {host}.{nam}.prod.outlook.com ({v6()}) by\n {host}.{nam}.prod.outlook.com ({v6()}) with\n Microsoft SMTP Server (version=TLS1_2, "
                           f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8769.22; {u(tu)}"),
              ("Received", f"from {host}.{nam}.prod.outlook.com\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{nam}.prod.outlook.com\n "
                           f"([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8769.022; {u(tu)}")]
    elif kind == "exch-pp":
        ct = t.astimezone(CHI).strftime("%a, %-d %b %Y %H:%M:%S %z"); qid = f"5{R.randint(1, 9)}{R.choice('ABCDEFGHIJKL')}{alnum(5)}0{R.randint(10000, 99999)}"
        h += [("Received", f"from pps.filterd (m0187469.ppops.net [127.0.0.1])\n\tby mx0b-00356802.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id {qid}\n\tfor <{me.email}>; {ct}"),
              ("Received", f"from fpb-exedge01.frontierplainsbank.example ([204.{R.randint(60, 70)}.12.{R.randint(10, 40)}])\n\tby mx0b-00356802.pphosted.com (PPS) with ESMTPS id "
                           f"{qid[:-3]}{R.randint(100, 999)}-1\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)\n\tfor <{me.email}>; {ct}"),
              ("Received", f"from FPB-EXMBX02.fpb.local (10.44.8.22) by FPB-EXMBX01.fpb.local\n (10.44.8.21) with Microsoft SMTP Server (version=TLS1_2,\n "
                           f"cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.2.1544.11; {ct}"),
              ("Received", f"from FPB-EXMBX02.fpb.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n FPB-EXMBX02.fpb.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%12]) with mapi id\n 15.02.1544.011; {ct}")]
    elif kind.startswith("google"):
        gt = fdate(t, "gpt")
        if kind == "google-smtp":
            h.append(("Received", f"from smtpclient.apple ([172.58.{R.randint(80, 140)}.{R.randint(2, 250)}])\n        by smtp.gmail.com with ESMTPSA id "
                                  f"d9443c01a7336-{hx(11)}sm{R.randint(10**6, 10**7)}b3a.{R.randint(10, 99)}.{t.astimezone(UTC):%Y.%m.%d.%H.%M.%S}\n        for <{me.email}>\n"
                                  f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gt}"))
        elif kind == "google-smtp-ato":
            h.append(("Received", f"from DESKTOP-3J8QK2L ([45.88.97.{R.randint(2, 250)}])\n        by smtp.gmail.com with ESMTPSA id "
                                  f"d9443c01a7336-{hx(11)}sm{R.randint(10**6, 10**7)}b3a.{R.randint(10, 99)}.{t.astimezone(UTC):%Y.%m.%d.%H.%M.%S}\n        for <{me.email}>\n"
                                  f"        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {gt}"))
        else:
            h.append(("Received", f"by {helo} with SMTP id 98e67ed59e1d1-{hx(11)}so{R.randint(10**6, 10**7)}a91.{R.randint(1, 9)}\n        for <{me.email}>; {gt}"))
        h += [("X-Gm-Message-State", "AOJu0Y" + b64(60)[:74]), ("X-Google-Smtp-Source", "AGHT+I" + b64(66)[:82]),
              ("X-Received", f"by 2002:a17:90b:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id\n 98e67ed59e1d1-{hx(11)}mr{R.randint(10**6, 10**7)}a91.{R.randint(1, 60)}."
                             f"{int(t.timestamp() * 1000)}; {gt}")]
    elif kind == "apple":
        h.append(("Received", f"from smtpclient.apple (st43p00im-ztdg10061901.me.com [17.58.6.40])\n\tby st43p00im-ztdg10061901.me.com (Postfix) with ESMTPSA id {HX(10)};\n"
                              f"\t{u(tu)}"))
    elif kind == "yahoo":
        h += [("X-Sonic-MF", f"<{env}>"), ("X-Sonic-ID", ruuid()),
              ("Received", f"from sonic.gate.mail.ne1.yahoo.com by sonic305.consmr.mail.ne1.yahoo.com with HTTP; {u(tu)}")]
    elif kind == "comcast":
        lt = t.astimezone(PHX)
        h += [("Received", f"from oxapp-hoa-{R.randint(10, 60)}o.email.comcast.net ([96.118.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby resomta-h2p-554517.sys.comcast.net with ESMTPSA\n"
                           f"\tid {alnum(18)}; {u(tu)}"), ("X-Xfinity-VAAS", "gggruggvucftvghtrhhoucdtuddrgeefvddrudejgedgleekucetufdoteggodetrfdotf"),
              ("X-Xfinity-VMeta", f"sc=0.00;st=legit")]
    elif kind == "godaddy":
        lt = t.astimezone(PHX)
        h.append(("Received", f"from HANKSURFACE ([70.176.{R.randint(1, 250)}.{R.randint(2, 250)}])\n\tby :SMTPAUTH: with ESMTPSA\n\tid {alnum(16)}; "
                              f"{lt:%a, %d %b %Y %H:%M:%S %z}"))
        h.append(("X-CMAE-Envelope", "MS4xfA" + b64(90)))
    elif kind == "sendgrid":
        h.append(("Received", f"by filterdrecv-{R.randint(5, 9)}f{hx(7)}-{alnum(5)} with SMTP id filterdrecv-{alnum(12)}-1-{HX(8)}-{R.randint(10, 60)}\n"
                              f"        {u(tu)}"))
        h.append(("Received", f"from MjMzNDU4NQ (unknown)\n\tby geopod-ismtpd-{R.randint(2, 31)} (SG) with HTTP\n\tid {alnum(22)}\n\t{u(tu)}"))
    elif kind == "docusign":
        h.append(("Received", f"from docusign.net (10.3.{R.randint(1, 250)}.{R.randint(1, 250)}) by mailsea.docusign.net id {hx(12)} for <{me.email}>; {u(tu)}"))
    elif kind == "exim":
        h.append(("Received", f"from [102.89.{R.randint(1, 250)}.{R.randint(2, 250)}] (helo=DESKTOP-M4O1QRT)\n\tby {helo} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                              f"\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid 1u{alnum(4)}-{alnum(6)}-{alnum(2)}\n\tfor {me.email};\n\t{u(tu)}"))
    elif kind == "exim-cpanel":
        ist = t.astimezone(datetime.timezone(datetime.timedelta(hours=5, minutes=30)))
        h.append(("Received", f"from [::1] (port=41822 helo=tucsonpoolpros.example)\n\tby {helo} with esmtpa (Exim 4.96.2)\n\t(envelope-from <{env}>)\n"
                              f"\tid 1u{alnum(4)}-{alnum(7)}-{alnum(2)}\n\tfor {me.email};\n\t{ist:%a, %d %b %Y %H:%M:%S %z}"))
        h.append(("X-AntiAbuse", f"Primary Hostname - {helo}"))
    if dk_ok:
        h.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                    "        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n"
                                    f"        bh={b64(32)};\n        b={b64(120)}\n         {b64(60)}"))
    tail = [("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("X-MS-Exchange-Organization-SCL", "1"),
            ("X-MS-Exchange-Organization-AuthSource", f"{fe}.namprd04.prod.outlook.com"), ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-Forefront-Antispam-Report", f"CIP:{sip};CTRY:{ctry};LANG:{'es' if who is not None and who.lang == 'es' else 'en'};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{helo};PTR:{helo};CAT:NONE;"
                                            "SFS:(13230040)(4022899009)(8096899003);DIR:INB;"),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", u(t1)), ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{R.randint(1, 9)}.{R.randint(1000000, 9999999)}")]
    return [("Return-Path", f"<{env}>")] + h, tail


PFX = {"o365": "RE: ", "owa": "RE: ", "outlookcom": "RE: ", "exch": "RE: ", "exch-ios": "RE: ", "ol16": "RE: "}
UA = {"iphone": ("X-Mailer", "iPhone Mail (22D82)"), "apple": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
      "yahoo": ("X-Mailer", "WebService/1.1.23369 YMailNorrin"), "aol": ("X-Mailer", "WebService/1.1.23369 AolMailNorrin"),
      "ox": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61"), "ol16": ("X-Mailer", "Microsoft Outlook 16.0"),
      "phpmailer": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")}
pending = []  # (utc, seq, folder, raw, label, scenario)
scen_n = {"G": 0}


def boundary(client):
    return {"o365": "_000_" + HX(36) + "_", "owa": "_000_" + HX(36) + "_", "outlookcom": "_000_" + HX(36) + "_",
            "exch": "_000_" + hx(32) + "FPBEXMBX02fpblocal_", "exch-ios": "_000_" + hx(32) + "FPBEXMBX02fpblocal_",
            "ol16": f"----=_NextPart_000_00{HX(2)}_01DB{HX(4)}.{HX(8)}", "gmail": "000000000000" + hx(16),
            "iphone": f"Apple-Mail-{ruuid().upper()}", "apple": f"Apple-Mail={ruuid().upper()}",
            "yahoo": f"----=_Part_{R.randint(10**6, 10**7)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 2 * 10**12)}",
            "aol": f"----=_Part_{R.randint(10**6, 10**7)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 2 * 10**12)}",
            "ox": f"----=_Part_{R.randint(10**5, 10**6)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 2 * 10**12)}"}.get(client, "b1_" + hx(32))


def textpart(ctype, text, cte):
    if cte == "qp":
        return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "",
                quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii")]
    if cte == "b64":
        return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: base64", "", base64.encodebytes(text.encode()).decode().rstrip("\n")]
    return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 7bit" if text.isascii() else "Content-Transfer-Encoding: 8bit", "", text]


def emit(who, client, t, to, cc, subj, refs, plain, html, atts=(), extra=(), label=None, infra=None, env=None, frm=None, tidx=None, topic=None,
         mid=None, reply_to=None, irt=None):
    m = mid or make_mid(who, client, t)
    folder = "Sent" if who is me else "INBOX"
    h, tail = ([], [])
    if folder == "INBOX": h, tail = transport(who, t, infra or who.infra, env or who.email)
    h += [("From", frm or addr(who.name, who.email)), ("To", ", ".join(addr(n, e) for n, e in to))]
    if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    if reply_to: h.append(("Reply-To", reply_to))
    subj_h = subj if subj.isascii() else "=?utf-8?B?" + base64.b64encode(subj.encode()).decode() + "?="
    h += [("Subject", subj_h), ("Date", date_header(client, who, t)), ("Message-ID", m)]
    if refs: h += [("References", " ".join(refs) if client != "gmail" else "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])]
    if client in ("o365", "owa", "outlookcom", "exch", "exch-ios", "ol16"):
        topic = topic or subj
        h += [("Thread-Topic", topic if topic.isascii() else "=?utf-8?B?" + base64.b64encode(topic.encode()).decode() + "?="),
              ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
        if client != "ol16":
            h += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
            if client in ("exch", "exch-ios"):
                h += [("x-originating-ip", f"[10.44.{R.choice([31, 32, 57])}.{R.randint(20, 200)}]"), ("x-ms-exchange-transport-fromentityheader", "Hosted")]
            else:
                h += [("msip_labels", ""), ("x-ms-publictraffictype", "Email"), ("x-ms-exchange-messagesentrepresentingtype", "1")]
        else:
            h += [("Content-Language", "en-us")]
    if client in UA: h.append(UA[client])
    h += list(extra) + [("MIME-Version", "1.0")]
    cte = "qp" if client not in ("ox", "yahoo", "aol") else ("7bit")
    if client in ("yahoo", "aol"): cte = "qp"
    alt = textpart("text/plain", plain, cte)
    if html:
        ab = boundary(client)
        alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain, cte)
        alt += [f"--{ab}"] + textpart("text/html", html, cte) + [f"--{ab}--", ""]
    if atts:
        mb = boundary(client).replace("_000_", "_004_", 1); body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for a in atts:
            name, data, ctype = a[:3]; inline = len(a) > 3 and a[3]
            disp = "inline" if inline else "attachment"
            body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Description: {name}',
                     f'Content-Disposition: {disp}; filename="{name}"; size={len(data)}', "Content-Transfer-Encoding: base64", "",
                     base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mb}--", ""]
    else: body = alt
    raw = ("\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h + tail) + "\r\n"
           + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n")
    pending.append((t.astimezone(UTC), len(pending), folder, raw, m, label))
    return m


class Thread:
    def __init__(s, tag, partner, subj):
        s.tag, s.p, s.base, s.cur = tag, partner, subj, subj
        s.refs, s.last, s.blocks = [], None, []
        s.tbase = b"\x01" + rbytes(21)

    def add(s, who, text, t, sc=None, ctx=False, client=None, to=None, cc=None, sig=True, quote=True, subj=None, atts=(), html=None, extra=(),
            infra=None, env=None, frm=None, reply_to=None, qmod=None, signoff=None, refs=None, irt=None, topic=None, keep=True, mid=None):
        client = client or who.client
        own = (who.sig if sig else "") if signoff is None else signoff
        q = ""
        if quote and s.last:
            q = quote_of(client, s.last, who)
            if qmod: q = qmod(q)
        if client in ("iphone",) and sig is True and own == who.sig and not who.sig:
            own = "\n\nSent from my iPhone"
        newtext = text + own
        if client in ("o365", "exch") and who is me and q: q = q  # Outlook desktop: quote follows directly
        foot = who.footer if client in ("exch", "exch-ios") else ""
        plain = newtext + q + foot
        if subj is None:
            if not s.refs and s.last is None: subj = s.cur
            else:
                base = s.cur
                for p_ in ("RE: ", "Re: ", "RE:", "Re:", "AW: "):
                    if base.startswith(p_): base = base[len(p_):].lstrip()
                subj = PFX.get(client, "Re: ") + base
                if client in ("exch", "exch-ios") and "[EXTERNAL]" not in subj and who.dom == "frontierplainsbank.example":
                    subj = subj.replace(": ", ": [EXTERNAL] ", 1)
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        tidx = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        if html is None: html = html_of(client, newtext, q + foot)
        elif html is False: html = None
        label = None
        if who is not me and not ctx:
            if sc is None and (refs if refs is not None else s.refs):
                scen_n["G"] += 1
                sc = (f"G{scen_n['G']}", "genuine-reply", f"{s.tag}: plain in-thread reply from {who.name} ({client})")
            if sc is not None:
                lab = "hijack" if sc[0].startswith("A") else "genuine"
                label = (lab, sc[1], sc[0], sc[2])
        m = emit(who, client, t, to, cc, subj, list(s.refs if refs is None else refs), plain, html, atts=atts, extra=extra, label=label, infra=infra,
                 env=env, frm=frm, tidx=tidx, topic=topic or s.base, reply_to=reply_to, irt=irt, mid=mid)
        if keep:
            s.refs.append(m); s.cur = subj
            s.last = dict(t=t, name=who.name if frm is None else frm.split(" <")[0].strip('"'), email=who.email if frm is None else frm.split("<")[1].rstrip(">"),
                          plain=plain, subj=subj, to=to, cc=cc or [])
        return m


def A(i, kind, d): return (f"A{i}", kind, d)
def GH(i, d, kind="genuine-hard"): return (f"H{i}", kind, d)


def P(x): return (x.name, x.email) if isinstance(x, Pt) else x


WIRE_SAG = pdf(["Saguaro Title & Escrow, LLC - Wiring Instructions (Escrow Trust Account)", "Bank: Arizona Heritage Bank, Phoenix AZ",
                "ABA 122106455  Account 4400187302", "Reference: escrow number and buyer name",
                "CALL (602) 555-0140 TO VERIFY BEFORE WIRING. WE NEVER CHANGE THESE INSTRUCTIONS BY EMAIL."], when="20250102080000")

# ================================================================ F1 25-0112-RC 4421 E Camelback Rd #204
# ---------------------------------------------------------------- T25 inspector invoice (GoDaddy, Outlook 2016)
t25 = Thread("T25", hank, "Inspection invoice - 4421 E Camelback Rd #204 - paid through escrow")
t25.add(hank, "Hi Renee,\n\nI inspected unit 204 at 4421 E Camelback for the buyer, Samantha Reyes, on Wednesday. Per her contract the $425 fee is to "
        "be paid out of escrow at closing, so I'm attaching my invoice. The report itself went to Samantha and her agent.", at(2025, 1, 24, 16, 12),
        atts=[("SHI-2025-0117_Reyes_4421ECamelback.pdf", pdf(["Sorensen Home Inspections, LLC", "Invoice SHI-2025-0117", "Condo inspection, 4421 E Camelback Rd #204",
                                                             "Client: Samantha Reyes", "Amount due at closing: $425.00"], producer="Microsoft® Word 2016"), "application/pdf")])
t25.add(me, "Hi Hank,\n\nThank you. I've added the $425 to the buyer's side of the settlement statement for escrow 25-0112-RC. Could you send a W-9 "
        "so accounting can cut the check?", at(2025, 1, 24, 16, 40))
t25.add(hank, "Renee,\n\nW-9 attached. Checks can be mailed to the address on the invoice.", at(2025, 1, 27, 7, 48),
        atts=[("W9_Sorensen_Home_Inspections.pdf", pdf(["Form W-9", "Sorensen Home Inspections, LLC", "EIN 86-55*****"], producer="Microsoft® Word 2016"), "application/pdf")])
t25.add(me, "Hi Hank,\n\nThe file closed on Friday; check #20817 for $425.00 went out in this morning's mail.", at(2025, 3, 17, 11, 5))
t25.add(hank, "Got it today, thanks Renee. Always a pleasure working with Saguaro.", at(2025, 3, 19, 15, 31))

# ---------------------------------------------------------------- T1 opening, buyer's agent moves brokerage
t1 = Thread("T1", carla, "Escrow opened - 4421 E Camelback Rd #204 - Escrow No. 25-0112-RC")
t1.add(me, "Hello Carla and Marcus,\n\nThank you for choosing Saguaro Title & Escrow. Escrow No. 25-0112-RC is open for 4421 E Camelback Rd #204 "
       "(Kessler to Reyes), purchase price $289,000, COE March 14, 2025. The opening package is attached.\n\nThe buyer's $5,000 earnest money is due "
       "within three business days. Please have Samantha call our main line to get wiring instructions verbally, or she can drop off a cashier's check.",
       at(2025, 1, 13, 9, 22), to=[P(carla), P(marcus_old)], cc=[jasmine],
       atts=[("25-0112-RC_Opening_Package.pdf", pdf(["Saguaro Title & Escrow - Opening Package", "Escrow No. 25-0112-RC", "4421 E Camelback Rd #204, Phoenix AZ 85018",
                                                     "Seller: Howard Kessler   Buyer: Samantha Reyes", "COE: 03/14/2025"]), "application/pdf")])
t1.add(carla, "Hi Renee,\n\nGot it, thank you! Howard Kessler is the seller, best reached at 602-555-0171 in the mornings. The HOA is Camelback Vista "
       "Condominiums, managed by Cactus Wren. Let me know if you need anything from my side.", at(2025, 1, 13, 10, 4),
       to=[P(me)], cc=[P(marcus_old), jasmine])
t1.add(marcus_old, "Thanks Renee,\n\nSamantha plans to drop off a cashier's check tomorrow afternoon. Could you email me the EMD receipt once it's in?",
       at(2025, 1, 13, 13, 41), to=[P(me)], cc=[P(carla), jasmine])
t1.add(me, "Hi Marcus,\n\nThe EMD cashier's check for $5,000 was deposited today; receipt attached for your file.", at(2025, 1, 15, 8, 55),
       to=[P(marcus_old)], cc=[P(carla)],
       atts=[("EMD_Receipt_25-0112-RC.pdf", pdf(["Earnest Money Receipt", "Escrow 25-0112-RC", "Received from Samantha Reyes: $5,000.00"]), "application/pdf")])
t1.add(marcus_old, "Hi Renee and Carla,\n\nA heads-up on my end: effective February 10 I'm moving my license from Copper State Realty to Keystone Peak "
       "Real Estate. Ellen Ortiz, Copper State's designated broker, has signed off on the transfer, and Samantha has agreed in writing to stay with me; the "
       "notice and the amended agency disclosure are attached.\n\nStarting the 10th please use marcus@keystonepeakre.example. My cell number stays "
       "the same.", at(2025, 2, 3, 11, 18), to=[P(me), P(carla)], sc=GH(3, "T1: buyer's agent announces move to another brokerage, new address given, notice PDF"),
       atts=[("Brokerage_Transfer_Notice_M_Lee.pdf", pdf(["Copper State Realty", "Notice of license transfer - Marcus Lee",
                                                          "Effective 02/10/2025 to Keystone Peak Real Estate", "Ellen Ortiz, Designated Broker"]), "application/pdf")])
t1.add(me, "Hi Marcus,\n\nCongratulations on the move. I've noted the change in the file. We'll need a commission disbursement authorization from "
       "Keystone Peak signed by their designated broker, and I'll confirm it with their office by phone before closing.", at(2025, 2, 3, 14, 2),
       to=[P(marcus_old)], cc=[P(carla)])
t1.add(marcus, "Hi Renee,\n\nAs promised, here I am from the new address. Keystone Peak's CDA for 4421 E Camelback is attached, signed by our broker, "
       "Dale Whitford. Commission to be paid by check to Keystone Peak Real Estate, no wire. Their front desk is 480-555-0150 if you want to confirm.",
       at(2025, 2, 11, 9, 37), to=[P(me)], cc=[P(carla)], sc=GH(4, "T1: same agent's first reply from the new brokerage's Google Workspace, CDA PDF"),
       atts=[("CDA_4421ECamelback_KeystonePeak.pdf", pdf(["Keystone Peak Real Estate - Commission Disbursement Authorization", "4421 E Camelback Rd #204",
                                                          "Payable by check to Keystone Peak Real Estate", "Dale Whitford, Designated Broker"],
                                                         producer="Google Docs Renderer"), "application/pdf")])
t1.add(me, "Thanks Marcus. I spoke with Dale at Keystone Peak this morning using the number on their ADRE license record; the CDA is confirmed.",
       at(2025, 2, 11, 13, 20), to=[P(marcus)], cc=[P(carla)])
t1.add(carla, "Perfect. Howard signed our side of the CDA yesterday, it's in Dotloop now and I'll export it to you tonight.",
       at(2025, 2, 12, 8, 15), to=[P(me)], cc=[P(marcus)])

# ---------------------------------------------------------------- T2 seller (AOL), new bank account after phone verification
t2 = Thread("T2", kessler, "4421 E Camelback Rd #204 - seller documents and proceeds")
t2.add(me, "Dear Mr. Kessler,\n\nI'm the escrow officer on the sale of your condo. Attached are the seller questionnaire and a proceeds instruction form. "
       "Please fill in the form by hand and bring it to our office, or mail it; we don't take bank details over email.", at(2025, 1, 14, 10, 30),
       atts=[("Seller_Questionnaire_25-0112-RC.pdf", pdf(["Seller Questionnaire", "Escrow 25-0112-RC"]), "application/pdf"),
             ("Proceeds_Instruction_Form.pdf", pdf(["Seller Proceeds Instructions", "Wire / check / pickup"]), "application/pdf")])
t2.add(kessler, "Renee,\n\nThe condo is paid off since 2011 so there is no mortgage to deal with. I will drop the forms off Friday on my way to golf.\n\nHoward",
       at(2025, 1, 16, 8, 2))
t2.add(me, "Dear Mr. Kessler,\n\nThank you for bringing the forms in. We have you down for a wire to your Arizona Heritage Bank account ending 4471.",
       at(2025, 1, 17, 14, 45))
t2.add(kessler, "Renee,\n\nSmall wrinkle. Arizona Heritage is closing the branch at 44th Street and I am moving everything to Mesa Verde Credit Union "
       "where my daughter banks. I will call you Tuesday about it.\n\nHoward", at(2025, 2, 24, 7, 51))
t2.add(me, "Dear Mr. Kessler,\n\nThank you for calling this morning. I verified by phone, calling you back at the number we have had on file since "
       "January, that you want your proceeds to go to your new account at Mesa Verde Credit Union instead of Arizona Heritage Bank.\n\nPlease sign the "
       "disbursement letter in front of a notary and send it to me; before closing I will call you once more and read the numbers back to you.",
       at(2025, 2, 25, 10, 12))
t2.add(kessler, "Renee,\n\nHere is the letter, signed and notarized at the UPS Store on Bell Road. My grandson scanned it for me. Call me when "
       "you want to read back the numbers, I am home all week.\n\nHoward", at(2025, 2, 26, 15, 20),
       sc=GH(2, "T2: seller's own new bank account by notarized letter, after Renee's Sent reply says verified by phone"),
       atts=[("Kessler_disbursement_letter_signed.pdf", pdf(["Disbursement letter - Escrow 25-0112-RC", "Please wire my net proceeds to:",
                                                             "Mesa Verde Credit Union, ABA 322187345", "Account 7700413392, Howard J. Kessler",
                                                             "Signed and notarized 02/26/2025"], producer="HP Scan"), "application/pdf")])
t2.add(me, "Dear Mr. Kessler,\n\nRead-back completed by phone at 10:40 this morning; everything matches the letter. Thank you for your patience.",
       at(2025, 2, 27, 10, 52))
t2.add(kessler, "Renee,\n\nThe money showed up at the credit union this afternoon. Thank you for taking such good care of an old man.\n\nHoward",
       at(2025, 3, 14, 16, 33))

# ---------------------------------------------------------------- T3 bank lender (on-prem Exchange + Proofpoint)
t3 = Thread("T3", brian, "Reyes - Loan #7720184 - 4421 E Camelback Rd #204 - title/escrow")
t3.add(brian, "Good morning Renee,\n\nI'm the loan officer for Samantha Reyes on her purchase of 4421 E Camelback #204 (conventional, 80% LTV). When you "
       "have them, please send the title commitment, a CPL naming Frontier Plains Bank ISAOA/ATIMA, and your escrow instructions. My assistant Kelsey "
       "Moreno is copied on everything for this loan.", at(2025, 1, 15, 8, 5), cc=[P(kelsey)])
t3.add(me, "Hi Brian,\n\nAttached are the title commitment and the CPL. Escrow instructions will follow once we have the HOA resale package. "
       "Our wire instructions for the loan funds are on file with your closing department; please have them call our main number if anything changes.",
       at(2025, 1, 16, 9, 40), cc=[P(kelsey)],
       atts=[("25-0112-RC_Title_Commitment.pdf", pdf(["Commitment for Title Insurance", "ALTA 2021", "Schedule A: 4421 E Camelback Rd #204",
                                                      "Proposed insured lender: Frontier Plains Bank ISAOA/ATIMA"]), "application/pdf"),
             ("CPL_FPB_25-0112-RC.pdf", pdf(["Closing Protection Letter", "Frontier Plains Bank ISAOA/ATIMA"]), "application/pdf")])
t3.add(kelsey, "Hi Renee,\n\nBrian is at a builder event in Buckeye today, so I'm picking this up. Underwriting received the commitment, thanks. "
       "They are asking for a 24-month chain of title and the HOA certification questionnaire. Would you be able to send the chain by Tuesday?",
       at(2025, 1, 17, 11, 26), cc=[P(brian)],
       sc=GH(5, "T3: loan assistant replies for the loan officer (first mail from her, same bank domain and infrastructure)"))
t3.add(me, "Hi Kelsey,\n\nThe 24-month chain is attached: a single transfer, the 2011 deed to Mr. Kessler. The HOA questionnaire is ordered from "
       "Cactus Wren and should be in by the end of the week.", at(2025, 1, 20, 13, 10), to=[P(kelsey)], cc=[P(brian)],
       atts=[("Chain_of_Title_24mo_4421ECamelback.pdf", pdf(["24 month chain of title", "Warranty Deed 2011-0418832 to Howard J. Kessler"]), "application/pdf")])
t3.add(brian, "Renee,\n\nWe are clear to close. A few links for you:\n\n- Appraisal (AMC portal, read-only copy): "
       + urldefense("https://portal.valuelinkamc.example/orders/FPB-7720184/report") + "\n- Flood cert: "
       + urldefense("https://floodcert.corelogic-services.example/cert/25-00418832") + "\n- Our title & escrow fee worksheet: "
       + urldefense("https://titleportal.frontierplainsbank.example/loan/7720184/fees") + "\n\nThe initial CD went out to Samantha this morning; please "
       "balance your figures against the fee worksheet and let Kelsey know about any differences.", at(2025, 2, 19, 10, 48), cc=[P(kelsey)],
       sc=GH(6, "T3: bank reply full of Proofpoint urldefense links, [EXTERNAL] tag and banner in the quoted text"))
t3.add(me, "Hi Brian,\n\nOur figures balance with the worksheet except the recording fee: Maricopa County charges $30 per document, so $60 for the "
       "deed of trust and the release. I've sent Kelsey a corrected fee sheet.", at(2025, 2, 20, 8, 31), cc=[P(kelsey)])
ds1 = Pt("Amanda Pruneda via DocuSign", "dse_NA3@docusign.net", "docusign", "docusign")
t3.add(ds1, "Amanda Pruneda sent you a document to review and sign.\n\nREVIEW DOCUMENT: https://na3.docusign.net/Signing/EmailStart.aspx?a="
       + ruuid() + "&etti=24&acct=" + ruuid() + "&er=" + ruuid() + "\n\nAmanda Pruneda\nmortgageclosing@frontierplainsbank.example\n\nRenee, please "
       "review and sign the closing instructions for Reyes, loan 7720184. Funding is scheduled for 3/14.\n\nDo Not Share This Email\nThis email contains "
       "a secure link to Docusign. Please do not share this email, link, or access code with others.\n\nAbout Docusign\nSign documents electronically "
       "in just minutes. It's safe, secure, and legally binding.", at(2025, 2, 24, 13, 2, CHI), refs=[], keep=False, quote=False, sig=False,
       subj="Please DocuSign: Closing Instructions - Reyes - Loan 7720184", reply_to="Amanda Pruneda <mortgageclosing@frontierplainsbank.example>",
       frm='"Amanda Pruneda via Docusign" <dse_NA3@docusign.net>', env="bounces+" + hx(8) + "@docusign.net",
       html='<html><body style="background-color:#eaeaea"><table width="100%"><tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif">'
            '<img src="https://na3.docusign.net/Member/Images/email/docInvite-white.png" alt=""><p>Amanda Pruneda sent you a document to review and sign.</p>'
            '<a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=' + ruuid() + '" style="background-color:#ffc423;padding:10px 20px">REVIEW DOCUMENT</a>'
            '<p>Renee, please review and sign the closing instructions for Reyes, loan 7720184. Funding is scheduled for 3/14.</p></td></tr></table></body></html>',
       extra=[("X-DocuSign-Envelope-Id", ruuid().upper()), ("X-Api-Host", "na3.docusign.net")],
       sc=GH(7, "T3: DocuSign envelope 'Please DocuSign: Closing Instructions' from the lender's closing department, not threaded"))
t3.add(me, "Hi Brian,\n\nI signed Amanda's closing instructions in DocuSign. Samantha signs on the 12th with our notary, so we're on track for "
       "funding on the 14th.", at(2025, 2, 25, 9, 14), cc=[P(kelsey)])
t3.add(brian, "Funded, wire left Amarillo at 11:02 central. Fed ref to follow from closing.", at(2025, 3, 13, 10, 6), client="exch-ios", cc=[P(kelsey)],
       signoff="\n\nGet Outlook for iOS<https://aka.ms/o0ukef>", sc=GH(19, "T3: loan officer from Outlook for iOS, two lines, no signature"))

# ---------------------------------------------------------------- T4 HOA demand (M365 desktop) with the payment portal
PORTAL = "https://pay.cactuswrencm.example/closing"
t4 = Thread("T4", dana, "Demand/Resale Request - Camelback Vista Condominiums - 4421 E Camelback Rd #204")
t4.add(me, "Hi Dana,\n\nPlease prepare the resale disclosure package and a payoff demand for unit 204 (owner Howard Kessler), escrow 25-0112-RC, "
       "closing March 14. Our order form is attached; the disclosure fee can be collected at closing.", at(2025, 1, 21, 9, 2),
       atts=[("Resale_Order_25-0112-RC.pdf", pdf(["HOA resale / demand order", "Camelback Vista Condominiums Unit 204"]), "application/pdf")])
t4.add(dana, "Hi Renee,\n\nThe resale disclosure for unit 204 is attached. At closing, please pay the transfer fee ($400), the capital reserve "
       "contribution ($750) and the statement balance through our payment portal, the same one you used for Camelback Vista last year: "
       f"{PORTAL}?assoc=CVC&unit=204\n\nThe portal asks for the demand number, CVC-0204-2501.", at(2025, 1, 24, 14, 35),
       atts=[("CVC_Resale_Disclosure_Unit204.pdf", pdf(["Camelback Vista Condominiums - Resale Disclosure (A.R.S. 33-1260)", "Unit 204, owner Howard Kessler",
                                                        "Assessments paid through 01/31/2025"], uris=[f"{PORTAL}?assoc=CVC&unit=204"]), "application/pdf")])
t4.add(me, "Hi Dana,\n\nCould you update the demand so it's good through March 14? The February assessment has posted since.", at(2025, 2, 28, 10, 20))
t4.add(dana, "Hi Renee,\n\nUpdated demand attached, good through 3/14. Nothing else changes; the portal link and demand number stay the same.",
       at(2025, 3, 3, 8, 52), atts=[("CVC_Demand_Unit204_good_thru_0314.pdf", pdf(["Payoff demand, Unit 204", "Good through 03/14/2025",
                                                                                    "Total due at closing: $1,412.00"]), "application/pdf")])
t4.add(me, "Hi Dana,\n\nPaid through the portal this morning, confirmation CWP-88213. Thanks as always.", at(2025, 3, 17, 9, 31))

# ---------------------------------------------------------------- T27 notary (Gmail web), always sends a zip of scans
t27 = Thread("T27", lupe, "Signing order - Reyes - 4421 E Camelback #204 - 3/12 4:30 pm")
t27.add(me, "Hi Lupe,\n\nCan you take a buyer signing for Samantha Reyes on Wednesday 3/12 at 4:30 pm at her office, 2800 N Central Ave, 14th floor? "
        "The lender package will come from Frontier Plains Bank; our docs are attached.", at(2025, 3, 10, 11, 0),
        atts=[("Reyes_buyer_docs_25-0112-RC.pdf", pdf(["Buyer closing documents", "Escrow 25-0112-RC", "Settlement statement, escrow instructions, affidavits"]),
               "application/pdf")])
t27.add(lupe, "Hi Renee! Yes, I can do Wednesday at 4:30. I'll print both packages and bring my scanner.", at(2025, 3, 10, 12, 17))
t27.add(lupe, "All signed, no issues. Scans are in the zip as usual, the originals go out FedEx overnight: 7790 4418 2215.", at(2025, 3, 12, 19, 48),
        atts=[("Reyes_4421Camelback_signed_scans.zip", zipped([("Reyes_lender_package_signed.pdf", pdf(["signed lender package"], producer="ScanSnap Home")),
                                                               ("Reyes_escrow_docs_signed.pdf", pdf(["signed escrow docs"], producer="ScanSnap Home"))],
                                                              when=(2025, 3, 12, 19, 40, 0)), "application/zip")])
t27.add(me, "Thank you Lupe, the scans look complete. Your invoice is approved.", at(2025, 3, 13, 8, 20))

# ---------------------------------------------------------------- T6 buyer (Outlook.com), revived six months later for a new purchase
t6 = Thread("T6", reyes, "Your closing - 4421 E Camelback Rd #204 - what to expect")
t6.add(me, "Hi Samantha,\n\nYour closing is set for March 14. You'll sign with our mobile notary, Lupe Alvarado, on March 12. Your cash to close is "
       "$41,862.17; the final figure will come with the settlement statement.\n\nIf you wire the funds, call our main number and ask for the "
       "wiring instructions over the phone. Never use instructions that arrive by email, even if they appear to come from me.", at(2025, 2, 24, 15, 2))
t6.add(reyes, "Hi Renee,\n\nThanks for the rundown. Can I wire directly from my Fidelity brokerage account, and how many days should I allow?",
       at(2025, 2, 24, 18, 44))
t6.add(me, "Hi Samantha,\n\nA wire from Fidelity is fine. Send it no later than the 12th so it is in our account the morning of the 13th.",
       at(2025, 2, 25, 8, 22))
t6.add(reyes, "Wire sent this morning after I called your office for the instructions. Fidelity's confirmation is attached.", at(2025, 3, 11, 9, 15),
       atts=[("Fidelity_wire_confirmation_0311.pdf", pdf(["Fidelity Investments", "Outgoing wire confirmation", "Amount $41,862.17",
                                                          "Beneficiary: Saguaro Title & Escrow Trust"], producer="Fidelity Investments"), "application/pdf")])
t6.add(me, "Hi Samantha,\n\nYour wire of $41,862.17 arrived this afternoon. See you on the other side of closing!", at(2025, 3, 11, 15, 40))
t6.add(reyes, "It recorded! Carla handed me the keys an hour ago. Thank you so much for walking me through everything.", at(2025, 3, 14, 17, 5))
t6.add(reyes, "Hi Renee,\n\nIt's been a while! I'm under contract again, this time on a townhome at 1630 W Belmont Ave that I'll rent out. Marcus is "
       "my agent again and we both asked for you as the escrow officer. Is that possible? The contract was accepted last night.", at(2025, 9, 16, 7, 58),
       sc=GH(16, "T6: same client revives a six-month-old closing thread for a new purchase"))
t6.add(me, "Hi Samantha,\n\nWhat great news, and of course. I've opened escrow 25-0811-RC for 1630 W Belmont Ave. Please send the signed contract, "
       "and the same rule as before applies to wiring: call us first.", at(2025, 9, 16, 9, 30))
t6.add(reyes, "Contract attached, all counters included. Talk soon!", at(2025, 9, 17, 12, 11),
       atts=[("1630WBelmont_Purchase_Contract_signed.pdf", pdf(["AAR Residential Resale Real Estate Purchase Contract", "1630 W Belmont Ave, Phoenix AZ 85021"],
                                                              producer="Dotloop"), "application/pdf")])

# ---------------------------------------------------------------- T5 fake thread from a stranger, HTML attachment
fake = Pt("Dominic Hayes", "dhayes@tucsonpoolpros.example", "phpmailer", "cpanel")
fake_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Closing Documents - Secure View</title></head><body style="font-family:Segoe UI">'
             '<div style="width:360px;margin:60px auto;border:1px solid #ccc;padding:24px"><h3>Closing Docs - 4421 E Camelback</h3>'
             '<p>Sign in with your Microsoft 365 account to view 3 secured documents.</p><form method="post" action="https://closing-docs-view.example/4421/auth.php">'
             '<input name="login" placeholder="Email"><br><input name="passwd" type="password" placeholder="Password"><br><button>View Documents</button>'
             '</form></div></body></html>').encode()
fake_q = ("\n\nFrom: Renee Castillo <rcastillo@saguarotitle.example>\nSent: Monday, March 10, 2025 2:14 PM\nTo: Dominic Hayes\nSubject: Closing docs – 4421 E Camelback\n\n"
          "Please send over the closing docs for review.")
t5 = Thread("T5", fake, "Closing docs – 4421 E Camelback")
t5.add(fake, "Hello Renee,\n\nAs requested please find attached the final closing docs for 4421 E Camelback for your review and signature before funding. "
       "Kindly open the attachment and sign in to view.\n\nRegards,\nDominic Hayes\nSettlement Coordinator" + fake_q, at(2025, 3, 11, 6, 12),
       subj="RE: Closing docs – 4421 E Camelback", refs=[f"<PH0PR17MB4512{HX(20)}@PH0PR17MB4512.namprd17.prod.outlook.com>"], sig=False, quote=False,
       atts=[("Closing_Docs_4421_E_Camelback.html", fake_html, "text/html")],
       sc=A(8, "fake-thread", "T5: 'RE: Closing docs – 4421 E Camelback' from a stranger on a compromised cPanel host, invented quote, HTML login attachment"))

# ================================================================ F2 25-0231-RC 1187 W Ironwood Dr (Whitlock -> Ortega)
# ---------------------------------------------------------------- T11 listing team (Google Workspace + kvCORE CRM mailer)
t11 = Thread("T11", jordan, "1187 W Ironwood Dr - listing side / commission")
t11.add(jordan, "Hi Renee,\n\nNew one for you: 1187 W Ironwood Dr, seller Gary Whitlock, buyers Luis and Carmen Ortega, $412,500, COE April 25. "
        "Fully executed contract and counter attached. Buyer's agent is Tyler Brooks.", at(2025, 3, 4, 8, 12),
        atts=[("1187WIronwood_Contract_Executed.pdf", pdf(["AAR Residential Resale Real Estate Purchase Contract", "1187 W Ironwood Dr, Phoenix AZ 85021",
                                                          "Purchase price $412,500"], producer="Dotloop"), "application/pdf")])
t11.add(me, "Hi Jordan,\n\nThanks! Escrow 25-0231-RC is open and the opening package is on its way to both sides. I'll order the payoff from "
        "Frontier Plains Bank today.", at(2025, 3, 4, 9, 5))
t11.add(jordan, "Great. The SPDS and the seller's solar paperwork are attached; the panels are owned, no lease to assume.", at(2025, 3, 5, 12, 40),
        atts=[("SPDS_1187WIronwood.pdf", pdf(["Seller's Property Disclosure Statement", "1187 W Ironwood Dr"], producer="Dotloop"), "application/pdf")])
t11.add(me, "Hi Jordan,\n\nWhen you get a chance, please send the commission disbursement authorization signed by your designated broker.",
        at(2025, 3, 27, 14, 10))
kv = Pt("Sun Country Home Team", "noreply@suncountryhomes.example", "kvcore", "kvcore")
kv_link = "https://docs.kvcore.example/share/d/" + alnum(24)
t11.add(kv, f"Jordan Pike shared a document with you\n\nCommission Disbursement Authorization - 1187 W Ironwood Dr.pdf\n\nView document: {kv_link}\n\n"
        "Message from Jordan: Here you go Renee, signed by Pam (our DB) this morning.\n\nReply to this email to respond to Jordan directly.\n\n"
        "Sun Country Home Team | brokered by Sun Country Realty | 8325 W Bell Rd, Peoria, AZ 85382\nUnsubscribe from document notifications",
        at(2025, 3, 28, 9, 47), refs=[], keep=False, quote=False, sig=False, subj="Re: 1187 W Ironwood Dr - listing side / commission",
        reply_to="Jordan Pike <jordan@suncountryhomes.example>", env="bounces+3918441-" + hx(4) + "-rcastillo=saguarotitle.example@em4821.suncountryhomes.example",
        html=('<html><body style="margin:0;background:#f4f5f7"><table align="center" width="600" style="background:#fff;font-family:Arial,sans-serif">'
              '<tr><td style="padding:20px"><img src="https://cdn.kvcore.example/brand/suncountry/logo.png" alt="Sun Country Home Team" width="180"></td></tr>'
              '<tr><td style="padding:20px"><p><b>Jordan Pike</b> shared a document with you</p><p>Commission Disbursement Authorization - 1187 W Ironwood Dr.pdf</p>'
              f'<p><a href="{kv_link}" style="background:#0b5cab;color:#fff;padding:10px 18px;text-decoration:none">View document</a></p>'
              '<p>Message from Jordan: Here you go Renee, signed by Pam (our DB) this morning.</p></td></tr>'
              f'<tr><td style="font-size:11px;color:#888;padding:20px">Unsubscribe <a href="https://u3918441.ct.sendgrid.net/ls/click?upn={alnum(40)}">here</a>'
              '</td></tr></table><img src="https://u3918441.ct.sendgrid.net/wf/open?upn=' + alnum(60) + '" width="1" height="1"></body></html>'),
        extra=[("X-SG-EID", "u001." + alnum(80)), ("X-SG-ID", "u001." + alnum(60)), ("X-Entity-ID", "u001." + alnum(22)),
               ("List-Unsubscribe", f"<https://u3918441.ct.sendgrid.net/lu/unsubscribe?oc={alnum(30)}>, <mailto:unsubscribe@suncountryhomes.example>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        sc=GH(15, "T11: kvCORE CRM 'shared a document' notification from the listing team, threaded by subject only, Reply-To the agent", "genuine-orphan"))
t11.add(me, "Hi Jordan,\n\nGot the CDA through kvCORE, thanks. Pam's signature matches the one we have on file.", at(2025, 3, 28, 10, 30))
t11.add(jordan, "Congrats on another smooth one, Renee. Could you send me the final seller settlement statement for my broker file?",
        at(2025, 4, 25, 16, 2))

# ---------------------------------------------------------------- T7 seller (Yahoo webmail): takeover asks for a different bank
t7 = Thread("T7", whitlock, "1187 W Ironwood Dr - seller documents and proceeds - Escrow 25-0231-RC")
t7.add(me, "Hi Gary,\n\nI'm your escrow officer for the sale of 1187 W Ironwood Dr. Attached are the seller documents and a proceeds instruction form. "
       "I'm ordering the payoff of your Frontier Plains Bank loan; if you have the loan number handy, it speeds things up.", at(2025, 3, 4, 10, 15),
       atts=[("Seller_Package_25-0231-RC.pdf", pdf(["Seller documents", "Escrow 25-0231-RC"]), "application/pdf")])
t7.add(whitlock, "Hi Renee,\n\nLoan number is 30-118842. I'll fill out the proceeds form this weekend. It will be a wire to Valley Sun Bank.\n\nGary",
       at(2025, 3, 5, 18, 3))
t7.add(me, "Thanks Gary, the payoff request went to Frontier Plains this morning with your authorization.", at(2025, 3, 6, 8, 40))
t7.add(whitlock, "Renee, the proceeds form is signed and attached. My daughter helped me scan it on her phone.\n\nGary", at(2025, 3, 12, 19, 27),
       atts=[("Whitlock_proceeds_form.pdf", pdf(["Seller proceeds instructions", "Wire to Valley Sun Bank, account ending 2290"], producer="Adobe Scan"), "application/pdf")])
t7.add(me, "Hi Gary,\n\nYour form is in the file: net proceeds, currently estimated at $118,400, will be wired to Valley Sun Bank, account ending 2290. "
       "A few days before closing I'll call you to read the numbers back.", at(2025, 3, 13, 9, 22))
t7.add(whitlock, "Hi Renee,\n\nChange of plans on the proceeds. My accountant found a tax issue with the IRS and says the money should not land in my "
       "Valley Sun account until it's cleared up, or it could get frozen. Please wire the proceeds instead to my other account:\n\nCoastline Federal "
       "Savings\nRouting 267090412\nAccount 88140233675\nName on account: GW Family Holdings\n\nI'm in meetings with the accountant most of today and can't "
       "take calls, so just confirm by email when it's updated.\n\nGary", at(2025, 4, 2, 6, 52),
       sc=A(3, "account-takeover", "T7: seller's Yahoo account, same webmail: send proceeds to a different bank 'because of a tax issue', no calls"))
t7.add(me, "Hi Gary,\n\nI can't make changes to your proceeds based on an email. I'll call you at the number in our file this morning.", at(2025, 4, 2, 8, 5))
t7.add(whitlock, "Renee,\n\nThank you for calling. To be clear, I did NOT write that email, someone got into my Yahoo. My grandson changed the password "
       "and turned on the text-message code. Please keep everything going to Valley Sun like the form says.\n\nGary", at(2025, 4, 2, 11, 48),
       sc=GH(28, "T7: the real seller, same Yahoo webmail, right after the takeover: disowns the previous message"))

# ---------------------------------------------------------------- T8 seller's payoff at the bank: secure-mail portal; look-alike domain
t8 = Thread("T8", fpbpay, "Payoff Request - Loan 30-118842 - Whitlock - 1187 W Ironwood Dr")
t8.add(me, "Hello,\n\nPlease provide a payoff statement for loan 30-118842 (borrower Gary Whitlock, 1187 W Ironwood Dr, Phoenix AZ 85021), good through "
       "April 25, 2025, with your wiring instructions. The borrower's signed authorization is attached.", at(2025, 3, 6, 8, 31),
       atts=[("Whitlock_Payoff_Authorization.pdf", pdf(["Borrower authorization to release payoff information", "Loan 30-118842", "Gary Whitlock"]), "application/pdf")])
t8.add(fpbpay, "Good morning,\n\nWe received your request for loan 30-118842. Payoff statements and wiring instructions are released only through our "
       "secure mail portal; you'll get a notification from securemail@frontierplainsbank.example within two business days. Please verify our wiring "
       "instructions by calling 806-555-0160, option 3, before sending funds.", at(2025, 3, 7, 9, 15, CHI))
sec_link = "https://securemail.frontierplainsbank.example/formpostdir/securereader?id=" + alnum(32) + "&brand=" + hx(8)
t8.add(fpbsecure, "You have received a secure message from payoffs@frontierplainsbank.example.\n\nSubject: Payoff Statement - Loan 30-118842 - Whitlock\n\n"
       "Read your secure message by opening the attachment, Payoff_Statement_30-118842.pdf, or sign in to the Frontier Plains Bank Secure Mail portal:\n"
       f"{sec_link}\n\nThe message expires in 30 days. If you have questions, call Loan Servicing at 806-555-0160.\n\n"
       "Frontier Plains Bank Secure Mail is powered by Proofpoint Encryption.", at(2025, 3, 10, 10, 41, CHI), quote=False, sig=False,
       subj="[SECURE] RE: Payoff Request - Loan 30-118842 - Whitlock - 1187 W Ironwood Dr", client="ppsecure",
       atts=[("Payoff_Statement_30-118842.pdf", pdf(["Frontier Plains Bank - Payoff Statement", "Loan 30-118842, Gary Whitlock", "Good through 04/25/2025",
                                                     "Total payoff $263,118.55, per diem $41.07", "Wire: Frontier Plains Bank, ABA 111311981",
                                                     "Account 0000189004 Mortgage Payoff Clearing", "Verify by phone 806-555-0160 opt 3"],
                                                    producer="OpenText Exstream"), "application/pdf")],
       html=('<html><body><table style="font-family:Arial;font-size:13px"><tr><td><img src="https://securemail.frontierplainsbank.example/img/fpb-logo.png"></td></tr>'
             '<tr><td><p>You have received a secure message from payoffs@frontierplainsbank.example.</p><p>Subject: Payoff Statement - Loan 30-118842 - Whitlock</p>'
             f'<p><a href="{sec_link}">Click here</a> to read your message in the Frontier Plains Bank Secure Mail portal, or open the attachment.</p>'
             '<p>Frontier Plains Bank Secure Mail is powered by Proofpoint Encryption.</p></td></tr></table></body></html>'),
       extra=[("X-Proofpoint-Encryption", "Secure Reader; pps-encrypted"), ("X-Proofpoint-Virus-Version", "vendor=baseguard engine=ICAP:2.0.293,Aquarius:18.0.1093")],
       sc=GH(1, "T8: bank's payoff wiring instructions PDF delivered through its secure-mail portal notice (securemail@, portal link)"))
t8.add(me, "Hello,\n\nThe payoff statement came through the secure portal, thank you. I confirmed the wire instructions at 806-555-0160 option 3 "
       "with Ms. Garza in Loan Servicing.", at(2025, 3, 10, 13, 55))
lkfpb = Pt("Frontier Plains Bank Loan Servicing", "payoffs@frontier-plainsbank.example", "ol16", "lk-fpb", tz=datetime.timezone(datetime.timedelta(hours=1)))
t8.add(lkfpb, "Good afternoon,\n\nPlease be advised that following our loan servicing system conversion, the payoff clearing account on the statement "
       "issued March 10 is no longer active and that statement should be considered void. An updated payoff with the new wire instructions for loan "
       "30-118842 is attached. Kindly update your closing figures and confirm receipt by reply to this email.\n\nLoan Servicing - Payoff Unit\n"
       "Frontier Plains Bank", at(2025, 3, 24, 13, 26, CHI), sig=False,
       atts=[("Updated_Payoff_30-118842.pdf", pdf(["Frontier Plains Bank - UPDATED Payoff Statement", "Loan 30-118842", "Wire to: Pacific Crest Bank, ABA 322286803",
                                                   "Account 5521098877, FPB Servicing Clearing"], producer="Microsoft: Print To PDF", zone="+01'00'"), "application/pdf")],
       sc=A(1, "lookalike-domain", "T8: frontier-plainsbank.example (VPS, Exim) replies in the payoff thread with 'updated payoff / wire instructions'"))
t8.add(me, "Hello,\n\nPlease send an updated payoff for loan 30-118842, good through April 25. Closing is confirmed for that date.", at(2025, 4, 17, 9, 10))
t8.add(fpbsecure, "You have received a secure message from payoffs@frontierplainsbank.example.\n\nSubject: Updated Payoff - Loan 30-118842 - Whitlock\n\n"
       f"Read your secure message by opening the attachment or sign in to the portal:\n{sec_link[:-8]}{hx(8)}\n\nThe message expires in 30 days.",
       at(2025, 4, 18, 8, 3, CHI), quote=False, sig=False, client="ppsecure",
       subj="[SECURE] RE: Payoff Request - Loan 30-118842 - Whitlock - 1187 W Ironwood Dr",
       atts=[("Payoff_Statement_30-118842_upd.pdf", pdf(["Frontier Plains Bank - Payoff Statement", "Loan 30-118842", "Good through 04/25/2025",
                                                         "Total payoff $262,604.12", "Wire: Frontier Plains Bank, ABA 111311981, Account 0000189004"],
                                                        producer="OpenText Exstream"), "application/pdf")],
       extra=[("X-Proofpoint-Encryption", "Secure Reader; pps-encrypted")])

# ---------------------------------------------------------------- T9 buyers (Gmail), Spanish reply
t9 = Thread("T9", ortega_l, "1187 W Ironwood Dr - Escrow 25-0231-RC - welcome and next steps")
t9.add(me, "Dear Luis and Carmen,\n\nCongratulations on your accepted offer! I'm your escrow officer. Your $3,000 earnest money is due by Friday; a cashier's "
       "check dropped off at our office is easiest. Please also bring a photo ID for each of you.\n\nA word of caution: criminals send fake wiring "
       "instructions that look like they come from title companies. Before you wire anything, call our main number and we'll confirm by phone.",
       at(2025, 3, 6, 10, 5), to=[P(ortega_l), P(ortega_c)])
t9.add(ortega_l, "Hi Renee, thank you. I'll bring the cashier's check from our credit union Thursday at lunch, around 12:30.", at(2025, 3, 6, 20, 11),
       to=[P(me)], cc=[P(ortega_c)])
t9.add(me, "Hi Luis,\n\nThe earnest money check is deposited; your receipt is attached.", at(2025, 3, 7, 13, 2), to=[P(ortega_l)], cc=[P(ortega_c)],
       atts=[("EMD_Receipt_25-0231-RC.pdf", pdf(["Earnest Money Receipt", "Escrow 25-0231-RC", "Received from Luis and Carmen Ortega: $3,000.00"]), "application/pdf")])
t9.add(me, "Dear Luis and Carmen,\n\nYour loan documents are expected on April 21. Would Tuesday, April 22 at 10:00 am in our office work for the signing? "
       "Plan on about an hour.", at(2025, 4, 8, 9, 40), to=[P(ortega_l), P(ortega_c)])
t9.add(ortega_c, "Hola Renee, muchas gracias por todo. Mi hija Sofía me ayuda a leer los correos porque mi inglés no es muy bueno. El martes 22 a las "
       "10 de la mañana nos queda perfecto. ¿Podemos llevar a Sofía a la firma para que nos explique los documentos? Ella tiene 24 años.\n\nSaludos,\nCarmen Ortega",
       at(2025, 4, 8, 19, 26), to=[P(me)], cc=[P(ortega_l), ("Sofia Ortega", "sofia.ortega.asu@gmail.com")],
       sc=GH(13, "T9: buyer replies in Spanish in an English thread, copies the daughter who helps her"))
t9.add(me, "Hola Carmen,\n\nCon gusto! Sofia is very welcome at the signing. Our closer Jasmine Tran will also be there, and we can have a Spanish-speaking "
       "notary available if you prefer. See you on April 22 at 10:00.", at(2025, 4, 9, 8, 17), to=[P(ortega_c)], cc=[P(ortega_l), ("Sofia Ortega", "sofia.ortega.asu@gmail.com")])
t9.add(ortega_l, "Renee, thank you for your patience today and for explaining the closing disclosure line by line. Carmen says gracias too!",
       at(2025, 4, 22, 14, 3), to=[P(me)], cc=[P(ortega_c)])

# ---------------------------------------------------------------- T10 buyer's agent (personal Gmail via iPhone Mail): takeover from a desktop
t10 = Thread("T10", tyler, "1187 W Ironwood - buyer side docs")
t10.add(me, "Hi Tyler,\n\nI'm the escrow officer on 1187 W Ironwood (25-0231-RC). Please send the BINSR when it's signed, and your brokerage's CDA "
        "whenever convenient.", at(2025, 3, 6, 11, 20))
t10.add(tyler, "Hey Renee, BINSR attached, seller agreed to the water heater and the GFCI outlets.", at(2025, 3, 7, 16, 4),
        atts=[("BINSR_1187WIronwood_signed.pdf", pdf(["Buyer's Inspection Notice and Seller's Response", "1187 W Ironwood Dr"], producer="Dotloop"), "application/pdf")])
t10.add(me, "Thanks Tyler, got it. I'll note the repairs for the final walkthrough.", at(2025, 3, 7, 16, 50))
t10.add(tyler, "Appraisal came in at $415k, so we're good on value!", at(2025, 3, 20, 12, 33))
t10.add(me, "Great news, thanks for letting me know.", at(2025, 3, 20, 13, 0))
tyler_ato = Pt("Tyler Brooks", "tyler.brooks.azhomes@gmail.com", "ol16", "gmail-ato", tz=datetime.timezone(datetime.timedelta(hours=-4)))
t10.add(tyler_ato, "Hi Renee,\n\nGary Whitlock reached out to me since Jordan is at a conference this week. He asked me to pass along that his proceeds "
        "must go to a different account than on his form, his signed letter is attached. Can you please update the file today and send me the revised "
        "seller statement so I can forward it to him?\n\nThanks,\nTyler", at(2025, 4, 10, 11, 2, datetime.timezone(datetime.timedelta(hours=-4))), sig=False,
        atts=[("Whitlock_Updated_Disbursement.pdf", pdf(["Disbursement authorization", "Gary Whitlock", "Coastline Federal Savings, ABA 267090412",
                                                         "Account 88140233675"], producer="Microsoft: Print To PDF", zone="-04'00'"), "application/pdf")],
        sc=A(2, "account-takeover", "T10: buyer's agent's Gmail (normally iPhone Mail) sent by Outlook 16 from a datacenter IP: move seller proceeds"))
t10.add(me, "Hi Tyler,\n\nSeller disbursement changes have to come from the seller himself and be verified by phone, so I won't act on this. I'm calling "
        "you and Gary now.", at(2025, 4, 10, 8, 40))
t10.add(tyler, "Thanks for the call Renee. That wasn't me, my Gmail got phished. Password is changed and 2-step is finally on. Sorry for the scare!",
        at(2025, 4, 10, 10, 12))

# ---------------------------------------------------------------- T12 mortgage processor (M365, Denver): out-of-office
t12 = Thread("T12", tara, "Ortega - Loan #PCM-2503-1147 - title conditions")
t12.add(tara, "Hi Renee,\n\nI'm processing the Ortegas' loan. Underwriting needs the following from title: (1) tax certificate, (2) vesting confirmation "
        "that the seller is Gary Whitlock, a single man, (3) your wire instructions on letterhead, which our funding team verifies by phone.",
        at(2025, 3, 11, 14, 5, DEN), cc=[P(derek)])
t12.add(me, "Hi Tara,\n\nAttached are the tax certificate and our wire instructions letter. Vesting is confirmed: Gary Whitlock, an unmarried man, by "
        "warranty deed recorded in 2016.", at(2025, 3, 12, 9, 0), cc=[P(derek)],
        atts=[("Tax_Certificate_1187WIronwood.pdf", pdf(["Maricopa County Treasurer - Tax Certificate", "Parcel 158-22-041"]), "application/pdf"),
              ("Saguaro_Wire_Instructions_25-0231-RC.pdf", WIRE_SAG, "application/pdf")])
t12.add(tara, "Thank you! All three are cleared. We're waiting on the appraisal review, which should be back next week.", at(2025, 3, 12, 11, 46, DEN),
        cc=[P(derek)])
t12.add(me, "Hi Tara,\n\nThe updated prelim with the new Schedule B items is attached. Item 9 is the solar UCC filing; it will be terminated at closing.",
        at(2025, 4, 4, 10, 28), cc=[P(derek)],
        atts=[("Prelim_Update2_25-0231-RC.pdf", pdf(["Commitment for Title Insurance, update 2", "Schedule B-II item 9: UCC financing statement"]), "application/pdf")])
t12.add(tara, "Thank you for your email. I am out of the office through Friday, April 11, with limited access to email. For anything urgent on a "
        "loan, please contact Derek Ng at dng@pinnaclecrestmtg.example or 480-555-0193.\n\nTara", at(2025, 4, 4, 10, 29), quote=False, sig=False,
        subj="Automatic reply: Ortega - Loan #PCM-2503-1147 - title conditions", keep=False, to=[P(me)],
        extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", tara.email)],
        sc=GH(10, "T12: out-of-office auto-reply of the mortgage processor (Auto-Submitted: auto-generated)"))
t12.add(derek, "Hi Renee,\n\nCovering for Tara this week. The UCC termination at closing works for underwriting. The CD goes out today, so we're "
        "still on track for the 25th.", at(2025, 4, 7, 12, 14), cc=[P(tara)])
t12.add(tara, "Hi Renee, I'm back. We are clear to close as of this morning; closing docs go to you on the 21st.", at(2025, 4, 14, 8, 30, DEN), cc=[P(derek)])

# ================================================================ F3 25-0388-RC 9650 N 58th Pl, Paradise Valley (NY seller LLC, 1031, cash buyers)
# ---------------------------------------------------------------- T13 closing attorney in New York; display-name spoof from Gmail
t13 = Thread("T13", eleanor, "Harlan Ridge Holdings LLC - sale of 9650 N 58th Pl, Paradise Valley - seller documents")
t13.add(eleanor, "Dear Ms. Castillo,\n\nOur firm represents the seller, Harlan Ridge Holdings LLC, a New York limited liability company, in the sale of "
        "9650 N 58th Place to Ashley and Kevin Nguyen. I will review the deed and the seller's closing documents and coordinate signatures by our "
        "client's managing member in New York.\n\nThe seller is completing a like-kind exchange under Section 1031. The qualified intermediary is Granite "
        "Peak Exchange Services in Denver; their exchange officer, Nathan Cole, will write to you from granitepeak1031.example. I will introduce you "
        "formally once the exchange agreement is signed.", at(2025, 4, 28, 10, 44, NY))
t13.add(me, "Dear Ms. Whitman,\n\nThank you for the introduction. Escrow 25-0388-RC is open. Attached is a draft special warranty deed. For the LLC we "
        "will need the articles of organization, the operating agreement and a resolution authorizing the sale and naming the signer.",
        at(2025, 4, 28, 11, 30),
        atts=[("Draft_Special_Warranty_Deed_9650N58thPl.docx", b"PK\x03\x04" + rbytes(1800), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t13.add(eleanor, "Good morning from New York, Ms. Castillo.\n\nTwo comments on the deed before our client signs: the grantor's name should read "
        "\"Harlan Ridge Holdings LLC, a New York limited liability company\", and please add the exception for the 2019 pool easement that appears in "
        "Schedule B. Otherwise it is in good order.", at(2025, 5, 1, 7, 2, NY),
        sc=GH(12, "T13: closing attorney in New York writes at 7:02 am Eastern (4:02 am in Phoenix)"))
t13.add(me, "Dear Ms. Whitman,\n\nBoth changes are made in the attached revision. Please let me know if your client will sign in New York with a local "
        "notary; Arizona accepts a New York acknowledgment.", at(2025, 5, 1, 8, 45),
        atts=[("Draft_Special_Warranty_Deed_9650N58thPl_rev1.docx", b"PK\x03\x04" + rbytes(1800), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t13.add(eleanor, "Dear Ms. Castillo,\n\nThe signed resolution and the operating agreement are attached. Our client will sign the deed at our office on "
        "June 19 and we will send the originals by overnight courier.", at(2025, 5, 6, 15, 20, NY),
        atts=[("HRH_Resolution_Sale_9650N58thPl.pdf", pdf(["Harlan Ridge Holdings LLC - Resolution of the Members", "Sale of 9650 N 58th Pl authorized"],
                                                          producer="Adobe PDF Library 24.1"), "application/pdf")])
t13.add(eleanor, "Dear Ms. Castillo,\n\nWe have reviewed the seller's settlement statement and approve it as drafted. The net proceeds go to Granite "
        "Peak under the exchange agreement, per the instructions Mr. Cole gives you directly.", at(2025, 6, 16, 16, 5, NY))
spoof_el = Pt("Eleanor Whitman, Esq.", "eleanor.whitman.esq@gmail.com", "gmail", "gmail", tz=NY)
t13.add(spoof_el, "Renee,\n\nI'm stuck in a deposition all day and can only email. Our client needs $185,000 of the exchange proceeds wired today to "
        "our firm's IOLA trust account to cover a time-sensitive matter on the replacement property, before 2 pm Eastern. I'll send the account details "
        "in my next email. Please confirm you can process this today; it's very urgent and I'll explain tomorrow.\n\nEleanor Whitman, Esq.\nSent from my iPhone",
        at(2025, 6, 20, 9, 41, NY), refs=[], keep=False, quote=False, sig=False,
        subj="Re: Harlan Ridge Holdings LLC - sale of 9650 N 58th Pl, Paradise Valley - seller documents",
        sc=A(5, "display-name-spoof", "T13: 'Eleanor Whitman, Esq.' from a Gmail address asks for an urgent wire of exchange proceeds"))
t13.add(eleanor, "Dear Ms. Castillo,\n\nThank you for calling about the message from that Gmail address; it did not come from me, and our firm never "
        "asks for wires by email. The deed recorded this morning, per your notice. Congratulations on a smooth closing.", at(2025, 6, 27, 11, 15, NY))

# ---------------------------------------------------------------- T14 1031 intermediary: introduction (new domain), real instructions, look-alike
t14 = Thread("T14", nathan, "1031 Exchange - Harlan Ridge Holdings LLC - Relinquished Property 9650 N 58th Pl")
t14.add(eleanor, "Nathan,\n\nAs promised, I'm introducing Renee Castillo of Saguaro Title & Escrow in Phoenix, the escrow officer on the sale of the "
        "relinquished property. Renee, Nathan is the exchange officer at Granite Peak.", at(2025, 5, 2, 9, 12, NY), to=[P(nathan)], cc=[P(me)])
t14.add(nathan, "Thank you, Eleanor.\n\nRenee, nice to meet you. Granite Peak is the qualified intermediary for Harlan Ridge Holdings' exchange. "
        "I'll send you the assignment of the purchase contract and the notice of assignment for the buyers to acknowledge. Our wiring instructions will "
        "come to you separately as an encrypted PDF, and we ask that you confirm them by calling me at 303-555-0127 before closing. We never change them "
        "by email.", at(2025, 5, 2, 10, 50, DEN), to=[P(me)], cc=[P(eleanor)],
        sc=GH(8, "T14: 1031 intermediary introduces itself from a new domain, replying to the attorney's introduction (announced earlier in T13)"))
t14.add(me, "Hi Nathan,\n\nNice to meet you as well. I called your office at the number on the Federation of Exchange Accommodators directory and "
        "spoke with your colleague, who confirmed you're handling this exchange. I look forward to the assignment documents.", at(2025, 5, 5, 9, 30),
        cc=[P(eleanor)])
t14.add(nathan, "Renee,\n\nThe assignment of contract and the notice of assignment are attached. The notice needs the buyers' signatures; the "
        "assignment is already signed by Granite Peak and by the seller.", at(2025, 5, 7, 14, 2, DEN), cc=[P(eleanor)],
        atts=[("GPX-25-1187_Assignment_and_Notice.pdf", pdf(["Granite Peak Exchange Services, LLC", "Exchange GPX-25-1187", "Assignment of Purchase Contract",
                                                             "Notice of Assignment to Buyers"]), "application/pdf")])
t14.add(me, "Hi Nathan,\n\nClosing is scheduled for June 24. Please send your wiring instructions for the exchange proceeds; I'll call you to confirm "
        "them once they arrive.", at(2025, 6, 10, 13, 40), cc=[P(eleanor)])
t14.add(nathan, "Renee,\n\nOur wiring instructions letter for exchange GPX-25-1187 is attached (password sent by text). The funds go to Granite Peak's "
        "qualified escrow account at Front Range Trust Bank. Please call me at 303-555-0127 to verify before closing, as we discussed.",
        at(2025, 6, 11, 11, 5, DEN), cc=[P(eleanor)],
        atts=[("GPX-25-1187_Wire_Instructions.pdf", pdf(["Granite Peak Exchange Services - Wiring Instructions", "Front Range Trust Bank, Denver CO",
                                                         "ABA 102000199  Account 3300471186", "Beneficiary: Granite Peak Exchange Services FBO Harlan Ridge Holdings LLC",
                                                         "Verify by phone 303-555-0127 before sending"]), "application/pdf")],
        sc=GH(22, "T14: 1031 intermediary's own wiring instructions letter (PDF) in its announced thread; Renee verified by phone right after"))
t14.add(me, "Hi Nathan,\n\nVerified by phone with you at 1:15 pm your time: Front Range Trust Bank, account ending 1186. The exchange proceeds will be "
        "wired on June 24 after recording.", at(2025, 6, 11, 12, 20), cc=[P(eleanor)])
lkgp = Pt("Nathan Cole", "ncole@granitepeak-1031.example", "o365", "lk-gp", tz=DEN, host=("SN4PR06MB7712", "namprd06"),
          sig=nathan.sig.replace("granitepeak1031", "granitepeak-1031"))
t14.add(lkgp, "Renee,\n\nCorrection before tomorrow's closing: Front Range Trust Bank is moving our qualified escrow accounts this week, so please "
        "disregard the letter from June 11 and use the attached instructions for the exchange proceeds instead. I'm traveling today with poor reception, "
        "so a quick reply by email confirming is best.", at(2025, 6, 23, 15, 47, DEN), cc=[("Eleanor Whitman", "ewhitman@whitmanrosen.example")],
        atts=[("GPX-25-1187_Wire_Instructions_CORRECTED.pdf", pdf(["Granite Peak Exchange Services - CORRECTED Wiring Instructions", "Summit Ridge Bank",
                                                                   "ABA 091408501  Account 7720015543", "Beneficiary: GPX Escrow Services"]), "application/pdf")],
        sc=A(14, "lookalike-domain", "T14: look-alike of the 1031 intermediary (granitepeak-1031.example, its own M365 tenant), 'corrected' wire instructions"))
t14.add(nathan, "Renee,\n\nExchange proceeds of $1,284,310.62 were received this morning. The 45-day identification period runs through August 8. "
        "Thank you for catching the fake 'correction' yesterday and calling me.", at(2025, 6, 25, 9, 3, DEN), cc=[P(eleanor)])

# ---------------------------------------------------------------- T15 cash buyers; co-buyer's reply-all adds his wife (community property)
t15 = Thread("T15", ashley, "9650 N 58th Pl - Nguyen purchase - cash to close and signing")
t15.add(me, "Dear Ashley and Kevin,\n\nI'm your escrow officer for 9650 N 58th Place. Since this is a cash purchase, please send proof of funds for the "
        "balance and tell me how you'd like to take title.", at(2025, 5, 5, 9, 10), to=[P(ashley), P(kevin)])
t15.add(ashley, "Hi Renee,\n\nProof of funds from both of our banks is attached. We'd like to hold title as joint tenants with right of survivorship. "
        "Is that the right wording for a brother and sister?", at(2025, 5, 5, 17, 22), to=[P(me)], cc=[P(kevin)],
        atts=[("POF_Nguyen_Schwab_and_USAA.pdf", pdf(["Proof of funds", "Charles Schwab - Ashley Nguyen", "USAA - Kevin Nguyen"], producer="Microsoft: Print To PDF"),
               "application/pdf")])
t15.add(me, "Hi Ashley,\n\nYes, joint tenants with right of survivorship works well for siblings. One thing to know: Arizona is a community property "
        "state, so because Kevin is married, his wife will need to sign a disclaimer deed confirming the property is his separate property, unless you "
        "want her on title too.", at(2025, 5, 6, 8, 44), to=[P(ashley)], cc=[P(kevin)])
t15.add(kevin, "Adding my wife Linh so she gets this directly. Linh, Renee is the escrow officer; you'd sign one page at the closing, a disclaimer deed.",
        at(2025, 5, 6, 12, 31), to=[P(me), P(ashley)], cc=[linh],
        sc=GH(14, "T15: co-buyer's iPhone reply-all adds his wife in Cc (new participant, personal Gmail)"))
t15.add(me, "Hi Linh,\n\nNice to meet you. The disclaimer deed is a one-page document that says you make no claim to Kevin's interest in this home. "
        "You can sign it with our notary at the same appointment as Ashley and Kevin on June 20. A sample is attached.", at(2025, 5, 7, 9, 5),
        to=[linh], cc=[P(ashley), P(kevin)],
        atts=[("Sample_Disclaimer_Deed.pdf", pdf(["Disclaimer Deed (sample)", "A.R.S. 33-452"]), "application/pdf")])
t15.add(ashley, "Hi Renee,\n\nBoth wires went out this morning after I called your office for the instructions: $612,000 from Schwab and $611,408.33 "
        "from USAA. Let us know when they land.", at(2025, 6, 18, 10, 4), to=[P(me)], cc=[P(kevin), linh])
t15.add(me, "Hi Ashley,\n\nBoth wires have arrived and match the settlement statement. You're fully funded for the June 24 closing.",
        at(2025, 6, 18, 15, 12), to=[P(ashley)], cc=[P(kevin), linh])

# ---------------------------------------------------------------- T16 notary: phone at 10 pm, zip of scans as always
lupe_phone = Pt("Lupe Alvarado", "lupe.alvarado.notary@gmail.com", "iphone", "gmail-iphone")
t16 = Thread("T16", lupe, "Signing order - Nguyen - 9650 N 58th Pl - 6/20 6:00 pm")
t16.add(me, "Hi Lupe,\n\nA cash buyer signing for Ashley and Kevin Nguyen on Friday 6/20 at 6:00 pm, at 9650 N 58th Place (the property). No lender "
        "package, just our escrow documents, attached.", at(2025, 6, 16, 10, 2),
        atts=[("Nguyen_buyer_docs_25-0388-RC.pdf", pdf(["Buyer closing documents", "Escrow 25-0388-RC"]), "application/pdf")])
t16.add(lupe, "Hi Renee, Friday at 6 works. I'll be there with the docs and a pile of blue pens.", at(2025, 6, 16, 11, 40))
t16.add(me, "Hi Lupe,\n\nOne addition: Kevin's wife Linh will sign a disclaimer deed at the same appointment. The updated set is attached; please "
        "use this one and discard the first.", at(2025, 6, 19, 16, 55),
        atts=[("Nguyen_buyer_docs_25-0388-RC_v2.pdf", pdf(["Buyer closing documents v2", "Escrow 25-0388-RC", "Disclaimer Deed - Linh Nguyen"]), "application/pdf")])
t16.add(lupe_phone, "Got it, will print the new set first thing in the morning. Three signers, I'll bring my extra journal.", at(2025, 6, 19, 22, 14),
        sig=False, signoff="\n\nSent from my iPhone",
        sc=GH(9, "T16: the notary writes from her iPhone at 10:14 pm (iPhone Mail via smtp.gmail.com instead of her usual Gmail web)"))
t16.add(lupe, "All three signed tonight, the disclaimer deed too. Scans are zipped as usual and the originals go out FedEx tomorrow morning, tracking "
        "7790 5521 0386.", at(2025, 6, 20, 20, 58),
        atts=[("Nguyen_9650N58thPl_signed_scans.zip", zipped([("Nguyen_escrow_docs_signed.pdf", pdf(["signed escrow documents"], producer="ScanSnap Home")),
                                                              ("Nguyen_disclaimer_deed_signed.pdf", pdf(["signed disclaimer deed"], producer="ScanSnap Home")),
                                                              ("Nguyen_IDs.pdf", pdf(["copies of identification"], producer="ScanSnap Home"))],
                                                             when=(2025, 6, 20, 20, 50, 0)), "application/zip")],
        sc=GH(17, "T16: zip of scanned signed documents from the notary who always sends zips (T27)"))
t16.add(me, "Thanks Lupe, the scans are all here and complete.", at(2025, 6, 21, 8, 10))

# ================================================================ F4 25-0502-RC 2213 N 44th St (Hale -> Carter)
# ---------------------------------------------------------------- T19 listing agent (Workspace): TC joins; takeover with Reply-To diversion
t19 = Thread("T19", carla, "2213 N 44th St - Hale to Carter - listing side")
t19.add(carla, "Hi Renee,\n\nHere's a new one: 2213 N 44th St, sellers Robert and Denise Hale, buyer Jamal Carter, $365,000, COE July 31. Executed "
        "contract attached. Jordan Pike has the buyer.", at(2025, 6, 2, 9, 18),
        atts=[("2213N44th_Contract_Executed.pdf", pdf(["AAR Residential Resale Real Estate Purchase Contract", "2213 N 44th St, Phoenix AZ 85008"],
                                                     producer="Dotloop"), "application/pdf")])
t19.add(me, "Hi Carla,\n\nOpened as 25-0502-RC. Opening package to follow this afternoon.", at(2025, 6, 2, 10, 0))
t19.add(brooke, "Hi Renee,\n\nI'm Brooke, Carla's new transaction coordinator; I'll handle her document requests from here on. The SPDS and the "
        "seller's CLUE report are attached. Carla is copied.", at(2025, 6, 3, 13, 5), cc=[P(carla)],
        atts=[("SPDS_2213N44thSt.pdf", pdf(["Seller's Property Disclosure Statement", "2213 N 44th St"], producer="Dotloop"), "application/pdf"),
              ("CLUE_Hale_2213N44th.pdf", pdf(["CLUE Personal Property Report"], producer="LexisNexis"), "application/pdf")],
        sc=GH(21, "T19: the listing agent's new transaction coordinator replies (new person, same brokerage Workspace)"))
t19.add(me, "Welcome Brooke, and thank you. I'll copy you on the listing-side items going forward.", at(2025, 6, 3, 14, 22), to=[P(brooke)], cc=[P(carla)])
t19.add(carla, "Renee, the sellers finished the BINSR repairs; receipts from the plumber are attached for the buyer's file.", at(2025, 6, 24, 17, 36),
        cc=[P(brooke)], atts=[("Hale_repair_receipts.pdf", pdf(["Arcadia Plumbing invoice 55812", "Replace PRV and hose bibs"]), "application/pdf")])
t19.add(me, "Hi Carla,\n\nThanks. Could you send the CDA signed by your broker? I also still need the HOA-free certification the sellers signed.",
        at(2025, 7, 8, 11, 12), cc=[P(brooke)])
t19.add(carla, "Hi Renee,\n\nWill do on the CDA. Quick favor: can you send me the sellers' net sheet and the wire details you have on file for the Hales? "
        "Denise asked me to double-check them before closing and I'd rather compare against yours. Also, please reply to this thread only, my inbox has "
        "been acting up.", at(2025, 7, 9, 5, 47), cc=[P(brooke)], reply_to="Carla Benitez <carla.benitez.dvr@gmail.com>",
        sc=A(7, "account-takeover", "T19: listing agent's Workspace reply asks for the sellers' wire details; Reply-To diverted to a Gmail look-alike"))
t19.add(carla, "Hi Renee,\n\nCDA attached, signed by Gil this morning. And thank you for calling me about that 5:47 am email; I've reset my password "
        "and our IT person removed a forwarding rule someone had added.", at(2025, 7, 11, 10, 2), cc=[P(brooke)],
        atts=[("CDA_2213N44th_DesertVista.pdf", pdf(["Desert Vista Realty - Commission Disbursement Authorization", "2213 N 44th St",
                                                     "Gil Romero, Designated Broker"], producer="Google Docs Renderer"), "application/pdf")])

# ---------------------------------------------------------------- T20 sellers (iCloud / Apple Mail): questionnaire answered in red; husband answers
QUEST = ["1. Is there a mortgage or home equity line on the property? If so, which lender and loan number?",
         "2. Are there any other liens, judgments or solar/UCC filings you know of?",
         "3. Is the property part of an HOA?",
         "4. Will you be out of state at closing, or signing in Phoenix?",
         "5. How would you like to receive your proceeds (wire, check, pickup)?"]
ANS = ["No mortgage, paid off in 2022. No HELOC.", "The solar panels - we bought them outright, Robert knows the details.", "No HOA.",
       "Signing in Phoenix, but I'm in San Diego June 7-14.", "Check to be picked up, please."]
t20 = Thread("T20", denise, "2213 N 44th St - seller questionnaire and proceeds")
t20.add(me, "Dear Denise and Robert,\n\nI'm your escrow officer for the sale of 2213 N 44th St. Please answer the questions below when you have a "
        "moment; you can reply right in this email.\n\n" + "\n".join(QUEST), at(2025, 6, 4, 9, 35), to=[P(denise)], cc=[P(robert)])
q_old = t20.last
lt = q_old["t"].astimezone(PHX)
attr = f"On {lt:%b} {lt.day}, {lt.year}, at {lt:%-I:%M %p}, Renee Castillo <{me.email}> wrote:"
inline_plain = ("Hi Renee, see answers in red below. Denise\n\n" + f"> {attr}\n> \n> Dear Denise and Robert,\n> \n"
                + "\n".join(f"> {q}\n{a}\n>" for q, a in zip(QUEST, ANS)) + "\n> \n> Renee Castillo\n> Senior Escrow Officer | Saguaro Title & Escrow, LLC")
inline_html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; '
               '-webkit-nbsp-mode: space; line-break: after-white-space;"><div>Hi Renee, see answers in red below. Denise</div><br><div><blockquote type="cite">'
               f"<div>{H.escape(attr)}</div><br><div>Dear Denise and Robert,</div><br>"
               + "".join(f'<div>{H.escape(q)}</div><div><font color="#ff2600"><b>{H.escape(a)}</b></font></div><br>' for q, a in zip(QUEST, ANS))
               + "<div>Renee Castillo<br>Senior Escrow Officer | Saguaro Title &amp; Escrow, LLC</div></blockquote></div></body></html>")
t20.add(denise, inline_plain, at(2025, 6, 6, 20, 2), quote=False, sig=False, html=inline_html, to=[P(me)], cc=[P(robert)],
        sc=GH(18, "T20: seller answers a questionnaire inline in red (edited, trimmed quote; HTML colour only)"))
t20.add(me, "Hi Denise,\n\nThank you, that's very helpful. For the solar panels: there's a UCC fixture filing from 2019 by SunHarbor Energy in the title "
        "report. If the system is paid off, we'll need the termination or a payoff letter from SunHarbor.", at(2025, 6, 6, 20, 40), to=[P(denise)], cc=[P(robert)])
t20.add(robert, "Renee, this is Robert; Denise is in San Diego this week. The solar loan was paid off in March 2021. I found SunHarbor's paid-in-full "
        "letter in the filing cabinet; photo attached. I'll ask them for the UCC termination too.", at(2025, 6, 7, 9, 26), to=[P(me)], cc=[P(denise)],
        atts=[("IMG_4471.jpeg", jpeg(), "image/jpeg")],
        sc=GH(23, "T20: the seller's husband answers from his own iCloud address, first mail from him, photo attachment"))
t20.add(me, "Thank you Robert. I requested the termination from SunHarbor's lien department as well, so whichever arrives first works.", at(2025, 6, 9, 8, 12),
        to=[P(robert)], cc=[P(denise)])
t20.add(denise, "Hi Renee, we signed with Lupe yesterday, she was great. How soon after recording can we pick up the proceeds check?", at(2025, 7, 30, 7, 15),
        to=[P(me)], cc=[P(robert)])
t20.add(me, "Hi Denise,\n\nRecording is expected by noon on the 31st and the check will be ready at our front desk by 3 pm. Please bring your ID.",
        at(2025, 7, 30, 8, 2), to=[P(denise)], cc=[P(robert)])

# ---------------------------------------------------------------- T17 buyer (Gmail), night shift nurse
t17 = Thread("T17", jamal, "2213 N 44th St - Escrow 25-0502-RC - earnest money and wire instructions")
t17.add(me, "Hi Jamal,\n\nCongratulations on your first home! Your $4,000 earnest money is due by Thursday. If you'd like to wire it, call our main "
        "number, (602) 555-0140, and we'll give you the instructions by phone. We never email wiring instructions.", at(2025, 6, 3, 11, 45))
t17.add(jamal, "Hi Renee, I called this morning and got the instructions from Jasmine. Wired the EMD from Navy Federal, screenshot of the confirmation "
        "is attached.", at(2025, 6, 4, 9, 2), atts=[("Screenshot_20250604-085712.png", png(), "image/png")],
        sc=GH(20, "T17: buyer's EMD wire confirmation screenshot (PNG) from Gmail"))
t17.add(me, "Hi Jamal,\n\nYour $4,000 arrived; the receipt will be in your closing packet.", at(2025, 6, 4, 14, 30))
t17.add(me, "Hi Jamal,\n\nYour signing is set for Monday, July 28 at 10:00 am at our office. Your final cash to close is $16,212.40; please call us "
        "before wiring it, same as last time.", at(2025, 7, 22, 15, 20))
t17.add(jamal, "sry just got off shift at banner. can we do the 28th at 1 instead? i sleep mornings after nights. thx", at(2025, 7, 23, 2, 7),
        signoff="", sc=GH(24, "T17: buyer replies at 2:07 am from Gmail with typos and no signature (night shift)"))
t17.add(me, "No problem at all, Jamal. You're now set for Monday, July 28 at 1:00 pm.", at(2025, 7, 23, 8, 3))
t17.add(jamal, "Got the keys!! Thank you Renee for everything, seriously.", at(2025, 7, 31, 14, 51))

# ---------------------------------------------------------------- T18 bank lender again: closing department, then server hijack
t18 = Thread("T18", brian, "Carter - Loan #7720913 - 2213 N 44th St")
t18.add(brian, "Hi Renee,\n\nGood to be working with you again. I have Jamal Carter's FHA loan for 2213 N 44th St. Same drill as on Reyes: "
        "commitment, CPL to Frontier Plains Bank ISAOA/ATIMA, and a tax cert, please.", at(2025, 6, 5, 8, 48), cc=[P(kelsey)])
t18.add(me, "Hi Brian,\n\nAll three are attached. There are no HOA conditions on this one.", at(2025, 6, 5, 10, 15), cc=[P(kelsey)],
        atts=[("25-0502-RC_Title_Commitment.pdf", pdf(["Commitment for Title Insurance", "2213 N 44th St"]), "application/pdf"),
              ("CPL_FPB_25-0502-RC.pdf", pdf(["Closing Protection Letter", "Frontier Plains Bank ISAOA/ATIMA"]), "application/pdf")])
t18.add(brian, "Thanks Renee. Kelsey uploaded them to the loan; the FHA case number assignment is here if you need it for the CPL file: "
        + urldefense("https://entp.hud.example/idapp/html/casenumber.cfm?case=025-8841137") + "\n\nAppraisal is ordered.", at(2025, 6, 6, 7, 55), cc=[P(kelsey)])
t18.add(me, "Hi Brian,\n\nOur final figures are on the attached fee sheet; the only change from the LE is the owner's policy, which went down.",
        at(2025, 7, 18, 11, 3), cc=[P(kelsey)],
        atts=[("Fee_Sheet_25-0502-RC.pdf", pdf(["Title and escrow fee sheet", "Escrow 25-0502-RC"]), "application/pdf")])
t18.add(fpbclose, "Good afternoon Renee,\n\nI'm handling the closing for loan 7720913 (Carter). The closing package and our closing instructions are "
        "attached; please return the signed package by 3:00 pm Central the day before funding. Brian and Kelsey are copied.", at(2025, 7, 21, 14, 12, CHI),
        cc=[P(brian), P(kelsey)],
        atts=[("Carter_7720913_Closing_Package.pdf", pdf(["Frontier Plains Bank - Closing Package", "Loan 7720913, Jamal Carter", "Note, Deed of Trust, FHA riders",
                                                         "Closing Instructions"], producer="Ellie Mae Encompass"), "application/pdf")],
        sc=GH(25, "T18: bank's closing department (new mailbox, same bank infrastructure, Central time) sends the closing package"))
t18.add(me, "Hi Amanda,\n\nReceived, thank you. Jamal signs on the 28th in our office and the package goes back to you the same afternoon.",
        at(2025, 7, 21, 14, 40), to=[P(fpbclose)], cc=[P(brian), P(kelsey)])
share = "https://frontierplains-sharefile.pages.dev/d/s" + alnum(16) + "?email=rcastillo@saguarotitle.example"
t18.add(brian, "Hi Renee,\n\nPlease review the final signed Closing Disclosure and the funding authorization for Carter before Monday. For security the "
        "documents are in our ShareFile secure document share:\n\n" + share + "\n\nSign in with your email to view them.", at(2025, 7, 24, 13, 26),
        cc=[P(kelsey)],
        sc=A(4, "server-hijack", "T18: loan officer's on-prem Exchange, identical headers: 'secure document' link to a ShareFile look-alike on pages.dev"))
t18.add(brian, "Renee,\n\nFunded this morning, Fed reference 20250729B1Q8021C004117. Please send the recorded deed of trust when you have it. And "
        "thanks for the heads-up on Thursday's ShareFile email; our security team traced it to a mailbox rule on our side and removed it.",
        at(2025, 7, 29, 9, 40), cc=[P(kelsey)])

# ================================================================ F5 25-0617-RC 7408 E Windrose Dr, Scottsdale (Estate of Margaret Olsen -> Feld)
# ---------------------------------------------------------------- T24 listing agent again; punycode homoglyph of the brokerage
t24 = Thread("T24", carla, "7408 E Windrose Dr - Olsen Estate - listing side")
t24.add(carla, "Hi Renee,\n\nListing side on 7408 E Windrose Dr, Scottsdale. The seller is the Estate of Margaret Olsen; her son Steven Olsen is the "
        "personal representative. Buyers are Rachel and Tom Feld, agent Marcus Lee at Keystone Peak. $538,000, COE October 3.", at(2025, 8, 5, 10, 20),
        atts=[("7408EWindrose_Contract_Executed.pdf", pdf(["AAR Residential Resale Real Estate Purchase Contract", "7408 E Windrose Dr, Scottsdale AZ 85260"],
                                                         producer="Dotloop"), "application/pdf")])
t24.add(me, "Hi Carla,\n\nEscrow 25-0617-RC is open. For an estate sale we'll need certified Letters of Appointment for Steven, dated within 60 days of "
        "closing.", at(2025, 8, 5, 11, 2))
t24.add(carla, "Steven ordered the certified letters from probate court today; he'll bring them to your office when they arrive.", at(2025, 8, 20, 15, 47))
t24.add(me, "Hi Carla,\n\nWe're getting close. Please send the CDA signed by Gil when you can.", at(2025, 9, 8, 9, 55))
t24.add(carla, "CDA attached. Commission by check as usual, please.", at(2025, 9, 9, 8, 30),
        atts=[("CDA_7408EWindrose_DesertVista.pdf", pdf(["Desert Vista Realty - Commission Disbursement Authorization", "7408 E Windrose Dr",
                                                         "Payable by check", "Gil Romero, Designated Broker"], producer="Google Docs Renderer"), "application/pdf")])
homo = Pt("Carla Benitez", "carla@xn--desertvstarealty-gwn.example", "gmail", "lk-dvr", sig=carla.sig)
t24.add(homo, "Hi Renee,\n\nSmall change on Windrose: our accounting department now requires commissions to be paid by wire instead of check, effective "
        "this month. Updated commission wiring instructions on our letterhead are attached. Please update the CDA in your file and confirm by reply.",
        at(2025, 9, 29, 14, 8),
        atts=[("DVR_Commission_Wire_Instructions.pdf", pdf(["Desert Vista Realty - Commission Wiring Instructions", "Bank: Harborline Bank NA",
                                                            "ABA 031101279  Account 8230094411", "Beneficiary: DVR Commission Services"]), "application/pdf")],
        sc=A(10, "lookalike-domain", "T24: punycode homoglyph of the brokerage (Cyrillic i, xn--desertvstarealty-gwn) on Google Workspace: commission wire"))
t24.add(carla, "See you Friday for the Windrose closing! Steven says he'll be there at 9.", at(2025, 10, 1, 16, 40))

# ---------------------------------------------------------------- T26 credit-union payoff: real statement, then takeover with altered quote
t26 = Thread("T26", monica, "Payoff Request - Member Loan 8810-22 - Estate of Margaret Olsen - 7408 E Windrose Dr")
t26.add(me, "Hello Monica,\n\nPlease send a payoff statement for member loan 8810-22 (Margaret Olsen, deceased), 7408 E Windrose Dr, good through "
        "October 3, 2025. The personal representative's authorization is attached.", at(2025, 8, 12, 10, 5),
        atts=[("Olsen_PR_Authorization.pdf", pdf(["Authorization to release loan information", "Steven Olsen, Personal Representative"]), "application/pdf")])
t26.add(monica, "Hello Renee,\n\nBefore we can release the payoff on a deceased member's loan I need the certified Letters of Appointment and a copy of "
        "the death certificate. Once I have them the statement usually goes out within two days.", at(2025, 8, 14, 9, 12))
t26.add(me, "Hi Monica,\n\nThe Letters of Appointment (certified August 22) and the death certificate are attached.", at(2025, 8, 25, 13, 0),
        atts=[("Olsen_Letters_of_Appointment_certified.pdf", pdf(["Superior Court of Arizona, Maricopa County", "Letters of Personal Representative",
                                                                  "Steven Olsen"], producer="Canon iR-ADV C5840"), "application/pdf")])
t26.add(monica, "Hi Renee,\n\nThe payoff statement is attached, good through October 3, with our wire instructions. Please call our payoff line at "
        "602-555-0177 to confirm them before you send funds.", at(2025, 8, 27, 11, 40),
        atts=[("MVCU_Payoff_8810-22_Olsen.pdf", pdf(["Mesa Verde Credit Union - Payoff Statement", "Member loan 8810-22, Margaret Olsen (Estate)",
                                                     "Good through 10/03/2025, payoff $147,902.16", "Wire: Mesa Verde Credit Union, ABA 322187345",
                                                     "Account 0049917731 Mortgage Payoff Clearing"], producer="Microsoft® Word for Microsoft 365"), "application/pdf")],
        sc=GH(27, "T26: credit-union payoff statement with wire instructions PDF (desktop Outlook, as in the rest of the thread)"))
t26.add(me, "Hi Monica,\n\nConfirmed by phone with your payoff line this afternoon: we'll wire the payoff at closing to Mesa Verde Credit Union, "
        "routing 322187345, account 0049917731.", at(2025, 8, 27, 15, 5))
mon_owa = Pt("Monica Delgado", "mdelgado@mesaverdecu.example", "owa", "mvcu", sig=monica.sig, host=monica.host)
t26.add(mon_owa, "Hi Renee,\n\nPlease note our payoff clearing account has been updated following our core system upgrade. The updated payoff statement "
        "and wiring instructions are attached; the previous instructions will reject incoming wires after September 15.", at(2025, 9, 12, 16, 22),
        qmod=lambda s: s.replace("routing 322187345, account 0049917731", "routing 322271627, account 0049917731").replace("0049917731", "3382014756"),
        atts=[("MVCU_Updated_Payoff_8810-22.pdf", pdf(["Mesa Verde Credit Union - Updated Payoff Statement", "Member loan 8810-22", "Wire: Pacific Meridian Bank",
                                                       "ABA 322271627  Account 3382014756"], producer="Microsoft: Print To PDF"), "application/pdf")],
        sc=A(6, "account-takeover", "T26: payoff specialist's M365 account via OWA, PDF with new wiring instructions; quoted history real except the "
             "routing/account numbers"))
t26.add(monica, "Hi Renee,\n\nThe payoff wire arrived today and the loan is paid in full. The deed of release will be sent to the county recorder within "
        "30 days. Thanks again for calling us about that fake 'updated payoff' email; we've reset the account and reported it.", at(2025, 10, 3, 14, 30))

# ---------------------------------------------------------------- T21 buyers and mortgage LO (M365): portal link; takeover asks for SSN and bank login
PCM_PORTAL = "https://pinnaclecrest.mortgage-portal.example/borrower/login"
t21 = Thread("T21", derek, "Feld - 7408 E Windrose Dr - Loan PCM-2508-0415 - closing timeline")
t21.add(derek, "Hi Renee, Rachel and Tom,\n\nI'm the loan officer on the Felds' purchase of 7408 E Windrose Dr. Rachel and Tom, you'll upload documents "
        f"through our borrower portal, {PCM_PORTAL} (you got the invite this morning). Renee, Tara Whitcomb will process the loan again and will send "
        "title conditions shortly.", at(2025, 8, 6, 9, 30), to=[P(me), P(rachel), tomfeld])
t21.add(me, "Hi Derek,\n\nGood to work with you again. Escrow 25-0617-RC is open, and the commitment and CPL will go to Tara today. Rachel and Tom, "
        "I'll send you a separate welcome email with the signing details.", at(2025, 8, 6, 10, 12), to=[P(derek), P(rachel), tomfeld])
t21.add(rachel, "Thank you both! We uploaded paystubs and the last two months of bank statements to the portal last night.", at(2025, 8, 7, 7, 3),
        to=[P(derek), P(me), tomfeld])
t21.add(derek, "Rachel and Tom, underwriting approved the loan with conditions. Please upload the gift letter from Tom's parents through the portal: "
        f"{PCM_PORTAL}\n\nRenee, we're targeting CTC by September 19.", at(2025, 8, 12, 14, 55), to=[P(rachel), tomfeld, P(me)],
        sc=GH(26, "T21: mortgage LO reply-all with the borrower portal link he used at the start of the thread"))
t21.add(me, "Thanks Derek. The Felds' signing is tentatively set for October 1 with our notary.", at(2025, 8, 20, 9, 44), to=[P(derek), P(rachel), tomfeld])
der_owa = Pt("Derek Ng", "dng@pinnaclecrestmtg.example", "owa", "pcm", sig=derek.sig, host=derek.host)
t21.add(der_owa, "Rachel, Tom,\n\nUnderwriting needs to re-verify your funds to close before final approval. Please reply with your full Social Security "
        "numbers, dates of birth, and the online banking username and password for the account holding your down payment, so our verification partner "
        "can pull the balances directly. This is time sensitive.\n\nRenee, if you have the buyers' SSNs from your opening documents, please send them as "
        "well so we can finish this today.", at(2025, 9, 2, 6, 18), to=[P(rachel), tomfeld, P(me)],
        sc=A(13, "account-takeover", "T21: mortgage LO's M365 account (OWA) reply-all asks the buyers for SSN and bank login 'to verify funds'"))
t21.add(rachel, "Derek, is this legitimate? We already linked our bank through the portal's asset verification last month, and we're not comfortable "
        "sending a banking password by email. Renee, please don't send our SSNs to anyone.", at(2025, 9, 2, 7, 40), to=[P(derek), P(me), tomfeld])
t21.add(derek, "Rachel, Tom, Renee: please disregard this morning's message. It did not come from me; our IT team has locked the account and we are "
        "investigating. Nobody at Pinnacle Crest will ever ask for your banking password.", at(2025, 9, 2, 10, 5), to=[P(rachel), tomfeld, P(me)])

# ---------------------------------------------------------------- T22 HOA (M365): demand letter with the known portal; takeover with WordPress link
t22 = Thread("T22", dana, "Demand Request - Windrose Estates HOA - 7408 E Windrose Dr - Escrow 25-0617-RC")
t22.add(me, "Hi Dana,\n\nPlease send the HOA demand and resale disclosure for 7408 E Windrose Dr (owner: Estate of Margaret Olsen), closing October 3.",
        at(2025, 8, 11, 9, 50))
t22.add(dana, "Hi Renee,\n\nThe demand letter and the resale disclosure for Windrose Estates are attached. As on your Camelback Vista closings, please pay "
        f"everything at closing through our portal: {PORTAL}?assoc=WEH&lot=88\n\nDemand number WEH-0088-2508; it's good through October 10.",
        at(2025, 8, 14, 15, 2),
        atts=[("WEH_Demand_Lot88_Olsen.pdf", pdf(["Windrose Estates HOA - Demand Letter", "Lot 88, 7408 E Windrose Dr", "Good through 10/10/2025", "Total due $2,318.50"],
                                                 uris=[f"{PORTAL}?assoc=WEH&lot=88"]), "application/pdf")],
        sc=GH(11, "T22: HOA demand letter with the payment portal link used in earlier closings (T4)"))
t22.add(me, "Thank you Dana, received. I'll pay through the portal at closing.", at(2025, 8, 14, 15, 30))
dana_owa = Pt("Dana Pruitt", "dpruitt@cactuswrencm.example", "owa", "cwcm", sig=dana.sig, host=dana.host)
t22.add(dana_owa, "Hi Renee,\n\nThe earlier demand for Lot 88 was issued with an error in the assessment balance. Please download the updated payoff "
        "letter before closing from the link below and use the payment details in it:\n\nhttps://www.saltriverdentalgroup.example/wp-content/uploads/2025/09/"
        "cwcm/WEH-Payoff-Letter-Lot88.php\n\nThank you.", at(2025, 9, 22, 17, 48),
        sc=A(9, "account-takeover", "T22: HOA manager's M365 account (OWA): updated payoff letter link on a hacked WordPress site"))
t22.add(dana, "Hi Renee,\n\nThe HOA received $2,318.50 through the portal today; the Lot 88 account is paid in full. And thank you for calling about "
        "the link sent from my account last week. We changed the password and warned our other escrow contacts.", at(2025, 10, 3, 15, 12))

# ---------------------------------------------------------------- T29 seller's personal representative (Comcast / Xfinity webmail)
t29 = Thread("T29", steven, "7408 E Windrose Dr - Estate of Margaret Olsen - seller documents")
t29.add(me, "Dear Mr. Olsen,\n\nI'm sorry for the loss of your mother. I'm the escrow officer for the sale of her home. As personal representative "
        "you'll sign the deed and the seller documents; I'll need the certified Letters of Appointment and an estate tax ID (EIN) for the 1099-S.",
        at(2025, 8, 6, 11, 30))
t29.add(steven, "Renee,\n\nThank you for the kind words. The estate's EIN letter from the IRS is attached. The certified letters should come from the "
        "court in about two weeks.\n\nSteve Olsen", at(2025, 8, 7, 19, 55),
        atts=[("IRS_CP575_Estate_of_Margaret_Olsen.pdf", pdf(["Internal Revenue Service - CP 575", "Estate of Margaret A Olsen", "EIN 99-*******"],
                                                             producer="Canon MF Scan Utility"), "application/pdf")])
t29.add(me, "Thank you, Steve. When the letters arrive, one certified copy is enough; I'll forward a copy to the credit union for the payoff.",
        at(2025, 8, 8, 8, 20))
t29.add(steven, "Renee,\n\nI dropped the certified letters at your front desk this morning. The girl at the desk gave me a receipt.\n\nSteve",
        at(2025, 8, 22, 12, 4))
t29.add(me, "Dear Steve,\n\nYour signing is with our mobile notary Frank DeLuca on Thursday, September 18 at 5:30 pm at your home in Fountain Hills. "
        "The estate's proceeds will go by check to the estate account, as you asked.", at(2025, 9, 15, 10, 40))
t29.add(steven, "That works. Frank called me already to confirm. Thanks for keeping this simple for us.\n\nSteve", at(2025, 9, 15, 18, 32))

# ---------------------------------------------------------------- T23 notary (Comcast webmail): takeover sends a OneNote "signed package"
t23 = Thread("T23", frank, "Signing order - Olsen Estate (seller) - 7408 E Windrose Dr")
t23.add(me, "Hi Frank,\n\nSeller signing for Steven Olsen, personal representative of the Estate of Margaret Olsen, Thursday 9/18 at 5:30 pm at 16540 E "
        "Palisades Blvd, Fountain Hills. Documents attached.", at(2025, 9, 15, 10, 45),
        atts=[("Olsen_seller_docs_25-0617-RC.pdf", pdf(["Seller closing documents", "Escrow 25-0617-RC", "Personal Representative's Deed"]), "application/pdf")])
t23.add(frank, "Renee, got it, Thursday 5:30 is confirmed with Mr. Olsen. Frank", at(2025, 9, 15, 13, 12))
t23.add(me, "Hi Frank,\n\nPlease make sure the personal representative's deed is signed exactly as \"Steven R. Olsen, Personal Representative of the "
        "Estate of Margaret A. Olsen\".", at(2025, 9, 17, 9, 30))
t23.add(frank, "Renee, all signed, including the PR deed exactly as you wrote it. I'll drop the originals at your office tomorrow by 10.\n\nFrank",
        at(2025, 9, 18, 19, 4))
t23.add(frank, "Hello Renee,\n\nPlease find attached the signed package for your records. Open the file and click to view the documents.\n\nFrank",
        at(2025, 9, 26, 10, 17), sig=False, atts=[("Olsen_Signed_Package.one", onenote(), "application/octet-stream")],
        sc=A(11, "account-takeover", "T23: notary's Comcast webmail sends a 'signed package' as a OneNote file a week after delivering originals"))

# ---------------------------------------------------------------- T28 buyers' welcome (Gmail)
t28 = Thread("T28", rachel, "7408 E Windrose Dr - Escrow 25-0617-RC - welcome")
t28.add(me, "Dear Rachel and Tom,\n\nWelcome to Saguaro Title & Escrow. Your earnest money of $10,000 is due within three business days. Our office will "
        "only ever give you wiring instructions by phone. If an email tells you otherwise, even from my address, call us at (602) 555-0140.",
        at(2025, 8, 6, 10, 30), to=[P(rachel), tomfeld])
t28.add(rachel, "Hi Renee, thanks! Tom will drop off a cashier's check tomorrow on his way to work. Is there parking at your building?", at(2025, 8, 6, 12, 9),
        to=[P(me)], cc=[tomfeld])
t28.add(me, "Hi Rachel,\n\nThere is free visitor parking on the north side of the building; we're on the second floor, suite 210.", at(2025, 8, 6, 13, 0),
        to=[P(rachel)], cc=[tomfeld])
t28.add(rachel, "Perfect. One more question: our lender says the final CD will be ready September 26. Does that work with signing on October 1?",
        at(2025, 9, 10, 20, 14), to=[P(me)], cc=[tomfeld])
t28.add(me, "Hi Rachel,\n\nYes, the CD has to be delivered three business days before signing, so the 26th leaves room to spare.", at(2025, 9, 11, 8, 5),
        to=[P(rachel)], cc=[tomfeld])
t28.add(rachel, "Thank you for making our first purchase feel manageable! See you on the 1st.", at(2025, 9, 11, 12, 20), to=[P(me)], cc=[tomfeld])

# ---------------------------------------------------------------- T25 (continued) inspector's mailbox, eight months after the inspection
t25.add(hank, "Hi Renee,\n\nFollowing up on the inspection at 4421 E Camelback Rd #204. There was a revision to the report and the final invoice; both "
        "are available for download here:\n\nhttps://www.mediafire.com/file/q7r2k9x1m8d0v4t/SHI_Report_4421ECamelback_rev.pdf/file\n\nPlease review and "
        "let me know.", at(2025, 9, 25, 11, 41),
        sc=A(12, "server-hijack", "T25: home inspector's GoDaddy mailbox, same client, 8 months after the inspection: 'report' on a file host"))

# ================================================================ write, in arrival order (one counter over INBOX and Sent)
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen = ["file\tscenario\tdescription"]
for i, (t, _, folder, raw, m, lab) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab:
        labels.append(f"{MB}\t{m}\t{lab[0]}\t{lab[1]}")
        scen.append(f"{path}\t{lab[2]}\t{lab[3]}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scen) + "\n")
nh = sum(1 for l in labels[1:] if "\thijack\t" in l)
print(f"{len(pending)} messages, {len(labels) - 1} labelled ({nh} hijack, {len(labels) - 1 - nh} genuine) -> {root}")
