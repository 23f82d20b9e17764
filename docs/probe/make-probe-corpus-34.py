#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-34.py OUT_DIR
#
# Probe mailbox "morag": Morag Findlay, laboratory manager of the Marine Ecology & Genomics Lab (MEG), School of Biological
# Sciences, University of Aberdeen (Scotland). The university is a Microsoft 365 tenant (abdn.example, EURPRD10 mailbox
# servers, inbound through Exchange Online Protection, which writes the receiving Authentication-Results / Received-SPF /
# X-Forefront-Antispam-Report; no Safe Links rewriting). Morag writes from Outlook desktop (en-GB; Exchange Online stamps Date
# in +0000; replies "RE:", quote header "From:/Sent:/To:/Cc:/Subject:"). English, with Norwegian and Spanish from partners.
# Sept 2024 - May 2025, Europe/London (BST/GMT).
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Prof. Alasdair Grant (PI, same tenant)      Outlook desktop en-GB, internal mapi hop; at conferences Outlook for iOS
#                                               ("Get Outlook for iOS", US-style "Sent:" line with seconds)
#   Eilidh Ross, Callum Baird (PhD students)    same tenant; Eilidh Outlook on the web (underscore separator), Callum Outlook
#   Linda Paterson (Finance Office, AP)         same tenant, Outlook desktop
#   Prof. Kari Nordvik, Dr Mari Solberg (UiT, Tromsø, Norway)  M365 NORP279 tenant, d=uit.example s=selector1; Kari's Outlook
#                                               has a Norwegian UI ("SV:", "Fra:/Sendt:/Til:/Kopi:/Emne:"), Mari's an English UI
#   Dr Sindre Haugland (University of Bergen)   Mutt 2.2 on a Linux workstation, text/plain format=flowed only, bottom-posting with
#                                               trimmed quotes, submission through smtp.uib.example (Postfix), d=uib.example
#                                               s=uib2024, local-time Date; once from K-9 Mail on a research ship
#   Dr Jon Leclerc (Dalhousie, Halifax -> University of Victoria from January)  M365 CANPRD01 tenants, Outlook desktop en-CA
#                                               ("Sent: Tuesday, March 11, 2025 6:14 AM"); d=dal.example s=selector1, later
#                                               d=uvic.example s=selector2; shares data through dal.app.box.com
#   Dra. Catalina Rojas, Dr Felipe Araya (Universidad de Concepción, Chile)  Thunderbird 128 (Spanish UI, "El 11/03/2025 a las
#                                               6:14, X escribió:"), plain format=flowed + HTML, smtp.udec.example (Postfix,
#                                               amavis), d=udec.example s=mail2023, America/Santiago (-03 summer / -04 winter)
#   Joaquín Fuentes (Chilean PhD student, visiting Jan-Mar)  Gmail web with Spanish UI ("El mar, 11 mar 2025 a las 6:14, ...")
#   Dr Fraser Lindsay (Caledonian Genomics Core, Edinburgh)  M365 GBRP265 tenant, Outlook desktop en-GB, d=caledoniangenomics.example;
#                                               the core's LIMS notifications come through a SendGrid-style relay ("[CGC-24-117]")
#   Gemma Hughes + credit control (Calder Scientific Ltd, lab equipment distributor)  M365 GBRP265, Outlook desktop
#   Tom Sinclair (Brora Instruments Ltd, oxygen optodes)  Google Workspace, Gmail web en-GB, d=brorainstruments.example s=google
#   Priya Nair (Halden & Rowe author services, publisher of JMME)  M365 GBRP265, Outlook desktop
#   Notifications: ScholarOne-style JMME editorial system, Halden & Rowe APC portal, SAP workflow (Finance), UKRI-style Funding
#   Service (Amazon SES), IT Service Desk (ServiceNow), TempGuard freezer monitoring, DPD, Key Travel, IMMES 2025 ConfTool,
#   the MARMOLECOL JISCMail LISTSERV list, MASTS newsletter (Mailchimp), School seminar mails.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv and OUT_DIR/mailboxes/morag/{INBOX,Sent}/N.eml numbered in arrival order
# across both folders. Only test messages are labelled; the rest is context. Deterministic (random.Random(34)); no network;
# attachments are inert (random bytes or text in real zip / PDF / OOXML / OneNote / FAT / iCalendar / SVG containers).
#
# Threads (35 conversations): T1 Kari sampling plan (OneDrive SOP link); T2 Kari data-sharing agreement (Mari joins; A5 and the
#   follow-up); T3 Mari dry-ice filter shipment (Kari's autoreply); T4 Sindre pipeline parameters (figshare link, his vacation
#   autoreply, revived after the sabbatical, K-9 from the ship); T5 Sindre container definition file (A6); T6 Kari Tromsø
#   annual meeting; T7 Jon Scotian Shelf data with Box links (A9 on his old address); T8 Jon reference-sample exchange and his
#   move to UVic; T9 Catalina kelp manuscript (Zenodo link, A1, her vacation autoreply); T10 Joaquín's visit (O1 Felipe and
#   Morag's answer); T11 Joaquín metadata, visit and return (A7); T12 Alasdair Halifax travel (iPhone at 3 am, A3); T13
#   Alasdair FW IMMES invoice; T14 Eilidh inductions + freezer inventory (A2); T15 Eilidh methods check; T16 Callum qPCR
#   exports; T17 Callum fieldwork expenses (A12); T18 Fraser CGC-24-117 (A14); T19 Gemma ULT freezer quote (A11); T20 Calder
#   bank-detail change + T20b Morag's forward to Finance; T21 Tom optode repair (A10); T22 Priya APC invoice (A4); T23 and T23b
#   MARMOLECOL list discussions (plus four single list announcements); T24 lab-meeting rota (A15); T25 Gemma kits order;
#   T26 Fraser 2025 quote; T27 Catalina ANID-UKRI budget; T28 Jon (UVic) IMMES poster; T29 Eilidh IMMES registration;
#   T30 Alasdair/Research Finance budget reprofile (O2); T31 Mari January data transfer (FileSender); T32 Kari seminar visit;
#   T33 Estates autoclave job. Stand-alone: ScholarOne (4), Halden & Rowe APC portal (2), CGC LIMS (6), SAP workflow (16),
#   UKRI Funding Service (3), IT Service Desk (4), TempGuard alarms (11), DPD (4), Key Travel (2), IMMES ConfTool (3), MASTS
#   newsletter (9), School seminars (9), SBS bulletin (8), fake threads A8 and A13.
# Counts: 315 messages (214 INBOX, 101 Sent), 122 labelled: 15 hijacks (5 server-hijack, 4 account-takeover,
#   2 display-name-spoof, 2 lookalike-domain, 2 fake-thread), 35 genuine-hard, 2 genuine-orphan, 70 genuine-reply.
#
# Hijacks (15):
#   A1  T9  server-hijack      Catalina's real Thunderbird/Postfix path: "revised manuscript + response to reviewers" on a
#                              WeTransfer link, 04:12 Chile time, faithful Spanish-UI quote, no Spanish at all
#   A2  T14 account-takeover   Eilidh's M365 account submitted by SMTP AUTH from a VPS (PHPMailer Message-ID/X-Mailer, +0300):
#                              "revalidate your account before the MFA change" HTML attachment (fake SSO form), no quote
#   A3  T12 display-name-spoof "Alasdair Grant" at gmail.com while he is at the Halifax summit: 6 x £50 gift cards, photos of codes
#   A4  T22 lookalike-domain   halden-rowe.example "Priya Nair" (own M365 tenant): APC invoice with new bank account (PDF),
#                              quote of Priya's real mail altered to "bank transfer only"
#   A5  T2  server-hijack      Kari's real UiT M365 (Norwegian Outlook headers): DocuSign-style "DSA ready for e-signature" HTML
#                              button to an unknown domain, 02:47 Oslo time, faithful quote
#   A6  T5  server-hijack      Sindre's real mutt/Postfix path while his autoreply says he is on sabbatical: "pipeline installer"
#                              FAT disk image (.img) attachment, mutt-style trimmed quote
#   A7  T11 account-takeover   Joaquín's Gmail through Outlook desktop over SMTP ($-style Message-ID, X-Mailer, foreign IP):
#                              Spanish "datos finales" zip holding an .xlsx.lnk, no quote
#   A8  --  fake-thread        stranger "RE: IMMES 2025 Bergen - invoice for your registration", fabricated quote of Morag, PDF pay link
#   A9  T7  account-takeover   Jon's OLD Dalhousie account two months after his move: Thunderbird from a VPS through the Dal
#                              tenant, link to a Box look-alike (box-securelink.example), altered quote of Morag's mail
#   A10 T21 server-hijack      Brora Instruments' real Google Workspace: "DPD could not deliver, rebook in the attached note" OneNote
#   A11 T19 lookalike-domain   calder-scientific.example "Gemma Hughes": HMRC VAT-relief declaration as macro .docm, long,
#                              context-aware, faithful quote
#   A12 T17 display-name-spoof "Callum Baird" at outlook.com: new bank (sort code/account) for expenses and stipend, no payload
#   A13 --  fake-thread        "RE: Missed call from +44 1224 ..." voicemail SVG attachment, no quote
#   A14 T18 server-hijack      Fraser's real CGC M365: password-protected zip "invoice" (password in text) holding an .hta,
#                              although he had said the invoice would come from Edinburgh finance
#   A15 T24 account-takeover   Alasdair's own account by SMTP AUTH from abroad (Windows Live Mail Message-ID/X-Mailer): .ics
#                              "lab meeting agenda" invite whose URL/DESCRIPTION point to a sites.google.com page
#
# Genuine hard cases (35):
#   G1  T7  Jon's dal.app.box.com folder link (first link in the thread)     G2  T1  Kari's OneDrive/SharePoint link to the SOP
#   G3  T9  Catalina's Zenodo record link for the reviewers                 G4  T4  Sindre's figshare private link (mutt)
#   G5  T16 Callum's zipped qPCR raw exports that Morag asked for          G6  T14 Eilidh's freezer inventory .xlsx (requested)
#   G7  T12 Alasdair from Outlook for iOS at 03:12 in Halifax (jet lag)     G8  T8  Jon announces his move and new address
#   G9  T8  Jon's first mail from uvic.example (new domain, tenant, tz)     G10 T4  Sindre revives the thread after 6 months' sabbatical
#   G11 --  Halden & Rowe APC portal: real invoice with "pay online" link   G12 T7  Jon's second Box link (thread always had links)
#   G13 --  ScholarOne decision letter (links, no reply headers)            G14 --  SAP "invoice blocked" notice with Fiori link
#   G15 --  UKRI-style Funding Service reporting reminder with link         G16 T3  Kari's Norwegian automatic reply
#   G17 T4  Sindre's vacation autoreply (research leave)                    G18 T23 JISCMail list reply with protocols.io link + footer
#   G19 T13 Alasdair forwards the IMMES registration invoice (FW:, PDF, pay link)
#   G20 T20 Calder credit control's bank-change letter (PDF), announced by Gemma, verified by phone and with Finance
#   G21 T20 Calder's first invoice with the new (verified) bank details    G22 --  CGC LIMS "data ready" with download link
#   G23 --  CGC LIMS separate download password mail                       G24 T2  new UiT postdoc Mari writes herself
#   G25 T4  Sindre from K-9 Mail on the ship (client change, same server)  G26 T21 Brora calibration certificates (PDFs)
#   G27 T15 Eilidh's methods .docx at 01:34                                 G28 T11 Joaquín's Google Drive link + .xlsx metadata
#   G29 T3  Mari's half-Norwegian reply                                     G30 --  IT Service Desk's real MFA number-matching notice
#   G31 T10 Joaquín's first mail (Cc'd in by his supervisor) with the visitor form PDF
#   G32 --  IMMES ConfTool real "registration unpaid" reminder with link    G33 T2  Kari's signed DSA PDF
#   G34 T3  Mari's pro forma customs invoice PDF for the dry-ice shipment  G35 T9  Catalina's Spanish/English vacation autoreply
# Genuine orphans (2): O1 T10 Felipe replies-all to a mail from Catalina that Morag never received (adds her in Cc);
#   O2 T30 Alasdair answers Research Finance's mail (sent only to him) and copies Morag in.
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply).
import base64, datetime, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "morag"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(34)
LON = ZoneInfo("Europe/London"); OSL = ZoneInfo("Europe/Oslo"); HAL = ZoneInfo("America/Halifax")
VAN = ZoneInfo("America/Vancouver"); SCL = ZoneInfo("America/Santiago"); UTC = datetime.timezone.utc
TD = datetime.timedelta


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=LON): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=LON):
        s.name, s.email, s.client, s.infra, s.sig, s.tz = name, email, client, infra, sig, tz
        s.dom = email.split("@")[1]


OWN = "abdn.example"
me = Pt("Morag Findlay", f"morag.findlay@{OWN}", "ol", "abdn",
        "\n\nBest wishes,\nMorag\n\nMorag Findlay\nLaboratory Manager | Marine Ecology & Genomics Lab (MEG)\nSchool of Biological Sciences, "
        "University of Aberdeen\nZoology Building, Tillydrone Avenue, Aberdeen AB24 2TZ\nTel +44 (0)1224 496318")
alasdair = Pt("Alasdair Grant", f"a.grant@{OWN}", "ol", "abdn",
              "\n\nAlasdair\n\n--\nProf. Alasdair Grant\nChair in Marine Molecular Ecology | PI, MEG Lab\nSchool of Biological Sciences, University of Aberdeen")
eilidh = Pt("Eilidh Ross", f"e.ross.21@{OWN}", "owa", "abdn", "\n\nThanks,\nEilidh\n\nEilidh Ross (she/her)\nPhD candidate, MEG Lab\nUniversity of Aberdeen")
callum = Pt("Callum Baird", f"c.baird.23@{OWN}", "ol", "abdn",
            "\n\nCheers,\nCallum\n\nCallum Baird\nPhD student | Marine Ecology & Genomics Lab\nUniversity of Aberdeen")
linda = Pt("Linda Paterson", f"l.paterson@{OWN}", "ol", "abdn",
           "\n\nKind regards\n\nLinda Paterson\nPurchasing & Accounts Payable, Finance Office\nUniversity of Aberdeen | Tel +44 (0)1224 496044")
helen = Pt("Helen Murray", f"h.murray@{OWN}", "ol", "abdn", "\n\nHelen\n\nDr Helen Murray\nSeminar Coordinator, School of Biological Sciences")
kari = Pt("Kari Nordvik", "kari.nordvik@uit.example", "olno", "uit",
          "\n\nBest regards / Med vennlig hilsen\nKari\n\nKari Nordvik\nProfessor | Department of Arctic and Marine Biology\n"
          "UiT The Arctic University of Norway, NO-9037 Tromsø\n+47 776 45 512", OSL)
mari = Pt("Mari Solberg", "mari.solberg@uit.example", "ol", "uit",
          "\n\nKind regards,\nMari\n\nMari Solberg, PhD\nPostdoctoral Researcher | Department of Arctic and Marine Biology\nUiT The Arctic University of Norway", OSL)
sindre = Pt("Sindre Haugland", "sindre.haugland@uib.example", "mutt", "uib",
            "\n\n-- \nSindre Haugland, Associate Professor\nComputational Biology Unit, University of Bergen\nThormøhlens gate 55, 5006 Bergen, Norway", OSL)
jon = Pt("Jon Leclerc", "jon.leclerc@dal.example", "olca", "dal",
         "\n\nCheers,\nJon\n\nJonathan Leclerc, PhD\nAssociate Professor, Department of Oceanography\nDalhousie University | Halifax, NS\n(902) 555-0148", HAL)
jon2 = Pt("Jon Leclerc", "jon.leclerc@uvic.example", "olca", "uvic",
          "\n\nCheers,\nJon\n\nJonathan Leclerc, PhD\nAssociate Professor, School of Earth and Ocean Sciences\nUniversity of Victoria | Victoria, BC\n(250) 555-0193", VAN)
catalina = Pt("Catalina Rojas", "catalina.rojas@udec.example", "tbes", "udec",
              "\n\n-- \nDra. Catalina Rojas Muñoz\nProfesora Asociada, Departamento de Oceanografía\nUniversidad de Concepción, Chile\n+56 41 266 1540", SCL)
felipe = Pt("Felipe Araya", "felipe.araya@udec.example", "tbes", "udec",
            "\n\n-- \nDr. Felipe Araya Soto\nLaboratorio de Ecología Molecular Marina\nUniversidad de Concepción", SCL)
joaquin = Pt("Joaquín Fuentes", "joaquin.fuentes.oce@gmail.com", "gmailes", "gmail",
             "\n\nSaludos,\nJoaquín\n\n--\nJoaquín Fuentes Vidal\nPhD student, Doctorado en Oceanografía\nUniversidad de Concepción, Chile", SCL)
fraser = Pt("Fraser Lindsay", "fraser.lindsay@caledoniangenomics.example", "ol", "cgc",
            "\n\nKind regards,\nFraser\n\nDr Fraser Lindsay\nCore Manager | Caledonian Genomics Core\nKing's Buildings, Edinburgh EH9 3FF\n0131 496 0721")
gemma = Pt("Gemma Hughes", "gemma.hughes@calderscientific.example", "ol", "calder",
           "\n\nKind regards\nGemma\n\nGemma Hughes\nAccount Manager - Scotland North\nCalder Scientific Ltd | Unit 7, Kirkton Campus, Livingston EH54 7BX\nM 07700 900417 | T 01506 496 200")
calder_cc = Pt("Calder Scientific Credit Control", "creditcontrol@calderscientific.example", "ol", "calder",
               "\n\nKind regards\n\nSarah Kerr\nCredit Controller | Calder Scientific Ltd\nUnit 7, Kirkton Campus, Livingston EH54 7BX\nT 01506 496 210")
tom = Pt("Tom Sinclair", "tom@brorainstruments.example", "gws", "brora",
         "\n\nCheers,\nTom\n\n--\nTom Sinclair | Service Engineer\nBrora Instruments Ltd\nShore Road Workshops, Brora KW9 6QS | 01408 496 120")
priya = Pt("Priya Nair", "priya.nair@haldenrowe.example", "ol", "haldenrowe",
           "\n\nBest wishes,\nPriya\n\nPriya Nair\nAuthor Services - Open Access Charges\nHalden & Rowe Scientific Publishing\n4 Cathedral Lane, Oxford OX1 1AB")
ruth = Pt("Ruth Okafor", "r.okafor@pml.example", "tben", "pml", "\n\nRuth\n\n-- \nDr Ruth Okafor\nMolecular Ecology Group, Plymouth Marine Laboratory", LON)
anders = Pt("Anders Holm", "anders.holm@sams.example", "ol", "sams", "\n\nAnders\n\nDr Anders Holm | SAMS, Oban", LON)

# mailbox servers per M365 tenant: (region, {email: host})
EXO = {OWN: ("EURPRD10", {me.email: "DU0PR10MB6510", alasdair.email: "AS8PR10MB7428", eilidh.email: "DB9PR10MB7149",
                          callum.email: "AM9PR10MB4361", linda.email: "PAXPR10MB5205", helen.email: "GV1PR10MB6033"}),
       "uit.example": ("NORP279", {kari.email: "OS3P279MB0563", mari.email: "OS3P279MB1187"}),
       "dal.example": ("CANPRD01", {jon.email: "YT3PR01MB9174"}),
       "uvic.example": ("CANPRD01", {jon2.email: "YQBPR01MB8260"}),
       "caledoniangenomics.example": ("GBRP265", {fraser.email: "LO2P265MB5816"}),
       "calderscientific.example": ("GBRP265", {gemma.email: "CWLP265MB3044", calder_cc.email: "CWLP265MB2390"}),
       "haldenrowe.example": ("GBRP265", {priya.email: "LO4P265MB6112"}),
       "sams.example": ("GBRP265", {anders.email: "LO0P265MB2954"}),
       "halden-rowe.example": ("EURP190", {"priya.nair@halden-rowe.example": "PA4P190MB1356"}),
       "outlook.com": ("EURP194", {"callum.baird.uoa@outlook.com": "AS8P194MB1462"})}
TENANT = {d: ruuid() for d in EXO}

# kind, helo/rdns, ip, dkim d, dkim s, country (for the receiving EOP's X-Forefront-Antispam-Report)
INFRA = {
    "abdn": ("internal", None, None, OWN, "selector1", "GB"),
    "uit": ("exo", "mail-norwayeastazon11013044.outbound.protection.outlook.com", "52.101.134.44", "uit.example", "selector1", "NO"),
    "dal": ("exo", "mail-yt3can01on2112.outbound.protection.outlook.com", "40.107.115.112", "dal.example", "selector1", "CA"),
    "uvic": ("exo", "mail-canadacentralazon11012021.outbound.protection.outlook.com", "52.101.190.21", "uvic.example", "selector2", "CA"),
    "cgc": ("exo", "mail-lo2gbr01on2097.outbound.protection.outlook.com", "40.107.162.97", "caledoniangenomics.example", "selector1", "GB"),
    "calder": ("exo", "mail-cwlgbr01on2131.outbound.protection.outlook.com", "40.107.163.131", "calderscientific.example", "selector1", "GB"),
    "haldenrowe": ("exo", "mail-lo4gbr01on2109.outbound.protection.outlook.com", "40.107.160.109", "haldenrowe.example", "selector1", "GB"),
    "sams": ("exo", "mail-lo0gbr01on2088.outbound.protection.outlook.com", "40.107.161.88", "sams.example", "selector1", "GB"),
    "look-halden": ("exo", "mail-westeuropeazon11010022.outbound.protection.outlook.com", "52.101.69.22", "halden-rowe.example", "selector1", "NL"),
    "outlookcom": ("exo", "mail-am6eur05olkn2085.outbound.protection.outlook.com", "40.92.58.85", "outlook.com", "selector1", "IE"),
    "udec": ("postfix", "smtp.udec.example", "152.74.16.21", "udec.example", "mail2023", "CL"),
    "uib": ("postfix", "smtp.uib.example", "129.177.5.27", "uib.example", "uib2024", "NO"),
    "pml": ("postfix", "mailgw1.pml.example", "192.171.163.20", "pml.example", "pml1", "GB"),
    "gmail": ("gmail", "mail-lj1-f178.google.com", "209.85.208.178", "gmail.com", "20230601", "US"),
    "gmailios": ("gmail", "mail-pj1-f47.google.com", "209.85.216.47", "gmail.com", "20230601", "US"),
    "brora": ("gmail", "mail-wm1-f52.google.com", "209.85.128.52", "brorainstruments.example", "google", "US"),
    "look-calder": ("exim", "s142.uk-webhost.example", "185.151.30.142", "calder-scientific.example", "default", "GB"),
    "fake-immes": ("exim", "vps-8812.hostnova.example", "91.215.85.61", "immes2025-events.example", "mail", "LT"),
    "fake-vm": ("exim", "mx2.unitel-cloudvoice.example", "45.88.97.114", "unitel-cloudvoice.example", None, "MD"),
    # notification systems
    "s1": ("esp", "mail-out3.manuscriptcentral.example", "34.233.18.77", "manuscriptcentral.example", "s1", "US"),
    "hrportal": ("esp", "mta12.authorservices.haldenrowe.example", "159.135.224.12", "haldenrowe.example", "as1", "US"),
    "lims": ("esp", "o4.em8842.caledoniangenomics.example", "167.89.101.4", "caledoniangenomics.example", "s1", "US"),
    "ukri": ("esp", "a10-36.smtp-out.eu-west-2.amazonses.example", "54.240.10.36", "funding-service.ukri.example", "ses1", "GB"),
    "snow": ("esp", "outbound-lhr201.service-now.example", "149.96.36.14", OWN, "sn1", "GB"),
    "tempguard": ("esp", "a9-112.smtp-out.eu-west-1.amazonses.example", "54.240.9.112", "tempguard.example", "tg2022", "IE"),
    "dpd": ("esp", "mta3.dpdlocal.example", "194.61.75.33", "dpdlocal.example", "dpd", "GB"),
    "keytravel": ("esp", "smtp2.keytravel.example", "91.209.112.18", "keytravel.example", "kt1", "GB"),
    "immes": ("esp", "mail.conftool.example", "188.40.73.199", "immes2025.example", "ct", "DE"),
    "jisc": ("listserv", "lists.jiscmail.example", "130.246.192.45", "jiscmail.example", "jisc", "GB"),
    "masts": ("esp", "mail193.atl221.mcdlv.example", "198.2.181.193", "masts.example", "k2", "US"),
    "sap": ("sap", None, None, None, None, "GB"),
}


def exo_host(email):
    dom = email.split("@")[1]
    reg, hosts = EXO[dom]
    return reg, hosts[email]


def make_mid(who, client, t):
    if client in ("ol", "olno", "olca", "owa", "olios", "outlookcom"):
        reg, host = exo_host(who.email); return f"<{host}{HX(20)}@{host}.{reg}.PROD.OUTLOOK.COM>"
    if client in ("gmailes", "gws", "gmailios"):
        return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("tbes", "tben", "tbvps"): return f"<{ruuid()}@{who.dom}>"
    if client == "mutt": return f"<{t.astimezone(UTC):%Y%m%d%H%M%S}.GA{R.randint(1000, 99999)}@bioinf-ws07.cbu.uib.example>"
    if client == "k9": return f"<{ruuid().upper()}@email.android.com>"
    if client == "phpmailer": return f"<{alnum(32)}@srv-4471.hostwindsdns.example>"
    if client == "wlm": return f"<{HX(32)}@DESKTOP-7HK2M9P>"
    if client in ("olsmtp", "olsmtp-look"):
        return f"<{R.randint(0, 0x3f):04x}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def _lines(text, pfx="> ", nest=False):
    """quote every line; nest=True writes nested levels as '>>' (Thunderbird, mutt, K-9 in format=flowed)"""
    return "\n".join((">" + l if nest and l.startswith(">") else pfx + l) if l else pfx.rstrip() for l in text.split("\n"))


NO_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NO_MON = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def h12(t): return f"{(t.hour % 12) or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def quote_of(client, q, tz):
    """plain-text quote block of record q as the replying client writes it (times in the replier's zone tz)"""
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    tos = "; ".join(f"{n} <{e}>" if n else e for n, e in q["to"]); ccs = "; ".join(f"{n} <{e}>" if n else e for n, e in q["cc"])
    if client in ("ol", "owa"):
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t.day} {t:%B} {t.year} {t:%H:%M}"), ("To", tos)]
        if ccs: rows.append(("Cc", ccs))
        rows.append(("Subject", q["subj"]))
        return "\n\n" + ("________________________________\n" if client == "owa" else "") + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("olca", "outlookcom", "olsmtp-look"):
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A}, {t:%B} {t.day}, {t.year} {h12(t)}"), ("To", tos)]
        if ccs: rows.append(("Cc", ccs))
        rows.append(("Subject", q["subj"]))
        return "\n\n" + ("________________________________\n" if client == "outlookcom" else "") + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "olios":
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A}, {t:%B} {t.day}, {t.year} {(t.hour % 12) or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"), ("To", tos)]
        if ccs: rows.append(("Cc", ccs))
        rows.append(("Subject", q["subj"]))
        return "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "olno":
        rows = [("Fra", f"{name} <{email}>"), ("Sendt", f"{NO_DAYS[t.weekday()]} {t.day}. {NO_MON[t.month - 1]} {t.year} {t:%H:%M}"), ("Til", tos)]
        if ccs: rows.append(("Kopi", ccs))
        rows.append(("Emne", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("tbes",):
        return f"\n\nEl {t:%d/%m/%Y} a las {t.hour}:{t:%M}, {name} escribió:\n" + _lines(q["plain"], nest=True)
    if client in ("tben", "tbvps"):
        return f"\n\nOn {t:%d/%m/%Y} {t:%H:%M}, {name} wrote:\n" + _lines(q["plain"], nest=True)
    if client == "gmailes":
        return (f"\n\nEl {ES_DAYS[t.weekday()]}, {t.day} {ES_MON[t.month - 1]} {t.year} a las {t.hour}:{t:%M}, {name} (<{email}>) escribió:\n\n"
                + _lines(q["plain"]))
    if client in ("gws", "gmailios"):
        return f"\n\nOn {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name} <{email}> wrote:\n\n" + _lines(q["plain"])
    if client == "mutt":
        tq = q["t"].astimezone(q.get("tz") or UTC)
        return f"On {tq:%a, %b %d, %Y at %I:%M:%S%p %z}, {name} wrote:\n" + _lines(q["text"].rstrip(), nest=True)
    if client == "k9":
        z = f"{t:%z}"
        return (f"\n\nOn {t:%B} {t.day}, {t.year} {(t.hour % 12) or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'} GMT{z[:3]}:{z[3:]}, "
                f"{name} <{email}> wrote:\n" + _lines(q["text"].rstrip(), nest=True))
    if client == "olsmtp":
        return f"\n\n-----Mensaje original-----\nDe: {name} <{email}>\nEnviado el: {t.day} {ES_MON[t.month - 1]} {t.year} {t:%H:%M}\nPara: {tos}\nAsunto: {q['subj']}\n\n" + q["plain"]
    if client == "wlm":
        return (f"\n\n----- Original Message ----- \nFrom: {name}\nTo: {tos.replace(';', ',')}\n" + (f"Cc: {ccs.replace(';', ',')}\n" if ccs else "")
                + f"Sent: {t:%A, %B %d, %Y} {h12(t)}\nSubject: {q['subj']}\n\n" + _lines(q["plain"]))
    return "\n\n" + _lines(q["plain"])


def flowed(text, width=72):
    """format=flowed: soft line breaks end with a space (RFC 3676); quoted lines keep their '>' prefix"""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line); continue
        pfx = ""
        while line.startswith(">"):
            pfx += ">"; line = line[1:]
        if pfx and line.startswith(" "): pfx += " "; line = line[1:]
        line = line.rstrip(" ")
        if len(pfx) + len(line) <= width:
            out.append(pfx + line); continue
        words = line.split(" "); cur = ""
        for w in words:
            if cur and len(pfx) + len(cur) + 1 + len(w) > width:
                out.append(pfx + cur + " "); cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(pfx + cur)
    return "\n".join(out)


def html_body(client, plain):
    """html alternative: new text as paragraphs, '>' quoted runs as blockquotes"""
    blocks, cur_q = [], []
    def flush():
        if cur_q:
            inner = "<br>\n".join(H.escape(l[1:].lstrip(" ")) for l in cur_q)
            blocks.append(f'<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
            cur_q.clear()
    for l in plain.split("\n"):
        if l.startswith(">"): cur_q.append(l)
        else:
            flush(); blocks.append(H.escape(l) + "<br>")
    flush()
    body = "\n".join(blocks)
    if client in ("ol", "olno", "olca", "olsmtp", "olsmtp-look"):
        lang = {"olno": "NO-BOK", "olca": "EN-CA"}.get(client, "EN-GB")
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n'
                f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                f'<p class="MsoNormal">{body}</p>\n</div>\n</body>\n</html>')
    if client in ("owa", "outlookcom", "olios"):
        extra = ('<div id="ms-outlook-mobile-signature"><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>'
                 if client == "olios" else "")
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                + body + "</div>\n" + extra + "</body>\n</html>")
    if client in ("gmailes", "gws", "gmailios"): return '<div dir="ltr">' + body + "</div>\n"
    if client in ("tbes", "tben", "tbvps"):
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n'
                '  <body>\n    <p>' + body + "</p>\n  </body>\n</html>\n")
    return None


def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def pac(t): return t.astimezone(ZoneInfo("America/Los_Angeles")).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def v6(): return f"2603:10a6:{hx(3)}:{hx(3)}::{hx(2)}"
EXVER = "15.20.8398.027"
ME_HOST = "DU0PR10MB6510"


def sender_hops(who, infra, t, client, route):
    kind, helo, ip, d, s, ctry = INFRA[infra]
    hops = []
    sub_ip = route.get("ip")
    if kind == "exo":
        reg, host = exo_host(who.email)
        host2 = host[:-4] + str(R.randint(1000, 9999))
        if sub_ip:   # SMTP AUTH client submission from somewhere else
            hops.append(("Received", f"from [{route.get('lan', '192.168.1.' + str(R.randint(2, 200)))}] ({sub_ip}) by {host}.{reg}.PROD.OUTLOOK.COM\n ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {EXVER}; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.PROD.OUTLOOK.COM\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {EXVER}; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM ({v6()}) by\n {host2}.{reg}.PROD.OUTLOOK.COM ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                    f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {EXVER}; {rfcu(t + TD(seconds=1))}"))
    elif kind == "postfix":
        if client == "sieve":
            c = f"from imap.{who.dom} (imap.{who.dom} [{ip.rsplit('.', 1)[0]}.{R.randint(30, 60)}])"
        elif infra == "uib":
            if client == "k9":
                c = f"from [10.8.0.{R.randint(2, 40)}] (unknown [158.39.{R.randint(60, 70)}.{R.randint(2, 250)}])"
            else:
                c = "from bioinf-ws07.cbu.uib.example (bioinf-ws07.cbu.uib.example [129.177.120.57])"
        elif infra == "udec":
            a_, b_ = R.randint(1, 250), R.randint(1, 250)
            c = f"from [192.168.{R.choice((1, 0))}.{R.randint(20, 60)}] (pc-152-74-{a_}-{b_}.udec.example [152.74.{a_}.{b_}])"
        else:
            c = f"from [10.{R.randint(1, 30)}.{R.randint(1, 250)}.{R.randint(2, 250)}] (unknown [192.171.{R.randint(160, 170)}.{R.randint(2, 250)}])"
        q1, q2 = HX(11), HX(11)
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTP id {q2}\n\tfor <{me.email}>; {rfc(t + TD(seconds=2), who.tz)}"))
        hops.append(("Received", f"from {helo} ([127.0.0.1])\n\tby localhost ({helo} [127.0.0.1]) (amavisd-new, port 10024)\n\twith ESMTP id {alnum(12)} for <{me.email}>;\n\t{rfc(t + TD(seconds=1), who.tz)}"))
        if client == "sieve": hops.append(("Received", f"{c}\n\tby {helo} (Postfix) with ESMTP id {q1};\n\t{rfc(t, who.tz)}"))
        else: hops.append(("Received", f"{c}\n\t(Authenticated sender: {who.email.split('@')[0]})\n\tby {helo} (Postfix) with ESMTPSA id {q1};\n\t{rfc(t, who.tz)}"))
        hops.append(("X-Virus-Scanned", f"amavisd-new at {who.dom}"))
    elif kind == "gmail":
        if sub_ip:
            hops.append(("Received", f"from {route.get('pc', 'DESKTOP-' + HX(7))} ([{sub_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {pac(t)}"))
        hops.insert(0, ("Received", f"by {helo} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}{alnum(2).lower()}.{R.randint(1, 9)}\n        for <{me.email}>; {pac(t + TD(seconds=1))}"))
        hops.insert(1, ("X-Received", f"by 2002:a05:{R.choice(('6512', '651c', '6000'))}:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(16).lower()}.{R.randint(10, 99)}.{int(t.timestamp())};\n        {pac(t)}"))
    elif kind == "exim":
        hops.append(("Received", f"from [{sub_ip or '102.89.' + str(R.randint(2, 250)) + '.' + str(R.randint(2, 250))}] (port={R.randint(50000, 65000)} helo={route.get('pc', 'WIN-' + HX(11))})\n\tby {helo} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.97.1)\n\t(envelope-from <{route.get('env', who.email)}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, UTC)}"))
    elif kind == "esp":
        hops.append(("Received", f"by {helo} with SMTP id {alnum(22)}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
    elif kind == "listserv":
        hops.append(("Received", f"from LISTS.JISCMAIL.EXAMPLE by LISTS.JISCMAIL.EXAMPLE (LISTSERV-TCP/IP release 17.0) with\n          spool id {R.randint(1000000, 9999999)} for MARMOLECOL@JISCMAIL.EXAMPLE; {rfc(t + TD(seconds=40), LON)}"))
        ohelo = INFRA[who.infra][1]
        hops.append(("Received", f"from {ohelo} ({ohelo} [{INFRA[who.infra][2]}])\n          by lists.jiscmail.example (8.15.2/8.15.2) with ESMTPS id {alnum(14)}\n"
                                 f"          for <MARMOLECOL@JISCMAIL.EXAMPLE>; {rfc(t, LON)}"))
    elif kind == "sap":
        hops.append(("Received", f"from sapprd01.{OWN} (sapprd01.{OWN} [10.41.8.21])\n\tby mailrelay01.{OWN} (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(t, LON)}"))
    return hops


ARRIVAL = [None]


def transport(who, t, infra, client, route):
    kind, helo, ip, d, s, ctry = INFRA[infra]
    tmx = t + TD(seconds=R.randint(2, 9) + (40 if kind == "listserv" else 0))
    ARRIVAL[0] = tmx + TD(seconds=1)
    fromdom = who.email.split("@")[1]
    if kind == "internal":
        shost = exo_host(who.email)[1]
        hops = []
        sub_ip = route.get("ip")
        if sub_ip:
            hops.append(("Received", f"from {shost}.EURPRD10.PROD.OUTLOOK.COM ({v6()}) by\n {ME_HOST}.EURPRD10.PROD.OUTLOOK.COM ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {EXVER}; {rfcu(tmx)}"))
            ARRIVAL[0] = tmx
            hops.append(("Received", f"from [{route.get('lan', '127.0.0.1')}] ({sub_ip}) by {shost}.EURPRD10.PROD.OUTLOOK.COM\n ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {EXVER}; {rfcu(t)}"))
        else:
            if shost != ME_HOST:
                hops.append(("Received", f"from {shost}.EURPRD10.PROD.OUTLOOK.COM ({v6()}) by\n {ME_HOST}.EURPRD10.PROD.OUTLOOK.COM ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                         f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {EXVER}; {rfcu(tmx)}"))
            else: ARRIVAL[0] = t
            hops.append(("Received", f"from {shost}.EURPRD10.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {shost}.EURPRD10.PROD.OUTLOOK.COM\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {EXVER}; {rfcu(t)}"))
        org = [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthSource", f"{shost}.EURPRD10.PROD.OUTLOOK.COM"),
               ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
               ("X-MS-Exchange-Organization-MessageDirectionality", "Originating")]
        if not sub_ip and shost != ME_HOST: ARRIVAL[0] = tmx
        return hops, org
    eop = f"DB1PEPF000{R.choice(('509F9', '509E4', '39E7B', '4A1C2'))}"
    fe = f"DU7P195CA00{R.randint(10, 99)}"
    env = route.get("env")
    if kind == "listserv": envdom = "jiscmail.example"
    elif kind == "sap": envdom = OWN
    elif env: envdom = env.split("@")[1]
    else: envdom = {"esp": d}.get(kind, fromdom)
    sip = ip if kind != "sap" else "139.133.1.20"
    shelo = helo if kind != "sap" else f"mailrelay01.{OWN}"
    if kind == "listserv":
        auth = (f"spf=pass (sender IP is {sip}) smtp.mailfrom=jiscmail.example; dkim=fail (body hash did not verify)\n header.d={INFRA[who.infra][3]};dmarc=fail action=none\n"
                f" header.from={fromdom};compauth=pass reason=116")
    elif kind == "sap":
        auth = f"spf=pass (sender IP is {sip}) smtp.mailfrom={OWN}; dkim=none (message not signed)\n header.d=none;dmarc=pass action=none header.from={OWN};compauth=pass reason=100"
    elif s is None:
        auth = (f"spf=pass (sender IP is {sip}) smtp.mailfrom={envdom}; dkim=none (message not signed)\n header.d=none;dmarc=bestguesspass action=none\n"
                f" header.from={fromdom};compauth=pass reason=109")
    else:
        auth = (f"spf=pass (sender IP is {sip}) smtp.mailfrom={envdom}; dkim=pass (signature was verified)\n header.d={d};dmarc=pass action=none\n"
                f" header.from={fromdom};compauth=pass reason=100")
    top = [("Received", f"from {fe}.EURP195.PROD.OUTLOOK.COM ({v6()}) by\n {ME_HOST}.EURPRD10.PROD.OUTLOOK.COM ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {EXVER}; {rfcu(tmx + TD(seconds=1))}"),
           ("Received", f"from {eop}.eurprd03.prod.outlook.com\n (2603:10a6:{hx(3)}:{hx(3)}:cafe::{hx(2)}) by {fe}.outlook.office365.com\n ({v6()}) with Microsoft SMTP Server (version=TLS1_3,\n"
                        f" cipher=TLS_AES_256_GCM_SHA384) id {EXVER} via Frontend Transport; {rfcu(tmx)}"),
           ("Authentication-Results", auth),
           ("Received-SPF", f"Pass (protection.outlook.com: domain of {envdom} designates\n {sip} as permitted sender) receiver=protection.outlook.com;\n client-ip={sip}; helo={shelo}; pr=C"),
           ("Received", f"from {shelo} ({sip}) by\n {eop}.mail.protection.outlook.com (10.167.242.{R.randint(20, 250)}) with Microsoft SMTP Server\n"
                        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {EXVER} via Frontend Transport; {rfcu(tmx)}")]
    hops = sender_hops(who, infra, t, client, route)
    sig = []
    if kind == "exo":
        sig.append(("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(120)}"))
        sig.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
                                             " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
                                             f" bh={b64(32)};\n b={b64(120)}"))
        sig.append(("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={d}; dmarc=pass action=none header.from={d};\n dkim=pass header.d={d}; arc=none"))
        sig.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s={s};\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                                      f" bh={b64(32)};\n b={b64(180)}"))
    elif kind == "gmail":
        sig.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800}; darn={OWN};\n"
                                      "        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
                                      f"        bh={b64(32)};\n        b={b64(160)}"))
        sig.append(("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                               f"        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n"
                                               f"         :reply-to;\n        bh={b64(32)};\n        b={b64(160)}"))
        sig.append(("X-Gm-Message-State", f"AOJu0Y{alnum(40)}\n\t{alnum(60)}"))
        sig.append(("X-Google-Smtp-Source", f"AGHT+I{alnum(56)}"))
    elif s and kind != "listserv":
        sig.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())};\n\tbh={b64(32)};\n"
                                      f"\th=Subject:To:From:Date:Message-ID:MIME-Version:Content-Type;\n\tb={b64(180)}"))
    elif kind == "listserv":
        od = INFRA[who.infra]
        sig.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={od[3]};\n\ts={od[4]}; t={int(t.timestamp())};\n\tbh={b64(32)};\n"
                                      f"\th=Subject:To:From:Date:Message-ID:MIME-Version:Content-Type;\n\tb={b64(180)}"))
    org = [("X-MS-Exchange-Organization-ExpirationStartTime", f"{tmx.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
           ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"),
           ("X-MS-Exchange-Organization-AuthSource", f"{eop}.eurprd03.prod.outlook.com"), ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
           ("X-MS-Exchange-Organization-SCL", "1"),
           ("X-Forefront-Antispam-Report", f"CIP:{sip};CTRY:{ctry};LANG:{route.get('lang', 'en')};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{shelo};PTR:{shelo};CAT:NONE;\n"
                                           f" SFS:(13230040)(4022899009)(8096899003);DIR:INB;")]
    return top + hops + sig, org


UA = {"tbes": ("User-Agent", "Mozilla Thunderbird"), "tben": ("User-Agent", "Mozilla Thunderbird"), "tbvps": ("User-Agent", "Mozilla Thunderbird"),
      "mutt": ("User-Agent", "Mutt/2.2.13 (2024-03-09)"), "k9": ("User-Agent", "K-9 Mail for Android"),
      "phpmailer": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
      "wlm": ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"), "olsmtp": ("X-Mailer", "Microsoft Outlook 16.0"),
      "olsmtp-look": ("X-Mailer", "Microsoft Outlook 16.0")}
CLANG = {"ol": "en-GB", "owa": "en-GB", "olios": "en-GB", "olno": "nb-NO", "olca": "en-CA", "outlookcom": "en-GB", "olsmtp": "es-cl",
         "olsmtp-look": "en-gb", "tbes": "en-US", "tben": "en-GB", "tbvps": "en-US"}
OUTLOOKS = ("ol", "olno", "olca", "owa", "olios", "outlookcom")

pending = []  # (utc arrival, seq, folder, raw, (mid, label) or None, scenario)
seq = [0]


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?utf-8?Q?" + "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in n) + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@&") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?utf-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def qp(text): return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, folder=None, no_html=False, route=None, date_tz=None, hdrs=None):
    route = route or {}
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    infra = infra or who.infra
    trans, org = ([], [])
    if folder == "INBOX": trans, org = transport(who, t, infra, client, route)
    if date_tz is not None: date = rfc(t, date_tz)
    elif client in OUTLOOKS: date = rfc(t, UTC)
    else: date = rfc(t, who.tz)
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    cch = ", ".join(addr(n, e) for n, e in cc) if cc else None
    refs = list(refs)
    h = []
    if client in OUTLOOKS:
        h += [("From", fromh), ("To", toh)] + ([("CC", cch)] if cch else []) + [("Subject", enc_h(subj)), ("Thread-Topic", enc_h(topic or subj.split(": ")[-1]))]
        h += [("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Date", date), ("Message-ID", m)]
        if refs: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("Accept-Language", CLANG[client] + ("" if CLANG[client] == "en-US" else ", en-US")), ("Content-Language", CLANG[client]),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if who.dom == OWN: h.append(("msip_labels", ""))
    elif client in ("tbes", "tben", "tbvps"):
        h += [("Message-ID", m), ("Date", date), ("MIME-Version", "1.0"), UA[client], ("Subject", enc_h(subj)), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if refs: h.append(("References", "\n ".join(refs)))
        h += [("Content-Language", CLANG[client]), ("From", fromh)]
        if refs: h.append(("In-Reply-To", irt or refs[-1]))
    elif client == "mutt":
        h += [("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", enc_h(subj)), ("Message-ID", m)]
        if refs: h.append(("References", "\n ".join(refs)))
        h.append(("MIME-Version", "1.0"))
        h.append(("__CT__", ""))
        if refs: h.append(("In-Reply-To", irt or refs[-1]))
        h.append(UA[client])
    elif client == "k9":
        h += [("Date", date), UA[client]]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
        h += [("MIME-Version", "1.0"), ("__CT__", ""), ("Subject", enc_h(subj)), ("To", toh)] + ([("CC", cch)] if cch else []) + [("From", fromh), ("Message-ID", m)]
    elif client in ("gmailes", "gws", "gmailios"):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)] + ([("Cc", cch)] if cch else [])
    elif client == "phpmailer":
        h += [("Date", date), ("To", toh), ("From", fromh), ("Subject", enc_h(subj)), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", " ".join(refs))]
        h += [UA[client], ("MIME-Version", "1.0")]
    elif client == "wlm":
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else [])
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("Subject", enc_h(subj)), ("Date", date), ("MIME-Version", "1.0"), ("__CT__", ""), ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
              ("Importance", "Normal"), UA[client], ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"), ("Message-ID", m)]
    elif client in ("olsmtp", "olsmtp-look"):
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else [])
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m), ("MIME-Version", "1.0"), ("__CT__", ""), UA[client],
              ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Content-Language", CLANG[client])]
    else:   # notification systems and other senders: caller passes the header order in hdrs
        h += hdrs if hdrs is not None else [("From", fromh), ("To", toh), ("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m)]
        if refs and hdrs is None: h += [("In-Reply-To", irt or refs[-1]), ("References", " ".join(refs))]
        h.append(("MIME-Version", "1.0"))
    if infra in INFRA and INFRA[infra][0] == "exo" and folder == "INBOX":
        reg, host = exo_host(who.email)
        h += [("X-MS-Exchange-SenderADCheck", "1"), ("X-MS-Exchange-AntiSpam-Relay", "0"),
              ("X-MS-PublicTrafficType", "Email"), ("X-MS-TrafficTypeDiagnostic", f"{host}:EE_|{host[:-4]}{R.randint(1000, 9999)}:EE_"),
              ("X-MS-Office365-Filtering-Correlation-Id", ruuid()),
              ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
              ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Hosted"), ("X-MS-Exchange-CrossTenant-Id", TENANT[who.dom]),
              ("X-MS-Exchange-CrossTenant-MailboxType", "HOSTED"), ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", f"{host[:-4]}{R.randint(1000, 9999)}")]
    h += list(extra)
    h += org
    # ---- body
    if html is None and not no_html and client not in ("mutt", "k9"): html = html_body(client, plain)
    def bnd(kind="alt"):
        if client in OUTLOOKS:
            reg, host = exo_host(who.email)
            return ("_000_" if kind == "alt" else "_004_") + host + HX(20) + reg + "PRODOUTLO_"
        if client in ("gmailes", "gws", "gmailios"): return "000000000000" + hx(16)
        if client in ("tbes", "tben", "tbvps"): return "------------" + alnum(24)
        if client == "mutt": return alnum(16)
        if client in ("wlm", "olsmtp", "olsmtp-look"): return f"----=_NextPart_000_00{R.randint(10, 99)}_01DB{HX(4)}.{HX(8)}"
        if client == "phpmailer": return "b1=_" + alnum(32)
        return "----=_Part_" + str(R.randint(100000, 999999)) + "_" + str(R.randint(10 ** 8, 10 ** 9)) + "." + str(int(t.timestamp() * 1000))
    def textpart(ctype, text):
        a_ = text.isascii()
        if client in ("tbes", "tben", "tbvps"):
            if ctype == "text/plain": return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if a_ else "8bit")], flowed(text)
            return ["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: " + ("7bit" if a_ else "8bit")], text
        if client == "mutt":
            return ["Content-Type: text/plain; charset=utf-8; format=flowed", "Content-Disposition: inline"] + ([] if a_ else ["Content-Transfer-Encoding: 8bit"]), flowed(text)
        if client == "k9": return ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"], qp(text)
        if client in ("gmailes", "gws", "gmailios"):
            if a_ and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"'], text
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"], qp(text)
        if client in OUTLOOKS: return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"], qp(text)
        if client in ("olsmtp", "olsmtp-look", "wlm"):
            return [f'Content-Type: {ctype};\n\tcharset="{"us-ascii" if a_ else "utf-8"}"', "Content-Transfer-Encoding: quoted-printable"], qp(text)
        if client == "phpmailer": return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"], qp(text)
        if a_: return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: 7bit"], text
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(text)
    tp_h, tp_b = textpart("text/plain", plain)
    if html:
        hp_h, hp_b = textpart("text/html", html); ab = bnd("alt")
        ent_h = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"']
        ent_b = "\n".join([f"--{ab}"] + tp_h + ["", tp_b.rstrip("\n"), "", f"--{ab}"] + hp_h + ["", hp_b.rstrip("\n"), "", f"--{ab}--", ""])
    else:
        ent_h, ent_b = tp_h, tp_b
    if atts:
        mb = bnd("mixed")
        top_h = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"']
        parts = [f"--{mb}"] + ent_h + ["", ent_b.rstrip("\n"), ""]
        for name, data, ctype in atts:
            if client in ("gmailes", "gws", "gmailios"):
                ah = [f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                      f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0"]
            elif client in OUTLOOKS:
                ah = [f'Content-Type: {ctype};\n\tname="{name}"', f"Content-Description: {name}",
                      f'Content-Disposition: attachment;\n\tfilename="{name}"; size={len(data)};\n\tcreation-date="{rfc(t, UTC)}";\n\tmodification-date="{rfc(t, UTC)}"',
                      "Content-Transfer-Encoding: base64"]
            elif client == "mutt":
                ah = [f"Content-Type: {ctype}", f'Content-Disposition: attachment;\n filename="{name}"', "Content-Transfer-Encoding: base64"]
            else:
                ah = [f'Content-Type: {ctype};\n name="{name}"', f'Content-Disposition: attachment;\n filename="{name}"', "Content-Transfer-Encoding: base64"]
            parts += [f"--{mb}"] + ah + ["", base64.encodebytes(data).decode().rstrip("\n"), ""]
        parts += [f"--{mb}--", ""]
        body = "\n".join(parts)
        if client in ("tbes", "tben", "tbvps", "olsmtp", "olsmtp-look", "wlm", "phpmailer"): body = "This is a multi-part message in MIME format.\n" + body
    else:
        top_h, body = ent_h, ent_b
    tops = [tuple(x.split(": ", 1)) for x in top_h]
    if any(k == "__CT__" for k, _ in h):
        i = [j for j, (k, _) in enumerate(h) if k == "__CT__"][0]
        h = h[:i] + tops + h[i + 1:]
    else:
        h += tops
    if client in OUTLOOKS: h.append(("MIME-Version", "1.0"))
    raw = ("\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in trans + h) + "\r\n\r\n"
           + body.replace("\r\n", "\n").replace("\n", "\r\n") + ("" if body.endswith("\n") else "\r\n"))
    seq[0] += 1
    arr = ARRIVAL[0].astimezone(UTC) if folder == "INBOX" else t.astimezone(UTC)
    pending.append((arr, seq[0], folder, raw, (m, label) if label else None, scen))
    return m


PFX = {"ol": "RE: ", "owa": "RE: ", "olios": "RE: ", "olca": "RE: ", "outlookcom": "RE: ", "olno": "SV: ", "olsmtp": "RE: ", "olsmtp-look": "RE: "}


class Thread:
    def __init__(s, tid, partner, subj):
        s.tid, s.p, s.subj, s.refs, s.last = tid, partner, subj, [], None
        s.blocks = []; s.tbase = b"\x01" + rbytes(21); s.np = 0; s.hist = []

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, atts=(), parent=None, tail="", **kw):
        """parent: index into the thread history to reply to (default: the latest message)"""
        client = client or who.client
        new = text + (who.sig if sig else "")
        if parent is not None: prefs, last = s.hist[parent]
        else: prefs, last = s.refs, s.last
        if last is not None and t.astimezone(UTC) <= last["t"].astimezone(UTC):
            raise SystemExit(f"{s.tid}: reply at {t} is not after its parent at {last['t']}")
        plain = new
        if quote and last:
            q = dict(last)
            if quote_text is not None: q["plain"] = quote_text; q["text"] = quote_text
            qtz = kw.get("date_tz") or who.tz
            if client == "mutt": plain = quote_of(client, q, qtz) + "\n\n" + new
            elif client == "k9": plain = text + "\n-- \nSent from my Android device with K-9 Mail. Please excuse my brevity." + quote_of(client, q, qtz)
            elif client == "olios": plain = text + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>" + quote_of(client, q, qtz)
            else: plain = new + quote_of(client, q, qtz)
        plain += tail
        if subj is None:
            if not prefs: subj = s.subj
            else: subj = PFX.get(client, "Re: ") + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        use_refs = list(prefs)
        while len(s.blocks) < len(use_refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(use_refs)])).decode()
        m = emit(who, client, t, to, cc, subj, use_refs, plain, label=label, topic=s.subj, scen=scen, atts=atts, **kw)
        rec = dict(t=t, name=who.name, email=who.email, plain=plain, text=text, subj=subj, to=to, cc=cc or [],
                   tz=(kw.get("date_tz") or (UTC if client in OUTLOOKS else who.tz)), mid=m)
        s.hist.append((use_refs + [m], rec))
        if detached: return m
        s.refs = use_refs + [m]
        s.last = rec
        return m

    def follow(s, idx):
        """continue the thread from message idx of the history (e.g. a reply to a hijack)"""
        s.refs, s.last = list(s.hist[idx][0]), s.hist[idx][1]


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


# ================================================================ inert attachments with real container structure
def zipb(members, when=(2025, 1, 1, 12, 0, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    z.close(); return bio.getvalue()


def zip_encrypted(members, when=(2025, 1, 23, 9, 10, 0)):
    """ZipCrypto-flagged archive: 12-byte encryption header + random 'ciphertext' per member (inert, cannot be opened)"""
    dostime = (when[3] << 11) | (when[4] << 5) | (when[5] // 2); dosdate = ((when[0] - 1980) << 9) | (when[1] << 5) | when[2]
    out = bytearray(); central = bytearray()
    for name, size in members:
        nb = name.encode(); comp = rbytes(12 + int(size * 0.8)); crc = R.getrandbits(32)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0009, 8, dostime, dosdate, crc, len(comp), size, len(nb), 0) + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 0x0009, 8, dostime, dosdate, crc, len(comp), size, len(nb), 0, 0, 0, 0,
                               0o100644 << 16, off) + nb
    cd_off = len(out); out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd_off, 0)
    return bytes(out)


def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, uris=(), producer="Microsoft® Word for Microsoft 365", when="20250303091200", zone="+00'00'"):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {560 - 40 * i} 300 {590 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
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


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_DOCM = "application/vnd.ms-word.document.macroEnabled.12"


def _core(title, author, when):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{H.escape(title)}</dc:title><dc:creator>{H.escape(author)}</dc:creator><cp:lastModifiedBy>{H.escape(author)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')


def docx(paras, title, author, when="2025-01-20T10:00:00Z", macro=False):
    main = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/word/document.xml" ContentType="{main}"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{H.escape(p)}</w:t></w:r></w:p>" for p in paras) + "<w:sectPr/></w:body></w:document>")
    members = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()), ("word/document.xml", doc.encode())]
    if macro:
        members.append(("word/_rels/document.xml.rels", ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>').encode()))
        members.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(3000)))
    members.append(("docProps/core.xml", _core(title, author, when).encode()))
    y, mo, d = int(when[:4]), int(when[5:7]), int(when[8:10])
    return zipb(members, (y, mo, d, 10, 0, 0))


def xlsx(rows, title, author, when="2024-09-10T10:00:00Z"):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    def cell(ci, ri, v):
        ref = chr(65 + ci) + str(ri)
        if isinstance(v, (int, float)): return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>'
    sd = "".join(f'<row r="{ri}">' + "".join(cell(ci, ri, v) for ci, v in enumerate(row)) + "</row>" for ri, row in enumerate(rows, 1))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + sd + "</sheetData></worksheet>")
    y, mo, d = int(when[:4]), int(when[5:7]), int(when[8:10])
    return zipb([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()), ("xl/workbook.xml", wb.encode()),
                 ("xl/_rels/workbook.xml.rels", wbr.encode()), ("xl/worksheets/sheet1.xml", sh.encode()), ("docProps/core.xml", _core(title, author, when).encode())],
                (y, mo, d, 9, 30, 0))


def lnk(target, args, icon):
    """Shell Link header (MS-SHLLINK) + LinkInfo-less StringData; inert placeholder arguments"""
    hdr = struct.pack("<I16sIIQQQIIIHHII", 0x4C, uuid.UUID("00021401-0000-0000-c000-000000000046").bytes_le, 0x000000E4 | 0x20, 0x20,
                      0, 0, 0, 0, 0, 7, 0, 0, 0, 0)[:76]
    def sd(s): return struct.pack("<H", len(s)) + s.encode("utf-16-le")
    return hdr + sd(target) + sd(args) + sd(icon) + rbytes(64)


def fat_image(label, files):
    """1.44 MB-style FAT12 boot sector + FAT + root directory, truncated after the data of the listed files"""
    bs = bytearray(512)
    bs[0:3] = b"\xeb\x3c\x90"; bs[3:11] = b"MSDOS5.0"
    struct.pack_into("<HBHBHHBHHHII", bs, 11, 512, 1, 1, 2, 224, 2880, 0xF0, 9, 18, 2, 0, 0)
    bs[36] = 0; bs[38] = 0x29; bs[39:43] = rbytes(4); bs[43:54] = label.upper().ljust(11)[:11].encode(); bs[54:62] = b"FAT12   "
    bs[510:512] = b"\x55\xaa"
    fat = bytearray(9 * 512); fat[0:3] = b"\xf0\xff\xff"
    root = bytearray(224 * 32)
    ent = bytearray(32); ent[0:11] = label.upper().ljust(11)[:11].encode(); ent[11] = 0x08; root[0:32] = ent
    data = bytearray(); clus = 2
    for i, (name, size) in enumerate(files, 1):
        base, ext = name.upper().split(".")
        e = bytearray(32); e[0:8] = base.ljust(8)[:8].encode(); e[8:11] = ext.ljust(3)[:3].encode(); e[11] = 0x20
        struct.pack_into("<HI", e, 26, clus, size); root[i * 32:(i + 1) * 32] = e
        n = (size + 511) // 512; clus += n
        data += rbytes(n * 512)
    return bytes(bs + fat + fat + root + data)


def onenote(embedded_name, embedded):
    hdr = uuid.UUID("7b5c52e4-d88c-4da7-aeb1-5378d02996d3").bytes_le + uuid.UUID(int=R.getrandbits(128)).bytes_le + rbytes(8) + rbytes(1024 - 40)
    fdso = uuid.UUID("bde316e7-2665-4511-a4c4-8d4d0b7a9eac").bytes_le + struct.pack("<QII", len(embedded), 0, 0) + embedded
    return hdr + rbytes(2048) + embedded_name.encode("utf-16-le") + fdso + rbytes(512)


def png(w=320, h=200):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(150, 255) if (x // 30 + y // 30) % 5 else 60) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


# ================================================================ notification senders
s1 = Pt("Journal of Marine Molecular Ecology", "onbehalfof@manuscriptcentral.example", "notif", "s1")
hrportal = Pt("Halden & Rowe Author Services", "authorservices@haldenrowe.example", "notif", "hrportal")
lims = Pt("Caledonian Genomics LIMS", "lims-noreply@caledoniangenomics.example", "notif", "lims")
sapwf = Pt("SAP Workflow (Finance)", f"sap-workflow-noreply@{OWN}", "notif", "sap")
ukri = Pt("UKRI Funding Service", "no-reply@funding-service.ukri.example", "notif", "ukri")
snow = Pt("IT Service Desk", f"servicedesk@{OWN}", "notif", "snow")
tempg = Pt("TempGuard Alerts", "alerts@tempguard.example", "notif", "tempguard")
dpd = Pt("DPD", "notifications@dpdlocal.example", "notif", "dpd")
keyt = Pt("Key Travel", "bookings@keytravel.example", "notif", "keytravel")
immes = Pt("IMMES 2025 Bergen", "registration@immes2025.example", "notif", "immes")
masts = Pt("MASTS", "news@masts.example", "notif", "masts")


def notice(who, t, subj, plain, html, extra=(), label=None, scen=None, atts=(), mid=None, hdr_extra_first=(), to=None, refs=()):
    m = mid or {"s1": lambda: f"<{R.randint(10 ** 8, 10 ** 9)}.{R.randint(1000, 99999)}.{int(t.timestamp() * 1000)}.JavaMail.wladmin@s1be-prod-app0{R.randint(1, 9)}>",
                "hrportal": lambda: f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@authorservices.haldenrowe.example>",
                "lims": lambda: f"<{base64.urlsafe_b64encode(rbytes(16)).decode().rstrip('=')}@geopod-ismtpd-{R.randint(1, 40)}>",
                "sap": lambda: f"<005056A1{HX(24)}@sapprd01.{OWN}>",
                "ukri": lambda: f"<0102019{hx(9)}-{ruuid()}-000000@eu-west-2.amazonses.example>",
                "snow": lambda: f"<{R.randint(10 ** 6, 10 ** 7)}.{R.randint(10000, 99999)}.{int(t.timestamp() * 1000)}@app{R.randint(1000, 1999)}.lhr201.service-now.example>",
                "tempguard": lambda: f"<0102019{hx(9)}-{ruuid()}-000000@eu-west-1.amazonses.example>",
                "dpd": lambda: f"<{ruuid()}@mta3.dpdlocal.example>",
                "keytravel": lambda: f"<{hx(16)}.{R.randint(1000, 9999)}@smtp2.keytravel.example>",
                "immes": lambda: f"<conftool.{int(t.timestamp())}.{hx(10)}@immes2025.example>",
                "masts": lambda: f"<{hx(20)}.{hx(12)}@mail193.atl221.mcdlv.example>"}[who.infra]()
    to = to or [(me.name, me.email)]
    hd = [("From", addr(who.name, who.email)), ("To", ", ".join(addr(n, e) for n, e in to)), ("Subject", enc_h(subj)), ("Date", rfc(t, UTC if who.infra not in ("sap", "snow", "immes") else (LON if who.infra != "immes" else OSL))),
          ("Message-ID", m)] + list(hdr_extra_first)
    return emit(who, "notif", t, to, None, subj, list(refs), plain, html=html, extra=extra, label=label, scen=scen, atts=atts, mid=m, hdrs=hd)


def simple_html(title, paras, links, foot, brand="#1d3d5c"):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#f4f4f4">'
            f'<table role="presentation" width="600" align="center" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            f'<tr><td style="background:{brand};color:#fff;padding:14px 20px;font-size:18px">{H.escape(title)}</td></tr><tr><td style="padding:20px">'
            + "".join(f"<p>{'<br>'.join(H.escape(x) for x in p.split(chr(10)))}</p>" for p in paras)
            + "".join(f'<p><a href="{u}" style="color:{brand}">{H.escape(a)}</a></p>' for a, u in links)
            + f'</td></tr><tr><td style="padding:12px 20px;font-size:11px;color:#777">{"<br>".join(H.escape(x) for x in foot.split(chr(10)))}</td></tr></table></body></html>')


def s1_notice(t, subj, text, label=None, scen=None):
    foot = "Journal of Marine Molecular Ecology | Editorial Office\nScholarOne Manuscripts | mc.manuscriptcentral.example/jmme"
    links = [("Log in to the author centre", "https://mc.manuscriptcentral.example/jmme?URL_MASK=" + hx(32))]
    plain = text + "\n\nhttps://mc.manuscriptcentral.example/jmme?URL_MASK=" + hx(32) + "\n\n" + foot
    return notice(s1, t, subj, plain, simple_html("Journal of Marine Molecular Ecology", text.split("\n\n"), links, foot, "#004b6b"),
                  extra=[("Reply-To", "jmme.editorial@haldenrowe.example"), ("Sender", "onbehalfof@manuscriptcentral.example"),
                         ("X-Mailer", "ScholarOne Manuscripts"), ("X-SENDER-ID", "jmme"), ("Precedence", "bulk")], label=label, scen=scen)


def lims_notice(t, proj, subj, text, links, label=None, scen=None):
    foot = ("Caledonian Genomics Core | King's Buildings, Edinburgh\nThis is an automated message from the CGC LIMS. Replies to this address are not read;\n"
            "contact cgc-helpdesk@caledoniangenomics.example quoting your project number.")
    plain = text + "\n\n" + "\n".join(f"{a}: {u}" for a, u in links) + "\n\n--\n" + foot
    return notice(lims, t, f"[{proj}] {subj}", plain, simple_html(f"Project {proj}", text.split("\n\n"), links, foot, "#3a2d6b"),
                  extra=[("X-SG-EID", b64(60)), ("X-Entity-ID", b64(18)), ("Auto-Submitted", "auto-generated"), ("X-CGC-Project", proj)], label=label, scen=scen)


def sap_notice(t, subj, text, link=None, label=None, scen=None):
    plain = text + (f"\n\nOpen in SAP Fiori: {link}" if link else "") + ("\n\n------------------------------------------------------------\nThis is an automatically "
                                                                       "generated message from SAP S/4HANA (PRD, client 100). Do not reply.\n"
                                                                       "Finance Office, University of Aberdeen - finance-help@abdn.example")
    return notice(sapwf, t, subj, plain, None, extra=[("X-SAP-SID", "PRD"), ("X-SAP-Client", "100"), ("Auto-Submitted", "auto-generated")], label=label, scen=scen)


def ukri_notice(t, subj, paras, link, label=None, scen=None):
    foot = "UK Research and Innovation, Polaris House, Swindon SN2 1FL\nYou are receiving this because you are listed on a UKRI award."
    plain = "\n\n".join(paras) + f"\n\nSign in to the Funding Service: {link}\n\n" + foot
    return notice(ukri, t, subj, plain, simple_html("UKRI Funding Service", paras, [("Sign in to the Funding Service", link)], foot, "#2e2d62"),
                  extra=[("Feedback-ID", f"1.eu-west-2.{alnum(40)}=:AmazonSES"), ("X-SES-Outgoing", f"{t:%Y.%m.%d}-54.240.10.36")], label=label, scen=scen)


LIST = ("", "MARMOLECOL@JISCMAIL.EXAMPLE")
lst = Pt("MARMOLECOL list", "MARMOLECOL@JISCMAIL.EXAMPLE", "ol", "jisc")
LFOOT = ("\n\n########################################################################\n\nTo unsubscribe from the MARMOLECOL list, click the following link:\n"
         "https://www.jiscmail.example/cgi-bin/WA-JISC.exe?SUBED1=MARMOLECOL&A=1\n\nThis message was issued to members of www.jiscmail.example/MARMOLECOL, a mailing "
         "list hosted by www.jiscmail.example, terms & conditions are available at https://www.jiscmail.example/policyandsecurity/\n")


def list_hdrs(who):
    return [("Reply-To", addr(who.name, who.email)), ("Sender", "Marine molecular ecology discussion list <MARMOLECOL@JISCMAIL.EXAMPLE>"),
            ("List-Help", "<https://www.jiscmail.example/cgi-bin/wa-jisc.exe?LIST=MARMOLECOL>,\n <mailto:LISTSERV@JISCMAIL.EXAMPLE?body=INFO%20MARMOLECOL>"),
            ("List-Unsubscribe", "<mailto:MARMOLECOL-unsubscribe-request@JISCMAIL.EXAMPLE>"),
            ("List-Subscribe", "<mailto:MARMOLECOL-subscribe-request@JISCMAIL.EXAMPLE>"), ("List-Owner", "<mailto:MARMOLECOL-request@JISCMAIL.EXAMPLE>"),
            ("List-Archive", "<https://www.jiscmail.example/cgi-bin/wa-jisc.exe?LIST=MARMOLECOL>")]


def list_post(th, who, text, t, label=None, scen=None, **kw):
    return th.add(who, text, t, label=label, scen=scen, to=[LIST], infra="jisc", extra=list_hdrs(who), tail=LFOOT, no_html=True, **kw)


def ooo_exo(who, th, t, text, label, scen):
    """Exchange Online automatic reply to the latest message of the thread"""
    prefs, last = th.refs, th.last
    subj = "Automatisk svar: " + last["subj"]
    return emit(who, who.client, t, [(me.name, me.email)], None, subj, [prefs[-1]], text, label=label, scen=scen, topic=th.subj,
                extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", who.email), ("X-Auto-Response-Suppress", "All")])


def vacation(who, th, t, subj, text, label, scen, host):
    prefs, last = th.refs, th.last
    m = f"<dovecot-sieve-{int(t.timestamp())}-{R.randint(100000, 999999)}-0@{host}>"
    hd = [("Message-ID", m), ("Date", rfc(t, who.tz)), ("X-Sieve", "Pigeonhole Sieve 0.5.21"), ("From", addr(who.name, who.email)), ("To", me.email),
          ("Subject", enc_h(subj)), ("In-Reply-To", prefs[-1]), ("References", " ".join(prefs[-2:])), ("Auto-Submitted", "auto-replied (vacation)"),
          ("Precedence", "bulk")]
    return emit(who, "sieve", t, [(me.name, me.email)], None, subj, [prefs[-1]], text, label=label, scen=scen, mid=m, hdrs=hd, no_html=True)


def docx_att(name, paras, title, author, when):
    return (name, docx(paras, title, author, when), CT_DOCX)


def pdf_att(name, lines, when, producer="Microsoft® Word for Microsoft 365", uris=(), zone="+00'00'"):
    return (name, pdf(lines, uris=uris, producer=producer, when=when, zone=zone), "application/pdf")


# ================================================================ T1 Kari: sampling plan (Sept 2024)
t1 = Thread("T1", kari, "AAeCON sampling plan for the Tromsø and Aberdeen sites")
t1.add(me, "Hi Kari,\n\nFollowing our call on Friday, here is what we propose for the Aberdeen side of the AAeCON sampling from October to March:\n\n"
       "- monthly surface samples at Aberdeen beach, Stonehaven harbour and the Ythan estuary, 3 replicates each\n"
       "- 2 L per replicate through 0.22 µm Sterivex, preserved in Longmire's buffer and kept at 4 °C until extraction\n"
       "- one field blank per site per sampling day\n\nCould you send me the UiT filtering SOP so we can check we're doing things the same way? "
       "Alasdair is keen that the two time series are directly comparable.", at(2024, 9, 3, 10, 12), cc=[(alasdair.name, alasdair.email)])
t1.add(kari, "Hi Morag,\n\nThanks, that looks very close to what we do. The main difference is that we freeze the Sterivex at -80 straight after "
       "filtering instead of using Longmire's - the boat is back in Tromsø the same day, so it is easy for us.\n\nOur SOP is on my OneDrive, you should "
       "be able to open it with this link without signing in:\nhttps://uitno-my.sharepoint.com/:b:/g/personal/kno012_uit_no/EVt3Qm8rKq1Hn0xYb2c4ZsABp7pWc9d0Rr1xF6Lk2gT5aQ?e=Xb2kQ1\n\n"
       "Let me know if it does not work.", at(2024, 9, 4, 9, 41, OSL), GH, cc=[(alasdair.name, alasdair.email)],
       scen=("G2", "Norwegian PI shares a OneDrive (uitno-my.sharepoint.com) link to her SOP, first link in the thread"))
t1.add(me, "Thanks Kari, the link works fine. One question: how many extraction blanks do you run per batch? We do one per 23 samples on the QIAcube.",
       at(2024, 9, 4, 14, 5), cc=[(alasdair.name, alasdair.email)])
t1.add(kari, "We do the same, one per 23, plus one PCR negative per plate. Our field blanks are 2 L of MilliQ carried on the boat and filtered on deck.",
       at(2024, 9, 5, 8, 55, OSL), G, cc=[(alasdair.name, alasdair.email)])
t1.add(me, "Perfect, identical then. I'll set up a shared sample register so the sample IDs line up between the two labs.", at(2024, 9, 5, 11, 30))
t1.add(kari, "Good idea. Could we use TRO-YYMM-site-rep and ABZ-YYMM-site-rep? Then the sequencing core can sort them without a lookup table.",
       at(2024, 9, 20, 13, 12, OSL), G)
t1.add(me, "Agreed - ABZ-2410-STH-1 and so on. I'll update the register and print the October labels with the new IDs.", at(2024, 9, 20, 15, 2))

# ================================================================ T4 Sindre: pipeline parameters (Sept-Oct, revived April)
t4 = Thread("T4", sindre, "18S/COI amplicon pipeline - parameters for the AAeCON runs")
t4.add(me, "Hi Sindre,\n\nKari suggested I ask you directly. We're setting up the AAeCON amplicon processing on our HPC cluster (Maxwell) and want to use "
       "the same settings as your group, so that the Tromsø and Aberdeen data can be merged later. Could you tell me which DADA2 truncation lengths "
       "and reference databases you use for 18S V4 and for COI (Leray primers)?", at(2024, 9, 10, 11, 5), cc=[(alasdair.name, alasdair.email)])
t4.add(sindre, "Hi Morag,\n\nFor 18S V4 (TAReuk primers) we truncate at 230/200 after primer removal with cutadapt, maxEE 2,2, and assign with PR2 5.0. "
       "For COI we use MIDORI2 (GB259) and truncate at 200/170.\n\nThe exact config and a small test dataset are here (private link, no login needed):\n"
       "https://figshare.com/s/8c1d2e93a4f7b06e5d31\n\nconfig.yaml is what we run through snakemake; the Maxwell modules should be close enough.",
       at(2024, 9, 11, 8, 40, OSL), GH, cc=[(alasdair.name, alasdair.email)],
       scen=("G4", "mutt user (format=flowed, bottom-posted) shares a figshare private link with config and test data"))
t4.add(me, "Thanks Sindre, that's exactly what I needed. One follow-up: do you remove chimeras per sample or pooled? Our COI results look quite different "
       "depending on that.", at(2024, 9, 12, 10, 14), cc=[(alasdair.name, alasdair.email)])
t4.add(sindre, "Pooled for 18S, per sample for COI - the COI libraries are too uneven in depth for pooling to make sense. But I'd like to check it on "
       "your data before I give you a firm answer.\n\nBe aware that I'm on sabbatical from 1 October to the end of March (Scripps first, then some "
       "time at sea), so e-mail will be slow.", at(2024, 9, 13, 15, 22, OSL), G, cc=[(alasdair.name, alasdair.email)])
t4.add(me, "Hi Sindre,\n\nI've put a subset of our COI data (12 samples from plate 3, demultiplexed fastq) in this folder for whenever you have time - "
       "no rush at all:\nhttps://abdn-my.sharepoint.com/:f:/g/personal/morag_findlay_abdn_example/Ej2LkQp9sWm4Tz0a1bYc7rUBx3nG5hV8qK6dF2pM0eA1wQ?e=pR4k2L\n\n"
       "Enjoy the sabbatical!", at(2024, 10, 8, 9, 30))
vacation(sindre, t4, at(2024, 10, 8, 10, 30, OSL), "Research leave (Re: 18S/COI amplicon pipeline - parameters for the AAeCON runs)",
         "I am on research leave from 1 October 2024 to 31 March 2025 and will read e-mail only occasionally.\n\nFor matters concerning the "
         "Computational Biology Unit please contact cbu-post@uib.example.\n\nSindre Haugland", GH,
         ("G17", "mutt user's server-side vacation autoreply (Auto-Submitted: auto-replied, Pigeonhole Sieve)"), "imap.uib.example")

# ================================================================ T5 Sindre: container definition file (Sept-Oct, A6 in Feb)
t5 = Thread("T5", sindre, "Singularity definition file for the pipeline on Maxwell")
t5.add(me, "Hi Sindre,\n\nOne more thing before you go: our HPC admins no longer let us pull containers from external registries on Maxwell - they want "
       "to build the .sif themselves from a definition file. Could you send the .def for your pipeline container whenever convenient?",
       at(2024, 9, 27, 14, 20))
t5.add(sindre, "Sure, but the .def still has paths that only make sense on our cluster. Let me clean it up first - that may only happen once I'm "
       "settled in San Diego.", at(2024, 9, 30, 16, 5, OSL), G)
t5.add(me, "No problem at all, thanks Sindre.", at(2024, 10, 1, 9, 0))

# ================================================================ T7 Jon (Dalhousie): CTD + nutrient data, Box links (Sept-Nov; A9 March)
t7 = Thread("T7", jon, "Scotian Shelf CTD and nutrient data for the comparison paper")
t7.add(me, "Hi Jon,\n\nAlasdair said you'd be happy to share the CTD and nutrient data from the Halifax Line stations for the Atlantic comparison paper. "
       "Could you send them when you get a chance? Bottle data would be ideal, not just the downcasts.", at(2024, 9, 16, 14, 30))
t7.add(jon, "Hi Morag,\n\nOf course. Everything from the spring and fall 2023 missions is in this Box folder - CTD as .cnv and the bottle/nutrient data "
       "as one csv per mission:\nhttps://dal.app.box.com/folder/287415530918?s=4kq7vnd2yhx1m0c9f3te\n\nYou shouldn't need a Box account, but shout if it "
       "asks you to sign in.", at(2024, 9, 16, 11, 2, HAL), GH,
       scen=("G1", "Canadian collaborator shares a dal.app.box.com folder link (first link in the thread)"))
t7.add(me, "Got them, thanks! Quick question: are the nutrients in µmol/L or µmol/kg? The header only says 'umol'.", at(2024, 9, 17, 9, 10))
t7.add(jon, "µmol/L - the autoanalyser output isn't density-corrected. The fall mission also has a QC flag column; drop anything flagged 3 or 4.",
       at(2024, 9, 17, 8, 20, HAL), G)
t7.add(me, "Hi Jon,\n\nAll fine except that I can't find HL-06 and HL-07 for fall 2023 - were those casts not done?", at(2024, 10, 2, 15, 40))
t7.add(jon, "They were done, I just forgot to copy them over. Added to the same folder, and here's a direct link to the QC'd nutrient file, which I've "
       "re-exported with the flags:\nhttps://dal.app.box.com/s/v2q8m1zq6k0x9hb3rjw5ydp7tfe4c1sa", at(2024, 10, 3, 9, 12, HAL), GH,
       scen=("G12", "second Box link from the same collaborator in a thread that always had Box links"))
t7.add(me, "Perfect, thank you. The comparison figure is drafted - I'll send it round with the next version of the manuscript.", at(2024, 11, 12, 10, 5))
t7.add(jon, "Looking forward to it!", at(2024, 11, 12, 7, 40, HAL), G)

# ================================================================ T14 Eilidh: inductions + freezer inventory (Sept; A2 March)
t14 = Thread("T14", eilidh, "Lab inductions, freezer inventory and COSHH forms")
t14.add(me, "Hi Eilidh, hi Callum,\n\nWelcome back (and welcome, Callum!). A few housekeeping things before term gets busy:\n\n"
        "1. Callum - your lab induction is on Thursday 12 September at 14:00, please bring your staff card.\n"
        "2. Eilidh - could you send me the updated inventory for freezer 2, shelves B-C? The spreadsheet on the S: drive is from March.\n"
        "3. Both - please sign the COSHH assessments for phenol-chloroform and for SYBR Safe and drop them in my pigeonhole.",
        at(2024, 9, 9, 9, 30), to=[(eilidh.name, eilidh.email), (callum.name, callum.email)])
t14.add(eilidh, "Hi Morag,\n\nUpdated inventory attached - I went through B and C yesterday. There are three boxes on shelf C with no labels at all; "
        "I've listed them as 'unknown (pre-2022?)' and put them at the back.", at(2024, 9, 10, 10, 12), GH, cc=[(callum.name, callum.email)],
        scen=("G6", "PhD student sends the freezer inventory .xlsx that the lab manager asked for"),
        atts=[("MEG_freezer2_inventory_2024-09.xlsx", xlsx([["Shelf", "Box", "Contents", "Owner", "Date"], ["B", "B1", "Sterivex ABZ-2403", "E. Ross", "2024-03-12"],
                                                            ["B", "B2", "DNA extracts plate 1-2", "E. Ross", "2024-04-02"], ["C", "C7", "unknown (pre-2022?)", "", ""]],
                                                           "Freezer 2 inventory", "Eilidh Ross", "2024-09-10T09:55:00Z"), CT_XLSX)])
t14.add(me, "Thanks Eilidh, that's brilliant. I'll check the unknown boxes against the old paper log.", at(2024, 9, 10, 11, 0), to=[(eilidh.name, eilidh.email)],
        cc=[(callum.name, callum.email)])
t14.add(callum, "Thanks Morag - induction noted, and both COSHH forms are signed and in your pigeonhole.", at(2024, 9, 11, 8, 45), G,
        cc=[(eilidh.name, eilidh.email)])

# ================================================================ T19 Calder: ULT freezer quote (Sept-Nov; A11 in October)
t19 = Thread("T19", gemma, "Quotation request - ULT freezer (-86 °C, ~700 L)")
t19.add(me, "Hi Gemma,\n\nOur oldest -80 (freezer 3, bought in 2011) is failing and we need a replacement: upright, around 700 L, -86 °C, with dry "
        "contacts for our TempGuard alarm system. Delivery would be to the Zoology Building ground floor (lift access, 2.1 m door height). Could you "
        "quote for your recommended model, including delivery, installation and disposal of the old unit?", at(2024, 9, 23, 10, 0))
t19.add(gemma, "Hi Morag,\n\nThanks for the enquiry. Quote Q-CS-24-3318 is attached for the Kryon UF-728 (728 L, -86 °C, dry contacts for remote "
        "alarm) at £9,870.00 + VAT, including delivery, installation and WEEE disposal of the old unit. Lead time is currently 4-5 weeks.",
        at(2024, 9, 24, 14, 12), G, atts=[pdf_att("Q-CS-24-3318_UoA_MEG.pdf", ["Calder Scientific Ltd - Quotation Q-CS-24-3318", "Kryon UF-728 ULT freezer -86 C, 728 L",
                                                                            "Delivery, installation, WEEE disposal", "Total: GBP 9,870.00 + VAT"], "20240924140500")])
t19.add(me, "Thanks Gemma. Our Finance Office mentioned that research equipment bought by the university may be eligible for zero-rated VAT - is that "
        "something you can apply on your side?", at(2024, 9, 25, 9, 40))
t19.add(gemma, "Yes, we do this regularly for universities. We need the eligibility declaration signed by the budget holder together with the PO - "
        "our template is attached. Once we have it the invoice will be zero-rated.", at(2024, 9, 26, 11, 20), G,
        atts=[pdf_att("Calder_VAT_eligibility_declaration_template.pdf", ["Calder Scientific Ltd", "Declaration of eligibility for zero-rated VAT",
                                                                          "(VAT Notice 701/6, charity-funded equipment)", "Eligible body: ____________",
                                                                          "Signed (budget holder): ____________"], "20240412100000")])
t19.add(me, "Hi Gemma,\n\nPO 4500219114 and the signed declaration (signed by Prof. Grant as budget holder) are attached. Please go ahead.",
        at(2024, 10, 2, 15, 0), atts=[pdf_att("PO_4500219114.pdf", ["University of Aberdeen - Purchase Order 4500219114", "Supplier: Calder Scientific Ltd",
                                                                    "Kryon UF-728 per Q-CS-24-3318", "Net: GBP 9,870.00 (zero-rated)"], "20241002144000",
                                              producer="SAP NetWeaver 7.58"),
                                      pdf_att("VAT_declaration_signed_AGrant.pdf", ["Declaration of eligibility for zero-rated VAT", "Eligible body: University of Aberdeen",
                                                                                    "Signed: A. Grant, 01/10/2024"], "20241001170000", producer="RICOH IM C3000")])
t19.add(gemma, "Thank you - order confirmed. Delivery is booked for Tuesday 29 October; our installer will call you the day before.",
        at(2024, 10, 3, 9, 30), G)

# A11 lookalike Calder: HMRC VAT-relief declaration as macro document
look_gemma = Pt("Gemma Hughes", "gemma.hughes@calder-scientific.example", "olsmtp-look", "look-calder", gemma.sig)
t19.add(look_gemma, "Hi Morag,\n\nApologies for the late notice on this. HMRC have updated the eligibility declaration for zero-rated research equipment "
        "(VAT Notice 701/6) and from 1 November our finance team can only accept declarations on the new form, which carries an HMRC reference "
        "that is generated when the form is completed. The declaration you sent on 2 October was on the old template, so at the moment your order "
        "would have to be invoiced with standard-rate VAT, i.e. an additional £1,974.00.\n\nTo keep the zero rating and the delivery slot on "
        "29 October, could you please complete the attached form and send it back to me by Thursday? You will need to click 'Enable Content' "
        "when it opens so the reference fields populate - otherwise the form shows as blank.\n\nSorry again for the extra paperwork, it is the "
        "same for all our university customers this month.", at(2024, 10, 21, 13, 14), HJ("lookalike-domain"), detached=True,
        route={"ip": "102.89.34.117", "pc": "DESKTOP-KQ8V2TD"}, date_tz=datetime.timezone(TD(hours=1)),
        scen=("A11", "look-alike calder-scientific.example 'Gemma Hughes': long, context-aware HMRC VAT-relief form as a macro .docm, faithful quote"),
        atts=[("HMRC_VAT_Eligibility_Declaration_2024-25.docm",
               docx(["HM Revenue & Customs - Declaration of eligibility for zero-rated research equipment", "This form is protected. Click 'Enable Content' "
                     "to generate your HMRC reference.", "Eligible body: ____________"], "VAT declaration", "Administrator", "2024-10-18T08:12:00Z", macro=True), CT_DOCM)])
t19.add(me, "Hi Gemma,\n\nThe freezer is installed and running - down to -86 °C overnight. Thanks for organising it, and please thank the installer, "
        "he was very careful getting the old unit into the lift.", at(2024, 10, 30, 10, 20))
t19.add(gemma, "Great to hear, thanks Morag! The certificate of disposal for the old unit is attached for your records.", at(2024, 10, 30, 14, 5), G,
        atts=[pdf_att("WEEE_disposal_certificate_CS-24-3318.pdf", ["Calder Scientific Ltd - WEEE disposal certificate", "Item: ULT freezer (2011), UoA asset 0041877",
                                                                   "Collected: 29/10/2024"], "20241030135800")])

# ================================================================ T18 Fraser: CGC-24-117 submission (Oct-Dec; A14 January)
t18 = Thread("T18", fraser, "CGC-24-117 - eDNA amplicon libraries (96 samples)")
t18.add(me, "Hi Fraser,\n\nWe'd like to sequence 96 dual-indexed amplicon libraries (18S V4 and COI, pooled) from the AAeCON project. Could you quote for "
        "a NovaSeq X 10B lane share at 2 x 250? Target is about 100k read pairs per library.", at(2024, 10, 7, 10, 30))
t18.add(fraser, "Hi Morag,\n\nFor 2 x 250 you'd need a NextSeq or MiSeq rather than the NovaSeq X (10B only goes to 2 x 150). For 96 libraries at 100k "
        "pairs a NextSeq 2000 P1 600-cycle run is the better fit - quote Q-CGC-2410-22 attached, £2,460 + VAT including QC and demultiplexing.",
        at(2024, 10, 8, 11, 50), G, atts=[pdf_att("Q-CGC-2410-22.pdf", ["Caledonian Genomics Core - Quotation Q-CGC-2410-22", "NextSeq 2000 P1 600 cycles, 96 libraries",
                                                                       "Library QC (TapeStation, qPCR), demultiplexing", "Total: GBP 2,460.00 + VAT"], "20241008114000")])
t18.add(me, "Thanks Fraser, that makes sense. PO 4500218873 is raised and the sample sheet is attached. We can ship on dry ice on Monday 14th.",
        at(2024, 10, 9, 9, 20), atts=[("CGC-24-117_sample_sheet.xlsx", xlsx([["Sample_ID", "i7", "i5", "Conc_nM"], ["ABZ-2410-STH-1", "N701", "S502", 4.1],
                                                                                ["ABZ-2410-YTH-2", "N702", "S502", 3.8]], "Sample sheet", "Morag Findlay",
                                                                               "2024-10-09T09:00:00Z"), CT_XLSX)])
t18.add(fraser, "Sample sheet looks good. Monday is fine - please use our goods-in address and mark the box CGC-24-117.", at(2024, 10, 9, 13, 4), G)
t18.add(me, "Hi Fraser,\n\nAll 96 samples downloaded and the md5 checksums match. Read numbers look great (median 148k pairs). Could you invoice us "
        "against PO 4500218873?", at(2024, 12, 3, 10, 0))
t18.add(fraser, "Great to hear! The invoice comes from the University of Edinburgh's finance system, not from us - usually in the month after the run, "
        "so expect it in January.", at(2024, 12, 3, 14, 20), G)

# ================================================================ T16 Callum: qPCR exports (Nov; March)
t16 = Thread("T16", callum, "qPCR plates 9-14 - raw export files")
t16.add(me, "Hi Callum,\n\nThe QuantStudio PC is being reimaged by IT on Friday. Could you export the raw .eds files for your plates 9-14, zip them and "
        "email them to me, so we have a copy outside the instrument? The S: drive copy from October is incomplete.", at(2024, 11, 18, 9, 5))
t16.add(callum, "Hi Morag,\n\nZip attached - all six plates as .eds plus the exported results tables. It's about 4 MB.", at(2024, 11, 18, 14, 22), GH,
        scen=("G5", "PhD student sends the zipped qPCR raw exports the lab manager asked for"),
        atts=[("qPCR_plates09-14_raw.zip", zipb([(f"CB_plate{n:02d}_2024-11.eds", rbytes(900)) for n in range(9, 15)]
                                                + [("CB_plates09-14_results.xlsx", xlsx([["Well", "Sample", "Target", "Cq"], ["A1", "STD1", "18S", 14.2]],
                                                                                          "qPCR results", "Callum Baird", "2024-11-18T14:00:00Z"))],
                                                (2024, 11, 18, 14, 10, 0)), "application/x-zip-compressed")])
t16.add(me, "Got it and copied to the S: drive and the project SharePoint. Thanks!", at(2024, 11, 18, 15, 0))

# ================================================================ T21 Tom (Brora): optode repair (Nov-Feb; A10 Feb)
t21 = Thread("T21", tom, "Optode repair - two OX-20 sensors not reading")
t21.add(me, "Hi Tom,\n\nTwo of our OX-20 oxygen optodes (serials 1187 and 1204) stopped giving readings after the September deployment at Stonehaven - "
        "the logger shows a constant 0.0. Could we send them in for repair and recalibration?", at(2024, 11, 4, 11, 0))
t21.add(tom, "Hi Morag,\n\nSorry to hear that. Sounds like the foil or the connector - we see that after long deployments. RMA-2411-07 covers both; "
        "please send them to the workshop address below with a printout of this email in the box.", at(2024, 11, 5, 9, 5), G)
t21.add(me, "They went out with DPD today, tracking 15501 4876 2231 09.", at(2024, 11, 7, 15, 30))
t21.add(tom, "Both arrived. 1187 has a cracked foil and 1204 a corroded connector. We'll replace both and recalibrate - about 4 weeks with Christmas.",
        at(2024, 11, 12, 14, 40), G)
t21.add(me, "Thanks Tom, go ahead.", at(2024, 11, 12, 15, 5))
t21.add(tom, "Hi Morag,\n\nBoth sensors are repaired and recalibrated - calibration certificates attached. They'll go back with DPD on Wednesday.",
        at(2024, 12, 16, 15, 12), GH, scen=("G26", "instrument vendor sends two calibration certificate PDFs after a repair"),
        atts=[pdf_att(f"OX20_{sn}_calibration_certificate.pdf", ["Brora Instruments Ltd - Calibration certificate", f"Oxygen optode OX-20, serial {sn}",
                                                                 "Two-point calibration 0% / 100% air saturation, 10 C", "Calibrated by: T. Sinclair, 13/12/2024"],
                      "20241213160000", producer="Google Docs Renderer") for sn in (1187, 1204)])
t21.add(me, "Thanks Tom, much appreciated.", at(2024, 12, 17, 9, 0))

# ================================================================ T23 MARMOLECOL JISCMail list
t23 = Thread("T23", lst, "Sterivex + Longmire's: maximum holding time at 4 °C?")
t23.add(me, "Dear all,\n\nWe preserve Sterivex filters in Longmire's buffer in the field and keep them at 4 °C until extraction. Does anyone have data "
        "(published or not) on how long they can be held like that before the eukaryotic community composition shifts? We're currently at up to "
        "three weeks and wondering whether that's too long.", at(2024, 10, 15, 9, 20), to=[LIST])
list_post(t23, ruth, "Hi Morag,\n\nWe tested this in 2022 for 18S and COI: no detectable change in community composition up to 4 weeks at 4 °C, "
          "but read numbers of some dinoflagellates dropped after about 10 days. I can send you the unpublished summary off-list if useful.",
          at(2024, 10, 15, 11, 42), G)
list_post(t23, anders, "Hi Morag, Ruth,\n\nSame experience here, with one caveat: the buffer volume matters. We use 1.5 mL per Sterivex and our "
          "protocol with the holding-time results is on protocols.io:\nhttps://www.protocols.io/view/sterivex-longmire-s-preservation-and-extraction-c7z3x2pw\n\n"
          "Happy to share the raw data as well.", at(2024, 10, 16, 8, 55), GH,
          scen=("G18", "mailing-list reply (JISCMail LISTSERV headers and footer, broken original DKIM) with a protocols.io link"))
t23.add(me, "Thanks both, that's really helpful - Ruth, yes please, I'd love to see the summary. We'll keep it under two weeks.", at(2024, 10, 16, 10, 30),
        to=[LIST])

t23b = Thread("T23b", lst, "PowerWater kits on backorder?")
list_post(t23b, ruth, "Hi all,\n\nIs anyone else seeing long backorders for the DNeasy PowerWater Sterivex kits? Our supplier quotes 10 weeks. "
          "Any alternatives people have validated?", at(2024, 11, 26, 14, 5))
list_post(t23b, anders, "We had the same in the summer. The phenol-chloroform protocol from Spens et al. works well for Sterivex if you have a "
          "fume hood; yields were slightly higher than the kit for us.", at(2024, 11, 26, 16, 40), G)
list_post(t23b, ruth, "Thanks Anders - useful, we'll try that on a few filters.", at(2024, 11, 27, 9, 10), G)

for i, (who, subj, text, when) in enumerate([
        (anders, "Job: Research Assistant in eDNA (SAMS, Oban, 18 months)",
         "Dear colleagues,\n\nWe are recruiting a Research Assistant for the ScotDNA project (eDNA monitoring of salmon farms), 18 months, closing "
         "date 6 December. Details and how to apply:\nhttps://www.sams.example/vacancies/ra-edna-2024\n\nPlease circulate to anyone who might be interested.",
         at(2024, 11, 8, 12, 30)),
        (ruth, "Workshop: eDNA metabarcoding bioinformatics, Plymouth, 10-12 February",
         "Dear all,\n\nRegistration is open for our three-day hands-on workshop (DADA2, taxonomy assignment, occupancy models). Free for UK PhD "
         "students, 20 places:\nhttps://www.pml.example/events/edna-bioinformatics-2025\n\nBest wishes, Ruth", at(2024, 12, 2, 10, 15)),
        (anders, "Call for abstracts: IMMES 2025 special session on eDNA time series",
         "Dear all,\n\nWe're convening a special session on eDNA time series at IMMES 2025 in Bergen (16-19 June). Abstract deadline 28 February:\n"
         "https://www.immes2025.example/sessions/s07\n\nAnders", at(2025, 1, 14, 9, 0)),
        (ruth, "Mock community standards - anyone sharing?",
         "Hi all,\n\nWe are setting up a new 18S mock community and wondered whether any lab would be willing to share aliquots of theirs for a "
         "small inter-lab comparison. Reply off-list please.\n\nRuth", at(2025, 3, 4, 15, 20)),
        ]):
    th = Thread(f"T23{chr(99 + i)}", lst, subj)
    list_post(th, who, text, when)


# ================================================================ T2 Kari: data-sharing agreement (Nov-Feb; A5 in Feb)
t2 = Thread("T2", kari, "Data sharing agreement UiT - Aberdeen (AAeCON raw reads)")
t2.add(kari, "Dear Morag,\n\nOur research administration tells me we need a data sharing agreement before the raw sequence data from the Tromsø samples "
       "leave UiT - two of the sites are in a protected area and the permit from the Environment Agency requires it. Their draft is attached; could "
       "your contracts office have a look? Nothing unusual, I think - it is mostly about not publishing the site coordinates at full resolution.",
       at(2024, 11, 5, 10, 20, OSL),
       atts=[docx_att("DSA_AAeCON_UiT-UoA_draft1.docx", ["DATA SHARING AGREEMENT", "between UiT The Arctic University of Norway and the University of Aberdeen",
                                                         "1. Purpose: AAeCON eDNA time series", "4. Site coordinates shall not be published at a resolution finer than 0.1 degree"],
                      "DSA AAeCON draft 1", "Kari Nordvik", "2024-11-04T15:10:00Z")])
t2.add(me, "Hi Kari,\n\nThanks - I've passed it to our contracts team in Research & Innovation and asked them to prioritise it, as we'd like to start "
       "the analysis in January. I'll come back to you with their comments.", at(2024, 11, 6, 9, 15))
t2.add(me, "Hi Kari,\n\nComments from our contracts team are attached as tracked changes. Two points really: they would like a neutral governing-law "
       "clause instead of Norwegian law, and they have added the usual clause allowing use of the data in student theses (Eilidh's thesis will use "
       "it). Otherwise all fine.", at(2024, 11, 20, 11, 40),
       atts=[docx_att("DSA_AAeCON_UiT-UoA_draft1_UoA-comments.docx", ["DATA SHARING AGREEMENT", "[UoA: governing law - neutral clause proposed]",
                                                                      "[UoA: new clause 7.3 student theses]"], "DSA AAeCON UoA comments", "Research Contracts", "2024-11-19T16:30:00Z")])
t2.add(kari, "Thanks Morag, I have sent this to our legal adviser. A neutral clause should be fine for us.\n\nAlso: Mari Solberg starts as a postdoc "
       "in my group on 2 December and will be the data contact for AAeCON on our side (transfers, metadata, the annex to the agreement). I have put "
       "her in copy.", at(2024, 11, 22, 14, 7, OSL), G, cc=[(mari.name, mari.email)])
t2.add(mari, "Dear Morag,\n\nKari has introduced me already - I'm the new postdoc in the group and will look after the AAeCON data at UiT. I did my "
       "PhD in Bergen on Arctic plankton metabarcoding, so the pipeline side is familiar.\n\nI'll prepare the metadata annex for the agreement this "
       "week. Is there a template you use in Aberdeen for the sample metadata (MIxS?), so we can align the fields?", at(2024, 12, 3, 9, 32, OSL), GH,
       cc=[(kari.name, kari.email)], scen=("G24", "new postdoc at the partner university (introduced by the PI) writes for the first time, same tenant"))
t2.add(me, "Dear Mari,\n\nWelcome to the project! Yes, we use the MIxS water package with a few extra fields (filter type, volume filtered, "
       "preservation). Our template is attached - please add anything you need for the permit.", at(2024, 12, 3, 13, 20), to=[(mari.name, mari.email)],
       cc=[(kari.name, kari.email)],
       atts=[("MEG_MIxS_water_template.xlsx", xlsx([["sample_name", "collection_date", "geo_loc_name", "lat_lon", "depth", "filter_type", "samp_vol_we_dna_ext"]],
                                                   "MIxS template", "Morag Findlay", "2024-06-14T11:00:00Z"), CT_XLSX)])
t2.add(mari, "Thanks, that's very close to ours. I'll send the annex to Kari for the agreement.", at(2024, 12, 4, 8, 50, OSL), G, cc=[(kari.name, kari.email)])
t2.add(kari, "Dear Morag,\n\nGood news: our legal office has accepted your changes and the agreement is now signed on our side by the Pro-Rector for "
       "research. The signed PDF is attached - could you have it countersigned by your university and send us a copy?", at(2025, 1, 14, 12, 40, OSL), GH,
       scen=("G33", "partner PI sends the signed data-sharing agreement PDF (signature topic, genuine)"),
       atts=[pdf_att("DSA_AAeCON_UiT-UoA_signed_UiT.pdf", ["DATA SHARING AGREEMENT - AAeCON", "UiT The Arctic University of Norway / University of Aberdeen",
                                                          "Signed for UiT: Pro-Rector for Research and Development, 13.01.2025"], "20250113154500",
                     producer="Adobe Acrobat Pro (64-bit) 24.5.20320", zone="+01'00'")])
t2.add(me, "Thanks Kari - it's with our Research & Innovation office for signature now. They say about a week.", at(2025, 1, 14, 15, 2))
t2.add(me, "Hi Kari,\n\nThe countersigned copy is attached, so we're all set for the January data transfer.", at(2025, 1, 30, 10, 5),
       atts=[pdf_att("DSA_AAeCON_UiT-UoA_fully_signed.pdf", ["DATA SHARING AGREEMENT - AAeCON", "Signed for UiT 13.01.2025", "Signed for the University of Aberdeen 29.01.2025"],
                     "20250129170000", producer="Adobe Acrobat Pro (64-bit) 24.5.20320")])
t2.add(kari, "Wonderful, thank you! Mari will set up the transfer next week.", at(2025, 1, 30, 13, 18, OSL), G)
dsa_url = f"https://sign.uit-agreements.example/envelope/{ruuid()}?recipient=morag.findlay%40abdn.example&lang=en"
a5_text = ("Dear Morag,\n\nOur legal office has moved all research agreements to electronic signature, so the scanned copy of the data sharing "
           "agreement cannot be registered in the UiT archive. Please review and sign the electronic version before Friday 14 February - the data "
           f"transfer for the January samples is on hold until it is completed.\n\nREVIEW AND SIGN DOCUMENT:\n{dsa_url}\n\nThe envelope expires after 72 hours.")
a5_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family:Aptos,Calibri,sans-serif;'
           'font-size:12pt">Dear Morag,<br><br>Our legal office has moved all research agreements to electronic signature, so the scanned copy of the data '
           'sharing agreement cannot be registered in the UiT archive. Please review and sign the electronic version before Friday 14 February - the data '
           'transfer for the January samples is on hold until it is completed.<br><br></div><table cellpadding="0" cellspacing="0" style="background:#1e4a7a;'
           'width:480px"><tr><td style="padding:24px;color:#fff;font-family:Helvetica,Arial,sans-serif"><div style="font-size:18px">UiT has sent you a document '
           'to review and sign</div><div style="font-size:13px;padding-top:6px">DSA_AAeCON_UiT-UoA_2025.pdf (4 pages)</div><div style="padding-top:18px">'
           f'<a href="{dsa_url}" style="background:#f7c21b;color:#1e1e1e;padding:10px 22px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></div>'
           '</td></tr></table><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt"><br>The envelope expires after 72 hours.<br><br>'
           + "<br>".join(H.escape(x) for x in kari.sig.strip("\n").split("\n")) + "</div></body></html>")
t2.add(kari, a5_text, at(2025, 2, 11, 2, 47, OSL), HJ("server-hijack"), detached=True, parent=-2, html=a5_html,
       scen=("A5", "Kari's real UiT M365 (same Norwegian Outlook headers): DocuSign-style e-signature button to an unknown domain at 02:47, faithful quote"))
t2.follow(-1)
t2.add(me, "Hi Kari,\n\nJust checking - is this from you? We signed the paper agreement on 29 January and the link goes to a site I don't recognise, "
       "so I haven't opened it.", at(2025, 2, 11, 8, 50))
t2.add(kari, "Morag, thank you for checking - no, that was not me! Our IT found that someone logged into my account during the night and sent this "
       "to my recent contacts. The password is reset now. The paper agreement is valid, please just delete it.", at(2025, 2, 11, 10, 31, OSL), G)

# ================================================================ T3 Mari: filter shipment (March)
t3 = Thread("T3", mari, "Shipment of Sterivex filters to Aberdeen (dry ice), week 11")
t3.add(mari, "Dear Morag,\n\nWe are ready to ship the Tromsø filters from October to February: 180 Sterivex in 4 boxes on dry ice with World Courier. "
       "Pick-up would be Monday 10 March and delivery to Aberdeen on Tuesday 11 March before noon. Could you confirm that someone can receive them "
       "and that you have -80 space for about 4 racks?", at(2025, 3, 3, 10, 5, OSL), cc=[(kari.name, kari.email)])
t3.add(me, "Dear Mari,\n\nYes, I'll be in on Tuesday and will receive them myself. Freezer 2 has space on shelves D and E. Please send the courier's "
       "tracking number when you have it.", at(2025, 3, 3, 12, 40), cc=[(kari.name, kari.email)])
ooo_exo(kari, t3, at(2025, 3, 3, 12, 41), "Jeg er på feltarbeid på Svalbard til 14. mars og har begrenset tilgang til e-post. For AAeCON, "
        "kontakt Mari Solberg (mari.solberg@uit.example).\n\nI am on fieldwork in Svalbard until 14 March with limited e-mail access. For AAeCON "
        "matters please contact Mari Solberg (mari.solberg@uit.example).\n\nKari Nordvik", GH,
        ("G16", "partner PI's bilingual Norwegian/English Exchange automatic reply (Automatisk svar)"))
t3.add(mari, "Thanks Morag. The courier is booked, AWB 176-4829 1137. The pro forma invoice for customs is attached (research samples, no commercial "
       "value, UN1845 dry ice 12 kg per box) - could you check the consignee address?", at(2025, 3, 5, 9, 12, OSL), GH, cc=[(kari.name, kari.email)],
       scen=("G34", "partner postdoc sends the pro forma customs invoice PDF for the dry-ice shipment"),
       atts=[pdf_att("Proforma_invoice_AAeCON_filters_UiT.pdf", ["PRO FORMA INVOICE - no commercial value", "Shipper: UiT, Dept. of Arctic and Marine Biology",
                                                                 "Consignee: Morag Findlay, Zoology Building, University of Aberdeen, AB24 2TZ",
                                                                 "180 Sterivex filters (environmental DNA, non-infectious), UN1845 dry ice 4 x 12 kg",
                                                                 "Value for customs: NOK 100"], "20250305090000", zone="+01'00'")])
t3.add(me, "The address is correct. I've also let our goods-in team know.", at(2025, 3, 5, 10, 1), cc=[(kari.name, kari.email)])
t3.add(mari, "The boxes were collected this morning, the tracking already shows them in Oslo.", at(2025, 3, 10, 15, 45, OSL), G, cc=[(kari.name, kari.email)])
t3.add(me, "Hi Mari,\n\nAll four boxes arrived at 10:40 with plenty of dry ice left, and the logger shows -74 °C at its warmest. Everything is now in "
       "freezer 2, shelves D-E. Thanks for packing them so well!", at(2025, 3, 11, 11, 20), cc=[(kari.name, kari.email)])
t3.add(mari, "Flott! Tusen takk, Morag - sorry, I mean: great, thanks a lot! Kari is back on Friday and will be very happy. Vi snakkes!",
       at(2025, 3, 11, 12, 42, OSL), GH, cc=[(kari.name, kari.email)], scen=("G29", "partner postdoc's reply starts in Norwegian by mistake"))

# ================================================================ T5 A6: Sindre's server during his sabbatical
t5.add(sindre, "Hi Morag,\n\nSorry this took so long. Instead of the .def file we now distribute the whole environment as a prebuilt installer image: "
       "your admins only need to mount it on a login node and run SETUP, which builds the container and the reference databases in one go. "
       "The image is attached (AAeCON_pipeline_v2.4.img).\n\nLet me know when it is installed.", at(2025, 2, 18, 10, 21, OSL), HJ("server-hijack"),
       detached=True, scen=("A6", "mutt/Postfix path of the Bergen partner (same headers) while his autoreply says he is on sabbatical: FAT disk image 'pipeline installer'"),
       atts=[("AAeCON_pipeline_v2.4.img", fat_image("AACPIPE24", [("SETUP.EXE", 9000), ("README.TXT", 700)]), "application/octet-stream")])

# ================================================================ T4 revived after the sabbatical (April)
t4.add(sindre, "Hi Morag,\n\nBack from sabbatical and working my way through six months of inbox - apologies that this took so long. I finally had a "
       "look at your plate 3 COI data: per-sample chimera removal with removeBimeraDenovo(method=\"consensus\") gives almost identical ASV tables "
       "to ours, so the differences you saw come from the pooled run. Stick with per sample.\n\nIs this still useful, or have you moved on?",
       at(2025, 4, 7, 9, 52, OSL), GH,
       scen=("G10", "mutt user revives the thread after six months' sabbatical, answering the October question"))
t4.add(me, "Hi Sindre,\n\nWelcome back! Still very useful - we ran it per sample in the end on a hunch, so it's good to have it confirmed. Are you "
       "moving to PR2 5.1 for 18S or staying on 5.0 for the whole project?", at(2025, 4, 7, 13, 30))
t4.add(sindre, "We're moving to 5.1 for everything processed from now on and re-running the old data for the paper. I'd suggest the same, so nobody has "
       "to explain mixed versions to a reviewer.", at(2025, 4, 8, 8, 15, OSL), G)
t4.add(me, "Makes sense, we'll do the same. I'll tell Eilidh - she may write to you about the COI thresholds.", at(2025, 4, 8, 9, 0))
t4.add(sindre, "Short one from the ship (Kronprins Haakon until the 30th, satellite only). Tell Eilidh 97% for species level, I'll write properly when "
       "I'm back.", at(2025, 4, 23, 6, 40, OSL), GH, client="k9", sig=False,
       scen=("G25", "the mutt user writes once from K-9 Mail on a research ship (client change, same submission server)"))
t4.add(me, "Thanks Sindre, passed on. Safe trip!", at(2025, 4, 23, 8, 30))

# ================================================================ T6 Kari: annual meeting (April-June)
t6 = Thread("T6", kari, "AAeCON annual meeting in Tromsø, 11-12 June")
t6.add(kari, "Dear Morag,\n\nWe'll host the AAeCON annual meeting in Tromsø on 11-12 June (Wednesday lunch to Thursday afternoon). Could you let me "
       "know who will come from Aberdeen, so we can book the room and the dinner?", at(2025, 4, 14, 11, 5, OSL),
       cc=[(alasdair.name, alasdair.email), (mari.name, mari.email)])
t6.add(me, "Hi Kari,\n\nAlasdair, Eilidh and I will come. Could you recommend a hotel near the university? We'd arrive on the 10th.",
       at(2025, 4, 14, 14, 20), cc=[(alasdair.name, alasdair.email), (mari.name, mari.email)])
t6.add(kari, "Wonderful! Most visitors stay at the Scandic Ishavshotel in the centre; the bus to campus takes 15 minutes. The university has a rate with "
       "the code UIT2025.", at(2025, 4, 15, 8, 40, OSL), G, cc=[(alasdair.name, alasdair.email), (mari.name, mari.email)])
t6.add(me, "Booked, three rooms from 10 to 13 June. Looking forward to it!", at(2025, 4, 15, 11, 10), cc=[(alasdair.name, alasdair.email), (mari.name, mari.email)])
t6.add(mari, "Morag, could Eilidh present the Aberdeen time series on the first afternoon? 20 minutes plus questions.", at(2025, 4, 16, 9, 20, OSL), G,
       cc=[(kari.name, kari.email), (alasdair.name, alasdair.email)])
t6.add(me, "Yes - she's delighted and slightly nervous.", at(2025, 4, 16, 10, 5), to=[(mari.name, mari.email)],
       cc=[(kari.name, kari.email), (alasdair.name, alasdair.email)])
t6.add(kari, "Programme attached. See you in June!", at(2025, 5, 20, 13, 30, OSL), G, cc=[(alasdair.name, alasdair.email), (mari.name, mari.email)],
       atts=[pdf_att("AAeCON_annual_meeting_2025_programme.pdf", ["AAeCON annual meeting, Tromsø, 11-12 June 2025", "Wed 13:00 Welcome (K. Nordvik)",
                                                                  "Wed 13:30 Aberdeen time series (E. Ross)", "Thu 09:00 Data integration (M. Solberg)"],
                     "20250520131000", zone="+02'00'")])

# ================================================================ T8 Jon: sample exchange, move to UVic
t8 = Thread("T8", jon, "Reference sample exchange 2025")
t8.add(me, "Hi Jon,\n\nAlasdair asked me to start planning next year's exchange of reference extracts between our labs. Would May or June work for you? "
       "We'd send 20 mock-community and field extracts on dry ice, same as last time.", at(2024, 12, 2, 11, 0))
t8.add(jon, "Hi Morag,\n\nNews first, since it affects this: I've accepted a position at the University of Victoria and move there on 6 January "
       "(School of Earth and Ocean Sciences). My Dal address will keep forwarding until the end of March, but please use jon.leclerc@uvic.example "
       "from January.\n\nMay/June is fine for the exchange, but please send the extracts to Victoria, not Halifax - I'll send the new shipping "
       "address once I have a lab.", at(2024, 12, 4, 10, 18, HAL), GH,
       scen=("G8", "collaborator announces his move to another university and his new address in the thread"))
t8.add(me, "Congratulations, Jon! That's great news (and a long way from Halifax). I've updated our contacts - Victoria it is.", at(2024, 12, 4, 16, 2))
t8.p = jon2
t8.add(jon2, "Hi Morag,\n\nFirst email from the new address! I'm in Victoria and mostly unpacked, and our -80 arrived last week, so the lab is ready to "
       "receive samples. Shipping address for the exchange:\n\nLeclerc Lab, Room A211, Bob Wright Centre\nUniversity of Victoria\n3800 Finnerty Road\n"
       "Victoria, BC V8P 5C2, Canada\nPhone (250) 555-0193", at(2025, 1, 20, 9, 45, VAN), GH,
       scen=("G9", "the collaborator's first mail from the announced new university (new domain, tenant, time zone, signature)"))
t8.add(me, "Hi Jon,\n\nGreat to hear you're settled. Address noted. We'll aim to ship on 6 May, and I'll send the courier details and the customs "
       "paperwork beforehand.", at(2025, 1, 21, 9, 10))
t8.add(jon2, "Sounds good. Our receiving dock needs 48 hours' notice, so a heads-up with the tracking number would be great.", at(2025, 1, 21, 8, 30, VAN), G)
t8.add(me, "Hi Jon,\n\nThe extracts went out today with World Courier, AWB 176-5510 2284, ETA Thursday 8 May. Customs declaration attached.",
       at(2025, 5, 6, 11, 10), atts=[pdf_att("Customs_declaration_MEG_to_UVic.pdf", ["Commercial invoice / customs declaration - no commercial value",
                                                                                     "20 tubes purified environmental DNA, non-infectious, non-hazardous",
                                                                                     "Consignee: Leclerc Lab, University of Victoria"], "20250506103000", zone="+01'00'")])
t8.add(jon2, "All 20 arrived frozen this morning - thanks Morag!", at(2025, 5, 8, 13, 5, VAN), G)

# ================================================================ T7 A9: Jon's OLD Dalhousie account after the move
a9_quote = ("Perfect, thank you. The comparison figure is drafted - could you put the reprocessed 2024 casts in the shared folder as well, so I can "
            "add them before the manuscript goes round?" + me.sig)
t7.add(jon, "Hi Morag,\n\nAs requested, I've added the reprocessed 2024 CTD casts and the updated nutrient calibration to the shared folder. Box now asks "
       "for your institutional login before the files open (new security policy at Dal):\n\nhttps://dal.box-securelink.example/s/9x2lk4vq0m3ppr7tq1\n\n"
       "Let me know if you have any trouble accessing.", at(2025, 3, 19, 15, 27, HAL), HJ("account-takeover"), detached=True, parent=-2, client="tbvps",
       quote_text=a9_quote, route={"ip": "185.225.73.41", "lan": "10.0.0.12"}, date_tz=ZoneInfo("Europe/Amsterdam"),
       scen=("A9", "Jon's OLD Dal account two months after his move: Thunderbird by SMTP AUTH from a VPS, Box look-alike link, altered quote of Morag"))

# ================================================================ T9 Catalina: manuscript (Oct-Feb; A1 Feb)
t9 = Thread("T9", catalina, "Rojas et al. - kelp holobiont manuscript, co-author comments")
t9.add(catalina, "Dear Morag and Alasdair,\n\nAttached is the full draft of the kelp holobiont manuscript (v4). Morag, could you please check the "
       "extraction and library prep section, since those were done in Aberdeen? Comments by 8 November would be perfect.\n\nMuchas gracias,\nCatalina",
       at(2024, 10, 21, 11, 40, SCL), to=[(me.name, me.email), (alasdair.name, alasdair.email)],
       atts=[docx_att("Rojas_et_al_kelp_holobiont_v4.docx", ["Kelp holobiont microbiomes along the Humboldt Current upwelling gradient",
                                                             "C. Rojas, J. Fuentes, M. Findlay, F. Araya, A. Grant", "2.3 DNA extraction and library preparation"],
                      "Rojas et al v4", "Catalina Rojas", "2024-10-21T14:30:00Z")])
t9.add(me, "Dear Catalina,\n\nComments attached as tracked changes. Mostly details: we used the PowerSoil Pro kit (not PowerWater) for the kelp tissue, "
       "bead beating was 2 x 30 s on the TissueLyser, and library prep followed the Illumina two-step protocol with Nextera XT indices. I've also "
       "added the ENA accession for the mock community.", at(2024, 10, 30, 14, 20), cc=[(alasdair.name, alasdair.email)],
       atts=[docx_att("Rojas_et_al_kelp_holobiont_v4_MF.docx", ["2.3 DNA extraction and library preparation", "[MF: PowerSoil Pro, not PowerWater]"],
                      "Rojas et al v4 MF", "Morag Findlay", "2024-10-30T14:00:00Z")])
t9.add(catalina, "Thank you Morag! All accepted. ¡Muy útil!", at(2024, 10, 31, 9, 5, SCL), G, cc=[(alasdair.name, alasdair.email)])
t9.add(me, "Glad it helped. Good luck with the submission!", at(2024, 10, 31, 14, 0), cc=[(alasdair.name, alasdair.email)])
t9.add(catalina, "Dear Morag and Alasdair,\n\nWe submitted today to Coastal and Shelf Molecular Ecology (CSME-2024-0917). Thanks again for all the "
       "help - fingers crossed!", at(2024, 11, 28, 17, 20, SCL), G, cc=[(alasdair.name, alasdair.email)])
t9.add(me, "Fantastic news, fingers crossed here too!", at(2024, 11, 29, 9, 10), cc=[(alasdair.name, alasdair.email)])
t9.add(catalina, "Reviews are back: minor revision! Reviewer 2 wants to see the processed data before acceptance, so I uploaded the ASV tables and "
       "metadata to Zenodo (restricted until publication - you can request access with this link):\n"
       "https://zenodo.org/records/14741186?token=eyJhbGciOiJIUzUxMiJ9.eyJpZCI6IjNhZjQ4In0.Qm3xT9\n\nMorag, reviewer 2 also asks for the lot numbers "
       "of the extraction kits - do you still have them?", at(2025, 1, 27, 16, 5, SCL), GH, cc=[(alasdair.name, alasdair.email)],
       scen=("G3", "Chilean PI shares a Zenodo record link (restricted, token) for the reviewers"))
t9.add(me, "Congratulations! Lot numbers: PowerSoil Pro 177032417 and 177034980 (two kits). The Zenodo record opens fine for me.", at(2025, 1, 28, 10, 0),
       cc=[(alasdair.name, alasdair.email)])
t9.add(catalina, "¡Perfecto, gracias! I'll add them to the response letter.", at(2025, 1, 28, 9, 40, SCL), G, cc=[(alasdair.name, alasdair.email)])
t9.add(catalina, "Dear Morag,\n\nPlease find the revised manuscript with all tracked changes and the response to reviewers at the link below (the files "
       "are too large to attach):\n\nhttps://we.tl/t-Q7hKx2mPzR\n\nKindly download them before the link expires on Friday and let me know if you "
       "have any comments on the revised sections.\n\nBest regards,", at(2025, 2, 5, 4, 12, SCL), HJ("server-hijack"), detached=True, parent=-2,
       scen=("A1", "Catalina's real Thunderbird/Postfix path: 'revised manuscript' on a WeTransfer link at 04:12 Chile time, faithful quote, formal English"))
t9.add(me, "Hi Catalina,\n\nI got a WeTransfer link from you yesterday, but when I open it, it asks me to sign in with my Microsoft account - is that "
       "right? I haven't entered anything.", at(2025, 2, 6, 9, 15), cc=[(alasdair.name, alasdair.email)])
vacation(catalina, t9, at(2025, 2, 6, 6, 16, SCL), "Respuesta automática: Re: Rojas et al. - kelp holobiont manuscript, co-author comments",
         "Estaré de vacaciones hasta el lunes 17 de febrero, con acceso limitado al correo.\nI am on holiday until Monday 17 February with limited "
         "access to e-mail.\n\nCatalina Rojas", GH, ("G35", "Chilean PI's Spanish/English server-side vacation reply (Respuesta automática)"), "imap.udec.example")
t9.add(catalina, "Dear Morag and Alasdair,\n\nSorry, I was on holiday! I did not send any WeTransfer link - our IT says my password was stolen and they "
       "have reset it. The revised version went back to the journal today, thank you both for the quick help with the response letter!",
       at(2025, 2, 20, 12, 30, SCL), G, cc=[(alasdair.name, alasdair.email)])

# ================================================================ T10 Joaquín's visit (Nov) + O1 Felipe
t10 = Thread("T10", catalina, "Research visit of Joaquín Fuentes to Aberdeen (January-March 2025)")
t10.add(catalina, "Dear Morag,\n\nAs Alasdair may have mentioned, my PhD student Joaquín Fuentes has ANID funding for a 10-week visit to your lab from "
        "13 January, to extract and sequence the Dichato samples. Could you help him with the visitor registration and the lab induction? I copy "
        "Joaquín.\n\nSaludos,\nCatalina", at(2024, 11, 11, 12, 30, SCL), cc=[(joaquin.name, joaquin.email)])
t10.add(me, "Dear Catalina, dear Joaquín,\n\nOf course - we're looking forward to it. Joaquín, the university needs the attached visiting researcher "
        "form before you arrive, and you'll need to complete the online safety induction in your first week. I've booked your lab induction for "
        "Monday 13 January at 10:00.", at(2024, 11, 12, 10, 5), cc=[(joaquin.name, joaquin.email)],
        atts=[pdf_att("UoA_Visiting_Researcher_Registration_Form.pdf", ["University of Aberdeen - Visiting Researcher Registration", "Name: __________",
                                                                        "Host: School of Biological Sciences (Prof. A. Grant)", "Dates of visit: __________"],
                      "20240301100000")])
t10.add(catalina, "Thank you so much, Morag! Joaquín will send you the form directly.", at(2024, 11, 12, 9, 50, SCL), G, cc=[(joaquin.name, joaquin.email)])
t10.add(joaquin, "Dear Morag,\n\nThank you very much for your help. I attach the visiting researcher form, signed by me and by Catalina as my supervisor. "
        "My flight arrives in Aberdeen on Saturday 11 January.", at(2024, 11, 15, 18, 22, SCL), GH,
        cc=[(catalina.name, catalina.email)], scen=("G31", "visiting PhD student (Cc'd in by his supervisor) writes for the first time, Gmail, PDF form attached"),
        atts=[pdf_att("Formulario_visita_Fuentes_firmado.pdf", ["University of Aberdeen - Visiting Researcher Registration", "Name: Joaquin Fuentes Vidal",
                                                               "Dates of visit: 13/01/2025 - 21/03/2025", "Signed: J. Fuentes, C. Rojas"], "20241115180500",
                      producer="CamScanner", zone="-03'00'")])
t10.add(me, "Thanks Joaquín, all received and passed on to HR. See you in January!", at(2024, 11, 18, 9, 30), to=[(joaquin.name, joaquin.email)],
        cc=[(catalina.name, catalina.email)])
o1_parent = f"<{ruuid()}@udec.example>"
o1_t = at(2024, 11, 18, 11, 5, SCL)
o1 = emit(felipe, "tbes", o1_t, [(catalina.name, catalina.email), (joaquin.name, joaquin.email)], [(me.name, me.email)],
          "Re: Transporte de muestras Dichato a Aberdeen", [o1_parent],
          "Catalina, Joaquín: I add Morag in copy so she can confirm directly.\n\nMorag - Joaquín will carry 60 Sterivex filters in RNAlater in his hand "
          "luggage (with the permit letter). Could they go straight into -20 °C in your lab on arrival, or do you prefer -80?" + felipe.sig
          + "\n\nEl 18/11/2024 a las 9:02, Catalina Rojas escribió:\n> Felipe, Joaquín: ¿pueden averiguar si las muestras en RNAlater pueden ir en\n"
          "> el equipaje de mano y cómo las almacenan en Aberdeen? No quiero problemas en\n> el aeropuerto.\n>\n> Catalina", label=GO,
          scen=("O1", "co-investigator replies-all to a Spanish mail from his PI that Morag never received, adding her in Cc (parent not in mailbox)"))
emit(me, "ol", at(2024, 11, 18, 15, 40), [(felipe.name, felipe.email)], [(catalina.name, catalina.email), (joaquin.name, joaquin.email)],
     "RE: Transporte de muestras Dichato a Aberdeen", [o1_parent, o1],
     "Hi Felipe,\n\n-20 °C is fine for RNAlater for a few weeks; we'll move them to -80 once they are logged. Joaquín can bring them straight to the lab "
     "on Monday morning." + me.sig, topic="Transporte de muestras Dichato a Aberdeen")

# ================================================================ T11 Joaquín: metadata, visit, A7 in April
t11 = Thread("T11", joaquin, "Dichato samples - metadata before the visit")
t11.add(me, "Hi Joaquín,\n\nBefore you come, could you send me the metadata for the samples you're bringing (site, date, depth, volume filtered, "
        "preservation)? Then I can register them in our sample database and print labels in advance.", at(2024, 12, 10, 10, 0))
t11.add(joaquin, "Hi Morag,\n\nHere is the metadata sheet (Dichato_metadata_2024.xlsx). I also put photos of the sampling sites and the filtration "
        "set-up in a Google Drive folder, in case they help for the site descriptions:\nhttps://drive.google.com/drive/folders/1qR7vYb2kXm9TzLp0aWcN4sEdJ8uFhG3o?usp=sharing",
        at(2024, 12, 12, 19, 40, SCL), GH, scen=("G28", "visiting student sends the requested metadata .xlsx and a Google Drive folder link"),
        atts=[("Dichato_metadata_2024.xlsx", xlsx([["sample", "site", "date", "depth_m", "vol_L", "preservation"], ["DCH-01", "Dichato bay", "2024-10-14", 1, "", "RNAlater"],
                                                   ["DCH-02", "Coliumo", "2024-10-14", 1, "", "RNAlater"]], "Dichato metadata", "Joaquin Fuentes", "2024-12-12T22:00:00Z"), CT_XLSX)])
t11.add(me, "Thanks! Could you add the volume filtered per sample? That column is empty.", at(2024, 12, 13, 9, 5))
t11.add(joaquin, "Sorry! New version attached with the volumes (all between 1.2 and 2 L).", at(2024, 12, 13, 8, 30, SCL), G,
        atts=[("Dichato_metadata_2024_v2.xlsx", xlsx([["sample", "site", "date", "depth_m", "vol_L", "preservation"], ["DCH-01", "Dichato bay", "2024-10-14", 1, 1.8, "RNAlater"],
                                                      ["DCH-02", "Coliumo", "2024-10-14", 1, 1.2, "RNAlater"]], "Dichato metadata", "Joaquin Fuentes", "2024-12-13T11:20:00Z"), CT_XLSX)])
t11.add(me, "Perfect - 60 samples registered. Labels will be ready when you arrive.", at(2024, 12, 13, 14, 0))
t11.add(joaquin, "Morag, the extractions of plate 2 are finished; I left the plate in freezer 1, shelf A, labelled JF-P2.", at(2025, 2, 14, 16, 10, LON), G,
        date_tz=LON)
t11.add(me, "Great, thanks Joaquín. I'll add it to the sequencing batch for March.", at(2025, 2, 14, 16, 40))
t11.add(joaquin, "Dear Morag,\n\nI'm back in Concepción. Thank you so much for everything during the visit - I learned a lot, and the whole lab was "
        "very kind to me. I hope to come back next year!", at(2025, 3, 24, 10, 15, SCL), G)
t11.add(me, "It was a pleasure having you, Joaquín - come back any time. The sequencing data from plates 1-3 should be ready by the end of April.",
        at(2025, 3, 24, 15, 20))
t11.add(joaquin, "Hola Morag,\n\nte envío los datos finales del muestreo de Dichato con las correcciones que pidió Catalina. Por favor revisa el archivo "
        "adjunto y me confirmas si está todo bien.\n\nSaludos,\nJoaquín", at(2025, 4, 15, 14, 51, SCL), HJ("account-takeover"), detached=True,
        client="olsmtp", sig=False, quote=False, route={"ip": "41.216.186.77", "pc": "DESKTOP-4RP7QK2"}, date_tz=datetime.timezone(TD(hours=1)),
        scen=("A7", "Joaquín's Gmail through Outlook desktop over SMTP from a foreign IP: Spanish 'datos finales' zip with an .xlsx.lnk, no quote"),
        atts=[("Datos_Dichato_final_v3.zip", zipb([("Datos_Dichato_final_v3.xlsx.lnk", lnk("Datos Dichato final", "/c start inert-probe-placeholder.cmd",
                                                                                          "%SystemRoot%\\System32\\imageres.dll"))], (2025, 4, 15, 13, 40, 0)),
               "application/x-zip-compressed")])

# ================================================================ T12 Alasdair: Halifax travel (Feb-Mar; A3 gift cards)
t12 = Thread("T12", alasdair, "Halifax - Ocean Genomics Summit, 8-15 March")
t12.add(alasdair, "Hi Morag,\n\nCould you book me flights to Halifax for the Ocean Genomics Summit? Out Saturday 8 March, back Saturday the 15th, via "
        "Heathrow is fine. Hotel near the convention centre for 7 nights. Charge it to the AAeCON travel budget (NE/Y003417/1). The poster is the "
        "AAeCON one - I'll send the PDF for printing.", at(2025, 2, 10, 9, 20))
t12.add(me, "Hi Alasdair,\n\nKey Travel quote £1,184 for BA via Heathrow (out 8 March 06:40 from ABZ, arriving YHZ 16:25) and the Westin at CAD 239 a "
        "night. Shall I go ahead?", at(2025, 2, 10, 11, 45))
t12.add(alasdair, "Yes please, go ahead.", at(2025, 2, 10, 12, 3), G)
t12.add(me, "All booked - the Key Travel confirmation should be in your inbox. Your poster is printed and in a tube in my office; please don't forget it!",
        at(2025, 3, 6, 16, 10))
t12.add(alasdair, "Got it, thanks. I'll pick it up tomorrow.", at(2025, 3, 6, 16, 30), G)
t12.add(alasdair, "Morag - awake at 3 with jet lag. The poster session went well, lots of interest in the eDNA time series. Could you ask Callum to "
        "re-run plate 14 before I'm back? The NTC came up at cycle 34 and I'd rather not put that in the report.", at(2025, 3, 10, 3, 12, HAL), GH, parent=-2,
        client="olios", scen=("G7", "PI at a conference replies from Outlook for iOS at 03:12 local time (jet lag)"))
t12.add(me, "Good to hear it went well! Callum will re-run plate 14 this week.", at(2025, 3, 10, 8, 40))
fake_ag = Pt("Alasdair Grant", "alasdair.grant.meg@gmail.com", "gmailios", "gmailios")
t12.add(fake_ag, "Morag,\n\nAre you at your desk? I'm in sessions back to back and can't take calls. I promised the student volunteers here a small "
        "thank you from the lab - could you get 6 Amazon gift cards of £50 each today? I'll pay you back myself when I'm home, it doesn't need to go "
        "through the grant.\n\nOnce you have them, scratch off the backs and send me clear photos of the codes here. I need them before the dinner "
        "tonight.\n\nThanks\nAlasdair\n\nSent from my iPhone", at(2025, 3, 12, 10, 7, HAL), HJ("display-name-spoof"), detached=True, sig=False,
        date_tz=HAL, scen=("A3", "'Alasdair Grant' at gmail.com while he is really at the Halifax summit: 6 x £50 gift cards, photos of the codes, quotes the thread"))
t12.add(me, "Alasdair - did you just email me from a Gmail address asking for gift cards? I assume not, but I'm checking before I report it.",
        at(2025, 3, 12, 14, 25))
t12.add(alasdair, "Definitely not me! Please report it to IT. Back on Saturday.", at(2025, 3, 12, 11, 40, HAL), G, client="olios")

# ================================================================ T13 Alasdair forwards the IMMES registration invoice (G19)
t13 = Thread("T13", alasdair, "FW: IMMES 2025 - Registration confirmation and invoice IM25-0318")
immes_pay = "https://www.conftool.example/immes2025/index.php?page=payment&invoice=IM25-0318"
t13.add(alasdair, "Morag - could you pay this from AAeCON please? Eilidh will register separately.\n\nAlasdair\n\n"
        "From: IMMES 2025 Bergen <registration@immes2025.example>\nSent: 02 April 2025 14:11\nTo: Alasdair Grant <a.grant@abdn.example>\n"
        "Subject: IMMES 2025 - Registration confirmation and invoice IM25-0318\n\nDear Prof. Grant,\n\nThank you for registering for IMMES 2025 "
        "(Bergen, 16-19 June 2025). Your registration fee of NOK 6,900 (early bird, society member) is due by 15 May 2025. You can pay by card "
        f"through ConfTool:\n{immes_pay}\n\nor by bank transfer using the details on the attached invoice.\n\nWith kind regards\nIMMES 2025 "
        "Registration Office", at(2025, 4, 2, 15, 2), GH, sig=False,
        scen=("G19", "PI forwards (FW:) the conference's registration invoice PDF with a card-payment link"),
        atts=[pdf_att("IMMES2025_Invoice_IM25-0318.pdf", ["IMMES 2025 Bergen - Invoice IM25-0318", "Participant: Prof. Alasdair Grant, University of Aberdeen",
                                                          "Registration fee (early bird, member): NOK 6,900.00", "Pay online: " + immes_pay],
                      "20250402141100", producer="ConfTool Pro 2.8", uris=[immes_pay], zone="+02'00'")])
t13.add(me, "Paid by university card this morning - receipt attached.", at(2025, 4, 3, 10, 20),
        atts=[pdf_att("IMMES2025_receipt_IM25-0318.pdf", ["IMMES 2025 Bergen - Payment receipt", "Invoice IM25-0318 paid by card, NOK 6,900.00"], "20250403101500",
                      producer="ConfTool Pro 2.8", zone="+02'00'")])
t13.add(alasdair, "Thanks!", at(2025, 4, 3, 10, 41), G)

# ================================================================ T15 Eilidh: methods check (Jan)
t15 = Thread("T15", eilidh, "Methods section - extraction and PCR details")
t15.add(eilidh, "Hi Morag,\n\nWould you have time to check the lab methods in my chapter 2 before it goes to Alasdair? Mostly the extraction and PCR "
        "parts - I want to make sure the volumes and cycling conditions match what we actually did.", at(2025, 1, 17, 15, 20))
t15.add(me, "Hi Eilidh,\n\nOf course - send it over whenever it's ready and I'll go through it early next week.", at(2025, 1, 17, 16, 2))
t15.add(eilidh, "Hi Morag,\n\nSorry for the ridiculous hour - finally finished. The methods section is attached (just the lab part, pages 3-6). No rush!",
        at(2025, 1, 22, 1, 34), GH, scen=("G27", "PhD student sends her methods .docx at 01:34"),
        atts=[docx_att("Ross_Ch2_methods_draft3.docx", ["2.2 Sample processing", "Sterivex filters were extracted with the DNeasy PowerWater Sterivex kit",
                                                        "PCR: 98 C 30 s; 35 cycles of 98 C 10 s, 55 C 30 s, 72 C 30 s"], "Chapter 2 methods", "Eilidh Ross",
                       "2025-01-22T01:30:00Z")])
t15.add(me, "Hi Eilidh,\n\nTracked changes attached. Main things: the annealing temperature for the 18S primers was 57 °C, not 55, and we used 2 µL "
        "of template, not 1. And please don't make a habit of emailing at 1:30 am!", at(2025, 1, 22, 10, 40),
        atts=[docx_att("Ross_Ch2_methods_draft3_MF.docx", ["2.2 Sample processing", "[MF: annealing 57 C]", "[MF: 2 uL template]"], "Chapter 2 methods MF",
                       "Morag Findlay", "2025-01-22T10:35:00Z")])
t15.add(eilidh, "Thank you so much, that's really helpful! And noted :)", at(2025, 1, 22, 11, 5), G)

# ================================================================ T16 continued (March)
t16.add(me, "Hi Callum,\n\nAlasdair emailed from Halifax - he'd like plate 14 re-run because the NTC came up late (Cq 34). Could you do it this week?",
        at(2025, 3, 10, 9, 0))
t16.add(callum, "Yes, no problem. I'll make fresh master mix and run it on Thursday morning.", at(2025, 3, 10, 9, 40), G)
t16.add(me, "Thanks Callum.", at(2025, 3, 10, 9, 52))
t16.add(callum, "Plate 14 re-run done, NTC clean this time. The exports are in the same folder on S:.", at(2025, 3, 13, 13, 15), G)

# ================================================================ T17 Callum: expenses (Feb-Mar; A12)
t17 = Thread("T17", callum, "Fieldwork expenses - Stonehaven sampling (January and February)")
t17.add(callum, "Hi Morag,\n\nI've submitted my expenses claim in the e-expenses system for the two Stonehaven sampling trips (mileage 2 x 32 miles plus "
        "parking), £46.20 in total. It's asking for an approver - should I pick you or Alasdair?", at(2025, 2, 24, 10, 12))
t17.add(me, "Hi Callum,\n\nPick me - I'm the delegated approver for AAeCON fieldwork costs. Please scan the parking receipts into the claim as well.",
        at(2025, 2, 24, 11, 5))
t17.add(callum, "Done, the receipts are attached to the claim now.", at(2025, 2, 24, 15, 40), G)
t17.add(me, "Approved - it should be in the March payment run.", at(2025, 2, 25, 9, 10))
fake_cb = Pt("Callum Baird", "callum.baird.uoa@outlook.com", "outlookcom", "outlookcom")
t17.add(fake_cb, "Hi Morag,\n\nSorry to bother you with this. My old Santander account has been closed (long story), so the expenses payment and my "
        "March stipend need to go to my new account instead:\n\nAccount name: Callum Baird\nBank: Monzo\nSort code: 04-00-75\nAccount number: 38271604\n\n"
        "Could you let Finance and the stipend team know before this month's run? I tried to change it in the portal but it says it needs an "
        "administrator. I'm writing from my personal email because I'm locked out of Outlook on my phone.\n\nThanks a lot,\nCallum",
        at(2025, 3, 4, 19, 46), HJ("display-name-spoof"), detached=True, sig=False,
        scen=("A12", "'Callum Baird' at outlook.com: new bank account for expenses and stipend (payroll diversion), no payload, quotes the thread"))

# ================================================================ T18 A14: Fraser's account, encrypted 'invoice'
t18.add(fraser, "Hi Morag,\n\nPlease find attached the invoice for CGC-24-117 as requested. Our finance team now encrypts all invoices that contain "
        "bank details - the password is CGC117inv.", at(2025, 1, 23, 10, 48), HJ("server-hijack"), detached=True, parent=-2,
        scen=("A14", "the core manager's real M365 (same headers): password-protected zip 'invoice' holding an .hta, password in the text"),
        atts=[("CGC-24-117_Invoice_Jan2025.zip", zip_encrypted([("CGC-24-117_Invoice_Jan2025.pdf.hta", 5200)]), "application/x-zip-compressed")])

# ================================================================ T20 Calder: announced and verified bank-detail change
t20 = Thread("T20", gemma, "Calder Scientific - change of bank details from 1 February")
t20.add(gemma, "Hi Morag,\n\nA heads-up so it doesn't come as a surprise: we are moving our banking from HSBC to Lloyds on 1 February. Our credit "
        "control team will email the formal letter to all customers this week. Please do verify it by phone before updating anything - we will "
        "never ask you to change bank details by email alone.", at(2025, 1, 6, 10, 5))
t20.add(calder_cc, "Dear Morag,\n\nFurther to Gemma's note, please find attached our formal letter confirming the change of bank details for Calder "
        "Scientific Ltd from 1 February 2025, signed by our Finance Director. Payments made to the previous account will be forwarded until "
        "31 March.\n\nPlease verify this change by calling Credit Control on 01506 496 210 (the number on our website and on all previous invoices) "
        "before updating your records.", at(2025, 1, 8, 9, 50), GH, cc=[(gemma.name, gemma.email)],
        scen=("G20", "supplier's real bank-change letter (PDF), announced by the account manager beforehand, verified by call-back"),
        atts=[pdf_att("Calder_Scientific_change_of_bank_details_Feb2025.pdf", ["Calder Scientific Ltd - Change of bank details",
                                                                               "With effect from 1 February 2025 our bank account will be held with Lloyds Bank plc",
                                                                               "Please verify by telephone: 01506 496 210", "Signed: D. Crawford, Finance Director"],
                      "20250107163000")])
t20.add(me, "Hi Sarah,\n\nThanks - I called Credit Control this morning on 01506 496 210 and spoke to you to confirm the change. I've forwarded the "
        "letter to our Finance Office with a note that it was verified by call-back.", at(2025, 1, 9, 10, 30), to=[(calder_cc.name, calder_cc.email)])
t20.add(calder_cc, "Thank you for confirming, Morag. Our first invoice with the new details will be for your freezer service contract.",
        at(2025, 1, 9, 14, 0), G)
t20b = Thread("T20b", linda, "FW: Calder Scientific - change of bank details from 1 February")
t20b.add(me, "Hi Linda,\n\nCalder Scientific (supplier 100482) are changing bank from 1 February. I verified it by calling their Credit Control on the "
         "number from their website and previous invoices (01506 496 210) and spoke to Sarah Kerr this morning. Their letter is attached.\n\n"
         "From: Calder Scientific Credit Control <creditcontrol@calderscientific.example>\nSent: 08 January 2025 09:50\nTo: Morag Findlay "
         "<morag.findlay@abdn.example>\nSubject: RE: Calder Scientific - change of bank details from 1 February\n\n(letter attached)",
         at(2025, 1, 9, 10, 40), atts=[pdf_att("Calder_Scientific_change_of_bank_details_Feb2025.pdf", ["Calder Scientific Ltd - Change of bank details",
                                                                                                           "Lloyds Bank plc from 1 February 2025"], "20250107163000")])
t20b.add(linda, "Thanks Morag. We did our own call-back as per procedure as well - the vendor record is updated with effect from 1 February.",
         at(2025, 1, 10, 11, 25), G)
t20.add(calder_cc, "Dear Morag,\n\nPlease find attached invoice INV-88213 for the annual service of freezers 1-3 (£1,140.00 + VAT). Our new bank details "
        "(Lloyds) are shown on the invoice as set out in our letter of 8 January.", at(2025, 2, 12, 10, 15), GH,
        scen=("G21", "supplier's first invoice with the announced and verified new bank details"),
        atts=[pdf_att("INV-88213_University_of_Aberdeen.pdf", ["Calder Scientific Ltd - Invoice INV-88213", "Annual service ULT freezers 1-3",
                                                               "GBP 1,140.00 + VAT", "Bank: Lloyds Bank plc (see letter of 08/01/2025)"], "20250212100000")])
t20.add(me, "Thanks - passed to Accounts Payable.", at(2025, 2, 12, 11, 2))

# ================================================================ T21 continued: spot kits, A10 OneNote
t21.add(me, "Hi Tom,\n\nCould you also send us two replacement sensor spot kits for the spares box, with an invoice?", at(2025, 2, 10, 10, 0))
t21.add(tom, "Will do - I'll post them next week with the invoice in the box.", at(2025, 2, 11, 9, 20), G)
t21.add(tom, "Hi Morag,\n\nDPD tried to deliver the spot kits yesterday but couldn't - apparently the address label was damaged. The delivery "
        "confirmation and the rebooking form are in the attached note; could you open it and confirm a slot for this week?", at(2025, 2, 19, 8, 31),
        HJ("server-hijack"), detached=True, parent=-2,
        scen=("A10", "the instrument vendor's real Google Workspace: 'DPD could not deliver, rebook in the attached note' OneNote attachment"),
        atts=[("DPD_Rebooking_Brora_190225.one", onenote("DPD_Delivery_Confirmation.pdf.wsf", b"<job><script language=\"VBScript\">' inert probe placeholder</script></job>"),
               "application/onenote")])
t21.add(me, "Hi Tom,\n\nThe spot kits arrived today, thanks - the invoice has gone to Finance.", at(2025, 2, 24, 11, 30))
t21.add(tom, "Great, cheers Morag.", at(2025, 2, 24, 12, 2), G)

# ================================================================ T22 APC (Feb-Mar; A4 look-alike publisher)
t22 = Thread("T22", priya, "APC invoice for JMME-2024-0318.R1 (Ross et al.) - PO and VAT number")
t22.add(me, "Dear Author Services,\n\nWe have received the APC invoice HR-APC-24-77613 for Ross et al. (JMME-2024-0318.R1). Could you please reissue it "
        "addressed to the University of Aberdeen with our purchase order 4500221907 and VAT number GB 123 4567 89? Our accounts payable team "
        "can't process it without the PO.", at(2025, 2, 11, 9, 30), to=[("Halden & Rowe Author Services", "apc@haldenrowe.example")])
t22.add(priya, "Dear Morag,\n\nThank you for your email. The reissued invoice is attached with your PO and VAT number. It can be paid by card through "
        "the author services portal, or by bank transfer to the account shown on the invoice - please quote the invoice number as the reference.",
        at(2025, 2, 12, 11, 40), G, atts=[pdf_att("HR-APC-24-77613_UoA_PO4500221907.pdf", ["Halden & Rowe Scientific Publishing - Invoice HR-APC-24-77613",
                                                                                           "Article publication charge, JMME-2024-0318.R1 (Ross et al.)",
                                                                                           "Bill to: University of Aberdeen, PO 4500221907", "GBP 2,350.00 + VAT"],
                                                      "20250212113000")])
t22.add(me, "Thanks Priya, passed to accounts payable today.", at(2025, 2, 12, 13, 0))
look_priya = Pt("Priya Nair", "priya.nair@halden-rowe.example", "ol", "look-halden", priya.sig)
a4_quote = t22.last["plain"].replace("It can be paid by card through the author services portal, or by bank transfer to the account shown on the invoice",
                                     "It can only be paid by bank transfer to the account shown on the invoice")
t22.add(look_priya, "Dear Morag,\n\nThank you for passing the invoice to your accounts payable team. I'm writing because Halden & Rowe has completed the "
        "migration of its UK receivables to a new finance platform this month, and payments for open APC invoices must now be made to our new "
        "collection account. Payments sent to the account on the previous invoice are no longer matched automatically and are returned, which holds "
        "publication of the article until the APC is reconciled.\n\nI have attached the updated invoice HR-APC-24-77613-A with the new account details:\n\n"
        "Account name: Halden and Rowe Scientific Publishing Ltd\nBank: Metro Bank\nSort code: 23-05-80\nAccount number: 41197326\n\nCould you please "
        "forward this to your accounts payable team so they can update the payee before the next payment run? Ross et al. is otherwise ready for "
        "online publication and we would like to avoid holding it.", at(2025, 2, 26, 9, 12), HJ("lookalike-domain"), detached=True, quote_text=a4_quote,
        scen=("A4", "look-alike halden-rowe.example 'Priya Nair' (own M365 tenant): APC bank-detail change with PDF invoice, quote altered to 'bank transfer only'"),
        atts=[pdf_att("HR-APC-24-77613-A_updated.pdf", ["Halden & Rowe Scientific Publishing - Invoice HR-APC-24-77613-A (replaces HR-APC-24-77613)",
                                                        "Article publication charge, JMME-2024-0318.R1", "GBP 2,350.00 + VAT",
                                                        "Pay to: Metro Bank, sort code 23-05-80, account 41197326"], "20250225171200")])
t22.add(me, "Dear Priya,\n\nWe've received an email from priya.nair@halden-rowe.example saying your bank details have changed for this invoice. Could you "
        "confirm whether that is genuine before our payment run on Friday?", at(2025, 2, 26, 11, 30))
t22.add(priya, "Dear Morag,\n\nThank you for checking with us - that email is not from Halden & Rowe. Our bank details have not changed, and our domain "
        "is haldenrowe.example without a hyphen. Please pay as per the invoice of 12 February; I have also alerted our security team.",
        at(2025, 2, 26, 14, 5), G)

# ================================================================ T24 lab meeting rota (Jan; A15 in April)
t24 = Thread("T24", alasdair, "Lab meeting rota - spring term 2025")
lab = [(alasdair.name, alasdair.email), (eilidh.name, eilidh.email), (callum.name, callum.email)]
t24.add(me, "Hi all,\n\nHere's the lab meeting rota for the spring term (Wednesdays 10:00, Zoology seminar room 2):\n\n15 Jan - Eilidh (chapter 2 "
        "results)\n29 Jan - Callum (qPCR calibration)\n12 Feb - Joaquín (Dichato sampling)\n26 Feb - Alasdair (AAeCON update)\n12 Mar - no meeting "
        "(Alasdair in Halifax)\n26 Mar - Morag (lab safety refresher)\n9 Apr - Eilidh\n23 Apr - Callum\n\nLet me know of any swaps.",
        at(2025, 1, 8, 9, 45), to=lab + [(joaquin.name, joaquin.email)])
t24.add(alasdair, "Thanks Morag. Could Callum and I swap? I'm in Edinburgh on 26 Feb.", at(2025, 1, 8, 10, 20), G, to=[(me.name, me.email)],
        cc=lab[1:] + [(joaquin.name, joaquin.email)])
t24.add(callum, "Fine by me - I'll do 26 Feb and Alasdair 29 Jan.", at(2025, 1, 8, 11, 2), G, to=[(me.name, me.email)],
        cc=[lab[0], lab[1], (joaquin.name, joaquin.email)])
t24.add(me, "Swapped - the updated rota is on the Teams channel.", at(2025, 1, 8, 11, 30), to=lab + [(joaquin.name, joaquin.email)])
ics_url = "https://sites.google.com/view/meg-abdn-labmeeting/agenda"
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
       f"UID:{ruuid()}\r\nDTSTAMP:20250402T035800Z\r\nDTSTART:20250409T090000Z\r\nDTEND:20250409T100000Z\r\nSUMMARY:MEG lab meeting - agenda and updated rota\r\n"
       "ORGANIZER;CN=Alasdair Grant:mailto:a.grant@abdn.example\r\nATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Morag Findlay:mailto:morag.findlay@abdn.example\r\n"
       f"LOCATION:Zoology seminar room 2\r\nURL:{ics_url}\r\nDESCRIPTION:Agenda and slides for 9 April - please add yours before Monday:\\n{ics_url}\\n"
       "(sign in with your university account)\r\nBEGIN:VALARM\r\nTRIGGER:-PT15M\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
t24.add(alasdair, "All,\n\nThe agenda for next week's lab meeting and the updated rota are in the attached calendar invite - please accept it so it's in "
        "your calendars, and add your slides to the agenda document linked in the invite by Monday.\n\nAlasdair", at(2025, 4, 2, 3, 58),
        HJ("account-takeover"), detached=True, client="wlm", sig=False, to=[(me.name, me.email), lab[1], lab[2]],
        route={"ip": "154.113.92.18", "lan": "192.168.0.104"}, date_tz=datetime.timezone(TD(hours=-4)),
        scen=("A15", "the PI's own account by SMTP AUTH from abroad (Windows Live Mail headers): .ics invite whose URL points to a sites.google.com page"),
        atts=[("Lab_meeting_9_April.ics", ics.encode(), "text/calendar; method=REQUEST; charset=utf-8")])

# ================================================================ T25 Gemma: kits order (March)
t25 = Thread("T25", gemma, "Quote: DNeasy PowerWater Sterivex kits x4")
t25.add(me, "Hi Gemma,\n\nCould you quote for 4 x DNeasy PowerWater Sterivex kits (50 preps)? We need them before the June sampling.", at(2025, 3, 17, 9, 30))
t25.add(gemma, "Hi Morag,\n\n£612.00 each + VAT, so £2,448.00 for four, and they're in stock in our Livingston warehouse. Quote Q-CS-25-0871 attached.",
        at(2025, 3, 17, 13, 5), G, atts=[pdf_att("Q-CS-25-0871.pdf", ["Calder Scientific Ltd - Quotation Q-CS-25-0871", "4 x DNeasy PowerWater Sterivex Kit (50)",
                                                                      "GBP 2,448.00 + VAT"], "20250317130000")])
t25.add(me, "Lovely - PO 4500224410 attached.", at(2025, 3, 18, 10, 0),
        atts=[pdf_att("PO_4500224410.pdf", ["University of Aberdeen - Purchase Order 4500224410", "Supplier: Calder Scientific Ltd", "Per Q-CS-25-0871"],
                      "20250318095500", producer="SAP NetWeaver 7.58")])
t25.add(gemma, "Thanks - dispatched today, they should be with you on Thursday.", at(2025, 3, 18, 15, 20), G)

# ================================================================ T26 Fraser: 2025 quote (April)
t26 = Thread("T26", fraser, "Sequencing 2025 - quote for two P1 600-cycle runs")
t26.add(me, "Hi Fraser,\n\nWe'll have the second AAeCON batch (2 x 96 libraries) ready in June. Could you quote for two NextSeq P1 600-cycle runs, same "
        "set-up as CGC-24-117? And for your records: the Edinburgh invoice for CGC-24-117 arrived in February and has been paid.", at(2025, 4, 22, 10, 0))
t26.add(fraser, "Hi Morag,\n\nQuote Q-CGC-2504-09 attached - £4,780 + VAT for both runs. Thanks for sorting the invoice.\n\nBy the way, the email you "
        "got from my account in January with a zipped 'invoice' was not from me - our IT found the account had been accessed from abroad and reset "
        "it. Sorry if it caused any trouble.", at(2025, 4, 22, 15, 30), G,
        atts=[pdf_att("Q-CGC-2504-09.pdf", ["Caledonian Genomics Core - Quotation Q-CGC-2504-09", "2 x NextSeq 2000 P1 600 cycles", "GBP 4,780.00 + VAT"],
                      "20250422152000", zone="+01'00'")])
t26.add(me, "Thanks Fraser - no harm done, our filters caught it. The PO will follow next week.", at(2025, 4, 23, 9, 0))
t26.add(fraser, "Great, thanks.", at(2025, 4, 23, 9, 40), G)

# ================================================================ T27 Catalina: joint proposal budget (March)
t27 = Thread("T27", catalina, "ANID-UKRI joint call - Aberdeen budget lines")
t27.add(catalina, "Dear Morag,\n\nWe are preparing the ANID-UKRI joint proposal with Alasdair. Could you help me with the Aberdeen consumables and "
        "sequencing budget for three years? I need the numbers in GBP by 4 April.\n\nSaludos,\nCatalina", at(2025, 3, 12, 11, 15, SCL),
        cc=[(alasdair.name, alasdair.email)])
t27.add(me, "Dear Catalina,\n\nHere's a first version: consumables £18,500 per year (extraction kits, PCR reagents, Sterivex, dry-ice shipments), "
        "sequencing £9,600 per year at CGC rates, plus 10% of my time as lab manager. Spreadsheet attached.", at(2025, 3, 13, 14, 0),
        cc=[(alasdair.name, alasdair.email)],
        atts=[("ANID-UKRI_Aberdeen_budget_v1.xlsx", xlsx([["Item", "Y1", "Y2", "Y3"], ["Consumables", 18500, 18500, 18500], ["Sequencing (CGC)", 9600, 9600, 9600]],
                                                         "ANID-UKRI budget", "Morag Findlay", "2025-03-13T13:50:00Z"), CT_XLSX)])
t27.add(catalina, "Thank you! Alasdair says we should add one field trip to Chile per year for a student - I'll add that on our side.",
        at(2025, 3, 13, 12, 30, SCL), G, cc=[(alasdair.name, alasdair.email)])
t27.add(me, "Sounds good. Let me know if you need the numbers in a different format for the ANID forms.", at(2025, 3, 13, 16, 45),
        cc=[(alasdair.name, alasdair.email)])
t27.add(catalina, "This format is perfect. Submitted on 3 April - thank you both!", at(2025, 4, 3, 18, 5, SCL), G, cc=[(alasdair.name, alasdair.email)])

# ================================================================ T28 Jon (UVic): joint poster (May)
t28 = Thread("T28", jon2, "IMMES poster - Atlantic comparison")
t28.add(jon2, "Hi Morag,\n\nAre you going to IMMES in Bergen? Alasdair suggested a joint poster on the Atlantic comparison. I've drafted a layout in "
        "our OneDrive folder:\nhttps://uvic-my.sharepoint.com/:p:/g/personal/jleclerc_uvic_example/EQm4xT2bLk9Hn3sWp0aYc6MBq1vD8rF5gJ7hK2nP4eR0wA?e=7TfGhA",
        at(2025, 5, 12, 10, 30, VAN))
t28.add(me, "Hi Jon,\n\nYes, Eilidh and I are going. The layout looks good - I'll add the Aberdeen panels by Friday.", at(2025, 5, 12, 19, 5))
t28.add(jon2, "Perfect, thanks! The print deadline is 6 June.", at(2025, 5, 12, 13, 20, VAN), G)
t28.add(me, "Panels added (slides 2 and 4). Let me know what you think.", at(2025, 5, 16, 15, 0))
t28.add(jon2, "Looks great. I'll print it here and bring it.", at(2025, 5, 16, 9, 45, VAN), G)

# ================================================================ O2 / T30 Alasdair copies Morag into Research Finance's mail
gill = ("Gillian Stewart", f"g.stewart@{OWN}")
o2_parent = f"<PAXPR10MB7291{HX(20)}@PAXPR10MB7291.EURPRD10.PROD.OUTLOOK.COM>"
o2 = emit(alasdair, "ol", at(2024, 11, 26, 10, 12), [gill], [(me.name, me.email)], "RE: NE/Y003417/1 - year 2 budget reprofile", [o2_parent],
          "Hi Gillian,\n\nThanks - I'm adding Morag, who manages the consumables line. Morag, Research Finance need our year 2 spend forecast by "
          "Friday; could you send Gillian the consumables projection?" + alasdair.sig + "\n\nFrom: Gillian Stewart <g.stewart@abdn.example>\nSent: "
          "25 November 2024 16:02\nTo: Alasdair Grant <a.grant@abdn.example>\nSubject: NE/Y003417/1 - year 2 budget reprofile\n\nDear Alasdair,\n\n"
          "UKRI have asked all award holders to confirm their year 2 profile by 29 November. Could you send me the forecast spend per heading "
          "(staff, travel, consumables, equipment) so I can update the reprofile?\n\nMany thanks\nGillian", label=GO,
          topic="NE/Y003417/1 - year 2 budget reprofile",
          scen=("O2", "the PI answers Research Finance's mail (sent only to him) and copies Morag in (parent not in the mailbox)"))
emit(me, "ol", at(2024, 11, 26, 15, 30), [gill], [(alasdair.name, alasdair.email)], "RE: NE/Y003417/1 - year 2 budget reprofile", [o2_parent, o2],
     "Hi Gillian,\n\nConsumables forecast for year 2: £21,300 (of which £9,600 sequencing), slightly above profile because of the second sequencing "
     "batch moving into year 2. Breakdown attached." + me.sig, topic="NE/Y003417/1 - year 2 budget reprofile",
     atts=[("AAeCON_Y2_consumables_forecast.xlsx", xlsx([["Heading", "Profile", "Forecast"], ["Consumables", 18500, 21300]], "Y2 forecast", "Morag Findlay",
                                                        "2024-11-26T15:00:00Z"), CT_XLSX)])


# ================================================================ A2 Eilidh's account: SMTP AUTH from a VPS, HTML 'revalidation' form
sso_form = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>University of Aberdeen - Account revalidation</title></head>'
            '<body style="font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2"><div style="width:420px;margin:60px auto;background:#fff;padding:32px">'
            '<img alt="University of Aberdeen" src="https://myaccount-abdn-verify.example/static/crest.png" height="48"><h2 style="font-weight:600">'
            'Revalidate your account</h2><p>Multi-factor authentication changes on 21 March. Confirm your university credentials to keep access to e-mail, '
            'Maxwell and shared drives.</p><form method="POST" action="https://myaccount-abdn-verify.example/sso/revalidate">'
            '<input type="email" name="u" placeholder="username@abdn.example" style="width:100%;padding:8px"><br><br>'
            '<input type="password" name="p" placeholder="Password" style="width:100%;padding:8px"><br><br>'
            '<button type="submit" style="background:#0067b8;color:#fff;border:0;padding:8px 24px">Verify</button></form>'
            '<!-- inert probe placeholder --></div></body></html>')
t14.add(eilidh, "Hi Morag,\n\nIT Services have asked all research students and lab staff to revalidate their university account before the MFA change "
        "on 21 March, otherwise access to Maxwell, the S: drive and email stops until the account is re-enabled. The form they sent round is attached, "
        "it only takes a minute - I did mine this morning.\n\nEilidh", at(2025, 3, 18, 6, 52), HJ("account-takeover"), detached=True, sig=False,
        quote=False, client="phpmailer", route={"ip": "193.42.33.190", "lan": "127.0.0.1"}, date_tz=datetime.timezone(TD(hours=3)),
        scen=("A2", "PhD student's M365 account by SMTP AUTH from a VPS (PHPMailer): 'revalidate before the MFA change' HTML attachment, no quote"),
        atts=[("ABDN_Account_Revalidation.html", sso_form.encode(), "text/html")])

# ================================================================ A8 fake thread: conference registration 'invoice'
fk_immes = Pt("IMMES 2025 Registration Desk", "accounts@immes2025-events.example", "olsmtp-look", "fake-immes")
fake_parent = f"<{ME_HOST}{HX(20)}@{ME_HOST}.EURPRD10.PROD.OUTLOOK.COM>"
pay = f"https://pay.immes2025-events.example/checkout?inv=IM25-7741&ref={alnum(12)}"
emit(fk_immes, "olsmtp-look", at(2025, 5, 13, 7, 40, UTC), [(me.name, me.email)], None, "RE: IMMES 2025 Bergen - invoice for your registration", [fake_parent],
     "Dear Morag Findlay,\n\nFollowing your request, please find attached the updated invoice for your IMMES 2025 registration. Please note that "
     "registrations not paid by 16 May will be cancelled and the early-bird rate will no longer apply. Payment can be completed securely online "
     "through the link on the invoice.\n\nKind regards,\nIngrid Dahl\nIMMES 2025 Registration Desk\n\n-----Original Message-----\nFrom: Morag Findlay "
     "<morag.findlay@abdn.example>\nSent: Monday, May 12, 2025 4:18 PM\nTo: accounts@immes2025-events.example\nSubject: IMMES 2025 Bergen - invoice for my "
     "registration\n\nHello,\nCould you please resend the invoice for my registration? Our finance office needs a PDF with your bank details.\nThanks,\n"
     "Morag Findlay", label=HJ("fake-thread"), route={"ip": "91.215.85.200", "pc": "DESKTOP-T1V7Q0S"}, date_tz=datetime.timezone(TD(hours=2)),
     scen=("A8", "stranger 'RE: IMMES 2025 ... invoice' with a fabricated quote of Morag and an unknown References id: PDF invoice with a pay link"),
     atts=[pdf_att("IMMES2025_Invoice_IM25-7741.pdf", ["IMMES 2025 Bergen - Registration invoice IM25-7741", "Participant: Morag Findlay",
                                                      "Amount due: NOK 5,400.00 - due 16 May 2025", "PAY NOW (secure card payment)"], "20250513071500",
                   producer="Microsoft: Print To PDF", uris=[pay], zone="+02'00'")])

# ================================================================ A13 fake thread: voicemail SVG
fk_vm = Pt("Voice Messaging", "vm-notify@unitel-cloudvoice.example", "notif", "fake-vm")
vm_t = at(2025, 1, 29, 8, 3, UTC)
vm_mid = f"<{hx(32)}@mx2.unitel-cloudvoice.example>"
vm_url = f"https://unitel-cloudvoice.example/vm/play?m={alnum(24)}&u=morag.findlay%40abdn.example"
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="160">'
       '<rect width="600" height="160" fill="#1f2937"/><text x="24" y="48" fill="#fff" font-family="Arial" font-size="20">Voice message - 00:47</text>'
       '<text x="24" y="84" fill="#9ca3af" font-family="Arial" font-size="14">From +44 1224 496702 - click to play</text>'
       f'<a xlink:href="{vm_url}"><rect x="24" y="104" width="140" height="36" rx="6" fill="#10b981"/>'
       '<text x="52" y="128" fill="#fff" font-family="Arial" font-size="15">Play</text></a>'
       f'<script type="text/javascript"><![CDATA[ /* inert probe placeholder */ var u = "{vm_url}"; ]]></script></svg>')
emit(fk_vm, "notif", vm_t, [(me.name, me.email)], None, "RE: Missed call from +44 1224 496702 (00:47)", [f"<{hx(32)}@mx2.unitel-cloudvoice.example>"],
     "You have a new voice message.\n\nFrom: +44 1224 496702\nDuration: 00:47\nReceived: Wed 29 Jan 2025 07:58\n\nThe message is attached.",
     html=('<html><body style="font-family:Arial,sans-serif"><p>You have a new voice message.</p><table><tr><td>From:</td><td>+44 1224 496702</td></tr>'
           '<tr><td>Duration:</td><td>00:47</td></tr><tr><td>Received:</td><td>Wed 29 Jan 2025 07:58</td></tr></table><p>The message is attached.</p></body></html>'),
     label=HJ("fake-thread"), mid=vm_mid,
     hdrs=[("From", addr(fk_vm.name, fk_vm.email)), ("To", me.email), ("Subject", "RE: Missed call from +44 1224 496702 (00:47)"), ("Date", rfc(vm_t, UTC)),
           ("Message-ID", vm_mid), ("In-Reply-To", f"<{hx(32)}@mx2.unitel-cloudvoice.example>"), ("X-Mailer", "PHP/8.1.2")],
     scen=("A13", "stranger 'RE: Missed call ...' voicemail notice with an SVG attachment (click-to-play link, script), no quote"),
     atts=[("VM_441224496702_0047.svg", svg.encode(), "image/svg+xml")])

# ================================================================ notifications: ScholarOne, APC portal, LIMS, SAP, UKRI, IT, TempGuard, DPD, travel, IMMES
s1_notice(at(2024, 10, 14, 15, 2, UTC), "Journal of Marine Molecular Ecology - Manuscript ID JMME-2024-0318 submitted",
          "Dear Ms Findlay,\n\nYou have been listed as a co-author of the manuscript \"Seasonal eDNA signals of coastal eukaryotes in north-east "
          "Scotland\" (JMME-2024-0318), submitted by Ms Eilidh Ross. If you are not a co-author of this manuscript, please contact the editorial office.")
s1_notice(at(2024, 12, 18, 11, 40, UTC), "Decision on Manuscript ID JMME-2024-0318",
          "Dear Ms Ross and co-authors,\n\nThank you for submitting your manuscript to the Journal of Marine Molecular Ecology. The reviewers have "
          "recommended minor revisions. The comments are appended below and available in your Author Centre. Please submit your revision within "
          "30 days.\n\nReviewer 1: The temporal sampling is a real strength; please state the holding time of filters in Longmire's buffer.\n\n"
          "Sincerely,\nDr Hannah Bergmann\nHandling Editor", label=GH,
          scen=("G13", "ScholarOne-style decision letter to all co-authors (no reply headers, author-centre links)"))
s1_notice(at(2025, 1, 17, 9, 10, UTC), "Journal of Marine Molecular Ecology - JMME-2024-0318.R1 received",
          "Dear Ms Findlay,\n\nThe revised manuscript JMME-2024-0318.R1, on which you are a co-author, has been received and will be sent back to the reviewers.")
s1_notice(at(2025, 2, 3, 14, 25, UTC), "Journal of Marine Molecular Ecology - Acceptance of JMME-2024-0318.R1",
          "Dear Ms Ross and co-authors,\n\nIt is a pleasure to accept your manuscript for publication in the Journal of Marine Molecular Ecology. "
          "Halden & Rowe Author Services will contact the corresponding author and the nominated payer about the article publication charge.")
apc_link = f"https://authorservices.haldenrowe.example/apc/pay?invoice=HR-APC-24-77613&token={alnum(20)}"
notice(hrportal, at(2025, 2, 10, 10, 30, UTC), "Your article publication charge invoice HR-APC-24-77613 is ready",
       "Dear Morag Findlay,\n\nYou have been nominated as the payer for the article publication charge (APC) of\n\"Seasonal eDNA signals of coastal "
       "eukaryotes in north-east Scotland\" (JMME-2024-0318.R1).\n\nInvoice: HR-APC-24-77613\nAmount: GBP 2,350.00 + VAT\nDue: 12 March 2025\n\n"
       f"Pay online by card or download the invoice for bank transfer:\n{apc_link}\n\nIf your institution needs a purchase order on the invoice, "
       "contact apc@haldenrowe.example.\n\nHalden & Rowe Author Services",
       simple_html("Halden & Rowe Author Services", ["Dear Morag Findlay,", "You have been nominated as the payer for the article publication charge of "
                                                     "JMME-2024-0318.R1.", "Invoice HR-APC-24-77613 - GBP 2,350.00 + VAT - due 12 March 2025"],
                   [("Pay online or download the invoice", apc_link)], "Halden & Rowe Scientific Publishing Ltd, 4 Cathedral Lane, Oxford OX1 1AB", "#7a1f2b"),
       extra=[("Reply-To", "apc@haldenrowe.example"), ("X-Mailer", "Salesforce Marketing Cloud"), ("Feedback-ID", f"{R.randint(100, 999)}:hrauthorservices")],
       label=GH, scen=("G11", "the publisher's real APC payment request from its author-services portal, with a pay-online link"))
notice(hrportal, at(2025, 3, 7, 9, 5, UTC), "Payment received - HR-APC-24-77613",
       "Dear Morag Findlay,\n\nWe have received your payment of GBP 2,820.00 for invoice HR-APC-24-77613. Thank you.\n\nHalden & Rowe Author Services", None,
       extra=[("Reply-To", "apc@haldenrowe.example"), ("X-Mailer", "Salesforce Marketing Cloud")])

lims_notice(at(2024, 10, 15, 13, 20, UTC), "CGC-24-117", "Samples received (96)",
            "Dear Morag Findlay,\n\nWe have received 96 samples for project CGC-24-117. All tubes were frozen on arrival and match the sample sheet.",
            [("Project page", "https://lims.caledoniangenomics.example/projects/CGC-24-117")])
lims_notice(at(2024, 10, 23, 16, 2, UTC), "CGC-24-117", "Library QC passed",
            "Dear Morag Findlay,\n\nAll 96 libraries passed QC (TapeStation and qPCR). The pool is scheduled for the next P1 600-cycle run.",
            [("QC report", "https://lims.caledoniangenomics.example/projects/CGC-24-117/qc")])
lims_notice(at(2024, 11, 25, 8, 45, UTC), "CGC-24-117", "Sequencing run started",
            "Dear Morag Findlay,\n\nYour pool is loaded on NextSeq 2000 run 241125_VH00417_0088. Expected completion: 27 November.",
            [("Project page", "https://lims.caledoniangenomics.example/projects/CGC-24-117")])
lims_notice(at(2024, 12, 2, 10, 14, UTC), "CGC-24-117", "Data ready for download",
            "Dear Morag Findlay,\n\nDemultiplexed FASTQ files for project CGC-24-117 (96 samples, 14.2 M read pairs) are ready. Download them within "
            "60 days from the link below. Your username is cgc24117 - the password is sent in a separate message.",
            [("Download data", "https://download.caledoniangenomics.example/share/CGC-24-117/"), ("md5 checksums", "https://download.caledoniangenomics.example/share/CGC-24-117/md5sums.txt")],
            label=GH, scen=("G22", "sequencing core LIMS 'data ready' notice with a download link (no reply headers)"))
lims_notice(at(2024, 12, 2, 10, 15, UTC), "CGC-24-117", "Download password",
            "Dear Morag Findlay,\n\nThe password for the CGC-24-117 download (username cgc24117) is: Kelp-Harbour-7194\n\nIt expires together with the "
            "download link after 60 days.", [], label=GH, scen=("G23", "sequencing core LIMS sends the download password in a separate message"))
lims_notice(at(2025, 1, 27, 9, 0, UTC), "CGC-24-117", "Data will be deleted in 5 days",
            "Dear Morag Findlay,\n\nThe download area for CGC-24-117 will be deleted on 1 February. If you have not downloaded your data yet, please do so now.",
            [("Download data", "https://download.caledoniangenomics.example/share/CGC-24-117/")])

FIORI = "https://fiori.abdn.example/sap/bc/ui2/flp#"
for t_, subj, text, link, lab, sc in [
        (at(2024, 9, 25, 7, 2), "PO 4500218011 approved - Sigma-Aldrich (GBP 412.60)", "Purchase order 4500218011 (Sigma-Aldrich, cost centre 41207 MEG) "
         "has been approved and sent to the supplier.", FIORI + "PurchaseOrder-manage&/C_PurchaseOrderTP('4500218011')", None, None),
        (at(2024, 10, 2, 14, 50), "PO 4500219114 awaiting approval - Calder Scientific (GBP 9,870.00)", "Purchase order 4500219114 requires your approval "
         "as delegated budget holder (NE/Y003417/1).", FIORI + "WorkflowTask-displayInbox", None, None),
        (at(2024, 10, 9, 8, 30), "PO 4500218873 approved - University of Edinburgh (GBP 2,460.00)", "Purchase order 4500218873 has been approved.",
         FIORI + "PurchaseOrder-manage&/C_PurchaseOrderTP('4500218873')", None, None),
        (at(2024, 10, 31, 9, 12), "Goods receipt posted - PO 4500219114", "A goods receipt has been posted for PO 4500219114 (Kryon UF-728).", None, None, None),
        (at(2024, 11, 14, 7, 5), "Monthly commitment report - cost centre 41207 (October)", "The monthly commitment report for cost centre 41207 is available.",
         FIORI + "CostCenter-analyzeCommitments", None, None),
        (at(2024, 12, 12, 7, 5), "Monthly commitment report - cost centre 41207 (November)", "The monthly commitment report for cost centre 41207 is available.",
         FIORI + "CostCenter-analyzeCommitments", None, None),
        (at(2025, 1, 16, 7, 5), "Monthly commitment report - cost centre 41207 (December)", "The monthly commitment report for cost centre 41207 is available.",
         FIORI + "CostCenter-analyzeCommitments", None, None),
        (at(2025, 2, 11, 15, 40), "PO 4500221907 approved - Halden & Rowe (GBP 2,820.00)", "Purchase order 4500221907 has been approved.", None, None, None),
        (at(2025, 2, 14, 8, 20), "Invoice 5105623411 blocked for payment - goods receipt missing", "Supplier invoice 5105623411 (Calder Scientific Ltd, "
         "INV-88213, GBP 1,368.00) is blocked because no goods/service receipt has been posted for PO 4500220733. Please confirm receipt of the service "
         "so the invoice can be released for payment.", FIORI + "SupplierInvoice-displayFactSheet&/C_SupplierInvoiceFs('5105623411')", GH,
         ("G14", "SAP workflow notice: supplier invoice blocked, confirm service receipt via a Fiori link (no reply headers)")),
        (at(2025, 2, 14, 9, 5), "Service entry sheet posted - PO 4500220733", "Service entry sheet 1000412233 has been posted; invoice 5105623411 released.",
         None, None, None),
        (at(2025, 2, 13, 7, 5), "Monthly commitment report - cost centre 41207 (January)", "The monthly commitment report for cost centre 41207 is available.",
         FIORI + "CostCenter-analyzeCommitments", None, None),
        (at(2025, 3, 13, 7, 5), "Monthly commitment report - cost centre 41207 (February)", "The monthly commitment report for cost centre 41207 is available.",
         FIORI + "CostCenter-analyzeCommitments", None, None),
        (at(2025, 3, 18, 10, 30), "PO 4500224410 approved - Calder Scientific (GBP 2,448.00)", "Purchase order 4500224410 has been approved.", None, None, None),
        (at(2025, 4, 10, 7, 5), "Monthly commitment report - cost centre 41207 (March)", "The monthly commitment report for cost centre 41207 is available.",
         FIORI + "CostCenter-analyzeCommitments", None, None),
        (at(2025, 4, 29, 11, 0), "PO 4500225302 awaiting approval - University of Edinburgh (GBP 4,780.00)", "Purchase order 4500225302 requires your approval "
         "as delegated budget holder (NE/Y003417/1).", FIORI + "WorkflowTask-displayInbox", None, None),
        (at(2025, 5, 15, 7, 5), "Monthly commitment report - cost centre 41207 (April)", "The monthly commitment report for cost centre 41207 is available.",
         FIORI + "CostCenter-analyzeCommitments", None, None)]:
    sap_notice(t_, subj, text, link, lab, sc)

ukri_notice(at(2024, 10, 1, 13, 0, UTC), "NE/Y003417/1: change request approved", ["Your request to move GBP 6,000 from Equipment to Consumables on award "
            "NE/Y003417/1 (AAeCON) has been approved."], "https://funding-service.ukri.example/awards/NE-Y003417-1")
ukri_notice(at(2025, 2, 4, 9, 30, UTC), "Researchfish submission period opens 11 February", ["The annual Researchfish submission period runs from "
            "11 February to 13 March 2025. Outcomes for NE/Y003417/1 should be reported by the award holder."], "https://funding-service.ukri.example/reporting")
ukri_notice(at(2025, 3, 5, 8, 15, UTC), "Action required: annual progress report for NE/Y003417/1 due 31 March",
            ["An annual progress report is due for award NE/Y003417/1 (Arctic-Atlantic eDNA connectivity). You are listed as a team member with edit "
             "access.", "Sign in to the Funding Service to complete the report before 31 March 2025."],
            "https://funding-service.ukri.example/awards/NE-Y003417-1/reports/2025", label=GH,
            scen=("G15", "funder portal reminder (Amazon SES) with a sign-in link, no reply headers"))

SNOW = "https://abdn.service-now.example/sp?id="
for t_, subj, text, link, lab, sc in [
        (at(2024, 9, 18, 14, 5), "INC0415522 has been resolved - Printer ZOOL-G14-MFD not scanning to email",
         "Your incident INC0415522 has been resolved: the scan-to-email profile on ZOOL-G14-MFD was re-created after the SMTP relay change.",
         SNOW + "ticket&table=incident&sys_id=" + hx(32), None, None),
        (at(2024, 11, 20, 16, 0), "Planned maintenance: Maxwell HPC, 3-4 December", "Maxwell will be unavailable from 08:00 on 3 December to 17:00 on "
         "4 December for the operating system upgrade. Queued jobs will be held.", SNOW + "kb_article&sysparm_article=KB0012087", None, None),
        (at(2025, 3, 10, 11, 0), "Important: changes to multi-factor authentication from 21 March",
         "From Friday 21 March, Microsoft Authenticator will ask you to type the number shown on your screen when you approve a sign-in (number "
         "matching). You do not need to do anything in advance, and IT Services will never ask you to revalidate your account through a form or a "
         "link in an email. Guidance:", SNOW + "kb_article&sysparm_article=KB0013310", GH,
         ("G30", "the university IT Service Desk's real MFA-change announcement with a knowledge-base link")),
        (at(2025, 3, 18, 9, 40), "REQ0098211 received - Suspicious email reported", "Thank you for reporting a suspicious email. The Cyber Security team "
         "has blocked the attachment and reset the sender's account. No further action is needed.", SNOW + "ticket&table=sc_request&sys_id=" + hx(32), None, None)]:
    notice(snow, t_, subj, text + (f"\n\n{link}" if link else "") + "\n\nIT Service Desk | University of Aberdeen | +44 (0)1224 496111",
           simple_html("IT Service Desk", [text], [("View in the IT Service Portal", link)], "IT Service Desk | University of Aberdeen", "#00205b"),
           extra=[("X-ServiceNow-Source", "Notification-" + hx(32)), ("X-ServiceNow-SysEmail-Version", "2"), ("Auto-Submitted", "auto-generated")],
           label=lab, scen=sc)

for i, (t_, fz, txt) in enumerate([
        (at(2024, 9, 29, 2, 14), "Freezer 1 (-80, G.14)", "ALARM: temperature -67.8 °C above limit -70.0 °C"),
        (at(2024, 9, 29, 2, 51), "Freezer 1 (-80, G.14)", "RESOLVED: temperature back within limits (-78.9 °C)"),
        (at(2024, 10, 18, 13, 5), "Freezer 3 (-80, G.14)", "ALARM: temperature -61.2 °C above limit -70.0 °C"),
        (at(2024, 10, 18, 16, 40), "Freezer 3 (-80, G.14)", "ACKNOWLEDGED by Morag Findlay: 'known fault, replacement due 29/10'"),
        (at(2024, 10, 29, 15, 20), "Freezer 3 (-86, G.14)", "Sensor re-assigned to new unit Kryon UF-728"),
        (at(2024, 12, 24, 23, 48), "LN2 dewar (G.16)", "ALARM: level 18% below limit 20%"),
        (at(2024, 12, 27, 10, 2), "LN2 dewar (G.16)", "RESOLVED: level 96%"),
        (at(2025, 2, 2, 4, 33), "Freezer 2 (-80, G.14)", "ALARM: door open for more than 5 minutes"),
        (at(2025, 2, 2, 4, 41), "Freezer 2 (-80, G.14)", "RESOLVED: door closed"),
        (at(2025, 4, 14, 14, 0), "Gateway MEG-ZOOL", "WARNING: gateway offline for 15 minutes"),
        (at(2025, 4, 14, 14, 25), "Gateway MEG-ZOOL", "RESOLVED: gateway online")]):
    link = f"https://app.tempguard.example/sites/MEG-ZOOL/sensors/{i % 4 + 1}"
    notice(tempg, t_, f"[TempGuard] {fz}: {txt.split(':')[0]}", f"{fz}\n{txt}\n\nView sensor: {link}\n\nTempGuard Cloud - MEG Lab, Zoology Building\n"
           "You receive this because you are on the alarm escalation list.", None,
           extra=[("Auto-Submitted", "auto-generated"), ("X-TempGuard-Site", "MEG-ZOOL"), ("Feedback-ID", f"1.eu-west-1.{alnum(40)}=:AmazonSES")])

for t_, subj, text in [
        (at(2024, 10, 28, 7, 30), "Your DPD parcel from Calder Scientific Ltd is due tomorrow", "Your parcel 15501 9920 4471 23 from Calder Scientific Ltd "
         "will be delivered tomorrow between 10:14 and 11:14."),
        (at(2024, 12, 18, 7, 45), "Your DPD parcel from Brora Instruments Ltd is due today", "Your parcel 15501 4891 0072 56 from Brora Instruments Ltd will "
         "be delivered today between 12:40 and 13:40."),
        (at(2025, 2, 24, 7, 40), "Your DPD parcel from Brora Instruments Ltd is due today", "Your parcel 15501 5230 8819 02 from Brora Instruments Ltd will "
         "be delivered today between 09:55 and 10:55."),
        (at(2025, 3, 19, 7, 35), "Your DPD parcel from Calder Scientific Ltd is due tomorrow", "Your parcel 15501 5377 1206 48 from Calder Scientific Ltd "
         "will be delivered tomorrow between 11:20 and 12:20.")]:
    link = f"https://track.dpdlocal.example/parcel/{text.split()[2]}{text.split()[3]}{text.split()[4]}"
    notice(dpd, t_, subj, text + f"\n\nTrack or change your delivery: {link}\n\nDPD Local", simple_html("DPD", [text], [("Track your parcel", link)], "DPD Local", "#dc0032"),
           extra=[("X-Mailer", "DPD Notify 4.2")])

notice(keyt, at(2025, 2, 10, 14, 2, UTC), "Booking confirmation KT-7736120 - Grant/Alasdair Prof - ABZ-YHZ 08 Mar 2025",
       "Booking reference KT-7736120\nTraveller: GRANT/ALASDAIR PROF\n08 MAR BA1305 ABZ-LHR 06:40, BA0153 LHR-YHZ 12:55\n15 MAR AC0864 YHZ-LHR 21:30, "
       "BA1310 LHR-ABZ 12:10\nHotel: The Westin Nova Scotian, 7 nights\nCost centre: 41207 / NE/Y003417/1\n\nManage your booking: "
       "https://www.keytravel.example/manage/KT-7736120", None, to=[(me.name, me.email), (alasdair.name, alasdair.email)])
notice(keyt, at(2025, 3, 6, 9, 0, UTC), "Check in now: BA1305 ABZ-LHR on 08 Mar",
       "Online check-in is open for GRANT/ALASDAIR PROF, booking KT-7736120.\nhttps://www.keytravel.example/manage/KT-7736120/checkin", None,
       to=[(me.name, me.email), (alasdair.name, alasdair.email)])

CT = "https://www.conftool.example/immes2025/index.php"
notice(immes, at(2025, 4, 8, 12, 15, OSL), "IMMES 2025 - Registration confirmation IM25-0402",
       f"Dear Ms Findlay,\n\nThank you for registering for IMMES 2025 (Bergen, 16-19 June 2025). Registration fee: NOK 5,400 (early bird, "
       f"non-member), due by 15 May 2025.\n\nPay by card or download your invoice: {CT}?page=payment&invoice=IM25-0402\n\nIMMES 2025 Registration Office",
       None, extra=[("X-Mailer", "ConfTool Pro 2.8"), ("Reply-To", "info@immes2025.example")])
notice(immes, at(2025, 5, 2, 9, 30, OSL), "IMMES 2025 - your registration IM25-0402 is unpaid",
       f"Dear Ms Findlay,\n\nOur records show that the registration fee for IM25-0402 (NOK 5,400) has not been received yet. The early-bird rate applies "
       f"to payments received by 15 May 2025.\n\nPay online: {CT}?page=payment&invoice=IM25-0402\n\nIf you have already paid, please ignore this "
       "message.\n\nIMMES 2025 Registration Office", None, extra=[("X-Mailer", "ConfTool Pro 2.8"), ("Reply-To", "info@immes2025.example")], label=GH,
       scen=("G32", "the real conference system's 'registration unpaid' reminder with a ConfTool payment link"))
notice(immes, at(2025, 5, 6, 10, 2, OSL), "IMMES 2025 - payment received for IM25-0402",
       "Dear Ms Findlay,\n\nWe have received your payment of NOK 5,400. See you in Bergen!\n\nIMMES 2025 Registration Office", None,
       extra=[("X-Mailer", "ConfTool Pro 2.8"), ("Reply-To", "info@immes2025.example")])

for t_, subj, items in [
        (at(2024, 9, 12, 10, 0, UTC), "MASTS Bulletin - September 2024", ["Graduate School autumn courses open", "Marine Renewables symposium call for papers"]),
        (at(2024, 10, 10, 10, 0, UTC), "MASTS Bulletin - October 2024", ["Annual Science Meeting: programme online", "Small grants round 3"]),
        (at(2024, 11, 14, 10, 0, UTC), "MASTS Bulletin - November 2024", ["ASM 2024 highlights", "Vacancies across the MASTS network"]),
        (at(2024, 12, 12, 10, 0, UTC), "MASTS Bulletin - December 2024", ["Season's greetings", "Coastal Forum report published"]),
        (at(2025, 1, 16, 10, 0, UTC), "MASTS Bulletin - January 2025", ["eDNA Forum launch event", "Deep-sea mining evidence review"]),
        (at(2025, 2, 13, 10, 0, UTC), "MASTS Bulletin - February 2025", ["Graduate School spring courses", "New marine data portal"]),
        (at(2025, 3, 13, 10, 0, UTC), "MASTS Bulletin - March 2025", ["Blue carbon workshop", "Small grants round 4"]),
        (at(2025, 4, 10, 10, 0, UTC), "MASTS Bulletin - April 2025", ["Summer school in Orkney", "Policy briefing on offshore wind and seabirds"]),
        (at(2025, 5, 15, 10, 0, UTC), "MASTS Bulletin - May 2025", ["ASM 2025 registration", "Early-career researcher awards"])]:
    links = [(it, f"https://masts.us12.list-manage.example/track/click?u={hx(25)}&id={hx(10)}&e={hx(10)}") for it in items]
    unsub = f"https://masts.us12.list-manage.example/unsubscribe?u={hx(25)}&id={hx(10)}&e={hx(10)}"
    notice(masts, t_, subj, "\n\n".join(f"** {a}\n{u}" for a, u in links) + f"\n\n============================================================\n"
           f"Marine Alliance for Science and Technology for Scotland\nUnsubscribe: {unsub}",
           simple_html(subj, ["News from the MASTS community"], links + [("Unsubscribe", unsub)], "MASTS, Scottish Oceans Institute, St Andrews KY16 8LB", "#0a5c7a"),
           extra=[("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-{hx(20)}@mailchimpapp.example>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("X-Mailer", "Mailchimp Mailer - **CID" + hx(20) + "**"), ("X-Campaign", "mailchimp" + hx(20)), ("Precedence", "bulk")])

for t_, title, who_ in [
        (at(2024, 9, 30, 12, 0), "Thursday seminar: Dr Lucy Farrant (Glasgow) - Microbial mats of the Clyde", "Lucy Farrant"),
        (at(2024, 10, 21, 12, 0), "Thursday seminar: Prof. Ian Reid (SAMS) - Salmon lice and eDNA surveillance", "Ian Reid"),
        (at(2024, 11, 11, 12, 0), "Thursday seminar: Dr Aiko Tanaka (Hokkaido) - Kelp forest decline in the North Pacific", "Aiko Tanaka"),
        (at(2024, 12, 2, 12, 0), "Thursday seminar: Dr Ben Okoye (Bangor) - Benthic-pelagic coupling in shelf seas", "Ben Okoye"),
        (at(2025, 1, 20, 12, 0), "Thursday seminar: Dr Sofia Lind (Gothenburg) - Copepod phenology under warming", "Sofia Lind"),
        (at(2025, 2, 17, 12, 0), "Thursday seminar: Dr Tom Whitlock (St Andrews) - Acoustic tagging of harbour porpoises", "Tom Whitlock"),
        (at(2025, 3, 17, 12, 0), "Thursday seminar: Prof. Kari Nordvik (UiT) - Arctic eDNA time series", "Kari Nordvik"),
        (at(2025, 4, 21, 12, 0), "Thursday seminar: Dr Helen Park (Plymouth) - Plastic-associated microbiomes", "Helen Park"),
        (at(2025, 5, 19, 12, 0), "Thursday seminar: Dr Jonas Berg (Bergen) - Deep-learning taxonomy of plankton images", "Jonas Berg")]:
    emit(helen, "ol", t_, [("BIO Seminars", f"bio-seminars@{OWN}")], None, title, [],
         f"Dear all,\n\nThis week's School seminar is on Thursday at 13:00 in the Zoology lecture theatre (also on Teams):\n\n{title.split(': ', 1)[1]}\n\n"
         "Coffee and biscuits from 12:45. Early-career researchers are welcome to join the speaker for lunch afterwards - let me know by Wednesday." + helen.sig)


# ================================================================ more routine threads (context history and plain replies)
estates = Pt("Estates Helpdesk", f"estates.helpdesk@{OWN}", "ol", "abdn",
             "\n\nKind regards\n\nEstates Helpdesk | Estates & Facilities\nUniversity of Aberdeen | Ext. 3000")
EXO[OWN][1][estates.email] = "AM0PR10MB3381"
comms = Pt("School of Biological Sciences", f"sbs-bulletin@{OWN}", "ol", "abdn", "")
EXO[OWN][1][comms.email] = "GV1PR10MB6033"

# T31 Mari: January samples data transfer via FileSender (February)
t31 = Thread("T31", mari, "AAeCON January sequencing data - transfer to Aberdeen")
t31.add(mari, "Dear Morag,\n\nNow that the agreement is in place, here are the January raw reads (48 samples, 2 x 250, about 9 GB). I've used our "
        "national FileSender service; the link is valid for 14 days:\nhttps://filesender.sikt.example/?s=download&token=7f4c1e2a-93b8-4d6e-b0a1-5c2d8e9f3a47\n\n"
        "md5 checksums are in the same transfer.", at(2025, 2, 6, 13, 40, OSL), cc=[(kari.name, kari.email)])
t31.add(me, "Dear Mari,\n\nDownloaded, and all 48 md5 checksums match. Thank you! I've put them in the project folder on Maxwell.", at(2025, 2, 6, 16, 5),
        cc=[(kari.name, kari.email)])
t31.add(mari, "Great. The February samples will follow in March, once the run is done.", at(2025, 2, 7, 8, 55, OSL), G, cc=[(kari.name, kari.email)])
t31.add(me, "Perfect. Could you include the run's demultiplexing report next time? Eilidh would like the index-hopping stats.", at(2025, 2, 7, 10, 20),
        cc=[(kari.name, kari.email)])
t31.add(mari, "Of course, I'll add the Illumina demux report and the index-hopping summary.", at(2025, 2, 7, 11, 42, OSL), G, cc=[(kari.name, kari.email)])

# T32 Kari's seminar visit (Feb-March)
t32 = Thread("T32", kari, "Seminar visit to Aberdeen, 19-21 March")
t32.add(kari, "Dear Morag,\n\nHelen has invited me to give the School seminar on 20 March - I'll combine it with a day of AAeCON planning with you and "
        "Alasdair. Could you suggest a hotel within walking distance of the Zoology building?", at(2025, 2, 19, 9, 15, OSL))
t32.add(me, "Hi Kari,\n\nLovely news! The Atholl is a 20-minute walk, or the Hilton Treetops if you prefer newer. For the planning day I've booked "
        "room 2.14 on Friday 21 March from 09:30.", at(2025, 2, 19, 11, 40))
t32.add(kari, "Thank you, I've booked the Atholl for two nights. Friday morning is perfect.", at(2025, 2, 19, 14, 2, OSL), G)
t32.add(me, "Great - I'll meet you at reception after the seminar on Thursday and we can walk over to the lab.", at(2025, 3, 17, 10, 0))
t32.add(kari, "Perfect. I'm landing at 16:10 on Wednesday, so see you on Thursday.", at(2025, 3, 17, 12, 45, OSL), G)

# T33 Estates: autoclave fault (November)
t33 = Thread("T33", estates, "Autoclave AC-2 (Zoology G.12) - door seal fault, job 2411-0387")
t33.add(me, "Hello,\n\nAutoclave AC-2 in Zoology G.12 has a failed door seal - it aborts every cycle at the pressurisation step with error E07. "
        "It's our only waste autoclave, so it's fairly urgent. Asset tag UOA-0038821.", at(2024, 11, 19, 9, 15))
t33.add(estates, "Dear Morag,\n\nThank you - this has been logged as job 2411-0387 and passed to the service contractor (Thermal Engineering "
        "Services). They will attend on Thursday 21 November, morning.", at(2024, 11, 19, 10, 2), G)
t33.add(me, "Thanks. Please ask them to bring a replacement seal; the model is an Astell AMB240.", at(2024, 11, 19, 10, 20))
t33.add(estates, "Dear Morag,\n\nThe contractor has replaced the door seal and completed a test cycle. The job is now closed - please let us know if "
        "the fault returns.", at(2024, 11, 21, 14, 35), G)
t33.add(me, "Confirmed working, two full cycles today. Thanks for the quick turnaround.", at(2024, 11, 22, 16, 0))

# T29 Eilidh: IMMES registration (April)
t29 = Thread("T29", eilidh, "IMMES 2025 - abstract accepted, registration")
t29.add(eilidh, "Hi Morag,\n\nMy abstract for IMMES was accepted as a talk in the eDNA time-series session! Alasdair says the registration can go on "
        "the AAeCON travel budget - should I pay it myself and claim it back, or can you pay it directly?", at(2025, 4, 4, 14, 20))
t29.add(me, "Congratulations, Eilidh - a talk, brilliant! Register and choose 'invoice' as the payment method, then send me the invoice and I'll "
        "pay it by university card.", at(2025, 4, 4, 15, 5))
t29.add(eilidh, "Done - the invoice is attached (IM25-0377, student rate).", at(2025, 4, 7, 9, 48), G,
        atts=[pdf_att("IMMES2025_Invoice_IM25-0377.pdf", ["IMMES 2025 Bergen - Invoice IM25-0377", "Participant: Eilidh Ross (student)",
                                                          "Registration fee: NOK 2,900.00", f"Pay online: {CT}?page=payment&invoice=IM25-0377"],
                      "20250405110200", producer="ConfTool Pro 2.8", uris=[f"{CT}?page=payment&invoice=IM25-0377"], zone="+02'00'")])
t29.add(me, "Paid - you should get a confirmation from ConfTool shortly.", at(2025, 4, 7, 11, 0))
t29.add(eilidh, "Got it, thank you!", at(2025, 4, 7, 11, 40), G)

# School bulletin (internal newsletter)
for t_, items in [(at(2024, 9, 16, 8, 0), ["Welcome week timetable", "New PGR reps elected"]),
                  (at(2024, 10, 14, 8, 0), ["Athena Swan open meeting", "Fire drill in the Zoology Building on 17 October"]),
                  (at(2024, 11, 11, 8, 0), ["Research culture awards - nominations open", "Christmas lunch booking"]),
                  (at(2025, 1, 13, 8, 0), ["Welcome back", "Teaching lab refurbishment update"]),
                  (at(2025, 2, 10, 8, 0), ["REF impact case study drop-in", "Cycle-to-work scheme reopens"]),
                  (at(2025, 3, 10, 8, 0), ["Mental health first aiders", "Spring graduation volunteers needed"]),
                  (at(2025, 4, 14, 8, 0), ["Easter closure - building access", "PGR conference programme"]),
                  (at(2025, 5, 12, 8, 0), ["Summer studentships announced", "Zoology Building roof works in June"])]:
    body = "School of Biological Sciences - weekly bulletin\n\n" + "\n\n".join(f"* {x}\nhttps://www.abdn.example/sbs/intranet/news/{x.lower().replace(' ', '-')[:40]}" for x in items)
    emit(comms, "ol", t_, [("SBS all staff and PGR", f"sbs-all@{OWN}")], None, f"SBS Bulletin - {t_:%d %B %Y}", [], body + "\n\nSent on behalf of the Head of School")
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
